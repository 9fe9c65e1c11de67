#[derive(apicodes::ApiError)]
enum E {
    // Another name for a key (HTTP's `status`, a common `msg`) names the key.
    #[api_error(code = 404, status = 404)]
    Missing,
    #[api_error(msg = "x", code = 404)]
    Other,
    #[api_error(statuscode = 404)]
    Unnamed,
    // A near miss is named.
    #[api_error(code = 429, retry_afer = 0)]
    Slow(u64),
    // A key written as the header is (`Retry-After`) is one key, shown
    // whole, with the key meant; and so is any key with dashes.
    #[api_error(code = 429, retry-after = 0)]
    Slower(u64),
    #[api_error(other-error)]
    Outage,
    // A dash before a number, or before nothing, is part of the key too.
    #[api_error(code-5 = 404)]
    Numbered,
    #[api_error(code = 404, message-)]
    Trailing,
}

fn main() {}
