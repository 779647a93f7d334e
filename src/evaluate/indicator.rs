//! Level-3 indicators: not-applicable detection, shared points cells, qualitative bands and
//! quantitative formulas, each score capped at its points and rounded per the rule set.

use super::layout::{applicable, groups, level1_hint, level1_of, level1_slot};
use super::{Context, fmt, scripted};
use crate::i18n::Message;
use crate::i18n::msg;
use crate::model::{
    Band, BareByLevel2, Cell, Direction, FormulaKind, Indicator, Number, QualitativeActual,
    RuleRef, RuleSet,
};
use crate::outcome::{Finding, FindingCode, IndicatorOutcome, Label, Method, Step, codes, words};
use crate::value::units::{self, Aligned, Conversion};
use crate::value::{Claim, Comparator, DateDoubt, Quantity, Value};
use rust_decimal::Decimal;
use std::borrow::Cow;

/// Scores every indicator, group by group (a group is a row plus the rows sharing its cell).
pub(super) fn score_all(cx: &mut Context) -> Vec<IndicatorOutcome> {
    let case = cx.case;
    let mut out = Vec::with_capacity(case.indicators.len());
    for group in groups(&case.indicators) {
        score_group(cx, group, &mut out);
    }
    out
}

/// A group's shared cells as read once: the points (0 when blank, unreadable or negative), the
/// reported score (none when blank, unreadable or negative), how many of its rows are
/// applicable and the share of the points each carries.
#[derive(Clone, Copy)]
struct Group {
    points: Decimal,
    /// The points cell holds text that is no number (an Excel `#REF!`, `二十`): the points
    /// are unknown, not 0, and the group's lines are not scored (tester s16r N-G).
    points_unknown: bool,
    reported: Option<Decimal>,
    applicable: usize,
    share: Decimal,
}

fn score_group(cx: &mut Context, group: &[Indicator], out: &mut Vec<IndicatorOutcome>) {
    let Some(leader) = group.first() else { return };
    let points = group_points(cx, leader);
    let reported = reported_score(cx, leader);
    // The flags live in a buffer the context keeps, so groups allocate nothing for them.
    let mut flags = std::mem::take(&mut cx.flags);
    flags.clear();
    flags.extend(group.iter().map(|i| applicable(cx, i, &[])));
    let n = flags.iter().filter(|a| **a).count();
    let g = Group {
        points,
        points_unknown: matches!(leader.points.1, Number::Unreadable(_))
            || (cx.no_points_column && matches!(leader.points.1, Number::Blank)),
        reported,
        applicable: n,
        share: if n > 1 {
            points / Decimal::from(n)
        } else {
            points
        },
    };
    let mut group_score = Decimal::ZERO;
    cx.script_why.clear();
    // The points the group is scored out of when a script gave its rows other points than
    // the form's (the not-applicable rescale): the self-score is compared after the same
    // conversion (tester s24 C6). None when no script moved them or a row is unscored.
    let mut moved: Option<Decimal> = Some(Decimal::ZERO);
    let mut any_moved = false;
    for (ind, &applicable) in group.iter().zip(&flags) {
        let o = if applicable {
            any_moved |= cx.plan.points(ind.index).is_some();
            let o = score_applicable(cx, leader, ind, g);
            moved = moved.zip(o.points).and_then(|(a, b)| a.checked_add(b));
            o
        } else {
            excluded(cx, ind, g)
        };
        group_score += o.score;
        out.push(o);
    }
    cx.flags = flags;
    let moved = moved.filter(|_| any_moved);
    audit_group(cx, leader, g, (group_score, moved));
}

/// On a workbook whose cells were read as shown rounded (`[total] shown_rounding`), a
/// reported score with fewer places than the computed one agrees with it when it is the
/// computed score shown at its own places (18.3 for 18.33 under `0.0`, tester s11b G4): the
/// cell stores the department's full number, which the sheet shows rounded.
fn agrees_as_shown(cx: &Context, reported: Decimal, computed: Decimal) -> bool {
    !cx.case.shown_rounding.is_zero()
        && reported.scale() < computed.normalize().scale()
        && computed.round_dp_with_strategy(
            reported.scale(),
            rust_decimal::RoundingStrategy::MidpointAwayFromZero,
        ) == reported
}

/// The group's points cell: 0 when blank, unreadable or negative (the last two said; an
/// unreadable one also leaves the group's lines unscored, `Group::points_unknown`).
fn group_points(cx: &mut Context, leader: &Indicator) -> Decimal {
    match &leader.points.1 {
        Number::Value(v) if v.is_sign_negative() && !v.is_zero() => {
            cx.finding(
                codes::ABSURD_VALUE,
                msg!("finding-points-negative", points = fmt(*v)),
                &leader.points.0,
            );
            Decimal::ZERO
        }
        Number::Value(v) => *v,
        // Only a 得分 cell is read as marks in words.
        Number::Blank | Number::Marks(_) => Decimal::ZERO,
        Number::Unreadable(t) => {
            cx.unreadable(&leader.points.0, t, "points", || {
                msg!("finding-points-unreadable", text = t)
            });
            Decimal::ZERO
        }
    }
}

/// The group's reported score: none when blank, unreadable or negative (the last two said).
fn reported_score(cx: &mut Context, leader: &Indicator) -> Option<Decimal> {
    match &leader.score.1 {
        Number::Value(v) if v.is_sign_negative() && !v.is_zero() => {
            cx.finding(
                codes::ABSURD_VALUE,
                msg!("finding-score-negative", score = fmt(*v)),
                &leader.score.0,
            );
            None
        }
        Number::Value(v) => Some(*v),
        Number::Unreadable(t) => {
            cx.unreadable(&leader.score.0, t, "score", || {
                msg!("finding-score-unreadable", text = t)
            });
            None
        }
        // Marks in words are read as a number before scoring, with their note (`marks`).
        Number::Blank | Number::Marks(_) => None,
    }
}

/// The outcome of one row.
fn outcome(
    cx: &Context,
    ind: &Indicator,
    points: Option<Decimal>,
    score: Decimal,
    reported: Option<Decimal>,
    method: Method,
    mut trace: Vec<Step>,
) -> IndicatorOutcome {
    let group = level1_of(cx, ind);
    let form_level1 = form_level1(cx, ind);
    if let (Some(own), Some(slot)) = (&form_level1, level1_slot(cx, ind)) {
        // The reports show the form's label; the trace keeps the rules' group it counts under.
        let mut first = Vec::new();
        let rule = cx.rules.weights.level1.get(slot).map(|l| &l.rule);
        cx.step(&mut first, rule, &[&ind.level1], || {
            msg!(
                "trace-level1-group",
                label = own.as_str(),
                group = group.map_or("", |g| &**g)
            )
        });
        trace.splice(0..0, first);
    }
    IndicatorOutcome {
        level1: Label::from(&**group.unwrap_or(&ind.level1.text)),
        form_level1,
        level2: Label::from(&*ind.level2.text),
        level3: ind.level3.text.clone(),
        points,
        score,
        reported_score: if ind.shares_points { None } else { reported },
        method,
        completion: ind
            .completion
            .as_ref()
            .map(|(cell, claim)| crate::outcome::Completion {
                text: cell.text.clone(),
                claim: *claim,
            }),
        trace,
    }
}

/// On a form without a 分值 column, the line's self-score counted within its level-1 label's
/// points ([`label_holds_scores`]), the step said; none when the label carries no points or
/// the line has no self-score.
fn within_label(
    cx: &mut Context,
    ind: &Indicator,
    leader: &Indicator,
    g: Group,
    trace: &mut Vec<Step>,
) -> Option<Decimal> {
    let (label, points) = label_holds_scores(cx, ind)?;
    let reported = g.reported?;
    cx.step(trace, None, &[&ind.level1, &leader.score.0], || {
        msg!(
            "trace-points-from-label",
            label = label,
            points = fmt(points),
            score = fmt(reported)
        )
    });
    Some(reported)
}

/// On a form without a 分值 column, the level-1 label of `ind` and the points it carries
/// (`产出指标(40分)`) when the self-scores under it do not exceed them: its lines' self-scores
/// are then read against the label's points (tester s21 T7). None for a label without points,
/// or one whose lines claim more than it holds (`label-points-mismatch` says so, and the lines
/// stay unscored: the form contradicts itself).
fn label_holds_scores<'c>(cx: &Context<'c>, ind: &'c Indicator) -> Option<(&'c str, Decimal)> {
    let label = &*ind.level1.text;
    let (_, points) = crate::value::label_points(label);
    let points = points?;
    let scored = (cx.case.indicators.iter())
        .filter(|i| &*i.level1.text == label)
        .filter_map(|i| i.score.1.value())
        .try_fold(Decimal::ZERO, |sum, s| sum.checked_add(s))?;
    (scored <= points).then_some((label, points))
}

/// On a form without a 分值 column, the points its level-1 labels carry for the lines under
/// them ([`label_holds_scores`]), each label once: part of the form's full marks (tester s21
/// T7).
pub(super) fn label_points_counted(cx: &Context) -> Decimal {
    let mut seen: Vec<&str> = Vec::new();
    let mut sum = Decimal::ZERO;
    for ind in &cx.case.indicators {
        if let Some((label, points)) = label_holds_scores(cx, ind)
            && !seen.contains(&label)
        {
            seen.push(label);
            sum += points;
        }
    }
    sum
}

/// The form's own level-1 label when it names the rules' group by one of its aliases
/// (`产出指标` for the group `绩效指标`), points written after it set aside: the label the
/// reports show. None for the group's own name, a cut label (`产`) or an unknown one.
fn form_level1(cx: &Context, ind: &Indicator) -> Option<Label> {
    let l = cx.rules.weights.level1.get(level1_slot(cx, ind)?)?;
    let (own, _) = crate::value::label_points(&ind.level1.text);
    (&*l.name != own && l.aliases.iter().any(|a| a == own)).then(|| Label::from(own))
}

/// A row that is not applicable (by the rules' words, its cells or a script): no points,
/// score 0, said in a step and a finding.
fn excluded(cx: &mut Context, ind: &Indicator, g: Group) -> IndicatorOutcome {
    let mut trace = Vec::new();
    let rescaled = cx.rules.indicators.not_applicable_points
        == crate::model::NotApplicablePoints::RescaleTotal;
    let msg = if g.points.is_zero() || g.applicable > 0 {
        msg!("finding-not-applicable", level3 = &ind.level3.text)
    } else if let Some(why) = cx.plan.moved_by.clone() {
        // A script gave the other rows new points (the rescale of anhui-2023-local): the
        // row's points are not simply left out of the total, and the finding says what the
        // script did (tester s24 C6: it said `不计入总分` beside the script's `分给其余 7 个`).
        msg!(
            "finding-not-applicable-points-script",
            level3 = &ind.level3.text,
            points = fmt(g.points),
            why = why
        )
    } else if rescaled {
        // 按百分制折算: the total step says the arithmetic (`rescale`).
        msg!(
            "finding-not-applicable-points-rescaled",
            level3 = &ind.level3.text,
            points = fmt(g.points)
        )
    } else {
        msg!(
            "finding-not-applicable-points",
            level3 = &ind.level3.text,
            points = fmt(g.points)
        )
    };
    match cx.plan.not_applicable(ind.index) {
        Some(step) if cx.options.trace => trace.push(step.clone()),
        Some(_) => {}
        None => cx.step(
            &mut trace,
            Some(&cx.rules.indicators.rule),
            &[&ind.level3, &ind.actual.0],
            || msg.clone(),
        ),
    }
    cx.finding(codes::NOT_APPLICABLE, msg, &ind.level3);
    let reported = g.reported;
    outcome(
        cx,
        ind,
        None,
        Decimal::ZERO,
        reported,
        Method::NotApplicable,
        trace,
    )
}

/// An applicable row: its points (its share of the group's cell, or what a script gave it),
/// then its score — or, on a form with no points at all, whether it met its target.
fn score_applicable(
    cx: &mut Context,
    leader: &Indicator,
    ind: &Indicator,
    g: Group,
) -> IndicatorOutcome {
    let mut trace = Vec::new();
    if g.applicable > 1 {
        cx.step(&mut trace, None, &[&leader.points.0], || {
            msg!(
                "trace-shared-points",
                count = g.applicable,
                points = fmt(g.points),
                share = fmt(g.share)
            )
        });
    }
    let points = match cx.plan.points(ind.index) {
        Some((p, step)) => {
            if cx.options.trace {
                trace.push(step.clone());
            }
            p
        }
        // Points that cannot be read are unknown, not 0: the line is not scored, and the
        // form's total is partial with no grade (tester s16r N-G).
        None if g.points_unknown && !cx.pointless => {
            if cx.no_points_column {
                // Met or not is still known: the low-execution check asks it.
                let method = judge_met(cx, ind, &mut trace);
                cx.judged.1 += 1;
                cx.judged.0 += usize::from(method == Method::Met);
                // The level-1 label carries the points its lines share (`产出指标(40分)`):
                // the self-score is read against them, as a person reads the form (tester
                // s21 T7), never a silent 0.
                if let Some(kept) = within_label(cx, ind, leader, g, &mut trace) {
                    return outcome(cx, ind, None, kept, Some(kept), Method::ReportedKept, trace);
                }
                cx.step(&mut trace, None, &[&leader.score.0], || {
                    msg!("trace-points-no-column")
                });
            } else {
                cx.step(&mut trace, None, &[&leader.points.0], || {
                    msg!("trace-points-unknown")
                });
            }
            let reported = g.reported;
            return outcome(
                cx,
                ind,
                None,
                Decimal::ZERO,
                reported,
                Method::Unscored,
                trace,
            );
        }
        None => g.share,
    };
    if cx.pointless {
        // No points anywhere on the form: say whether the target was met, score 0.
        let method = judge_met(cx, ind, &mut trace);
        // Met or not is the only result such a form has: an unmet indicator is a finding, so
        // it reaches the table, CSV and the findings sheets (tester s10 F8).
        if method == Method::NotMet && !cx.options.scores_only {
            cx.finding(
                codes::TARGET_NOT_MET,
                msg!(
                    "finding-target-not-met",
                    name = ind.bare_name(),
                    target = &ind.target.0.text,
                    actual = &ind.actual.0.text
                ),
                &ind.actual.0,
            );
        }
        if !cx.options.scores_only {
            check_completion(cx, ind, method);
        }
        return outcome(cx, ind, None, Decimal::ZERO, None, method, trace);
    }
    let reported = Fraction {
        score: g.reported,
        of: g.points,
        share: g.share,
    };
    let attempt = scored_attempt(cx, ind, points, reported);
    let (score, method) = attempt.keep(cx, &mut trace);
    if !cx.options.scores_only {
        check_text_contradiction(cx, ind);
    }
    outcome(cx, ind, Some(points), score, g.reported, method, trace)
}

/// On a form without points, the department's 完成情况 (`已完成`, `未完成`) against the line's
/// judgement: the only claim such a form makes, as a 得分 is on a scored one, so a claim that
/// says the opposite is a warning on its cell (tester s12b N3). `基本完成`, other words, and a
/// line not judged (no actual, a deadline that cannot be told) are left alone.
fn check_completion(cx: &mut Context, ind: &Indicator, method: Method) {
    let Some((cell, claim)) = &ind.completion else {
        return;
    };
    let (name, target, actual) = (ind.bare_name(), &ind.target.0.text, &ind.actual.0.text);
    let message = match (claim, method) {
        (Claim::Done, Method::NotMet) => msg!(
            "finding-completion-mismatch-done",
            claim = &cell.text,
            name = name,
            target = target,
            actual = actual
        ),
        (Claim::NotDone, Method::Met) => msg!(
            "finding-completion-mismatch-not-done",
            claim = &cell.text,
            name = name,
            target = target,
            actual = actual
        ),
        _ => return,
    };
    cx.finding(codes::COMPLETION_MISMATCH, message, cell);
}

