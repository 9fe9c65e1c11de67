//! The whole-server contract for actix-web over the wire: an app wrapped
//! last in `apicodes::actix::Contract`, with `apicodes::actix::not_found` as
//! its default service, answers every row of `contract::ROWS` exactly
//! (status, `content-type`, `content-length`, body bytes, `Allow`), and logs
//! what the bodies hide.
#![deny(warnings, clippy::pedantic)]

mod contract;
mod fields;
mod wire;

use std::net::SocketAddr;
use std::sync::OnceLock;

use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, LOCATION, RETRY_AFTER, WWW_AUTHENTICATE};
use actix_web::middleware::{Next, from_fn};
use actix_web::{App, HttpResponse, HttpServer, ResponseError, web};
use contract::{
    Account, AccountError, BODY_PANIC_MESSAGE, CONFLICT_ETAG, CONFLICT_TEXT, DISPOSITION,
    Framework, GZIP_BYTES, LOGIN_TEXT, NewAccount, PANIC_MESSAGE, PROBLEM_TEXT, REWRITTEN_TEXT,
    STALLED_SIZE, STALLED_TEXT, Search, TIMEOUT_TEXT, UNCHANGED_TEXT, XML_TEXT, create_account,
    find_account,
};

async fn account(id: web::Path<u64>) -> Result<web::Json<Account>, AccountError> {
    find_account(id.into_inner()).map(web::Json)
}

/// A delete answers 204 through a derived variant.
async fn delete_account(id: web::Path<u64>) -> Result<HttpResponse, AccountError> {
    Err(AccountError::Deleted {
        id: id.into_inner(),
    })
}

async fn empty() -> HttpResponse {
    HttpResponse::NoContent().finish()
}

async fn search(search: web::Query<Search>) -> web::Json<Search> {
    web::Json(search.into_inner())
}

async fn create(new: web::Json<NewAccount>) -> HttpResponse {
    HttpResponse::Created().json(create_account(new.into_inner()))
}

async fn create_form(new: web::Form<NewAccount>) -> HttpResponse {
    HttpResponse::Created().json(create_account(new.into_inner()))
}

async fn explode() -> HttpResponse {
    panic!("{PANIC_MESSAGE}")
}

async fn conflict() -> HttpResponse {
    HttpResponse::Conflict()
        .insert_header((actix_web::http::header::ETAG, CONFLICT_ETAG))
        .body(CONFLICT_TEXT)
}

/// A derived error's response, its status changed afterwards.
async fn restatused() -> HttpResponse {
    let mut res = AccountError::NoSuchUser { id: 5 }.error_response();
    *res.status_mut() = StatusCode::IM_A_TEAPOT;
    res
}

/// A derived error's response, given a redirect's status afterwards.
async fn redirected() -> HttpResponse {
    let mut res = AccountError::NoSuchUser { id: 5 }.error_response();
    *res.status_mut() = StatusCode::SEE_OTHER;
    res.headers_mut().insert(
        actix_web::http::header::LOCATION,
        actix_web::http::header::HeaderValue::from_static("/sign-in"),
    );
    res
}

/// The same, its `content-type` also given a charset.
async fn redirected_charset() -> HttpResponse {
    let mut res = redirected().await;
    res.headers_mut().insert(
        actix_web::http::header::CONTENT_TYPE,
        actix_web::http::header::HeaderValue::from_static("Application/JSON; charset=utf-8"),
    );
    res
}

/// A derived error's response, given a `Retry-After` by the handler.
async fn derived_retry_after() -> HttpResponse {
    let mut res = AccountError::NoSuchUser { id: 5 }.error_response();
    res.headers_mut().insert(
        RETRY_AFTER,
        actix_web::http::header::HeaderValue::from_static("5"),
    );
    res
}

/// A derived error's response, given a 304's status and validator
/// afterwards.
async fn not_modified() -> HttpResponse {
    let mut res = AccountError::NoSuchUser { id: 5 }.error_response();
    *res.status_mut() = StatusCode::NOT_MODIFIED;
    res.headers_mut().insert(
        actix_web::http::header::ETAG,
        actix_web::http::header::HeaderValue::from_static("\"v1\""),
    );
    res
}

/// A derived error's response, its `content-type` changed afterwards.
/// A derived error's response, a text of its own written in place of its
/// body afterwards, its status and headers kept.
async fn rewritten() -> HttpResponse {
    AccountError::NoSuchUser { id: 5 }
        .error_response()
        .set_body(REWRITTEN_TEXT)
        .map_into_boxed_body()
}

