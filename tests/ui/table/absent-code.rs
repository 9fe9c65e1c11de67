mod codes {
    #[apicodes::table]
    pub enum ShopCode {
        /// Fine.
        #[code(message = "OK")]
        Ok = 200,
        /// The cart already holds it.
        #[code(message = "Conflict")]
        Conflict = 409,
        /// Short and stout.
        #[code(message = "I'm a teapot")]
        Teapot = 418,
        /// Go on.
        #[code(message = "Continue")]
        Continue = 100,
        /// The upload is too large.
        #[code(message = "Too large")]
        TooLarge = 413,
        /// The headers are too large.
        #[code(message = "Headers too large")]
        RequestHeaderFieldsTooLarge = 431,
    }
}

#[derive(apicodes::ApiError)]
#[api_error(codes = codes::ShopCode)]
enum CartError {
    #[api_error(code = 410)]
    Gone,
    #[api_error(code = 200)]
    Fine,
    #[api_error(code = Code::Conflict)]
    Prefixed,
    #[api_error(code = Continue)]
    Early,
    // Of two names as near, the shorter is suggested.
    #[api_error(code = Large)]
    Large,
}

fn main() {}
