//! Generated code is warning-free under the strictest lints users set, and
//! needs no `#[allow]` a user may have forbidden: this file forbids them,
//! and CI compiles it under clippy.
#![forbid(
    warnings,
    unused_qualifications,
    clippy::pedantic,
    clippy::nursery,
    clippy::too_many_lines,
    clippy::trait_duplication_in_bounds,
    clippy::type_repetition_in_bounds,
    unused_imports,
    non_snake_case
)]

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
    // Bounded for a reference of any lifetime, and on `T` itself.
    #[api_error(message = "Borrowed {0:?} and {1:?}")]
    Borrowed(&'a Vec<T>, &'a T),
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
    #[api_error(other_error, code = 503)]
    Outage,
    /// A doc comment with a value a macro gives.
    #[doc = concat!("Read by ", "the compiler.")]
    FromMacro,
}

#[derive(
    Debug,
    ApiError,
    apicodes::axum::IntoResponse,
    apicodes::actix::ResponseError,
    apicodes::openapi::IntoResponses,
)]
#[api_error(code = 403, message = "User {0}")]
struct TupleStruct(u64);

impl fmt::Display for TupleStruct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "user {}", self.0)
    }
}

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

/// The user's own bounds, written as the derive would write them: the
/// derive adds none beside them (no duplicated bound to lint).
#[derive(Debug, ApiError)]
#[api_error(code = 400)]
enum UserBounded<E: ApiError<Table = apicodes::Code> + apicodes::ApiErrorDocs, T>
where
    T: fmt::Display,
{
    #[api_error(transparent)]
    Inner(E),
    #[api_error(message = "Bad {0}")]
    Shown(T),
}

#[derive(Debug, ApiError)]
enum AllTransparent {
    #[api_error(transparent)]
    A(TupleStruct),
}

#[derive(Debug, ApiError)]
enum Empty {}

/// A long enum, so every generated `match` is longer than the lints allow
/// a hand-written function to be.
macro_rules! long_enum {
    ($($variant:ident)*) => {
        #[derive(Debug, Clone, Copy, ApiError)]
        #[api_error(code = 404)]
        enum Long {
            $(
                #[api_error(message = "No such thing")]
                $variant,
            )*
        }

        const LONG: &[Long] = &[$(Long::$variant),*];
    };
}

long_enum! {
    A0 A1 A2 A3 A4 A5 A6 A7 A8 A9 B0 B1 B2 B3 B4 B5 B6 B7 B8 B9
    C0 C1 C2 C3 C4 C5 C6 C7 C8 C9 D0 D1 D2 D3 D4 D5 D6 D7 D8 D9
    E0 E1 E2 E3 E4 E5 E6 E7 E8 E9 F0 F1 F2 F3 F4 F5 F6 F7 F8 F9
    G0 G1 G2 G3 G4 G5 G6 G7 G8 G9 H0 H1 H2 H3 H4 H5 H6 H7 H8 H9
    I0 I1 I2 I3 I4 I5 I6 I7 I8 I9 J0 J1 J2 J3 J4 J5 J6 J7 J8 J9
    K0 K1 K2 K3 K4 K5 K6 K7 K8 K9 L0 L1 L2 L3 L4 L5 L6 L7 L8 L9
}

