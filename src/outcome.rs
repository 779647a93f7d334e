//! What evaluation hands on: an [`Outcome`] per case with a trace for every number and the
//! [`Finding`]s where the form contradicts itself or the rules. Serialised as-is for
//! `--format json` (documented in docs/json-output.md).

use crate::i18n::Message;
use crate::model::RuleRef;
use crate::source::Place;
use rust_decimal::Decimal;
use serde::Serialize;
use std::sync::Arc;

pub mod copy;
pub mod import_notes;
pub mod words;

pub use copy::{
    Completeness, CopyGroup, CopyKey, CopyOf, Figure, FormId, Met, Versions, fingerprint,
    form_figures,
};
pub use import_notes::{FormNote, ImportNotes};

/// The scored result of one case under one rule set.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// Case file; for a form scored straight from its input (`score FILE`), the input, with
    /// the form's number in it in `form`.
    pub file: String,
    /// For a form scored straight from its input: its number in the input, from 1 (#16).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<u32>,
    /// What pairs the case with itself under two rule sets: the case file's name, or for a
    /// form scored straight from its input the case file `import --out` would write
    /// (`f.txt#2023-03-名称.toml`). Not shown.
    #[serde(skip)]
    pub key: String,
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
    /// True when the total is only a partial sum: the form was cut short, none of its
    /// actuals was filled, or its execution score is unknown, so it cannot earn a grade. Reports mark such a total (`90（不完整）`)
    /// and leave it out of averages and the score chart (the tester's F6). Absent from JSON
    /// when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
    /// Why the total is only a partial sum, when it is ([`Outcome::partial`]): what reports
    /// say beside 不完整 (`不完整（未填完成值）`), so that nobody reads every partial form as one
    /// cut short (tester s21 C5). Absent from JSON when the total is whole.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial_reason: Option<PartialReason>,
    /// Grade of the computed total, when the rule set has grades.
    pub grade: Option<String>,
    /// The total written on the form.
    pub reported_total: Option<Decimal>,
    /// True when the case was scored with the rule set's points (`--points rules`, a what-if
    /// on weights): the form's own total and self-scores were given against other points, so
    /// every output shows them but sets none against the computed ones (tester s15r N8).
    /// Absent from JSON when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub what_if: bool,
    /// The points taken on the department's word: the 分值 of the lines whose self-score was
    /// kept unchecked ([`Method::ReportedKept`], 采用自评得分（未复核）), a line with no points
    /// of its own counted by its self-score. The CSV's and the workbook summary's last column
    /// (tester s21 D2: a form at 100, 完整, 0 errors had 60 points nobody re-checked). Absent
    /// from JSON when 0.
    #[serde(skip_serializing_if = "Decimal::is_zero")]
    pub unverified_points: Decimal,
    /// Budget execution.
    pub execution: ExecutionOutcome,
    /// One entry per level-3 indicator, in form order.
    pub indicators: Vec<IndicatorOutcome>,
    /// How the total was reached.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub total_trace: Vec<Step>,
    /// Contradictions and problems, in form order.
    pub findings: Vec<Finding>,
    /// The form's import notes (`[form] import_notes`): what the importer recognised, guessed
    /// or could not read, and where on the form (#16). Absent from JSON when there are none.
    #[serde(skip_serializing_if = "ImportNotes::is_empty")]
    pub import_notes: ImportNotes,
    /// What tells this form's copies and versions from other forms ([`CopyOf`]): a department
    /// summary counts one form read twice once (s21 D3), and one form sent again with other
    /// figures once (s24). Not in JSON.
    #[serde(skip)]
    pub copy: Option<CopyOf>,
    /// The form is a 部门（单位）整体支出绩效自评表 by its title, not a project's form: what
    /// the HTML report's heading names (s23). Not in JSON.
    #[serde(skip)]
    pub department_form: bool,
}

/// Why a computed total is only a partial sum ([`Outcome::partial_reason`]), the first that
/// holds in this order. In JSON, kebab-case (`cut-short`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartialReason {
    /// The form was cut short before its 总分 row (表不全).
    CutShort,
    /// None of its actuals was filled (未填完成值).
    NoActuals,
    /// The execution score is unknown: its budget or spending could not be read (执行得分未知).
    ExecutionUnknown,
    /// Some line could not be scored and had no self-score to keep (有指标无法评分).
    Unscored,
}

impl PartialReason {
    /// The reason in a few words, as reports put it beside 不完整.
    pub fn message(self) -> Message {
        Message::new(match self {
            PartialReason::CutShort => "partial-cut-short",
            PartialReason::NoActuals => "partial-no-actuals",
            PartialReason::ExecutionUnknown => "partial-execution-unknown",
            PartialReason::Unscored => "partial-unscored",
        })
    }
}

/// Rule set identity carried by every result.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RulesId {
    /// Id.
    pub id: String,
    /// Content hash.
    pub hash: String,
}

/// A rate in percent rounded for showing: to 2 places, unless that puts it on the other side
/// of one of `steps` (in percent) — 94.9967% rounded to 95% under a "95% and above" step, which
/// the score was not given for (tester s14r F3) — then to 4, 6 or 8 places, the first that
/// keeps every side, or cut (not rounded) to 8 places, which always keeps them.
pub fn shown_rate(percent: Decimal, steps: &[Decimal]) -> Decimal {
    let keeps = |r: Decimal| steps.iter().all(|&s| (r >= s) == (percent >= s));
    [2, 4, 6, 8]
        .into_iter()
        .map(|places| percent.round_dp(places))
        .find(|&r| keeps(r))
        .unwrap_or_else(|| {
            percent.round_dp_with_strategy(8, rust_decimal::RoundingStrategy::ToZero)
        })
        .normalize()
}

/// Budget execution result. In JSON, `score` is null when it is unknown ([`Self::unknown`]).
#[derive(Debug, Clone)]
pub struct ExecutionOutcome {
    /// Execution rate in percent (B/A × 100), unrounded; none when it cannot be computed.
    pub rate: Option<Decimal>,
    /// The rate as outputs show it ([`shown_rate`]): to 2 places, or to as many more as tell
    /// which side of the rule's steps it lies on (94.9967%, not 95%, under a 95% step).
    /// Not in JSON, which has the whole rate.
    pub rate_shown: Option<Decimal>,
    /// 全年预算数(A) of the row the figures are read from (年度资金总额, or 本年财政拨款 when
    /// the total row is blank), in 万元; none when blank or unreadable. For department sums.
    pub budget: Option<Decimal>,
    /// 全年执行数(B) of the same row, in 万元; none when blank or unreadable.
    pub spent: Option<Decimal>,
    /// Points.
    pub points: Decimal,
    /// Score: 0 while it is [`Self::unknown`], so that the total adds up what is known.
    pub score: Decimal,
    /// The score is unknown, not 0: the 全年预算数 or 全年执行数 it is worked out from is
    /// blank or cannot be read, or no 项目资金 row was read at all. The total is then only a
    /// partial sum ([`Outcome::partial`]) and the form gets no grade.
    pub unknown: bool,
    /// Score written on the form.
    pub reported_score: Option<Decimal>,
    /// How the score was reached (empty unless traces were asked for).
    pub trace: Vec<Step>,
}

