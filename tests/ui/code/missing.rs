use apicodes::ApiError;

#[derive(ApiError)]
enum AccountError {
    NoSuchUser { id: u64 },
    #[api_error(code = 410)]
    StaleToken,
    Locked,
}

fn main() {}
