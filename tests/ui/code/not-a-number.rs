#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = "404")]
    Quoted,
    #[api_error(code = "Gone")]
    QuotedName,
    #[api_error(code = "teapot")]
    QuotedNonsense,
    #[api_error(code = 404.0)]
    Float,
    #[api_error(code = http::NotFound)]
    Path,
}

fn main() {}
