//! `Table`: what every table of documented codes offers, so that errors,
//! integrations and clients work the same for [`Code`](crate::Code) and for a table of
//! your own.

use core::fmt;
use core::hash::Hash;

use crate::error::ParseCodeError;

/// A table of documented response codes: the standard [`Code`](crate::Code), or one
/// generated from your API's own page of codes.
///
/// Each value is one documented code, with its page's text. The methods
/// mirror [`Code`](crate::Code)'s inherent ones, so generic code reads the same:
///
/// ```
/// use apicodes::{Code, Table};
///
/// fn describe<T: Table>(code: T) -> String {
///     format!("{} {} ({})", code.as_u16(), code.title(), T::NAME)
/// }
///
/// assert_eq!(describe(Code::NotFound), "404 NOT FOUND (Code)");
/// assert_eq!(<Code as Table>::from_u16(410), Some(Code::Gone));
///
/// // Parsing and the classes, as for `Code` itself.
/// fn read<T: Table>(text: &str) -> Result<(u16, bool), apicodes::ParseCodeError<T>> {
///     let code: T = text.parse()?;
///     Ok((code.as_u16(), code.is_client_error()))
/// }
/// assert_eq!(read::<Code>("Gone"), Ok((410, true)));
/// ```
///
/// The texts (a code's title and description, the page's title and Other
/// Errors text) are the page's Markdown source as written, which OpenAPI
/// documents render: a character reference (`&amp;`) or emphasis stays as
/// typed, in messages too (`UnknownCodeIn`'s repeats the Other Errors
/// text); the message is the body's, unescaped.
///
/// Tables are declared, not implemented by hand: the trait is sealed, and
/// implemented by [`Code`](crate::Code) and by each `#[apicodes::table]`
/// (feature `table` of `apicodes`), which also generate what the derive
/// checks codes against. So items can be added to it without breaking
/// anyone.
///
/// Rules the standard table applies by code hold for every table, by
/// number: a derived error cannot answer with a 1xx, 2xx (other than 204)
/// or 3xx code (a compile error); a code sent as itself at run time (a
/// `Code::Ok`, a table's 302) goes out with its own status and documented
/// body, except a 1xx, which no final answer can have: it goes out as the
/// server's failure, a 500 ([`Status::internal`](crate::Status::internal));
/// a 204, 205 or 304 is sent without a body (RFC 9110; see
/// [`Status::has_body`](crate::Status::has_body)), and only a 429 carries
/// `Retry-After`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a table of documented codes",
    label = "not a table",
    note = "a table is declared with #[apicodes::table(...)] (feature `table`), which also generates what #[api_error(codes = ...)] checks codes against; the standard table is `apicodes::Code`"
)]
pub trait Table:
    Copy
    + Eq
    + Ord
    + Hash
    + fmt::Debug
    + fmt::Display
    + Send
    + Sync
    + 'static
    + TryFrom<u16, Error = <Self as Table>::Unknown>
    + core::str::FromStr<Err = ParseCodeError<Self>>
    + crate::__private::Sealed
{
    /// The type's name, as messages show it: `"Code"`.
    ///
    /// ```
    /// assert_eq!(<apicodes::Code as apicodes::Table>::NAME, "Code");
    /// ```
    const NAME: &'static str;

    /// Every documented code, in the order its page lists them (the
    /// standard page's is ascending).
    ///
    /// ```
    /// use apicodes::{Code, Table};
    ///
    /// assert_eq!(<Code as Table>::ALL.len(), 12);
    /// assert_eq!(<Code as Table>::ALL[0], Code::Ok);
    /// ```
    const ALL: &'static [Self];

    /// The page's "Other Errors" text: what a client should do about a
    /// code the table does not document; `""` if the page has no such
    /// section.
    ///
    /// ```
    /// use apicodes::{Code, Table};
    ///
    /// assert!(<Code as Table>::OTHER_ERRORS.contains("contact support"));
    /// ```
    const OTHER_ERRORS: &'static str;

    /// The page's `# ` title, such as `"Response Codes"`.
    ///
    /// ```
    /// use apicodes::{Code, Table};
    ///
    /// assert_eq!(<Code as Table>::PAGE_TITLE, "Response Codes");
    /// ```
    const PAGE_TITLE: &'static str;

    /// The code's number.
    ///
    /// ```
    /// use apicodes::{Code, Table};
    ///
    /// assert_eq!(Table::as_u16(Code::Gone), 410);
    /// ```
    fn as_u16(self) -> u16;

    /// The code with this number, if the table documents it.
    ///
    /// ```
    /// use apicodes::{Code, Table};
    ///
    /// assert_eq!(<Code as Table>::from_u16(429), Some(Code::TooManyRequests));
    /// assert_eq!(<Code as Table>::from_u16(418), None);
    /// ```
    fn from_u16(code: u16) -> Option<Self>;

    /// The message sent in the JSON body, exactly as documented.
    ///
    /// ```
    /// use apicodes::{Code, Table};
    ///
    /// assert_eq!(Table::message(Code::PaymentRequired), "Payment required");
    /// ```
    fn message(self) -> &'static str;

    /// The heading the page gives the code, such as `"NOT FOUND"`.
    ///
    /// ```
    /// use apicodes::{Code, Table};
    ///
    /// assert_eq!(Table::title(Code::NotFound), "NOT FOUND");
    /// ```
    fn title(self) -> &'static str;

    /// The page's sentence explaining the code.
    ///
    /// ```
    /// use apicodes::{Code, Table};
    ///
    /// assert_eq!(Table::description(Code::Ok), "The request was successful!");
    /// ```
    fn description(self) -> &'static str;

    /// The compact JSON body for the code.
    ///
    /// ```
    /// use apicodes::{Code, Table};
    ///
    /// assert_eq!(Table::json(Code::Gone), r#"{"code":410,"message":"Gone"}"#);
    /// ```
    fn json(self) -> &'static str;

    /// The variant's name, such as `"NotFound"`.
    ///
    /// ```
    /// use apicodes::{Code, Table};
    ///
    /// assert_eq!(Table::name(Code::NotFound), "NotFound");
    /// ```
    fn name(self) -> &'static str;

    /// Whether the code reports success (2xx).
    ///
    /// ```
    /// use apicodes::{Code, Table};
    ///
    /// fn successes<T: Table>() -> usize {
    ///     T::ALL.iter().filter(|code| code.is_success()).count()
    /// }
    /// assert_eq!(successes::<Code>(), 4);
    /// ```
    fn is_success(self) -> bool {
        crate::Status::Documented(self).is_success()
    }

    /// Whether the code blames the request (4xx).
    ///
    /// ```
    /// use apicodes::{Code, Table};
    ///
    /// assert!(Table::is_client_error(Code::Gone));
    /// assert!(!Table::is_client_error(Code::Ok));
    /// ```
    fn is_client_error(self) -> bool {
        crate::Status::Documented(self).is_client_error()
    }

    /// Whether the code blames the server (5xx).
    ///
    /// ```
    /// use apicodes::{Code, Table};
    ///
    /// assert!(Table::is_server_error(Code::OutOfStorage));
    /// assert!(!Table::is_server_error(Code::Gone));
    /// ```
    fn is_server_error(self) -> bool {
        crate::Status::Documented(self).is_server_error()
    }

    /// The code whose variant name this is.
    ///
    /// ```
    /// use apicodes::{Code, Table};
    ///
    /// assert_eq!(<Code as Table>::from_name("Gone"), Some(Code::Gone));
    /// assert_eq!(<Code as Table>::from_name("gone"), None);
    /// ```
    fn from_name(name: &str) -> Option<Self>;

    /// The error for a number the table does not document, which its
    /// `TryFrom<u16>` returns, and `Status<Self>`'s conversions for a number
    /// that is no server error either: [`UnknownCode`](crate::UnknownCode) for
    /// [`Code`](crate::Code), [`UnknownCodeIn<Self>`](crate::UnknownCodeIn)
    /// for a table of your own. Its message repeats the page's advice for
    /// other codes.
    ///
    /// ```
    /// use apicodes::{Code, Table, UnknownCode};
    ///
    /// let err: <Code as Table>::Unknown = Code::unknown(502);
    /// assert_eq!(err, UnknownCode(502));
    /// // Generic code reads the number back with `u16::from`.
    /// assert_eq!(u16::from(err), 502);
    /// ```
    type Unknown: Copy
        + Into<u16>
        + Eq
        + Hash
        + fmt::Debug
        + fmt::Display
        + core::error::Error
        + Send
        + Sync
        + 'static;

    /// The error for `code`, which the table does not document.
    ///
    /// ```
    /// use apicodes::{Code, Table};
    ///
    /// assert_eq!(Code::unknown(418).code(), 418);
    ///
    /// // In code generic over tables: `TryFrom<u16>` and the number back.
    /// fn number<T: Table>(n: u16) -> Result<T, u16> {
    ///     T::try_from(n).map_err(Into::into)
    /// }
    /// assert_eq!(number::<Code>(418), Err(418));
    /// ```
    fn unknown(code: u16) -> Self::Unknown;
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

/// `"404 Not found"`: a code's `Display`, for every table.
#[doc(hidden)]
pub fn display<T: Table>(code: T, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    write_line(f, code.as_u16(), code.message())
}

/// Writes `"404 Not found"` from a number and a message, padded, aligned
/// and cut as `f` asks (`{:>20}`, `{:.3}`), as `str`'s `Display` is: the
/// `Display` of codes, statuses and bodies.
pub(crate) fn write_line(f: &mut fmt::Formatter<'_>, code: u16, message: &str) -> fmt::Result {
    if f.width().is_none() && f.precision().is_none() {
        write!(f, "{code} {message}")
    } else {
        f.pad(&alloc::format!("{code} {message}"))
    }
}

/// A code's number (`"404"`) or its variant name (`"NotFound"`): a code's
/// `FromStr`, for every table.
///
/// # Errors
///
/// [`ParseCodeError`] when `s` is neither.
#[doc(hidden)]
pub fn parse<T: Table>(s: &str) -> Result<T, ParseCodeError<T>> {
    // Only the canonical spelling: `u16::from_str` alone would also take
    // "+404" and "0404".
    let canonical = !s.starts_with('0') && !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let by_number = if canonical {
        s.parse::<u16>().ok().and_then(T::from_u16)
    } else {
        None
    };
    by_number
        .or_else(|| T::from_name(s))
        .ok_or_else(|| ParseCodeError::new(s))
}

/// The names of the items `table!` gives every table type besides its
/// variants. A variant of one of these names would take its place in
/// `Table::NAME` paths (Rust looks up a variant before an associated item),
/// so neither a page's title nor an inline table's variant may give one.
#[doc(hidden)]
pub const ITEM_NAMES: &[&str] = &[
    "ALL",
    "OTHER_ERRORS",
    "as_u16",
    "from_u16",
    "from_name",
    "message",
    "title",
    "description",
    "json",
    "name",
    "is_success",
    "is_client_error",
    "is_server_error",
];

/// Whether two strings are equal, in a `const fn`.
#[doc(hidden)]
#[must_use]
pub const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Declares a table type from its rows: the enum, its inherent `const`
/// methods and every trait a table has. [`Code`](crate::Code) is declared
/// with it, and so is every table `#[apicodes::table]` reads from a page,
/// so both behave alike. Not public API: the rows' JSON and the docs of the
/// methods are the caller's, so that `Code`'s docs carry examples and a
/// user's table carries none that would run as the user's doctests.
///
/// Every binding the table macros write (a parameter, a local) is named
/// `__apicodes_*`: they expand in the user's module, where a pattern
/// `code` would be a `const code` or `static code` in scope (hygiene
/// keeps neither out), not a new binding.
#[doc(hidden)]
#[macro_export]
macro_rules! __apicodes_table {
    (
        $(#[$attr:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vattr:meta])*
                $variant:ident = $code:literal, $vname:expr, $message:literal, $title:literal, $description:literal, $json:expr;
            )*
        }
        page_title = $page_title:literal;
        other_errors = $other:literal;
        unknown = $unknown:ty;
        docs = {
            all: [$(#[$d_all:meta])*],
            other_errors: [$(#[$d_other:meta])*],
            as_u16: [$(#[$d_as_u16:meta])*],
            from_u16: [$(#[$d_from_u16:meta])*],
            from_name: [$(#[$d_from_name:meta])*],
            message: [$(#[$d_message:meta])*],
            title: [$(#[$d_title:meta])*],
            description: [$(#[$d_description:meta])*],
            json: [$(#[$d_json:meta])*],
            name: [$(#[$d_name:meta])*],
            is_success: [$(#[$d_is_success:meta])*],
            is_client_error: [$(#[$d_is_client_error:meta])*],
            is_server_error: [$(#[$d_is_server_error:meta])*],
        }
        $(impls = [$(#[$impls:meta])*];)?
    ) => {
        $crate::__apicodes_table_enum! {
            $(#[$attr])*
            #[repr(u16)]
            $vis enum $name {
                $(
                    $(#[$vattr])*
                    $variant = $code,
                )*
            }
        }

        // The impls, with the attributes given them (`allow(deprecated)`
        // for a deprecated table, whose own impls use it).
        $($(#[$impls])*)?
        const _: () = {
            // Each item here is named in `ITEM_NAMES`, which no variant may take.
            impl $name {
                $(#[$d_all])*
                pub const ALL: &'static [$name] = &[$($name::$variant),*];

                $(#[$d_other])*
                pub const OTHER_ERRORS: &'static ::core::primitive::str = $other;

                $(#[$d_as_u16])*
                #[must_use]
                pub const fn as_u16(self) -> ::core::primitive::u16 {
                    self as ::core::primitive::u16
                }

                $(#[$d_from_u16])*
                #[must_use]
                pub const fn from_u16(__apicodes_code: ::core::primitive::u16) -> ::core::option::Option<$name> {
                    match __apicodes_code {
                        $($code => ::core::option::Option::Some($name::$variant),)*
                        _ => ::core::option::Option::None,
                    }
                }

                $(#[$d_from_name])*
                #[must_use]
                pub const fn from_name(__apicodes_name: &::core::primitive::str) -> ::core::option::Option<$name> {
                    let mut __apicodes_i = 0;
                    while __apicodes_i < $name::ALL.len() {
                        if $crate::__private::str_eq($name::ALL[__apicodes_i].name(), __apicodes_name) {
                            return ::core::option::Option::Some($name::ALL[__apicodes_i]);
                        }
                        __apicodes_i += 1;
                    }
                    ::core::option::Option::None
                }

                $(#[$d_message])*
                #[must_use]
                pub const fn message(self) -> &'static ::core::primitive::str {
                    match self {
                        $($name::$variant => $message,)*
                    }
                }

                $(#[$d_title])*
                #[must_use]
                pub const fn title(self) -> &'static ::core::primitive::str {
                    match self {
                        $($name::$variant => $title,)*
                    }
                }

                $(#[$d_description])*
                #[must_use]
                pub const fn description(self) -> &'static ::core::primitive::str {
                    match self {
                        $($name::$variant => $description,)*
                    }
                }

                $(#[$d_json])*
                #[must_use]
                pub const fn json(self) -> &'static ::core::primitive::str {
                    match self {
                        $($name::$variant => $json,)*
                    }
                }

                $(#[$d_name])*
                #[must_use]
                pub const fn name(self) -> &'static ::core::primitive::str {
                    match self {
                        $($name::$variant => $vname,)*
                    }
                }

                $(#[$d_is_success])*
                #[must_use]
                pub const fn is_success(self) -> ::core::primitive::bool {
                    ::core::matches!(self.as_u16(), 200..=299)
                }

                $(#[$d_is_client_error])*
                #[must_use]
                pub const fn is_client_error(self) -> ::core::primitive::bool {
                    ::core::matches!(self.as_u16(), 400..=499)
                }

                $(#[$d_is_server_error])*
                #[must_use]
                pub const fn is_server_error(self) -> ::core::primitive::bool {
                    ::core::matches!(self.as_u16(), 500..=599)
                }
            }

            impl $crate::Table for $name {
                const NAME: &'static ::core::primitive::str = ::core::stringify!($name);
                const ALL: &'static [$name] = $name::ALL;
                const OTHER_ERRORS: &'static ::core::primitive::str = $other;
                const PAGE_TITLE: &'static ::core::primitive::str = $page_title;

                #[inline]
                fn as_u16(self) -> ::core::primitive::u16 {
                    $name::as_u16(self)
                }
                #[inline]
                fn from_u16(__apicodes_code: ::core::primitive::u16) -> ::core::option::Option<$name> {
                    $name::from_u16(__apicodes_code)
                }
                #[inline]
                fn message(self) -> &'static ::core::primitive::str {
                    $name::message(self)
                }
                fn title(self) -> &'static ::core::primitive::str {
                    $name::title(self)
                }
                fn description(self) -> &'static ::core::primitive::str {
                    $name::description(self)
                }
                #[inline]
                fn json(self) -> &'static ::core::primitive::str {
                    $name::json(self)
                }
                fn name(self) -> &'static ::core::primitive::str {
                    $name::name(self)
                }
                fn from_name(__apicodes_name: &::core::primitive::str) -> ::core::option::Option<$name> {
                    $name::from_name(__apicodes_name)
                }

                type Unknown = $unknown;

                fn unknown(__apicodes_code: ::core::primitive::u16) -> $unknown {
                    <$unknown>::new(__apicodes_code)
                }
            }

            $crate::__apicodes_table_traits!($name, $unknown, [$($code),*]);

            // An HTTP status (RFC 9110), which `StatusCode::from_u16` and
            // `CodeSet` hold and OpenAPI documents: every table keeps to it.
            const _: () = {
                $(::core::assert!($code >= 100 && $code <= 599, "a documented code must be an HTTP status, 100 to 599");)*
            };
        };
    };
}

/// A table's conversions, `Display` and comparisons, for full and codeless
/// tables alike. Not public API.
#[doc(hidden)]
#[macro_export]
macro_rules! __apicodes_table_traits {
    ($name:ident, $unknown:ty, [$($code:literal),*]) => {
        /// Writes the number and the documented message, such as `"404 Not found"`.
        impl ::core::fmt::Display for $name {
            fn fmt(&self, __apicodes_f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::display(*self, __apicodes_f)
            }
        }

        impl ::core::convert::From<$name> for ::core::primitive::u16 {
            fn from(__apicodes_code: $name) -> ::core::primitive::u16 {
                __apicodes_code.as_u16()
            }
        }

        /// The code with this number; an error if the table does not document it.
        impl ::core::convert::TryFrom<::core::primitive::u16> for $name {
            type Error = $unknown;

            fn try_from(__apicodes_code: ::core::primitive::u16) -> ::core::result::Result<$name, $unknown> {
                match $name::from_u16(__apicodes_code) {
                    ::core::option::Option::Some(__apicodes_found) => ::core::result::Result::Ok(__apicodes_found),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err(<$unknown>::new(__apicodes_code))
                    }
                }
            }
        }

        /// Parses a code's number (`"404"`) or its variant name (`"NotFound"`).
        impl ::core::str::FromStr for $name {
            type Err = $crate::ParseCodeError<$name>;

            fn from_str(__apicodes_s: &::core::primitive::str) -> ::core::result::Result<$name, $crate::ParseCodeError<$name>> {
                $crate::__private::parse(__apicodes_s)
            }
        }

        impl ::core::cmp::PartialEq<::core::primitive::u16> for $name {
            fn eq(&self, __apicodes_other: &::core::primitive::u16) -> ::core::primitive::bool {
                $name::as_u16(*self) == *__apicodes_other
            }
        }

        impl ::core::cmp::PartialEq<$name> for ::core::primitive::u16 {
            fn eq(&self, __apicodes_other: &$name) -> ::core::primitive::bool {
                *self == $name::as_u16(*__apicodes_other)
            }
        }

        impl ::core::cmp::PartialEq<$crate::Status<$name>> for $name {
            fn eq(&self, __apicodes_other: &$crate::Status<$name>) -> ::core::primitive::bool {
                *__apicodes_other == *self
            }
        }

        impl $crate::__private::Sealed for $name {}

        /// A code is an error of its own: `Err(code)` converts into a
        /// `Box<dyn Error>`, and a code is an `ApiError`, sent as its
        /// documented body.
        impl ::core::error::Error for $name {}

        /// A code is an error of its own, sent as its documented body:
        /// through `apicodes::http::ErrorResponse::new(&code)` or
        /// `apicodes::axum::into_response(&code)`, or as a
        /// `Box<dyn ApiError<Table = Self>>`. It is no `transparent`
        /// variant's field: it may answer with a success code, which an
        /// error never does (give the variant a code of its own). Framework
        /// traits such as axum's `IntoResponse` are implemented by their
        /// derives, on your own types: a handler's error type derives them.
        impl $crate::ApiError for $name {
            type Table = $name;

            #[inline]
            fn code(&self) -> $crate::Status<$name> {
                $crate::Status::Documented(*self)
            }

            fn to_json(&self) -> $crate::__private::Cow<'static, ::core::primitive::str> {
                $crate::__private::Cow::Borrowed($name::json(*self))
            }

            fn variant(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                ::core::option::Option::Some($name::name(*self))
            }
        }

        impl $crate::ApiErrorDocs for $name {
            const CODES: $crate::CodeSet<$name> = $crate::CodeSet::from_numbers(&[$($code),*]);

            fn variants() -> $crate::__private::Vec<$crate::VariantDoc<$name>> {
                $crate::__private::variants::<$name>()
            }
        }

        $crate::__apicodes_table_serde!($name);
        $crate::__apicodes_table_http!($name);
    };
}

/// A table's enum with the traits every [`Table`] derives: one list for
/// the tables of `__apicodes_table!` and `__apicodes_codeless_table!`.
/// Not public API.
#[doc(hidden)]
#[macro_export]
macro_rules! __apicodes_table_enum {
    ($(#[$attr:meta])* $vis:vis enum $name:ident { $($body:tt)* }) => {
        $(#[$attr])*
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
            ::core::hash::Hash,
            ::core::fmt::Debug,
        )]
        $vis enum $name { $($body)* }
    };
}

/// The type a table whose declaration failed leaves behind, so that the
/// declaration's errors are the only ones: an enum with the variants
/// declared (their names, and attributes such as `#[default]`) but no
/// codes, which is a [`Table`]; nothing it returns is ever read, as the
/// crate does not compile. Not public API.
#[doc(hidden)]
#[macro_export]
macro_rules! __apicodes_codeless_table {
    (
        $(#[$attr:meta])* $vis:vis enum $name:ident { $($(#[$vattr:meta])* $variant:ident),* }
        $(impls = [$(#[$impls:meta])*];)?
    ) => {
        $crate::__apicodes_table_enum! {
            $(#[$attr])*
            $vis enum $name { $($(#[$vattr])* $variant),* }
        }

        // As `__apicodes_table!`'s: one block, with the attributes given.
        $($(#[$impls])*)?
        const _: () = {
        $crate::__apicodes_table_traits!($name, $crate::UnknownCodeIn<$name>, []);

        // What a table's type has of its own, so that code using it adds
        // no errors to the declaration's.
        #[doc(hidden)]
        impl $name {
            pub const ALL: &'static [$name] = &[];
            pub const OTHER_ERRORS: &'static ::core::primitive::str = "";
            #[must_use]
            pub const fn as_u16(self) -> ::core::primitive::u16 { match self { $($name::$variant => 0,)* } }
            #[must_use]
            pub const fn from_u16(_: ::core::primitive::u16) -> ::core::option::Option<$name> { ::core::option::Option::None }
            #[must_use]
            pub const fn from_name(_: &::core::primitive::str) -> ::core::option::Option<$name> { ::core::option::Option::None }
            #[must_use]
            pub const fn message(self) -> &'static ::core::primitive::str { match self { $($name::$variant => "",)* } }
            #[must_use]
            pub const fn title(self) -> &'static ::core::primitive::str { match self { $($name::$variant => "",)* } }
            #[must_use]
            pub const fn description(self) -> &'static ::core::primitive::str { match self { $($name::$variant => "",)* } }
            #[must_use]
            pub const fn json(self) -> &'static ::core::primitive::str { match self { $($name::$variant => "",)* } }
            #[must_use]
            pub const fn name(self) -> &'static ::core::primitive::str { match self { $($name::$variant => "",)* } }
            #[must_use]
            pub const fn is_success(self) -> ::core::primitive::bool { match self { $($name::$variant => false,)* } }
            #[must_use]
            pub const fn is_client_error(self) -> ::core::primitive::bool { match self { $($name::$variant => false,)* } }
            #[must_use]
            pub const fn is_server_error(self) -> ::core::primitive::bool { match self { $($name::$variant => false,)* } }
        }

        impl $crate::Table for $name {
            const NAME: &'static ::core::primitive::str = ::core::stringify!($name);
            const ALL: &'static [$name] = &[];
            const OTHER_ERRORS: &'static ::core::primitive::str = "";
            const PAGE_TITLE: &'static ::core::primitive::str = "";

            fn as_u16(self) -> ::core::primitive::u16 {
                $name::as_u16(self)
            }
            fn from_u16(_: ::core::primitive::u16) -> ::core::option::Option<$name> {
                ::core::option::Option::None
            }
            fn message(self) -> &'static ::core::primitive::str {
                $name::message(self)
            }
            fn title(self) -> &'static ::core::primitive::str {
                $name::title(self)
            }
            fn description(self) -> &'static ::core::primitive::str {
                $name::description(self)
            }
            fn json(self) -> &'static ::core::primitive::str {
                $name::json(self)
            }
            fn name(self) -> &'static ::core::primitive::str {
                $name::name(self)
            }
            fn from_name(_: &::core::primitive::str) -> ::core::option::Option<$name> {
                ::core::option::Option::None
            }

            type Unknown = $crate::UnknownCodeIn<$name>;

            fn unknown(__apicodes_code: ::core::primitive::u16) -> $crate::UnknownCodeIn<$name> {
                $crate::UnknownCodeIn::new(__apicodes_code)
            }
        }
        };
    };
}

/// Without the `serde` feature a table has no serde impls.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __apicodes_table_serde {
    ($name:ident) => {};
}

/// Without the `http` feature a table has no `http` conversions.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __apicodes_table_http {
    ($name:ident) => {};
}
