//! Findings compared by their code and their place on the form (tester s12b N5): two scorings
//! of a form compared as counts per code read a `score-mismatch` that moved from 管护机制 to
//! the funds row as "no change", and the shared line called a form "没有" a finding it had on
//! another line. Here a finding is its code and the line of the form it is on
//! ([`crate::source::Place::row`]); what came, went and moved is said with those lines.
//! `diff`, `watch` and `regress` all compare through [`place_changes`].

use crate::i18n::{Message, msg};
use crate::outcome::Finding;
use crate::outcome::words::finding_label;
use crate::source::WHOLE_FORM;
use serde::Serialize;

/// A finding as compared: its code and the line of the form it is on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Placed {
    /// The finding code.
    pub code: String,
    /// The line of the form ([`crate::source::Place::row`]).
    pub place: String,
}

impl Placed {
    /// A finding's code and line.
    pub fn of(f: &Finding) -> Placed {
        Placed {
            code: f.code.as_str().to_owned(),
            place: f.location.row(),
        }
    }

    /// Every finding of an outcome, sorted.
    pub fn all(findings: &[Finding]) -> Vec<Placed> {
        let mut out: Vec<Placed> = findings.iter().map(Placed::of).collect();
        out.sort();
        out
    }
}

/// One finding that came, went or moved between two scorings of a form. JSON: `{"change":
/// "came", "code": …, "place": …}`, `went` the same, `{"change": "moved", "code": …, "from":
/// …, "to": …}`; a place is the line of the form in its own words, `全表` for the form as a
/// whole.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "change", rename_all = "lowercase")]
pub enum PlaceChange {
    /// A finding the form has now at `place` and did not have there before.
    Came {
        /// The finding code.
        code: String,
        /// Its line.
        place: String,
    },
    /// A finding the form had at `place` and has no longer.
    Went {
        /// The finding code.
        code: String,
        /// Its line.
        place: String,
    },
    /// A finding of the same code that went from one line and came on another.
    Moved {
        /// The finding code.
        code: String,
        /// The line it was on.
        from: String,
        /// The line it is on now.
        to: String,
    },
}

impl PlaceChange {
    /// The finding code.
    pub fn code(&self) -> &str {
        match self {
            PlaceChange::Came { code, .. }
            | PlaceChange::Went { code, .. }
            | PlaceChange::Moved { code, .. } => code,
        }
    }

    /// The line in words, alone: `问题 +自评得分与计算得分不一致：年度资金总额`,
    /// `问题 自评得分与计算得分不一致：效益指标 指标1:管护机制 → 年度资金总额`.
    pub fn text(&self) -> String {
        texts(std::slice::from_ref(self)).concat()
    }
}

/// A place as people read it: the line as the form names it, the whole form in words.
pub fn place_text(place: &str) -> String {
    if place == WHOLE_FORM {
        msg!("finding-place-whole-form").to_string()
    } else {
        place.to_owned()
    }
}

/// What came, went and moved from `old` to `new` (each sorted, as [`Placed::all`] gives
/// them): the findings on the same line under both are left out, a code that went from one
/// line and came on another is a move. When several of a code went and came, each gone one is
/// paired with the most like it of those come ([`pair_moves`]). In order: came, went, moved
/// (the moves sorted by code and line they left).
pub fn place_changes(old: &[Placed], new: &[Placed]) -> Vec<PlaceChange> {
    let minus = |a: &[Placed], b: &[Placed]| {
        let mut rest: Vec<&Placed> = b.iter().collect();
        let mut out = Vec::new();
        for x in a {
            match rest.iter().position(|y| *y == x) {
                Some(i) => {
                    rest.remove(i);
                }
                None => out.push(x.clone()),
            }
        }
        out
    };
    let (mut came, mut went) = (minus(new, old), minus(old, new));
    let moved = pair_moves(&mut went, &mut came);
    let mut out: Vec<PlaceChange> = came
        .into_iter()
        .map(|p| PlaceChange::Came {
            code: p.code,
            place: p.place,
        })
        .collect();
    out.extend(went.into_iter().map(|p| PlaceChange::Went {
        code: p.code,
        place: p.place,
    }));
    out.extend(moved);
    out
}

/// How alike two lines of a form are, for pairing a finding that went from one with one that
/// came on the other: the same indicator (level-3 name) under another level-1 label, then the
/// same block (level-1 label; the funds rows are one block), then any. A place keeps the
/// level-1 and level-3 names only ([`crate::source::Place::row`]), so a 二级指标 is not
/// compared; the level-1 label is the block.
#[derive(Debug, Clone, Copy)]
enum Likeness {
    SameIndicator,
    SameBlock,
    Any,
}

