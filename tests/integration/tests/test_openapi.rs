//! The utoipa integration: derived errors document every response they can
//! send, checked against `tests/openapi/*.json`.
//!
//! After an intended change, regenerate the expected files with
//! `APICODES_BLESS=1 cargo test --features utoipa --test test_openapi`
//! and review the diff.

use std::path::PathBuf;
use std::str::FromStr as _;

use apicodes::{ApiError, ApiErrorDocs, Body, Code, CodeSet, Status, VariantDoc};
use serde_json::{Value, json};
use utoipa::openapi::{Info, OpenApiVersion};
use utoipa::{IntoResponses, OpenApi, PartialSchema, ToSchema};

/// Errors of the account endpoints.
#[derive(Debug, thiserror::Error, ApiError, apicodes::openapi::IntoResponses)]
enum AccountError {
    /// No account has the requested id.
    #[error("no user with id {id}")]
    #[api_error(code = 404)]
    NoSuchUser { id: u64 },

    /// The token predates the last password change.
    ///
    /// Sign in again for a new token.
    #[error("token issued before the last password change")]
    #[api_error(code = Gone)]
    StaleToken,

    /// The account holds as many attributes
    /// as its plan allows.
    #[error("quota of {limit} attributes reached")]
    #[api_error(code = 507, message = "Attribute limit {limit} reached")]
    OutOfAttributes { limit: u32 },

    /// The account was deleted.
    #[error("account deleted")]
    #[api_error(code = NoContent)]
    Deleted,

    #[error("account {0} is locked")]
    #[api_error(code = 403, message = "Locked: ask \"support\" {{politely}}")]
    Locked(u64),

    /// No attribute has the requested name.
    #[error("no attribute {0:?}")]
    #[api_error(code = NotFound, message = "No attribute {0:?}")]
    NoSuchAttribute(String),

    /// Billing failed.
    #[error(transparent)]
    #[api_error(transparent)]
    Billing(BillingError),
}

/// Errors of the billing service, reached through `AccountError::Billing`.
#[derive(Debug, thiserror::Error, ApiError, apicodes::openapi::IntoResponses)]
enum BillingError {
    /// The card was declined.
    #[error("card declined")]
    #[api_error(code = PaymentRequired)]
    CardDeclined,

    /// Too many payment attempts; wait before the next.
    #[error("retry in {secs}s")]
    #[api_error(code = 429, retry_after = secs)]
    TooManyAttempts { secs: u64 },

    #[error(transparent)]
    #[api_error(transparent)]
    Storage(QuotaExceeded),
}

/// The invoice store is full.
#[derive(Debug, thiserror::Error, ApiError, apicodes::openapi::IntoResponses)]
#[error("invoice store full")]
#[api_error(code = OutOfStorage)]
struct QuotaExceeded;

/// Fetches a user.
#[utoipa::path(
    get,
    path = "/users/{id}",
    params(("id" = u64, Path, description = "The user's id")),
    responses((status = 200, description = "The user"), AccountError)
)]
#[allow(dead_code)]
fn get_user() {}

#[derive(OpenApi)]
#[openapi(paths(get_user), components(schemas(Body)))]
struct ApiDoc;

/// The document as served, with fixed `info` so it does not follow the
/// package's version.
fn document() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.info = Info::new("apicodes test", "1.0.0");
    doc
}

fn expected_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/openapi")
        .join(name)
}

/// Asserts `actual` equals the JSON in `tests/openapi/<name>`, listing every
/// difference by JSON pointer. `APICODES_BLESS=1` rewrites the file instead.
fn assert_matches_file(name: &str, actual: &Value) {
    let path = expected_path(name);
    let pretty = serde_json::to_string_pretty(actual).unwrap() + "\n";
    if std::env::var_os("APICODES_BLESS").is_some() {
        std::fs::write(&path, &pretty).unwrap();
        return;
    }
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let expected: Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
    let mut diffs = Vec::new();
    diff("", &expected, actual, &mut diffs);
    assert!(
        diffs.is_empty(),
        "{} differs from the generated document in {} place(s):\n{}\n\ngenerated:\n{pretty}",
        path.display(),
        diffs.len(),
        diffs.join("\n"),
    );
}

