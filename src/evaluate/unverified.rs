//! A form whose points rest mostly on self-scores jixiao could not check (tester s21 T6, after
//! 天长 form 04): 60 of its 100 points on rows with nothing to score them against — no actual
//! and no target, an actual the rules cannot read, a sentence for a qualitative row — each
//! kept as the department claimed it ([`Method::ReportedKept`], said on its row). A few such
//! rows leave a grade that the checked rows decide; when more than half of the form's points
//! are taken unverified, the grade would be the department's own claim, so none is given, as
//! for a form that cannot earn one (#15 item 4: `no-grade`). The total is still shown.

use crate::i18n::{Message, list, msg};
use crate::outcome::{IndicatorOutcome, Method};
use rust_decimal::Decimal;

/// The most rows the finding names; the rest are counted (`等 9 行`).
const NAMED: usize = 6;

/// Why the form gets no grade when more than half of its points (`total_points`, the
/// execution's included) were taken unverified: the points, the form's points, and the rows.
pub(super) fn reason(indicators: &[IndicatorOutcome], total_points: Decimal) -> Option<Message> {
    let kept = || kept(indicators);
    let points = points(indicators);
    if total_points <= Decimal::ZERO || points * Decimal::TWO <= total_points {
        return None;
    }
    let count = kept().count();
    let rows = list(
        kept_at(indicators)
            .take(NAMED)
            .map(|(at, i)| msg!("finding-unverified-row", row = super::line_named(i, at))),
    );
    Some(msg!(
        "finding-no-grade-unverified",
        points = super::fmt(points),
        total = super::fmt(total_points),
        count = count,
        rows = rows,
        more = count.saturating_sub(NAMED)
    ))
}

/// The rows whose self-score was kept unchecked, each with its index among the form's lines.
fn kept_at(indicators: &[IndicatorOutcome]) -> impl Iterator<Item = (usize, &IndicatorOutcome)> {
    indicators
        .iter()
        .enumerate()
        .filter(|(_, i)| i.method == Method::ReportedKept)
}

/// The rows whose self-score was kept unchecked.
fn kept(indicators: &[IndicatorOutcome]) -> impl Iterator<Item = &IndicatorOutcome> {
    indicators
        .iter()
        .filter(|i| i.method == Method::ReportedKept)
}

/// The points taken on the department's word: the points of the rows whose self-score was
/// kept unchecked ([`crate::outcome::Outcome::unverified_points`]). A row with no points of
/// its own (a form whose points stand only on its level-1 labels, tester s21 T7: its
/// self-scores weighed against them) counts its self-score: at least that much rests on the
/// department's word.
pub(super) fn points(indicators: &[IndicatorOutcome]) -> Decimal {
    kept(indicators).map(|i| i.points.unwrap_or(i.score)).sum()
}
