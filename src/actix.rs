//! actix-web 4 (feature `actix-web`): errors as responses, and a middleware
//! that keeps every response of the server in the documented shape.
//!
//! ```
//! use actix_web::{App, HttpResponse, web};
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
//! let app = App::new()
//!     .route("/accounts/{id}", web::get().to(account))
//!     // Answers actix-web makes itself, in the documented shape too.
//!     .default_service(web::to(apicodes::actix::not_found))
//!     .wrap(apicodes::actix::Contract::new());
//!
//! // What clients get: status, `Retry-After`, body.
//! # actix_web::rt::System::new().block_on(async move {
//! use actix_web::test;
//! let app = test::init_service(app).await;
//! let send = |uri: &'static str| {
//!     let req = test::TestRequest::get().uri(uri).to_request();
//!     let res = test::call_service(&app, req);
//!     async move {
//!         let res = res.await;
//!         let status = res.status().as_u16();
//!         let retry_after = res.headers().get("retry-after").map(|v| v.to_str().unwrap().to_owned());
//!         let body = String::from_utf8(test::read_body(res).await.to_vec()).unwrap();
//!         (status, retry_after, body)
//!     }
//! };
//! let not_found = r#"{"code":404,"message":"Not found"}"#;
//! assert_eq!(send("/accounts/1").await, (200, None, "alice".into()));
//! assert_eq!(send("/accounts/7").await, (404, None, not_found.into()));
//! assert_eq!(
//!     send("/accounts/0").await,
//!     (429, Some("30".into()), r#"{"code":429,"message":"Too many requests"}"#.into())
//! );
//! // actix-web's own answers: an unknown route, a path that is no number.
//! assert_eq!(send("/nothing").await, (404, None, not_found.into()));
//! assert_eq!(
//!     send("/accounts/x").await,
//!     (400, None, r#"{"code":400,"message":"Bad request"}"#.into())
//! );
//! # });
//! ```
//!
//! # Errors as responses
//!
//! `#[derive(apicodes::actix::ResponseError)]` implements
//! `actix_web::ResponseError` for a type that implements [`ApiError`]
//! (and `Debug` and `Display`, which actix-web requires of every
//! `ResponseError`; `#[derive(Debug, thiserror::Error)]` gives both): the
//! status line is the code, the body is the JSON body as
//! `application/json`, a 204 has neither, a 429 sends `Retry-After`, and
//! the error is recorded in the operator's log ([`crate::log`]) with what
//! the body hides. For a generic type, a type parameter that a cause's
//! type names (a `#[source]` or `#[from]` field, or one named `source`)
//! is bounded `'static`, as thiserror's `source()` needs it and an
//! `actix_web::Error`'s cause is anyway.
//!
//! The impl is asked for per type, in the type's own crate: turning the
//! `actix-web` feature on (in this crate or in any dependency) never adds
//! an impl a crate did not ask for, so a type can have a `ResponseError` of
//! its own instead. Reuse [`status_code`] and [`error_response`] there:
//!
//! ```
//! use actix_web::http::StatusCode;
//! use actix_web::{HttpResponse, ResponseError};
//! use apicodes::ApiError;
//!
//! #[derive(Debug, thiserror::Error, ApiError)]
//! enum AccountError {
//!     #[error("no user with id {0}")]
//!     #[api_error(code = 404)]
//!     NoSuchUser(u64),
//! }
//!
//! impl ResponseError for AccountError {
//!     fn status_code(&self) -> StatusCode {
//!         apicodes::actix::status_code(self)
//!     }
//!
//!     fn error_response(&self) -> HttpResponse {
//!         apicodes::log::record(self);
//!         let mut res = apicodes::actix::error_response(self);
//!         res.headers_mut().insert(
//!             actix_web::http::header::HeaderName::from_static("x-request-id"),
//!             actix_web::http::header::HeaderValue::from_static("7"),
//!         );
//!         res
//!     }
//! }
//!
//! let res = AccountError::NoSuchUser(7).error_response();
//! assert_eq!(res.status(), 404);
//! assert_eq!(res.headers().get("x-request-id").unwrap(), "7");
//! ```
//!
//! [`Code`] implements [`ApiError`] but not `ResponseError`:
//! it lives in `apicodes-core`, which depends on no framework, and the
//! orphan rule leaves that impl to its crate. A handler returns a derived
//! error; where a bare code is all there is, [`error_response`] answers
//! with it (`apicodes::actix::error_response(&Code::NotFound)`).
//!
//! # Keeping the whole contract
//!
//! `.wrap(Contract::new())`, as the app's last `wrap` (the outermost), and
//! `.default_service(web::to(not_found))` make every answer actix-web makes
//! itself a documented one. A scope's own default service answers in its
//! place for the paths under the scope, and an app's second
//! `default_service` replaces it: give such a scope `web::to(not_found)`
//! too, or none, since the contract makes any other default service's 404
//! the documented 404, a wrong method's included (it cannot tell a default
//! service's 404 from a middleware's):
//!
//! The answers below are the standard table's; under a table of your own
//! (`Contract::<MyCode>::for_table()` with `not_found_for::<MyCode>`), a
//! status your table does not document is answered as
//! [`Status::answer_for`](crate::Status::answer_for) says (an unknown route
//! is its 400 where it has no 404).
//!
//! | request | answer |
//! |---|---|
//! | an unknown route, or a miss a service mounted at a prefix passes on (actix-files' `Files`) | 404 |
//! | a wrong method | 400, keeping the `Allow` header where actix-web sends one (routes written `web::resource(path).get(..)`): the request is not formatted as documented; a 404 would say the resource does not exist. Other guards (`guard::Host`, `guard::Header`) declining at a resource's path are answered alike, since actix-web does not tell which guard declined, without an `Allow` that would list the method sent. Where your table documents 405, a `web::resource` keeps it, with its `Allow`; a `.route()`, and a guard declining a method the resource allows, are still a 400, since a 405 must list the methods allowed (RFC 9110), which actix-web does not say for a `.route()` and which would include the method sent for a guard |
//! | a path, query, JSON or form rejection, a missing or wrong `content-type`, a body over the limit | 400, or the framework's own status (413, 415, 422) where your table documents it |
//! | a handler that panics | 500 instead of a dropped connection: an outage, `Server error`, or the table's own 500 where it documents one ([`Status::internal`](crate::Status::internal)) |
//! | a timeout's 408 | 503, an outage: the server ran out of time, not the request (408 where your table documents it) |
//! | any other error status a handler sends by hand | its documented code (see [`Status::answer_for`](crate::Status::answer_for)); a status above 599, which is no HTTP status, and a final 1xx other than 101, which HTTP does not allow, are a 500, as is a table's own 1xx sent as an error (a 101 too: no error has the `Upgrade` it needs; the table's own 500 where it documents one) |
//! | an error whose own status is 101, 2xx or 3xx (a redirect to a sign-in page), or an error's response given such a status (`*res.status_mut() = StatusCode::SEE_OTHER`) | that status and its headers (`Location`), without the error's text or body; a derived error's response given a body of its own since (an `ErrorHandlers` page for its 404, a JSON `[]`, a stream), told from the error's by its `content-type` and length, is sent as it is, while another crate's error (also one made from a derived error's response by `InternalError::from_response`) cannot be told from a page put in its place (its `error_response()` may differ from call to call, or give its response away), so its body never goes |
//! | an error a middleware returns | as its `error_response()` says (status and headers, a 401's `WWW-Authenticate`), with the documented body |
//!
//! Every such body is `{"code":N,"message":"..."}` as `application/json`
//! and never echoes the input; what actix-web said (the error's text, the
//! panic's message, the status it replaced) goes to the log. Answers made
//! by this crate for the middleware's table pass as they are, unless their
//! status, `content-type` or body was changed since (a body is known by its
//! length: an `ErrorHandlers` handler that writes a text of its own in place
//! of the error's JSON is answered again; a streamed one cannot be told
//! apart and passes); an answer made for another
//! table (an error type without `codes = MyCodes` under
//! `Contract::<MyCodes>::for_table()`, or [`not_found`] where [`not_found_for`] was
//! meant) is answered again in the middleware's table; other 2xx and 3xx
//! answers are not touched, nor is an upgrade (a 101 made with
//! `HttpResponseBuilder::upgrade`, as actix-ws answers a WebSocket
//! handshake), whose body is the upgraded connection; any other 101, like a
//! 204, 205 or 304, goes without a body. A replaced
//! answer keeps its headers but those that described the old body, and
//! `Retry-After` only on a 429: a header of your own (`x-debug`) is sent
//! as the handler set it.
//!
//! The 500 for a panic is the service's error, which the server sends as
//! that response: in a test through actix-web's helpers, call
//! `test::try_call_service` (`test::call_service` panics on an error) and
//! read the response from the error's `error_response()`.
//!
//! `HEAD` is answered as `GET` would be, with its headers and without a
//! body (actix-web has no `HEAD` of its own for a `GET` route); a route
//! written for `HEAD` alone is therefore not reached, and middleware
//! wrapped inside `Contract` sees the request as a `GET`. A 204 carries
//! neither `content-length` nor `content-type`. One limit comes from
//! actix-http: its HTTP/1.1 connection remembers whether the request it
//! read last was a `HEAD`, and writes each response by that; a client that
//! pipelines a `HEAD` and another request on one connection (sends the
//! second before the first's answer; browsers never do) may have that
//! connection closed, with the answers not yet written.
//!
//! `Compress` and an access log (actix-web's `Logger`, tracing-actix-web's
//! `TracingLogger`) wrap after this middleware, outside it
//! (`.wrap(Contract::new()).wrap(Logger::default()).wrap(Compress::default())`):
//! documented bodies are compressed alike, and the middleware can still
//! read a replaced body's text for the log (a body compressed already is
//! logged as such, unread, as is a streamed one; none is ever awaited);
//! the access log records the method and status the client got, and
//! `TracingLogger`'s span holds this middleware's events and those of the
//! handlers' derived errors, which carry no request of their own (they are
//! recorded where the response is made; without tracing-actix-web, a
//! `wrap_fn` outside the contract can open such a span, as the example
//! server `tests/integration/examples/actix_server.rs` does). (A log inside
//! `Contract` sees the `GET` a `HEAD` is routed as, and the status a
//! handler made, not its replacement.) A panic's 500 is the service's
//! error, which middleware outside passes on: `Logger` writes no line for
//! it; this middleware's event for it is in the log.
//! `Compress` leaves a 204 without `content-encoding` by itself. Outside
//! the contract, it answers one request itself: one whose
//! `Accept-Encoding` refuses every encoding it has, identity too
//! (`identity;q=0`, `*;q=0`), gets its 406 with the list of its encodings
//! as text, and no event (tower-http's compression, for axum, sends
//! such a request the uncompressed answer instead); browsers and HTTP
//! libraries do not send that.
//! `actix_cors::Cors` stays inside `Contract` (wrapped before it): it
//! answers a disallowed origin with an error of its own, which `Contract`
//! then answers in the documented shape; a panic's 500, made by `Contract`
//! outside it, has no CORS headers.
//!
//! Out of this middleware's reach: what actix-web's HTTP server answers
//! before the app sees a request (a malformed request line or header, a
//! URI or headers too large, a client too slow to send its request: a
//! 400, 431 or 408 with an empty body; the 408 goes with
//! `HttpServer::client_request_timeout(Duration::ZERO)`, and so does the
//! protection against slow clients), and a body stream that fails or
//! panics once its status passed the middleware (as a 200 does): the
//! connection closes, and what actix-web had not yet written is never
//! sent (the status line too, when the stream failed before it wrote the
//! head). A request asking to upgrade its connection (`Connection:
//! Upgrade`, `Upgrade: websocket`) to a route that does not upgrade gets
//! the documented answer with actix-http's `connection: upgrade` header,
//! and the connection then closes: actix-http copies the request's
//! connection type onto the response and reads what follows on the
//! connection as the upgraded stream.
//!
//! For a table of your own, `Contract::<MyCodes>::for_table()` and
//! `not_found_for::<MyCodes>`.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use core::future::{Future, Ready, ready};
use core::marker::PhantomData;
use core::pin::Pin;

