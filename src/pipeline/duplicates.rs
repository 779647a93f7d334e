//! The same form read twice in one run (reviewer s18): a folder holding a department's
//! workbook and the text copied from its PDF, or a copy of a file, scored every form of it
//! twice with nothing said. A form with the same project name, unit and figures as one read
//! before it in the run gets a `duplicate-form` warning naming the first; both are still
//! scored, as read. Names are compared folded to one script (s21 D1: a form and its copy from
//! a site's 繁 switch are one form).
//!
//! A second copy of one form that is not read alike (s21 D3: the Word file and the text of its
//! web page, cut short) — the same [`crate::outcome::CopyKey`]: project name, unit, year and
//! funds figures — gets a `duplicate-form` warning too, naming both and the copy the
//! department summary counts (the more complete, [`crate::outcome::Completeness`]), as
//! `render::Departments` counts it.
//!
//! A form sent again with other figures (s24: a department's corrected version) — the same
//! project name, unit and year, written ([`crate::outcome::FormId::firm`]) — gets a
//! `revised-form` warning naming the copy counted before it and the figures that differ
//! (`全年执行数 80 → 95`, `“培训人次”的自评得分 8 → 10`, the 自评总分, the 计算总分), and which the
//! department summary counts: the more complete, else the later read
//! ([`crate::outcome::Versions`], the one choice both make).

use crate::i18n::{Message, msg};
use crate::import::traditional::name_key;
use crate::model::Case;
use crate::outcome::{
    Completeness, CopyGroup, Figure, Finding, FindingCode, Met, Outcome, Versions, fingerprint,
    form_figures,
};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::sync::Arc;

/// What tells a form from another: its project name and unit folded to one script, and every figure
/// it holds ([`form_figures`]: funds amounts, points and scores, the totals) and its computed
/// total, as numbers — a workbook's `95.00` and the PDF text's `95` are one figure; a version
/// whose actuals alone were corrected scores otherwise (s24). Built of the figures themselves,
/// not their text: asked of every form of a run (#15: writing each figure out cost 4% of a seed
/// run).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct FormKey {
    project: String,
    unit: String,
    figures: Vec<Figure>,
    /// The figures mixed into one word ([`fingerprint`]): what the run's map hashes of them
    /// (hashing a hundred decimals one by one cost more than building the key).
    mixed: u64,
}

impl std::hash::Hash for FormKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.project.hash(state);
        self.unit.hash(state);
        self.mixed.hash(state);
    }
}

/// The [`FormKey`] of `case` scored to `total`; none for a form with no project name.
pub(super) fn form_key(case: &Case, total: Option<Decimal>) -> Option<FormKey> {
    let project = case.project.text.trim();
    if project.is_empty() {
        return None;
    }
    let mut figures = form_figures(case);
    figures.push(total.map_or(Figure::Blank, |t| Figure::Value(t.normalize())));
    Some(FormKey {
        project: name_key(project).into_owned(),
        unit: name_key(&case.unit.text).into_owned(),
        mixed: fingerprint(&figures),
        figures,
    })
}

/// The forms of a run so far, by their [`form_key`]: the name of the first read of each; and
/// by the group of their copies ([`CopyGroup`]): which copy is counted, and its figures.
#[derive(Debug, Default)]
pub(super) struct Seen {
    forms: HashMap<FormKey, Message>,
    copies: HashMap<CopyGroup, Copies>,
}

/// The copies of one form read so far.
#[derive(Debug)]
struct Copies {
    versions: Versions,
    /// The name of the first copy read.
    first: Message,
    /// The name of the copy counted, and the figures a `revised-form` finding compares.
    counted: (Message, Figures),
}

/// What a copy met says of the copies before it.
enum Said {
    /// A copy of a form read before, cut short or more complete: `duplicate-form` naming the
    /// first copy and the one counted.
    Copy { first: Message, counted: Message },
    /// Another version of the form, with figures of its own: `revised-form`.
    Revised(Message),
}

impl Seen {
    /// Says on `outcome` the form it repeats (`duplicate-form`) or revises (`revised-form`),
    /// on its 项目名称 (`place`), and keeps it as the first of its key.
    pub(super) fn check(
        &mut self,
        key: Option<FormKey>,
        outcome: &mut Outcome,
        place: crate::source::Place,
    ) {
        let name = outcome.shown_message();
        let copy = self.copy(outcome, &name);
        let Some(key) = key else {
            return;
        };
        let (code, message) = match (self.forms.get(&key), copy) {
            (Some(first), _) => (
                FindingCode::DuplicateForm,
                msg!("finding-duplicate-form", first = first.clone()),
            ),
            (None, Some(Said::Copy { first, counted })) => (
                FindingCode::DuplicateForm,
                msg!("finding-duplicate-copy", first = first, counted = counted),
            ),
            (None, Some(Said::Revised(message))) => (FindingCode::RevisedForm, message),
            (None, None) => {
                self.forms.insert(key, name);
                return;
            }
        };
        // A later reading alike this one is its duplicate (a version's copy as well).
        self.forms.entry(key).or_insert(name);
        outcome.findings.push(Finding {
            code,
            severity: code.severity(),
            message,
            location: place,
        });
    }

