// A page path written with `\` reads on Windows alone: it is reported,
// with the path written with `/`.
#[apicodes::table(page = "pages\\shop.md")]
pub enum Shop {}

fn main() {}

// One that would be absolute written with `/` is said to be, not given a
// `/` form the next build rejects.
#[apicodes::table(page = "\\codes\\shop.md")]
pub enum Rooted {}

#[apicodes::table(page = "C:\\codes\\shop.md")]
pub enum Drive {}

// From a drive's current directory on Windows: not the crate's either.
#[apicodes::table(page = "C:codes\\shop.md")]
pub enum DriveRelative {}
