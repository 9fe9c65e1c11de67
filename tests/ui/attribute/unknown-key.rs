#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 404, status = 404)]
    Missing,
    #[api_error(msg = "x", code = 404)]
    Other,
}

fn main() {}
