// Against a table of the user's own: a number outside HTTP's statuses is
// said to be one, and a documented code marked as an outage names the table.
#[apicodes::table]
pub enum ShopCode {
    /// Conflict.
    #[code(message = "Conflict")]
    Conflict = 409,
    /// Down.
    #[code(message = "Unavailable")]
    Unavailable = 503,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = ShopCode)]
pub enum E {
    #[api_error(code = 600)]
    TooHigh,
    #[api_error(code = 503, other_error)]
    Down,
}

fn main() {}
