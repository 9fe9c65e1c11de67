//! The `actix-web` feature over real HTTP: a server on 127.0.0.1:0, called
//! with reqwest; every documented error code's status, headers and exact
//! body, and each response classified back into the same code.
#![cfg(all(feature = "actix-web", feature = "json"))]
#![deny(warnings, clippy::pedantic)]

use std::marker::PhantomData;
use std::time::Duration;

use actix_web::dev::ServerHandle;
use actix_web::{App, HttpResponse, HttpServer, ResponseError, web};
use apicodes::client::{Classified, classify};
use apicodes::{ApiError, Code};

/// actix-web needs `Debug` and `Display`; thiserror gives the private text
/// for logs, which the bodies below show never reaches the client.
#[derive(Debug, thiserror::Error, ApiError)]
enum AccountError {
    #[error("account deleted")]
    #[api_error(code = 204)]
    Deleted,
    #[error("malformed request")]
    #[api_error(code = 400)]
    BadRequest,
    #[error("bad credentials")]
    #[api_error(code = 401)]
    Unauthorized,
    #[error("not your account")]
    #[api_error(code = 403)]
    Forbidden,
    #[error("no user with id {id}")]
    #[api_error(code = 404)]
    NoSuchUser { id: u64 },
    #[error("no user {id} named {name}")]
    #[api_error(code = 404, message = "No user {id} named \"{name}\"")]
    NoSuchName { id: u64, name: String },
    #[error("token predates the last password change")]
    #[api_error(code = Gone)]
    StaleToken,
    #[error("throttled for {secs} s")]
    #[api_error(code = 429, retry_after = secs)]
    Throttled { secs: u32 },
    #[error("throttled for {wait:?}")]
    #[api_error(code = 429, retry_after = wait)]
    ThrottledFor { wait: Duration },
    #[error("attribute quota reached")]
    #[api_error(code = 507)]
    OutOfAttributes,
    #[error(transparent)]
    #[api_error(transparent)]
    Billing(BillingError),
}

/// One level of transparency...
#[derive(Debug, thiserror::Error, ApiError)]
enum BillingError {
    #[error(transparent)]
    #[api_error(transparent)]
    Card(CardError),
}

/// ...and the second, where the codes are.
#[derive(Debug, thiserror::Error, ApiError)]
enum CardError {
    #[error("card declined")]
    #[api_error(code = 402)]
    Declined,
    #[error("{0} failed attempts")]
    #[api_error(code = 429, retry_after = 0)]
    TooManyAttempts(u64),
}

/// A route, the error its handler returns, and the response expected.
struct Case {
    path: &'static str,
    error: fn() -> AccountError,
    status: u16,
    body: &'static str,
    retry_after: Option<&'static str>,
}

const CASES: &[Case] = &[
    Case {
        path: "deleted",
        error: || AccountError::Deleted,
        status: 204,
        body: "",
        retry_after: None,
    },
    Case {
        path: "bad-request",
        error: || AccountError::BadRequest,
        status: 400,
        body: r#"{"code":400,"message":"Bad request"}"#,
        retry_after: None,
    },
    Case {
        path: "unauthorized",
        error: || AccountError::Unauthorized,
        status: 401,
        body: r#"{"code":401,"message":"Unauthorized"}"#,
        retry_after: None,
    },
    Case {
        path: "declined",
        error: || AccountError::Billing(BillingError::Card(CardError::Declined)),
        status: 402,
        body: r#"{"code":402,"message":"Payment required"}"#,
        retry_after: None,
    },
    Case {
        path: "forbidden",
        error: || AccountError::Forbidden,
        status: 403,
        body: r#"{"code":403,"message":"Forbidden"}"#,
        retry_after: None,
    },
    Case {
        path: "no-such-user",
        error: || AccountError::NoSuchUser { id: 7 },
        status: 404,
        body: r#"{"code":404,"message":"Not found"}"#,
        retry_after: None,
    },
    Case {
        path: "no-such-name",
        error: || AccountError::NoSuchName {
            id: 7,
            name: "a\"b".to_owned(),
        },
        status: 404,
        body: r#"{"code":404,"message":"No user 7 named \"a\"b\""}"#,
        retry_after: None,
    },
    Case {
        path: "stale-token",
        error: || AccountError::StaleToken,
        status: 410,
        body: r#"{"code":410,"message":"Gone"}"#,
        retry_after: None,
    },
    Case {
        path: "throttled",
        error: || AccountError::Throttled { secs: 30 },
        status: 429,
        body: r#"{"code":429,"message":"Too many requests"}"#,
        retry_after: Some("30"),
    },
    Case {
        path: "throttled-for",
        error: || AccountError::ThrottledFor {
            wait: Duration::from_millis(1500),
        },
        status: 429,
        body: r#"{"code":429,"message":"Too many requests"}"#,
        retry_after: Some("2"),
    },
    Case {
        path: "too-many-attempts",
        error: || AccountError::Billing(BillingError::Card(CardError::TooManyAttempts(60))),
        status: 429,
        body: r#"{"code":429,"message":"Too many requests"}"#,
        retry_after: Some("60"),
    },
    Case {
        path: "out-of-attributes",
        error: || AccountError::OutOfAttributes,
        status: 507,
        body: r#"{"code":507,"message":"Out of storage"}"#,
        retry_after: None,
    },
];

