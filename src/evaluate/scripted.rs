//! Applies rule scripts' decisions at the three hooks: builds the read-only case view, calls
//! each script through [`crate::script::Scripts`], checks what it decided (indices exist,
//! points still add up, a score within 0..points, a total within 0..the points it is out of)
//! and records each applied decision in the trace with the script's file and line. A failed
//! call is a `script-failed` finding and a decision that does not pass the checks a
//! `script-rejected` finding; either way the engine's own result stands.

use super::{Context, fmt, layout};
use crate::i18n::Message;
use crate::i18n::msg;
use crate::model::{Cell, Direction, FormulaKind, FundsKind, Indicator, RuleRef};
use crate::outcome::{ExecutionOutcome, IndicatorOutcome, Method, Step, codes, words};
use crate::script::decision::{self, Decided, ScriptFinding};
use crate::script::view::{
    CaseData, CaseView, ExecutionData, ExecutionView, FundsData, FundsView, IndicatorData,
    IndicatorView, ScoredData, ScoredView,
};
use crate::script::{Hook, HookFn, Script, ScriptError, Scripts, When};
use crate::value::{Comparator, DateParts, Quantity, Value};
use rhai::{Array, Dynamic, Map};
use rust_decimal::Decimal;
use std::sync::Arc;

/// What the `before` hooks decided for the case.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    /// Indicators the scripts made not applicable, with the step that says so.
    not_applicable: Vec<(usize, Step)>,
    /// New points by indicator, with the step that says so.
    points: Vec<(usize, Decimal, Step)>,
    /// The first script that gave indicators new points, and its reason (`script_why`): a
    /// not-applicable row's points went where it says, not out of the total (tester s24 C6).
    pub moved_by: Option<Message>,
}

impl Plan {
    /// The step that made indicator `index` not applicable, if a script did.
    pub fn not_applicable(&self, index: usize) -> Option<&Step> {
        self.not_applicable
            .iter()
            .find(|(i, _)| *i == index)
            .map(|(_, s)| s)
    }

    /// A plan giving indicators these points (tests of the checks that read plans).
    #[cfg(test)]
    pub fn with_points(points: &[(usize, Decimal)]) -> Plan {
        let step = |p: &Decimal| Step {
            text: msg!("trace-script-points", points = p.to_string()),
            rule: None,
            inputs: Vec::new(),
        };
        Plan {
            not_applicable: Vec::new(),
            points: points.iter().map(|(i, p)| (*i, *p, step(p))).collect(),
            moved_by: None,
        }
    }

    /// The points a script gave indicator `index`, if any.
    pub fn points(&self, index: usize) -> Option<(Decimal, &Step)> {
        self.points
            .iter()
            .rev()
            .find(|(i, _, _)| *i == index)
            .map(|(_, p, s)| (*p, s))
    }
}

/// The read-only view of a case handed to every hook.
pub(super) fn case_view(cx: &Context) -> CaseView {
    let case = cx.case;
    let funds = case
        .funds
        .iter()
        .map(|r| {
            Dynamic::from(FundsView(Arc::new(FundsData {
                kind: match r.kind {
                    FundsKind::Total => "total",
                    FundsKind::Appropriation => "appropriation",
                    FundsKind::Carryover => "carryover",
                    FundsKind::Other => "other",
                    FundsKind::Part => "part",
                    FundsKind::Unknown => "unknown",
                },
                label: r.label.text.clone(),
                initial_budget: r.initial_budget.1.value(),
                full_year_budget: r.full_year_budget.1.value(),
                spent: r.spent.1.value(),
                points: r.points.1.value(),
                rate: r.rate.1.value(),
                score: r.score.1.value(),
            })))
        })
        .collect();
    let indicators = case
        .indicators
        .iter()
        .map(|i| Dynamic::from(IndicatorView(Arc::new(indicator_data(cx, i)))))
        .collect();
    CaseView(Arc::new(CaseData {
        file: case.source.name.as_str().into(),
        project: case.project.text.clone(),
        department: case.department.text.clone(),
        unit: case.unit.text.clone(),
        year: case.year.text.clone(),
        funds,
        indicators,
        total_points: case.total_points.1.value(),
        total_score: case.total_score.1.value(),
    }))
}

