//! Reads the attributes of an item, a variant or a field, in place as the
//! item is parsed: `#[api_error(...)]`, reporting every bad key and value,
//! and the doc comment. The one reader of the attribute.

use apicodes_core::__private::error_may_answer;
use proc_macro2::{Delimiter, Group, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::buffer::Cursor;
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Ident, Token, bracketed, parenthesized, token};

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
    /// Where values a macro gives are in it (`#[doc = include_str!(..)]`),
    /// the whole doc comment as pieces for `__private::doc_join`:
    /// `(false, "text"), (true, value), ...`.
    pub doc_macro: Option<TokenStream>,
    /// The keys that may have been written here but were not read.
    pub unread: Unread,
    /// Whether the item is `#[deprecated]`: its impls then name it without
    /// a warning, as the standard derives do.
    pub deprecated: bool,
    /// Whether the item (a field) is marked as its error's cause,
    /// `#[source]` or `#[from]` (thiserror's): see [`crate::ast::Field`].
    pub source: bool,
    /// thiserror's `#[error(transparent)]`, for the error about a variant
    /// without a code: this derive's `transparent` is its own key.
    pub error_transparent: bool,
    /// What the item's `#[allow(...)]` attributes (and `#[expect(...)]`
    /// ones) and its fields' list, item by item (`deprecated`,
    /// `reason = "..."`): the type's impls allow them too, since they
    /// repeat the field types the user allowed (a deprecated one) where
    /// the user's attribute does not reach. The user wrote them, so no
    /// `forbid` of theirs clashes.
    pub allows: Vec<TokenStream>,
}

impl Attrs {
    /// The names of the path to the `apicodes` crate: `crate = path`'s
    /// (`["codes"]` for `crate = ::codes`), or `["apicodes"]`. Paths the
    /// user writes that start so (`apicodes::RetryAfter`) are this crate's.
    pub fn crate_names(&self) -> Vec<String> {
        self.krate.as_ref().map_or_else(
            || vec!["apicodes".to_owned()],
            |krate| unraw::path_names(&krate.path),
        )
    }
}

/// Keys that were written, or may have been, but did not read (each
/// reported), so that what they would have said is not reported missing.
#[derive(Default)]
pub struct Unread {
    /// A code may have been written (its value was wrong, or a syntax
    /// error ended the attribute), so the missing code is not reported.
    pub code: bool,
    /// `codes = ...`: the table is unknown, so codes are not checked
    /// against another one.
    pub codes: bool,
    /// `crate = ...`: no path to the crate is known.
    pub krate: bool,
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

/// What the attributes belong to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Type,
    Variant,
    Field,
}

/// The keys of `#[api_error(...)]`, for messages and suggestions.
const KEY_NAMES: &[&str] = &[
    "code",
    "message",
    "transparent",
    "retry_after",
    "other_error",
    "codes",
    "crate",
];

/// `` expected `code`, `message`, ... or `crate` ``: the keys, for messages.
fn expected_keys() -> String {
    expected(KEY_NAMES)
}

/// `` expected `a`, `b` or `c` ``: `names`, for messages.
pub fn expected(names: &[&str]) -> String {
    let mut out = String::from("expected ");
    for (i, name) in names.iter().enumerate() {
        if i > 0 && i + 1 == names.len() {
            out.push_str(" or ");
        } else if i > 0 {
            out.push_str(", ");
        }
        out.push('`');
        out.push_str(name);
        out.push('`');
    }
    out
}

/// Keys other crates' attributes (or HTTP) name what a key of ours is:
/// each with the key it means, where that key is one of those expected.
const ALIASES: &[(&str, &str)] = &[
    ("status", "code"),
    ("status_code", "code"),
    ("http_status", "code"),
    ("http_code", "code"),
    ("msg", "message"),
    ("text", "message"),
];

/// `name`, the key just read, as a key to look up among ours: none (`""`)
/// where a dash follows it, since a key written with dashes
/// (`retry-after`) is none of ours (see [`unknown_key`]).
pub fn lookup_name<'n>(input: ParseStream<'_>, name: &'n str) -> &'n str {
    if input.peek(Token![-]) { "" } else { name }
}

/// The error for `key`, which is none of `names`, with the key's value
/// passed over so that the keys after it are still read: read on over any
/// dashes to the key as written (`retry-after`, as the header is spelled,
/// is one key, shown whole, not `retry` and a stray `-`; so are `code-5`
/// and `message-`), with the nearest of `names` suggested.
pub fn unknown_key(input: ParseStream<'_>, key: &Ident, names: &[&str]) -> syn::Result<syn::Error> {
    let mut written = unraw::unraw(key);
    let mut tokens = key.to_token_stream();
    while input.peek(Token![-]) {
        let dash = input.parse::<Token![-]>()?;
        written.push('-');
        dash.to_tokens(&mut tokens);
        if input.peek(Ident::peek_any) {
            let word = input.call(Ident::parse_any)?;
            written.push_str(&unraw::unraw(&word));
            word.to_tokens(&mut tokens);
        } else if input.peek(syn::Lit) {
            // Shown as written, in the message alone.
            let literal = input.parse::<Literal>()?;
            written.push_str(&literal.to_string());
            literal.to_tokens(&mut tokens);
        }
    }
    let words = written.replace('-', "_");
    let folded = crate::suggest::fold(&words);
    let hint = ALIASES
        .iter()
        .find(|(alias, name)| crate::suggest::fold(alias) == folded && names.contains(name))
        .map(|&(_, name)| name)
        .or_else(|| crate::suggest::nearest(&words, names))
        .filter(|&name| name != written)
        .map_or_else(String::new, |name| format!("did you mean `{name}`? "));
    skip_value(input)?;
    Ok(syn::Error::new_spanned(
        tokens,
        format!("unknown key `{written}`; {hint}{}", expected(names)),
    ))
}

