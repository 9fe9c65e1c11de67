//! The operator's log (feature `tracing`): what an error response records,
//! and that nothing is computed for an event no subscriber wants (neither
//! the error's text nor its variant's name).
#![deny(warnings, clippy::pedantic)]

use std::collections::BTreeMap;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use apicodes::{ApiError, Code, Status};

use crate::fields::Fields;
use tracing::{Event, Level, Metadata, Subscriber, span};

/// An event: its level, and its fields as text.
type Recorded = (Level, BTreeMap<String, String>);

/// Events of target `apicodes` at `max` or more severe; with
/// `events_with_code`, only events with a `code` field, as a filter on
/// fields would (`EnvFilter`'s `[{code}]`) or a per-layer filter on
/// `Metadata::is_event`.
#[derive(Clone)]
struct UpTo {
    max: Level,
    events_with_code: bool,
    events: Arc<Mutex<Vec<Recorded>>>,
}

impl Subscriber for UpTo {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.target() == "apicodes"
            && *metadata.level() <= self.max
            && (!self.events_with_code
                || (metadata.is_event() && metadata.fields().field("code").is_some()))
    }

    fn new_span(&self, _: &span::Attributes<'_>) -> span::Id {
        span::Id::from_u64(1)
    }

    fn record(&self, _: &span::Id, _: &span::Record<'_>) {}

    fn record_follows_from(&self, _: &span::Id, _: &span::Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        self.events
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((*event.metadata().level(), fields));
    }

    fn enter(&self, _: &span::Id) {}

    fn exit(&self, _: &span::Id) {}
}

/// The events `run` records under an [`UpTo`] of `max`, as the thread's
/// subscriber.
fn recorded(max: Level, events_with_code: bool, run: impl FnOnce()) -> Vec<Recorded> {
    let subscriber = UpTo {
        max,
        events_with_code,
        events: Arc::default(),
    };
    let events = Arc::clone(&subscriber.events);
    tracing::subscriber::with_default(subscriber, run);
    events.lock().unwrap().clone()
}

/// How often a [`Probe`]'s text and its variant's name were asked for.
static DISPLAYED: AtomicUsize = AtomicUsize::new(0);
static NAMED: AtomicUsize = AtomicUsize::new(0);

/// An error written by hand that counts what the log asks of it.
#[derive(Debug)]
struct Probe(Code);

impl fmt::Display for Probe {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        DISPLAYED.fetch_add(1, Ordering::SeqCst);
        write!(f, "probe {}", self.0.as_u16())
    }
}

impl std::error::Error for Probe {}

impl ApiError for Probe {
    type Table = Code;

    fn code(&self) -> Status<Code> {
        Status::Documented(self.0)
    }

    fn variant(&self) -> Option<&'static str> {
        NAMED.fetch_add(1, Ordering::SeqCst);
        Some("Probe")
    }
}

fn counts() -> (usize, usize) {
    (
        DISPLAYED.load(Ordering::SeqCst),
        NAMED.load(Ordering::SeqCst),
    )
}

#[test]
fn an_event_no_subscriber_wants_costs_no_text() {
    // INFO (a 4xx) and DEBUG (a 204) are below WARN: not recorded, and
    // neither the text nor the name is computed.
    let events = recorded(Level::WARN, false, || {
        apicodes::log::record(&Probe(Code::NotFound));
        apicodes::log::record(&Probe(Code::NoContent));
    });
    assert_eq!(counts(), (0, 0));
    assert!(events.is_empty());

    let events = recorded(Level::WARN, false, || {
        // A 429 is WARN and a 507 ERROR: recorded, each asked once.
        apicodes::log::record(&Probe(Code::TooManyRequests));
        assert_eq!(counts(), (1, 1));
        apicodes::log::record(&Probe(Code::OutOfStorage));
        assert_eq!(counts(), (2, 2));
    });
    let expected = |code: &str| {
        BTreeMap::from(
            [
                ("code", code.to_owned()),
                ("error", format!("probe {code}")),
                ("message", "error response".to_owned()),
                ("variant", "Probe".to_owned()),
            ]
            .map(|(name, value)| (name.to_owned(), value)),
        )
    };
    assert_eq!(
        events,
        [
            (Level::WARN, expected("429")),
            (Level::ERROR, expected("507")),
        ]
    );
}

