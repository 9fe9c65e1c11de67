// A table whose declaration fails reports its own errors, and nothing
// more: an error type against it, and every use of that type, compile.
#[apicodes::table]
#[derive(Default)]
pub enum Shop {
    /// Already there.
    #[code(message = "Conflict")]
    #[default]
    Conflict = 40,
    /// Gone for good.
    #[code(message = "Gone")]
    Gone = 410,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = Shop)]
pub enum CartError {
    #[api_error(code = 409)]
    InCart,
}

fn main() {
    use apicodes::ApiError as _;
    let _ = CartError::InCart.to_json();
    let _ = CartError::InCart.code();
    // The table's own items too, and its variants.
    let _ = Shop::ALL.len();
    let _ = Shop::default();
    match Shop::Gone {
        Shop::Conflict => {}
        Shop::Gone => {}
    }
    let _ = Shop::from_u16(409).map(Shop::message);
    let _: Option<Shop> = "409".parse().ok();
    let _ = <Shop as apicodes::ApiErrorDocs>::CODES.len();
    fn answers<E: apicodes::ApiError>() {}
    answers::<Shop>();
}
