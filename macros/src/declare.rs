//! `#[apicodes::table]`: declares a table type from an API's page of codes,
//! read at compile time, or from variants written in Rust; both become the
//! same `Page`, checked the same way and expanded by one function.

use apicodes_core::json;
use apicodes_core::page::{self, Entry, Page};
use proc_macro2::{Delimiter, Group, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, Token, Visibility, braced, bracketed, parenthesized};

use crate::attr::{self, CodeAttr, CodeValue, DocText, report, string_value};
use crate::ctxt::Ctxt;
use crate::item;
use crate::unraw;

const KEY_NAMES: &[&str] = &["page", "title", "other_errors", "export", "crate"];

/// The page title a table written in Rust gets unless it names one.
const DEFAULT_TITLE: &str = "Response Codes";

/// What `#[apicodes::table(...)]` says.
#[derive(Default)]
struct Args {
    /// `page = "path.md"`, relative to the crate's manifest, with its literal.
    page: Option<(String, Literal)>,
    title: Option<(String, Span)>,
    other_errors: Option<(String, Span)>,
    krate: Option<syn::Path>,
    /// `crate` was written in arguments that did not parse, and did not
    /// read (reported): no path to the crate is known.
    krate_unread: bool,
    /// `export`: the table serves other crates too.
    export: Option<Span>,
    /// A key was not one of `KEY_NAMES`, or the arguments did not parse (each
    /// reported): perhaps a misspelled `page`, so a body without variants is
    /// not reported too.
    unknown_key: bool,
    /// The page was found in arguments that did not parse (reported): its
    /// codes are kept where it reads, its own problems wait for the
    /// arguments to be mended.
    page_recovered: bool,
}

impl Args {
    /// The crate path the errors go through: `krate`, or none where
    /// `crate = ...` did not read.
    fn errors_through<'a>(&self, krate: &'a TokenStream) -> Option<&'a TokenStream> {
        (!self.krate_unread).then_some(krate)
    }
}

/// The enum the attribute is on.
struct Item {
    /// Its outer attributes, passed on as written.
    attrs: Vec<TokenStream>,
    /// Whether one of them is a doc comment.
    documented: bool,
    /// Whether one makes it `#[deprecated]` (through `cfg_attr` too): its
    /// impls, which use it, then allow that.
    deprecated: bool,
    vis: Visibility,
    ident: Ident,
    /// The braces, for errors about the body as a whole.
    body: Span,
    /// Whether the body holds anything: a page table's must not.
    listed: bool,
    /// The variants; none are read in a page table's body.
    variants: Vec<Variant>,
}

/// A variant of a table written in Rust.
struct Variant {
    /// Its attributes other than `#[code(...)]`, passed on as written.
    attrs: Vec<TokenStream>,
    doc: String,
    /// A `#[doc = ...]` whose value is no string (reported), so that the
    /// missing description is not reported too.
    doc_unread: bool,
    /// A mistake in its `#[code(...)]` (reported), so that the message or
    /// title it may have meant to give is not reported missing too.
    code_unread: bool,
    ident: Ident,
    code: Option<(u16, Span)>,
    message: Option<String>,
    title: Option<String>,
}

