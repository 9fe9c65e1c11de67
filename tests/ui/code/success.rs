#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 200)]
    Fine,
    #[api_error(code = Created)]
    Made,
    #[api_error(code = 202)]
    Later,
    #[api_error(code = 204)]
    DeletedIsAllowed,
}

fn main() {}
