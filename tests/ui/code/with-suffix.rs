#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 404u16)]
    Missing,
    #[api_error(code = 404_u16)]
    Underscored,
}

fn main() {}
