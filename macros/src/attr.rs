//! Parses `#[api_error(...)]` attributes, reporting every bad key and value.

use apicodes_core::Code;
use proc_macro2::Span;
use syn::parse::ParseStream;
use syn::{Attribute, Ident, LitInt, LitStr, Member, Token};

use crate::ctxt::Ctxt;
use crate::template::Template;

/// What the `#[api_error(...)]` attributes on one item say.
#[derive(Default)]
pub struct Attrs {
    pub code: Option<CodeAttr>,
    pub message: Option<Template>,
    pub transparent: Option<Span>,
    pub retry_after: Option<RetryAfterAttr>,
    /// Text of the item's doc comment, for API documentation.
    pub doc: String,
    /// Whether an error was reported for these attributes; rules that would
    /// only repeat it (such as a missing code) stay quiet.
    pub erroneous: bool,
}

/// `code = 404` or `code = NotFound`, resolved against core's table.
pub struct CodeAttr {
    pub code: Code,
    pub span: Span,
}

/// `retry_after = field` (or `= 0` for a tuple field).
pub struct RetryAfterAttr {
    pub member: Member,
    pub span: Span,
}

const NOT_A_CODE: &str =
    "expected a documented code number such as `404` or a `Code` variant name such as `NotFound`";

const KEYS: &str = "expected `code`, `message`, `transparent` or `retry_after`";

pub fn get(cx: &Ctxt, attrs: &[Attribute]) -> Attrs {
    let mut out = Attrs::default();
    for attr in attrs {
        if attr.path().is_ident("doc") {
            push_doc(&mut out.doc, attr);
        } else if attr.path().is_ident("api_error") {
            parse_api_error(cx, attr, &mut out);
        }
    }
    finish_doc(&mut out.doc);
    out
}

