//! Placeholder: the criterion benches are being written.
fn main() {}
