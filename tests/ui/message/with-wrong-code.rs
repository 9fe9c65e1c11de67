// A wrong code does not hide a mistake in the same variant's message.
#[derive(Debug, apicodes::ApiError)]
enum AppError {
    #[api_error(code = 418, message = "No {nope}")]
    Teapot { id: u64 },
}

fn main() {}
