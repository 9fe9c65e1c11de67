// A field is named, not quoted.
#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 429, retry_after = "wait")]
    Throttled { wait: u64 },
}

fn main() {}
