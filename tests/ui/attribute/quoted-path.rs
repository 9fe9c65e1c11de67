// A path may be written in quotes, as serde's `crate` is; one that does
// not read as a path is an error at the string, in the key's own words.

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404, crate = "")]
pub struct Empty;

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404, crate = "apicodes::")]
pub struct Unfinished;

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404, codes = "apicodes::Code<u8>")]
pub struct Generic;

fn main() {}
