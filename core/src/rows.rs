//! A derived type's variant table, as the derive writes it for the facade:
//! each row's flags, and each row's code and flags packed in a byte string
//! that the facade's `rows` reads at compile time, both through this module.

/// The message is filled in from fields at run time.
pub const INTERPOLATED: u8 = 1;
/// Code, message and body come from the variant's single field.
pub const TRANSPARENT: u8 = 2;
/// A field gives `Retry-After`.
pub const RETRY_AFTER: u8 = 4;
/// With `INTERPOLATED`: every placeholder is a plain `{field}`, so the
/// message is the template with the fields' `Display` output in place.
pub const PLAIN_ARGS: u8 = 8;
/// The code is an outage: a server error the table does not document.
pub const OTHER_ERROR: u8 = 16;

/// The bytes of one row's head: its code (two bytes, little-endian) and its
/// flags (one).
pub const HEAD: usize = 3;

/// The most messages (or bodies) the derive writes in one array: its lists
/// are arrays of arrays of at most this many. In the user's crate, clippy's
/// `large_stack_arrays` (pedantic) rejects an array of more than 16,384
/// bytes by default, 1,024 `&str`; 64 take 1,024 bytes.
pub const LIST: usize = 64;

/// One row's head, as [`push`] writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Head {
    /// The code's number (0 for a transparent row).
    pub code: u16,
    /// The row's flags.
    pub flags: u8,
}

/// Appends `head` to `heads`.
pub fn push(heads: &mut alloc::vec::Vec<u8>, head: Head) {
    heads.extend_from_slice(&head.code.to_le_bytes());
    heads.push(head.flags);
}

/// The head [`push`] wrote for row `index` of `heads`. Read by the facade's
/// `rows` in const evaluation, which counts each call: it makes none.
///
/// # Panics
///
/// If `heads` holds no row `index` (at compile time, there).
#[must_use]
pub const fn read(heads: &[u8], index: usize) -> Head {
    let at = HEAD * index;
    Head {
        code: heads[at] as u16 | (heads[at + 1] as u16) << 8,
        flags: heads[at + 2],
    }
}

#[cfg(test)]
mod tests {
    use super::{HEAD, Head, push, read};

    #[test]
    fn heads_are_written_little_endian_and_read_back() {
        let heads = [
            Head {
                code: 404,
                flags: super::RETRY_AFTER,
            },
            Head {
                code: 0xfffe,
                flags: 0xff,
            },
        ];
        let mut bytes = alloc::vec::Vec::new();
        for head in heads {
            push(&mut bytes, head);
        }
        assert_eq!(bytes, [0x94, 0x01, 4, 0xfe, 0xff, 0xff]);
        assert_eq!(bytes.len(), 2 * HEAD);
        assert_eq!([read(&bytes, 0), read(&bytes, 1)], heads);
    }
}
