// A `codes = ...` path that names no table: rustc's error at the path,
// and uses of the type point back to it rather than only saying to derive
// what is derived.
#[apicodes::table]
pub enum ShopCode {
    /// The cart already holds the item.
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = ShopCodes)]
pub enum CartError {
    #[api_error(code = 409)]
    InCart,
}

fn respond(err: &impl apicodes::ApiError) -> String {
    err.to_json().into_owned()
}

fn main() {
    let _ = respond(&CartError::InCart);
}
