#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 404, status = 404)]
    Missing,
    #[api_error(msg = "x", code = 404)]
    Other,
    // A near miss is named.
    #[api_error(code = 429, retry_afer = 0)]
    Slow(u64),
}

fn main() {}
