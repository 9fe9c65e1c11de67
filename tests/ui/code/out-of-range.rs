#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 70000)]
    Huge,
    #[api_error(code = 99999999999999999999999)]
    Enormous,
}

fn main() {}
