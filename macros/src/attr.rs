//! Parses `#[api_error(...)]` attributes, reporting every bad key and
//! value; the one reader of the attribute.

use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Attribute, Ident, LitInt, LitStr, Member, Token};

use crate::ctxt::Ctxt;
use crate::template::{FieldRef, Template};
use crate::unraw;

/// What the `#[api_error(...)]` attributes on one item say.
#[derive(Default)]
pub struct Attrs {
    pub code: Option<CodeAttr>,
    /// `other_error`: an outage, a server error the table does not document.
    pub other_error: Option<Span>,
    pub message: Option<Template>,
    pub transparent: Option<Span>,
    pub retry_after: Option<RetryAfterAttr>,
    /// `codes = path::ToTable`: the table the type's codes come from.
    pub codes: Option<PathAttr>,
    /// `crate = path`: where the `apicodes` crate is, when renamed.
    pub krate: Option<PathAttr>,
    /// Text of the item's doc comment, for API documentation.
    pub doc: String,
    /// Whether an error was reported for these attributes; rules that would
    /// only repeat it (such as a missing code) stay quiet.
    pub erroneous: bool,
}

/// `code = 404` or `code = NotFound`, as written; `table` resolves it.
pub struct CodeAttr {
    pub value: CodeValue,
    /// The number's or name's span: what a code error points at.
    pub span: Span,
}

pub enum CodeValue {
    Number(u16),
    /// A variant name, and the path segment before it if any (`Code` in
    /// `Code::NotFound`), both without `r#`, and the path as written.
    Name {
        name: String,
        prefix: Option<String>,
        path: syn::Path,
    },
    /// A string literal: the code written in quotes.
    Quoted(String),
    /// A value that names no code at all, such as `404.0`.
    Invalid,
}

/// `retry_after = field` (or `= 0` for a tuple field).
pub struct RetryAfterAttr {
    pub field: FieldRef,
    pub span: Span,
}

/// `codes = path` or `crate = path`.
pub struct PathAttr {
    pub path: syn::Path,
    /// The key's span.
    pub span: Span,
}

const KEYS: &str =
    "expected `code`, `message`, `transparent`, `retry_after`, `other_error`, `codes` or `crate`";

/// Reads the attributes of one item: its `#[api_error]`s and its doc
/// comment.
pub fn get(cx: &Ctxt, attrs: &[Attribute]) -> Attrs {
    let mut out = Attrs::default();
    for attr in attrs {
        if unraw::path_is(attr.path(), "doc") {
            push_doc(&mut out.doc, attr);
        } else if unraw::path_is(attr.path(), "api_error") {
            parse_api_error(cx, attr, &mut out);
        }
    }
    let trimmed = out.doc.trim();
    if trimmed.len() != out.doc.len() {
        out.doc = trimmed.to_owned();
    }
    out
}

/// Reads only the type-level keys the integration derives need (`crate`),
/// passing over the others, which `#[derive(ApiError)]` checks.
pub fn krate(attrs: &[Attribute]) -> syn::Result<Option<syn::Path>> {
    let mut krate = None;
    for attr in attrs {
        if !unraw::path_is(attr.path(), "api_error") || !matches!(attr.meta, syn::Meta::List(_)) {
            continue;
        }
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("crate") {
                krate = Some(meta.value()?.parse()?);
            } else {
                skip_value(meta.input)?;
            }
            Ok(())
        })?;
    }
    Ok(krate)
}

