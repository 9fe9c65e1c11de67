//! The table a derive checks codes against, and the wording of code errors:
//! the standard one (`apicodes_core::Code`, so nothing is written twice),
//! or a table of the user's own, whose rows its table macro hands over.

use std::borrow::Cow;
use std::fmt::Write as _;

use apicodes_core::__private::error_may_answer;
use apicodes_core::{Code, OtherError};
use proc_macro2::{Span, TokenStream};

use crate::attr::{CodeAttr, CodeValue};
use crate::suggest::nearest_name;
use crate::unraw;

pub struct Table {
    /// The type's name, as messages show it: `Code`, or the last segment
    /// of the path `codes = path` names a table of the user's own by.
    pub name: String,
    /// The name the table was declared with, when `codes = path` names it
    /// otherwise (`use MyCode as Shop`): `code = MyCode::NotFound` is read too.
    pub declared: Option<String>,
    /// The segments of `codes = path`, as written (`["b", "Shop"]`); empty
    /// for the standard table unless named so.
    pub written: Vec<String>,
    /// The type's path in generated code.
    pub path: TokenStream,
    pub rows: Vec<Row>,
    /// Whether this is the standard table, whose messages need not name it.
    pub standard: bool,
    /// For the standard table, the names of the path to this crate
    /// (`["apicodes"]`, or those of `crate = path`): `code =
    /// apicodes::Code::Gone` names it, `code = elsewhere::Code::Gone` not.
    home: Vec<String>,
}

/// The most codes a message lists: a table may document hundreds.
const LISTED: usize = 24;

pub struct Row {
    pub code: u16,
    pub name: Cow<'static, str>,
    pub message: Cow<'static, str>,
}

/// A code the table resolved: what a variant answers with.
pub struct Resolved {
    pub code: u16,
    /// The code's variant name in the table (none for an outage).
    pub name: Option<Cow<'static, str>>,
    /// The message sent unless the variant writes its own.
    pub message: Cow<'static, str>,
    /// Whether it is an outage (`other_error`).
    pub other: bool,
}

impl Resolved {
    /// ` (NotFound)`, for messages after the code's number; `""` for an
    /// outage.
    pub fn shown_name(&self) -> String {
        self.name
            .as_ref()
            .map_or_else(String::new, |name| format!(" ({name})"))
    }

    fn outage(code: u16) -> Resolved {
        Resolved {
            code,
            name: None,
            message: Cow::Borrowed(OtherError::MESSAGE),
            other: true,
        }
    }
}

