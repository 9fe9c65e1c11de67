//! Each mistake in cases/ is reported as itself, through the crate path its
//! attribute gives after the mistake.

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("cases/*.rs");
}
