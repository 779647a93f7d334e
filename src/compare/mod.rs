//! Stage: compare. Two rule sets over the same cases: the semantic changes between them
//! ([`changes`]), the per-case movement of totals, grades and indicator scores, and the
//! attribution of each case's change to the individual rule changes ([`diff`]). Pure: it
//! scores with [`crate::evaluate::evaluate`] and hands a [`Report`] to the renderers.

pub mod changes;
pub mod placed;
pub mod round;
pub mod shared;
mod text;

pub use changes::{Change, changes};

use changes::Scope;
pub use text::{changed_lines, text_diff};

use crate::evaluate::points::{PointsFrom, evaluate_points};
use crate::evaluate::{self, Options};
use crate::model::{Case, NotApplicablePoints, RuleSet};
use crate::outcome::{Outcome, RulesId};
use rust_decimal::Decimal;
use serde::Serialize;

/// The result of `jixiao diff`.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Rule set A.
    pub from: RulesId,
    /// Rule set B.
    pub to: RulesId,
    /// The semantic changes from A to B, in attribution order.
    pub changes: Vec<Change>,
    /// One entry per case, in input order.
    pub cases: Vec<CaseDiff>,
    /// How many cases moved (total, grade or any line score).
    pub moved: usize,
    /// Grade names, best first (`—` for no grade), labelling the matrix rows and columns.
    pub grades: Vec<String>,
    /// `transitions[i][j]`: cases graded `grades[i]` under A and `grades[j]` under B.
    pub transitions: Vec<Vec<usize>>,
    /// Indices into `cases` of the biggest movers by |total change|, largest first (at most 10).
    pub biggest: Vec<usize>,
}

impl Report {
    /// Whether any case gained or lost a finding (a self-score edited to disagree moves no
    /// score: tester s12, `watch` left such a form out).
    pub fn findings_changed(&self) -> bool {
        self.cases.iter().any(CaseDiff::findings_changed)
    }

    /// How many cases' total or grade moved ([`CaseDiff::total_moved`]): the count head
    /// lines give.
    pub fn totals_moved(&self) -> usize {
        self.cases.iter().filter(|c| c.total_moved()).count()
    }

    /// How many cases moved in line scores only, their total and grade unchanged: said apart
    /// from [`Report::totals_moved`].
    pub fn lines_only(&self) -> usize {
        self.cases
            .iter()
            .filter(|c| c.moved && !c.total_moved())
            .count()
    }
}

/// One case under both rule sets.
#[derive(Debug, Clone, Serialize)]
pub struct CaseDiff {
    /// Case file; for a form scored straight from its input, the input (`form`: its number).
    pub file: String,
    /// For a form scored straight from its input: its number in the input, from 1 (#16).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<u32>,
    /// 项目名称.
    pub project: String,
    /// Total under A.
    pub before: Decimal,
    /// Total under B.
    pub after: Decimal,
    /// `after − before`.
    pub delta: Decimal,
    /// The total under A is only a partial sum ([`Outcome::partial`]). Absent from JSON
    /// when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub partial_before: bool,
    /// The total under B is only a partial sum. Absent from JSON when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub partial_after: bool,
    /// Grade under A.
    pub grade_before: Option<String>,
    /// Grade under B.
    pub grade_after: Option<String>,
    /// Whether anything scored moved (total, grade or a line score); finding changes alone
    /// do not count.
    pub moved: bool,
    /// Line scores that moved (indicators, then budget execution).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<LineMove>,
    /// How much of `delta` each rule change contributed on its own (A with that change
    /// alone; changes with no effect left out). With `interaction` they sum exactly to
    /// `delta`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attribution: Vec<Attribution>,
    /// The part of `delta` that only changes acting together explain, its own line, never
    /// added to one change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interaction: Option<Interaction>,
    /// For a grade that moved while the total did not (a grade band's edge moved): the
    /// changes (indices into [`Report::changes`]) that alone give A the grade B gives (tester
    /// s14b E: such a block named no cause).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grade_moved_by: Vec<usize>,
    /// Finding codes under B and not under A (whole codes).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings_added: Vec<String>,
    /// Finding codes under A and not under B.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings_removed: Vec<String>,
    /// The findings that came, went or moved from one line of the form to another, each with
    /// its place (tester s12b N5: a `score-mismatch` moving from 管护机制 to the funds row
    /// left the codes above unchanged).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub finding_changes: Vec<placed::PlaceChange>,
    /// The findings on the same line under both (text outputs: a case without a change most
    /// cases share may have had that finding all along).
    #[serde(skip)]
    pub kept: Vec<placed::Placed>,
    /// The messages of the findings that came and went, for a change most cases share to be
    /// said once with its wording (text outputs only; JSON has each case's codes).
    #[serde(skip)]
    pub wording: shared::Wording,
}

