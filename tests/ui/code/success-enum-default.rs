#[derive(apicodes::ApiError)]
#[api_error(code = 200)]
enum E {
    Fine,
}

fn main() {}
