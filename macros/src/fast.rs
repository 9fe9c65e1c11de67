//! The fast path: plain enums read without syn.
//!
//! syn's full parse of a derive input is the largest single cost of the
//! derive in the unoptimised build cargo makes of proc macros, and error
//! enums can have hundreds of variants. Most are plain: no generics, and
//! attributes in the simple forms `code = 404`, `code = NotFound`,
//! `message = "..."`, `transparent` and `retry_after = field`. This module
//! reads exactly that input into the same [`Input`] model syn's path builds,
//! so validation and expansion are shared.
//!
//! The enum's own attributes are read from its tokens; its body from the
//! compiler's printed text of it (`scan`), in one call across the
//! proc-macro bridge rather than several per attribute and field list. The
//! text carries no spans, so where the expansion shows the input's own
//! spans (see `needs_spans`), the variant's tokens are found and opened.
//!
//! It gives up, returning `None`, at anything else: generics, a `where`
//! clause, a struct, a discriminant, a key in another form, a repeated key,
//! an attribute whose tokens do not start with its name, `#[api_error]` on
//! a field, any value the table rejects, tokens that do not line up with
//! the text, or any rule `valid` would report. Whatever it cannot read it
//! must not pass over: an attribute it skipped could be one of ours. The
//! caller then parses with syn and takes the general path, which reports
//! every error with its span. Input the fast path takes is input the
//! general path would take unchanged, so both expand to the same code; the
//! spans differ only where no error can point.

use apicodes_core::Code;

use proc_macro2::{Delimiter, Group, Ident, Literal, Spacing, Span, TokenStream, TokenTree};
use syn::{Generics, Member};

use crate::ast::{Data, Field, Input, Variant, formats_without_spans};
use crate::attr::{Attrs, CodeAttr, RetryAfterAttr};
use crate::ctxt::Ctxt;
use crate::scan::{self, Scanned as Scan};
use crate::template::Template;
use crate::{attr, expand, valid};

/// The expansion of `input`, if the fast path takes it.
pub fn derive(input: TokenStream) -> Option<TokenStream> {
    let generics = Generics::default();
    let input = parse(input, &generics)?;
    let cx = Ctxt::default();
    valid::check(&cx, &input);
    cx.finish().ok()?;
    Some(expand::expand(&input))
}

fn parse(input: TokenStream, generics: &Generics) -> Option<Input<'_>> {
    let tokens: Vec<TokenTree> = input.into_iter().collect();
    let mut at = Cursor::new(&tokens);
    let attrs = at.attrs()?;
    at.visibility();
    if !at.keyword("enum") {
        return None;
    }
    let ident = at.ident()?;
    let body = at.group(Delimiter::Brace)?;
    if !at.is_empty() {
        return None;
    }
    // One call for the whole body's text (proc_macro's own `to_string`,
    // without proc-macro2's formatting around it).
    let body = proc_macro::TokenStream::from(body);
    let text = body.to_string();
    let scanned = scan::variants(&text)?;
    let variants = if scanned.iter().any(needs_spans) {
        spans(body.into(), scanned)?
    } else {
        scanned
            .into_iter()
            .map(|s| Variant {
                ident: self::ident(s.name, Span::call_site()),
                attrs: s.attrs,
                fields: s.fields,
            })
            .collect()
    };
    Some(Input {
        ident,
        generics,
        attrs,
        data: Data::Enum(variants),
    })
}

/// Whether the expansion shows any of a variant's own spans, which the
/// text reader cannot give. They show in errors the compiler may report on
/// what the expansion writes from the input: a `transparent` or
/// `retry_after` field's type, written out and checked there; and a
/// message's fields, shown at the message when a field lacks the trait its
/// placeholder formats with. A plain placeholder (`{id}`, no format spec)
/// of a field that is `always_display` cannot fail that way, and the
/// expansion writes it without a span.
fn needs_spans(scan: &Scan<'_>) -> bool {
    let attrs = &scan.attrs;
    if attrs.transparent.is_some() || attrs.retry_after.is_some() {
        return true;
    }
    attrs
        .message
        .as_ref()
        .is_some_and(|template| !formats_without_spans(template, &scan.fields))
}

