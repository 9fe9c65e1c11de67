// After a `crate = ...` that does not read, the type and the table still
// stand in through `::apicodes` (which reaches the crate here, not renamed):
// their uses add no errors.
use apicodes::ApiError;

#[derive(Debug, apicodes::ApiError)]
#[api_error(crate = 5, code = 404)]
pub struct Missing;

#[apicodes::table(crate = 5, title = "Shop")]
pub enum Shop {
    /// Not here.
    #[code(message = "Not found")]
    NotFound = 404,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = Shop, code = 404)]
pub struct Gone;

#[derive(Debug, apicodes::ApiError)]
#[api_error(crate = 5, codes = Shop, code = 404)]
pub struct Both;

fn main() {
    let _ = (Missing.to_json(), Gone.to_json(), Both.to_json(), Shop::NotFound);
}
