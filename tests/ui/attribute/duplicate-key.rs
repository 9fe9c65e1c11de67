#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 404, code = 410)]
    Twice,
    #[api_error(code = 404)]
    #[api_error(message = "a", message = "b")]
    TwiceMessage,
    #[api_error(code = 404)]
    #[api_error(code = 404)]
    TwoAttributes,
}

fn main() {}
