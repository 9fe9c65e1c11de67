//! Conversions between codes and `http::StatusCode` (feature `http`):
//! `Status` and `OtherError` here, a table's own in `__apicodes_table!`,
//! since the orphan rule allows them only in the crate that declares the
//! table.

use http::StatusCode;

use crate::status::{OtherError, Status};
use crate::table::Table;

/// The status line a code is sent with: the code's own number.
#[doc(hidden)]
pub fn status_code<T: Table>(code: T) -> StatusCode {
    status_line(code.as_u16())
}

/// The status line of a number. Never falls back: `__apicodes_table!`
/// holds every table to 100..=599, within the 100..=999 `from_u16`
/// accepts, and an outage is 500..=599.
fn status_line(number: u16) -> StatusCode {
    StatusCode::from_u16(number).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The status line an error answers with: its code's own number,
/// documented or an outage.
///
/// ```
/// use apicodes::{ApiError, Code, OtherError, Status};
/// use http::StatusCode;
///
/// assert_eq!(StatusCode::from(Code::Gone.code()), StatusCode::GONE);
/// let outage: Status = Status::Other(OtherError::INTERNAL);
/// assert_eq!(StatusCode::from(outage), StatusCode::INTERNAL_SERVER_ERROR);
/// ```
impl<T: Table> From<Status<T>> for StatusCode {
    fn from(status: Status<T>) -> StatusCode {
        status_line(status.as_u16())
    }
}

/// The status line of an outage: its 5xx number.
///
/// ```
/// use apicodes::OtherError;
/// use http::StatusCode;
///
/// let outage = OtherError::new(503).unwrap();
/// assert_eq!(StatusCode::from(outage), StatusCode::SERVICE_UNAVAILABLE);
/// ```
impl From<OtherError> for StatusCode {
    fn from(outage: OtherError) -> StatusCode {
        status_line(outage.as_u16())
    }
}

/// What a status line is in table `T`: a documented code, an undocumented
/// server error (an outage), or, for anything else, the table's error for
/// an unknown code, which carries its "Other Errors" advice.
///
/// ```
/// use apicodes::{Code, OtherError, Status, UnknownCode};
/// use http::StatusCode;
///
/// assert_eq!(Status::try_from(StatusCode::NOT_FOUND), Ok(Status::Documented(Code::NotFound)));
/// assert_eq!(
///     Status::<Code>::try_from(StatusCode::BAD_GATEWAY),
///     Ok(Status::Other(OtherError::new(502).unwrap())),
/// );
/// assert_eq!(Status::<Code>::try_from(StatusCode::IM_A_TEAPOT), Err(UnknownCode::new(418)));
/// ```
impl<T: Table> TryFrom<StatusCode> for Status<T> {
    type Error = T::Unknown;

    fn try_from(status: StatusCode) -> Result<Status<T>, T::Unknown> {
        Status::try_from(status.as_u16())
    }
}

/// A table's `http::StatusCode` conversions (feature `http`), for `__apicodes_table!`.
#[doc(hidden)]
#[macro_export]
macro_rules! __apicodes_table_http {
    ($name:ident) => {
        /// The status line a code is sent with: the code's own number.
        impl ::core::convert::From<$name> for $crate::__private::http::StatusCode {
            fn from(__apicodes_code: $name) -> $crate::__private::http::StatusCode {
                $crate::__private::status_code(__apicodes_code)
            }
        }

        /// The documented code a status line carries; an error for a status
        /// the table does not document, such as a proxy's `502`.
        impl ::core::convert::TryFrom<$crate::__private::http::StatusCode> for $name {
            type Error = <$name as $crate::Table>::Unknown;

            fn try_from(
                __apicodes_status: $crate::__private::http::StatusCode,
            ) -> ::core::result::Result<$name, <$name as $crate::Table>::Unknown> {
                <$name as ::core::convert::TryFrom<::core::primitive::u16>>::try_from(
                    $crate::__private::http::StatusCode::as_u16(&__apicodes_status),
                )
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use http::StatusCode;

    use crate::code::Code;
    use crate::error::UnknownCode;
    use crate::status::{OtherError, Status};

    #[test]
    fn every_code_round_trips_through_status_code() {
        for &code in Code::ALL {
            let status = StatusCode::from(code);
            assert_eq!(status.as_u16(), code.as_u16());
            assert_eq!(Code::try_from(status), Ok(code));
        }
    }

    #[test]
    fn statuses_convert_by_their_number() {
        for &code in Code::ALL {
            let status = StatusCode::from(Status::Documented(code));
            assert_eq!(status.as_u16(), code.as_u16());
            assert_eq!(Status::try_from(status), Ok(Status::Documented(code)));
        }
        for n in 500..=599 {
            if Code::from_u16(n).is_some() {
                continue;
            }
            let outage = OtherError::new(n).unwrap();
            assert_eq!(StatusCode::from(outage).as_u16(), n);
            assert_eq!(StatusCode::from(Status::<Code>::Other(outage)).as_u16(), n);
            let status = StatusCode::from_u16(n).unwrap();
            assert_eq!(Status::<Code>::try_from(status), Ok(Status::Other(outage)));
        }
        for n in [100, 302, 418, 499, 600, 999] {
            let status = StatusCode::from_u16(n).unwrap();
            assert_eq!(Status::<Code>::try_from(status), Err(UnknownCode::new(n)));
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
