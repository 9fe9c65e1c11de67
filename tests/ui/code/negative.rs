#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = -404)]
    Missing,
    // Not a status without its sign either.
    #[api_error(code = -4040)]
    Long,
    #[api_error(code = -4.04)]
    Fraction,
    // Without its sign a success code, which no error answers with.
    #[api_error(code = -200)]
    Success,
    // A minus alone, at the end or before the next key.
    #[api_error(code = -)]
    Alone,
    #[api_error(code = -, message = "gone")]
    BeforeKey,
}

fn main() {}
