//! Generated code is warning-free under the strictest lints users set.
#![deny(warnings, unused_qualifications, clippy::pedantic, clippy::nursery)]
#![allow(dead_code)]

use std::fmt;

use apicodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(code = 400)]
enum Every<'a, T: fmt::Debug, E> {
    Unit,
    Tuple(u8, &'a str),
    Struct {
        id: u64,
    },
    #[api_error(code = 404)]
    Same1,
    #[api_error(code = 404)]
    Same2,
    #[api_error(message = "Bad {0} and {1:?}")]
    Interpolated(u8, T),
    #[api_error(message = "Bad {name}")]
    Named {
        name: &'a str,
        other: u8,
    },
    #[api_error(transparent)]
    Inner(E),
    #[api_error(code = 429, retry_after = wait)]
    Limited {
        wait: std::time::Duration,
    },
}

#[derive(Debug, ApiError)]
#[api_error(code = 403, message = "User {0}")]
struct TupleStruct(u64);

#[derive(Debug, ApiError)]
#[api_error(transparent)]
struct Transparent {
    inner: TupleStruct,
}

#[derive(Debug, ApiError)]
enum AllInterpolated {
    #[api_error(code = 400, message = "{0}")]
    A(String),
}

#[derive(Debug, ApiError)]
enum AllTransparent {
    #[api_error(transparent)]
    A(TupleStruct),
}

#[derive(Debug, ApiError)]
enum Empty {}

#[test]
fn compiles_without_warnings() {
    let err: Every<'_, u8, TupleStruct> = Every::Interpolated(1, 2);
    assert_eq!(err.to_json(), r#"{"code":400,"message":"Bad 1 and 2"}"#);
    assert_eq!(
        Transparent {
            inner: TupleStruct(3)
        }
        .to_json(),
        r#"{"code":403,"message":"User 3"}"#
    );
    assert_eq!(
        AllInterpolated::A("x".into()).to_json(),
        r#"{"code":400,"message":"x"}"#
    );
    assert_eq!(
        AllTransparent::A(TupleStruct(1)).to_json(),
        r#"{"code":403,"message":"User 1"}"#
    );
}
