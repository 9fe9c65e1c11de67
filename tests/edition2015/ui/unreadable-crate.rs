// `crate = ...` that does not read leaves no path to the crate: the errors
// are written without one, and read in edition 2015 too, where `::core` at
// the user's place would name the crate's root.
#[macro_use]
extern crate apicodes;

#[derive(Debug, ApiError)]
#[api_error(crate = 5)]
pub enum Shop {
    #[api_error(code = 404)]
    Missing,
    Codeless,
}

pub mod bare {
    #![no_implicit_prelude]

    #[derive(Debug, ::apicodes::ApiError)]
    #[api_error(crate = "::apicodes::")]
    pub enum Bare {
        #[api_error(code = 404)]
        Missing,
    }
}

fn main() {}
