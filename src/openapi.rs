//! [OpenAPI](https://spec.openapis.org/oas/latest.html) documentation with
//! [utoipa](https://docs.rs/utoipa) 6: every error a handler can return, one
//! response per code, one example per variant.
//!
//! With the `utoipa` feature, every `#[derive(ApiError)]` type implements
//! [`utoipa::IntoResponses`], so `#[utoipa::path(..., responses(MyError))]`
//! documents it. [`Body`] implements [`utoipa::ToSchema`].
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
//!   example's description;
//! - a 204 response has no content: it is sent without a body;
//! - a 429 response documents the `Retry-After` header (integer seconds)
//!   when a variant sends it (`retry_after = field`).

use alloc::borrow::ToOwned;
use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use serde_json::{Map, Value};
use utoipa::openapi::RefOr;
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::example::{Example, ExampleBuilder};
use utoipa::openapi::header::{Header, HeaderBuilder};
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{ObjectBuilder, Type};

use crate::{ApiErrorDocs, Body, CodeSet, Status, Table, VariantDoc};

/// Derives `utoipa::IntoResponses` for a type that implements
/// [`ApiErrorDocs`]: one response per code it can answer with.
pub use apicodes_macros::IntoResponses;

/// What `#[derive(IntoResponses)]` names.
#[doc(hidden)]
pub mod __private {
    pub use super::{Responses, responses};
    pub use utoipa::IntoResponses;
}

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
pub fn responses<T: ApiErrorDocs>() -> Responses {
    build(T::CODES, &T::variants())
}

fn build<T: Table>(mut codes: CodeSet<T>, variants: &[VariantDoc<T>]) -> Responses {
    codes.extend(variants.iter().map(|variant| variant.code));
    codes
        .iter()
        .map(|code| {
            let response = response(code, variants);
            (code.as_u16().to_string(), RefOr::T(response))
        })
        .collect()
}

fn response<T: Table>(code: Status<T>, variants: &[VariantDoc<T>]) -> Response {
    let response = ResponseBuilder::new().description(code.description());
    // By number, for every table: a 204 is sent without a body.
    if code.as_u16() == 204 {
        return response.build();
    }
    let mut examples: BTreeMap<String, RefOr<Example>> = BTreeMap::new();
    for variant in variants.iter().filter(|variant| variant.code == code) {
        let name = unused_name(&examples, &variant.name);
        examples.insert(name, RefOr::T(example(variant)));
    }
    let content = ContentBuilder::new()
        .schema(Some(Body::schema_for(CodeSet::EMPTY.with(code))))
        .examples_from_iter(examples)
        .build();
    let response = response.content(JSON, content);
    let retries = variants.iter().filter(|v| v.code == code);
    if retries.clone().any(|v| v.retry_after) {
        let always = retries.clone().all(|v| v.retry_after);
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
    HeaderBuilder::new()
        .schema(Some(seconds))
        .description(Some(description))
        .build()
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

/// The first paragraph of a doc comment as one line, and the rest as written.
fn split_doc(doc: &str) -> (String, String) {
    let mut lines = doc.trim().lines();
    let summary: Vec<&str> = lines
        .by_ref()
        .map(str::trim)
        .take_while(|line| !line.is_empty())
        .collect();
    let rest: Vec<&str> = lines.collect();
    (summary.join(" "), rest.join("\n").trim().to_owned())
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
