//! What the real-HTTP tests of every server integration share: the errors a
//! handler returns, the response each must produce, and the client that
//! checks them, so axum and actix-web are held to the same cases.
#![allow(dead_code, unreachable_pub)]

use std::time::Duration;

use apicodes::client::{Classified, classify};
use apicodes::{ApiError, Code};

/// `Display` (from thiserror) is the private text for logs; the bodies
/// below show it never reaches the client. (actix-web also needs it, with
/// `Debug`, of every `ResponseError`.)
#[derive(
    Debug, thiserror::Error, ApiError, apicodes::axum::IntoResponse, apicodes::actix::ResponseError,
)]
pub enum AccountError {
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
pub enum BillingError {
    #[error(transparent)]
    #[api_error(transparent)]
    Card(CardError),
}

/// ...and the second, where the codes are.
#[derive(Debug, thiserror::Error, ApiError)]
pub enum CardError {
    #[error("card declined")]
    #[api_error(code = 402)]
    Declined,
    #[error("{0} failed attempts")]
    #[api_error(code = 429, retry_after = 0)]
    TooManyAttempts(u64),
}

/// A route, the error its handler returns, and the response expected.
pub struct Case {
    pub path: &'static str,
    pub error: fn() -> AccountError,
    pub status: u16,
    pub body: &'static str,
    pub retry_after: Option<&'static str>,
}

pub const CASES: &[Case] = &[
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
pub struct Account {
    pub id: u64,
    pub name: &'static str,
}

/// What came back: status, `content-type`, `retry-after`, body bytes.
pub struct Received {
    pub status: u16,
    pub content_type: Option<String>,
    pub retry_after: Option<String>,
    pub content_length: Option<String>,
    pub body: Vec<u8>,
}

/// `method url` (`http://127.0.0.1:port/path`) with the raw client, on a
/// blocking thread: the server may run on the test's own runtime.
pub async fn request(method: &'static str, url: &str) -> Received {
    let rest = url.strip_prefix("http://").expect("an http:// URL");
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let addr: std::net::SocketAddr = host.parse().expect("a socket address");
    let target = format!("/{path}");
    let res = tokio::task::spawn_blocking(move || {
        crate::wire::fetch(addr, &crate::wire::Request::new(method, &target))
    })
    .await
    .expect("the request thread panicked");
    let header = |name| res.header(name).map(str::to_owned);
    Received {
        status: res.status,
        content_type: header("content-type"),
        retry_after: header("retry-after"),
        content_length: header("content-length"),
        body: res.body.clone(),
    }
}

/// `GET url`; see [`request`].
pub async fn get_url(url: &str) -> Received {
    request("GET", url).await
}

/// Calls `{base}/fail/{case}` for every case and checks status, headers and
/// exact body bytes, then classifies each response back into its code; and
/// checks that `{base}/fail/none` still succeeds.
pub async fn check_every_case(base: &str) {
    for case in CASES {
        let got = get_url(&format!("{base}/fail/{}", case.path)).await;
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
            Classified::NoContent { code: back } => {
                assert_eq!((back, code), (Code::NoContent, Code::NoContent));
            }
            Classified::Documented { code: back, body } => {
                assert_eq!(back, code, "{path}");
                assert_eq!(body.to_json(), case.body, "{path}");
            }
            Classified::Other(other) => panic!("{path}: {other}"),
        }
    }

    // The handler's success path is untouched.
    let ok = get_url(&format!("{base}/fail/none")).await;
    assert_eq!(ok.status, 200);
    assert_eq!(ok.body, br#"{"id":1,"name":"alice"}"#);
}

/// The cases cover every documented error code, each with its own status.
pub fn assert_cases_cover_every_error_code() {
    let covered: Vec<_> = CASES.iter().map(|case| (case.error)().code()).collect();
    for &code in Code::ALL {
        // 200, 201 and 202 are successes: the derive rejects them on errors.
        let is_error = !matches!(code, Code::Ok | Code::Created | Code::Accepted);
        assert_eq!(covered.contains(&code.into()), is_error, "{code}");
    }
    for case in CASES {
        assert_eq!((case.error)().code().as_u16(), case.status, "{}", case.path);
    }
}

/// Generics, lifetimes and where clauses pass through each integration's
/// impl, which names only `$crate` and `::core` paths even without a
/// prelude. `Debug` and `Display` are there for actix-web.
#[no_implicit_prelude]
pub mod hygiene {
    #[derive(
        ::core::fmt::Debug,
        ::apicodes::ApiError,
        ::apicodes::axum::IntoResponse,
        ::apicodes::actix::ResponseError,
    )]
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
