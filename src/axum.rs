//! axum 0.8 (feature `axum`): errors as responses, and a layer that keeps
//! every response of the server in the documented shape.
//!
//! ```
//! use apicodes::ApiError;
//! use axum::extract::Path;
//! use axum::routing::get;
//! use axum::Router;
//!
//! #[derive(Debug, thiserror::Error, ApiError, apicodes::axum::IntoResponse)]
//! enum AccountError {
//!     #[error("no user with id {id}")]
//!     #[api_error(code = 404)]
//!     NoSuchUser { id: u64 },
//!     #[error("rate limited for {wait_secs} s")]
//!     #[api_error(code = 429, retry_after = wait_secs)]
//!     Throttled { wait_secs: u32 },
//!     #[error("database unreachable")]
//!     #[api_error(other_error, code = 503)]
//!     Database,
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
//! let app: Router = Router::new()
//!     .route("/accounts/{id}", get(account))
//!     // Last: answers the framework makes itself (unknown route, wrong
//!     // method, rejected input, a panic) in the documented shape too.
//!     .layer(apicodes::axum::ContractLayer::new());
//! # use axum::body::{Body, to_bytes};
//! # use axum::http::Request;
//! # fn block_on<F: std::future::Future>(future: F) -> F::Output {
//! #     let mut future = std::pin::pin!(future);
//! #     let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
//! #     loop {
//! #         if let std::task::Poll::Ready(out) = future.as_mut().poll(&mut cx) {
//! #             return out;
//! #         }
//! #     }
//! # }
//! # let send = |uri: &str| -> (u16, Option<String>, String) {
//! #     use tower_service::Service;
//! #     let mut app = app.clone();
//! #     block_on(std::future::poll_fn(|cx| Service::<Request<Body>>::poll_ready(&mut app, cx)))
//! #         .unwrap();
//! #     let res = block_on(app.call(Request::get(uri).body(Body::empty()).unwrap())).unwrap();
//! #     let status = res.status().as_u16();
//! #     let retry_after = res.headers().get("retry-after").map(|v| v.to_str().unwrap().to_owned());
//! #     let body = block_on(to_bytes(res.into_body(), 1024)).unwrap();
//! #     (status, retry_after, String::from_utf8(body.to_vec()).unwrap())
//! # };
//!
//! // What clients get (`send` runs one GET through the app): status,
//! // `Retry-After`, body.
//! let not_found = r#"{"code":404,"message":"Not found"}"#;
//! assert_eq!(send("/accounts/1"), (200, None, "alice".into()));
//! assert_eq!(send("/accounts/7"), (404, None, not_found.into()));
//! assert_eq!(
//!     send("/accounts/0"),
//!     (429, Some("30".into()), r#"{"code":429,"message":"Too many requests"}"#.into())
//! );
//! // axum's own answers: an unknown route, a path that is no number.
//! assert_eq!(send("/nothing"), (404, None, not_found.into()));
//! assert_eq!(
//!     send("/accounts/x"),
//!     (400, None, r#"{"code":400,"message":"Bad request"}"#.into())
//! );
//! ```
//!
//! # Errors as responses
//!
//! `#[derive(apicodes::axum::IntoResponse)]` implements
//! `axum::response::IntoResponse` for a type that implements
//! [`ApiError`]: the status line is the code, the body is the JSON body as
//! `application/json`, a 204 has neither, a 429 sends `Retry-After`, and
//! the error is recorded in the operator's log ([`crate::log`]) with what
//! the body hides. For a generic type, a type parameter that a cause's
//! type names (a `#[source]` or `#[from]` field, or one named `source`)
//! is bounded `'static`, as thiserror's `source()` needs it and a
//! handler's error is anyway.
//!
//! The impl is asked for per type, in the type's own crate: turning the
//! `axum` feature on (in this crate or in any dependency) never adds an
//! impl a crate did not ask for, so a type can have an `IntoResponse` of
//! its own instead. Reuse [`into_response`] there:
//!
//! ```
//! use apicodes::ApiError;
//! use axum::response::{IntoResponse, Response};
//!
//! #[derive(Debug, thiserror::Error, ApiError)]
//! enum AccountError {
//!     #[error("no user with id {0}")]
//!     #[api_error(code = 404)]
//!     NoSuchUser(u64),
//! }
//!
//! impl IntoResponse for AccountError {
//!     fn into_response(self) -> Response {
//!         apicodes::log::record(&self);
//!         let mut res = apicodes::axum::into_response(&self);
//!         res.headers_mut().insert("x-request-id", "7".parse().unwrap());
//!         res
//!     }
//! }
//!
//! let res = AccountError::NoSuchUser(7).into_response();
//! assert_eq!(res.status(), 404);
//! assert_eq!(res.headers()["x-request-id"], "7");
//! ```
//!
//! [`Code`] implements [`ApiError`] but not `IntoResponse`:
//! it lives in `apicodes-core`, which depends on no framework, and the
//! orphan rule leaves that impl to its crate. A handler returns a derived
//! error; where a bare code is all there is, [`into_response`] answers
//! with it (`apicodes::axum::into_response(&Code::NotFound)`).
//!
//! # Keeping the whole contract
//!
//! `.layer(ContractLayer::new())`, as the router's last call (a layer
//! covers only the routes and fallback added before it; in a
//! `tower::ServiceBuilder`, whose first `.layer` wraps the ones after it,
//! the first), makes every answer the framework makes itself a documented
//! one:
//!
//! The answers below are the standard table's; under a table of your own
//! (`ContractLayer::<MyCode>::for_table()`), a status your table does not
//! document is answered as [`Status::answer_for`](crate::Status::answer_for)
//! says (an unknown route is its 400 where it has no 404).
//!
//! | request | answer |
//! |---|---|
//! | an unknown route | 404 |
//! | a wrong method | 400, keeping axum's `Allow` header: the request is not formatted as documented; a 404 would say the resource does not exist (405, with its `Allow`, where your table documents it) |
//! | a path, query, JSON or form rejection, a missing or wrong `content-type`, a body over the limit | 400, or the framework's own status (413, 415, 422) where your table documents it |
//! | a handler that panics | 500 instead of a dropped connection: an outage, `Server error`, or the table's own 500 where it documents one ([`Status::internal`](crate::Status::internal)) |
//! | a timeout layer's 408 (tower-http's `TimeoutLayer`) | 503, an outage: the server ran out of time, not the request (408 where your table documents it). `TimeoutLayer` also runs out while a client is slow to send its body: give the body a shorter time of its own (tower-http's `RequestBodyTimeoutLayer`, inside), so that a stalled upload is a body that cannot be read, a 400, not an outage |
//! | any other error status a handler sends by hand | its documented code (see [`Status::answer_for`](crate::Status::answer_for)); a status above 599, which is no HTTP status, and a final 1xx other than 101, which HTTP does not allow, are a 500, as is a table's own 1xx sent as an error (a 101 too: no error has the `Upgrade` it needs; the table's own 500 where it documents one); a 405 (where your table documents it) is answered with your table's 405 and no `Allow` added, as the layer cannot tell it from the 405 of a route's fallback, which axum gives `Allow` outside the layer: give one you make by hand its `Allow` |
//! | a derived error given a status of 101, 2xx or 3xx (`(StatusCode::SEE_OTHER, [(LOCATION, "/login")], error)`) | that status and its headers, without the error's body, which would contradict it; a body of its own given since (a page for a 404, a JSON `[]`, a stream), told from the error's by its `content-type` and length, is sent as it is |
//!
//! Every such body is `{"code":N,"message":"..."}` as `application/json`
//! and never echoes the input; what the framework said (the rejection's
//! text, the panic's message, the status it replaced) goes to the log.
//! Answers made by this crate for the layer's table pass as they are,
//! unless their status, `content-type` or body was changed since
//! (`(StatusCode::IM_A_TEAPOT, error)` is answered as any 418 is: a 400
//! with the standard table; a body is known by its length, so a
//! `map_response` that writes a text of its own in place of the error's JSON
//! is answered again, while a body of unknown size passes, and so does, in
//! an answer to `HEAD`, a body a middleware emptied, which the layer cannot
//! tell from one axum's router emptied: that answer then says
//! `content-length: 0` where `GET`'s, answered again, gives the documented
//! body's length, and no event records it); an answer made
//! for another table (an error
//! type without `codes = MyCodes` under `ContractLayer::<MyCodes>::for_table()`) is
//! answered again in the layer's table; 101, 2xx and 3xx answers are not
//! touched. A replaced
//! answer keeps its headers but those that described the old body, and
//! `Retry-After` only on a 429: a header of your own (`x-debug`) is sent
//! as the handler set it. `HEAD` is answered
//! as `GET` would be, without a body (added with `Router::layer`, the
//! layer's answers are emptied by axum's router after it writes their
//! `content-length`; a layer wrapped around a whole router as a service,
//! `ContractLayer::new().layer(router)`, leaves its answer's body in the
//! `Response`, which hyper does not send: a test calling that service
//! with `oneshot` sees a body no client gets), and a 1xx, 204, 205 or 304 carries
//! no `content-type`, and no `content-length` but a 205's `content-length:
//! 0`, which hyper writes on a `GET` (RFC 9110 allows it: a 205 has no
//! content).
//!
//! tower-http's `TraceLayer` goes after this one, outside it: its span then
//! holds every event of the layer's and of the handlers' derived errors,
//! whose own events carry no request (they are recorded where the response
//! is made). Its default span is at `DEBUG`, below what a subscriber shows
//! by default, and holds the whole URI, query and all; the example server
//! (`tests/integration/examples/axum_server.rs`) makes one at `INFO` with
//! the method and path, and turns off `TraceLayer`'s failure event
//! (`on_failure(())`), since this layer records each error response
//! already, with its cause.
//!
//! A compression layer is the one layer that makes answers to add after
//! this one, outside it
//! (beside tower-http's `CorsLayer`, which makes no error answers and there
//! gives a panic's 500 its CORS headers too; it answers every `OPTIONS`
//! itself, an empty 200, whether the route exists or not),
//! told to leave bodiless answers alone with [`compressible`]
//! (`.layer(ContractLayer::new()).layer(CompressionLayer::new()
//! .compress_when(DefaultPredicate::new().and(apicodes::axum::compressible)))`,
//! with tower-http and its `compression::Predicate` trait in scope):
//! documented bodies are compressed alike, the layer can
//! still read a replaced body's text for the log (a body compressed already
//! is logged as such, unread, as is a streamed one, which is never
//! awaited), and a 204 keeps no header describing a body.
//!
//! Out of this layer's reach, as of any layer's: what hyper answers before
//! the router sees a request (a malformed request line or header, a URI or
//! headers too large: a 400, 414 or 431 with an empty body), and a body
//! stream that fails or panics once its status passed the layer (as a 200
//! does): the connection closes, and what hyper had not yet written is
//! never sent (the status line too, when the stream failed before hyper
//! wrote the head, which it writes with the first chunk it has).
//!
//! For a table of your own, `ContractLayer::<MyCodes>::for_table()`.

