//! The derive's model of its input, built from syn's tree (`from_syn`) or
//! by the fast path (`fast`, from the body's printed text and, where spans
//! show, its tokens). It owns what errors and the expansion need
//! (identifiers and literal spans, field types as tokens) rather than
//! borrowing syn's nodes, so both readers can build it. The spans are the
//! input's own wherever an error can point; the fast path leaves the call
//! site's where none can.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::{DeriveInput, Fields, Generics, Ident, Member};

use crate::attr::{self, Attrs};
use crate::ctxt::Ctxt;

/// A type deriving `ApiError`, from syn's parse (`from_syn`) or from the
/// fast path for plain enums (`fast::parse`).
pub struct Input<'a> {
    pub ident: Ident,
    pub generics: &'a Generics,
    pub attrs: Attrs,
    pub data: Data,
}

pub enum Data {
    Struct(Vec<Field>),
    Enum(Vec<Variant>),
}

pub struct Variant {
    pub ident: Ident,
    pub attrs: Attrs,
    pub fields: Vec<Field>,
}

pub struct Field {
    pub member: Member,
    /// The name placeholders use for the field (`type` for `r#type`), or its
    /// index; kept to compare without converting identifiers again.
    pub name: String,
    /// The field's type, as written; empty where the fast path did not
    /// need it (only the types of `transparent` and `retry_after` fields,
    /// and of generic fields, are written into the expansion).
    pub ty: TokenStream,
    /// Whether the type is one that implements `Display` in every program
    /// (a primitive, `str`, `String`, or a reference to one), so that
    /// formatting it plainly cannot fail and needs no span to report at.
    /// Set only by the fast path's text reader; `false` is always safe.
    pub always_display: bool,
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
                        ident: variant.ident.clone(),
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
            ident: node.ident.clone(),
            generics: &node.generics,
            attrs: attr::get(cx, &node.attrs),
            data,
        })
    }
}

impl Field {
    pub fn new(member: Member, ty: TokenStream) -> Self {
        let name = match &member {
            Member::Named(ident) => ident.to_string().trim_start_matches("r#").to_owned(),
            Member::Unnamed(index) => index.index.to_string(),
        };
        Field::with_name(member, name, ty)
    }

    /// A field whose `name` (see the field) the caller already has.
    pub fn with_name(member: Member, name: String, ty: TokenStream) -> Self {
        Field {
            member,
            name,
            ty,
            always_display: false,
        }
    }

    fn multiple_from_syn(cx: &Ctxt, fields: &Fields) -> Vec<Self> {
        fields
            .iter()
            .enumerate()
            .map(|(i, field)| {
                for attr in field.attrs.iter().filter(|a| a.path().is_ident("api_error")) {
                    cx.error_spanned_by(
                        attr,
                        "#[api_error] is not expected on a field; it belongs on the variant or type \
                         (name a field there with `retry_after = field` or `message = \"{field}\"`)",
                    );
                }
                let member = field.ident.clone().map_or_else(
                    || Member::Unnamed(syn::Index::from(i)),
                    Member::Named,
                );
                Field::new(member, field.ty.to_token_stream())
            })
            .collect()
    }

    /// Whether a placeholder (or `retry_after`) names this field.
    pub fn is(&self, wanted: &crate::template::FieldRef) -> bool {
        use crate::template::FieldRef;
        match (&self.member, wanted) {
            (Member::Named(_), FieldRef::Named(name)) => self.name == *name,
            (Member::Unnamed(index), FieldRef::Index(i)) => index.index as usize == *i,
            _ => false,
        }
    }

    /// The identifier a pattern binds this field to. Mixed-site hygiene keeps
    /// it apart from any constant or binding of the user's.
    pub fn binding(&self) -> Ident {
        self.binding_spanned(Span::mixed_site())
    }

    /// The same binding, shown at `span` in errors (such as a missing
    /// `Display` reported on the message that formats the field).
    pub fn binding_at(&self, span: Span) -> Ident {
        self.binding_spanned(Span::mixed_site().located_at(span))
    }

