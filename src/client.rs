//! The client side (feature `json`): [`classify`] sorts an HTTP response into
//! a documented code with its body, an empty 204 (or other code HTTP sends
//! without content), or something else, and says
//! why. It takes the status as a number and the body as bytes, so it works
//! with any HTTP client and needs neither the `http` feature nor a runtime.
//! [`classify_as`] does the same against a table of your own.
//!
//! Both read a response that has a body by HTTP's rules: the answer to a
//! `HEAD` request has none whatever its status, so classify it by status
//! alone (`Code::from_u16(status)`), or send the same request as `GET`.
//!
//! ```
//! use apicodes::client::{Classified, Reason, classify};
//! use apicodes::Code;
//!
//! // The API's own error: the status line and the body agree.
//! let res = classify(404, br#"{ "code": 404, "message": "Not found"}"#);
//! assert!(matches!(res, Classified::Documented { code: Code::NotFound, .. }));
//!
//! // A proxy's HTML page during an outage.
//! let res = classify(502, b"<html><body>Bad Gateway</body></html>");
//! let Classified::Other(other) = res else { panic!("a 502 is not documented") };
//! assert!(matches!(other.reason(), Reason::UndocumentedStatus(_)));
//! assert!(other.to_string().contains("check server status or contact support"));
//! ```

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use apicodes_core::__private::{example_number, sent_without_body};

use crate::{Body, Code, Table};

/// What a response turned out to be; see [`classify`].
///
/// ```
/// use apicodes::client::{Classified, classify};
/// use apicodes::Code;
///
/// match classify(410, br#"{"code":410,"message":"Gone"}"#) {
///     Classified::Documented { code, body } => {
///         assert_eq!(code, Code::Gone);
///         assert_eq!(body.message, "Gone");
///     }
///     Classified::NoContent { .. } => unreachable!("a 410 has content"),
///     Classified::Other(other) => panic!("{other}"),
/// }
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
#[must_use]
pub enum Classified<T: Table = Code> {
    /// A documented code whose body is the documented JSON shape and carries
    /// the same code. The message may differ from the documented one: an API
    /// may send its own (`"No user 7"`).
    ///
    /// ```
    /// use apicodes::client::{Classified, classify};
    /// use apicodes::{Body, Code};
    ///
    /// assert_eq!(
    ///     classify(404, br#"{"code":404,"message":"No user 7"}"#),
    ///     Classified::Documented { code: Code::NotFound, body: Body::new(404, "No user 7") },
    /// );
    /// ```
    Documented {
        /// The code, from the status line and the body alike.
        code: T,
        /// The body.
        body: Body<'static>,
    },
    /// A documented code HTTP sends without content (a 1xx, 204, 205 or
    /// 304, RFC 9110; see [`Status::has_body`](crate::Status::has_body)),
    /// with the empty body it requires. The standard table's one such code
    /// is 204, for a deleted resource.
    ///
    /// ```
    /// use apicodes::client::{Classified, classify};
    /// use apicodes::Code;
    ///
    /// let res = classify(204, b"");
    /// assert_eq!(res, Classified::NoContent { code: Code::NoContent });
    /// assert_eq!(res.to_string(), "204 No content");
    /// ```
    NoContent {
        /// The code, from the status line.
        code: T,
    },
    /// Anything else: the status and why the response is not one of the
    /// documented ones.
    ///
    /// ```
    /// use apicodes::client::{Classified, Reason, classify};
    ///
    /// let Classified::Other(other) = classify(404, b"<html>Not Found</html>") else {
    ///     unreachable!()
    /// };
    /// assert_eq!(other.status(), 404);
    /// assert!(matches!(other.reason(), Reason::NotJson { .. }));
    /// ```
    Other(
        /// The response's status and why it is not a documented answer.
        Other<T>,
    ),
}

impl<T: Table> Classified<T> {
    /// The response's status.
    ///
    /// ```
    /// use apicodes::client::classify;
    ///
    /// assert_eq!(classify(204, b"").status(), 204);
    /// assert_eq!(classify(503, b"busy").status(), 503);
    /// ```
    #[must_use]
    pub fn status(&self) -> u16 {
        match self {
            Classified::Documented { code, .. } | Classified::NoContent { code } => code.as_u16(),
            Classified::Other(other) => other.status,
        }
    }

