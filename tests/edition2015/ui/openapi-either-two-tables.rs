extern crate apicodes;

// The two error types of an `Either` answer from one table.
#[apicodes::table]
pub enum Shop {
    /// The cart already holds this item.
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = Shop, code = 409)]
pub struct Taken;

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404)]
pub struct Missing;

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 410)]
pub struct Gone;

use apicodes::openapi::{Either, Endpoint, responses};

fn main() {
    let _ = responses::<Either<Missing, Taken>>();
    let _ = responses::<Either<Missing, Either<Gone, Taken>>>();
    let _ = <Endpoint<Either<Taken, Gone>> as apicodes::openapi::__private::IntoResponses>::responses();
}
