//! What evaluation hands on: an [`Outcome`] per case with a trace for every number and the
//! [`Finding`]s where the form contradicts itself or the rules. Serialised as-is for
//! `--format json` (documented in docs/json-output.md).

use crate::model::RuleRef;
use crate::source::Place;
use rust_decimal::Decimal;
use serde::Serialize;
use std::sync::Arc;

/// The scored result of one case under one rule set.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// Case file.
    pub file: String,
    /// 项目名称.
    pub project: Arc<str>,
    /// 主管部门 as written (empty when the form leaves it blank).
    pub department: Arc<str>,
    /// 实施单位 as written (empty when the form leaves it blank).
    pub unit: Arc<str>,
    /// Rule set id and content hash.
    pub rules: RulesId,
    /// Computed total, rounded per the rule set; none on a form with no points (a template
    /// without 分值/得分: each indicator is judged met or not, nothing adds up to a total).
    pub total: Option<Decimal>,
    /// Points the total is out of (applicable indicators plus execution).
    pub total_points: Decimal,
    /// Grade of the computed total, when the rule set has grades.
    pub grade: Option<String>,
    /// The total written on the form.
    pub reported_total: Option<Decimal>,
    /// Budget execution.
    pub execution: ExecutionOutcome,
    /// One entry per level-3 indicator, in form order.
    pub indicators: Vec<IndicatorOutcome>,
    /// How the total was reached.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub total_trace: Vec<Step>,
    /// Contradictions and problems, in form order.
    pub findings: Vec<Finding>,
}

/// Rule set identity carried by every result.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RulesId {
    /// Id.
    pub id: String,
    /// Content hash.
    pub hash: String,
}

/// Budget execution result.
#[derive(Debug, Clone, Serialize)]
pub struct ExecutionOutcome {
    /// Execution rate in percent (B/A × 100), unrounded; none when it cannot be computed.
    pub rate: Option<Decimal>,
    /// 全年预算数(A) of the row the figures are read from (年度资金总额, or 本年财政拨款 when
    /// the total row is blank), in 万元; none when blank or unreadable. For department sums.
    pub budget: Option<Decimal>,
    /// 全年执行数(B) of the same row, in 万元; none when blank or unreadable.
    pub spent: Option<Decimal>,
    /// Points.
    pub points: Decimal,
    /// Score.
    pub score: Decimal,
    /// Score written on the form.
    pub reported_score: Option<Decimal>,
    /// How the score was reached (empty unless traces were asked for).
    pub trace: Vec<Step>,
}

/// A short text kept inline when it fits (24 bytes: `产出指标`, `数量指标`), on the heap
/// otherwise. Derefs to `str`.
pub type Label = compact_str::CompactString;

/// One level-3 indicator's result.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorOutcome {
    /// Level 1, resolved to the rule set's name where it could be (`产` → 产出指标). Short
    /// labels are kept inline (no allocation and no reference count shared between threads).
    pub level1: Label,
    /// Level 2 as written (inline like level 1).
    pub level2: Label,
    /// Level 3 as written.
    pub level3: Arc<str>,
    /// Points this indicator carries (its share when several share one cell); none when not
    /// applicable.
    pub points: Option<Decimal>,
    /// Computed score.
    pub score: Decimal,
    /// Score written on the form (for a shared cell, on the first row of the group).
    pub reported_score: Option<Decimal>,
    /// How it was scored.
    pub method: Method,
    /// How the score was reached (empty unless traces were asked for).
    pub trace: Vec<Step>,
}

/// How an indicator was scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// A qualitative band.
    Band,
    /// Quantitative ratio.
    Ratio,
    /// Quantitative all-or-nothing.
    AllOrNothing,
    /// Quantitative linear cut.
    LinearCut,
    /// Quantitative: points deducted per percentage point missed.
    PerPoint,
    /// Not applicable: excluded.
    NotApplicable,
    /// Could not be scored from the form: the reported score was kept (with a finding).
    ReportedKept,
    /// No actual: scored 0 (with a finding).
    Missing,
    /// Set by a script.
    Script,
    /// A form with no points: the target was met (score 0, no points).
    Met,
    /// A form with no points: the target was not met.
    NotMet,
    /// A form with no points: target and actual could not be compared.
    Unjudged,
}

