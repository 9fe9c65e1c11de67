// A table's codes are all on its page: none is compiled out or deprecated.
#[apicodes::table]
pub enum ShopCode {
    /// Fine.
    #[code(message = "Conflict")]
    Conflict = 409,
    /// Only in some builds.
    #[cfg(feature = "teapots")]
    #[code(message = "I'm a teapot")]
    Teapot = 418,
    /// Going away.
    #[deprecated]
    #[code(message = "Gone")]
    Gone = 410,
}

fn main() {}
