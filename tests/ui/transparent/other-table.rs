// A transparent variant's inner error must answer in the outer type's
// table: its codes are sent as the outer type's.
#[apicodes::table]
pub enum ShopCode {
    /// The request is malformed.
    #[code(message = "Bad request")]
    BadRequest = 400,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = ShopCode)]
pub enum ShopError {
    #[api_error(code = 400)]
    Malformed,
}

#[derive(Debug, apicodes::ApiError)]
pub enum AppError {
    #[api_error(transparent)]
    Shop(ShopError),
}

fn main() {}
