// The error points at the type even when it came through a `$t:ty`.
macro_rules! wrap {
    ($t:ty) => {
        #[derive(apicodes::ApiError)]
        enum E {
            #[api_error(transparent)]
            Inner($t),
        }
    };
}

wrap!(std::fmt::Error);

fn main() {}
