// A table path that cannot be read is one error: the variants' codes are
// not checked against the standard table instead, which they were not
// meant for.
#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = crate::Shop<u8>)]
pub enum CartError {
    #[api_error(code = 409)]
    InCart,
    #[api_error(code = Teapot)]
    Brewing,
}

// A mistake at the enum that is not its code hides no variant's missing
// code.
#[derive(Debug, apicodes::ApiError)]
#[api_error(crate = ::apicodes<u8>)]
pub enum Unmapped {
    First,
    Second,
}



// A misspelled key may have been the code: one error, not one more per
// variant.
#[derive(Debug, apicodes::ApiError)]
#[api_error(cod = 500)]
pub enum Misspelled {
    A,
    B,
}
fn main() {}
