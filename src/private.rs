//! Items the derive's generated code names through `::apicodes::__private_0_1`.
//! Not public API: no semver guarantees. The module's name carries the
//! version, so two versions of the crate in one build never mix generated
//! code.
//!
//! A derived type is mostly data: the derive tabulates every variant in
//! [`Derived::ROWS`] and emits one `match` giving a value's row, plus small
//! matches for what only runs at run time (interpolated messages,
//! transparent fields, `Retry-After` fields). The `ApiError` methods are the
//! generic functions below, written once here rather than expanded per type,
//! which keeps both the expansion and its compile time small.

pub use alloc::borrow::Cow;
pub use alloc::string::String;
pub use alloc::vec::Vec;
pub use core::compile_error;
pub use core::fmt;
pub use core::format_args;
pub use core::include_bytes;
pub use core::option::Option;
pub use core::primitive::{bool, str, u8, u64, usize};

pub use crate::{
    ApiError, ApiErrorDocs, Code, CodeSet, OtherError, RetryAfter, Status, Table, UnknownCodeIn,
    VariantDoc,
};

/// `Some(value)`, under a name no prelude has: where the path to the
/// crate does not resolve (a misspelt `crate = ...`), rustc's error then
/// suggests importing nothing.
#[inline]
pub const fn some<T>(value: T) -> Option<T> {
    Option::Some(value)
}

// A table of the user's own: `#[apicodes::table]` expands to these, and
// the table's macro calls the derive back through `derive_with_table`.
pub use apicodes_core::__apicodes_codeless_table as codeless_table;
pub use apicodes_core::__apicodes_table as table;
pub use apicodes_macros::__derive_with_table as derive_with_table;

#[cfg(feature = "actix-web")]
pub use crate::actix::__private as actix;
#[cfg(feature = "axum")]
pub use crate::axum::__private as axum;
#[cfg(feature = "utoipa")]
pub use crate::openapi::__private as openapi;

use apicodes_core::json;
// A row's flags: `INTERPOLATED` rows are filled in from fields, by
// `Derived::message_args` when also `PLAIN_ARGS`, else by
// `Derived::write_message`; `TRANSPARENT` rows answer through
// `Derived::inner`, `RETRY_AFTER` ones give `Derived::retry_after_field`,
// and `OTHER_ERROR` ones answer with an outage.
use apicodes_core::__rows::{
    self, HEAD, INTERPOLATED, OTHER_ERROR, PLAIN_ARGS, RETRY_AFTER, TRANSPARENT,
};

/// One variant, everything about it known at expansion time. Names and doc
/// comments, which only [`variants`] reads, are in [`Derived::NAMES`].
#[derive(Debug, Clone, Copy)]
pub struct Row {
    /// The code's number (0 for a transparent variant).
    pub code: u16,
    /// The message; the template for an interpolated one.
    pub message: &'static str,
    /// The JSON body. For an interpolated one without `PLAIN_ARGS`, the
    /// body's prefix up to the message; empty for a transparent one and for
    /// one with `PLAIN_ARGS`, whose body `Derived::message_args` gives in
    /// pieces.
    pub json: &'static str,
    /// `INTERPOLATED`, `TRANSPARENT`, `RETRY_AFTER`, `PLAIN_ARGS`,
    /// `OTHER_ERROR`.
    pub flags: u8,
}

