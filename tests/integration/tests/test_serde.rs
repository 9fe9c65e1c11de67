//! Serde: `Code` as its number, `Body` as the documented object.

use std::borrow::Cow;

use apicodes::{Body, Code};

#[test]
fn code_is_its_number() {
    for &code in Code::ALL {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, code.as_u16().to_string());
        assert_eq!(serde_json::from_str::<Code>(&json).unwrap(), code);
    }
}

#[test]
fn undocumented_numbers_are_rejected_by_name() {
    for (input, shown) in [
        ("418", "integer `418`"),
        ("70000", "integer `70000`"),
        ("-4", "integer `-4`"),
        // Beyond 64 bits serde_json reads an integer as a float.
        ("123456789012345678901234567890", "a number beyond 64 bits"),
        ("18446744073709551616", "a number beyond 64 bits"),
        ("18446744073709551615", "integer `18446744073709551615`"),
        ("-9223372036854775809", "a number beyond 64 bits"),
    ] {
        let err = serde_json::from_str::<Code>(input).unwrap_err().to_string();
        assert_eq!(
            err,
            format!(
                "invalid value: {shown}, expected a documented response code \
                 (200, 201, 202, 204, 400, 401, 402, 403, 404, 410, 429, 507); to accept any \
                 code, deserialize a `u16` or a `Body` at line 1 column {}",
                input.len()
            )
        );
    }
    assert!(serde_json::from_str::<Code>("\"404\"").is_err());
}

#[test]
fn body_reads_the_documentations_own_examples() {
    let spec = include_str!("../../spec/response-codes.md");
    let examples: Vec<&str> = spec
        .lines()
        .filter(|l| l.starts_with("{ \"code\""))
        .collect();
    assert_eq!(examples.len(), Code::ALL.len());
    for (example, &code) in examples.iter().zip(Code::ALL) {
        let body: Body<'_> = serde_json::from_str(example).unwrap();
        assert_eq!(body, Body::from(code), "{example}");
        assert_eq!(body.documented(), Ok(code));
    }
}

#[test]
fn body_ignores_unknown_fields_and_is_deserialize_owned() {
    let json = r#"{"trace":{"id":[1,2]},"message":"Not found","code":404,"extra":null}"#;
    let body: Body<'_> = serde_json::from_str(json).unwrap();
    assert_eq!(body, Body::new(404, "Not found"));

    let escaped: Body<'_> = serde_json::from_str(r#"{"code":400,"message":"a\"b"}"#).unwrap();
    assert_eq!(escaped.message, "a\"b");
    assert!(matches!(escaped.message, Cow::Owned(_)));

    let owned: Body<'static> = serde_json::from_reader(json.as_bytes()).unwrap();
    assert_eq!(owned, Body::new(404, "Not found"));

    let owned: Body<'static> =
        serde_json::from_value(serde_json::json!({"code": 410, "message": "Gone"})).unwrap();
    assert_eq!(owned, Body::from(Code::Gone));
}

#[test]
fn body_reports_missing_duplicate_and_mistyped_fields() {
    let cases = [
        (
            r#"{"code":404}"#,
            "missing field `message`; expected a response body with `code` and `message` once each: {\"code\":...,\"message\":\"...\"} at line 1 column 12",
        ),
        (
            r#"{"message":"x"}"#,
            "missing field `code`; expected a response body with `code` and `message` once each: {\"code\":...,\"message\":\"...\"} at line 1 column 15",
        ),
        (
            r#"{"code":404,"code":404,"message":"x"}"#,
            "duplicate field `code`; expected a response body with `code` and `message` once each: {\"code\":...,\"message\":\"...\"} at line 1 column 18",
        ),
        (
            r#"{"code":"404","message":"x"}"#,
            "invalid type: string \"404\", expected the code as an integer from 0 to 65535 at line 1 column 13",
        ),
        (
            r#"{"code":404,"message":7}"#,
            "invalid type: integer `7`, expected the message as a string at line 1 column 23",
        ),
        (
            r"[404]",
            "invalid length 1, expected a response body, an object {\"code\":...,\"message\":\"...\"} at line 1 column 5",
        ),
        (
            r#""Not found""#,
            "invalid type: string \"Not found\", expected a response body, an object {\"code\":...,\"message\":\"...\"} at line 1 column 11",
        ),
    ];
    for (json, expected) in cases {
        let err = serde_json::from_str::<Body<'_>>(json).unwrap_err();
        assert_eq!(err.to_string(), expected, "{json}");
    }
}