/// The variants the text reader read, with the input's own spans from the
/// body's tokens: every variant's name, and where `needs_spans`, its keys
/// and (for `transparent` and `retry_after`) its fields. Each variant's
/// tokens are found by the count of attributes and the field list the text
/// showed, and only what is needed is opened. `None` if the tokens do not
/// line up with the text, or say anything else.
fn spans(body: TokenStream, scanned: Vec<Scan<'_>>) -> Option<Vec<Variant>> {
    let tokens: Vec<TokenTree> = body.into_iter().collect();
    let mut at = Cursor::new(&tokens);
    let mut variants = Vec::with_capacity(scanned.len());
    for scan in scanned {
        let attrs = at.take(2 * scan.attr_count)?;
        let ident = at.ident()?;
        let list = match scan.delimiter {
            Some(delimiter) => Some(at.group_tree(delimiter)?),
            None => None,
        };
        at.end_of_item()?;
        if ident != scan.name {
            return None;
        }
        let needs_spans = needs_spans(&scan);
        let mut variant = Variant {
            ident,
            attrs: scan.attrs,
            fields: scan.fields,
        };
        if needs_spans {
            for &i in &scan.api_attrs {
                let TokenTree::Group(attr) = &attrs[2 * i + 1] else {
                    return None;
                };
                own_spans(&mut variant.attrs, attr.stream())?;
            }
            if variant.attrs.transparent.is_some() || variant.attrs.retry_after.is_some() {
                let named = scan.delimiter == Some(Delimiter::Brace);
                let fields = fields(list?.stream(), named)?;
                if fields.len() != variant.fields.len() {
                    return None;
                }
                variant.fields = fields;
            }
        }
        variants.push(variant);
    }
    at.is_empty().then_some(variants)
}

/// Puts the spans of one `#[api_error(...)]`'s tokens (`attr`, inside the
/// brackets) on the keys the text reader read from it. `None` if the
/// tokens say anything else.
fn own_spans(attrs: &mut Attrs, attr: TokenStream) -> Option<()> {
    let mut tokens = attr.into_iter();
    let (Some(TokenTree::Ident(name)), Some(TokenTree::Group(keys)), None) =
        (tokens.next(), tokens.next(), tokens.next())
    else {
        return None;
    };
    if name != "api_error" {
        return None;
    }
    let tokens: Vec<TokenTree> = keys.stream().into_iter().collect();
    let mut at = Cursor::new(&tokens);
    while !at.is_empty() {
        let key = at.ident()?;
        if key == "transparent" {
            *attrs.transparent.as_mut()? = key.span();
        } else {
            if !at.punct('=') {
                return None;
            }
            let value = at.next()?;
            let span = value.span();
            match (key.to_string().as_str(), value) {
                ("code", _) => attrs.code.as_mut()?.span = span,
                ("message", TokenTree::Literal(lit)) => {
                    let template = attrs.message.as_mut()?;
                    if string(lit)? != template.value {
                        return None;
                    }
                    template.span = span;
                }
                ("retry_after", TokenTree::Ident(field)) => {
                    let retry_after = attrs.retry_after.as_mut()?;
                    let member = Member::Named(field.clone());
                    if retry_after.member != member {
                        return None;
                    }
                    *retry_after = RetryAfterAttr { member, span };
                }
                _ => return None,
            }
        }
        at.end_of_item()?;
    }
    Some(())
}

/// A variant's fields, named (`{ a: A, b: B }`) or not (`(A, B)`).
fn fields(group: TokenStream, named: bool) -> Option<Vec<Field>> {
    let tokens: Vec<TokenTree> = group.into_iter().collect();
    let mut at = Cursor::new(&tokens);
    let mut fields = Vec::new();
    while !at.is_empty() {
        // An attribute on a field is not ours to read, and `#[api_error]`
        // there is an error the general path reports.
        while at.punct('#') {
            if attr_name(at.group(Delimiter::Bracket)?.into_iter().next())? == "api_error" {
                return None;
            }
        }
        at.visibility();
        let member = if named {
            let ident = at.ident()?;
            if !at.punct(':') {
                return None;
            }
            Member::Named(ident)
        } else {
            Member::Unnamed(syn::Index::from(fields.len()))
        };
        let ty = at.ty()?;
        at.end_of_item()?;
        fields.push(Field::new(member, ty));
    }
    Some(fields)
}

/// Reads one attribute's `[...]`: a doc comment or `#[api_error(...)]` into
/// `out`; any other attribute is not ours, and passed over.
fn read_attr(out: &mut Attrs, attr: TokenStream) -> Option<()> {
    let mut tokens = attr.into_iter();
    match attr_name(tokens.next())?.as_str() {
        // `doc = "..."`; other forms are left to the general path.
        "doc" => match (tokens.next(), tokens.next(), tokens.next()) {
            (Some(TokenTree::Punct(eq)), Some(TokenTree::Literal(lit)), None)
                if eq.as_char() == '=' =>
            {
                attr::push_doc_line(&mut out.doc, &string(&lit)?);
                Some(())
            }
            _ => None,
        },
        "api_error" => match (tokens.next(), tokens.next()) {
            (Some(TokenTree::Group(list)), None) if list.delimiter() == Delimiter::Parenthesis => {
                api_error(out, list.stream())
            }
            _ => None,
        },
        _ => Some(()),
    }
}

