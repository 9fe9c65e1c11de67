//! `#[derive(ApiError)]`: every accepted form, with the exact bytes it sends.

use std::borrow::Cow;
use std::time::Duration;

use apicodes::{ApiError, ApiErrorDocs, Code, CodeSet, Status, VariantDoc};
use proptest::prelude::*;

/// Asserts everything a type says about one value: code, message, body and
/// JSON, through every method, and that they agree.
#[track_caller]
fn assert_sends<E: ApiError<Table = Code> + ?Sized>(err: &E, code: Code, json: &str) {
    assert_eq!(err.code(), code);
    assert_eq!(err.to_json(), json);
    let mut out = String::from("[");
    err.write_json(&mut out);
    assert_eq!(out, format!("[{json}"));
    assert_eq!(err.body().to_json(), json);

    {
        let parsed: apicodes::Body<'_> = serde_json::from_str(json).unwrap();
        assert_eq!(parsed.code, code.as_u16());
        assert_eq!(err.message(), parsed.message);
    }
}

#[derive(Debug, thiserror::Error, apicodes::ApiError)]
enum AccountError {
    /// No account has the requested id.
    #[error("no user with id {id}")]
    #[api_error(code = 404)]
    NoSuchUser { id: u64 },

    /// The token predates the last password change.
    #[error("token issued before the last password change")]
    #[api_error(code = Gone)]
    StaleToken,

    #[error("quota of {limit} attributes reached")]
    #[api_error(code = 507, message = "Attribute limit {limit} reached")]
    OutOfAttributes { limit: u32 },

    #[error("bad input {0}")]
    #[api_error(code = Code::BadRequest, message = "Field {0} is invalid")]
    Invalid(String),

    #[error("deleted")]
    #[api_error(code = 204)]
    Deleted,

    #[error(transparent)]
    #[api_error(transparent)]
    Billing(#[from] BillingError),
}

#[derive(Debug, thiserror::Error, apicodes::ApiError)]
enum BillingError {
    /// The card was declined.
    #[error("card declined")]
    #[api_error(code = PaymentRequired, message = "Card declined")]
    CardDeclined,

