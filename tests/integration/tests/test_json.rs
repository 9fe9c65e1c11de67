//! Core's JSON writer, held byte-equal to `serde_json`.

use std::fmt::Write as _;

use apicodes::Body;
use apicodes::json::{self, EscapingWriter};
use proptest::prelude::*;
use serde::Serialize;

/// What a user would write by hand: the body as a derived struct.
#[derive(Serialize)]
struct Reference<'a> {
    code: u16,
    message: &'a str,
}

fn reference(code: u16, message: &str) -> String {
    serde_json::to_string(&Reference { code, message }).unwrap()
}

fn ours(code: u16, message: &str) -> String {
    let mut out = String::new();
    json::write_body(&mut out, code, message);
    out
}

/// Characters weighted towards the ones JSON must escape.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        any::<char>(),
        (0u8..0x20).prop_map(char::from),
        Just('"'),
        Just('\\'),
        Just('/'),
        Just('\u{7f}'),
        Just('\u{2028}'),
        Just('é'),
        Just('😀'),
    ]
}

fn tricky_string() -> impl Strategy<Value = String> {
    proptest::collection::vec(tricky_char(), 0..48).prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn writer_is_byte_equal_to_serde_json(code in any::<u16>(), message in tricky_string()) {
        let written = ours(code, &message);
        prop_assert_eq!(&written, &reference(code, &message));
        prop_assert_eq!(&Body::new(code, message.as_str()).to_json(), &written);
        prop_assert_eq!(&serde_json::to_string(&Body::new(code, message.as_str())).unwrap(), &written);

        let parsed: Body<'_> = serde_json::from_str(&written).unwrap();
        prop_assert_eq!(parsed.code, code);
        prop_assert_eq!(parsed.message, message);
    }

    #[test]
    fn escaping_writer_matches_escape_into(parts in proptest::collection::vec(tricky_string(), 0..4)) {
        let mut through_writer = String::new();
        let mut writer = EscapingWriter::new(&mut through_writer);
        for part in &parts {
            writer.write_str(part).unwrap();
        }
        let mut direct = String::new();
        json::escape_into(&mut direct, &parts.concat());
        prop_assert_eq!(through_writer, direct);
    }
}

#[test]
fn every_control_character_is_escaped_as_serde_json_does() {
    for byte in 0u8..=0x7f {
        let message = char::from(byte).to_string();
        assert_eq!(
            ours(400, &message),
            reference(400, &message),
            "byte {byte:#04x}"
        );
    }
    assert_eq!(ours(400, "\u{1f}"), r#"{"code":400,"message":"\u001f"}"#);
    assert_eq!(
        ours(400, "\n\r\t\u{8}\u{c}"),
        r#"{"code":400,"message":"\n\r\t\b\f"}"#
    );
    assert_eq!(ours(400, "\"\\/"), r#"{"code":400,"message":"\"\\/"}"#);
    assert_eq!(
        ours(400, "é😀\u{2028}"),
        "{\"code\":400,\"message\":\"é😀\u{2028}\"}"
    );
}

#[test]
fn numbers_are_written_in_decimal() {
    for n in 0..=u16::MAX {
        let mut out = String::new();
        json::write_u16(&mut out, n);
        assert_eq!(out, n.to_string());
    }
}

#[test]
fn escape_fmt_into_escapes_formatted_output() {
    let mut out = String::new();
    json::escape_fmt_into(&mut out, format_args!("{:?} {:>3}", "a\"b", 7));
    assert_eq!(out, r#"\"a\\\"b\"   7"#);
    let mut plain = String::new();
    json::escape_fmt_into(&mut plain, format_args!("no \"args\""));
    assert_eq!(plain, r#"no \"args\""#);
    let mut debug = String::new();
    let nul = '\u{0}';
    write!(EscapingWriter::new(&mut debug), "{nul}").unwrap();
    assert_eq!(debug, r"\u0000");
}

#[test]
fn needs_escape_agrees_with_escape_into() {
    for byte in 0u8..=0x7f {
        let s = char::from(byte).to_string();
        let mut escaped = String::new();
        json::escape_into(&mut escaped, &s);
        assert_eq!(json::needs_escape(&s), escaped != s, "byte {byte:#04x}");
    }
}

/// The integer writers write what `Display` writes, at every length and
/// across the 32-bit boundary, where they change paths.
#[test]
fn integers_are_written_as_display_writes_them() {
    let mut edges: Vec<u64> = (0..=10_000).collect();
    let mut power = 1_u64;
    while let Some(next) = power.checked_mul(10) {
        edges.extend([power - 1, power, power + 1]);
        power = next;
    }
    let max32 = u64::from(u32::MAX);
    edges.extend([max32 - 1, max32, max32 + 1, u64::MAX - 1, u64::MAX]);
    // Pairs of zeros on either side of the 32-bit boundary, and a lone
    // highest digit above it.
    edges.extend([
        5_000_000_000,
        100_000_000_007,
        429_496_730_001,
        12_345_678_901_234_567_890,
    ]);
    for n in edges {
        let mut out = String::from("[");
        json::write_u64(&mut out, n);
        assert_eq!(out, format!("[{n}"));
        for signed in [
            i64::try_from(n).unwrap_or(i64::MAX),
            -i64::try_from(n).unwrap_or(i64::MAX),
        ] {
            let mut out = String::new();
            json::write_i64(&mut out, signed);
            assert_eq!(out, signed.to_string());
        }
    }
    let mut out = String::new();
    json::write_i64(&mut out, i64::MIN);
    assert_eq!(out, i64::MIN.to_string());
}

proptest! {
    #[test]
    fn any_integer_is_written_as_display_writes_it(unsigned: u64, signed: i64) {
        let mut out = String::new();
        json::write_u64(&mut out, unsigned);
        prop_assert_eq!(&out, &unsigned.to_string());
        out.clear();
        json::write_i64(&mut out, signed);
        prop_assert_eq!(out, signed.to_string());
    }
}
