//! The derive reads plain enums on a fast path, without syn, and everything
//! else (generics, a `where` clause, structs, `code = Code::Name`, errors)
//! through syn. The enum here uses only forms the fast path reads, and is
//! declared twice from the same tokens: once as is, taking the fast path,
//! and once with a `where` clause that sends it down the general path. Both
//! must behave identically.
//!
//! The fast path reads an enum's body from its printed text, and opens
//! tokens only where the expansion shows the input's own spans (a
//! `transparent` or `retry_after` field, a message formatting a field that
//! may lack the trait). `Fast` takes that second step; `Printed` does not,
//! and its attributes hold what a text reader could trip on.

#![allow(dead_code)]

use std::collections::HashMap;
use std::time::Duration;

use apicodes::{ApiError, ApiErrorDocs};

/// Declares `$fast` from the body as is, and `$general` with a `where`
/// clause that the fast path declines. (Attributes are passed as tokens: a
/// `$attr:meta` arrives wrapped in an invisible group, which the fast path
/// also declines.)
macro_rules! twins {
    ($(#[$($attr:tt)*])* $fast:ident, $general:ident { $($body:tt)* }) => {
        #[derive(Debug, apicodes::ApiError)]
        $(#[$($attr)*])*
        enum $fast { $($body)* }

        #[derive(Debug, apicodes::ApiError)]
        $(#[$($attr)*])*
        enum $general where Self: ::core::marker::Sized { $($body)* }
    };
}

twins! {
    /// Every attribute form the fast path reads, and some it passes over.
    #[api_error(code = 400)]
    #[non_exhaustive]
    Fast, General {
        /// The enum-level default code and the documented message.
        Defaulted,
        /// Doc text with "quotes", a back\slash, `code` and
        /// a second line.
        #[api_error(code = 404)]
        Number,
        #[api_error(code = NotFound, message = "Gone \"elsewhere\"\t\\ é")]
        Named,
        #[api_error(code = 401, message = "raw string", )]
        TrailingComma,
        #[api_error(code = 402)]
        #[api_error(message = r#"Split "raw" {0}"#)]
        Split(u32),
        #[api_error(code = 403, message = "Unicode escape \u{e9} {name}")]
        UnicodeEscape { name: String },
        #[api_error(code = 404, message = "{id:>4} padded, {id} plain, {{braces}}")]
        Spec { id: u64 },
        #[api_error(code = 410, message = "{type} and {other}")]
        RawField { r#type: &'static str, #[doc = "0"] other: u8 },
        #[api_error(code = 429, retry_after = wait, message = "Wait {wait:?}")]
        Retry { wait: Duration },
        #[api_error(transparent)]
        Inner(Inner),
        #[api_error(code = 507)]
        Types(
            HashMap<String, Vec<u8>>,
            fn(u8) -> Option<u8>,
            [u8; 4],
            (u8, &'static str),
            Box<dyn std::error::Error + Send + Sync>,
        ),
        #[api_error(code = 400, message = "{a}{b}")]
        Attributed {
            #[doc = "a field with an attribute"]
            a: u8,
            #[allow(unused)]
            b: char,
        },
        r#Raw,
    }
}

#[derive(Debug, apicodes::ApiError)]
enum Inner {
    #[api_error(code = 401, message = "inner {0}")]
    Denied(&'static str),
}

macro_rules! values {
    ($e:ident) => {
        vec![
            $e::Defaulted,
            $e::Number,
            $e::Named,
            $e::TrailingComma,
            $e::Split(7),
            $e::UnicodeEscape {
                name: "n\"1".into(),
            },
            $e::Spec { id: 42 },
            $e::RawField {
                r#type: "t",
                other: 1,
            },
            $e::Retry {
                wait: Duration::from_millis(1500),
            },
            $e::Inner(Inner::Denied("x\\y")),
            $e::Types(
                HashMap::new(),
                |x| Some(x),
                [0; 4],
                (0, ""),
                Box::from("boxed"),
            ),
            $e::Attributed { a: 1, b: '"' },
            $e::Raw,
        ]
    };
}

#[test]
fn both_paths_answer_the_same() {
    let fast = values!(Fast);
    let general = values!(General);
    assert_eq!(fast.len(), general.len());
    for (f, g) in fast.iter().zip(&general) {
        assert_eq!(f.code(), g.code(), "{f:?}");
        assert_eq!(f.message(), g.message(), "{f:?}");
        assert_eq!(f.to_json(), g.to_json(), "{f:?}");
        assert_eq!(f.retry_after(), g.retry_after(), "{f:?}");
        let (mut fj, mut gj) = (String::new(), String::new());
        f.write_json(&mut fj);
        g.write_json(&mut gj);
        assert_eq!(fj, gj, "{f:?}");
    }
    assert_eq!(Fast::CODES, General::CODES);
    assert_eq!(Fast::variants(), General::variants());
}

#[test]
fn the_fast_path_reads_every_form_exactly() {
    let bodies: Vec<String> = values!(Fast)
        .iter()
        .map(|e| e.to_json().into_owned())
        .collect();
    assert_eq!(
        bodies,
        [
            r#"{"code":400,"message":"Bad request"}"#,
            r#"{"code":404,"message":"Not found"}"#,
            r#"{"code":404,"message":"Gone \"elsewhere\"\t\\ é"}"#,
            r#"{"code":401,"message":"raw string"}"#,
            r#"{"code":402,"message":"Split \"raw\" 7"}"#,
            r#"{"code":403,"message":"Unicode escape é n\"1"}"#,
            r#"{"code":404,"message":"  42 padded, 42 plain, {braces}"}"#,
            r#"{"code":410,"message":"t and 1"}"#,
            r#"{"code":429,"message":"Wait 1.5s"}"#,
            r#"{"code":401,"message":"inner x\\y"}"#,
            r#"{"code":507,"message":"Out of storage"}"#,
            r#"{"code":400,"message":"1\""}"#,
            r#"{"code":400,"message":"Bad request"}"#,
        ]
    );
    let retry: Vec<Option<u64>> = values!(Fast).iter().map(ApiError::retry_after).collect();
    assert_eq!(retry[8], Some(2));
    assert_eq!(retry.iter().filter(|r| r.is_some()).count(), 1);
    let docs = Fast::variants();
    assert_eq!(docs[0].name, "Defaulted");
    assert_eq!(
        docs[1].doc,
        "Doc text with \"quotes\", a back\\slash, `code` and\na second line."
    );
    assert_eq!(docs.last().map(|d| &*d.name), Some("Raw"));
}

/// An attribute passed through `$attr:meta` comes wrapped in an invisible
/// group; it must still be read, never passed over as someone else's.
macro_rules! with_meta {
    ($(#[$attr:meta])*) => {
        #[derive(Debug, apicodes::ApiError)]
        enum ThroughMeta {
            #[api_error(code = 404)]
            $(#[$attr])*
            Hidden,
        }
    };
}

with_meta!(#[api_error(message = "Hidden in a macro")]);

#[test]
fn attributes_from_a_macro_fragment_are_read() {
    assert_eq!(
        ThroughMeta::Hidden.to_json(),
        r#"{"code":404,"message":"Hidden in a macro"}"#
    );
}

twins! {
    /// Nothing here needs the input's spans: messages format only
    /// primitives and strings, plainly.
    Printed, PrintedGeneral {
        /// A doc comment with `#[brackets]`, "quotes", a ] and a \ too.
        #[allow(clippy::all, reason = "a ] in a string, a \" and a 'c'")]
        #[doc = "]\"#["]
        #[api_error(code = 404, message = "Item {id} of {owner} ({count}, {flag}, {c}, {x}) not found")]
        Struct { id: u64, owner: String, count: usize, flag: bool, c: char, x: f32 },
        #[cfg_attr(any(), api_error(code = 500))]
        #[api_error(code = Gone, message = r##"Raw "#{0}"# {1}"##)]
        Tuple(&'static str, i128),
        #[deprecated = "a note with [brackets], (parens) and {braces}"]
        #[api_error(code = 429, message = "no fields used")]
        Unused(Option<&'static str>, [u8; 2], (char, char)),
        /** A block doc comment
            over two lines. */
        #[api_error(code = 401)]
        Unit,
        #[api_error(code = 400, message = "A \"#hash\" and a \\")]
        Hash,
        #[api_error(code = 400, message = "#1 first")]
        Leading,
    }
}

#[test]
#[allow(deprecated)]
fn an_enum_read_from_text_alone_answers_like_the_general_path() {
    macro_rules! printed {
        ($e:ident) => {
            vec![
                $e::Struct {
                    id: 7,
                    owner: "o\"w".into(),
                    count: 3,
                    flag: true,
                    c: '\\',
                    x: 1.5,
                },
                $e::Tuple("t\t", -2),
                $e::Unused(None, [0; 2], ('a', 'b')),
                $e::Unit,
                $e::Hash,
                $e::Leading,
            ]
        };
    }
    let fast = printed!(Printed);
    let general = printed!(PrintedGeneral);
    for (f, g) in fast.iter().zip(&general) {
        assert_eq!(f.code(), g.code(), "{f:?}");
        assert_eq!(f.message(), g.message(), "{f:?}");
        assert_eq!(f.to_json(), g.to_json(), "{f:?}");
    }
    assert_eq!(Printed::variants(), PrintedGeneral::variants());
    let bodies: Vec<String> = fast.iter().map(|e| e.to_json().into_owned()).collect();
    assert_eq!(
        bodies,
        [
            r#"{"code":404,"message":"Item 7 of o\"w (3, true, \\, 1.5) not found"}"#,
            r##"{"code":410,"message":"Raw \"#t\t\"# -2"}"##,
            r#"{"code":429,"message":"no fields used"}"#,
            r#"{"code":401,"message":"Unauthorized"}"#,
            r##"{"code":400,"message":"A \"#hash\" and a \\"}"##,
            r##"{"code":400,"message":"#1 first"}"##,
        ]
    );
    let docs = Printed::variants();
    assert_eq!(
        docs[0].doc,
        "A doc comment with `#[brackets]`, \"quotes\", a ] and a \\ too.\n]\"#["
    );
    assert_eq!(
        docs[3].doc,
        "A block doc comment\n            over two lines."
    );
}

// A doc comment inside another attribute's group is text to pass over,
// never code: here it would read as a second `api_error`. Written out
// twice rather than through `twins!`, which would turn the doc comment
// into a `doc` attribute holding a string.
#[derive(Debug, apicodes::ApiError)]
enum Nested {
    #[rustfmt::skip(
        /// )] #[api_error(message = "injected")] #[rustfmt::skip(
    )]
    #[api_error(code = 404)]
    Variant,
}

#[derive(Debug, apicodes::ApiError)]
enum NestedGeneral
where
    Self: Sized,
{
    #[rustfmt::skip(
        /// )] #[api_error(message = "injected")] #[rustfmt::skip(
    )]
    #[api_error(code = 404)]
    Variant,
}

twins! {
    /// `retry_after` naming a raw identifier.
    RawRetry, RawRetryGeneral {
        #[api_error(code = 429, retry_after = r#type)]
        Variant { r#type: u64 },
    }
}

#[test]
fn nested_doc_comments_and_raw_retry_after_fields() {
    assert_eq!(
        Nested::Variant.to_json(),
        r#"{"code":404,"message":"Not found"}"#
    );
    assert_eq!(Nested::Variant.to_json(), NestedGeneral::Variant.to_json());
    assert_eq!(RawRetry::Variant { r#type: 3 }.retry_after(), Some(3));
    assert_eq!(
        RawRetryGeneral::Variant { r#type: 3 }.retry_after(),
        Some(3)
    );
    assert_eq!(Nested::variants(), NestedGeneral::variants());
}
