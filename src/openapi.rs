//! [OpenAPI](https://spec.openapis.org/oas/latest.html) documentation with
//! [utoipa](https://docs.rs/utoipa) 6: every error a handler can return, one
//! response per code, one example per variant.
//!
//! With the `utoipa` feature, `#[derive(apicodes::openapi::IntoResponses)]`
//! beside `#[derive(ApiError)]` implements [`utoipa::IntoResponses`], so
//! `#[utoipa::path(..., responses(MyError))]` documents it. [`Body`]
//! implements [`utoipa::ToSchema`] with the standard table's codes, and
//! [`BodyOf`] with those of a table of your own. An operation that fails
//! in the ways of two error types names them together,
//! `responses(Either<AuthError, UserError>)` ([`Either`]).
//!
//! ```
//! use apicodes::{ApiError, Code};
//! use utoipa::OpenApi;
//!
//! #[derive(Debug, thiserror::Error, ApiError, apicodes::openapi::IntoResponses)]
//! pub enum AccountError {
//!     /// No account has the requested id.
//!     #[error("no user with id {id}")]
//!     #[api_error(code = 404)]
//!     NoSuchUser { id: u64 },
//!
//!     /// The account holds as many attributes as its plan allows.
//!     #[error("quota of {limit} attributes reached")]
//!     #[api_error(code = 507, message = "Attribute limit {limit} reached")]
//!     OutOfAttributes { limit: u32 },
//! }
//!
//! #[utoipa::path(
//!     get,
//!     path = "/users/{id}",
//!     params(("id" = u64, Path, description = "The user's id")),
//!     responses((status = 200, description = "The user"), AccountError)
//! )]
//! fn get_user() {}
//!
//! #[derive(OpenApi)]
//! #[openapi(paths(get_user))]
//! struct ApiDoc;
//!
//! let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
//! let responses = &doc["paths"]["/users/{id}"]["get"]["responses"];
//! assert_eq!(responses["404"]["description"], Code::NotFound.description());
//! let examples = &responses["507"]["content"]["application/json"]["examples"];
//! assert_eq!(examples["OutOfAttributes"]["summary"], "The account holds as many attributes as its plan allows.");
//! assert_eq!(
//!     examples["OutOfAttributes"]["value"],
//!     serde_json::json!({"code": 507, "message": "Attribute limit {limit} reached"}),
//! );
//! ```
//!
//! What [`responses`] documents, per code the type can answer with:
//!
//! - the key is the code's number, and the description is the code's
//!   documented description ([`Code::description`](crate::Code::description));
//! - an outage (`other_error`: a 5xx the table does not document) is
//!   documented under the range key `5XX` instead, described by the page's
//!   "Other Errors" text (a plain sentence where the page has none), with
//!   `code` narrowed to the outages' numbers: one response for every
//!   undocumented 5xx, so that a conformance check meeting one finds it;
//! - the `application/json` content has the [`Body`] schema with `code`
//!   narrowed to the response's own ([`Body::schema_for`]), inlined so the
//!   document is complete without registering a component, and one example
//!   per variant, named after it (`Outer::Inner` for a variant reached
//!   through a `transparent` one);
//! - an example's value is the body the variant sends. A message that
//!   interpolates fields is shown as its template, placeholders and all
//!   (`{{`/`}}` as written), and the example's description says so;
//! - an example's summary is the first paragraph of the variant's doc
//!   comment, its lines joined by spaces; later paragraphs become the
//!   example's description, as written (an indented code block stays one);
//! - a 1xx, 204, 205 or 304 response has no content: it is sent without a
//!   body ([`Status::has_body`](crate::Status::has_body));
//! - a 429 response documents the `Retry-After` header (integer seconds)
//!   when a variant sends it (`retry_after = field`).

use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use serde_json::{Map, Value};
use utoipa::openapi::RefOr;
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::example::{Example, ExampleBuilder};
use utoipa::openapi::extensions::Extensions;
use utoipa::openapi::header::{Header, HeaderBuilder};
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};

use crate::{ApiErrorDocs, Body, CodeSet, Status, Table, VariantDoc};

