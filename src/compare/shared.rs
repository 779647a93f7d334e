//! Changes most cases of a comparison share, said once (tester s11c H4): a rule set whose
//! `year` is later than the forms' adds `year-mismatch` to every form, and `diff`, `regress`
//! and `watch` listed it under each form, burying the one form whose score moved. The text
//! outputs say such a change once, above the cases, with its wording when every case words it
//! alike, and leave it out of each case's lines; the data (JSON) keeps every case's changes.

use super::placed::PlaceChange;
use crate::i18n::{Message, msg};
use crate::outcome::Finding;
use std::collections::BTreeMap;

/// The fewest cases a change must be on to be said once: on two, one line saves nothing.
pub const MIN_CASES: usize = 3;

/// How many cases without a shared change its line names before `… 等 N 张`.
const NAMED: usize = 10;

/// A change most cases share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared<T> {
    /// The change.
    pub item: T,
    /// How many cases have it.
    pub count: usize,
    /// The cases without it: positions in the list given to [`shared`].
    pub without: Vec<usize>,
}

/// The changes on at least [`MIN_CASES`] cases and on more than half of them, in the order
/// they first appear. `cases` holds the changes of every case compared, a case with none
/// too (it counts in the half); a case listing a change twice has it once.
pub fn shared<T: Ord + Clone>(cases: &[Vec<T>]) -> Vec<Shared<T>> {
    // item → (first seen, cases with it)
    let mut seen: BTreeMap<&T, (usize, Vec<bool>)> = BTreeMap::new();
    let mut order = 0;
    for (i, items) in cases.iter().enumerate() {
        for item in items {
            let entry = seen.entry(item).or_insert_with(|| {
                order += 1;
                (order, vec![false; cases.len()])
            });
            if let Some(on) = entry.1.get_mut(i) {
                *on = true;
            }
        }
    }
    let mut out: Vec<(usize, Shared<T>)> = seen
        .into_iter()
        .filter_map(|(item, (first, on))| {
            let count = on.iter().filter(|x| **x).count();
            (count >= MIN_CASES && 2 * count > cases.len()).then(|| {
                let without = (0..on.len()).filter(|&i| !on[i]).collect();
                (
                    first,
                    Shared {
                        item: item.clone(),
                        count,
                        without,
                    },
                )
            })
        })
        .collect();
    out.sort_by_key(|(first, _)| *first);
    out.into_iter().map(|(_, s)| s).collect()
}

impl<T> Shared<T> {
    /// The line that says it once: `14 张表都有同一变动：问题 +表的年度与规则不一致`, or on most cases
    /// `14 张表中 13 张有同一变动：…（其余的：#5 没有）`; `line` is the change in words, `cases` how many
    /// cases were compared, `name` a case without it as the output names cases, and `why`
    /// what such a case has instead when "没有" would mislead (tester s12b N5: its finding of
    /// the code moved here from another line: `#1 的这一问题原在…，移到了这里`), given the
    /// case's name.
    pub fn line(
        &self,
        line: &str,
        cases: usize,
        name: impl Fn(usize) -> String,
        why: impl Fn(usize, &str) -> Option<Message>,
    ) -> String {
        if self.without.is_empty() {
            return msg!("report-shared-all", count = self.count, line = line).to_string();
        }
        let mut reasons: Vec<String> = Vec::new();
        let mut plain: Vec<Message> = Vec::new();
        for &i in &self.without {
            let shown = name(i);
            match why(i, &shown) {
                Some(m) if reasons.len() < NAMED => reasons.push(m.to_string()),
                Some(_) => plain.push(Message::verbatim(shown)),
                None => plain.push(Message::verbatim(shown)),
            }
        }
        if !plain.is_empty() {
            let more = plain.len();
            plain.truncate(NAMED);
            let names = crate::i18n::list(plain);
            let without = if more > NAMED {
                msg!("report-shared-without-more", names = names, count = more)
            } else {
                msg!("report-shared-without", names = names)
            };
            reasons.push(without.to_string());
        }
        let without = reasons.join(&msg!("report-shared-separator").to_string());
        msg!(
            "report-shared-most",
            count = self.count,
            cases = cases,
            line = line,
            without = without
        )
        .to_string()
    }
}

