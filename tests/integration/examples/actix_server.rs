//! A tiny account API on actix-web whose handlers return derived errors:
//! `cargo run -p apicodes-integration --example actix_server`. It listens on
//! 127.0.0.1 at the port in `PORT` (default: one the OS picks), prints the
//! address and curl commands to try, and serves until stopped.

use std::net::TcpListener;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use actix_web::{App, HttpRequest, HttpServer, web};
use apicodes::ApiError;

/// What the account endpoints can answer besides success. actix-web needs
/// `Debug` and `Display` (here from thiserror) for its logs; clients get the
/// documented body.
#[derive(Debug, thiserror::Error, ApiError, apicodes::actix::ResponseError)]
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
#[derive(Debug, thiserror::Error, ApiError, apicodes::actix::ResponseError)]
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
async fn account(id: web::Path<u64>) -> Result<web::Json<Account>, AccountError> {
    match id.into_inner() {
        1 => Ok(web::Json(Account {
            id: 1,
            name: "alice",
        })),
        2 => Err(AccountError::Deleted { id: 2 }),
        id => Err(AccountError::NoSuchAccount { id }),
    }
}

/// Account 1 is on a plan with 20 attributes, all used.
async fn add_attribute(id: web::Path<u64>) -> Result<web::Json<Account>, AccountError> {
    match id.into_inner() {
        1 => Err(AccountError::OutOfAttributes { id: 1, limit: 20 }),
        id => Err(AccountError::NoSuchAccount { id }),
    }
}

/// Needs `authorization: Bearer demo`.
async fn me(req: HttpRequest) -> Result<web::Json<Account>, AccountError> {
    match req.headers().get("authorization") {
        Some(value) if value == "Bearer demo" => Ok(web::Json(Account {
            id: 1,
            name: "alice",
        })),
        _ => Err(AccountError::Unauthorized),
    }
}

/// The billing service's error converts with `?`.
async fn export() -> Result<web::Json<Account>, AccountError> {
    check_plan()?;
    Ok(web::Json(Account {
        id: 1,
        name: "alice",
    }))
}

fn check_plan() -> Result<(), BillingError> {
    Err(BillingError::PlanRequired)
}

/// Three searches, then a 429 with `Retry-After: 2` (1.5 s, rounded up).
async fn search() -> Result<web::Json<Vec<Account>>, AccountError> {
    static SEARCHES: AtomicU32 = AtomicU32::new(0);
    if SEARCHES.fetch_add(1, Ordering::Relaxed) >= 3 {
        return Err(AccountError::RateLimited {
            wait: Duration::from_millis(1500),
        });
    }
    Ok(web::Json(vec![Account {
        id: 1,
        name: "alice",
    }]))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let port = std::env::var("PORT").unwrap_or_else(|_| "0".to_owned());
    let listener = TcpListener::bind(format!("127.0.0.1:{port}"))?;
    let base = format!("http://{}", listener.local_addr()?);
    println!("account API (actix-web) listening on {base}; try:");
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
    HttpServer::new(|| {
        App::new()
            .route("/accounts/{id}", web::get().to(account))
            .route("/accounts/{id}/attributes", web::post().to(add_attribute))
            .route("/me", web::get().to(me))
            .route("/export", web::get().to(export))
            .route("/search", web::get().to(search))
    })
    .listen(listener)?
    .run()
    .await
}