use alloc::boxed::Box;
use alloc::string::String;
use core::convert::Infallible;
use core::future::Future;
use core::marker::PhantomData;
use core::pin::Pin;
use core::task::{Context, Poll};

use axum::body::{Body, Bytes};
use axum::extract::OriginalUri;
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::{Extensions, Request, StatusCode, Version};
use axum::response::Response;
use http_body::{Frame, SizeHint};

use crate::contract::{
    CatchUnwind, NO_CONTENT, Quote, answer_panic, answered_as, as_made, catch, dropped_from_made,
    dropped_headers, made_for_another, restatused_below_400, unread,
};
use apicodes_core::__private::sent_without_body;

use crate::http::{Documented, ErrorResponse};
use crate::log::{self, Cause};
use crate::{ApiError, Code, Status, Table};

/// Derives `axum::response::IntoResponse` for a type that implements
/// [`ApiError`]; see the [module docs](self).
///
/// ```
/// #[derive(Debug, thiserror::Error, apicodes::ApiError, apicodes::axum::IntoResponse)]
/// #[error("locked")]
/// #[api_error(code = 403)]
/// struct Locked;
///
/// let res = axum::response::IntoResponse::into_response(Locked);
/// assert_eq!(res.status(), 403);
/// ```
pub use apicodes_macros::IntoResponse;