use actix_web::body::{BodySize, BoxBody, EitherBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use actix_web::http::header::{self, HeaderMap, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::{HttpMessage as _, HttpRequest, HttpResponse};

use crate::contract::{
    CatchUnwind, NO_CONTENT, Quote, answer_panic, answered_as, as_made, catch, dropped_from_made,
    dropped_headers, made_for_another, restatused_below_400, unread,
};
use apicodes_core::__private::{interim_only, sent_without_body};

use crate::http::{Documented, ErrorResponse, JSON_CONTENT_TYPE, final_status};
use crate::log::{self, Cause};
use crate::{ApiError, Code, Status, Table};

/// Derives `actix_web::ResponseError` for a type that implements
/// [`ApiError`], `Debug` and `Display`; see the [module docs](self).
///
/// ```
/// use actix_web::ResponseError;
///
/// #[derive(Debug, thiserror::Error, apicodes::ApiError, apicodes::actix::ResponseError)]
/// #[error("locked")]
/// #[api_error(code = 403)]
/// struct Locked;
///
/// assert_eq!(Locked.error_response().status(), 403);
/// ```
pub use apicodes_macros::ResponseError;

/// What `#[derive(ResponseError)]` names.
#[doc(hidden)]
pub mod __private {
    pub use super::{respond, status_code};
    pub use actix_web::HttpResponse;
    pub use actix_web::ResponseError;
    pub use actix_web::http::StatusCode;
}

/// Whether `res` is still as this crate made it (see `contract::as_made`).
/// actix-web empties an answer to `HEAD` only when it writes it, after
/// every middleware: here its body is whole, whatever the method.
fn made_here<T: Table, B: MessageBody>(res: &HttpResponse<B>) -> bool {
    as_made::<T>(
        res.extensions().get::<Documented>(),
        res.status().as_u16(),
        res.headers()
            .get(header::CONTENT_TYPE)
            .map(HeaderValue::as_bytes),
        known_len(res.body()),
    )
}

/// Whether `res` is an upgrade, as actix-ws answers a WebSocket handshake:
/// a 101 that says so (`HttpResponseBuilder::upgrade`), carries no error and
/// is no error's response this crate made (given another status since). Any
/// other 101 is sent without a body, as HTTP has it.
fn is_upgrade<B>(res: &HttpResponse<B>) -> bool {
    res.status() == StatusCode::SWITCHING_PROTOCOLS
        && res.head().upgrade()
        && res.error().is_none()
        && res.extensions().get::<Documented>().is_none()
}

/// The answer to a `HEAD`: `res` with a body that says its size (which
/// actix-web writes as `content-length`, or as chunked for a stream) and
/// holds nothing. actix-web would poll the `GET`'s body to its end and
/// drop what it yields, which for an endless stream (server-sent events)
/// never comes; dropping the body here stops whatever makes it.
fn without_body<B: MessageBody + 'static>(
    res: ServiceResponse<EitherBody<B>>,
) -> ServiceResponse<EitherBody<B>> {
    /// No bytes, of the size the dropped body had.
    struct SizeOnly(BodySize);

    impl MessageBody for SizeOnly {
        type Error = core::convert::Infallible;

        fn size(&self) -> BodySize {
            self.0
        }

        fn poll_next(
            self: Pin<&mut Self>,
            _: &mut core::task::Context<'_>,
        ) -> core::task::Poll<Option<Result<actix_web::web::Bytes, Self::Error>>> {
            core::task::Poll::Ready(None)
        }
    }

    res.map_body(|_, body| EitherBody::right(BoxBody::new(SizeOnly(body.size()))))
}

/// Whether `res` is a derived error's response (logged when it was made):
/// it has this crate's mark, and the error on it, if any, still answers with
/// the status the mark recorded. An error made from such a response
/// (`InternalError::from_response`, as extractors' error handlers make
/// them) gives it away when rendered and answers 500 since: another
/// crate's error, with a cause of its own.
fn derived<B>(res: &HttpResponse<B>) -> bool {
    res.extensions().get::<Documented>().is_some_and(|mark| {
        res.error()
            .is_none_or(|err| err.as_response_error().status_code().as_u16() == mark.status)
    })
}

/// How long `body` is, where it says: 0 without one, `None` for a stream.
fn known_len<B: MessageBody>(body: &B) -> Option<u64> {
    match body.size() {
        BodySize::None => Some(0),
        BodySize::Sized(len) => Some(len),
        BodySize::Stream => None,
    }
}

/// The status line for any [`ApiError`]: its code.
///
/// ```
/// use apicodes::Code;
///
/// assert_eq!(apicodes::actix::status_code(&Code::Gone), actix_web::http::StatusCode::GONE);
/// ```
pub fn status_code<E: ApiError + ?Sized>(error: &E) -> StatusCode {
    status(final_status(error.code()).as_u16())
}

/// The actix-web response for any [`ApiError`], as the
/// [module docs](self) describe, without recording it in the log.
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
    write(ErrorResponse::new(error))
}

