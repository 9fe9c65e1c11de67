//! `Table`: what every table of documented codes offers, so that errors,
//! integrations and clients work the same for [`Code`] and for a table of
//! your own.

use core::fmt;
use core::hash::Hash;

use crate::code::{Code, OTHER_ERRORS};

/// A table of documented response codes: the standard [`Code`], or one
/// generated from your API's own page of codes.
///
/// Each value is one documented code, with its page's text. The methods
/// mirror [`Code`]'s inherent ones, so generic code reads the same:
///
/// ```
/// use apicodes_core::{Code, Table};
///
/// fn describe<T: Table>(code: T) -> String {
///     format!("{} {} ({})", code.as_u16(), code.title(), T::NAME)
/// }
///
/// assert_eq!(describe(Code::NotFound), "404 NOT FOUND (Code)");
/// assert_eq!(<Code as Table>::from_u16(410), Some(Code::Gone));
/// ```
///
/// Rules the standard table applies by code hold for every table, by
/// number: an error cannot answer with a 1xx, 2xx (other than 204) or 3xx
/// code, a 204 is sent without a body, and only a 429 carries `Retry-After`.
pub trait Table:
    Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + Send + Sync + 'static
{
    /// The type's name, as messages show it: `"Code"`.
    const NAME: &'static str;

    /// Every documented code, in ascending numeric order.
    const ALL: &'static [Self];

    /// The page's "Other Errors" text: what a client should do about a
    /// code the table does not document.
    const OTHER_ERRORS: &'static str;

    /// The code's number.
    fn as_u16(self) -> u16;

    /// The code with this number, if the table documents it.
    fn from_u16(code: u16) -> Option<Self>;

    /// The message sent in the JSON body, exactly as documented.
    fn message(self) -> &'static str;

    /// The heading the page gives the code, such as `"NOT FOUND"`.
    fn title(self) -> &'static str;

    /// The page's sentence explaining the code.
    fn description(self) -> &'static str;

    /// The compact JSON body for the code.
    fn json(self) -> &'static str;

    /// The variant's name, such as `"NotFound"`.
    fn name(self) -> &'static str;

    /// The code whose variant name this is.
    fn from_name(name: &str) -> Option<Self>;
}

impl Table for Code {
    const NAME: &'static str = "Code";
    const ALL: &'static [Code] = Code::ALL;
    const OTHER_ERRORS: &'static str = OTHER_ERRORS;

    fn as_u16(self) -> u16 {
        Code::as_u16(self)
    }

    fn from_u16(code: u16) -> Option<Code> {
        Code::from_u16(code)
    }

    fn message(self) -> &'static str {
        Code::message(self)
    }

    fn title(self) -> &'static str {
        Code::title(self)
    }

    fn description(self) -> &'static str {
        Code::description(self)
    }

    fn json(self) -> &'static str {
        Code::json(self)
    }

    fn name(self) -> &'static str {
        Code::name(self)
    }

    fn from_name(name: &str) -> Option<Code> {
        Code::from_name(name)
    }
}

/// Writes `200, 201, ..., 507`: the numbers a table documents.
pub(crate) fn write_numbers<T: Table>(f: &mut fmt::Formatter<'_>) -> fmt::Result {
    for (i, code) in T::ALL.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{}", code.as_u16())?;
    }
    Ok(())
}
