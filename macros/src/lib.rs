//! The derives of the [`apicodes`](https://docs.rs/apicodes) crate. Depend
//! on `apicodes` and use them from there: `#[derive(apicodes::ApiError)]`.
//! This crate is an implementation detail, versioned in lockstep with
//! `apicodes`.
//!
//! ```
//! use apicodes::ApiError;
//!
//! #[derive(Debug, ApiError)]
//! enum AccountError {
//!     #[api_error(code = 404)]
//!     NoSuchUser { id: u64 },
//! }
//!
//! let err = AccountError::NoSuchUser { id: 7 };
//! assert_eq!(err.to_json(), r#"{"code":404,"message":"Not found"}"#);
//! ```
//!
//! The derive is a pipeline, one module a stage: `item` reads the input
//! with syn's parser into `ast`, the model, handing each attribute to
//! `attr`, the one reader of `#[api_error(...)]`; `table` holds
//! the codes it is checked against, `valid` checks rules across
//! attributes, `expand` writes the impls, and `fallback` stands in when the
//! input is invalid. `integration` holds the derives of the framework
//! traits, which read only the type's header.

mod ast;
mod attr;
mod ctxt;
#[cfg(feature = "table")]
mod declare;
mod expand;
mod fallback;
mod generics;
mod integration;
mod item;
mod site;
mod suggest;
mod table;
mod template;
mod tokens;
mod unraw;
mod valid;

use proc_macro::TokenStream;

/// Derives `apicodes::ApiError` and `apicodes::ApiErrorDocs`; documented in
/// the `apicodes` crate.
///
/// ```
/// use apicodes::{ApiError, ApiErrorDocs, Code};
///
/// #[derive(Debug, apicodes::ApiError)]
/// enum AccountError {
///     #[api_error(code = 404, message = "No user {id}")]
///     NoSuchUser { id: u64 },
///     #[api_error(code = Gone)]
///     StaleToken,
/// }
///
/// let err = AccountError::NoSuchUser { id: 7 };
/// assert_eq!(err.to_json(), r#"{"code":404,"message":"No user 7"}"#);
/// assert_eq!(AccountError::StaleToken.code(), Code::Gone);
/// assert!(AccountError::CODES.contains(Code::Gone));
/// ```
#[proc_macro_derive(ApiError, attributes(api_error))]
pub fn derive_api_error(input: TokenStream) -> TokenStream {
    expand::derive(input.into()).into()
}

/// Derives `axum::response::IntoResponse` for an `ApiError`; documented in
/// `apicodes::axum`.
///
/// ```
/// use axum::response::IntoResponse;
///
/// #[derive(Debug, apicodes::ApiError, apicodes::axum::IntoResponse)]
/// #[api_error(code = 410)]
/// struct Expired;
///
/// let res = Expired.into_response();
/// assert_eq!(res.status(), 410);
/// assert_eq!(res.headers()["content-type"], "application/json");
/// ```
#[proc_macro_derive(IntoResponse, attributes(api_error))]
pub fn derive_into_response(input: TokenStream) -> TokenStream {
    integration::derive(input.into(), integration::Framework::Axum).into()
}

/// Derives `actix_web::ResponseError` for an `ApiError`; documented in
/// `apicodes::actix`.
///
/// ```
/// use actix_web::ResponseError;
///
/// #[derive(Debug, apicodes::ApiError, apicodes::actix::ResponseError)]
/// #[api_error(code = 410)]
/// struct Expired;
///
/// // actix-web asks every `ResponseError` for `Display` too.
/// impl std::fmt::Display for Expired {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
///         f.write_str("token expired")
///     }
/// }
///
/// let res = Expired.error_response();
/// assert_eq!(res.status(), 410);
/// assert_eq!(res.headers().get("content-type").unwrap(), "application/json");
/// ```
#[proc_macro_derive(ResponseError, attributes(api_error))]
pub fn derive_response_error(input: TokenStream) -> TokenStream {
    integration::derive(input.into(), integration::Framework::ActixWeb).into()
}

/// Derives `utoipa::IntoResponses` for an `ApiErrorDocs`; documented in
/// `apicodes::openapi`.
///
/// ```
/// use utoipa::IntoResponses;
///
/// #[derive(Debug, apicodes::ApiError, apicodes::openapi::IntoResponses)]
/// enum AccountError {
///     #[api_error(code = 404)]
///     NoSuchUser,
///     #[api_error(code = 429)]
///     Throttled,
/// }
///
/// let responses = AccountError::responses();
/// assert_eq!(responses.keys().collect::<Vec<_>>(), ["404", "429"]);
/// ```
#[proc_macro_derive(IntoResponses, attributes(api_error))]
pub fn derive_into_responses(input: TokenStream) -> TokenStream {
    integration::derive(input.into(), integration::Framework::Utoipa).into()
}

/// Declares a table of documented codes from a page (or from variants);
/// documented in the `apicodes` crate.
///
/// ```
/// #[apicodes::table]
/// pub enum ShopCode {
///     /// The cart already holds this item.
///     #[code(message = "Conflict")]
///     Conflict = 409,
/// }
///
/// assert_eq!(ShopCode::from_u16(409), Some(ShopCode::Conflict));
/// assert_eq!(ShopCode::Conflict.json(), r#"{"code":409,"message":"Conflict"}"#);
/// ```
#[cfg(feature = "table")]
#[proc_macro_attribute]
pub fn table(args: TokenStream, item: TokenStream) -> TokenStream {
    declare::table(args.into(), item.into()).into()
}

/// The derive against a table of the user's own, called by the table's
/// hidden macro with its rows. Not public API.
#[doc(hidden)]
#[proc_macro]
pub fn __derive_with_table(input: TokenStream) -> TokenStream {
    expand::derive_with_table(input.into()).into()
}
