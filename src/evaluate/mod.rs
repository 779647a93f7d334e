//! Stage: evaluate. Scores one [`Case`] under one [`RuleSet`], purely: no I/O, no printing.
//! Produces an [`Outcome`] with a trace for each number (when asked) and findings wherever the
//! form contradicts itself or the rules. A form full of contradictions still gets scored.

pub mod cross_check;
pub mod dry_run;
mod execution;
pub mod expect;
mod explain;
mod form;
pub(crate) use form::{form_year, kind_title, suits, year_written};
mod funds;
mod funds_doubt;
mod funds_points;
mod guessed;
mod indicator;
mod layout;
mod marks;
mod no_execution;
pub mod points;
mod rescale;
mod scripted;
mod survey;
mod totals;
mod unverified;

use crate::i18n::Message;
use crate::i18n::msg;
use crate::model::{Case, Cell, RuleRef, RuleSet};
use crate::outcome::{
    ExecutionOutcome, Finding, FindingCode, IndicatorOutcome, Input, Outcome, RulesId, Step, codes,
};
use rust_decimal::Decimal;

/// Evaluation options.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Build traces (costs string formatting; off for bulk runs that only need numbers).
    pub trace: bool,
    /// Compute scores only: skip findings and the checks that only produce findings (the
    /// form's own arithmetic, reported scores). For `diff` and its attribution passes.
    pub scores_only: bool,
}

/// Scores a case.
pub fn evaluate(rules: &RuleSet, case: &Case, options: Options) -> Outcome {
    // A 得分 written `满分` or `不得分` is read against its line's points first (tester s11c H1).
    if marks::any(case) {
        return marks::evaluate_resolved(rules, case, options, |c| evaluate(rules, c, options));
    }
    // A 年度资金总额 row whose 分值/得分 are not the execution's is set aside (tester s17w F1).
    if let Some(o) = funds_points::evaluate_resolved(rules, case, options, |c| {
        evaluate_with(rules, c, None, options, true)
    }) {
        return o;
    }
    evaluate_as(rules, case, None, options)
}

/// Scores `case`; with `form`, `case` is that form with the rule set's points
/// (`points::rescale`, `--points rules`) and the form's own arithmetic is audited on `form`.
fn evaluate_as(rules: &RuleSet, case: &Case, form: Option<&Case>, options: Options) -> Outcome {
    evaluate_with(rules, case, form, options, false)
}

/// [`evaluate_as`]; `funds_set_aside`: the funds row's 分值/得分 were set aside
/// (`funds_points`), so the form wrote no execution 得分.
pub(super) fn evaluate_with(
    rules: &RuleSet,
    case: &Case,
    form: Option<&Case>,
    options: Options,
    funds_set_aside: bool,
) -> Outcome {
    let mut cx = Context::new(rules, case, form, options, funds_set_aside);
    if case.incomplete {
        cx.finding(
            codes::INCOMPLETE_FORM,
            msg!("finding-incomplete-form"),
            &case.project,
        );
    }
    if let Some(scripts) = &rules.scripts {
        // The case view is built on the first hook call that needs it (see `scripted`).
        scripted::before(&mut cx, scripts);
    }
    let mut indicators = indicator::score_all(&mut cx);
    let mut execution = execution::score(&mut cx);
    let (mut total, mut total_points, mut total_trace) =
        totals::compute(&mut cx, &indicators, &execution);
    if let Some(scripts) = &rules.scripts {
        total = scripted::after(
            &mut cx,
            scripts,
            &indicators,
            &mut execution,
            total,
            total_points,
            &mut total_trace,
        );
    }
    if rules.scripts.is_some()
        && let Some(why) = totals::scripts_broke(&cx, &indicators, total, total_points)
    {
        return without_scripts(rules, case, options, why);
    }
    (total, total_points) = rescale::total(
        &cx,
        (&indicators, &execution),
        (total, total_points),
        &mut total_trace,
    );
    audit(&mut cx, (&indicators, &execution), total, &mut total_trace);
    if !options.scores_only {
        execution::check_low_while_met(&mut cx, &execution, &indicators);
    }
    // Rules that make grading optional (可以不评级) leave a form that gave no total ungraded.
    let unscored = form::unscored(&indicators);
    let no_grade = no_grade(&cx, (&indicators, &execution), total, total_points);
    let partial_reason = form::partial_reason(&cx, execution.unknown, unscored);
    let grade = grade_or_reason(&mut cx, no_grade, &execution, total);
    if let Some(g) = grade {
        cx.step(&mut total_trace, Some(&g.rule), &[], || {
            msg!(
                "trace-grade",
                total = fmt(total),
                min = fmt(g.min),
                grade = &g.name
            )
        });
    }
    let grade = grade.map(|g| g.name.clone());
    // A form with no points adds nothing up: it has no total (not 0) (#15).
    let total = (!cx.pointless).then(|| tidy(total));
    tidy_all(&cx, &mut indicators, &mut execution);
    let outcome = Outcome {
        file: case
            .form_of
            .as_ref()
            .map_or_else(|| case.file().to_owned(), |f| f.input.clone()),
        form: case.form_of.as_ref().map(|f| f.index),
        key: case.file().to_owned(),
        project: case.project.text.clone(),
        department: case.department.text.clone(),
        unit: case.unit.text.clone(),
        rules: RulesId {
            id: rules.id.clone(),
            hash: rules.hash.clone(),
        },
        total,
        total_points: tidy(total_points),
        partial: partial_reason.is_some(),
        partial_reason,
        grade,
        reported_total: case.total_score.1.value().map(tidy),
        what_if: cx.what_if(),
        unverified_points: unverified::points(&indicators),
        execution,
        indicators,
        total_trace,
        findings: cx.findings,
        import_notes: crate::outcome::ImportNotes::new(std::sync::Arc::clone(&case.import_notes)),
        copy: None,
        department_form: form::department_form(case),
    };
    with_copy(case, outcome)
}

