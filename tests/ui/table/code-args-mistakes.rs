// Each mistake in `#[code(...)]` is reported at its key, and the rest of
// the table is still checked.
#[apicodes::table]
pub enum Shop {
    /// Written with a `code` key.
    #[code(message = "Conflict", code = 409)]
    Conflict = 409,
    /// A key without its value: the message it meant is not reported missing.
    #[code(message)]
    Teapot = 418,
    /// A message that is not a string.
    #[code(message = 5, title = "LOCKED")]
    Locked = 423,
    /// Twice.
    #[code(message = "Locked again")]
    Again = 423,
}

#[apicodes::table(pages = "pages/shop.md")]
pub enum Misspelled {}

#[apicodes::table("pages/shop.md")]
pub enum Unnamed {}

fn main() {}
