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

// The type's lifetimes taken as `'static`, and a path's segment named like
// a parameter (`codes::T`) is no parameter.
#[derive(Debug, apicodes::ApiError)]
enum WithLifetime<'a, T> {
    #[api_error(transparent)]
    Any(&'a Code),
    #[api_error(code = 404)]
    Missing(T),
}

mod codes {
    pub type T = apicodes::Code;
}

#[derive(Debug, apicodes::ApiError)]
enum Named<T> {
    #[api_error(transparent)]
    Any(codes::T),
    #[api_error(code = 404)]
    Missing(T),
}

// A path to the crate written by the user: the error is still at the type.
#[derive(Debug, apicodes::ApiError)]
#[api_error(crate = ::apicodes)]
enum Given {
    #[api_error(transparent)]
    Any(Code),
    #[api_error(code = 404)]
    Missing,
}

fn main() {}