/// The kind of a target or actual cell as scripts and `when` name it; `other` is the other
/// cell of the row, for a bare month answering a date (`9月` against `2024年10月底前`).
fn value_kind(v: &Value, other: &Value) -> &'static str {
    match v {
        Value::Blank => "blank",
        Value::NotApplicable => "not_applicable",
        Value::Qualitative { .. } => "qualitative",
        Value::Unreadable { .. } => "unreadable",
        Value::Quantity(q) if date_of(q, other).is_some() => "date",
        Value::Quantity(_) => "quantity",
    }
}

/// A target's or actual's date, read as scoring reads the pair ([`DateParts::of`]).
fn date_of(q: &Quantity, other: &Value) -> Option<DateParts> {
    let other = match other {
        Value::Quantity(o) => Some(o),
        _ => None,
    };
    DateParts::of(q, other)
}

fn indicator_data(cx: &Context, i: &Indicator) -> IndicatorData {
    type Read = (
        &'static str,
        Option<Decimal>,
        String,
        &'static str,
        Option<DateParts>,
    );
    let value = |v: &Value, other: &Value| -> Read {
        let Value::Quantity(q) = v else {
            return (value_kind(v, other), None, String::new(), "", None);
        };
        let comparator = match q.comparator {
            Some(Comparator::Ge) => ">=",
            Some(Comparator::Gt) => ">",
            Some(Comparator::Le) => "<=",
            Some(Comparator::Lt) => "<",
            Some(Comparator::Eq) => "=",
            None => "",
        };
        // A date is not a number (tester s14r F1): no value nor unit, its parts instead.
        match date_of(q, other) {
            Some(d) => ("date", None, String::new(), comparator, Some(d)),
            None => ("quantity", Some(q.value), q.unit.clone(), comparator, None),
        }
    };
    let (target_kind, target_value, target_unit, target_comparator, target_date) =
        value(&i.target.1, &i.actual.1);
    let (actual_kind, actual_value, actual_unit, _, actual_date) = value(&i.actual.1, &i.target.1);
    IndicatorData {
        index: i64::try_from(i.index).unwrap_or(i64::MAX),
        level1: i.level1.text.clone(),
        level1_name: layout::level1_of(cx, i)
            .cloned()
            .unwrap_or_else(|| Arc::from("")),
        level2: i.level2.text.clone(),
        level3: i.level3.text.clone(),
        target: i.target.0.text.clone(),
        target_kind,
        target_value,
        target_unit,
        target_comparator,
        target_date,
        actual: i.actual.0.text.clone(),
        actual_kind,
        actual_value,
        actual_unit,
        actual_date,
        points: i.points.1.value(),
        score: i.score.1.value(),
        deduction: i.deduction.as_ref().and_then(|d| d.1.value()),
        deviation: i.deviation.text.clone(),
        completion: i
            .completion
            .as_ref()
            .map_or_else(|| Arc::from(""), |(c, _)| c.text.clone()),
        completion_claim: i.completion.as_ref().map_or("", |(_, claim)| claim.name()),
        shares_points: i.shares_points,
        not_applicable: layout::is_not_applicable(cx.rules, i),
    }
}

/// Whether the case passes a script's case-level `when` conditions (the execution rate).
fn case_matches(cx: &Context, when: &When) -> bool {
    when.execution_rate.is_none_or(|want| {
        super::execution::rate_percent(cx.case, cx.rules).is_some_and(|r| r == want)
    })
}

