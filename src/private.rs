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
pub use core::ops::FnMut;
pub use core::option::Option;
pub use core::primitive::{bool, str, u64, usize};

pub use crate::{
    ApiError, ApiErrorDocs, Code, CodeSet, OtherError, RetryAfter, Status, Table, VariantDoc,
};

pub use crate::log::Cause;

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
use apicodes_core::__row_flags::{INTERPOLATED, OTHER_ERROR, PLAIN_ARGS, RETRY_AFTER, TRANSPARENT};

/// One variant, everything about it known at expansion time. Names and doc
/// comments, which only [`variants`] reads, are in [`Derived::NAMES`].
#[derive(Debug)]
pub struct Row {
    /// The code's number (0 for a transparent variant).
    pub code: u16,
    /// The message; the template for an interpolated one.
    pub message: &'static str,
    /// The JSON body. For an interpolated one with `PLAIN_ARGS`, the whole
    /// body escaped with a NUL where each argument goes; otherwise the
    /// body's prefix up to the message; empty for a transparent one.
    pub json: &'static str,
    /// `INTERPOLATED`, `TRANSPARENT`, `RETRY_AFTER`, `PLAIN_ARGS`,
    /// `OTHER_ERROR`.
    pub flags: u8,
}

/// A row, as the derive writes it: positional, so each of a large enum's
/// rows is few tokens to emit and compile.
#[must_use]
pub const fn row(code: u16, message: &'static str, json: &'static str, flags: u8) -> Row {
    Row {
        code,
        message,
        json,
        flags,
    }
}

impl Row {
    fn is(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

/// What the derive generates for a type, besides its trait impls.
pub trait Derived {
    /// The table the type's codes come from.
    type Table: Table;

    /// Every variant, in declaration order.
    const ROWS: &'static [Row];

    /// Every variant's name and then its doc comment, in declaration order,
    /// each written as its length in bytes (in decimal), a `:`, and the
    /// text: one literal for the whole type.
    const NAMES: &'static str;

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

    /// Calls `f` with the values of a `PLAIN_ARGS` message's placeholders,
    /// in the template's order.
    ///
    /// A slice of `&dyn Display` per variant compiles to far less than a
    /// `format_args!` per variant, the largest part of a big enum's build.
    fn message_args(&self, f: &mut dyn FnMut(&[&dyn fmt::Display])) {
        let _ = f;
    }

    /// The `retry_after = field` value.
    fn retry_after_field(&self) -> Option<u64> {
        None
    }
}

#[inline]
fn row_of<T: Derived>(error: &T) -> &'static Row {
    &T::ROWS[error.index()]
}

/// The transparent variant's field, if `row` is one.
#[inline]
fn transparent<'a, T: Derived>(
    error: &'a T,
    row: &Row,
) -> Option<&'a dyn ApiError<Table = T::Table>> {
    if row.is(TRANSPARENT) {
        error.inner()
    } else {
        None
    }
}

/// What a row answers with. The derive writes only numbers it checked
/// against the table, so the fallback (an outage) is never taken.
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
pub fn code<T: Derived>(error: &T) -> Status<T::Table> {
    let row = row_of(error);
    match transparent(error, row) {
        Some(inner) => inner.code(),
        None => status(row),
    }
}

/// `ApiError::message` of a derived type.
pub fn message<T: Derived>(error: &T) -> Cow<'_, str> {
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
pub fn to_json<T: Derived>(error: &T) -> Cow<'static, str> {
    let row = row_of(error);
    if !row.is(INTERPOLATED | TRANSPARENT) {
        return Cow::Borrowed(row.json);
    }
    if let Some(inner) = transparent(error, row) {
        return inner.to_json();
    }
    let mut out = String::with_capacity(row.json.len() + row.message.len() + 18);
    write_interpolated(error, row, &mut out);
    Cow::Owned(out)
}