impl Serialize for ExecutionOutcome {
    /// As the struct reads, but for `score`: null when unknown, and no `unknown` key.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Shown<'a> {
            rate: Option<Decimal>,
            budget: Option<Decimal>,
            spent: Option<Decimal>,
            points: Decimal,
            score: Option<Decimal>,
            reported_score: Option<Decimal>,
            trace: &'a [Step],
        }
        Shown {
            rate: self.rate,
            budget: self.budget,
            spent: self.spent,
            points: self.points,
            score: (!self.unknown).then_some(self.score),
            reported_score: self.reported_score,
            trace: &self.trace,
        }
        .serialize(s)
    }
}

/// A short text kept inline when it fits (24 bytes: `产出指标`, `数量指标`), on the heap
/// otherwise. Derefs to `str`.
pub type Label = compact_str::CompactString;

/// One level-3 indicator's result. In JSON, `score` is null on a line left unscored
/// ([`Method::Unscored`]), as `execution.score` is when unknown.
#[derive(Debug, Clone)]
pub struct IndicatorOutcome {
    /// Level 1, resolved to the rule set's name where it could be (`产` → 产出指标). Short
    /// labels are kept inline (no allocation and no reference count shared between threads).
    pub level1: Label,
    /// The form's own level-1 label where it names the rule set's group by an alias
    /// (the Sichuan form's `产出指标` under the rules' `绩效指标`): what the reports show in the
    /// 一级指标 column, so that the reviewer finds the row on the form (tester F6). None when
    /// the form writes the group's name, a cut label (`产`) or nothing the rules know.
    pub form_level1: Option<Label>,
    /// Level 2 as written (inline like level 1).
    pub level2: Label,
    /// Level 3 as written.
    pub level3: Arc<str>,
    /// Points this indicator carries (its share when several share one cell); none when not
    /// applicable.
    pub points: Option<Decimal>,
    /// Computed score: 0 on a line left unscored, only so that the total adds up the rest;
    /// outputs show [`Self::shown_score`].
    pub score: Decimal,
    /// Score written on the form (for a shared cell, on the first row of the group).
    pub reported_score: Option<Decimal>,
    /// How it was scored.
    pub method: Method,
    /// The 完成情况 cell, on a template with that column (a 绩效目标自评表): the department's
    /// own claim, what `completion-mismatch` checks. Absent from JSON when the form has no
    /// such column.
    pub completion: Option<Completion>,
    /// How the score was reached (empty unless traces were asked for).
    pub trace: Vec<Step>,
}

impl Serialize for IndicatorOutcome {
    /// As the struct reads, but for `score`: null on a line left unscored
    /// ([`IndicatorOutcome::shown_score`]), so that a script summing `score` does not take
    /// it for a scored 0 (tester s16r, s15r N3).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Shown<'a> {
            level1: &'a Label,
            #[serde(skip_serializing_if = "Option::is_none")]
            form_level1: Option<&'a Label>,
            level2: &'a Label,
            level3: &'a Arc<str>,
            points: Option<Decimal>,
            score: Option<Decimal>,
            reported_score: Option<Decimal>,
            method: Method,
            #[serde(skip_serializing_if = "Option::is_none")]
            completion: Option<&'a Completion>,
            trace: &'a [Step],
        }
        Shown {
            level1: &self.level1,
            form_level1: self.form_level1.as_ref(),
            level2: &self.level2,
            level3: &self.level3,
            points: self.points,
            score: self.shown_score(),
            reported_score: self.reported_score,
            method: self.method,
            completion: self.completion.as_ref(),
            trace: &self.trace,
        }
        .serialize(s)
    }
}

/// A 完成情况 cell: as written, and what it claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Completion {
    /// The cell as written (`已完成`).
    pub text: Arc<str>,
    /// What it claims: `done`, `not_done`, `partly` (基本完成) or `other` (blank, a sentence).
    pub claim: crate::value::Claim,
}

impl IndicatorOutcome {
    /// The level-1 label the reports show: the form's own ([`Self::form_level1`]) where it
    /// has one, else the rule set's group name.
    pub fn shown_level1(&self) -> &str {
        self.form_level1.as_deref().unwrap_or(&self.level1)
    }

    /// The score the outputs show: none on a line left unscored ([`Method::Unscored`]),
    /// whose 0 only lets the total add up the rest: `—` in the table and page, an empty cell
    /// in the workbook, null in JSON — not a scored 0.
    pub fn shown_score(&self) -> Option<Decimal> {
        (self.method != Method::Unscored).then_some(self.score)
    }
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
    /// Could not be scored from the form and no self-score to keep (an actual the rules
    /// cannot read, left without a 得分): the line needs a person. Its score is 0 only so
    /// that the total adds up what is known; the total is partial ([`Outcome::partial`]) and
    /// the form gets no grade (tester s15r N3, issue #15 item 4).
    Unscored,
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
            Method::Unscored => "unscored",
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
    /// The computation in words and numbers, e.g. `min(100 / 90, 1) × 10 = 10` (rendered
    /// in the user's language).
    pub text: Message,
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
    /// Stable code.
    pub code: FindingCode,
    /// Severity.
    pub severity: Severity,
    /// What is wrong, with the values involved (rendered in the user's language).
    pub message: Message,
    /// The form field it is about.
    pub location: Place,
}

