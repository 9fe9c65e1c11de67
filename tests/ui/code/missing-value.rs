#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code)]
    Missing,
}

fn main() {}