    /// The documented code, or `None` for [`Classified::Other`].
    ///
    /// ```
    /// use apicodes::client::classify;
    /// use apicodes::Code;
    ///
    /// assert_eq!(classify(204, b"").code(), Some(Code::NoContent));
    /// assert_eq!(classify(404, b"<html>").code(), None);
    /// ```
    #[must_use]
    pub fn code(&self) -> Option<T> {
        match self {
            Classified::Documented { code, .. } | Classified::NoContent { code } => Some(*code),
            Classified::Other(_) => None,
        }
    }
}

/// Writes `404 Not found` (the body's message), `204 No content`, or the
/// [`Other`] explanation.
impl<T: Table> fmt::Display for Classified<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Classified::Documented { body, .. } => fmt::Display::fmt(body, f),
            Classified::NoContent { code } => fmt::Display::fmt(code, f),
            Classified::Other(other) => fmt::Display::fmt(other, f),
        }
    }
}

/// A response that is not one of the documented ones: its status, the
/// [`Reason`], and the body when it was nonetheless the documented JSON shape.
///
/// As an error, its message says what was wrong and what to do.
///
/// ```
/// use apicodes::client::{Classified, Reason, classify};
///
/// let Classified::Other(other) = classify(500, br#"{"code":500,"message":"Oops"}"#) else {
///     unreachable!()
/// };
/// assert_eq!(other.status(), 500);
/// assert_eq!(other.reason(), &Reason::UndocumentedStatus(apicodes::UnknownCode(500)));
/// assert_eq!(other.body().map(|b| &*b.message), Some("Oops"));
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Other<T: Table = Code> {
    status: u16,
    reason: Reason<T>,
    body: Option<Body<'static>>,
}

impl<T: Table> Other<T> {
    /// The response's status.
    ///
    /// ```
    /// use apicodes::client::{Classified, classify};
    ///
    /// let Classified::Other(other) = classify(418, b"") else { unreachable!() };
    /// assert_eq!(other.status(), 418);
    /// ```
    #[must_use]
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Why the response is not a documented one.
    ///
    /// ```
    /// use apicodes::client::{Classified, Reason, classify};
    ///
    /// let Classified::Other(other) = classify(404, b"") else { unreachable!() };
    /// assert_eq!(other.reason(), &Reason::EmptyBody);
    /// ```
    #[must_use]
    pub fn reason(&self) -> &Reason<T> {
        &self.reason
    }

    /// The body, when it was the documented JSON shape despite the
    /// [`reason`](Other::reason): with an undocumented status, a code
    /// disagreeing with the status line, or on a code sent without content
    /// (a 204).
    ///
    /// ```
    /// use apicodes::client::{Classified, Reason, classify};
    ///
    /// let Classified::Other(other) = classify(400, br#"{"code":404,"message":"Not found"}"#) else {
    ///     unreachable!()
    /// };
    /// assert_eq!(other.reason(), &Reason::CodeMismatch { body_code: 404 });
    /// assert_eq!(other.body().map(|b| b.code), Some(404));
    /// ```
    #[must_use]
    pub fn body(&self) -> Option<&Body<'static>> {
        self.body.as_ref()
    }
}

/// The reason says which body the status should have carried: the 429's
/// for a 429, not the table's example.
impl<T: Table> fmt::Display for Other<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unexpected {} response: ", self.status)?;
        self.reason.describe(Some(self.status), f)
    }
}

impl<T: Table> core::error::Error for Other<T> {}