    #[error(transparent)]
    #[api_error(transparent)]
    Limits(Box<LimitError>),
}

#[derive(Debug, thiserror::Error, apicodes::ApiError)]
#[error("slow down")]
#[api_error(code = 429, retry_after = wait)]
struct LimitError {
    wait: Duration,
}

#[test]
fn unit_tuple_and_struct_variants() {
    assert_sends(
        &AccountError::NoSuchUser { id: 7 },
        Code::NotFound,
        r#"{"code":404,"message":"Not found"}"#,
    );
    assert_sends(
        &AccountError::StaleToken,
        Code::Gone,
        r#"{"code":410,"message":"Gone"}"#,
    );
    assert_sends(
        &AccountError::OutOfAttributes { limit: 20 },
        Code::OutOfStorage,
        r#"{"code":507,"message":"Attribute limit 20 reached"}"#,
    );
    assert_sends(
        &AccountError::Invalid("name".into()),
        Code::BadRequest,
        r#"{"code":400,"message":"Field name is invalid"}"#,
    );
    assert_sends(
        &AccountError::Deleted,
        Code::NoContent,
        r#"{"code":204,"message":"No content"}"#,
    );
}

#[test]
fn static_bodies_are_borrowed_literals() {
    assert!(matches!(
        AccountError::StaleToken.to_json(),
        Cow::Borrowed(_)
    ));
    assert!(matches!(
        AccountError::NoSuchUser { id: 1 }.message(),
        Cow::Borrowed("Not found")
    ));
    assert!(matches!(
        AccountError::Billing(BillingError::CardDeclined).to_json(),
        Cow::Borrowed(_)
    ));
    assert!(matches!(
        AccountError::OutOfAttributes { limit: 1 }.to_json(),
        Cow::Owned(_)
    ));
}

#[test]
fn transparent_nests_two_levels() {
    let declined = AccountError::from(BillingError::CardDeclined);
    assert_sends(
        &declined,
        Code::PaymentRequired,
        r#"{"code":402,"message":"Card declined"}"#,
    );
    let limited = AccountError::from(BillingError::Limits(Box::new(LimitError {
        wait: Duration::from_millis(2500),
    })));
    assert_sends(
        &limited,
        Code::TooManyRequests,
        r#"{"code":429,"message":"Too many requests"}"#,
    );
    assert_eq!(limited.retry_after(), Some(3));
    assert_eq!(declined.retry_after(), None);
    assert_eq!(AccountError::StaleToken.retry_after(), None);
}

/// An error whose type names no variant (a hand-written `ApiError` keeps
/// the default `variant()`) is named, through a transparent variant, by
/// that variant: logs and metrics still say which variant answered.
#[test]
fn a_transparent_variant_over_an_unnamed_error_names_itself() {
    #[derive(Debug)]
    struct Locked;

    impl ApiError for Locked {
        type Table = Code;

        fn code(&self) -> Status {
            Status::Documented(Code::Forbidden)
        }
    }

    impl ApiErrorDocs for Locked {
        const CODES: CodeSet = CodeSet::of(&[Code::Forbidden]);

        fn variants() -> Vec<VariantDoc> {
            vec![VariantDoc::new(
                "Locked",
                Code::Forbidden,
                "Forbidden",
                false,
                "",
            )]
        }
    }

    #[derive(Debug, apicodes::ApiError)]
    enum Access {
        #[api_error(transparent)]
        Denied(Locked),
    }

    assert_eq!(Locked.variant(), None);
    let denied = Access::Denied(Locked);
    assert_eq!(denied.variant(), Some("Denied"));
    assert_sends(
        &denied,
        Code::Forbidden,
        r#"{"code":403,"message":"Forbidden"}"#,
    );
}

#[test]
fn transparent_takes_an_error_behind_any_pointer() {
    #[derive(Debug, apicodes::ApiError)]
    enum Inner {
        #[api_error(code = 402, message = "Card {0} declined")]
        Declined(u32),
        #[api_error(code = 429, retry_after = 0)]
        Throttled(u64),
    }

    #[derive(Debug, apicodes::ApiError)]
    enum Outer<'a> {
        #[api_error(transparent)]
        Shared(std::sync::Arc<Inner>),
        #[api_error(transparent)]
        Local(std::rc::Rc<Inner>),
        #[api_error(transparent)]
        Borrowed(&'a Inner),
        #[api_error(transparent)]
        Boxed(Box<Inner>),
        #[api_error(transparent)]
        Exclusive(&'a mut Inner),
    }

    let inner = Inner::Declined(7);
    let mut exclusive = Inner::Declined(7);
    for outer in [
        Outer::Shared(std::sync::Arc::new(Inner::Declined(7))),
        Outer::Local(std::rc::Rc::new(Inner::Declined(7))),
        Outer::Borrowed(&inner),
        Outer::Boxed(Box::new(Inner::Declined(7))),
        Outer::Exclusive(&mut exclusive),
    ] {
        assert_sends(
            &outer,
            Code::PaymentRequired,
            r#"{"code":402,"message":"Card 7 declined"}"#,
        );
    }
    let throttled = Outer::Shared(std::sync::Arc::new(Inner::Throttled(30)));
    assert_eq!(throttled.retry_after(), Some(30));
    // The codes and variants are the inner type's, through each pointer.
    assert_eq!(
        Outer::CODES,
        CodeSet::of(&[Code::PaymentRequired, Code::TooManyRequests])
    );
    let names: Vec<_> = Outer::variants().into_iter().map(|v| v.name).collect();
    assert_eq!(
        names,
        [
            "Shared::Declined",
            "Shared::Throttled",
            "Local::Declined",
            "Local::Throttled",
            "Borrowed::Declined",
            "Borrowed::Throttled",
            "Boxed::Declined",
            "Boxed::Throttled",
            "Exclusive::Declined",
            "Exclusive::Throttled",
        ]
    );
}

#[test]
fn a_transparent_variant_may_hold_the_type_itself() {
    #[derive(Debug, apicodes::ApiError)]
    enum Chain<'a> {
        #[api_error(code = 404)]
        NotFound,
        #[api_error(code = Gone, message = "Gone since {0}")]
        Gone(u32),
        #[api_error(transparent)]
        Context(Box<Self>),
        #[api_error(transparent)]
        Shared(std::rc::Rc<Chain<'a>>),
        #[api_error(transparent)]
        Borrowed(&'a Self),
    }

    // With the framework impls too: none of them bounds the field.
    #[derive(
        Debug, apicodes::ApiError, apicodes::axum::IntoResponse, apicodes::openapi::IntoResponses,
    )]
    enum Tree<T> {
        #[api_error(code = 400, message = "Bad {0}")]
        Leaf(T),
        #[api_error(transparent)]
        Nested(Box<Tree<T>>),
    }

    let gone = Chain::Gone(2024);
    let deep = Chain::Context(Box::new(Chain::Shared(std::rc::Rc::new(Chain::Borrowed(
        &gone,
    )))));
    assert_sends(
        &deep,
        Code::Gone,
        r#"{"code":410,"message":"Gone since 2024"}"#,
    );
    assert_sends(
        &Chain::Context(Box::new(Chain::NotFound)),
        Code::NotFound,
        r#"{"code":404,"message":"Not found"}"#,
    );
    // Its codes and variants are its others'.
    assert_eq!(Chain::CODES, CodeSet::of(&[Code::NotFound, Code::Gone]));
    let names: Vec<_> = Chain::variants().into_iter().map(|v| v.name).collect();
    assert_eq!(names, ["NotFound", "Gone"]);

    let tree = Tree::Nested(Box::new(Tree::Nested(Box::new(Tree::Leaf("leaf")))));
    assert_sends(
        &tree,
        Code::BadRequest,
        r#"{"code":400,"message":"Bad leaf"}"#,
    );
    assert_eq!(tree.variant(), Some("Leaf"));
    assert_eq!(Tree::<u8>::CODES, CodeSet::of(&[Code::BadRequest]));
    let names: Vec<_> = Tree::<u8>::variants().into_iter().map(|v| v.name).collect();
    assert_eq!(names, ["Leaf"]);
    let responses = <Tree<u8> as utoipa::IntoResponses>::responses();
    assert_eq!(responses.keys().collect::<Vec<_>>(), ["400"]);
}

/// `Retry-After` comes from the variant that answers, however deep.
#[test]
fn a_transparent_variant_over_the_type_itself_keeps_retry_after() {
    #[derive(Debug, apicodes::ApiError)]
    enum Throttle {
        #[api_error(code = 429, retry_after = secs)]
        Wait { secs: u64 },
        #[api_error(transparent)]
        Again(Box<Throttle>),
    }
    let wait = Throttle::Again(Box::new(Throttle::Again(Box::new(Throttle::Wait {
        secs: 9,
    }))));
    assert_eq!(wait.retry_after(), Some(9));
    assert_eq!(wait.variant(), Some("Wait"));
}

#[test]
fn display_debug_and_source_never_reach_the_body() {
    #[derive(Debug, thiserror::Error, apicodes::ApiError)]
    enum StorageError {
        #[error("could not read {path}: {source}")]
        #[api_error(code = 404)]
        Read {
            path: String,
            source: std::io::Error,
        },
        #[error(transparent)]
        #[api_error(code = 403)]
        Io(#[from] std::io::Error),
    }

    let secret = "/srv/secrets/db-password.txt";
    let read = StorageError::Read {
        path: secret.into(),
        source: std::io::Error::other(format!("permission denied on {secret}")),
    };
    let io = StorageError::from(std::io::Error::other(secret));
    assert!(
        read.to_string().contains(secret),
        "the Display text holds the secret"
    );
    for err in [&read, &io] {
        for text in [
            err.to_json().into_owned(),
            err.message().into_owned(),
            err.body().to_json(),
        ] {
            assert!(!text.contains("secret"), "{text}");
            assert!(!text.contains("denied"), "{text}");
        }
    }
    assert_eq!(read.to_json(), r#"{"code":404,"message":"Not found"}"#);
    assert_eq!(io.to_json(), r#"{"code":403,"message":"Forbidden"}"#);
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 400)]
enum WithDefault {
    First,
    Second(#[allow(dead_code)] u8),
    #[api_error(code = 404)]
    Overridden {
        #[allow(dead_code)]
        id: u8,
    },
    #[api_error(message = "Second field {1} of {0}")]
    DefaultWithMessage(u8, &'static str),
}

#[test]
fn enum_level_code_is_the_default() {
    assert_sends(
        &WithDefault::First,
        Code::BadRequest,
        r#"{"code":400,"message":"Bad request"}"#,
    );
    assert_sends(
        &WithDefault::Second(1),
        Code::BadRequest,
        r#"{"code":400,"message":"Bad request"}"#,
    );
    assert_sends(
        &WithDefault::Overridden { id: 1 },
        Code::NotFound,
        r#"{"code":404,"message":"Not found"}"#,
    );
    assert_sends(
        &WithDefault::DefaultWithMessage(3, "x"),
        Code::BadRequest,
        r#"{"code":400,"message":"Second field x of 3"}"#,
    );
    assert_eq!(
        WithDefault::CODES,
        CodeSet::EMPTY.with(Code::BadRequest).with(Code::NotFound)
    );
}

#[derive(Debug, apicodes::ApiError)]
enum Formatted {
    #[api_error(
        code = 400,
        message = "name {name:?} at {pos:>5}|{pos:<3}|{hex:#x}|{hex:X}|{{literal}}"
    )]
    Spec { name: String, pos: u32, hex: u32 },
    #[api_error(code = 400, message = "{0}")]
    Only(String),
    #[api_error(code = 400, message = "no fields, {{braces}} only")]
    Braces,
    #[api_error(code = 400, message = "{type} is a raw identifier")]
    Raw {
        r#type: &'static str,
        #[allow(dead_code)]
        unused: u8,
    },
    /// Plain placeholders only (rendered around `&dyn Display` values), with
    /// text that needs escaping, literal braces next to placeholders, and a
    /// field shown twice.
    #[api_error(code = 410, message = "{{\"{a}\"}} \\ {b}{a}\t→ {{}}")]
    Plain { a: String, b: u8 },
}

#[test]
fn format_specs_and_braces() {
    let err = Formatted::Spec {
        name: "a\"b".into(),
        pos: 42,
        hex: 255,
    };
    assert_eq!(
        err.message(),
        r#"name "a\"b" at    42|42 |0xff|FF|{literal}"#
    );
    assert_sends(
        &err,
        Code::BadRequest,
        r#"{"code":400,"message":"name \"a\\\"b\" at    42|42 |0xff|FF|{literal}"}"#,
    );
    assert_sends(
        &Formatted::Braces,
        Code::BadRequest,
        r#"{"code":400,"message":"no fields, {braces} only"}"#,
    );
    assert!(matches!(Formatted::Braces.to_json(), Cow::Borrowed(_)));
}

#[test]
fn interpolated_fields_are_escaped_whatever_they_print() {
    let cases = [
        ("quote \" here", r#"quote \" here"#),
        ("back\\slash", r"back\\slash"),
        ("new\nline\ttab\r", r"new\nline\ttab\r"),
        ("bell\u{7}", r"bell\u0007"),
        ("é 😀 ü", "é 😀 ü"),
        ("", ""),
    ];
    for (value, escaped) in cases {
        let err = Formatted::Only(value.to_owned());
        assert_eq!(err.message(), value);
        assert_sends(
            &err,
            Code::BadRequest,
            &format!(r#"{{"code":400,"message":"{escaped}"}}"#),
        );
    }
}

proptest! {
    #[test]
    fn interpolation_matches_serde_json(value in any::<String>(), n in any::<u32>()) {
        #[derive(serde::Serialize)]
        struct Reference<'a> {
            code: u16,
            message: &'a str,
        }
        let err = Formatted::Spec { name: value.clone(), pos: n, hex: n };
        let message = format!("name {value:?} at {n:>5}|{n:<3}|{n:#x}|{n:X}|{{literal}}");
        let expected = serde_json::to_string(&Reference { code: 400, message: &message }).unwrap();
        prop_assert_eq!(err.to_json(), expected.as_str());
        prop_assert_eq!(err.message(), message.as_str());
    }
}

#[test]
fn plain_placeholders_with_braces_and_escapes() {
    let err = Formatted::Plain {
        a: "x\"y".to_owned(),
        b: 7,
    };
    assert_eq!(err.message(), "{\"x\"y\"} \\ 7x\"y\t→ {}");
    assert_sends(
        &err,
        Code::Gone,
        r#"{"code":410,"message":"{\"x\"y\"} \\ 7x\"y\t→ {}"}"#,
    );
}

proptest! {
    #[test]
    fn plain_placeholders_match_serde_json(a in any::<String>(), b in any::<u8>()) {
        let err = Formatted::Plain { a: a.clone(), b };
        let message = format!("{{\"{a}\"}} \\ {b}{a}\t→ {{}}");
        let expected = format!(r#"{{"code":410,"message":{}}}"#, serde_json::to_string(&message).unwrap());
        prop_assert_eq!(err.to_json(), expected.as_str());
        prop_assert_eq!(err.message(), message.as_str());
    }
}

/// Every integer width through the plain path (no `core::fmt`).
#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 400, message = "{0} {1} {2} {3} {4} {5}")]
struct Widths(u128, i128, u64, i64, usize, i8);

proptest! {
    #[test]
    fn integers_of_every_width_are_written_as_display_writes_them(
        wide in any::<u128>(),
        signed in any::<i128>(),
        n in any::<u64>(),
        m in any::<i64>(),
        size in any::<usize>(),
        small in any::<i8>(),
    ) {
        let err = Widths(wide, signed, n, m, size, small);
        let message = format!("{wide} {signed} {n} {m} {size} {small}");
        prop_assert_eq!(err.message(), message.as_str());
        prop_assert_eq!(err.to_json(), format!(r#"{{"code":400,"message":"{message}"}}"#));
    }
}

#[test]
fn integers_at_their_edges() {
    for (wide, signed) in [
        (0, 0),
        (u128::MAX, i128::MIN),
        (10_u128.pow(19), i128::MAX),
        (10_u128.pow(19) - 1, -(10_i128.pow(19))),
        (10_u128.pow(38) + 7, -(10_i128.pow(38)) - 7),
        (u128::from(u64::MAX) + 1, i128::from(i64::MIN) - 1),
    ] {
        let err = Widths(wide, signed, u64::MAX, i64::MIN, usize::MAX, i8::MIN);
        let message = format!(
            "{wide} {signed} {} {} {} {}",
            u64::MAX,
            i64::MIN,
            usize::MAX,
            i8::MIN
        );
        assert_eq!(err.message(), message);
    }
}

#[test]
fn raw_identifiers_and_unused_fields() {
    let err = Formatted::Raw {
        r#type: "kind",
        unused: 0,
    };
    assert_sends(
        &err,
        Code::BadRequest,
        r#"{"code":400,"message":"kind is a raw identifier"}"#,
    );
}

/// Structs take their code from a type-level attribute.
#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 401)]
struct Unauthenticated;

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 403, message = "User {user} may not do that")]
struct NotAllowed {
    user: u64,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 403, message = "User {0} may not {1}")]
struct NotAllowedTuple(u64, &'static str);

#[derive(Debug, apicodes::ApiError)]
#[api_error(transparent)]
struct Wrapper(AccountError);

#[test]
fn structs() {
    assert_sends(
        &Unauthenticated,
        Code::Unauthorized,
        r#"{"code":401,"message":"Unauthorized"}"#,
    );
    assert_sends(
        &NotAllowedTuple(7, "delete"),
        Code::Forbidden,
        r#"{"code":403,"message":"User 7 may not delete"}"#,
    );
    assert_sends(
        &Wrapper(AccountError::StaleToken),
        Code::Gone,
        r#"{"code":410,"message":"Gone"}"#,
    );
    assert_eq!(Wrapper::CODES, AccountError::CODES);
    assert_sends(
        &NotAllowed { user: 9 },
        Code::Forbidden,
        r#"{"code":403,"message":"User 9 may not do that"}"#,
    );
}

/// Generic over an inner error and a message value; bounds are added only
/// for the fields that need them.
#[derive(Debug, apicodes::ApiError)]
enum Generic<'a, E, T, U>
where
    U: Copy,
{
    #[api_error(transparent)]
    Inner(E),
    #[api_error(code = 400, message = "bad value {value} in {name}")]
    Value { value: T, name: &'a str },
    #[api_error(code = 404)]
    Unused(#[allow(dead_code)] U),
    #[api_error(code = 429, retry_after = 0)]
    Wait(Option<T>),
}

#[test]
fn generics_lifetimes_and_where_clauses() {
    type G<'a> = Generic<'a, BillingError, u64, NotDisplay>;
    let name = String::from("limit");
    assert_sends(
        &G::Value {
            value: 5,
            name: &name,
        },
        Code::BadRequest,
        r#"{"code":400,"message":"bad value 5 in limit"}"#,
    );
    assert_sends(
        &G::Inner(BillingError::CardDeclined),
        Code::PaymentRequired,
        r#"{"code":402,"message":"Card declined"}"#,
    );
    assert_sends(
        &G::Unused(NotDisplay),
        Code::NotFound,
        r#"{"code":404,"message":"Not found"}"#,
    );
    assert_eq!(G::Wait(Some(30)).retry_after(), Some(30));
    assert_eq!(G::Wait(None).retry_after(), None);
    assert_eq!(
        G::CODES,
        CodeSet::EMPTY
            .with(Code::BadRequest)
            .with(Code::NotFound)
            .with(Code::TooManyRequests)
            .union(BillingError::CODES)
    );
}

/// An error whose `ApiError` is written by hand, with no `ApiErrorDocs`.
#[derive(Debug)]
struct Undocumented;

impl ApiError for Undocumented {
    type Table = Code;
    fn code(&self) -> Status {
        Status::Documented(Code::Forbidden)
    }
}

/// A generic transparent field needs `ApiErrorDocs` for the docs alone:
/// the type is an `ApiError` over an error that documents no codes.
#[test]
fn a_generic_transparent_field_needs_no_docs_to_answer() {
    type G<'a> = Generic<'a, Undocumented, u64, NotDisplay>;
    assert_sends(
        &G::Inner(Undocumented),
        Code::Forbidden,
        r#"{"code":403,"message":"Forbidden"}"#,
    );
}

/// A field that borrows a `T` for `'a` beside fields that own one, each
/// shown through a format spec: the bounds are on `T`, so formatting the
/// owned `T` (borrowed from `&self`) does not demand a borrow for `'a`.
#[derive(Debug, apicodes::ApiError)]
enum Borrowing<'a, T> {
    #[api_error(code = 400, message = "{r}")]
    Ref { r: &'a T },
    #[api_error(code = 400, message = "{t:>3}")]
    Own { t: T },
    #[api_error(code = 404, message = "{0:?} and {1:?}")]
    Both(&'a &'a T, T),
}

#[test]
fn a_borrowed_and_an_owned_field_of_one_parameter() {
    let seven = 7_u8;
    assert_sends(
        &Borrowing::Ref { r: &seven },
        Code::BadRequest,
        r#"{"code":400,"message":"7"}"#,
    );
    let own: Borrowing<'_, u8> = Borrowing::Own { t: 7 };
    assert_sends(&own, Code::BadRequest, r#"{"code":400,"message":"  7"}"#);
    let borrowed = &seven;
    assert_sends(
        &Borrowing::Both(&borrowed, 8),
        Code::NotFound,
        r#"{"code":404,"message":"7 and 8"}"#,
    );
}

/// A where clause whose bounds end with `+`, as a `macro_rules!` writes
/// a list of them: the derive's bound on the same type follows that `+`.
macro_rules! bounded_by {
    ($($bound:path),*) => {
        #[derive(Debug, apicodes::ApiError)]
        enum TrailingPlus<T>
        where
            T: $($bound +)*
        {
            #[api_error(code = 400, message = "bad {0}")]
            Bad(T),
        }
    };
}

bounded_by!(Clone, Copy);

#[test]
fn a_where_clause_ending_with_a_plus_takes_the_derives_bound() {
    assert_sends(
        &TrailingPlus::Bad(7_u8),
        Code::BadRequest,
        r#"{"code":400,"message":"bad 7"}"#,
    );
}

/// A trait object shown through a reference keeps the reference's
/// lifetime: its bound is on `&'a dyn Shown<T>`, not on `dyn Shown<T>`,
/// which alone would mean `dyn Shown<T> + 'static`.
trait Shown<T> {
    fn number(&self) -> u8;
}

impl<T> std::fmt::Display for dyn Shown<T> + '_ {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "shown {}", self.number())
    }
}

impl<T> std::fmt::Display for dyn Shown<T> + Sync + '_ {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "shown {}", self.number())
    }
}

struct Three;

impl Shown<u8> for Three {
    fn number(&self) -> u8 {
        3
    }
}

#[derive(apicodes::ApiError)]
enum Object<'a, T> {
    #[api_error(code = 400, message = "{0}")]
    Plain(&'a dyn Shown<T>),
    #[api_error(code = 400, message = "{0:>9}")]
    Sent(&'a (dyn Shown<T> + Sync)),
}

#[test]
fn a_borrowed_trait_object_keeps_its_lifetime() {
    assert_eq!(
        Object::Plain(&Three).to_json(),
        r#"{"code":400,"message":"shown 3"}"#
    );
    let sent: Object<'_, u8> = Object::Sent(&Three);
    // The `Display` above writes without padding, as `format!` shows.
    let shown: &dyn Shown<u8> = &Three;
    assert_eq!(format!("{shown:>9}"), "shown 3");
    assert_eq!(sent.to_json(), r#"{"code":400,"message":"shown 3"}"#);
}

/// A type of its own around a parameter, shown through `Display`.
#[derive(Debug)]
struct Wrapped<T>(T);

impl<T: std::fmt::Display> std::fmt::Display for Wrapped<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "w{}", self.0)
    }
}

/// A trait whose associated type is shown.
trait Produces {
    type Out: std::fmt::Display + std::fmt::Debug;
}

impl Produces for u8 {
    type Out = u16;
}

/// Borrowed and owned fields of one type that is not a bare parameter:
/// each borrowed one bounded for a reference of any lifetime, so that the
/// owned one, borrowed from `&self`, is not held to `'a`.
#[derive(Debug, apicodes::ApiError)]
enum BorrowingMore<'a, T: Produces> {
    #[api_error(code = 400, message = "{r}")]
    Ref { r: &'a Wrapped<T::Out> },
    #[api_error(code = 400, message = "{t:>3}")]
    Own { t: Wrapped<T::Out> },
    #[api_error(code = 404, message = "{0:?} and {1:?}")]
    Options(&'a Option<T::Out>, Option<T::Out>),
    #[api_error(code = 404, message = "{0} {1:>3}")]
    Assoc(&'a T::Out, T::Out),
}

#[test]
fn borrowed_and_owned_fields_of_a_type_around_a_parameter() {
    let cases: [(BorrowingMore<'_, u8>, &str); 4] = [
        (BorrowingMore::Ref { r: &Wrapped(7) }, "w7"),
        (BorrowingMore::Own { t: Wrapped(7) }, "w7"),
        (BorrowingMore::Options(&Some(7), None), "Some(7) and None"),
        (BorrowingMore::Assoc(&7, 8), "7   8"),
    ];
    for (error, message) in cases {
        assert_eq!(error.message(), message);
    }
}

/// A user's own bound on the borrowed type stands alone: a second one on
/// it for any lifetime would make the two ambiguous.
#[derive(Debug, apicodes::ApiError)]
enum UserBound<'a, T>
where
    &'a Wrapped<T>: std::fmt::Display,
{
    #[api_error(code = 400, message = "{0}")]
    Shown(&'a Wrapped<T>),
}

/// A referent that binds, in its own `for<>`, the lifetime name the
/// derive's predicate would bind: the predicate takes another.
#[derive(Debug, apicodes::ApiError)]
enum OwnBinder<'a, T> {
    #[api_error(code = 400, message = "{0:?}")]
    Callback(&'a Option<for<'__apicodes_any> fn(&'__apicodes_any T)>),
    #[api_error(code = 400, message = "{0:?}")]
    Callbacks(&'a [for<'__apicodes_any> fn(&'__apicodes_any T); 0]),
}

#[test]
fn a_referent_binding_the_derive_s_lifetime_name() {
    let none: OwnBinder<'_, u8> = OwnBinder::Callback(&None);
    assert_eq!(none.message(), "None");
    // The same name bound only inside brackets.
    let empty: OwnBinder<'_, u8> = OwnBinder::Callbacks(&[]);
    assert_eq!(empty.to_json(), r#"{"code":400,"message":"[]"}"#);
}

/// A shared and a mutable reference to one type: each its own bound.
#[derive(Debug, apicodes::ApiError)]
enum SharedAndMutable<'a, T> {
    #[api_error(code = 400, message = "{0}")]
    Mutable(&'a mut Wrapped<T>),
    #[api_error(code = 400, message = "{0}")]
    Shared(&'a Wrapped<T>),
}

/// One trait object written with and without the reference's own
/// lifetime, and a function pointer, behind references.
#[derive(apicodes::ApiError)]
#[api_error(code = 400, message = "{0} {1} {2:?}")]
struct Spelled<'a, T>(&'a dyn Shown<T>, &'a (dyn Shown<T> + 'a), &'a fn(T) -> T);

#[test]
fn one_bound_for_references_spelled_differently() {
    fn same(n: u8) -> u8 {
        n
    }
    assert_eq!(
        UserBound::Shown(&Wrapped(5_u8)).to_json(),
        r#"{"code":400,"message":"w5"}"#
    );
    let mut mutable = Wrapped(6_u8);
    assert_eq!(SharedAndMutable::Mutable(&mut mutable).message(), "w6");
    assert_eq!(SharedAndMutable::Shared(&Wrapped(7_u8)).message(), "w7");
    let function: fn(u8) -> u8 = same;
    let message = Spelled(&Three, &Three, &function).message().into_owned();
    assert!(message.starts_with("shown 3 shown 3 0x"), "{message}");
}

/// No `Display`: a field only matched, never shown, needs no bound.
#[derive(Debug, Clone, Copy)]
struct NotDisplay;

#[test]
fn code_sets_merge_transparent_variants_at_compile_time() {
    const ACCOUNT: CodeSet = AccountError::CODES;
    assert_eq!(
        ACCOUNT.iter().collect::<Vec<_>>(),
        [
            Code::NoContent,
            Code::BadRequest,
            Code::PaymentRequired,
            Code::NotFound,
            Code::Gone,
            Code::TooManyRequests,
            Code::OutOfStorage,
        ]
    );
    assert_eq!(
        LimitError::CODES,
        CodeSet::EMPTY.with(Code::TooManyRequests)
    );
    assert_eq!(Box::<LimitError>::CODES, LimitError::CODES);
}

#[test]
fn variants_describe_each_variant_in_order() {
    let names: Vec<_> = AccountError::variants()
        .into_iter()
        .map(|v| {
            (
                v.name.into_owned(),
                v.code,
                v.message,
                v.interpolated,
                v.doc,
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            (
                "NoSuchUser".to_owned(),
                Status::Documented(Code::NotFound),
                "Not found",
                false,
                "No account has the requested id."
            ),
            (
                "StaleToken".to_owned(),
                Status::Documented(Code::Gone),
                "Gone",
                false,
                "The token predates the last password change."
            ),
            (
                "OutOfAttributes".to_owned(),
                Status::Documented(Code::OutOfStorage),
                "Attribute limit {limit} reached",
                true,
                ""
            ),
            (
                "Invalid".to_owned(),
                Status::Documented(Code::BadRequest),
                "Field {0} is invalid",
                true,
                ""
            ),
            (
                "Deleted".to_owned(),
                Status::Documented(Code::NoContent),
                "No content",
                false,
                ""
            ),
            (
                "Billing::CardDeclined".to_owned(),
                Status::Documented(Code::PaymentRequired),
                "Card declined",
                false,
                "The card was declined."
            ),
            (
                "Billing::Limits::LimitError".to_owned(),
                Status::Documented(Code::TooManyRequests),
                "Too many requests",
                false,
                ""
            ),
        ]
    );
    assert_eq!(
        Unauthenticated::variants(),
        [VariantDoc::new(
            "Unauthenticated",
            Status::Documented(Code::Unauthorized),
            "Unauthorized",
            false,
            "Structs take their code from a type-level attribute."
        )]
    );
}

/// Doc comments sit between the names in the text the names are read
/// from: long ones, and ones holding `:` and digits, must not shift them.
#[derive(Debug, apicodes::ApiError)]
#[allow(non_camel_case_types)]
enum Named<'a> {
    /// 12:34 a doc comment that looks like the length-prefixed text: 5:abcde
    #[api_error(code = 400)]
    First,
    /// 3:
    #[api_error(code = 404, message = "No {0}")]
    r#type(&'a str),
    /// A long doc comment, longer than any name, over several lines: Lorem
    /// ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod
    /// tempor incididunt ut labore et dolore magna aliqua. 99:
    #[api_error(code = 410, message = "{x}")]
    Third { x: u8 },
    #[api_error(transparent)]
    Inner(AccountError),
    #[api_error(code = 429)]
    Last,
}

#[test]
fn variant_names_the_value_s_own_variant() {
    let named = [
        (Named::First, "First"),
        (Named::r#type("x"), "type"),
        (Named::Third { x: 1 }, "Third"),
        (Named::Inner(AccountError::StaleToken), "StaleToken"),
        (
            Named::Inner(AccountError::Billing(BillingError::CardDeclined)),
            "CardDeclined",
        ),
        (
            Named::Inner(AccountError::Billing(BillingError::Limits(Box::new(
                LimitError {
                    wait: Duration::from_secs(1),
                },
            )))),
            "LimitError",
        ),
        (Named::Last, "Last"),
    ];
    for (error, name) in named {
        assert_eq!(error.variant(), Some(name), "{error:?}");
    }
    assert_eq!(AccountError::Deleted.variant(), Some("Deleted"));
    assert_eq!(Unauthenticated.variant(), Some("Unauthenticated"));
}

/// A field that may be unsized (a `?Sized` parameter, `str`, `dyn
/// Display`) is shown by `format_args!`, as `format!` would show it.
#[derive(apicodes::ApiError)]
#[api_error(code = 400, message = "id {id}: {msg}")]
struct MaybeUnsized<T: ?Sized + std::fmt::Display> {
    id: u32,
    msg: T,
}

#[derive(apicodes::ApiError)]
#[api_error(code = 400, message = "id {id}: {msg}")]
struct UnsizedInWhere<T>
where
    T: std::fmt::Display + ?Sized,
{
    id: u32,
    msg: T,
}

// These two cannot be built without `unsafe`; that they derive is the
// test.
#[allow(dead_code)]
#[derive(apicodes::ApiError)]
#[api_error(code = 400, message = "{0}")]
struct UnsizedStr(str);

#[allow(dead_code)]
#[derive(apicodes::ApiError)]
#[api_error(code = 400, message = "{0} and {1}")]
struct UnsizedDyn(u8, dyn std::fmt::Display);

#[test]
fn a_field_that_may_be_unsized_is_shown_as_format_shows_it() {
    let sized = MaybeUnsized { id: 1, msg: "a\"b" };
    assert_sends(
        &sized,
        Code::BadRequest,
        r#"{"code":400,"message":"id 1: a\"b"}"#,
    );
    let unsized_: &MaybeUnsized<dyn std::fmt::Display> = &MaybeUnsized { id: 2, msg: 7_u8 };
    assert_sends(
        unsized_,
        Code::BadRequest,
        r#"{"code":400,"message":"id 2: 7"}"#,
    );
    let in_where: &UnsizedInWhere<dyn std::fmt::Display> = &UnsizedInWhere { id: 3, msg: 'c' };
    assert_sends(
        in_where,
        Code::BadRequest,
        r#"{"code":400,"message":"id 3: c"}"#,
    );
}

#[test]
fn works_as_dyn_and_through_references() {
    let errors: Vec<Box<dyn ApiError<Table = Code>>> = vec![
        Box::new(AccountError::StaleToken),
        Box::new(Unauthenticated),
        Box::new(Code::NotFound),
    ];
    let bodies: Vec<_> = errors.iter().map(|e| e.to_json().into_owned()).collect();
    assert_eq!(
        bodies,
        [
            r#"{"code":410,"message":"Gone"}"#,
            r#"{"code":401,"message":"Unauthorized"}"#,
            r#"{"code":404,"message":"Not found"}"#,
        ]
    );
    assert_sends(
        &&Unauthenticated,
        Code::Unauthorized,
        r#"{"code":401,"message":"Unauthorized"}"#,
    );
}

#[derive(Debug, apicodes::ApiError)]
enum Never {}

#[derive(Debug, apicodes::ApiError)]
enum RetryForms {
    #[api_error(code = 429, retry_after = secs)]
    Seconds { secs: u32 },
    #[api_error(code = TooManyRequests, retry_after = 0)]
    Exact(Duration),
    #[api_error(code = 429, retry_after = maybe, message = "Wait {maybe:?}")]
    Maybe { maybe: Option<u64> },
    #[api_error(code = 429)]
    NoHint,
}

#[test]
fn retry_after_forms() {
    assert_eq!(RetryForms::Seconds { secs: 30 }.retry_after(), Some(30));
    assert_eq!(
        RetryForms::Exact(Duration::from_secs(4)).retry_after(),
        Some(4)
    );
    assert_eq!(
        RetryForms::Exact(Duration::from_nanos(1)).retry_after(),
        Some(1)
    );
    assert_eq!(RetryForms::Maybe { maybe: None }.retry_after(), None);
    assert_eq!(RetryForms::Maybe { maybe: Some(2) }.retry_after(), Some(2));
    assert_eq!(RetryForms::NoHint.retry_after(), None);
    assert_sends(
        &RetryForms::Maybe { maybe: Some(2) },
        Code::TooManyRequests,
        r#"{"code":429,"message":"Wait Some(2)"}"#,
    );
    assert_eq!(Never::CODES, CodeSet::EMPTY);
    assert!(Never::variants().is_empty());
}

#[test]
fn beside_thiserror_and_serde() {
    #[derive(Debug, thiserror::Error, serde::Serialize, apicodes::ApiError)]
    #[serde(tag = "kind")]
    enum Mixed {
        #[error("missing {id}")]
        #[serde(rename = "missing")]
        #[api_error(code = 404, message = "No item {id}")]
        Missing { id: u32 },
    }
    let err = Mixed::Missing { id: 3 };
    assert_eq!(err.to_string(), "missing 3");
    assert_eq!(
        serde_json::to_string(&err).unwrap(),
        r#"{"kind":"missing","id":3}"#
    );
    assert_sends(
        &err,
        Code::NotFound,
        r#"{"code":404,"message":"No item 3"}"#,
    );
}

/// A constant named like a field the derive binds cannot turn the binding
/// into a constant pattern: the bindings' names are the derive's own.
mod constants_in_scope {
    #![allow(non_upper_case_globals, dead_code)]

    use apicodes::ApiError;

    const field_id: u64 = 0;
    const field_0: &str = "";
    const id: u64 = 0;

    #[derive(Debug, apicodes::ApiError)]
    enum Shadowed {
        #[api_error(code = 404, message = "No item {id}")]
        Plain { id: u64 },
        #[api_error(code = 404, message = "No item {0:>3}")]
        Spec(&'static str),
        #[api_error(code = 429, retry_after = id, message = "Wait {id}s")]
        Retry { id: u64 },
    }

    #[test]
    fn constants_named_like_bindings_change_nothing() {
        assert_eq!(
            Shadowed::Plain { id: 7 }.to_json(),
            r#"{"code":404,"message":"No item 7"}"#
        );
        assert_eq!(
            Shadowed::Spec("ab").to_json(),
            r#"{"code":404,"message":"No item  ab"}"#
        );
        assert_eq!(Shadowed::Retry { id: 5 }.retry_after(), Some(5));
    }
}

/// A transparent variant holding another instance of the type itself
/// (`Box<Nested<u8>>` in `Nested<T>`) compiles: its codes are not checked
/// apart from the type's, which they are part of.
#[test]
fn a_transparent_field_of_another_instance_of_the_type_compiles() {
    #[derive(Debug, ApiError)]
    enum Nested<T> {
        #[api_error(transparent)]
        Inner(Box<Nested<u8>>),
        #[api_error(code = 400, message = "Bad {0}")]
        Bad(T),
    }
    let err = Nested::<u16>::Inner(Box::new(Nested::Bad(7)));
    assert_eq!(err.to_json(), r#"{"code":400,"message":"Bad 7"}"#);
    assert_eq!(
        self_instances::a::Nested::<u16>::Inner(Box::new(self_instances::a::Nested::Bad(8)))
            .to_json(),
        r#"{"code":400,"message":"Bad 8"}"#
    );
    let deeper =
        self_instances::a::b::Deeper::<u16>::Inner(Box::new(self_instances::a::b::Deeper::Bad(9)));
    assert_eq!(deeper.to_json(), r#"{"code":400,"message":"Bad request"}"#);
}

/// A transparent field that names only a const parameter of the type
/// (`Limit<N>`) gets no bound: it answers through its own impl.
#[test]
fn a_transparent_field_naming_a_const_parameter_answers() {
    #[derive(Debug, ApiError)]
    #[api_error(code = 429, message = "Try again in {wait} s", retry_after = wait)]
    struct Limit<const N: usize> {
        wait: u64,
    }

    #[derive(Debug, ApiError)]
    enum Quota<const N: usize> {
        #[api_error(transparent)]
        Exceeded(Limit<N>),
        #[api_error(code = 400)]
        Bad,
    }
    let err = Quota::<64>::Exceeded(Limit { wait: 60 });
    assert_eq!(
        err.to_json(),
        r#"{"code":429,"message":"Try again in 60 s"}"#
    );
    assert_eq!(err.retry_after(), Some(60));
    assert_eq!(
        Quota::<64>::Bad.to_json(),
        r#"{"code":400,"message":"Bad request"}"#
    );
}

/// The same through paths: from the crate's root, and from a parent module.
mod self_instances {
    pub mod a {
        #[derive(Debug, apicodes::ApiError)]
        pub enum Nested<T> {
            #[api_error(transparent)]
            Inner(Box<crate::test_derive::self_instances::a::Nested<u8>>),
            #[api_error(code = 400, message = "Bad {0}")]
            Bad(T),
        }

        pub mod b {
            #[derive(Debug, apicodes::ApiError)]
            pub enum Deeper<T> {
                #[api_error(transparent)]
                Inner(Box<super::b::Deeper<u8>>),
                #[api_error(code = 400)]
                Bad(T),
            }
        }
    }
}

/// Doc comments with values a macro gives (`include_str!`, `concat!`, a
/// `macro_rules!` fragment), which the derive cannot read itself, reach
/// `variants()` (and so the catalogue and OpenAPI) through the compiler:
/// each value on lines of its own among the comment's other lines, without
/// the line end it may close with.
mod docs_from_macros {
    #![allow(dead_code, reason = "only the variants' docs are read")]

    use apicodes::ApiErrorDocs;

    macro_rules! documented {
        ($doc:expr) => {
            #[derive(Debug, apicodes::ApiError)]
            pub enum Fragment {
                #[doc = $doc]
                #[api_error(code = 404)]
                Missing,
            }
        };
    }
    documented!(concat!("From ", "a fragment."));

    #[derive(Debug, apicodes::ApiError)]
    pub enum Given {
        #[doc = include_str!("docs/variant.md")]
        #[api_error(code = 404)]
        FromFile,
        /// Before.
        ///
        #[doc = concat!("Built ", "here.")]
        /// After,
        ///   indented.
        #[api_error(code = 410)]
        Mixed,
        /// Plain.
        #[api_error(code = 400)]
        Plain,
        #[doc = concat!("On", "e.")]
        #[doc = concat!("Tw", "o.")]
        #[api_error(code = 403)]
        Two,
        /// Summary.
        #[doc = include_str!("docs/lines.md")]
        /// After the file.
        #[api_error(code = 429)]
        FileEndingInALineEnd,
        #[doc = include_str!("docs/lines.md")]
        #[api_error(code = 402)]
        FileLast,
    }

    #[test]
    fn doc_comments_a_macro_gives_are_read_by_the_compiler() {
        let docs: Vec<&str> = Given::variants().iter().map(|v| v.doc).collect();
        assert_eq!(
            docs,
            [
                "Read from a file.\n\nIts second paragraph.",
                "Before.\n\nBuilt here.\nAfter,\n  indented.",
                "Plain.",
                "One.\nTwo.",
                // A file's last line end ends its last line, as in rustdoc.
                "Summary.\nLine one.\nLine two.\nAfter the file.",
                "Line one.\nLine two.",
            ]
        );
        assert_eq!(Fragment::variants()[0].doc, "From a fragment.");
    }

    /// A value a macro gives that ends in a CRLF (a file checked out with
    /// Windows line ends) loses it as one ending in a LF does.
    #[derive(Debug, apicodes::ApiError)]
    pub enum Crlf {
        /// Summary.
        #[doc = concat!("Line one.\r\n", "Line two.\r\n")]
        /// After the value.
        #[api_error(code = 404)]
        Between,
        #[doc = concat!("Only", " a value.\r\n")]
        #[api_error(code = 410)]
        Last,
    }

    #[test]
    fn a_value_ending_in_a_crlf_loses_it_as_rustdoc_does() {
        let docs: Vec<&str> = Crlf::variants().iter().map(|v| v.doc).collect();
        assert_eq!(
            docs,
            [
                "Summary.\nLine one.\r\nLine two.\nAfter the value.",
                "Only a value.",
            ]
        );
    }
}

mod shadow {
    /// A type named like `std`'s `String` that is not: it takes the
    /// `Display` path whatever its name.
    pub struct String(pub u8);

    impl std::fmt::Display for String {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "shadow \"{}\"", self.0)
        }
    }
}

/// Every kind of field a placeholder shows, each on its own path.
#[derive(ApiError)]
enum Kinds<'a> {
    #[api_error(
        code = 400,
        message = "{0}|{1}|{2}|{3}|{4}|{5}|{6}|{7}|{8}|{9}|{10}|{11}|{12}"
    )]
    All(
        &'a str,
        String,
        Box<str>,
        std::borrow::Cow<'a, str>,
        std::rc::Rc<str>,
        u8,
        u64,
        i8,
        i64,
        usize,
        isize,
        char,
        shadow::String,
    ),
}

#[test]
fn every_kind_of_field_is_written_as_display_writes_it() {
    let kinds = Kinds::All(
        "a\"b",
        "c\\d".to_owned(),
        Box::from("e\nf"),
        std::borrow::Cow::Borrowed("\u{1F600}"),
        std::rc::Rc::from("\u{7}"),
        255,
        u64::MAX,
        i8::MIN,
        -42,
        0,
        isize::MIN,
        '"',
        shadow::String(7),
    );
    let message = format!(
        "a\"b|c\\d|e\nf|\u{1F600}|\u{7}|255|{}|-128|-42|0|{}|\"|shadow \"7\"",
        u64::MAX,
        isize::MIN
    );
    assert_eq!(kinds.message(), message);
    // serde_json writes the object's keys in order: code, then message.
    let expected =
        serde_json::to_string(&serde_json::json!({"code": 400, "message": message})).unwrap();
    assert_sends(&kinds, Code::BadRequest, &expected);
}

/// A field whose `Display` writes part of its text and then fails: the
/// message keeps what was written up to the failure (where `format!` would
/// panic) and ends there, as `write!` does, in the body and in
/// `message()`, escaped; the same whether the placeholder is plain or has
/// a format spec.
#[test]
fn a_failing_display_leaves_what_it_wrote() {
    struct HalfWay;
    impl std::fmt::Display for HalfWay {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("half \"way\"\u{1}")?;
            Err(std::fmt::Error)
        }
    }
    impl std::fmt::Debug for HalfWay {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("HalfWay")
        }
    }

    #[derive(Debug, ApiError)]
    enum Failing {
        #[api_error(code = 400, message = "got {0} then {1}")]
        Plain(HalfWay, u8),
        #[api_error(code = 400, message = "got {0:>4} then {1}")]
        Spec(HalfWay, u8),
        #[api_error(code = 400, message = "got {1} then {0}")]
        Last(HalfWay, u8),
    }

    for err in [Failing::Plain(HalfWay, 7), Failing::Spec(HalfWay, 7)] {
        assert_eq!(err.message(), "got half \"way\"\u{1}", "{err:?}");
        assert_eq!(
            err.to_json(),
            r#"{"code":400,"message":"got half \"way\"\u0001"}"#,
            "{err:?}"
        );
        let mut out = String::from("x");
        err.write_json(&mut out);
        assert_eq!(
            out, r#"x{"code":400,"message":"got half \"way\"\u0001"}"#,
            "{err:?}"
        );
    }
    let last = Failing::Last(HalfWay, 7);
    assert_eq!(last.message(), "got 7 then half \"way\"\u{1}");
    assert_eq!(
        last.to_json(),
        r#"{"code":400,"message":"got 7 then half \"way\"\u0001"}"#
    );
}

/// Every variant's row is unpacked from one text at compile time: messages
/// and bodies of every length, with characters of one to four bytes,
/// escapes, an interpolated template, a transparent variant and doc
/// comments between them, each reading back exactly its own.
#[derive(Debug, apicodes::ApiError)]
enum Packed {
    /// é first.
    #[api_error(code = 400, message = "é")]
    OneChar,
    #[api_error(code = 401, message = "日本語 \"quoted\" \\ back")]
    Wide,
    #[api_error(code = 402, message = "{0}🦀{1}")]
    Around(u8, String),
    #[api_error(transparent)]
    Inner(PackedInner),
    /// A doc with ü.
    #[api_error(code = 403, message = "x")]
    Short,
    #[api_error(code = 429)]
    Standard,
}

/// One row of its own, wrapped by `Packed::Inner`.
#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404, message = "ü {0}")]
struct PackedInner(u8);

#[test]
fn each_row_reads_back_its_own_text() {
    assert_sends(
        &Packed::OneChar,
        Code::BadRequest,
        r#"{"code":400,"message":"é"}"#,
    );
    assert_sends(
        &Packed::Wide,
        Code::Unauthorized,
        r#"{"code":401,"message":"日本語 \"quoted\" \\ back"}"#,
    );
    assert_sends(
        &Packed::Around(7, "ß".to_owned()),
        Code::PaymentRequired,
        r#"{"code":402,"message":"7🦀ß"}"#,
    );
    assert_sends(
        &Packed::Inner(PackedInner(3)),
        Code::NotFound,
        r#"{"code":404,"message":"ü 3"}"#,
    );
    assert_sends(
        &Packed::Short,
        Code::Forbidden,
        r#"{"code":403,"message":"x"}"#,
    );
    assert_sends(
        &Packed::Standard,
        Code::TooManyRequests,
        r#"{"code":429,"message":"Too many requests"}"#,
    );
    let variants = Packed::variants();
    let docs: Vec<_> = variants
        .iter()
        .map(|v| (v.name.as_ref(), v.message, v.doc))
        .collect();
    assert_eq!(
        docs,
        [
            ("OneChar", "é", "é first."),
            ("Wide", "日本語 \"quoted\" \\ back", ""),
            ("Around", "{0}🦀{1}", ""),
            // A transparent variant lists its field's own.
            (
                "Inner::PackedInner",
                "ü {0}",
                "One row of its own, wrapped by `Packed::Inner`."
            ),
            ("Short", "x", "A doc with ü."),
            ("Standard", "Too many requests", ""),
        ]
    );
}

/// `other_error` on the enum is the default of every variant without a code
/// of its own, as `code` is; a variant's own `other_error` is its own setting
/// (500 unless it names a code too), and its own `code` overrides the
/// default. An outage sends the bare "Server error" body unless a public
/// message is written for it.
#[test]
fn an_outage_as_the_enums_default() {
    #[derive(Debug, ApiError)]
    #[api_error(code = 503, other_error)]
    enum Backend {
        Down,
        #[api_error(message = "Try again in a minute")]
        Busy,
        #[api_error(message = "Busy, {0} queued")]
        Queued(u32),
        #[api_error(other_error)]
        Crashed,
        #[api_error(other_error, code = 502)]
        BadGateway,
        #[api_error(code = 404)]
        Missing,
    }
    #[derive(Debug, ApiError)]
    #[api_error(code = 503, other_error)]
    struct Maintenance;

    let cases = [
        (
            Backend::Down,
            503,
            r#"{"code":503,"message":"Server error"}"#,
        ),
        (
            Backend::Busy,
            503,
            r#"{"code":503,"message":"Try again in a minute"}"#,
        ),
        (
            Backend::Crashed,
            500,
            r#"{"code":500,"message":"Server error"}"#,
        ),
        (
            Backend::BadGateway,
            502,
            r#"{"code":502,"message":"Server error"}"#,
        ),
    ];
    let queued = (
        Backend::Queued(3),
        503,
        r#"{"code":503,"message":"Busy, 3 queued"}"#,
    );
    for (error, code, json) in cases.into_iter().chain([queued]) {
        let status = error.code();
        assert!(status.is_other_error(), "{error:?}: {status:?}");
        assert_eq!(status.as_u16(), code, "{error:?}");
        assert_eq!(error.to_json(), json, "{error:?}");
    }
    assert_sends(
        &Backend::Missing,
        Code::NotFound,
        r#"{"code":404,"message":"Not found"}"#,
    );
    // The set of codes holds each outage's number beside the documented code.
    assert_eq!(Backend::CODES, CodeSet::from_numbers(&[404, 500, 502, 503]));

    assert_eq!(Maintenance.code().as_u16(), 503);
    assert!(Maintenance.code().is_other_error());
    assert_eq!(
        Maintenance.to_json(),
        r#"{"code":503,"message":"Server error"}"#
    );
}
