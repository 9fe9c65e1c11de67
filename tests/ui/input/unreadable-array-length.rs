// An array length that the derive's parser cannot read (a block, an `if`)
// is an error at the expression that says what to write instead, and the
// type still gets impls that compile: its uses below add no errors.
use apicodes::ApiError;

const N: usize = 2;

#[derive(Debug, ApiError)]
enum Lengths {
    #[api_error(code = 404)]
    Block([u8; { let n = 4; n }]),
    #[api_error(code = 404)]
    Named([u8; N]),
}

#[derive(Debug, ApiError)]
#[api_error(code = 410)]
struct Generic<T>([T; if N > 1 { 1 } else { 2 }]);

mod codes {
    #[apicodes::table]
    pub enum ShopCode {
        /// The cart already holds it.
        #[code(message = "Conflict")]
        Conflict = 409,
    }
}

// Against a table of one's own, the same, once.
#[derive(Debug, ApiError)]
#[api_error(codes = codes::ShopCode, code = Conflict)]
struct InCart([u8; match N { 2 => 1, _ => 0 }]);

fn main() {
    let _ = Lengths::Named([0; N]).to_json();
    let _ = Generic([0_u8; 1]).code();
    let _: apicodes::Status<codes::ShopCode> = InCart([0]).code();
}