/// Derives `utoipa::IntoResponses` for a type that implements
/// [`ApiErrorDocs`]: one response per code it can answer with.
///
/// ```
/// use utoipa::IntoResponses;
///
/// #[derive(Debug, apicodes::ApiError, apicodes::openapi::IntoResponses)]
/// enum AccountError {
///     /// No account has the requested id.
///     #[api_error(code = 404)]
///     NoSuchUser,
///     /// The token predates the last password change.
///     #[api_error(code = Gone)]
///     StaleToken,
/// }
///
/// let responses = serde_json::to_value(AccountError::responses()).unwrap();
/// assert_eq!(responses.as_object().unwrap().keys().collect::<Vec<_>>(), ["404", "410"]);
/// assert_eq!(
///     responses["410"]["content"]["application/json"]["examples"]["StaleToken"],
///     serde_json::json!({
///         "summary": "The token predates the last password change.",
///         "value": {"code": 410, "message": "Gone"},
///     }),
/// );
/// ```
pub use apicodes_macros::IntoResponses;

/// What `#[derive(IntoResponses)]` names.
#[doc(hidden)]
pub mod __private {
    pub use super::{Responses, responses};
    pub use utoipa::IntoResponses;
}

use core::marker::PhantomData;

/// The responses of one operation, keyed by status code: what
/// [`utoipa::IntoResponses::responses`] returns.
///
/// ```
/// let responses: apicodes::openapi::Responses = apicodes::openapi::responses::<apicodes::Code>();
/// assert!(responses.contains_key("404"));
/// ```
pub type Responses = BTreeMap<String, RefOr<Response>>;

/// The header the HTTP integrations send from `retry_after = field`.
const RETRY_AFTER: &str = "Retry-After";

/// The media type of every documented body.
const JSON: &str = "application/json";

/// Appended to the description of an example whose message is a template.
const TEMPLATE_NOTE: &str =
    "The message is a template: each `{...}` placeholder is filled in from the error when sent.";

/// The responses of an error type, for an `OpenApi` document: one per code in
/// [`T::CODES`](ApiErrorDocs::CODES) (and any other code one of its
/// [`variants`](ApiErrorDocs::variants) names), described as the
/// [module docs](self) explain.
///
/// A derived type's `IntoResponses` impl calls this; call it yourself for a
/// type that implements [`ApiErrorDocs`] by hand:
///
/// ```
/// use apicodes::{ApiError, ApiErrorDocs, Code, CodeSet, Status, VariantDoc};
///
/// struct Locked;
///
/// impl ApiError for Locked {
///     type Table = Code;
///     fn code(&self) -> Status {
///         Status::Documented(Code::Forbidden)
///     }
/// }
///
/// impl ApiErrorDocs for Locked {
///     const CODES: CodeSet = CodeSet::of(&[Code::Forbidden]);
///     fn variants() -> Vec<VariantDoc> {
///         vec![VariantDoc::new("Locked", Code::Forbidden, "Forbidden", false, "The account is locked.")]
///     }
/// }
///
/// impl utoipa::IntoResponses for Locked {
///     fn responses() -> apicodes::openapi::Responses {
///         apicodes::openapi::responses::<Self>()
///     }
/// }
///
/// let responses = serde_json::to_value(<Locked as utoipa::IntoResponses>::responses()).unwrap();
/// assert_eq!(
///     responses["403"]["content"]["application/json"]["examples"]["Locked"],
///     serde_json::json!({
///         "summary": "The account is locked.",
///         "value": {"code": 403, "message": "Forbidden"},
///     }),
/// );
/// ```
#[must_use]
pub fn responses<T: Documented + ?Sized>() -> Responses {
    build(T::codes(), &T::variant_docs(), false)
}

/// What an operation's responses are built from: the codes and variants of
/// one error type (every [`ApiErrorDocs`] type), or of several
/// ([`Either`]).
///
/// ```
/// use apicodes::openapi::{Documented, Either};
/// use apicodes::{ApiError, Code, CodeSet};
///
/// #[derive(Debug, ApiError)]
/// enum AuthError {
///     #[api_error(code = 401)]
///     NoToken,
/// }
///
/// #[derive(Debug, ApiError)]
/// enum UserError {
///     #[api_error(code = 404)]
///     NoSuchUser,
/// }
///
/// type Both = Either<AuthError, UserError>;
/// assert_eq!(Both::codes(), CodeSet::of(&[Code::Unauthorized, Code::NotFound]));
/// let names: Vec<_> = Both::variant_docs().into_iter().map(|v| v.name).collect();
/// assert_eq!(names, ["NoToken", "NoSuchUser"]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no documented codes to list",
    label = "no `ApiErrorDocs` for `{Self}`",
    note = "#[derive(apicodes::ApiError)] implements `ApiError` and `ApiErrorDocs`; an `ApiError` written by hand needs `ApiErrorDocs` by hand too to be documented; an `Either<A, B>` of error types is documented where both are, on one table (the `codes = ...` of their #[api_error])"
)]
pub trait Documented: sealed::Documented {
    /// The table of the codes: [`Code`](crate::Code) for the standard
    /// table, or a table of the API's own.
    ///
    /// ```
    /// use apicodes::openapi::Documented;
    /// use apicodes::{ApiError, Code};
    ///
    /// #[derive(Debug, ApiError)]
    /// enum UserError {
    ///     #[api_error(code = 404)]
    ///     NoSuchUser,
    /// }
    ///
    /// use std::any::TypeId;
    ///
    /// assert_eq!(TypeId::of::<<UserError as Documented>::Table>(), TypeId::of::<Code>());
    /// ```
    type Table: Table;

