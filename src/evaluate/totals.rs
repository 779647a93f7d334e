//! The total, the grade's input, and the checks that compare the form's own totals and points.

use super::{Context, fmt};
use crate::i18n::Message;
use crate::i18n::msg;
use crate::model::{Cell, Number};
use crate::outcome::{ExecutionOutcome, IndicatorOutcome, Step, codes, words};
use rust_decimal::Decimal;

/// Computes the total (rounded) and the points it is out of, with the trace.
pub(super) fn compute(
    cx: &mut Context,
    indicators: &[IndicatorOutcome],
    execution: &ExecutionOutcome,
) -> (Decimal, Decimal, Vec<Step>) {
    let rules = cx.rules;
    let mut trace = Vec::new();
    // One subtotal per level-1 weight the form scores under: the weight's trace step (only
    // traces read them).
    let subtotals = if cx.options.trace {
        &rules.weights.level1[..]
    } else {
        &[]
    };
    for l in subtotals {
        let (score, points) = indicators
            .iter()
            .filter(|i| i.level1 == l.name)
            .filter_map(|i| i.points.map(|p| (i.score, p)))
            .fold((Decimal::ZERO, Decimal::ZERO), |(s, p), (is, ip)| {
                (s + is, p + ip)
            });
        if points.is_zero() {
            continue;
        }
        cx.step(&mut trace, Some(&l.rule), &[], || {
            msg!(
                "trace-level1",
                level1 = &l.name,
                score = fmt(score),
                points = fmt(points),
                weight = fmt(l.points)
            )
        });
    }
    let sum: Decimal = indicators.iter().map(|i| i.score).sum::<Decimal>() + execution.score;
    let total = rules.round_total.apply(sum);
    let mut total_points: Decimal =
        indicators.iter().filter_map(|i| i.points).sum::<Decimal>() + execution.points;
    if cx.no_points_column {
        // Lines without points of their own count within their level-1 label's (s21 T7).
        total_points += super::indicator::label_points_counted(cx);
    }
    if cx.pointless {
        // A form with no points adds nothing up (#15): said, not `0 + 0 = 0` (F7).
        cx.step(&mut trace, None, &[], || msg!("trace-total-no-points"));
        return (total, total_points, trace);
    }
    if execution.unknown {
        // The execution score is unknown, not 0: the total is the indicators' part only.
        cx.step(&mut trace, Some(&rules.round_total.rule), &[], || {
            msg!(
                "trace-total-execution-unknown",
                indicators = fmt(sum),
                mode = words::round_mode(rules.round_total.mode),
                places = rules.round_total.places.to_string(),
                total = fmt(total)
            )
        });
        return (total, total_points, trace);
    }
    cx.step(&mut trace, Some(&rules.round_total.rule), &[], || {
        msg!(
            "trace-total",
            indicators = fmt(sum - execution.score),
            execution = fmt(execution.score),
            sum = fmt(sum),
            mode = words::round_mode(rules.round_total.mode),
            places = rules.round_total.places.to_string(),
            total = fmt(total)
        )
    });
    (total, total_points, trace)
}

/// The totals' invariants, re-checked once every script hook has run (issue #18 item 4):
/// the points the form is scored out of are no more than the form declares (scripts move
/// points, they never create them), and the total lies within 0..those points. `None`
/// when they hold.
pub(super) fn scripts_broke(
    cx: &Context,
    indicators: &[IndicatorOutcome],
    total: Decimal,
    total_points: Decimal,
) -> Option<Message> {
    // The points before rounding (rounded points may pass the declared sum by a cent).
    let declared = super::layout::declared_points(cx);
    let planned = super::layout::planned_points(cx, &[])
        .into_iter()
        .filter(|(applicable, _)| *applicable)
        .fold(Decimal::ZERO, |a, (_, p)| a.saturating_add(p));
    if planned > declared {
        return Some(msg!(
            "finding-scripts-broke-points",
            planned = fmt(planned),
            declared = fmt(declared)
        ));
    }
    if let Some(i) = indicators.iter().find(|i| {
        // A score lies within its points rounded as the score is (16.875 → 16.88).
        let within = |p: Decimal| i.score <= cx.rules.round_indicator.apply(p);
        i.score.is_sign_negative() || i.points.is_some_and(|p| !within(p))
    }) {
        return Some(msg!(
            "finding-scripts-broke-score",
            level3 = crate::i18n::quoted(&*i.level3),
            score = fmt(i.score),
            points = fmt(i.points.unwrap_or_default())
        ));
    }
    if total.is_sign_negative() || total > cx.rules.round_total.apply(total_points) {
        return Some(msg!(
            "finding-scripts-broke-total",
            total = fmt(total),
            points = fmt(total_points)
        ));
    }
    None
}

