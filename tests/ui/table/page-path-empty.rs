#[apicodes::table(page = "")]
pub enum ShopCode {}

// White space alone is no path either.
#[apicodes::table(page = "  ")]
pub enum Blank {}

fn main() {}