/// A derived error's response, its body emptied afterwards.
async fn emptied() -> HttpResponse {
    AccountError::NoSuchUser { id: 5 }
        .error_response()
        .set_body(())
        .map_into_boxed_body()
}

async fn retyped() -> HttpResponse {
    let mut res = AccountError::NoSuchUser { id: 5 }.error_response();
    res.headers_mut()
        .insert(CONTENT_TYPE, "text/html".parse().expect("a header value"));
    res
}

async fn retry_503() -> HttpResponse {
    HttpResponse::ServiceUnavailable()
        .insert_header((RETRY_AFTER, "30"))
        .body("down for maintenance by carol")
}

/// What a timeout layer answers.
async fn timed_out() -> HttpResponse {
    HttpResponse::RequestTimeout().body(TIMEOUT_TEXT)
}

/// A failure whose body a compression middleware inside the contract
/// middleware already encoded.
async fn compressed_500() -> HttpResponse {
    HttpResponse::InternalServerError()
        .content_type("text/plain")
        .insert_header((actix_web::http::header::CONTENT_ENCODING, "gzip"))
        .body(GZIP_BYTES)
}

async fn status_999() -> HttpResponse {
    HttpResponse::build(StatusCode::from_u16(999).expect("999 is a status line"))
        .body("secret=s999")
}

/// A body of known size that gives its first bytes and then nothing more,
/// ever (a proxied upstream that stalls), or panics when polled again.
struct Stalled {
    sent: bool,
    then_panic: bool,
}

impl actix_web::body::MessageBody for Stalled {
    type Error = std::convert::Infallible;

    fn size(&self) -> actix_web::body::BodySize {
        actix_web::body::BodySize::Sized(STALLED_SIZE)
    }

    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<actix_web::web::Bytes, Self::Error>>> {
        if self.sent {
            assert!(!self.then_panic, "{BODY_PANIC_MESSAGE}");
            return std::task::Poll::Pending;
        }
        self.sent = true;
        let data = actix_web::web::Bytes::from_static(STALLED_TEXT.as_bytes());
        std::task::Poll::Ready(Some(Ok(data)))
    }
}

async fn stalled_500() -> HttpResponse {
    stalled(false)
}

async fn panicking_body_500() -> HttpResponse {
    stalled(true)
}

fn stalled(then_panic: bool) -> HttpResponse {
    HttpResponse::InternalServerError()
        .content_type("text/plain")
        .body(Stalled {
            sent: false,
            then_panic,
        })
}

async fn xml_500() -> HttpResponse {
    HttpResponse::InternalServerError()
        .content_type("application/problem+xml")
        .body(XML_TEXT)
}

async fn problem() -> HttpResponse {
    HttpResponse::Conflict()
        .content_type("application/problem+json")
        .body(PROBLEM_TEXT)
}

/// Another crate's error whose own answer has a status below 400 and one
/// header of its own, with the error's text as its body, which must not go
/// out: a redirect to the sign-in page (`login`), a 304 with its validator
/// (`unchanged`).
#[derive(Debug)]
struct OwnAnswer {
    status: StatusCode,
    header: (actix_web::http::header::HeaderName, &'static str),
    text: &'static str,
}

impl std::fmt::Display for OwnAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text)
    }
}

impl ResponseError for OwnAnswer {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status)
            .insert_header(self.header.clone())
            .body(self.text)
    }
}

async fn login() -> Result<HttpResponse, OwnAnswer> {
    Err(OwnAnswer {
        status: StatusCode::SEE_OTHER,
        header: (LOCATION, "/sign-in"),
        text: LOGIN_TEXT,
    })
}

async fn unchanged() -> Result<HttpResponse, OwnAnswer> {
    Err(OwnAnswer {
        status: StatusCode::NOT_MODIFIED,
        header: (actix_web::http::header::ETAG, "\"v1\""),
        text: UNCHANGED_TEXT,
    })
}

/// A middleware's error: 401 with its challenge, made by `error_response`
/// alone (its `status_code` is the default 500).
#[derive(Debug)]
struct Denied;

impl std::fmt::Display for Denied {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("token 5e expired")
    }
}

impl ResponseError for Denied {
    fn error_response(&self) -> HttpResponse {
        HttpResponse::Unauthorized()
            .insert_header((WWW_AUTHENTICATE, "Bearer"))
            .body(self.to_string())
    }
}