/// Writes a decided answer in actix-web's types (actix-web 4 uses `http`
/// 0.2, not `http` 1): the rules live in `ErrorResponse`.
fn write<T: Table>(plan: ErrorResponse<T>) -> HttpResponse {
    let code = plan.code().as_u16();
    let mut res = HttpResponse::build(status(code));
    if let Some(secs) = plan.retry_after() {
        res.insert_header((header::RETRY_AFTER, HeaderValue::from(secs)));
    }
    let mark = plan.mark();
    let mut res = match plan.into_body() {
        Some(body) => res
            .insert_header((
                header::CONTENT_TYPE,
                HeaderValue::from_static(JSON_CONTENT_TYPE),
            ))
            .body(body),
        None => res.finish(),
    };
    res.extensions_mut().insert(mark);
    res
}

/// Records `error` in the log and answers with it: what a derived
/// `ResponseError` does.
#[doc(hidden)]
pub fn respond<E: ApiError + ?Sized>(error: &E, cause: &Cause<'_>) -> HttpResponse {
    log::response(error.code().as_u16(), || error.variant(), cause, None);
    error_response(error)
}

fn status(code: u16) -> StatusCode {
    // Every table's code, every outage and every status read from a
    // response is a three-digit status, so the fallback is never taken.
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The app's default service: 404 for a route that does not exist, and 400
/// where the path exists but no route takes the method (actix-web sends
/// such requests here; see the [module docs](self#keeping-the-whole-contract)).
/// A scope with a default service of its own gets this one too
/// (`web::scope("/api").default_service(web::to(not_found))`).
///
/// ```
/// use actix_web::{App, test, web};
///
/// actix_web::rt::System::new().block_on(async {
///     let app = test::init_service(
///         App::new()
///             .route("/users", web::get().to(|| async { "[]" }))
///             .default_service(web::to(apicodes::actix::not_found)),
///     )
///     .await;
///
///     // No route has this path.
///     let req = test::TestRequest::get().uri("/nothing").to_request();
///     let res = test::call_service(&app, req).await;
///     assert_eq!(res.status(), 404);
///     assert_eq!(test::read_body(res).await, r#"{"code":404,"message":"Not found"}"#);
///
///     // A route has this path, but not this method.
///     let req = test::TestRequest::delete().uri("/users").to_request();
///     let res = test::call_service(&app, req).await;
///     assert_eq!(res.status(), 400);
///     assert_eq!(test::read_body(res).await, r#"{"code":400,"message":"Bad request"}"#);
/// });
/// ```
#[allow(clippy::unused_async)] // `web::to` takes an async handler
pub async fn not_found(req: HttpRequest) -> HttpResponse {
    not_found_for::<Code>(req).await
}

/// [`not_found`] for table `T`.
///
/// ```
/// use actix_web::test;
/// use apicodes::Code;
///
/// actix_web::rt::System::new().block_on(async {
///     // `not_found` is `not_found_for::<Code>`.
///     let req = test::TestRequest::get().uri("/nothing").to_http_request();
///     let res = apicodes::actix::not_found_for::<Code>(req).await;
///     assert_eq!(res.status(), 404);
///     let body = actix_web::body::to_bytes(res.into_body()).await.unwrap();
///     assert_eq!(body, r#"{"code":404,"message":"Not found"}"#);
/// });
/// ```
#[allow(clippy::unused_async)] // `web::to` takes an async handler
pub async fn not_found_for<T: Table>(req: HttpRequest) -> HttpResponse {
    let status = if resource_declined(&req) { 400 } else { 404 };
    let answer = Status::<T>::answer_for(status).unwrap_or_else(Status::internal);
    let method = sent_method(&req.extensions(), req.method());
    let request = log::Request {
        method: method.as_str(),
        path: req.path(),
        replaced: None,
        made_for: None,
    };
    let why = if status == 400 {
        "no route takes this method (or a guard declined the request)"
    } else {
        "no route has this path"
    };
    log::response(answer.as_u16(), || None, &Cause::Text(why), Some(&request));
    error_response(&answer)
}

/// The mark of a `HEAD` request that [`Contract`] routes as a `GET`, so
/// that the log names the method the client sent (in `not_found_for`, and
/// in a contract nested inside).
struct RoutedAsGet;

/// The method the client sent: `method`, or `HEAD` where a contract routes
/// the request as a `GET`.
fn sent_method(extensions: &actix_web::dev::Extensions, method: &Method) -> Method {
    if extensions.contains::<RoutedAsGet>() {
        Method::HEAD
    } else {
        method.clone()
    }
}

/// Whether a resource has exactly this path and declined the request: a
/// route's method guard (`App::route` moves it onto its resource), or
/// another guard. Not so for a service mounted at a prefix that passed a
/// miss on (actix-files' `Files` without a default handler): its prefix
/// matches any path below this one too, where a resource's pattern does
/// not, unless it ends in a tail segment (`{tail}*`, `{path:.*}`).
fn resource_declined(req: &HttpRequest) -> bool {
    // The pattern of the resource (or prefix service) the path reaches,
    // whatever the method.
    let Some(pattern) = req.match_pattern() else {
        return false;
    };
    if pattern.ends_with('*') {
        return true;
    }
    // NUL is in no pattern's text, so only a dynamic segment or a prefix
    // takes this extra segment.
    let path = req.path().trim_end_matches('/');
    let mut below = String::with_capacity(path.len() + 2);
    below.push_str(path);
    below.push_str("/\0");
    if req.resource_map().match_pattern(&below).as_deref() != Some(pattern.as_str()) {
        return true;
    }
    // A dynamic segment that takes slashes (`{path:.*}`), or a resource's
    // second pattern (`match_pattern` names its first), takes that segment
    // too. What routing consumed tells them apart: a service mounted at a
    // prefix consumed its prefix before passing the request on, where a
    // resource that declined consumed nothing of its own (guards are
    // checked before a match is recorded), only its scopes' prefixes.
    let info = req.match_info();
    let full = info.as_str();
    let consumed = &full[..full.len() - info.unprocessed().len()];
    req.resource_map().match_pattern(consumed).as_deref() != Some(pattern.as_str())
}

/// The middleware that keeps every answer of an actix-web app in the
/// documented shape; see the [module docs](self#keeping-the-whole-contract).
///
/// ```
/// use actix_web::{App, HttpResponse, test, web};
///
/// actix_web::rt::System::new().block_on(async {
///     let app = test::init_service(
///         App::new()
///             .route("/cart", web::post().to(|| async { HttpResponse::Conflict().body("taken") }))
///             .default_service(web::to(apicodes::actix::not_found))
///             .wrap(apicodes::actix::Contract::new()),
///     )
///     .await;
///
///     // A status the table does not document, with a text body: a client
///     // error, so the table's 400.
///     let req = test::TestRequest::post().uri("/cart").to_request();
///     let res = test::call_service(&app, req).await;
///     assert_eq!(res.status(), 400);
///     assert_eq!(res.headers().get("content-type").unwrap(), "application/json");
///     assert_eq!(test::read_body(res).await, r#"{"code":400,"message":"Bad request"}"#);
/// });
/// ```
pub struct Contract<T = Code> {
    table: PhantomData<fn() -> T>,
}

impl Contract {
    /// The middleware, for the standard table ([`Code`]).
    ///
    /// ```
    /// use actix_web::{App, test, web};
    /// use apicodes::actix::Contract;
    ///
    /// actix_web::rt::System::new().block_on(async {
    ///     let app = test::init_service(
    ///         App::new()
    ///             .route("/users/{id}", web::get().to(|_: web::Path<u64>| async { "alice" }))
    ///             .wrap(Contract::new()),
    ///     )
    ///     .await;
    ///
    ///     // actix-web's own answer to a path it cannot read, made a documented one.
    ///     let req = test::TestRequest::get().uri("/users/alice").to_request();
    ///     let res = test::call_service(&app, req).await;
    ///     assert_eq!(res.status(), 400);
    ///     assert_eq!(test::read_body(res).await, r#"{"code":400,"message":"Bad request"}"#);
    /// });
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Contract { table: PhantomData }
    }
}

