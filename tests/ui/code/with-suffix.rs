#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 404u16)]
    Missing,
}

fn main() {}
