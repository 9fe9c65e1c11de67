//! The `actix-web` feature over real HTTP: a server on 127.0.0.1:0, called
//! with a raw HTTP/1.1 client; every documented error code's status,
//! headers and exact body, and each response classified back into the same
//! code.
#![deny(warnings, clippy::pedantic)]

use crate::common;

use std::marker::PhantomData;

use actix_web::dev::ServerHandle;
use actix_web::{App, HttpResponse, HttpServer, ResponseError, web};
use apicodes::{ApiError, Code};
use common::{
    Account, AccountError, CASES, CardError, assert_cases_cover_every_error_code, check_every_case,
    get_url, hygiene,
};

/// Handlers return `Result<T, DerivedError>`, as users write them.
async fn fail(path: web::Path<String>) -> Result<web::Json<Account>, AccountError> {
    match CASES.iter().find(|case| case.path == *path) {
        Some(case) => Err((case.error)()),
        None => Ok(web::Json(Account {
            id: 1,
            name: "alice",
        })),
    }
}

/// A generic error whose `Display` (from thiserror) holds only where `E`'s
/// does: the `ResponseError` impl follows it.
#[derive(Debug, thiserror::Error, ApiError, apicodes::actix::ResponseError)]
enum Wrapper<E> {
    #[error("wrapped: {0}")]
    #[api_error(transparent)]
    Inner(E),
}

async fn wrapped() -> Result<HttpResponse, Wrapper<CardError>> {
    Err(Wrapper::Inner(CardError::Declined))
}

/// Serves the test app on a port the OS picks and returns its base URL.
/// The listener is bound before this returns, so requests queue until the
/// server accepts them: no sleeps, no races.
fn serve() -> (String, ServerHandle) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let server = HttpServer::new(|| {
        App::new()
            .route("/fail/{case}", web::get().to(fail))
            .route("/wrapped", web::get().to(wrapped))
    })
    .workers(1)
    .disable_signals()
    .listen(listener)
    .unwrap()
    .run();
    let handle = server.handle();
    actix_web::rt::spawn(server);
    (format!("http://{addr}"), handle)
}

