// A deprecated table is reported where it is used, not at its own impls.
#![deny(deprecated)]

/// The first version's codes.
#[deprecated = "use NewCode"]
#[apicodes::table]
pub enum OldCode {
    /// The cart already holds this item.
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = OldCode, code = 409)]
pub struct Taken;

pub fn conflict() -> u16 {
    OldCode::Conflict.as_u16()
}

fn main() {}