/// Finding codes: one enum, each code with its stable name, severity and meaning.
/// docs/findings.md lists them all (a test iterates [`FindingCode::ALL`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FindingCode {
    /// `score-mismatch`: reported score differs from the computed score.
    ScoreMismatch,
    /// `score-above-points`: a reported score is above its points.
    ScoreAbovePoints,
    /// `total-not-sum`: reported total is not the sum of the form's own line scores.
    TotalNotSum,
    /// `total-unchecked`: the reported total cannot be checked against the line scores, one of which cannot be read (an Excel `#DIV/0!`).
    TotalUnchecked,
    /// `total-points-not-sum`: reported total points are not the sum of the declared points.
    TotalPointsNotSum,
    /// `total-mismatch`: reported total differs from the computed total.
    TotalMismatch,
    /// `grade-mismatch`: the grade the reported total earns differs from the computed grade.
    GradeMismatch,
    /// `points-total-mismatch`: declared points do not add up to the rule's total.
    PointsTotalMismatch,
    /// `weights-adjusted`: a level-1 weight differs from the rule's (allowed: adjustable).
    WeightsAdjusted,
    /// `points-weight-mismatch`: a level-1 weight differs from the rule's (not adjustable).
    PointsWeightMismatch,
    /// `text-contradicts-target`: the indicator's own text states another target than its target column.
    TextContradictsTarget,
    /// `missing-reported`: a value the form should carry is blank.
    MissingReported,
    /// `missing-actual`: an indicator has no actual value: scored 0.
    MissingActual,
    /// `unreadable-value`: a value could not be read.
    UnreadableValue,
    /// `not-applicable`: an indicator was treated as not applicable and excluded.
    NotApplicable,
    /// `qualitative-actual`: a quantitative target answered with band words: scored by the bands.
    QualitativeActual,
    /// `unscorable`: the form gives no way to score an indicator: the reported score was kept.
    Unscorable,
    /// `unit-mismatch`: target and actual are in units that do not convert into each other.
    UnitMismatch,
    /// `unit-assumed`: an actual was converted to its target's unit, or read in its multiplier.
    UnitAssumed,
    /// `unit-guessed`: an actual's unit or scale was guessed from its size against its target (元 on a 万元 form, a fraction on a rate line without `%`): scored so, to be checked.
    UnitGuessed,
    /// `unknown-band`: an actual's words match no qualitative band: scored 0.
    UnknownBand,
    /// `unknown-level1`: a level-1 label matches no level-1 indicator of the rules.
    UnknownLevel1,
    /// `division-by-zero`: a formula would divide by zero.
    DivisionByZero,
    /// `absurd-value`: a value is outside any sensible range (negative budget, rate over 1000%).
    AbsurdValue,
    /// `overspent`: spent more than the full-year budget: rate capped at 100% for scoring.
    Overspent,
    /// `funds-total-blank`: the 年度资金总额 row is blank or 0 while its 其中 rows hold the figures: their sum is used.
    FundsTotalBlank,
    /// `funds-parts-mismatch`: the 年度资金总额 row differs from the sum of its 其中 rows beyond rounding.
    FundsPartsMismatch,
    /// `rate-mismatch`: the written execution rate differs from B/A.
    RateMismatch,
    /// `execution-unexplained`: execution below the rule's threshold without a deviation reason.
    ExecutionUnexplained,
    /// `execution-low-targets-met`: execution far below the budget while every target is reported met.
    ExecutionLowTargetsMet,
    /// `goal-contradicts-indicators`: the overall goal is reported as only partly met while every indicator claims full points.
    GoalContradictsIndicators,
    /// `incomplete-form`: the form was cut short when imported.
    IncompleteForm,
    /// `far-exceeded`: a positive indicator's actual is far above its target: manual review (or cut by the rule).
    FarExceeded,
    /// `equal-exceeded`: an "=" target was passed, not hit, and the rule's "reached" counted it met: manual review.
    EqualExceeded,
    /// `deviation-unexplained`: an indicator scores below its points without a deviation reason, which the rule requires.
    DeviationUnexplained,
    /// `budget-adjusted`: the full-year budget differs from the initial one beyond the rule's share: the adjustment must be explained.
    BudgetAdjusted,
    /// `budget-adjustment-explained`: the budget was adjusted beyond the rule's share and the form explains it in its funds 原因/说明 cell: the explanation is quoted for review.
    BudgetAdjustmentExplained,
    /// `no-grade`: the form cannot earn a grade (cut short, never self-scored, no points or no actuals): none given.
    NoGrade,
    /// `budget-added`: the budget rose during the year (追加): the change needs its reason.
    BudgetAdded,
    /// `budget-cut`: the budget was cut during the year (调减).
    BudgetCut,
    /// `budget-trimmed-to-spent`: the full-year budget was cut to exactly the amount spent: B/A is 100% by construction.
    BudgetTrimmedToSpent,
    /// `funds-points-not-execution`: the 年度资金总额 row's 分值/得分 are not the execution's (the form's total points and self-scored total, or execution scored in an indicator row): set aside.
    FundsPointsNotExecution,
    /// `no-execution-block`: the form has no budget execution block (no funds 分值/得分, its indicators' points make its full marks): scored out of its own full marks, with no execution points added.
    NoExecutionBlock,
    /// `label-points-mismatch`: a level-1 label's written points (`产出指标(50分)`) differ from the points declared under it.
    LabelPointsMismatch,
    /// `no-level1`: the form lists its indicators with no level-1 labels (a flat list): the rules' level-1 weights are not checked, the total of the points is.
    NoLevel1,
    /// `direction-by-name`: a target the form gives no direction for takes the direction a rule gives indicators of its name (`结转结余率` → reverse).
    DirectionByName,
    /// `import-guessed`: the importer guessed or could not read parts of the form: numbers may rest on those guesses.
    ImportGuessed,
    /// `duplicate-form`: a run read the same form twice (the same project, unit and figures as a form read before it, from another file or place): its scores are counted twice.
    DuplicateForm,
    /// `revised-form`: a run read two versions of one form (the same project, unit and year, other figures: a corrected form sent again): the department summary counts one.
    RevisedForm,
    /// `actual-is-bound`: an actual is written as a bound (`≥266米`), not a measurement: read as its number.
    ActualIsBound,
    /// `reported-kept`: an indicator could not be scored from the form, so its reported score was taken unverified.
    ReportedKept,
    /// `target-not-met`: on a form with no points, an indicator did not meet its target.
    TargetNotMet,
    /// `completion-mismatch`: on a form with no points, the 完成情况 cell says the opposite of
    /// the line's judgement (`已完成` on an unmet target, `未完成` on a met one).
    CompletionMismatch,
    /// `year-mismatch`: the form's year differs from the rule set's.
    YearMismatch,
    /// `template-mismatch`: the form is of another template family than the rule set's.
    TemplateMismatch,
    /// `script-failed`: a rule script failed for this case.
    ScriptFailed,
    /// `script-rejected`: a rule script's decision failed the engine's checks and was not applied.
    ScriptRejected,
    /// `script`: a finding raised by a rule script.
    Script,
    /// `scripts-broke-totals`: the scripts' decisions together broke the totals (points created, a total above its points): scored without them.
    ScriptsBrokeTotals,
    /// `survey-counts-invalid`: a satisfaction survey's counts contradict themselves (a sample of 0, more satisfied than sampled): the reported score is kept.
    SurveyCountsInvalid,
    /// `survey-rate-mismatch`: the 满意度 written beside the survey counts differs from 满意人数 / 有效样本: scored on the counts.
    SurveyRateMismatch,
    /// `survey-sample-small`: a satisfaction survey's sample is below the rules' minimum (and may earn at most the rules' share of the points).
    SurveySampleSmall,
    /// `score-in-words`: a 得分 cell written in words (`满分`, `不得分`) was read as the line's points or 0.
    ScoreInWords,
    /// `full-marks-mismatch`: a 得分 written `满分10分` names other points than the line's.
    FullMarksMismatch,
}