impl Default for Contract {
    fn default() -> Self {
        Contract::new()
    }
}

impl<T: Table> Contract<T> {
    /// The middleware, for table `T`: framework answers take `T`'s codes.
    ///
    /// ```
    /// use actix_web::{App, HttpResponse, test, web};
    /// use apicodes::actix::Contract;
    /// use apicodes::Code;
    ///
    /// actix_web::rt::System::new().block_on(async {
    ///     // `Contract::new()` is this middleware for the standard table.
    ///     let app = test::init_service(
    ///         App::new()
    ///             .route("/report", web::get().to(HttpResponse::RequestTimeout))
    ///             .wrap(Contract::<Code>::for_table()),
    ///     )
    ///     .await;
    ///
    ///     // `Code` documents no 408: the server ran out of time, an outage.
    ///     let req = test::TestRequest::get().uri("/report").to_request();
    ///     let res = test::call_service(&app, req).await;
    ///     assert_eq!(res.status(), 503);
    ///     assert_eq!(test::read_body(res).await, r#"{"code":503,"message":"Server error"}"#);
    /// });
    /// ```
    #[must_use]
    pub fn for_table() -> Self {
        Contract { table: PhantomData }
    }
}

impl<T> Clone for Contract<T> {
    fn clone(&self) -> Self {
        Contract { table: PhantomData }
    }
}

