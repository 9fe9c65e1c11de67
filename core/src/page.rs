//! The Markdown page that documents an API's response codes: [`parse`] reads
//! it into a [`Page`], [`Page::render`] writes a [`Page`] back.
//!
//! The format, as in the standard `response-codes.md`:
//!
//! ````markdown
//! # Response Codes
//!
//! ### 404: NOT FOUND <a href="#id-404" id="id-404"></a>
//!
//! Resource not found. Make sure the search item or URL is correct
//!
//! ```c
//! { "code": 404, "message": "Not found" }
//! ```
//!
//! ## Other Errors <a href="#other" id="other"></a>
//!
//! If you are getting other error codes, check server status or contact support.
//! ````
//!
//! Parsing is strict about structure and lenient only with blank lines (any
//! number, or none, between parts), trailing whitespace, line ends of
//! `\r\n` or a lone `\r` (as Markdown reads them), a leading byte-order
//! mark, and Markdown's other spellings of the same
//! blocks: headings and fences indented by up to three spaces, a heading's
//! closing `#`s (`### 404: NOT FOUND ###`), fences of `~~~` or of more
//! than three backticks (closed by at least as many of the same), and an
//! anchor's tag in HTML's other spellings (`<A ID=id-404></A>`: names in
//! either case, values quoted or not; character references are not
//! decoded; its `id`, when there is an anchor, must be `id-CODE`). As in
//! Markdown, a line is a heading or a fence by what follows its
//! indentation, in a description too, and a line indented four columns or
//! more is text; a description that starts like a heading (or opens an
//! HTML block it does not close, or is a JSON object, a body, whole)
//! renders indented by four spaces, so every
//! page that parses renders to a page that parses the same. What Markdown
//! would show otherwise is an error, not text read
//! past: HTML in a heading's title other than its anchor at the end, and a
//! paragraph opening an HTML block that only its own end marker closes
//! (`<!--`, `<pre>`...), which would hide the sections after it. It reports
//! every problem it finds, each with its line, rather than stopping at the
//! first.
//!
//! ```
//! # use apicodes::page;
//! let text = "# Response Codes\n\n### 404: NOT FOUND\n\nNo such thing.\n\n\
//!             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
//! let page = page::parse(text).unwrap();
//! assert_eq!(page.entries[0].message, "Not found");
//! assert_eq!(page.entries[0].name().as_deref(), Some("NotFound"));
//! assert_eq!(page::parse(&page.render()), Ok(page));
//! ```

use core::fmt::{self, Write as _};

use crate::api_error::ApiErrorDocs;
use crate::json;
use crate::table::Table;

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

/// A page of documented response codes, as parsed.
///
/// ```
/// # use apicodes::page::{Entry, Page};
/// let page = Page {
///     title: "Response Codes".into(),
///     entries: vec![Entry {
///         code: 200,
///         title: "OK".into(),
///         description: "The request was successful!".into(),
///         message: "OK".into(),
///     }],
///     other_errors: None,
/// };
/// assert!(page.render().starts_with("# Response Codes\n\n### 200: OK "));
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Page {
    /// The text of the `# ` title line, such as `Response Codes`.
    pub title: String,
    /// The documented codes, in page order.
    pub entries: Vec<Entry>,
    /// The paragraph of the `## Other Errors` section, if the page has one.
    pub other_errors: Option<String>,
}

/// One documented response code: a `### CODE: TITLE` section.
///
/// ```
/// use apicodes::page;
///
/// let page = page::parse(
///     "# Codes\n\n### 409: CONFLICT\n\nThe cart already holds it.\n\n\
///      ```c\n{ \"code\": 409, \"message\": \"Conflict\" }\n```\n",
/// )
/// .unwrap();
/// let entry = &page.entries[0];
/// assert_eq!((entry.code, entry.title.as_str()), (409, "CONFLICT"));
/// assert_eq!(entry.description, "The cart already holds it.");
/// assert_eq!(entry.message, "Conflict");
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Entry {
    /// The status code, `100..=599`: an HTTP status (RFC 9110 calls any
    /// other invalid, and OpenAPI cannot document one).
    pub code: u16,
    /// The heading's title, such as `NOT FOUND`.
    pub title: String,
    /// The description paragraph, its lines joined with single spaces.
    pub description: String,
    /// The body's `"message"`, unescaped, such as `Not found`.
    pub message: String,
}

impl Entry {
    /// The Rust variant name the title gives, or `None` if it gives none.
    ///
    /// The title is read as Markdown shows it: a numeric character
    /// reference (`&#39;`, `&#x27;`) as its character (one that names no
    /// character, or NUL, as U+FFFD, as `CommonMark` shows it), and the named
    /// references `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and `&nbsp;`;
    /// other named ones are read as written. Apostrophes (`'` and `’`) are
    /// dropped, the rest is split on whitespace
    /// and on ASCII punctuation, and each piece is written with its first
    /// character in upper case and the rest in lower case. There is no name
    /// if that leaves nothing, starts with a digit, keeps a non-ASCII
    /// character, or is the keyword `Self`.
    ///
    /// ```
    /// # use apicodes::page::Entry;
    /// let entry = |title: &str| Entry {
    ///     code: 418,
    ///     title: title.into(),
    ///     description: String::new(),
    ///     message: String::new(),
    /// };
    /// assert_eq!(entry("I'M A TEAPOT").name().as_deref(), Some("ImATeapot"));
    /// assert_eq!(entry("RE-AUTH NEEDED").name().as_deref(), Some("ReAuthNeeded"));
    /// assert_eq!(entry("2XX").name(), None);
    /// assert_eq!(entry("CART &amp; STOCK").name().as_deref(), Some("CartStock"));
    /// ```
    #[must_use]
    pub fn name(&self) -> Option<String> {
        variant_name(&self.title)
    }
}

fn variant_name(title: &str) -> Option<String> {
    name_from_title(title).ok()
}

/// The longest character reference [`shown_chars`] reads, without its `&`
/// and `;`: `CommonMark`'s numeric ones take at most 7 decimal digits
/// (`#1114111`) or 6 hexadecimal ones (`#x10FFFF`).
const REFERENCE_MAX: usize = 8;

/// The characters Markdown shows for `text`: a character reference
/// (`&amp;`, `&#39;`, `&#x27;`, and `&lt;`, `&gt;`, `&quot;`, `&apos;`,
/// `&nbsp;`) as the character it stands for; other text as written.
fn shown_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut rest = text;
    core::iter::from_fn(move || {
        let c = rest.chars().next()?;
        if c == '&' {
            // A reference is short (`#x10FFFF`, `nbsp`): its `;` is looked
            // for among the few bytes after the `&` alone, so that a text
            // of many `&` and no `;` is read in time proportional to it.
            let tail = &rest[1..];
            let end = tail.bytes().take(REFERENCE_MAX + 1).position(|b| b == b';');
            if let Some((reference, after)) = end.map(|end| (&tail[..end], &tail[end + 1..])) {
                let named = match reference {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "nbsp" => Some('\u{a0}'),
                    _ => None,
                };
                // Digits alone (no sign), as many as CommonMark reads.
                let numeric = reference.strip_prefix('#').and_then(|number| {
                    let (digits, radix, most) = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => (hex, 16, 6),
                        None => (number, 10, 7),
                    };
                    let valid = (1..=most).contains(&digits.len())
                        && digits.chars().all(|c| c.is_digit(radix));
                    let value = u32::from_str_radix(digits, radix).ok().filter(|_| valid);
                    // One that names no character (a surrogate, above
                    // U+10FFFF), or NUL, is shown as U+FFFD.
                    value.map(|value| {
                        char::from_u32(value)
                            .filter(|&c| c != '\0')
                            .unwrap_or(char::REPLACEMENT_CHARACTER)
                    })
                });
                if let Some(shown) = named.or(numeric) {
                    rest = after;
                    return Some(shown);
                }
            }
        }
        rest = &rest[c.len_utf8()..];
        Some(c)
    })
}

/// The variant name a title gives, or why it gives none.
fn name_from_title(title: &str) -> Result<String, &'static str> {
    if opens_html_tag(title) {
        return Err(
            "it holds HTML, which Markdown shows as markup, not as the title's words; \
             a heading's anchor is read only as `<a id=\"id-404\"></a>` at its end",
        );
    }
    let mut name = String::new();
    let mut piece_starts = true;
    // Apostrophes join ("I'M" is one word), so they are skipped, not split on.
    for c in shown_chars(title).filter(|&c| c != '\'' && c != '\u{2019}') {
        if c.is_whitespace() || (c.is_ascii() && !c.is_ascii_alphanumeric()) {
            piece_starts = true;
            continue;
        }
        if !c.is_ascii() {
            return Err("it has a letter outside ASCII; write the title in ASCII words");
        }
        name.push(if piece_starts {
            c.to_ascii_uppercase()
        } else {
            c.to_ascii_lowercase()
        });
        piece_starts = false;
    }
    if name.is_empty() {
        Err("it has no letter or digit; write the title in words")
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        Err("a Rust name cannot start with a digit; start the title with a word")
    } else if name == "Self" {
        Err("it gives `Self`, which Rust reserves; choose another title")
    } else if crate::table::ITEM_NAMES.contains(&name.as_str()) {
        // Only `ALL` can come from a title: the others have a lowercase
        // first letter or an underscore.
        Err(
            "it gives `ALL`, which every table uses for the list of its codes; \
             choose another title",
        )
    } else {
        Ok(name)
    }
}

impl Page {
    /// The page of a table: its title, every code with its title,
    /// description and message, and its Other Errors text (none if the
    /// table's is empty). It renders to a page that parses back to itself,
    /// and for a table read from a page it equals that page as parsed.
    ///
    /// ```
    /// use apicodes::Code;
    /// use apicodes::page::{self, Page};
    ///
    /// let page = Page::of::<Code>();
    /// assert_eq!(page.title, "Response Codes");
    /// assert_eq!(page.entries[8].title, "NOT FOUND");
    /// assert_eq!(page.other_errors.as_deref(), Some(Code::OTHER_ERRORS));
    /// assert_eq!(page::parse(&page.render()), Ok(page));
    /// ```
    #[must_use]
    pub fn of<T: Table>() -> Page {
        Page {
            title: T::PAGE_TITLE.to_string(),
            entries: T::ALL
                .iter()
                .map(|&code| Entry {
                    code: code.as_u16(),
                    title: code.title().to_string(),
                    description: code.description().to_string(),
                    message: code.message().to_string(),
                })
                .collect(),
            other_errors: (!T::OTHER_ERRORS.is_empty()).then(|| T::OTHER_ERRORS.to_string()),
        }
    }

    /// Writes the page in the standard format.
    ///
    /// For any page [`parse`] returns, `parse(&page.render()) == Ok(page)`.
    /// A page built by hand keeps that promise only if it could have been
    /// parsed: titles and paragraphs on one line without surrounding
    /// whitespace (a paragraph that starts like a heading or a fence, or
    /// opens an HTML block it does not close, is written indented, as
    /// text, and reads back the same).
    /// Without an Other Errors section the page ends after the last block.
    ///
    /// ```
    /// # use apicodes::page::{Entry, Page};
    /// let page = Page {
    ///     title: "Response Codes".into(),
    ///     entries: vec![Entry {
    ///         code: 404,
    ///         title: "NOT FOUND".into(),
    ///         description: "Resource not found.".into(),
    ///         message: "Not \"found\"".into(),
    ///     }],
    ///     other_errors: Some("Check server status.".into()),
    /// };
    /// let expected = concat!(
    ///     "# Response Codes\n\n",
    ///     "### 404: NOT FOUND <a href=\"#id-404\" id=\"id-404\"></a>\n\n",
    ///     "Resource not found.\n\n",
    ///     "```c\n{ \"code\": 404, \"message\": \"Not \\\"found\\\"\" }\n```\n\n",
    ///     "## Other Errors <a href=\"#other\" id=\"other\"></a>\n\n",
    ///     "Check server status.\n",
    /// );
    /// assert_eq!(page.render(), expected);
    /// ```
    #[must_use]
    pub fn render(&self) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = self.write(&mut out);
        if self.other_errors.is_none() {
            // The blank line that separates blocks would be a trailing blank line.
            out.truncate(out.trim_end().len());
            out.push('\n');
        }
        out
    }

    fn write(&self, out: &mut String) -> fmt::Result {
        write!(out, "# {}{}\n\n", self.title, closing(&self.title))?;
        for entry in &self.entries {
            let code = entry.code;
            write!(
                out,
                "### {code}: {} <a href=\"#id-{code}\" id=\"id-{code}\"></a>\n\n{}{}\n\n",
                entry.title,
                indent(&entry.description),
                entry.description
            )?;
            write!(out, "```c\n{{ \"code\": {code}, \"message\": \"")?;
            json::escape_into(out, &entry.message);
            out.push_str("\" }\n```\n\n");
        }
        if let Some(text) = &self.other_errors {
            write!(
                out,
                "## Other Errors <a href=\"#other\" id=\"other\"></a>\n\n{}{text}\n",
                indent(text)
            )?;
        }
        Ok(())
    }
}

/// Writes [`Page::render`]'s text, so a page prints (`println!("{page}")`)
/// or writes into any `fmt::Write` as it renders.
///
/// ```
/// use apicodes::Code;
/// use apicodes::page::Page;
///
/// let page = Page::of::<Code>();
/// assert_eq!(page.to_string(), page.render());
/// assert!(page.to_string().starts_with("# Response Codes\n\n### 200: OK "));
/// ```
impl fmt::Display for Page {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

/// The catalogue of an error type: a page in the format of a table's
/// page, with a `### ` section per variant (in declaration order, a
/// `transparent` variant's inner variants in its place) giving the code it
/// answers with, its doc comment (or the code's description when it has
/// none) as rustdoc shows it, and its body, so an API can publish the
/// errors each endpoint returns straight from its types. The doc's own
/// headings, such as `# Examples`, move three levels down, below the
/// section's `###`; an HTML comment stays hidden; rustdoc's hidden lines
/// (`# setup();`) in a Rust example and its links to items (`` [`Cart::add`]
/// `` becomes `` `Cart::add` ``) are not shown.
///
/// A message filled in from fields shows its template, `{field}`
/// placeholders and all, and says so; a variant that sends `Retry-After`
/// says that too. An outage shows its 5xx code under the title
/// `Other Errors`.
///
/// ```
/// use apicodes::Code;
/// use apicodes::page::catalogue;
///
/// // A code is its own error: its catalogue is its page, by variant name.
/// let text = catalogue::<Code>("Any code");
/// assert!(text.starts_with("# Any code\n\n### `Ok`: 200 OK\n\nThe request was successful!\n\n"));
/// assert!(text.contains("```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n"));
/// ```
#[must_use]
pub fn catalogue<E: ApiErrorDocs>(title: &str) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    // One line.
    let title: String = title
        .chars()
        .map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c })
        .collect();
    let _ = writeln!(out, "# {title}{}", closing(&title));
    for variant in E::variants() {
        let code = variant.code.as_u16();
        let _ = write!(
            out,
            "\n### `{}`: {code} {}\n\n",
            variant.name,
            variant.code.title()
        );
        let doc = if variant.doc.is_empty() {
            variant.code.description()
        } else {
            variant.doc
        };
        if !doc.is_empty() {
            write_doc(&mut out, doc);
            out.push_str("\n\n");
        }
        if crate::status::sent_without_body(code) {
            // By number, for every table: a 1xx, 204, 205 or 304 is sent
            // without a body.
            out.push_str("Sent without a body.\n");
            continue;
        }
        let _ = write!(out, "```c\n{{ \"code\": {code}, \"message\": \"");
        json::escape_into(&mut out, variant.message);
        out.push_str("\" }\n```\n");
        if variant.interpolated {
            out.push_str("\nThe message is filled in from the error's fields, as `{field}` marks");
            if variant.message.contains("{{") || variant.message.contains("}}") {
                out.push_str("; `{{` and `}}` are sent as `{` and `}`");
            }
            out.push_str(".\n");
        }
        if variant.retry_after_always {
            out.push_str(
                "\nSent with a `Retry-After` header: the seconds to wait before retrying.\n",
            );
        } else if variant.retry_after {
            out.push_str(
                "\nSent with a `Retry-After` header when the delay is known: the seconds to \
                 wait before retrying.\n",
            );
        }
    }
    out
}

/// A variant's doc comment in its catalogue section: its headings (`#
/// Examples`, or `Examples` underlined with `=` or `-`) become ATX
/// headings three levels down, below the section's own `###` (levels 4 to
/// 6 all at 6, the deepest Markdown has);
/// code blocks, fenced or indented, are copied as they are (but the lines
/// rustdoc hides in a fenced Rust example, `# setup();`), and a fence the
/// doc leaves open is closed, so that the next section is not code.
/// Headings inside list items and quotes are left as written. An HTML
/// block that runs to its own end marker (a comment, `<pre>`, `<script>`)
/// is copied as it is, hidden where Markdown hides it, as rustdoc does;
/// one the doc leaves open is closed where the doc ends, or, in a list
/// item or a quote (where a renderer's HTML would not end it with its
/// container), shown as text, its `<` escaped. rustdoc's links to
/// items (`` [`Cart::add`] ``) are written as their text ([`unlinked`]).
fn write_doc(out: &mut String, doc: &str) {
    // A lone `\r` ends a line in Markdown as `\n` does.
    let doc = doc.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<String> = Vec::new();
    let mut fence = None;
    // Where the paragraph being read starts in `lines`, while it may still
    // turn out to be a heading's text; and whether a list item or a quote
    // goes on, whose lines are never a heading's text.
    let mut paragraph = None;
    let mut in_item = false;
    // Whether a list or a quote was met, whose text an indented line may
    // go on.
    let mut seen_item = false;
    let mut html: Option<HtmlBlock> = None;
    // rustdoc's links to items (`[Cart::add]: crate::Cart::add`), which
    // mean nothing on a page: their labels.
    let all: Vec<&str> = doc.split('\n').collect();
    let items: Vec<&str> = all
        .iter()
        .filter_map(|line| item_definition(block_start(line)?))
        .collect();
    for (k, &line) in all.iter().enumerate() {
        if let Some((ends, _)) = html {
            if holds_end(ends, line) {
                html = None;
            }
            lines.push(String::from(line));
            continue;
        }
        // A fence in a list item ends with the item: at a line indented
        // less than the item's text, read afresh below. (One indented at the
        // top ends only with its closing fence.)
        let spaces = fence.map_or(0, |(_, _, _, indent, _)| spaces_upto(line, indent));
        fence = fence.filter(|&(_, _, _, indent, in_list)| {
            !(in_list && spaces < indent && !line.trim().is_empty())
        });
        if let Some((mark, len, rust, _, _)) = fence {
            // It closes at the item's indentation.
            if fence_closes(&line[spaces..], mark, len) {
                fence = None;
                lines.push(String::from(line));
            } else if let Some(shown) = example_line(line, rust) {
                lines.push(shown);
            }
            continue;
        }
        if line.trim().is_empty() {
            paragraph = None;
            in_item = false;
            lines.push(String::from(line));
            continue;
        }
        let start = block_start(line);
        if let Some((text, ends)) = start.and_then(html_opener) {
            let at = line.len() - text.len();
            let container = Container::of(start, Some(text) != start, at, seen_item);
            let (written, block) = html_block(line, (text, ends), &all[k + 1..], container);
            lines.push(written);
            html = block;
            paragraph = None;
            continue;
        }
        if let Some((mark, len, info)) = fence_open(line) {
            let indent = line.len() - start.map_or(0, str::len);
            let in_list = in_item || (seen_item && indent > 0);
            fence = Some((mark, len, rust_example(info), indent, in_list));
            paragraph = None;
        } else if let Some((mark, len, info, at)) = start.and_then(item_fence) {
            // A list item that opens with a fence (`1. ```sh`).
            let indent = line.len() - start.map_or(0, str::len) + at;
            fence = Some((mark, len, rust_example(info), indent, true));
            paragraph = None;
            in_item = true;
            seen_item = true;
        } else if let Some((level, text)) = heading(line) {
            lines.push(demoted(level, &unlinked(text, &items)));
            continue;
        } else if start.and_then(item_definition).is_some() {
            continue;
        } else if let (Some(first), Some(level)) = (paragraph, start.and_then(underline)) {
            let text: Vec<&str> = lines[first..]
                .iter()
                .map(|line| paragraph_text(line).trim_end())
                .collect();
            let heading = demoted(level, &text.join(" "));
            lines.truncate(first);
            lines.push(heading);
            paragraph = None;
            continue;
        } else if let Some(rule) = start
            .map(is_rule)
            .filter(|&rule| rule || start.is_some_and(starts_item))
        {
            // A list item, a quote or a rule ends a paragraph and is none.
            paragraph = None;
            in_item = !rule;
            seen_item |= !rule;
        } else if paragraph.is_none() && !in_item {
            // A line indented four columns or more after a blank line is
            // code, and no heading's text.
            paragraph = start.map(|_| lines.len());
        }
        lines.push(match start {
            // Text, not code indented four columns.
            Some(_) => unlinked(line, &items),
            None => String::from(line),
        });
    }
    if let Some((mark, len, _, indent, _)) = fence {
        let closer = String::from(char::from(mark)).repeat(len);
        lines.push(alloc::format!("{}{closer}", " ".repeat(indent)));
    }
    if let Some((_, closer)) = html {
        lines.push(String::from(closer));
    }
    out.push_str(&lines.join("\n"));
}

/// A fence that opens a list item, after its marker (a `-` or `1.`, a
/// space, then three backticks or tildes):
/// its mark, length and info, and the column, from the marker's, where the
/// item's content starts.
fn item_fence(start: &str) -> Option<(u8, usize, &str, usize)> {
    let (content, at) = item_content(start)?;
    let (mark, len, info) = fence_open(content)?;
    Some((mark, len, info, at))
}

/// A list item's text after its marker (`- `, `1. `) and where, from the
/// marker's column, it starts.
fn item_content(start: &str) -> Option<(&str, usize)> {
    let digits = start.bytes().take_while(u8::is_ascii_digit).count();
    let marker = match digits {
        0 if start.starts_with(['-', '*', '+']) => 1,
        1..=9 if start[digits..].starts_with(['.', ')']) => digits + 1,
        _ => return None,
    };
    let rest = &start[marker..];
    let spaces = rest.bytes().take_while(|&b| b == b' ').count();
    (1..=4)
        .contains(&spaces)
        .then(|| (&rest[spaces..], marker + spaces))
}

/// The label of a link reference definition whose destination is a Rust
/// item, as rustdoc reads it (`[label]: crate::Cart::add`).
fn item_definition(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('[')?;
    let (label, rest) = rest.split_once("]:")?;
    let target = rest.trim();
    (!label.is_empty() && !label.contains(['[', ']']) && rust_item(target, false)).then_some(label)
}

/// Whether `target` names a Rust item as rustdoc's links do, in backticks
/// or not: a path (`Cart::add`, `crate::Cart`), or one word where `word`
/// allows it or where it has a kind (`fn@add`) or a call or macro mark
/// (`add()`, `vec!`): one plain word may also be a page's address.
fn rust_item(target: &str, word: bool) -> bool {
    let target = target
        .strip_prefix('`')
        .and_then(|t| t.strip_suffix('`'))
        .unwrap_or(target);
    let (kind, path) = match target.split_once('@') {
        Some((kind, path)) if !kind.is_empty() && kind.bytes().all(|b| b.is_ascii_lowercase()) => {
            (true, path)
        }
        _ => (false, target),
    };
    let (mark, path) = match path.strip_suffix("()").or_else(|| path.strip_suffix('!')) {
        Some(path) => (true, path),
        None => (false, path),
    };
    let segments: Vec<&str> = path.split("::").collect();
    let words = segments.iter().all(|segment| {
        segment.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && segment
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
    });
    words && (segments.len() > 1 || kind || mark || word)
}