impl FindingCode {
    /// Every code, in the order docs/findings.md lists them.
    pub const ALL: &[FindingCode] = &[
        FindingCode::ScoreMismatch,
        FindingCode::ScoreAbovePoints,
        FindingCode::TotalNotSum,
        FindingCode::TotalUnchecked,
        FindingCode::TotalPointsNotSum,
        FindingCode::TotalMismatch,
        FindingCode::GradeMismatch,
        FindingCode::PointsTotalMismatch,
        FindingCode::WeightsAdjusted,
        FindingCode::PointsWeightMismatch,
        FindingCode::TextContradictsTarget,
        FindingCode::MissingReported,
        FindingCode::MissingActual,
        FindingCode::UnreadableValue,
        FindingCode::NotApplicable,
        FindingCode::QualitativeActual,
        FindingCode::Unscorable,
        FindingCode::UnitMismatch,
        FindingCode::UnitAssumed,
        FindingCode::UnitGuessed,
        FindingCode::UnknownBand,
        FindingCode::UnknownLevel1,
        FindingCode::DivisionByZero,
        FindingCode::AbsurdValue,
        FindingCode::Overspent,
        FindingCode::FundsTotalBlank,
        FindingCode::FundsPartsMismatch,
        FindingCode::RateMismatch,
        FindingCode::ExecutionUnexplained,
        FindingCode::ExecutionLowTargetsMet,
        FindingCode::GoalContradictsIndicators,
        FindingCode::IncompleteForm,
        FindingCode::FarExceeded,
        FindingCode::EqualExceeded,
        FindingCode::DeviationUnexplained,
        FindingCode::BudgetAdjusted,
        FindingCode::BudgetAdjustmentExplained,
        FindingCode::NoGrade,
        FindingCode::BudgetAdded,
        FindingCode::BudgetCut,
        FindingCode::BudgetTrimmedToSpent,
        FindingCode::FundsPointsNotExecution,
        FindingCode::NoExecutionBlock,
        FindingCode::LabelPointsMismatch,
        FindingCode::NoLevel1,
        FindingCode::DirectionByName,
        FindingCode::ImportGuessed,
        FindingCode::DuplicateForm,
        FindingCode::RevisedForm,
        FindingCode::ActualIsBound,
        FindingCode::ReportedKept,
        FindingCode::TargetNotMet,
        FindingCode::CompletionMismatch,
        FindingCode::YearMismatch,
        FindingCode::TemplateMismatch,
        FindingCode::ScriptFailed,
        FindingCode::ScriptRejected,
        FindingCode::Script,
        FindingCode::ScriptsBrokeTotals,
        FindingCode::SurveyCountsInvalid,
        FindingCode::SurveyRateMismatch,
        FindingCode::SurveySampleSmall,
        FindingCode::ScoreInWords,
        FindingCode::FullMarksMismatch,
    ];

