//! Bounds a generic type needs: only for fields whose type mentions a type
//! parameter (or `Self`), and only the traits those fields are used
//! through; written as a careful hand-written impl would, so that lints on
//! bounds (clippy's `trait_duplication_in_bounds`,
//! `type_repetition_in_bounds`) have nothing to say.

use std::collections::HashMap;

use proc_macro2::{Delimiter, Ident, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::{Generics, TypeParamBound, WherePredicate};

use crate::unraw;

/// The predicates the derive adds, grouped by bounded type.
pub struct Bounds<'a> {
    generics: &'a Generics,
    /// Each predicate's place in `predicates`, by its type's `key`: what
    /// predicates are grouped by, found without comparing with each.
    by_key: HashMap<String, usize>,
    /// The table's name, as a user's `ApiError<Table = ...>` bound names it.
    table: &'a str,
    /// The names of the path to this crate (`["apicodes"]`).
    krate: Vec<String>,
    params: Vec<String>,
    predicates: Vec<Predicate<'a>>,
}

struct Predicate<'a> {
    ty: &'a syn::Type,
    /// For a reference `ty`, `&'a X` (or `&'a mut X`), written for a
    /// reference of any lifetime: `for<'r> &'r X: Display`, with what
    /// follows `&'r` as here (see [`referent_tokens`]).
    any_lifetime: Option<TokenStream>,
    bounds: Vec<Bound>,
}

/// The lifetime a predicate for a reference of any lifetime binds.
const ANY: &str = "'__apicodes_any";

struct Bound {
    /// The trait's last path segment (`Display`): two bounds of one name
    /// are one bound.
    name: String,
    tokens: TokenStream,
    docs_only: bool,
}

/// Which impls a predicate is for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum For {
    /// `ApiError`, `Derived`, and `ApiErrorDocs`.
    Api,
    /// `ApiErrorDocs` only (a transparent field's own docs).
    Docs,
}

impl<'a> Bounds<'a> {
    /// The bounds for `generics`, against table `table` (its name), with
    /// `krate` the names of the path to this crate.
    pub fn new(generics: &'a Generics, table: &'a str, krate: Vec<String>) -> Self {
        Bounds {
            generics,
            by_key: HashMap::new(),
            table,
            krate,
            params: type_param_names(generics),
            predicates: Vec::new(),
        }
    }

    /// Adds `ty: bound` if `ty` mentions a type parameter and the user did
    /// not already bound a bare parameter by a trait of that name. `name`
    /// is the trait's own name (`Display`).
    pub fn add(&mut self, list: For, ty: &'a syn::Type, name: &str, bound: TokenStream) {
        self.add_as(list, ty, None, name, bound);
    }

    /// Adds the bound a field formatted through `name` (`Display`, or a
    /// format spec's trait) needs. A reference formats as what it refers
    /// to (`core::fmt` implements each trait for `&T` where `T` has it),
    /// but a where clause on `&'a X` would be taken for every `&X` in the
    /// impl, so that formatting another field of type `X`, borrowed from
    /// `&self`, would demand that borrow for `'a`. So a reference to a
    /// type parameter is bounded on the parameter (`T: Display`), and any
    /// other reference for every lifetime (`for<'r> &'r X: Display`), which
    /// also keeps a trait object's lifetime (`&'a dyn Tr<T>`, or a bare
    /// `&'a Tr<T>` in edition 2015) that of its reference.
    pub fn add_formatted(&mut self, ty: &'a syn::Type, name: &str, bound: TokenStream) {
        let outer = ungrouped(ty);
        let syn::Type::Reference(reference) = outer else {
            return self.add(For::Api, ty, name, bound);
        };
        let mut inner = outer;
        while let syn::Type::Reference(reference) = inner {
            inner = ungrouped(&reference.elem);
        }
        let parameter = match inner {
            syn::Type::Path(path) if path.qself.is_none() => path
                .path
                .get_ident()
                .is_some_and(|name| self.params.contains(&unraw::unraw(name))),
            _ => false,
        };
        if parameter {
            self.add(For::Api, inner, name, bound);
        } else if !self
            .user_bounds(&key(outer.to_token_stream()))
            .any(|user| covers(user, name, self.table, &self.krate))
        {
            // (A user's bound on `&'a X` itself stands: another on it,
            // differing in lifetimes only, would make both ambiguous.)
            let referent = referent_tokens(reference);
            self.add_as(For::Api, outer, Some(referent), name, bound);
        }
    }