/// Whether an indicator passes a script's `when` filter (every condition given must hold).
fn when_matches(cx: &Context, when: &When, ind: &Indicator) -> bool {
    let prefix = |want: &Option<String>, written: &str, resolved: Option<&str>| {
        want.as_deref().is_none_or(|w| {
            written.starts_with(w)
                || w.starts_with(written.trim()) && !written.trim().is_empty()
                || resolved.is_some_and(|r| r.starts_with(w))
        })
    };
    let level1 = layout::level1_of(cx, ind);
    prefix(&when.level1, &ind.level1.text, level1.map(|l| &**l))
        && prefix(&when.level2, &ind.level2.text, None)
        && when
            .target_kind
            .as_deref()
            .is_none_or(|k| k == value_kind(&ind.target.1, &ind.actual.1))
        && when
            .actual_kind
            .as_deref()
            .is_none_or(|k| k == value_kind(&ind.actual.1, &ind.target.1))
        && when.target_value.is_none_or(
            |want| matches!(&ind.target.1, Value::Quantity(q) if q.value == want && !q.is_date()),
        )
        && when.has_deduction.is_none_or(|want| {
            want == ind
                .deduction
                .as_ref()
                .is_some_and(|(c, _)| !c.text.trim().is_empty())
        })
}

/// The case view for `script`'s function for `hook`, built on first use: cases whose hooks
/// all filter themselves out (`when`) never pay for it, nor do hooks that never name their
/// `form` parameter (they get `()`, which they cannot tell apart).
fn view_arg(cx: &mut Context, script: &Script, hook: Hook) -> Dynamic {
    if !script.hook(hook).is_some_and(|f| f.reads_form) {
        return Dynamic::UNIT;
    }
    if cx.view.is_none() {
        cx.view = Some(case_view(cx));
    }
    cx.view.clone().map_or(Dynamic::UNIT, Dynamic::from)
}

/// The view of one indicator: the case view's own when it was built, else built alone.
fn indicator_arg(cx: &Context, ind: &Indicator) -> Dynamic {
    match &cx.view {
        Some(v) => {
            v.0.indicators
                .get(ind.index)
                .cloned()
                .unwrap_or(Dynamic::UNIT)
        }
        None => Dynamic::from(IndicatorView(Arc::new(indicator_data(cx, ind)))),
    }
}

/// The rule reference naming a script's decision at `line`.
fn script_rule(script: &Script, hook: Hook, line: usize) -> RuleRef {
    RuleRef {
        key: format!("{}.{}", script.rule.key, hook.name()),
        file: script.source.name.clone(),
        line,
        policy: script.rule.policy.clone(),
        source: script.rule.source,
        policy_name: script.rule.policy_name.clone(),
    }
}

fn decided_step(
    script: &Script,
    hook: Hook,
    line: usize,
    what: Message,
    reason: &Option<String>,
) -> Step {
    Step {
        text: msg!(
            "trace-script",
            script = &script.name,
            line = line.to_string(),
            what = what,
            reason = reason
                .as_ref()
                .map(|r| msg!("trace-script-reason", reason = r))
        ),
        rule: Some(script_rule(script, hook, line)),
        inputs: Vec::new(),
    }
}

/// Which script decided a number, at which line, and the reason it gave: what a finding
/// comparing the form's number with the script's says after the numbers.
pub(super) fn script_why(script: &Script, line: usize, reason: &Option<String>) -> Message {
    msg!(
        "finding-script-why",
        script = &script.name,
        line = line.to_string(),
        reason = reason
            .as_ref()
            .map(|r| msg!("trace-script-reason", reason = r))
    )
}

