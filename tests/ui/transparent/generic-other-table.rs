// A generic error of one table filled with an error of another: the
// derive's impls ask the field for the same table, so neither the codes
// nor the JSON exist for that instance, and rustc names the mismatch
// (`<Leaf as ApiError>::Table == Shop`) wherever the impl is asked for.
#[apicodes::table]
pub enum Shop {
    /// Already there.
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = Shop)]
pub enum Wrap<T> {
    #[api_error(transparent)]
    Inner(T),
    #[api_error(code = 409)]
    Conflict,
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(code = 404)]
pub struct Leaf;

fn documented<E: apicodes::ApiErrorDocs>() {}

fn main() {
    documented::<Wrap<Leaf>>();
    // Through the type, with the trait in scope.
    use apicodes::ApiErrorDocs as _;
    let _ = Wrap::<Leaf>::CODES;
}
