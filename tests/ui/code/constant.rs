// A constant names no code the derive can check: it says to write the
// number or the code's name.
const MISSING: u16 = 404;
const E404: u16 = 404;

#[derive(Debug, apicodes::ApiError)]
enum AppError {
    #[api_error(code = MISSING)]
    Missing,
    // A constant named as codes are (upper case, a digit) is one too.
    #[api_error(code = E404)]
    NamedLikeACode,
}

fn main() {
    let _ = (MISSING, E404);
}
