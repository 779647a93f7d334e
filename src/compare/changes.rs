//! The semantic changes between two resolved rule sets, in words a policy officer reads, each
//! able to apply itself to a rule set. `jixiao rules changelog` prints this list and
//! `jixiao diff` attributes score changes to it: one source of truth.
//!
//! Order (documented in docs/cli.md): the sections of a rule file, top to bottom — weights,
//! execution, qualitative, quantitative, indicators, rounding, grades — and within a section
//! the order of its keys. Lists that keep their shape (same level-1 names, same number of
//! bands) change item by item and field by field; lists that change shape change as a whole.

use crate::i18n::{Message, msg};
use crate::model::*;
use crate::outcome::words;
use crate::script::{Script, Scripts};
use rust_decimal::Decimal;
use serde::Serialize;

/// One semantic change from rule set A to rule set B.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    /// The rule key it is about, e.g. `qualitative.bands[1].lower`.
    pub key: String,
    /// What changed, in words: `部分达成预期指标并具有一定效果 band lower bound: 60% → 50%`.
    pub text: String,
    /// Whether it can change a total (false: it changes findings or grades only).
    pub scores: bool,
    /// Whether it moves totals when cases are scored with the rule set's points
    /// (`--points rules`): a level-1 weight, which a form's own 分值 cells otherwise override.
    pub rule_points: bool,
    /// What an edited script's text changed: its changed lines with one line of context,
    /// changed words marked `{-…-}`/`{+…+}`, each group headed by its line number (#16).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<String>,
    #[serde(skip)]
    apply: Apply,
}

#[derive(Debug, Clone, Copy)]
enum Slot {
    Indicator,
    Total,
}

#[derive(Debug, Clone)]
enum Apply {
    WeightsTotal,
    WeightsAdjustable,
    Level1All,
    Level1Points(usize),
    Level1Aliases(usize),
    ExecLabel,
    ExecPoints,
    ExecMethod,
    ExecDenominator,
    /// `[execution] funds`: which funds rows make A and B.
    ExecFunds,
    ExecExplainBelow,
    ExecBands,
    ExecExplainAdjustment,
    ExecWithin,
    ExplainBelowPoints,
    ExecRounding,
    ExecRoundingPlaces,
    ExecRoundingMode,
    AcceptInBand,
    BandsAll,
    BandLabel(usize),
    BandAliases(usize),
    /// A band's lower bound, and its scoring point when that is the bound (or the middle).
    BandLower(usize, Option<Follows>),
    /// A band's upper bound, and its scoring point when that is the bound (or the middle).
    BandUpper(usize, Option<Follows>),
    BandScoreAt(usize),
    Formula(Direction),
    BareTarget,
    BareByLevel2,
    BareByName,
    QualitativeActual,
    FarExceeded,
    ZeroTarget,
    /// `quantitative.deadline`: which rule a deadline's step cites (no score moves).
    Deadline,
    NotApplicable,
    /// `[indicators] not_applicable_points`: the total rescaled to full marks or not.
    NotApplicablePoints,
    /// `[indicators] none_words`.
    NoneWords,
    /// `[satisfaction]`: which indicators are scored from survey counts, the minimum sample.
    Satisfaction,
    /// A rule's `source` (quoted / inferred / assumed): moves no score.
    Provenance,
    RoundPlaces(Slot),
    RoundMode(Slot),
    Grades,
    GradesOptional,
    /// `[rule_set] year`: moves no score; the forms of another year get `year-mismatch`
    /// (tester s12b N4: `watch` said "没有变动" while every form gained that warning).
    Year,
    /// The script with this name (as its rule file writes it): added, removed or edited.
    Script(String),
    /// `[script_limits]`.
    ScriptLimits,
    /// The order the scripts run in.
    ScriptOrder,
}

/// Which part of a case's score a change can move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Only the budget execution score.
    Execution,
    /// Only the rounding of the total.
    Total,
    /// Anything (indicator rules; indicator rounding also rounds execution by default).
    Full,
}

impl Change {
    /// The part of the score this change can move.
    pub(crate) fn scope(&self) -> Scope {
        match &self.apply {
            Apply::ExecPoints
            | Apply::ExecMethod
            | Apply::ExecBands
            | Apply::ExecDenominator
            | Apply::ExecFunds
            | Apply::ExecRounding
            | Apply::ExecRoundingPlaces
            | Apply::ExecRoundingMode => Scope::Execution,
            Apply::RoundPlaces(Slot::Total) | Apply::RoundMode(Slot::Total) => Scope::Total,
            _ => Scope::Full,
        }
    }