fn parse_api_error(cx: &Ctxt, attr: &Attribute, out: &mut Attrs) {
    if let syn::Meta::List(list) = &attr.meta {
        if list.tokens.is_empty() {
            report(
                cx,
                &mut out.erroneous,
                syn::Error::new_spanned(attr, format!("empty #[api_error()]; {KEYS}")),
            );
            return;
        }
    }
    let mut failed = false;
    let result = attr.parse_nested_meta(|meta| {
        // `crate` is a keyword, so it is no identifier; every other key is.
        if meta.path.is_ident("crate") {
            let span = meta.path.segments[0].ident.span();
            let path = value(&meta, "crate = path")?.parse()?;
            set(
                cx,
                &mut failed,
                &mut out.krate,
                "crate",
                span,
                PathAttr { path, span },
            );
            return Ok(());
        }
        let Some(key) = meta.path.get_ident() else {
            return Err(syn::Error::new_spanned(
                &meta.path,
                format!("unknown key; {KEYS}"),
            ));
        };
        let span = key.span();
        let name = unraw::unraw(key);
        match name.as_str() {
            "code" => {
                let code = parse_code(value(&meta, "code = 404")?)?;
                match code {
                    Ok(code) => set(cx, &mut failed, &mut out.code, "code", span, code),
                    Err(err) => report(cx, &mut failed, err),
                }
            }
            "message" => match parse_message(value(&meta, "message = \"...\"")?)? {
                Ok(template) => set(cx, &mut failed, &mut out.message, "message", span, template),
                Err(err) => report(cx, &mut failed, err),
            },
            "transparent" | "other_error" => {
                if meta.input.peek(Token![=]) || meta.input.peek(syn::token::Paren) {
                    return Err(syn::Error::new(
                        span,
                        format!("`{name}` takes no value: #[api_error({name})]"),
                    ));
                }
                let slot = if name == "transparent" {
                    &mut out.transparent
                } else {
                    &mut out.other_error
                };
                set(cx, &mut failed, slot, &name, span, span);
            }
            "retry_after" => {
                let (field, field_span) = parse_field(value(&meta, "retry_after = field")?)?;
                let retry_after = RetryAfterAttr {
                    field,
                    span: field_span,
                };
                set(
                    cx,
                    &mut failed,
                    &mut out.retry_after,
                    "retry_after",
                    span,
                    retry_after,
                );
            }
            "codes" => {
                let path = value(&meta, "codes = path::ToTable")?.parse()?;
                set(
                    cx,
                    &mut failed,
                    &mut out.codes,
                    "codes",
                    span,
                    PathAttr { path, span },
                );
            }
            _ => {
                report(
                    cx,
                    &mut failed,
                    syn::Error::new(span, format!("unknown key `{name}`; {KEYS}")),
                );
                skip_value(meta.input)?;
            }
        }
        Ok(())
    });
    if let Err(err) = result {
        report(cx, &mut failed, err);
    }
    out.erroneous |= failed;
}

fn report(cx: &Ctxt, failed: &mut bool, err: syn::Error) {
    *failed = true;
    cx.push(err);
}

/// The value after `key =`, or an error showing the expected form.
fn value<'a>(meta: &syn::meta::ParseNestedMeta<'a>, form: &str) -> syn::Result<ParseStream<'a>> {
    if meta.input.peek(Token![=]) {
        meta.value()
    } else {
        Err(syn::Error::new_spanned(
            &meta.path,
            format!("expected a value: #[api_error({form})]"),
        ))
    }
}

/// Passes over a key's value so the keys after it are still read.
fn skip_value(input: ParseStream<'_>) -> syn::Result<()> {
    if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        while !input.is_empty() && !input.peek(Token![,]) {
            input.parse::<proc_macro2::TokenTree>()?;
        }
    } else if input.peek(syn::token::Paren) {
        input.parse::<proc_macro2::TokenTree>()?;
    }
    Ok(())
}

/// Stores a key's value, reporting a second one.
fn set<T>(cx: &Ctxt, failed: &mut bool, slot: &mut Option<T>, key: &str, span: Span, value: T) {
    if slot.is_some() {
        report(
            cx,
            failed,
            syn::Error::new(span, format!("duplicate #[api_error] key `{key}`")),
        );
    } else {
        *slot = Some(value);
    }
}

/// Parses a message's value, a string literal without a suffix. As for a
/// code, the outer `Result` ends the attribute, the inner one does not.
fn parse_message(input: ParseStream<'_>) -> syn::Result<Result<Template, syn::Error>> {
    if !input.peek(LitStr) {
        return Err(input.error("expected the message as a string literal: message = \"...\""));
    }
    let lit: LitStr = input.parse()?;
    if !lit.suffix().is_empty() {
        return Ok(Err(syn::Error::new(
            lit.span(),
            format!(
                "write the message without a suffix: `\"{}\"`, not `{}`",
                lit.value().escape_default(),
                lit.token()
            ),
        )));
    }
    Ok(Template::parse(lit.value(), lit.span()))
}

