//! The traits a domain error implements to speak in documented codes.

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
#[cfg(target_has_atomic = "ptr")]
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::time::Duration;

use crate::body::Body;
use crate::code::Code;
use crate::code_set::CodeSet;
use crate::json;
use crate::status::Status;
use crate::table::Table;

/// An error that answers with a documented response code and JSON body.
///
/// Usually derived with `#[derive(ApiError)]` (in the `apicodes` crate),
/// which also overrides [`to_json`](ApiError::to_json) and
/// [`write_json`](ApiError::write_json) with code computed at compile time.
/// By hand, [`Table`](ApiError::Table) and [`code`](ApiError::code) are
/// required:
///
/// ```
/// use std::borrow::Cow;
/// use apicodes::{ApiError, Code, Status};
///
/// struct Locked(u64);
///
/// impl ApiError for Locked {
///     type Table = Code;
///     fn code(&self) -> Status {
///         Status::Documented(Code::Forbidden)
///     }
///     fn message(&self) -> Cow<'_, str> {
///         format!("Account {} is locked", self.0).into()
///     }
/// }
///
/// assert_eq!(Locked(7).to_json(), r#"{"code":403,"message":"Account 7 is locked"}"#);
/// ```
///
/// `body`, `to_json` and `write_json` are one body three ways, and the
/// integrations send `to_json`'s text as the JSON body, unchecked: an
/// impl that overrides one (for speed, as the derive does) must give the
/// same body as the others, the code's number and `message()` as
/// `json::write_body` writes them. Override `message` to change the text.
///
/// The trait is dyn-compatible: `&dyn ApiError<Table = Code>` and
/// `Box<dyn ApiError<Table = Code>>` work too.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an API error",
    label = "`ApiError` is not implemented for `{Self}`",
    note = "derive it with #[derive(apicodes::ApiError)] (where it is derived, an error the derive reported, such as a `codes = ...` path that names no table, kept it from being implemented: fix that one), or implement `ApiError` by hand; another crate's error (an `std::io::Error`, say) in a `transparent` variant is none: give that variant a code of its own or #[api_error(other_error)]"
)]
pub trait ApiError {
    /// The table of documented codes the error answers from: [`Code`]
    /// unless the type names a table of its own.
    ///
    /// ```
    /// use apicodes::{ApiError, Code, Table};
    ///
    /// // Generic code reaches the error's table through it.
    /// fn table_name<E: ApiError>(_: &E) -> &'static str {
    ///     <E::Table as Table>::NAME
    /// }
    ///
    /// assert_eq!(table_name(&Code::Gone), "Code");
    /// ```
    type Table: Table;

    /// What this error answers with: a documented code, or an outage (an
    /// undocumented server error, the page's "Other Errors").
    ///
    /// ```
    /// use apicodes::{ApiError, Code};
    ///
    /// assert_eq!(Code::Gone.code(), Code::Gone);
    /// ```
    fn code(&self) -> Status<Self::Table>;