impl Context<'_> {
    fn script_failed(&mut self, err: &ScriptError, hook: Hook, what_stands: &Message, cell: &Cell) {
        super::dry_run::record(err);
        self.finding(
            codes::SCRIPT_FAILED,
            msg!(
                "finding-script-failed",
                error = err.describe(),
                hook = hook.name(),
                stands = what_stands.clone()
            ),
            cell,
        );
    }

    fn script_rejected(
        &mut self,
        script: &Script,
        f: &HookFn,
        why: Message,
        what_stands: &Message,
        cell: &Cell,
    ) {
        // `check`'s dry run reports a rejected decision at the hook, like a failed call.
        super::dry_run::record(&ScriptError {
            file: script.source.name.clone(),
            line: f.line,
            column: 1,
            function: f.name.clone(),
            limit: None,
            message: msg!("script-decision-rejected", why = why.clone()),
            fault: crate::script::Fault::Rejected,
        });
        self.finding(
            codes::SCRIPT_REJECTED,
            msg!(
                "finding-script-rejected",
                script = &script.source.name,
                function = &f.name,
                why = why,
                stands = what_stands.clone()
            ),
            cell,
        );
    }

    fn script_findings(
        &mut self,
        script: &Script,
        line: usize,
        findings: &[ScriptFinding],
        default: &Cell,
    ) {
        for f in findings {
            let cell = f
                .indicator
                .and_then(|i| self.case.indicators.get(i))
                .map_or(default, |i| &i.level3)
                .clone();
            self.finding(
                codes::SCRIPT,
                msg!(
                    "finding-script",
                    message = &f.message,
                    script = &script.source.name,
                    line = line
                ),
                &cell,
            );
        }
    }
}

/// Reads a hook's return value as its decision (`decision::before` and the like).
type ReadDecision<T> = fn(Dynamic, usize) -> Result<Option<Decided<T>>, Message>;

/// Calls `script`'s function for `hook` and reads the decision it returns. A script that fails
/// (a limit, a throw) or returns something unreadable becomes a finding on `cell` saying what
/// happens instead (`stands`); `None` then, and when the script decided nothing.
#[allow(clippy::too_many_arguments)]
fn decide<'s, T>(
    cx: &mut Context,
    scripts: &Scripts,
    script: &'s Script,
    hook: Hook,
    args: Vec<Dynamic>,
    read: ReadDecision<T>,
    stands: &Message,
    cell: &Cell,
) -> Option<(Decided<T>, &'s HookFn)> {
    // The case's script time budget (issue #18 item 11): once spent, its remaining hooks
    // are not run, each said in a finding.
    if cx.script_time >= scripts.case_budget() {
        if let Some(e) = scripts.case_budget_error(script, hook) {
            cx.script_failed(&e, hook, stands, cell);
        }
        return None;
    }
    let started = std::time::Instant::now();
    let called = scripts.call(script, hook, args);
    cx.script_time = cx.script_time.saturating_add(started.elapsed());
    let (value, f) = match called {
        Ok(x) => x?,
        Err(e) => {
            cx.script_failed(&e, hook, stands, cell);
            return None;
        }
    };
    match read(value, f.line) {
        Ok(d) => Some((d?, f)),
        Err(why) => {
            cx.script_rejected(script, f, why, stands, cell);
            None
        }
    }
}

/// Runs every script's `before` hook and records the accepted decisions in `cx.plan`.
pub(super) fn before(cx: &mut Context, scripts: &Scripts) {
    let project = cx.case.project.clone();
    for script in &scripts.scripts {
        if script.hook(Hook::Before).is_none() || !case_matches(cx, &script.when) {
            continue;
        }
        let args = vec![
            view_arg(cx, script, Hook::Before),
            Dynamic::from(script.rules_view().clone()),
        ];
        let stands = &msg!("finding-stands-case");
        let Some((d, f)) = decide(
            cx,
            scripts,
            script,
            Hook::Before,
            args,
            decision::before,
            stands,
            &project,
        ) else {
            continue;
        };
        match check_before(cx, &d) {
            Ok(()) => {}
            Err(why) => {
                cx.script_rejected(script, f, why, stands, &project);
                continue;
            }
        }
        for &i in &d.value.not_applicable {
            let step = decided_step(
                script,
                Hook::Before,
                d.line,
                msg!("trace-script-not-applicable"),
                &d.reason,
            );
            cx.plan.not_applicable.push((i, step));
        }
        if !d.value.points.is_empty() && cx.plan.moved_by.is_none() {
            cx.plan.moved_by = Some(script_why(script, d.line, &d.reason));
        }
        for &(i, p) in &d.value.points {
            let step = decided_step(
                script,
                Hook::Before,
                d.line,
                msg!("trace-script-points", points = fmt(p)),
                &d.reason,
            );
            cx.plan.points.push((i, p, step));
        }
        cx.script_findings(script, d.line, &d.findings, &project);
    }
}

