//! A library that declares its users' error enums with a `macro_rules!`
//! macro and derives `ApiError` through `#[api_error(crate = $crate::...)]`,
//! so that its users need no dependency on `apicodes` of their own.
//!
//! Its doc test uses the macro from another crate; the trybuild case
//! `attribute/crate-from-macro` makes a mistake through it and gets the
//! derive's own error.

#[doc(hidden)]
pub use api as __api;

/// The `ApiError` trait, for callers of [`error_enum!`].
pub use api::ApiError;

/// Declares an error enum whose variants each take one `u8` field.
///
/// ```
/// apicodes_test_wrapper::error_enum!(Mine { Missing = 404, "No item {0}"; Old = 410 });
///
/// use apicodes_test_wrapper::ApiError as _;
/// assert_eq!(Mine::Missing(7).to_json(), r#"{"code":404,"message":"No item 7"}"#);
/// assert_eq!(Mine::Old(1).to_json(), r#"{"code":410,"message":"Gone"}"#);
/// ```
#[macro_export]
macro_rules! error_enum {
    ($name:ident { $($variant:ident = $code:literal $(, $message:literal)?);* $(;)? }) => {
        /// An error declared by `error_enum!`.
        #[derive(Debug, $crate::__api::ApiError)]
        #[api_error(crate = $crate::__api)]
        pub enum $name {
            $(
                #[api_error(code = $code $(, message = $message)?)]
                #[allow(missing_docs)]
                $variant(u8),
            )*
        }
    };
}
