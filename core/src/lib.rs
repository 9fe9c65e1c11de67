//! The documented response codes of the API as types, the JSON body they are
//! sent in, and an exact JSON writer.
//!
//! This is the engine behind [`apicodes`](https://docs.rs/apicodes); depend on
//! `apicodes` itself, which re-exports everything here beside the derive.
//!
//! ```
//! use apicodes::{Body, Code};
//!
//! let code: Code = "404".parse().unwrap();
//! assert_eq!(code, Code::NotFound);
//! assert_eq!(code.json(), r#"{"code":404,"message":"Not found"}"#);
//! assert_eq!(Body::new(404, "No user 7").to_json(), r#"{"code":404,"message":"No user 7"}"#);
//! ```
//!
//! `#![no_std]` with `alloc`. Features: `serde` (default) implements
//! `Serialize`/`Deserialize` for [`Code`] (as its number) and [`Body`];
//! `std` (default) is kept for forward compatibility: the error types
//! implement `core::error::Error`, which is `std::error::Error`, without it.

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod api_error;
mod body;
mod code;
mod code_set;
mod error;
#[cfg(feature = "http")]
mod http;
pub mod json;
#[cfg(feature = "page")]
pub mod page;
#[cfg(feature = "serde")]
mod serde;
mod status;
mod table;
#[cfg(feature = "utoipa")]
mod utoipa;

/// How a derived type's variant table is written by the derive and read
/// back by the facade. Not public API.
#[doc(hidden)]
#[path = "rows.rs"]
pub mod __rows;

/// What `__apicodes_table!` and its companions name through `$crate`. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use alloc::borrow::Cow;
    pub use alloc::vec::Vec;

    pub use crate::api_error::variants;
    pub use crate::error::other_errors_advice;
    #[cfg(feature = "http")]
    pub use crate::http::status_code;
    /// For `#[apicodes::table]`'s check of a code's doc comment.
    #[cfg(feature = "page")]
    pub use crate::page::starts_other_block;
    #[cfg(feature = "serde")]
    pub use crate::serde::{deserialize_code, serialize_code};
    pub use crate::status::{error_may_answer, example_number, interim_only, sent_without_body};
    pub use crate::table::{ITEM_NAMES, display, parse, str_eq};
    #[cfg(feature = "http")]
    pub use ::http;
    #[cfg(feature = "serde")]
    pub use ::serde;

    /// What makes [`Table`](crate::Table) sealed: every table implements
    /// it through `__apicodes_table_traits!`.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` cannot implement `Table` by hand",
        label = "a table is declared, not implemented",
        note = "declare your API's table with `#[apicodes::table(page = \"codes.md\")]` (feature `table`), which also generates what `#[api_error(codes = ...)]` checks codes against"
    )]
    #[doc(hidden)]
    pub trait Sealed {}
}

pub use crate::api_error::{ApiError, ApiErrorDocs, RetryAfter, VariantDoc};
pub use crate::body::Body;
pub use crate::code::{Code, OTHER_ERRORS};
pub use crate::code_set::CodeSet;
pub use crate::error::{ParseCodeError, UnknownCode, UnknownCodeIn};
pub use crate::status::{NotServerError, OtherError, Status};
pub use crate::table::Table;
