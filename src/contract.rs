//! What the contract layers of both frameworks share: running a handler so
//! that a panic becomes an answer, the panic's text for the log, which
//! bodies are quoted there, and which headers go with a replaced body.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::any::{Any, TypeId};
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};
use std::panic::{AssertUnwindSafe, catch_unwind};

use apicodes_core::__private::{interim_only, sent_without_body};

use crate::Table;
use crate::http::Documented;
use crate::log::{self, CAUSE_LIMIT, cut, truncate};

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

/// The answer to a handler's panic, table `T`'s 500, recorded in the log
/// with the panic's message and the mark of a panic.
pub(crate) fn answer_panic<T: Table>(
    payload: &(dyn Any + Send),
    request: &log::Request<'_>,
) -> crate::Status<T> {
    let answer = crate::Status::<T>::internal();
    let text = truncate(panic_text(payload));
    log::response(
        answer.as_u16(),
        || None,
        &log::Cause::Panic(text),
        Some(request),
    );
    answer
}

/// Whether a response is still as this crate made it for table `T`: it
/// carries the mark (`made`: the status it was made with, the table it was
/// made for, `T`, and its body's length), its status is still that one,
/// its `content-type` is still JSON (a 204 has none), and its body, where
/// its length is known (`len`; see axum's `sent_len`), still has the length it
/// was made with. A response re-statused, re-typed or given another body
/// since (a middleware that wrote a text of its own in place of the
/// error's JSON) is answered again, and so is one made for another table
/// (an error type without `codes = T`, or the standard `not_found`, under
/// a contract for `T`: its message is not `T`'s).
pub(crate) fn as_made<T: Table>(
    made: Option<&Documented>,
    status: u16,
    content_type: Option<&[u8]>,
    len: Option<u64>,
) -> bool {
    made.is_some_and(|mark| {
        mark.status == status
            && mark.table == TypeId::of::<T>()
            && len.is_none_or(|len| len == mark.len)
    }) && !interim_only(status)
        && (sent_without_body(status)
            || content_type == Some(crate::http::JSON_CONTENT_TYPE.as_bytes()))
}

/// The name of the table an answer was made for, where that is not `T`
/// (an error type without `codes = T` under a contract for `T`) and the
/// layer answers it again in `T`'s shape (`answer`, what it answers with):
/// its event says so. An answer the layer passes on (a 3xx) is none.
pub(crate) fn made_for_another<T: Table>(
    answer: Option<crate::Status<T>>,
    made: Option<&Documented>,
) -> Option<&'static str> {
    answer?;
    made.filter(|mark| mark.table != TypeId::of::<T>())
        .map(|mark| mark.table_name)
}

/// Whether a response this crate made for an error now has a status below
/// 400 that something set since (`(StatusCode::SEE_OTHER, error)` in axum,
/// `*res.status_mut()` in actix-web), with the error's body still: that
/// body would contradict the status, so the layers send the status without
/// it. The body is the error's while it is JSON of the length it was made
/// with (`len`, as for [`as_made`]); a body of unknown length (a stream) is
/// not, since this crate makes every error's body whole. One of the same
/// length cannot be told from it: that one goes too.
pub(crate) fn restatused_below_400(
    made: Option<&Documented>,
    status: u16,
    content_type: Option<&[u8]>,
    len: Option<u64>,
) -> bool {
    status < 400
        // No final response HTTP allows: answered.
        && !interim_only(status)
        && made.is_some_and(|mark| {
            mark.status >= 400 && mark.status != status && len == Some(mark.len)
        })
        // Still the error's body: a middleware that gave the response a
        // page of its own (an SPA's index for a 404, a JSON `[]` for a
        // missing list) keeps it.
        && is_json(content_type)
}

/// Whether a `content-type` is JSON's, whatever its parameters
/// (`application/json; charset=utf-8`).
fn is_json(content_type: Option<&[u8]>) -> bool {
    content_type.is_some_and(|value| {
        let essence = value.split(|&b| b == b';').next().unwrap_or_default();
        essence
            .trim_ascii()
            .eq_ignore_ascii_case(crate::http::JSON_CONTENT_TYPE.as_bytes())
    })
}

/// The most of a replaced body the layers read, to quote it in the log.
pub(crate) const READ_LIMIT: u64 = 64 * 1024;

