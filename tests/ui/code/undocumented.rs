#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 418)]
    Teapot,
    #[api_error(code = 500)]
    Internal,
}

fn main() {}
