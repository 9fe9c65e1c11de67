//! Reads the derive's input into the model (`ast`), with syn's parser.
//!
//! As syn's own `DeriveInput` parser does, except in two ways. Names are
//! read with `Ident::parse_any`: rustc has already accepted the item in the
//! user's edition, so whatever identifier stands where a type, variant or
//! field name goes is a name there (`async` and `dyn` in edition 2015,
//! `gen` before 2024), though syn, which knows no editions, would reject
//! it. And attributes are handed to `attr` as they are met, so each is read
//! once, in place, with no `syn::Attribute` built for it.

use proc_macro2::{Delimiter, Group, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser, discouraged::Speculative as _};
use syn::{Generics, Ident, Member, Token, Visibility, braced, parenthesized, token};

use crate::ast::{Data, Field, Input, Variant};
use crate::attr::{self, Place};
use crate::ctxt::Ctxt;
use crate::template::FieldRef;
use crate::unraw;

/// `read` run on `tokens`; where it fails, run once more on them with the
/// words syn reads as keywords in every edition written raw, where they
/// can only be names ([`unraw::edition_2015_names`]: a type or a type
/// parameter named `try` or `dyn` in an edition-2015 crate, which rustc
/// accepted before the derive ran, and only there). An input that fails
/// again gets the second run's error: the first one's would be about a
/// name rustc accepted.
pub fn read_any_edition<T>(
    tokens: &TokenStream,
    read: impl Fn(TokenStream) -> syn::Result<T>,
) -> syn::Result<T> {
    read(tokens.clone()).or_else(|err| {
        let again = unraw::edition_2015_names(tokens.clone()).map_or(Err(err), &read);
        again.map_err(advice_for_users)
    })
}

/// `err` with syn's advice to its callers, which a user cannot follow,
/// replaced by advice they can. The derive builds syn without its `full`
/// feature (which every build would pay for), and so syn reads no block,
/// `if` or `match` in an array's length, and says to turn that feature on.
fn advice_for_users(err: syn::Error) -> syn::Error {
    const SYN_FULL: &str = "unsupported expression; enable syn's features=[\"full\"]";
    let mut messages = err.into_iter().map(|err| {
        if err.to_string() == SYN_FULL {
            syn::Error::new(
                err.span(),
                "the derive cannot read this expression (a block, `if` or `match`); give it a \
                 name, `const LEN: usize = ...;`, and write that name here",
            )
        } else {
            err
        }
    });
    let mut all = messages
        .next()
        .unwrap_or_else(|| syn::Error::new(Span::call_site(), ""));
    for err in messages {
        all.combine(err);
    }
    all
}

/// The item's header ([`header_tokens`]), its attributes read as the derive reads
/// them, though their mistakes are the derive's to report: the framework
/// derives use only `crate`, and the derive, whose input failed to read,
/// the name and generics for impls that compile.
pub fn read_header(input: TokenStream) -> syn::Result<Input> {
    read_any_edition(&header_tokens(input), read_quietly)
}

/// The whole input, read as [`read_header`] reads its header.
pub fn read_whole(input: &TokenStream) -> syn::Result<Input> {
    read_any_edition(input, read_quietly)
}

/// The input read, its attributes' mistakes left for another reading to
/// report.
fn read_quietly(tokens: TokenStream) -> syn::Result<Input> {
    let cx = Ctxt::new();
    let input = (|input: ParseStream<'_>| parse(&cx, input)).parse2(tokens);
    let _ = cx.finish();
    input
}

/// The path the expansion names this crate by: `crate = path`, or
/// `::apicodes`; `None` where `crate = ...` was written and did not read
/// (reported), so that no path to the crate is known.
pub fn crate_path(attrs: &attr::Attrs) -> Option<TokenStream> {
    match attr::krate(attrs) {
        Some(path) => Some(path.to_token_stream()),
        None if attrs.unread.krate => None,
        None => Some(quote::quote!(::apicodes)),
    }
}

/// [`crate_path`], or `::apicodes` where no path is known: what the impls
/// that stand in for the type's go through (no path may reach the crate
/// then, but where it is not renamed, the type's uses add no errors).
pub fn stand_in_path(attrs: &attr::Attrs) -> TokenStream {
    crate_path(attrs).unwrap_or_else(|| quote::quote!(::apicodes))
}

/// [`crate_path`] from the type's attributes read alone, for an input whose
/// header does not read: its errors name the crate as its expansion would.
pub fn crate_path_of(tokens: TokenStream) -> Option<TokenStream> {
    let cx = Ctxt::new();
    let attrs = (|input: ParseStream<'_>| {
        let attrs = attr::outer(&cx, input, Place::Type)?;
        input.parse::<TokenStream>()?;
        Ok(attrs)
    })
    .parse2(tokens);
    let _ = cx.finish();
    attrs.map_or_else(
        |_| Some(quote::quote!(::apicodes)),
        |attrs| crate_path(&attrs),
    )
}

