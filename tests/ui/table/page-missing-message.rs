#[apicodes::table(page = "pages/missing-message.md")]
pub enum ShopCode {}

fn main() {}
