//! `#[derive(ApiError)]` in an edition-2021 crate: `gen`, which edition
//! 2024 reserves, is a plain identifier here, for variants, fields and
//! `retry_after`.

#![deny(warnings)]
// Lower-case names are the point here; the fields need no docs.
#![allow(non_camel_case_types, missing_docs)]

use apicodes::ApiError;

/// Plain `gen` names.
#[derive(Debug, ApiError)]
#[api_error(code = 400)]
pub enum Generated {
    /// A variant and a field named `gen`.
    #[api_error(code = 404, message = "no {gen}")]
    gen { gen: u32 },
    /// `retry_after` naming `gen`, raw and bare.
    #[api_error(code = 429, retry_after = gen)]
    Later { gen: u64 },
    /// The same field, named raw in the attribute.
    #[api_error(code = 429, retry_after = r#gen)]
    Raw { gen: u64 },
    /// A tuple variant with a format spec.
    #[api_error(code = 410, message = "gone: {0:?}")]
    Gone(&'static str),
}

/// A table and an error in a module without the prelude, where `Option`,
/// `Clone` and `derive` helpers must all be named in full.
#[no_implicit_prelude]
pub mod bare {
    /// A table read from a page.
    #[::apicodes::table(page = "../spec/response-codes.md")]
    pub enum Standard {}

    /// Derived against it.
    #[derive(Debug, ::apicodes::ApiError)]
    #[api_error(codes = Standard, code = 410, message = "gone since {0}")]
    pub struct Expired(pub u32);
}

/// A table named `gen`, with a code named `gen`, and an error against it.
pub mod generated {
    /// Plain `gen` names.
    #[apicodes::table]
    pub enum gen {
        /// Already there.
        #[code(message = "Conflict")]
        gen = 409,
    }

    /// By the code's name.
    #[derive(Debug, apicodes::ApiError)]
    #[api_error(codes = gen, code = gen)]
    pub struct Taken;

    /// A table named `async`, raw in this edition.
    #[apicodes::table]
    pub enum r#async {
        /// Already there.
        #[code(message = "Conflict")]
        Conflict = 409,
    }

    /// Against it, named raw.
    #[derive(Debug, apicodes::ApiError)]
    #[api_error(codes = self::r#async, code = 409)]
    pub struct Raw;
}

#[cfg(test)]
mod own_table {
    use super::bare::{Expired, Standard};
    use apicodes::ApiError;

    #[test]
    fn a_table_named_gen() {
        use super::generated::{gen, r#async, Raw, Taken};
        assert_eq!(Taken.code(), gen::gen);
        assert_eq!(Taken.to_json(), r#"{"code":409,"message":"Conflict"}"#);
        assert_eq!("gen".parse::<gen>(), Ok(gen::gen));
        assert_eq!(Raw.code(), r#async::Conflict);
    }

    /// A name no heading gives (a lowercase `gen`) is titled by its
    /// message in capitals, not by its name's.
    #[test]
    fn a_lowercase_code_is_titled_by_its_message() {
        use super::generated::gen;
        assert_eq!(gen::gen.title(), "CONFLICT");
    }

    #[test]
    fn bodies() {
        assert_eq!(Expired(3).code(), Standard::Gone);
        assert_eq!(
            Expired(3).to_json(),
            r#"{"code":410,"message":"gone since 3"}"#
        );
        assert_eq!(
            Standard::Gone.description(),
            apicodes::Code::Gone.description()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::Generated;
    use apicodes::{ApiError, Code};

    #[test]
    fn bodies() {
        let err = Generated::gen { gen: 7 };
        assert_eq!(err.code(), Code::NotFound);
        assert_eq!(err.to_json(), r#"{"code":404,"message":"no 7"}"#);
        assert_eq!(err.variant(), Some("gen"));
        assert_eq!(Generated::Later { gen: 3 }.retry_after(), Some(3));
        assert_eq!(Generated::Raw { gen: 4 }.retry_after(), Some(4));
        assert_eq!(
            Generated::Gone("x").to_json(),
            r#"{"code":410,"message":"gone: \"x\""}"#
        );
    }
}
