//! The `http` feature: `Code` <-> `http::StatusCode`, and the one place the
//! HTTP rules are written (status, content-type, 204, Retry-After).
#![deny(warnings, clippy::pedantic)]

use std::time::Duration;

use apicodes::http::{ErrorResponse, JSON_CONTENT_TYPE, response};
use apicodes::{ApiError, Code, UnknownCode};
use http::{Response, StatusCode};

#[derive(Debug, ApiError)]
enum AccountError {
    #[api_error(code = 404)]
    NoSuchUser,
    #[api_error(code = 204)]
    Deleted,
    #[api_error(code = 400, message = "Bad \"name\": {0}")]
    BadName(String),
    #[api_error(code = 429, retry_after = secs)]
    Throttled { secs: u32 },
    #[api_error(code = 429, retry_after = wait)]
    ThrottledFor { wait: Duration },
    #[api_error(code = 429, retry_after = wait)]
    MaybeThrottled { wait: Option<u64> },
    #[api_error(transparent)]
    Billing(BillingError),
}

#[derive(Debug, ApiError)]
enum BillingError {
    #[api_error(transparent)]
    Card(CardError),
}

#[derive(Debug, ApiError)]
enum CardError {
    #[api_error(code = 402, message = "Card declined")]
    Declined,
    #[api_error(code = 429, retry_after = 0)]
    TooManyAttempts(u64),
}

/// Status, `content-type`, `retry-after` and body of a response, for one
/// `assert_eq!` per case.
fn parts(res: &Response<String>) -> (u16, Option<&str>, Option<&str>, &str) {
    let header = |name| res.headers().get(name).map(|v| v.to_str().unwrap());
    (
        res.status().as_u16(),
        header("content-type"),
        header("retry-after"),
        res.body(),
    )
}

#[test]
fn code_converts_to_status_code_and_back() {
    for &code in Code::ALL {
        let status = StatusCode::from(code);
        assert_eq!(status.as_u16(), code.as_u16());
        assert_eq!(Code::try_from(status), Ok(code));
    }
    assert_eq!(
        StatusCode::from(Code::OutOfStorage),
        StatusCode::INSUFFICIENT_STORAGE
    );
}

#[derive(Debug, ApiError)]
enum Outage {
    #[api_error(other_error)]
    Database,
    #[api_error(code = 503, other_error)]
    Maintenance,
    #[api_error(code = Gone)]
    Closed,
}