#[actix_web::test]
async fn every_documented_error_code_over_real_http() {
    let (base, server) = serve();
    check_every_case(&base).await;

    // A generic error over real HTTP.
    let got = get_url(&format!("{base}/wrapped")).await;
    assert_eq!(got.status, 402);
    assert_eq!(got.body, br#"{"code":402,"message":"Payment required"}"#);

    // Each request closed its connection, so the graceful stop is immediate.
    server.stop(true).await;
}

#[test]
fn the_cases_cover_every_documented_error_code() {
    assert_cases_cover_every_error_code();
}

#[test]
fn response_error_gives_status_and_body_without_a_server() {
    let error = AccountError::Throttled { secs: 5 };
    assert_eq!(ResponseError::status_code(&error), 429);
    let res = error.error_response();
    assert_eq!(res.status(), 429);
    assert_eq!(res.headers().get("retry-after").unwrap(), "5");
    assert_eq!(
        res.headers().get("content-type").unwrap(),
        "application/json"
    );
    let res = apicodes::actix::error_response(&Code::NoContent as &dyn ApiError<Table = Code>);
    assert_eq!(res.status(), 204);
    assert!(res.headers().is_empty());
}

/// Derives `ApiError` only, and has no `Display`: the feature alone adds no
/// `ResponseError` impl (it is opted into per type, with the derive).
#[derive(Debug, ApiError)]
#[api_error(code = 403)]
struct NoDisplay;

/// `IMPLEMENTS` is true exactly when `T: ResponseError`: the inherent const
/// exists only then, and the trait's `false` is the fallback.
struct Probe<T>(PhantomData<T>);

trait Fallback {
    const IMPLEMENTS: bool = false;
}

impl<T> Fallback for Probe<T> {}

impl<T: ResponseError> Probe<T> {
    const IMPLEMENTS: bool = true;
}

#[test]
fn the_impl_applies_exactly_where_debug_and_display_hold() {
    const { assert!(Probe::<AccountError>::IMPLEMENTS) };
    const { assert!(Probe::<Wrapper<CardError>>::IMPLEMENTS) };
    const { assert!(Probe::<Wrapper<Code>>::IMPLEMENTS) };
    const { assert!(!Probe::<NoDisplay>::IMPLEMENTS) };
    const { assert!(!Probe::<Wrapper<NoDisplay>>::IMPLEMENTS) };
    assert_eq!(NoDisplay.code(), Code::Forbidden);
}

#[test]
fn generic_errors_with_lifetimes_are_response_errors() {
    let error: hygiene::Generic<'_, Code> = hygiene::Generic::Named("bob");
    assert_eq!(error.status_code(), 404);
    let res = hygiene::Generic::Inner::<Code>(Code::Gone).error_response();
    assert_eq!(res.status(), 410);
    const { assert!(Probe::<hygiene::Generic<'static, Code>>::IMPLEMENTS) };
}

/// A route whose other guard declines a request is answered as a wrong
/// method is (400), but without an `Allow` that would list the method the
/// client sent; a method no route takes keeps it.
#[actix_web::test]
async fn a_declined_guard_sends_no_allow_listing_the_method_sent() {
    use actix_web::{guard, test};

    async fn secret() -> HttpResponse {
        HttpResponse::Ok().body("[]")
    }

    let app = test::init_service(
        App::new()
            .service(
                web::resource("/admin")
                    .route(web::get().guard(guard::Header("x-key", "1")).to(secret)),
            )
            .default_service(web::to(apicodes::actix::not_found))
            .wrap(apicodes::actix::Contract::new()),
    )
    .await;
    let call = |method: actix_web::http::Method, key: Option<&'static str>| {
        let mut req = test::TestRequest::default().method(method).uri("/admin");
        if let Some(key) = key {
            req = req.insert_header(("x-key", key));
        }
        test::call_service(&app, req.to_request())
    };
    let allow = |headers: &actix_web::http::header::HeaderMap| {
        headers.get("allow").map(|v| v.to_str().unwrap().to_owned())
    };

    let res = call(actix_web::http::Method::GET, Some("1")).await;
    assert_eq!(res.status(), 200);

    for method in [actix_web::http::Method::GET, actix_web::http::Method::HEAD] {
        let res = call(method.clone(), None).await;
        assert_eq!(res.status(), 400, "{method}");
        assert_eq!(allow(res.headers()), None, "{method}");
    }

    let res = call(actix_web::http::Method::POST, None).await;
    assert_eq!(res.status(), 400);
    assert_eq!(allow(res.headers()).as_deref(), Some("GET, HEAD"));
    let body = test::read_body(res).await;
    assert_eq!(&body[..], br#"{"code":400,"message":"Bad request"}"#);
}

/// A scope's own default service answers for the paths under it: given
/// `not_found` too, a wrong method there is the documented 400 and an
/// unknown path the 404; given another, both are that service's 404, made
/// the documented one (as the module docs say).
#[actix_web::test]
async fn a_scope_s_default_service_is_not_found_too() {
    use actix_web::http::Method;
    use actix_web::test;

    async fn own_404() -> HttpResponse {
        HttpResponse::NotFound().body("my own 404 page")
    }

    let app = test::init_service(
        App::new()
            .service(
                web::scope("/api")
                    .route("/x", web::get().to(HttpResponse::Ok))
                    .default_service(web::to(apicodes::actix::not_found)),
            )
            .service(
                web::scope("/own")
                    .route("/x", web::get().to(HttpResponse::Ok))
                    .default_service(web::to(own_404)),
            )
            .default_service(web::to(apicodes::actix::not_found))
            .wrap(apicodes::actix::Contract::new()),
    )
    .await;
    let cases = [
        (
            Method::POST,
            "/api/x",
            400,
            r#"{"code":400,"message":"Bad request"}"#,
        ),
        (
            Method::GET,
            "/api/y",
            404,
            r#"{"code":404,"message":"Not found"}"#,
        ),
        (
            Method::POST,
            "/own/x",
            404,
            r#"{"code":404,"message":"Not found"}"#,
        ),
        (
            Method::GET,
            "/own/y",
            404,
            r#"{"code":404,"message":"Not found"}"#,
        ),
    ];
    for (method, path, status, body) in cases {
        let req = test::TestRequest::default()
            .method(method.clone())
            .uri(path)
            .to_request();
        let res = test::call_service(&app, req).await;
        assert_eq!(res.status(), status, "{method} {path}");
        assert_eq!(
            test::read_body(res).await,
            body.as_bytes(),
            "{method} {path}"
        );
    }
}

/// A panic behind the contract is the service's error, which the server
/// sends as the documented 500: in actix-web's test helpers it comes back
/// from `try_call_service` as that error, as the module docs say.
#[actix_web::test]
async fn a_panic_in_a_test_service_is_the_documented_500() {
    use actix_web::test;

    async fn explode() -> HttpResponse {
        panic!("internal detail")
    }

    let app = test::init_service(
        App::new()
            .route("/panic", web::get().to(explode))
            .wrap(apicodes::actix::Contract::new()),
    )
    .await;
    let req = test::TestRequest::get().uri("/panic").to_request();
    assert_the_services_500(test::try_call_service(&app, req).await).await;
}

/// Asserts that `answer` (of `test::try_call_service`) is the service's
/// error, which the server sends as the documented 500 (a panic's).
async fn assert_the_services_500<B>(
    answer: Result<actix_web::dev::ServiceResponse<B>, actix_web::Error>,
) {
    let Err(error) = answer else {
        panic!("the panic is the service's error");
    };
    let res = error.error_response();
    assert_eq!(res.status(), 500);
    let body = actix_web::body::to_bytes(res.into_body()).await.unwrap();
    assert_eq!(&body[..], br#"{"code":500,"message":"Server error"}"#);
}

/// An inner middleware's error whose rendering panics (its
/// `error_response`, which the contract calls to read its status) is
/// answered as a handler's panic is: the documented 500, not a dropped
/// connection.
#[actix_web::test]
async fn a_panic_rendering_an_inner_middlewares_error_is_the_documented_500() {
    use actix_web::dev::Service as _;
    use actix_web::test;

    #[derive(Debug)]
    struct Unrenderable;

    impl core::fmt::Display for Unrenderable {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("unrenderable")
        }
    }

    impl ResponseError for Unrenderable {
        fn error_response(&self) -> HttpResponse {
            panic!("internal detail")
        }
    }

    let app = test::init_service(
        App::new()
            .route("/mw", web::get().to(HttpResponse::Ok))
            .wrap_fn(|req, srv| {
                let fail = req.path() == "/mw";
                let call = srv.call(req);
                async move {
                    if fail {
                        return Err(Unrenderable.into());
                    }
                    call.await
                }
            })
            .wrap(apicodes::actix::Contract::new()),
    )
    .await;
    let req = test::TestRequest::get().uri("/mw").to_request();
    assert_the_services_500(test::try_call_service(&app, req).await).await;
}

/// A 405 a handler sends with its `Allow` on several lines is read as one
/// list: `HEAD` joins `GET`, and a list naming the method sent is dropped.
/// Every line of a kept header stays (two cookies were one).
#[actix_web::test]
async fn allow_on_several_lines_is_one_list() {
    use actix_web::test;

    async fn not_allowed() -> HttpResponse {
        HttpResponse::MethodNotAllowed()
            .append_header(("allow", "GET"))
            .append_header(("allow", "POST"))
            .append_header(("set-cookie", "a=1"))
            .append_header(("set-cookie", "b=2"))
            .finish()
    }

    let app = test::init_service(
        App::new()
            .route("/two", web::to(not_allowed))
            .wrap(apicodes::actix::Contract::new()),
    )
    .await;
    let call = |method: actix_web::http::Method| {
        test::call_service(
            &app,
            test::TestRequest::default()
                .method(method)
                .uri("/two")
                .to_request(),
        )
    };
    let allow = |headers: &actix_web::http::header::HeaderMap| {
        headers
            .get_all("allow")
            .map(|v| v.to_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };

    let res = call(actix_web::http::Method::PUT).await;
    assert_eq!(res.status(), 400);
    assert_eq!(allow(res.headers()), ["GET, HEAD, POST"]);
    // Every line of a header the answer keeps (each cookie).
    let cookies: Vec<_> = res.headers().get_all("set-cookie").collect();
    assert_eq!(cookies, ["a=1", "b=2"]);

    let res = call(actix_web::http::Method::POST).await;
    assert_eq!(res.status(), 400);
    assert_eq!(allow(res.headers()), Vec::<String>::new());
}

/// An inner middleware whose `call` itself panics, before its future is
/// polled, is answered as a handler's panic is: the documented 500.
#[actix_web::test]
async fn a_middleware_whose_call_panics_is_the_documented_500() {
    use actix_web::dev::Service as _;
    use actix_web::test;

    let app = test::init_service(
        App::new()
            .route("/mw", web::get().to(HttpResponse::Ok))
            .wrap_fn(|req, srv| {
                assert_ne!(req.path(), "/mw", "internal detail");
                srv.call(req)
            })
            .wrap(apicodes::actix::Contract::new()),
    )
    .await;
    let req = test::TestRequest::get().uri("/mw").to_request();
    assert_the_services_500(test::try_call_service(&app, req).await).await;
}

/// An inner middleware's error of a status the table does not document
/// comes back from the contract as an error that states the status it is
/// sent with, the documented 400, to whatever reads it
/// (`ResponseError::status_code`) as well as in its response.
#[actix_web::test]
async fn a_replaced_middleware_error_states_the_status_it_is_sent_with() {
    use actix_web::test;

    let app = test::init_service(
        App::new()
            .route("/mw", web::get().to(HttpResponse::Ok))
            .wrap_fn(|_, _| async {
                Err::<actix_web::dev::ServiceResponse, _>(actix_web::error::ErrorConflict("taken"))
            })
            .wrap(apicodes::actix::Contract::new()),
    )
    .await;
    let req = test::TestRequest::get().uri("/mw").to_request();
    let Err(error) = test::try_call_service(&app, req).await else {
        panic!("an inner middleware's error is the service's error");
    };
    assert_eq!(error.as_response_error().status_code(), 400);
    let res = error.error_response();
    assert_eq!(res.status(), 400);
    let body = actix_web::body::to_bytes(res.into_body()).await.unwrap();
    assert_eq!(&body[..], br#"{"code":400,"message":"Bad request"}"#);
}