/// Rows of a derived type, put together at compile time: `messages` and
/// `bodies` hold each row's message and body, in arrays of at most
/// `__rows::LIST`, `heads` each row's code and flags (core's `__rows::push`
/// writes them). The derive writes `const ROWS: &'static [Row] =
/// &rows::<N>(&[&[message, ...], ...], &[&[body, ...], ...], heads);`: two
/// string literals a variant, where a call per variant (`row(code,
/// message, body, flags)`) was ten tokens a variant for the compiler to
/// parse, expand and hash again in every build; the compiler evaluates it
/// once per type and takes it from its cache in later builds. It takes two
/// steps a row (the loop and `__rows::read`), where the compiler stops an
/// evaluation at about two million (`long_running_const_eval`): 300,000
/// rows were put together in one.
///
/// # Panics
///
/// At compile time, if the lists disagree with each other or with `N`,
/// which a derive's never do.
#[must_use]
pub const fn rows<const N: usize>(
    messages: &[&[&'static str]],
    bodies: &[&[&'static str]],
    heads: &[u8],
) -> [Row; N] {
    const MISMATCH: &str = "apicodes: rows and variants differ; please report this bug";
    assert!(
        messages.len() == bodies.len() && heads.len() == HEAD * N,
        "{}",
        MISMATCH
    );
    let mut rows = [EMPTY_ROW; N];
    let (mut i, mut list) = (0, 0);
    while list < messages.len() {
        let (messages, bodies) = (messages[list], bodies[list]);
        assert!(messages.len() == bodies.len(), "{}", MISMATCH);
        let mut j = 0;
        while j < messages.len() {
            assert!(i < N, "{}", MISMATCH);
            let head = __rows::read(heads, i);
            rows[i] = Row {
                code: head.code,
                message: messages[j],
                json: bodies[j],
                flags: head.flags,
            };
            (i, j) = (i + 1, j + 1);
        }
        list += 1;
    }
    assert!(i == N, "{}", MISMATCH);
    rows
}

/// What [`rows`] fills in.
const EMPTY_ROW: Row = Row {
    code: 0,
    message: "",
    json: "",
    flags: 0,
};

impl Row {
    fn is(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

/// What the derive generates for a type, besides its trait impls.
#[doc(hidden)]
pub trait Derived {
    /// The table the type's codes come from.
    type Table: Table;

    /// Every variant, in declaration order.
    const ROWS: &'static [Row];

    /// Every variant's name and then its doc comment, in declaration order,
    /// each written as its length in bytes (in decimal), a `:`, and the
    /// text: one literal for the whole type.
    const NAMES: &'static str;

    /// The doc comments that values a macro gives are part of
    /// (`#[doc = include_str!("...")]`), which the derive cannot read: each
    /// with its variant's row, for those variants alone, in place of the
    /// text in [`Derived::NAMES`]; joined by [`doc_join`].
    const DOCS: &'static [(usize, &'static str)] = &[];

    /// The row of this value's variant.
    fn index(&self) -> usize;

    /// The field of a transparent variant.
    fn inner(&self) -> Option<&dyn ApiError<Table = Self::Table>> {
        None
    }

    /// Appends an interpolated message with format specs, escaped for JSON
    /// when `json` is set.
    fn write_message(&self, out: &mut String, json: bool) {
        let _ = (out, json);
    }

    /// Appends a `PLAIN_ARGS` message: its JSON body when `template` is
    /// `None`, else the message itself, rendered from `template` (the row's
    /// message). Each case of its `match` gives its JSON body in pieces
    /// (already escaped, one more than the placeholders, and their length)
    /// and the values of its placeholders, in the template's order; one
    /// call of [`put`] after the `match` writes them.
    ///
    /// A slice per variant compiles to far less than a `format_args!` per
    /// variant, the largest part of a big enum's build; each value is an
    /// [`Arg`] chosen by its type, so strings and integers are written
    /// without `core::fmt`.
    fn message_args(&self, out: &mut String, template: Option<&str>) {
        let _ = (out, template);
    }

    /// The `retry_after = field` value.
    fn retry_after_field(&self) -> Option<u64> {
        None
    }

    /// Whether row `index`'s `retry_after = field` always has a delay: its
    /// type's [`RetryAfter::ALWAYS`](apicodes_core::RetryAfter::ALWAYS).
    #[must_use]
    fn retry_after_always(_index: usize) -> bool {
        false
    }
}

#[inline]
fn row_of<T: Derived + ?Sized>(error: &T) -> &'static Row {
    &T::ROWS[error.index()]
}

/// The transparent variant's field, if `row` is one.
#[inline]
fn transparent<'a, T: Derived + ?Sized>(
    error: &'a T,
    row: &Row,
) -> Option<&'a dyn ApiError<Table = T::Table>> {
    if row.is(TRANSPARENT) {
        error.inner()
    } else {
        None
    }
}

/// What a row answers with: its documented code, or an outage for an
/// `OTHER_ERROR` row. The derive writes only numbers it checked against
/// the table (an outage's is 500 to 599), so `OtherError::INTERNAL` in
/// place of one is never taken.
fn status<T: Table>(row: &Row) -> Status<T> {
    let documented = if row.is(OTHER_ERROR) {
        None
    } else {
        T::from_u16(row.code)
    };
    match documented {
        Some(code) => Status::Documented(code),
        None => Status::Other(OtherError::new(row.code).unwrap_or(OtherError::INTERNAL)),
    }
}

/// `ApiError::code` of a derived type.
#[inline]
pub fn code<T: Derived + ?Sized>(error: &T) -> Status<T::Table> {
    let row = row_of(error);
    match transparent(error, row) {
        Some(inner) => inner.code(),
        None => status(row),
    }
}

/// `ApiError::message` of a derived type.
pub fn message<T: Derived + ?Sized>(error: &T) -> Cow<'_, str> {
    let row = row_of(error);
    if let Some(inner) = transparent(error, row) {
        return inner.message();
    }
    if !row.is(INTERPOLATED) {
        return Cow::Borrowed(row.message);
    }
    let mut out = String::with_capacity(row.message.len() + 16);
    write_message(error, row, &mut out);
    Cow::Owned(out)
}

