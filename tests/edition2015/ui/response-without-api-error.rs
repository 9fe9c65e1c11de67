// `IntoResponse` derived for a type that is no `ApiError`: one error that
// says so, at the derive, with no note about bounds on a type without
// parameters. With parameters, the impl is bounded, and a use is checked.
#[macro_use]
extern crate apicodes;
extern crate axum;

#[derive(Debug, apicodes::axum::IntoResponse)]
pub struct Plain;

#[derive(Debug, ApiError, apicodes::axum::IntoResponse)]
#[api_error(code = 400, message = "Bad {0}")]
pub struct Generic<T>(T);

pub struct NoDisplay;

fn main() {
    let _ = axum::response::IntoResponse::into_response(Generic(1));
    let _ = axum::response::IntoResponse::into_response(Generic(NoDisplay));
}
