//! The derive's model of its input: names, generics and types are syn's
//! nodes with the user's spans, so errors point at what the user wrote and
//! names are emitted as the user's own tokens; attributes are already read
//! (`attr`).

use proc_macro2::{Span, TokenStream};
use syn::{Generics, Ident, Member, Type};

use crate::attr::{Attrs, CodeAttr};
use crate::table::{Resolved, Table};
use crate::template::{FieldRef, Template};

/// A type deriving `ApiError`, as `item` reads it.
pub struct Input {
    pub ident: Ident,
    /// The name without `r#`.
    pub name: String,
    pub generics: Generics,
    pub attrs: Attrs,
    pub data: Data,
}

impl Input {
    /// The `#[allow(...)]` attributes written on the type, its variants
    /// and their fields, for each of the type's impls.
    pub fn allows(&self) -> TokenStream {
        let mut items = self.attrs.allows.clone();
        if let Data::Enum(variants) = &self.data {
            for variant in variants {
                items.extend(variant.attrs.allows.iter().cloned());
            }
        }
        crate::attr::merged_allow(&items)
    }

    /// The type's name as its impls write it: the user's token, or for a
    /// `#[deprecated]` type the same name placed in the derive's expansion
    /// (at the user's location), where rustc reports no use of a
    /// deprecated item, as for the standard derives; an
    /// `#[allow(deprecated)]` would itself be an error under a user's
    /// `#![forbid(deprecated)]`. That token takes the derive's edition, so
    /// a name some edition reserves (`async`, `gen`) or written raw is
    /// written raw, which every edition reads as the same name.
    pub fn impl_name(&self) -> Ident {
        if !self.attrs.deprecated {
            return self.ident.clone();
        }
        let span = self.ident.span().resolved_at(crate::site::call());
        let was_raw = self.ident.to_string().starts_with("r#");
        crate::unraw::in_any_edition(&self.name, span, was_raw)
    }
}

pub enum Data {
    Struct(Vec<Field>),
    Enum(Vec<Variant>),
    /// A union, which the derive rejects; the `union` keyword's span.
    Union(Span),
}

pub struct Variant {
    pub ident: Ident,
    /// The name without `r#`.
    pub name: String,
    pub attrs: Attrs,
    pub fields: Vec<Field>,
    /// Declared without fields or brackets: `Variant`, not `Variant {}`.
    pub unit: bool,
}

pub struct Field {
    pub member: Member,
    /// How placeholders and `retry_after` name the field: `type` for
    /// `r#type`, or its index.
    pub name: FieldRef,
    pub ty: Type,
    /// Whether the field is its error's cause as thiserror reads one
    /// (`#[source]`, `#[from]`, or a field named `source`), whose
    /// `source()` asks for its type to be `'static`.
    pub source: bool,
}

impl Input {
    /// Every match arm's worth of input: each variant, or the struct.
    pub fn cases(&self) -> Vec<Case<'_>> {
        match &self.data {
            Data::Struct(fields) => vec![Case {
                ident: &self.ident,
                name: &self.name,
                attrs: &self.attrs,
                fields,
                default: None,
                is_variant: false,
                unit: false,
            }],
            Data::Enum(variants) => variants
                .iter()
                .map(|v| Case {
                    ident: &v.ident,
                    name: &v.name,
                    attrs: &v.attrs,
                    fields: &v.fields,
                    default: Some(&self.attrs),
                    is_variant: true,
                    unit: v.unit,
                })
                .collect(),
            Data::Union(_) => Vec::new(),
        }
    }
}

/// One match arm's worth of input: an enum variant, or the whole struct.
pub struct Case<'b> {
    pub ident: &'b Ident,
    /// The name without `r#`.
    pub name: &'b str,
    pub attrs: &'b Attrs,
    pub fields: &'b [Field],
    /// The enum's attributes, whose `code` is the default of its variants.
    pub default: Option<&'b Attrs>,
    pub is_variant: bool,
    /// A unit variant, matched as `Self::Variant`.
    pub unit: bool,
}

/// What a case answers with, once its attributes are resolved.
pub enum Behavior<'b> {
    /// The inner error's code and message.
    Transparent(&'b Field),
    /// A code, and a message template if the user wrote one.
    Coded {
        resolved: Resolved,
        message: Option<&'b Template>,
    },
}

impl<'b> Case<'b> {
    /// The code the case's own attributes give, or else the enum's default:
    /// `code` and `other_error` are one setting, taken together.
    fn code_attrs(&self) -> Option<(Option<&'b CodeAttr>, Option<Span>)> {
        [Some(self.attrs), self.default]
            .into_iter()
            .flatten()
            .find(|attrs| attrs.code.is_some() || attrs.other_error.is_some())
            .map(|attrs| (attrs.code.as_ref(), attrs.other_error))
    }

    /// What the case answers with; `None` when it has no code, and the
    /// error when its code is wrong.
    pub fn behavior(&self, table: &Table) -> Option<Result<Behavior<'b>, syn::Error>> {
        if self.attrs.transparent.is_some() {
            return self
                .fields
                .first()
                .map(|field| Ok(Behavior::Transparent(field)));
        }
        let (code, other_error) = self.code_attrs()?;
        Some(
            table
                .resolve(code, other_error)
                .map(|resolved| Behavior::Coded {
                    resolved,
                    message: self.attrs.message.as_ref(),
                }),
        )
    }

    /// Whether a code meant for this case may have been written but was
    /// not read (reported), on the case or as the enum's default.
    pub fn code_unread(&self) -> bool {
        self.attrs.unread.code || self.default.is_some_and(|attrs| attrs.unread.code)
    }

    /// Whether the type's table was named but not read (reported): its
    /// codes cannot be checked.
    pub fn table_unread(&self) -> bool {
        self.attrs.unread.codes || self.default.is_some_and(|attrs| attrs.unread.codes)
    }

    /// The field a placeholder or `retry_after` names, or why there is none.
    pub fn field(&self, wanted: &FieldRef) -> Result<&'b Field, String> {
        if let Some(field) = self.fields.iter().find(|f| f.name == *wanted) {
            return Ok(field);
        }
        let names: Vec<String> = self
            .fields
            .iter()
            .map(|f| match &f.name {
                FieldRef::Named(name) => format!("`{name}`"),
                FieldRef::Index(index) => format!("`{index}`"),
            })
            .collect();
        let has = match names.as_slice() {
            [] => "no fields".to_owned(),
            [one] => format!("one field, {one}"),
            _ => format!("fields {}", names.join(", ")),
        };
        let wanted = match wanted {
            FieldRef::Named(name) => name.clone(),
            FieldRef::Index(index) => index.to_string(),
        };
        Err(format!(
            "{} `{}` has no field `{wanted}`; it has {has}",
            self.kind(),
            self.name
        ))
    }

    pub fn kind(&self) -> &'static str {
        if self.is_variant { "variant" } else { "struct" }
    }
}
