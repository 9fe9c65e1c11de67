#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = -404)]
    Missing,
}

fn main() {}
