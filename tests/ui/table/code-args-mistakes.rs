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

// A key with dashes is one key, with the key meant; a misspelled key
// without a value is unknown, not missing its value.
#[apicodes::table(other-errors = "Call us.", exprt, export-)]
pub enum Dashed {
    /// Written with a dash.
    #[code(message-text = "Conflict")]
    Conflict = 409,
    /// Before a number.
    #[code(message = "Gone", title-5 = "GONE")]
    Gone = 410,
}

#[apicodes::table("pages/shop.md")]
pub enum Unnamed {}

fn main() {}