/// A filter that looks at the event itself (its kind, its fields) sees
/// the event `log` records, and records it.
#[test]
fn a_filter_on_the_event_s_fields_sees_the_event() {
    let events = recorded(Level::INFO, true, || {
        apicodes::log::record(&Named);
    });
    assert_eq!(
        events,
        [(
            Level::INFO,
            BTreeMap::from(
                [
                    ("code", "404"),
                    ("error", "named"),
                    ("message", "error response"),
                    ("variant", "Named"),
                ]
                .map(|(name, value)| (name.to_owned(), value.to_owned())),
            ),
        )]
    );
}

#[derive(Debug, thiserror::Error, apicodes::ApiError)]
#[error("named")]
#[api_error(code = 404)]
struct Named;

/// An error with the derives whose events these tests read: `ApiError`
/// and both frameworks' responses, over thiserror's `Error`.
macro_rules! responding {
    ($item:item) => {
        #[derive(
            Debug,
            thiserror::Error,
            apicodes::ApiError,
            apicodes::axum::IntoResponse,
            apicodes::actix::ResponseError,
        )]
        $item
    };
}

/// A database failure over a cause of any type, bounded on the type as
/// written in each case below.
macro_rules! generic_outage {
    ($name:ident <$param:ident $(: $($bound:path),+)?>) => {
        responding! {
            enum $name<$param $(: $($bound +)+)?> {
                #[error("db failed: {0}")]
                #[api_error(code = 503, other_error)]
                Db($param),
            }
        }
    };
}

generic_outage!(Unbounded<T>);
generic_outage!(DebugOnly<T: fmt::Debug>);
generic_outage!(Bounded<T: fmt::Display, fmt::Debug>);

/// In a generic type's impl the log uses what the type's own bounds
/// prove: in axum's, its `Error` (text and `source()` chain) where they
/// prove it, its `Debug` text where they prove only that, else no text; in
/// actix-web's, which needs `Debug + Display`, its text in every case.
#[test]
fn a_generic_error_logs_what_its_bounds_prove() {
    use actix_web::ResponseError;
    use axum::response::IntoResponse;

    let events = recorded(Level::ERROR, false, || {
        let _ = Bounded::Db("refused").into_response();
        let _ = DebugOnly::Db("refused").into_response();
        let _ = Unbounded::Db("refused").into_response();
        let _ = Bounded::Db("refused").error_response();
        let _ = DebugOnly::Db("refused").error_response();
        let _ = Unbounded::Db("refused").error_response();
    });
    let error_texts: Vec<Option<&str>> = events
        .iter()
        .map(|(_, fields)| fields.get("error").map(String::as_str))
        .collect();
    assert_eq!(
        error_texts,
        [
            Some("db failed: refused"),
            Some("Db(\"refused\")"),
            None,
            Some("db failed: refused"),
            Some("db failed: refused"),
            Some("db failed: refused"),
        ]
    );
}

/// A failure with a cause, as an application's own error type has it.
#[derive(Debug, thiserror::Error)]
#[error("query failed on host 10.0.0.8")]
struct QueryFailed {
    #[source]
    cause: std::io::Error,
}

fn query_failed() -> QueryFailed {
    QueryFailed {
        cause: std::io::Error::new(
            std::io::ErrorKind::ConnectionRefused,
            "connection refused by 10.0.0.9:5432",
        ),
    }
}

/// The events of target `apicodes` while `requests` are made, in turn, of
/// an actix-web app with `handler` at `/` behind the contract, under
/// `max`; and each answer's status and body.
fn actix_events<F, R>(
    max: Level,
    handler: F,
    requests: usize,
) -> (Vec<Recorded>, Vec<(u16, String)>)
where
    F: actix_web::Handler<(), Output = R> + Clone + 'static,
    R: actix_web::Responder + 'static,
{
    use actix_web::{App, test, web};

    let mut answers = Vec::new();
    let events = recorded(max, false, || {
        actix_web::rt::System::new().block_on(async {
            let app = test::init_service(
                App::new()
                    .route("/", web::get().to(handler))
                    .wrap(apicodes::actix::Contract::new()),
            )
            .await;
            for _ in 0..requests {
                let response =
                    test::call_service(&app, test::TestRequest::get().uri("/").to_request()).await;
                let status = response.status().as_u16();
                let body = test::read_body(response).await;
                answers.push((status, String::from_utf8(body.to_vec()).unwrap()));
            }
        });
    });
    (events, answers)
}

