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

// A page table whose page reads, failing elsewhere (`export` on a table
// other crates cannot reach): its codes are still there to name.
#[apicodes::table(page = "pages/shop.md", export)]
pub(crate) enum PageShop {}

// A declaration that cannot be read at all still leaves its type and its
// macro, so that the derive and uses of the type add nothing.
#[apicodes::table]
pub enum Unread {
    /// Fields, which a code has none of.
    #[code(message = "Gone")]
    Gone(u8) = 410,
    /// Each variant with fields is reported.
    #[code(message = "Locked")]
    Locked { until: u64 } = 423,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = Unread)]
pub enum AgainstUnread {
    #[api_error(code = 410)]
    Gone,
}

// Arguments that do not parse: the page they name is still read.
#[apicodes::table(page = "pages/shop.md" export)]
pub enum BadArgs {}

// A page given twice in arguments that do not parse: the last is read, as
// `parse_args` keeps it.
#[apicodes::table(page = "pages/nope.md", page = "pages/shop.md" bogus)]
pub enum TwicePaged {}

// A page literal with a suffix: rejected, and still read for its codes;
// a page that cannot be read then is not reported on top.
#[apicodes::table(page = "pages/shop.md"md)]
pub enum Suffixed {}

#[apicodes::table(page = "pages/nope.md"md)]
pub enum SuffixedMissing {}

// Generics, which a table has none of, and a variant made `pub`.
#[apicodes::table]
pub enum Generic<X> {
    /// Nothing there.
    #[code(message = "Not found")]
    pub NotFound = 404,
    /// Already there.
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = Generic)]
pub enum AgainstGeneric {
    #[api_error(code = 404)]
    Gone,
}

// A page table with a variant, fields and all: one error, the body it
// leaves empty (not the fields too); the page's codes are still there.
#[apicodes::table(page = "pages/shop.md")]
pub enum PagedUnread {
    NotFound(u8) = 404,
}

// A page table with a variant written inline too, named as a page's code.
#[apicodes::table(page = "pages/shop.md")]
pub enum Both {
    /// Nothing there.
    #[code(message = "Not found")]
    NotFound = 404,
}

// A table's code written `#[r#cfg]` is `#[cfg]`, and said to be one.
#[apicodes::table]
pub enum RawCfg {
    /// Only in some builds.
    #[r#cfg(any())]
    #[code(message = "Gone")]
    Gone = 410,
    /// Deprecated in some builds, through a raw name.
    #[cfg_attr(all(), r#deprecated)]
    #[code(message = "Locked")]
    Locked = 423,
}

// A page table whose listed variant does not even read: the one error
// is still the body it leaves empty.
#[apicodes::table(page = "pages/shop.md")]
pub enum PagedMisread {
    #[code = "Not found"]
    NotFound = 404,
}

fn main() {
    let _ = (PageShop::NotFound, Some(PageShop::Conflict));
    let _: Option<Unread> = Some(Unread::Gone);
    let _ = Unread::Locked;
    let _ = (BadArgs::NotFound, BadArgs::Conflict, Both::NotFound);
    let _ = (TwicePaged::NotFound, Generic::NotFound, Generic::Conflict);
    let _: (Suffixed, Option<SuffixedMissing>) = (Suffixed::NotFound, None);
    let _ = (PagedUnread::NotFound, PagedUnread::Conflict, AgainstGeneric::Gone);
    let _ = AgainstUnread::Gone;
    let _ = RawCfg::Gone;
    let _ = PagedMisread::Conflict;
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