impl Method {
    /// Short name for tables.
    pub fn name(self) -> &'static str {
        match self {
            Method::Band => "band",
            Method::Ratio => "ratio",
            Method::AllOrNothing => "all_or_nothing",
            Method::LinearCut => "linear_cut",
            Method::PerPoint => "per_point",
            Method::NotApplicable => "not_applicable",
            Method::ReportedKept => "reported_kept",
            Method::Missing => "missing",
            Method::Script => "script",
            Method::Met => "met",
            Method::NotMet => "not_met",
            Method::Unjudged => "unjudged",
        }
    }
}

/// One step of a trace: what was computed, from which form fields, under which rule.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    /// The computation in words and numbers, e.g. `min(100 / 90, 1) × 10 = 10`.
    pub text: String,
    /// The rule that says so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<RuleRef>,
    /// The form fields it read.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub inputs: Vec<Input>,
}

/// A form field read by a step.
#[derive(Debug, Clone, Serialize)]
pub struct Input {
    /// Where it is.
    pub location: Place,
    /// The text as written.
    pub text: String,
}

/// Severity of a finding: the same scale as diagnostics (info, warning, error); a finding of
/// error severity means the form contradicts itself or its rules.
pub use crate::diagnostic::Severity;

/// A place where a form contradicts itself or its rules, or where the engine had to decide
/// something the form did not say.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// Stable code (see [`codes`]).
    pub code: &'static str,
    /// Severity.
    pub severity: Severity,
    /// What is wrong, with the values involved.
    pub message: String,
    /// The form field it is about.
    pub location: Place,
}

/// Finding codes with their severity and meaning. docs/findings.md lists them all.
pub mod codes {
    use super::Severity::{self, *};

    /// Every finding code: (code, severity, meaning).
    pub const ALL: &[(&str, Severity, &str)] = &[
        (
            SCORE_MISMATCH,
            Warning,
            "reported score differs from the computed score",
        ),
        (
            SCORE_ABOVE_POINTS,
            Error,
            "a reported score is above its points",
        ),
        (
            TOTAL_NOT_SUM,
            Error,
            "reported total is not the sum of the form's own line scores",
        ),
        (
            TOTAL_POINTS_NOT_SUM,
            Error,
            "reported total points are not the sum of the declared points",
        ),
        (
            TOTAL_MISMATCH,
            Warning,
            "reported total differs from the computed total",
        ),
        (
            POINTS_TOTAL_MISMATCH,
            Warning,
            "declared points do not add up to the rule's total",
        ),
        (
            WEIGHTS_ADJUSTED,
            Info,
            "a level-1 weight differs from the rule's (allowed: adjustable)",
        ),
        (
            POINTS_WEIGHT_MISMATCH,
            Warning,
            "a level-1 weight differs from the rule's (not adjustable)",
        ),
        (
            TEXT_CONTRADICTS_TARGET,
            Warning,
            "the indicator's own text states another target than its target column",
        ),
        (
            MISSING_REPORTED,
            Warning,
            "a value the form should carry is blank",
        ),
        (
            MISSING_ACTUAL,
            Warning,
            "an indicator has no actual value: scored 0",
        ),
        (UNREADABLE_VALUE, Warning, "a value could not be read"),
        (
            NOT_APPLICABLE,
            Info,
            "an indicator was treated as not applicable and excluded",
        ),
        (
            QUALITATIVE_ACTUAL,
            Info,
            "a quantitative target answered with band words: scored by the bands",
        ),
        (
            UNSCORABLE,
            Warning,
            "the form gives no way to score an indicator: the reported score was kept",
        ),
        (
            UNIT_MISMATCH,
            Warning,
            "target and actual are in units that do not convert into each other",
        ),
        (
            UNIT_ASSUMED,
            Info,
            "an actual was converted to its target's unit, or read in its multiplier",
        ),
        (
            UNKNOWN_BAND,
            Warning,
            "an actual's words match no qualitative band: scored 0",
        ),
        (
            UNKNOWN_LEVEL1,
            Warning,
            "a level-1 label matches no level-1 indicator of the rules",
        ),
        (DIVISION_BY_ZERO, Warning, "a formula would divide by zero"),
        (
            ABSURD_VALUE,
            Warning,
            "a value is outside any sensible range (negative budget, rate over 1000%)",
        ),
        (
            OVERSPENT,
            Info,
            "spent more than the full-year budget: rate capped at 100% for scoring",
        ),
        (
            FUNDS_TOTAL_BLANK,
            Warning,
            "the 年度资金总额 row is blank or 0 while a row below holds the figures",
        ),
        (
            RATE_MISMATCH,
            Warning,
            "the written execution rate differs from B/A",
        ),
        (
            EXECUTION_UNEXPLAINED,
            Warning,
            "execution below the rule's threshold without a deviation reason",
        ),
        (
            GOAL_CONTRADICTS_INDICATORS,
            Warning,
            "the overall goal is reported as only partly met while every indicator claims full points",
        ),
        (
            INCOMPLETE_FORM,
            Warning,
            "the form was cut short when imported",
        ),
        (
            FAR_EXCEEDED,
            Warning,
            "a positive indicator's actual is far above its target: manual review (or cut by the rule)",
        ),
        (
            DEVIATION_UNEXPLAINED,
            Warning,
            "an indicator scores below its points without a deviation reason, which the rule requires",
        ),
        (
            BUDGET_ADJUSTED,
            Warning,
            "the full-year budget differs from the initial one beyond the rule's share: the adjustment must be explained",
        ),
        (
            NO_GRADE,
            Warning,
            "the form cannot earn a grade (cut short, never self-scored, no points or no actuals): none given",
        ),
        (
            BUDGET_ADDED,
            Info,
            "the budget rose during the year (追加): the change needs its reason",
        ),
        (
            BUDGET_CUT,
            Info,
            "the budget was cut during the year (调减)",
        ),
        (
            BUDGET_TRIMMED_TO_SPENT,
            Warning,
            "the full-year budget was cut to exactly the amount spent: B/A is 100% by construction",
        ),
        (
            LABEL_POINTS_MISMATCH,
            Warning,
            "a level-1 label's written points (`产出指标(50分)`) differ from the points declared under it",
        ),
        (
            IMPORT_GUESSED,
            Info,
            "the importer guessed or could not read parts of the form: numbers may rest on those guesses",
        ),
        (
            ACTUAL_IS_BOUND,
            Warning,
            "an actual is written as a bound (`≥266米`), not a measurement: read as its number",
        ),
        (SCRIPT_FAILED, Error, "a rule script failed for this case"),
        (
            SCRIPT_REJECTED,
            Error,
            "a rule script's decision failed the engine's checks and was not applied",
        ),
        (SCRIPT, Warning, "a finding raised by a rule script"),
        (
            SCRIPTS_BROKE_TOTALS,
            Error,
            "the scripts' decisions together broke the totals (points created, a total above its points): scored without them",
        ),
    ];