/// Reads the outer attributes at the front of `input`: each `#[...]` is
/// read if it is `api_error` or `doc`, and passed over otherwise.
pub fn outer(cx: &Ctxt, input: ParseStream<'_>, place: Place) -> syn::Result<Attrs> {
    let mut out = Attrs::default();
    let mut doc = DocText::default();
    while input.peek(Token![#]) {
        let front = front(input)?;
        if front == Front::Deprecated {
            out.deprecated = true;
            continue;
        }
        if front == Front::Source {
            out.source = true;
            continue;
        }
        if front == Front::ErrorTransparent {
            out.error_transparent = true;
            continue;
        }
        if front == Front::Passed {
            continue;
        }
        if front == Front::Allow {
            input.parse::<Token![#]>()?;
            let content;
            bracketed!(content in input);
            content.call(Ident::parse_any)?;
            if content.peek(token::Paren) {
                let list;
                parenthesized!(list in content);
                out.allows.extend(lint_list(&list)?);
            }
            skip_rest(&content)?;
            continue;
        }
        let pound: Token![#] = input.parse()?;
        let content;
        let bracket = bracketed!(content in input);
        match front {
            Front::ApiError => {
                let name = content.call(Ident::parse_any)?;
                if place == Place::Field {
                    // Read as on a variant, its errors set aside: a code
                    // found there, or not ruled out where the reading
                    // stopped, is the field error's to say, not also a
                    // missing code's.
                    let aside = Ctxt::new();
                    let mut read = Attrs::default();
                    let stopped =
                        api_error(&aside, &content.fork(), &name, TokenStream::new, &mut read)
                            .is_err();
                    let _ = aside.finish();
                    out.unread.code |= read.unread.code
                        || read.code.is_some()
                        || read.other_error.is_some()
                        || read.transparent.is_some()
                        || (stopped && may_hold_code(&content));
                    cx.push(syn::Error::new_spanned(
                        whole(pound.span, bracket.span.join()),
                        "#[api_error] is not expected on a field; it belongs on the variant or type \
                         (name a field there with `retry_after = field` or `message = \"{field}\"`)",
                    ));
                } else if let Err(err) = api_error(
                    cx,
                    &content,
                    &name,
                    || whole(pound.span, bracket.span.join()),
                    &mut out,
                ) {
                    // What followed the error was not read.
                    out.unread.code = true;
                    cx.push(err);
                }
            }
            Front::Doc => {
                content.call(Ident::parse_any)?;
                if content.peek(Token![=]) {
                    content.parse::<Token![=]>()?;
                    if let Some(line) = content.step(|cursor| Ok(literal(*cursor)))? {
                        doc.push(&line);
                    } else if !content.is_empty() {
                        // A value a macro gives (`include_str!("...")`, or a
                        // `macro_rules!` fragment): the compiler reads it.
                        doc.push_macro(content.parse()?);
                    }
                }
            }
            Front::Passed
            | Front::Deprecated
            | Front::Source
            | Front::ErrorTransparent
            | Front::Allow
            | Front::Unread => {}
        }
        skip_rest(&content)?;
    }
    (out.doc, out.doc_macro) = doc.finish();
    Ok(out)
}

/// What the attribute at the front of `input` is to the derive.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Front {
    /// Another derive's (such as thiserror's `#[error(...)]`), or a path
    /// such as `#[serde::x]`: passed over already.
    Passed,
    /// `#[api_error ...]`, written raw or not.
    ApiError,
    /// `#[doc ...]`.
    Doc,
    /// `#[deprecated ...]`: noted, and passed over already.
    Deprecated,
    /// `#[source]` or `#[from]`, another derive's mark of a cause: noted,
    /// and passed over already.
    Source,
    /// `#[allow(...)]` or `#[expect(...)]`.
    Allow,
    /// thiserror's `#[error(transparent)]`: noted, and passed over already.
    ErrorTransparent,
    /// Not the shape of an outer attribute: left for the parser to report.
    Unread,
}

/// Looks at the attribute at the front through cursors alone, reading its
/// name's text once, and passes over one that is not the derive's without
/// opening its arguments.
fn front(input: ParseStream<'_>) -> syn::Result<Front> {
    input.step(|cursor| {
        let Some((content, after)) = cursor
            .punct()
            .filter(|(pound, _)| pound.as_char() == '#')
            .and_then(|(_, rest)| rest.group(Delimiter::Bracket))
            .map(|(content, _, after)| (content, after))
        else {
            return Ok((Front::Unread, *cursor));
        };
        let front = match content.ident() {
            Some((name, rest)) if !starts_path(rest) => match unraw::unraw(&name).as_str() {
                "api_error" => Front::ApiError,
                "doc" => Front::Doc,
                "deprecated" => Front::Deprecated,
                "source" | "from" => Front::Source,
                "allow" | "expect" => Front::Allow,
                "error" if is_transparent(rest) => Front::ErrorTransparent,
                _ => Front::Passed,
            },
            _ => Front::Passed,
        };
        Ok(match front {
            Front::Passed | Front::Deprecated | Front::Source | Front::ErrorTransparent => {
                (front, after)
            }
            _ => (front, *cursor),
        })
    })
}

/// Whether `cursor` is at `(transparent)` and its end.
fn is_transparent(cursor: Cursor<'_>) -> bool {
    cursor
        .group(Delimiter::Parenthesis)
        .filter(|(_, _, after)| after.eof())
        .and_then(|(inside, _, _)| inside.ident())
        .is_some_and(|(word, after)| after.eof() && word == "transparent")
}

/// Whether `cursor` is at `::`.
fn starts_path(cursor: Cursor<'_>) -> bool {
    cursor.punct().is_some_and(|(first, rest)| {
        first.as_char() == ':'
            && first.spacing() == Spacing::Joint
            && rest
                .punct()
                .is_some_and(|(second, _)| second.as_char() == ':')
    })
}

/// The text a doc attribute's string literal holds, if it is one.
fn literal(cursor: Cursor<'_>) -> (Option<String>, Cursor<'_>) {
    match cursor.literal() {
        Some((lit, rest)) => (string_value(&lit).map(|(value, _)| value), rest),
        None => (None, cursor),
    }
}

/// Tokens spanning from `#` to `]`, for an error about a whole attribute.
fn whole(pound: Span, bracket: Span) -> TokenStream {
    let mut first = Punct::new('#', Spacing::Alone);
    first.set_span(pound);
    let mut group = Group::new(Delimiter::Bracket, TokenStream::new());
    group.set_span(bracket);
    [TokenTree::Punct(first), TokenTree::Group(group)]
        .into_iter()
        .collect()
}

/// Whether the arguments of an `api_error(...)` whose reading stopped at a
/// mistake may still give a code: a code's key (or an alias of it) anywhere
/// among them, or where a key goes a value (`404`, `-404`, `NotFound`,
/// `crate::X`, `::apicodes::Code::Gone`).
fn may_hold_code(content: ParseStream<'_>) -> bool {
    let Some((TokenTree::Group(group), _)) = content.cursor().token_tree() else {
        return false;
    };
    let mut tokens = Vec::new();
    without_invisible_groups(group.stream(), &mut tokens);
    // A path's `::`: a `:` joined to a second `:` (not `message: "x"`, nor
    // `message:= "x"`).
    let path_at = |at: usize| {
        let colon =
            |at: usize| matches!(tokens.get(at), Some(TokenTree::Punct(p)) if p.as_char() == ':');
        colon(at)
            && colon(at + 1)
            && matches!(&tokens[at], TokenTree::Punct(p) if p.spacing() == Spacing::Joint)
    };
    // Where a key goes: first, after a comma, and after a literal value (a
    // comma left out: `message = "x" 404`).
    let mut at_key = true;
    // A literal that is a code where a key goes, as on a variant: a whole
    // number (`404`, `404u16`, `0x194`); text, a float, a byte string or a
    // char is none.
    let is_code = |lit: &Literal| matches!(syn::Lit::new(lit.clone()), syn::Lit::Int(_));
    for (at, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Punct(punct) if punct.as_char() == ',' => {
                at_key = true;
                continue;
            }
            TokenTree::Ident(ident) => {
                let name = unraw::unraw(ident);
                let key = matches!(name.as_str(), "code" | "other_error" | "transparent")
                    || ALIASES
                        .iter()
                        .any(|&(alias, key)| key == "code" && alias == name);
                let value = at_key && (name.starts_with(char::is_uppercase) || path_at(at + 1));
                if key || value {
                    return true;
                }
            }
            TokenTree::Literal(lit) if at_key && is_code(lit) => return true,
            TokenTree::Literal(_) => {
                at_key = true;
                continue;
            }
            TokenTree::Punct(punct) if at_key && punct.as_char() == '-' => return true,
            _ if at_key && path_at(at) => return true,
            _ => {}
        }
        at_key = false;
    }
    false
}

/// The tokens of `stream`, read through the groups without delimiters a
/// `macro_rules!` fragment (`$c:expr`) arrives in, as syn's cursor reads
/// through them.
fn without_invisible_groups(stream: TokenStream, out: &mut Vec<TokenTree>) {
    for token in stream {
        match token {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                without_invisible_groups(group.stream(), out);
            }
            token => out.push(token),
        }
    }
}