    /// Every code an error of the type (or types) can answer with.
    ///
    /// ```
    /// use apicodes::openapi::{Documented, Either};
    /// use apicodes::{ApiError, Code, CodeSet};
    ///
    /// #[derive(Debug, ApiError)]
    /// enum AuthError {
    ///     #[api_error(code = 401)]
    ///     NoToken,
    /// }
    ///
    /// #[derive(Debug, ApiError)]
    /// enum UserError {
    ///     #[api_error(code = 404)]
    ///     NoSuchUser,
    ///     #[api_error(code = 401)]
    ///     NotYours,
    /// }
    ///
    /// assert_eq!(AuthError::codes(), CodeSet::of(&[Code::Unauthorized]));
    /// // Either's codes are each type's, every code once.
    /// assert_eq!(
    ///     Either::<AuthError, UserError>::codes(),
    ///     CodeSet::of(&[Code::Unauthorized, Code::NotFound]),
    /// );
    /// ```
    fn codes() -> CodeSet<Self::Table>;

    /// Each variant, as [`ApiErrorDocs::variants`] gives them; those of
    /// [`Either`]'s first type, then its second's.
    ///
    /// ```
    /// use apicodes::openapi::{Documented, Either};
    /// use apicodes::{ApiError, Code, Status};
    ///
    /// #[derive(Debug, ApiError)]
    /// enum AuthError {
    ///     /// No token was sent.
    ///     #[api_error(code = 401)]
    ///     NoToken,
    /// }
    ///
    /// #[derive(Debug, ApiError)]
    /// enum UserError {
    ///     #[api_error(code = 404, message = "No such user")]
    ///     NoSuchUser,
    /// }
    ///
    /// let docs = Either::<AuthError, UserError>::variant_docs();
    /// let rows: Vec<_> = docs.iter().map(|v| (v.name.as_ref(), v.code, v.message)).collect();
    /// assert_eq!(
    ///     rows,
    ///     [
    ///         ("NoToken", Status::Documented(Code::Unauthorized), "Unauthorized"),
    ///         ("NoSuchUser", Status::Documented(Code::NotFound), "No such user"),
    ///     ],
    /// );
    /// assert_eq!(docs[0].doc, "No token was sent.");
    /// ```
    fn variant_docs() -> Vec<VariantDoc<Self::Table>>;
}

/// `Documented` is implemented here alone, for the two kinds of types it
/// names, so that items can be added to it without breaking anyone.
mod sealed {
    use super::{ApiErrorDocs, Either};

    #[diagnostic::on_unimplemented(
        message = "`{Self}` cannot implement `Documented` by hand",
        label = "documented through `ApiErrorDocs`",
        note = "#[derive(apicodes::ApiError)] implements `ApiErrorDocs`, which makes a type `Documented`; an `ApiError` written by hand implements `ApiErrorDocs` by hand too"
    )]
    pub trait Documented {}

    impl<E: ApiErrorDocs + ?Sized> Documented for E {}

    impl<A, B> Documented for Either<A, B>
    where
        A: super::Documented + ?Sized,
        B: super::Documented<Table = A::Table> + ?Sized,
    {
    }
}

impl<E: ApiErrorDocs + ?Sized> Documented for E {
    type Table = E::Table;

    fn codes() -> CodeSet<E::Table> {
        E::CODES
    }

    fn variant_docs() -> Vec<VariantDoc<E::Table>> {
        E::variants()
    }
}

