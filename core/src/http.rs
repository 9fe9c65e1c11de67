//! Conversions between `Code` and `http::StatusCode` (feature `http`); they live
//! here because the orphan rule allows them only in the crate that owns `Code`.

use http::StatusCode;

use crate::code::Code;
use crate::error::UnknownCode;

// `StatusCode::from_u16` accepts exactly the three-digit numbers 100..=999;
// holding the table to them makes the conversion below infallible.
const _: () = {
    let mut i = 0;
    while i < Code::ALL.len() {
        let n = Code::ALL[i].as_u16();
        assert!(
            n >= 100 && n <= 999,
            "every documented code must be a valid HTTP status"
        );
        i += 1;
    }
};

/// The status line a code is sent with: the code's own number.
///
/// ```
/// use apicodes_core::Code;
///
/// assert_eq!(http::StatusCode::from(Code::NotFound), http::StatusCode::NOT_FOUND);
/// assert_eq!(http::StatusCode::from(Code::OutOfStorage).as_u16(), 507);
/// ```
impl From<Code> for StatusCode {
    fn from(code: Code) -> StatusCode {
        // Never falls back: the assertion above proves every code in range.
        StatusCode::from_u16(code.as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

/// The documented code a status line carries.
///
/// # Errors
///
/// [`UnknownCode`] for a status the table does not document, such as a
/// proxy's `502`; its message carries the documentation's advice.
///
/// ```
/// use apicodes_core::{Code, UnknownCode};
///
/// assert_eq!(Code::try_from(http::StatusCode::TOO_MANY_REQUESTS), Ok(Code::TooManyRequests));
/// assert_eq!(Code::try_from(http::StatusCode::BAD_GATEWAY), Err(UnknownCode::new(502)));
/// ```
impl TryFrom<StatusCode> for Code {
    type Error = UnknownCode;

    fn try_from(status: StatusCode) -> Result<Code, UnknownCode> {
        Code::try_from(status.as_u16())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips_through_status_code() {
        for &code in Code::ALL {
            let status = StatusCode::from(code);
            assert_eq!(status.as_u16(), code.as_u16());
            assert_eq!(Code::try_from(status), Ok(code));
        }
    }

    #[test]
    fn undocumented_statuses_are_unknown_codes() {
        for n in [100, 299, 418, 500, 502, 503, 999] {
            let status = StatusCode::from_u16(n).unwrap();
            assert_eq!(Code::try_from(status), Err(UnknownCode::new(n)));
        }
    }
}