/// Whether the layers read a replaced body for the log: `None` to read it,
/// else what the log says instead. Only text of a known size up to
/// [`READ_LIMIT`] is read, and only as far as it has come ([`Quote`]); a
/// body with a `content-encoding` would be quoted as bytes of no use.
pub(crate) fn unread(
    content_type: Option<&[u8]>,
    content_encoding: Option<&[u8]>,
    size: Option<u64>,
) -> Option<&'static str> {
    let text = match content_type {
        Some(value) => core::str::from_utf8(value).is_ok_and(|ct| is_text(Some(ct))),
        None => is_text(None),
    };
    if !text {
        Some("(a body that is not text, not read)")
    } else if content_encoding.is_some_and(|value| !value.eq_ignore_ascii_case(b"identity")) {
        Some(
            "(a compressed body, not read: add the compression layer outside this one to log \
             its text)",
        )
    } else if size.is_none_or(|n| n > READ_LIMIT) {
        Some("(a streamed or large body, not read)")
    } else {
        None
    }
}

/// A replaced body's text for the log, taken only as far as the body has
/// it ready: a body of known size may still be slow to come (a proxied
/// upstream's), and the answer never waits on it. A body that panics when
/// polled is not polled again: the answer is sent all the same, and the log
/// says so.
#[derive(Default)]
pub(crate) struct Quote {
    bytes: Vec<u8>,
}

/// Why [`Quote::read`] stopped reading.
enum Stop {
    /// The body ended, failed or filled the quote.
    Done,
    /// Nothing more was ready.
    NotReady,
    /// Polling the body panicked, with this text.
    Panicked(String),
}