    /// Makes `set` agree with `to` on what this change is about.
    pub fn apply(&self, set: &mut RuleSet, to: &RuleSet) {
        match self.apply.clone() {
            Apply::WeightsTotal => set.weights.total = to.weights.total,
            Apply::WeightsAdjustable => set.weights.adjustable = to.weights.adjustable,
            Apply::Level1All => set.weights.level1 = to.weights.level1.clone(),
            Apply::Level1Points(i) => {
                if let (Some(s), Some(t)) =
                    (set.weights.level1.get_mut(i), to.weights.level1.get(i))
                {
                    s.points = t.points;
                }
            }
            Apply::Level1Aliases(i) => {
                if let (Some(s), Some(t)) =
                    (set.weights.level1.get_mut(i), to.weights.level1.get(i))
                {
                    s.aliases = t.aliases.clone();
                }
            }
            Apply::ExecLabel
            | Apply::ExecPoints
            | Apply::ExecMethod
            | Apply::ExecDenominator
            | Apply::ExecFunds
            | Apply::ExecExplainBelow
            | Apply::ExecBands
            | Apply::ExecExplainAdjustment
            | Apply::ExecWithin
            | Apply::ExplainBelowPoints
            | Apply::ExecRounding
            | Apply::ExecRoundingPlaces
            | Apply::ExecRoundingMode => apply_execution(&self.apply, set, to),
            Apply::AcceptInBand
            | Apply::BandsAll
            | Apply::BandLabel(_)
            | Apply::BandAliases(_)
            | Apply::BandLower(..)
            | Apply::BandUpper(..)
            | Apply::BandScoreAt(_)
            | Apply::Formula(_)
            | Apply::BareTarget
            | Apply::BareByLevel2
            | Apply::BareByName
            | Apply::QualitativeActual
            | Apply::FarExceeded
            | Apply::ZeroTarget
            | Apply::Deadline
            | Apply::NotApplicable
            | Apply::NoneWords
            | Apply::NotApplicablePoints
            | Apply::Satisfaction => apply_indicator_rules(&self.apply, set, to),
            Apply::RoundPlaces(slot) => rounding_mut(set, slot).places = rounding(to, slot).places,
            Apply::RoundMode(slot) => rounding_mut(set, slot).mode = rounding(to, slot).mode,
            Apply::Grades => set.grades = to.grades.clone(),
            Apply::GradesOptional => set.grades_optional = to.grades_optional,
            Apply::Year => set.year = to.year,
            Apply::Provenance => {
                let from = to.rule_items().into_iter().find(|i| i.rule.key == self.key);
                if let (Some(from), Some(r)) = (
                    from,
                    set.rules_mut().into_iter().find(|r| r.key == self.key),
                ) {
                    r.source = from.rule.source;
                }
            }
            Apply::Script(name) => {
                set.scripts =
                    Scripts::with_script_of(set.scripts.as_ref(), to.scripts.as_ref(), &name)
            }
            Apply::ScriptLimits => {
                set.scripts = Scripts::with_limits_of(set.scripts.as_ref(), to.scripts.as_ref())
            }
            Apply::ScriptOrder => set.scripts = to.scripts.clone(),
        }
    }
}

/// [`Change::apply`] for the `[execution]` table (and `explain_below_points`, which the
/// execution scope re-scores); other kinds are applied there.
fn apply_execution(apply: &Apply, set: &mut RuleSet, to: &RuleSet) {
    match *apply {
        Apply::ExecLabel => set.execution.label = to.execution.label.clone(),
        Apply::ExecPoints => set.execution.points = to.execution.points,
        Apply::ExecMethod => set.execution.method = to.execution.method,
        Apply::ExecDenominator => set.execution.denominator = to.execution.denominator,
        Apply::ExecFunds => set.execution.funds = to.execution.funds.clone(),
        Apply::ExecExplainBelow => set.execution.explain_below = to.execution.explain_below,
        Apply::ExecBands => set.execution.bands = to.execution.bands.clone(),
        Apply::ExecExplainAdjustment => {
            set.execution.explain_adjustment_above = to.execution.explain_adjustment_above
        }
        Apply::ExecWithin => set.execution.within = to.execution.within,
        Apply::ExplainBelowPoints => {
            set.indicators.explain_below_points = to.indicators.explain_below_points
        }
        Apply::ExecRounding => set.execution.rounding = to.execution.rounding.clone(),
        Apply::ExecRoundingPlaces => {
            if let (Some(s), Some(t)) = (&mut set.execution.rounding, &to.execution.rounding) {
                s.places = t.places;
            }
        }
        Apply::ExecRoundingMode => {
            if let (Some(s), Some(t)) = (&mut set.execution.rounding, &to.execution.rounding) {
                s.mode = t.mode;
            }
        }
        _ => {}
    }
}

/// [`Change::apply`] for the rules that score one indicator: qualitative bands and the
/// quantitative formulas, bare targets and not-applicable names; other kinds are applied there.
fn apply_indicator_rules(apply: &Apply, set: &mut RuleSet, to: &RuleSet) {
    match *apply {
        Apply::AcceptInBand => {
            set.qualitative.accept_reported_in_band = to.qualitative.accept_reported_in_band
        }
        Apply::BandsAll => set.qualitative.bands = to.qualitative.bands.clone(),
        Apply::BandLabel(i) => band(set, to, i, |s, t| s.label = t.label.clone()),
        Apply::BandAliases(i) => band(set, to, i, |s, t| s.aliases = t.aliases.clone()),
        Apply::BandLower(i, follows) => band(set, to, i, |s, t| {
            s.lower = t.lower;
            s.lower_inclusive = t.lower_inclusive;
            if let Some(f) = follows {
                f.place(s);
            }
        }),
        Apply::BandUpper(i, follows) => band(set, to, i, |s, t| {
            s.upper = t.upper;
            s.upper_inclusive = t.upper_inclusive;
            if let Some(f) = follows {
                f.place(s);
            }
        }),
        Apply::BandScoreAt(i) => band(set, to, i, |s, t| s.score_at = t.score_at),
        Apply::Formula(d) => {
            let f = to.quantitative.formula(d).clone();
            match d {
                Direction::Positive => set.quantitative.positive = f,
                Direction::Reverse => set.quantitative.reverse = f,
                Direction::Equal => set.quantitative.equal = f,
            }
        }
        Apply::BareTarget => set.quantitative.bare_target = to.quantitative.bare_target.clone(),
        Apply::BareByLevel2 => {
            set.quantitative.bare_target_by_level2 = to.quantitative.bare_target_by_level2.clone()
        }
        Apply::BareByName => {
            set.quantitative.bare_target_by_name = to.quantitative.bare_target_by_name.clone()
        }
        Apply::QualitativeActual => {
            set.quantitative.qualitative_actual = to.quantitative.qualitative_actual
        }
        Apply::FarExceeded => set.quantitative.far_exceeded = to.quantitative.far_exceeded.clone(),
        Apply::ZeroTarget => set.quantitative.zero_target = to.quantitative.zero_target.clone(),
        Apply::Deadline => set.quantitative.deadline = to.quantitative.deadline.clone(),
        Apply::NotApplicable => {
            set.indicators.not_applicable = to.indicators.not_applicable.clone()
        }
        Apply::NoneWords => set.indicators.none_words = to.indicators.none_words.clone(),
        Apply::NotApplicablePoints => {
            set.indicators.not_applicable_points = to.indicators.not_applicable_points
        }
        Apply::Satisfaction => set.satisfaction = to.satisfaction.clone(),
        _ => {}
    }
}

