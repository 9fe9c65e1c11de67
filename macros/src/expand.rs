//! Writes the impls: `ApiError`, `ApiErrorDocs`, and the call that lets the
//! facade add its feature-gated integrations.

use std::collections::BTreeSet;

use apicodes_core::{Code, json, row_flags};
use proc_macro2::{Delimiter, Ident, Literal, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote, quote_spanned};
use syn::{DeriveInput, Generics, Member};

use crate::ast::{BINDING, Behavior, Case, Field, Input, formats_without_spans};
use crate::ctxt::Ctxt;
use crate::template::{Segment, Template};
use crate::tokens::Tokens;
use crate::{fallback, valid};

pub fn derive(node: &DeriveInput) -> TokenStream {
    let cx = Ctxt::default();
    let input = Input::from_syn(&cx, node);
    if let Some(input) = &input {
        valid::check(&cx, input);
    }
    match (cx.finish(), input) {
        (Ok(()), Some(input)) => expand(&input),
        (result, _) => {
            let mut tokens = result
                .err()
                .map(|e| e.to_compile_error())
                .unwrap_or_default();
            tokens.extend(fallback::expand(node));
            tokens
        }
    }
}

/// A case that `valid` accepted, with what it answers resolved.
struct Arm<'b> {
    case: Case<'b>,
    kind: Kind<'b>,
}

enum Kind<'b> {
    Transparent(&'b Field),
    Static {
        code: Code,
        text: String,
    },
    /// `plain` when every placeholder is a plain `{field}`.
    Interpolated {
        code: Code,
        template: &'b Template,
        plain: bool,
    },
}

