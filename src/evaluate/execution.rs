//! Budget execution: rate = spent / budget (the rule says which budget), scored by the rule's
//! method, rounded by the rule's rounding.

use super::funds::{Amount, Column, Figures};
use super::{Context, fmt};
use crate::i18n::Message;
use crate::i18n::msg;
use crate::model::{Case, Cell, ExecutionMethod, FundsRow, Number};
use crate::outcome::{ExecutionOutcome, Step, codes, words};
use rust_decimal::Decimal;

pub(crate) use super::funds::total_row;

/// 全年预算数(A) and 全年执行数(B) as execution reads them (as for the rate against the
/// full-year budget): the total row's, or the sum of its 其中 rows when it is left blank.
/// What department summaries add up.
pub(crate) fn amounts(
    case: &Case,
    rules: &crate::model::RuleSet,
) -> (Option<Decimal>, Option<Decimal>) {
    Figures::of_rule(case, &rules.execution).map_or((None, None), |f| {
        (
            f.amount(Column::FullYear).value(),
            f.amount(Column::Spent).value(),
        )
    })
}

/// The execution rate in percent (B / A × 100) as the execution rule reads it, without
/// findings; none when it cannot be computed. For `when` filters of scripts.
pub(crate) fn rate_percent(case: &Case, rules: &crate::model::RuleSet) -> Option<Decimal> {
    let figures = Figures::of_rule(case, &rules.execution)?;
    let a = figures
        .amount(Column::budget(rules.execution.denominator))
        .value()?;
    let b = figures.amount(Column::Spent).value()?;
    if a <= Decimal::ZERO {
        return None;
    }
    b.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(a)
}

const ABSURD_RATE: Decimal = Decimal::from_parts(10, 0, 0, false, 0);

/// Scores budget execution: the points, the rate (spent / budget, from the row the rule
/// reads) and the score the rule gives it. The checks against the form's own 得分 come after
/// every hook, in [`audit`].
pub(super) fn score(cx: &mut Context) -> ExecutionOutcome {
    let case = cx.case;
    let rule = &cx.rules.execution;
    let mut trace = Vec::new();
    if let Some(full) = cx.no_execution {
        super::no_execution::say(cx, full);
    }
    let Some(figures) = Figures::of_rule(case, rule) else {
        if cx.no_execution.is_some() {
            return ExecutionOutcome {
                rate: None,
                rate_shown: None,
                budget: None,
                spent: None,
                points: Decimal::ZERO,
                score: Decimal::ZERO,
                unknown: false,
                reported_score: None,
                trace,
            };
        }
        cx.finding(
            codes::MISSING_REPORTED,
            msg!("finding-no-funds-rows"),
            &case.project,
        );
        let unknown = !cx.pointless;
        if unknown {
            cx.step(&mut trace, Some(&rule.rule), &[], || {
                msg!("trace-execution-no-funds")
            });
        }
        return ExecutionOutcome {
            rate: None,
            rate_shown: None,
            budget: None,
            spent: None,
            points: rule.points,
            score: Decimal::ZERO,
            unknown,
            reported_score: None,
            trace,
        };
    };
    let total = figures.total;
    let points = execution_points(cx, total);
    let reported_score = total.score.1.value();

    // A total row left blank or at 0 while its 其中 rows hold the figures: their sum.
    let budget = Column::budget(rule.denominator);
    super::funds::say_parts(cx, &figures, budget, &mut trace);
    let (a, b) = (figures.amount(budget), figures.amount(Column::Spent));
    let mut rate = rate_of(cx, &a, &b, &mut trace);
    // A figure blank or unreadable: the score is unknown, not 0 (a form with no points
    // scores nothing either way).
    // Execution scored by an indicator row is known whatever the funds hold (s17w F1).
    let scored = !cx.pointless && !cx.execution_in_row;
    let unknown = scored && (a.value().is_none() || b.value().is_none());
    if unknown {
        let cells = unknown_cells(&figures, budget);
        let cells: Vec<&Cell> = cells.iter().map(|((c, _), _)| c).collect();
        cx.step(&mut trace, Some(&rule.rule), &cells, || {
            msg!("trace-execution-unknown")
        });
    }
    // Figures read that cannot be right (tester s24 A3): no score, no rate, no 分值 of theirs.
    let doubt = (scored && !unknown)
        .then(|| super::funds_doubt::Doubt::of(case, rate, ABSURD_RATE))
        .flatten();
    let unknown = unknown || doubt.is_some();
    let points = match doubt {
        Some(_) => cx.default_execution_points(),
        None => points,
    };
    if let Some(doubt) = doubt {
        doubted(cx, doubt, &mut trace);
        rate = None;
    }
    let score = score_from_rate(cx, total, points, rate, &mut trace);
    let rate = rate.map(|r| r.saturating_mul(Decimal::ONE_HUNDRED));
    ExecutionOutcome {
        rate,
        rate_shown: rate.map(|p| crate::outcome::shown_rate(p, &shown_steps(cx, points, p))),
        budget: None,
        spent: None,
        points,
        score,
        unknown,
        reported_score,
        trace,
    }
}

