//! The derives in a crate that depends on `apicodes` under another name
//! (`codes = { package = "apicodes" }`): `#[api_error(crate = codes)]` tells
//! them where it is, for `ApiError` and for the framework impls alike.

// A bound the user wrote through the renamed crate is not written again.
#![deny(clippy::trait_duplication_in_bounds, clippy::type_repetition_in_bounds)]

/// Errors named through the renamed crate.
#[derive(
    Debug,
    thiserror::Error,
    codes::ApiError,
    codes::axum::IntoResponse,
    codes::actix::ResponseError,
    codes::openapi::IntoResponses,
)]
#[api_error(crate = codes)]
pub enum RenamedError {
    /// No such account.
    #[error("no account {id}")]
    #[api_error(code = 404, message = "No account {id}")]
    NoSuchAccount {
        /// The id asked for.
        id: u64,
    },
    /// Slow down.
    #[error("throttled")]
    #[api_error(code = 429, retry_after = wait)]
    Throttled {
        /// Seconds to wait.
        wait: u32,
    },
    /// An outage.
    #[error("store down")]
    #[api_error(other_error)]
    StoreDown,
}

/// A struct through the renamed crate, with the path written absolute.
#[derive(Debug, thiserror::Error, codes::ApiError)]
#[error("locked")]
#[api_error(crate = ::codes, code = Forbidden)]
pub struct Locked;

/// The standard table named explicitly through the renamed crate.
#[derive(Debug, thiserror::Error, codes::ApiError)]
#[error("gone")]
#[api_error(crate = codes, codes = codes::Code, code = Gone)]
pub struct Vanished;

/// Both paths in quotes, as serde's `crate` attribute is written.
#[derive(Debug, thiserror::Error, codes::ApiError, codes::axum::IntoResponse)]
#[error("expired")]
#[api_error(
    crate = "codes",
    codes = "codes::Code",
    code = 410,
    message = "Expired {0}"
)]
pub struct Expired(pub u32);

/// The standard table imported under another name: the derive cannot tell
/// it from the path, and asks the table's macro.
use codes::Code as Standard;

/// Against the standard table so imported.
#[derive(Debug, thiserror::Error, codes::ApiError, codes::axum::IntoResponse)]
#[error("hidden")]
#[api_error(crate = codes, codes = Standard, code = NotFound)]
pub struct Hidden;

/// Against a table another crate declares, where `apicodes` is named
/// `apicodes`: the derive reaches it through its own path, `codes`.
#[derive(Debug, thiserror::Error, codes::ApiError, codes::axum::IntoResponse)]
#[api_error(crate = codes, codes = shared::SharedCode)]
pub enum CartError {
    /// Already there.
    #[error("item {0} in the cart")]
    #[api_error(code = Conflict, message = "Item {0} is in the cart")]
    InCart(u32),
    /// Too many.
    #[error("slow down")]
    #[api_error(code = 429, retry_after = 0)]
    SlowDown(u32),
}

/// Generic, bounded by the user through the renamed crate: the derive
/// sees that its own bounds are there already.
#[derive(Debug, codes::ApiError)]
#[api_error(crate = codes)]
pub enum Wrapped<T, U>
where
    T: codes::ApiError<Table = codes::Code> + codes::ApiErrorDocs,
    U: codes::RetryAfter,
{
    /// The inner error's answer.
    #[api_error(transparent)]
    Inner(T),
    /// Slow down.
    #[api_error(code = 429, retry_after = 0)]
    Later(U),
}

#[cfg(test)]
mod tests {
    use codes::ApiError;

    use super::{CartError, Expired, Hidden, Locked, RenamedError, Vanished};

    #[test]
    fn generic_through_the_renamed_crate() {
        let later: super::Wrapped<Vanished, u32> = super::Wrapped::Later(9);
        assert_eq!(later.retry_after(), Some(9));
        let inner: super::Wrapped<Vanished, u32> = super::Wrapped::Inner(Vanished);
        assert_eq!(inner.to_json(), r#"{"code":410,"message":"Gone"}"#);
    }

    #[test]
    fn other_tables() {
        assert_eq!(Hidden.code(), codes::Code::NotFound);
        assert_eq!(Hidden.to_json(), r#"{"code":404,"message":"Not found"}"#);
        let err = CartError::InCart(7);
        assert_eq!(err.code(), shared::SharedCode::Conflict);
        assert_eq!(
            err.to_json(),
            r#"{"code":409,"message":"Item 7 is in the cart"}"#
        );
        let slow = CartError::SlowDown(5);
        assert_eq!(slow.retry_after(), Some(5));
        let res = codes::axum::into_response(&slow);
        assert_eq!(res.status(), 429);
        assert_eq!(res.headers()["retry-after"], "5");
    }

    #[test]
    fn bodies() {
        assert_eq!(
            RenamedError::NoSuchAccount { id: 7 }.to_json(),
            r#"{"code":404,"message":"No account 7"}"#
        );
        assert_eq!(RenamedError::Throttled { wait: 3 }.retry_after(), Some(3));
        assert_eq!(
            RenamedError::StoreDown.to_json(),
            r#"{"code":500,"message":"Server error"}"#
        );
        assert_eq!(Locked.to_json(), r#"{"code":403,"message":"Forbidden"}"#);
        assert_eq!(Vanished.to_json(), r#"{"code":410,"message":"Gone"}"#);
        assert_eq!(
            Expired(3).to_json(),
            r#"{"code":410,"message":"Expired 3"}"#
        );
    }

    #[test]
    fn framework_impls() {
        let res = axum::response::IntoResponse::into_response(RenamedError::Throttled { wait: 3 });
        assert_eq!(res.status(), 429);
        assert_eq!(res.headers()["retry-after"], "3");
        let res = axum::response::IntoResponse::into_response(Expired(3));
        assert_eq!(res.status(), 410);
        let res = actix_web::ResponseError::error_response(&RenamedError::StoreDown);
        assert_eq!(res.status(), 500);
        let responses = <RenamedError as utoipa::IntoResponses>::responses();
        let responses = serde_json::to_value(responses).expect("responses serialize");
        assert!(responses.get("404").is_some());
        assert!(responses.get("5XX").is_some());
    }
}
