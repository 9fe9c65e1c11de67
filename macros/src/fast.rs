//! The fast path: plain enums read straight from their tokens.
//!
//! syn's full parse of a derive input is the largest single cost of the
//! derive in the unoptimised build cargo makes of proc macros, and error
//! enums can have hundreds of variants. Most are plain: no generics, and
//! attributes in the simple forms `code = 404`, `code = NotFound`,
//! `message = "..."`, `transparent` and `retry_after = field`. This module
//! reads exactly that input into the same [`Input`] model syn's path builds,
//! so validation and expansion are shared.
//!
//! It gives up, returning `None`, at anything else: generics, a `where`
//! clause, a struct, a discriminant, a key in another form, a repeated key,
//! an attribute wrapped in an invisible group (as a macro's `$attr:meta`
//! passes one), `#[api_error]` on a field, any value the table rejects, or
//! any rule `valid` would report. Whatever it cannot read it must not pass
//! over: an attribute it skipped could be one of ours. The caller
//! then parses with syn and takes the general path, which reports every
//! error with its span. Input the fast path takes is input the general path
//! would take unchanged, with the same spans, so both expand identically.

use apicodes_core::Code;

use proc_macro2::{Delimiter, Ident, Literal, Spacing, TokenStream, TokenTree};
use syn::{Generics, Member};

use crate::ast::{Data, Field, Input, Variant};
use crate::attr::{Attrs, CodeAttr, RetryAfterAttr};
use crate::ctxt::Ctxt;
use crate::template::Template;
use crate::{attr, expand, valid};

/// The expansion of `input`, if the fast path takes it.
pub fn derive(input: TokenStream) -> Option<TokenStream> {
    let generics = Generics::default();
    let input = parse(input, &generics)?;
    let cx = Ctxt::default();
    valid::check(&cx, &input);
    cx.finish().ok()?;
    Some(expand::expand(&input))
}

fn parse(input: TokenStream, generics: &Generics) -> Option<Input<'_>> {
    let tokens: Vec<TokenTree> = input.into_iter().collect();
    let mut at = Cursor::new(&tokens);
    let attrs = at.attrs()?;
    at.visibility();
    if !at.keyword("enum") {
        return None;
    }
    let ident = at.ident()?;
    let body = at.group(Delimiter::Brace)?;
    if !at.is_empty() {
        return None;
    }

    let tokens: Vec<TokenTree> = body.into_iter().collect();
    let mut at = Cursor::new(&tokens);
    let mut variants = Vec::new();
    while !at.is_empty() {
        let attrs = at.attrs()?;
        let ident = at.ident()?;
        // Fields are read even where no attribute names one: an
        // `#[api_error]` on a field is an error to report.
        let fields = if let Some(named) = at.group(Delimiter::Brace) {
            fields(named, true)?
        } else if let Some(unnamed) = at.group(Delimiter::Parenthesis) {
            fields(unnamed, false)?
        } else {
            Vec::new()
        };
        at.end_of_item()?;
        variants.push(Variant {
            ident,
            attrs,
            fields,
        });
    }
    Some(Input {
        ident,
        generics,
        attrs,
        data: Data::Enum(variants),
    })
}

/// A variant's fields, named (`{ a: A, b: B }`) or not (`(A, B)`).
fn fields(group: TokenStream, named: bool) -> Option<Vec<Field>> {
    let tokens: Vec<TokenTree> = group.into_iter().collect();
    let mut at = Cursor::new(&tokens);
    let mut fields = Vec::new();
    while !at.is_empty() {
        // An attribute on a field is not ours to read, and `#[api_error]`
        // there is an error the general path reports.
        while at.punct('#') {
            if attr_name(at.group(Delimiter::Bracket)?.into_iter().next())? == "api_error" {
                return None;
            }
        }
        at.visibility();
        let member = if named {
            let ident = at.ident()?;
            if !at.punct(':') {
                return None;
            }
            Member::Named(ident)
        } else {
            Member::Unnamed(syn::Index::from(fields.len()))
        };
        let ty = at.ty()?;
        at.end_of_item()?;
        fields.push(Field::new(member, ty));
    }
    Some(fields)
}