/// Execution over figures that cannot be right ([`super::funds_doubt`]): the rate's own
/// `absurd-value` gives way to the one finding that names the cells to check (folded in turn
/// into the form's `no-grade`), the trace says the score is unknown, and the doubt is kept
/// for the checks that read the funds rows' figures.
fn doubted(cx: &mut Context, doubt: super::funds_doubt::Doubt, trace: &mut Vec<Step>) {
    cx.findings
        .retain(|f| f.message.id() != Some("finding-rate-absurd"));
    let (message, at) = doubt.message(cx, false);
    cx.finding(codes::ABSURD_VALUE, message, at);
    cx.step(trace, Some(&cx.rules.execution.rule), &[at], || {
        msg!("trace-execution-doubtful")
    });
    cx.funds_doubt = Some(doubt);
}

/// The cells execution could not read a figure from (blank or unreadable), in form order of
/// the columns: the budget's, then 全年执行数's, each with what it holds and its column.
fn unknown_cells<'a>(figures: &Figures<'a>, budget: Column) -> Vec<(&'a (Cell, Number), Column)> {
    [budget, Column::Spent]
        .into_iter()
        .flat_map(|column| {
            figures
                .amount(column)
                .terms
                .into_iter()
                .filter(|(_, n)| n.value().is_none())
                .map(move |term| (term, column))
        })
        .collect()
}

/// Why the execution score is unknown, as the `no-grade` finding says it: the cells to fill
/// in on the form, each said blank or with the text that could not be read
/// (`“年度资金总额”的全年预算数未填写、全年执行数“一百九十”无法识别为金额`), or that no
/// 项目资金 row was read. Where the finding is placed: the first such cell, or the project
/// name. It is the one finding on those cells: [`fold_unknown_cells`] drops the cells' own.
pub(super) fn unknown_reason<'c>(cx: &Context<'c>) -> (Message, &'c Cell) {
    if let Some(doubt) = &cx.funds_doubt {
        return doubt.message(cx, true);
    }
    let case = cx.case;
    let budget = Column::budget(cx.rules.execution.denominator);
    let Some(figures) = Figures::of_rule(case, &cx.rules.execution) else {
        return (no_funds_reason(case), &case.project);
    };
    let cells = unknown_cells(&figures, budget);
    let row_of = |cell: &Cell| {
        case.funds
            .iter()
            .find(|r| {
                [budget, Column::Spent]
                    .iter()
                    .any(|c| std::ptr::eq(&c.of(r).0, cell))
            })
            .map_or("", |r| r.label.text.trim().trim_end_matches([':', '：']))
    };
    let blank = cells
        .iter()
        .filter(|((_, n), _)| matches!(n, Number::Blank))
        .count();
    let excel = cells.iter().all(
        |((_, n), _)| matches!(n, Number::Unreadable(t) if crate::value::excel_error(t).is_some()),
    );
    let state = match blank {
        0 if excel => "excel",
        0 => "unreadable",
        n if n == cells.len() => "blank",
        _ => "mixed",
    };
    // One row named once with its columns, the blank ones together
    // (`“年度资金总额”的全年预算数、全年执行数未填写`), each unreadable one with its text.
    let mut rows: Vec<RowCells> = Vec::new();
    for ((cell, n), column) in &cells {
        let row = row_of(cell);
        let i = match rows.iter().position(|r| r.row == row) {
            Some(i) => i,
            None => {
                rows.push(RowCells {
                    row,
                    blank: Vec::new(),
                    unread: Vec::new(),
                });
                rows.len() - 1
            }
        };
        let Some(r) = rows.get_mut(i) else {
            continue;
        };
        match n {
            Number::Unreadable(t) => r.unread.push((*column, unreadable_column(*column, t))),
            _ => r.blank.push(*column),
        }
    }
    let named = crate::i18n::list(rows.into_iter().map(|r| r.message(budget)));
    let at = cells.first().map_or(&case.project, |((c, _), _)| c);
    (
        msg!(
            "finding-no-grade-execution-unknown",
            cells = named,
            state = state
        ),
        at,
    )
}

/// Why execution found no figures at all: no 项目资金 row was read.
fn no_funds_reason(_case: &Case) -> Message {
    msg!("finding-no-grade-no-funds")
}

/// The cells of one funds row execution could not read: the blank columns, said together,
/// and each unreadable one with what it says of its text.
struct RowCells<'a> {
    row: &'a str,
    blank: Vec<Column>,
    unread: Vec<(Column, Message)>,
}

impl RowCells<'_> {
    /// `“年度资金总额”的全年预算数“五十”无法识别为金额、全年执行数未填写`, in the form's column
    /// order (the budget's first).
    fn message(self, budget: Column) -> Message {
        let mut parts = Vec::new();
        if let Some(first) = self.blank.first().copied() {
            let words = self
                .blank
                .iter()
                .map(|c| msg!("finding-funds-column", column = c.word()));
            let m = msg!(
                "finding-funds-columns-blank",
                columns = crate::i18n::list(words)
            );
            parts.push((first, m));
        }
        parts.extend(self.unread);
        parts.sort_by_key(|(c, _)| usize::from(*c != budget));
        msg!(
            "finding-funds-cell",
            row = crate::i18n::quoted(self.row),
            columns = crate::i18n::list(parts.into_iter().map(|(_, m)| m))
        )
    }
}