/// Why [`classify`] found a response to be [`Classified::Other`]. Each
/// message says what was wrong and what to do.
///
/// ```
/// use apicodes::client::{Classified, Reason, classify};
///
/// let Classified::Other(other) = classify(429, b"slow down") else { unreachable!() };
/// let Reason::NotJson { detail } = other.reason() else { unreachable!() };
/// assert_eq!(detail, "expected value at line 1 column 1");
/// assert!(other.reason().to_string().starts_with("the body is not JSON"));
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Reason<T: Table = Code> {
    /// The status is not a documented code, such as a proxy's `502`:
    /// [`UnknownCode`](crate::UnknownCode) for the standard table,
    /// [`UnknownCodeIn<T>`](crate::UnknownCodeIn) for a table of your own.
    ///
    /// ```
    /// use apicodes::client::{Classified, Reason, classify};
    /// use apicodes::UnknownCode;
    ///
    /// let Classified::Other(other) = classify(502, b"Bad Gateway") else { unreachable!() };
    /// assert_eq!(other.reason(), &Reason::UndocumentedStatus(UnknownCode(502)));
    /// // The message is the unknown code's: the number and the page's advice.
    /// assert_eq!(other.reason().to_string(), UnknownCode(502).to_string());
    /// ```
    UndocumentedStatus(
        /// The status, as the table's error for a number it does not document.
        T::Unknown,
    ),
    /// A `204 No Content` (or another code HTTP sends without content: a
    /// 1xx, 205 or 304 your table documents) arrived with a body, which
    /// HTTP forbids.
    ///
    /// ```
    /// use apicodes::client::{Classified, Reason, classify};
    /// use apicodes::Code;
    ///
    /// let Classified::Other(other) = classify(204, b"{}") else { unreachable!() };
    /// assert_eq!(other.reason(), &Reason::BodyOnNoContent { status: 204, len: 2 });
    /// assert_eq!(
    ///     other.reason().to_string(),
    ///     format!(
    ///         "a 204 response has no content (RFC 9110), but this one has 2 bytes, so it \
    ///          likely did not come from the API. {}",
    ///         Code::OTHER_ERRORS,
    ///     ),
    /// );
    /// ```
    BodyOnNoContent {
        /// The status, a 1xx, 204, 205 or 304.
        status: u16,
        /// The body's length in bytes.
        len: usize,
    },
    /// The body is empty (or only whitespace) on a code that has one.
    ///
    /// ```
    /// use apicodes::client::{Classified, Reason, classify};
    /// use apicodes::Code;
    ///
    /// let Classified::Other(other) = classify(404, b" \n") else { unreachable!() };
    /// assert_eq!(other.reason(), &Reason::EmptyBody);
    /// assert_eq!(
    ///     other.reason().to_string(),
    ///     format!(
    ///         "the body is empty, but the API sends a JSON body such as \
    ///          {{\"code\":404,\"message\":\"Not found\"}} with every code except 204, so the \
    ///          response likely came from a proxy or load balancer in front of it. {}",
    ///         Code::OTHER_ERRORS,
    ///     ),
    /// );
    /// ```
    EmptyBody,
    /// The body is not JSON, such as an HTML error page.
    ///
    /// ```
    /// use apicodes::client::{Classified, Reason, classify};
    ///
    /// let Classified::Other(other) = classify(429, b"<html>Slow down</html>") else {
    ///     unreachable!()
    /// };
    /// let detail = "expected value at line 1 column 1".to_owned();
    /// assert_eq!(other.reason(), &Reason::NotJson { detail });
    /// ```
    NotJson {
        /// What the JSON parser found wrong, with its position.
        detail: String,
    },
    /// The body is JSON, but not a `{"code":...,"message":...}` object.
    ///
    /// ```
    /// use apicodes::client::{Classified, Reason, classify};
    ///
    /// let Classified::Other(other) = classify(404, br#"{"error":"not found"}"#) else {
    ///     unreachable!()
    /// };
    /// let detail = "missing field `code`; expected a response body with `code` and `message` once each: {\"code\":...,\"message\":\"...\"} at line 1 column 21".to_owned();
    /// assert_eq!(other.reason(), &Reason::WrongShape { detail });
    /// ```
    WrongShape {
        /// What did not fit, with its position. A long one (a string
        /// quoted where a number belongs) keeps its first 96 and last 160
        /// characters, and a note says how many it left out between them,
        /// where that is shorter than what it leaves out.
        detail: String,
    },
    /// The body's code is not the status line's.
    ///
    /// ```
    /// use apicodes::client::{Classified, Reason, classify};
    ///
    /// let body = br#"{"code":404,"message":"Not found"}"#;
    /// let Classified::Other(other) = classify(400, body) else { unreachable!() };
    /// assert_eq!(other.reason(), &Reason::CodeMismatch { body_code: 404 });
    /// let message = other.reason().to_string();
    /// assert!(message.starts_with("the body says code 404 but the status line disagrees"));
    /// ```
    CodeMismatch {
        /// The code in the body.
        body_code: u16,
    },
}

