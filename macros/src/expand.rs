//! Writes the impls: `Derived` (the variant table), `ApiError` and
//! `ApiErrorDocs`.
//!
//! Names the user wrote (variants, fields, types) are emitted as the user's
//! own tokens, so they keep their spans and their edition; paths the derive
//! owns start at the crate (`::apicodes` or `#[api_error(crate = ...)]`)
//! with the call site's span. The bulk table, which holds only numbers and
//! strings, is written as text and lexed in one call.

use apicodes_core::__rows::{
    self, INTERPOLATED, OTHER_ERROR, PLAIN_ARGS, RETRY_AFTER, TRANSPARENT,
};
use apicodes_core::json;
use std::borrow::Cow;

use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Member, Token};

use crate::ast::{Behavior, Case, Field, Input};
use crate::ctxt::Ctxt;
use crate::generics::{
    Bounds, For, closed, format_trait, is_own_type, is_static, maybe_unsized, stands_alone,
};
use crate::table::{Row, Table};
use crate::template::{FieldRef, Segment, Template};
use crate::tokens::Tokens;
use crate::{fallback, item, site, unraw, valid};

pub fn derive(tokens: TokenStream) -> TokenStream {
    let original = tokens.clone();
    run(tokens, |input, krate| match &input.attrs.codes {
        // A table named: its macro hands the derive's input back with its
        // rows, to `derive_with_table`; the standard table's too, which the
        // path cannot tell apart (`use apicodes::Code;`, a module of the
        // user's own named `apicodes`). Its sites go with it (see `site`).
        Some(codes) => {
            let path = &codes.path;
            let [call, mixed] = site::markers();
            Err(Instead::HandedOn(
                quote!(#path! { (#krate) #call #mixed #original }),
            ))
        }
        None => Ok(Table::standard(krate, input.attrs.crate_names())),
    })
}

/// What `run` emits when the input has no table to expand against.
enum Instead {
    /// The input, handed to its table's macro, which brings it back with
    /// the table's rows: that run reports what is wrong with it.
    HandedOn(TokenStream),
    /// Impls that compile, for a table whose declaration failed (and said
    /// why): the derive adds no errors about codes it cannot check.
    Fallback(TokenStream),
}

/// `derive_with_table! { Name [(code Variant "message") ...] <input> }`:
/// the derive against the rows of the table `Name` whose macro the input's
/// `codes = path::Name` called. `Name !` in place of the rows: the table's
/// declaration failed (and said why), so the derive emits impls that
/// compile, so that each use of the error type adds no error, and reports
/// only the mistakes found reading the input (an unknown key, a value that
/// does not read: `code = 1.5`); what is checked against the table and the
/// fields (codes, a message's fields, `transparent`, `retry_after`) waits
/// for the table. `Code *`: the standard table, whose macro the facade
/// declares for a path to `Code` that the derive cannot tell from the path
/// alone (`use apicodes::Code;` and `codes = Code`).
pub fn derive_with_table(tokens: TokenStream) -> TokenStream {
    let parsed = (|input: ParseStream<'_>| {
        let (name, rows) = table_rows(input)?;
        let sites = site_markers(input);
        Ok((name, rows, sites, input.parse::<TokenStream>()?))
    })
    .parse2(tokens);
    let Ok((name, rows, sites, rest)) = parsed else {
        return quote!(::core::compile_error! {
            "apicodes: `derive_with_table!` is called only by a table's macro"
        });
    };
    site::with(sites, || run_with_table(rest, name, rows))
}

/// The derive against the rows of table `name`.
fn run_with_table(rest: TokenStream, name: String, rows: Rows) -> TokenStream {
    run(rest, |input, krate| {
        let rows = match rows {
            Rows::Standard => {
                let written = input
                    .attrs
                    .codes
                    .as_ref()
                    .map(|codes| unraw::path_names(&codes.path));
                return Ok(Table::standard(krate, input.attrs.crate_names())
                    .written_as(written.unwrap_or_default()));
            }
            Rows::Own(rows) => Some(rows),
            Rows::Failed => None,
        };
        let failed = rows.is_none();
        let table = named(input, Some(name), rows.unwrap_or_default());
        if failed {
            return Err(Instead::Fallback(fallback::expand(input, &table, krate)));
        }
        Ok(table)
    })
}

/// The first run's sites, from the markers it put before its input.
fn site_markers(input: ParseStream<'_>) -> Option<(Span, Span)> {
    let marker = |input: ParseStream<'_>| {
        input
            .fork()
            .parse::<Ident>()
            .ok()
            .filter(|ident| ident == site::MARKER)
            .map(|ident| {
                let _ = input.parse::<Ident>();
                ident.span()
            })
    };
    let call = marker(input)?;
    Some((call, marker(input)?))
}

/// The rows a table's macro hands on.
enum Rows {
    /// The standard table's, which the derive has.
    Standard,
    /// A table of the user's own.
    Own(Vec<Row>),
    /// None: the table's declaration failed.
    Failed,
}

