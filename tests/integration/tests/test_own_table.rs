//! A table of the API's own, read from `shop-codes.md` at compile time: the
//! page and the type agree, the derive's bodies follow it, and so do axum
//! and actix-web over a real socket, the OpenAPI responses and `classify_as`.
//! The page documents 500 (an ordinary code here), a 204 and a 429 under
//! titles of its own, and a message that needs JSON escaping.
#![deny(warnings, clippy::pedantic)]

use std::time::Duration;

use apicodes::client::{Classified, Reason, classify_as};
use apicodes::page::{self, Page};
use apicodes::{ApiError, ApiErrorDocs, CodeSet, OtherError, Status, Table, UnknownCodeIn};

/// The shop's codes.
#[apicodes::table(page = "shop-codes.md")]
pub enum ShopCode {}

const PAGE: &str = include_str!("../shop-codes.md");

/// Errors of the cart endpoints. `Display` is the private text for logs.
#[derive(
    Debug,
    thiserror::Error,
    ApiError,
    apicodes::axum::IntoResponse,
    apicodes::actix::ResponseError,
    apicodes::openapi::IntoResponses,
)]
#[api_error(codes = ShopCode)]
pub enum CartError {
    /// The cart was emptied.
    #[error("cart emptied")]
    #[api_error(code = 204)]
    Emptied,
    /// A quantity the shop does not sell.
    #[error("bad quantity {0}")]
    #[api_error(code = 400, message = "Quantity {0} is not allowed")]
    BadQuantity(i64),
    /// No product has this id.
    #[error("no product {id}")]
    #[api_error(code = NotFound)]
    NoProduct {
        /// The product.
        id: u32,
    },
    /// The cart already holds the product.
    #[error("product {id} already in cart")]
    #[api_error(code = 409, message = "Product {id} is already in the cart")]
    InCart {
        /// The product.
        id: u32,
    },
    /// Tea from the coffee machine.
    #[error("tea requested")]
    #[api_error(code = ShopCode::ImATeapot)]
    Tea,
    /// Rate limited.
    #[error("throttled for {secs}s")]
    #[api_error(code = SlowDown, retry_after = secs)]
    Throttled {
        /// Seconds to wait.
        secs: u64,
    },
    /// The store failed: the page documents 500.
    #[error("store connection lost")]
    #[api_error(code = 500)]
    Store,
    /// Down for maintenance: a 5xx the page does not document.
    #[error("maintenance window")]
    #[api_error(code = 503, other_error)]
    Maintenance,
    /// Payment, answered as payment answers it.
    #[error(transparent)]
    #[api_error(transparent)]
    Payment(PaymentError),
}

/// Errors of payment, against the same table.
#[derive(Debug, thiserror::Error, ApiError)]
#[api_error(codes = ShopCode)]
pub enum PaymentError {
    /// The card was declined.
    #[error("card declined")]
    #[api_error(code = 402)]
    Declined,
}

#[test]
fn the_page_is_the_table() {
    let parsed = page::parse(PAGE).expect("the test page parses");
    assert_eq!(Page::of::<ShopCode>(), parsed);
    assert_eq!(page::parse(&Page::of::<ShopCode>().render()), Ok(parsed));

    let numbers: Vec<u16> = ShopCode::ALL.iter().map(|c| c.as_u16()).collect();
    assert_eq!(numbers, [200, 204, 400, 402, 404, 409, 418, 429, 500]);
    let names: Vec<&str> = ShopCode::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(
        names,
        [
            "Ok",
            "Emptied",
            "BadRequest",
            "PaymentNeeded",
            "NotFound",
            "Conflict",
            "ImATeapot",
            "SlowDown",
            "InternalError"
        ]
    );
    assert_eq!(ShopCode::SlowDown.title(), "SLOW DOWN");
    assert_eq!(ShopCode::SlowDown.message(), "Too many requests");
    assert_eq!(
        ShopCode::Conflict.description(),
        "The request conflicts with the cart as it is, such as adding an item twice."
    );
    assert_eq!(
        ShopCode::OTHER_ERRORS,
        "Any other code comes from a proxy or an outage: check status.shop.example."
    );
    assert_eq!(<ShopCode as Table>::NAME, "ShopCode");
    assert_eq!(<ShopCode as Table>::PAGE_TITLE, "Shop API Response Codes");
}

#[test]
fn codes_behave_as_the_standard_ones_do() {
    assert_eq!(
        ShopCode::PaymentNeeded.json(),
        r#"{"code":402,"message":"Payment \"required\""}"#
    );
    assert_eq!(
        ShopCode::ImATeapot.json(),
        r#"{"code":418,"message":"I'm a teapot"}"#
    );
    assert_eq!(ShopCode::Conflict.to_string(), "409 Conflict");
    assert_eq!("409".parse::<ShopCode>(), Ok(ShopCode::Conflict));
    assert_eq!("ImATeapot".parse::<ShopCode>(), Ok(ShopCode::ImATeapot));
    let err = "410".parse::<ShopCode>().unwrap_err();
    assert_eq!(err.input(), "410");
    assert_eq!(ShopCode::try_from(418), Ok(ShopCode::ImATeapot));
    let unknown = ShopCode::try_from(503).unwrap_err();
    assert_eq!(unknown, UnknownCodeIn::new(503));
    assert_eq!(
        unknown.to_string(),
        "response code 503 is not documented (documented: 200, 204, 400, 402, 404, 409, 418, 429, 500). \
         Any other code comes from a proxy or an outage: check status.shop.example."
    );
    assert_eq!(u16::from(ShopCode::Conflict), 409);
    assert_eq!(ShopCode::Conflict, 409);
    assert_eq!(409, ShopCode::Conflict);
    assert!(ShopCode::InternalError.is_server_error() && ShopCode::Emptied.is_success());

    // serde: the number, and only a documented one.
    assert_eq!(serde_json::to_string(&ShopCode::ImATeapot).unwrap(), "418");
    assert_eq!(
        serde_json::from_str::<ShopCode>("409").unwrap(),
        ShopCode::Conflict
    );
    let err = serde_json::from_str::<ShopCode>("410").unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid value: integer `410`, expected a documented response code \
         (200, 204, 400, 402, 404, 409, 418, 429, 500); to accept any code, deserialize \
         a `u16` or a `Body` at line 1 column 3"
    );

    // http.
    assert_eq!(
        http::StatusCode::from(ShopCode::ImATeapot),
        http::StatusCode::IM_A_TEAPOT
    );
    assert_eq!(
        ShopCode::try_from(http::StatusCode::CONFLICT),
        Ok(ShopCode::Conflict)
    );
    assert_eq!(
        ShopCode::try_from(http::StatusCode::BAD_GATEWAY),
        Err(UnknownCodeIn::new(502))
    );

    // A code is its own error, documented by its page.
    assert_eq!(
        ShopCode::Conflict.code(),
        Status::Documented(ShopCode::Conflict)
    );
    assert_eq!(ShopCode::Conflict.to_json(), ShopCode::Conflict.json());
    assert_eq!(ShopCode::CODES.len(), ShopCode::ALL.len());
    assert_eq!(
        ShopCode::variants()[6].doc,
        ShopCode::ImATeapot.description()
    );
}

/// Code generic over tables parses, numbers and classes codes as code
/// written for one table does, and each table answers alike both ways.
#[test]
fn generic_code_reads_any_table_as_its_own_methods_do() {
    fn read<T: Table>(text: &str) -> Result<(u16, [bool; 3]), apicodes::ParseCodeError<T>> {
        let code: T = text.parse()?;
        let classes = [
            code.is_success(),
            code.is_client_error(),
            code.is_server_error(),
        ];
        Ok((code.as_u16(), classes))
    }
    // A table's own conversions stay the ones `.into()` finds.
    fn converted<T: Table>(code: T) -> (Status<T>, apicodes::Body<'static>) {
        (code.into(), code.into())
    }
    // A set of a table's codes by name, in a `const` context.
    const SOME: CodeSet<ShopCode> =
        CodeSet::from_numbers(&[ShopCode::ImATeapot.as_u16(), ShopCode::Conflict.as_u16()]);
    assert_eq!(
        converted(ShopCode::Conflict),
        (
            Status::Documented(ShopCode::Conflict),
            apicodes::Body::new(409, "Conflict")
        )
    );
    assert_eq!(read::<ShopCode>("418"), Ok((418, [false, true, false])));
    assert_eq!(
        read::<ShopCode>("InternalError"),
        Ok((500, [false, false, true]))
    );
    assert_eq!(
        read::<apicodes::Code>("Created"),
        Ok((201, [true, false, false]))
    );
    assert_eq!(read::<ShopCode>("410").unwrap_err().input(), "410");
    for &code in ShopCode::ALL {
        let own = [
            code.is_success(),
            code.is_client_error(),
            code.is_server_error(),
        ];
        assert_eq!(read::<ShopCode>(code.name()), Ok((code.as_u16(), own)));
    }
    // The page's title or message, punctuation and all, names its code,
    // as the variant's name drops it.
    for (typed, code, name) in [
        ("I'M A TEAPOT", 418, "ImATeapot"),
        ("I'm a teapot", 418, "ImATeapot"),
        ("i\u{2019}m_a_teapot", 418, "ImATeapot"),
        ("SLOW DOWN!", 429, "SlowDown"),
        ("payment.needed", 402, "PaymentNeeded"),
        ("Not/Found", 404, "NotFound"),
    ] {
        assert_eq!(
            typed.parse::<ShopCode>().unwrap_err().to_string(),
            format!(
                "`{typed}` is not a documented response code; did you mean `{code}` \
                 (`{name}`)? write a code's number without spaces, a sign or leading zeros, \
                 or its variant name as spelled"
            )
        );
    }
    assert_eq!(
        SOME.iter().collect::<Vec<_>>(),
        [
            Status::Documented(ShopCode::Conflict),
            Status::Documented(ShopCode::ImATeapot)
        ]
    );
    assert_eq!(<ShopCode as ApiErrorDocs>::CODES, CodeSet::documented());
    for &code in apicodes::Code::ALL {
        let own = [
            code.is_success(),
            code.is_client_error(),
            code.is_server_error(),
        ];
        assert_eq!(
            read::<apicodes::Code>(code.name()),
            Ok((code.as_u16(), own))
        );
    }
}

