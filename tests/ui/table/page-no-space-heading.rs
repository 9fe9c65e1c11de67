// `###418:` is text to Markdown, not a heading: the page says so at that
// line, once (the paragraph and block after it belong to that code).
#[apicodes::table(page = "pages/no-space-heading.md")]
pub enum ShopCode {}

fn main() {}