impl CaseDiff {
    /// The case as outputs name it (see [`Outcome::shown`]).
    pub fn shown(&self) -> String {
        crate::outcome::shown_name(&self.file, self.form)
    }

    /// The total under A as reports show it: marked when only a partial sum
    /// (`85.78（不完整）`), as `score` shows it (tester s16r: `diff` showed a bare 85.78).
    pub fn before_text(&self) -> String {
        total_text(self.before, self.partial_before)
    }

    /// The total under B as reports show it (see [`Self::before_text`]).
    pub fn after_text(&self) -> String {
        total_text(self.after, self.partial_after)
    }

    /// Whether the case's findings differ between A and B: a code, or a line of the form a
    /// finding is on.
    pub fn findings_changed(&self) -> bool {
        !self.finding_changes.is_empty()
    }

    /// Whether the total or the grade moved (not only line scores: tester s15r N8, a
    /// what-if on weights moves every form's line points but few totals).
    pub fn total_moved(&self) -> bool {
        !self.delta.is_zero() || self.grade_before != self.grade_after
    }
}

/// A line score that moved.
#[derive(Debug, Clone, Serialize)]
pub struct LineMove {
    /// Level-1 name (under B), or `预算执行` for execution.
    pub level1: String,
    /// Level-3 text, or the execution rate.
    pub name: String,
    /// Score under A; none (JSON null) for an execution score that is unknown (its 全年预算数
    /// or 全年执行数 could not be read), which is never compared as 0.
    pub before: Option<Decimal>,
    /// Score under B; none when unknown, as `before`.
    pub after: Option<Decimal>,
}

/// What a fixed order of the changes cannot split: the part of a case's total change that
/// appears only when several changes act together (a rounding change that matters only once a
/// script has moved a score, two band changes that move the same indicator).
#[derive(Debug, Clone, Serialize)]
pub struct Interaction {
    /// Indices into [`Report::changes`] of the changes involved (empty when the final rule set
    /// scores differently from every change applied, which only a bug would cause).
    pub changes: Vec<usize>,
    /// Its part of the total change.
    pub delta: Decimal,
}

/// One rule change's share of a case's total change.
#[derive(Debug, Clone, Serialize)]
pub struct Attribution {
    /// Index into [`Report::changes`].
    pub change: usize,
    /// The changes it cannot act without, applied with it (indices into [`Report::changes`]):
    /// `method = "bands"` with the table the same edit brings (tester s14r F8: alone, the
    /// method scored every rate 0, and the table's share came back as an interaction).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub with: Vec<usize>,
    /// Contribution to the total.
    pub delta: Decimal,
}

impl Attribution {
    /// The changes' numbers as the change list shows them: `1` or `1、2`.
    pub fn numbers(&self) -> String {
        std::iter::once(self.change)
            .chain(self.with.iter().copied())
            .map(|i| (i + 1).to_string())
            .collect::<Vec<_>>()
            .join("、")
    }

    /// The changes in words, from `changes`: each one's text, joined by `；`.
    pub fn text(&self, changes: &[Change]) -> String {
        std::iter::once(self.change)
            .chain(self.with.iter().copied())
            .filter_map(|i| changes.get(i).map(|c| c.text.as_str()))
            .collect::<Vec<_>>()
            .join("；")
    }
}

/// Whether a rule set cannot score as its rules say: a change applied alone can leave one
/// (`method = "bands"` without the table of steps another change brings).
fn incomplete(r: &RuleSet) -> bool {
    r.execution.method == crate::model::ExecutionMethod::Bands && r.execution.bands.is_empty()
}

/// Rule set variants for attribution, built once per diff, not per case: A with one
/// score-changing change applied (its share), and B without it (to name the changes whose
/// effect depends on the others).
struct Steps {
    /// (index of the change, the changes it needs, what it can move, A with only these).
    solo: Vec<(usize, Vec<usize>, Scope, RuleSet)>,
    /// A with every change but this one (same order as `solo`).
    without: Vec<RuleSet>,
    /// (index of the change, A with only it) for each change to the grades table or to
    /// grading being optional: what moves a grade when the total stays.
    grading: Vec<(usize, RuleSet)>,
    /// Whether a change that moves only execution or the total's rounding may be scored by
    /// recomputing that part alone: not when scripts can touch the result.
    partial: bool,
    /// Whose points cases are scored with.
    points: PointsFrom,
}

