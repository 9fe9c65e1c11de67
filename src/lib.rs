//! Documented API response codes as types, and a derive that maps your error
//! enums onto them, checked at compile time.
//!
//! An API documents a fixed table of response codes, each sent as a small
//! JSON body such as `{"code":404,"message":"Not found"}`. This crate holds
//! that table as [`Code`], the body as [`Body`], and with
//! `#[derive(ApiError)]` turns every domain error into one of the documented
//! codes, in the documented shape:
//!
//! ```
//! use apicodes::ApiError;
//!
//! #[derive(Debug, thiserror::Error, ApiError)]
//! pub enum AccountError {
//!     /// No account has the requested id.
//!     #[error("no user with id {id}")]
//!     #[api_error(code = 404)]
//!     NoSuchUser { id: u64 },
//!
//!     /// The token predates the last password change.
//!     #[error("token issued before the last password change")]
//!     #[api_error(code = Gone)]
//!     StaleToken,
//!
//!     #[error("quota of {limit} attributes reached")]
//!     #[api_error(code = 507, message = "Attribute limit {limit} reached")]
//!     OutOfAttributes { limit: u32 },
//! }
//!
//! let err = AccountError::NoSuchUser { id: 7 };
//! // The public body is the documented one: the `Display` text stays private.
//! assert_eq!(err.to_json(), r#"{"code":404,"message":"Not found"}"#);
//! assert_eq!(
//!     AccountError::OutOfAttributes { limit: 20 }.to_json(),
//!     r#"{"code":507,"message":"Attribute limit 20 reached"}"#,
//! );
//! ```
//!
//! # The derive
//!
//! `#[derive(ApiError)]` implements [`ApiError`] and [`ApiErrorDocs`] for an
//! enum or a struct. Each variant (or the struct) takes its code from:
//!
//! | attribute | meaning |
//! |---|---|
//! | `#[api_error(code = 404)]` | a documented number |
//! | `#[api_error(code = NotFound)]` | a [`Code`] variant name (also `Code::NotFound`: the derive reads the name, so a `use apicodes::Code;` kept for it alone is an unused import) |
//! | `#[api_error(code = ...)]` on the enum | the default for variants without their own |
//! | `#[api_error(transparent)]` | the single field's own code and message (it must implement [`ApiErrorDocs`], as derived types do, on the same table as the type that holds it (`codes = ...`; a field of another table's is error E0271, "type mismatch resolving `<Inner as ApiError>::Table == Outer's table`", so moving one error type to another table moves those it holds and is held by), also behind `Box`, `Rc`, `Arc` or a reference; a field holding the type itself, `Box<Self>` or `Rc<Name<T>>` (`Self` or its bare name with its own parameters; `crate::Name` is not read as itself), answers with its other codes; written otherwise, or two types holding each other transparently, it is a cycle rustc rejects) |
//!
//! thiserror's `#[error(transparent)]` is thiserror's alone: a variant
//! with it and no `#[api_error(transparent)]` takes the enum's default
//! code (an error without one says which key passes the field's code on).
//!
//! and may add:
//!
//! | attribute | meaning |
//! |---|---|
//! | `message = "No user {id}"` | the public message instead of the documented one; `{field}`, `{0}` and format specs such as `{id:>5}` or `{id:?}` interpolate fields, as `format!` reads them (widths and precisions written as numbers; no `{:p}`; a field whose `Display` fails ends the message with what was written up to the failure, as `write!` stops there, where `format!` would panic). A struct's unsized last field is shown when its type is written `str`, `[T]`, `dyn Trait` or a `?Sized` parameter (not through a type alias) |
//! | `retry_after = field` | on a 429, the field (seconds as an unsigned integer, `u8` to `u64` or `usize`, a [`Duration`](core::time::Duration), or an `Option` of either) that the HTTP integrations send as `Retry-After` |
//! | `other_error` | an outage (see below): a 5xx the table does not document, 500 unless `code = 5xx` says which |
//!
//! and on the type itself:
//!
//! | attribute | meaning |
//! |---|---|
//! | `codes = path::Table` | check codes against [your own table](#your-own-table) instead of [`Code`] (the default, which `codes = apicodes::Code` names; `::apicodes::Code` under `#![no_implicit_prelude]`) |
//! | `crate = path` | where this crate is, if you renamed the dependency (without it, the errors say they cannot find `apicodes`); also in quotes as serde writes it (`crate = "api"`), and through `$crate` from a library's `macro_rules!` (`crate = $crate::reexported`) |
//!
//! ```
//! use apicodes::ApiError;
//!
//! #[derive(Debug, ApiError)]
//! #[api_error(code = 402)] // the default for variants without their own
//! pub enum BillingError {
//!     CardDeclined,
//!     #[api_error(code = 403, message = "Plan {plan} has no invoices")]
//!     NoInvoices { plan: String },
//! }
//!
//! #[derive(Debug, ApiError)]
//! pub enum ShopError {
//!     #[api_error(transparent)]
//!     Billing(BillingError),
//!     #[api_error(code = 429, retry_after = wait_secs)]
//!     Throttled { wait_secs: u64 },
//!     #[api_error(other_error)]
//!     Database,
//! }
//!
//! let declined = BillingError::CardDeclined;
//! assert_eq!(declined.to_json(), r#"{"code":402,"message":"Payment required"}"#);
//! // `transparent`: the inner error's code and message.
//! let err = ShopError::Billing(BillingError::NoInvoices { plan: "free".into() });
//! assert_eq!(err.to_json(), r#"{"code":403,"message":"Plan free has no invoices"}"#);
//! assert_eq!(ShopError::Throttled { wait_secs: 30 }.retry_after(), Some(30));
//! // `other_error`: a 500 whose body tells nothing of the cause.
//! assert_eq!(ShopError::Database.to_json(), r#"{"code":500,"message":"Server error"}"#);
//! ```
//!
//! With the dependency renamed (`api = { package = "apicodes", version = "0.1" }`
//! in `Cargo.toml`, which `extern crate` stands in for here):
//!
//! ```
//! extern crate apicodes as api;
//!
//! #[derive(Debug, api::ApiError)]
//! #[api_error(crate = api, codes = api::Code, code = NotFound)]
//! pub struct NoSuchUser;
//!
//! assert_eq!(api::ApiError::to_json(&NoSuchUser), r#"{"code":404,"message":"Not found"}"#);
//! ```
//!
//! Mistakes are compile errors pointing at the offending token: a variant
//! without a code (all of them, in one build), a number or name the table
//! does not document (with the nearest suggested), the success codes 200,
//! 201 and 202 on an error, unknown or duplicate keys, a message naming a
//! field that does not exist, `transparent` on anything but one field or
//! on a type that may answer with a success code (such as [`Code`] itself,
//! whose 200 an error must not send; in an enum with type or const
//! parameters, at once where the field's type names none of them nor the
//! enum's own name, else only once a build evaluates an instance's
//! [`ApiErrorDocs::CODES`], as its OpenAPI responses do). In an edition-2015 crate, write
//! `extern crate apicodes;` at its root: the derive and `#[apicodes::table]`
//! work without it, but their errors are reported through `::apicodes`,
//! which edition 2015 reads from the crate's root.
//!
//! In a generic type, the derive bounds a type parameter only where a field
//! needs it (`T: Display` for a field `T` a message fills in, `E: ApiError`
//! for a transparent `E`), and not where your own bound already says so:
//! `T: Display` or `T: fmt::Display` is taken for the standard trait, so
//! that clippy's `trait_duplication_in_bounds` finds no second bound. If
//! your crate has a trait of its own by that name, write the standard one's
//! full path (`T: core::fmt::Display`) too.
//!
//! The message sent is the documented one unless you write `message`:
//! `Display`, `Debug` and `source()` text never reach a body on their own,
//! so internal details leak only where you put them.
//!
//! Bodies with a fixed message are JSON literals computed at compile time;
//! `to_json` returns them without allocating. Interpolated messages are
//! written, escaped, straight into one buffer.
//!
//! # Outages
//!
//! The page's "Other Errors" covers every code it does not document: *If
//! you are getting other error codes, check server status or contact
//! support. This is usually due to a hosting outage.* An error that is the server's fault and has no documented code
//! is such an outage: `#[api_error(other_error)]` answers it with a 500, and
//! `#[api_error(code = 503, other_error)]` with the 5xx you name (as the
//! enum's default, `other_error` covers every variant without a code of its
//! own; a variant's own `other_error` is a 500 unless it names its code too). Its
//! body is the bare `{"code":503,"message":"Server error"}` ([`OtherError`])
//! unless you write a public `message` for it, and [`ApiError::code`] gives
//! [`Status::Other`]; the error's `Display` text and `source()` chain go to
//! the operator's log ([`log`]), never to the client.
//!
//! # Keeping the whole contract
//!
//! Besides your handlers' errors, a framework answers by itself: an unknown
//! route, a wrong method, a body it cannot parse or that is too large, a
//! panic. [`axum::ContractLayer`](axum/struct.ContractLayer.html) and
//! [`actix::Contract`](actix/struct.Contract.html) (features `axum` and
//! `actix-web`) turn each such answer into a documented
//! code (the status itself if the table documents it, else 400, or for a
//! table without one its 422 or another 4xx, for a client error, and an
//! outage for a server error
//! or a timeout layer's 408; see
//! [`Status::answer_for`](crate::Status::answer_for)) in the documented
//! shape, and log what happened. Each module's page shows the whole server.
//!
//! # Your own table
//!
//! [`Code`] is one API's table. Any API's page of codes, in the same
//! Markdown format (a `### CODE: TITLE` heading, a description paragraph and
//! a `{ "code": N, "message": "..." }` block per code, and an optional
//! `## Other Errors` section), becomes a table type at compile time with
//! [`#[apicodes::table(page = "codes.md")]`][table-attribute] (feature
//! `table`): the same methods and traits as [`Code`] (its [`Table`] impl,
//! `Display`, `FromStr`, serde, `http::StatusCode`). The derive checks codes
//! against it with `#[api_error(codes = MyCode)]`, and every integration
//! follows it: bodies, responses, OpenAPI, `classify_as`.
//!
//! A code the table does not document is a compile error naming the table
//! and the nearest codes it does; a malformed page is a compile error naming
//! the line and the problem (a duplicate code, a heading and body that
//! disagree, a body that is not the JSON shape, a missing message). Without
//! a page, write the codes as variants. A table that documents 500 makes
//! `code = 500` an ordinary code; `other_error` is for codes a table does
//! not document.
//!
//! Rules the standard table applies by code number hold for every table:
//! a derived error cannot answer with a 1xx, 2xx (other than 204) or 3xx
//! code (a compile error); a code sent as itself at run time (`Code::Ok`,
//! a table's 302) goes out with its own status and documented body, except
//! a 1xx, which no final answer can have: it goes out as the server's
//! failure, a 500 ([`Status::internal`]); a 204, 205 or 304 (a table's own
//! code sent as itself) is sent without a body ([`Status::has_body`]), and
//! only a 429 carries `Retry-After`. Any
//! table renders back to its page, and an error type to the catalogue of
//! its variants ([`apicodes::page`][page-module]).
//!
#![cfg_attr(
    feature = "table",
    doc = "[table-attribute]: crate::table\n[page-module]: crate::page"
)]
#![cfg_attr(
    not(feature = "table"),
    doc = "[table-attribute]: https://docs.rs/apicodes/0.1/apicodes/attr.table.html\n\
           [page-module]: https://docs.rs/apicodes/0.1/apicodes/page/index.html"
)]
//!
//! # Features
//!
//! | feature | what it adds |
//! |---|---|
//! | `std` (default) | reserved; the error types implement `core::error::Error` (which is `std::error::Error`) with or without it |
//! | `serde` (default) | `Serialize`/`Deserialize` for [`Code`] (as its number) and [`Body`] |
//! | `json` | client side: `classify` sorts HTTP responses into documented codes and the rest (`serde_json`) |
//! | `tracing` | the hidden cause of every error response recorded as a `tracing` event ([`log`]) |
//! | `table` | tables of your own API's codes (`#[apicodes::table]`), and pages parsed and rendered (`apicodes::page`) |
//! | `http` | `Code` (and any [`Status`]) <-> `http::StatusCode`; an `http::Response` from any [`ApiError`] (`apicodes::http`) |
//! | `axum` | `#[derive(apicodes::axum::IntoResponse)]`: `axum::response::IntoResponse` for a derived type, and the layers for the framework's own answers (`apicodes::axum`) |
//! | `actix-web` | `#[derive(apicodes::actix::ResponseError)]`: `actix_web::ResponseError` for a derived type that is also `Debug + Display`, and the wrappers for the framework's own answers (`apicodes::actix`) |
//! | `utoipa` | `Body: utoipa::ToSchema`; `#[derive(apicodes::openapi::IntoResponses)]`: `utoipa::IntoResponses` for a derived type (`apicodes::openapi`); needs Rust 1.88 |
//!
//! Every HTTP integration sends the code as the status line and the body as
//! `content-type: application/json`, a 204 with no body (RFC 9110), and
//! `Retry-After` from `retry_after = field`.
//!
//! Without default features the crate is `#![no_std]` and needs only `alloc`.
//!
//! The integrations are modules named after what they integrate
//! (`apicodes::http` and `apicodes::axum`, each with its feature, and
//! `apicodes::log`, always there, for `tracing`'s events): a glob import
//! of the crate's root (`use apicodes::*;`) clashes with the crates
//! `log`, and `http` or `axum` once any crate in the build turns that
//! feature on (a path through them is then ambiguous, error E0659, or
//! names this crate's module). Import what you use by name (`use
//! apicodes::{ApiError, Code};`).

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub use apicodes_core::{
    ApiError, ApiErrorDocs, Body, Code, CodeSet, NotServerError, OTHER_ERRORS, OtherError,
    ParseCodeError, RetryAfter, Status, Table, UnknownCode, UnknownCodeIn, VariantDoc, json,
};