pub fn expand(input: &Input<'_>) -> TokenStream {
    let arms: Vec<Arm<'_>> = input
        .cases()
        .into_iter()
        .filter_map(|case| {
            let kind = match case.behavior()? {
                Behavior::Transparent(field) => Kind::Transparent(field),
                Behavior::Coded {
                    code,
                    message: Some(template),
                } if !template.is_static() => Kind::Interpolated {
                    code,
                    template,
                    plain: template.fields().all(|(_, spec)| spec.is_empty()),
                },
                Behavior::Coded { code, message } => Kind::Static {
                    code,
                    text: message.map_or_else(|| code.message().to_owned(), Template::static_text),
                },
            };
            Some(Arm { case, kind })
        })
        .collect();

    let bounds = Bounds::infer(input.generics, &arms);
    let ty = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let own_predicates = where_clause.map(|w| &w.predicates).into_iter().flatten();
    let own_predicates: Vec<_> = own_predicates.collect();
    let api_predicates = own_predicates
        .iter()
        .map(ToTokens::to_token_stream)
        .chain(bounds.api);
    let api_predicates: Vec<TokenStream> = api_predicates.collect();
    let docs_predicates: Vec<TokenStream> =
        api_predicates.iter().cloned().chain(bounds.docs).collect();

    let table = table(&arms);
    let inner = inner_fn(&arms);
    let write_message = write_message_fn(&arms);
    let message_args = message_args_fn(&arms);
    let retry_after_field = retry_after_field_fn(&arms);
    let codes = codes_const(&arms);
    let variants = variants_fn(&arms);
    let allow = quote!(#[allow(
        unused_qualifications,
        clippy::too_many_lines,
        clippy::trait_duplication_in_bounds,
        clippy::type_repetition_in_bounds
    )]);

    quote! {
        #[automatically_derived]
        #allow
        impl #impl_generics ::apicodes::__private::Derived for #ty #ty_generics where #(#api_predicates,)* {
            #table
            #inner
            #write_message
            #message_args
            #retry_after_field
        }

        #[automatically_derived]
        #allow
        impl #impl_generics ::apicodes::ApiError for #ty #ty_generics where #(#api_predicates,)* {
            #[inline]
            fn code(&self) -> ::apicodes::Code {
                ::apicodes::__private::code(self)
            }
            fn message(&self) -> ::apicodes::__private::Cow<'_, ::core::primitive::str> {
                ::apicodes::__private::message(self)
            }
            #[inline]
            fn to_json(&self) -> ::apicodes::__private::Cow<'static, ::core::primitive::str> {
                ::apicodes::__private::to_json(self)
            }
            #[inline]
            fn write_json(&self, out: &mut ::apicodes::__private::String) {
                ::apicodes::__private::write_json(self, out);
            }
            fn retry_after(&self) -> ::core::option::Option<::core::primitive::u64> {
                ::apicodes::__private::retry_after(self)
            }
        }

        #[automatically_derived]
        #allow
        impl #impl_generics ::apicodes::ApiErrorDocs for #ty #ty_generics where #(#docs_predicates,)* {
            #codes
            #variants
        }

        ::apicodes::__private::integrations! {
            impl [#impl_generics] for [#ty #ty_generics]
            where [#(#api_predicates,)*]
            docs [#(#docs_predicates,)*]
        }
    }
}

/// `match self { arms, _ => wildcard }` over the cases `arm` writes (its
/// pattern, `=>` and body; it returns `false` for a case it skips), with
/// the wildcard only where some case was skipped, so it is never
/// unreachable. `None` when `arm` writes no case.
fn match_self(
    arms: &[Arm<'_>],
    wildcard: TokenStream,
    mut arm: impl FnMut(&mut Tokens, &Arm<'_>) -> bool,
) -> Option<TokenStream> {
    let mut explicit = Tokens::new(Span::call_site());
    let mut others = false;
    for each in arms {
        if arm(&mut explicit, each) {
            explicit.op(",");
        } else {
            others = true;
        }
    }
    if explicit.is_empty() {
        return None;
    }
    let explicit = explicit.finish();
    let wildcard = others.then_some(wildcard).map(|body| quote!(_ => #body,));
    Some(quote!(match self { #explicit #wildcard }))
}

fn code_path(code: Code) -> TokenStream {
    let name = Ident::new(code.name(), Span::call_site());
    quote!(::apicodes::Code::#name)
}

/// The pattern for a case binding only `fields`:
/// `Self::Variant { member: binding, .. }`, or `Self { ... }` for a struct.
fn pattern_into(tokens: &mut Tokens, case: &Case<'_>, fields: &[&Field]) {
    tokens.ident("Self");
    if case.is_variant {
        tokens.op("::");
        tokens.push(case.ident.clone());
    }
    tokens.group(Delimiter::Brace, |inner| {
        for field in fields {
            match &field.member {
                Member::Named(ident) => inner.push(ident.clone()),
                Member::Unnamed(index) => {
                    let mut literal = Literal::u32_unsuffixed(index.index);
                    literal.set_span(index.span);
                    inner.literal(literal);
                }
            }
            inner.op(":");
            inner.push(field.binding());
            inner.op(",");
        }
        inner.op("..");
    });
}

/// The span of a field type's last top-level name (`Error` in
/// `std::io::Error`, `Box` in `Box<T>`): one token that stands for the type
/// in errors about it.
fn ty_span(field: &Field) -> Span {
    field
        .ty
        .clone()
        .into_iter()
        .filter(|t| matches!(t, TokenTree::Ident(_)))
        .last()
        .map_or_else(Span::call_site, |t| t.span())
}

fn codes_const(arms: &[Arm<'_>]) -> TokenStream {
    // Marked by position in `Code::ALL`: a set without a tree, once per
    // variant.
    let mut used = [false; Code::ALL.len()];
    for arm in arms {
        if let Kind::Static { code, .. } | Kind::Interpolated { code, .. } = &arm.kind {
            if let Some(used) = used.get_mut(table_index(*code)) {
                *used = true;
            }
        }
    }
    let own = Code::ALL
        .iter()
        .zip(used)
        .filter(|&(_, used)| used)
        .map(|(&code, _)| code_path(code));
    let inner = arms.iter().filter_map(|arm| match &arm.kind {
        Kind::Transparent(field) => {
            let ty = &field.ty;
            Some(quote!(<#ty as ::apicodes::ApiErrorDocs>::CODES))
        }
        _ => None,
    });
    quote! {
        const CODES: ::apicodes::CodeSet = ::apicodes::CodeSet::EMPTY #(.with(#own))* #(.union(#inner))*;
    }
}

/// The bulk of the impl, one entry per variant: `ROWS`, one row per variant
/// (the facade's `__private::Row`) in declaration order, with everything
/// about it known at expansion time and bodies computed by core's writer;
/// `NAMES`, every variant's name and doc comment in one literal; and
/// `index`, the one `match` over every variant giving a value's row.
///
/// Written as source text and lexed by the compiler in one call: for the
/// thousand-variant enums this is built for, that is several times faster
/// than building the same tokens one by one in the unoptimised proc macro
/// cargo builds by default. Only names, numbers and string literals are
/// written, all at the call site's span, as `quote!` would give them; no
/// error can point into them.
fn table(arms: &[Arm<'_>]) -> TokenStream {
    let mut names = Vec::with_capacity(arms.len());
    // Sized for a typical row and index arm, so the text is seldom copied
    // to grow.
    let mut src = String::with_capacity(160 * arms.len() + 256);
    src.push_str("const ROWS: &'static [::apicodes::__private::Row] = &[");
    let mut name_text = String::with_capacity(16 * arms.len());
    for arm in arms {
        let ident = arm.case.ident.to_string();
        let retry = if arm.case.attrs.retry_after.is_some() {
            row_flags::RETRY_AFTER
        } else {
            0
        };
        // The body, or `None` for a static one, written straight into the
        // text below.
        let (code, message, json, flags) = match &arm.kind {
            Kind::Transparent(_) => (0, "", Some(String::new()), row_flags::TRANSPARENT),
            Kind::Static { code, text } => (table_index(*code), text.as_str(), None, retry),
            Kind::Interpolated {
                code,
                template,
                plain,
            } => {
                let mut body = String::from("{\"code\":");
                json::write_u16(&mut body, code.as_u16());
                body.push_str(",\"message\":\"");
                let plain = if *plain {
                    // The whole body, escaped, with a NUL where each field
                    // goes: escaping leaves no other NUL in it.
                    for segment in &template.segments {
                        match segment {
                            Segment::Text(text) => json::escape_into(&mut body, text),
                            Segment::Field { .. } => body.push('\0'),
                        }
                    }
                    body.push_str("\"}");
                    row_flags::PLAIN_ARGS
                } else {
                    0
                };
                (
                    table_index(*code),
                    template.value.as_str(),
                    Some(body),
                    row_flags::INTERPOLATED | plain | retry,
                )
            }
        };
        src.push('(');
        push_number(&mut src, code as u64);
        src.push(',');
        push_str_literal(&mut src, message);
        src.push(',');
        match &arm.kind {
            Kind::Static { code, text } => push_body_literal(&mut src, *code, text),
            _ => push_str_literal(&mut src, json.as_deref().unwrap_or_default()),
        }
        src.push(',');
        push_number(&mut src, u64::from(flags));
        src.push_str("),");
        for text in [ident.trim_start_matches("r#"), &arm.case.attrs.doc] {
            push_number(&mut name_text, text.len() as u64);
            name_text.push(':');
            name_text.push_str(text);
        }
        names.push(ident);
    }
    src.push_str("];\nconst NAMES: &'static ::core::primitive::str = ");
    push_str_literal(&mut src, &name_text);
    src.push(';');
    src.push_str("\n#[inline]\nfn index(&self) -> ::core::primitive::usize {");
    match names.as_slice() {
        [] => src.push_str("match *self {}"),
        [_] => src.push('0'),
        // Only enums have more than one case.
        names => {
            src.push_str("match self {");
            for (i, name) in names.iter().enumerate() {
                src.push_str("Self::");
                src.push_str(name);
                src.push_str(" { .. } => ");
                push_number(&mut src, i as u64);
                src.push(',');
            }
            src.push('}');
        }
    }
    src.push('}');
    lex(&src)
}

/// Appends `text` as a Rust string literal that means the same text, in
/// one pass over its bytes (the unoptimised build cargo makes of proc
/// macros makes `{:?}` costly): between quotes as is when nothing needs
/// escaping; as a raw string when only quotes and backslashes would (JSON
/// bodies); otherwise escaped, control characters as `\x..` (the NUL in
/// the body of a plain interpolated message, for one).
fn push_str_literal(src: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut special = false;
    let mut control = false;
    let mut quote_hash = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            0..0x20 | 0x7f => control = true,
            b'"' => {
                special = true;
                quote_hash |= i + 1 < bytes.len() && bytes[i + 1] == b'#';
            }
            b'\\' => special = true,
            _ => {}
        }
        i += 1;
    }
    if !special && !control {
        src.push('"');
        src.push_str(text);
        src.push('"');
    } else if !control && !quote_hash {
        src.push_str("r#\"");
        src.push_str(text);
        src.push_str("\"#");
    } else {
        src.push('"');
        let mut start = 0;
        i = 0;
        while i < bytes.len() {
            let byte = bytes[i];
            if byte == b'"' || byte == b'\\' || byte < 0x20 || byte == 0x7f {
                src.push_str(&text[start..i]);
                if byte == b'"' || byte == b'\\' {
                    src.push('\\');
                    src.push(char::from(byte));
                } else {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    src.push_str("\\x");
                    src.push(char::from(HEX[usize::from(byte >> 4)]));
                    src.push(char::from(HEX[usize::from(byte & 0xf)]));
                }
                start = i + 1;
            }
            i += 1;
        }
        src.push_str(&text[start..]);
        src.push('"');
    }
}

/// Appends the JSON body for `code` and a static `message` as a string
/// literal, written by core's writer straight into `src`: a raw string,
/// since a body holds no control character, unless a `"#` would end it (a
/// `"#` in the message, or a `#` first, after the body's own quote).
fn push_body_literal(src: &mut String, code: Code, message: &str) {
    let bytes = message.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() && !(bytes[i] == b'"' && bytes[i + 1] == b'#') {
        i += 1;
    }
    // The body's own `"` comes before the message's first character.
    if i + 1 < bytes.len() || bytes.first() == Some(&b'#') {
        let mut body = String::new();
        json::write_body(&mut body, code.as_u16(), message);
        push_str_literal(src, &body);
    } else {
        src.push_str("r#\"");
        json::write_body(src, code.as_u16(), message);
        src.push_str("\"#");
    }
}

/// Appends `n` in decimal.
fn push_number(src: &mut String, n: u64) {
    if n >= 10 {
        push_number(src, n / 10);
    }
    src.push(char::from(b'0' + (n % 10) as u8));
}

/// The code's position in `Code::ALL`, which rows hold instead of a path;
/// the macro and the facade are pinned to one version of core.
fn table_index(code: Code) -> usize {
    let mut i = 0;
    while i < Code::ALL.len() && Code::ALL[i] != code {
        i += 1;
    }
    i
}

/// `inner`: the field of each transparent variant, as `&dyn ApiError`.
fn inner_fn(arms: &[Arm<'_>]) -> TokenStream {
    let body = match_self(arms, quote!(::core::option::Option::None), |tokens, arm| {
        let Kind::Transparent(field) = &arm.kind else {
            return false;
        };
        pattern_into(tokens, &arm.case, &[field]);
        tokens.op("=>");
        // Shown at the field's type: a type that is no `ApiError` is
        // reported there.
        let span = ty_span(field);
        let binding = field.binding_at(span);
        tokens.extend(quote_spanned!(span=> ::core::option::Option::Some::<&dyn ::apicodes::ApiError>(#binding)));
        true
    });
    let Some(body) = body else {
        return TokenStream::new();
    };
    quote! {
        fn inner(&self) -> ::core::option::Option<&dyn ::apicodes::ApiError> {
            #body
        }
    }
}

/// `write_message`: each interpolated message with a format spec (such as
/// `{id:>5}` or `{x:?}`) as one `format_args!`.
fn write_message_fn(arms: &[Arm<'_>]) -> TokenStream {
    let out = local("out");
    let json = local("json");
    // `pattern => ::apicodes::__private::push_fmt(out, json, format_args!(...)),`
    let body = message_match(arms, false, quote!({}), |tokens, case, template| {
        tokens.path("::apicodes::__private::push_fmt");
        tokens.group(Delimiter::Parenthesis, |call| {
            call.push(out.clone());
            call.op(",");
            call.push(json.clone());
            call.op(",");
            format_args_into(call, case, template);
        });
    });
    let Some(body) = body else {
        return TokenStream::new();
    };
    quote! {
        fn write_message(&self, #out: &mut ::apicodes::__private::String, #json: ::core::primitive::bool) {
            #body
        }
    }
}

/// `message_args`: for each interpolated message whose placeholders are all
/// plain, the fields it shows, as `&[&dyn Display]`, in the template's
/// order. The facade writes them between the template's pieces (for JSON,
/// between the pieces of the row's body, escaped here at expansion time).
///
/// A case whose fields are all `always_display` cannot fail to compile, so
/// no error needs its spans: it is written as text and lexed in one call
/// with the others, like the table. The rest are built as tokens, each
/// binding shown at the message.
fn message_args_fn(arms: &[Arm<'_>]) -> TokenStream {
    let mut text = String::with_capacity(64 * arms.len());
    let mut spanned = Tokens::new(Span::call_site());
    let mut others = false;
    for arm in arms {
        let Kind::Interpolated {
            template,
            plain: true,
            ..
        } = &arm.kind
        else {
            others = true;
            continue;
        };
        let fields = template_fields(&arm.case, template);
        if formats_without_spans(template, arm.case.fields) {
            text_arm(&mut text, &arm.case, &fields, template);
            continue;
        }
        // `pattern => &[field_a, field_b],`
        pattern_into(&mut spanned, &arm.case, &fields);
        spanned.op("=>");
        spanned.op("&");
        spanned.group(Delimiter::Bracket, |list| {
            for (i, binding) in placeholder_bindings(&arm.case, template)
                .into_iter()
                .enumerate()
            {
                if i > 0 {
                    list.op(",");
                }
                list.push(binding);
            }
        });
        spanned.op(",");
    }
    if text.is_empty() && spanned.is_empty() {
        return TokenStream::new();
    }
    let mut body = lex(&text);
    body.extend(spanned.finish());
    if others {
        body.extend(quote!(_ => &[],));
    }
    let f = local("f");
    let args = local("args");
    quote! {
        fn message_args(&self, #f: &mut dyn ::core::ops::FnMut(&[&dyn ::core::fmt::Display])) {
            let #args: &[&dyn ::core::fmt::Display] = match self { #body };
            #f(#args);
        }
    }
}

/// Writes one `message_args` case as text:
/// `Self::Variant { member: __apicodes_field_name, .. } =>
/// &[__apicodes_field_name, ...],`.
fn text_arm(src: &mut String, case: &Case<'_>, fields: &[&Field], template: &Template) {
    src.push_str("Self");
    if case.is_variant {
        src.push_str("::");
        src.push_str(&case.ident.to_string());
    }
    src.push('{');
    for field in fields {
        match &field.member {
            Member::Named(ident) => src.push_str(&ident.to_string()),
            Member::Unnamed(index) => push_number(src, u64::from(index.index)),
        }
        src.push(':');
        src.push_str(BINDING);
        src.push_str(&field.name);
        src.push(',');
    }
    src.push_str("..}=>&[");
    for (wanted, _) in template.fields() {
        if let Some(field) = fields.iter().find(|field| field.is(wanted)) {
            src.push_str(BINDING);
            src.push_str(&field.name);
            src.push(',');
        }
    }
    src.push_str("],");
}

/// The tokens of `src`, code this module wrote, lexed by the compiler in
/// one call. Straight to the compiler: proc-macro2's own parse would first
/// lex the text again, in the unoptimised build, to guard against input
/// that cannot occur here.
fn lex(src: &str) -> TokenStream {
    match src.parse::<proc_macro::TokenStream>() {
        Ok(tokens) => tokens.into(),
        Err(err) => {
            let message =
                format!("apicodes: generated code did not lex ({err}); please report this bug");
            quote!(::core::compile_error! { #message })
        }
    }
}

/// The `match self` over the interpolated messages that are `plain` (or
/// not): each case's pattern binding the fields its message uses, `=>`,
/// and what `body` writes.
fn message_match(
    arms: &[Arm<'_>],
    plain: bool,
    wildcard: TokenStream,
    mut body: impl FnMut(&mut Tokens, &Case<'_>, &Template),
) -> Option<TokenStream> {
    match_self(arms, wildcard, |tokens, arm| match &arm.kind {
        Kind::Interpolated {
            template,
            plain: this,
            ..
        } if *this == plain => {
            pattern_into(tokens, &arm.case, &template_fields(&arm.case, template));
            tokens.op("=>");
            body(tokens, &arm.case, template);
            true
        }
        _ => false,
    })
}

/// `retry_after_field`: the field each `retry_after = field` names.
fn retry_after_field_fn(arms: &[Arm<'_>]) -> TokenStream {
    let body = match_self(arms, quote!(::core::option::Option::None), |tokens, arm| {
        let Some(retry_after) = &arm.case.attrs.retry_after else {
            return false;
        };
        let Some(field) = arm
            .case
            .fields
            .iter()
            .find(|f| f.member == retry_after.member)
        else {
            return false;
        };
        pattern_into(tokens, &arm.case, &[field]);
        tokens.op("=>");
        let binding = field.binding_at(retry_after.span);
        let ty = &field.ty;
        tokens.extend(quote_spanned!(retry_after.span=> <#ty as ::apicodes::RetryAfter>::retry_after_secs(#binding)));
        true
    });
    let Some(body) = body else {
        return TokenStream::new();
    };
    quote! {
        fn retry_after_field(&self) -> ::core::option::Option<::core::primitive::u64> {
            #body
        }
    }
}

fn variants_fn(arms: &[Arm<'_>]) -> TokenStream {
    let index = local("index");
    let list = local("variants");
    let nested = arms
        .iter()
        .enumerate()
        .filter_map(|(i, arm)| match &arm.kind {
            Kind::Transparent(field) => {
                let ty = &field.ty;
                let name = arm.case.ident.to_string();
                let name = name.trim_start_matches("r#").to_owned();
                let inner =
                    quote_spanned!(ty_span(field)=> <#ty as ::apicodes::ApiErrorDocs>::variants());
                Some(quote!(#i => ::apicodes::__private::nest(#list, #name, #inner),))
            }
            _ => None,
        });
    let nested: Vec<TokenStream> = nested.collect();
    let closure = if nested.is_empty() {
        quote!(|_, _| {})
    } else {
        quote!(|#index, #list| match #index { #(#nested)* _ => {} })
    };
    quote! {
        fn variants() -> ::apicodes::__private::Vec<::apicodes::VariantDoc> {
            ::apicodes::__private::variants::<Self>(#closure)
        }
    }
}

/// `::core::format_args!("text {} text {:spec}", binding, ...)`: the whole
/// message in one call, pointing at the message so a field without the
/// needed `Display` (or `Debug`, ...) is reported there.
fn format_args_into(tokens: &mut Tokens, case: &Case<'_>, template: &Template) {
    let mut format = String::new();
    for segment in &template.segments {
        match segment {
            Segment::Text(text) => {
                for c in text.chars() {
                    match c {
                        '{' => format.push_str("{{"),
                        '}' => format.push_str("}}"),
                        c => format.push(c),
                    }
                }
            }
            Segment::Field { spec, .. } => {
                format.push('{');
                if !spec.is_empty() {
                    format.push(':');
                    format.push_str(spec);
                }
                format.push('}');
            }
        }
    }
    let mut format = Literal::string(&format);
    format.set_span(template.span);
    let args = placeholder_bindings(case, template);
    tokens.spanned(template.span, |call| {
        call.path("::core::format_args");
        call.op("!");
        call.group(Delimiter::Parenthesis, |inner| {
            inner.literal(format);
            for arg in args {
                inner.op(",");
                inner.push(arg);
            }
        });
    });
}

/// The binding of each placeholder's field, in the template's order, shown
/// at the message in errors (a field without the `Display` a placeholder
/// needs is reported there).
fn placeholder_bindings(case: &Case<'_>, template: &Template) -> Vec<Ident> {
    let span = Span::mixed_site().located_at(template.span);
    template
        .fields()
        .filter_map(|(field, _)| case.field(field).ok())
        .map(|field| field.binding_spanned(span))
        .collect()
}

/// An identifier for a generated local: mixed-site hygiene keeps it from
/// ever meaning one of the user's items.
fn local(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
}

/// The fields a template uses, each once, in declaration order.
fn template_fields<'b>(case: &Case<'b>, template: &Template) -> Vec<&'b Field> {
    let used: Vec<&Field> = template
        .fields()
        .filter_map(|(f, _)| case.field(f).ok())
        .collect();
    case.fields
        .iter()
        .filter(|f| used.iter().any(|u| std::ptr::eq(*u, *f)))
        .collect()
}

/// The `fmt` trait a format spec calls: `{:?}` needs `Debug`, `{:x}` `LowerHex`.
fn format_trait(spec: &str) -> &'static str {
    match spec.chars().last() {
        Some('?') => "Debug",
        Some('x') => "LowerHex",
        Some('X') => "UpperHex",
        Some('o') => "Octal",
        Some('b') => "Binary",
        Some('e') => "LowerExp",
        Some('E') => "UpperExp",
        _ => "Display",
    }
}

/// Bounds a generic type needs: only for fields whose type mentions a type
/// parameter, and only the traits those fields are used through.
struct Bounds {
    api: Vec<TokenStream>,
    docs: Vec<TokenStream>,
}

impl Bounds {
    fn infer(generics: &Generics, arms: &[Arm<'_>]) -> Self {
        let mut bounds = Bounds {
            api: Vec::new(),
            docs: Vec::new(),
        };
        if generics.type_params().next().is_none() {
            return bounds;
        }
        let params: BTreeSet<String> = generics
            .type_params()
            .map(|p| p.ident.to_string())
            .collect();
        let Bounds { api, docs } = &mut bounds;
        let mut seen = BTreeSet::new();
        let mut add = |list: &mut Vec<TokenStream>, field: &Field, bound: TokenStream| {
            if mentions(field.ty.clone(), &params) {
                let ty = &field.ty;
                let predicate = quote!(#ty: #bound);
                if seen.insert(predicate.to_string()) {
                    list.push(predicate);
                }
            }
        };
        for arm in arms {
            match &arm.kind {
                Kind::Transparent(field) => {
                    add(api, field, quote!(::apicodes::ApiError));
                    add(docs, field, quote!(::apicodes::ApiErrorDocs));
                }
                Kind::Interpolated { template, .. } => {
                    for (field, spec) in template.fields() {
                        if let Ok(field) = arm.case.field(field) {
                            let name = Ident::new(format_trait(spec), Span::call_site());
                            add(api, field, quote!(::core::fmt::#name));
                        }
                    }
                }
                Kind::Static { .. } => {}
            }
            if let Some(retry_after) = &arm.case.attrs.retry_after {
                if let Some(field) = arm
                    .case
                    .fields
                    .iter()
                    .find(|f| f.member == retry_after.member)
                {
                    add(api, field, quote!(::apicodes::RetryAfter));
                }
            }
        }
        bounds
    }
}

fn mentions(tokens: TokenStream, params: &BTreeSet<String>) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => params.contains(&ident.to_string()),
        TokenTree::Group(group) => mentions(group.stream(), params),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::push_str_literal;

    /// Every form `push_str_literal` writes reads back as the same text.
    #[test]
    fn string_literals_mean_their_text() {
        let texts = [
            "",
            "plain text",
            r#"{"code":400,"message":"quote \" and \\"}"#,
            "back\\slash",
            "a \"#hash\" and \"##two\"",
            "tab\there, newline\n, NUL\0",
            "non-ASCII é, DEL \u{7f}, a \"quote\" and NUL\0 together",
            "carriage\r\nreturn",
        ];
        for text in texts {
            let mut src = String::new();
            push_str_literal(&mut src, text);
            let literal: syn::LitStr = syn::parse_str(&src).expect(&src);
            assert_eq!(literal.value(), text, "{src}");
        }
    }
}
