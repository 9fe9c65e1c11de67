// A path to a table or to the crate takes no generic arguments: an error
// at them, not tokens rustc cannot parse.

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404, codes = apicodes::Code<u8>)]
pub struct Table;

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404, codes = Shop::<u8>)]
pub struct Turbofish;

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404, crate = ::apicodes::<u8>)]
pub struct Krate;

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404, crate = apicodes<u8>)]
pub struct Framework;

#[apicodes::table(crate = apicodes<()>)]
pub enum Shop {
    /// Taken.
    #[code(message = "Taken")]
    Taken = 409,
}

fn main() {}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = crate::Shop<, code = 409)]
pub struct Unclosed;