/// A funds column whose text is no amount: `全年执行数“一百九十”无法识别为金额`, or in a unit
/// that is not money (`全年执行数“190件”的单位“件”不是金额`).
fn unreadable_column(column: Column, text: &str) -> Message {
    if let Some(error) = crate::value::excel_error(text) {
        return msg!(
            "finding-funds-column-excel-error",
            column = column.word(),
            error = error
        );
    }
    match crate::value::amount(text) {
        crate::value::Amount::NotMoney { unit } => msg!(
            "finding-funds-column-not-money",
            column = column.word(),
            text = text,
            unit = unit
        ),
        _ => msg!(
            "finding-funds-column-unreadable",
            column = column.word(),
            text = text
        ),
    }
}

/// The messages of the findings [`score`] puts on a funds cell it could not read a figure
/// from (or on the form when no 项目资金 row was read).
const CELL_FINDINGS: [&str; 8] = [
    "finding-budget-blank",
    "finding-amount-excel-error",
    "finding-spent-blank",
    "finding-budget-unreadable",
    "finding-spent-unreadable",
    "finding-amount-not-money",
    "finding-no-funds-rows",
    "finding-funds-doubtful",
];

/// One finding per cell (tester s13b N3): once the `no-grade` finding names the cells the
/// unknown execution score could not be read from, and what each holds, the cells' own
/// findings (`missing-reported`, `unreadable-value`, `unit-mismatch`: warnings, like
/// `no-grade`) say nothing more and are dropped. Kept under rules without grades, where no
/// `no-grade` finding is given.
pub(super) fn fold_unknown_cells(cx: &mut Context) {
    cx.findings
        .retain(|f| !f.message.id().is_some_and(|id| CELL_FINDINGS.contains(&id)));
}

/// The execution points: the form's 分值 on the total row, the rule's when it is blank or
/// negative (said), none on a template without points.
fn execution_points(cx: &mut Context, total: &FundsRow) -> Decimal {
    let rule = &cx.rules.execution;
    match total.points.1.value() {
        // Scored by the form's own 预算执行率 indicator row: no points here (s17w F1), also
        // where `--points rules` gave the row the rule's.
        _ if cx.execution_in_row => Decimal::ZERO,
        Some(p) if p.is_sign_negative() && !p.is_zero() => {
            cx.finding(
                codes::ABSURD_VALUE,
                msg!(
                    "finding-execution-points-negative",
                    points = fmt(p),
                    rule = fmt(rule.points)
                ),
                &total.points.0,
            );
            rule.points
        }
        Some(p) => p,
        // A template without 分值 columns: the rate is worked out, but there are no points to
        // score it with (the form is judged, not scored).
        None if cx.pointless => Decimal::ZERO,
        // A form with no execution block is scored out of its own full marks (s19 P4).
        None => cx.default_execution_points(),
    }
}

/// The execution rate (spent / budget) as a fraction, with its step; none (said in a finding
/// on the cell concerned) when an amount is blank, unreadable or negative, the budget is 0,
/// or the quotient overflows.
fn rate_of(
    cx: &mut Context,
    budget: &Amount,
    spent: &Amount,
    trace: &mut Vec<Step>,
) -> Option<Decimal> {
    let rule = &cx.rules.execution;
    let (Some(a), Some(b)) = (budget.value(), spent.value()) else {
        for (amount, what) in [(budget, "budget"), (spent, "spent")] {
            for (cell, n) in &amount.terms {
                say_not_amount(cx, n, cell, what);
            }
        }
        return None;
    };
    let (budget_cell, spent_cell) = (budget.cell(), spent.cell());
    if a.is_sign_negative() || b.is_sign_negative() {
        cx.finding(
            codes::ABSURD_VALUE,
            msg!("finding-amount-negative", budget = fmt(a), spent = fmt(b)),
            budget_cell,
        );
        return None;
    }
    if a.is_zero() {
        cx.finding(
            codes::DIVISION_BY_ZERO,
            msg!("finding-budget-zero", spent = fmt(b)),
            budget_cell,
        );
        return None;
    }
    // A sum's cells are on the steps that add it up.
    let inputs: Vec<&Cell> = [spent, budget]
        .iter()
        .filter(|x| !x.is_sum())
        .map(|x| x.cell())
        .collect();
    let Some(r) = computable_rate(a, b) else {
        let what = rate_overflow_message(a, b);
        cx.step(trace, Some(&rule.rule), &inputs, || what.clone());
        cx.finding(codes::ABSURD_VALUE, what, budget_cell);
        return None;
    };
    cx.step(trace, Some(&rule.rule), &inputs, || {
        msg!(
            "trace-rate",
            spent = fmt(b),
            budget = fmt(a),
            rate = fmt((r.saturating_mul(Decimal::ONE_HUNDRED)).round_dp(4))
        )
    });
    if r > ABSURD_RATE {
        cx.finding(
            codes::ABSURD_VALUE,
            msg!(
                "finding-rate-absurd",
                rate = fmt((r.saturating_mul(Decimal::ONE_HUNDRED)).round_dp(2))
            ),
            spent_cell,
        );
    } else if r > Decimal::ONE {
        // Spending over the budget is what an officer raises at once (tester s17w F6): the
        // amount over and the rate are said, not only that scoring caps it.
        cx.finding(
            codes::OVERSPENT,
            msg!(
                "finding-overspent",
                spent = fmt(b),
                budget = fmt(a),
                over = fmt(b - a),
                rate = fmt((r.saturating_mul(Decimal::ONE_HUNDRED)).round_dp(2))
            ),
            spent_cell,
        );
    }
    Some(r)
}

