//! The operator's log: every error response an integration sends is
//! recorded as one [`tracing`](https://docs.rs/tracing) event (feature
//! `tracing`), with what the body hides: the error's `Display` text and its
//! `source()` chain. Internal text goes to the log and never to the body.
//!
//! ```
//! use apicodes::ApiError;
//!
//! #[derive(Debug, thiserror::Error, ApiError)]
//! enum AccountError {
//!     #[error("database unreachable at 10.0.0.7")]
//!     #[api_error(other_error, code = 503)]
//!     Database,
//! }
//!
//! // In your own integration: the body says "Server error"; the log (with
//! // the `tracing` feature and a subscriber) says why, in an ERROR event.
//! apicodes::log::record(&AccountError::Database);
//! assert_eq!(
//!     AccountError::Database.to_json(),
//!     r#"{"code":503,"message":"Server error"}"#,
//! );
//! ```
//!
//! The derived `IntoResponse` (axum) and `ResponseError` (actix-web) impls,
//! and the contract layers for responses the framework makes itself, call
//! this for you. Without the `tracing` feature nothing is recorded.
//!
//! # The event
//!
//! Target `apicodes`, message `error response`, and the fields:
//!
//! | field | value |
//! |---|---|
//! | `code` | the status sent, such as `404`: for a derived error, the one its response is made with (a status set on that response afterwards, as axum's `(StatusCode::SEE_OTHER, error)` does, is not the error's to see; a contract layer that then answers differently records its own event) |
//! | `variant` | the variant that decided it ([`ApiError::variant`]), when known |
//! | `error` | the error's `Display` text, or its `Debug` text where it has no `Display`; for an answer the framework or a handler made, what it said (a rejection's text, a panic's message, the replaced body's text), absent where it said nothing |
//! | `source` | its `source()` chain, each cause's text joined by `: `, when there is one (for an `actix_web::Error` of a type not derived here, which has no `source()` of its own: when the error inside is an `std::io::Error` or a `Box<dyn Error>`, as `?` makes of any error; another type, such as `InternalError<T>`, gives its text alone) |
//! | `method`, `path` | the request's, for responses the framework made (never the query); a derived error's event is recorded where its response is made, in the handler, inside whatever span the request runs in: tracing-actix-web's `TracingLogger`, or a `TraceLayer` of tower-http's (axum) made to open its span at `INFO` with the method and path (its default span is at `DEBUG` and holds the whole URI, query and all), as the example servers show in `tests/integration/examples` |
//! | `replaced` | the status a contract layer replaced, such as `405` (sent as `400`) or `418`, when it replaced one |
//! | `panic` | `true` where a handler panicked and a contract answered with its 500; its `error` is the panic's message. Absent otherwise, so that a panic, a bug, can be told from an outage |
//! | `made_for` | the table an error's answer was made for, such as `"Code"`, when a contract layer for another table answered it again in its own (an error type that lacks `codes = MyCodes`: its message, and the code where that table lacks it, are the layer's table's) |
//!
//! Each text is cut to at most 1,024 bytes, at a character boundary (a
//! `Display` that writes more is stopped there, as by a full buffer), and
//! the `source` chain to its first 64 causes: a rejection may quote a
//! whole request, and a `source()` that returns the error itself loops.
//!
//! # Levels
//!
//! | code | level |
//! |---|---|
//! | 5xx (an outage, or a documented one such as 507) | `ERROR` |
//! | 429 | `WARN`: throttling an operator may want to see |
//! | any other, where `made_for` is set | `WARN`: an error type answering from another table than the contract's, a mistake in the app |
//! | any other 4xx | `INFO`: the client's mistake, not the server's |
//! | 204 | `DEBUG`: a deleted resource, not a failure |
//!
//! An event the subscriber does not want (a 4xx under a filter at `WARN`)
//! costs a check of the level: the error's text, its `source()` chain and
//! its variant's name are computed only for an event that is recorded.
//!
//! For a generic error type, the derived impls use what the type's own
//! bounds prove where they are written (and a type parameter a cause's
//! type names is bounded `'static`, which thiserror's `source()` needs).
//! axum's `IntoResponse`: where the bounds prove the type
//! an `Error`, its events carry the `error` text and the `source` chain;
//! else its `Display` text where they prove that, else its `Debug` text,
//! else the code and the variant alone. With thiserror, declare what its
//! impls need on the parameters: `T: Display` (and `Debug`) for a field a
//! message fills in (`enum DbError<T: Display + Debug>`), and
//! `E: std::error::Error` for a `#[source]` field of type `E`, without
//! which the event has no `source` chain. actix-web's `ResponseError`
//! needs the type to be `Debug + Display`, so its events always carry the
//! text, and the chain where the bounds prove `Error`.

