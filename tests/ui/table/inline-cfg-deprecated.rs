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
    /// Deprecated in some builds.
    #[cfg_attr(all(), deprecated)]
    #[code(message = "Locked")]
    Locked = 423,
    /// Deprecated through a `cfg_attr` inside another.
    #[cfg_attr(all(), cfg_attr(all(), deprecated))]
    #[code(message = "Too early")]
    TooEarly = 425,
    /// What a `cfg_attr` says inside another attribute is not its own:
    /// these two are fine.
    #[cfg_attr(test, allow(deprecated))]
    #[cfg_attr(docsrs, doc = "cfg")]
    #[code(message = "Teapot")]
    Misdirected = 421,
}

fn main() {}

// An Other Errors text that says nothing.
#[apicodes::table(other_errors = " ")]
pub enum Silent {
    /// Fine.
    #[code(message = "Conflict")]
    Conflict = 409,
}