impl<T: Table> fmt::Display for Reason<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.describe(None, f)
    }
}

impl<T: Table> Reason<T> {
    /// The message, for a response with this `status` where known: the
    /// body shown is that code's where it has one, else the table's example.
    fn describe(&self, status: Option<u16>, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let own = status
            .filter(|&status| !sent_without_body(status))
            .and_then(T::from_u16)
            .map(T::json);
        let example = own.unwrap_or_else(example::<T>);
        match self {
            Reason::UndocumentedStatus(unknown) => return fmt::Display::fmt(unknown, f),
            Reason::BodyOnNoContent { status, len } => write!(
                f,
                "a {status} response has no content (RFC 9110), but this one has {len} \
                 byte{}, so it likely did not come from the API.",
                if *len == 1 { "" } else { "s" }
            )?,
            Reason::EmptyBody => {
                write!(
                    f,
                    "the body is empty, but the API sends a JSON body such as {example} with \
                     every code"
                )?;
                // The table's codes sent without content, as a list.
                let mut bodiless = T::ALL
                    .iter()
                    .map(|code| code.as_u16())
                    .filter(|&number| sent_without_body(number))
                    .peekable();
                let mut first = true;
                while let Some(number) = bodiless.next() {
                    let joint = match (first, bodiless.peek().is_some()) {
                        (true, _) => " except ",
                        (false, true) => ", ",
                        (false, false) => " and ",
                    };
                    write!(f, "{joint}{number}")?;
                    first = false;
                }
                f.write_str(
                    ", so the response likely came from a proxy or load balancer in front of it.",
                )?;
            }
            Reason::NotJson { detail } => write!(
                f,
                "the body is not JSON ({detail}); an HTML or plain-text page usually comes \
                 from a proxy or load balancer in front of the API, not from the API."
            )?,
            Reason::WrongShape { detail } => {
                if own.is_some() {
                    write!(
                        f,
                        "the body is JSON but not the documented {example} object"
                    )?;
                } else {
                    write!(
                        f,
                        "the body is JSON but not a documented body such as {example}"
                    )?;
                }
                return write!(
                    f,
                    " ({detail}); \
                     check that the request went to the API's URL and that the API is the \
                     version this client was written for"
                );
            }
            Reason::CodeMismatch { body_code } => {
                return write!(
                    f,
                    "the body says code {body_code} but the status line disagrees, so neither \
                     can be trusted; something between the API and this client rewrote the \
                     response, or the server is misbehaving: report it to the API's operators"
                );
            }
        }
        // The table's advice for responses that did not come from the API.
        write!(
            f,
            " {}",
            apicodes_core::__private::other_errors_advice::<T>()
        )
    }
}

impl<T: Table> core::error::Error for Reason<T> {}

/// A body to show in messages: the table's 404 if it documents one (the
/// standard page's own sample), else its first error code's, else its
/// first code's that has a body.
fn example<T: Table>() -> &'static str {
    example_number(T::ALL.iter().map(|&code| code.as_u16()))
        .and_then(T::from_u16)
        .map_or(r#"{"code":404,"message":"Not found"}"#, T::json)
}

/// Sorts a response into a documented code with its body, an empty 204
/// (or other code sent without content), or [`Classified::Other`] with the
/// [`Reason`].
///
/// `status` is the number on the status line (`res.status().as_u16()` with
/// `reqwest` or `http`); `body` the raw bytes. The body must be a JSON
/// object with an integer `code` equal to the status and a string `message`;
/// spaces and unknown fields are accepted, as in the documentation's own
/// examples. Returns [`Classified::Other`] for everything else and never
/// panics, whatever the bytes. (JSON allows a `\u` escape of half a UTF-16
/// surrogate pair alone, which no Rust string holds: in an unknown field it
/// is ignored with the field; in the message it is [`Reason::WrongShape`].)
///
/// A success response carrying other data (a `200` with a user record) is
/// `Other` with [`Reason::WrongShape`]: classify error responses, or check
/// the status first.
///
/// ```
/// use apicodes::client::{Classified, Reason, classify};
/// use apicodes::Code;
///
/// let res = classify(507, br#"{"code":507,"message":"Attribute limit 20 reached","limit":20}"#);
/// let Classified::Documented { code, body } = res else { unreachable!() };
/// assert_eq!(code, Code::OutOfStorage);
/// assert_eq!(body.message, "Attribute limit 20 reached");
///
/// assert_eq!(classify(204, b""), Classified::NoContent { code: Code::NoContent });
///
/// let Classified::Other(other) = classify(404, br#"{"error":"not found"}"#) else { unreachable!() };
/// assert!(matches!(other.reason(), Reason::WrongShape { .. }));
/// ```
pub fn classify(status: u16, body: &[u8]) -> Classified {
    classify_as::<Code>(status, body)
}

