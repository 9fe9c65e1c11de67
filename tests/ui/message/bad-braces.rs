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
    // As `format!` reads it: `}` is the fill, since `<` follows.
    #[api_error(code = 400, message = "<b>{v:}</b>")]
    Fill { v: u8 },
    // As `format!`, no space before the name.
    #[api_error(code = 400, message = "{ v}")]
    Spaced { v: u8 },
    // As `format!`, a width or precision is at most 65535.
    #[api_error(code = 400, message = "{0:70000}|{0:.065536}")]
    Wide(u8),
    // `format!` takes `p`; a message does not.
    #[api_error(code = 400, message = "at {0:p}")]
    Pointer(&'static u8),
}

fn main() {}
