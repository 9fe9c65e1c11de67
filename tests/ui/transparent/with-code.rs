#[derive(apicodes::ApiError)]
#[api_error(code = 404)]
struct Inner;

#[derive(apicodes::ApiError)]
enum E {
    #[api_error(transparent, code = 404)]
    WithCode(Inner),
    #[api_error(transparent, message = "hidden")]
    WithMessage(Inner),
    #[api_error(transparent, other_error)]
    WithOutage(Inner),
}

fn main() {}
