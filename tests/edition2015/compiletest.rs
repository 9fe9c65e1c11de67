//! The derive's errors in an edition-2015 crate, where `::core` and
//! `::apicodes` name items of the crate's root: each is shown at its place,
//! in its own words.

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("ui/*.rs");
}
