//! The whole-server contract for axum over the wire: an app with
//! `apicodes::axum::ContractLayer` as its last layer answers every row of
//! `contract::ROWS` exactly (status, `content-type`, `content-length`, body
//! bytes, `Allow`), and logs what the bodies hide.
#![deny(warnings, clippy::pedantic)]

mod contract;
mod fields;
mod wire;

use std::net::SocketAddr;
use std::sync::OnceLock;

use axum::extract::{Form, Path, Query};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_TYPE, RETRY_AFTER};
use axum::routing::get;
use axum::{Json, Router};
use contract::{
    Account, AccountError, BODY_PANIC_MESSAGE, CONFLICT_ETAG, CONFLICT_TEXT, DISPOSITION,
    Framework, GZIP_BYTES, NewAccount, PANIC_MESSAGE, PROBLEM_TEXT, REWRITTEN_TEXT, STALLED_SIZE,
    STALLED_TEXT, Search, TIMEOUT_TEXT, XML_TEXT, create_account, find_account,
};

async fn account(Path(id): Path<u64>) -> Result<Json<Account>, AccountError> {
    find_account(id).map(Json)
}

/// A delete answers 204 through a derived variant.
async fn delete_account(Path(id): Path<u64>) -> Result<Json<Account>, AccountError> {
    Err(AccountError::Deleted { id })
}

async fn empty() -> StatusCode {
    StatusCode::NO_CONTENT
}

async fn search(Query(search): Query<Search>) -> Json<Search> {
    Json(search)
}

async fn create(Json(new): Json<NewAccount>) -> (StatusCode, Json<Account>) {
    (StatusCode::CREATED, Json(create_account(new)))
}

async fn create_form(Form(new): Form<NewAccount>) -> (StatusCode, Json<Account>) {
    (StatusCode::CREATED, Json(create_account(new)))
}

async fn explode() -> &'static str {
    panic!("{PANIC_MESSAGE}")
}

