//! Every form of input the derive reads, pinned to the exact bytes it
//! sends: attribute forms, string literal forms, raw identifiers, types with
//! commas and arrows, attributes from macro fragments, other derives'
//! attributes, doc comment forms; and the cases an adversarial review of an
//! earlier reader found (each numbered after the issue that lists it).

#![allow(dead_code)]

use std::collections::HashMap;
use std::time::Duration;

use apicodes::{ApiError, ApiErrorDocs};

/// Every attribute form the derive reads, and some it passes over.
#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 400)]
#[non_exhaustive]
enum Forms {
    /// The enum-level default code and the documented message.
    Defaulted,
    /// Doc text with "quotes", a back\slash, `code` and
    /// a second line.
    #[api_error(code = 404)]
    Number,
    #[api_error(code = NotFound, message = "Gone \"elsewhere\"\t\\ é")]
    Named,
    #[api_error(code = 401, message = "raw string")]
    TrailingComma,
    #[api_error(code = 402)]
    #[api_error(message = r#"Split "raw" {0}"#)]
    Split(u32),
    #[api_error(code = 403, message = "Unicode escape \u{e9} {name}")]
    UnicodeEscape {
        name: String,
    },
    #[api_error(code = 404, message = "{id:>4} padded, {id} plain, {{braces}}")]
    Spec {
        id: u64,
    },
    #[api_error(code = 410, message = "{type} and {other}")]
    RawField {
        r#type: &'static str,
        #[doc = "0"]
        other: u8,
    },
    #[api_error(code = 429, retry_after = wait, message = "Wait {wait:?}")]
    Retry {
        wait: Duration,
    },
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
fn every_form_is_read_exactly() {
    let bodies: Vec<String> = values!(Forms)
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
    let retry: Vec<Option<u64>> = values!(Forms).iter().map(ApiError::retry_after).collect();
    assert_eq!(retry[8], Some(2));
    assert_eq!(retry.iter().filter(|r| r.is_some()).count(), 1);
    let docs = Forms::variants();
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

/// Other derives' attributes holding what a text reader could trip on.
#[derive(Debug, apicodes::ApiError)]
enum Tricky {
    /// A doc comment with `#[brackets]`, "quotes", a ] and a \ too.
    #[allow(clippy::all, reason = "a ] in a string, a \" and a 'c'")]
    #[doc = "]\"#["]
    #[api_error(
        code = 404,
        message = "Item {id} of {owner} ({count}, {flag}, {c}, {x}) not found"
    )]
    Struct {
        id: u64,
        owner: String,
        count: usize,
        flag: bool,
        c: char,
        x: f32,
    },
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

#[test]
#[allow(deprecated)]
fn literals_in_other_attributes_are_passed_over() {
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
    let bodies: Vec<String> = printed!(Tricky)
        .iter()
        .map(|e| e.to_json().into_owned())
        .collect();
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
    let docs = Tricky::variants();
    assert_eq!(
        docs[0].doc,
        "A doc comment with `#[brackets]`, \"quotes\", a ] and a \\ too.\n]\"#["
    );
    assert_eq!(docs[3].doc, "A block doc comment\n   over two lines.");
}

/// Block doc comments read as rustdoc reads them: no opening or closing
/// blank line, no column of stars, no common indentation. Each expected
/// text is what rustdoc's JSON output (nightly, `--output-format json`)
/// gives as the variant's `docs`, but for whitespace at a line's end.
#[test]
fn block_doc_comments_lose_their_stars_and_indentation() {
    #[derive(Debug, ApiError)]
    #[api_error(code = 404)]
    enum Blocks {
        /**
         * Starred, line one.
         * Line two, with **bold**.
         */
        Starred,
        /**
            Indented.
              Deeper.
        */
        Indented,
        /** One line. */
        OneLine,
        /***/
        Empty,
        /** Summary on the opening line.
         * More detail.
         */
        Opening,
        /**
         * ***
         * A rule above, and a list:
         *
         * * one
         *   continued
         */
        RuleAndList,
        /**
        Mixed: one line without its star
         * and one with it.
         */
        Mixed,
    }
    let docs: Vec<&str> = Blocks::variants().into_iter().map(|v| v.doc).collect();
    assert_eq!(
        docs,
        [
            "Starred, line one.\nLine two, with **bold**.",
            "Indented.\n  Deeper.",
            "One line.",
            "",
            "Summary on the opening line.\nMore detail.",
            "***\nA rule above, and a list:\n\n* one\n  continued",
            "       Mixed: one line without its star\nand one with it.",
        ]
    );
}

// A doc comment inside another attribute's group is text to pass over,
// never code: printed, it would read as a second `api_error`.
#[derive(Debug, apicodes::ApiError)]
enum Nested {
    #[rustfmt::skip(
        /// )] #[api_error(message = "injected")] #[rustfmt::skip(
    )]
    #[api_error(code = 404)]
    Variant,
}

