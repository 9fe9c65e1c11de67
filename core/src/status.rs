//! `Status`: what an error answers with, a documented code or an outage.

use core::cmp::Ordering;
use core::fmt;

use crate::code::Code;
use crate::table::Table;

/// What an error answers with: a code its table documents, or an
/// undocumented server error, which the page's "Other Errors" section
/// covers (an outage, such as a database that is down).
///
/// With feature `http`, it converts to `http::StatusCode` and back.
///
/// It compares equal to the table's code it holds, so tests read
/// naturally:
///
/// ```
/// use apicodes::{ApiError, Code, OtherError, Status};
///
/// assert_eq!(Code::NotFound.code(), Code::NotFound);
/// assert_eq!(Code::NotFound.code().as_u16(), 404);
///
/// let outage: Status = Status::Other(OtherError::INTERNAL);
/// assert_eq!(outage.as_u16(), 500);
/// assert_eq!(outage.message(), "Server error");
/// assert!(outage.description().starts_with("If you are getting other error codes"));
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Status<T = Code> {
    /// A code the table documents.
    ///
    /// ```
    /// use apicodes::{Code, Status};
    ///
    /// let status = Status::Documented(Code::Gone);
    /// assert_eq!(status.as_u16(), 410);
    /// assert_eq!(status.message(), "Gone");
    /// assert_eq!(Status::<Code>::from_u16(410), Some(status));
    /// ```
    Documented(
        /// The table's code.
        T,
    ),
    /// A server error (5xx) the table does not document: an outage. One
    /// made by hand at a number the table documents is sent as made, with
    /// the outage's message; [`Status::from_u16`] and
    /// [`Status::answer_for`] give such a number its documented code.
    ///
    /// ```
    /// use apicodes::{Code, OtherError, Status};
    ///
    /// let status: Status<Code> = Status::Other(OtherError::new(503).unwrap());
    /// assert_eq!(status.as_u16(), 503);
    /// assert_eq!(status.message(), "Server error");
    /// assert_eq!(status.documented(), None);
    /// ```
    Other(
        /// The 5xx number, sent with the outage body.
        OtherError,
    ),
}

/// A server error (500 to 599) that a table does not document: the page's
/// "Other Errors". Its body carries a short fixed message
/// ([`OtherError::MESSAGE`]), or the public one its variant writes, and
/// never the error's cause, which goes to the log.
///
/// ```
/// use apicodes::OtherError;
///
/// assert_eq!(OtherError::new(503).map(OtherError::as_u16), Some(503));
/// assert_eq!(OtherError::new(404), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct OtherError(u16);

impl OtherError {
    /// `500`: what `#[api_error(other_error)]` answers with unless it names
    /// another code.
    ///
    /// ```
    /// assert_eq!(apicodes::OtherError::INTERNAL.as_u16(), 500);
    /// ```
    pub const INTERNAL: OtherError = OtherError(500);

    /// The public message of an outage's body, unless the variant writes
    /// its own with `message = "..."`.
    ///
    /// ```
    /// assert_eq!(apicodes::OtherError::MESSAGE, "Server error");
    /// ```
    pub const MESSAGE: &'static str = "Server error";

    /// The heading of the page's section: `"Other Errors"`.
    ///
    /// ```
    /// assert_eq!(apicodes::OtherError::TITLE, "Other Errors");
    /// ```
    pub const TITLE: &'static str = "Other Errors";

    /// The server error with this number: `None` unless 500 to 599
    /// (`OtherError::try_from` says why, with [`NotServerError`]).
    ///
    /// ```
    /// use apicodes::OtherError;
    ///
    /// assert!(OtherError::new(599).is_some());
    /// assert!(OtherError::new(600).is_none());
    /// ```
    #[must_use]
    pub const fn new(code: u16) -> Option<OtherError> {
        if 500 <= code && code <= 599 {
            Some(OtherError(code))
        } else {
            None
        }
    }

    /// The number.
    ///
    /// ```
    /// assert_eq!(apicodes::OtherError::INTERNAL.as_u16(), 500);
    /// ```
    #[must_use]
    pub const fn as_u16(self) -> u16 {
        self.0
    }
}

