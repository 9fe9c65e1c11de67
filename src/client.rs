//! Placeholder: being written.

/// Placeholder.
pub fn classify() {}
