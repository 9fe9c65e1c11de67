//! The client side: `classify` sorts any status and body bytes into a
//! documented code, an empty 204, or "other" with a reason, and never panics.
#![deny(warnings, clippy::pedantic)]

use apicodes::client::{Classified, Other, Reason, classify};
use apicodes::{Body, Code, OTHER_ERRORS, UnknownCode};
use proptest::prelude::*;

/// The `Other` inside, or a failure naming what came back instead.
fn other(res: Classified) -> Other {
    match res {
        Classified::Other(other) => other,
        res => panic!("expected Classified::Other, got {res:?}"),
    }
}

fn reason(status: u16, body: &[u8]) -> Reason {
    other(classify(status, body)).reason().clone()
}

#[test]
fn every_documented_code_with_its_documented_body_comes_back() {
    for &code in Code::ALL.iter().filter(|&&code| code != Code::NoContent) {
        let res = classify(code.as_u16(), code.json().as_bytes());
        assert_eq!(
            res,
            Classified::Documented {
                code,
                body: Body::from(code)
            }
        );
        assert_eq!(res.code(), Some(code));
        assert_eq!(res.status(), code.as_u16());
    }
}

/// Every example body of the vendored documentation, spaces and all.
#[test]
fn the_documentations_own_examples_are_accepted() {
    let spec = include_str!("../../spec/response-codes.md");
    let mut seen = Vec::new();
    for section in spec.split("\n### ").skip(1) {
        let number: u16 = section[..3].parse().unwrap();
        let example = section
            .lines()
            .skip_while(|line| !line.starts_with("```c"))
            .nth(1)
            .unwrap();
        assert!(example.contains(": "), "the example has spaces: {example}");
        let code = Code::try_from(number).unwrap();
        if code == Code::NoContent {
            // A 204 is sent without a body, so its example never arrives.
            assert_eq!(
                reason(204, example.as_bytes()),
                Reason::BodyOnNoContent {
                    status: 204,
                    len: example.len()
                }
            );
            continue;
        }
        match classify(number, example.as_bytes()) {
            Classified::Documented { code: got, body } => {
                assert_eq!(got, code);
                assert_eq!(body, Body::from(code));
            }
            res => panic!("{example}: {res:?}"),
        }
        seen.push(number);
    }
    assert_eq!(
        seen,
        [200, 201, 202, 400, 401, 402, 403, 404, 410, 429, 507]
    );
}

#[test]
fn custom_messages_unknown_fields_and_escapes_are_kept() {
    let res = classify(
        404,
        br#" {"trace":{"id":[1,2]},"message":"No user \"7\"\n","code":404} "#,
    );
    let Classified::Documented { code, body } = res else {
        panic!("{res:?}")
    };
    assert_eq!(code, Code::NotFound);
    assert_eq!(body, Body::new(404, "No user \"7\"\n"));
}

#[test]
fn an_empty_204_is_no_content() {
    let res = classify(204, b"");
    assert_eq!(
        res,
        Classified::NoContent {
            code: Code::NoContent
        }
    );
    assert_eq!(res.code(), Some(Code::NoContent));
    assert_eq!(res.to_string(), "204 No content");
}

