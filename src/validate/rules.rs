//! Validates a rule file and builds a [`RuleSet`]: every value parsed, every `ref` resolved,
//! weights, bands and grades checked for consistency. Reports every problem at once.

use super::Validated;
use crate::diagnostic::{Diagnostic, did_you_mean, from_toml_error};
use crate::load::ScriptSources;
use crate::load::raw_rules::{self, RawFormula, RawRound, Text};
use crate::model::*;
use crate::source::Source;
use rust_decimal::Decimal;
use std::collections::BTreeSet;
use std::ops::Range;
use std::str::FromStr;
use toml::Spanned;

/// Maps a span of the validated text to the file and span it came from (a resolved rule set
/// is merged from several files, see [`crate::load::inherit`]).
pub type Locate<'a> = &'a dyn Fn(Range<usize>) -> (Source, Range<usize>);

/// Parses and validates a rule file that names no scripts (or whose scripts are to be reported
/// missing). `hash` identifies its content (see [`crate::load`]).
pub fn validate(source: &Source, hash: &str) -> Validated<RuleSet> {
    validate_full(
        source,
        hash,
        &|span| (source.clone(), span),
        &ScriptSources::new(),
    )
}

/// Parses and validates a rule file and compiles the scripts it names, taking their text
/// from `scripts` (read by the loader).
pub fn validate_with_scripts(
    source: &Source,
    hash: &str,
    scripts: &ScriptSources,
) -> Validated<RuleSet> {
    validate_full(source, hash, &|span| (source.clone(), span), scripts)
}

