//! Splits `message = "..."` into text and `{field}` placeholders.

use syn::LitStr;

/// A parsed `message` value.
pub struct Template {
    pub lit: LitStr,
    /// The string as written, placeholders and all.
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
    pub fn parse(lit: &LitStr) -> syn::Result<Template> {
        let value = lit.value();
        let error = |msg: String| syn::Error::new(lit.span(), msg);
        if value.trim().is_empty() {
            return Err(error(
                "empty message; write the text to send, or omit `message` to send the code's documented message".to_owned(),
            ));
        }
        let mut segments = Vec::new();
        let mut text = String::new();
        let mut chars = value.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            match c {
                '{' if chars.next_if(|&(_, c)| c == '{').is_some() => text.push('{'),
                '}' if chars.next_if(|&(_, c)| c == '}').is_some() => text.push('}'),
                '}' => {
                    return Err(error(
                        "unmatched `}` in message; write `}}` for a literal brace".to_owned(),
                    ));
                }
                '{' => {
                    let rest = &value[start + 1..];
                    let Some(len) = rest
                        .find(['{', '}'])
                        .filter(|&i| rest[i..].starts_with('}'))
                    else {
                        return Err(error(
                            "unclosed `{` in message; write `{{` for a literal brace".to_owned(),
                        ));
                    };
                    let inner = &rest[..len];
                    for _ in 0..=inner.chars().count() {
                        chars.next();
                    }
                    if !text.is_empty() {
                        segments.push(Segment::Text(std::mem::take(&mut text)));
                    }
                    segments.push(placeholder(inner).map_err(error)?);
                }
                c => text.push(c),
            }
        }
        if !text.is_empty() {
            segments.push(Segment::Text(text));
        }
        Ok(Template {
            lit: lit.clone(),
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

fn placeholder(inner: &str) -> Result<Segment, String> {
    let (arg, spec) = inner.split_once(':').unwrap_or((inner, ""));
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
    if spec.contains(['$', '*']) {
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