impl Steps {
    fn build(a: &RuleSet, b: &RuleSet, changes: &[Change], points: PointsFrom) -> Steps {
        let (mut solo, mut without) = (Vec::new(), Vec::new());
        let mut grading = Vec::new();
        let mut needed: Vec<usize> = Vec::new();
        for (i, c) in changes.iter().enumerate() {
            if c.key == "grades" || c.key == "grades.optional" {
                let mut alone = a.clone();
                c.apply(&mut alone, b);
                grading.push((i, alone));
            }
            if needed.contains(&i) {
                continue;
            }
            if c.scores || (points == PointsFrom::Rules && c.rule_points) {
                let mut alone = a.clone();
                c.apply(&mut alone, b);
                // A change that cannot score alone takes the first later change that
                // completes it.
                let mut with = Vec::new();
                if incomplete(&alone) {
                    for (j, other) in changes.iter().enumerate().skip(i + 1) {
                        let mut tried = alone.clone();
                        other.apply(&mut tried, b);
                        if !incomplete(&tried) {
                            alone = tried;
                            with.push(j);
                            break;
                        }
                    }
                }
                let scope = match with.is_empty() {
                    true => c.scope(),
                    false => Scope::Full,
                };
                let mut rest = a.clone();
                for (j, other) in changes.iter().enumerate() {
                    if j != i && !with.contains(&j) {
                        other.apply(&mut rest, b);
                    }
                }
                needed.extend(&with);
                solo.push((i, with, scope, alone));
                without.push(rest);
            }
        }
        Steps {
            solo,
            without,
            grading,
            // A total rescaled to full marks (`not_applicable_points = "rescale_total"`) is
            // not the rounded sum of its parts: every step is scored whole.
            partial: a.scripts.is_none()
                && b.scripts.is_none()
                && [a, b]
                    .iter()
                    .all(|r| r.indicators.not_applicable_points == NotApplicablePoints::Exclude)
                && points == PointsFrom::Form,
            points,
        }
    }
}

/// A case's score split into the parts a change can move alone:
/// total = round_total(Σ indicator scores + execution score), unless scripts intervene.
#[derive(Clone, Copy)]
struct Parts {
    indicators: Decimal,
    execution: Decimal,
}

impl Steps {
    /// The total of `case` under `variant`, recomputing only what `scope` can move from
    /// `parts` (which it updates).
    fn score(&self, variant: &RuleSet, scope: Scope, parts: &mut Parts, case: &Case) -> Decimal {
        match (self.partial, scope) {
            (true, Scope::Execution) => {
                parts.execution = evaluate::execution_score(variant, case);
                variant
                    .round_total
                    .apply(parts.indicators + parts.execution)
            }
            (true, Scope::Total) => variant
                .round_total
                .apply(parts.indicators + parts.execution),
            _ => {
                let o = evaluate_points(variant, case, OPTIONS, self.points);
                parts.indicators = o.indicators.iter().map(|i| i.score).sum();
                parts.execution = o.execution.score;
                o.total_or_zero()
            }
        }
    }

    /// Each change's share of `oa`'s move to `total`, and what no share explains.
    fn attribute(
        &self,
        oa: &Outcome,
        total: Decimal,
        case: &Case,
    ) -> (Vec<Attribution>, Option<Interaction>) {
        let base = Parts {
            indicators: oa.indicators.iter().map(|i| i.score).sum(),
            execution: oa.execution.score,
        };
        let mut shares = Vec::with_capacity(self.solo.len());
        let mut attribution = Vec::new();
        for (i, with, scope, variant) in &self.solo {
            let d = self.score(variant, *scope, &mut base.clone(), case) - oa.total_or_zero();
            shares.push(d);
            if !d.is_zero() {
                attribution.push(Attribution {
                    change: *i,
                    with: with.clone(),
                    delta: d,
                });
            }
        }
        let rest = total - oa.total_or_zero() - shares.iter().copied().sum::<Decimal>();
        if rest.is_zero() {
            return (attribution, None);
        }
        // The changes that act together: those whose effect on top of every other change
        // differs from their effect alone.
        let mut changes = Vec::new();
        for ((i, _, _, _), (variant, share)) in
            self.solo.iter().zip(self.without.iter().zip(&shares))
        {
            let last = total - evaluate_points(variant, case, OPTIONS, self.points).total_or_zero();
            if last != *share {
                changes.push(*i);
            }
        }
        (
            attribution,
            Some(Interaction {
                changes,
                delta: rest,
            }),
        )
    }
}