impl<T> core::fmt::Debug for Contract<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Contract")
    }
}

impl<S, B, T> Transform<S, ServiceRequest> for Contract<T>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
    T: Table,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = actix_web::Error;
    type Transform = ContractService<S, T>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(ContractService {
            service: Rc::new(service),
            table: PhantomData,
        }))
    }
}

/// The service [`Contract`] wraps an app in.
///
/// ```
/// use actix_web::dev::{Service, ServiceRequest, Transform, fn_service};
/// use actix_web::{HttpResponse, test};
/// use apicodes::actix::{Contract, ContractService};
///
/// actix_web::rt::System::new().block_on(async {
///     // A handler answering with a status the table does not document.
///     let app = fn_service(|req: ServiceRequest| async {
///         Ok(req.into_response(HttpResponse::Conflict().body("taken")))
///     });
///     let service: ContractService<_> = Contract::new().new_transform(app).await.unwrap();
///
///     let req = test::TestRequest::get().uri("/cart").to_srv_request();
///     let res = service.call(req).await.unwrap();
///     // A client error the table does not document is answered as its 400.
///     assert_eq!(res.status(), 400);
///     assert_eq!(res.headers().get("content-type").unwrap(), "application/json");
///     assert_eq!(test::read_body(res).await, r#"{"code":400,"message":"Bad request"}"#);
/// });
/// ```
pub struct ContractService<S, T = Code> {
    service: Rc<S>,
    table: PhantomData<fn() -> T>,
}

