// `Code` is an `ApiError` for every code it documents, 200 OK among them:
// an error cannot pass it on whole.
use apicodes::Code;

#[derive(Debug, apicodes::ApiError)]
enum E {
    #[api_error(transparent)]
    Any(Code),
    #[api_error(code = 404)]
    Missing,
}

// With lifetime parameters too.
#[derive(Debug, apicodes::ApiError)]
enum Borrowing<'a, 'b: 'a> {
    #[api_error(transparent)]
    Any(Code),
    #[api_error(code = 404)]
    Missing(&'a str, &'b str),
}

// With const or type parameters, an inner type that names none of them is
// checked alone.
#[derive(Debug, apicodes::ApiError)]
enum Fixed<const N: usize, T> {
    #[api_error(transparent)]
    Any(Code),
    #[api_error(code = 404)]
    Missing([T; N]),
}

fn main() {}