/// `Name [(404 NotFound "Not found") ...]`, `Name !` for a table whose
/// declaration failed, or `Code *` for the standard table.
fn table_rows(input: ParseStream<'_>) -> syn::Result<(String, Rows)> {
    let name = input.call(Ident::parse_any)?;
    if input.peek(Token![!]) {
        input.parse::<Token![!]>()?;
        return Ok((unraw::unraw(&name), Rows::Failed));
    }
    if input.peek(Token![*]) {
        input.parse::<Token![*]>()?;
        return Ok((unraw::unraw(&name), Rows::Standard));
    }
    let content;
    syn::bracketed!(content in input);
    let mut rows = Vec::new();
    while !content.is_empty() {
        let row;
        syn::parenthesized!(row in content);
        let code: syn::LitInt = row.parse()?;
        let variant = row.call(Ident::parse_any)?;
        let message: syn::LitStr = row.parse()?;
        rows.push(Row {
            code: code.base10_parse()?,
            name: Cow::Owned(unraw::unraw(&variant)),
            message: Cow::Owned(message.value()),
        });
    }
    Ok((unraw::unraw(&name), Rows::Own(rows)))
}

/// Reads the input, finds its table (or hands the input on, `Err`), checks
/// it and expands it.
fn run(
    tokens: TokenStream,
    table: impl FnOnce(&Input, &TokenStream) -> Result<Table, Instead>,
) -> TokenStream {
    let (cx, input) = match item::read_any_edition(&tokens, read) {
        Ok(read) => read,
        // Where the header reads (the body held what failed: an array length
        // syn cannot read), impls that compile beside the errors, so that
        // the type's uses add none of their own.
        Err(err) => {
            let Ok(header) = item::read_header(tokens.clone()) else {
                return item::to_compile_errors(&err, item::crate_path_of(tokens).as_ref());
            };
            let known = item::crate_path(&header.attrs);
            let krate = item::stand_in_path(&header.attrs);
            let mut errors = item::to_compile_errors(&err, known.as_ref());
            errors.extend(match table(&header, &krate) {
                Ok(table) => fallback::expand(&header, &table, &krate),
                Err(Instead::HandedOn(handed_on)) if known.is_some() => return handed_on,
                Err(Instead::HandedOn(_)) => {
                    fallback::expand(&header, &named(&header, None, Vec::new()), &krate)
                }
                // Not reading is no mistake about codes: it is reported.
                Err(Instead::Fallback(fallback)) => fallback,
            });
            return errors;
        }
    };
    // Where `crate = ...` did not read (reported), no path is known to reach
    // the crate: the errors are written without one, and the impls that
    // stand in for the type's go through `::apicodes`.
    let known = item::crate_path(&input.attrs);
    let krate = item::stand_in_path(&input.attrs);
    let (table, checked) = match table(&input, &krate) {
        Ok(table) => (table, true),
        Err(Instead::HandedOn(tokens)) if known.is_some() => {
            // Errors are reported when the table's macro brings the input back.
            let _ = cx.finish();
            return tokens;
        }
        // The table's macro would bring the input back through the crate's
        // path: the table named stands in, unread.
        Err(Instead::HandedOn(_)) => (named(&input, None, Vec::new()), false),
        Err(Instead::Fallback(fallback)) => {
            // The table failed, so nothing is checked (`valid`, which needs
            // it); the mistakes reading found (an unknown key, a value that
            // does not read) do not depend on it, and are reported.
            let mut tokens = cx
                .finish()
                .err()
                .map(|err| item::to_compile_errors(&err, known.as_ref()))
                .unwrap_or_default();
            tokens.extend(fallback);
            return tokens;
        }
    };
    if checked {
        valid::check(&cx, &input, &table);
    }
    match cx.finish() {
        Ok(()) => expand(&input, &table, &krate),
        Err(err) => {
            let mut tokens = item::to_compile_errors(&err, known.as_ref());
            tokens.extend(fallback::expand(&input, &table, &krate));
            tokens
        }
    }
}

/// The table `codes = path` names, declared as `name` (by default, as the
/// path ends), with `rows`: where the table's macro brought them, or none,
/// for the impls that stand in for the type's where the table is not read.
/// The table's macro is only reached through `codes = path`; messages name
/// the table as that path does (`use MyCode as Shop` gives `Shop`), and
/// `code = Shop::NotFound` or `MyCode::NotFound` is read.
fn named(input: &Input, name: Option<String>, rows: Vec<Row>) -> Table {
    let (path, written) = input.attrs.codes.as_ref().map_or_else(
        || (TokenStream::new(), Vec::new()),
        |codes| (codes.path.to_token_stream(), unraw::path_names(&codes.path)),
    );
    let name = name.or_else(|| written.last().cloned()).unwrap_or_default();
    Table::own(name, written, path, rows)
}

/// The input read, with the mistakes found on the way; or every error found
/// before it stopped parsing, and why it stopped.
fn read(tokens: TokenStream) -> Result<(Ctxt, Input), syn::Error> {
    let cx = Ctxt::new();
    match (|input: ParseStream<'_>| item::parse(&cx, input)).parse2(tokens) {
        Ok(input) => Ok((cx, input)),
        Err(err) => Err(match cx.finish() {
            Ok(()) => err,
            Err(mut found) => {
                found.combine(err);
                found
            }
        }),
    }
}

