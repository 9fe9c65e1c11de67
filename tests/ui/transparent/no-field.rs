#[derive(apicodes::ApiError)]
enum E {
    #[api_error(transparent)]
    Nothing,
}

fn main() {}