impl Likeness {
    fn fits(self, a: &str, b: &str) -> bool {
        match self {
            Likeness::SameIndicator => a
                .split_once(' ')
                .zip(b.split_once(' '))
                .is_some_and(|((_, x), (_, y))| x == y),
            Likeness::SameBlock => block(a) == block(b),
            Likeness::Any => true,
        }
    }
}

/// The block of the form a line is in: an indicator's level-1 label, one block for every
/// funds row (their places are their labels: `年度资金总额`, `本年财政拨款` …), else the line.
fn block(place: &str) -> &str {
    match place.split_once(' ') {
        Some((level1, _)) => level1,
        None if crate::import::grid::is_funds_label(place) || place == "项目资金" => "项目资金",
        None => place,
    }
}

/// Pairs findings of one code that went from a line with ones that came on another: first a
/// gone one with the same indicator come under another label, then one in the same block,
/// then the rest in the order of their lines (session 14: before, the first gone was paired
/// with the first come in sorted order, a guess that could pair 管护机制 with a funds row
/// while another 管护机制 came). Paired findings leave `went` and `came`.
fn pair_moves(went: &mut Vec<Placed>, came: &mut Vec<Placed>) -> Vec<PlaceChange> {
    let mut moved = Vec::new();
    for likeness in [Likeness::SameIndicator, Likeness::SameBlock, Likeness::Any] {
        let mut i = 0;
        while let Some(w) = went.get(i) {
            let like = came
                .iter()
                .position(|c| c.code == w.code && likeness.fits(&w.place, &c.place));
            match like {
                Some(j) => {
                    let (w, c) = (went.remove(i), came.remove(j));
                    moved.push(PlaceChange::Moved {
                        code: w.code,
                        from: w.place,
                        to: c.place,
                    });
                }
                None => i += 1,
            }
        }
    }
    moved.sort();
    moved
}

/// The changes of one form as lines: those of a code that came (or went) together on one
/// line with their places (`问题 +文字不属于任何档次 (×3)：产出指标 指标1:工程验收、…`; a
/// finding about the whole form without a place, as before), each move on its own line.
pub fn texts(changes: &[PlaceChange]) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = changes;
    while let Some(first) = rest.first() {
        let (sign, code) = match first {
            PlaceChange::Came { code, .. } => ("+", code),
            PlaceChange::Went { code, .. } => ("-", code),
            PlaceChange::Moved { code, from, to } => {
                let line = msg!(
                    "report-diff-finding-moved",
                    code = finding_label(code),
                    from = place_text(from),
                    to = place_text(to)
                );
                out.push(line.to_string());
                rest = rest.get(1..).unwrap_or_default();
                continue;
            }
        };
        let same = |c: &PlaceChange| {
            std::mem::discriminant(c) == std::mem::discriminant(first) && c.code() == code
        };
        let n = rest.iter().take_while(|c| same(c)).count();
        let places: Vec<Message> = rest
            .iter()
            .take(n)
            .filter_map(|c| match c {
                PlaceChange::Came { place, .. } | PlaceChange::Went { place, .. }
                    if place != WHOLE_FORM =>
                {
                    Some(Message::verbatim(place.clone()))
                }
                _ => None,
            })
            .collect();
        let times = if n > 1 {
            format!(" (×{n})")
        } else {
            String::new()
        };
        let line = if places.is_empty() {
            msg!(
                "report-diff-finding",
                sign = sign,
                code = finding_label(code),
                times = times
            )
        } else {
            msg!(
                "report-diff-finding-at",
                sign = sign,
                code = finding_label(code),
                times = times,
                places = crate::i18n::list(places)
            )
        };
        out.push(line.to_string());
        rest = rest.get(n..).unwrap_or_default();
    }
    out
}

