// The examples in the derive's messages come from the table: without a
// 404, its first error code, never a success code; a 3xx is a redirect,
// from 300 on.

#[apicodes::table]
pub enum Shop {
    /// The order was placed.
    #[code(message = "Created")]
    Created = 201,
    /// The order is in more than one place.
    #[code(message = "Multiple choices")]
    Choices = 300,
    /// The order cannot be read.
    #[code(message = "Invalid order")]
    Invalid = 400,
    /// The cart already holds it.
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = Shop)]
pub enum E {
    #[api_error(code = 300)]
    Redirect,
    #[api_error(code = "teapot")]
    Quoted,
    #[api_error(code = NOT_THERE)]
    Constant,
}

fn main() {}
