// The errors go through the crate's path, which edition 2015 reads from
// the crate's root: here `extern crate apicodes;` puts it there.
#[macro_use]
extern crate apicodes;

#[derive(Debug, ApiError)]
pub enum Shop {
    #[api_error(code = 999)]
    NotAStatus,
    Codeless,
}

pub mod bare {
    #![no_implicit_prelude]

    #[derive(Debug, ::apicodes::ApiError)]
    pub enum Bare {
        #[api_error(code = 4004)]
        TooLong,
    }
}

fn main() {}
