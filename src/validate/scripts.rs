//! Validates `[script_limits]` and `[[scripts]]` of a rule file and compiles the scripts
//! (through [`crate::script::compile`]), so a rule set with a broken script is reported at
//! load time with every problem at once.

use super::rules::Checker;
use crate::diagnostic::codes::RulesCode;
use crate::i18n::msg;
use crate::load::ScriptSources;
use crate::load::raw_rules::{RawHooks, RawPolicy, RawRuleSet, RawScriptLimits, RawWhen, Text};
use crate::model::Level1;
use crate::script::{self, Declared, Hook, Limits, RulesData, Scripts, When};
use rhai::{Dynamic, Map};
use rust_decimal::Decimal;
use std::sync::Arc;
use std::time::Duration;
use toml::Spanned;

/// The rule set's facts scripts see through `rules`.
pub(super) struct RuleFacts<'a> {
    pub id: &'a str,
    pub year: i64,
    pub total: Decimal,
    pub level1: &'a [Level1],
    pub execution_points: Decimal,
}

/// The compiled scripts, or none when the rule set has none or one is broken (then the
/// checker holds the diagnostics).
pub(super) fn validate(
    v: &mut Checker,
    raw: &RawRuleSet,
    sources: &ScriptSources,
    facts: &RuleFacts,
) -> Option<Arc<Scripts>> {
    let limits = limits(v, raw.script_limits.as_ref());
    if raw.scripts.is_empty() {
        return None;
    }
    let mut declared = Vec::new();
    for (i, s) in raw.scripts.iter().enumerate() {
        let r = s.get_ref();
        let rule = v.rule_shown_as(
            &format!("scripts[{i}]"),
            r.file.get_ref(),
            s.span(),
            r.reference.as_ref(),
            r.source.as_ref(),
            None,
        );
        let hooks = hooks(v, &r.hooks);
        let params = match &r.params {
            Some(p) => table(v, p),
            None => Map::new(),
        };
        // The policy line the script carries out, named when its `when` selects nothing
        // (tester s24 C5: "满意度低于80%不得分" will not take effect).
        let policy = r
            .reference
            .as_ref()
            .and_then(|id| raw.policy.get(id.get_ref()))
            .map(|p| p.get_ref());
        let when = r
            .when
            .as_ref()
            .map(|w| when(v, w, &hooks, (facts.level1, policy)))
            .unwrap_or_default();
        let file = r.file.get_ref();
        match sources.get(file) {
            Some(Ok(source)) => declared.push(Declared {
                name: file.clone(),
                source: source.clone(),
                hooks,
                params,
                rule,
                when,
            }),
            Some(Err(why)) => v.error(
                RulesCode::ScriptMissing,
                msg!(
                    "rules-script-unreadable",
                    file = file,
                    why = why.to_string()
                ),
                r.file.span(),
                msg!("rules-script-unreadable-help"),
            ),
            None => v.error(
                RulesCode::ScriptMissing,
                msg!("rules-script-not-read", file = file),
                r.file.span(),
                msg!("rules-script-not-read-help"),
            ),
        }
    }
    let rules = RulesData {
        id: facts.id.into(),
        year: facts.year,
        total: Dynamic::from_decimal(facts.total),
        level1: facts
            .level1
            .iter()
            .map(|l| (l.name.as_ref().into(), Dynamic::from_decimal(l.points)))
            .collect(),
        execution_points: Dynamic::from_decimal(facts.execution_points),
        params: Map::new(),
        script: "".into(),
    };
    let (scripts, diagnostics) = script::compile(limits, declared, &rules, v.source);
    // A diagnostic at the rule file (a hook naming a function the script lacks) is placed in
    // the file the line came from: in a rule set that `extends` another, the text compiled
    // against is the merged one no one wrote (tester s24 C3: `rules.toml (resolved):287`).
    v.diagnostics.extend(diagnostics.into_iter().map(|mut d| {
        if let Some((src, span)) = &d.source
            && std::sync::Arc::ptr_eq(src, v.source)
        {
            d.source = Some((v.locate)(span.clone()));
        }
        d
    }));
    if let Some(s) = &scripts {
        super::script_compare::warn(v, s, facts.level1);
    }
    scripts
}

