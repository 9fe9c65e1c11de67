// Each variant is fine on its own, but the page it renders to would not
// read back as the same table: a blank title, a description that opens a
// code block.
#[apicodes::table]
pub enum ShopCode {
    /// Fine.
    #[code(message = "OK", title = " ")]
    Ok = 200,
    /// ```
    #[code(message = "Conflict")]
    Conflict = 409,
}

fn main() {}