impl Table {
    /// `apicodes::Code`, at `krate`, a path whose names are `home`.
    pub fn standard(krate: &TokenStream, home: Vec<String>) -> Table {
        Table {
            name: "Code".to_owned(),
            declared: None,
            written: Vec::new(),
            path: quote::quote!(#krate::__private_0_1::Code),
            rows: Code::ALL
                .iter()
                .map(|code| Row {
                    code: code.as_u16(),
                    name: Cow::Borrowed(code.name()),
                    message: Cow::Borrowed(code.message()),
                })
                .collect(),
            standard: true,
            home,
        }
    }

    /// The table named `written` by `codes = path` (`use apicodes::Code as
    /// Standard;` and `codes = Standard`), so that `code = Standard::Gone`
    /// reads as it does for a table of the user's own.
    pub fn written_as(mut self, written: Vec<String>) -> Table {
        self.written = written;
        self
    }

    /// A table of the user's own, declared as `name`, named `written` by
    /// the path `path`, with the rows its table macro handed over.
    pub fn own(name: String, written: Vec<String>, path: TokenStream, rows: Vec<Row>) -> Table {
        let (name, declared) = match written.last() {
            Some(last) if *last != name => (last.clone(), Some(name)),
            _ => (name, None),
        };
        Table {
            name,
            declared,
            written,
            path,
            rows,
            standard: false,
            home: Vec::new(),
        }
    }

    /// What `code` (if written) and `other_error` (if written) answer with,
    /// or the error to report at the code.
    pub fn resolve(
        &self,
        code: Option<&CodeAttr>,
        other_error: Option<Span>,
    ) -> Result<Resolved, syn::Error> {
        let Some(code) = code else {
            return self.bare_outage(other_error);
        };
        let error = |msg: String| syn::Error::new(code.span, msg);
        let (row, number) = match &code.value {
            CodeValue::Number(number) => {
                (self.rows.iter().find(|row| row.code == *number), *number)
            }
            CodeValue::Name { name, prefix, path } => {
                if prefix.is_some() && !self.named_by(path) {
                    let written = unraw::path_names(path);
                    // `Shop::Conflict` may be a table's code; a constant
                    // (`StatusCode::NOT_FOUND`) is none.
                    let typed = written[written.len() - 2].starts_with(char::is_uppercase)
                        && !looks_like_a_constant(name);
                    let own = if self.standard && typed {
                        format!(
                            " (if `{}` is a table of your own, name it on the type: \
                             #[api_error(codes = {})])",
                            written[..written.len() - 1].join("::"),
                            written[..written.len() - 1].join("::"),
                        )
                    } else {
                        String::new()
                    };
                    // The fix, where this table has the name (or one near
                    // it: `NotFound` for `StatusCode::NOT_FOUND`).
                    let fix = if self.rows.iter().any(|row| row.name == *name) {
                        format!("write `{name}` or `{}::{name}`; ", self.name)
                    } else if let Some(row) = self.nearest_error_row(name) {
                        format!("did you mean `{}` ({})? ", row.name, row.code)
                    } else {
                        String::new()
                    };
                    return Err(syn::Error::new_spanned(
                        path,
                        format!(
                            "`{}` is not a code of `{}`{own}; {fix}{}",
                            written.join("::"),
                            self.shown_path(),
                            self.documented_list()
                        ),
                    ));
                }
                match self.rows.iter().find(|row| row.name == *name) {
                    Some(row) => (Some(row), row.code),
                    None => return Err(error(self.undocumented_name(name))),
                }
            }
            CodeValue::Quoted(text) => {
                let quoted = text.trim();
                let row = self
                    .rows
                    .iter()
                    .find(|row| row.name == quoted || row.code.to_string() == quoted);
                return Err(error(match row {
                    Some(row) => format!(
                        "write the code without quotes: `code = {}` or `code = {}`",
                        row.code, row.name
                    ),
                    None => format!("{}; {}", self.not_a_code(), self.documented_list()),
                }));
            }
            CodeValue::Invalid => {
                return Err(error(format!(
                    "{}; {}",
                    self.not_a_code(),
                    self.documented_list()
                )));
            }
        };
        match (row, other_error) {
            (Some(row), None) => {
                if !error_may_answer(row.code) {
                    return Err(error(self.not_an_error(row)));
                }
                Ok(Resolved {
                    code: row.code,
                    name: Some(row.name.clone()),
                    message: row.message.clone(),
                    other: false,
                })
            }
            (Some(row), Some(_)) => Err(error(self.not_an_outage(row))),
            (None, Some(_)) => {
                if OtherError::new(number).is_some() {
                    Ok(Resolved::outage(number))
                } else {
                    Err(error(format!(
                        "{number} is not a server error; `other_error` marks an outage, answered \
                         with a server error the table does not document{}",
                        self.outage_example()
                    )))
                }
            }
            (None, None) => Err(error(self.undocumented_number(number))),
        }
    }

    /// `other_error` alone: the plain 500, unless the table documents 500,
    /// which makes it an ordinary code.
    fn bare_outage(&self, other_error: Option<Span>) -> Result<Resolved, syn::Error> {
        let internal = OtherError::INTERNAL.as_u16();
        let Some(row) = self.rows.iter().find(|row| row.code == internal) else {
            return Ok(Resolved::outage(internal));
        };
        Err(syn::Error::new(
            other_error.unwrap_or_else(Span::call_site),
            format!(
                "{internal} ({}) is a documented code{}, not an outage: answer with it as \
                 `code = {internal}` (or `code = {}`) without `other_error`, or mark an \
                 outage with a server error the table does not document, \
                 `other_error, code = 5xx`",
                row.name,
                self.of(),
                row.name
            ),
        ))
    }

    /// Why `row`, a documented code, cannot be marked `other_error`.
    fn not_an_outage(&self, row: &Row) -> String {
        if error_may_answer(row.code) {
            format!(
                "{} ({}) is a documented code{}, not an outage; remove `other_error` to answer \
                 with it, or pick a server error the table does not document (500 to 599)",
                row.code,
                row.name,
                self.of()
            )
        } else {
            format!(
                "{} ({}) cannot be the code of an error, nor of an outage: `other_error` \
                 takes a server error the table does not document{}",
                row.code,
                row.name,
                self.outage_example()
            )
        }
    }

    /// What ends a message that `other_error` takes an undocumented server
    /// error: two (500 to 599) this table does not document, or the only
    /// one, or that it documents every one.
    fn outage_example(&self) -> String {
        // The two most used first: 500, and 503 for a service down a while.
        let mut undocumented = [500, 503, 501, 502]
            .into_iter()
            .chain(504..600)
            .filter(|&code| self.rows.iter().all(|row| row.code != code));
        match (undocumented.next(), undocumented.next()) {
            (Some(first), Some(second)) => {
                format!(", such as `code = {first}` or `code = {second}`")
            }
            (Some(only), None) => format!(", here only `code = {only}`"),
            (None, _) => String::from(" (500 to 599), and this table documents every one"),
        }
    }

    /// Why `row`, a 1xx, 2xx (but 204) or 3xx code, is no error's code.
    fn not_an_error(&self, row: &Row) -> String {
        let kind = match row.code {
            ..200 => "an informational code",
            200..300 => "a success code",
            _ => "a redirect",
        };
        // What to write instead, from this table's codes only.
        let error = self.rows.iter().find(|row| row.code >= 400);
        let mut instead = match error {
            Some(error) => format!("use an error code such as {} ({})", error.code, error.name),
            None => format!(
                "`{}` documents no error code (4xx or 5xx): document one",
                self.name
            ),
        };
        if let Some(deleted) = self.rows.iter().find(|row| row.code == 204) {
            let _ = write!(
                instead,
                ", or {} ({}) for a deleted resource",
                deleted.code, deleted.name
            );
        }
        if error.is_none() {
            instead.push_str(", or mark an outage with `other_error, code = 503`");
        }
        format!(
            "{} ({}) is {kind} and cannot be the code of an error; {instead}",
            row.code, row.name
        )
    }

    /// Whether the path before a code's name (`Shop` in `Shop::Conflict`)
    /// names this table: its name or declared name alone, or, for a table
    /// of the user's own, the path `codes = path` gives (`crate::` and
    /// `self::` aside), or, where that path has more than one name, a path
    /// that is its end or ends with it (`b::Shop` for `codes =
    /// crate::b::Shop`, never `a::Shop`).
    fn named_by(&self, path: &syn::Path) -> bool {
        let mut prefix = unraw::path_names(path);
        prefix.pop();
        let [.., last] = prefix.as_slice() else {
            return true;
        };
        if self.standard
            && *last == self.name
            && (prefix.len() == 1 || prefix[..prefix.len() - 1] == self.home[..])
        {
            // `Code::Gone`, or through this crate's path.
            return true;
        }
        if self.standard && self.written.is_empty() {
            return false;
        }
        if prefix.len() == 1 && (*last == self.name || self.declared.as_deref() == Some(last)) {
            return true;
        }
        let strip = |names: &[String]| -> Vec<String> {
            names
                .iter()
                .skip_while(|name| *name == "crate" || *name == "self")
                .cloned()
                .collect()
        };
        let (prefix, written) = (strip(&prefix), strip(&self.written));
        // A one-name `codes = Shop` says nothing of where `Shop` is, so a
        // longer path (`b::Shop`) may be another table: only the same path
        // is taken. A longer one is matched by its end.
        if written.len() <= 1 {
            return prefix == written;
        }
        prefix.ends_with(&written) || written.ends_with(&prefix)
    }

    /// The table as messages name it where a path may be ambiguous: the
    /// path `codes = path` gives, or its name.
    fn shown_path(&self) -> String {
        if self.written.len() > 1 {
            self.written.join("::")
        } else {
            self.name.clone()
        }
    }

    /// `the documented codes are 200 (Ok), 201 (Created), ...`; for a
    /// table of more than [`LISTED`] codes, its first `LISTED - 1` and how
    /// many more there are, so that a message stays a line one can read.
    pub fn documented_list(&self) -> String {
        let mut out = if self.standard {
            String::from("the documented codes are ")
        } else {
            format!("`{}` documents ", self.name)
        };
        let shown = if self.rows.len() > LISTED {
            LISTED - 1
        } else {
            LISTED
        };
        for (i, row) in self.rows.iter().take(shown).enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let _ = write!(out, "{} ({})", row.code, row.name);
        }
        if self.rows.len() > shown {
            let _ = write!(out, " and {} more", self.rows.len() - shown);
        }
        out
    }