/// The whole item.
pub fn parse(cx: &Ctxt, input: ParseStream<'_>) -> syn::Result<Input> {
    let mut attrs = attr::outer(cx, input, Place::Type)?;
    let _: Visibility = input.parse()?;
    let lookahead = input.lookahead1();
    let (ident, mut generics, data);
    if lookahead.peek(Token![struct]) {
        input.parse::<Token![struct]>()?;
        (ident, generics) = header(input)?;
        let where_clause: Option<syn::WhereClause> = input.parse()?;
        if where_clause.is_none() && input.peek(token::Paren) {
            data = Data::Struct(unnamed_fields(cx, input, &mut attrs)?);
            generics.where_clause = input.parse()?;
            input.parse::<Token![;]>()?;
        } else {
            generics.where_clause = where_clause;
            let lookahead = input.lookahead1();
            data = if lookahead.peek(token::Brace) {
                Data::Struct(named_fields(cx, input, &mut attrs)?)
            } else if lookahead.peek(Token![;]) {
                input.parse::<Token![;]>()?;
                Data::Struct(Vec::new())
            } else {
                return Err(lookahead.error());
            };
        }
    } else if lookahead.peek(Token![enum]) {
        input.parse::<Token![enum]>()?;
        (ident, generics) = header(input)?;
        generics.where_clause = input.parse()?;
        let content;
        braced!(content in input);
        let mut variants = Vec::new();
        while !content.is_empty() {
            variants.push(variant(cx, &content)?);
            if content.is_empty() {
                break;
            }
            content.parse::<Token![,]>()?;
        }
        data = Data::Enum(variants);
    } else if lookahead.peek(Token![union]) {
        let union: Token![union] = input.parse()?;
        (ident, generics) = header(input)?;
        generics.where_clause = input.parse()?;
        named_fields(cx, input, &mut attrs)?;
        data = Data::Union(union.span);
    } else {
        return Err(lookahead.error());
    }
    // Reported, and reading goes on: the impls that stand in for the
    // type's bind no names.
    if let Some(err) = reserved_name(&generics) {
        cx.push(err);
    }
    Ok(Input {
        name: unraw::unraw(&ident),
        ident,
        generics,
        attrs,
        data,
    })
}

/// The type's name and generics (without the where clause).
fn header(input: ParseStream<'_>) -> syn::Result<(Ident, Generics)> {
    let ident = input.call(Ident::parse_any)?;
    let generics: Generics = input.parse()?;
    Ok((ident, generics))
}

/// The error for a const parameter or lifetime of `generics` named as the
/// derives' own names are: the generated code binds names of its own,
/// `__apicodes_*` (and a lifetime `'__apicodes_any`), which no hygiene
/// keeps a const parameter or a lifetime of the same name from taking
/// over.
fn reserved_name(generics: &Generics) -> Option<syn::Error> {
    let (name, kind) = generics
        .const_params()
        .map(|param| (&param.ident, "const parameter"))
        .chain(
            generics
                .lifetimes()
                .map(|param| (&param.lifetime.ident, "lifetime")),
        )
        .find(|(name, _)| unraw::unraw(name).starts_with("__apicodes"))?;
    Some(syn::Error::new(
        name.span(),
        format!(
            "names that begin with `__apicodes` are the derive's own: its code binds such \
             names, which this {kind} would take over; rename it"
        ),
    ))
}

/// One variant: attributes, name, fields, and a discriminant, passed over.
fn variant(cx: &Ctxt, input: ParseStream<'_>) -> syn::Result<Variant> {
    let mut attrs = attr::outer(cx, input, Place::Variant)?;
    let (ident, name) = name(input)?;
    let unit = !input.peek(token::Brace) && !input.peek(token::Paren);
    let fields = if input.peek(token::Brace) {
        named_fields(cx, input, &mut attrs)?
    } else if input.peek(token::Paren) {
        unnamed_fields(cx, input, &mut attrs)?
    } else {
        Vec::new()
    };
    skip_default(input)?;
    Ok(Variant {
        ident,
        name,
        attrs,
        fields,
        unit,
    })
}