/// `line` with rustdoc's links to items written as their text:
/// `` [`Cart::add`] `` as `` `Cart::add` ``, `[the cart](crate::Cart)` and
/// `[the cart][crate::Cart]` as `the cart`, and a label `items` defines
/// (see [`item_definition`]) without its brackets. Links to pages, code
/// spans and other brackets are kept as written.
fn unlinked(line: &str, items: &[&str]) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find(['`', '[']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('`') {
            // A code span, to its closing run of as many backticks.
            let run = rest.bytes().take_while(|&b| b == b'`').count();
            let close = rest[run..]
                .match_indices(&rest[..run])
                .find(|&(i, _)| !rest[run + i + run..].starts_with('`'))
                .map_or(run, |(i, _)| run + i + run);
            out.push_str(&rest[..close]);
            rest = &rest[close..];
            continue;
        }
        let Some(end) = label_end(rest) else {
            out.push('[');
            rest = &rest[1..];
            continue;
        };
        let label = &rest[1..end];
        let after = &rest[end + 1..];
        // The destination, how much of `after` it takes, and whether one
        // word there names an item: in `[text][Vec]`, which Markdown shows
        // as written without a definition, but not in `[text](guide)`, a
        // page's address.
        let (target, used, word) = if let Some(inner) = after.strip_prefix('(') {
            // To the `)` that balances the `(` (`Cart::add()` holds one).
            let mut depth = 0_usize;
            let close = inner.char_indices().find_map(|(i, c)| match c {
                '(' => {
                    depth += 1;
                    None
                }
                ')' if depth == 0 => Some(i),
                ')' => {
                    depth -= 1;
                    None
                }
                _ => None,
            });
            close.map_or((None, 0, false), |close| {
                (Some(&inner[..close]), close + 2, false)
            })
        } else if let Some(inner) = after.strip_prefix('[') {
            inner.find(']').map_or((None, 0, false), |close| {
                let target = if close == 0 { label } else { &inner[..close] };
                (Some(target), close + 2, true)
            })
        } else {
            (None, 0, true)
        };
        let item = match target {
            Some(target) => rust_item(target.trim(), word) || items.contains(&target),
            // `[`Vec`]`: Markdown shows a code span in brackets, rustdoc a
            // link; plain `[note]` may be text.
            None => {
                !after.starts_with(':')
                    && (items.contains(&label) || label.starts_with('`') && rust_item(label, true))
            }
        };
        if item {
            out.push_str(label);
            rest = &after[used..];
        } else {
            out.push('[');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// Where the link label `text` opens (at its `[`) closes: its `]`, past
/// code spans, with no other bracket before it.
fn label_end(text: &str) -> Option<usize> {
    let mut i = 1;
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        match b {
            b']' => return Some(i),
            b'[' => return None,
            b'`' => {
                let run = text[i..].bytes().take_while(|&b| b == b'`').count();
                let close = text[i + run..].find(&text[i..i + run])?;
                i += run + close + run;
            }
            _ => i += 1,
        }
    }
    None
}

/// A code line of a fence as rustdoc shows it: in a Rust example, none for
/// a line it hides (`# setup();`), and `#` for the `##` a line that starts
/// with `#` is written with.
fn example_line(line: &str, rust: bool) -> Option<String> {
    let text = line.trim_start();
    if !rust {
        return Some(String::from(line));
    }
    if text == "#" || text.starts_with("# ") {
        return None;
    }
    Some(if text.starts_with("##") {
        let indent = line.len() - text.len();
        alloc::format!("{}{}", &line[..indent], &text[1..])
    } else {
        String::from(line)
    })
}

/// The end markers of an HTML block being copied, and the one that closes
/// it where the doc leaves it open.
type HtmlBlock = (&'static [&'static str], &'static str);

/// How many spaces `line` starts with, `most` at the most.
fn spaces_upto(line: &str, most: usize) -> usize {
    line.bytes().take(most).take_while(|&b| b == b' ').count()
}

/// What holds an HTML block that is not at the top of a doc.
#[derive(Clone, Copy)]
enum Container {
    /// A quote: its lines start with `>`.
    Quote,
    /// A list item whose text starts at this column.
    Item(usize),
}

impl Container {
    /// What holds a block opened at column `at` of a line whose text is
    /// `start`: a quote or a list item when it opens after a `marked`
    /// line's marker, a list item's text when it is indented after a list
    /// was met, else the top (a line at column 0 after a list item starts a
    /// block after the list).
    fn of(start: Option<&str>, marked: bool, at: usize, seen_item: bool) -> Option<Container> {
        if marked {
            Some(if start.is_some_and(|start| start.starts_with('>')) {
                Container::Quote
            } else {
                Container::Item(at)
            })
        } else {
            (at > 0 && seen_item).then_some(Container::Item(at))
        }
    }
}

/// A line that opens an HTML block only its own end marker closes (`text`,
/// its opener on, and `ends`, its end markers), as the catalogue writes it,
/// and the block that goes on
/// after it, if any: one that ends on this line, or on a line `after` that
/// its `container` (if any) still holds, or that is open at the top of the
/// doc (to be closed where the doc ends), is copied as written; one left
/// open in a list item or a quote, whose end ends the block in Markdown but
/// not the comment in the HTML a renderer makes of it, is shown as text,
/// its `<` escaped.
fn html_block(
    line: &str,
    (text, ends): (&str, &'static [&'static str]),
    after: &[&str],
    container: Option<Container>,
) -> (String, Option<HtmlBlock>) {
    if holds_end(ends, &text[1..]) {
        return (String::from(line), None);
    }
    let held = |line: &&&str| match container {
        None => true,
        Some(Container::Quote) => block_start(line).is_some_and(|start| start.starts_with('>')),
        Some(Container::Item(column)) => {
            line.trim().is_empty() || spaces_upto(line, column) == column
        }
    };
    if container.is_none()
        || after
            .iter()
            .take_while(held)
            .any(|line| holds_end(ends, line))
    {
        return (String::from(line), Some((ends, html_closer(text))));
    }
    let at = line.len() - text.len();
    (alloc::format!("{}\\{text}", &line[..at]), None)
}

/// The text of a line (`start`, after its indent) that opens an HTML block
/// only its own end marker closes, with its end markers (see
/// [`raw_html_block`]): the line's, or a list item's or a quote's after its
/// marker.
fn html_opener(start: &str) -> Option<(&str, &'static [&'static str])> {
    let contained = item_content(start).map(|(content, _)| content).or_else(|| {
        start
            .strip_prefix('>')
            .map(|rest| rest.trim_start_matches(' '))
    });
    [Some(start), contained]
        .into_iter()
        .flatten()
        .find_map(|text| Some((text, raw_html_block(text)?)))
}

/// Whether a fence with this info string holds a Rust example for rustdoc:
/// no info, or only `rust` and rustdoc's attributes (`no_run`,
/// `ignore`, `edition2021`...).
fn rust_example(info: &str) -> bool {
    info.split([',', ' ', '\t'])
        .filter(|word| !word.is_empty())
        .all(|word| {
            matches!(
                word,
                "rust"
                    | "ignore"
                    | "should_panic"
                    | "no_run"
                    | "compile_fail"
                    | "test_harness"
                    | "standalone_crate"
            ) || word.starts_with("edition")
                || word.starts_with("ignore-")
                // An error code a `compile_fail` example expects (`E0308`).
                || (word.len() == 5
                    && word.starts_with('E')
                    && word[1..].bytes().all(|b| b.is_ascii_digit()))
        })
}

/// The end marker that closes the HTML block `text` opens (see
/// [`raw_html_block`]): for a `<pre>`, `<script>`, `<style>` or
/// `<textarea>`, that tag's own closing tag, which ends it in HTML too.
fn html_closer(text: &str) -> &'static str {
    let rest = &text[1..];
    if rest.starts_with("!--") {
        "-->"
    } else if rest.starts_with("![CDATA[") {
        "]]>"
    } else if rest.starts_with('?') {
        "?>"
    } else if rest.starts_with('!') {
        ">"
    } else {
        ["script", "style", "textarea"]
            .into_iter()
            .zip(["</script>", "</style>", "</textarea>"])
            .find(|(tag, _)| {
                rest.get(..tag.len())
                    .is_some_and(|name| name.eq_ignore_ascii_case(tag))
            })
            .map_or("</pre>", |(_, end)| end)
    }
}

/// The end markers of the HTML block a line's text (after its indent)
/// opens, of the kinds that run to their own end marker, not to a blank
/// line (kinds 1 to 5 of `CommonMark`): `-->` after `<!--`, `?>` after
/// `<?`, `>` after `<!` and a letter, `]]>` after `<![CDATA[`, and any of
/// `</pre>`, `</script>`, `</style>` and `</textarea>` (whichever tag
/// opened it) after `<pre`, `<script`, `<style` or `<textarea` followed by
/// a space, `>` or the line's end; `None` for any other text.
fn raw_html_block(text: &str) -> Option<&'static [&'static str]> {
    let rest = text.strip_prefix('<')?;
    if rest.starts_with("!--") {
        Some(&["-->"])
    } else if rest.starts_with("![CDATA[") {
        Some(&["]]>"])
    } else if rest.starts_with('?') {
        Some(&["?>"])
    } else if rest
        .strip_prefix('!')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()))
    {
        Some(&[">"])
    } else {
        ["pre", "script", "style", "textarea"]
            .iter()
            .any(|tag| {
                rest.get(..tag.len())
                    .is_some_and(|name| name.eq_ignore_ascii_case(tag))
                    && rest[tag.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| matches!(c, '>' | ' ' | '\t' | '\u{b}' | '\u{c}'))
            })
            .then_some(&["</pre>", "</script>", "</style>", "</textarea>"])
    }
}

/// Whether `text` holds one of the end markers `ends` (see
/// [`raw_html_block`]), in any case.
fn holds_end(ends: &[&str], text: &str) -> bool {
    ends.iter().any(|end| {
        text.as_bytes()
            .windows(end.len())
            .any(|window| window.eq_ignore_ascii_case(end.as_bytes()))
    })
}

/// Whether `text` holds what Markdown reads as HTML, not as text: a tag
/// (`<a id=x>`, `</a >`, `<br/>`), a comment, a processing instruction, a
/// declaration or a CDATA section, each with its end. (`A<B` and `<3` are
/// text.)
fn opens_html_tag(text: &str) -> bool {
    // Where each end last starts: whether one follows a `<` is then one
    // comparison, so the text is searched once per end, not once per `<`.
    let last = |end: &str| text.rfind(end);
    let (comment, cdata, instruction, close) = (last("-->"), last("]]>"), last("?>"), last(">"));
    let from = |end: Option<usize>, at: usize| end.is_some_and(|end| end >= at);
    text.match_indices('<').any(|(at, _)| {
        // `<` is ASCII: what follows it starts on a character boundary.
        let start = at + 1;
        let rest = &text[start..];
        if let Some(rest) = rest.strip_prefix("!--") {
            // `<!-->` and `<!--->` are whole comments too.
            return rest.starts_with('>') || rest.starts_with("->") || from(comment, start + 3);
        }
        if rest.starts_with("![CDATA[") {
            return from(cdata, start + 8);
        }
        if rest.starts_with('?') {
            return from(instruction, start + 1);
        }
        if let Some(rest) = rest.strip_prefix('!') {
            // A declaration: a letter, then anything up to `>`.
            return rest.starts_with(|c: char| c.is_ascii_alphabetic()) && from(close, start + 1);
        }
        let name = rest.strip_prefix('/').unwrap_or(rest);
        let after = name.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-');
        name.starts_with(|c: char| c.is_ascii_alphabetic())
            && after.starts_with(['>', '/', ' ', '\t'])
            && from(close, text.len() - after.len())
    })
}

/// A heading of `level` three levels down, to level 6 at the most, so no
/// heading of the doc's rises above one it had above it (see [`closing`]).
fn demoted(level: u8, text: &str) -> String {
    let hashes = "#".repeat(usize::from(level.saturating_add(3).min(6)));
    alloc::format!("{hashes} {text}{}", closing(text))
}

/// What follows a heading's `text`: a closing sequence where the text ends
/// in `#`, which a reader would otherwise take for one and drop.
fn closing(text: &str) -> &'static str {
    if text.ends_with('#') { " #" } else { "" }
}

/// A thematic break: three or more of `-`, `*` or `_`, spaces between.
fn is_rule(line: &str) -> bool {
    let mut marks = line.bytes().filter(|b| !matches!(b, b' ' | b'\t'));
    let Some(first) = marks.next() else {
        return false;
    };
    matches!(first, b'-' | b'*' | b'_')
        && line.bytes().filter(|&b| b == first).count() >= 3
        && marks.all(|b| b == first)
}

/// A setext heading's underline (`===` or `---`, after a paragraph line):
/// its level, 1 or 2.
fn underline(line: &str) -> Option<u8> {
    let line = line.trim_end();
    let first = line.bytes().next()?;
    let level = match first {
        b'=' => 1,
        b'-' => 2,
        _ => return None,
    };
    line.bytes().all(|b| b == first).then_some(level)
}

/// Whether a line starts a list item (`- `, `* `, `+ `, `1. `, `1) `) or a
/// quote (`>`), whose text a setext underline does not make a heading.
fn starts_item(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &line[digits..];
    line.starts_with('>')
        || (digits == 0
            && ["- ", "* ", "+ "]
                .iter()
                .any(|marker| line.starts_with(marker)))
        || (digits > 0 && (rest.starts_with(". ") || rest.starts_with(") ")))
}

/// A problem in a page: where it is and what it is.
///
/// Its message names the line, says what is wrong and what to do:
///
/// ```
/// # use apicodes::page::{self, PageErrorKind};
/// let errors = page::parse("# Response Codes\n\n### 404 NOT FOUND\n").unwrap_err();
/// assert_eq!(errors[0].line, 3);
/// assert!(matches!(errors[0].kind, PageErrorKind::MissingColon { .. }));
/// assert!(errors[0].to_string().starts_with("line 3: heading `404 NOT FOUND` is not"));
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct PageError {
    /// The 1-based line of the problem.
    pub line: usize,
    /// What the problem is.
    pub kind: PageErrorKind,
}

/// What is wrong with a page; see each variant for where its line points
/// when that is not the offending line itself.
///
/// ```
/// # use apicodes::page::{self, PageErrorKind};
/// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n```c\n{ \"code\": \"404\" }\n```\n";
/// for error in page::parse(text).unwrap_err() {
///     match error.kind {
///         PageErrorKind::BodyCodeNotInteger { found } => assert_eq!(found, "a string"),
///         PageErrorKind::BodyMissingKey { key } => assert_eq!(key, "message"),
///         other => panic!("unexpected {other:?}"),
///     }
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum PageErrorKind {
    /// Text before the `# ` title line.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "Intro.\n\n# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 1, kind: PageErrorKind::TextBeforeTitle }]),
    /// );
    /// ```
    TextBeforeTitle,
    /// No `# ` title line before the first section heading (or in the
    /// whole page; then the line is the last one).
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 1, kind: PageErrorKind::MissingTitle }]),
    /// );
    /// ```
    MissingTitle,
    /// The page's `# ` title names a code (`# 404: NOT FOUND`) and a code's
    /// section follows it (a body, fenced, or a paragraph shaped as a JSON
    /// object, as [`PageErrorKind::UnfencedBody`] says): a code's heading
    /// with two `#` too few, where the page's title goes. What follows it, to the next
    /// heading, is not read.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 1,
    ///         kind: PageErrorKind::TitleNamesCode { code: 404, title: "NOT FOUND".into() },
    ///     }]),
    /// );
    /// ```
    TitleNamesCode {
        /// The code it names.
        code: u16,
        /// Its title, after the code's `:`.
        title: String,
    },
    /// The `# ` title line has no text.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# \n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 1, kind: PageErrorKind::EmptyTitle }]),
    /// );
    /// ```
    EmptyTitle,
    /// A second `# ` title line.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n# More codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 3, kind: PageErrorKind::SecondTitle { first: 1 } }]),
    /// );
    /// ```
    SecondTitle {
        /// The line of the first title.
        first: usize,
    },
    /// Text between the title and the first `###` code heading.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\nIntro.\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 3, kind: PageErrorKind::TextBeforeFirstCode }]),
    /// );
    /// ```
    TextBeforeFirstCode,
    /// A `###` heading without a `:` after the code.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404 NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 3,
    ///         kind: PageErrorKind::MissingColon { heading: "404 NOT FOUND".into() },
    ///     }]),
    /// );
    /// ```
    MissingColon {
        /// The heading's text, without `###` and the anchor.
        heading: String,
    },
    /// The part of a `###` heading before the `:` is not a number.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### Four: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 3,
    ///         kind: PageErrorKind::CodeNotNumber { text: "Four".into() },
    ///     }]),
    /// );
    /// ```
    CodeNotNumber {
        /// That part.
        text: String,
    },
    /// A heading's code is a number but not an HTTP status, `100..=599`.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 4040: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 3,
    ///         kind: PageErrorKind::CodeOutOfRange { text: "4040".into() },
    ///     }]),
    /// );
    /// ```
    CodeOutOfRange {
        /// The number as written.
        text: String,
    },
    /// A `###` heading with a code but no title after the `:`.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404:\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 3, kind: PageErrorKind::EmptyEntryTitle { code: 404 } }]),
    /// );
    /// ```
    EmptyEntryTitle {
        /// The heading's code.
        code: u16,
    },
    /// A heading's `<a>` anchor has an `id` other than `id-CODE`.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND <a href=\"#id-40\" id=\"id-40\"></a>\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 3,
    ///         kind: PageErrorKind::AnchorMismatch { code: 404, id: Some("id-40".into()) },
    ///     }]),
    /// );
    /// ```
    AnchorMismatch {
        /// The heading's code.
        code: u16,
        /// The anchor's `id`, `None` if it has none.
        id: Option<String>,
    },
    /// A code documented twice; the line is the second heading's.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n\
    ///             \n### 404: GONE\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Gone\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 11,
    ///         kind: PageErrorKind::DuplicateCode { code: 404, first: 3 },
    ///     }]),
    /// );
    /// ```
    DuplicateCode {
        /// The code.
        code: u16,
        /// The line of the first heading.
        first: usize,
    },
    /// A title that gives no Rust variant name (see [`Entry::name`]).
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: 404\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 3,
    ///         kind: PageErrorKind::InvalidName { title: "404".into() },
    ///     }]),
    /// );
    /// ```
    InvalidName {
        /// The title.
        title: String,
    },
    /// Two titles that give the same variant name; the line is the second's.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n\
    ///             \n### 410: NOT-FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 410, \"message\": \"Gone\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 11,
    ///         kind: PageErrorKind::DuplicateName { name: "NotFound".into(), first: 3 },
    ///     }]),
    /// );
    /// ```
    DuplicateName {
        /// The name both give.
        name: String,
        /// The line of the first heading.
        first: usize,
    },
    /// A code without a description paragraph; the line is its heading's.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 3, kind: PageErrorKind::MissingDescription { code: 404 } }]),
    /// );
    /// ```
    MissingDescription {
        /// The code.
        code: u16,
    },
    /// A code without a body block; the line is its heading's.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 3, kind: PageErrorKind::MissingBody { code: 404 } }]),
    /// );
    /// ```
    MissingBody {
        /// The code.
        code: u16,
    },
    /// A paragraph or block in a code's section besides its one description
    /// and one body block.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n\nMore.\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 11, kind: PageErrorKind::ExtraText { code: 404 } }]),
    /// );
    /// ```
    ExtraText {
        /// The code.
        code: u16,
    },
    /// A line meant as a code's heading, with no space after its `#`s
    /// (`###418: TEAPOT`), which Markdown reads as text.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n###404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// let errors = page::parse(text).unwrap_err();
    /// assert_eq!(errors[0], PageError { line: 3, kind: PageErrorKind::HeadingWithoutSpace });
    /// ```
    HeadingWithoutSpace,
    /// A heading of level 4 to 6, which the format has no place for.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n\n#### Notes\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 11, kind: PageErrorKind::UnexpectedHeading { level: 4 } }]),
    /// );
    /// ```
    UnexpectedHeading {
        /// The number of `#`.
        level: u8,
    },
    /// A body block opened with a language other than `c` or `json`.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```rust\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 7,
    ///         kind: PageErrorKind::UnsupportedFence { info: "rust".into() },
    ///     }]),
    /// );
    /// ```
    UnsupportedFence {
        /// The text after the opening backticks.
        info: String,
    },
    /// A code block that is never closed; the line is its opening fence's.
    /// A `#`, `##` or `###` heading ends it, so the rest of the page still
    /// parses.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 7, kind: PageErrorKind::UnclosedFence }]),
    /// );
    /// ```
    UnclosedFence,
    /// A line of a paragraph that opens an HTML block only its own end
    /// marker closes (`<!--`, `<pre>`, `<script>`, `<style>`, `<textarea>`,
    /// `<?`, `<!X`), where the paragraph does not hold that marker (`-->`,
    /// `</pre>`...): Markdown would show it as markup and hide every section
    /// after it up to the marker, so the page would not show what it
    /// documents.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\n<!-- Gone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 5, kind: PageErrorKind::HtmlBlock }]),
    /// );
    /// ```
    HtmlBlock,
    /// A heading underlined with `===` or `---` (Markdown's other way to
    /// write one), where the format writes `# ` before it: the page's title
    /// (first), or `Other Errors`. It is read as that heading, so nothing
    /// else is reported about it. Elsewhere see [`UnderlinedText`].
    ///
    /// [`UnderlinedText`]: PageErrorKind::UnderlinedText
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "Codes\n=====\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 1, kind: PageErrorKind::UnderlinedHeading { level: 1 } }]),
    /// );
    /// ```
    UnderlinedHeading {
        /// 1 for `===`, 2 for `---`.
        level: u8,
    },
    /// A paragraph the page needs (a code's description, the Other Errors
    /// text) with a line of only `===` or `---` under it, which makes it a
    /// heading in Markdown where the page has none. It is read as the
    /// paragraph. (Where a paragraph has no place, that is what is
    /// reported, once.)
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n---\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 5, kind: PageErrorKind::UnderlinedText { level: 2 } }]),
    /// );
    /// ```
    UnderlinedText {
        /// 1 for `===`, 2 for `---`.
        level: u8,
    },
    /// A code's body block written as an indented paragraph (Markdown's
    /// indented code block), where the format fences it. It counts as the
    /// code's body, so its absence is not reported too.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             \x20   { \"code\": 404, \"message\": \"Not found\" }\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 7, kind: PageErrorKind::IndentedBody { code: 404 } }]),
    /// );
    /// ```
    IndentedBody {
        /// The code.
        code: u16,
    },
    /// A code's body written as a plain paragraph (one shaped as a JSON
    /// object: it opens `{"`, holds a `":` and ends with `}`, or is `{}`; a
    /// mistake in its
    /// JSON is reported once it is fenced), where the format fences it, and
    /// no fenced block follows in the section. It counts as
    /// the code's body, so its absence is not reported too, nor the
    /// paragraph as extra text. (With a fenced block after it, a paragraph
    /// that is a JSON object whole is extra text, and as a code's first
    /// paragraph no description.)
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             { \"code\": 404, \"message\": \"Not found\" }\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 7, kind: PageErrorKind::UnfencedBody { code: 404 } }]),
    /// );
    /// ```
    UnfencedBody {
        /// The code.
        code: u16,
    },
    /// A body block that is not JSON.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404 \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 8,
    ///         kind: PageErrorKind::BodyNotJson {
    ///             column: 15,
    ///             reason: "expected ',' or '}' after a value",
    ///         },
    ///     }]),
    /// );
    /// ```
    BodyNotJson {
        /// The 1-based column, in characters, where reading stopped.
        column: usize,
        /// What was wrong there, such as `expected ',' or '}' after a value`.
        reason: &'static str,
    },
    /// A body block that is JSON but not an object.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n[404, \"Not found\"]\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 8,
    ///         kind: PageErrorKind::BodyNotObject { found: "an array" },
    ///     }]),
    /// );
    /// ```
    BodyNotObject {
        /// What it is instead, such as `an array`.
        found: &'static str,
    },
    /// A body object without `"code"` or `"message"`; the line is the `{`'s.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404 }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 8,
    ///         kind: PageErrorKind::BodyMissingKey { key: "message" },
    ///     }]),
    /// );
    /// ```
    BodyMissingKey {
        /// `code` or `message`.
        key: &'static str,
    },
    /// A body object with `"code"` or `"message"` twice; the line is the
    /// second key's.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 8, kind: PageErrorKind::BodyDuplicateKey { key: "code" } }]),
    /// );
    /// ```
    BodyDuplicateKey {
        /// `code` or `message`.
        key: &'static str,
    },
    /// A body object with a key other than `"code"` and `"message"`.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\", \"id\": 7 }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 8,
    ///         kind: PageErrorKind::BodyUnexpectedKey { key: "id".into() },
    ///     }]),
    /// );
    /// ```
    BodyUnexpectedKey {
        /// The key, unescaped.
        key: String,
    },
    /// A body whose `"code"` is not an integer.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": \"404\", \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 8,
    ///         kind: PageErrorKind::BodyCodeNotInteger { found: "a string" },
    ///     }]),
    /// );
    /// ```
    BodyCodeNotInteger {
        /// What it is instead, such as `a string`.
        found: &'static str,
    },
    /// A body whose `"message"` is not a string.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": 404 }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 8,
    ///         kind: PageErrorKind::BodyMessageNotString { found: "an integer" },
    ///     }]),
    /// );
    /// ```
    BodyMessageNotString {
        /// What it is instead, such as `an integer`.
        found: &'static str,
    },
    /// A body whose `"code"` differs from its heading's code.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 410, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 8,
    ///         kind: PageErrorKind::CodeMismatch { heading: 404, body: "410".into() },
    ///     }]),
    /// );
    /// ```
    CodeMismatch {
        /// The heading's code.
        heading: u16,
        /// The body's code as written (it may not fit any integer type).
        body: String,
    },
    /// A body whose `"message"` is empty or only whitespace.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \" \" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 8, kind: PageErrorKind::EmptyMessage { code: 404 } }]),
    /// );
    /// ```
    EmptyMessage {
        /// The code.
        code: u16,
    },
    /// A `##` section other than `## Other Errors`.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n\n## Notes\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError {
    ///         line: 11,
    ///         kind: PageErrorKind::UnknownSection { heading: "Notes".into() },
    ///     }]),
    /// );
    /// ```
    UnknownSection {
        /// The heading's text, without `##` and the anchor.
        heading: String,
    },
    /// A `## Other Errors` section without a paragraph; the line is its
    /// heading's.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n\n## Other Errors\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 11, kind: PageErrorKind::MissingOtherErrorsText }]),
    /// );
    /// ```
    MissingOtherErrorsText,
    /// Anything after the Other Errors paragraph, which must end the page.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n\
    ///             \n## Other Errors\n\nCheck status.\n\nMore.\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 15, kind: PageErrorKind::TextAfterOtherErrors }]),
    /// );
    /// ```
    TextAfterOtherErrors,
    /// A list, a quote, a rule or a table going on from a paragraph's text
    /// (a code's description, the Other Errors text) on the next line,
    /// which Markdown shows as a block of its own, not as the text's words.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n\n### 404: NOT FOUND\n\nGone. Causes:\n- a typo\n\n\
    ///             ```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 6, kind: PageErrorKind::BlockInText }]),
    /// );
    /// ```
    BlockInText,
    /// A page without any `###` code heading; the line is the last one.
    ///
    /// ```
    /// # use apicodes::page::{self, PageError, PageErrorKind};
    /// let text = "# Codes\n";
    /// assert_eq!(
    ///     page::parse(text),
    ///     Err(vec![PageError { line: 1, kind: PageErrorKind::NoCodes }]),
    /// );
    /// ```
    NoCodes,
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.kind)
    }
}

