//! The spans the derive gives the tokens it makes: its call site and its
//! mixed site. Run again from a table's macro (`derive_with_table!`, for
//! `codes = path`), it takes the first run's, which the derive hands on with
//! its input, so that the expansion is still the derive's: rustc reports no
//! use of a `#[deprecated]` variant, field or type inside a derive's
//! expansion, as for the standard derives, but does inside a function-like
//! macro's.

use std::cell::Cell;

use proc_macro2::{Ident, Span};

thread_local! {
    static SITES: Cell<Option<(Span, Span)>> = const { Cell::new(None) };
}

/// The derive's call site.
pub fn call() -> Span {
    SITES.with(|sites| sites.get().map_or_else(Span::call_site, |(call, _)| call))
}

/// The derive's mixed site.
pub fn mixed() -> Span {
    SITES.with(|sites| {
        sites
            .get()
            .map_or_else(Span::mixed_site, |(_, mixed)| mixed)
    })
}

/// The two tokens that hand this run's sites on: `__apicodes_site` at the
/// call site, then at the mixed site.
pub fn markers() -> [Ident; 2] {
    [
        Ident::new(MARKER, Span::call_site()),
        Ident::new(MARKER, Span::mixed_site()),
    ]
}

/// The name of the markers.
pub const MARKER: &str = "__apicodes_site";

/// Runs `f` with the sites of `markers` (as [`markers`] made them).
pub fn with<T>(markers: Option<(Span, Span)>, f: impl FnOnce() -> T) -> T {
    let old = SITES.with(|sites| sites.replace(markers));
    let out = f();
    SITES.with(|sites| sites.set(old));
    out
}