    /// Severity of a code.
    pub fn severity(code: &str) -> Severity {
        // Called for every finding: length and last byte rule out most codes without a
        // call to compare the texts.
        let last = code.as_bytes().last();
        ALL.iter()
            .find(|(c, _, _)| c.len() == code.len() && c.as_bytes().last() == last && *c == code)
            .map_or(Warning, |(_, s, _)| *s)
    }

    /// `score-mismatch`
    pub const SCORE_MISMATCH: &str = "score-mismatch";
    /// `score-above-points`
    pub const SCORE_ABOVE_POINTS: &str = "score-above-points";
    /// `total-not-sum`
    pub const TOTAL_NOT_SUM: &str = "total-not-sum";
    /// `total-points-not-sum`
    pub const TOTAL_POINTS_NOT_SUM: &str = "total-points-not-sum";
    /// `total-mismatch`
    pub const TOTAL_MISMATCH: &str = "total-mismatch";
    /// `points-total-mismatch`
    pub const POINTS_TOTAL_MISMATCH: &str = "points-total-mismatch";
    /// `weights-adjusted`
    pub const WEIGHTS_ADJUSTED: &str = "weights-adjusted";
    /// `points-weight-mismatch`
    pub const POINTS_WEIGHT_MISMATCH: &str = "points-weight-mismatch";
    /// `text-contradicts-target`
    pub const TEXT_CONTRADICTS_TARGET: &str = "text-contradicts-target";
    /// `missing-reported`
    pub const MISSING_REPORTED: &str = "missing-reported";
    /// `missing-actual`
    pub const MISSING_ACTUAL: &str = "missing-actual";
    /// `unreadable-value`
    pub const UNREADABLE_VALUE: &str = "unreadable-value";
    /// `not-applicable`
    pub const NOT_APPLICABLE: &str = "not-applicable";
    /// `qualitative-actual`
    pub const QUALITATIVE_ACTUAL: &str = "qualitative-actual";
    /// `unscorable`
    pub const UNSCORABLE: &str = "unscorable";
    /// `unit-mismatch`
    pub const UNIT_MISMATCH: &str = "unit-mismatch";
    /// `unit-assumed`
    pub const UNIT_ASSUMED: &str = "unit-assumed";
    /// `unknown-band`
    pub const UNKNOWN_BAND: &str = "unknown-band";
    /// `unknown-level1`
    pub const UNKNOWN_LEVEL1: &str = "unknown-level1";
    /// `division-by-zero`
    pub const DIVISION_BY_ZERO: &str = "division-by-zero";
    /// `absurd-value`
    pub const ABSURD_VALUE: &str = "absurd-value";
    /// `overspent`
    pub const OVERSPENT: &str = "overspent";
    /// `funds-total-blank`
    pub const FUNDS_TOTAL_BLANK: &str = "funds-total-blank";
    /// `rate-mismatch`
    pub const RATE_MISMATCH: &str = "rate-mismatch";
    /// `execution-unexplained`
    pub const EXECUTION_UNEXPLAINED: &str = "execution-unexplained";
    /// `goal-contradicts-indicators`
    pub const GOAL_CONTRADICTS_INDICATORS: &str = "goal-contradicts-indicators";
    /// `incomplete-form`
    pub const INCOMPLETE_FORM: &str = "incomplete-form";
    /// `far-exceeded`
    pub const FAR_EXCEEDED: &str = "far-exceeded";
    /// `deviation-unexplained`
    pub const DEVIATION_UNEXPLAINED: &str = "deviation-unexplained";
    /// `budget-adjusted`
    pub const BUDGET_ADJUSTED: &str = "budget-adjusted";
    /// `no-grade`
    pub const NO_GRADE: &str = "no-grade";
    /// `budget-added`
    pub const BUDGET_ADDED: &str = "budget-added";
    /// `budget-cut`
    pub const BUDGET_CUT: &str = "budget-cut";
    /// `budget-trimmed-to-spent`
    pub const BUDGET_TRIMMED_TO_SPENT: &str = "budget-trimmed-to-spent";
    /// `label-points-mismatch`
    pub const LABEL_POINTS_MISMATCH: &str = "label-points-mismatch";
    /// `import-guessed`
    pub const IMPORT_GUESSED: &str = "import-guessed";
    /// `actual-is-bound`
    pub const ACTUAL_IS_BOUND: &str = "actual-is-bound";
    /// `script-failed`
    pub const SCRIPT_FAILED: &str = "script-failed";
    /// `script-rejected`
    pub const SCRIPT_REJECTED: &str = "script-rejected";
    /// `script`
    pub const SCRIPT: &str = "script";
    /// `scripts-broke-totals`
    pub const SCRIPTS_BROKE_TOTALS: &str = "scripts-broke-totals";
}

