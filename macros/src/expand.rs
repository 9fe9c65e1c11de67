//! Writes the impls: `ApiError`, `ApiErrorDocs`, and the call that lets the
//! facade add its feature-gated integrations.

use std::collections::BTreeSet;

use apicodes_core::{Code, json};
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::{DeriveInput, LitStr};

use crate::ast::{Behavior, Case, Field, Input};
use crate::ctxt::Ctxt;
use crate::template::{Segment, Template};
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
struct Arm<'a, 'b> {
    case: Case<'a, 'b>,
    kind: Kind<'a, 'b>,
}

enum Kind<'a, 'b> {
    Transparent(&'b Field<'a>),
    Static { code: Code, text: String },
    Interpolated { code: Code, template: &'b Template },
}

fn expand(input: &Input<'_>) -> TokenStream {
    let node = input.original();
    let arms: Vec<Arm<'_, '_>> = input
        .cases()
        .into_iter()
        .filter_map(|case| {
            let kind = match case.behavior()? {
                Behavior::Transparent(field) => Kind::Transparent(field),
                Behavior::Coded {
                    code,
                    message: Some(template),
                } if !template.is_static() => Kind::Interpolated { code, template },
                Behavior::Coded { code, message } => Kind::Static {
                    code,
                    text: message.map_or_else(|| code.message().to_owned(), Template::static_text),
                },
            };
            Some(Arm { case, kind })
        })
        .collect();

    let bounds = Bounds::infer(node, &arms);
    let ty = &node.ident;
    let (impl_generics, ty_generics, where_clause) = node.generics.split_for_impl();
    let own_predicates = where_clause.map(|w| &w.predicates).into_iter().flatten();
    let own_predicates: Vec<_> = own_predicates.collect();
    let api_predicates = own_predicates
        .iter()
        .map(ToTokens::to_token_stream)
        .chain(bounds.api);
    let api_predicates: Vec<TokenStream> = api_predicates.collect();
    let docs_predicates: Vec<TokenStream> =
        api_predicates.iter().cloned().chain(bounds.docs).collect();

    let code = code_fn(&arms);
    let message = message_fn(&arms);
    let to_json = to_json_fn(&arms);
    let write_json = write_json_fn(&arms);
    let retry_after = retry_after_fn(&arms);
    let codes = codes_const(&arms);
    let variants = variants_fn(&arms);

    quote! {
        #[automatically_derived]
        #[allow(unused_qualifications, clippy::match_same_arms, clippy::too_many_lines, clippy::trait_duplication_in_bounds)]
        impl #impl_generics ::apicodes::ApiError for #ty #ty_generics where #(#api_predicates,)* {
            #code
            #message
            #to_json
            #write_json
            #retry_after
        }

        #[automatically_derived]
        #[allow(unused_qualifications, clippy::too_many_lines, clippy::trait_duplication_in_bounds)]
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

/// `match self { arms, _ => wildcard }`, without a match where none is needed.
fn match_self(arms: &[TokenStream], wildcard: Option<TokenStream>) -> TokenStream {
    match (arms.is_empty(), wildcard) {
        (true, None) => quote!(match *self {}),
        (true, Some(body)) => body,
        (false, wildcard) => {
            let wildcard = wildcard.map(|body| quote!(_ => #body,));
            quote!(match self { #(#arms)* #wildcard })
        }
    }
}

fn code_path(code: Code) -> TokenStream {
    let name = Ident::new(code.name(), Span::call_site());
    quote!(::apicodes::Code::#name)
}

/// The pattern for a case binding only `fields`.
fn pattern(case: &Case<'_, '_>, fields: &[&Field<'_>]) -> TokenStream {
    let path = &case.path;
    let members = fields.iter().map(|f| &f.member);
    let bindings = fields.iter().map(|f| f.binding());
    quote!(#path { #(#members: #bindings,)* .. })
}

/// `<FieldType as ::apicodes::ApiError>::method(binding, args...)`, pointing
/// at the field so a missing impl is reported there.
fn delegate(field: &Field<'_>, method: &str, args: &TokenStream) -> TokenStream {
    let ty = field.ty;
    let binding = field.binding();
    let method = Ident::new(method, Span::call_site());
    quote_spanned!(field.original.ty_span()=> <#ty as ::apicodes::ApiError>::#method(#binding #args))
}

trait TySpan {
    fn ty_span(&self) -> Span;
}

impl TySpan for syn::Field {
    fn ty_span(&self) -> Span {
        self.ty
            .to_token_stream()
            .into_iter()
            .next()
            .map_or_else(Span::call_site, |t| t.span())
    }
}

fn code_fn(arms: &[Arm<'_, '_>]) -> TokenStream {
    let arms = arms.iter().map(|arm| match &arm.kind {
        Kind::Transparent(field) => {
            let pat = pattern(&arm.case, &[field]);
            let call = delegate(field, "code", &quote!());
            quote!(#pat => #call,)
        }
        Kind::Static { code, .. } | Kind::Interpolated { code, .. } => {
            let pat = pattern(&arm.case, &[]);
            let code = code_path(*code);
            quote!(#pat => #code,)
        }
    });
    let body = match_self(&arms.collect::<Vec<_>>(), None);
    quote! {
        #[inline]
        fn code(&self) -> ::apicodes::Code {
            #body
        }
    }
}

fn message_fn(arms: &[Arm<'_, '_>]) -> TokenStream {
    let out = local("message");
    let arms = arms.iter().map(|arm| match &arm.kind {
        Kind::Transparent(field) => {
            let pat = pattern(&arm.case, &[field]);
            let call = delegate(field, "message", &quote!());
            quote!(#pat => #call,)
        }
        Kind::Static { text, .. } => {
            let pat = pattern(&arm.case, &[]);
            quote!(#pat => ::apicodes::__private::Cow::Borrowed(#text),)
        }
        Kind::Interpolated { template, .. } => {
            let fields = template_fields(&arm.case, template);
            let pat = pattern(&arm.case, &fields);
            let writes = template.segments.iter().map(|segment| match segment {
                Segment::Text(text) => quote!(#out.push_str(#text);),
                Segment::Field { field, spec } => {
                    let args = format_args(&arm.case, template, field, spec);
                    quote!(::apicodes::__private::push_fmt(&mut #out, #args);)
                }
            });
            let capacity = capacity(template);
            quote!(#pat => {
                let mut #out = ::apicodes::__private::String::with_capacity(#capacity);
                #(#writes)*
                ::apicodes::__private::Cow::Owned(#out)
            })
        }
    });
    let body = match_self(&arms.collect::<Vec<_>>(), None);
    quote! {
        fn message(&self) -> ::apicodes::__private::Cow<'_, ::core::primitive::str> {
            #body
        }
    }
}

fn to_json_fn(arms: &[Arm<'_, '_>]) -> TokenStream {
    let mut interpolated_capacity = None;
    let mut explicit = Vec::new();
    for arm in arms {
        match &arm.kind {
            Kind::Transparent(field) => {
                let pat = pattern(&arm.case, &[field]);
                let call = delegate(field, "to_json", &quote!());
                explicit.push(quote!(#pat => #call,));
            }
            Kind::Static { code, text } => {
                let pat = pattern(&arm.case, &[]);
                let mut body = String::new();
                json::write_body(&mut body, code.as_u16(), text);
                explicit.push(quote!(#pat => ::apicodes::__private::Cow::Borrowed(#body),));
            }
            Kind::Interpolated { template, .. } => {
                let capacity = capacity(template) + JSON_OVERHEAD;
                interpolated_capacity = interpolated_capacity.max(Some(capacity));
            }
        }
    }
    // Interpolated variants write into one buffer through `write_json`.
    let out = local("json");
    let wildcard = interpolated_capacity.map(|capacity| {
        quote!({
            let mut #out = ::apicodes::__private::String::with_capacity(#capacity);
            <Self as ::apicodes::ApiError>::write_json(self, &mut #out);
            ::apicodes::__private::Cow::Owned(#out)
        })
    });
    let body = match_self(&explicit, wildcard);
    quote! {
        #[inline]
        fn to_json(&self) -> ::apicodes::__private::Cow<'static, ::core::primitive::str> {
            #body
        }
    }
}

/// `{"code":NNN,"message":""}`
const JSON_OVERHEAD: usize = 27;

fn write_json_fn(arms: &[Arm<'_, '_>]) -> TokenStream {
    let out = local("out");
    let mut any_static = false;
    let mut explicit = Vec::new();
    for arm in arms {
        match &arm.kind {
            Kind::Transparent(field) => {
                let pat = pattern(&arm.case, &[field]);
                let call = delegate(field, "write_json", &quote!(, #out));
                explicit.push(quote!(#pat => #call,));
            }
            Kind::Static { .. } => any_static = true,
            Kind::Interpolated { code, template } => {
                let fields = template_fields(&arm.case, template);
                let pat = pattern(&arm.case, &fields);
                let writes = json_writes(&arm.case, *code, template, &out);
                explicit.push(quote!(#pat => { #(#writes)* }));
            }
        }
    }
    if explicit.is_empty() {
        // Every body is a literal: the trait's default copies `to_json`.
        return TokenStream::new();
    }
    let wildcard =
        any_static.then(|| quote!(#out.push_str(&<Self as ::apicodes::ApiError>::to_json(self))));
    let body = match_self(&explicit, wildcard);
    quote! {
        fn write_json(&self, #out: &mut ::apicodes::__private::String) {
            #body
        }
    }
}

/// Statements appending an interpolated body: the text around fields is
/// escaped now, with core's writer; each field is escaped as it is written.
fn json_writes(
    case: &Case<'_, '_>,
    code: Code,
    template: &Template,
    out: &Ident,
) -> Vec<TokenStream> {
    let mut writes = Vec::new();
    let mut text = String::from("{\"code\":");
    json::write_u16(&mut text, code.as_u16());
    text.push_str(",\"message\":\"");
    for segment in &template.segments {
        match segment {
            Segment::Text(part) => json::escape_into(&mut text, part),
            Segment::Field { field, spec } => {
                writes.push(quote!(#out.push_str(#text);));
                text.clear();
                let args = format_args(case, template, field, spec);
                writes.push(quote!(::apicodes::__private::escape_fmt_into(#out, #args);));
            }
        }
    }
    text.push_str("\"}");
    writes.push(quote!(#out.push_str(#text);));
    writes
}

fn retry_after_fn(arms: &[Arm<'_, '_>]) -> TokenStream {
    let mut explicit = Vec::new();
    let mut others = false;
    for arm in arms {
        match (&arm.kind, &arm.case.attrs.retry_after) {
            (Kind::Transparent(field), _) => {
                let pat = pattern(&arm.case, &[field]);
                let call = delegate(field, "retry_after", &quote!());
                explicit.push(quote!(#pat => #call,));
            }
            (_, Some(retry_after)) => {
                let Some(field) = arm
                    .case
                    .fields
                    .iter()
                    .find(|f| f.member == retry_after.member)
                else {
                    continue;
                };
                let pat = pattern(&arm.case, &[field]);
                let binding = field.binding_at(retry_after.span);
                let ty = field.ty;
                let call = quote_spanned!(retry_after.span=> <#ty as ::apicodes::RetryAfter>::retry_after_secs(#binding));
                explicit.push(quote!(#pat => #call,));
            }
            (_, None) => others = true,
        }
    }
    if explicit.is_empty() {
        return TokenStream::new();
    }
    let wildcard = others.then(|| quote!(::core::option::Option::None));
    let body = match_self(&explicit, wildcard);
    quote! {
        fn retry_after(&self) -> ::core::option::Option<::core::primitive::u64> {
            #body
        }
    }
}

fn codes_const(arms: &[Arm<'_, '_>]) -> TokenStream {
    let own: BTreeSet<Code> = arms
        .iter()
        .filter_map(|arm| match &arm.kind {
            Kind::Static { code, .. } | Kind::Interpolated { code, .. } => Some(*code),
            Kind::Transparent(_) => None,
        })
        .collect();
    let own = own.into_iter().map(code_path);
    let inner = arms.iter().filter_map(|arm| match &arm.kind {
        Kind::Transparent(field) => {
            let ty = field.ty;
            Some(quote!(<#ty as ::apicodes::ApiErrorDocs>::CODES))
        }
        _ => None,
    });
    quote! {
        const CODES: ::apicodes::CodeSet = ::apicodes::CodeSet::EMPTY #(.with(#own))* #(.union(#inner))*;
    }
}

fn variants_fn(arms: &[Arm<'_, '_>]) -> TokenStream {
    let list = local("variants");
    let mut statements = Vec::new();
    let mut run = Vec::new();
    let flush = |run: &mut Vec<TokenStream>, statements: &mut Vec<TokenStream>| {
        if !run.is_empty() {
            let name = format_ident!("VARIANTS_{}", statements.len(), span = Span::mixed_site());
            statements.push(quote! {
                const #name: &[::apicodes::VariantDoc] = &[#(#run),*];
                #list.extend_from_slice(#name);
            });
            run.clear();
        }
    };
    for arm in arms {
        let name = arm.case.ident.to_string();
        let name = name.trim_start_matches("r#");
        let doc = &arm.case.attrs.doc;
        match &arm.kind {
            Kind::Transparent(field) => {
                flush(&mut run, &mut statements);
                let ty = field.ty;
                let each = local("variant");
                statements.push(quote! {
                    for #each in <#ty as ::apicodes::ApiErrorDocs>::variants() {
                        #list.push(::apicodes::VariantDoc::nested(#each, #name));
                    }
                });
            }
            Kind::Static { code, text } => {
                let code = code_path(*code);
                let retry = retry_after_doc(&arm.case);
                run.push(
                    quote!(::apicodes::VariantDoc::new(#name, #code, #text, false, #doc) #retry),
                );
            }
            Kind::Interpolated { code, template } => {
                let code = code_path(*code);
                let value = &template.value;
                let retry = retry_after_doc(&arm.case);
                run.push(
                    quote!(::apicodes::VariantDoc::new(#name, #code, #value, true, #doc) #retry),
                );
            }
        }
    }
    flush(&mut run, &mut statements);
    quote! {
        fn variants() -> ::apicodes::__private::Vec<::apicodes::VariantDoc> {
            let mut #list = ::apicodes::__private::Vec::new();
            #(#statements)*
            #list
        }
    }
}

/// `.with_retry_after()` for a case that sends the header.
fn retry_after_doc(case: &Case<'_, '_>) -> Option<TokenStream> {
    case.attrs
        .retry_after
        .as_ref()
        .map(|_| quote!(.with_retry_after()))
}

/// An identifier for a generated local: mixed-site hygiene keeps it from
/// ever meaning one of the user's items.
fn local(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
}

/// The fields a template uses, each once, in declaration order.
fn template_fields<'a, 'b>(case: &Case<'a, 'b>, template: &Template) -> Vec<&'b Field<'a>> {
    let used: Vec<&Field<'_>> = template
        .fields()
        .filter_map(|(f, _)| case.field(f).ok())
        .collect();
    case.fields
        .iter()
        .filter(|f| used.iter().any(|u| u.member == f.member))
        .collect()
}

/// `::core::format_args!("{:spec}", binding)`, pointing at the message so a
/// field without the needed `Display` (or `Debug`, ...) is reported there.
fn format_args(
    case: &Case<'_, '_>,
    template: &Template,
    field: &crate::template::FieldRef,
    spec: &str,
) -> TokenStream {
    let span = template.lit.span();
    let Ok(field) = case.field(field) else {
        return TokenStream::new();
    };
    let binding = field.binding_at(span);
    let format = if spec.is_empty() {
        LitStr::new("{}", span)
    } else {
        LitStr::new(&format!("{{:{spec}}}"), span)
    };
    quote_spanned!(span=> ::core::format_args!(#format, #binding))
}

/// A first guess at an interpolated message's length.
fn capacity(template: &Template) -> usize {
    template
        .segments
        .iter()
        .map(|segment| match segment {
            Segment::Text(text) => text.len(),
            Segment::Field { .. } => 8,
        })
        .sum()
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
    fn infer(node: &DeriveInput, arms: &[Arm<'_, '_>]) -> Self {
        let params: BTreeSet<String> = node
            .generics
            .type_params()
            .map(|p| p.ident.to_string())
            .collect();
        let mut api = Vec::new();
        let mut docs = Vec::new();
        let mut seen = BTreeSet::new();
        let mut add = |list: &mut Vec<TokenStream>, field: &Field<'_>, bound: TokenStream| {
            if mentions(field.ty.to_token_stream(), &params) {
                let ty = field.ty;
                let predicate = quote!(#ty: #bound);
                if seen.insert(predicate.to_string()) {
                    list.push(predicate);
                }
            }
        };
        for arm in arms {
            match &arm.kind {
                Kind::Transparent(field) => {
                    add(&mut api, field, quote!(::apicodes::ApiError));
                    add(&mut docs, field, quote!(::apicodes::ApiErrorDocs));
                }
                Kind::Interpolated { template, .. } => {
                    for (field, spec) in template.fields() {
                        if let Ok(field) = arm.case.field(field) {
                            let name = Ident::new(format_trait(spec), Span::call_site());
                            add(&mut api, field, quote!(::core::fmt::#name));
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
                    add(&mut api, field, quote!(::apicodes::RetryAfter));
                }
            }
        }
        Bounds { api, docs }
    }
}

fn mentions(tokens: TokenStream, params: &BTreeSet<String>) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => params.contains(&ident.to_string()),
        TokenTree::Group(group) => mentions(group.stream(), params),
        _ => false,
    })
}
