// A code's doc comment is its page's one paragraph: a heading, code, a
// list, a quote, a rule or a table in it would be read as words of one
// sentence.
#[apicodes::table]
pub enum ShopCode {
    /// The token was refused. Common causes:
    /// - the token has expired
    #[code(message = "Unauthorized")]
    Unauthorized = 401,
    /// Conflict.
    /// > The cart holds it already.
    #[code(message = "Conflict")]
    Conflict = 409,
    /// Gone.
    /// ***
    #[code(message = "Gone")]
    Gone = 410,
    /// Unprocessable:
    /// | field | rule |
    /// |---|---|
    #[code(message = "Unprocessable")]
    Unprocessable = 422,
    /// Locked.
    ///
    /// ```
    /// > retry
    /// ```
    #[code(message = "Locked")]
    Locked = 423,
    /// Not found
    /// ---------
    #[code(message = "Not found")]
    NotFound = 404,
    /// Payment required. Pay so:
    ///
    ///     cart.pay();
    #[code(message = "Payment required")]
    PaymentRequired = 402,
    /**
        Fine: a block comment's lines share their indentation.

        A second paragraph is joined to the first.
    */
    #[code(message = "Precondition required")]
    PreconditionRequired = 428,
    /// Fine: a dash - in a line, and an item numbered 2, which starts no
    /// list after a paragraph's line:
    /// 2. second
    #[code(message = "Teapot")]
    Teapot = 418,
}

fn main() {}