/// The group's cells against its scores: a level 1 the rules do not know, a reported score
/// that differs from the computed one or passes its points, blank score or points cells.
fn audit_group(
    cx: &mut Context,
    leader: &Indicator,
    g: Group,
    (group_score, moved): (Decimal, Option<Decimal>),
) {
    if cx.options.scores_only {
        return;
    }
    // A flat list (no level 1 anywhere) is said once for the form (`no-level1`).
    if !cx.no_level1 && level1_slot(cx, leader).is_none() {
        cx.finding(
            codes::UNKNOWN_LEVEL1,
            msg!(
                "finding-unknown-level1",
                label = &leader.level1.text,
                hint = level1_hint(cx.rules, &leader.level1.text)
            ),
            &leader.level1,
        );
    }
    let n = g.applicable;
    // Points that cannot be read leave nothing to check the self-score against: the
    // points' own finding says so (tester s16r N-G).
    if g.points_unknown {
        return;
    }
    // Under `--points rules` the self-score was written against other points: it is not
    // compared with the score under the rule set's, and one above its points is said as
    // the form wrote both (tester s15c F1).
    let (reported, points) = match cx.form {
        Some(form) => {
            let written = form.indicators.get(leader.index);
            let value = |n: Option<&Number>| n.and_then(Number::value);
            let points = value(written.map(|w| &w.points.1)).unwrap_or(g.points);
            (g.reported.and(value(written.map(|w| &w.score.1))), points)
        }
        None => (g.reported, g.points),
    };
    match reported {
        Some(r) => {
            if n > 0 && !cx.what_if() {
                check_reported(cx, leader, (r, points), (group_score, moved));
            }
            if r > points {
                cx.finding(
                    codes::SCORE_ABOVE_POINTS,
                    msg!(
                        "finding-score-above-points",
                        reported = fmt(r),
                        points = fmt(points)
                    ),
                    &leader.score.0,
                );
            }
        }
        None => {
            if n > 0 && !g.points.is_zero() && leader.score.1 == Number::Blank {
                cx.finding(
                    codes::MISSING_REPORTED,
                    msg!("finding-score-blank"),
                    &leader.score.0,
                );
            }
        }
    }
    if n > 0 && g.points.is_zero() && leader.points.1 == Number::Blank && !cx.pointless {
        cx.finding(
            codes::MISSING_REPORTED,
            msg!("finding-points-blank"),
            &leader.points.0,
        );
    }
}

/// The group's self-score `r` (out of the form's `points`) against its computed score. Where
/// a script gave the group other points (`moved`: the not-applicable rescale), the self-score
/// is converted to them first, as a self-score kept is (`按分值 10→11.25 换算`): a department
/// that scored a row at full marks agrees with a computed full mark (tester s24 C6).
fn check_reported(
    cx: &mut Context,
    leader: &Indicator,
    (r, points): (Decimal, Decimal),
    (group_score, moved): (Decimal, Option<Decimal>),
) {
    let converted = moved
        .filter(|to| *to != points && !points.is_zero())
        .and_then(|to| Some((to, r.checked_mul(to)?.checked_div(points)?)))
        .map(|(to, c)| (to, cx.rules.round_indicator.apply(c)));
    let compared = converted.map_or(r, |(_, c)| c);
    if compared == group_score || agrees_as_shown(cx, r, group_score) {
        return;
    }
    let converted = converted.map(|(to, c)| {
        msg!(
            "finding-reported-converted",
            from = fmt(points),
            to = fmt(to),
            converted = fmt(c)
        )
    });
    let message = score_mismatch(cx, leader, (r, converted), group_score);
    cx.finding(codes::SCORE_MISMATCH, message, &leader.score.0);
}

/// The `score-mismatch` of a group whose self-score `reported` (with its conversion to a
/// script's points, if any) is not its `computed` score. A script that set the score says
/// which and why (tester s24 C7); the department's own scoring rule beside the line says why
/// it scored as it did (`每降1%扣1分`): quoted for the officer (tester s23 D2), with the cell it
/// stands in when the form recorded it (s24), as the finding's own place names the 得分 cell.
fn score_mismatch(
    cx: &Context,
    leader: &Indicator,
    (reported, converted): (Decimal, Option<Message>),
    computed: Decimal,
) -> Message {
    let scoring = leader.scoring.text.trim();
    let (reported, computed) = (fmt(reported), fmt(computed));
    if let Some(why) = cx.script_why.first().cloned() {
        return msg!(
            "finding-score-mismatch-script",
            reported = reported,
            converted = converted,
            computed = computed,
            why = why
        );
    }
    if scoring.is_empty() {
        return msg!(
            "finding-score-mismatch",
            reported = reported,
            converted = converted,
            computed = computed
        );
    }
    let scoring = crate::i18n::quoted(scoring);
    let place = cx.case.form_map.place(leader.scoring.field);
    match place.filter(|(_, own)| *own) {
        Some((at, _)) => msg!(
            "finding-score-mismatch-scoring-at",
            reported = reported,
            converted = converted,
            computed = computed,
            scoring = scoring,
            at = crate::outcome::import_notes::place_message(&at)
        ),
        None => msg!(
            "finding-score-mismatch-scoring",
            reported = reported,
            converted = converted,
            computed = computed,
            scoring = scoring
        ),
    }
}

/// One attempt at scoring an applicable indicator: its score (capped and rounded), method,
/// trace steps and findings, held together as a value. A script's typed decision either
/// changes the score or replaces the attempt whole with one scored by the method it chose, so
/// nothing written into the case's findings or trace has to be taken back.
struct Attempt {
    score: Decimal,
    method: Method,
    trace: Vec<Step>,
    findings: Vec<Finding>,
    /// What the script hooks said about it (failures, rejections, their own findings), after
    /// the attempt's findings.
    hook_findings: Vec<Finding>,
    /// The script that set the score and its reason, when one did.
    why: Option<Message>,
}

impl Attempt {
    /// Scores `ind` by the rules, or — with `forced` — by a formula a script chose; `lead`
    /// opens the trace (the script's decision).
    fn new(
        cx: &mut Context,
        ind: &Indicator,
        points: Decimal,
        reported_fraction: Fraction,
        forced: Option<Forced<'_>>,
        lead: Option<Step>,
    ) -> Attempt {
        let mut trace: Vec<Step> = lead.into_iter().collect();
        let run = |cx: &mut Context, trace: &mut Vec<Step>| {
            let (raw, method) = match (forced, &ind.target.1, &ind.actual.1) {
                (Some(f), Value::Quantity(t), Value::Quantity(a)) => {
                    let row = Row {
                        ind,
                        points,
                        reported: reported_fraction,
                    };
                    quantitative(cx, row, t, a, trace, Some(f))
                }
                _ => score_one(cx, ind, points, reported_fraction, trace),
            };
            (finish(cx, raw, points, trace), method)
        };
        // Only a rule set with scripts can replace an attempt: without, its findings go
        // straight to the case (in the same order), with no buffer of their own.
        let ((score, method), findings) = if cx.rules.scripts.is_some() {
            cx.collect(|cx| run(cx, &mut trace))
        } else {
            (run(cx, &mut trace), Vec::new())
        };
        Attempt {
            score,
            method,
            trace,
            findings,
            hook_findings: Vec::new(),
            why: None,
        }
    }

    /// Records the attempt in the case: its findings, then the hooks', and its steps after
    /// `trace`'s; returns its score and method.
    fn keep(mut self, cx: &mut Context, trace: &mut Vec<Step>) -> (Decimal, Method) {
        cx.findings.append(&mut self.findings);
        cx.findings.append(&mut self.hook_findings);
        trace.append(&mut self.trace);
        cx.script_why.extend(self.why);
        (self.score, self.method)
    }
}

/// A formula (and maybe a direction) a script chose, under the script's rule.
type Forced<'a> = (FormulaKind, Option<Direction>, &'a RuleRef);

/// The engine's attempt at an applicable indicator carrying `points`, then every script's
/// `indicator` hook in turn, each deciding on the attempt the ones before it left.
fn scored_attempt(
    cx: &mut Context,
    ind: &Indicator,
    points: Decimal,
    reported_fraction: Fraction,
) -> Attempt {
    let mut attempt = Attempt::new(cx, ind, points, reported_fraction, None, None);
    // Borrowed from the rule set, not the context: no reference count per indicator.
    let Some(scripts) = &cx.rules.scripts else {
        return attempt;
    };
    for script in &scripts.scripts {
        let scored = scripted::Scored {
            points,
            score: attempt.score,
            method: attempt.method,
        };
        let (decision, mut said) =
            cx.collect(|cx| scripted::indicator_decision(cx, scripts, script, ind, &scored));
        match decision {
            None => {}
            Some(scripted::IndicatorDecision::Score { score, step, why }) => {
                attempt.trace.extend(step);
                attempt.why = Some(why);
                attempt.score = score;
                attempt.method = Method::Script;
            }
            Some(scripted::IndicatorDecision::Method {
                kind,
                direction,
                rule,
                step,
            }) => {
                let forced = Some((kind, direction, &rule));
                let hook_findings = std::mem::take(&mut attempt.hook_findings);
                attempt = Attempt::new(cx, ind, points, reported_fraction, forced, step);
                attempt.hook_findings = hook_findings;
            }
        }
        attempt.hook_findings.append(&mut said);
    }
    attempt
}

/// Caps a raw score at 0..points and rounds it per the rule set, with a step when that
/// changes it.
fn finish(cx: &Context, raw: Decimal, points: Decimal, trace: &mut Vec<Step>) -> Decimal {
    let rules = cx.rules;
    // max(min(raw, points), 0), with one comparison of two decimals.
    let capped = if raw > points { points } else { raw };
    let capped = if capped.is_sign_negative() {
        Decimal::ZERO
    } else {
        capped
    };
    // Points with more places than the rounding (151.599, or 16.875 rescaled by a script) let
    // a full score round above them (151.60): it stays within the points rounded alike.
    let score = rules.round_indicator.apply(capped);
    if cx.options.trace && (capped != raw || score != capped) {
        cx.step(trace, Some(&rules.round_indicator.rule), &[], || {
            msg!(
                "trace-capped-rounded",
                points = fmt(points),
                mode = words::round_mode(rules.round_indicator.mode),
                places = rules.round_indicator.places.to_string(),
                raw = fmt(raw),
                score = fmt(score)
            )
        });
    }
    score
}

/// The unrounded, uncapped score of one applicable indicator carrying `points`.
fn score_one(
    cx: &mut Context,
    ind: &Indicator,
    points: Decimal,
    reported_fraction: Fraction,
    trace: &mut Vec<Step>,
) -> (Decimal, Method) {
    if let Value::Unreadable { text, reason } = &ind.target.1
        && !repeats_target(ind)
    {
        cx.finding(
            codes::UNREADABLE_VALUE,
            msg!(
                "finding-target-unreadable",
                text = text,
                reason = reason.message()
            ),
            &ind.target.0,
        );
    }
    if let Some(met) = super::layout::none_answered(cx.rules, ind) {
        return none_answered(cx, ind, met, points, trace);
    }
    if let Some(rule) = &cx.rules.satisfaction
        && let Some(reading) = super::survey::reading(rule, ind)
    {
        return super::survey::score(cx, rule, ind, reading, points, reported_fraction, trace);
    }
    if let Some(a) = date_read(cx, ind, trace) {
        return score_quantity(cx, ind, &a, points, reported_fraction, trace);
    }
    // The form's 预算执行率 row with no figure for a target: scored from the funds (s21 A2).
    if let Some(scored) = super::execution::score_in_row(cx, ind, points, trace) {
        return scored;
    }
    // Neither target nor actual written, points and a score given (a web page's row
    // `指标1：工程质量合格 10 10`, tester s17w F2b): nothing to check the score against, so the
    // department's score is kept, unverified, and said — not a 0 for a blank actual that a
    // blank target leaves nothing to compare with.
    if ind.actual.1 == Value::Blank
        && ind.target.1 == Value::Blank
        && reported_fraction.get().is_some()
    {
        cx.finding(
            codes::UNSCORABLE,
            msg!("finding-target-actual-blank"),
            &ind.target.0,
        );
        return kept(cx, ind, points, reported_fraction, trace);
    }
    match &ind.actual.1 {
        Value::Blank | Value::NotApplicable => {
            cx.finding(
                codes::MISSING_ACTUAL,
                msg!("finding-actual-blank"),
                &ind.actual.0,
            );
            cx.step(trace, None, &[&ind.actual.0], || msg!("trace-no-actual"));
            (Decimal::ZERO, Method::Missing)
        }
        // The target's own words, numbers and all, written again: met as stated (s22 D1).
        Value::Unreadable { .. } if repeats_target(ind) => scored_as_worded(
            cx,
            ind,
            Worded::Like,
            None,
            (points, reported_fraction),
            trace,
        ),
        Value::Unreadable { text, reason } => {
            cx.finding(
                codes::UNREADABLE_VALUE,
                msg!(
                    "finding-actual-unreadable",
                    text = text,
                    reason = reason.message()
                ),
                &ind.actual.0,
            );
            kept(cx, ind, points, reported_fraction, trace)
        }
        Value::Qualitative { text } => score_words(cx, ind, text, points, reported_fraction, trace),
        // A bound (`≥95%`) or a range (`95%-100%`, read at its lower end: tester s15f F-L1).
        Value::Quantity(a) if (a.comparator.is_some() || a.upper.is_some()) && !a.is_date() => {
            cx.finding(
                codes::ACTUAL_IS_BOUND,
                msg!(
                    "finding-actual-is-bound",
                    actual = &ind.actual.0.text,
                    value = fmt(a.value),
                    unit = &a.unit
                ),
                &ind.actual.0,
            );
            score_quantity(cx, ind, a, points, reported_fraction, trace)
        }
        Value::Quantity(a) => score_quantity(cx, ind, a, points, reported_fraction, trace),
    }
}

/// A target asking for none (`无`, `0起`, `无重大安全事故`) answered by the rule set's words
/// for none (`无`) or a count ([`layout::none_answered`](super::layout::none_answered)):
/// full points when none happened, else 0, said in the trace under `[indicators]`.
fn none_answered(
    cx: &mut Context,
    ind: &Indicator,
    met: bool,
    points: Decimal,
    trace: &mut Vec<Step>,
) -> (Decimal, Method) {
    let score = if met { points } else { Decimal::ZERO };
    let rules = cx.rules;
    let rule = (rules.switches.iter())
        .find(|r| r.key == "indicators.none_words")
        .unwrap_or(&rules.indicators.rule);
    cx.step(trace, Some(rule), &[&ind.target.0, &ind.actual.0], || {
        msg!(
            "trace-none-answered",
            target = &ind.target.0.text,
            actual = &ind.actual.0.text,
            verdict = verdict(met),
            score = fmt(score)
        )
    });
    (score, Method::AllOrNothing)
}

/// Band words in the actual column: scored by the bands (a numeric target answered with words
/// says so, or scores 0 when the rules say), or as met when worded like the target.
fn score_words(
    cx: &mut Context,
    ind: &Indicator,
    text: &str,
    points: Decimal,
    reported_fraction: Fraction,
    trace: &mut Vec<Step>,
) -> (Decimal, Method) {
    if matches!(ind.target.1, Value::Quantity(_)) {
        if cx.rules.quantitative.qualitative_actual == QualitativeActual::Zero {
            cx.finding(
                codes::QUALITATIVE_ACTUAL,
                msg!(
                    "finding-qualitative-actual-zero",
                    target = &ind.target.0.text,
                    actual = text
                ),
                &ind.actual.0,
            );
            return (Decimal::ZERO, Method::Band);
        }
        // A deadline answered `按时完成`: the words say whether it was kept (tester s9 F16).
        let target = &ind.target.0.text;
        let message = match &ind.target.1 {
            Value::Quantity(t) if t.is_date() => msg!(
                "finding-qualitative-actual-deadline",
                target = target,
                actual = text
            ),
            _ => msg!(
                "finding-qualitative-actual-bands",
                target = target,
                actual = text
            ),
        };
        cx.finding(codes::QUALITATIVE_ACTUAL, message, &ind.actual.0);
    }
    let text = remark_set_aside(cx, ind, text, trace).unwrap_or(text);
    if answers_no(ind, text) {
        return scored_as_worded(
            cx,
            ind,
            Worded::No,
            None,
            (points, reported_fraction),
            trace,
        );
    }
    let top = cx.rules.qualitative.bands.iter().map(|b| b.score_at).max();
    match spaced_band(cx, ind, text, trace) {
        // `有所提高` is a lower band's word, but answering the target `有所提高` it meets it.
        Some(band) if Some(band.score_at) != top && worded_like_target(ind, text) => {
            scored_as_worded(
                cx,
                ind,
                Worded::Like,
                None,
                (points, reported_fraction),
                trace,
            )
        }
        // `有效提升` answering `有所提升`: as strong as the target asked, so it meets it
        // (tester s12 S3); answering `显著提升` it stays in its own, lower band.
        Some(band) if Some(band.score_at) != top && reaches_target_band(cx.rules, ind, band) => {
            scored_as_worded(
                cx,
                ind,
                Worded::Reaches,
                Some(band),
                (points, reported_fraction),
                trace,
            )
        }
        Some(band) => band_score(cx, ind, band, points, reported_fraction, trace),
        None if worded_like_target(ind, text) => scored_as_worded(
            cx,
            ind,
            Worded::Like,
            None,
            (points, reported_fraction),
            trace,
        ),
        None if let Some(claimed) = deadline_claim(ind, text) => {
            let row = (points, reported_fraction);
            scored_as_claimed(cx, ind, text, claimed, row, trace)
        }
        None => {
            let labels: Vec<&str> = cx
                .rules
                .qualitative
                .bands
                .iter()
                .map(|b| b.label.as_str())
                .collect();
            let hint = crate::diagnostic::did_you_mean(text, labels.iter().copied())
                .map(|m| msg!("finding-hint-did-you-mean", suggestion = m));
            unknown_band(cx, ind, text, hint, points, reported_fraction, trace)
        }
    }
}

