//! Checks on the form as a whole that the scores do not show: whether it can earn a grade at
//! all (cut short, never self-scored, no points, actuals never filled), budget changes during
//! the year (追加, a cut, a budget trimmed to the amount spent), and level-1 labels that carry
//! their points (`产出指标(50分)`) cross-checked against the points declared under them.

use super::funds::Column;
use super::{Context, fmt};
use crate::i18n::Message;
use crate::i18n::{list, msg};
use crate::model::{FundsKind, Number};
use crate::outcome::{Finding, Input, Step, codes};
use rust_decimal::Decimal;

/// True when no indicator carries points (a template without 分值/得分 columns). The last
/// row of a form cut short is left out of the test: its 分值 may be what the cut took (tester
/// s21 B3, 大英: the one indicator, cut after its target, made the form one "without a 分值
/// column", its execution unscored and its 得分 10 said to differ from 0).
pub(crate) fn pointless(case: &crate::model::Case) -> bool {
    let whole = match case.incomplete {
        true => case.indicators.len().saturating_sub(1),
        false => case.indicators.len(),
    };
    let indicators = case.indicators.get(..whole).unwrap_or_default();
    !indicators.is_empty()
        && indicators
            .iter()
            .all(|i| matches!(i.points.1, Number::Blank))
}

/// True when no indicator carries points but some carry a self-score: the template has a 得分
/// column and no 分值 column (the 20分×执行率 template, tester s17x G1). Its lines' points are
/// unknown, not 0: no line is checked against points it never had.
pub(crate) fn points_column_missing(case: &crate::model::Case) -> bool {
    pointless(case)
        && case
            .indicators
            .iter()
            .any(|i| !matches!(i.score.1, Number::Blank))
}

/// True when the form lists indicators and none carries a level-1 label: one flat list (the
/// 重庆 部门整体 form, s22), not labels lost here and there.
pub(crate) fn no_level1(case: &crate::model::Case) -> bool {
    !case.indicators.is_empty()
        && case
            .indicators
            .iter()
            .all(|i| i.level1.text.trim().is_empty())
}

/// Why the form's computed total can only be a partial sum, if it can: it was cut short, or none of
/// its actuals was filled (every indicator scored 0 for want of one). Such a total is no
/// score: reports mark it and averages leave it out. A form never self-scored is not partial:
/// its total is computed from what it holds (it still gets no grade). Scoring adds the
/// outcome's own reasons: an unknown execution score, a line that could not be scored
/// ([`unscored`]).
pub(super) fn partial(case: &crate::model::Case) -> Option<crate::outcome::PartialReason> {
    use crate::outcome::PartialReason;
    if case.incomplete {
        return Some(PartialReason::CutShort);
    }
    (!case.indicators.is_empty()
        && case
            .indicators
            .iter()
            .all(|i| matches!(i.actual.1, crate::value::Value::Blank)))
    .then_some(PartialReason::NoActuals)
}

/// Why the computed total is only a partial sum, the first that holds: the form's own reasons
/// ([`partial`]), then an unknown execution score, then `unscored` lines ([`unscored`]); none
/// on a form with no points, which has no total.
pub(super) fn partial_reason(
    cx: &Context,
    execution_unknown: bool,
    unscored: usize,
) -> Option<crate::outcome::PartialReason> {
    use crate::outcome::PartialReason;
    if cx.pointless {
        return None;
    }
    partial(cx.case)
        .or(execution_unknown.then_some(PartialReason::ExecutionUnknown))
        .or((unscored > 0).then_some(PartialReason::Unscored))
}

/// How many lines could not be scored and had no self-score to keep
/// ([`crate::outcome::Method::Unscored`]): each leaves the total a partial sum and the form
/// without a grade, as an unknown execution score does (tester s15r N3, #15 item 4).
pub(super) fn unscored(indicators: &[crate::outcome::IndicatorOutcome]) -> usize {
    indicators
        .iter()
        .filter(|i| i.method == crate::outcome::Method::Unscored)
        .count()
}

