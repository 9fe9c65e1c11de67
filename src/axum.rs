//! Placeholder: being written.

#[doc(hidden)]
#[macro_export]
macro_rules! __integration_axum {
    ($($input:tt)*) => {};
}