/// `ApiError::to_json` of a derived type: a literal unless interpolated.
#[inline]
pub fn to_json<T: Derived + ?Sized>(error: &T) -> Cow<'static, str> {
    let row = row_of(error);
    if !row.is(INTERPOLATED | TRANSPARENT) {
        return Cow::Borrowed(row.json);
    }
    if let Some(inner) = transparent(error, row) {
        return inner.to_json();
    }
    // A `PLAIN_ARGS` body makes room for itself, once, knowing its length.
    let mut out = if row.is(PLAIN_ARGS) {
        String::new()
    } else {
        String::with_capacity(row.json.len() + row.message.len() + 18)
    };
    write_interpolated(error, row, &mut out);
    Cow::Owned(out)
}

/// `ApiError::write_json` of a derived type.
#[inline]
pub fn write_json<T: Derived + ?Sized>(error: &T, out: &mut String) {
    let row = row_of(error);
    if let Some(inner) = transparent(error, row) {
        inner.write_json(out);
    } else if !row.is(INTERPOLATED) {
        out.push_str(row.json);
    } else {
        write_interpolated(error, row, out);
    }
}

#[inline]
fn write_interpolated<T: Derived + ?Sized>(error: &T, row: &Row, out: &mut String) {
    if row.is(PLAIN_ARGS) {
        error.message_args(out, None);
    } else {
        // The row's `json` is the body's start, here.
        out.push_str(row.json);
        error.write_message(out, true);
        out.push_str(json::BODY_END);
    }
}

/// What `Derived::message_args` calls with its case's body: appends the
/// JSON body from `pieces` (`text` bytes in all) and `args`, or renders
/// `template` with `args`.
#[inline]
pub fn put(
    out: &mut String,
    template: Option<&str>,
    text: usize,
    pieces: &[&str],
    args: &[Arg<'_>],
) {
    match template {
        None => write_pieces(out, text, pieces, args),
        Some(template) => render(out, template, args),
    }
}

/// Appends a `PLAIN_ARGS` body: its pieces (already escaped, `text` bytes
/// in all) with each argument, escaped, between two, after making room
/// once for all of it.
#[inline]
fn write_pieces(out: &mut String, text: usize, pieces: &[&str], args: &[Arg<'_>]) {
    let mut len = text;
    for arg in args {
        len += arg.len_hint();
    }
    if out.capacity() == 0 {
        // A fresh body (`to_json`): allocated once, at its size, without
        // the growth path `reserve` takes.
        *out = String::with_capacity(len);
    } else {
        out.reserve(len);
    }
    let mut pieces = pieces.iter();
    for arg in args {
        if let Some(piece) = pieces.next() {
            out.push_str(piece);
        }
        if arg.write_json(out).is_err() {
            // A `Display` impl failed: the message ends with what it
            // wrote, as `format_args!` stops at the error.
            out.push_str(json::BODY_END);
            return;
        }
    }
    for piece in pieces {
        out.push_str(piece);
    }
}

/// One placeholder's value, as a derived type hands it over: a string or
/// an integer, written without `core::fmt`, or anything else `Display`;
/// see [`Pick`].
pub enum Arg<'a> {
    Str(&'a str),
    Unsigned(u64),
    Signed(i64),
    /// A `u128` or `i128`: rare enough not to widen the others.
    Unsigned128(u128),
    Signed128(i128),
    Display(&'a dyn fmt::Display),
}

impl Arg<'_> {
    /// Roughly how long the value is: exact for a string (before escaping),
    /// the most digits for an integer, a guess for the rest.
    fn len_hint(&self) -> usize {
        match self {
            Arg::Str(text) => text.len(),
            Arg::Unsigned(_) => 20,
            Arg::Signed(_) => 21,
            Arg::Unsigned128(_) => 39,
            Arg::Signed128(_) => 40,
            Arg::Display(_) => 16,
        }
    }

    /// Appends the value escaped for a JSON string; an error only where a
    /// `Display` impl returned one, after what it wrote.
    #[inline]
    fn write_json(&self, out: &mut String) -> fmt::Result {
        match self {
            Arg::Str(text) => json::escape_into(out, text),
            // Digits and `-` need no escaping.
            Arg::Unsigned(n) => json::write_u64(out, *n),
            Arg::Signed(n) => json::write_i64(out, *n),
            Arg::Unsigned128(n) => write_u128(out, *n),
            Arg::Signed128(n) => {
                if *n < 0 {
                    out.push('-');
                }
                write_u128(out, n.unsigned_abs());
            }
            // Writing into a `String` cannot fail; an error can only come
            // from a `Display` impl.
            Arg::Display(value) => {
                return fmt::Write::write_fmt(
                    &mut json::EscapingWriter::new(out),
                    format_args!("{value}"),
                );
            }
        }
        Ok(())
    }

    /// Appends the value as text; an error as for `write_json`.
    fn write_text(&self, out: &mut String) -> fmt::Result {
        match self {
            Arg::Str(text) => {
                out.push_str(text);
                Ok(())
            }
            // The same digits as in JSON.
            Arg::Unsigned(_) | Arg::Signed(_) | Arg::Unsigned128(_) | Arg::Signed128(_) => {
                self.write_json(out)
            }
            Arg::Display(value) => fmt::Write::write_fmt(out, format_args!("{value}")),
        }
    }
}

/// `n`'s digits, without `core::fmt`: in pieces of 19 digits, each a
/// `u64`.
fn write_u128(out: &mut String, n: u128) {
    const PIECE: u128 = 10_000_000_000_000_000_000;
    if let Ok(n) = u64::try_from(n) {
        json::write_u64(out, n);
        return;
    }
    write_u128(out, n / PIECE);
    // Below 10^19, so it fits a `u64`.
    let low = u64::try_from(n % PIECE).unwrap_or(0);
    let start = out.len();
    json::write_u64(out, low);
    // The low piece keeps its leading zeros.
    let zeros = 19 - (out.len() - start);
    out.insert_str(start, &"0000000000000000000"[..zeros]);
}

/// A field's [`Arg`], chosen by its type: a string or an integer
/// ([`Plain`]), written without `core::fmt`, or anything else through
/// `display`, the same field as `&dyn Display` (made at the message, where
/// a field without `Display` is reported, as for `format!`).
///
/// The derive calls it as `arg(field, field)` for a field whose type it can
/// see is `'static` (no lifetime but `'static`, no type parameter), and
/// `Pick(field).__apicodes_choose(field)` for any other. By type, not by name: a type
/// called `String` that is not `std`'s takes the `Display` path. Generic
/// only over the field's type, so an enum with a thousand placeholders of
/// a few types adds a few small functions, each a single branch once
/// optimised.
#[inline]
pub fn arg<'a, T: 'static>(value: &'a T, display: &'a dyn fmt::Display) -> Arg<'a> {
    let value: &dyn core::any::Any = value;
    macro_rules! first_of {
        ($($ty:ty),*) => {
            $(if let Some(value) = value.downcast_ref::<$ty>() {
                return value.plain();
            })*
        };
    }
    first_of!(
        String,
        &'static str,
        alloc::boxed::Box<str>,
        alloc::rc::Rc<str>,
        alloc::sync::Arc<str>,
        Cow<'static, str>,
        u8,
        u16,
        u32,
        u64,
        u128,
        usize,
        i8,
        i16,
        i32,
        i64,
        i128,
        isize
    );
    Arg::Display(display)
}

/// [`arg`] for a field whose type names a lifetime (`&'a str`, `Cow<'a,
/// str>`), which `Any` cannot look at, or a type parameter: the derive
/// writes `Pick(field).__apicodes_choose(field)`, and method lookup finds [`Choose`]
/// for `Pick` itself where the field's type is [`Plain`], else for `&Pick`,
/// through the second `field` as `&dyn Display`. For a type parameter the
/// lookup cannot know the type, and takes `Display`.
pub struct Pick<'a, T: ?Sized>(pub &'a T);