/// A case that `valid` accepted, with what it answers resolved.
struct Arm<'b> {
    case: Case<'b>,
    kind: Kind<'b>,
    /// `OTHER_ERROR` for an outage, else 0.
    other: u8,
    /// A transparent variant over the type itself (`Box<Self>`), whose
    /// codes and variants are the type's others.
    own_type: bool,
}

enum Kind<'b> {
    Transparent(&'b Field),
    Static {
        code: u16,
        text: String,
    },
    Interpolated {
        code: u16,
        template: &'b Template,
        /// Every placeholder is a plain `{field}`.
        plain: bool,
    },
}

/// The paths the expansion names, each built once: everything it names is
/// in the crate's hidden, versioned module.
struct Paths {
    /// `#krate::__private_0_1`.
    private: TokenStream,
    /// The table's type.
    table: TokenStream,
    /// The path to the crate where the user wrote one (`crate = path`):
    /// its tokens keep their spans wherever the expansion moves the rest.
    given_krate: Option<TokenStream>,
}

/// The cases `valid` accepted, each with what it answers resolved.
fn arms<'b>(input: &'b Input, table: &Table) -> Vec<Arm<'b>> {
    input
        .cases()
        .into_iter()
        .filter_map(|case| {
            let (kind, other) = match case.behavior(table)?.ok()? {
                Behavior::Transparent(field) => (Kind::Transparent(field), 0),
                Behavior::Coded { resolved, message } => {
                    let other = if resolved.other { OTHER_ERROR } else { 0 };
                    let kind = match message {
                        Some(template) if !template.is_static() => Kind::Interpolated {
                            code: resolved.code,
                            template,
                            // A field that may be unsized (only a struct's
                            // last can be) cannot be a `&dyn Display`:
                            // `format_args!` shows it.
                            plain: template.is_plain()
                                && (case.is_variant
                                    || !case.fields.last().is_some_and(|last| {
                                        template.fields().any(|(field, _)| last.name == *field)
                                            && maybe_unsized(&last.ty, &input.generics)
                                    })),
                        },
                        Some(template) => Kind::Static {
                            code: resolved.code,
                            text: template.static_text(),
                        },
                        None => Kind::Static {
                            code: resolved.code,
                            text: resolved.message.into_owned(),
                        },
                    };
                    (kind, other)
                }
            };
            let own_type = matches!(kind, Kind::Transparent(field)
                if is_own_type(&field.ty, &input.name, &input.generics));
            Some(Arm {
                case,
                kind,
                other,
                own_type,
            })
        })
        .collect()
}

fn expand(input: &Input, table: &Table, krate: &TokenStream) -> TokenStream {
    let arms = arms(input, table);
    let paths = Paths {
        private: quote!(#krate::__private_0_1),
        table: table.path.clone(),
        given_krate: crate::attr::krate(&input.attrs).map(ToTokens::to_token_stream),
    };
    let Paths {
        private: p,
        table: table_path,
        ..
    } = &paths;

    let bounds = bounds(input, &arms, &paths, &table.name);
    let api_predicates = bounds.where_clause(false);
    let docs_predicates = bounds.where_clause(true);
    let ty = input.impl_name();
    let (impl_generics, ty_generics, _) = input.generics.split_for_impl();

    let rows = rows(&arms, p);
    let index = index_fn(&arms, p);
    let inner = inner_fn(input, &arms, &paths);
    let write_message = write_message_fn(&arms, p);
    let message_args = message_args_fn(&arms, &input.generics, p);
    let retry_after_field = retry_after_field_fn(&arms, p);
    let codes = codes_const(&arms, &paths, &input.generics);
    let variants = variants_fn(&arms, &paths, &input.generics);
    let out = local("out");
    let allows = input.allows();
    let check_codes = transparent_checks(input, &arms, &paths);

    quote! {
        #allows
        #[automatically_derived]
        impl #impl_generics #p::Derived for #ty #ty_generics where #api_predicates {
            type Table = #table_path;
            #rows
            #index
            #inner
            #write_message
            #message_args
            #retry_after_field
        }

        #allows
        #[automatically_derived]
        impl #impl_generics #p::ApiError for #ty #ty_generics where #api_predicates {
            type Table = #table_path;
            #[inline]
            fn code(&self) -> #p::Status<#table_path> {
                #p::code(self)
            }
            fn message(&self) -> #p::Cow<'_, #p::str> {
                #p::message(self)
            }
            #[inline]
            fn to_json(&self) -> #p::Cow<'static, #p::str> {
                #p::to_json(self)
            }
            #[inline]
            fn write_json(&self, #out: &mut #p::String) {
                #p::write_json(self, #out);
            }
            fn retry_after(&self) -> #p::Option<#p::u64> {
                #p::retry_after(self)
            }
            fn variant(&self) -> #p::Option<&'static #p::str> {
                #p::variant(self)
            }
        }

        #allows
        #[automatically_derived]
        impl #impl_generics #p::ApiErrorDocs for #ty #ty_generics where #docs_predicates {
            #codes
            #variants
        }

        #check_codes
    }
}