async fn conflict() -> (
    StatusCode,
    [(axum::http::HeaderName, &'static str); 1],
    &'static str,
) {
    (
        StatusCode::CONFLICT,
        [(axum::http::header::ETAG, CONFLICT_ETAG)],
        CONFLICT_TEXT,
    )
}

/// A derived error, its status changed afterwards.
async fn restatused() -> (StatusCode, AccountError) {
    (StatusCode::IM_A_TEAPOT, AccountError::NoSuchUser { id: 5 })
}

/// A derived error, given a redirect's status afterwards.
async fn redirected() -> (
    StatusCode,
    [(axum::http::HeaderName, &'static str); 1],
    AccountError,
) {
    (
        StatusCode::SEE_OTHER,
        [(axum::http::header::LOCATION, "/sign-in")],
        AccountError::NoSuchUser { id: 5 },
    )
}

/// A derived error, given a redirect's status and a `content-type` with a
/// charset afterwards.
async fn redirected_charset() -> (
    StatusCode,
    [(axum::http::HeaderName, &'static str); 2],
    AccountError,
) {
    (
        StatusCode::SEE_OTHER,
        [
            (axum::http::header::LOCATION, "/sign-in"),
            (CONTENT_TYPE, "Application/JSON; charset=utf-8"),
        ],
        AccountError::NoSuchUser { id: 5 },
    )
}

/// A derived error, given a 304's status and validator afterwards.
async fn not_modified() -> (
    StatusCode,
    [(axum::http::HeaderName, &'static str); 1],
    AccountError,
) {
    (
        StatusCode::NOT_MODIFIED,
        [(axum::http::header::ETAG, "\"v1\"")],
        AccountError::NoSuchUser { id: 5 },
    )
}

/// A derived error, given a `Retry-After` by the handler.
async fn derived_retry_after() -> ([(axum::http::HeaderName, &'static str); 1], AccountError) {
    (
        [(axum::http::header::RETRY_AFTER, "5")],
        AccountError::NoSuchUser { id: 5 },
    )
}

/// An SPA's fallback: its index page in place of a 404.
async fn index_page(mut res: axum::response::Response) -> axum::response::Response {
    if res.status() == StatusCode::NOT_FOUND {
        *res.status_mut() = StatusCode::OK;
        res.headers_mut().insert(
            CONTENT_TYPE,
            axum::http::HeaderValue::from_static("text/html"),
        );
        res.headers_mut().remove(axum::http::header::CONTENT_LENGTH);
        *res.body_mut() = axum::body::Body::from("<html>index</html>");
    }
    res
}

/// A middleware that gives a 404 an empty JSON list in place of its body,
/// keeping its `content-type`.
async fn empty_list(mut res: axum::response::Response) -> axum::response::Response {
    if res.status() == StatusCode::NOT_FOUND {
        *res.status_mut() = StatusCode::OK;
        res.headers_mut().remove(axum::http::header::CONTENT_LENGTH);
        *res.body_mut() = axum::body::Body::from("[]");
    }
    res
}

/// A body of unknown size, in two pieces: a JSON list streamed.
struct Streamed(Vec<&'static str>);

impl http_body::Body for Streamed {
    type Data = axum::body::Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        let next = (!self.0.is_empty()).then(|| self.0.remove(0));
        std::task::Poll::Ready(next.map(|piece| {
            Ok(http_body::Frame::data(axum::body::Bytes::from_static(
                piece.as_bytes(),
            )))
        }))
    }
}

/// A middleware that gives a 404 a JSON list streamed in place of its
/// body, keeping its `content-type`.
async fn streamed_list(mut res: axum::response::Response) -> axum::response::Response {
    if res.status() == StatusCode::NOT_FOUND {
        *res.status_mut() = StatusCode::OK;
        res.headers_mut().remove(axum::http::header::CONTENT_LENGTH);
        *res.body_mut() = axum::body::Body::new(Streamed(vec!["[1,", "2]"]));
    }
    res
}

/// A derived error, its `content-type` changed afterwards.
/// A middleware that writes a text of its own in place of a response's
/// body, keeping its status and headers.
async fn rewrite_body(res: axum::response::Response) -> axum::response::Response {
    let (parts, _) = res.into_parts();
    axum::response::Response::from_parts(parts, axum::body::Body::from(REWRITTEN_TEXT))
}

async fn retyped() -> ([(axum::http::HeaderName, &'static str); 1], AccountError) {
    (
        [(CONTENT_TYPE, "text/html")],
        AccountError::NoSuchUser { id: 5 },
    )
}

async fn retry_503() -> (
    StatusCode,
    [(axum::http::HeaderName, &'static str); 1],
    &'static str,
) {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [(RETRY_AFTER, "30")],
        "down for maintenance by carol",
    )
}

/// What a timeout layer answers (tower-http's `TimeoutLayer`).
async fn timed_out() -> (StatusCode, &'static str) {
    (StatusCode::REQUEST_TIMEOUT, TIMEOUT_TEXT)
}

/// A failure whose body a compression layer inside the contract layer
/// already encoded.
async fn compressed_500() -> (
    StatusCode,
    [(axum::http::HeaderName, &'static str); 2],
    &'static [u8],
) {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [
            (axum::http::header::CONTENT_TYPE, "text/plain"),
            (axum::http::header::CONTENT_ENCODING, "gzip"),
        ],
        GZIP_BYTES,
    )
}

async fn status_999() -> (StatusCode, &'static str) {
    (
        StatusCode::from_u16(999).expect("999 is a status line"),
        "secret=s999",
    )
}

async fn problem() -> (
    StatusCode,
    [(axum::http::HeaderName, &'static str); 1],
    &'static str,
) {
    (
        StatusCode::CONFLICT,
        [(CONTENT_TYPE, "application/problem+json")],
        PROBLEM_TEXT,
    )
}

async fn put_204() -> (StatusCode, [(axum::http::HeaderName, &'static str); 2]) {
    (
        StatusCode::NO_CONTENT,
        [
            (axum::http::header::ETAG, "\"v2\""),
            (axum::http::header::CONTENT_DISPOSITION, DISPOSITION),
        ],
    )
}

/// A body of known size that gives its first bytes and then nothing more,
/// ever (a proxied upstream that stalls), or panics when polled again.
struct Stalled {
    sent: bool,
    then_panic: bool,
}

impl http_body::Body for Stalled {
    type Data = axum::body::Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        if self.sent {
            assert!(!self.then_panic, "{BODY_PANIC_MESSAGE}");
            return std::task::Poll::Pending;
        }
        self.sent = true;
        let data = axum::body::Bytes::from_static(STALLED_TEXT.as_bytes());
        std::task::Poll::Ready(Some(Ok(http_body::Frame::data(data))))
    }

    fn size_hint(&self) -> http_body::SizeHint {
        http_body::SizeHint::with_exact(STALLED_SIZE)
    }
}

async fn stalled_500() -> axum::response::Response {
    stalled(false)
}

async fn panicking_body_500() -> axum::response::Response {
    stalled(true)
}

fn stalled(then_panic: bool) -> axum::response::Response {
    let mut res = axum::response::Response::new(axum::body::Body::new(Stalled {
        sent: false,
        then_panic,
    }));
    *res.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    res.headers_mut().insert(
        CONTENT_TYPE,
        axum::http::HeaderValue::from_static("text/plain"),
    );
    res
}

async fn xml_500() -> (
    StatusCode,
    [(axum::http::HeaderName, &'static str); 1],
    &'static str,
) {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(CONTENT_TYPE, "application/problem+xml")],
        XML_TEXT,
    )
}

fn app() -> Router {
    Router::new()
        .route("/accounts/{id}", get(account).delete(delete_account))
        .route("/accounts", axum::routing::post(create))
        .route("/empty", get(empty))
        .route("/search", get(search))
        .route("/form", axum::routing::post(create_form))
        .route("/panic", get(explode))
        .route("/conflict", get(conflict))
        .route("/restatused", get(restatused))
        .route("/redirected", get(redirected))
        .route("/redirected-charset", get(redirected_charset))
        .route("/derived-retry-after", get(derived_retry_after))
        .route("/not-modified", get(not_modified))
        .route(
            "/spa",
            get(|| async { AccountError::NoSuchUser { id: 5 } })
                .layer(axum::middleware::map_response(index_page)),
        )
        .route(
            "/streamed-list",
            get(|| async { AccountError::NoSuchUser { id: 5 } })
                .layer(axum::middleware::map_response(streamed_list)),
        )
        .route(
            "/empty-list",
            get(|| async { AccountError::NoSuchUser { id: 5 } })
                .layer(axum::middleware::map_response(empty_list)),
        )
        .route(
            "/rewritten",
            get(|| async { AccountError::NoSuchUser { id: 5 } })
                .layer(axum::middleware::map_response(rewrite_body)),
        )
        .route("/retyped", get(retyped))
        .route("/retry-503", get(retry_503))
        .route("/status-999", get(status_999))
        .route("/timeout", get(timed_out))
        .route("/compressed-500", get(compressed_500))
        .route("/problem", get(problem))
        .route("/put-204", get(put_204))
        .route("/stalled-500", get(stalled_500))
        .route("/panicking-body-500", get(panicking_body_500))
        .route("/xml-500", get(xml_500))
        // A nested router with a contract layer of its own.
        .nest(
            "/nested",
            axum::Router::new()
                .route("/conflict", get(conflict))
                .layer(apicodes::axum::ContractLayer::new()),
        )
        .layer(apicodes::axum::ContractLayer::new())
}

/// The one server of this binary, on a port the OS picks, with its own
/// runtime on its own thread; the capturing subscriber is installed first.
/// The listener is bound before this returns, so requests queue until the
/// server accepts them.
fn server() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        contract::capture_logs();
        let listener =
            std::net::TcpListener::bind("127.0.0.1:0").expect("bind a port for the axum server");
        let addr = listener.local_addr().expect("the axum server's address");
        listener
            .set_nonblocking(true)
            .expect("a non-blocking listener for tokio");
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("a tokio runtime for the axum server");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener)
                    .expect("a tokio listener from the bound one");
                axum::serve(listener, app())
                    .await
                    .expect("the axum server runs");
            });
        });
        addr
    })
}

contract::row_tests! {
    Framework::Axum, server;
    get_account_ok,
    search_ok,
    create_json_ok,
    create_form_ok,
    unknown_route_is_404,
    root_is_404,
    wrong_method_on_search_is_400,
    wrong_method_on_account_is_400_with_allow,
    path_not_a_number_is_400,
    path_of_9000_digits_is_short_400,
    query_not_a_number_is_400,
    query_missing_field_is_400,
    json_malformed_is_400,
    json_wrong_shape_is_400,
    json_without_content_type_is_400,
    json_as_text_plain_is_400,
    json_of_10_mb_is_400,
    form_wrong_content_type_is_400,
    form_missing_field_is_400,
    head_account_is_get_without_body,
    head_missing_account_is_404_without_body,
    head_unknown_route_is_logged_as_head,
    a_nested_routers_contract_logs_the_whole_path,
    get_empty_is_bare_204,
    head_empty_is_bare_204,
    delete_account_is_bare_204,
    panic_is_500_and_server_lives,
    outage_is_503_server_error,
    outage_log_has_the_source_chain,
    no_such_user_is_404,
    no_such_user_is_logged_once_at_info,
    hand_made_409_is_400,
    restatused_derived_error_is_answered_for_its_status,
    redirected_derived_error_is_sent_without_its_body,
    redirected_error_with_a_charset_is_sent_without_its_body,
    rewritten_error_body_is_answered_again,
    retry_after_added_to_a_derived_error_is_dropped,
    not_modified_derived_error_keeps_its_validators,
    page_in_place_of_an_error_is_kept,
    json_in_place_of_an_error_is_kept,
    stream_in_place_of_an_error_is_kept,
    retyped_derived_error_is_json,
    retry_after_is_dropped_from_a_503,
    status_999_is_500,
    problem_json_is_400_and_logged,
    no_content_keeps_its_etag,
    timeout_is_503,
    compressed_body_is_not_quoted,
    stalled_body_is_not_awaited,
    panicking_body_is_answered,
    non_text_body_is_noted,
}