/// What is wrong and what to do, without the line.
///
/// ```
/// use apicodes::page::PageErrorKind;
///
/// let kind = PageErrorKind::EmptyMessage { code: 404 };
/// assert_eq!(kind.to_string(), "the message of code 404 is empty; write the text clients will see");
/// ```
impl fmt::Display for PageErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.describe(f)
    }
}

impl core::error::Error for PageError {}

impl PageErrorKind {
    // One arm per variant: a table of messages reads best unsplit.
    #[expect(clippy::too_many_lines)]
    fn describe(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const SHAPE: &str = "{ \"code\": N, \"message\": \"...\" }";
        match self {
            Self::TextBeforeTitle => f.write_str(
                "text before the `# ` title; the page must start with its title, \
                 so remove this or move it into a description",
            ),
            Self::MissingTitle => f.write_str(
                "no `# ` title line before this point; start the page with one, \
                 such as `# Response Codes`",
            ),
            Self::TitleNamesCode { code, title } => {
                f.write_str(
                    "the page's `# ` title names a code; start the page with a title of \
                     its own, such as `# Response Codes`, then write each code as ",
                )?;
                write_code_heading(f, *code, title)
            }
            Self::EmptyTitle => f.write_str("the title is empty; write it after `# `"),
            Self::SecondTitle { first } => write!(
                f,
                "a second `# ` title (the first is on line {first}); keep one, \
                 and write codes as `### CODE: TITLE`"
            ),
            Self::TextBeforeFirstCode => f.write_str(
                "text between the title and the first code; only blank lines may \
                 come there, so remove this or move it into a description",
            ),
            Self::MissingColon { heading } => write!(
                f,
                "heading `{}` is not of the form `CODE: TITLE`; put a `:` after \
                 the code, as in `### 404: NOT FOUND`",
                heading.escape_debug()
            ),
            Self::CodeNotNumber { text } if status_code(text.trim()).is_ok() => write!(
                f,
                "`{}` before the `:` has spaces around the code; write the `:` right \
                 after it, as in `### {}: NOT FOUND`",
                text.escape_debug(),
                text.trim()
            ),
            Self::CodeNotNumber { text } => write!(
                f,
                "`{}` before the `:` is not a number; start the heading with the \
                 status code, as in `### 404: NOT FOUND`",
                text.escape_debug()
            ),
            Self::CodeOutOfRange { text } => write!(
                f,
                "code {text} is not an HTTP status; use one from 100 to 599 (RFC 9110)"
            ),
            Self::EmptyEntryTitle { code } => write!(
                f,
                "code {code} has no title; write one after the `:`, as in \
                 `### {code}: NOT FOUND`"
            ),
            Self::AnchorMismatch { code, id: Some(id) } => write!(
                f,
                "the anchor of code {code} has id `{}`; change it to `id-{code}`",
                id.escape_debug()
            ),
            Self::AnchorMismatch { code, id: None } => write!(
                f,
                "the anchor of code {code} has no id; give it `id=\"id-{code}\"`"
            ),
            Self::DuplicateCode { code, first } => write!(
                f,
                "code {code} is already documented on line {first}; remove one of \
                 the two sections or change its code"
            ),
            Self::InvalidName { title } => write!(
                f,
                "title `{}` gives no Rust variant name: {}",
                title.escape_debug(),
                name_from_title(title)
                    .err()
                    .unwrap_or("choose another title; a title of words gives one")
            ),
            Self::DuplicateName { name, first } => write!(
                f,
                "this title gives the variant name `{name}`, as the title on line \
                 {first} does; rename one of them"
            ),
            Self::MissingDescription { code } => write!(
                f,
                "code {code} has no description; write a paragraph between its \
                 heading and its body block"
            ),
            Self::MissingBody { code } => write!(
                f,
                "code {code} has no body block; add one after its description: \
                 ```c, then `{{ \"code\": {code}, \"message\": \"...\" }}`, then ```"
            ),
            Self::ExtraText { code } => write!(
                f,
                "unexpected text in the section of code {code}, which holds one \
                 description paragraph and one body block; merge this into the \
                 description or remove it"
            ),
            Self::HeadingWithoutSpace => f.write_str(
                "this line reads as text, not as a code's heading: Markdown needs a \
                 space after the `#`s; write `### CODE: TITLE`",
            ),
            Self::UnexpectedHeading { level } => write!(
                f,
                "a level-{level} heading has no place in the page; write codes as \
                 `### CODE: TITLE`, or make this text part of a description"
            ),
            Self::UnsupportedFence { info } => write!(
                f,
                "code block language `{}` is not supported; open the block with \
                 ```c, ```json or ```",
                info.escape_debug()
            ),
            Self::UnclosedFence => f.write_str(
                "the code block opened here is never closed; end it with a line \
                 holding only the fence that opened it, such as ```",
            ),
            Self::HtmlBlock => f.write_str(
                "this line opens an HTML block (a comment, `<pre>`, `<script>`...) that its \
                 paragraph does not close, which Markdown would show as markup, hiding the \
                 sections after it; close it in the paragraph (`-->`, `</pre>`...) or start \
                 the line with a word",
            ),
            Self::UnderlinedHeading { level } => write!(
                f,
                "this heading is underlined with `{}`; write it on one line after `{} `, \
                 as the page's headings are",
                if *level == 1 { "===" } else { "---" },
                "#".repeat(usize::from(*level))
            ),
            Self::UnderlinedText { level } => write!(
                f,
                "the line of `{}` under this text makes it a heading in Markdown, where the \
                 page has none; remove that line",
                if *level == 1 { "=" } else { "-" },
            ),
            Self::IndentedBody { code } => write!(
                f,
                "the body of code {code} is indented; fence it instead: ```c, then \
                 `{{ \"code\": {code}, \"message\": \"...\" }}` without indentation, then ```"
            ),
            Self::UnfencedBody { code } => write!(
                f,
                "the body of code {code} is not in a block; fence it: a line ```c before \
                 it and a line ``` after it"
            ),
            Self::BodyNotJson { column, reason } => write!(
                f,
                "the body is not JSON: {reason} (column {column}); write it as {SHAPE}"
            ),
            Self::BodyNotObject { found } => write!(
                f,
                "the body is {found}, not a JSON object; write it as {SHAPE}"
            ),
            Self::BodyMissingKey { key } => {
                write!(f, "the body has no \"{key}\"; write it as {SHAPE}")
            }
            Self::BodyDuplicateKey { key } => {
                write!(f, "the body has \"{key}\" twice; remove one")
            }
            Self::BodyUnexpectedKey { key } => {
                let mut escaped = String::new();
                json::escape_into(&mut escaped, key);
                write!(
                    f,
                    "unexpected key \"{escaped}\" in the body, which holds only \
                     \"code\" and \"message\"; remove it"
                )
            }
            Self::BodyCodeNotInteger { found } => write!(
                f,
                "\"code\" is {found}, not an integer; write the status code as a \
                 bare number, such as 404"
            ),
            Self::BodyMessageNotString { found } => write!(
                f,
                "\"message\" is {found}, not a string; write it in double quotes"
            ),
            Self::CodeMismatch { heading, body } => write!(
                f,
                "the heading says code {heading} but the body says {body}; make \
                 them agree"
            ),
            Self::EmptyMessage { code } => write!(
                f,
                "the message of code {code} is empty; write the text clients will see"
            ),
            Self::UnknownSection { heading } => {
                write!(
                    f,
                    "unknown section `## {}`; the only `##` section is `## Other Errors`, \
                     so rename or remove it",
                    heading.escape_debug()
                )?;
                // A code's heading with one `#` too few, written as the
                // parser reads one.
                if let Some((code, title)) = named_code(heading) {
                    f.write_str("; a code's heading is ")?;
                    write_code_heading(f, code, title)?;
                }
                Ok(())
            }
            Self::MissingOtherErrorsText => f.write_str(
                "the Other Errors section has no paragraph; write one after its \
                 heading, or remove the section",
            ),
            Self::BlockInText => f.write_str(
                "a list, a quote, a rule or a table going on from the text above, which \
                 Markdown shows as a block of its own: a code's description and the Other \
                 Errors text are one paragraph each; write it as sentences",
            ),
            Self::TextAfterOtherErrors => f.write_str(
                "text after the Other Errors section, which must end the page; \
                 move this above the section or remove it",
            ),
            Self::NoCodes => f.write_str(
                "the page documents no codes; add a section per code, starting \
                 with a heading such as `### 404: NOT FOUND`",
            ),
        }
    }
}

/// Reads a page, reporting every problem found, sorted by line.
///
/// # Errors
///
/// Every [`PageError`] in the page, if there is any; see [`PageErrorKind`]
/// for what is checked. After a problem in a heading, parsing resumes at the
/// next `#`, `##` or `###` heading.
///
/// ```
/// # use apicodes::page::{self, PageError, PageErrorKind};
/// let text = "# Response Codes\n\n### 200: OK\n\nFine.\n\n\
///             ```c\n{ \"code\": 201, \"message\": \"\" }\n```\n";
/// let mismatch = PageErrorKind::CodeMismatch { heading: 200, body: "201".into() };
/// let empty = PageErrorKind::EmptyMessage { code: 200 };
/// assert_eq!(
///     page::parse(text),
///     Err(vec![
///         PageError { line: 8, kind: mismatch },
///         PageError { line: 8, kind: empty },
///     ])
/// );
/// ```
pub fn parse(text: &str) -> Result<Page, Vec<PageError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut errors = Vec::new();
    let blocks = split_blocks(text, &mut errors);
    let mut parser = Parser {
        blocks: &blocks,
        pos: 0,
        errors,
        codes: BTreeMap::new(),
        names: BTreeMap::new(),
    };
    let page = parser.page(last_line(text));
    let mut errors = parser.errors;
    if errors.is_empty() {
        Ok(page)
    } else {
        // Section checks report at the heading after the section's own problems.
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}

/// The number of the last line (1 for an empty page).
fn last_line(text: &str) -> usize {
    page_lines(text).len().max(1)
}

/// The page's lines, ended as Markdown ends them: by `\n`, `\r\n` or a lone
/// `\r`; without the empty piece after a final line end.
fn page_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = text;
    while let Some(end) = rest.find(['\n', '\r']) {
        lines.push(&rest[..end]);
        let ending = if rest[end..].starts_with("\r\n") {
            2
        } else {
            1
        };
        rest = &rest[end + ending..];
    }
    if !rest.is_empty() {
        lines.push(rest);
    }
    lines
}

/// A Markdown block: what the page is made of once blank lines are dropped.
enum Block<'a> {
    Heading {
        line: usize,
        level: u8,
        text: &'a str,
    },
    Paragraph {
        line: usize,
        text: String,
        /// Its first line is indented four columns or more.
        indented: bool,
        /// The level of the heading a line of `=` (1) or `-` (2) under it
        /// makes of it in Markdown, where the page has no such heading.
        underline: Option<u8>,
    },
    Fence {
        line: usize,
        info: &'a str,
        content: Vec<&'a str>,
        closed: bool,
    },
}

impl Block<'_> {
    fn line(&self) -> usize {
        match self {
            Block::Heading { line, .. }
            | Block::Paragraph { line, .. }
            | Block::Fence { line, .. } => *line,
        }
    }

    /// Whether the block starts a section: a heading of level 1 to 3.
    fn is_boundary(&self) -> bool {
        matches!(self, Block::Heading { level: 1..=3, .. })
    }
}

/// A line that may start a block, without its indentation: at most three
/// columns of it, as Markdown counts them (a tab moves to the next multiple
/// of four), or `None` for a line indented more (a paragraph's
/// continuation, or text). What decides whether a line is a heading or a
/// fence.
fn block_start(line: &str) -> Option<&str> {
    let mut column = 0;
    for (i, byte) in line.bytes().enumerate() {
        match byte {
            b' ' => column += 1,
            b'\t' => column += 4 - column % 4,
            _ => return (column < 4).then(|| &line[i..]),
        }
        if column >= 4 {
            return None;
        }
    }
    Some("")
}

/// A line of a paragraph without its leading white space, as Markdown
/// reads a paragraph's text (lines end trimmed already).
fn paragraph_text(line: &str) -> &str {
    line.trim_start()
}

/// The level of the heading a line under a paragraph makes of it, as
/// Markdown reads a line of only `=` (1) or only `-` (2), indented less
/// than four columns.
fn setext_level(line: &str) -> Option<u8> {
    let rest = block_start(line)?.trim_end();
    let level = match rest.bytes().next()? {
        b'=' => 1,
        b'-' => 2,
        _ => return None,
    };
    let mark = rest.as_bytes()[0];
    rest.bytes().all(|b| b == mark).then_some(level)
}

/// Whether `line`, after a paragraph's line, starts a block of another
/// kind than a heading or a fence that Markdown lets interrupt the
/// paragraph: a quote, a thematic break (other than the `===` or `---`
/// that underlines the paragraph), a list item with text (an ordered one
/// numbered 1), or a table's delimiter row (`|---|:--|`) under a header
/// row of as many cells, `previous`.
#[doc(hidden)]
#[must_use]
pub fn interrupts(previous: &str, line: &str) -> bool {
    let Some(start) = block_start(line) else {
        return false;
    };
    let item = |markers: &[&str]| {
        markers.iter().any(|marker| {
            start
                .strip_prefix(marker)
                .is_some_and(|text| !text.trim().is_empty())
        })
    };
    // A delimiter row makes a table only under a header of as many cells.
    let cells = |row: &str| {
        let row = row.trim();
        let row = row.strip_prefix('|').unwrap_or(row);
        let row = row
            .strip_suffix('|')
            .filter(|r| !r.ends_with('\\'))
            .unwrap_or(row);
        // `\|` is a pipe in a cell's text.
        row.replace("\\|", "").split('|').count()
    };
    let delimiter_row = start.contains('|')
        && start.contains('-')
        && start
            .bytes()
            .all(|b| matches!(b, b'|' | b'-' | b':' | b' ' | b'\t'))
        && cells(start) == cells(previous);
    start.starts_with('>')
        || (is_rule(start) && setext_level(line).is_none())
        || item(&[
            "- ", "* ", "+ ", "-\t", "*\t", "+\t", "1. ", "1) ", "1.\t", "1)\t",
        ])
        || delimiter_row
}

/// Whether `line`, after `previous` (both without the indentation all the
/// text's lines share), starts a block of its own, which a paragraph's text
/// (an inline table's doc comment) cannot hold: a heading (or the `---`
/// under a line of text that makes one), a fence, code indented after a
/// blank line, or what [`interrupts`] a paragraph.
#[doc(hidden)]
#[must_use]
pub fn starts_other_block(previous: &str, line: &str) -> bool {
    let text_before = block_start(previous).is_some_and(|text| !text.trim().is_empty());
    let code = previous.trim().is_empty() && !line.trim().is_empty() && block_start(line).is_none();
    starts_block(line)
        || interrupts(previous, line)
        || (text_before && setext_level(line).is_some())
        || code
}

/// Whether `line` starts a heading or a fence, which ends a paragraph.
fn starts_block(line: &str) -> bool {
    heading(line).is_some() || fence_open(line).is_some()
}

/// The indentation a paragraph's text is rendered with: four spaces where
/// at the start of a line it would read as a heading, a fence (`# Note`),
/// an HTML block only its end marker closes that the text does not close
/// (`<!-- x`, read from an indented line) or a body (`{"id": 7}`),
/// which make it text again (the parser drops them), else none.
fn indent(text: &str) -> &'static str {
    if starts_block(text) || opens_unclosed_html_block(text) || reads_as_an_object(text) {
        "    "
    } else {
        ""
    }
}

/// Whether a paragraph opens with what was meant as a code's heading but
/// has no space after its `#`s: `#`s, three digits and a colon
/// (`###418: TEAPOT`), which a description's text (`#1 cause`, `#2FA`)
/// does not start with.
fn heading_without_space(text: &str) -> bool {
    let first = text.lines().next().unwrap_or("");
    let rest = first.trim_start_matches('#');
    let Some(digits) = rest.get(..3) else {
        return false;
    };
    (1..=6).contains(&(first.len() - rest.len()))
        && digits.bytes().all(|b| b.is_ascii_digit())
        && rest[3..].trim_start().starts_with(':')
}

/// Whether a paragraph is shaped as a JSON object, a body perhaps with a
/// mistake in it: it opens `{"`, holds a member's `":` (white space
/// allowed before the `:`) and ends with `}`,
/// or it is `{}` alone (JSON's white space allowed inside). Prose that
/// opens `{}` or `{"` (`{} is sent for the cart {id}`) is not.
fn shaped_as_an_object(text: &str) -> bool {
    const SPACE: [char; 4] = [' ', '\t', '\n', '\r'];
    let Some(inside) = text.trim_end_matches(SPACE).strip_prefix('{') else {
        return false;
    };
    let Some(inside) = inside.strip_suffix('}') else {
        return false;
    };
    let inside = inside.trim_start_matches(SPACE);
    // A member's name: a `"`, then (after JSON's white space) a `:`.
    let member = || {
        inside
            .match_indices('"')
            .any(|(at, _)| inside[at + 1..].trim_start_matches(SPACE).starts_with(':'))
    };
    inside.is_empty() || (inside.starts_with('"') && member())
}

/// Whether a paragraph is a JSON object, a body, whole: prose that starts
/// with one (`{} is sent for the cart {id}`, `{id} is ...`) is not.
fn reads_as_an_object(text: &str) -> bool {
    text.starts_with('{')
        && matches!(
            (Json { src: text, pos: 0 }).document(),
            Ok(Document::Object { .. })
        )
}

/// An ATX heading: its level and its text, trimmed, without a closing
/// sequence of `#` (`### 404: NOT FOUND ###`).
fn heading(line: &str) -> Option<(u8, &str)> {
    let line = block_start(line)?;
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    let level = u8::try_from(hashes).ok().filter(|l| (1..=6).contains(l))?;
    let rest = &line[hashes..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let text = rest.trim();
    let open = text.trim_end_matches('#');
    if open.len() == text.len() {
        Some((level, text))
    } else if open.is_empty() || open.ends_with([' ', '\t']) {
        Some((level, open.trim_end()))
    } else {
        // `C#`: the hashes are part of the text.
        Some((level, text))
    }
}

/// An opening fence: its character (`` ` `` or `~`), its length (at least
/// three) and its info string. Backticks in a backtick fence's info string
/// make the line text, as Markdown says, so inline code at the start of a
/// paragraph stays a paragraph.
fn fence_open(line: &str) -> Option<(u8, usize, &str)> {
    let line = block_start(line)?;
    let mark = *line
        .as_bytes()
        .first()
        .filter(|&&b| b == b'`' || b == b'~')?;
    let len = line.bytes().take_while(|&b| b == mark).count();
    let info = &line[len..];
    if len < 3 || (mark == b'`' && info.contains('`')) {
        None
    } else {
        Some((mark, len, info.trim()))
    }
}

/// Whether `line` closes a fence opened with `len` of `mark`: only that
/// character, at least as many times.
fn fence_closes(line: &str, mark: u8, len: usize) -> bool {
    block_start(line)
        .map(|line| line.trim_end_matches([' ', '\t']))
        .is_some_and(|line| line.len() >= len && line.bytes().all(|b| b == mark))
}

/// Whether `text` (a paragraph's, on one line or more) starts an HTML
/// block only its end marker closes, and does not hold that marker.
fn opens_unclosed_html_block(text: &str) -> bool {
    raw_html_block(text).is_some_and(|ends| !holds_end(ends, &text[1..]))
}

/// Reports each line of a paragraph (`lines`, the first on line `number`)
/// that opens an HTML block only its end marker closes (`<!--`, `<pre>`...;
/// it may interrupt a paragraph) where the paragraph does not hold that
/// marker after it: Markdown would show the block as markup and hide every
/// section after it up to the marker.
fn html_blocks(lines: &[&str], number: usize, errors: &mut Vec<PageError>) {
    // The last line holding each kind of end, each found once: a block is
    // closed where its own line past the opener, or a line after it, holds
    // its end, and the lines are not searched again for every opener.
    let mut last_ends: Vec<(&[&str], Option<usize>)> = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        let Some(opener) = block_start(line) else {
            continue;
        };
        let Some(ends) = raw_html_block(opener) else {
            continue;
        };
        let last = if let Some(&(_, last)) = last_ends.iter().find(|(kind, _)| *kind == ends) {
            last
        } else {
            let last = lines.iter().rposition(|line| holds_end(ends, line));
            last_ends.push((ends, last));
            last
        };
        let closed = holds_end(ends, &opener[1..]) || last.is_some_and(|last| last > k);
        if !closed {
            errors.push(PageError {
                line: number + k,
                kind: PageErrorKind::HtmlBlock,
            });
        }
    }
}

