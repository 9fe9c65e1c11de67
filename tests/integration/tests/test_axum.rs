//! The `axum` feature over real HTTP: a server on 127.0.0.1:0, called with
//! a raw HTTP/1.1 client; every documented error code's status, headers and
//! exact body, and each response classified back into the same code.
#![deny(warnings, clippy::pedantic)]

use crate::common;

use apicodes::{ApiError, Code};
use axum::extract::Path;
use axum::routing::get;
use axum::{Json, Router};
use common::{
    Account, AccountError, CASES, assert_cases_cover_every_error_code, check_every_case, get_url,
    hygiene,
};

/// Handlers return `Result<Json<T>, DerivedError>`, as users write them.
async fn fail(Path(path): Path<String>) -> Result<Json<Account>, AccountError> {
    match CASES.iter().find(|case| case.path == path) {
        Some(case) => Err((case.error)()),
        None => Ok(Json(Account {
            id: 1,
            name: "alice",
        })),
    }
}

/// Serves `app` on a port the OS picks and returns its base URL. The
/// listener is bound before this returns, so requests queue until the
/// server task accepts them: no sleeps, no races.
async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

#[tokio::test]
async fn every_documented_error_code_over_real_http() {
    let base = serve(Router::new().route("/fail/{case}", get(fail))).await;
    check_every_case(&base).await;
}

#[test]
fn the_cases_cover_every_documented_error_code() {
    assert_cases_cover_every_error_code();
}