/// Each difference between two values, as `pointer: expected ..., got ...`.
fn diff(pointer: &str, expected: &Value, actual: &Value, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            let child =
                |key: &str| format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
            for (key, e_value) in e {
                let child = child(key);
                match a.get(key) {
                    Some(a_value) => diff(&child, e_value, a_value, out),
                    None => out.push(format!("{child}: missing; expected {e_value}")),
                }
            }
            for (key, a_value) in a {
                if !e.contains_key(key) {
                    out.push(format!("{}: unexpected {a_value}", child(key)));
                }
            }
        }
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => {
            for (i, (e_value, a_value)) in e.iter().zip(a).enumerate() {
                diff(&format!("{pointer}/{i}"), e_value, a_value, out);
            }
        }
        _ if expected != actual => {
            let shown = if pointer.is_empty() {
                "(root)"
            } else {
                pointer
            };
            out.push(format!("{shown}: expected {expected}, got {actual}"));
        }
        _ => {}
    }
}

fn to_value<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap()
}

fn responses_of(doc: &Value) -> &serde_json::Map<String, Value> {
    doc["paths"]["/users/{id}"]["get"]["responses"]
        .as_object()
        .expect("the operation has responses")
}

#[test]
fn document_matches_expected_file() {
    assert_matches_file("expected.json", &to_value(&document()));
}

#[test]
fn document_parses_back_with_utoipa() {
    let doc = document();
    let text = doc.to_pretty_json().unwrap();
    let parsed: utoipa::openapi::OpenApi = serde_json::from_str(&text).unwrap();
    assert!(matches!(parsed.openapi, OpenApiVersion::Version31));
    // Compared as JSON, not as `OpenApi` values: utoipa reads every absent
    // `x-` extension map back as an empty one, so `parsed != doc` even for
    // its own documents. Anything utoipa failed to read would be missing
    // when it writes the document again, with one known exception: utoipa
    // 6's `Header` has no field for OpenAPI's `required`, so the
    // `Retry-After` header's is written (see `apicodes::openapi`) but not
    // read.
    let mut expected = to_value(&doc);
    let header =
        &mut expected["paths"]["/users/{id}"]["get"]["responses"]["429"]["headers"]["Retry-After"];
    assert_eq!(header["required"], json!(true));
    header.as_object_mut().unwrap().remove("required");
    assert_eq!(to_value(&parsed), expected);
}

#[test]
fn one_response_per_code_with_the_documented_description() {
    let doc = to_value(&document());
    let responses = responses_of(&doc);
    let codes: Vec<&str> = responses.keys().map(String::as_str).collect();
    // 200 is the handler's own; the rest come from AccountError, including
    // 402 and 429 from BillingError and 507 from QuotaExceeded.
    assert_eq!(
        codes,
        ["200", "204", "402", "403", "404", "410", "429", "507"]
    );
    let expected_codes: Vec<String> = AccountError::CODES
        .iter()
        .map(|code| code.as_u16().to_string())
        .collect();
    assert_eq!(codes[1..], expected_codes);
    for code in AccountError::CODES.iter() {
        let response = &responses[&code.as_u16().to_string()];
        assert_eq!(response["description"], code.description(), "{code}");
    }
}

#[test]
fn no_content_has_no_body() {
    let doc = to_value(&document());
    assert_eq!(
        responses_of(&doc)["204"],
        json!({"description": Code::NoContent.description()})
    );
}

#[test]
fn every_body_uses_the_body_schema_narrowed_to_its_code() {
    let doc = to_value(&document());
    for (code, response) in responses_of(&doc) {
        if code == "200" || code == "204" {
            continue;
        }
        let content = response["content"].as_object().unwrap();
        assert_eq!(content.keys().collect::<Vec<_>>(), ["application/json"]);
        let code = Code::from_str(code).unwrap();
        let schema = &content["application/json"]["schema"];
        assert_eq!(
            *schema,
            to_value(&Body::schema_for(CodeSet::EMPTY.with(code))),
            "{code}"
        );
        // The Body schema, with only `code`'s enum and the example changed.
        let mut widened = schema.clone();
        widened["properties"]["code"]["enum"] =
            to_value(&Body::schema())["properties"]["code"]["enum"].clone();
        widened["examples"] = json!([{"code": 404, "message": "Not found"}]);
        assert_eq!(widened, to_value(&Body::schema()), "{code}");
        assert_eq!(schema["properties"]["code"]["enum"], json!([code.as_u16()]));
        assert_eq!(
            schema["examples"],
            json!([serde_json::from_str::<Value>(code.json()).unwrap()])
        );
    }
}

/// The example for `name` under `code`.
fn example<'a>(doc: &'a Value, code: impl Into<Status>, name: &str) -> &'a Value {
    let code = code.into();
    &responses_of(doc)[&code.as_u16().to_string()]["content"]["application/json"]["examples"][name]
}

