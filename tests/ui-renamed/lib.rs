//! trybuild cases compiled in a crate that names apicodes `codes`, where
//! `::apicodes` means nothing: a mistake before `crate = codes` in the same
//! attribute is still reported as itself. Run by `compiletest.rs`; the
//! library itself is empty.