#[tokio::test]
async fn generic_errors_with_lifetimes_are_handler_errors() {
    async fn named() -> Result<(), hygiene::Generic<'static, Code>> {
        Err(hygiene::Generic::Named("bob"))
    }
    async fn inner() -> Result<(), hygiene::Generic<'static, Code>> {
        Err(hygiene::Generic::Inner(Code::Gone))
    }
    let app = Router::new()
        .route("/named", get(named))
        .route("/inner", get(inner));
    let base = serve(app).await;
    let got = get_url(&format!("{base}/named")).await;
    assert_eq!(got.status, 404);
    assert_eq!(got.body, br#"{"code":404,"message":"No user bob"}"#);
    let got = get_url(&format!("{base}/inner")).await;
    assert_eq!(got.status, 410);
    assert_eq!(got.body, br#"{"code":410,"message":"Gone"}"#);
}

#[test]
fn into_response_works_without_a_server() {
    use axum::response::IntoResponse;

    let res = AccountError::Throttled { secs: 5 }.into_response();
    assert_eq!(res.status(), 429);
    assert_eq!(res.headers()["retry-after"], "5");
    assert_eq!(res.headers()["content-type"], "application/json");
    let res = apicodes::axum::into_response(&Code::NoContent as &dyn ApiError<Table = Code>);
    assert_eq!(res.status(), 204);
    assert!(res.headers().is_empty());
}

/// Compression outside the contract layer, as its docs set it up: errors
/// are compressed, and a 204 (whose body has no fixed size, so that axum
/// writes no `content-length`) carries no `content-encoding` or `vary`.
#[tokio::test(flavor = "multi_thread")]
async fn compression_outside_the_contract_leaves_204_bare() {
    use crate::wire;
    use axum::routing::delete;
    use tower_http::compression::CompressionLayer;
    use tower_http::compression::predicate::{DefaultPredicate, Predicate as _};

    async fn deleted() -> Result<(), AccountError> {
        Err(AccountError::Deleted)
    }
    async fn missing() -> Result<(), AccountError> {
        Err(AccountError::NoSuchUser { id: 5 })
    }
    let app = Router::new()
        .route("/deleted", delete(deleted))
        .route("/missing", get(missing))
        .layer(apicodes::axum::ContractLayer::new())
        .layer(
            CompressionLayer::new()
                .compress_when(DefaultPredicate::new().and(apicodes::axum::compressible)),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let fetch = |method, target| {
        let request = wire::Request::new(method, target).with_header("Accept-Encoding", "gzip");
        tokio::task::spawn_blocking(move || wire::fetch(addr, &request))
    };
    let got = fetch("DELETE", "/deleted").await.unwrap();
    assert_eq!(got.status, 204, "{}", got.show());
    for name in ["content-encoding", "vary", "content-length", "content-type"] {
        assert_eq!(got.header(name), None, "{name}: {}", got.show());
    }
    assert!(got.body.is_empty());
    // An error body is compressed as any other.
    let got = fetch("GET", "/missing").await.unwrap();
    assert_eq!(got.status, 404, "{}", got.show());
    assert_eq!(
        got.header("content-encoding"),
        Some("gzip"),
        "{}",
        got.show()
    );
    assert_eq!(got.header("content-type"), Some("application/json"));
}

/// A contract layer around the whole router, as a `tower` service: axum
/// empties an answer to `HEAD` (after writing its `content-length`) before
/// the layer sees it, and a derived error is still passed as made, with
/// the length of its own message, not answered again.
#[tokio::test]
async fn contract_around_the_router_passes_head_answers_as_made() {
    use axum::body::{Body, to_bytes};
    use axum::http::Request;
    use tower::{Layer as _, ServiceExt as _};

    async fn named() -> Result<(), AccountError> {
        Err(AccountError::NoSuchName {
            id: 7,
            name: "bob".into(),
        })
    }
    let app = apicodes::axum::ContractLayer::new().layer(Router::new().route("/named", get(named)));
    let request = |method| {
        Request::builder()
            .method(method)
            .uri("/named")
            .body(Body::empty())
    };
    let get = app.clone().oneshot(request("GET").unwrap()).await.unwrap();
    let head = app.oneshot(request("HEAD").unwrap()).await.unwrap();
    let body = r#"{"code":404,"message":"No user 7 named \"bob\""}"#;
    assert_eq!((get.status().as_u16(), head.status().as_u16()), (404, 404));
    for res in [&get, &head] {
        assert_eq!(res.headers()["content-length"], body.len().to_string());
        assert_eq!(res.headers()["content-type"], "application/json");
    }
    assert_eq!(to_bytes(get.into_body(), usize::MAX).await.unwrap(), body);
    assert!(
        to_bytes(head.into_body(), usize::MAX)
            .await
            .unwrap()
            .is_empty()
    );
}

/// What a contract layer around the whole router sees of a body is its
/// size: an answer to `HEAD` whose size nobody knew (compressed inside the
/// layer, so axum wrote no `content-length` before emptying it) passes as
/// made; a body emptied under the router's `content-length` (a stale one)
/// is answered again.
#[tokio::test]
async fn contract_around_the_router_reads_the_size_a_body_is_sent_with() {
    use axum::body::{Body, to_bytes};
    use axum::http::Request;
    use axum::response::Response;
    use tower::{Layer as _, ServiceBuilder, ServiceExt as _};
    use tower_http::compression::CompressionLayer;

    async fn named() -> Result<(), AccountError> {
        Err(AccountError::NoSuchName {
            id: 7,
            name: "bob".into(),
        })
    }
    let compressed = apicodes::axum::ContractLayer::new().layer(
        Router::new()
            .route("/named", get(named))
            .layer(CompressionLayer::new()),
    );
    let head = Request::head("/named")
        .header("accept-encoding", "gzip")
        .body(Body::empty())
        .unwrap();
    let res = compressed.oneshot(head).await.unwrap();
    assert_eq!(res.status().as_u16(), 404);
    assert_eq!(res.headers()["content-encoding"], "gzip");
    assert!(
        to_bytes(res.into_body(), usize::MAX)
            .await
            .unwrap()
            .is_empty()
    );

    let emptied = ServiceBuilder::new()
        .layer(apicodes::axum::ContractLayer::new())
        .map_response(|mut res: Response| {
            *res.body_mut() = Body::empty();
            res
        })
        .service(Router::new().route("/named", get(named)));
    let res = emptied
        .oneshot(Request::get("/named").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 404);
    assert_eq!(
        to_bytes(res.into_body(), usize::MAX).await.unwrap(),
        r#"{"code":404,"message":"Not found"}"#
    );
}

/// A replaced answer's body is read for the log; a body that panics when
/// read is still replaced by the documented body, its panic caught.
#[tokio::test]
async fn a_body_that_panics_when_read_for_the_log_is_still_replaced() {
    use axum::body::{Body, Bytes, to_bytes};
    use axum::http::Request;
    use axum::response::{IntoResponse, Response};
    use core::pin::Pin;
    use core::task::{Context, Poll};
    use http_body::{Frame, SizeHint};
    use tower::ServiceExt as _;

    struct Unreadable;

    impl http_body::Body for Unreadable {
        type Data = Bytes;
        type Error = core::convert::Infallible;

        fn poll_frame(
            self: Pin<&mut Self>,
            _: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
            panic!("internal detail")
        }

        fn size_hint(&self) -> SizeHint {
            SizeHint::with_exact(12)
        }
    }

    async fn unreadable() -> Response {
        (
            axum::http::StatusCode::BAD_REQUEST,
            [("content-type", "text/plain")],
            Body::new(Unreadable),
        )
            .into_response()
    }
    let app = Router::new()
        .route("/unreadable", get(unreadable))
        .layer(apicodes::axum::ContractLayer::new());
    let res = app
        .oneshot(Request::get("/unreadable").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
    assert_eq!(
        to_bytes(res.into_body(), usize::MAX).await.unwrap(),
        r#"{"code":400,"message":"Bad request"}"#
    );
}

/// A 400, the lowest error code, given a status below 400 afterwards (a
/// redirect to a sign-in page) is sent as any other error's is: that
/// status and its `Location`, without the error's JSON body, which would
/// contradict it.
#[tokio::test]
async fn a_400_given_a_redirects_status_is_sent_without_its_body() {
    use axum::body::{Body, to_bytes};
    use axum::http::{HeaderName, Request, StatusCode, header};
    use tower::{Layer as _, ServiceExt as _};

    async fn redirected() -> (StatusCode, [(HeaderName, &'static str); 1], AccountError) {
        (
            StatusCode::SEE_OTHER,
            [(header::LOCATION, "/sign-in")],
            AccountError::BadRequest,
        )
    }
    let app = apicodes::axum::ContractLayer::new()
        .layer(Router::new().route("/redirected", get(redirected)));
    let request = Request::builder()
        .uri("/redirected")
        .body(Body::empty())
        .unwrap();
    let res = app.oneshot(request).await.unwrap();
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(res.headers()["location"], "/sign-in");
    assert_eq!(res.headers().get("content-type"), None);
    assert_eq!(to_bytes(res.into_body(), usize::MAX).await.unwrap(), "");
}

/// A service written by hand whose `call` itself panics, before any future
/// is polled, is answered with the documented 500, as a handler's panic
/// is: the panic does not leave the layer.
#[tokio::test]
async fn a_service_whose_call_panics_is_the_documented_500() {
    use axum::body::{Body, to_bytes};
    use axum::http::Request;
    use axum::response::Response;
    use core::convert::Infallible;
    use core::future::Ready;
    use tower::{Layer as _, ServiceExt as _};

    let service = tower::service_fn(|_: Request<Body>| -> Ready<Result<Response, Infallible>> {
        panic!("internal detail")
    });
    let app = apicodes::axum::ContractLayer::new().layer(service);
    let res = app
        .oneshot(Request::get("/").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 500);
    assert_eq!(res.headers()["content-type"], "application/json");
    assert_eq!(
        to_bytes(res.into_body(), usize::MAX).await.unwrap(),
        r#"{"code":500,"message":"Server error"}"#
    );
}