/// `ApiError::write_json` of a derived type.
#[inline]
pub fn write_json<T: Derived>(error: &T, out: &mut String) {
    let row = row_of(error);
    if let Some(inner) = transparent(error, row) {
        inner.write_json(out);
    } else if !row.is(INTERPOLATED) {
        out.push_str(row.json);
    } else {
        write_interpolated(error, row, out);
    }
}

#[inline(never)]
fn write_interpolated<T: Derived>(error: &T, row: &Row, out: &mut String) {
    if row.is(PLAIN_ARGS) {
        error.message_args(&mut |args| fill_body(out, row.json, args));
    } else {
        out.push_str(row.json);
        error.write_message(out, true);
        out.push_str("\"}");
    }
}

/// Appends `body`, a `PLAIN_ARGS` row's JSON body (already escaped), with
/// each NUL replaced by the next of `args`, escaped. A NUL with no argument
/// left is dropped; the body's text is always written whole.
fn fill_body(out: &mut String, body: &str, args: &[&dyn fmt::Display]) {
    let mut args = args.iter();
    let mut start = 0;
    // A plain loop rather than `split`, which measured a little slower on
    // these short bodies. A NUL is one byte, so every slice is at a boundary.
    for (at, &byte) in body.as_bytes().iter().enumerate() {
        if byte == 0 {
            out.push_str(&body[start..at]);
            if let Some(arg) = args.next() {
                json::escape_fmt_into(out, format_args!("{arg}"));
            }
            start = at + 1;
        }
    }
    out.push_str(&body[start..]);
}

