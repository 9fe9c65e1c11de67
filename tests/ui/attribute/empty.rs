#[derive(apicodes::ApiError)]
enum E {
    #[api_error()]
    Empty,
    #[api_error]
    Bare,
}

fn main() {}
