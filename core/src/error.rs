//! The errors the table's lookups return; each says what was wrong and what to do.

use core::fmt;
use core::marker::PhantomData;

use alloc::string::String;

use crate::code::Code;
use crate::table::{Table, write_numbers};

/// A response code the standard table ([`Code`]) does not document, such
/// as a `502` from a proxy: the error of `Code::try_from(u16)`, of
/// `Status<Code>::try_from` a `u16` or an `http::StatusCode` (where neither
/// documented nor a server error), and of
/// [`Body::documented`](crate::Body::documented).
///
/// Its message names the number, lists the documented ones and repeats the
/// page's advice for other codes. A table of your own has
/// [`UnknownCodeIn`] instead, whose message carries that table's page.
///
/// ```
/// use apicodes::{Code, UnknownCode};
///
/// let err = Code::try_from(502).unwrap_err();
/// assert_eq!(err, UnknownCode(502));
/// assert_eq!(err.0, 502);
/// assert!(err.to_string().starts_with("response code 502 is not documented"));
/// assert!(err.to_string().contains("check server status or contact support"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct UnknownCode(
    /// The number no code of the table has.
    pub u16,
);

impl UnknownCode {
    /// The error for `code`, as `UnknownCode(code)`.
    ///
    /// ```
    /// assert_eq!(apicodes::UnknownCode::new(418), apicodes::UnknownCode(418));
    /// ```
    #[must_use]
    pub const fn new(code: u16) -> Self {
        UnknownCode(code)
    }

    /// The undocumented number.
    ///
    /// ```
    /// assert_eq!(apicodes::UnknownCode(418).code(), 418);
    /// ```
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.0
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_unknown::<Code>(self.0, f)
    }
}

impl core::error::Error for UnknownCode {}

/// The same error, as the standard table's own type.
impl From<UnknownCodeIn<Code>> for UnknownCode {
    fn from(err: UnknownCodeIn<Code>) -> UnknownCode {
        UnknownCode(err.code)
    }
}

/// The undocumented number.
impl From<UnknownCode> for u16 {
    fn from(err: UnknownCode) -> u16 {
        err.0
    }
}

/// The undocumented number.
impl<T> From<UnknownCodeIn<T>> for u16 {
    fn from(err: UnknownCodeIn<T>) -> u16 {
        err.code
    }
}

/// The same error, as any table's type, for code generic over tables.
impl From<UnknownCode> for UnknownCodeIn<Code> {
    fn from(err: UnknownCode) -> UnknownCodeIn<Code> {
        UnknownCodeIn::new(err.0)
    }
}

/// A response code table `T` (a table of your own) does not document: the
/// error of `T::try_from(u16)`. The standard table's is [`UnknownCode`].
///
/// Its message names the number, lists the documented ones and repeats the
/// advice of `T`'s page for other codes.
///
/// ```
/// use apicodes::{Code, UnknownCodeIn};
///
/// // Any table; with the standard one it says what `UnknownCode` says.
/// let err = UnknownCodeIn::<Code>::new(502);
/// assert_eq!(err.code(), 502);
/// assert!(err.to_string().starts_with("response code 502 is not documented"));
/// assert_eq!(err.to_string(), apicodes::UnknownCode(502).to_string());
/// ```
pub struct UnknownCodeIn<T> {
    code: u16,
    table: PhantomData<fn() -> T>,
}

impl<T> UnknownCodeIn<T> {
    /// The error for `code`.
    ///
    /// ```
    /// assert_eq!(apicodes::UnknownCodeIn::<apicodes::Code>::new(418).code(), 418);
    /// ```
    #[must_use]
    pub const fn new(code: u16) -> Self {
        UnknownCodeIn {
            code,
            table: PhantomData,
        }
    }

    /// The undocumented number.
    ///
    /// ```
    /// use apicodes::{Code, UnknownCodeIn};
    ///
    /// assert_eq!(UnknownCodeIn::<Code>::new(418).code(), 418);
    /// ```
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.code
    }
}

impl<T: Table> fmt::Display for UnknownCodeIn<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_unknown::<T>(self.code, f)
    }
}

/// The message of an undocumented `code` in table `T`.
fn write_unknown<T: Table>(code: u16, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    write!(f, "response code {code} is not documented (documented: ")?;
    write_numbers::<T>(f)?;
    f.write_str(").")?;
    write!(f, " {}", other_errors_advice::<T>())
}

/// What a message about a code outside table `T` tells the reader to do:
/// the page's "Other Errors" text, or, for a table without one, advice of
/// the same kind, so that every such message says what to do.
#[doc(hidden)]
#[must_use]
pub fn other_errors_advice<T: Table>() -> &'static str {
    if T::OTHER_ERRORS.is_empty() {
        "Check the server's status, or contact the API's operators."
    } else {
        T::OTHER_ERRORS
    }
}

/// Names the table: `UnknownCodeIn<ShopCode>(418)`.
impl<T: Table> fmt::Debug for UnknownCodeIn<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "UnknownCodeIn<{}>({})", T::NAME, self.code)
    }
}

impl<T: Table> core::error::Error for UnknownCodeIn<T> {}

/// Text that names neither a number nor a variant that table `T`
/// documents.
///
/// Its message quotes the input and lists what is accepted.
///
/// ```
/// use apicodes::Code;
///
/// let err = "teapot".parse::<Code>().unwrap_err();
/// assert_eq!(err.input(), "teapot");
/// assert!(err.to_string().starts_with("`teapot` is not a documented response code"));
/// ```
pub struct ParseCodeError<T = Code> {
    input: String,
    table: PhantomData<fn() -> T>,
}