/// The `scripts-broke-totals` message.
pub(super) fn scripts_broke_message(why: Message) -> Message {
    msg!("finding-scripts-broke-totals", why = why)
}

/// Checks the form's totals and declared points against the (final) computed total.
pub(super) fn check(
    cx: &mut Context,
    total: Decimal,
    execution: &ExecutionOutcome,
    indicators: &[crate::outcome::IndicatorOutcome],
) {
    // A form with no points has no total to compare (its indicators are judged met or not).
    if cx.pointless || cx.options.scores_only {
        return;
    }
    let mut sums = form_sums(cx, cx.case);
    // Under `--points rules` the form's own arithmetic is checked as the form wrote it, never
    // on the self-scores restated to the rule set's points (tester s15c F1).
    let mut own = cx.form.map(|form| form_sums(cx, form));
    // The chizhou pattern (tester s10 F9): the 年度资金总额 row left at `0 0 0 10 0 0` with
    // the figures below; its 0 得分 is the template's blank, and the department's total holds
    // the execution score the row never got. The lines are summed with the computed one.
    if super::execution::score_left_at_zero(cx)
        && !execution.unknown
        && !zero_execution_confirmed(cx, execution)
    {
        sums.exec_blank = Some(execution.score);
        if let Some(own) = &mut own {
            own.exec_blank = Some(on_form_points(cx, execution));
        }
    }
    // An unknown execution score could be anything from 0 to its points, and so could a line
    // that could not be scored (tester s15r N3): the total is as unknown by as much.
    sums.unknown = unknown_part(execution, indicators);
    check_reported_total(cx, own.as_ref().unwrap_or(&sums), total);
    let own_points = own.map_or((sums.declared_points, sums.points_unknown), |o| {
        (o.declared_points, o.points_unknown)
    });
    check_declared_points(cx, own_points, sums);
}

/// Whether the 0 得分 of a 年度资金总额 row left at 0 is the department's own score after all:
/// the form's 总分 is its line scores without any execution score (`0 0 0 10 0 0`, line
/// scores 90, 总分 90), not with the computed one. Then the 0 is a self-score like any other —
/// compared with the computed execution score (`score-mismatch`), and the total the sum of
/// the form's lines — instead of a template blank that would make the total "not the sum"
/// (tester s21 A1: a false `total-not-sum` error and no word on the 0 against 10). A form cut
/// short, a blank 得分, or a computed execution score of 0 confirm nothing.
pub(super) fn zero_execution_confirmed(cx: &Context, execution: &ExecutionOutcome) -> bool {
    let written = cx.written();
    let zero = super::execution::total_row(written)
        .is_some_and(|r| r.score.1.value().is_some_and(|v| v.is_zero()));
    if !zero || written.incomplete || execution.score.is_zero() || execution.unknown {
        return false;
    }
    let lines = form_sums(cx, written).reported_lines;
    written
        .total_score
        .1
        .value()
        .and_then(|t| t.checked_sub(lines))
        .is_some_and(|d| d.abs() <= Decimal::new(1, 2))
}

/// The computed execution score out of the execution points the form wrote (under `--points
/// rules` the score is out of the rule set's), for the sum of the form's own lines.
fn on_form_points(cx: &Context, execution: &ExecutionOutcome) -> Decimal {
    let written = super::execution::total_row(cx.written()).and_then(|r| r.points.1.value());
    written
        .filter(|_| !execution.points.is_zero())
        .and_then(|p| execution.score.checked_mul(p))
        .and_then(|x| x.checked_div(execution.points))
        .unwrap_or(execution.score)
}

