struct Opaque;

#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 400, message = "bad {0}")]
    Bad(Opaque),
}

fn main() {}
