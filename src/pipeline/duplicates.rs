//! The same form read twice in one run (reviewer s18): a folder holding a department's
//! workbook and the text copied from its PDF, or a copy of a file, scored every form of it
//! twice with nothing said. A form with the same project name, unit and figures as one read
//! before it in the run gets a `duplicate-form` warning naming the first; both are still
//! scored, as read.

use crate::i18n::{Message, msg};
use crate::model::{Case, Number};
use crate::outcome::{Finding, FindingCode, Outcome};
use std::collections::HashMap;

/// What tells a form from another: its project name and unit as written, and every figure
/// it holds (funds amounts, points and scores, the totals), as numbers — a workbook's
/// `95.00` and the PDF text's `95` are one figure. None for a form with no project name.
pub(super) fn form_key(case: &Case) -> Option<String> {
    let project = case.project.text.trim();
    if project.is_empty() {
        return None;
    }
    let mut key = format!("{project}\u{1f}{}", case.unit.text.trim());
    let mut add = |n: &Number| {
        key.push('\u{1f}');
        match n {
            Number::Value(v) => key.push_str(&v.normalize().to_string()),
            Number::Blank => {}
            _ => key.push('?'),
        }
    };
    for f in &case.funds {
        for (_, n) in [
            &f.initial_budget,
            &f.full_year_budget,
            &f.spent,
            &f.points,
            &f.score,
        ] {
            add(n);
        }
    }
    for i in &case.indicators {
        add(&i.points.1);
        add(&i.score.1);
    }
    add(&case.total_points.1);
    add(&case.total_score.1);
    Some(key)
}

/// The forms of a run so far, by their [`form_key`]: the name of the first read of each.
#[derive(Debug, Default)]
pub(super) struct Seen(HashMap<String, Message>);

impl Seen {
    /// Says on `outcome` the form it repeats (`duplicate-form`, on its 项目名称: `place`),
    /// or keeps it as the first of its key.
    pub(super) fn check(
        &mut self,
        key: Option<String>,
        outcome: &mut Outcome,
        place: crate::source::Place,
    ) {
        let Some(key) = key else {
            return;
        };
        match self.0.get(&key) {
            Some(first) => outcome.findings.push(Finding {
                code: FindingCode::DuplicateForm,
                severity: FindingCode::DuplicateForm.severity(),
                message: msg!("finding-duplicate-form", first = first.clone()),
                location: place,
            }),
            None => {
                let first = match outcome.form {
                    Some(form) => msg!("form-of-input", file = outcome.file.as_str(), form = form),
                    None => Message::verbatim(outcome.file.clone()),
                };
                self.0.insert(key, first);
            }
        }
    }
}
