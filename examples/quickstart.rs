//! smoke
use apicodes::ApiError;

#[derive(Debug, ApiError)]
pub enum AccountError {
    /// No account.
    #[api_error(code = 404)]
    NoSuchUser { id: u64 },
    #[api_error(code = Gone)]
    StaleToken,
    #[api_error(code = 507, message = "Attribute limit {limit} reached \"{name:?}\"")]
    OutOfAttributes { limit: u32, name: String },
    #[api_error(code = 429, retry_after = 0)]
    Slow(u32),
    #[api_error(transparent)]
    Inner(Inner),
}

#[derive(Debug, ApiError)]
#[api_error(code = 402)]
pub struct Inner;

fn main() {
    for e in [
        AccountError::NoSuchUser { id: 1 },
        AccountError::StaleToken,
        AccountError::OutOfAttributes {
            limit: 3,
            name: "a\"b".into(),
        },
        AccountError::Slow(3),
        AccountError::Inner(Inner),
    ] {
        println!("{} {} {:?}", e.to_json(), e.message(), e.retry_after());
    }
    println!("{:?}", <AccountError as apicodes::ApiErrorDocs>::CODES);
    println!(
        "{:#?}",
        <AccountError as apicodes::ApiErrorDocs>::variants()
    );
}