/// A table's classes run to the ends of their ranges, as the standard
/// table's do: 299 is a success, 499 the client's, 599 the server's.
#[test]
fn a_tables_classes_run_to_the_ends_of_their_ranges() {
    #[apicodes::table]
    pub enum Edges {
        /// Done, in a way of its own.
        #[code(message = "Done")]
        Done = 299,
        /// Closed by the client.
        #[code(message = "Client closed")]
        ClientClosed = 499,
        /// A proxy's own failure.
        #[code(message = "Proxy failed")]
        ProxyFailed = 599,
    }
    let classes = |code: Edges| {
        [
            code.is_success(),
            code.is_client_error(),
            code.is_server_error(),
        ]
    };
    assert_eq!(classes(Edges::Done), [true, false, false]);
    assert_eq!(classes(Edges::ClientClosed), [false, true, false]);
    assert_eq!(classes(Edges::ProxyFailed), [false, false, true]);
}

#[test]
fn derived_errors_send_the_tables_bodies() {
    let cases: [(CartError, u16, &str); 10] = [
        (
            CartError::Emptied,
            204,
            r#"{"code":204,"message":"Emptied"}"#,
        ),
        (
            CartError::BadQuantity(-3),
            400,
            r#"{"code":400,"message":"Quantity -3 is not allowed"}"#,
        ),
        (
            CartError::NoProduct { id: 9 },
            404,
            r#"{"code":404,"message":"Not found"}"#,
        ),
        (
            CartError::InCart { id: 7 },
            409,
            r#"{"code":409,"message":"Product 7 is already in the cart"}"#,
        ),
        (
            CartError::Tea,
            418,
            r#"{"code":418,"message":"I'm a teapot"}"#,
        ),
        (
            CartError::Throttled { secs: 30 },
            429,
            r#"{"code":429,"message":"Too many requests"}"#,
        ),
        (
            CartError::Store,
            500,
            r#"{"code":500,"message":"Internal error"}"#,
        ),
        (
            CartError::Maintenance,
            503,
            r#"{"code":503,"message":"Server error"}"#,
        ),
        (
            CartError::Payment(PaymentError::Declined),
            402,
            r#"{"code":402,"message":"Payment \"required\""}"#,
        ),
        (
            CartError::InCart { id: 1 },
            409,
            r#"{"code":409,"message":"Product 1 is already in the cart"}"#,
        ),
    ];
    for (err, status, body) in cases {
        assert_eq!(err.code().as_u16(), status, "{err:?}");
        assert_eq!(err.to_json(), body, "{err:?}");
        let mut out = String::new();
        err.write_json(&mut out);
        assert_eq!(out, body, "{err:?}");
    }
    assert_eq!(CartError::Store.code(), ShopCode::InternalError);
    assert!(!CartError::Store.code().is_other_error());
    assert_eq!(
        CartError::Maintenance.code(),
        Status::Other(OtherError::new(503).unwrap())
    );
    assert_eq!(CartError::Throttled { secs: 30 }.retry_after(), Some(30));
    assert_eq!(CartError::Tea.variant(), Some("Tea"));
}

/// A delay that may be unknown.
#[derive(Debug, ApiError)]
#[api_error(codes = ShopCode)]
enum Maybe {
    /// Slow down.
    #[api_error(code = 429, retry_after = 0)]
    Slow(Option<u64>),
}

#[test]
fn docs_and_the_catalogue_follow_the_table() {
    let codes: Vec<u16> = CartError::CODES.iter().map(Status::as_u16).collect();
    assert_eq!(codes, [204, 400, 402, 404, 409, 418, 429, 500, 503]);
    assert_eq!(CodeSet::<ShopCode>::documented().len(), ShopCode::ALL.len());
    let variants = CartError::variants();
    assert_eq!(variants[3].name, "InCart");
    assert_eq!(variants[3].code, ShopCode::Conflict);
    assert_eq!(variants[3].message, "Product {id} is already in the cart");
    assert_eq!(variants[8].name, "Payment::Declined");

    // A title is one line, and keeps a `#` it ends with.
    for (title, heading) in [
        ("Errors #", "# Errors # #\n"),
        ("Two\nlines\r", "# Two lines \n"),
    ] {
        let catalogue = page::catalogue::<PaymentError>(title);
        assert!(catalogue.starts_with(heading), "{catalogue}");
    }
    assert_eq!(
        page::catalogue::<PaymentError>("Payment errors"),
        "# Payment errors\n\
         \n\
         ### `Declined`: 402 PAYMENT NEEDED\n\
         \n\
         The card was declined.\n\
         \n\
         ```c\n\
         { \"code\": 402, \"message\": \"Payment \\\"required\\\"\" }\n\
         ```\n"
    );
    let catalogue = page::catalogue::<CartError>("Cart errors");
    assert!(catalogue.contains(
        "### `Maintenance`: 503 Other Errors\n\nDown for maintenance: a 5xx the page does not document.\n\n\
         ```c\n{ \"code\": 503, \"message\": \"Server error\" }\n```\n"
    ));
    assert!(catalogue.contains(
        "### `Throttled`: 429 SLOW DOWN\n\nRate limited.\n\n\
         ```c\n{ \"code\": 429, \"message\": \"Too many requests\" }\n```\n\n\
         Sent with a `Retry-After` header: the seconds to wait before retrying.\n"
    ));
    // A 204 is sent without a body, and the catalogue says so.
    assert!(catalogue.contains("### `Emptied`: 204 "), "{catalogue}");
    assert!(!catalogue.contains("\"code\": 204"), "{catalogue}");
    assert!(catalogue.contains("Sent without a body.\n"), "{catalogue}");

    // A delay that may be unknown is sent only when known.
    assert_eq!(Maybe::Slow(None).retry_after(), None);
    assert!(page::catalogue::<Maybe>("Maybe").contains(
        "Sent with a `Retry-After` header when the delay is known: the seconds to wait \
             before retrying.\n"
    ));
}

/// Internal notes in HTML comments, headings of every level and a template
/// with braces.
#[derive(Debug, ApiError)]
#[api_error(codes = ShopCode)]
#[expect(dead_code, reason = "documented here, never sent")]
enum Noted {
    /// No such order.
    /// <!-- internal: raised by the legacy lookup, see OPS-1234 -->
    ///
    /// # Errors
    ///
    /// #### Deeper
    ///
    /// ## Details
    ///
    /// <!--
    /// internal: the PSP returns this for fraud blocks too
    #[api_error(code = 404, message = "Order {0} in {{cart}}")]
    NoOrder(u32),
}

#[test]
fn the_catalogue_keeps_comments_hidden_and_headings_in_order() {
    assert_eq!(
        page::catalogue::<Noted>("Noted"),
        "# Noted\n\
         \n\
         ### `NoOrder`: 404 NOT FOUND\n\
         \n\
         No such order.\n\
         <!-- internal: raised by the legacy lookup, see OPS-1234 -->\n\
         \n\
         #### Errors\n\
         \n\
         ###### Deeper\n\
         \n\
         ##### Details\n\
         \n\
         <!--\n\
         internal: the PSP returns this for fraud blocks too\n\
         -->\n\
         \n\
         ```c\n\
         { \"code\": 404, \"message\": \"Order {0} in {{cart}}\" }\n\
         ```\n\
         \n\
         The message is filled in from the error's fields, as `{field}` marks; `{{` and `}}` \
         are sent as `{` and `}`.\n"
    );
}

#[test]
fn openapi_describes_the_tables_codes() {
    let responses =
        serde_json::to_value(<CartError as utoipa::IntoResponses>::responses()).unwrap();
    let keys: Vec<&str> = responses
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "204", "400", "402", "404", "409", "418", "429", "500", "5XX"
        ]
    );
    assert_eq!(
        responses["409"]["description"],
        ShopCode::Conflict.description()
    );
    assert_eq!(
        responses["500"]["description"],
        ShopCode::InternalError.description()
    );
    assert_eq!(responses["5XX"]["description"], ShopCode::OTHER_ERRORS);
    assert_eq!(
        responses["418"]["content"]["application/json"]["examples"]["Tea"]["value"],
        serde_json::json!({"code": 418, "message": "I'm a teapot"})
    );
    assert_eq!(
        responses["402"]["content"]["application/json"]["schema"]["properties"]["code"]["enum"],
        serde_json::json!([402])
    );
    assert!(responses["429"]["headers"]["Retry-After"].is_object());
    assert!(responses["204"].get("content").is_none());
}

/// A body named by hand in a `#[utoipa::path]`, with the table's schema.
type ShopBody = apicodes::openapi::BodyOf<ShopCode>;

#[utoipa::path(post, path = "/cart", responses(
    (status = 201, description = "Added"),
    (status = 409, description = "Already in the cart", body = ShopBody),
    (status = 400, description = "Not a product", body = apicodes::Body),
))]
#[allow(dead_code)]
fn add_to_cart() {}

#[test]
fn a_body_named_by_hand_has_the_tables_schema() {
    use utoipa::OpenApi;

    #[derive(OpenApi)]
    #[openapi(paths(add_to_cart))]
    struct Doc;

    let doc = serde_json::to_value(Doc::openapi()).unwrap();
    let responses = &doc["paths"]["/cart"]["post"]["responses"];
    let reference =
        |status: &str| responses[status]["content"]["application/json"]["schema"]["$ref"].clone();
    assert_eq!(reference("409"), "#/components/schemas/ShopCodeBody");
    assert_eq!(reference("400"), "#/components/schemas/Body");
    // Both tables' schemas, each under its own name.
    let schemas = &doc["components"]["schemas"];
    let numbers = |schema: &serde_json::Value| schema["properties"]["code"]["enum"].clone();
    assert_eq!(
        numbers(&schemas["ShopCodeBody"]),
        serde_json::json!([200, 204, 400, 402, 404, 409, 418, 429, 500])
    );
    assert_eq!(
        numbers(&schemas["Body"]),
        serde_json::json!([200, 201, 202, 204, 400, 401, 402, 403, 404, 410, 429, 507])
    );
    assert_eq!(
        schemas["ShopCodeBody"]["examples"],
        serde_json::json!([{"code": 404, "message": "Not found"}])
    );
    assert_eq!(
        schemas["ShopCodeBody"]["required"],
        serde_json::json!(["code", "message"])
    );
}