/// A variant's or field's name, with its text without `r#`, after any
/// visibility (rustc rejects one on a variant; syn's parser takes it, and
/// so does this). The name's text is read once, here: whether it is `pub`
/// and what placeholders call it.
fn name(input: ParseStream<'_>) -> syn::Result<(Ident, String)> {
    let plain = input.step(|cursor| match cursor.ident() {
        Some((ident, rest)) => {
            let text = ident.to_string();
            if text == "pub" {
                Ok((None, *cursor))
            } else {
                Ok((Some((ident, text)), rest))
            }
        }
        None => Ok((None, *cursor)),
    })?;
    if let Some((ident, text)) = plain {
        return Ok((ident, unraw::unraw_text(text)));
    }
    let _: Visibility = input.parse()?;
    let ident = input.call(Ident::parse_any)?;
    let name = unraw::unraw(&ident);
    Ok((ident, name))
}

/// Reads a field's attributes, handing its owner (the variant or type)
/// what belongs to it: the lints the field allows, and that a misplaced
/// `#[api_error]` may hold its code. Whether the field is marked as the
/// error's cause (`#[source]`, `#[from]`).
fn field_attrs(cx: &Ctxt, content: ParseStream<'_>, owner: &mut attr::Attrs) -> syn::Result<bool> {
    let attrs = attr::outer(cx, content, Place::Field)?;
    owner.allows.extend(attrs.allows);
    owner.unread.code |= attrs.unread.code;
    Ok(attrs.source)
}

