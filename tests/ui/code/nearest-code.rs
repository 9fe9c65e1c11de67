// What the derive suggests for a code the standard table does not
// document: of two codes as near, the lower; never a success code, which
// is no error's code; 599, an HTTP status, is an outage's; a name of four
// letters is looked for among the names' words; a quoted code, spaces
// around it, is still the code.
#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 407)]
    Tie,
    #[api_error(code = 203)]
    NearASuccess,
    #[api_error(code = 599)]
    LastStatus,
    #[api_error(code = Many)]
    FourLetters,
    #[api_error(code = " 404 ")]
    Spaced,
}

fn main() {}
