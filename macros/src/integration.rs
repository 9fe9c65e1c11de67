//! The derives of the framework traits (`IntoResponse`, `ResponseError`,
//! `IntoResponses`): one line per type, in the type's own crate, so that a
//! Cargo feature turned on elsewhere never adds an impl the crate did not
//! ask for.
//!
//! They need only the type's header (attributes, name, generics, where
//! clause), so the body, which for a large enum is most of the input, is
//! passed over without being parsed.

use proc_macro2::TokenStream;
use quote::quote;

use crate::{generics, item};

#[derive(Clone, Copy)]
pub enum Framework {
    Axum,
    ActixWeb,
    Utoipa,
}

pub fn derive(input: TokenStream, framework: Framework) -> TokenStream {
    // The attributes are read as `#[derive(ApiError)]` reads them, but their
    // errors are its to report: only `crate` is used here.
    let header = match item::read_header(input.clone()) {
        Ok(header) => header,
        Err(err) => return item::to_compile_errors(&err, item::crate_path_of(input).as_ref()),
    };
    // Through `::apicodes` where `crate = ...` did not read, as the impls
    // that stand in for `#[derive(ApiError)]`'s (which reports it).
    let krate = item::stand_in_path(&header.attrs);
    let p = quote!(#krate::__private_0_1);
    let ty = header.impl_name();
    let (impl_generics, ty_generics, where_clause) = header.generics.split_for_impl();
    let predicates = where_clause.map(|w| &w.predicates).into_iter().flatten();
    let predicates = quote!(#(#predicates,)*);
    // What the log event shows of the error, chosen by its type (see
    // `__private_0_1::describe`), as an argument: the impl binds no names,
    // since a local binding's name could resolve to a user's constant (or
    // const parameter, which `#[derive(ApiError)]` reports when it is
    // named as the derives' own are).
    let describe = |error: TokenStream| {
        quote! {
            {
                use #p::describe::{Describe, ViaDebug as _, ViaDisplay as _, ViaError as _, ViaNothing as _};
                (&&&Describe(#error)).__apicodes_describe()
            }
        }
    };
    let describe_owned = describe(quote!(&self));
    let describe_borrowed = describe(quote!(self));
    let allows = header.allows();
    // What `Self` must be for the impl, as a bound where the type has
    // parameters (its `ApiError` may hold for some of them only). A type
    // without any is checked where the impl uses it, since a bound on a
    // type without parameters is an error of its own, whose note (rustc's
    // issue about such bounds) would say nothing useful to the user; but
    // actix-web's impl uses it twice (`status_code`, `error_response`),
    // and one error with that note beats two without it.
    let bounded = !header.generics.params.is_empty() || matches!(framework, Framework::ActixWeb);
    let mut needs = if bounded {
        let bound = match framework {
            Framework::Axum => quote!(#p::ApiError),
            Framework::ActixWeb => quote!(#p::ApiError + #p::fmt::Debug + #p::fmt::Display),
            Framework::Utoipa => quote!(#p::ApiErrorDocs),
        };
        quote!(Self: #bound,)
    } else {
        TokenStream::new()
    };
    // The log's description is chosen by which traits the type has, and
    // rustc chooses without lifetimes: where an `Error` impl holds only
    // for `'static` parameters (thiserror's, whose `source()` hands on a
    // `#[source]` field as `&(dyn Error + 'static)`), it would be chosen
    // and then fail to prove them `'static`. So a parameter a cause's type
    // names is `'static` for the responses, as an axum handler's error and
    // an actix-web `Error`'s cause must be anyway; the others are not
    // bounded, and the body is read only where there are any.
    if !matches!(framework, Framework::Utoipa) && header.generics.type_params().next().is_some() {
        if let Ok(whole) = item::read_whole(&input) {
            for ident in generics::named_in_causes(&whole) {
                needs.extend(quote!(#ident: 'static,));
            }
        }
    }
    match framework {
        Framework::Axum => quote! {
            #allows
            #[automatically_derived]
            impl #impl_generics #p::axum::IntoResponse for #ty #ty_generics
            where
                #predicates
                #needs
            {
                fn into_response(self) -> #p::axum::Response {
                    #p::axum::respond(&self, &#describe_owned)
                }
            }
        },
        Framework::ActixWeb => quote! {
            #allows
            #[automatically_derived]
            impl #impl_generics #p::actix::ResponseError for #ty #ty_generics
            where
                #predicates
                #needs
            {
                fn status_code(&self) -> #p::actix::StatusCode {
                    #p::actix::status_code(self)
                }
                fn error_response(&self) -> #p::actix::HttpResponse {
                    #p::actix::respond(self, &#describe_borrowed)
                }
            }
        },
        Framework::Utoipa => quote! {
            #allows
            #[automatically_derived]
            impl #impl_generics #p::openapi::IntoResponses for #ty #ty_generics
            where
                #predicates
                #needs
            {
                fn responses() -> #p::openapi::Responses {
                    #p::openapi::responses::<Self>()
                }
            }
        },
    }
}
