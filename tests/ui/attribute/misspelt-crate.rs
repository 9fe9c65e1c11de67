// A misspelt `crate = path` is reported at the path only: not again at
// each transparent variant's field, whose type it would misname.
#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404)]
pub struct Missing;

#[derive(Debug, apicodes::ApiError)]
#[api_error(crate = apicode)]
pub enum AppError {
    #[api_error(transparent)]
    Lookup(Box<Missing>),
    #[api_error(transparent)]
    Again(Missing),
}

fn main() {}
