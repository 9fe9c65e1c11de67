//! Placeholder: being written.

#[doc(hidden)]
#[macro_export]
macro_rules! __integration_utoipa {
    ($($input:tt)*) => {};
}
