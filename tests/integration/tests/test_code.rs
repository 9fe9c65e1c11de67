//! The code table against the API's documentation, byte for byte.

use std::collections::BTreeMap;

use apicodes::{ApiError, Body, Code, OTHER_ERRORS, UnknownCode};

/// One `### 404: NOT FOUND` section of the documentation.
struct Documented {
    title: String,
    description: String,
    /// The example body with its spaces removed.
    example: String,
}

/// Reads the vendored copy of the documentation (tests/spec, copied
/// unchanged from the API's docs).
fn spec() -> (BTreeMap<u16, Documented>, String) {
    let text = include_str!("../../spec/response-codes.md");
    let mut codes = BTreeMap::new();
    let mut other = String::new();
    for section in text.split("\n### ").skip(1) {
        let (heading, rest) = section.split_once('\n').unwrap();
        let heading = heading.split(" <a ").next().unwrap();
        let (number, title) = heading.split_once(": ").unwrap();
        // Lines as they are, untrimmed: a description or body with a stray
        // space is not the documented one.
        let mut lines = rest.lines().filter(|l| !l.is_empty());
        let description = lines.next().unwrap().to_owned();
        assert_eq!(lines.next(), Some("```c"));
        let example = without_insignificant_spaces(lines.next().unwrap());
        codes.insert(
            number.parse().unwrap(),
            Documented {
                title: title.to_owned(),
                description,
                example,
            },
        );
    }
    let after = text.split("## Other Errors").nth(1).unwrap();
    other.push_str(
        after
            .lines()
            // The rest of the heading's line (its anchor), then the text.
            .skip(1)
            .find(|l| !l.is_empty())
            .unwrap(),
    );
    (codes, other)
}

/// The example as compact JSON: spaces outside strings removed.
fn without_insignificant_spaces(json: &str) -> String {
    let mut out = String::new();
    let mut in_string = false;
    for c in json.chars() {
        match c {
            '"' => in_string = !in_string,
            ' ' if !in_string => continue,
            _ => {}
        }
        out.push(c);
    }
    out
}

#[test]
fn table_matches_the_documentation_byte_for_byte() {
    let (documented, _) = spec();
    assert_eq!(
        Code::ALL.iter().map(|c| c.as_u16()).collect::<Vec<_>>(),
        documented.keys().copied().collect::<Vec<_>>(),
        "Code::ALL must hold exactly the documented codes, in order"
    );
    for &code in Code::ALL {
        let doc = &documented[&code.as_u16()];
        assert_eq!(code.title(), doc.title, "title of {code:?}");
        assert_eq!(
            code.description(),
            doc.description,
            "description of {code:?}"
        );
        assert_eq!(code.json(), doc.example, "json() of {code:?}");
        assert_eq!(
            Body::from(code).to_json(),
            doc.example,
            "Body::to_json of {code:?}"
        );
        assert_eq!(
            serde_json::to_string(&Body::from(code)).unwrap(),
            doc.example,
            "serde_json of {code:?}"
        );
        assert_eq!(
            ApiError::to_json(&code),
            doc.example,
            "ApiError::to_json of {code:?}"
        );
        let mut out = String::from("prefix:");
        Body::from(code).write_json(&mut out);
        assert_eq!(out, format!("prefix:{}", doc.example));
        let parsed: Body<'_> = serde_json::from_str(&doc.example).unwrap();
        assert_eq!(parsed.message, code.message(), "message of {code:?}");
    }
}

