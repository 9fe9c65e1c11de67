#[apicodes::table(page = "pages/body-shape.md")]
pub enum ShopCode {}

fn main() {}
