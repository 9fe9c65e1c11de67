#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 400, message = "Field {1} is invalid")]
    Invalid(String),
    #[api_error(code = 400, message = "Field {0} is invalid")]
    NoFields,
}

fn main() {}
