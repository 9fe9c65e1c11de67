//! Items the derive's generated code names through `::apicodes::__private`.
//! Not public API: no semver guarantees.

use core::fmt;

pub use alloc::borrow::Cow;
pub use alloc::string::String;
pub use alloc::vec::Vec;

pub use apicodes_core::json::escape_fmt_into;

pub use crate::__integrations as integrations;

/// Appends formatted text as is: one interpolated field of a message.
pub fn push_fmt(out: &mut String, args: fmt::Arguments<'_>) {
    if let Some(s) = args.as_str() {
        out.push_str(s);
    } else {
        // Writing into a `String` cannot fail; an error can only come from a
        // `Display` impl; its partial output is kept rather than panicking.
        let _ = fmt::Write::write_fmt(out, args);
    }
}

/// Adds every enabled integration's impls for one derived type. Each
/// integration's macro expands to nothing when its feature is off, so the
/// derive never needs to know which features the facade was built with.
#[doc(hidden)]
#[macro_export]
macro_rules! __integrations {
    ($($input:tt)*) => {
        $crate::__integration_axum! { $($input)* }
        $crate::__integration_actix_web! { $($input)* }
        $crate::__integration_utoipa! { $($input)* }
    };
}

// An integration's macro expands to nothing when its feature is off. Each
// enabled one is defined in its integration's module.

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __integration_axum {
    ($($input:tt)*) => {};
}

#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __integration_actix_web {
    ($($input:tt)*) => {};
}

#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __integration_utoipa {
    ($($input:tt)*) => {};
}
