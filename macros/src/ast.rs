//! The derive's model of its input, borrowing syn's tree: each part keeps
//! its `original` node, so errors point at what the user wrote, and names
//! are emitted as the user's own tokens.

use proc_macro2::Span;
use syn::{DeriveInput, Fields, Ident, Member, Type};

use crate::attr::{self, Attrs, CodeAttr};
use crate::ctxt::Ctxt;
use crate::table::{Resolved, Table};
use crate::template::{FieldRef, Template};

/// A type deriving `ApiError`.
pub struct Input<'a> {
    pub original: &'a DeriveInput,
    pub attrs: Attrs,
    pub data: Data<'a>,
}

pub enum Data<'a> {
    Struct(Vec<Field<'a>>),
    Enum(Vec<Variant<'a>>),
}

pub struct Variant<'a> {
    pub original: &'a syn::Variant,
    pub attrs: Attrs,
    pub fields: Vec<Field<'a>>,
}

pub struct Field<'a> {
    pub original: &'a syn::Field,
    pub member: Member,
    /// How placeholders and `retry_after` name the field: `type` for
    /// `r#type`, or its index.
    pub name: FieldRef,
}

impl<'a> Input<'a> {
    /// The model of `node`, or `None` for a union, which is reported.
    pub fn from_syn(cx: &Ctxt, node: &'a DeriveInput) -> Option<Self> {
        let data = match &node.data {
            syn::Data::Struct(data) => Data::Struct(Field::multiple_from_syn(cx, &data.fields)),
            syn::Data::Enum(data) => Data::Enum(
                data.variants
                    .iter()
                    .map(|variant| Variant {
                        original: variant,
                        attrs: attr::get(cx, &variant.attrs),
                        fields: Field::multiple_from_syn(cx, &variant.fields),
                    })
                    .collect(),
            ),
            syn::Data::Union(data) => {
                cx.error_spanned_by(
                    data.union_token,
                    "unions are not supported; #[derive(ApiError)] works on enums and structs",
                );
                return None;
            }
        };
        Some(Input {
            original: node,
            attrs: attr::get(cx, &node.attrs),
            data,
        })
    }

    /// Every match arm's worth of input: each variant, or the struct.
    pub fn cases(&self) -> Vec<Case<'_>> {
        match &self.data {
            Data::Struct(fields) => vec![Case {
                ident: &self.original.ident,
                attrs: &self.attrs,
                fields,
                default: None,
                is_variant: false,
            }],
            Data::Enum(variants) => variants
                .iter()
                .map(|v| Case {
                    ident: &v.original.ident,
                    attrs: &v.attrs,
                    fields: &v.fields,
                    default: Some(&self.attrs),
                    is_variant: true,
                })
                .collect(),
        }
    }
}

impl<'a> Field<'a> {
    fn multiple_from_syn(cx: &Ctxt, fields: &'a Fields) -> Vec<Self> {
        fields
            .iter()
            .enumerate()
            .map(|(i, field)| {
                for attr in &field.attrs {
                    if crate::unraw::path_is(attr.path(), "api_error") {
                        cx.error_spanned_by(
                            attr,
                            "#[api_error] is not expected on a field; it belongs on the variant or type \
                             (name a field there with `retry_after = field` or `message = \"{field}\"`)",
                        );
                    }
                }
                let member = field.ident.clone().map_or_else(
                    || {
                        Member::Unnamed(syn::Index {
                            index: u32::try_from(i).unwrap_or(u32::MAX),
                            span: Span::call_site(),
                        })
                    },
                    Member::Named,
                );
                Field {
                    original: field,
                    name: attr::field_ref(&member),
                    member,
                }
            })
            .collect()
    }

    pub fn ty(&self) -> &'a Type {
        &self.original.ty
    }
}

/// One match arm's worth of input: an enum variant, or the whole struct.
pub struct Case<'b> {
    pub ident: &'b Ident,
    pub attrs: &'b Attrs,
    pub fields: &'b [Field<'b>],
    /// The enum's attributes, whose `code` is the default of its variants.
    pub default: Option<&'b Attrs>,
    pub is_variant: bool,
}

/// What a case answers with, once its attributes are resolved.
pub enum Behavior<'b> {
    /// The inner error's code and message.
    Transparent(&'b Field<'b>),
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

    /// Whether the default code (not the case's own) is in use and erroneous.
    pub fn default_erroneous(&self) -> bool {
        self.default.is_some_and(|attrs| attrs.erroneous)
    }

    /// The field a placeholder or `retry_after` names, or why there is none.
    pub fn field(&self, wanted: &FieldRef) -> Result<&'b Field<'b>, String> {
        if let Some(field) = self.fields.iter().find(|f| f.name == *wanted) {
            return Ok(field);
        }
        let names: Vec<String> = self
            .fields
            .iter()
            .map(|f| match &f.member {
                Member::Named(ident) => format!("`{ident}`"),
                Member::Unnamed(index) => format!("`{}`", index.index),
            })
            .collect();
        let has = if names.is_empty() {
            "no fields".to_owned()
        } else {
            format!("fields {}", names.join(", "))
        };
        let wanted = match wanted {
            FieldRef::Named(name) => name.clone(),
            FieldRef::Index(index) => index.to_string(),
        };
        Err(format!(
            "{} `{}` has no field `{wanted}`; it has {has}",
            self.kind(),
            self.ident
        ))
    }

    pub fn kind(&self) -> &'static str {
        if self.is_variant { "variant" } else { "struct" }
    }
}
