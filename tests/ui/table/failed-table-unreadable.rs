// Against a table whose declaration failed, the derive adds no errors about
// codes, but an input it cannot read is still reported, once, and the
// type's uses add nothing.
#[apicodes::table]
pub enum Broken {
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = Broken, code = Conflict)]
pub struct InCart([u8; if true { 1 } else { 2 }]);

fn main() {
    let _ = apicodes::ApiError::to_json(&InCart([0]));
}
