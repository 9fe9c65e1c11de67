// A code is a decimal number: other bases and fractions are reported with
// the number to write.
#[derive(Debug, apicodes::ApiError)]
enum AppError {
    #[api_error(code = 0x194)]
    Hex,
    #[api_error(code = 0o624)]
    Octal,
    #[api_error(code = 0b1_1001_0100)]
    Binary,
    #[api_error(code = 4.04)]
    Fraction,
    #[api_error(code = 0x194u16)]
    HexSuffixed,
}

#[apicodes::table]
pub enum Shop {
    /// The cart already holds it.
    #[code(message = "Conflict")]
    Conflict = 0x199,
}

fn main() {}
