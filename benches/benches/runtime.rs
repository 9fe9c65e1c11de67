//! Runtime benchmarks: the derive's bodies against the floor and against what
//! users would write instead, in one criterion run, on identical inputs.
//!
//! `cargo bench -p apicodes-benches --bench runtime`. Every alternative is
//! checked at startup, outside timing, to produce the same bytes as the
//! derive.

use std::borrow::Cow;
use std::hint::black_box;

use apicodes::ApiError;
use criterion::{
    BenchmarkGroup, Criterion, criterion_group, criterion_main, measurement::WallTime,
};
use serde::Serialize;

/// The derived error: one static variant, one with two interpolated fields.
#[derive(Clone, Debug, thiserror::Error, ApiError, apicodes::axum::IntoResponse)]
enum AccountError {
    #[error("token issued before the last password change")]
    #[api_error(code = Gone)]
    StaleToken,
    #[error("field {field} of user {id} is invalid")]
    #[api_error(code = 400, message = "field {field} of user {id} is invalid")]
    InvalidField { field: &'static str, id: u64 },
}

/// The same enum as a user without the derive has it: thiserror alone.
#[derive(Clone, Debug, thiserror::Error)]
enum PlainError {
    #[error("token issued before the last password change")]
    StaleToken,
    #[error("field {field} of user {id} is invalid")]
    InvalidField { field: &'static str, id: u64 },
}

/// The floor: a `match` returning a precomputed `&'static str`, which only
/// a static variant can have, on the derived type itself.
fn floor(error: &AccountError) -> &'static str {
    match error {
        AccountError::StaleToken => r#"{"code":410,"message":"Gone"}"#,
        AccountError::InvalidField { .. } => "",
    }
}

/// The floor's `match`, returned as `ApiError::to_json` returns a body: a
/// `Cow<'static, str>`, three words where a `&str` is two, and a value
/// the caller must check to drop. What the derive costs beyond the
/// trait's signature is its distance from this row.
fn floor_cow(error: &AccountError) -> Cow<'static, str> {
    Cow::Borrowed(floor(error))
}