/// The name an attribute starts with (`doc`, `api_error`, `error`, ...).
/// `None` if it starts with anything else: notably an invisible group, as
/// an attribute passed through a macro's `$attr:meta` arrives, which could
/// hide an `#[api_error]` from a reader that only looks for names.
fn attr_name(first: Option<TokenTree>) -> Option<String> {
    match first? {
        TokenTree::Ident(name) => Some(name.to_string()),
        _ => None,
    }
}

/// The keys of one `#[api_error(...)]`, in their simple forms only.
fn api_error(out: &mut Attrs, keys: TokenStream) -> Option<()> {
    let tokens: Vec<TokenTree> = keys.into_iter().collect();
    let mut at = Cursor::new(&tokens);
    if at.is_empty() {
        return None;
    }
    while !at.is_empty() {
        let ident = at.ident()?;
        let name = ident.to_string();
        if name == "transparent" {
            key(out, &name, Value::Flag, ident.span())?;
        } else {
            if !at.punct('=') {
                return None;
            }
            match at.next()? {
                TokenTree::Literal(lit) => {
                    let text = lit.to_string();
                    let value = if text.starts_with(|c: char| c.is_ascii_digit()) {
                        Value::Number(&text)
                    } else {
                        Value::Str(string(lit)?)
                    };
                    key(out, &name, value, lit.span())?;
                }
                TokenTree::Ident(value) => {
                    key(out, &name, Value::Name(&value.to_string()), value.span())?;
                }
                _ => return None,
            }
        }
        at.end_of_item()?;
    }
    Some(())
}

/// A key's value in `#[api_error(...)]`, in the forms the fast path reads.
pub enum Value<'a> {
    /// No value: `transparent`.
    Flag,
    /// A literal starting with a digit, as written (`404`, `404u16`).
    Number(&'a str),
    /// A name, as written (`NotFound`, `r#type`).
    Name(&'a str),
    /// A string literal's value.
    Str(String),
}

/// Stores one key of `#[api_error(...)]`, its value (or, for a flag, the
/// key) at `span`: the forms both readers of the fast path take, resolved
/// as `attr` resolves them. `None` for any other key or form, a value the
/// table rejects, or a key given before.
pub fn key(out: &mut Attrs, key: &str, value: Value<'_>, span: Span) -> Option<()> {
    match (key, value) {
        ("transparent", Value::Flag) => fill(&mut out.transparent, span),
        // Plain decimal digits; anything else (a suffix, `_`, hex) is left
        // to the general path.
        ("code", Value::Number(digits)) => {
            let code = Code::from_u16(digits.parse().ok()?)?;
            fill(&mut out.code, CodeAttr { code, span })
        }
        ("code", Value::Name(name)) => {
            let code = Code::from_name(name)?;
            fill(&mut out.code, CodeAttr { code, span })
        }
        ("message", Value::Str(value)) => {
            let template = Template::parse(value, span).ok()?;
            fill(&mut out.message, template)
        }
        ("retry_after", Value::Name(field)) => {
            let member = Member::Named(ident(field, span));
            fill(&mut out.retry_after, RetryAfterAttr { member, span })
        }
        _ => None,
    }
}

/// The identifier `name` as written, raw (`r#type`) or not.
pub fn ident(name: &str, span: Span) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, span),
        None => Ident::new(name, span),
    }
}

/// The value of a string literal; `None` for any other literal.
fn string(lit: &Literal) -> Option<String> {
    simple_string(&lit.to_string()).or_else(|| syn_string(lit))
}

/// The value of the string literal written as `text`, read here when it is
/// a raw string or a plain one with only the escapes `unescape` takes;
/// `None` for anything else (other escapes, a suffix, another literal),
/// which the callers leave to syn. Both readers of the fast path use it.
pub fn simple_string(text: &str) -> Option<String> {
    if let Some(quoted) = text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        return unescape(quoted);
    }
    let raw = text.strip_prefix('r')?.trim_matches('#');
    Some(raw.strip_prefix('"')?.strip_suffix('"')?.to_owned())
}

/// The value of the string literal written as `literal`, by syn: for the
/// escapes `unescape` leaves alone.
pub fn parse_string(literal: &str) -> Option<String> {
    syn_string(&literal.parse().ok()?)
}

fn syn_string(lit: &Literal) -> Option<String> {
    match syn::Lit::new(lit.clone()) {
        syn::Lit::Str(lit) => Some(lit.value()),
        _ => None,
    }
}

