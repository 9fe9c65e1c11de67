//! The HTTP rules every server integration follows, written once: any
//! [`ApiError`] as an [`http` response](https://docs.rs/http/1/http/response/struct.Response.html) (feature `http`).
//!
//! - The status line is the error's code.
//! - The body is the compact JSON body, sent as `content-type: application/json`.
//! - A `204 No Content` is sent with no body and no `content-type`, as
//!   RFC 9110 requires; so is a 205 or 304 a table of your own documents
//!   ([`Status::has_body`]). A 1xx (a table's 100, 101 or 103) cannot be
//!   an error's answer: a 100 or 103 is no final answer, and a 101 switches
//!   the connection to the protocol its `Upgrade` names, which an error has
//!   none of. It is sent as the server's failure, a 500
//!   ([`Status::internal`]: the table's own where it documents one).
//! - When [`ApiError::retry_after`] gives a delay (the derive's
//!   `#[api_error(code = 429, retry_after = field)]`), `Retry-After` carries
//!   it in decimal seconds.
//!
//! [`ErrorResponse`] is that decision on its own, independent of any
//! framework's types; [`response`] turns it into an `http::Response`, and the
//! `axum` and `actix-web` integrations build theirs from it.
//!
//! ```
//! use apicodes::ApiError;
//!
//! #[derive(Debug, ApiError)]
//! enum AccountError {
//!     #[api_error(code = 404)]
//!     NoSuchUser { id: u64 },
//!     #[api_error(code = 429, retry_after = wait_secs)]
//!     Throttled { wait_secs: u32 },
//! }
//!
//! let res: http::Response<String> = apicodes::http::response(&AccountError::NoSuchUser { id: 7 });
//! assert_eq!(res.status(), http::StatusCode::NOT_FOUND);
//! assert_eq!(res.headers()["content-type"], "application/json");
//! assert_eq!(res.body(), r#"{"code":404,"message":"Not found"}"#);
//!
//! let res: http::Response<String> = apicodes::http::response(&AccountError::Throttled { wait_secs: 30 });
//! assert_eq!(res.status(), 429);
//! assert_eq!(res.headers()["retry-after"], "30");
//! ```

use alloc::borrow::Cow;
use alloc::string::String;

use http::header::{CONTENT_TYPE, HeaderValue, RETRY_AFTER};
use http::{Response, StatusCode};

use crate::{ApiError, Code, Status, Table};

/// The `content-type` of every body: `application/json`.
///
/// ```
/// assert_eq!(apicodes::http::JSON_CONTENT_TYPE, "application/json");
/// ```
pub const JSON_CONTENT_TYPE: &str = "application/json";

/// The status an error with code `code` is sent with: `code`, unless it is
/// a 1xx, which no error can answer with: HTTP sends a 100 or 103 only
/// before the final answer (the contract layers answer one a handler
/// sends as an outage too), and a 101 only with an `Upgrade` naming the
/// protocol the connection switches to, which hyper then hands over. A
/// table's 1xx is answered as an outage.
pub(crate) fn final_status<T: Table>(code: Status<T>) -> Status<T> {
    if (100..200).contains(&code.as_u16()) {
        Status::internal()
    } else {
        code
    }
}

/// How an error is sent over HTTP, decided once and independent of any
/// framework: the status, the body (none for a 1xx, 204, 205 or 304) and the `Retry-After`
/// delay. [`into_response`](ErrorResponse::into_response) writes it as an
/// `http::Response`; an integration for another framework reads its parts.
///
/// ```
/// use apicodes::http::ErrorResponse;
/// use apicodes::Code;
///
/// let res = ErrorResponse::new(&Code::Gone);
/// assert_eq!(res.code(), Code::Gone);
/// assert_eq!(res.content_type(), Some("application/json"));
/// assert_eq!(res.body(), Some(r#"{"code":410,"message":"Gone"}"#));
/// assert_eq!(res.retry_after(), None);
///
/// // RFC 9110: a 204 carries no body, so no content-type either.
/// let res = ErrorResponse::new(&Code::NoContent);
/// assert_eq!((res.content_type(), res.body()), (None, None));
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
#[must_use = "an ErrorResponse does nothing until it is sent"]
pub struct ErrorResponse<T = Code> {
    code: Status<T>,
    body: Option<Cow<'static, str>>,
    retry_after: Option<u64>,
}