impl<S, T> core::fmt::Debug for ContractService<S, T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("ContractService")
    }
}

impl<S, B, T> Service<ServiceRequest> for ContractService<S, T>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
    T: Table,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, actix_web::Error>>>>;

    forward_ready!(service);

    fn call(&self, mut req: ServiceRequest) -> Self::Future {
        // A `HEAD` an outer contract routes as a `GET` is still a `HEAD`.
        let method = sent_method(&req.extensions(), req.method());
        let path = String::from(req.path());
        if method == Method::HEAD {
            // Routed as `GET`; actix-web remembers the request was a `HEAD`
            // and sends the answer's status and headers without its body.
            // Changing the method needs the only reference to the request,
            // which an app's own middleware has; should it not, the `HEAD`
            // is left as it came.
            let _ = catch(|| {
                req.head_mut().method = Method::GET;
                // For the log of `not_found_for`, which sees the `GET`.
                req.extensions_mut().insert(RoutedAsGet);
            });
        }
        let service = Rc::clone(&self.service);
        let called = catch(move || service.call(req));
        Box::pin(async move {
            let request = log::Request {
                method: method.as_str(),
                path: &path,
                replaced: None,
                made_for: None,
            };
            let outcome = match called {
                Ok(future) => CatchUnwind::new(future).await,
                Err(payload) => Err(payload),
            };
            // An inner middleware's error is read through its
            // `error_response`, the app's code: a panic there is answered
            // as a handler's is.
            let answered = match outcome {
                Ok(Ok(res)) => Ok(Ok(res)),
                Ok(Err(err)) => catch(|| middleware_error::<T>(&err, &request)).map(Err),
                Err(payload) => Err(payload),
            };
            match answered {
                Ok(Ok(res)) => {
                    let res = keep::<T, B>(res, &request).await;
                    Ok(if method == Method::HEAD {
                        without_body(res)
                    } else {
                        res
                    })
                }
                Ok(Err(answer)) => Err(answer.into()),
                Err(payload) => {
                    // The request went with the handler that panicked, so the
                    // answer is an error that actix-web renders.
                    let answer = answer_panic::<T>(&*payload, &request);
                    Err(Answer {
                        plan: Some(ErrorResponse::new(&answer)),
                        status: status(answer.as_u16()),
                        headers: HeaderMap::new(),
                        body: None,
                    }
                    .into())
                }
            }
        })
    }
}

/// The answer for an inner middleware's error, which actix-web would render
/// as the error's own response: that response where this crate made it (a
/// derived error's, logged when it was made), else the same status and
/// headers (a 401's `WWW-Authenticate`) with the documented body, or, for
/// a status of 101, 2xx or 3xx (a redirect to a sign-in page), no body.
fn middleware_error<T: Table>(err: &actix_web::Error, request: &log::Request<'_>) -> Answer<T> {
    let response = err.error_response();
    let status = response.status().as_u16();
    if made_here::<T, _>(&response) {
        let mut headers = response.headers().clone();
        if let Some(name) = dropped_from_made(status) {
            headers.remove(name);
        }
        let body = response.into_body().try_into_bytes().ok();
        return Answer {
            plan: None,
            status: self::status(status),
            headers,
            body,
        };
    }
    let answer = Status::<T>::answer_for(answered_for(status, response.headers(), request.method));
    let request = log::Request {
        replaced: answer.map(|_| status),
        made_for: made_for_another(answer, response.extensions().get::<Documented>()),
        ..*request
    };
    log::response(
        answer.map_or(status, Status::as_u16),
        || None,
        &cause_of(err),
        Some(&request),
    );
    let mut headers = response.headers().clone();
    keep_headers(&mut headers, answer.map(Status::as_u16));
    fix_allow(&mut headers, request.method);
    Answer {
        plan: answer.map(|answer| ErrorResponse::new(&answer)),
        status: response.status(),
        headers,
        body: None,
    }
}