/// The outcome with what tells its copies and versions from other forms: the copy key of its
/// names, year and A and B, and the print of the figures it was scored with
/// ([`crate::outcome::CopyOf`]).
fn with_copy(case: &Case, mut outcome: Outcome) -> Outcome {
    let key = copy_key(case, &outcome.execution);
    outcome.copy = crate::outcome::CopyOf::of_outcome(key, &outcome);
    outcome
}

/// Why the form gets no grade, and where on the form that is said, if it gets none: a form
/// that cannot earn one (#15 item 4), a total above full marks, a rule that lets grading be
/// left out, or points resting mostly on self-scores taken unverified.
fn no_grade<'c>(
    cx: &Context<'c>,
    (indicators, execution): (&[IndicatorOutcome], &ExecutionOutcome),
    total: Decimal,
    total_points: Decimal,
) -> Option<(Message, &'c Cell)> {
    let project = &cx.case.project;
    form::no_grade_reason(cx, execution, indicators)
        .or_else(|| totals::above_full_marks(cx, total).map(|m| (m, project)))
        .or_else(|| totals::optional_grade_left_out(cx).map(|m| (m, project)))
        .or_else(|| unverified::reason(indicators, total_points).map(|m| (m, project)))
}

/// What tells the form's copies from other forms (s21 D3): its names, year and A and B, or
/// all its figures when it lacks A or B (s23).
fn copy_key(case: &Case, execution: &ExecutionOutcome) -> Option<crate::outcome::CopyKey> {
    crate::outcome::CopyKey::of_case(
        case,
        form::form_year(case),
        execution.budget,
        execution.spent,
    )
}

/// The grade the total earns, or the finding why it earns none. The finding that names the
/// cells an unknown execution score could not be read from is the one said of them: their
/// own findings are folded into it (s14).
fn grade_or_reason<'r>(
    cx: &mut Context<'r>,
    no_grade: Option<(Message, &crate::model::Cell)>,
    execution: &ExecutionOutcome,
    total: Decimal,
) -> Option<&'r crate::model::Grade> {
    let rules = cx.rules;
    match no_grade {
        Some((reason, at)) => {
            let folds = execution.unknown
                && !rules.grades.is_empty()
                && reason.id().is_some_and(|id| {
                    [
                        "finding-no-grade-execution-unknown",
                        "finding-no-grade-no-funds",
                        "finding-no-grade-funds-doubtful",
                    ]
                    .contains(&id)
                });
            form::report_no_grade(cx, reason, at, &rules.grades);
            if folds {
                execution::fold_unknown_cells(cx);
            }
            None
        }
        None => {
            let grade = rules.grades.iter().find(|g| total >= g.min);
            if let Some(g) = grade {
                totals::check_grade(cx, g, total);
            }
            grade
        }
    }
}

