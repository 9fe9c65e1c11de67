//! A token list built directly, for code generated once per variant.
//!
//! `quote!` builds each interpolated piece as its own token stream and
//! merges them, and every stream merged or wrapped in a group is a call
//! across the proc-macro bridge. For a few tokens that is nothing; for an
//! arm per variant of a thousand-variant enum, in the unoptimised build cargo
//! makes of proc macros, it was most of the derive's time. Here the tokens
//! of a piece of code are collected in one list, and each group becomes a
//! stream once.

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};

pub struct Tokens {
    trees: Vec<TokenTree>,
    /// The span given to the tokens this list makes itself.
    span: Span,
}

impl Tokens {
    pub fn new(span: Span) -> Self {
        Tokens {
            trees: Vec::new(),
            span,
        }
    }

    pub fn push(&mut self, tree: impl Into<TokenTree>) {
        self.trees.push(tree.into());
    }

    pub fn ident(&mut self, name: &str) {
        self.push(Ident::new(name, self.span));
    }

    /// Tokens built elsewhere, such as by `quote_spanned!` for the few arms
    /// whose pieces carry their own spans.
    pub fn extend(&mut self, tokens: TokenStream) {
        self.trees.extend(tokens);
    }

    pub fn is_empty(&self) -> bool {
        self.trees.is_empty()
    }

    /// An operator such as `=>`, `::` or `,`.
    pub fn op(&mut self, op: &str) {
        let mut chars = op.chars().peekable();
        while let Some(c) = chars.next() {
            let spacing = if chars.peek().is_some() {
                Spacing::Joint
            } else {
                Spacing::Alone
            };
            let mut punct = Punct::new(c, spacing);
            punct.set_span(self.span);
            self.push(punct);
        }
    }

    /// A list in a new group, built by `inner` with this list's span.
    pub fn group(&mut self, delimiter: Delimiter, inner: impl FnOnce(&mut Tokens)) {
        let mut tokens = Tokens::new(self.span);
        inner(&mut tokens);
        let mut group = Group::new(delimiter, tokens.finish());
        group.set_span(self.span);
        self.push(group);
    }

    pub fn finish(self) -> TokenStream {
        self.trees.into_iter().collect()
    }
}
