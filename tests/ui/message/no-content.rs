// A 204 is sent without a body: a message of its own would never be sent.
#[derive(Debug, apicodes::ApiError)]
pub enum E {
    #[api_error(code = 204, message = "deleted {0}")]
    Deleted(u32),
    #[api_error(code = NoContent)]
    Fine,
}

fn main() {}
