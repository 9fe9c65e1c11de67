//! Splits `message = "..."` into text and `{field}` placeholders, checking
//! each placeholder's format spec.

use proc_macro2::Span;

/// A parsed `message` value.
pub struct Template {
    /// The string literal's span, where errors about the message point.
    pub span: Span,
    /// The string's value, placeholders and all.
    pub value: String,
    pub segments: Vec<Segment>,
}

pub enum Segment {
    /// Literal text, with `{{` and `}}` already unescaped.
    Text(String),
    /// `{field}` or `{field:spec}`.
    Field { field: FieldRef, spec: String },
}

/// The field a placeholder or `retry_after` names: by name (without
/// `r#`), or by tuple index.
#[derive(PartialEq, Eq, Debug)]
pub enum FieldRef {
    Named(String),
    Index(usize),
}

impl Template {
    /// Parses `value`, the value of the string literal at `span`.
    pub fn parse(value: String, span: Span) -> syn::Result<Template> {
        let error = |msg: String| syn::Error::new(span, msg);
        if value.trim().is_empty() {
            return Err(error(
                "empty message; write the text to send, or omit `message` to send the code's documented message".to_owned(),
            ));
        }
        let mut segments = Vec::new();
        let mut text = String::new();
        // Jumps from brace to brace: the text between is copied whole.
        let mut rest = value.as_str();
        while let Some(at) = find_brace(rest) {
            text.push_str(&rest[..at]);
            let brace = &rest[at..=at];
            let after = &rest[at + 1..];
            if let Some(unescaped) = after.strip_prefix(brace) {
                // `{{` or `}}`: one literal brace.
                text.push_str(brace);
                rest = unescaped;
                continue;
            }
            if brace == "}" {
                return Err(error(
                    "unmatched `}` in message; write `}}` for a literal brace".to_owned(),
                ));
            }
            let Some(len) = placeholder_end(after) else {
                return Err(error(unclosed(after)));
            };
            if !text.is_empty() {
                segments.push(Segment::Text(std::mem::take(&mut text)));
            }
            segments.push(placeholder(&after[..len]).map_err(error)?);
            rest = &after[len + 1..];
        }
        text.push_str(rest);
        if !text.is_empty() {
            segments.push(Segment::Text(text));
        }
        Ok(Template {
            span,
            value,
            segments,
        })
    }

    /// Whether no field is interpolated.
    pub fn is_static(&self) -> bool {
        self.segments.iter().all(|s| matches!(s, Segment::Text(_)))
    }

    /// The text sent for a message without placeholders.
    pub fn static_text(&self) -> String {
        self.segments
            .iter()
            .filter_map(|s| match s {
                Segment::Text(text) => Some(text.as_str()),
                Segment::Field { .. } => None,
            })
            .collect()
    }

    /// Whether every placeholder is plain `{field}`, with no format spec.
    pub fn is_plain(&self) -> bool {
        self.fields().all(|(_, spec)| spec.is_empty())
    }

    pub fn fields(&self) -> impl Iterator<Item = (&FieldRef, &str)> {
        self.segments.iter().filter_map(|s| match s {
            Segment::Field { field, spec } => Some((field, spec.as_str())),
            Segment::Text(_) => None,
        })
    }
}

/// Why the placeholder `after` starts is not closed: a brace after `:`
/// that an alignment follows is its fill, as `format!` reads it
/// (`{v:}</b>`), else a `{` was meant literally.
fn unclosed(after: &str) -> String {
    let fill = find_brace(after).and_then(|first| {
        let colon = after[..first].find(':')?;
        let spec = &after[colon + 1..];
        let fill = spec.chars().next().filter(|c| matches!(c, '{' | '}'))?;
        fill_len(spec).map(|_| (colon, fill))
    });
    match fill {
        Some((colon, fill)) => format!(
            "unclosed `{{` in message: the `{fill}` after `:` is read as a fill character, as \
             `format!` reads it, since an alignment follows; write `{{{}}}` for no format spec",
            Some(after[..colon].trim())
                .filter(|name| !name.is_empty())
                .unwrap_or("field")
        ),
        None => "unclosed `{` in message; write `{{` for a literal brace".to_owned(),
    }
}

