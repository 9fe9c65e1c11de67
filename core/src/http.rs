//! Conversions between a table's codes and `http::StatusCode` (feature
//! `http`), for `__apicodes_table!`: the orphan rule allows them only in the crate
//! that declares the table.

use http::StatusCode;

use crate::table::Table;

/// The status line a code is sent with: the code's own number.
#[doc(hidden)]
pub fn status_code<T: Table>(code: T) -> StatusCode {
    // Never falls back: `__apicodes_table!` holds every table to 100..=999, the
    // numbers `from_u16` accepts.
    StatusCode::from_u16(code.as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// A table's `http::StatusCode` conversions (feature `http`), for `__apicodes_table!`.
#[doc(hidden)]
#[macro_export]
macro_rules! __apicodes_table_http {
    ($name:ident) => {
        /// The status line a code is sent with: the code's own number.
        impl ::core::convert::From<$name> for $crate::__private::http::StatusCode {
            fn from(code: $name) -> $crate::__private::http::StatusCode {
                $crate::__private::status_code(code)
            }
        }

        /// The documented code a status line carries; an error for a status
        /// the table does not document, such as a proxy's `502`.
        impl ::core::convert::TryFrom<$crate::__private::http::StatusCode> for $name {
            type Error = <$name as $crate::Table>::Unknown;

            fn try_from(
                status: $crate::__private::http::StatusCode,
            ) -> ::core::result::Result<$name, <$name as $crate::Table>::Unknown> {
                <$name as ::core::convert::TryFrom<u16>>::try_from(status.as_u16())
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use http::StatusCode;

    use crate::code::Code;
    use crate::error::UnknownCode;

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