/// A script's `hooks` (a list of hook names, or a table of hook = function): each known hook
/// once, with the function it calls.
fn hooks(v: &mut Checker, raw: &Spanned<RawHooks>) -> Vec<(Hook, String, std::ops::Range<usize>)> {
    let span = raw.span();
    let pairs: Vec<(String, String)> = match raw.get_ref() {
        RawHooks::List(l) => l.iter().map(|h| (h.clone(), h.clone())).collect(),
        RawHooks::Named(m) => m.iter().map(|(h, f)| (h.clone(), f.clone())).collect(),
    };
    let mut hooks: Vec<(Hook, String, std::ops::Range<usize>)> = Vec::new();
    for (h, f) in pairs {
        match Hook::parse(&h) {
            Some(hook) if hooks.iter().any(|(x, _, _)| *x == hook) => v.error(
                RulesCode::ScriptHook,
                msg!("rules-hook-twice", hook = h),
                span.clone(),
                msg!("rules-hook-twice-help"),
            ),
            Some(hook) => hooks.push((hook, f, span.clone())),
            None => v.unknown_name(
                RulesCode::UnknownHook,
                msg!("what-hook"),
                &h,
                span.clone(),
                &["before", "indicator", "after"],
            ),
        }
    }
    if hooks.is_empty()
        && !v
            .diagnostics
            .iter()
            .any(|d| d.code == RulesCode::UnknownHook)
    {
        v.error(
            RulesCode::ScriptHook,
            msg!("rules-no-hook"),
            span,
            msg!("rules-no-hook-help"),
        );
    }
    hooks
}

/// The `when` filter: kinds must be known, the value a number, and the script must take part
/// in the `indicator` hook (the only hook it filters).
fn when(
    v: &mut Checker,
    raw: &Spanned<RawWhen>,
    hooks: &[(Hook, String, std::ops::Range<usize>)],
    (level1, policy): (&[Level1], Option<&RawPolicy>),
) -> When {
    const KINDS: [&str; 6] = [
        "blank",
        "not_applicable",
        "quantity",
        "date",
        "qualitative",
        "unreadable",
    ];
    let w = raw.get_ref();
    let per_indicator = w.level1.is_some()
        || w.level2.is_some()
        || w.target_kind.is_some()
        || w.actual_kind.is_some()
        || w.target_value.is_some()
        || w.has_deduction.is_some();
    if per_indicator && !hooks.iter().any(|(h, _, _)| *h == Hook::Indicator) {
        v.error(
            RulesCode::ScriptWhen,
            msg!("rules-when-without-indicator"),
            raw.span(),
            msg!("rules-when-without-indicator-help"),
        );
    }
    let mut kind = |t: &Option<Spanned<String>>| -> Option<String> {
        let t = t.as_ref()?;
        if KINDS.contains(&t.get_ref().as_str()) {
            Some(t.get_ref().clone())
        } else {
            v.unknown_name(
                RulesCode::ScriptWhen,
                msg!("what-value-kind"),
                t.get_ref(),
                t.span(),
                &KINDS,
            );
            None
        }
    };
    let target_kind = kind(&w.target_kind);
    let actual_kind = kind(&w.actual_kind);
    let target_value = w.target_value.as_ref().and_then(|t| {
        match rust_decimal::Decimal::from_str_exact(t.get_ref().trim()) {
            Ok(d) => Some(d),
            Err(_) => {
                v.error(
                    RulesCode::ScriptWhen,
                    msg!("rules-when-target-value", value = t.get_ref()),
                    t.span(),
                    msg!("rules-when-target-value-help"),
                );
                None
            }
        }
    });
    let execution_rate = w.execution_rate.as_ref().and_then(|t| {
        let text = t.get_ref().trim().trim_end_matches('%');
        match rust_decimal::Decimal::from_str_exact(text) {
            Ok(d) => Some(d),
            Err(_) => {
                v.error(
                    RulesCode::ScriptWhen,
                    msg!("rules-when-execution-rate", value = t.get_ref()),
                    t.span(),
                    msg!("rules-when-execution-rate-help"),
                );
                None
            }
        }
    });
    When {
        execution_rate,
        level1: w.level1.as_ref().map(|t| {
            when_level1(v, t, level1, policy);
            t.get_ref().clone()
        }),
        level2: w.level2.as_ref().map(|t| {
            when_label(v, t, Level::Two, level1);
            t.get_ref().clone()
        }),
        target_kind,
        actual_kind,
        target_value,
        has_deduction: w.has_deduction,
    }
}

