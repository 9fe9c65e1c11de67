//! trybuild cases for `#[derive(ApiError)]`, grouped by what the mistake is
//! about (`code/`, `message/`, `transparent/`, ...): each `<mistake>.rs` and
//! the `<mistake>.stderr` it must produce. Run by `compiletest.rs`; the
//! library itself is empty.