#[test]
fn an_errors_status_converts_to_status_code_and_back() {
    let status = |error: &Outage| StatusCode::from(error.code());
    assert_eq!(status(&Outage::Database), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        status(&Outage::Maintenance),
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(status(&Outage::Closed), StatusCode::GONE);
    for error in [Outage::Database, Outage::Maintenance, Outage::Closed] {
        assert_eq!(apicodes::Status::try_from(status(&error)), Ok(error.code()));
        // The same status line `ErrorResponse` sends.
        assert_eq!(status(&error), ErrorResponse::new(&error).status());
    }
    assert_eq!(
        apicodes::Status::<Code>::try_from(StatusCode::IM_A_TEAPOT),
        Err(UnknownCode::new(418))
    );
    // From a number, the same error as from a status line.
    assert_eq!(
        apicodes::Status::<Code>::try_from(418),
        Err(UnknownCode::new(418))
    );
}

#[test]
fn undocumented_status_codes_are_unknown_codes_with_the_spec_advice() {
    let err = Code::try_from(StatusCode::BAD_GATEWAY).unwrap_err();
    assert_eq!(err, UnknownCode::new(502));
    let message = err.to_string();
    assert!(
        message.starts_with("response code 502 is not documented"),
        "{message}"
    );
    assert!(message.ends_with(apicodes::OTHER_ERRORS), "{message}");
    for n in [100, 203, 302, 418, 500, 503, 999] {
        let status = StatusCode::from_u16(n).unwrap();
        assert_eq!(Code::try_from(status), Err(UnknownCode::new(n)));
    }
}

#[test]
fn every_code_is_sent_with_its_status_content_type_and_exact_body() {
    for &code in Code::ALL.iter().filter(|&&code| code != Code::NoContent) {
        let res: Response<String> = response(&code);
        assert_eq!(
            parts(&res),
            (code.as_u16(), Some("application/json"), None, code.json()),
            "{code}"
        );
        assert_eq!(res.headers().len(), 1, "{code}: only content-type");
    }
    let res: Response<String> = response(&Code::NotFound);
    assert_eq!(res.body(), r#"{"code":404,"message":"Not found"}"#);
}

#[test]
fn no_content_has_no_body_and_no_headers() {
    for error in [
        &Code::NoContent as &dyn ApiError<Table = Code>,
        &AccountError::Deleted,
    ] {
        let res: Response<String> = response(error);
        assert_eq!(parts(&res), (204, None, None, ""));
        assert!(res.headers().is_empty());
        let plan = ErrorResponse::new(error);
        assert_eq!(plan.body(), None);
        assert_eq!(plan.content_type(), None);
    }
}

#[test]
fn derived_errors_send_their_message_escaped() {
    let res: Response<String> = response(&AccountError::BadName("a\"b".to_owned()));
    assert_eq!(
        parts(&res),
        (
            400,
            Some(JSON_CONTENT_TYPE),
            None,
            r#"{"code":400,"message":"Bad \"name\": a\"b"}"#
        )
    );
    let res: Response<String> = response(&AccountError::NoSuchUser);
    assert_eq!(
        parts(&res),
        (
            404,
            Some("application/json"),
            None,
            r#"{"code":404,"message":"Not found"}"#
        )
    );
}

#[test]
fn retry_after_is_sent_in_whole_seconds() {
    let cases: [(AccountError, Option<&str>); 7] = [
        (AccountError::Throttled { secs: 30 }, Some("30")),
        (AccountError::Throttled { secs: 0 }, Some("0")),
        (
            AccountError::ThrottledFor {
                wait: Duration::from_secs(3),
            },
            Some("3"),
        ),
        (
            AccountError::ThrottledFor {
                wait: Duration::from_millis(1500),
            },
            Some("2"),
        ),
        (
            AccountError::ThrottledFor {
                wait: Duration::from_nanos(1),
            },
            Some("1"),
        ),
        (AccountError::MaybeThrottled { wait: None }, None),
        (
            AccountError::MaybeThrottled {
                wait: Some(u64::MAX),
            },
            Some("18446744073709551615"),
        ),
    ];
    for (error, retry_after) in cases {
        let res: Response<String> = response(&error);
        assert_eq!(
            parts(&res),
            (
                429,
                Some("application/json"),
                retry_after,
                r#"{"code":429,"message":"Too many requests"}"#
            ),
            "{error:?}"
        );
    }
}

#[test]
fn transparent_errors_two_levels_deep_keep_code_message_and_retry_after() {
    let declined = AccountError::Billing(BillingError::Card(CardError::Declined));
    let res: Response<String> = response(&declined);
    assert_eq!(
        parts(&res),
        (
            402,
            Some("application/json"),
            None,
            r#"{"code":402,"message":"Card declined"}"#
        )
    );
    let attempts = AccountError::Billing(BillingError::Card(CardError::TooManyAttempts(60)));
    let res: Response<String> = response(&attempts);
    assert_eq!(
        parts(&res),
        (
            429,
            Some("application/json"),
            Some("60"),
            r#"{"code":429,"message":"Too many requests"}"#
        )
    );
}

#[test]
fn unsized_and_boxed_errors_work() {
    let boxed: Box<dyn ApiError<Table = Code>> = Box::new(AccountError::Throttled { secs: 5 });
    let res: Response<String> = response(&*boxed);
    assert_eq!(parts(&res).2, Some("5"));
    let res: Response<String> = response(&boxed);
    assert_eq!(parts(&res).0, 429);
}

#[test]
fn the_body_type_is_the_callers_choice() {
    let res: Response<Box<str>> = response(&Code::Gone);
    assert_eq!(&**res.body(), r#"{"code":410,"message":"Gone"}"#);
    let res: Response<std::borrow::Cow<'static, str>> = response(&Code::Gone);
    assert!(matches!(res.body(), std::borrow::Cow::Borrowed(_)));
    // Bytes, the body type of most of the ecosystem, and plain bytes; an
    // interpolated body (owned) as well as a static one.
    let res: Response<axum::body::Bytes> = response(&Code::Gone);
    assert_eq!(&res.body()[..], br#"{"code":410,"message":"Gone"}"#);
    let res: Response<axum::body::Bytes> = response(&AccountError::BadName("\"x\"".into()));
    assert_eq!(
        &res.body()[..],
        br#"{"code":400,"message":"Bad \"name\": \"x\""}"#
    );
    let res: Response<Vec<u8>> = response(&Code::NoContent);
    assert_eq!(
        (res.status(), res.body().len()),
        (StatusCode::NO_CONTENT, 0)
    );
}

#[test]
fn error_response_exposes_the_decision() {
    let plan = ErrorResponse::new(&AccountError::Throttled { secs: 9 });
    assert_eq!(plan.code(), Code::TooManyRequests);
    assert_eq!(plan.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(plan.content_type(), Some("application/json"));
    assert_eq!(plan.retry_after(), Some(9));
    assert_eq!(
        plan.clone().into_body().as_deref(),
        Some(r#"{"code":429,"message":"Too many requests"}"#)
    );
    let res: Response<String> = plan.into_response();
    assert_eq!(parts(&res).2, Some("9"));
}

/// Only a 429 carries `Retry-After`, whatever a hand-written impl's
/// `retry_after()` returns for another code.
#[test]
fn retry_after_goes_on_a_429_alone() {
    #[derive(Debug)]
    struct Busy;

    impl ApiError for Busy {
        type Table = Code;
        fn code(&self) -> apicodes::Status {
            apicodes::Status::Other(apicodes::OtherError::new(503).unwrap())
        }
        fn retry_after(&self) -> Option<u64> {
            Some(30)
        }
    }

    let res: Response<String> = response(&Busy);
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(res.headers().get("retry-after"), None);
    assert_eq!(ErrorResponse::new(&Busy).retry_after(), None);
}

/// A table's 1xx, from the lowest (100, Continue) to the oddest (199), is
/// never an error's final answer: the server's failure is sent instead.
#[test]
fn a_tables_1xx_is_sent_as_the_servers_failure() {
    #[apicodes::table]
    pub enum Interim {
        /// Go on sending the request.
        #[code(message = "Continue")]
        Continue = 100,
        /// An interim code of the API's own.
        #[code(message = "Odd")]
        Odd = 199,
        /// Nothing there.
        #[code(message = "Not found")]
        NotFound = 404,
    }

    for interim in [Interim::Continue, Interim::Odd] {
        let plan = ErrorResponse::new(&interim);
        assert_eq!(
            plan.status(),
            StatusCode::INTERNAL_SERVER_ERROR,
            "{interim:?}"
        );
        assert_eq!(
            plan.into_body().as_deref(),
            Some(r#"{"code":500,"message":"Server error"}"#),
            "{interim:?}"
        );
    }
}
