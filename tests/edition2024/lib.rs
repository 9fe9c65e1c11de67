//! `#[derive(ApiError)]` in an edition-2024 crate: `gen` is reserved, so
//! it is written `r#gen`, and placeholders and `retry_after` may name it
//! bare.

#![deny(warnings)]
// Lower-case names are the point here; the fields need no docs.
#![allow(non_camel_case_types, missing_docs)]

use apicodes::ApiError;

/// Raw `gen` names.
#[derive(Debug, ApiError)]
#[api_error(code = 400)]
pub enum Reserved {
    /// A raw variant and field.
    #[api_error(code = 404, message = "no {gen}")]
    r#gen { r#gen: u32 },
    /// `retry_after` naming the raw field bare.
    #[api_error(code = 429, retry_after = gen)]
    Later { r#gen: u64 },
    /// `retry_after` naming it raw.
    #[api_error(code = 429, retry_after = r#gen)]
    Raw { r#gen: u64 },
}

/// A raw variant name holding another error: the docs name the variants
/// it reaches as written, without `r#`.
#[derive(Debug, ApiError)]
pub enum Keyworded {
    /// Transparent, named with a keyword of every edition.
    #[api_error(transparent)]
    r#type(Reserved),
}

/// Against a table another crate declares, reserved names and all.
#[derive(Debug, ApiError)]
#[api_error(codes = apicodes_test_shared_table::nested::NestedCode)]
pub enum Brew {
    /// A raw field, named bare by the message.
    #[api_error(code = Teapot, message = "no {gen}")]
    r#gen { r#gen: u8 },
}

#[cfg(test)]
mod tests {
    use super::Reserved;
    use apicodes::{ApiError, Code};

    #[test]
    fn bodies() {
        let err = Reserved::r#gen { r#gen: 7 };
        assert_eq!(err.code(), Code::NotFound);
        assert_eq!(err.to_json(), r#"{"code":404,"message":"no 7"}"#);
        assert_eq!(err.variant(), Some("gen"));
        assert_eq!(Reserved::Later { r#gen: 3 }.retry_after(), Some(3));
        assert_eq!(Reserved::Raw { r#gen: 4 }.retry_after(), Some(4));
    }

    #[test]
    fn a_raw_transparent_variant_is_named_bare() {
        use apicodes::ApiErrorDocs;
        let names: Vec<_> = super::Keyworded::variants()
            .into_iter()
            .map(|v| v.name.into_owned())
            .collect();
        assert_eq!(names, ["type::gen", "type::Later", "type::Raw"]);
        let err = super::Keyworded::r#type(Reserved::r#gen { r#gen: 1 });
        assert_eq!(err.variant(), Some("gen"));
    }

    #[test]
    fn a_table_of_another_crate() {
        use apicodes_test_shared_table::nested::NestedCode;
        let err = super::Brew::r#gen { r#gen: 2 };
        assert_eq!(err.code(), NestedCode::Teapot);
        assert_eq!(err.to_json(), r#"{"code":418,"message":"no 2"}"#);
    }

    #[test]
    fn a_table_inside_a_function() {
        #[apicodes::table(title = "Shop codes")]
        enum Local {
            /// Already there.
            #[code(message = "Conflict")]
            Conflict = 409,
            /// Raw and reserved.
            #[code(message = "Generated")]
            r#gen = 422,
        }

        #[derive(Debug, ApiError)]
        #[api_error(codes = Local)]
        enum Cart {
            #[api_error(code = r#gen, message = "no {gen}")]
            Gen { r#gen: u8 },
            #[api_error(code = Local::Conflict)]
            Twice,
        }

        assert_eq!(
            Cart::Gen { r#gen: 1 }.to_json(),
            r#"{"code":422,"message":"no 1"}"#
        );
        assert_eq!(Cart::Twice.code(), Local::Conflict);
        assert_eq!(<Local as apicodes::Table>::PAGE_TITLE, "Shop codes");
    }
}
