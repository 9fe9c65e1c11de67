// `codes = path` names a table, whose macro the derive calls: a path to
// anything else gets rustc's own error at the path (no such macro), once.
pub enum NotATable {}

#[derive(apicodes::ApiError)]
#[api_error(codes = NotATable, code = 404)]
struct Missing;

#[derive(apicodes::ApiError)]
#[api_error(codes = nowhere::Table, code = 404)]
struct Lost;

// A type of apicodes that is no table, and a builtin one.
#[derive(apicodes::ApiError)]
#[api_error(codes = apicodes::Body, code = 404)]
struct Mistaken;

#[derive(apicodes::ApiError)]
#[api_error(codes = u16, code = 404)]
struct Number;

fn main() {}
