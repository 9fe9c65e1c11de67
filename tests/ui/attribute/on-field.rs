#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 429)]
    Limited {
        #[api_error(retry_after)]
        wait: u64,
    },
}

fn main() {}
