//! Properties of pages of codes: any page `parse` could have read renders
//! back to itself, whatever Markdown its texts hold, and `parse` answers
//! any text, however broken, with a page or a list of problems.

use apicodes::page::{self, Entry, Page};
use proptest::prelude::*;

/// Pieces a description, message or title may hold that Markdown, the
/// page's own syntax or JSON read as more than text.
const PIECES: &[&str] = &[
    "#",
    "# ",
    "### ",
    "###418: X",
    "#409:",
    "####### ",
    ">",
    "> ",
    "-",
    "- ",
    "*",
    "* ",
    "+ ",
    "1. ",
    "1) ",
    "`",
    "```",
    "```c",
    "````",
    "~~~",
    "---",
    "***",
    "===",
    "|",
    "\\",
    "&amp;",
    "<a href=\"#id-404\" id=\"id-404\"></a>",
    "</a>",
    "<",
    "{",
    "}",
    "{{",
    "\"",
    "'",
    ":",
    "é",
    "日本語",
    "😀",
    "\u{301}",
    "\u{a0}",
    "\u{2028}",
    "\u{200b}",
    "\u{0}",
    "\u{1f}",
    "\u{7f}",
    "\t",
    "  ",
    "    ",
    "word",
    "Not found",
    "id-404",
    "404",
    "200:",
    "[link](#id-404)",
];

/// What may be cut into a page's text: the pieces above, and HTML that
/// opens and closes blocks, which a page's own text never holds.
fn cut_pieces() -> Vec<&'static str> {
    let html = [
        "<!--",
        "-->",
        "    <!--",
        "<!-->",
        "<pre>",
        "</pre>",
        "<PRE ",
        "<?",
        "?>",
        "<!X",
        ">",
        "<div>",
        "<![CDATA[",
        "]]>",
    ];
    PIECES.iter().copied().chain(html).collect()
}

/// Text on one line that a page's paragraph or message may hold: pieces
/// joined by spaces or not, with nothing around it that a page trims.
fn one_line() -> impl Strategy<Value = String> {
    proptest::collection::vec((proptest::sample::select(PIECES), any::<bool>()), 1..8)
        .prop_map(|pieces| {
            let mut text = String::new();
            for (piece, spaced) in pieces {
                if spaced && !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(piece);
            }
            text.trim().to_owned()
        })
        .prop_filter("a paragraph is not blank", |text| !text.is_empty())
}

/// A message: JSON holds anything, line breaks and spaces around included.
fn message() -> impl Strategy<Value = String> {
    (
        one_line(),
        proptest::sample::select(&["", " ", "\n", "\r\n", "\t"][..]),
    )
        .prop_map(|(text, around)| format!("{around}{text}{around}"))
}

/// Titles that give distinct names: each starts with a word of its own.
const WORDS: &[&str] = &[
    "ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT", "GOLF",
];
const TAILS: &[&str] = &[
    "",
    " NOT FOUND",
    "'S TEAPOT",
    "-AUTH",
    " 2XX",
    "_X",
    " (OLD)",
    ":",
];

