#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 400, message = "unclosed {id")]
    Unclosed { id: u8 },
    #[api_error(code = 400, message = "stray } brace")]
    Stray,
    #[api_error(code = 400, message = "implicit {} position")]
    Implicit(u8),
    #[api_error(code = 400, message = "width {0:>width$}")]
    Width(u8),
}

fn main() {}
