//! Reasons a rule set requires: a deviation reason (偏差原因分析) wherever an indicator scores
//! below its points (`[indicators] explain_below_points`). Findings only; no score moves.

use super::{Context, fmt};
use crate::i18n::msg;
use crate::outcome::{IndicatorOutcome, Method, codes};

/// `deviation-unexplained` for each applicable indicator scored below its points whose
/// deviation cell is blank, when the rules ask for reasons.
pub(super) fn deviations(cx: &mut Context, outcomes: &[IndicatorOutcome]) {
    if !cx.rules.indicators.explain_below_points || outcomes.len() != cx.case.indicators.len() {
        return;
    }
    let case = cx.case;
    for (ind, out) in case.indicators.iter().zip(outcomes) {
        let Some(points) = out.points else { continue };
        // No actual (`missing-actual` says so) or not applicable: no deviation to explain.
        if matches!(out.method, Method::NotApplicable | Method::Missing)
            || out.score >= points
            || !ind.deviation.text.trim().is_empty()
        {
            continue;
        }
        cx.finding(
            codes::DEVIATION_UNEXPLAINED,
            unexplained_message(&out.level3, out.score, points),
            &ind.deviation,
        );
    }
}

/// The `deviation-unexplained` message.
fn unexplained_message(
    level3: &str,
    score: rust_decimal::Decimal,
    points: rust_decimal::Decimal,
) -> crate::i18n::Message {
    msg!(
        "finding-deviation-unexplained",
        level3 = level3,
        score = fmt(score),
        points = fmt(points)
    )
}
