//! Suggestions for a name that was misspelled or half remembered: the
//! nearest key of an attribute, or the code a variant name meant.

/// The candidate nearest `name` (case and underscores aside), if it is
/// near enough to be what was meant: at most 2 edits, or a third of the
/// name's length.
pub fn nearest<'c>(name: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let wanted = fold(name);
    candidates
        .iter()
        .map(|&candidate| (edit_distance(&wanted, &fold(candidate)), candidate))
        .min_by_key(|&(distance, _)| distance)
        .filter(|&(distance, _)| distance <= 2.max(wanted.len() / 3))
        .map(|(_, candidate)| candidate)
}

/// Whether `name` is one of `candidates`, or one slip of the keyboard from
/// one (an edit), case and underscores aside.
pub fn slip_of(name: &str, candidates: &[&str]) -> bool {
    let wanted = fold(name);
    candidates
        .iter()
        .any(|candidate| edit_distance(&wanted, &fold(candidate)) <= 1)
}

/// [`nearest`] for a code's variant name (a misspelling, whatever it
/// means), else the shortest name whose words (`ImATeapot`: im, a,
/// teapot) hold the words written (`Teapot`), in order, and not right
/// after a "not" or "no" (`Found` is not offered `NotFound`; `Method` is
/// offered `MethodNotAllowed`).
pub fn nearest_name<'c>(name: &str, candidates: &[&'c str]) -> Option<&'c str> {
    nearest(name, candidates).or_else(|| {
        let wanted = words(name);
        // Words of 4 letters or more in all, so `A` or `No` suggest nothing.
        if wanted.iter().map(String::len).sum::<usize>() < 4 {
            return None;
        }
        candidates
            .iter()
            .filter(|candidate| {
                let words = words(candidate);
                words.windows(wanted.len()).enumerate().any(|(at, run)| {
                    run == wanted.as_slice()
                        && !at
                            .checked_sub(1)
                            .is_some_and(|before| matches!(words[before].as_str(), "not" | "no"))
                })
            })
            .min_by_key(|candidate| candidate.len())
            .copied()
    })
}

/// A name's words, lowercase: split at underscores, before an uppercase
/// letter after a lowercase one or a digit, and before the last of a run of
/// uppercase letters that a lowercase one follows (`HTTPError`: http,
/// error; `ImATeapot`: im, a, teapot).
fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut words: Vec<String> = Vec::new();
    let mut fresh = true;
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            fresh = true;
            continue;
        }
        let previous = i.checked_sub(1).map(|i| chars[i]);
        let next = chars.get(i + 1);
        let starts = c.is_uppercase()
            && previous.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_uppercase() && next.is_some_and(|n| n.is_lowercase()))
            });
        if fresh || starts {
            words.push(String::new());
            fresh = false;
        }
        if let Some(word) = words.last_mut() {
            word.extend(c.to_lowercase());
        }
    }
    words
}

/// Lowercase without underscores, so `not_found` and `NOTFOUND` match `NotFound`.
pub fn fold(name: &str) -> Vec<char> {
    name.chars()
        .filter(|&c| c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{nearest, nearest_name, words};

    #[test]
    fn nearest_names() {
        let names = [
            "NotFound",
            "ImATeapot",
            "TooManyRequests",
            "Conflict",
            "MethodNotAllowed",
            "NotAcceptable",
        ];
        assert_eq!(nearest_name("NotFoud", &names), Some("NotFound"));
        assert_eq!(nearest_name("not_found", &names), Some("NotFound"));
        assert_eq!(nearest_name("Teapot", &names), Some("ImATeapot"));
        assert_eq!(nearest_name("Requests", &names), Some("TooManyRequests"));
        assert_eq!(
            nearest_name("many_requests", &names),
            Some("TooManyRequests")
        );
        // By words, never the name's negation, nor part of a word, nor
        // for a word or two of a few letters.
        assert_eq!(nearest_name("Found", &names), None);
        assert_eq!(nearest_name("Allowed", &names), None);
        assert_eq!(nearest_name("Ound", &names), None);
        assert_eq!(nearest_name("Gone", &names), None);
        assert_eq!(nearest_name("A", &names), None);
        assert_eq!(nearest_name("Im", &names), None);
        assert_eq!(nearest_name("Method", &names), Some("MethodNotAllowed"));
        // A misspelling is still a misspelling.
        assert_eq!(
            nearest_name("MethodAllowed", &names),
            Some("MethodNotAllowed")
        );
        // Keys: by spelling only.
        let keys = ["message", "other_error", "transparent"];
        assert_eq!(nearest("mesage", &keys), Some("message"));
        assert_eq!(nearest("error", &keys), None);
        assert_eq!(nearest("parent", &keys), None);
    }

    /// By words, a name is not offered for the words right after a "no"
    /// within it, as after a "not"; the words from its start are.
    #[test]
    fn nearest_names_after_no() {
        let names = ["AccountNoLongerExists"];
        assert_eq!(nearest_name("LongerExists", &names), None);
        assert_eq!(
            nearest_name("AccountNoLonger", &names),
            Some("AccountNoLongerExists")
        );
    }

    #[test]
    fn words_of_names() {
        assert_eq!(words("ImATeapot"), ["im", "a", "teapot"]);
        assert_eq!(words("too_many_requests"), ["too", "many", "requests"]);
        assert_eq!(words("HTTPError"), ["http", "error"]);
        assert_eq!(words("Code2Fa"), ["code2", "fa"]);
    }
}
