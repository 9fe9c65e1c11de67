//! `#[derive(ApiError)]` in an edition-2015 crate. Here `async`, `await`,
//! `dyn` and `try` are plain identifiers, and `::core` names this crate's
//! root, not the `core` crate: the derive must emit the user's names with
//! the user's spans, and its own paths so that they resolve in any edition.

#![deny(warnings)]
// Lower-case names are the point here; the fields need no docs.
#![allow(non_camel_case_types, missing_docs)]

extern crate apicodes;
extern crate apicodes_test_shared_table as shared;

use apicodes::ApiError;

/// An inner error, reached through a transparent variant named `try`.
#[derive(Debug, ApiError)]
#[api_error(code = 402)]
pub struct Declined {
    /// The card.
    pub dyn: u32,
}

/// Variants and fields named with words that later editions reserve.
#[derive(Debug, ApiError)]
#[api_error(code = 400)]
pub enum Legacy {
    /// A struct variant named `async`, with fields `dyn` and `await`.
    #[api_error(code = 404, message = "no {dyn} for {await}")]
    async { dyn: u32, await: String },
    /// A format spec on a field named `try`.
    #[api_error(code = 410, message = "gone since {try:>4}")]
    dyn { try: u16 },
    /// `retry_after` naming a field `await`.
    #[api_error(code = 429, retry_after = await)]
    await { await: u64 },
    /// Transparent, named `try`.
    #[api_error(transparent)]
    try(Declined),
    /// The enum's default code.
    #[doc = concat!("Its doc from ", "a macro.")]
    gen,
}

/// A deprecated type named `dyn`, under `forbid(deprecated)`: its impls
/// name it in the derive's expansion, where no deprecation is reported,
/// and still as this edition's plain identifier.
#[forbid(deprecated)]
pub mod old {
    use apicodes::ApiError;

    /// Deprecated, named with a word later editions reserve.
    #[deprecated]
    #[derive(Debug, ApiError)]
    #[api_error(code = 410, message = "gone: {0}")]
    pub struct dyn(pub u8);
}

/// The standard table named explicitly, by its path from the crate root
/// (in edition 2015, `apicodes::Code` is `::apicodes::Code`).
#[derive(Debug, ApiError)]
#[api_error(codes = apicodes::Code, code = Gone)]
pub struct Explicit;

/// Tables of this crate's own. In edition 2015 a `use` path starts at the
/// crate root and cannot name a `macro_rules!`: the table's hidden macro
/// must be reachable however the table is.
pub mod codes {
    /// Written in Rust, with a variant named `async`.
    #[apicodes::table(other_errors = "Try again later.")]
    pub enum ShopCode {
        /// Fine.
        #[code(message = "OK")]
        Ok = 200,
        /// Already there.
        #[code(message = "Conflict")]
        Conflict = 409,
        /// Short and stout.
        #[code(message = "I'm a teapot", title = "I'M A TEAPOT")]
        async = 418,
    }

    /// The standard page, read as a table of this crate's own.
    #[apicodes::table(page = "../spec/response-codes.md")]
    pub enum Standard {}

    /// A table named `async`, which later editions reserve.
    #[apicodes::table]
    pub enum async {
        /// Already there.
        #[code(message = "Conflict")]
        Conflict = 409,
    }
}

/// Errors against those tables, from another module.
pub mod shop {
    use apicodes::ApiError;
    use codes::ShopCode;

    /// Named through a `use`.
    #[derive(Debug, ApiError)]
    #[api_error(codes = ShopCode)]
    pub enum CartError {
        /// A field named `dyn`.
        #[api_error(code = 409, message = "item {dyn} is in the cart")]
        InCart { dyn: u32 },
        /// By the variant's name.
        #[api_error(code = async)]
        Teapot,
    }

    /// Named by a path from the crate root.
    #[derive(Debug, ApiError)]
    #[api_error(codes = ::codes::Standard, code = 404)]
    pub struct Missing;

    /// Against the table named `async`.
    #[derive(Debug, ApiError)]
    #[api_error(codes = ::codes::async, code = Conflict, message = "taken: {0}")]
    pub struct Taken(pub u8);
}

/// Errors against tables another crate (of edition 2021) declares, and
/// against the standard table imported by `use`.
pub mod across {
    use apicodes::ApiError;
    use apicodes::Code;
    use shared::nested::NestedCode;

    /// By a path from the crate root.
    #[derive(Debug, ApiError)]
    #[api_error(codes = ::shared::SharedCode)]
    pub enum Cart {
        /// A field named `dyn`.
        #[api_error(code = 409, message = "item {dyn} is in the cart")]
        InCart { dyn: u32 },
        /// By the variant's name.
        #[api_error(code = ImATeapot)]
        Teapot,
    }

    /// Through a `use`.
    #[derive(Debug, ApiError)]
    #[api_error(codes = NestedCode, code = Teapot)]
    pub struct Brewing;