    /// The public message sent in the body. Defaults to the code's
    /// documented message; never put internal details here by accident.
    ///
    /// ```
    /// use apicodes::{ApiError, Code};
    ///
    /// assert_eq!(ApiError::message(&Code::NotFound), "Not found");
    /// ```
    fn message(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.code().message())
    }

    /// The body: the code's number and [`message`](ApiError::message).
    ///
    /// ```
    /// use apicodes::{ApiError, Body, Code};
    ///
    /// assert_eq!(ApiError::body(&Code::Gone), Body::new(410, "Gone"));
    /// ```
    fn body(&self) -> Body<'_> {
        Body {
            code: self.code().as_u16(),
            message: self.message(),
        }
    }

    /// The compact JSON body. Borrowed when the message is the documented
    /// one, so the common case allocates nothing.
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use apicodes::{ApiError, Code};
    ///
    /// let json = ApiError::to_json(&Code::TooManyRequests);
    /// assert!(matches!(json, Cow::Borrowed(_)));
    /// assert_eq!(json, r#"{"code":429,"message":"Too many requests"}"#);
    /// ```
    fn to_json(&self) -> Cow<'static, str> {
        let code = self.code();
        let message = self.message();
        match code {
            Status::Documented(code) if message == code.message() => Cow::Borrowed(code.json()),
            _ => {
                let mut out = String::new();
                json::write_body(&mut out, code.as_u16(), &message);
                Cow::Owned(out)
            }
        }
    }

    /// Appends the compact JSON body to `out`, for reusing a buffer.
    ///
    /// ```
    /// use apicodes::{ApiError, Code};
    ///
    /// let mut out = String::new();
    /// ApiError::write_json(&Code::Forbidden, &mut out);
    /// assert_eq!(out, r#"{"code":403,"message":"Forbidden"}"#);
    /// ```
    fn write_json(&self, out: &mut String) {
        out.push_str(&self.to_json());
    }

    /// Seconds a client should wait before retrying, sent as `Retry-After`
    /// by the HTTP integrations on a 429. The derive fills it from the
    /// field named by `#[api_error(code = 429, retry_after = field)]`.
    ///
    /// ```
    /// use std::time::Duration;
    /// use apicodes::ApiError;
    ///
    /// #[derive(Debug, ApiError)]
    /// enum QuotaError {
    ///     #[api_error(code = 429, retry_after = wait)]
    ///     Throttled { wait: Duration },
    ///     #[api_error(code = 429)]
    ///     Banned,
    /// }
    ///
    /// // Whole seconds, rounded up.
    /// let throttled = QuotaError::Throttled { wait: Duration::from_millis(2500) };
    /// assert_eq!(throttled.retry_after(), Some(3));
    /// assert_eq!(QuotaError::Banned.retry_after(), None);
    /// ```
    fn retry_after(&self) -> Option<u64> {
        None
    }

    /// The name of the variant that decided the response, for logs and
    /// metrics: `"NoSuchUser"`; through a `transparent` variant, the inner
    /// error's. `None` where the type does not say (the default).
    ///
    /// ```
    /// use apicodes::ApiError;
    ///
    /// #[derive(Debug, ApiError)]
    /// enum AccountError {
    ///     #[api_error(code = 404)]
    ///     NoSuchUser,
    ///     #[api_error(transparent)]
    ///     Billing(BillingError),
    /// }
    ///
    /// #[derive(Debug, ApiError)]
    /// enum BillingError {
    ///     #[api_error(code = 402)]
    ///     CardDeclined,
    /// }
    ///
    /// assert_eq!(AccountError::NoSuchUser.variant(), Some("NoSuchUser"));
    /// let declined = AccountError::Billing(BillingError::CardDeclined);
    /// assert_eq!(declined.variant(), Some("CardDeclined"));
    /// ```
    fn variant(&self) -> Option<&'static str> {
        None
    }
}

/// What an error type can answer with, known at compile time: the set of
/// codes, and a description of each variant for API documentation.
///
/// The derive implements it beside [`ApiError`]; a `transparent` variant
/// merges its inner type's codes and variants. By hand:
///
/// ```
/// use apicodes::{ApiError, ApiErrorDocs, Code, CodeSet, Status, VariantDoc};
///
/// struct Locked;
///
/// impl ApiError for Locked {
///     type Table = Code;
///     fn code(&self) -> Status {
///         Status::Documented(Code::Forbidden)
///     }
/// }
///
/// impl ApiErrorDocs for Locked {
///     const CODES: CodeSet = CodeSet::of(&[Code::Forbidden]);
///     fn variants() -> Vec<VariantDoc> {
///         vec![VariantDoc::new("Locked", Code::Forbidden, "Forbidden", false, "The account is locked.")]
///     }
/// }
///
/// assert!(Locked::CODES.contains(Code::Forbidden));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is no API error whose codes are documented",
    label = "`ApiErrorDocs` is not implemented for `{Self}`",
    note = "#[derive(apicodes::ApiError)] implements `ApiError` and `ApiErrorDocs`; an `ApiError` written by hand needs `ApiErrorDocs` by hand too where its codes are documented (a `transparent` variant's field, `IntoResponses`, `Endpoint`); another crate's error (an `std::io::Error`, say) in a `transparent` variant is none: give that variant a code of its own or #[api_error(other_error)]"
)]
pub trait ApiErrorDocs: ApiError {
    /// Every code a value of this type can answer with.
    ///
    /// ```
    /// use apicodes::{ApiError, ApiErrorDocs, Code, CodeSet};
    ///
    /// #[derive(Debug, ApiError)]
    /// enum AccountError {
    ///     #[api_error(code = 404)]
    ///     NoSuchUser,
    ///     #[api_error(code = Gone)]
    ///     StaleToken,
    ///     #[api_error(code = 404, message = "No team {0}")]
    ///     NoSuchTeam(u32),
    /// }
    ///
    /// assert_eq!(AccountError::CODES, CodeSet::of(&[Code::NotFound, Code::Gone]));
    /// ```
    const CODES: CodeSet<Self::Table>;

