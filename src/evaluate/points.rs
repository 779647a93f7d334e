//! `--points rules` (#19): what would these forms score under the rule set's weights? A form's
//! own 分值 cells win over the rule set's weights when a form is re-checked; for a what-if on
//! weights the case is scored with the rule set's level-1 weights and execution points
//! instead, each indicator's points scaled within its level 1 in proportion to what the form
//! declared (its reported score scaled alike, so a score inside its band stays inside), and
//! the trace says so.

use super::{Options, evaluate, layout};
use crate::i18n::{Message, msg};
use crate::model::{Case, FundsKind, Number, RuleSet};
use crate::outcome::{Outcome, Step};
use rust_decimal::Decimal;

/// Whose points a case is scored with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PointsFrom {
    /// The form's own 分值 cells (re-checking a form).
    #[default]
    Form,
    /// The rule set's level-1 weights and execution points, spread over each level 1's
    /// indicators in proportion to what the form declared (a what-if on weights).
    Rules,
}

/// Scores `case` with the points `from` says.
pub fn evaluate_points(
    rules: &RuleSet,
    case: &Case,
    options: Options,
    from: PointsFrom,
) -> Outcome {
    match from {
        PointsFrom::Form => evaluate(rules, case, options),
        PointsFrom::Rules => {
            let (case, steps) = rescale(rules, case);
            let mut o = evaluate(rules, &case, options);
            if options.trace {
                for (index, step) in steps {
                    let trace = match index {
                        Some(i) => o.indicators.get_mut(i).map(|x| &mut x.trace),
                        None => Some(&mut o.execution.trace),
                    };
                    if let Some(t) = trace {
                        t.insert(0, step);
                    }
                }
            }
            o
        }
    }
}

/// `case` with the rule set's points, and the step explaining each change: by indicator index
/// (the first row of a shared points cell), `None` for execution.
pub fn rescale(rules: &RuleSet, case: &Case) -> (Case, Vec<(Option<usize>, Step)>) {
    let mut out = case.clone();
    let mut steps = Vec::new();
    let level1 = layout::resolve_level1(rules, case);
    // Leaders (first rows of their points cell) with declared points, by level 1.
    let mut leaders: Vec<Vec<(usize, Decimal)>> = vec![Vec::new(); rules.weights.level1.len()];
    let mut start = 0;
    for group in case.indicators.chunk_by(|_, next| next.shares_points) {
        if let (Some(first), Some(Some(slot))) = (group.first(), level1.get(start))
            && let Number::Value(p) = first.points.1
            && !p.is_sign_negative()
            && let Some(list) = leaders.get_mut(*slot)
        {
            list.push((start, p));
        }
        start += group.len();
    }
    for (l1, list) in rules.weights.level1.iter().zip(&leaders) {
        let declared = list
            .iter()
            .try_fold(Decimal::ZERO, |a, (_, p)| a.checked_add(*p));
        let Some(declared) = declared.filter(|d| !d.is_zero()) else {
            continue;
        };
        if declared == l1.points {
            continue;
        }
        let mut given = Decimal::ZERO;
        for (k, (i, p)) in list.iter().enumerate() {
            // Multiply before dividing; the last takes what is left, so the level's points
            // add up exactly.
            let new = if k + 1 == list.len() {
                l1.points.checked_sub(given)
            } else {
                p.checked_mul(l1.points)
                    .and_then(|x| x.checked_div(declared))
            };
            let Some(new) = new else { continue };
            given = given.checked_add(new).unwrap_or(given);
            let Some(ind) = out.indicators.get_mut(*i) else {
                continue;
            };
            ind.points.1 = Number::Value(new);
            if let Number::Value(s) = ind.score.1
                && let Some(scaled) = s.checked_mul(new).and_then(|x| x.checked_div(*p))
            {
                ind.score.1 = Number::Value(scaled);
            }
            steps.push((
                Some(*i),
                Step {
                    text: scaled_text(&l1.name, *p, new, declared, l1.points),
                    rule: Some(l1.rule.clone()),
                    inputs: Vec::new(),
                },
            ));
        }
    }
    // The row execution reads its points from (see `execution::total_row`).
    let row = case
        .funds
        .iter()
        .position(|r| r.kind == FundsKind::Total)
        .unwrap_or(0);
    if let Some(r) = out.funds.get_mut(row)
        && let Number::Value(p) = r.points.1
        && p != rules.execution.points
    {
        r.points.1 = Number::Value(rules.execution.points);
        steps.push((
            None,
            Step {
                text: msg!(
                    "trace-points-execution",
                    from = p.normalize().to_string(),
                    to = rules.execution.points.normalize().to_string()
                ),
                rule: Some(rules.execution.rule.clone()),
                inputs: Vec::new(),
            },
        ));
    }
    if let Number::Value(_) = out.total_points.1 {
        out.total_points.1 = Number::Value(rules.weights.total);
    }
    (out, steps)
}

/// `points 10 → 8.5714…: 产出指标 declares 35 on the form, 30 under the rule set: 10 × 30 / 35`.
fn scaled_text(
    level1: &str,
    p: Decimal,
    new: Decimal,
    declared: Decimal,
    points: Decimal,
) -> Message {
    msg!(
        "trace-points-scaled",
        from = p.normalize().to_string(),
        to = new.round_dp(4).normalize().to_string(),
        level1 = level1,
        declared = declared.normalize().to_string(),
        points = points.normalize().to_string()
    )
}