/// Audits over the final result, once every score is settled (scripts included): findings
/// only, no number changes here.
fn audit(
    cx: &mut Context,
    (indicators, execution): (&[IndicatorOutcome], &ExecutionOutcome),
    total: Decimal,
    total_trace: &mut Vec<Step>,
) {
    execution::audit(cx, execution);
    funds::check_parts(cx);
    totals::check(cx, total, execution, indicators);
    totals::check_goals(cx, indicators);
    explain::deviations(cx, indicators);
    let adjusted = execution::check_adjustment(cx);
    form::check_budget_changes(cx, adjusted);
    form::check_label_points(cx);
    form::check_import_guesses(cx);
    form::check_year_and_template(cx);
    // Last: the blank 得分 findings of a form never self-scored become one (#15).
    form::collapse_blank_scores(cx, total_trace);
}

/// Trailing zeros carry no meaning once rounding is done: 97.00 is written 97.
fn tidy_all(cx: &Context, indicators: &mut [IndicatorOutcome], execution: &mut ExecutionOutcome) {
    for i in indicators {
        i.score = tidy(i.score);
        i.points = i.points.map(tidy);
        i.reported_score = i.reported_score.map(tidy);
    }
    execution.score = tidy(execution.score);
    execution.points = tidy(execution.points);
    execution.rate = execution.rate.map(tidy);
    // Figures that cannot be right are not summed for the department either (s24 A3).
    let (budget, spent) = match cx.funds_doubt {
        Some(_) => (None, None),
        None => execution::amounts(cx.case, cx.rules),
    };
    (execution.budget, execution.spent) = (budget.map(tidy), spent.map(tidy));
}

/// A decimal without trailing zeros (`97.00` → `97`, `-0` → `0`): [`Decimal::normalize`],
/// skipped for the whole non-negative numbers most scores and points are.
/// The case scored as if the rule set had no scripts, with a `scripts-broke-totals` error
/// saying why: the scripts' decisions together broke the totals' invariants (issue #18
/// item 4), so none of them stands. Rare, so the rule set is cloned here.
fn without_scripts(rules: &RuleSet, case: &Case, options: Options, why: Message) -> Outcome {
    let mut plain = rules.clone();
    plain.scripts = None;
    let mut o = evaluate(&plain, case, options);
    o.rules.hash = rules.hash.clone();
    if !options.scores_only {
        o.findings.push(Finding {
            code: codes::SCRIPTS_BROKE_TOTALS,
            severity: codes::SCRIPTS_BROKE_TOTALS.severity(),
            message: totals::scripts_broke_message(why),
            location: case.locate(&case.total_score.0),
        });
    }
    o
}

fn tidy(d: Decimal) -> Decimal {
    if d.scale() == 0 && !d.is_sign_negative() {
        d
    } else {
        d.normalize()
    }
}

/// The budget execution score alone, scores only: the part of [`evaluate`] that rules about
/// execution change. `diff` uses it for attribution steps that change only those rules.
pub fn execution_score(rules: &RuleSet, case: &Case) -> Decimal {
    let mut cx = Context {
        rules,
        case,
        form: None,
        options: Options {
            trace: false,
            scores_only: true,
        },
        findings: Vec::new(),
        view: None,
        plan: scripted::Plan::default(),
        level1: Vec::new(),
        flags: Vec::new(),
        pointless: false,
        execution_in_row: funds_points::execution_row(case).is_some(),
        funds_set_aside: false,
        no_execution: no_execution::full_marks(rules, case),
        no_points_column: false,
        no_level1: false,
        judged: (0, 0),
        script_time: std::time::Duration::ZERO,
        funds_doubt: None,
        script_why: Vec::new(),
    };
    execution::score(&mut cx).score
}

