// A keyword of every edition names no field unless written raw.
#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 429, retry_after = type)]
    Type { r#type: u64 },
    #[api_error(code = 429, retry_after = match)]
    Match { r#match: u64 },
    #[api_error(code = 429, retry_after = fn)]
    Fn { r#fn: u64 },
}

fn main() {}
