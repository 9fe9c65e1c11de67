//! Names the user wrote, compared and shown without their `r#`: every
//! comparison of such a name goes through here, so `r#type` and `type`
//! never disagree.

use proc_macro2::{Ident, Span};

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
    if was_raw || is_edition_keyword(name) {
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
