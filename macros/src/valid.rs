//! Rules that span several attributes, one function each; the messages say
//! where a thing belongs.

use apicodes_core::__private::sent_without_body;
use proc_macro2::Span;

use crate::ast::{Behavior, Case, Data, Input};
use crate::attr::Attrs;
use crate::ctxt::Ctxt;
use crate::generics::is_own_type;
use crate::table::{Resolved, Table};

pub fn check(cx: &Ctxt, input: &Input, table: &Table) {
    match &input.data {
        Data::Union(span) => cx.push(syn::Error::new(
            *span,
            "unions are not supported; #[derive(ApiError)] works on enums and structs",
        )),
        Data::Enum(_) => {
            check_enum_level(cx, &input.attrs);
            if (input.attrs.code.is_some() || input.attrs.other_error.is_some())
                && !input.attrs.unread.codes
            {
                if let Err(err) = table.resolve(input.attrs.code.as_ref(), input.attrs.other_error)
                {
                    cx.push(err);
                }
            }
        }
        Data::Struct(_) => {}
    }
    let cases = input.cases();
    for case in &cases {
        check_case(cx, case, table);
    }
    check_not_only_itself(cx, input, &cases);
}

/// A type whose every case is transparent over the type itself
/// (`Box<Self>`) would answer with no code at all.
fn check_not_only_itself(cx: &Ctxt, input: &Input, cases: &[Case<'_>]) {
    let own: Vec<&syn::Type> = cases
        .iter()
        .filter_map(|case| match (case.attrs.transparent, case.fields) {
            (Some(_), [field]) if is_own_type(&field.ty, &input.name, &input.generics) => {
                Some(&field.ty)
            }
            _ => None,
        })
        .collect();
    let (Some(first), true) = (own.first(), own.len() == cases.len()) else {
        return;
    };
    let message = if matches!(input.data, Data::Enum(_)) {
        format!(
            "every variant of `{}` is transparent over `{0}` itself, so it answers with no \
             code; give a variant its own #[api_error(code = ...)]",
            input.name
        )
    } else {
        format!(
            "struct `{}` is transparent over itself, so it answers with no code; hold \
             another error type, or answer with #[api_error(code = ...)] instead",
            input.name
        )
    };
    cx.push(syn::Error::new_spanned(first, message));
}

/// Only a default code (`code`, `other_error`) and the type-level keys
/// (`codes`, `crate`) mean something on the enum as a whole.
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

/// `codes` and `crate` name things for the whole type.
fn check_type_level_keys(cx: &Ctxt, case: &Case<'_>) {
    let misplaced = [
        ("codes", case.attrs.codes.as_ref().map(|c| c.span)),
        ("crate", case.attrs.krate.as_ref().map(|c| c.span)),
    ];
    for (key, span) in misplaced {
        if let Some(span) = span {
            cx.push(syn::Error::new(
                span,
                format!(
                    "#[api_error({key} = ...)] cannot be used on a variant; put it on the enum"
                ),
            ));
        }
    }
}

fn check_case(cx: &Ctxt, case: &Case<'_>, table: &Table) {
    if case.is_variant {
        check_type_level_keys(cx, case);
    }
    if let Some(span) = case.attrs.transparent {
        check_transparent(cx, case, span);
        return;
    }
    // The message's fields are checked whatever the code: one mistake
    // does not hide another.
    check_message_fields(cx, case);
    let resolved = match case.behavior(table) {
        Some(Ok(Behavior::Coded { resolved, .. })) => resolved,
        Some(Ok(Behavior::Transparent(_))) => return,
        Some(Err(err)) => {
            // An enum-level default is reported once, by `check`; and a
            // variant that names its own table (reported above) meant its
            // code for that table, not the one it was checked against.
            // Nor is a code checked against a table other than the one
            // named, which could not be read.
            let own = case.attrs.code.is_some() || case.attrs.other_error.is_some();
            if own && !(case.is_variant && case.attrs.codes.is_some()) && !case.table_unread() {
                cx.push(err);
            }
            return;
        }
        None => {
            report_missing_code(cx, case);
            return;
        }
    };
    check_no_content(cx, case, &resolved);
    check_retry_after(cx, case, &resolved);
}

/// By number, for every table: a 204 is sent without a body, so a message
/// of its own would never reach a client.
fn check_no_content(cx: &Ctxt, case: &Case<'_>, resolved: &Resolved) {
    if let (true, Some(message)) = (sent_without_body(resolved.code), &case.attrs.message) {
        let (code, name) = (resolved.code, resolved.shown_name());
        cx.push(syn::Error::new(
            message.span,
            format!(
                "a {code}{name} is sent without a body, so this message would never reach a \
                 client; remove `message`, or answer with a code that has a body"
            ),
        ));
    }
}

fn check_message_fields(cx: &Ctxt, case: &Case<'_>) {
    let Some(template) = &case.attrs.message else {
        return;
    };
    for (field, _) in template.fields() {
        if let Err(why) = case.field(field) {
            cx.push(syn::Error::new(
                template.span,
                format!("message uses `{}`, but {why}", field.describe()),
            ));
        }
    }
}

fn check_transparent(cx: &Ctxt, case: &Case<'_>, span: Span) {
    let conflicts = [
        ("code", case.attrs.code.as_ref().map(|c| c.span)),
        ("other_error", case.attrs.other_error),
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
                     a transparent {} takes its {} from the inner error",
                    case.kind(),
                    if key == "other_error" { "code" } else { key }
                ),
            ));
        }
    }
    if case.fields.len() != 1 {
        cx.push(syn::Error::new(
            span,
            format!(
                "#[api_error(transparent)] requires exactly one field; {} `{}` has {}",
                case.kind(),
                case.ident,
                case.fields.len()
            ),
        ));
    }
}

fn report_missing_code(cx: &Ctxt, case: &Case<'_>) {
    if case.code_unread() {
        // A code was written but is wrong; that error says enough.
        return;
    }
    if case.fields.len() == 1
        && case
            .default
            .is_some_and(|attrs| attrs.transparent.is_some())
    {
        // `transparent` on the enum, reported there, was meant for this
        // variant of one field.
        return;
    }
    let mut msg = if case.is_variant {
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
    if case.attrs.error_transparent {
        msg.push_str(
            "; thiserror's #[error(transparent)] passes on the field's message to thiserror \
             alone: #[api_error(transparent)] passes on its code and body, where the field is \
             an API error",
        );
    }
    cx.push(syn::Error::new(case.ident.span(), msg));
}

fn check_retry_after(cx: &Ctxt, case: &Case<'_>, resolved: &Resolved) {
    let Some(retry_after) = &case.attrs.retry_after else {
        return;
    };
    if let Err(why) = case.field(&retry_after.field) {
        cx.push(syn::Error::new(
            retry_after.span,
            format!(
                "retry_after names `{}`, but {why}",
                retry_after.field.describe().trim_matches(['{', '}'])
            ),
        ));
    }
    // By number, for every table: only a 429 carries `Retry-After`.
    if resolved.code != 429 {
        let name = resolved.shown_name();
        cx.push(syn::Error::new(
            retry_after.span,
            format!(
                "retry_after applies only to code 429 (too many requests); this {} answers with {}{name}",
                case.kind(),
                resolved.code,
            ),
        ));
    }
}