fn bounds<'a>(input: &'a Input, arms: &[Arm<'a>], paths: &Paths, name: &'a str) -> Bounds<'a> {
    let Paths {
        private: p, table, ..
    } = paths;
    let mut bounds = Bounds::new(&input.generics, name, input.attrs.crate_names());
    if input.generics.type_params().next().is_none() {
        return bounds;
    }
    for arm in arms {
        match &arm.kind {
            Kind::Transparent(_) if arm.own_type => {}
            Kind::Transparent(field) => {
                let api = quote!(#p::ApiError<Table = #table>);
                bounds.add(For::Api, &field.ty, "ApiError", api);
                let docs = quote!(#p::ApiErrorDocs);
                bounds.add(For::Docs, &field.ty, "ApiErrorDocs", docs);
            }
            Kind::Interpolated { template, .. } => {
                for (field, spec) in template.fields() {
                    if let Ok(field) = arm.case.field(field) {
                        let name = format_trait(spec);
                        let bound = quote!(#p::fmt::#name);
                        bounds.add_formatted(&field.ty, &name.to_string(), bound);
                    }
                }
            }
            Kind::Static { .. } => {}
        }
        if let Some(field) = retry_after_field(&arm.case) {
            bounds.add(For::Api, &field.ty, "RetryAfter", quote!(#p::RetryAfter));
        }
    }
    bounds
}

/// The field `retry_after = ...` names, once `valid` has checked it.
fn retry_after_field<'b>(case: &Case<'b>) -> Option<&'b Field> {
    let retry_after = case.attrs.retry_after.as_ref()?;
    case.field(&retry_after.field).ok()
}

/// An identifier for a generated local or parameter, `__apicodes_name`.
/// Mixed-site hygiene keeps a local from meaning another local, but a
/// pattern's name still resolves to a constant or static in scope (`const
/// out: usize` would make `out: &mut String` a constant pattern), so the
/// name is also one no user's item has, as `binding`'s are.
fn local(name: &str) -> Ident {
    Ident::new(&format!("__apicodes_{name}"), site::mixed())
}

/// The prefix of the identifier a pattern binds a field to. A pattern's
/// name resolves to a constant of that name where one is in scope, whatever
/// the hygiene, so it is one no user's constant has.
const BINDING: &str = "__apicodes_field_";

/// The identifier a pattern binds `field` to, with `span` (mixed-site
/// hygiene, shown where errors about the field's use should point).
fn binding(field: &Field, span: Span) -> Ident {
    let mut name = String::with_capacity(BINDING.len() + 8);
    name.push_str(BINDING);
    // The name as `item` read it, without `r#`: not read again here.
    match &field.name {
        FieldRef::Named(text) => name.push_str(text),
        FieldRef::Index(index) => push_number(&mut name, *index as u64),
    }
    Ident::new(&name, span)
}

/// `Self::Variant { member: binding, .. }` (or `Self { ... }` for a
/// struct), binding only `fields`, each shown at `span`. The variant and
/// field names are the user's tokens.
fn pattern_into(tokens: &mut Tokens, case: &Case<'_>, fields: &[&Field], span: Span) {
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
                    let mut number = Literal::u32_unsuffixed(index.index);
                    number.set_span(index.span);
                    inner.push(number);
                }
            }
            inner.op(":");
            inner.push(binding(field, span));
            inner.op(",");
        }
        inner.op("..");
    });
}

