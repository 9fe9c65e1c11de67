// An empty title is reported at its literal, for the page and for a code,
// and nothing else follows from it.
#[apicodes::table(title = " ")]
pub enum Shop {
    /// Taken.
    #[code(message = "Conflict", title = "")]
    Conflict = 409,
}

fn main() {}