#[test]
fn clients_classify_against_the_table() {
    let res = classify_as::<ShopCode>(
        409,
        br#"{"code":409,"message":"Product 7 is already in the cart"}"#,
    );
    let Classified::Documented { code, body } = res else {
        panic!("a documented 409")
    };
    assert_eq!(code, ShopCode::Conflict);
    assert_eq!(body.message, "Product 7 is already in the cart");
    assert_eq!(
        classify_as::<ShopCode>(204, b""),
        Classified::NoContent {
            code: ShopCode::Emptied
        }
    );
    assert_eq!(
        classify_as::<ShopCode>(204, b"").code(),
        Some(ShopCode::Emptied)
    );

    // 410 is standard, not the shop's.
    let Classified::Other(other) =
        classify_as::<ShopCode>(410, br#"{"code":410,"message":"Gone"}"#)
    else {
        panic!("410 is not the shop's")
    };
    assert_eq!(
        other.reason(),
        &Reason::UndocumentedStatus(UnknownCodeIn::new(410))
    );
    let Classified::Other(other) = classify_as::<ShopCode>(502, b"<html>Bad Gateway</html>") else {
        panic!("502 is not the shop's")
    };
    assert!(other.to_string().ends_with(ShopCode::OTHER_ERRORS));
    let Classified::Other(other) = classify_as::<ShopCode>(404, b"") else {
        panic!("an empty 404")
    };
    assert_eq!(
        other.reason().to_string(),
        "the body is empty, but the API sends a JSON body such as \
         {\"code\":404,\"message\":\"Not found\"} with every code except 204, so the response \
         likely came from a proxy or load balancer in front of it. \
         Any other code comes from a proxy or an outage: check status.shop.example."
    );
    // A body read by hand is checked against the shop's table, not the
    // standard one.
    let body = apicodes::Body::new(418, "I'm a teapot");
    assert_eq!(body.documented_in::<ShopCode>(), Ok(ShopCode::ImATeapot));
    assert!(body.documented().is_err());
    assert_eq!(
        apicodes::Body::new(410, "Gone").documented_in::<ShopCode>(),
        Err(UnknownCodeIn::new(410))
    );
    // The response's message shows the body the shop sends with its status.
    let Classified::Other(other) = classify_as::<ShopCode>(409, br#"{"error":"conflict"}"#) else {
        panic!("a 409 of the wrong shape")
    };
    assert!(
        other.to_string().starts_with(
            "unexpected 409 response: the body is JSON but not the documented \
             {\"code\":409,\"message\":\"Conflict\"} object (missing field `code`;"
        ),
        "{other}"
    );
}

/// What each route answers with, by both frameworks: the errors above,
/// framework-made answers in the shop's codes, and success.
const WIRE: &[(&str, &str, u16, &str, Option<&str>)] = &[
    (
        "GET",
        "/cart/in-cart",
        409,
        r#"{"code":409,"message":"Product 7 is already in the cart"}"#,
        None,
    ),
    (
        "GET",
        "/cart/tea",
        418,
        r#"{"code":418,"message":"I'm a teapot"}"#,
        None,
    ),
    (
        "GET",
        "/cart/throttled",
        429,
        r#"{"code":429,"message":"Too many requests"}"#,
        Some("30"),
    ),
    (
        "GET",
        "/cart/store",
        500,
        r#"{"code":500,"message":"Internal error"}"#,
        None,
    ),
    (
        "GET",
        "/cart/maintenance",
        503,
        r#"{"code":503,"message":"Server error"}"#,
        None,
    ),
    (
        "GET",
        "/cart/declined",
        402,
        r#"{"code":402,"message":"Payment \"required\""}"#,
        None,
    ),
    ("GET", "/cart/emptied", 204, "", None),
    // A panic is the server's failure: the table documents 500, so its
    // own 500 body, not the outage's.
    (
        "GET",
        "/cart/panic",
        500,
        r#"{"code":500,"message":"Internal error"}"#,
        None,
    ),
    ("GET", "/cart/ok", 200, "[]", None),
    (
        "GET",
        "/no/such/route",
        404,
        r#"{"code":404,"message":"Not found"}"#,
        None,
    ),
    (
        "DELETE",
        "/cart/tea",
        400,
        r#"{"code":400,"message":"Bad request"}"#,
        None,
    ),
];

fn error_for(case: &str) -> Option<CartError> {
    assert_ne!(case, "panic", "the handler panics on request");
    Some(match case {
        "in-cart" => CartError::InCart { id: 7 },
        "tea" => CartError::Tea,
        "throttled" => CartError::Throttled { secs: 30 },
        "store" => CartError::Store,
        "maintenance" => CartError::Maintenance,
        "declined" => CartError::Payment(PaymentError::Declined),
        "emptied" => CartError::Emptied,
        _ => return None,
    })
}

async fn check_wire(base: &str) {
    for &(method, path, status, body, retry_after) in WIRE {
        let res = crate::common::request(method, &format!("{base}{path}")).await;
        let what = format!("{method} {path}");
        assert_eq!(res.status, status, "{what}");
        assert_eq!(res.retry_after.as_deref(), retry_after, "{what}");
        if status == 204 {
            assert_eq!(res.content_type, None, "{what}");
            assert_eq!(res.content_length, None, "{what}");
        } else {
            assert_eq!(
                res.content_type.as_deref(),
                Some("application/json"),
                "{what}"
            );
        }
        assert_eq!(std::str::from_utf8(&res.body).unwrap(), body, "{what}");
        if status >= 400 && status != 503 {
            let classified = classify_as::<ShopCode>(status, &res.body);
            assert_eq!(
                classified.code().map(ShopCode::as_u16),
                Some(status),
                "{what}"
            );
        }
    }
}

mod axum_server {
    use axum::Router;
    use axum::extract::Path;
    use axum::routing::get;

    use super::{CartError, ShopCode, check_wire, error_for};

    async fn cart(Path(case): Path<String>) -> Result<axum::Json<Vec<u8>>, CartError> {
        match error_for(&case) {
            Some(err) => Err(err),
            None => Ok(axum::Json(Vec::new())),
        }
    }

    #[tokio::test]
    async fn axum_answers_in_the_tables_codes() {
        let app = Router::new()
            .route("/cart/{case}", get(cart))
            .layer(apicodes::axum::ContractLayer::<ShopCode>::for_table());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        check_wire(&format!("http://{addr}")).await;
    }
}

mod actix_server {
    use actix_web::{App, HttpResponse, HttpServer, web};

    use super::{CartError, ShopCode, check_wire, error_for};

    async fn cart(case: web::Path<String>) -> Result<HttpResponse, CartError> {
        match error_for(&case) {
            Some(err) => Err(err),
            None => Ok(HttpResponse::Ok()
                .content_type("application/json")
                .body("[]")),
        }
    }

    #[actix_web::test]
    async fn actix_answers_in_the_tables_codes() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let server = HttpServer::new(|| {
            App::new()
                .wrap(apicodes::actix::Contract::<ShopCode>::for_table())
                .service(web::resource("/cart/{case}").route(web::get().to(cart)))
                .default_service(web::to(apicodes::actix::not_found_for::<ShopCode>))
        })
        .workers(1)
        .disable_signals()
        .listen(listener)
        .unwrap()
        .run();
        let handle = server.handle();
        actix_web::rt::spawn(server);
        check_wire(&format!("http://{addr}")).await;
        handle.stop(true).await;
    }
}

/// A `Duration` works as a `Retry-After` field against any table too.
#[test]
fn retry_after_fields_are_the_same_for_any_table() {
    #[derive(Debug, ApiError)]
    #[api_error(codes = ShopCode)]
    enum Slow {
        #[api_error(code = 429, retry_after = 0)]
        For(Duration),
    }
    assert_eq!(
        Slow::For(Duration::from_millis(1500)).retry_after(),
        Some(2)
    );
    assert_eq!(
        Slow::For(Duration::from_secs(1)).to_json(),
        r#"{"code":429,"message":"Too many requests"}"#
    );
}

/// The page of `examples/own_codes.md`, as that example reads it.
#[apicodes::table(page = "../../examples/own_codes.md")]
pub enum ExampleCode {}

#[test]
fn the_examples_page_renders_back_to_itself() {
    let text = include_str!("../../../examples/own_codes.md");
    let parsed = page::parse(text).expect("the example's page parses");
    assert_eq!(Page::of::<ExampleCode>(), parsed);
    assert_eq!(page::parse(&Page::of::<ExampleCode>().render()), Ok(parsed));
    let numbers: Vec<u16> = ExampleCode::ALL.iter().map(|c| c.as_u16()).collect();
    assert_eq!(numbers, [200, 400, 404, 409, 418, 500]);
    assert_eq!(
        ExampleCode::ImATeapot.json(),
        r#"{"code":418,"message":"I'm a teapot"}"#
    );
    assert_eq!(ExampleCode::InternalError.message(), "Internal error");
    assert_eq!(ExampleCode::Conflict.title(), "CONFLICT");
}

/// A table written in Rust: its codes in an order of its own (429 before
/// 404), two codes with one message, a message outside ASCII, and no Other
/// Errors text.
#[apicodes::table]
pub enum LaxCode {
    /// Slow down.
    #[code(message = "Too many requests")]
    TooManyRequests = 429,
    /// Nothing there.
    #[code(message = "Not found")]
    NotFound = 404,
    /// The request is malformed.
    #[code(message = "Invalid request")]
    InvalidRequest = 400,
    /// #400: the same message, for a request well formed but impossible
    /// (a description may open as a heading written without its space).
    #[code(message = "Invalid request")]
    Unprocessable = 422,
    /// Already there.
    #[code(message = "Déjà présent")]
    AlreadyThere = 409,
}

/// Its titles give back its names: the message in capitals where that
/// names the variant, else the name's words; so its page reads back as
/// the same table, in its own order.
#[test]
fn a_table_in_rust_titles_its_codes_by_their_names() {
    let titles: Vec<&str> = LaxCode::ALL.iter().map(|code| code.title()).collect();
    assert_eq!(
        titles,
        [
            "TOO MANY REQUESTS",
            "NOT FOUND",
            "INVALID REQUEST",
            "UNPROCESSABLE",
            "ALREADY THERE"
        ]
    );
    assert_eq!(LaxCode::Unprocessable.message(), "Invalid request");
    assert_eq!(
        LaxCode::Unprocessable.description(),
        "#400: the same message, for a request well formed but impossible \
         (a description may open as a heading written without its space)."
    );
    assert_eq!(
        LaxCode::AlreadyThere.json(),
        "{\"code\":409,\"message\":\"Déjà présent\"}"
    );
    let page = Page::of::<LaxCode>();
    assert_eq!(page.other_errors, None);
    let numbers: Vec<u16> = page.entries.iter().map(|entry| entry.code).collect();
    assert_eq!(numbers, [429, 404, 400, 422, 409]);
    assert_eq!(page::parse(&page.render()), Ok(page));
}

