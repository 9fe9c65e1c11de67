#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = -404)]
    Missing,
    // A minus alone, at the end or before the next key.
    #[api_error(code = -)]
    Alone,
    #[api_error(code = -, message = "gone")]
    BeforeKey,
}

fn main() {}
