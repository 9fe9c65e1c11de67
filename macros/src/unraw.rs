//! Names the user wrote, compared and shown without their `r#`: every
//! comparison of such a name goes through here, so `r#type` and `type`
//! never disagree.

use proc_macro2::Ident;

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