/// The responses of an operation that fails in the ways of two error types
/// on one table: `#[utoipa::path(..., responses(Either<AuthError,
/// UserError>))]`, or [`Endpoint<Either<AuthError, UserError>>`](Endpoint)
/// behind the contract layers. Where both answer with one code, that
/// code's response has the examples of both (utoipa's own merge of
/// `responses(AuthError, UserError)` keeps the second type's response and
/// drops the first's). Nest it for more: `Either<A, Either<B, C>>`. Two
/// variants of one name keep both examples, the second's named `Name (2)`.
/// It is never built; only its impls are used.
///
/// ```
/// use apicodes::ApiError;
/// use apicodes::openapi::Either;
/// use utoipa::IntoResponses;
///
/// /// What an authentication layer answers, on every route.
/// #[derive(Debug, ApiError)]
/// enum AuthError {
///     /// No token was sent.
///     #[api_error(code = 401)]
///     NoToken,
///     /// The session the token names has ended.
///     #[api_error(code = 404, message = "No session")]
///     NoSession,
/// }
///
/// #[derive(Debug, ApiError)]
/// enum UserError {
///     /// No account has the requested id.
///     #[api_error(code = 404)]
///     NoSuchUser,
/// }
///
/// let responses = serde_json::to_value(Either::<AuthError, UserError>::responses()).unwrap();
/// let examples = &responses["404"]["content"]["application/json"]["examples"];
/// assert_eq!(examples["NoSession"]["value"]["message"], "No session");
/// assert_eq!(examples["NoSuchUser"]["value"]["message"], "Not found");
/// assert!(responses["401"].is_object());
/// ```
pub struct Either<A: Documented + ?Sized, B: Documented<Table = A::Table> + ?Sized> {
    first: PhantomData<fn() -> Box<A>>,
    second: PhantomData<fn() -> Box<B>>,
}

impl<A, B> Documented for Either<A, B>
where
    A: Documented + ?Sized,
    B: Documented<Table = A::Table> + ?Sized,
{
    type Table = A::Table;

    fn codes() -> CodeSet<A::Table> {
        let mut codes = A::codes();
        codes.extend(B::codes().iter());
        codes
    }

    fn variant_docs() -> Vec<VariantDoc<A::Table>> {
        let mut variants = A::variant_docs();
        variants.extend(B::variant_docs());
        variants
    }
}

impl<A, B> utoipa::IntoResponses for Either<A, B>
where
    A: Documented + ?Sized,
    B: Documented<Table = A::Table> + ?Sized,
{
    fn responses() -> Responses {
        responses::<Self>()
    }
}

/// The [`Body`] schema of table `T`: `code` one of the codes `T` documents,
/// and an example body (see [`Body::schema_for`]). For a body a
/// `#[utoipa::path]` names by hand in an API whose table is its own
/// ([`Body`]'s schema is the standard table's). Registered in
/// `components/schemas` under the table's type name with `Body` after it
/// (`ShopCodeBody`): tables of two names have two schemas, but two tables
/// of one name in two modules (`v1::ApiCode`, `v2::ApiCode`) would share
/// one, the second replacing the first without a warning; name such
/// tables apart. It is never built; only its schema is used.
///
/// Name it through a type alias (`type ShopBody = BodyOf<ShopCode>;`), in
/// `#[utoipa::path]` and in `#[openapi(components(schemas(...)))]` alike:
/// utoipa's macros read the parameters of a generic type named in them as
/// schemas of their own, which a table is not.
///
/// ```
/// use apicodes::Code;
/// use apicodes::openapi::BodyOf;
/// use utoipa::{OpenApi, ToSchema};
///
/// // With a table of your own, `BodyOf<ShopCode>`, named `ShopCodeBody`.
/// type CodeBody = BodyOf<Code>;
///
/// #[utoipa::path(delete, path = "/users/{id}", responses(
///     (status = 204, description = "Deleted"),
///     (status = 410, description = "Already deleted", body = CodeBody),
/// ))]
/// fn delete_user() {}
///
/// #[derive(OpenApi)]
/// #[openapi(paths(delete_user))]
/// struct ApiDoc;
///
/// assert_eq!(BodyOf::<Code>::name(), "CodeBody");
/// let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
/// let response = &doc["paths"]["/users/{id}"]["delete"]["responses"]["410"];
/// assert_eq!(
///     response["content"]["application/json"]["schema"]["$ref"],
///     "#/components/schemas/CodeBody",
/// );
/// let schema = &doc["components"]["schemas"]["CodeBody"];
/// assert_eq!(schema["properties"]["code"]["enum"].as_array().unwrap().len(), Code::ALL.len());
/// assert_eq!(schema["examples"][0], serde_json::json!({"code": 404, "message": "Not found"}));
/// ```
pub struct BodyOf<T> {
    table: PhantomData<fn() -> T>,
}

