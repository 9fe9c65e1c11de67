// A title that gives another code's variant name: the page the table
// renders to reads back, but `Gone` there would be 409, here 410.
#[apicodes::table]
pub enum Crossed {
    /// Already there.
    #[code(message = "Conflict", title = "GONE")]
    Conflict = 409,
    /// Gone for good.
    #[code(message = "Gone", title = "CONFLICT")]
    Gone = 410,
}

// One variant name twice: said as such, and nothing follows it.
#[apicodes::table]
pub enum Twice {
    /// Already there.
    #[code(message = "Conflict")]
    A = 409,
    /// Gone for good.
    #[code(message = "Gone", title = "BEE")]
    A = 410,
}

// `#[code]` on the enum instead of a variant.
#[apicodes::table]
#[code(message = "misplaced")]
pub enum Misplaced {
    /// Already there.
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[apicodes::table]
#[code = "misplaced"]
pub enum MisplacedValue {
    /// Already there.
    #[code(message = "Conflict")]
    Conflict = 409,
}

// A macro where a string literal is read.
#[apicodes::table(page = concat!(env!("OUT_DIR"), "/codes.md"))]
pub enum Generated {}

#[apicodes::table(title = concat!("Shop", " Codes"))]
pub enum MadeTitle {
    /// Already there.
    #[code(message = concat!("Con", "flict"))]
    Conflict = 409,
}

#[apicodes::table(other_errors = ::core::concat!("Retry", " later."))]
pub enum MadeByPath {
    /// Already there.
    #[code(message = core::stringify!(Conflict))]
    Conflict = 409,
}

// A doc a macro writes: one error, where it is written, and no page's
// complaint that the code has no description.
#[apicodes::table]
pub enum MadeDoc {
    #[doc = concat!("Already ", "there.")]
    #[code(message = "Conflict")]
    Conflict = 409,
}

fn main() {
    // The failed tables' variants are still there: no error follows.
    let _ = (Crossed::Conflict, Crossed::Gone, Twice::A);
}