#[test]
fn examples_are_the_bodies_the_variants_send() {
    let doc = to_value(&document());
    let sent = [
        ("NoSuchUser", AccountError::NoSuchUser { id: 7 }),
        ("StaleToken", AccountError::StaleToken),
        ("Locked", AccountError::Locked(7)),
        (
            "Billing::CardDeclined",
            AccountError::Billing(BillingError::CardDeclined),
        ),
        (
            "Billing::TooManyAttempts",
            AccountError::Billing(BillingError::TooManyAttempts { secs: 30 }),
        ),
        (
            "Billing::Storage::QuotaExceeded",
            AccountError::Billing(BillingError::Storage(QuotaExceeded)),
        ),
    ];
    for (name, error) in sent {
        let body: Value = serde_json::from_str(&error.to_json()).unwrap();
        assert_eq!(example(&doc, error.code(), name)["value"], body, "{name}");
    }
    // Interpolated messages are shown as their templates.
    let templates = [
        (
            "OutOfAttributes",
            AccountError::OutOfAttributes { limit: 20 },
            "Attribute limit {limit} reached",
            "Attribute limit 20 reached",
        ),
        (
            "NoSuchAttribute",
            AccountError::NoSuchAttribute("color".to_owned()),
            "No attribute {0:?}",
            "No attribute \"color\"",
        ),
    ];
    for (name, error, template, message) in templates {
        let code = error.code();
        assert_eq!(
            example(&doc, code, name)["value"],
            json!({"code": code.as_u16(), "message": template})
        );
        assert_eq!(error.body(), Body::new(code.as_u16(), message));
    }
    // A 204 is sent without a body, so it has no example.
    assert_eq!(AccountError::Deleted.code(), Code::NoContent);
    assert!(responses_of(&doc)["204"].get("content").is_none());
}

#[test]
fn doc_comments_become_summaries() {
    let doc = to_value(&document());
    // One paragraph, two lines: one summary line.
    assert_eq!(
        example(&doc, Code::OutOfStorage, "OutOfAttributes")["summary"],
        "The account holds as many attributes as its plan allows."
    );
    // Later paragraphs are the description.
    let stale = example(&doc, Code::Gone, "StaleToken");
    assert_eq!(
        stale["summary"],
        "The token predates the last password change."
    );
    assert_eq!(stale["description"], "Sign in again for a new token.");
    // No doc comment: neither field.
    let locked = example(&doc, Code::Forbidden, "Locked")
        .as_object()
        .unwrap();
    assert_eq!(locked.keys().collect::<Vec<_>>(), ["value"]);
    // A nested variant keeps its own doc comment.
    assert_eq!(
        example(&doc, Code::PaymentRequired, "Billing::CardDeclined")["summary"],
        "The card was declined."
    );
}

#[test]
fn body_schema_is_exact() {
    assert_eq!(Body::name(), "Body");
    let schema = to_value(&Body::schema());
    assert_eq!(
        schema,
        json!({
            "type": "object",
            "description": "The JSON body of every documented response: the code and a human-readable message.",
            "required": ["code", "message"],
            "properties": {
                "code": {
                    "type": "integer",
                    "description": "The response code; the HTTP status carries the same number.",
                    "enum": [200, 201, 202, 204, 400, 401, 402, 403, 404, 410, 429, 507],
                },
                "message": {
                    "type": "string",
                    "description": "A human-readable message: the code's documented message unless the error names a more specific one.",
                },
            },
            "examples": [{"code": 404, "message": "Not found"}],
        })
    );
    // The enum is the table, and the example is what `Body` serializes to.
    let table: Vec<Value> = Code::ALL.iter().map(|c| json!(c.as_u16())).collect();
    assert_eq!(schema["properties"]["code"]["enum"], Value::Array(table));
    assert_eq!(schema["examples"][0], to_value(&Body::from(Code::NotFound)));
    // Narrowed: the example is the 404 body if allowed, else the lowest code's.
    let narrowed = |codes: &[Code]| to_value(&Body::schema_for(codes.iter().copied().collect()));
    assert_eq!(narrowed(Code::ALL), schema);
    let two = narrowed(&[Code::TooManyRequests, Code::PaymentRequired]);
    assert_eq!(two["properties"]["code"]["enum"], json!([402, 429]));
    assert_eq!(
        two["examples"],
        json!([{"code": 402, "message": "Payment required"}])
    );
    let with_404 = narrowed(&[Code::Gone, Code::NotFound, Code::BadRequest]);
    assert_eq!(
        with_404["properties"]["code"]["enum"],
        json!([400, 404, 410])
    );
    assert_eq!(with_404["examples"], schema["examples"]);
    let none = narrowed(&[]);
    assert_eq!(none["properties"]["code"]["enum"], json!([]));
    assert!(none.get("examples").is_none());
    // Without a 404: an error code's body, else a body that is ever sent.
    let example = |codes: &[Code]| narrowed(codes)["examples"].clone();
    assert_eq!(
        example(&[Code::Ok, Code::NoContent, Code::Gone]),
        json!([Body::from(Code::Gone)])
    );
    assert_eq!(
        example(&[Code::NoContent, Code::Created]),
        json!([Body::from(Code::Created)])
    );
    assert_eq!(example(&[Code::NoContent]), Value::Null);
    // The document registers the same schema under the same name.
    let doc = to_value(&document());
    assert_eq!(doc["components"]["schemas"]["Body"], schema);
}