/// The paragraph that starts at `lines[first]`: its text on one line, the
/// level of the setext heading its underline would make, and the index of
/// the line after it. A list, a quote, a rule or a table going on from its
/// text is reported (once).
fn paragraph(
    lines: &[&str],
    first: usize,
    errors: &mut Vec<PageError>,
) -> (String, Option<u8>, usize) {
    let mut text = String::from(paragraph_text(lines[first]));
    let mut underline = None;
    let mut block_reported = false;
    let mut i = first + 1;
    while let Some(&more) = lines.get(i) {
        if more.is_empty() || starts_block(more) {
            break;
        }
        // A list, a quote, a rule or a table below the text is a block of
        // its own in Markdown, which a description or the Other Errors text
        // cannot hold: reported, once.
        if !block_reported && interrupts(lines[i - 1], more) {
            block_reported = true;
            errors.push(PageError {
                line: i + 1,
                kind: PageErrorKind::BlockInText,
            });
        }
        i += 1;
        // After such a block, a `---` is its rule, or its text, and
        // underlines nothing.
        if !block_reported {
            underline = setext_level(more);
            if underline.is_some() {
                break;
            }
        }
        text.push(' ');
        text.push_str(paragraph_text(more));
    }
    (text, underline, i)
}

fn split_blocks<'a>(text: &'a str, errors: &mut Vec<PageError>) -> Vec<Block<'a>> {
    // Each line as written, for a closing fence (which, as in Markdown,
    // only spaces and tabs may follow: one followed by U+00A0 closes
    // nothing), and without its trailing whitespace, for the rest.
    let written = page_lines(text);
    let lines: Vec<&str> = written.iter().map(|line| line.trim_end()).collect();
    let mut blocks = Vec::new();
    let mut title_seen = false;
    let mut i = 0;
    while let Some(&line) = lines.get(i) {
        let number = i + 1;
        i += 1;
        if line.is_empty() {
            continue;
        }
        if let Some((level, text)) = heading(line) {
            title_seen |= level == 1;
            blocks.push(Block::Heading {
                line: number,
                level,
                text,
            });
        } else if let Some((mark, len, info)) = fence_open(line) {
            let mut content = Vec::new();
            let mut closed = false;
            while let Some(&inner) = lines.get(i) {
                if fence_closes(written[i], mark, len) {
                    closed = true;
                    i += 1;
                    break;
                }
                // A forgotten closing fence would otherwise swallow the rest of
                // the page; a body never holds a line that starts like this.
                if matches!(heading(inner), Some((1..=3, _))) {
                    break;
                }
                content.push(inner);
                i += 1;
            }
            if !closed {
                errors.push(PageError {
                    line: number,
                    kind: PageErrorKind::UnclosedFence,
                });
            }
            blocks.push(Block::Fence {
                line: number,
                info,
                content,
                closed,
            });
        } else {
            let first = i - 1;
            let (text, underline, next) = paragraph(&lines, first, errors);
            i = next;
            html_blocks(&lines[first..i], number, errors);
            let indented = block_start(line).is_none();
            // Underlined, a line is read as the heading it makes where the
            // page has that heading: the title, first, or `Other Errors`.
            // Anywhere else (an indented line makes no heading) it stays the
            // paragraph it was meant to be, its underline reported with it.
            let single = text.len() == line.trim().len();
            let is_format_heading = !indented
                && match underline {
                    Some(1) => single && !title_seen,
                    Some(2) => single && split_anchor(line.trim()).0 == "Other Errors",
                    _ => false,
                };
            if let (Some(level), true) = (underline, is_format_heading) {
                title_seen |= level == 1;
                errors.push(PageError {
                    line: number,
                    kind: PageErrorKind::UnderlinedHeading { level },
                });
                blocks.push(Block::Heading {
                    line: number,
                    level,
                    text: line.trim(),
                });
            } else {
                blocks.push(Block::Paragraph {
                    line: number,
                    text,
                    indented,
                    underline,
                });
            }
        }
    }
    blocks
}

/// Splits a trailing `<a ...></a>` anchor off a heading's text, returning the
/// text before it and the anchor's attributes. Tag names are read as HTML
/// reads them, in either case.
fn split_anchor(text: &str) -> (&str, Option<&str>) {
    let Some(inner) = text
        .len()
        .checked_sub(4)
        .and_then(|at| {
            text.get(at..)
                .filter(|end| end.eq_ignore_ascii_case("</a>"))
        })
        .map(|end| &text[..text.len() - end.len()])
    else {
        return (text, None);
    };
    // `<` is ASCII, so where it is found is a character boundary.
    let Some(start) = inner
        .as_bytes()
        .windows(2)
        .rposition(|pair| pair[0] == b'<' && pair[1].eq_ignore_ascii_case(&b'a'))
    else {
        return (text, None);
    };
    let tag = &inner[start + 2..];
    let is_tag = tag
        .strip_suffix('>')
        .filter(|attrs| attrs.is_empty() || attrs.starts_with(is_html_space));
    match is_tag {
        Some(attrs) => (inner[..start].trim_end(), Some(attrs)),
        None => (text, None),
    }
}

/// The value of an anchor's `id` attribute, read as HTML reads attributes:
/// names in either case, white space around `=`, values quoted with `"` or
/// `'` or unquoted. (Character references, `&#45;`, are not decoded.)
fn anchor_id(attrs: &str) -> Option<&str> {
    let mut rest = attrs.trim_start_matches(is_html_space);
    while !rest.is_empty() {
        let name_end = rest
            .find(|c: char| is_html_space(c) || c == '=')
            .unwrap_or(rest.len());
        let name = &rest[..name_end];
        rest = rest[name_end..].trim_start_matches(is_html_space);
        let mut value = None;
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start_matches(is_html_space);
            let (found, left) = if let Some(quote @ ('"' | '\'')) = after.chars().next() {
                // Unclosed, the value is not read: the anchor has no id.
                let body = &after[1..];
                let end = body.find(quote)?;
                (&body[..end], &body[end + 1..])
            } else {
                let end = after.find(is_html_space).unwrap_or(after.len());
                after.split_at(end)
            };
            value = Some(found);
            rest = left.trim_start_matches(is_html_space);
        }
        if name.eq_ignore_ascii_case("id") {
            return value;
        }
    }
    None
}

/// White space as HTML's tags count it: ASCII's five.
fn is_html_space(c: char) -> bool {
    c.is_ascii_whitespace()
}

/// A heading's code, checked to be an HTTP status, `100..=599`.
/// A code's heading as the parser reads one, for advice: `` `### 404: NOT
/// FOUND` ``, or `` `### 404: ` and its title `` where the title is empty.
fn write_code_heading(f: &mut fmt::Formatter<'_>, code: u16, title: &str) -> fmt::Result {
    if title.is_empty() {
        write!(f, "`### {code}: ` and its title")
    } else {
        write!(f, "`### {code}: {}`", title.escape_debug())
    }
}

/// The code and title a heading's text names (`404: NOT FOUND`), where
/// the heading is not at a code's level (`## 404: NOT FOUND`); spaces
/// around the code or the title are not what it got wrong.
fn named_code(heading: &str) -> Option<(u16, &str)> {
    let (code, title) = heading.split_once(':')?;
    let code = status_code(code.trim()).ok()?;
    Some((code, title.trim()))
}

fn status_code(text: &str) -> Result<u16, PageErrorKind> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PageErrorKind::CodeNotNumber {
            text: text.to_string(),
        });
    }
    let out_of_range = || PageErrorKind::CodeOutOfRange {
        text: text.to_string(),
    };
    if text.len() != 3 || text.starts_with('0') {
        return Err(out_of_range());
    }
    match text.parse() {
        Ok(code @ 100..=599) => Ok(code),
        _ => Err(out_of_range()),
    }
}

struct Parser<'b, 'a> {
    blocks: &'b [Block<'a>],
    pos: usize,
    errors: Vec<PageError>,
    /// Each documented code and the line of its heading.
    codes: BTreeMap<u16, usize>,
    /// Each variant name and the line of the heading that gave it (a map:
    /// a page of many headings is read in time proportional to its size).
    names: BTreeMap<String, usize>,
}

impl<'b, 'a> Parser<'b, 'a> {
    fn error(&mut self, line: usize, kind: PageErrorKind) {
        self.errors.push(PageError { line, kind });
    }

    fn peek(&self) -> Option<&'b Block<'a>> {
        self.blocks.get(self.pos)
    }

    fn next(&mut self) -> Option<&'b Block<'a>> {
        let block = self.blocks.get(self.pos)?;
        self.pos += 1;
        Some(block)
    }

    /// Resynchronises after a problem: skips to the next section heading.
    /// Reports the underline of a paragraph read as the paragraph.
    fn underlined(&mut self, line: usize, underline: Option<u8>) {
        if let Some(level) = underline {
            self.error(line, PageErrorKind::UnderlinedText { level });
        }
    }

    fn skip_section(&mut self) {
        while self.peek().is_some_and(|b| !b.is_boundary()) {
            self.pos += 1;
        }
    }

    fn page(&mut self, last_line: usize) -> Page {
        let (title, title_line, title_names_code) = self.title(last_line);
        let mut entries = Vec::new();
        let mut other_errors = None;
        let mut other_seen = false;
        let mut any_code = false;
        // Whether a heading meant for a code was not read as one (`## 404:
        // ...`, `#### 404: ...`, `###404: ...`): its error says already why
        // the page has no codes.
        let mut misread_code = title_names_code;
        while let Some(block) = self.next() {
            if other_seen {
                self.error(block.line(), PageErrorKind::TextAfterOtherErrors);
                if let Block::Heading {
                    level: 3,
                    line,
                    text,
                } = block
                {
                    // Still checked, so that moving it up reveals nothing new.
                    any_code = true;
                    entries.extend(self.entry(*line, text));
                } else {
                    self.skip_section();
                }
                continue;
            }
            match block {
                Block::Heading {
                    level: 1,
                    line,
                    text,
                } => {
                    if let Some(first) = title_line {
                        self.error(*line, PageErrorKind::SecondTitle { first });
                        misread_code |= named_code(split_anchor(text).0).is_some();
                    }
                    self.skip_section();
                }
                Block::Heading {
                    level: 2,
                    line,
                    text,
                } => {
                    let (name, _) = split_anchor(text);
                    if name == "Other Errors" {
                        other_seen = true;
                        other_errors = self.other_errors(*line);
                    } else {
                        misread_code |= named_code(name).is_some();
                        let heading = name.to_string();
                        self.error(*line, PageErrorKind::UnknownSection { heading });
                        self.skip_section();
                    }
                }
                Block::Heading {
                    level: 3,
                    line,
                    text,
                } => {
                    any_code = true;
                    entries.extend(self.entry(*line, text));
                }
                Block::Heading { level, line, text } => {
                    // What follows is under that heading, reported once.
                    self.error(*line, PageErrorKind::UnexpectedHeading { level: *level });
                    misread_code |= named_code(split_anchor(text).0).is_some();
                    self.skip_section();
                }
                Block::Paragraph { line, text, .. } if heading_without_space(text) => {
                    // What follows is that code's section, as Markdown
                    // reads it: text, reported once.
                    self.error(*line, PageErrorKind::HeadingWithoutSpace);
                    misread_code = true;
                    self.skip_section();
                }
                Block::Paragraph { line, .. } | Block::Fence { line, .. } => {
                    self.error(*line, PageErrorKind::TextBeforeFirstCode);
                }
            }
        }
        if !any_code && !misread_code {
            self.error(last_line, PageErrorKind::NoCodes);
        }
        Page {
            title,
            entries,
            other_errors,
        }
    }

    /// Reads up to and including the `# ` title line: its text and line,
    /// and whether it was a code's heading instead (reported).
    fn title(&mut self, last_line: usize) -> (String, Option<usize>, bool) {
        while let Some(block) = self.peek() {
            match block {
                Block::Heading {
                    level: 1,
                    line,
                    text,
                } => {
                    self.pos += 1;
                    // A code's heading, where its section (a body in it,
                    // fenced or not) follows; a title such as `# 500:
                    // Server errors` that codes' headings follow is a title.
                    let named = named_code(split_anchor(text).0);
                    if let Some((code, title)) = named.filter(|_| self.body_follows()) {
                        let title = title.to_string();
                        self.error(*line, PageErrorKind::TitleNamesCode { code, title });
                        // Its description and body are that code's, not
                        // text before the first one; a `# ` title after it
                        // is a second.
                        self.skip_section();
                        return (String::new(), Some(*line), true);
                    }
                    if text.is_empty() {
                        self.error(*line, PageErrorKind::EmptyTitle);
                    }
                    return ((*text).to_string(), Some(*line), false);
                }
                Block::Heading {
                    level: 2 | 3, line, ..
                } => {
                    self.error(*line, PageErrorKind::MissingTitle);
                    return (String::new(), None, false);
                }
                other => {
                    self.error(other.line(), PageErrorKind::TextBeforeTitle);
                    self.pos += 1;
                }
            }
        }
        self.error(last_line, PageErrorKind::MissingTitle);
        (String::new(), None, false)
    }

    fn other_errors(&mut self, heading_line: usize) -> Option<String> {
        if let Some(Block::Paragraph {
            line,
            text,
            underline,
            ..
        }) = self.peek()
        {
            self.pos += 1;
            self.underlined(*line, *underline);
            Some(text.clone())
        } else {
            self.error(heading_line, PageErrorKind::MissingOtherErrorsText);
            None
        }
    }

    /// Where the last fenced block of the blocks left in this section is,
    /// as an index into the page's blocks: found once per section, so that
    /// asking whether one follows a block takes no walk.
    fn last_fence(&self) -> Option<usize> {
        self.rest_of_section()
            .enumerate()
            .filter(|(_, block)| matches!(block, Block::Fence { .. }))
            .last()
            .map(|(at, _)| self.pos + at)
    }

    /// Whether a body is among the blocks left in this section: fenced, or
    /// a paragraph shaped as one (indented or not), as a section reads it.
    fn body_follows(&self) -> bool {
        self.rest_of_section().any(|block| match block {
            Block::Fence { .. } => true,
            Block::Paragraph { text, .. } => shaped_as_an_object(text),
            Block::Heading { .. } => false,
        })
    }

    /// The blocks left in this section, up to the next heading of level 1
    /// to 3.
    fn rest_of_section(&self) -> impl Iterator<Item = &'b Block<'a>> {
        self.blocks[self.pos..]
            .iter()
            .take_while(|block| !block.is_boundary())
    }

    /// Reads a `###` section; `None` if its heading has no usable code.
    fn entry(&mut self, line: usize, text: &str) -> Option<Entry> {
        let (head, anchor) = split_anchor(text);
        let Some((code_text, title)) = head.split_once(':') else {
            let heading = head.to_string();
            self.error(line, PageErrorKind::MissingColon { heading });
            self.skip_section();
            return None;
        };
        let code = match status_code(code_text) {
            Ok(code) => code,
            Err(kind) => {
                self.error(line, kind);
                self.skip_section();
                return None;
            }
        };
        self.check_heading(line, code, title.trim(), anchor);
        let (description, message) = self.section(line, code);
        Some(Entry {
            code,
            title: title.trim().to_string(),
            description: description.unwrap_or_default(),
            message: message.unwrap_or_default(),
        })
    }

    fn check_heading(&mut self, line: usize, code: u16, title: &str, anchor: Option<&str>) {
        if let Some(attrs) = anchor {
            let id = anchor_id(attrs);
            let expected = alloc::format!("id-{code}");
            if id != Some(expected.as_str()) {
                let id = id.map(ToString::to_string);
                self.error(line, PageErrorKind::AnchorMismatch { code, id });
            }
        }
        if let Some(&first) = self.codes.get(&code) {
            self.error(line, PageErrorKind::DuplicateCode { code, first });
        } else {
            self.codes.insert(code, line);
        }
        if title.is_empty() {
            self.error(line, PageErrorKind::EmptyEntryTitle { code });
            return;
        }
        let Some(name) = variant_name(title) else {
            let title = title.to_string();
            self.error(line, PageErrorKind::InvalidName { title });
            return;
        };
        if let Some(&first) = self.names.get(&name) {
            self.error(line, PageErrorKind::DuplicateName { name, first });
        } else {
            self.names.insert(name, line);
        }
    }

    /// Reads the blocks of a code's section: its description and its message.
    fn section(&mut self, heading_line: usize, code: u16) -> (Option<String>, Option<String>) {
        let mut description = None;
        let mut body = None;
        // After a heading written without its space, what follows is that
        // code's section, reported once already.
        let mut lost_heading = false;
        // After a heading of level 4 to 6 (reported), text beyond the
        // section's own is under that heading, and not reported again.
        let mut under_heading = false;
        let last_fence = self.last_fence();
        while let Some(block) = self.peek().filter(|b| !b.is_boundary()) {
            self.pos += 1;
            // Whether a fenced block follows this one in the section.
            let fence_follows = last_fence.is_some_and(|at| at >= self.pos);
            match block {
                Block::Heading { level, line, .. } => {
                    self.error(*line, PageErrorKind::UnexpectedHeading { level: *level });
                    under_heading = true;
                }
                // A code's first paragraph is its description, whatever it
                // starts with (rendering writes `#409: ...` so); a later one
                // opening as a heading is the next code's, lost, and so is a
                // first one that another paragraph follows (a section holds
                // one), as after a heading written without a description.
                Block::Paragraph { line, text, .. }
                    if heading_without_space(text)
                        && (description.is_some()
                            || body.is_some()
                            || matches!(self.peek(), Some(Block::Paragraph { .. }))) =>
                {
                    self.error(*line, PageErrorKind::HeadingWithoutSpace);
                    lost_heading = true;
                }
                Block::Paragraph { .. } | Block::Fence { .. } if lost_heading => {}
                // The body, unfenced: a paragraph shaped as a JSON object
                // (`{ "code": ... }`, not `{id} is ...`; a mistake in its
                // JSON is the fenced block's to report), where no fenced
                // block follows in the section to be the body.
                Block::Paragraph {
                    line,
                    text,
                    indented: false,
                    ..
                } if body.is_none() && shaped_as_an_object(text) && !fence_follows => {
                    self.error(*line, PageErrorKind::UnfencedBody { code });
                    body = Some(None);
                }
                // Not one that reads as an object, where a fenced body
                // follows: that is JSON left in the section, extra (the
                // renderer indents a description that reads so).
                Block::Paragraph {
                    line,
                    text,
                    underline,
                    indented,
                } if description.is_none()
                    && body.is_none()
                    && (*indented || !reads_as_an_object(text)) =>
                {
                    self.underlined(*line, *underline);
                    description = Some(text.clone());
                }
                // The body, written as Markdown's indented code block.
                Block::Paragraph {
                    line,
                    text,
                    indented: true,
                    ..
                } if body.is_none() && text.starts_with('{') => {
                    self.error(*line, PageErrorKind::IndentedBody { code });
                    body = Some(None);
                }
                Block::Fence {
                    line,
                    info,
                    content,
                    closed,
                } if body.is_none() => {
                    if !matches!(*info, "" | "c" | "json") {
                        let info = (*info).to_string();
                        self.error(*line, PageErrorKind::UnsupportedFence { info });
                    }
                    // An unclosed block's text runs to the next heading and is
                    // not worth reading as JSON; the fence is reported already.
                    body = Some(if *closed {
                        self.body(*line + 1, code, content)
                    } else {
                        None
                    });
                }
                Block::Paragraph { .. } | Block::Fence { .. } if under_heading => {}
                Block::Paragraph { line, .. } | Block::Fence { line, .. } => {
                    self.error(*line, PageErrorKind::ExtraText { code });
                }
            }
        }
        if description.is_none() {
            self.error(heading_line, PageErrorKind::MissingDescription { code });
        }
        if body.is_none() {
            self.error(heading_line, PageErrorKind::MissingBody { code });
        }
        (description, body.flatten())
    }

    /// Checks a body block, whose first line is `first_line`; returns its
    /// message if it has one.
    fn body(&mut self, first_line: usize, code: u16, content: &[&str]) -> Option<String> {
        let src = content.join("\n");
        // Where each of the block's lines starts, found once, so that a body
        // of many members (each placed on its line) is read in time
        // proportional to its size.
        let starts: Vec<usize> = core::iter::once(0)
            .chain(src.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        // The 0-based line of byte `pos` within the block.
        let line_in = |pos: usize| starts.partition_point(|&start| start <= pos) - 1;
        let line_of = |pos: usize| first_line + line_in(pos);
        let mut json = Json { src: &src, pos: 0 };
        let members = match json.document() {
            Ok(Document::Object { start, members }) => (start, members),
            Ok(Document::Other { start, found }) => {
                self.error(line_of(start), PageErrorKind::BodyNotObject { found });
                return None;
            }
            Err(Syntax { pos, reason }) => {
                let line = line_in(pos);
                let before = src.as_bytes().get(starts[line]..pos.min(src.len()));
                // Counting bytes that start a character gives the 1-based
                // column without slicing the text.
                let column = before
                    .unwrap_or_default()
                    .iter()
                    .filter(|&&b| b & 0xC0 != 0x80)
                    .count()
                    + 1;
                self.error(
                    first_line + line,
                    PageErrorKind::BodyNotJson { column, reason },
                );
                return None;
            }
        };
        let (start, members) = members;
        let mut code_seen = false;
        let mut message = None;
        for member in members {
            let key_line = line_of(member.key_pos);
            let value_line = line_of(member.value_pos);
            match member.key.as_str() {
                "code" if code_seen => {
                    self.error(key_line, PageErrorKind::BodyDuplicateKey { key: "code" });
                }
                "message" if message.is_some() => {
                    self.error(key_line, PageErrorKind::BodyDuplicateKey { key: "message" });
                }
                "code" => {
                    code_seen = true;
                    match member.value {
                        Value::Integer(text) if text.parse() == Ok(code) => {}
                        Value::Integer(text) => {
                            let body = text.to_string();
                            self.error(
                                value_line,
                                PageErrorKind::CodeMismatch {
                                    heading: code,
                                    body,
                                },
                            );
                        }
                        other => {
                            let found = other.describe();
                            self.error(value_line, PageErrorKind::BodyCodeNotInteger { found });
                        }
                    }
                }
                "message" => {
                    if let Value::String(text) = member.value {
                        if text.trim().is_empty() {
                            self.error(value_line, PageErrorKind::EmptyMessage { code });
                        }
                        message = Some(text);
                    } else {
                        let found = member.value.describe();
                        self.error(value_line, PageErrorKind::BodyMessageNotString { found });
                        // Counted as seen, so it is not also reported missing.
                        message = Some(String::new());
                    }
                }
                _ => {
                    self.error(
                        key_line,
                        PageErrorKind::BodyUnexpectedKey { key: member.key },
                    );
                }
            }
        }
        for (key, seen) in [("code", code_seen), ("message", message.is_some())] {
            if !seen {
                self.error(line_of(start), PageErrorKind::BodyMissingKey { key });
            }
        }
        message
    }
}

/// How deep arrays and objects may nest inside a body, so that a hostile page
/// cannot exhaust the stack.
const MAX_DEPTH: usize = 64;

/// A JSON syntax error at byte `pos`.
struct Syntax {
    pos: usize,
    reason: &'static str,
}

enum Document<'s> {
    Object {
        start: usize,
        members: Vec<Member<'s>>,
    },
    Other {
        start: usize,
        found: &'static str,
    },
}