    /// Each variant in declaration order, with `transparent` variants
    /// replaced by their inner type's variants.
    ///
    /// ```
    /// use apicodes::{ApiError, ApiErrorDocs, Code};
    ///
    /// #[derive(Debug, ApiError)]
    /// enum AccountError {
    ///     /// No account has this id.
    ///     #[api_error(code = 404)]
    ///     NoSuchUser,
    ///     #[api_error(code = 404, message = "No team {0}")]
    ///     NoSuchTeam(u32),
    /// }
    ///
    /// let variants = AccountError::variants();
    /// assert_eq!(variants[0].name, "NoSuchUser");
    /// assert_eq!(variants[0].doc, "No account has this id.");
    /// assert_eq!(variants[1].code, Code::NotFound);
    /// assert_eq!(variants[1].message, "No team {0}");
    /// assert!(variants[1].interpolated);
    ///
    /// // A table is an `ApiError` too, answering with each of its codes
    /// // (so a code can be sent as it is); a derived error answers only
    /// // with 4xx and 5xx codes, and 204.
    /// assert_eq!(Code::variants().len(), Code::ALL.len());
    /// ```
    fn variants() -> Vec<VariantDoc<Self::Table>>;
}

/// One variant of an error type, as API documentation shows it.
///
/// ```
/// use apicodes::{Code, VariantDoc};
///
/// let doc = VariantDoc::new("TooBig", Code::OutOfStorage, "Limit {limit} reached", true, "");
/// assert_eq!(doc.code, Code::OutOfStorage);
/// assert_eq!(doc.message, "Limit {limit} reached");
/// assert!(doc.interpolated);
/// assert_eq!(doc.doc, "");
/// assert!(!doc.retry_after && !doc.retry_after_always);
/// assert_eq!(doc.nested("Storage").name, "Storage::TooBig");
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub struct VariantDoc<T = Code> {
    /// The variant's name; `Outer::Inner` for one reached through a
    /// `transparent` variant.
    pub name: Cow<'static, str>,
    /// What it answers with.
    pub code: Status<T>,
    /// Its message; a template with `{field}` placeholders when
    /// [`interpolated`](VariantDoc::interpolated) is true.
    pub message: &'static str,
    /// Whether the message is filled in from fields at run time.
    pub interpolated: bool,
    /// The variant's doc comment as rustdoc shows it (block comments
    /// without their column of stars, the indentation all lines share
    /// taken away, trailing whitespace trimmed), or `""`. The derive sees
    /// a doc comment as the `#[doc = "..."]` rustc makes of it, so a
    /// `#[doc]` string spanning lines is read as a block comment is (where
    /// rustdoc keeps its stars). A doc a macro writes (`#[doc =
    /// concat!(..)]`, `#[doc = include_str!(..)]`) is not text yet when the
    /// derive runs: the compiler puts it in, as the macro gives it (its
    /// whitespace as written, but for a line end it closes with), on lines
    /// of its own among the comment's other lines.
    pub doc: &'static str,
    /// Whether it sends a `Retry-After` header (`retry_after = field`).
    pub retry_after: bool,
    /// Whether it sends that header every time: its field's type always
    /// has a delay ([`RetryAfter::ALWAYS`]; not an `Option`).
    pub retry_after_always: bool,
}

