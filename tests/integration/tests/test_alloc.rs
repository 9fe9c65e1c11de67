//! A fresh `to_json()` allocates once where the fields' lengths are known
//! (strings and integers, owned or borrowed), and a static body not at
//! all. A binary of its own: `allocation-counter` replaces the global
//! allocator to count each thread's allocations.
#![deny(warnings, clippy::pedantic)]

use std::borrow::Cow;
use std::fmt;

use apicodes::ApiError;

/// `error.to_json()`, and how many allocations (a reallocation counts) it
/// made on this thread.
fn to_json_counted<E: ApiError>(error: &E) -> (String, u64) {
    let mut json = Cow::Borrowed("");
    let info = allocation_counter::measure(|| json = error.to_json());
    (json.into_owned(), info.count_total)
}

/// A type of the user's own: `Display` only, its length unknown.
struct Shown;

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("shown")
    }
}

#[derive(apicodes::ApiError)]
enum Fields<'a, T> {
    #[api_error(code = 404)]
    Static,
    #[api_error(code = 400, message = "{0} of {1} ({2}, {3})")]
    Owned(&'static str, String, u64, i32),
    #[api_error(code = 400, message = "{0} of {1}, {2} and {3}")]
    Borrowed(&'a str, Cow<'a, str>, &'a String, &'a u64),
    #[api_error(code = 400, message = "wide {0} and {1}")]
    Wide(u128, i128),
    #[api_error(code = 400, message = "sized {0} {1}")]
    Sized(usize, isize),
    #[api_error(code = 400, message = "generic {0}")]
    Generic(T),
    #[api_error(code = 400, message = "shown {0}")]
    Shown(&'a Shown),
}

#[test]
fn a_body_whose_fields_lengths_are_known_allocates_once() {
    let long = "x".repeat(200);
    let owned = String::from("owned text");
    let number = 7_u64;
    let cases: [(Fields<'_, u8>, String, u64); 6] = [
        (
            Fields::Static,
            r#"{"code":404,"message":"Not found"}"#.to_owned(),
            0,
        ),
        (
            Fields::Owned("field", long.clone(), u64::MAX, i32::MIN),
            format!(
                r#"{{"code":400,"message":"field of {long} ({}, {})"}}"#,
                u64::MAX,
                i32::MIN
            ),
            1,
        ),
        (
            Fields::Borrowed(&long, Cow::Borrowed(&long), &owned, &number),
            format!(r#"{{"code":400,"message":"{long} of {long}, owned text and 7"}}"#),
            1,
        ),
        (
            Fields::Wide(u128::MAX, i128::MIN),
            format!(
                r#"{{"code":400,"message":"wide {} and {}"}}"#,
                u128::MAX,
                i128::MIN
            ),
            1,
        ),
        (
            Fields::Wide(10_000_000_000_000_000_000, -1),
            r#"{"code":400,"message":"wide 10000000000000000000 and -1"}"#.to_owned(),
            1,
        ),
        (
            Fields::Sized(usize::MAX, isize::MIN),
            format!(
                r#"{{"code":400,"message":"sized {} {}"}}"#,
                usize::MAX,
                isize::MIN
            ),
            1,
        ),
    ];
    for (error, json, allocations) in cases {
        assert_eq!(
            to_json_counted(&error),
            (json.clone(), allocations),
            "{json}"
        );
        // The same bytes through every path.
        let mut out = String::from("[");
        error.write_json(&mut out);
        assert_eq!(out, format!("[{json}"));
    }
}

#[test]
fn a_display_field_or_a_generic_one_is_written_through_display() {
    // No length to know beforehand: the bytes are exact, the count is not
    // held to one.
    assert_eq!(
        Fields::<'_, String>::Generic("g".repeat(40)).to_json(),
        format!(r#"{{"code":400,"message":"generic {}"}}"#, "g".repeat(40))
    );
    assert_eq!(
        Fields::<'_, u8>::Shown(&Shown).to_json(),
        r#"{"code":400,"message":"shown shown"}"#
    );
}

/// A fresh `Body::to_json()` allocates once: the message's length and the
/// rest of the body are reserved together.
#[test]
fn a_bodys_json_allocates_once() {
    let body = apicodes::Body::new(404, "x".repeat(40));
    let mut json = String::new();
    let info = allocation_counter::measure(|| json = body.to_json());
    assert_eq!(
        json,
        format!(r#"{{"code":404,"message":"{}"}}"#, "x".repeat(40))
    );
    assert_eq!(info.count_total, 1);
}
