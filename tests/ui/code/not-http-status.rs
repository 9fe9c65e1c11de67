// A number outside HTTP's statuses is said to be one, not pointed at a
// near code or at a table of the API's own (which could not hold it).
#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 600)]
    TooHigh,
    #[api_error(code = 99)]
    TooLow,
    #[api_error(code = 1000)]
    FourDigits,
}

fn main() {}