/// State shared by the evaluation steps of one case.
pub(crate) struct Context<'a> {
    pub rules: &'a RuleSet,
    pub case: &'a Case,
    /// Under `--points rules`, the form as the department wrote it: `case` then carries the
    /// rule set's points and the self-scores restated to them (`points::rescale`). The form's
    /// own arithmetic (its 总分 against its line scores) is checked on this, and the
    /// self-scores are not compared with scores under points the department never used.
    pub form: Option<&'a Case>,
    pub options: Options,
    pub findings: Vec<Finding>,
    /// The read-only view scripts get, built once per case when the rule set has scripts.
    pub view: Option<crate::script::CaseView>,
    /// What the `before` hooks decided.
    pub plan: scripted::Plan,
    /// Each indicator's level 1 resolved to a position in `rules.weights.level1` (by
    /// indicator index).
    pub level1: Vec<Option<usize>>,
    /// Scratch buffer: which indicators of the group being scored are applicable.
    pub flags: Vec<bool>,
    /// The form carries no points on any indicator (a template without 分值/得分): each
    /// indicator is judged met or not instead of scored.
    pub pointless: bool,
    /// An indicator row scores budget execution (`预算执行率`, tester s17w F1): the funds give
    /// the rate, no execution score of their own.
    pub execution_in_row: bool,
    /// The funds row's 分值/得分 were not the execution's and were set aside (s17w F1): the
    /// form wrote no execution 得分.
    pub funds_set_aside: bool,
    /// The form has no budget execution block (no funds 分值/得分, its indicators' points are
    /// its whole full marks, tester s19 P4): those full marks. No execution points are added.
    pub no_execution: Option<Decimal>,
    /// The form self-scores its indicators but has no 分值 column (the 20分×执行率 template,
    /// tester s17x G1): each line's points are unknown, so its self-score is kept unchecked and
    /// the total is partial; the execution is still scored by the rule.
    pub no_points_column: bool,
    /// The form lists its indicators with no level-1 label on any line (the 重庆 部门整体
    /// form's flat list, s22): the rules' level-1 weights cannot be checked, which one
    /// `no-level1` finding says instead of an `unknown-level1` on every line.
    pub no_level1: bool,
    /// Lines judged met against their target on a form without a 分值 column, and lines
    /// judged at all: the low-execution check asks whether every target was reported met.
    pub judged: (usize, usize),
    /// Script time this case has taken so far (its budget: `Scripts::case_budget`).
    pub script_time: std::time::Duration,
    /// The funds figures execution read cannot be right (tester s24 A3, [`funds_doubt`]):
    /// set when execution is scored; the execution score is then unknown, and the checks of
    /// the funds rows' own figures are not made.
    pub funds_doubt: Option<funds_doubt::Doubt>,
    /// Scratch buffer: the scripts that set a score in the group being scored, and why
    /// (`scripted::script_why`), for its `score-mismatch`.
    pub script_why: Vec<Message>,
}

impl<'a> Context<'a> {
    /// The context `case` is scored in (see [`evaluate_with`]).
    fn new(
        rules: &'a RuleSet,
        case: &'a Case,
        form: Option<&'a Case>,
        options: Options,
        funds_set_aside: bool,
    ) -> Self {
        Context {
            rules,
            case,
            form,
            options,
            findings: Vec::new(),
            view: None,
            plan: scripted::Plan::default(),
            level1: layout::resolve_level1(rules, case),
            flags: Vec::new(),
            pointless: form::pointless(case) && !form::points_column_missing(case),
            execution_in_row: funds_points::execution_row(case).is_some(),
            funds_set_aside,
            no_execution: (!form::pointless(case))
                .then(|| no_execution::full_marks(rules, form.unwrap_or(case)))
                .flatten(),
            no_points_column: form::points_column_missing(case),
            no_level1: form::no_level1(case),
            judged: (0, 0),
            script_time: std::time::Duration::ZERO,
            funds_doubt: None,
            script_why: Vec::new(),
        }
    }

    /// The execution points of a form that leaves its funds row's 分值 blank: the rule's, none
    /// on a form with no execution block ([`no_execution`]).
    pub fn default_execution_points(&self) -> Decimal {
        match self.no_execution {
            Some(_) => Decimal::ZERO,
            None => self.rules.execution.points,
        }
    }