fn page() -> impl Strategy<Value = Page> {
    let entry = (
        100u16..=599,
        proptest::sample::select(TAILS),
        one_line(),
        message(),
    );
    (
        one_line(),
        proptest::collection::vec(entry, 1..=WORDS.len()),
        proptest::option::of(one_line()),
    )
        .prop_map(|(title, entries, other_errors)| {
            let mut codes = Vec::new();
            let entries = entries
                .into_iter()
                .zip(WORDS)
                .filter(|((code, ..), _)| {
                    let new = !codes.contains(code);
                    codes.push(*code);
                    new
                })
                .map(|((code, tail, description, message), word)| Entry {
                    code,
                    title: format!("{word}{tail}"),
                    description,
                    message,
                })
                .collect();
            Page {
                title,
                entries,
                other_errors,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_page_reads_back_as_itself(page in page()) {
        for entry in &page.entries {
            prop_assert!(entry.name().is_some(), "{:?} gives no name", entry.title);
        }
        let text = page.render();
        prop_assert_eq!(page::parse(&text), Ok(page), "{}", text);
    }

    /// Whatever a page's text has lost or gained, parsing it says so
    /// (or reads a page) without a panic; a page it reads renders back.
    #[test]
    fn any_text_is_read_or_reported(
        page in page(),
        cuts in proptest::collection::vec((any::<prop::sample::Index>(), proptest::sample::select(cut_pieces()), any::<bool>()), 0..6),
    ) {
        let mut text = page.render();
        for (at, piece, newline) in cuts {
            let mut at = at.index(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            text.insert_str(at, piece);
            if newline {
                text.insert(at, '\n');
            }
        }
        if let Ok(read) = page::parse(&text) {
            prop_assert_eq!(page::parse(&read.render()), Ok(read));
        }
    }
}

/// JSON's scalar values, each form of number, literal and string escape.
const JSON_SCALARS: &[&str] = &[
    "404",
    "0",
    "-0",
    "1.5",
    "2e3",
    "2E-3",
    "-12.5e+2",
    "true",
    "false",
    "null",
    r#""x""#,
    r#""Not found""#,
    r#""a\"b""#,
    r#""\u00e9\n""#,
    r#""\/""#,
];

/// Keys of a body's objects, the two it holds among them.
const JSON_KEYS: &[&str] = &[r#""code""#, r#""message""#, r#""x""#];

/// What turns JSON into near-JSON where it stands in for a token, or is
/// put before one: each is a mistake somewhere, and valid elsewhere.
const NEAR_JSON: &[&str] = &[
    "", ",", ":", "{", "}", "[", "]", "01", ".5", "1.", "2e", "+1", "-", "nul", "True", "'x'",
    r#""\q""#, "\"", "/", "404", r#""x""#,
];

/// The tokens of a JSON value, objects and arrays nested up to 4 deep.
fn json_tokens() -> impl Strategy<Value = Vec<&'static str>> {
    let scalar = proptest::sample::select(JSON_SCALARS).prop_map(|token| vec![token]);
    scalar.prop_recursive(4, 32, 4, |inner| {
        let separated = |open: &'static str, items: Vec<Vec<&'static str>>, close| {
            let mut tokens = vec![open];
            for (i, item) in items.into_iter().enumerate() {
                if i > 0 {
                    tokens.push(",");
                }
                tokens.extend(item);
            }
            tokens.push(close);
            tokens
        };
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4)
                .prop_map(move |items| separated("[", items, "]")),
            proptest::collection::vec((proptest::sample::select(JSON_KEYS), inner), 0..4).prop_map(
                move |members| {
                    let members = members
                        .into_iter()
                        .map(|(key, mut value)| {
                            value.splice(0..0, [key, ":"]);
                            value
                        })
                        .collect();
                    separated("{", members, "}")
                }
            ),
        ]
    })
}

/// A page whose one code's fenced body is `body`.
fn page_with_body(body: &str) -> String {
    format!("# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n```c\n{body}\n```\n")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// The page's JSON reader takes what RFC 8259 does (serde_json as the
    /// reference): a body serde_json rejects is not JSON to the page
    /// either, and one it reads is, then judged by its shape.
    #[test]
    fn a_body_is_json_exactly_where_serde_json_reads_it(
        tokens in json_tokens(),
        edit in proptest::option::of((any::<prop::sample::Index>(), proptest::sample::select(NEAR_JSON), any::<bool>())),
        space in proptest::sample::select(&["", " ", "\n", "\t", " \n  "][..]),
    ) {
        let mut tokens = tokens;
        if let Some((at, piece, replace)) = edit {
            let at = at.index(tokens.len());
            if replace {
                tokens[at] = piece;
            } else {
                tokens.insert(at, piece);
            }
        }
        let body = tokens.join(space);
        let reference = serde_json::from_str::<serde_json::Value>(&body);
        // serde_json refuses a number beyond `f64` that JSON's grammar allows.
        if let Err(error) = &reference {
            prop_assume!(!error.to_string().starts_with("number out of range"));
        }
        prop_assume!(!body.trim().is_empty());
        let text = page_with_body(&body);
        let errors = page::parse(&text).err().unwrap_or_default();
        let not_json = errors
            .iter()
            .filter(|error| matches!(error.kind, page::PageErrorKind::BodyNotJson { .. }))
            .count();
        match reference {
            Err(error) => prop_assert!(
                not_json == 1 && errors.len() == 1,
                "serde_json: {}\n{}\n{:?}",
                error,
                body,
                errors
            ),
            Ok(value) => {
                prop_assert_eq!(not_json, 0, "{}\n{:?}", body, errors);
                if !value.is_object() {
                    prop_assert!(
                        matches!(
                            errors.as_slice(),
                            [page::PageError { kind: page::PageErrorKind::BodyNotObject { .. }, .. }]
                        ),
                        "{}\n{:?}",
                        body,
                        errors
                    );
                }
            }
        }
    }
}

/// The named references the docs list read as their characters in a
/// title, and so in the variant's name.
#[test]
fn named_references_in_titles_name_the_variant() {
    let name = |title: &str| {
        Entry {
            code: 418,
            title: title.into(),
            description: String::new(),
            message: String::new(),
        }
        .name()
    };
    assert_eq!(name("I&apos;M BACK").as_deref(), Some("ImBack"));
    assert_eq!(name("SAY &quot;HI&quot;").as_deref(), Some("SayHi"));
    assert_eq!(name("A &lt;B&gt; C &amp; D").as_deref(), Some("ABCD"));
}

/// Seven `#`s and a space are a paragraph (`CommonMark` has six heading
/// levels): a description, not a heading.
#[test]
fn seven_hashes_are_text() {
    let text = "# Response Codes\n\n\
                ### 404: NOT FOUND\n\n\
                ####### seven.\n\n\
                ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n\n\
                ## Other Errors\n\nCheck status.\n";
    let page = page::parse(text).expect("parses");
    assert_eq!(page.entries.len(), 1);
    assert_eq!(page.entries[0].description, "####### seven.");
}