    /// For a later copy or version of a form read before ([`CopyGroup`]): what to say of it
    /// against the copy counted, which it then is when [`Versions::meet`] says so.
    fn copy(&mut self, outcome: &Outcome, name: &Message) -> Option<Said> {
        let copy = outcome.copy.as_ref()?;
        let completeness = Completeness::of(outcome);
        let group = copy.group();
        let Some(copies) = self.copies.get_mut(&group) else {
            let copies = Copies {
                versions: Versions::new(copy, completeness),
                first: name.clone(),
                counted: (name.clone(), Figures::of(outcome)),
            };
            self.copies.insert(group, copies);
            return None;
        };
        let met = copies.versions.meet(copy, completeness);
        let before = copies.counted.0.clone();
        let said = match met.revised {
            true => {
                let changes = copies.counted.1.changes(outcome);
                let counted = if met.counted { name } else { &before };
                Said::Revised(revised(&before, changes, counted, met))
            }
            false => Said::Copy {
                first: copies.first.clone(),
                counted: if met.counted { name.clone() } else { before },
            },
        };
        if met.counted {
            copies.counted = (name.clone(), Figures::of(outcome));
        }
        Some(said)
    }
}

/// The `revised-form` message of a version of the form `other` (the copy counted before it):
/// what differs, and the copy counted now and why.
fn revised(other: &Message, changes: Vec<Message>, counted: &Message, met: Met) -> Message {
    let why = match met.counted && !met.more_complete {
        true => "later",
        false => "complete",
    };
    msg!(
        "finding-revised-form",
        other = other.clone(),
        changes = crate::i18n::list(changes),
        counted = counted.clone(),
        why = why
    )
}

/// How many differing figures a `revised-form` finding lists; the rest are counted.
const CHANGES_SHOWN: usize = 6;

/// The figures of a form a `revised-form` finding compares: the 全年预算数 and 全年执行数,
/// the 自评总分 and the 计算总分, each line's 分值 and 自评得分.
#[derive(Debug)]
struct Figures {
    budget: Option<Decimal>,
    spent: Option<Decimal>,
    reported_total: Option<Decimal>,
    total: Option<Decimal>,
    lines: Vec<(Arc<str>, Option<Decimal>, Option<Decimal>)>,
}

impl Figures {
    fn of(o: &Outcome) -> Figures {
        Figures {
            budget: o.execution.budget,
            spent: o.execution.spent,
            reported_total: o.reported_total,
            total: o.total,
            lines: (o.indicators.iter())
                .map(|i| (i.level3.clone(), i.points, i.reported_score))
                .collect(),
        }
    }

    /// Each figure of `o` that differs from these, as `what before → after`, the first
    /// [`CHANGES_SHOWN`] and how many more; "other figures" when none of those compared does.
    fn changes(&self, o: &Outcome) -> Vec<Message> {
        let now = Figures::of(o);
        let mut changes = Vec::new();
        let whole = [
            ("revised-budget", self.budget, now.budget),
            ("revised-spent", self.spent, now.spent),
            (
                "revised-reported-total",
                self.reported_total,
                now.reported_total,
            ),
            ("revised-total", self.total, now.total),
        ];
        for (what, was, is) in whole {
            if was != is {
                changes.push(change(Message::new(what), was, is));
            }
        }
        if self.lines.len() != now.lines.len() {
            let (was, is) = (self.lines.len(), now.lines.len());
            changes.push(msg!("revised-lines", was = was, is = is));
        } else {
            let pairs = self.lines.iter().zip(&now.lines).zip(&o.indicators);
            for (i, ((was, is), line)) in pairs.enumerate() {
                let line = crate::evaluate::line_named(line, i);
                if was.1 != is.1 {
                    let what = msg!("revised-line-points", line = line.clone());
                    changes.push(change(what, was.1, is.1));
                }
                if was.2 != is.2 {
                    let what = msg!("revised-line-score", line = line);
                    changes.push(change(what, was.2, is.2));
                }
            }
        }
        if changes.is_empty() {
            return vec![msg!("revised-other")];
        }
        let more = changes.len().saturating_sub(CHANGES_SHOWN);
        changes.truncate(CHANGES_SHOWN);
        if more > 0 {
            changes.push(msg!("revised-more", count = more));
        }
        changes
    }
}

/// `what was → is`, a blank figure said as such.
fn change(what: Message, was: Option<Decimal>, is: Option<Decimal>) -> Message {
    let figure = |d: Option<Decimal>| -> crate::i18n::Arg {
        match d {
            Some(d) => crate::evaluate::fmt(d).into(),
            None => msg!("revised-blank").into(),
        }
    };
    msg!(
        "revised-change",
        what = what,
        was = figure(was),
        is = figure(is)
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::Number;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn figure(text: &str) -> Figure {
        Figure::from(&Number::Value(Decimal::from_str(text).unwrap()))
    }

    /// A workbook's `95.00` and a text's `95` are one figure; 95 and 9.5 are not, nor a blank
    /// and an unreadable cell.
    #[test]
    fn figures_are_told_apart_by_value_not_by_their_writing() {
        assert_eq!(figure("95.00"), figure("95"));
        assert_ne!(figure("95"), figure("9.5"));
        assert_ne!(Figure::Blank, Figure::Other);
        assert_ne!(Figure::Blank, figure("0"));
        let state = std::hash::RandomState::new();
        use std::hash::BuildHasher;
        assert_eq!(
            state.hash_one(figure("95.000")),
            state.hash_one(figure("95"))
        );
    }
}
