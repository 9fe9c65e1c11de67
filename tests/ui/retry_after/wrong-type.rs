#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 429, retry_after = wait)]
    Limited { wait: String },
}

fn main() {}
