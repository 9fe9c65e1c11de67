// A transparent field that may be unsized gets one error at its type: its
// docs are read without asking for its size, and no cast reaches it.

#[derive(apicodes::ApiError)]
#[api_error(transparent)]
pub struct Relaxed<T: ?Sized>(T);

#[derive(apicodes::ApiError)]
#[api_error(transparent)]
pub struct Object(dyn apicodes::ApiError<Table = apicodes::Code>);

fn main() {}
