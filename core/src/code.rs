//! The documented response code table: the one place its text is written down.

use crate::json;

/// Declares `Code` with the table macro every table shares, adding the
/// docs (with examples) of its methods, and the JSON of each row.
macro_rules! code_table {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $code:literal, $message:literal, $title:literal, $description:literal;
    )*) => {
        crate::__apicodes_table! {
            /// A response code documented by the API, with its spec text.
            ///
            /// Each variant is one row of the table in the API's documentation;
            /// its discriminant is the code's number. With feature `serde` (a
            /// default), it is serialized as that number and deserialized from
            /// one; with `http`, it converts to `http::StatusCode` and back.
            ///
            /// ```
            /// use apicodes::Code;
            ///
            /// let code = Code::NotFound;
            /// assert_eq!(code.as_u16(), 404);
            /// assert_eq!(code.message(), "Not found");
            /// assert_eq!(code.json(), r#"{"code":404,"message":"Not found"}"#);
            /// assert_eq!(code.to_string(), "404 Not found");
            /// assert_eq!("NotFound".parse::<Code>(), Ok(Code::NotFound));
            /// assert_eq!(Code::try_from(418), Err(apicodes::UnknownCode(418)));
            /// ```
            #[non_exhaustive]
            pub enum Code {
                $(
                    $(#[$doc])*
                    $variant = $code, ::core::stringify!($variant), $message, $title, $description,
                    ::core::concat!("{\"code\":", $code, ",\"message\":\"", $message, "\"}");
                )*
            }
            page_title = "Response Codes";
            other_errors = "If you are getting other error codes, check server status or contact support. This is usually due to a hosting outage.";
            unknown = crate::UnknownCode;
            docs = {
                all: [
                    /// Every documented code, in ascending numeric order.
                    ///
                    /// ```
                    /// use apicodes::Code;
                    ///
                    /// assert_eq!(Code::ALL.len(), 12);
                    /// assert!(Code::ALL.windows(2).all(|w| w[0] < w[1]));
                    /// ```
                ],
                other_errors: [
                    /// The documentation's advice for any code outside the table, word for word.
                    ///
                    /// ```
                    /// use apicodes::Code;
                    ///
                    /// assert!(Code::OTHER_ERRORS.starts_with("If you are getting other error codes"));
                    /// ```
                ],
                as_u16: [
                    /// The code's number.
                    ///
                    /// ```
                    /// use apicodes::Code;
                    ///
                    /// assert_eq!(Code::Unauthorized.as_u16(), 401);
                    /// ```
                ],
                from_u16: [
                    /// The code with this number, if the table documents it.
                    ///
                    /// ```
                    /// use apicodes::Code;
                    ///
                    /// assert_eq!(Code::from_u16(429), Some(Code::TooManyRequests));
                    /// assert_eq!(Code::from_u16(418), None);
                    /// ```
                ],
                from_name: [
                    /// The code whose variant name this is, such as `"NotFound"`.
                    ///
                    /// ```
                    /// use apicodes::Code;
                    ///
                    /// assert_eq!(Code::from_name("Gone"), Some(Code::Gone));
                    /// assert_eq!(Code::from_name("gone"), None);
                    /// ```
                ],
                message: [
                    /// The message sent in the JSON body, exactly as documented.
                    ///
                    /// ```
                    /// use apicodes::Code;
                    ///
                    /// assert_eq!(Code::NoContent.message(), "No content");
                    /// ```
                ],
                title: [
                    /// The heading the documentation gives the code, such as `"NOT FOUND"`.
                    ///
                    /// ```
                    /// use apicodes::Code;
                    ///
                    /// assert_eq!(Code::PaymentRequired.title(), "PAYMENT REQUIRED");
                    /// ```
                ],
                description: [
                    /// The documentation's sentence explaining the code.
                    ///
                    /// ```
                    /// use apicodes::Code;
                    ///
                    /// assert_eq!(Code::Ok.description(), "The request was successful!");
                    /// ```
                ],
                json: [
                    /// The compact JSON body for the code, computed at compile time.
                    ///
                    /// ```
                    /// use apicodes::Code;
                    ///
                    /// assert_eq!(Code::Gone.json(), r#"{"code":410,"message":"Gone"}"#);
                    /// ```
                ],
                name: [
                    /// The variant's name, such as `"NotFound"`; the derive accepts it
                    /// in `#[api_error(code = NotFound)]`.
                    ///
                    /// ```
                    /// use apicodes::Code;
                    ///
                    /// assert_eq!(Code::TooManyRequests.name(), "TooManyRequests");
                    /// ```
                ],
                is_success: [
                    /// Whether the code reports success (2xx).
                    ///
                    /// ```
                    /// use apicodes::Code;
                    ///
                    /// assert!(Code::NoContent.is_success());
                    /// assert!(!Code::NotFound.is_success());
                    /// ```
                ],
                is_client_error: [
                    /// Whether the code blames the request (4xx).
                    ///
                    /// ```
                    /// use apicodes::Code;
                    ///
                    /// assert!(Code::Forbidden.is_client_error());
                    /// ```
                ],
                is_server_error: [
                    /// Whether the code blames the server (5xx).
                    ///
                    /// ```
                    /// use apicodes::Code;
                    ///
                    /// assert!(Code::OutOfStorage.is_server_error());
                    /// ```
                ],
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
    /// 200: The request was successful!
    ///
    /// ```
    /// use apicodes::Code;
    ///
    /// assert_eq!(Code::from_u16(200), Some(Code::Ok));
    /// assert_eq!(Code::Ok.json(), r#"{"code":200,"message":"OK"}"#);
    /// ```
    Ok = 200, "OK", "OK", "The request was successful!";
    /// 201: The requested resource has been created.
    ///
    /// ```
    /// use apicodes::Code;
    ///
    /// assert_eq!(Code::from_u16(201), Some(Code::Created));
    /// assert_eq!(Code::Created.json(), r#"{"code":201,"message":"Created"}"#);
    /// ```
    Created = 201, "Created", "CREATED", "The requested resource has been created.";
    /// 202: The request has been accepted - continue.
    ///
    /// ```
    /// use apicodes::Code;
    ///
    /// assert_eq!(Code::from_u16(202), Some(Code::Accepted));
    /// assert_eq!(Code::Accepted.json(), r#"{"code":202,"message":"Accepted"}"#);
    /// ```
    Accepted = 202, "Accepted", "ACCEPTED", "The request has been accepted - continue.";
    /// 204: The requested resource has been deleted/no longer exists.
    ///
    /// ```
    /// use apicodes::Code;
    ///
    /// assert_eq!(Code::from_u16(204), Some(Code::NoContent));
    /// // The page's body for it; a 204 is sent without one (RFC 9110).
    /// assert_eq!(Code::NoContent.json(), r#"{"code":204,"message":"No content"}"#);
    /// ```
    NoContent = 204, "No content", "NO CONTENT", "The requested resource has been deleted/no longer exists.";
    /// 400: The request was not formatted correctly. Read the docs and try again.
    ///
    /// ```
    /// use apicodes::Code;
    ///
    /// assert_eq!(Code::from_u16(400), Some(Code::BadRequest));
    /// assert_eq!(Code::BadRequest.json(), r#"{"code":400,"message":"Bad request"}"#);
    /// ```
    BadRequest = 400, "Bad request", "BAD REQUEST", "The request was not formatted correctly. Read the docs and try again.";
    /// 401: The provided authorization was not correct. Can be sent if a user fails to authenticate.
    ///
    /// ```
    /// use apicodes::Code;
    ///
    /// assert_eq!(Code::from_u16(401), Some(Code::Unauthorized));
    /// assert_eq!(Code::Unauthorized.json(), r#"{"code":401,"message":"Unauthorized"}"#);
    /// ```
    Unauthorized = 401, "Unauthorized", "UNAUTHORIZED", "The provided authorization was not correct. Can be sent if a user fails to authenticate.";
    /// 402: You need an upgraded plan for this.
    ///
    /// ```
    /// use apicodes::Code;
    ///
    /// assert_eq!(Code::from_u16(402), Some(Code::PaymentRequired));
    /// assert_eq!(Code::PaymentRequired.json(), r#"{"code":402,"message":"Payment required"}"#);
    /// ```
    PaymentRequired = 402, "Payment required", "PAYMENT REQUIRED", "You need an upgraded plan for this.";
    /// 403: You do not have access to this resource
    ///
    /// ```
    /// use apicodes::Code;
    ///
    /// assert_eq!(Code::from_u16(403), Some(Code::Forbidden));
    /// assert_eq!(Code::Forbidden.json(), r#"{"code":403,"message":"Forbidden"}"#);
    /// ```
    Forbidden = 403, "Forbidden", "FORBIDDEN", "You do not have access to this resource";
    /// 404: Resource not found. Make sure the search item or URL is correct
    ///
    /// ```
    /// use apicodes::Code;
    ///
    /// assert_eq!(Code::from_u16(404), Some(Code::NotFound));
    /// assert_eq!(Code::NotFound.json(), r#"{"code":404,"message":"Not found"}"#);
    /// ```
    NotFound = 404, "Not found", "NOT FOUND", "Resource not found. Make sure the search item or URL is correct";
    /// 410: The resource has expired. Likely a password has been changed since the specified token was made.
    ///
    /// ```
    /// use apicodes::Code;
    ///
    /// assert_eq!(Code::from_u16(410), Some(Code::Gone));
    /// assert_eq!(Code::Gone.json(), r#"{"code":410,"message":"Gone"}"#);
    /// ```
    Gone = 410, "Gone", "GONE", "The resource has expired. Likely a password has been changed since the specified token was made.";
    /// 429: You are being ratelimited. Please slow down or contact support to increase limits.
    ///
    /// ```
    /// use apicodes::Code;
    ///
    /// assert_eq!(Code::from_u16(429), Some(Code::TooManyRequests));
    /// assert_eq!(Code::TooManyRequests.json(), r#"{"code":429,"message":"Too many requests"}"#);
    /// ```
    TooManyRequests = 429, "Too many requests", "TOO MANY REQUESTS", "You are being ratelimited. Please slow down or contact support to increase limits.";
    /// 507: This user has run out of custom attributes. Upgrade plan for more.
    ///
    /// ```
    /// use apicodes::Code;
    ///
    /// assert_eq!(Code::from_u16(507), Some(Code::OutOfStorage));
    /// assert_eq!(Code::OutOfStorage.json(), r#"{"code":507,"message":"Out of storage"}"#);
    /// ```
    OutOfStorage = 507, "Out of storage", "OUT OF STORAGE", "This user has run out of custom attributes. Upgrade plan for more.";
}

/// The documentation's advice for any code outside the table, word for word.
///
/// ```
/// assert!(apicodes::OTHER_ERRORS.starts_with("If you are getting other error codes"));
/// ```
pub const OTHER_ERRORS: &str = Code::OTHER_ERRORS;