impl<T: Table> utoipa::PartialSchema for BodyOf<T> {
    fn schema() -> RefOr<Schema> {
        Body::schema_for(T::ALL.iter().copied().collect())
    }
}

impl<T: Table> utoipa::ToSchema for BodyOf<T> {
    fn name() -> alloc::borrow::Cow<'static, str> {
        alloc::borrow::Cow::Owned(alloc::format!("{}Body", T::NAME))
    }
}

/// The responses of an operation behind the contract layers
/// ([`ContractLayer`][contract-layer], [`Contract`][contract]): those of its handler's error type
/// `E`, merged with the answers the framework makes by itself for any
/// operation: a 400 (see [`Status::answer_for`] for a table without one)
/// for a request it rejects before the handler runs (a
/// path, query or body it cannot read, a missing or wrong `content-type`, a
/// body over the limit), or the rejection's own status where the table
/// documents it (a 413, 415 or 422), and what a handler's panic becomes
/// (the outage `5XX`, or the table's own 500).
///
/// ```
/// use apicodes::openapi::Endpoint;
/// use utoipa::IntoResponses;
///
/// #[derive(Debug, apicodes::ApiError)]
/// enum AccountError {
///     #[api_error(code = 404)]
///     NoSuchUser,
/// }
///
/// let responses = serde_json::to_value(Endpoint::<AccountError>::responses()).unwrap();
/// assert_eq!(responses["404"]["description"], apicodes::Code::NotFound.description());
/// assert_eq!(responses["400"]["description"], apicodes::Code::BadRequest.description());
/// // Any 5xx the table does not document, as the layers send them.
/// assert_eq!(responses["5XX"]["content"]["application/json"]["schema"]["properties"]["code"]["maximum"], 599);
/// ```
///
/// In `#[utoipa::path(..., responses(Endpoint<MyError>))]`. It is never
/// built; only its `IntoResponses` impl is used. `MyError`'s table must be
/// the contract layer's (`ContractLayer::<MyCode>::for_table()` for
/// `codes = MyCode`): the layers answer again, in their own table, what was
/// made for another, and the document would not say what is sent. Name one
/// error type per operation: utoipa merges `responses(A, B)` status by
/// status, the last type's response replacing the first's where both
/// answer with one code. An operation that can fail in two types' ways is
/// `Endpoint<Either<A, B>>` ([`Either`]).
///
#[cfg_attr(feature = "axum", doc = "[contract-layer]: crate::axum::ContractLayer")]
#[cfg_attr(
    not(feature = "axum"),
    doc = "[contract-layer]: https://docs.rs/apicodes/0.1/apicodes/axum/struct.ContractLayer.html"
)]
#[cfg_attr(feature = "actix-web", doc = "[contract]: crate::actix::Contract")]
#[cfg_attr(
    not(feature = "actix-web"),
    doc = "[contract]: https://docs.rs/apicodes/0.1/apicodes/actix/struct.Contract.html"
)]
pub struct Endpoint<E: ?Sized> {
    error: PhantomData<fn() -> E>,
}

impl<E: Documented + ?Sized> utoipa::IntoResponses for Endpoint<E> {
    fn responses() -> Responses {
        let mut variants = E::variant_docs();
        variants.extend(framework::<E::Table>());
        // A 5xx the table does not document, made by hand or by the
        // framework, is answered as that outage: the `5XX` response's
        // schema allows every one.
        build(E::codes(), &variants, true)
    }
}

/// The statuses the frameworks reject a request with before its handler
/// runs: 400, 413 (a body over the limit), 415 (a wrong `content-type`),
/// 422 (JSON of the wrong shape, axum). The contract layers answer each
/// with [`Status::answer_for`]: the status itself where the table documents
/// it, else its answer for a client's mistake (400 where documented).
const REJECTIONS: [u16; 4] = [400, 413, 415, 422];

