//! Validates a rule file and builds a [`RuleSet`]: every value parsed, every `ref` resolved,
//! weights, bands and grades checked for consistency. Reports every problem at once.

use super::Validated;
use crate::diagnostic::codes::RulesCode;
use crate::diagnostic::{Diagnostic, did_you_mean, from_toml_error};
use crate::i18n::{Message, msg};
use crate::load::ScriptSources;
use crate::load::raw_rules::{self, Number, RawFormula, RawRound, Text};
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
    let raw = match parse(source, locate) {
        Ok(raw) => raw,
        Err(diagnostics) => {
            return Validated {
                value: None,
                diagnostics,
            };
        }
    };
    let mut v = Checker::new(source, locate, &raw);
    let id = raw.rule_set.get_ref();
    let policies = policies_of(&mut v, &raw);

    let w = raw.weights.get_ref();
    let (weights_rule, total, level1, weights_read) = weights_of(&mut v, &raw);
    let execution = execution_of(&mut v, &raw, &level1, total.filter(|_| weights_read));
    let total = total.unwrap_or(Decimal::ONE_HUNDRED);
    check_level1_names(&mut v, w);
    let qualitative = qualitative_of(&mut v, &raw);
    let quantitative = quantitative_of(&mut v, &raw);
    let indicators = indicators_of(&mut v, &raw);
    let satisfaction = raw
        .satisfaction
        .as_ref()
        .map(|s| satisfaction_of(&mut v, s));

    let (round_indicator, round_total) = rounding_of(&mut v, &raw);
    let (grades, grades_rule) = grades_of(&mut v, &raw);

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

    let mut set = RuleSet {
        id: id.id.get_ref().clone(),
        title: id.title.clone(),
        jurisdiction: id.jurisdiction.clone(),
        example: id.example,
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
        qualitative,
        quantitative,
        indicators,
        satisfaction,
        round_indicator,
        round_total,
        grades,
        grades_rule,
        grades_optional: raw.grades.as_ref().is_some_and(|g| g.get_ref().optional),
        switches: Vec::new(),
        scripts: script_set,
    };
    set.switches = switches_of(&mut v, &raw, &set);
    finish(v, set)
}

/// The rule set when no diagnostic is an error, with every diagnostic; the lint comes last:
/// only a rule set with no other problem shows it.
fn finish(mut v: Checker<'_>, set: RuleSet) -> Validated<RuleSet> {
    let failed = v
        .diagnostics
        .iter()
        .any(|d| d.severity == crate::diagnostic::Severity::Error);
    if v.diagnostics.is_empty() {
        v.diagnostics.append(&mut v.unsourced);
    }
    Validated {
        value: (!failed).then_some(set),
        diagnostics: v.diagnostics,
    }
}

/// The rule file as its serde mirror, or every problem that stops it from being read: unknown
/// keys, full-width marks where TOML needs ASCII, TOML's own error; at the places `locate`
/// maps them to.
fn parse(source: &Source, locate: Locate) -> Result<raw_rules::RawRuleSet, Vec<Diagnostic>> {
    let (raw, unknown) = raw_rules::parse_reporting(&source.text);
    let diagnostics = super::keys::unknown_keys::<raw_rules::RawRuleSet>(
        RulesCode::UnknownKey,
        &source.text,
        &unknown,
        locate,
    );
    match raw {
        Ok(raw) if diagnostics.is_empty() => Ok(raw),
        Ok(_) => Err(diagnostics),
        Err(e) => {
            let slips = crate::load::full_width::diagnostics(RulesCode::FullWidth, source);
            if !slips.is_empty() {
                return Err(slips
                    .into_iter()
                    .map(|mut d| {
                        if let Some((_, span)) = d.source.take() {
                            d.source = Some(locate(span));
                        }
                        d
                    })
                    .collect());
            }
            // As serde stopped at the error, the unknown keys after it are found by a walk
            // over the file; the error itself is reported unless a misspelt key came first
            // (a misspelt required key makes it "missing").
            let mut diagnostics = super::keys::unknown_keys::<raw_rules::RawRuleSet>(
                RulesCode::UnknownKey,
                &source.text,
                &crate::load::unknown::every_unknown::<raw_rules::RawRuleSet>(&source.text),
                locate,
            );
            if !unknown.is_empty() {
                return Err(diagnostics);
            }
            let mut d = from_toml_error(RulesCode::Syntax, source, &e);
            if let Some(help) = unquoted_value_help(source, &e) {
                d = d.help(help);
            }
            if let Some((_, span)) = &d.source {
                let (src, span) = locate(span.clone());
                d.source = Some((src, span));
            }
            diagnostics.push(d);
            Err(diagnostics)
        }
    }
}

/// An unquoted word where a rule file takes a name (`mode = 截尾`, `mode = trunc`): TOML stops
/// at the missing quotes, so the check that knows the names (and says `截尾` is `truncate`)
/// never ran. The file is checked again with the word quoted, and what that check says of the
/// word becomes the help (#16); none when the word, once quoted, is right.
fn unquoted_value_help(source: &Source, e: &toml::de::Error) -> Option<Message> {
    let m = e.message();
    let unquoted = [
        "string values must be quoted",
        "invalid boolean",
        "invalid float",
    ]
    .iter()
    .any(|k| m.starts_with(k));
    match unquoted {
        true => value_help(source, e.span()?),
        false => None,
    }
}

/// What the rule file's checks say of the bare word at `span` once it is quoted (a name the
/// key does not take, with the name it most likely means); none when the text there is not a
/// bare word after `=`, or when the quoted word is right. The file is checked on its own:
/// `pipeline::rule_sets` checks it through its `extends` chain, so that a file that is
/// incomplete without its parent gets the same help.
pub fn value_help(source: &Source, span: Range<usize>) -> Option<Message> {
    let quoted = with_word_quoted(source, span.clone())?;
    let again = validate(
        &crate::source::SourceFile::new(source.name.clone(), quoted),
        "",
    );
    quoted_word_help(&again.diagnostics, &source.name, span.start)
}

/// The rule file's text with the bare word at `span` quoted (`mode = 截尾` → `mode = "截尾"`,
/// the word's place unchanged); none when the text there is not a bare word after `=`.
pub fn with_word_quoted(source: &Source, span: Range<usize>) -> Option<String> {
    let written = source.text.get(span.clone())?;
    let word = written.chars().next().is_some_and(char::is_alphabetic)
        && written
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
    let after_equals = source.text.get(..span.start)?.trim_end().ends_with('=');
    if !word || !after_equals {
        return None;
    }
    Some(format!(
        "{}\"{written}\"{}",
        source.text.get(..span.start)?,
        source.text.get(span.end..)?
    ))
}

/// The help for a bare word from the diagnostics of its file checked again with the word
/// quoted ([`with_word_quoted`]): what the check that knows the names says at the word's place
/// (`file`, byte `at`), as the TOML error's help (`toml-unquoted-enum-help`); none when it
/// says nothing there (the quoted word is right).
///
/// An error there first: a warning on the same place (`rules::cite-inherited` on a changed
/// rule under the parent's citation) says nothing of the word.
pub fn quoted_word_help(diagnostics: &[Diagnostic], file: &str, at: usize) -> Option<Message> {
    let here = |d: &&Diagnostic| {
        d.code != crate::diagnostic::DiagnosticCode::from(RulesCode::Syntax)
            && d.source
                .as_ref()
                .is_some_and(|(s, span)| span.start == at && s.name == file)
    };
    let d = diagnostics
        .iter()
        .filter(here)
        .find(|d| d.severity == crate::diagnostic::Severity::Error)
        .or_else(|| diagnostics.iter().find(here))?;
    Some(msg!(
        "toml-unquoted-enum-help",
        problem = d.message.clone(),
        help = d.help.clone()
    ))
}

/// `[rule_set] scripts_inherit` checked, and the `[policy.*]` tables.
fn policies_of(v: &mut Checker, raw: &raw_rules::RawRuleSet) -> Vec<Policy> {
    let id = raw.rule_set.get_ref();
    if let Some(si) = &id.scripts_inherit
        && !matches!(si.get_ref().as_str(), "add" | "replace")
    {
        v.unknown_name(
            RulesCode::ScriptsInherit,
            msg!("what-scripts-inherit"),
            si.get_ref(),
            si.span(),
            &["add", "replace"],
        );
    }
    raw.policy
        .iter()
        .map(|(k, p)| Policy {
            id: k.clone(),
            source: p.get_ref().source.clone(),
            text: p.get_ref().text.clone(),
            assumed: p.get_ref().assumed,
        })
        .collect()
}