/// An error of another type that a handler returns to actix-web (which
/// has no `source()` of its own) is logged with its chain where the error
/// inside has one: a `Box<dyn Error>`, as `?` makes of any error, and an
/// `std::io::Error` wrapping one.
#[test]
fn an_actix_error_of_another_type_logs_its_source_chain() {
    type Boxed = Box<dyn std::error::Error>;
    let boxed = || async { Err::<String, Boxed>(Box::new(query_failed())) };
    let io = || async { Err::<String, std::io::Error>(std::io::Error::other(query_failed())) };
    let expected = BTreeMap::from(
        [
            ("code", "500"),
            ("error", "query failed on host 10.0.0.8"),
            ("message", "error response"),
            ("method", "GET"),
            ("path", "/"),
            ("replaced", "500"),
            ("source", "connection refused by 10.0.0.9:5432"),
        ]
        .map(|(name, value)| (name.to_owned(), value.to_owned())),
    );
    for (events, answers) in [
        actix_events(Level::ERROR, boxed, 1),
        actix_events(Level::ERROR, io, 1),
    ] {
        assert_eq!(events, [(Level::ERROR, expected.clone())]);
        assert_eq!(
            answers,
            [(500, r#"{"code":500,"message":"Server error"}"#.to_owned())]
        );
    }
}

responding! {
    /// A generic error whose cause is of a parameter's type, as thiserror
    /// writes one: its `Error` impl holds for a `'static` cause only, and the
    /// framework impls are for a `'static` cause, so they compile and log the
    /// cause's chain.
    enum Upstream<E: std::error::Error> {
        #[error("upstream failed")]
        #[api_error(code = 503, other_error)]
        Failed(#[source] E),
    }
}

responding! {
    /// The same, its cause named by thiserror's `#[from]`.
    enum Converted<E: std::error::Error> {
        #[error("upstream failed")]
        #[api_error(code = 503, other_error)]
        Failed(#[from] E),
    }
}

responding! {
    /// The same, its cause a field named `source`.
    enum NamedSource<E: std::error::Error> {
        #[error("upstream failed")]
        #[api_error(code = 503, other_error)]
        Failed { source: E },
    }
}

#[test]
fn a_generic_error_over_a_cause_of_its_parameter_logs_the_chain() {
    use actix_web::ResponseError;
    use axum::response::IntoResponse;

    /// The error `made` makes, answered by each framework.
    fn both<E: IntoResponse + ResponseError>(
        made: impl Fn() -> E,
    ) -> (axum::response::Response, actix_web::HttpResponse) {
        (made().into_response(), made().error_response())
    }

    // thiserror's three ways of naming a cause: `#[source]`, `#[from]`,
    // and a field named `source`, each in an enum of its own (one holding
    // two would bound the parameter for both).
    let responses: [fn() -> (axum::response::Response, actix_web::HttpResponse); 3] = [
        || both(|| Upstream::Failed(query_failed())),
        || both(|| Converted::Failed(query_failed())),
        || {
            both(|| NamedSource::Failed {
                source: query_failed(),
            })
        },
    ];
    for respond in responses {
        let events = recorded(Level::ERROR, false, || {
            let (axum, actix) = respond();
            assert_eq!(axum.status(), 503);
            assert_eq!(actix.status(), 503);
        });
        let expected = BTreeMap::from(
            [
                ("code", "503"),
                ("error", "upstream failed"),
                ("message", "error response"),
                (
                    "source",
                    "query failed on host 10.0.0.8: connection refused by 10.0.0.9:5432",
                ),
                ("variant", "Failed"),
            ]
            .map(|(name, value)| (name.to_owned(), value.to_owned())),
        );
        assert_eq!(
            events,
            [(Level::ERROR, expected.clone()), (Level::ERROR, expected)]
        );
    }
}

responding! {
    /// A parameter no cause names is not bounded `'static` by the framework
    /// impls: an error holding a borrowed value, or one the type holds only
    /// as a marker, responds from a function that borrows it, logged with the
    /// text its bounds prove.
    enum Borrowed<Error: fmt::Display + fmt::Debug, M: fmt::Debug> {
        #[error("no {0}")]
        #[api_error(code = 404)]
        Missing(Error, std::marker::PhantomData<M>),
        // A path's segment named like a parameter (`Error`) is no parameter.
        #[error("caused")]
        #[api_error(code = 503, other_error)]
        Caused {
            source: std::io::Error,
            marker: std::marker::PhantomData<M>,
        },
    }
}

fn respond_borrowed(name: &str) -> (u16, u16, u16) {
    use actix_web::ResponseError;
    use axum::response::IntoResponse;

    let missing = || Borrowed::<&str, &str>::Missing(name, std::marker::PhantomData);
    let caused = Borrowed::<&str, &str>::Caused {
        source: std::io::Error::other("disk"),
        marker: std::marker::PhantomData,
    };
    (
        missing().into_response().status().as_u16(),
        missing().error_response().status().as_u16(),
        caused.into_response().status().as_u16(),
    )
}

#[test]
fn a_parameter_no_cause_names_may_borrow() {
    let name = String::from("user 7");
    let mut answers = None;
    let events = recorded(Level::INFO, false, || {
        answers = Some(respond_borrowed(&name));
    });
    assert_eq!(answers, Some((404, 404, 503)));
    let logged: Vec<(Option<&str>, Option<&str>)> = events
        .iter()
        .map(|(_, fields)| {
            (
                fields.get("error").map(String::as_str),
                fields.get("source").map(String::as_str),
            )
        })
        .collect();
    assert_eq!(
        logged,
        [
            (Some("no user 7"), None),
            (Some("no user 7"), None),
            (Some("caused"), Some("disk")),
        ]
    );
}

/// How often a [`Costly`]'s text was asked for.
static COSTLY: AtomicUsize = AtomicUsize::new(0);

/// An actix-web error whose own response does not use its text.
#[derive(Debug)]
struct Costly;

impl fmt::Display for Costly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        COSTLY.fetch_add(1, Ordering::SeqCst);
        f.write_str("costly text")
    }
}

impl actix_web::ResponseError for Costly {
    fn status_code(&self) -> actix_web::http::StatusCode {
        actix_web::http::StatusCode::UNPROCESSABLE_ENTITY
    }

    fn error_response(&self) -> actix_web::HttpResponse {
        actix_web::HttpResponse::UnprocessableEntity().finish()
    }
}

/// The contract layer writes an actix-web error's text only for an event
/// that is recorded: a 4xx under a filter at WARN costs no text.
#[test]
fn an_actix_error_s_text_is_written_only_for_a_recorded_event() {
    let handler = || async { Err::<String, Costly>(Costly) };
    let (events, answers) = actix_events(Level::WARN, handler, 2);
    assert!(events.is_empty());
    assert_eq!(COSTLY.load(Ordering::SeqCst), 0);
    let bad_request = (400, r#"{"code":400,"message":"Bad request"}"#.to_owned());
    assert_eq!(answers, [bad_request.clone(), bad_request.clone()]);

    let (events, answers) = actix_events(Level::INFO, handler, 1);
    assert_eq!(COSTLY.load(Ordering::SeqCst), 1);
    assert_eq!(answers, [bad_request]);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].1["error"], "costly text");
    assert_eq!(events[0].1["replaced"], "422");
}

/// An error whose `source()` is itself, with the text it is given.
#[derive(Debug)]
struct Looping(&'static str);

impl fmt::Display for Looping {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for Looping {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self)
    }
}

impl ApiError for Looping {
    type Table = Code;

    fn code(&self) -> Status<Code> {
        Status::internal()
    }
}

/// An error whose `Display` writes until the writer refuses: one byte,
/// then two-byte characters, so that the limit falls inside one.
#[derive(Debug)]
struct Endless;

impl fmt::Display for Endless {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a")?;
        loop {
            f.write_str("é")?;
        }
    }
}

