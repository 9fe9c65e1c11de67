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