/// Indices exist; new points are not negative, go to applicable indicators, and keep the
/// applicable points adding up to what the form's indicators declare in all.
fn check_before(cx: &Context, d: &Decided<decision::Before>) -> Result<(), Message> {
    let n = cx.case.indicators.len();
    let d = &d.value;
    if let Some(i) = d
        .not_applicable
        .iter()
        .chain(d.points.iter().map(|(i, _)| i))
        .find(|i| **i >= n)
    {
        return Err(msg!(
            "decision-no-indicator",
            index = i.to_string(),
            count = n.to_string()
        ));
    }
    if d.points.is_empty() {
        return Ok(());
    }
    let planned = layout::planned_points(cx, &d.not_applicable);
    if let Some((i, p)) = d.points.iter().find(|(_, p)| p.is_sign_negative()) {
        return Err(msg!(
            "decision-negative-points",
            index = i.to_string(),
            points = fmt(*p)
        ));
    }
    if let Some((i, _)) = d
        .points
        .iter()
        .find(|(i, _)| planned.get(*i).is_none_or(|(applicable, _)| !applicable))
    {
        return Err(msg!(
            "decision-points-not-applicable",
            index = i.to_string()
        ));
    }
    let declared: Decimal = layout::declared_points(cx);
    let mut after: Vec<Option<Decimal>> = planned
        .iter()
        .map(|(applicable, p)| applicable.then_some(*p))
        .collect();
    for (i, p) in &d.points {
        if let Some(slot) = after.get_mut(*i) {
            *slot = Some(*p);
        }
    }
    let sum: Decimal = after.iter().flatten().sum();
    if sum != declared {
        return Err(msg!(
            "decision-points-sum",
            sum = fmt(sum),
            declared = fmt(declared)
        ));
    }
    Ok(())
}

/// The engine's result for one indicator, as hooks see and change it.
pub(super) struct Scored {
    /// Points.
    pub points: Decimal,
    /// Score, capped and rounded.
    pub score: Decimal,
    /// Method.
    pub method: Method,
}

/// What one script's `indicator` hook decided, checked and ready for the indicator code to
/// apply; a hook that decided nothing, failed or was rejected gives none (any finding saying
/// so is recorded).
pub(super) enum IndicatorDecision {
    /// This score (within 0..points, rounded per the rule set) replaces the attempt's.
    Score {
        /// The score.
        score: Decimal,
        /// The trace step saying so (traces on).
        step: Option<Step>,
        /// Which script decided it and why, for the finding that compares the self-score
        /// with it (tester s24 C7: the reason was only in the trace).
        why: Message,
    },
    /// Score the indicator again with this formula (and direction), under the script's rule:
    /// the new attempt replaces the engine's whole, its findings and steps included.
    Method {
        /// The formula.
        kind: FormulaKind,
        /// The direction, if the script chose one.
        direction: Option<Direction>,
        /// The script's rule, named in the new attempt's trace.
        rule: RuleRef,
        /// The trace step opening the new attempt (traces on).
        step: Option<Step>,
    },
}