    /// Through the other crate's re-export under another name.
    #[derive(Debug, ApiError)]
    #[api_error(codes = ::shared::Renamed, code = 409)]
    pub struct Taken;

    /// The standard table, imported by `use`.
    #[derive(Debug, ApiError)]
    #[api_error(codes = Code, code = Gone)]
    pub struct Expired;

    /// The other crate's table named `Code`.
    #[derive(Debug, ApiError)]
    #[api_error(codes = ::shared::nested::Code, code = Gone)]
    pub struct LongGone;
}

/// A bare trait object (`&'a Shown<T>`, edition 2015's `dyn`) shown in a
/// message: its bound keeps the object's lifetime that of its reference.
#[allow(bare_trait_objects)]
pub mod objects {
    use apicodes::ApiError;
    use std::fmt;

    /// Something with a number to show.
    pub trait Shown<T> {
        /// The number.
        fn number(&self) -> u8;
    }

    impl<T> fmt::Display for Shown<T> + '_ {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "shown {}", self.number())
        }
    }

    /// Shows one.
    pub struct Three;

    impl Shown<u8> for Three {
        fn number(&self) -> u8 {
            3
        }
    }

    /// A borrowed bare trait object beside an owned value.
    #[derive(ApiError)]
    #[api_error(code = 400, message = "{0} and {1:>2}")]
    pub struct Pair<'a, T: 'a + fmt::Display>(pub &'a Shown<T>, pub T);
}

/// Types and a type parameter named with words later editions reserve, in
/// the fields the derive reads: syn reads them as keywords in any edition.
pub mod types {
    use apicodes::ApiError;
    use std::fmt;

    /// A type named `dyn`, shown in messages.
    #[derive(Debug)]
    pub struct dyn(pub u8);

    impl fmt::Display for dyn {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "dyn {}", self.0)
        }
    }

    /// A module named `async`, holding a type named `await`.
    pub mod async {
        /// Seconds to wait.
        pub type await = u64;
    }

    /// A type named `try`.
    pub type try = u16;

    /// A trait to name a type through `<dyn as Tr>`.
    pub trait Tr {
        /// What it gives.
        type Out;
    }

    impl Tr for dyn {
        type Out = u32;
    }

    /// A trait for objects taken for any lifetime (`dyn for<'a>`).
    pub trait Hook<'a>: fmt::Debug {}

    impl Hook<'_> for dyn {}

    /// A macro whose rule matches the word `try` as written: the derive
    /// leaves a macro call's tokens as they are.
    macro_rules! secs {
        (try) => {
            u64
        };
    }

    /// A length named `dyn`, in an expression.
    pub mod len {
        #[allow(non_upper_case_globals)]
        pub const dyn: usize = 2;
        #[allow(non_upper_case_globals)]
        pub const try: usize = 0;
    }

    /// Fields of those types: behind a reference (`&'a dyn`, which rustc
    /// reads as the type here, no bound following), in a path, as a type
    /// argument, and as `retry_after`'s field.
    #[derive(Debug, ApiError)]
    #[api_error(code = 400)]
    pub enum Named<'a> {
        #[api_error(code = 404, message = "no {0}")]
        Ref(&'a dyn),
        #[api_error(code = 410, message = "{0:?} and {1:?}")]
        Args(Vec<dyn>, Option<try>),
        #[api_error(code = 429, retry_after = after)]
        Slow { after: ::types::async::await },
        #[api_error(code = 429, retry_after = after)]
        Called { after: secs!(try) },
        #[api_error(code = 404, message = "no {0}")]
        Qualified(<dyn as Tr>::Out),
        #[api_error(code = 404, message = "no {0:?}")]
        Length([u8; len::dyn * 2]),
        /// A negation before a group, which is no macro call.
        #[api_error(code = 404, message = "no {0:?}")]
        Negated([u8; !(len::try) & 3]),
        /// `dyn` as the keyword of a trait object, before `for`.
        #[api_error(code = 410, message = "hook {0:?}")]
        Hooked(Box<dyn for<'h> Hook<'h>>),
    }

    /// A type parameter named `try`, shown in the message; the framework
    /// derives read the same header.
    #[derive(Debug, ApiError, apicodes::axum::IntoResponse)]
    #[api_error(code = 404, message = "no {0}")]
    pub struct Generic<try>(pub try);
}

#[cfg(test)]
extern crate axum;

#[cfg(test)]
mod tests {
    use super::codes::{ShopCode, Standard};
    use super::shop::{CartError, Missing, Taken};
    use super::{Declined, Explicit, Legacy};
    use apicodes::{ApiError, Code};

    #[test]
    fn a_doc_from_a_macro() {
        use apicodes::ApiErrorDocs;
        let docs = Legacy::variants();
        let gen = docs.iter().find(|v| v.name == "gen").unwrap();
        assert_eq!(gen.doc, "The enum's default code.\nIts doc from a macro.");
    }