/// `[weights]`: the rule, the total (none when it could not be read) and each level-1 weight,
/// and whether every weight was read: a weight reported unreadable stands as 0, and must not
/// feed the sum check (#16: one slip, one diagnostic).
fn weights_of(
    v: &mut Checker,
    raw: &raw_rules::RawRuleSet,
) -> (RuleRef, Option<Decimal>, Vec<Level1>, bool) {
    // weights
    let w = raw.weights.get_ref();
    let weights_rule = v.rule(
        "weights",
        raw.weights.span(),
        w.reference.as_ref(),
        w.source.as_ref(),
        None,
    );
    let total = v.decimal(&w.total);
    let mut all_read = true;
    let mut level1 = Vec::new();
    for (i, l) in w.level1.iter().enumerate() {
        let r = l.get_ref();
        v.joined_words("aliases", &r.aliases);
        let points = v.decimal(&r.points);
        all_read &= points.is_some();
        let points = points.unwrap_or_default();
        level1.push(Level1 {
            name: r.name.get_ref().as_str().into(),
            aliases: r.aliases.iter().map(|a| a.get_ref().clone()).collect(),
            points,
            rule: v.rule(
                &format!("weights.level1[{i}]"),
                l.span(),
                r.reference.as_ref(),
                None,
                Some(&weights_rule),
            ),
        });
    }
    (weights_rule, total, level1, all_read)
}

/// `[execution]`, with `within` resolved against the level-1 weights and the weights' sum
/// checked against the total. `total` is none when the total or a level-1 weight could not be
/// read (already reported): then the checks that add weights are skipped, not failed.
fn execution_of(
    v: &mut Checker,
    raw: &raw_rules::RawRuleSet,
    level1: &[Level1],
    total: Option<Decimal>,
) -> Execution {
    // execution
    let e = raw.execution.get_ref();
    let exec_rule = v.rule(
        "execution",
        raw.execution.span(),
        e.reference.as_ref(),
        e.source.as_ref(),
        None,
    );
    let read_points = v.decimal(&e.points);
    // Every number the sums below add was read (the unread ones are reported already).
    let total = total.filter(|_| read_points.is_some());
    let exec_points = read_points.unwrap_or_default();
    let method = execution_method(v, e);
    let bands = v.rate_bands(e, method == ExecutionMethod::Bands, read_points);
    let denominator = denominator_of(v, e);
    let execution = Execution {
        label: e.label.clone().unwrap_or_else(|| "预算资金执行率".into()),
        points: exec_points,
        method,
        denominator,
        funds: funds_kinds(v, &e.funds),
        explain_below: e
            .explain_below
            .as_ref()
            .and_then(|t| v.rate(t, "explain_below")),
        low_targets_met_below: e
            .low_targets_met_below
            .as_ref()
            .and_then(|t| v.percent_0_100(t, "low_targets_met_below"))
            .unwrap_or(crate::model::LOW_TARGETS_MET_BELOW),
        bands,
        within: None,
        explain_adjustment_above: e
            .explain_adjustment_above
            .as_ref()
            .and_then(|t| v.fraction(t)),
        rounding: e
            .rounding
            .as_ref()
            .map(|r| v.rounding("execution.rounding", r, &exec_rule)),
        rule: exec_rule,
    };

    let within = e
        .within
        .as_ref()
        .and_then(|t| v.within(t, level1, total.map(|_| execution.points)));
    let execution = Execution {
        within,
        ..execution
    };
    // Each number is at most MAX_RULE_NUMBER, so the sum cannot overflow (checked anyway).
    // Execution inside a level-1 indicator is already in its points.
    let own = if within.is_some() {
        Decimal::ZERO
    } else {
        execution.points
    };
    let sum = level1
        .iter()
        .map(|l| l.points)
        .try_fold(own, |a, b| a.checked_add(b))
        .unwrap_or(Decimal::MAX);
    if let Some(total) = total
        && sum != total
    {
        v.error(
            RulesCode::WeightsSum,
            msg!(
                "rules-weights-sum",
                sum = sum.to_string(),
                total = total.to_string()
            ),
            raw.weights.span(),
            msg!("rules-weights-sum-help"),
        );
    }
    execution
}

/// `[execution] method`, with the keys `threshold_deduction` needs.
fn execution_method(v: &mut Checker, e: &raw_rules::RawExecution) -> ExecutionMethod {
    match e.method.get_ref().as_str() {
        "proportional" => ExecutionMethod::Proportional,
        "threshold_deduction" => {
            let full_at = e.full_at.as_ref().map(|t| v.rate(t, "full_at"));
            let deduct = e.deduct_per_point.as_ref().map(|t| v.decimal(t));
            match (full_at, deduct) {
                (Some(Some(full_at)), Some(Some(deduct_per_point))) => {
                    ExecutionMethod::ThresholdDeduction {
                        full_at,
                        deduct_per_point,
                    }
                }
                // A key written but not read is reported already (#16).
                (Some(None), _) | (_, Some(None)) => ExecutionMethod::Proportional,
                _ => {
                    v.error(
                        RulesCode::MissingKey,
                        msg!("rules-threshold-needs-keys"),
                        e.method.span(),
                        msg!("rules-threshold-needs-keys-help"),
                    );
                    ExecutionMethod::Proportional
                }
            }
        }
        "bands" => ExecutionMethod::Bands,
        other => {
            v.unknown_name(
                RulesCode::UnknownMethod,
                msg!("what-execution-method"),
                other,
                e.method.span(),
                &["proportional", "threshold_deduction", "bands"],
            );
            ExecutionMethod::Proportional
        }
    }
}

/// Each level-1 name and alias names one level-1 indicator only.
fn check_level1_names(v: &mut Checker, w: &raw_rules::RawWeights) {
    let mut names = BTreeSet::new();
    for l in &w.level1 {
        for n in std::iter::once(&l.get_ref().name).chain(l.get_ref().aliases.iter()) {
            if !names.insert(n.get_ref().clone()) {
                v.error(
                    RulesCode::DuplicateName,
                    msg!("rules-level1-name-twice", name = n.get_ref()),
                    n.span(),
                    msg!("rules-level1-name-twice-help"),
                );
            }
        }
    }
}

/// The help for a rule-file number that does not read: a number written with its unit 分
/// (`"90分"`) is told to drop it (tester s7 F7), else how numbers are written.
fn number_help(text: &str) -> Message {
    let t = text.trim();
    match t.strip_suffix('分').map(str::trim) {
        Some(n) if Decimal::from_str_exact(n).is_ok() => {
            msg!("rules-number-drop-unit", unit = "分", fixed = n)
        }
        _ => msg!("rules-not-a-number-help"),
    }
}

/// `[qualitative]`: the bands, each checked to hold its own `score_at`, and together.
fn qualitative_of(v: &mut Checker, raw: &raw_rules::RawRuleSet) -> Qualitative {
    // qualitative
    let q = raw.qualitative.get_ref();
    let q_rule = v.rule(
        "qualitative",
        raw.qualitative.span(),
        q.reference.as_ref(),
        q.source.as_ref(),
        None,
    );
    let mut bands = Vec::new();
    // A range reported unreadable leaves its band out: the bands are then not checked for
    // gaps and overlaps, which would blame the user for a gap the slip made (#16).
    let mut all_read = true;
    for (i, b) in q.bands.iter().enumerate() {
        let r = b.get_ref();
        let rule = v.rule(
            &format!("qualitative.bands[{i}]"),
            b.span(),
            r.reference.as_ref(),
            r.source.as_ref(),
            Some(&q_rule),
        );
        v.joined_words("aliases", &r.aliases);
        let Some((lower, lower_inclusive, upper, upper_inclusive)) = v.interval(&r.range) else {
            all_read = false;
            continue;
        };
        let score_at = match r.score_at.get_ref().text.as_str() {
            "upper" => Some(upper),
            "lower" => Some(lower),
            "middle" => Some((lower + upper) / Decimal::TWO),
            _ => v.score_at(&r.score_at),
        };
        let score_read = score_at.is_some();
        let score_at = score_at.unwrap_or(lower);
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
        if score_read && !band.contains(score_at) {
            v.error(
                RulesCode::ScoreOutsideBand,
                msg!(
                    "rules-score-outside-band",
                    score_at = r.score_at.get_ref().text.as_str(),
                    band = band.range_text()
                ),
                r.score_at.span(),
                msg!("rules-score-outside-band-help"),
            );
        }
        bands.push(band);
    }
    v.check_bands(&bands, &q.bands, all_read);
    Qualitative {
        accept_reported_in_band: q.accept_reported_in_band,
        bands,
        rule: q_rule,
    }
}