impl Steps {
    /// The grading changes that alone give `case`, scored `oa` under A, the grade `ob` has
    /// under B; when none does alone, those that alone move its grade at all.
    fn grade_moved_by(&self, oa: &Outcome, ob: &Outcome, case: &Case) -> Vec<usize> {
        let graded: Vec<(usize, Option<String>)> = self
            .grading
            .iter()
            .map(|(i, variant)| {
                (
                    *i,
                    evaluate_points(variant, case, OPTIONS, self.points).grade,
                )
            })
            .collect();
        let to_b: Vec<usize> = graded
            .iter()
            .filter(|(_, g)| *g == ob.grade)
            .map(|(i, _)| *i)
            .collect();
        if !to_b.is_empty() {
            return to_b;
        }
        graded
            .into_iter()
            .filter(|(_, g)| *g != oa.grade)
            .map(|(i, _)| i)
            .collect()
    }
}

/// The options attribution variants score with: no traces, no findings.
const OPTIONS: Options = Options {
    trace: false,
    scores_only: true,
};

/// The options of the two outcomes of a case: findings too, whose codes a diff compares.
const WITH_FINDINGS: Options = Options {
    trace: false,
    scores_only: false,
};

/// A comparison of two rule sets, built once — the rule changes and the rule set variants for
/// attribution — and applied to any number of cases, a slice at a time, so a corpus never has
/// to be in memory at once: [`Differ::diff_cases`] per slice, then [`Differ::report`] over
/// every slice's results.
pub struct Differ<'r> {
    a: &'r RuleSet,
    b: &'r RuleSet,
    changes: Vec<Change>,
    steps: Steps,
    points: PointsFrom,
}

impl<'r> Differ<'r> {
    /// The changes from `a` to `b` and the variants that attribute a case's movement to them.
    pub fn new(a: &'r RuleSet, b: &'r RuleSet) -> Differ<'r> {
        Differ::with_points(a, b, PointsFrom::Form)
    }

    /// As [`Differ::new`], scoring cases with the points `points` says (`--points rules`:
    /// each rule set's own weights, so a weight change moves totals).
    pub fn with_points(a: &'r RuleSet, b: &'r RuleSet, points: PointsFrom) -> Differ<'r> {
        let changes = changes(a, b);
        let steps = Steps::build(a, b, &changes, points);
        Differ {
            a,
            b,
            changes,
            steps,
            points,
        }
    }

    /// Scores `cases` under both rule sets, in parallel, and explains each one's movement; one
    /// [`CaseDiff`] per case, in input order.
    pub fn diff_cases(&self, cases: &[Case]) -> Vec<CaseDiff> {
        use rayon::prelude::*;
        cases
            .par_iter()
            .map(|case| {
                let oa = evaluate_points(self.a, case, WITH_FINDINGS, self.points);
                let ob = evaluate_points(self.b, case, WITH_FINDINGS, self.points);
                case_diff(&oa, &ob, case, Some(&self.steps))
            })
            .collect()
    }

    /// Explains outcomes the caller scored (see [`diff_scored`]), in parallel, in input order.
    pub fn diff_scored(&self, scored: &[Scored]) -> Vec<CaseDiff> {
        use rayon::prelude::*;
        scored
            .par_iter()
            .map(|s| {
                let steps = s.attribute.then_some(&self.steps);
                case_diff(s.before, s.after, s.case, steps)
            })
            .collect()
    }

    /// The rule changes from A to B, in attribution order.
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    /// Each change's share of `case`'s move from its total under A to `after` (its total
    /// under B, scored by the caller), and what no share explains: `regress` naming the rule
    /// change since acceptance that moved a case (#19) without scoring it under B again.
    pub fn attribute(
        &self,
        case: &Case,
        after: Decimal,
    ) -> (Vec<Attribution>, Option<Interaction>) {
        let oa = evaluate_points(self.a, case, OPTIONS, self.points);
        if oa.total_or_zero() == after {
            return (Vec::new(), None);
        }
        self.steps.attribute(&oa, after, case)
    }

    /// The report over every case compared, in the order given.
    pub fn report(self, cases: Vec<CaseDiff>) -> Report {
        summarise(self.a, self.b, self.changes, cases)
    }
}