    /// The form as written (see [`Context::form`]).
    pub fn written(&self) -> &'a Case {
        self.form.unwrap_or(self.case)
    }

    /// Whether the case is scored with the rule set's points, not the form's (`--points
    /// rules`): a what-if on weights, where the department's self-scores are not compared.
    pub fn what_if(&self) -> bool {
        self.form.is_some()
    }

    /// Records a finding about a cell.
    pub fn finding(&mut self, code: FindingCode, message: Message, cell: &Cell) {
        if self.options.scores_only {
            return;
        }
        self.findings.push(Finding {
            code,
            severity: code.severity(),
            message,
            location: self.case.locate_on_form(cell),
        });
    }

    /// Records a finding that a sum of the form's own figures does not hold — an accusation
    /// against the department — unless the import guessed which column a summed figure came
    /// from (`guesses`: the places of the notes on the summed rows, [`guessed`]): then the
    /// difference may be a cell read out of place, so the finding says so, points to those
    /// notes and is a warning (reviewer s18). Guesses elsewhere leave it an error.
    pub fn finding_on_sums(
        &mut self,
        code: FindingCode,
        message: Message,
        cell: &Cell,
        (guesses, named): (&[crate::source::FormPlace], &[std::sync::Arc<str>]),
    ) {
        if guesses.is_empty() {
            return self.finding(code, message, cell);
        }
        // The rows are named (s23); several guesses on one place (a form on one line: `第 1 行`
        // each time) are said once, and that the place cannot tell them apart (tester s22 C3).
        let mut distinct: Vec<&crate::source::FormPlace> = Vec::new();
        for place in guesses {
            if !distinct.contains(&place) {
                distinct.push(place);
            }
        }
        let message = if named.is_empty() {
            let places = guesses
                .iter()
                .map(crate::outcome::import_notes::place_message);
            msg!(
                "finding-sum-on-guessed-reading",
                finding = message,
                count = guesses.len(),
                places = crate::i18n::list(places)
            )
        } else {
            let one_place = distinct.len() < named.len() && distinct.len() < guesses.len();
            let places = distinct
                .into_iter()
                .map(crate::outcome::import_notes::place_message);
            let rows = (named.iter())
                .map(|n| crate::i18n::Message::verbatim(n.trim().trim_end_matches([':', '：'])));
            let (count, places, rows) = (
                named.len(),
                crate::i18n::list(places),
                crate::i18n::list(rows),
            );
            match one_place {
                true => msg!(
                    "finding-sum-on-guessed-rows",
                    finding = message,
                    count = count,
                    places = places,
                    rows = rows
                ),
                false => msg!(
                    "finding-sum-on-guessed-named",
                    finding = message,
                    count = count,
                    places = places,
                    rows = rows
                ),
            }
        };
        // The finding keeps its severity: a guess on the rows does not make the sum right (the
        // seed's form 12 flattened onto one line is read by guesses and still totals 93 against
        // its lines' 97); the message sends the officer to those rows first.
        self.finding(code, message, cell);
    }

    /// Records the finding on a numeric cell whose text is no number (`cell.1` holds
    /// `text`): Excel's error value (`#DIV/0!`, its formula failed in the department's
    /// workbook) is said as that, with what to do, whatever the cell (`what`: `score`,
    /// `points`, `total`, `budget`, `spent`, `execution-score`); any other text in the
    /// cell's own words (`plain`).
    pub fn unreadable(
        &mut self,
        cell: &Cell,
        text: &str,
        what: &'static str,
        plain: impl FnOnce() -> Message,
    ) {
        let message = match crate::value::excel_error(text) {
            // An amount's is its own message: `no-grade` says it in its place (the
            // execution's `fold_unknown_cells`).
            Some(error) if matches!(what, "budget" | "spent") => {
                msg!("finding-amount-excel-error", what = what, error = error)
            }
            Some(error) => msg!("finding-excel-error", what = what, error = error),
            None => plain(),
        };
        self.finding(crate::outcome::codes::UNREADABLE_VALUE, message, cell);
    }

    /// Runs `f` with the findings it records kept apart from the case's and returned with
    /// its result, for the caller to keep or drop as a whole (a scoring attempt a script
    /// replaces).
    pub fn collect<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> (T, Vec<Finding>) {
        let outer = std::mem::take(&mut self.findings);
        let value = f(self);
        let inner = std::mem::replace(&mut self.findings, outer);
        (value, inner)
    }

    /// A trace step, built only when traces are on.
    pub fn step<M: Into<Message>>(
        &self,
        trace: &mut Vec<Step>,
        rule: Option<&RuleRef>,
        cells: &[&Cell],
        text: impl FnOnce() -> M,
    ) {
        if !self.options.trace {
            return;
        }
        trace.push(Step {
            text: text().into(),
            rule: rule.cloned(),
            inputs: cells
                .iter()
                .map(|c| Input {
                    // With what the case knows of the form, so that a funds row's input is
                    // named by its label (`本年财政拨款 · 全年执行数`) in every output, not
                    // only on a form scored straight from its input (tester s11c H2).
                    location: self.case.locate_on_form(c),
                    text: c.text.to_string(),
                })
                .collect(),
        });
    }
}