    #[test]
    fn bodies() {
        assert_eq!(Explicit.to_json(), r#"{"code":410,"message":"Gone"}"#);
        assert_eq!(Taken(4).code(), super::codes::async::Conflict);
        assert_eq!(Taken(4).to_json(), r#"{"code":409,"message":"taken: 4"}"#);
        let err = Legacy::async {
            dyn: 7,
            await: "a\"b".to_owned(),
        };
        assert_eq!(err.code(), Code::NotFound);
        assert_eq!(err.to_json(), r#"{"code":404,"message":"no 7 for a\"b"}"#);
        assert_eq!(
            Legacy::dyn { try: 9 }.to_json(),
            r#"{"code":410,"message":"gone since    9"}"#
        );
        let wait = Legacy::await { await: 30 };
        assert_eq!(wait.retry_after(), Some(30));
        assert_eq!(wait.variant(), Some("await"));
        let declined = Legacy::try(Declined { dyn: 1 });
        assert_eq!(
            declined.to_json(),
            r#"{"code":402,"message":"Payment required"}"#
        );
        assert_eq!(
            Legacy::gen.to_json(),
            r#"{"code":400,"message":"Bad request"}"#
        );
        #[allow(deprecated)]
        let old = ::old::dyn(3);
        assert_eq!(old.to_json(), r#"{"code":410,"message":"gone: 3"}"#);
    }

    #[test]
    fn own_tables() {
        let err = CartError::InCart { dyn: 3 };
        assert_eq!(err.code(), ShopCode::Conflict);
        assert_eq!(
            err.to_json(),
            r#"{"code":409,"message":"item 3 is in the cart"}"#
        );
        assert_eq!(CartError::Teapot.code(), ShopCode::async);
        assert_eq!(
            CartError::Teapot.to_json(),
            r#"{"code":418,"message":"I'm a teapot"}"#
        );
        assert_eq!(ShopCode::async.name(), "async");
        assert_eq!(Missing.code(), Standard::NotFound);
        assert_eq!(Missing.to_json(), Code::NotFound.json());
    }

    #[test]
    fn types_named_with_reserved_words() {
        use super::types::{dyn, Generic, Named};
        assert_eq!(
            Named::Ref(&dyn(3)).to_json(),
            r#"{"code":404,"message":"no dyn 3"}"#
        );
        assert_eq!(
            Named::Args(vec![dyn(1)], Some(2)).to_json(),
            r#"{"code":410,"message":"[dyn(1)] and Some(2)"}"#
        );
        assert_eq!(Named::Slow { after: 30 }.retry_after(), Some(30));
        assert_eq!(Named::Called { after: 40 }.retry_after(), Some(40));
        assert_eq!(
            Named::Qualified(5).to_json(),
            r#"{"code":404,"message":"no 5"}"#
        );
        assert_eq!(
            Named::Negated([7; 3]).to_json(),
            r#"{"code":404,"message":"no [7, 7, 7]"}"#
        );
        assert_eq!(
            Named::Length([1, 2, 3, 4]).to_json(),
            r#"{"code":404,"message":"no [1, 2, 3, 4]"}"#
        );
        assert_eq!(
            Named::Hooked(Box::new(dyn(6))).to_json(),
            r#"{"code":410,"message":"hook dyn(6)"}"#
        );
        assert_eq!(
            Generic(dyn(9)).to_json(),
            r#"{"code":404,"message":"no dyn 9"}"#
        );
        let res = ::axum::response::IntoResponse::into_response(Generic(dyn(9)));
        assert_eq!(res.status().as_u16(), 404);
    }

    #[test]
    fn a_bare_trait_object() {
        use super::objects::{Pair, Three};
        assert_eq!(
            Pair(&Three, 7_u8).to_json(),
            r#"{"code":400,"message":"shown 3 and  7"}"#
        );
    }

    #[test]
    fn tables_of_another_crate() {
        use super::across::{Brewing, Cart, Expired, LongGone, Taken};
        use shared::nested::NestedCode;
        use shared::SharedCode;

        let err = Cart::InCart { dyn: 3 };
        assert_eq!(err.code(), SharedCode::Conflict);
        assert_eq!(
            err.to_json(),
            r#"{"code":409,"message":"item 3 is in the cart"}"#
        );
        assert_eq!(
            Cart::Teapot.to_json(),
            r#"{"code":418,"message":"I'm a teapot"}"#
        );
        assert_eq!(Brewing.code(), NestedCode::Teapot);
        assert_eq!(Taken.to_json(), r#"{"code":409,"message":"Conflict"}"#);
        assert_eq!(Expired.code(), Code::Gone);
        assert_eq!(Expired.to_json(), r#"{"code":410,"message":"Gone"}"#);
        assert_eq!(LongGone.code(), shared::nested::Code::Gone);
        assert_eq!(LongGone.to_json(), r#"{"code":410,"message":"Long gone"}"#);
    }
}
