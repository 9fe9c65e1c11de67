// `codes = path` names a table: a path to anything else is told so at the
// path ("is not a table of documented codes"), beside rustc's own error
// that it is no macro (a table's macro is what the derive calls).
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
