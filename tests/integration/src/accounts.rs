//! The account API both example servers serve (`examples/axum_server.rs`,
//! `examples/actix_server.rs`): its errors, its types, what each operation
//! does, and its OpenAPI document, which the servers serve at
//! `/openapi.json`. Only the routing is each framework's own.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use apicodes::ApiError;
use apicodes::openapi::Endpoint;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

/// What reading (or deleting) an account can answer besides success.
/// `Display` (from thiserror) is the private text for the operator's log;
/// clients get the documented body. Each operation has the error type of
/// what it can answer, so that its OpenAPI responses are exactly those.
#[derive(
    Debug,
    thiserror::Error,
    ApiError,
    apicodes::axum::IntoResponse,
    apicodes::actix::ResponseError,
    apicodes::openapi::IntoResponses,
)]
pub enum AccountError {
    /// No account has the requested id.
    #[error("no account with id {id}")]
    #[api_error(code = 404, message = "No account {id}")]
    NoSuchAccount {
        /// The id asked for.
        id: u64,
    },

    /// The account was deleted.
    #[error("account {id} was deleted")]
    #[api_error(code = NoContent)]
    Deleted {
        /// The account's id.
        id: u64,
    },

    /// The account store is unreachable: an outage.
    #[error("account store unreachable at db-1:5432")]
    #[api_error(other_error, code = 503)]
    StoreDown,
}

/// What adding an attribute can answer: what reading the account can,
/// through `transparent`, or the plan's limit.
#[derive(
    Debug,
    thiserror::Error,
    ApiError,
    apicodes::axum::IntoResponse,
    apicodes::actix::ResponseError,
    apicodes::openapi::IntoResponses,
)]
pub enum AttributeError {
    /// Reading the account failed.
    #[error(transparent)]
    #[api_error(transparent)]
    Account(#[from] AccountError),

    /// The account holds as many attributes as its plan allows.
    #[error("account {id} already holds {limit} attributes")]
    #[api_error(code = 507, message = "Attribute limit {limit} reached")]
    OutOfAttributes {
        /// The account's id.
        id: u64,
        /// The plan's limit.
        limit: u32,
    },
}

/// What asking for one's own account can answer.
#[derive(
    Debug,
    thiserror::Error,
    ApiError,
    apicodes::axum::IntoResponse,
    apicodes::actix::ResponseError,
    apicodes::openapi::IntoResponses,
)]
pub enum AuthError {
    /// The bearer token is missing or wrong.
    #[error("missing or wrong bearer token")]
    #[api_error(code = 401)]
    Unauthorized,
}

/// What a search can answer.
#[derive(
    Debug,
    thiserror::Error,
    ApiError,
    apicodes::axum::IntoResponse,
    apicodes::actix::ResponseError,
    apicodes::openapi::IntoResponses,
)]
pub enum SearchError {
    /// Too many searches; retry after the delay in `Retry-After`.
    #[error("search rate limit exceeded")]
    #[api_error(code = 429, retry_after = wait)]
    RateLimited {
        /// How long to wait.
        wait: Duration,
    },
}

/// Opening an account fails in none of the API's own ways: its document
/// lists only what the framework answers by itself.
#[derive(Debug, thiserror::Error, ApiError, apicodes::openapi::IntoResponses)]
pub enum CreateError {}

/// Errors of the billing service, which exporting answers with as they are.
#[derive(
    Debug,
    thiserror::Error,
    ApiError,
    apicodes::axum::IntoResponse,
    apicodes::actix::ResponseError,
    apicodes::openapi::IntoResponses,
)]
pub enum BillingError {
    /// The free plan cannot export.
    #[error("the free plan cannot export")]
    #[api_error(code = 402)]
    PlanRequired,
}

/// An account.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct Account {
    /// Its id.
    pub id: u64,
    /// Its holder's name.
    pub name: String,
}

/// A new account's details.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NewAccount {
    /// The holder's name.
    pub name: String,
}

/// A custom attribute.
#[derive(Debug, Deserialize, ToSchema)]
pub struct Attribute {
    /// The attribute's name.
    pub name: String,
    /// Its value.
    pub value: String,
}

/// Search terms.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Search {
    /// Text the holder's name contains.
    pub q: String,
}

/// Account 1 is alice; account 2 was deleted; account 3 lives in a store
/// that is down; no other exists.
///
/// # Errors
///
/// As described above.
pub fn account(id: u64) -> Result<Account, AccountError> {
    match id {
        1 => Ok(alice()),
        2 => Err(AccountError::Deleted { id }),
        3 => Err(AccountError::StoreDown),
        _ => Err(AccountError::NoSuchAccount { id }),
    }
}

fn alice() -> Account {
    Account {
        id: 1,
        name: "alice".to_owned(),
    }
}

/// Creates an account: the new one is always number 4.
#[must_use]
pub fn create(new: NewAccount) -> Account {
    Account {
        id: 4,
        name: new.name,
    }
}

/// Deletes an account: only account 1 exists to delete.
///
/// # Errors
///
/// `NoSuchAccount` for any other.
pub fn delete(id: u64) -> Result<(), AccountError> {
    account(id).map(drop)
}

