//! A validated rule set.

use crate::i18n::{Message, msg};
use crate::outcome::words;
use rust_decimal::{Decimal, RoundingStrategy};
use std::sync::Arc;

/// Where a rule came from: its key in the rule file, the file and line, and the policy text it
/// encodes. Every number in a trace names one of these.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RuleRef {
    /// Key path, e.g. `qualitative.bands[1]`.
    pub key: String,
    /// Rule file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// Policy id cited by the rule (`ref`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    /// How the rule stands to its source (`source = "quoted"`), its own or its table's; a rule
    /// citing an `assumed = true` policy without saying is `assumed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Provenance>,
    /// The cited policy named in words ([`policy_name`] of its `source`: `自评表注3`,
    /// `财预〔2020〕10号`), what a trace says beside the bare id (tester s6 F10); JSON keeps
    /// the id alone.
    #[serde(skip)]
    pub policy_name: Option<String>,
}

/// How a rule stands to the policy text it cites: the `source` key of a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// The source says this in so many words.
    Quoted,
    /// The source implies it (a worked example, a form's own scores, a module's behaviour).
    Inferred,
    /// The source is silent: the rule set assumes it.
    Assumed,
}

impl Provenance {
    /// Every provenance, in the order written in docs.
    pub const ALL: [Provenance; 3] = [
        Provenance::Quoted,
        Provenance::Inferred,
        Provenance::Assumed,
    ];

    /// Parses `quoted`, `inferred`, `assumed`.
    pub fn parse(s: &str) -> Option<Provenance> {
        Provenance::ALL.into_iter().find(|p| p.name() == s)
    }

    /// Name as written in rule files.
    pub fn name(self) -> &'static str {
        match self {
            Provenance::Quoted => "quoted",
            Provenance::Inferred => "inferred",
            Provenance::Assumed => "assumed",
        }
    }
}

impl std::fmt::Display for RuleRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}:{}", self.key, self.file, self.line)?;
        if let Some(p) = &self.policy {
            write!(f, ", policy {p}")?;
        }
        if let Some(s) = self.source {
            write!(f, ", {}", s.name())?;
        }
        f.write_str(")")
    }
}

/// A policy's `source` as a name a finance officer reads (`自评表注3`, `财政部 2016 年中央部门
/// 项目支出绩效自评通知`): the text before its first ` (`, `（` or `:`, past an `assumed:` or
/// `假定：`, when that is a Chinese name; none for an English note (`the seed's forms: …`) or
/// a bare `假定`, which the trace then points at by its `[policy.<id>]`.
pub fn policy_name(source: &str) -> Option<String> {
    let s = source.trim();
    let s = ["assumed:", "假定：", "假定:"]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(s)
        .trim();
    if s == "假定" {
        return None;
    }
    let end = [" (", "（", ":", "："]
        .iter()
        .filter_map(|m| s.find(m))
        .min()
        .unwrap_or(s.len());
    let name = s.get(..end)?.trim();
    let chinese = name.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let letters = name.chars().filter(char::is_ascii_alphabetic).count();
    (chinese && letters <= 3).then(|| name.to_owned())
}

/// A cited policy text.
#[derive(Debug, Clone)]
pub struct Policy {
    /// Id used in `ref`.
    pub id: String,
    /// Where it comes from.
    pub source: String,
    /// The text or the assumption.
    pub text: String,
    /// Assumed rather than written in the source.
    pub assumed: bool,
}

/// A validated, resolved rule set.
#[derive(Debug, Clone)]
pub struct RuleSet {
    /// Id, e.g. `anhui-2023`.
    pub id: String,
    /// Title.
    pub title: String,
    /// Jurisdiction.
    pub jurisdiction: String,
    /// A constructed example (`[rule_set] example = true`), not any jurisdiction's rules: never
    /// offered as suiting a form.
    pub example: bool,
    /// Year.
    pub year: i64,
    /// Hash of the rule set's files (first 16 hex digits of SHA-256).
    pub hash: String,
    /// Policy texts.
    pub policies: Vec<Policy>,
    /// Level-1 weights.
    pub weights: Weights,
    /// Budget execution scoring.
    pub execution: Execution,
    /// Qualitative bands.
    pub qualitative: Qualitative,
    /// Quantitative formulas.
    pub quantitative: Quantitative,
    /// Rules about indicator rows.
    pub indicators: IndicatorRules,
    /// `[satisfaction]`: 满意度 indicators scored from their survey counts (#17); `None`: a
    /// satisfaction indicator is scored like any other and its counts are not read.
    pub satisfaction: Option<Satisfaction>,
    /// Rounding of indicator scores.
    pub round_indicator: Rounding,
    /// Rounding of the total.
    pub round_total: Rounding,
    /// Grades, best first.
    pub grades: Vec<Grade>,
    /// Where the grades rule is.
    pub grades_rule: Option<RuleRef>,
    /// `[grades] optional`: grading may be left out (可以不评级) — a form never self-scored
    /// gets no grade.
    pub grades_optional: bool,
    /// The switches of a table that cite their own policy (`cites`), keyed
    /// `<table>.<switch>` (`quantitative.qualitative_actual`); the others follow their table's.
    pub switches: Vec<RuleRef>,
    /// Compiled rule scripts (`[[scripts]]`), shared by every clone, case and thread.
    pub scripts: Option<Arc<crate::script::Scripts>>,
}