/// Without a 404, the schema's example is the first error code's body,
/// a 400 among them: not a later 4xx's.
#[test]
fn the_example_without_a_404_is_the_first_error_code_a_400_included() {
    let schema = to_value(&Body::schema_for(CodeSet::<Code>::from_numbers(&[
        200, 400, 429,
    ])));
    assert_eq!(
        schema["examples"],
        json!([{"code": 400, "message": "Bad request"}])
    );
}

#[test]
fn code_documents_every_code() {
    let responses = to_value(&apicodes::openapi::responses::<Code>());
    let responses = responses.as_object().unwrap();
    assert_eq!(responses.len(), Code::ALL.len());
    for &code in Code::ALL {
        let response = &responses[&code.as_u16().to_string()];
        assert_eq!(response["description"], code.description());
        let examples = &response["content"]["application/json"]["examples"];
        if code == Code::NoContent {
            assert!(response.get("content").is_none());
        } else {
            assert_eq!(
                examples[code.name()],
                json!({
                    "summary": code.description(),
                    "value": serde_json::from_str::<Value>(code.json()).unwrap(),
                })
            );
        }
    }
}

/// A hand-written `ApiErrorDocs` whose variants repeat a name and name a
/// code outside `CODES`: nothing is lost.
struct HandWritten;

impl ApiError for HandWritten {
    type Table = Code;

    fn code(&self) -> Status {
        Status::Documented(Code::BadRequest)
    }
}

impl ApiErrorDocs for HandWritten {
    const CODES: CodeSet = CodeSet::of(&[Code::BadRequest, Code::Forbidden]);

    fn variants() -> Vec<VariantDoc> {
        vec![
            VariantDoc::new("Twice", Code::BadRequest, "Bad request", false, ""),
            VariantDoc::new(
                "Twice",
                Code::BadRequest,
                "Bad {field}",
                true,
                "Second.\n\nMore.",
            ),
            VariantDoc::new("Elsewhere", Code::Gone, "Gone", false, ""),
        ]
    }
}

#[test]
fn hand_written_docs_get_the_same_responses() {
    let schema_for = |code| to_value(&Body::schema_for(CodeSet::EMPTY.with(code)));
    let responses = to_value(&apicodes::openapi::responses::<HandWritten>());
    let template_note = "The message is a template: each `{...}` placeholder is filled in from the error when sent.";
    assert_eq!(
        responses,
        json!({
            "400": {
                "description": Code::BadRequest.description(),
                "content": {"application/json": {
                    "schema": schema_for(Code::BadRequest),
                    "examples": {
                        "Twice": {"value": {"code": 400, "message": "Bad request"}},
                        "Twice (2)": {
                            "summary": "Second.",
                            "description": format!("More.\n\n{template_note}"),
                            "value": {"code": 400, "message": "Bad {field}"},
                        },
                    },
                }},
            },
            // In CODES, but no variant: the schema without examples.
            "403": {
                "description": Code::Forbidden.description(),
                "content": {"application/json": {"schema": schema_for(Code::Forbidden)}},
            },
            // Named by a variant, though missing from CODES.
            "410": {
                "description": Code::Gone.description(),
                "content": {"application/json": {
                    "schema": schema_for(Code::Gone),
                    "examples": {"Elsewhere": {"value": {"code": 410, "message": "Gone"}}},
                }},
            },
        })
    );
}

/// Generated code is warning-free and names nothing the user can shadow.
#[deny(
    warnings,
    unused_qualifications,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]
