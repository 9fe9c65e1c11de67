// The derives' generated code binds names of their own (`__apicodes_*`);
// a const parameter of such a name would take them over, so it is refused
// at the parameter (by the framework derives too, which read the same
// header). Type parameters of such names are fine.
#![allow(non_upper_case_globals, non_camel_case_types)]

#[derive(Debug, apicodes::ApiError)]
pub enum Taken<const __apicodes_out: usize> {
    #[api_error(code = 404)]
    Missing,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404)]
pub struct Also<const __apicodes_cause: usize>;

#[derive(Debug, apicodes::ApiError)]
pub enum Fine<__apicodes_out> {
    #[api_error(code = 404)]
    Missing(__apicodes_out),
}



// A lifetime too: the derive binds one of its own.
#[derive(Debug, apicodes::ApiError)]
pub enum Borrowed<'__apicodes_any, T> {
    #[api_error(code = 400, message = "{0}")]
    Shown(&'__apicodes_any Vec<T>),
}

// The refused types still implement the traits (impls that stand in for
// them), so their uses add no errors.
fn uses(taken: &Taken<1>, borrowed: &Borrowed<'_, u8>) -> usize {
    use apicodes::ApiError;
    taken.to_json().len() + borrowed.to_json().len() + Also::<2>.to_json().len()
}

fn main() {
    let _ = uses;
}