/// Passes over what is left of an attribute, without copying it.
fn skip_rest(content: ParseStream<'_>) -> syn::Result<()> {
    content.step(|cursor| {
        let mut rest = *cursor;
        while let Some((_, next)) = rest.token_tree() {
            rest = next;
        }
        Ok(((), rest))
    })
}

/// Reads `api_error(...)`, after its name. Errors in a key's value are
/// reported and reading goes on; an error in the attribute's shape ends it.
fn api_error(
    cx: &Ctxt,
    content: ParseStream<'_>,
    name: &Ident,
    whole: impl FnOnce() -> TokenStream,
    out: &mut Attrs,
) -> syn::Result<()> {
    if !content.peek(syn::token::Paren) {
        return Err(syn::Error::new(
            name.span(),
            "expected attribute arguments in parentheses: #[api_error(...)]",
        ));
    }
    let args;
    parenthesized!(args in content);
    if args.is_empty() {
        return Err(syn::Error::new_spanned(
            whole(),
            format!("empty #[api_error()]; {}", expected_keys()),
        ));
    }
    let mut failed = false;
    let start = args.fork();
    let result = keys(cx, &args, out, &mut failed);
    if result.is_err() && out.krate.is_none() {
        match crate_key(&start) {
            Some(CrateKey::Read(key)) => out.krate = Some(key),
            Some(CrateKey::Unread) => out.unread.krate = true,
            None => {}
        }
    }
    // What follows an error in the attribute's shape is not read.
    skip_rest(&args)?;
    result
}

/// A `crate` key found by [`crate_key`].
pub enum CrateKey {
    Read(PathAttr),
    /// `crate` without `= path`, or with a value that is no path.
    Unread,
}

/// The `crate = path` key among an attribute's arguments `args`, found by
/// passing over every other token: where a mistake stops the reading of
/// the arguments before it (a comma left out before it too), the errors
/// (and what stands in for the type's impls) are still written through
/// the crate path given further on. A `crate` after `=` or `::` is a
/// value's (`codes = crate::Shop`), not the key.
pub fn crate_key(args: ParseStream<'_>) -> Option<CrateKey> {
    let mut at_key = true;
    while !args.is_empty() {
        if at_key && args.peek(Token![crate]) {
            let key = args.parse::<Token![crate]>().ok()?;
            let path = args
                .parse::<Token![=]>()
                .and_then(|_| plain_path(args, "crate"));
            return Some(path.map_or(CrateKey::Unread, |path| {
                CrateKey::Read(PathAttr {
                    path,
                    span: key.span,
                })
            }));
        }
        let tree = args.parse::<TokenTree>().ok()?;
        at_key = !matches!(&tree, TokenTree::Punct(p) if matches!(p.as_char(), '=' | ':'));
    }
    None
}

/// A code written where a key goes (`#[api_error(404)]`,
/// `#[api_error(NotFound)]`, `#[api_error(Code::NotFound)]`): an error
/// showing the key. Keys are lower case, a code's name is not: a word
/// that is a key in another case (`Transparent`), a key written with
/// dashes (`Retry-After`) and a call (`Id::show(.0)`) are left to
/// [`unknown_key`], and a word one slip from a key (`Transparant`) is
/// offered both readings.
fn code_without_key(args: ParseStream<'_>) -> syn::Result<()> {
    let form = |code: &dyn ToTokens, shown: &str| {
        syn::Error::new_spanned(
            code.to_token_stream(),
            format!("a code is written as a key: #[api_error(code = {shown})]"),
        )
    };
    if args.peek(syn::LitInt) {
        let number = args.parse::<syn::LitInt>()?;
        return Err(form(&number, number.base10_digits()));
    }
    if args.peek2(Token![=]) || args.peek2(syn::token::Paren) || args.peek2(Token![-]) {
        return Ok(());
    }
    if call_at(args) {
        return Ok(());
    }
    let Ok(path) = args.fork().call(syn::Path::parse_mod_style) else {
        return Ok(());
    };
    let shown = path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect::<Vec<_>>()
        .join("::");
    let shown = if path.leading_colon.is_some() {
        format!("::{shown}")
    } else {
        shown
    };
    let Some(word) = path.get_ident().map(unraw::unraw) else {
        return Err(form(&path, &shown));
    };
    let folded = crate::suggest::fold(&word);
    let is_key = KEY_NAMES
        .iter()
        .chain(ALIASES.iter().map(|(alias, _)| alias))
        .any(|key| crate::suggest::fold(key) == folded);
    if is_key || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return Ok(());
    }
    // A code's name may also be a key mistyped (`Transparant`): both are said.
    let mut err = form(&path, &shown);
    if let Some(key) = KEY_NAMES
        .iter()
        .find(|key| crate::suggest::slip_of(&word, &[key]))
    {
        err = syn::Error::new_spanned(
            &path,
            format!(
                "{err}; or, if `{word}` is the key `{key}` mistyped, write `{}`",
                key_form(key)
            ),
        );
    }
    Err(err)
}

/// A string written where a key goes: a message, as thiserror's
/// `#[error("...")]` takes it bare, or a code in quotes (`"404"`): an error
/// showing the key.
fn text_without_key(args: ParseStream<'_>) -> syn::Result<()> {
    if !args.peek(syn::LitStr) {
        return Ok(());
    }
    let lit = args.parse::<syn::LitStr>()?;
    let value = lit.value();
    let number = value.trim();
    let advice = if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
        format!("a code is written as a key, without quotes: #[api_error(code = {number})]")
    } else {
        format!(
            "a message is written as a key: #[api_error(message = {})]",
            lit.token()
        )
    };
    Err(syn::Error::new(lit.span(), advice))
}

/// Whether a call starts `input` (`Id::show(.0)`, `format!(...)`): a
/// path and then `(` or `!`, which no key or code has.
fn call_at(input: ParseStream<'_>) -> bool {
    let after = input.fork();
    after.call(syn::Path::parse_mod_style).is_ok()
        && (after.peek(syn::token::Paren) || after.peek(Token![!]))
}

/// How `key` is written, its value shown: `code = 404`, `transparent`.
fn key_form(key: &str) -> &str {
    match key {
        "code" => "code = 404",
        "message" => "message = \"...\"",
        "retry_after" => "retry_after = field",
        "codes" => "codes = path::ToTable",
        "crate" => "crate = path",
        flag => flag,
    }
}