/// The form's own arithmetic, as its cells write it.
struct Sums<'a> {
    /// The reported line scores (each shared cell once) and the execution 得分.
    reported_lines: Decimal,
    /// The declared points (each shared cell once) and the execution 分值 (the rule's when
    /// blank).
    declared_points: Decimal,
    /// Declared points per level-1 weight of the rules (by position), with the first cell
    /// that carries them for the finding's location.
    by_level1: Vec<(Decimal, Option<&'a Cell>)>,
    /// The execution 分值 as written.
    exec_declared: Option<Decimal>,
    /// Line scores left blank or unreadable (an Excel `#VALUE!`) on rows that carry points:
    /// said in the `total-not-sum` message, which would otherwise quote a sum that leaves them
    /// out as if it were the form's (tester s9 F23).
    unfilled_lines: usize,
    /// The reported scores that cannot be read (an Excel `#DIV/0!`, words), named as on the
    /// form, and the points they are out of (`None` when a points cell cannot be read
    /// either): the department's sum may hold them, so a total above the others by no more
    /// than their points cannot be checked, and is no error (tester s16r N-H).
    unread: (Vec<Message>, Option<Decimal>),
    /// Lines whose points cell cannot be read: the declared points cannot be summed (tester
    /// s16r N-G).
    points_unknown: usize,
    /// The computed execution score, when the form's execution 得分 is a 0 on a total row
    /// left at 0 (not counted in `reported_lines`).
    exec_blank: Option<Decimal>,
    /// No 年度资金总额 row was read (a funds block the import could not read, or none): the
    /// form's execution 得分 is not in `reported_lines`, so its total may exceed them by up
    /// to the execution points without contradicting itself (tester s12 S14).
    exec_missing: bool,
    /// The execution score is unknown (its figures could not be read), or lines could not be
    /// scored: their points, by which the computed total may fall short of the form's without
    /// a contradiction (none when a line's points cannot be read either: no bound), and what
    /// they are in words.
    unknown: Option<(Option<Decimal>, Message)>,
    /// Under `not_applicable_points = "rescale_total"`, with lines left out: the form's own
    /// applicable lines rescaled to full marks, which its total may be instead of their sum.
    rescaled: Option<super::rescale::Own>,
}

/// The parts of the total that are unknown, not 0 — the execution score whose figures could
/// not be read, the lines that could not be scored — with their points; none when all are
/// known. A line whose points cannot be read has no bound (tester s16r N-G).
fn unknown_part(
    execution: &ExecutionOutcome,
    indicators: &[crate::outcome::IndicatorOutcome],
) -> Option<(Option<Decimal>, Message)> {
    let lines = indicators
        .iter()
        .filter(|i| i.method == crate::outcome::Method::Unscored);
    let count = lines.clone().count();
    let points: Option<Decimal> = lines.map(|i| i.points).sum();
    let exec = execution.unknown.then_some(execution.points);
    let part = match (exec, count) {
        (None, 0) => return None,
        (Some(_), 0) => msg!("finding-unknown-part-execution"),
        (None, n) => msg!("finding-unknown-part-lines", count = n),
        (Some(_), n) => msg!("finding-unknown-part-both", count = n),
    };
    Some((points.map(|p| exec.unwrap_or_default() + p), part))
}

/// The sums of `case`'s cells: the case scored, or the form as written (`Context::form`).
fn form_sums<'a>(cx: &Context<'a>, case: &'a crate::model::Case) -> Sums<'a> {
    let rules = cx.rules;
    let mut reported_lines = Decimal::ZERO;
    let mut declared_points = Decimal::ZERO;
    let mut by_level1: Vec<(Decimal, Option<&Cell>)> =
        vec![(Decimal::ZERO, None); rules.weights.level1.len()];
    let mut unfilled_lines = 0;
    let mut unread = (Vec::new(), Some(Decimal::ZERO));
    let mut points_unknown = 0;
    for ind in case.indicators.iter().filter(|i| !i.shares_points) {
        let unreadable = |n: &Number| matches!(n, Number::Unreadable(_));
        if (unreadable(&ind.score.1) || unreadable(&ind.points.1))
            && super::layout::applicable(cx, ind, &[])
        {
            points_unknown += usize::from(unreadable(&ind.points.1));
            if unreadable(&ind.score.1) {
                let name = crate::i18n::quoted(&*ind.level3.text);
                unread
                    .0
                    .push(msg!("finding-total-unchecked-line", level3 = name));
                let points = ind.points.1.value().map(|p| p.max(Decimal::ZERO));
                unread.1 = unread.1.zip(points).map(|(a, b)| a + b);
            }
        }
        if let Some(s) = ind.score.1.value() {
            reported_lines += s;
        } else if ind.points.1.value().is_some_and(|p| p > Decimal::ZERO)
            && super::layout::applicable(cx, ind, &[])
        {
            unfilled_lines += 1;
        }
        if let Some(p) = ind.points.1.value() {
            declared_points += p;
            let slot = super::layout::level1_slot(cx, ind);
            if let Some((sum, cell)) = slot.and_then(|i| by_level1.get_mut(i)) {
                *sum += p;
                cell.get_or_insert(&ind.level1);
            }
        }
    }
    // A funds row whose figures cannot be right (tester s24 A3) is as good as unread: its 分值
    // and 得分 may be any of its shifted cells, so the form's sums are checked without them.
    let exec_row = super::execution::total_row(case).filter(|_| cx.funds_doubt.is_none());
    let exec_declared = exec_row.and_then(|r| r.points.1.value());
    let left_at_zero = super::execution::score_left_at_zero(cx);
    match exec_row.map(|r| r.score.1.value()) {
        _ if left_at_zero => {}
        Some(Some(s)) => reported_lines += s,
        // Execution scored in an indicator row, or the row's 得分 set aside as no execution
        // score: the funds row has no 得分 to fill (s17w F1).
        Some(None) if cx.execution_in_row || cx.funds_set_aside => {}
        Some(None) => unfilled_lines += 1,
        None => {}
    }
    if let Some(row) = exec_row.filter(|r| matches!(r.score.1, Number::Unreadable(_))) {
        let label = crate::i18n::quoted(&*row.label.text);
        unread
            .0
            .push(msg!("finding-total-unchecked-execution", label = label));
        let points = exec_declared.unwrap_or(cx.default_execution_points());
        unread.1 = unread.1.map(|a| a + points.max(Decimal::ZERO));
    }
    // Execution scored in an indicator row declares no points of its own (s17w F1).
    let exec_points = match cx.execution_in_row {
        true => exec_declared.unwrap_or_default(),
        false => exec_declared.unwrap_or(cx.default_execution_points()),
    };
    declared_points += exec_points;
    execution_within(cx, exec_points, &mut by_level1);
    Sums {
        reported_lines,
        declared_points,
        by_level1,
        exec_declared,
        unfilled_lines,
        unread,
        points_unknown,
        exec_blank: None,
        // The funds row's 得分 set aside (the form's total written there, s17w F1): the form
        // shows no execution 得分, as when no funds row was read.
        exec_missing: exec_row.is_none() || (cx.funds_set_aside && !cx.execution_in_row),
        unknown: None,
        rescaled: super::rescale::own(cx, case),
    }
}

