pub enum NotATable {}

#[derive(apicodes::ApiError)]
#[api_error(codes = NotATable, code = 404)]
struct Missing;

#[derive(apicodes::ApiError)]
#[api_error(codes = nowhere::Table, code = 404)]
struct Lost;

fn main() {}
