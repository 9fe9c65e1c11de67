//! Each mistake in tests/ui is a compile error with a spanned, actionable message.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("*/*.rs");
}
