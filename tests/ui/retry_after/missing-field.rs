#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 429, retry_after = wiat)]
    Limited { wait: u64 },
}

fn main() {}