/// Says why an amount cell gives no amount: blank, unreadable, or not money.
fn say_not_amount(cx: &mut Context, n: &Number, cell: &Cell, what: &'static str) {
    match n {
        Number::Unreadable(t) => {
            if let crate::value::Amount::NotMoney { unit } = crate::value::amount(t) {
                cx.finding(
                    codes::UNIT_MISMATCH,
                    msg!(
                        "finding-amount-not-money",
                        what = what,
                        text = t,
                        unit = unit
                    ),
                    cell,
                );
                return;
            }
            cx.unreadable(cell, t, what, || {
                if what == "budget" {
                    msg!("finding-budget-unreadable", text = t)
                } else {
                    msg!("finding-spent-unreadable", text = t)
                }
            })
        }
        Number::Blank => cx.finding(
            codes::MISSING_REPORTED,
            if what == "budget" {
                msg!("finding-budget-blank")
            } else {
                msg!("finding-spent-blank")
            },
            cell,
        ),
        // Only a 得分 cell is read as marks in words.
        Number::Value(_) | Number::Marks(_) => {}
    }
}

/// Audits the execution block against the final execution result, once every script hook
/// has run: the written rate, a low rate left unexplained, the reported score (blank,
/// unreadable, different from the computed one, above its points). Scoring comes first, so
/// the score an `after` script set is the one the form's 得分 is compared with (#17).
pub(super) fn audit(cx: &mut Context, execution: &ExecutionOutcome) {
    // Figures that cannot be right are not held against the department (tester s24 A3).
    if cx.options.scores_only || cx.funds_doubt.is_some() {
        return;
    }
    let case = cx.case;
    let Some(total) = total_row(case) else { return };
    // A total row left at 0 (funds-total-blank, said once): its 0 rate and 0 得分 are the
    // same blank row, not a rate and a score the department wrote (tester F14).
    let blank_row = total_row_left_at_zero(cx);
    // Unless the form's 总分 shows the 0 得分 was the department's own (tester s21 A1).
    let confirmed = super::totals::zero_execution_confirmed(cx, execution);
    let left_at_zero = |n: &Number| blank_row && n.value().is_none_or(|v| v.is_zero());
    let score_left_at_zero = left_at_zero(&total.score.1) && !confirmed;
    // A department's form with no total row reads its first row, 基本支出, whose rate is its
    // own, not the department's (the sum's, said by `funds-total-blank`; tester s21 T2).
    let own_rate = total.kind != crate::model::FundsKind::Total
        && crate::value::funds::is_spending_kind(&total.label.text);
    if let Some(percent) = execution.rate {
        if !left_at_zero(&total.rate.1) && !own_rate {
            check_written_rate(cx, &total.rate.0, &total.rate.1, percent);
        }
        check_unexplained(cx, &total.rate.0, percent);
    }
    // Execution scored in an indicator row has no 得分 on the funds row (s17w F1).
    if !score_left_at_zero && !cx.execution_in_row {
        check_reported(cx, total, execution);
    }
}

/// Whether the 年度资金总额 row was left blank or at 0 while its 其中 rows hold the figures
/// (`funds-total-blank`): its cells are the template's blanks, not amounts or a score.
pub(super) fn total_row_left_at_zero(cx: &Context) -> bool {
    // A form with no total row at all writes its rate and 得分 on its first row: the
    // department's, not a template's blanks.
    Figures::of(cx.case).is_some_and(|f| f.added_up() && !f.no_total_row())
}

/// Whether the execution 得分 is such a template blank: 0 or blank on a row left at 0.
pub(super) fn score_left_at_zero(cx: &Context) -> bool {
    total_row_left_at_zero(cx)
        && total_row(cx.case).is_some_and(|r| r.score.1.value().is_none_or(|v| v.is_zero()))
}