/// Why the form cannot earn a grade, if it cannot (checked before the grade is given), and
/// the place the finding is put: the form's project name, or for an execution score that is
/// unknown the first cell to fill in. `unscored` lines ([`unscored`]) leave a partial total.
pub(super) fn no_grade_reason<'c>(
    cx: &Context<'c>,
    execution: &crate::outcome::ExecutionOutcome,
    indicators: &[crate::outcome::IndicatorOutcome],
) -> Option<(Message, &'c crate::model::Cell)> {
    let unscored = unscored(indicators);
    let case = cx.case;
    let blank = |n: &Number| matches!(n, Number::Blank);
    let at = &case.project;
    if case.incomplete {
        return Some((msg!("finding-no-grade-incomplete"), at));
    }
    let funds_points = case.funds.iter().any(|r| !blank(&r.points.1));
    if cx.pointless {
        return Some(if funds_points {
            (msg!("finding-no-grade-no-indicator-points"), at)
        } else {
            (msg!("finding-no-grade-no-points"), at)
        });
    }
    // The total lacks the execution score: it cannot be graded, whatever else the form holds.
    if execution.unknown {
        return Some(super::execution::unknown_reason(cx));
    }
    if unscored > 0 && cx.no_points_column {
        // Each line named as the form writes it, so the officer finds it (tester s21 T7).
        let rows = indicators
            .iter()
            .enumerate()
            .filter(|(_, i)| i.method == crate::outcome::Method::Unscored)
            .map(|(at, i)| msg!("finding-funds-row", row = super::line_named(i, at)));
        return Some((
            msg!(
                "finding-no-grade-no-points-column",
                count = unscored,
                rows = list(rows)
            ),
            at,
        ));
    }
    if unscored > 0 {
        // Lines whose points could not be read say that, not that their actual could not be
        // scored (tester s16r N-G); a mix says the latter, which the lines' own findings part.
        let points_unknown = indicators
            .iter()
            .filter(|i| i.method == crate::outcome::Method::Unscored && i.points.is_none())
            .count();
        let message = match points_unknown == unscored {
            true => msg!("finding-no-grade-unscored-points", count = unscored),
            false => msg!("finding-no-grade-unscored", count = unscored),
        };
        return Some((message, at));
    }
    if never_self_scored(case) {
        return Some((msg!("finding-no-grade-no-self-scores"), at));
    }
    let actuals_blank = !case.indicators.is_empty()
        && case
            .indicators
            .iter()
            .all(|i| matches!(i.actual.1, crate::value::Value::Blank));
    actuals_blank.then(|| (msg!("finding-no-grade-no-actuals"), at))
}

/// True when every 得分 cell of the form — indicators, funds and 总分 — is blank.
fn never_self_scored(case: &crate::model::Case) -> bool {
    let blank = |n: &Number| matches!(n, Number::Blank);
    case.indicators.iter().all(|i| blank(&i.score.1))
        && case.funds.iter().all(|r| blank(&r.score.1))
        && blank(&case.total_score.1)
}

/// The findings of one blank 得分 cell (an indicator's, the execution's, the 总分's).
const BLANK_SCORE: [&str; 3] = [
    "finding-score-blank",
    "finding-execution-score-blank",
    "finding-total-blank",
];

/// A form never self-scored: one finding for the form (`自评得分未填写：N 行`) instead of a
/// `missing-reported` on every row, which only repeated what the form's `no-grade` says (#15).
/// Each row's place stays in the total's trace, one step a blank cell.
pub(super) fn collapse_blank_scores(cx: &mut Context, total_trace: &mut Vec<Step>) {
    let case = cx.case;
    if cx.options.scores_only || cx.pointless || !never_self_scored(case) {
        return;
    }
    let (blank, kept): (Vec<Finding>, Vec<Finding>) =
        std::mem::take(&mut cx.findings).into_iter().partition(|f| {
            f.code == codes::MISSING_REPORTED
                && f.message.id().is_some_and(|id| BLANK_SCORE.contains(&id))
        });
    cx.findings = kept;
    if blank.is_empty() {
        return;
    }
    if cx.options.trace {
        total_trace.extend(blank.iter().map(|f| Step {
            text: f.message.clone(),
            rule: None,
            inputs: vec![Input {
                location: f.location.clone(),
                text: String::new(),
            }],
        }));
    }
    cx.finding(
        codes::MISSING_REPORTED,
        msg!("finding-scores-blank-form", rows = blank.len()),
        &case.project,
    );
}

