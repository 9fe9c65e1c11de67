// The standard table named explicitly checks as the default does.
#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = apicodes::Code)]
enum E {
    #[api_error(code = 418)]
    Teapot,
}

fn main() {}
