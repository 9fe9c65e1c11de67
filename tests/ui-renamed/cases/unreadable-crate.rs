// `crate = ...` that does not read leaves no path to the crate (here
// renamed `codes`): its error, and every other, is shown in its own words,
// not as "cannot find `apicodes`". What stands in for the type's impls
// (and the table) goes through `::apicodes`, so that a crate that is not
// renamed gets no more errors (tests/ui/attribute/unreadable-crate-uses.rs);
// here, renamed, they add "cannot find `apicodes`" at the derive.

#[derive(Debug, codes::ApiError)]
#[api_error(crate = "codes")]
enum A {
    #[api_error(code = 404)]
    Missing,
}

#[derive(Debug, codes::ApiError)]
#[api_error(crate = 5)]
enum B {
    #[api_error(code = 404)]
    Missing,
}

#[derive(Debug, codes::ApiError)]
#[api_error(crate)]
enum C {
    #[api_error(code = 404)]
    Missing,
}

fn main() {}

#[codes::table(crate = 5, title = "T")]
enum Shop {
    /// Gone for good.
    #[code(message = "x")]
    Gone = 410,
}

mod bare {
    #![no_implicit_prelude]
    #[derive(Debug, ::codes::ApiError)]
    #[api_error(crate = 5)]
    enum D {
        #[api_error(code = 404)]
        Missing,
    }
}