pub fn table(args: TokenStream, item: TokenStream) -> TokenStream {
    let cx = Ctxt::new();
    // Mistakes in the enum's own attributes, which are left out of the
    // expansion: they leave the table whole.
    let attrs_cx = Ctxt::new();
    let written = args.clone();
    let declared = item.clone();
    let args = (|input: ParseStream<'_>| parse_args(&cx, input)).parse2(args);
    // A page table's body is one mistake if it lists anything, reported as
    // such: what is wrong within it is not read.
    let paged = args.as_ref().map_or_else(
        |_| page_key(written.clone()).is_some(),
        |args| args.page.is_some(),
    );
    let item = (|input: ParseStream<'_>| parse_item(&cx, &attrs_cx, input, paged)).parse2(item);
    // After a mistake in the arguments, what can still be read of them: the
    // crate path the errors go through (`crate = $crate::...` from a
    // library's macro) and the page, whose codes the table left behind
    // keeps.
    let args = args.unwrap_or_else(|err| {
        cx.push(err);
        let key = (|input: ParseStream<'_>| {
            let key = attr::crate_key(input);
            input.parse::<TokenStream>()?;
            Ok(key)
        })
        .parse2(written.clone())
        .ok()
        .flatten();
        Args {
            krate_unread: matches!(key, Some(attr::CrateKey::Unread)),
            krate: match key {
                Some(attr::CrateKey::Read(key)) => Some(key.path),
                _ => None,
            },
            page: page_key(written),
            page_recovered: true,
            // Whatever failed may have been meant as the page: an empty
            // body is not reported too.
            unknown_key: true,
            ..Args::default()
        }
    });
    // Where `crate = ...` did not read (reported), no path is known to reach
    // the crate: the errors are written without one, and the table left
    // behind goes through `::apicodes`.
    let krate = args
        .krate
        .as_ref()
        .map_or_else(|| quote!(::apicodes), ToTokens::to_token_stream);
    let known = args.errors_through(&krate);
    let item = match item {
        Ok(item) => item,
        Err(err) => {
            cx.push(err);
            // The type and its macro still exist where the enum's name can
            // be read, so that its uses and the derive add no errors: with
            // the variants written, or the page's codes.
            let left = shell.parse2(declared).ok().map(|(vis, ident, names)| {
                let read = page_rows(&cx, &args, None).map(|(_, names)| names);
                let variants = names.into_iter().chain(read.into_iter().flatten());
                let variants = variants.map(|ident| (TokenStream::new(), ident));
                codeless(&krate, &args, &[], &vis, &ident, variants, false)
            });
            let mut tokens = errors(attrs_cx, known);
            tokens.extend(errors(cx, known));
            tokens.extend(left);
            return tokens;
        }
    };
    if let (Some(span), false) = (args.export, exported(&args, &item.vis)) {
        cx.push(syn::Error::new(
            span,
            format!(
                "`export` shares the table with other crates, which reach only a `pub` one: \
                 write `pub enum {}`",
                unraw::unraw(&item.ident)
            ),
        ));
    }
    let rows = match &args.page {
        Some(_) => {
            let listed = item.listed.then_some(item.body);
            page_rows(&cx, &args, listed)
        }
        None => from_variants(&cx, &args, &item),
    };
    let mut tokens = errors(attrs_cx, known);
    tokens.extend(whole_or_codeless(cx, &args, &item, rows, &krate));
    tokens
}

/// The visibility, name and variant names of an enum its declaration
/// could not be read from: `pub enum Shop<..> where .. { A(u8) = 410, ... }`
/// after any attributes, each variant's name where one starts (after its
/// attributes and a visibility).
fn shell(input: ParseStream<'_>) -> syn::Result<(Visibility, Ident, Vec<Ident>)> {
    input.call(syn::Attribute::parse_outer)?;
    let vis = input.parse()?;
    input.parse::<Token![enum]>()?;
    let ident = input.call(Ident::parse_any)?;
    // The body is the last group in braces: generics may hold some too
    // (`<const N: usize = { 3 }>`).
    let rest: TokenStream = input.parse()?;
    let body = rest.into_iter().filter_map(|tree| match tree {
        TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => Some(group),
        _ => None,
    });
    let Some(body) = body.last() else {
        return Err(syn::Error::new(ident.span(), "no body"));
    };
    let mut variants = Vec::new();
    let mut at_start = true;
    let mut trees = body.stream().into_iter().peekable();
    while let Some(tree) = trees.next() {
        match tree {
            // An attribute, outer or inner: `#`, `!`, its brackets.
            TokenTree::Punct(p) if p.as_char() == '#' && at_start => {
                trees.next_if(|tree| matches!(tree, TokenTree::Punct(p) if p.as_char() == '!'));
                trees.next();
            }
            TokenTree::Punct(p) if p.as_char() == ',' => at_start = true,
            // A visibility, which a variant may not have but may be given.
            TokenTree::Ident(name) if at_start && name == "pub" => {
                trees.next_if(|tree| {
                    matches!(tree, TokenTree::Group(g) if g.delimiter() == Delimiter::Parenthesis)
                });
            }
            TokenTree::Ident(name) if at_start && !unraw::is_strict_keyword(&name) => {
                variants.push(name);
                at_start = false;
            }
            _ => at_start = false,
        }
    }
    Ok((vis, ident, variants))
}

/// `page = "..."` in arguments that did not parse, where it is there; the
/// last, as `parse_args` keeps the last of a key given twice.
fn page_key(args: TokenStream) -> Option<(String, Literal)> {
    let trees: Vec<TokenTree> = args.into_iter().collect();
    trees.windows(3).rev().find_map(|window| match window {
        [
            TokenTree::Ident(key),
            TokenTree::Punct(eq),
            TokenTree::Literal(lit),
        ] if unraw::is(key, "page") && eq.as_char() == '=' => {
            string_value(lit).map(|(value, _)| (value, lit.clone()))
        }
        _ => None,
    })
}

/// The table a failed declaration leaves behind: its type, without codes,
/// with `variants` (their attributes and names), each name once and none an
/// item's of every table, all written for any edition; and its macro,
/// through which a derive against it emits impls that compile.
fn codeless(
    krate: &TokenStream,
    args: &Args,
    attrs: &[TokenStream],
    vis: &Visibility,
    ident: &Ident,
    variants: impl IntoIterator<Item = (TokenStream, Ident)>,
    deprecated: bool,
) -> TokenStream {
    let mut declared = std::collections::HashSet::new();
    let variants = variants
        .into_iter()
        .filter(|(_, name)| name_taken(&mut declared, name).is_none())
        .map(|(attrs, name)| {
            let name = unraw::for_any_edition(&name);
            quote!(#attrs #name)
        });
    let ident = unraw::for_any_edition(ident);
    let impls = impls_allow(deprecated);
    let mut tokens = quote! {
        #krate::__private_0_1::codeless_table! {
            #(#attrs)*
            #vis enum #ident { #(#variants),* }
            #impls
        }
    };
    tokens.extend(callback(&ident, vis, exported(args, vis), None));
    tokens
}

/// What a table's impls are given: a deprecated table's use it, and rustc
/// would report each use, which no attribute on the table could quiet.
fn impls_allow(deprecated: bool) -> Option<TokenStream> {
    deprecated.then(|| quote!(impls = [#[allow(deprecated)]];))
}

/// The table, or, after the errors, a codeless one.
fn whole_or_codeless(
    cx: Ctxt,
    args: &Args,
    item: &Item,
    rows: Option<(Page, Vec<Ident>)>,
    krate: &TokenStream,
) -> TokenStream {
    match (cx.finish(), rows) {
        (Ok(()), Some((page, names))) => expand(item, &page, &names, args, krate),
        (result, rows) => {
            // The type and its macro still exist, codeless, so that the
            // errors are not followed by one per use of the table.
            let mut tokens = match result {
                Err(err) => item::to_compile_errors(&err, args.errors_through(krate)),
                Ok(()) => TokenStream::new(),
            };
            let Item {
                attrs,
                vis,
                ident,
                variants,
                ..
            } = item;
            // The variants keep their names (a use of one, a `#[default]`,
            // adds no error); a page table, its page's codes where it was
            // read (the mistake was elsewhere).
            let written = variants
                .iter()
                .map(|Variant { attrs, ident, .. }| (quote!(#(#attrs)*), ident.clone()));
            let read = rows
                .filter(|_| args.page.is_some())
                .map(|(_, names)| names)
                .unwrap_or_default();
            let read = read.into_iter().map(|name| (TokenStream::new(), name));
            tokens.extend(codeless(
                krate,
                args,
                attrs,
                vis,
                ident,
                written.chain(read),
                item.deprecated,
            ));
            tokens
        }
    }
}

/// The errors `cx` holds, through the crate at `krate` (`None`: unknown).
fn errors(cx: Ctxt, krate: Option<&TokenStream>) -> TokenStream {
    match cx.finish() {
        Ok(()) => TokenStream::new(),
        Err(err) => item::to_compile_errors(&err, krate),
    }
}

/// Declares, beside the table `ident`, the hidden macro of the same name
/// through which the derive reads the table's rows:
/// `#[api_error(codes = path::Table)]` expands to `path::Table! {
/// (<the derive's crate path>) <the derive's input> }`, which hands the
/// rows and the input on to `derive_with_table!`, through the crate path
/// the derive itself uses (so a table declared in another crate, which may
/// name `apicodes` otherwise, works the same). Without rows (a table whose
/// declaration failed, and said why) it hands on `!` instead, and the
/// derive emits impls that compile, reporting only the mistakes found
/// reading its input.
///
/// A macro and a type of one name live apart, so any path or `use` that
/// reaches the table reaches its macro too: the macro is imported beside
/// the table. With `export` (on a `pub` table) the macro is exported
/// (`#[macro_export]`, at the crate root under a hidden name unique in the
/// crate) and imported `pub`, so that other crates reach it; otherwise it
/// is local to its module and imported `pub(crate)` (a `macro_rules!` that
/// is not exported can be imported no wider). Exporting is asked for, not
/// inferred from `pub`: a table in a function body, `pub` or not, cannot
/// export a macro (rustc's `non_local_definitions`), and the derive cannot
/// tell where it is. The `use` lines start with identifiers of mixed-site span,
/// which carry this crate's edition: in an edition-2015 crate, a `use`
/// path written with the user's span would start at the crate root, and
/// could not name a local `macro_rules!` at all, nor an exported one that
/// a macro made.
fn callback(
    ident: &Ident,
    vis: &Visibility,
    export: bool,
    rows: Option<TokenStream>,
) -> TokenStream {
    let d = Punct::new('$', Spacing::Alone);
    // Without rows, the derive still runs, to emit impls that compile.
    let rows = rows.map_or_else(|| quote!(!), |rows| quote!([#rows]));
    let rule = quote! {
        ((#d(#d krate:tt)*) #d(#d input:tt)*) => {
            #d(#d krate)*::__private_0_1::derive_with_table! { #ident #rows #d(#d input)* }
        };
    };
    if export {
        let name = format_ident!(
            "__apicodes_table_{}_{}",
            unraw::unraw(ident),
            next_exported(),
            span = Span::mixed_site()
        );
        return quote! {
            #[doc(hidden)]
            #[macro_export]
            macro_rules! #name { #rule }
            #[doc(hidden)]
            #vis use #name as #ident;
        };
    }
    let module = format_ident!(
        "__apicodes_table_{}",
        unraw::unraw(ident),
        span = Span::mixed_site()
    );
    let callback = Ident::new("callback", Span::mixed_site());
    quote! {
        #[doc(hidden)]
        mod #module {
            macro_rules! #callback { #rule }
            pub(crate) use #callback;
        }
        #[doc(hidden)]
        pub(crate) use #module::#callback as #ident;
    }
}

/// Whether the table's macro is exported: `export` on a `pub` table (on
/// another, `export` is an error, reported).
fn exported(args: &Args, vis: &Visibility) -> bool {
    args.export.is_some() && matches!(vis, Visibility::Public(_))
}

/// A number for each exported table macro that no other has in this
/// crate's build: exported macros share the crate root, whatever module
/// their tables are in. Expansion runs in order, once per build of a
/// crate, so the names are the same from one build to the next.
fn next_exported() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

fn parse_args(cx: &Ctxt, input: ParseStream<'_>) -> syn::Result<Args> {
    let mut args = Args::default();
    while !input.is_empty() {
        if !input.peek(Ident::peek_any) {
            let lit = input.fork().call(string).is_ok();
            return Err(input.error(if lit {
                "name the page with its key: #[apicodes::table(page = \"codes.md\")]".to_owned()
            } else {
                crate::attr::expected(KEY_NAMES)
            }));
        }
        let key = input.call(Ident::parse_any)?;
        let name = unraw::unraw(&key);
        if !KEY_NAMES.contains(&crate::attr::lookup_name(input, &name)) {
            args.unknown_key = true;
            cx.push(crate::attr::unknown_key(input, &key, KEY_NAMES)?);
        } else if name == "export" && !input.peek(Token![=]) {
            if args.export.replace(key.span()).is_some() {
                cx.push(syn::Error::new(key.span(), "duplicate key `export`"));
            }
        } else if name == "export" {
            return Err(syn::Error::new(
                key.span(),
                "`export` takes no value: #[apicodes::table(export)]",
            ));
        } else if !input.peek(Token![=]) {
            return Err(syn::Error::new(
                key.span(),
                format!("expected a value: #[apicodes::table({name} = ...)]"),
            ));
        } else {
            input.parse::<Token![=]>()?;
            value(cx, input, &mut args, &key, &name)?;
        }
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(args)
}

/// Reads the value of key `name` (`key`), after its `=`.
fn value(
    cx: &Ctxt,
    input: ParseStream<'_>,
    args: &mut Args,
    key: &Ident,
    name: &str,
) -> syn::Result<()> {
    let duplicate = || syn::Error::new(key.span(), format!("duplicate key `{name}`"));
    match name {
        "crate" => {
            let path = crate::attr::plain_path(input, "crate")?;
            if args.krate.replace(path).is_some() {
                cx.push(duplicate());
            }
        }
        "other_errors" | "title"
            if input
                .fork()
                .call(string)
                .is_ok_and(|(v, _)| v.trim().is_empty()) =>
        {
            let (_, lit) = string(input)?;
            let what = if name == "title" {
                format!(
                    "the title is empty: write the page's title, or leave the key out for \
                     \"{DEFAULT_TITLE}\""
                )
            } else {
                "`other_errors` is empty: write what a client should do about a code the \
                 table does not document, or leave the key out for a table without that text"
                    .to_owned()
            };
            cx.push(syn::Error::new(lit.span(), what));
        }
        // `page`, `title` or `other_errors`.
        _ => {
            let (value, lit) = keyed_string(input, name)?;
            let slot_taken = match name {
                "page" => args.page.replace((value, lit)).is_some(),
                "title" => args.title.replace((value, lit.span())).is_some(),
                _ => args.other_errors.replace((value, lit.span())).is_some(),
            };
            if slot_taken {
                cx.push(duplicate());
            }
        }
    }
    Ok(())
}

/// The string literal given to key `key`; a macro call in its place
/// (`concat!(...)`, `core::include_str!(...)`) is an error that says why.
fn keyed_string(input: ParseStream<'_>, key: &str) -> syn::Result<(String, Literal)> {
    let called = input.fork();
    let path = called.call(syn::Path::parse_mod_style);
    if let (Ok(path), true) = (path, called.peek(Token![!])) {
        let what = if key == "page" {
            "a path relative to the crate's `Cargo.toml`, such as `page = \"codes.md\"` (a page \
             a build script writes elsewhere cannot be read)"
        } else {
            "write the text itself here"
        };
        return Err(syn::Error::new_spanned(
            path,
            format!("`{key}` is read before any macro runs, so it takes a string literal: {what}"),
        ));
    }
    string(input)
}

/// A string literal without a suffix, and the literal.
fn string(input: ParseStream<'_>) -> syn::Result<(String, Literal)> {
    let form = "expected a string literal";
    let lit = attr::expect_literal(input, form)?;
    match string_value(&lit) {
        Some((value, suffix)) if suffix.is_empty() => Ok((value, lit)),
        _ => Err(syn::Error::new(lit.span(), form)),
    }
}

/// The enum; its variants are read unless it is a page table's (`paged`),
/// whose body is only seen to hold something or not.
fn parse_item(
    cx: &Ctxt,
    attrs_cx: &Ctxt,
    input: ParseStream<'_>,
    paged: bool,
) -> syn::Result<Item> {
    let Outer {
        attrs,
        documented,
        deprecated,
    } = outer_attrs(attrs_cx, input)?;
    let vis: Visibility = input.parse()?;
    if !input.peek(Token![enum]) {
        return Err(input.error(
            "#[apicodes::table] declares an enum: `pub enum MyCodes {}` with \
             `page = \"codes.md\"`, or its codes as variants",
        ));
    }
    input.parse::<Token![enum]>()?;
    let ident = input.call(Ident::parse_any)?;
    if input.peek(Token![<]) || input.peek(Token![where]) {
        return Err(input.error("a table has no generics"));
    }
    let content;
    let body = braced!(content in input);
    let listed = !content.is_empty();
    if paged {
        content.parse::<TokenStream>()?;
    }
    let mut variants = Vec::new();
    while !content.is_empty() {
        variants.push(parse_variant(cx, &content)?);
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(Item {
        attrs,
        documented,
        deprecated,
        vis,
        ident,
        body: body.span.join(),
        listed,
        variants,
    })
}

/// The table's outer attributes, as [`outer_attrs`] reads them.
struct Outer {
    attrs: Vec<TokenStream>,
    documented: bool,
    deprecated: bool,
}

/// Outer attributes as written (`#` and the bracket group), whether one is
/// a doc comment and whether one makes the table deprecated; but not a
/// `repr`, nor a derive of a trait every table has (each reported where it
/// is written).
fn outer_attrs(cx: &Ctxt, input: ParseStream<'_>) -> syn::Result<Outer> {
    let mut attrs = Vec::new();
    let mut documented = false;
    let mut deprecated = false;
    while input.peek(Token![#]) {
        let pound: TokenTree = input.parse()?;
        let mut group: TokenTree = input.parse()?;
        if let TokenTree::Group(bracket) = &group {
            let mut trees = bracket.stream().into_iter();
            let first = trees.next();
            let second = trees.next();
            match (&first, &second) {
                (Some(TokenTree::Ident(ident)), _) if unraw::is(ident, "doc") => documented = true,
                (Some(TokenTree::Ident(ident)), None | Some(TokenTree::Group(_)))
                    if unraw::is(ident, "deprecated") =>
                {
                    deprecated = true;
                }
                (Some(TokenTree::Ident(ident)), Some(TokenTree::Punct(p)))
                    if unraw::is(ident, "deprecated") && p.as_char() == '=' =>
                {
                    deprecated = true;
                }
                (Some(TokenTree::Ident(ident)), Some(TokenTree::Group(args)))
                    if unraw::is(ident, "cfg_attr")
                        && cfg_attr_brings(args.stream(), &["deprecated"]).is_some() =>
                {
                    deprecated = true;
                }
                // `#[code(...)]`, `#[code = ...]`, `#[code]`; not a path
                // through a module `code` (`#[code::attr]`).
                (Some(TokenTree::Ident(ident)), after)
                    if unraw::is(ident, "code")
                        && !matches!(after, Some(TokenTree::Punct(p)) if p.as_char() == ':') =>
                {
                    cx.push(syn::Error::new(
                        ident.span(),
                        "`#[code(...)]` goes on a variant, the code it gives a message (and a \
                         title); the page's own title and Other Errors text are \
                         #[apicodes::table(title = \"...\", other_errors = \"...\")]",
                    ));
                    continue;
                }
                (Some(TokenTree::Ident(ident)), None | Some(TokenTree::Group(_)))
                    if unraw::is(ident, "repr") =>
                {
                    cx.push(syn::Error::new(
                        ident.span(),
                        "a table is `#[repr(u16)]`, each code its variant's discriminant; \
                         remove this `repr`",
                    ));
                    continue;
                }
                (Some(TokenTree::Ident(ident)), Some(TokenTree::Group(list)))
                    if unraw::is(ident, "derive") && list.delimiter() == Delimiter::Parenthesis =>
                {
                    let kept = derives_kept(cx, list.stream());
                    if kept.is_empty() {
                        continue;
                    }
                    let mut kept = Group::new(Delimiter::Parenthesis, kept);
                    kept.set_span(list.span());
                    let attr = [TokenTree::Ident(ident.clone()), TokenTree::Group(kept)];
                    let mut attr = Group::new(Delimiter::Bracket, attr.into_iter().collect());
                    attr.set_span(bracket.span());
                    group = TokenTree::Group(attr);
                }
                _ => {}
            }
        }
        attrs.push([pound, group].into_iter().collect());
    }
    Ok(Outer {
        attrs,
        documented,
        deprecated,
    })
}

/// The traits every table derives.
const TABLE_TRAITS: &[&str] = &[
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "Debug",
];

/// A `derive(...)` list on a table without the traits the table has
/// already (each reported): a second derive of one is an error per trait,
/// at the attribute, about conflicting impls.
fn derives_kept(cx: &Ctxt, list: TokenStream) -> TokenStream {
    let mut kept = Vec::new();
    let mut path: Vec<TokenTree> = Vec::new();
    let mut trees = list.into_iter();
    loop {
        let tree = trees.next();
        let end = match &tree {
            None => true,
            Some(TokenTree::Punct(p)) => p.as_char() == ',',
            Some(_) => false,
        };
        if !end {
            path.extend(tree);
            continue;
        }
        let idents: Vec<&Ident> = path
            .iter()
            .filter_map(|tree| match tree {
                TokenTree::Ident(ident) => Some(ident),
                _ => None,
            })
            .collect();
        let std_path = match idents.as_slice() {
            [_] => true,
            [first, ..] => ["core", "std", "alloc"].iter().any(|root| *first == root),
            [] => false,
        };
        let table_trait = idents
            .last()
            .filter(|last| std_path && TABLE_TRAITS.iter().any(|name| *last == name));
        if let Some(name) = table_trait {
            cx.push(syn::Error::new(
                name.span(),
                format!(
                    "every #[apicodes::table] is already `{name}`; remove it from this list \
                     (a table derives {})",
                    TABLE_TRAITS.join(", ")
                ),
            ));
        } else if !path.is_empty() {
            if !kept.is_empty() {
                kept.push(TokenTree::Punct(Punct::new(',', Spacing::Alone)));
            }
            kept.append(&mut path);
        }
        path.clear();
        if tree.is_none() {
            break;
        }
    }
    kept.into_iter().collect()
}

/// The keys of `#[code(...)]`, inside its parentheses; `content` is the
/// attribute's, from its name on.
fn code_keys<'a>(
    content: &syn::parse::ParseBuffer<'a>,
) -> syn::Result<syn::parse::ParseBuffer<'a>> {
    let key = content.call(Ident::parse_any)?;
    if !content.peek(syn::token::Paren) {
        let at = if content.is_empty() {
            key.span()
        } else {
            content.span()
        };
        return Err(syn::Error::new(
            at,
            "write the code's message in parentheses: #[code(message = \"Not found\")]",
        ));
    }
    let args;
    parenthesized!(args in content);
    Ok(args)
}

fn parse_variant(cx: &Ctxt, input: ParseStream<'_>) -> syn::Result<Variant> {
    let mut attrs = Vec::new();
    let mut doc = DocText::default();
    let mut doc_unread = false;
    let mut code_unread = false;
    let (mut message, mut title) = (None, None);
    while input.peek(Token![#]) {
        let pound: Token![#] = input.parse()?;
        let content;
        let bracket = bracketed!(content in input);
        let name = content.fork().call(Ident::parse_any).ok();
        match name {
            Some(name) if unraw::is(&name, "code") && !content.peek2(Token![::]) => {
                let args = code_keys(&content)?;
                code_unread |= !code_args(cx, &args, &mut message, &mut title)?;
            }
            Some(name)
                if (unraw::is(&name, "cfg") || unraw::is(&name, "deprecated"))
                    && !content.peek2(Token![::]) =>
            {
                // Every code of the table is in its page and in every list
                // the table makes (`ALL`, the derive's checks): none can be
                // compiled out, and none is deprecated for the table's own use.
                let why = if unraw::is(&name, "cfg") {
                    "a table's codes cannot be compiled out with `#[cfg]`: a code is in the table \
                     as it is on the page; declare the codes each configuration documents as \
                     their own tables"
                } else {
                    "a table's codes cannot be `#[deprecated]`: the table documents what the API \
                     answers with; say in the code's doc comment that it is going away, and \
                     remove it from the table when the API stops using it"
                };
                cx.push(syn::Error::new(name.span(), why));
                content.parse::<TokenStream>()?;
            }
            _ => {
                if name
                    .as_ref()
                    .is_some_and(|name| unraw::is(name, "cfg_attr"))
                {
                    // `cfg_attr(..., deprecated)` would bring back what the
                    // arm above rejects.
                    let attrs = content.fork().parse::<TokenStream>()?.into_iter().nth(1);
                    let attrs = match attrs {
                        Some(TokenTree::Group(args)) => args.stream(),
                        _ => TokenStream::new(),
                    };
                    if let Some(inner) = cfg_attr_brings(attrs, &["cfg", "deprecated"]) {
                        cx.push(syn::Error::new(
                            inner.span(),
                            format!(
                                "a table's codes cannot be `{}` through `cfg_attr`: the table \
                                 is its page, the same in every build",
                                unraw::unraw(&inner)
                            ),
                        ));
                        // Not passed on: the table left behind keeps none.
                        content.parse::<TokenStream>()?;
                        continue;
                    }
                }
                if name.is_some_and(|name| unraw::is(&name, "doc")) && content.peek2(Token![=]) {
                    let fork = content.fork();
                    fork.call(Ident::parse_any)?;
                    fork.parse::<Token![=]>()?;
                    if let Ok((line, _)) = string(&fork) {
                        doc.push(&line);
                    } else {
                        doc_unread = true;
                        cx.push(syn::Error::new(
                            fork.span(),
                            "a table reads a code's description from its `///` lines (or \
                             `#[doc = \"...\"]`), before any macro runs: write the text here",
                        ));
                    }
                }
                let rest: TokenStream = content.parse()?;
                let mut group = proc_macro2::Group::new(proc_macro2::Delimiter::Bracket, rest);
                group.set_span(bracket.span.join());
                attrs.push(quote!(#pound #group));
            }
        }
    }
    let ident = input.call(Ident::parse_any)?;
    no_fields(cx, input)?;
    let code = if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        code(cx, &input.parse()?)
    } else {
        cx.push(syn::Error::new(
            ident.span(),
            format!("give `{ident}` its code: `{ident} = 404`"),
        ));
        None
    };
    Ok(Variant {
        attrs,
        doc: doc.finish().0,
        doc_unread,
        code_unread,
        ident,
        code,
        message,
        title,
    })
}

/// Reports a variant's fields, and reads on past them: the variants after
/// it are read as well.
fn no_fields(cx: &Ctxt, input: ParseStream<'_>) -> syn::Result<()> {
    if input.peek(syn::token::Brace) || input.peek(syn::token::Paren) {
        cx.push(input.error("a table's variants have no fields; write `Name = 404`"));
        input.parse::<TokenTree>()?;
    }
    Ok(())
}

/// A variant's code, `= 404`: an HTTP status, 100 to 599, read as the
/// derive reads `code = 404` (so a macro's `$code:literal` too), or `None`
/// and the error reported.
fn code(cx: &Ctxt, mut value: &syn::Expr) -> Option<(u16, Span)> {
    // A macro's fragment (`$code:expr`) arrives in an invisible group.
    while let syn::Expr::Group(group) = value {
        value = &group.expr;
    }
    let span = syn::spanned::Spanned::span(value);
    let error = match attr::code_of(value.to_token_stream()) {
        Ok(CodeAttr {
            value: CodeValue::Number(code),
            ..
        }) if (100..=599).contains(&code) => return Some((code, span)),
        Ok(CodeAttr {
            value: CodeValue::Number(_),
            ..
        }) => syn::Error::new_spanned(
            value,
            "a code is an HTTP status, from 100 to 599 (`Name = 404`); RFC 9110 calls any \
             other invalid, and OpenAPI cannot document one",
        ),
        Ok(CodeAttr {
            value: CodeValue::Quoted(_),
            ..
        }) => syn::Error::new_spanned(value, "write the code without quotes, such as `404`"),
        // The derive's errors for a literal (a suffix, a sign); its own
        // words for the rest, which a table reads as no code.
        Err(err)
            if matches!(
                value,
                syn::Expr::Lit(_)
                    | syn::Expr::Unary(syn::ExprUnary {
                        op: syn::UnOp::Neg(_),
                        ..
                    })
            ) =>
        {
            err
        }
        Ok(_) | Err(_) => syn::Error::new_spanned(
            value,
            "a code is written as a number such as `404`, not as a name or an expression",
        ),
    };
    cx.push(error);
    None
}

/// The attribute among `wanted` that `cfg_attr(predicate, attr, ...)`'s
/// arguments `args` bring, by each attribute's name (a nested `cfg_attr`
/// looked into); what an attribute says (`allow(deprecated)`) is not.
fn cfg_attr_brings(args: TokenStream, wanted: &[&str]) -> Option<Ident> {
    let mut at_start = false;
    let mut trees = args.into_iter().peekable();
    while let Some(tree) = trees.next() {
        match tree {
            TokenTree::Punct(punct) if punct.as_char() == ',' => at_start = true,
            TokenTree::Ident(ident) if at_start => {
                at_start = false;
                if wanted.iter().any(|w| unraw::is(&ident, w)) {
                    return Some(ident);
                }
                if unraw::is(&ident, "cfg_attr") {
                    if let Some(TokenTree::Group(group)) = trees.peek() {
                        if let Some(found) = cfg_attr_brings(group.stream(), wanted) {
                            return Some(found);
                        }
                    }
                }
            }
            _ => at_start = false,
        }
    }
    None
}

/// `message = "..."` and `title = "..."` in `#[code(...)]`; whether they
/// were read without a mistake (each mistake is reported, and the keys
/// after it still read).
fn code_args(
    cx: &Ctxt,
    args: ParseStream<'_>,
    message: &mut Option<String>,
    title: &mut Option<String>,
) -> syn::Result<bool> {
    let reported = std::cell::Cell::new(0_usize);
    let report = |err: syn::Error| {
        reported.set(reported.get() + 1);
        cx.push(err);
    };
    let form = "#[code(message = \"...\", title = \"...\")]";
    while !args.is_empty() {
        if !args.peek(Ident::peek_any) {
            // A value with no key (`#[code("Teapot")]`): said, and read on.
            report(args.error(format!("expected a key: {form}")));
            crate::attr::skip_to_comma(args)?;
            if args.parse::<Option<Token![,]>>()?.is_none() {
                break;
            }
            continue;
        }
        let before = reported.get();
        let key = args.call(Ident::parse_any)?;
        let name = unraw::unraw(&key);
        let slot = match crate::attr::lookup_name(args, &name) {
            "message" => Some(&mut *message),
            "title" => Some(&mut *title),
            "code" => {
                report(syn::Error::new(
                    key.span(),
                    "a code is its variant's discriminant, not a key: `Conflict = 409`; \
                     expected `message` or `title`",
                ));
                None
            }
            _ => {
                report(crate::attr::unknown_key(args, &key, &["message", "title"])?);
                None
            }
        };
        if let Some(slot) = slot {
            if args.peek(Token![=]) {
                args.parse::<Token![=]>()?;
                match keyed_string(args, &name) {
                    Ok((value, lit)) if name == "title" && value.trim().is_empty() => {
                        report(syn::Error::new(
                            lit.span(),
                            "the title is empty: write one, such as `title = \"NOT FOUND\"`, or \
                             leave the key out for one made from the message",
                        ));
                    }
                    Ok((value, _)) => {
                        if slot.replace(value).is_some() {
                            report(syn::Error::new(key.span(), "duplicate key"));
                        }
                    }
                    Err(err) => report(err),
                }
            } else {
                report(syn::Error::new(
                    key.span(),
                    format!("expected a value: `{name} = \"...\"`"),
                ));
            }
        }
        // A value read whole is followed by a comma or the end: what else
        // follows it (`message = "Gone" title = "..."`, `"Too " "early"`)
        // would be lost.
        if reported.get() == before && !args.is_empty() && !args.peek(Token![,]) {
            report(args.error(format!("expected `,` after the value: {form}")));
        }
        // Past whatever is left of this key's value, to the next key.
        crate::attr::skip_to_comma(args)?;
        if args.is_empty() {
            break;
        }
        args.parse::<Token![,]>()?;
    }
    Ok(reported.get() == 0)
}

/// The table the page of `args` gives (if it names one), as
/// [`from_page`]; a page recovered from arguments that did not parse is
/// read without reporting its problems.
fn page_rows(cx: &Ctxt, args: &Args, listed: Option<Span>) -> Option<(Page, Vec<Ident>)> {
    let (path, lit) = args.page.as_ref()?;
    if !args.page_recovered {
        return from_page(cx, args, listed, path, lit);
    }
    let quiet = Ctxt::new();
    let rows = from_page(&quiet, args, listed, path, lit);
    let read = quiet.finish().is_ok();
    rows.filter(|_| read)
}

/// The table a page gives, and its variant names; the page's problems are
/// reported at the `page = "..."` literal, each with its line. `listed` is
/// the body of an enum that lists variants, which the page's table leaves
/// empty (reported there).
fn from_page(
    cx: &Ctxt,
    args: &Args,
    listed: Option<Span>,
    path: &str,
    lit: &Literal,
) -> Option<(Page, Vec<Ident>)> {
    for (key, span) in [("title", &args.title), ("other_errors", &args.other_errors)]
        .into_iter()
        .filter_map(|(key, value)| Some((key, value.as_ref()?.1)))
    {
        cx.push(syn::Error::new(
            span,
            format!("`{key}` is for a table written in Rust; with `page`, the page gives it"),
        ));
    }
    if let Some(body) = listed {
        cx.push(syn::Error::new(
            body,
            format!("the page `{path}` lists the codes; leave the enum's body empty: `{{}}`"),
        ));
    }
    if path.trim().is_empty() {
        cx.push(syn::Error::new(
            lit.span(),
            "the page's path is empty: write the path of the page, relative to the directory \
             of the crate's Cargo.toml, such as `page = \"docs/codes.md\"`",
        ));
        return None;
    }
    // `\` separates a path's parts on Windows alone, and `C:` starts one
    // there from a drive (`C:codes.md` from that drive's current
    // directory): read as every system reads `/`. Decided from the text,
    // not by the host's rules, so that every host says the same (Windows
    // takes `/codes.md` as relative to the current drive).
    let slashed = path.replace('\\', "/");
    let drive = matches!(slashed.as_bytes(), [letter, b':', ..] if letter.is_ascii_alphabetic());
    let absolute = slashed.starts_with('/') || drive;
    if path.contains('\\') && !absolute {
        cx.push(syn::Error::new(
            lit.span(),
            format!(
                "separate the parts of the page's path with `/`, which every system reads: \
                 `page = \"{slashed}\"`"
            ),
        ));
        return None;
    }
    if absolute {
        // It would build on this machine alone.
        let drive = if drive {
            format!(
                "`{}` starts a path from a drive, on Windows; ",
                &slashed[..2]
            )
        } else {
            String::new()
        };
        cx.push(syn::Error::new(
            lit.span(),
            format!(
                "{drive}write the page's path relative to the directory of the crate's \
                 Cargo.toml, such as `page = \"docs/codes.md\"`, so that the crate builds on \
                 any machine"
            ),
        ));
        return None;
    }
    let full = manifest_dir().join(path);
    let text = match std::fs::read(&full).map(String::from_utf8) {
        Ok(Ok(text)) => text,
        Ok(Err(err)) => {
            let valid = &err.as_bytes()[..err.utf8_error().valid_up_to()];
            // Lines end as the page parser ends them: `\n`, `\r\n` or `\r`.
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            let line = 1 + valid.matches('\n').count() + valid.matches('\r').count()
                - valid.matches("\r\n").count();
            cx.push(syn::Error::new(
                lit.span(),
                format!("`{path}` line {line}: the page is not UTF-8 text; save it as UTF-8"),
            ));
            return None;
        }
        Err(err) => {
            cx.push(syn::Error::new(
                lit.span(),
                format!(
                    "cannot read the page `{path}`: {err}; the path is relative to the \
                     directory of the crate's Cargo.toml"
                ),
            ));
            return None;
        }
    };
    match page::parse(&text) {
        Ok(page) => {
            let names = page
                .entries
                .iter()
                .map(|entry| {
                    // The parser checked that every title gives a name.
                    let name = entry.name().unwrap_or_default();
                    Ident::new(&name, Span::call_site())
                })
                .collect();
            Some((page, names))
        }
        Err(problems) => {
            for problem in problems {
                cx.push(syn::Error::new(lit.span(), format!("`{path}` {problem}")));
            }
            None
        }
    }
}

fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(|| ".".into(), Into::into)
}

/// The table its variants give, each checked where it is written.
fn from_variants(cx: &Ctxt, args: &Args, item: &Item) -> Option<(Page, Vec<Ident>)> {
    if item.variants.is_empty() {
        if args.unknown_key {
            return None;
        }
        cx.push(syn::Error::new(
            item.body,
            "a table documents at least one code: read them from a page with \
             #[apicodes::table(page = \"codes.md\")], or write each as a variant: \
             `/// Description.` `#[code(message = \"Not found\")]` `NotFound = 404`",
        ));
        return None;
    }
    // Each problem is reported once, where it is written; only a table
    // with none is checked as a whole.
    let mut failed = false;
    let complain = |failed: &mut bool, span: Span, message: String| {
        report(cx, failed, syn::Error::new(span, message));
    };
    let mut entries: Vec<Entry> = Vec::new();
    let mut names = Vec::new();
    // Every code read, with its variant, whether or not its entry is whole.
    let mut seen: Vec<(u16, &Ident)> = Vec::new();
    let mut declared = std::collections::HashSet::new();
    for variant in &item.variants {
        let ident = &variant.ident;
        // A doc a macro writes was reported where it is written; the page
        // would only say again that the code has no description.
        failed |= variant.doc_unread;
        if let Some((why, skip)) = name_taken(&mut declared, ident) {
            complain(&mut failed, ident.span(), why);
            if skip {
                continue;
            }
        }
        let Some((code, span)) = variant.code else {
            failed = true;
            continue;
        };
        if let Some((_, first)) = seen.iter().find(|(seen, _)| *seen == code) {
            complain(
                &mut failed,
                span,
                format!("code {code} is already documented by `{first}`"),
            );
            continue;
        }
        seen.push((code, ident));
        let Some(message) = variant.message.clone() else {
            if variant.code_unread {
                failed = true;
                continue;
            }
            complain(
                &mut failed,
                ident.span(),
                format!("give `{ident}` the message its body sends: #[code(message = \"...\")]"),
            );
            continue;
        };
        if message.trim().is_empty() {
            complain(
                &mut failed,
                ident.span(),
                format!("the message of `{ident}` is empty; write the text clients will see"),
            );
        }
        let description = match description(variant) {
            Ok(description) => description,
            Err(problem) => {
                complain(&mut failed, ident.span(), problem(ident, code));
                String::new()
            }
        };
        let title = match &variant.title {
            Some(title) => title.clone(),
            None => default_title(&message, &unraw::unraw(ident)),
        };
        entries.push(Entry {
            code,
            title,
            description,
            message,
        });
        names.push(ident.clone());
    }
    let page = Page {
        title: args
            .title
            .as_ref()
            .map_or_else(|| DEFAULT_TITLE.to_owned(), |(title, _)| title.clone()),
        entries,
        other_errors: args.other_errors.as_ref().map(|(text, _)| text.clone()),
    };
    if !failed {
        check_round_trip(cx, args, item, &page, &names);
    }
    Some((page, names))
}

/// Reports each title or Other Errors text holding a line break (which
/// splits the rendered page's blocks) where it is written, rather than as
/// the broken page's problems, at another variant; whether there was one.
fn line_breaks(cx: &Ctxt, args: &Args, item: &Item, page: &Page, names: &[Ident]) -> bool {
    // A lone `\r` too: CommonMark ends a line there.
    let breaks = |text: &str| text.contains(['\n', '\r']);
    let mut broken = false;
    for (entry, name) in page.entries.iter().zip(names) {
        if breaks(&entry.title) {
            broken = true;
            cx.push(syn::Error::new(
                name.span(),
                format!(
                    "code {}'s heading would be {:?}, but a page's heading is one line: \
                     give it a `title = \"...\"` on one line",
                    entry.code, entry.title
                ),
            ));
        }
    }
    for (key, value, span) in [
        ("title", Some(&page.title), args.title.as_ref().map(|t| t.1)),
        (
            "other_errors",
            page.other_errors.as_ref(),
            args.other_errors.as_ref().map(|t| t.1),
        ),
    ] {
        if value.is_some_and(|text| breaks(text)) {
            broken = true;
            cx.push(syn::Error::new(
                span.unwrap_or_else(|| item.ident.span()),
                format!(
                    "`{key}` has a line break, which the page cannot hold; write it on one line"
                ),
            ));
        }
    }
    broken
}

/// Reports what the page format cannot hold (a title or Other Errors text
/// that is blank, spans lines or has spaces around it): such a table would
/// render to a page that reads back as another table. A line break is
/// reported at what holds it; the rest as the rendered page's problems, at
/// the code each is about, where it is about one.
fn check_round_trip(cx: &Ctxt, args: &Args, item: &Item, page: &Page, names: &[Ident]) {
    if line_breaks(cx, args, item, page, names) {
        return;
    }
    let text = page.render();
    // The line of each code's heading in the rendered page.
    let headings: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| line.starts_with("### "))
        .map(|(i, _)| i + 1)
        .collect();
    // The entry whose section holds a line of the rendered page.
    let entry_at = |line: usize| headings.iter().rposition(|&heading| heading <= line);
    let at_line = |line: usize| {
        entry_at(line)
            .and_then(|i| names.get(i))
            .map_or_else(|| item.ident.span(), Ident::span)
    };
    // Two titles that give one variant name, told by the variants: the
    // user never sees the rendered page, so its lines would say nothing.
    let duplicate_name = |problem: &page::PageError| {
        let page::PageErrorKind::DuplicateName { name, first } = &problem.kind else {
            return None;
        };
        let (i, j) = (entry_at(problem.line)?, entry_at(*first)?);
        let (entry, other, other_name) =
            (page.entries.get(i)?, page.entries.get(j)?, names.get(j)?);
        Some(format!(
            "the title {:?} of code {} gives the variant name `{name}` on the page this table \
             renders to, as the title {:?} of `{other_name}` (code {}) does, so the page would \
             not read back; give one of them another title: #[code(title = \"...\")]",
            entry.title, entry.code, other.title, other.code
        ))
    };
    match page::parse(&text) {
        Err(problems) => {
            for problem in problems {
                let message = duplicate_name(&problem).unwrap_or_else(|| {
                    format!(
                        "the page this table renders to would not read back: {}",
                        problem.kind
                    )
                });
                cx.push(syn::Error::new(at_line(problem.line), message));
            }
        }
        Ok(read) => {
            crossed_names(cx, page, names);
            let why = "a page keeps no spaces around a title or text; remove them";
            for ((entry, back), name) in page.entries.iter().zip(&read.entries).zip(names) {
                for (field, want, got) in [
                    ("title", &entry.title, &back.title),
                    ("message", &entry.message, &back.message),
                    ("description", &entry.description, &back.description),
                ] {
                    if want != got {
                        cx.push(syn::Error::new(
                            name.span(),
                            format!(
                                "the page this table renders to would read the {field} of \
                                 code {} back as {got:?}, not {want:?}: {why}",
                                entry.code
                            ),
                        ));
                    }
                }
            }
            let whole = [
                (
                    "title",
                    Some(&page.title),
                    Some(&read.title),
                    args.title.as_ref().map(|t| t.1),
                ),
                (
                    "other_errors",
                    page.other_errors.as_ref(),
                    read.other_errors.as_ref(),
                    args.other_errors.as_ref().map(|t| t.1),
                ),
            ];
            for (key, want, got, span) in whole {
                if want != got {
                    cx.push(syn::Error::new(
                        span.unwrap_or_else(|| item.ident.span()),
                        format!(
                            "the page this table renders to would read `{key}` back as {:?}, \
                             not {:?}: {why}",
                            got.map_or("", String::as_str),
                            want.map_or("", String::as_str)
                        ),
                    ));
                }
            }
        }
    }
}

/// Why a variant cannot have its name, where it cannot: another variant
/// has it (`declared` holds the names so far; the variant is then passed
/// over, `true`), or every table has an item of that name.
fn name_taken(
    declared: &mut std::collections::HashSet<String>,
    ident: &Ident,
) -> Option<(String, bool)> {
    let name = unraw::unraw(ident);
    if !declared.insert(name.clone()) {
        let why = format!("a variant named `{name}` is declared already; rename one of them");
        return Some((why, true));
    }
    // Rust looks up a variant before an associated item of the same name,
    // so the type's own `Shop::ALL` would be lost.
    apicodes_core::__private::ITEM_NAMES
        .contains(&name.as_str())
        .then(|| {
            let why = format!(
                "a table's variant cannot be named `{name}`: every table has its own \
                 `{name}`, which a variant of that name would hide; rename the variant"
            );
            (why, false)
        })
}

/// Reports each title that gives another code's variant name: the page
/// reads back, but `code = Name` would mean one code here and another in a
/// table declared from that page.
fn crossed_names(cx: &Ctxt, page: &Page, names: &[Ident]) {
    let by_name: std::collections::HashMap<String, usize> = names
        .iter()
        .enumerate()
        .map(|(i, name)| (unraw::unraw(name), i))
        .collect();
    for (entry, name) in page.entries.iter().zip(names) {
        let Some(given) = entry.name() else { continue };
        let Some(&i) = by_name.get(&given) else {
            continue;
        };
        let Some(other) = page.entries.get(i) else {
            continue;
        };
        if other.code != entry.code {
            cx.push(syn::Error::new(
                name.span(),
                format!(
                    "the title {:?} of code {} gives the variant name `{given}` on the page \
                     this table renders to, which names code {} here, so `{given}` would \
                     name another code in a table declared from that page; give it another \
                     title: #[code(title = \"...\")]",
                    entry.title, entry.code, other.code
                ),
            ));
        }
    }
}

/// The variant name a page gives the code titled `title`.
fn name_of(title: &str) -> Option<String> {
    Entry {
        code: 0,
        title: title.to_owned(),
        description: String::new(),
        message: String::new(),
    }
    .name()
}

/// The title a code written in Rust gets unless it names one. A page
/// names each code by its title, so the default is one that gives the
/// variant's name, as the page it renders to will name it: the message in
/// capitals where that does (`Not found`: `NOT FOUND`, `NotFound`), else
/// the name's words in capitals (`Unprocessable`: `UNPROCESSABLE`); where
/// neither does (a lowercase `r#gen`), the message in capitals. Variant
/// names being distinct, such titles are too.
fn default_title(message: &str, name: &str) -> String {
    // A page keeps no spaces around a title; the message keeps its own.
    let title = message.trim().to_uppercase();
    if name_of(&title).is_some_and(|given| given == name) {
        return title;
    }
    let mut words = String::new();
    for (at, c) in name.char_indices() {
        if at > 0 && c.is_ascii_uppercase() {
            words.push(' ');
        }
        words.push(c.to_ascii_uppercase());
    }
    if name_of(&words).is_some_and(|given| given == name) {
        words
    } else {
        title
    }
}

fn expand(
    item: &Item,
    page: &Page,
    names: &[Ident],
    args: &Args,
    krate: &TokenStream,
) -> TokenStream {
    let source = args.page.as_ref();
    let p = quote!(#krate::__private_0_1);
    let Item {
        attrs, vis, ident, ..
    } = item;
    // The names go through the crate's own macros, of edition 2024, where a
    // `gen` the user's edition allows is a keyword: written raw.
    let ident = &unraw::for_any_edition(ident);
    let names: Vec<Ident> = names.iter().map(unraw::for_any_edition).collect();
    let enum_doc = (!item.documented).then(|| {
        let doc = match source {
            Some((path, _)) => format!("The response codes documented by `{path}`."),
            None => "The API's documented response codes.".to_owned(),
        };
        quote!(#[doc = #doc])
    });
    let variant_attrs: Vec<TokenStream> = if source.is_some() {
        page.entries
            .iter()
            .map(|entry| {
                let doc = &entry.description;
                quote!(#[doc = #doc])
            })
            .collect()
    } else {
        item.variants
            .iter()
            .filter(|variant| variant.code.is_some())
            .map(|variant| variant.attrs.iter().cloned().collect())
            .collect()
    };
    let rows = page
        .entries
        .iter()
        .zip(&names)
        .zip(&variant_attrs)
        .map(|((entry, name), attrs)| {
            let code = Literal::u16_unsuffixed(entry.code);
            let Entry {
                title,
                description,
                message,
                ..
            } = entry;
            let mut body = String::new();
            json::write_body(&mut body, entry.code, message);
            let shown = unraw::unraw(name);
            quote!(#attrs #name = #code, #shown, #message, #title, #description, #body;)
        });
    let page_title = &page.title;
    let other_errors = page.other_errors.as_deref().unwrap_or_default();
    let callback_rows = page.entries.iter().zip(&names).map(|(entry, name)| {
        let code = Literal::u16_unsuffixed(entry.code);
        let message = &entry.message;
        quote!((#code #name #message))
    });
    let callback = callback(
        ident,
        vis,
        exported(args, vis),
        Some(quote!(#(#callback_rows)*)),
    );
    // The page is read by the macro; naming it to rustc too makes cargo
    // rebuild the crate when it changes.
    let track = source.map(|(path, _)| {
        let full = manifest_dir().join(path);
        let full = full.to_string_lossy();
        quote!(const _: &[#p::u8] = #p::include_bytes!(#full);)
    });
    let docs = method_docs();
    let impls = impls_allow(item.deprecated);
    quote! {
        #p::table! {
            #(#attrs)*
            #enum_doc
            #vis enum #ident {
                #(#rows)*
            }
            page_title = #page_title;
            other_errors = #other_errors;
            unknown = #p::UnknownCodeIn<#ident>;
            docs = { #docs }
            #impls
        }
        #callback
        #track
    }
}

/// A variant's doc comment as its page's description: one paragraph, on one
/// line; or what is wrong with it, for its name and code.
fn description(variant: &Variant) -> Result<String, fn(&Ident, u16) -> String> {
    // The page's one paragraph: a heading, code, a list, a quote, a rule or
    // a table after its first line, which rustdoc shows as a block of its
    // own, would be read as that sentence's words. The doc is as rustdoc
    // shows it: without the indentation its lines share, nor blank lines at
    // either end (`DocText::finish`).
    let lines: Vec<&str> = variant.doc.lines().collect();
    if lines
        .windows(2)
        .any(|pair| apicodes_core::__private::starts_other_block(pair[0], pair[1]))
    {
        return Err(|ident, _| {
            format!(
                "the doc comment of `{ident}` holds a heading, code, a list, a quote, a rule or \
                 a table, which its page would read as words of one sentence: a code's \
                 description is one paragraph; write it as sentences"
            )
        });
    }
    let description = variant.doc.split_whitespace().collect::<Vec<_>>().join(" ");
    if description.is_empty() && !variant.doc_unread {
        return Err(|ident, code| {
            format!("describe `{ident}` in a doc comment: the page's sentence for code {code}")
        });
    }
    Ok(description)
}

/// The docs of a table's generated methods. They carry no examples: in the
/// user's crate an example would run among its doctests.
fn method_docs() -> TokenStream {
    let docs = [
        (
            "all",
            "Every code the table documents, in the page's order.",
        ),
        (
            "other_errors",
            "The page's \"Other Errors\" text: what a client should do about a code the \
             table does not document; `\"\"` if the page has no such section.",
        ),
        ("as_u16", "The code's number."),
        (
            "from_u16",
            "The code with this number, if the table documents it.",
        ),
        (
            "from_name",
            "The code whose variant name this is, such as `\"NotFound\"`.",
        ),
        (
            "message",
            "The message sent in the JSON body, exactly as documented.",
        ),
        (
            "title",
            "The heading the page gives the code, such as `\"NOT FOUND\"`.",
        ),
        ("description", "The page's sentence explaining the code."),
        (
            "json",
            "The compact JSON body for the code, computed at compile time.",
        ),
        (
            "name",
            "The variant's name, such as `\"NotFound\"`; the derive accepts it in \
             `#[api_error(code = NotFound)]`.",
        ),
        ("is_success", "Whether the code reports success (2xx)."),
        (
            "is_client_error",
            "Whether the code blames the request (4xx).",
        ),
        (
            "is_server_error",
            "Whether the code blames the server (5xx).",
        ),
    ];
    docs.iter()
        .map(|(key, doc)| {
            let key = Ident::new(key, Span::call_site());
            quote!(#key: [#[doc = #doc]],)
        })
        .collect()
}
