//! The derive's errors in an edition-2015 crate, where `::core` and
//! `::apicodes` name items of the crate's root: each is shown at its place,
//! in its own words. The crate has the `utoipa` feature (tests/ui has not,
//! so that syn is built there as the derive alone builds it), and so the
//! OpenAPI integration's errors are here too (`openapi-*`).

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("ui/*.rs");
}
