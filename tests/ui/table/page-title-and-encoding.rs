// Pages whose problems are worded by what is wrong: a title that gives the
// reserved name `Self`, spaces between the code and the `:`, a page that is
// not UTF-8 (Latin-1 here), named with its line (also where its lines end
// with a lone `\r`, or with `\r\n`).
#[apicodes::table(page = "pages/self-title.md")]
pub enum SelfTitle {}

#[apicodes::table(page = "pages/spaced-code.md")]
pub enum SpacedCode {}

#[apicodes::table(page = "pages/latin1.md")]
pub enum Latin1 {}

#[apicodes::table(page = "pages/latin1-cr.md")]
pub enum Latin1Cr {}

#[apicodes::table(page = "pages/latin1-crlf.md")]
pub enum Latin1Crlf {}

fn main() {}