/// Records the finding that the form gets no grade.
pub(super) fn report_no_grade(
    cx: &mut Context,
    reason: Message,
    at: &crate::model::Cell,
    grades: &[crate::model::Grade],
) {
    // Rules without grades have none to withhold.
    if !grades.is_empty() {
        cx.finding(codes::NO_GRADE, reason, at);
    }
}

/// Findings for budgets changed during the year, on every funds row that shows a change.
/// Execution stays spent / full-year budget (B/A); these only say what happened. When the
/// rules' `budget-adjusted` already reported the change (`adjusted`), `budget-added` and
/// `budget-cut` would say the same fact again and are left out (#17); a budget trimmed to
/// exactly the amount spent is another fact and still said.
pub(super) fn check_budget_changes(cx: &mut Context, adjusted: bool) {
    // A change read from figures that cannot be right (tester s24 A3: `由 1234.5 调减至 6`)
    // is no change the department made.
    if cx.funds_doubt.is_some() {
        return;
    }
    let case = cx.case;
    let figures = super::funds::Figures::of(case);
    // No 年度资金总额 row: the change is the project's, its 其中 rows added up (tester s15f
    // F-A2: the 财政拨款 row's 追加 was said as the project's while 其他资金 rose too).
    if let Some(f) = figures.as_ref().filter(|f| f.no_total_row()) {
        let amount = |c: Column| f.amount(c).value();
        let (Some(initial), Some(full)) = (amount(Column::Initial), amount(Column::FullYear))
        else {
            return;
        };
        let rows = msg!("finding-funds-rows-total");
        let change = budget_change(rows, initial, full, amount(Column::Spent));
        if let Some((code, message)) = change
            && (!adjusted || code == codes::BUDGET_TRIMMED_TO_SPENT)
        {
            cx.finding(code, message, &f.total.full_year_budget.0);
        }
        return;
    }
    // A total row left blank: the 其中 rows added up in its place are the rows whose changes
    // make up the execution figures (上年结转资金 and 其他资金 as well, tester s11 F1).
    let parts = figures.map(|f| f.parts).unwrap_or_default();
    for row in &case.funds {
        let added_up = parts.iter().any(|p| std::ptr::eq(*p, row));
        if !matches!(row.kind, FundsKind::Total | FundsKind::Appropriation) && !added_up {
            continue;
        }
        let (Some(initial), Some(full)) =
            (row.initial_budget.1.value(), row.full_year_budget.1.value())
        else {
            continue;
        };
        let label = Message::from(&*row.label.text);
        let Some((code, message)) = budget_change(label, initial, full, row.spent.1.value()) else {
            continue;
        };
        if !adjusted || code == codes::BUDGET_TRIMMED_TO_SPENT {
            cx.finding(code, message, &row.full_year_budget.0);
        }
        // The total row and the row below usually say the same: one finding is enough.
        break;
    }
}

/// The finding for a budget changed during the year (追加, a cut, a budget trimmed to the
/// amount spent) of the row or rows `label` names; none when it did not change or is 0.
fn budget_change(
    label: Message,
    initial: Decimal,
    full: Decimal,
    spent: Option<Decimal>,
) -> Option<(crate::outcome::FindingCode, Message)> {
    if full.is_zero() || initial == full {
        return None;
    }
    let (code, message) = if initial < full {
        let added = full.checked_sub(initial).unwrap_or(Decimal::ZERO);
        let message = if initial.is_zero() {
            msg!(
                "finding-budget-added-from-zero",
                row = label,
                full = fmt(full),
                added = fmt(added)
            )
        } else {
            msg!(
                "finding-budget-added",
                row = label,
                initial = fmt(initial),
                full = fmt(full),
                added = fmt(added)
            )
        };
        (codes::BUDGET_ADDED, message)
    } else if spent == Some(full) {
        (
            codes::BUDGET_TRIMMED_TO_SPENT,
            msg!(
                "finding-budget-trimmed-to-spent",
                row = label,
                initial = fmt(initial),
                full = fmt(full)
            ),
        )
    } else {
        let cut = initial.checked_sub(full).unwrap_or(Decimal::ZERO);
        (
            codes::BUDGET_CUT,
            msg!(
                "finding-budget-cut",
                row = label,
                initial = fmt(initial),
                full = fmt(full),
                cut = fmt(cut)
            ),
        )
    };
    Some((code, message))
}

