//! Classifies canned HTTP responses the way a client of the API would, and
//! explains each: `cargo run -p apicodes-integration --example client`.
//!
//! With a real client, pass the status and the body bytes, e.g. with reqwest:
//! `classify(res.status().as_u16(), &res.bytes().await?)`.

use apicodes::client::{Classified, classify};

/// A response as it arrived: where it came from, its status, its body.
const RESPONSES: &[(&str, u16, &[u8])] = &[
    (
        "the documentation's own 404 example, spaces and all",
        404,
        br#"{ "code": 404, "message": "Not found"}"#,
    ),
    (
        "a 507 with the API's own message and an extra field",
        507,
        br#"{"code":507,"message":"Attribute limit 20 reached","limit":20}"#,
    ),
    ("a deleted account", 204, b""),
    (
        "an HTML page from a proxy during an outage",
        502,
        b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n\
          <body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body>\r\n\
          </html>\r\n",
    ),
    ("a load balancer's empty 503", 503, b""),
    (
        "a proxy's HTML 404 page: a documented status, but not from the API",
        404,
        b"<!DOCTYPE html><title>Not Found</title>",
    ),
    (
        "JSON from some other service",
        400,
        br#"{"error":"invalid_request","error_description":"missing id"}"#,
    ),
    (
        "a status rewritten on the way",
        429,
        br#"{"code":404,"message":"Not found"}"#,
    ),
];

fn main() {
    for &(origin, status, body) in RESPONSES {
        println!("{status} {}", preview(body));
        println!("  ({origin})");
        match classify(status, body) {
            Classified::Documented { code, body } => {
                println!(
                    "  documented: {code} ({}); message: {:?}",
                    code.title(),
                    body.message
                );
                println!("  meaning: {}", code.description());
            }
            Classified::NoContent { code } => {
                println!("  documented: {code} with no body, as HTTP requires");
                println!("  meaning: {}", code.description());
            }
            Classified::Other(other) => {
                println!("  not a documented response: {}", other.reason());
                if let Some(body) = other.body() {
                    println!("  its body was still readable: {body}");
                }
            }
        }
        println!();
    }
}

/// The body on one line, cut at 70 characters.
fn preview(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(70) {
        Some((cut, _)) => format!("{}...", &line[..cut]),
        None if line.is_empty() => "(empty body)".to_owned(),
        None => line,
    }
}
