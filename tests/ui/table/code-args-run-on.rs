// What follows a value read whole in `#[code(...)]` is a comma or the
// end: anything else would be lost from the body or the title. A value
// without a key is said, and the keys after it are still read.
#[apicodes::table]
pub enum Msg {
    /// Missing comma.
    #[code(message = "Gone" title = "VANISHED")]
    Gone = 410,
    /// Semicolon.
    #[code(message = "Locked"; title = "HELD")]
    Locked = 423,
    /// Split literal.
    #[code(message = "Too " "early")]
    Early = 425,
    /// Method call.
    #[code(message = "Conflict".to_uppercase(), title = "CONFLICT")]
    Conflict = 409,
    /// Positional.
    #[code("Teapot")]
    Teapot = 418,
    /// Another mistake after a value without a key.
    #[code(message = "Bad", 5, mesage = "x")]
    Bad = 400,
}

fn main() {
    let _ = Msg::Gone;
}