/// What the log says of an error actix-web carries, written only for an
/// event that is recorded: the error and its `source()` chain where the
/// error inside is one that has a chain (an `std::io::Error`, a
/// `Box<dyn std::error::Error>`, which `?` makes of any error), else its
/// text. (`actix_web::Error` has no `source()` of its own, and another
/// type inside, such as `InternalError<T>`, shows only its `Display`.)
fn cause_of(err: &actix_web::Error) -> Cause<'_> {
    if let Some(inner) = err.as_error::<std::io::Error>() {
        return Cause::Error(inner);
    }
    if let Some(inner) = err.as_error::<Box<dyn core::error::Error + 'static>>() {
        return Cause::Error(&**inner);
    }
    Cause::Display(err)
}

/// The answer that stands in for an error, where no request is left to
/// answer with (a panic or a middleware took it): actix-web renders it.
/// A documented body (`plan`); or the error's own response as this crate
/// made it (`body`); or, for an error whose own status is 101, 2xx or 3xx, that
/// status with no body; with the error's own headers that still apply.
struct Answer<T> {
    plan: Option<ErrorResponse<T>>,
    status: StatusCode,
    headers: HeaderMap,
    body: Option<actix_web::web::Bytes>,
}

impl<T: Table> core::fmt::Debug for Answer<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Answer({})", actix_web::ResponseError::status_code(self))
    }
}

impl<T: Table> core::fmt::Display for Answer<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match &self.plan {
            Some(plan) => core::fmt::Display::fmt(&plan.code(), f),
            None => core::fmt::Display::fmt(&self.status, f),
        }
    }
}

impl<T: Table> actix_web::ResponseError for Answer<T> {
    fn status_code(&self) -> StatusCode {
        self.plan
            .as_ref()
            .map_or(self.status, |plan| status(plan.code().as_u16()))
    }

    fn error_response(&self) -> HttpResponse {
        let mut res = match (&self.plan, &self.body) {
            (Some(plan), _) => write(plan.clone()),
            (None, Some(body)) => {
                let mut res = HttpResponse::build(self.status).body(body.clone());
                res.extensions_mut()
                    .insert(Documented::new::<T>(self.status.as_u16(), body.len()));
                res
            }
            (None, None) => HttpResponse::build(self.status).finish(),
        };
        add_headers(&mut res, &self.headers);
        res
    }
}

/// What stays of a replaced answer's headers (see
/// `contract::dropped_headers`).
fn keep_headers(headers: &mut HeaderMap, answer: Option<u16>) {
    for name in dropped_headers(answer) {
        headers.remove(name);
    }
}

/// Adds `headers` to `res`, except those it already has.
fn add_headers(res: &mut HttpResponse, headers: &HeaderMap) {
    // Every value of a header the answer does not set itself: a name may
    // come on several lines (`Set-Cookie`, `Allow`).
    let own: alloc::vec::Vec<header::HeaderName> = res.headers().keys().cloned().collect();
    for (name, value) in headers {
        if !own.contains(name) {
            res.headers_mut().append(name.clone(), value.clone());
        }
    }
}

/// The answer for `res`: as it is when this crate made it (without a
/// `Retry-After` added since, unless a 429) or it is no error, else the
/// documented body for its status, with the headers that described the old
/// body dropped, `Retry-After` kept only on a 429, and every other one
/// (`Allow`, ...) kept.
async fn keep<T: Table, B: MessageBody + 'static>(
    mut res: ServiceResponse<B>,
    request: &log::Request<'_>,
) -> ServiceResponse<EitherBody<B>> {
    let status = res.status().as_u16();
    if is_upgrade(res.response()) {
        // Its body is the upgraded connection (a WebSocket's frames).
        return res.map_into_left_body();
    }
    // (An interim-only 1xx has an answer: HTTP allows no final one.)
    if sent_without_body(status) && !interim_only(status) {
        // Another crate's error with such a status: its text goes to the
        // log, as at any other status (this crate's was logged as made).
        if let Some(err) = res.response().error() {
            if !derived(res.response()) {
                log::response(status, || None, &cause_of(err), Some(request));
            }
        }
        // actix-web never writes `content-length` on a 204 or 304; drop the rest
        // of what would describe a body, keeping validators (`ETag`).
        for name in NO_CONTENT {
            res.headers_mut().remove(name);
        }
        return res.map_body(|_, _| EitherBody::right(BoxBody::new(())));
    }
    if made_here::<T, _>(res.response()) {
        if let Some(name) = dropped_from_made(res.status().as_u16()) {
            res.headers_mut().remove(name);
        }
        return res.map_into_left_body();
    }
    let original = res.status().as_u16();
    if restatused_below_400(
        res.response().extensions().get::<Documented>(),
        original,
        res.headers()
            .get(header::CONTENT_TYPE)
            .map(HeaderValue::as_bytes),
        known_len(res.response().body()),
    ) {
        // The status something set since the error was made stands,
        // without the error's body.
        let (req, response) = res.into_parts();
        let mut headers = response.headers().clone();
        for name in NO_CONTENT {
            headers.remove(name);
        }
        let mut answered = HttpResponse::build(response.status()).finish();
        add_headers(&mut answered, &headers);
        return ServiceResponse::new(req, answered.map_into_right_body());
    }
    let status = if is_path_rejection(&res) {
        400
    } else {
        answered_for(original, res.headers(), request.method)
    };
    let answer = Status::<T>::answer_for(status);
    if answer.is_none() && (res.response().error().is_none() || derived(res.response())) {
        // 101, 2xx or 3xx, and no error, or a derived error's response
        // given that status and (as `restatused_below_400` found) a body of
        // its own since (an `ErrorHandlers` page for a 404): the app's own
        // answer. Another crate's error cannot be told from a page put in
        // its place: it goes without a body below.
        return res.map_into_left_body();
    }
    let (req, response) = res.into_parts();
    let mut headers = response.headers().clone();
    let request = log::Request {
        replaced: answer.map(|_| original),
        made_for: made_for_another(answer, response.extensions().get::<Documented>()),
        ..*request
    };
    let code = answer.map_or(status, Status::as_u16);
    if let Some(err) = response.error() {
        log::response(code, || None, &cause_of(err), Some(&request));
    } else {
        let text = body_cause(&headers, response.into_body()).await;
        log::response(code, || None, &Cause::Text(&text), Some(&request));
    }
    keep_headers(&mut headers, answer.map(Status::as_u16));
    // An error whose own status is 101, 2xx or 3xx (a redirect to a login page)
    // keeps it, without the error's text as its body.
    let mut answered = match answer {
        Some(answer) => error_response(&answer),
        None => HttpResponse::build(self::status(status)).finish(),
    };
    add_headers(&mut answered, &headers);
    fix_allow(answered.headers_mut(), request.method);
    ServiceResponse::new(req, answered.map_into_right_body())
}

