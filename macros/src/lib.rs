//! `#[derive(ApiError)]`: the entry point; see the `apicodes` crate for docs.
//!
//! The derive is a pipeline, one module a stage: `ast` models the input,
//! `attr` parses `#[api_error(...)]`, `valid` checks rules across attributes,
//! `expand` writes the impls, and `fallback` stands in when input is invalid.
//!
//! Plain enums take a fast path (`fast`, reading the body's printed text
//! with `scan`) instead of syn; it gives up at anything unusual or wrong,
//! and syn's path then reports errors with their spans. Proc macros
//! are built unoptimised by default, and an error enum can have hundreds of
//! variants, so the expansion also avoids per-token work where it can:
//! the bulk table, and the cases no error can point into, are written as
//! text and lexed in one call; `tokens` builds the few arms that carry the
//! input's spans.

mod ast;
mod attr;
mod ctxt;
mod expand;
mod fallback;
mod fast;
mod scan;
mod template;
mod tokens;
mod valid;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

/// Derives `apicodes::ApiError` and `apicodes::ApiErrorDocs`; documented in
/// the `apicodes` crate.
#[proc_macro_derive(ApiError, attributes(api_error))]
pub fn derive_api_error(input: TokenStream) -> TokenStream {
    // A clone of a token stream is a handle, not a copy.
    if let Some(tokens) = fast::derive(input.clone().into()) {
        return tokens.into();
    }
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input).into()
}
