// A path's segments may be words only later editions reserve (`async`,
// `gen`: see the edition crates), but not keywords of every edition.

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404, codes = crate::type)]
pub struct Keyword;

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404, crate = match)]
pub struct Krate;

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404, codes = a::crate::Code)]
pub struct Inner;

fn main() {}
