//! The form's layout as the rules read it: each indicator's level 1 resolved against the
//! rule set's weights, the groups of rows sharing one points cell, which indicators are
//! applicable, and the points each carries. Shared by scoring (`indicator`), the script hooks
//! (`scripted`) and the totals' checks, so none of them calls another for it.

use super::Context;
use crate::model::{Indicator, RuleSet};
use crate::value::Value;
use rust_decimal::Decimal;
use std::sync::Arc;

/// The rule set's name for a level-1 label as written: exact name or alias, or a cut label
/// that begins exactly one name (`产` → 产出指标).
pub(crate) fn level1_name(rules: &RuleSet, text: &str) -> Option<Arc<str>> {
    level1_index(rules, text).and_then(|i| rules.weights.level1.get(i).map(|l| l.name.clone()))
}

/// The position in `rules.weights.level1` of a level-1 label as written (see [`level1_name`]).
fn level1_index(rules: &RuleSet, text: &str) -> Option<usize> {
    // A label carrying its points (`产出指标(50分)`) is matched without them; the points are
    // cross-checked by `form::check_label_points`.
    let (t, _) = crate::value::label_points(text);
    if t.is_empty() {
        return None;
    }
    let level1 = &rules.weights.level1;
    let exact = level1
        .iter()
        .position(|l| &*l.name == t || l.aliases.iter().any(|a| a == t));
    if exact.is_some() {
        return exact;
    }
    let mut prefixed = level1
        .iter()
        .enumerate()
        .filter(|(_, l)| l.name.starts_with(t) || l.aliases.iter().any(|a| a.starts_with(t)));
    match (prefixed.next(), prefixed.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// Every indicator's level 1 resolved once per evaluation, as a position in
/// `rules.weights.level1`; a form writes a few distinct texts (a merged cell repeats its text,
/// cut labels such as `产` recur), so each distinct text is looked up once.
pub(crate) fn resolve_level1(rules: &RuleSet, case: &crate::model::Case) -> Vec<Option<usize>> {
    let mut seen: Vec<(&str, Option<usize>)> = Vec::new();
    case.indicators
        .iter()
        .map(|i| {
            let text = &*i.level1.text;
            match seen.iter().find(|(t, _)| *t == text) {
                Some((_, found)) => *found,
                None => {
                    let found = level1_index(rules, text);
                    seen.push((text, found));
                    found
                }
            }
        })
        .collect()
}

/// The position in `rules.weights.level1` of an indicator's resolved level 1 (see
/// [`resolve_level1`]).
pub(crate) fn level1_slot(cx: &Context, ind: &Indicator) -> Option<usize> {
    cx.level1.get(ind.index).copied().flatten()
}

/// The resolved level 1 of an indicator (see [`resolve_level1`]).
pub(crate) fn level1_of<'r>(cx: &Context<'r>, ind: &Indicator) -> Option<&'r Arc<str>> {
    let rules: &'r RuleSet = cx.rules;
    level1_slot(cx, ind)
        .and_then(|i| rules.weights.level1.get(i))
        .map(|l| &l.name)
}

/// ` (did you mean `产出指标`?)` for a misspelt level-1 label, or none when nothing is close.
pub(crate) fn level1_hint(rules: &RuleSet, text: &str) -> Option<crate::i18n::Message> {
    let names = rules
        .weights
        .level1
        .iter()
        .flat_map(|l| std::iter::once(&*l.name).chain(l.aliases.iter().map(String::as_str)));
    let found = crate::diagnostic::did_you_mean(text.trim(), names);
    let name = found.and_then(|f| level1_name(rules, f));
    name.map(|m| crate::i18n::msg!("finding-hint-did-you-mean", suggestion = m))
}

/// The groups of indicators: a row plus the rows sharing its points cell.
pub(super) fn groups(inds: &[Indicator]) -> impl Iterator<Item = &[Indicator]> {
    inds.chunk_by(|_, next| next.shares_points)
}

pub(super) fn applicable(cx: &Context, ind: &Indicator, extra_na: &[usize]) -> bool {
    !is_not_applicable(cx.rules, ind)
        && cx.plan.not_applicable(ind.index).is_none()
        && !extra_na.contains(&ind.index)
}

/// Each indicator's applicability and the points it would carry (its share of its group's
/// cell, or the points an earlier `before` decision gave it), with `extra_na` also not
/// applicable: what a `before` script's new points are checked against, so each decision
/// is checked against the state the decisions before it left (issue #18 item 4).
pub(crate) fn planned_points(cx: &Context, extra_na: &[usize]) -> Vec<(bool, Decimal)> {
    let mut out = declared_shares(cx, extra_na);
    for (i, (applicable, points)) in out.iter_mut().enumerate() {
        if let Some((p, _)) = cx.plan.points(i).filter(|_| *applicable) {
            *points = p;
        }
    }
    out
}