struct Member<'s> {
    key: String,
    key_pos: usize,
    value: Value<'s>,
    value_pos: usize,
}

/// A JSON value, kept only as far as a body's checks need it.
enum Value<'s> {
    String(String),
    /// An integer as written, which may not fit any integer type.
    Integer(&'s str),
    Float,
    Bool,
    Null,
    Array,
    Object,
}

impl Value<'_> {
    fn describe(&self) -> &'static str {
        match self {
            Value::String(_) => "a string",
            Value::Integer(_) => "an integer",
            Value::Float => "a number with a fraction or an exponent",
            Value::Bool => "a boolean",
            Value::Null => "null",
            Value::Array => "an array",
            Value::Object => "an object",
        }
    }
}

/// An RFC 8259 reader. Every byte it stops at on purpose is ASCII, so its
/// positions are always char boundaries of `src`.
struct Json<'s> {
    src: &'s str,
    pos: usize,
}

impl<'s> Json<'s> {
    fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    fn fail<T>(&self, reason: &'static str) -> Result<T, Syntax> {
        Err(Syntax {
            pos: self.pos,
            reason,
        })
    }

    fn whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn document(&mut self) -> Result<Document<'s>, Syntax> {
        self.whitespace();
        let start = self.pos;
        if self.peek().is_none() {
            return self.fail("the block is empty");
        }
        let document = if self.peek() == Some(b'{') {
            Document::Object {
                start,
                members: self.object(0)?,
            }
        } else {
            Document::Other {
                start,
                found: self.value(0)?.describe(),
            }
        };
        self.whitespace();
        if self.peek().is_some() {
            return self.fail("unexpected text after the end of the value");
        }
        Ok(document)
    }

    fn value(&mut self, depth: usize) -> Result<Value<'s>, Syntax> {
        if depth > MAX_DEPTH {
            return self.fail("values nested too deeply");
        }
        match self.peek() {
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b'{') => self.object(depth).map(|_| Value::Object),
            Some(b'[') => self.array(depth).map(|()| Value::Array),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.literal("true", Value::Bool),
            Some(b'f') => self.literal("false", Value::Bool),
            Some(b'n') => self.literal("null", Value::Null),
            None => self.fail("expected a value, found the end of the block"),
            Some(_) => self.fail("expected a value"),
        }
    }

    fn literal(&mut self, word: &str, value: Value<'s>) -> Result<Value<'s>, Syntax> {
        if self.src.as_bytes()[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            self.fail("expected a value")
        }
    }

    fn object(&mut self, depth: usize) -> Result<Vec<Member<'s>>, Syntax> {
        self.pos += 1;
        self.whitespace();
        let mut members = Vec::new();
        if self.eat(b'}') {
            return Ok(members);
        }
        loop {
            self.whitespace();
            if self.peek() != Some(b'"') {
                return self.fail("expected a key in double quotes");
            }
            let key_pos = self.pos;
            let key = self.string()?;
            self.whitespace();
            if !self.eat(b':') {
                return self.fail("expected ':' after the key");
            }
            self.whitespace();
            let value_pos = self.pos;
            let value = self.value(depth + 1)?;
            members.push(Member {
                key,
                key_pos,
                value,
                value_pos,
            });
            self.whitespace();
            if self.eat(b'}') {
                return Ok(members);
            }
            if !self.eat(b',') {
                return self.fail("expected ',' or '}' after a value");
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<(), Syntax> {
        self.pos += 1;
        self.whitespace();
        if self.eat(b']') {
            return Ok(());
        }
        loop {
            self.whitespace();
            self.value(depth + 1)?;
            self.whitespace();
            if self.eat(b']') {
                return Ok(());
            }
            if !self.eat(b',') {
                return self.fail("expected ',' or ']' after a value");
            }
        }
    }

    fn digits(&mut self) -> bool {
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
        self.pos > start
    }

    fn number(&mut self) -> Result<Value<'s>, Syntax> {
        let start = self.pos;
        self.eat(b'-');
        if self.eat(b'0') {
            if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                return self.fail("a number cannot have leading zeros");
            }
        } else if !self.digits() {
            return self.fail("expected a digit");
        }
        let mut integer = true;
        if self.eat(b'.') {
            integer = false;
            if !self.digits() {
                return self.fail("expected a digit after '.'");
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            integer = false;
            self.pos += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if !self.digits() {
                return self.fail("expected a digit in the exponent");
            }
        }
        Ok(if integer {
            Value::Integer(&self.src[start..self.pos])
        } else {
            Value::Float
        })
    }

    fn string(&mut self) -> Result<String, Syntax> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.pos += 1;
            }
            out.push_str(&self.src[start..self.pos]);
            match self.peek() {
                None => return self.fail("the string is not closed; end it with '\"'"),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => out.push(self.escape()?),
                Some(_) => {
                    return self.fail(
                        "a control character in a string; write it as an escape such as \\n",
                    );
                }
            }
        }
    }

    fn escape(&mut self) -> Result<char, Syntax> {
        let start = self.pos;
        self.pos += 1;
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                return self.unicode_escape(start);
            }
            _ => {
                return Err(Syntax {
                    pos: start,
                    reason: "an unknown escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX",
                });
            }
        };
        self.pos += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, Syntax> {
        let mut value = 0;
        for _ in 0..4 {
            let Some(digit) = self.peek().and_then(|b| char::from(b).to_digit(16)) else {
                return self.fail("expected four hex digits after \\u");
            };
            value = value * 16 + digit;
            self.pos += 1;
        }
        Ok(value)
    }

    /// Reads the rest of a `\u` escape that started at `start`; a UTF-16
    /// surrogate pair is two escapes that make one character.
    fn unicode_escape(&mut self, start: usize) -> Result<char, Syntax> {
        let lone = |reason| Err(Syntax { pos: start, reason });
        let high = self.hex4()?;
        let scalar = match high {
            0xD800..=0xDBFF => {
                if !self.src.as_bytes()[self.pos..].starts_with(b"\\u") {
                    return lone(
                        "a lone leading surrogate; follow it with a \\uDC00-\\uDFFF escape",
                    );
                }
                self.pos += 2;
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return lone(
                        "a leading surrogate not followed by a trailing one (\\uDC00-\\uDFFF)",
                    );
                }
                0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            }
            0xDC00..=0xDFFF => {
                return lone("a lone trailing surrogate; precede it with a \\uD800-\\uDBFF escape");
            }
            _ => high,
        };
        // Every value left is a scalar value, so the fallback never runs.
        char::from_u32(scalar).map_or_else(|| lone("an invalid \\u escape"), Ok)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use alloc::{format, vec};

    const REAL: &str = include_str!("../../tests/spec/response-codes.md");

    /// Pieces of HTML openers and ends, and text between them.
    const HTML_PIECES: [&str; 16] = [
        "<",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "<?",
        "?>",
        "<!d",
        ">",
        "<a",
        " ",
        "</A",
        "/",
        "x-",
        "<pre",
        "</PRE>",
    ];

    /// Every text of up to `len` pieces.
    fn texts_of(len: usize) -> Vec<String> {
        let mut texts = vec![String::new()];
        let mut last = texts.clone();
        for _ in 0..len {
            last = last
                .iter()
                .flat_map(|text| {
                    HTML_PIECES
                        .iter()
                        .map(move |piece| format!("{text}{piece}"))
                })
                .collect();
            texts.extend(last.iter().cloned());
        }
        texts
    }

    /// `opens_html_tag` and `html_blocks` search each end once, not once per
    /// opener (which made a paragraph of `<!--` lines, or a title of `<a `,
    /// take time in the square of its length); they answer as a search
    /// from each opener, written here as it was, does for every text of up
    /// to four pieces (and every paragraph of three lines of up to two).
    #[test]
    fn html_is_found_as_a_search_from_each_opener_finds_it() {
        fn opens_by_search(text: &str) -> bool {
            text.match_indices('<').any(|(at, _)| {
                let rest = &text[at + 1..];
                if let Some(rest) = rest.strip_prefix("!--") {
                    return rest.starts_with('>') || rest.starts_with("->") || rest.contains("-->");
                }
                if let Some(rest) = rest.strip_prefix("![CDATA[") {
                    return rest.contains("]]>");
                }
                if let Some(rest) = rest.strip_prefix('?') {
                    return rest.contains("?>");
                }
                if let Some(rest) = rest.strip_prefix('!') {
                    return rest.starts_with(|c: char| c.is_ascii_alphabetic())
                        && rest.contains('>');
                }
                let name = rest.strip_prefix('/').unwrap_or(rest);
                let after =
                    name.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-');
                name.starts_with(|c: char| c.is_ascii_alphabetic())
                    && after.starts_with(['>', '/', ' ', '\t'])
                    && after.contains('>')
            })
        }
        fn unclosed_by_search(lines: &[&str]) -> Vec<usize> {
            let holds = |ends: &[&str], text: &str| {
                let text = text.to_ascii_lowercase();
                ends.iter().any(|end| text.contains(end))
            };
            (0..lines.len())
                .filter(|&k| {
                    let Some(opener) = block_start(lines[k]) else {
                        return false;
                    };
                    raw_html_block(opener).is_some_and(|ends| {
                        !core::iter::once(&opener[1..])
                            .chain(lines[k + 1..].iter().copied())
                            .any(|rest| holds(ends, rest))
                    })
                })
                .map(|k| 10 + k)
                .collect()
        }

        for text in texts_of(4) {
            assert_eq!(opens_html_tag(&text), opens_by_search(&text), "{text:?}");
        }
        let lines = texts_of(2);
        let (mut found_unclosed, mut found_openers) = (0, 0);
        for a in &lines {
            for b in lines.iter().step_by(7) {
                for c in lines.iter().step_by(13) {
                    let paragraph = [a.as_str(), b, c];
                    let mut errors = Vec::new();
                    html_blocks(&paragraph, 10, &mut errors);
                    let lines: Vec<usize> = errors.iter().map(|error| error.line).collect();
                    assert!(errors.iter().all(|e| e.kind == PageErrorKind::HtmlBlock));
                    let expected = unclosed_by_search(&paragraph);
                    assert_eq!(lines, expected, "{paragraph:?}");
                    found_unclosed += expected.len();
                    found_openers += paragraph
                        .iter()
                        .filter(|line| block_start(line).and_then(raw_html_block).is_some())
                        .count();
                }
            }
        }
        // The paragraphs hold both closed and unclosed blocks.
        assert!(found_unclosed > 1_000, "{found_unclosed}");
        assert!(found_openers > found_unclosed + 1_000, "{found_openers}");
    }

    /// `Code` is the page it came from: every code, message, title and
    /// description, the Other Errors text and the title, in page order.
    #[test]
    fn the_standard_table_is_its_page() {
        use crate::code::Code;

        let spec = parse(REAL).unwrap();
        assert_eq!(Page::of::<Code>(), spec);
        // Field by field too, so a difference names what drifted.
        assert_eq!(spec.entries.len(), Code::ALL.len());
        for (entry, &code) in spec.entries.iter().zip(Code::ALL) {
            assert_eq!(entry.code, code.as_u16());
            assert_eq!(entry.message, code.message(), "message of {}", entry.code);
            assert_eq!(entry.title, code.title(), "title of {}", entry.code);
            assert_eq!(
                entry.description,
                code.description(),
                "description of {}",
                entry.code
            );
            assert_eq!(
                entry.name().as_deref(),
                Some(code.name()),
                "name of {}",
                entry.code
            );
        }
        assert_eq!(spec.other_errors.as_deref(), Some(Code::OTHER_ERRORS));
        // And the page Code renders reads back as the same table.
        assert_eq!(parse(&Page::of::<Code>().render()), Ok(spec));
    }

    /// Two codes and an Other Errors section; the tests edit it one problem at
    /// a time. Lines: 1 title, 3 `### 200`, 5 its description, 7-9 its block,
    /// 11 `### 404`, 13 its description, 15-17 its block, 19 `## Other
    /// Errors`, 21 its paragraph.
    const SMALL: &str = r##"# Response Codes

### 200: OK <a href="#id-200" id="id-200"></a>

Fine.

```c
{ "code": 200, "message": "OK" }
```

### 404: NOT FOUND <a href="#id-404" id="id-404"></a>

Missing.

```c
{ "code": 404, "message": "Not found" }
```

## Other Errors <a href="#other" id="other"></a>