/// The reported total against the form's own line scores and the computed total.
fn check_reported_total(cx: &mut Context, sums: &Sums, total: Decimal) {
    let case = cx.case;
    let reported_lines = sums.reported_lines;
    match case.total_score.1.value() {
        // A form cut short holds a reported total only from its funds row (分值 100 / 得分 98,
        // s17w F1): the missing rows are in it, so it is not compared with what was read.
        Some(_) if case.incomplete => {}
        Some(reported) => {
            let with_exec = sums.exec_blank.and_then(|e| reported_lines.checked_add(e));
            // A workbook's shown lines and total may differ from their sum by what showing
            // them rounded away: Excel added the stored numbers (tester s11 F3).
            let off = reported
                .checked_sub(with_exec.unwrap_or(reported_lines))
                .map_or(Decimal::MAX, |d| d.abs());
            // Each cell read as shown is at most half a unit of its last place off what it
            // stores: a `shown_rounding` beyond half a point per score cell is no rounding (a
            // case file edited by hand cannot hide a total that is not the sum with it).
            let cells = case.indicators.len() + case.funds.len() + 1;
            let most = Decimal::from(cells) / Decimal::TWO;
            // A total typed by hand as Excel showed the sum (97.5 for 97.47 at one decimal,
            // tester s11b G3) is off by up to half a unit of its own last place too, when the
            // lines were shown rounded.
            let own = match case.shown_rounding.is_zero() {
                true => Decimal::ZERO,
                false => Decimal::new(5, reported.scale() + 1),
            };
            // Without the funds row the form's execution 得分 is unknown: a total that is the
            // lines plus a score within the execution points is no contradiction of the form's
            // (the missing funds are said as `missing-reported`).
            let gap = reported.checked_sub(reported_lines);
            // Its execution points: the form's own where it leaves them (s17w F1), the rule's.
            let exec_points = sums.exec_declared.unwrap_or(cx.default_execution_points());
            let execution_unread =
                sums.exec_missing && gap.is_some_and(|g| g >= Decimal::ZERO && g <= exec_points);
            // A line score that cannot be read may be what the total holds beyond the others
            // (tester s16r N-H): up to its points, the sum cannot be checked, which is said.
            let beyond = reported.checked_sub(with_exec.unwrap_or(reported_lines));
            let (unread, unread_points) = &sums.unread;
            let unchecked = !unread.is_empty()
                && beyond
                    .is_some_and(|b| b >= Decimal::ZERO && unread_points.is_none_or(|p| b <= p));
            let tolerance = (case.shown_rounding + own).min(most);
            let off = match rescaled_agrees(sums, reported, tolerance) {
                true => Decimal::ZERO,
                false => off,
            };
            if off > tolerance && !execution_unread && unchecked {
                let message = msg!(
                    "finding-total-unchecked",
                    reported = fmt(reported),
                    items = crate::i18n::list(unread.iter().cloned()),
                    lines = fmt(with_exec.unwrap_or(reported_lines)),
                    gap = fmt(beyond.unwrap_or_default())
                );
                cx.finding(codes::TOTAL_UNCHECKED, message, &case.total_score.0);
            } else if off > tolerance && !execution_unread {
                // Line scores not filled in (or an Excel error value) are left out of the sum:
                // the message says how many, so the sum is not read as the form's own.
                let message = not_sum_message(cx, sums, reported, with_exec);
                let summed = |i: &crate::model::Indicator| i.score.1.value().is_some();
                let guesses = super::guessed::guesses_on_summed_rows(case, summed, true);
                let named = super::guessed::rows_named(case, summed, true, &guesses);
                cx.finding_on_sums(
                    codes::TOTAL_NOT_SUM,
                    message,
                    &case.total_score.0,
                    (&guesses, &named),
                );
            }
            check_against_computed(cx, sums, reported, total);
        }
        // A form cut short before its 总分 row: the row is missing, not left blank, and the
        // incomplete-form finding says so (tester F11).
        None if case.incomplete && case.total_score.1 == crate::model::Number::Blank => {}
        None => match &case.total_score.1 {
            crate::model::Number::Unreadable(t) => {
                cx.unreadable(&case.total_score.0, t, "total", || {
                    msg!("finding-total-unreadable", text = t)
                });
            }
            _ => cx.finding(
                codes::MISSING_REPORTED,
                msg!("finding-total-blank"),
                &case.total_score.0,
            ),
        },
    }
}