/// See [`Pick`]: one trait, so the expansion imports one name.
#[doc(hidden)]
pub trait Choose<'a> {
    fn __apicodes_choose(self, display: &'a dyn fmt::Display) -> Arg<'a>;
}

impl<'a, T: Plain + ?Sized> Choose<'a> for Pick<'a, T> {
    #[inline]
    fn __apicodes_choose(self, _: &'a dyn fmt::Display) -> Arg<'a> {
        self.0.plain()
    }
}

impl<'a, T: ?Sized> Choose<'a> for &Pick<'a, T> {
    #[inline]
    fn __apicodes_choose(self, display: &'a dyn fmt::Display) -> Arg<'a> {
        Arg::Display(display)
    }
}

/// The types written without `core::fmt`: strings, integers, and
/// references to them.
#[doc(hidden)]
pub trait Plain {
    fn plain(&self) -> Arg<'_>;
}

impl<T: Plain + ?Sized> Plain for &T {
    #[inline]
    fn plain(&self) -> Arg<'_> {
        (**self).plain()
    }
}

macro_rules! plain {
    ($($ty:ty => |$v:ident| $arg:expr;)*) => {
        $(impl Plain for $ty {
            #[inline]
            fn plain(&self) -> Arg<'_> {
                let $v = self;
                $arg
            }
        })*
    };
}