/// Shared handle to a rule set.
pub type Rules = Arc<RuleSet>;

/// `[weights]`.
#[derive(Debug, Clone)]
pub struct Weights {
    /// May forms adjust them.
    pub adjustable: bool,
    /// What all points add up to.
    pub total: Decimal,
    /// Level-1 indicators.
    pub level1: Vec<Level1>,
    /// Rule location.
    pub rule: RuleRef,
}

/// A level-1 indicator.
#[derive(Debug, Clone)]
pub struct Level1 {
    /// Name (shared with every outcome that names it).
    pub name: Arc<str>,
    /// Aliases.
    pub aliases: Vec<String>,
    /// Points.
    pub points: Decimal,
    /// Rule location.
    pub rule: RuleRef,
}

/// How the execution rate is turned into a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExecutionMethod {
    /// rate × points, capped at the points.
    Proportional,
    /// Full points at or above `full_at`, minus `deduct_per_point` per percentage point below.
    ThresholdDeduction {
        /// Rate (as a fraction) from which full points are given.
        full_at: Decimal,
        /// Points deducted per percentage point below it.
        deduct_per_point: Decimal,
    },
    /// A banded table (`[[execution.bands]]`): the score of the first band whose `from` the
    /// rate reaches.
    Bands,
}

/// One row of a banded execution table: from this rate (inclusive) up, this score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateBand {
    /// Lower bound of the rate, as a fraction (0.9 for "90%"), inclusive.
    pub from: Decimal,
    /// Points scored.
    pub score: Decimal,
}

/// Which budget is the denominator of the execution rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denominator {
    /// 全年预算数(A), the adjusted budget.
    FullYear,
    /// 年初预算数.
    Initial,
}

/// `[execution]`.
#[derive(Debug, Clone)]
pub struct Execution {
    /// Label.
    pub label: String,
    /// Points.
    pub points: Decimal,
    /// Method.
    pub method: ExecutionMethod,
    /// Denominator.
    pub denominator: Denominator,
    /// `funds = ["appropriation", "carryover"]`: the kinds of 其中 rows whose figures make A
    /// and B (财政资金 only: 本年财政拨款 + 上年结转), instead of the 年度资金总额 row. Empty:
    /// the total row, as the form's 年度资金总额 (tester s17r R9).
    pub funds: Vec<crate::value::FundsKind>,
    /// Rate (fraction) below which a deviation reason is required.
    pub explain_below: Option<Decimal>,
    /// Rate (fraction) below which a form reporting every target met is told so
    /// (`execution-low-targets-met`; `low_targets_met_below`, default 50%).
    pub low_targets_met_below: Decimal,
    /// For [`ExecutionMethod::Bands`]: the table, highest `from` first, the last from 0.
    pub bands: Vec<RateBand>,
    /// `within = "过程"`: budget execution is an indicator inside this level-1 indicator (index
    /// into `weights.level1`), whose points include the execution points (the national
    /// evaluation framework); `None`: execution is a level-1 item of its own.
    pub within: Option<usize>,
    /// A full-year budget that differs from the initial one by more than this share of it
    /// (追加 or 调减) is reported (`budget-adjusted`): the family wants it explained.
    pub explain_adjustment_above: Option<Decimal>,
    /// Rounding of the score.
    pub rounding: Option<Rounding>,
    /// Rule location.
    pub rule: RuleRef,
}

/// The default of `[execution] low_targets_met_below`: half the money unspent while every
/// output was delivered is what an officer asks about first (tester s17x G1: 10 of 50 spent,
/// 20%, every target met).
pub const LOW_TARGETS_MET_BELOW: Decimal = Decimal::from_parts(5, 0, 0, false, 1);

impl Execution {
    /// The rates, in percent, at which the score steps: each band's `from` and a threshold's
    /// `full_at` (none for a proportional score). A rate shown next to its score must not be
    /// rounded across one of them (`outcome::shown_rate`).
    pub fn steps_percent(&self) -> Vec<Decimal> {
        let mut steps: Vec<Decimal> = match self.method {
            ExecutionMethod::Proportional => Vec::new(),
            ExecutionMethod::ThresholdDeduction { full_at, .. } => vec![full_at],
            ExecutionMethod::Bands => self.bands.iter().map(|b| b.from).collect(),
        };
        for s in &mut steps {
            *s = s.saturating_mul(Decimal::ONE_HUNDRED);
        }
        steps
    }
}