/// `[quantitative]`: the formulas by direction, bare targets, and the special cases.
fn quantitative_of(v: &mut Checker, raw: &raw_rules::RawRuleSet) -> Quantitative {
    // quantitative
    let qt = raw.quantitative.get_ref();
    let qt_rule = v.rule(
        "quantitative",
        raw.quantitative.span(),
        qt.reference.as_ref(),
        qt.source.as_ref(),
        None,
    );
    let positive = v.formula("quantitative.positive", &qt.positive, &qt_rule);
    let reverse = v.formula("quantitative.reverse", &qt.reverse, &qt_rule);
    let equal = v.formula("quantitative.equal", &qt.equal, &qt_rule);
    let bare_direction = qt.bare_target.direction();
    let bare = v.direction(&bare_direction);
    let (bare_ref, bare_source) = qt.bare_target.cites();
    for k in qt.bare_target.unknown_keys() {
        v.unknown_name(
            RulesCode::UnknownKey,
            msg!("what-bare-target-key"),
            &k,
            bare_direction.span(),
            &["direction", "ref", "source"],
        );
    }
    let bare_rule = v.rule(
        "quantitative.bare_target",
        bare_direction.span(),
        bare_ref.as_ref(),
        bare_source.as_ref(),
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
                r.source.as_ref(),
                Some(&qt_rule),
            );
            BareByLevel2 {
                level2: r.level2.get_ref().clone(),
                direction: v.direction(&r.direction),
                except_names: except_names_of(v, r),
                rule,
            }
        })
        .collect();
    let bare_target_by_name = qt
        .bare_target_by_name
        .iter()
        .enumerate()
        .map(|(i, b)| bare_by_name_of(v, i, b, &qt_rule))
        .collect();
    let qualitative_actual = qualitative_actual_of(v, qt);
    let far_exceeded = qt
        .far_exceeded
        .as_ref()
        .map(|f| far_exceeded_of(v, f, &qt_rule));
    let zero_target = qt
        .zero_target
        .as_ref()
        .map(|z| all_or_nothing_switch(v, z, "quantitative.zero_target", &qt_rule));
    let deadline = qt
        .deadline
        .as_ref()
        .map(|z| all_or_nothing_switch(v, z, "quantitative.deadline", &qt_rule));
    Quantitative {
        positive,
        reverse,
        equal,
        bare_target,
        bare_target_by_level2,
        bare_target_by_name,
        qualitative_actual,
        far_exceeded,
        zero_target,
        deadline,
        rule: qt_rule,
    }
}

/// A switch of `[quantitative]` whose one kind is `all_or_nothing` (`zero_target`,
/// `deadline`): its kind checked, its rule placed.
fn all_or_nothing_switch(
    v: &mut Checker,
    z: &Spanned<raw_rules::RawZeroTarget>,
    key: &str,
    table: &RuleRef,
) -> RuleRef {
    let r = z.get_ref();
    if r.kind.get_ref() != "all_or_nothing" {
        let what = match key {
            "quantitative.deadline" => msg!("what-deadline-kind"),
            _ => msg!("what-zero-target-kind"),
        };
        v.unknown_name(
            RulesCode::UnknownFormula,
            what,
            r.kind.get_ref(),
            r.kind.span(),
            &["all_or_nothing"],
        );
    }
    v.rule(
        key,
        z.span(),
        r.reference.as_ref(),
        r.source.as_ref(),
        Some(table),
    )
}

/// One `[[quantitative.bare_target_by_name]]` rule: its words checked (a blank word would be in
/// every name, an empty list in none), its rule placed.
fn bare_by_name_of(
    v: &mut Checker,
    i: usize,
    b: &Spanned<raw_rules::RawBareByName>,
    table: &RuleRef,
) -> BareByName {
    let r = b.get_ref();
    let rule = v.rule(
        &format!("quantitative.bare_target_by_name[{i}]"),
        b.span(),
        r.reference.as_ref(),
        r.source.as_ref(),
        Some(table),
    );
    v.joined_words("names", &r.names);
    let mut names = Vec::new();
    for w in &r.names {
        match w.get_ref().trim() {
            "" => v.error(
                RulesCode::MissingKey,
                msg!("rules-bare-name-blank"),
                w.span(),
                msg!("rules-bare-name-blank-help"),
            ),
            word => names.push(word.to_string()),
        }
    }
    if r.names.is_empty() {
        v.error(
            RulesCode::MissingKey,
            msg!("rules-bare-name-blank"),
            b.span(),
            msg!("rules-bare-name-blank-help"),
        );
    }
    BareByName {
        names,
        direction: v.direction(&r.direction),
        rule,
    }
}

/// `except_names` of a `bare_target_by_level2` rule. A blank word would be in every name and
/// turn the whole rule off, so it is an error, not a word.
fn except_names_of(v: &mut Checker, r: &raw_rules::RawBareByLevel2) -> Vec<String> {
    v.joined_words("except_names", &r.except_names);
    let mut words = Vec::new();
    for w in &r.except_names {
        let word = w.get_ref().trim();
        if word.is_empty() {
            v.error(
                RulesCode::MissingKey,
                msg!("rules-except-name-blank", level2 = r.level2.get_ref()),
                w.span(),
                msg!("rules-except-name-blank-help"),
            );
        } else {
            words.push(word.to_string());
        }
    }
    words
}

/// `[quantitative] qualitative_actual`: how words in a numeric indicator's actual score.
fn qualitative_actual_of(v: &mut Checker, qt: &raw_rules::RawQuantitative) -> QualitativeActual {
    match qt
        .qualitative_actual
        .as_ref()
        .map(|t| (t.get_ref().as_str(), t.span()))
    {
        None | Some(("bands", _)) => QualitativeActual::Bands,
        Some(("zero", _)) => QualitativeActual::Zero,
        Some((other, span)) => {
            v.unknown_name(
                RulesCode::UnknownOption,
                msg!("what-qualitative-actual"),
                other,
                span,
                &["bands", "zero"],
            );
            QualitativeActual::Bands
        }
    }
}

/// `[execution] denominator`: the full-year budget unless the rule says the initial one.
fn denominator_of(v: &mut Checker, e: &raw_rules::RawExecution) -> Denominator {
    match e
        .denominator
        .as_ref()
        .map(|d| (d.get_ref().as_str(), d.span()))
    {
        None | Some(("full_year_budget", _)) => Denominator::FullYear,
        Some(("initial_budget", _)) => Denominator::Initial,
        Some((other, span)) => {
            v.unknown_name(
                RulesCode::UnknownDenominator,
                msg!("what-denominator"),
                other,
                span,
                &["full_year_budget", "initial_budget"],
            );
            Denominator::FullYear
        }
    }
}

/// `[quantitative] far_exceeded`: the share of the target that is "far", and what happens.
fn far_exceeded_of(
    v: &mut Checker,
    f: &Spanned<raw_rules::RawFarExceeded>,
    qt_rule: &RuleRef,
) -> FarExceeded {
    let r = f.get_ref();
    let rule = v.rule(
        "quantitative.far_exceeded",
        f.span(),
        r.reference.as_ref(),
        r.source.as_ref(),
        Some(qt_rule),
    );
    let at = v.fraction(&r.at).unwrap_or(Decimal::TWO);
    if at <= Decimal::ONE {
        v.error(
            RulesCode::BadThreshold,
            msg!("rules-far-at-not-above", at = r.at.get_ref().text.as_str()),
            r.at.span(),
            msg!("rules-far-at-not-above-help"),
        );
    }
    let action = match (r.action.get_ref().as_str(), &r.cut) {
        ("review", None) => FarAction::Review,
        ("cut", Some(c)) => FarAction::Cut(v.fraction(c).unwrap_or_default().min(Decimal::ONE)),
        ("review", Some(c)) => {
            v.error(
                RulesCode::UnexpectedKey,
                msg!("rules-cut-without-action"),
                c.span(),
                msg!("rules-cut-without-action-help"),
            );
            FarAction::Review
        }
        ("cut", None) => {
            v.error(
                RulesCode::MissingKey,
                msg!("rules-action-cut-needs-cut"),
                r.action.span(),
                msg!("rules-action-cut-needs-cut-help"),
            );
            FarAction::Review
        }
        (other, _) => {
            v.unknown_name(
                RulesCode::UnknownOption,
                msg!("what-far-exceeded-action"),
                other,
                r.action.span(),
                &["review", "cut"],
            );
            FarAction::Review
        }
    };
    FarExceeded { at, action, rule }
}