/// Trims the doc text once every line is in.
pub fn finish_doc(doc: &mut String) {
    let trimmed = doc.trim();
    if trimmed.len() != doc.len() {
        *doc = trimmed.to_owned();
    }
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
        let Some(key) = meta.path.get_ident() else {
            return Err(syn::Error::new_spanned(
                &meta.path,
                format!("unknown key; {KEYS}"),
            ));
        };
        let span = key.span();
        match key.to_string().as_str() {
            "code" => match parse_code(value(&meta, "code = 404")?)? {
                Ok(code) => set(cx, &mut failed, &mut out.code, key, code),
                Err(err) => report(cx, &mut failed, err),
            },
            "message" => {
                let input = value(&meta, "message = \"...\"")?;
                if !input.peek(LitStr) {
                    return Err(
                        input.error("expected the message as a string literal: message = \"...\"")
                    );
                }
                let lit: LitStr = input.parse()?;
                match Template::parse(lit.value(), lit.span()) {
                    Ok(template) => set(cx, &mut failed, &mut out.message, key, template),
                    Err(err) => report(cx, &mut failed, err),
                }
            }
            "transparent" => {
                if meta.input.peek(Token![=]) || meta.input.peek(syn::token::Paren) {
                    return Err(syn::Error::new(
                        span,
                        "`transparent` takes no value: #[api_error(transparent)]",
                    ));
                }
                set(cx, &mut failed, &mut out.transparent, key, span);
            }
            "retry_after" => {
                let member = parse_member(value(&meta, "retry_after = field")?)?;
                let span = member_span(&member);
                set(
                    cx,
                    &mut failed,
                    &mut out.retry_after,
                    key,
                    RetryAfterAttr { member, span },
                );
            }
            other => {
                report(
                    cx,
                    &mut failed,
                    syn::Error::new(span, format!("unknown key `{other}`; {KEYS}")),
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

/// Passes over an unknown key's value so the keys after it are still read.
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
fn set<T>(cx: &Ctxt, failed: &mut bool, slot: &mut Option<T>, key: &Ident, value: T) {
    if slot.is_some() {
        report(
            cx,
            failed,
            syn::Error::new(key.span(), format!("duplicate #[api_error] key `{key}`")),
        );
    } else {
        *slot = Some(value);
    }
}

/// Parses a code's value. The outer `Result` is a syntax error that ends the
/// attribute; the inner one a value the table rejects, reported while
/// parsing goes on.
fn parse_code(input: ParseStream<'_>) -> syn::Result<Result<CodeAttr, syn::Error>> {
    let lookahead = input.lookahead1();
    // Checked before `LitInt`, which would swallow the sign into one token
    // and lose the span of the digits.
    if input.peek(Token![-]) {
        let minus: Token![-] = input.parse()?;
        let lit: LitInt = input.parse()?;
        Ok(Err(negative(quote::quote!(#minus #lit))))
    } else if lookahead.peek(LitInt) {
        let lit: LitInt = input.parse()?;
        Ok(code_from_number(&lit))
    } else if lookahead.peek(Ident) || lookahead.peek(Token![::]) {
        let path: syn::Path = input.parse()?;
        Ok(code_from_path(&path))
    } else if input.peek(syn::Lit) {
        let lit: syn::Lit = input.parse()?;
        let quoted = match &lit {
            syn::Lit::Str(s) => s.value().parse::<Code>().ok(),
            _ => None,
        };
        let msg = match quoted {
            Some(code) => format!(
                "write the code without quotes: `code = {}` or `code = {}`",
                code.as_u16(),
                code.name()
            ),
            None => format!("{NOT_A_CODE}; {}", crate::valid::documented_list()),
        };
        Ok(Err(syn::Error::new(lit.span(), msg)))
    } else {
        Err(lookahead.error())
    }
}

fn negative(tokens: impl quote::ToTokens) -> syn::Error {
    syn::Error::new_spanned(
        tokens,
        format!(
            "response codes are not negative; {}",
            crate::valid::documented_list()
        ),
    )
}

fn code_from_number(lit: &LitInt) -> Result<CodeAttr, syn::Error> {
    let span = lit.span();
    if lit.base10_digits().starts_with('-') {
        return Err(negative(lit));
    }
    if !lit.suffix().is_empty() {
        return Err(syn::Error::new(
            span,
            format!(
                "write the code without a suffix, such as `{}`",
                lit.base10_digits()
            ),
        ));
    }
    let number = lit
        .base10_parse::<u64>()
        .map_err(|_| syn::Error::new(span, format!("{lit} is out of range for a response code")))?;
    let Ok(number) = u16::try_from(number) else {
        return Err(syn::Error::new(
            span,
            format!(
                "{number} is out of range for a response code; {}",
                crate::valid::documented_list()
            ),
        ));
    };
    match Code::from_u16(number) {
        Some(code) => Ok(CodeAttr { code, span }),
        None => Err(syn::Error::new(
            span,
            crate::valid::undocumented_number(number),
        )),
    }
}

fn code_from_path(path: &syn::Path) -> Result<CodeAttr, syn::Error> {
    let span = path_span(path);
    let error = |msg: String| syn::Error::new_spanned(path, msg);
    let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    let plain_path = path.segments.iter().all(|s| s.arguments.is_none());
    // `NotFound`, `Code::NotFound` and `apicodes::Code::NotFound` all name a code.
    let name = match segments.as_slice() {
        [name] if path.leading_colon.is_none() => Some(name),
        [code, name] if code == "Code" && path.leading_colon.is_none() => Some(name),
        [krate, code, name] if krate == "apicodes" && code == "Code" => Some(name),
        _ => None,
    };
    match name.filter(|_| plain_path) {
        Some(name) => match Code::from_name(name) {
            Some(code) => Ok(CodeAttr { code, span }),
            None => Err(error(crate::valid::undocumented_name(name))),
        },
        None => Err(error(format!(
            "{NOT_A_CODE}; {}",
            crate::valid::documented_list()
        ))),
    }
}

/// The variant name's span: what a code error points at.
fn path_span(path: &syn::Path) -> Span {
    path.segments
        .last()
        .map_or_else(Span::call_site, |s| s.ident.span())
}

fn parse_member(input: ParseStream<'_>) -> syn::Result<Member> {
    let lookahead = input.lookahead1();
    if lookahead.peek(Ident) {
        input.parse().map(Member::Named)
    } else if lookahead.peek(LitInt) {
        let lit: LitInt = input.parse()?;
        let index = lit.base10_parse::<u32>().map_err(|_| {
            syn::Error::new(
                lit.span(),
                "expected a field name or a tuple index such as `0`",
            )
        })?;
        Ok(Member::Unnamed(syn::Index {
            index,
            span: lit.span(),
        }))
    } else {
        Err(lookahead.error())
    }
}

pub fn member_span(member: &Member) -> Span {
    match member {
        Member::Named(ident) => ident.span(),
        Member::Unnamed(index) => index.span,
    }
}

/// Appends one `///` line, as rustdoc would show it.
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
    push_doc_line(doc, &lit.value());
}

/// Appends the text of one `#[doc = "..."]`, as rustdoc would show it.
pub fn push_doc_line(doc: &mut String, line: &str) {
    let line = line.strip_prefix(' ').unwrap_or(line);
    if !doc.is_empty() {
        doc.push('\n');
    }
    doc.push_str(line.trim_end());
}
