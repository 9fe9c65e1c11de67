#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 404, message = "No user {idd}")]
    NoSuchUser { id: u64 },
    #[api_error(code = 404, message = "No user {0}")]
    Named { id: u64 },
    // Raw names are listed as messages name them, without `r#`.
    #[api_error(code = 404, message = "No {kind}")]
    r#Raw { r#type: u8, r#async: u8 },
}

fn main() {}