/// The words of an actual with a bracketed remark after them (`已建立` of
/// `已建立（制度文件已印发）`, `value::word_remark`) when the whole cell is judged by nothing —
/// no band, not its target's words nor their opposite — with a trace step saying the remark
/// was set aside (tester s14 F4: it was "in no band" and the self-score kept unreviewed). The
/// whole cell goes first: `影响程度(较高)` answering the same words meets them.
fn remark_set_aside<'t>(
    cx: &mut Context,
    ind: &Indicator,
    text: &'t str,
    trace: &mut Vec<Step>,
) -> Option<&'t str> {
    if answers_no(ind, text)
        || worded_like_target(ind, text)
        || match_band(cx.rules, text).is_some()
    {
        return None;
    }
    let (words, remark) = crate::value::word_remark(text)?;
    cx.step(trace, None, &[&ind.actual.0], || {
        msg!(
            "trace-remark-set-aside",
            actual = text.trim(),
            words = words,
            remark = remark
        )
    });
    Some(words)
}

/// The actual as [`judge_met`] judges it: `已建立（制度文件已印发）` judged by nothing whole is its
/// words, as in scoring ([`remark_set_aside`], s14 F4).
fn actual_read<'i>(cx: &mut Context, ind: &'i Indicator, trace: &mut Vec<Step>) -> Cow<'i, Value> {
    if let Some(a) = date_read(cx, ind, trace) {
        return Cow::Owned(Value::Quantity(a));
    }
    match &ind.actual.1 {
        Value::Qualitative { text } => match remark_set_aside(cx, ind, text, trace) {
            Some(words) => Cow::Owned(Value::Qualitative {
                text: words.to_owned(),
            }),
            None => Cow::Borrowed(&ind.actual.1),
        },
        other => Cow::Borrowed(other),
    }
}

/// The actual as a date when its target is a date and the parser did not read it as one
/// (`2022.12`, `Q4`, `2022年第四季度`: `value::date_answer`, tester s15f F-A3), said on the
/// actual's cell and in the trace; none otherwise.
fn date_read(cx: &mut Context, ind: &Indicator, trace: &mut Vec<Step>) -> Option<Quantity> {
    let Value::Quantity(t) = &ind.target.1 else {
        return None;
    };
    if !t.is_date() || matches!(&ind.actual.1, Value::Quantity(a) if a.is_date()) {
        return None;
    }
    let (a, how) = crate::value::date_answer(&ind.actual.0.text)?;
    let actual = &ind.actual.0.text;
    let date = crate::value::DateParts::of(&a, None).map(date_words)?;
    if let Some(october) = crate::value::october_reading(actual) {
        // `2022.1`: January, or a 2022.10 Excel shows so. Said with both readings where they
        // score alike; where they do not, the deadline keeps the self-score and says why.
        let message = || {
            msg!(
                "finding-date-read-january-or-october",
                actual = actual,
                date = &date,
                october = format!("{}0", crate::value::trim(actual))
            )
        };
        if october_differs(cx, t, &a, &october).is_none() {
            cx.finding(codes::UNIT_GUESSED, message(), &ind.actual.0);
        }
        cx.step(trace, None, &[&ind.actual.0], message);
        return Some(a);
    }
    let message = || match how {
        crate::value::DateAnswer::Month => {
            msg!("finding-date-read-month", actual = actual, date = &date)
        }
        crate::value::DateAnswer::Quarter(q) => msg!(
            "finding-date-read-quarter",
            actual = actual,
            quarter = q.to_string(),
            date = &date
        ),
    };
    cx.finding(codes::UNIT_ASSUMED, message(), &ind.actual.0);
    cx.step(trace, None, &[&ind.actual.0], message);
    Some(a)
}

/// Whether an actual `2022.1` read as January (`january`) and as October (`october`, a
/// 2022.10 Excel shows so) is on time alike under `t`: none when both readings give the
/// same verdict, else the October one.
fn october_differs<'q>(
    cx: &Context,
    t: &Quantity,
    january: &Quantity,
    october: &'q Quantity,
) -> Option<&'q Quantity> {
    let year = super::form::form_year(cx.case);
    let verdict = |a: &Quantity| {
        crate::value::comparable_dates(t, a, year)
            .ok()
            .map(|pair| on_time(t, &pair))
    };
    (verdict(january) != verdict(october)).then_some(october)
}

/// The doubt of an actual `2022.1` whose two readings score apart (see [`october_differs`]).
fn october_doubt(cx: &Context, ind: &Indicator, t: &Quantity, a: &Quantity) -> Option<Message> {
    let text = &ind.actual.0.text;
    let october = crate::value::october_reading(text)?;
    october_differs(cx, t, a, &october)?;
    let words = |q: &Quantity| crate::value::DateParts::of(q, None).map(date_words);
    let (january, october_date) = (words(a)?, words(&october)?);
    Some(msg!(
        "date-doubt-january-or-october",
        actual = crate::value::trim(text),
        january = january,
        october_date = october_date,
        october = format!("{}0", crate::value::trim(text))
    ))
}

/// Whether a deadline is met by the actual, both on one scale.
fn on_time(t: &Quantity, pair: &crate::value::DatePair) -> bool {
    match t.comparator {
        Some(Comparator::Eq) => pair.actual == pair.target,
        Some(Comparator::Lt) => pair.actual < pair.target,
        _ => pair.actual <= pair.target,
    }
}

/// A date's parts as written in Chinese (`2022年12月31日`, `12月31日`).
fn date_words(d: crate::value::DateParts) -> String {
    let year = d.year.map(|y| format!("{y}年")).unwrap_or_default();
    let day = d.day.map(|d| format!("{d}日")).unwrap_or_default();
    format!("{year}{}月{day}", d.month)
}

/// Words no band holds keep the department's own score, said (tester s10 F6): an unknown
/// word is the engine not understanding the form (`已全覆盖`, `明显提升`), not the department
/// failing, so it is treated as an unreadable number is (`reported-kept`) instead of 0.
fn unknown_band(
    cx: &mut Context,
    ind: &Indicator,
    text: &str,
    hint: Option<Message>,
    points: Decimal,
    reported_fraction: Fraction,
    trace: &mut Vec<Step>,
) -> (Decimal, Method) {
    let said = |reported: Option<Decimal>| match reported {
        Some(r) => msg!(
            "finding-unknown-band",
            actual = text,
            hint = hint.clone(),
            score = fmt(r)
        ),
        None => msg!(
            "finding-unknown-band-none",
            actual = text,
            hint = hint.clone()
        ),
    };
    let (code, at) = (codes::UNKNOWN_BAND, &ind.actual.0);
    kept_saying(
        cx,
        ind,
        (points, reported_fraction),
        trace,
        (code, at),
        said,
    )
}

/// A numeric actual against its target.
pub(super) fn score_quantity(
    cx: &mut Context,
    ind: &Indicator,
    a: &Quantity,
    points: Decimal,
    reported_fraction: Fraction,
    trace: &mut Vec<Step>,
) -> (Decimal, Method) {
    {
        match &ind.target.1 {
            Value::Quantity(t) if t.is_date() || a.is_date() => {
                deadline(cx, ind, t, a, (points, reported_fraction), trace)
            }
            Value::Quantity(t) if impossible_share(cx, ind, t) => {
                kept(cx, ind, points, reported_fraction, trace)
            }
            Value::Quantity(t) => {
                let row = Row {
                    ind,
                    points,
                    reported: reported_fraction,
                };
                let (s, m) = quantitative(cx, row, t, a, trace, None);
                far_exceeded(cx, ind, t, a, points, s, trace).map_or((s, m), |s| (s, m))
            }
            Value::Unreadable { .. } => kept(cx, ind, points, reported_fraction, trace),
            _ => {
                cx.finding(
                    codes::UNSCORABLE,
                    msg!("finding-unscorable", actual = &ind.actual.0.text),
                    &ind.target.0,
                );
                kept(cx, ind, points, reported_fraction, trace)
            }
        }
    }
}

/// A satisfaction target over 100% (`290%` for `市民满意度调查`) cannot be reached and is
/// most likely a misread copy — a `≥` turned into a digit when the form was copied out of a
/// PDF or a document preview (`≥90%` → `290%`). Comparing against it would fail every actual,
/// so the indicator is not judged by it: an `absurd-value` finding on the target says so, and
/// the caller keeps the self-score (or, on a form with no points, leaves it unjudged).
fn impossible_share(cx: &mut Context, ind: &Indicator, t: &Quantity) -> bool {
    let hundred = Decimal::ONE_HUNDRED;
    let share = ["满意度", "满意率"]
        .iter()
        .any(|w| ind.bare_name().contains(w));
    if !share || t.unit != "%" || t.value <= hundred || t.upper.is_some() {
        return false;
    }
    cx.finding(
        codes::ABSURD_VALUE,
        msg!("finding-share-over-100", target = &ind.target.0.text),
        &ind.target.0,
    );
    true
}

/// The reported score of a group as a fraction of its points, divided out only where a
/// formula asks for it (most indicators never do).
#[derive(Clone, Copy)]
pub(super) struct Fraction {
    score: Option<Decimal>,
    of: Decimal,
    /// The row's own points on the form (its share of the group's cell): when a script gave
    /// it other points, a score taken from the form is rescaled, and the trace says so.
    share: Decimal,
}

impl Fraction {
    /// reported / points; none when nothing usable was reported or the points are 0.
    fn get(self) -> Option<Decimal> {
        match self.score {
            Some(r) if !self.of.is_zero() => r.checked_div(self.of),
            _ => None,
        }
    }

    /// When the row is scored out of `points` other than its own on the form (a script
    /// moved points): the row's reported score and its form points, to say the rescaling
    /// (`自评得分 20 … 按分值 20→22.5 换算为 22.5`, tester s14r F7).
    fn rescaled(self, points: Decimal) -> Option<(Decimal, Decimal)> {
        let f = self.get()?;
        (points != self.share).then(|| (self.share.checked_mul(f).unwrap_or(f), self.share))
    }
}

/// The reported score, kept when the form gives no way to compute one.
pub(super) fn kept(
    cx: &mut Context,
    ind: &Indicator,
    points: Decimal,
    reported_fraction: Fraction,
    trace: &mut Vec<Step>,
) -> (Decimal, Method) {
    // The number is the department's own, not the engine's: say so where the user looks (F21).
    let rescaled = reported_fraction.rescaled(points);
    let said = |reported: Option<Decimal>| match (reported, rescaled) {
        (Some(r), Some((own, from))) => msg!(
            "finding-reported-kept-rescaled",
            reported = fmt(own),
            from = fmt(from),
            to = fmt(points),
            score = fmt(r)
        ),
        (Some(r), None) => msg!("finding-reported-kept", score = fmt(r)),
        (None, _) => msg!("finding-reported-kept-none", actual = &ind.actual.0.text),
    };
    let (code, at) = (codes::REPORTED_KEPT, &ind.score.0);
    kept_saying(
        cx,
        ind,
        (points, reported_fraction),
        trace,
        (code, at),
        said,
    )
}

/// The reported score kept, with a finding `code` on cell `at` saying why; with none, the line
/// is [`Method::Unscored`] (0, which the total marks partial).
fn kept_saying(
    cx: &mut Context,
    ind: &Indicator,
    (points, reported_fraction): (Decimal, Fraction),
    trace: &mut Vec<Step>,
    (code, at): (FindingCode, &Cell),
    said: impl FnOnce(Option<Decimal>) -> Message,
) -> (Decimal, Method) {
    let reported = reported_fraction.get().and_then(|f| points.checked_mul(f));
    let s = reported.unwrap_or(Decimal::ZERO);
    cx.finding(code, said(reported), at);
    // Nothing read and nothing to keep: the line is not scored, and its 0 is no score — the
    // form's total is partial and it gets no grade (tester s15r N3; a line with no points
    // loses nothing).
    if reported.is_none() && points > Decimal::ZERO {
        cx.step(trace, None, &[&ind.score.0], || msg!("trace-unscored"));
        return (s, Method::Unscored);
    }
    cx.step(trace, None, &[&ind.score.0], || {
        match reported.and(reported_fraction.rescaled(points)) {
            Some((own, from)) => msg!(
                "trace-reported-kept-rescaled",
                reported = fmt(own),
                from = fmt(from),
                to = fmt(points),
                score = fmt(s)
            ),
            None => msg!("trace-reported-kept", score = fmt(s)),
        }
    });
    (s, Method::ReportedKept)
}

/// True when a qualitative actual repeats its target's words (`显著提升` / `显著提升`, `高` /
/// `高`): the target was met as stated.
/// `已`/`均已`/`全部` before the target's words says it was done (`全覆盖` / `已全覆盖`,
/// tester s10 F6).
/// A target that could not be read as one number (`完成3个村5公里`, 有不止一个数) repeated word
/// for word is met as stated too (s22 D1: such a line was kept unverified).
pub(crate) fn worded_like_target(ind: &Indicator, actual: &str) -> bool {
    let squeeze = |t: &str| -> String { t.chars().filter(|c| !c.is_whitespace()).collect() };
    let (Value::Qualitative { text } | Value::Unreadable { text, .. }) = &ind.target.1 else {
        return false;
    };
    let (target, actual) = (squeeze(text), squeeze(actual));
    let done = ["均已", "全部", "已经", "已"]
        .iter()
        .find_map(|p| actual.strip_prefix(p))
        .unwrap_or(&actual);
    target == actual || (!done.is_empty() && target == done)
}

/// True when the actual is written as its target is, word for word, and neither is read as one
/// number ([`worded_like_target`] of an unreadable or worded actual).
fn repeats_target(ind: &Indicator) -> bool {
    match &ind.actual.1 {
        Value::Unreadable { text, .. } | Value::Qualitative { text } => {
            worded_like_target(ind, text)
        }
        _ => false,
    }
}

/// True when a qualitative actual says the opposite of its yes/no target (tester s12 S2):
/// `否` (`不是`, `没有`, `未`) answering `是` (`有`), `是` answering `否`, or the target's own
/// words negated (`未建立` / `没有建立` answering `建立` or `已建立`).
pub(crate) fn answers_no(ind: &Indicator, actual: &str) -> bool {
    const YES: [&str; 2] = ["是", "有"];
    const NO: [&str; 5] = ["否", "不是", "没有", "未", "无"];
    const NEGATIONS: [&str; 5] = ["尚未", "没有", "未", "没", "不"];
    let squeeze = |t: &str| -> String {
        t.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .trim_end_matches(['。', '.', '！', '!'])
            .to_owned()
    };
    let Value::Qualitative { text } = &ind.target.1 else {
        return false;
    };
    let (target, actual) = (squeeze(text), squeeze(actual));
    let (t, a) = (target.as_str(), actual.as_str());
    if (YES.contains(&t) && NO.contains(&a)) || (NO.contains(&t) && YES.contains(&a)) {
        return true;
    }
    let asked = t.strip_prefix('已').unwrap_or(t);
    !asked.is_empty()
        && !NO.iter().any(|n| asked.starts_with(n))
        && NEGATIONS
            .iter()
            .any(|n| a.strip_prefix(n).is_some_and(|rest| rest == asked))
}

