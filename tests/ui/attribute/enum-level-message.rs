#[derive(apicodes::ApiError)]
#[api_error(code = 400, message = "Bad", transparent)]
enum E {
    A,
}

fn main() {}