impl<T: Table> VariantDoc<T> {
    /// A variant's description.
    ///
    /// ```
    /// use apicodes::{Code, VariantDoc};
    ///
    /// let doc = VariantDoc::new("NoSuchUser", Code::NotFound, "Not found", false, "No user has this id.");
    /// assert_eq!(doc.code, Code::NotFound);
    /// ```
    #[must_use]
    pub fn new(
        name: &'static str,
        code: impl Into<Status<T>>,
        message: &'static str,
        interpolated: bool,
        doc: &'static str,
    ) -> Self {
        VariantDoc {
            name: Cow::Borrowed(name),
            code: code.into(),
            message,
            interpolated,
            doc,
            retry_after: false,
            retry_after_always: false,
        }
    }

    /// The same variant, sending a `Retry-After` header: every time where
    /// `always` (its field always has a delay), else when its field has one.
    ///
    /// ```
    /// use apicodes::{Code, VariantDoc};
    ///
    /// let doc = VariantDoc::new("Slow", Code::TooManyRequests, "Too many requests", false, "");
    /// assert!(!doc.retry_after);
    /// let doc = doc.with_retry_after(true);
    /// assert!(doc.retry_after && doc.retry_after_always);
    /// ```
    #[must_use]
    pub fn with_retry_after(mut self, always: bool) -> Self {
        self.retry_after = true;
        self.retry_after_always = always;
        self
    }

    /// The same variant as reached through the `transparent` variant `outer`.
    ///
    /// ```
    /// use apicodes::{Code, VariantDoc};
    ///
    /// let inner = VariantDoc::new("Declined", Code::PaymentRequired, "Payment required", false, "");
    /// assert_eq!(inner.nested("Billing").name, "Billing::Declined");
    /// ```
    #[must_use]
    pub fn nested(mut self, outer: &str) -> Self {
        let mut name = String::with_capacity(outer.len() + 2 + self.name.len());
        name.push_str(outer);
        name.push_str("::");
        name.push_str(&self.name);
        self.name = Cow::Owned(name);
        self
    }
}

/// A table's codes as the variants of an error type: a code is an error
/// of its own, documented by its page. Every table's
/// `ApiErrorDocs::variants` (from `__apicodes_table!`).
#[doc(hidden)]
#[must_use]
pub fn variants<T: Table>() -> Vec<VariantDoc<T>> {
    T::ALL
        .iter()
        .map(|&code| VariantDoc::new(code.name(), code, code.message(), false, code.description()))
        .collect()
}

/// A status is an `ApiError` too: [`Status::Other`] answers with an outage,
/// wherever an `ApiError` is taken (a `Box<dyn ApiError<Table = T>>`,
/// `apicodes::http::ErrorResponse::new`). Not a `transparent` variant's
/// field, which must document its codes (`ApiErrorDocs`): a status may be
/// any code of its table, a success code among them.
///
/// ```
/// use apicodes::{ApiError, Code, OtherError, Status};
///
/// let outage: Status<Code> = Status::Other(OtherError::new(503).unwrap());
/// assert_eq!(outage.to_json(), r#"{"code":503,"message":"Server error"}"#);
/// ```
impl<T: Table> ApiError for Status<T> {
    type Table = T;

    fn code(&self) -> Status<T> {
        *self
    }
}

macro_rules! forward_api_error {
    ($($ty:ty),*) => {$(
        impl<T: ApiError + ?Sized> ApiError for $ty {
            type Table = T::Table;

            fn code(&self) -> Status<T::Table> {
                (**self).code()
            }
            fn message(&self) -> Cow<'_, str> {
                (**self).message()
            }
            fn body(&self) -> Body<'_> {
                (**self).body()
            }
            fn to_json(&self) -> Cow<'static, str> {
                (**self).to_json()
            }
            fn write_json(&self, out: &mut String) {
                (**self).write_json(out);
            }
            fn retry_after(&self) -> Option<u64> {
                (**self).retry_after()
            }
            fn variant(&self) -> Option<&'static str> {
                (**self).variant()
            }
        }
    )*};
}

