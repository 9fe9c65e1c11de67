// Against a table whose declaration failed, the derive adds no errors about
// codes, but an input it cannot read, or a key it does not know, is still
// reported, once, and the type's uses add nothing.
#[apicodes::table]
pub enum Broken {
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = Broken, code = Conflict)]
pub struct InCart([u8; if true { 1 } else { 2 }]);

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = Broken, code = Conflict, mesage = "typo")]
pub struct Typo;

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = Broken, code = Teapot)]
pub struct NotChecked;

fn main() {
    let _ = apicodes::ApiError::to_json(&InCart([0]));
    let _ = apicodes::ApiError::to_json(&Typo);
    let _ = apicodes::ApiError::to_json(&NotChecked);
}