/// The status a response with `headers` is answered for, the client
/// having sent method `sent` (see `contract::answered_as`), its `Allow` as
/// [`fix_allow`] leaves it: one that lists the method sent (a guard
/// declined the request) goes.
fn answered_for(status: u16, headers: &HeaderMap, sent: &str) -> u16 {
    answered_as(status, |name| {
        let mut fixed = headers.clone();
        fix_allow(&mut fixed, sent);
        fixed.contains_key(name)
    })
}

/// `HEAD` is answered wherever `GET` is (see [`ContractService`]), but
/// actix-web's `Allow` lists only the methods of its routes: `HEAD` joins
/// it after `GET`, and leaves it where `GET` is not listed (a `HEAD` is
/// routed as a `GET`, so a route for `HEAD` alone is never reached); an
/// `Allow` left with no method goes. An `Allow` that lists the method the
/// client sent (`sent`) is dropped: a route's other guard
/// (`guard::Header`) declined the request, and the list would tell the
/// client its method is allowed.
fn fix_allow(headers: &mut HeaderMap, sent: &str) {
    // Every `Allow` line, as one list.
    let lines: alloc::vec::Vec<String> = headers
        .get_all(header::ALLOW)
        .filter_map(|v| v.to_str().ok())
        .map(String::from)
        .collect();
    if lines.is_empty() {
        return;
    }
    let methods: alloc::vec::Vec<&str> = lines
        .iter()
        .flat_map(|line| line.split(','))
        .map(str::trim)
        .filter(|method| !method.is_empty())
        .collect();
    let listed = |method: &str| methods.contains(&method);
    if listed(sent) || (sent == "HEAD" && listed("GET")) {
        headers.remove(header::ALLOW);
        return;
    }
    let add_head = listed("GET") && !listed("HEAD");
    // A `HEAD` is routed as a `GET`: a route for `HEAD` alone is never
    // reached, so `HEAD` is allowed only where `GET` is.
    let drop_head = listed("HEAD") && !listed("GET");
    if lines.len() == 1 && !add_head && !drop_head {
        return;
    }
    if drop_head && methods.iter().all(|&method| method == "HEAD") {
        headers.remove(header::ALLOW);
        return;
    }
    let mut with_head = alloc::vec::Vec::with_capacity(methods.len() + 1);
    for &method in &methods {
        if drop_head && method == "HEAD" {
            continue;
        }
        with_head.push(method);
        if method == "GET" && add_head {
            with_head.push("HEAD");
        }
    }
    if let Ok(value) = HeaderValue::from_str(&with_head.join(", ")) {
        headers.insert(header::ALLOW, value);
    }
}

/// actix-web answers a path parameter that does not deserialize with 404
/// (its `Path` extractor's `ErrorNotFound`); it is the client's mistake, so
/// it is sent as 400 like every other rejection.
fn is_path_rejection<B>(res: &ServiceResponse<B>) -> bool {
    res.status() == StatusCode::NOT_FOUND
        && res.response().error().is_some_and(|err| {
            err.as_error::<actix_web::error::PathError>().is_some()
                || err
                    .as_error::<actix_web::error::InternalError<serde::de::value::Error>>()
                    .is_some()
        })
}

/// What a replaced body without an error said, for the log: the start of
/// its text, when it is text of a known, small size, as far as it has
/// come: the body is never awaited.
async fn body_cause<B: MessageBody>(headers: &HeaderMap, body: B) -> String {
    let size = known_len(&body);
    if let Some(note) = unread(
        headers.get(header::CONTENT_TYPE).map(HeaderValue::as_bytes),
        headers
            .get(header::CONTENT_ENCODING)
            .map(HeaderValue::as_bytes),
        size,
    ) {
        return String::from(note);
    }
    let mut body = core::pin::pin!(body);
    Quote::read(|cx| {
        body.as_mut()
            .poll_next(cx)
            .map(|chunk| chunk.and_then(Result::ok).map(Some))
    })
    .await
}