/// `[indicators]`: not-applicable words, shared points, deviation reasons.
fn indicators_of(v: &mut Checker, raw: &raw_rules::RawRuleSet) -> IndicatorRules {
    // indicators
    match &raw.indicators {
        Some(ind) => {
            let r = ind.get_ref();
            v.joined_words("not_applicable", &r.not_applicable);
            v.joined_words("none_words", &r.none_words);
            if let Some(sp) = &r.shared_points
                && sp.get_ref() != "split_equally"
            {
                v.unknown_name(
                    RulesCode::UnknownOption,
                    msg!("what-shared-points"),
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
                none_words: r
                    .none_words
                    .iter()
                    .map(|w| w.get_ref().trim().to_owned())
                    .filter(|w| !w.is_empty())
                    .collect(),
                explain_below_points: r.explain_below_points,
                not_applicable_points: not_applicable_points(v, r.not_applicable_points.as_ref()),
                rule: v.rule(
                    "indicators",
                    ind.span(),
                    r.reference.as_ref(),
                    r.source.as_ref(),
                    None,
                ),
            }
        }
        None => IndicatorRules {
            not_applicable: Vec::new(),
            none_words: Vec::new(),
            explain_below_points: false,
            not_applicable_points: NotApplicablePoints::Exclude,
            rule: v.rule("indicators", 0..0, None, None, None),
        },
    }
}

/// `[execution] funds`: the kinds of funds rows that make A and B, each named once.
fn funds_kinds(v: &mut Checker, raw: &[Text]) -> Vec<crate::value::FundsKind> {
    use crate::value::FundsKind;
    let mut kinds = Vec::new();
    for t in raw {
        let kind = match t.get_ref().as_str() {
            "appropriation" => FundsKind::Appropriation,
            "carryover" => FundsKind::Carryover,
            "other" => FundsKind::Other,
            other => {
                v.unknown_name(
                    RulesCode::UnknownOption,
                    msg!("what-execution-funds"),
                    other,
                    t.span(),
                    &["appropriation", "carryover", "other"],
                );
                continue;
            }
        };
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    kinds
}

/// `[indicators] not_applicable_points`: `exclude` (the default) or `rescale_total`.
fn not_applicable_points(v: &mut Checker, raw: Option<&Text>) -> NotApplicablePoints {
    let Some(t) = raw else {
        return NotApplicablePoints::Exclude;
    };
    match t.get_ref().as_str() {
        "exclude" => NotApplicablePoints::Exclude,
        "rescale_total" => NotApplicablePoints::RescaleTotal,
        other => {
            v.unknown_name(
                RulesCode::UnknownOption,
                msg!("what-not-applicable-points"),
                other,
                t.span(),
                &["exclude", "rescale_total"],
            );
            NotApplicablePoints::Exclude
        }
    }
}

/// A table's `cites`: its name, the map as written, its switches and its rule.
type Cites<'a> = (
    &'a str,
    &'a std::collections::BTreeMap<String, Text>,
    &'a [&'a str],
    Option<&'a RuleRef>,
);

/// Each table's `cites`: the switches (`qualitative_actual`, `accept_reported_in_band`, …)
/// that follow another policy than their table's, as rules keyed `<table>.<switch>`.
fn switches_of(v: &mut Checker, raw: &raw_rules::RawRuleSet, set: &RuleSet) -> Vec<RuleRef> {
    let (weights, qualitative) = (&set.weights.rule, &set.qualitative.rule);
    let (quantitative, indicators) = (&set.quantitative.rule, &set.indicators.rule);
    let grades = set.grades_rule.as_ref();
    let empty = std::collections::BTreeMap::new();
    let tables: [Cites; 5] = [
        (
            "weights",
            &raw.weights.get_ref().cites,
            &["adjustable"],
            Some(weights),
        ),
        (
            "qualitative",
            &raw.qualitative.get_ref().cites,
            &["accept_reported_in_band"],
            Some(qualitative),
        ),
        (
            "quantitative",
            &raw.quantitative.get_ref().cites,
            &["qualitative_actual"],
            Some(quantitative),
        ),
        (
            "indicators",
            raw.indicators
                .as_ref()
                .map_or(&empty, |i| &i.get_ref().cites),
            &[
                "shared_points",
                "explain_below_points",
                "none_words",
                "not_applicable_points",
            ],
            Some(indicators),
        ),
        (
            "grades",
            raw.grades.as_ref().map_or(&empty, |g| &g.get_ref().cites),
            &["optional"],
            grades,
        ),
    ];
    let mut out = Vec::new();
    for (table, cites, allowed, parent) in tables {
        for (switch, policy) in cites {
            if !allowed.contains(&switch.as_str()) {
                v.unknown_name(
                    RulesCode::UnknownKey,
                    msg!("what-cites-switch", table = table),
                    switch,
                    policy.span(),
                    allowed,
                );
                continue;
            }
            let key = format!("{table}.{switch}");
            out.push(v.rule(&key, policy.span(), Some(policy), None, parent));
        }
    }
    out
}

/// `[satisfaction]`: the names of satisfaction indicators, the minimum sample and what a
/// smaller one can earn.
fn satisfaction_of(v: &mut Checker, s: &Spanned<raw_rules::RawSatisfaction>) -> Satisfaction {
    let r = s.get_ref();
    let rule = v.rule(
        "satisfaction",
        s.span(),
        r.reference.as_ref(),
        r.source.as_ref(),
        None,
    );
    v.joined_words("names", r.names.get_ref());
    let names: Vec<String> = r
        .names
        .get_ref()
        .iter()
        .map(|n| n.get_ref().trim().to_owned())
        .filter(|n| !n.is_empty())
        .collect();
    if names.is_empty() {
        v.error(
            RulesCode::MissingKey,
            msg!("rules-satisfaction-no-names"),
            r.names.span(),
            msg!("rules-satisfaction-no-names-help"),
        );
    }
    let minimum_sample = r
        .minimum_sample
        .as_ref()
        .map(|m| minimum_sample_of(v, m, &rule));
    Satisfaction {
        names,
        minimum_sample,
        rule,
    }
}

/// `[satisfaction] minimum_sample`: a whole number of people, and the share a smaller sample
/// can earn at most.
fn minimum_sample_of(
    v: &mut Checker,
    m: &Spanned<raw_rules::RawMinimumSample>,
    parent: &RuleRef,
) -> MinimumSample {
    let r = m.get_ref();
    let rule = v.rule(
        "satisfaction.minimum_sample",
        m.span(),
        r.reference.as_ref(),
        r.source.as_ref(),
        Some(parent),
    );
    let size = v.decimal(&r.size).unwrap_or(Decimal::ONE);
    if size.fract() != Decimal::ZERO || size.is_zero() {
        v.error(
            RulesCode::BadThreshold,
            msg!(
                "rules-sample-not-whole",
                size = r.size.get_ref().text.as_str()
            ),
            r.size.span(),
            msg!("rules-sample-not-whole-help"),
        );
    }
    let cap = r.cap.as_ref().and_then(|c| {
        let share = v.fraction(c)?;
        if share > Decimal::ONE {
            v.error(
                RulesCode::BadThreshold,
                msg!(
                    "rules-sample-cap-above-points",
                    cap = c.get_ref().text.as_str()
                ),
                c.span(),
                msg!("rules-sample-cap-above-points-help"),
            );
            return None;
        }
        Some(share)
    });
    MinimumSample { size, cap, rule }
}

/// `[rounding]`: indicator scores and the total.
fn rounding_of(v: &mut Checker, raw: &raw_rules::RawRuleSet) -> (Rounding, Rounding) {
    let ro = raw.rounding.get_ref();
    let ro_rule = v.rule(
        "rounding",
        raw.rounding.span(),
        ro.reference.as_ref(),
        ro.source.as_ref(),
        None,
    );
    let round_indicator = v.rounding("rounding.indicator", &ro.indicator, &ro_rule);
    let round_total = v.rounding("rounding.total", &ro.total, &ro_rule);
    (round_indicator, round_total)
}