/// Level-1 labels that carry their points (`产出指标(50分)`): the points must be the sum of
/// the points declared under the label.
pub(super) fn check_label_points(cx: &mut Context) {
    let case = cx.case;
    let mut seen: Vec<&str> = Vec::new();
    // The last group of a form cut short is missing rows: its points may fall short of the
    // label, but rows cut off cannot make them exceed it (tester s20 T1).
    let cut_label = case
        .indicators
        .last()
        .filter(|_| case.incomplete)
        .map(|i| &*i.level1.text);
    for ind in &case.indicators {
        let label = &*ind.level1.text;
        if seen.contains(&label) {
            continue;
        }
        seen.push(label);
        let (_, Some(written)) = crate::value::label_points(label) else {
            continue;
        };
        if cx.no_points_column {
            label_scores_above(cx, label, written, ind);
            continue;
        }
        let declared = sum_under(case, label, |i| i.points.1.value());
        let cut = Some(label) == cut_label;
        if let Some(declared) = declared
            && declared != written
            && !(cut && declared < written)
        {
            cx.finding(
                codes::LABEL_POINTS_MISMATCH,
                msg!(
                    "finding-label-points-mismatch",
                    label = label,
                    written = fmt(written),
                    declared = fmt(declared)
                ),
                &ind.level1,
            );
        }
    }
}

/// The sum of one figure (`figure`: the points, the self-score) of the lines under the level-1
/// `label`; none when it overflows.
fn sum_under(
    case: &crate::model::Case,
    label: &str,
    figure: impl Fn(&crate::model::Indicator) -> Option<Decimal>,
) -> Option<Decimal> {
    case.indicators
        .iter()
        .filter(|i| &*i.level1.text == label)
        .filter_map(figure)
        .try_fold(Decimal::ZERO, |sum, p| sum.checked_add(p))
}

/// On a form without a 分值 column, the self-scores under a level-1 label carrying its points
/// (`产出指标(40分)`) are all that can be checked against them: their sum above the label's
/// points is said.
fn label_scores_above(
    cx: &mut Context,
    label: &str,
    written: Decimal,
    ind: &crate::model::Indicator,
) {
    let scored = sum_under(cx.case, label, |i| i.score.1.value());
    // Within the label's points, the lines' self-scores are what the form scores under it
    // (tester s21 T7): taken, unverified, said once for the label.
    if let Some(scored) = scored
        && scored <= written
    {
        let lines = cx.case.indicators.iter();
        let count = lines.filter(|i| &*i.level1.text == label).count();
        cx.finding(
            codes::REPORTED_KEPT,
            msg!(
                "finding-label-scores-kept",
                label = label,
                written = fmt(written),
                scored = fmt(scored),
                count = count
            ),
            &ind.level1,
        );
    }
    if let Some(scored) = scored
        && scored > written
    {
        cx.finding(
            codes::LABEL_POINTS_MISMATCH,
            msg!(
                "finding-label-scores-above",
                label = label,
                written = fmt(written),
                scored = fmt(scored)
            ),
            &ind.level1,
        );
    }
}

/// A form whose import guessed readings (`[form] import_notes`): the numbers may rest on them
/// — on a form with no points, the judgements (met or not) do (tester s7 F4: such a form was
/// told its numbers may be off).
pub(super) fn check_import_guesses(cx: &mut Context) {
    let n = cx.case.guessed_notes;
    if n > 0 {
        let message = match cx.pointless {
            true => msg!("finding-import-guessed-judged", count = n),
            false => msg!("finding-import-guessed", count = n),
        };
        cx.finding(codes::IMPORT_GUESSED, message, &cx.case.project);
    }
}

