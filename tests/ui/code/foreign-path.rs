// A code named through a path names the standard table only as `Code` or
// through this crate's path.
#[derive(Debug, apicodes::ApiError)]
enum E {
    #[api_error(code = Code::Gone)]
    Short,
    #[api_error(code = apicodes::Code::Gone)]
    Full,
    #[api_error(code = elsewhere::Code::Gone)]
    Elsewhere,
    // Another crate's constant: the code its name is nearest is named.
    #[api_error(code = http::StatusCode::NOT_FOUND)]
    Http,
}

fn main() {}
