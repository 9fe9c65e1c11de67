//! The whole-server contract both framework integrations are held to, over
//! the wire: one table of requests and the exact answers expected (status
//! line, `content-type`, `content-length`, body bytes, `Allow`), the log
//! event each error answer must emit, a raw HTTP/1.1 client that shows the
//! headers as sent, and a capturing `tracing` subscriber.
//!
//! Each test binary (`test_contract_axum`, `test_contract_actix`) builds the
//! same small app and runs every row of [`ROWS`] through
//! [`row_tests!`](crate::contract::row_tests), one `#[test]` per row.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Mutex, Once, PoisonError};

pub use crate::wire::{Request, Response, fetch, send};

use apicodes::ApiError;

use crate::fields::Fields;
use tracing::span;
use tracing::{Event, Level, Metadata, Subscriber};

// ---------------------------------------------------------------------------
// The app's types, shared by both servers.
// ---------------------------------------------------------------------------

/// The errors the handlers return. `Display` is for the operator's log
/// only; the bodies below show it never reaches the client.
#[derive(
    Debug, thiserror::Error, ApiError, apicodes::axum::IntoResponse, apicodes::actix::ResponseError,
)]
pub enum AccountError {
    #[error("no user with id {id}")]
    #[api_error(code = 404)]
    NoSuchUser { id: u64 },
    #[error("account {id} deleted")]
    #[api_error(code = 204)]
    Deleted { id: u64 },
    #[error("database unreachable for account {id} (db password=hunter2)")]
    #[api_error(other_error, code = 503)]
    Database {
        id: u64,
        #[source]
        cause: DbError,
    },
}

/// The outage's cause, with a cause of its own: the log's `source` field
/// joins both.
#[derive(Debug, thiserror::Error)]
#[error("connection refused")]
pub struct DbError(#[source] PortClosed);

#[derive(Debug, thiserror::Error)]
#[error("port 5432 closed")]
pub struct PortClosed;

#[derive(Debug, serde::Serialize)]
pub struct Account {
    pub id: u64,
    pub name: String,
}

#[derive(Debug, serde::Deserialize)]
pub struct NewAccount {
    pub name: String,
}

#[derive(Debug, serde::Deserialize, serde::Serialize)]
pub struct Search {
    pub q: String,
    pub limit: u32,
}

/// `GET /accounts/{id}`: 1 is alice, 9 and 19 are outages, every other
/// id is unknown.
pub fn find_account(id: u64) -> Result<Account, AccountError> {
    match id {
        1 => Ok(Account {
            id: 1,
            name: "alice".to_owned(),
        }),
        9 | 19 => Err(AccountError::Database {
            id,
            cause: DbError(PortClosed),
        }),
        id => Err(AccountError::NoSuchUser { id }),
    }
}

/// `POST /accounts` and `POST /form`.
pub fn create_account(new: NewAccount) -> Account {
    Account {
        id: 2,
        name: new.name,
    }
}

/// `GET /panic` panics with this.
pub const PANIC_MESSAGE: &str = "handler blew up: secret=xyz";

/// `GET /conflict` answers 409 with this text, by hand.
pub const CONFLICT_TEXT: &str = "account 4 is locked by user bob";

/// ... and with this `ETag`, the validator of that text.
pub const CONFLICT_ETAG: &str = "\"v409\"";

/// `GET /put-204` answers 204 with this `Content-Disposition` beside its
/// `ETag`.
pub const DISPOSITION: &str = "attachment; filename=\"a.txt\"";

/// `GET /timeout` answers 408 with this text, as a timeout layer does.
pub const TIMEOUT_TEXT: &str = "handler timed out after 30 s on db-primary";

/// `GET /stalled-500` answers 500 as text of 100 bytes, of which only
/// these come: the rest never does (a proxied upstream that stalls).
pub const STALLED_TEXT: &str = "upstream said: secret=stall";

/// The size `GET /stalled-500` gives its body, more than ever comes.
pub const STALLED_SIZE: u64 = 100;

/// `GET /panicking-body-500` answers 500 as `GET /stalled-500` does, but
/// its body panics with this text where the other's stalls.
pub const BODY_PANIC_MESSAGE: &str = "body gave out: secret=bodypanic";

/// `GET /xml-500` answers 500 with this body, as `application/problem+xml`.
pub const XML_TEXT: &str = "<problem>secret=xml db down</problem>";

/// `GET /rewritten` answers with a derived 404 whose body a middleware
/// then replaces with this text, keeping the status and `content-type`.
pub const REWRITTEN_TEXT: &str = r#"{"error":"db down at 10.0.0.7"}"#;

/// `GET /compressed-500` answers 500 with these bytes, marked `gzip`.
pub const GZIP_BYTES: &[u8] = b"\x1f\x8b\x08\x00secret=gz";

// ---------------------------------------------------------------------------
// The table.
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framework {
    Axum,
    Actix,
}

/// A value that differs between the frameworks.
#[derive(Clone, Copy, Debug)]
pub struct PerFramework<T> {
    pub axum: T,
    pub actix: T,
}

impl<T: Copy> PerFramework<T> {
    pub const fn both(value: T) -> Self {
        PerFramework {
            axum: value,
            actix: value,
        }
    }

    pub fn get(&self, framework: Framework) -> T {
        match framework {
            Framework::Axum => self.axum,
            Framework::Actix => self.actix,
        }
    }
}

/// What the answer must be.
#[derive(Clone, Copy, Debug)]
pub enum Expect {
    /// This status and exactly this body, as `application/json` with a
    /// `content-length` equal to the body's length.
    Json { status: u16, body: &'static str },
    /// 204: no `content-length`, no `content-type`, no body.
    NoContent,
    /// The answer to a `HEAD`: this status, no body, and the same
    /// `content-type` and `content-length` as `GET get`, which must answer
    /// `status` with `get_body`.
    Head {
        status: u16,
        get: &'static str,
        get_body: &'static str,
    },
    /// This status, with no `content-type` and an empty body.
    Empty { status: u16 },
    /// This status, `content-type` and body: an app's own page.
    Page {
        status: u16,
        content_type: &'static str,
        body: &'static str,
    },
}

/// The one event an answer must leave in the log.
#[derive(Clone, Copy, Debug)]
pub enum LogExpect {
    /// No event has this `path` field.
    NoneWithPath(&'static str),
    /// Exactly one event has every field of `filter`, and it is at `level`,
    /// has every field of `fields` exactly, a field containing each text
    /// of `contains`, and none of `absent`.
    One {
        filter: &'static [(&'static str, &'static str)],
        level: Level,
        fields: &'static [(&'static str, &'static str)],
        contains: PerFramework<&'static [(&'static str, &'static str)]>,
        absent: &'static [&'static str],
    },
}

/// One row of the contract: a request, and everything its answer must be.
pub struct Row {
    /// The test's name in each binary.
    pub name: &'static str,
    pub frameworks: &'static [Framework],
    pub request: fn() -> Request,
    pub expect: Expect,
    /// Methods the `Allow` header must list, where it is required.
    pub allow: PerFramework<Option<&'static [&'static str]>>,
    /// Headers the answer must carry, each exactly once, with this value.
    pub headers: &'static [(&'static str, &'static str)],
    /// Texts that must appear nowhere in the raw answer (headers included).
    pub hidden: &'static [&'static str],
    /// The raw answer (status line, headers, body) is shorter than this.
    pub max_len: Option<usize>,
    /// The server may reset the connection instead of answering (a huge
    /// body): accepted only when not one byte came back, and reported.
    pub may_reset: bool,
    /// Afterwards `GET /accounts/1` still answers 200.
    pub then_alive: bool,
    pub log: Option<LogExpect>,
}