/// Runs `script`'s `indicator` hook on one applicable indicator scored as `scored` (when its
/// `when` filters let it) and returns its checked decision, or none. The script's own
/// findings are recorded when its decision stands.
pub(super) fn indicator_decision(
    cx: &mut Context,
    scripts: &Scripts,
    script: &Script,
    ind: &Indicator,
    scored: &Scored,
) -> Option<IndicatorDecision> {
    if script.hook(Hook::Indicator).is_none()
        || !when_matches(cx, &script.when, ind)
        || !case_matches(cx, &script.when)
    {
        return None;
    }
    let view = view_arg(cx, script, Hook::Indicator);
    let ind_view = indicator_arg(cx, ind);
    let mut result = Map::new();
    result.insert("points".into(), Dynamic::from_decimal(scored.points));
    result.insert("score".into(), Dynamic::from_decimal(scored.score));
    result.insert("method".into(), Dynamic::from(scored.method.name()));
    let args = vec![
        view,
        Dynamic::from(script.rules_view().clone()),
        ind_view,
        Dynamic::from_map(result),
    ];
    let stands = &msg!("finding-stands-score");
    let (d, f) = decide(
        cx,
        scripts,
        script,
        Hook::Indicator,
        args,
        decision::indicator,
        stands,
        &ind.level3,
    )?;
    let trace = cx.options.trace;
    let decided = match d.value {
        decision::Indicator::Keep => None,
        decision::Indicator::Score(s) => {
            if s.is_sign_negative() || s > scored.points {
                let why = msg!(
                    "decision-score-outside",
                    score = fmt(s),
                    points = fmt(scored.points)
                );
                cx.script_rejected(script, f, why, stands, &ind.level3);
                return None;
            }
            let rounded = cx.rules.round_indicator.apply(s);
            let step = trace.then(|| {
                let what = if rounded == s {
                    msg!("trace-script-score", from = fmt(scored.score), to = fmt(s))
                } else {
                    msg!(
                        "trace-script-score-rounded",
                        from = fmt(scored.score),
                        to = fmt(s),
                        mode = words::round_mode(cx.rules.round_indicator.mode),
                        places = cx.rules.round_indicator.places.to_string(),
                        rounded = fmt(rounded)
                    )
                };
                decided_step(script, Hook::Indicator, d.line, what, &d.reason)
            });
            Some(IndicatorDecision::Score {
                score: rounded,
                step,
                why: script_why(script, d.line, &d.reason),
            })
        }
        decision::Indicator::Method { kind, direction } => {
            let (target, actual) = (&ind.target.1, &ind.actual.1);
            let quantitative = matches!((target, actual), (Value::Quantity(_), Value::Quantity(_)));
            // A date is not a number: a ratio of 202412 to 202410 means nothing (s14r F1).
            let dated =
                value_kind(target, actual) == "date" || value_kind(actual, target) == "date";
            if !quantitative || dated {
                let why = if dated {
                    msg!("decision-method-date")
                } else {
                    msg!("decision-method-not-numeric")
                };
                cx.script_rejected(script, f, why, stands, &ind.level3);
                return None;
            }
            let step = trace.then(|| {
                let what = msg!(
                    "trace-script-method",
                    formula = words::formula(kind),
                    direction = direction
                        .map(|d| msg!("trace-script-direction", direction = words::direction(d)))
                );
                decided_step(script, Hook::Indicator, d.line, what, &d.reason)
            });
            Some(IndicatorDecision::Method {
                kind,
                direction,
                rule: script_rule(script, Hook::Indicator, d.line),
                step,
            })
        }
    };
    cx.script_findings(script, d.line, &d.findings, &ind.level3);
    decided
}

