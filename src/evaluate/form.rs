//! Checks on the form as a whole that the scores do not show: whether it can earn a grade at
//! all (cut short, never self-scored, no points, actuals never filled), budget changes during
//! the year (追加, a cut, a budget trimmed to the amount spent), and level-1 labels that carry
//! their points (`产出指标(50分)`) cross-checked against the points declared under them.

use super::{Context, fmt};
use crate::model::{FundsKind, Number};
use crate::outcome::codes;
use rust_decimal::Decimal;

/// True when no indicator carries points (a template without 分值/得分 columns).
pub(super) fn pointless(case: &crate::model::Case) -> bool {
    !case.indicators.is_empty()
        && case
            .indicators
            .iter()
            .all(|i| matches!(i.points.1, Number::Blank))
}

/// Why the form cannot earn a grade, if it cannot (checked before the grade is given).
pub(super) fn no_grade_reason(cx: &Context) -> Option<&'static str> {
    let case = cx.case;
    let blank = |n: &Number| matches!(n, Number::Blank);
    if case.incomplete {
        return Some(NO_GRADE_INCOMPLETE);
    }
    let funds_points = case.funds.iter().any(|r| !blank(&r.points.1));
    if cx.pointless {
        return Some(if funds_points {
            NO_GRADE_NO_INDICATOR_POINTS
        } else {
            NO_GRADE_NO_POINTS
        });
    }
    let scores_blank = case.indicators.iter().all(|i| blank(&i.score.1))
        && case.funds.iter().all(|r| blank(&r.score.1))
        && blank(&case.total_score.1);
    if scores_blank {
        return Some(NO_GRADE_NO_SELF_SCORES);
    }
    let actuals_blank = !case.indicators.is_empty()
        && case
            .indicators
            .iter()
            .all(|i| matches!(i.actual.1, crate::value::Value::Blank));
    actuals_blank.then_some(NO_GRADE_NO_ACTUALS)
}

const NO_GRADE_INCOMPLETE: &str =
    "the form was cut short: a partial sum earns no grade (given none)";
const NO_GRADE_NO_POINTS: &str = "the form has no 分值 (points) column: nothing to score out of 100; each indicator is judged met or not met instead (no grade given)";
const NO_GRADE_NO_INDICATOR_POINTS: &str = "no indicator carries points (分值/权重 blank): each indicator is judged met or not met instead (no grade given)";
const NO_GRADE_NO_SELF_SCORES: &str =
    "every 得分 cell and the 总分 are blank: the form was never self-scored (no grade given)";
const NO_GRADE_NO_ACTUALS: &str =
    "every 实际完成值 is blank: the form was never filled in (no grade given)";

/// Records the finding that the form gets no grade.
pub(super) fn report_no_grade(cx: &mut Context, reason: &'static str) {
    cx.finding(codes::NO_GRADE, reason.to_owned(), &cx.case.project);
}

/// Findings for budgets changed during the year, on every funds row that shows a change.
/// Execution stays spent / full-year budget (B/A); these only say what happened. When the
/// rules' `budget-adjusted` already reported the change (`adjusted`), `budget-added` and
/// `budget-cut` would say the same fact again and are left out (#17); a budget trimmed to
/// exactly the amount spent is another fact and still said.
pub(super) fn check_budget_changes(cx: &mut Context, adjusted: bool) {
    let case = cx.case;
    for row in &case.funds {
        if !matches!(row.kind, FundsKind::Total | FundsKind::Appropriation) {
            continue;
        }
        let (Some(initial), Some(full)) =
            (row.initial_budget.1.value(), row.full_year_budget.1.value())
        else {
            continue;
        };
        if full.is_zero() || initial == full {
            continue;
        }
        let spent = row.spent.1.value();
        let label = &row.label.text;
        let (code, message) = if initial < full {
            let added = full.checked_sub(initial).unwrap_or(Decimal::ZERO);
            let message = if initial.is_zero() {
                format!(
                    "`{label}`: the initial budget was 0 and became {} during the year (追加预算 {}): check that the form explains the change; execution is measured against {}",
                    fmt(full),
                    fmt(added),
                    fmt(full)
                )
            } else {
                format!(
                    "`{label}`: the budget rose from {} to {} during the year (追加 {}): check that the form explains the change; execution is measured against {}",
                    fmt(initial),
                    fmt(full),
                    fmt(added),
                    fmt(full)
                )
            };
            (codes::BUDGET_ADDED, message)
        } else if spent == Some(full) {
            (
                codes::BUDGET_TRIMMED_TO_SPENT,
                format!(
                    "`{label}`: the full-year budget was cut from {} to exactly the amount spent, {}: the rate B/A is 100% by construction",
                    fmt(initial),
                    fmt(full)
                ),
            )
        } else {
            let cut = initial.checked_sub(full).unwrap_or(Decimal::ZERO);
            (
                codes::BUDGET_CUT,
                format!(
                    "`{label}`: the budget was cut from {} to {} during the year (调减 {}): execution is measured against {}",
                    fmt(initial),
                    fmt(full),
                    fmt(cut),
                    fmt(full)
                ),
            )
        };
        if !adjusted || code == codes::BUDGET_TRIMMED_TO_SPENT {
            cx.finding(code, message, &row.full_year_budget.0);
        }
        // The total row and the row below usually say the same: one finding is enough.
        break;
    }
}

/// Level-1 labels that carry their points (`产出指标(50分)`): the points must be the sum of
/// the points declared under the label.
pub(super) fn check_label_points(cx: &mut Context) {
    let case = cx.case;
    let mut seen: Vec<&str> = Vec::new();
    // The last group of a form cut short is missing rows: its points cannot add up.
    let cut_label = case
        .indicators
        .last()
        .filter(|_| case.incomplete)
        .map(|i| &*i.level1.text);
    for ind in &case.indicators {
        let label = &*ind.level1.text;
        if seen.contains(&label) || Some(label) == cut_label {
            continue;
        }
        seen.push(label);
        let (_, Some(written)) = crate::value::label_points(label) else {
            continue;
        };
        let declared = case
            .indicators
            .iter()
            .filter(|i| &*i.level1.text == label)
            .filter_map(|i| i.points.1.value())
            .try_fold(Decimal::ZERO, |sum, p| sum.checked_add(p));
        if let Some(declared) = declared
            && declared != written
        {
            cx.finding(
                codes::LABEL_POINTS_MISMATCH,
                format!(
                    "level-1 label `{label}` says {} points but the indicators under it declare {}",
                    fmt(written),
                    fmt(declared)
                ),
                &ind.level1,
            );
        }
    }
}

/// A form whose import guessed readings (`[form] import_notes`): the numbers may rest on them.
pub(super) fn check_import_guesses(cx: &mut Context) {
    let n = cx.case.guessed_notes;
    if n > 0 {
        cx.finding(
            codes::IMPORT_GUESSED,
            format!(
                "the importer guessed or could not read {n} thing{} in this form (see `[form] import_notes`): numbers resting on them may be off; check them against the original",
                if n == 1 { "" } else { "s" }
            ),
            &cx.case.project,
        );
    }
}
