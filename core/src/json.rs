//! Core's JSON writer: the compact body, escaped per RFC 8259 byte for byte as
//! `serde_json` writes it, without a general serializer in the way.
//!
//! ```
//! let mut out = String::new();
//! apicodes::json::write_body(&mut out, 400, "Bad \"id\"\n");
//! assert_eq!(out, r#"{"code":400,"message":"Bad \"id\"\n"}"#);
//! ```

use core::fmt;

use alloc::string::String;

const HEX: &[u8; 16] = b"0123456789abcdef";

/// For each byte, the character written after a backslash, or 0 for a byte
/// written as is. `u` means `\u00XX`.
static ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b'u';
        b += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0a] = b'n';
    table[0x0c] = b'f';
    table[0x0d] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

/// Appends the compact body `{"code":N,"message":"..."}` to `out`.
///
/// ```
/// let mut out = String::new();
/// apicodes::json::write_body(&mut out, 404, "Not found");
/// assert_eq!(out, r#"{"code":404,"message":"Not found"}"#);
/// ```
pub fn write_body(out: &mut String, code: u16, message: &str) {
    out.reserve(message.len() + 28);
    write_body_start(out, code);
    escape_into(out, message);
    out.push_str(BODY_END);
}

/// Appends the body up to its message's text, `{"code":N,"message":"`:
/// what [`write_body`] writes before the escaped message, for a message
/// written in pieces, which [`BODY_END`] then closes.
///
/// ```
/// use apicodes::json;
///
/// let mut out = String::new();
/// json::write_body_start(&mut out, 429);
/// json::escape_into(&mut out, "Slow down");
/// out.push_str(json::BODY_END);
/// assert_eq!(out, r#"{"code":429,"message":"Slow down"}"#);
/// ```
pub fn write_body_start(out: &mut String, code: u16) {
    out.push_str("{\"code\":");
    write_u16(out, code);
    out.push_str(",\"message\":\"");
}

/// What closes a body after its message's text: `"}`.
///
/// ```
/// assert_eq!(apicodes::json::BODY_END, "\"}");
/// ```
pub const BODY_END: &str = "\"}";