    /// The stable name (`score-mismatch`), the same in every language and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingCode::ScoreMismatch => "score-mismatch",
            FindingCode::ScoreAbovePoints => "score-above-points",
            FindingCode::TotalNotSum => "total-not-sum",
            FindingCode::TotalUnchecked => "total-unchecked",
            FindingCode::TotalPointsNotSum => "total-points-not-sum",
            FindingCode::TotalMismatch => "total-mismatch",
            FindingCode::GradeMismatch => "grade-mismatch",
            FindingCode::PointsTotalMismatch => "points-total-mismatch",
            FindingCode::WeightsAdjusted => "weights-adjusted",
            FindingCode::PointsWeightMismatch => "points-weight-mismatch",
            FindingCode::TextContradictsTarget => "text-contradicts-target",
            FindingCode::MissingReported => "missing-reported",
            FindingCode::MissingActual => "missing-actual",
            FindingCode::UnreadableValue => "unreadable-value",
            FindingCode::NotApplicable => "not-applicable",
            FindingCode::QualitativeActual => "qualitative-actual",
            FindingCode::Unscorable => "unscorable",
            FindingCode::UnitMismatch => "unit-mismatch",
            FindingCode::UnitAssumed => "unit-assumed",
            FindingCode::UnitGuessed => "unit-guessed",
            FindingCode::UnknownBand => "unknown-band",
            FindingCode::UnknownLevel1 => "unknown-level1",
            FindingCode::DivisionByZero => "division-by-zero",
            FindingCode::AbsurdValue => "absurd-value",
            FindingCode::Overspent => "overspent",
            FindingCode::FundsTotalBlank => "funds-total-blank",
            FindingCode::FundsPartsMismatch => "funds-parts-mismatch",
            FindingCode::RateMismatch => "rate-mismatch",
            FindingCode::ExecutionUnexplained => "execution-unexplained",
            FindingCode::ExecutionLowTargetsMet => "execution-low-targets-met",
            FindingCode::GoalContradictsIndicators => "goal-contradicts-indicators",
            FindingCode::IncompleteForm => "incomplete-form",
            FindingCode::FarExceeded => "far-exceeded",
            FindingCode::EqualExceeded => "equal-exceeded",
            FindingCode::DeviationUnexplained => "deviation-unexplained",
            FindingCode::BudgetAdjusted => "budget-adjusted",
            FindingCode::BudgetAdjustmentExplained => "budget-adjustment-explained",
            FindingCode::NoGrade => "no-grade",
            FindingCode::BudgetAdded => "budget-added",
            FindingCode::BudgetCut => "budget-cut",
            FindingCode::BudgetTrimmedToSpent => "budget-trimmed-to-spent",
            FindingCode::FundsPointsNotExecution => "funds-points-not-execution",
            FindingCode::NoExecutionBlock => "no-execution-block",
            FindingCode::LabelPointsMismatch => "label-points-mismatch",
            FindingCode::NoLevel1 => "no-level1",
            FindingCode::DirectionByName => "direction-by-name",
            FindingCode::ImportGuessed => "import-guessed",
            FindingCode::DuplicateForm => "duplicate-form",
            FindingCode::RevisedForm => "revised-form",
            FindingCode::ActualIsBound => "actual-is-bound",
            FindingCode::ReportedKept => "reported-kept",
            FindingCode::TargetNotMet => "target-not-met",
            FindingCode::CompletionMismatch => "completion-mismatch",
            FindingCode::YearMismatch => "year-mismatch",
            FindingCode::TemplateMismatch => "template-mismatch",
            FindingCode::ScriptFailed => "script-failed",
            FindingCode::ScriptRejected => "script-rejected",
            FindingCode::Script => "script",
            FindingCode::ScriptsBrokeTotals => "scripts-broke-totals",
            FindingCode::SurveyCountsInvalid => "survey-counts-invalid",
            FindingCode::SurveyRateMismatch => "survey-rate-mismatch",
            FindingCode::SurveySampleSmall => "survey-sample-small",
            FindingCode::ScoreInWords => "score-in-words",
            FindingCode::FullMarksMismatch => "full-marks-mismatch",
        }
    }

    /// How bad a finding with this code is.
    pub fn severity(self) -> Severity {
        use Severity::*;
        match self {
            FindingCode::ScoreMismatch => Warning,
            FindingCode::ScoreAbovePoints => Error,
            FindingCode::TotalNotSum => Error,
            FindingCode::TotalUnchecked => Warning,
            FindingCode::TotalPointsNotSum => Error,
            FindingCode::TotalMismatch => Warning,
            FindingCode::GradeMismatch => Error,
            FindingCode::PointsTotalMismatch => Warning,
            FindingCode::WeightsAdjusted => Info,
            FindingCode::PointsWeightMismatch => Warning,
            FindingCode::TextContradictsTarget => Warning,
            FindingCode::MissingReported => Warning,
            FindingCode::MissingActual => Warning,
            FindingCode::UnreadableValue => Warning,
            FindingCode::NotApplicable => Info,
            FindingCode::QualitativeActual => Info,
            FindingCode::Unscorable => Warning,
            FindingCode::UnitMismatch => Warning,
            FindingCode::UnitAssumed => Info,
            FindingCode::UnitGuessed => Warning,
            FindingCode::UnknownBand => Warning,
            FindingCode::UnknownLevel1 => Warning,
            FindingCode::DivisionByZero => Warning,
            FindingCode::AbsurdValue => Warning,
            FindingCode::Overspent => Warning,
            FindingCode::FundsTotalBlank => Warning,
            FindingCode::FundsPartsMismatch => Warning,
            FindingCode::RateMismatch => Warning,
            FindingCode::ExecutionUnexplained => Warning,
            FindingCode::ExecutionLowTargetsMet => Warning,
            FindingCode::GoalContradictsIndicators => Warning,
            FindingCode::IncompleteForm => Warning,
            FindingCode::FarExceeded => Warning,
            FindingCode::EqualExceeded => Warning,
            FindingCode::DeviationUnexplained => Warning,
            FindingCode::BudgetAdjusted => Warning,
            FindingCode::BudgetAdjustmentExplained => Info,
            FindingCode::NoGrade => Warning,
            FindingCode::BudgetAdded => Info,
            FindingCode::BudgetCut => Info,
            FindingCode::BudgetTrimmedToSpent => Warning,
            FindingCode::FundsPointsNotExecution => Warning,
            FindingCode::NoExecutionBlock => Info,
            FindingCode::LabelPointsMismatch => Warning,
            FindingCode::NoLevel1 => Info,
            FindingCode::DirectionByName => Info,
            FindingCode::ImportGuessed => Info,
            FindingCode::DuplicateForm => Warning,
            FindingCode::RevisedForm => Warning,
            FindingCode::ActualIsBound => Warning,
            FindingCode::ReportedKept => Warning,
            FindingCode::TargetNotMet => Info,
            FindingCode::CompletionMismatch => Warning,
            FindingCode::YearMismatch => Warning,
            FindingCode::TemplateMismatch => Warning,
            FindingCode::ScriptFailed => Error,
            FindingCode::ScriptRejected => Error,
            FindingCode::Script => Warning,
            FindingCode::ScriptsBrokeTotals => Error,
            FindingCode::SurveyCountsInvalid => Error,
            FindingCode::SurveyRateMismatch => Warning,
            FindingCode::SurveySampleSmall => Warning,
            FindingCode::ScoreInWords => Info,
            FindingCode::FullMarksMismatch => Warning,
        }
    }

    /// What the code means, in English (docs/findings.md says it in full).
    pub fn meaning(self) -> &'static str {
        match self {
            FindingCode::ScoreMismatch => "reported score differs from the computed score",
            FindingCode::ScoreAbovePoints => "a reported score is above its points",
            FindingCode::TotalUnchecked => "reported total uncheckable: a score cannot be read",
            FindingCode::TotalNotSum
            | FindingCode::TotalPointsNotSum
            | FindingCode::TotalMismatch
            | FindingCode::GradeMismatch
            | FindingCode::PointsTotalMismatch => self.totals_meaning(),
            FindingCode::WeightsAdjusted => {
                "a level-1 weight differs from the rule's (allowed: adjustable)"
            }
            FindingCode::PointsWeightMismatch => {
                "a level-1 weight differs from the rule's (not adjustable)"
            }
            FindingCode::TextContradictsTarget => {
                "the indicator's own text states another target than its target column"
            }
            FindingCode::MissingReported => "a value the form should carry is blank",
            FindingCode::MissingActual => "an indicator has no actual value: scored 0",
            FindingCode::UnreadableValue => "a value could not be read",
            FindingCode::NotApplicable => "an indicator was treated as not applicable and excluded",
            FindingCode::QualitativeActual => {
                "a quantitative target answered with band words: scored by the bands"
            }
            FindingCode::Unscorable => {
                "the form gives no way to score an indicator: the reported score was kept"
            }
            FindingCode::UnitMismatch => {
                "target and actual are in units that do not convert into each other"
            }
            FindingCode::UnitAssumed => {
                "an actual was converted to its target's unit, or read in its multiplier"
            }
            FindingCode::UnitGuessed => {
                "an actual's unit or scale was guessed from its size against its target: scored so, to be checked"
            }
            FindingCode::UnknownBand => {
                "an actual's words match no qualitative band: the self-score kept"
            }
            FindingCode::UnknownLevel1 => {
                "a level-1 label matches no level-1 indicator of the rules"
            }
            FindingCode::DivisionByZero => "a formula would divide by zero",
            FindingCode::AbsurdValue => {
                "a value is outside any sensible range (negative budget, rate over 1000%)"
            }
            FindingCode::GoalContradictsIndicators => {
                "the overall goal is reported as only partly met while every indicator claims full points"
            }
            FindingCode::IncompleteForm => "the form was cut short when imported",
            FindingCode::FarExceeded => {
                "a positive indicator's actual is far above its target: manual review (or cut by the rule)"
            }
            FindingCode::EqualExceeded => {
                "an \"=\" target was passed, not hit, and counted met by the rule: manual review"
            }
            FindingCode::DeviationUnexplained => {
                "an indicator scores below its points without a deviation reason, which the rule requires"
            }
            FindingCode::NoGrade => {
                "the form cannot earn a grade (cut short, never self-scored, no points or no actuals): none given"
            }
            FindingCode::LabelPointsMismatch => {
                "a level-1 label's written points (`产出指标(50分)`) differ from the points declared under it"
            }
            FindingCode::NoLevel1 => {
                "the indicators carry no level-1 labels (a flat list): the rules' level-1 weights are not checked"
            }
            FindingCode::DirectionByName => {
                "a target without a direction takes the one a rule gives indicators of its name (`结余率`: reverse)"
            }
            FindingCode::ImportGuessed => {
                "the importer guessed or could not read parts of the form: numbers may rest on those guesses"
            }
            FindingCode::DuplicateForm => "the same form read twice in one run: counted twice",
            FindingCode::RevisedForm => {
                "two versions of one form (other figures) in one run: the summary counts one"
            }
            FindingCode::ActualIsBound => {
                "an actual is written as a bound (`≥266米`), not a measurement: read as its number"
            }
            FindingCode::ReportedKept => "an indicator's reported score was kept unverified",
            FindingCode::TargetNotMet | FindingCode::CompletionMismatch => self.pointless_meaning(),
            FindingCode::YearMismatch => "the form's year differs from the rule set's",
            FindingCode::TemplateMismatch => "the form is of another template than the rule set's",
            FindingCode::ScoreInWords | FindingCode::FullMarksMismatch => self.words_meaning(),
            FindingCode::ScriptFailed
            | FindingCode::ScriptRejected
            | FindingCode::Script
            | FindingCode::ScriptsBrokeTotals
            | FindingCode::SurveyCountsInvalid
            | FindingCode::SurveyRateMismatch
            | FindingCode::SurveySampleSmall => self.hook_meaning(),
            FindingCode::Overspent
            | FindingCode::FundsTotalBlank
            | FindingCode::FundsPartsMismatch
            | FindingCode::RateMismatch
            | FindingCode::BudgetAdjusted
            | FindingCode::BudgetAdjustmentExplained
            | FindingCode::BudgetAdded
            | FindingCode::BudgetCut
            | FindingCode::BudgetTrimmedToSpent
            | FindingCode::FundsPointsNotExecution
            | FindingCode::NoExecutionBlock
            | FindingCode::ExecutionUnexplained
            | FindingCode::ExecutionLowTargetsMet => self.funds_meaning(),
        }
    }

    /// What the codes about the form's totals mean (split from [`Self::meaning`] to keep it on
    /// a screen).
    fn totals_meaning(self) -> &'static str {
        match self {
            FindingCode::TotalNotSum => {
                "reported total is not the sum of the form's own line scores"
            }
            FindingCode::TotalPointsNotSum => {
                "reported total points are not the sum of the declared points"
            }
            FindingCode::TotalMismatch => "reported total differs from the computed total",
            FindingCode::GradeMismatch => {
                "the grade the reported total earns differs from the computed grade"
            }
            FindingCode::PointsTotalMismatch => "declared points do not add up to the rule's total",
            _ => "",
        }
    }

    /// What the codes of a form without points mean (split from [`Self::meaning`] to keep it
    /// on a screen).
    fn pointless_meaning(self) -> &'static str {
        match self {
            FindingCode::TargetNotMet => {
                "on a form with no points, an indicator did not meet its target"
            }
            FindingCode::CompletionMismatch => {
                "on a form with no points, the 完成情况 cell says the opposite of the line's target and actual"
            }
            _ => "",
        }
    }

    /// What the codes about a 得分 written in words mean (split from [`Self::meaning`] to keep
    /// it on a screen).
    fn words_meaning(self) -> &'static str {
        match self {
            FindingCode::ScoreInWords => {
                "a 得分 cell written in words (`满分`, `不得分`) was read as the line's points or 0"
            }
            FindingCode::FullMarksMismatch => {
                "a 得分 written `满分10分` names other points than the line's: the number written is taken"
            }
            _ => "",
        }
    }

    /// What the codes of scripts and surveys mean (split from [`Self::meaning`] to keep it
    /// on a screen).
    /// What the codes about the funds block mean (split from [`Self::meaning`] to keep it on a
    /// screen).
    fn funds_meaning(self) -> &'static str {
        match self {
            FindingCode::ExecutionUnexplained => {
                "execution below the rule's threshold without a deviation reason"
            }
            FindingCode::ExecutionLowTargetsMet => {
                "execution far below the budget while every target is reported met"
            }
            FindingCode::Overspent => {
                "spent more than the full-year budget (the amount over and B/A said): to be explained; rate capped at 100% for scoring"
            }
            FindingCode::FundsTotalBlank => {
                "the 年度资金总额 row is blank or 0 while its 其中 rows hold the figures: their sum is used"
            }
            FindingCode::FundsPartsMismatch => {
                "the 年度资金总额 row differs from the sum of its 其中 rows beyond rounding: execution keeps the total row's figure, a person checks which is right"
            }
            FindingCode::RateMismatch => "the written execution rate differs from B/A",
            FindingCode::BudgetAdjusted => {
                "the full-year budget differs from the initial one beyond the rule's share: the adjustment must be explained"
            }
            FindingCode::BudgetAdjustmentExplained => {
                "the budget was adjusted beyond the rule's share and the form explains it in its funds 原因/说明 cell: the explanation is quoted for review"
            }
            FindingCode::BudgetAdded => {
                "the budget rose during the year (追加): the change needs its reason"
            }
            FindingCode::BudgetCut => "the budget was cut during the year (调减)",
            FindingCode::BudgetTrimmedToSpent => {
                "the full-year budget was cut to exactly the amount spent: B/A is 100% by construction"
            }
            FindingCode::NoExecutionBlock => {
                "the form has no budget execution block (no funds 分值/得分, its indicators' points make its full marks): scored out of its own full marks, no execution points added"
            }
            FindingCode::FundsPointsNotExecution => {
                "the 年度资金总额 row's 分值/得分 are not the execution's (the form's total points and self-scored total, or execution scored in an indicator row): set aside, execution scored once"
            }
            _ => self.hook_meaning(),
        }
    }

    fn hook_meaning(self) -> &'static str {
        match self {
            FindingCode::ScriptFailed => "a rule script failed for this case",
            FindingCode::ScriptRejected => {
                "a rule script's decision failed the engine's checks and was not applied"
            }
            FindingCode::Script => "a finding raised by a rule script",
            FindingCode::ScriptsBrokeTotals => {
                "the scripts' decisions together broke the totals (points created, a total above its points): scored without them"
            }
            FindingCode::SurveyCountsInvalid => "survey counts contradict themselves: score kept",
            FindingCode::SurveyRateMismatch => "a written 满意度 differs from the survey counts",
            FindingCode::SurveySampleSmall => "a survey's sample is below the rules' minimum",
            _ => "",
        }
    }

    /// Where the code is documented.
    pub fn docs_link(self) -> String {
        format!("docs/findings.md#{}", self.as_str())
    }

    /// The code for a stable name.
    pub fn from_name(name: &str) -> Option<FindingCode> {
        FindingCode::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == name)
    }
}