impl std::error::Error for Endless {}

impl ApiError for Endless {
    type Table = Code;

    fn code(&self) -> Status<Code> {
        Status::internal()
    }
}

/// A `source()` chain that loops back on itself, with text or without,
/// and a `Display` that writes without end are recorded as bounded texts
/// (at most 1,024 bytes, cut at a character boundary): the event ends, and
/// so does the response that records it. (Run on a thread, so that a
/// regression fails here instead of hanging the suite.)
#[test]
fn a_looping_chain_or_an_endless_text_is_cut_at_the_limit() {
    let (sent, received) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let events = recorded(Level::ERROR, false, || {
            apicodes::log::record(&Looping("pool poisoned"));
            apicodes::log::record(&Looping(LONG));
            apicodes::log::record(&Looping(""));
            apicodes::log::record(&Endless);
        });
        let _ = sent.send(events);
    });
    let events = received
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("recording the events ends");
    assert_eq!(events.len(), 4);

    // The walk stops after 64 causes...
    let looping = &events[0].1;
    assert_eq!(looping["error"], "pool poisoned");
    assert_eq!(looping["source"], ["pool poisoned"; 64].join(": "));

    // ...or, with longer texts, when the limit is reached.
    let long = &events[1].1;
    let chain = [LONG; 64].join(": ");
    assert_eq!(long["source"], chain[..1024]);

    // Causes that write nothing leave no `source` field.
    let silent = &events[2].1;
    assert_eq!(silent.get("error"), None);
    assert_eq!(silent.get("source"), None);

    // "é" is two bytes: after "a", 511 of them leave one byte, which the
    // next does not fit in.
    assert_eq!(events[3].1["error"], format!("a{}", "é".repeat(511)));
}

