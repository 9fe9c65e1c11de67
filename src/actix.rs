//! Placeholder: being written.

#[doc(hidden)]
#[macro_export]
macro_rules! __integration_actix_web {
    ($($input:tt)*) => {};
}