/// The year a form is of: the first year (1990–2099) written in its 年度 cell, else in its
/// title (`2020年度县级专项资金绩效目标自评表`); full-width digits read as such.
pub(crate) fn form_year(case: &crate::model::Case) -> Option<i64> {
    year_written(&case.year.text, &case.title.text)
}

/// [`form_year`] from the 年度 cell's and the title's text as written.
pub(crate) fn year_written(year: &str, title: &str) -> Option<i64> {
    let year_in = |text: &str| -> Option<i64> {
        let half = crate::value::full_width_reading(text);
        let chars: Vec<char> = half.as_deref().unwrap_or(text).chars().collect();
        chars.windows(4).enumerate().find_map(|(i, w)| {
            let digits = w.iter().all(char::is_ascii_digit);
            let alone = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .is_none_or(|c| !c.is_ascii_digit())
            };
            if !digits || !alone(i.checked_sub(1)) || !alone(Some(i + 4)) {
                return None;
            }
            let y: i64 = w.iter().collect::<String>().parse().ok()?;
            (1990..2100).contains(&y).then_some(y)
        })
    };
    year_in(year).or_else(|| year_in(title))
}

/// The family of the 部门（单位）整体支出绩效自评表.
const DEPARTMENT_OVERALL: &str = "部门整体支出绩效自评表";

/// Whether the form is a 部门（单位）整体支出绩效自评表 by its title (`部门整体绩效自评表`), not
/// a project's form.
pub(crate) fn department_form(case: &crate::model::Case) -> bool {
    family(&case.title.text) == Some(DEPARTMENT_OVERALL)
}

/// The template family a title names: a 绩效目标自评表 (no points), Sichuan's 部门预算 form, or
/// none said (the standard 项目支出绩效自评表 and most rule titles).
fn family(title: &str) -> Option<&'static str> {
    // `部门（单位）整体支出绩效自评表` and the rules for it (`部门整体支出绩效评价…`): the form of
    // a department's whole spending, not of one project (tester s14 F1).
    let whole = |t: &str| {
        let t = t.replace("（单位）", "").replace("(单位)", "");
        t.contains("部门整体") || t.contains("整体支出")
    };
    if whole(title) {
        Some(DEPARTMENT_OVERALL)
    } else if title.contains("目标自评表") {
        Some("目标自评表")
    } else if title.contains("部门预算") {
        Some("部门预算项目支出绩效自评表")
    } else {
        None
    }
}

/// The title the rule-set advice reads a form's template by ([`suits`]): a 绩效目标自评表 whose
/// indicators carry 分值 (`scored`) as the standard form's (see [`scored_family`]), so that
/// rules for a form without points are not offered for it; any other title as written.
pub(crate) fn kind_title(title: &str, scored: bool) -> String {
    match scored && family(title) == Some("目标自评表") {
        true => title.replace("目标自评表", "项目支出绩效自评表"),
        false => title.to_owned(),
    }
}

