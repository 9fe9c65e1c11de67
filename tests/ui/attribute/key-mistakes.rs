#[derive(apicodes::ApiError)]
enum E {
    // More names other crates (or HTTP) give `code` and `message`.
    #[api_error(code = 404, http_code = 404)]
    HttpCode,
    #[api_error(code = 404, http_status = 404)]
    HttpStatus,
    #[api_error(code = 404, status_code = 404)]
    StatusCode,
    #[api_error(code = 404, text = "x")]
    Text,
    // A message without its key, as thiserror's `#[error("...")]` takes it.
    #[api_error(code = 404, "No such user")]
    Positional,
    // A code in quotes where a key goes.
    #[api_error("404")]
    QuotedCode,
    // A key without its value: the error shows one.
    #[api_error(code = 404, message)]
    NoMessage,
    #[api_error(code = 404, codes)]
    NoCodes,
    #[api_error(code = 429, retry_after)]
    NoRetryAfter(u64),
    // A code written alone from the crate's root keeps its `::`.
    #[api_error(::apicodes::Code::Gone)]
    Rooted,
    // Another key after a code, without a comma between.
    #[api_error(code = 404 other = 1)]
    NoComma,
    // A hexadecimal code too large for any response code.
    #[api_error(code = 0xFFFFF)]
    HugeHex,
    // A suffixed message is shown escaped.
    #[api_error(code = 400, message = "a\"b\n"x)]
    Suffixed,
}

fn main() {}
