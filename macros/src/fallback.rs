//! On invalid input: impls that compile, so the user sees the derive's
//! errors and not a cascade of "`ApiError` is not implemented" elsewhere.

use crate::ast::Input;
use crate::table::Table;
use proc_macro2::TokenStream;
use quote::quote;

pub fn expand(input: &Input, table: &Table, krate: &TokenStream) -> TokenStream {
    let ty = input.impl_name();
    let table = &table.path;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let p = quote!(#krate::__private_0_1);
    quote! {
        #[automatically_derived]
        impl #impl_generics #p::ApiError for #ty #ty_generics #where_clause {
            type Table = #table;
            fn code(&self) -> #p::Status<#table> {
                #p::Status::Other(#p::OtherError::INTERNAL)
            }
        }

        #[automatically_derived]
        impl #impl_generics #p::ApiErrorDocs for #ty #ty_generics #where_clause {
            const CODES: #p::CodeSet<#table> = #p::CodeSet::EMPTY;
            fn variants() -> #p::Vec<#p::VariantDoc<#table>> {
                #p::Vec::new()
            }
        }
    }
}