/// Under 按百分制折算 the form's total may be its applicable lines rescaled to full marks: its
/// own arithmetic, no contradiction (tester s17r R5).
fn rescaled_agrees(sums: &Sums, reported: Decimal, tolerance: Decimal) -> bool {
    sums.rescaled.as_ref().is_some_and(|r| {
        reported
            .checked_sub(r.rescaled)
            .is_some_and(|d| d.abs() <= tolerance)
    })
}

/// The `total-not-sum` message: the form's total is not the sum of its own lines (nor, under
/// 按百分制折算, their applicable part rescaled).
fn not_sum_message(
    cx: &Context,
    sums: &Sums,
    reported: Decimal,
    with_exec: Option<Decimal>,
) -> Message {
    let reported_lines = sums.reported_lines;
    match (sums.unfilled_lines, with_exec, &sums.rescaled) {
        (0, None, Some(r)) => msg!(
            "finding-total-not-sum-rescaled",
            reported = fmt(reported),
            lines = fmt(reported_lines),
            rescaled = fmt(r.rescaled),
            applicable = fmt(r.lines),
            points = fmt(r.points),
            full = fmt(cx.rules.weights.total)
        ),
        (_, Some(with), _) => msg!(
            "finding-total-not-sum-blank-execution",
            reported = fmt(reported),
            lines = fmt(reported_lines),
            execution = fmt(sums.exec_blank.unwrap_or_default()),
            sum = fmt(with)
        ),
        (0, None, None) => msg!(
            "finding-total-not-sum",
            reported = fmt(reported),
            lines = fmt(reported_lines)
        ),
        (n, None, _) => msg!(
            "finding-total-not-sum-unfilled",
            reported = fmt(reported),
            lines = fmt(reported_lines),
            count = n
        ),
    }
}

/// The reported total against the computed one (not under `--points rules`, where the form's
/// total was scored against other points).
fn check_against_computed(cx: &mut Context, sums: &Sums, reported: Decimal, total: Decimal) {
    // With the execution score unknown the computed total is a part: a reported total
    // within the execution points above it agrees with what is known.
    let within_unknown = sums.unknown.as_ref().is_some_and(|(points, _)| {
        reported >= total
            && points.is_none_or(|p| total.checked_add(p).is_some_and(|t| reported <= t))
    });
    // Under `--points rules` the department's total is out of points it never used:
    // not compared with the what-if's (tester s15c F1).
    if reported != total && !within_unknown && !cx.what_if() {
        // With the execution score unknown the message gives the range the total could
        // be in, so that the gap is not read as the department's by the execution
        // points it could not be checked on (tester s13b N3).
        let unknown = (sums.unknown.as_ref())
            .and_then(|(p, part)| Some((total.checked_add((*p)?)?, part.clone())));
        let message = match unknown {
            Some((most, part)) => msg!(
                "finding-total-mismatch-execution-unknown",
                part = part,
                reported = fmt(reported),
                computed = fmt(total),
                most = fmt(most),
                points = fmt(most - total),
                side = if reported > most { "above" } else { "below" }
            ),
            None => msg!(
                "finding-total-mismatch",
                reported = fmt(reported),
                computed = fmt(total)
            ),
        };
        cx.finding(codes::TOTAL_MISMATCH, message, &cx.case.total_score.0);
    }
}

