// `codes = apicodes::Code` is read as the standard table; where a module
// of the user's own takes the crate's name, the path names that module's
// table instead, and the derive says so.
pub mod apicodes {
    #[::apicodes::table]
    pub enum Code {
        /// Gone.
        #[code(message = "Gone for good")]
        Gone = 410,
    }
}

#[derive(Debug, ::apicodes::ApiError)]
#[api_error(codes = apicodes::Code, code = Gone)]
pub struct Vanished;

fn main() {}