impl Outcome {
    /// The total for arithmetic that compares outcomes (`diff`, `watch`): 0 on a form with no
    /// points, which has none (see [`Outcome::total`]).
    pub fn total_or_zero(&self) -> Decimal {
        self.total.unwrap_or_default()
    }

    /// Whether any finding is of error severity.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// Works out every finding's and trace input's line and column now, so that the outcome
    /// no longer holds its case file's text (see [`crate::source::Place`]). For outcomes kept
    /// until the end of a run.
    pub fn settle(&mut self) {
        for step in self.steps_mut() {
            for input in &mut step.inputs {
                input.location.settle();
            }
        }
        for f in &mut self.findings {
            f.location.settle();
        }
    }

    /// Every trace step: each indicator's, then execution's, then the total's.
    pub fn steps(&self) -> impl Iterator<Item = &Step> {
        self.indicators
            .iter()
            .flat_map(|i| &i.trace)
            .chain(&self.execution.trace)
            .chain(&self.total_trace)
    }

    /// [`Outcome::steps`], to change.
    fn steps_mut(&mut self) -> impl Iterator<Item = &mut Step> {
        self.indicators
            .iter_mut()
            .flat_map(|i| &mut i.trace)
            .chain(&mut self.execution.trace)
            .chain(&mut self.total_trace)
    }
}