impl std::fmt::Display for FindingCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for FindingCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for FindingCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The finding codes under their old constant names, so call sites read `codes::TOTAL_NOT_SUM`.
pub mod codes {
    use super::FindingCode;

    /// `score-mismatch`
    pub const SCORE_MISMATCH: FindingCode = FindingCode::ScoreMismatch;
    /// `score-above-points`
    pub const SCORE_ABOVE_POINTS: FindingCode = FindingCode::ScoreAbovePoints;
    /// `total-not-sum`
    pub const TOTAL_NOT_SUM: FindingCode = FindingCode::TotalNotSum;
    /// `total-unchecked`
    pub const TOTAL_UNCHECKED: FindingCode = FindingCode::TotalUnchecked;
    /// `total-points-not-sum`
    pub const TOTAL_POINTS_NOT_SUM: FindingCode = FindingCode::TotalPointsNotSum;
    /// `total-mismatch`
    pub const TOTAL_MISMATCH: FindingCode = FindingCode::TotalMismatch;
    /// `grade-mismatch`
    pub const GRADE_MISMATCH: FindingCode = FindingCode::GradeMismatch;
    /// `points-total-mismatch`
    pub const POINTS_TOTAL_MISMATCH: FindingCode = FindingCode::PointsTotalMismatch;
    /// `weights-adjusted`
    pub const WEIGHTS_ADJUSTED: FindingCode = FindingCode::WeightsAdjusted;
    /// `points-weight-mismatch`
    pub const POINTS_WEIGHT_MISMATCH: FindingCode = FindingCode::PointsWeightMismatch;
    /// `text-contradicts-target`
    pub const TEXT_CONTRADICTS_TARGET: FindingCode = FindingCode::TextContradictsTarget;
    /// `missing-reported`
    pub const MISSING_REPORTED: FindingCode = FindingCode::MissingReported;
    /// `missing-actual`
    pub const MISSING_ACTUAL: FindingCode = FindingCode::MissingActual;
    /// `unreadable-value`
    pub const UNREADABLE_VALUE: FindingCode = FindingCode::UnreadableValue;
    /// `score-in-words`
    pub const SCORE_IN_WORDS: FindingCode = FindingCode::ScoreInWords;
    /// `full-marks-mismatch`
    pub const FULL_MARKS_MISMATCH: FindingCode = FindingCode::FullMarksMismatch;
    /// `not-applicable`
    pub const NOT_APPLICABLE: FindingCode = FindingCode::NotApplicable;
    /// `qualitative-actual`
    pub const QUALITATIVE_ACTUAL: FindingCode = FindingCode::QualitativeActual;
    /// `unscorable`
    pub const UNSCORABLE: FindingCode = FindingCode::Unscorable;
    /// `unit-mismatch`
    pub const UNIT_MISMATCH: FindingCode = FindingCode::UnitMismatch;
    /// `unit-assumed`
    pub const UNIT_ASSUMED: FindingCode = FindingCode::UnitAssumed;
    /// `unit-guessed`
    pub const UNIT_GUESSED: FindingCode = FindingCode::UnitGuessed;
    /// `unknown-band`
    pub const UNKNOWN_BAND: FindingCode = FindingCode::UnknownBand;
    /// `unknown-level1`
    pub const UNKNOWN_LEVEL1: FindingCode = FindingCode::UnknownLevel1;
    /// `division-by-zero`
    pub const DIVISION_BY_ZERO: FindingCode = FindingCode::DivisionByZero;
    /// `absurd-value`
    pub const ABSURD_VALUE: FindingCode = FindingCode::AbsurdValue;
    /// `overspent`
    pub const OVERSPENT: FindingCode = FindingCode::Overspent;
    /// `funds-total-blank`
    pub const FUNDS_TOTAL_BLANK: FindingCode = FindingCode::FundsTotalBlank;
    /// `funds-parts-mismatch`
    pub const FUNDS_PARTS_MISMATCH: FindingCode = FindingCode::FundsPartsMismatch;
    /// `rate-mismatch`
    pub const RATE_MISMATCH: FindingCode = FindingCode::RateMismatch;
    /// `execution-unexplained`
    pub const EXECUTION_UNEXPLAINED: FindingCode = FindingCode::ExecutionUnexplained;
    /// `execution-low-targets-met`
    pub const EXECUTION_LOW_TARGETS_MET: FindingCode = FindingCode::ExecutionLowTargetsMet;
    /// `goal-contradicts-indicators`
    pub const GOAL_CONTRADICTS_INDICATORS: FindingCode = FindingCode::GoalContradictsIndicators;
    /// `incomplete-form`
    pub const INCOMPLETE_FORM: FindingCode = FindingCode::IncompleteForm;
    /// `far-exceeded`
    pub const FAR_EXCEEDED: FindingCode = FindingCode::FarExceeded;
    /// `equal-exceeded`
    pub const EQUAL_EXCEEDED: FindingCode = FindingCode::EqualExceeded;
    /// `deviation-unexplained`
    pub const DEVIATION_UNEXPLAINED: FindingCode = FindingCode::DeviationUnexplained;
    /// `budget-adjusted`
    pub const BUDGET_ADJUSTED: FindingCode = FindingCode::BudgetAdjusted;
    /// `budget-adjustment-explained`
    pub const BUDGET_ADJUSTMENT_EXPLAINED: FindingCode = FindingCode::BudgetAdjustmentExplained;
    /// `no-grade`
    pub const NO_GRADE: FindingCode = FindingCode::NoGrade;
    /// `budget-added`
    pub const BUDGET_ADDED: FindingCode = FindingCode::BudgetAdded;
    /// `budget-cut`
    pub const BUDGET_CUT: FindingCode = FindingCode::BudgetCut;
    /// `budget-trimmed-to-spent`
    pub const BUDGET_TRIMMED_TO_SPENT: FindingCode = FindingCode::BudgetTrimmedToSpent;
    /// `funds-points-not-execution`
    pub const FUNDS_POINTS_NOT_EXECUTION: FindingCode = FindingCode::FundsPointsNotExecution;
    /// `no-execution-block`
    pub const NO_EXECUTION_BLOCK: FindingCode = FindingCode::NoExecutionBlock;
    /// `label-points-mismatch`
    pub const LABEL_POINTS_MISMATCH: FindingCode = FindingCode::LabelPointsMismatch;
    /// `no-level1`
    pub const NO_LEVEL1: FindingCode = FindingCode::NoLevel1;
    /// `direction-by-name`
    pub const DIRECTION_BY_NAME: FindingCode = FindingCode::DirectionByName;
    /// `import-guessed`
    pub const IMPORT_GUESSED: FindingCode = FindingCode::ImportGuessed;
    /// `duplicate-form`
    pub const DUPLICATE_FORM: FindingCode = FindingCode::DuplicateForm;
    /// `revised-form`
    pub const REVISED_FORM: FindingCode = FindingCode::RevisedForm;
    /// `actual-is-bound`
    pub const ACTUAL_IS_BOUND: FindingCode = FindingCode::ActualIsBound;
    /// `reported-kept`
    pub const REPORTED_KEPT: FindingCode = FindingCode::ReportedKept;
    /// `target-not-met`
    pub const TARGET_NOT_MET: FindingCode = FindingCode::TargetNotMet;
    /// `completion-mismatch`
    pub const COMPLETION_MISMATCH: FindingCode = FindingCode::CompletionMismatch;
    /// `year-mismatch`
    pub const YEAR_MISMATCH: FindingCode = FindingCode::YearMismatch;
    /// `template-mismatch`
    pub const TEMPLATE_MISMATCH: FindingCode = FindingCode::TemplateMismatch;
    /// `script-failed`
    pub const SCRIPT_FAILED: FindingCode = FindingCode::ScriptFailed;
    /// `script-rejected`
    pub const SCRIPT_REJECTED: FindingCode = FindingCode::ScriptRejected;
    /// `script`
    pub const SCRIPT: FindingCode = FindingCode::Script;
    /// `scripts-broke-totals`
    pub const SCRIPTS_BROKE_TOTALS: FindingCode = FindingCode::ScriptsBrokeTotals;
    /// `survey-counts-invalid`
    pub const SURVEY_COUNTS_INVALID: FindingCode = FindingCode::SurveyCountsInvalid;
    /// `survey-rate-mismatch`
    pub const SURVEY_RATE_MISMATCH: FindingCode = FindingCode::SurveyRateMismatch;
    /// `survey-sample-small`
    pub const SURVEY_SAMPLE_SMALL: FindingCode = FindingCode::SurveySampleSmall;
}