/// What `#[derive(IntoResponse)]` names.
#[doc(hidden)]
pub mod __private {
    pub use super::{into_response, respond};
    pub use axum::response::{IntoResponse, Response};
}

/// The axum response for any [`ApiError`], as the [module docs](self)
/// describe, without recording it in the log.
///
/// ```
/// use apicodes::Code;
///
/// let res = apicodes::axum::into_response(&Code::Forbidden);
/// assert_eq!(res.status(), 403);
/// assert_eq!(res.headers()["content-type"], "application/json");
/// ```
pub fn into_response<E: ApiError + ?Sized>(error: &E) -> Response {
    let response: Response = ErrorResponse::new(error).into_response();
    no_content(response)
}

/// Records `error` in the log and answers with it: what a derived
/// `IntoResponse` does.
#[doc(hidden)]
pub fn respond<E: ApiError + ?Sized>(error: &E, cause: &Cause<'_>) -> Response {
    log::response(error.code().as_u16(), || error.variant(), cause, None);
    into_response(error)
}

/// The layer that keeps every answer of an axum server in the documented
/// shape; see the [module docs](self#keeping-the-whole-contract).
///
/// ```
/// use axum::body::{Body, to_bytes};
/// use axum::http::Request;
/// use axum::routing::get;
/// use axum::Router;
/// # fn block_on<F: std::future::Future>(future: F) -> F::Output {
/// #     let mut future = std::pin::pin!(future);
/// #     let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
/// #     loop {
/// #         if let std::task::Poll::Ready(out) = future.as_mut().poll(&mut cx) {
/// #             return out;
/// #         }
/// #     }
/// # }
/// # fn oneshot(mut app: Router, req: Request<Body>) -> axum::response::Response {
/// #     use tower_service::Service;
/// #     block_on(std::future::poll_fn(|cx| Service::<Request<Body>>::poll_ready(&mut app, cx)))
/// #         .unwrap();
/// #     block_on(app.call(req)).unwrap()
/// # }
///
/// // `oneshot` sends one request (as `tower::ServiceExt::oneshot` does) and
/// // `block_on` waits for a future, standing in for a server.
///
/// let app: Router = Router::new()
///     .route("/", get(|| async { "hello" }))
///     .layer(apicodes::axum::ContractLayer::new());
///
/// // An unknown route: axum's empty 404 becomes the documented one.
/// let res = oneshot(app, Request::get("/nothing").body(Body::empty()).unwrap());
/// assert_eq!(res.status(), 404);
/// assert_eq!(res.headers()["content-type"], "application/json");
/// let body = block_on(to_bytes(res.into_body(), 1024)).unwrap();
/// assert_eq!(body, r#"{"code":404,"message":"Not found"}"#);
/// ```
pub struct ContractLayer<T = Code> {
    table: PhantomData<fn() -> T>,
}