/// `{ name: Type, ... }`, names read as any identifier; the fields'
/// `#[allow(...)]` attributes join the owner's.
fn named_fields(
    cx: &Ctxt,
    input: ParseStream<'_>,
    owner: &mut attr::Attrs,
) -> syn::Result<Vec<Field>> {
    let content;
    braced!(content in input);
    let mut fields = Vec::new();
    while !content.is_empty() {
        let source = field_attrs(cx, &content, owner)?;
        let (ident, name) = name(&content)?;
        content.parse::<Token![:]>()?;
        let ty = field_type(&content)?;
        skip_default(&content)?;
        fields.push(Field {
            source: source || name == "source",
            name: FieldRef::Named(name),
            member: Member::Named(ident),
            ty,
        });
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(fields)
}

/// `(Type, ...)`; the fields' `#[allow(...)]` attributes join the owner's.
fn unnamed_fields(
    cx: &Ctxt,
    input: ParseStream<'_>,
    owner: &mut attr::Attrs,
) -> syn::Result<Vec<Field>> {
    let content;
    parenthesized!(content in input);
    let mut fields = Vec::new();
    while !content.is_empty() {
        let source = field_attrs(cx, &content, owner)?;
        let _: Visibility = content.parse()?;
        let ty = field_type(&content)?;
        let index = u32::try_from(fields.len()).unwrap_or(u32::MAX);
        fields.push(Field {
            source,
            name: FieldRef::Index(index as usize),
            member: Member::Unnamed(syn::Index {
                index,
                span: crate::site::call(),
            }),
            ty,
        });
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(fields)
}

/// A field's type. One written as a single name (`u64`, `String`) is the
/// path syn's type parser would make of it, built without that parser's
/// walk through every form a type can take, most of a large enum's parse;
/// any other type is syn's to read. rustc has parsed the item already, so
/// a name there is a type's.
fn field_type(input: ParseStream<'_>) -> syn::Result<syn::Type> {
    let single = input.step(|cursor| match cursor.ident() {
        Some((ident, rest))
            if rest.eof() || rest.punct().is_some_and(|(p, _)| p.as_char() == ',') =>
        {
            Ok((Some(ident), rest))
        }
        _ => Ok((None, *cursor)),
    })?;
    match single {
        Some(ident) => Ok(syn::Type::Path(syn::TypePath {
            attrs: Vec::new(),
            qself: None,
            path: syn::Path::from(ident),
        })),
        None => input.parse(),
    }
}

/// `= expression` (a discriminant, or a field's default value): the derive
/// never reads it.
fn skip_default(input: ParseStream<'_>) -> syn::Result<()> {
    if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        // Read as an expression, so that a comma inside it (`f::<u8, u16>()`)
        // does not end it; what syn's expression reader cannot read ends
        // at the next comma.
        let fork = input.fork();
        if fork.parse::<syn::Expr>().is_ok() && (fork.is_empty() || fork.peek(Token![,])) {
            input.advance_to(&fork);
        } else {
            crate::attr::skip_to_comma(input)?;
        }
    }
    Ok(())
}

/// The errors as `compile_error!` invocations, each at its error's place.
///
/// syn writes each as `::core::compile_error! { "..." }`, every token with
/// the error's span, so that rustc shows the error where it belongs, as
/// written. With a user's span, though, `::core` means the crate's root in
/// an edition-2015 crate, and a module under `#![no_implicit_prelude]` has
/// no `compile_error!` of its own; so the path becomes
/// `#krate::__private_0_1::compile_error`, which resolves at the user's
/// span in every edition where the crate path does: edition 2015 reads
/// `::apicodes` from the crate's root, so there the errors read only with
/// `extern crate apicodes;` (without it, the derive works, and its errors
/// say at their place that `apicodes` is not in the crate root). A path
/// resolved at the derive's own span would read in every edition, but
/// rustc shows such an error as inside the derive's expansion, and only
/// at the first token of a range.
///
/// `$crate` (from `crate = $crate::...` in a `macro_rules!`) means its
/// macro's crate only with its own span, from the macro's definition, and
/// an invocation whose path starts there is shown over the macro's whole
/// call. So through `$crate` the macro is imported, in a block of its own,
/// under a name at the error's place, and invoked by that name:
/// `const _: () = { use $crate::...::compile_error as name; name! { "..." } };`.
///
/// Where no path to the crate is known (`krate` is `None`: `crate = ...`
/// did not read), the macro is `::core::compile_error`, imported the same
/// way, at the derive's own span: every edition reads `::core` there as
/// the crate, `#![no_implicit_prelude]` or not.
pub fn to_compile_errors(err: &syn::Error, krate: Option<&TokenStream>) -> TokenStream {
    // The macro's path, imported in a block of its own, or the crate's path
    // in place of syn's `::core`.
    enum Through<'a> {
        Import(TokenStream),
        Crate(&'a TokenStream),
    }
    let through = match krate {
        None => Through::Import(quote::quote_spanned!(Span::mixed_site()=> ::core::compile_error)),
        Some(krate)
            if krate
                .clone()
                .into_iter()
                .any(|tree| matches!(&tree, TokenTree::Ident(ident) if ident == "$crate")) =>
        {
            Through::Import(quote::quote!(#krate::__private_0_1::compile_error))
        }
        Some(krate) => Through::Crate(krate),
    };
    let mut out = Vec::new();
    let mut trees = err.to_compile_error().into_iter();
    while let Some(tree) = trees.next() {
        // `::core::` is `:`, `:`, `core`, `:`, `:`.
        let starts_path = matches!(&tree, TokenTree::Punct(p) if p.as_char() == ':');
        if !starts_path {
            out.push(tree);
            continue;
        }
        let span = tree.span();
        for _ in 0..4 {
            trees.next();
        }
        let krate = match &through {
            Through::Crate(krate) => krate,
            Through::Import(import) => {
                // `compile_error`, then `!` and `{ "..." }` as syn spans them.
                trees.next();
                let invocation: TokenStream = trees.by_ref().take(2).collect();
                let name = Ident::new("__apicodes_compile_error", span);
                let mut block = proc_macro2::Group::new(
                    proc_macro2::Delimiter::Brace,
                    quote::quote! {
                        use #import as #name;
                        #name #invocation
                    },
                );
                block.set_span(span);
                out.extend(quote::quote_spanned!(span=> const _: () = #block;));
                continue;
            }
        };
        out.extend(
            quote::quote!(#krate::__private_0_1::)
                .into_iter()
                .map(|mut tree| {
                    tree.set_span(span);
                    tree
                }),
        );
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use syn::parse::Parser;

    use super::parse;
    use crate::ast::{Data, Input};
    use crate::ctxt::Ctxt;
    use crate::template::FieldRef;

    fn read(src: &str) -> Input {
        let tokens: proc_macro2::TokenStream = src.parse().expect(src);
        let cx = Ctxt::new();
        let input = (|input: syn::parse::ParseStream<'_>| parse(&cx, input))
            .parse2(tokens)
            .expect(src);
        cx.finish().expect(src);
        input
    }

    /// A type's path segments and whether any has arguments, as syn's
    /// parser builds them.
    fn path(ty: &syn::Type) -> (Vec<String>, bool) {
        let syn::Type::Path(path) = ty else {
            panic!("not a path type");
        };
        assert!(path.qself.is_none() && path.attrs.is_empty());
        let segments = &path.path.segments;
        (
            segments.iter().map(|s| s.ident.to_string()).collect(),
            segments.iter().any(|s| !s.arguments.is_none()),
        )
    }

    #[test]
    fn names_and_one_name_types_are_read_as_syn_would() {
        let input = read(
            "enum r#E { pub A(u64, r#u8), B { r#type: String, pub(crate) r#pub: Option<u8> }, \
             r#async, C(Self), D { last: u16 } }",
        );
        assert_eq!(input.name, "E");
        let Data::Enum(variants) = &input.data else {
            panic!("not an enum");
        };
        let names: Vec<&str> = variants.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(names, ["A", "B", "async", "C", "D"]);
        assert_eq!(variants[2].ident.to_string(), "r#async");
        let fields: Vec<(String, (Vec<String>, bool))> = variants
            .iter()
            .flat_map(|v| &v.fields)
            .map(|f| {
                let name = match &f.name {
                    FieldRef::Named(name) => name.clone(),
                    FieldRef::Index(index) => index.to_string(),
                };
                (name, path(&f.ty))
            })
            .collect();
        let expected = [
            ("0", ["u64"].as_slice(), false),
            ("1", &["r#u8"], false),
            ("type", &["String"], false),
            ("pub", &["Option"], true),
            ("0", &["Self"], false),
            ("last", &["u16"], false),
        ];
        assert_eq!(fields.len(), expected.len());
        for ((name, (segments, arguments)), (want, want_segments, want_arguments)) in
            fields.iter().zip(expected)
        {
            assert_eq!(name, want);
            assert_eq!(segments, want_segments);
            assert_eq!(*arguments, want_arguments, "{name}");
        }
        assert!(variants[4].fields.len() == 1 && !variants[0].unit && variants[2].unit);
    }
}

/// How deep in `<...>` a walk over token trees is: `->` (a return type in
/// a bound or default) closes nothing; groups are whole trees.
#[derive(Default)]
struct Angles {
    depth: usize,
    arrow: bool,
}

impl Angles {
    fn step(&mut self, tree: &TokenTree) {
        if let TokenTree::Punct(p) = tree {
            match p.as_char() {
                '<' => self.depth += 1,
                '>' if !self.arrow => self.depth = self.depth.saturating_sub(1),
                _ => {}
            }
            self.arrow = p.as_char() == '-' && p.spacing() == Spacing::Joint;
        } else {
            self.arrow = false;
        }
    }
}

/// The item with its body emptied: attributes, visibility, `struct`,
/// `enum` or `union`, name, generics and where clause, then `{}`. What is
/// not the header is passed over as whole token trees, never opened.
fn header_tokens(input: TokenStream) -> TokenStream {
    let mut out = Vec::new();
    let mut trees = input.into_iter().peekable();
    // Attributes and visibility, up to the keyword.
    for tree in trees.by_ref() {
        let keyword = matches!(&tree, TokenTree::Ident(ident)
            if ident == "struct" || ident == "enum" || ident == "union");
        out.push(tree);
        if keyword {
            break;
        }
    }
    // The name.
    out.extend(trees.next());
    // Generics, up to their closing `>`.
    if matches!(trees.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '<') {
        let mut angles = Angles::default();
        for tree in trees.by_ref() {
            angles.step(&tree);
            out.push(tree);
            if angles.depth == 0 {
                break;
            }
        }
    }
    // A tuple struct's fields, then the where clause, which ends at the
    // braced body or the `;` outside any `<...>` (a const argument
    // `Tr<{ N }>` is braced too).
    if matches!(trees.peek(), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis)
    {
        trees.next();
    }
    let mut angles = Angles::default();
    for tree in trees {
        if angles.depth == 0 {
            match &tree {
                TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => break,
                TokenTree::Punct(p) if p.as_char() == ';' => break,
                _ => {}
            }
        }
        angles.step(&tree);
        out.push(tree);
    }
    out.push(TokenTree::Group(Group::new(
        Delimiter::Brace,
        TokenStream::new(),
    )));
    out.into_iter().collect()
}

#[cfg(test)]
mod reading_again {
    use super::{read_any_edition, read_quietly as read};
    use quote::quote;

    /// An edition-2015 input that fails for another reason than a name syn
    /// takes for a keyword is reported as the second reading finds it, not
    /// at the name (`Vec<dyn>`, a type named `dyn`, which rustc accepted).
    #[test]
    fn the_second_readings_error_is_reported() {
        let tokens = quote! {
            enum E {
                A(Vec<dyn>),
                B(u8 u8),
            }
        };
        let first = read(tokens.clone())
            .err()
            .expect("syn takes `dyn` for a keyword");
        let err = read_any_edition(&tokens, read)
            .err()
            .expect("B is unreadable");
        assert_ne!(err.to_string(), first.to_string());
        assert_eq!(err.to_string(), "expected `,`");
        // Without B, the second reading reads it.
        let tokens = quote!(
            enum E {
                A(Vec<dyn >, <dyn  as Tr>::Out),
            }
        );
        assert!(read(tokens.clone()).is_err());
        assert!(read_any_edition(&tokens, read).is_ok());
    }
}