#[test]
fn compiles_without_warnings() {
    let user = TupleStruct(2);
    let (list, one) = (vec![1_u8], 1_u8);
    let every: [Every<'_, u8, TupleStruct>; 12] = [
        Every::Unit,
        Every::Tuple(1, "t"),
        Every::Struct { id: 1 },
        Every::Same1,
        Every::Same2,
        Every::Interpolated(1, 2),
        Every::Borrowed(&list, &one),
        Every::Named {
            name: "n",
            other: 0,
        },
        Every::Inner(TupleStruct(1)),
        Every::Limited {
            wait: std::time::Duration::from_secs(1),
        },
        Every::Outage,
        Every::FromMacro,
    ];
    let codes: Vec<u16> = every.iter().map(|e| e.code().as_u16()).collect();
    assert_eq!(
        codes,
        [400, 400, 400, 404, 404, 400, 400, 400, 403, 429, 503, 400]
    );
    if let Every::Tuple(number, text) = &every[1] {
        assert_eq!((*number, *text), (1, "t"));
    }
    if let Every::Struct { id } = every[2] {
        assert_eq!(id, 1);
    }
    if let Every::Named { other, .. } = every[7] {
        assert_eq!(other, 0);
    }
    assert_eq!(
        every[5].to_json(),
        r#"{"code":400,"message":"Bad 1 and 2"}"#
    );
    assert_eq!(
        every[6].to_json(),
        r#"{"code":400,"message":"Borrowed [1] and 1"}"#
    );
    assert_eq!(user.to_string(), "user 2");
    assert_eq!(
        Transparent { inner: user }.to_json(),
        r#"{"code":403,"message":"User 2"}"#
    );
    assert_eq!(
        AllInterpolated::A("x".into()).to_json(),
        r#"{"code":400,"message":"x"}"#
    );
    assert_eq!(
        AllTransparent::A(TupleStruct(1)).to_json(),
        r#"{"code":403,"message":"User 1"}"#
    );
    let bounded: [UserBounded<TupleStruct, u8>; 2] =
        [UserBounded::Inner(TupleStruct(3)), UserBounded::Shown(4)];
    assert_eq!(bounded[0].to_json(), r#"{"code":403,"message":"User 3"}"#);
    assert_eq!(bounded[1].to_json(), r#"{"code":400,"message":"Bad 4"}"#);
    assert_eq!(<Empty as apicodes::ApiErrorDocs>::variants().len(), 0);
    let docs = <Every<'static, u8, TupleStruct> as apicodes::ApiErrorDocs>::variants();
    assert!(docs.iter().any(|v| v.name == "FromMacro"
        && v.doc == "A doc comment with a value a macro gives.\nRead by the compiler."));
    assert_eq!(LONG.len(), 120);
    assert!(LONG.iter().all(|e| e.message() == "No such thing"));
}

/// A table of one's own, unused, and one a derive names: the table macro
/// needs no `allow` either.
#[apicodes::table]
pub enum UnusedLintCode {
    /// Nothing is here.
    #[code(message = "Not found")]
    NotFound = 404,
}

#[apicodes::table]
pub enum LintCode {
    /// The request is wrong.
    #[code(message = "Bad request")]
    BadRequest = 400,
}

#[derive(Debug, ApiError)]
#[api_error(codes = LintCode, code = 400)]
enum AgainstLintCode {
    Wrong,
}

#[test]
fn a_table_of_ones_own_needs_no_allow() {
    assert_eq!(
        AgainstLintCode::Wrong.to_json(),
        r#"{"code":400,"message":"Bad request"}"#
    );
    assert_eq!(UnusedLintCode::ALL.len(), 1);
}

// An enum of more variants than one array of 16 KiB holds (see build.rs):
// the derive writes its rows in arrays clippy's `large_stack_arrays`
// accepts.
include!(concat!(env!("OUT_DIR"), "/large.rs"));

#[test]
fn a_large_enum_reads_back_every_row() {
    use apicodes::ApiErrorDocs;
    let variants = Large::variants();
    assert_eq!(variants.len(), LARGE.len());
    for (i, (variant, error)) in variants.iter().zip(LARGE).enumerate() {
        assert_eq!(variant.name, format!("V{i}"));
        assert_eq!(variant.message, format!("large {i}"));
        assert_eq!(variant.doc, format!("Variant {i}."));
        let code = [400, 404, 429][i % 3];
        assert_eq!(
            error.to_json(),
            format!(r#"{{"code":{code},"message":"large {i}"}}"#)
        );
    }
}
