//! A raw HTTP/1.1 client for the tests: it shows the status line, the
//! headers and the body exactly as the server sent them (and reads answers
//! a server sends before it has read the whole request), where an HTTP
//! client library would normalise them. Shared by several test binaries,
//! each of which uses part of it.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::io::{self, Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::thread;
use std::time::Duration;

/// A request, written on the wire as it is, with `Connection: close`.
pub struct Request {
    pub method: &'static str,
    pub target: String,
    pub content_type: Option<&'static str>,
    /// Other headers, written after `Content-Type`.
    pub headers: Vec<(&'static str, &'static str)>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn new(method: &'static str, target: &str) -> Request {
        Request {
            method,
            target: target.to_owned(),
            content_type: None,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    pub fn with_header(mut self, name: &'static str, value: &'static str) -> Request {
        self.headers.push((name, value));
        self
    }

    pub fn with_body(mut self, content_type: Option<&'static str>, body: &[u8]) -> Request {
        self.content_type = content_type;
        self.body = body.to_vec();
        self
    }

    /// The bytes sent: request line, headers, body.
    fn head(&self, addr: SocketAddr) -> Vec<u8> {
        let mut head = format!(
            "{} {} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n",
            self.method, self.target
        );
        if let Some(content_type) = self.content_type {
            let _ = write!(head, "Content-Type: {content_type}\r\n");
        }
        for (name, value) in &self.headers {
            let _ = write!(head, "{name}: {value}\r\n");
        }
        if !self.body.is_empty() || self.method == "POST" {
            let _ = write!(head, "Content-Length: {}\r\n", self.body.len());
        }
        head.push_str("\r\n");
        head.into_bytes()
    }

    /// `METHOD target`, shortened for messages.
    pub fn describe(&self) -> String {
        let target = if self.target.len() > 80 {
            format!("{}...({} bytes)", &self.target[..40], self.target.len())
        } else {
            self.target.clone()
        };
        format!("{} {target}", self.method)
    }
}

/// The bytes that came back, and what went wrong on the way.
pub struct Sent {
    pub raw: Vec<u8>,
    pub read_error: Option<io::Error>,
    pub write_error: Option<io::Error>,
}

/// Writes `request` (from another thread, so that an answer sent before
/// the whole body was read is read at once) and reads to EOF.
pub fn send(addr: SocketAddr, request: &Request) -> Sent {
    let mut stream = TcpStream::connect(addr).expect("connect to the test server");
    let timeout = Some(Duration::from_secs(60));
    stream
        .set_read_timeout(timeout)
        .expect("set a read timeout");
    stream
        .set_write_timeout(timeout)
        .expect("set a write timeout");
    let mut writer = stream.try_clone().expect("clone the socket for writing");
    let mut bytes = request.head(addr);
    bytes.extend_from_slice(&request.body);
    let written = thread::spawn(move || writer.write_all(&bytes).and_then(|()| writer.flush()));
    let mut raw = Vec::new();
    let mut buf = [0_u8; 16 * 1024];
    let read_error = loop {
        match stream.read(&mut buf) {
            Ok(0) => break None,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => break Some(err),
        }
    };
    // The server may stop reading a body it refused: unblock the writer.
    let _ = stream.shutdown(std::net::Shutdown::Both);
    let write_error = written.join().expect("the writer thread panicked").err();
    Sent {
        raw,
        read_error,
        write_error,
    }
}

/// `send`, then `Response::parse`, panicking with context.
pub fn fetch(addr: SocketAddr, request: &Request) -> Response {
    let sent = send(addr, request);
    Response::parse(&sent).unwrap_or_else(|why| panic!("{}: {why}", request.describe()))
}

/// An answer as it came over the wire.
#[derive(Debug)]
pub struct Response {
    pub raw: Vec<u8>,
    pub status: u16,
    /// Names lowercased, in the order sent.
    pub headers: Vec<(String, String)>,
    /// After the headers; de-chunked when sent chunked.
    pub body: Vec<u8>,
    pub chunked: bool,
}

impl Response {
    pub fn parse(sent: &Sent) -> Result<Response, String> {
        let raw = &sent.raw;
        let context = || {
            format!(
                "read error: {:?}, write error: {:?}, {} bytes: {:?}",
                sent.read_error,
                sent.write_error,
                raw.len(),
                String::from_utf8_lossy(&raw[..raw.len().min(2048)])
            )
        };
        let end = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .ok_or_else(|| format!("no complete header block; {}", context()))?;
        let head = std::str::from_utf8(&raw[..end])
            .map_err(|err| format!("headers are not UTF-8 ({err}); {}", context()))?;
        let mut lines = head.split("\r\n");
        let status_line = lines.next().unwrap_or_default();
        let mut parts = status_line.splitn(3, ' ');
        let version = parts.next().unwrap_or_default();
        if version != "HTTP/1.1" && version != "HTTP/1.0" {
            return Err(format!("bad status line {status_line:?}; {}", context()));
        }
        let status = parts
            .next()
            .and_then(|code| code.parse().ok())
            .ok_or_else(|| format!("bad status line {status_line:?}; {}", context()))?;
        let mut headers = Vec::new();
        for line in lines {
            let (name, value) = line
                .split_once(':')
                .ok_or_else(|| format!("bad header line {line:?}; {}", context()))?;
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
        let rest = &raw[end + 4..];
        let chunked = headers.iter().any(|(name, value)| {
            name == "transfer-encoding" && value.to_ascii_lowercase().contains("chunked")
        });
        let body = if chunked {
            dechunk(rest).ok_or_else(|| format!("bad chunked body; {}", context()))?
        } else {
            rest.to_vec()
        };
        Ok(Response {
            raw: raw.clone(),
            status,
            headers,
            body,
            chunked,
        })
    }

    /// Every value of header `name` (lowercase), in order.
    pub fn header_all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The value of header `name`, which must not be sent twice.
    pub fn header(&self, name: &str) -> Option<&str> {
        let all = self.header_all(name);
        assert!(
            all.len() <= 1,
            "header {name} sent {} times: {all:?}",
            all.len()
        );
        all.first().copied()
    }

    /// The raw answer as text, shortened, for messages.
    pub fn show(&self) -> String {
        let text = String::from_utf8_lossy(&self.raw);
        if text.len() > 2048 {
            let mut end = 2048;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            format!("{}... ({} bytes)", &text[..end], self.raw.len())
        } else {
            text.into_owned()
        }
    }
}

fn dechunk(mut rest: &[u8]) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line_end = rest.windows(2).position(|w| w == b"\r\n")?;
        let size = std::str::from_utf8(&rest[..line_end]).ok()?;
        let size = usize::from_str_radix(size.split(';').next()?.trim(), 16).ok()?;
        rest = &rest[line_end + 2..];
        if size == 0 {
            return Some(body);
        }
        body.extend_from_slice(rest.get(..size)?);
        rest = rest.get(size + 2..)?;
    }
}

/// One `GET` of `path` from the actix-web `App` given (its middleware
/// already wrapped), in process: whether the service failed (an inner
/// middleware's error, which actix-web renders) rather than answered, and
/// the status, the headers and the body sent.
#[allow(unused_macros)]
macro_rules! actix_get {
    ($app:expr, $path:expr $(,)?) => {
        actix_web::rt::System::new().block_on(async {
            let app = actix_web::test::init_service($app).await;
            let req = actix_web::test::TestRequest::get().uri($path).to_request();
            let (failed, res) = match actix_web::test::try_call_service(&app, req).await {
                Ok(res) => (false, res.into_parts().1.map_into_boxed_body()),
                Err(error) => (true, error.error_response()),
            };
            let (status, headers) = (res.status().as_u16(), res.headers().clone());
            let body = actix_web::body::to_bytes(res.into_body())
                .await
                .expect("an in-process body reads");
            (failed, status, headers, body)
        })
    };
}
#[allow(unused_imports)]
pub(crate) use actix_get;
