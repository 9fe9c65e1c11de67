// A code written alone, without `code =`: the error shows the key.
#[derive(Debug, apicodes::ApiError)]
pub enum E {
    #[api_error(404)]
    Number,
    #[api_error(NotFound, message = "x")]
    Name,
    #[api_error(Code::Gone)]
    Path,
    #[api_error(r#Gone)]
    Raw,
    // A lower-case word is a key, misspelt.
    #[api_error(gone)]
    Word,
    // So is a word that reads as a key, whatever its case.
    #[api_error(Transparent)]
    KeyCased(u8),
    #[api_error(Status = 404)]
    Alias,
}

fn main() {}
