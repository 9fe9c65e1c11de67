//! A tiny account API on axum whose handlers return derived errors:
//! `cargo run -p apicodes-integration --example axum_server`. It listens on
//! 127.0.0.1 at the port in `PORT` (default: one the OS picks), prints the
//! address and curl commands to try, and serves until stopped.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use apicodes::ApiError;
use axum::extract::Path;
use axum::http::HeaderMap;
use axum::routing::{get, post};
use axum::{Json, Router};

/// What the account endpoints can answer besides success. `Display` is the
/// private text for logs; clients get the documented body.
#[derive(Debug, thiserror::Error, ApiError, apicodes::axum::IntoResponse)]
enum AccountError {
    #[error("no account with id {id}")]
    #[api_error(code = 404, message = "No account {id}")]
    NoSuchAccount { id: u64 },

    #[error("account {id} was deleted")]
    #[api_error(code = NoContent)]
    Deleted { id: u64 },

    #[error("missing or wrong bearer token")]
    #[api_error(code = 401)]
    Unauthorized,

    #[error("search rate limit exceeded")]
    #[api_error(code = 429, retry_after = wait)]
    RateLimited { wait: Duration },

    #[error("account {id} already holds {limit} attributes")]
    #[api_error(code = 507, message = "Attribute limit {limit} reached")]
    OutOfAttributes { id: u64, limit: u32 },

    #[error(transparent)]
    #[api_error(transparent)]
    Billing(#[from] BillingError),
}

/// Errors of the billing service, reused as is through `transparent`.
#[derive(Debug, thiserror::Error, ApiError, apicodes::axum::IntoResponse)]
enum BillingError {
    #[error("the free plan cannot export")]
    #[api_error(code = 402)]
    PlanRequired,
}

#[derive(serde::Serialize)]
struct Account {
    id: u64,
    name: &'static str,
}

/// Account 1 exists, account 2 was deleted, no other does.
async fn account(Path(id): Path<u64>) -> Result<Json<Account>, AccountError> {
    match id {
        1 => Ok(Json(Account { id, name: "alice" })),
        2 => Err(AccountError::Deleted { id }),
        _ => Err(AccountError::NoSuchAccount { id }),
    }
}

/// Account 1 is on a plan with 20 attributes, all used.
async fn add_attribute(Path(id): Path<u64>) -> Result<Json<Account>, AccountError> {
    match id {
        1 => Err(AccountError::OutOfAttributes { id, limit: 20 }),
        _ => Err(AccountError::NoSuchAccount { id }),
    }
}

/// Needs `authorization: Bearer demo`.
async fn me(headers: HeaderMap) -> Result<Json<Account>, AccountError> {
    match headers.get("authorization") {
        Some(value) if value == "Bearer demo" => Ok(Json(Account {
            id: 1,
            name: "alice",
        })),
        _ => Err(AccountError::Unauthorized),
    }
}

/// The billing service's error converts with `?`.
async fn export() -> Result<Json<Account>, AccountError> {
    check_plan()?;
    Ok(Json(Account {
        id: 1,
        name: "alice",
    }))
}

fn check_plan() -> Result<(), BillingError> {
    Err(BillingError::PlanRequired)
}

/// Three searches, then a 429 with `Retry-After: 2` (1.5 s, rounded up).
async fn search() -> Result<Json<Vec<Account>>, AccountError> {
    static SEARCHES: AtomicU32 = AtomicU32::new(0);
    if SEARCHES.fetch_add(1, Ordering::Relaxed) >= 3 {
        return Err(AccountError::RateLimited {
            wait: Duration::from_millis(1500),
        });
    }
    Ok(Json(vec![Account {
        id: 1,
        name: "alice",
    }]))
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let app = Router::new()
        .route("/accounts/{id}", get(account))
        .route("/accounts/{id}/attributes", post(add_attribute))
        .route("/me", get(me))
        .route("/export", get(export))
        .route("/search", get(search));

    let port = std::env::var("PORT").unwrap_or_else(|_| "0".to_owned());
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await?;
    let base = format!("http://{}", listener.local_addr()?);
    println!("account API (axum) listening on {base}; try:");
    for command in [
        "/accounts/1                    # 200 and the account",
        "/accounts/7                    # 404 {\"code\":404,\"message\":\"No account 7\"}",
        "/accounts/2                    # 204 deleted: no body, no content-type",
        "-X POST /accounts/1/attributes # 507 Attribute limit 20 reached",
        "/me                            # 401 without the token",
        "-H 'authorization: Bearer demo' /me",
        "/export                        # 402 from the billing service's error",
        "/search                        # the 4th call: 429 with retry-after: 2",
    ] {
        let command = command.replacen('/', &format!("{base}/"), 1);
        println!("  curl -i {command}");
    }
    axum::serve(listener, app).await
}
