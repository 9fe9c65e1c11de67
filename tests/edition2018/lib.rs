//! `#[derive(ApiError)]` in an edition-2018 crate: `async`, `dyn` and
//! `try` are keywords, written raw; `gen` is a plain identifier.

#![deny(warnings)]
// Lower-case names are the point here; the fields need no docs.
#![allow(non_camel_case_types, missing_docs)]

use apicodes::ApiError;

/// Raw identifiers, and names later editions reserve.
#[derive(Debug, ApiError)]
#[api_error(code = 400)]
pub enum Modern {
    /// A raw variant name with raw fields; placeholders name them bare.
    #[api_error(code = 404, message = "no {dyn} for {async}")]
    r#async { r#dyn: u32, r#async: String },
    /// `gen` is a plain identifier before 2024.
    #[api_error(code = 410, message = "gone since {gen:>4}")]
    gen { gen: u16 },
    /// `retry_after` written raw for a raw field.
    #[api_error(code = 429, retry_after = r#try)]
    r#try { r#try: u64 },
    /// `retry_after` written bare for a raw field.
    #[api_error(code = 429, retry_after = r#type)]
    Typed { r#type: u64 },
}

pub mod codes {
    /// A table with a raw variant name.
    #[apicodes::table]
    pub enum ShopCode {
        /// Already there.
        #[code(message = "Conflict")]
        r#async = 409,
    }
}

/// Re-exported: the type and its hidden macro both.
pub use crate::codes::ShopCode;

pub mod cart {
    /// Named through the crate root's re-export.
    #[derive(Debug, apicodes::ApiError)]
    #[api_error(codes = crate::ShopCode, code = r#async)]
    pub struct InCart;
}

#[cfg(test)]
mod own_table {
    use super::cart::InCart;
    use super::ShopCode;
    use apicodes::ApiError;

    #[test]
    fn bodies() {
        assert_eq!(InCart.code(), ShopCode::r#async);
        assert_eq!(InCart.to_json(), r#"{"code":409,"message":"Conflict"}"#);
        assert_eq!(ShopCode::r#async.name(), "async");
    }
}

#[cfg(test)]
mod tests {
    use super::Modern;
    use apicodes::{ApiError, Code};

    #[test]
    fn bodies() {
        let err = Modern::r#async {
            r#dyn: 7,
            r#async: "x".to_owned(),
        };
        assert_eq!(err.code(), Code::NotFound);
        assert_eq!(err.to_json(), r#"{"code":404,"message":"no 7 for x"}"#);
        assert_eq!(err.variant(), Some("async"));
        assert_eq!(
            Modern::gen { gen: 9 }.to_json(),
            r#"{"code":410,"message":"gone since    9"}"#
        );
        assert_eq!(Modern::r#try { r#try: 5 }.retry_after(), Some(5));
        assert_eq!(Modern::Typed { r#type: 6 }.retry_after(), Some(6));
    }
}