/// A line of the form as a finding names it in a list: its 三级指标 as written, or, where the
/// form left the name blank, its place among the form's lines (`第 3 项指标（数量指标下，未填名称）`),
/// so that no list reads `“”、“”` (s23: a form whose names came out blank).
pub(crate) fn line_named(ind: &crate::outcome::IndicatorOutcome, index: usize) -> crate::i18n::Arg {
    if !ind.level3.trim().is_empty() {
        return crate::i18n::quoted(&*ind.level3);
    }
    let index = index.saturating_add(1);
    match ind.level2.trim() {
        "" => msg!("finding-unnamed-line", index = index).into(),
        level2 => msg!("finding-unnamed-line-under", index = index, level2 = level2).into(),
    }
}

/// Formats a decimal for messages and traces without trailing zeros.
/// Long quotients (10 × 100 / 90) are shown to 6 places with `…`.
/// Written straight into the message that shows it (no text of its own).
pub(crate) fn fmt(d: Decimal) -> Shown {
    Shown(d)
}

/// A decimal as [`fmt`] shows it.
#[derive(Clone, Copy)]
pub(crate) struct Shown(Decimal);

impl From<Shown> for crate::i18n::Arg {
    /// A number in a message, formatted as [`fmt`] shows it (exact; no float).
    fn from(s: Shown) -> crate::i18n::Arg {
        crate::i18n::Arg::Text(s.to_string())
    }
}

impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = self.0;
        if d.scale() > 6 {
            let r = d.round_dp(6).normalize();
            if r != d {
                write_plain(f, r)?;
                return f.write_str("…");
            }
        }
        write_plain(f, d)
    }
}

/// Writes a decimal without trailing zeros as its normalized `Display` does without a width
/// or precision (`-12.05`, `97.00` → `97`, `-0` → `0`), straight from its digits when the
/// mantissa fits in 64 bits (every amount and score on a form): most findings show two
/// numbers, and the general path builds and pads a text of its own.
fn write_plain(f: &mut std::fmt::Formatter<'_>, d: Decimal) -> std::fmt::Result {
    let Ok(mut m) = u64::try_from(d.mantissa().unsigned_abs()) else {
        return write!(f, "{}", d.normalize());
    };
    let negative = d.is_sign_negative() && m != 0;
    let mut scale = d.scale() as usize;
    while scale > 0 && m % 10 == 0 {
        m /= 10;
        scale -= 1;
    }
    // 20 digits of a u64, up to 28 places of leading zeros, a sign and a point.
    let mut buf = [0u8; 52];
    let mut at = buf.len();
    let mut written = 0;
    while m > 0 || written <= scale {
        if written == scale && scale > 0 {
            at -= 1;
            buf[at] = b'.';
        }
        at -= 1;
        // `m % 10` is below 10: an ASCII digit.
        buf[at] = b'0' + (m % 10) as u8;
        m /= 10;
        written += 1;
    }
    if negative {
        at -= 1;
        buf[at] = b'-';
    }
    match std::str::from_utf8(&buf[at..]) {
        Ok(text) => f.write_str(text),
        Err(_) => write!(f, "{d}"),
    }
}

#[cfg(test)]
mod tests;

/// Label matching shared by scoring and [`cross_check`].
pub(crate) mod labels {
    pub(crate) use super::execution::total_row as funds_total_row;
    pub(crate) use super::form::pointless;
    pub(crate) use super::layout::{level1_hint, level1_name};
}
