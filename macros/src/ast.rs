//! The derive's model of its input; each node keeps its syn original for spans.

use syn::{Data, DeriveInput, Fields, Ident, Member, Type};

use crate::attr::{self, Attrs};
use crate::ctxt::Ctxt;

pub enum Input<'a> {
    Struct(Struct<'a>),
    Enum(Enum<'a>),
}

pub struct Struct<'a> {
    pub original: &'a DeriveInput,
    pub attrs: Attrs,
    pub fields: Vec<Field<'a>>,
}

pub struct Enum<'a> {
    pub original: &'a DeriveInput,
    pub attrs: Attrs,
    pub variants: Vec<Variant<'a>>,
}

pub struct Variant<'a> {
    pub original: &'a syn::Variant,
    pub attrs: Attrs,
    pub fields: Vec<Field<'a>>,
}

pub struct Field<'a> {
    pub member: Member,
    pub ty: &'a Type,
}

impl<'a> Input<'a> {
    /// The model of `node`, or `None` for a union, which is reported.
    pub fn from_syn(cx: &Ctxt, node: &'a DeriveInput) -> Option<Self> {
        match &node.data {
            Data::Struct(data) => Some(Input::Struct(Struct {
                original: node,
                attrs: attr::get(cx, &node.attrs),
                fields: Field::multiple_from_syn(cx, &data.fields),
            })),
            Data::Enum(data) => Some(Input::Enum(Enum {
                original: node,
                attrs: attr::get(cx, &node.attrs),
                variants: data
                    .variants
                    .iter()
                    .map(|variant| Variant {
                        original: variant,
                        attrs: attr::get(cx, &variant.attrs),
                        fields: Field::multiple_from_syn(cx, &variant.fields),
                    })
                    .collect(),
            })),
            Data::Union(data) => {
                cx.error_spanned_by(
                    data.union_token,
                    "unions are not supported; #[derive(ApiError)] works on enums and structs",
                );
                None
            }
        }
    }

    pub fn original(&self) -> &'a DeriveInput {
        match self {
            Input::Struct(s) => s.original,
            Input::Enum(e) => e.original,
        }
    }
}

impl<'a> Field<'a> {
    fn multiple_from_syn(cx: &Ctxt, fields: &'a Fields) -> Vec<Self> {
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
                Field {
                    member: field.ident.clone().map_or_else(
                        || Member::Unnamed(syn::Index::from(i)),
                        Member::Named,
                    ),
                    ty: &field.ty,
                }
            })
            .collect()
    }

    /// The identifier a pattern binds this field to. Mixed-site hygiene keeps
    /// it apart from any constant or binding of the user's.
    pub fn binding(&self) -> Ident {
        self.binding_at(proc_macro2::Span::call_site())
    }

    /// The same binding, shown at `span` in errors (such as a missing
    /// `Display` reported on the message that formats the field).
    pub fn binding_at(&self, span: proc_macro2::Span) -> Ident {
        let name = match &self.member {
            Member::Named(ident) => format!("field_{}", ident.to_string().trim_start_matches("r#")),
            Member::Unnamed(index) => format!("field_{}", index.index),
        };
        Ident::new(&name, proc_macro2::Span::mixed_site().located_at(span))
    }
}

/// One match arm's worth of input: an enum variant, or the whole struct.
pub struct Case<'a, 'b> {
    /// `Self::Variant` or `Self`, for patterns.
    pub path: proc_macro2::TokenStream,
    pub ident: &'a Ident,
    pub attrs: &'b Attrs,
    pub fields: &'b [Field<'a>],
    /// The enum-level default code, for variants.
    pub default_code: Option<&'b attr::CodeAttr>,
    /// Whether the enum-level attribute had an error (so its default may be
    /// missing through no fault of the variant).
    pub default_erroneous: bool,
    pub is_variant: bool,
}

/// What a case answers with, once its attributes are resolved.
pub enum Behavior<'a, 'b> {
    /// The inner error's code and message.
    Transparent(&'b Field<'a>),
    /// A code, and a message template if the user wrote one.
    Coded {
        code: apicodes_core::Code,
        message: Option<&'b crate::template::Template>,
    },
}

impl<'a> Input<'a> {
    pub fn cases<'b>(&'b self) -> Vec<Case<'a, 'b>> {
        match self {
            Input::Struct(s) => vec![Case {
                path: quote::quote!(Self),
                ident: &s.original.ident,
                attrs: &s.attrs,
                fields: &s.fields,
                default_code: None,
                default_erroneous: false,
                is_variant: false,
            }],
            Input::Enum(e) => e
                .variants
                .iter()
                .map(|v| {
                    let ident = &v.original.ident;
                    Case {
                        path: quote::quote!(Self::#ident),
                        ident,
                        attrs: &v.attrs,
                        fields: &v.fields,
                        default_code: e.attrs.code.as_ref(),
                        default_erroneous: e.attrs.erroneous,
                        is_variant: true,
                    }
                })
                .collect(),
        }
    }
}

impl<'a, 'b> Case<'a, 'b> {
    /// `None` when the case has no code, which `valid` reports.
    pub fn behavior(&self) -> Option<Behavior<'a, 'b>> {
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
    pub fn field(&self, wanted: &crate::template::FieldRef) -> Result<&'b Field<'a>, String> {
        use crate::template::FieldRef;
        let found = self.fields.iter().find(|f| match (&f.member, wanted) {
            (Member::Named(ident), FieldRef::Named(name)) => {
                ident.to_string().trim_start_matches("r#") == name
            }
            (Member::Unnamed(index), FieldRef::Index(i)) => index.index as usize == *i,
            _ => false,
        });
        if let Some(field) = found {
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