/// [`classify`] against a table of your own (see `#[apicodes::table]`):
/// the status must be a code table `T` documents, a code sent without
/// content (a 1xx, 204, 205 or 304, if `T` documents it) must have no body, and any other body must be the documented JSON
/// shape with the same code. Messages for a response that likely did not
/// come from the API (an undocumented status, an empty or non-JSON body,
/// a body where none is sent) carry `T`'s Other Errors text (or, for a
/// table without one, advice to check the server's status or ask its
/// operators); a body of the wrong shape or of another code says what to
/// check instead.
///
/// ```
/// use apicodes::Code;
/// use apicodes::client::{Classified, classify_as};
///
/// // `classify` is `classify_as::<Code>`.
/// let res = classify_as::<Code>(404, br#"{"code":404,"message":"No user 7"}"#);
/// assert!(matches!(res, Classified::Documented { code: Code::NotFound, .. }));
///
/// let Classified::Other(other) = classify_as::<Code>(404, b"") else { unreachable!() };
/// assert!(other.to_string().ends_with(Code::OTHER_ERRORS));
/// ```
pub fn classify_as<T: Table>(status: u16, body: &[u8]) -> Classified<T> {
    let other = |reason, body| {
        Classified::Other(Other {
            status,
            reason,
            body,
        })
    };
    let Some(code) = T::from_u16(status) else {
        return other(
            Reason::UndocumentedStatus(T::unknown(status)),
            parse::<T>(body).ok(),
        );
    };
    if sent_without_body(status) {
        return if body.is_empty() {
            Classified::NoContent { code }
        } else {
            other(
                Reason::BodyOnNoContent {
                    status,
                    len: body.len(),
                },
                parse::<T>(body).ok(),
            )
        };
    }
    match parse(body) {
        Ok(parsed) if parsed.code == status => Classified::Documented { code, body: parsed },
        Ok(parsed) => other(
            Reason::CodeMismatch {
                body_code: parsed.code,
            },
            Some(parsed),
        ),
        Err(reason) => other(reason, None),
    }
}

/// Reads a body in the documented shape, or says why it is not one.
fn parse<T: Table>(bytes: &[u8]) -> Result<Body<'static>, Reason<T>> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        // RFC 8259: JSON sent over a network has none; the API's never does.
        return Err(Reason::NotJson {
            detail: String::from(
                "a UTF-8 byte order mark at line 1 column 1, which JSON sent over a network \
                 must not start with (RFC 8259)",
            ),
        });
    }
    // JSON's white space is these four bytes only (a form feed is text).
    let Some(&first) = bytes
        .iter()
        .find(|&&b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    else {
        return Err(Reason::EmptyBody);
    };
    // `Body`'s Deserialize also takes `[404, "Not found"]`, as serde does for
    // any struct; the documented shape is an object only.
    if first != b'{' {
        return Err(match not_json(bytes) {
            None => Reason::WrongShape {
                detail: alloc::format!("found {} where an object was expected", json_kind(first)),
            },
            Some(detail) => Reason::NotJson { detail },
        });
    }
    let body = match serde_json::from_slice::<Body<'_>>(bytes) {
        Ok(body) => body.into_owned(),
        Err(err) => {
            // An error may come before a syntax error further on, and
            // serde_json stops at limits of its own that JSON does not have
            // (a number beyond `f64`, nesting deeper than 128): a shape
            // complaint stands only if the whole text is JSON, else the text
            // is not JSON.
            if let Some(detail) = not_json(bytes) {
                return Err(Reason::NotJson { detail });
            }
            read_lone_surrogates(bytes).unwrap_or_else(|| {
                Err(Reason::WrongShape {
                    detail: detail(&err),
                })
            })?
        }
    };
    // serde_json skips an unknown field's string without checking its
    // UTF-8; a JSON text is UTF-8 throughout (RFC 8259), so check it all.
    if core::str::from_utf8(bytes).is_err() {
        if let Some(detail) = not_json(bytes) {
            return Err(Reason::NotJson { detail });
        }
    }
    Ok(body)
}