/// The floor for an interpolated body, written by hand into a reused
/// buffer: the literal parts and the `&'static str` field pushed as they
/// are (unescaped: the hand-written code knows this field needs no
/// escaping), the id through `write!`.
fn floor_interpolated(error: &AccountError, out: &mut String) {
    use std::fmt::Write as _;
    if let AccountError::InvalidField { field, id } = error {
        out.push_str(r#"{"code":400,"message":"field "#);
        out.push_str(field);
        out.push_str(" of user ");
        let _ = write!(out, "{id}");
        out.push_str(r#" is invalid"}"#);
    }
}

/// The body struct a user would write for serde.
#[derive(Serialize)]
struct ErrorBody<'a> {
    code: u16,
    message: Cow<'a, str>,
}

impl PlainError {
    /// The hand-written `match` for code and message.
    fn code_and_message(&self) -> (u16, Cow<'static, str>) {
        match self {
            PlainError::StaleToken => (410, Cow::Borrowed("Gone")),
            PlainError::InvalidField { field, id } => (
                400,
                Cow::Owned(format!("field {field} of user {id} is invalid")),
            ),
        }
    }

    /// `serde_json::to_string` of a `#[derive(Serialize)]` body struct.
    fn serde_to_string(&self) -> String {
        let (code, message) = self.code_and_message();
        serde_json::to_string(&ErrorBody { code, message }).expect("a body serializes")
    }

    /// `serde_json::to_writer` of the same struct into a reused buffer: the
    /// alternative to `write_json`.
    fn serde_to_writer(&self, out: &mut Vec<u8>) {
        let (code, message) = self.code_and_message();
        serde_json::to_writer(out, &ErrorBody { code, message }).expect("a body serializes");
    }

    /// `serde_json::json!` and `to_string`.
    fn json_macro(&self) -> String {
        let (code, message) = self.code_and_message();
        serde_json::json!({ "code": code, "message": message }).to_string()
    }

    /// `format!` for the envelope, `serde_json::to_string` to quote and
    /// escape the message.
    fn format_envelope(&self) -> String {
        let (code, message) = self.code_and_message();
        let message = serde_json::to_string(&message).expect("a string serializes");
        format!(r#"{{"code":{code},"message":{message}}}"#)
    }
}

/// One case: the same error in both forms.
struct Case {
    name: &'static str,
    derived: AccountError,
    plain: PlainError,
    has_floor: bool,
}

fn cases() -> [Case; 2] {
    let (field, id) = ("email", 1_234_567);
    [
        Case {
            name: "static",
            derived: AccountError::StaleToken,
            plain: PlainError::StaleToken,
            has_floor: true,
        },
        Case {
            name: "interpolated",
            derived: AccountError::InvalidField { field, id },
            plain: PlainError::InvalidField { field, id },
            has_floor: false,
        },
    ]
}

/// Every alternative must give the derive's bytes, or the comparison is void.
fn check_equal(case: &Case) {
    let expected = case.derived.to_json();
    let mut written = String::new();
    case.derived.write_json(&mut written);
    assert_eq!(written, expected, "{}: write_json", case.name);
    if case.has_floor {
        assert_eq!(floor(&case.derived), expected, "{}: floor", case.name);
        assert_eq!(floor_cow(&case.derived), expected, "{}: floor", case.name);
    } else {
        let mut floor = String::new();
        floor_interpolated(&case.derived, &mut floor);
        assert_eq!(floor, expected, "{}: floor", case.name);
    }
    assert_eq!(
        case.plain.serde_to_string(),
        expected,
        "{}: serde",
        case.name
    );
    let mut bytes = Vec::new();
    case.plain.serde_to_writer(&mut bytes);
    assert_eq!(bytes, expected.as_bytes(), "{}: serde writer", case.name);
    assert_eq!(case.plain.json_macro(), expected, "{}: json!", case.name);
    assert_eq!(
        case.plain.format_envelope(),
        expected,
        "{}: format!",
        case.name
    );
}

// Inputs go through `black_box`; criterion's `iter` passes each returned
// value through `black_box` too, and drops it inside the timed loop, so a
// body's deallocation is timed as a user would pay it. (A second
// `black_box` around the result would add a store-forwarding stall that
// costs more than the floor itself.)
fn bench_case(group: &mut BenchmarkGroup<'_, WallTime>, case: &Case) {
    let derived = &case.derived;
    let plain = &case.plain;
    group.bench_function("derive_to_json", |b| {
        b.iter(|| black_box(derived).to_json());
    });
    let mut buffer = String::with_capacity(128);
    group.bench_function("derive_write_json_reused", |b| {
        b.iter(|| {
            buffer.clear();
            black_box(derived).write_json(&mut buffer);
            black_box(&buffer);
        });
    });
    if case.has_floor {
        group.bench_function("floor_static_str", |b| {
            b.iter(|| floor(black_box(derived)));
        });
        group.bench_function("floor_static_cow", |b| {
            b.iter(|| floor_cow(black_box(derived)));
        });
    } else {
        group.bench_function("floor_by_hand_reused", |b| {
            b.iter(|| {
                buffer.clear();
                floor_interpolated(black_box(derived), &mut buffer);
                black_box(&buffer);
            });
        });
    }
    group.bench_function("serde_derive_to_string", |b| {
        b.iter(|| black_box(plain).serde_to_string());
    });
    let mut bytes = Vec::with_capacity(128);
    group.bench_function("serde_derive_to_writer_reused", |b| {
        b.iter(|| {
            bytes.clear();
            black_box(plain).serde_to_writer(&mut bytes);
            black_box(&bytes);
        });
    });
    group.bench_function("json_macro_to_string", |b| {
        b.iter(|| black_box(plain).json_macro());
    });
    group.bench_function("format_plus_serde_json", |b| {
        b.iter(|| black_box(plain).format_envelope());
    });
}

fn runtime(c: &mut Criterion) {
    for case in cases() {
        check_equal(&case);
        let mut group = c.benchmark_group(case.name);
        bench_case(&mut group, &case);
        group.finish();
    }
}

mod response {
    //! The axum path: a derived error's `Response` against the hand-written
    //! `(StatusCode, Json(...)).into_response()`.

    use std::hint::black_box;

    use axum::Json;
    use axum::http::{HeaderMap, StatusCode};
    use axum::response::{IntoResponse, Response};
    use criterion::{BatchSize, Criterion};

    use super::{ErrorBody, PlainError};

    /// What a user writes by hand for the plain error.
    impl IntoResponse for PlainError {
        fn into_response(self) -> Response {
            let (code, message) = self.code_and_message();
            let status = StatusCode::from_u16(code).expect("a documented code is a status");
            (status, Json(ErrorBody { code, message })).into_response()
        }
    }

    /// Status, headers and body bytes of a response.
    fn parts(response: Response) -> (StatusCode, HeaderMap, Vec<u8>) {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a current-thread runtime starts");
        let (head, body) = response.into_parts();
        let bytes = runtime
            .block_on(axum::body::to_bytes(body, usize::MAX))
            .expect("an in-memory body reads");
        (head.status, head.headers, bytes.to_vec())
    }

    pub fn bench(c: &mut Criterion) {
        for case in super::cases() {
            assert_eq!(
                parts(case.derived.clone().into_response()),
                parts(case.plain.clone().into_response()),
                "{}: axum response",
                case.name
            );
            // A handler returns its error by value: each side gets a fresh
            // one, cloned outside timing, and its response is dropped
            // outside timing too.
            let mut group = c.benchmark_group(format!("axum_{}", case.name));
            group.bench_function("derive_into_response", |b| {
                b.iter_batched(
                    || case.derived.clone(),
                    |error| black_box(error).into_response(),
                    BatchSize::SmallInput,
                );
            });
            group.bench_function("hand_written_into_response", |b| {
                b.iter_batched(
                    || case.plain.clone(),
                    |error| black_box(error).into_response(),
                    BatchSize::SmallInput,
                );
            });
            group.finish();
        }
    }
}

criterion_group!(benches, runtime, response::bench);
criterion_main!(benches);