/// Execution below `[execution] low_targets_met_below` (default 50%) while every target judged is reported met: on a
/// form with points, each applicable line at its full points; on a form without a 分值 column,
/// each line's actual meeting its target.
pub(super) fn check_low_while_met(
    cx: &mut Context,
    execution: &ExecutionOutcome,
    indicators: &[crate::outcome::IndicatorOutcome],
) {
    use crate::outcome::Method;
    let Some(rate) = execution.rate else { return };
    let below = cx
        .rules
        .execution
        .low_targets_met_below
        .saturating_mul(Decimal::ONE_HUNDRED);
    if rate >= below || cx.pointless {
        return;
    }
    let (met, judged) = match cx.no_points_column {
        true => cx.judged,
        false => {
            let lines = indicators
                .iter()
                .filter(|i| !matches!(i.method, Method::NotApplicable | Method::Unscored));
            let full = |i: &crate::outcome::IndicatorOutcome| {
                i.points.is_some_and(|p| p > Decimal::ZERO && i.score >= p)
            };
            (lines.clone().filter(|i| full(i)).count(), lines.count())
        }
    };
    if judged == 0 || met < judged {
        return;
    }
    let Some(figures) = Figures::of(cx.case) else {
        return;
    };
    let total = figures.total;
    let budget = Column::budget(cx.rules.execution.denominator);
    let (a, b) = (figures.amount(budget), figures.amount(Column::Spent));
    let (Some(a), Some(b)) = (a.value(), b.value()) else {
        return;
    };
    cx.finding(
        codes::EXECUTION_LOW_TARGETS_MET,
        msg!(
            "finding-execution-low-targets-met",
            spent = fmt(b),
            budget = fmt(a),
            rate = fmt(crate::outcome::shown_rate(rate, &[below])),
            count = judged
        ),
        &total.spent.0,
    );
}

/// `[execution] explain_below`: a rate below the rule's threshold with no deviation reason
/// anywhere on the form.
fn check_unexplained(cx: &mut Context, cell: &Cell, percent: Decimal) {
    let Some(threshold) = cx.rules.execution.explain_below else {
        return;
    };
    let threshold_percent = threshold * Decimal::ONE_HUNDRED;
    let explained = funds_reason(cx.case).is_some()
        || cx
            .case
            .indicators
            .iter()
            .any(|i| !i.deviation.text.trim().is_empty());
    if percent < threshold_percent && !explained {
        cx.finding(
            codes::EXECUTION_UNEXPLAINED,
            msg!(
                "finding-execution-unexplained",
                rate = fmt(crate::outcome::shown_rate(percent, &[threshold_percent])),
                threshold = fmt(threshold_percent)
            ),
            cell,
        );
    }
}

/// The form's execution 得分 against the final execution score and points.
fn check_reported(cx: &mut Context, total: &FundsRow, execution: &ExecutionOutcome) {
    let score = execution.score;
    match &total.score.1 {
        // The computed score is unknown: the form's own cannot be checked against it.
        // Under `--points rules` the form's 得分 was written against other points (s15c F1).
        Number::Value(s) if *s != score && !execution.unknown && !cx.what_if() => cx.finding(
            codes::SCORE_MISMATCH,
            score_mismatch(cx, *s, execution),
            &total.score.0,
        ),
        Number::Value(_) => {}
        // A template without 分值/得分 columns has no execution score to report.
        Number::Blank if cx.pointless => {}
        // Nor a form with no execution block (s19 P4): `no-execution-block` says so.
        Number::Blank if cx.no_execution.is_some() => {}
        Number::Blank => cx.finding(
            codes::MISSING_REPORTED,
            msg!("finding-execution-score-blank"),
            &total.score.0,
        ),
        Number::Unreadable(t) => cx.unreadable(&total.score.0, t, "execution-score", || {
            msg!("finding-execution-score-unreadable", text = t)
        }),
        // Read as a number before scoring, with its note (`marks`).
        Number::Marks(_) => {}
    }
    // Above its points as the form wrote both (under `--points rules` too).
    let written = match cx.form {
        Some(form) => total_row(form).map(|r| (r.score.1.value(), r.points.1.value())),
        None => Some((execution.reported_score, None)),
    };
    let (reported, points) = written.unwrap_or_default();
    let points = points.unwrap_or(execution.points);
    if let Some(s) = reported
        && s > points
    {
        cx.finding(
            codes::SCORE_ABOVE_POINTS,
            msg!(
                "finding-execution-score-above-points",
                reported = fmt(s),
                points = fmt(points)
            ),
            &total.score.0,
        );
    }
}

/// The form's execution 得分 differs from the computed one. Under a step table it says which
/// step the rate is on, with the rate to as many places as tell it: the form's 10 beside a
/// computed 8 is most often a rate just under a step, rounded up to it (tester s14r F3).
fn score_mismatch(cx: &Context, reported: Decimal, execution: &ExecutionOutcome) -> Message {
    let rule = &cx.rules.execution;
    let plain = || {
        msg!(
            "finding-execution-score-mismatch",
            reported = fmt(reported),
            computed = fmt(execution.score)
        )
    };
    let (Some(rate), Some(shown)) = (execution.rate, execution.rate_shown) else {
        return plain();
    };
    if rule.method != ExecutionMethod::Bands {
        return plain();
    }
    let capped = (rate / Decimal::ONE_HUNDRED).min(Decimal::ONE);
    let Some(at) = rule.bands.iter().position(|b| capped >= b.from) else {
        return plain();
    };
    let (Some(next), Some(band)) = (
        at.checked_sub(1).and_then(|i| rule.bands.get(i)),
        rule.bands.get(at),
    ) else {
        return plain();
    };
    msg!(
        "finding-execution-score-mismatch-step",
        reported = fmt(reported),
        computed = fmt(execution.score),
        rate = fmt(shown),
        from = fmt(band.from * Decimal::ONE_HUNDRED),
        next = fmt(next.from * Decimal::ONE_HUNDRED)
    )
}

