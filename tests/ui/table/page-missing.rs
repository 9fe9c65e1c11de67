#[apicodes::table(page = "pages/no-such-page.md")]
pub enum ShopCode {}

fn main() {}