async fn guard(
    req: actix_web::dev::ServiceRequest,
    next: Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    if req.path() == "/guarded" {
        return Err(Denied.into());
    }
    if req.path() == "/guarded-derived" {
        return Err(AccountError::NoSuchUser { id: 9 }.into());
    }
    next.call(req).await
}

async fn put_204() -> HttpResponse {
    HttpResponse::NoContent()
        .insert_header((actix_web::http::header::ETAG, "\"v2\""))
        .insert_header((actix_web::http::header::CONTENT_DISPOSITION, DISPOSITION))
        .finish()
}

/// What an `ErrorHandlers` handler makes of a 404, the error still attached
/// to the response (as `set_body` keeps it).
#[derive(Clone, Copy)]
enum Given {
    /// A 200 with this `content-type` and body (an SPA's index page, an
    /// empty JSON list).
    Page(&'static str, &'static str),
    /// A 200 with the error's own text as `text/plain`.
    ErrorText,
    /// A 304, the body as it was.
    NotModified,
}

fn give<B>(
    res: actix_web::dev::ServiceResponse<B>,
    given: Given,
) -> actix_web::middleware::ErrorHandlerResponse<B> {
    let (req, mut res) = res.into_parts();
    let (content_type, body) = match given {
        Given::Page(content_type, body) => (content_type, String::from(body)),
        Given::ErrorText => (
            "text/plain",
            res.error().map_or_else(String::new, ToString::to_string),
        ),
        Given::NotModified => {
            *res.status_mut() = StatusCode::NOT_MODIFIED;
            return actix_web::middleware::ErrorHandlerResponse::Response(
                actix_web::dev::ServiceResponse::new(req, res).map_into_left_body(),
            );
        }
    };
    let mut res = res.set_body(actix_web::body::BoxBody::new(body));
    *res.status_mut() = StatusCode::OK;
    res.headers_mut().insert(
        CONTENT_TYPE,
        actix_web::http::header::HeaderValue::from_static(content_type),
    );
    actix_web::middleware::ErrorHandlerResponse::Response(
        actix_web::dev::ServiceResponse::new(req, res).map_into_right_body(),
    )
}

/// `path`, whose `GET` fails with `error()`, behind `ErrorHandlers` making
/// of its 404 what `given` says.
fn on_404<E: Into<actix_web::Error> + 'static>(
    path: &'static str,
    given: Given,
    error: fn() -> E,
) -> impl actix_web::dev::HttpServiceFactory {
    web::scope(path)
        .wrap(
            actix_web::middleware::ErrorHandlers::new()
                .handler(StatusCode::NOT_FOUND, move |res| Ok(give(res, given))),
        )
        .route(
            "",
            web::get()
                .to(move || async move { Err::<HttpResponse, actix_web::Error>(error().into()) }),
        )
}

/// A body that never ends (server-sent events that nothing stops): only
/// what answers a `HEAD` without waiting for it is answered at all.
struct Endless;

impl actix_web::body::MessageBody for Endless {
    type Error = std::convert::Infallible;

    fn size(&self) -> actix_web::body::BodySize {
        actix_web::body::BodySize::Stream
    }

    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<actix_web::web::Bytes, Self::Error>>> {
        std::task::Poll::Pending
    }
}

async fn events() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/event-stream")
        .body(Endless)
}

/// The first bytes of the upgraded connection `upgrade` answers with: a
/// WebSocket text frame, "hello".
const UPGRADED_BYTES: &[u8] = b"\x81\x05hello";

/// An upgrade's 101, as actix-ws answers a WebSocket handshake: its body is
/// what goes over the upgraded connection.
async fn upgrade() -> HttpResponse {
    HttpResponse::SwitchingProtocols()
        .upgrade("websocket")
        .body(UPGRADED_BYTES)
}

/// A 101 that is no upgrade, with a body that must not be sent.
async fn not_an_upgrade() -> HttpResponse {
    HttpResponse::SwitchingProtocols().body(UPGRADED_BYTES)
}

/// A derived error's response given a 101 and marked as an upgrade
/// afterwards: its body must not be sent.
async fn restatused_upgrade() -> HttpResponse {
    let mut res = AccountError::NoSuchUser { id: 5 }.error_response();
    *res.status_mut() = StatusCode::SWITCHING_PROTOCOLS;
    res.head_mut()
        .set_connection_type(actix_web::http::ConnectionType::Upgrade);
    res
}

