// A line break where the page holds one line is reported at what holds
// it, not as the problems of the page it would render to.

#[apicodes::table(other_errors = "Ask us.\n# Not a title")]
pub enum OtherHash {
    /// Fine.
    #[code(message = "Conflict")]
    Conflict = 409,
    /// Also fine.
    #[code(message = "Gone")]
    Gone = 410,
}

#[apicodes::table(title = "Codes\n\nIntro.")]
pub enum TitleBreak {
    /// Fine.
    #[code(message = "Conflict")]
    Conflict = 409,
}

#[apicodes::table]
pub enum EntryTitleBreak {
    /// Fine.
    #[code(message = "Conflict", title = "CON\nFLICT")]
    Conflict = 409,
    /// A message may hold a line break (the body is JSON); its heading
    /// is then the name's words, `GONE`.
    #[code(message = "Gone\nfor good")]
    Gone = 410,
}

// CommonMark ends a line at a lone carriage return too.
#[apicodes::table(other_errors = "Ask\rus.")]
pub enum CarriageReturn {
    /// Fine.
    #[code(message = "Conflict")]
    Conflict = 409,
}

fn main() {}