impl Quote {
    /// Reads, without waiting, what a body has ready, through `next`, its
    /// poll: each chunk (`Some(Some(data))`; `Some(None)` for a frame that
    /// holds none), its end or failure (`None`), or nothing ready
    /// (`Pending`); until then, until [`READ_LIMIT`] bytes have come, or
    /// until `next` panics.
    pub(crate) async fn read<D: AsRef<[u8]>>(
        mut next: impl FnMut(&mut Context<'_>) -> Poll<Option<Option<D>>>,
    ) -> String {
        let mut quote = Quote::default();
        let stop = core::future::poll_fn(|cx| {
            loop {
                match catch(|| next(cx)) {
                    Ok(Poll::Ready(Some(Some(data)))) => {
                        if quote.take(data.as_ref()) {
                            return Poll::Ready(Stop::Done);
                        }
                    }
                    Ok(Poll::Ready(Some(None))) => {}
                    Ok(Poll::Ready(None)) => return Poll::Ready(Stop::Done),
                    Ok(Poll::Pending) => return Poll::Ready(Stop::NotReady),
                    Err(payload) => {
                        return Poll::Ready(Stop::Panicked(String::from(panic_text(&*payload))));
                    }
                }
            }
        })
        .await;
        quote.text(&stop)
    }

    /// Keeps what of `data` fits under [`READ_LIMIT`]; `true` once full,
    /// when reading stops.
    fn take(&mut self, data: &[u8]) -> bool {
        #[allow(clippy::cast_possible_truncation)] // 64 KiB fits any usize
        let room = (READ_LIMIT as usize).saturating_sub(self.bytes.len());
        self.bytes.extend_from_slice(&data[..data.len().min(room)]);
        data.len() >= room
    }

    /// The text for the log, given why reading stopped: the note saying
    /// why ends the text, within the log's limit ([`CAUSE_LIMIT`]), and
    /// the body's text gives way to it.
    fn text(&self, stop: &Stop) -> String {
        let body = String::from_utf8_lossy(&self.bytes);
        let note = match stop {
            Stop::Done => return String::from(truncate(&body)),
            Stop::NotReady if body.is_empty() => {
                return String::from("(a body not ready when its answer was, not read)");
            }
            Stop::NotReady => String::from("(the rest not ready, not read)"),
            Stop::Panicked(panic) => format!(
                "(reading the body panicked, not read further: {})",
                cut(panic, CAUSE_LIMIT / 2)
            ),
        };
        if body.is_empty() {
            return note;
        }
        format!("{} {note}", cut(&body, CAUSE_LIMIT - note.len() - 1))
    }
}

/// Whether a body of this `content-type` is text worth quoting in the log:
/// none given, `text/*`, JSON (`application/json`) or a JSON type of its
/// own (`application/problem+json`, `application/vnd.x+json`).
fn is_text(content_type: Option<&str>) -> bool {
    let Some(content_type) = content_type else {
        return true;
    };
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    essence.starts_with("text/")
        || essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// The status a response is answered for: its own, but a 405 without
/// `Allow` (a guard that declined a request whose method the resource
/// allows, a 405 written by hand) or a 426 without `Upgrade` is answered
/// as a 400, a client's mistake of another kind: HTTP sends neither without
/// that header (RFC 9110), so the table's 405 or 426 cannot answer it.
/// `carries(name)` says whether the response has header `name` as it will
/// be sent.
pub(crate) fn answered_as(status: u16, carries: impl FnOnce(&'static str) -> bool) -> u16 {
    let required = match status {
        405 => "allow",
        426 => "upgrade",
        _ => return status,
    };
    if carries(required) { status } else { 400 }
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

/// The headers a replaced answer drops: those that described the old
/// body, and `Retry-After` unless the new answer (`answer`; `None` where
/// it keeps the old status, below 400) is a 429.
pub(crate) fn dropped_headers(answer: Option<u16>) -> impl Iterator<Item = &'static str> {
    let retry_after = answer.is_some_and(|code| code != 429);
    // A 416's `Content-Range` (`bytes */1336`) gives the length of what
    // was asked for, not a range of the body (RFC 9110): it stays on a 416.
    let range_stays = answer == Some(416);
    REPRESENTATION
        .into_iter()
        .filter(move |&name| !(range_stays && name == "content-range"))
        .chain(retry_after.then_some("retry-after"))
}

/// What an answer this crate made, still as made, loses of the headers
/// added to it since: `Retry-After`, on any status but 429 (a
/// `([(RETRY_AFTER, "5")], error)` with a 503), as on the answers the
/// layers make. Headers describing the body stay: a layer inside may have
/// encoded it.
pub(crate) fn dropped_from_made(status: u16) -> Option<&'static str> {
    (status != 429).then_some("retry-after")
}

/// The headers that describe a body: they would describe the old one.
const REPRESENTATION: [&str; 14] = [
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

#[cfg(test)]
mod tests {
    use alloc::format;
    use alloc::string::String;

    use super::{CAUSE_LIMIT, Quote, READ_LIMIT, Stop, dropped_headers, unread};

    /// A replaced answer drops what described the old body; a 416 keeps
    /// its `Content-Range`, which gives the length of what was asked for,
    /// and only a 429 keeps `Retry-After`.
    #[test]
    fn a_416_keeps_its_content_range() {
        let drops = |answer| dropped_headers(answer).collect::<alloc::vec::Vec<_>>();
        assert!(drops(Some(400)).contains(&"content-range"));
        assert!(drops(Some(400)).contains(&"retry-after"));
        assert!(!drops(Some(416)).contains(&"content-range"));
        assert!(drops(Some(416)).contains(&"content-length"));
        assert!(!drops(Some(429)).contains(&"retry-after"));
        assert!(drops(None).contains(&"content-range"));
    }

    /// A text body is read for the log up to [`READ_LIMIT`] bytes, that
    /// size included; a larger one, or one of no known size, is not.
    #[test]
    fn a_body_of_the_read_limit_is_read() {
        let text = Some(&b"text/plain"[..]);
        assert_eq!(unread(text, None, Some(READ_LIMIT)), None);
        assert_eq!(unread(text, Some(b"IDENTITY"), Some(0)), None);
        let large = Some("(a streamed or large body, not read)");
        assert_eq!(unread(text, None, Some(READ_LIMIT + 1)), large);
        assert_eq!(unread(text, None, None), large);
    }

    /// A long body's text makes room for the note on why reading stopped,
    /// which ends the text within the log's limit.
    #[test]
    fn the_note_survives_a_long_body() {
        let quote = Quote {
            bytes: "é".repeat(1500).into_bytes(),
        };
        let text = quote.text(&Stop::NotReady);
        let note = " (the rest not ready, not read)";
        assert_eq!(
            text,
            format!("{}{note}", "é".repeat((CAUSE_LIMIT - note.len()) / 2))
        );
        assert!(text.len() <= CAUSE_LIMIT);

        let panic = "p".repeat(3000);
        let text = quote.text(&Stop::Panicked(panic));
        let note = format!(
            " (reading the body panicked, not read further: {})",
            "p".repeat(CAUSE_LIMIT / 2)
        );
        assert_eq!(
            text,
            format!("{}{note}", "é".repeat((CAUSE_LIMIT - note.len()) / 2))
        );

        // A body read to its end is cut at the limit alone.
        let text = quote.text(&Stop::Done);
        assert_eq!(text, "é".repeat(CAUSE_LIMIT / 2));

        // Short texts stay whole.
        let quote = Quote {
            bytes: b"upstream said: no".to_vec(),
        };
        assert_eq!(
            quote.text(&Stop::NotReady),
            "upstream said: no (the rest not ready, not read)"
        );
        assert_eq!(
            Quote::default().text(&Stop::Panicked(String::from("gone"))),
            "(reading the body panicked, not read further: gone)"
        );
    }
}
