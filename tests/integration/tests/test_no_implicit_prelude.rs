//! Generated code names nothing the user can shadow: no prelude, and the
//! crate defines its own `Result`, `Option`, `String`, `Cow`, `Code`, `str`,
//! `u16`, `bool`, `core` and `alloc`, a trait with a table's method names
//! for every type, and lower-case constants and statics with the names a
//! parameter or a local would have (a pattern would resolve to them).
#![no_implicit_prelude]
#![allow(dead_code, non_camel_case_types, non_upper_case_globals)]

mod shadows {
    pub struct Result;
    pub struct Option;
    pub struct String;
    pub struct Cow;
    pub struct Code;
    pub struct Vec;
    pub struct Some;
    pub struct None;
    pub struct str;
    pub struct u8;
    pub struct u16;
    pub struct u64;
    pub struct bool;
    pub struct Pick;
    pub struct arg;
    /// Traits of the user's own, for every type, with the names of
    /// methods generated code calls through traits of its own.
    pub trait Choose {
        fn choose(&self, _: ::core::primitive::u8) -> ::core::primitive::u8 {
            0
        }
    }
    impl<T: ?::core::marker::Sized> Choose for T {}
    pub trait Describe {
        fn describe(&self) -> ::core::primitive::u8 {
            0
        }
    }
    impl<T: ?::core::marker::Sized> Describe for T {}
    /// One with the names of a table's own methods, taking `&self`, so
    /// that method-call syntax on a `&Table` would pick these.
    pub trait Label {
        fn name(&self) -> &'static ::core::primitive::str {
            "label"
        }
        fn json(&self) -> &'static ::core::primitive::str {
            "label"
        }
        fn as_u16(&self) -> ::core::primitive::u16 {
            0
        }
    }
    impl<T: ?::core::marker::Sized> Label for T {}
    /// One taking `self`, which method-call syntax on a value (such as
    /// an `http::StatusCode`) picks before an inherent `&self` method.
    pub trait Number {
        #[allow(clippy::wrong_self_convention, reason = "the name is the point")]
        fn as_u16(self) -> ::core::primitive::u16
        where
            Self: ::core::marker::Sized,
        {
            0
        }
    }
    impl<T> Number for T {}
    pub mod core {}
    pub mod alloc {}
    pub mod apicodes {}
    // A pattern `code` would be this constant, not a new binding.
    pub const code: ::core::primitive::u8 = 0;
    pub const i: ::core::primitive::u8 = 0;
    pub const f: ::core::primitive::u8 = 0;
    pub const s: ::core::primitive::u8 = 0;
    pub const status: ::core::primitive::u8 = 0;
    pub const serializer: ::core::primitive::u8 = 0;
    pub const deserializer: ::core::primitive::u8 = 0;
    pub const value: ::core::primitive::u8 = 0;
    pub const error: ::core::primitive::u8 = 0;
    pub const formatter: ::core::primitive::u8 = 0;
    pub const found: ::core::primitive::u8 = 0;
    pub const out: ::core::primitive::u8 = 0;
    pub const buf: ::core::primitive::u8 = 0;
    pub const this: ::core::primitive::u8 = 0;
    pub const source: ::core::primitive::u8 = 0;
    // And a parameter may not be named as a static.
    pub static name: ::core::primitive::u8 = 0;
    pub static other: ::core::primitive::u8 = 0;
}

#[allow(unused_imports)]
use shadows::*;

/// The standard table named, from the crate root (without a prelude,
/// `apicodes::Code` resolves nowhere, and the derive has rustc check the
/// path it reads as the standard table).
#[derive(::apicodes::ApiError)]
#[api_error(codes = ::apicodes::Code, code = Gone)]
struct NamedStandard;

#[derive(::apicodes::ApiError)]
#[api_error(code = 400)]
enum Shadowed<T> {
    #[doc = ::core::concat!("A doc ", "from a macro.")]
    Unit,
    #[api_error(code = NotFound, message = "No {id} here {id:?}")]
    Interpolated { id: u32 },
    #[api_error(transparent)]
    Inner(T),
    #[api_error(code = 429, retry_after = 0)]
    Wait(::core::primitive::u32),
}

#[derive(::apicodes::ApiError)]
#[api_error(code = 403, message = "User {0}")]
struct Tuple(::core::primitive::u64);

/// A field whose type names a lifetime takes another path than a
/// `'static` one.
#[derive(::apicodes::ApiError, ::apicodes::axum::IntoResponse)]
#[api_error(code = 400, message = "Name {0} of {1} {2}")]
struct Borrowed<'a>(
    &'a ::core::primitive::str,
    &'a ::std::string::String,
    &'a ::core::primitive::char,
);

/// Tables declared here, in Rust and from a page.
#[::apicodes::table]
pub enum RustTable {
    /// The cart already holds this item.
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[::apicodes::table(page = "shop-codes.md")]
pub enum PageTable {}

#[test]
fn tables_under_no_implicit_prelude() {
    ::std::assert_eq!(
        ::apicodes::ApiError::variant(&RustTable::Conflict),
        ::core::option::Option::Some("Conflict")
    );
    ::std::assert_eq!(
        ::apicodes::ApiError::to_json(&RustTable::Conflict),
        "{\"code\":409,\"message\":\"Conflict\"}"
    );
    ::std::assert!(RustTable::Conflict == 409);
    ::std::assert!(409 == RustTable::Conflict);
    let first = PageTable::ALL[0];
    ::std::assert_eq!(
        ::apicodes::ApiError::variant(&first),
        ::core::option::Option::Some(PageTable::name(first))
    );
    ::std::assert_eq!(
        ::apicodes::ApiError::to_json(&first),
        PageTable::json(first)
    );
    ::std::assert!(first == PageTable::as_u16(first));
    ::std::assert_eq!(
        <RustTable as ::core::convert::TryFrom<::http::StatusCode>>::try_from(
            ::http::StatusCode::CONFLICT
        ),
        ::core::result::Result::Ok(RustTable::Conflict)
    );
}

#[test]
fn derives_under_no_implicit_prelude() {
    let docs = <Shadowed<Tuple> as ::apicodes::ApiErrorDocs>::variants();
    ::std::assert_eq!(docs[0].doc, "A doc from a macro.");
    let err: Shadowed<Tuple> = Shadowed::Interpolated { id: 4 };
    ::std::assert_eq!(
        ::apicodes::ApiError::to_json(&err),
        "{\"code\":404,\"message\":\"No 4 here 4\"}"
    );
    let inner: Shadowed<Tuple> = Shadowed::Inner(Tuple(2));
    ::std::assert_eq!(
        ::apicodes::ApiError::to_json(&inner),
        "{\"code\":403,\"message\":\"User 2\"}"
    );
    let owner =
        <::std::string::String as ::core::convert::From<&::core::primitive::str>>::from("bob");
    ::std::assert_eq!(
        ::apicodes::ApiError::to_json(&Borrowed("x\"y", &owner, &'c')),
        "{\"code\":400,\"message\":\"Name x\\\"y of bob c\"}"
    );
    let wait: Shadowed<Tuple> = Shadowed::Wait(3);
    ::std::assert_eq!(
        ::apicodes::ApiError::retry_after(&wait),
        ::core::option::Option::Some(3)
    );
}
