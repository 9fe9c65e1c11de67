// Each variant is fine on its own, but the page it renders to would not
// read back as the same table: a blank title. (A description that opens a
// code block, `/// ```` , renders indented, as text, and reads back.)
#[apicodes::table]
pub enum ShopCode {
    /// Fine.
    #[code(message = "OK", title = " ")]
    Ok = 200,
    /// ```
    #[code(message = "Conflict")]
    Conflict = 409,
}

fn main() {}

// Each would read back as another table: spaces around a title written
// for a code, the page's title and its Other Errors text. (A message keeps
// its spaces, as a page's JSON does; the title made from it drops them.)
#[apicodes::table(title = "  Spaced title ", other_errors = " Leading space.")]
pub enum Spaced {
    /// Fine.
    #[code(message = "Conflict", title = " CONFLICT ")]
    Conflict = 409,
    /// Fine too.
    #[code(message = " Gone ")]
    Gone = 410,
}
