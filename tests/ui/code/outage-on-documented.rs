// `other_error` marks an outage: a server error the table does not
// document. On a success code it says the code can be no error's at all
// (not "remove `other_error`", which would only lead to that error).
#[derive(Debug, apicodes::ApiError)]
enum E {
    #[api_error(code = 200, other_error)]
    Success,
    #[api_error(other_error, code = Accepted)]
    Named,
    // A documented error code is no outage: answer with it.
    #[api_error(code = 404, other_error)]
    Documented,
    #[api_error(other_error, code = 507)]
    Storage,
    // 204 may be an error's code, so it is answered the same way.
    #[api_error(code = 204, other_error)]
    Deleted,
    // An undocumented code that is no server error is no outage either.
    #[api_error(code = 450, other_error)]
    ClientSide,
}

fn main() {}
