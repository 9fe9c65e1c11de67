#[apicodes::table(other_errors = "Retry later.")]
pub enum ShopCode {
    /// Fine.
    #[code(message = "OK")]
    Ok = 200,
    #[code(message = "Conflict")]
    Undescribed = 409,
    /// No message.
    NoMessage = 410,
    /// Twice.
    #[code(message = "Conflict again")]
    Again = 409,
    /// Not a status.
    #[code(message = "Huge")]
    Huge = 1000,
    /// Not an HTTP status (RFC 9110), though three digits.
    #[code(message = "Odd")]
    Odd = 600,
    /// An expression, not a number.
    #[code(message = "Summed")]
    Summed = 400 + 12,
    /// A suffix, as `code = 404u16` has none in #[api_error].
    #[code(message = "Suffixed")]
    Suffixed = 412u16,
    /// Not a number.
    #[code(message = "Negated")]
    Negated = !413,
    /// Negative, as `code = -404` is in #[api_error].
    #[code(message = "Negative")]
    Negative = -415,
    /// No code.
    #[code(message = "Codeless")]
    Codeless,
    /// An empty message.
    #[code(message = "")]
    Empty = 411,
    /// A message of white space alone.
    #[code(message = "   ")]
    Blank = 414,
    /// A bad key.
    #[code(message = "Teapot", colour = "brown")]
    Teapot = 418,
    /// A description from a macro, which the table cannot read: one error,
    /// at the macro, not also "describe it".
    #[doc = concat!("Too", " early.")]
    #[code(message = "Early")]
    Early = 425,
}

#[apicodes::table(page = "pages/shop.md", title = "Shop")]
pub enum WithBody {
    /// Variants beside a page.
    #[code(message = "OK")]
    Ok = 200,
}

#[apicodes::table]
pub enum Empty {}

fn main() {}
