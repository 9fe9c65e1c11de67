#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 404, message = "No user {idd}")]
    NoSuchUser { id: u64 },
    #[api_error(code = 404, message = "No user {0}")]
    Named { id: u64 },
}

fn main() {}