/// Where the placeholder that `after` (the text after its `{`) starts
/// ends: at its first `}`, after a fill, which may itself be a brace
/// (`{s:{<7}`, `{n:}>5}`, as `format!` reads them). `None` if a `{` or
/// nothing comes first.
fn placeholder_end(after: &str) -> Option<usize> {
    let first = find_brace(after)?;
    let colon = after.as_bytes()[..first].iter().position(|&b| b == b':');
    let start = colon
        .and_then(|colon| fill_len(&after[colon + 1..]).map(|len| colon + 1 + len))
        .unwrap_or(first);
    let end = start + find_brace(&after[start..])?;
    (after.as_bytes()[end] == b'}').then_some(end)
}

/// The length of the fill character and alignment a spec starts with
/// (`*<`, `{<`), if it starts with both: any character can be the fill,
/// `*`, `$` and braces included.
fn fill_len(spec: &str) -> Option<usize> {
    let mut chars = spec.chars();
    match (chars.next(), chars.next()) {
        (Some(fill), Some('<' | '^' | '>')) => Some(fill.len_utf8() + 1),
        _ => None,
    }
}

/// The position of the first `{` or `}` in `text`. A plain loop: this runs
/// for every message, and pattern searches cost several times more in the
/// unoptimised build cargo makes of proc macros.
fn find_brace(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'{' || bytes[i] == b'}' {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn placeholder(inner: &str) -> Result<Segment, String> {
    let (arg, spec) = inner.split_once(':').unwrap_or((inner, ""));
    // As `format!`: spaces may follow the argument, not precede it.
    let arg = arg.trim_end();
    let field = if arg.is_empty() {
        return Err(format!(
            "`{{{inner}}}` names no field; write the field to show, such as `{{id}}` or `{{0}}`"
        ));
    } else if arg.bytes().all(|b| b.is_ascii_digit()) {
        let index = arg
            .parse()
            .map_err(|_| format!("tuple index `{arg}` in message is out of range"))?;
        FieldRef::Index(index)
    } else if let Some(bare) = arg.strip_prefix("r#").filter(|bare| is_ident(bare)) {
        return Err(format!(
            "`{{{inner}}}`: write the field without `r#` in a message, as `{{{bare}}}`"
        ));
    } else if is_ident(arg) {
        FieldRef::Named(arg.to_owned())
    } else {
        return Err(format!(
            "`{{{inner}}}` in message is not a field; expected a field name such as `{{id}}` or a tuple index such as `{{0}}`"
        ));
    };
    check_spec(spec).map_err(|why| format!("`{{{inner}}}`: {why}"))?;
    Ok(Segment::Field {
        field,
        // Its trailing spaces say nothing (and the bound a field needs is
        // read from its last character).
        spec: spec.trim_end().to_owned(),
    })
}

/// Checks a format spec, `[[fill]align][sign][#][0][width][.precision][type]`
/// as `format!` reads it, except that width and precision must be written
/// as numbers: a message has no arguments to take them from.
fn check_spec(spec: &str) -> Result<(), String> {
    // `format!` passes over spaces that end a spec.
    let spec = spec.trim_end();
    // The fill and alignment are taken off first.
    let mut rest = match fill_len(spec) {
        Some(len) => &spec[len..],
        None => spec.strip_prefix(['<', '^', '>']).unwrap_or(spec),
    };
    rest = rest.strip_prefix(['+', '-']).unwrap_or(rest);
    rest = rest.strip_prefix('#').unwrap_or(rest);
    rest = count(rest, "width")?;
    if let Some(precision) = rest.strip_prefix('.') {
        if precision.starts_with('*') {
            return Err(ARGUMENT_COUNT.replace("{what}", "precision"));
        }
        // A `.` without a number sets no precision, as in `format!`.
        rest = count(precision, "precision")?;
    }
    match rest {
        "" | "?" | "x?" | "X?" | "x" | "X" | "o" | "b" | "e" | "E" => Ok(()),
        "p" => Err(
            "`p` (a pointer's address) is not supported in messages: an address means nothing \
             to a client and tells it how the server's memory is laid out"
                .to_owned(),
        ),
        other => Err(format!(
            "unknown format `{other}`; expected one of `?`, `x`, `X`, `o`, `b`, `e`, `E`, `x?`, `X?`, or none for `Display`"
        )),
    }
}

const ARGUMENT_COUNT: &str =
    "a {what} taken from an argument (`$` or `*`) is not supported in messages; write the number";

/// Takes a width or precision written as a number (the `0` flag included)
/// off `spec`; one taken from an argument (`5$`, `name$`) is an error.
fn count<'a>(spec: &'a str, what: &str) -> Result<&'a str, String> {
    let digits = spec.len() - spec.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let word = spec.len()
        - spec
            .trim_start_matches(|c: char| c == '_' || c.is_ascii_alphanumeric())
            .len();
    if spec[word..].starts_with('$') && word > 0 {
        return Err(ARGUMENT_COUNT.replace("{what}", what));
    }
    // `format!` holds a count in a `u16`; leading zeros (the `0` flag
    // before a width) do not count.
    let number = spec[..digits].trim_start_matches('0');
    if number.len() > 5 || number.parse::<u32>().is_ok_and(|n| n > u32::from(u16::MAX)) {
        return Err(format!(
            "a {what} of {number} is more than `format!` takes; at most {}",
            u16::MAX
        ));
    }
    Ok(&spec[digits..])
}

fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
        && s != "_"
}

impl FieldRef {
    pub fn describe(&self) -> String {
        match self {
            FieldRef::Named(name) => format!("{{{name}}}"),
            FieldRef::Index(index) => format!("{{{index}}}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{check_spec, placeholder_end};

    #[test]
    fn a_placeholder_ends_after_its_fill() {
        for (after, end) in [
            ("s}", Some(1)),
            ("s:>5}", Some(4)),
            ("s:{<7}]", Some(5)),
            ("n:}>5}]", Some(5)),
            ("s:é^3}", Some(6)),
            ("s:<}", Some(3)),
            ("s{", None),
            ("s", None),
            ("s:{<7", None),
        ] {
            assert_eq!(placeholder_end(after), end, "{after}");
        }
    }

    #[test]
    fn format_specs() {
        for ok in [
            "", "?", ">5", "*<7", "$>7", "0>4", "_^9", "é<3", "+", "#x", "08.3", ">+#08.2e", "x?",
            "#?", ".3", "05", "<", "-", "o", "X?", "^3", "b", "e", "E", "X", "x",
        ] {
            assert_eq!(check_spec(ok), Ok(()), "{ok}");
        }
        for ok in [".", ".x", " ", ">5 ", "5."] {
            assert_eq!(check_spec(ok), Ok(()), "{ok}");
        }
        for ok in ["65535", "0065535", ".65535", ".0000065535", "0"] {
            assert_eq!(check_spec(ok), Ok(()), "{ok}");
        }
        for bad in [
            "1$",
            ">width$",
            ".*",
            ".p$",
            "0$",
            "y",
            ">5z",
            "5.q",
            "%",
            "65536",
            "0065536",
            ".70000",
            "099999999999999999999",
        ] {
            assert!(check_spec(bad).is_err(), "{bad}");
        }
        assert!(
            check_spec(".*")
                .unwrap_err()
                .contains("precision taken from an argument")
        );
        assert_eq!(
            check_spec(">70000").unwrap_err(),
            "a width of 70000 is more than `format!` takes; at most 65535"
        );
        assert!(
            check_spec(">w$")
                .unwrap_err()
                .contains("width taken from an argument")
        );
    }
}
