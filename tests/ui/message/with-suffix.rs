#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 404, message = "hello"suffix)]
    Suffixed,
}

fn main() {}