/// A case's name as outputs show it: `file`, or for form `form` of an input scored straight
/// from it, `f.txt 第 3 张表` (#16).
pub fn shown_name(file: &str, form: Option<u32>) -> String {
    match form {
        Some(form) => crate::i18n::msg!("form-of-input", file = file, form = form).to_string(),
        None => file.to_owned(),
    }
}

impl Outcome {
    /// The case as outputs name it: its case file, or the input and the form's number in it
    /// (`f.txt 第 3 张表`) for a form scored straight from its input (#16).
    pub fn shown(&self) -> String {
        shown_name(&self.file, self.form)
    }

    /// [`Outcome::shown`] as a message, rendered in the language of the output that shows it.
    pub fn shown_message(&self) -> Message {
        match self.form {
            Some(form) => {
                crate::i18n::msg!("form-of-input", file = self.file.as_str(), form = form)
            }
            None => Message::verbatim(self.file.clone()),
        }
    }

    /// The total for arithmetic that compares outcomes (`diff`, `watch`): 0 on a form with no
    /// points, which has none (see [`Outcome::total`]).
    pub fn total_or_zero(&self) -> Decimal {
        self.total.unwrap_or_default()
    }

    /// Whether the form has points (分值) at all. A template without 分值/得分 columns has
    /// none: no total, and reports leave its 满分 and execution points and score blank (`—`),
    /// never 0, which would read as a score of zero (tester F7).
    pub fn has_points(&self) -> bool {
        self.total.is_some()
    }