/// spent / budget as a fraction, when it and its percentage fit a Decimal: a budget of
/// 10^-28 makes the quotient overflow (it was scored 0 with no word) or the percentage
/// saturate (it showed as 79228162514264337593543950335%) (issue #18 item 5).
fn computable_rate(budget: Decimal, spent: Decimal) -> Option<Decimal> {
    spent
        .checked_div(budget)
        .filter(|r| r.checked_mul(Decimal::ONE_HUNDRED).is_some())
}

fn rate_overflow_message(budget: Decimal, spent: Decimal) -> Message {
    msg!(
        "finding-rate-overflow",
        spent = fmt(spent),
        budget = fmt(budget)
    )
}

/// The rates (in percent) a shown rate must not be rounded across: the rule's steps, and,
/// for a score in proportion to the rate, the rates near `percent` where its rounding turns
/// (tester s14b C: 284.99 / 300 = 94.9967% was shown `95%` beside 9 points, when 95% × 10
/// rounds to 10; the rounding turns at 95%).
fn shown_steps(cx: &Context, points: Decimal, percent: Decimal) -> Vec<Decimal> {
    let rule = &cx.rules.execution;
    let mut steps = rule.steps_percent();
    if rule.method != ExecutionMethod::Proportional || points <= Decimal::ZERO {
        return steps;
    }
    let rounding = rule.rounding.as_ref().unwrap_or(&cx.rules.round_indicator);
    let unit = Decimal::new(1, rounding.places.min(8));
    let half = match rounding.mode {
        crate::model::RoundMode::Truncate => Decimal::ZERO,
        _ => unit / Decimal::TWO,
    };
    // Absurd points (a case file's `1e27`) leave the shown rate unrounded, never a panic (the
    // CI fuzz pass, s24: the division overflowed).
    let Some(k) = (Decimal::ONE_HUNDRED.checked_div(points))
        .and_then(|per_point| percent.min(Decimal::ONE_HUNDRED).checked_div(per_point))
        .and_then(|raw| raw.checked_div(unit))
        .map(|k| k.floor())
    else {
        return steps;
    };
    let per_point = Decimal::ONE_HUNDRED / points;
    for d in [-1, 0, 1] {
        let turn = ((k + Decimal::from(d)) * unit + half).checked_mul(per_point);
        if let Some(turn) = turn.filter(|t| *t > Decimal::ZERO && *t <= Decimal::ONE_HUNDRED) {
            steps.push(turn);
        }
    }
    steps
}

/// The execution score for a rate (a fraction), by the rule's method and rounding.
fn score_from_rate(
    cx: &mut Context,
    total: &FundsRow,
    points: Decimal,
    rate: Option<Decimal>,
    trace: &mut Vec<crate::outcome::Step>,
) -> Decimal {
    let Some(rate) = rate else {
        return Decimal::ZERO;
    };
    if cx.pointless {
        // No 分值 anywhere on the form: the rate is recorded, nothing is scored with it (F7:
        // the trace said `95% × 0 = 0`).
        cx.step(trace, None, &[&total.rate.0], || {
            msg!(
                "trace-execution-no-points",
                rate = fmt(rate * Decimal::ONE_HUNDRED)
            )
        });
        return Decimal::ZERO;
    }
    if cx.execution_in_row {
        // The form scores the rate in its indicator row `预算执行率` (s17w F1): counted once.
        cx.step(trace, None, &[&total.rate.0], || {
            msg!(
                "trace-execution-in-row",
                rate = fmt(rate * Decimal::ONE_HUNDRED)
            )
        });
        return Decimal::ZERO;
    }
    by_rule(cx, total, points, rate, trace)
}

