//! Reads the derive's input into syn's tree (`DeriveInput`), as syn's own
//! parser does, except for names.
//!
//! rustc has already accepted the item in the user's edition, so whatever
//! identifier stands where a type, variant or field name goes is a name:
//! `async`, `await`, `dyn` and `try` are plain names in edition 2015, and
//! `gen` before 2024. syn knows no editions and would reject them, so names
//! are read with `Ident::parse_any`. Everything else (attributes,
//! visibility, generics, types) is syn's.

use proc_macro2::{TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{
    Attribute, Data, DataEnum, DataStruct, DataUnion, DeriveInput, Expr, Field, FieldModifiers,
    Fields, FieldsNamed, FieldsUnnamed, Generics, Ident, Token, Variant, Visibility, braced, token,
};

/// The item, as `DeriveInput`.
pub struct Item(pub DeriveInput);

impl Parse for Item {
    fn parse(input: ParseStream<'_>) -> syn::Result<Item> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        let lookahead = input.lookahead1();
        let data = if lookahead.peek(Token![struct]) {
            let struct_token: Token![struct] = input.parse()?;
            let (ident, mut generics) = header(input)?;
            let (where_clause, fields, semi_token) = struct_body(input)?;
            generics.where_clause = where_clause;
            return Ok(Item(DeriveInput {
                attrs,
                vis,
                ident,
                generics,
                data: Data::Struct(DataStruct {
                    struct_token,
                    fields,
                    semi_token,
                }),
            }));
        } else if lookahead.peek(Token![enum]) {
            let enum_token: Token![enum] = input.parse()?;
            let (ident, mut generics) = header(input)?;
            generics.where_clause = input.parse()?;
            let content;
            let brace_token = braced!(content in input);
            let variants = content.parse_terminated(variant, Token![,])?;
            (
                ident,
                generics,
                Data::Enum(DataEnum {
                    enum_token,
                    brace_token,
                    variants,
                }),
            )
        } else if lookahead.peek(Token![union]) {
            let union_token: Token![union] = input.parse()?;
            let (ident, mut generics) = header(input)?;
            generics.where_clause = input.parse()?;
            let fields = named_fields(input)?;
            (
                ident,
                generics,
                Data::Union(DataUnion {
                    union_token,
                    fields,
                }),
            )
        } else {
            return Err(lookahead.error());
        };
        let (ident, generics, data) = data;
        Ok(Item(DeriveInput {
            attrs,
            vis,
            ident,
            generics,
            data,
        }))
    }
}

/// The type's name and generics (without the where clause).
fn header(input: ParseStream<'_>) -> syn::Result<(Ident, Generics)> {
    let ident = input.call(Ident::parse_any)?;
    let generics = input.parse()?;
    Ok((ident, generics))
}

/// A struct's where clause (before or after tuple fields), fields, and `;`.
fn struct_body(
    input: ParseStream<'_>,
) -> syn::Result<(Option<syn::WhereClause>, Fields, Option<Token![;]>)> {
    let where_clause: Option<syn::WhereClause> = input.parse()?;
    if where_clause.is_none() && input.peek(token::Paren) {
        let fields: FieldsUnnamed = input.parse()?;
        let where_clause = input.parse()?;
        let semi = input.parse()?;
        return Ok((where_clause, Fields::Unnamed(fields), Some(semi)));
    }
    let lookahead = input.lookahead1();
    if lookahead.peek(token::Brace) {
        Ok((where_clause, Fields::Named(named_fields(input)?), None))
    } else if lookahead.peek(Token![;]) {
        Ok((where_clause, Fields::Unit, Some(input.parse()?)))
    } else {
        Err(lookahead.error())
    }
}

/// `{ name: Type, ... }`, names read as any identifier.
fn named_fields(input: ParseStream<'_>) -> syn::Result<FieldsNamed> {
    let content;
    let brace_token = braced!(content in input);
    let named = content.parse_terminated(
        |input: ParseStream<'_>| {
            Ok(Field {
                attrs: input.call(Attribute::parse_outer)?,
                vis: input.parse()?,
                modifiers: FieldModifiers::default(),
                ident: Some(input.call(Ident::parse_any)?),
                colon_token: Some(input.parse()?),
                ty: input.parse()?,
                default: verbatim_after_eq(input)?,
            })
        },
        Token![,],
    )?;
    Ok(FieldsNamed { brace_token, named })
}

/// One variant: attributes, name, fields, and a discriminant kept as its
/// tokens (the derive never reads it).
fn variant(input: ParseStream<'_>) -> syn::Result<Variant> {
    let attrs = input.call(Attribute::parse_outer)?;
    // rustc rejects visibility on variants; syn's parser takes it too.
    let _: Visibility = input.parse()?;
    let ident = input.call(Ident::parse_any)?;
    let fields = if input.peek(token::Brace) {
        Fields::Named(named_fields(input)?)
    } else if input.peek(token::Paren) {
        Fields::Unnamed(input.parse()?)
    } else {
        Fields::Unit
    };
    Ok(Variant {
        attrs,
        ident,
        fields,
        discriminant: verbatim_after_eq(input)?,
    })
}

/// `= expression` (a discriminant, or a field's default value), kept as
/// its tokens: the derive never reads it.
fn verbatim_after_eq(input: ParseStream<'_>) -> syn::Result<Option<(Token![=], Expr)>> {
    if !input.peek(Token![=]) {
        return Ok(None);
    }
    let eq: Token![=] = input.parse()?;
    let mut tokens = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        tokens.extend([input.parse::<TokenTree>()?]);
    }
    Ok(Some((eq, Expr::Verbatim(tokens))))
}

/// The errors as `compile_error!` invocations, each at its error's place.
///
/// syn writes each as `::core::compile_error! { "..." }`, every token with
/// the error's span, so that rustc shows the error where it belongs, as
/// written. With a user's span, though, `::core` means the crate's root in
/// an edition-2015 crate, and a module under `#![no_implicit_prelude]` has
/// no `compile_error!` of its own; so the path becomes
/// `#krate::__private_0_1::compile_error`, which resolves at the user's
/// span in every edition (edition 2015 needs `extern crate apicodes;` to
/// use the derive at all).
pub fn to_compile_errors(err: &syn::Error, krate: &TokenStream) -> TokenStream {
    let mut out = Vec::new();
    let mut trees = err.to_compile_error().into_iter().peekable();
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
        let mut path = quote::quote!(#krate::__private_0_1::);
        path = path
            .into_iter()
            .map(|mut tree| {
                tree.set_span(span);
                tree
            })
            .collect();
        out.extend(path);
    }
    out.into_iter().collect()
}