/// Why a form does not have a change most forms share, when "没有" would mislead (tester
/// s12b N5: `#1 没有` of a `score-mismatch` #1 had on another line): its finding of the code
/// moved here or away, came on another line, or stood on this line under both. None when
/// the form has no such finding at all. `changes` and `kept` are the form's (kept: the
/// findings on the same line under both).
pub fn why_without(
    item: &PlaceChange,
    name: &str,
    changes: &[PlaceChange],
    kept: &[Placed],
) -> Option<Message> {
    let of_code = |c: &&PlaceChange| c.code() == item.code();
    let moved = changes
        .iter()
        .filter(of_code)
        .find_map(|c| match (item, c) {
            (PlaceChange::Came { place, .. }, PlaceChange::Moved { from, to, .. })
                if to == place =>
            {
                Some(msg!(
                    "report-shared-moved-here",
                    name = name,
                    from = place_text(from)
                ))
            }
            (PlaceChange::Went { place, .. }, PlaceChange::Moved { from, to, .. })
                if from == place =>
            {
                Some(msg!(
                    "report-shared-moved-away",
                    name = name,
                    to = place_text(to)
                ))
            }
            _ => None,
        });
    if moved.is_some() {
        return moved;
    }
    let place = match item {
        PlaceChange::Came { place, .. } | PlaceChange::Went { place, .. } => place,
        PlaceChange::Moved { .. } => return None,
    };
    if kept
        .iter()
        .any(|k| k.code == item.code() && k.place == *place)
    {
        return Some(msg!("report-shared-kept", name = name));
    }
    let elsewhere: Vec<Message> = changes
        .iter()
        .filter(of_code)
        .filter(|c| std::mem::discriminant(*c) == std::mem::discriminant(item))
        .filter_map(|c| match c {
            PlaceChange::Came { place, .. } | PlaceChange::Went { place, .. } => {
                Some(Message::verbatim(place_text(place)))
            }
            PlaceChange::Moved { .. } => None,
        })
        .collect();
    (!elsewhere.is_empty()).then(|| {
        msg!(
            "report-shared-elsewhere",
            name = name,
            places = crate::i18n::list(elsewhere)
        )
    })
}

/// A finding kind that came (`true`) or went on most cases, each on its own lines.
pub type Kind = (bool, String);

/// The finding changes most cases of a comparison share, to be said once (s11c H4): first by
/// code and line (`14 张表都有同一变动：问题 +自评得分与计算得分不一致：年度资金总额`), then, of what is
/// left, by kind where each case has it on its own line (a level-1 weight mismatch is on the
/// first line of the level-1 group, another line on each form): counts per kind are the
/// clearest summary there (`14 张表都有同一变动：问题 +一级指标分值与规则权重不符（各表所在的行不同）`).
#[derive(Debug, Clone, Default)]
pub struct SharedFindings {
    /// Shared by code and line.
    pub placed: Vec<crate::compare::shared::Shared<PlaceChange>>,
    /// Shared by kind only.
    pub kinds: Vec<crate::compare::shared::Shared<Kind>>,
}

impl SharedFindings {
    /// What `cases` (each case's changes) share.
    pub fn of(cases: &[Vec<PlaceChange>]) -> SharedFindings {
        use crate::compare::shared::shared;
        let placed = shared(cases);
        let rest: Vec<Vec<Kind>> = cases
            .iter()
            .map(|c| {
                c.iter()
                    .filter(|f| !placed.iter().any(|s| s.item == **f))
                    .filter_map(kind)
                    .collect()
            })
            .collect();
        let kinds = shared(&rest);
        SharedFindings { placed, kinds }
    }

    /// A case's changes that are not said once.
    pub fn own(&self, changes: &[PlaceChange]) -> Vec<PlaceChange> {
        changes
            .iter()
            .filter(|f| !self.placed.iter().any(|s| s.item == **f))
            .filter(|f| !kind(f).is_some_and(|k| self.kinds.iter().any(|s| s.item == k)))
            .cloned()
            .collect()
    }
}

/// The kind of a finding that came or went; none for a move.
fn kind(change: &PlaceChange) -> Option<Kind> {
    match change {
        PlaceChange::Came { code, .. } => Some((true, code.clone())),
        PlaceChange::Went { code, .. } => Some((false, code.clone())),
        PlaceChange::Moved { .. } => None,
    }
}

/// A kind said once, in words: `问题 +一级指标分值与规则权重不符（各表所在的行不同）`.
pub fn kind_text(kind: &Kind) -> String {
    msg!(
        "report-diff-finding-kind",
        sign = if kind.0 { "+" } else { "-" },
        code = finding_label(&kind.1)
    )
    .to_string()
}

/// A kind as a change of no particular line, for its wording ([`crate::compare::shared::Wording::get`]).
pub fn kind_change(kind: &Kind) -> PlaceChange {
    let (code, place) = (kind.1.clone(), String::new());
    if kind.0 {
        PlaceChange::Came { code, place }
    } else {
        PlaceChange::Went { code, place }
    }
}