/// Where a band's scoring point stands when a rule file writes it as a word: the band's
/// lower bound, its upper bound or their middle (`score_at = "lower"`). A bound's edit moves
/// such a point with it: one change, not two (#16).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Follows {
    Lower,
    Upper,
    Middle,
}

impl Follows {
    /// What `b`'s scoring point follows, if it is a bound or their middle.
    fn of(b: &Band) -> Option<Follows> {
        if b.score_at == b.lower {
            Some(Follows::Lower)
        } else if b.score_at == b.upper {
            Some(Follows::Upper)
        } else if Some(b.score_at) == Follows::middle(b) {
            Some(Follows::Middle)
        } else {
            None
        }
    }

    fn middle(b: &Band) -> Option<Decimal> {
        b.lower
            .checked_add(b.upper)
            .and_then(|s| s.checked_div(Decimal::TWO))
    }

    /// Puts `b`'s scoring point where it follows (after a bound moved).
    fn place(self, b: &mut Band) {
        b.score_at = match self {
            Follows::Lower => b.lower,
            Follows::Upper => b.upper,
            Follows::Middle => Follows::middle(b).unwrap_or(b.score_at),
        };
    }

    /// The word a rule file writes for it.
    fn word(self) -> &'static str {
        match self {
            Follows::Lower => "lower",
            Follows::Upper => "upper",
            Follows::Middle => "middle",
        }
    }
}

fn band(set: &mut RuleSet, to: &RuleSet, i: usize, f: impl FnOnce(&mut Band, &Band)) {
    if let (Some(s), Some(t)) = (
        set.qualitative.bands.get_mut(i),
        to.qualitative.bands.get(i),
    ) {
        f(s, t);
    }
}

fn rounding(set: &RuleSet, slot: Slot) -> &Rounding {
    match slot {
        Slot::Indicator => &set.round_indicator,
        Slot::Total => &set.round_total,
    }
}

fn rounding_mut(set: &mut RuleSet, slot: Slot) -> &mut Rounding {
    match slot {
        Slot::Indicator => &mut set.round_indicator,
        Slot::Total => &mut set.round_total,
    }
}

fn num(d: Decimal) -> String {
    d.normalize().to_string()
}

fn pct(d: Decimal) -> String {
    format!("{}%", num(d * Decimal::ONE_HUNDRED))
}

fn yes(b: bool) -> String {
    if b {
        msg!("change-yes").to_string()
    } else {
        msg!("change-no").to_string()
    }
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        msg!("change-none").to_string()
    } else {
        items.join(", ")
    }
}

fn method(m: ExecutionMethod) -> String {
    match m {
        ExecutionMethod::Proportional => msg!("change-method-proportional").to_string(),
        ExecutionMethod::ThresholdDeduction {
            full_at,
            deduct_per_point,
        } => msg!(
            "change-method-threshold",
            full_at = pct(full_at),
            deduct = num(deduct_per_point)
        )
        .to_string(),
        ExecutionMethod::Bands => msg!("change-method-bands").to_string(),
    }
}

