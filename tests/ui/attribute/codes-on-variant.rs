// `codes` names the enum's table; on a variant it is one error, and the
// variant's code is not also checked against the standard table.
#[apicodes::table]
pub enum Shop {
    /// The cart already holds it.
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[derive(Debug, apicodes::ApiError)]
enum CartError {
    #[api_error(code = 409, codes = Shop)]
    Taken,
    // So is `crate`, which says where the enum's generated code finds
    // apicodes.
    #[api_error(code = 404, crate = ::apicodes)]
    Elsewhere,
}

fn main() {}