/// The answers the framework makes by itself for any operation, as the
/// contract layers send them.
fn framework<T: Table>() -> impl Iterator<Item = VariantDoc<T>> {
    let mut answers: Vec<Status<T>> = Vec::new();
    for status in REJECTIONS
        .iter()
        .filter_map(|&s| Status::<T>::answer_for(s))
    {
        if !answers.contains(&status) {
            answers.push(status);
        }
    }
    let rejected = answers.into_iter().map(|status| {
        VariantDoc::new(
            "Rejected by the framework",
            status,
            status.message(),
            false,
            "The request was rejected before the handler ran: a path, query or body \
             that cannot be read, a missing or wrong content-type, or a body over the limit.",
        )
    });
    let status = Status::<T>::internal();
    let panic = VariantDoc::new(
        "Handler failure",
        status,
        status.message(),
        false,
        "The handler failed unexpectedly; the cause is in the server's log.",
    );
    rejected.chain(core::iter::once(panic))
}

/// The responses for `codes` and `variants`; with `any_outage`, the `5XX`
/// response is there and allows every 5xx the table does not document.
fn build<T: Table>(
    mut codes: CodeSet<T>,
    variants: &[VariantDoc<T>],
    any_outage: bool,
) -> Responses {
    codes.extend(variants.iter().map(|variant| variant.code));
    let mut responses: Responses = codes
        .iter()
        .filter(|code| !code.is_other_error())
        .map(|code| {
            let response = response(
                CodeSet::EMPTY.with(code),
                code.description(),
                variants,
                None,
            );
            (code.as_u16().to_string(), RefOr::T(response))
        })
        .collect();
    // Outages, the page's "Other Errors", are one `5XX` response: a range
    // documents every undocumented 5xx a conformance check may meet, where
    // `default` would hide them.
    let outages: CodeSet<T> = codes.iter().filter(|code| code.is_other_error()).collect();
    if !outages.is_empty() || any_outage {
        // OpenAPI requires a description; a page without "Other Errors"
        // gets a plain one.
        let description = if T::OTHER_ERRORS.is_empty() {
            OUTAGE_DESCRIPTION
        } else {
            T::OTHER_ERRORS
        };
        let schema = any_outage.then(Body::schema_for_outages::<T>);
        let response = response(outages, description, variants, schema);
        responses.insert(String::from("5XX"), RefOr::T(response));
    }
    responses
}

/// The `5XX` response's description for a table whose page has no
/// "Other Errors" section.
const OUTAGE_DESCRIPTION: &str = "A server error the API does not document.";

/// The response for the codes in `codes`: one, or the outages of a `5XX`;
/// its body's schema is `schema` where given, else the one for `codes`.
fn response<T: Table>(
    codes: CodeSet<T>,
    description: &str,
    variants: &[VariantDoc<T>],
    schema: Option<RefOr<Schema>>,
) -> Response {
    let response = ResponseBuilder::new().description(description);
    // By number, for every table: a 1xx, 204, 205 or 304 is sent without a
    // body.
    if codes.iter().any(|code| !code.has_body()) {
        return response.build();
    }
    let mut examples: BTreeMap<String, RefOr<Example>> = BTreeMap::new();
    let answers = |v: &&VariantDoc<T>| codes.contains(v.code);
    for variant in variants.iter().filter(answers) {
        let name = unused_name(&examples, &variant.name);
        examples.insert(name, RefOr::T(example(variant)));
    }
    let content = ContentBuilder::new()
        .schema(Some(schema.unwrap_or_else(|| Body::schema_for(codes))))
        .examples_from_iter(examples)
        .build();
    let response = response.content(JSON, content);
    let retries = variants.iter().filter(answers);
    if retries.clone().any(|v| v.retry_after) {
        let always = retries.clone().all(|v| v.retry_after_always);
        response
            .header(RETRY_AFTER, retry_after_header(always))
            .build()
    } else {
        response.build()
    }
}

/// The `Retry-After` header a 429 may carry: whole seconds, as the HTTP
/// integrations send it.
fn retry_after_header(always: bool) -> Header {
    let seconds = ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(0));
    let description = if always {
        "Seconds to wait before retrying."
    } else {
        "Seconds to wait before retrying; sent by the variants that know it."
    };
    let mut header = HeaderBuilder::new()
        .schema(Some(seconds))
        .description(Some(description))
        .build();
    if always {
        // utoipa 6's `Header` has no field for OpenAPI's `required`; its
        // extensions are written flat into the header's object.
        header.extensions = Some(Extensions::from_iter([("required", true)]));
    }
    header
}

