//! The `axum` feature over real HTTP: a server on 127.0.0.1:0, called with
//! reqwest; every documented error code's status, headers and exact body,
//! and each response classified back into the same code.
#![cfg(all(feature = "axum", feature = "json"))]
#![deny(warnings, clippy::pedantic)]

use std::time::Duration;

use apicodes::client::{Classified, classify};
use apicodes::{ApiError, Code};
use axum::extract::Path;
use axum::routing::get;
use axum::{Json, Router};

/// `Display` (from thiserror) is the private text for logs; the bodies
/// below show it never reaches the client.
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

fn client() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

/// What came back: status, `content-type`, `retry-after`, body bytes.
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

#[tokio::test]
async fn every_documented_error_code_over_real_http() {
    let base = serve(Router::new().route("/fail/{case}", get(fail))).await;
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

    // And the handler's success path is untouched.
    let ok = get_url(&client, &format!("{base}/fail/none")).await;
    assert_eq!(ok.status, 200);
    assert_eq!(ok.body, br#"{"id":1,"name":"alice"}"#);
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

/// Generics, lifetimes and where clauses pass through the axum impl, which
/// names only `$crate` and `::core` paths even without a prelude.
#[no_implicit_prelude]
mod hygiene {
    #[derive(::apicodes::ApiError)]
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
    let client = client();
    let got = get_url(&client, &format!("{base}/named")).await;
    assert_eq!(got.status, 404);
    assert_eq!(got.body, br#"{"code":404,"message":"No user bob"}"#);
    let got = get_url(&client, &format!("{base}/inner")).await;
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
    let res = apicodes::axum::into_response(&Code::NoContent as &dyn ApiError);
    assert_eq!(res.status(), 204);
    assert!(res.headers().is_empty());
}