/// Which qualitative band a line worded against its target scores as.
#[derive(Clone, Copy)]
enum Worded {
    /// The actual says the opposite of its target (`否` for `是`): the lowest band, as the
    /// words 未达成 would (tester s12 S2).
    No,
    /// The actual is worded like its target: the top band.
    Like,
    /// The actual's band (the one given) is at least as high as its target's words' band
    /// (`有效提升` answering `有所提升`): the top band.
    Reaches,
    /// A deadline answered with a word for done on time in no band (`按期`, `如期`;
    /// [`deadline_claim`]): the top band.
    OnTime,
}

/// A deadline answered `按期` (`done`) or `未按期`: the top or the lowest band. A target date
/// says so in `score_words` (`finding-qualitative-actual-deadline`); a worded one
/// (`每月15日前`) is said here.
fn scored_as_claimed(
    cx: &mut Context,
    ind: &Indicator,
    text: &str,
    (done, words): (bool, Option<String>),
    row: (Decimal, Fraction),
    trace: &mut Vec<Step>,
) -> (Decimal, Method) {
    // A sentence read as done says which of its words were read (and that none negates them).
    if let Some(words) = words {
        cx.step(trace, None, &[&ind.actual.0], || {
            msg!("trace-claim-sentence", actual = text, words = words)
        });
    }
    if !matches!(ind.target.1, Value::Quantity(_)) {
        let target = &ind.target.0.text;
        let message = msg!("finding-deadline-claimed", target = target, actual = text);
        cx.finding(codes::QUALITATIVE_ACTUAL, message, &ind.actual.0);
    }
    let worded = if done { Worded::OnTime } else { Worded::No };
    scored_as_worded(cx, ind, worded, None, row, trace)
}

/// A deadline's actual worded as done or not done (`value::claim`: `按期`, `按时`, `如期`,
/// `按期完成`; `未按期`, `逾期`): whether the deadline was kept (tester s15f F-B2: `按期`
/// answering `每月15日前` was "in no band" and scored 0 with no self-score). A deadline is a
/// target date, a time limit (`3个月内`) or any target of a 时效指标 line (`每月15日前`, which
/// is no one date). None on other lines or when the words claim neither.
/// A short sentence (`已按期发放`, `每月15日前发放到位`) is read as a person reads it
/// (`value::claim_in_sentence`, tester s15r N3): done when it is made only of completion words
/// and their surroundings; the words it was read by come with it for the trace.
fn deadline_claim(ind: &Indicator, text: &str) -> Option<(bool, Option<String>)> {
    let time = |t: &Quantity| units::lookup(&t.unit).is_some_and(|(family, ..)| family == "time");
    let date = matches!(&ind.target.1, Value::Quantity(t) if t.is_date() || time(t))
        || ind.level2.text.contains("时效");
    if !date {
        return None;
    }
    match crate::value::claim_in_sentence(text, &ind.target.0.text) {
        (Claim::Done, words) => Some((true, words)),
        (Claim::NotDone, words) => Some((false, words)),
        _ => None,
    }
}

/// Scores a line as the band its wording against its target gives ([`Worded`]), with the
/// step that says why; the self-score is kept when the rules have no bands.
fn scored_as_worded(
    cx: &mut Context,
    ind: &Indicator,
    worded: Worded,
    actual_band: Option<&Band>,
    (points, reported_fraction): (Decimal, Fraction),
    trace: &mut Vec<Step>,
) -> (Decimal, Method) {
    let bands = cx.rules.qualitative.bands.iter();
    let band = match worded {
        Worded::No => bands.min_by_key(|b| b.score_at),
        Worded::Like | Worded::Reaches | Worded::OnTime => bands.max_by_key(|b| b.score_at),
    };
    let Some(band) = band else {
        return kept(cx, ind, points, reported_fraction, trace);
    };
    let (actual, target) = (&ind.actual.0.text, &ind.target.0.text);
    cx.step(
        trace,
        None,
        &[&ind.target.0, &ind.actual.0],
        || match worded {
            Worded::No => msg!(
                "trace-answers-no",
                actual = actual,
                target = target,
                band = &band.label
            ),
            Worded::Like => msg!(
                "trace-worded-like-target",
                actual = actual,
                band = &band.label
            ),
            Worded::OnTime => msg!(
                "trace-deadline-claimed",
                actual = actual,
                target = target,
                band = &band.label
            ),
            Worded::Reaches => msg!(
                "trace-reaches-target-band",
                actual = actual,
                target = target,
                band = actual_band.map_or("", |b| b.label.as_str()),
                top = &band.label
            ),
        },
    );
    band_score(cx, ind, band, points, reported_fraction, trace)
}

/// True when the target's own words are a band's (`有所提升`) and the actual's band is not
/// below it: the actual is as strong as the target asked.
fn reaches_target_band(rules: &RuleSet, ind: &Indicator, band: &Band) -> bool {
    let Value::Qualitative { text } = &ind.target.1 else {
        return false;
    };
    match_band(rules, text).is_some_and(|asked| band.score_at >= asked.score_at)
}

/// The band the actual `text` says ([`match_band`]); matched across a line break or spaces
/// inside it (a cell broken over two lines in copied text, #15 F12), with a trace step so the
/// reading is visible.
fn spaced_band<'r>(
    cx: &mut Context<'r>,
    ind: &Indicator,
    text: &str,
    trace: &mut Vec<Step>,
) -> Option<&'r Band> {
    let band = match_band(cx.rules, text)?;
    if text.trim().contains(char::is_whitespace) {
        cx.step(trace, None, &[&ind.actual.0], || {
            crate::i18n::msg!(
                "trace-spaced-band",
                actual = text.escape_debug().to_string(),
                band = &band.label
            )
        });
    }
    Some(band)
}

/// The band whose label or alias `text` says, whitespace and line breaks inside it set aside
/// ([`value::same_words`]).
pub(crate) fn match_band<'r>(rules: &'r RuleSet, text: &str) -> Option<&'r Band> {
    let t = text.trim().trim_end_matches(['。', '.']);
    let bands = &rules.qualitative.bands;
    bands
        .iter()
        .find(|b| b.label == t || b.aliases.iter().any(|a| a == t))
        .or_else(|| {
            bands.iter().find(|b| {
                crate::value::same_words(&b.label, t)
                    || b.aliases.iter().any(|a| crate::value::same_words(a, t))
            })
        })
}

fn band_score(
    cx: &mut Context,
    ind: &Indicator,
    band: &Band,
    points: Decimal,
    reported_fraction: Fraction,
    trace: &mut Vec<Step>,
) -> (Decimal, Method) {
    if cx.rules.qualitative.accept_reported_in_band
        && let Some(f) = reported_fraction.get()
        && band.contains(f)
        && let Some(s) = points.checked_mul(f)
    {
        cx.step(
            trace,
            Some(&band.rule),
            &[&ind.actual.0, &ind.score.0],
            || match reported_fraction.rescaled(points) {
                Some((reported, from)) => msg!(
                    "trace-band-accepted-rescaled",
                    actual = &ind.actual.0.text,
                    band = &band.label,
                    range = band.range_text(),
                    reported = fmt(reported),
                    from = fmt(from),
                    to = fmt(points),
                    score = fmt(s)
                ),
                None => msg!(
                    "trace-band-accepted",
                    actual = &ind.actual.0.text,
                    band = &band.label,
                    range = band.range_text(),
                    score = fmt(s)
                ),
            },
        );
        return (s, Method::Band);
    }
    let s = points * band.score_at;
    // A self-score the rules would accept inside the band but that lies outside it: the trace
    // says so, since that is what the department will dispute (tester s13 T9).
    let outside = reported_fraction
        .get()
        .filter(|_| cx.rules.qualitative.accept_reported_in_band);
    let inputs: &[&Cell] = match outside {
        Some(_) => &[&ind.actual.0, &ind.score.0],
        None => &[&ind.actual.0],
    };
    cx.step(trace, Some(&band.rule), inputs, || {
        let percent = fmt(band.score_at * Decimal::ONE_HUNDRED);
        match outside {
            Some(f) => msg!(
                "trace-band-outside",
                actual = &ind.actual.0.text,
                band = &band.label,
                range = band.range_text(),
                reported = fmt(points * f),
                reported_percent = fmt(f * Decimal::ONE_HUNDRED),
                percent = percent,
                points = fmt(points),
                score = fmt(s)
            ),
            None => msg!(
                "trace-band",
                actual = &ind.actual.0.text,
                band = &band.label,
                range = band.range_text(),
                percent = percent,
                points = fmt(points),
                score = fmt(s)
            ),
        }
    });
    (s, Method::Band)
}

/// The target and the actual in one unit (issue #18 item 6, issue #15 item 3): the actual
/// converted by the unit table or read in the target's unit and multiplier — or, for a bare
/// fraction target against a share (`≥0.9` vs `85%`, tester s24 A1), the target read in the
/// actual's unit (90 %) — the conversion said in the trace (and as a `unit-assumed` finding
/// when it changes the number, `unit-guessed` when it rests on the numbers' size). `None`
/// when the units cannot be compared: a `unit-mismatch` (or `absurd-value`) finding was
/// raised.
fn aligned_actual<'t>(
    cx: &mut Context,
    ind: &Indicator,
    t: &'t Quantity,
    a: &Quantity,
    trace: &mut Vec<Step>,
) -> Option<(Cow<'t, Quantity>, Quantity)> {
    let rate = units::is_rate(ind.bare_name());
    let (value, how) = match units::align(t, a, rate) {
        Aligned::Same => return Some((Cow::Borrowed(t), a.clone())),
        Aligned::Converted { value, how } => (value, how),
        Aligned::Implausible { value, times } => {
            let message = msg!(
                "finding-unit-implausible",
                actual = &ind.actual.0.text,
                target = &ind.target.0.text,
                as_target = in_unit(value, t.scale, &t.unit),
                times = fmt(times)
            );
            cx.finding(codes::ABSURD_VALUE, message, &ind.actual.0);
            return None;
        }
        Aligned::Mismatch => {
            cx.finding(
                codes::UNIT_MISMATCH,
                unit_mismatch_message(ind),
                &ind.actual.0,
            );
            return None;
        }
        Aligned::TooLarge => {
            cx.finding(
                codes::ABSURD_VALUE,
                msg!(
                    "finding-unit-too-large",
                    actual = &ind.actual.0.text,
                    target = &ind.target.0.text
                ),
                &ind.actual.0,
            );
            return None;
        }
    };
    let note = || conversion_note(ind, t, a, value, &how);
    // A conversion of the target is said on the target's cell.
    let at = match how.target_per() {
        Some(_) => &ind.target.0,
        None => &ind.actual.0,
    };
    if how.is_guess() {
        cx.finding(codes::UNIT_GUESSED, note(), at);
    } else if how.changes_number() {
        cx.finding(codes::UNIT_ASSUMED, note(), at);
    }
    cx.step(trace, None, &[&ind.target.0, &ind.actual.0], note);
    if let Some(per) = how.target_per() {
        let target = target_in_share(t, per, &a.unit)?;
        return Some((Cow::Owned(target), a.clone()));
    }
    Some((
        Cow::Borrowed(t),
        Quantity {
            value,
            unit: t.unit.clone(),
            scale: t.scale,
            ..a.clone()
        },
    ))
}

/// A bare fraction target read in its actual's share unit (`≥0.9` → `≥90%`): both ends
/// times `per`, the comparator kept.
fn target_in_share(t: &Quantity, per: Decimal, unit: &str) -> Option<Quantity> {
    Some(Quantity {
        value: t.value.checked_mul(per)?.normalize(),
        upper: match t.upper {
            Some(u) => Some(u.checked_mul(per)?.normalize()),
            None => None,
        },
        unit: unit.to_owned(),
        ..t.clone()
    })
}

fn unit_mismatch_message(ind: &Indicator) -> Message {
    msg!(
        "finding-unit-mismatch",
        target = &ind.target.0.text,
        actual = &ind.actual.0.text
    )
}

/// `value` (in the unit's base) shown in the multiplier `scale`: 4620000000 元 in 万 is
/// `462000 万元`.
fn in_unit(value: Decimal, scale: Decimal, unit: &str) -> String {
    let shown = value.checked_div(scale).unwrap_or(value);
    format!("{} {}{unit}", fmt(shown), units::multiplier_name(scale))
}

fn conversion_note(
    ind: &Indicator,
    t: &Quantity,
    a: &Quantity,
    value: Decimal,
    how: &Conversion,
) -> Message {
    let (actual, target) = (&ind.actual.0.text, &ind.target.0.text);
    let unit = &t.unit;
    let shown = fmt(value);
    match how {
        Conversion::SmallerMultiplier { scale, set_aside } => msg!(
            "finding-unit-smaller",
            actual = actual,
            target = target,
            as_target = in_unit(*set_aside, t.scale, unit),
            times = fmt(set_aside
                .checked_div(t.value)
                .unwrap_or_default()
                .round_dp(0)),
            as_read = in_unit(a.value * *scale, *scale, unit)
        ),
        Conversion::TargetUnit { scale } if *scale != Decimal::ONE => msg!(
            "finding-unit-scaled",
            actual = actual,
            target = target,
            value = shown,
            unit = unit
        ),
        Conversion::TargetUnit { .. } => {
            msg!(
                "finding-unit-target",
                actual = actual,
                target = target,
                unit = unit
            )
        }
        Conversion::Fraction => msg!(
            "finding-unit-fraction",
            actual = actual,
            value = shown,
            unit = unit
        ),
        Conversion::RateFraction => msg!(
            "finding-unit-rate-fraction",
            actual = actual,
            target = target,
            value = shown
        ),
        Conversion::Table => msg!(
            "finding-unit-converted",
            actual = actual,
            target = target,
            value = shown,
            unit = unit
        ),
        Conversion::TargetFraction { per } => msg!(
            "finding-unit-target-fraction",
            actual = actual,
            target = target,
            value = fmt(t.value.saturating_mul(*per)),
            unit = &a.unit
        ),
        Conversion::RateTargetFraction => msg!(
            "finding-unit-rate-target-fraction",
            actual = actual,
            target = target,
            value = fmt(t.value.saturating_mul(Decimal::ONE_HUNDRED))
        ),
        Conversion::FarBelowShare => msg!(
            "finding-unit-far-below",
            actual = actual,
            target = target,
            value = shown,
            tenfold = fmt(value.saturating_mul(Decimal::TEN))
        ),
    }
}

/// Why a quantitative indicator has its direction: shown in traces only, so it is formatted
/// only when a trace asks for it.
#[derive(Clone, Copy)]
enum Why<'a> {
    /// The 指标性质 column holds a comparator (`≥`) as a quantity.
    NatureComparator(Comparator),
    /// The 指标性质 column says it in words (`正向`).
    NatureText(&'a str),
    /// The target's own comparator.
    Comparator(Comparator),
    /// A bare target under a level 2 the rules name.
    BareUnder(&'a str, Direction, &'a RuleRef),
    /// A bare target under a level 2 the rules name, of an indicator whose name holds one of
    /// the rule's `except_names`: the rules' default.
    BareExcepted(&'a str, &'a BareByLevel2, Direction),
    /// A bare target of an indicator whose name holds a word of a `bare_target_by_name` rule.
    BareName(&'a str, Direction, &'a RuleRef),
    /// A bare target: the rules' default.
    Bare(Direction),
    /// A script chose the direction.
    Script(&'a str),
    /// `[quantitative] zero_target`: a target of 0 is a ceiling.
    ZeroTarget,
    /// A range target (`8000-9000人`) with no direction stated: met from its lower end up, or
    /// (reverse, `true`) at or below its upper end.
    Range(bool),
}

impl Why<'_> {
    /// Why, in words, for the step that scores the indicator.
    fn message(&self) -> Message {
        match self {
            Why::NatureComparator(c) => msg!("trace-why-nature", nature = c.symbol()),
            Why::NatureText(t) => msg!("trace-why-nature", nature = *t),
            Why::Comparator(c) => msg!("trace-why-comparator", comparator = c.symbol()),
            Why::BareUnder(name, d, rule) => msg!(
                "trace-why-bare-under",
                level2 = *name,
                direction = words::direction(*d),
                key = words::rule_key(&rule.key)
            ),
            Why::BareExcepted(word, rule, d) => msg!(
                "trace-why-bare-excepted",
                word = *word,
                level2 = &rule.level2,
                key = words::rule_key(&rule.rule.key),
                direction = words::direction(*d)
            ),
            Why::BareName(word, d, rule) => msg!(
                "trace-why-bare-name",
                word = *word,
                direction = words::direction(*d),
                key = words::rule_key(&rule.key)
            ),
            Why::Bare(d) => msg!("trace-why-bare", direction = words::direction(*d)),
            Why::Script(file) => msg!("trace-why-script", file = *file),
            Why::ZeroTarget => msg!("trace-why-zero-target"),
            Why::Range(false) => msg!("trace-why-range-lower"),
            Why::Range(true) => msg!("trace-why-range-upper"),
        }
    }
}