/// The server error with this number, or an error saying why there is
/// none: [`OtherError::new`] with a reason.
///
/// ```
/// use apicodes::{NotServerError, OtherError};
///
/// assert_eq!(OtherError::try_from(503), Ok(OtherError::new(503).unwrap()));
/// let err = OtherError::try_from(418).unwrap_err();
/// assert_eq!(err, NotServerError(418));
/// assert!(err.to_string().starts_with("418 is not a server error"));
/// ```
impl TryFrom<u16> for OtherError {
    type Error = NotServerError;

    fn try_from(code: u16) -> Result<Self, NotServerError> {
        OtherError::new(code).ok_or(NotServerError(code))
    }
}

/// A number that is no server error (500 to 599), so no [`OtherError`]:
/// the error of `OtherError::try_from(u16)`. Its message says which
/// numbers an outage may have, and what to send instead.
///
/// ```
/// let err = apicodes::OtherError::try_from(404).unwrap_err();
/// assert_eq!(err.0, 404);
/// assert_eq!(
///     err.to_string(),
///     "404 is not a server error: an outage (`OtherError`) is 500 to 599; \
///      answer with a code your table documents instead",
/// );
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct NotServerError(
    /// The number given.
    pub u16,
);

impl fmt::Display for NotServerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not a server error: an outage (`OtherError`) is 500 to 599; \
             answer with a code your table documents instead",
            self.0
        )
    }
}

impl core::error::Error for NotServerError {}

impl<T: Table> Status<T> {
    /// What a response with this number is in table `T`: a documented
    /// code, an undocumented server error, or `None` for anything else.
    ///
    /// ```
    /// use apicodes::{Code, OtherError, Status};
    ///
    /// assert_eq!(Status::<Code>::from_u16(404), Some(Status::Documented(Code::NotFound)));
    /// assert_eq!(Status::<Code>::from_u16(503), OtherError::new(503).map(Status::Other));
    /// assert_eq!(Status::<Code>::from_u16(418), None);
    /// ```
    #[must_use]
    pub fn from_u16(code: u16) -> Option<Status<T>> {
        match T::from_u16(code) {
            Some(code) => Some(Status::Documented(code)),
            None => OtherError::new(code).map(Status::Other),
        }
    }