/// Scopes whose `ErrorHandlers` give a 404 a page of its own: a derived
/// error's (`/spa`, `/empty-list`), another crate's (`/spa-foreign`), one
/// made from a derived error's response (`/from-derived-page`), and a 304
/// given to a derived error's (`/derived-304`) and to the latter
/// (`/from-derived-304`).
fn error_pages(cfg: &mut web::ServiceConfig) {
    /// Another crate's error made from a derived error's response, which
    /// carries this crate's mark.
    fn from_derived() -> actix_web::error::InternalError<&'static str> {
        actix_web::error::InternalError::from_response(
            LOGIN_TEXT,
            AccountError::NoSuchUser { id: 5 }.error_response(),
        )
    }
    fn derived() -> AccountError {
        AccountError::NoSuchUser { id: 5 }
    }
    fn foreign() -> actix_web::Error {
        actix_web::error::ErrorNotFound("no item 7c2e")
    }
    let index = Given::Page("text/html", "<html>index</html>");
    cfg.service(on_404(
        "/from-derived-304",
        Given::NotModified,
        from_derived,
    ))
    .service(on_404("/from-derived-page", Given::ErrorText, from_derived))
    .service(on_404("/spa", index, derived))
    .service(on_404("/spa-foreign", index, foreign))
    .service(on_404("/derived-304", Given::NotModified, derived))
    .service(on_404(
        "/empty-list",
        Given::Page("application/json", "[]"),
        derived,
    ));
}

fn app() -> App<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    App::new()
        // A resource with its routes: actix-web computes `Allow`.
        .service(
            web::resource("/accounts/{id}")
                .route(web::get().to(account))
                .route(web::delete().to(delete_account)),
        )
        .route("/accounts", web::post().to(create))
        .route("/empty", web::get().to(empty))
        // `App::route`: no `Allow` for a wrong method.
        .route("/search", web::get().to(search))
        .route("/form", web::post().to(create_form))
        .route("/panic", web::get().to(explode))
        .route("/conflict", web::get().to(conflict))
        .route("/restatused", web::get().to(restatused))
        .route("/redirected", web::get().to(redirected))
        .route("/redirected-charset", web::get().to(redirected_charset))
        .route("/derived-retry-after", web::get().to(derived_retry_after))
        .route("/not-modified", web::get().to(not_modified))
        .route("/rewritten", web::get().to(rewritten))
        .route("/emptied", web::get().to(emptied))
        .route("/retyped", web::get().to(retyped))
        .route("/retry-503", web::get().to(retry_503))
        .route("/status-999", web::get().to(status_999))
        .route("/timeout", web::get().to(timed_out))
        .route("/compressed-500", web::get().to(compressed_500))
        // Resources whose patterns take more than one segment: a wrong
        // method is still a 400.
        .route("/files/{path:.*}", web::get().to(empty))
        .service(
            web::resource(["/multi", "/multi/{id}"])
                .guard(actix_web::guard::Get())
                .to(empty),
        )
        // A service mounted at a prefix passes a miss on to the default
        // service.
        .service(actix_files::Files::new(
            "/static",
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/contract"),
        ))
        .route("/problem", web::get().to(problem))
        .route("/stalled-500", web::get().to(stalled_500))
        .route("/panicking-body-500", web::get().to(panicking_body_500))
        .service(web::resource("/head-only").route(web::head().to(HttpResponse::Ok)))
        .route("/xml-500", web::get().to(xml_500))
        .route("/put-204", web::get().to(put_204))
        .route("/guarded-derived", web::get().to(empty))
        // A scope with a contract of its own, inside the app's.
        .service(
            web::scope("/nested")
                .wrap(apicodes::actix::Contract::new())
                .route("/conflict", web::get().to(conflict)),
        )
        .route("/login", web::get().to(login))
        .route("/unchanged", web::get().to(unchanged))
        .route("/guarded", web::get().to(empty))
        .route("/upgrade", web::get().to(upgrade))
        .route("/events", web::get().to(events))
        .configure(error_pages)
        .route(
            "/from-response",
            web::get().to(|| async {
                Err::<HttpResponse, actix_web::Error>(
                    actix_web::error::InternalError::from_response(
                        LOGIN_TEXT,
                        HttpResponse::SeeOther()
                            .insert_header((LOCATION, "/sign-in"))
                            .body(LOGIN_TEXT),
                    )
                    .into(),
                )
            }),
        )
        .route("/not-an-upgrade", web::get().to(not_an_upgrade))
        .route("/restatused-upgrade", web::get().to(restatused_upgrade))
        .default_service(web::to(apicodes::actix::not_found))
        .wrap(from_fn(guard))
        .wrap(apicodes::actix::Contract::new())
}