fn keys(cx: &Ctxt, args: ParseStream<'_>, out: &mut Attrs, failed: &mut bool) -> syn::Result<()> {
    loop {
        code_without_key(args)?;
        text_without_key(args)?;
        if !args.peek(Ident::peek_any) {
            return Err(args.error(format!("unknown key; {}", expected_keys())));
        }
        let key = args.call(Ident::parse_any)?;
        if args.peek(Token![::]) {
            return Err(syn::Error::new(
                key.span(),
                format!("unknown key; {}", expected_keys()),
            ));
        }
        let span = key.span();
        let name = unraw::unraw(&key);
        match lookup_name(args, &name) {
            "code" => match parse_code(value(args, &key, key_form("code"))?)? {
                Ok(code) => set(cx, failed, &mut out.code, "code", span, code),
                Err(err) => {
                    out.unread.code = true;
                    report(cx, failed, err);
                }
            },
            "message" => {
                let template = parse_message(value(args, &key, key_form("message"))?)?;
                if let Some(err) = format_arguments(args)? {
                    // The message is left unread: what it names is
                    // written after it, which says nothing of its fields.
                    report(cx, failed, err);
                } else {
                    match template {
                        Ok(template) => {
                            set(cx, failed, &mut out.message, "message", span, template);
                        }
                        Err(err) => report(cx, failed, err),
                    }
                }
            }
            "transparent" | "other_error" => {
                if args.peek(Token![=]) || args.peek(syn::token::Paren) {
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
                set(cx, failed, slot, &name, span, span);
            }
            "retry_after" => {
                let (field, field_span) = parse_field(value(args, &key, key_form("retry_after"))?)?;
                let retry_after = RetryAfterAttr {
                    field,
                    span: field_span,
                };
                set(
                    cx,
                    failed,
                    &mut out.retry_after,
                    "retry_after",
                    span,
                    retry_after,
                );
            }
            "codes" | "crate" => {
                match plain_path(value(args, &key, key_form(&name))?, &name) {
                    Ok(path) => {
                        let slot = if name == "codes" {
                            &mut out.codes
                        } else {
                            &mut out.krate
                        };
                        set(cx, failed, slot, &name, span, PathAttr { path, span });
                    }
                    Err(err) => {
                        // Reading goes on at the next key: a wrong path
                        // hides nothing else.
                        out.unread.codes |= name == "codes";
                        out.unread.krate |= name == "crate";
                        report(cx, failed, err);
                        skip_to_comma(args)?;
                    }
                }
            }
            _ => {
                // A misspelled key may have been the code.
                out.unread.code = true;
                report(cx, failed, unknown_key(args, &key, KEY_NAMES)?);
            }
        }
        if args.is_empty() {
            return Ok(());
        }
        args.parse::<Token![,]>()?;
        if args.is_empty() {
            return Ok(());
        }
    }
}

/// The format arguments a thiserror user writes after a message
/// (`message = "bad id {}", .0` or `, id = .0`; as `#[error("...", ...)]`
/// takes them), read and reported as one error: each is an item that
/// starts with a field (`.0`, `self.id`) or is a call (`Id::show(.0)`,
/// `format!(...)`), alone or after `name =`; no key's value is either.
/// `None`, reading nothing, where the next item is none.
fn format_arguments(args: ParseStream<'_>) -> syn::Result<Option<syn::Error>> {
    let is_argument = |item: ParseStream<'_>| {
        let value =
            if item.peek(Ident::peek_any) && item.peek2(Token![=]) && !item.peek2(Token![==]) {
                let fork = item.fork();
                // `retry_after` names a field: `retry_after = .0` is its
                // value mistyped, which its own error says.
                if fork
                    .call(Ident::parse_any)
                    .is_ok_and(|name| unraw::unraw(&name) == "retry_after")
                {
                    return false;
                }
                let _ = fork.parse::<Token![=]>();
                fork
            } else {
                item.fork()
            };
        value.peek(Token![.])
            || (value.peek(Token![self]) && value.peek2(Token![.]))
            || call_at(&value)
    };
    let mut written = TokenStream::new();
    while args.peek(Token![,]) && {
        let item = args.fork();
        item.parse::<Token![,]>()?;
        is_argument(&item)
    } {
        args.parse::<Token![,]>()?;
        while !args.is_empty() && !args.peek(Token![,]) {
            written.extend([args.parse::<TokenTree>()?]);
        }
    }
    if written.is_empty() {
        return Ok(None);
    }
    Ok(Some(syn::Error::new_spanned(
        written,
        "a message takes no format arguments: name the field in the message itself, such as \
         \"bad id {0}\" or \"bad id {id}\" (thiserror's `#[error(\"{}\", .0)]` is \
         #[api_error(message = \"{0}\")] here)",
    )))
}

/// The items of a lint attribute's list, split at its commas.
fn lint_list(list: ParseStream<'_>) -> syn::Result<Vec<TokenStream>> {
    let mut items = Vec::new();
    let mut item = TokenStream::new();
    while !list.is_empty() {
        let tree: TokenTree = list.parse()?;
        if matches!(&tree, TokenTree::Punct(p) if p.as_char() == ',') {
            items.push(core::mem::take(&mut item));
        } else {
            item.extend([tree]);
        }
    }
    if !item.is_empty() {
        items.push(item);
    }
    Ok(items)
}