/// `[qualitative]`.
#[derive(Debug, Clone)]
pub struct Qualitative {
    /// Accept a reported score inside the band.
    pub accept_reported_in_band: bool,
    /// Bands, best first.
    pub bands: Vec<Band>,
    /// Rule location.
    pub rule: RuleRef,
}

/// A qualitative band: a share of the points between `lower` and `upper`.
#[derive(Debug, Clone)]
pub struct Band {
    /// Label.
    pub label: String,
    /// Aliases.
    pub aliases: Vec<String>,
    /// Lower bound as a fraction of the points.
    pub lower: Decimal,
    /// Whether the lower bound belongs to the band.
    pub lower_inclusive: bool,
    /// Upper bound as a fraction.
    pub upper: Decimal,
    /// Whether the upper bound belongs to the band.
    pub upper_inclusive: bool,
    /// The fraction scored when the reported score is not accepted.
    pub score_at: Decimal,
    /// Rule location.
    pub rule: RuleRef,
}

impl Band {
    /// Whether a fraction of the points lies in the band.
    pub fn contains(&self, fraction: Decimal) -> bool {
        let above = if self.lower_inclusive {
            fraction >= self.lower
        } else {
            fraction > self.lower
        };
        let below = if self.upper_inclusive {
            fraction <= self.upper
        } else {
            fraction < self.upper
        };
        above && below
    }

    /// The band as written: `[60%, 80%)`.
    pub fn range_text(&self) -> String {
        format!(
            "{}{}%, {}%{}",
            if self.lower_inclusive { '[' } else { '(' },
            (self.lower * Decimal::ONE_HUNDRED).normalize(),
            (self.upper * Decimal::ONE_HUNDRED).normalize(),
            if self.upper_inclusive { ']' } else { ')' }
        )
    }
}

/// Direction of a quantitative indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Higher is better (≥).
    Positive,
    /// Lower is better (≤).
    Reverse,
    /// Must equal (=).
    Equal,
}

impl Direction {
    /// Parses `positive`, `reverse`, `equal`.
    pub fn parse(s: &str) -> Option<Direction> {
        match s {
            "positive" => Some(Direction::Positive),
            "reverse" => Some(Direction::Reverse),
            "equal" => Some(Direction::Equal),
            _ => None,
        }
    }

    /// Name as written in rule files.
    pub fn name(self) -> &'static str {
        match self {
            Direction::Positive => "positive",
            Direction::Reverse => "reverse",
            Direction::Equal => "equal",
        }
    }
}

/// A named formula kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormulaKind {
    /// positive: actual/target × points; reverse: target/actual × points; equal: the smaller of
    /// the two ratios. Capped at the points.
    Ratio,
    /// Target met → full points, else 0.
    AllOrNothing,
    /// Met → full points, else in proportion (positive actual/target, reverse target/actual,
    /// equal actual/target: reaching an "=" target meets it); a target of 0 is all or nothing.
    MetOrRatio,
    /// Met → full; otherwise `deduct` points per percentage point missed ("每少1个百分点扣1分",
    /// "每超过一个百分点扣0.5分"), never below 0. A target in % misses by actual − target
    /// percentage points; any other unit by the miss as a percentage of the target.
    PerPoint {
        /// Points deducted per percentage point.
        deduct: Decimal,
    },
    /// Met → full; otherwise falls linearly to 0 at `zero_at` × target (reverse: e.g. 2 ×
    /// target; positive: e.g. 0 × target).
    LinearCut {
        /// Multiple of the target where the score reaches 0.
        zero_at: Decimal,
    },
}

impl FormulaKind {
    /// The kind's name.
    pub fn name(self) -> &'static str {
        match self {
            FormulaKind::Ratio => "ratio",
            FormulaKind::AllOrNothing => "all_or_nothing",
            FormulaKind::MetOrRatio => "met_or_ratio",
            FormulaKind::PerPoint { .. } => "per_point",
            FormulaKind::LinearCut { .. } => "linear_cut",
        }
    }
}

/// A formula with its rule location.
#[derive(Debug, Clone)]
pub struct Formula {
    /// Kind.
    pub kind: FormulaKind,
    /// Rule location.
    pub rule: RuleRef,
}

/// What to do when a quantitative target is answered with band words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QualitativeActual {
    /// Score by the qualitative bands (with a finding).
    Bands,
    /// Score 0 (with a finding).
    Zero,
}

