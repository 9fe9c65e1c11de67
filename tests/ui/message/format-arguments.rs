// thiserror's format arguments after the message (`#[error("{}", .0)]`):
// one error at them, saying to name the field in the message, and none
// about the placeholders they were meant to fill.
#[derive(Debug, apicodes::ApiError)]
pub enum E {
    #[api_error(code = 400, message = "bad id {}", .0)]
    Positional(u8),
    #[api_error(code = 400, message = "bad id {id}", id = .0)]
    Named(u8),
    #[api_error(code = 400, message = "bad {} in {}", .0, self.1, retry_after = 0)]
    Several(u8, u8),
    // Keys after the arguments are still read.
    #[api_error(message = "{}", .0, code = 418)]
    Teapot(u8),
    // An argument named as one of the keys is an argument still.
    #[api_error(code = 404, message = "bad {code}", code = .0)]
    NamedCode(u8),
    #[api_error(code = 404, message = "bad {message}", message = self.0)]
    NamedMessage(u8),
    // `retry_after` names a field: `.0` is its value mistyped, wherever it is.
    #[api_error(code = 429, message = "slow", retry_after = .0)]
    RetryAfter(u64),
}

fn main() {}

// Keys after a message whose values start with `self` are keys.
mod shop {
    #[apicodes::table]
    pub enum ShopCode {
        /// Already there.
        #[code(message = "Conflict")]
        Conflict = 409,
    }

    #[derive(Debug, apicodes::ApiError)]
    #[api_error(code = Conflict, message = "Cart is locked", codes = self::ShopCode)]
    pub struct Locked;

    mod api {
        pub use apicodes::*;
    }

    #[derive(Debug, apicodes::ApiError)]
    #[api_error(code = 404, message = "No such cart", crate = self::api)]
    pub struct NoCart;
}
