// A constant names no code the derive can check: it says to write the
// number or the code's name.
const MISSING: u16 = 404;

#[derive(Debug, apicodes::ApiError)]
enum AppError {
    #[api_error(code = MISSING)]
    Missing,
}

fn main() {
    let _ = MISSING;
}