/// Runs every script's `after` hook; returns the total (changed when a script decided so).
pub(super) fn after(
    cx: &mut Context,
    scripts: &Scripts,
    indicators: &[IndicatorOutcome],
    execution: &mut ExecutionOutcome,
    mut total: Decimal,
    total_points: Decimal,
    trace: &mut Vec<Step>,
) -> Decimal {
    let project = cx.case.project.clone();
    // The execution rate a `when` may ask for does not change once the total is computed.
    let runs: Vec<bool> = scripts
        .scripts
        .iter()
        .map(|s| s.hook(Hook::After).is_some() && case_matches(cx, &s.when))
        .collect();
    if !runs.iter().any(|r| *r) {
        return total;
    }
    // Read-only result records with getters (no maps to build): what each script reads is
    // converted when it reads it.
    let inds: Array = indicators
        .iter()
        .enumerate()
        .map(|(i, o)| {
            Dynamic::from(ScoredView(Arc::new(ScoredData {
                index: i64::try_from(i).unwrap_or(i64::MAX),
                level1: o.level1.clone(),
                level2: o.level2.clone(),
                level3: o.level3.clone(),
                applicable: o.points.is_some(),
                points: o.points,
                score: o.score,
                method: o.method.name(),
            })))
        })
        .collect();
    for (script, runs) in scripts.scripts.iter().zip(runs) {
        if !runs {
            continue;
        }
        // The execution as the scripts before this one left it, as the total is (tester s15r
        // N1: a cap after a floor read the score from before the floor and did nothing).
        let exec = Dynamic::from(ExecutionView(Arc::new(ExecutionData {
            rate: execution.rate,
            points: execution.points,
            score: (!execution.unknown).then_some(execution.score),
        })));
        let mut result = Map::new();
        result.insert("total".into(), Dynamic::from_decimal(total));
        result.insert("total_points".into(), Dynamic::from_decimal(total_points));
        result.insert("indicators".into(), Dynamic::from_array(inds.clone()));
        result.insert("execution".into(), exec);
        let args = vec![
            view_arg(cx, script, Hook::After),
            Dynamic::from(script.rules_view().clone()),
            Dynamic::from_map(result),
        ];
        let stands = &msg!("finding-stands-total");
        let Some((d, f)) = decide(
            cx,
            scripts,
            script,
            Hook::After,
            args,
            decision::after,
            stands,
            &project,
        ) else {
            continue;
        };
        if let Some(e) = d.value.execution {
            match set_execution(cx, execution, e, total) {
                Ok((new_total, set)) => {
                    // The step is in the execution score's own trace, the number it sets
                    // (s15c F5: the 预算执行 row ended at the old score), and in the total's.
                    if cx.options.trace {
                        let (row, sum) = set.steps(script, d.line, &d.reason);
                        execution.trace.push(row);
                        trace.push(sum);
                    }
                    total = new_total;
                }
                Err(why) => {
                    cx.script_rejected(script, f, why, &msg!("finding-stands-execution"), &project);
                    continue;
                }
            }
        }
        if let Some(t) = d.value.total {
            if t.is_sign_negative() || t > total_points {
                let why = msg!(
                    "decision-total-outside",
                    total = fmt(t),
                    points = fmt(total_points)
                );
                cx.script_rejected(script, f, why, stands, &project);
                continue;
            }
            let rounded = cx.rules.round_total.apply(t);
            if cx.options.trace {
                let what = msg!("trace-script-total", from = fmt(total), to = fmt(rounded));
                trace.push(decided_step(script, Hook::After, d.line, what, &d.reason));
            }
            total = rounded;
        }
        cx.script_findings(script, d.line, &d.findings, &project);
    }
    total
}

/// An `after` decision's `execution` as it was applied: the numbers its trace steps show.
struct ExecutionSet {
    from: Decimal,
    to: Decimal,
    total_from: Decimal,
    total_to: Decimal,
}