/// `[grades]`: the levels, best first, and the rule.
fn grades_of(v: &mut Checker, raw: &raw_rules::RawRuleSet) -> (Vec<Grade>, Option<RuleRef>) {
    // grades
    match &raw.grades {
        Some(g) => {
            let r = g.get_ref();
            let rule = v.rule(
                "grades",
                g.span(),
                r.reference.as_ref(),
                r.source.as_ref(),
                None,
            );
            let mins: Vec<Option<Decimal>> = r
                .levels
                .iter()
                .map(|l| v.decimal(&l.get_ref().min))
                .collect();
            let ascending = mins.len() > 1
                && mins
                    .windows(2)
                    .all(|w| matches!(w, [Some(a), Some(b)] if a < b));
            if ascending {
                grades_ascending(v, r);
            }
            let mut grades: Vec<Grade> = Vec::new();
            // The last minimum read: one reported unreadable is compared with nothing (#16).
            let mut previous: Option<Decimal> = None;
            for (i, (l, read)) in r.levels.iter().zip(&mins).enumerate() {
                let min = read.unwrap_or_default();
                if let (Some(prev), Some(min)) = (previous, *read)
                    && min >= prev
                    && !ascending
                {
                    v.error(
                        RulesCode::GradesOrder,
                        msg!(
                            "rules-grades-order",
                            name = l.get_ref().name.get_ref(),
                            min = min.to_string(),
                            previous = prev.to_string()
                        ),
                        l.get_ref().min.span(),
                        msg!("rules-grades-order-help"),
                    );
                }
                previous = read.or(previous);
                grades.push(Grade {
                    name: l.get_ref().name.get_ref().clone(),
                    min,
                    rule: v.rule(
                        &format!("grades.levels[{i}]"),
                        l.span(),
                        l.get_ref().reference.as_ref(),
                        None,
                        Some(&rule),
                    ),
                });
            }
            // The lowest grade, wherever it is written (tester s11 F12: grades listed from the
            // lowest up were told to end with `min = "0"`, which they began with).
            let lowest = mins.iter().flatten().min();
            if mins.iter().all(Option::is_some)
                && let Some(lowest) = lowest
                && *lowest > Decimal::ZERO
            {
                v.warning(
                    RulesCode::GradesGap,
                    msg!("rules-grades-gap", min = lowest.to_string()),
                    g.span(),
                    msg!("rules-grades-gap-help"),
                );
            }
            (grades, Some(rule))
        }
        None => (Vec::new(), None),
    }
}

/// `rules::grades-order` once for grades written from the lowest `min` up (差 0, 中 60, 良 80,
/// 优 90): one mistake, not one error per grade, with the list as it should read (tester s11
/// F12).
fn grades_ascending(v: &mut Checker, r: &raw_rules::RawGrades) {
    let lines: Vec<String> = r
        .levels
        .iter()
        .rev()
        .map(|l| {
            let l = l.get_ref();
            format!(
                "  {{ name = {}, min = \"{}\" }},",
                toml::Value::String(l.name.get_ref().clone()),
                v.number_text(&l.min).trim()
            )
        })
        .collect();
    let levels = format!("levels = [\n{}\n]", lines.join("\n"));
    let Some(first) = r.levels.first() else {
        return;
    };
    // At the first grade's name: the grade written where the best one belongs.
    v.error(
        RulesCode::GradesOrder,
        msg!("rules-grades-ascending"),
        first.get_ref().name.span(),
        msg!("rules-grades-ascending-help", levels = levels),
    );
}

/// The largest number a rule may write (10^9): far above any real weight or threshold, and small
/// enough that scoring arithmetic on it cannot overflow.
const MAX_RULE_NUMBER: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);

pub(super) struct Checker<'a> {
    pub(super) source: &'a Source,
    pub(super) locate: Locate<'a>,
    pub(super) diagnostics: Vec<Diagnostic>,
    policies: BTreeSet<String>,
    /// Policies named in words by their `source` (`model::policy_name`).
    policy_names: std::collections::BTreeMap<String, String>,
    /// Policies marked `assumed = true`.
    assumed: BTreeSet<String>,
    /// `rules::unsourced` warnings, reported only when the rule set has no other problem: a
    /// missing `source` must not bury a mistake that matters more.
    unsourced: Vec<Diagnostic>,
}

/// What a top-level rule leaves unsaid about its policy.
enum Unsourced<'p> {
    /// Neither `ref` nor `source`.
    Both,
    /// No `ref` (its `source` is there).
    Ref,
    /// No `source`; it cites this policy.
    Source(&'p str),
}

impl<'a> Checker<'a> {
    /// A checker of `raw`, knowing its policies: their ids, names in words and which are
    /// assumed.
    fn new(source: &'a Source, locate: Locate<'a>, raw: &raw_rules::RawRuleSet) -> Self {
        Checker {
            source,
            locate,
            diagnostics: Vec::new(),
            policies: raw.policy.keys().cloned().collect(),
            policy_names: raw
                .policy
                .iter()
                .filter_map(|(k, p)| Some((k.clone(), policy_name(&p.get_ref().source)?)))
                .collect(),
            assumed: raw
                .policy
                .iter()
                .filter(|(_, p)| p.get_ref().assumed)
                .map(|(k, _)| k.clone())
                .collect(),
            unsourced: Vec::new(),
        }
    }
}