/// The one server of this binary, on a port the OS picks, on its own
/// thread with its own actix system; the capturing subscriber is installed
/// first. The listener is bound before this returns, so requests queue
/// until the server accepts them.
fn server() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        contract::capture_logs();
        let listener =
            std::net::TcpListener::bind("127.0.0.1:0").expect("bind a port for the actix server");
        let addr = listener.local_addr().expect("the actix server's address");
        std::thread::spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                HttpServer::new(app)
                    .workers(2)
                    .disable_signals()
                    .listen(listener)
                    .expect("the actix server listens on the bound port")
                    .run()
                    .await
                    .expect("the actix server runs");
            });
        });
        addr
    })
}

contract::row_tests! {
    Framework::Actix, server;
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
    head_in_a_nested_contract_is_logged_as_head,
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
    emptied_error_body_is_answered_again_for_head_too,
    retry_after_added_to_a_derived_error_is_dropped,
    not_modified_derived_error_keeps_its_validators,
    retyped_derived_error_is_json,
    retry_after_is_dropped_from_a_503,
    status_999_is_500,
    problem_json_is_400_and_logged,
    redirecting_error_keeps_its_status_without_its_text,
    middleware_error_keeps_its_status_and_headers,
    no_content_keeps_its_etag,
    derived_error_from_a_middleware_is_sent_as_made,
    timeout_is_503,
    compressed_body_is_not_quoted,
    miss_in_a_prefix_service_is_404,
    wrong_method_on_a_pattern_taking_slashes_is_400,
    wrong_method_on_a_resource_of_two_patterns_is_400,
    stalled_body_is_not_awaited,
    panicking_body_is_answered,
    non_text_body_is_noted,
    head_only_route_allows_no_method,
    bodiless_error_is_logged,
    page_in_place_of_an_error_is_kept,
    json_in_place_of_an_error_is_kept,
    page_in_place_of_another_crates_error_is_not_sent,
    error_made_from_a_response_is_sent_without_its_text,
    derived_error_given_a_304_is_logged_once,
    error_made_from_a_derived_response_is_logged_at_304,
    error_made_from_a_derived_response_sends_no_page,
}

/// A `HEAD` routed as a `GET` is answered with the headers alone, at once:
/// the `GET`'s body, which never ends here, is neither awaited nor
/// polled, and the connection closes as asked.
#[test]
fn head_of_an_endless_body_is_answered_at_once() {
    let sent = wire::send(server(), &wire::Request::new("HEAD", "/events"));
    let text = String::from_utf8_lossy(&sent.raw).to_ascii_lowercase();
    assert!(
        sent.read_error.is_none(),
        "{:?} after {text:?}",
        sent.read_error
    );
    assert!(text.starts_with("http/1.1 200 "), "{text}");
    assert!(
        text.contains("\r\ncontent-type: text/event-stream\r\n"),
        "{text}"
    );
    assert!(text.ends_with("\r\n\r\n"), "{text}");
}

/// What the server sends for a `GET` of `path` with a WebSocket's
/// handshake headers, read until `ends` or the end of the connection: the
/// head, and what follows it.
fn handshake(path: &str, ends: &[u8]) -> (String, Vec<u8>) {
    use std::io::{Read as _, Write as _};

    let addr = server();
    let mut stream = std::net::TcpStream::connect(addr).expect("connect to the actix server");
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(60)))
        .expect("set a read timeout");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\
         Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
    .expect("send the handshake");
    let mut raw = Vec::new();
    let mut buf = [0_u8; 1024];
    while !raw.ends_with(ends) {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
        }
    }
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("{path}: no end of the head in {raw:?}"));
    let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
    (head, raw[end + 4..].to_vec())
}

/// A 101 goes through the contract as the app made it: its body is the
/// upgraded connection (a WebSocket's frames), which the middleware once
/// replaced with nothing, as for a 204.
#[test]
fn an_upgrade_keeps_its_connection() {
    let (head, rest) = handshake("/upgrade", UPGRADED_BYTES);
    assert!(head.starts_with("http/1.1 101 "), "{head}");
    assert!(head.contains("\r\nupgrade: websocket"), "{head}");
    assert_eq!(rest, UPGRADED_BYTES, "{head}");
}

