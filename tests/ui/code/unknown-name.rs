#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = NotFund)]
    Missing,
    #[api_error(code = not_found)]
    Missing2,
    #[api_error(code = Teapot)]
    Teapot,
    // Success codes are never suggested (`Ok` would be nearest).
    #[api_error(code = Okay)]
    Okay,
}

fn main() {}
