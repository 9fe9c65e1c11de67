// A path's key given something that is no path says which path it takes.

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404, crate = 5)]
pub struct NumberForCrate;

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404, codes = 5)]
pub struct NumberForTable;

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404, codes = (Shop))]
pub struct Parenthesized;

fn main() {}