/// One `#[allow(...)]` for the impls of a type: each lint the user's
/// attributes name, once (clippy's `duplicated_attributes` would see two),
/// and the first `reason` given.
pub fn merged_allow(items: &[TokenStream]) -> TokenStream {
    let mut seen: Vec<String> = Vec::new();
    let mut lints = Vec::new();
    let mut reason = None;
    for item in items {
        let mut key = String::new();
        for tree in item.clone() {
            match tree {
                TokenTree::Ident(ident) => key.push_str(&unraw::unraw(&ident)),
                TokenTree::Punct(punct) => key.push(punct.as_char()),
                _ => key.push('_'),
            }
        }
        if key.starts_with("reason=") {
            reason.get_or_insert(item);
        } else if !key.is_empty() && !seen.contains(&key) {
            seen.push(key);
            lints.push(item);
        }
    }
    if lints.is_empty() {
        return TokenStream::new();
    }
    let reason = reason.map(|reason| quote::quote!(, #reason));
    quote::quote!(#[allow(#(#lints),* #reason)])
}

/// A path to a table or a crate: a path without generic arguments, which
/// could name neither (syn's `Path` takes them, and the derive writes the
/// path before `!` or `::`). Also taken in quotes (`crate = "my_api"`), as
/// serde's `crate` attribute is written: its tokens take the string's span.
pub fn plain_path(input: ParseStream<'_>, key: &str) -> syn::Result<syn::Path> {
    let example = if key == "crate" {
        "the path to the `apicodes` crate, such as `crate = my_api::apicodes`"
    } else {
        "the path to the table, such as `codes = crate::ShopCode`"
    };
    let message = format!("`{key}` takes a path without generic arguments: {example}");
    if input.peek(syn::LitStr) {
        let quoted = input.parse::<syn::LitStr>()?;
        let generic = std::cell::Cell::new(false);
        return quoted
            .parse_with(|input: ParseStream<'_>| {
                let path = use_path(input, "", &|tokens| {
                    generic.set(true);
                    syn::Error::new_spanned(tokens, "")
                })?;
                if input.is_empty() {
                    Ok(path)
                } else {
                    Err(input.error("not a path"))
                }
            })
            .map_err(|_| {
                let message = if generic.get() {
                    message
                } else {
                    format!("`{key}` takes a path, here in quotes: {example}")
                };
                syn::Error::new(quoted.span(), message)
            });
    }
    let not_a_path = format!("`{key}` takes a path: {example}");
    use_path(input, &not_a_path, &|tokens| {
        syn::Error::new_spanned(tokens, &message)
    })
}

/// A path as a `use` writes it (`::a::b`, `crate::x`, `super::T`). Its
/// segments may be words only some editions reserve (`async`, `gen`), which
/// name items in the user's edition, though syn's `Path` takes them for
/// keywords. Generic arguments are `generic`'s error, at them; where no
/// path starts, the error says `not_a_path`.
fn use_path(
    input: ParseStream<'_>,
    not_a_path: &str,
    generic: &dyn Fn(TokenStream) -> syn::Error,
) -> syn::Result<syn::Path> {
    let leading_colon = input.parse::<Option<Token![::]>>()?;
    let mut segments = syn::punctuated::Punctuated::new();
    loop {
        if !input.peek(Ident::peek_any) {
            return Err(input.error(not_a_path));
        }
        let ident = input.call(Ident::parse_any)?;
        let word = ident.to_string();
        let first = segments.is_empty() && leading_colon.is_none();
        let starts = first && matches!(word.as_str(), "crate" | "self" | "Self");
        if unraw::is_strict_keyword(&ident) && !starts && word != "super" {
            return Err(syn::Error::new(
                ident.span(),
                format!("expected an identifier, found keyword `{word}`"),
            ));
        }
        // A word only later editions reserve names an item in the user's
        // edition; written raw, it does so in every edition.
        let ident = unraw::for_any_edition(&ident);
        segments.push_value(syn::PathSegment::from(ident));
        let turbofish = input.peek(Token![::]) && input.peek3(Token![<]);
        if input.peek(Token![<]) || turbofish {
            // The arguments, to show them: `<u8>`, or `::<u8>`.
            let mut shown = TokenStream::new();
            if turbofish {
                input.parse::<Token![::]>()?.to_tokens(&mut shown);
            }
            let start = input.cursor();
            match input.parse::<syn::AngleBracketedGenericArguments>() {
                Ok(arguments) => arguments.to_tokens(&mut shown),
                // Unclosed: the `<` alone.
                Err(_) => shown.extend(start.token_tree().map(|(tree, _)| tree)),
            }
            return Err(generic(shown));
        }
        if !input.peek(Token![::]) {
            break;
        }
        segments.push_punct(input.parse::<Token![::]>()?);
    }
    Ok(syn::Path {
        leading_colon,
        segments,
    })
}

/// The type-level key the integration derives use (`crate`), from
/// attributes read whole; `#[derive(ApiError)]` reports their errors.
pub fn krate(attrs: &Attrs) -> Option<&syn::Path> {
    attrs.krate.as_ref().map(|krate| &krate.path)
}

pub fn report(cx: &Ctxt, failed: &mut bool, err: syn::Error) {
    *failed = true;
    cx.push(err);
}

/// The value after `key =`, or an error showing the expected form.
fn value<'a>(args: ParseStream<'a>, key: &Ident, form: &str) -> syn::Result<ParseStream<'a>> {
    if args.peek(Token![=]) {
        args.parse::<Token![=]>()?;
        Ok(args)
    } else {
        Err(syn::Error::new(
            key.span(),
            format!("expected a value: #[api_error({form})]"),
        ))
    }
}

/// Passes over a key's value so the keys after it are still read.
fn skip_value(input: ParseStream<'_>) -> syn::Result<()> {
    if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        skip_to_comma(input)?;
    } else if input.peek(syn::token::Paren) {
        input.parse::<proc_macro2::TokenTree>()?;
    }
    Ok(())
}

/// Passes over what is left of a value, up to the next key's comma.
pub fn skip_to_comma(input: ParseStream<'_>) -> syn::Result<()> {
    while !input.is_empty() && !input.peek(Token![,]) {
        input.parse::<proc_macro2::TokenTree>()?;
    }
    Ok(())
}

/// Reads a literal, or reports `form` at what stands there instead: for a
/// `macro_rules!` fragment (`message = $message`, with `$message:expr`),
/// at the tokens it holds (see [`opened`]).
pub fn expect_literal(input: ParseStream<'_>, form: &str) -> syn::Result<Literal> {
    input.step(|cursor| {
        cursor.literal().ok_or_else(|| match cursor.token_tree() {
            Some((TokenTree::Group(group), _))
                if group.delimiter() == Delimiter::None && !group.stream().is_empty() =>
            {
                syn::Error::new_spanned(opened(group.stream()), form)
            }
            _ => cursor.error(form),
        })
    })
}

/// `tokens` with each `macro_rules!` fragment's invisible group opened: a
/// fragment comes as a group carrying the `$name` of the macro's
/// definition as its span, while its tokens carry the spans where the
/// macro's user wrote them, which is where an error about them belongs.
fn opened(tokens: TokenStream) -> TokenStream {
    tokens
        .into_iter()
        .flat_map(|tree| match tree {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                opened(group.stream())
            }
            tree => TokenStream::from(tree),
        })
        .collect()
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

/// Parses a message's value, a string literal without a suffix. The outer
/// `Result` is a syntax error that ends the attribute; the inner one a
/// value that is wrong, reported while reading goes on.
fn parse_message(input: ParseStream<'_>) -> syn::Result<Result<Template, syn::Error>> {
    let form = "expected the message as a string literal: message = \"...\"";
    let lit = expect_literal(input, form)?;
    let Some((value, suffix)) = string_value(&lit) else {
        return Err(syn::Error::new(lit.span(), form));
    };
    if !suffix.is_empty() {
        return Ok(Err(syn::Error::new(
            lit.span(),
            format!(
                "write the message without a suffix: `\"{}\"`, not `{lit}`",
                value.escape_default()
            ),
        )));
    }
    Ok(Template::parse(value, lit.span()))
}

/// Parses a code's value (see `parse_message` for the two `Result`s): a
/// number or a name, and not an expression that starts with one.
fn parse_code(input: ParseStream<'_>) -> syn::Result<Result<CodeAttr, syn::Error>> {
    let start = input.cursor();
    let code = code_value(input)?;
    // After the value, a comma, or a key where a comma was left out (for
    // syn's "expected `,`" there).
    let key_follows = input.peek(Ident::peek_any)
        && (input.peek2(Token![=])
            || input
                .fork()
                .call(Ident::parse_any)
                .is_ok_and(|key| KEY_NAMES.contains(&unraw::unraw(&key).as_str())));
    if input.is_empty() || input.peek(Token![,]) || key_follows {
        return Ok(code);
    }
    if input.peek(Token![;]) {
        return Err(input.error("expected `,` between keys, found `;`"));
    }
    skip_to_comma(input)?;
    // The value as written, up to where reading stopped.
    let mut written = TokenStream::new();
    let mut cursor = start;
    while cursor != input.cursor() {
        let Some((tree, next)) = cursor.token_tree() else {
            break;
        };
        written.extend([tree]);
        cursor = next;
    }
    Ok(Err(syn::Error::new_spanned(
        opened(written),
        NOT_AN_EXPRESSION,
    )))
}

const NOT_AN_EXPRESSION: &str =
    "a code is a number such as `404` or a name such as `NotFound`, not an expression";

