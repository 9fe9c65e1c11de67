//! The README's first command: every documented response code with its JSON
//! body, then a derived domain error and the bodies it sends.
//!
//! ```sh
//! cargo run --example quickstart
//! ```

use apicodes::{ApiError, ApiErrorDocs, Code, OTHER_ERRORS};

/// Errors of an account service, each mapped to a documented code.
#[derive(Debug, thiserror::Error, ApiError)]
pub enum AccountError {
    /// No account has the requested id.
    #[error("no user with id {id}")]
    #[api_error(code = 404)]
    NoSuchUser {
        /// The id that was looked up.
        id: u64,
    },

    /// The token predates the last password change.
    #[error("token issued before the last password change")]
    #[api_error(code = Gone)]
    StaleToken,

    /// The account holds as many custom attributes as its plan allows.
    #[error("quota of {limit} attributes reached")]
    #[api_error(code = 507, message = "Attribute limit {limit} reached")]
    OutOfAttributes {
        /// The plan's limit.
        limit: u32,
    },

    /// Too many requests from this client.
    #[error("rate limited for {wait_secs}s")]
    #[api_error(code = 429, retry_after = wait_secs)]
    RateLimited {
        /// Seconds until the next request is accepted.
        wait_secs: u32,
    },

    /// A billing failure, answered as billing answers it.
    #[error(transparent)]
    #[api_error(transparent)]
    Billing(#[from] BillingError),
}

/// Errors of the billing service.
#[derive(Debug, thiserror::Error, ApiError)]
pub enum BillingError {
    /// The card on file was declined.
    #[error("card ending {last4} declined by the issuer")]
    #[api_error(code = PaymentRequired)]
    CardDeclined {
        /// The card's last four digits: kept out of the public body.
        last4: String,
    },
}

fn main() {
    println!("The documented response codes\n");
    println!("{:>5}  {:<16} {:<18} body", "code", "name", "message");
    for &code in Code::ALL {
        // By the HTTP rules, a 204 is sent without a body.
        let body = if code.as_u16() == 204 {
            "(sent without a body)"
        } else {
            code.json()
        };
        println!(
            "{:>5}  {:<16} {:<18} {body}",
            code.as_u16(),
            code.name(),
            code.message(),
        );
    }
    println!("\nWhat each means, as the page says:\n");
    for &code in Code::ALL {
        println!(
            "  {} {}: {}",
            code.as_u16(),
            code.title(),
            code.description()
        );
    }
    println!("\nAny other code: {OTHER_ERRORS}\n");

    println!("A derived error type, AccountError: what each value sends\n");
    let errors = [
        AccountError::NoSuchUser { id: 7 },
        AccountError::StaleToken,
        AccountError::OutOfAttributes { limit: 20 },
        AccountError::RateLimited { wait_secs: 30 },
        AccountError::from(BillingError::CardDeclined {
            last4: "4242".into(),
        }),
    ];
    for err in &errors {
        println!("  {err}");
        let retry = err
            .retry_after()
            .map(|secs| format!("   (Retry-After: {secs})"))
            .unwrap_or_default();
        println!("    -> {} {}{retry}", err.code().as_u16(), err.to_json());
    }
    println!(
        "\nThe `Display` text above is for logs; bodies carry only the documented \
         message or the one written with `message = \"...\"`."
    );
    let codes: Vec<String> = AccountError::CODES
        .iter()
        .map(|code| code.as_u16().to_string())
        .collect();
    println!(
        "AccountError can answer with: {} (known at compile time)",
        codes.join(", ")
    );
}
