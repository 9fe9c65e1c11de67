// `#[code]` takes its keys in parentheses; written bare or with `=`, the
// error says how to write it.
#[apicodes::table]
pub enum Bare {
    /// No parentheses.
    #[code]
    NotFound = 404,
}

#[apicodes::table]
pub enum Assigned {
    /// A value where the keys go.
    #[code = "Not found"]
    NotFound = 404,
}

fn main() {}