/// `[quantitative]`.
#[derive(Debug, Clone)]
pub struct Quantitative {
    /// Positive formula.
    pub positive: Formula,
    /// Reverse formula.
    pub reverse: Formula,
    /// Equal formula.
    pub equal: Formula,
    /// Direction of a bare target.
    pub bare_target: (Direction, RuleRef),
    /// Per level-2 overrides of `bare_target`.
    pub bare_target_by_level2: Vec<BareByLevel2>,
    /// Overrides of `bare_target` by words of the indicator's name (`结余率` → reverse), for
    /// a form that gives no direction; they come before the level-2 overrides.
    pub bare_target_by_name: Vec<BareByName>,
    /// Band words in a quantitative column.
    pub qualitative_actual: QualitativeActual,
    /// What happens when a positive indicator's actual exceeds its target by far.
    pub far_exceeded: Option<FarExceeded>,
    /// `zero_target`: a target of 0 not written "≥" is a ceiling scored all or nothing (actual
    /// ≤ 0 → full points, else 0), whatever the direction's formula; `None`: the formula.
    pub zero_target: Option<RuleRef>,
    /// `deadline`: where the rule for a date or deadline target is written (met → full points,
    /// else 0, as always); `None`: the same scoring, cited to no rule.
    pub deadline: Option<RuleRef>,
    /// Rule location.
    pub rule: RuleRef,
}

/// `[[quantitative.bare_target_by_level2]]`: the direction of a bare target under one level 2
/// (成本指标 → reverse: `80万元` is a ceiling), except for indicators whose name holds one of
/// `except_names` (`成本节约率 5%` is a saving to reach), which keep `bare_target`'s direction.
#[derive(Debug, Clone)]
pub struct BareByLevel2 {
    /// Level-2 name, e.g. 成本指标 (cut labels match by prefix).
    pub level2: String,
    /// The direction it gives.
    pub direction: Direction,
    /// Words of a level-3 name the rule does not hold for (`节约率`).
    pub except_names: Vec<String>,
    /// Rule location.
    pub rule: RuleRef,
}

impl BareByLevel2 {
    /// Whether a (possibly cut) level-2 label names this rule's level 2.
    pub fn is_under(&self, level2: &str) -> bool {
        !level2.is_empty() && (self.level2 == level2 || self.level2.starts_with(level2))
    }

    /// The first of `except_names` the level-3 name holds, if any.
    pub fn exception(&self, name: &str) -> Option<&str> {
        self.except_names
            .iter()
            .find(|w| name.contains(w.as_str()))
            .map(String::as_str)
    }
}

/// `[[quantitative.bare_target_by_name]]`: the direction of a bare target of an indicator
/// whose level-3 name holds one of `names` (`结转结余率 2%` is a ceiling: the less money left
/// over, the better), whatever its level 2 — for a form that states no direction (a 重庆
/// 部门整体 form's 指标性质 column says only 定量/定性).
#[derive(Debug, Clone)]
pub struct BareByName {
    /// Words of a level-3 name, e.g. 结余率.
    pub names: Vec<String>,
    /// The direction it gives.
    pub direction: Direction,
    /// Rule location.
    pub rule: RuleRef,
}

impl BareByName {
    /// The first of `names` the level-3 name holds, if any.
    pub fn word_in(&self, name: &str) -> Option<&str> {
        self.names
            .iter()
            .find(|w| name.contains(w.as_str()))
            .map(String::as_str)
    }
}

/// What a rule does about an actual far above a positive target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FarAction {
    /// Flag for manual review (a finding); the score stands.
    Review,
    /// Deduct this share of the indicator's points (with a finding).
    Cut(Decimal),
}

/// `[quantitative] far_exceeded`: an actual at or above `at` × target on a positive indicator.
#[derive(Debug, Clone)]
pub struct FarExceeded {
    /// Multiple of the target (1.2 for "120%").
    pub at: Decimal,
    /// What to do.
    pub action: FarAction,
    /// Rule location.
    pub rule: RuleRef,
}

impl Quantitative {
    /// The formula for a direction.
    pub fn formula(&self, direction: Direction) -> &Formula {
        match direction {
            Direction::Positive => &self.positive,
            Direction::Reverse => &self.reverse,
            Direction::Equal => &self.equal,
        }
    }
}

/// `[indicators]`.
#[derive(Debug, Clone)]
pub struct IndicatorRules {
    /// Phrases that mark an indicator not applicable.
    pub not_applicable: Vec<String>,
    /// Words saying that nothing of the kind happened (`无`, `零`, `未发生`): a row carrying
    /// points whose target asks for none (`无`, `0起`, `无重大安全事故`) and whose actual is one
    /// of them is met, not "not applicable" (#15 item 3, tester s9 F15/F16).
    pub none_words: Vec<String>,
    /// An indicator scoring below its points must give a deviation reason (偏差原因).
    pub explain_below_points: bool,
    /// What the points of not-applicable lines do to the total (`not_applicable_points`).
    pub not_applicable_points: NotApplicablePoints,
    /// Rule location.
    pub rule: RuleRef,
}

