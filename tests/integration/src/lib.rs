//! The tests and example servers of `apicodes` that need the web stack
//! (axum, actix-web, reqwest, utoipa) or proptest: `tests/` and `examples/`
//! here, kept out of the `apicodes` package so that its quickstart and
//! trybuild cases build nothing heavy.
//!
//! The library holds what the example servers share: the account API they
//! both serve ([`accounts`]).

pub mod accounts;
