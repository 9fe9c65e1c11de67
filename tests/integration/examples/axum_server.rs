//! The account API (`apicodes_integration::accounts`) on axum:
//! `cargo run -p apicodes-integration --example axum_server`. It listens on
//! 127.0.0.1 at the port in `PORT` (default: one the OS picks), prints the
//! address and curl commands to try, logs each error response with its
//! hidden cause, and serves until stopped.
//!
//! Every answer is documented, the framework's own included, and the
//! server serves its OpenAPI document at `/openapi.json`. To check both
//! (Python tools from PyPI, in a venv):
//!
//! ```sh
//! pip install openapi-spec-validator schemathesis
//! PORT=3000 cargo run -p apicodes-integration --example axum_server &
//! curl -s localhost:3000/openapi.json > openapi.json && openapi-spec-validator openapi.json
//! schemathesis run http://127.0.0.1:3000/openapi.json \
//!   --checks status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance,negative_data_rejection
//! ```
//!
//! (Those checks, not `--checks all`: its `unsupported_method` check expects
//! a 405 for a method the document does not declare, which a table without
//! 405, the standard one among them, answers as a 400, by design.)

use apicodes_integration::accounts::{
    self, Account, AccountError, ApiDoc, Attribute, AttributeError, AuthError, BillingError,
    NewAccount, Search, SearchError,
};
use axum::extract::{Path, Query};
use axum::http::{HeaderMap, Request, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use tower_http::trace::TraceLayer;
use utoipa::OpenApi;

async fn account(Path(id): Path<u64>) -> Result<Json<Account>, AccountError> {
    accounts::account(id).map(Json)
}

async fn delete(Path(id): Path<u64>) -> Result<StatusCode, AccountError> {
    accounts::delete(id).map(|()| StatusCode::NO_CONTENT)
}

async fn create(Json(new): Json<NewAccount>) -> (StatusCode, Json<Account>) {
    (StatusCode::CREATED, Json(accounts::create(new)))
}

async fn add_attribute(
    Path(id): Path<u64>,
    Json(attribute): Json<Attribute>,
) -> Result<Json<Account>, AttributeError> {
    accounts::add_attribute(id, attribute).map(Json)
}

async fn me(headers: HeaderMap) -> Result<Json<Account>, AuthError> {
    let authorization = headers.get("authorization").and_then(|v| v.to_str().ok());
    accounts::me(authorization).map(Json)
}

async fn export() -> Result<Json<Vec<Account>>, BillingError> {
    accounts::export().map(Json)
}

async fn search(Query(terms): Query<Search>) -> Result<Json<Vec<Account>>, SearchError> {
    accounts::search(&terms).map(Json)
}

/// The app: the account routes, the document, the layer that keeps every
/// answer documented, and, outside it, each request's span.
fn app() -> Router {
    Router::new()
        .route("/accounts", post(create))
        .route("/accounts/{id}", get(account).delete(delete))
        .route("/accounts/{id}/attributes", post(add_attribute))
        .route("/me", get(me))
        .route("/export", get(export))
        .route("/search", get(search))
        .route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
        .layer(apicodes::axum::ContractLayer::new())
        // The request's span, outside the contract, around every event: a
        // handler's derived error is recorded where its response is made,
        // without the request. At INFO, as the events a subscriber shows by
        // default, and without the query, which the contract's own events
        // leave out too; no failure event, which would repeat the contract's.
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request<_>| {
                    tracing::info_span!("request", method = %req.method(), path = req.uri().path())
                })
                .on_failure(()),
        )
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    // The operator's log: each error response with what its body hides,
    // under the target `apicodes`.
    tracing_subscriber::fmt().init();
    let port = std::env::var("PORT").unwrap_or_else(|_| "0".to_owned());
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await?;
    let base = format!("http://{}", listener.local_addr()?);
    println!("account API (axum) listening on {base}; try:");
    for command in accounts::TRY {
        println!("  curl -i {}", command.replace("{base}", &base));
    }
    axum::serve(listener, app()).await
}