/// `[indicators] not_applicable_points`: what becomes of the points of lines not applicable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NotApplicablePoints {
    /// Left out: the total is out of the applicable points only (below 100).
    #[default]
    Exclude,
    /// 按百分制折算: the total is the applicable scores (execution included) ÷ the applicable
    /// points × `[weights] total`, rounded as the total is.
    RescaleTotal,
}

/// `[satisfaction]`: a satisfaction indicator whose actual gives survey counts (`455/500`,
/// `样本500人，满意455人`) is scored on the share satisfied, 满意人数 / 有效样本, compared with
/// its target by the direction's formula.
#[derive(Debug, Clone, PartialEq)]
pub struct Satisfaction {
    /// Words of a satisfaction indicator's level-1, level-2 or level-3 name (`满意度`): only
    /// those indicators are read for counts (`455/500` elsewhere is something else).
    pub names: Vec<String>,
    /// The smallest sample that counts, when the rules set one.
    pub minimum_sample: Option<MinimumSample>,
    /// Rule location.
    pub rule: RuleRef,
}

/// `[satisfaction] minimum_sample`: a smaller sample is a `survey-sample-small` finding and,
/// with `cap`, cannot earn full points.
#[derive(Debug, Clone, PartialEq)]
pub struct MinimumSample {
    /// People.
    pub size: Decimal,
    /// The most a smaller sample earns, as a share of the points (0.8 for "80%").
    pub cap: Option<Decimal>,
    /// Rule location.
    pub rule: RuleRef,
}

impl MinimumSample {
    /// The rule in words.
    pub fn label(&self) -> Message {
        let size = self.size.normalize().to_string();
        match self.cap {
            Some(c) => msg!(
                "rule-item-sample-capped",
                size = size,
                percent = (c * Decimal::ONE_HUNDRED).normalize().to_string()
            ),
            None => msg!("rule-item-sample", size = size),
        }
    }
}

impl Satisfaction {
    /// Whether the indicator's level-1, level-2 or level-3 name contains one of `names`.
    pub fn applies(&self, level1: &str, level2: &str, level3: &str) -> bool {
        self.names.iter().any(|n| {
            level1.contains(n.as_str())
                || level2.contains(n.as_str())
                || level3.contains(n.as_str())
        })
    }

    /// The rule in words, as coverage reports and the docs tables print it.
    pub fn label(&self) -> Message {
        msg!("rule-item-satisfaction", names = self.names.join(" / "))
    }
}

/// Rounding modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundMode {
    /// 四舍五入: half away from zero.
    HalfUp,
    /// Cut off extra digits.
    Truncate,
    /// Banker's rounding.
    HalfEven,
}

impl RoundMode {
    /// Parses `half_up`, `truncate`, `half_even`.
    pub fn parse(s: &str) -> Option<RoundMode> {
        match s {
            "half_up" => Some(RoundMode::HalfUp),
            "truncate" => Some(RoundMode::Truncate),
            "half_even" => Some(RoundMode::HalfEven),
            _ => None,
        }
    }

    /// Name as written in rule files.
    pub fn name(self) -> &'static str {
        match self {
            RoundMode::HalfUp => "half_up",
            RoundMode::Truncate => "truncate",
            RoundMode::HalfEven => "half_even",
        }
    }
}

/// A rounding step.
#[derive(Debug, Clone)]
pub struct Rounding {
    /// Decimal places.
    pub places: u32,
    /// Mode.
    pub mode: RoundMode,
    /// Rule location.
    pub rule: RuleRef,
}

impl Rounding {
    /// Applies the rounding.
    pub fn apply(&self, value: Decimal) -> Decimal {
        let strategy = match self.mode {
            RoundMode::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            RoundMode::Truncate => RoundingStrategy::ToZero,
            RoundMode::HalfEven => RoundingStrategy::MidpointNearestEven,
        };
        value.round_dp_with_strategy(self.places, strategy)
    }
}

/// A grade.
#[derive(Debug, Clone)]
pub struct Grade {
    /// Name.
    pub name: String,
    /// Inclusive lower bound.
    pub min: Decimal,
    /// Rule location (`grades.levels[i]`).
    pub rule: RuleRef,
}

/// What a rule governs, in policy terms: the groups of a coverage report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// A level-1 weight (`weights.level1[i]`).
    Weight,
    /// A qualitative band (`qualitative.bands[i]`).
    Band,
    /// The formula of one direction (`quantitative.positive`, …).
    Formula,
    /// The direction given to a bare target (`quantitative.bare_target*`).
    BareTarget,
    /// Not-applicable indicators (`indicators`).
    NotApplicable,
    /// Budget execution scoring (`execution`).
    Execution,
    /// A rounding step (`rounding.indicator`, `rounding.total`, `execution.rounding`).
    Rounding,
    /// A grade threshold (`grades.levels[i]`).
    Grade,
}