impl Checker<'_> {
    pub(super) fn error(
        &mut self,
        code: impl Into<crate::diagnostic::DiagnosticCode>,
        message: Message,
        span: Range<usize>,
        help: Message,
    ) {
        let (src, span) = (self.locate)(span);
        self.diagnostics
            .push(Diagnostic::error(code, message).at(&src, span).help(help));
    }

    pub(super) fn warning(
        &mut self,
        code: impl Into<crate::diagnostic::DiagnosticCode>,
        message: Message,
        span: Range<usize>,
        help: Message,
    ) {
        let (src, span) = (self.locate)(span);
        self.diagnostics
            .push(Diagnostic::warning(code, message).at(&src, span).help(help));
    }

    /// `rules::joined-words` for a word list (`aliases`, `not_applicable`, `none_words`,
    /// `except_names`, `names`) one of whose items lists several words (`["完成、达成"]`): it
    /// matches only a cell reading that whole string, never `完成` (tester s11 F9). Said once
    /// per list, at the first such item, with the line to write.
    fn joined_words(&mut self, key: &str, items: &[Text]) {
        use crate::diagnostic::{joins_words, split_words, word_list_line};
        let Some(first) = items.iter().find(|w| joins_words(w.get_ref())) else {
            return;
        };
        let mut words: Vec<String> = Vec::new();
        for w in items.iter().flat_map(|w| split_words(w.get_ref())) {
            if !words.contains(&w) {
                words.push(w);
            }
        }
        self.warning(
            RulesCode::JoinedWords,
            msg!("rules-joined-words", word = first.get_ref()),
            first.span(),
            msg!(
                "rules-joined-words-help",
                line = word_list_line(Some(key), &words)
            ),
        );
    }

    pub(super) fn unknown_name(
        &mut self,
        code: impl Into<crate::diagnostic::DiagnosticCode>,
        what: Message,
        got: &str,
        span: Range<usize>,
        valid: &[&str],
    ) {
        let help = super::enum_words::help(got, valid);
        self.error(
            code,
            msg!("rules-unknown-value", what = what, got = got),
            span,
            help,
        );
    }

    /// A rule reference at `span`, citing `reference` (checked) or the parent's policy, with
    /// its provenance: `source` (checked); else `assumed` when its own `ref` names an
    /// `assumed = true` policy; else the parent's; else `assumed` when the inherited policy is.
    /// A top-level rule left without either is a warning.
    pub(super) fn rule(
        &mut self,
        key: &str,
        span: Range<usize>,
        reference: Option<&Text>,
        source: Option<&Text>,
        parent: Option<&RuleRef>,
    ) -> RuleRef {
        self.rule_shown_as(key, key, span, reference, source, parent)
    }

    /// [`Checker::rule`], the rule named `shown` in its `rules::unsourced` warning (a script
    /// by its file, not `scripts[2]`: tester s8 F4).
    pub(super) fn rule_shown_as(
        &mut self,
        key: &str,
        shown: &str,
        span: Range<usize>,
        reference: Option<&Text>,
        source: Option<&Text>,
        parent: Option<&RuleRef>,
    ) -> RuleRef {
        let policy = match reference {
            Some(r) => {
                if !self.policies.contains(r.get_ref()) {
                    let known: Vec<&str> = self.policies.iter().map(String::as_str).collect();
                    let help = match did_you_mean(r.get_ref(), known.iter().copied()) {
                        Some(m) => msg!("did-you-mean", name = m),
                        None => msg!(
                            "rules-unknown-policy-help",
                            policy = r.get_ref(),
                            known = known.join(", ")
                        ),
                    };
                    self.error(
                        RulesCode::UnknownPolicy,
                        msg!("rules-unknown-policy", policy = r.get_ref()),
                        r.span(),
                        help,
                    );
                }
                Some(r.get_ref().clone())
            }
            None => parent.and_then(|p| p.policy.clone()),
        };
        let own = source.and_then(|t| self.provenance(t));
        let assumed = policy
            .as_ref()
            .is_some_and(|p| self.assumed.contains(p))
            .then_some(Provenance::Assumed);
        // A rule citing its own assumed policy is assumed, whatever its table says.
        let provenance = own
            .or(if reference.is_some() { assumed } else { None })
            .or_else(|| parent.and_then(|p| p.source))
            .or(assumed);
        if parent.is_none() && !span.is_empty() && (policy.is_none() || provenance.is_none()) {
            let missing = match (&policy, provenance) {
                (None, None) => Unsourced::Both,
                (None, Some(_)) => Unsourced::Ref,
                (Some(p), _) => Unsourced::Source(p),
            };
            self.unsourced(shown, span.clone(), missing);
        }
        let (src, span) = (self.locate)(span);
        RuleRef {
            key: key.to_owned(),
            file: src.name.clone(),
            line: src.line_col(span.start).line,
            policy_name: policy
                .as_ref()
                .and_then(|p| self.policy_names.get(p).cloned()),
            policy,
            source: provenance,
        }
    }

    /// `source = "quoted" | "inferred" | "assumed"`.
    fn provenance(&mut self, t: &Text) -> Option<Provenance> {
        let p = Provenance::parse(t.get_ref().trim());
        if p.is_none() {
            let names: Vec<&str> = Provenance::ALL.iter().map(|p| p.name()).collect();
            self.unknown_name(
                RulesCode::UnknownSource,
                msg!("what-source"),
                t.get_ref(),
                t.span(),
                &names,
            );
        }
        p
    }

    /// `check` warns on a rule that cites no policy or does not say how it stands to it.
    /// The help asks only for what is missing (tester s8 F4: a `ref` was asked of a script
    /// that had one).
    fn unsourced(&mut self, key: &str, span: Range<usize>, missing: Unsourced) {
        let (message, help) = match missing {
            Unsourced::Both => (
                msg!("rules-unsourced-both", key = key),
                msg!("rules-unsourced-help"),
            ),
            Unsourced::Ref => (
                msg!("rules-unsourced-ref", key = key),
                msg!("rules-unsourced-ref-help"),
            ),
            Unsourced::Source(policy) => (
                msg!("rules-unsourced-source", key = key),
                msg!("rules-unsourced-source-help", policy = policy),
            ),
        };
        let (src, span) = (self.locate)(span);
        self.unsourced.push(
            Diagnostic::warning(RulesCode::Unsourced, message)
                .at(&src, span)
                .help(help),
        );
    }

    /// `rules::full-width` for a number or range written with full-width digits or marks
    /// (`"１５"`, `"８５％"`, `"［85%，100%］"`): true when reported.
    fn full_width(&mut self, span: Range<usize>, text: &str) -> bool {
        let s = text.trim();
        if !crate::load::full_width::has_full_width(s) {
            return false;
        }
        let (message, help) = crate::load::full_width::value_message(s);
        self.error(RulesCode::FullWidth, message, span, help);
        true
    }

    /// The text of a number: a bare one's digits as the file writes them (`45`, `35.50`,
    /// `1_000` without its `_`), read at its span rather than through TOML's `f64`, so a float
    /// keeps every digit; a quoted one as written.
    fn number_text(&self, t: &Number) -> String {
        let n = t.get_ref();
        if !n.bare {
            return n.text.clone();
        }
        match self.source.text.get(t.span()) {
            Some(written) => written.trim().replace('_', ""),
            None => n.text.clone(),
        }
    }

    /// A bare number whose digits are no exact decimal (`1e3`, `inf`, `0x2d`): said so, with
    /// the quoted form to write; true when reported.
    fn bare_not_decimal(&mut self, t: &Number, text: &str) -> bool {
        if !t.get_ref().bare {
            return false;
        }
        self.error(
            RulesCode::NotANumber,
            msg!("rules-bare-number-not-decimal", value = text),
            t.span(),
            msg!("rules-bare-number-not-decimal-help"),
        );
        true
    }

    fn decimal(&mut self, t: &Number) -> Option<Decimal> {
        let text = self.number_text(t);
        match Decimal::from_str_exact(text.trim()) {
            Ok(d) if d > MAX_RULE_NUMBER => {
                self.error(
                    RulesCode::TooLarge,
                    msg!("rules-too-large", value = text.as_str()),
                    t.span(),
                    msg!("rules-number-too-large-help"),
                );
                None
            }
            Ok(d) if d >= Decimal::ZERO => Some(d),
            Ok(_) => {
                self.error(
                    RulesCode::Negative,
                    msg!("rules-negative", value = text.as_str()),
                    t.span(),
                    msg!("rules-negative-help"),
                );
                None
            }
            Err(_) if self.full_width(t.span(), &text) => None,
            Err(_) if self.bare_not_decimal(t, &text) => None,
            Err(_) => {
                self.error(
                    RulesCode::NotANumber,
                    msg!("rules-not-a-number", value = text.as_str()),
                    t.span(),
                    number_help(&text),
                );
                None
            }
        }
    }

    /// A percentage ("80%") or fraction ("0.8") as a fraction.
    fn fraction(&mut self, t: &Number) -> Option<Decimal> {
        let text = self.number_text(t);
        let s = text.trim();
        let parsed = match s.strip_suffix('%') {
            Some(p) => Decimal::from_str_exact(p.trim())
                .ok()
                .and_then(|d| d.checked_div(Decimal::ONE_HUNDRED)),
            None => Decimal::from_str_exact(s).ok(),
        };
        match parsed {
            Some(d) if d > MAX_RULE_NUMBER => {
                self.error(
                    RulesCode::TooLarge,
                    msg!("rules-too-large", value = s),
                    t.span(),
                    msg!("rules-share-too-large-help"),
                );
                None
            }
            Some(d) if d >= Decimal::ZERO => Some(d),
            None if self.full_width(t.span(), s) => None,
            None if self.bare_not_decimal(t, s) => None,
            _ => {
                self.error(
                    RulesCode::NotAPercentage,
                    msg!("rules-not-a-percentage", value = s),
                    t.span(),
                    msg!("rules-not-a-percentage-help"),
                );
                None
            }
        }
    }

    /// A band's `score_at` that is not `lower`/`upper`/`middle`: a percentage; a word for one of
    /// them (`下限`) is told which to write (tester s7 F7: `下限` was told to be a percentage).
    fn score_at(&mut self, t: &Number) -> Option<Decimal> {
        const NAMES: [&str; 3] = ["lower", "upper", "middle"];
        let got = t.get_ref().text.trim();
        match super::enum_words::suggest(got, &NAMES) {
            Some(s) if !got.ends_with('%') && Decimal::from_str_exact(got).is_err() => {
                let value = match s {
                    super::enum_words::Suggestion::Near(v)
                    | super::enum_words::Suggestion::Word(v) => v,
                };
                self.error(
                    RulesCode::UnknownScoreAt,
                    msg!("rules-not-a-score-at", value = got),
                    t.span(),
                    msg!("rules-score-at-word", word = got, value = value),
                );
                None
            }
            _ => self.fraction(t),
        }
    }

    /// "[60%, 80%)" → (0.6, true, 0.8, false).
    fn interval(&mut self, t: &Text) -> Option<(Decimal, bool, Decimal, bool)> {
        let s = t.get_ref().trim();
        if self.full_width(t.span(), t.get_ref()) {
            return None;
        }
        let bad = |c: &mut Self| {
            c.error(
                RulesCode::BadRange,
                msg!("rules-not-a-range", value = s),
                t.span(),
                msg!("rules-not-a-range-help"),
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
        if let Some((a, b)) = percents(a, b) {
            // Tester s11 F11: `"[80, 100]"` is an interval to a reader; what is missing is
            // the `%`, said with the line to write, as `from = "95"` is.
            self.error(
                RulesCode::BadRange,
                msg!("rules-range-without-percent", value = s),
                t.span(),
                msg!(
                    "rules-range-without-percent-help",
                    key = "range",
                    fixed = format!("{open}{a}, {b}{close}")
                ),
            );
            return None;
        }
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
                    RulesCode::BadRange,
                    msg!("rules-range-backwards", value = s),
                    t.span(),
                    msg!("rules-range-backwards-help"),
                );
                None
            }
            _ => bad(self),
        }
    }

    /// Bands must cover 0–100% without gaps or overlaps (checked when `all_read`: when every
    /// band's range was read, so that `bands[i]` is the band `raw[i]` writes); each label once.
    fn check_bands(
        &mut self,
        bands: &[Band],
        raw: &[Spanned<crate::load::raw_rules::RawBand>],
        all_read: bool,
    ) {
        let checked = if all_read { bands } else { &[] };
        let mut sorted: Vec<(usize, &Band)> = checked.iter().enumerate().collect();
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
                    RulesCode::BandGap,
                    msg!(
                        "rules-band-gap",
                        lower = lo.range_text(),
                        upper = hi.range_text()
                    ),
                    span_of(*hi_i),
                    msg!("rules-band-gap-help"),
                );
            } else if overlap {
                self.error(
                    RulesCode::BandOverlap,
                    msg!(
                        "rules-band-overlap",
                        lower = lo.range_text(),
                        upper = hi.range_text()
                    ),
                    span_of(*hi_i),
                    overlap_help(lo, hi),
                );
            }
        }
        let mut labels = BTreeSet::new();
        for b in raw {
            for l in std::iter::once(&b.get_ref().label).chain(b.get_ref().aliases.iter()) {
                if !labels.insert(l.get_ref().clone()) {
                    self.error(
                        RulesCode::DuplicateName,
                        msg!("rules-band-label-twice", label = l.get_ref()),
                        l.span(),
                        msg!("rules-band-label-twice-help"),
                    );
                }
            }
        }
    }

    fn formula(&mut self, key: &str, f: &Spanned<RawFormula>, parent: &RuleRef) -> Formula {
        let r = f.get_ref();
        let rule = self.rule(
            key,
            f.span(),
            r.reference.as_ref(),
            r.source.as_ref(),
            Some(parent),
        );
        let kind = match r.kind.get_ref().as_str() {
            "ratio" => FormulaKind::Ratio,
            "all_or_nothing" => FormulaKind::AllOrNothing,
            "met_or_ratio" => FormulaKind::MetOrRatio,
            "per_point" => match &r.deduct {
                Some(t) => FormulaKind::PerPoint {
                    deduct: self.decimal(t).unwrap_or(Decimal::ONE),
                },
                None => {
                    self.error(
                        RulesCode::MissingKey,
                        msg!("rules-per-point-needs-deduct"),
                        r.kind.span(),
                        msg!("rules-per-point-needs-deduct-help"),
                    );
                    FormulaKind::Ratio
                }
            },
            "linear_cut" => match &r.zero_at {
                Some(z) => FormulaKind::LinearCut {
                    zero_at: self.decimal(z).unwrap_or(Decimal::TWO),
                },
                None => {
                    self.error(
                        RulesCode::MissingKey,
                        msg!("rules-linear-cut-needs-zero-at"),
                        r.kind.span(),
                        msg!("rules-linear-cut-needs-zero-at-help"),
                    );
                    FormulaKind::Ratio
                }
            },
            other => {
                self.unknown_name(
                    RulesCode::UnknownFormula,
                    msg!("what-formula-kind"),
                    other,
                    r.kind.span(),
                    &[
                        "ratio",
                        "all_or_nothing",
                        "met_or_ratio",
                        "per_point",
                        "linear_cut",
                    ],
                );
                FormulaKind::Ratio
            }
        };
        Formula { kind, rule }
    }

    /// `[execution] within`: a level-1 name whose points hold the execution points (`points`,
    /// none when a weight could not be read: then they are not compared).
    fn within(&mut self, t: &Text, level1: &[Level1], points: Option<Decimal>) -> Option<usize> {
        let name = t.get_ref().trim();
        let Some(i) = level1
            .iter()
            .position(|l| &*l.name == name || l.aliases.iter().any(|a| a == name))
        else {
            let names: Vec<&str> = level1.iter().map(|l| &*l.name).collect();
            self.unknown_name(
                RulesCode::UnknownLevel1,
                msg!("what-level1"),
                name,
                t.span(),
                &names,
            );
            return None;
        };
        if let Some(points) = points
            && level1[i].points < points
        {
            self.error(
                RulesCode::WeightsSum,
                msg!(
                    "rules-within-too-small",
                    points = points.to_string(),
                    name = name,
                    level1_points = level1[i].points.to_string()
                ),
                t.span(),
                msg!("rules-within-too-small-help"),
            );
        }
        Some(i)
    }

    /// `[execution] bands`: given exactly when `method = "bands"`, `from` strictly falling and
    /// the last one 0%, so that every rate falls in one band; each `from` a rate written with
    /// `%` ([`Self::rate`]) and each `score` points within the execution `points` (tester s10
    /// F5: a step written as the policy words it, `"80%"`, or above the points, is said).
    fn rate_bands(
        &mut self,
        e: &crate::load::raw_rules::RawExecution,
        wanted: bool,
        points: Option<Decimal>,
    ) -> Vec<RateBand> {
        if !wanted {
            if let Some(b) = e.bands.first() {
                self.error(
                    RulesCode::UnexpectedKey,
                    msg!("rules-bands-without-method"),
                    b.span(),
                    msg!("rules-bands-without-method-help"),
                );
            }
            return Vec::new();
        }
        if e.bands.is_empty() {
            self.error(
                RulesCode::MissingKey,
                msg!("rules-method-bands-needs-bands"),
                e.method.span(),
                msg!("rules-method-bands-needs-bands-help"),
            );
            return Vec::new();
        }
        let mut out: Vec<RateBand> = Vec::new();
        let mut shown: Vec<String> = Vec::new();
        let mut all_read = true;
        // Said once the whole list is read: bands written from the lowest `from` up are one
        // mistake (tester s24 C4: it gave an error per band and a gap below the top one).
        let mut out_of_order = Vec::new();
        for b in &e.bands {
            let r = b.get_ref();
            let from = self.rate(&r.from, "from");
            let (Some(from), Some(score)) = (from, self.band_score(&r.score, points)) else {
                // Reported; the bands are not checked as a whole without it (#16).
                all_read = false;
                continue;
            };
            if out.last().is_some_and(|p| from >= p.from) {
                out_of_order.push(b);
            }
            // A lower step paying more than the one above it is a typo more often than a
            // policy (`{ from = "50%", score = "5" }` under `{ from = "60%", score = "4" }`,
            // tester s14r F9): a warning, since the order of `from` is what decides.
            if let Some((above, above_text)) = out.last().zip(shown.last())
                && from < above.from
                && score > above.score
            {
                self.warning(
                    RulesCode::ScoreRises,
                    msg!(
                        "rules-band-score-rises",
                        low = r.from.get_ref().text.as_str(),
                        low_score = score.normalize().to_string(),
                        high = above_text.as_str(),
                        high_score = above.score.normalize().to_string()
                    ),
                    r.score.span(),
                    msg!("rules-band-score-rises-help"),
                );
            }
            out.push(RateBand { from, score });
            shown.push(r.from.get_ref().text.clone());
        }
        if all_read && out.len() > 1 && out_of_order.len() == out.len() - 1 {
            self.bands_ascending(e, out.first().is_some_and(|b| b.from.is_zero()));
            return out;
        }
        for b in out_of_order {
            let r = b.get_ref();
            self.error(
                RulesCode::BandOrder,
                msg!("rules-band-order", from = r.from.get_ref().text.as_str()),
                r.from.span(),
                msg!("rules-band-order-help"),
            );
        }
        if let (Some(last), Some(b), true) = (out.last(), e.bands.last(), all_read)
            && !last.from.is_zero()
        {
            self.error(
                RulesCode::BandGap,
                msg!(
                    "rules-rates-below-no-band",
                    from = b.get_ref().from.get_ref().text.as_str()
                ),
                b.span(),
                msg!("rules-rates-below-no-band-help"),
            );
        }
        out
    }

    /// `rules::band-order` once for execution bands written from the lowest `from` up (0%, 60%,
    /// 80%, 90%, 95%), with the list as it should read, as `rules::grades-order` says grades
    /// written so (tester s24 C4).
    /// `reaches_zero`: the lowest band starts at 0%; when not, the list reversed still
    /// needs one, said as `rules::band-gap`.
    fn bands_ascending(&mut self, e: &crate::load::raw_rules::RawExecution, reaches_zero: bool) {
        let lines: Vec<String> = e
            .bands
            .iter()
            .rev()
            .map(|b| {
                let r = b.get_ref();
                format!(
                    "  {{ from = \"{}\", score = \"{}\" }},",
                    self.number_text(&r.from).trim(),
                    self.number_text(&r.score).trim()
                )
            })
            .collect();
        let bands = format!("bands = [\n{}\n]", lines.join("\n"));
        if let Some(first) = e.bands.first() {
            self.error(
                RulesCode::BandOrder,
                msg!("rules-bands-ascending"),
                first.get_ref().from.span(),
                msg!("rules-bands-ascending-help", bands = bands),
            );
            if !reaches_zero {
                self.error(
                    RulesCode::BandGap,
                    msg!(
                        "rules-rates-below-no-band",
                        from = first.get_ref().from.get_ref().text.as_str()
                    ),
                    first.span(),
                    msg!("rules-rates-below-no-band-help"),
                );
            }
        }
    }

    /// An execution rate: a percentage or fraction, where a number above 1 written without
    /// `%` (`from = "95"`) is the percent sign left out, not 9500% (tester s10 F10: such a
    /// step could never be reached and `check` said nothing). A rule writer copying `≥95%`
    /// from the policy means 95%; reading it so silently would hide the slip in every file
    /// that has it, so it is an error with the line to write.
    fn rate(&mut self, t: &Number, key: &str) -> Option<Decimal> {
        let text = self.number_text(t);
        let s = text.trim();
        if !s.ends_with('%')
            && let Ok(d) = Decimal::from_str_exact(s)
            && d > Decimal::ONE
        {
            self.error(
                RulesCode::NotAPercentage,
                msg!(
                    "rules-rate-without-percent",
                    value = s,
                    percent = d
                        .saturating_mul(Decimal::ONE_HUNDRED)
                        .normalize()
                        .to_string()
                ),
                t.span(),
                msg!("rules-rate-without-percent-help", key = key, value = s),
            );
            return None;
        }
        self.fraction(t)
    }

    /// A percentage from 0% to 100% (`"50%"`), read by the one value parser, so a policy's
    /// full-width `５０％` reads as written; anything else is `rules::not-a-percentage`.
    fn percent_0_100(&mut self, t: &Number, key: &str) -> Option<Decimal> {
        let text = self.number_text(t);
        let s = text.trim();
        match crate::value::parse(s) {
            crate::value::Value::Quantity(q)
                if q.unit == "%"
                    && q.comparator.is_none()
                    && q.upper.is_none()
                    && (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&q.value) =>
            {
                Some(q.value / Decimal::ONE_HUNDRED)
            }
            _ => {
                self.error(
                    RulesCode::NotAPercentage,
                    msg!("rules-percent-0-100", key = key, value = s),
                    t.span(),
                    msg!("rules-percent-0-100-help", key = key),
                );
                None
            }
        }
    }

    /// An execution step's `score`: points, at most the execution `points`. A share (`"80%"`,
    /// as the policy writes "得80%") is told the points it stands for.
    fn band_score(&mut self, t: &Number, points: Option<Decimal>) -> Option<Decimal> {
        let text = self.number_text(t);
        let s = text.trim();
        if let Some(share) = s
            .strip_suffix('%')
            .and_then(|p| Decimal::from_str_exact(p.trim()).ok())
        {
            let fixed = points.and_then(|p| Some((p, p.checked_mul(share)?)));
            let help =
                match fixed.and_then(|(p, x)| Some((p, x.checked_div(Decimal::ONE_HUNDRED)?))) {
                    Some((p, x)) => msg!(
                        "rules-band-score-share-help",
                        points = p.to_string(),
                        value = s,
                        fixed = x.normalize().to_string()
                    ),
                    None => msg!("rules-band-score-share-help-plain"),
                };
            self.error(
                RulesCode::NotANumber,
                msg!("rules-band-score-share", value = s),
                t.span(),
                help,
            );
            return None;
        }
        let score = self.decimal(t)?;
        if let Some(p) = points
            && score > p
        {
            self.error(
                RulesCode::ScoreOutsideBand,
                msg!(
                    "rules-band-score-above-points",
                    score = s,
                    points = p.to_string()
                ),
                t.span(),
                msg!("rules-band-score-above-points-help", points = p.to_string()),
            );
            return None;
        }
        Some(score)
    }

    fn direction(&mut self, t: &Text) -> Direction {
        Direction::parse(t.get_ref()).unwrap_or_else(|| {
            self.unknown_name(
                RulesCode::UnknownDirection,
                msg!("what-direction"),
                t.get_ref(),
                t.span(),
                &["positive", "reverse", "equal"],
            );
            Direction::Positive
        })
    }

    fn rounding(&mut self, key: &str, r: &Spanned<RawRound>, parent: &RuleRef) -> Rounding {
        let raw = r.get_ref();
        let rule = self.rule(
            key,
            r.span(),
            raw.reference.as_ref(),
            raw.source.as_ref(),
            Some(parent),
        );
        let mode = RoundMode::parse(raw.mode.get_ref()).unwrap_or_else(|| {
            self.unknown_name(
                RulesCode::UnknownRounding,
                msg!("what-rounding-mode"),
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
                    RulesCode::BadPlaces,
                    msg!(
                        "rules-places-out-of-range",
                        places = raw.places.get_ref().to_string()
                    ),
                    raw.places.span(),
                    msg!("rules-places-out-of-range-help"),
                );
                2
            }
        };
        Rounding { places, mode, rule }
    }
}

