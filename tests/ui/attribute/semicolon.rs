#[derive(Debug, apicodes::ApiError)]
enum AppError {
    #[api_error(code = 404; message = "Nothing here")]
    Missing,
}

fn main() {}