fn example<T: Table>(variant: &VariantDoc<T>) -> Example {
    let (summary, mut description) = split_doc(variant.doc);
    if variant.interpolated {
        if !description.is_empty() {
            description.push_str("\n\n");
        }
        description.push_str(TEMPLATE_NOTE);
    }
    let mut body = Map::new();
    body.insert("code".to_owned(), Value::from(variant.code.as_u16()));
    body.insert("message".to_owned(), Value::from(variant.message));
    ExampleBuilder::new()
        .summary(summary)
        .description(description)
        .value(Some(Value::Object(body)))
        .build()
}

/// The first paragraph of a doc comment as one line, and the rest as written:
/// its lines keep their indentation (an indented code block stays one in
/// Markdown), without the blank lines before and after.
fn split_doc(doc: &str) -> (String, String) {
    let mut lines = doc.trim().lines();
    let summary: Vec<&str> = lines
        .by_ref()
        .map(str::trim)
        .take_while(|line| !line.is_empty())
        .collect();
    let mut rest: Vec<&str> = lines.skip_while(|line| line.trim().is_empty()).collect();
    // Indented less than a code block (a line a macro wrote, ` Second`),
    // the first line's indentation shows nothing.
    if let Some(first) = rest.first_mut() {
        let text = first.trim_start_matches(' ');
        if first.len() - text.len() < 4 {
            *first = text;
        }
    }
    (summary.join(" "), rest.join("\n").trim_end().to_owned())
}

/// `name`, or `name (2)`, `name (3)`, ... if a hand-written
/// [`ApiErrorDocs::variants`] repeats a name, so no example is lost.
fn unused_name(examples: &BTreeMap<String, RefOr<Example>>, name: &str) -> String {
    let mut candidate = name.to_owned();
    let mut n = 1_usize;
    while examples.contains_key(&candidate) {
        n += 1;
        candidate = alloc::format!("{name} ({n})");
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_doc_takes_the_first_paragraph_as_summary() {
        assert_eq!(split_doc(""), (String::new(), String::new()));
        assert_eq!(
            split_doc("One line."),
            ("One line.".to_owned(), String::new())
        );
        assert_eq!(
            split_doc("First\nline.\n\nMore\n  indented\n\n\nEnd.\n"),
            (
                "First line.".to_owned(),
                "More\n  indented\n\n\nEnd.".to_owned()
            )
        );
        assert_eq!(
            split_doc("\n\nLeading blank lines.\r\nSecond.\r\n\r\nRest."),
            (
                "Leading blank lines. Second.".to_owned(),
                "Rest.".to_owned()
            )
        );
        // An indented code block after the summary stays one: its first
        // line keeps its indentation, as the others do.
        assert_eq!(
            split_doc(
                "Rate limited.\n\n    GET /quota\n    Authorization: Bearer <key>\n\nThen retry.\n"
            ),
            (
                "Rate limited.".to_owned(),
                "    GET /quota\n    Authorization: Bearer <key>\n\nThen retry.".to_owned()
            )
        );
        assert_eq!(
            split_doc("Summary.\n  \n\t\n    code\n  \n"),
            ("Summary.".to_owned(), "    code".to_owned())
        );
        // A line a macro wrote keeps the space it was given, which shows
        // nothing before a paragraph.
        assert_eq!(
            split_doc("Summary.\n\n Second paragraph.\n   Third line."),
            (
                "Summary.".to_owned(),
                "Second paragraph.\n   Third line.".to_owned()
            )
        );
    }

    /// A later paragraph's first line indented less than a code block
    /// (two or three spaces) shows nothing of it either.
    #[test]
    fn split_doc_drops_an_indentation_that_is_no_code_block() {
        for doc in ["Summary.\n\n  Second.", "Summary.\n\n   Second."] {
            assert_eq!(
                split_doc(doc),
                ("Summary.".to_owned(), "Second.".to_owned()),
                "{doc:?}"
            );
        }
    }

    #[test]
    fn repeated_names_are_kept_apart() {
        let mut examples = BTreeMap::new();
        assert_eq!(unused_name(&examples, "A"), "A");
        examples.insert("A".to_owned(), RefOr::T(Example::new()));
        assert_eq!(unused_name(&examples, "A"), "A (2)");
        examples.insert("A (2)".to_owned(), RefOr::T(Example::new()));
        assert_eq!(unused_name(&examples, "A"), "A (3)");
    }
}
