// A type transparent over nothing but itself would answer with no code.

#[derive(Debug, apicodes::ApiError)]
enum Chain {
    #[api_error(transparent)]
    Context(Box<Self>),
    #[api_error(transparent)]
    Shared(std::rc::Rc<Chain>),
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(transparent)]
struct Again<'a>(&'a Self);

// One variant with a code of its own is enough.
#[derive(Debug, apicodes::ApiError)]
enum Fine {
    #[api_error(code = 404)]
    Missing,
    #[api_error(transparent)]
    Context(Box<Self>),
}

fn main() {}