Check status.
"##;

    const BODY_404: &str = r#"{ "code": 404, "message": "Not found" }"#;

    fn edit(old: &str, new: &str) -> String {
        assert!(SMALL.contains(old), "{old:?} is not in the page");
        SMALL.replacen(old, new, 1)
    }

    fn errors(text: &str) -> Vec<(usize, PageErrorKind)> {
        match parse(text) {
            Ok(page) => panic!("expected errors, parsed {page:#?}"),
            Err(errors) => errors.into_iter().map(|e| (e.line, e.kind)).collect(),
        }
    }

    /// A first `# ` line naming a code, a body under it, is a code's heading
    /// where the title goes: one error, and the codes after it read.
    #[test]
    fn a_title_naming_a_code_is_one_error() {
        let body = "\n\nGone.\n\n```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
        let title = errors(&format!("# 404: NOT FOUND{body}"));
        assert_eq!(
            title,
            [(
                1,
                PageErrorKind::TitleNamesCode {
                    code: 404,
                    title: "NOT FOUND".into()
                }
            )]
        );
        let then_codes = format!(
            "# 404 : NOT FOUND{body}\n### 410: GONE\n\nGone.\n\n```c\n{{ \"code\": 410, \"message\": \"Gone\" }}\n```\n"
        );
        let found = errors(&then_codes);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].1.to_string(),
            "the page's `# ` title names a code; start the page with a title of its own, \
             such as `# Response Codes`, then write each code as `### 404: NOT FOUND`"
        );
        // A title that codes' headings follow is a title, whatever it
        // starts with; a later `# ` one after a code's is a second.
        let title = format!("# 500: Server errors\n\n### 404: NOT FOUND{body}");
        assert_eq!(
            parse(&title).map(|page| page.title),
            Ok("500: Server errors".into())
        );
        let gone = body.replace("404", "410").replace("Not found", "Gone");
        // So is one whose body is unfenced or indented, with a mistake in
        // its JSON too.
        for written in [
            "{ \"code\": 404 }",
            "    { \"code\": 404 }",
            "{ \"code\": 404, }",
        ] {
            let found = errors(&format!("# 404: X\n\nGone.\n\n{written}\n"));
            assert_eq!(
                found,
                [(
                    1,
                    PageErrorKind::TitleNamesCode {
                        code: 404,
                        title: "X".into()
                    }
                )],
                "{written}"
            );
        }
        let later = errors(&format!(
            "# 404: X{body}\n# Response Codes\n\n### 410: GONE{gone}"
        ));
        assert_eq!(
            later,
            [
                (
                    1,
                    PageErrorKind::TitleNamesCode {
                        code: 404,
                        title: "X".into()
                    }
                ),
                (9, PageErrorKind::SecondTitle { first: 1 }),
            ]
        );
    }

    /// A code's heading at the wrong level, or without its space, is the
    /// page's one error: it says already why no code was read.
    #[test]
    fn a_misread_code_heading_is_not_also_a_page_without_codes() {
        let body = "\n\nGone.\n\n```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
        let section = |heading: &str| PageErrorKind::UnknownSection {
            heading: heading.into(),
        };
        let cases = [
            ("## 404: NOT FOUND", section("404: NOT FOUND")),
            ("## 404 : NOT FOUND", section("404 : NOT FOUND")),
            ("###404: NOT FOUND", PageErrorKind::HeadingWithoutSpace),
            (
                "#### 404: NOT FOUND",
                PageErrorKind::UnexpectedHeading { level: 4 },
            ),
            (
                "###### 404: NOT FOUND",
                PageErrorKind::UnexpectedHeading { level: 6 },
            ),
            ("# 404: NOT FOUND", PageErrorKind::SecondTitle { first: 1 }),
        ];
        for (heading, kind) in cases {
            let found = errors(&format!("# Response Codes\n\n{heading}{body}"));
            assert_eq!(found, [(3, kind)], "{heading}");
        }
        // The heading a `##` one is told to be is one the next read takes,
        // spaces and all.
        for heading in ["404: NOT FOUND", "404 : NOT FOUND", " 404  :  NOT FOUND"] {
            let said = section(heading).to_string();
            let (_, fix) = said.split_once("a code's heading is `").unwrap();
            let fix = fix.strip_suffix('`').unwrap();
            assert_eq!(fix, "### 404: NOT FOUND", "{heading}");
            assert!(parse(&format!("# Response Codes\n\n{fix}{body}")).is_ok());
        }
        assert!(
            section("404:")
                .to_string()
                .ends_with("a code's heading is `### 404: ` and its title")
        );
        // A page with no heading at all still says it documents none, and
        // so does one whose only section is no code's.
        assert_eq!(errors("# Response Codes\n"), [(1, PageErrorKind::NoCodes)]);
        let notes = errors("# Response Codes\n\n## Notes\n\nSee the wiki.\n");
        assert_eq!(
            notes.last(),
            Some(&(5, PageErrorKind::NoCodes)),
            "{notes:?}"
        );
    }

    /// A doc comment as the catalogue writes it.
    fn written(doc: &str) -> String {
        let mut out = String::new();
        write_doc(&mut out, doc);
        out
    }

    #[track_caller]
    fn assert_only(text: &str, line: usize, kind: PageErrorKind) {
        assert_eq!(errors(text), vec![(line, kind)]);
    }

    #[track_caller]
    fn assert_body(body: &str, line: usize, kind: PageErrorKind) {
        assert_only(&edit(BODY_404, body), line, kind);
    }

    fn entry(code: u16, title: &str, description: &str, message: &str) -> Entry {
        Entry {
            code,
            title: title.into(),
            description: description.into(),
            message: message.into(),
        }
    }

    fn name(title: &str) -> Option<String> {
        entry(100, title, "", "").name()
    }

    #[test]
    fn real_page() {
        let page = parse(REAL).unwrap();
        assert_eq!(page.title, "Response Codes");
        let codes: Vec<u16> = page.entries.iter().map(|e| e.code).collect();
        assert_eq!(
            codes,
            [200, 201, 202, 204, 400, 401, 402, 403, 404, 410, 429, 507]
        );
        let names: Vec<String> = page.entries.iter().map(|e| e.name().unwrap()).collect();
        assert_eq!(
            names,
            [
                "Ok",
                "Created",
                "Accepted",
                "NoContent",
                "BadRequest",
                "Unauthorized",
                "PaymentRequired",
                "Forbidden",
                "NotFound",
                "Gone",
                "TooManyRequests",
                "OutOfStorage",
            ]
        );
        let by_code = |code| page.entries.iter().find(|e| e.code == code).unwrap();
        assert_eq!(
            by_code(200),
            &entry(200, "OK", "The request was successful!", "OK")
        );
        assert_eq!(
            by_code(403),
            &entry(
                403,
                "FORBIDDEN",
                "You do not have access to this resource",
                "Forbidden"
            )
        );
        assert_eq!(
            by_code(404),
            &entry(
                404,
                "NOT FOUND",
                "Resource not found. Make sure the search item or URL is correct",
                "Not found"
            )
        );
        assert_eq!(by_code(204).message, "No content");
        assert_eq!(by_code(204).title, "NO CONTENT");
        assert_eq!(by_code(507).message, "Out of storage");
        assert_eq!(
            by_code(507).description,
            "This user has run out of custom attributes. Upgrade plan for more."
        );
        assert_eq!(by_code(429).title, "TOO MANY REQUESTS");
        assert_eq!(
            page.other_errors.as_deref(),
            Some(
                "If you are getting other error codes, check server status or contact \
                 support. This is usually due to a hosting outage."
            )
        );
    }

    #[test]
    fn real_page_round_trips() {
        let page = parse(REAL).unwrap();
        let rendered = page.render();
        // The only difference: the original has no space before `}` in two bodies.
        let expected = REAL
            .replace(r#""Not found"}"#, r#""Not found" }"#)
            .replace(r#""Out of storage"}"#, r#""Out of storage" }"#);
        assert_eq!(rendered, expected);
        assert_eq!(parse(&rendered), Ok(page));
    }

    #[test]
    fn custom_page_round_trips() {
        let page = Page {
            title: "Teapot Codes".into(),
            entries: vec![
                entry(418, "I'M A TEAPOT", "Short and stout.", "I'm a teapot"),
                entry(409, "CONFLICT", "Someone got there first", "Conflict"),
                entry(500, "INTERNAL ERROR", "Our fault. Sorry!", "Internal error"),
                entry(
                    422,
                    "ODD MESSAGE",
                    "Quotes \"and\" `code` and a \\ backslash.",
                    "say \"hi\"\\ or\nnot \u{1f600}\t\u{1}\u{8}\u{c}\r\u{7f} é/",
                ),
            ],
            other_errors: Some("Ask us.".into()),
        };
        let rendered = page.render();
        assert!(
            rendered.contains("### 418: I'M A TEAPOT <a href=\"#id-418\" id=\"id-418\"></a>\n")
        );
        assert!(
            rendered
                .contains(r#"{ "code": 422, "message": "say \"hi\"\\ or\nnot 😀\t\u0001\b\f\r"#)
        );
        assert_eq!(parse(&rendered), Ok(page.clone()));
        let names: Vec<_> = page.entries.iter().map(|e| e.name().unwrap()).collect();
        assert_eq!(
            names,
            ["ImATeapot", "Conflict", "InternalError", "OddMessage"]
        );

        let without_other = Page {
            other_errors: None,
            ..page
        };
        let rendered = without_other.render();
        assert!(rendered.ends_with("\" }\n```\n"), "{rendered:?}");
        assert_eq!(parse(&rendered), Ok(without_other));
    }

    #[test]
    fn escapes_as_serde_json_does() {
        let mut out = String::new();
        json::escape_into(&mut out, "\"\\\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}/é😀");
        assert_eq!(out, "\\\"\\\\\\n\\r\\t\\b\\f\\u0000\\u001f\u{7f}/é😀");
    }

    #[test]
    fn decodes_json_strings() {
        let body = r#"{"message":"caf\u00e9 \ud83d\ude00 \/ \" \\ \b\f\n\r\t \u0041","code":404}"#;
        let page = parse(&edit(BODY_404, body)).unwrap();
        assert_eq!(
            page.entries[1].message,
            "café 😀 / \" \\ \u{8}\u{c}\n\r\t A"
        );
    }

    #[test]
    fn lenient_with_blank_lines_whitespace_and_fences() {
        let text = "\u{feff}# Response Codes  \r\n\r\n\r\n\r\n### 200: OK\t\r\nThe request\r\n   was fine\r\n\
                    and more.  \r\n```json\r\n{\r\n  \"code\" :\t200 ,\r\n\r\n  \"message\":\"OK\"\r\n}  \r\n```\r\n\
                    ### 201: CREATED <a href=\"#id-201\" id=\"id-201\"></a>\n\n\n\nMade.\n\n\n```\n\
                    {\"code\":201,\"message\":\"Created\"}\n```\n\n\n\n## Other Errors\nLine one\nline two.\n\n\n";
        let page = parse(text).unwrap();
        assert_eq!(page.title, "Response Codes");
        assert_eq!(
            page.entries[0],
            entry(200, "OK", "The request was fine and more.", "OK")
        );
        assert_eq!(page.entries[1], entry(201, "CREATED", "Made.", "Created"));
        assert_eq!(page.other_errors.as_deref(), Some("Line one line two."));
        // A lone `\r` ends a line, as in Markdown, and lines count so.
        assert_eq!(parse(&SMALL.replace('\n', "\r")), parse(SMALL));
        let text = edit("Missing.\n", "Missing.\n---\n").replace('\n', "\r");
        assert_only(&text, 13, PageErrorKind::UnderlinedText { level: 2 });
        assert_only(
            &edit("Fine.\n", "Fine.\r\rMore.\n"),
            7,
            PageErrorKind::ExtraText { code: 200 },
        );
    }

    /// A doc comment's headings sit below its catalogue section's `###`;
    /// code blocks are copied as they are.
    #[test]
    fn doc_headings_are_demoted_in_the_catalogue() {
        let doc = "Text.\n\n# Examples\n\n```sh\n# a comment\n## also\n```\n  ## Why ##\n#### Deep\n#tag\n\n\
                   Call it so:\n\n    # set the token first\n    curl /api\n\n\
                   Title\non two lines\n=====\n\nSub\n---\n\n- item\n---\n\n> quote\n===\n\n\
                   Fails when:\n- the cart is empty\n---\n\n- item\nmore\n---\n\n***\n---\n\n\
                   #### Note\n---\n\nC #\n===\n\n```rust\nlet open = 1;";
        assert_eq!(
            written(doc),
            "Text.\n\n#### Examples\n\n```sh\n# a comment\n## also\n```\n##### Why\n###### Deep\n#tag\n\n\
             Call it so:\n\n    # set the token first\n    curl /api\n\n\
             #### Title on two lines\n\n##### Sub\n\n- item\n---\n\n> quote\n===\n\n\
             Fails when:\n- the cart is empty\n---\n\n- item\nmore\n---\n\n***\n---\n\n\
             ###### Note\n---\n\n#### C # #\n\n```rust\nlet open = 1;\n```"
        );
    }

    /// A list, a quote, a rule or a table below a description's (or the
    /// Other Errors') text is a block of its own in Markdown, reported at
    /// its line (once for the paragraph), not flattened into the text; what
    /// only looks like one (an item numbered other than 1, a dash inside a
    /// line, a delimiter row under no header of as many cells) continues
    /// the paragraph.
    #[test]
    fn blocks_that_interrupt_a_description_are_reported() {
        for block in [
            "- the token has expired",
            "* expired",
            "+ expired",
            "1. expired",
            "1) expired",
            "  - indented",
            "> Quoted.",
            "***",
            "_ _ _",
            "- first\n- second\n> and a quote",
        ] {
            let text = edit("\nMissing.\n", &alloc::format!("\nMissing:\n{block}\n"));
            assert_only(&text, 14, PageErrorKind::BlockInText);
            let text = edit(
                "\nCheck status.\n",
                &alloc::format!("\nCheck status.\n{block}\n"),
            );
            assert_only(&text, 22, PageErrorKind::BlockInText);
        }
        // A table: its delimiter row under a header of as many cells.
        for (header, delimiter) in [("| field | rule |", "|---|---|"), ("a | b", "--|:-:")] {
            let text = edit(
                "\nMissing.\n",
                &alloc::format!("\nMissing:\n{header}\n{delimiter}\n"),
            );
            assert_only(&text, 15, PageErrorKind::BlockInText);
        }
        assert!(
            PageErrorKind::BlockInText
                .to_string()
                .contains("one paragraph each; write it as sentences")
        );
        // After the block, a `---` or `===` underlines nothing.
        for block in ["- a\n---", "> a\n==="] {
            let text = edit("\nMissing.\n", &alloc::format!("\nMissing:\n{block}\n"));
            assert_only(&text, 14, PageErrorKind::BlockInText);
        }
        // `\|` is a pipe in a cell's text: two cells over a row of two.
        let text = edit("\nMissing.\n", "\nMissing:\na \\| b | c\n--|--\n");
        assert_only(&text, 15, PageErrorKind::BlockInText);
        for line in [
            "2. second",
            "10. tenth",
            "a - b",
            "-1 degrees",
            "    > code",
            "|---|---|",
            "| :-- | --: |",
            "a \\| b\n--|--",
        ] {
            let text = edit("\nMissing.\n", &alloc::format!("\nMissing:\n{line}\n"));
            let page = parse(&text).unwrap_or_else(|e| panic!("{line:?}: {e:?}"));
            let description = &page.entries[1].description;
            assert!(
                description.starts_with("Missing:"),
                "{line:?}: {description}"
            );
            assert_eq!(parse(&page.render()), Ok(page), "{line:?}");
        }
    }

    /// A Rust example shows what rustdoc shows: no hidden `# ` lines, and
    /// `##` as `#`; other code is copied as written.
    #[test]
    fn rust_examples_hide_what_rustdoc_hides() {
        let doc = "Use it so:\n\n```\n# let cart = setup();\n#\ncart.add(1);\n##[derive(Debug)]\n  # indented();\n#[test]\n```\n\n\
                   ```rust,no_run\n# hidden();\nshown();\n```\n\n```edition2021 ignore\n# hidden();\n```\n\n\
                   ```compile_fail,E0308\n# hidden();\n```\n\n```sh\n# a comment\n```\n\n```text\n# kept\n```";
        assert_eq!(
            written(doc),
            "Use it so:\n\n```\ncart.add(1);\n#[derive(Debug)]\n#[test]\n```\n\n\
             ```rust,no_run\nshown();\n```\n\n```edition2021 ignore\n```\n\n\
             ```compile_fail,E0308\n```\n\n```sh\n# a comment\n```\n\n```text\n# kept\n```"
        );
    }

    /// A fence in a list item, opened on the item's line or below it, is
    /// code to its end (no heading in it) and is closed at the item's
    /// indentation where the doc leaves it open.
    #[test]
    fn fences_in_list_items_stay_code() {
        assert_eq!(
            written("Steps:\n\n1. ```sh\n   # install\n   ```\n2. Run it.\n\n# After"),
            "Steps:\n\n1. ```sh\n   # install\n   ```\n2. Run it.\n\n#### After"
        );
        assert_eq!(
            written("- step:\n  ```\n  curl /x"),
            "- step:\n  ```\n  curl /x\n  ```"
        );
        assert_eq!(
            written("10) ~~~~rust\n    # hidden();\n    shown();"),
            "10) ~~~~rust\n    shown();\n    ~~~~"
        );
        // Not a fence: a marker without its space.
        assert_eq!(written("-```\n# Heading"), "-```\n#### Heading");
        // A line indented less than the item's text ends the item, and its
        // fence: a fence there opens another, closed where the doc ends.
        assert_eq!(
            written("1. ```sh\n   curl /x\n```\nplain"),
            "1. ```sh\n   curl /x\n```\nplain\n```"
        );
        assert_eq!(
            written("- ```\n  code\n\n  more\nText\n# After"),
            "- ```\n  code\n\n  more\nText\n#### After"
        );
        // Indented at the top, a fence ends only with its closing fence,
        // and is closed where the doc leaves it open.
        assert_eq!(
            written("Unlock it first:\n\n ```\n# let cart = new();\ncart.unlock();\n```"),
            "Unlock it first:\n\n ```\ncart.unlock();\n```"
        );
        assert_eq!(
            written("Example:\n\n  ```\ncart.add(1);"),
            "Example:\n\n  ```\ncart.add(1);\n  ```"
        );
    }

    /// rustdoc's links to items mean nothing on a page: their text is
    /// kept, their brackets and paths go; links to pages, code and other
    /// brackets stay as written.
    #[test]
    fn links_to_items_are_their_text() {
        assert_eq!(
            written(
                "Returned when [`Cart::add`] finds it; see [the guide][crate::guide], \
                 [the cart](crate::Cart), [`Vec`], [adding][`Cart::add`] and [`add()`].\n\
                 # [`Cart`] fails"
            ),
            "Returned when `Cart::add` finds it; see the guide, the cart, `Vec`, adding and \
             `add()`.\n#### `Cart` fails"
        );
        assert_eq!(written("See [add](Cart::add())."), "See add.");
        // A label its definition makes a link to an item; the definition
        // goes, as rustdoc's does.
        assert_eq!(
            written(
                "Use [the store] or [`Store`].\n\n[the store]: crate::Store\n[`Store`]: store::Store"
            ),
            "Use the store or `Store`.\n"
        );
        // Kept: links to pages, a link whose one plain word may be an
        // address, plain brackets, task boxes, code spans and code.
        for doc in [
            "See [the docs](https://docs.example/x) and [home](index.html).",
            "See [the guide](guide).",
            "A [note] and [1] and [x] and [`a b`].",
            "- [ ] todo\n- [x] done",
            "Call `[Cart::add]` or ``[`Vec`]``.",
            "Text [`open\n\n    [`Cart::add`]",
            "[docs]: https://docs.example\n\nSee [docs].",
        ] {
            assert_eq!(written(doc), doc, "{doc}");
        }
    }

    /// A doc comment cannot take in the sections after it: an HTML block
    /// that runs to its own end marker is copied as it is (a comment stays
    /// hidden, as rustdoc hides it) and closed where the doc leaves it
    /// open; a lone `\r` ends a line, as in Markdown.
    #[test]
    fn doc_html_blocks_and_carriage_returns_stay_in_their_section() {
        // Closed on its line, or on a later one: as written, and what
        // follows is read as before.
        let doc = "No such order.\n<!-- internal: see OPS-1234 -->\n\n<!--\n# not a heading\n-->\n# Errors\n\n\
                   <div>kept</div>\n<preview>\n    <!-- code\n\n<!DOCTYPE html>\n# After";
        assert_eq!(
            written(doc),
            "No such order.\n<!-- internal: see OPS-1234 -->\n\n<!--\n# not a heading\n-->\n#### Errors\n\n\
             <div>kept</div>\n<preview>\n    <!-- code\n\n<!DOCTYPE html>\n#### After"
        );
        // Left open: closed where the doc ends, by the marker of its kind
        // (the tag that opened it, for the tags).
        for (opener, closer) in [
            ("<!-- open", "-->"),
            ("  <pre>", "</pre>"),
            ("<script src=x>", "</script>"),
            ("<STYLE", "</style>"),
            ("<TEXTAREA", "</textarea>"),
            ("<?php", "?>"),
            ("<!DOCTYPE html", ">"),
            ("<![CDATA[", "]]>"),
        ] {
            assert_eq!(
                written(&alloc::format!("Text.\n{opener}\n# hidden\n```")),
                alloc::format!("Text.\n{opener}\n# hidden\n```\n{closer}"),
                "{opener}"
            );
        }
        // Left open in a list item or a quote, where Markdown ends the
        // block with its container but the HTML a renderer makes of it
        // would hide the rest of the page: shown as text. Closed later in
        // it, copied as written.
        assert_eq!(
            written("No order.\n\n- Raised by the lookup.\n  <!-- internal: OPS-1234"),
            "No order.\n\n- Raised by the lookup.\n  \\<!-- internal: OPS-1234"
        );
        assert_eq!(
            written("- item\n\n  <pre>\n  text"),
            "- item\n\n  \\<pre>\n  text"
        );
        assert_eq!(written("- <!-- open"), "- \\<!-- open");
        assert_eq!(written("> <!-- open\n> more"), "> \\<!-- open\n> more");
        assert_eq!(
            written("- <!-- hidden\n  still -->\n# After"),
            "- <!-- hidden\n  still -->\n#### After"
        );
        // Closed only outside its item or quote: the item or quote ended
        // the block first, so the opener is shown.
        assert_eq!(
            written("- <!-- TODO: OPS-1234\n-->"),
            "- \\<!-- TODO: OPS-1234\n-->"
        );
        assert_eq!(written("> <!-- q\n-->"), "> \\<!-- q\n-->");
        assert_eq!(
            written("- item\n\n  <!-- note\n\n  still -->"),
            "- item\n\n  <!-- note\n\n  still -->"
        );
        let doc = "CR line\r### `Fake`: 500\r```\r\nend";
        assert_eq!(written(doc), "CR line\n###### `Fake`: 500\n```\nend\n```");
    }

    /// What Markdown would show otherwise is not read as the page's text:
    /// HTML left in a title (an anchor in a spelling not read as one), a
    /// fence followed by another space than a space or tab (it closes
    /// nothing), a description opening an HTML block that would hide the
    /// sections after it. A line of nothing but such a space is blank, as
    /// before.
    #[test]
    fn what_markdown_shows_otherwise_is_an_error() {
        let page = |heading: &str, description: &str, close: &str| {
            alloc::format!(
                "# T\n\n### 404: {heading}\n\n{description}\n\n```c\n\
                 {{ \"code\": 404, \"message\": \"Not found\" }}\n{close}\n"
            )
        };
        for heading in [
            "NOT FOUND <a href=\"#id-404\" id=\"id-404\"></a >",
            "NOT FOUND <a id=\"id-404\"/>",
            "NOT FOUND <span id=\"id-404\"></span>",
            "NOT FOUND <a id=\"id-500\"></a> <a id=\"id-404\"></a>",
        ] {
            let text = page(heading, "Gone.", "```");
            let errors = errors(&text);
            assert!(
                matches!(&errors[..], [(3, PageErrorKind::InvalidName { title })] if title.contains('<')),
                "{heading}: {errors:?}"
            );
            assert!(
                parse(&text).unwrap_err()[0]
                    .to_string()
                    .contains("it holds HTML"),
                "{heading}"
            );
        }
        for heading in ["X <!-->", "X <!--->", "X <!a.b>", "X <!X!>"] {
            let errors = errors(&page(heading, "Gone.", "```"));
            assert!(
                matches!(&errors[..], [(3, PageErrorKind::InvalidName { .. })]),
                "{heading}: {errors:?}"
            );
        }
        // Text that only looks like HTML stays text.
        for title in ["A<B", "VALUE <LIMIT", "A </ B", "X <!", "A < B", "I <3 IT"] {
            let read = parse(&page(title, "Gone.", "```")).expect(title);
            assert_eq!(read.entries[0].title, title);
        }
        for space in ['\u{a0}', '\u{b}', '\u{c}', '\u{3000}'] {
            let text = page("NOT FOUND", "Gone.", &alloc::format!("```{space}"));
            assert_only(&text, 7, PageErrorKind::UnclosedFence);
            let spaced = page("NOT FOUND", &alloc::format!("Gone.\n{space}"), "```");
            let read = parse(&spaced).unwrap();
            assert_eq!(read.entries[0].description, "Gone.");
            assert_eq!(parse(&read.render()), Ok(read));
        }
        // Spaces and tabs after a closing fence are fine.
        assert!(parse(&page("NOT FOUND", "Gone.", "``` \t")).is_ok());
        for opening in [
            "<!-- Gone.",
            "<pre>Gone.",
            "<script>",
            "<?x",
            "<!DOCTYPE",
            "<![CDATA[x",
        ] {
            assert_only(
                &page("NOT FOUND", opening, "```"),
                5,
                PageErrorKind::HtmlBlock,
            );
        }
        // Opened on a later line of the paragraph, which it interrupts.
        assert_only(
            &page("NOT FOUND", "Gone.\n<!-- note", "```"),
            6,
            PageErrorKind::HtmlBlock,
        );
        // Indented, it is text, and renders so.
        for description in ["    <!-- x", "\t<pre>", "   \t<?x"] {
            let read = parse(&page("NOT FOUND", description, "```")).expect(description);
            assert_eq!(parse(&read.render()), Ok(read), "{description:?}");
        }
        // After `<pre`, a form feed or vertical tab opens a block as a
        // space does; U+00A0 opens nothing.
        for opening in ["<pre\u{c}x", "<script\u{b}x"] {
            assert_only(
                &page("NOT FOUND", opening, "```"),
                5,
                PageErrorKind::HtmlBlock,
            );
        }
        assert!(parse(&page("NOT FOUND", "<pre\u{a0}x", "```")).is_ok());
        // Closed in its text, it renders as it is, not as indented code.
        let closed = parse(&page("NOT FOUND", "<!-- reviewed --> Gone.", "```")).unwrap();
        assert!(closed.render().contains("\n<!-- reviewed --> Gone.\n"));
        // Closed in the paragraph (a `<pre>` block by any of the four end
        // tags), inline HTML, or a block a blank line ends: nothing is
        // hidden.
        for description in [
            "<pre x </script>",
            "<SCRIPT a </Pre> b",
            "<b>Gone</b>.",
            "<div>Gone.</div>",
            "<!-- internal --> Gone.",
            "<pre>Gone</pre>",
            "<!-- a\nb --> Gone.",
            "<!DOCTYPE x> Gone.",
        ] {
            assert!(
                parse(&page("NOT FOUND", description, "```")).is_ok(),
                "{description}"
            );
        }
    }

    /// A fence closes with spaces and tabs after it, as in Markdown:
    /// nothing is added to close it again.
    #[test]
    fn doc_fences_close_with_spaces_after_them() {
        let doc = "Example:\n\n```\ncode\n```  \t\nAfter.";
        assert_eq!(written(doc), doc);
    }

    /// Markdown's other spellings of the same blocks: indented headings
    /// and fences, closing `#`s, `~~~` and longer fences.
    #[test]
    fn markdown_forms() {
        let text = "# Codes #\n\n   ### 200: OK ###\n\nFine.\n\n~~~c\n\
                    { \"code\": 200, \"message\": \"OK\" }\n  ~~~\n\n\
                    ### 404: NOT FOUND <a id=\"id-404\"></a> ##\n\nNo such thing.\n\n\
                    ````json\n{ \"code\": 404, \"message\": \"Not found\" }\n`````\n\n\
                    ## Other Errors ##\n\nAsk us.\n";
        let page = parse(text).unwrap();
        assert_eq!(page.title, "Codes");
        assert_eq!(page.entries[0], entry(200, "OK", "Fine.", "OK"));
        assert_eq!(
            page.entries[1],
            entry(404, "NOT FOUND", "No such thing.", "Not found")
        );
        assert_eq!(page.other_errors.as_deref(), Some("Ask us."));
        assert_eq!(parse(&page.render()), Ok(page));

        // Hashes that are part of the text stay; a title ending in one
        // renders with a closing sequence so that it reads back the same.
        let page = parse(&edit("# Response Codes", "# C#"));
        assert_eq!(page.map(|p| p.title).as_deref(), Ok("C#"));
        let mut page = parse(REAL).unwrap();
        page.title = String::from("Codes #");
        assert!(page.render().starts_with("# Codes # #\n"));
        assert_eq!(parse(&page.render()), Ok(page));
    }

    /// Indented four columns or more (a tab is four), a line is no heading
    /// or fence: text, joined to its paragraph. A paragraph whose text
    /// starts like one renders indented, and reads back the same.
    #[test]
    fn deeply_indented_markers_are_text() {
        for line in [
            "    # Not a heading",
            "\t# Not a heading",
            "  \t~~~",
            "        ## deep",
        ] {
            let page = parse(&edit("Missing.", &format!("Missing.\n{line}"))).unwrap();
            let text = line.trim_start();
            assert_eq!(page.entries[1].description, format!("Missing. {text}"));
            assert_eq!(parse(&page.render()), Ok(page));
        }
        for line in ["    # Note", "\t```c", "    {\"id\": 7}"] {
            let page = parse(&edit("Missing.", line)).unwrap();
            let text = line.trim_start();
            assert_eq!(page.entries[1].description, text);
            assert!(page.render().contains(&format!("\n\n    {text}\n\n")));
            assert_eq!(parse(&page.render()), Ok(page));
        }
        // A title that starts with a code renders as one that reads back.
        let mut page = parse(SMALL).unwrap();
        page.title = String::from("500: Server errors");
        assert_eq!(parse(&page.render()), Ok(page));
        let mut page = parse(SMALL).unwrap();
        page.other_errors = Some(String::from("## Not a section"));
        assert!(page.render().ends_with("\n\n    ## Not a section\n"));
        assert_eq!(parse(&page.render()), Ok(page));
    }

    /// A line is a heading or a fence by what follows its indentation, in a
    /// description too: a page that parses renders to one that parses the
    /// same.
    #[test]
    fn indented_markers_are_not_text() {
        // An indented `#` line after a description is a heading: here a
        // second title.
        let text = edit("Missing.", "Missing.\n  # Note");
        assert!(
            errors(&text)
                .iter()
                .any(|(_, kind)| matches!(kind, PageErrorKind::SecondTitle { .. })),
            "{:?}",
            errors(&text)
        );
        // Leading white space other than spaces and tabs is no
        // indentation: the line is a paragraph, whose text drops it (as
        // every paragraph line's leading white space), and renders
        // indented, where it reads back the same.
        for space in ["\u{85}", "\u{a0}", "\u{3000}"] {
            let page = parse(&edit("Missing.", &format!("{space}# Note"))).unwrap();
            assert_eq!(page.entries[1].description, "# Note");
            assert_eq!(parse(&page.render()), Ok(page));
            let page = parse(&edit("Missing.", &format!("{space}Gone.\n{space}more"))).unwrap();
            assert_eq!(page.entries[1].description, "Gone. more");
        }
    }

    #[test]
    fn names() {
        let cases = [
            ("NOT FOUND", Some("NotFound")),
            ("OK", Some("Ok")),
            ("I'M A TEAPOT", Some("ImATeapot")),
            ("I\u{2019}M A TEAPOT", Some("ImATeapot")),
            ("OUT OF STORAGE", Some("OutOfStorage")),
            ("TOO MANY REQUESTS", Some("TooManyRequests")),
            ("RE-AUTH NEEDED", Some("ReAuthNeeded")),
            ("  no_content!! ", Some("NoContent")),
            ("HTTP 2 ONLY", Some("Http2Only")),
            ("2XX", None),
            ("'''", None),
            ("-- --", None),
            ("", None),
            ("CAFÉ", None),
            ("SELF", None),
            ("SELF SERVICE", Some("SelfService")),
            // `ALL` is the table's own list of codes.
            ("A L L", None),
            ("A.L.L.", None),
            ("ALL", Some("All")),
            ("ALL GONE", Some("AllGone")),
            // Character references are the characters Markdown shows.
            ("CART &amp; STOCK", Some("CartStock")),
            ("I&#39;M A TEAPOT", Some("ImATeapot")),
            ("I&#x2019;M&nbsp;BACK", Some("ImBack")),
            ("CAF&#xE9;", None),
            ("A &bogus; B", Some("ABogusB")),
            ("AT&T", Some("AtT")),
            ("I&#0039;M", Some("Im")),
            ("I&#x000027;M", Some("Im")),
            // Not a reference where CommonMark reads none: more than 7
            // decimal or 6 hexadecimal digits, or a sign; its `;` is
            // searched no further than a reference's length.
            ("I&#00000039;M", Some("I00000039M")),
            ("I&#x0000027;M", Some("IX0000027M")),
            ("I&#+39;M", Some("I39M")),
            // What names no character is U+FFFD, which no name holds.
            ("A&#0;B", None),
            ("A&#xD800;B", None),
            ("A&#1114112;B", None),
            ("A&#x110000;B", None),
            (
                "I&#0000000000000000000000000000000039;M",
                Some("I0000000000000000000000000000000039M"),
            ),
        ];
        for (title, expected) in cases {
            assert_eq!(name(title).as_deref(), expected, "{title:?}");
        }
    }

    #[test]
    fn title_problems() {
        assert_only(
            &edit("# Response Codes\n", ""),
            2,
            PageErrorKind::MissingTitle,
        );
        assert_only(&edit("# Response Codes", "#"), 1, PageErrorKind::EmptyTitle);
        assert_only(
            &format!("Intro.\n{SMALL}"),
            1,
            PageErrorKind::TextBeforeTitle,
        );
        assert_only(
            &edit("## Other", "# Again\n\n## Other"),
            19,
            PageErrorKind::SecondTitle { first: 1 },
        );
        assert_only(
            &edit("\n### 200", "\nIntro.\n\n### 200"),
            3,
            PageErrorKind::TextBeforeFirstCode,
        );
        assert_eq!(
            errors(""),
            [
                (1, PageErrorKind::MissingTitle),
                (1, PageErrorKind::NoCodes)
            ]
        );
    }

    #[test]
    fn heading_problems() {
        let heading = |new: &str| edit("404: NOT FOUND", new);
        assert_only(
            &heading("404 NOT FOUND"),
            11,
            PageErrorKind::MissingColon {
                heading: "404 NOT FOUND".into(),
            },
        );
        assert_only(
            &heading("abc: NOT FOUND"),
            11,
            PageErrorKind::CodeNotNumber { text: "abc".into() },
        );
        assert_only(
            &heading(": NOT FOUND"),
            11,
            PageErrorKind::CodeNotNumber {
                text: String::new(),
            },
        );
        for text in ["99", "600", "999", "1000", "042", "99999999999999999999999"] {
            assert_only(
                &heading(&format!("{text}: NOT FOUND")),
                11,
                PageErrorKind::CodeOutOfRange { text: text.into() },
            );
        }
        assert_only(
            &heading("404:"),
            11,
            PageErrorKind::EmptyEntryTitle { code: 404 },
        );
        assert_only(
            &edit(r#"id="id-404""#, r#"id="id-405""#),
            11,
            PageErrorKind::AnchorMismatch {
                code: 404,
                id: Some("id-405".into()),
            },
        );
        assert_only(
            &edit(r#" id="id-404""#, r#" data-id="id-404""#),
            11,
            PageErrorKind::AnchorMismatch {
                code: 404,
                id: None,
            },
        );
        // Without an anchor there is nothing to check.
        assert!(parse(&edit(r##" <a href="#id-404" id="id-404"></a>"##, "")).is_ok());
        // HTML's other spellings of the same anchor: the same table.
        let standard = parse(SMALL).expect("the small page");
        for anchor in [
            r##"<A HREF="#id-404" ID="id-404"></A>"##,
            "<a id=id-404></a>",
            "<a id = 'id-404' ></a>",
            r#"<a data-x="1" id="id-404"></A>"#,
        ] {
            let page = edit(r##"<a href="#id-404" id="id-404"></a>"##, anchor);
            assert_eq!(parse(&page).as_ref(), Ok(&standard), "{anchor}");
        }
        // A wrong id is still wrong in any spelling; HTML's white space is
        // ASCII's, so a no-break space is part of the id; an unclosed quote
        // leaves the anchor without one.
        for (attribute, id) in [
            ("ID=id-405", Some("id-405")),
            ("id=id-404\u{a0}", Some("id-404\u{a0}")),
            (r#"id="id-404 x"#, None),
        ] {
            assert_only(
                &edit(r#"id="id-404""#, attribute),
                11,
                PageErrorKind::AnchorMismatch {
                    code: 404,
                    id: id.map(Into::into),
                },
            );
        }
        // A heading written without its space is text to Markdown: said
        // once, at its line (the section after it is that code's).
        assert_only(
            &edit("### 404: NOT FOUND", "###404: NOT FOUND"),
            11,
            PageErrorKind::HeadingWithoutSpace,
        );
        assert_only(
            &edit("### 404: NOT FOUND", "####404 : NOT FOUND"),
            11,
            PageErrorKind::HeadingWithoutSpace,
        );
    }

    /// A heading written without its space right after a code with no
    /// description is still said to be one, not taken for a description
    /// the next paragraph then follows as extra text.
    #[test]
    fn a_lost_heading_after_an_empty_section() {
        let text = "# Codes\n\n### 400: BAD REQUEST\n\n###401: UNAUTHORIZED\n\n\
                    Auth needed.\n\n```c\n{ \"code\": 401, \"message\": \"No\" }\n```\n";
        assert_eq!(
            errors(text),
            vec![
                (3, PageErrorKind::MissingDescription { code: 400 }),
                (3, PageErrorKind::MissingBody { code: 400 }),
                (5, PageErrorKind::HeadingWithoutSpace),
            ]
        );
    }

    /// A description may start with `#` and a number: only a later
    /// paragraph of `#`s, three digits and a colon reads as a heading
    /// without its space.
    #[test]
    fn descriptions_may_start_with_a_hash() {
        for description in [
            "#1 cause: two writers.",
            "#2FA first.",
            "#404 is old.",
            "#4040: no.",
            "#######404: seven.",
            "#409: the next code is its cause.",
            "###418: TEAPOT, as text.",
        ] {
            let page = parse(&edit("Missing.", description)).expect(description);
            assert_eq!(page.entries[1].description, description);
            assert_eq!(parse(&page.render()), Ok(page), "{description}");
        }
    }

    #[test]
    fn duplicates() {
        let text = SMALL.replace("404", "200");
        assert_only(
            &text,
            11,
            PageErrorKind::DuplicateCode {
                code: 200,
                first: 3,
            },
        );
        assert_only(
            &edit("NOT FOUND", "ok!"),
            11,
            PageErrorKind::DuplicateName {
                name: "Ok".into(),
                first: 3,
            },
        );
        assert_only(
            &edit("NOT FOUND", "404 ERROR"),
            11,
            PageErrorKind::InvalidName {
                title: "404 ERROR".into(),
            },
        );
        let all = PageErrorKind::InvalidName {
            title: "A L L".into(),
        };
        assert_eq!(
            all.to_string(),
            "title `A L L` gives no Rust variant name: it gives `ALL`, which every \
             table uses for the list of its codes; choose another title"
        );
        assert_only(&edit("NOT FOUND", "A L L"), 11, all);
    }

    #[test]
    fn section_problems() {
        assert_only(
            &edit("Missing.\n\n", ""),
            11,
            PageErrorKind::MissingDescription { code: 404 },
        );
        assert_only(
            &edit(&format!("```c\n{BODY_404}\n```\n\n"), ""),
            11,
            PageErrorKind::MissingBody { code: 404 },
        );
        assert_only(
            &edit("Missing.\n", "Missing.\n\nMore.\n"),
            15,
            PageErrorKind::ExtraText { code: 404 },
        );
        assert_eq!(
            errors(&edit(
                "```\n\n## Other",
                "```\n\nStray.\n\n```\n{}\n```\n\n## Other"
            )),
            [
                (19, PageErrorKind::ExtraText { code: 404 }),
                (21, PageErrorKind::ExtraText { code: 404 })
            ]
        );
        assert_only(
            &edit("Missing.\n", "Missing.\n\n#### Note\n"),
            15,
            PageErrorKind::UnexpectedHeading { level: 4 },
        );
        // A code written under a level-4 heading is that one mistake: its
        // description and block are not also the previous code's extra text.
        assert_only(
            &edit("### 404: NOT FOUND", "#### 404: NOT FOUND"),
            11,
            PageErrorKind::UnexpectedHeading { level: 4 },
        );
        // Before any code too.
        assert_only(
            &edit("### 200: OK", "#### 200: OK"),
            3,
            PageErrorKind::UnexpectedHeading { level: 4 },
        );
        assert_only(
            &edit("```c\n{ \"code\": 404", "```rust\n{ \"code\": 404"),
            15,
            PageErrorKind::UnsupportedFence {
                info: "rust".into(),
            },
        );
    }

    /// The page with its 404's fenced body written otherwise.
    fn body_as(text: &str) -> String {
        edit(
            "```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```",
            text,
        )
    }

    /// A body written as a paragraph is one error where it is the body
    /// (shaped as an object, no fence after it), extra text before a fence
    /// (an object whole), and prose that opens with braces stays prose.
    #[test]
    fn a_body_outside_its_block() {
        let unfenced = body_as("{ \"code\": 404, \"message\": \"Not found\" }");
        assert_only(&unfenced, 15, PageErrorKind::UnfencedBody { code: 404 });
        // On two lines.
        let unfenced = body_as("{ \"code\": 404,\n  \"message\": \"Not found\" }");
        assert_only(&unfenced, 15, PageErrorKind::UnfencedBody { code: 404 });
        // With a mistake in its JSON: still the body, unfenced (the fenced
        // block will say what the mistake is).
        for mistaken in [
            "{ \"code\" : 404, \"message\"\t: \"Not found\" }",
            "{ \"code\": 404, \"message\": \"Not found\", }",
            "{ \"code\": 404 \"message\": \"Not found\" }",
        ] {
            assert_only(
                &body_as(mistaken),
                15,
                PageErrorKind::UnfencedBody { code: 404 },
            );
        }
        // Without a description: the body is still not the description.
        let alone = edit(
            "Missing.\n\n```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```",
            "{ \"code\": 404, \"message\": \"Not found\" }",
        );
        assert_eq!(
            errors(&alone),
            [
                (11, PageErrorKind::MissingDescription { code: 404 }),
                (13, PageErrorKind::UnfencedBody { code: 404 }),
            ]
        );
        // Where a fenced block follows, that is the body, and a paragraph
        // before it is extra, whether it opens as an object or as prose
        // (`{id}` as a description's first word is a description's).
        for extra in [
            "{ \"code\": 404, \"message\": \"Not found\" }",
            "{id} is the user's id.",
            "{}",
        ] {
            let text = body_as(&format!(
                "{extra}\n\n```c\n{{ \"code\": 404, \"message\": \"Not found\" }}\n```"
            ));
            assert_only(&text, 15, PageErrorKind::ExtraText { code: 404 });
        }
        // A first paragraph that opens as an object, a fenced body after
        // it, is JSON left in the section, not the description.
        let first = edit("Missing.\n", "{\"code\":404}\n");
        assert_eq!(
            errors(&first),
            [
                (11, PageErrorKind::MissingDescription { code: 404 }),
                (13, PageErrorKind::ExtraText { code: 404 }),
            ]
        );
        // A description that starts as an object does but goes on is
        // prose: it is the description.
        for prose in [
            "{} is sent for an empty cart.",
            "{\"id\": 7} is a product's body.",
            "{} is sent for the cart {id}",
            "{} is sent\nfor a cart }",
        ] {
            let page = parse(&edit("Missing.\n", &format!("{prose}\n"))).unwrap();
            assert_eq!(page.entries[1].description, prose.replace('\n', " "));
            assert_eq!(parse(&page.render()), Ok(page));
        }
        // A title that codes follow stays one, whatever prose under it
        // opens with.
        let stray = "# 500: Server errors\n\n{\"id\" is the user, as in {id}}\n\n### 404: NOT FOUND\n\nGone.\n\n```c\n{ \"code\": 404, \"message\": \"Not found\" }\n```\n";
        assert_eq!(errors(stray), [(3, PageErrorKind::TextBeforeFirstCode)]);
        // Prose that opens `{}` or a placeholder is no body, where no fence
        // follows either.
        for prose in ["{} is sent for the cart {id}", "{id} is the user's id."] {
            assert_eq!(
                errors(&body_as(prose)),
                [
                    (11, PageErrorKind::MissingBody { code: 404 }),
                    (15, PageErrorKind::ExtraText { code: 404 }),
                ],
                "{prose}"
            );
        }
    }

    /// Markdown's other ways to write a heading or a block are one error
    /// each, read as what they meant: nothing follows from them.
    #[test]
    fn underlined_headings_and_indented_bodies() {
        let setext = edit("# Response Codes\n", "Response Codes\n==============\n");
        assert_only(&setext, 1, PageErrorKind::UnderlinedHeading { level: 1 });
        let other = edit(
            "## Other Errors <a href=\"#other\" id=\"other\"></a>\n",
            "Other Errors\n---\n",
        );
        assert_only(&other, 19, PageErrorKind::UnderlinedHeading { level: 2 });
        let indented = body_as("    { \"code\": 404, \"message\": \"Not found\" }");
        assert_only(&indented, 15, PageErrorKind::IndentedBody { code: 404 });
        // Underlined where the page has no heading, a paragraph stays one:
        // a description is still read, the block after it still the body.
        let description = edit("Missing.\n", "Missing.\n---\n");
        assert_only(&description, 13, PageErrorKind::UnderlinedText { level: 2 });
        // Indented, the line makes no heading, but its underline is still
        // reported, not dropped.
        let indented = edit("Missing.\n", "    Missing.\n---\n");
        assert_only(&indented, 13, PageErrorKind::UnderlinedText { level: 2 });
        let other_text = edit("Check status.\n", "Check status.\n===\n");
        assert_only(&other_text, 21, PageErrorKind::UnderlinedText { level: 1 });
        // Where no paragraph belongs, that is reported, once.
        let intro = edit("# Response Codes\n", "# Response Codes\n\nIntro\n---\n");
        assert_only(&intro, 3, PageErrorKind::TextBeforeFirstCode);
        let second = edit("# Response Codes\n", "# Response Codes\n\nMore\n===\n");
        assert_only(&second, 3, PageErrorKind::TextBeforeFirstCode);
        let after_body = edit("Missing.\n", "Missing.\n\nMore\n---\n");
        assert_only(&after_body, 15, PageErrorKind::ExtraText { code: 404 });
        // An indented first paragraph is still the description (the
        // renderer indents one that would read as a heading).
        let described = edit("Missing.\n", "    # Missing.\n");
        let page = parse(&described).unwrap();
        assert_eq!(page.entries[1].description, "# Missing.");
        // A line of `=` or `-` under a paragraph of one line is all it takes.
        assert_eq!(setext_level("==="), Some(1));
        assert_eq!(setext_level("  -"), Some(2));
        assert_eq!(setext_level("=-="), None);
        assert_eq!(setext_level("    ==="), None);
        assert_eq!(setext_level(""), None);
    }

    #[test]
    fn unclosed_fences() {
        // Ended by the next heading, which still parses.
        assert_only(
            &edit("```\n\n## Other", "\n## Other"),
            15,
            PageErrorKind::UnclosedFence,
        );
        assert_only(
            &edit("```\n\n### 404", "\n### 404"),
            7,
            PageErrorKind::UnclosedFence,
        );
        // Ended by the end of the page.
        let text = SMALL.split("\n```\n\n## Other").next().unwrap();
        assert_only(text, 15, PageErrorKind::UnclosedFence);
    }

    #[test]
    fn body_syntax_problems() {
        // On a later line of the body, counted in characters from that
        // line's start.
        assert_body(
            "{ \"code\": 404,\n  \"message\": \"N\u{e9}gatif\" x }",
            17,
            PageErrorKind::BodyNotJson {
                column: 24,
                reason: "expected ',' or '}' after a value",
            },
        );
        assert_body(
            r#"{ "code": 404 "message": "Not found" }"#,
            16,
            PageErrorKind::BodyNotJson {
                column: 15,
                reason: "expected ',' or '}' after a value",
            },
        );
        assert_body(
            r#"{ code: 404, "message": "Not found" }"#,
            16,
            PageErrorKind::BodyNotJson {
                column: 3,
                reason: "expected a key in double quotes",
            },
        );
        assert_body(
            r#"{ "code": 404, "message": "Not found", }"#,
            16,
            PageErrorKind::BodyNotJson {
                column: 40,
                reason: "expected a key in double quotes",
            },
        );
        assert_body(
            r#"{ "code": 404, "message": "Not found" } x"#,
            16,
            PageErrorKind::BodyNotJson {
                column: 41,
                reason: "unexpected text after the end of the value",
            },
        );
        assert_body(
            r#"{ "code": 0404, "message": "Not found" }"#,
            16,
            PageErrorKind::BodyNotJson {
                column: 12,
                reason: "a number cannot have leading zeros",
            },
        );
        assert_body(
            r#"{ "code": 404, "message": "é\x" }"#,
            16,
            PageErrorKind::BodyNotJson {
                column: 29,
                reason: "an unknown escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX",
            },
        );
        assert_body(
            r#"{ "code": 404, "message": "\ud800 alone" }"#,
            16,
            PageErrorKind::BodyNotJson {
                column: 28,
                reason: "a lone leading surrogate; follow it with a \\uDC00-\\uDFFF escape",
            },
        );
        assert_body(
            r#"{ "code": 404, "message": "\udc00" }"#,
            16,
            PageErrorKind::BodyNotJson {
                column: 28,
                reason: "a lone trailing surrogate; precede it with a \\uD800-\\uDBFF escape",
            },
        );
        assert_body(
            "{ \"code\": 404, \"message\": \"tab\there\" }",
            16,
            PageErrorKind::BodyNotJson {
                column: 31,
                reason: "a control character in a string; write it as an escape such as \\n",
            },
        );
        assert_body(
            r#"{ "code": 404, "message": "Not found }"#,
            16,
            PageErrorKind::BodyNotJson {
                column: 39,
                reason: "the string is not closed; end it with '\"'",
            },
        );
    }

    #[test]
    fn body_shape_problems() {
        assert_body(
            "",
            16,
            PageErrorKind::BodyNotJson {
                column: 1,
                reason: "the block is empty",
            },
        );
        assert_body(
            "[404]",
            16,
            PageErrorKind::BodyNotObject { found: "an array" },
        );
        assert_body(
            r#""Not found""#,
            16,
            PageErrorKind::BodyNotObject { found: "a string" },
        );
        assert_body(
            r#"{ "code": 404 }"#,
            16,
            PageErrorKind::BodyMissingKey { key: "message" },
        );
        assert_body(
            r#"{ "message": "Not found" }"#,
            16,
            PageErrorKind::BodyMissingKey { key: "code" },
        );
        assert_body(
            r#"{ "code": "404", "message": "Not found" }"#,
            16,
            PageErrorKind::BodyCodeNotInteger { found: "a string" },
        );
        assert_body(
            r#"{ "code": 404.0, "message": "Not found" }"#,
            16,
            PageErrorKind::BodyCodeNotInteger {
                found: "a number with a fraction or an exponent",
            },
        );
        assert_body(
            r#"{ "code": 404, "message": 5 }"#,
            16,
            PageErrorKind::BodyMessageNotString {
                found: "an integer",
            },
        );
        assert_body(
            r#"{ "code": 404, "message": "Not found", "x": [1, {"y": null}] }"#,
            16,
            PageErrorKind::BodyUnexpectedKey { key: "x".into() },
        );
        assert_body(
            r#"{ "code": 404, "code": 404, "message": "Not found" }"#,
            16,
            PageErrorKind::BodyDuplicateKey { key: "code" },
        );
        assert_body(
            r#"{ "code": 405, "message": "Not found" }"#,
            16,
            PageErrorKind::CodeMismatch {
                heading: 404,
                body: "405".into(),
            },
        );
        assert_body(
            r#"{ "code": -404000000000000000000000, "message": "Not found" }"#,
            16,
            PageErrorKind::CodeMismatch {
                heading: 404,
                body: "-404000000000000000000000".into(),
            },
        );
        assert_body(
            r#"{ "code": 404, "message": "" }"#,
            16,
            PageErrorKind::EmptyMessage { code: 404 },
        );
        assert_body(
            r#"{ "code": 404, "message": " \t" }"#,
            16,
            PageErrorKind::EmptyMessage { code: 404 },
        );
    }

    #[test]
    fn body_problems_point_at_their_line() {
        let body = "{\n  \"code\": 404,\n  \"x\": 1,\n  \"message\": 7\n}";
        assert_eq!(
            errors(&edit(BODY_404, body)),
            [
                (18, PageErrorKind::BodyUnexpectedKey { key: "x".into() }),
                (
                    19,
                    PageErrorKind::BodyMessageNotString {
                        found: "an integer"
                    }
                ),
            ]
        );
        let body = "{\n  \"code\": 404,\n  \"message\": \"Not\n found\"\n}";
        assert_body(
            body,
            18,
            PageErrorKind::BodyNotJson {
                column: 18,
                reason: "a control character in a string; write it as an escape such as \\n",
            },
        );
        let deep = format!(
            "{{ \"code\": 404, \"message\": \"x\", \"y\": {}{} }}",
            "[".repeat(100),
            "]".repeat(100)
        );
        assert_body(
            &deep,
            16,
            PageErrorKind::BodyNotJson {
                column: 101,
                reason: "values nested too deeply",
            },
        );
    }

    #[test]
    fn other_errors_problems() {
        assert_only(
            &format!("{SMALL}\nMore.\n"),
            23,
            PageErrorKind::TextAfterOtherErrors,
        );
        assert_only(
            &edit("## Other", "## Notes\n\nSomething.\n\n## Other"),
            19,
            PageErrorKind::UnknownSection {
                heading: "Notes".into(),
            },
        );
        // A code's heading with a `#` too few says what it should be.
        let section = PageErrorKind::UnknownSection {
            heading: "404: NOT FOUND".into(),
        };
        assert_eq!(
            section.to_string(),
            "unknown section `## 404: NOT FOUND`; the only `##` section is `## Other Errors`, \
             so rename or remove it; a code's heading is `### 404: NOT FOUND`"
        );
        assert!(
            !PageErrorKind::UnknownSection {
                heading: "Notes: more".into()
            }
            .to_string()
            .contains("###")
        );
        assert_only(
            &edit("\nCheck status.\n", ""),
            19,
            PageErrorKind::MissingOtherErrorsText,
        );
        // A code after the section is reported, and still checked.
        let text = format!(
            "{SMALL}\n### 201: CREATED\n\nMade.\n\n```c\n{{ \"code\": 202, \"message\": \"Created\" }}\n```\n"
        );
        assert_eq!(
            errors(&text),
            [
                (23, PageErrorKind::TextAfterOtherErrors),
                (
                    28,
                    PageErrorKind::CodeMismatch {
                        heading: 201,
                        body: "202".into()
                    }
                ),
            ]
        );
    }

    #[test]
    fn no_codes() {
        assert_only("# Response Codes\n", 1, PageErrorKind::NoCodes);
        assert_only(
            "# Response Codes\n\n## Other Errors\n\nText.\n",
            5,
            PageErrorKind::NoCodes,
        );
    }

    #[test]
    fn reports_every_problem() {
        let text = edit(r#""message": "OK""#, r#""message": """#)
            .replace(r#"id="id-404""#, r#"id="id-44""#)
            .replace("Check status.\n", "Check status.\n\nAnd more.\n");
        assert_eq!(
            errors(&text),
            [
                (8, PageErrorKind::EmptyMessage { code: 200 }),
                (
                    11,
                    PageErrorKind::AnchorMismatch {
                        code: 404,
                        id: Some("id-44".into())
                    }
                ),
                (23, PageErrorKind::TextAfterOtherErrors),
            ]
        );
    }

    #[test]
    fn resynchronises_after_a_broken_heading() {
        let text = edit("### 200: OK", "### 200 OK").replace(r#""code": 404"#, r#""code": 4"#);
        assert_eq!(
            errors(&text),
            [
                (
                    3,
                    PageErrorKind::MissingColon {
                        heading: "200 OK".into()
                    }
                ),
                (
                    16,
                    PageErrorKind::CodeMismatch {
                        heading: 404,
                        body: "4".into()
                    }
                ),
            ]
        );
    }

    #[test]
    fn messages() {
        let error = PageError {
            line: 12,
            kind: PageErrorKind::DuplicateCode {
                code: 404,
                first: 3,
            },
        };
        assert_eq!(
            error.to_string(),
            "line 12: code 404 is already documented on line 3; remove one of the two \
             sections or change its code"
        );
        let error = PageError {
            line: 8,
            kind: PageErrorKind::CodeMismatch {
                heading: 404,
                body: "405".into(),
            },
        };
        assert_eq!(
            error.to_string(),
            "line 8: the heading says code 404 but the body says 405; make them agree"
        );
        let error = PageError {
            line: 2,
            kind: PageErrorKind::BodyUnexpectedKey {
                key: "a\"b\n".into(),
            },
        };
        assert!(
            error
                .to_string()
                .starts_with(r#"line 2: unexpected key "a\"b\n" in the body"#)
        );
        let error = PageError {
            line: 1,
            kind: PageErrorKind::MissingBody { code: 404 },
        };
        assert!(
            error
                .to_string()
                .contains(r#"`{ "code": 404, "message": "..." }`"#),
            "{error}"
        );
    }

    /// Every kind's message, word for word: what is wrong, then after a
    /// `; ` what to do, lower case after its line number. (A table of them
    /// all, as long as `Display` writes them.)
    #[test]
    #[expect(clippy::too_many_lines)]
    fn every_message_says_what_to_do() {
        let messages = [
            (
                PageErrorKind::TextBeforeTitle,
                "text before the `# ` title; the page must start with its title, so remove this \
                 or move it into a description",
            ),
            (
                PageErrorKind::MissingTitle,
                "no `# ` title line before this point; start the page with one, such as `# \
                 Response Codes`",
            ),
            (
                PageErrorKind::EmptyTitle,
                "the title is empty; write it after `# `",
            ),
            (
                PageErrorKind::SecondTitle { first: 1 },
                "a second `# ` title (the first is on line 1); keep one, and write codes as `### \
                 CODE: TITLE`",
            ),
            (
                PageErrorKind::TextBeforeFirstCode,
                "text between the title and the first code; only blank lines may come there, so \
                 remove this or move it into a description",
            ),
            (
                PageErrorKind::MissingColon {
                    heading: "x".into(),
                },
                "heading `x` is not of the form `CODE: TITLE`; put a `:` after the code, as in \
                 `### 404: NOT FOUND`",
            ),
            (
                PageErrorKind::CodeNotNumber { text: "x".into() },
                "`x` before the `:` is not a number; start the heading with the status code, as \
                 in `### 404: NOT FOUND`",
            ),
            (
                PageErrorKind::CodeOutOfRange { text: "1".into() },
                "code 1 is not an HTTP status; use one from 100 to 599 (RFC 9110)",
            ),
            (
                PageErrorKind::EmptyEntryTitle { code: 1 },
                "code 1 has no title; write one after the `:`, as in `### 1: NOT FOUND`",
            ),
            (
                PageErrorKind::AnchorMismatch { code: 1, id: None },
                "the anchor of code 1 has no id; give it `id=\"id-1\"`",
            ),
            (
                PageErrorKind::AnchorMismatch {
                    code: 1,
                    id: Some("x".into()),
                },
                "the anchor of code 1 has id `x`; change it to `id-1`",
            ),
            (
                PageErrorKind::DuplicateCode { code: 1, first: 1 },
                "code 1 is already documented on line 1; remove one of the two sections or change \
                 its code",
            ),
            (
                PageErrorKind::InvalidName { title: "x".into() },
                "title `x` gives no Rust variant name: choose another title; a title of words \
                 gives one",
            ),
            (
                PageErrorKind::DuplicateName {
                    name: "X".into(),
                    first: 1,
                },
                "this title gives the variant name `X`, as the title on line 1 does; rename one \
                 of them",
            ),
            (
                PageErrorKind::MissingDescription { code: 1 },
                "code 1 has no description; write a paragraph between its heading and its body \
                 block",
            ),
            (
                PageErrorKind::MissingBody { code: 1 },
                "code 1 has no body block; add one after its description: ```c, then `{ \"code\": \
                 1, \"message\": \"...\" }`, then ```",
            ),
            (
                PageErrorKind::ExtraText { code: 1 },
                "unexpected text in the section of code 1, which holds one description paragraph \
                 and one body block; merge this into the description or remove it",
            ),
            (
                PageErrorKind::UnexpectedHeading { level: 4 },
                "a level-4 heading has no place in the page; write codes as `### CODE: TITLE`, or \
                 make this text part of a description",
            ),
            (
                PageErrorKind::UnsupportedFence { info: "x".into() },
                "code block language `x` is not supported; open the block with ```c, ```json or \
                 ```",
            ),
            (
                PageErrorKind::UnclosedFence,
                "the code block opened here is never closed; end it with a line holding only the \
                 fence that opened it, such as ```",
            ),
            (
                PageErrorKind::HtmlBlock,
                "this line opens an HTML block (a comment, `<pre>`, `<script>`...) that its \
                 paragraph does not close, which Markdown would show as markup, hiding the \
                 sections after it; close it in the paragraph (`-->`, `</pre>`...) or start the \
                 line with a word",
            ),
            (
                PageErrorKind::BodyNotJson {
                    column: 1,
                    reason: "x",
                },
                "the body is not JSON: x (column 1); write it as { \"code\": N, \"message\": \
                 \"...\" }",
            ),
            (
                PageErrorKind::BodyNotObject { found: "x" },
                "the body is x, not a JSON object; write it as { \"code\": N, \"message\": \
                 \"...\" }",
            ),
            (
                PageErrorKind::BodyMissingKey { key: "code" },
                "the body has no \"code\"; write it as { \"code\": N, \"message\": \"...\" }",
            ),
            (
                PageErrorKind::BodyDuplicateKey { key: "code" },
                "the body has \"code\" twice; remove one",
            ),
            (
                PageErrorKind::BodyUnexpectedKey { key: "x".into() },
                "unexpected key \"x\" in the body, which holds only \"code\" and \"message\"; \
                 remove it",
            ),
            (
                PageErrorKind::BodyCodeNotInteger { found: "x" },
                "\"code\" is x, not an integer; write the status code as a bare number, such as \
                 404",
            ),
            (
                PageErrorKind::BodyMessageNotString { found: "x" },
                "\"message\" is x, not a string; write it in double quotes",
            ),
            (
                PageErrorKind::CodeMismatch {
                    heading: 1,
                    body: "2".into(),
                },
                "the heading says code 1 but the body says 2; make them agree",
            ),
            (
                PageErrorKind::EmptyMessage { code: 1 },
                "the message of code 1 is empty; write the text clients will see",
            ),
            (
                PageErrorKind::UnknownSection {
                    heading: "x".into(),
                },
                "unknown section `## x`; the only `##` section is `## Other Errors`, so rename or \
                 remove it",
            ),
            (
                PageErrorKind::MissingOtherErrorsText,
                "the Other Errors section has no paragraph; write one after its heading, or \
                 remove the section",
            ),
            (
                PageErrorKind::TextAfterOtherErrors,
                "text after the Other Errors section, which must end the page; move this above \
                 the section or remove it",
            ),
            (
                PageErrorKind::NoCodes,
                "the page documents no codes; add a section per code, starting with a heading \
                 such as `### 404: NOT FOUND`",
            ),
            (
                PageErrorKind::TitleNamesCode {
                    code: 404,
                    title: "NOT FOUND".into(),
                },
                "the page's `# ` title names a code; start the page with a title of its own, such \
                 as `# Response Codes`, then write each code as `### 404: NOT FOUND`",
            ),
            (
                PageErrorKind::HeadingWithoutSpace,
                "this line reads as text, not as a code's heading: Markdown needs a space after \
                 the `#`s; write `### CODE: TITLE`",
            ),
            (
                PageErrorKind::UnderlinedHeading { level: 1 },
                "this heading is underlined with `===`; write it on one line after `# `, as the \
                 page's headings are",
            ),
            (
                PageErrorKind::UnderlinedHeading { level: 2 },
                "this heading is underlined with `---`; write it on one line after `## `, as the \
                 page's headings are",
            ),
            (
                PageErrorKind::UnderlinedText { level: 1 },
                "the line of `=` under this text makes it a heading in Markdown, where the page \
                 has none; remove that line",
            ),
            (
                PageErrorKind::UnderlinedText { level: 2 },
                "the line of `-` under this text makes it a heading in Markdown, where the page \
                 has none; remove that line",
            ),
            (
                PageErrorKind::IndentedBody { code: 404 },
                "the body of code 404 is indented; fence it instead: ```c, then `{ \"code\": 404, \
                 \"message\": \"...\" }` without indentation, then ```",
            ),
            (
                PageErrorKind::UnfencedBody { code: 404 },
                "the body of code 404 is not in a block; fence it: a line ```c before it and a \
                 line ``` after it",
            ),
            (
                PageErrorKind::BlockInText,
                "a list, a quote, a rule or a table going on from the text above, which Markdown \
                 shows as a block of its own: a code's description and the Other Errors text are \
                 one paragraph each; write it as sentences",
            ),
        ];
        for (kind, expected) in messages {
            let message = PageError { line: 7, kind }.to_string();
            let rest = message.strip_prefix("line 7: ").unwrap();
            assert_eq!(rest, expected);
            assert!(!rest.starts_with(|c: char| c.is_uppercase()), "{message}");
            // Each message says what to do after what is wrong.
            assert!(rest.contains("; "), "{message}");
        }
    }

    /// A small xorshift generator, so the mutation test needs no dependency
    /// and runs the same every time.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            usize::try_from(self.next() % n as u64).unwrap()
        }
    }

    /// Parses without panicking; a page that parses must also round-trip.
    fn check(text: &str) {
        if let Ok(page) = parse(text) {
            assert_eq!(parse(&page.render()).as_ref(), Ok(&page), "{text:?}");
        }
    }

    #[test]
    fn never_panics() {
        const GARBAGE: &[&str] = &[
            "",
            "#",
            "##",
            "###",
            "####",
            "# ",
            "## Other Errors",
            "### 200: OK",
            "### 999: X <a id=\"id-999\"></a>",
            "### 1:",
            "### :",
            "### 200:<a",
            "</a>",
            "<a id=\"",
            "```",
            "```c",
            "```json",
            "````",
            "~~~",
            "~~~c",
            "  ```",
            " ```c",
            "  # Note",
            "    # Deep",
            "\t# Tabbed",
            "    ```",
            "\t## Other Errors",
            "   ### 200: OK",
            "### 200: OK ###",
            "# C#",
            "# C # #",
            "\u{85}# ",
            "\u{3000}```",
            "{",
            "}",
            "\"",
            "\\",
            "\\u",
            "\\ud800",
            "{ \"code\": 200, \"message\": \"\\ud83d\\ude00\" }",
            "[[[[[[[[[[",
            "é",
            "😀",
            "\u{feff}",
            "\r",
            "\t",
            "   ",
            "0",
            "-",
            "1e",
            "tru",
            "nul",
        ];
        for (i, _) in REAL.char_indices() {
            check(&REAL[..i]);
        }
        let lines: Vec<&str> = REAL.lines().collect();
        for n in 0..=lines.len() {
            check(&lines[..n].join("\n"));
            for garbage in GARBAGE {
                let mut edited = lines.clone();
                edited.insert(n, garbage);
                check(&edited.join("\n"));
            }
            if n < lines.len() {
                let mut edited = lines.clone();
                edited.remove(n);
                check(&edited.join("\n"));
            }
        }
        let pieces: Vec<char> = "\"\\{}[]:,`#<>\n -0123456789.eE+uabcdfnrt/é😀\u{0}"
            .chars()
            .collect();
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..5_000 {
            let mut text: Vec<char> = REAL.chars().collect();
            for _ in 0..=rng.below(4) {
                let at = rng.below(text.len());
                match rng.below(3) {
                    0 => text[at] = pieces[rng.below(pieces.len())],
                    1 => text.insert(at, pieces[rng.below(pieces.len())]),
                    _ => {
                        text.remove(at);
                    }
                }
            }
            check(&text.iter().collect::<String>());
        }
    }

    /// A tab after `-`, `*` or `+` makes a list item as a space does.
    #[test]
    fn a_list_item_after_a_tab_interrupts_a_description() {
        for block in [
            "-\texpired",
            "*\texpired",
            "+\texpired",
            "1.\texpired",
            "1)\texpired",
        ] {
            let text = edit("\nMissing.\n", &alloc::format!("\nMissing:\n{block}\n"));
            assert_only(&text, 14, PageErrorKind::BlockInText);
        }
    }

    /// A code's heading without its space is found at every heading level.
    #[test]
    fn a_heading_without_its_space_is_found_at_every_level() {
        for hashes in 1..=6 {
            let heading = alloc::format!("{}404: NOT FOUND", "#".repeat(hashes));
            let text = edit(
                "### 404: NOT FOUND <a href=\"#id-404\" id=\"id-404\"></a>",
                &heading,
            );
            assert_only(&text, 11, PageErrorKind::HeadingWithoutSpace);
        }
    }

    /// `{}` alone, or with JSON's white space inside, is a body left unfenced.
    #[test]
    fn an_empty_object_is_an_unfenced_body() {
        for body in ["{}", "{ }"] {
            let text = edit(&alloc::format!("```c\n{BODY_404}\n```"), body);
            assert_only(&text, 15, PageErrorKind::UnfencedBody { code: 404 });
        }
    }

    /// A closing sequence of `#` may follow a tab, as it may a space.
    #[test]
    fn a_closing_sequence_after_a_tab_is_not_the_title() {
        let text = edit(
            "### 404: NOT FOUND <a href=\"#id-404\" id=\"id-404\"></a>",
            "### 404: NOT FOUND\t##",
        );
        assert_eq!(parse(&text).unwrap().entries[1].title, "NOT FOUND");
    }

    /// A backtick in a backtick line's info makes it inline code, text.
    #[test]
    fn inline_code_at_the_start_of_a_description_is_text() {
        let text = edit("\nMissing.\n", "\n```id``` is missing.\n");
        let page = parse(&text).unwrap();
        assert_eq!(page.entries[1].description, "```id``` is missing.");
        assert_eq!(parse(&page.render()), Ok(page));
    }

    /// Underlined, a paragraph of more than one line is no `Other Errors`
    /// heading, though its first line reads so: it stays the paragraph.
    #[test]
    fn an_underlined_paragraph_starting_other_errors_is_text() {
        let text = edit("\nMissing.\n", "\nOther Errors\nare missing.\n---\n");
        assert_only(&text, 13, PageErrorKind::UnderlinedText { level: 2 });
    }

    /// An anchor's attributes may follow a tab or a line feed, as HTML reads it.
    #[test]
    fn an_anchor_after_a_tab_is_read() {
        let text = edit(
            "### 404: NOT FOUND <a href=\"#id-404\" id=\"id-404\"></a>",
            "### 404: NOT FOUND <a\tid=\"id-404\"></a>",
        );
        assert_eq!(parse(&text).unwrap().entries[1].title, "NOT FOUND");
    }

    /// Codes only after the Other Errors section are misplaced, not missing.
    #[test]
    fn codes_after_other_errors_are_not_also_no_codes() {
        let text = alloc::format!(
            "# Response Codes\n\n## Other Errors\n\nCheck status.\n\n\
             ### 404: NOT FOUND\n\nMissing.\n\n```c\n{BODY_404}\n```\n"
        );
        assert_eq!(
            errors(&text),
            vec![(7, PageErrorKind::TextAfterOtherErrors)]
        );
    }

    /// Every repeat of a code points at its first heading.
    #[test]
    fn a_code_repeated_twice_points_at_its_first_heading() {
        let section = alloc::format!(
            "### 404: NOT FOUND <a href=\"#id-404\" id=\"id-404\"></a>\n\nMissing.\n\n```c\n{BODY_404}\n```\n\n"
        );
        let text = edit(&section, &section.repeat(3));
        let duplicates: Vec<(usize, PageErrorKind)> = errors(&text)
            .into_iter()
            .filter(|(_, kind)| matches!(kind, PageErrorKind::DuplicateCode { .. }))
            .collect();
        assert_eq!(
            duplicates,
            vec![
                (
                    19,
                    PageErrorKind::DuplicateCode {
                        code: 404,
                        first: 11
                    }
                ),
                (
                    27,
                    PageErrorKind::DuplicateCode {
                        code: 404,
                        first: 11
                    }
                ),
            ]
        );
    }

    /// An exponent may carry a `+`: the code is a number, not an integer.
    #[test]
    fn a_code_with_a_signed_exponent_is_a_number() {
        for code in ["4.04e+2", "404E+0", "4040e-1"] {
            assert_body(
                &alloc::format!("{{ \"code\": {code}, \"message\": \"Not found\" }}"),
                16,
                PageErrorKind::BodyCodeNotInteger {
                    found: "a number with a fraction or an exponent",
                },
            );
        }
    }

    /// A leading surrogate escape followed by an escape of no trailing one
    /// is an error at the first escape, not a character.
    #[test]
    fn a_leading_surrogate_before_another_escape_is_reported() {
        for after in ["\\u0041", "\\uD800", "\\uE000"] {
            assert_body(
                &alloc::format!("{{ \"code\": 404, \"message\": \"\\uD800{after}\" }}"),
                16,
                PageErrorKind::BodyNotJson {
                    column: 28,
                    reason: "a leading surrogate not followed by a trailing one (\\uDC00-\\uDFFF)",
                },
            );
        }
    }

    /// Two marks are no thematic break: a line of them is the text's.
    #[test]
    fn two_marks_on_a_line_are_text() {
        for line in ["**", "__", "_ _"] {
            let text = edit("\nMissing.\n", &alloc::format!("\nMissing:\n{line}\n"));
            let page = parse(&text).unwrap_or_else(|e| panic!("{line:?}: {e:?}"));
            assert_eq!(
                page.entries[1].description,
                alloc::format!("Missing: {line}")
            );
        }
    }

    /// Every trailing surrogate escape alone is named as one.
    #[test]
    fn a_lone_trailing_surrogate_is_named_as_one() {
        for escape in ["\\uDC00", "\\uDD00", "\\uDFFF"] {
            assert_body(
                &alloc::format!("{{ \"code\": 404, \"message\": \"{escape}\" }}"),
                16,
                PageErrorKind::BodyNotJson {
                    column: 28,
                    reason: "a lone trailing surrogate; precede it with a \\uD800-\\uDBFF escape",
                },
            );
        }
    }

    /// A body's `"message"` given twice is reported, as `"code"` is.
    #[test]
    fn a_repeated_message_key_is_reported() {
        assert_body(
            r#"{ "code": 404, "message": "Not found", "message": "Gone" }"#,
            16,
            PageErrorKind::BodyDuplicateKey { key: "message" },
        );
    }

    /// A doc's list items, `1)` as `1.` or `-`, make no heading of the line
    /// a `---` follows, and a paragraph after a list, past a blank line,
    /// is text again.
    #[test]
    fn doc_list_items_are_no_headings_but_text_after_them_is() {
        assert_eq!(written("1) First\n---"), "1) First\n---");
        assert_eq!(written("- item\n\nTitle\n---"), "- item\n\n##### Title");
    }

    /// A body's problem is reported on the line of what it is about: a
    /// key on its own line at the line's start, a repeated key whose value
    /// is on the next line at the key's, a missing key at the line the
    /// object opens on, below a blank line in its block.
    #[test]
    fn body_problems_name_the_line_of_what_they_are_about() {
        assert_body(
            "{\n\"code\": 404,\n\"extra\": 1,\n\"message\": \"Not found\"\n}",
            18,
            PageErrorKind::BodyUnexpectedKey {
                key: "extra".into(),
            },
        );
        assert_body(
            "{ \"code\": 404, \"code\"\n: 404, \"message\": \"Not found\" }",
            16,
            PageErrorKind::BodyDuplicateKey { key: "code" },
        );
        assert_body(
            "\n{ \"code\": 404 }",
            17,
            PageErrorKind::BodyMissingKey { key: "message" },
        );
    }

    /// An anchor without attributes is an anchor, without an id; an
    /// unquoted id ends at white space, before the next attribute.
    #[test]
    fn anchors_without_attributes_or_with_an_unquoted_id_first() {
        let anchor = r##"<a href="#id-404" id="id-404"></a>"##;
        assert_only(
            &edit(anchor, "<a></a>"),
            11,
            PageErrorKind::AnchorMismatch {
                code: 404,
                id: None,
            },
        );
        let standard = parse(SMALL).expect("the small page");
        let page = edit(anchor, "<a id=id-404 href=#id-404></a>");
        assert_eq!(parse(&page), Ok(standard));
    }

    /// `Other Errors` underlined with `-`, its anchor after it, is the
    /// section's heading, reported as underlined alone: its paragraph is
    /// the section's, no text left over in the last code's.
    #[test]
    fn an_underlined_other_errors_heading_keeps_its_anchor() {
        let heading = r##"Other Errors <a href="#other" id="other"></a>"##;
        let text = edit(
            &alloc::format!("## {heading}"),
            &alloc::format!("{heading}\n---"),
        );
        assert_only(&text, 19, PageErrorKind::UnderlinedHeading { level: 2 });
    }

    /// A `-`, a `.` or an exponent's `e` needs a digit after it, as JSON
    /// writes numbers: the block is not JSON, the column where the digit is
    /// missing, not a code of another kind.
    #[test]
    fn a_number_without_its_digits_is_not_json() {
        for (code, column, reason) in [
            ("-", 12, "expected a digit"),
            ("404.", 15, "expected a digit after '.'"),
            ("404e", 15, "expected a digit in the exponent"),
            ("404e+", 16, "expected a digit in the exponent"),
        ] {
            assert_body(
                &alloc::format!("{{ \"code\": {code}, \"message\": \"Not found\" }}"),
                16,
                PageErrorKind::BodyNotJson { column, reason },
            );
        }
    }

    /// A code or a message of the wrong kind is named by its kind.
    #[test]
    fn a_code_or_message_of_another_kind_names_its_kind() {
        for (value, found) in [
            ("true", "a boolean"),
            ("false", "a boolean"),
            ("null", "null"),
            ("[404]", "an array"),
            ("{}", "an object"),
            ("{ \"code\": 404 }", "an object"),
        ] {
            assert_body(
                &alloc::format!("{{ \"code\": {value}, \"message\": \"Not found\" }}"),
                16,
                PageErrorKind::BodyCodeNotInteger { found },
            );
            assert_body(
                &alloc::format!("{{ \"code\": 404, \"message\": {value} }}"),
                16,
                PageErrorKind::BodyMessageNotString { found },
            );
        }
    }

    /// A literal spelled otherwise, a trailing comma, a key without its `:`
    /// and a body that ends where a value should be are not JSON, each at
    /// its column with its reason.
    #[test]
    fn literals_trailing_commas_and_missing_colons_are_not_json() {
        for (body, column, reason) in [
            (
                r#"{ "code": 404, "message": "Not found", "x": nul }"#,
                45,
                "expected a value",
            ),
            (
                r#"{ "code": 404, "message": "Not found", "x": tru }"#,
                45,
                "expected a value",
            ),
            (
                r#"{ "code": 404, "message": "Not found", "x": [1, ] }"#,
                49,
                "expected a value",
            ),
            (
                r#"{ "code" 404, "message": "Not found" }"#,
                10,
                "expected ':' after the key",
            ),
            (
                r#"{ "code":"#,
                10,
                "expected a value, found the end of the block",
            ),
        ] {
            assert_body(body, 16, PageErrorKind::BodyNotJson { column, reason });
        }
    }

    /// An empty object is a body without its two keys, both reported.
    #[test]
    fn an_empty_body_object_misses_both_keys() {
        assert_eq!(
            errors(&edit(BODY_404, "{ }")),
            [
                (16, PageErrorKind::BodyMissingKey { key: "code" }),
                (16, PageErrorKind::BodyMissingKey { key: "message" }),
            ]
        );
    }

    /// A code's problem is reported at the line of its value, a body that
    /// is no object at the line it starts on, below blank lines in its block.
    #[test]
    fn body_problems_name_the_line_of_the_value() {
        let body = "{\n  \"code\":\n    405,\n  \"message\": \"Not found\"\n}";
        assert_body(
            body,
            18,
            PageErrorKind::CodeMismatch {
                heading: 404,
                body: "405".into(),
            },
        );
        let body = "{\n  \"code\":\n    \"404\",\n  \"message\": \"Not found\"\n}";
        assert_body(
            body,
            18,
            PageErrorKind::BodyCodeNotInteger { found: "a string" },
        );
        assert_body(
            "\n[404]",
            17,
            PageErrorKind::BodyNotObject { found: "an array" },
        );
    }
}