    /// The documented answer for a response a framework or a handler made
    /// by itself, with status `status`: the status itself where table `T`
    /// documents it (as an error's code), 400 for any other 4xx, an outage
    /// for any other 5xx; `None` for a 2xx or 3xx, and for a 101 (a
    /// protocol upgrade), which the contract layers pass untouched. A final
    /// response with another 1xx, which HTTP does not allow (hyper replaces
    /// one with an empty 500 and closes the connection), and a status of 600
    /// or more, which HTTP does not define and no table documents, are the
    /// server's failure ([`Status::internal`]).
    ///
    /// A table without 400 answers a client's mistake with 422 where it
    /// documents that, else with its lowest other 4xx: first those that
    /// say nothing more, then those that say the resource does not exist
    /// (404, 410; for a 404 or a 410, the other one first), last those
    /// that ask the client to act on its payment, permissions or pace
    /// (402, 403, 429). Never with a 401, 405, 407 or 426: HTTP sends them
    /// only with a header saying what the request lacked
    /// (`WWW-Authenticate`, `Allow`, `Proxy-Authenticate`, `Upgrade`),
    /// which only a response that had that status carries (and a malformed
    /// body answered 401 would sign a user out). A refusal of credentials
    /// (401, 407) the table does not document is its 403 where it has one
    /// (which needs no header); a 403 it does not document answers as any
    /// other mistake. A table left with no 4xx to answer with has no answer
    /// for a client's mistake that its page allows, so a 4xx becomes
    /// [`Status::internal`].
    ///
    /// A wrong method (405) is therefore a 400: the request is not
    /// formatted as the documentation says ("Read the docs and try
    /// again"), where a 404 would tell the client the resource does not
    /// exist.
    ///
    /// So are the answers to conditional and range requests (412
    /// Precondition Failed, 416 Range Not Satisfiable, from a file server
    /// such as actix-files or tower-http's `ServeDir`) where the table
    /// documents neither: a 400 without the 416's `Content-Range`, so a
    /// client resuming a download it already has whole (`curl -C -`) is
    /// told the request is bad. A table that documents 412 or 416 keeps
    /// them, a 416 with its `Content-Range` (the length of what was asked
    /// for); a 206 or 304 is no error and passes as made.
    ///
    /// A 408 (Request Timeout) the table does not document is answered as
    /// a 503: inside an application it comes from a timeout layer, so the
    /// server, not the request, ran out of time. (A request body too slow
    /// for tower-http's `RequestBodyTimeoutLayer` is another matter: the
    /// extractor reading it fails, and axum's rejection is a 400.)
    ///
    /// ```
    /// use apicodes::{Code, OtherError, Status};
    ///
    /// assert_eq!(Status::<Code>::answer_for(404), Some(Status::Documented(Code::NotFound)));
    /// assert_eq!(Status::<Code>::answer_for(405), Some(Status::Documented(Code::BadRequest)));
    /// assert_eq!(Status::<Code>::answer_for(413), Some(Status::Documented(Code::BadRequest)));
    /// assert_eq!(Status::<Code>::answer_for(407), Some(Status::Documented(Code::Forbidden)));
    /// assert_eq!(Status::<Code>::answer_for(503), OtherError::new(503).map(Status::Other));
    /// assert_eq!(Status::<Code>::answer_for(408), OtherError::new(503).map(Status::Other));
    /// assert_eq!(Status::<Code>::answer_for(200), None);
    /// assert_eq!(Status::<Code>::answer_for(999), Some(Status::Other(OtherError::INTERNAL)));
    /// assert_eq!(Status::<Code>::answer_for(100), Some(Status::Other(OtherError::INTERNAL)));
    /// assert_eq!(Status::<Code>::answer_for(101), None);
    /// ```
    #[must_use]
    pub fn answer_for(status: u16) -> Option<Status<T>> {
        match status {
            // Inside an application a 408 comes from a timeout layer
            // (tower-http's `TimeoutLayer`; tower's `timeout` mapped by a
            // `HandleErrorLayer`): the server ran out of time, which a 400
            // would blame on the request. The HTTP server's own 408, for a
            // client too slow to send its request, never reaches the layers.
            408 if T::from_u16(408).is_none() => Self::answer_for(503),
            400..=499 => {
                // The lowest 4xx, ranked by what it would tell the client.
                let fallback = || {
                    T::ALL
                        .iter()
                        .copied()
                        .filter_map(|code| {
                            let number = code.as_u16();
                            Some((mistake_rank(status, number)?, number, code))
                        })
                        .min_by_key(|&(rank, number, _)| (rank, number))
                        .map(|(_, _, code)| code)
                };
                // Credentials refused (an auth layer's own answer) stay
                // about credentials where the table has a 403. Never a 401
                // for another status: it would lack `WWW-Authenticate`.
                let credentials = || match status {
                    401 | 407 => T::from_u16(403),
                    _ => None,
                };
                let documented = T::from_u16(status)
                    .or_else(credentials)
                    .or_else(|| T::from_u16(400))
                    .or_else(|| T::from_u16(422))
                    .or_else(fallback);
                Some(documented.map_or_else(Self::internal, Status::Documented))
            }
            500..=599 => match T::from_u16(status) {
                Some(code) => Some(Status::Documented(code)),
                None => OtherError::new(status).map(Status::Other),
            },
            // Not HTTP (RFC 9110), nor any table's code; or a status HTTP
            // allows on an interim response only.
            600.. => Some(Self::internal()),
            _ if interim_only(status) => Some(Self::internal()),
            _ => None,
        }
    }

    /// The answer for a failure of the server's own (a panic, say): the
    /// table's 500 where it documents one, else the outage 500.
    ///
    /// ```
    /// use apicodes::{Code, OtherError, Status};
    ///
    /// assert_eq!(Status::<Code>::internal(), Status::Other(OtherError::INTERNAL));
    /// ```
    #[must_use]
    pub fn internal() -> Status<T> {
        T::from_u16(OtherError::INTERNAL.as_u16())
            .map_or(Status::Other(OtherError::INTERNAL), Status::Documented)
    }

