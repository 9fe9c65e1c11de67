// An input the derive cannot read, under a renamed dependency named by
// `crate = codes`: the error is its own (not "cannot find `apicodes`"),
// and the type's uses add nothing.
#[derive(Debug, codes::ApiError)]
#[api_error(crate = codes, code = 404)]
pub struct Unread(pub [u8; { let n = 1; n }]);

// The same in the header, which gives no impls to fall back on: the error
// is still its own.
#[derive(Debug, codes::ApiError)]
#[api_error(crate = codes, code = 404)]
pub struct UnreadHeader<T>(T)
where
    [u8; { let n = 1; n }]: Sized;

fn main() {
    let _ = codes::ApiError::to_json(&Unread([0]));
}
