//! `CodeSet`: a set of codes small enough to merge in constant expressions.

use core::fmt;
use core::marker::PhantomData;

use crate::code::Code;
use crate::status::{Status, error_may_answer};
use crate::table::Table;

/// The lowest and highest numbers a set holds: every three-digit status.
const FIRST: u16 = 100;
const LAST: u16 = 999;
const WORDS: usize = (LAST - FIRST) as usize / 64 + 1;

/// A set of the codes of table `T` (and of outages, undocumented 5xx
/// codes), as a bitset usable in `const` contexts.
///
/// `ApiErrorDocs::CODES` is one: every code an error type can answer with,
/// merged across `transparent` variants at compile time.
///
/// ```
/// use apicodes::{Code, CodeSet, OtherError, Status};
///
/// const AUTH: CodeSet = CodeSet::of(&[Code::Unauthorized, Code::Gone]);
/// assert!(AUTH.contains(Code::Gone));
/// assert_eq!(AUTH.len(), 2);
/// assert_eq!(AUTH.iter().collect::<Vec<_>>(), [Code::Unauthorized, Code::Gone]);
///
/// let with_outage = AUTH.with(Status::Other(OtherError::INTERNAL));
/// assert_eq!(with_outage.iter().last().map(Status::as_u16), Some(500));
/// ```
pub struct CodeSet<T = Code> {
    bits: [u64; WORDS],
    table: PhantomData<fn() -> T>,
}

impl<T> CodeSet<T> {
    /// The empty set.
    ///
    /// ```
    /// assert!(apicodes::CodeSet::<apicodes::Code>::EMPTY.is_empty());
    /// ```
    pub const EMPTY: CodeSet<T> = CodeSet {
        bits: [0; WORDS],
        table: PhantomData,
    };

    /// The set of these numbers, in a `const` context. Numbers that are
    /// not three-digit statuses are left out. The set is meant for numbers
    /// table `T` answers with (the derive builds it from codes it checked
    /// at compile time): a number `T` would not answer with (a 418 for
    /// `Code`) is held, and counted by `len` and `contains_number`, but
    /// `iter` passes over it, having no [`Status`](crate::Status) for it.
    ///
    /// For a table of your own, which [`CodeSet::of`] does not take, name
    /// the codes and take their numbers with the table's `const fn
    /// as_u16`, so that a misspelt code is a compile error:
    /// `CodeSet::<ShopCode>::from_numbers(&[ShopCode::Conflict.as_u16()])`.
    /// Every code of a table is `<ShopCode as ApiErrorDocs>::CODES`.
    ///
    /// ```
    /// use apicodes::{Code, CodeSet};
    ///
    /// const SET: CodeSet = CodeSet::from_numbers(&[404, 404, 507]);
    /// assert_eq!(SET.len(), 2);
    ///
    /// // Each code by name, as for a table of your own.
    /// const NAMED: CodeSet = CodeSet::from_numbers(&[Code::Gone.as_u16(), Code::NotFound.as_u16()]);
    /// assert_eq!(NAMED.iter().collect::<Vec<_>>(), [Code::NotFound, Code::Gone]);
    /// ```
    #[must_use]
    pub const fn from_numbers(numbers: &[u16]) -> CodeSet<T> {
        let mut set = CodeSet::EMPTY;
        let mut i = 0;
        while i < numbers.len() {
            set = set.with_number(numbers[i]);
            i += 1;
        }
        set
    }

    const fn with_number(mut self, number: u16) -> CodeSet<T> {
        if FIRST <= number && number <= LAST {
            let bit = (number - FIRST) as usize;
            self.bits[bit / 64] |= 1 << (bit % 64);
        }
        self
    }

    /// Whether the set holds the code numbered `number`.
    ///
    /// ```
    /// use apicodes::{Code, CodeSet};
    ///
    /// assert!(CodeSet::of(&[Code::Gone]).contains_number(410));
    /// ```
    #[must_use]
    pub const fn contains_number(&self, number: u16) -> bool {
        if FIRST <= number && number <= LAST {
            let bit = (number - FIRST) as usize;
            self.bits[bit / 64] & (1 << (bit % 64)) != 0
        } else {
            false
        }
    }

    /// Whether the set holds a code no error answers with: a 1xx, a 2xx
    /// other than 204, or a 3xx. For the derive's check of a transparent
    /// variant's inner type, a few word operations in `const` evaluation.
    #[doc(hidden)]
    #[must_use]
    pub const fn holds_non_error(&self) -> bool {
        const NON_ERROR: CodeSet<()> = CodeSet::<()>::non_error();
        let mut i = 0;
        while i < WORDS {
            if self.bits[i] & NON_ERROR.bits[i] != 0 {
                return true;
            }
            i += 1;
        }
        false
    }

    /// Every number no error answers with ([`error_may_answer`]).
    const fn non_error() -> CodeSet<T> {
        let mut set = CodeSet::EMPTY;
        let mut number = FIRST;
        while number <= LAST {
            if !error_may_answer(number) {
                set = set.with_number(number);
            }
            number += 1;
        }
        set
    }