/// Parses and validates a rule text whose spans `locate` maps back to the files they came
/// from, compiling the scripts it names from `scripts`.
pub fn validate_full(
    source: &Source,
    hash: &str,
    locate: Locate,
    scripts: &ScriptSources,
) -> Validated<RuleSet> {
    let raw = match raw_rules::parse(&source.text) {
        Ok(raw) => raw,
        Err(e) => {
            // serde stops at the first unknown key: report every one of them instead.
            let mut diagnostics = super::keys::unknown_keys(
                "rules::unknown-key",
                &source.text,
                super::keys::RULES,
                locate,
            );
            if diagnostics.is_empty() || !e.message().starts_with("unknown field") {
                let mut d = from_toml_error("rules::syntax", source, &e);
                if let Some((_, span)) = &d.source {
                    let (src, span) = locate(span.clone());
                    d.source = Some((src, span));
                }
                diagnostics.push(d);
            }
            return Validated {
                value: None,
                diagnostics,
            };
        }
    };
    let mut v = Checker {
        source,
        locate,
        diagnostics: Vec::new(),
        policies: raw.policy.keys().cloned().collect(),
    };
    let id = raw.rule_set.get_ref();
    let policies = raw
        .policy
        .iter()
        .map(|(k, p)| Policy {
            id: k.clone(),
            source: p.get_ref().source.clone(),
            text: p.get_ref().text.clone(),
            assumed: p.get_ref().assumed,
        })
        .collect();

    // weights
    let w = raw.weights.get_ref();
    let weights_rule = v.rule("weights", raw.weights.span(), w.reference.as_ref(), None);
    let total = v.decimal(&w.total).unwrap_or(Decimal::ONE_HUNDRED);
    let mut level1 = Vec::new();
    for (i, l) in w.level1.iter().enumerate() {
        let r = l.get_ref();
        let points = v.decimal(&r.points).unwrap_or_default();
        level1.push(Level1 {
            name: r.name.get_ref().as_str().into(),
            aliases: r.aliases.iter().map(|a| a.get_ref().clone()).collect(),
            points,
            rule: v.rule(
                &format!("weights.level1[{i}]"),
                l.span(),
                None,
                Some(&weights_rule),
            ),
        });
    }

    // execution
    let e = raw.execution.get_ref();
    let exec_rule = v.rule(
        "execution",
        raw.execution.span(),
        e.reference.as_ref(),
        None,
    );
    let exec_points = v.decimal(&e.points).unwrap_or_default();
    let method = match e.method.get_ref().as_str() {
        "proportional" => ExecutionMethod::Proportional,
        "threshold_deduction" => {
            let full_at = e.full_at.as_ref().and_then(|t| v.fraction(t));
            let deduct = e.deduct_per_point.as_ref().and_then(|t| v.decimal(t));
            match (full_at, deduct) {
                (Some(full_at), Some(deduct_per_point)) => ExecutionMethod::ThresholdDeduction {
                    full_at,
                    deduct_per_point,
                },
                _ => {
                    v.error(
                        "rules::missing-key",
                        "method `threshold_deduction` needs `full_at` and `deduct_per_point`",
                        e.method.span(),
                        "add e.g. `full_at = \"90%\"` and `deduct_per_point = \"1\"`",
                    );
                    ExecutionMethod::Proportional
                }
            }
        }
        other => {
            v.unknown_name(
                "rules::unknown-method",
                "execution method",
                other,
                e.method.span(),
                &["proportional", "threshold_deduction"],
            );
            ExecutionMethod::Proportional
        }
    };
    let denominator = match e
        .denominator
        .as_ref()
        .map(|d| (d.get_ref().as_str(), d.span()))
    {
        None | Some(("full_year_budget", _)) => Denominator::FullYear,
        Some(("initial_budget", _)) => Denominator::Initial,
        Some((other, span)) => {
            v.unknown_name(
                "rules::unknown-denominator",
                "denominator",
                other,
                span,
                &["full_year_budget", "initial_budget"],
            );
            Denominator::FullYear
        }
    };
    let execution = Execution {
        label: e.label.clone().unwrap_or_else(|| "预算资金执行率".into()),
        points: exec_points,
        method,
        denominator,
        explain_below: e.explain_below.as_ref().and_then(|t| v.fraction(t)),
        rounding: e
            .rounding
            .as_ref()
            .map(|r| v.rounding("execution.rounding", r, &exec_rule)),
        rule: exec_rule,
    };

    // Each number is at most MAX_RULE_NUMBER, so the sum cannot overflow (checked anyway).
    let sum = level1
        .iter()
        .map(|l| l.points)
        .try_fold(execution.points, |a, b| a.checked_add(b))
        .unwrap_or(Decimal::MAX);
    if sum != total {
        v.error(
            "rules::weights-sum",
            &format!("level-1 weights and execution points add up to {sum}, not {total}"),
            raw.weights.span(),
            "make `weights.level1[*].points` plus `execution.points` equal `weights.total`",
        );
    }
    let mut names = BTreeSet::new();
    for l in &w.level1 {
        for n in std::iter::once(&l.get_ref().name).chain(l.get_ref().aliases.iter()) {
            if !names.insert(n.get_ref().clone()) {
                v.error(
                    "rules::duplicate-name",
                    &format!("level-1 name `{}` is used twice", n.get_ref()),
                    n.span(),
                    "each name and alias may name one level-1 indicator only",
                );
            }
        }
    }

    // qualitative
    let q = raw.qualitative.get_ref();
    let q_rule = v.rule(
        "qualitative",
        raw.qualitative.span(),
        q.reference.as_ref(),
        None,
    );
    let mut bands = Vec::new();
    for (i, b) in q.bands.iter().enumerate() {
        let r = b.get_ref();
        let rule = v.rule(
            &format!("qualitative.bands[{i}]"),
            b.span(),
            r.reference.as_ref(),
            Some(&q_rule),
        );
        let Some((lower, lower_inclusive, upper, upper_inclusive)) = v.interval(&r.range) else {
            continue;
        };
        let score_at = match r.score_at.get_ref().as_str() {
            "upper" => upper,
            "lower" => lower,
            "middle" => (lower + upper) / Decimal::TWO,
            _ => v.fraction(&r.score_at).unwrap_or(lower),
        };
        let band = Band {
            label: r.label.get_ref().clone(),
            aliases: r.aliases.iter().map(|a| a.get_ref().clone()).collect(),
            lower,
            lower_inclusive,
            upper,
            upper_inclusive,
            score_at,
            rule,
        };
        if !band.contains(score_at) {
            v.error(
                "rules::score-outside-band",
                &format!(
                    "`score_at = \"{}\"` is not inside the band {}",
                    r.score_at.get_ref(),
                    band.range_text()
                ),
                r.score_at.span(),
                "an exclusive bound is not in the band: use the other bound, `middle`, or a percentage inside it",
            );
        }
        bands.push(band);
    }
    v.check_bands(&bands, &q.bands);

    // quantitative
    let qt = raw.quantitative.get_ref();
    let qt_rule = v.rule(
        "quantitative",
        raw.quantitative.span(),
        qt.reference.as_ref(),
        None,
    );
    let positive = v.formula("quantitative.positive", &qt.positive, &qt_rule);
    let reverse = v.formula("quantitative.reverse", &qt.reverse, &qt_rule);
    let equal = v.formula("quantitative.equal", &qt.equal, &qt_rule);
    let bare = v.direction(&qt.bare_target);
    let bare_rule = v.rule(
        "quantitative.bare_target",
        qt.bare_target.span(),
        None,
        Some(&qt_rule),
    );
    let bare_target = (bare, bare_rule);
    let bare_target_by_level2 = qt
        .bare_target_by_level2
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let r = b.get_ref();
            let rule = v.rule(
                &format!("quantitative.bare_target_by_level2[{i}]"),
                b.span(),
                r.reference.as_ref(),
                Some(&qt_rule),
            );
            (r.level2.get_ref().clone(), v.direction(&r.direction), rule)
        })
        .collect();
    let qualitative_actual = match qt
        .qualitative_actual
        .as_ref()
        .map(|t| (t.get_ref().as_str(), t.span()))
    {
        None | Some(("bands", _)) => QualitativeActual::Bands,
        Some(("zero", _)) => QualitativeActual::Zero,
        Some((other, span)) => {
            v.unknown_name(
                "rules::unknown-option",
                "qualitative_actual",
                other,
                span,
                &["bands", "zero"],
            );
            QualitativeActual::Bands
        }
    };
    let far_exceeded = qt.far_exceeded.as_ref().map(|f| {
        let r = f.get_ref();
        let rule = v.rule(
            "quantitative.far_exceeded",
            f.span(),
            r.reference.as_ref(),
            Some(&qt_rule),
        );
        let at = v.fraction(&r.at).unwrap_or(Decimal::TWO);
        if at <= Decimal::ONE {
            v.error(
                "rules::bad-threshold",
                &format!("`at = \"{}\"` does not exceed the target", r.at.get_ref()),
                r.at.span(),
                "write a share of the target above 100%, e.g. \"120%\"",
            );
        }
        let action = match (r.action.get_ref().as_str(), &r.cut) {
            ("review", None) => FarAction::Review,
            ("cut", Some(c)) => FarAction::Cut(v.fraction(c).unwrap_or_default().min(Decimal::ONE)),
            ("review", Some(c)) => {
                v.error(
                    "rules::unexpected-key",
                    "`cut` is only read with `action = \"cut\"`",
                    c.span(),
                    "remove `cut`, or write `action = \"cut\"`",
                );
                FarAction::Review
            }
            ("cut", None) => {
                v.error(
                    "rules::missing-key",
                    "`action = \"cut\"` needs `cut`",
                    r.action.span(),
                    "add the share of the points deducted, e.g. `cut = \"20%\"`",
                );
                FarAction::Review
            }
            (other, _) => {
                v.unknown_name(
                    "rules::unknown-option",
                    "far_exceeded action",
                    other,
                    r.action.span(),
                    &["review", "cut"],
                );
                FarAction::Review
            }
        };
        FarExceeded { at, action, rule }
    });
    let quantitative = Quantitative {
        positive,
        reverse,
        equal,
        bare_target,
        bare_target_by_level2,
        qualitative_actual,
        far_exceeded,
        rule: qt_rule,
    };

    // indicators
    let indicators = match &raw.indicators {
        Some(ind) => {
            let r = ind.get_ref();
            if let Some(sp) = &r.shared_points
                && sp.get_ref() != "split_equally"
            {
                v.unknown_name(
                    "rules::unknown-option",
                    "shared_points",
                    sp.get_ref(),
                    sp.span(),
                    &["split_equally"],
                );
            }
            IndicatorRules {
                not_applicable: r
                    .not_applicable
                    .iter()
                    .map(|p| p.get_ref().clone())
                    .collect(),
                rule: v.rule("indicators", ind.span(), r.reference.as_ref(), None),
            }
        }
        None => IndicatorRules {
            not_applicable: Vec::new(),
            rule: v.rule("indicators", 0..0, None, None),
        },
    };

    // rounding
    let ro = raw.rounding.get_ref();
    let ro_rule = v.rule("rounding", raw.rounding.span(), ro.reference.as_ref(), None);
    let round_indicator = v.rounding("rounding.indicator", &ro.indicator, &ro_rule);
    let round_total = v.rounding("rounding.total", &ro.total, &ro_rule);

    // grades
    let (grades, grades_rule) = match &raw.grades {
        Some(g) => {
            let r = g.get_ref();
            let rule = v.rule("grades", g.span(), r.reference.as_ref(), None);
            let mut grades: Vec<Grade> = Vec::new();
            for (i, l) in r.levels.iter().enumerate() {
                let min = v.decimal(&l.get_ref().min).unwrap_or_default();
                if let Some(prev) = grades.last()
                    && min >= prev.min
                {
                    v.error(
                        "rules::grades-order",
                        &format!(
                            "grade `{}` starts at {min}, not below the grade before it ({})",
                            l.get_ref().name.get_ref(),
                            prev.min
                        ),
                        l.get_ref().min.span(),
                        "list grades best first, each `min` lower than the one before",
                    );
                }
                grades.push(Grade {
                    name: l.get_ref().name.get_ref().clone(),
                    min,
                    rule: v.rule(&format!("grades.levels[{i}]"), l.span(), None, Some(&rule)),
                });
            }
            if let Some(last) = grades.last()
                && last.min > Decimal::ZERO
            {
                v.warning(
                    "rules::grades-gap",
                    &format!("totals below {} get no grade", last.min),
                    g.span(),
                    "end the list with a grade whose `min` is \"0\"",
                );
            }
            (grades, Some(rule))
        }
        None => (Vec::new(), None),
    };

    let script_set = super::scripts::validate(
        &mut v,
        &raw,
        scripts,
        &super::scripts::RuleFacts {
            id: id.id.get_ref(),
            year: *id.year.get_ref(),
            total,
            level1: &level1,
            execution_points: execution.points,
        },
    );

    let set = RuleSet {
        id: id.id.get_ref().clone(),
        title: id.title.clone(),
        jurisdiction: id.jurisdiction.clone(),
        year: *id.year.get_ref(),
        hash: hash.to_owned(),
        policies,
        weights: Weights {
            adjustable: w.adjustable,
            total,
            level1,
            rule: weights_rule,
        },
        execution,
        qualitative: Qualitative {
            accept_reported_in_band: q.accept_reported_in_band,
            bands,
            rule: q_rule,
        },
        quantitative,
        indicators,
        round_indicator,
        round_total,
        grades,
        grades_rule,
        scripts: script_set,
    };
    let failed = v
        .diagnostics
        .iter()
        .any(|d| d.severity == crate::diagnostic::Severity::Error);
    Validated {
        value: (!failed).then_some(set),
        diagnostics: v.diagnostics,
    }
}