/// A code as `code = ...` reads it, from `tokens`: an inline table's
/// variants are read so too.
#[cfg(feature = "table")]
pub fn code_of(tokens: TokenStream) -> syn::Result<CodeAttr> {
    syn::parse::Parser::parse2(
        |input: ParseStream<'_>| {
            let code = parse_code(input)?;
            if !input.is_empty() {
                return Err(input.error("expected a code such as `404`"));
            }
            code
        },
        tokens,
    )
}

fn code_value(input: ParseStream<'_>) -> syn::Result<Result<CodeAttr, syn::Error>> {
    if input.peek(Token![-]) {
        let minus: Token![-] = input.parse()?;
        // What follows, if anything (`code = -` alone is said so too).
        let number: Option<proc_macro2::TokenTree> = if input.is_empty() || input.peek(Token![,]) {
            None
        } else {
            Some(input.parse()?)
        };
        // `-409`: the number without its sign, where an error may answer
        // with it (not a success code, which would be the next mistake).
        let unsigned = match &number {
            Some(proc_macro2::TokenTree::Literal(lit)) => match code_from_literal(lit) {
                Ok(CodeAttr {
                    value: CodeValue::Number(code),
                    ..
                }) if (100..=599).contains(&code) && error_may_answer(code) => Some(code),
                _ => None,
            },
            _ => None,
        };
        let fix = match unsigned {
            Some(code) => format!("write `{code}`"),
            None => "write a three-digit code such as `404`".to_owned(),
        };
        return Ok(Err(syn::Error::new_spanned(
            quote::quote!(#minus #number),
            format!("response codes are not negative; {fix}"),
        )));
    }
    if let Some(lit) = input.step(|cursor| Ok(optional_literal(*cursor)))? {
        return Ok(code_from_literal(&lit));
    }
    if input.peek(Ident::peek_any) || input.peek(Token![::]) {
        let path = input.call(any_path)?;
        let span = path
            .segments
            .last()
            .map_or_else(Span::call_site, |s| s.ident.span());
        let mut names = path.segments.iter().rev().map(|s| unraw::unraw(&s.ident));
        let (name, prefix) = (names.next(), names.next());
        let value = match name {
            Some(name) => CodeValue::Name { name, prefix, path },
            None => CodeValue::Invalid,
        };
        return Ok(Ok(CodeAttr { value, span }));
    }
    // Read last: a number or a name is the common case.
    if input.peek(syn::token::Paren)
        || input.peek(syn::token::Brace)
        || input.peek(syn::token::Bracket)
    {
        let group: proc_macro2::TokenTree = input.parse()?;
        return Ok(Err(syn::Error::new_spanned(group, NOT_AN_EXPRESSION)));
    }
    Err(input.error(
        "expected a documented code number such as `404` or a variant name such as `NotFound`",
    ))
}

/// A path of identifiers, any of them a keyword in some edition (a table's
/// variant may be named `async` in an edition-2015 crate).
fn any_path(input: ParseStream<'_>) -> syn::Result<syn::Path> {
    let mut path = syn::Path {
        leading_colon: input.parse()?,
        segments: syn::punctuated::Punctuated::new(),
    };
    loop {
        path.segments
            .push_value(input.call(Ident::parse_any)?.into());
        if !input.peek(Token![::]) {
            return Ok(path);
        }
        path.segments.push_punct(input.parse()?);
    }
}

fn optional_literal(cursor: Cursor<'_>) -> (Option<Literal>, Cursor<'_>) {
    match cursor.literal() {
        Some((lit, rest)) => (Some(lit), rest),
        None => (None, cursor),
    }
}

/// A code written as a literal: a decimal number without a suffix, or
/// anything else, reported.
fn code_from_literal(lit: &Literal) -> Result<CodeAttr, syn::Error> {
    let span = lit.span();
    let text = lit.to_string();
    let digits = text
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'_')
        .count();
    let value = if digits == 0 {
        match string_value(lit) {
            Some((value, _)) => CodeValue::Quoted(value),
            None => CodeValue::Invalid,
        }
    } else {
        let (number, rest) = text.split_at(digits);
        let is_suffix = rest.starts_with(|c: char| c.is_ascii_alphabetic())
            && !rest.starts_with(['e', 'E', 'x', 'o', 'b'])
            || rest.starts_with(['u', 'i', 'f']);
        if is_suffix {
            return Err(syn::Error::new(
                span,
                format!(
                    "write the code without a suffix, such as `{}`",
                    number.trim_end_matches('_')
                ),
            ));
        }
        if rest.is_empty() {
            let number: String = number.chars().filter(|&c| c != '_').collect();
            match number.parse::<u16>() {
                Ok(number) => CodeValue::Number(number),
                Err(_) => {
                    return Err(syn::Error::new(
                        span,
                        format!(
                            "{number} is out of range for a response code; write a three-digit code such as `404`"
                        ),
                    ));
                }
            }
        } else {
            return Err(syn::Error::new(span, not_decimal(number, rest)));
        }
    };
    Ok(CodeAttr { value, span })
}

/// Why a number literal that is not a plain decimal (`0x194`, `4.04`,
/// `4e2`) is no code, given its leading digits and the rest.
fn not_decimal(digits: &str, rest: &str) -> String {
    let radix = match rest.as_bytes().first() {
        Some(b'x') if digits == "0" => Some(16),
        Some(b'o') if digits == "0" => Some(8),
        Some(b'b') if digits == "0" => Some(2),
        _ => None,
    };
    let Some(radix) = radix else {
        return "a code is a whole number, such as `404`".to_owned();
    };
    let value: String = rest[1..]
        .chars()
        .filter(|&c| c != '_')
        .take_while(|c| c.is_digit(radix))
        .collect();
    match u16::from_str_radix(&value, radix) {
        Ok(code) => format!("write the code in decimal: `{code}`"),
        Err(_) => "write the code in decimal, such as `404`".to_owned(),
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
            // `self`, `Self`, `super`, `crate` and `_` cannot be raw, so no
            // field has those names.
            let message = if matches!(name.as_str(), "self" | "Self" | "super" | "crate" | "_") {
                format!("expected a field name; `{name}` cannot name a field")
            } else {
                format!("expected a field name; a field named `{name}` is written `r#{name}`")
            };
            return Err(syn::Error::new(ident.span(), message));
        }
        return Ok((FieldRef::Named(name), ident.span()));
    }
    let form = "expected a field name or a tuple index such as `0`";
    let lit = expect_literal(input, form)?;
    if let Some((value, _)) = string_value(&lit) {
        return Err(syn::Error::new(
            lit.span(),
            format!("{form}, not a string: write the field's name without quotes (`{value}`)"),
        ));
    }
    let text = lit.to_string();
    match text.parse::<usize>() {
        Ok(index) => Ok((FieldRef::Index(index), lit.span())),
        Err(_) => Err(syn::Error::new(lit.span(), form)),
    }
}