plain! {
    str => |v| Arg::Str(v);
    String => |v| Arg::Str(v);
    alloc::boxed::Box<str> => |v| Arg::Str(v);
    alloc::rc::Rc<str> => |v| Arg::Str(v);
    alloc::sync::Arc<str> => |v| Arg::Str(v);
    Cow<'_, str> => |v| Arg::Str(v);
    u8 => |v| Arg::Unsigned(u64::from(*v));
    u16 => |v| Arg::Unsigned(u64::from(*v));
    u32 => |v| Arg::Unsigned(u64::from(*v));
    u64 => |v| Arg::Unsigned(*v);
    u128 => |v| Arg::Unsigned128(*v);
    i8 => |v| Arg::Signed(i64::from(*v));
    i16 => |v| Arg::Signed(i64::from(*v));
    i32 => |v| Arg::Signed(i64::from(*v));
    i64 => |v| Arg::Signed(*v);
    i128 => |v| Arg::Signed128(*v);
    // At most 64 bits on every target Rust supports; wider, 128.
    usize => |v| u64::try_from(*v).map_or(Arg::Unsigned128(*v as u128), Arg::Unsigned);
    isize => |v| i64::try_from(*v).map_or(Arg::Signed128(*v as i128), Arg::Signed);
}

/// Appends an interpolated row's message.
fn write_message<T: Derived + ?Sized>(error: &T, row: &Row, out: &mut String) {
    if row.is(PLAIN_ARGS) {
        error.message_args(out, Some(row.message));
    } else {
        error.write_message(out, false);
    }
}