/// The grade the form's own total earns against the computed grade (tester s24 B2): a
/// department that reports 优 for a form that earns 良 has overstated its result, which is
/// what an officer reports on, so it is an error where the gap in the total alone is a
/// warning. The rule set's own grade bounds are the threshold; there is no second setting.
/// Not under `--points rules` (the form's total was not scored against those points) nor on
/// a form cut short (its reported total holds the rows that were not read).
pub(super) fn check_grade(cx: &mut Context, grade: &crate::model::Grade, total: Decimal) {
    let case = cx.case;
    if cx.what_if() || case.incomplete || cx.pointless {
        return;
    }
    let Some(reported) = case.total_score.1.value() else {
        return;
    };
    let Some(own) = cx.rules.grades.iter().find(|g| reported >= g.min) else {
        return;
    };
    let Some(gap) = reported
        .checked_sub(total)
        .filter(|_| own.name != grade.name)
    else {
        return;
    };
    let message = msg!(
        "finding-grade-mismatch",
        from = own.name.as_str(),
        to = grade.name.as_str(),
        reported = fmt(reported),
        computed = fmt(total),
        gap = fmt(gap.abs()),
        side = if reported > total { "above" } else { "below" }
    );
    cx.finding(codes::GRADE_MISMATCH, message, &case.total_score.0);
}

/// The declared points against the reported total points (`own`: the form's lines as it
/// wrote them), the rules' total and each level-1 (and execution) weight (`sums`: the points
/// the case is scored with).
fn check_declared_points(cx: &mut Context, (own, own_unknown): (Decimal, usize), sums: Sums) {
    let case = cx.case;
    let rules = cx.rules;
    let declared_points = sums.declared_points;
    let written = cx.written();
    // A points cell that cannot be read leaves the sums unknown: its own finding says they
    // cannot be checked (tester s16r N-G), and none is said against the department.
    if let Some(p) = written.total_points.1.value()
        && p != own
        && own_unknown == 0
    {
        let summed = |i: &crate::model::Indicator| i.points.1.value().is_some();
        let guesses = super::guessed::guesses_on_summed_rows(written, summed, false);
        let named = super::guessed::rows_named(written, summed, false, &guesses);
        cx.finding_on_sums(
            codes::TOTAL_POINTS_NOT_SUM,
            msg!(
                "finding-total-points-not-sum",
                reported = fmt(p),
                declared = fmt(own)
            ),
            &written.total_points.0,
            (&guesses, &named),
        );
    }
    // On a form cut short, points below the rules' are the rows that are missing, which the
    // incomplete-form finding already says; only points above them are the form's own (F11).
    let short_by_the_cut = |declared: Decimal, rule: Decimal| case.incomplete && declared < rule;
    // A form without a 分值 column declares no points: nothing to compare with the rules'.
    let known = sums.points_unknown == 0 && !cx.no_points_column;
    if known
        && declared_points != rules.weights.total
        && !short_by_the_cut(declared_points, rules.weights.total)
    {
        cx.finding(
            codes::POINTS_TOTAL_MISMATCH,
            msg!(
                "finding-points-total-mismatch",
                declared = fmt(declared_points),
                total = fmt(rules.weights.total)
            ),
            &case.total_points.0,
        );
    }
    if cx.no_level1 {
        no_level1(cx, declared_points - sums.exec_declared.unwrap_or_default());
    }
    let mut adjusted = Vec::new();
    for (l1, (declared, cell)) in rules.weights.level1.iter().zip(sums.by_level1) {
        if !known || short_by_the_cut(declared, l1.points) || cx.no_level1 {
            continue;
        }
        let cell = cell.unwrap_or(&case.total_points.0);
        weight_differs(cx, &mut adjusted, (&l1.name, declared, l1.points), cell);
    }
    if let Some(d) = sums.exec_declared
        && let Some(row) = super::execution::total_row(case)
    {
        let weight = (&*rules.execution.label, d, rules.execution.points);
        weight_differs(cx, &mut adjusted, weight, &row.points.0);
    }
    weights_adjusted(cx, &adjusted);
}

