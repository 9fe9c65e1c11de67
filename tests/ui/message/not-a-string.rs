#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 404, message = 404)]
    Number,
}

fn main() {}
