//! Documented API response codes as types, and a derive that maps your error
//! enums onto them, checked at compile time.
//!
//! An API documents a fixed table of response codes, each sent as a small
//! JSON body such as `{"code":404,"message":"Not found"}`. This crate holds
//! that table as [`Code`], the body as [`Body`], and with
//! `#[derive(ApiError)]` turns every domain error into one of the documented
//! codes, in the documented shape:
//!
//! ```
//! use apicodes::ApiError;
//!
//! #[derive(Debug, thiserror::Error, ApiError)]
//! pub enum AccountError {
//!     /// No account has the requested id.
//!     #[error("no user with id {id}")]
//!     #[api_error(code = 404)]
//!     NoSuchUser { id: u64 },
//!
//!     /// The token predates the last password change.
//!     #[error("token issued before the last password change")]
//!     #[api_error(code = Gone)]
//!     StaleToken,
//!
//!     #[error("quota of {limit} attributes reached")]
//!     #[api_error(code = 507, message = "Attribute limit {limit} reached")]
//!     OutOfAttributes { limit: u32 },
//! }
//!
//! let err = AccountError::NoSuchUser { id: 7 };
//! // The public body is the documented one: the `Display` text stays private.
//! assert_eq!(err.to_json(), r#"{"code":404,"message":"Not found"}"#);
//! assert_eq!(
//!     AccountError::OutOfAttributes { limit: 20 }.to_json(),
//!     r#"{"code":507,"message":"Attribute limit 20 reached"}"#,
//! );
//! ```
//!
//! # The derive
//!
//! `#[derive(ApiError)]` implements [`ApiError`] and [`ApiErrorDocs`] for an
//! enum or a struct. Each variant (or the struct) takes its code from:
//!
//! | attribute | meaning |
//! |---|---|
//! | `#[api_error(code = 404)]` | a documented number |
//! | `#[api_error(code = NotFound)]` | a [`Code`] variant name (also `Code::NotFound`) |
//! | `#[api_error(code = ...)]` on the enum | the default for variants without their own |
//! | `#[api_error(transparent)]` | the single field's own code and message (it must implement [`ApiErrorDocs`], as derived types do) |
//!
//! and may add:
//!
//! | attribute | meaning |
//! |---|---|
//! | `message = "No user {id}"` | the public message instead of the documented one; `{field}`, `{0}` and format specs such as `{id:>5}` or `{id:?}` interpolate fields |
//! | `retry_after = field` | on a 429, the field (seconds as an integer, a [`Duration`](core::time::Duration), or an `Option` of either) that the HTTP integrations send as `Retry-After` |
//!
//! Mistakes are compile errors pointing at the offending token: a variant
//! without a code (all of them, in one build), a number or name the table
//! does not document (with the nearest suggested), the success codes 200,
//! 201 and 202 on an error, unknown or duplicate keys, a message naming a
//! field that does not exist, `transparent` on anything but one field.
//!
//! The message sent is the documented one unless you write `message`:
//! `Display`, `Debug` and `source()` text never reach a body on their own,
//! so internal details leak only where you put them.
//!
//! Bodies with a fixed message are JSON literals computed at compile time;
//! `to_json` returns them without allocating. Interpolated messages are
//! written, escaped, straight into one buffer.
//!
//! # Features
//!
//! | feature | what it adds |
//! |---|---|
//! | `std` (default) | reserved; the error types implement `core::error::Error` (which is `std::error::Error`) with or without it |
//! | `serde` (default) | `Serialize`/`Deserialize` for [`Code`] (as its number) and [`Body`] |
//! | `json` | client side: `classify` sorts HTTP responses into documented codes and the rest (`serde_json`) |
//! | `http` | `Code` <-> `http::StatusCode`; an `http::Response` from any [`ApiError`] (`apicodes::http`) |
//! | `axum` | derived types implement `axum::response::IntoResponse` (`apicodes::axum`) |
//! | `actix-web` | derived types that are also `Debug + Display` implement `actix_web::ResponseError` (`apicodes::actix`) |
//! | `utoipa` | `Body: utoipa::ToSchema`; derived types implement `utoipa::IntoResponses` (`apicodes::openapi`) |
//!
//! Every HTTP integration sends the code as the status line and the body as
//! `content-type: application/json`, a 204 with no body (RFC 9110), and
//! `Retry-After` from `retry_after = field`.
//!
//! Without default features the crate is `#![no_std]` and needs only `alloc`.

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub use apicodes_core::{
    ApiError, ApiErrorDocs, Body, Code, CodeSet, OTHER_ERRORS, OtherError, ParseCodeError,
    RetryAfter, Status, Table, UnknownCode, VariantDoc, json, page,
};

/// Derives [`ApiError`] and [`ApiErrorDocs`]; see the [crate docs](crate#the-derive).
///
/// ```
/// #[derive(apicodes::ApiError)]
/// #[api_error(code = 403)]
/// struct Locked;
///
/// use apicodes::ApiError as _;
/// assert_eq!(Locked.to_json(), r#"{"code":403,"message":"Forbidden"}"#);
/// ```
pub use apicodes_macros::ApiError;

/// Declares a table of your API's own documented codes, read at compile
/// time from its page (or written as variants); see the
/// [crate docs](crate#your-own-table).
///
/// ```
/// #[apicodes::table(other_errors = "Check the status page, then retry.")]
/// pub enum ShopCode {
///     /// The request was successful!
///     #[code(message = "OK")]
///     Ok = 200,
///     /// The cart already holds this item.
///     #[code(message = "Conflict")]
///     Conflict = 409,
/// }
///
/// #[derive(Debug, apicodes::ApiError)]
/// #[api_error(codes = ShopCode)]
/// enum CartError {
///     #[api_error(code = 409, message = "Item {0} is already in the cart")]
///     AlreadyInCart(u32),
/// }
///
/// use apicodes::ApiError as _;
/// assert_eq!(ShopCode::Conflict.json(), r#"{"code":409,"message":"Conflict"}"#);
/// assert_eq!(CartError::AlreadyInCart(7).to_json(), r#"{"code":409,"message":"Item 7 is already in the cart"}"#);
/// ```
pub use apicodes_macros::table;

#[cfg(feature = "actix-web")]
pub mod actix;
#[cfg(feature = "axum")]
pub mod axum;
#[cfg(feature = "json")]
pub mod client;
#[cfg(any(feature = "axum", feature = "actix-web"))]
mod contract;
#[cfg(feature = "http")]
pub mod http;
pub mod log;
#[cfg(feature = "utoipa")]
pub mod openapi;

#[cfg(feature = "json")]
pub use crate::client::{classify, classify_as};

// What the derives' generated code names; the version in the name keeps
// two versions of the crate in one build apart.
#[doc(hidden)]
#[path = "private.rs"]
pub mod __private_0_1;

// Every Rust example in the README is compiled and run as a doctest, so the
// README cannot drift from the crate.
#[cfg(all(
    doctest,
    feature = "json",
    feature = "axum",
    feature = "actix-web",
    feature = "utoipa"
))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