/// `met` / `not met` in words.
fn verdict(ok: bool) -> Message {
    if ok {
        msg!("trace-met")
    } else {
        msg!("trace-not-met")
    }
}

/// The direction of a quantitative indicator, why, and the bare-target rule that decided it
/// (none when the form or the target's comparator says).
fn direction_of<'r>(
    cx: &Context<'r>,
    ind: &'r Indicator,
    t: &Quantity,
) -> (Direction, Why<'r>, Option<&'r RuleRef>) {
    let from_cmp = |c: Comparator| match c {
        Comparator::Ge | Comparator::Gt => Direction::Positive,
        Comparator::Le | Comparator::Lt => Direction::Reverse,
        Comparator::Eq => Direction::Equal,
    };
    if let Some((_, Value::Quantity(q))) = &ind.nature
        && let Some(c) = q.comparator
    {
        return (from_cmp(c), Why::NatureComparator(c), None);
    }
    // A bare operator (`≤`) is not a quantity: the value parser calls it unreadable, but in the
    // 指标性质 column it is exactly the direction.
    if let Some((cell, Value::Qualitative { .. } | Value::Unreadable { .. })) = &ind.nature {
        // The sign as the value parser reads it (`≧`, `＝`, `═`, `﹦` too), or the words.
        let d = match crate::value::comparator_sign(&cell.text) {
            Some(c) => Some(from_cmp(c)),
            None => match cell.text.trim() {
                "正向" => Some(Direction::Positive),
                "反向" => Some(Direction::Reverse),
                _ => None,
            },
        };
        if let Some(d) = d {
            return (d, Why::NatureText(&cell.text), None);
        }
    }
    if let Some(c) = t.comparator {
        return (from_cmp(c), Why::Comparator(c), None);
    }
    bare_direction(cx, ind, t)
}

/// The direction of a target the form gives none for: by the indicator's name
/// (`bare_target_by_name`), by its level 2 (`bare_target_by_level2`) or the rules' default.
fn bare_direction<'r>(
    cx: &Context<'r>,
    ind: &'r Indicator,
    t: &Quantity,
) -> (Direction, Why<'r>, Option<&'r RuleRef>) {
    let q = &cx.rules.quantitative;
    let by_name = q
        .bare_target_by_name
        .iter()
        .find_map(|b| b.word_in(&ind.level3.text).map(|w| (w, b)));
    if let Some((word, b)) = by_name {
        // A range too: reverse, it is met at or below its upper end (`range_end`).
        return (
            b.direction,
            Why::BareName(word, b.direction, &b.rule),
            Some(&b.rule),
        );
    }
    let l2 = ind.level2.text.trim();
    if t.upper.is_some() {
        // A range states no direction: reverse where the rules make bare targets under this
        // level 2 reverse (a cost ceiling, `80-100万元`) and do not except its name, else met
        // from its lower end up.
        let reverse = q.bare_target_by_level2.iter().any(|b| {
            b.is_under(l2)
                && b.direction == Direction::Reverse
                && b.exception(&ind.level3.text).is_none()
        });
        return (
            if reverse {
                Direction::Reverse
            } else {
                Direction::Positive
            },
            Why::Range(reverse),
            None,
        );
    }
    if let Some(b) = q.bare_target_by_level2.iter().find(|b| b.is_under(l2)) {
        return match b.exception(&ind.level3.text) {
            // `成本节约率 5%` under 成本指标: a saving to reach, not a ceiling.
            Some(word) => (
                q.bare_target.0,
                Why::BareExcepted(word, b, q.bare_target.0),
                Some(&b.rule),
            ),
            None => (
                b.direction,
                Why::BareUnder(&b.level2, b.direction, &b.rule),
                Some(&b.rule),
            ),
        };
    }
    (
        q.bare_target.0,
        Why::Bare(q.bare_target.0),
        Some(&q.bare_target.1),
    )
}

/// The formula an indicator is scored with: the rule set's for its direction, or one a
/// script chose.
struct FormulaRef<'a> {
    kind: FormulaKind,
    rule: &'a RuleRef,
}

/// A date or deadline (`2023年11月底前` against `2023年11月`): met when the actual month is
/// not after the target's (or equals it under `=`), full points then, 0 otherwise — a ratio of
/// two dates means nothing. A side written without its year takes the form's (tester s12 S1);
/// a pair that still cannot be told in time or late keeps the self-score, unreviewed.
fn deadline(
    cx: &mut Context,
    ind: &Indicator,
    t: &Quantity,
    a: &Quantity,
    (points, reported_fraction): (Decimal, Fraction),
    trace: &mut Vec<Step>,
) -> (Decimal, Method) {
    let row = (points, reported_fraction);
    if let Some(why) = october_doubt(cx, ind, t, a) {
        return undecided(cx, ind, why, row, trace);
    }
    let pair = crate::value::comparable_dates(t, a, super::form::form_year(cx.case));
    let pair = match pair {
        Ok(pair) => pair,
        Err(DateDoubt::NotDates) => {
            cx.finding(
                codes::UNIT_MISMATCH,
                msg!(
                    "finding-dates-mismatch",
                    target = &ind.target.0.text,
                    actual = &ind.actual.0.text
                ),
                &ind.actual.0,
            );
            return (Decimal::ZERO, Method::AllOrNothing);
        }
        Err(doubt) => return undecided(cx, ind, date_doubt(doubt), row, trace),
    };
    let at_month = pair.at_month;
    say_form_year(cx, ind, &pair);
    let ok = on_time(t, &pair);
    let score = if ok { points } else { Decimal::ZERO };
    for cell in [&ind.target.0, &ind.actual.0] {
        if let Some((date, time)) = crate::value::date_time(&cell.text) {
            cx.step(trace, None, &[cell], || {
                msg!(
                    "trace-date-time",
                    text = &cell.text,
                    date = date,
                    time = time
                )
            });
        }
    }
    let rule = cx.rules.quantitative.deadline.as_ref();
    cx.step(trace, rule, &[&ind.target.0, &ind.actual.0], || {
        msg!(
            "trace-deadline",
            target = &ind.target.0.text,
            actual = &ind.actual.0.text,
            at_month = at_month.then(|| msg!("trace-deadline-at-month")),
            form_year = pair
                .year_from_form
                .map(|y| msg!("trace-deadline-form-year", year = y.to_string())),
            verdict = if ok {
                msg!("trace-deadline-met")
            } else {
                msg!("trace-deadline-late")
            },
            score = fmt(score)
        )
    });
    (score, Method::AllOrNothing)
}

/// A deadline that cannot be told met or late (`why`) keeps the self-score, unreviewed.
fn undecided(
    cx: &mut Context,
    ind: &Indicator,
    why: Message,
    row: (Decimal, Fraction),
    trace: &mut Vec<Step>,
) -> (Decimal, Method) {
    let (target, actual) = (&ind.target.0.text, &ind.actual.0.text);
    let said = |reported: Option<Decimal>| match reported {
        Some(r) => msg!(
            "finding-dates-undecided",
            target = target,
            actual = actual,
            why = why.clone(),
            score = fmt(r)
        ),
        None => msg!(
            "finding-dates-undecided-none",
            target = target,
            actual = actual,
            why = why.clone()
        ),
    };
    let (code, at) = (codes::UNIT_MISMATCH, &ind.actual.0);
    kept_saying(cx, ind, row, trace, (code, at), said)
}

/// A date written without its year read in the form's year is a guess that decides a score
/// (`12月底前` on a 2023 form is 2023年12月底前): said on that cell, as a unit taken from the
/// target is (tester s12 S1).
fn say_form_year(cx: &mut Context, ind: &Indicator, pair: &crate::value::DatePair) {
    let Some(year) = pair.year_from_form else {
        return;
    };
    let year = year.to_string();
    let (message, cell) = match pair.target_without_year {
        true => {
            let text = &ind.target.0.text;
            let m = msg!("finding-date-form-year-target", text = text, year = year);
            (m, &ind.target.0)
        }
        false => {
            let text = &ind.actual.0.text;
            let m = msg!("finding-date-form-year-actual", text = text, year = year);
            (m, &ind.actual.0)
        }
    };
    cx.finding(codes::UNIT_ASSUMED, message, cell);
}

/// Why a target date and an actual date cannot be told in time or late, as words.
fn date_doubt(doubt: DateDoubt) -> Message {
    match doubt {
        DateDoubt::NotDates => msg!("date-doubt-not-dates"),
        DateDoubt::NoYear => msg!("date-doubt-no-year"),
        DateDoubt::SameMonth => msg!("date-doubt-same-month"),
    }
}

/// For a form with no points at all (a template without 分值/得分): whether the indicator met
/// its target, as [`Method::Met`], [`Method::NotMet`] or [`Method::Unjudged`] (or
/// [`Method::Missing`] with no actual), with a trace step saying why.
fn judge_met(cx: &mut Context, ind: &Indicator, trace: &mut Vec<Step>) -> Method {
    let (target, actual) = (&ind.target.0.text, &ind.actual.0.text);
    let top = cx.rules.qualitative.bands.iter().map(|b| b.score_at).max();
    let read = actual_read(cx, ind, trace);
    let (method, why) = match (&ind.target.1, read.as_ref()) {
        (_, Value::Blank) => (Method::Missing, msg!("trace-pointless-no-actual")),
        (Value::Quantity(t), Value::Quantity(a)) if t.is_date() || a.is_date() => {
            judged_deadline(cx, ind, t, a)
        }
        (Value::Quantity(t), Value::Quantity(_)) if impossible_share(cx, ind, t) => {
            (Method::Unjudged, msg!("trace-pointless-impossible"))
        }
        (Value::Quantity(t), Value::Quantity(a)) => {
            let (mut direction, mut why, bare_rule) = direction_of(cx, ind, t);
            // As in scoring: `zero_target` makes a target of 0 not written "≥" a ceiling, so
            // `0起` answered `2起` is not met.
            if zero_target(cx.rules, t)
                .is_some_and(|_| direction != Direction::Positive || bare_rule.is_some())
            {
                (direction, why) = (Direction::Reverse, Why::ZeroTarget);
            }
            // A bare 0 read positive by default is reached by anything: not judged (as in
            // scoring, tester s17r R6).
            let bare_zero = direction == Direction::Positive
                && matches!(why, Why::Bare(_) | Why::BareExcepted(..))
                && t.value.is_zero()
                && a.value > Decimal::ZERO;
            let ok = met(direction, t.comparator, range_end(t, direction), a.value);
            if bare_zero {
                (Method::Unjudged, msg!("trace-pointless-zero-bare"))
            } else {
                (
                    if ok { Method::Met } else { Method::NotMet },
                    msg!(
                        "trace-pointless-compared",
                        actual = fmt(a.value),
                        direction = words::direction(direction),
                        target = fmt(t.value),
                        why = why.message(),
                        verdict = verdict(ok)
                    ),
                )
            }
        }
        (_, Value::Qualitative { text }) if answers_no(ind, text) => {
            (Method::NotMet, msg!("trace-pointless-answers-no"))
        }
        (_, Value::Qualitative { text }) if worded_like_target(ind, text) => {
            (Method::Met, msg!("trace-pointless-worded"))
        }
        (_, Value::Qualitative { text }) => match match_band(cx.rules, text) {
            Some(band) => {
                let ok = Some(band.score_at) == top || reaches_target_band(cx.rules, ind, band);
                (
                    if ok { Method::Met } else { Method::NotMet },
                    msg!(
                        "trace-pointless-band",
                        band = &band.label,
                        verdict = verdict(ok)
                    ),
                )
            }
            None => match deadline_claim(ind, text) {
                Some((true, _)) => (Method::Met, msg!("trace-pointless-worded")),
                Some((false, _)) => (Method::NotMet, msg!("trace-pointless-answers-no")),
                None => (Method::Unjudged, msg!("trace-pointless-unmatched")),
            },
        },
        _ => (Method::Unjudged, msg!("trace-pointless-incomparable")),
    };
    cx.step(trace, None, &[&ind.target.0, &ind.actual.0], || {
        msg!(
            "trace-pointless",
            target = target,
            actual = actual,
            why = why
        )
    });
    method
}

/// On a form with no points, a date or deadline judged as scoring's `deadline` judges it (tester
/// s12 S1: `12月底前` against `2020年11月` compared 202011 with 12).
fn judged_deadline(
    cx: &mut Context,
    ind: &Indicator,
    t: &Quantity,
    a: &Quantity,
) -> (Method, Message) {
    // The same judgement as scoring's `deadline` (tester s12 S1: `12月底前` against
    // `2020年11月` compared 202011 with 12).
    if let Some(why) = october_doubt(cx, ind, t, a) {
        return (
            Method::Unjudged,
            msg!("trace-pointless-deadline-undecided", why = why),
        );
    }
    match crate::value::comparable_dates(t, a, super::form::form_year(cx.case)) {
        Ok(pair) => {
            say_form_year(cx, ind, &pair);
            let ok = on_time(t, &pair);
            let word = if ok {
                msg!("trace-deadline-met")
            } else {
                msg!("trace-deadline-late")
            };
            let form_year = pair
                .year_from_form
                .map(|y| msg!("trace-deadline-form-year", year = y.to_string()));
            (
                if ok { Method::Met } else { Method::NotMet },
                msg!(
                    "trace-pointless-deadline",
                    verdict = word,
                    form_year = form_year
                ),
            )
        }
        Err(doubt) => (
            Method::Unjudged,
            msg!(
                "trace-pointless-deadline-undecided",
                why = date_doubt(doubt)
            ),
        ),
    }
}

/// The number a target is compared with: its value, or for a range (`8000-9000人`) the end
/// the direction meets — the lower end for a positive or equal indicator, the upper end for a
/// reverse one.
fn range_end(t: &Quantity, direction: Direction) -> Decimal {
    match (t.upper, direction) {
        (Some(upper), Direction::Reverse) => upper,
        _ => t.value,
    }
}

fn met(direction: Direction, cmp: Option<Comparator>, t: Decimal, a: Decimal) -> bool {
    match (direction, cmp) {
        (Direction::Positive, Some(Comparator::Gt)) => a > t,
        (Direction::Positive, _) => a >= t,
        (Direction::Reverse, Some(Comparator::Lt)) => a < t,
        (Direction::Reverse, _) => a <= t,
        (Direction::Equal, _) => a == t,
    }
}

/// An applicable indicator as scoring reads it: the row, the points it carries and the
/// reported score as a fraction of its group's points.
#[derive(Clone, Copy)]
struct Row<'a> {
    ind: &'a Indicator,
    points: Decimal,
    reported: Fraction,
}

/// A quantitative indicator ready for its formula: the numbers compared (the actual in the
/// target's unit, a negative one counted as 0), the direction and why, the formula with its
/// rule, whether the target was met, and the method the score reports.
struct Quant<'a> {
    ind: &'a Indicator,
    unit: &'a str,
    direction: Direction,
    why: Why<'a>,
    formula: FormulaRef<'a>,
    tv: Decimal,
    av: Decimal,
    points: Decimal,
    is_met: bool,
    method: Method,
}

impl<'a> Quant<'a> {
    /// The cells every formula step names: target and actual.
    fn inputs(&self) -> [&'a Cell; 2] {
        [&self.ind.target.0, &self.ind.actual.0]
    }

