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
}

fn main() {}