/// Reads one attribute's `[...]`: a doc comment or `#[api_error(...)]` into
/// `out`; any other attribute is not ours, and passed over.
fn read_attr(out: &mut Attrs, attr: TokenStream) -> Option<()> {
    let mut tokens = attr.into_iter();
    match attr_name(tokens.next())?.as_str() {
        // `doc = "..."`; other forms are left to the general path.
        "doc" => match (tokens.next(), tokens.next(), tokens.next()) {
            (Some(TokenTree::Punct(eq)), Some(TokenTree::Literal(lit)), None)
                if eq.as_char() == '=' =>
            {
                attr::push_doc_line(&mut out.doc, &string(&lit)?);
                Some(())
            }
            _ => None,
        },
        "api_error" => match (tokens.next(), tokens.next()) {
            (Some(TokenTree::Group(list)), None) if list.delimiter() == Delimiter::Parenthesis => {
                api_error(out, list.stream())
            }
            _ => None,
        },
        _ => Some(()),
    }
}

/// The name an attribute starts with (`doc`, `api_error`, `error`, ...).
/// `None` if it starts with anything else: notably an invisible group, as
/// an attribute passed through a macro's `$attr:meta` arrives, which could
/// hide an `#[api_error]` from a reader that only looks for names.
fn attr_name(first: Option<TokenTree>) -> Option<String> {
    match first? {
        TokenTree::Ident(name) => Some(name.to_string()),
        _ => None,
    }
}

/// The keys of one `#[api_error(...)]`, in their simple forms only.
fn api_error(out: &mut Attrs, keys: TokenStream) -> Option<()> {
    let tokens: Vec<TokenTree> = keys.into_iter().collect();
    let mut at = Cursor::new(&tokens);
    if at.is_empty() {
        return None;
    }
    while !at.is_empty() {
        let key = at.ident()?;
        let key_name = key.to_string();
        if key_name == "transparent" {
            fill(&mut out.transparent, key.span())?;
        } else {
            if !at.punct('=') {
                return None;
            }
            let value = at.next()?;
            match (key_name.as_str(), value) {
                // Plain decimal digits; anything else (a suffix, `_`, hex)
                // is left to the general path.
                ("code", TokenTree::Literal(lit)) => {
                    let code = Code::from_u16(lit.to_string().parse().ok()?)?;
                    let span = lit.span();
                    fill(&mut out.code, CodeAttr { code, span })?;
                }
                ("code", TokenTree::Ident(name)) => {
                    let code = Code::from_name(&name.to_string())?;
                    let span = name.span();
                    fill(&mut out.code, CodeAttr { code, span })?;
                }
                ("message", TokenTree::Literal(lit)) => {
                    let template = Template::parse(string(lit)?, lit.span()).ok()?;
                    fill(&mut out.message, template)?;
                }
                ("retry_after", TokenTree::Ident(field)) => {
                    let span = field.span();
                    let member = Member::Named(field.clone());
                    fill(&mut out.retry_after, RetryAfterAttr { member, span })?;
                }
                _ => return None,
            }
        }
        at.end_of_item()?;
    }
    Some(())
}

/// The value of a string literal; `None` for any other literal.
fn string(lit: &Literal) -> Option<String> {
    let repr = lit.to_string();
    match repr.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        Some(quoted) => unescape(quoted).or_else(|| syn_string(lit)),
        // Raw strings, suffixes, other literals: syn's reading.
        None => syn_string(lit),
    }
}

fn syn_string(lit: &Literal) -> Option<String> {
    match syn::Lit::new(lit.clone()) {
        syn::Lit::Str(lit) => Some(lit.value()),
        _ => None,
    }
}