/// A framework's 4xx that the table does not document is answered with
/// the table's 400, else its 422, else its lowest other 4xx (the codes
/// asking the client to act last), whatever the table's order.
#[test]
fn framework_answers_are_chosen_by_number() {
    assert_eq!(
        Status::<LaxCode>::answer_for(405),
        Some(Status::Documented(LaxCode::InvalidRequest))
    );
    assert_eq!(
        Status::<ShopCode>::answer_for(405),
        Some(Status::Documented(ShopCode::BadRequest))
    );

    /// No 400 here: the lowest 4xx, 404, listed after 429.
    #[apicodes::table]
    pub enum No400 {
        /// Slow down.
        #[code(message = "Too many requests")]
        TooManyRequests = 429,
        /// Nothing there.
        #[code(message = "Not found")]
        NotFound = 404,
    }
    assert_eq!(
        Status::<No400>::answer_for(413),
        Some(Status::Documented(No400::NotFound))
    );

    /// No 400, a 422, and a 401 and a 409 below both.
    #[apicodes::table]
    pub enum WithUnprocessable {
        /// Sign in.
        #[code(message = "Unauthorized")]
        Unauthorized = 401,
        /// Taken.
        #[code(message = "Conflict")]
        Conflict = 409,
        /// Nothing there.
        #[code(message = "Not found")]
        NotFound = 404,
        /// The body does not say what the docs ask.
        #[code(message = "Unprocessable")]
        Unprocessable = 422,
    }
    // A malformed body, a wrong method, a body over the limit: 422, never
    // the 401 that would sign a client out, nor the 409 that says
    // something else.
    for status in [400, 405, 413, 415] {
        assert_eq!(
            Status::<WithUnprocessable>::answer_for(status),
            Some(Status::Documented(WithUnprocessable::Unprocessable)),
            "{status}"
        );
    }
    assert_eq!(
        Status::<WithUnprocessable>::answer_for(401),
        Some(Status::Documented(WithUnprocessable::Unauthorized))
    );
    // An auth layer's 403 or 407 is never answered 401, which HTTP sends
    // only with `WWW-Authenticate`: without a 403 in the table, it is a
    // mistake like any other.
    for status in [403, 407] {
        assert_eq!(
            Status::<WithUnprocessable>::answer_for(status),
            Some(Status::Documented(WithUnprocessable::Unprocessable)),
            "{status}"
        );
    }
    // A status above 599 is no HTTP status, and no table's code.
    for status in [600, 999] {
        assert_eq!(
            Status::<WithUnprocessable>::answer_for(status),
            Some(Status::Other(apicodes::OtherError::INTERNAL))
        );
    }

    /// Only codes that ask the client to act: a 429 is the last resort; a
    /// 401 never answers another mistake (HTTP sends it only with
    /// `WWW-Authenticate`, and it would sign a client out).
    #[apicodes::table]
    pub enum ActOnly {
        /// Slow down.
        #[code(message = "Too many requests")]
        TooManyRequests = 429,
        /// Sign in.
        #[code(message = "Unauthorized")]
        Unauthorized = 401,
    }
    assert_eq!(
        Status::<ActOnly>::answer_for(400),
        Some(Status::Documented(ActOnly::TooManyRequests))
    );
    for status in [403, 407] {
        assert_eq!(
            Status::<ActOnly>::answer_for(status),
            Some(Status::Documented(ActOnly::TooManyRequests)),
            "{status}"
        );
    }

    /// A 403 and a 401: a refusal of credentials stays one.
    #[apicodes::table]
    pub enum Refusals {
        /// Sign in.
        #[code(message = "Unauthorized")]
        Unauthorized = 401,
        /// Not yours.
        #[code(message = "Forbidden")]
        Forbidden = 403,
        /// Nothing there.
        #[code(message = "Not found")]
        NotFound = 404,
    }
    assert_eq!(
        Status::<Refusals>::answer_for(407),
        Some(Status::Documented(Refusals::Forbidden))
    );
    assert_eq!(
        Status::<Refusals>::answer_for(401),
        Some(Status::Documented(Refusals::Unauthorized))
    );
}

/// A table with neither 400 nor 422 nor a plain 4xx answers a client's
/// mistake with the code saying the resource does not exist (here 410)
/// before those asking the client to pay or to ask for rights (402, 403),
/// whose numbers are lower.
#[test]
fn a_mistake_answers_gone_before_a_request_to_act() {
    /// Codes that ask the client to act, and one for an expired resource.
    #[apicodes::table]
    pub enum ActOrGone {
        /// Pay first.
        #[code(message = "Payment required")]
        PaymentRequired = 402,
        /// Not yours.
        #[code(message = "Forbidden")]
        Forbidden = 403,
        /// Expired.
        #[code(message = "Gone")]
        Gone = 410,
    }
    for status in [400, 404, 405, 409, 413, 415] {
        assert_eq!(
            Status::<ActOrGone>::answer_for(status),
            Some(Status::Documented(ActOrGone::Gone)),
            "{status}"
        );
    }
}

/// A 408 is answered as a 503 only where the table does not document it:
/// a table that documents 408 answers a timeout layer's 408 with its own.
#[test]
fn a_documented_408_answers_itself() {
    /// A table with its own timeout code.
    #[apicodes::table]
    pub enum WithTimeout {
        /// Not formatted as the docs say.
        #[code(message = "Bad request")]
        BadRequest = 400,
        /// The request took too long.
        #[code(message = "Request timeout")]
        RequestTimeout = 408,
    }
    assert_eq!(
        Status::<WithTimeout>::answer_for(408),
        Some(Status::Documented(WithTimeout::RequestTimeout))
    );
}

/// Without an Other Errors text, messages still say what to do (general
/// advice in place of the page's) and the OpenAPI `5XX` response still
/// has the description OpenAPI requires.
#[test]
fn a_table_without_other_errors_text() {
    #[derive(Debug, ApiError, apicodes::openapi::IntoResponses)]
    #[api_error(codes = LaxCode)]
    enum Lax {
        #[api_error(code = 404)]
        Missing,
        #[api_error(code = 503, other_error)]
        Down,
    }

    assert_eq!(
        UnknownCodeIn::<LaxCode>::new(418).to_string(),
        "response code 418 is not documented (documented: 429, 404, 400, 422, 409). \
         Check the server's status, or contact the API's operators."
    );
    let empty = apicodes::client::classify_as::<LaxCode>(404, b"").to_string();
    assert!(
        empty.ends_with(" Check the server's status, or contact the API's operators."),
        "{empty}"
    );
    let responses = serde_json::to_value(<Lax as utoipa::IntoResponses>::responses()).unwrap();
    assert_eq!(
        responses["5XX"]["description"],
        "A server error the API does not document."
    );
    assert_eq!(
        Lax::Missing.to_json(),
        r#"{"code":404,"message":"Not found"}"#
    );
    assert_eq!(
        Lax::Down.to_json(),
        r#"{"code":503,"message":"Server error"}"#
    );
}

/// The table named through `use ... as`: codes are read by that name, by
/// the declared one, or bare.
mod renamed {
    use super::ShopCode as Shop;
    use apicodes::ApiError;

    #[derive(Debug, ApiError)]
    #[api_error(codes = Shop)]
    pub enum E {
        #[api_error(code = Shop::NotFound)]
        Aliased,
        #[api_error(code = ShopCode::Conflict)]
        Declared,
        #[api_error(code = ImATeapot)]
        Bare,
    }
}

#[test]
fn a_table_is_read_by_the_name_its_path_gives() {
    assert_eq!(
        renamed::E::Aliased.code(),
        Status::Documented(ShopCode::NotFound)
    );
    assert_eq!(
        renamed::E::Declared.code(),
        Status::Documented(ShopCode::Conflict)
    );
    assert_eq!(
        renamed::E::Bare.to_json(),
        r#"{"code":418,"message":"I'm a teapot"}"#
    );
}

