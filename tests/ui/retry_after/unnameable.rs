// `self`, `Self`, `super`, `crate` and `_` name no field, raw or not.
#[derive(Debug, apicodes::ApiError)]
pub enum E {
    #[api_error(code = 429, retry_after = self)]
    A { wait: u64 },
    #[api_error(code = 429, retry_after = _)]
    B { wait: u64 },
}

fn main() {}
