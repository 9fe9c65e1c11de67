//! The errors the table's lookups return; each says what was wrong and what to do.

use core::fmt;

use alloc::string::String;

use crate::code::{Code, OTHER_ERRORS};

/// A response code the table does not document, such as a `502` from a proxy.
///
/// Its message names the number and repeats the documentation's advice for
/// other codes.
///
/// ```
/// use apicodes_core::{Code, UnknownCode};
///
/// let err = Code::try_from(502).unwrap_err();
/// assert_eq!(err, UnknownCode(502));
/// assert!(err.to_string().starts_with("response code 502 is not documented"));
/// assert!(err.to_string().contains("check server status or contact support"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct UnknownCode(pub u16);

impl UnknownCode {
    /// The undocumented number.
    ///
    /// ```
    /// assert_eq!(apicodes_core::UnknownCode(418).code(), 418);
    /// ```
    #[must_use]
    pub const fn code(self) -> u16 {
        self.0
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "response code {} is not documented (documented: ",
            self.0
        )?;
        write_documented(f)?;
        write!(f, "). {OTHER_ERRORS}")
    }
}

impl core::error::Error for UnknownCode {}

/// Text that names neither a documented number nor a [`Code`] variant.
///
/// Its message quotes the input and lists what is accepted.
///
/// ```
/// use apicodes_core::Code;
///
/// let err = "teapot".parse::<Code>().unwrap_err();
/// assert_eq!(err.input(), "teapot");
/// assert!(err.to_string().starts_with("`teapot` is not a documented response code"));
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct ParseCodeError {
    pub(crate) input: String,
}

impl ParseCodeError {
    /// The text that failed to parse.
    ///
    /// ```
    /// use apicodes_core::Code;
    ///
    /// assert_eq!("418".parse::<Code>().unwrap_err().input(), "418");
    /// ```
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a documented response code; expected a number such as `404` \
             or a variant name such as `NotFound` (documented: ",
            self.input.escape_debug()
        )?;
        write_documented(f)?;
        f.write_str(")")
    }
}

impl core::error::Error for ParseCodeError {}

/// Writes `200, 201, ..., 507`.
fn write_documented(f: &mut fmt::Formatter<'_>) -> fmt::Result {
    for (i, code) in Code::ALL.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{}", code.as_u16())?;
    }
    Ok(())
}