impl<T> Clone for ContractLayer<T> {
    fn clone(&self) -> Self {
        ContractLayer { table: PhantomData }
    }
}

impl<T> core::fmt::Debug for ContractLayer<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("ContractLayer")
    }
}

impl ContractLayer {
    /// The layer, for the standard table ([`Code`]).
    ///
    /// ```
    /// use apicodes::axum::ContractLayer;
    /// use axum::body::{Body, to_bytes};
    /// use axum::http::Request;
    /// use axum::routing::get;
    /// use axum::Router;
    /// # fn block_on<F: std::future::Future>(future: F) -> F::Output {
    /// #     let mut future = std::pin::pin!(future);
    /// #     let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    /// #     loop {
    /// #         if let std::task::Poll::Ready(out) = future.as_mut().poll(&mut cx) {
    /// #             return out;
    /// #         }
    /// #     }
    /// # }
    /// # fn oneshot(mut app: Router, req: Request<Body>) -> axum::response::Response {
    /// #     use tower_service::Service;
    /// #     block_on(std::future::poll_fn(|cx| Service::<Request<Body>>::poll_ready(&mut app, cx)))
    /// #         .unwrap();
    /// #     block_on(app.call(req)).unwrap()
    /// # }
    ///
    /// // `oneshot` sends one request (as `tower::ServiceExt::oneshot` does) and
    /// // `block_on` waits for a future, standing in for a server.
    ///
    /// let app: Router = Router::new()
    ///     .route("/users", get(|| async { "[]" }))
    ///     .layer(ContractLayer::new());
    ///
    /// // A wrong method: a 400, keeping axum's `Allow` header.
    /// let res = oneshot(app, Request::delete("/users").body(Body::empty()).unwrap());
    /// assert_eq!(res.status(), 400);
    /// assert_eq!(res.headers()["allow"], "GET,HEAD");
    /// let body = block_on(to_bytes(res.into_body(), 1024)).unwrap();
    /// assert_eq!(body, r#"{"code":400,"message":"Bad request"}"#);
    /// ```
    #[must_use]
    pub fn new() -> Self {
        ContractLayer { table: PhantomData }
    }
}

