//! Stage: compare. Two rule sets over the same cases: the semantic changes between them
//! ([`changes`]), the per-case movement of totals, grades and indicator scores, and the
//! attribution of each case's change to the individual rule changes ([`diff`]). Pure: it
//! scores with [`crate::evaluate::evaluate`] and hands a [`Report`] to the renderers.

pub mod changes;
mod text;

pub use changes::{Change, changes};

use changes::Scope;
pub use text::text_diff;

use crate::evaluate::{self, Options};
use crate::model::{Case, RuleSet};
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

/// One case under both rule sets.
#[derive(Debug, Clone, Serialize)]
pub struct CaseDiff {
    /// Case file.
    pub file: String,
    /// 项目名称.
    pub project: String,
    /// Total under A.
    pub before: Decimal,
    /// Total under B.
    pub after: Decimal,
    /// `after − before`.
    pub delta: Decimal,
    /// Grade under A.
    pub grade_before: Option<String>,
    /// Grade under B.
    pub grade_after: Option<String>,
    /// Whether anything moved.
    pub moved: bool,
    /// Line scores that moved (indicators, then budget execution).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<LineMove>,
    /// How much of `delta` each rule change contributed (changes with no effect left out);
    /// the contributions sum exactly to `delta`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attribution: Vec<Attribution>,
}

/// A line score that moved.
#[derive(Debug, Clone, Serialize)]
pub struct LineMove {
    /// Level-1 name (under B), or `预算执行` for execution.
    pub level1: String,
    /// Level-3 text, or the execution rate.
    pub name: String,
    /// Score under A.
    pub before: Decimal,
    /// Score under B.
    pub after: Decimal,
}

/// One rule change's share of a case's total change.
#[derive(Debug, Clone, Serialize)]
pub struct Attribution {
    /// Index into [`Report::changes`].
    pub change: usize,
    /// Contribution to the total.
    pub delta: Decimal,
}

/// Rule set variants for attribution: A with the first k score-changing rule changes applied,
/// built once per diff, not per case.
struct Steps {
    /// (index of the change completed by this step, the rule set after it); the last step's
    /// scores are B's own.
    variants: Vec<(usize, Scope, RuleSet)>,
    last: Option<usize>,
}

impl Steps {
    fn build(a: &RuleSet, b: &RuleSet, changes: &[Change]) -> Steps {
        let last = changes.iter().rposition(|c| c.scores);
        let mut current = a.clone();
        let mut variants = Vec::new();
        for (i, c) in changes.iter().enumerate() {
            c.apply(&mut current, b);
            if c.scores && Some(i) != last {
                variants.push((i, c.scope(), current.clone()));
            }
        }
        Steps { variants, last }
    }
}

/// The options every comparison scores with: no traces, no findings (a diff never shows
/// them).
const OPTIONS: Options = Options {
    trace: false,
    scores_only: true,
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
}

impl<'r> Differ<'r> {
    /// The changes from `a` to `b` and the variants that attribute a case's movement to them.
    pub fn new(a: &'r RuleSet, b: &'r RuleSet) -> Differ<'r> {
        let changes = changes(a, b);
        let steps = Steps::build(a, b, &changes);
        Differ {
            a,
            b,
            changes,
            steps,
        }
    }

    /// Scores `cases` under both rule sets, in parallel, and explains each one's movement; one
    /// [`CaseDiff`] per case, in input order.
    pub fn diff_cases(&self, cases: &[Case]) -> Vec<CaseDiff> {
        use rayon::prelude::*;
        cases
            .par_iter()
            .map(|case| {
                let oa = evaluate::evaluate(self.a, case, OPTIONS);
                let ob = evaluate::evaluate(self.b, case, OPTIONS);
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
        if x.score != y.score {
            lines.push(LineMove {
                level1: y.level1.to_string(),
                name: y.level3.to_string(),
                before: x.score,
                after: y.score,
            });
        }
    }
    if oa.execution.score != ob.execution.score {
        lines.push(LineMove {
            level1: "预算执行".into(),
            name: ob.execution.rate.map_or_else(
                || "执行率 —".into(),
                |r| format!("执行率 {}%", r.round_dp(2).normalize()),
            ),
            before: oa.execution.score,
            after: ob.execution.score,
        });
    }
    let delta = ob.total - oa.total;
    let mut attribution = Vec::new();
    if let Some(steps) = steps
        && !delta.is_zero()
    {
        let mut prev = oa.total;
        // total = round_total(Σ indicator scores + execution score): a step that changes only
        // execution or total rounding recomputes only that part.
        let mut indicators: Decimal = oa.indicators.iter().map(|i| i.score).sum();
        let mut execution = oa.execution.score;
        for (i, scope, variant) in &steps.variants {
            let s = match scope {
                Scope::Execution => {
                    execution = evaluate::execution_score(variant, case);
                    variant.round_total.apply(indicators + execution)
                }
                Scope::Total => variant.round_total.apply(indicators + execution),
                Scope::Full => {
                    let o = evaluate::evaluate(variant, case, OPTIONS);
                    indicators = o.indicators.iter().map(|i| i.score).sum();
                    execution = o.execution.score;
                    o.total
                }
            };
            if s != prev {
                attribution.push(Attribution {
                    change: *i,
                    delta: s - prev,
                });
            }
            prev = s;
        }
        if let Some(i) = steps.last
            && ob.total != prev
        {
            attribution.push(Attribution {
                change: i,
                delta: ob.total - prev,
            });
        }
    }
    CaseDiff {
        file: oa.file.clone(),
        project: oa.project.to_string(),
        before: oa.total,
        after: ob.total,
        delta,
        moved: !delta.is_zero() || oa.grade != ob.grade || !lines.is_empty(),
        grade_before: oa.grade.clone(),
        grade_after: ob.grade.clone(),
        lines,
        attribution,
    }
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
        crate::load::load_rule_set(&Path::new("rules").join(id))
            .unwrap()
            .value
            .unwrap()
    }

    fn seed() -> Vec<Case> {
        crate::load::case_files(&[PathBuf::from("cases/huainan-2023")])
            .unwrap()
            .iter()
            .filter_map(|f| crate::load::load_case(f).unwrap().value)
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
                    let sum: Decimal = c.attribution.iter().map(|a| a.delta).sum();
                    assert_eq!(sum, c.delta, "{x} → {y}: {}", c.file);
                }
            }
        }
    }
}