/// The two ends of a range written without `%` (`"[80, 100]"`, `"[0.6, 0.8)"`, `"[80%, 100]"`)
/// as percentages: a number above 1, or beside a percentage, is the `%` left out; ends that
/// are all fractions (0 to 1) are a share, written as its percentage. None when an end already
/// reads as a percentage and the other does too, or when an end is no number.
fn percents(a: &str, b: &str) -> Option<(String, String)> {
    let (a, b) = (a.trim(), b.trim());
    let bare = |x: &str| match x.strip_suffix('%') {
        Some(p) => Decimal::from_str_exact(p.trim()).ok().map(|_| None),
        None => Decimal::from_str_exact(x).ok().map(Some),
    };
    let (da, db) = (bare(a)?, bare(b)?);
    if da.is_none() && db.is_none() {
        return None;
    }
    let share = [da, db]
        .iter()
        .all(|d| d.is_some_and(|d| d >= Decimal::ZERO && d <= Decimal::ONE));
    let end = |x: &str, d: Option<Decimal>| match d {
        None => x.to_owned(),
        Some(d) if share => format!("{}%", (d * Decimal::ONE_HUNDRED).normalize()),
        Some(_) => format!("{x}%"),
    };
    Some((end(a, da), end(b, db)))
}

/// The help for two bands that overlap (tester s8 F4): a shared end point included by both
/// is one mark to change; bands that overlap by a stretch get the ranges as they would read,
/// the lower band ending where the upper one starts, or the upper one starting where the
/// lower one ends (when that leaves it a range).
fn overlap_help(lo: &Band, hi: &Band) -> Message {
    if lo.upper == hi.lower {
        return msg!("rules-band-overlap-help");
    }
    let lower_fixed = Band {
        upper: hi.lower,
        upper_inclusive: !hi.lower_inclusive,
        ..lo.clone()
    };
    let upper_fixed = Band {
        lower: lo.upper,
        lower_inclusive: !lo.upper_inclusive,
        ..hi.clone()
    };
    let (lower, upper) = (lo.range_text(), hi.range_text());
    if lo.upper < hi.upper {
        msg!(
            "rules-band-overlap-stretch-help",
            lower = lower,
            lower_fixed = lower_fixed.range_text(),
            upper = upper,
            upper_fixed = upper_fixed.range_text()
        )
    } else {
        msg!(
            "rules-band-overlap-inside-help",
            lower = lower,
            lower_fixed = lower_fixed.range_text(),
            upper = upper
        )
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

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::percents;

    /// Tester s11 F11: the ends of a range written without `%`, as they should read.
    #[test]
    fn a_range_without_percent_signs_is_given_them() {
        let p = |a: &str, b: &str| percents(a, b).map(|(a, b)| format!("{a}, {b}"));
        assert_eq!(p("80", " 100").as_deref(), Some("80%, 100%"));
        assert_eq!(p("0", "60").as_deref(), Some("0%, 60%"));
        assert_eq!(p("80%", "100").as_deref(), Some("80%, 100%"));
        // Shares of one are written as their percentage.
        assert_eq!(p("0.6", "0.8").as_deref(), Some("60%, 80%"));
        assert_eq!(p("0", "1").as_deref(), Some("0%, 100%"));
        // Already percentages, or no numbers: not this mistake.
        assert_eq!(p("60%", "80%"), None);
        assert_eq!(p("六十", "80"), None);
        assert_eq!(p("60%-80%", ""), None);
    }
}
