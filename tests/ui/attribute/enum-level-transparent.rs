// `transparent` on the enum is one mistake, reported once: the variants of
// one field it was meant for are not also reported as having no code; a
// variant it could not apply to still is.

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404)]
struct Inner;

#[derive(Debug, apicodes::ApiError)]
#[api_error(transparent)]
enum E {
    A(Inner),
    B(Inner),
    Two(Inner, Inner),
}

fn main() {}