    /// Full points, with a step saying why (`how`).
    fn full(&self, cx: &Context, trace: &mut Vec<Step>, how: Message) -> (Decimal, Method) {
        cx.step(trace, Some(self.formula.rule), &self.inputs(), || {
            msg!(
                "trace-full",
                direction = words::direction(self.direction),
                formula = words::formula(self.formula.kind),
                why = self.why.message(),
                target = fmt(self.tv),
                actual = fmt(self.av),
                how = how,
                points = fmt(self.points)
            )
        });
        (self.points, self.method)
    }

    /// 0 points: the formula divides by zero (`what` says how), a finding on the target.
    fn division_by_zero(
        &self,
        cx: &mut Context,
        trace: &mut Vec<Step>,
        what: Message,
    ) -> (Decimal, Method) {
        cx.finding(codes::DIVISION_BY_ZERO, what.clone(), &self.ind.target.0);
        cx.step(trace, Some(self.formula.rule), &self.inputs(), || {
            msg!("finding-division-by-zero-step", what = what)
        });
        (Decimal::ZERO, self.method)
    }

    /// 0 points: points × num / den overflows, a finding on the actual.
    fn overflow(&self, cx: &mut Context, num: Decimal, den: Decimal) -> (Decimal, Method) {
        cx.finding(
            codes::ABSURD_VALUE,
            msg!(
                "finding-formula-overflow",
                points = fmt(self.points),
                num = fmt(num),
                den = fmt(den)
            ),
            &self.ind.actual.0,
        );
        (Decimal::ZERO, self.method)
    }
}

/// A numeric target and actual, scored by the formula for the indicator's direction (or the
/// one a script chose, `forced`); unrounded and uncapped.
fn quantitative(
    cx: &mut Context,
    row: Row,
    t: &Quantity,
    a: &Quantity,
    trace: &mut Vec<Step>,
    forced: Option<Forced<'_>>,
) -> (Decimal, Method) {
    let Row {
        ind,
        points,
        reported,
    } = row;
    let Some((t, a)) = aligned_actual(cx, ind, t, a, trace) else {
        return kept(cx, ind, points, reported, trace);
    };
    let t = &*t;
    let (mut direction, mut why, bare_rule) = direction_of(cx, ind, t);
    // The default for a target with no comparator, said unless a script or `zero_target`
    // decides the direction below (tester s11 F13: "默认为正向" stood between two steps
    // saying the script made it 反向).
    let bare_why = bare_rule.map(|_| why);
    let rules = cx.rules;
    let formula = match forced {
        Some((kind, forced_direction, rule)) => {
            if let Some(d) = forced_direction {
                direction = d;
                why = Why::Script(&rule.file);
            }
            FormulaRef { kind, rule }
        }
        // Only a positive direction the form states (`≥`, 正向) keeps a target of 0 positive.
        None => match zero_target(rules, t)
            .filter(|_| direction != Direction::Positive || bare_rule.is_some())
        {
            Some(rule) => {
                direction = Direction::Reverse;
                why = Why::ZeroTarget;
                FormulaRef {
                    kind: FormulaKind::AllOrNothing,
                    rule,
                }
            }
            None => {
                let f = rules.quantitative.formula(direction);
                FormulaRef {
                    kind: f.kind,
                    rule: &f.rule,
                }
            }
        },
    };
    let decided_below = matches!(why, Why::Script(_) | Why::ZeroTarget);
    if let Some(bare) = bare_why.filter(|_| !decided_below) {
        if let Why::BareName(word, d, _) = bare {
            cx.finding(
                codes::DIRECTION_BY_NAME,
                msg!(
                    "finding-direction-by-name",
                    name = &ind.level3.text,
                    target = &ind.target.0.text,
                    word = word,
                    direction = words::direction(d)
                ),
                &ind.target.0,
            );
        }
        cx.step(trace, bare_rule, &[&ind.target.0], || {
            msg!(
                "trace-no-comparator",
                target = &ind.target.0.text,
                why = bare.message()
            )
        });
    }
    let tv = range_end(t, direction);
    let av = non_negative(cx, ind, tv, a.value, trace);
    let method = match formula.kind {
        FormulaKind::Ratio => Method::Ratio,
        FormulaKind::AllOrNothing => Method::AllOrNothing,
        FormulaKind::MetOrRatio if tv.is_zero() => Method::AllOrNothing,
        FormulaKind::MetOrRatio => Method::Ratio,
        FormulaKind::PerPoint { .. } => Method::PerPoint,
        FormulaKind::LinearCut { .. } => Method::LinearCut,
    };
    let q = Quant {
        ind,
        unit: &t.unit,
        direction,
        why,
        is_met: met(direction, t.comparator, tv, av),
        formula,
        tv,
        av,
        points,
        method,
    };
    by_formula(cx, &q, trace)
}

/// `q` scored by its formula.
fn by_formula(cx: &mut Context, q: &Quant, trace: &mut Vec<Step>) -> (Decimal, Method) {
    // A target of 0 written with no comparator, read positive only by the rules' default for
    // bare targets: "at least 0" is met by anything, so `安全事故 0起` answered `2起` scored full
    // points (tester s17r R6). A count of 0 as a target means "none": without a `zero_target`
    // rule the engine does not guess which, it says so and scores 0, as for 0 / 0.
    if q.direction == Direction::Positive
        && matches!(q.why, Why::Bare(_) | Why::BareExcepted(..))
        && q.tv.is_zero()
        && q.av > Decimal::ZERO
    {
        return q.division_by_zero(
            cx,
            trace,
            msg!(
                "finding-zero-target-bare",
                target = &q.ind.target.0.text,
                actual = &q.ind.actual.0.text
            ),
        );
    }
    match q.formula.kind {
        FormulaKind::MetOrRatio => met_or_ratio(cx, q, trace),
        FormulaKind::PerPoint { deduct } => per_point(cx, q, deduct, trace),
        FormulaKind::AllOrNothing => all_or_nothing(cx, q, trace),
        FormulaKind::Ratio => ratio(cx, q, trace),
        FormulaKind::LinearCut { zero_at } => linear_cut(cx, q, zero_at, trace),
    }
}

/// A negative actual counted as 0: an `absurd-value`, except on a change on last year asked to
/// be at most 0 (`较上年增减` `≤0%`), where a fall is the achievement, not an absurd number; 0
/// compares with the target as it does, so it is only said in the trace (tester s15f F-L1).
fn non_negative(
    cx: &mut Context,
    ind: &Indicator,
    tv: Decimal,
    av: Decimal,
    trace: &mut Vec<Step>,
) -> Decimal {
    if !av.is_sign_negative() {
        return av;
    }
    let actual = &ind.actual.0.text;
    if tv.is_zero() && is_change(ind.bare_name()) {
        cx.step(trace, None, &[&ind.actual.0], || {
            msg!("trace-actual-fall", actual = actual)
        });
    } else {
        let message = msg!("finding-actual-negative", actual = actual);
        cx.finding(codes::ABSURD_VALUE, message, &ind.actual.0);
    }
    Decimal::ZERO
}

/// True for an indicator measuring a change (`窗口平均等候时间较上年增减`, `同比增长`), whose
/// actual may rightly be negative.
fn is_change(name: &str) -> bool {
    [
        "较上年",
        "增减",
        "同比",
        "环比",
        "增长",
        "增幅",
        "降幅",
        "变化",
    ]
    .iter()
    .any(|w| name.contains(w))
}

/// `met_or_ratio`: met → full points, else in proportion; a target of 0 all or nothing.
fn met_or_ratio(cx: &mut Context, q: &Quant, trace: &mut Vec<Step>) -> (Decimal, Method) {
    let (direction, tv, av, points, why) = (q.direction, q.tv, q.av, q.points, &q.why);
    // Reaching an "=" target meets it: only falling short is scored in proportion.
    let passed = !q.is_met && direction == Direction::Equal && !tv.is_zero() && av > tv;
    if passed {
        equal_exceeded(cx, q);
    }
    if q.is_met || passed {
        return q.full(cx, trace, msg!("trace-full-met"));
    }
    let (num, den, text) = match direction {
        Direction::Positive | Direction::Equal => (av, tv, msg!("trace-ratio-actual-target")),
        Direction::Reverse => (tv, av, msg!("trace-ratio-target-actual")),
    };
    // A target of 0 that is not met (`=0` answered `2`, `≤0` answered `1`): the
    // proportion has nothing to measure, so it is all or nothing.
    let s = if tv.is_zero() {
        Some(Decimal::ZERO)
    } else {
        points.checked_mul(num).and_then(|x| x.checked_div(den))
    };
    let Some(s) = s else {
        return q.overflow(cx, num, den);
    };
    cx.step(trace, Some(q.formula.rule), &q.inputs(), || {
        let (direction, formula) = (words::direction(direction), words::formula(q.formula.kind));
        if tv.is_zero() {
            msg!(
                "trace-met-or-ratio-zero",
                direction = direction,
                formula = formula,
                why = why.message(),
                actual = fmt(av)
            )
        } else {
            msg!(
                "trace-met-or-ratio",
                direction = direction,
                formula = formula,
                why = why.message(),
                ratio = text,
                points = fmt(points),
                num = fmt(num),
                den = fmt(den),
                score = fmt(s)
            )
        }
    });
    (s, q.method)
}

/// An "=" target passed, not hit (`﹦72890元` answered `75000元`), which `met_or_ratio` counts
/// as reached: the score stays the rule's, and a finding names the target, the actual and the
/// gap for review (tester s21 A4: "达成：10 分" with nothing said). The central rule "完成的记满分"
/// reads "=8个" answered "10个" as done, which holds for a count; for money it may be overspent,
/// which only a person can tell.
fn equal_exceeded(cx: &mut Context, q: &Quant) {
    let gap = q.av - q.tv;
    let share = gap
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|g| g.checked_div(q.tv))
        .map(|s| s.round_dp(2));
    let Some(share) = share else {
        return;
    };
    cx.finding(
        codes::EQUAL_EXCEEDED,
        msg!(
            "finding-equal-exceeded",
            target = &q.ind.target.0.text,
            actual = &q.ind.actual.0.text,
            tv = fmt(q.tv),
            av = fmt(q.av),
            gap = fmt(gap),
            share = fmt(share),
            unit = q.unit
        ),
        &q.ind.actual.0,
    );
}

/// `per_point`: full points when met, else `deduct` per percentage point missed, floor 0.
fn per_point(
    cx: &mut Context,
    q: &Quant,
    deduct: Decimal,
    trace: &mut Vec<Step>,
) -> (Decimal, Method) {
    let (tv, av, points) = (q.tv, q.av, q.points);
    if q.is_met {
        return q.full(cx, trace, msg!("trace-full-met"));
    }
    let Some(missed) = missed_points(tv, av, q.unit) else {
        return q.division_by_zero(
            cx,
            trace,
            msg!("finding-per-point-unmeasurable", target = fmt(tv)),
        );
    };
    let s = deduct
        .checked_mul(missed)
        .and_then(|d| points.checked_sub(d))
        .unwrap_or(Decimal::ZERO)
        .max(Decimal::ZERO);
    cx.step(trace, Some(q.formula.rule), &q.inputs(), || {
        msg!(
            "trace-per-point",
            direction = words::direction(q.direction),
            formula = words::formula(q.formula.kind),
            why = q.why.message(),
            target = fmt(tv),
            actual = fmt(av),
            missed = fmt(missed),
            deduct = fmt(deduct),
            deducted = fmt(deduct.saturating_mul(missed)),
            points = fmt(points),
            score = fmt(s)
        )
    });
    (s, q.method)
}

/// `all_or_nothing`: full points when met, else 0.
fn all_or_nothing(cx: &mut Context, q: &Quant, trace: &mut Vec<Step>) -> (Decimal, Method) {
    if q.is_met {
        return q.full(cx, trace, msg!("trace-full-met"));
    }
    cx.step(trace, Some(q.formula.rule), &q.inputs(), || {
        msg!(
            "trace-all-or-nothing",
            direction = words::direction(q.direction),
            formula = words::formula(q.formula.kind),
            why = q.why.message(),
            target = fmt(q.tv),
            actual = fmt(q.av)
        )
    });
    (Decimal::ZERO, q.method)
}

/// `ratio`: actual / target (reverse: target / actual; equal: smaller / larger) × points.
fn ratio(cx: &mut Context, q: &Quant, trace: &mut Vec<Step>) -> (Decimal, Method) {
    let (direction, tv, av, points) = (q.direction, q.tv, q.av, q.points);
    // Multiply before dividing so exact halves survive to the rounding step.
    let (num, den, text) = match direction {
        Direction::Positive => (av, tv, msg!("trace-ratio-actual-target")),
        Direction::Reverse => (tv, av, msg!("trace-ratio-target-actual")),
        Direction::Equal => {
            if tv == av {
                return q.full(cx, trace, msg!("trace-full-equal"));
            }
            (tv.min(av), tv.max(av), msg!("trace-ratio-smaller-larger"))
        }
    };
    if den.is_zero() {
        // A positive target of 0 is met by any actual (negatives were counted as 0).
        if direction == Direction::Positive {
            return q.full(cx, trace, msg!("trace-full-zero-target"));
        }
        // 0 / 0 (`安全事件 ≤0起` answered `0起`): the formula cannot be computed and the
        // engine does not guess; rule sets decide with a script (zero_target.rhai).
        if num.is_zero() || direction == Direction::Equal {
            return q.division_by_zero(
                cx,
                trace,
                msg!(
                    "finding-ratio-zero-denominator",
                    direction = words::direction(direction),
                    formula = text,
                    num = fmt(num)
                ),
            );
        }
        return q.full(cx, trace, msg!("trace-full-zero-actual"));
    }
    let product = points.checked_mul(num);
    // A ratio of 1 or more scores the full points once capped: the quotient (to 28
    // places, then rounded) only shows in the trace, and a far-exceeded cut works on
    // the uncapped score, so only they need it.
    if num >= den && product.is_some() && !cx.options.trace && !cuts_far_exceeded(cx.rules) {
        return (points, q.method);
    }
    let Some(s) = product.and_then(|x| x.checked_div(den)) else {
        return q.overflow(cx, num, den);
    };
    cx.step(trace, Some(q.formula.rule), &q.inputs(), || {
        msg!(
            "trace-ratio",
            direction = words::direction(direction),
            formula = words::formula(q.formula.kind),
            why = q.why.message(),
            ratio = text,
            points = fmt(points),
            num = fmt(num),
            den = fmt(den),
            score = fmt(s)
        )
    });
    (s, q.method)
}

/// `linear_cut`: full points when met, falling linearly to 0 at `zero_at` × target.
fn linear_cut(
    cx: &mut Context,
    q: &Quant,
    zero_at: Decimal,
    trace: &mut Vec<Step>,
) -> (Decimal, Method) {
    let (direction, tv, av, points) = (q.direction, q.tv, q.av, q.points);
    if q.is_met {
        return q.full(cx, trace, msg!("trace-full-met"));
    }
    // Checked: targets and actuals may be as large as a Decimal holds.
    let parts = zero_at.checked_mul(tv).and_then(|z| match direction {
        Direction::Positive => Some((av.checked_sub(z)?, tv.checked_sub(z)?)),
        Direction::Reverse => Some((z.checked_sub(av)?, z.checked_sub(tv)?)),
        Direction::Equal => {
            let spread = (zero_at - Decimal::ONE).abs().checked_mul(tv)?;
            Some((spread.checked_sub(av.checked_sub(tv)?.abs())?, spread))
        }
    });
    let Some((num, den)) = parts else {
        cx.finding(
            codes::ABSURD_VALUE,
            msg!(
                "finding-linear-cut-overflow",
                target = fmt(tv),
                actual = fmt(av)
            ),
            &q.ind.actual.0,
        );
        return (Decimal::ZERO, q.method);
    };
    if den.is_zero() || den.is_sign_negative() {
        return q.division_by_zero(
            cx,
            trace,
            msg!(
                "finding-linear-cut-no-slope",
                target = fmt(tv),
                zero_at = fmt(zero_at)
            ),
        );
    }
    let s = points
        .checked_mul(num.max(Decimal::ZERO))
        .and_then(|x| x.checked_div(den))
        .unwrap_or(Decimal::ZERO);
    cx.step(trace, Some(q.formula.rule), &q.inputs(), || {
        msg!(
            "trace-linear-cut",
            direction = words::direction(direction),
            formula = words::formula(q.formula.kind),
            why = q.why.message(),
            target = fmt(tv),
            actual = fmt(av),
            zero_at = fmt(zero_at),
            points = fmt(points),
            num = fmt(num.max(Decimal::ZERO)),
            den = fmt(den),
            score = fmt(s)
        )
    });
    (s, q.method)
}