forward_api_error!(&T, &mut T, Box<T>, Rc<T>);
#[cfg(target_has_atomic = "ptr")]
forward_api_error!(Arc<T>);

/// The pointers an error is held by (`Box`, `Rc`, `Arc`, references)
/// answer and document as the error itself, so that
/// `#[api_error(transparent)]` takes a field of any of them.
macro_rules! forward_api_error_docs {
    ($($ty:ty),*) => {$(
        impl<T: ApiErrorDocs + ?Sized> ApiErrorDocs for $ty {
            const CODES: CodeSet<T::Table> = T::CODES;

            fn variants() -> Vec<VariantDoc<T::Table>> {
                T::variants()
            }
        }
    )*};
}

forward_api_error_docs!(&T, &mut T, Box<T>, Rc<T>);
#[cfg(target_has_atomic = "ptr")]
forward_api_error_docs!(Arc<T>);

/// A field type that can fill the `Retry-After` header:
/// `#[api_error(code = 429, retry_after = field)]` accepts any of them.
///
/// Unsigned integers (`u8` to `u64`, `usize`) are whole seconds: a
/// negative delay means nothing, so a signed field is an error naming
/// these types. A [`Duration`] is rounded up to whole
/// seconds; `None` sends no header.
///
/// ```
/// use std::time::Duration;
/// use apicodes::RetryAfter;
///
/// assert_eq!(30u32.retry_after_secs(), Some(30));
/// assert_eq!(Duration::from_millis(1500).retry_after_secs(), Some(2));
/// assert_eq!(None::<u64>.retry_after_secs(), None);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be sent as a `Retry-After` delay",
    label = "expected whole seconds (`u8` to `u64`, `usize`), a `Duration`, or an `Option` of one",
    note = "`retry_after = field` names a field holding the delay"
)]
pub trait RetryAfter {
    /// The delay in whole seconds, or `None` for no header.
    ///
    /// ```
    /// use apicodes::RetryAfter;
    ///
    /// assert_eq!(5u8.retry_after_secs(), Some(5));
    /// ```
    fn retry_after_secs(&self) -> Option<u64>;

    /// Whether every value has a delay (`retry_after_secs` is never
    /// `None`), so that a variant with such a field always sends the
    /// header: true for the integers and `Duration`, false for an `Option`
    /// and, unless it says so, for a type of your own.
    ///
    /// ```
    /// use apicodes::RetryAfter;
    ///
    /// assert!(<u32 as RetryAfter>::ALWAYS);
    /// assert!(!<Option<u32> as RetryAfter>::ALWAYS);
    /// ```
    const ALWAYS: bool = false;
}

macro_rules! retry_after_int {
    ($($ty:ty),*) => {$(
        impl RetryAfter for $ty {
            const ALWAYS: bool = true;

            fn retry_after_secs(&self) -> Option<u64> {
                Some(u64::from(*self))
            }
        }
    )*};
}

retry_after_int!(u8, u16, u32, u64);

impl RetryAfter for usize {
    const ALWAYS: bool = usize::BITS <= u64::BITS;

    fn retry_after_secs(&self) -> Option<u64> {
        // usize is at most 64 bits on every supported target.
        u64::try_from(*self).ok()
    }
}

impl RetryAfter for Duration {
    const ALWAYS: bool = true;

    fn retry_after_secs(&self) -> Option<u64> {
        let whole = self.as_secs();
        Some(if self.subsec_nanos() > 0 {
            whole.saturating_add(1)
        } else {
            whole
        })
    }
}

impl<T: RetryAfter> RetryAfter for Option<T> {
    fn retry_after_secs(&self) -> Option<u64> {
        self.as_ref().and_then(RetryAfter::retry_after_secs)
    }
}

impl<T: RetryAfter + ?Sized> RetryAfter for &T {
    const ALWAYS: bool = T::ALWAYS;

    fn retry_after_secs(&self) -> Option<u64> {
        (**self).retry_after_secs()
    }
}
