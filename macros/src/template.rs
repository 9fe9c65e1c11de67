//! Splits `message = "..."` into text and `{field}` placeholders.

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

#[derive(PartialEq, Eq)]
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
            let Some(len) = find_brace(after).filter(|&i| after[i..].starts_with('}')) else {
                return Err(error(
                    "unclosed `{` in message; write `{{` for a literal brace".to_owned(),
                ));
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

    pub fn fields(&self) -> impl Iterator<Item = (&FieldRef, &str)> {
        self.segments.iter().filter_map(|s| match s {
            Segment::Field { field, spec } => Some((field, spec.as_str())),
            Segment::Text(_) => None,
        })
    }
}

/// The position of the first `{` or `}` in `text`. A plain loop: this runs
/// for every message, and pattern searches cost more in the unoptimised
/// build cargo makes of proc macros.
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
    // Byte loops rather than pattern searches, as in `find_brace`.
    let bytes = inner.as_bytes();
    let mut colon = 0;
    while colon < bytes.len() && bytes[colon] != b':' {
        colon += 1;
    }
    let (arg, spec) = if colon < bytes.len() {
        (&inner[..colon], &inner[colon + 1..])
    } else {
        (inner, "")
    };
    let arg = arg.trim();
    let field = if arg.is_empty() {
        return Err(format!(
            "`{{{inner}}}` names no field; write the field to show, such as `{{id}}` or `{{0}}`"
        ));
    } else if arg.bytes().all(|b| b.is_ascii_digit()) {
        let index = arg
            .parse()
            .map_err(|_| format!("tuple index `{arg}` in message is out of range"))?;
        FieldRef::Index(index)
    } else if is_ident(arg) {
        FieldRef::Named(arg.to_owned())
    } else {
        return Err(format!(
            "`{{{inner}}}` in message is not a field; expected a field name such as `{{id}}` or a tuple index such as `{{0}}`"
        ));
    };
    if spec.bytes().any(|b| b == b'$' || b == b'*') {
        return Err(format!(
            "`{{{inner}}}`: width and precision taken from arguments (`$`, `*`) are not supported in messages; write the number"
        ));
    }
    Ok(Segment::Field {
        field,
        spec: spec.to_owned(),
    })
}

fn is_ident(s: &str) -> bool {
    if s.is_ascii() {
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if !(b == b'_' || b.is_ascii_alphabetic() || (i > 0 && b.is_ascii_digit())) {
                return false;
            }
            i += 1;
        }
        return !bytes.is_empty();
    }
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

impl FieldRef {
    pub fn describe(&self) -> String {
        match self {
            FieldRef::Named(name) => format!("{{{name}}}"),
            FieldRef::Index(index) => format!("{{{index}}}"),
        }
    }
}