    /// The number, sent as the status line and in the body.
    ///
    /// ```
    /// use apicodes::{Code, Status};
    ///
    /// assert_eq!(Status::Documented(Code::Gone).as_u16(), 410);
    /// ```
    #[must_use]
    pub fn as_u16(self) -> u16 {
        match self {
            Status::Documented(code) => code.as_u16(),
            Status::Other(other) => other.as_u16(),
        }
    }

    /// The documented code, or `None` for an outage.
    ///
    /// ```
    /// use apicodes::{Code, OtherError, Status};
    ///
    /// assert_eq!(Status::Documented(Code::Gone).documented(), Some(Code::Gone));
    /// assert_eq!(Status::<Code>::Other(OtherError::INTERNAL).documented(), None);
    /// ```
    #[must_use]
    pub fn documented(self) -> Option<T> {
        match self {
            Status::Documented(code) => Some(code),
            Status::Other(_) => None,
        }
    }

    /// Whether this is an undocumented server error (an outage).
    ///
    /// ```
    /// use apicodes::{Code, OtherError, Status};
    ///
    /// assert!(Status::<Code>::Other(OtherError::INTERNAL).is_other_error());
    /// assert!(!Status::Documented(Code::OutOfStorage).is_other_error());
    /// ```
    #[must_use]
    pub fn is_other_error(self) -> bool {
        matches!(self, Status::Other(_))
    }

    /// The message sent by default: the documented one, or
    /// [`OtherError::MESSAGE`] for an outage.
    ///
    /// ```
    /// use apicodes::{Code, Status};
    ///
    /// assert_eq!(Status::Documented(Code::NoContent).message(), "No content");
    /// ```
    #[must_use]
    pub fn message(self) -> &'static str {
        match self {
            Status::Documented(code) => code.message(),
            Status::Other(_) => OtherError::MESSAGE,
        }
    }

    /// The page's heading for the code, or `"Other Errors"` for an outage.
    ///
    /// ```
    /// use apicodes::{Code, Status};
    ///
    /// assert_eq!(Status::Documented(Code::NotFound).title(), "NOT FOUND");
    /// ```
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Status::Documented(code) => code.title(),
            Status::Other(_) => OtherError::TITLE,
        }
    }

    /// The page's description of the code, or its "Other Errors" text for
    /// an outage.
    ///
    /// ```
    /// use apicodes::{Code, Status};
    ///
    /// assert_eq!(Status::Documented(Code::Ok).description(), "The request was successful!");
    /// ```
    #[must_use]
    pub fn description(self) -> &'static str {
        match self {
            Status::Documented(code) => code.description(),
            Status::Other(_) => T::OTHER_ERRORS,
        }
    }

    /// Whether the code reports success (2xx).
    ///
    /// ```
    /// use apicodes::{Code, Status};
    ///
    /// assert!(Status::Documented(Code::NoContent).is_success());
    /// ```
    #[must_use]
    pub fn is_success(self) -> bool {
        matches!(self.as_u16(), 200..=299)
    }

    /// Whether the code blames the request (4xx).
    ///
    /// ```
    /// use apicodes::{Code, Status};
    ///
    /// assert!(Status::Documented(Code::Forbidden).is_client_error());
    /// ```
    #[must_use]
    pub fn is_client_error(self) -> bool {
        matches!(self.as_u16(), 400..=499)
    }

    /// Whether the code blames the server (5xx): an outage, or a documented
    /// 5xx such as 507.
    ///
    /// ```
    /// use apicodes::{Code, OtherError, Status};
    ///
    /// assert!(Status::Documented(Code::OutOfStorage).is_server_error());
    /// assert!(Status::<Code>::Other(OtherError::INTERNAL).is_server_error());
    /// ```
    #[must_use]
    pub fn is_server_error(self) -> bool {
        matches!(self.as_u16(), 500..=599)
    }

    /// Whether a response with this code carries the JSON body. HTTP sends
    /// a 1xx, a 204, a 205 and a 304 without content (RFC 9110), so these
    /// go without a body and without `content-type`, in every table (of
    /// the 1xx, only a 101 a handler sends itself goes out: an error's 1xx,
    /// and a handler's other 1xx under the contract layers, go out as a
    /// 500); every other code carries its body.
    ///
    /// ```
    /// use apicodes::{Code, OtherError, Status};
    ///
    /// assert!(Status::Documented(Code::NotFound).has_body());
    /// assert!(Status::<Code>::Other(OtherError::INTERNAL).has_body());
    /// assert!(!Status::Documented(Code::NoContent).has_body());
    /// ```
    #[must_use]
    pub fn has_body(self) -> bool {
        !sent_without_body(self.as_u16())
    }
}

