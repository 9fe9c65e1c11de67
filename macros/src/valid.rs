//! Rules that span several attributes, one function each, and the wording of
//! code errors.

use std::fmt::Write as _;

use apicodes_core::Code;
use proc_macro2::Span;

use crate::ast::{Behavior, Case, Data, Input};
use crate::attr::{Attrs, CodeAttr};
use crate::ctxt::Ctxt;
use crate::template::FieldRef;

pub fn check(cx: &Ctxt, input: &Input<'_>) {
    if let Data::Enum(_) = &input.data {
        check_enum_level(cx, &input.attrs);
        if let Some(code) = &input.attrs.code {
            check_error_code(cx, code);
        }
    }
    for case in input.cases() {
        check_case(cx, &case);
    }
}

/// Only a default `code` means something on the enum as a whole.
fn check_enum_level(cx: &Ctxt, attrs: &Attrs) {
    let misplaced = [
        ("message", attrs.message.as_ref().map(|m| m.span)),
        ("transparent", attrs.transparent),
        ("retry_after", attrs.retry_after.as_ref().map(|r| r.span)),
    ];
    for (key, span) in misplaced {
        if let Some(span) = span {
            cx.push(syn::Error::new(
                span,
                format!("#[api_error({key})] cannot be used on an enum; put it on a variant"),
            ));
        }
    }
}

fn check_case(cx: &Ctxt, case: &Case<'_>) {
    if let Some(code) = &case.attrs.code {
        check_error_code(cx, code);
    }
    if let Some(span) = case.attrs.transparent {
        check_transparent(cx, case, span);
        return;
    }
    let Some(Behavior::Coded { code, message }) = case.behavior() else {
        report_missing_code(cx, case);
        return;
    };
    if let Some(template) = message {
        for (field, _) in template.fields() {
            if let Err(why) = case.field(field) {
                cx.push(syn::Error::new(
                    template.span,
                    format!("message uses `{}`, but {why}", field.describe()),
                ));
            }
        }
    }
    check_retry_after(cx, case, code);
}

/// 200, 201 and 202 report success; an error cannot answer with them.
fn check_error_code(cx: &Ctxt, code: &CodeAttr) {
    if matches!(code.code, Code::Ok | Code::Created | Code::Accepted) {
        cx.push(syn::Error::new(
            code.span,
            format!(
                "{} ({}) is a success code and cannot be the code of an error; \
                 use an error code such as 400 (BadRequest), or 204 (NoContent) for a deleted resource",
                code.code.as_u16(),
                code.code.name(),
            ),
        ));
    }
}

fn check_transparent(cx: &Ctxt, case: &Case<'_>, span: Span) {
    let conflicts = [
        ("code", case.attrs.code.as_ref().map(|c| c.span)),
        ("message", case.attrs.message.as_ref().map(|m| m.span)),
        (
            "retry_after",
            case.attrs.retry_after.as_ref().map(|r| r.span),
        ),
    ];
    for (key, conflict) in conflicts {
        if let Some(conflict) = conflict {
            cx.push(syn::Error::new(
                conflict,
                format!(
                    "#[api_error({key})] cannot be used with #[api_error(transparent)]; \
                     a transparent {} takes its {key} from the inner error",
                    kind(case)
                ),
            ));
        }
    }
    if case.fields.len() != 1 {
        cx.push(syn::Error::new(
            span,
            format!(
                "#[api_error(transparent)] requires exactly one field; {} `{}` has {}",
                kind(case),
                case.ident,
                case.fields.len()
            ),
        ));
    }
}

fn report_missing_code(cx: &Ctxt, case: &Case<'_>) {
    if case.attrs.erroneous || case.default_erroneous {
        // A code was written but is wrong; that error says enough.
        return;
    }
    let msg = if case.is_variant {
        format!(
            "variant `{}` has no response code; add #[api_error(code = ...)] to it, \
             or a default #[api_error(code = ...)] to the enum",
            case.ident
        )
    } else {
        format!(
            "struct `{}` has no response code; add #[api_error(code = ...)] to it",
            case.ident
        )
    };
    cx.push(syn::Error::new(case.ident.span(), msg));
}

fn check_retry_after(cx: &Ctxt, case: &Case<'_>, code: Code) {
    let Some(retry_after) = &case.attrs.retry_after else {
        return;
    };
    let wanted = match &retry_after.member {
        // Fields are named as placeholders name them: `type` for `r#type`.
        syn::Member::Named(ident) => {
            let name = ident.to_string();
            FieldRef::Named(name.strip_prefix("r#").unwrap_or(&name).to_owned())
        }
        syn::Member::Unnamed(index) => FieldRef::Index(index.index as usize),
    };
    if let Err(why) = case.field(&wanted) {
        cx.push(syn::Error::new(
            retry_after.span,
            format!(
                "retry_after names `{}`, but {why}",
                wanted.describe().trim_matches(['{', '}'])
            ),
        ));
    }
    if code != Code::TooManyRequests {
        cx.push(syn::Error::new(
            retry_after.span,
            format!(
                "retry_after applies only to code 429 (TooManyRequests); this {} answers with {} ({})",
                kind(case),
                code.as_u16(),
                code.name()
            ),
        ));
    }
}

fn kind(case: &Case<'_>) -> &'static str {
    if case.is_variant { "variant" } else { "struct" }
}

/// `the documented codes are 200 (Ok), 201 (Created), ...`
pub fn documented_list() -> String {
    let mut out = String::from("the documented codes are ");
    for (i, code) in Code::ALL.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "{} ({})", code.as_u16(), code.name());
    }
    out
}

pub fn undocumented_number(number: u16) -> String {
    // Success codes are never suggested: they cannot be an error's code.
    let nearest = Code::ALL
        .iter()
        .filter(|code| !matches!(code, Code::Ok | Code::Created | Code::Accepted))
        .min_by_key(|code| code.as_u16().abs_diff(number));
    let mut out = format!("{number} is not a documented response code; ");
    if let Some(code) = nearest {
        let _ = write!(out, "did you mean {} ({})? ", code.as_u16(), code.name());
    }
    out.push_str(&documented_list());
    out
}

pub fn undocumented_name(name: &str) -> String {
    let wanted = fold(name);
    let nearest = Code::ALL
        .iter()
        .map(|code| (edit_distance(&wanted, &fold(code.name())), code))
        .min_by_key(|&(distance, _)| distance)
        .filter(|&(distance, _)| distance <= 2.max(wanted.len() / 3));
    let mut out = format!("`{name}` is not a documented response code; ");
    if let Some((_, code)) = nearest {
        let _ = write!(out, "did you mean `{}` ({})? ", code.name(), code.as_u16());
    }
    out.push_str(&documented_list());
    out
}

/// Lowercase without underscores, so `not_found` and `NOTFOUND` match `NotFound`.
fn fold(name: &str) -> Vec<char> {
    name.chars()
        .filter(|&c| c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}
