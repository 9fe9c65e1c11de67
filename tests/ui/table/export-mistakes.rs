// `export` shares a table with other crates: a `pub` table, a bare key.
#[apicodes::table(export)]
enum Private {
    /// Already there.
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[apicodes::table(export = true)]
pub enum Valued {
    /// Already there.
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[apicodes::table(export, export)]
pub enum Twice {
    /// Already there.
    #[code(message = "Conflict")]
    Conflict = 409,
}

fn main() {}