/// Why a case does not have a kind most cases share: its finding of the code moved (`#1 的这一
/// 问题从…移到了…`); none otherwise.
pub fn why_without_kind(kind: &Kind, name: &str, changes: &[PlaceChange]) -> Option<Message> {
    changes.iter().find_map(|c| match c {
        PlaceChange::Moved { code, from, to } if *code == kind.1 => Some(msg!(
            "report-shared-moved",
            name = name,
            from = place_text(from),
            to = place_text(to)
        )),
        _ => None,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn p(code: &str, place: &str) -> Placed {
        Placed {
            code: code.into(),
            place: place.into(),
        }
    }

    /// Tester s12b N5: the mismatch on 管护机制 went and one on the funds row came — a move,
    /// not "no change"; the total-mismatch on both sides is no change at all.
    /// Two findings of one code move: each is paired with the most like line come — the same
    /// indicator under another label, then the same block — not first with first in sorted
    /// order (session 14).
    #[test]
    fn moves_pair_the_most_similar_lines() {
        let mut old = vec![
            p("score-mismatch", "产出指标 指标1:a"),
            p("score-mismatch", "效益指标 指标1:b"),
            p("score-mismatch", "效益指标 指标2:x"),
        ];
        let mut new = vec![
            p("score-mismatch", "效益指标 指标1:c"),
            p("score-mismatch", "满意度指标 指标1:d"),
            p("score-mismatch", "产出指标 指标2:x"),
        ];
        old.sort();
        new.sort();
        let moved = |from: &str, to: &str| PlaceChange::Moved {
            code: "score-mismatch".into(),
            from: from.into(),
            to: to.into(),
        };
        assert_eq!(
            place_changes(&old, &new),
            [
                moved("产出指标 指标1:a", "满意度指标 指标1:d"),
                moved("效益指标 指标1:b", "效益指标 指标1:c"),
                moved("效益指标 指标2:x", "产出指标 指标2:x"),
            ]
        );
        // Funds rows are one block.
        let old = vec![
            p("score-mismatch", "本年财政拨款"),
            p("score-mismatch", "效益指标 指标1:b"),
        ];
        let mut new = vec![
            p("score-mismatch", "年度资金总额"),
            p("score-mismatch", "产出指标 指标1:a"),
        ];
        new.sort();
        assert!(place_changes(&old, &new).contains(&moved("本年财政拨款", "年度资金总额")));
    }

    #[test]
    fn a_finding_on_another_line_is_a_move() {
        let old = vec![
            p("score-mismatch", "效益指标 指标1:管护机制"),
            p("total-mismatch", "总分"),
        ];
        let mut new = vec![
            p("score-mismatch", "年度资金总额"),
            p("total-mismatch", "总分"),
            p("year-mismatch", WHOLE_FORM),
        ];
        new.sort();
        let changes = place_changes(&old, &new);
        assert_eq!(
            changes,
            [
                PlaceChange::Came {
                    code: "year-mismatch".into(),
                    place: WHOLE_FORM.into()
                },
                PlaceChange::Moved {
                    code: "score-mismatch".into(),
                    from: "效益指标 指标1:管护机制".into(),
                    to: "年度资金总额".into()
                },
            ]
        );
        let item = PlaceChange::Came {
            code: "score-mismatch".into(),
            place: "年度资金总额".into(),
        };
        let why = why_without(&item, "#1", &changes, &[p("total-mismatch", "总分")]);
        assert!(why.unwrap().to_string().contains("管护机制"));
        let total = PlaceChange::Came {
            code: "total-mismatch".into(),
            place: "总分".into(),
        };
        assert!(why_without(&total, "#1", &changes, &[p("total-mismatch", "总分")]).is_some());
        let other = PlaceChange::Came {
            code: "blank-actual".into(),
            place: "总分".into(),
        };
        assert!(why_without(&other, "#1", &changes, &[]).is_none());
    }

    #[test]
    fn findings_of_a_code_on_several_lines_are_one_line_of_text() {
        let changes = place_changes(
            &[],
            &[
                p("unknown-band", "产出指标 指标1:工程验收"),
                p("unknown-band", "效益指标 指标1:管护机制"),
            ],
        );
        let lines = texts(&changes);
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(lines[0].contains("(×2)"), "{lines:?}");
        assert!(lines[0].contains("产出指标 指标1:工程验收"), "{lines:?}");
        // A finding about the whole form is said as before, without a place.
        let whole = texts(&place_changes(&[], &[p("year-mismatch", WHOLE_FORM)]));
        assert!(!whole[0].contains(WHOLE_FORM), "{whole:?}");
    }
}
