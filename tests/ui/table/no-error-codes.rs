// A table that documents no error code: what the derive suggests comes
// from the table, never a code it does not document.

#[apicodes::table]
pub enum Fine {
    /// All good.
    #[code(message = "OK")]
    Ok = 200,
    /// Removed.
    #[code(message = "Deleted")]
    Deleted = 204,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = Fine)]
pub enum E {
    #[api_error(code = 200)]
    Success,
    #[api_error(code = 404.0)]
    Float,
}

fn main() {}