fn rate_bands(bands: &[RateBand]) -> String {
    if bands.is_empty() {
        return msg!("change-none").to_string();
    }
    bands
        .iter()
        .map(|b| format!("≥ {} → {}", pct(b.from), num(b.score)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn denominator(d: Denominator) -> String {
    match d {
        Denominator::FullYear => msg!("change-denominator-full-year").to_string(),
        Denominator::Initial => msg!("change-denominator-initial").to_string(),
    }
}

fn formula(k: FormulaKind) -> String {
    match k {
        FormulaKind::Ratio => msg!("change-formula-ratio").to_string(),
        FormulaKind::AllOrNothing => msg!("change-formula-all-or-nothing").to_string(),
        FormulaKind::MetOrRatio => msg!("change-formula-met-or-ratio").to_string(),
        FormulaKind::PerPoint { deduct } => {
            msg!("change-formula-per-point", deduct = num(deduct)).to_string()
        }
        FormulaKind::LinearCut { zero_at } => {
            msg!("change-formula-linear-cut", zero_at = num(zero_at)).to_string()
        }
    }
}

fn round_text(r: &Rounding) -> String {
    msg!(
        "change-rounding",
        places = r.places.to_string(),
        mode = words::round_mode(r.mode)
    )
    .to_string()
}

fn bound(d: Decimal, inclusive: bool) -> String {
    format!(
        "{} ({})",
        pct(d),
        if inclusive {
            msg!("change-inclusive")
        } else {
            msg!("change-exclusive")
        }
    )
}

fn far(f: &Option<FarExceeded>) -> String {
    match f {
        None => msg!("change-far-not-checked").to_string(),
        Some(f) => match f.action {
            FarAction::Review => msg!("change-far-review", at = pct(f.at)).to_string(),
            FarAction::Cut(c) => msg!("change-far-cut", cut = pct(c), at = pct(f.at)).to_string(),
        },
    }
}

fn grades(g: &[Grade]) -> String {
    if g.is_empty() {
        return msg!("change-none").to_string();
    }
    g.iter()
        .map(|g| format!("{} ≥ {}", g.name, num(g.min)))
        .collect::<Vec<_>>()
        .join(", ")
}

struct Builder(Vec<Change>);

impl Builder {
    fn push(&mut self, key: impl Into<String>, text: String, scores: bool, apply: Apply) {
        let rule_points = matches!(apply, Apply::Level1Points(_) | Apply::Level1All);
        self.0.push(Change {
            key: key.into(),
            text,
            scores,
            rule_points,
            lines: Vec::new(),
            apply,
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn when<T: PartialEq>(
        &mut self,
        a: T,
        b: T,
        key: &str,
        what: Message,
        show: impl Fn(&T) -> String,
        scores: bool,
        apply: Apply,
    ) {
        if a != b {
            self.push(
                key,
                msg!(
                    "change-from-to",
                    what = what,
                    from = show(&a),
                    to = show(&b)
                )
                .to_string(),
                scores,
                apply,
            );
        }
    }
}

/// The semantic changes from `a` to `b`, in the documented order. Applying all of them to
/// `a` gives a rule set that scores every case as `b` does.
pub fn changes(a: &RuleSet, b: &RuleSet) -> Vec<Change> {
    // Every field of a rule set, so that a new one cannot be forgotten here (#19): the
    // compiler refuses this line until the new field is named, compared below or marked as
    // not a rule.
    let RuleSet {
        id: _,           // not a rule: the rule set's name
        title: _,        // not a rule
        jurisdiction: _, // not a rule
        example: _,      // not a rule: whether it is offered to forms
        year: _, // below: moves no score, but every form of another year gets `year-mismatch`
        hash: _, // not a rule: the hash of everything below
        policies: _, // not a rule: the texts rules cite
        weights: _, // weights()
        execution: _, // execution()
        qualitative: _, // qualitative()
        quantitative: _, // quantitative()
        indicators: _, // `indicators.not_applicable`, `none_words` below
        satisfaction: _, // satisfaction()
        round_indicator: _,
        round_total: _,     // both in the rounding loop below
        grades: _,          // `grades` below
        grades_rule: _,     // where the grades are: not a rule
        grades_optional: _, // `grades.optional` below
        switches: _, // not compared: which policy a switch cites moves no score (docs tables)
        scripts: _,  // scripts()
    } = a;
    let mut c = Builder(Vec::new());
    weights(&mut c, a, b);
    execution(&mut c, a, b);
    qualitative(&mut c, a, b);
    quantitative(&mut c, a, b);
    indicators(&mut c, a, b);
    satisfaction(&mut c, a, b);
    rounding_changes(&mut c, a, b);
    let ga: Vec<(String, Decimal)> = a.grades.iter().map(|g| (g.name.clone(), g.min)).collect();
    let gb: Vec<(String, Decimal)> = b.grades.iter().map(|g| (g.name.clone(), g.min)).collect();
    if ga != gb {
        c.push(
            "grades",
            msg!(
                "change-from-to",
                what = msg!("change-grades"),
                from = grades(&a.grades),
                to = grades(&b.grades)
            )
            .to_string(),
            false,
            Apply::Grades,
        );
    }
    c.when(
        a.grades_optional,
        b.grades_optional,
        "grades.optional",
        msg!("change-grading-optional"),
        |x| yes(*x),
        false,
        Apply::GradesOptional,
    );
    c.when(
        a.year,
        b.year,
        "rule_set.year",
        msg!("change-year"),
        |y| y.to_string(),
        false,
        Apply::Year,
    );
    provenance(&mut c, a, b);
    scripts(&mut c, a.scripts.as_deref(), b.scripts.as_deref());
    c.0
}

/// `[rounding]`: the places and mode of indicator scores and of the total.
fn rounding_changes(c: &mut Builder, a: &RuleSet, b: &RuleSet) {
    for (slot, key, what) in [
        (
            Slot::Indicator,
            "rounding.indicator",
            msg!("change-indicator-rounding"),
        ),
        (Slot::Total, "rounding.total", msg!("change-total-rounding")),
    ] {
        let (ra, rb) = (rounding(a, slot), rounding(b, slot));
        c.when(
            ra.places,
            rb.places,
            &format!("{key}.places"),
            msg!("change-rounding-places", what = what.clone()),
            |p| p.to_string(),
            true,
            Apply::RoundPlaces(slot),
        );
        c.when(
            ra.mode,
            rb.mode,
            &format!("{key}.mode"),
            msg!("change-rounding-mode", what = what),
            |m| words::round_mode(*m).to_string(),
            true,
            Apply::RoundMode(slot),
        );
    }
}

/// `[satisfaction]` (#17): added, removed, or its names, minimum sample or cap changed — one
/// change for the table, in the rule's own words.
fn satisfaction(c: &mut Builder, a: &RuleSet, b: &RuleSet) {
    let key = |s: &Option<Satisfaction>| {
        s.as_ref().map(|s| {
            let min = s.minimum_sample.as_ref().map(|m| (m.size, m.cap));
            (s.names.clone(), min)
        })
    };
    if key(&a.satisfaction) != key(&b.satisfaction) {
        let show = |s: &Option<Satisfaction>| {
            s.as_ref().map_or_else(
                || msg!("change-satisfaction-not-read").to_string(),
                |s| match &s.minimum_sample {
                    Some(m) => format!("{}; {}", s.label(), m.label()),
                    None => msg!("change-no-minimum-sample", satisfaction = s.label()).to_string(),
                },
            )
        };
        c.push(
            "satisfaction",
            msg!(
                "change-from-to",
                what = msg!("change-satisfaction"),
                from = show(&a.satisfaction),
                to = show(&b.satisfaction)
            )
            .to_string(),
            true,
            Apply::Satisfaction,
        );
    }
}

/// Rules present in both sets whose `source` differs (`execution: assumed → inferred`): what
/// a reviewer must know even when no number moves.
fn provenance(c: &mut Builder, a: &RuleSet, b: &RuleSet) {
    let name = |s: Option<Provenance>| s.map_or(msg!("change-source-not-said"), words::provenance);
    let items_b = b.rule_items();
    for ia in a.rule_items() {
        let Some(ib) = items_b.iter().find(|i| i.rule.key == ia.rule.key) else {
            continue;
        };
        if ia.rule.source != ib.rule.source {
            c.push(
                ia.rule.key.clone(),
                msg!(
                    "change-from-to",
                    what = msg!("change-source", rule = ib.label.clone()),
                    from = name(ia.rule.source),
                    to = name(ib.rule.source)
                )
                .to_string(),
                false,
                Apply::Provenance,
            );
        }
    }
}

/// What of a script was edited, in words: its text, hooks, `when`, else its `params`.
fn edited(x: &Script, y: &Script) -> Vec<String> {
    let mut what = Vec::new();
    if x.source.text != y.source.text {
        what.push(msg!("change-script-text").to_string());
    }
    if hooks_text(x) != hooks_text(y)
        || crate::script::Hook::ALL
            .into_iter()
            .any(|h| x.hook(h).map(|f| &f.name) != y.hook(h).map(|f| &f.name))
    {
        what.push(msg!("change-script-hooks").to_string());
    }
    if x.when != y.when {
        what.push("`when`".to_owned());
    }
    // Each parameter with its values, as a weight's change is shown (s15c F7): for a policy
    // parameter the values are the change the director asks about.
    what.extend(param_changes(
        &x.rules_view().0.params,
        &y.rules_view().0.params,
    ));
    what
}

/// The `params` entries that differ, by name: `参数 `share`：0.8 → 0.7`, an entry added or
/// removed shown from or to (无).
fn param_changes(a: &rhai::Map, b: &rhai::Map) -> Vec<String> {
    let names: std::collections::BTreeSet<&str> =
        a.keys().chain(b.keys()).map(|k| k.as_str()).collect();
    let mut out = Vec::new();
    for name in names {
        let (x, y) = (a.get(name), b.get(name));
        // Debug tells `"1"` from `1`, which Display shows alike.
        if x.map(|v| format!("{v:?}")) == y.map(|v| format!("{v:?}")) {
            continue;
        }
        let (mut from, mut to) = (param_text(x), param_text(y));
        if let (true, Some(x), Some(y)) = (from == to, x, y) {
            (from, to) = (format!("{x:?}"), format!("{y:?}"));
        }
        out.push(
            msg!(
                "change-from-to",
                what = msg!("change-script-param", name = name),
                from = from,
                to = to
            )
            .to_string(),
        );
    }
    out
}

/// A parameter's value as the rule file gives it, (无) when it has none.
fn param_text(v: Option<&rhai::Dynamic>) -> String {
    v.map_or_else(|| msg!("change-none").to_string(), |v| v.to_string())
}

/// The changed lines of a script's text, headed by their line numbers (none when equal).
fn script_lines(x: &Script, y: &Script) -> Vec<String> {
    let mut out = Vec::new();
    for (line, lines) in super::text::line_changes(&x.source.text, &y.source.text) {
        out.push(msg!("change-script-line", line = line.to_string()).to_string());
        out.extend(lines);
    }
    out
}

fn script_list(s: Option<&Scripts>) -> &[Script] {
    s.map_or(&[], |s| s.scripts.as_slice())
}

fn hooks_text(s: &Script) -> String {
    crate::script::Hook::ALL
        .into_iter()
        .filter(|h| s.hook(*h).is_some())
        .map(|h| h.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Scripts are rules (#19): each script added, removed or edited (its text, hooks, `when` or
/// `params`: [`Script::fingerprint`]) is one change, matched by the name its rule file gives
/// it; then the limits, then the order they run in.
fn scripts(c: &mut Builder, a: Option<&Scripts>, b: Option<&Scripts>) {
    let (la, lb) = (script_list(a), script_list(b));
    let key = |i: usize| format!("scripts[{i}]");
    for (i, x) in la.iter().enumerate() {
        if !lb.iter().any(|y| y.name == x.name) {
            c.push(
                key(i),
                msg!(
                    "change-script-removed",
                    script = &x.name,
                    hooks = hooks_text(x)
                )
                .to_string(),
                true,
                Apply::Script(x.name.clone()),
            );
        }
    }
    for (i, y) in lb.iter().enumerate() {
        match la.iter().find(|x| x.name == y.name) {
            None => c.push(
                key(i),
                msg!(
                    "change-script-added",
                    script = &y.name,
                    hooks = hooks_text(y)
                )
                .to_string(),
                true,
                Apply::Script(y.name.clone()),
            ),
            Some(x) if x.fingerprint() != y.fingerprint() => {
                let what = edited(x, y);
                c.push(
                    key(i),
                    msg!(
                        "change-script-changed",
                        script = &y.name,
                        what = what.join(msg!("change-list-separator").to_string().as_str())
                    )
                    .to_string(),
                    true,
                    Apply::Script(y.name.clone()),
                );
                if let Some(last) = c.0.last_mut() {
                    last.lines = script_lines(x, y);
                }
            }
            Some(_) => {}
        }
    }
    if let (Some(x), Some(y)) = (a, b)
        && x.limits != y.limits
        && !la.is_empty()
    {
        c.push(
            "script_limits",
            msg!(
                "change-script-limits",
                limits = limits_text(&x.limits, &y.limits)
            )
            .to_string(),
            true,
            Apply::ScriptLimits,
        );
    }
    let common = |l: &[Script], other: &[Script]| -> Vec<String> {
        l.iter()
            .filter(|s| other.iter().any(|o| o.name == s.name))
            .map(|s| s.name.clone())
            .collect()
    };
    if common(la, lb) != common(lb, la) {
        c.push(
            "scripts",
            msg!(
                "change-from-to",
                what = msg!("change-script-order"),
                from = list(&common(la, lb)),
                to = list(&common(lb, la))
            )
            .to_string(),
            true,
            Apply::ScriptOrder,
        );
    }
}

/// The `[script_limits]` keys that differ: `max_operations 100000 → 200000`.
fn limits_text(x: &crate::script::Limits, y: &crate::script::Limits) -> String {
    let pairs: [(&str, String, String); 8] = [
        (
            "max_operations",
            x.max_operations.to_string(),
            y.max_operations.to_string(),
        ),
        (
            "max_call_levels",
            x.max_call_levels.to_string(),
            y.max_call_levels.to_string(),
        ),
        (
            "max_expr_depth",
            x.max_expr_depth.to_string(),
            y.max_expr_depth.to_string(),
        ),
        (
            "max_string_size",
            x.max_string_size.to_string(),
            y.max_string_size.to_string(),
        ),
        (
            "max_array_size",
            x.max_array_size.to_string(),
            y.max_array_size.to_string(),
        ),
        (
            "max_map_size",
            x.max_map_size.to_string(),
            y.max_map_size.to_string(),
        ),
        (
            "max_variables",
            x.max_variables.to_string(),
            y.max_variables.to_string(),
        ),
        (
            "timeout_ms",
            x.timeout.as_millis().to_string(),
            y.timeout.as_millis().to_string(),
        ),
    ];
    pairs
        .iter()
        .filter(|(_, a, b)| a != b)
        .map(|(k, a, b)| format!("{k} {a} → {b}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn weights(c: &mut Builder, a: &RuleSet, b: &RuleSet) {
    let (wa, wb) = (&a.weights, &b.weights);
    c.when(
        wa.total,
        wb.total,
        "weights.total",
        msg!("change-points-all-indicators-add-up-to"),
        |d| num(*d),
        false,
        Apply::WeightsTotal,
    );
    c.when(
        wa.adjustable,
        wb.adjustable,
        "weights.adjustable",
        msg!("change-forms-may-adjust-the-level-1-weights"),
        |b| yes(*b),
        false,
        Apply::WeightsAdjustable,
    );
    let same_shape = wa.level1.len() == wb.level1.len()
        && wa
            .level1
            .iter()
            .zip(&wb.level1)
            .all(|(x, y)| x.name == y.name);
    if !same_shape {
        let show = |l: &[Level1]| {
            l.iter()
                .map(|l| format!("{} {}", l.name, num(l.points)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        c.push(
            "weights.level1",
            msg!(
                "change-from-to",
                what = msg!("change-level1-all"),
                from = show(&wa.level1),
                to = show(&wb.level1)
            )
            .to_string(),
            false,
            Apply::Level1All,
        );
        return;
    }
    for (i, (x, y)) in wa.level1.iter().zip(&wb.level1).enumerate() {
        c.when(
            x.points,
            y.points,
            &format!("weights.level1[{i}].points"),
            msg!("change-level1-points", name = &y.name),
            |d| num(*d),
            false,
            Apply::Level1Points(i),
        );
        c.when(
            &x.aliases,
            &y.aliases,
            &format!("weights.level1[{i}].aliases"),
            msg!("change-level1-aliases", name = &y.name),
            |l| list(l),
            false,
            Apply::Level1Aliases(i),
        );
    }
}

/// The `[indicators]` table: not-applicable phrases, none words, deviation reasons and
/// what the points of lines not applicable do to the total.
fn indicators(c: &mut Builder, a: &RuleSet, b: &RuleSet) {
    c.when(
        &a.indicators.not_applicable,
        &b.indicators.not_applicable,
        "indicators.not_applicable",
        msg!("change-phrases-that-mark-an-indicator-not-applicable"),
        |l| list(l),
        true,
        Apply::NotApplicable,
    );
    c.when(
        &a.indicators.none_words,
        &b.indicators.none_words,
        "indicators.none_words",
        msg!("change-none-words"),
        |l| list(l),
        true,
        Apply::NoneWords,
    );
    c.when(
        a.indicators.explain_below_points,
        b.indicators.explain_below_points,
        "indicators.explain_below_points",
        msg!("change-deviation-reason-required-below-the-points"),
        |x| yes(*x),
        false,
        Apply::ExplainBelowPoints,
    );
    c.when(
        a.indicators.not_applicable_points,
        b.indicators.not_applicable_points,
        "indicators.not_applicable_points",
        msg!("change-not-applicable-points"),
        |m| {
            match m {
                NotApplicablePoints::Exclude => msg!("change-not-applicable-points-exclude"),
                NotApplicablePoints::RescaleTotal => msg!("change-not-applicable-points-rescale"),
            }
            .to_string()
        },
        true,
        Apply::NotApplicablePoints,
    );
}

/// `[execution] funds`: which funds rows make A and B.
fn execution_funds(c: &mut Builder, ea: &Execution, eb: &Execution) {
    c.when(
        &ea.funds,
        &eb.funds,
        "execution.funds",
        msg!("change-execution-funds"),
        |kinds| {
            let words: Vec<String> = (kinds.iter())
                .map(|k| {
                    let word = match k {
                        crate::value::FundsKind::Appropriation => "appropriation",
                        crate::value::FundsKind::Carryover => "carryover",
                        crate::value::FundsKind::Other => "other",
                        _ => "part",
                    };
                    msg!("word-funds-kind", kind = word).to_string()
                })
                .collect();
            match kinds.is_empty() {
                true => msg!("change-execution-funds-total").to_string(),
                false => list(&words),
            }
        },
        true,
        Apply::ExecFunds,
    );
}

fn execution(c: &mut Builder, a: &RuleSet, b: &RuleSet) {
    let (ea, eb) = (&a.execution, &b.execution);
    c.when(
        &ea.label,
        &eb.label,
        "execution.label",
        msg!("change-execution-label"),
        |s| s.to_string(),
        false,
        Apply::ExecLabel,
    );
    c.when(
        ea.points,
        eb.points,
        "execution.points",
        msg!("change-execution-points"),
        |d| num(*d),
        true,
        Apply::ExecPoints,
    );
    c.when(
        ea.method,
        eb.method,
        "execution.method",
        msg!("change-execution-scoring"),
        |m| method(*m),
        true,
        Apply::ExecMethod,
    );
    c.when(
        ea.denominator,
        eb.denominator,
        "execution.denominator",
        msg!("change-execution-rate-measured-against"),
        |d| denominator(*d).to_owned(),
        true,
        Apply::ExecDenominator,
    );
    execution_funds(c, ea, eb);
    c.when(
        ea.explain_below,
        eb.explain_below,
        "execution.explain_below",
        msg!("change-execution-rate-that-must-be-explained"),
        |d| {
            d.map_or(msg!("change-none").to_string(), |d| {
                msg!("change-below", rate = pct(d)).to_string()
            })
        },
        false,
        Apply::ExecExplainBelow,
    );
    c.when(
        &ea.bands,
        &eb.bands,
        "execution.bands",
        msg!("change-execution-band-table"),
        |b| rate_bands(b),
        true,
        Apply::ExecBands,
    );
    c.when(
        ea.explain_adjustment_above,
        eb.explain_adjustment_above,
        "execution.explain_adjustment_above",
        msg!("change-budget-adjustment-that-must-be-explained"),
        |d| {
            d.map_or(msg!("change-none").to_string(), |d| {
                msg!("change-beyond", rate = pct(d)).to_string()
            })
        },
        false,
        Apply::ExecExplainAdjustment,
    );
    let within = |s: &RuleSet| {
        s.execution
            .within
            .and_then(|i| s.weights.level1.get(i))
            .map(|l| l.name.to_string())
    };
    c.when(
        within(a),
        within(b),
        "execution.within",
        msg!("change-budget-execution-counted-inside"),
        |w| {
            w.clone()
                .unwrap_or_else(|| msg!("change-own-level1-item").to_string())
        },
        false,
        Apply::ExecWithin,
    );
    execution_rounding(c, &ea.rounding, &eb.rounding);
}

/// `[execution.rounding]`: its places and mode when both sets have one, else the table
/// added or removed as a whole.
fn execution_rounding(c: &mut Builder, ra: &Option<Rounding>, rb: &Option<Rounding>) {
    match (ra, rb) {
        (Some(x), Some(y)) => {
            c.when(
                x.places,
                y.places,
                "execution.rounding.places",
                msg!("change-execution-rounding-places"),
                |p| p.to_string(),
                true,
                Apply::ExecRoundingPlaces,
            );
            c.when(
                x.mode,
                y.mode,
                "execution.rounding.mode",
                msg!("change-execution-rounding-mode"),
                |m| words::round_mode(*m).to_string(),
                true,
                Apply::ExecRoundingMode,
            );
        }
        (None, None) => {}
        (x, y) => {
            let show = |r: &Option<Rounding>| {
                r.as_ref()
                    .map_or(msg!("change-as-indicator-scores").to_string(), round_text)
            };
            c.push(
                "execution.rounding",
                msg!(
                    "change-from-to",
                    what = msg!("change-execution-rounding"),
                    from = show(x),
                    to = show(y)
                )
                .to_string(),
                true,
                Apply::ExecRounding,
            );
        }
    }
}

fn qualitative(c: &mut Builder, a: &RuleSet, b: &RuleSet) {
    let (qa, qb) = (&a.qualitative, &b.qualitative);
    c.when(
        qa.accept_reported_in_band,
        qb.accept_reported_in_band,
        "qualitative.accept_reported_in_band",
        msg!("change-a-reported-score-inside-its-band-is-accepted"),
        |b| yes(*b),
        true,
        Apply::AcceptInBand,
    );
    if qa.bands.len() != qb.bands.len() {
        let show = |bands: &[Band]| {
            bands
                .iter()
                .map(|b| format!("{} {}", b.label, b.range_text()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        c.push(
            "qualitative.bands",
            msg!(
                "change-from-to",
                what = msg!("change-bands-all"),
                from = show(&qa.bands),
                to = show(&qb.bands)
            )
            .to_string(),
            true,
            Apply::BandsAll,
        );
        return;
    }
    for (i, (x, y)) in qa.bands.iter().zip(&qb.bands).enumerate() {
        let key = format!("qualitative.bands[{i}]");
        c.when(
            &x.label,
            &y.label,
            &format!("{key}.label"),
            msg!("change-band-label", band = (i + 1).to_string()),
            |s| s.to_string(),
            true,
            Apply::BandLabel(i),
        );
        c.when(
            &x.aliases,
            &y.aliases,
            &format!("{key}.aliases"),
            msg!("change-band-aliases", band = &y.label),
            |l| list(l),
            true,
            Apply::BandAliases(i),
        );
        band_bounds(c, i, x, y);
    }
}

/// A band's bounds and scoring point. A point written as a bound (`score_at = "lower"`) moves
/// with the bound: it is said with the bound's change, and scored with it, not listed as a
/// change of its own that would take the bound's share of a move (#16).
fn band_bounds(c: &mut Builder, i: usize, x: &Band, y: &Band) {
    let key = format!("qualitative.bands[{i}]");
    let follows = Follows::of(x).filter(|f| Follows::of(y) == Some(*f) && x.score_at != y.score_at);
    let note = match follows {
        Some(f) => msg!(
            "change-band-score-follows",
            at = f.word(),
            from = pct(x.score_at),
            to = pct(y.score_at)
        )
        .to_string(),
        None => String::new(),
    };
    let bounds = [
        (
            (x.lower, x.lower_inclusive),
            (y.lower, y.lower_inclusive),
            "lower",
            msg!("change-band-lower", band = &y.label),
            Apply::BandLower(i, follows.filter(|f| *f != Follows::Upper)),
            Follows::Lower,
        ),
        (
            (x.upper, x.upper_inclusive),
            (y.upper, y.upper_inclusive),
            "upper",
            msg!("change-band-upper", band = &y.label),
            Apply::BandUpper(i, follows.filter(|f| *f != Follows::Lower)),
            Follows::Upper,
        ),
    ];
    for (from, to, name, what, apply, moves) in bounds {
        if from == to {
            continue;
        }
        let text = msg!(
            "change-from-to",
            what = what,
            from = bound(from.0, from.1),
            to = bound(to.0, to.1)
        )
        .to_string();
        // The point moves with the bound it is, or with either bound of its middle.
        let said = matches!(follows, Some(f) if f == moves || f == Follows::Middle);
        let text = if said { text + note.as_str() } else { text };
        c.push(format!("{key}.{name}"), text, true, apply);
    }
    if follows.is_none() {
        c.when(
            x.score_at,
            y.score_at,
            &format!("{key}.score_at"),
            msg!("change-band-score-at", band = &y.label),
            |d| pct(*d),
            true,
            Apply::BandScoreAt(i),
        );
    }
}

fn quantitative(c: &mut Builder, a: &RuleSet, b: &RuleSet) {
    let (qa, qb) = (&a.quantitative, &b.quantitative);
    for d in [Direction::Positive, Direction::Reverse, Direction::Equal] {
        c.when(
            qa.formula(d).kind,
            qb.formula(d).kind,
            &format!("quantitative.{}", d.name()),
            msg!("change-formula", direction = words::direction(d)),
            |k| formula(*k),
            true,
            Apply::Formula(d),
        );
    }
    c.when(
        qa.bare_target.0,
        qb.bare_target.0,
        "quantitative.bare_target",
        msg!("change-direction-of-a-target-without-comparator"),
        |d| words::direction(*d).to_string(),
        true,
        Apply::BareTarget,
    );
    let by = |q: &Quantitative| {
        q.bare_target_by_level2
            .iter()
            .map(|b| match b.except_names.as_slice() {
                [] => format!("{} {}", b.level2, words::direction(b.direction)),
                except => format!(
                    "{} {} ({})",
                    b.level2,
                    words::direction(b.direction),
                    msg!("change-except-names", words = except.join(" / "))
                ),
            })
            .collect::<Vec<_>>()
    };
    c.when(
        by(qa),
        by(qb),
        "quantitative.bare_target_by_level2",
        msg!("change-bare-target-by-level2"),
        |l| list(l),
        true,
        Apply::BareByLevel2,
    );
    let by_name = |q: &Quantitative| {
        q.bare_target_by_name
            .iter()
            .map(|b| format!("{} {}", b.names.join(" / "), words::direction(b.direction)))
            .collect::<Vec<_>>()
    };
    c.when(
        by_name(qa),
        by_name(qb),
        "quantitative.bare_target_by_name",
        msg!("change-bare-target-by-name"),
        |l| list(l),
        true,
        Apply::BareByName,
    );
    c.when(
        qa.qualitative_actual,
        qb.qualitative_actual,
        "quantitative.qualitative_actual",
        msg!("change-band-words-answering-a-numeric-target"),
        |q| match q {
            QualitativeActual::Bands => msg!("change-scored-by-bands").to_string(),
            QualitativeActual::Zero => msg!("change-scored-0").to_string(),
        },
        true,
        Apply::QualitativeActual,
    );
    let key = |f: &Option<FarExceeded>| f.as_ref().map(|f| (f.at, f.action));
    if key(&qa.far_exceeded) != key(&qb.far_exceeded) {
        let cuts = |f: &Option<FarExceeded>| {
            f.as_ref()
                .is_some_and(|f| matches!(f.action, FarAction::Cut(_)))
        };
        c.push(
            "quantitative.far_exceeded",
            msg!(
                "change-from-to",
                what = msg!("change-far-exceeded"),
                from = far(&qa.far_exceeded),
                to = far(&qb.far_exceeded)
            )
            .to_string(),
            cuts(&qa.far_exceeded) || cuts(&qb.far_exceeded),
            Apply::FarExceeded,
        );
    }
    switches(c, qa, qb);
}

/// `zero_target` and `deadline`, the all-or-nothing switches of `[quantitative]`.
fn switches(c: &mut Builder, qa: &Quantitative, qb: &Quantitative) {
    c.when(
        qa.zero_target.is_some(),
        qb.zero_target.is_some(),
        "quantitative.zero_target",
        msg!("change-target-of-0"),
        |z| {
            if *z {
                msg!("change-zero-target-ceiling").to_string()
            } else {
                msg!("change-zero-target-formula").to_string()
            }
        },
        true,
        Apply::ZeroTarget,
    );
    c.when(
        qa.deadline.is_some(),
        qb.deadline.is_some(),
        "quantitative.deadline",
        msg!("change-deadline"),
        |d| {
            if *d {
                msg!("change-deadline-cited").to_string()
            } else {
                msg!("change-deadline-uncited").to_string()
            }
        },
        false,
        Apply::Deadline,
    );
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::param_changes;
    use rhai::{Dynamic, Map};

    fn map(entries: &[(&str, Dynamic)]) -> Map {
        entries
            .iter()
            .map(|(k, v)| ((*k).into(), v.clone()))
            .collect()
    }

    /// Tester s15c F7: a script's `params` edited was said `changed (`params`)`. Each
    /// parameter that differs is given with its values, one added or removed from or to
    /// (none), one equal not at all; `"1"` and `1` differ though both read `1`.
    #[test]
    fn each_changed_parameter_is_given_with_its_values() {
        let a = map(&[
            ("share", Dynamic::from("0.8")),
            ("floor", Dynamic::from("75")),
            ("kept", Dynamic::from(3_i64)),
            ("kind", Dynamic::from("1")),
        ]);
        let b = map(&[
            ("share", Dynamic::from("0.7")),
            ("kept", Dynamic::from(3_i64)),
            ("kind", Dynamic::from(1_i64)),
            ("new", Dynamic::from(true)),
        ]);
        assert_eq!(
            param_changes(&a, &b),
            [
                "parameter `floor`: 75 → (none)",
                "parameter `kind`: \"1\" → 1",
                "parameter `new`: (none) → true",
                "parameter `share`: 0.8 → 0.7",
            ]
        );
        assert!(param_changes(&a, &a).is_empty());
    }
}
