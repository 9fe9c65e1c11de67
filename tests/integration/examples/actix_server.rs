//! The account API (`apicodes_integration::accounts`) on actix-web:
//! `cargo run -p apicodes-integration --example actix_server`. It listens on
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
//! PORT=3000 cargo run -p apicodes-integration --example actix_server &
//! curl -s localhost:3000/openapi.json > openapi.json && openapi-spec-validator openapi.json
//! schemathesis run http://127.0.0.1:3000/openapi.json \
//!   --checks status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance,negative_data_rejection
//! ```
//!
//! (Those checks, not `--checks all`: its `unsupported_method` check expects
//! a 405 for a method the document does not declare, which a table without
//! 405, the standard one among them, answers as a 400, by design.)

use std::net::TcpListener;

use actix_web::dev::Service as _;
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use apicodes_integration::accounts::{
    self, Account, AccountError, ApiDoc, Attribute, AttributeError, AuthError, BillingError,
    NewAccount, Search, SearchError,
};
use tracing::Instrument as _;
use utoipa::OpenApi;

async fn account(id: web::Path<u64>) -> Result<web::Json<Account>, AccountError> {
    accounts::account(id.into_inner()).map(web::Json)
}

async fn delete(id: web::Path<u64>) -> Result<HttpResponse, AccountError> {
    accounts::delete(id.into_inner()).map(|()| HttpResponse::NoContent().finish())
}

async fn create(new: web::Json<NewAccount>) -> HttpResponse {
    HttpResponse::Created().json(accounts::create(new.into_inner()))
}

async fn add_attribute(
    id: web::Path<u64>,
    attribute: web::Json<Attribute>,
) -> Result<web::Json<Account>, AttributeError> {
    accounts::add_attribute(id.into_inner(), attribute.into_inner()).map(web::Json)
}

async fn me(req: HttpRequest) -> Result<web::Json<Account>, AuthError> {
    let authorization = req
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok());
    accounts::me(authorization).map(web::Json)
}

async fn export() -> Result<web::Json<Vec<Account>>, BillingError> {
    accounts::export().map(web::Json)
}

async fn search(terms: web::Query<Search>) -> Result<web::Json<Vec<Account>>, SearchError> {
    accounts::search(&terms).map(web::Json)
}

async fn document() -> web::Json<utoipa::openapi::OpenApi> {
    web::Json(ApiDoc::openapi())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    // The operator's log: each error response with what its body hides,
    // under the target `apicodes`.
    tracing_subscriber::fmt().init();
    let port = std::env::var("PORT").unwrap_or_else(|_| "0".to_owned());
    let listener = TcpListener::bind(format!("127.0.0.1:{port}"))?;
    let base = format!("http://{}", listener.local_addr()?);
    println!("account API (actix-web) listening on {base}; try:");
    for command in accounts::TRY {
        println!("  curl -i {}", command.replace("{base}", &base));
    }
    HttpServer::new(|| {
        // Routes written as resources, so that actix-web knows each path's
        // methods and sends `Allow` with a wrong one; the default service
        // and the contract, last, keep every answer documented.
        App::new()
            .service(web::resource("/accounts").post(create))
            .service(web::resource("/accounts/{id}").get(account).delete(delete))
            .service(web::resource("/accounts/{id}/attributes").post(add_attribute))
            .service(web::resource("/me").get(me))
            .service(web::resource("/export").get(export))
            .service(web::resource("/search").get(search))
            .service(web::resource("/openapi.json").get(document))
            .default_service(web::to(apicodes::actix::not_found))
            .wrap(apicodes::actix::Contract::new())
            // The request's span, outside the contract, around every event:
            // a handler's derived error is recorded where its response is
            // made, without the request (tracing-actix-web's
            // `TracingLogger` gives such a span, with more fields).
            .wrap_fn(|req, srv| {
                let span = tracing::info_span!(
                    "request",
                    method = %req.method(),
                    path = req.path(),
                );
                srv.call(req).instrument(span)
            })
    })
    .listen(listener)?
    .run()
    .await
}
