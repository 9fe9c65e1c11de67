#[derive(apicodes::ApiError)]
#[api_error(code = 404)]
struct Inner;

#[derive(apicodes::ApiError)]
enum E {
    #[api_error(transparent = true)]
    Inner(Inner),
    #[api_error(transparent(yes))]
    Parenthesised(Inner),
}

fn main() {}
