//! Each mistake in tests/ui is a compile error with a spanned, actionable message.

use std::path::Path;

#[test]
fn ui() {
    pages_beside_the_cases();
    let t = trybuild::TestCases::new();
    t.compile_fail("*/*.rs");
}

/// `#[apicodes::table(page = "...")]` reads a page relative to the manifest
/// of the crate being compiled, and trybuild compiles the cases as a crate
/// of its own in `<target>/tests/trybuild/apicodes-ui/`: the pages the
/// `table/` cases read (and fail to read) go there, as `pages/*.md`.
fn pages_beside_the_cases() {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is <target>/tmp");
    let to = target.join("tests/trybuild/apicodes-ui/pages");
    std::fs::create_dir_all(&to).expect("create the pages directory");
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("pages");
    for entry in std::fs::read_dir(&from).expect("tests/ui/pages") {
        let path = entry.expect("a page").path();
        let name = path.file_name().expect("a file name");
        std::fs::copy(&path, to.join(name)).expect("copy a page");
    }
}
