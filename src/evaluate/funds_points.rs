//! The 年度资金总额 row's 分值 and 得分 that are not the budget execution's (tester s17w F1): a
//! central-style form writing the form's total points and its self-scored total there (`分值
//! 100 / 得分 98`), or one scoring execution as an indicator row of its own (`产出指标 / 数量指标
//! / 预算执行率`, 20 points). Taken as execution points they gave 执行得分 84 out of 100, a
//! computed total of 150.7 and a false `score-mismatch` against the department. Such a row's
//! 分值 and 得分 are set aside before the case is scored — the 得分 kept as the form's reported
//! total where the form has none and its 分值 is the form's total points — and a
//! `funds-points-not-execution` finding says what they are. Execution scored by an indicator
//! row is not scored again from the funds (`Context::execution_in_row`). Rare, so a case
//! holding such a row is cloned here.

use super::{Options, fmt};
use crate::i18n::{list, msg, quoted};
use crate::model::{Case, Cell, Number, RuleSet};
use crate::outcome::{Finding, Outcome, codes};
use rust_decimal::Decimal;

/// The label of an indicator row that scores budget execution itself.
const EXECUTION_ROW: &str = "预算执行率";

/// The indicator row that scores budget execution on this form (`预算执行率` as its level 3,
/// with points), if any: the funds row's figures give the rate, the row the score.
pub(super) fn execution_row(case: &Case) -> Option<&crate::model::Indicator> {
    case.indicators.iter().find(|i| {
        !i.shares_points
            && i.points.1.value().is_some_and(|p| p > Decimal::ZERO)
            && names_execution(&i.level3.text)
    })
}

/// True for a level 3 naming the execution rate, spaces inside it or not (`预算 执行率`).
fn names_execution(text: &str) -> bool {
    text.contains(EXECUTION_ROW)
        || (text.contains('预')
            && (text.chars().filter(|c| !c.is_whitespace()))
                .collect::<String>()
                .contains(EXECUTION_ROW))
}

/// Why the funds row's 分值 is no execution weight.
struct Misplaced {
    /// The 分值 written on the 年度资金总额 row (none: blank, with a 得分 beside it).
    points: Option<Decimal>,
    /// Its 得分.
    score: Option<Decimal>,
    /// The 分值 is the form's total points: as many as the rules' total or the form's 总分 分值.
    form_total: bool,
    /// The indicator row that scores execution (its level 3), when one does.
    row: Option<String>,
    /// Otherwise, on a whole form, the execution points its own arithmetic leaves: its total
    /// points less its indicators' (100 − 90 = 10), when that is a part of the total.
    implied: Option<Decimal>,
    /// The 分值 cell, where the finding is placed.
    cell: Cell,
}

/// The funds row's 分值/得分 when they cannot be the execution's: a 分值 of the form's total
/// points (or more), or any 分值/得分 on a form that scores execution in an indicator row.
fn misplaced(rules: &RuleSet, case: &Case) -> Option<Misplaced> {
    let row = super::execution::total_row(case)?;
    let points = row.points.1.value();
    let score = row.score.1.value();
    let form_points = case.total_points.1.value().filter(|t| *t > Decimal::ZERO);
    let form_total = points
        .is_some_and(|p| p > Decimal::ZERO && (p >= rules.weights.total || Some(p) == form_points));
    let in_row = execution_row(case).map(|i| i.level3.text.to_string());
    let written = points.is_some() || score.is_some();
    let implied = match in_row {
        None => implied_points(rules, case),
        Some(_) => None,
    };
    (form_total || (in_row.is_some() && written)).then(|| Misplaced {
        points,
        score,
        form_total,
        row: in_row,
        implied,
        cell: row.points.0.clone(),
    })
}

/// The execution points a whole form leaves for execution: its total points (its 总分 分值,
/// the rules' total when blank) less its indicators' points, when that is above 0 and below
/// the total. None on a form cut short or with a points cell that cannot be read.
fn implied_points(rules: &RuleSet, case: &Case) -> Option<Decimal> {
    if case.incomplete {
        return None;
    }
    let total = (case.total_points.1.value())
        .filter(|t| *t > Decimal::ZERO)
        .unwrap_or(rules.weights.total);
    let mut indicators = Decimal::ZERO;
    for i in case.indicators.iter().filter(|i| !i.shares_points) {
        match &i.points.1 {
            Number::Value(p) => indicators = indicators.checked_add(*p)?,
            Number::Blank => {}
            _ => return None,
        }
    }
    let left = total.checked_sub(indicators)?;
    (left > Decimal::ZERO && left < total).then_some(left)
}

/// Scores `case` with `score`, its funds row's 分值/得分 set aside first when they are not the
/// execution's; the finding that says so comes first among the outcome's findings.
pub(super) fn evaluate_resolved(
    rules: &RuleSet,
    case: &Case,
    options: Options,
    score: impl FnOnce(&Case) -> Outcome,
) -> Option<Outcome> {
    let m = misplaced(rules, case)?;
    let (resolved, kept_total) = set_aside(case, &m);
    let mut o = score(&resolved);
    if !options.scores_only {
        // The row's 得分 is no execution self-score: that it is "blank" now is no finding.
        o.findings.retain(|f| {
            f.message.id() != Some("finding-execution-score-blank")
                || f.code != codes::MISSING_REPORTED
        });
        let finding = Finding {
            code: codes::FUNDS_POINTS_NOT_EXECUTION,
            severity: codes::FUNDS_POINTS_NOT_EXECUTION.severity(),
            message: message(rules, &m, kept_total),
            location: case.locate_on_form(&m.cell),
        };
        o.findings.insert(0, finding);
    }
    Some(o)
}

/// `case` with the funds row's 分值 and 得分 blank; the 得分 as the reported total when the
/// 分值 is the form's total points and the form has no 总分 得分 of its own (said: `true`).
fn set_aside(case: &Case, m: &Misplaced) -> (Case, bool) {
    let mut out = case.clone();
    let mut kept_total = false;
    let at = out
        .funds
        .iter()
        .position(|r| r.kind == crate::model::FundsKind::Total)
        .unwrap_or(0);
    if let Some(row) = out.funds.get_mut(at) {
        if m.form_total && matches!(out.total_score.1, Number::Blank) && m.score.is_some() {
            out.total_score = (row.score.0.clone(), row.score.1.clone());
            kept_total = true;
        }
        row.points.1 = m.implied.map_or(Number::Blank, Number::Value);
        row.score.1 = Number::Blank;
    }
    (out, kept_total)
}

/// The finding's words: what the 分值 and 得分 are, and how execution is scored instead.
fn message(rules: &RuleSet, m: &Misplaced, kept_total: bool) -> crate::i18n::Message {
    let written = list(
        [
            m.points
                .map(|p| msg!("funds-points-written-points", points = fmt(p))),
            m.score
                .map(|s| msg!("funds-points-written-score", score = fmt(s))),
        ]
        .into_iter()
        .flatten(),
    );
    let what = match (m.form_total, kept_total) {
        (true, true) => "form-total-kept",
        (true, false) => "form-total",
        (false, _) => "not-execution",
    };
    let (scored, row) = match (&m.row, m.implied) {
        (Some(r), _) => ("row", quoted(r.as_str())),
        (None, Some(_)) => ("implied", quoted("")),
        (None, None) => ("rule", quoted("")),
    };
    msg!(
        "finding-funds-points-not-execution",
        written = written,
        what = what,
        total = fmt(rules.weights.total),
        scored = scored,
        row = row,
        rule = fmt(rules.execution.points),
        implied = fmt(m.implied.unwrap_or_default())
    )
}
