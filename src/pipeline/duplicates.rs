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

use crate::i18n::{Message, msg};
use crate::import::traditional::name_key;
use crate::model::Case;
use crate::outcome::{Completeness, CopyKey, Figure, Finding, FindingCode, Outcome, form_figures};
use std::collections::HashMap;

/// What tells a form from another: its project name and unit folded to one script, and every figure
/// it holds ([`form_figures`]: funds amounts, points and scores, the totals), as numbers — a
/// workbook's `95.00` and the PDF text's `95` are one figure. Built of the figures themselves, not their
/// text: asked of every form of a run (#15: writing each figure out cost 4% of a seed run).
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

/// The figures mixed into one word, equal for equal figures (a normalised decimal has one
/// writing); two forms alike in it are still compared figure by figure.
fn fingerprint(figures: &[Figure]) -> u64 {
    let mix = |h: u64, x: u64| (h ^ x).wrapping_mul(0x0100_0000_01b3).rotate_left(29);
    figures.iter().fold(0xcbf2_9ce4_8422_2325, |h, f| match f {
        Figure::Value(v) => {
            let m = v.mantissa();
            let h = mix(h, m as u64);
            let h = mix(h, (m >> 64) as u64);
            mix(h, u64::from(v.scale()) | 1 << 32)
        }
        Figure::Blank => mix(h, 2 << 32),
        Figure::Other => mix(h, 3 << 32),
    })
}

/// The [`FormKey`] of `case`; none for a form with no project name.
pub(super) fn form_key(case: &Case) -> Option<FormKey> {
    let project = case.project.text.trim();
    if project.is_empty() {
        return None;
    }
    let figures = form_figures(case);
    Some(FormKey {
        project: name_key(project).into_owned(),
        unit: name_key(&case.unit.text).into_owned(),
        mixed: fingerprint(&figures),
        figures,
    })
}

/// The forms of a run so far, by their [`form_key`]: the name of the first read of each; and
/// by their [`CopyKey`]: the name and completeness of the copy counted.
#[derive(Debug, Default)]
pub(super) struct Seen {
    forms: HashMap<FormKey, Message>,
    copies: HashMap<CopyKey, (Message, Completeness)>,
}

impl Seen {
    /// Says on `outcome` the form it repeats (`duplicate-form`, on its 项目名称: `place`),
    /// or keeps it as the first of its key.
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
        let message = match (self.forms.get(&key), copy) {
            (Some(first), _) => msg!("finding-duplicate-form", first = first.clone()),
            (None, Some((first, counted))) => {
                msg!("finding-duplicate-copy", first = first, counted = counted)
            }
            (None, None) => {
                self.forms.insert(key, name);
                return;
            }
        };
        outcome.findings.push(Finding {
            code: FindingCode::DuplicateForm,
            severity: FindingCode::DuplicateForm.severity(),
            message,
            location: place,
        });
    }

    /// For a later copy of a form read before ([`CopyKey`]): the first copy's name and the
    /// name of the copy counted, this one when it is more complete (which is then kept as the
    /// copy counted).
    fn copy(&mut self, outcome: &Outcome, name: &Message) -> Option<(Message, Message)> {
        let key = outcome.copy.as_ref()?;
        let completeness = Completeness::of(outcome);
        let Some((counted, was)) = self.copies.get_mut(key) else {
            self.copies
                .insert(key.clone(), (name.clone(), completeness));
            return None;
        };
        let first = counted.clone();
        if completeness.replaces(*was) {
            (*counted, *was) = (name.clone(), completeness);
        }
        Some((first, counted.clone()))
    }
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
