// A code a `macro_rules!` passes on as an expression: the error is at the
// expression, where the macro's user wrote it, and not at `$code` in the
// macro's definition.
use apicodes::ApiError;

macro_rules! error_enum {
    ($code:expr) => {
        #[derive(Debug, ApiError)]
        pub enum Mine {
            #[api_error(code = $code)]
            Missing,
        }
    };
}

error_enum!(foo());

fn main() {}