/// A form whose indicators carry no level-1 label (a flat list, s22): said once, naming the
/// rules' level-1 weights that cannot be checked line by line and the lines' points, which
/// the total of the points still checks.
fn no_level1(cx: &mut Context, lines: Decimal) {
    let weights = cx
        .rules
        .weights
        .level1
        .iter()
        .map(|l| format!("{} {}", l.name, fmt(l.points)))
        .collect::<Vec<_>>()
        .join("、");
    let cell = cx
        .case
        .indicators
        .first()
        .map_or(&cx.case.total_points.0, |i| &i.level1);
    cx.finding(
        codes::NO_LEVEL1,
        msg!(
            "finding-no-level1",
            count = cx.case.indicators.len(),
            lines = fmt(lines),
            weights = weights
        ),
        cell,
    );
}

/// A level-1 (or execution) weight the form declares otherwise than the rules: its name, the
/// form's points and the rule's, and the cell it was read from.
type Adjusted<'c> = (&'c str, Decimal, Decimal, &'c Cell);

/// A declared level-1 (or execution) weight (`name`, declared, the rule's) that differs from
/// the rule's: kept in `adjusted` when the rules let forms adjust weights, which
/// [`weights_adjusted`] says once for the form; a warning on its cell otherwise.
fn weight_differs<'c>(
    cx: &mut Context,
    adjusted: &mut Vec<Adjusted<'c>>,
    (name, declared, rule): (&'c str, Decimal, Decimal),
    cell: &'c Cell,
) {
    if declared == rule {
        return;
    }
    if cx.rules.weights.adjustable {
        adjusted.push((name, declared, rule, cell));
        return;
    }
    let message = msg!(
        "finding-points-weight-mismatch",
        level1 = name,
        declared = fmt(declared),
        rule = fmt(rule)
    );
    cx.finding(codes::POINTS_WEIGHT_MISMATCH, message, cell);
}

/// One `weights-adjusted` note for the form, naming each weight it adjusted with its points
/// and the rule's, at the first one's cell (s24: a local form with weights of its own had
/// one note a weight, four on every form under `national-2020`). Under weights the rule set
/// only assumes (`[weights] source = "assumed"`, examples to adjust), the note says the
/// form's stand, as the rule set's policy says they do.
fn weights_adjusted(cx: &mut Context, adjusted: &[Adjusted]) {
    let Some((_, _, _, cell)) = adjusted.first() else {
        return;
    };
    let assumed = cx.rules.weights.rule.source == Some(crate::model::Provenance::Assumed);
    let weights = crate::i18n::list(adjusted.iter().map(|&(name, declared, rule, _)| {
        let (declared, rule) = (fmt(declared), fmt(rule));
        match assumed {
            true => msg!(
                "finding-weights-adjusted-example",
                level1 = name,
                declared = declared,
                rule = rule
            ),
            false => msg!(
                "finding-weights-adjusted-item",
                level1 = name,
                declared = declared,
                rule = rule
            ),
        }
    }));
    let count = adjusted.len();
    let message = match assumed {
        true => msg!(
            "finding-weights-adjusted-assumed",
            count = count,
            weights = weights
        ),
        false => msg!("finding-weights-adjusted", count = count, weights = weights),
    };
    cx.finding(codes::WEIGHTS_ADJUSTED, message, cell);
}

/// A goal reported as only partly met (基本完成) while every applicable indicator claims its
/// full points: the form contradicts itself.
pub(super) fn check_goals(cx: &mut Context, indicators: &[IndicatorOutcome]) {
    let bands = &cx.rules.qualitative.bands;
    let Some(top) = bands.iter().max_by_key(|b| b.upper) else {
        return;
    };
    let all_full = indicators
        .iter()
        .filter(|i| i.points.is_some())
        .all(|i| i.reported_score.is_none_or(|r| Some(r) == i.points));
    let groups_full = cx
        .case
        .indicators
        .iter()
        .filter(|i| !i.shares_points)
        .all(|i| {
            i.points
                .1
                .value()
                .is_none_or(|p| i.score.1.value().is_none_or(|s| s == p))
        });
    if !(all_full && groups_full) {
        return;
    }
    for goal in &cx.case.goals {
        let text = goal.actual.text.trim();
        let band = bands
            .iter()
            .find(|b| b.label == text || b.aliases.iter().any(|a| a == text));
        if let Some(b) = band
            && b.upper < top.upper
        {
            cx.finding(
                codes::GOAL_CONTRADICTS_INDICATORS,
                msg!(
                    "finding-goal-contradicts-indicators",
                    text = text,
                    band = &b.label
                ),
                &goal.actual,
            );
        }
    }
}