impl ExecutionSet {
    /// The step for the execution score's own trace (`执行得分 6 → 8`) and the one for the
    /// total's (which also says how the total followed), each naming the script and line.
    fn steps(&self, script: &Script, line: usize, reason: &Option<String>) -> (Step, Step) {
        let row = msg!(
            "trace-script-execution-score",
            from = fmt(self.from),
            to = fmt(self.to)
        );
        let sum = msg!(
            "trace-script-execution",
            from = fmt(self.from),
            to = fmt(self.to),
            total_from = fmt(self.total_from),
            total_to = fmt(self.total_to)
        );
        (
            decided_step(script, Hook::After, line, row, reason),
            decided_step(script, Hook::After, line, sum, reason),
        )
    }
}

/// An `after` decision's `execution`: the score (0 to the execution points, rounded like the
/// rule's execution score) replaces the computed one and the total follows it. Returns the new
/// total and what was set, or why the decision is rejected.
fn set_execution(
    cx: &Context,
    execution: &mut ExecutionOutcome,
    score: Decimal,
    total: Decimal,
) -> Result<(Decimal, ExecutionSet), Message> {
    if score.is_sign_negative() || score > execution.points {
        return Err(msg!(
            "decision-execution-outside",
            score = fmt(score),
            points = fmt(execution.points)
        ));
    }
    let rules = cx.rules;
    let rounded = rules
        .execution
        .rounding
        .as_ref()
        .map_or_else(|| rules.round_indicator.apply(score), |r| r.apply(score));
    let new_total = total
        .checked_sub(execution.score)
        .and_then(|t| t.checked_add(rounded))
        .map(|t| rules.round_total.apply(t))
        .ok_or_else(|| msg!("decision-total-overflow"))?;
    let set = ExecutionSet {
        from: execution.score,
        to: rounded,
        total_from: total,
        total_to: new_total,
    };
    execution.score = rounded;
    // The script decided the score its figures could not give.
    execution.unknown = false;
    Ok((new_total, set))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use crate::evaluate::{Context, Options, layout};
    use crate::load::ScriptSources;
    use crate::outcome::codes;
    use crate::source::SourceFile;
    use crate::validate;

    /// Issue #18 item 11: once a case has spent its script time budget, its remaining hooks
    /// are not run, and each says so in a finding.
    #[test]
    fn a_case_past_its_script_time_budget_runs_no_more_hooks() {
        let base = include_str!("../../rules/anhui-2023/rules.toml");
        let cut = base.find("\n[policy.zero-target]").unwrap_or(base.len());
        let text = format!(
            "{}\n[[scripts]]\nfile = \"t.rhai\"\nhooks = [\"before\"]\n",
            &base[..cut]
        );
        let mut sources = ScriptSources::new();
        sources.insert(
            "t.rhai".into(),
            Ok(SourceFile::new(
                "rules/t/t.rhai",
                "fn before(form, rules) { decision(#{ not_applicable: [0] }) }\n",
            )),
        );
        let rules = validate::rules::validate_with_scripts(
            &SourceFile::new("rules/t/rules.toml", text),
            "h",
            &sources,
        )
        .value
        .unwrap();
        let case = validate::case::validate(&SourceFile::new(
            "c.toml",
            include_str!("../../cases/constructed-scripts/zero-target.toml"),
        ))
        .value
        .unwrap();
        let scripts = rules.scripts.clone().unwrap();
        let mut cx = Context {
            rules: &rules,
            case: &case,
            form: None,
            options: Options::default(),
            findings: Vec::new(),
            view: None,
            plan: super::Plan::default(),
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
        super::before(&mut cx, &scripts);
        assert!(cx.plan.not_applicable(0).is_some(), "the hook ran");
        cx.plan = super::Plan::default();
        cx.script_time = scripts.case_budget();
        super::before(&mut cx, &scripts);
        assert!(
            cx.plan.not_applicable(0).is_none(),
            "the hook ran past the budget"
        );
        let f = cx
            .findings
            .iter()
            .find(|f| f.code == codes::SCRIPT_FAILED)
            .unwrap();
        assert!(
            f.message.to_string().contains("5 × timeout_ms = "),
            "{}",
            f.message
        );
    }
}