/// The value of a plain string literal's text between its quotes, when its
/// escapes are only the common `\"`, `\\`, `\n`, `\r`, `\t`, `\0` and `\'`
/// (others, such as `\u{..}` or a line continuation, are left to syn). A
/// plain loop, for the same reason as `template::find_brace`.
fn unescape(quoted: &str) -> Option<String> {
    let bytes = quoted.as_bytes();
    let mut value = String::with_capacity(quoted.len());
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' {
            let unescaped = match bytes.get(i + 1)? {
                b'"' => '"',
                b'\\' => '\\',
                b'\'' => '\'',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'0' => '\0',
                _ => return None,
            };
            value.push_str(&quoted[start..i]);
            value.push(unescaped);
            i += 2;
            start = i;
        } else {
            i += 1;
        }
    }
    value.push_str(&quoted[start..]);
    Some(value)
}

/// Stores a key's value; `None` if the key was given before.
fn fill<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value);
    Some(())
}

/// A position in a list of tokens.
struct Cursor<'t> {
    tokens: &'t [TokenTree],
}

impl<'t> Cursor<'t> {
    fn new(tokens: &'t [TokenTree]) -> Self {
        Cursor { tokens }
    }

    fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Takes the next token if it is a group in `delimiter`.
    fn group_tree(&mut self, delimiter: Delimiter) -> Option<&'t Group> {
        match self.tokens.first() {
            Some(TokenTree::Group(group)) if group.delimiter() == delimiter => {
                self.tokens = &self.tokens[1..];
                Some(group)
            }
            _ => None,
        }
    }

    /// The next `n` tokens, taken whole.
    fn take(&mut self, n: usize) -> Option<&'t [TokenTree]> {
        if n > self.tokens.len() {
            return None;
        }
        let (taken, rest) = self.tokens.split_at(n);
        self.tokens = rest;
        Some(taken)
    }

    fn next(&mut self) -> Option<&'t TokenTree> {
        let (first, rest) = self.tokens.split_first()?;
        self.tokens = rest;
        Some(first)
    }

    /// Takes the next token if it is the punctuation `c`, standing alone.
    fn punct(&mut self, c: char) -> bool {
        match self.tokens.first() {
            Some(TokenTree::Punct(p)) if p.as_char() == c && p.spacing() == Spacing::Alone => {
                self.tokens = &self.tokens[1..];
                true
            }
            _ => false,
        }
    }

    /// Takes the next token if it is the identifier `word`.
    fn keyword(&mut self, word: &str) -> bool {
        match self.tokens.first() {
            Some(TokenTree::Ident(ident)) if ident == word => {
                self.tokens = &self.tokens[1..];
                true
            }
            _ => false,
        }
    }

    fn ident(&mut self) -> Option<Ident> {
        match self.tokens.first() {
            Some(TokenTree::Ident(ident)) => {
                self.tokens = &self.tokens[1..];
                Some(ident.clone())
            }
            _ => None,
        }
    }

    /// Takes the next token if it is a group in `delimiter`, giving its
    /// contents.
    fn group(&mut self, delimiter: Delimiter) -> Option<TokenStream> {
        self.group_tree(delimiter).map(Group::stream)
    }

    /// Outer attributes, read into a fresh `Attrs`.
    fn attrs(&mut self) -> Option<Attrs> {
        let mut attrs = Attrs::default();
        while self.punct('#') {
            read_attr(&mut attrs, self.group(Delimiter::Bracket)?)?;
        }
        attr::finish_doc(&mut attrs.doc);
        Some(attrs)
    }

    /// Passes over `pub`, `pub(crate)` and the like.
    fn visibility(&mut self) {
        if self.keyword("pub") {
            self.group(Delimiter::Parenthesis);
        }
    }

    /// The tokens of a type, up to a `,` outside any `<...>` or the end.
    /// `None` at a `,` with no type before it.
    fn ty(&mut self) -> Option<TokenStream> {
        let mut depth = 0_usize;
        let mut arrow = false;
        let mut len = 0;
        for token in self.tokens {
            if let TokenTree::Punct(p) = token {
                match p.as_char() {
                    ',' if depth == 0 => break,
                    '<' => depth += 1,
                    // `->` in `fn() -> T` closes nothing.
                    '>' if !arrow => depth = depth.checked_sub(1)?,
                    _ => {}
                }
                arrow = p.as_char() == '-' && p.spacing() == Spacing::Joint;
            } else {
                arrow = false;
            }
            len += 1;
        }
        if len == 0 || depth != 0 {
            return None;
        }
        let (ty, rest) = self.tokens.split_at(len);
        self.tokens = rest;
        Some(ty.iter().cloned().collect())
    }

    /// The `,` after an item, or the end of the list.
    fn end_of_item(&mut self) -> Option<()> {
        if self.is_empty() || self.punct(',') {
            Some(())
        } else {
            None
        }
    }
}
