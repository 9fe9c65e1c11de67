//! `CodeSet`: a set of codes small enough to merge in constant expressions.

use core::fmt;

use crate::code::Code;

/// A set of documented codes, as a bitset usable in `const` contexts.
///
/// `ApiErrorDocs::CODES` is one: the codes an error type can answer with,
/// merged across `transparent` variants at compile time.
///
/// ```
/// use apicodes_core::{Code, CodeSet};
///
/// const AUTH: CodeSet = CodeSet::EMPTY.with(Code::Unauthorized).with(Code::Gone);
/// assert!(AUTH.contains(Code::Gone));
/// assert_eq!(AUTH.len(), 2);
/// assert_eq!(AUTH.iter().collect::<Vec<_>>(), [Code::Unauthorized, Code::Gone]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CodeSet {
    bits: u64,
}

impl CodeSet {
    /// The empty set.
    ///
    /// ```
    /// assert!(apicodes_core::CodeSet::EMPTY.is_empty());
    /// ```
    pub const EMPTY: CodeSet = CodeSet { bits: 0 };

    /// Every documented code.
    ///
    /// ```
    /// use apicodes_core::{Code, CodeSet};
    ///
    /// assert_eq!(CodeSet::ALL.len(), Code::ALL.len());
    /// ```
    pub const ALL: CodeSet = {
        let mut set = CodeSet::EMPTY;
        let mut i = 0;
        while i < Code::ALL.len() {
            set = set.with(Code::ALL[i]);
            i += 1;
        }
        set
    };

    /// The set with `code` added.
    ///
    /// ```
    /// use apicodes_core::{Code, CodeSet};
    ///
    /// assert!(CodeSet::EMPTY.with(Code::Gone).contains(Code::Gone));
    /// ```
    #[must_use]
    pub const fn with(self, code: Code) -> CodeSet {
        CodeSet {
            bits: self.bits | (1 << code.index()),
        }
    }

    /// The codes in either set.
    ///
    /// ```
    /// use apicodes_core::{Code, CodeSet};
    ///
    /// let a = CodeSet::EMPTY.with(Code::Gone);
    /// let b = CodeSet::EMPTY.with(Code::NotFound);
    /// assert_eq!(a.union(b).len(), 2);
    /// ```
    #[must_use]
    pub const fn union(self, other: CodeSet) -> CodeSet {
        CodeSet {
            bits: self.bits | other.bits,
        }
    }

    /// Whether `code` is in the set.
    ///
    /// ```
    /// use apicodes_core::{Code, CodeSet};
    ///
    /// assert!(!CodeSet::EMPTY.contains(Code::Gone));
    /// ```
    #[must_use]
    pub const fn contains(self, code: Code) -> bool {
        self.bits & (1 << code.index()) != 0
    }

    /// How many codes the set holds.
    ///
    /// ```
    /// use apicodes_core::{Code, CodeSet};
    ///
    /// assert_eq!(CodeSet::EMPTY.with(Code::Ok).with(Code::Ok).len(), 1);
    /// ```
    #[must_use]
    pub const fn len(self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether the set is empty.
    ///
    /// ```
    /// use apicodes_core::{Code, CodeSet};
    ///
    /// assert!(!CodeSet::ALL.is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.bits == 0
    }

    /// The codes in ascending order.
    ///
    /// ```
    /// use apicodes_core::{Code, CodeSet};
    ///
    /// let set = CodeSet::EMPTY.with(Code::OutOfStorage).with(Code::BadRequest);
    /// assert_eq!(set.iter().collect::<Vec<_>>(), [Code::BadRequest, Code::OutOfStorage]);
    /// ```
    pub fn iter(self) -> impl Iterator<Item = Code> {
        Code::ALL
            .iter()
            .copied()
            .filter(move |&code| self.contains(code))
    }
}

impl fmt::Debug for CodeSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl FromIterator<Code> for CodeSet {
    fn from_iter<I: IntoIterator<Item = Code>>(iter: I) -> Self {
        iter.into_iter().fold(CodeSet::EMPTY, CodeSet::with)
    }
}

impl Extend<Code> for CodeSet {
    fn extend<I: IntoIterator<Item = Code>>(&mut self, iter: I) {
        *self = iter.into_iter().fold(*self, CodeSet::with);
    }
}

// One bit per documented code.
const _: () = assert!(Code::ALL.len() <= u64::BITS as usize);
