#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 404, message = "")]
    Empty,
    #[api_error(code = 404, message = "   ")]
    Blank,
}

fn main() {}
