// A field borrowing a type parameter, shown: the bound is on the parameter
// itself, so an argument without `Display` is reported as it is, not as a
// reference of the derive's own lifetime.
struct Opaque;

#[derive(apicodes::ApiError)]
enum E<'a, T> {
    #[api_error(code = 400, message = "bad {0}")]
    Bad(&'a T),
}

#[derive(apicodes::ApiError)]
enum Twice<'a, T> {
    #[api_error(code = 400, message = "bad {0}")]
    Bad(&'a &'a T),
}

fn main() {
    use apicodes::ApiError as _;
    let _ = E::Bad(&Opaque).to_json();
    let _ = Twice::Bad(&&Opaque).to_json();
}