use core::fmt;

use crate::ApiError;

/// What an error response hides, for the log: the error itself where the
/// type is a `core::error::Error` (text and `source()` chain), else its
/// `Display` or `Debug` text, or nothing. The derived framework impls
/// choose it by type; not public API.
#[doc(hidden)]
pub enum Cause<'a> {
    Error(&'a (dyn core::error::Error + 'a)),
    Display(&'a (dyn fmt::Display + 'a)),
    Debug(&'a (dyn fmt::Debug + 'a)),
    /// A framework's rejection, or the text of a body it replaced.
    Text(&'a str),
    /// A handler's panic: its message.
    Panic(&'a str),
    None,
}

/// The request a framework-made response answers, for the log.
#[doc(hidden)]
#[derive(Clone, Copy)]
pub struct Request<'a> {
    pub method: &'a str,
    pub path: &'a str,
    /// The status the framework or handler had answered with, where a
    /// contract layer replaced that answer with a documented one.
    pub replaced: Option<u16>,
    /// The table the replaced answer was made for, where it was made by
    /// this crate for a table other than the layer's.
    pub made_for: Option<&'static str>,
}

/// The most of any text an event quotes (a cause, a `source()` chain, a
/// method, a path): a rejection can quote the whole input (a 9,000-digit
/// path parameter does), and a path or a method can be as long as a
/// client likes.
#[cfg(any(feature = "tracing", feature = "axum", feature = "actix-web"))]
pub(crate) const CAUSE_LIMIT: usize = 1024;

/// `text` cut to at most [`CAUSE_LIMIT`] bytes, at a character boundary.
#[cfg(any(feature = "tracing", feature = "axum", feature = "actix-web"))]
pub(crate) fn truncate(text: &str) -> &str {
    cut(text, CAUSE_LIMIT)
}