/// How far an actual misses its target, in percentage points: for a target in % the
/// difference itself, otherwise the difference as a percentage of the target (none for a
/// target of 0).
fn missed_points(target: Decimal, actual: Decimal, unit: &str) -> Option<Decimal> {
    let gap = actual.checked_sub(target)?.abs();
    if unit == "%" {
        return Some(gap);
    }
    gap.checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(target.abs())
}

/// `[quantitative] zero_target`: the rule that scores a target of 0 not written "≥" (`0起`,
/// `≤0`, `=0`) as a ceiling, when the rule set has one.
fn zero_target<'r>(rules: &'r RuleSet, t: &Quantity) -> Option<&'r RuleRef> {
    let rule = rules.quantitative.zero_target.as_ref()?;
    (t.value.is_zero()
        && t.upper.is_none()
        && !matches!(t.comparator, Some(Comparator::Ge | Comparator::Gt)))
    .then_some(rule)
}

/// Whether the rules cut the score of a target exceeded by far (a cut works on the uncapped
/// score).
fn cuts_far_exceeded(rules: &RuleSet) -> bool {
    matches!(
        rules.quantitative.far_exceeded,
        Some(crate::model::FarExceeded {
            action: crate::model::FarAction::Cut(_),
            ..
        })
    )
}

/// `[quantitative] far_exceeded`: a positive target (`≥`) exceeded by far is flagged, or cut.
/// Returns the new score when the rule cuts it.
fn far_exceeded(
    cx: &mut Context,
    ind: &Indicator,
    t: &Quantity,
    a: &Quantity,
    points: Decimal,
    score: Decimal,
    trace: &mut Vec<Step>,
) -> Option<Decimal> {
    let rule = cx.rules.quantitative.far_exceeded.as_ref()?;
    let actual = match units::align(t, a, units::is_rate(ind.bare_name())) {
        Aligned::Same => a.value,
        Aligned::Converted { value, .. } => value,
        Aligned::Mismatch | Aligned::TooLarge | Aligned::Implausible { .. } => return None,
    };
    if !matches!(t.comparator, Some(Comparator::Ge | Comparator::Gt))
        || t.value <= Decimal::ZERO
        || actual < rule.at.checked_mul(t.value)?
    {
        return None;
    }
    let share = fmt(rule.at * Decimal::ONE_HUNDRED);
    match rule.action {
        crate::model::FarAction::Review => {
            cx.finding(
                codes::FAR_EXCEEDED,
                msg!(
                    "finding-far-exceeded-review",
                    actual = &ind.actual.0.text,
                    share = share,
                    target = &ind.target.0.text
                ),
                &ind.actual.0,
            );
            None
        }
        crate::model::FarAction::Cut(cut) => {
            let s = (score - points * cut).max(Decimal::ZERO);
            cx.finding(
                codes::FAR_EXCEEDED,
                msg!(
                    "finding-far-exceeded-cut",
                    actual = &ind.actual.0.text,
                    share = share,
                    target = &ind.target.0.text,
                    cut = fmt(cut * Decimal::ONE_HUNDRED)
                ),
                &ind.actual.0,
            );
            cx.step(trace, Some(&rule.rule), &[&ind.actual.0], || {
                msg!(
                    "trace-far-exceeded",
                    share = share.to_string(),
                    score = fmt(score),
                    points = fmt(points),
                    cut = fmt(cut * Decimal::ONE_HUNDRED),
                    result = fmt(s)
                )
            });
            Some(s)
        }
    }
}

