//! axum 0.8 integration (feature `axum`): every `#[derive(ApiError)]` type
//! implements `axum::response::IntoResponse`, so handlers return it directly.
//!
//! The response follows the [`http`](crate::http) module's rules: the status
//! line is the code, the body is the JSON body as `application/json`, a 204
//! has neither, and `retry_after = field` sends `Retry-After`.
//!
//! ```
//! use apicodes::ApiError;
//! use axum::extract::Path;
//! use axum::routing::get;
//! use axum::Router;
//!
//! #[derive(Debug, ApiError, apicodes::axum::IntoResponse)]
//! enum AccountError {
//!     #[api_error(code = 404)]
//!     NoSuchUser { id: u64 },
//!     #[api_error(code = 429, retry_after = wait_secs)]
//!     Throttled { wait_secs: u32 },
//! }
//!
//! async fn account(Path(id): Path<u64>) -> Result<String, AccountError> {
//!     match id {
//!         1 => Ok("alice".to_owned()),
//!         0 => Err(AccountError::Throttled { wait_secs: 30 }),
//!         _ => Err(AccountError::NoSuchUser { id }),
//!     }
//! }
//!
//! let app: Router = Router::new().route("/accounts/{id}", get(account));
//! # let _ = app;
//! ```
//!
//! A type deriving `ApiError` needs nothing else: the derive emits the
//! `IntoResponse` impl when this feature is on. For an error that does not
//! derive it (a [`Code`](crate::Code), a `Box<dyn ApiError>`), call
//! [`into_response`] in your own `IntoResponse` impl.

use axum::response::Response;

use crate::ApiError;

/// Derives `axum::response::IntoResponse` for a type that implements
/// [`ApiError`]: handlers return it as is.
pub use apicodes_macros::IntoResponse;

/// What `#[derive(IntoResponse)]` names.
#[doc(hidden)]
pub mod __private {
    pub use super::into_response;
    pub use axum::response::{IntoResponse, Response};
}

/// The axum response for any [`ApiError`]: what a derived type's
/// `IntoResponse` impl returns.
///
/// ```
/// use apicodes::Code;
/// use axum::response::{IntoResponse, Response};
///
/// struct NotMine(Code);
///
/// impl IntoResponse for NotMine {
///     fn into_response(self) -> Response {
///         apicodes::axum::into_response(&self.0)
///     }
/// }
///
/// let res = NotMine(Code::Forbidden).into_response();
/// assert_eq!(res.status(), 403);
/// assert_eq!(res.headers()["content-type"], "application/json");
/// ```
pub fn into_response<E: ApiError + ?Sized>(error: &E) -> Response {
    crate::http::response(error)
}
