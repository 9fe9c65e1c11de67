//! What the contract layers of both frameworks share: running a handler so
//! that a panic becomes an answer, the panic's text for the log, which
//! bodies are quoted there, and which headers go with a replaced body.

use alloc::boxed::Box;
use core::any::Any;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// Polls `inner` and turns a panic while polling into `Err(payload)`. The
/// inner future is not polled again after a panic; only its destructor
/// sees its state, which is why `AssertUnwindSafe` is sound here.
pub(crate) struct CatchUnwind<F> {
    inner: Pin<Box<F>>,
}

impl<F: Future> CatchUnwind<F> {
    pub(crate) fn new(inner: F) -> Self {
        CatchUnwind {
            inner: Box::pin(inner),
        }
    }
}

impl<F: Future> Future for CatchUnwind<F> {
    type Output = Result<F::Output, Box<dyn Any + Send>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let inner = self.inner.as_mut();
        match catch_unwind(AssertUnwindSafe(move || inner.poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(output)) => Poll::Ready(Ok(output)),
            Err(payload) => Poll::Ready(Err(payload)),
        }
    }
}

/// Runs `f` (a service's `call`), turning a panic into `Err(payload)`.
pub(crate) fn catch<T>(f: impl FnOnce() -> T) -> Result<T, Box<dyn Any + Send>> {
    catch_unwind(AssertUnwindSafe(f))
}

/// The text of a panic's payload (`panic!("...")` gives a `&str` or a
/// `String`).
pub(crate) fn panic_text(payload: &(dyn Any + Send)) -> &str {
    if let Some(text) = payload.downcast_ref::<&'static str>() {
        text
    } else if let Some(text) = payload.downcast_ref::<alloc::string::String>() {
        text
    } else {
        "a panic with a payload that is not text"
    }
}

/// Whether a response is still as this crate made it: it carries the mark
/// (`made`, the status it was made with), its status is still that one,
/// and its `content-type` is still JSON (a 204 has none). A response
/// re-statused or re-typed since is answered again.
pub(crate) fn as_made(made: Option<u16>, status: u16, content_type: Option<&[u8]>) -> bool {
    made == Some(status)
        && (status == 204 || content_type == Some(crate::http::JSON_CONTENT_TYPE.as_bytes()))
}

/// Whether a body of this `content-type` is text worth quoting in the log:
/// none given, `text/*`, JSON (`application/json`) or a JSON type of its
/// own (`application/problem+json`, `application/vnd.x+json`).
pub(crate) fn is_text(content_type: Option<&str>) -> bool {
    let Some(content_type) = content_type else {
        return true;
    };
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    essence.starts_with("text/")
        || essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// The headers that describe a body's bytes, which a 204 has none of
/// (RFC 9110); validators such as `ETag` stay.
pub(crate) const NO_CONTENT: [&str; 6] = [
    "content-type",
    "content-length",
    "content-encoding",
    "content-range",
    "content-disposition",
    "transfer-encoding",
];

/// The headers that describe a body, dropped where a layer replaces the
/// body: they would describe the old one.
pub(crate) const REPRESENTATION: [&str; 14] = [
    "content-type",
    "content-length",
    "content-encoding",
    "content-language",
    "content-location",
    "content-range",
    "content-disposition",
    "content-digest",
    "repr-digest",
    "digest",
    "content-md5",
    "transfer-encoding",
    "etag",
    "last-modified",
];