    /// The codes in either set.
    ///
    /// ```
    /// use apicodes::{Code, CodeSet};
    ///
    /// const A: CodeSet = CodeSet::from_numbers(&[410]);
    /// const B: CodeSet = CodeSet::from_numbers(&[404]);
    /// assert_eq!(A.union(B).len(), 2);
    /// ```
    #[must_use]
    pub const fn union(mut self, other: CodeSet<T>) -> CodeSet<T> {
        let mut i = 0;
        while i < WORDS {
            self.bits[i] |= other.bits[i];
            i += 1;
        }
        self
    }

    /// How many codes the set holds.
    ///
    /// ```
    /// use apicodes::CodeSet;
    ///
    /// assert_eq!(CodeSet::<apicodes::Code>::from_numbers(&[200, 200]).len(), 1);
    /// ```
    #[must_use]
    pub const fn len(&self) -> usize {
        let mut count = 0;
        let mut i = 0;
        while i < WORDS {
            count += self.bits[i].count_ones() as usize;
            i += 1;
        }
        count
    }

    /// Whether the set is empty.
    ///
    /// ```
    /// use apicodes::{Code, CodeSet};
    ///
    /// assert!(!CodeSet::<Code>::ALL.is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl CodeSet<Code> {
    /// The set of these codes, in a `const` context. For a table of your
    /// own, see [`CodeSet::from_numbers`].
    ///
    /// ```
    /// use apicodes::{Code, CodeSet};
    ///
    /// const AUTH: CodeSet = CodeSet::of(&[Code::Unauthorized, Code::Forbidden]);
    /// assert!(AUTH.contains(Code::Forbidden));
    /// ```
    #[must_use]
    pub const fn of(codes: &[Code]) -> CodeSet<Code> {
        let mut set = CodeSet::EMPTY;
        let mut i = 0;
        while i < codes.len() {
            set = set.with_number(codes[i].as_u16());
            i += 1;
        }
        set
    }

    /// Every documented code.
    ///
    /// ```
    /// use apicodes::{Code, CodeSet};
    ///
    /// assert_eq!(CodeSet::ALL.len(), Code::ALL.len());
    /// ```
    pub const ALL: CodeSet<Code> = CodeSet::of(Code::ALL);
}

impl<T: Table> CodeSet<T> {
    /// Every code table `T` documents.
    ///
    /// ```
    /// use apicodes::{Code, CodeSet};
    ///
    /// assert_eq!(CodeSet::<Code>::documented(), CodeSet::ALL);
    /// ```
    #[must_use]
    pub fn documented() -> CodeSet<T> {
        T::ALL.iter().copied().collect()
    }

    /// The set with `code` added.
    ///
    /// ```
    /// use apicodes::{Code, CodeSet};
    ///
    /// assert!(CodeSet::EMPTY.with(Code::Gone).contains(Code::Gone));
    /// ```
    #[must_use]
    pub fn with(self, code: impl Into<Status<T>>) -> CodeSet<T> {
        self.with_number(code.into().as_u16())
    }

    /// Whether `code` is in the set.
    ///
    /// ```
    /// use apicodes::{Code, CodeSet};
    ///
    /// assert!(!CodeSet::EMPTY.contains(Code::Gone));
    /// ```
    #[must_use]
    pub fn contains(&self, code: impl Into<Status<T>>) -> bool {
        self.contains_number(code.into().as_u16())
    }

    /// The codes in ascending numeric order.
    ///
    /// ```
    /// use apicodes::{Code, CodeSet};
    ///
    /// let set = CodeSet::EMPTY.with(Code::OutOfStorage).with(Code::BadRequest);
    /// assert_eq!(set.iter().collect::<Vec<_>>(), [Code::BadRequest, Code::OutOfStorage]);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = Status<T>> + '_ {
        (FIRST..=LAST)
            .filter(|&number| self.contains_number(number))
            .filter_map(Status::from_u16)
    }
}

impl<T> Clone for CodeSet<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for CodeSet<T> {}

impl<T> PartialEq for CodeSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}

impl<T> Eq for CodeSet<T> {}

impl<T> core::hash::Hash for CodeSet<T> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.bits.hash(state);
    }
}

impl<T> Default for CodeSet<T> {
    fn default() -> Self {
        CodeSet::EMPTY
    }
}

impl<T: Table> fmt::Debug for CodeSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Table, C: Into<Status<T>>> FromIterator<C> for CodeSet<T> {
    fn from_iter<I: IntoIterator<Item = C>>(iter: I) -> Self {
        iter.into_iter().fold(CodeSet::EMPTY, CodeSet::with)
    }
}

impl<T: Table, C: Into<Status<T>>> Extend<C> for CodeSet<T> {
    fn extend<I: IntoIterator<Item = C>>(&mut self, iter: I) {
        *self = iter.into_iter().fold(*self, CodeSet::with);
    }
}

#[cfg(test)]
mod tests {
    use super::CodeSet;

    #[test]
    fn non_error_codes_are_1xx_2xx_but_204_and_3xx() {
        for number in 100..=999 {
            let set = CodeSet::<()>::from_numbers(&[number]);
            let non_error = number < 400 && number != 204;
            assert_eq!(set.holds_non_error(), non_error, "{number}");
        }
        assert!(!CodeSet::<()>::EMPTY.holds_non_error());
        assert!(CodeSet::<()>::from_numbers(&[404, 503, 301]).holds_non_error());
    }
}
