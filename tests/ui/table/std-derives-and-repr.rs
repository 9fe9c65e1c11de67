// A table derives the standard traits itself and is `#[repr(u16)]`: a
// derive of one of them, or a `repr`, is one error where it is written
// (rustc would report conflicting impls, one per trait, at the attribute).
// Other derives are kept. A derive written above the attribute is not the
// attribute's to see: rustc's own conflicting-impl error remains for it.
#[derive(Clone)]
#[apicodes::table]
#[derive(Debug, core::hash::Hash, PartialEq)]
#[repr(u8)]
pub enum Shop {
    /// The cart already holds it.
    #[code(message = "Conflict")]
    Conflict = 409,
}

fn main() {
    // The table is still whole: no error here.
    let _ = Shop::Conflict.json();
}