/// A JSON text holding a `\u` escape of half a UTF-16 surrogate pair without
/// its other half, which JSON allows and no Rust string holds: `serde_json`
/// refuses one wherever it reads text, in a key too. In an unknown field's
/// key it is as ignorable as the rest of the field; in the message it is
/// what does not fit. `None` if `text` (one JSON text) holds none.
fn read_lone_surrogates<T: Table>(text: &[u8]) -> Option<Result<Body<'static>, Reason<T>>> {
    let lone = lone_surrogates(text);
    if lone.is_empty() {
        return None;
    }
    // Read with each such escape as U+FFFD and as U+FFFE (six bytes for six,
    // so positions stay): the messages differ exactly when one was in the
    // message.
    let read = |with: [u8; 6]| {
        let mut text = text.to_vec();
        for &at in &lone {
            text[at..at + 6].copy_from_slice(&with);
        }
        serde_json::from_slice::<Body<'_>>(&text).map(Body::into_owned)
    };
    Some(match (read(*b"\\ufffd"), read(*b"\\ufffe")) {
        (Ok(body), Ok(other)) if body.message == other.message => Ok(body),
        (Ok(_), Ok(_)) => Err(Reason::WrongShape {
            detail: String::from(
                "the message holds a `\\u` escape of half a UTF-16 surrogate pair without \
                 its other half (such as `\\ud800` alone), which JSON allows but no Unicode \
                 text can hold",
            ),
        }),
        (Err(err), other) => {
            let text = err.to_string();
            let cut = cut(&text);
            let mut detail = shorten(&text, cut.as_ref());
            // Where the detail shows a U+FFFD that replaced an escape, say
            // so, or it quotes a character the body does not hold. The other
            // reading quotes that one as `\u{fffe}`, and one the body holds
            // itself alike; the cut may leave a replaced one out.
            let replaced = other.map_or_else(
                |other| replaced_at(&text, &other.to_string()),
                |_| Vec::new(),
            );
            let shown = |at: &usize| {
                cut.as_ref()
                    .is_none_or(|cut| *at < cut.from || *at >= cut.to)
            };
            if replaced.iter().any(shown) {
                detail.push_str(
                    " (a `\\u` escape of half a UTF-16 surrogate pair without its other half, \
                     which no Unicode text can hold, is quoted as `\u{fffd}`)",
                );
            }
            Err(Reason::WrongShape { detail })
        }
        (Ok(_), Err(err)) => Err(Reason::WrongShape {
            detail: detail(&err),
        }),
    })
}

/// Where `text` (one JSON text, where a `\\` only starts a string's escape)
/// has a `\u` escape of a lone surrogate: the offsets of their `\\`.
fn lone_surrogates(text: &[u8]) -> Vec<usize> {
    let unit = |at: usize| {
        let hex = text.get(at..at + 6)?.strip_prefix(b"\\u")?;
        let hex = core::str::from_utf8(hex).ok()?;
        u16::from_str_radix(hex, 16).ok()
    };
    let mut lone = Vec::new();
    let mut i = 0;
    while let Some(at) = text
        .get(i..)
        .and_then(|rest| rest.iter().position(|&b| b == b'\\'))
        .map(|found| i + found)
    {
        // Past the escape: a pair, a `\uXXXX`, or `\\` and one character.
        i = match unit(at) {
            Some(0xD800..=0xDBFF) if matches!(unit(at + 6), Some(0xDC00..=0xDFFF)) => at + 12,
            Some(0xD800..=0xDFFF) => {
                lone.push(at);
                at + 6
            }
            Some(_) => at + 6,
            None => at + 2,
        };
    }
    lone
}