    fn add_as(
        &mut self,
        list: For,
        ty: &'a syn::Type,
        any_lifetime: Option<TokenStream>,
        name: &str,
        bound: TokenStream,
    ) {
        let tokens = ty.to_token_stream();
        if !names_parameter(tokens.clone(), &self.params) {
            return;
        }
        let key = match &any_lifetime {
            // One predicate for references to one `X`, whatever their
            // lifetimes: two that differ in lifetimes only are ambiguous.
            // Not the user's predicate on `&'a X`, nor joined with it.
            Some(referent) => format!("for &{}", key(referent.clone())),
            None => key(tokens),
        };
        if any_lifetime.is_none()
            && self
                .user_bounds(&key)
                .any(|user| covers(user, name, self.table, &self.krate))
        {
            return;
        }
        let bound = Bound {
            name: name.to_owned(),
            tokens: bound,
            docs_only: list == For::Docs,
        };
        if let Some(&i) = self.by_key.get(&key) {
            let predicate = &mut self.predicates[i];
            match predicate.bounds.iter_mut().find(|b| b.name == name) {
                // Needed by `ApiError` as well as `ApiErrorDocs`: for both.
                Some(same) => same.docs_only &= bound.docs_only,
                None => predicate.bounds.push(bound),
            }
        } else {
            self.by_key.insert(key, self.predicates.len());
            self.predicates.push(Predicate {
                ty,
                any_lifetime,
                bounds: vec![bound],
            });
        }
    }

    /// The bounds the user wrote on the type `key`, inline on a parameter
    /// or in the where clause.
    fn user_bounds<'k>(&'k self, key: &'k str) -> impl Iterator<Item = &'k TypeParamBound> {
        let inline = self
            .generics
            .type_params()
            .filter(move |p| self::key(p.ident.to_token_stream()) == key)
            .flat_map(|p| &p.bounds);
        let in_where = self
            .generics
            .where_clause
            .iter()
            .flat_map(|w| &w.predicates)
            .filter_map(move |p| match p {
                WherePredicate::Type(p) if self::key(p.bounded_ty.to_token_stream()) == key => {
                    Some(&p.bounds)
                }
                _ => None,
            })
            .flatten();
        inline.chain(in_where)
    }