/// `retry_after` naming a raw field, raw or bare (issue 12, item 2).
#[derive(Debug, apicodes::ApiError)]
enum RawRetry {
    #[api_error(code = 429, retry_after = r#type)]
    Raw { r#type: u64 },
    #[api_error(code = 429, retry_after = r#wait)]
    RawForBare { wait: u64 },
    #[api_error(code = 429, retry_after = wait)]
    BareForRaw { r#wait: u64 },
}

#[test]
fn nested_doc_comments_and_raw_retry_after_fields() {
    assert_eq!(
        Nested::Variant.to_json(),
        r#"{"code":404,"message":"Not found"}"#
    );
    assert_eq!(RawRetry::Raw { r#type: 3 }.retry_after(), Some(3));
    assert_eq!(RawRetry::RawForBare { wait: 4 }.retry_after(), Some(4));
    assert_eq!(RawRetry::BareForRaw { r#wait: 5 }.retry_after(), Some(5));
    assert!(RawRetry::variants().iter().all(|v| v.retry_after));
}

/// `#[r#api_error(...)]` is the derive's attribute too (issue 12, item 4):
/// here it must beat the enum's default.
#[derive(Debug, apicodes::ApiError)]
#[r#api_error(code = 400)]
enum RawAttribute {
    #[r#api_error(code = 404)]
    Raw,
    Defaulted,
}

#[test]
fn a_raw_attribute_name_is_read() {
    assert_eq!(
        RawAttribute::Raw.to_json(),
        r#"{"code":404,"message":"Not found"}"#
    );
    assert_eq!(
        RawAttribute::Defaulted.to_json(),
        r#"{"code":400,"message":"Bad request"}"#
    );
}

/// Any character can be the fill of a format spec, `*` and `$` included
/// (issue 12, item 6).
#[derive(Debug, apicodes::ApiError)]
enum Fills {
    #[api_error(code = 400, message = "[{0:*<7}] [{0:$>7}] [{0:_^7}] [{0:é>4}]")]
    Padded(&'static str),
    // A brace too, as `format!` takes it.
    #[api_error(code = 400, message = "[{0:{<7}] [{1:}>5}] [{0:{^6}}}]")]
    Braces(&'static str, u32),
    // Spaces after a name or ending a spec, and a `.` without a number, as
    // `format!` takes them.
    #[api_error(code = 400, message = "[{v }] [{v: }] [{v:.}] [{v:>5 }]")]
    Spaced { v: f64 },
}

/// A spec's trailing space does not hide the trait a generic field needs.
#[derive(Debug, apicodes::ApiError)]
enum SpacedSpecs<T> {
    #[api_error(code = 400, message = "[{0:? }] [{1:x }]")]
    Shown(T, u8),
}

#[test]
fn a_trailing_space_keeps_the_fields_bound() {
    assert_eq!(SpacedSpecs::Shown(vec![1_u8], 255).message(), "[[1]] [ff]");
}

#[test]
fn any_fill_character_is_taken() {
    assert_eq!(
        Fills::Padded("ab").to_json(),
        r#"{"code":400,"message":"[ab*****] [$$$$$ab] [__ab___] [ééab]"}"#
    );
    assert_eq!(
        format!("[{0:{<7}] [{1:}>5}] [{0:{^6}}}]", "ab", 7),
        "[ab{{{{{] [}}}}7] [{{ab{{}]"
    );
    assert_eq!(
        Fills::Braces("ab", 7).to_json(),
        r#"{"code":400,"message":"[ab{{{{{] [}}}}7] [{{ab{{}]"}"#
    );
    assert_eq!(
        Fills::Braces("ab", 7).message(),
        "[ab{{{{{] [}}}}7] [{{ab{{}]"
    );
    let v = 5.25;
    assert_eq!(
        Fills::Spaced { v }.message(),
        format!("[{v }] [{v: }] [{v:.}] [{v:>5 }]")
    );
}

/// A field whose type names `Self`, formatted in a generic enum, gets its
/// bound (issue 12, item 7).
#[derive(Debug, apicodes::ApiError)]
enum Recursive<T> {
    #[api_error(code = 404, message = "chain {0:?}")]
    Rec(Option<Box<Self>>),
    #[api_error(code = 400, message = "leaf {0}")]
    Leaf(T),
}

#[test]
fn a_field_naming_self_is_bounded() {
    let chain = Recursive::Rec(Some(Box::new(Recursive::Leaf(7_u8))));
    assert_eq!(
        chain.to_json(),
        r#"{"code":404,"message":"chain Some(Leaf(7))"}"#
    );
    assert_eq!(
        Recursive::Leaf("x").to_json(),
        r#"{"code":400,"message":"leaf x"}"#
    );
}

/// Every formatting trait a spec names, on generic fields: each gets its
/// own bound (`LowerHex`, `Octal`, ...), and every spec `format!` takes
/// (a `-` flag, `^` alignment without a fill, `X?`) is read.
#[derive(Debug, apicodes::ApiError)]
enum Radix<T, F, L> {
    #[api_error(code = 400, message = "{0:x} {0:X} {0:o} {0:b} {1:e} {1:E}")]
    Shown(T, F),
    #[api_error(code = 400, message = "[{0:-}] [{0:o}] [{1:X?}] [{0:^3}]")]
    Specs(T, L),
}

#[test]
fn every_formatting_trait_is_bounded_and_every_spec_read() {
    let shown: Radix<u8, f64, Vec<u8>> = Radix::Shown(10, 1500.0);
    assert_eq!(
        shown.to_json(),
        r#"{"code":400,"message":"a A 12 1010 1.5e3 1.5E3"}"#
    );
    let specs: Radix<u8, f64, Vec<u8>> = Radix::Specs(8, vec![255]);
    assert_eq!(
        specs.to_json(),
        r#"{"code":400,"message":"[8] [10] [[FF]] [ 8 ]"}"#
    );
}

/// A field's name outside ASCII is read as one name, and a code may
/// have `_` between its digits.
#[derive(Debug, apicodes::ApiError)]
enum Unusual {
    #[api_error(code = 400, message = "bad {été}")]
    Accented { été: u8 },
    #[api_error(code = 4_04)]
    Separated,
}

#[test]
fn a_name_outside_ascii_and_a_separated_code() {
    assert_eq!(
        Unusual::Accented { été: 3 }.to_json(),
        r#"{"code":400,"message":"bad 3"}"#
    );
    assert_eq!(
        Unusual::Separated.to_json(),
        r#"{"code":404,"message":"Not found"}"#
    );
}

/// `Arc` and `Rc` named bare (imported) hold the type itself as a
/// transparent variant does through `Box`: its codes are its others'.
mod shared_self {
    use std::rc::Rc;
    use std::sync::Arc;

    #[derive(Debug, apicodes::ApiError)]
    pub enum Counted {
        #[api_error(code = 404)]
        Missing,
        #[api_error(transparent)]
        Counted(Rc<Self>),
    }

    #[derive(Debug, apicodes::ApiError)]
    pub enum Atomic {
        #[api_error(code = 410)]
        Expired,
        #[api_error(transparent)]
        Atomic(Arc<Self>),
    }

    #[test]
    fn a_bare_arc_or_rc_of_self_is_transparent() {
        use apicodes::ApiError;

        let counted = Counted::Counted(Rc::new(Counted::Missing));
        assert_eq!(counted.to_json(), r#"{"code":404,"message":"Not found"}"#);
        let atomic = Atomic::Atomic(Arc::new(Atomic::Expired));
        assert_eq!(atomic.to_json(), r#"{"code":410,"message":"Gone"}"#);
    }
}

/// Names from a macro: a type passed as `$t:ty` arrives in an invisible
/// group, and the derive reads through it (issue 12, item 9).
macro_rules! through_fragments {
    ($inner:ty, $field:ident) => {
        #[derive(Debug, apicodes::ApiError)]
        enum Fragments {
            #[api_error(transparent)]
            Inner($inner),
            #[api_error(code = 404, message = "no {id}")]
            Named { $field: u64 },
        }
    };
}

through_fragments!(Inner, id);

#[test]
fn types_and_names_from_macro_fragments() {
    assert_eq!(
        Fragments::Inner(Inner::Denied("d")).to_json(),
        r#"{"code":401,"message":"inner d"}"#
    );
    assert_eq!(
        Fragments::Named { id: 3 }.to_json(),
        r#"{"code":404,"message":"no 3"}"#
    );
}

/// Every fragment kind a `macro_rules!` may hand the derive arrives in its
/// invisible group or as plain tokens; each is read as if written in place:
/// a visibility (`$vis:vis`, empty or not), the type's name, a generic
/// parameter with its bounds and default, a where clause, field types, an
/// attribute (`$attr:meta`), a code as an expression and as a literal, and
/// a discriminant expression.
macro_rules! whole_item {
    (
        $vis:vis $name:ident<$param:ident: $bound:path = $default:ty>
        where $bounded:ty: $extra:path;
        $attr:meta; $code:expr; $lit:literal; $field_ty:ty
    ) => {
        #[derive(Debug, apicodes::ApiError)]
        #[$attr]
        $vis enum $name<$param: $bound = $default>
        where
            $bounded: $extra,
        {
            #[api_error(code = $code, message = "value {0}")]
            Value($param),
            #[api_error(code = $lit, message = "pair {left} {right:?}")]
            Pair { left: $field_ty, right: ::std::vec::Vec<$param> },
            #[api_error(code = 429)]
            Unit,
        }
    };
}

whole_item!(
    pub(crate) Whole<T: ::core::fmt::Debug = u8>
    where T: ::core::fmt::Display;
    api_error(code = 400); 404; 410; ::std::string::String
);

impl<T: ::core::fmt::Debug + ::core::fmt::Display> ::core::fmt::Display for Whole<T> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str("whole")
    }
}

#[test]
fn every_fragment_kind_is_read_in_place() {
    let value: Whole = Whole::Value(7);
    assert_eq!(value.to_json(), r#"{"code":404,"message":"value 7"}"#);
    let pair: Whole<&str> = Whole::Pair {
        left: "l".to_owned(),
        right: vec!["r"],
    };
    assert_eq!(pair.to_json(), r#"{"code":410,"message":"pair l [\"r\"]"}"#);
    assert_eq!(
        Whole::<u8>::Unit.to_json(),
        r#"{"code":429,"message":"Too many requests"}"#
    );
}

/// The user's own `E: ApiError` bound on a transparent variant's type does
/// not stand in for the derive's `E: ApiError<Table = Code>`.
#[test]
fn a_users_api_error_bound_is_kept_beside_the_derives() {
    #[derive(Debug, ApiError)]
    #[api_error(code = 400)]
    enum Wrap<E: ApiError> {
        #[api_error(transparent)]
        Inner(E),
        Other,
    }
    let inner: Wrap<apicodes::Code> = Wrap::Inner(apicodes::Code::Gone);
    assert_eq!(inner.to_json(), r#"{"code":410,"message":"Gone"}"#);
    assert_eq!(
        Wrap::<apicodes::Code>::Other.to_json(),
        r#"{"code":400,"message":"Bad request"}"#
    );
}

/// A bound of another trait that shares `Display`'s name does not stand
/// in for `core::fmt::Display`.
#[test]
fn a_bound_of_another_trait_with_the_same_name_is_not_taken_for_it() {
    mod my {
        pub trait Display {}
        impl Display for u32 {}
    }
    #[derive(Debug, ApiError)]
    #[api_error(code = 400)]
    enum E<T: my::Display> {
        #[api_error(message = "value {0}")]
        A(T),
    }
    assert_eq!(E::A(7_u32).to_json(), r#"{"code":400,"message":"value 7"}"#);
}

/// Constants and statics named as the generated parameters and locals
/// would be (a pattern's name resolves to a constant, whatever the
/// hygiene) do not change what the derives generate.
#[allow(non_upper_case_globals)]
mod constants_in_scope {
    pub const out: usize = 0;
    pub const json: usize = 0;
    pub const template: usize = 0;
    pub const text: usize = 0;
    pub const pieces: usize = 0;
    pub const args: usize = 0;
    pub static index: usize = 0;
    pub static variants: usize = 0;
    pub const cause: usize = 0;
    pub const error: usize = 0;
    pub const __out: usize = 0;
    pub const __index: usize = 0;

    #[derive(Debug, apicodes::ApiError, apicodes::axum::IntoResponse)]
    pub enum E {
        #[api_error(code = 404, message = "No {0} here")]
        Missing(String),
        #[api_error(code = 429, retry_after = 0)]
        Slow(u64),
        #[api_error(code = 400, message = "{0:>4}")]
        Padded(u32),
    }
}

#[test]
fn constants_named_like_generated_locals_are_harmless() {
    use constants_in_scope::E;
    assert_eq!(
        E::Missing("cart".into()).to_json(),
        r#"{"code":404,"message":"No cart here"}"#
    );
    assert_eq!(E::Padded(7).to_json(), r#"{"code":400,"message":"   7"}"#);
    assert_eq!(E::Slow(3).retry_after(), Some(3));
    assert_eq!(E::variants().len(), 3);
}

/// A `#[deprecated]` type derives without a warning (its impls name it),
/// and with no `#[allow(deprecated)]`, which `forbid` would make an error:
/// its impls name it in the derive's expansion, as the standard derives
/// do, with a raw name where it was written raw.
#[deny(warnings)]
#[forbid(deprecated)]
mod deprecated_type {
    #[deprecated = "use V2"]
    #[derive(
        Debug,
        Clone,
        apicodes::ApiError,
        apicodes::axum::IntoResponse,
        apicodes::openapi::IntoResponses,
    )]
    #[api_error(code = 404)]
    pub struct Old;

    #[deprecated]
    #[derive(Debug, apicodes::ApiError)]
    #[api_error(code = 400)]
    pub enum OldEnum {
        A,
        /// Transparent: the derive checks the inner codes in a `const`
        /// outside the impls, which names the type too.
        #[api_error(transparent)]
        Inner(Gone),
    }

    #[derive(Debug, apicodes::ApiError)]
    #[api_error(code = Gone, message = "gone: {0}")]
    pub struct Gone(pub u8);

    #[deprecated]
    #[allow(non_camel_case_types)]
    #[derive(Debug, apicodes::ApiError)]
    #[api_error(code = 400, message = "{0} of {1}")]
    pub struct r#gen<'a, T: core::fmt::Display>(pub &'a str, pub T);
}

#[test]
#[allow(deprecated)]
fn a_deprecated_type_derives_quietly() {
    assert_eq!(
        deprecated_type::Old.to_json(),
        r#"{"code":404,"message":"Not found"}"#
    );
    assert_eq!(
        deprecated_type::OldEnum::A.to_json(),
        r#"{"code":400,"message":"Bad request"}"#
    );
    assert_eq!(
        deprecated_type::OldEnum::Inner(deprecated_type::Gone(4)).to_json(),
        r#"{"code":410,"message":"gone: 4"}"#
    );
    assert_eq!(
        deprecated_type::r#gen("a\"b", 7).to_json(),
        r#"{"code":400,"message":"a\"b of 7"}"#
    );
}

/// Against a table of the user's own, the derive runs again from the
/// table's macro; its expansion is still the derive's, so deprecated types,
/// variants and fields (in a message, a `retry_after`, a pattern) are as
/// quiet as against the standard table.
#[deny(warnings)]
#[forbid(deprecated)]
mod deprecated_with_own_table {
    #[apicodes::table]
    pub enum ShopCode {
        /// The item is already in the cart.
        #[code(message = "Conflict")]
        Conflict = 409,
        /// Slow down.
        #[code(message = "Slow down")]
        TooMany = 429,
    }

    // (Without thiserror, which writes `#[allow(deprecated)]` itself.)
    #[derive(
        Debug, apicodes::ApiError, apicodes::axum::IntoResponse, apicodes::openapi::IntoResponses,
    )]
    #[api_error(codes = ShopCode)]
    pub enum CartError {
        #[deprecated]
        #[api_error(code = 409)]
        AlreadyInCart,
        #[api_error(code = 409, message = "item {item}")]
        Item {
            #[deprecated]
            item: u32,
        },
        #[deprecated]
        #[api_error(code = TooMany, retry_after = 0)]
        Slow(#[deprecated] u64),
    }

    #[deprecated]
    #[derive(Debug, apicodes::ApiError)]
    #[api_error(codes = ShopCode, code = 409)]
    pub struct InCart;
}

impl std::fmt::Display for deprecated_with_own_table::CartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("cart")
    }
}

#[allow(deprecated)]
impl std::fmt::Display for deprecated_with_own_table::InCart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("in the cart")
    }
}

#[test]
#[allow(deprecated)]
fn deprecated_items_derive_quietly_against_an_own_table() {
    use deprecated_with_own_table::{CartError, InCart};
    assert_eq!(
        CartError::AlreadyInCart.to_json(),
        r#"{"code":409,"message":"Conflict"}"#
    );
    assert_eq!(
        CartError::Item { item: 7 }.to_json(),
        r#"{"code":409,"message":"item 7"}"#
    );
    assert_eq!(CartError::Slow(30).retry_after(), Some(30));
    assert_eq!(InCart.to_json(), r#"{"code":409,"message":"Conflict"}"#);
}

/// An `#[allow(...)]` on the type, a variant or a field reaches the derived
/// impls, which repeat the field types where the user's `allow` alone would
/// not reach: here a transparent field of a deprecated type, and one in a
/// message (an `#[expect(...)]` is applied to the impls as `allow`).
#[deny(warnings)]
mod allowed_on_the_type {
    #[deprecated]
    #[derive(Debug, apicodes::ApiError)]
    #[api_error(code = 404)]
    pub struct Dep;

    #[allow(deprecated)]
    #[derive(Debug, apicodes::ApiError, apicodes::axum::IntoResponse)]
    pub enum Uses {
        #[api_error(transparent)]
        D(Dep),
        #[api_error(code = 410, message = "old {0:?}")]
        Old(Option<Dep>),
    }

    #[expect(deprecated)]
    #[derive(Debug, apicodes::ApiError)]
    pub enum Expects {
        #[api_error(transparent)]
        D(Dep),
    }

    #[derive(Debug, apicodes::ApiError)]
    pub enum OnVariant {
        #[allow(deprecated)]
        #[api_error(transparent)]
        D(Dep),
    }

    #[derive(Debug, apicodes::ApiError)]
    pub enum OnField {
        #[api_error(transparent)]
        D(#[allow(deprecated)] Dep),
        #[api_error(code = 410, message = "old {old:?}")]
        Named {
            #[allow(deprecated)]
            old: Option<Dep>,
        },
    }

    #[derive(Debug, apicodes::ApiError)]
    #[api_error(transparent)]
    pub struct OnStructField(#[allow(deprecated)] pub Dep);

    /// One lint allowed in three places is allowed once on the impls
    /// (clippy's `duplicated_attributes` checks the workspace's tests).
    #[allow(deprecated, reason = "the old type stays until 2.0")]
    #[derive(Debug, apicodes::ApiError)]
    pub enum Repeated {
        #[allow(deprecated)]
        #[api_error(transparent)]
        D(#[allow(deprecated)] Dep),
    }
}

#[test]
#[allow(deprecated)]
fn an_allow_on_the_type_reaches_its_impls() {
    use allowed_on_the_type::{Dep, Expects, OnField, OnStructField, OnVariant, Repeated, Uses};
    assert_eq!(
        Uses::D(Dep).to_json(),
        r#"{"code":404,"message":"Not found"}"#
    );
    assert_eq!(
        Uses::Old(Some(Dep)).to_json(),
        r#"{"code":410,"message":"old Some(Dep)"}"#
    );
    assert_eq!(
        Expects::D(Dep).to_json(),
        r#"{"code":404,"message":"Not found"}"#
    );
    assert_eq!(
        OnVariant::D(Dep).to_json(),
        r#"{"code":404,"message":"Not found"}"#
    );
    assert_eq!(
        OnField::D(Dep).to_json(),
        r#"{"code":404,"message":"Not found"}"#
    );
    assert_eq!(
        OnField::Named { old: None }.to_json(),
        r#"{"code":410,"message":"old None"}"#
    );
    assert_eq!(
        OnStructField(Dep).to_json(),
        r#"{"code":404,"message":"Not found"}"#
    );
    assert_eq!(
        Repeated::D(Dep).to_json(),
        r#"{"code":404,"message":"Not found"}"#
    );
}

/// A discriminant whose expression holds a comma.
#[test]
fn a_discriminant_with_a_comma_is_read_to_its_end() {
    #[allow(clippy::extra_unused_type_parameters)]
    const fn seven<A, B>() -> isize {
        7
    }
    #[derive(Debug, ApiError)]
    #[api_error(code = 404)]
    #[repr(isize)]
    enum E {
        A = seven::<u8, u16>(),
        #[api_error(code = 410)]
        B,
    }
    assert_eq!(E::A as isize, 7);
    assert_eq!(E::B.to_json(), r#"{"code":410,"message":"Gone"}"#);
}

/// A type that is not `Sized`.
#[test]
fn an_unsized_type_derives() {
    #[derive(Debug, ApiError)]
    #[api_error(code = 400, message = "bad {n}")]
    struct Unsized<T: ?Sized> {
        n: u8,
        inner: T,
    }
    let sized: &Unsized<[u8; 2]> = &Unsized {
        n: 2,
        inner: [0, 1],
    };
    let unsized_: &Unsized<[u8]> = sized;
    assert_eq!(unsized_.to_json(), r#"{"code":400,"message":"bad 2"}"#);
    assert_eq!(unsized_.inner.len(), 2);
}

/// The framework derives read a where clause with a braced const argument
/// to its end.
#[test]
fn framework_derives_read_where_clauses_with_braces() {
    pub trait Tr<const N: usize> {}
    impl Tr<3> for u8 {}

    #[derive(Debug, ApiError, apicodes::axum::IntoResponse)]
    #[api_error(code = 404)]
    pub struct S<T, const N: usize>
    where
        T: Tr<{ N }>,
    {
        t: T,
    }
    let response = axum::response::IntoResponse::into_response(S::<u8, 3> { t: 1 });
    assert_eq!(response.status(), 404);
}

/// The framework derives read a bound with a return type in a tuple
/// struct's generics to its end: the `>` of its `->` closes no `<`.
#[test]
fn framework_derives_read_a_return_type_in_generics() {
    #[derive(ApiError, apicodes::axum::IntoResponse)]
    #[api_error(code = 404)]
    pub struct Computed<F: Fn() -> u16>(F);

    let response = axum::response::IntoResponse::into_response(Computed(|| 7));
    assert_eq!(response.status(), 404);
}

/// Two predicates of the user's on one type: the derive's bound joins the
/// first only (`T: Clone + Display, T: Send`).
#[test]
fn a_bound_joins_the_first_of_two_predicates_on_a_type() {
    #[derive(Debug, ApiError)]
    #[api_error(code = 400, message = "Bad {0}")]
    struct TwoPredicates<T>(T)
    where
        T: Clone,
        T: Send;
    assert_eq!(
        TwoPredicates(5).to_json(),
        r#"{"code":400,"message":"Bad 5"}"#
    );
}

/// A user's predicate on a field's type that ends in `+`, or has no
/// bounds, takes the derive's bound after it as it is.
#[test]
fn a_users_open_predicate_takes_the_derives_bound() {
    #[derive(Debug, ApiError)]
    #[api_error(code = 400, message = "a {0:?}")]
    struct Open<T>(Vec<T>)
    where
        Vec<T>: Clone;
    #[derive(Debug, ApiError)]
    #[api_error(code = 400, message = "b {0:?}")]
    struct Empty<T>(Vec<T>)
    where
        Vec<T>:;
    #[derive(Debug, ApiError)]
    #[api_error(code = 400, message = "c {0:?}")]
    struct Trailing<T>(Vec<T>)
    where
        Vec<T>: Clone;
    assert_eq!(Open(vec![1]).to_json(), r#"{"code":400,"message":"a [1]"}"#);
    assert_eq!(
        Empty(vec![2]).to_json(),
        r#"{"code":400,"message":"b [2]"}"#
    );
    assert_eq!(
        Trailing(vec![3]).to_json(),
        r#"{"code":400,"message":"c [3]"}"#
    );
}

/// A field's type written as a macro may name a lifetime its tokens do
/// not show: it is not taken for `'static`.
#[test]
fn a_type_macro_may_hide_a_lifetime() {
    macro_rules! name_ref {
        () => {
            &'a str
        };
    }
    #[derive(Debug, ApiError)]
    #[api_error(code = 404, message = "No user {name}")]
    struct NoSuchUser<'a> {
        name: name_ref!(),
    }
    let name = String::from("bob");
    assert_eq!(
        NoSuchUser { name: &name }.to_json(),
        r#"{"code":404,"message":"No user bob"}"#
    );
}