#[allow(dead_code, non_camel_case_types)]
mod hygiene {
    #![no_implicit_prelude]

    mod shadows {
        pub struct Responses;
        pub struct BTreeMap;
        pub struct String;
        pub mod utoipa {}
        pub mod openapi {}
        pub const fn responses() {}
    }

    #[allow(unused_imports)]
    use self::shadows::*;

    /// A generic error borrowing its input.
    #[derive(::apicodes::ApiError, ::apicodes::openapi::IntoResponses)]
    pub enum Generic<'a, E>
    where
        E: ::core::fmt::Debug,
    {
        /// The field is malformed.
        #[api_error(code = 400, message = "Bad field {0}")]
        BadField(&'a ::core::primitive::str),
        #[api_error(transparent)]
        Inner(E),
    }

    /// A bound the user wrote that the derive infers again.
    #[derive(::apicodes::ApiError, ::apicodes::openapi::IntoResponses)]
    pub enum Bounded<T: ::core::fmt::Debug, E> {
        #[api_error(code = 400, message = "Bad {0:?}")]
        Bad(T),
        #[api_error(transparent)]
        Inner(E),
    }

    #[derive(::apicodes::ApiError, ::apicodes::openapi::IntoResponses)]
    #[api_error(code = Gone)]
    pub struct Unit;
}

#[test]
fn generic_types_document_their_inner_codes() {
    type Wrapped = hygiene::Generic<'static, BillingError>;
    let responses = <Wrapped as IntoResponses>::responses();
    assert_eq!(
        responses.keys().collect::<Vec<_>>(),
        ["400", "402", "429", "507"]
    );
    let responses = to_value(&responses);
    let examples = &responses["400"]["content"]["application/json"]["examples"];
    assert_eq!(examples["BadField"]["summary"], "The field is malformed.");
    let bounded = <hygiene::Bounded<u8, QuotaExceeded> as IntoResponses>::responses();
    assert_eq!(bounded.keys().collect::<Vec<_>>(), ["400", "507"]);
    assert_eq!(
        to_value(&<hygiene::Unit as IntoResponses>::responses())["410"]["content"]["application/json"]
            ["examples"]["Unit"]["value"],
        json!({"code": 410, "message": "Gone"})
    );
}

#[test]
fn retry_after_header_is_documented_only_where_sent() {
    #[derive(Debug, ApiError, apicodes::openapi::IntoResponses)]
    #[allow(dead_code)]
    enum Limits {
        #[api_error(code = 429, retry_after = 0)]
        Known(u32),
        #[api_error(code = 429)]
        Unknown,
        #[api_error(code = 404)]
        Missing,
    }
    let responses = serde_json::to_value(<Limits as utoipa::IntoResponses>::responses()).unwrap();
    assert_eq!(
        responses["429"]["headers"],
        json!({"Retry-After": {
            "description": "Seconds to wait before retrying; sent by the variants that know it.",
            "schema": {"type": "integer", "minimum": 0},
        }})
    );
    assert_eq!(responses["404"].get("headers"), None);
    assert!(
        Limits::variants()
            .iter()
            .map(|v| v.retry_after)
            .eq([true, false, false])
    );
}

/// Outages and a 400 of their own, for the `5XX` response and `Endpoint`.
#[derive(Debug, ApiError, apicodes::openapi::IntoResponses)]
#[expect(dead_code, reason = "documented here, never sent")]
enum Outages {
    /// The database is down.
    #[api_error(other_error, code = 503)]
    Database,
    /// Something unexpected.
    #[api_error(other_error)]
    Internal,
    /// A field is invalid.
    #[api_error(code = 400, message = "Bad field {0}")]
    BadField(u8),
}

#[test]
fn outages_are_one_5xx_response_with_the_other_errors_text() {
    let responses = to_value(&<Outages as IntoResponses>::responses());
    assert!(responses.get("500").is_none() && responses.get("503").is_none());
    let outage = &responses["5XX"];
    assert_eq!(outage["description"], apicodes::OTHER_ERRORS);
    let content = &outage["content"]["application/json"];
    assert_eq!(
        content["schema"]["properties"]["code"]["enum"],
        json!([500, 503])
    );
    assert_eq!(
        content["examples"]["Database"]["value"],
        json!({"code": 503, "message": "Server error"})
    );
    assert_eq!(
        content["examples"]["Internal"]["value"],
        json!({"code": 500, "message": "Server error"})
    );
    assert_eq!(
        content["examples"]["Database"]["summary"],
        "The database is down."
    );
}

#[test]
fn an_endpoint_adds_the_framework_answers_to_its_errors() {
    let responses = to_value(&apicodes::openapi::Endpoint::<Outages>::responses());
    let keys: Vec<&String> = responses.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["400", "5XX"]);
    // The 400 keeps the type's own example beside the framework's.
    let bad = &responses["400"]["content"]["application/json"]["examples"];
    assert_eq!(
        bad["BadField"]["value"],
        json!({"code": 400, "message": "Bad field {0}"})
    );
    assert_eq!(
        bad["Rejected by the framework"]["value"],
        json!({"code": 400, "message": "Bad request"})
    );
    // A panic is an outage like the type's own; behind the layers, any
    // 5xx the table does not document may be sent (a handler's own 502).
    let outage = &responses["5XX"]["content"]["application/json"];
    let code = &outage["schema"]["properties"]["code"];
    assert_eq!(
        (&code["minimum"], &code["maximum"]),
        (&json!(500), &json!(599))
    );
    assert_eq!(code.get("enum"), None);
    assert_eq!(
        outage["examples"]["Handler failure"]["value"],
        json!({"code": 500, "message": "Server error"})
    );
    // A type without a 400 gets the table's.
    let missing = to_value(&apicodes::openapi::Endpoint::<Missing>::responses());
    let keys: Vec<&String> = missing.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["400", "404", "5XX"]);
    assert_eq!(
        missing["400"]["description"],
        Code::BadRequest.description()
    );
}

