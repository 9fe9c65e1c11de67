#[apicodes::table(page = "pages/duplicate-code.md")]
pub enum ShopCode {}

fn main() {}
