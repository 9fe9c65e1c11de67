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

/// A database failure over a cause of any type, bounded on the type as
/// written in each case below.
macro_rules! generic_outage {
    ($name:ident <$param:ident $(: $($bound:path),+)?>) => {
        #[derive(
            Debug,
            thiserror::Error,
            apicodes::ApiError,
            apicodes::axum::IntoResponse,
            apicodes::actix::ResponseError
        )]
        enum $name<$param $(: $($bound +)+)?> {
            #[error("db failed: {0}")]
            #[api_error(code = 503, other_error)]
            Db($param),
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