#[derive(serde::Serialize)]
struct Account {
    id: u64,
    name: &'static str,
}

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
#[derive(Debug, thiserror::Error, ApiError)]
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

fn client() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

/// What came back: status, headers of interest, body bytes.
struct Received {
    status: u16,
    content_type: Option<String>,
    retry_after: Option<String>,
    content_length: Option<String>,
    body: Vec<u8>,
}

async fn get_url(client: &reqwest::Client, url: &str) -> Received {
    let res = client.get(url).send().await.unwrap();
    let header = |name| {
        res.headers()
            .get(name)
            .map(|v: &reqwest::header::HeaderValue| v.to_str().unwrap().to_owned())
    };
    let (content_type, retry_after) = (header("content-type"), header("retry-after"));
    let content_length = header("content-length");
    let status = res.status().as_u16();
    let body = res.bytes().await.unwrap().to_vec();
    Received {
        status,
        content_type,
        retry_after,
        content_length,
        body,
    }
}

#[actix_web::test]
async fn every_documented_error_code_over_real_http() {
    let (base, server) = serve();
    let client = client();
    for case in CASES {
        let got = get_url(&client, &format!("{base}/fail/{}", case.path)).await;
        let path = case.path;
        assert_eq!(got.status, case.status, "{path}");
        assert_eq!(
            String::from_utf8(got.body.clone()).unwrap(),
            case.body,
            "{path}: exact body bytes"
        );
        assert_eq!(got.retry_after.as_deref(), case.retry_after, "{path}");
        if case.status == 204 {
            // RFC 9110: no body, no content-type, no content-length.
            assert_eq!(got.content_type, None, "{path}");
            assert_eq!(got.content_length, None, "{path}");
        } else {
            assert_eq!(
                got.content_type.as_deref(),
                Some("application/json"),
                "{path}"
            );
            assert_eq!(
                got.content_length,
                Some(case.body.len().to_string()),
                "{path}"
            );
        }

        // The round trip: the client reads back the code the server sent.
        let code = Code::try_from(case.status).unwrap();
        match classify(got.status, &got.body) {
            Classified::NoContent => assert_eq!(code, Code::NoContent),
            Classified::Documented { code: back, body } => {
                assert_eq!(back, code, "{path}");
                assert_eq!(body.to_json(), case.body, "{path}");
            }
            Classified::Other(other) => panic!("{path}: {other}"),
        }
    }

    // The handler's success path is untouched.
    let ok = get_url(&client, &format!("{base}/fail/none")).await;
    assert_eq!(ok.status, 200);
    assert_eq!(ok.body, br#"{"id":1,"name":"alice"}"#);

    // A generic error over real HTTP.
    let got = get_url(&client, &format!("{base}/wrapped")).await;
    assert_eq!(got.status, 402);
    assert_eq!(got.body, br#"{"code":402,"message":"Payment required"}"#);

    // Closing the client's keep-alive connections first lets the graceful
    // stop finish at once.
    drop(client);
    server.stop(true).await;
}

#[test]
fn the_cases_cover_every_documented_error_code() {
    let covered: Vec<Code> = CASES.iter().map(|case| (case.error)().code()).collect();
    for &code in Code::ALL {
        // 200, 201 and 202 are successes: the derive rejects them on errors.
        let is_error = !matches!(code, Code::Ok | Code::Created | Code::Accepted);
        assert_eq!(covered.contains(&code), is_error, "{code}");
    }
    for case in CASES {
        assert_eq!((case.error)().code().as_u16(), case.status, "{}", case.path);
    }
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
    let res = apicodes::actix::error_response(&Code::NoContent as &dyn ApiError);
    assert_eq!(res.status(), 204);
    assert!(res.headers().is_empty());
}

/// Derives, but has no `Display`: it still compiles with the feature on,
/// and simply is not a `ResponseError`.
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

/// Generics, lifetimes and where clauses pass through the actix impl, which
/// names only `$crate` and `::core` paths even without a prelude.
#[no_implicit_prelude]
mod hygiene {
    #[derive(::core::fmt::Debug, ::apicodes::ApiError)]
    #[api_error(code = 400)]
    pub enum Generic<'a, E>
    where
        E: ::core::clone::Clone,
    {
        #[api_error(code = 404, message = "No user {0}")]
        Named(&'a ::core::primitive::str),
        #[api_error(transparent)]
        Inner(E),
    }

    impl<E: ::core::clone::Clone> ::core::fmt::Display for Generic<'_, E> {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str("generic")
        }
    }
}

#[test]
fn generic_errors_with_lifetimes_are_response_errors() {
    let error: hygiene::Generic<'_, Code> = hygiene::Generic::Named("bob");
    assert_eq!(error.status_code(), 404);
    let res = hygiene::Generic::Inner::<Code>(Code::Gone).error_response();
    assert_eq!(res.status(), 410);
    const { assert!(Probe::<hygiene::Generic<'static, Code>>::IMPLEMENTS) };
}