impl<T> ParseCodeError<T> {
    /// The error for `input`.
    ///
    /// ```
    /// use apicodes::{Code, ParseCodeError};
    ///
    /// assert_eq!(ParseCodeError::<Code>::new("teapot").input(), "teapot");
    /// ```
    #[must_use]
    pub fn new(input: impl Into<String>) -> Self {
        ParseCodeError {
            input: input.into(),
            table: PhantomData,
        }
    }

    /// The text that failed to parse.
    ///
    /// ```
    /// use apicodes::Code;
    ///
    /// assert_eq!("418".parse::<Code>().unwrap_err().input(), "418");
    /// ```
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl<T: Table> fmt::Display for ParseCodeError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A message quotes a long input only in part: the input may be a
        // whole request's worth of text.
        const SHOWN: usize = 64;
        // The page's own sample, 404, when the table documents it.
        let example = T::from_u16(404).or_else(|| T::ALL.first().copied());
        let (shown, more) = match self.input.char_indices().nth(SHOWN) {
            Some((end, _)) => (&self.input[..end], "..."),
            None => (self.input.as_str(), ""),
        };
        // Quoted as typed, but for what would not show (control
        // characters): a quote is no escape in backticks.
        f.write_str("`")?;
        let mut rest = shown;
        while let Some(at) = rest.find(['\'', '"']) {
            write!(f, "{}", rest[..at].escape_debug())?;
            f.write_str(&rest[at..=at])?;
            rest = &rest[at + 1..];
        }
        write!(
            f,
            "{}`{more} is not a documented response code",
            rest.escape_debug()
        )?;
        let Some(example) = example else {
            // A table whose declaration failed documents nothing.
            return f.write_str("; the table documents none");
        };
        if let Some(meant) = spelled_otherwise::<T>(&self.input) {
            return write!(
                f,
                "; did you mean `{}` (`{}`)? write a code's number without spaces, a sign or \
                 leading zeros, or its variant name as spelled",
                meant.as_u16(),
                meant.name(),
            );
        }
        write!(
            f,
            "; expected a number such as `{}` or a variant name such as `{}` (documented: ",
            example.as_u16(),
            example.name(),
        )?;
        write_numbers::<T>(f)?;
        f.write_str(")")
    }
}

/// The code `input` names when read leniently, as people write codes by
/// hand: a number with spaces around it, a `+` or leading zeros (` 404`,
/// `0404`), a code's own `Display` text (`404 Not found`, in any case, as
/// `http::StatusCode`'s `404 Not Found`), or a name in
/// another case or with other separators (`not_found`, `NOT FOUND`). Only
/// where one code can be meant: two names that read alike so (`SignIn` and
/// `Signin`) give none.
fn spelled_otherwise<T: Table>(input: &str) -> Option<T> {
    // Lowercased, without what a title may hold and its variant name
    // drops (white space, ASCII punctuation, `’`): `I'M A TEAPOT` and
    // `CART & STOCK` are `ImATeapot` and `CartStock`.
    fn folded(text: &str) -> impl Iterator<Item = char> + '_ {
        text.chars()
            .filter(|&c| {
                !(c.is_whitespace()
                    || (c.is_ascii() && !c.is_ascii_alphanumeric())
                    || c == '\u{2019}')
            })
            .map(|c| c.to_ascii_lowercase())
    }

    let input = input.trim();
    let digits = input.strip_prefix('+').unwrap_or(input);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        let number = digits.trim_start_matches('0').parse::<u16>().ok()?;
        return T::from_u16(number);
    }
    if let Some((number, message)) = input.split_once(' ') {
        let shown = number.parse().ok().and_then(T::from_u16);
        if let Some(code) = shown.filter(|code| folded(code.message()).eq(folded(message))) {
            return Some(code);
        }
    }
    let mut alike = T::ALL
        .iter()
        .copied()
        .filter(|code| folded(code.name()).eq(folded(input)));
    let first = alike.next()?;
    alike.next().is_none().then_some(first)
}

/// Names the table, as [`UnknownCodeIn`]'s does: `ParseCodeError<ShopCode> {
/// input: "teapot" }`.
impl<T: Table> fmt::Debug for ParseCodeError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ParseCodeError<{}> {{ input: {:?} }}",
            T::NAME,
            self.input
        )
    }
}

impl<T: Table> core::error::Error for ParseCodeError<T> {}

// Comparisons, copies and hashes hold for any table, so they are written
// out rather than derived (which would demand them of `T`).
macro_rules! by_field {
    ($ty:ident, $field:ident) => {
        impl<T> PartialEq for $ty<T> {
            fn eq(&self, other: &Self) -> bool {
                self.$field == other.$field
            }
        }
        impl<T> Eq for $ty<T> {}
        impl<T> core::hash::Hash for $ty<T> {
            fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
                self.$field.hash(state);
            }
        }
    };
}

by_field!(UnknownCodeIn, code);
by_field!(ParseCodeError, input);

impl<T> Clone for UnknownCodeIn<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for UnknownCodeIn<T> {}

impl<T> Clone for ParseCodeError<T> {
    fn clone(&self) -> Self {
        ParseCodeError::new(self.input.clone())
    }
}
