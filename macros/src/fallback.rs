//! On invalid input: impls that compile, so the user sees our errors and not
//! a cascade of "`ApiError` is not implemented" elsewhere.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

pub fn expand(node: &DeriveInput) -> TokenStream {
    let ty = &node.ident;
    let (impl_generics, ty_generics, where_clause) = node.generics.split_for_impl();
    let predicates = where_clause.map(|w| &w.predicates).into_iter().flatten();
    let predicates: Vec<_> = predicates.collect();
    quote! {
        #[automatically_derived]
        #[allow(unused_qualifications)]
        impl #impl_generics ::apicodes::ApiError for #ty #ty_generics where #(#predicates,)* {
            fn code(&self) -> ::apicodes::Code {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        #[allow(unused_qualifications)]
        impl #impl_generics ::apicodes::ApiErrorDocs for #ty #ty_generics where #(#predicates,)* {
            const CODES: ::apicodes::CodeSet = ::apicodes::CodeSet::EMPTY;
            fn variants() -> ::apicodes::__private::Vec<::apicodes::VariantDoc> {
                ::apicodes::__private::Vec::new()
            }
        }

        ::apicodes::__private::integrations! {
            impl [#impl_generics] for [#ty #ty_generics]
            where [#(#predicates,)*]
            docs [#(#predicates,)*]
        }
    }
}
