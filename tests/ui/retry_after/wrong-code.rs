#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 404, retry_after = wait)]
    Missing { wait: u64 },
}

fn main() {}