/// Parses a code's value. The outer `Result` is a syntax error that ends the
/// attribute; the inner one a value no table could hold, reported while
/// parsing goes on.
fn parse_code(input: ParseStream<'_>) -> syn::Result<Result<CodeAttr, syn::Error>> {
    let lookahead = input.lookahead1();
    // Checked before `LitInt`, which would swallow the sign into one token
    // and lose the span of the digits.
    if input.peek(Token![-]) {
        let minus: Token![-] = input.parse()?;
        let lit: LitInt = input.parse()?;
        return Ok(Err(syn::Error::new_spanned(
            quote::quote!(#minus #lit),
            "response codes are not negative; write a three-digit code such as `404`",
        )));
    }
    if lookahead.peek(LitInt) {
        let lit: LitInt = input.parse()?;
        return Ok(code_from_number(&lit));
    }
    if lookahead.peek(Ident) || lookahead.peek(Token![::]) {
        let path: syn::Path = input.parse()?;
        let span = path
            .segments
            .last()
            .map_or_else(Span::call_site, |s| s.ident.span());
        let plain = path.segments.iter().all(|s| s.arguments.is_none());
        let mut names = path.segments.iter().rev().map(|s| unraw::unraw(&s.ident));
        let value = match (plain, names.next()) {
            (true, Some(name)) => CodeValue::Name {
                name,
                prefix: names.next(),
                path: path.clone(),
            },
            _ => CodeValue::Invalid,
        };
        return Ok(Ok(CodeAttr { value, span }));
    }
    if input.peek(syn::Lit) {
        let lit: syn::Lit = input.parse()?;
        let value = match &lit {
            syn::Lit::Str(s) => CodeValue::Quoted(s.value()),
            _ => CodeValue::Invalid,
        };
        return Ok(Ok(CodeAttr {
            value,
            span: lit.span(),
        }));
    }
    Err(lookahead.error())
}

fn code_from_number(lit: &LitInt) -> Result<CodeAttr, syn::Error> {
    let span = lit.span();
    if !lit.suffix().is_empty() {
        return Err(syn::Error::new(
            span,
            format!(
                "write the code without a suffix, such as `{}`",
                lit.base10_digits()
            ),
        ));
    }
    match lit.base10_parse::<u16>() {
        Ok(number) => Ok(CodeAttr {
            value: CodeValue::Number(number),
            span,
        }),
        Err(_) => Err(syn::Error::new(
            span,
            format!(
                "{} is out of range for a response code; write a three-digit code such as `404`",
                lit.base10_digits()
            ),
        )),
    }
}

/// A field name (raw or not) or a tuple index, with its span.
///
/// A word that is a keyword in every edition (`type`, `match`) names no
/// field unless written raw; one that is a name in some editions (`async`,
/// `dyn`, `gen`) is taken, since the field can be named so in the user's.
fn parse_field(input: ParseStream<'_>) -> syn::Result<(FieldRef, Span)> {
    if input.peek(Ident::peek_any) {
        let ident = input.call(Ident::parse_any)?;
        let name = unraw::unraw(&ident);
        if unraw::is_strict_keyword(&ident) {
            return Err(syn::Error::new(
                ident.span(),
                format!("expected a field name; a field named `{name}` is written `r#{name}`"),
            ));
        }
        return Ok((FieldRef::Named(name), ident.span()));
    }
    let lookahead = input.lookahead1();
    if lookahead.peek(LitInt) {
        let lit: LitInt = input.parse()?;
        let index = lit
            .base10_parse::<usize>()
            .ok()
            .filter(|_| lit.suffix().is_empty())
            .ok_or_else(|| {
                syn::Error::new(
                    lit.span(),
                    "expected a field name or a tuple index such as `0`",
                )
            })?;
        Ok((FieldRef::Index(index), lit.span()))
    } else {
        Err(lookahead.error())
    }
}

/// The member a field is, as a `FieldRef` compares it.
pub fn field_ref(member: &Member) -> FieldRef {
    match member {
        Member::Named(ident) => FieldRef::Named(unraw::unraw(ident)),
        Member::Unnamed(index) => FieldRef::Index(index.index as usize),
    }
}

/// Appends one `#[doc = "..."]` line, as rustdoc would show it.
fn push_doc(doc: &mut String, attr: &Attribute) {
    let syn::Meta::NameValue(nv) = &attr.meta else {
        return;
    };
    let syn::Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(lit),
        ..
    }) = &nv.value
    else {
        return;
    };
    let line = lit.value();
    let line = line.strip_prefix(' ').unwrap_or(&line);
    if !doc.is_empty() {
        doc.push('\n');
    }
    doc.push_str(line.trim_end());
}