    fn not_a_code(&self) -> String {
        // The page's own sample, 404, when the table documents it, else an
        // error code it documents, else any code it documents.
        let example = self
            .rows
            .iter()
            .find(|row| row.code == 404)
            .or_else(|| self.rows.iter().find(|row| row.code >= 400))
            .or_else(|| self.rows.first());
        match example {
            Some(row) => format!(
                "expected a documented code number such as `{}` or a `{}` variant name such as `{}`",
                row.code, self.name, row.name
            ),
            None => format!(
                "expected a documented code number or `{}` variant name",
                self.name
            ),
        }
    }

    fn of(&self) -> String {
        if self.standard {
            String::new()
        } else {
            format!(" of `{}`", self.name)
        }
    }

    fn undocumented_number(&self, number: u16) -> String {
        if !(100..=599).contains(&number) {
            // No table documents it: a response code is an HTTP status.
            return format!(
                "{number} is not an HTTP status (from 100 to 599), so no table documents it; {}",
                self.documented_list()
            );
        }
        let mut out = format!("{number} is not a documented response code{}; ", self.of());
        if OtherError::new(number).is_some() {
            // An undocumented server error is what the page's "Other
            // Errors" covers: point to the marker, not to a near code.
            let code = if number == OtherError::INTERNAL.as_u16() {
                String::new()
            } else {
                format!(", code = {number}")
            };
            let _ = write!(
                out,
                "for an outage (a server error the documentation leaves to its \"Other Errors\"), \
                 mark the variant #[api_error(other_error{code})]; "
            );
        } else {
            // Success codes are never suggested: they cannot be an error's code.
            let nearest = self
                .rows
                .iter()
                .filter(|row| error_may_answer(row.code))
                .min_by_key(|row| row.code.abs_diff(number));
            if let Some(row) = nearest {
                let _ = write!(out, "did you mean {} ({})? ", row.code, row.name);
            }
            if self.standard {
                out.push_str(
                    "if your API documents it, declare your API's own table \
                     (#[apicodes::table]) and name it with #[api_error(codes = ...)]; ",
                );
            }
        }
        out.push_str(&self.documented_list());
        out
    }

