// Against a table of the user's own: a redirect is no error's code, and a
// bare `other_error` (an undocumented 500) is wrong where the table
// documents 500, which makes it an ordinary code.
#[apicodes::table]
pub enum ShopCode {
    /// Moved.
    #[code(message = "Moved")]
    Moved = 301,
    /// Conflict.
    #[code(message = "Conflict")]
    Conflict = 409,
    /// Broke.
    #[code(message = "Internal error")]
    InternalError = 500,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = ShopCode)]
pub enum E {
    #[api_error(code = 301)]
    Moved,
    #[api_error(other_error)]
    Down,
    #[api_error(code = 503, other_error)]
    Unavailable,
}

fn main() {}