/// The score the execution rule gives a rate (a fraction) out of `points`, rounded as the
/// rule says, with its steps.
fn by_rule(
    cx: &mut Context,
    total: &FundsRow,
    points: Decimal,
    rate: Decimal,
    trace: &mut Vec<crate::outcome::Step>,
) -> Decimal {
    let rules = cx.rules;
    let rule = &rules.execution;
    let capped = rate.min(Decimal::ONE);
    let raw = match rule.method {
        ExecutionMethod::Proportional => {
            let s = points * capped;
            cx.step(trace, Some(&rule.rule), &[&total.points.0], || {
                msg!(
                    "trace-execution-proportional",
                    rate = fmt(capped * Decimal::ONE_HUNDRED),
                    points = fmt(points),
                    score = fmt(s)
                )
            });
            s
        }
        ExecutionMethod::ThresholdDeduction {
            full_at,
            deduct_per_point,
        } => {
            let below = ((full_at - capped) * Decimal::ONE_HUNDRED).max(Decimal::ZERO);
            let s = (points - below * deduct_per_point).max(Decimal::ZERO);
            cx.step(trace, Some(&rule.rule), &[&total.points.0], || {
                msg!(
                    "trace-execution-threshold",
                    deduct = fmt(deduct_per_point),
                    full = fmt(full_at * Decimal::ONE_HUNDRED),
                    points = fmt(points),
                    below = fmt(below),
                    score = fmt(s)
                )
            });
            s
        }
        ExecutionMethod::Bands => banded(cx, total, points, capped, trace),
    };
    match &rule.rounding {
        Some(r) => {
            let s = r.apply(raw);
            cx.step(trace, Some(&r.rule), &[], || {
                msg!(
                    "trace-rounded",
                    mode = words::round_mode(r.mode),
                    places = r.places.to_string(),
                    raw = fmt(raw),
                    score = fmt(s)
                )
            });
            s
        }
        None => cx.rules.round_indicator.apply(raw),
    }
}

/// The form's own 预算执行率 indicator row ([`super::funds_points::execution_row`]) whose
/// target is no figure to compare with (`—`, the Ningxia 2021 template; tester s21 A2: the
/// row was unscorable and its 9 kept unverified while the trace said the rate was scored
/// there): scored by the execution rule from the funds' B / A out of the row's points, with
/// its steps; the department's 得分 is then checked against it as any line's is. None when
/// `ind` is no such row, its target is a figure, or the funds give no rate.
pub(super) fn score_in_row(
    cx: &mut Context,
    ind: &crate::model::Indicator,
    points: Decimal,
    trace: &mut Vec<crate::outcome::Step>,
) -> Option<(Decimal, crate::outcome::Method)> {
    use crate::value::Value;
    if !cx.execution_in_row || matches!(ind.target.1, Value::Quantity(_)) {
        return None;
    }
    let row = super::funds_points::execution_row(cx.case)?;
    if row.index != ind.index {
        return None;
    }
    let case = cx.case;
    let total = total_row(case)?;
    let percent = rate_percent(case, cx.rules)?;
    let rate = percent / Decimal::ONE_HUNDRED;
    let figures = Figures::of_rule(case, &cx.rules.execution)?;
    let budget = Column::budget(cx.rules.execution.denominator);
    let (spent, budget) = (figures.amount(Column::Spent), figures.amount(budget));
    let cells: Vec<&Cell> = spent.cells().into_iter().chain(budget.cells()).collect();
    cx.step(trace, None, &cells, || {
        msg!(
            "trace-execution-row-by-rule",
            rate = fmt(percent),
            target = &ind.target.0.text
        )
    });
    let score = by_rule(cx, total, points, rate, trace);
    let method = match cx.rules.execution.method {
        ExecutionMethod::Proportional => crate::outcome::Method::Ratio,
        ExecutionMethod::ThresholdDeduction { .. } => crate::outcome::Method::PerPoint,
        ExecutionMethod::Bands => crate::outcome::Method::Band,
    };
    Some((score, method))
}

/// `method = "bands"`: the score of the first band the rate reaches, never above the points.
/// The steps are written in the rule's `points`; a form that keeps other execution points
/// (forms' points win) has each step scaled to them, score × form points / rule points —
/// the proportional treatment `--points rules` gives the other way (tester s10 F4: a step
/// table in 20 points capped at a form's 10 gave 71% execution full marks).
fn banded(
    cx: &mut Context,
    total: &FundsRow,
    points: Decimal,
    rate: Decimal,
    trace: &mut Vec<crate::outcome::Step>,
) -> Decimal {
    let rule = &cx.rules.execution;
    let band = rule.bands.iter().find(|b| rate >= b.from);
    let scale = (points != rule.points && !rule.points.is_zero()).then_some(rule.points);
    let scaled = |b: &crate::model::RateBand| match scale {
        Some(of) => b
            .score
            .checked_mul(points)
            .and_then(|x| x.checked_div(of))
            .unwrap_or(b.score),
        None => b.score,
    };
    let s = band.map_or(Decimal::ZERO, |b| scaled(b).min(points));
    cx.step(trace, Some(&rule.rule), &[&total.points.0], || {
        match (band, scale) {
            (Some(b), Some(of)) => msg!(
                "trace-execution-band-scaled",
                rate = fmt(rate * Decimal::ONE_HUNDRED),
                from = fmt(b.from * Decimal::ONE_HUNDRED),
                step = fmt(b.score),
                of = fmt(of),
                score = fmt(s),
                points = fmt(points)
            ),
            (Some(b), None) => msg!(
                "trace-execution-band",
                rate = fmt(rate * Decimal::ONE_HUNDRED),
                from = fmt(b.from * Decimal::ONE_HUNDRED),
                score = fmt(s),
                points = fmt(points)
            ),
            (None, _) => msg!(
                "trace-execution-no-band",
                rate = fmt(rate * Decimal::ONE_HUNDRED)
            ),
        }
    });
    s
}