    /// The binding with `span`, which has mixed-site hygiene (computed once
    /// for several fields: each `located_at` is a call into the compiler).
    pub fn binding_spanned(&self, span: Span) -> Ident {
        // Concatenated by hand: `format!` costs several times more in the
        // unoptimised build, once per binding of every interpolated case.
        let mut binding = String::with_capacity(BINDING.len() + self.name.len());
        binding.push_str(BINDING);
        binding.push_str(&self.name);
        Ident::new(&binding, span)
    }
}

/// The prefix of the identifier a pattern binds a field to. A pattern's
/// name resolves to a constant of that name where one is in scope, whatever
/// the hygiene, so it is one no user's constant has.
pub const BINDING: &str = "__apicodes_field_";

/// Whether formatting `template` with `fields` cannot fail to compile, so
/// that no error needs the input's spans: every placeholder is plain
/// (`{id}`, `Display`) and names a field that is `always_display`.
pub fn formats_without_spans(template: &crate::template::Template, fields: &[Field]) -> bool {
    template.fields().all(|(wanted, spec)| {
        spec.is_empty()
            && fields
                .iter()
                .any(|field| field.is(wanted) && field.always_display)
    })
}

/// One match arm's worth of input: an enum variant, or the whole struct.
pub struct Case<'b> {
    pub ident: &'b Ident,
    pub attrs: &'b Attrs,
    pub fields: &'b [Field],
    /// The enum-level default code, for variants.
    pub default_code: Option<&'b attr::CodeAttr>,
    /// Whether the enum-level attribute had an error (so its default may be
    /// missing through no fault of the variant).
    pub default_erroneous: bool,
    pub is_variant: bool,
}

/// What a case answers with, once its attributes are resolved.
pub enum Behavior<'b> {
    /// The inner error's code and message.
    Transparent(&'b Field),
    /// A code, and a message template if the user wrote one.
    Coded {
        code: apicodes_core::Code,
        message: Option<&'b crate::template::Template>,
    },
}

impl Input<'_> {
    pub fn cases(&self) -> Vec<Case<'_>> {
        match &self.data {
            Data::Struct(fields) => vec![Case {
                ident: &self.ident,
                attrs: &self.attrs,
                fields,
                default_code: None,
                default_erroneous: false,
                is_variant: false,
            }],
            Data::Enum(variants) => variants
                .iter()
                .map(|v| Case {
                    ident: &v.ident,
                    attrs: &v.attrs,
                    fields: &v.fields,
                    default_code: self.attrs.code.as_ref(),
                    default_erroneous: self.attrs.erroneous,
                    is_variant: true,
                })
                .collect(),
        }
    }
}

impl<'b> Case<'b> {
    /// `None` when the case has no code, which `valid` reports.
    pub fn behavior(&self) -> Option<Behavior<'b>> {
        if self.attrs.transparent.is_some() {
            return self.fields.first().map(Behavior::Transparent);
        }
        let code = self.attrs.code.as_ref().or(self.default_code)?;
        Some(Behavior::Coded {
            code: code.code,
            message: self.attrs.message.as_ref(),
        })
    }

    /// The field a placeholder or `retry_after` names, or why there is none.
    pub fn field(&self, wanted: &crate::template::FieldRef) -> Result<&'b Field, String> {
        use crate::template::FieldRef;
        if let Some(field) = self.fields.iter().find(|f| f.is(wanted)) {
            return Ok(field);
        }
        let kind = if self.is_variant { "variant" } else { "struct" };
        let name = self.ident;
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
        Err(match wanted {
            FieldRef::Named(field) => {
                format!("{kind} `{name}` has no field `{field}`; it has {has}")
            }
            FieldRef::Index(index) => {
                format!("{kind} `{name}` has no field `{index}`; it has {has}")
            }
        })
    }
}
