//! The integration tests that need the web stack, one module per feature,
//! in one test binary: each binary would link axum, actix-web and their
//! dependencies again, and linking dominates their build. The contract
//! tests are binaries of their own, as each installs a global `tracing`
//! subscriber to capture what the servers log.

mod common;
mod fields;
mod wire;

mod test_actix;
mod test_axum;
mod test_client;
mod test_code;
mod test_derive;
mod test_http;
mod test_input;
mod test_json;
mod test_lints;
mod test_log;
mod test_no_implicit_prelude;
mod test_openapi;
mod test_own_table;
mod test_page;
mod test_serde;
