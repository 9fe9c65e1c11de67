// A code is a number or a name, not an expression; the other keys and
// variants are still read.
#[derive(Debug, apicodes::ApiError)]
enum E {
    #[api_error(code = 400 + 4, message = "x")]
    Summed,
    #[api_error(code = NotFound as u16)]
    Cast,
    #[api_error(code = 404, mesage = "typo")]
    Fine,
    // A comma left out is not an expression.
    #[api_error(code = 410 message = "x")]
    NoComma,
    #[api_error(code = 503 other_error)]
    NoCommaFlag,
    // A group is an expression too, and the keys after it are read.
    #[api_error(code = (404), message = "{bad")]
    Parenthesized,
}

fn main() {}
