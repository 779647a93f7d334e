//! A short indicator row ending in two equal numbers (`配套电力设施…3台 | 3 | 9.3 | 9.3`, tester
//! s20 T1, 云南南华). Read by its cell count, a four-cell row is level 3, target, actual and
//! 偏差原因, its 分值/得分 merged with the row above: the 9.3 points it carries vanish. Two
//! equal numbers after a target are as likely its 分值 and 得分 with the actual left out. The
//! level-1 label's points (`产出指标(50分)`), or the 总分 row's when no label carries any,
//! decide once the form is read: when the group adds up only with the pair read as 分值/得分,
//! the row is read so (said, `recognised`); otherwise today's reading stays, as a guess that
//! names the row, what was assumed and, where a label or the 总分 declares points, both sums.
//! Against the 总分, the funds row's 分值 is taken off first: it is part of the total.

use super::{Form, NoteKind, split_points};
use crate::i18n::msg;
use rust_decimal::Decimal;

/// A four-cell row read as sharing the row above's points whose last two cells are equal
/// numbers: a candidate for 分值/得分.
#[derive(Debug, Clone)]
pub(super) struct PairedRow {
    /// The row's indicator (an index into `indicators`) and its shares-points note.
    indicator: usize,
    note: usize,
    /// The two trailing cells (分值, 得分 if read as points).
    points: String,
    score: String,
}

/// The equal trailing numbers of a row's cells after the labels (level 3, target, then two).
pub(super) fn equal_pair(rest: &[&str]) -> Option<(String, String)> {
    let [_, _, a, b] = rest else { return None };
    let (x, y) = (number(a)?, number(b)?);
    (x == y && x > Decimal::ZERO).then(|| (a.trim().to_owned(), b.trim().to_owned()))
}

fn number(text: &str) -> Option<Decimal> {
    let t = text.trim();
    t.strip_suffix('分').unwrap_or(t).trim().parse().ok()
}

impl Form {
    /// Remembers the row just read (`rest` after its labels) when it ends in an equal pair.
    pub(super) fn mark_paired_row(&mut self, rest: &[&str]) {
        if let Some((points, score)) = equal_pair(rest) {
            self.paired_rows.push(PairedRow {
                indicator: self.indicators.len(),
                note: self.notes.len(),
                points,
                score,
            });
        }
    }

    /// Settles every paired row once the form is read (see the module docs).
    pub(super) fn settle_paired_rows(&mut self) {
        let pairs = std::mem::take(&mut self.paired_rows);
        let any_label = self
            .indicators
            .iter()
            .any(|i| split_points(&i.level1).1.is_some());
        // The 总分's points hold the funds row's (预算执行 10 of 100): the indicators' share.
        let funds_points = self
            .funds
            .first()
            .and_then(|f| {
                let at = match f.columns.is_empty() {
                    true => Some(3),
                    false => f.columns.iter().position(|&c| c == 3),
                };
                f.values.get(at?).map(String::as_str).and_then(number)
            })
            .unwrap_or_default();
        let total = self
            .total
            .as_ref()
            .and_then(|t| t.points.as_deref())
            .and_then(number)
            .map(|t| t - funds_points);
        let mut labels: Vec<String> = Vec::new();
        for p in &pairs {
            if let Some(i) = self.indicators.get(p.indicator)
                && !labels.contains(&i.level1)
            {
                labels.push(i.level1.clone());
            }
        }
        for label in labels {
            // The level-1 group, or the whole form when the total is the only figure.
            let (scope, written, against) = match split_points(&label).1 {
                Some(written) => (Some(label.clone()), Some(written), "label"),
                None if !any_label => (None, total, "total"),
                None => (None, None, "none"),
            };
            let in_scope = |i: &super::Indicator| scope.as_ref().is_none_or(|l| *l == i.level1);
            let group: Vec<&PairedRow> = pairs
                .iter()
                .filter(|p| {
                    self.indicators
                        .get(p.indicator)
                        .is_some_and(|i| i.level1 == label)
                })
                .collect();
            let read: Decimal = self
                .indicators
                .iter()
                .filter(|i| in_scope(i) && !i.shares_points)
                .filter_map(|i| i.points.as_deref().and_then(number))
                .sum();
            let paired: Decimal = group.iter().filter_map(|p| number(&p.points)).sum();
            // The group adds up as read: the sharing is confirmed, the note stays.
            if written == Some(read) {
                continue;
            }
            let adds_up = written.is_some_and(|w| read + paired == w);
            for pair in group {
                let sums = written.map(|w| (w, read));
                self.settle_pair(pair, adds_up, (&label, against), sums);
            }
        }
    }

    /// Reads one paired row as 分值/得分 (`adds_up`) or leaves it shared with a guess-level note.
    fn settle_pair(
        &mut self,
        pair: &PairedRow,
        adds_up: bool,
        (label, against): (&str, &str),
        sums: Option<(Decimal, Decimal)>,
    ) {
        let Some(indicator) = self.indicators.get_mut(pair.indicator) else {
            return;
        };
        let level3 = indicator.level3.clone();
        let message = if adds_up {
            indicator.actual = None;
            indicator.deviation = None;
            indicator.points = Some(pair.points.clone());
            indicator.score = Some(pair.score.clone());
            indicator.shares_points = false;
            if self
                .short_row
                .as_ref()
                .is_some_and(|s| s.indicator == pair.indicator)
            {
                self.short_row = None;
            }
            let written = sums.map(|(w, _)| w.normalize().to_string());
            msg!(
                "import-note-row-pair-points",
                level3 = level3,
                points = pair.points.clone(),
                label = label.to_owned(),
                against = against.to_owned(),
                written = written.unwrap_or_default()
            )
        } else {
            let (written, read) = match sums {
                Some((w, r)) => (w.normalize().to_string(), r.normalize().to_string()),
                None => (String::new(), String::new()),
            };
            msg!(
                "import-note-row-pair-shared",
                level3 = level3,
                points = pair.points.clone(),
                label = label.to_owned(),
                against = against.to_owned(),
                written = written,
                read = read
            )
        };
        if let Some(note) = self.notes.get_mut(pair.note) {
            note.kind = match adds_up {
                true => NoteKind::Recognised,
                false => NoteKind::Guessed,
            };
            note.message = message;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::equal_pair;

    #[test]
    fn only_two_equal_numbers_after_a_target_pair() {
        assert_eq!(
            equal_pair(&["变压器3台", "3", "9.3", "9.3"]),
            Some(("9.3".into(), "9.3".into()))
        );
        assert_eq!(
            equal_pair(&["变压器3台", "3", "9.3分", "9.3"]),
            Some(("9.3分".into(), "9.3".into()))
        );
        assert_eq!(equal_pair(&["变压器3台", "3", "9.3", "9"]), None);
        assert_eq!(equal_pair(&["变压器3台", "3", "3台", "3台"]), None);
        assert_eq!(equal_pair(&["变压器3台", "3", "9.3"]), None);
        assert_eq!(equal_pair(&["变压器3台", "3", "0", "0"]), None);
    }
}