    /// The impl's where clause: the user's predicates, each extended by the
    /// derive's bounds on the same type, then the derive's other ones. With
    /// `docs`, for `ApiErrorDocs`, which also needs the docs-only bounds.
    pub fn where_clause(&self, docs: bool) -> TokenStream {
        let wanted = |bound: &&Bound| docs || !bound.docs_only;
        let mut merged = vec![false; self.predicates.len()];
        let mut out = TokenStream::new();
        for predicate in self
            .generics
            .where_clause
            .iter()
            .flat_map(|w| &w.predicates)
        {
            // The derive's bounds on a type join the user's first
            // predicate on it, and no other.
            let (added, joined) = match predicate {
                WherePredicate::Type(user) => (
                    self.by_key
                        .get(&key(user.bounded_ty.to_token_stream()))
                        .copied()
                        .filter(|&i| !merged[i]),
                    // `T: Clone +` and `T:` take the next bound as it is.
                    user.bounds.is_empty() || user.bounds.trailing_punct(),
                ),
                _ => (None, false),
            };
            let extra = added.map(|i| {
                merged[i] = true;
                let bounds: Vec<&TokenStream> = self.predicates[i]
                    .bounds
                    .iter()
                    .filter(wanted)
                    .map(|b| &b.tokens)
                    .collect();
                match bounds.split_first() {
                    Some((first, rest)) if joined => quote!(#first #(+ #rest)*),
                    _ => quote!(#(+ #bounds)*),
                }
            });
            out.extend(quote!(#predicate #extra,));
        }
        for (predicate, merged) in self.predicates.iter().zip(merged) {
            let bounds: Vec<&TokenStream> = predicate
                .bounds
                .iter()
                .filter(wanted)
                .map(|b| &b.tokens)
                .collect();
            if merged || bounds.is_empty() {
                continue;
            }
            if let Some(referent) = &predicate.any_lifetime {
                let any =
                    syn::Lifetime::new(&unbound(ANY, referent), proc_macro2::Span::mixed_site());
                out.extend(quote!(for<#any> &#any #referent: #(#bounds)+*,));
            } else {
                let ty = predicate.ty;
                out.extend(quote!(#ty: #(#bounds)+*,));
            }
        }
        out
    }
}

/// What follows `&'r` where a predicate for references of any lifetime
/// writes a reference `&'a X` (or `&'a mut X`): its `mut`, then `X`, a
/// trait object without a `+ 'a` of the reference's own lifetime (its
/// default there, as in `&'a dyn Tr`), in parentheses where it has more
/// than one bound; a function pointer in parentheses (`&'r (fn(T)):
/// Debug`, since `&'r fn(T): Debug` reads the `:` as a mistyped `->`);
/// anything else as written.
fn referent_tokens(reference: &syn::TypeReference) -> TokenStream {
    let mutability = &reference.mutability;
    let referent = match ungrouped(&reference.elem) {
        syn::Type::TraitObject(object) => {
            let own = |bound: &&TypeParamBound| {
                matches!((bound, &reference.lifetime),
                    (TypeParamBound::Lifetime(l), Some(r)) if l.ident == r.ident)
            };
            let bounds: Vec<&TypeParamBound> = object.bounds.iter().filter(|b| !own(b)).collect();
            let dyn_token = &object.dyn_token;
            if bounds.len() > 1 {
                quote!((#dyn_token #(#bounds)+*))
            } else {
                quote!(#dyn_token #(#bounds)+*)
            }
        }
        syn::Type::FnPtr(function) => quote!((#function)),
        _ => reference.elem.to_token_stream(),
    };
    quote!(#mutability #referent)
}

/// `name`, or `name` with a number after it, whichever `tokens` do not
/// hold: a predicate's own lifetime, which the referent it bounds may have
/// bound too (`&'a Option<for<'x> fn(&'x T)>` with `'x` of that name).
fn unbound(name: &str, tokens: &TokenStream) -> String {
    fn holds(tokens: &TokenStream, ident: &str) -> bool {
        tokens.clone().into_iter().any(|tree| match tree {
            TokenTree::Ident(found) => found == ident,
            TokenTree::Group(group) => holds(&group.stream(), ident),
            _ => false,
        })
    }
    let mut candidate = name.to_owned();
    let mut n = 0_u32;
    while holds(tokens, &candidate[1..]) {
        n += 1;
        candidate = format!("{name}{n}");
    }
    candidate
}

/// `ty` without the parentheses or invisible groups (a `macro_rules!`
/// fragment's) around it.
fn ungrouped(mut ty: &syn::Type) -> &syn::Type {
    loop {
        match ty {
            syn::Type::Paren(paren) => ty = &paren.elem,
            syn::Type::Group(group) => ty = &group.elem,
            _ => return ty,
        }
    }
}

/// Whether the user's bound is, as far as its path shows, the trait the
/// derive would add (`name`), so that adding it would only repeat it:
/// `Display`, `fmt::Display` or `core::fmt::Display` for `Display`;
/// `RetryAfter` or `apicodes::RetryAfter` for `RetryAfter` (through the
/// crate's path `krate`, `codes::RetryAfter` for `crate = codes`); for
/// `ApiError`, `ApiError<Table = T>` with `table` the table's name (`T`'s
/// last segment). Never for a trait of another path (`my::Display`), which
/// may be another trait, nor for `ApiError` without its `Table`.
fn covers(user: &TypeParamBound, name: &str, table: &str, krate: &[String]) -> bool {
    let TypeParamBound::Trait(bound) = user else {
        return false;
    };
    let segments: Vec<_> = bound.path.segments.iter().collect();
    let Some((last, prefix)) = segments.split_last() else {
        return false;
    };
    let arguments_match = if name == "ApiError" {
        names_table(&last.arguments, table)
    } else {
        last.arguments.is_none()
    };
    if bound.maybe.is_some()
        || !arguments_match
        || unraw::unraw(&last.ident) != name
        || prefix.iter().any(|segment| !segment.arguments.is_none())
    {
        return false;
    }
    let prefix: Vec<String> = prefix.iter().map(|s| unraw::unraw(&s.ident)).collect();
    if is_format_trait(name) {
        let prefix: Vec<&str> = prefix.iter().map(String::as_str).collect();
        matches!(
            prefix.as_slice(),
            [] | ["fmt"] | ["std" | "core" | "alloc", "fmt"]
        )
    } else {
        prefix.is_empty() || prefix == krate
    }
}

/// Whether `arguments` are `<Table = T>` with `T` named `table`.
fn names_table(arguments: &syn::PathArguments, table: &str) -> bool {
    let syn::PathArguments::AngleBracketed(arguments) = arguments else {
        return false;
    };
    let mut arguments = arguments.args.iter();
    let (Some(syn::GenericArgument::AssocType(assoc)), None) = (arguments.next(), arguments.next())
    else {
        return false;
    };
    let syn::Type::Path(ty) = &assoc.ty else {
        return false;
    };
    assoc.ident == "Table"
        && assoc.generics.is_none()
        && ty.qself.is_none()
        && ty
            .path
            .segments
            .last()
            .is_some_and(|last| last.arguments.is_none() && unraw::unraw(&last.ident) == table)
}

/// A type's tokens as a key that two types share exactly when they are
/// the same tokens: identifiers by their names, punctuation by its
/// characters, literals by their own text, groups by their delimiters and
/// contents (a macro fragment's invisible group as its contents); spacing
/// and spans aside. How a bound the derive needs finds
/// the user's own on the same type, and its own predicate, without
/// comparing with each or reading any stream's printed text.
fn key(tokens: TokenStream) -> String {
    let mut out = String::new();
    push_key(&mut out, tokens);
    out
}

fn push_key(out: &mut String, tokens: TokenStream) {
    for token in tokens {
        match token {
            TokenTree::Ident(ident) => {
                out.push('\u{1}');
                out.push_str(&unraw::unraw(&ident));
            }
            TokenTree::Punct(punct) => {
                out.push('\u{2}');
                out.push(punct.as_char());
            }
            TokenTree::Literal(literal) => {
                let text = literal.to_string();
                out.push('\u{3}');
                out.push_str(&text.len().to_string());
                out.push(':');
                out.push_str(&text);
            }
            // A macro fragment's invisible group (a `$t:ty`) is its tokens.
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                push_key(out, group.stream());
            }
            TokenTree::Group(group) => {
                out.push(match group.delimiter() {
                    Delimiter::Parenthesis => '\u{4}',
                    Delimiter::Brace => '\u{5}',
                    _ => '\u{6}',
                });
                push_key(out, group.stream());
                out.push('\u{0}');
            }
        }
    }
}

/// Whether a field of type `ty` answers through its own impls alone in the
/// type's impls: the derive does not bound it (it names no type parameter
/// of `generics`, nor `Self` in a type that has one), and it names nothing
/// that may be the type itself (`own`, `Self`, a type macro; see
/// [`closed`]), whose codes are the very ones being evaluated. Such a
/// field must have each trait it is used through on its own, so any use
/// of it may ask for the trait.
pub fn stands_alone(ty: &syn::Type, generics: &Generics, own: &str) -> bool {
    let tokens = ty.to_token_stream();
    !names_parameter(tokens.clone(), &type_param_names(generics))
        && closed_tokens(tokens, &[], &[], own).is_some()
}

/// The type parameters of `input` that the type of a cause names (a field
/// thiserror's `source()` hands on, see [`crate::ast::Field::source`]), as
/// [`closed`] reads names (not a path's later segment: `std::io::Error`
/// names no parameter `Error`): each once, in declaration order; every one
/// where such a type names `Self` or is a type macro.
pub fn named_in_causes(input: &crate::ast::Input) -> Vec<&Ident> {
    let causes: Vec<TokenStream> = input
        .cases()
        .iter()
        .flat_map(|case| case.fields)
        .filter(|field| field.source)
        .map(|field| field.ty.to_token_stream())
        .collect();
    input
        .generics
        .type_params()
        .map(|param| &param.ident)
        .filter(|ident| {
            let name = [unraw::unraw(ident)];
            causes
                .iter()
                .any(|ty| closed_tokens(ty.clone(), &name, &[], "").is_none())
        })
        .collect()
}

fn type_param_names(generics: &Generics) -> Vec<String> {
    generics
        .type_params()
        .map(|p| unraw::unraw(&p.ident))
        .collect()
}

fn names_parameter(tokens: TokenStream, params: &[String]) -> bool {
    !params.is_empty() && mentions(tokens, params)
}

/// Whether `tokens` name a type parameter, or `Self`, which stands for the
/// type with all its parameters (`Option<Box<Self>>` in a generic enum).
fn mentions(tokens: TokenStream, params: &[String]) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => {
            let name = unraw::unraw(&ident);
            name == "Self" || params.contains(&name)
        }
        TokenTree::Group(group) => mentions(group.stream(), params),
        _ => false,
    })
}

/// Whether `ty` is plainly `'static` as written: no lifetime but
/// `'static`, no type parameter of `generics`, and no `Self` in a generic
/// type. Field types cannot elide lifetimes, so what is written is all
/// there is.
pub fn is_static(ty: &syn::Type, generics: &Generics) -> bool {
    // Without parameters a field can name no lifetime but `'static` (or one
    // bound in its own `for<'a>`, which keeps it `'static` too): nothing
    // to look for.
    if generics.params.is_empty() {
        return true;
    }
    plainly_static(ty.to_token_stream(), &type_param_names(generics))
}

/// `ty` as an item outside the type's impls can name it, the type's
/// lifetime parameters as `'static`; `None` where, as written, it names a
/// type or const parameter of `generics`, the type itself (`own`, its name
/// anywhere, or `Self`: its codes may be the very ones being evaluated), a
/// `for<..>` (whose lifetimes may be named like the type's), or a type
/// macro (which may expand to any of these). A name after `::` is a path's
/// segment, no parameter (`codes::T`). (A type alias of the type itself is
/// not seen through.)
pub fn closed(ty: &syn::Type, generics: &Generics, own: &str) -> Option<TokenStream> {
    let mut params = type_param_names(generics);
    params.extend(generics.const_params().map(|p| unraw::unraw(&p.ident)));
    let lifetimes: Vec<String> = generics
        .lifetimes()
        .map(|p| unraw::unraw(&p.lifetime.ident))
        .collect();
    closed_tokens(ty.to_token_stream(), &params, &lifetimes, own)
}

fn closed_tokens(
    tokens: TokenStream,
    params: &[String],
    lifetimes: &[String],
    own: &str,
) -> Option<TokenStream> {
    let mut out = TokenStream::new();
    // The `'` of a lifetime, and how many `:` came just before.
    let mut after_quote = false;
    let mut colons = 0;
    for token in tokens {
        let token = match token {
            TokenTree::Punct(p) if p.as_char() == '!' => return None,
            TokenTree::Punct(p) => {
                after_quote = p.as_char() == '\'';
                colons = if p.as_char() == ':' { colons + 1 } else { 0 };
                out.extend([TokenTree::Punct(p)]);
                continue;
            }
            TokenTree::Ident(ident) if after_quote => {
                if lifetimes.contains(&unraw::unraw(&ident)) {
                    TokenTree::Ident(Ident::new("static", ident.span()))
                } else {
                    TokenTree::Ident(ident)
                }
            }
            TokenTree::Ident(ident) => {
                let name = unraw::unraw(&ident);
                let in_path = colons >= 2;
                let parameter = !in_path && params.contains(&name);
                // The type's own name, anywhere in a path (`crate::m::E`,
                // `$crate::E`): a path does not say which type it names, and
                // taking another for this one only skips a check.
                if parameter || name == own || name == "Self" || name == "for" {
                    return None;
                }
                TokenTree::Ident(ident)
            }
            TokenTree::Group(group) => {
                let inner = closed_tokens(group.stream(), params, lifetimes, own)?;
                let mut closed = proc_macro2::Group::new(group.delimiter(), inner);
                closed.set_span(group.span());
                TokenTree::Group(closed)
            }
            literal @ TokenTree::Literal(_) => literal,
        };
        after_quote = false;
        colons = 0;
        out.extend([token]);
    }
    Some(out)
}

/// [`is_static`] over tokens, in a generic type (where `Self` is not
/// plainly `'static`).
fn plainly_static(tokens: TokenStream, params: &[String]) -> bool {
    // A lifetime is a `'` and a name.
    let mut after_quote = false;
    for token in tokens {
        match &token {
            TokenTree::Punct(p) if p.as_char() == '\'' => {
                after_quote = true;
                continue;
            }
            // A type macro (`name!()`) may expand to a type that names a
            // lifetime or a parameter, which its tokens do not show.
            TokenTree::Punct(p) if p.as_char() == '!' => return false,
            TokenTree::Ident(ident) => {
                let name = unraw::unraw(ident);
                let fine = if after_quote {
                    name == "static"
                } else {
                    !(params.contains(&name) || name == "Self")
                };
                if !fine {
                    return false;
                }
            }
            TokenTree::Group(group) if !plainly_static(group.stream(), params) => {
                return false;
            }
            _ => {}
        }
        after_quote = false;
    }
    true
}

/// Whether `ty` is the deriving type itself, held by a pointer that is an
/// `ApiError` when its target is, as written: `Self`, or the type's bare
/// name with its own parameters in order, as it is or behind references
/// and the standard `Box`, `Rc` and `Arc` (bare, or by their `std` or
/// `alloc` paths; `my::Box` is another type). A transparent variant over
/// it answers with the type's other codes, so the derive neither merges
/// its codes (a cycle in `CODES`) nor bounds it (an endless `Box<Self>:
/// ApiError` requirement). Only spellings that cannot name another type
/// count (`crate::E` may be another `E`, and `self::E` too in a
/// function's body): a type taken for the type itself would lose its codes
/// silently, where one missed is a cycle rustc reports. A type alias, or
/// two types holding each other, cannot be seen here.
pub fn is_own_type(ty: &syn::Type, name: &str, generics: &Generics) -> bool {
    match ty {
        syn::Type::Group(group) => is_own_type(&group.elem, name, generics),
        syn::Type::Paren(paren) => is_own_type(&paren.elem, name, generics),
        syn::Type::Reference(reference) => is_own_type(&reference.elem, name, generics),
        syn::Type::Path(path) if path.qself.is_none() => {
            let names = unraw::path_names(&path.path);
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let Some(last) = path.path.segments.last() else {
                return false;
            };
            let prefix_plain = path
                .path
                .segments
                .iter()
                .rev()
                .skip(1)
                .all(|segment| segment.arguments.is_none());
            if !prefix_plain {
                return false;
            }
            let rooted = path.path.leading_colon.is_some();
            if !rooted {
                match names.as_slice() {
                    ["Self"] => return last.arguments.is_none(),
                    [own] if *own == name => {
                        return own_arguments(&last.arguments, generics);
                    }
                    _ => {}
                }
            }
            let pointer = matches!(
                names.as_slice(),
                ["Box" | "Rc" | "Arc"]
                    | ["std" | "alloc", "boxed", "Box"]
                    | ["std" | "alloc", "rc", "Rc"]
                    | ["std" | "alloc", "sync", "Arc"]
            ) && (!rooted || names.len() == 3);
            let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
                return false;
            };
            match (pointer, args.args.first()) {
                (true, Some(syn::GenericArgument::Type(inner))) if args.args.len() == 1 => {
                    is_own_type(inner, name, generics)
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// Whether `arguments` are the type's own parameters, in order (none for a
/// type without any).
fn own_arguments(arguments: &syn::PathArguments, generics: &Generics) -> bool {
    let args: Vec<&syn::GenericArgument> = match arguments {
        syn::PathArguments::None => Vec::new(),
        syn::PathArguments::AngleBracketed(args) => args.args.iter().collect(),
        syn::PathArguments::Parenthesized(_) => return false,
    };
    args.len() == generics.params.len()
        && args
            .iter()
            .zip(&generics.params)
            .all(|(arg, param)| match (arg, param) {
                (syn::GenericArgument::Lifetime(arg), syn::GenericParam::Lifetime(param)) => {
                    arg.ident == param.lifetime.ident
                }
                (
                    syn::GenericArgument::Type(syn::Type::Path(arg)),
                    syn::GenericParam::Type(syn::TypeParam { ident, .. })
                    | syn::GenericParam::Const(syn::ConstParam { ident, .. }),
                ) => arg.qself.is_none() && arg.path.get_ident() == Some(ident),
                _ => false,
            })
}

/// Whether `ty` may be unsized as written: `str`, a slice, a trait object,
/// or a type parameter bounded `?Sized` (in its list or a where-clause).
/// Such a field cannot become a `&dyn Display`, so its message is written
/// through `format_args!`, which takes it by reference.
pub fn maybe_unsized(ty: &syn::Type, generics: &Generics) -> bool {
    fn relaxed<'a>(mut bounds: impl Iterator<Item = &'a TypeParamBound>) -> bool {
        bounds.any(|bound| matches!(bound, TypeParamBound::Trait(t) if t.maybe.is_some()))
    }
    match ty {
        syn::Type::Slice(_) | syn::Type::TraitObject(_) => true,
        syn::Type::Group(group) => maybe_unsized(&group.elem, generics),
        syn::Type::Paren(paren) => maybe_unsized(&paren.elem, generics),
        syn::Type::Path(path) if path.qself.is_none() => {
            let Some(name) = path.path.get_ident().map(unraw::unraw) else {
                return false;
            };
            if name == "str" {
                return true;
            }
            let in_list = generics
                .type_params()
                .any(|p| unraw::unraw(&p.ident) == name && relaxed(p.bounds.iter()));
            let in_where = generics
                .where_clause
                .iter()
                .flat_map(|w| &w.predicates)
                .any(|p| {
                    matches!(p, WherePredicate::Type(t)
                    if matches!(&t.bounded_ty, syn::Type::Path(b)
                        if b.qself.is_none()
                            && b.path.get_ident().is_some_and(|i| unraw::unraw(i) == name))
                    && relaxed(t.bounds.iter()))
                });
            in_list || in_where
        }
        _ => false,
    }
}

/// The `fmt` traits a format spec may call, by the spec's last character;
/// any other spec calls `Display`.
const FORMAT_TRAITS: [(char, &str); 7] = [
    ('?', "Debug"),
    ('x', "LowerHex"),
    ('X', "UpperHex"),
    ('o', "Octal"),
    ('b', "Binary"),
    ('e', "LowerExp"),
    ('E', "UpperExp"),
];

/// Whether `name` is one of the `fmt` traits a format spec calls.
fn is_format_trait(name: &str) -> bool {
    name == "Display" || FORMAT_TRAITS.iter().any(|&(_, t)| t == name)
}

/// The `fmt` trait a format spec calls: `{:?}` needs `Debug`, `{:x}` `LowerHex`.
pub fn format_trait(spec: &str) -> Ident {
    let last = spec.chars().last();
    let name = FORMAT_TRAITS
        .iter()
        .find(|&&(c, _)| Some(c) == last)
        .map_or("Display", |&(_, name)| name);
    Ident::new(name, crate::site::call())
}

#[cfg(test)]
mod tests {
    use super::{covers, is_static};

    #[test]
    fn a_users_bound_stands_in_only_for_the_same_trait() {
        let bound = |src: &str| syn::parse_str::<syn::TypeParamBound>(src).expect(src);
        let krate = ["apicodes".to_owned()];
        for (user, name) in [
            ("Display", "Display"),
            ("fmt::Display", "Display"),
            ("core::fmt::Debug", "Debug"),
            ("::std::fmt::LowerHex", "LowerHex"),
            ("RetryAfter", "RetryAfter"),
            ("apicodes::ApiErrorDocs", "ApiErrorDocs"),
            ("ApiError<Table = Code>", "ApiError"),
            ("apicodes::ApiError<Table = apicodes::Code>", "ApiError"),
        ] {
            assert!(
                covers(&bound(user), name, "Code", &krate),
                "{user} for {name}"
            );
        }
        for (user, name) in [
            ("my::Display", "Display"),
            ("fmt::Debug", "Display"),
            ("ApiError", "ApiError"),
            ("ApiError<Table = ShopCode>", "ApiError"),
            ("ApiError<Table = Code, Other = u8>", "ApiError"),
            ("?Sized", "Sized"),
            ("other::RetryAfter", "RetryAfter"),
            ("'static", "Display"),
            ("fmt::Display<T>", "Display"),
        ] {
            assert!(
                !covers(&bound(user), name, "Code", &krate),
                "{user} for {name}"
            );
        }
        // Through a renamed crate (`crate = codes`), and only so.
        let renamed = ["codes".to_owned()];
        assert!(covers(
            &bound("codes::RetryAfter"),
            "RetryAfter",
            "Code",
            &renamed
        ));
        assert!(!covers(
            &bound("apicodes::RetryAfter"),
            "RetryAfter",
            "Code",
            &renamed
        ));
        assert!(covers(&bound("RetryAfter"), "RetryAfter", "Code", &renamed));
    }

    #[test]
    fn the_type_itself_is_seen_as_written() {
        let own = |ty: &str, name: &str, generics: &str| {
            let ty: syn::Type = syn::parse_str(ty).expect(ty);
            let generics: syn::Generics = syn::parse_str(generics).expect(generics);
            super::is_own_type(&ty, name, &generics)
        };
        for (ty, name, generics) in [
            ("Box<Self>", "E", ""),
            ("&'a Self", "E", "<'a>"),
            ("&'a mut Self", "E", "<'a>"),
            ("Box<E>", "E", ""),
            ("std::boxed::Box<E>", "E", ""),
            ("::std::rc::Rc<E<'a, T, N>>", "E", "<'a, T, const N: usize>"),
            ("alloc::sync::Arc<r#E<T>>", "E", "<T>"),
            ("Box<Rc<&'a (Self)>>", "E", "<'a>"),
            ("std::rc::Rc<Rc<T>>", "Rc", "<T>"),
            ("Box<T>", "Box", "<T>"),
        ] {
            assert!(own(ty, name, generics), "{ty} in {name}{generics}");
        }
        for (ty, name, generics) in [
            ("E", "F", ""),
            ("Box<F>", "E", ""),
            ("my::Box<Self>", "E", ""),
            ("std::vec::Vec<Self>", "E", ""),
            ("Rc<Self, A>", "E", ""),
            ("Box<dyn Error>", "E", ""),
            ("::E", "E", ""),
            ("other::E", "E", ""),
            // Types of that name elsewhere (at the crate's root; around a
            // function the type is declared in), which this one need not
            // be: a cycle rustc reports, never codes dropped.
            ("Box<crate::E>", "E", ""),
            ("Box<self::E>", "E", ""),
            ("E<u8>", "E", "<T>"),
            ("E<U, T>", "E", "<T, U>"),
            ("E", "E", "<T>"),
            ("E<{ N }>", "E", "<const N: usize>"),
            ("Option<Box<Self>>", "E", ""),
            ("Self::Inner", "E", ""),
        ] {
            assert!(!own(ty, name, generics), "{ty} in {name}{generics}");
        }
    }

    fn check(ty: &str, generics: &str) -> bool {
        let ty: syn::Type = syn::parse_str(ty).expect(ty);
        let generics: syn::Generics = syn::parse_str(generics).expect(generics);
        is_static(&ty, &generics)
    }

    #[test]
    fn types_compare_by_their_tokens() {
        let key = |src: &str| super::key(src.parse().expect(src));
        assert_eq!(key("Vec<(T, [u8; 2])>"), key("Vec < (T,[u8;2]) >"));
        assert_eq!(key("r#Foo<T>"), key("Foo<T>"));
        for other in [
            "Vec<(T, [u8; 3])>",
            "Vec<(T, [u8; 2]), >",
            "Vec<[T, [u8; 2]]>",
            "Vec<(U, [u8; 2])>",
            "Vec<(T, [u8; 2 ])> x",
        ] {
            assert_ne!(key("Vec<(T, [u8; 2])>"), key(other), "{other}");
        }
    }

    #[test]
    fn types_that_may_be_unsized() {
        let check = |ty: &str, generics: &str| {
            let ty: syn::Type = syn::parse_str(ty).expect(ty);
            let generics: syn::Generics = syn::parse_str(generics).expect(generics);
            super::maybe_unsized(&ty, &generics)
        };
        for (ty, generics) in [
            ("str", ""),
            ("[u8]", ""),
            ("dyn Display", ""),
            ("T", "<T: ?Sized>"),
            ("T", "<T: Display + ?Sized>"),
            ("r#T", "<T: ?Sized>"),
        ] {
            assert!(check(ty, generics), "{ty} with {generics}");
        }
        for (ty, generics) in [
            ("T", "<T>"),
            ("T", "<T: Display>"),
            ("&str", ""),
            ("U", "<T: ?Sized, U>"),
            ("Box<T>", "<T: ?Sized>"),
            ("String", ""),
        ] {
            assert!(!check(ty, generics), "{ty} with {generics}");
        }
        let item: syn::DeriveInput =
            syn::parse_str("struct S<T, U> where T: ?Sized + Display, U: Display { t: T }")
                .unwrap();
        let ty: syn::Type = syn::parse_str("T").unwrap();
        assert!(super::maybe_unsized(&ty, &item.generics));
        let ty: syn::Type = syn::parse_str("U").unwrap();
        assert!(!super::maybe_unsized(&ty, &item.generics));
    }

    #[test]
    fn plain_types_are_static() {
        for ty in [
            "u64",
            "String",
            "&'static str",
            "Vec<Option<u8>>",
            "[u8; 4]",
            "(u8, &'static [u16])",
        ] {
            assert!(check(ty, ""), "{ty}");
            assert!(check(ty, "<T>"), "{ty} beside an unused T");
        }
        // `Self` names the type itself, which is static when not generic.
        assert!(check("Option<Box<Self>>", ""));
        // A lifetime bound by the type itself.
        assert!(check("Box<dyn for<'a> Fn(&'a str)>", ""));
    }

    #[test]
    fn lifetimes_parameters_and_generic_self_are_not() {
        for (ty, generics) in [
            ("&'a str", "<'a>"),
            ("Cow<'a, str>", "<'a>"),
            ("Box<dyn Display + 'a>", "<'a>"),
            ("T", "<T>"),
            ("Vec<(u8, T)>", "<T>"),
            ("r#T", "<T>"),
            ("T::Item", "<T: Iterator>"),
            ("[T; 2]", "<T>"),
            ("Option<Box<Self>>", "<T>"),
            ("Option<Box<Self>>", "<'a>"),
        ] {
            assert!(!check(ty, generics), "{ty} with {generics}");
        }
    }
}
