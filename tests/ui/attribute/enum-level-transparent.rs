// `transparent` on the enum is one mistake, reported once: the variants it
// was meant for are not also reported as having no code.

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404)]
struct Inner;

#[derive(Debug, apicodes::ApiError)]
#[api_error(transparent)]
enum E {
    A(Inner),
    B(Inner),
}

fn main() {}