/// An item's doc attributes, gathered one by one ([`DocText::push`]) and
/// read as a whole ([`DocText::finish`]) to the text rustdoc shows.
///
/// rustdoc reads a doc comment (`///`, `/** */`) and a `#[doc = "..."]`
/// differently, but rustc hands a comment to a derive as that very
/// attribute, its text a plain string literal; the derive tells them
/// apart as well as it can: a text spanning lines is taken for a block
/// comment (rustdoc tidies a `#[doc]` string as a run of `///` lines,
/// keeping its stars), one starting with a space or a tab for a `///`
/// line, any other for an attribute. So `///x` is taken for
/// `#[doc = "x"]`, which rustdoc shows the same but for one space of
/// indentation, and `#[doc = "   two"]` after `/// one` for a comment,
/// which shows `two` indented by two spaces, not three.
/// (`Span::source_text` would tell them apart, but its documentation
/// reserves it for diagnostics: a macro's output must rest on the tokens
/// alone.)
#[derive(Default)]
pub struct DocText {
    /// Each attribute's text (a block comment's already tidied) and
    /// whether it was taken for a `#[doc = "..."]`.
    parts: Vec<(String, bool)>,
    /// Each value a macro gives (`#[doc = include_str!("...")]`), which
    /// only the compiler can read, with the number of texts before it.
    macros: Vec<(usize, TokenStream)>,
}

impl DocText {
    /// Adds one `#[doc = "..."]`'s text.
    pub fn push(&mut self, text: &str) {
        if text.contains('\n') {
            self.parts.push((tidy_block(text), false));
        } else {
            self.parts
                .push((text.to_owned(), !text.starts_with([' ', '\t'])));
        }
    }

    /// Adds one `#[doc = ...]` whose value a macro gives.
    pub fn push_macro(&mut self, value: TokenStream) {
        self.macros.push((self.parts.len(), value));
    }

    /// The text rustdoc shows: the lines that hold text lose the spaces
    /// and tabs they all start with (a comment's one more than an
    /// attribute's, where both are written); then every line its trailing
    /// whitespace, and the text its blank lines at either end. Values a
    /// macro gives are left out of it; where there are any, the second is
    /// the whole text as pieces for `__private::doc_join`: the texts tidied
    /// so, each value where it stood, on lines of its own.
    pub fn finish(self) -> (String, Option<TokenStream>) {
        let shown = |line: &&str| line.chars().any(|c| !c.is_whitespace());
        let attribute = self.parts.iter().any(|(_, attribute)| *attribute);
        let comment = self.parts.iter().any(|(_, attribute)| !*attribute);
        let extra = usize::from(attribute && comment);
        let indent = self
            .parts
            .iter()
            .flat_map(|(text, attribute)| {
                text.lines().filter(shown).map(move |line| {
                    let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
                    indent + if *attribute { extra } else { 0 }
                })
            })
            .min()
            .unwrap_or(0);
        let mut macros = self.macros.into_iter().peekable();
        // The pieces for `doc_join`, where values a macro gives were written.
        let mut pieces = macros.peek().is_some().then(DocPieces::default);
        let mut out = String::new();
        for (i, (text, attribute)) in self.parts.iter().enumerate() {
            while let Some((_, value)) = macros.next_if(|(at, _)| *at == i) {
                if let Some(pieces) = &mut pieces {
                    pieces.value(&value);
                }
            }
            let strip = if *attribute {
                indent.saturating_sub(extra)
            } else {
                indent
            };
            for line in text.lines().chain(text.is_empty().then_some("")) {
                let line = if shown(&line) { &line[strip..] } else { "" };
                if !out.is_empty() || !line.is_empty() {
                    out.push_str(line.trim_end());
                    out.push('\n');
                }
                if let Some(pieces) = &mut pieces {
                    pieces.line(line.trim_end());
                }
            }
        }
        out.truncate(out.trim_end().len());
        let pieces = pieces.map(|mut pieces| {
            for (_, value) in macros {
                pieces.value(&value);
            }
            pieces.finish()
        });
        (out, pieces)
    }
}

/// The pieces of a doc comment with values a macro gives, for
/// `__private::doc_join`: its lines (`(false, "text")`), and each value
/// (`(true, value)`) on lines of its own.
#[derive(Default)]
struct DocPieces {
    pieces: TokenStream,
    /// The lines since the last value.
    text: String,
    /// Whether anything has been written: blank lines before it go.
    started: bool,
    /// Whether the last thing written is a value, which the next line
    /// follows on a line of its own.
    after_value: bool,
}

impl DocPieces {
    fn line(&mut self, line: &str) {
        if !self.started && line.is_empty() {
            return;
        }
        if self.after_value && self.text.is_empty() {
            self.text.push('\n');
        }
        self.started = true;
        self.text.push_str(line);
        self.text.push('\n');
    }