/// A 绩效目标自评表 whose indicators carry 分值 is scored as the standard form is (the
/// 衔接资金 绩效目标自评表 of Anhui and Sichuan, tester s17w F3, F4): only one without points
/// (Hunan's) is of the 目标自评表 family.
fn scored_family(family: Option<&'static str>, case: &crate::model::Case) -> Option<&'static str> {
    let scored = case
        .indicators
        .iter()
        .any(|i| matches!(i.points.1, Number::Value(_)));
    match family {
        Some("目标自评表") if scored => None,
        other => other,
    }
}

/// True when rules written for `rules`' template take a form of `form_family` ([`family`] of
/// its title): the same family named in both titles, or a Sichuan 部门预算 form under Sichuan's
/// rules; a standard form (no family) under rules naming none.
fn takes_family(rules: &crate::model::RuleSet, form_family: Option<&str>) -> bool {
    let own = family(&rules.title);
    match form_family {
        None => own.is_none(),
        Some(f) => {
            own == Some(f) || (f.starts_with("部门预算") && rules.jurisdiction.contains("四川"))
        }
    }
}

/// True when `rules` suit a form with this title and year as a rule set to choose: a rule set of
/// a year (constructed examples have none) not later than the form's, written for the form's
/// template. The same tests as the findings `year-mismatch` and `template-mismatch` make.
pub(crate) fn suits(rules: &crate::model::RuleSet, title: &str, year: Option<i64>) -> bool {
    rules.year > 0 && year.is_none_or(|y| rules.year <= y) && takes_family(rules, family(title))
}

/// A form of another year or template than the rule set is written for (the tester's F28):
/// a form older than the rule set's `year` (rules stay in force until replaced, so a later form
/// is not flagged), and a title naming a template family the rule set's title and
/// jurisdiction do not (a Sichuan 部门预算 form under Anhui's rules, a 目标自评表 under a rule
/// set for the standard form).
pub(super) fn check_year_and_template(cx: &mut Context) {
    let rules = cx.rules;
    if let Some(year) = form_year(cx.case)
        && rules.year > 0
        && year < rules.year
    {
        let at = if cx.case.year.text.trim().is_empty() {
            &cx.case.title
        } else {
            &cx.case.year
        };
        cx.finding(
            codes::YEAR_MISMATCH,
            msg!(
                "finding-year-mismatch",
                year = year.to_string(),
                rules = &rules.id,
                rules_year = rules.year.to_string()
            ),
            at,
        );
    }
    // A project form under rules for a department's whole spending, the other way round
    // (tester s14b H: scored under department-overall with no word).
    let form_family = scored_family(family(&cx.case.title.text), cx.case);
    if family(&rules.title) == Some(DEPARTMENT_OVERALL)
        && form_family != Some(DEPARTMENT_OVERALL)
        && cx.case.title.text.contains("项目支出")
    {
        let message = msg!(
            "finding-template-mismatch-project",
            title = cx.case.title.text.trim(),
            rules = &rules.id,
            rules_title = &rules.title
        );
        cx.finding(codes::TEMPLATE_MISMATCH, message, &cx.case.title);
        return;
    }
    let Some(form_family) = form_family else {
        return;
    };
    if !takes_family(rules, Some(form_family)) {
        // A department's whole-spending form under rules for project forms says what it is and
        // which rules score it: its numbers here only show what project rules would make of it.
        let (title, id, rules_title) = (cx.case.title.text.trim(), &rules.id, &rules.title);
        let message = match form_family {
            DEPARTMENT_OVERALL => msg!(
                "finding-template-mismatch-department",
                title = title,
                rules = id,
                rules_title = rules_title
            ),
            _ => msg!(
                "finding-template-mismatch",
                title = title,
                rules = id,
                rules_title = rules_title
            ),
        };
        cx.finding(codes::TEMPLATE_MISMATCH, message, &cx.case.title);
        // Every other finding on a department's form scored by project rules follows from the
        // rules chosen: what the form is comes first (tester s14 F1).
        if form_family == DEPARTMENT_OVERALL
            && let Some(said) = cx.findings.pop()
        {
            cx.findings.insert(0, said);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    /// Tester s14 F1: a department's whole-spending form is told by its title however it is
    /// worded, and department-overall's rules by theirs; a project form is no such form.
    #[test]
    fn the_department_family_is_told_by_the_title() {
        for title in [
            "部门（单位）整体支出绩效自评表",
            "部门(单位)整体支出绩效自评表（2023年度）",
            "2023年度部门整体支出绩效自评表",
            "部门整体绩效自评表",
            "部门整体支出绩效评价指标框架(投入、过程、产出、效果)",
        ] {
            assert_eq!(
                super::family(title),
                Some(super::DEPARTMENT_OVERALL),
                "{title}"
            );
        }
        for title in [
            "项目支出绩效自评表",
            "部门预算项目支出绩效自评表",
            "安徽省项目支出绩效自评表评分规则(2023年度)",
        ] {
            assert_ne!(
                super::family(title),
                Some(super::DEPARTMENT_OVERALL),
                "{title}"
            );
        }
    }
}
