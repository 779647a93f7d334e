//! Stage: load. The serde mirror of a rule file (`rules/<id>/rules.toml`), exactly as written,
//! with spans so that validation and traces can name the rule's line. Values that must stay
//! exact (weights, bounds, thresholds) are strings; [`crate::validate::rules`] parses them.

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// A spanned string.
pub type Text = Spanned<String>;

/// A spanned number (weights, bounds, thresholds): written as text (`"45"`, `"80%"`) or bare
/// (`45`, `35.5`). A person cannot see why `points = 45` would be wrong (F11 of tester s9),
/// so a bare TOML number is taken too; its digits are read from the file at its span by
/// [`crate::validate::rules`], never through the `f64` TOML reads a float as.
pub type Number = Spanned<NumberText>;

/// The value of a [`Number`]: its text, and whether it was written bare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberText {
    /// The string as written, or a bare number as the TOML reader gave it (the digits the
    /// file holds are at the span).
    pub text: String,
    /// True when written without quotes.
    pub bare: bool,
}

impl std::ops::Deref for NumberText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Display for NumberText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for NumberText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = NumberText;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<NumberText, E> {
                Ok(NumberText {
                    text: v.to_owned(),
                    bare: false,
                })
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<NumberText, E> {
                Ok(NumberText {
                    text: v.to_string(),
                    bare: true,
                })
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<NumberText, E> {
                Ok(NumberText {
                    text: v.to_string(),
                    bare: true,
                })
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<NumberText, E> {
                Ok(NumberText {
                    text: v.to_string(),
                    bare: true,
                })
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// The whole rule file.
#[derive(Debug, Deserialize)]
pub struct RawRuleSet {
    /// `[rule_set]`: identity.
    pub rule_set: Spanned<RawIdentity>,
    /// `[policy.<id>]`: the policy texts that rules cite with `ref`.
    #[serde(default)]
    pub policy: BTreeMap<String, Spanned<RawPolicy>>,
    /// `[weights]`.
    pub weights: Spanned<RawWeights>,
    /// `[execution]`.
    pub execution: Spanned<RawExecution>,
    /// `[qualitative]`.
    pub qualitative: Spanned<RawQualitative>,
    /// `[quantitative]`.
    pub quantitative: Spanned<RawQuantitative>,
    /// `[indicators]`.
    #[serde(default)]
    pub indicators: Option<Spanned<RawIndicatorRules>>,
    /// `[satisfaction]`: satisfaction indicators scored from survey counts (#17).
    #[serde(default)]
    pub satisfaction: Option<Spanned<RawSatisfaction>>,
    /// `[rounding]`.
    pub rounding: Spanned<RawRounding>,
    /// `[grades]`.
    #[serde(default)]
    pub grades: Option<Spanned<RawGrades>>,
    /// `[script_limits]`: sandbox limits of the rule set's scripts.
    #[serde(default)]
    pub script_limits: Option<Spanned<RawScriptLimits>>,
    /// `[[scripts]]`: Rhai scripts the rule set calls at its hooks (docs/scripting.md).
    #[serde(default)]
    pub scripts: Vec<Spanned<RawScript>>,
}

/// `[[scripts]]`.
#[derive(Debug, Deserialize)]
pub struct RawScript {
    /// Policy id.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// The script file, relative to the rule set directory (`scripts/zero_target.rhai`).
    pub file: Text,
    /// The hooks it takes part in: `["before", "indicator", "after"]` (functions named like
    /// the hooks) or `{ indicator = "zero_target" }` (hook → function).
    pub hooks: Spanned<RawHooks>,
    /// Parameters handed to the script as `rules.params`.
    #[serde(default)]
    pub params: Option<Spanned<toml::Table>>,
    /// Which indicators the `indicator` hook is called for (every condition must hold); the
    /// engine checks it before calling, so other indicators cost nothing.
    #[serde(default)]
    pub when: Option<Spanned<RawWhen>>,
}

/// `when = { level2 = "成本指标", target_kind = "quantity", target_value = "0" }`.
#[derive(Debug, Default, Deserialize)]
pub struct RawWhen {
    /// Level 1 begins with this (as written or as resolved by the rules).
    pub level1: Option<Text>,
    /// Level 2 begins with this.
    pub level2: Option<Text>,
    /// What the target says: blank, not_applicable, quantity, qualitative, unreadable.
    pub target_kind: Option<Text>,
    /// What the actual says (as `target_kind`).
    pub actual_kind: Option<Text>,
    /// The target's number equals this.
    pub target_value: Option<Text>,
    /// The row has (true) or lacks (false) a filled 扣分 cell.
    pub has_deduction: Option<bool>,
    /// The case's execution rate, in percent, equals this (`"0"`); filters every hook.
    pub execution_rate: Option<Text>,
}

/// `hooks = [...]` or `hooks = { hook = "function" }`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawHooks {
    /// Hook names; each calls the function of the same name.
    List(Vec<String>),
    /// Hook name → function name.
    Named(BTreeMap<String, String>),
}

/// `[script_limits]`; every key optional (docs/scripting.md gives the defaults). Values of
/// any type are taken here and checked in validation, so a wrong type is reported with the
/// other problems rather than stopping the file at the parser (issue #18 item 12).
#[derive(Debug, Default, Deserialize)]
pub struct RawScriptLimits {
    /// Policy id (`ref`), when this element cites its own policy rather than its table's.
    #[serde(rename = "ref", default)]
    pub reference: Option<Text>,
    /// Operations per hook call.
    pub max_operations: Option<Spanned<toml::Value>>,
    /// Function call nesting.
    pub max_call_levels: Option<Spanned<toml::Value>>,
    /// Expression nesting.
    pub max_expr_depth: Option<Spanned<toml::Value>>,
    /// Bytes per string.
    pub max_string_size: Option<Spanned<toml::Value>>,
    /// Items per array.
    pub max_array_size: Option<Spanned<toml::Value>>,
    /// Entries per object map.
    pub max_map_size: Option<Spanned<toml::Value>>,
    /// Variables alive at once.
    pub max_variables: Option<Spanned<toml::Value>>,
    /// Milliseconds per hook call.
    pub timeout_ms: Option<Spanned<toml::Value>>,
}

/// Just the script files a rule file names, read before validation so the loader can read
/// them; tolerant of everything else (validation reports it).
#[derive(Debug, Default, Deserialize)]
pub struct ScriptFiles {
    /// `[[scripts]]` entries.
    #[serde(default)]
    pub scripts: Vec<ScriptFile>,
}

/// One `[[scripts]]` entry's `file`.
#[derive(Debug, Deserialize)]
pub struct ScriptFile {
    /// The file, relative to the rule file that declares it; its span (in the resolved text)
    /// tells which file that is.
    pub file: Text,
}

/// `[rule_set]`.
#[derive(Debug, Deserialize)]
pub struct RawIdentity {
    /// Stable id, the directory name by convention (`anhui-2023`).
    pub id: Text,
    /// Human title.
    pub title: String,
    /// Jurisdiction, e.g. 安徽省.
    pub jurisdiction: String,
    /// Budget year the rules apply to.
    pub year: Spanned<i64>,
    /// What the rule set is, in a sentence or two.
    #[serde(default)]
    pub description: String,
    /// `true` for a constructed example (a demonstration, not any jurisdiction's rules): never
    /// offered to a form as suiting it, and marked in `jixiao rules list` (tester s15r N6).
    #[serde(default)]
    pub example: bool,
    /// The id of the rule set this one extends (resolved by [`crate::load::inherit`]).
    #[serde(default)]
    pub extends: Option<Text>,
    /// `"add"` (the default: the child's `[[scripts]]` add to its parent's) or `"replace"`
    /// (only the child's own).
    #[serde(default)]
    pub scripts_inherit: Option<Text>,
    /// The arrays of tables (`"weights.level1"`) this rule set replaces on purpose while
    /// keeping only some of its parent's items or keys: `rules::list-replaced` is not given
    /// for them (read by [`crate::load::inherit`] before deserializing, per file).
    #[serde(default)]
    pub lists_replaced: Vec<Text>,
}

/// `[policy.<id>]`: a piece of policy text.
#[derive(Debug, Deserialize)]
pub struct RawPolicy {
    /// Where the text comes from (document, note number).
    pub source: String,
    /// The text, quoted, or the assumption in words.
    pub text: String,
    /// True when the rule set assumes this because the source is silent.
    #[serde(default)]
    pub assumed: bool,
}

/// `[weights]`.
#[derive(Debug, Deserialize)]
pub struct RawWeights {
    /// Policy id.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// Whether a form may adjust the level-1 weights (they must still add up to `total`).
    #[serde(default)]
    pub adjustable: bool,
    /// The policy each switch of the table follows when it is not the table's own
    /// (`cites = { qualitative_actual = "qualitative-actual" }`, #17).
    #[serde(default)]
    pub cites: BTreeMap<String, Text>,
    /// What all points add up to, execution included (usually "100").
    pub total: Number,
    /// The level-1 indicators.
    pub level1: Vec<Spanned<RawLevel1>>,
}

/// `[[weights.level1]]`.
#[derive(Debug, Deserialize)]
pub struct RawLevel1 {
    /// Policy id (`ref`), when this element cites its own policy rather than its table's.
    #[serde(rename = "ref", default)]
    pub reference: Option<Text>,
    /// Name as on the form, e.g. 产出指标.
    pub name: Text,
    /// Other names that mean the same; cut labels (`产`) match by prefix on their own.
    #[serde(default)]
    pub aliases: Vec<Text>,
    /// Points.
    pub points: Number,
}

/// `[execution]`: budget execution scoring.
#[derive(Debug, Deserialize)]
pub struct RawExecution {
    /// Policy id.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// Label, e.g. 预算资金执行率.
    #[serde(default)]
    pub label: Option<String>,
    /// Points.
    pub points: Number,
    /// Method: `proportional` or `threshold_deduction`.
    pub method: Text,
    /// Which budget is the denominator: `full_year_budget` (A) or `initial_budget`.
    #[serde(default)]
    pub denominator: Option<Text>,
    /// The kinds of funds rows whose figures make A and B: `appropriation` (本年财政拨款),
    /// `carryover` (上年结转), `other` (其他资金). Absent: the 年度资金总额 row.
    #[serde(default)]
    pub funds: Vec<Text>,
    /// For `threshold_deduction`: full points at or above this rate, e.g. "90%".
    #[serde(default)]
    pub full_at: Option<Number>,
    /// For `threshold_deduction`: points deducted per percentage point below `full_at`.
    #[serde(default)]
    pub deduct_per_point: Option<Number>,
    /// A rate below this without a deviation reason is a finding, e.g. "90%".
    #[serde(default)]
    pub explain_below: Option<Number>,
    /// A rate below this while every target judged is reported met is the
    /// `execution-low-targets-met` finding; default "50%".
    #[serde(default)]
    pub low_targets_met_below: Option<Number>,
    /// The level-1 indicator whose points include execution's (`"过程指标"`), when execution
    /// is an indicator inside it.
    #[serde(default)]
    pub within: Option<Text>,
    /// For `bands`: `[{ from = "90%", score = "10" }, …]`, highest first, the last from "0%".
    #[serde(default)]
    pub bands: Vec<Spanned<RawRateBand>>,
    /// A full-year budget differing from the initial one by more than this share ("0%": any
    /// 追加 or 调减) is reported for explanation.
    #[serde(default)]
    pub explain_adjustment_above: Option<Number>,
    /// Rounding of the execution score.
    #[serde(default)]
    pub rounding: Option<Spanned<RawRound>>,
}

/// One row of `[execution] bands`.
#[derive(Debug, Deserialize)]
pub struct RawRateBand {
    /// Lower bound of the rate, inclusive: "90%".
    pub from: Number,
    /// Points scored from there up: "10".
    pub score: Number,
}

/// `[qualitative]`.
#[derive(Debug, Deserialize)]
pub struct RawQualitative {
    /// Policy id.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// Accept a reported score that lies inside the band of the actual's label.
    #[serde(default)]
    pub accept_reported_in_band: bool,
    /// The policy each switch of the table follows when it is not the table's own
    /// (`cites = { qualitative_actual = "qualitative-actual" }`, #17).
    #[serde(default)]
    pub cites: BTreeMap<String, Text>,
    /// The bands, best first.
    pub bands: Vec<Spanned<RawBand>>,
}

/// `[[qualitative.bands]]`.
#[derive(Debug, Deserialize)]
pub struct RawBand {
    /// Policy id, when the band cites another text than `[qualitative]`.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// The label as the notes write it.
    pub label: Text,
    /// Other words forms use for the same band.
    #[serde(default)]
    pub aliases: Vec<Text>,
    /// Interval of the points, e.g. "[60%, 80%)": `[`/`]` inclusive, `(`/`)` exclusive.
    pub range: Text,
    /// Where inside the band the engine scores: `upper`, `lower`, `middle` or a percentage.
    pub score_at: Number,
}

/// `[quantitative]`.
#[derive(Debug, Deserialize)]
pub struct RawQuantitative {
    /// Policy id.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// Formula for positive indicators (≥).
    pub positive: Spanned<RawFormula>,
    /// Formula for reverse indicators (≤).
    pub reverse: Spanned<RawFormula>,
    /// Formula for equal indicators (=).
    pub equal: Spanned<RawFormula>,
    /// Direction of a target written without a comparator: `positive`, `reverse` or `equal`.
    pub bare_target: RawBareTarget,
    /// Overrides of `bare_target` by level-2 indicator.
    #[serde(default)]
    pub bare_target_by_level2: Vec<Spanned<RawBareByLevel2>>,
    /// Overrides of `bare_target` by words of the indicator's name.
    #[serde(default)]
    pub bare_target_by_name: Vec<Spanned<RawBareByName>>,
    /// What to do when a quantitative target is answered with band words: `bands` or `zero`.
    #[serde(default)]
    pub qualitative_actual: Option<Text>,
    /// The policy each switch of the table follows when it is not the table's own
    /// (`cites = { qualitative_actual = "qualitative-actual" }`, #17).
    #[serde(default)]
    pub cites: BTreeMap<String, Text>,
    /// What to do when a positive indicator's actual exceeds its target by far.
    #[serde(default)]
    pub far_exceeded: Option<Spanned<RawFarExceeded>>,
    /// How a target of 0 not written "≥" is scored: `{ kind = "all_or_nothing" }`.
    #[serde(default)]
    pub zero_target: Option<Spanned<RawZeroTarget>>,
    /// How a date or deadline target (`2023年11月底前`) is scored: `{ kind = "all_or_nothing" }`
    /// with the policy it follows; written or not, a ratio of dates means nothing, so it is
    /// met → full points, else 0 (tester s11 F13: its step cited no rule).
    #[serde(default)]
    pub deadline: Option<Spanned<RawZeroTarget>>,
}

/// `bare_target = "positive"`, or with its own citation:
/// `bare_target = { direction = "positive", ref = "…", source = "assumed" }`. Read as a TOML
/// value (toml's spans do not survive serde's untagged enums); every part carries the span of
/// the whole value.
#[derive(Debug, Deserialize)]
#[serde(transparent)]
pub struct RawBareTarget(pub Spanned<toml::Value>);

impl RawBareTarget {
    fn part(&self, key: &str) -> Option<Text> {
        let text = match self.0.get_ref() {
            toml::Value::String(s) if key == "direction" => s.clone(),
            toml::Value::Table(t) => match t.get(key)? {
                toml::Value::String(s) => s.clone(),
                other => other.to_string(),
            },
            other if key == "direction" => other.to_string(),
            _ => return None,
        };
        Some(Spanned::new(self.0.span(), text))
    }

    /// The direction as written (empty when the table has none).
    pub fn direction(&self) -> Text {
        self.part("direction")
            .unwrap_or_else(|| Spanned::new(self.0.span(), String::new()))
    }

    /// Its own `ref` and `source`, when written.
    pub fn cites(&self) -> (Option<Text>, Option<Text>) {
        (self.part("ref"), self.part("source"))
    }

    /// Keys of the table form other than `direction`, `ref` and `source`.
    pub fn unknown_keys(&self) -> Vec<String> {
        match self.0.get_ref() {
            toml::Value::Table(t) => t
                .keys()
                .filter(|k| !["direction", "ref", "source"].contains(&k.as_str()))
                .cloned()
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// `zero_target = { kind = "all_or_nothing" }`: a target of 0 (`0起`, `≤0`, `=0`) is a
/// ceiling: actual ≤ 0 earns the points, anything else 0. Also the form of `deadline`.
#[derive(Debug, Deserialize)]
pub struct RawZeroTarget {
    /// Policy id.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// Kind: `all_or_nothing` (the only one).
    pub kind: Text,
}

/// `far_exceeded = { at = "120%", action = "review" }`: an actual at or above `at` × target on
/// a positive indicator is flagged for manual review, or has `cut` of its points deducted.
#[derive(Debug, Deserialize)]
pub struct RawFarExceeded {
    /// Policy id.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// The actual as a share of the target from which it counts as far exceeded, e.g. "120%".
    pub at: Number,
    /// `review` (a finding only) or `cut` (deduct `cut` of the points, with a finding).
    pub action: Text,
    /// For `cut`: the share of the indicator's points deducted, e.g. "20%".
    #[serde(default)]
    pub cut: Option<Number>,
}

/// A formula choice.
#[derive(Debug, Deserialize)]
pub struct RawFormula {
    /// Policy id, when the formula cites another text than `[quantitative]`.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// Kind: `ratio`, `all_or_nothing`, `met_or_ratio`, `per_point`, `linear_cut`.
    pub kind: Text,
    /// For `linear_cut`: the multiple of the target where the score reaches 0 (reverse: "2").
    #[serde(default)]
    pub zero_at: Option<Number>,
    /// For `per_point`: points deducted per percentage point missed ("1", "0.5").
    #[serde(default)]
    pub deduct: Option<Number>,
}

/// `[[quantitative.bare_target_by_level2]]`.
#[derive(Debug, Deserialize)]
pub struct RawBareByLevel2 {
    /// Policy id.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// Level-2 name, e.g. 成本指标 (cut labels match by prefix).
    pub level2: Text,
    /// Direction.
    pub direction: Text,
    /// Words of a level-3 name this rule does not hold for: a bare target of such an indicator
    /// keeps `bare_target`'s direction (`except_names = ["节约率"]`: `成本节约率 5%` is a
    /// saving to reach, not a ceiling).
    #[serde(default)]
    pub except_names: Vec<Text>,
}

/// `[[quantitative.bare_target_by_name]]`.
#[derive(Debug, Deserialize)]
pub struct RawBareByName {
    /// Policy id.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// Words of a level-3 name (`结余率`): a bare target of an indicator whose name holds one
    /// takes `direction`, whatever its level 2.
    pub names: Vec<Text>,
    /// Direction.
    pub direction: Text,
}

/// `[indicators]`: rules about indicator rows.
#[derive(Debug, Deserialize)]
pub struct RawIndicatorRules {
    /// Policy id.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// Phrases that mark an indicator as not applicable (in its name, target or actual).
    #[serde(default)]
    pub not_applicable: Vec<Text>,
    /// Words saying that nothing of the kind happened (`无`, `零`): a target asking for none
    /// answered by one of them is met.
    #[serde(default)]
    pub none_words: Vec<Text>,
    /// How indicators that share one points cell split it: `split_equally`.
    #[serde(default)]
    pub shared_points: Option<Text>,
    /// What the points of lines not applicable do to the total: `exclude` (the default) or
    /// `rescale_total` (按百分制折算).
    #[serde(default)]
    pub not_applicable_points: Option<Text>,
    /// An indicator scoring below its points must give a deviation reason.
    #[serde(default)]
    pub explain_below_points: bool,
    /// The policy each switch of the table follows when it is not the table's own
    /// (`cites = { qualitative_actual = "qualitative-actual" }`, #17).
    #[serde(default)]
    pub cites: BTreeMap<String, Text>,
}

/// `[satisfaction]`: a satisfaction indicator whose actual gives survey counts is scored on
/// 满意人数 / 有效样本.
#[derive(Debug, Deserialize)]
pub struct RawSatisfaction {
    /// Policy id.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// Words of a satisfaction indicator's name (`["满意度"]`), matched in its level-1,
    /// level-2 or level-3 name.
    pub names: Spanned<Vec<Text>>,
    /// `minimum_sample = { size = "30", cap = "80%" }`: a smaller sample is a finding and, with
    /// `cap`, earns at most that share of the points.
    #[serde(default)]
    pub minimum_sample: Option<Spanned<RawMinimumSample>>,
}

/// `[satisfaction] minimum_sample`.
#[derive(Debug, Deserialize)]
pub struct RawMinimumSample {
    /// Policy id, when the minimum cites another text than `[satisfaction]`.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// The smallest sample that counts, in people ("30").
    pub size: Number,
    /// The most a smaller sample earns, as a share of the points ("80%"); absent: a finding only.
    #[serde(default)]
    pub cap: Option<Number>,
}

/// `[rounding]`.
#[derive(Debug, Deserialize)]
pub struct RawRounding {
    /// Policy id.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// Rounding of each indicator score.
    pub indicator: Spanned<RawRound>,
    /// Rounding of the total.
    pub total: Spanned<RawRound>,
}

/// One rounding step.
#[derive(Debug, Deserialize)]
pub struct RawRound {
    /// Policy id (`ref`), when this element cites its own policy rather than its table's.
    #[serde(rename = "ref", default)]
    pub reference: Option<Text>,
    /// Decimal places.
    pub places: Spanned<i64>,
    /// `half_up` (四舍五入), `truncate`, `half_even`.
    pub mode: Text,
    /// How the rounding stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
}

/// `[grades]`.
#[derive(Debug, Deserialize)]
pub struct RawGrades {
    /// Policy id.
    #[serde(rename = "ref")]
    pub reference: Option<Text>,
    /// How the rule stands to its source: `quoted`, `inferred` or `assumed`.
    #[serde(default)]
    pub source: Option<Text>,
    /// Grades, best first; `min` is inclusive.
    pub levels: Vec<Spanned<RawGrade>>,
    /// Grading is optional (可以不评级): a form that was never self-scored is left ungraded.
    #[serde(default)]
    pub optional: bool,
    /// The policy each switch of the table follows when it is not the table's own
    /// (`cites = { qualitative_actual = "qualitative-actual" }`, #17).
    #[serde(default)]
    pub cites: BTreeMap<String, Text>,
}

/// One grade.
#[derive(Debug, Deserialize)]
pub struct RawGrade {
    /// Policy id (`ref`), when this element cites its own policy rather than its table's.
    #[serde(rename = "ref", default)]
    pub reference: Option<Text>,
    /// Name, e.g. 优.
    pub name: Text,
    /// Inclusive lower bound of the total.
    pub min: Number,
}

/// Parses a rule file's text; a key the format does not have is an error.
pub fn parse(text: &str) -> Result<RawRuleSet, toml::de::Error> {
    super::unknown::deserialize_strict(text)
}

/// [`parse`], with the path of every key the format does not have instead of an error for the
/// first.
pub fn parse_reporting(
    text: &str,
) -> (
    Result<RawRuleSet, toml::de::Error>,
    Vec<super::unknown::KeyPath>,
) {
    super::unknown::deserialize(text)
}
