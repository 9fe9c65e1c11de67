// Mistakes in a table's declaration, each reported once where it is
// written: a derive of a table's trait through `alloc`; a variant
// declared twice, with its code again; a key without its value; a page
// path starting with a digit and a colon, which is no drive.
extern crate alloc;

#[apicodes::table]
#[derive(alloc::fmt::Debug)]
pub enum Derived {
    /// The cart already holds it.
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[apicodes::table]
pub enum Twice {
    /// The cart already holds it.
    #[code(message = "Conflict")]
    Conflict = 409,
    /// The cart already holds it.
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[apicodes::table(title)]
pub enum Titled {
    /// The cart already holds it.
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[apicodes::table(page = "1:codes.md")]
pub enum Digit {}

fn main() {}
