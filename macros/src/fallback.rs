//! On invalid input: impls that compile, so the user sees the derive's
//! errors and not a cascade of "`ApiError` is not implemented" elsewhere.

use crate::ast::Input;
use crate::table::Table;
use proc_macro2::TokenStream;
use quote::quote;

pub fn expand(input: &Input, table: &Table, krate: &TokenStream) -> TokenStream {
    let ty = &input.ident;
    let table = &table.path;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::ApiError for #ty #ty_generics #where_clause {
            type Table = #table;
            fn code(&self) -> #krate::__private_0_1::Status<#table> {
                #krate::__private_0_1::Status::Other(#krate::__private_0_1::OtherError::INTERNAL)
            }
        }

        #[automatically_derived]
        impl #impl_generics #krate::ApiErrorDocs for #ty #ty_generics #where_clause {
            const CODES: #krate::__private_0_1::CodeSet<#table> = #krate::__private_0_1::CodeSet::EMPTY;
            fn variants() -> #krate::__private_0_1::Vec<#krate::__private_0_1::VariantDoc<#table>> {
                #krate::__private_0_1::Vec::new()
            }
        }
    }
}