/// The indicator's own text states a target (`满意度≥85%`) that its target column (`≧90%`)
/// does not.
fn check_text_contradiction(cx: &mut Context, ind: &Indicator) {
    let Value::Quantity(t) = &ind.target.1 else {
        return;
    };
    let same_unit: Vec<&Quantity> = ind
        .text_quantities
        .iter()
        .filter(|q| q.unit == t.unit && !q.unit.is_empty())
        .collect();
    if same_unit.is_empty() || same_unit.iter().any(|q| q.value == t.value) {
        return;
    }
    let stated: Vec<String> = same_unit
        .iter()
        .map(|q| {
            format!(
                "{}{}{}",
                q.comparator.map_or("", |c| c.symbol()),
                fmt(q.value),
                q.unit
            )
        })
        .collect();
    cx.finding(
        codes::TEXT_CONTRADICTS_TARGET,
        msg!(
            "finding-text-contradicts-target",
            stated = stated.join(", "),
            target = &ind.target.0.text
        ),
        &ind.target.0,
    );
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use crate::evaluate::{Options, evaluate};
    use crate::outcome::Method;
    use crate::source::SourceFile;
    use crate::validate;
    use rust_decimal::Decimal;

    fn score_one(target: &str, actual: &str) -> (Decimal, Method, Vec<&'static str>) {
        score_with("", target, actual)
    }

    /// [`score_one`] with a 指标性质 cell (`""`: none).
    fn score_with(
        nature: &str,
        target: &str,
        actual: &str,
    ) -> (Decimal, Method, Vec<&'static str>) {
        score_full(
            &[],
            nature,
            ("质量指标", "安全事件"),
            (target, actual, "20"),
        )
    }

    /// Scores one indicator under anhui-2023 (without scripts) with `edits` made to its rule
    /// text (`(from, to)` replacements).
    fn score_under(
        edits: &[(&str, &str)],
        target: &str,
        actual: &str,
        points: &str,
    ) -> (Decimal, Method, Vec<&'static str>) {
        score_full(
            edits,
            "",
            ("质量指标", "安全事件"),
            (target, actual, points),
        )
    }

    /// Scores one indicator named `level3` under `level2` (of 产出指标), target, actual and
    /// points given, with `edits` made to anhui-2023's rule text and a 指标性质 cell.
    fn score_full(
        edits: &[(&str, &str)],
        nature: &str,
        (level2, level3): (&str, &str),
        (target, actual, points): (&str, &str, &str),
    ) -> (Decimal, Method, Vec<&'static str>) {
        let mut rules_text =
            validate::rules::without_scripts(include_str!("../../rules/anhui-2023/rules.toml"));
        for (from, to) in edits {
            assert!(rules_text.contains(from), "{from}");
            rules_text = rules_text.replace(from, to);
        }
        let rules = validate::rules::validate(&SourceFile::new("rules.toml", rules_text), "h")
            .value
            .unwrap_or_else(|| panic!("edited rules validate"));
        let text = format!(
            "[form]\nrules = \"anhui-2023\"\n[header]\nproject = \"p\"\n\
             [[funds]]\nlabel = \"年度资金总额:\"\nfull_year_budget = \"10\"\nspent = \"10\"\npoints = \"10\"\nscore = \"10\"\n\
             [[indicators]]\nlevel1 = \"产出指标\"\nlevel2 = \"{level2}\"\nlevel3 = \"指标1:{level3}\"\n\
             target = \"{target}\"\nactual = \"{actual}\"\npoints = \"{points}\"\nscore = \"{points}\"\n{}",
            if nature.is_empty() {
                String::new()
            } else {
                format!("nature = \"{nature}\"\n")
            }
        );
        let case = validate::case::validate(&SourceFile::new("c.toml", text))
            .value
            .unwrap_or_else(|| panic!("case validates"));
        let o = evaluate(&rules, &case, Options::default());
        let ind = &o.indicators[0];
        (
            ind.score,
            ind.method,
            o.findings.iter().map(|f| f.code.as_str()).collect(),
        )
    }

    /// #15: a bare operator in the 指标性质 column decides the direction: `≤` with 30 against
    /// 35 is a reverse indicator (30/35 × 20 = 17.14), not a positive one met in full.
    #[test]
    fn bare_operator_in_nature_decides_the_direction() {
        let (score, _, _) = score_with("≤", "30", "35");
        assert_eq!(score, Decimal::new(1714, 2));
        let (score, _, _) = score_with("", "30", "35");
        assert_eq!(score, Decimal::from(20));
    }

    /// #15: under 成本指标 a bare amount is a ceiling, but a bare saving rate (`成本节约率
    /// 5%`) is a saving to reach: the shipped rules except the names holding 节约率, 降低率,
    /// 下降率 … (`except_names`), and their bare target keeps the default, positive.
    #[test]
    fn a_bare_saving_rate_under_cost_is_positive() {
        let cost = |name: &str, target: &str, actual: &str| {
            score_full(&[], "", ("成本指标", name), (target, actual, "10"))
        };
        // Met by 6%, missed by 3%: 3 / 5 × 10 = 6 (as a ceiling, 6% scored 8.33 and 3% 10).
        assert_eq!(cost("成本节约率", "5%", "6%").0, Decimal::from(10));
        assert_eq!(cost("成本节约率", "5%", "3%").0, Decimal::from(6));
        assert_eq!(cost("单位成本降低率", "5%", "4%").0, Decimal::from(8));
        assert_eq!(cost("运维成本下降率", "10%", "5%").0, Decimal::from(5));
        assert_eq!(cost("一般性支出压减率", "10%", "5%").0, Decimal::from(5));
        // A cut level 2 (`成本`) and a range match as before.
        let (cut, _, _) = score_full(&[], "", ("成本", "成本节约率"), ("5%", "3%", "10"));
        assert_eq!(cut, Decimal::from(6));
        assert_eq!(cost("成本节约率", "5%-8%", "3%").0, Decimal::from(6));
        // Tester s13 T5: a rate to reach under 成本指标, its target written `100%`, is met only
        // at 100% (95% → 95 / 100 × 6 = 5.7, not the ceiling's 6 and 达成).
        assert_eq!(cost("资金核算准确率", "100%", "95%").0, Decimal::new(95, 1));
        assert_eq!(cost("维修资金核算率", "100%", "100%").0, Decimal::from(10));
        assert_eq!(
            cost("政策性粮收购价格执行率", "100%", "90%").0,
            Decimal::from(9)
        );
        assert_eq!(cost("补贴资金发放率", "100%", "80%").0, Decimal::from(8));
        // Ceilings stay ceilings: a cost control rate, an overrun rate, a bare amount.
        assert_eq!(cost("成本控制率", "100%", "98%").0, Decimal::from(10));
        assert_eq!(cost("成本超支率", "5%", "10%").0, Decimal::from(5));
        assert_eq!(cost("项目总成本", "80万元", "100万元").0, Decimal::from(8));
        assert_eq!(
            cost("项目总成本", "80-100万元", "120万元").0,
            Decimal::new(833, 2)
        );
        // A comparator the form writes still decides.
        assert_eq!(cost("成本节约率", "≤5%", "10%").0, Decimal::from(5));
        // Without the saving words in `except_names` the saving rate is a ceiling again (the
        // rule decides).
        let without = [(
            "except_names = [\"节约率\", \"节支率\", \"降低率\", \"下降率\", \"压减率\", ",
            "except_names = [",
        )];
        let (ceiling, _, _) =
            score_full(&without, "", ("成本指标", "成本节约率"), ("5%", "3%", "10"));
        assert_eq!(ceiling, Decimal::from(10));
    }

    /// s23: a rule may name the indicators whose bare target is reverse (`结转结余率 2%`
    /// answered 0: the less left over the better), whatever their level 2, as the 重庆 部门整体
    /// form states no direction (定量/定性); a comparator or 指标性质 the form writes decides.
    #[test]
    fn a_bare_target_takes_the_direction_its_name_is_given() {
        let by_name = [(
            "[[quantitative.bare_target_by_level2]]",
            "[[quantitative.bare_target_by_name]]\nnames = [\"结余率\"]\ndirection = \"reverse\"\n\n\
             [[quantitative.bare_target_by_level2]]",
        )];
        let rate = |edits: &[(&str, &str)], nature: &str, target: &str, actual: &str| {
            score_full(edits, nature, ("", "结转结余率"), (target, actual, "2"))
        };
        let (score, _, found) = rate(&by_name, "", "2%", "0%");
        assert_eq!(score, Decimal::from(2));
        assert!(found.contains(&"direction-by-name"), "{found:?}");
        // 4% against a ceiling of 2%: 2 / 4 × 2 = 1.
        assert_eq!(rate(&by_name, "", "2%", "4%").0, Decimal::from(1));
        // Without the rule: positive by default, 0 against 2 scores 0, and nothing is said.
        let (score, _, found) = rate(&[], "", "2%", "0%");
        assert_eq!(score, Decimal::ZERO);
        assert!(!found.contains(&"direction-by-name"), "{found:?}");
        // The form's own direction wins.
        let (score, _, found) = rate(&by_name, "", "≥2%", "1%");
        assert_eq!(score, Decimal::from(1));
        assert!(!found.contains(&"direction-by-name"), "{found:?}");
        assert_eq!(rate(&by_name, "正向", "2%", "1%").0, Decimal::from(1));
        // Another name keeps the default.
        let (other, _, _) = score_full(&by_name, "", ("", "资金到位率"), ("100%", "50%", "2"));
        assert_eq!(other, Decimal::from(1));
    }

    /// A blank or missing word in `bare_target_by_name` is an error, not a word.
    #[test]
    fn a_blank_name_word_is_an_error() {
        for names in ["[\" \"]", "[]"] {
            let text = validate::rules::without_scripts(include_str!(
                "../../rules/anhui-2023/rules.toml"
            ))
            .replace(
                "[[quantitative.bare_target_by_level2]]",
                &format!(
                    "[[quantitative.bare_target_by_name]]\nnames = {names}\ndirection = \"reverse\"\n\n\
                     [[quantitative.bare_target_by_level2]]"
                ),
            );
            let v = validate::rules::validate(&SourceFile::new("rules.toml", text), "h");
            assert!(v.value.is_none(), "{names}");
            assert!(
                v.diagnostics
                    .iter()
                    .any(|d| d.code.as_str() == "rules::missing-key"),
                "{names}: {:?}",
                v.diagnostics
            );
        }
    }

    /// A blank word in `except_names` would except every name: an error, not a word.
    #[test]
    fn a_blank_except_name_is_an_error() {
        let text =
            validate::rules::without_scripts(include_str!("../../rules/anhui-2023/rules.toml"))
                .replace(
                    "except_names = [\"节约率\"",
                    "except_names = [\" \", \"节约率\"",
                );
        let v = validate::rules::validate(&SourceFile::new("rules.toml", text), "h");
        assert!(v.value.is_none());
        let d = v
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "rules::missing-key")
            .unwrap_or_else(|| panic!("{:?}", v.diagnostics));
        assert!(
            d.message.to_string().contains("except_names"),
            "{}",
            d.message
        );
    }

    /// #15: deadlines are met or late, never a ratio of two dates.
    #[test]
    fn deadlines_are_met_or_late() {
        let (score, method, _) = score_one("2023年11月底前", "2023年11月");
        assert_eq!((score, method), (Decimal::from(20), Method::AllOrNothing));
        let (score, _, _) = score_one("2023年11月底前", "2023年12月完成");
        assert_eq!(score, Decimal::ZERO);
        // Tester s12 S1: with no year on the form, a date with its year against one without
        // cannot be told in time or late: the self-score is kept, unreviewed — neither 0 nor
        // a comparison of 202312 with 12.
        let (score, method, codes) = score_one("12月底前", "2023年12月");
        assert_eq!((score, method), (Decimal::from(20), Method::ReportedKept));
        assert!(codes.contains(&"unit-mismatch"), "{codes:?}");
        // A day's deadline reads (it was "more than one number"), and so does an actual month
        // written `9月` against a date.
        let (score, _, codes) = score_one("12月31日前", "12月20日");
        assert_eq!(score, Decimal::from(20), "{codes:?}");
        let (score, method, _) = score_one("10月底前", "9月");
        assert_eq!((score, method), (Decimal::from(20), Method::AllOrNothing));
        let (score, _, _) = score_one("10月底前", "11月");
        assert_eq!(score, Decimal::ZERO);
        // Not both dates: 0, as before.
        let (score, _, codes) = score_one("2023年11月底前", "95%");
        assert_eq!(score, Decimal::ZERO);
        assert!(codes.contains(&"unit-mismatch"), "{codes:?}");
    }

    /// Tester s12 S2: a yes/no target answered the other way is not met (the lowest band, as
    /// 未达成 is; the self-score 20 is outside it, so 0), answered the same way it is met.
    #[test]
    fn a_yes_no_target_answered_the_other_way_is_not_met() {
        for (target, actual) in [
            ("是", "否"),
            ("是", "否。"),
            ("有", "没有"),
            ("否", "是"),
            ("建立", "未建立"),
            ("已建立", "尚未建立"),
            ("达标", "不达标"),
        ] {
            let (score, method, codes) = score_one(target, actual);
            assert_eq!(
                (score, method),
                (Decimal::ZERO, Method::Band),
                "{target} / {actual}: {codes:?}"
            );
            assert!(!codes.contains(&"unknown-band"), "{codes:?}");
        }
        for (target, actual) in [("是", "是"), ("否", "否"), ("建立", "已建立")] {
            let (score, _, codes) = score_one(target, actual);
            assert_eq!(score, Decimal::from(20), "{target} / {actual}: {codes:?}");
        }
    }

    /// Tester s12 S3: `有效提升` is weaker than `显著提升` (部分达成: 60% of 20 = 12, the self 20
    /// outside the band) and as strong as `有所提升` asks (达成, 20).
    #[test]
    fn an_actual_weaker_than_its_target_is_the_lower_band() {
        let (score, method, codes) = score_one("显著提升", "有效提升");
        assert_eq!(
            (score, method),
            (Decimal::from(12), Method::Band),
            "{codes:?}"
        );
        assert!(!codes.contains(&"unknown-band"), "{codes:?}");
        for weaker in ["进一步提升", "稳步提升", "有效改善", "进一步增强"] {
            assert_eq!(
                score_one("显著提升", weaker).0,
                Decimal::from(12),
                "{weaker}"
            );
        }
        for (target, actual) in [
            ("有所提升", "有效提升"),
            ("有所提升", "显著提升"),
            ("有效提升", "有效提升"),
            ("有效提升", "明显提升"),
        ] {
            assert_eq!(
                score_one(target, actual).0,
                Decimal::from(20),
                "{target} / {actual}"
            );
        }
        // Below the target's band stays below it.
        assert_eq!(score_one("有所提升", "未达成").0, Decimal::ZERO);
    }

    /// #15: an actual written as a bound is read as its number and flagged.
    #[test]
    fn an_actual_written_as_a_bound_is_flagged() {
        let (score, _, codes) = score_one("≥250米", "≥266米");
        assert_eq!(score, Decimal::from(20));
        assert!(codes.contains(&"actual-is-bound"), "{codes:?}");
    }

    /// #15 F12: a band written over two lines (a cell broken in copied text) is the band: the
    /// line break is layout, not words; it used to score 0 as `unknown-band`.
    #[test]
    fn a_band_broken_over_two_lines_is_the_band() {
        let (whole, _, _) = score_one("", "部分达成预期指标并具有一定效果");
        let (broken, method, codes) = score_one("", "部分达成预期指标\\n并具有一定效果");
        assert_eq!((broken, method), (whole, Method::Band));
        assert!(broken > Decimal::ZERO);
        assert!(!codes.contains(&"unknown-band"), "{codes:?}");
    }

    /// #15: an actual worded like its target is met.
    #[test]
    fn an_actual_worded_like_its_target_is_met() {
        let (score, method, codes) = score_one("显著提升", "显著提升");
        assert_eq!((score, method), (Decimal::from(20), Method::Band));
        assert!(!codes.contains(&"unknown-band"), "{codes:?}");
    }

    /// s22 D1: a target of several numbers (not one to compare) written again as the actual,
    /// word for word, is met as stated, with no "cannot read" warning on either; a different
    /// text of several numbers is still kept unverified and said.
    #[test]
    fn a_target_of_several_numbers_repeated_is_met() {
        let (score, method, codes) = score_one("完成3个村5公里道路硬化", "完成 3个村5公里道路硬化");
        assert_eq!((score, method), (Decimal::from(20), Method::Band));
        assert!(!codes.contains(&"unreadable-value"), "{codes:?}");
        let (_, method, codes) = score_one("完成3个村5公里道路硬化", "完成2个村4公里道路硬化");
        assert_eq!(method, Method::ReportedKept, "{codes:?}");
        assert!(codes.contains(&"unreadable-value"), "{codes:?}");
    }

    /// Tester s9 F15/F16/F24: a target asking for none answered "none happened" is met, not
    /// "not applicable" (its points were dropped); `无` answering another target still is.
    #[test]
    fn a_target_asking_for_none_answered_none_is_met() {
        let full = (Decimal::from(20), Method::AllOrNothing);
        for (target, actual) in [
            ("无", "无"),
            ("0起", "无"),
            ("≤0", "无"),
            ("无重大安全事故", "无"),
            ("无", "0起"),
            ("无", "未发生"),
            ("零事故", "没有"),
            ("无重大安全事故", "0"),
        ] {
            let (score, method, codes) = score_one(target, actual);
            assert_eq!((score, method), full, "{target} / {actual}: {codes:?}");
            assert!(!codes.contains(&"not-applicable"), "{codes:?}");
        }
        // None wanted, two happened.
        let (score, method, _) = score_one("无", "2起");
        assert_eq!((score, method), (Decimal::ZERO, Method::AllOrNothing));
        // `无` answering something else, or a row without points, stays not applicable.
        for (target, actual, points) in [
            ("不适用", "无", "20"),
            ("≥95%", "无", "20"),
            ("≥0起", "无", "20"),
            ("无", "无", "0"),
            ("无", "无", ""),
            ("无", "", "20"),
        ] {
            let (_, method, codes) = score_under(&[], target, actual, points);
            assert_eq!(
                method,
                Method::NotApplicable,
                "{target} / {actual} / {points}"
            );
            assert!(codes.contains(&"not-applicable"), "{codes:?}");
        }
        // The words are the rule set's: without them `无` / `无` is not applicable as before.
        let words = "none_words = [\"无\", \"零\", \"没有\", \"未发生\"]";
        let (_, method, _) = score_under(&[(words, "")], "无", "无", "20");
        assert_eq!(method, Method::NotApplicable);
    }

    /// Tester s9 F16/F24: a deadline (`2024年底前` too) answered in words that say it was kept
    /// (`按时完成`, the rule set's band aliases) or by an earlier month is met; `有所提高` is the
    /// middle band's word (60% of 20), except where the target says it too.
    #[test]
    fn deadline_and_improvement_words_score_by_the_rules_bands() {
        for (target, actual) in [
            ("2024年12月底前", "按时完成"),
            ("年底前", "按时完成"),
            ("按期完成", "已按期完成"),
            ("2024年底前", "2024年11月完成"),
            ("有所提高", "有所提高"),
            ("2024年底前", "提前完成"),
        ] {
            let (score, _, codes) = score_one(target, actual);
            assert_eq!(score, Decimal::from(20), "{target} / {actual}: {codes:?}");
        }
        let (_, _, codes) = score_one("2024年12月底前", "按时完成");
        assert!(codes.contains(&"qualitative-actual"), "{codes:?}");
        let (score, method, _) = score_one("提高", "有所提高");
        assert_eq!((score, method), (Decimal::from(12), Method::Band));
        let (score, _, _) = score_one("2024年底前", "2025年1月完成");
        assert_eq!(score, Decimal::ZERO);
    }

    /// Issue #5: a reverse target of 0 met by an actual of 0 divided 0 by 0 and scored 0.
    #[test]
    fn reverse_target_zero_met_is_a_division_by_zero_left_to_scripts() {
        // Without scripts the engine does not guess: 0 / 0 scores 0 with a finding; the
        // shipped zero_target.rhai turns it into full points (tests/scripts.rs).
        let (score, method, codes) = score_one("≤0起", "0起");
        assert_eq!(score, Decimal::ZERO);
        assert_eq!(method, Method::Ratio);
        assert!(codes.contains(&"division-by-zero"), "{codes:?}");
    }

    #[test]
    fn reverse_target_zero_missed_scores_zero() {
        let (score, _, _) = score_one("≤0起", "2起");
        assert_eq!(score, Decimal::ZERO);
    }

    #[test]
    fn positive_target_zero_met_by_zero_scores_full_points() {
        let (score, _, _) = score_one("≥0个", "0个");
        assert_eq!(score, Decimal::from(20));
    }

    /// anhui-2023 before issue #17.
    const EQUAL_ALL_OR_NOTHING: (&str, &str) = (
        "equal = { kind = \"met_or_ratio\", ref = \"equal\" }",
        "equal = { kind = \"all_or_nothing\" }",
    );

    /// Issue #17: the central notices' quantitative rule as domain.md summarises it ("full
    /// points when the target is met; proportional when missed"), which anhui-2023's
    /// `[policy.equal]` applies to "=" targets: `=8个` answered `6个` on 90 points scores
    /// 90 × 6 / 8 = 67.5 (all_or_nothing gave 0).
    #[test]
    fn equal_met_or_ratio_scores_a_shortfall_in_proportion() {
        let (score, method, _) = score_under(&[], "=8个", "6个", "90");
        assert_eq!(score, Decimal::new(675, 1));
        assert_eq!(method, Method::Ratio);
        let (all, _, _) = score_under(&[EQUAL_ALL_OR_NOTHING], "=8个", "6个", "90");
        assert_eq!(all, Decimal::ZERO, "all_or_nothing, for comparison");
    }

    /// Reaching an "=" target meets it: over-achievement is not penalised (ratio's
    /// smaller / larger would give 90 × 8 / 10 = 72).
    #[test]
    fn equal_met_or_ratio_gives_full_points_when_reached_or_exceeded() {
        let (exact, _, _) = score_under(&[], "=8个", "8个", "90");
        let (over, _, _) = score_under(&[], "=8个", "10个", "90");
        assert_eq!((exact, over), (Decimal::from(90), Decimal::from(90)));
    }

    /// "=0" is all or nothing: nothing to be in proportion to.
    #[test]
    fn equal_met_or_ratio_with_target_zero_is_all_or_nothing() {
        let (met, m1, _) = score_under(&[], "=0起", "0起", "10");
        let (missed, m2, _) = score_under(&[], "=0起", "2起", "10");
        assert_eq!((met, missed), (Decimal::from(10), Decimal::ZERO));
        assert_eq!((m1, m2), (Method::AllOrNothing, Method::AllOrNothing));
    }

    const ZERO_TARGET: (&str, &str) = (
        "qualitative_actual = \"bands\"",
        "qualitative_actual = \"bands\"\nzero_target = { kind = \"all_or_nothing\" }",
    );

    /// Issue #17: a bare `0起` (安全事件) is a ceiling, not "at least 0": under the bare-target
    /// default (positive) `2起` scored full points; with `zero_target` it scores 0.
    #[test]
    fn zero_target_makes_a_bare_zero_a_ceiling() {
        // Without the rule the engine does not call `2起` a reached "at least 0" (tester s17r
        // R6: full points): it says so and scores 0; `0起` and a written `≥0` stay met.
        let (before, _, codes) = score_under(&[], "0起", "2起", "10");
        assert_eq!(before, Decimal::ZERO);
        assert!(codes.contains(&"division-by-zero"), "{codes:?}");
        let (none, _, codes) = score_under(&[], "0起", "0起", "10");
        assert_eq!(none, Decimal::from(10));
        assert!(!codes.contains(&"division-by-zero"), "{codes:?}");
        let (written, _, _) = score_under(&[], "≥0个", "3个", "10");
        assert_eq!(written, Decimal::from(10), "a written ≥0 is met");
        let (missed, method, _) = score_under(&[ZERO_TARGET], "0起", "2起", "10");
        assert_eq!(missed, Decimal::ZERO);
        assert_eq!(method, Method::AllOrNothing);
        let (met, _, codes) = score_under(&[ZERO_TARGET], "≤0起", "0起", "10");
        assert_eq!(met, Decimal::from(10));
        assert!(!codes.contains(&"division-by-zero"), "{codes:?}");
        let (at_least, _, _) = score_under(&[ZERO_TARGET], "≥0个", "0个", "10");
        assert_eq!(at_least, Decimal::from(10), "≥0 stays positive and met");
    }

    /// Issue #17: on a form with no points (Hunan's 绩效目标自评表) a bare `0起` is judged as a
    /// ceiling too: `2起` is not met under `zero_target`; `0起` is met.
    #[test]
    fn zero_target_is_a_ceiling_when_judging_met_without_points() {
        let (_, before, _) = score_under(&[], "0起", "2起", "");
        assert_eq!(
            before,
            Method::Unjudged,
            "a bare 0 reached by 2 is not judged"
        );
        let (_, missed, _) = score_under(&[ZERO_TARGET], "0起", "2起", "");
        assert_eq!(missed, Method::NotMet);
        let (_, reached, _) = score_under(&[ZERO_TARGET], "0起", "0起", "");
        assert_eq!(reached, Method::Met);
    }

    /// Issue #17: "每少1个百分点扣1分" (positive) and "每超过一个百分点扣0.5分" (reverse) as
    /// `per_point`. By hand: `≥95%` answered `92%` on 10 points misses by 3 points → 10 − 3 =
    /// 7; `≤5%` answered `8%` with 0.5 per point → 10 − 1.5 = 8.5; `≥95%` answered `80%` →
    /// 10 − 15 floored at 0; `≥200个` answered `190个` misses by 5% of the target → 10 − 5 = 5.
    #[test]
    fn per_point_deducts_per_percentage_point_missed_with_a_floor() {
        let positive = (
            "positive = { kind = \"ratio\" }",
            "positive = { kind = \"per_point\", deduct = \"1\" }",
        );
        let reverse = (
            "reverse = { kind = \"ratio\" }",
            "reverse = { kind = \"per_point\", deduct = \"0.5\" }",
        );
        let s = |e, t, a| score_under(&[e], t, a, "10");
        let (short, method, _) = s(positive, "≥95%", "92%");
        assert_eq!((short, method), (Decimal::from(7), Method::PerPoint));
        assert_eq!(s(reverse, "≤5%", "8%").0, Decimal::new(85, 1));
        assert_eq!(s(positive, "≥95%", "80%").0, Decimal::ZERO);
        assert_eq!(s(positive, "≥200个", "190个").0, Decimal::from(5));
        assert_eq!(s(positive, "≥95%", "96%").0, Decimal::from(10));
    }

    /// Issue #18 item 6: units were matched by their first character.
    #[test]
    fn units_convert_within_their_family() {
        let cases = [
            ("≥2平方公里", "1500000平方米", "15"),
            ("≥1000平方米", "1平方公里", "20"),
            ("≥90%", "0.95", "20"),
            ("≥90%", "45", "10"),
            ("≥10公里", "5000米", "10"),
            ("≥1年", "6个月", "10"),
        ];
        for (target, actual, want) in cases {
            let (score, method, codes) = score_one(target, actual);
            assert_eq!(score, want.parse().unwrap(), "{target} vs {actual}");
            assert_eq!(method, Method::Ratio, "{target} vs {actual}");
            assert!(!codes.contains(&"unit-mismatch"), "{codes:?}");
        }
    }

    #[test]
    fn units_of_different_kinds_are_a_mismatch_and_keep_the_reported_score() {
        let (score, method, codes) = score_one("≥100公里", "50公斤");
        assert_eq!(method, Method::ReportedKept);
        assert_eq!(score, Decimal::from(20));
        assert!(codes.contains(&"unit-mismatch"), "{codes:?}");
    }

    /// Issue #15 item 3: `≤90万元` vs `90` is 90万元, never 90 yuan against 900,000.
    #[test]
    fn an_actual_without_unit_takes_the_targets_unit_and_multiplier() {
        let (score, _, codes) = score_one("≤90万元", "90");
        assert_eq!(score, Decimal::from(20));
        assert!(codes.contains(&"unit-assumed"), "{codes:?}");
        let (score, _, _) = score_one("≤90万元", "100");
        assert_eq!(score, Decimal::from(18));
        let (_, _, codes) = score_one("≥10个", "12");
        assert!(!codes.contains(&"unit-assumed"), "{codes:?}");
    }
}