/// The value of a plain string literal's text between its quotes, when its
/// escapes are only the common `\"`, `\\`, `\n`, `\r`, `\t`, `\0` and `\'`
/// (others, such as `\u{..}` or a line continuation, are left to syn). A
/// plain loop, for the same reason as `template::find_brace`.
fn unescape(quoted: &str) -> Option<String> {
    let bytes = quoted.as_bytes();
    let mut value = String::with_capacity(quoted.len());
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' {
            let unescaped = match bytes.get(i + 1)? {
                b'"' => '"',
                b'\\' => '\\',
                b'\'' => '\'',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'0' => '\0',
                _ => return None,
            };
            value.push_str(&quoted[start..i]);
            value.push(unescaped);
            i += 2;
            start = i;
        } else {
            i += 1;
        }
    }
    value.push_str(&quoted[start..]);
    Some(value)
}

/// Stores a key's value; `None` if the key was given before.
fn fill<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value);
    Some(())
}

/// A position in a list of tokens.
struct Cursor<'t> {
    tokens: &'t [TokenTree],
}

impl<'t> Cursor<'t> {
    fn new(tokens: &'t [TokenTree]) -> Self {
        Cursor { tokens }
    }

    fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    fn next(&mut self) -> Option<&'t TokenTree> {
        let (first, rest) = self.tokens.split_first()?;
        self.tokens = rest;
        Some(first)
    }

    /// Takes the next token if it is the punctuation `c`, standing alone.
    fn punct(&mut self, c: char) -> bool {
        match self.tokens.first() {
            Some(TokenTree::Punct(p)) if p.as_char() == c && p.spacing() == Spacing::Alone => {
                self.tokens = &self.tokens[1..];
                true
            }
            _ => false,
        }
    }

    /// Takes the next token if it is the identifier `word`.
    fn keyword(&mut self, word: &str) -> bool {
        match self.tokens.first() {
            Some(TokenTree::Ident(ident)) if ident == word => {
                self.tokens = &self.tokens[1..];
                true
            }
            _ => false,
        }
    }

    fn ident(&mut self) -> Option<Ident> {
        match self.tokens.first() {
            Some(TokenTree::Ident(ident)) => {
                self.tokens = &self.tokens[1..];
                Some(ident.clone())
            }
            _ => None,
        }
    }

    /// Takes the next token if it is a group in `delimiter`, giving its
    /// contents.
    fn group(&mut self, delimiter: Delimiter) -> Option<TokenStream> {
        match self.tokens.first() {
            Some(TokenTree::Group(group)) if group.delimiter() == delimiter => {
                self.tokens = &self.tokens[1..];
                Some(group.stream())
            }
            _ => None,
        }
    }

    /// Outer attributes, read into a fresh `Attrs`.
    fn attrs(&mut self) -> Option<Attrs> {
        let mut attrs = Attrs::default();
        while self.punct('#') {
            read_attr(&mut attrs, self.group(Delimiter::Bracket)?)?;
        }
        attr::finish_doc(&mut attrs.doc);
        Some(attrs)
    }

    /// Passes over `pub`, `pub(crate)` and the like.
    fn visibility(&mut self) {
        if self.keyword("pub") {
            self.group(Delimiter::Parenthesis);
        }
    }

    /// The tokens of a type, up to a `,` outside any `<...>` or the end.
    /// `None` at a `,` with no type before it.
    fn ty(&mut self) -> Option<TokenStream> {
        let mut depth = 0_usize;
        let mut arrow = false;
        let mut len = 0;
        for token in self.tokens {
            if let TokenTree::Punct(p) = token {
                match p.as_char() {
                    ',' if depth == 0 => break,
                    '<' => depth += 1,
                    // `->` in `fn() -> T` closes nothing.
                    '>' if !arrow => depth = depth.checked_sub(1)?,
                    _ => {}
                }
                arrow = p.as_char() == '-' && p.spacing() == Spacing::Joint;
            } else {
                arrow = false;
            }
            len += 1;
        }
        if len == 0 || depth != 0 {
            return None;
        }
        let (ty, rest) = self.tokens.split_at(len);
        self.tokens = rest;
        Some(ty.iter().cloned().collect())
    }

    /// The `,` after an item, or the end of the list.
    fn end_of_item(&mut self) -> Option<()> {
        if self.is_empty() || self.punct(',') {
            Some(())
        } else {
            None
        }
    }
}