const BOTH: &[Framework] = &[Framework::Axum, Framework::Actix];
const ACCOUNT_1: &str = r#"{"id":1,"name":"alice"}"#;
const BAD_REQUEST: &str = r#"{"code":400,"message":"Bad request"}"#;
const NOT_FOUND: &str = r#"{"code":404,"message":"Not found"}"#;
const SERVER_ERROR_500: &str = r#"{"code":500,"message":"Server error"}"#;
const SERVER_ERROR_503: &str = r#"{"code":503,"message":"Server error"}"#;
const JSON: Option<&str> = Some("application/json");
const FORM: Option<&str> = Some("application/x-www-form-urlencoded");

/// What every row starts from.
const BASE: Row = Row {
    name: "",
    frameworks: BOTH,
    request: || Request::new("GET", "/"),
    expect: Expect::Json {
        status: 400,
        body: BAD_REQUEST,
    },
    allow: PerFramework::both(None),
    headers: &[],
    hidden: &[],
    max_len: None,
    may_reset: false,
    then_alive: false,
    log: None,
};

/// Size of the body that is over every default limit.
pub const HUGE: usize = 10 * 1024 * 1024;

fn huge_json() -> Request {
    let mut body = Vec::with_capacity(HUGE);
    body.extend_from_slice(br#"{"name":""#);
    body.resize(HUGE - 2, b'a');
    body.extend_from_slice(br#""}"#);
    Request::new("POST", "/accounts").with_body(JSON, &body)
}

pub const ROWS: &[Row] = &[
    // The app's own answers, so that the 400s below are not broken routes.
    Row {
        name: "get_account_ok",
        request: || Request::new("GET", "/accounts/1"),
        expect: Expect::Json {
            status: 200,
            body: ACCOUNT_1,
        },
        ..BASE
    },
    Row {
        name: "search_ok",
        request: || Request::new("GET", "/search?q=a&limit=1"),
        expect: Expect::Json {
            status: 200,
            body: r#"{"q":"a","limit":1}"#,
        },
        ..BASE
    },
    Row {
        name: "create_json_ok",
        request: || Request::new("POST", "/accounts").with_body(JSON, br#"{"name":"bob"}"#),
        expect: Expect::Json {
            status: 201,
            body: r#"{"id":2,"name":"bob"}"#,
        },
        ..BASE
    },
    Row {
        name: "create_form_ok",
        request: || Request::new("POST", "/form").with_body(FORM, b"name=bob"),
        expect: Expect::Json {
            status: 201,
            body: r#"{"id":2,"name":"bob"}"#,
        },
        ..BASE
    },
    // 1. Unknown routes.
    Row {
        name: "unknown_route_is_404",
        request: || Request::new("GET", "/nope"),
        expect: Expect::Json {
            status: 404,
            body: NOT_FOUND,
        },
        log: Some(LogExpect::One {
            filter: &[("path", "/nope")],
            level: Level::INFO,
            fields: &[("code", "404"), ("method", "GET"), ("path", "/nope")],
            contains: PerFramework::both(&[]),
            absent: &["variant"],
        }),
        ..BASE
    },
    Row {
        name: "root_is_404",
        request: || Request::new("GET", "/"),
        expect: Expect::Json {
            status: 404,
            body: NOT_FOUND,
        },
        ..BASE
    },
    // 2. Wrong methods: 400, keeping `Allow` where the framework has one.
    Row {
        name: "wrong_method_on_search_is_400",
        request: || Request::new("DELETE", "/search?q=a&limit=1"),
        // actix-web: `App::route` gives no `Allow`.
        allow: PerFramework {
            axum: Some(&["GET", "HEAD"]),
            actix: None,
        },
        ..BASE
    },
    Row {
        name: "wrong_method_on_account_is_400_with_allow",
        request: || Request::new("PUT", "/accounts/1"),
        allow: PerFramework::both(Some(&["GET", "HEAD", "DELETE"])),
        ..BASE
    },
    // 3. Path rejections.
    Row {
        name: "path_not_a_number_is_400",
        request: || Request::new("GET", "/accounts/abc"),
        hidden: &["abc"],
        log: Some(LogExpect::One {
            filter: &[("path", "/accounts/abc")],
            level: Level::INFO,
            fields: &[
                ("code", "400"),
                ("method", "GET"),
                ("path", "/accounts/abc"),
                ("message", "error response"),
            ],
            contains: PerFramework {
                axum: &[("error", "Cannot parse")],
                actix: &[("error", "can not parse")],
            },
            absent: &["variant"],
        }),
        ..BASE
    },
    Row {
        name: "path_of_9000_digits_is_short_400",
        request: || Request::new("GET", &format!("/accounts/{}", "9".repeat(9000))),
        hidden: &["9999"],
        max_len: Some(512),
        ..BASE
    },
    // 4. Query rejections.
    Row {
        name: "query_not_a_number_is_400",
        request: || Request::new("GET", "/search?q=zqx&limit=abc"),
        hidden: &["abc", "zqx"],
        ..BASE
    },
    Row {
        name: "query_missing_field_is_400",
        request: || Request::new("GET", "/search?limit=1"),
        hidden: &["missing", "field"],
        ..BASE
    },
    // 5. Body rejections.
    Row {
        name: "json_malformed_is_400",
        request: || Request::new("POST", "/accounts").with_body(JSON, br#"{"name":"zqx"#),
        hidden: &["zqx", "EOF"],
        ..BASE
    },
    Row {
        name: "json_wrong_shape_is_400",
        request: || Request::new("POST", "/accounts").with_body(JSON, br#"{"nam":1}"#),
        hidden: &["nam"],
        ..BASE
    },
    Row {
        name: "json_without_content_type_is_400",
        request: || Request::new("POST", "/accounts").with_body(None, br#"{"name":"zqx"}"#),
        hidden: &["zqx"],
        ..BASE
    },
    Row {
        name: "json_as_text_plain_is_400",
        request: || {
            Request::new("POST", "/accounts").with_body(Some("text/plain"), br#"{"name":"zqx"}"#)
        },
        hidden: &["zqx"],
        ..BASE
    },
    Row {
        name: "json_of_10_mb_is_400",
        request: huge_json,
        hidden: &["aaaa"],
        may_reset: true,
        ..BASE
    },
    Row {
        name: "form_wrong_content_type_is_400",
        request: || Request::new("POST", "/form").with_body(JSON, b"name=zqx"),
        hidden: &["zqx"],
        ..BASE
    },
    Row {
        name: "form_missing_field_is_400",
        request: || Request::new("POST", "/form").with_body(FORM, b"nam=zqx"),
        hidden: &["zqx", "nam"],
        ..BASE
    },
    // 6. HEAD as GET, without the body.
    Row {
        name: "head_account_is_get_without_body",
        request: || Request::new("HEAD", "/accounts/1"),
        expect: Expect::Head {
            status: 200,
            get: "/accounts/1",
            get_body: ACCOUNT_1,
        },
        ..BASE
    },
    Row {
        name: "head_missing_account_is_404_without_body",
        request: || Request::new("HEAD", "/accounts/7"),
        expect: Expect::Head {
            status: 404,
            get: "/accounts/7",
            get_body: NOT_FOUND,
        },
        // Passed as made (axum empties the body after writing its length):
        // no contract layer answered it again.
        log: Some(LogExpect::NoneWithPath("/accounts/7")),
        ..BASE
    },
    // ... logged as the `HEAD` it was (actix-web routes it as a `GET`).
    Row {
        name: "head_unknown_route_is_logged_as_head",
        request: || Request::new("HEAD", "/nope-head"),
        expect: Expect::Head {
            status: 404,
            get: "/nope-head",
            get_body: NOT_FOUND,
        },
        log: Some(LogExpect::One {
            filter: &[("path", "/nope-head"), ("method", "HEAD")],
            level: Level::INFO,
            fields: &[("code", "404")],
            contains: PerFramework::both(&[]),
            absent: &["variant"],
        }),
        ..BASE
    },
    // ... by a contract nested inside another too (actix-web: a scope's).
    Row {
        name: "head_in_a_nested_contract_is_logged_as_head",
        frameworks: &[Framework::Actix],
        request: || Request::new("HEAD", "/nested/conflict"),
        expect: Expect::Head {
            status: 400,
            get: "/nested/conflict",
            get_body: BAD_REQUEST,
        },
        log: Some(LogExpect::One {
            filter: &[("path", "/nested/conflict"), ("method", "HEAD")],
            level: Level::INFO,
            fields: &[("code", "400"), ("replaced", "409")],
            contains: PerFramework::both(&[]),
            absent: &["variant"],
        }),
        ..BASE
    },
    // axum: a contract layer on a nested router logs the path the client
    // sent, not the nested router's.
    Row {
        name: "a_nested_routers_contract_logs_the_whole_path",
        frameworks: &[Framework::Axum],
        request: || Request::new("GET", "/nested/conflict"),
        hidden: &["locked", "bob", "409"],
        log: Some(LogExpect::One {
            filter: &[("path", "/nested/conflict")],
            level: Level::INFO,
            fields: &[("code", "400"), ("method", "GET"), ("replaced", "409")],
            contains: PerFramework::both(&[]),
            absent: &["variant"],
        }),
        ..BASE
    },
    // 7. 204: neither content-length nor content-type.
    Row {
        name: "get_empty_is_bare_204",
        request: || Request::new("GET", "/empty"),
        expect: Expect::NoContent,
        // A 204 a handler sends is no error: nothing to log.
        log: Some(LogExpect::NoneWithPath("/empty")),
        ..BASE
    },
    Row {
        name: "head_empty_is_bare_204",
        request: || Request::new("HEAD", "/empty"),
        expect: Expect::NoContent,
        ..BASE
    },
    Row {
        name: "delete_account_is_bare_204",
        request: || Request::new("DELETE", "/accounts/1"),
        expect: Expect::NoContent,
        log: Some(LogExpect::One {
            filter: &[("variant", "Deleted")],
            level: Level::DEBUG,
            fields: &[
                ("code", "204"),
                ("variant", "Deleted"),
                ("error", "account 1 deleted"),
            ],
            contains: PerFramework::both(&[]),
            absent: &["source"],
        }),
        ..BASE
    },
    // 8. A panic is an outage, and the server lives on.
    Row {
        name: "panic_is_500_and_server_lives",
        request: || Request::new("GET", "/panic"),
        expect: Expect::Json {
            status: 500,
            body: SERVER_ERROR_500,
        },
        hidden: &["secret", "xyz", "blew"],
        then_alive: true,
        log: Some(LogExpect::One {
            filter: &[("path", "/panic")],
            level: Level::ERROR,
            fields: &[
                ("code", "500"),
                ("method", "GET"),
                ("path", "/panic"),
                ("panic", "true"),
            ],
            contains: PerFramework::both(&[("error", "secret=xyz")]),
            absent: &["variant"],
        }),
        ..BASE
    },
    // 9. A derived outage hides its text from the body, not from the log.
    Row {
        name: "outage_is_503_server_error",
        request: || Request::new("GET", "/accounts/9"),
        expect: Expect::Json {
            status: 503,
            body: SERVER_ERROR_503,
        },
        hidden: &["hunter2", "password", "database"],
        log: Some(LogExpect::One {
            filter: &[
                ("variant", "Database"),
                (
                    "error",
                    "database unreachable for account 9 (db password=hunter2)",
                ),
            ],
            level: Level::ERROR,
            fields: &[("code", "503"), ("variant", "Database")],
            contains: PerFramework::both(&[("error", "hunter2")]),
            absent: &["panic"],
        }),
        ..BASE
    },
    Row {
        // Its own id: the `source()` chain, joined by ": ", is logged too.
        name: "outage_log_has_the_source_chain",
        request: || Request::new("GET", "/accounts/19"),
        expect: Expect::Json {
            status: 503,
            body: SERVER_ERROR_503,
        },
        hidden: &["hunter2", "refused", "5432"],
        log: Some(LogExpect::One {
            filter: &[
                ("variant", "Database"),
                (
                    "error",
                    "database unreachable for account 19 (db password=hunter2)",
                ),
            ],
            level: Level::ERROR,
            fields: &[
                ("code", "503"),
                ("variant", "Database"),
                ("source", "connection refused: port 5432 closed"),
            ],
            contains: PerFramework::both(&[]),
            absent: &[],
        }),
        ..BASE
    },
    // 10. A derived 404.
    Row {
        name: "no_such_user_is_404",
        request: || Request::new("GET", "/accounts/7"),
        expect: Expect::Json {
            status: 404,
            body: NOT_FOUND,
        },
        hidden: &["no user"],
        ..BASE
    },
    Row {
        // Its own id, so that no other row's request makes this event.
        name: "no_such_user_is_logged_once_at_info",
        request: || Request::new("GET", "/accounts/70"),
        expect: Expect::Json {
            status: 404,
            body: NOT_FOUND,
        },
        log: Some(LogExpect::One {
            filter: &[("variant", "NoSuchUser"), ("error", "no user with id 70")],
            level: Level::INFO,
            fields: &[
                ("code", "404"),
                ("variant", "NoSuchUser"),
                ("error", "no user with id 70"),
                ("message", "error response"),
            ],
            contains: PerFramework::both(&[]),
            absent: &["source"],
        }),
        ..BASE
    },
    // 11. An error status made by hand never reaches the client as it is.
    Row {
        name: "hand_made_409_is_400",
        request: || Request::new("GET", "/conflict"),
        // Its `ETag` went with its body: it validates nothing sent.
        hidden: &["locked", "bob", "409", "v409"],
        // The log has the text the body hides.
        log: Some(LogExpect::One {
            filter: &[("path", "/conflict")],
            level: Level::INFO,
            fields: &[
                ("code", "400"),
                ("method", "GET"),
                ("path", "/conflict"),
                ("error", CONFLICT_TEXT),
            ],
            contains: PerFramework::both(&[]),
            absent: &["variant"],
        }),
        ..BASE
    },
    // A derived error whose status a handler changed afterwards is no
    // longer what this crate made: answered for its new status.
    Row {
        name: "restatused_derived_error_is_answered_for_its_status",
        request: || Request::new("GET", "/restatused"),
        log: Some(LogExpect::One {
            filter: &[("path", "/restatused")],
            level: Level::INFO,
            fields: &[("code", "400"), ("replaced", "418")],
            contains: PerFramework::both(&[]),
            absent: &["variant"],
        }),
        ..BASE
    },
    // ... or given a status below 400 (a redirect to a sign-in page): that
    // status and its `Location`, without the error's body, which would
    // contradict it.
    Row {
        name: "redirected_derived_error_is_sent_without_its_body",
        request: || Request::new("GET", "/redirected"),
        expect: Expect::Empty { status: 303 },
        headers: &[("location", "/sign-in")],
        hidden: &["Not found", "\"code\""],
        ..BASE
    },
    // ... and so is one whose `content-type` was given parameters (and
    // capitals, as media types are case-insensitive): still the error's
    // JSON.
    Row {
        name: "redirected_error_with_a_charset_is_sent_without_its_body",
        request: || Request::new("GET", "/redirected-charset"),
        expect: Expect::Empty { status: 303 },
        headers: &[("location", "/sign-in")],
        hidden: &["Not found", "\"code\""],
        ..BASE
    },
    // ... keeping the headers set for that status: a 304's validators.
    Row {
        name: "not_modified_derived_error_keeps_its_validators",
        request: || Request::new("GET", "/not-modified"),
        expect: Expect::Empty { status: 304 },
        headers: &[("etag", "\"v1\"")],
        hidden: &["Not found", "\"code\""],
        ..BASE
    },
    // A middleware that put a page of its own in place of a derived error
    // (an SPA's index for a 404; in actix-web by `ErrorHandlers`, which
    // keeps the error on the response) keeps its page ...
    Row {
        name: "page_in_place_of_an_error_is_kept",
        request: || Request::new("GET", "/spa"),
        expect: Expect::Page {
            status: 200,
            content_type: "text/html",
            body: "<html>index</html>",
        },
        ..BASE
    },
    // ... also where it is JSON streamed, of no known length (axum).
    Row {
        name: "stream_in_place_of_an_error_is_kept",
        frameworks: &[Framework::Axum],
        request: || Request::new("GET", "/streamed-list"),
        expect: Expect::Page {
            status: 200,
            content_type: "application/json",
            body: "[1,2]",
        },
        ..BASE
    },
    // ... also where it is JSON (an empty list for a derived 404).
    Row {
        name: "json_in_place_of_an_error_is_kept",
        request: || Request::new("GET", "/empty-list"),
        expect: Expect::Page {
            status: 200,
            content_type: "application/json",
            body: "[]",
        },
        ..BASE
    },
    // ... or whose body it replaced with a text of its own, keeping the
    // status and `content-type`: the documented body again, that text in
    // the log only.
    Row {
        name: "rewritten_error_body_is_answered_again",
        request: || Request::new("GET", "/rewritten"),
        expect: Expect::Json {
            status: 404,
            body: NOT_FOUND,
        },
        hidden: &["10.0.0.7", "\"error\""],
        log: Some(LogExpect::One {
            filter: &[("path", "/rewritten")],
            level: Level::INFO,
            fields: &[
                ("code", "404"),
                ("replaced", "404"),
                ("error", REWRITTEN_TEXT),
            ],
            contains: PerFramework::both(&[]),
            absent: &[],
        }),
        ..BASE
    },
    // actix-web: ... or whose body it emptied, for `HEAD` as for `GET`
    // (actix-web empties an answer to `HEAD` only when writing it, so an
    // empty body is a middleware's doing).
    Row {
        name: "emptied_error_body_is_answered_again_for_head_too",
        frameworks: &[Framework::Actix],
        request: || Request::new("HEAD", "/emptied"),
        expect: Expect::Head {
            status: 404,
            get: "/emptied",
            get_body: NOT_FOUND,
        },
        ..BASE
    },
    // ... or whose `content-type` it changed: sent as JSON again.
    Row {
        name: "retyped_derived_error_is_json",
        request: || Request::new("GET", "/retyped"),
        expect: Expect::Json {
            status: 404,
            body: NOT_FOUND,
        },
        ..BASE
    },
    // Only a 429 carries `Retry-After`; a replaced 503 drops it.
    Row {
        name: "retry_after_is_dropped_from_a_503",
        request: || Request::new("GET", "/retry-503"),
        expect: Expect::Json {
            status: 503,
            body: SERVER_ERROR_503,
        },
        hidden: &["retry-after", "Retry-After", "carol"],
        ..BASE
    },
    // ... and so does a derived error's answer, still as made, that a
    // handler gave a `Retry-After` of its own.
    Row {
        name: "retry_after_added_to_a_derived_error_is_dropped",
        request: || Request::new("GET", "/derived-retry-after"),
        expect: Expect::Json {
            status: 404,
            body: NOT_FOUND,
        },
        hidden: &["retry-after", "Retry-After"],
        ..BASE
    },
    // A status HTTP does not define is the server's failure.
    Row {
        name: "status_999_is_500",
        request: || Request::new("GET", "/status-999"),
        expect: Expect::Json {
            status: 500,
            body: SERVER_ERROR_500,
        },
        hidden: &["s999"],
        log: Some(LogExpect::One {
            filter: &[("path", "/status-999")],
            level: Level::ERROR,
            fields: &[
                ("code", "500"),
                ("replaced", "999"),
                ("error", "secret=s999"),
            ],
            contains: PerFramework::both(&[]),
            absent: &[],
        }),
        ..BASE
    },
    // Inside an application a 408 comes from a timeout layer: the server
    // ran out of time, so an outage, not a 400 blaming the request.
    Row {
        name: "timeout_is_503",
        request: || Request::new("GET", "/timeout"),
        expect: Expect::Json {
            status: 503,
            body: SERVER_ERROR_503,
        },
        hidden: &["db-primary", "408"],
        log: Some(LogExpect::One {
            filter: &[("path", "/timeout")],
            level: Level::ERROR,
            fields: &[
                ("code", "503"),
                ("replaced", "408"),
                ("error", TIMEOUT_TEXT),
            ],
            contains: PerFramework::both(&[]),
            absent: &[],
        }),
        ..BASE
    },
    // A body already compressed is not quoted (its bytes say nothing); the
    // log says why and what to do.
    Row {
        name: "compressed_body_is_not_quoted",
        request: || Request::new("GET", "/compressed-500"),
        expect: Expect::Json {
            status: 500,
            body: SERVER_ERROR_500,
        },
        hidden: &["secret=gz", "gzip"],
        log: Some(LogExpect::One {
            filter: &[("path", "/compressed-500")],
            level: Level::ERROR,
            fields: &[
                ("code", "500"),
                ("replaced", "500"),
                (
                    "error",
                    "(a compressed body, not read: add the compression layer outside this one \
                     to log its text)",
                ),
            ],
            contains: PerFramework::both(&[]),
            absent: &[],
        }),
        ..BASE
    },
    // A replaced body of known size that stops coming: the answer does
    // not wait for it, and the log quotes what had come.
    Row {
        name: "stalled_body_is_not_awaited",
        request: || Request::new("GET", "/stalled-500"),
        expect: Expect::Json {
            status: 500,
            body: SERVER_ERROR_500,
        },
        hidden: &["secret=stall"],
        then_alive: true,
        log: Some(LogExpect::One {
            filter: &[("path", "/stalled-500")],
            level: Level::ERROR,
            fields: &[
                ("code", "500"),
                ("replaced", "500"),
                (
                    "error",
                    "upstream said: secret=stall (the rest not ready, not read)",
                ),
            ],
            contains: PerFramework::both(&[]),
            absent: &[],
        }),
        ..BASE
    },
    // A replaced body that panics while it is read for the log: the
    // answer is sent all the same, the connection is not dropped, and the
    // log quotes what had come and says why the rest was not read.
    Row {
        name: "panicking_body_is_answered",
        request: || Request::new("GET", "/panicking-body-500"),
        expect: Expect::Json {
            status: 500,
            body: SERVER_ERROR_500,
        },
        hidden: &["secret=stall", "secret=bodypanic"],
        then_alive: true,
        log: Some(LogExpect::One {
            filter: &[("path", "/panicking-body-500")],
            level: Level::ERROR,
            fields: &[
                ("code", "500"),
                ("replaced", "500"),
                (
                    "error",
                    "upstream said: secret=stall (reading the body panicked, not read further: \
                     body gave out: secret=bodypanic)",
                ),
            ],
            contains: PerFramework::both(&[]),
            absent: &[],
        }),
        ..BASE
    },
    // actix-web: a `HEAD` is routed as a `GET`, so a route for `HEAD`
    // alone is never reached, and `Allow` does not offer it.
    Row {
        name: "head_only_route_allows_no_method",
        frameworks: &[Framework::Actix],
        request: || Request::new("GET", "/head-only"),
        hidden: &["allow:", "Allow:"],
        ..BASE
    },
    // A replaced body that is not text is said to be so in the log.
    Row {
        name: "non_text_body_is_noted",
        request: || Request::new("GET", "/xml-500"),
        expect: Expect::Json {
            status: 500,
            body: SERVER_ERROR_500,
        },
        hidden: &["secret=xml"],
        log: Some(LogExpect::One {
            filter: &[("path", "/xml-500")],
            level: Level::ERROR,
            fields: &[
                ("code", "500"),
                ("replaced", "500"),
                ("error", "(a body that is not text, not read)"),
            ],
            contains: PerFramework::both(&[]),
            absent: &[],
        }),
        ..BASE
    },
    // actix-web: a service mounted at a prefix (actix-files' `Files`)
    // passes a miss on to the default service; the path reaches no
    // resource, so 404, not the 400 of a method no route takes.
    Row {
        name: "miss_in_a_prefix_service_is_404",
        frameworks: &[Framework::Actix],
        request: || Request::new("GET", "/static/missing.txt"),
        expect: Expect::Json {
            status: 404,
            body: NOT_FOUND,
        },
        log: Some(LogExpect::One {
            filter: &[("path", "/static/missing.txt")],
            level: Level::INFO,
            fields: &[("code", "404"), ("error", "no route has this path")],
            contains: PerFramework::both(&[]),
            absent: &["variant"],
        }),
        ..BASE
    },
    // actix-web: a route's pattern that takes slashes, or a resource's
    // second pattern, is still a resource the path reaches.
    Row {
        name: "wrong_method_on_a_pattern_taking_slashes_is_400",
        frameworks: &[Framework::Actix],
        request: || Request::new("POST", "/files/a/b"),
        ..BASE
    },
    Row {
        name: "wrong_method_on_a_resource_of_two_patterns_is_400",
        frameworks: &[Framework::Actix],
        request: || Request::new("POST", "/multi"),
        ..BASE
    },
    // A JSON type of its own (`application/problem+json`) is quoted in the
    // log like JSON.
    Row {
        name: "problem_json_is_400_and_logged",
        request: || Request::new("GET", "/problem"),
        hidden: &["dave", "problem"],
        log: Some(LogExpect::One {
            filter: &[("path", "/problem")],
            level: Level::INFO,
            fields: &[
                ("code", "400"),
                ("replaced", "409"),
                ("error", PROBLEM_TEXT),
            ],
            contains: PerFramework::both(&[]),
            absent: &[],
        }),
        ..BASE
    },
    // actix-web: an error whose own status is a redirect keeps it and its
    // `Location`, without the error's text.
    Row {
        name: "redirecting_error_keeps_its_status_without_its_text",
        frameworks: &[Framework::Actix],
        request: || Request::new("GET", "/login"),
        expect: Expect::Empty { status: 303 },
        headers: &[("location", "/sign-in")],
        hidden: &["8f3a", "bob@"],
        log: Some(LogExpect::One {
            filter: &[("path", "/login")],
            level: Level::INFO,
            fields: &[("code", "303"), ("error", LOGIN_TEXT)],
            contains: PerFramework::both(&[]),
            absent: &[],
        }),
        ..BASE
    },
    // actix-web: another crate's error whose status has no body (a 304
    // with its validator) is sent without its text, which is logged.
    Row {
        name: "bodiless_error_is_logged",
        frameworks: &[Framework::Actix],
        request: || Request::new("GET", "/unchanged"),
        expect: Expect::Empty { status: 304 },
        headers: &[("etag", "\"v1\"")],
        hidden: &["3c1d", "carol@"],
        log: Some(LogExpect::One {
            filter: &[("path", "/unchanged")],
            level: Level::INFO,
            fields: &[("code", "304"), ("error", UNCHANGED_TEXT)],
            contains: PerFramework::both(&[]),
            absent: &["replaced"],
        }),
        ..BASE
    },
    // actix-web: another crate's error given a status below 400 and a page
    // in place of its body cannot be told from its own response: the page
    // does not go, lest the error's text go with it; the text is logged.
    Row {
        name: "page_in_place_of_another_crates_error_is_not_sent",
        frameworks: &[Framework::Actix],
        request: || Request::new("GET", "/spa-foreign"),
        expect: Expect::Empty { status: 200 },
        hidden: &["7c2e", "<html>"],
        log: Some(LogExpect::One {
            filter: &[("path", "/spa-foreign")],
            level: Level::INFO,
            fields: &[("code", "200"), ("error", "no item 7c2e")],
            contains: PerFramework::both(&[]),
            absent: &["replaced"],
        }),
        ..BASE
    },
    // actix-web: an error made from a response (`InternalError::
    // from_response`, as extractor error handlers make them), which gives
    // that response away once rendered: a redirect, sent without the
    // error's text, which is logged.
    Row {
        name: "error_made_from_a_response_is_sent_without_its_text",
        frameworks: &[Framework::Actix],
        request: || Request::new("GET", "/from-response"),
        expect: Expect::Empty { status: 303 },
        headers: &[("location", "/sign-in")],
        hidden: &["8f3a", "bob@"],
        log: Some(LogExpect::One {
            filter: &[("path", "/from-response")],
            level: Level::INFO,
            fields: &[("code", "303"), ("error", LOGIN_TEXT)],
            contains: PerFramework::both(&[]),
            absent: &[],
        }),
        ..BASE
    },
    // actix-web: a derived error given a 304 by `ErrorHandlers` goes without
    // its body, logged once, when it was made (which no request's path is
    // on), not again as another crate's error.
    Row {
        name: "derived_error_given_a_304_is_logged_once",
        frameworks: &[Framework::Actix],
        request: || Request::new("GET", "/derived-304"),
        expect: Expect::Empty { status: 304 },
        hidden: &["Not found"],
        log: Some(LogExpect::NoneWithPath("/derived-304")),
        ..BASE
    },
    // actix-web: another crate's error made from a derived error's response
    // (`InternalError::from_response(cause, error.error_response())`), which
    // carries this crate's mark: given a 304, its own cause is logged ...
    Row {
        name: "error_made_from_a_derived_response_is_logged_at_304",
        frameworks: &[Framework::Actix],
        request: || Request::new("GET", "/from-derived-304"),
        expect: Expect::Empty { status: 304 },
        hidden: &["8f3a", "bob@", "Not found"],
        log: Some(LogExpect::One {
            filter: &[("path", "/from-derived-304")],
            level: Level::INFO,
            fields: &[("code", "304"), ("error", LOGIN_TEXT)],
            contains: PerFramework::both(&[]),
            absent: &[],
        }),
        ..BASE
    },
    // ... and given a 200 page that quotes it, the page does not go.
    Row {
        name: "error_made_from_a_derived_response_sends_no_page",
        frameworks: &[Framework::Actix],
        request: || Request::new("GET", "/from-derived-page"),
        expect: Expect::Empty { status: 200 },
        hidden: &["8f3a", "bob@"],
        log: Some(LogExpect::One {
            filter: &[("path", "/from-derived-page")],
            level: Level::INFO,
            fields: &[("code", "200"), ("error", LOGIN_TEXT)],
            contains: PerFramework::both(&[]),
            absent: &[],
        }),
        ..BASE
    },
    // actix-web: a middleware's error keeps its response's status and
    // headers (a 401's `WWW-Authenticate`).
    Row {
        name: "middleware_error_keeps_its_status_and_headers",
        frameworks: &[Framework::Actix],
        request: || Request::new("GET", "/guarded"),
        expect: Expect::Json {
            status: 401,
            body: r#"{"code":401,"message":"Unauthorized"}"#,
        },
        headers: &[("www-authenticate", "Bearer")],
        hidden: &["token 5e"],
        ..BASE
    },
    // A successful 204 keeps its validators (a `PUT`'s new `ETag`), and
    // drops what describes a body it has not (`Content-Disposition`).
    Row {
        name: "no_content_keeps_its_etag",
        request: || Request::new("GET", "/put-204"),
        expect: Expect::NoContent,
        headers: &[("etag", "\"v2\"")],
        hidden: &["attachment", "a.txt"],
        ..BASE
    },
    // actix-web: a derived error a middleware returns is sent as the derive
    // made it, and logged once.
    Row {
        name: "derived_error_from_a_middleware_is_sent_as_made",
        frameworks: &[Framework::Actix],
        request: || Request::new("GET", "/guarded-derived"),
        expect: Expect::Json {
            status: 404,
            body: NOT_FOUND,
        },
        log: Some(LogExpect::One {
            filter: &[("error", "no user with id 9")],
            level: Level::INFO,
            fields: &[("code", "404"), ("variant", "NoSuchUser")],
            contains: PerFramework::both(&[]),
            absent: &["replaced"],
        }),
        ..BASE
    },
];

/// `GET /problem` answers 409 with this body, as `application/problem+json`.
pub const PROBLEM_TEXT: &str = r#"{"detail":"account 4 is locked by dave"}"#;

/// `GET /login` fails with an error whose `Display` is this (actix-web).
pub const LOGIN_TEXT: &str = "session 8f3a expired for bob@example.com";
/// What a 304 error says to the log only.
pub const UNCHANGED_TEXT: &str = "cache 3c1d still fresh for carol@example.com";

/// Defines one `#[test]` per named row for `$framework`, served by
/// `$server()`, and a test that the names cover exactly the rows of the
/// table that apply to the framework.
macro_rules! row_tests {
    ($framework:expr, $server:path; $($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                $crate::contract::check_row($framework, $server(), stringify!($name));
            }
        )*

        #[test]
        fn every_row_of_the_table_has_a_test() {
            $crate::contract::assert_rows_covered($framework, &[$(stringify!($name)),*]);
        }
    };
}
pub(crate) use row_tests;

pub fn assert_rows_covered(framework: Framework, names: &[&str]) {
    let mut table: Vec<&str> = ROWS
        .iter()
        .filter(|row| row.frameworks.contains(&framework))
        .map(|row| row.name)
        .collect();
    let mut tested = names.to_vec();
    table.sort_unstable();
    tested.sort_unstable();
    assert_eq!(tested, table, "{framework:?}: tests and table rows differ");
}

// ---------------------------------------------------------------------------
// Checking a row.
// ---------------------------------------------------------------------------

/// Asserts that `res` is what `expect` says.
fn assert_expected(res: &Response, expect: &Expect, addr: SocketAddr, what: &str) {
    match *expect {
        Expect::Json { status, body } => assert_json(res, status, body, what),
        Expect::NoContent => assert_no_content(res, what),
        Expect::Empty { status } => {
            assert_eq!(res.status, status, "{what}: status");
            assert!(res.body.is_empty(), "{what}: no body");
            assert_eq!(
                res.header_all("content-type"),
                [""; 0],
                "{what}: content-type"
            );
        }
        Expect::Page {
            status,
            content_type,
            body,
        } => {
            assert_eq!(res.status, status, "{what}: status");
            assert_eq!(String::from_utf8_lossy(&res.body), body, "{what}: body");
            assert_eq!(
                res.header_all("content-type"),
                [content_type],
                "{what}: content-type"
            );
        }
        Expect::Head {
            status,
            get,
            get_body,
        } => {
            assert_eq!(res.status, status, "{what}: status");
            assert!(res.body.is_empty(), "{what}: a HEAD answer has no body");
            let got = fetch(addr, &Request::new("GET", get));
            let got_what = format!("GET {get}\n--- raw answer ---\n{}", got.show());
            assert_json(&got, status, get_body, &got_what);
            assert_eq!(
                res.header("content-type"),
                got.header("content-type"),
                "{what}: content-type as for GET"
            );
            assert_eq!(
                res.header("content-length"),
                got.header("content-length"),
                "{what}: content-length as for GET"
            );
        }
    }
}

pub fn check_row(framework: Framework, addr: SocketAddr, name: &str) {
    let row = ROWS
        .iter()
        .find(|row| row.name == name)
        .unwrap_or_else(|| panic!("no row named {name}"));
    assert!(
        row.frameworks.contains(&framework),
        "{name}: not for {framework:?}"
    );
    let request = (row.request)();
    let what = format!("{framework:?} {name}: {}", request.describe());
    let sent = send(addr, &request);
    if sent.raw.is_empty() && row.may_reset {
        if let Some(err) = &sent.read_error {
            eprintln!(
                "NOTE {what}: the connection was reset before any byte came back \
                 ({err}; writing: {:?}); accepted for this row",
                sent.write_error
            );
            return;
        }
    }
    let res = Response::parse(&sent).unwrap_or_else(|why| panic!("{what}: {why}"));
    let what = format!("{what}\n--- raw answer ---\n{}", res.show());

    assert_expected(&res, &row.expect, addr, &what);

    for (name, value) in row.headers {
        assert_eq!(res.header_all(name), [*value], "{what}: header {name}");
    }

    if let Some(methods) = row.allow.get(framework) {
        let allow = res
            .header("allow")
            .unwrap_or_else(|| panic!("{what}: an `allow` header is required"));
        let listed: Vec<&str> = allow.split(',').map(str::trim).collect();
        for method in methods {
            assert!(listed.contains(method), "{what}: `allow` lists {method}");
        }
    }

    let raw = String::from_utf8_lossy(&res.raw);
    for text in row.hidden {
        assert!(!raw.contains(text), "{what}: the answer shows {text:?}");
    }
    if let Some(max) = row.max_len {
        assert!(
            res.raw.len() < max,
            "{what}: the answer is {} bytes, not under {max}",
            res.raw.len()
        );
    }

    if row.then_alive {
        let after = fetch(addr, &Request::new("GET", "/accounts/1"));
        let after_what = format!("{what}\n--- then GET /accounts/1 ---\n{}", after.show());
        assert_json(&after, 200, ACCOUNT_1, &after_what);
    }

    if let Some(log) = row.log {
        check_log(framework, log, &what);
    }
}

/// Status, exact body, `content-type: application/json` and a
/// `content-length` that is the body's length, each sent once.
pub fn assert_json(res: &Response, status: u16, body: &str, what: &str) {
    assert_eq!(res.status, status, "{what}: status");
    assert_eq!(
        String::from_utf8_lossy(&res.body),
        body,
        "{what}: exact body bytes"
    );
    assert!(!res.chunked, "{what}: sent chunked, not with a length");
    assert_eq!(
        res.header_all("content-type"),
        ["application/json"],
        "{what}: exactly one content-type, application/json"
    );
    assert_eq!(
        res.header_all("content-length"),
        [body.len().to_string()],
        "{what}: exactly one content-length, the body's length"
    );
}

/// RFC 9110: a 204 has no content, so neither a length nor a type.
pub fn assert_no_content(res: &Response, what: &str) {
    assert_eq!(res.status, 204, "{what}: status");
    assert_eq!(
        res.header_all("content-length"),
        [""; 0],
        "{what}: content-length"
    );
    assert_eq!(
        res.header_all("content-type"),
        [""; 0],
        "{what}: content-type"
    );
    assert_eq!(
        res.header_all("transfer-encoding"),
        [""; 0],
        "{what}: transfer-encoding"
    );
    assert!(res.body.is_empty(), "{what}: body");
}

fn check_log(framework: Framework, log: LogExpect, what: &str) {
    let events = captured();
    match log {
        LogExpect::NoneWithPath(path) => {
            let found: Vec<&Captured> = events
                .iter()
                .filter(|event| event.field("path") == Some(path))
                .collect();
            assert!(
                found.is_empty(),
                "{what}: no log event for {path}, got {found:#?}"
            );
        }
        LogExpect::One {
            filter,
            level,
            fields,
            contains,
            absent,
        } => {
            let found: Vec<&Captured> = events
                .iter()
                .filter(|event| {
                    filter
                        .iter()
                        .all(|(name, value)| event.field(name) == Some(value))
                })
                .collect();
            let [event] = found[..] else {
                panic!(
                    "{what}: exactly one log event with {filter:?}, got {}: {found:#?}",
                    found.len()
                );
            };
            assert_eq!(event.level, level, "{what}: level of {event:#?}");
            assert_eq!(event.target, "apicodes", "{what}: target of {event:#?}");
            for (name, value) in fields {
                assert_eq!(
                    event.field(name),
                    Some(*value),
                    "{what}: field {name} of {event:#?}"
                );
            }
            for (name, text) in contains.get(framework) {
                let value = event.field(name).unwrap_or_default();
                assert!(
                    value.contains(text),
                    "{what}: field {name} contains {text:?}: {event:#?}"
                );
            }
            for name in absent {
                assert_eq!(
                    event.field(name),
                    None,
                    "{what}: no field {name}: {event:#?}"
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The capturing subscriber.
// ---------------------------------------------------------------------------

/// One event of target `apicodes`, every field as text.
#[derive(Clone, Debug)]
pub struct Captured {
    pub target: String,
    pub level: Level,
    pub fields: BTreeMap<String, String>,
}

impl Captured {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(String::as_str)
    }
}

static EVENTS: Mutex<Vec<Captured>> = Mutex::new(Vec::new());

/// Every event captured so far.
pub fn captured() -> Vec<Captured> {
    EVENTS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone()
}

/// Installs the capturing subscriber as the global default, once per test
/// binary: the servers log from their own threads.
pub fn capture_logs() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        tracing::subscriber::set_global_default(Capture)
            .expect("no other global tracing subscriber in this test binary");
    });
}

struct Capture;

impl Subscriber for Capture {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.target() == "apicodes"
    }

    fn new_span(&self, _: &span::Attributes<'_>) -> span::Id {
        span::Id::from_u64(1)
    }

    fn record(&self, _: &span::Id, _: &span::Record<'_>) {}

    fn record_follows_from(&self, _: &span::Id, _: &span::Id) {}

    fn event(&self, event: &Event<'_>) {
        let metadata = event.metadata();
        if metadata.target() != "apicodes" {
            return;
        }
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        EVENTS
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(Captured {
                target: metadata.target().to_owned(),
                level: *metadata.level(),
                fields,
            });
    }

    fn enter(&self, _: &span::Id) {}

    fn exit(&self, _: &span::Id) {}
}
