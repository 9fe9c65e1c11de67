//! Tables a workspace shares: declared here, `pub`, and derived against in
//! other crates (the edition crates, and one that names `apicodes`
//! otherwise), through any path that reaches them.

#![deny(warnings)]

/// The shop's codes, from its page.
#[apicodes::table(page = "../integration/shop-codes.md", export)]
pub enum SharedCode {}

/// Tables in a module.
pub mod nested {
    /// Written in Rust.
    #[apicodes::table(other_errors = "Ask the operators.", export)]
    pub enum NestedCode {
        /// Already there.
        #[code(message = "Conflict")]
        Conflict = 409,
        /// Short and stout.
        #[code(message = "I'm a teapot", title = "I'M A TEAPOT")]
        Teapot = 418,
    }

    /// Named as the standard table is, in another crate.
    #[apicodes::table(export)]
    pub enum Code {
        /// Gone for good.
        #[code(message = "Long gone")]
        Gone = 410,
    }
}

// A table from a page, with no doc comment of its own: the table writes
// one ("The response codes documented by `...`."), so `missing_docs`
// (denied here through `warnings`) is quiet.
#[apicodes::table(page = "../integration/shop-codes.md")]
pub enum Undocumented {}

/// Re-exported under another name.
pub use nested::NestedCode as Renamed;