/// Appends `template` with each `{...}` placeholder replaced by the next of
/// `args` and `{{`, `}}` by one brace.
///
/// The derive only writes templates it has checked and the matching
/// arguments; anything else still never panics (a `{` with no `}` is
/// text, and a placeholder with no argument left is dropped).
fn render(out: &mut String, template: &str, args: &[Arg<'_>]) {
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find(['{', '}']) {
        let (text, tail) = rest.split_at(at);
        out.push_str(text);
        // `tail` starts with the brace.
        let brace = &tail[..1];
        if tail[1..].starts_with(brace) {
            out.push_str(brace);
            rest = &tail[2..];
        } else if let (Some(len), "{") = (tail.find('}'), brace) {
            if args.next().is_some_and(|arg| arg.write_text(out).is_err()) {
                // A `Display` impl failed: the message ends here, as in
                // `write_pieces`.
                return;
            }
            rest = &tail[len + 1..];
        } else {
            out.push_str(brace);
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
}

/// `ApiError::retry_after` of a derived type.
pub fn retry_after<T: Derived + ?Sized>(error: &T) -> Option<u64> {
    let row = row_of(error);
    if let Some(inner) = transparent(error, row) {
        inner.retry_after()
    } else if row.is(RETRY_AFTER) {
        error.retry_after_field()
    } else {
        None
    }
}

/// `ApiError::variant` of a derived type: the row's name, or the inner
/// error's through a transparent variant.
pub fn variant<T: Derived + ?Sized>(error: &T) -> Option<&'static str> {
    let index = error.index();
    if let Some(inner) = transparent(error, &T::ROWS[index]) {
        if let Some(name) = inner.variant() {
            return Some(name);
        }
    }
    let mut names = T::NAMES;
    for _ in 0..index {
        next_text(&mut names);
        next_text(&mut names);
    }
    Some(next_text(&mut names))
}

/// `ApiErrorDocs::variants` of a derived type; `nested(index, out)` appends
/// the inner type's variants for the transparent row `index`.
pub fn variants<T: Derived + ?Sized>(
    nested: impl Fn(usize, &mut Vec<VariantDoc<T::Table>>),
) -> Vec<VariantDoc<T::Table>> {
    let mut out = Vec::with_capacity(T::ROWS.len());
    let mut names = T::NAMES;
    for (index, row) in T::ROWS.iter().enumerate() {
        let name = next_text(&mut names);
        let mut doc = next_text(&mut names);
        if let Some(&(_, given)) = T::DOCS.iter().find(|(at, _)| *at == index) {
            doc = given;
        }
        if row.is(TRANSPARENT) {
            nested(index, &mut out);
            continue;
        }
        let doc = VariantDoc::new(
            name,
            status::<T::Table>(row),
            row.message,
            row.is(INTERPOLATED),
            doc,
        );
        out.push(if row.is(RETRY_AFTER) {
            doc.with_retry_after(T::retry_after_always(index))
        } else {
            doc
        });
    }
    out
}

/// A piece of a doc comment as [`doc_join`] joins it: a value a macro gives
/// (`value`) without the line end it may close with, which rustdoc reads as
/// ending its last line, not as a line of its own; text as it is.
const fn doc_piece((value, text): (bool, &str)) -> &[u8] {
    let bytes = text.as_bytes();
    if !value {
        return bytes;
    }
    match bytes {
        [rest @ .., b'\r', b'\n'] | [rest @ .., b'\n'] => rest,
        _ => bytes,
    }
}

/// The length of the doc comment [`doc_join`] makes of `pieces`.
#[must_use]
pub const fn doc_len(pieces: &[(bool, &str)]) -> usize {
    let mut len = 0;
    let mut i = 0;
    while i < pieces.len() {
        len += doc_piece(pieces[i]).len();
        i += 1;
    }
    len
}

/// A doc comment with values a macro gives, joined when the compiler
/// evaluates the derive's `DOCS`: the derive's tidied text (`false`) and
/// the values (`true`) in order, each value on lines of its own (the
/// derive writes the line ends between them), as rustdoc shows them.
#[must_use]
pub const fn doc_join<const N: usize>(pieces: &[(bool, &str)]) -> [u8; N] {
    let mut out = [0; N];
    let mut at = 0;
    let mut i = 0;
    while i < pieces.len() {
        let piece = doc_piece(pieces[i]);
        let mut j = 0;
        while j < piece.len() {
            out[at] = piece[j];
            at += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// The text of what [`doc_join`] made: whole strings, each cut only before
/// a line end, so always UTF-8.
#[must_use]
pub const fn doc_str(bytes: &[u8]) -> &str {
    match core::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => "",
    }
}

/// The next text of `Derived::NAMES` (`len:text`), taken off `rest`. Text
/// the derive would not write gives what is there, never a panic.
fn next_text(rest: &mut &'static str) -> &'static str {
    let (len, tail) = rest.split_once(':').unwrap_or(("", rest));
    let len = len.parse().unwrap_or(tail.len());
    let (text, tail) = tail.split_at_checked(len).unwrap_or((tail, ""));
    *rest = tail;
    text
}

/// What a transparent variant's inner type `T` documents, which must come
/// from the same table `X`, and the field as the error it hands on to.
pub struct InnerDocs<T, X: 'static> {
    pub codes: CodeSet<X>,
    pub variants: fn() -> Vec<VariantDoc<X>>,
    pub error: fn(&T) -> &dyn ApiError<Table = X>,
}

/// [`docs_of`] for a field that may be unsized (`dyn Trait`, a `?Sized`
/// parameter): the codes and variants alone, under the same bound.
pub struct UnsizedDocs<X: 'static> {
    pub codes: CodeSet<X>,
    pub variants: fn() -> Vec<VariantDoc<X>>,
}

/// The docs of `T`, a transparent variant's field that may be unsized: as
/// [`docs_of`], without asking for its size.
#[must_use]
pub const fn unsized_docs_of<T: ApiErrorDocs<Table = X> + ?Sized, X>() -> UnsizedDocs<X> {
    UnsizedDocs {
        codes: T::CODES,
        variants: T::variants,
    }
}

/// The docs of `T`, a transparent variant's field. Every use goes through
/// this one bound (the codes, the variants, the error `inner` hands on
/// to), so that a field that is no `ApiErrorDocs` of this table is
/// reported once.
#[must_use]
pub const fn docs_of<T: ApiErrorDocs<Table = X>, X>() -> InnerDocs<T, X> {
    InnerDocs {
        codes: T::CODES,
        variants: T::variants,
        error: as_error::<T, X>,
    }
}

fn as_error<T: ApiError<Table = X>, X>(error: &T) -> &dyn ApiError<Table = X> {
    error
}

/// A transparent variant's inner codes, as they are: an error answers with
/// none of 1xx, 2xx other than 204, or 3xx, by number in every table (the
/// rule `code = ...` follows), so an inner type that may (a table's code
/// itself, which is an `ApiError` for every code it documents) is a
/// compile error where `CODES` is evaluated.
#[must_use]
#[track_caller]
pub const fn inner_codes<X>(codes: CodeSet<X>) -> CodeSet<X> {
    assert!(
        !codes.holds_non_error(),
        "#[api_error(transparent)] cannot be used on a field whose type may answer with \
             a 1xx, 2xx (other than 204) or 3xx code, such as a table's code type itself: \
             an error answers with error codes; give the variant its own \
             #[api_error(code = ...)] instead"
    );
    codes
}

/// Appends the variants of a transparent variant's inner type, named
/// `outer::...`.
pub fn nest<T: Table>(out: &mut Vec<VariantDoc<T>>, outer: &str, inner: Vec<VariantDoc<T>>) {
    out.extend(inner.into_iter().map(|doc| doc.nested(outer)));
}

/// Chooses what an error response's log event shows of the error, by its
/// type: the derived framework impls call
/// `(&&&Describe(&self)).__apicodes_describe()` with every `Via*` trait in scope, and
/// method lookup, which tries the receiver as it is before taking a
/// reference off, takes the first impl that applies (each method takes
/// `self` by value, so an impl for `&&&Describe` is tried first): the error and its `source()` chain where the type is a
/// `core::error::Error`, else its `Display` text, else its `Debug` text,
/// else nothing.
pub mod describe {
    use core::fmt;

    use crate::log::Cause;

    /// The error being described.
    pub struct Describe<'a, T: ?Sized>(pub &'a T);

    // By hand: a derive would ask `T: Copy`. Copy, so that lookup may take
    // it by value through the references.
    impl<T: ?Sized> Clone for Describe<'_, T> {
        fn clone(&self) -> Self {
            *self
        }
    }

    impl<T: ?Sized> Copy for Describe<'_, T> {}

    /// Tried first: the error and its `source()` chain.
    #[doc(hidden)]
    pub trait ViaError<'a> {
        fn __apicodes_describe(self) -> Cause<'a>;
    }

    impl<'a, T: core::error::Error> ViaError<'a> for &&&Describe<'a, T> {
        fn __apicodes_describe(self) -> Cause<'a> {
            Cause::Error(self.0)
        }
    }

    /// Then its `Display` text.
    #[doc(hidden)]
    pub trait ViaDisplay<'a> {
        fn __apicodes_describe(self) -> Cause<'a>;
    }

    impl<'a, T: fmt::Display> ViaDisplay<'a> for &&Describe<'a, T> {
        fn __apicodes_describe(self) -> Cause<'a> {
            Cause::Display(self.0)
        }
    }

    /// Then its `Debug` text.
    #[doc(hidden)]
    pub trait ViaDebug<'a> {
        fn __apicodes_describe(self) -> Cause<'a>;
    }

    impl<'a, T: fmt::Debug> ViaDebug<'a> for &Describe<'a, T> {
        fn __apicodes_describe(self) -> Cause<'a> {
            Cause::Debug(self.0)
        }
    }

    /// Else nothing.
    #[doc(hidden)]
    pub trait ViaNothing<'a> {
        fn __apicodes_describe(self) -> Cause<'a>;
    }

    impl<'a, T: ?Sized> ViaNothing<'a> for Describe<'a, T> {
        fn __apicodes_describe(self) -> Cause<'a> {
            Cause::None
        }
    }
}

