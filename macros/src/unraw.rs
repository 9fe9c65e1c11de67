//! Names the user wrote, compared and shown without their `r#`: every
//! comparison of such a name goes through here, so `r#type` and `type`
//! never disagree.

use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream, TokenTree};

/// Whether `ident` is `name`, written plain or raw (`r#cfg` is `cfg`, as
/// rustc reads an attribute's name).
#[cfg(feature = "table")]
pub fn is(ident: &Ident, name: &str) -> bool {
    unraw(ident) == name
}

/// The name as placeholders and messages write it: `type` for `r#type`.
pub fn unraw(ident: &Ident) -> String {
    unraw_text(ident.to_string())
}

/// The names of a path's segments, each without its `r#`
/// (`["apicodes", "Code"]` for `::apicodes::r#Code`).
pub fn path_names(path: &syn::Path) -> Vec<String> {
    path.segments
        .iter()
        .map(|segment| unraw(&segment.ident))
        .collect()
}

/// An identifier's text (`Ident::to_string`) without its `r#`.
pub fn unraw_text(name: String) -> String {
    match name.strip_prefix("r#") {
        Some(bare) => bare.to_owned(),
        None => name,
    }
}

/// Whether `ident` is a bare keyword of every edition (`type`, `match`,
/// `self`), which can name nothing unless written raw. The words only some
/// editions reserve (`async`, `await`, `dyn`, `try`, `gen`) are not.
pub fn is_strict_keyword(ident: &Ident) -> bool {
    const KEYWORDS: &[&str] = &[
        "_", "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn",
        "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
        "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe",
        "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override",
        "priv", "typeof", "unsized", "virtual", "yield",
    ];
    let text = ident.to_string();
    KEYWORDS.contains(&text.as_str())
}

/// Whether `name` (without `r#`) is a word only some editions reserve:
/// an identifier in the older ones, a keyword in the newer.
pub fn is_edition_keyword(name: &str) -> bool {
    matches!(name, "async" | "await" | "dyn" | "try" | "gen")
}

/// `name` (without `r#`) at `span`, written raw where it was written raw or
/// where some edition reserves it (`async`, `gen`): every edition reads a
/// raw name as the same name, whatever the edition of the code it lands in
/// (the crate's own macros are edition 2024).
pub fn in_any_edition(name: &str, span: Span, was_raw: bool) -> Ident {
    // `r#super` and the like, which rustc has already reported, are
    // written plain: `Ident::new_raw` panics on these words.
    const NEVER_RAW: [&str; 5] = ["crate", "self", "Self", "super", "_"];
    if (was_raw || is_edition_keyword(name)) && !NEVER_RAW.contains(&name) {
        Ident::new_raw(name, span)
    } else {
        Ident::new(name, span)
    }
}

/// The user's identifier, with its span, as [`in_any_edition`] writes it.
pub fn for_any_edition(ident: &Ident) -> Ident {
    let text = ident.to_string();
    let was_raw = text.starts_with("r#");
    in_any_edition(&unraw_text(text), ident.span(), was_raw)
}

/// `tokens` with each `async`, `await` and `try`, and each `dyn` that rustc
/// reads as a name in edition 2015 (see [`is_2015_name`]), written raw, in
/// groups too but a macro call's (`m!(try)`, whose rules may match the word
/// as written); `None` when there is none. Where rustc parsed the input,
/// such a word is a name: these are keywords in edition 2018 and later,
/// where the input would not have parsed.
pub fn edition_2015_names(tokens: TokenStream) -> Option<TokenStream> {
    let mut changed = false;
    let tokens = rewrite(tokens, &mut changed);
    changed.then_some(tokens)
}

fn rewrite(tokens: TokenStream, changed: &mut bool) -> TokenStream {
    let mut trees = tokens.into_iter().peekable();
    let mut out: Vec<TokenTree> = Vec::new();
    while let Some(tree) = trees.next() {
        // `name!(...)`: a macro call (`!(x)` alone, or after a keyword, as in
        // `if !(x)`, is a negation).
        let called = matches!(
            out.as_slice(),
            [.., TokenTree::Ident(name), TokenTree::Punct(bang)]
                if bang.as_char() == '!' && !is_strict_keyword(name)
        );
        out.push(match tree {
            TokenTree::Group(group) if !called => {
                let mut inner_changed = false;
                let stream = rewrite(group.stream(), &mut inner_changed);
                if inner_changed {
                    // A group made anew spans its delimiters as one; one
                    // left as it was keeps them apart, for errors to point at.
                    *changed = true;
                    let mut inner = Group::new(group.delimiter(), stream);
                    inner.set_span(group.span());
                    TokenTree::Group(inner)
                } else {
                    TokenTree::Group(group)
                }
            }
            TokenTree::Ident(ident) if is_2015_name(&ident, trees.peek()) => {
                *changed = true;
                TokenTree::Ident(Ident::new_raw(&ident.to_string(), ident.span()))
            }
            tree => tree,
        });
    }
    out.into_iter().collect()
}

/// Whether `ident`, followed by `next`, is a name in edition 2015 that syn
/// would read as a keyword. rustc takes `dyn` for a trait object's keyword
/// only where a bound can follow: a name that is no keyword (or `self`,
/// `super`, `crate`, `Self`, which start paths), `for`, a lifetime, `?` or
/// `(`; where the name goes on as a path (`dyn::X`, `<dyn as Tr>`,
/// `Vec<dyn>`), or in an expression (`[u8; dyn * 2]`), it is a name.
fn is_2015_name(ident: &Ident, next: Option<&TokenTree>) -> bool {
    let text = ident.to_string();
    match text.as_str() {
        "async" | "await" | "try" => true,
        "dyn" => {
            let bound_follows = match next {
                Some(TokenTree::Ident(next)) => {
                    !is_strict_keyword(next)
                        || matches!(
                            next.to_string().as_str(),
                            "for" | "self" | "super" | "crate" | "Self"
                        )
                }
                Some(TokenTree::Group(group)) => group.delimiter() == Delimiter::Parenthesis,
                Some(TokenTree::Punct(punct)) => matches!(punct.as_char(), '\'' | '?'),
                _ => false,
            };
            !bound_follows
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::edition_2015_names;
    use quote::quote;

    /// The words are written raw where they stand, in groups too, but not
    /// in a macro call's tokens; `!(...)` alone is a negation, read too.
    #[test]
    fn names_are_written_raw_but_in_macro_calls() {
        let raw = edition_2015_names(quote!(A(
            try,
            m!(try),
            [u8; !(len::try)],
            Vec<dyn>,
            [u8; if !(len::async == 0) { 1 } else { 2 }]
        )));
        assert_eq!(
            raw.map(|tokens| tokens.to_string()),
            Some(
                "A (r#try , m ! (try) , [u8 ; ! (len :: r#try)] , Vec < r#dyn > , \
                 [u8 ; if ! (len :: r#async == 0) { 1 } else { 2 }])"
                    .to_owned()
            )
        );
        // A bound after `dyn` makes it the keyword; nothing to write raw.
        let none = edition_2015_names(quote!(A(Box<dyn Tr>, &'a dyn ?Sized, dyn (Tr), m!(try))));
        assert!(none.is_none());
    }
}