/// Whether `want` can select a label: the label begins with it, or it begins with the label
/// (`when` matches both ways, so `满意度` and `满意度指标(10分)` both select 满意度指标).
fn can_select(want: &str, label: &str) -> bool {
    let (want, label) = (want.trim(), label.trim());
    !want.is_empty() && !label.is_empty() && (label.starts_with(want) || want.starts_with(label))
}

/// Which level a label names (a `when` condition, a script's comparison): its labels come
/// from the rules (level 1: names and aliases) or from the template (level 2 has no list in
/// the rules).
#[derive(Clone, Copy)]
pub(super) enum Level {
    One,
    Two,
}

impl Level {
    /// The labels a label of this level may select, and the names the writer is shown.
    fn labels(self, level1: &[Level1]) -> (Vec<&str>, Vec<&str>) {
        match self {
            Level::One => (
                level1
                    .iter()
                    .flat_map(|l| std::iter::once(&*l.name).chain(l.aliases.iter().map(|a| &**a)))
                    .collect(),
                level1.iter().map(|l| &*l.name).collect(),
            ),
            Level::Two => {
                use crate::import::grid::LEVEL2;
                (LEVEL2.to_vec(), LEVEL2.to_vec())
            }
        }
    }
}

/// A label that selects no label of its level: as written (trimmed), the names it could
/// have named, and the "did you mean" help for it.
pub(super) struct Unmatched {
    pub got: String,
    pub names: String,
    pub hint: crate::i18n::Message,
}

/// [`Unmatched`] when `want` can select none of its level's labels (none when it can, or
/// when the rules name no level 1 to compare with).
pub(super) fn unmatched(want: &str, level: Level, level1: &[Level1]) -> Option<Unmatched> {
    let (selectable, shown) = level.labels(level1);
    if selectable.is_empty() || selectable.iter().any(|l| can_select(want, l)) {
        return None;
    }
    Some(Unmatched {
        got: want.trim().to_owned(),
        names: shown.join("、"),
        hint: super::enum_words::help(want, &shown),
    })
}

/// `when.level1` as [`when_label`] checks it, naming the policy line the script carries out,
/// which will not take effect (tester s24 C5).
fn when_level1(v: &mut Checker, t: &Text, level1: &[Level1], policy: Option<&RawPolicy>) {
    let Some(p) = policy.filter(|p| !p.text.trim().is_empty()) else {
        return when_label(v, t, Level::One, level1);
    };
    let Some(Unmatched { got, names, hint }) = unmatched(t.get_ref(), Level::One, level1) else {
        return;
    };
    v.warning(
        RulesCode::WhenUnmatched,
        msg!(
            "rules-when-level1-unmatched-policy",
            got = got,
            names = names,
            text = p.text.trim().trim_end_matches(['。', '.']),
            source = p.source.trim()
        ),
        t.span(),
        msg!("rules-when-level1-unmatched-help", hint = hint),
    );
}

/// `when.level1` / `when.level2` must be able to select a label of its level: one that
/// selects none switches the script off for every line, which `check` would otherwise pass
/// in silence (tester s14r F2).
fn when_label(v: &mut Checker, t: &Text, level: Level, level1: &[Level1]) {
    let Some(Unmatched { got, names, hint }) = unmatched(t.get_ref(), level, level1) else {
        return;
    };
    let (message, help) = match level {
        Level::One => (
            msg!("rules-when-level1-unmatched", got = got, names = names),
            msg!("rules-when-level1-unmatched-help", hint = hint),
        ),
        Level::Two => (
            msg!("rules-when-level2-unmatched", got = got, names = names),
            msg!("rules-when-level2-unmatched-help", hint = hint),
        ),
    };
    v.warning(RulesCode::WhenUnmatched, message, t.span(), help);
}

