//! The documented response code table: the one place its text is written down.

use core::fmt;
use core::str::FromStr;

use crate::error::{ParseCodeError, UnknownCode};
use crate::json;

/// Declares `Code` and every table lookup from one list of rows, so the
/// numbers, names and texts cannot drift apart.
macro_rules! code_table {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $code:literal, $message:literal, $title:literal, $description:literal;
    )*) => {
        /// A response code documented by the API, with its spec text.
        ///
        /// Each variant is one row of the table in the API's documentation;
        /// its discriminant is the code's number.
        ///
        /// ```
        /// use apicodes_core::Code;
        ///
        /// let code = Code::NotFound;
        /// assert_eq!(code.as_u16(), 404);
        /// assert_eq!(code.message(), "Not found");
        /// assert_eq!(code.json(), r#"{"code":404,"message":"Not found"}"#);
        /// assert_eq!(code.to_string(), "404 Not found");
        /// assert_eq!("NotFound".parse::<Code>(), Ok(Code::NotFound));
        /// ```
        #[non_exhaustive]
        #[repr(u16)]
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        pub enum Code {
            $(
                $(#[$doc])*
                $variant = $code,
            )*
        }

        impl Code {
            /// Every documented code, in ascending numeric order.
            ///
            /// ```
            /// use apicodes_core::Code;
            ///
            /// assert_eq!(Code::ALL.len(), 12);
            /// assert!(Code::ALL.windows(2).all(|w| w[0] < w[1]));
            /// ```
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The code with this number, if the table documents it.
            ///
            /// ```
            /// use apicodes_core::Code;
            ///
            /// assert_eq!(Code::from_u16(429), Some(Code::TooManyRequests));
            /// assert_eq!(Code::from_u16(418), None);
            /// ```
            #[must_use]
            pub const fn from_u16(code: u16) -> Option<Code> {
                match code {
                    $($code => Some(Code::$variant),)*
                    _ => None,
                }
            }

            /// The message sent in the JSON body, exactly as documented.
            ///
            /// ```
            /// use apicodes_core::Code;
            ///
            /// assert_eq!(Code::NoContent.message(), "No content");
            /// ```
            #[must_use]
            pub const fn message(self) -> &'static str {
                match self {
                    $(Code::$variant => $message,)*
                }
            }

            /// The heading the documentation gives the code, such as `"NOT FOUND"`.
            ///
            /// ```
            /// use apicodes_core::Code;
            ///
            /// assert_eq!(Code::PaymentRequired.title(), "PAYMENT REQUIRED");
            /// ```
            #[must_use]
            pub const fn title(self) -> &'static str {
                match self {
                    $(Code::$variant => $title,)*
                }
            }

            /// The documentation's sentence explaining the code.
            ///
            /// ```
            /// use apicodes_core::Code;
            ///
            /// assert_eq!(Code::Ok.description(), "The request was successful!");
            /// ```
            #[must_use]
            pub const fn description(self) -> &'static str {
                match self {
                    $(Code::$variant => $description,)*
                }
            }

            /// The compact JSON body for the code, computed at compile time.
            ///
            /// ```
            /// use apicodes_core::Code;
            ///
            /// assert_eq!(Code::Gone.json(), r#"{"code":410,"message":"Gone"}"#);
            /// ```
            #[must_use]
            pub const fn json(self) -> &'static str {
                match self {
                    $(Code::$variant => concat!("{\"code\":", $code, ",\"message\":\"", $message, "\"}"),)*
                }
            }

            /// The variant's name, such as `"NotFound"`; the derive accepts it
            /// in `#[api_error(code = NotFound)]`.
            ///
            /// ```
            /// use apicodes_core::Code;
            ///
            /// assert_eq!(Code::TooManyRequests.name(), "TooManyRequests");
            /// ```
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Code::$variant => stringify!($variant),)*
                }
            }
        }

        // `json()` pastes messages into JSON unescaped; this holds the table to
        // messages that need no escaping, so that shortcut stays exact.
        const _: () = {
            $(assert!(!json::needs_escape($message), "a message in the code table needs JSON escaping");)*
        };
    };
}

