// A page path written with `\` reads on Windows alone: it is reported,
// with the path written with `/`.
#[apicodes::table(page = "pages\\shop.md")]
pub enum Shop {}

fn main() {}