#[test]
fn messages_are_the_documented_ones_not_iana_reason_phrases() {
    let expected = [
        (Code::Ok, 200, "OK", "Ok"),
        (Code::Created, 201, "Created", "Created"),
        (Code::Accepted, 202, "Accepted", "Accepted"),
        (Code::NoContent, 204, "No content", "NoContent"),
        (Code::BadRequest, 400, "Bad request", "BadRequest"),
        (Code::Unauthorized, 401, "Unauthorized", "Unauthorized"),
        (
            Code::PaymentRequired,
            402,
            "Payment required",
            "PaymentRequired",
        ),
        (Code::Forbidden, 403, "Forbidden", "Forbidden"),
        (Code::NotFound, 404, "Not found", "NotFound"),
        (Code::Gone, 410, "Gone", "Gone"),
        (
            Code::TooManyRequests,
            429,
            "Too many requests",
            "TooManyRequests",
        ),
        (Code::OutOfStorage, 507, "Out of storage", "OutOfStorage"),
    ];
    assert_eq!(Code::ALL.len(), expected.len());
    for (code, number, message, name) in expected {
        assert_eq!(code.as_u16(), number);
        assert_eq!(u16::from(code), number);
        assert_eq!(code.message(), message);
        assert_eq!(code.name(), name);
        assert_eq!(Code::from_name(name), Some(code));
        assert_eq!(code.to_string(), format!("{number} {message}"));
        assert_eq!(
            code.json(),
            format!(r#"{{"code":{number},"message":"{message}"}}"#)
        );
    }
}

#[test]
fn unknown_code_carries_the_documented_advice() {
    let (_, other) = spec();
    assert_eq!(OTHER_ERRORS, other);
    let err = Code::try_from(502).unwrap_err();
    assert_eq!(err, UnknownCode(502));
    assert_eq!(err.0, 502);
    assert_eq!(
        err.to_string(),
        format!(
            "response code 502 is not documented (documented: 200, 201, 202, 204, 400, 401, 402, 403, 404, 410, 429, 507). {other}"
        )
    );
    let boxed: Box<dyn std::error::Error> = Box::new(err);
    assert!(
        boxed
            .to_string()
            .contains("check server status or contact support")
    );
}

#[test]
fn every_u16_converts_exactly_when_documented() {
    let mut found = Vec::new();
    for n in 0..=u16::MAX {
        let from_u16 = Code::from_u16(n);
        let try_from = Code::try_from(n);
        let parsed = n.to_string().parse::<Code>();
        if let Some(code) = from_u16 {
            assert_eq!(code.as_u16(), n);
            assert_eq!(try_from, Ok(code));
            assert_eq!(parsed, Ok(code));
            found.push(n);
        } else {
            assert_eq!(try_from, Err(UnknownCode::new(n)));
            assert_eq!(parsed.unwrap_err().input(), n.to_string());
        }
    }
    assert_eq!(
        found,
        [200, 201, 202, 204, 400, 401, 402, 403, 404, 410, 429, 507]
    );
}

#[test]
fn from_str_takes_numbers_and_names_only_in_canonical_spelling() {
    assert_eq!("404".parse::<Code>(), Ok(Code::NotFound));
    assert_eq!("NotFound".parse::<Code>(), Ok(Code::NotFound));
    assert_eq!("OutOfStorage".parse::<Code>(), Ok(Code::OutOfStorage));
    // Spelled otherwise, a documented code is named.
    for (spelled, meant) in [
        (" 404", "`404` (`NotFound`)"),
        ("404 ", "`404` (`NotFound`)"),
        ("+404", "`404` (`NotFound`)"),
        ("0404", "`404` (`NotFound`)"),
        ("00410", "`410` (`Gone`)"),
        ("notfound", "`404` (`NotFound`)"),
        ("NOT_FOUND", "`404` (`NotFound`)"),
        (" too-many requests", "`429` (`TooManyRequests`)"),
        // Punctuation, which a variant name drops.
        ("not found!", "`404` (`NotFound`)"),
        ("Out-of-storage.", "`507` (`OutOfStorage`)"),
        // A code's own `Display` text.
        ("404 Not found", "`404` (`NotFound`)"),
        ("404 Not Found", "`404` (`NotFound`)"),
        ("404 not found", "`404` (`NotFound`)"),
        (
            &Code::TooManyRequests.to_string(),
            "`429` (`TooManyRequests`)",
        ),
    ] {
        let err = spelled.parse::<Code>().unwrap_err();
        assert_eq!(err.input(), spelled);
        assert_eq!(
            err.to_string(),
            format!(
                "`{spelled}` is not a documented response code; did you mean {meant}? write a \
                 code's number without spaces, a sign or leading zeros, or its variant name as \
                 spelled"
            )
        );
    }
    for bad in ["", "0", "+", "0418", "404 Gone", "4O4", "65536404"] {
        let err = bad.parse::<Code>().unwrap_err();
        assert_eq!(err.input(), bad);
        assert_eq!(
            err.to_string(),
            format!(
                "`{}` is not a documented response code; expected a number such as `404` or a variant name \
                 such as `NotFound` (documented: 200, 201, 202, 204, 400, 401, 402, 403, 404, 410, 429, 507)",
                bad.escape_debug()
            )
        );
    }
    // Control characters in the input are shown escaped, not raw; quotes
    // as typed (in backticks they need no escape).
    assert!(
        "a\nb"
            .parse::<Code>()
            .unwrap_err()
            .to_string()
            .starts_with("`a\\nb`")
    );
    for (typed, shown) in [
        (r#"say "hi""#, r#"`say "hi"`"#),
        ("'\t'", r"`'\t'`"),
        ("it's", "`it's`"),
        ("\"", "`\"`"),
    ] {
        let message = typed.parse::<Code>().unwrap_err().to_string();
        assert!(
            message.starts_with(&format!(
                "{shown} is not a documented response code; expected"
            )),
            "{message}"
        );
    }
}

#[test]
fn classes() {
    let success: Vec<_> = Code::ALL
        .iter()
        .filter(|c| c.is_success())
        .map(|c| c.as_u16())
        .collect();
    let client: Vec<_> = Code::ALL
        .iter()
        .filter(|c| c.is_client_error())
        .map(|c| c.as_u16())
        .collect();
    let server: Vec<_> = Code::ALL
        .iter()
        .filter(|c| c.is_server_error())
        .map(|c| c.as_u16())
        .collect();
    assert_eq!(success, [200, 201, 202, 204]);
    assert_eq!(client, [400, 401, 402, 403, 404, 410, 429]);
    assert_eq!(server, [507]);
}

#[test]
fn body_documented_and_ordering() {
    assert_eq!(Body::new(404, "x").documented(), Ok(Code::NotFound));
    assert_eq!(Body::new(418, "x").documented(), Err(UnknownCode::new(418)));
    assert_eq!(Body::new(404, "No user").to_string(), "404 No user");
}

#[test]
fn a_long_unparsable_input_is_quoted_in_part() {
    let long = "x".repeat(1_000_000);
    let err = long.parse::<Code>().unwrap_err();
    assert_eq!(err.input(), long);
    let message = err.to_string();
    assert!(
        message.starts_with(&format!(
            "`{}`... is not a documented response code;",
            "x".repeat(64)
        )),
        "{message}"
    );
    assert!(message.len() < 400, "{}", message.len());
    // Up to 64 characters, whole (these are 64, of two bytes each).
    let err = "é".repeat(64).parse::<Code>().unwrap_err();
    assert!(
        err.to_string()
            .starts_with(&format!("`{}` is", "é".repeat(64)))
    );
}

#[test]
fn display_pads_aligns_and_cuts_as_str_does() {
    assert_eq!(format!("{:>12}|", Code::Gone), "    410 Gone|");
    assert_eq!(format!("{:<12}|", Code::Gone), "410 Gone    |");
    assert_eq!(format!("{:*^12}", Code::Gone), "**410 Gone**");
    assert_eq!(format!("{:.5}", Code::NotFound), "404 N");
    assert_eq!(format!("{:>9}", Body::new(404, "x")), "    404 x");
    assert_eq!(
        format!("{:>20}", apicodes::Status::Documented(Code::Gone)),
        "            410 Gone"
    );
    // Without a width, as before.
    assert_eq!(format!("{}", Code::Gone), "410 Gone");
    assert!(Code::BadRequest < Code::NotFound);
    assert_eq!(Code::NotFound, 404);
    assert_eq!(404, Code::NotFound);
}

/// Codes, statuses and outages are errors of their own: `?` turns each
/// into a `Box<dyn Error>` whose text is the code's line.
#[test]
fn codes_and_statuses_are_errors() {
    use apicodes::{OtherError, Status};
    use std::error::Error;

    fn boxed<E: Error + 'static>(error: E) -> Box<dyn Error> {
        let result: Result<(), Box<dyn Error>> = (|| Err(error)?)();
        result.expect_err("an error")
    }
    assert_eq!(boxed(Code::NotFound).to_string(), "404 Not found");
    assert!(boxed(Code::NotFound).source().is_none());
    assert_eq!(
        boxed(Status::<Code>::Documented(Code::Gone)).to_string(),
        "410 Gone"
    );
    assert_eq!(
        boxed(Status::<Code>::Other(OtherError::INTERNAL)).to_string(),
        "500 Server error"
    );
    assert_eq!(
        boxed(OtherError::new(503).expect("a 5xx")).to_string(),
        "503 Server error"
    );
    // A number turns into a status: documented, an outage, or an error.
    assert_eq!(
        Status::<Code>::try_from(429),
        Ok(Status::Documented(Code::TooManyRequests))
    );
    assert_eq!(
        Status::<Code>::try_from(599),
        Ok(Status::Other(OtherError::new(599).expect("a 5xx")))
    );
    assert_eq!(
        Status::<Code>::try_from(418).map_err(|err| err.code()),
        Err(418)
    );
}

/// An outage is a number from 500 to 599; any other is refused by
/// `OtherError::try_from` with an error that says so and what to send.
#[test]
fn an_outage_number_outside_500_to_599_is_refused_with_a_reason() {
    use apicodes::{NotServerError, OtherError};

    for code in [500, 503, 599] {
        let outage = OtherError::try_from(code).expect("a 5xx");
        assert_eq!(outage.as_u16(), code);
        assert_eq!(Some(outage), OtherError::new(code));
    }
    for code in [0, 200, 404, 499, 600, u16::MAX] {
        assert_eq!(OtherError::try_from(code), Err(NotServerError(code)));
        assert_eq!(OtherError::new(code), None);
    }
    let err = OtherError::try_from(499).expect_err("not a 5xx");
    assert_eq!(
        err.to_string(),
        "499 is not a server error: an outage (`OtherError`) is 500 to 599; \
         answer with a code your table documents instead"
    );
    let boxed: Box<dyn std::error::Error> = Box::new(err);
    assert!(boxed.source().is_none());
}

/// A name is matched whole: a documented name with more after it is none.
#[test]
fn a_name_with_more_after_it_is_no_name() {
    for name in ["Okay", "NotFoundAgain", "Gon", "O"] {
        assert_eq!(Code::from_name(name), None, "{name}");
        assert!(name.parse::<Code>().is_err(), "{name}");
    }
}

/// A set holds every three-digit number, both ends included, and shows
/// as a set.
#[test]
fn a_code_set_holds_100_to_999_and_shows_as_a_set() {
    use apicodes::CodeSet;
    const SET: CodeSet = CodeSet::from_numbers(&[100, 999, 99, 1000]);
    assert_eq!(SET.len(), 2);
    assert!(SET.contains_number(100) && SET.contains_number(999));
    assert!(!SET.contains_number(99) && !SET.contains_number(1000));
    assert_eq!(
        format!("{:?}", CodeSet::of(&[Code::NotFound, Code::Gone])),
        "{Documented(NotFound), Documented(Gone)}"
    );
}

/// A 5xx the table documents answers as itself, with its own message, as a
/// handler made it: only an undocumented one is an outage.
#[test]
fn a_documented_5xx_answers_as_itself() {
    use apicodes::{OtherError, Status};

    let answer = Status::<Code>::answer_for(507);
    assert_eq!(answer, Some(Status::Documented(Code::OutOfStorage)));
    assert_eq!(answer.map(Status::message), Some("Out of storage"));
    assert_eq!(
        Status::<Code>::answer_for(503),
        OtherError::new(503).map(Status::Other)
    );
}