    /// The execution score, none on a form with no points ([`Self::has_points`]) and when it
    /// is unknown (its 全年预算数 or 全年执行数 could not be read: not 0).
    pub fn execution_score(&self) -> Option<Decimal> {
        (self.has_points() && !self.execution.unknown).then_some(self.execution.score)
    }

    /// The form's own total less the computed one (差异); none when either is missing, under
    /// a what-if ([`Outcome::what_if`]): the form's total was given against other points, and
    /// when the computed total is only a partial sum ([`Outcome::partial`]): 95 − 85.78 would
    /// read as over-scoring where a line is simply not scored (tester s16r, s15r N3).
    pub fn total_difference(&self) -> Option<Decimal> {
        if self.what_if || self.partial {
            return None;
        }
        self.reported_total.zip(self.total).map(|(r, t)| r - t)
    }

    /// Whether the form's own total is to be marked as differing from the computed one: only
    /// where their difference is known ([`Self::total_difference`]) and not 0.
    pub fn total_differs(&self) -> bool {
        self.total_difference().is_some_and(|d| !d.is_zero())
    }

    /// Whether a self-score (`reported`, the form's total or a line's 得分) is to be marked as
    /// differing from its computed `score`: never under a what-if, where it was given against
    /// other points (tester s15r N8).
    pub fn differs(&self, reported: Option<Decimal>, score: Option<Decimal>) -> bool {
        !self.what_if && reported.is_some_and(|r| Some(r) != score)
    }

    /// The points the total is out of (满分), none on a form with no points.
    pub fn points_of_total(&self) -> Option<Decimal> {
        self.has_points().then_some(self.total_points)
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::shown_rate;
    use rust_decimal::Decimal;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// 2 places as before, more only where 2 would cross (or land on) a step (tester s14r F3).
    #[test]
    fn a_rate_is_rounded_on_its_own_side_of_every_step() {
        let steps = [d("95"), d("90"), d("0")];
        let shown = |p: &str| shown_rate(d(p), &steps).to_string();
        assert_eq!(shown("70.9636"), "70.96");
        assert_eq!(shown("94.996666666"), "94.9967");
        assert_eq!(shown("95.0000001"), "95");
        assert_eq!(shown("94.99999999999"), "94.99999999");
        assert_eq!(shown("89.999999"), "89.999999");
        assert_eq!(shown_rate(d("94.996666"), &[]).to_string(), "95");
    }
}