    /// The row of the error code whose name is nearest `name` (see
    /// `nearest_name`). Success codes are never suggested: they cannot be
    /// an error's code.
    fn nearest_error_row(&self, name: &str) -> Option<&Row> {
        let candidates: Vec<&str> = self
            .rows
            .iter()
            .filter(|row| error_may_answer(row.code))
            .map(|row| &*row.name)
            .collect();
        nearest_name(name, &candidates)
            .and_then(|found| self.rows.iter().find(|row| row.name == found))
    }

    fn undocumented_name(&self, name: &str) -> String {
        let mut out = format!("`{name}` is not a documented response code{}; ", self.of());
        if let Some(row) = self.nearest_error_row(name) {
            let _ = write!(out, "did you mean `{}` ({})? ", row.name, row.code);
        } else if looks_like_a_constant(name) {
            let example = self
                .rows
                .iter()
                .find(|row| row.code == 404)
                .or_else(|| self.rows.iter().find(|row| error_may_answer(row.code)));
            out.push_str(
                "a constant's value is not known to the derive, which checks the code as it \
                 compiles: write the number or the code's name",
            );
            if let Some(row) = example {
                let _ = write!(out, ", such as `{}` or `{}`", row.code, row.name);
            }
            out.push_str("; ");
        }
        out.push_str(&self.documented_list());
        out
    }
}

/// Whether `name` is written as a constant is (`NOT_THERE`, `E404`).
fn looks_like_a_constant(name: &str) -> bool {
    name.bytes().any(|b| b.is_ascii_uppercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::{LISTED, Row, Table};
    use proc_macro2::TokenStream;

    fn table(codes: u16) -> Table {
        table_of(400..400 + codes)
    }

    fn table_of(codes: impl Iterator<Item = u16>) -> Table {
        let rows = codes
            .map(|code| Row {
                code,
                name: format!("C{}", code - 400).into(),
                message: "m".into(),
            })
            .collect();
        Table::own("Shop".into(), Vec::new(), TokenStream::new(), rows)
    }

    /// An outage's examples are server errors the table does not document:
    /// 500 and 503 first, then the lowest; one where one is left; none,
    /// said so, where it documents them all.
    #[test]
    fn outage_examples_are_undocumented() {
        let example = |codes: &[u16]| table_of(codes.iter().copied()).outage_example();
        assert_eq!(example(&[404]), ", such as `code = 500` or `code = 503`");
        assert_eq!(example(&[500]), ", such as `code = 503` or `code = 501`");
        assert_eq!(
            example(&[500, 501, 502, 503]),
            ", such as `code = 504` or `code = 505`"
        );
        let all_but = |left: u16| table_of((500..600).filter(|&code| code != left));
        assert_eq!(all_but(577).outage_example(), ", here only `code = 577`");
        assert_eq!(
            table_of(500..600).outage_example(),
            " (500 to 599), and this table documents every one"
        );
    }

    /// A long table's list in a message names its first codes and how
    /// many more it has; a table of up to [`LISTED`] codes lists them all.
    #[test]
    fn a_long_list_is_cut() {
        let all = table(u16::try_from(LISTED).unwrap()).documented_list();
        assert!(
            all.starts_with("`Shop` documents 400 (C0), 401 (C1), "),
            "{all}"
        );
        assert!(all.ends_with(", 423 (C23)"), "{all}");
        assert_eq!(
            table(2).documented_list(),
            "`Shop` documents 400 (C0), 401 (C1)"
        );
        let cut = table(500).documented_list();
        assert!(cut.ends_with(", 422 (C22) and 477 more"), "{cut}");
        let one_over = table(25).documented_list();
        assert!(one_over.ends_with(", 422 (C22) and 2 more"), "{one_over}");
    }
}