impl Default for ContractLayer {
    fn default() -> Self {
        ContractLayer::new()
    }
}

impl<T: Table> ContractLayer<T> {
    /// The layer, for table `T`: framework answers take `T`'s codes.
    ///
    /// ```
    /// use apicodes::axum::ContractLayer;
    /// use apicodes::Code;
    /// use axum::body::{Body, to_bytes};
    /// use axum::http::{Request, StatusCode};
    /// use axum::routing::get;
    /// use axum::Router;
    /// # fn block_on<F: std::future::Future>(future: F) -> F::Output {
    /// #     let mut future = std::pin::pin!(future);
    /// #     let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    /// #     loop {
    /// #         if let std::task::Poll::Ready(out) = future.as_mut().poll(&mut cx) {
    /// #             return out;
    /// #         }
    /// #     }
    /// # }
    /// # fn oneshot(mut app: Router, req: Request<Body>) -> axum::response::Response {
    /// #     use tower_service::Service;
    /// #     block_on(std::future::poll_fn(|cx| Service::<Request<Body>>::poll_ready(&mut app, cx)))
    /// #         .unwrap();
    /// #     block_on(app.call(req)).unwrap()
    /// # }
    ///
    /// // `oneshot` sends one request (as `tower::ServiceExt::oneshot` does) and
    /// // `block_on` waits for a future, standing in for a server.
    ///
    /// // `ContractLayer::new()` is this layer for the standard table.
    /// let app: Router = Router::new()
    ///     .route("/report", get(|| async { StatusCode::REQUEST_TIMEOUT }))
    ///     .layer(ContractLayer::<Code>::for_table());
    ///
    /// // `Code` documents no 408: the server ran out of time, an outage.
    /// let res = oneshot(app, Request::get("/report").body(Body::empty()).unwrap());
    /// assert_eq!(res.status(), 503);
    /// let body = block_on(to_bytes(res.into_body(), 1024)).unwrap();
    /// assert_eq!(body, r#"{"code":503,"message":"Server error"}"#);
    /// ```
    #[must_use]
    pub fn for_table() -> Self {
        ContractLayer { table: PhantomData }
    }
}

impl<S, T> tower_layer::Layer<S> for ContractLayer<T> {
    type Service = Contract<S, T>;

    fn layer(&self, inner: S) -> Contract<S, T> {
        Contract {
            inner,
            table: PhantomData,
        }
    }
}

/// The service [`ContractLayer`] wraps a router's routes in.
///
/// ```
/// use apicodes::axum::{Contract, ContractLayer};
/// use axum::body::{Body, to_bytes};
/// use axum::http::{Request, StatusCode};
/// use axum::routing::get;
/// use axum::Router;
/// use tower_layer::Layer;
/// use tower_service::Service;
/// # fn block_on<F: std::future::Future>(future: F) -> F::Output {
/// #     let mut future = std::pin::pin!(future);
/// #     let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
/// #     loop {
/// #         if let std::task::Poll::Ready(out) = future.as_mut().poll(&mut cx) {
/// #             return out;
/// #         }
/// #     }
/// # }
///
/// // `block_on` waits for a future, standing in for a server.
/// // A handler answering with a status the table does not document.
/// let router: Router =
///     Router::new().route("/cart", get(|| async { (StatusCode::CONFLICT, "taken") }));
/// let mut service: Contract<Router> = ContractLayer::new().layer(router);
///
/// block_on(std::future::poll_fn(|cx| Service::<Request<Body>>::poll_ready(&mut service, cx)))
///     .unwrap();
/// let res = block_on(service.call(Request::get("/cart").body(Body::empty()).unwrap())).unwrap();
/// // A client error the table does not document is answered as its 400.
/// assert_eq!(res.status(), 400);
/// assert_eq!(res.headers()["content-type"], "application/json");
/// let body = block_on(to_bytes(res.into_body(), 1024)).unwrap();
/// assert_eq!(body, r#"{"code":400,"message":"Bad request"}"#);
/// ```
pub struct Contract<S, T = Code> {
    inner: S,
    table: PhantomData<fn() -> T>,
}

