//! Prints the OpenAPI document of the account API the example servers
//! serve (`apicodes_integration::accounts`), whose operations list every
//! error they can answer with, their own and the framework's:
//! `cargo run -p apicodes-integration --example openapi`.

use apicodes_integration::accounts::ApiDoc;
use utoipa::OpenApi;

fn main() -> Result<(), serde_json::Error> {
    println!("{}", ApiDoc::openapi().to_pretty_json()?);
    Ok(())
}