impl<T: Table> ErrorResponse<T> {
    /// Decides how `error` is sent. Works for any [`ApiError`], including
    /// `&dyn ApiError`.
    ///
    /// ```
    /// use apicodes::http::ErrorResponse;
    /// use apicodes::{ApiError, Code};
    ///
    /// let error: Box<dyn ApiError<Table = Code>> = Box::new(Code::Forbidden);
    /// assert_eq!(ErrorResponse::new(&*error).code(), Code::Forbidden);
    /// ```
    pub fn new<E: ApiError<Table = T> + ?Sized>(error: &E) -> ErrorResponse<T> {
        let code = error.code();
        let sent = final_status(code);
        if sent != code {
            return ErrorResponse::new(&sent);
        }
        // The rules hold by number, for every table: a 204, 205 or 304 has
        // no body (a 1xx was answered above), and only a 429 carries
        // `Retry-After`.
        let number = code.as_u16();
        ErrorResponse {
            code,
            body: code.has_body().then(|| error.to_json()),
            retry_after: if number == TOO_MANY_REQUESTS {
                error.retry_after()
            } else {
                None
            },
        }
    }

    /// The code, sent as the status line.
    ///
    /// ```
    /// use apicodes::http::ErrorResponse;
    /// use apicodes::Code;
    ///
    /// assert_eq!(ErrorResponse::new(&Code::NotFound).code(), Code::NotFound);
    /// ```
    #[must_use]
    pub fn code(&self) -> Status<T> {
        self.code
    }

    /// The status line, as an `http::StatusCode`.
    ///
    /// ```
    /// use apicodes::http::ErrorResponse;
    /// use apicodes::Code;
    ///
    /// assert_eq!(ErrorResponse::new(&Code::NotFound).status(), http::StatusCode::NOT_FOUND);
    /// ```
    #[must_use]
    pub fn status(&self) -> StatusCode {
        StatusCode::from(self.code)
    }

    /// `Some("application/json")` when there is a body, `None` for a 204
    /// (or another code sent without one, [`Status::has_body`]).
    ///
    /// ```
    /// use apicodes::http::ErrorResponse;
    /// use apicodes::Code;
    ///
    /// assert_eq!(ErrorResponse::new(&Code::BadRequest).content_type(), Some("application/json"));
    /// ```
    #[must_use]
    pub fn content_type(&self) -> Option<&'static str> {
        self.body.as_ref().map(|_| JSON_CONTENT_TYPE)
    }

    /// The compact JSON body, or `None` for a 204 (or another code sent
    /// without one, [`Status::has_body`]).
    ///
    /// ```
    /// use apicodes::http::ErrorResponse;
    /// use apicodes::Code;
    ///
    /// let res = ErrorResponse::new(&Code::PaymentRequired);
    /// assert_eq!(res.body(), Some(r#"{"code":402,"message":"Payment required"}"#));
    /// ```
    #[must_use]
    pub fn body(&self) -> Option<&str> {
        self.body.as_deref()
    }

    /// The body, owned, or `None` for a code sent without one. Borrowed from a static literal
    /// when the message is the documented one.
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use apicodes::http::ErrorResponse;
    /// use apicodes::Code;
    ///
    /// let body = ErrorResponse::new(&Code::Unauthorized).into_body();
    /// assert!(matches!(body, Some(Cow::Borrowed(_))));
    /// ```
    #[must_use]
    pub fn into_body(self) -> Option<Cow<'static, str>> {
        self.body
    }

    /// The delay to send as `Retry-After`, in whole seconds.
    ///
    /// ```
    /// use std::time::Duration;
    /// use apicodes::http::ErrorResponse;
    ///
    /// #[derive(apicodes::ApiError)]
    /// #[api_error(code = 429, retry_after = wait)]
    /// struct Throttled {
    ///     wait: Duration,
    /// }
    ///
    /// // A Duration is rounded up to whole seconds.
    /// let res = ErrorResponse::new(&Throttled { wait: Duration::from_millis(1500) });
    /// assert_eq!(res.retry_after(), Some(2));
    /// ```
    #[must_use]
    pub const fn retry_after(&self) -> Option<u64> {
        self.retry_after
    }

    /// Writes the response as an `http::Response` whose body type `B` is
    /// built from the JSON text: `String`, `Vec<u8>`, `bytes::Bytes`, axum's
    /// `Body`, `http_body_util::Full<Bytes>`, and any other type built
    /// `From<String>` and `From<&'static str>` (a static body is handed over
    /// as a `&'static str`, which `Bytes` and axum's `Body` do not copy).
    /// A 204's body (and that of every code sent without one) is the empty
    /// string.
    ///
    /// ```
    /// use apicodes::http::ErrorResponse;
    /// use apicodes::Code;
    ///
    /// let res: http::Response<String> = ErrorResponse::new(&Code::NoContent).into_response();
    /// assert_eq!(res.status(), 204);
    /// assert!(res.headers().is_empty());
    /// assert!(res.body().is_empty());
    /// ```
    pub fn into_response<B: From<String> + From<&'static str>>(self) -> Response<B> {
        let status = self.status();
        let retry_after = self.retry_after;
        let mark = self.mark();
        let mut res = match self.body {
            Some(body) => {
                let body = match body {
                    Cow::Borrowed(text) => B::from(text),
                    Cow::Owned(text) => B::from(text),
                };
                let mut res = Response::new(body);
                res.headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static(JSON_CONTENT_TYPE));
                res
            }
            None => Response::new(B::from("")),
        };
        *res.status_mut() = status;
        if let Some(secs) = retry_after {
            res.headers_mut()
                .insert(RETRY_AFTER, HeaderValue::from(secs));
        }
        res.extensions_mut().insert(mark);
        res
    }

    /// The mark of the answer this makes: its status, its table and its
    /// body's length.
    pub(crate) fn mark(&self) -> Documented {
        Documented::new::<T>(
            self.code.as_u16(),
            self.body.as_ref().map_or(0, |body| body.len()),
        )
    }
}

