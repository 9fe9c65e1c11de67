//! Reads a plain enum's variants from the compiler's printed text of the
//! enum's body.
//!
//! Every token tree handed across the proc-macro bridge costs the compiler
//! a conversion, and opening a group (each attribute, each field list) is
//! several calls. One `to_string` of the whole body is one call, and the
//! text is cheap to read here. The printer writes tokens back as the lexer
//! reads them (doc comments as `///` or `/** */`), with whitespace of its
//! own choosing, which this reader skips.
//!
//! Whatever this reader does not know exactly it gives up on, returning
//! `None`, and the caller falls back to reading tokens. It takes
//! `#[api_error(...)]` keys only in the forms `fast::key` accepts, and
//! passes over other attributes and field types without reading them.
//! Spans are the call site's; `fast` puts the input's own spans where the
//! expansion shows them.

use proc_macro2::{Delimiter, Span, TokenStream};
use syn::Member;

use crate::ast::Field;

/// Whether a byte continues an identifier (or a number's digits and
/// suffix). A macro: a function call per byte costs in the unoptimised
/// build.
macro_rules! ident_byte {
    ($byte:expr) => {
        matches!($byte, b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_')
    };
}
use crate::attr::{self, Attrs};
use crate::fast::{self, Value};

/// A variant as read from text, with what lines it up with the tokens.
pub struct Scanned<'t> {
    /// Its name, as written (`r#type` for a raw one).
    pub name: &'t str,
    pub attrs: Attrs,
    /// Its fields, each with an empty type (see `fields`).
    pub fields: Vec<Field>,
    /// How many attributes the variant has, doc comments included: each is
    /// a `#` and a `[...]` among the body's tokens.
    pub attr_count: usize,
    /// Which of those are `#[api_error(...)]`.
    pub api_attrs: Vec<usize>,
    /// The delimiter of its fields, if it has any.
    pub delimiter: Option<Delimiter>,
}

/// The variants of the enum whose body (between the braces) prints as
/// `text`; `None` at anything this reader does not take.
pub fn variants(text: &str) -> Option<Vec<Scanned<'_>>> {
    let mut at = Scanner {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    let mut variants = Vec::new();
    while at.skip_ws() {
        variants.push(at.variant()?);
    }
    Some(variants)
}

/// One attribute, as far as the reader looks into it.
enum Attr<'t> {
    /// No attribute is next.
    Absent,
    /// A doc comment's text.
    Doc(&'t str),
    /// `#[doc = "..."]`'s value.
    DocValue(String),
    /// `#[api_error(`, the reader left just inside the parenthesis.
    ApiError,
    Other,
}

struct Scanner<'t> {
    text: &'t str,
    bytes: &'t [u8],
    pos: usize,
}

impl<'t> Scanner<'t> {
    // The loops here index bytes directly, without iterator adapters or
    // small helpers: this runs over every byte of an enum's body, in the
    // unoptimised build cargo makes of proc macros.

    /// Skips whitespace; whether any text is left.
    fn skip_ws(&mut self) -> bool {
        let bytes = self.bytes;
        let mut i = self.pos;
        while i < bytes.len() && matches!(bytes[i], b' ' | b'\n' | b'\t' | b'\r') {
            i += 1;
        }
        self.pos = i;
        i < bytes.len()
    }