fn limits(v: &mut Checker, raw: Option<&Spanned<RawScriptLimits>>) -> Limits {
    let mut l = Limits::default();
    let Some(raw) = raw else { return l };
    let r = raw.get_ref();
    let mut get = |x: &Option<Spanned<toml::Value>>, name: &str, max: i64| -> Option<u64> {
        let x = x.as_ref()?;
        let written = format!("{name} = {}", x.get_ref());
        let message = match x.get_ref().as_integer() {
            Some(n) => match u64::try_from(n) {
                Ok(u) if u > 0 && n <= max => return Some(u),
                _ => msg!("rules-limit-out-of-range", limit = written),
            },
            None => msg!("rules-limit-not-whole", limit = written),
        };
        v.error(
            RulesCode::BadLimit,
            message,
            x.span(),
            msg!("rules-limit-help", max = max),
        );
        None
    };
    let size = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
    if let Some(n) = get(&r.max_operations, "max_operations", 1_000_000_000) {
        l.max_operations = n;
    }
    if let Some(n) = get(&r.max_call_levels, "max_call_levels", 256) {
        l.max_call_levels = size(n);
    }
    if let Some(n) = get(&r.max_expr_depth, "max_expr_depth", 1_000) {
        l.max_expr_depth = size(n);
    }
    if let Some(n) = get(&r.max_string_size, "max_string_size", 100_000_000) {
        l.max_string_size = size(n);
    }
    if let Some(n) = get(&r.max_array_size, "max_array_size", 10_000_000) {
        l.max_array_size = size(n);
    }
    if let Some(n) = get(&r.max_map_size, "max_map_size", 10_000_000) {
        l.max_map_size = size(n);
    }
    if let Some(n) = get(&r.max_variables, "max_variables", 100_000) {
        l.max_variables = size(n);
    }
    if let Some(n) = get(&r.timeout_ms, "timeout_ms", 60_000) {
        l.timeout = Duration::from_millis(n);
    }
    stack_cap(v, r, &l);
    l
}

/// Says when `max_call_levels` lowers the expression depth allowed in function bodies (so
/// that the deepest recursion fits on a scoring thread's stack, issue #18 item 2).
fn stack_cap(v: &mut Checker, r: &RawScriptLimits, l: &Limits) {
    let capped = l.function_expr_depth();
    if capped >= l.max_expr_depth {
        return;
    }
    let Some(span) = r
        .max_expr_depth
        .as_ref()
        .or(r.max_call_levels.as_ref())
        .map(Spanned::span)
    else {
        return;
    };
    v.warning(
        RulesCode::LimitCapped,
        msg!(
            "rules-limit-capped",
            call_levels = l.max_call_levels.to_string(),
            capped = capped.to_string(),
            depth = l.max_expr_depth.to_string()
        ),
        span,
        msg!(
            "rules-limit-capped-help",
            levels = crate::script::STACK_LEVELS.to_string()
        ),
    );
}

/// A `params` table as a Rhai map: strings, integers, booleans, arrays and tables. Floats are
/// refused (TOML reads them through f64): write decimals as strings.
fn table(v: &mut Checker, t: &Spanned<toml::Table>) -> Map {
    fn convert(x: &toml::Value) -> Result<Dynamic, ()> {
        Ok(match x {
            toml::Value::String(s) => Dynamic::from(s.clone()),
            toml::Value::Integer(i) => Dynamic::from(*i),
            toml::Value::Boolean(b) => Dynamic::from(*b),
            toml::Value::Float(_) => return Err(()),
            toml::Value::Datetime(d) => Dynamic::from(d.to_string()),
            toml::Value::Array(a) => Dynamic::from_array(
                a.iter()
                    .map(convert)
                    .collect::<Result<Vec<Dynamic>, ()>>()?,
            ),
            toml::Value::Table(t) => Dynamic::from_map(
                t.iter()
                    .map(|(k, x)| convert(x).map(|d| (k.as_str().into(), d)))
                    .collect::<Result<Map, ()>>()?,
            ),
        })
    }
    let mut out = Map::new();
    for (k, x) in t.get_ref() {
        match convert(x) {
            Ok(d) => {
                out.insert(k.as_str().into(), d);
            }
            Err(()) => v.error(
                RulesCode::ScriptParams,
                msg!("rules-params-float", key = k),
                t.span(),
                msg!("rules-params-float-help"),
            ),
        }
    }
    out
}