/// A 101 that is no upgrade, or a derived error's response given a 101 (even
/// marked as an upgrade), is sent without its body or `content-type`; the
/// server then closes the connection.
#[test]
fn a_101_that_is_no_upgrade_sends_no_body() {
    for path in ["/not-an-upgrade", "/restatused-upgrade"] {
        let (head, rest) = handshake(path, b"\0never");
        assert!(head.starts_with("http/1.1 101 "), "{path}: {head}");
        assert!(!head.contains("content-type"), "{path}: {head}");
        assert!(rest.is_empty(), "{path}: {head}\n{rest:?}");
    }
}

/// One `GET` of `path` through the `App` given, wrapped in the contract, in
/// process: the status, the headers and the body sent (an inner
/// middleware's error as actix-web renders it).
macro_rules! in_process {
    ($app:expr, $path:expr $(,)?) => {{
        let (_, status, headers, body) =
            wire::actix_get!($app.wrap(apicodes::actix::Contract::new()), $path);
        (status, headers, body)
    }};
}

/// A derived error's response whose body was taken away since
/// (`body::None`, which has no size at all, where `()` has a size of 0) is
/// answered again with the documented body, as one emptied to `()` is.
#[test]
fn error_body_taken_away_is_answered_again() {
    let (status, headers, body) = in_process!(
        App::new().route(
            "/taken",
            web::get().to(|| async {
                AccountError::NoSuchUser { id: 5 }
                    .error_response()
                    .set_body(actix_web::body::None::new())
                    .map_into_boxed_body()
            }),
        ),
        "/taken",
    );
    assert_eq!(status, 404);
    assert_eq!(headers.get(CONTENT_TYPE).unwrap(), "application/json");
    assert_eq!(body, r#"{"code":404,"message":"Not found"}"#);
}

/// A derived error's response that an inner middleware fails with, a
/// `Retry-After` given to it since, goes out as made: without the
/// `Retry-After`, which only a 429 carries.
#[test]
fn retry_after_added_to_a_middleware_s_derived_error_is_dropped() {
    let (status, headers, body) = in_process!(
        App::new()
            .route("/", web::get().to(|| async { "unreachable" }))
            .wrap_fn(|_, _| async {
                let mut res = AccountError::NoSuchUser { id: 5 }.error_response();
                res.headers_mut().insert(
                    RETRY_AFTER,
                    actix_web::http::header::HeaderValue::from_static("5"),
                );
                Err::<actix_web::dev::ServiceResponse, _>(
                    actix_web::error::InternalError::from_response("no such user", res).into(),
                )
            }),
        "/",
    );
    assert_eq!(status, 404);
    assert_eq!(headers.get(RETRY_AFTER), None);
    assert_eq!(headers.get(CONTENT_TYPE).unwrap(), "application/json");
    assert_eq!(body, r#"{"code":404,"message":"Not found"}"#);
}

/// An error of the app's whose message is its own, not the table's.
#[derive(Debug, thiserror::Error, apicodes::ApiError, apicodes::actix::ResponseError)]
#[error("no shelf {0}")]
#[api_error(code = 404, message = "No shelf {0}")]
struct NoShelf(u32);

/// A derived error an inner middleware fails with, under two contracts (a
/// scope's own inside the app's), goes out as made: the outer contract
/// takes the inner one's answer for one this crate made, and does not
/// answer it again with the table's 404.
#[test]
fn a_middleware_s_derived_error_under_two_contracts_goes_out_as_made() {
    let (status, headers, body) = in_process!(
        App::new()
            .route("/", web::get().to(|| async { "unreachable" }))
            .wrap_fn(|_, _| async { Err::<actix_web::dev::ServiceResponse, _>(NoShelf(7).into()) })
            .wrap(apicodes::actix::Contract::new()),
        "/",
    );
    assert_eq!(status, 404);
    assert_eq!(headers.get(CONTENT_TYPE).unwrap(), "application/json");
    assert_eq!(body, r#"{"code":404,"message":"No shelf 7"}"#);
}

/// Another crate's error whose response is a 101 marked as an upgrade is
/// no upgrade (an error has no connection to hand over): its status goes
/// out without its body, as any 101 that is no upgrade does.
#[test]
fn an_error_given_an_upgrade_s_101_is_no_upgrade() {
    let (status, headers, body) = in_process!(
        App::new().route(
            "/",
            web::get().to(|| async {
                Err::<String, _>(actix_web::error::InternalError::from_response(
                    "upgrade refused",
                    HttpResponse::SwitchingProtocols()
                        .upgrade("websocket")
                        .body("refused"),
                ))
            }),
        ),
        "/",
    );
    assert_eq!(status, 101);
    assert_eq!(headers.get(CONTENT_TYPE), None);
    assert_eq!(body, "");
}