/// How well a table's code `number` answers a client's mistake with
/// status `status` that the table does not document (lower is better; see
/// [`Status::answer_for`]), or `None` where it cannot: a number that is no
/// 4xx, or one HTTP sends only with a header saying what the request
/// lacked, which a response of another status does not carry.
const fn mistake_rank(status: u16, number: u16) -> Option<u8> {
    match number {
        // `WWW-Authenticate`, `Allow`, `Proxy-Authenticate`, `Upgrade`
        // (RFC 9110, sections 15.5.2, 15.5.6, 15.5.8 and 15.5.22).
        401 | 405 | 407 | 426 => None,
        // The resource does not exist: said again of one that does not,
        // else only where nothing plainer is left.
        404 | 410 if matches!(status, 404 | 410) => Some(0),
        404 | 410 => Some(2),
        // The client is to pay, ask for rights, or slow down.
        402 | 403 | 429 => Some(3),
        400..=499 => Some(1),
        _ => None,
    }
}

/// Whether HTTP sends a response with status `number` without content: a
/// 1xx, a 204, a 205 or a 304 (RFC 9110, sections 6.4.1 and 15). The one
/// rule every part of the crate follows, by number, for every table.
#[doc(hidden)]
#[must_use]
pub const fn sent_without_body(number: u16) -> bool {
    matches!(number, 100..=199 | 204 | 205 | 304)
}

/// The code whose body messages and documents show as an example, among
/// `numbers` (in their order): 404, the standard page's own sample, if
/// there, else the first error code (4xx or 5xx), else the first code sent
/// with a body; `None` if none is.
#[doc(hidden)]
#[must_use]
pub fn example_number(numbers: impl Iterator<Item = u16>) -> Option<u16> {
    let (mut error, mut with_body) = (None, None);
    for number in numbers {
        if number == 404 {
            return Some(number);
        }
        if number >= 400 {
            error = error.or(Some(number));
        }
        if !sent_without_body(number) {
            with_body = with_body.or(Some(number));
        }
    }
    error.or(with_body)
}

/// Whether an error may answer with status `number`: not with a 1xx, a 2xx
/// other than 204 (which the standard page uses for a deleted resource),
/// nor a 3xx. The one rule the derive's `code = ...` and its check of a
/// transparent variant's inner codes follow, by number, for every table.
#[doc(hidden)]
#[must_use]
pub const fn error_may_answer(number: u16) -> bool {
    number >= 400 || number == 204
}

/// Whether status `number` may only be an interim response: a 1xx other
/// than an upgrade's 101. HTTP has no final response with one (hyper
/// replaces it with an empty 500 and closes the connection), so wherever
/// one ends a request it is the server's failure. The one rule the contract
/// layers and [`Status::answer_for`] follow.
#[doc(hidden)]
#[must_use]
pub const fn interim_only(number: u16) -> bool {
    matches!(number, 100 | 102..=199)
}

impl<T: Table> From<T> for Status<T> {
    fn from(code: T) -> Status<T> {
        Status::Documented(code)
    }
}

impl<T: Table> From<Status<T>> for u16 {
    fn from(status: Status<T>) -> u16 {
        status.as_u16()
    }
}

impl<T: Table> PartialEq<T> for Status<T> {
    fn eq(&self, other: &T) -> bool {
        *self == Status::Documented(*other)
    }
}