/// A request's method, as long as a client likes, is cut to the limit in
/// the event, as its path is.
#[test]
fn a_long_method_is_cut_at_the_limit() {
    use axum::Router;
    use axum::routing::get;
    use tower::ServiceExt as _;

    let method = "X".repeat(5000);
    let path = format!("/{}", "p".repeat(5000));
    let events = recorded(Level::INFO, false, || {
        let app = Router::new()
            .route("/", get(|| async { "home" }))
            .layer(apicodes::axum::ContractLayer::new());
        let request = axum::http::Request::builder()
            .method(method.as_str())
            .uri(path.as_str())
            .body(axum::body::Body::empty())
            .unwrap();
        let res = block_on(app.oneshot(request)).unwrap();
        assert_eq!(res.status(), 404);
    });
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].1["method"], method[..1024]);
    assert_eq!(events[0].1["path"], path[..1024]);
}

/// `future`'s output, run to its end on a runtime of the calling thread
/// (inside [`recorded`], whose subscriber is that thread's).
fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(future)
}

/// A cause's text of 50 bytes: 21 of them, with the separators, pass the
/// limit of 1,024 bytes.
const LONG: &str = "the pool at 10.0.0.9 is poisoned by an earlier use";

/// The table of the contract below: its 404 says something of its own.
#[apicodes::table]
pub enum ShelfCode {
    /// The request is wrong.
    #[code(message = "Unreadable request")]
    Unreadable = 400,
    /// Nothing by that name.
    #[code(message = "Not on the shelf")]
    NotOnTheShelf = 404,
}

