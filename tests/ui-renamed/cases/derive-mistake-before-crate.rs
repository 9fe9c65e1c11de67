// The mistake comes before `crate = codes` in the same attribute, and stops
// its reading: the derives still find the crate, and the error is the
// mistake's own, once, not "cannot find `apicodes`" at every derive.
#[derive(Debug, codes::ApiError)]
#[api_error(code = 404, message = 5, crate = codes)]
pub struct NoMessage;

#[derive(Debug, codes::ApiError)]
#[api_error(code = 404 message = "x", crate = codes)]
pub struct NoComma;

#[derive(Debug, codes::ApiError)]
#[api_error(code = 404, message = "x" crate = codes)]
pub struct NoCommaBeforeCrate;

#[derive(Debug, codes::ApiError)]
#[api_error(code = 404, message = "x"; crate = codes)]
pub struct Semicolon;

fn main() {}