/// The largest number a rule may write (10^9): far above any real weight or threshold, and small
/// enough that scoring arithmetic on it cannot overflow.
const MAX_RULE_NUMBER: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);

pub(super) struct Checker<'a> {
    pub(super) source: &'a Source,
    pub(super) locate: Locate<'a>,
    pub(super) diagnostics: Vec<Diagnostic>,
    policies: BTreeSet<String>,
}

impl Checker<'_> {
    pub(super) fn error(
        &mut self,
        code: &'static str,
        message: &str,
        span: Range<usize>,
        help: &str,
    ) {
        let (src, span) = (self.locate)(span);
        self.diagnostics
            .push(Diagnostic::error(code, message).at(&src, span).help(help));
    }

    pub(super) fn warning(
        &mut self,
        code: &'static str,
        message: &str,
        span: Range<usize>,
        help: &str,
    ) {
        let (src, span) = (self.locate)(span);
        self.diagnostics
            .push(Diagnostic::warning(code, message).at(&src, span).help(help));
    }

    pub(super) fn unknown_name(
        &mut self,
        code: &'static str,
        what: &str,
        got: &str,
        span: Range<usize>,
        valid: &[&str],
    ) {
        let help = match did_you_mean(got, valid.iter().copied()) {
            Some(m) => format!("did you mean `{m}`?"),
            None => format!("use one of: {}", valid.join(", ")),
        };
        self.error(code, &format!("unknown {what} `{got}`"), span, &help);
    }

    /// A rule reference at `span`, citing `reference` (checked) or the parent's policy.
    pub(super) fn rule(
        &mut self,
        key: &str,
        span: Range<usize>,
        reference: Option<&Text>,
        parent: Option<&RuleRef>,
    ) -> RuleRef {
        let policy = match reference {
            Some(r) => {
                if !self.policies.contains(r.get_ref()) {
                    let known: Vec<&str> = self.policies.iter().map(String::as_str).collect();
                    let help = match did_you_mean(r.get_ref(), known.iter().copied()) {
                        Some(m) => format!("did you mean `{m}`?"),
                        None => format!(
                            "add a `[policy.{}]` table with `source` and `text`, or cite one of: {}",
                            r.get_ref(),
                            known.join(", ")
                        ),
                    };
                    self.error(
                        "rules::unknown-policy",
                        &format!("`ref = \"{}\"` names no `[policy.*]` table", r.get_ref()),
                        r.span(),
                        &help,
                    );
                }
                Some(r.get_ref().clone())
            }
            None => parent.and_then(|p| p.policy.clone()),
        };
        let (src, span) = (self.locate)(span);
        RuleRef {
            key: key.to_owned(),
            file: src.name.clone(),
            line: src.line_col(span.start).line,
            policy,
        }
    }

    fn decimal(&mut self, t: &Text) -> Option<Decimal> {
        match Decimal::from_str_exact(t.get_ref().trim()) {
            Ok(d) if d > MAX_RULE_NUMBER => {
                self.error(
                    "rules::too-large",
                    &format!("`{}` is too large", t.get_ref()),
                    t.span(),
                    "points, thresholds and bounds are at most 1000000000",
                );
                None
            }
            Ok(d) if d >= Decimal::ZERO => Some(d),
            Ok(_) => {
                self.error(
                    "rules::negative",
                    &format!("`{}` is negative", t.get_ref()),
                    t.span(),
                    "points, thresholds and bounds are zero or more",
                );
                None
            }
            Err(_) => {
                self.error(
                    "rules::not-a-number",
                    &format!("`{}` is not a number", t.get_ref()),
                    t.span(),
                    "write a decimal number in quotes, e.g. \"50\" or \"7.5\"",
                );
                None
            }
        }
    }

    /// A percentage ("80%") or fraction ("0.8") as a fraction.
    fn fraction(&mut self, t: &Text) -> Option<Decimal> {
        let s = t.get_ref().trim();
        let parsed = match s.strip_suffix('%') {
            Some(p) => Decimal::from_str_exact(p.trim())
                .ok()
                .and_then(|d| d.checked_div(Decimal::ONE_HUNDRED)),
            None => Decimal::from_str_exact(s).ok(),
        };
        match parsed {
            Some(d) if d > MAX_RULE_NUMBER => {
                self.error(
                    "rules::too-large",
                    &format!("`{s}` is too large"),
                    t.span(),
                    "shares and multiples are at most 1000000000 (that is, 100000000000%)",
                );
                None
            }
            Some(d) if d >= Decimal::ZERO => Some(d),
            _ => {
                self.error(
                    "rules::not-a-percentage",
                    &format!("`{s}` is not a percentage"),
                    t.span(),
                    "write e.g. \"80%\"",
                );
                None
            }
        }
    }

    /// "[60%, 80%)" → (0.6, true, 0.8, false).
    fn interval(&mut self, t: &Text) -> Option<(Decimal, bool, Decimal, bool)> {
        let s = t.get_ref().trim();
        let bad = |c: &mut Self| {
            c.error(
                "rules::bad-range",
                &format!("`{s}` is not a range"),
                t.span(),
                "write an interval such as \"[60%, 80%)\": `[` `]` include the bound, `(` `)` exclude it",
            );
            None
        };
        let mut chars = s.chars();
        let (Some(open), Some(close)) = (chars.next(), chars.next_back()) else {
            return bad(self);
        };
        let lower_inclusive = match open {
            '[' => true,
            '(' => false,
            _ => return bad(self),
        };
        let upper_inclusive = match close {
            ']' => true,
            ')' => false,
            _ => return bad(self),
        };
        let inner: String = chars.collect();
        let Some((a, b)) = inner.split_once(',') else {
            return bad(self);
        };
        let pct = |x: &str| {
            let x = x.trim();
            let x = x.strip_suffix('%')?;
            Decimal::from_str(x.trim())
                .ok()?
                .checked_div(Decimal::ONE_HUNDRED)
        };
        match (pct(a), pct(b)) {
            (Some(lo), Some(hi)) if lo <= hi && hi <= Decimal::ONE => {
                Some((lo, lower_inclusive, hi, upper_inclusive))
            }
            (Some(_), Some(_)) => {
                self.error(
                    "rules::bad-range",
                    &format!("`{s}` runs backwards or past 100%"),
                    t.span(),
                    "bands are shares of the points from 0% to 100%, lower bound first",
                );
                None
            }
            _ => bad(self),
        }
    }

    /// Bands must cover 0–100% without gaps or overlaps.
    fn check_bands(&mut self, bands: &[Band], raw: &[Spanned<crate::load::raw_rules::RawBand>]) {
        let mut sorted: Vec<(usize, &Band)> = bands.iter().enumerate().collect();
        sorted.sort_by_key(|a| a.1.lower);
        let span_of = |i: usize| raw.get(i).map(|b| b.get_ref().range.span()).unwrap_or(0..0);
        for pair in sorted.windows(2) {
            let [(_, lo), (hi_i, hi)] = pair else {
                continue;
            };
            let gap = lo.upper < hi.lower
                || (lo.upper == hi.lower && !lo.upper_inclusive && !hi.lower_inclusive);
            let overlap = lo.upper > hi.lower
                || (lo.upper == hi.lower && lo.upper_inclusive && hi.lower_inclusive);
            if gap {
                self.error(
                    "rules::band-gap",
                    &format!("bands {} and {} leave a gap", lo.range_text(), hi.range_text()),
                    span_of(*hi_i),
                    "make each band start where the one below ends, with exactly one of them including the shared bound",
                );
            } else if overlap {
                self.error(
                    "rules::band-overlap",
                    &format!("bands {} and {} overlap", lo.range_text(), hi.range_text()),
                    span_of(*hi_i),
                    "a shared bound may be included by one band only: write `)` on one side and `[` on the other",
                );
            }
        }
        let mut labels = BTreeSet::new();
        for b in raw {
            for l in std::iter::once(&b.get_ref().label).chain(b.get_ref().aliases.iter()) {
                if !labels.insert(l.get_ref().clone()) {
                    self.error(
                        "rules::duplicate-name",
                        &format!("band label `{}` is used twice", l.get_ref()),
                        l.span(),
                        "each label or alias may name one band only",
                    );
                }
            }
        }
    }

    fn formula(&mut self, key: &str, f: &Spanned<RawFormula>, parent: &RuleRef) -> Formula {
        let r = f.get_ref();
        let rule = self.rule(key, f.span(), r.reference.as_ref(), Some(parent));
        let kind = match r.kind.get_ref().as_str() {
            "ratio" => FormulaKind::Ratio,
            "all_or_nothing" => FormulaKind::AllOrNothing,
            "linear_cut" => match &r.zero_at {
                Some(z) => FormulaKind::LinearCut {
                    zero_at: self.decimal(z).unwrap_or(Decimal::TWO),
                },
                None => {
                    self.error(
                        "rules::missing-key",
                        "formula `linear_cut` needs `zero_at`",
                        r.kind.span(),
                        "add `zero_at = \"2\"` (reverse: 0 points at twice the target)",
                    );
                    FormulaKind::Ratio
                }
            },
            other => {
                self.unknown_name(
                    "rules::unknown-formula",
                    "formula kind",
                    other,
                    r.kind.span(),
                    &["ratio", "all_or_nothing", "linear_cut"],
                );
                FormulaKind::Ratio
            }
        };
        Formula { kind, rule }
    }

    fn direction(&mut self, t: &Text) -> Direction {
        Direction::parse(t.get_ref()).unwrap_or_else(|| {
            self.unknown_name(
                "rules::unknown-direction",
                "direction",
                t.get_ref(),
                t.span(),
                &["positive", "reverse", "equal"],
            );
            Direction::Positive
        })
    }

    fn rounding(&mut self, key: &str, r: &Spanned<RawRound>, parent: &RuleRef) -> Rounding {
        let raw = r.get_ref();
        let rule = self.rule(key, r.span(), None, Some(parent));
        let mode = RoundMode::parse(raw.mode.get_ref()).unwrap_or_else(|| {
            self.unknown_name(
                "rules::unknown-rounding",
                "rounding mode",
                raw.mode.get_ref(),
                raw.mode.span(),
                &["half_up", "truncate", "half_even"],
            );
            RoundMode::HalfUp
        });
        let places = match u32::try_from(*raw.places.get_ref()) {
            Ok(p) if p <= 10 => p,
            _ => {
                self.error(
                    "rules::bad-places",
                    &format!("`places = {}` is out of range", raw.places.get_ref()),
                    raw.places.span(),
                    "use 0 to 10 decimal places",
                );
                2
            }
        };
        Rounding { places, mode, rule }
    }
}

/// For tests of the declarative engine: a rule file's text without its `[[scripts]]` tables
/// (which need their script files, read by the loader).
#[cfg(test)]
pub(crate) fn without_scripts(text: &str) -> String {
    match text.find("\n[[scripts]]") {
        Some(i) => text[..=i].to_owned(),
        None => text.to_owned(),
    }
}