/// The rejections a table answers with one code (here 400 for 400, 413,
/// 415 and 422, the standard table documenting only 400) are one example
/// beside the type's own, not one per rejection.
#[test]
fn rejections_answered_with_one_code_are_one_example() {
    let responses = to_value(&apicodes::openapi::Endpoint::<Outages>::responses());
    let examples = &responses["400"]["content"]["application/json"]["examples"];
    let names: Vec<&String> = examples.as_object().unwrap().keys().collect();
    assert_eq!(names, ["BadField", "Rejected by the framework"]);
}

/// Only a 404.
#[derive(Debug, ApiError)]
#[api_error(code = 404)]
struct Missing;

/// What an authentication layer answers on every route.
#[derive(Debug, ApiError)]
#[expect(dead_code, reason = "documented here, never sent")]
#[expect(clippy::enum_variant_names, reason = "the names of a real API")]
enum AuthError {
    /// No token was sent.
    #[api_error(code = 401)]
    NoToken,
    /// The session the token names has ended.
    #[api_error(code = 404, message = "No session")]
    NoSession,
    /// Same name as one of `AccountError`'s variants.
    #[api_error(code = 404, message = "No user behind the token")]
    NoSuchUser,
}

#[utoipa::path(
    get,
    path = "/me",
    responses(
        (status = 200, description = "The user"),
        apicodes::openapi::Either<AuthError, AccountError>
    )
)]
#[allow(dead_code)]
fn me() {}

#[utoipa::path(
    delete,
    path = "/me",
    responses(
        (status = 204, description = "Deleted"),
        apicodes::openapi::Endpoint<apicodes::openapi::Either<AuthError, apicodes::openapi::Either<Missing, Outages>>>
    )
)]
#[allow(dead_code)]
fn delete_me() {}

#[test]
fn either_documents_both_types_where_they_share_a_code() {
    #[derive(OpenApi)]
    #[openapi(paths(me, delete_me))]
    struct Doc;

    let doc = to_value(&Doc::openapi());
    let me = &doc["paths"]["/me"]["get"]["responses"];
    let keys: Vec<&String> = me.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "200", "204", "401", "402", "403", "404", "410", "429", "507"
        ]
    );
    // 404: the first type's examples, then the second's; a name both use
    // keeps both examples.
    let examples = &me["404"]["content"]["application/json"]["examples"];
    let names: Vec<&String> = examples.as_object().unwrap().keys().collect();
    assert_eq!(
        names,
        [
            "NoSession",
            "NoSuchAttribute",
            "NoSuchUser",
            "NoSuchUser (2)"
        ]
    );
    assert_eq!(
        examples["NoSuchUser"]["value"],
        json!({"code": 404, "message": "No user behind the token"})
    );
    assert_eq!(
        examples["NoSuchUser (2)"]["value"],
        json!({"code": 404, "message": "Not found"})
    );
    assert_eq!(
        me["404"]["content"]["application/json"]["schema"]["properties"]["code"]["enum"],
        json!([404])
    );
    // Each type alone documents what it did before.
    assert_eq!(me["410"], to_value(&AccountError::responses())["410"]);
    // Behind the contract layers: three types' codes and the framework's.
    let delete = &doc["paths"]["/me"]["delete"]["responses"];
    let keys: Vec<&String> = delete.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["204", "400", "401", "404", "5XX"]);
    let examples = &delete["404"]["content"]["application/json"]["examples"];
    let names: Vec<&String> = examples.as_object().unwrap().keys().collect();
    assert_eq!(names, ["Missing", "NoSession", "NoSuchUser"]);
    assert!(
        delete["5XX"]["content"]["application/json"]["examples"]["Handler failure"].is_object()
    );
}