/// `text` cut to at most `limit` bytes, at a character boundary.
#[cfg(any(feature = "tracing", feature = "axum", feature = "actix-web"))]
pub(crate) fn cut(text: &str, limit: usize) -> &str {
    if text.len() <= limit {
        return text;
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Records `error`, which is about to be sent, in the operator's log: its
/// code, variant, `Display` text and `source()` chain.
///
/// ```
/// #[derive(Debug, thiserror::Error, apicodes::ApiError)]
/// #[error("no user with id {0}")]
/// #[api_error(code = 404)]
/// struct NoSuchUser(u64);
///
/// // With the `tracing` feature and a subscriber installed: an INFO event
/// // with code 404, variant "NoSuchUser", error "no user with id 7" (the
/// // project's tests/integration/tests/test_log.rs asserts each field).
/// // Without the feature, nothing.
/// apicodes::log::record(&NoSuchUser(7));
/// // The body the client gets keeps that text to the log.
/// assert_eq!(apicodes::ApiError::to_json(&NoSuchUser(7)), r#"{"code":404,"message":"Not found"}"#);
/// ```
pub fn record<E: ApiError + core::error::Error>(error: &E) {
    response(
        error.code().as_u16(),
        || error.variant(),
        &Cause::Error(error),
        None,
    );
}

/// Records one error response; what every integration calls. Nothing is
/// computed unless the event is recorded: `variant` is called, and the
/// cause's text written, only then.
#[doc(hidden)]
#[allow(unused_variables)]
pub fn response(
    code: u16,
    variant: impl FnOnce() -> Option<&'static str>,
    cause: &Cause<'_>,
    request: Option<&Request<'_>>,
) {
    #[cfg(feature = "tracing")]
    {
        use core::cell::LazyCell;
        use tracing::{Level, event};

        // `event!` needs its level at compile time: one arm per level. It
        // evaluates the fields only for an event it records (or hands to
        // `log`), so they are computed, once, on first use: a check of
        // another callsite (`enabled!`) could be answered otherwise by a
        // filter on fields or on events.
        let fields = LazyCell::new(|| Fields::new(cause, request));
        let variant = LazyCell::new(variant);
        macro_rules! at {
            ($level:expr) => {
                event!(
                    target: "apicodes",
                    $level,
                    code,
                    variant = *variant,
                    error = fields.error.as_deref(),
                    source = fields.source.as_deref(),
                    method = fields.method,
                    path = fields.path,
                    replaced = fields.replaced,
                    made_for = fields.made_for,
                    panic = fields.panic,
                    "error response"
                )
            };
        }
        // An error made for another table than the layer's is a mistake
        // in the app (an error type without `codes = ...`), not the
        // client's: an operator sees it at `WARN` at least.
        let another_table = request.is_some_and(|r| r.made_for.is_some());
        match code {
            500..=599 => at!(Level::ERROR),
            429 => at!(Level::WARN),
            _ if another_table => at!(Level::WARN),
            204 => at!(Level::DEBUG),
            _ => at!(Level::INFO),
        }
    }
}

/// The most causes of a `source()` chain an event walks: a chain that
/// loops back on itself (`source()` returning `self`) never ends, and one
/// whose causes write no text never fills [`CAUSE_LIMIT`].
#[cfg(feature = "tracing")]
const MAX_CAUSES: usize = 64;

/// A text that takes at most [`CAUSE_LIMIT`] bytes, cut at a character
/// boundary, and fails the write that reaches it: a `Display` impl that
/// writes without end stops there, as the write of any text to a full
/// buffer does.
#[cfg(feature = "tracing")]
#[derive(Default)]
struct Bounded {
    text: alloc::string::String,
    full: bool,
}

#[cfg(feature = "tracing")]
impl fmt::Write for Bounded {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        if self.full {
            return Err(fmt::Error);
        }
        let kept = cut(text, CAUSE_LIMIT - self.text.len());
        self.text.push_str(kept);
        if kept.len() == text.len() {
            Ok(())
        } else {
            self.full = true;
            Err(fmt::Error)
        }
    }
}

/// An event's fields but the code and the variant. Fields with no value
/// are left out of the event; each text is bounded.
#[cfg(feature = "tracing")]
struct Fields<'a> {
    error: Option<alloc::string::String>,
    source: Option<alloc::string::String>,
    method: Option<&'a str>,
    path: Option<&'a str>,
    replaced: Option<u16>,
    made_for: Option<&'static str>,
    /// `true` for a panic, else absent.
    panic: Option<bool>,
}

#[cfg(feature = "tracing")]
impl<'a> Fields<'a> {
    fn new(cause: &Cause<'_>, request: Option<&Request<'a>>) -> Self {
        use core::fmt::Write as _;

        let mut error = Bounded::default();
        let mut source = Bounded::default();
        // An error can only come from a `Display` impl (its partial output
        // is kept) or from the text being full.
        let _ = match cause {
            Cause::Error(err) => {
                // A chain may be as long as its `source()` impls make it,
                // or loop back on itself: the walk ends when the text is
                // full, or after `MAX_CAUSES` causes.
                let mut next = err.source();
                for _ in 0..MAX_CAUSES {
                    let Some(cause) = next else { break };
                    if !source.text.is_empty() {
                        let _ = source.write_str(": ");
                    }
                    let _ = write!(source, "{cause}");
                    if source.full {
                        break;
                    }
                    next = cause.source();
                }
                write!(error, "{err}")
            }
            Cause::Display(text) => write!(error, "{text}"),
            Cause::Debug(text) => write!(error, "{text:?}"),
            Cause::Text(text) | Cause::Panic(text) => error.write_str(text),
            Cause::None => Ok(()),
        };
        let taken = |text: Bounded| (!text.text.is_empty()).then_some(text.text);
        Fields {
            error: taken(error),
            source: taken(source),
            method: request.map(|r| truncate(r.method)),
            path: request.map(|r| truncate(r.path)),
            replaced: request.and_then(|r| r.replaced),
            made_for: request.and_then(|r| r.made_for),
            panic: matches!(cause, Cause::Panic(_)).then_some(true),
        }
    }
}
