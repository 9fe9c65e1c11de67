//! A table of your API's own: the page `examples/own_codes.md` becomes the
//! type `ShopCode` at compile time, an error enum is checked against it,
//! and both render back to Markdown.
//!
//! ```sh
//! cargo run --example own_codes --features table
//! ```

use apicodes::page::{self, Page};
use apicodes::{ApiError, ApiErrorDocs};

/// The Shop API's codes, read from its page (the path is relative to the
/// crate's `Cargo.toml`; the page must be in the published package).
#[apicodes::table(page = "examples/own_codes.md")]
pub enum ShopCode {}

/// Errors of the cart endpoints, each checked against `ShopCode`.
#[derive(Debug, ApiError)]
#[api_error(codes = ShopCode)]
pub enum CartError {
    /// The order in the request body could not be read.
    #[api_error(code = 400, message = "Cannot read the order: {reason}")]
    BadOrder {
        /// What was wrong with it.
        reason: String,
    },

    /// No product has the requested id.
    #[api_error(code = NotFound, message = "No product {0}")]
    NoProduct(u32),

    /// The cart already holds this product.
    #[api_error(code = 409)]
    AlreadyInCart,

    /// The coffee machine was asked for tea.
    #[api_error(code = ImATeapot)]
    Tea,

    /// The store is not answering; try again later.
    // The table documents 500, so it is an ordinary code: its documented
    // message is sent.
    #[api_error(code = 500)]
    StoreDown,
}

fn main() {
    println!("The table read from examples/own_codes.md\n");
    for &code in ShopCode::ALL {
        println!("{:>5}  {:<14} {}", code.as_u16(), code.name(), code.json());
    }

    println!("\nWhat each CartError sends\n");
    let errors = [
        CartError::BadOrder {
            reason: "quantity is not a number".to_owned(),
        },
        CartError::NoProduct(42),
        CartError::AlreadyInCart,
        CartError::Tea,
        CartError::StoreDown,
    ];
    for err in &errors {
        println!("{:<40} {}", format!("{err:?}"), err.to_json());
    }

    println!("\nThe catalogue of CartError, rendered from its type\n");
    print!(
        "{}",
        page::catalogue::<CartError>("Errors of the cart endpoints")
    );

    // The table renders back to a page that reads as the same table.
    let rendered = Page::of::<ShopCode>().render();
    assert_eq!(page::parse(&rendered), Ok(Page::of::<ShopCode>()));
    println!(
        "\nShopCode renders back to its page: {} codes, {} bytes of Markdown; \
         CartError answers with {} of them.",
        ShopCode::ALL.len(),
        rendered.len(),
        CartError::CODES.len()
    );
}
