//! `Body`: the JSON shape every response carries.

use core::fmt;

use alloc::borrow::Cow;
use alloc::string::String;

use crate::code::Code;
use crate::error::UnknownCode;
use crate::json;
use crate::table::Table;

/// The JSON body of a response: `{"code":404,"message":"Not found"}`.
///
/// It holds the number as a `u16`, not a [`Code`], because a client may
/// receive codes the table does not document; [`Body::documented`] checks
/// (and [`Body::documented_in`] against a table of your own). With
/// feature `serde` (a default) it implements `Serialize` and `Deserialize`;
/// with `utoipa`, `ToSchema`.
///
/// ```
/// use apicodes::{Body, Code};
///
/// let body = Body::from(Code::NotFound);
/// assert_eq!(body.to_json(), r#"{"code":404,"message":"Not found"}"#);
///
/// let custom = Body::new(507, "Attribute limit 20 reached");
/// assert_eq!((custom.code, &*custom.message), (507, "Attribute limit 20 reached"));
/// assert_eq!(custom.documented(), Ok(Code::OutOfStorage));
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Body<'a> {
    /// The response code, as sent.
    pub code: u16,
    /// The human-readable message, as sent.
    pub message: Cow<'a, str>,
}

impl<'a> Body<'a> {
    /// A body with this code and message.
    ///
    /// ```
    /// let body = apicodes::Body::new(404, "No user 7");
    /// assert_eq!(body.message, "No user 7");
    /// ```
    pub fn new(code: u16, message: impl Into<Cow<'a, str>>) -> Self {
        Body {
            code,
            message: message.into(),
        }
    }

    /// The compact JSON text.
    ///
    /// ```
    /// let body = apicodes::Body::new(400, "Bad \"name\"");
    /// assert_eq!(body.to_json(), r#"{"code":400,"message":"Bad \"name\""}"#);
    /// ```
    #[must_use]
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    /// Appends the compact JSON text to `out`, for reusing a buffer.
    ///
    /// ```
    /// use apicodes::{Body, Code};
    ///
    /// let mut out = String::new();
    /// Body::from(Code::Gone).write_json(&mut out);
    /// assert_eq!(out, r#"{"code":410,"message":"Gone"}"#);
    /// ```
    pub fn write_json(&self, out: &mut String) {
        json::write_body(out, self.code, &self.message);
    }

    /// The documented code this body carries.
    ///
    /// # Errors
    ///
    /// [`UnknownCode`] for a number outside the table; its message carries
    /// the documentation's advice for other codes.
    ///
    /// ```
    /// use apicodes::{Body, Code, UnknownCode};
    ///
    /// assert_eq!(Body::new(429, "slow down").documented(), Ok(Code::TooManyRequests));
    /// assert_eq!(Body::new(502, "Bad gateway").documented(), Err(UnknownCode::new(502)));
    /// ```
    pub fn documented(&self) -> Result<Code, UnknownCode> {
        Code::try_from(self.code)
    }

    /// The code this body carries in table `T`, a table of your own: what
    /// [`documented`](Body::documented) is for the standard one.
    ///
    /// # Errors
    ///
    /// `T`'s [`Unknown`](Table::Unknown) for a number outside `T`; its
    /// message carries the advice of `T`'s page for other codes.
    ///
    /// ```
    /// use apicodes::{Body, Code};
    ///
    /// // `body.documented_in::<ShopCode>()` for a table of your own.
    /// assert_eq!(Body::new(410, "Gone").documented_in::<Code>(), Ok(Code::Gone));
    /// assert!(Body::new(409, "Conflict").documented_in::<Code>().is_err());
    /// ```
    pub fn documented_in<T: Table>(&self) -> Result<T, T::Unknown> {
        T::try_from(self.code)
    }

    /// The same body owning its message.
    ///
    /// ```
    /// let owned: apicodes::Body<'static> = {
    ///     let text = String::from("Not found");
    ///     apicodes::Body::new(404, text.as_str()).into_owned()
    /// };
    /// assert_eq!(owned.message, "Not found");
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Body<'static> {
        Body {
            code: self.code,
            message: Cow::Owned(self.message.into_owned()),
        }
    }
}

/// A code's documented body, for every table.
impl<T: Table> From<T> for Body<'static> {
    fn from(code: T) -> Self {
        Body {
            code: code.as_u16(),
            message: Cow::Borrowed(code.message()),
        }
    }
}

/// Writes `"404 Not found"`.
impl fmt::Display for Body<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::table::write_line(f, self.code, &self.message)
    }
}
