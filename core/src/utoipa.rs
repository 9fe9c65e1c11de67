//! utoipa support: the schema of `Body`, built from the code table.

use alloc::borrow::Cow;
use alloc::vec::Vec;

use serde_json::{Map, Value};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::{PartialSchema, ToSchema};

use crate::body::Body;
use crate::code_set::CodeSet;
use crate::status::Status;
use crate::table::Table;

impl Body<'_> {
    /// The [`Body`] schema with `code` restricted to `codes`, and an example
    /// body with one of them: the 404 body if `codes` holds 404, else the
    /// lowest error code's (4xx or 5xx), else the lowest code's that is sent
    /// with a body (not a 1xx, 204, 205 or 304); no example if none is.
    ///
    /// `apicodes::openapi` gives each response of an error type this schema
    /// with its one code, so the document promises the exact code a body
    /// carries. [`Body::schema`](#method.schema) is the same with
    /// every documented code.
    ///
    /// ```
    /// use apicodes::{Body, Code, CodeSet};
    ///
    /// let schema = serde_json::to_value(Body::schema_for(CodeSet::<Code>::from_numbers(&[410]))).unwrap();
    /// assert_eq!(schema["properties"]["code"]["enum"], serde_json::json!([410]));
    /// assert_eq!(schema["examples"], serde_json::json!([{"code": 410, "message": "Gone"}]));
    /// ```
    #[must_use]
    pub fn schema_for<T: Table>(codes: CodeSet<T>) -> RefOr<Schema> {
        let numbers: Vec<Value> = codes
            .iter()
            .map(|code| Value::from(code.as_u16()))
            .collect();
        let code = ObjectBuilder::new()
            .schema_type(Type::Integer)
            .description(Some(
                "The response code; the HTTP status carries the same number.",
            ))
            .enum_values(Some(numbers));
        let example = crate::status::example_number(codes.iter().map(Status::as_u16))
            .and_then(Status::<T>::from_u16);
        schema(code, example.map(|code| (code.as_u16(), code.message())))
    }

    /// The [`Body`] schema of any outage: `code` a server error, 500 to
    /// 599, that table `T` does not document (the `5XX` response of an
    /// operation behind the contract layers, which answer any such status
    /// a handler makes as that outage). The schema gives the whole range
    /// (utoipa's schemas have no `not` to leave codes out of it); a 5xx
    /// the table documents has a response of its own, which OpenAPI takes
    /// before `5XX`, and the `code`'s description says so.
    ///
    /// ```
    /// use apicodes::{Body, Code};
    ///
    /// let schema = serde_json::to_value(Body::schema_for_outages::<Code>()).unwrap();
    /// assert_eq!(schema["properties"]["code"]["minimum"], 500);
    /// assert_eq!(schema["properties"]["code"]["maximum"], 599);
    /// assert_eq!(schema["examples"], serde_json::json!([{"code": 500, "message": "Server error"}]));
    /// ```
    #[must_use]
    pub fn schema_for_outages<T: Table>() -> RefOr<Schema> {
        let code = ObjectBuilder::new()
            .schema_type(Type::Integer)
            .description(Some(
                "A server error the table does not document (a 5xx it documents has a \
                 response of its own); the HTTP status carries the same number.",
            ))
            .minimum(Some(500))
            .maximum(Some(599));
        let example = (500..=599)
            .find(|&n| T::from_u16(n).is_none())
            .map(|n| (n, crate::OtherError::MESSAGE));
        schema(code, example)
    }
}

/// The body's schema with this `code` property and example.
fn schema(code: ObjectBuilder, example: Option<(u16, &str)>) -> RefOr<Schema> {
    let message = ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(
            "A human-readable message: the code's documented message unless the error names a more specific one.",
        ));
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(
            "The JSON body of every documented response: the code and a human-readable message.",
        ))
        .property("code", code)
        .required("code")
        .property("message", message)
        .required("message")
        .examples(example.map(|(code, message)| example_body(code, message)))
        .into()
}

/// An object with two required properties: `code`, an integer restricted
/// to the documented codes (taken from [`Code::ALL`](crate::Code::ALL)), and `message`, a
/// string; the example is the documented 404 body.
///
/// ```
/// use apicodes::{Body, Code};
/// use utoipa::PartialSchema;
///
/// let schema = serde_json::to_value(Body::schema()).unwrap();
/// assert_eq!(schema["required"], serde_json::json!(["code", "message"]));
/// assert_eq!(schema["properties"]["code"]["enum"][4], 400);
/// assert_eq!(schema["examples"][0], serde_json::json!({"code": 404, "message": "Not found"}));
/// # assert_eq!(schema["properties"]["code"]["enum"].as_array().unwrap().len(), Code::ALL.len());
/// ```
impl PartialSchema for Body<'_> {
    fn schema() -> RefOr<Schema> {
        Body::schema_for(CodeSet::ALL)
    }
}

/// Named `Body` in `components/schemas`. A document holds one schema per
/// name, and utoipa names a derived schema after its type: a type of your
/// own named `Body` takes this one's place, or this one takes its place,
/// without a warning. Rename yours (`#[schema(as = NoteBody)]`), or name
/// this one `CodeBody` through `apicodes::openapi::BodyOf<Code>`.
///
/// ```
/// use apicodes::Body;
/// use utoipa::ToSchema;
///
/// assert_eq!(Body::name(), "Body");
/// ```
impl ToSchema for Body<'_> {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Body")
    }
}

/// `{"code":code,"message":message}` as a JSON value.
fn example_body(code: u16, message: &str) -> Value {
    let mut body = Map::new();
    body.insert("code".into(), Value::from(code));
    body.insert("message".into(), Value::from(message));
    Value::Object(body)
}