/// `match self { arms, _ => wildcard }` over the cases `arm` writes (its
/// pattern, `=>` and body; it returns `false` for a case it skips), with
/// the wildcard only where some case was skipped, so it is never
/// unreachable. `None` when `arm` writes no case.
fn match_self(
    arms: &[Arm<'_>],
    wildcard: &TokenStream,
    mut arm: impl FnMut(&mut Tokens, &Arm<'_>) -> bool,
) -> Option<TokenStream> {
    let mut explicit = Tokens::new(site::call());
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
    let wildcard = others.then(|| quote!(_ => #wildcard,));
    Some(quote!(match self { #explicit #wildcard }))
}

/// `ROWS`, one `Row` per variant in declaration order, with everything
/// about it known at expansion time and bodies computed by core's writer,
/// and `NAMES`, every variant's name and doc comment in one literal.
///
/// The rows are `rows::<N>(&[&[message, ...], ...], &[&[body, ...], ...],
/// heads)`, messages and bodies in arrays of at most `__rows::LIST`, codes
/// and flags in one byte string (core's `__rows` says how), which the facade's
/// `rows` puts together when the compiler evaluates `ROWS`: two string
/// literals a variant where a call per variant was ten tokens, which the
/// compiler parsed, expanded and hashed again in every build; the evaluated
/// rows come from its cache. The lists are written as source text and lexed
/// by the compiler in one call each: for the thousand-variant enums this is
/// built for, that is several times faster than building the same tokens
/// one by one in the unoptimised proc macro cargo builds by default. The
/// text holds only string literals; no name the user wrote and no error can
/// point into it.
fn rows(arms: &[Arm<'_>], p: &TokenStream) -> TokenStream {
    // Sized for a typical row, so the text is seldom copied to grow.
    let mut messages = String::with_capacity(32 * arms.len() + 4);
    let mut bodies = String::with_capacity(64 * arms.len() + 4);
    let mut heads = Vec::with_capacity(__rows::HEAD * arms.len());
    let mut names = String::with_capacity(16 * arms.len());
    messages.push_str("&[&[");
    bodies.push_str("&[&[");
    for (i, arm) in arms.iter().enumerate() {
        let retry = if arm.case.attrs.retry_after.is_some() {
            RETRY_AFTER
        } else {
            0
        };
        let (code, flags) = match &arm.kind {
            Kind::Transparent(_) => {
                messages.push_str("\"\"");
                bodies.push_str("\"\"");
                (0, TRANSPARENT)
            }
            Kind::Static {
                code,
                text: message,
            } => {
                push_str_literal(&mut messages, message);
                push_body_literal(&mut bodies, *code, message);
                (*code, retry | arm.other)
            }
            Kind::Interpolated {
                code,
                template,
                plain,
            } => {
                push_str_literal(&mut messages, &template.value);
                // The body's prefix, for a message written through
                // `format_args!`; `message_args` gives a plain one's body.
                let plain = if *plain {
                    bodies.push_str("\"\"");
                    PLAIN_ARGS
                } else {
                    let mut prefix = String::new();
                    json::write_body_start(&mut prefix, *code);
                    push_str_literal(&mut bodies, &prefix);
                    0
                };
                (*code, INTERPOLATED | plain | retry | arm.other)
            }
        };
        messages.push(',');
        bodies.push(',');
        __rows::push(&mut heads, __rows::Head { code, flags });
        if (i + 1) % __rows::LIST == 0 && i + 1 < arms.len() {
            messages.push_str("],&[");
            bodies.push_str("],&[");
        }
        for text in [arm.case.name, &arm.case.attrs.doc] {
            push_number(&mut names, text.len() as u64);
            names.push(':');
            names.push_str(text);
        }
    }
    messages.push_str("]]");
    bodies.push_str("]]");
    let count = Literal::usize_unsuffixed(arms.len());
    let messages = lex(&messages);
    let bodies = lex(&bodies);
    let heads = Literal::byte_string(&heads);
    let names = Literal::string(&names);
    // Doc comments with values a macro gives, which only the compiler reads:
    // joined when it evaluates `DOCS`.
    let docs: Vec<TokenStream> = arms
        .iter()
        .enumerate()
        .filter_map(|(i, arm)| {
            let pieces = arm.case.attrs.doc_macro.as_ref()?;
            let i = Literal::usize_unsuffixed(i);
            Some(quote!((#i, {
                const PIECES: &[(#p::bool, &#p::str)] = &[#pieces];
                const BYTES: [#p::u8; #p::doc_len(PIECES)] = #p::doc_join(PIECES);
                #p::doc_str(&BYTES)
            })))
        })
        .collect();
    let docs = (!docs.is_empty())
        .then(|| quote!(const DOCS: &'static [(#p::usize, &'static #p::str)] = &[#(#docs),*];));
    quote! {
        const ROWS: &'static [#p::Row] = &#p::rows::<#count>(#messages, #bodies, #heads);
        const NAMES: &'static #p::str = #names;
        #docs
    }
}

/// `index`: the one `match` over every variant giving a value's row.
fn index_fn(arms: &[Arm<'_>], p: &TokenStream) -> TokenStream {
    let body = match arms {
        [] => quote!(match *self {}),
        [arm] if !arm.case.is_variant => quote!(0),
        arms => {
            let mut tokens = Tokens::new(site::call());
            // `{ .. }`, built once: a variant with fields is matched by a
            // copy of it.
            let mut rest = Tokens::new(site::call());
            rest.op("..");
            let rest = Group::new(Delimiter::Brace, rest.finish());
            for (i, arm) in arms.iter().enumerate() {
                // `Self::Variant`, and `{ .. }` unless it is a unit variant.
                tokens.ident("Self");
                tokens.op("::");
                tokens.push(arm.case.ident.clone());
                if !arm.case.unit {
                    tokens.push(rest.clone());
                }
                tokens.op("=>");
                tokens.push(Literal::usize_unsuffixed(i));
                tokens.op(",");
            }
            let tokens = tokens.finish();
            quote!(match self { #tokens })
        }
    };
    quote! {
        #[inline]
        fn index(&self) -> #p::usize {
            #body
        }
    }
}

/// `inner`: the field of each transparent variant, as `&dyn ApiError`.
/// A sized field that stands alone (see `stands_alone`) goes through
/// `docs_of`, the bound its docs are read by, so that a type that is no
/// error of this table is reported once; others are cast, which asks only
/// for `ApiError`, as the impl's bounds do.
fn inner_fn(input: &Input, arms: &[Arm<'_>], paths: &Paths) -> TokenStream {
    let Paths {
        private: p, table, ..
    } = paths;
    let body = match_self(arms, &quote!(#p::Option::None), |tokens, arm| {
        let Kind::Transparent(field) = &arm.kind else {
            return false;
        };
        // Shown at the field's type: a type that is no `ApiError` of this
        // table is reported there.
        let span = site::call().located_at(ty_span(field));
        let bound = site::mixed().located_at(span);
        pattern_into(tokens, &arm.case, &[field], bound);
        tokens.op("=>");
        let binding = binding(field, bound);
        let ty = &field.ty;
        let checked =
            !maybe_unsized(ty, &input.generics) && stands_alone(ty, &input.generics, &input.name);
        // `some` keeps the derive's spans: at the type, behind a path to
        // the crate the user wrote, rustc's advice for a path that does not
        // resolve would rewrite the field's type (and named `Option::Some`,
        // it would suggest importing `Option`).
        let some = quote!(#p::some);
        tokens.extend(if checked {
            quote_spanned! {span=>
                #some((#p::docs_of::<#ty, #table>().error)(#binding))
            }
        } else {
            quote_spanned! {span=>
                #some::<&dyn #p::ApiError<Table = #table>>(#binding)
            }
        });
        true
    });
    let Some(body) = body else {
        return TokenStream::new();
    };
    quote! {
        fn inner(&self) -> #p::Option<&dyn #p::ApiError<Table = #table>> {
            #body
        }
    }
}

/// The span of a field's type, where errors about the type point: the
/// type's own name (`Error` in `std::io::Error`), even inside the
/// invisible group a `$t:ty` fragment arrives in.
fn ty_span(field: &Field) -> Span {
    fn name(ty: &syn::Type) -> Span {
        match ty {
            syn::Type::Group(group) => name(&group.elem),
            syn::Type::Paren(paren) => name(&paren.elem),
            syn::Type::Reference(reference) => name(&reference.elem),
            syn::Type::Path(path) => path
                .path
                .segments
                .last()
                .map_or_else(|| syn::spanned::Spanned::span(ty), |s| s.ident.span()),
            _ => syn::spanned::Spanned::span(ty),
        }
    }
    name(&field.ty)
}

/// `write_message`: each interpolated message with a format spec (such as
/// `{id:>5}` or `{x:?}`) as one `format_args!`.
fn write_message_fn(arms: &[Arm<'_>], p: &TokenStream) -> TokenStream {
    let out = local("out");
    let json = local("json");
    let body = message_match(arms, false, &quote!({}), |tokens, case, template, _| {
        let args = placeholder_bindings(case, template);
        let format = format_string(template);
        tokens.extend(quote! {
            #p::push_fmt(#out, #json, #p::format_args!(#format #(, #args)*))
        });
    });
    let Some(body) = body else {
        return TokenStream::new();
    };
    quote! {
        fn write_message(&self, #out: &mut #p::String, #json: #p::bool) {
            #body
        }
    }
}

/// `message_args`: for each interpolated message whose placeholders are all
/// plain, a call of `__private_0_1::put` with the JSON body's pieces around
/// the fields (escaped here, at expansion time) and the fields it shows,
/// each as the `Arg` its type takes, in the template's order. Each binding
/// is shown at the message, where a field without `Display` is reported.
fn message_args_fn(arms: &[Arm<'_>], generics: &syn::Generics, p: &TokenStream) -> TokenStream {
    let out = local("out");
    let template = local("template");
    // Each case gives its body's text length, pieces and arguments; one
    // `put` after the match writes them.
    let body = message_match(
        arms,
        true,
        &quote!(return),
        |tokens, case, message, code| {
            let body = body_pieces(code, message);
            tokens.group(Delimiter::Parenthesis, |triple| {
                triple.push(Literal::usize_unsuffixed(
                    body.iter().map(String::len).sum(),
                ));
                triple.op(",");
                // `&["{\"code\":400,\"message\":\"field ", " of user ", ...]`:
                // the body's text around the fields, escaped here.
                triple.op("&");
                triple.group(Delimiter::Bracket, |pieces| {
                    for (i, piece) in body.iter().enumerate() {
                        if i > 0 {
                            pieces.op(",");
                        }
                        pieces.push(Literal::string(piece));
                    }
                });
                triple.op(",");
                // `&[arg(field, field), Pick(field).__apicodes_choose(field), ...]`:
                // each field as the `Arg` its type takes, by `arg` where the
                // type is plainly `'static`, else by `Pick` (see
                // `__private_0_1::arg`), shown at the message.
                triple.op("&");
                triple.group(Delimiter::Bracket, |list| {
                    for (i, (field, binding)) in placeholders(case, message).into_iter().enumerate()
                    {
                        if i > 0 {
                            list.op(",");
                        }
                        if is_static(&field.ty, generics) {
                            list.ident("arg");
                            list.group(Delimiter::Parenthesis, |arg| {
                                arg.push(binding.clone());
                                arg.op(",");
                                arg.push(binding);
                            });
                        } else {
                            list.ident("Pick");
                            list.group(Delimiter::Parenthesis, |arg| arg.push(binding.clone()));
                            list.op(".");
                            list.ident("__apicodes_choose");
                            list.group(Delimiter::Parenthesis, |arg| arg.push(binding));
                        }
                    }
                });
            });
        },
    );
    let Some(body) = body else {
        return TokenStream::new();
    };
    let text = local("text");
    let pieces = local("pieces");
    let args = local("args");
    quote! {
        fn message_args(
            &self,
            #out: &mut #p::String,
            #template: #p::Option<&#p::str>,
        ) {
            use #p::{Choose as _, Pick, arg};
            let (#text, #pieces, #args): (#p::usize, &[&#p::str], &[#p::Arg<'_>]) = #body;
            #p::put(#out, #template, #text, #pieces, #args);
        }
    }
}

/// A plain interpolated message's JSON body for `code`, in the pieces
/// around its fields: one more than the fields, escaped.
fn body_pieces(code: u16, template: &Template) -> Vec<String> {
    let mut piece = String::new();
    json::write_body_start(&mut piece, code);
    let mut pieces = Vec::new();
    for segment in &template.segments {
        match segment {
            Segment::Text(text) => json::escape_into(&mut piece, text),
            Segment::Field { .. } => pieces.push(std::mem::take(&mut piece)),
        }
    }
    piece.push_str(json::BODY_END);
    pieces.push(piece);
    pieces
}

/// The `match self` over the interpolated messages that are `plain` (or
/// not): each case's pattern binding the fields its message uses, `=>`,
/// and what `body` writes.
fn message_match(
    arms: &[Arm<'_>],
    plain: bool,
    wildcard: &TokenStream,
    mut body: impl FnMut(&mut Tokens, &Case<'_>, &Template, u16),
) -> Option<TokenStream> {
    match_self(arms, wildcard, |tokens, arm| match &arm.kind {
        Kind::Interpolated {
            template,
            plain: this,
            code,
        } if *this == plain => {
            let span = site::mixed().located_at(template.span);
            pattern_into(
                tokens,
                &arm.case,
                &template_fields(&arm.case, template),
                span,
            );
            tokens.op("=>");
            body(tokens, &arm.case, template, *code);
            true
        }
        _ => false,
    })
}

/// `retry_after_field`: the field each `retry_after = field` names.
fn retry_after_field_fn(arms: &[Arm<'_>], p: &TokenStream) -> TokenStream {
    let body = match_self(arms, &quote!(#p::Option::None), |tokens, arm| {
        let (Some(field), Some(retry_after)) =
            (retry_after_field(&arm.case), &arm.case.attrs.retry_after)
        else {
            return false;
        };
        // Shown at the attribute's field name: a type that cannot be a
        // delay is reported there.
        let span = site::call().located_at(retry_after.span);
        let bound = site::mixed().located_at(span);
        pattern_into(tokens, &arm.case, &[field], bound);
        tokens.op("=>");
        let binding = binding(field, bound);
        let ty = &field.ty;
        tokens.extend(quote_spanned! {span=>
            <#ty as #p::RetryAfter>::retry_after_secs(#binding)
        });
        true
    });
    let Some(body) = body else {
        return TokenStream::new();
    };
    // By row: whether the field's type always has a delay.
    let always = arms.iter().enumerate().filter_map(|(i, arm)| {
        let field = retry_after_field(&arm.case)?;
        let ty = &field.ty;
        let i = Literal::usize_unsuffixed(i);
        Some(quote!(#i => <#ty as #p::RetryAfter>::ALWAYS,))
    });
    let index = local("index");
    quote! {
        fn retry_after_field(&self) -> #p::Option<#p::u64> {
            #body
        }
        fn retry_after_always(#index: #p::usize) -> #p::bool {
            match #index {
                #(#always)*
                _ => false,
            }
        }
    }
}

fn codes_const(arms: &[Arm<'_>], paths: &Paths, generics: &syn::Generics) -> TokenStream {
    let Paths {
        private: p, table, ..
    } = paths;
    let mut numbers: Vec<u16> = arms
        .iter()
        .filter_map(|arm| match &arm.kind {
            Kind::Static { code, .. } | Kind::Interpolated { code, .. } => Some(*code),
            Kind::Transparent(_) => None,
        })
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    let numbers = numbers.into_iter().map(Literal::u16_unsuffixed);
    let inner = arms.iter().filter_map(|arm| match &arm.kind {
        Kind::Transparent(field) if !arm.own_type => {
            Some(inner_codes(field, &field.ty, paths, generics))
        }
        _ => None,
    });
    quote! {
        const CODES: #p::CodeSet<#table> = #p::CodeSet::from_numbers(&[#(#numbers),*]) #(.union(#inner))*;
    }
}

/// The checks of transparent variants' codes that can be made now. They
/// are checked as `CODES` is evaluated, which a type without type or const
/// parameters can have done at once (its lifetimes as `'static`); in one
/// with them, each inner type that names none of them is checked alone.
fn transparent_checks(input: &Input, arms: &[Arm<'_>], paths: &Paths) -> TokenStream {
    let Paths {
        private: p,
        table: table_path,
        ..
    } = paths;
    let allows = input.allows();
    let mut transparent = arms
        .iter()
        .filter_map(|arm| match &arm.kind {
            Kind::Transparent(field) if !arm.own_type => Some(field),
            _ => None,
        })
        .peekable();
    let only_lifetimes = input
        .generics
        .params
        .iter()
        .all(|param| matches!(param, syn::GenericParam::Lifetime(_)));
    if only_lifetimes {
        if transparent.peek().is_none() {
            return TokenStream::new();
        }
        let ty = input.impl_name();
        let statics = input
            .generics
            .params
            .iter()
            .map(|_| syn::Lifetime::new("'static", site::call()));
        let args = (!input.generics.params.is_empty()).then(|| quote!(<#(#statics),*>));
        return quote! {
            #allows
            const _: #p::CodeSet<#table_path> = <#ty #args as #p::ApiErrorDocs>::CODES;
        };
    }
    transparent
        .filter_map(|field| {
            let ty = closed(&field.ty, &input.generics, &input.name)?;
            let check = inner_codes(field, &ty, paths, &input.generics);
            Some(quote! {
                #allows
                const _: #p::CodeSet<#table_path> = #check;
            })
        })
        .collect()
}

/// A transparent field's codes, checked (`__private::inner_codes`); the
/// field's type written `ty`.
fn inner_codes(
    field: &Field,
    ty: &impl ToTokens,
    paths: &Paths,
    generics: &syn::Generics,
) -> TokenStream {
    let Paths {
        private: p, table, ..
    } = paths;
    let span = site::call().located_at(ty_span(field));
    // The check's error points at the type alone, so its path takes the
    // type's location (and keeps its resolution); a path to the crate the
    // user wrote keeps its own, so that a mistake in it is reported there
    // alone, not at each transparent field.
    let at_type = |tokens: TokenStream| -> TokenStream {
        tokens
            .into_iter()
            .map(|mut tree| {
                tree.set_span(span);
                tree
            })
            .collect()
    };
    let check = match &paths.given_krate {
        Some(krate) => {
            let rest = at_type(quote!(::__private_0_1::inner_codes));
            quote!(#krate #rest)
        }
        None => at_type(quote!(#p::inner_codes)),
    };
    let docs = docs_of(field, generics, p);
    quote_spanned!(span=> #check(#docs::<#ty, #table>().codes))
}

/// What a transparent field's docs are read through, every use of one
/// field through the same bound (rustc reports an unmet one once):
/// `__private::docs_of`, which also hands the field on as the error, or,
/// for a field that may be unsized (`dyn Trait`, a `?Sized` parameter),
/// `unsized_docs_of`, which asks nothing of its size.
fn docs_of(field: &Field, generics: &syn::Generics, p: &TokenStream) -> TokenStream {
    if maybe_unsized(&field.ty, generics) {
        quote!(#p::unsized_docs_of)
    } else {
        quote!(#p::docs_of)
    }
}

fn variants_fn(arms: &[Arm<'_>], paths: &Paths, generics: &syn::Generics) -> TokenStream {
    let Paths {
        private: p, table, ..
    } = paths;
    let index = local("index");
    let list = local("variants");
    let nested = arms
        .iter()
        .enumerate()
        .filter_map(|(i, arm)| match &arm.kind {
            Kind::Transparent(field) if !arm.own_type => {
                let ty = &field.ty;
                let name = unraw::unraw(arm.case.ident);
                let span = site::call().located_at(ty_span(field));
                let docs = docs_of(field, generics, p);
                let inner = quote_spanned!(span=> (#docs::<#ty, #table>().variants)());
                Some(quote!(#i => #p::nest(#list, #name, #inner),))
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
        fn variants() -> #p::Vec<#p::VariantDoc<#table>> {
            #p::variants::<Self>(#closure)
        }
    }
}

/// The format string of a message with specs: its text with braces
/// doubled, and `{}` or `{:spec}` where each field goes, at the message's
/// span so errors (a field without `Debug`, say) point there.
fn format_string(template: &Template) -> Literal {
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
    format
}

/// The binding of each placeholder's field, in the template's order, shown
/// at the message in errors (a field without the `Display` a placeholder
/// needs is reported there).
fn placeholder_bindings(case: &Case<'_>, template: &Template) -> Vec<Ident> {
    placeholders(case, template)
        .into_iter()
        .map(|(_, binding)| binding)
        .collect()
}

/// Each placeholder's field and its binding (see `placeholder_bindings`).
fn placeholders<'b>(case: &Case<'b>, template: &Template) -> Vec<(&'b Field, Ident)> {
    let span = site::mixed().located_at(template.span);
    template
        .fields()
        .filter_map(|(field, _)| case.field(field).ok())
        .map(|field| (field, binding(field, span)))
        .collect()
}

/// The fields a template uses, each once, in declaration order.
fn template_fields<'b>(case: &Case<'b>, template: &Template) -> Vec<&'b Field> {
    case.fields
        .iter()
        .filter(|f| template.fields().any(|(wanted, _)| f.name == *wanted))
        .collect()
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

/// Appends `text` as a Rust string literal that means the same text, in
/// one pass over its bytes (the unoptimised build cargo makes of proc
/// macros makes `{:?}` costly): between quotes as is when nothing needs
/// escaping; as a raw string when only quotes and backslashes would (JSON
/// bodies); otherwise escaped, control characters as `\x..` (the NUL in
/// the body of a plain interpolated message, for one).
fn push_str_literal(src: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let (mut special, mut control, mut quote_hash) = (false, false, false);
    // One indexed loop: iterator adapters cost several times more in the
    // unoptimised build cargo makes of proc macros, for every literal.
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
/// literal, written by core's writer.
fn push_body_literal(src: &mut String, code: u16, message: &str) {
    let mut body = String::with_capacity(message.len() + 32);
    json::write_body(&mut body, code, message);
    push_str_literal(src, &body);
}

/// Appends `n` in decimal.
fn push_number(src: &mut String, n: u64) {
    if n >= 10 {
        push_number(src, n / 10);
    }
    // A single digit: the cast cannot truncate.
    #[allow(clippy::cast_possible_truncation)]
    src.push(char::from(b'0' + (n % 10) as u8));
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
            "#leading hash \"quoted\"",
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