/// The message of each finding kind that came or went in a case, where the case has one
/// finding of the code: the wording a shared change is said with once when every case that
/// has it words it alike (`表的年度 2023 与规则“my-2024”的年度 2024 不一致：…`).
#[derive(Debug, Clone, Default)]
pub struct Wording(Vec<(bool, String, Message)>);

impl Wording {
    /// The messages of the findings that came (`added`, from `after`) and went (`removed`,
    /// from `before` when it is known: accepted results keep codes only).
    pub fn of(
        before: Option<&[Finding]>,
        after: &[Finding],
        added: &[String],
        removed: &[String],
    ) -> Wording {
        let mut out = Vec::new();
        let mut take = |findings: &[Finding], codes: &[String], sign: bool| {
            for code in codes {
                let mut of_code = findings.iter().filter(|f| f.code.as_str() == code);
                if let (Some(f), None) = (of_code.next(), of_code.next())
                    && !out.iter().any(|(s, c, _)| *s == sign && c == code)
                {
                    out.push((sign, code.clone(), f.message.clone()));
                }
            }
        };
        take(after, added, true);
        if let Some(before) = before {
            take(before, removed, false);
        }
        Wording(out)
    }

    /// The message of the finding that came or went in this case, when it has one (none for
    /// a finding that moved).
    pub fn get(&self, change: &PlaceChange) -> Option<&Message> {
        let (added, code) = match change {
            PlaceChange::Came { code, .. } => (true, code),
            PlaceChange::Went { code, .. } => (false, code),
            PlaceChange::Moved { .. } => return None,
        };
        self.0
            .iter()
            .find(|(s, c, _)| *s == added && c == code)
            .map(|(.., m)| m)
    }
}

/// The one wording of a shared change: `Some` when every case that has it gives the same
/// message (`messages`: each such case's), none when one gives none or they differ.
pub fn alike<'a>(mut messages: impl Iterator<Item = Option<&'a Message>>) -> Option<&'a Message> {
    let first = messages.next()??;
    messages.all(|m| m == Some(first)).then_some(first)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn a_change_on_every_case_or_most_is_shared() {
        let all = vec![vec!["y"], vec!["y", "s"], vec!["y"], vec!["y"]];
        let s = shared(&all);
        assert_eq!(s.len(), 1);
        assert_eq!((s[0].item, s[0].count), ("y", 4));
        assert!(s[0].without.is_empty());
        // More than half and at least three: 3 of 5 is shared, naming the other two.
        let most = vec![vec!["y"], vec![], vec!["y"], vec!["y", "y"], vec![]];
        let s = shared(&most);
        assert_eq!((s[0].count, s[0].without.clone()), (3, vec![1, 4]));
        // Half is not more than half; two is too few to save a line.
        assert!(shared(&[vec!["y"], vec!["y"], vec!["y"], vec![], vec![], vec![]]).is_empty());
        assert!(shared(&[vec!["y"], vec!["y"]]).is_empty());
    }

    #[test]
    fn shared_changes_keep_the_order_they_first_appear_in() {
        let cases = vec![vec!["b", "a"], vec!["a", "b"], vec!["b", "a"]];
        let items: Vec<&str> = shared(&cases).into_iter().map(|s| s.item).collect();
        assert_eq!(items, ["b", "a"]);
    }

    #[test]
    fn one_wording_only_when_every_case_words_it_alike() {
        let (a, b) = (Message::verbatim("x"), Message::verbatim("y"));
        assert_eq!(alike([Some(&a), Some(&a)].into_iter()), Some(&a));
        assert_eq!(alike([Some(&a), Some(&b)].into_iter()), None);
        assert_eq!(alike([Some(&a), None].into_iter()), None);
        assert_eq!(alike(std::iter::empty()), None);
    }
}
