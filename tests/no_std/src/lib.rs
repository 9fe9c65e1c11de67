//! A `#![no_std]` crate using the derive: `::std` cannot be named here, so it
//! compiles only if the generated code needs nothing beyond `core` and `alloc`.
//!
//! Built by `.ci/run` on its own (`cargo build -p apicodes-test-no-std`), so
//! apicodes is compiled without default features.

#![no_std]

extern crate alloc;

use alloc::string::String;

/// An error of a `no_std` service.
#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 400)]
pub enum DeviceError {
    /// The register does not exist.
    #[api_error(code = 404, message = "No register {0:#x}")]
    NoRegister(u32),
    /// Throttled.
    #[api_error(code = 429, retry_after = wait)]
    Busy {
        /// Seconds to wait.
        wait: core::time::Duration,
    },
    /// Anything else the device rejects.
    Rejected,
    /// A nested error.
    #[api_error(transparent)]
    Storage(StorageFull),
}

/// The device is full.
#[derive(Debug, apicodes::ApiError)]
#[api_error(code = OutOfStorage, message = "Device {name} is full")]
pub struct StorageFull {
    /// The device's name.
    pub name: String,
}

/// The JSON body for an error, as a `no_std` program would send it.
///
/// ```
/// let json = apicodes_test_no_std::body(&apicodes_test_no_std::DeviceError::NoRegister(255));
/// assert_eq!(json, r#"{"code":404,"message":"No register 0xff"}"#);
/// ```
#[must_use]
pub fn body(err: &DeviceError) -> String {
    let mut out = String::new();
    apicodes::ApiError::write_json(err, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::{DeviceError, StorageFull, body};
    use alloc::borrow::ToOwned;
    use apicodes::ApiError;

    #[test]
    fn bodies() {
        assert_eq!(
            body(&DeviceError::Rejected),
            r#"{"code":400,"message":"Bad request"}"#
        );
        let full = DeviceError::Storage(StorageFull {
            name: "sd\"0".to_owned(),
        });
        assert_eq!(
            body(&full),
            r#"{"code":507,"message":"Device sd\"0 is full"}"#
        );
        let busy = DeviceError::Busy {
            wait: core::time::Duration::from_millis(10),
        };
        assert_eq!(busy.retry_after(), Some(1));
    }
}
