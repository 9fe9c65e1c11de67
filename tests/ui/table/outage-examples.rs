// `other_error` on a code that is no outage names server errors the table
// does not document, from the table itself: here 500 and 503 are
// documented, so the examples are 501 and 502.
#[apicodes::table]
pub enum ShopCode {
    /// Fine.
    #[code(message = "OK")]
    Ok = 200,
    /// Not there.
    #[code(message = "Not found")]
    NotFound = 404,
    /// Broke.
    #[code(message = "Internal error")]
    InternalError = 500,
    /// Down for a while.
    #[code(message = "Unavailable")]
    Unavailable = 503,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = ShopCode)]
pub enum E {
    #[api_error(code = 200, other_error)]
    Success,
    #[api_error(code = 450, other_error)]
    ClientSide,
}

fn main() {}
