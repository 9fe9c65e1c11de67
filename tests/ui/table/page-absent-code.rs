#[apicodes::table(page = "pages/shop.md")]
pub enum ShopCode {}

#[derive(apicodes::ApiError)]
#[api_error(codes = ShopCode)]
enum CartError {
    #[api_error(code = 403)]
    Locked,
    #[api_error(code = Conflit)]
    Twice,
    #[api_error(code = 500, other_error)]
    Down,
    #[api_error(code = 503, other_error)]
    Unavailable,
}

fn main() {}
