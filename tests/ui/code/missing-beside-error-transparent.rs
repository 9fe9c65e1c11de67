// thiserror's `#[error(transparent)]` passes a message on, not a code: a
// variant with it and no #[api_error] has no code, and the error says
// which key passes the code on.
#[derive(Debug, thiserror::Error, apicodes::ApiError)]
#[error("payment failed")]
#[api_error(code = 402)]
pub struct Declined;

#[derive(Debug, thiserror::Error, apicodes::ApiError)]
pub enum OrderError {
    #[error("no such order")]
    #[api_error(code = 404)]
    Missing,
    #[error(transparent)]
    Payment(#[from] Declined),
}

fn main() {}