impl RuleKind {
    /// Heading in coverage reports.
    pub fn title(self) -> &'static str {
        match self {
            RuleKind::Weight => "level-1 weights",
            RuleKind::Band => "qualitative bands",
            RuleKind::Formula => "quantitative formulas",
            RuleKind::BareTarget => "bare-target directions",
            RuleKind::NotApplicable => "not-applicable indicators",
            RuleKind::Execution => "budget execution",
            RuleKind::Rounding => "rounding steps",
            RuleKind::Grade => "grade thresholds",
        }
    }
}

/// One rule a corpus can exercise: the unit of coverage. Trace steps name these by key.
#[derive(Debug, Clone)]
pub struct RuleItem<'a> {
    /// What it governs.
    pub kind: RuleKind,
    /// The rule in policy words, e.g. `产出指标 50` or `positive: ratio` (正向指标：按比例计分),
    /// in the language it is shown in.
    pub label: Message,
    /// Where it is.
    pub rule: &'a RuleRef,
}

impl RuleSet {
    /// Every rule that a trace step can name, in rule-file order within each kind. A new kind
    /// of rule (e.g. script hooks) is one more `extend` line here.
    pub fn rule_items(&self) -> Vec<RuleItem<'_>> {
        let item = |kind, label: Message, rule| RuleItem { kind, label, rule };
        let mut items = Vec::new();
        items.extend(self.weights.level1.iter().map(|l| {
            item(
                RuleKind::Weight,
                Message::verbatim(format!("{} {}", l.name, l.points.normalize())),
                &l.rule,
            )
        }));
        items.extend(self.qualitative.bands.iter().map(|b| {
            item(
                RuleKind::Band,
                Message::verbatim(format!("{} {}", b.label, b.range_text())),
                &b.rule,
            )
        }));
        self.quantitative_items(&mut items);
        if let Some(s) = &self.satisfaction {
            items.push(item(RuleKind::Formula, s.label(), &s.rule));
            if let Some(m) = &s.minimum_sample {
                items.push(item(RuleKind::Formula, m.label(), &m.rule));
            }
        }
        if !self.indicators.not_applicable.is_empty() {
            items.push(item(
                RuleKind::NotApplicable,
                msg!(
                    "rule-item-not-applicable",
                    words = self.indicators.not_applicable.join(" / ")
                ),
                &self.indicators.rule,
            ));
        }
        items.push(self.execution_item());
        self.rounding_items(&mut items);
        items.extend(self.grades.iter().map(|g| {
            item(
                RuleKind::Grade,
                Message::verbatim(format!("{} ≥ {}", g.name, g.min.normalize())),
                &g.rule,
            )
        }));
        items
    }

    /// The quantitative rules (the three formulas, bare targets, target 0, far exceeded), in
    /// that order.
    fn quantitative_items<'a>(&'a self, items: &mut Vec<RuleItem<'a>>) {
        let item = |kind, label: Message, rule| RuleItem { kind, label, rule };
        let q = &self.quantitative;
        items.extend(
            [&q.positive, &q.reverse, &q.equal]
                .into_iter()
                .zip([Direction::Positive, Direction::Reverse, Direction::Equal])
                .map(|(f, d)| {
                    item(
                        RuleKind::Formula,
                        msg!(
                            "rule-item-formula",
                            direction = words::direction(d),
                            formula = words::formula(f.kind)
                        ),
                        &f.rule,
                    )
                }),
        );
        items.push(item(
            RuleKind::BareTarget,
            msg!(
                "rule-item-bare-target",
                direction = words::direction(q.bare_target.0)
            ),
            &q.bare_target.1,
        ));
        if let Some(z) = &q.zero_target {
            items.push(item(RuleKind::Formula, msg!("rule-item-zero-target"), z));
        }
        if let Some(d) = &q.deadline {
            items.push(item(RuleKind::Formula, msg!("rule-item-deadline"), d));
        }
        if let Some(f) = &q.far_exceeded {
            let percent = |d: Decimal| (d * Decimal::ONE_HUNDRED).normalize().to_string();
            let action = match f.action {
                FarAction::Review => msg!("rule-item-far-review"),
                FarAction::Cut(c) => msg!("rule-item-far-cut", percent = percent(c)),
            };
            items.push(item(
                RuleKind::Formula,
                msg!(
                    "rule-item-far-exceeded",
                    at = percent(f.at),
                    action = action
                ),
                &f.rule,
            ));
        }
        items.extend(q.bare_target_by_level2.iter().map(|b| {
            item(
                RuleKind::BareTarget,
                msg!(
                    "rule-item-bare-target-under",
                    level2 = &b.level2,
                    direction = words::direction(b.direction),
                    except = (!b.except_names.is_empty()).then(|| msg!(
                        "rule-item-bare-target-except",
                        words = b.except_names.join(" / "),
                        direction = words::direction(q.bare_target.0)
                    ))
                ),
                &b.rule,
            )
        }));
        items.extend(q.bare_target_by_name.iter().map(|b| {
            item(
                RuleKind::BareTarget,
                msg!(
                    "rule-item-bare-target-by-name",
                    words = b.names.join(" / "),
                    direction = words::direction(b.direction)
                ),
                &b.rule,
            )
        }));
    }

    /// The execution rule: its label, points and method.
    fn execution_item(&self) -> RuleItem<'_> {
        let method = match self.execution.method {
            ExecutionMethod::Proportional => msg!("rule-item-execution-proportional"),
            ExecutionMethod::ThresholdDeduction { .. } => msg!("rule-item-execution-threshold"),
            ExecutionMethod::Bands => msg!("rule-item-execution-bands"),
        };
        RuleItem {
            kind: RuleKind::Execution,
            label: msg!(
                "rule-item-execution",
                label = &self.execution.label,
                points = self.execution.points.normalize().to_string(),
                method = method
            ),
            rule: &self.execution.rule,
        }
    }

    /// The rounding rules: indicator scores, the execution score (when it has its own), total.
    fn rounding_items<'a>(&'a self, items: &mut Vec<RuleItem<'a>>) {
        let item = |kind, label: Message, rule| RuleItem { kind, label, rule };
        let rounding = |what: Message, r: &'_ Rounding| {
            msg!(
                "rule-item-rounding",
                what = what,
                places = r.places.to_string(),
                mode = words::round_mode(r.mode)
            )
        };
        items.push(item(
            RuleKind::Rounding,
            rounding(msg!("rule-item-rounding-indicator"), &self.round_indicator),
            &self.round_indicator.rule,
        ));
        if let Some(r) = &self.execution.rounding {
            items.push(item(
                RuleKind::Rounding,
                rounding(msg!("rule-item-rounding-execution"), r),
                &r.rule,
            ));
        }
        items.push(item(
            RuleKind::Rounding,
            rounding(msg!("rule-item-rounding-total"), &self.round_total),
            &self.round_total.rule,
        ));
    }

    /// The switches each table holds beside its items, under the table's own rule: whether
    /// forms may adjust the weights, whether a reported score inside its band is accepted, what
    /// band words answering a numeric target score, what the indicator rules require, whether
    /// grading is optional. The docs tables list them after [`RuleSet::rule_items`], so that
    /// every rule a set holds is there with its source (#17).
    pub fn table_items(&self) -> Vec<RuleItem<'_>> {
        let yes = |b: bool| if b { "yes" } else { "no" };
        let q = match self.quantitative.qualitative_actual {
            QualitativeActual::Bands => "scored by the bands",
            QualitativeActual::Zero => "scored 0",
        };
        let mut rows = vec![
            (
                RuleKind::Weight,
                "weights.adjustable",
                format!(
                    "all points add up to {}; forms may adjust the level-1 points: {}",
                    self.weights.total.normalize(),
                    yes(self.weights.adjustable)
                ),
                &self.weights.rule,
            ),
            (
                RuleKind::Band,
                "qualitative.accept_reported_in_band",
                format!(
                    "a reported score inside the band of its words is accepted: {}",
                    yes(self.qualitative.accept_reported_in_band)
                ),
                &self.qualitative.rule,
            ),
            (
                RuleKind::Formula,
                "quantitative.qualitative_actual",
                format!("band words answering a numeric target: {q}"),
                &self.quantitative.rule,
            ),
            (
                RuleKind::NotApplicable,
                "indicators.shared_points",
                "rows sharing a points cell split it equally".to_owned(),
                &self.indicators.rule,
            ),
            (
                RuleKind::NotApplicable,
                "indicators.explain_below_points",
                format!(
                    "a deviation reason is required below the points: {}",
                    yes(self.indicators.explain_below_points)
                ),
                &self.indicators.rule,
            ),
        ];
        if !self.indicators.none_words.is_empty() {
            rows.push((
                RuleKind::NotApplicable,
                "indicators.none_words",
                format!(
                    "a target asking for none answered {} (or 0) on a row with points is met",
                    self.indicators.none_words.join(" / ")
                ),
                &self.indicators.rule,
            ));
        }
        if self.indicators.not_applicable_points == NotApplicablePoints::RescaleTotal {
            rows.push((
                RuleKind::NotApplicable,
                "indicators.not_applicable_points",
                format!(
                    "lines not applicable are left out and the total rescaled to {}: \
                     applicable scores ÷ applicable points × {}",
                    self.weights.total.normalize(),
                    self.weights.total.normalize()
                ),
                &self.indicators.rule,
            ));
        }
        if let Some(rule) = &self.grades_rule {
            rows.push((
                RuleKind::Grade,
                "grades.optional",
                format!(
                    "grading optional (可以不评级): {}",
                    yes(self.grades_optional)
                ),
                rule,
            ));
        }
        rows.into_iter()
            .map(|(kind, key, label, table)| RuleItem {
                kind,
                label: Message::verbatim(label),
                rule: self.switches.iter().find(|r| r.key == key).unwrap_or(table),
            })
            .collect()
    }

    /// Every rule reference of the set, mutable (to carry a `source` over in `compare`).
    pub fn rules_mut(&mut self) -> Vec<&mut RuleRef> {
        let mut out: Vec<&mut RuleRef> = vec![&mut self.weights.rule];
        out.extend(self.weights.level1.iter_mut().map(|l| &mut l.rule));
        out.push(&mut self.execution.rule);
        out.extend(self.execution.rounding.iter_mut().map(|r| &mut r.rule));
        out.push(&mut self.qualitative.rule);
        out.extend(self.qualitative.bands.iter_mut().map(|b| &mut b.rule));
        let q = &mut self.quantitative;
        out.extend([
            &mut q.rule,
            &mut q.positive.rule,
            &mut q.reverse.rule,
            &mut q.equal.rule,
            &mut q.bare_target.1,
        ]);
        out.extend(q.bare_target_by_level2.iter_mut().map(|b| &mut b.rule));
        out.extend(q.bare_target_by_name.iter_mut().map(|b| &mut b.rule));
        out.extend(q.far_exceeded.iter_mut().map(|f| &mut f.rule));
        out.extend(q.zero_target.iter_mut());
        out.extend(q.deadline.iter_mut());
        for s in self.satisfaction.iter_mut() {
            out.push(&mut s.rule);
            out.extend(s.minimum_sample.iter_mut().map(|m| &mut m.rule));
        }
        out.extend([
            &mut self.indicators.rule,
            &mut self.round_indicator.rule,
            &mut self.round_total.rule,
        ]);
        out.extend(self.grades.iter_mut().map(|g| &mut g.rule));
        out.extend(self.grades_rule.iter_mut());
        out.extend(self.switches.iter_mut());
        out
    }

    /// The keys of [`RuleSet::rule_items`].
    pub fn rule_keys(&self) -> Vec<&str> {
        self.rule_items()
            .into_iter()
            .map(|i| i.rule.key.as_str())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn r(mode: RoundMode, places: u32) -> Rounding {
        Rounding {
            places,
            mode,
            rule: RuleRef {
                key: "t".into(),
                file: "t".into(),
                line: 1,
                policy: None,
                source: None,
                policy_name: None,
            },
        }
    }

    /// Tester s6 F10: the trace names a policy by its source when that is a Chinese name.
    #[test]
    fn a_policy_is_named_by_its_chinese_source() {
        for (source, name) in [
            ("自评表注3", Some("自评表注3")),
            ("assumed: 财预〔2020〕10号", Some("财预〔2020〕10号")),
            (
                "财政部 2016 年中央部门项目支出绩效自评通知 (summary): the rule",
                Some("财政部 2016 年中央部门项目支出绩效自评通知"),
            ),
            (
                "2020年度县级专项资金绩效目标自评表 (湖南)",
                Some("2020年度县级专项资金绩效目标自评表"),
            ),
            ("the seed's forms: their 执行率 and 得分 cells", None),
            (
                "a 2019 central-style form (附件1 项目支出绩效自评表, Hebei)",
                None,
            ),
            ("assumed", None),
            ("", None),
            // The shipped rule sets' Chinese sources (#16).
            ("假定", None),
            ("假定：业内惯例", Some("业内惯例")),
            (
                "假定：省级预算绩效管理模块的做法（湖北式）",
                Some("省级预算绩效管理模块的做法"),
            ),
            (
                "财政部 2016 年中央部门项目支出绩效自评通知（摘要）",
                Some("财政部 2016 年中央部门项目支出绩效自评通知"),
            ),
            ("构造的示例", Some("构造的示例")),
        ] {
            assert_eq!(policy_name(source).as_deref(), name, "{source}");
        }
    }

    #[test]
    fn rounding_modes_differ_on_halves() {
        let d = |s| Decimal::from_str(s).unwrap_or_default();
        assert_eq!(r(RoundMode::HalfUp, 2).apply(d("7.525")), d("7.53"));
        assert_eq!(r(RoundMode::HalfEven, 2).apply(d("7.525")), d("7.52"));
        assert_eq!(r(RoundMode::Truncate, 2).apply(d("7.529")), d("7.52"));
        assert_eq!(r(RoundMode::HalfUp, 0).apply(d("7.0964")), d("7"));
        assert_eq!(r(RoundMode::HalfUp, 0).apply(d("8.6")), d("9"));
    }
}
