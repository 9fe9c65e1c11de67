#[apicodes::table(page = "pages/code-mismatch.md")]
pub enum ShopCode {}

fn main() {}
