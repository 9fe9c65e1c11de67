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
}

fn main() {}
