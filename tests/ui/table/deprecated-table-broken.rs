// A deprecated table whose declaration failed: its mistake is the one error,
// though its codeless stand-in's impls use it too.
#![deny(deprecated)]

/// The first version's codes.
#[deprecated = "use NewCode"]
#[apicodes::table]
pub enum OldCode {
    #[code(message = "Conflict")]
    Conflict = 409,
}

fn main() {}