/// Scores `cases` under `a` and `b` and explains the movement.
pub fn diff(a: &RuleSet, b: &RuleSet, cases: &[Case]) -> Report {
    let differ = Differ::new(a, b);
    let out = differ.diff_cases(cases);
    differ.report(out)
}

/// One case already scored under both rule sets by the caller, with `scores_only` outcomes.
#[derive(Debug, Clone, Copy)]
pub struct Scored<'a> {
    /// The case as scored under B.
    pub case: &'a Case,
    /// Its outcome under A.
    pub before: &'a Outcome,
    /// Its outcome under B.
    pub after: &'a Outcome,
    /// Attribute a moved total to the rule changes. False when the case itself changed
    /// between the two outcomes (then the rules are not what moved it) or when the caller
    /// wants the movement only.
    pub attribute: bool,
}

/// [`diff`] over outcomes the caller keeps (`jixiao watch` scores each case once per edit and
/// keeps the previous outcomes): no case is scored twice, and only cases marked
/// [`Scored::attribute`] whose total moved are re-scored for attribution.
pub fn diff_scored(a: &RuleSet, b: &RuleSet, scored: &[Scored]) -> Report {
    let differ = Differ::new(a, b);
    let out = differ.diff_scored(scored);
    differ.report(out)
}

fn case_diff(oa: &Outcome, ob: &Outcome, case: &Case, steps: Option<&Steps>) -> CaseDiff {
    let mut lines = Vec::new();
    for (x, y) in oa.indicators.iter().zip(&ob.indicators) {
        // A line left unscored is unknown, as an unknown execution score (not its 0).
        if x.shown_score() != y.shown_score() {
            lines.push(LineMove {
                level1: y.shown_level1().to_string(),
                name: y.level3.to_string(),
                before: x.shown_score(),
                after: y.shown_score(),
            });
        }
    }
    // Unknown equals unknown; unknown against a number is a move (not 0 against it).
    let execution = |o: &Outcome| (!o.execution.unknown).then_some(o.execution.score);
    if execution(oa) != execution(ob) {
        lines.push(LineMove {
            level1: "预算执行".into(),
            // Shown as finely as either rule set's steps need (tester s14r F3).
            name: [oa.execution.rate_shown, ob.execution.rate_shown]
                .into_iter()
                .flatten()
                .max_by_key(|r| r.scale())
                .map_or_else(
                    || "执行率 —".into(),
                    |r| format!("执行率 {}%", r.normalize()),
                ),
            before: execution(oa),
            after: execution(ob),
        });
    }
    let delta = ob.total_or_zero() - oa.total_or_zero();
    let (attribution, interaction) = match steps {
        Some(steps) if !delta.is_zero() => steps.attribute(oa, ob.total_or_zero(), case),
        _ => (Vec::new(), None),
    };
    let grade_moved_by = match steps {
        Some(steps) if delta.is_zero() && oa.grade != ob.grade => {
            steps.grade_moved_by(oa, ob, case)
        }
        _ => Vec::new(),
    };
    let codes = |o: &Outcome| {
        o.findings
            .iter()
            .map(|f| f.code.as_str().to_owned())
            .collect::<Vec<_>>()
    };
    let (findings_added, findings_removed) =
        crate::regress::compare::code_changes(&codes(oa), &codes(ob));
    let (before, after) = (
        placed::Placed::all(&oa.findings),
        placed::Placed::all(&ob.findings),
    );
    let finding_changes = placed::place_changes(&before, &after);
    let kept = kept(&before, &after);
    let wording = shared::Wording::of(
        Some(&oa.findings),
        &ob.findings,
        &findings_added,
        &findings_removed,
    );
    CaseDiff {
        file: oa.file.clone(),
        form: oa.form,
        project: oa.project.to_string(),
        before: oa.total_or_zero(),
        after: ob.total_or_zero(),
        delta,
        partial_before: oa.partial,
        partial_after: ob.partial,
        moved: !delta.is_zero() || oa.grade != ob.grade || !lines.is_empty(),
        grade_before: oa.grade.clone(),
        grade_after: ob.grade.clone(),
        lines,
        attribution,
        interaction,
        grade_moved_by,
        findings_added,
        findings_removed,
        finding_changes,
        kept,
        wording,
    }
}

