//! Benchmarks of `apicodes`: `benches/runtime.rs` (criterion, run time) and
//! `compile_time.sh` (whole builds timed side by side). Results and how to
//! reproduce them: `README.md` here. The library itself is empty.