impl<S: Clone, T> Clone for Contract<S, T> {
    fn clone(&self) -> Self {
        Contract {
            inner: self.inner.clone(),
            table: PhantomData,
        }
    }
}

impl<S, T> core::fmt::Debug for Contract<S, T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Contract")
    }
}

type BoxError = Box<dyn core::error::Error + Send + Sync>;

impl<S, T, ReqBody, ResBody> tower_service::Service<Request<ReqBody>> for Contract<S, T>
where
    S: tower_service::Service<Request<ReqBody>, Response = Response<ResBody>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
    T: Table,
    ResBody: http_body::Body<Data = Bytes> + Send + 'static,
    ResBody::Error: Into<BoxError>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request<ReqBody>) -> Self::Future {
        let method = req.method().clone();
        // Under `Router::nest` the URI is the nested router's; the log
        // names the path the client sent.
        let path = String::from(
            req.extensions()
                .get::<OriginalUri>()
                .map_or_else(|| req.uri().path(), |original| original.0.path()),
        );
        // `call` itself may panic (a service written by hand); a handler
        // runs when the future is polled.
        let called = catch(|| self.inner.call(req));
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
            match outcome {
                Ok(Ok(res)) => Ok(keep::<T, _>(res, &request).await),
                Ok(Err(err)) => Err(err),
                Err(payload) => Ok(into_response(&answer_panic::<T>(&*payload, &request))),
            }
        })
    }
}

/// The length of the body a response will send, as far as a layer can
/// tell without reading it: its body's exact size (`exact`; `None` for a
/// stream, or a body whose wrapper does not say). For an answer to `HEAD`
/// (`head`), whose body axum's router empties after writing its
/// `content-length` where it knew the size (a layer sees that when it is
/// around a router: the whole `Router` as a service, or one given to
/// `nest_service`), an empty or unsized body is as long as its
/// `content-length` says, or of unknown length; a body a middleware
/// emptied then passes, not told from one the router emptied. Any other
/// answer's `content-length` may be stale, and is not read.
fn sent_len(exact: Option<u64>, content_length: Option<&[u8]>, head: bool) -> Option<u64> {
    match exact {
        Some(0) | None if head => {
            content_length.and_then(|value| core::str::from_utf8(value).ok()?.trim().parse().ok())
        }
        exact => exact,
    }
}

/// The answer for `res`: as it is when this crate made it (and nothing
/// changed its status, `content-type` or body since; a `Retry-After` added since
/// is dropped unless a 429) or it is no error, else the
/// documented body for its status, with the headers that described the old
/// body dropped, `Retry-After` kept only on a 429, and every other one
/// (`Allow`, ...) kept.
async fn keep<T: Table, B>(res: Response<B>, request: &log::Request<'_>) -> Response
where
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    let status = res.status();
    let len = sent_len(
        res.body().size_hint().exact(),
        res.headers()
            .get(header::CONTENT_LENGTH)
            .map(HeaderValue::as_bytes),
        request.method == "HEAD",
    );
    let intact = as_made::<T>(
        res.extensions().get::<Documented>(),
        status.as_u16(),
        res.headers()
            .get(header::CONTENT_TYPE)
            .map(HeaderValue::as_bytes),
        len,
    );
    // axum's router gives `Allow` to the 405 of a route's fallback (its
    // own, or one of the app's, body or not) after the layers of
    // `Router::layer` ran, so a 405 here is taken to have it: the layer
    // cannot tell a handler's own 405 from such a one.
    let answered = answered_as(status.as_u16(), |name| {
        name == "allow" || res.headers().contains_key(name)
    });
    let answer = Status::<T>::answer_for(answered).filter(|_| !intact);
    let Some(answer) = answer else {
        if restatused_below_400(
            res.extensions().get::<Documented>(),
            status.as_u16(),
            res.headers()
                .get(header::CONTENT_TYPE)
                .map(HeaderValue::as_bytes),
            len,
        ) {
            let (mut parts, _) = res.into_parts();
            // What described the JSON body goes; what the app set for the
            // new status (`Location`, `ETag` on a 304) stays.
            for name in NO_CONTENT {
                parts.headers.remove(name);
            }
            return no_content(Response::from_parts(parts, Body::empty()));
        }
        let mut res = res;
        if intact {
            if let Some(name) = dropped_from_made(status.as_u16()) {
                res.headers_mut().remove(name);
            }
        }
        return no_content(res.map(Body::new));
    };
    let (mut parts, body) = res.into_parts();
    let cause = cause(&parts.headers, body).await;
    let request = log::Request {
        replaced: Some(status.as_u16()),
        made_for: made_for_another(Some(answer), parts.extensions.get::<Documented>()),
        ..*request
    };
    log::response(
        answer.as_u16(),
        || None,
        &Cause::Text(&cause),
        Some(&request),
    );
    let documented = into_response(&answer);
    for name in dropped_headers(Some(answer.as_u16())) {
        parts.headers.remove(name);
    }
    let (new_parts, body) = documented.into_parts();
    parts.status = new_parts.status;
    parts.headers.extend(new_parts.headers);
    parts.extensions.extend(new_parts.extensions);
    no_content(Response::from_parts(parts, body))
}