    /// Takes `byte`, after any whitespace, if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        if self.skip_ws() && self.bytes[self.pos] == byte {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn variant(&mut self) -> Option<Scanned<'t>> {
        let mut attrs = Attrs::default();
        let mut api_attrs = Vec::new();
        let mut count = 0;
        loop {
            match self.attr()? {
                Attr::Absent => break,
                Attr::Doc(line) => attr::push_doc_line(&mut attrs.doc, line),
                Attr::DocValue(line) => attr::push_doc_line(&mut attrs.doc, &line),
                Attr::ApiError => {
                    self.api_error(&mut attrs)?;
                    api_attrs.push(count);
                }
                Attr::Other => {}
            }
            count += 1;
        }
        attr::finish_doc(&mut attrs.doc);
        let name = self.ident()?;
        let mut fields = Vec::new();
        let delimiter = if self.eat(b'(') {
            self.fields(false, &mut fields)?;
            Some(Delimiter::Parenthesis)
        } else if self.eat(b'{') {
            self.fields(true, &mut fields)?;
            Some(Delimiter::Brace)
        } else {
            None
        };
        self.end_of_item(None)?;
        Some(Scanned {
            name,
            attrs,
            fields,
            attr_count: count,
            api_attrs,
            delimiter,
        })
    }

    /// The next attribute or doc comment, if one is next.
    fn attr(&mut self) -> Option<Attr<'t>> {
        if !self.skip_ws() {
            return Some(Attr::Absent);
        }
        let bytes = self.bytes;
        let at = self.pos;
        let byte = |i: usize| bytes.get(i).copied().unwrap_or(0);
        if byte(at) == b'/' && byte(at + 1) == b'/' && byte(at + 2) == b'/' && byte(at + 3) != b'/'
        {
            let start = at + 3;
            let end = self.find(start, b'\n').unwrap_or(bytes.len());
            self.pos = end;
            return Some(Attr::Doc(&self.text[start..end]));
        }
        if byte(at) == b'/' && byte(at + 1) == b'*' && byte(at + 2) == b'*' {
            if matches!(byte(at + 3), b'*' | b'/') {
                return None;
            }
            let start = at + 3;
            let len = self.text[start..].find("*/")?;
            let doc = &self.text[start..start + len];
            // A nested block comment is more than this reader follows.
            if doc.contains("/*") {
                return None;
            }
            self.pos = start + len + 2;
            return Some(Attr::Doc(doc));
        }
        if byte(at) != b'#' {
            return Some(Attr::Absent);
        }
        self.pos += 1;
        if !self.eat(b'[') {
            return None;
        }
        let start = self.pos;
        let attr = match self.ident() {
            Some("api_error") if self.eat(b'(') => Attr::ApiError,
            Some("doc") if self.eat(b'=') => {
                self.skip_ws();
                let line = self.string()?;
                if !self.eat(b']') {
                    return None;
                }
                // Kept whole: a doc line written as a literal may hold
                // escapes, so its text is not a slice of the body's.
                return Some(Attr::DocValue(line));
            }
            // `api_error` or `doc` in any other form is left to the
            // general path, as is an attribute that does not start with a
            // name.
            Some("api_error" | "doc") | None => return None,
            Some(_) => {
                self.pos = start;
                self.skip_until(b']')?;
                Attr::Other
            }
        };
        Some(attr)
    }

    /// The keys of an `#[api_error(...)]`, through its closing `)]`.
    fn api_error(&mut self, out: &mut Attrs) -> Option<()> {
        if self.eat(b')') {
            return None;
        }
        loop {
            let key = self.ident()?;
            let value = if key == "transparent" {
                Value::Flag
            } else {
                if !self.eat(b'=') {
                    return None;
                }
                self.value()?
            };
            fast::key(out, key, value, Span::call_site())?;
            if self.end_of_item(Some(b')'))? {
                break;
            }
        }
        self.eat(b']').then_some(())
    }

    /// A key's value: digits, a name or a string literal.
    fn value(&mut self) -> Option<Value<'t>> {
        self.skip_ws();
        let bytes = self.bytes;
        let start = self.pos;
        match *bytes.get(start)? {
            b'0'..=b'9' => {
                let mut i = start;
                while i < bytes.len() && ident_byte!(bytes[i]) {
                    i += 1;
                }
                self.pos = i;
                Some(Value::Number(&self.text[start..i]))
            }
            b'"' => self.string().map(Value::Str),
            b'r' if self.raw_string_len(start).is_some() => self.string().map(Value::Str),
            _ => self.ident().map(Value::Name),
        }
    }

    /// The value of the string literal next, plain or raw; `None` for any
    /// other literal (a byte string, a suffix).
    fn string(&mut self) -> Option<String> {
        let start = self.pos;
        let end = start + self.literal_len(start)?;
        if end < self.bytes.len() && ident_byte!(self.bytes[end]) {
            return None;
        }
        self.pos = end;
        let literal = &self.text[start..end];
        fast::simple_string(literal).or_else(|| fast::parse_string(literal))
    }

    /// An identifier, raw (`r#type`) or not, as written.
    fn ident(&mut self) -> Option<&'t str> {
        self.skip_ws();
        let bytes = self.bytes;
        let start = self.pos;
        let mut i = start;
        if i + 1 < bytes.len() && bytes[i] == b'r' && bytes[i + 1] == b'#' {
            i += 2;
        }
        let first = i;
        while i < bytes.len() && ident_byte!(bytes[i]) {
            i += 1;
        }
        // Not a name: a digit first, or a character outside ASCII, which
        // this reader leaves to the general path.
        if i == first || bytes[first].is_ascii_digit() || (i < bytes.len() && bytes[i] >= 0x80) {
            return None;
        }
        self.pos = i;
        Some(&self.text[start..i])
    }

    /// A variant's fields, after the opening `(` or `{`, through the
    /// closing one. Types are passed over: the caller reads from the tokens
    /// the few that the expansion writes out.
    fn fields(&mut self, named: bool, fields: &mut Vec<Field>) -> Option<()> {
        let close = if named { b'}' } else { b')' };
        while !self.eat(close) {
            loop {
                match self.attr()? {
                    Attr::Absent => break,
                    // `#[api_error]` on a field is an error the general
                    // path reports.
                    Attr::ApiError => return None,
                    Attr::Doc(_) | Attr::DocValue(_) | Attr::Other => {}
                }
            }
            let start = self.pos;
            let name = self.ident();
            // A visibility on a variant's field is an error the compiler
            // reports, after the general path.
            if name == Some("pub") {
                return None;
            }
            let mut field = if named {
                if !self.eat(b':') {
                    return None;
                }
                let name = name?;
                let member = Member::Named(fast::ident(name, Span::call_site()));
                let name = name.strip_prefix("r#").unwrap_or(name);
                Field::with_name(member, name.to_owned(), TokenStream::new())
            } else {
                self.pos = start;
                let index = u32::try_from(fields.len()).ok()?;
                let member = Member::Unnamed(syn::Index {
                    index,
                    span: Span::call_site(),
                });
                Field::new(member, TokenStream::new())
            };
            field.always_display = always_display(self.skip_type()?);
            fields.push(field);
            if self.end_of_item(Some(close))? {
                break;
            }
        }
        Some(())
    }

    /// Passes over a type, giving its text: up to a `,` or a closing
    /// delimiter outside any `<...>` or group. `None` if there is no type.
    fn skip_type(&mut self) -> Option<&'t str> {
        self.skip_ws();
        let bytes = self.bytes;
        let start = self.pos;
        let mut angles = 0_usize;
        let mut i = start;
        while i < bytes.len() {
            match bytes[i] {
                b',' | b')' | b'}' | b']' if angles == 0 => break,
                b'(' | b'[' | b'{' => {
                    self.pos = i + 1;
                    self.skip_until(closer(bytes[i]))?;
                    i = self.pos;
                    continue;
                }
                b'<' => angles += 1,
                // `->` in `fn() -> T` closes nothing.
                b'>' if i == 0 || bytes[i - 1] != b'-' => angles = angles.checked_sub(1)?,
                b'"' | b'\'' => {
                    i += self.literal_len(i)?;
                    continue;
                }
                b'/' if matches!(bytes.get(i + 1), Some(b'/' | b'*')) => return None,
                _ => {}
            }
            i += 1;
        }
        self.pos = i;
        (angles == 0 && i > start).then(|| self.text[start..i].trim_end())
    }

    /// After an item: a `,` (true if `close` follows it), or `close` (true),
    /// or for variants (`close` is `None`) the end of the text (true).
    fn end_of_item(&mut self, close: Option<u8>) -> Option<bool> {
        let comma = self.eat(b',');
        let closed = if let Some(close) = close {
            self.eat(close)
        } else {
            !self.skip_ws()
        };
        (comma || closed).then_some(closed)
    }

    /// Passes over text from the start of a group's contents through the
    /// `close` that ends it, skipping nested groups and literals whole.
    fn skip_until(&mut self, close: u8) -> Option<()> {
        let bytes = self.bytes;
        // The closers of the groups open around the current one.
        let mut outer = Vec::new();
        let mut expected = close;
        let mut i = self.pos;
        loop {
            let byte = *bytes.get(i)?;
            match byte {
                b'(' | b'[' | b'{' => {
                    outer.push(expected);
                    expected = closer(byte);
                }
                b')' | b']' | b'}' => {
                    if byte != expected {
                        return None;
                    }
                    let Some(closer) = outer.pop() else {
                        self.pos = i + 1;
                        return Some(());
                    };
                    expected = closer;
                }
                b'"' | b'\'' => {
                    i += self.literal_len(i)?;
                    continue;
                }
                // A doc comment inside a group (the printer writes it as
                // `///` or `/**`) could hold anything; not read here.
                b'/' if matches!(bytes.get(i + 1), Some(b'/' | b'*')) => return None,
                b'r' | b'b' | b'c' if i == 0 || !ident_byte!(bytes[i - 1]) => {
                    if let Some(len) = self.prefixed_literal_len(i) {
                        i += len;
                        continue;
                    }
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// The length of the string or character literal (or lifetime) that
    /// starts with the quote at `at`, or of the raw string at `at`.
    fn literal_len(&self, at: usize) -> Option<usize> {
        let bytes = self.bytes;
        match bytes[at] {
            b'"' => {
                let mut i = at + 1;
                while i < bytes.len() {
                    match bytes[i] {
                        b'\\' => i += 2,
                        b'"' => return Some(i + 1 - at),
                        _ => i += 1,
                    }
                }
                None
            }
            b'\'' => {
                // `'x'`, `'\n'`, or a lifetime `'a`, which has no closing
                // quote after its first character.
                // After a backslash, the escaped character is never the
                // closing quote (`'\''`).
                if *bytes.get(at + 1)? == b'\\' {
                    return Some(self.find(at + 3, b'\'')? + 1 - at);
                }
                let width = self.text[at + 1..].chars().next()?.len_utf8();
                if bytes.get(at + 1 + width) == Some(&b'\'') {
                    Some(width + 2)
                } else {
                    Some(1)
                }
            }
            b'r' => self.raw_string_len(at),
            _ => None,
        }
    }

    /// The length of a raw string (`r"..."`, `r#"..."#`) starting at `at`.
    fn raw_string_len(&self, at: usize) -> Option<usize> {
        let bytes = self.bytes;
        let mut i = at + 1;
        while bytes.get(i) == Some(&b'#') {
            i += 1;
        }
        let hashes = i - at - 1;
        if bytes.get(i) != Some(&b'"') {
            return None;
        }
        i += 1;
        loop {
            let quote = self.find(i, b'"')?;
            let end = quote + 1 + hashes;
            if bytes.get(quote + 1..end)?.iter().all(|&b| b == b'#') {
                return Some(end - at);
            }
            i = quote + 1;
        }
    }

    /// The length of a literal with a prefix (`r"..."`, `b"..."`,
    /// `br#"..."#`, `c"..."`, `b'x'`) at `at`, if one starts there.
    fn prefixed_literal_len(&self, at: usize) -> Option<usize> {
        let bytes = self.bytes;
        let mut i = at;
        if matches!(bytes[i], b'b' | b'c') {
            i += 1;
        }
        match *bytes.get(i)? {
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#')) => {
                Some(i - at + self.raw_string_len(i)?)
            }
            b'"' | b'\'' if i > at => Some(i - at + self.literal_len(i)?),
            _ => None,
        }
    }

    /// The position of the next `byte` from `from`.
    fn find(&self, from: usize, byte: u8) -> Option<usize> {
        let bytes = self.bytes;
        let mut i = from;
        while i < bytes.len() {
            if bytes[i] == byte {
                return Some(i);
            }
            i += 1;
        }
        None
    }
}

/// Whether `ty`, a field type as printed, is one that implements `Display`
/// in every program: a primitive number, `bool`, `char`, `str` or `String`,
/// or a shared reference to one. (A type of the user's own shadowing such
/// a name could lack it; its error would then point at the derive rather
/// than at the message.)
fn always_display(ty: &str) -> bool {
    let ty = match ty.strip_prefix('&') {
        Some(referent) => {
            let referent = referent.trim_start();
            referent
                .strip_prefix("'static")
                .map_or(referent, str::trim_start)
        }
        None => ty,
    };
    matches!(
        ty,
        "u8" | "u16"
            | "u32"
            | "u64"
            | "u128"
            | "usize"
            | "i8"
            | "i16"
            | "i32"
            | "i64"
            | "i128"
            | "isize"
            | "f32"
            | "f64"
            | "bool"
            | "char"
            | "str"
            | "String"
    )
}

/// The closing delimiter for an opening one.
fn closer(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

#[cfg(test)]
mod tests {
    use super::{Scanned, variants};

    /// The body of `Printed` in `tests/test_fast_path.rs`, as rustc 1.95
    /// prints it: doc comments that came through a macro as raw `doc`
    /// attributes, strings holding `]` and quotes, line breaks of the
    /// printer's choosing.
    const PRINTED: &str = r###"#[doc = r#" A doc comment with `#[brackets]`, "quotes", a ] and a \ too."#]
#[allow(clippy::all, reason = "a ] in a string, a \" and a 'c'")]
#[doc = "]\"#["]
#[api_error(code = 404, message =
"Item {id} of {owner} ({count}, {flag}, {c}, {x}) not found")] Struct
{ id: u64, owner: String, count: usize, flag: bool, c: char, x: f32 },
#[api_error(code = Gone, message = r##"Raw "#{0}"# {1}"##)]
Tuple(&'static str, i128),
#[deprecated = "a note with [brackets], (parens) and {braces}"]
#[api_error(code = 429, message = "no fields used")]
Unused(Option<&'static str>, [u8; 2], (char, char)),
#[doc = r" A block doc comment
            over two lines. "]
#[api_error(code = 401)] Unit,"###;

    fn summary(variant: &Scanned<'_>) -> String {
        let fields: Vec<String> = variant
            .fields
            .iter()
            .map(|field| {
                let display = if field.always_display {
                    " (Display)"
                } else {
                    ""
                };
                format!("{}{display}", field.name)
            })
            .collect();
        format!(
            "{} attrs={} api={:?} code={:?} message={:?} doc={:?} fields=[{}]",
            variant.name,
            variant.attr_count,
            variant.api_attrs,
            variant.attrs.code.as_ref().map(|c| c.code.as_u16()),
            variant.attrs.message.as_ref().map(|m| m.value.as_str()),
            variant.attrs.doc,
            fields.join(", "),
        )
    }

    #[test]
    fn reads_what_the_compiler_prints() {
        let read: Vec<String> = variants(PRINTED).unwrap().iter().map(summary).collect();
        assert_eq!(
            read,
            [
                "Struct attrs=4 api=[3] code=Some(404) \
                 message=Some(\"Item {id} of {owner} ({count}, {flag}, {c}, {x}) not found\") \
                 doc=\"A doc comment with `#[brackets]`, \\\"quotes\\\", a ] and a \\\\ too.\\n]\\\"#[\" \
                 fields=[id (Display), owner (Display), count (Display), flag (Display), \
                 c (Display), x (Display)]",
                "Tuple attrs=1 api=[0] code=Some(410) message=Some(\"Raw \\\"#{0}\\\"# {1}\") \
                 doc=\"\" fields=[0 (Display), 1 (Display)]",
                "Unused attrs=2 api=[1] code=Some(429) message=Some(\"no fields used\") doc=\"\" \
                 fields=[0, 1, 2]",
                "Unit attrs=2 api=[1] code=Some(401) message=None \
                 doc=\"A block doc comment\\n            over two lines.\" fields=[]",
            ]
        );
    }

    #[test]
    fn reads_doc_comments_raw_identifiers_and_every_field_form() {
        let text = "/// First line, with \"quotes\" and a ].\n/** Block */\n\
                    #[api_error(code = 404)] #[api_error(message = \"{type}\")] r#Raw \
                    { #[doc = \"field\"] r#type: fn(u8) -> Option<u8>, b: & 'static  str },\n\
                    Lifetimes(HashMap<K, Vec<V>>, &u8), Empty(), Braced {}";
        let read: Vec<String> = variants(text).unwrap().iter().map(summary).collect();
        assert_eq!(
            read,
            [
                "r#Raw attrs=4 api=[2, 3] code=Some(404) message=Some(\"{type}\") \
                 doc=\"First line, with \\\"quotes\\\" and a ].\\nBlock\" \
                 fields=[type, b (Display)]",
                "Lifetimes attrs=0 api=[] code=None message=None doc=\"\" \
                 fields=[0, 1 (Display)]",
                "Empty attrs=0 api=[] code=None message=None doc=\"\" fields=[]",
                "Braced attrs=0 api=[] code=None message=None doc=\"\" fields=[]",
            ]
        );
    }

    /// Literals in another derive's attribute are passed over whole, even
    /// those holding quotes, brackets or escapes.
    #[test]
    fn passes_over_literals_in_other_attributes() {
        // That is: #[other('\'', ']', '\\', b'"', "]\"", r#"]"#,
        // br##"]"#"##, c"]", 'a)] #[api_error(code = 404)] Chars(...),
        let text = "#[other('\\'', ']', '\\\\', b'\"', \"]\\\"\", r#\"]\"#, \
                    br##\"]\"#\"##, c\"]\", 'a)]\n\
                    #[api_error(code = 404)] Chars(&'static str),";
        let read: Vec<String> = variants(text).unwrap().iter().map(summary).collect();
        assert_eq!(
            read,
            ["Chars attrs=2 api=[1] code=Some(404) message=None doc=\"\" fields=[0 (Display)]"]
        );
    }

    /// What the reader does not take, it declines, for the general path.
    #[test]
    fn declines_what_it_does_not_read_exactly() {
        for text in [
            "A = 1,",
            "#[api_error(code = 404u16)] A,",
            "#[api_error(code = 0x194)] A,",
            "#[api_error(code = 999)] A,",
            "#[api_error(code = 404, code = 404)] A,",
            "#[api_error()] A,",
            "#[api_error] A,",
            "#[api_error = \"x\"] A,",
            "#[api_error(message = b\"bytes\")] A,",
            "#[api_error(message = \"suffix\"x)] A,",
            "#[api_error(retry_after = 0)] A(u64),",
            "#[api_error(unknown)] A,",
            "#[doc(hidden)] A,",
            "#[doc = concat!(\"a\")] A,",
            "A(#[api_error(code = 404)] u8),",
            "A { pub a: u8 },",
            "A(pub u8),",
            "Ünïcode,",
            "#![inner] A,",
            "A B,",
            "A(u8, Vec<u8),",
            "#[unclosed(] A,",
            "/** nested /* comment */ */ A,",
            // A doc comment inside another attribute's group, or in a type,
            // which would otherwise be read as code.
            "#[rustfmt::skip(/// )] #[api_error(message = \"injected\")] #[rustfmt::skip(\n)]\n\
             #[api_error(code = 404)] V,",
            "#[other(/** ) */)] #[api_error(code = 404)] V,",
            "V([u8; { /// }]), #[api_error(code = 401)] Injected([u8; {\n let n = 4; n }]),",
        ] {
            assert!(variants(text).is_none(), "{text}");
        }
    }
}
