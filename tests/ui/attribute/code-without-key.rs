// A code written alone, without `code =`: the error shows the key.
#[derive(Debug, apicodes::ApiError)]
pub enum E {
    #[api_error(404)]
    Number,
    #[api_error(NotFound, message = "x")]
    Name,
    // A lower-case word is a key, misspelt.
    #[api_error(gone)]
    Word,
}

fn main() {}