/// Appends one interpolated message, escaped for JSON when `json` is set.
pub fn push_fmt(out: &mut String, json: bool, args: fmt::Arguments<'_>) {
    if json {
        json::escape_fmt_into(out, args);
    } else if let Some(s) = args.as_str() {
        out.push_str(s);
    } else {
        // Writing into a `String` cannot fail; an error can only come from a
        // `Display` impl; its partial output is kept rather than panicking.
        let _ = fmt::Write::write_fmt(out, args);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_put_together_as_written() {
        let given = [
            (400, 0, "é", r#"{"code":400,"message":"é"}"#),
            (0, TRANSPARENT, "", ""),
            (
                429,
                INTERPOLATED | PLAIN_ARGS | RETRY_AFTER,
                "wait {0} 🦀",
                "",
            ),
            (503, INTERPOLATED, "{0:>4}", r#"{"code":503,"message":""#),
        ];
        let mut heads = Vec::new();
        for (code, flags, _, _) in given {
            __rows::push(&mut heads, __rows::Head { code, flags });
        }
        let messages = given.map(|row| row.2);
        let bodies = given.map(|row| row.3);
        // In lists of any length, as long as the two agree.
        let rows = rows::<4>(
            &[&messages[..1], &[], &messages[1..]],
            &[&bodies[..1], &[], &bodies[1..]],
            &heads,
        );
        for (row, (code, flags, message, json)) in rows.iter().zip(given) {
            assert_eq!(
                (row.code, row.flags, row.message, row.json),
                (code, flags, message, json)
            );
        }
    }

    /// Put together by the compiler, as the derive's `ROWS` is.
    #[test]
    fn rows_are_put_together_at_compile_time() {
        const ROWS: [Row; 2] =
            rows::<2>(&[&["a", "x"]], &[&["b{}", ""]], b"\x90\x01\x00\x00\x00\x02");
        assert_eq!(
            (ROWS[0].code, ROWS[0].flags, ROWS[0].message, ROWS[0].json),
            (400, 0, "a", "b{}")
        );
        assert_eq!(
            (ROWS[1].code, ROWS[1].flags, ROWS[1].message, ROWS[1].json),
            (0, TRANSPARENT, "x", "")
        );
    }

    fn rendered(template: &str, args: &[Arg<'_>]) -> String {
        let mut out = String::new();
        render(&mut out, template, args);
        out
    }

    #[test]
    fn render_fills_placeholders_in_order_and_unescapes_braces() {
        let (one, two) = (Arg::Unsigned(1), Arg::Str("t\"wo"));
        assert_eq!(
            rendered("{a} and {b}", &[Arg::Signed(-1), Arg::Str("t\"wo")]),
            "-1 and t\"wo"
        );
        assert_eq!(rendered("{{{a}}}", &[Arg::Unsigned(1)]), "{1}");
        assert_eq!(rendered("{a}{a}", &[Arg::Unsigned(1), one]), "11");
        assert_eq!(rendered("", &[]), "");
        assert_eq!(rendered("\"{a}\" {{ü}}\n", &[two]), "\"t\"wo\" {ü}\n");
        assert_eq!(rendered("{a}", &[Arg::Display(&'c')]), "c");
    }

    #[test]
    fn pieces_are_written_with_each_argument_escaped_between_two() {
        let written = |pieces: &[&str], args: &[Arg<'_>]| {
            let mut out = String::new();
            write_pieces(&mut out, pieces.iter().map(|p| p.len()).sum(), pieces, args);
            out
        };
        let args = [
            Arg::Unsigned(18_446_744_073_709_551_615),
            Arg::Str("a\"b\n"),
            Arg::Signed(-7),
            Arg::Display(&'"'),
        ];
        assert_eq!(
            written(
                &["{\"code\":400,\"message\":\"x ", " y ", " z ", " w ", "\"}"],
                &args
            ),
            r#"{"code":400,"message":"x 18446744073709551615 y a\"b\n z -7 w \""}"#
        );
        // Never panics on pieces the derive would not write: an argument
        // with no piece after it is written, pieces with no argument left
        // are written in order.
        assert_eq!(
            written(&["a"], &[Arg::Unsigned(1), Arg::Unsigned(2)]),
            "a12"
        );
        assert_eq!(written(&["a", "b", "c"], &[Arg::Unsigned(1)]), "a1bc");
        assert_eq!(written(&[], &[]), "");
    }

    /// Each kind of field takes its own path, chosen by its type.
    #[test]
    fn args_are_chosen_by_type() {
        let (text, owned, number, negative) = ("t", String::from("o"), 7_u32, -3_i16);
        let (size, boxed, character) = (9_usize, alloc::boxed::Box::<str>::from("b"), 'c');
        let args = [
            arg(&text, &text),
            arg(&owned, &owned),
            arg(&number, &number),
            arg(&negative, &negative),
            arg(&size, &size),
            arg(&boxed, &boxed),
            arg(&character, &character),
        ];
        assert!(matches!(args[0], Arg::Str("t")));
        assert!(matches!(args[1], Arg::Str("o")));
        assert!(matches!(args[2], Arg::Unsigned(7)));
        assert!(matches!(args[3], Arg::Signed(-3)));
        assert!(matches!(args[4], Arg::Unsigned(9)));
        assert!(matches!(args[5], Arg::Str("b")));
        assert!(matches!(args[6], Arg::Display(_)));
    }

    /// The log shows the most an error's type offers.
    #[test]
    #[allow(
        clippy::needless_borrow,
        reason = "the very expression the derive writes, whatever the type"
    )]
    fn causes_are_chosen_by_type() {
        use crate::log::Cause;
        use describe::{Describe, ViaDebug as _, ViaDisplay as _, ViaError as _, ViaNothing as _};

        #[derive(Debug)]
        struct Failure;
        impl fmt::Display for Failure {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("failure")
            }
        }
        impl core::error::Error for Failure {}
        #[derive(Debug)]
        struct DebugOnly;
        struct Nothing;

        assert!(matches!(
            (&&&Describe(&Failure)).__apicodes_describe(),
            Cause::Error(_)
        ));
        assert!(matches!(
            (&&&Describe(&"text")).__apicodes_describe(),
            Cause::Display(_)
        ));
        assert!(matches!(
            (&&&Describe(&DebugOnly)).__apicodes_describe(),
            Cause::Debug(_)
        ));
        assert!(matches!(
            (&&&Describe(&Nothing)).__apicodes_describe(),
            Cause::None
        ));
    }

    #[test]
    fn names_are_read_back_in_order_and_bad_text_never_panics() {
        let mut names = "2:V00:5:Named9:A \"doc\".";
        let read: Vec<&str> = (0..4).map(|_| next_text(&mut names)).collect();
        assert_eq!(read, ["V0", "", "Named", "A \"doc\"."]);
        assert_eq!(names, "");
        // Text the derive would not write: a length past the end, not a
        // number, or no `:` at all.
        for bad in ["9:abc", "x:abc", "abc", "3:é", ""] {
            let mut rest = bad;
            let _ = next_text(&mut rest);
            let _ = next_text(&mut rest);
        }
        let mut rest = "9:abc";
        assert_eq!(next_text(&mut rest), "abc");
        let mut rest = "abc";
        assert_eq!(next_text(&mut rest), "abc");
    }

    #[test]
    fn render_never_panics_on_a_template_the_derive_would_reject() {
        assert_eq!(rendered("a { b", &[Arg::Unsigned(1)]), "a { b");
        assert_eq!(rendered("}", &[]), "}");
        assert_eq!(rendered("{", &[]), "{");
        assert_eq!(rendered("é{", &[]), "é{");
        assert_eq!(rendered("é}x", &[]), "é}x");
        // A placeholder with no argument left is dropped.
        assert_eq!(rendered("{x} {y}", &[Arg::Unsigned(1)]), "1 ");
        // An argument with no placeholder is not shown.
        assert_eq!(rendered("none", &[Arg::Unsigned(1)]), "none");
    }
}
