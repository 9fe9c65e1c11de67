extern crate apicodes;

// `Documented` is sealed: an error type is documented through
// `ApiErrorDocs` (derived, or written by hand), never by implementing it.
struct Mine;

impl apicodes::openapi::Documented for Mine {
    type Table = apicodes::Code;
    fn codes() -> apicodes::CodeSet {
        apicodes::CodeSet::EMPTY
    }
    fn variant_docs() -> Vec<apicodes::VariantDoc> {
        Vec::new()
    }
}

fn main() {}