#[test]
fn a_204_with_a_body_is_other() {
    let other = other(classify(204, br#"{"code":204,"message":"No content"}"#));
    assert_eq!(other.status(), 204);
    assert_eq!(
        other.reason(),
        &Reason::BodyOnNoContent {
            status: 204,
            len: 35
        }
    );
    assert_eq!(other.body(), Some(&Body::from(Code::NoContent)));
    assert_eq!(
        reason(204, b" "),
        Reason::BodyOnNoContent {
            status: 204,
            len: 1
        }
    );
}

#[test]
fn an_undocumented_status_is_other_with_the_spec_advice() {
    let html = b"<html><head><title>502 Bad Gateway</title></head></html>";
    let proxy = other(classify(502, html));
    assert_eq!(proxy.status(), 502);
    assert_eq!(
        proxy.reason(),
        &Reason::UndocumentedStatus(UnknownCode::new(502))
    );
    assert_eq!(proxy.body(), None);
    let message = proxy.to_string();
    assert!(
        message.starts_with("unexpected 502 response: response code 502 is not documented"),
        "{message}"
    );
    assert!(message.ends_with(OTHER_ERRORS), "{message}");

    // A well-formed body does not make an undocumented status documented,
    // but it is kept.
    let internal = other(classify(500, br#"{"code":500,"message":"Internal"}"#));
    assert_eq!(
        internal.reason(),
        &Reason::UndocumentedStatus(UnknownCode::new(500))
    );
    assert_eq!(internal.body(), Some(&Body::new(500, "Internal")));
    for status in [0, 100, 203, 302, 418, 503, 999, 1000, u16::MAX] {
        assert_eq!(
            reason(status, b""),
            Reason::UndocumentedStatus(UnknownCode::new(status))
        );
    }
}

#[test]
fn an_empty_body_is_other() {
    assert_eq!(reason(404, b""), Reason::EmptyBody);
    assert_eq!(reason(429, b" \r\n\t"), Reason::EmptyBody);
    assert_eq!(
        reason(404, b"").to_string(),
        format!(
            "the body is empty, but the API sends a JSON body such as \
             {{\"code\":404,\"message\":\"Not found\"}} with every code except 204, so the \
             response likely came from a proxy or load balancer in front of it. {OTHER_ERRORS}"
        )
    );
}

#[test]
fn a_body_that_is_not_json_is_other() {
    let cases: [(&[u8], &str); 7] = [
        (
            b"<html>Not Found</html>",
            "expected value at line 1 column 1",
        ),
        (b"Not found", "expected value at line 1 column 1"),
        (
            br#"{"code":404,"message":"Not found""#,
            "EOF while parsing an object at line 1 column 33",
        ),
        (
            br#"{"code":"x","message":"Not found"} trailing"#,
            "trailing characters at line 1 column 36",
        ),
        (
            b"{\"code\":404,\"message\":\"\xff\"}",
            "invalid UTF-8 at line 1 column 24",
        ),
        // In a field the documented shape does not read, too.
        (
            b"{\"code\":404,\"message\":\"Not found\",\"x\":\"\xff\"}",
            "invalid UTF-8 at line 1 column 40",
        ),
        (
            b"\xef\xbb\xbf{}",
            "a UTF-8 byte order mark at line 1 column 1, which JSON sent over a network \
             must not start with (RFC 8259)",
        ),
    ];
    for (body, detail) in cases {
        assert_eq!(
            reason(404, body),
            Reason::NotJson {
                detail: detail.to_owned()
            },
            "{}",
            String::from_utf8_lossy(body)
        );
    }
    let message = reason(404, b"<html>").to_string();
    assert!(
        message.starts_with("the body is not JSON (expected value at line 1 column 1); an HTML"),
        "{message}"
    );
    assert!(message.ends_with(OTHER_ERRORS), "{message}");
}

#[test]
fn json_of_another_shape_is_other() {
    let cases: [(&[u8], &str); 13] = [
        (
            br#"{"error":"not found"}"#,
            "missing field `code`; expected a response body with `code` and `message` once each: {\"code\":...,\"message\":\"...\"} at line 1 column 21",
        ),
        (
            br#"{"code":404}"#,
            "missing field `message`; expected a response body with `code` and `message` once each: {\"code\":...,\"message\":\"...\"} at line 1 column 12",
        ),
        (
            br#"{"code":"404","message":"Not found"}"#,
            "invalid type: string \"404\", expected the code as an integer from 0 to 65535 at line 1 column 13",
        ),
        (
            br#"{"code":70000,"message":"Not found"}"#,
            "invalid value: integer `70000`, expected the code as an integer from 0 to 65535 at line 1 column 13",
        ),
        (
            br#"{"code":404.0,"message":"Not found"}"#,
            "invalid type: floating point `404.0`, expected the code as an integer from 0 to 65535 at line 1 column 13",
        ),
        (
            // Beyond u64, serde_json reads an integer as a float, rounded:
            // it is said to be too large, not named as a float.
            br#"{"code":100000000000000000000,"message":"Not found"}"#,
            "invalid value: a number beyond 64 bits, expected the code as an integer from 0 to 65535 at line 1 column 29",
        ),
        (
            br#"{"code":-100000000000000000000,"message":"Not found"}"#,
            "invalid value: a number beyond 64 bits, expected the code as an integer from 0 to 65535 at line 1 column 30",
        ),
        (
            br#"{"code":1e3,"message":"Not found"}"#,
            "invalid type: floating point `1000.0`, expected the code as an integer from 0 to 65535 at line 1 column 11",
        ),
        (
            br#"{"code":-404,"message":"Not found"}"#,
            "invalid value: integer `-404`, expected the code as an integer from 0 to 65535 at line 1 column 12",
        ),
        (
            br#"{"code":404,"message":null}"#,
            "invalid type: null, expected the message as a string at line 1 column 26",
        ),
        (
            br#"{"code":404,"code":404,"message":"Not found"}"#,
            "duplicate field `code`; expected a response body with `code` and `message` once each: {\"code\":...,\"message\":\"...\"} at line 1 column 18",
        ),
        (
            br#"[404,"Not found"]"#,
            "found an array where an object was expected",
        ),
        (
            br#""Not found""#,
            "found a string where an object was expected",
        ),
    ];
    for (body, detail) in cases {
        assert_eq!(
            reason(404, body),
            Reason::WrongShape {
                detail: detail.to_owned()
            },
            "{}",
            String::from_utf8_lossy(body)
        );
    }
    for (body, kind) in [
        (&b"404"[..], "a number"),
        (b"-1", "a number"),
        (b"true", "a boolean"),
        (b"null", "null"),
    ] {
        assert_eq!(
            reason(404, body),
            Reason::WrongShape {
                detail: format!("found {kind} where an object was expected")
            }
        );
    }
    // The reason alone knows no status: it shows the table's example.
    let message = reason(404, b"[]").to_string();
    assert!(
        message.starts_with(
            "the body is JSON but not a documented body such as {\"code\":404,\"message\":\"Not found\"} ("
        ),
        "{message}"
    );
}

/// The response's message shows the body its status has.
#[test]
fn a_responses_message_shows_the_body_its_status_has() {
    let other = |status: u16, body: &[u8]| {
        let Classified::Other(other) = classify(status, body) else {
            panic!("{status}: not classified as Other")
        };
        other.to_string()
    };
    assert_eq!(
        other(429, br#"{"code":429,"msg":"Too many requests"}"#),
        format!(
            "unexpected 429 response: the body is JSON but not the documented \
             {{\"code\":429,\"message\":\"Too many requests\"}} object (missing field `message`; \
             expected a response body with `code` and `message` once each: \
             {{\"code\":...,\"message\":\"...\"}} at line 1 column 38); check that the request \
             went to the API's URL and that the API is the version this client was written for"
        )
    );
    assert!(
        other(410, b" ").starts_with(
            "unexpected 410 response: the body is empty, but the API sends a JSON body such as \
             {\"code\":410,\"message\":\"Gone\"} with every code except 204,"
        ),
        "{}",
        other(410, b" ")
    );
    // A status the table does not document has no body of its own.
    assert!(
        other(502, b"[]")
            .starts_with("unexpected 502 response: response code 502 is not documented"),
        "{}",
        other(502, b"[]")
    );
}

/// A string in the wrong place is quoted by `serde_json` in full: a long
/// one loses its middle, keeping what was found and what was expected.
#[test]
fn a_long_shape_error_loses_its_middle() {
    // (the string's unit, how many, characters left out, units kept
    // before and after the note): an escape the quote writes (`\n`) is
    // never split.
    for (unit, count, left_out, head, tail) in [("é", 300, 137, 74, 89), (r"\n", 300, 438, 37, 44)]
    {
        let body = format!(r#"{{"code":"{}","message":"x"}}"#, unit.repeat(count));
        assert_eq!(
            reason(404, body.as_bytes()),
            Reason::WrongShape {
                detail: format!(
                    "invalid type: string \"{}... ({left_out} characters left out) ...{}\", \
                     expected the code as an integer from 0 to 65535 at line 1 column 610",
                    unit.repeat(head),
                    unit.repeat(tail)
                )
            }
        );
    }
    // Nor is a message cut where that would save less than the note costs.
    let body = format!(r#"{{"code":"{}","message":"x"}}"#, "a".repeat(164));
    assert_eq!(
        reason(404, body.as_bytes()),
        Reason::WrongShape {
            detail: format!(
                "invalid type: string \"{}\", expected the code as an integer from 0 to 65535 \
                 at line 1 column 174",
                "a".repeat(164)
            )
        }
    );
    // However long, and whatever its escapes, the detail keeps to 96
    // characters before the note and 160 after it.
    for filler in ["A", "\u{10ffff}", "\u{301}", "\n"] {
        let body = serde_json::json!({"code": filler.repeat(100_000), "message": "x"}).to_string();
        let Reason::WrongShape { detail } = reason(404, body.as_bytes()) else {
            panic!("a shape error")
        };
        let (head, tail) = detail.split_once("... (").unwrap();
        let tail = tail.split_once(") ...").unwrap().1;
        assert!(head.chars().count() <= 96, "{detail}");
        assert!(tail.chars().count() <= 160, "{detail}");
    }
    // The detail is cut only where that makes it shorter: around the
    // length where the note is as long as what it leaves out, the text is
    // whole or shorter, never a note as long as the text.
    for len in 100..500 {
        let body = format!(r#"{{"code":"{}","message":"m"}}"#, "x".repeat(len));
        let whole = serde_json::from_str::<Body<'_>>(&body)
            .unwrap_err()
            .to_string();
        let Reason::WrongShape { detail } = reason(404, body.as_bytes()) else {
            panic!("a shape error")
        };
        assert!(
            detail == whole || detail.chars().count() < whole.chars().count(),
            "{len}: {detail}"
        );
    }
}

#[test]
fn a_body_code_disagreeing_with_the_status_is_other() {
    let other = other(classify(400, br#"{"code":404,"message":"Not found"}"#));
    assert_eq!(other.status(), 400);
    assert_eq!(other.reason(), &Reason::CodeMismatch { body_code: 404 });
    assert_eq!(other.body(), Some(&Body::from(Code::NotFound)));
    assert_eq!(
        other.to_string(),
        "unexpected 400 response: the body says code 404 but the status line disagrees, so \
         neither can be trusted; something between the API and this client rewrote the \
         response, or the server is misbehaving: report it to the API's operators"
    );
    assert_eq!(
        reason(429, br#"{"code":42900,"message":"x"}"#),
        Reason::CodeMismatch { body_code: 42900 }
    );
}

#[test]
fn deeply_nested_json_is_rejected_without_overflowing_the_stack() {
    let deep = "[".repeat(100_000);
    assert!(matches!(
        reason(404, deep.as_bytes()),
        Reason::NotJson { .. }
    ));
    let deep = format!(
        "{{\"code\":404,\"message\":\"x\",\"extra\":{}",
        "[".repeat(100_000)
    );
    assert!(matches!(
        reason(404, deep.as_bytes()),
        Reason::NotJson { .. }
    ));
}

#[test]
fn displays_are_short_for_documented_codes() {
    let res = classify(
        507,
        br#"{"code":507,"message":"Attribute limit 20 reached"}"#,
    );
    assert_eq!(res.to_string(), "507 Attribute limit 20 reached");
}

/// The invariants every classification keeps, whatever the input.
fn check_consistent(status: u16, body: &[u8]) {
    let res = classify(status, body);
    assert_eq!(res.status(), status);
    assert_eq!(classify(status, body), res, "deterministic");
    assert!(!res.to_string().is_empty());
    let documented = Code::from_u16(status);
    match &res {
        Classified::Documented { code, body: parsed } => {
            assert_eq!(documented, Some(*code));
            assert_ne!(*code, Code::NoContent);
            assert_eq!(parsed.code, status);
            // Written back out, the body classifies the same.
            assert_eq!(
                classify(status, parsed.to_json().as_bytes()),
                Classified::Documented {
                    code: *code,
                    body: parsed.clone()
                }
            );
        }
        Classified::NoContent { code } => {
            assert_eq!(code.as_u16(), status);
            assert_eq!(status, 204);
            assert!(body.is_empty());
        }
        Classified::Other(other) => {
            assert_eq!(other.status(), status);
            assert!(!other.to_string().is_empty());
            match other.reason() {
                Reason::UndocumentedStatus(unknown) => {
                    assert_eq!(documented, None);
                    assert_eq!(unknown.code(), status);
                }
                Reason::BodyOnNoContent { status: on, len } => {
                    assert_eq!((*on, status), (204, 204));
                    assert_eq!(*len, body.len());
                    assert_ne!(*len, 0);
                }
                Reason::EmptyBody => assert!(body.trim_ascii().is_empty()),
                Reason::CodeMismatch { body_code } => {
                    assert_ne!(*body_code, status);
                    assert_eq!(other.body().map(|b| b.code), Some(*body_code));
                }
                Reason::NotJson { detail } | Reason::WrongShape { detail } => {
                    assert!(!detail.is_empty());
                    assert_eq!(other.body(), None);
                }
                reason => panic!("a reason this test does not know: {reason:?}"),
            }
            if !matches!(other.reason(), Reason::UndocumentedStatus(_)) {
                assert!(documented.is_some());
            }
        }
    }
}

/// A status: mostly documented codes, sometimes anything.
fn status() -> impl Strategy<Value = u16> {
    prop_oneof![
        3 => proptest::sample::select(Code::ALL).prop_map(Code::as_u16),
        1 => any::<u16>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_bytes_never_panic_and_stay_consistent(
        status in status(),
        body in proptest::collection::vec(any::<u8>(), 0..256),
    ) {
        check_consistent(status, &body);
    }

    #[test]
    fn json_like_text_never_panics_and_stays_consistent(
        status in status(),
        body in r#"[ \n]?\{[ ]?"(code|message|x)"[ ]?:[ ]?(-?[0-9]{1,6}|"[a-z\\"]{0,6}"|null|\[\]),[ ]?"(code|message)"[ ]?:[ ]?(-?[0-9]{1,6}|"[a-z\\"]{0,6}"|\{\})[ ]?\}?"#,
    ) {
        check_consistent(status, body.as_bytes());
    }

    #[test]
    fn bodies_written_by_the_api_come_back_exactly(
        status in status(),
        body_code in prop_oneof![Just(None), any::<u16>().prop_map(Some)],
        message in any::<String>(),
        spaces in any::<bool>(),
    ) {
        let body_code = body_code.unwrap_or(status);
        let body = Body::new(body_code, message);
        let mut json = body.to_json();
        if spaces {
            json = json.replacen(':', ": ", 1).replacen('{', "{ ", 1);
        }
        let res = classify(status, json.as_bytes());
        check_consistent(status, json.as_bytes());
        match Code::from_u16(status) {
            Some(code) if code != Code::NoContent && body_code == status => {
                prop_assert_eq!(res, Classified::Documented { code, body });
            }
            Some(Code::NoContent) => {
                prop_assert_eq!(other(res).reason().clone(), Reason::BodyOnNoContent { status: 204, len: json.len() });
            }
            Some(_) => {
                prop_assert_eq!(other(res).reason().clone(), Reason::CodeMismatch { body_code });
            }
            None => {
                let other = other(res);
                prop_assert_eq!(other.reason(), &Reason::UndocumentedStatus(UnknownCode::new(status)));
                prop_assert_eq!(other.body(), Some(&body));
            }
        }
    }
}

/// An outage the server answers with `other_error` is what the page's
/// "Other Errors" covers: the client sorts it there, with the page's advice.
#[test]
fn an_outage_is_an_other_error() {
    let body = br#"{"code":503,"message":"Server error"}"#;
    let Classified::Other(other) = classify(503, body) else {
        panic!("a 503 is not documented");
    };
    assert_eq!(other.status(), 503);
    assert_eq!(
        other.reason(),
        &Reason::UndocumentedStatus(UnknownCode::new(503))
    );
    assert_eq!(
        other.body().map(|b| b.message.as_ref()),
        Some("Server error")
    );
    assert!(
        other.to_string().contains(apicodes::OTHER_ERRORS),
        "{other}"
    );
}

/// A 204 with a one-byte body says "1 byte".
#[test]
fn a_one_byte_body_on_a_204_is_counted_in_the_singular() {
    assert_eq!(
        reason(204, b" ").to_string(),
        "a 204 response has no content (RFC 9110), but this one has 1 byte, so it likely \
         did not come from the API. "
            .to_owned()
            + OTHER_ERRORS
    );
}

/// JSON that `serde_json` will not turn into values (a number beyond `f64`,
/// nesting deeper than 128, a lone surrogate) is still JSON: a body of
/// the wrong shape, not "not JSON". A form feed is no JSON white space,
/// and text cut short is not JSON.
#[test]
fn json_beyond_serde_json_limits_is_still_json() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let deep_field = format!(
        r#"{{"code":"404","message":"x","e":{}1{}}}"#,
        "[".repeat(130),
        "]".repeat(130)
    );
    let wrong_shape = [
        br#"{"code":1e400,"message":"x"}"#.to_vec(),
        br#"{"code":"404","message":"x","e":1e400}"#.to_vec(),
        br#"{"code":404,"message":"\ud800"}"#.to_vec(),
        deep.clone().into_bytes(),
        deep_field.into_bytes(),
    ];
    for body in wrong_shape {
        let got = reason(404, &body);
        assert!(
            matches!(got, Reason::WrongShape { .. }),
            "{}: {got:?}",
            String::from_utf8_lossy(&body)
        );
    }
    assert_eq!(
        reason(404, deep.as_bytes()),
        Reason::WrongShape {
            detail: "found an array where an object was expected".to_owned()
        }
    );
    // A lone surrogate the documented shape does not read is no problem.
    let res = classify(404, br#"{"code":404,"message":"Not found","e":"\ud800"}"#);
    assert_eq!(res.code(), Some(Code::NotFound));
    for body in [b"\x0c".to_vec(), "[".repeat(1000).into_bytes()] {
        let got = reason(404, &body);
        assert!(matches!(got, Reason::NotJson { .. }), "{got:?}");
    }
}

/// JSON allows a `\u` escape of half a UTF-16 surrogate pair alone, which no
/// Rust string holds. In an unknown field, key or value, it is ignored with
/// the field; in the message it is the wrong shape, said plainly; a whole
/// pair is the character it makes.
#[test]
fn lone_surrogates_are_ignored_in_unknown_fields_and_named_in_the_message() {
    for body in [
        br#"{"\ud800":0,"code":404,"message":"x"}"#.as_slice(),
        br#"{"a\udc00b":{"\ud800":"\udfff"},"code":404,"message":"x"}"#,
        br#"{"code":404,"\ud800\ud800\udc00":"\ud800","message":"x"}"#,
    ] {
        let res = classify(404, body);
        assert_eq!(
            res,
            Classified::Documented {
                code: Code::NotFound,
                body: Body::new(404, "x"),
            },
            "{}",
            String::from_utf8_lossy(body)
        );
    }
    let lone = "the message holds a `\\u` escape of half a UTF-16 surrogate pair without its \
                other half (such as `\\ud800` alone), which JSON allows but no Unicode text \
                can hold";
    for body in [
        br#"{"code":404,"message":"\ud800"}"#.as_slice(),
        br#"{"code":404,"message":"a\udc00b"}"#,
        br#"{"\ud800":0,"code":404,"message":"\ud83d\ud83d\ude00"}"#,
        br#"{"code":404,"message":"\uDBFF\u0041"}"#,
    ] {
        assert_eq!(
            reason(404, body),
            Reason::WrongShape {
                detail: lone.to_owned()
            },
            "{}",
            String::from_utf8_lossy(body)
        );
    }
    // Another problem is still reported as itself, at its place.
    assert_eq!(
        reason(404, br#"{"\ud800":0,"code":404}"#),
        Reason::WrongShape {
            detail: "missing field `message`; expected a response body with `code` and `message` once each: {\"code\":...,\"message\":\"...\"} at line 1 column 23".to_owned()
        }
    );
    // What serde_json quotes holds U+FFFD for the escape, and says so.
    assert_eq!(
        reason(404, br#"{"code":"a\udc00b","message":"x"}"#),
        Reason::WrongShape {
            detail: "invalid type: string \"a\u{fffd}b\", expected the code as an integer from 0 \
                     to 65535 at line 1 column 18 (a `\\u` escape of half a UTF-16 surrogate \
                     pair without its other half, which no Unicode text can hold, is quoted as \
                     `\u{fffd}`)"
                .to_owned()
        }
    );
    // A U+FFFD the body holds itself is quoted as it is, with no such note.
    for (body, column) in [
        (
            br#"{"code":"\ufffd","message":"x","\ud800":1}"#.as_slice(),
            16,
        ),
        (
            "{\"code\":\"\u{fffd}\",\"message\":\"x\",\"k\":\"\\ud800\"}".as_bytes(),
            13,
        ),
    ] {
        assert_eq!(
            reason(404, body),
            Reason::WrongShape {
                detail: format!(
                    "invalid type: string \"\u{fffd}\", expected the code as an integer from 0 \
                     to 65535 at line 1 column {column}"
                )
            },
            "{}",
            String::from_utf8_lossy(body)
        );
    }
    // A long code string is cut in its middle: where the cut leaves out
    // the replaced escape, no U+FFFD is shown and nothing is said of one.
    // A U+FFFD the body holds itself, kept, says nothing either; a replaced
    // one kept at either end does.
    let a = "A".repeat(150);
    let b = "B".repeat(150);
    for (code, noted) in [
        (format!(r"{a}\ud800{b}"), false),
        (format!(r"\ufffd{a}\ud800{b}"), false),
        (format!("\u{fffd}{a}\\ud800{b}\u{fffd}"), false),
        (format!(r"\ud800{a}{b}"), true),
        (format!(r"{a}{b}\udfff"), true),
    ] {
        let body = format!(r#"{{"code":"{code}","message":"x"}}"#);
        let Reason::WrongShape { detail } = reason(404, body.as_bytes()) else {
            panic!("a string code is the wrong shape")
        };
        assert!(detail.contains("characters left out"), "{detail}");
        assert_eq!(detail.contains("surrogate"), noted, "{detail}");
    }
    // A pair, and an escaped backslash before `ud800`, are text.
    let res = classify(
        404,
        br#"{"\ud83d\ude00":1,"code":404,"message":"\ud83d\ude00 \\ud800"}"#,
    );
    assert_eq!(
        res,
        Classified::Documented {
            code: Code::NotFound,
            body: Body::new(404, "\u{1F600} \\ud800"),
        }
    );
}
