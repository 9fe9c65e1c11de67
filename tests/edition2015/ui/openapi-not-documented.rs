extern crate apicodes;

// `IntoResponses` documents an `ApiError` with its codes: without one, the
// crate's message says what to derive.
#[derive(Debug, apicodes::openapi::IntoResponses)]
struct NoDocs;

// Written by hand, an `ApiError` needs `ApiErrorDocs` too.
#[derive(Debug)]
struct Hand;

impl apicodes::ApiError for Hand {
    type Table = apicodes::Code;
    fn code(&self) -> apicodes::Status {
        apicodes::Status::Documented(apicodes::Code::Forbidden)
    }
}

fn main() {
    let _ = apicodes::openapi::responses::<Hand>();
}