#[cfg(feature = "table")]
pub use apicodes_core::page;

/// The standard table's macro, as a table of your own has one: what
/// `#[api_error(codes = Code)]` calls where the derive cannot tell from
/// the path alone that it names this crate's `Code` (`use apicodes::Code;`
/// or a renamed dependency). Not public API.
#[doc(hidden)]
#[macro_export]
macro_rules! __apicodes_standard_table {
    (($($krate:tt)*) $($input:tt)*) => {
        $crate::__private_0_1::derive_with_table! { Code * $($input)* }
    };
}

#[doc(hidden)]
pub use __apicodes_standard_table as Code;

/// Derives [`ApiError`] and [`ApiErrorDocs`]; see the [crate docs](crate#the-derive).
///
/// ```
/// #[derive(apicodes::ApiError)]
/// #[api_error(code = 403)]
/// struct Locked;
///
/// use apicodes::ApiError as _;
/// assert_eq!(Locked.to_json(), r#"{"code":403,"message":"Forbidden"}"#);
/// ```
pub use apicodes_macros::ApiError;

/// Declares a table of your API's own documented codes: from its page,
/// read at compile time, or written as variants. See the
/// [crate docs](crate#your-own-table) for what the table is for.
///
/// # From a page
///
/// `#[apicodes::table(page = "docs/codes.md")] pub enum MyCode {}` reads
/// the page (relative to the directory of the crate's `Cargo.toml`; it
/// must be in the published package, which `cargo package --list` shows,
/// if an `include` list narrows it: a page outside the crate's directory,
/// `../codes.md`, builds in a workspace but is in no package) and declares `MyCode` with a variant per code, named
/// from its title (`### 418: I'M A TEAPOT` gives `ImATeapot`) and
/// documented by its description. The crate is rebuilt when the page
/// changes. A malformed page is a compile error at the path, naming the
/// line and what is wrong.
///
/// ```
/// // The page of this crate's `own_codes` example.
/// #[apicodes::table(page = "examples/own_codes.md")]
/// pub enum ShopCode {}
///
/// use apicodes::Table as _;
/// assert_eq!(ShopCode::ImATeapot.json(), r#"{"code":418,"message":"I'm a teapot"}"#);
/// assert_eq!(ShopCode::ImATeapot.title(), "I'M A TEAPOT");
/// assert_eq!(ShopCode::PAGE_TITLE, "Shop API Response Codes");
/// assert_eq!(ShopCode::ALL.len(), 6);
/// ```
///
/// # Written as variants
///
/// Each variant is a code: its doc comment is the description (its lines
/// joined into the one paragraph a page gives each code, read as written:
/// a `#[doc = include_str!(...)]` is not expanded, and is an error),
/// `#[code(message = "...")]` the message, `title = "..."` in the same
/// attribute the heading, and the discriminant its number. The heading is
/// by default the message in capitals where that gives the variant's name
/// (`Not found`: `NOT FOUND`, `NotFound`), else the variant name's words in
/// capitals (`Unprocessable`: `UNPROCESSABLE`), since a page names each
/// code by its heading and its page should name it as Rust does. A
/// `title` is kept as written even where its words give another name
/// (`title = "I'M A TEAPOT"` on `Teapot`): the page the table renders to
/// names that code `ImATeapot`, and so would a table declared from that
/// page; a title that gives another variant's name is an error, since that
/// name would then mean another code there. A code cannot be `#[cfg]`-ed out or `#[deprecated]`: the table is
/// its page.
/// The page's title and Other Errors text are `title = "..."` (default
/// `"Response Codes"`) and `other_errors = "..."` on the attribute.
///
/// ```
/// #[apicodes::table(title = "Shop Codes", other_errors = "Check the status page, then retry.")]
/// pub enum ShopCode {
///     /// The request was successful!
///     #[code(message = "OK")]
///     Ok = 200,
///     /// The cart already holds this item.
///     #[code(message = "Conflict")]
///     Conflict = 409,
///     /// The coffee machine was asked to brew tea.
///     #[code(message = "Teapot", title = "I'M A TEAPOT")]
///     ImATeapot = 418,
/// }
///
/// #[derive(Debug, apicodes::ApiError)]
/// #[api_error(codes = ShopCode)]
/// enum CartError {
///     #[api_error(code = 409, message = "Item {0} is already in the cart")]
///     AlreadyInCart(u32),
/// }
///
/// use apicodes::{ApiError as _, Table as _};
/// assert_eq!(ShopCode::Conflict.json(), r#"{"code":409,"message":"Conflict"}"#);
/// assert_eq!(ShopCode::Conflict.title(), "CONFLICT");
/// // `title` as written (without it, the variant name's words: "IM A TEAPOT",
/// // since the message "Teapot" in capitals does not give the name).
/// assert_eq!(ShopCode::ImATeapot.title(), "I'M A TEAPOT");
/// assert_eq!(ShopCode::PAGE_TITLE, "Shop Codes");
/// assert_eq!(ShopCode::OTHER_ERRORS, "Check the status page, then retry.");
/// assert_eq!(CartError::AlreadyInCart(7).to_json(), r#"{"code":409,"message":"Item 7 is already in the cart"}"#);
/// ```
///
/// # What it declares
///
/// The enum (`#[repr(u16)]`, `Copy`, `Eq`, `Ord`, `Hash`, `Debug`), with
/// `ALL`, `OTHER_ERRORS` and the `const fn`s [`Code`] has (`as_u16`,
/// `from_u16`, `from_name`, `message`, `title`, `description`, `json`,
/// `name`, `is_success`, ...); [`Table`], `Display`, `FromStr`,
/// `TryFrom<u16>`, [`ApiError`] and [`ApiErrorDocs`]; with the `serde`
/// feature `Serialize`/`Deserialize`, with `http` the `http::StatusCode`
/// conversions. Those two come with this crate's features, which any crate
/// in the build may turn on (`axum` and `actix-web` turn on `http`, and the
/// default features `serde`): write no such impl for a table yourself, or
/// it conflicts (E0119) once the feature is on; turn the feature on in
/// your own `Cargo.toml` instead. Keys: `page`, `title`, `other_errors`, and `crate = path`
/// if you renamed this crate:
///
/// ```
/// extern crate apicodes as api;
///
/// #[api::table(crate = api)]
/// pub enum TinyCode {
///     /// The request was successful!
///     #[code(message = "OK")]
///     Ok = 200,
/// }
///
/// assert_eq!(TinyCode::Ok.json(), r#"{"code":200,"message":"OK"}"#);
/// assert_eq!(<TinyCode as api::Table>::PAGE_TITLE, "Response Codes");
/// ```
///
/// Beside the type it declares a hidden macro of the same name, through
/// which `#[api_error(codes = MyCode)]` reads the codes: name the table by
/// any path or `use` that reaches the type, and the macro comes with it
/// (after `use MyCode as Shop`, `codes = Shop` and `code = Shop::NotFound`
/// read as you would expect), and `Code` too, however it is named. A
/// `type` alias names the type alone, not its macro: `codes = Alias` is
/// rustc's "cannot find macro `Alias`", and `codes = module::Alias` its
/// "could not find `Alias` in `module`" (write `use MyCode as Alias;`).
///
/// `export` shares a `pub` table with other crates, which then derive
/// against it as this one does (`codes = shop_codes::ShopCode`): a
/// workspace can keep its API's table in one crate. It exports the macro
/// (hidden, at the crate root), which rustc warns about inside a function
/// body (`non_local_definitions`). Without it a table's macro stays in its
/// crate (`pub(crate)`).
///
/// ```
/// // In a crate of its own, shared by a workspace's services.
/// #[apicodes::table(export)]
/// pub enum ShopCode {
///     /// The cart already holds this item.
///     #[code(message = "Conflict")]
///     Conflict = 409,
/// }
///
/// // In each service (here the same crate), by its path.
/// #[derive(Debug, apicodes::ApiError)]
/// #[api_error(codes = ShopCode, code = Conflict)]
/// struct InCart;
///
/// fn main() {
///     use apicodes::ApiError as _;
///     assert_eq!(InCart.to_json(), r#"{"code":409,"message":"Conflict"}"#);
/// }
/// ```
///
/// Being a macro's name too, the table's name must not be
/// a macro in scope already: a table named `Error` beside
/// `use thiserror::Error;` (a derive macro) is error E0252; write
/// `#[derive(thiserror::Error)]` there, or name the table otherwise. For
/// the same reason a table named `Code` beside `use apicodes::*;` (whose
/// `Code` is the standard table, with its macro), or beside edition
/// 2015's `#[macro_use] extern crate apicodes;`, is ambiguous, error
/// E0659: import what you use by name there (or name the table otherwise).
/// A table without `export` used from another crate is error E0603,
/// "macro `MyCode` is private", where `codes = other::MyCode` names it by
/// its path, or "cannot find macro `MyCode`" (noting that the name
/// imported is an enum, not a macro) where a `use` brought it in; either
/// way the error type gets no impls, so its uses fail after it: add
/// `export` to the table's declaration. Inside a
/// function body, `export` gets rustc's `non_local_definitions` warning:
/// leave it off there.
///
/// A `#[deprecated]` table (an API's old version) is reported where it is
/// used, as any deprecated item is: its own impls, which use it, allow
/// `deprecated`, so a crate that forbids that lint (`#![forbid(deprecated)]`,
/// `#![forbid(warnings)]`) cannot declare one. Its codes cannot be
/// deprecated one by one: the table is its page.
#[cfg(feature = "table")]
pub use apicodes_macros::table;

#[cfg(feature = "actix-web")]
pub mod actix;
#[cfg(feature = "axum")]
pub mod axum;
#[cfg(feature = "json")]
pub mod client;
#[cfg(any(feature = "axum", feature = "actix-web"))]
mod contract;
#[cfg(feature = "http")]
pub mod http;
pub mod log;
#[cfg(feature = "utoipa")]
pub mod openapi;

#[cfg(feature = "json")]
pub use crate::client::{classify, classify_as};

// What the derives' generated code names; the version in the name keeps
// two versions of the crate in one build apart.
#[doc(hidden)]
#[path = "private.rs"]
pub mod __private_0_1;

// Every Rust example in the README is compiled and run as a doctest, so the
// README cannot drift from the crate.
#[cfg(all(
    doctest,
    feature = "table",
    feature = "json",
    feature = "axum",
    feature = "actix-web",
    feature = "utoipa"
))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
