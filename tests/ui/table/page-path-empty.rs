#[apicodes::table(page = "")]
pub enum ShopCode {}

fn main() {}
