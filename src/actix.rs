//! actix-web 4 integration (feature `actix-web`): every `#[derive(ApiError)]`
//! type implements `actix_web::ResponseError`, so handlers return it directly.
//!
//! The response follows the [`http`](crate::http) module's rules: the status
//! line is the code, the body is the JSON body as `application/json`, a 204
//! has neither, and `retry_after = field` sends `Retry-After`.
//!
//! # Your type must implement `Debug` and `Display`
//!
//! actix-web requires both of every `ResponseError` (they are its
//! supertraits, used in its logs), so the generated impl applies only where
//! the type implements them; `#[derive(Debug, thiserror::Error)]` provides
//! both. Their text never reaches the client: the body is the documented
//! one, or your `message = "..."`.
//!
//! A type without them still derives `ApiError`; returning it from a handler
//! then fails to compile with "`MyError` doesn't implement
//! `std::fmt::Display`", noted as "required for `MyError` to implement
//! `ResponseError`". A generic type is a `ResponseError` for exactly the
//! parameters with which it is `Debug + Display`.
//!
//! ```
//! use actix_web::{App, HttpResponse, ResponseError, web};
//! use apicodes::ApiError;
//!
//! #[derive(Debug, thiserror::Error, ApiError, apicodes::actix::ResponseError)]
//! enum AccountError {
//!     #[error("no user with id {id}")]
//!     #[api_error(code = 404)]
//!     NoSuchUser { id: u64 },
//!     #[error("rate limited for {wait_secs} s")]
//!     #[api_error(code = 429, retry_after = wait_secs)]
//!     Throttled { wait_secs: u32 },
//! }
//!
//! async fn account(id: web::Path<u64>) -> Result<HttpResponse, AccountError> {
//!     match id.into_inner() {
//!         1 => Ok(HttpResponse::Ok().body("alice")),
//!         0 => Err(AccountError::Throttled { wait_secs: 30 }),
//!         id => Err(AccountError::NoSuchUser { id }),
//!     }
//! }
//!
//! let _app = App::new().route("/accounts/{id}", web::get().to(account));
//!
//! let res = AccountError::Throttled { wait_secs: 30 }.error_response();
//! assert_eq!(res.status(), 429);
//! assert_eq!(res.headers().get("retry-after").unwrap(), "30");
//! ```
//!
//! For an error that does not derive `ApiError` (a [`Code`](crate::Code) in
//! your own wrapper), call [`status_code`] and [`error_response`] from your
//! `ResponseError` impl.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, HeaderValue, RETRY_AFTER};

use crate::ApiError;
use crate::http::{ErrorResponse, JSON_CONTENT_TYPE};

/// Derives `actix_web::ResponseError` for a type that implements
/// [`ApiError`] (and `Debug` and `Display`, which actix-web requires).
pub use apicodes_macros::ResponseError;

/// What `#[derive(ResponseError)]` names.
#[doc(hidden)]
pub mod __private {
    pub use super::{error_response, status_code};
    pub use actix_web::HttpResponse;
    pub use actix_web::ResponseError;
    pub use actix_web::http::StatusCode;
}

/// The status line for any [`ApiError`]: its code. What a derived type's
/// `ResponseError::status_code` returns.
///
/// ```
/// use apicodes::Code;
///
/// assert_eq!(apicodes::actix::status_code(&Code::Gone), actix_web::http::StatusCode::GONE);
/// ```
pub fn status_code<E: ApiError + ?Sized>(error: &E) -> StatusCode {
    status(error.code().as_u16())
}

/// The actix-web response for any [`ApiError`]: what a derived type's
/// `ResponseError::error_response` returns.
///
/// ```
/// use apicodes::Code;
///
/// let res = apicodes::actix::error_response(&Code::NotFound);
/// assert_eq!(res.status(), 404);
/// assert_eq!(res.headers().get("content-type").unwrap(), "application/json");
///
/// // RFC 9110: a 204 has no body, so no content-type either.
/// let res = apicodes::actix::error_response(&Code::NoContent);
/// assert!(res.headers().get("content-type").is_none());
/// ```
pub fn error_response<E: ApiError + ?Sized>(error: &E) -> HttpResponse {
    // The rules live in `ErrorResponse`; this only writes its parts in
    // actix-web's types (actix-web 4 uses `http` 0.2, not `http` 1).
    let plan = ErrorResponse::new(error);
    let mut res = HttpResponse::build(status(plan.code().as_u16()));
    if let Some(secs) = plan.retry_after() {
        res.insert_header((RETRY_AFTER, HeaderValue::from(secs)));
    }
    match plan.into_body() {
        Some(body) => res
            .insert_header((CONTENT_TYPE, HeaderValue::from_static(JSON_CONTENT_TYPE)))
            .body(body),
        None => res.finish(),
    }
}

fn status(code: u16) -> StatusCode {
    // Every table's codes and every outage are three-digit statuses, so
    // the fallback is never taken.
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}
