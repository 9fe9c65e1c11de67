//! Prints the document describing a small accounts API, whose operations
//! list every error they can return: `cargo run -p apicodes-integration --example openapi`.

use apicodes::ApiError;
use utoipa::OpenApi;

/// Errors of the account endpoints.
#[derive(Debug, thiserror::Error, ApiError, apicodes::openapi::IntoResponses)]
pub enum AccountError {
    /// No account has the requested id.
    #[error("no user with id {id}")]
    #[api_error(code = 404)]
    NoSuchUser {
        /// The id asked for.
        id: u64,
    },

    /// The token predates the last password change.
    ///
    /// Sign in again for a new token.
    #[error("token issued before the last password change")]
    #[api_error(code = Gone)]
    StaleToken,

    /// The account holds as many attributes as its plan allows.
    #[error("quota of {limit} attributes reached")]
    #[api_error(code = 507, message = "Attribute limit {limit} reached")]
    OutOfAttributes {
        /// The plan's limit.
        limit: u32,
    },

    /// Billing failed.
    #[error(transparent)]
    #[api_error(transparent)]
    Billing(#[from] BillingError),
}

/// Errors of the billing service.
#[derive(Debug, thiserror::Error, ApiError, apicodes::openapi::IntoResponses)]
pub enum BillingError {
    /// The card on file was declined.
    #[error("card declined")]
    #[api_error(code = PaymentRequired)]
    CardDeclined,
}

/// Adds a custom attribute to an account.
#[utoipa::path(
    put,
    path = "/users/{id}/attributes/{name}",
    responses((status = 201, description = "The attribute was added"), AccountError)
)]
#[expect(dead_code, reason = "documented here, not served")]
fn set_attribute() {}

#[derive(OpenApi)]
#[openapi(info(title = "Accounts API", version = "1.0.0"), paths(set_attribute))]
struct ApiDoc;

fn main() -> Result<(), serde_json::Error> {
    println!("{}", ApiDoc::openapi().to_pretty_json()?);
    Ok(())
}