/// A `Retry-After` field that may have no delay (`Option`) makes the header
/// optional even where every variant of the code has such a field; one
/// that always has a delay (an integer, a `Duration`) makes it required.
#[test]
fn retry_after_is_required_only_when_always_sent() {
    #[derive(Debug, ApiError, apicodes::openapi::IntoResponses)]
    #[allow(dead_code)]
    enum Maybe {
        #[api_error(code = 429, retry_after = wait)]
        Slow { wait: Option<std::time::Duration> },
    }
    #[derive(Debug, ApiError, apicodes::openapi::IntoResponses)]
    #[allow(dead_code)]
    enum Always {
        #[api_error(code = 429, retry_after = 0)]
        Slow(std::time::Duration),
        #[api_error(code = 429, retry_after = 0)]
        Slower(usize),
    }
    let maybe = serde_json::to_value(<Maybe as utoipa::IntoResponses>::responses()).unwrap();
    let header = &maybe["429"]["headers"]["Retry-After"];
    assert!(header.is_object(), "{maybe}");
    assert_eq!(header.get("required"), None, "{header}");
    assert_eq!(Maybe::Slow { wait: None }.retry_after(), None);
    let always = serde_json::to_value(<Always as utoipa::IntoResponses>::responses()).unwrap();
    assert_eq!(
        always["429"]["headers"]["Retry-After"]["required"],
        json!(true)
    );
    assert!(Always::variants().iter().all(|v| v.retry_after_always));
    assert!(
        Maybe::variants()
            .iter()
            .all(|v| v.retry_after && !v.retry_after_always)
    );
}

/// A `Retry-After` field held by reference always has a delay where the
/// type it refers to does: the header is required, as for the value.
#[test]
fn retry_after_through_a_reference_is_required_as_its_value_is() {
    #[derive(Debug, ApiError, apicodes::openapi::IntoResponses)]
    #[allow(dead_code)]
    enum Shared {
        #[api_error(code = 429, retry_after = wait)]
        Slow { wait: &'static u32 },
    }
    let shared = serde_json::to_value(<Shared as utoipa::IntoResponses>::responses()).unwrap();
    assert_eq!(
        shared["429"]["headers"]["Retry-After"],
        json!({
            "schema": {"type": "integer", "minimum": 0},
            "description": "Seconds to wait before retrying.",
            "required": true,
        })
    );
    assert!(Shared::variants().iter().all(|v| v.retry_after_always));
}

/// The example servers' document (`apicodes_integration::accounts`): each
/// operation lists exactly what its handler's error type answers with,
/// plus what the framework answers by itself; `Retry-After` only where a
/// 429 can be sent.
#[test]
fn the_example_document_lists_each_operations_own_codes() {
    use apicodes_integration::accounts::ApiDoc;

    let document = to_value(&ApiDoc::openapi());
    let statuses = |path: &str, method: &str| -> Vec<String> {
        let responses = document["paths"][path][method]["responses"]
            .as_object()
            .unwrap_or_else(|| panic!("{method} {path} has responses"));
        responses.keys().cloned().collect()
    };
    // The framework's own answers: a malformed request (400) and a
    // handler's panic (an outage, 5XX); every other is the handler's.
    assert_eq!(
        statuses("/accounts/{id}", "get"),
        ["200", "204", "400", "404", "5XX"]
    );
    assert_eq!(
        statuses("/accounts/{id}", "delete"),
        ["204", "400", "404", "5XX"]
    );
    assert_eq!(statuses("/accounts", "post"), ["201", "400", "5XX"]);
    assert_eq!(
        statuses("/accounts/{id}/attributes", "post"),
        ["200", "204", "400", "404", "507", "5XX"]
    );
    assert_eq!(statuses("/me", "get"), ["200", "400", "401", "5XX"]);
    assert_eq!(statuses("/export", "get"), ["200", "400", "402", "5XX"]);
    assert_eq!(statuses("/search", "get"), ["200", "400", "429", "5XX"]);
    let retry_after =
        &document["paths"]["/search"]["get"]["responses"]["429"]["headers"]["Retry-After"];
    assert_eq!(retry_after["required"], true);
}

/// A table with a code for each rejection the framework sends.
#[apicodes::table]
pub enum RejectionCode {
    /// The request is malformed.
    #[code(message = "Bad request")]
    BadRequest = 400,
    /// The body is over the limit.
    #[code(message = "Too large")]
    TooLarge = 413,
    /// The content-type is not one the endpoint reads.
    #[code(message = "Unsupported media type")]
    UnsupportedMediaType = 415,
    /// The body does not fit the schema.
    #[code(message = "Unprocessable")]
    Unprocessable = 422,
    /// The server failed.
    #[code(message = "Server error")]
    InternalServerError = 500,
}

/// An upload that fails in one way of its own.
#[derive(Debug, ApiError)]
#[api_error(codes = RejectionCode)]
#[expect(dead_code, reason = "documented here, never sent")]
enum Upload {
    /// The file is over the limit.
    #[api_error(code = 413)]
    TooLarge,
}

#[test]
fn an_endpoint_documents_every_rejection_its_table_has_a_code_for() {
    let responses = to_value(&apicodes::openapi::Endpoint::<Upload>::responses());
    let keys: Vec<&String> = responses.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["400", "413", "415", "422", "500", "5XX"]);
    assert_eq!(
        responses["415"]["content"]["application/json"]["examples"]["Rejected by the framework"]["value"],
        json!({"code": 415, "message": "Unsupported media type"})
    );
}