/// A status equals the number it sends.
///
/// ```
/// use apicodes::{ApiError, Code, Status};
///
/// #[derive(Debug, ApiError)]
/// #[api_error(code = 404)]
/// struct NoSuchUser;
///
/// assert!(NoSuchUser.code() == 404);
/// assert_eq!(NoSuchUser.code(), 404);
/// assert!(503 == Status::<Code>::from_u16(503).expect("a server error"));
/// assert!(NoSuchUser.code() != 410);
/// ```
impl<T: Table> PartialEq<u16> for Status<T> {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

/// A number equals the status that sends it.
impl<T: Table> PartialEq<Status<T>> for u16 {
    fn eq(&self, other: &Status<T>) -> bool {
        *self == other.as_u16()
    }
}

impl<T: Table> PartialOrd for Status<T> {
    fn partial_cmp(&self, other: &Status<T>) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// By number; at one number (a code a table documents, and an outage
/// made with the same number by hand), the documented code first, so
/// that `Ord` agrees with `==`.
///
/// ```
/// use apicodes::{Code, OtherError, Status};
///
/// let documented = Status::Documented(Code::OutOfStorage);
/// let outage = Status::<Code>::Other(OtherError::new(507).unwrap());
/// assert!(Status::Documented(Code::NotFound) < Status::<Code>::Other(OtherError::INTERNAL));
/// assert!(documented < outage);
/// ```
impl<T: Table> Ord for Status<T> {
    fn cmp(&self, other: &Status<T>) -> Ordering {
        let key = |status: &Status<T>| (status.as_u16(), matches!(status, Status::Other(_)));
        key(self).cmp(&key(other))
    }
}

/// Writes `"404 Not found"`, or `"503 Server error"` for an outage.
impl<T: Table> fmt::Display for Status<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::table::write_line(f, self.as_u16(), self.message())
    }
}

/// A status is an error of its own, as a code is: `Err(status)` converts
/// into a `Box<dyn Error>`.
///
/// ```
/// use apicodes::{OtherError, Status};
///
/// fn connect() -> Result<(), Box<dyn std::error::Error>> {
///     Err(Status::<apicodes::Code>::Other(OtherError::INTERNAL))?
/// }
/// assert_eq!(connect().unwrap_err().to_string(), "500 Server error");
/// ```
impl<T: Table> core::error::Error for Status<T> {}

/// What a response with this number is in table `T`, as
/// [`Status::from_u16`]; an error naming the table's codes for a number
/// that is neither documented nor a server error: the table's own error
/// type ([`Table::Unknown`]), as `T::try_from` and the conversion from an
/// `http::StatusCode` give.
///
/// ```
/// use apicodes::{Code, OtherError, Status, UnknownCode};
///
/// assert_eq!(Status::<Code>::try_from(404), Ok(Status::Documented(Code::NotFound)));
/// assert_eq!(Status::<Code>::try_from(502), Ok(Status::Other(OtherError::new(502).unwrap())));
/// let err = Status::<Code>::try_from(418).unwrap_err();
/// assert_eq!(err, UnknownCode(418));
/// assert!(err.to_string().starts_with("response code 418 is not documented"));
/// ```
impl<T: Table> TryFrom<u16> for Status<T> {
    type Error = T::Unknown;

    fn try_from(code: u16) -> Result<Status<T>, T::Unknown> {
        Status::from_u16(code).ok_or_else(|| T::unknown(code))
    }
}

/// Writes the number and the outage's message: `"503 Server error"`.
///
/// ```
/// assert_eq!(apicodes::OtherError::INTERNAL.to_string(), "500 Server error");
/// ```
impl fmt::Display for OtherError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::table::write_line(f, self.0, OtherError::MESSAGE)
    }
}

/// An outage is an error of its own: `Err(OtherError::INTERNAL)` converts
/// into a `Box<dyn Error>`.
///
/// ```
/// fn connect() -> Result<(), Box<dyn std::error::Error>> {
///     Err(apicodes::OtherError::INTERNAL)?
/// }
/// assert_eq!(connect().unwrap_err().to_string(), "500 Server error");
/// ```
impl core::error::Error for OtherError {}
