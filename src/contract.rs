//! What the contract layers of both frameworks share: running a handler so
//! that a panic becomes an answer, and the panic's text for the log.

use alloc::boxed::Box;
use core::any::Any;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The most of a hidden cause's text that reaches the log: a rejection can
/// quote the whole input (a 9,000-digit path parameter does).
pub(crate) const CAUSE_LIMIT: usize = 1024;

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

/// `text` cut to at most [`CAUSE_LIMIT`] bytes, at a character boundary.
pub(crate) fn truncate(text: &str) -> &str {
    if text.len() <= CAUSE_LIMIT {
        return text;
    }
    let mut end = CAUSE_LIMIT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
