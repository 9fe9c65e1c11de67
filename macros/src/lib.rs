//! `#[derive(ApiError)]`: the entry point; see the `apicodes` crate for docs.
//!
//! The derive is a pipeline, one module a stage: `ast` models the input,
//! `attr` parses `#[api_error(...)]`, `valid` checks rules across attributes,
//! `expand` writes the impls, and `fallback` stands in when input is invalid.

mod ast;
mod attr;
mod ctxt;
mod expand;
mod fallback;
mod template;
mod valid;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

/// Derives `apicodes::ApiError` and `apicodes::ApiErrorDocs`; documented in
/// the `apicodes` crate.
#[proc_macro_derive(ApiError, attributes(api_error))]
pub fn derive_api_error(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input).into()
}