/// The mark a response made by this crate carries in its extensions: the
/// status it was made with, the table it was made for and its body's
/// length, so that a contract layer for that table passes it as it is
/// while its status (and, where the layer can tell, its body's length)
/// still is that one.
#[derive(Clone, Copy, Debug)]
// Read by the contract layers; the mark is made wherever `http` is on.
#[cfg_attr(not(any(feature = "axum", feature = "actix-web")), allow(dead_code))]
pub(crate) struct Documented {
    pub(crate) status: u16,
    pub(crate) table: core::any::TypeId,
    /// That table's name, for the log of a layer for another table.
    pub(crate) table_name: &'static str,
    /// The length of the body it was made with (0 without one).
    pub(crate) len: u64,
}

impl Documented {
    /// The mark of an answer with `status` and a body of `len` bytes, made
    /// for table `T`.
    pub(crate) fn new<T: Table>(status: u16, len: usize) -> Documented {
        Documented {
            status,
            table: core::any::TypeId::of::<T>(),
            table_name: T::NAME,
            len: len as u64,
        }
    }
}

/// The `http::Response` for any [`ApiError`]: status, `content-type`,
/// body and `Retry-After` as the [module docs](self) describe. The body type
/// `B` is any type built `From<String>` and `From<&'static str>`, such as
/// `String`, `bytes::Bytes` or axum's `Body`; name it where it is not
/// inferred (`let res: http::Response<String> = ...`).
///
/// ```
/// use apicodes::{ApiError, Code};
///
/// let error: &dyn ApiError<Table = Code> = &Code::TooManyRequests;
/// let res: http::Response<String> = apicodes::http::response(error);
/// assert_eq!(res.status(), 429);
/// assert_eq!(res.headers()["content-type"], "application/json");
/// assert_eq!(res.body(), r#"{"code":429,"message":"Too many requests"}"#);
/// ```
pub fn response<E, B>(error: &E) -> Response<B>
where
    E: ApiError + ?Sized,
    B: From<String> + From<&'static str>,
{
    ErrorResponse::new(error).into_response()
}

const TOO_MANY_REQUESTS: u16 = 429;
