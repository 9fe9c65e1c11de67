// A message a `macro_rules!` passes on as an expression that is not a
// string literal: the error is at the expression, where the macro's user
// wrote it, and not at `$message` in the macro's definition.
use apicodes::ApiError;

macro_rules! error_enum {
    ($message:expr) => {
        #[derive(Debug, ApiError)]
        pub enum Mine {
            #[api_error(code = 404, message = $message)]
            Missing,
        }
    };
}

error_enum!(concat!("No ", "item"));

fn main() {}
