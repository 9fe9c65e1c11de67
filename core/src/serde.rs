//! Serde support, written by hand so the crate needs no derive: `Code` as its
//! number, `Body` as the `{"code":...,"message":...}` object.

use core::fmt;
use core::marker::PhantomData;

use alloc::borrow::Cow;
use alloc::string::String;

use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor,
};
use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::body::Body;
use crate::table::{Table, write_numbers};

/// A code's `Serialize`, for every table: its number.
///
/// # Errors
///
/// Whatever the serializer returns.
#[doc(hidden)]
pub fn serialize_code<T: Table, S: Serializer>(code: T, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_u16(code.as_u16())
}

/// A code's `Deserialize`, for every table: a number the table documents.
///
/// # Errors
///
/// An `invalid_value` error naming the documented numbers, for any other
/// value.
#[doc(hidden)]
pub fn deserialize_code<'de, T: Table, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_u16(Number {
        accept: T::from_u16,
        expecting: |f| {
            f.write_str("a documented response code (")?;
            write_numbers::<T>(f)?;
            f.write_str("); to accept any code, deserialize a `u16` or a `Body`")
        },
    })
}

/// Reads a number that fits a `u16` and that `accept` takes; any other
/// value is an error that says what was `expecting`.
struct Number<V> {
    accept: fn(u16) -> Option<V>,
    expecting: fn(&mut fmt::Formatter<'_>) -> fmt::Result,
}

/// A body's `code`: any number a status line can carry.
fn any_code() -> Number<u16> {
    Number {
        accept: Some,
        expecting: |f| f.write_str("the code as an integer from 0 to 65535"),
    }
}

impl<V> Visitor<'_> for Number<V> {
    type Value = V;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.expecting)(f)
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<V, E> {
        u16::try_from(n)
            .ok()
            .and_then(self.accept)
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(n), &self))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<V, E> {
        match u64::try_from(n) {
            Ok(n) => self.visit_u64(n),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(n), &self)),
        }
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<V, E> {
        // Beyond 64 bits serde_json reads an integer as a float, rounded:
        // such a number is too large, written as an integer or not, and its
        // digits are lost, so it is not named as the float it was read into
        // (`1e+20`).
        // Past `u64::MAX` and `i64::MIN`, as the float rounds them.
        const ABOVE_U64: f64 = 18_446_744_073_709_551_616.0; // 2^64
        const BELOW_I64: f64 = -9_223_372_036_854_775_808.0; // -2^63
        if n.is_finite() && (n >= ABOVE_U64 || n <= BELOW_I64) {
            let beyond = Unexpected::Other("a number beyond 64 bits");
            return Err(E::invalid_value(beyond, &self));
        }
        Err(E::invalid_type(Unexpected::Float(n), &self))
    }
}

impl<'de, V> DeserializeSeed<'de> for Number<V> {
    type Value = V;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<V, D::Error> {
        deserializer.deserialize_u16(self)
    }
}

/// A table's serde impls (feature `serde`), for `__apicodes_table!`.
#[doc(hidden)]
#[macro_export]
macro_rules! __apicodes_table_serde {
    ($name:ident) => {
        /// Serialized as its number, such as `404`.
        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                __apicodes_serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::serialize_code(*self, __apicodes_serializer)
            }
        }

        /// Deserialized from a number the table documents.
        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            // `Self`, not `$name`: a table named `D` would be the parameter.
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                __apicodes_deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::deserialize_code(__apicodes_deserializer)
            }
        }
    };
}

impl Serialize for Body<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut body = serializer.serialize_struct("Body", 2)?;
        body.serialize_field("code", &self.code)?;
        body.serialize_field("message", &*self.message)?;
        body.end()
    }
}

const FIELDS: &[&str] = &["code", "message"];

enum Field {
    Code,
    Message,
    Other,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Field, D::Error> {
        struct FieldVisitor;

        impl Visitor<'_> for FieldVisitor {
            type Value = Field;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<Field, E> {
                self.visit_bytes(name.as_bytes())
            }

            fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<Field, E> {
                Ok(match name {
                    b"code" => Field::Code,
                    b"message" => Field::Message,
                    _ => Field::Other,
                })
            }

            fn visit_u64<E: de::Error>(self, index: u64) -> Result<Field, E> {
                Ok(match index {
                    0 => Field::Code,
                    1 => Field::Message,
                    _ => Field::Other,
                })
            }
        }

        deserializer.deserialize_identifier(FieldVisitor)
    }
}

/// What a body's deserializer says of a field `missing` or `duplicate`:
/// the field, and the shape a body has.
fn shape<E: de::Error>(problem: &str, field: &str) -> E {
    E::custom(format_args!(
        "{problem} field `{field}`; expected a response body with `code` and `message` \
         once each: {BODY_EXAMPLE}"
    ))
}

/// The shape error messages show: a body of any table, so no code or
/// message of one (a client of another table reads these too, through
/// `classify_as`).
const BODY_EXAMPLE: &str = r#"{"code":...,"message":"..."}"#;

/// A body's `message`: a string, or an error that says so.
struct MessageText;

impl Visitor<'_> for MessageText {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the message as a string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<String, E> {
        Ok(String::from(text))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<String, E> {
        Ok(text)
    }

    // Formats that hand text over as bytes (CBOR, MessagePack), as serde's
    // `String` takes them: UTF-8 or an error.
    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<String, E> {
        core::str::from_utf8(bytes)
            .map(String::from)
            .map_err(|_| E::invalid_value(Unexpected::Bytes(bytes), &self))
    }

    fn visit_byte_buf<E: de::Error>(self, bytes: alloc::vec::Vec<u8>) -> Result<String, E> {
        String::from_utf8(bytes)
            .map_err(|err| E::invalid_value(Unexpected::Bytes(err.as_bytes()), &self))
    }
}

impl<'de> DeserializeSeed<'de> for MessageText {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_string(self)
    }
}

/// Reads the body of any response, documented code or not; unknown fields
/// are ignored, as a client should. The message is always owned, as serde
/// does for `Cow`, so `Body<'static>` is `DeserializeOwned` and works with
/// HTTP clients' `.json::<Body>()`.
impl<'de> Deserialize<'de> for Body<'_> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct BodyVisitor<'a>(PhantomData<Body<'a>>);

        impl<'de, 'a> Visitor<'de> for BodyVisitor<'a> {
            type Value = Body<'a>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a response body, an object {BODY_EXAMPLE}")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Body<'a>, A::Error> {
                let mut code = None;
                let mut message = None;
                while let Some(field) = map.next_key::<Field>()? {
                    match field {
                        Field::Code if code.is_some() => return Err(shape("duplicate", "code")),
                        Field::Code => code = Some(map.next_value_seed(any_code())?),
                        Field::Message if message.is_some() => {
                            return Err(shape("duplicate", "message"));
                        }
                        Field::Message => message = Some(map.next_value_seed(MessageText)?),
                        Field::Other => {
                            map.next_value::<de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Body {
                    code: code.ok_or_else(|| shape("missing", "code"))?,
                    message: Cow::Owned(message.ok_or_else(|| shape("missing", "message"))?),
                })
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Body<'a>, A::Error> {
                let code = seq
                    .next_element_seed(any_code())?
                    .ok_or_else(|| de::Error::invalid_length(0, &self))?;
                let message = seq
                    .next_element_seed(MessageText)?
                    .ok_or_else(|| de::Error::invalid_length(1, &self))?;
                Ok(Body {
                    code,
                    message: Cow::Owned(message),
                })
            }
        }

        deserializer.deserialize_struct("Body", FIELDS, BodyVisitor(PhantomData))
    }
}
