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
    // One slip from a key, as a code's name may be: both readings.
    #[api_error(Transparant)]
    KeySlip(u8),
    #[api_error(Mode)]
    ShortName,
    // Near no key but an alias (`text`): a code.
    #[api_error(Next)]
    NearAlias,
    // The header's spelling is the key, misspelt.
    #[api_error(Retry-After = secs, code = 429)]
    Header { secs: u64 },
    // The suggestion is a code the derive takes.
    #[api_error(404u16)]
    Suffixed,
    // A call is no code.
    #[api_error(code = 404, message = "bad {}", Id::show(.0))]
    Call(u8),
}

fn main() {}