/// Whether an answer may be compressed: not a 1xx, 204, 205 or 304, which
/// have no content (RFC 9110). A predicate for tower-http's
/// `CompressionLayer::compress_when`, joined to its default one:
/// `DefaultPredicate::new().and(apicodes::axum::compressible)`.
///
/// The layer's 204s have a body of no fixed size, so that axum writes no
/// `content-length` for them; tower-http's default predicate compresses a
/// body of unknown size, and would mark a 204 `content-encoding: gzip`.
///
/// ```
/// use axum::http::{Extensions, HeaderMap, StatusCode, Version};
///
/// let headers = HeaderMap::new();
/// let extensions = Extensions::new();
/// let compressible =
///     |status| apicodes::axum::compressible(status, Version::HTTP_11, &headers, &extensions);
/// assert!(compressible(StatusCode::NOT_FOUND));
/// assert!(compressible(StatusCode::OK));
/// assert!(!compressible(StatusCode::NO_CONTENT));
/// assert!(!compressible(StatusCode::NOT_MODIFIED));
/// ```
#[must_use]
pub fn compressible(
    status: StatusCode,
    _version: Version,
    _headers: &HeaderMap,
    _extensions: &Extensions,
) -> bool {
    !sent_without_body(status.as_u16())
}

/// RFC 9110: a 1xx, 204, 205 or 304 has no content, so neither
/// `content-length` nor `content-type`. Its body must not have an exact size: axum, outside
/// every layer, writes `content-length` from an exact size, and hyper sends
/// it on the answer to a `HEAD`.
fn no_content(mut res: Response) -> Response {
    if sent_without_body(res.status().as_u16()) {
        // What would describe a body goes; validators (`ETag`) stay.
        for name in NO_CONTENT {
            res.headers_mut().remove(name);
        }
        *res.body_mut() = Body::new(NoContent);
    }
    res
}

/// What the replaced body said, for the log: the start of its text, when
/// it is text of a known, small size (axum's rejections are), as far as it
/// has come: the body is never awaited.
async fn cause<B>(headers: &HeaderMap, body: B) -> String
where
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    if let Some(note) = unread(
        headers.get(header::CONTENT_TYPE).map(HeaderValue::as_bytes),
        headers
            .get(header::CONTENT_ENCODING)
            .map(HeaderValue::as_bytes),
        body.size_hint().upper(),
    ) {
        return String::from(note);
    }
    let mut body = core::pin::pin!(body);
    Quote::read(|cx| {
        body.as_mut().poll_frame(cx).map(|frame| {
            frame
                .and_then(Result::ok)
                .map(|frame| frame.into_data().ok())
        })
    })
    .await
}

/// The body of a 204: it ends at once, but its size hint is `0..` rather
/// than exactly 0, so nothing above the layer turns it into
/// `content-length: 0`.
#[derive(Clone, Copy, Debug, Default)]
struct NoContent;

impl http_body::Body for NoContent {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        Poll::Ready(None)
    }

    fn is_end_stream(&self) -> bool {
        true
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::new()
    }
}
