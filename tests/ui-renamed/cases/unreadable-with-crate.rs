// An input the derive cannot read, under a renamed dependency named by
// `crate = codes`: the error is its own (not "cannot find `apicodes`"),
// and the type's uses add nothing.
#[derive(Debug, codes::ApiError)]
#[api_error(crate = codes, code = 404)]
pub struct Unread(pub [u8; { let n = 1; n }]);

fn main() {
    let _ = codes::ApiError::to_json(&Unread([0]));
}