/// An error type without `codes = ShelfCode` answers from the standard
/// table; a contract for `ShelfCode` answers it again in its own, and its
/// event says which table the error was made for, at `WARN`: the app's
/// mistake, which a 4xx's `INFO` would hide. The error's own event comes
/// first, from its response.
#[test]
fn an_error_made_for_another_table_is_a_warning() {
    use axum::Router;
    use axum::routing::get;

    #[derive(Debug, thiserror::Error, ApiError, apicodes::axum::IntoResponse)]
    #[error("no book {0}")]
    #[api_error(code = 404, message = "No book {0}")]
    struct NoBook(u32);

    #[derive(Debug, thiserror::Error, ApiError, apicodes::axum::IntoResponse)]
    #[error("no book {0} on the shelf")]
    #[api_error(codes = ShelfCode, code = 404)]
    struct NoShelvedBook(u32);

    let (events, body) =
        shelf_response(Router::new().route("/book", get(|| async { Err::<String, _>(NoBook(7)) })));
    assert_eq!(body, r#"{"code":404,"message":"Not on the shelf"}"#);
    let levels: Vec<_> = events.iter().map(|(level, _)| *level).collect();
    assert_eq!(levels, [Level::INFO, Level::WARN]);
    assert_eq!(events[0].1.get("made_for"), None);
    assert_eq!(events[1].1["made_for"], "Code");
    assert_eq!(events[1].1["replaced"], "404");
    // An error made for the layer's own table passes as made: its own
    // event alone, with no `made_for`.
    let (events, body) = shelf_response(Router::new().route(
        "/book",
        get(|| async { Err::<String, _>(NoShelvedBook(7)) }),
    ));
    assert_eq!(body, r#"{"code":404,"message":"Not on the shelf"}"#);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].0, Level::INFO);
    assert_eq!(events[0].1["variant"], "NoShelvedBook");
    assert_eq!(events[0].1.get("made_for"), None);
}

/// One `GET /book` of `router` behind `ContractLayer::<ShelfCode>`, under
/// [`recorded`] at `INFO`: the events, and the body sent.
fn shelf_response(router: axum::Router) -> (Vec<Recorded>, axum::body::Bytes) {
    use tower::ServiceExt as _;

    let mut body = None;
    let events = recorded(Level::INFO, false, || {
        let app = router.layer(apicodes::axum::ContractLayer::<ShelfCode>::for_table());
        let request = axum::http::Request::get("/book")
            .body(axum::body::Body::empty())
            .unwrap();
        body = Some(block_on(async {
            let res = app.oneshot(request).await.unwrap();
            axum::body::to_bytes(res.into_body(), usize::MAX)
                .await
                .unwrap()
        }));
    });
    (events, body.unwrap())
}

/// An error of the standard table, for the contracts for `ShelfCode`.
#[derive(Debug, thiserror::Error, ApiError, apicodes::actix::ResponseError)]
#[error("no shelf {0}")]
#[api_error(code = 404, message = "No shelf {0}")]
struct NoShelf(u32);

/// One `GET /` of the actix-web `App` given, behind
/// `Contract::<ShelfCode>::for_table()`, under [`recorded`] at `INFO`: the
/// events, whether the service failed (an inner middleware's error, which
/// actix-web renders) rather than answered, and the status and body sent.
macro_rules! shelf_answer {
    ($app:expr) => {{
        let mut answer = None;
        let events = recorded(Level::INFO, false, || {
            answer = Some(crate::wire::actix_get!(
                $app.wrap(apicodes::actix::Contract::<ShelfCode>::for_table()),
                "/",
            ));
        });
        let (failed, status, _, body) = answer.unwrap();
        (events, failed, status, body)
    }};
}

/// [`shelf_answer!`] of `error` returned both ways, each with whether it
/// came from the middleware: by an inner middleware (which actix-web
/// renders), and by the handler.
macro_rules! shelf_answers {
    ($error:expr) => {
        [
            (
                shelf_answer!(
                    actix_web::App::new()
                        .route("/", actix_web::web::get().to(|| async { "on the shelf" }))
                        .wrap_fn(|_, _| async {
                            Err::<actix_web::dev::ServiceResponse, _>($error.into())
                        })
                ),
                true,
            ),
            (
                shelf_answer!(actix_web::App::new().route(
                    "/",
                    actix_web::web::get().to(|| async { Err::<String, _>($error) })
                )),
                false,
            ),
        ]
    };
}

/// An inner middleware's (or handler's) redirect made of another table's
/// error response, with a `content-type` of its own.
fn redirect_made_of_another_tables_error() -> actix_web::error::InternalError<&'static str> {
    let mut res = actix_web::ResponseError::error_response(&NoShelf(7));
    *res.status_mut() = actix_web::http::StatusCode::SEE_OTHER;
    res.headers_mut().insert(
        actix_web::http::header::CONTENT_TYPE,
        actix_web::http::header::HeaderValue::from_static("text/html"),
    );
    actix_web::error::InternalError::from_response("sign in", res)
}

/// The same in actix-web, for a handler's error and an inner middleware's.
#[test]
fn an_actix_error_made_for_another_table_is_a_warning() {
    for ((events, failed, status, body), by_middleware) in shelf_answers!(NoShelf(7)) {
        assert_eq!(failed, by_middleware);
        assert_eq!(status, 404);
        assert_eq!(body, r#"{"code":404,"message":"Not on the shelf"}"#);
        let levels: Vec<_> = events.iter().map(|(level, _)| *level).collect();
        assert_eq!(levels, [Level::INFO, Level::WARN]);
        assert_eq!(events[1].1["made_for"], "Code");
    }
}

/// An actix-web error of a status the table does not document, whether an
/// inner middleware's (which actix-web renders) or a handler's, is
/// answered with the table's 400, and its event names the status it
/// replaced.
#[test]
fn an_actix_error_of_an_undocumented_status_names_the_status_it_replaced() {
    for ((events, failed, status, body), by_middleware) in
        shelf_answers!(actix_web::error::ErrorImATeapot("brewing"))
    {
        assert_eq!(failed, by_middleware);
        assert_eq!(status, 400);
        assert_eq!(body, r#"{"code":400,"message":"Unreadable request"}"#);
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(events[0].1["code"], "400");
        assert_eq!(events[0].1["replaced"], "418");
        assert_eq!(events[0].1["error"], "brewing");
    }
}

/// An actix-web answer the contract passes on (a redirect made of another
/// table's error response, by an inner middleware or a handler) is none
/// it answers again: no `made_for`, no warning.
#[test]
fn an_actix_answer_passed_on_carries_no_made_for() {
    for ((events, failed, status, _), by_middleware) in
        shelf_answers!(redirect_made_of_another_tables_error())
    {
        assert_eq!(failed, by_middleware);
        assert_eq!(status, 303);
        assert!(
            events
                .iter()
                .all(|(level, fields)| *level == Level::INFO && !fields.contains_key("made_for")),
            "{events:?}"
        );
    }
}

/// The one event `request` records, run on an app of either framework
/// under [`recorded`] at `INFO`.
fn one_event(request: impl FnOnce()) -> Recorded {
    let mut events = recorded(Level::INFO, false, request);
    assert_eq!(events.len(), 1, "{events:?}");
    events.remove(0)
}

/// An event's fields, from `(name, value)` pairs.
fn fields_of(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|&(name, value)| (name.to_owned(), value.to_owned()))
        .collect()
}

/// The one event of one `GET` of `uri` from the axum `router` behind the
/// contract, and the status sent.
fn axum_event(router: axum::Router, uri: &str) -> (Recorded, u16) {
    use tower::ServiceExt as _;

    let app = router.layer(apicodes::axum::ContractLayer::new());
    let request = axum::http::Request::get(uri)
        .body(axum::body::Body::empty())
        .unwrap();
    let mut status = 0;
    let event = one_event(|| status = block_on(app.oneshot(request)).unwrap().status().as_u16());
    (event, status)
}

/// The one event of one `GET` of `path` from the actix-web `App` given
/// behind the contract, whether the service failed (an inner middleware's
/// error) rather than answered, and the status sent.
macro_rules! actix_event {
    ($app:expr, $path:expr) => {{
        let mut answer = None;
        let event = one_event(|| {
            answer = Some(crate::wire::actix_get!(
                $app.wrap(apicodes::actix::Contract::new()),
                $path
            ));
        });
        let (failed, status, _, _) = answer.unwrap();
        (event, failed, status)
    }};
}

/// A handler's panic with a literal message (`panic!("...")`, whose
/// payload is a `&'static str`) is recorded with that message, as a
/// formatted one is, and as a panic.
#[test]
fn a_panic_s_literal_message_is_its_event_s_error() {
    use actix_web::{App, HttpResponse, web};
    use axum::routing::get;

    async fn axum_ledger() -> String {
        panic!("stock ledger out of balance")
    }
    async fn actix_ledger() -> HttpResponse {
        panic!("stock ledger out of balance")
    }
    let expected = (
        Level::ERROR,
        fields_of(&[
            ("code", "500"),
            ("error", "stock ledger out of balance"),
            ("message", "error response"),
            ("method", "GET"),
            ("path", "/ledger"),
            ("panic", "true"),
        ]),
    );
    let router = axum::Router::new().route("/ledger", get(axum_ledger));
    assert_eq!(axum_event(router, "/ledger"), (expected.clone(), 500));
    let app = App::new().route("/ledger", web::get().to(actix_ledger));
    assert_eq!(actix_event!(app, "/ledger"), (expected, true, 500));
}

/// A handler's answer of a status the table does not document, replaced
/// by the documented 400, is recorded with the text its body said, the
/// status it replaced and the request's path without the query; and with
/// no `panic`, as it is no bug of the server's.
#[test]
fn a_replaced_answer_s_event_has_its_text_its_path_and_no_panic() {
    use actix_web::{App, HttpResponse, web};
    use axum::http::StatusCode;
    use axum::routing::get;

    let expected = (
        Level::INFO,
        fields_of(&[
            ("code", "400"),
            ("error", "seat 12 taken"),
            ("message", "error response"),
            ("method", "GET"),
            ("path", "/seats"),
            ("replaced", "409"),
        ]),
    );
    let router = axum::Router::new().route(
        "/seats",
        get(|| async { (StatusCode::CONFLICT, "seat 12 taken") }),
    );
    assert_eq!(
        axum_event(router, "/seats?token=s3cret"),
        (expected.clone(), 400)
    );
    let app = App::new().route(
        "/seats",
        web::get().to(|| async { HttpResponse::Conflict().body("seat 12 taken") }),
    );
    assert_eq!(
        actix_event!(app, "/seats?token=s3cret"),
        (expected, false, 400)
    );
}

/// A body of unknown size (a stream) that a contract replaces is never
/// awaited, nor read for the log, even when it is ready: its event says
/// so.
#[test]
fn a_replaced_streamed_body_is_logged_unread() {
    use actix_web::{App, HttpResponse, web};
    use axum::http::StatusCode;
    use axum::response::IntoResponse as _;
    use axum::routing::get;
    use core::pin::Pin;
    use core::task::{Context, Poll};

    /// A body of one chunk, ready at once, whose size is not known.
    struct Streamed(Option<&'static str>);

    impl http_body::Body for Streamed {
        type Data = axum::body::Bytes;
        type Error = core::convert::Infallible;

        fn poll_frame(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
        ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
            Poll::Ready(
                self.0
                    .take()
                    .map(|text| Ok(http_body::Frame::data(text.into()))),
            )
        }
    }

    impl actix_web::body::MessageBody for Streamed {
        type Error = core::convert::Infallible;

        fn size(&self) -> actix_web::body::BodySize {
            actix_web::body::BodySize::Stream
        }

        fn poll_next(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
        ) -> Poll<Option<Result<actix_web::web::Bytes, Self::Error>>> {
            Poll::Ready(self.0.take().map(|text| Ok(text.into())))
        }
    }

    let expected = (
        Level::INFO,
        fields_of(&[
            ("code", "400"),
            ("error", "(a streamed or large body, not read)"),
            ("message", "error response"),
            ("method", "GET"),
            ("path", "/seats"),
            ("replaced", "409"),
        ]),
    );
    let router = axum::Router::new().route(
        "/seats",
        get(|| async {
            (
                StatusCode::CONFLICT,
                [("content-type", "text/plain")],
                axum::body::Body::new(Streamed(Some("seat 12 taken"))),
            )
                .into_response()
        }),
    );
    assert_eq!(axum_event(router, "/seats"), (expected.clone(), 400));
    let app = App::new().route(
        "/seats",
        web::get().to(|| async {
            HttpResponse::Conflict()
                .content_type("text/plain")
                .body(Streamed(Some("seat 12 taken")))
        }),
    );
    assert_eq!(actix_event!(app, "/seats"), (expected, false, 400));
}

/// A method no route takes, which actix-web's default service
/// (`apicodes::actix::not_found`) answers with the documented 400, is
/// recorded with what happened, in words, as an unknown path is.
#[test]
fn an_actix_method_no_route_takes_is_logged_as_such() {
    use actix_web::{App, test, web};

    let event = one_event(|| {
        actix_web::rt::System::new().block_on(async {
            let app = test::init_service(
                App::new()
                    .route("/seats", web::get().to(|| async { "12, 14" }))
                    .default_service(web::to(apicodes::actix::not_found))
                    .wrap(apicodes::actix::Contract::new()),
            )
            .await;
            let req = test::TestRequest::delete().uri("/seats").to_request();
            assert_eq!(test::call_service(&app, req).await.status(), 400);
        });
    });
    let expected = fields_of(&[
        ("code", "400"),
        (
            "error",
            "no route takes this method (or a guard declined the request)",
        ),
        ("message", "error response"),
        ("method", "DELETE"),
        ("path", "/seats"),
    ]);
    assert_eq!(event, (Level::INFO, expected));
}

/// An inner middleware's error the contract passes on with its own status
/// (a redirect to sign in) is recorded at that status, with no `replaced`:
/// nothing was replaced.
#[test]
fn an_actix_middleware_s_redirect_passed_on_names_no_replaced_status() {
    use actix_web::http::StatusCode;
    use actix_web::{App, web};

    let app = App::new()
        .route("/", web::get().to(|| async { "on the shelf" }))
        .wrap_fn(|_, _| async {
            Err::<actix_web::dev::ServiceResponse, _>(
                actix_web::error::InternalError::new("sign in first", StatusCode::SEE_OTHER).into(),
            )
        });
    let expected = fields_of(&[
        ("code", "303"),
        ("error", "sign in first"),
        ("message", "error response"),
        ("method", "GET"),
        ("path", "/"),
    ]);
    assert_eq!(actix_event!(app, "/"), ((Level::INFO, expected), true, 303));
}