code_table! {
    /// 200: the request was successful.
    Ok = 200, "OK", "OK", "The request was successful!";
    /// 201: the requested resource has been created.
    Created = 201, "Created", "CREATED", "The requested resource has been created.";
    /// 202: the request has been accepted.
    Accepted = 202, "Accepted", "ACCEPTED", "The request has been accepted - continue.";
    /// 204: the requested resource has been deleted or no longer exists.
    NoContent = 204, "No content", "NO CONTENT", "The requested resource has been deleted/no longer exists.";
    /// 400: the request was not formatted correctly.
    BadRequest = 400, "Bad request", "BAD REQUEST", "The request was not formatted correctly. Read the docs and try again.";
    /// 401: the provided authorization was not correct.
    Unauthorized = 401, "Unauthorized", "UNAUTHORIZED", "The provided authorization was not correct. Can be sent if a user fails to authenticate.";
    /// 402: an upgraded plan is needed.
    PaymentRequired = 402, "Payment required", "PAYMENT REQUIRED", "You need an upgraded plan for this.";
    /// 403: no access to this resource.
    Forbidden = 403, "Forbidden", "FORBIDDEN", "You do not have access to this resource";
    /// 404: resource not found.
    NotFound = 404, "Not found", "NOT FOUND", "Resource not found. Make sure the search item or URL is correct";
    /// 410: the resource has expired, such as a token older than a password change.
    Gone = 410, "Gone", "GONE", "The resource has expired. Likely a password has been changed since the specified token was made.";
    /// 429: rate limited.
    TooManyRequests = 429, "Too many requests", "TOO MANY REQUESTS", "You are being ratelimited. Please slow down or contact support to increase limits.";
    /// 507: the user has run out of custom attributes.
    OutOfStorage = 507, "Out of storage", "OUT OF STORAGE", "This user has run out of custom attributes. Upgrade plan for more.";
}

/// The documentation's advice for any code outside the table, word for word.
///
/// ```
/// assert!(apicodes_core::OTHER_ERRORS.starts_with("If you are getting other error codes"));
/// ```
pub const OTHER_ERRORS: &str = "If you are getting other error codes, check server status or contact support. This is usually due to a hosting outage.";

impl Code {
    /// The code's number.
    ///
    /// ```
    /// use apicodes_core::Code;
    ///
    /// assert_eq!(Code::Unauthorized.as_u16(), 401);
    /// ```
    #[must_use]
    pub const fn as_u16(self) -> u16 {
        self as u16
    }

    /// The code whose variant name this is, such as `"NotFound"`.
    ///
    /// ```
    /// use apicodes_core::Code;
    ///
    /// assert_eq!(Code::from_name("Gone"), Some(Code::Gone));
    /// assert_eq!(Code::from_name("gone"), None);
    /// ```
    #[must_use]
    pub const fn from_name(name: &str) -> Option<Code> {
        let mut i = 0;
        while i < Code::ALL.len() {
            if str_eq(Code::ALL[i].name(), name) {
                return Some(Code::ALL[i]);
            }
            i += 1;
        }
        None
    }

    /// Whether the code reports success (2xx).
    ///
    /// ```
    /// use apicodes_core::Code;
    ///
    /// assert!(Code::NoContent.is_success());
    /// assert!(!Code::NotFound.is_success());
    /// ```
    #[must_use]
    pub const fn is_success(self) -> bool {
        matches!(self.as_u16(), 200..=299)
    }

    /// Whether the code blames the request (4xx).
    ///
    /// ```
    /// use apicodes_core::Code;
    ///
    /// assert!(Code::Forbidden.is_client_error());
    /// ```
    #[must_use]
    pub const fn is_client_error(self) -> bool {
        matches!(self.as_u16(), 400..=499)
    }

    /// Whether the code blames the server (5xx).
    ///
    /// ```
    /// use apicodes_core::Code;
    ///
    /// assert!(Code::OutOfStorage.is_server_error());
    /// ```
    #[must_use]
    pub const fn is_server_error(self) -> bool {
        matches!(self.as_u16(), 500..=599)
    }
}

const fn str_eq(a: &str, b: &str) -> bool {
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

/// Writes `"404 Not found"`: the number and the documented message.
impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.as_u16(), self.message())
    }
}

impl From<Code> for u16 {
    fn from(code: Code) -> u16 {
        code.as_u16()
    }
}

impl TryFrom<u16> for Code {
    type Error = UnknownCode;

    fn try_from(code: u16) -> Result<Code, UnknownCode> {
        Code::from_u16(code).ok_or(UnknownCode::new(code))
    }
}

/// Parses a code's number (`"404"`) or its variant name (`"NotFound"`).
impl FromStr for Code {
    type Err = ParseCodeError;

    fn from_str(s: &str) -> Result<Code, ParseCodeError> {
        // Only the canonical spelling: `u16::from_str` alone would also take
        // "+404" and "0404".
        let canonical =
            !s.starts_with('0') && !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let by_number = if canonical {
            s.parse::<u16>().ok().and_then(Code::from_u16)
        } else {
            None
        };
        by_number
            .or_else(|| Code::from_name(s))
            .ok_or_else(|| ParseCodeError::new(s))
    }
}

impl PartialEq<u16> for Code {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

impl PartialEq<Code> for u16 {
    fn eq(&self, other: &Code) -> bool {
        *self == other.as_u16()
    }
}