/// A table without error codes: messages show a body it really sends (its
/// 200's), never a 204's, which has none.
#[test]
fn messages_show_a_body_the_table_sends() {
    /// Only successes.
    #[apicodes::table]
    pub enum Calm {
        /// Done.
        #[code(message = "OK")]
        Ok = 200,
        /// Gone quietly.
        #[code(message = "No content")]
        NoContent = 204,
    }
    let Classified::Other(other) = classify_as::<Calm>(200, b"") else {
        panic!("an empty 200 is not the documented shape");
    };
    let message = other.to_string();
    assert!(
        message.contains(r#"such as {"code":200,"message":"OK"} with every code except 204"#),
        "{message}"
    );
}

/// Behind the contract layers, an endpoint documents the framework's own
/// answers as the layers send them for its table: a table documenting 422
/// gets the 422 axum's JSON rejection becomes, besides the 400; its own 500
/// for a panic.
#[test]
fn an_endpoint_documents_the_rejections_its_table_keeps() {
    /// A table with its own 422 and 500.
    #[apicodes::table]
    pub enum Strict {
        /// Malformed.
        #[code(message = "Bad request")]
        BadRequest = 400,
        /// Well formed, but wrong.
        #[code(message = "Unprocessable entity")]
        UnprocessableEntity = 422,
        /// Broke.
        #[code(message = "Internal error")]
        InternalError = 500,
    }
    #[derive(Debug, ApiError)]
    #[api_error(codes = Strict)]
    enum E {
        #[api_error(code = 400)]
        Bad,
    }
    let responses = serde_json::to_value(
        <apicodes::openapi::Endpoint<E> as utoipa::IntoResponses>::responses(),
    )
    .unwrap();
    let keys: Vec<&str> = responses
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    // A handler's own 502 is answered as that outage: `5XX`.
    assert_eq!(keys, ["400", "422", "500", "5XX"]);
    assert_eq!(
        responses["422"]["content"]["application/json"]["examples"]["Rejected by the framework"]["value"],
        serde_json::json!({"code": 422, "message": "Unprocessable entity"})
    );
    assert_eq!(
        responses["500"]["content"]["application/json"]["examples"]["Handler failure"]["value"],
        serde_json::json!({"code": 500, "message": "Internal error"})
    );
    assert_eq!(E::Bad.to_json(), r#"{"code":400,"message":"Bad request"}"#);
}

/// A code's attributes other than its doc comment pass to its variant:
/// `#[doc(hidden)]` hides it from rustdoc, and the table keeps the code.
#[test]
fn a_hidden_code_is_in_the_table() {
    /// Codes, one hidden from rustdoc.
    #[apicodes::table]
    pub enum Hidden {
        /// Shown.
        #[code(message = "Conflict")]
        Conflict = 409,
        /// Going away.
        #[doc(hidden)]
        #[code(message = "Gone")]
        Gone = 410,
    }
    assert_eq!(Hidden::ALL, [Hidden::Conflict, Hidden::Gone]);
    assert_eq!(Hidden::Gone.description(), "Going away.");
}

/// A code's default heading names it as Rust does: the message in capitals
/// where that gives the variant's name, else the name's words, so that no
/// two headings give one name and the page names each code as Rust does.
#[test]
fn default_headings_name_codes_as_rust_does() {
    /// Messages that would name other variants.
    #[apicodes::table]
    pub enum Crowded {
        /// One.
        #[code(message = "Busy")]
        Other = 400,
        /// Two.
        #[code(message = "Déjà")]
        Busy = 409,
        /// Three.
        #[code(message = "Busy too")]
        Later = 429,
    }
    let page = Page::of::<Crowded>();
    let names: Vec<Option<String>> = page.entries.iter().map(page::Entry::name).collect();
    let rust: Vec<Option<String>> = Crowded::ALL
        .iter()
        .map(|c| Some(c.name().to_owned()))
        .collect();
    assert_eq!(names, rust);
    assert_eq!(Crowded::Other.title(), "OTHER");
    assert_eq!(Crowded::Busy.title(), "BUSY");
    assert_eq!(page::parse(&page.render()), Ok(page));
}

/// Where the message in capitals gives the variant's name, it is the
/// default heading, punctuation and all, not the name's words.
#[test]
fn a_default_heading_keeps_the_messages_punctuation() {
    #[apicodes::table]
    pub enum Brewing {
        /// Short and stout.
        #[code(message = "I'm a teapot")]
        ImATeapot = 418,
    }
    assert_eq!(Brewing::ImATeapot.title(), "I'M A TEAPOT");
    let page = Page::of::<Brewing>();
    assert_eq!(page::parse(&page.render()), Ok(page));
}

/// Code generic over tables reads the number back from any table's
/// unknown-code error, and boxes it as an error.
#[test]
fn any_tables_unknown_code_gives_its_number_back() {
    fn number_of<T: Table>(status: u16) -> Option<u16> {
        T::from_u16(status)
            .is_none()
            .then(|| T::unknown(status).into())
    }
    fn boxed<T: Table>(status: u16) -> Box<dyn std::error::Error + Send + Sync> {
        Box::new(T::unknown(status))
    }
    assert_eq!(number_of::<LaxCode>(418), Some(418));
    assert_eq!(number_of::<apicodes::Code>(418), Some(418));
    assert_eq!(number_of::<apicodes::Code>(404), None);
    assert!(
        boxed::<LaxCode>(418)
            .to_string()
            .starts_with("response code 418")
    );
    assert_eq!(
        boxed::<apicodes::Code>(418).to_string(),
        apicodes::UnknownCode(418).to_string()
    );
}

/// A table without a 404, for the contract below.
#[apicodes::table]
pub enum NoMissingCode {
    /// The request is wrong.
    #[code(message = "Wrong request")]
    WrongRequest = 400,
    /// The state does not allow it.
    #[code(message = "In conflict")]
    InConflict = 409,
}

/// A table whose 404 says something else than the standard one's.
#[apicodes::table]
pub enum MenuCode {
    /// The request is wrong.
    #[code(message = "Unreadable order")]
    Unreadable = 400,
    /// Nothing by that name.
    #[code(message = "Not on the menu")]
    NotOnTheMenu = 404,
}

/// An error type that forgot `codes = MenuCode`: its answers are the
/// standard table's.
#[derive(
    Debug, thiserror::Error, ApiError, apicodes::axum::IntoResponse, apicodes::actix::ResponseError,
)]
enum ForgotTheTable {
    #[error("no dish 7")]
    #[api_error(code = 404)]
    Missing,
}