/// Why `bytes` is not one JSON text (RFC 8259), or `None` if it is: its
/// syntax read without building values (so without `serde_json`'s limits on
/// numbers and nesting, and taking any `\u` escape), and its UTF-8. Only
/// runs on a body already rejected, or not UTF-8.
fn not_json(bytes: &[u8]) -> Option<String> {
    if let Err(err) = serde_json::from_slice::<serde::de::IgnoredAny>(bytes) {
        return Some(err.to_string());
    }
    core::str::from_utf8(bytes).err().map(|utf8| {
        let before = &bytes[..utf8.valid_up_to()];
        let line = before.split(|&b| b == b'\n').count();
        let column = before
            .split(|&b| b == b'\n')
            .next_back()
            .map_or(0, <[u8]>::len)
            + 1;
        alloc::format!("invalid UTF-8 at line {line} column {column}")
    })
}

/// `serde_json`'s message about a body's shape, its middle left out where
/// it is long: it quotes a string in the wrong place (`"code":"..."`) in
/// full, and a body may be a whole request's worth, while the message may
/// be logged. What was found starts it and what was expected ends it, so
/// both stay; the cut never splits an escape the quote wrote (`\n`,
/// `\u{301}`), and is made only where it saves more than its note costs.
fn detail(err: &serde_json::Error) -> String {
    let text = err.to_string();
    shorten(&text, cut(&text).as_ref())
}

/// Where [`detail`] cuts a text: the bytes before `from` and from `to` on
/// are kept, and `note` says how many characters between them go.
struct Cut {
    from: usize,
    to: usize,
    note: String,
}

/// `text` with its middle left out where `cut` says so.
fn shorten(text: &str, cut: Option<&Cut>) -> String {
    match cut {
        Some(Cut { from, to, note }) => alloc::format!("{}{note}{}", &text[..*from], &text[*to..]),
        None => String::from(text),
    }
}

/// Where [`detail`] cuts `text`; `None` where it is kept whole.
fn cut(text: &str) -> Option<Cut> {
    const HEAD: usize = 96;
    const TAIL: usize = 160;
    // Where each character or escape starts, in bytes and in characters.
    let mut starts = Vec::new();
    let mut chars = text.char_indices().enumerate().peekable();
    while let Some((nth, (at, c))) = chars.next() {
        starts.push((at, nth));
        // An escape's second character, and a `\u{...}`'s whole braces.
        if c == '\\'
            && chars.next().is_some_and(|(_, (_, c))| c == 'u')
            && chars.next_if(|&(_, (_, c))| c == '{').is_some()
        {
            chars.by_ref().find(|&(_, (_, c))| c == '}');
        }
    }
    let count = text.chars().count();
    // The head ends, and the tail starts, where an escape or a character
    // does, within `HEAD` and `TAIL` characters.
    let &(from, from_nth) = starts.iter().rev().find(|&&(_, nth)| nth <= HEAD)?;
    let &(to, to_nth) = starts.iter().find(|&&(_, nth)| nth + TAIL >= count)?;
    let left_out = to_nth.saturating_sub(from_nth);
    let note = alloc::format!("... ({left_out} characters left out) ...");
    (left_out > note.chars().count()).then_some(Cut { from, to, note })
}

/// Where, in bytes, `text` (a message of the reading with U+FFFD for each
/// lone surrogate's escape) shows a U+FFFD that `other` (the same with
/// U+FFFE, which a quote writes `\u{fffe}`) does not: the replaced ones.
fn replaced_at(text: &str, other: &str) -> Vec<usize> {
    let mut replaced = Vec::new();
    let mut rest = other;
    for (at, c) in text.char_indices() {
        if c == '\u{fffd}' {
            if let Some(after) = rest.strip_prefix("\\u{fffe}") {
                replaced.push(at);
                rest = after;
                continue;
            }
        }
        let mut others = rest.chars();
        if others.next() != Some(c) {
            break;
        }
        rest = others.as_str();
    }
    replaced
}

/// What a valid JSON text starting with `first` is, for messages.
fn json_kind(first: u8) -> &'static str {
    match first {
        b'[' => "an array",
        b'"' => "a string",
        b't' | b'f' => "a boolean",
        b'n' => "null",
        _ => "a number",
    }
}