/// Each indicator's applicability and its share of its group's points cell.
fn declared_shares(cx: &Context, extra_na: &[usize]) -> Vec<(bool, Decimal)> {
    let mut out = Vec::with_capacity(cx.case.indicators.len());
    for group in groups(&cx.case.indicators) {
        let group_points = group
            .first()
            .and_then(|l| l.points.1.value())
            .unwrap_or_default();
        let flags: Vec<bool> = group.iter().map(|i| applicable(cx, i, extra_na)).collect();
        let n = flags.iter().filter(|a| **a).count();
        let share = if n > 1 {
            group_points / Decimal::from(n)
        } else {
            group_points
        };
        out.extend(
            flags
                .into_iter()
                .map(|a| (a, if a { share } else { Decimal::ZERO })),
        );
    }
    out
}

/// The points the form's indicator cells declare in all (each shared cell once).
pub(crate) fn declared_points(cx: &Context) -> Decimal {
    groups(&cx.case.indicators)
        .filter_map(|g| g.first().and_then(|l| l.points.1.value()))
        .sum()
}

/// Whether the rule set's words (or the cells) mark an indicator not applicable. A `无` in
/// the target or actual does, unless the row answers a target asking for none
/// ([`none_answered`]): `无` / `无` on a row with points is "none wanted, none happened".
pub(crate) fn is_not_applicable(rules: &RuleSet, ind: &Indicator) -> bool {
    if matches!(ind.actual.1, Value::NotApplicable) || matches!(ind.target.1, Value::NotApplicable)
    {
        return named_not_applicable(rules, ind) || none_answered(rules, ind).is_none();
    }
    named_not_applicable(rules, ind)
}

/// Whether the rule set's phrases in the indicator's name mark it not applicable.
fn named_not_applicable(rules: &RuleSet, ind: &Indicator) -> bool {
    let phrases = &rules.indicators.not_applicable;
    // "本指标不适用此项目": a phrase inside the name counts only when the row carries no points
    // and no actual, so an indicator merely mentioning the words is still scored.
    let may_contain = matches!(ind.actual.1, Value::Blank)
        && !ind.shares_points
        && ind.points.1.value().is_none_or(|p| p.is_zero());
    let name = ind.bare_name();
    phrases.iter().any(|p| name == p)
        || may_contain && phrases.iter().any(|p| name.contains(p.as_str()))
}

/// A row whose target asks for none of something — one of the rule set's `none_words`
/// (`无`), a text starting with one (`无重大安全事故`, `零事故`) or a number 0 not written "≥"
/// (`0起`, `≤0`) — answered by one of those words (`无`) or a count (`0起`): whether it was met
/// (tester s9 F15, F16, F24). Only for a row carrying points — a department that weighted the
/// row scored it; `无` / `无` with no points stays not applicable — and only where the rule set
/// lists such words. None for every other row (a count against a numeric target is left to
/// the formulas; `2起` against `无重大安全事故` to the reviewer).
pub(crate) fn none_answered(rules: &RuleSet, ind: &Indicator) -> Option<bool> {
    let words = &rules.indicators.none_words;
    if words.is_empty()
        || !(ind.shares_points || ind.points.1.value().is_some_and(|p| p > Decimal::ZERO))
    {
        return None;
    }
    let is_word = |text: &str| {
        let t = text.trim().trim_end_matches(['。', '.']);
        words.iter().any(|w| w == t)
    };
    let target_word = matches!(ind.target.1, Value::NotApplicable) && is_word(&ind.target.0.text);
    let wants_none = match &ind.target.1 {
        Value::NotApplicable => target_word,
        Value::Quantity(q) => {
            q.value.is_zero()
                && q.upper.is_none()
                && !q.is_date()
                && !matches!(
                    q.comparator,
                    Some(crate::value::Comparator::Ge | crate::value::Comparator::Gt)
                )
        }
        Value::Qualitative { text } => words.iter().any(|w| text.trim().starts_with(w.as_str())),
        _ => false,
    };
    if !wants_none {
        return None;
    }
    match &ind.actual.1 {
        Value::NotApplicable | Value::Qualitative { .. } if is_word(&ind.actual.0.text) => {
            Some(true)
        }
        Value::Quantity(a) if a.comparator.is_none() && a.upper.is_none() && !a.is_date() => {
            match &ind.target.1 {
                // `无` answered `2起`: none wanted, two happened.
                Value::NotApplicable => Some(a.value <= Decimal::ZERO),
                Value::Qualitative { .. } if a.value.is_zero() => Some(true),
                _ => None,
            }
        }
        _ => None,
    }
}