/// Under a contract for `MenuCode`, answers made for another table (the
/// error type above; the standard `not_found`) are answered again in
/// `MenuCode`'s words, though `MenuCode` documents their code too.
#[tokio::test]
async fn another_tables_answers_are_answered_in_the_contracts_table() {
    use actix_web::{App, test, web};
    use axum::Router;
    use axum::routing::get;

    let app = Router::new()
        .route(
            "/missing",
            get(|| async { Err::<(), _>(ForgotTheTable::Missing) }),
        )
        .layer(apicodes::axum::ContractLayer::<MenuCode>::for_table());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let res = crate::common::request("GET", &format!("http://{addr}/missing")).await;
    assert_eq!(res.status, 404);
    assert_eq!(res.body, br#"{"code":404,"message":"Not on the menu"}"#);

    let app = test::init_service(
        App::new()
            .wrap(apicodes::actix::Contract::<MenuCode>::for_table())
            .route(
                "/missing",
                web::get().to(|| async { Err::<String, _>(ForgotTheTable::Missing) }),
            )
            .default_service(web::to(apicodes::actix::not_found)),
    )
    .await;
    for path in ["/missing", "/nope"] {
        let res = test::call_service(&app, test::TestRequest::get().uri(path).to_request()).await;
        assert_eq!(res.status(), 404, "{path}");
        let body = test::read_body(res).await;
        assert_eq!(
            &body[..],
            br#"{"code":404,"message":"Not on the menu"}"#,
            "{path}"
        );
    }
}

/// The standard table's `not_found` under a contract for a table without
/// 404 (a setup that forgot `not_found_for`): its 404 is not passed as
/// made, but answered in the contract's table.
#[actix_web::test]
async fn a_standard_answer_under_another_tables_contract_is_answered_again() {
    use actix_web::{App, test, web};

    let app = test::init_service(
        App::new()
            .wrap(apicodes::actix::Contract::<NoMissingCode>::for_table())
            .default_service(web::to(apicodes::actix::not_found)),
    )
    .await;
    let res = test::call_service(&app, test::TestRequest::get().uri("/nope").to_request()).await;
    assert_eq!(res.status(), 400);
    let body = test::read_body(res).await;
    assert_eq!(&body[..], br#"{"code":400,"message":"Wrong request"}"#);
}

/// A message with spaces around it, written inline: its default title is
/// the message in capitals without them (a page keeps none around a
/// title), and the message keeps them, as a page's JSON block does.
#[test]
fn an_inline_message_keeps_its_spaces_and_its_title_drops_them() {
    #[apicodes::table]
    pub enum Spaced {
        /// Already there.
        #[code(message = " Conflict ")]
        Conflict = 409,
    }
    assert_eq!(Spaced::Conflict.message(), " Conflict ");
    assert_eq!(Spaced::Conflict.title(), "CONFLICT");
    assert_eq!(
        Spaced::Conflict.json(),
        r#"{"code":409,"message":" Conflict "}"#
    );
    let page = Page::of::<Spaced>();
    assert_eq!(page::parse(&page.render()), Ok(page));
}

/// A table with a 405 and a 426, and no 400 or 422.
#[apicodes::table]
pub enum MethodCode {
    /// Nothing there.
    #[code(message = "Not found")]
    NotFound = 404,
    /// Not with this method.
    #[code(message = "Method not allowed")]
    MethodNotAllowed = 405,
    /// The state does not allow it.
    #[code(message = "In conflict")]
    InConflict = 409,
    /// Switch protocols first.
    #[code(message = "Upgrade required")]
    UpgradeRequired = 426,
}

/// A 405 must list the methods allowed (`Allow`), a 426 the protocols to
/// upgrade to (`Upgrade`), a 401 or 407 how to authenticate, so none
/// answers a mistake of another kind; a 404 or 410 (the resource does not
/// exist) answers the other of the two first, any other mistake only where
/// nothing plainer is left.
#[test]
fn a_405_answers_only_a_wrong_method() {
    for status in [400, 413, 415, 422] {
        assert_eq!(
            Status::<MethodCode>::answer_for(status),
            Some(Status::Documented(MethodCode::InConflict)),
            "{status}"
        );
    }
    assert_eq!(
        Status::<MethodCode>::answer_for(405),
        Some(Status::Documented(MethodCode::MethodNotAllowed))
    );
    assert_eq!(
        Status::<MethodCode>::answer_for(404),
        Some(Status::Documented(MethodCode::NotFound))
    );

    /// Only codes HTTP sends with a header of their own: no answer for
    /// another mistake.
    #[apicodes::table]
    pub enum HeadersOnly {
        /// Sign in.
        #[code(message = "Unauthorized")]
        Unauthorized = 401,
        /// Not with this method.
        #[code(message = "Method not allowed")]
        MethodNotAllowed = 405,
        /// Through the proxy first.
        #[code(message = "Proxy authentication required")]
        ProxyAuthenticationRequired = 407,
        /// Upgrade first.
        #[code(message = "Upgrade required")]
        UpgradeRequired = 426,
    }
    for status in [400, 403, 404, 413, 422] {
        assert_eq!(
            Status::<HeadersOnly>::answer_for(status),
            Some(Status::Other(OtherError::INTERNAL)),
            "{status}"
        );
    }
    for code in HeadersOnly::ALL {
        assert_eq!(
            Status::<HeadersOnly>::answer_for(code.as_u16()),
            Some(Status::Documented(*code))
        );
    }

    /// A 410, a 429 and a 404: the resource's absence before the pace.
    #[apicodes::table]
    pub enum GoneOrSlow {
        /// Slow down.
        #[code(message = "Too many requests")]
        TooManyRequests = 429,
        /// Gone for good.
        #[code(message = "Gone")]
        Gone = 410,
        /// Nothing there.
        #[code(message = "Not found")]
        NotFound = 404,
    }
    assert_eq!(
        Status::<GoneOrSlow>::answer_for(400),
        Some(Status::Documented(GoneOrSlow::NotFound))
    );

    /// A 410, no 404.
    #[apicodes::table]
    pub enum GoneOnly {
        /// The state does not allow it.
        #[code(message = "In conflict")]
        InConflict = 409,
        /// Gone for good.
        #[code(message = "Gone")]
        Gone = 410,
    }
    assert_eq!(
        Status::<GoneOnly>::answer_for(404),
        Some(Status::Documented(GoneOnly::Gone))
    );
    assert_eq!(
        Status::<GoneOnly>::answer_for(400),
        Some(Status::Documented(GoneOnly::InConflict))
    );
    assert_eq!(
        Status::<MethodCode>::answer_for(410),
        Some(Status::Documented(MethodCode::NotFound))
    );
}

/// The bodies of `MethodCode`'s 409, 405 and 426.
const CONFLICT: &[u8] = br#"{"code":409,"message":"In conflict"}"#;
const METHOD: &[u8] = br#"{"code":405,"message":"Method not allowed"}"#;
const UPGRADE_BODY: &[u8] = br#"{"code":426,"message":"Upgrade required"}"#;

/// Under a contract for a table with a 405 and a 426, a wrong method is
/// its 405 with `Allow` (also where a route's own fallback answers it, to
/// which axum adds `Allow` outside the layer), and a 426 with `Upgrade` its
/// 426; a 426 without `Upgrade`, and in actix-web a guard declining a
/// request whose method the resource allows and a wrong method on a
/// `.route()` (which lists no methods), are answered as a client's mistake,
/// here the table's 409 (it has no 400), never as its 405 or 426 without
/// their headers nor its 404.
#[tokio::test]
async fn a_405_goes_out_only_with_its_allow() {
    use axum::Router;
    use axum::http::{StatusCode, header::UPGRADE};
    use axum::routing::get;

    let app = Router::new()
        .route("/things", get(|| async { "things" }))
        .route(
            "/upgrade",
            get(|| async { (StatusCode::UPGRADE_REQUIRED, [(UPGRADE, "h2c")], "use h2c") }),
        )
        .route(
            "/no-upgrade",
            get(|| async { (StatusCode::UPGRADE_REQUIRED, "upgrade to what?") }),
        )
        .route(
            "/own-fallback",
            get(|| async { "things" })
                .fallback(|| async { (StatusCode::METHOD_NOT_ALLOWED, "use GET") }),
        )
        .layer(apicodes::axum::ContractLayer::<MethodCode>::for_table());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let fetch = |method: &'static str, path: &'static str| {
        tokio::task::spawn_blocking(move || {
            crate::wire::fetch(addr, &crate::wire::Request::new(method, path))
        })
    };
    let res = fetch("DELETE", "/things").await.unwrap();
    assert_eq!((res.status, &res.body[..]), (405, METHOD));
    assert_eq!(res.header("allow"), Some("GET,HEAD"));
    let res = fetch("GET", "/nowhere").await.unwrap();
    assert_eq!(
        (res.status, &res.body[..]),
        (404, br#"{"code":404,"message":"Not found"}"#.as_slice())
    );
    let res = fetch("GET", "/upgrade").await.unwrap();
    assert_eq!((res.status, &res.body[..]), (426, UPGRADE_BODY));
    assert_eq!(res.header("upgrade"), Some("h2c"));
    let res = fetch("GET", "/no-upgrade").await.unwrap();
    assert_eq!((res.status, &res.body[..]), (409, CONFLICT));
    let res = fetch("DELETE", "/own-fallback").await.unwrap();
    assert_eq!((res.status, &res.body[..]), (405, METHOD));
    assert_eq!(res.header("allow"), Some("GET,HEAD"));
}

/// [`a_405_goes_out_only_with_its_allow`] in actix-web.
#[actix_web::test]
async fn a_405_goes_out_only_with_its_allow_in_actix() {
    use actix_web::{App, HttpResponse, guard, test, web};

    let app = test::init_service(
        App::new()
            .route("/route", web::get().to(|| async { "route" }))
            .route(
                "/upgrade",
                web::get().to(|| async {
                    HttpResponse::build(actix_web::http::StatusCode::UPGRADE_REQUIRED)
                        .insert_header(("upgrade", "h2c"))
                        .body("use h2c")
                }),
            )
            .route(
                "/no-upgrade",
                web::get().to(|| async {
                    HttpResponse::build(actix_web::http::StatusCode::UPGRADE_REQUIRED)
                        .body("upgrade to what?")
                }),
            )
            .service(web::resource("/resource").get(|| async { "resource" }))
            .service(
                web::resource("/guarded").route(
                    web::get()
                        .guard(guard::Header("x-key", "1"))
                        .to(|| async { "guarded" }),
                ),
            )
            .default_service(web::to(apicodes::actix::not_found_for::<MethodCode>))
            .wrap(apicodes::actix::Contract::<MethodCode>::for_table()),
    )
    .await;
    for (method, path, status, body, allow) in [
        ("DELETE", "/resource", 405, METHOD, Some("GET, HEAD")),
        ("DELETE", "/route", 409, CONFLICT, None),
        ("GET", "/guarded", 409, CONFLICT, None),
        ("GET", "/upgrade", 426, UPGRADE_BODY, None),
        ("GET", "/no-upgrade", 409, CONFLICT, None),
        (
            "GET",
            "/nowhere",
            404,
            br#"{"code":404,"message":"Not found"}"#.as_slice(),
            None,
        ),
    ] {
        let req = test::TestRequest::default()
            .method(method.parse().unwrap())
            .uri(path)
            .to_request();
        let res = test::call_service(&app, req).await;
        assert_eq!(res.status(), status, "{method} {path}");
        assert_eq!(
            res.headers()
                .get("allow")
                .map(|value| value.to_str().unwrap()),
            allow,
            "{method} {path}"
        );
        assert_eq!(&test::read_body(res).await[..], body, "{method} {path}");
    }
}

/// The standard table is one table among others: named explicitly, as
/// `codes = apicodes::Code` or `codes = ::apicodes::Code`, the derive
/// checks against it as it does by default.
#[test]
fn the_standard_table_can_be_named_like_any_other() {
    mod named {
        #[derive(Debug, apicodes::ApiError)]
        #[api_error(codes = apicodes::Code)]
        pub enum ByPath {
            #[api_error(code = 404, message = "No cart {0}")]
            Missing(u32),
            #[api_error(code = Code::Gone)]
            Gone,
        }

        #[derive(Debug, apicodes::ApiError)]
        #[api_error(codes = ::apicodes::Code, code = TooManyRequests)]
        pub struct ByName;
    }
    assert_eq!(
        named::ByPath::Missing(7).to_json(),
        r#"{"code":404,"message":"No cart 7"}"#
    );
    assert_eq!(named::ByPath::Gone.code(), apicodes::Code::Gone);
    assert_eq!(
        named::ByName.to_json(),
        r#"{"code":429,"message":"Too many requests"}"#
    );
    assert_eq!(
        <named::ByPath as ApiErrorDocs>::CODES,
        CodeSet::from_numbers(&[404, 410])
    );
}

/// Tables and errors the path test below names from the crate root.
mod probe {
    pub mod b {
        #[apicodes::table]
        pub enum Shop {
            /// The cart already holds it.
            #[code(message = "Already in the cart")]
            Conflict = 409,
        }
    }

    #[derive(Debug, apicodes::ApiError)]
    #[api_error(codes = crate::test_own_table::probe::b::Shop)]
    pub enum Written {
        #[api_error(code = b::Shop::Conflict)]
        Tail,
        #[api_error(code = Shop::Conflict)]
        Name,
        #[api_error(code = crate::test_own_table::probe::b::Shop::Conflict)]
        Whole,
    }
}

/// A code's path is matched against the table's by its end: with `codes =
/// crate::test_own_table::probe::b::Shop`, `b::Shop::Conflict`,
/// `Shop::Conflict` and the whole path name the same code.
#[test]
fn a_code_may_name_its_table_by_any_end_of_its_path() {
    use probe::Written;
    for err in [Written::Tail, Written::Name, Written::Whole] {
        assert_eq!(err.code(), probe::b::Shop::Conflict);
        assert_eq!(
            err.to_json(),
            r#"{"code":409,"message":"Already in the cart"}"#
        );
    }
}

/// A table's codes run from 100 to 599, both ends taken; an error may be
/// the 599.
#[test]
fn a_table_takes_both_ends_of_the_status_range() {
    mod ends {
        #[apicodes::table]
        pub enum Ends {
            /// Go on.
            #[code(message = "Continue")]
            Continue = 100,
            /// The network is down.
            #[code(message = "Network down")]
            Down = 599,
        }

        #[derive(Debug, apicodes::ApiError)]
        #[api_error(codes = Ends, code = 599)]
        pub struct Unreachable;
    }
    assert_eq!(u16::from(ends::Ends::Continue), 100);
    assert_eq!(
        ends::Unreachable.to_json(),
        r#"{"code":599,"message":"Network down"}"#
    );
}

/// The standard table imported by `use` is named like any table; and where
/// a module of the user's own takes the crate's name, `apicodes::Code`
/// names that module's table, as the path says.
#[test]
fn code_is_named_by_any_path_that_reaches_it() {
    mod imported {
        use apicodes::Code;
        use apicodes::Code as Standard;

        #[derive(Debug, apicodes::ApiError)]
        #[api_error(codes = Code, code = Gone)]
        pub struct Expired;

        #[derive(Debug, apicodes::ApiError)]
        #[api_error(codes = Standard, code = Standard::NotFound)]
        pub struct Missing;
    }
    mod shadowed {
        pub mod apicodes {
            #[::apicodes::table]
            pub enum Code {
                /// Gone.
                #[code(message = "Gone for good")]
                Gone = 410,
            }
        }

        #[derive(Debug, ::apicodes::ApiError)]
        #[api_error(codes = apicodes::Code, code = Gone)]
        pub struct Vanished;
    }
    assert_eq!(imported::Expired.code(), apicodes::Code::Gone);
    assert_eq!(
        imported::Expired.to_json(),
        r#"{"code":410,"message":"Gone"}"#
    );
    assert_eq!(
        imported::Missing.to_json(),
        r#"{"code":404,"message":"Not found"}"#
    );
    assert_eq!(shadowed::Vanished.code(), shadowed::apicodes::Code::Gone);
    assert_eq!(
        shadowed::Vanished.to_json(),
        r#"{"code":410,"message":"Gone for good"}"#
    );
}

/// A table of one's own named `Code`, beside the crate's (the standard
/// table): `codes = Code` names the own one, `codes = apicodes::Code` the
/// standard one. (Beside a glob import, `use apicodes::*;`, the name would
/// be ambiguous, the crate's `Code` being a macro too: error E0659.)
mod own_table_named_code {
    use apicodes::ApiError;

    #[apicodes::table]
    pub enum Code {
        /// The state does not allow it.
        #[code(message = "In conflict")]
        Conflict = 409,
    }

    #[derive(Debug, ApiError)]
    #[api_error(codes = Code, code = Conflict)]
    pub struct Busy;

    #[derive(Debug, ApiError)]
    #[api_error(codes = apicodes::Code, code = Gone)]
    pub struct Vanished;

    #[test]
    fn each_path_names_its_table() {
        assert_eq!(Busy.to_json(), r#"{"code":409,"message":"In conflict"}"#);
        assert_eq!(Vanished.to_json(), r#"{"code":410,"message":"Gone"}"#);
    }
}

/// An inline table a `macro_rules!` writes: its codes arrive as fragments.
mod table_from_a_macro {
    macro_rules! table {
        ($name:ident, $literal:literal, $expr:expr) => {
            #[apicodes::table]
            pub enum $name {
                /// Taken.
                #[code(message = "Taken")]
                Taken = $literal,
                /// Locked.
                #[code(message = "Locked")]
                Locked = $expr,
            }
        };
    }
    table!(MacroCode, 409, 423);

    #[test]
    fn codes_arrive_as_fragments() {
        assert_eq!(MacroCode::Taken.as_u16(), 409);
        assert_eq!(MacroCode::Locked.as_u16(), 423);
    }
}

/// An own table's unknown-code and parse errors name their table in
/// `Debug`, so that an `unwrap()` says which table refused.
#[test]
fn an_unknown_code_of_a_table_says_which_in_debug() {
    assert_eq!(
        format!("{:?}", UnknownCodeIn::<MenuCode>::new(418)),
        "UnknownCodeIn<MenuCode>(418)"
    );
    assert_eq!(
        format!("{:?}", apicodes::UnknownCode(418)),
        "UnknownCode(418)"
    );
    assert_eq!(
        format!("{:?}", "tea\"pot".parse::<MenuCode>().unwrap_err()),
        r#"ParseCodeError<MenuCode> { input: "tea\"pot" }"#
    );
    assert_eq!(
        format!("{:?}", "teapot".parse::<apicodes::Code>().unwrap_err()),
        r#"ParseCodeError<Code> { input: "teapot" }"#
    );
}

/// Tables named as the generic parameters of the impls a table gets
/// (`D` of `Deserialize::deserialize`, `S` of `serialize`, `T`, `E`): each
/// name means the table.
mod tables_named_like_generic_parameters {
    macro_rules! tables {
        ($($name:ident = $code:literal),*) => {$(
            #[apicodes::table]
            pub enum $name {
                /// Taken.
                #[code(message = "Taken")]
                Taken = $code,
            }
        )*};
    }
    tables!(D = 409, S = 410, T = 418, E = 422);

    #[test]
    fn each_is_its_table() {
        assert_eq!(serde_json::to_string(&D::Taken).unwrap(), "409");
        assert_eq!(serde_json::from_str::<D>("409").unwrap(), D::Taken);
        assert_eq!(serde_json::from_str::<S>("410").unwrap(), S::Taken);
        assert_eq!(serde_json::from_str::<T>("418").unwrap(), T::Taken);
        assert_eq!(serde_json::from_str::<E>("422").unwrap(), E::Taken);
        assert!(serde_json::from_str::<D>("410").is_err());
        assert_eq!(D::Taken.json(), r#"{"code":409,"message":"Taken"}"#);
    }
}

/// What `FromStr` says for a text no code of the table matches: the
/// table's own sample (404 where documented, else its first code), and for
/// a table without codes (what a failed declaration leaves) that it has
/// none.
mod parse_errors_name_the_tables_codes {
    #[apicodes::table]
    pub enum Fine {
        /// All good.
        #[code(message = "OK")]
        Ok = 200,
        /// Gone for good.
        #[code(message = "Deleted")]
        Deleted = 204,
    }

    apicodes::__private_0_1::codeless_table! {
        pub enum Nothing {}
    }

    /// Names that read alike but for case or separators.
    #[apicodes::table]
    #[allow(non_camel_case_types)]
    pub enum Alike {
        /// Sign in first.
        #[code(message = "Sign in")]
        SignIn = 401,
        /// Sign-in is disabled.
        #[code(message = "Signin disabled")]
        Signin = 403,
        /// No such thing.
        #[code(message = "Not found")]
        NOT_FOUND = 404,
    }

    /// A code spelled otherwise is named where only one can be meant.
    #[test]
    fn a_code_spelled_otherwise_is_named_when_only_one_is_meant() {
        let hint = |meant: &str| {
            format!(
                "did you mean {meant}? write a code's number without spaces, a sign or leading \
                 zeros, or its variant name as spelled"
            )
        };
        for (input, meant) in [
            // Separators on either side do not count, nor case.
            ("not_found", "`404` (`NOT_FOUND`)"),
            ("Not-Found", "`404` (`NOT_FOUND`)"),
            ("NotFound", "`404` (`NOT_FOUND`)"),
            (" 0404 ", "`404` (`NOT_FOUND`)"),
        ] {
            let message = input.parse::<Alike>().unwrap_err().to_string();
            assert_eq!(
                message,
                format!(
                    "`{input}` is not a documented response code; {}",
                    hint(meant)
                ),
            );
        }
        // Two names read alike: no guess.
        for input in ["SIGNIN", "sign_in", "Sign-In"] {
            assert_eq!(
                input.parse::<Alike>().unwrap_err().to_string(),
                format!(
                    "`{input}` is not a documented response code; expected a number such as \
                     `404` or a variant name such as `NOT_FOUND` (documented: 401, 403, 404)"
                )
            );
        }
    }

    /// A body of the wrong shape is told with this table's example, and
    /// no code or message of another table.
    #[test]
    fn a_wrong_shape_names_no_other_table_s_code() {
        for body in [
            &br#"{"code":200}"#[..],
            br#"{"code":200,"message":null}"#,
            br#"{"code":"200","message":"OK"}"#,
            b"[200]",
        ] {
            let message = apicodes::classify_as::<Fine>(200, body).to_string();
            assert!(
                message.contains(r#"{"code":200,"message":"OK"}"#),
                "{message}"
            );
            assert!(
                !message.contains("404") && !message.contains("Not found"),
                "{message}"
            );
        }
    }

    #[test]
    fn each_says_what_it_documents() {
        assert_eq!(
            "404".parse::<Fine>().unwrap_err().to_string(),
            "`404` is not a documented response code; expected a number such as `200` or a \
             variant name such as `Ok` (documented: 200, 204)"
        );
        assert!(Nothing::ALL.is_empty());
        assert_eq!(
            "404".parse::<Nothing>().unwrap_err().to_string(),
            "`404` is not a documented response code; the table documents none"
        );
    }
}

/// A table documenting codes HTTP sends without content (RFC 9110): a
/// 1xx, a 205 and a 304, beside an error code.
#[apicodes::table]
pub enum Conditional {
    /// Switch to the protocol `Upgrade` names.
    #[code(message = "Switching protocols")]
    SwitchingProtocols = 101,
    /// Hints before the answer.
    #[code(message = "Early hints")]
    EarlyHints = 103,
    /// Clear the form you sent.
    #[code(message = "Reset content")]
    ResetContent = 205,
    /// Your copy is current.
    #[code(message = "Not modified")]
    NotModified = 304,
    /// Nothing there.
    #[code(message = "Not found")]
    NotFound = 404,
}

/// The codes of `Conditional` sent without content.
const BODILESS: [Conditional; 4] = [
    Conditional::SwitchingProtocols,
    Conditional::EarlyHints,
    Conditional::ResetContent,
    Conditional::NotModified,
];

/// Every code HTTP sends without content goes without a body and without
/// `content-type`, in every part of the crate, as a 204 does; the others
/// keep theirs.
#[test]
fn codes_sent_without_content_have_no_body_anywhere() {
    use apicodes::http::ErrorResponse;

    for code in BODILESS {
        let number = code.as_u16();
        assert!(!Status::from(code).has_body(), "{number}");
        let plan = ErrorResponse::new(&code);
        if number < 200 {
            // No error's answer is a 1xx: an outage instead.
            assert_eq!(plan.code(), Status::<Conditional>::internal());
            assert_eq!(
                plan.body(),
                Some(r#"{"code":500,"message":"Server error"}"#)
            );
            assert_eq!(apicodes::axum::into_response(&code).status(), 500);
            assert_eq!(apicodes::actix::error_response(&code).status(), 500);
            assert_eq!(apicodes::actix::status_code(&code), 500);
        } else {
            assert_eq!((plan.content_type(), plan.body()), (None, None), "{number}");
            let res: http::Response<String> = plan.into_response();
            assert!(res.headers().is_empty(), "{number}");
            assert_eq!(res.body(), "", "{number}");

            let res = apicodes::axum::into_response(&code);
            assert_eq!(res.status().as_u16(), number);
            assert!(res.headers().get("content-type").is_none(), "{number}");
            let res = apicodes::actix::error_response(&code);
            assert_eq!(res.status().as_u16(), number);
            assert!(res.headers().get("content-type").is_none(), "{number}");
        }

        assert_eq!(
            classify_as::<Conditional>(number, b""),
            Classified::NoContent { code }
        );
        let Classified::Other(other) = classify_as::<Conditional>(number, b"{}") else {
            panic!("a body on a {number}")
        };
        assert_eq!(
            other.reason(),
            &Reason::BodyOnNoContent {
                status: number,
                len: 2
            }
        );
        assert!(
            other.to_string().starts_with(&format!(
                "unexpected {number} response: a {number} response has no content (RFC 9110), \
                 but this one has 2 bytes"
            )),
            "{other}"
        );
    }
    assert!(Status::from(Conditional::NotFound).has_body());
    assert_eq!(
        ErrorResponse::new(&Conditional::NotFound).body(),
        Some(r#"{"code":404,"message":"Not found"}"#)
    );
    let Classified::Other(other) = classify_as::<Conditional>(404, b"") else {
        panic!("an empty 404")
    };
    assert_eq!(
        other.reason().to_string(),
        "the body is empty, but the API sends a JSON body such as \
         {\"code\":404,\"message\":\"Not found\"} with every code except 101, 103, 205 and 304, so \
         the response likely came from a proxy or load balancer in front of it. Check the \
         server's status, or contact the API's operators."
    );

    // The catalogue says so where it would show the body; the page keeps
    // each code's block, which documents its message.
    let catalogue = page::catalogue::<Conditional>("Conditional");
    let sections: Vec<&str> = catalogue.split("\n### ").skip(1).collect();
    assert_eq!(sections.len(), 5);
    for (section, code) in sections.iter().zip(Conditional::ALL) {
        let body = Status::from(*code).has_body();
        assert_eq!(section.contains("Sent without a body."), !body, "{section}");
        assert_eq!(section.contains("```c"), body, "{section}");
    }
    assert_eq!(
        page::parse(&Page::of::<Conditional>().render()),
        Ok(Page::of::<Conditional>())
    );

    // So does the OpenAPI document.
    let responses = serde_json::to_value(apicodes::openapi::responses::<Conditional>()).unwrap();
    for code in BODILESS {
        let response = &responses[code.as_u16().to_string()];
        assert_eq!(response["description"], code.description());
        assert!(response.get("content").is_none(), "{response}");
    }
    assert_eq!(
        responses["404"]["content"]["application/json"]["examples"]["NotFound"]["value"],
        serde_json::json!({"code": 404, "message": "Not found"})
    );
}

/// On the wire, under each framework's contract: a 205 and a 304 carry
/// neither body nor `content-type`, and a 205 says its content is empty.
mod bodiless_on_the_wire {
    use super::Conditional;

    const OUTAGE: &str = r#"{"code":500,"message":"Server error"}"#;

    /// The headers and body of `GET {path}`.
    async fn get(addr: std::net::SocketAddr, path: &'static str) -> crate::wire::Response {
        tokio::task::spawn_blocking(move || {
            crate::wire::fetch(addr, &crate::wire::Request::new("GET", path))
        })
        .await
        .unwrap()
    }

    /// A 1xx as a final response, which HTTP does not allow (hyper would
    /// send an empty 500 and close the connection): a table's 103 sent as
    /// itself, a handler's bare 100, an error's response given a 100; or a
    /// table's 101 sent as itself, without the `Upgrade` a 101 needs (hyper
    /// would hand the connection over to no one). Each
    /// is the server's failure, in the documented shape: `Conditional`
    /// documents no 500, so the outage 500.
    async fn check_final_1xx(addr: std::net::SocketAddr) {
        for path in ["/hints", "/switching", "/continue", "/restatused"] {
            let res = get(addr, path).await;
            assert_eq!(res.status, 500, "{path}");
            assert_eq!(String::from_utf8_lossy(&res.body), OUTAGE, "{path}");
        }
    }

    fn check(res: &crate::wire::Response, status: u16) {
        assert_eq!(res.status, status);
        assert!(res.body.is_empty(), "{status}: {:?}", res.body);
        for (name, value) in &res.headers {
            assert!(
                !["content-type", "content-encoding"].contains(&name.as_str()),
                "{status}: {name}: {value}"
            );
            if name == "content-length" {
                assert_eq!((status, value.as_str()), (205, "0"));
            }
        }
    }

    #[tokio::test]
    async fn axum() {
        use axum::Router;
        use axum::routing::get as route;

        let app = Router::new()
            .route(
                "/reset",
                route(|| async { apicodes::axum::into_response(&Conditional::ResetContent) }),
            )
            .route(
                "/cached",
                route(|| async { apicodes::axum::into_response(&Conditional::NotModified) }),
            )
            .route(
                "/hints",
                route(|| async { apicodes::axum::into_response(&Conditional::EarlyHints) }),
            )
            .route(
                "/switching",
                route(|| async { apicodes::axum::into_response(&Conditional::SwitchingProtocols) }),
            )
            .route("/continue", route(|| async { http::StatusCode::CONTINUE }))
            .route(
                "/restatused",
                route(|| async {
                    (
                        http::StatusCode::CONTINUE,
                        apicodes::axum::into_response(&Conditional::NotFound),
                    )
                }),
            )
            .layer(apicodes::axum::ContractLayer::<Conditional>::for_table());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        check(&get(addr, "/reset").await, 205);
        check(&get(addr, "/cached").await, 304);
        check_final_1xx(addr).await;
    }

    #[actix_web::test]
    async fn actix() {
        use actix_web::{App, HttpServer, web};

        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let server = HttpServer::new(|| {
            App::new()
                .wrap(apicodes::actix::Contract::<Conditional>::for_table())
                .route(
                    "/reset",
                    web::get().to(|| async {
                        apicodes::actix::error_response(&Conditional::ResetContent)
                    }),
                )
                .route(
                    "/cached",
                    web::get().to(|| async {
                        apicodes::actix::error_response(&Conditional::NotModified)
                    }),
                )
                .route(
                    "/hints",
                    web::get()
                        .to(|| async { apicodes::actix::error_response(&Conditional::EarlyHints) }),
                )
                .route(
                    "/switching",
                    web::get().to(|| async {
                        apicodes::actix::error_response(&Conditional::SwitchingProtocols)
                    }),
                )
                .route(
                    "/continue",
                    web::get().to(|| async {
                        actix_web::HttpResponse::new(actix_web::http::StatusCode::CONTINUE)
                    }),
                )
                .route(
                    "/restatused",
                    web::get().to(|| async {
                        let mut res = apicodes::actix::error_response(&Conditional::NotFound);
                        *res.status_mut() = actix_web::http::StatusCode::CONTINUE;
                        res
                    }),
                )
        })
        .workers(1)
        .disable_signals()
        .listen(listener)
        .unwrap()
        .run();
        let handle = server.handle();
        actix_web::rt::spawn(server);
        check(&get(addr, "/reset").await, 205);
        check(&get(addr, "/cached").await, 304);
        check_final_1xx(addr).await;
        handle.stop(true).await;
    }
}

/// An own table's codes are errors of their own, as `Code`'s are, and its
/// statuses convert from numbers by its own page.
#[test]
fn own_codes_are_errors() {
    let error: Box<dyn std::error::Error> = Box::new(ShopCode::ImATeapot);
    assert_eq!(error.to_string(), "418 I'm a teapot");
    assert_eq!(
        Status::<ShopCode>::try_from(409),
        Ok(Status::Documented(ShopCode::Conflict))
    );
    // 500 is documented by this table: no outage.
    assert_eq!(
        Status::<ShopCode>::try_from(500),
        Ok(Status::Documented(ShopCode::InternalError))
    );
    assert_eq!(
        Status::<ShopCode>::try_from(503),
        Ok(Status::Other(OtherError::new(503).expect("a 5xx")))
    );
    let err = Status::<ShopCode>::try_from(410).expect_err("410 is not the shop's");
    // The table's own error, as from the code's `TryFrom` and a status line.
    assert_eq!(Err(err), ShopCode::try_from(410));
    assert_eq!(
        Err(err),
        Status::<ShopCode>::try_from(http::StatusCode::GONE)
    );
    assert!(
        err.to_string()
            .starts_with("response code 410 is not documented (documented: 200, 204, 400,"),
        "{err}"
    );
}

/// An attribute reached through a module named `code` is not a misplaced
/// `#[code(...)]`: the table passes it on.
mod code {
    pub use core::prelude::v1::derive as derive_in;
}

/// A table with a derive named through `code::`.
#[apicodes::table]
#[code::derive_in(Default)]
pub enum ThroughCode {
    /// Already there.
    #[code(message = "Conflict")]
    #[default]
    Conflict = 409,
}

#[test]
fn an_attribute_through_a_module_named_code_is_passed_on() {
    assert_eq!(ThroughCode::default(), ThroughCode::Conflict);
}

/// A table with two derives of its own: both are kept.
#[apicodes::table]
#[derive(Default, utoipa::ToSchema)]
pub enum TwoDerives {
    /// Already there.
    #[code(message = "Conflict")]
    #[default]
    Conflict = 409,
}

#[test]
fn a_tables_own_derives_are_all_kept() {
    assert_eq!(TwoDerives::default(), TwoDerives::Conflict);
    assert_eq!(<TwoDerives as utoipa::ToSchema>::name(), "TwoDerives");
}

/// Deprecated tables, one directly and one through `cfg_attr`: their own
/// impls report no use of them, so `deny(deprecated)` holds here.
#[deny(deprecated)]
mod deprecated_table {
    /// The first version's codes.
    #[deprecated = "use ShopCode"]
    #[apicodes::table]
    pub enum OldCode {
        /// The cart already holds this item.
        #[code(message = "Conflict")]
        Conflict = 409,
    }

    #[cfg_attr(all(), deprecated = "use ShopCode")]
    #[apicodes::table(page = "shop-codes.md")]
    pub enum OlderCode {}
}

#[test]
#[allow(deprecated)]
fn a_deprecated_table_works_where_its_use_is_allowed() {
    use deprecated_table::{OldCode, OlderCode};

    #[derive(Debug, ApiError)]
    #[api_error(codes = OldCode, code = 409)]
    struct Taken;

    assert_eq!(Taken.to_json(), r#"{"code":409,"message":"Conflict"}"#);
    assert_eq!("409".parse::<OldCode>(), Ok(OldCode::Conflict));
    assert_eq!(
        OlderCode::from_u16(418).map(OlderCode::message),
        Some("I'm a teapot")
    );
}

/// A table that documents 416, for range requests.
#[apicodes::table]
pub enum RangeCode {
    /// The request is wrong.
    #[code(message = "Bad request")]
    BadRequest = 400,
    /// The range asked for is not in the file.
    #[code(message = "Range not satisfiable")]
    OutOfRange = 416,
}

/// A file server's 416 keeps its `Content-Range` (the file's length, which
/// a client resuming a download reads) when a table that documents 416
/// answers it in its shape; with the standard table it is a 400, which
/// has none.
#[tokio::test]
async fn a_416_keeps_its_content_range_where_the_table_documents_it() {
    use axum::Router;
    use axum::body::{Body, to_bytes};
    use axum::http::{Request, StatusCode, header};
    use axum::response::IntoResponse;
    use tower::ServiceExt as _;

    async fn past_the_end() -> axum::response::Response {
        (
            StatusCode::RANGE_NOT_SATISFIABLE,
            [(header::CONTENT_RANGE, "bytes */1336")],
            "no such range",
        )
            .into_response()
    }
    let answer = |app: Router| async move {
        let res = app
            .oneshot(Request::get("/file").body(Body::empty()).unwrap())
            .await
            .unwrap();
        let range = res.headers().get(header::CONTENT_RANGE).cloned();
        let body = to_bytes(res.into_body(), usize::MAX).await.unwrap();
        (range, body)
    };
    let ranged = Router::new()
        .route("/file", axum::routing::get(past_the_end))
        .layer(apicodes::axum::ContractLayer::<RangeCode>::for_table());
    let (range, body) = answer(ranged).await;
    assert_eq!(range.unwrap(), "bytes */1336");
    assert_eq!(body, r#"{"code":416,"message":"Range not satisfiable"}"#);
    let standard = Router::new()
        .route("/file", axum::routing::get(past_the_end))
        .layer(apicodes::axum::ContractLayer::new());
    let (range, body) = answer(standard).await;
    assert_eq!(range, None);
    assert_eq!(body, r#"{"code":400,"message":"Bad request"}"#);
}

/// A template whose only escape is a `}}`.
#[derive(Debug, ApiError)]
#[api_error(codes = ShopCode)]
#[expect(dead_code, reason = "documented here, never sent")]
enum Braced {
    /// No such order.
    #[api_error(code = 404, message = "Order {0} is not in the set}}")]
    NoOrder(u32),
}

#[test]
fn the_catalogue_explains_a_closing_brace_escape_alone() {
    assert!(page::catalogue::<Braced>("Braced").ends_with(
        "```c\n{ \"code\": 404, \"message\": \"Order {0} is not in the set}}\" }\n```\n\n\
         The message is filled in from the error's fields, as `{field}` marks; `{{` and `}}` \
         are sent as `{` and `}`.\n"
    ));
}