/// A total, marked when it is only a partial sum.
fn total_text(total: Decimal, partial: bool) -> String {
    let t = total.normalize().to_string();
    if partial {
        crate::i18n::msg!("total-partial", total = t).to_string()
    } else {
        t
    }
}

/// The findings on the same line in both sorted lists.
pub(crate) fn kept(before: &[placed::Placed], after: &[placed::Placed]) -> Vec<placed::Placed> {
    let mut rest: Vec<&placed::Placed> = after.iter().collect();
    let mut out = Vec::new();
    for p in before {
        if let Some(i) = rest.iter().position(|x| *x == p) {
            rest.remove(i);
            out.push(p.clone());
        }
    }
    out
}

const NO_GRADE: &str = "—";

fn summarise(a: &RuleSet, b: &RuleSet, changes: Vec<Change>, cases: Vec<CaseDiff>) -> Report {
    let mut grades: Vec<String> = Vec::new();
    for g in a.grades.iter().chain(&b.grades) {
        if !grades.contains(&g.name) {
            grades.push(g.name.clone());
        }
    }
    if cases
        .iter()
        .any(|c| c.grade_before.is_none() || c.grade_after.is_none())
    {
        grades.push(NO_GRADE.into());
    }
    let index = |g: &Option<String>| {
        let name = g.as_deref().unwrap_or(NO_GRADE);
        grades.iter().position(|x| x == name).unwrap_or(0)
    };
    let mut transitions = vec![vec![0; grades.len()]; grades.len()];
    for c in &cases {
        let (i, j) = (index(&c.grade_before), index(&c.grade_after));
        if let Some(cell) = transitions.get_mut(i).and_then(|r| r.get_mut(j)) {
            *cell += 1;
        }
    }
    let mut biggest: Vec<usize> = (0..cases.len())
        .filter(|&i| cases.get(i).is_some_and(|c| !c.delta.is_zero()))
        .collect();
    biggest.sort_by(|&x, &y| {
        let d = |i: usize| cases.get(i).map_or(Decimal::ZERO, |c| c.delta.abs());
        d(y).cmp(&d(x)).then(x.cmp(&y))
    });
    biggest.truncate(10);
    Report {
        from: RulesId {
            id: a.id.clone(),
            hash: a.hash.clone(),
        },
        to: RulesId {
            id: b.id.clone(),
            hash: b.hash.clone(),
        },
        moved: cases.iter().filter(|c| c.moved).count(),
        changes,
        cases,
        grades,
        transitions,
        biggest,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    fn rules(id: &str) -> RuleSet {
        crate::pipeline::load_rule_set(&Path::new("rules").join(id))
            .unwrap()
            .value
            .unwrap()
    }

    fn seed() -> Vec<Case> {
        crate::load::case_files(&[PathBuf::from("cases/huainan-2023")])
            .unwrap()
            .iter()
            .filter_map(|f| crate::pipeline::load_case(f).unwrap().value)
            .collect()
    }

    /// Applying every change to A leaves nothing to change and scores every case as B does;
    /// each case's attribution sums to its change.
    #[test]
    fn changes_applied_in_order_turn_a_into_b() {
        let ids = [
            "anhui-2023",
            "anhui-2023-threshold",
            "central-2016",
            "central-2020",
            "hb-module",
            "national-2020",
            "sichuan-2023",
        ];
        let cases = seed();
        for x in ids {
            for y in ids {
                let (a, b) = (rules(x), rules(y));
                let list = changes(&a, &b);
                let mut v = a.clone();
                for c in &list {
                    c.apply(&mut v, &b);
                }
                assert!(changes(&v, &b).is_empty(), "{x} → {y}");
                for case in &cases {
                    let o = Options::default();
                    assert_eq!(
                        evaluate::evaluate(&v, case, o).total,
                        evaluate::evaluate(&b, case, o).total
                    );
                }
                let report = diff(&a, &b, &cases);
                for c in &report.cases {
                    let sum: Decimal = c.attribution.iter().map(|a| a.delta).sum::<Decimal>()
                        + c.interaction.as_ref().map_or(Decimal::ZERO, |i| i.delta);
                    assert_eq!(sum, c.delta, "{x} → {y}: {}", c.file);
                }
            }
        }
    }
}