#[test]
fn an_endpoint_whose_table_documents_500_still_documents_any_other_5xx() {
    let responses = to_value(&apicodes::openapi::Endpoint::<Upload>::responses());
    assert_eq!(
        responses["500"]["content"]["application/json"]["examples"]["Handler failure"]["value"],
        json!({"code": 500, "message": "Server error"})
    );
    // A handler's own 502 behind the layers: the `5XX` response's body.
    let outage = &responses["5XX"]["content"]["application/json"];
    let code = &outage["schema"]["properties"]["code"];
    assert_eq!(
        (&code["minimum"], &code["maximum"]),
        (&json!(500), &json!(599))
    );
}

/// The framework's own answers say what they stand for, in the summary an
/// example of the error type's own would have.
#[test]
fn the_framework_answers_are_explained() {
    let responses = to_value(&apicodes::openapi::Endpoint::<Outages>::responses());
    assert_eq!(
        responses["400"]["content"]["application/json"]["examples"]["Rejected by the framework"],
        json!({
            "summary": "The request was rejected before the handler ran: a path, query or body \
                        that cannot be read, a missing or wrong content-type, or a body over the \
                        limit.",
            "value": {"code": 400, "message": "Bad request"},
        })
    );
    assert_eq!(
        responses["5XX"]["content"]["application/json"]["examples"]["Handler failure"],
        json!({
            "summary": "The handler failed unexpectedly; the cause is in the server's log.",
            "value": {"code": 500, "message": "Server error"},
        })
    );
}

/// The `5XX` response's example body is an outage of the table: where the
/// table documents 500, the first 5xx it does not.
#[test]
fn the_5xx_example_is_a_code_the_table_does_not_document() {
    let responses = to_value(&apicodes::openapi::Endpoint::<Upload>::responses());
    let schema = &responses["5XX"]["content"]["application/json"]["schema"];
    assert_eq!(
        schema["examples"],
        json!([{"code": 501, "message": "Server error"}])
    );
    let outages = to_value(&Body::schema_for_outages::<RejectionCode>());
    assert_eq!(outages["examples"], schema["examples"]);
}

/// A summary's lines are joined by single spaces, whatever their
/// indentation.
#[test]
fn a_summarys_indented_lines_are_joined_by_one_space() {
    #[derive(Debug, ApiError, apicodes::openapi::IntoResponses)]
    #[allow(dead_code)]
    enum Indented {
        /// The quota of the account
        ///     is spent.
        ///
        ///   Wait for the next period.
        #[api_error(code = 429)]
        Spent,
    }
    let responses = to_value(&Indented::responses());
    assert_eq!(
        responses["429"]["content"]["application/json"]["examples"]["Spent"],
        json!({
            "summary": "The quota of the account is spent.",
            "description": "Wait for the next period.",
            "value": {"code": 429, "message": "Too many requests"},
        })
    );
}
