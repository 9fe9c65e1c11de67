//! The whole-server contract for actix-web over the wire: an app wrapped
//! last in `apicodes::actix::Contract`, with `apicodes::actix::not_found` as
//! its default service, answers every row of `contract::ROWS` exactly
//! (status, `content-type`, `content-length`, body bytes, `Allow`), and logs
//! what the bodies hide.
#![deny(warnings, clippy::pedantic)]

mod contract;
mod wire;

use std::net::SocketAddr;
use std::sync::OnceLock;

use actix_web::{App, HttpResponse, HttpServer, web};
use contract::{
    Account, AccountError, CONFLICT_TEXT, Framework, NewAccount, PANIC_MESSAGE, Search,
    create_account, find_account,
};

async fn account(id: web::Path<u64>) -> Result<web::Json<Account>, AccountError> {
    find_account(id.into_inner()).map(web::Json)
}

/// A delete answers 204 through a derived variant.
async fn delete_account(id: web::Path<u64>) -> Result<HttpResponse, AccountError> {
    Err(AccountError::Deleted {
        id: id.into_inner(),
    })
}

async fn empty() -> HttpResponse {
    HttpResponse::NoContent().finish()
}

async fn search(search: web::Query<Search>) -> web::Json<Search> {
    web::Json(search.into_inner())
}

async fn create(new: web::Json<NewAccount>) -> HttpResponse {
    HttpResponse::Created().json(create_account(new.into_inner()))
}

async fn create_form(new: web::Form<NewAccount>) -> HttpResponse {
    HttpResponse::Created().json(create_account(new.into_inner()))
}

async fn explode() -> HttpResponse {
    panic!("{PANIC_MESSAGE}")
}

async fn conflict() -> HttpResponse {
    HttpResponse::Conflict().body(CONFLICT_TEXT)
}

fn app() -> App<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    App::new()
        // A resource with its routes: actix-web computes `Allow`.
        .service(
            web::resource("/accounts/{id}")
                .route(web::get().to(account))
                .route(web::delete().to(delete_account)),
        )
        .route("/accounts", web::post().to(create))
        .route("/empty", web::get().to(empty))
        // `App::route`: no `Allow` for a wrong method.
        .route("/search", web::get().to(search))
        .route("/form", web::post().to(create_form))
        .route("/panic", web::get().to(explode))
        .route("/conflict", web::get().to(conflict))
        .default_service(web::to(apicodes::actix::not_found))
        .wrap(apicodes::actix::Contract::new())
}

/// The one server of this binary, on a port the OS picks, on its own
/// thread with its own actix system; the capturing subscriber is installed
/// first. The listener is bound before this returns, so requests queue
/// until the server accepts them.
fn server() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        contract::capture_logs();
        let listener =
            std::net::TcpListener::bind("127.0.0.1:0").expect("bind a port for the actix server");
        let addr = listener.local_addr().expect("the actix server's address");
        std::thread::spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                HttpServer::new(app)
                    .workers(2)
                    .disable_signals()
                    .listen(listener)
                    .expect("the actix server listens on the bound port")
                    .run()
                    .await
                    .expect("the actix server runs");
            });
        });
        addr
    })
}

contract::row_tests! {
    Framework::Actix, server;
    get_account_ok,
    search_ok,
    create_json_ok,
    create_form_ok,
    unknown_route_is_404,
    root_is_404,
    wrong_method_on_search_is_400,
    wrong_method_on_account_is_400_with_allow,
    path_not_a_number_is_400,
    path_of_9000_digits_is_short_400,
    query_not_a_number_is_400,
    query_missing_field_is_400,
    json_malformed_is_400,
    json_wrong_shape_is_400,
    json_without_content_type_is_400,
    json_as_text_plain_is_400,
    json_of_10_mb_is_400,
    form_wrong_content_type_is_400,
    form_missing_field_is_400,
    head_account_is_get_without_body,
    head_missing_account_is_404_without_body,
    get_empty_is_bare_204,
    head_empty_is_bare_204,
    delete_account_is_bare_204,
    panic_is_500_and_server_lives,
    outage_is_503_server_error,
    outage_log_has_the_source_chain,
    no_such_user_is_404,
    no_such_user_is_logged_once_at_info,
    hand_made_409_is_400,
}