/// `[execution] explain_adjustment_above`: a full-year budget (A) that differs from the initial
/// budget by more than the rule's share of it — 追加 or 调减, or any money added to a project
/// with no initial budget — is reported so that the adjustment is explained. Returns whether
/// it was.
pub(super) fn check_adjustment(cx: &mut Context) -> bool {
    let Some(share) = cx.rules.execution.explain_adjustment_above else {
        return false;
    };
    if cx.funds_doubt.is_some() {
        return false;
    }
    let Some(figures) = Figures::of_rule(cx.case, &cx.rules.execution) else {
        return false;
    };
    let full_year = figures.amount(Column::FullYear);
    let (Some(initial), Some(full)) = (figures.amount(Column::Initial).value(), full_year.value())
    else {
        return false;
    };
    let Some(change) = full.checked_sub(initial) else {
        return false;
    };
    let beyond = match initial.abs().checked_mul(share) {
        _ if change.is_zero() => false,
        _ if initial.is_zero() => true,
        Some(limit) => change.abs() > limit,
        None => false,
    };
    if beyond {
        // An adjustment the form explains in its 原因/说明 cell is quoted for review, not
        // warned of as unexplained (F5).
        let (code, message) = match funds_reason(cx.case) {
            Some(reason) => (
                codes::BUDGET_ADJUSTMENT_EXPLAINED,
                adjustment_message(initial, full, change, share, Some(reason.text.trim())),
            ),
            None => (
                codes::BUDGET_ADJUSTED,
                adjustment_message(initial, full, change, share, None),
            ),
        };
        cx.finding(code, message, full_year.cell());
    }
    beyond
}

/// The funds block's 原因/说明 cell when the form fills it (the first row that does: the
/// cell is the block's, often merged over its rows).
fn funds_reason(case: &Case) -> Option<&Cell> {
    case.funds
        .iter()
        .map(|r| &r.reason)
        .find(|c| !c.text.trim().is_empty())
}

/// The `budget-adjusted` message, or with the form's explanation the
/// `budget-adjustment-explained` one.
fn adjustment_message(
    initial: Decimal,
    full: Decimal,
    change: Decimal,
    share: Decimal,
    reason: Option<&str>,
) -> Message {
    let direction = if change.is_sign_negative() {
        "cut"
    } else {
        "added"
    };
    let relative = if initial.is_zero() {
        None
    } else {
        change
            .checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|c| c.checked_div(initial))
            .map(|p| {
                // 四舍五入, as a finance officer rounds a percentage (12.96 / 238.93 = 5.42%).
                let p = p.abs().round_dp_with_strategy(
                    2,
                    rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                );
                msg!("finding-budget-adjusted-relative", percent = fmt(p))
            })
    };
    if let Some(reason) = reason {
        return msg!(
            "finding-budget-adjustment-explained",
            full = fmt(full),
            initial = fmt(initial),
            change = fmt(change.abs()),
            direction = direction,
            relative = relative,
            reason = reason
        );
    }
    // A share of 0 is "every adjustment" (Sichuan's note 2: 年中发生预算调整的，应单独说明
    // 理由): "beyond 0% of the initial budget" read oddly (tester F24).
    if share.is_zero() {
        return msg!(
            "finding-budget-adjusted-any",
            full = fmt(full),
            initial = fmt(initial),
            change = fmt(change.abs()),
            direction = direction,
            relative = relative
        );
    }
    msg!(
        "finding-budget-adjusted",
        full = fmt(full),
        initial = fmt(initial),
        change = fmt(change.abs()),
        direction = direction,
        relative = relative,
        share = fmt(share * Decimal::ONE_HUNDRED)
    )
}

/// The written rate agrees when it equals B/A (in percent) rounded to as many places as were
/// written, or cut to them: a figure within its own precision of B/A (tester s22 A1: `0.958`,
/// read 95.8%, for 27.8 / 29 = 95.862% — the Anhui forms cut their figures).
fn check_written_rate(cx: &mut Context, cell: &Cell, written: &Number, percent: Decimal) {
    let Number::Value(w) = written else { return };
    let places = w.scale();
    let rounded = percent
        .round_dp_with_strategy(places, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    let cut = percent.round_dp_with_strategy(places, rust_decimal::RoundingStrategy::ToZero);
    if rounded != *w && cut != *w {
        // Two more places than were written (94.99% against 94.9967%: B/A is not "95%"),
        // and enough to tell the side of the rule's steps (tester s14r F3).
        let written_places = percent.round_dp((places + 2).clamp(2, 8)).normalize();
        let stepped = crate::outcome::shown_rate(percent, &cx.rules.execution.steps_percent());
        let computed = if stepped.scale() > written_places.scale() {
            stepped
        } else {
            written_places
        };
        cx.finding(
            codes::RATE_MISMATCH,
            msg!(
                "finding-rate-mismatch",
                written = fmt(*w),
                computed = fmt(computed)
            ),
            cell,
        );
    }
}
