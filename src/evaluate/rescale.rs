//! `[indicators] not_applicable_points = "rescale_total"` (tester s17r R5): "对于不适用的评价
//! 指标，不考核该指标，用适用指标得分汇总后按百分制折算计分". Lines that are not applicable
//! are left out, and the total is the applicable scores (execution included) ÷ the applicable
//! points × `[weights] total`, rounded once, as the total is. Applied to the final total (after
//! the scripts' `after` hooks, whose checks hold on the sum before rescaling); the form's own
//! total is checked against the same arithmetic on its own lines (`totals::check`).

use super::{Context, fmt, layout};
use crate::i18n::msg;
use crate::model::{Case, NotApplicablePoints};
use crate::outcome::{ExecutionOutcome, IndicatorOutcome, Step, words};
use rust_decimal::Decimal;

/// Whether the rule set rescales the total when lines are left out.
fn on(cx: &Context) -> bool {
    cx.rules.indicators.not_applicable_points == NotApplicablePoints::RescaleTotal
}

/// The points of the groups of `case` none of whose rows is applicable (each group's points
/// cell once; a group with an applicable row keeps its points on that row).
fn left_out(cx: &Context, case: &Case) -> Decimal {
    layout::groups(&case.indicators)
        .filter(|g| !g.iter().any(|i| layout::applicable(cx, i, &[])))
        .filter_map(|g| g.first().and_then(|i| i.points.1.value()))
        .filter(|p| *p > Decimal::ZERO)
        .sum()
}

/// `sum` out of `points`, rescaled to `full` and rounded as the total is; `None` on overflow.
fn to_full(cx: &Context, sum: Decimal, points: Decimal) -> Option<(Decimal, Decimal)> {
    let full = cx.rules.weights.total;
    let exact = sum.checked_mul(full)?.checked_div(points)?;
    Some((exact, cx.rules.round_total.apply(exact)))
}

/// The total rescaled to full marks and the points it is then out of, with the trace step
/// (`88.21 ÷ 90 × 100 = 98.0111… → 98.01`); `(total, total_points)` unchanged when the rule is
/// off, no line with points was left out, the form has no points, or the execution score is
/// unknown (a partial sum rescaled would be no score at all).
pub(super) fn total(
    cx: &Context,
    (indicators, execution): (&[IndicatorOutcome], &ExecutionOutcome),
    (total, total_points): (Decimal, Decimal),
    trace: &mut Vec<Step>,
) -> (Decimal, Decimal) {
    if !on(cx) || cx.pointless || execution.unknown || total_points <= Decimal::ZERO {
        return (total, total_points);
    }
    let left = left_out(cx, cx.case);
    if left.is_zero() {
        return (total, total_points);
    }
    // The sum before the total's rounding, so that the total is rounded once; a total an
    // `after` script set is taken as it set it.
    let sum = indicators.iter().map(|i| i.score).sum::<Decimal>() + execution.score;
    let base = match cx.rules.round_total.apply(sum) == total {
        true => sum,
        false => total,
    };
    let Some((exact, rescaled)) = to_full(cx, base, total_points) else {
        return (total, total_points);
    };
    let rules = cx.rules;
    let rule = (rules.switches.iter())
        .find(|r| r.key == "indicators.not_applicable_points")
        .unwrap_or(&rules.indicators.rule);
    cx.step(trace, Some(rule), &[], || {
        msg!(
            "trace-total-rescaled",
            left = fmt(left),
            sum = fmt(base),
            points = fmt(total_points),
            full = fmt(rules.weights.total),
            exact = fmt(exact),
            mode = words::round_mode(rules.round_total.mode),
            places = rules.round_total.places.to_string(),
            total = fmt(rescaled)
        )
    });
    (rescaled, rules.weights.total)
}

/// The form's own arithmetic under the rule: its reported scores of the applicable lines and
/// its execution 得分, the points it declares for them, and that sum rescaled to full marks
/// (rounded as the total is). `None` when the rule is off or the form leaves no line out.
pub(super) struct Own {
    /// The reported scores of the applicable lines (each shared cell once) and execution.
    pub lines: Decimal,
    /// The points they are out of (execution's as written, else the rule's).
    pub points: Decimal,
    /// `lines` ÷ `points` × `[weights] total`, rounded as the total is.
    pub rescaled: Decimal,
}

/// See [`Own`].
pub(super) fn own(cx: &Context, case: &Case) -> Option<Own> {
    if !on(cx) || left_out(cx, case).is_zero() {
        return None;
    }
    let mut lines = Decimal::ZERO;
    let mut points = Decimal::ZERO;
    for g in layout::groups(&case.indicators) {
        if !g.iter().any(|i| layout::applicable(cx, i, &[])) {
            continue;
        }
        let Some(head) = g.first() else { continue };
        lines += head.score.1.value().unwrap_or_default();
        points += head.points.1.value().unwrap_or_default();
    }
    let exec = super::execution::total_row(case);
    lines += exec.and_then(|r| r.score.1.value()).unwrap_or_default();
    points += (exec.and_then(|r| r.points.1.value())).unwrap_or(cx.rules.execution.points);
    if points <= Decimal::ZERO {
        return None;
    }
    let (_, rescaled) = to_full(cx, lines, points)?;
    Some(Own {
        lines,
        points,
        rescaled,
    })
}