/// Appends an interpolated row's message.
fn write_message<T: Derived>(error: &T, row: &Row, out: &mut String) {
    if row.is(PLAIN_ARGS) {
        error.message_args(&mut |args| render(out, row.message, args));
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
fn render(out: &mut String, template: &str, args: &[&dyn fmt::Display]) {
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
            if let Some(arg) = args.next() {
                // Writing into a `String` cannot fail; an error can only come
                // from a `Display` impl, and its partial output is kept.
                let _ = fmt::Write::write_fmt(out, format_args!("{arg}"));
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
pub fn retry_after<T: Derived>(error: &T) -> Option<u64> {
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
pub fn variant<T: Derived>(error: &T) -> Option<&'static str> {
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
pub fn variants<T: Derived>(
    nested: impl Fn(usize, &mut Vec<VariantDoc<T::Table>>),
) -> Vec<VariantDoc<T::Table>> {
    let mut out = Vec::with_capacity(T::ROWS.len());
    let mut names = T::NAMES;
    for (index, row) in T::ROWS.iter().enumerate() {
        let name = next_text(&mut names);
        let doc = next_text(&mut names);
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
            doc.with_retry_after()
        } else {
            doc
        });
    }
    out
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

/// What a transparent variant's inner type documents, which must come from
/// the same table `X`.
pub struct InnerDocs<X: 'static> {
    pub codes: CodeSet<X>,
    pub variants: fn() -> Vec<VariantDoc<X>>,
}

/// The docs of `T`, a transparent variant's field. Both uses go through
/// this one bound, so that a field that is no `ApiErrorDocs` of this table
/// is reported once.
#[must_use]
pub const fn docs_of<T: ApiErrorDocs<Table = X> + ?Sized, X>() -> InnerDocs<X> {
    InnerDocs {
        codes: T::CODES,
        variants: T::variants,
    }
}

/// Appends the variants of a transparent variant's inner type, named
/// `outer::...`.
pub fn nest<T: Table>(out: &mut Vec<VariantDoc<T>>, outer: &str, inner: Vec<VariantDoc<T>>) {
    out.extend(inner.into_iter().map(|doc| doc.nested(outer)));
}

/// Chooses what an error response's log event shows of the error, by its
/// type: the derived framework impls call
/// `(&&&Describe(&self)).describe()` with every `Via*` trait in scope, and
/// method lookup takes the first impl that applies, through one more
/// reference each: the error and its `source()` chain where the type is a
/// `core::error::Error`, else its `Display` text, else its `Debug` text,
/// else nothing.
pub mod describe {
    use core::fmt;

    use crate::log::Cause;

    /// The error being described.
    pub struct Describe<'a, T: ?Sized>(pub &'a T);

    /// Tried first: the error and its `source()` chain.
    pub trait ViaError<'a> {
        fn describe(&self) -> Cause<'a>;
    }

    impl<'a, T: core::error::Error> ViaError<'a> for &&&Describe<'a, T> {
        fn describe(&self) -> Cause<'a> {
            Cause::Error(self.0)
        }
    }

    /// Then its `Display` text.
    pub trait ViaDisplay<'a> {
        fn describe(&self) -> Cause<'a>;
    }

    impl<'a, T: fmt::Display> ViaDisplay<'a> for &&Describe<'a, T> {
        fn describe(&self) -> Cause<'a> {
            Cause::Display(self.0)
        }
    }

    /// Then its `Debug` text.
    pub trait ViaDebug<'a> {
        fn describe(&self) -> Cause<'a>;
    }

    impl<'a, T: fmt::Debug> ViaDebug<'a> for &Describe<'a, T> {
        fn describe(&self) -> Cause<'a> {
            Cause::Debug(self.0)
        }
    }

    /// Else nothing.
    pub trait ViaNothing<'a> {
        fn describe(&self) -> Cause<'a>;
    }

    impl<'a, T: ?Sized> ViaNothing<'a> for Describe<'a, T> {
        fn describe(&self) -> Cause<'a> {
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

    fn rendered(template: &str, args: &[&dyn fmt::Display]) -> String {
        let mut out = String::new();
        render(&mut out, template, args);
        out
    }

    #[test]
    fn render_fills_placeholders_in_order_and_unescapes_braces() {
        let (one, two): (&dyn fmt::Display, &dyn fmt::Display) = (&1, &"t\"wo");
        assert_eq!(rendered("{a} and {b}", &[one, two]), "1 and t\"wo");
        assert_eq!(rendered("{{{a}}}", &[one]), "{1}");
        assert_eq!(rendered("{a}{a}", &[one, one]), "11");
        assert_eq!(rendered("", &[]), "");
        assert_eq!(rendered("\"{a}\" {{ü}}\n", &[two]), "\"t\"wo\" {ü}\n");
    }

    #[test]
    fn fill_body_escapes_only_the_arguments() {
        let (one, quote): (&dyn fmt::Display, &dyn fmt::Display) = (&1, &"a\"b\n");
        let filled = |body: &str, args: &[&dyn fmt::Display]| {
            let mut out = String::new();
            fill_body(&mut out, body, args);
            out
        };
        assert_eq!(
            filled("{\"code\":400,\"message\":\"x \0 y \0\"}", &[one, quote]),
            r#"{"code":400,"message":"x 1 y a\"b\n"}"#
        );
        // Never panics on a body the derive would not write: a NUL with no
        // argument is dropped, an argument with no NUL is not shown, and
        // the text around them is kept whole.
        assert_eq!(filled("a\0b\0c\"}", &[one]), "a1bc\"}");
        assert_eq!(filled("é\0", &[]), "é");
        assert_eq!(filled("plain", &[one]), "plain");
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
        let one: &dyn fmt::Display = &1;
        assert_eq!(rendered("a { b", &[one]), "a { b");
        assert_eq!(rendered("}", &[]), "}");
        assert_eq!(rendered("{", &[]), "{");
        assert_eq!(rendered("é{", &[]), "é{");
        assert_eq!(rendered("é}x", &[]), "é}x");
        // A placeholder with no argument left is dropped.
        assert_eq!(rendered("{x} {y}", &[one]), "1 ");
        // An argument with no placeholder is not shown.
        assert_eq!(rendered("none", &[one]), "none");
    }
}