/// Account 1 is on a plan with 20 attributes, all used.
///
/// # Errors
///
/// `OutOfAttributes` for account 1, as `account` says for the others.
pub fn add_attribute(id: u64, _attribute: Attribute) -> Result<Account, AttributeError> {
    let account = account(id)?;
    Err(AttributeError::OutOfAttributes {
        id: account.id,
        limit: 20,
    })
}

/// The account of the holder of `authorization: Bearer demo`.
///
/// # Errors
///
/// `Unauthorized` without it.
pub fn me(authorization: Option<&str>) -> Result<Account, AuthError> {
    match authorization {
        Some("Bearer demo") => Ok(alice()),
        _ => Err(AuthError::Unauthorized),
    }
}

/// Exports the account list, which the free plan cannot.
///
/// # Errors
///
/// Always the billing service's `PlanRequired`.
pub fn export() -> Result<Vec<Account>, BillingError> {
    Err(BillingError::PlanRequired)
}

/// Ten searches, then a 429 with `Retry-After: 2` (1.5 s, rounded up).
///
/// # Errors
///
/// `RateLimited` from the eleventh search on.
pub fn search(search: &Search) -> Result<Vec<Account>, SearchError> {
    static SEARCHES: AtomicU32 = AtomicU32::new(0);
    if SEARCHES.fetch_add(1, Ordering::Relaxed) >= 10 {
        return Err(SearchError::RateLimited {
            wait: Duration::from_millis(1500),
        });
    }
    Ok(Some(alice())
        .filter(|a| a.name.contains(&search.q))
        .into_iter()
        .collect())
}

// The operations as the document describes them: each server implements
// them with its own handlers. Every operation answers with its handler's
// error type (exactly the codes it can answer with) plus what the
// framework answers by itself (`Endpoint`).

/// Reads an account.
#[utoipa::path(
    get,
    path = "/accounts/{id}",
    params(("id" = u64, Path, description = "The account's id")),
    responses((status = 200, description = "The account", body = Account), Endpoint<AccountError>)
)]
pub fn get_account() {}

/// Deletes an account.
#[utoipa::path(
    delete,
    path = "/accounts/{id}",
    params(("id" = u64, Path, description = "The account's id")),
    responses(Endpoint<AccountError>)
)]
pub fn delete_account() {}

/// Opens an account.
#[utoipa::path(
    post,
    path = "/accounts",
    request_body = NewAccount,
    responses((status = 201, description = "The new account", body = Account), Endpoint<CreateError>)
)]
pub fn create_account() {}

/// Adds a custom attribute to an account.
#[utoipa::path(
    post,
    path = "/accounts/{id}/attributes",
    params(("id" = u64, Path, description = "The account's id")),
    request_body = Attribute,
    responses((status = 200, description = "The account", body = Account), Endpoint<AttributeError>)
)]
pub fn add_account_attribute() {}

/// The caller's own account.
#[utoipa::path(
    get,
    path = "/me",
    params(("authorization" = Option<String>, Header, description = "`Bearer demo`")),
    responses((status = 200, description = "The caller's account", body = Account), Endpoint<AuthError>)
)]
pub fn get_me() {}

/// Exports every account.
#[utoipa::path(
    get,
    path = "/export",
    responses((status = 200, description = "Every account", body = Vec<Account>), Endpoint<BillingError>)
)]
pub fn get_export() {}

/// Searches accounts by name.
#[utoipa::path(
    get,
    path = "/search",
    params(Search),
    responses((status = 200, description = "The accounts found", body = Vec<Account>), Endpoint<SearchError>)
)]
pub fn get_search() {}

/// The account API's document.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Account API (apicodes example)",
        version = "1.0.0",
        description = "A small account API whose every error, its own or the framework's, is a documented code in the documented shape."
    ),
    paths(
        get_account,
        delete_account,
        create_account,
        add_account_attribute,
        get_me,
        get_export,
        get_search
    )
)]
pub struct ApiDoc;

/// The curl commands the servers print to try, with `{base}` their address.
pub const TRY: &[&str] = &[
    "{base}/accounts/1                 # 200 and the account",
    "{base}/accounts/7                 # 404 {\"code\":404,\"message\":\"No account 7\"}",
    "{base}/accounts/2                 # 204 deleted: no body, no content-type",
    "{base}/accounts/3                 # 503 {\"code\":503,\"message\":\"Server error\"}; the cause is in the log",
    "{base}/accounts/abc               # 400: the framework's own rejection, documented",
    "-X PUT {base}/accounts/1          # 400 and Allow: a wrong method",
    "{base}/nope                       # 404: an unknown route",
    "-H 'content-type: application/json' -d '{\"name\":\"bob\"}' {base}/accounts    # 201",
    "-H 'content-type: application/json' -d '{\"name\":\"x\",\"value\":\"y\"}' {base}/accounts/1/attributes  # 507",
    "{base}/me                         # 401 without the token",
    "-H 'authorization: Bearer demo' {base}/me",
    "{base}/export                     # 402 from the billing service's error",
    "'{base}/search?q=al'              # the 11th call: 429 with retry-after: 2",
    "{base}/openapi.json               # this API's OpenAPI document",
];
