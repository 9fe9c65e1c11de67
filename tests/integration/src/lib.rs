//! The tests and example servers of `apicodes` that need the web stack
//! (axum, actix-web, reqwest, utoipa) or proptest: `tests/` and `examples/`
//! here. Kept out of the `apicodes` package so that its quickstart and
//! trybuild cases build nothing heavy. The library itself is empty.
