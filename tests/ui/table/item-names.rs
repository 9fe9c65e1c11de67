// A variant may not take the name of an item every table has (`ALL`, its
// methods): Rust looks up the variant first, so the item would be lost and
// the table's own code would break. From a page, only `ALL` can arise.
#[apicodes::table(page = "pages/all-title.md")]
pub enum FromPage {}

#[apicodes::table]
pub enum Inline {
    /// Every one is taken.
    #[code(message = "All taken")]
    ALL = 409,
    /// Hides the table's own text.
    #[code(message = "Other")]
    OTHER_ERRORS = 410,
}

#[apicodes::table]
#[allow(non_camel_case_types)]
pub enum Lowercase {
    /// The request was malformed.
    #[code(message = "Bad request")]
    message = 400,
    /// Raw, and still the method's name.
    #[code(message = "Not found")]
    r#as_u16 = 404,
}

// Two titles that give one variant name: told by the variants, not by
// lines of a rendered page the user never sees.
#[apicodes::table]
pub enum SameName {
    /// No such product.
    #[code(message = "Not found")]
    NotFound = 404,
    /// The product was withdrawn.
    #[code(message = "Gone", title = "NOT-FOUND")]
    Withdrawn = 410,
}

fn main() {}