#[test]
fn body_round_trips_through_serde_json_value() {
    let body = Body::new(507, "Attribute limit 20 reached");
    let value = serde_json::to_value(&body).unwrap();
    assert_eq!(
        value,
        serde_json::json!({"code": 507, "message": "Attribute limit 20 reached"})
    );
    assert_eq!(serde_json::from_value::<Body<'_>>(value).unwrap(), body);
    let seq: Body<'_> = serde_json::from_str(r#"[404,"Not found"]"#).unwrap();
    assert_eq!(seq, Body::from(Code::NotFound));
}

/// A body of two fields whose message a format hands over as bytes, as
/// CBOR and `MessagePack` do for their byte strings.
struct BytesMessage(&'static [u8], usize);

impl<'de> serde::de::MapAccess<'de> for BytesMessage {
    type Error = serde::de::value::Error;

    fn next_key_seed<K: serde::de::DeserializeSeed<'de>>(
        &mut self,
        key: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        use serde::de::IntoDeserializer;
        let name = match self.1 {
            0 => "code",
            1 => "message",
            _ => return Ok(None),
        };
        key.deserialize(name.into_deserializer()).map(Some)
    }

    fn next_value_seed<V: serde::de::DeserializeSeed<'de>>(
        &mut self,
        value: V,
    ) -> Result<V::Value, Self::Error> {
        use serde::de::IntoDeserializer;
        self.1 += 1;
        if self.1 == 1 {
            value.deserialize(404_u16.into_deserializer())
        } else {
            value.deserialize(serde::de::value::BytesDeserializer::new(self.0))
        }
    }
}

#[test]
fn body_reads_a_message_handed_over_as_bytes() {
    use serde::Deserialize as _;
    let read = |bytes| {
        Body::deserialize(serde::de::value::MapAccessDeserializer::new(BytesMessage(
            bytes, 0,
        )))
    };
    assert_eq!(read(b"Not found"), Ok(Body::new(404, "Not found")));
    assert_eq!(
        read(b"\xff").unwrap_err().to_string(),
        "invalid value: byte array, expected the message as a string"
    );
}

#[test]
fn body_rejects_a_repeated_message_and_an_empty_sequence() {
    let err = serde_json::from_str::<Body<'_>>(r#"{"code":404,"message":"x","message":"y"}"#)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "duplicate field `message`; expected a response body with `code` and `message` once each: {\"code\":...,\"message\":\"...\"} at line 1 column 35"
    );
    let err = serde_json::from_str::<Body<'_>>("[]").unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid length 0, expected a response body, an object {\"code\":...,\"message\":\"...\"} at line 1 column 2"
    );
}

#[test]
fn body_reads_fields_named_by_their_index() {
    use serde::Deserialize as _;
    use serde::de::value::MapDeserializer;
    let fields = vec![
        (0_u64, serde_json::json!(404)),
        (1_u64, serde_json::json!("Not found")),
    ];
    let body = Body::deserialize(MapDeserializer::<_, serde_json::Error>::new(
        fields.into_iter(),
    ));
    assert_eq!(body.unwrap(), Body::new(404, "Not found"));
}

/// A field named by an index past the body's two is ignored, as a field
/// of an unknown name is.
#[test]
fn body_ignores_fields_named_by_an_index_past_its_two() {
    use serde::Deserialize as _;
    use serde::de::value::MapDeserializer;
    let fields = vec![
        (0_u64, serde_json::json!(404)),
        (1_u64, serde_json::json!("Not found")),
        (2_u64, serde_json::json!("trace")),
    ];
    let body = Body::deserialize(MapDeserializer::<_, serde_json::Error>::new(
        fields.into_iter(),
    ));
    assert_eq!(body.unwrap(), Body::new(404, "Not found"));
}

/// A message a format hands over as owned bytes (`visit_byte_buf`).
struct OwnedBytes(&'static [u8]);

impl<'de> serde::Deserializer<'de> for OwnedBytes {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_byte_buf(self.0.to_vec())
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl serde::de::IntoDeserializer<'_, serde::de::value::Error> for OwnedBytes {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

#[test]
fn body_rejects_a_message_handed_over_as_invalid_owned_bytes() {
    use serde::Deserialize as _;
    use serde::de::value::MapDeserializer;
    let read = |bytes| {
        Body::deserialize(MapDeserializer::<_, serde::de::value::Error>::new(
            [("message", OwnedBytes(bytes))].into_iter(),
        ))
    };
    assert_eq!(
        read(b"\xff").unwrap_err().to_string(),
        "invalid value: byte array, expected the message as a string"
    );
    assert_eq!(
        read(b"Not found").unwrap_err().to_string(),
        "missing field `code`; expected a response body with `code` and `message` once each: {\"code\":...,\"message\":\"...\"}"
    );
}
