//! Generated code names nothing the user can shadow: no prelude, and the
//! crate defines its own `Result`, `Option`, `String`, `Cow`, `Code`, `str`,
//! `core` and `alloc`.
#![no_implicit_prelude]
#![allow(dead_code, non_camel_case_types)]

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
    pub struct u64;
    pub struct Pick;
    pub struct arg;
    /// Traits of the user's own, for every type, with the names of
    /// methods generated code calls through traits of its own.
    pub trait Choose {
        fn choose(&self, _: u8) -> u8 {
            0
        }
    }
    impl<T: ?::core::marker::Sized> Choose for T {}
    pub trait Describe {
        fn describe(&self) -> u8 {
            0
        }
    }
    impl<T: ?::core::marker::Sized> Describe for T {}
    pub mod core {}
    pub mod alloc {}
    pub mod apicodes {}
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
    Unit,
    #[api_error(code = NotFound, message = "No {id} here {id:?}")]
    Interpolated {
        id: u32,
    },
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

#[test]
fn derives_under_no_implicit_prelude() {
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
