// A table's mistakes, with `crate = codes` given: in its shape (a struct),
// and in its arguments before the crate path.
#[codes::table(crate = codes)]
pub struct NotAnEnum;

#[codes::table(title = 5, crate = codes)]
pub enum BadTitle {
    /// The resource is missing.
    #[code(message = "Missing")]
    Missing = 404,
}

#[codes::table(title = "Codes" crate = codes)]
pub enum NoComma {
    /// The resource is missing.
    #[code(message = "Missing")]
    Missing = 404,
}

fn main() {}