/// `[execution] within`: budget execution is an indicator inside a level-1 indicator (the
/// national framework's 过程), so the form's execution points count towards that level-1's
/// declared points.
fn execution_within(
    cx: &Context,
    exec_points: Decimal,
    by_level1: &mut [(Decimal, Option<&Cell>)],
) {
    let rule = &cx.rules.execution;
    if let Some((sum, _)) = rule.within.and_then(|i| by_level1.get_mut(i)) {
        *sum += exec_points;
    }
}

/// A computed total above the points the rules score a form out of (192 on a 100-point
/// form) is no score but a form misread — targets read as points, a column shifted: it earns
/// no grade, and the finding says it is a reading failure (tester s15f F-A1: it was 优).
///
/// When the form's own 分值 add up to more than the full marks, the reading may be right and
/// the form's points wrong (tester s18h 中江: 70 + 20 + 10 + 10 = 110 against a 总分 of 100):
/// the finding then quotes that sum and names both causes instead of blaming the reading.
pub(super) fn above_full_marks(cx: &Context, total: Decimal) -> Option<Message> {
    let full = cx.rules.weights.total;
    if cx.pointless || total <= full {
        return None;
    }
    let sums = form_sums(cx, cx.written());
    let known = sums.points_unknown == 0 && !cx.no_points_column;
    if known && sums.declared_points > full {
        return Some(msg!(
            "finding-no-grade-points-above-full-marks",
            total = fmt(total),
            declared = fmt(sums.declared_points),
            points = fmt(full)
        ));
    }
    Some(msg!(
        "finding-no-grade-above-full-marks",
        total = fmt(total),
        points = fmt(full)
    ))
}

/// `[grades] optional = true` (可以不评级): a form whose 总分 得分 was never filled in did
/// not ask for a grade, so it is left ungraded — through the same `no-grade` finding as a form
/// that cannot earn one — rather than graded on the engine's total.
pub(super) fn optional_grade_left_out(cx: &Context) -> Option<Message> {
    (cx.rules.grades_optional && matches!(cx.case.total_score.1, crate::model::Number::Blank))
        .then(|| msg!("finding-no-grade-optional"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::scripts_broke;
    use crate::evaluate::{Context, Options, evaluate, layout, scripted};
    use crate::source::SourceFile;
    use crate::validate;
    use rust_decimal::Decimal;

    /// Issue #18 item 4: the invariants re-checked after every hook catch a form that ends
    /// with more points than it declares, or a total above its points.
    #[test]
    fn totals_invariants_catch_created_points_and_a_total_above_its_points() {
        let rules = validate::rules::validate(
            &SourceFile::new(
                "rules.toml",
                validate::rules::without_scripts(include_str!("../../rules/anhui-2023/rules.toml")),
            ),
            "h",
        )
        .value
        .unwrap();
        let case = validate::case::validate(&SourceFile::new(
            "c.toml",
            include_str!("../../cases/constructed-scripts/zero-target.toml"),
        ))
        .value
        .unwrap();
        let o = evaluate(&rules, &case, Options::default());
        let mut cx = Context {
            rules: &rules,
            case: &case,
            form: None,
            options: Options::default(),
            findings: Vec::new(),
            view: None,
            plan: scripted::Plan::default(),
            level1: layout::resolve_level1(&rules, &case),
            flags: Vec::new(),
            pointless: false,
            execution_in_row: false,
            funds_set_aside: false,
            no_execution: None,
            no_points_column: false,
            no_level1: false,
            judged: (0, 0),
            script_time: std::time::Duration::ZERO,
            funds_doubt: None,
            script_why: Vec::new(),
        };
        let check =
            |inds: &[_], total: Decimal, points: Decimal| scripts_broke(&cx, inds, total, points);
        assert_eq!(
            check(&o.indicators, o.total_or_zero(), o.total_points),
            None
        );
        let en = |m: crate::i18n::Message| m.render(crate::i18n::Lang::En);
        let why = check(&o.indicators, Decimal::from(115), o.total_points).unwrap();
        assert_eq!(
            why.render(crate::i18n::Lang::Zh),
            "总分将为 115，不在 0 到满分 100 之间"
        );
        let why = en(why);
        assert!(why.contains("115 of 100"), "{why}");
        // Indicator 0 declares 20: a plan giving it 35 creates 15 points.
        cx.plan = scripted::Plan::with_points(&[(0, Decimal::from(35))]);
        let why = en(scripts_broke(&cx, &o.indicators, o.total_or_zero(), o.total_points).unwrap());
        assert!(
            why.contains("105 points where the form declares 90"),
            "{why}"
        );
    }
}