/// Appends `s` escaped for the inside of a JSON string (without the quotes).
///
/// Quotes, backslashes and control characters are escaped as `serde_json`
/// escapes them (`\n`, `\u001f`, ...); everything else, non-ASCII included,
/// is copied as UTF-8.
///
/// ```
/// let mut out = String::new();
/// apicodes::json::escape_into(&mut out, "tab\there, \"é\"");
/// assert_eq!(out, r#"tab\there, \"é\""#);
/// ```
#[inline]
pub fn escape_into(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    // Most text needs no escaping: one scan, then one copy.
    if !needs_escape(s) {
        out.push_str(s);
        return;
    }
    let mut start = 0;
    for (i, &byte) in bytes.iter().enumerate() {
        let escape = ESCAPE[byte as usize];
        if escape == 0 {
            continue;
        }
        // Every escaped byte is ASCII, so `start` and `i` are char boundaries.
        out.push_str(&s[start..i]);
        if escape == b'u' {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        } else {
            out.push('\\');
            out.push(char::from(escape));
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
}

/// Whether [`escape_into`] would change `s`.
///
/// ```
/// assert!(!apicodes::json::needs_escape("Not found"));
/// assert!(apicodes::json::needs_escape("say \"hi\""));
/// ```
#[must_use]
#[inline]
pub const fn needs_escape(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if ESCAPE[bytes[i] as usize] != 0 {
            return true;
        }
        i += 1;
    }
    false
}

/// Appends the decimal digits of `n`.
///
/// ```
/// let mut out = String::new();
/// apicodes::json::write_u16(&mut out, 507);
/// assert_eq!(out, "507");
/// ```
pub fn write_u16(out: &mut String, n: u16) {
    write_u64(out, u64::from(n));
}

/// Two decimal digits for each number below 100, `00` to `99`: the integer
/// writers push digits two at a time.
const PAIRS: &str = "0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849\
                     5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

/// Appends the decimal digits of `n`, as `Display` writes them, without
/// going through `core::fmt`.
///
/// ```
/// let mut out = String::new();
/// apicodes::json::write_u64(&mut out, 18_446_744_073_709_551_615);
/// assert_eq!(out, "18446744073709551615");
/// ```
#[inline]
pub fn write_u64(out: &mut String, n: u64) {
    // The pairs of digits below the highest one or two, lowest first.
    let mut pairs = [0u8; 10];
    let (high, count) = split(&mut pairs, n);
    // Pushed as `str`s of one or two digits: no per-character encoding,
    // and no UTF-8 check of digits known to be ASCII.
    // (Each slice of a length known at compile time, which is copied
    // without a call to `memcpy`.)
    let high = 2 * usize::from(high);
    if high >= 20 {
        out.push_str(&PAIRS[high..high + 2]);
    } else {
        out.push_str(&PAIRS[high + 1..high + 2]);
    }
    for &pair in pairs[..count].iter().rev() {
        let pair = 2 * usize::from(pair);
        out.push_str(&PAIRS[pair..pair + 2]);
    }
}

/// Splits `n` into its highest one or two digits (below 100) and, in
/// `pairs`, the pairs of digits below them, lowest first; returns the
/// highest digits and the number of pairs.
#[inline]
fn split(pairs: &mut [u8; 10], mut n: u64) -> (u8, usize) {
    let mut count = 0;
    // Dividing a `u64` until the rest fits 32 bits, and then a `u32`,
    // which is cheaper: most numbers a message shows fit from the start.
    let mut n = loop {
        if let Ok(n) = u32::try_from(n) {
            break n;
        }
        // Below 100, so the cast cannot truncate.
        #[allow(clippy::cast_possible_truncation)]
        {
            pairs[count] = (n % 100) as u8;
        }
        n /= 100;
        count += 1;
    };
    while n >= 100 {
        // Below 100, so the cast cannot truncate.
        #[allow(clippy::cast_possible_truncation)]
        {
            pairs[count] = (n % 100) as u8;
        }
        n /= 100;
        count += 1;
    }
    // Below 100, so the cast cannot truncate.
    #[allow(clippy::cast_possible_truncation)]
    (n as u8, count)
}

/// Appends the decimal digits of `n`, with a `-` when negative, as
/// `Display` writes them.
///
/// ```
/// let mut out = String::new();
/// apicodes::json::write_i64(&mut out, i64::MIN);
/// assert_eq!(out, "-9223372036854775808");
/// ```
pub fn write_i64(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    write_u64(out, n.unsigned_abs());
}

/// A [`fmt::Write`] that escapes everything written through it into a
/// `String`, so a value's `Display` output lands in a JSON string with no
/// intermediate allocation.
///
/// ```
/// use core::fmt::Write;
/// use apicodes::json::EscapingWriter;
///
/// let mut out = String::from("\"");
/// write!(EscapingWriter::new(&mut out), "{} \"{}\"", 3, "x\\y").unwrap();
/// out.push('"');
/// assert_eq!(out, r#""3 \"x\\y\"""#);
/// ```
#[derive(Debug)]
pub struct EscapingWriter<'a> {
    out: &'a mut String,
}

impl<'a> EscapingWriter<'a> {
    /// A writer appending to `out`.
    ///
    /// ```
    /// use std::fmt::Write as _;
    ///
    /// let mut out = String::from("Plan: ");
    /// apicodes::json::EscapingWriter::new(&mut out).write_str("\"pro\"\n").unwrap();
    /// assert_eq!(out, r#"Plan: \"pro\"\n"#);
    /// ```
    pub fn new(out: &'a mut String) -> Self {
        EscapingWriter { out }
    }
}

impl fmt::Write for EscapingWriter<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        escape_into(self.out, s);
        Ok(())
    }
}

/// Appends formatted text escaped for a JSON string; what derived types call
/// for each interpolated field.
///
/// ```
/// let mut out = String::new();
/// apicodes::json::escape_fmt_into(&mut out, format_args!("{:>4}|{}", 7, '"'));
/// assert_eq!(out, r#"   7|\""#);
/// ```
pub fn escape_fmt_into(out: &mut String, args: fmt::Arguments<'_>) {
    if let Some(s) = args.as_str() {
        escape_into(out, s);
    } else {
        // Writing into a `String` cannot fail; an error can only come from a
        // `Display` impl; its partial output is kept rather than panicking.
        let _ = fmt::Write::write_fmt(&mut EscapingWriter::new(out), args);
    }
}