    fn value(&mut self, value: &TokenStream) {
        if self.after_value && self.text.is_empty() {
            self.text.push('\n');
        }
        self.flush();
        let is_value = Ident::new("true", Span::call_site());
        self.pieces.extend(quote::quote!((#is_value, #value),));
        self.started = true;
        self.after_value = true;
    }

    fn flush(&mut self) {
        if !self.text.is_empty() {
            let text = Literal::string(&core::mem::take(&mut self.text));
            let is_value = Ident::new("false", Span::call_site());
            self.pieces.extend(quote::quote!((#is_value, #text),));
        }
    }

    fn finish(mut self) -> TokenStream {
        self.text.truncate(self.text.trim_end().len());
        self.flush();
        self.pieces
    }
}

/// A block comment's text, tidied by the rules rustdoc applies to one:
/// - an opening line of nothing but stars (or of nothing) goes, and a
///   closing line of one or more stars;
/// - if the lines that follow the opening one (the opening one too if it
///   starts with a star), leaving out blank lines at either end, all have
///   their first character other than a space or tab in one column, and
///   it is a `*` (a line of nothing but spaces and tabs, one longer than
///   that column, passes too: rustc looks no further than the column), then
///   every line loses the text before that column where it is the same as
///   on the first of them, and the star where a space, another star or the
///   line's end comes after it.
fn tidy_block(text: &str) -> String {
    let stars = |line: &str| line.bytes().all(|b| b == b'*');
    let mut lines: Vec<&str> = text.lines().collect();
    if lines.first().is_some_and(|line| stars(line)) {
        lines.remove(0);
    }
    if lines
        .last()
        .is_some_and(|line| !line.is_empty() && stars(line))
    {
        lines.pop();
    }
    let opening = usize::from(
        lines
            .first()
            .is_some_and(|line| !line.trim_start().starts_with('*')),
    );
    let decide = lines.get(opening..).unwrap_or_default();
    let blank = |line: &&&str| line.trim().is_empty();
    let from = decide.iter().take_while(blank).count();
    let to = decide.len() - decide.iter().rev().take_while(blank).count();
    let decide = decide.get(from..to).unwrap_or_default();
    // The column of each line's first character other than a space or a
    // tab, if that character is a star.
    let star = |line: &str| {
        let at = line.len() - line.trim_start_matches([' ', '\t']).len();
        line[at..].starts_with('*').then_some(at)
    };
    let fits = |line: &str, column: usize| {
        star(line) == Some(column)
            || (line.len() == column + 1 && line.bytes().all(|b| b == b' ' || b == b'\t'))
    };
    let prefix = decide.first().and_then(|first| {
        let column = star(first)?;
        decide
            .iter()
            .all(|line| fits(line, column))
            .then(|| &first[..column])
    });
    let mut doc = String::with_capacity(text.len());
    for (i, line) in lines.into_iter().enumerate() {
        if i > 0 {
            doc.push('\n');
        }
        let line = match prefix.and_then(|prefix| line.strip_prefix(prefix)) {
            Some(rest) if rest == "*" || rest.starts_with("* ") || rest.starts_with("**") => {
                &rest[1..]
            }
            Some(rest) => rest,
            None => line,
        };
        doc.push_str(line);
    }
    doc
}

/// The value of a string literal (`"..."` with escapes, or raw `r#"..."#`)
/// and its suffix, read from the literal token's own text as rustc lexed
/// it; `None` for any other literal (a byte string, a number, a char).
pub fn string_value(lit: &Literal) -> Option<(String, String)> {
    let text = lit.to_string();
    if let Some(raw) = text.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body = raw[hashes..].strip_prefix('"')?;
        let close = format!("\"{}", &raw[..hashes]);
        let end = body.find(&close)?;
        let suffix = &body[end + close.len()..];
        return Some((body[..end].replace("\r\n", "\n"), suffix.to_owned()));
    }
    let mut rest = text.strip_prefix('"')?;
    let mut value = String::with_capacity(rest.len());
    loop {
        // The text up to the next quote, backslash or carriage return is
        // the value's as it stands: copied at once, not char by char.
        let at = rest
            .bytes()
            .position(|b| matches!(b, b'"' | b'\\' | b'\r'))?;
        value.push_str(&rest[..at]);
        let special = rest.as_bytes()[at];
        rest = &rest[at + 1..];
        match special {
            b'"' => return Some((value, rest.to_owned())),
            // A literal's line ending is `\n`, however the file wrote it.
            b'\r' => {}
            _ => {
                let mut chars = rest.chars();
                let escaped = chars.next()?;
                rest = chars.as_str();
                match escaped {
                    'n' => value.push('\n'),
                    'r' => value.push('\r'),
                    't' => value.push('\t'),
                    '0' => value.push('\0'),
                    '\\' => value.push('\\'),
                    '\'' => value.push('\''),
                    '"' => value.push('"'),
                    'x' => {
                        let hex = rest.get(..2)?;
                        value.push(char::from(u8::from_str_radix(hex, 16).ok()?));
                        rest = &rest[2..];
                    }
                    'u' => {
                        let (hex, after) = rest.strip_prefix('{')?.split_once('}')?;
                        let hex: String = hex.chars().filter(|&c| c != '_').collect();
                        value.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                        rest = after;
                    }
                    // A line continuation: the line ending and the ASCII
                    // whitespace after it are not part of the string (as
                    // rustc reads it: a no-break space, say, is kept).
                    '\n' | '\r' => rest = rest.trim_start_matches([' ', '\t', '\n', '\r']),
                    _ => return None,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::Literal;

    use super::{DocText, string_value};

    /// What `DocText` makes of the doc attributes'
    /// texts, as rustc hands them over.
    fn shown(texts: &[&str]) -> String {
        let mut doc = DocText::default();
        for text in texts {
            doc.push(text);
        }
        doc.finish().0
    }

    /// Odd block doc comments: each read without a panic, to the text
    /// rustdoc shows (only spaces and tabs are indentation to it). Each
    /// expected text is the `docs` of rustdoc's JSON output (nightly,
    /// `--output-format json`) for an item with that comment.
    #[test]
    fn block_docs_of_any_shape() {
        let cases = [
            ("\n\t* tab\n\t* stars\n\t", "tab\nstars"),
            ("\r\n * crlf\r\n * lines\r\n ", "crlf\nlines"),
            (
                "\n\u{a0}\u{a0}nbsp\n\u{a0}\u{a0}\u{a0}deeper\n",
                "\u{a0}\u{a0}nbsp\n\u{a0}\u{a0}\u{a0}deeper",
            ),
            ("\n\u{3000}ideographic\n", "\u{3000}ideographic"),
            ("**\n*\n**", ""),
            ("\n\n\n", ""),
            ("*\n", ""),
            ("\n *x\n *y\n", "*x\n*y"),
            ("\n * a\n   * b\n", "* a\n  * b"),
            // Text on the opening line counts for the indentation, and
            // does not for the column of stars.
            (" text\n * more\n ", "text\n more"),
            (" text\n       code\n", "text\n      code"),
            // Past an empty opening line, the first line decides the column
            // of stars only if it has one.
            ("\n text\n * more\n", "text\n more"),
            // A blank line between stars keeps them (a Markdown list).
            ("\n * one\n\n * two\n", "* one\n\n* two"),
            // So does one of spaces and tabs as long as the column, or two
            // longer; one just one longer does not (rustc looks no further).
            ("\n * one\n \n * two\n", "* one\n\n* two"),
            ("\n * one\n  \n * two\n", "one\n\ntwo"),
            ("\n * one\n \t\n * two\n", "one\n\ntwo"),
            ("\n * one\n   \n * two\n", "* one\n\n* two"),
        ];
        for (text, expected) in cases {
            assert_eq!(shown(&[text]), expected, "{text:?}");
        }
    }

    /// The indentation taken away is the least of all the attributes'
    /// lines, as rustdoc takes it.
    #[test]
    fn indentation_is_shared_by_all_doc_lines() {
        assert_eq!(shown(&[" one", "   two"]), "one\n  two");
        assert_eq!(shown(&["  one", "  two"]), "one\ntwo");
        assert_eq!(
            shown(&[" Summary.", "", "     let x = 1;"]),
            "Summary.\n\n    let x = 1;"
        );
        assert_eq!(
            shown(&[" Summary.", "\n * more\n * lines\n "]),
            "Summary.\nmore\nlines"
        );
        assert_eq!(shown(&["", " ", " text ", ""]), "text");
        // `///` lines beside `#[doc = "..."]` ones, each checked against
        // rustdoc's JSON output.
        assert_eq!(shown(&[" one", "two"]), "one\ntwo");
        assert_eq!(shown(&["  one", "two"]), " one\ntwo");
        assert_eq!(shown(&["  one", "   two"]), "one\n two");
        assert_eq!(shown(&[" one", "", " two"]), "one\n\ntwo");
        assert_eq!(shown(&["\ttab", " space"]), "tab\nspace");
    }

    #[test]
    fn string_values_are_decoded_as_rustc_reads_them() {
        let cases = [
            (r#""plain""#, "plain", ""),
            (
                r#""quote \" back\\ tab\t nl\n nul\0 cr\r""#,
                "quote \" back\\ tab\t nl\n nul\0 cr\r",
                "",
            ),
            (
                r#""hex \x41 unicode \u{e9} \u{1F_600}""#,
                "hex A unicode é 😀",
                "",
            ),
            ("\"line \\\n    continued\"", "line continued", ""),
            // Only ASCII whitespace is skipped after a line continuation.
            ("\"a \\\n\t \u{a0}\u{2003}b\"", "a \u{a0}\u{2003}b", ""),
            (r##"r#"raw "quoted" \n"#"##, "raw \"quoted\" \\n", ""),
            (r#"r"raw""#, "raw", ""),
            (r#""suffixed"suffix"#, "suffixed", "suffix"),
            (r##"r#"raw"#sfx"##, "raw", "sfx"),
        ];
        for (source, value, suffix) in cases {
            let lit: Literal = source.parse().expect(source);
            assert_eq!(
                string_value(&lit),
                Some((value.to_owned(), suffix.to_owned())),
                "{source}"
            );
        }
        for other in ["b\"bytes\"", "'c'", "404", "1.5", "c\"c\""] {
            let lit: Literal = other.parse().expect(other);
            assert_eq!(string_value(&lit), None, "{other}");
        }
    }
}
