//! What a hook returns, read into typed decisions. A hook returns `()` (no change) or an
//! object map (optionally wrapped in `decision(...)` so the trace names its line). Unknown
//! keys and values of the wrong type are errors: the evaluator turns them into
//! `script-rejected` findings and keeps its own result.

use super::fault::type_word;
use super::view::{COLUMN_KEY, LINE_KEY};
use crate::i18n::{Message, msg};
use crate::model::{Direction, FormulaKind};
use rhai::{Dynamic, Map};
use rust_decimal::Decimal;
use std::str::FromStr;

/// A decision with what every decision may carry.
#[derive(Debug, Clone)]
pub struct Decided<T> {
    /// The hook-specific part.
    pub value: T,
    /// Line of the `decision(...)` call, or of the hook's `fn` when the map was returned bare.
    pub line: usize,
    /// The script's reason, shown in the trace.
    pub reason: Option<String>,
    /// Findings the script raises (code `script`).
    pub findings: Vec<ScriptFinding>,
}

/// A finding raised by a script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptFinding {
    /// Message.
    pub message: String,
    /// The indicator it is about (index into `case.indicators`), if any.
    pub indicator: Option<usize>,
}

/// The `before` hook's decision.
#[derive(Debug, Clone, Default)]
pub struct Before {
    /// Indicators to treat as not applicable.
    pub not_applicable: Vec<usize>,
    /// New points by indicator.
    pub points: Vec<(usize, Decimal)>,
}

/// The `indicator` hook's decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Indicator {
    /// Keep the engine's score (the decision only adds findings).
    Keep,
    /// Score this instead.
    Score(Decimal),
    /// Score with this formula (and direction, when given) instead of the rule set's.
    Method {
        /// Formula.
        kind: FormulaKind,
        /// Direction, when the script overrides it.
        direction: Option<Direction>,
    },
}

/// The `after` hook's decision.
#[derive(Debug, Clone, Default)]
pub struct After {
    /// The new total.
    pub total: Option<Decimal>,
    /// The new budget execution score (the total follows it), issue #17.
    pub execution: Option<Decimal>,
}

const COMMON: &[&str] = &["reason", "findings", LINE_KEY, COLUMN_KEY];

/// Reads a `before` decision; `Ok(None)` for `()`.
pub fn before(value: Dynamic, fn_line: usize) -> Result<Option<Decided<Before>>, Message> {
    read(value, fn_line, &["not_applicable", "points"], |map| {
        let mut d = Before::default();
        if let Some(v) = map.get("not_applicable") {
            for item in list(v, "not_applicable")? {
                d.not_applicable.push(index(&item, "not_applicable")?);
            }
        }
        if let Some(v) = map.get("points") {
            for item in list(v, "points")? {
                let m = item
                    .try_cast::<Map>()
                    .ok_or_else(|| msg!("decision-points-entry"))?;
                let i = m
                    .get("index")
                    .ok_or_else(|| missing("points", "index"))
                    .and_then(|v| index(v, "index"))?;
                let p = m
                    .get("points")
                    .ok_or_else(|| missing("points", "points"))
                    .and_then(|v| number(v, "points"))?;
                d.points.push((i, p));
            }
        }
        Ok(d)
    })
}

/// Reads an `indicator` decision; `Ok(None)` for `()`.
pub fn indicator(value: Dynamic, fn_line: usize) -> Result<Option<Decided<Indicator>>, Message> {
    read(
        value,
        fn_line,
        &["score", "method", "direction", "zero_at"],
        |map| {
            let score = map.get("score").map(|v| number(v, "score")).transpose()?;
            let method = map.get("method").map(|v| text(v, "method")).transpose()?;
            let direction = map
                .get("direction")
                .map(|v| {
                    let t = text(v, "direction")?;
                    Direction::parse(&t).ok_or_else(|| msg!("decision-direction", value = t))
                })
                .transpose()?;
            let zero_at = map
                .get("zero_at")
                .map(|v| number(v, "zero_at"))
                .transpose()?;
            match (score, method) {
                (Some(_), Some(_)) => Err(msg!("decision-score-and-method")),
                (Some(s), None) => Ok(Indicator::Score(s)),
                (None, Some(m)) => {
                    let kind = match (m.as_str(), zero_at) {
                        ("ratio", _) => FormulaKind::Ratio,
                        ("all_or_nothing", _) => FormulaKind::AllOrNothing,
                        ("met_or_ratio", _) => FormulaKind::MetOrRatio,
                        ("linear_cut", Some(zero_at)) => FormulaKind::LinearCut { zero_at },
                        ("linear_cut", None) => {
                            return Err(msg!("decision-zero-at"));
                        }
                        (other, _) => {
                            return Err(msg!("decision-method", value = other));
                        }
                    };
                    Ok(Indicator::Method { kind, direction })
                }
                (None, None) if direction.is_some() => Err(msg!("decision-direction-alone")),
                (None, None) => Ok(Indicator::Keep),
            }
        },
    )
}

/// Reads an `after` decision; `Ok(None)` for `()`.
pub fn after(value: Dynamic, fn_line: usize) -> Result<Option<Decided<After>>, Message> {
    read(value, fn_line, &["total", "execution"], |map| {
        Ok(After {
            total: map.get("total").map(|v| number(v, "total")).transpose()?,
            execution: map
                .get("execution")
                .map(|v| number(v, "execution"))
                .transpose()?,
        })
    })
}

fn read<T>(
    value: Dynamic,
    fn_line: usize,
    keys: &[&str],
    specific: impl FnOnce(&Map) -> Result<T, Message>,
) -> Result<Option<Decided<T>>, Message> {
    if value.is_unit() {
        return Ok(None);
    }
    let type_name = value.type_name();
    let Some(map) = value.try_cast::<Map>() else {
        return Err(msg!("decision-not-map", got = type_word(type_name)));
    };
    if let Some(bad) = map
        .keys()
        .find(|k| !keys.contains(&k.as_str()) && !COMMON.contains(&k.as_str()))
    {
        let valid: Vec<&str> = keys.iter().chain(COMMON.iter().take(2)).copied().collect();
        let hint = crate::diagnostic::did_you_mean(bad, valid.iter().copied()).map_or_else(
            || msg!("decision-valid-keys", keys = valid.join(", ")),
            |m| msg!("decision-did-you-mean", key = m),
        );
        return Err(msg!(
            "decision-unknown-key",
            key = bad.as_str(),
            hint = hint
        ));
    }
    let line = map
        .get(LINE_KEY)
        .and_then(|v| v.as_int().ok())
        .and_then(|l| usize::try_from(l).ok())
        .unwrap_or(fn_line);
    let reason = map.get("reason").map(|v| text(v, "reason")).transpose()?;
    let mut findings = Vec::new();
    if let Some(v) = map.get("findings") {
        for item in list(v, "findings")? {
            if item.is_string() {
                findings.push(ScriptFinding {
                    message: text(&item, "findings")?,
                    indicator: None,
                });
                continue;
            }
            let m = item
                .try_cast::<Map>()
                .ok_or_else(|| msg!("decision-findings-entry"))?;
            findings.push(ScriptFinding {
                message: m
                    .get("message")
                    .ok_or_else(|| missing("findings", "message"))
                    .and_then(|v| text(v, "message"))?,
                indicator: m
                    .get("indicator")
                    .map(|v| index(v, "indicator"))
                    .transpose()?,
            });
        }
    }
    let value = specific(&map)?;
    Ok(Some(Decided {
        value,
        line,
        reason,
        findings,
    }))
}

fn list(v: &Dynamic, key: &str) -> Result<rhai::Array, Message> {
    v.clone()
        .into_array()
        .map_err(|t| msg!("decision-not-array", key = key, got = type_word(t)))
}

/// An entry of the list `list` without its `key`.
fn missing(list: &str, key: &str) -> Message {
    msg!("decision-entry-missing", list = list, key = key)
}

fn index(v: &Dynamic, key: &str) -> Result<usize, Message> {
    v.as_int()
        .ok()
        .and_then(|i| usize::try_from(i).ok())
        .ok_or_else(|| msg!("decision-not-index", key = key, got = shown(v)))
}

fn text(v: &Dynamic, key: &str) -> Result<String, Message> {
    v.clone()
        .into_immutable_string()
        .map(|s| s.to_string())
        .map_err(|t| msg!("decision-not-text", key = key, got = type_word(t)))
}

/// A number from an integer, a decimal or a string holding one.
pub fn number(v: &Dynamic, key: &str) -> Result<Decimal, Message> {
    if let Ok(i) = v.as_int() {
        return Ok(Decimal::from(i));
    }
    if let Ok(d) = v.as_decimal() {
        return Ok(d);
    }
    if let Ok(s) = v.clone().into_immutable_string()
        && let Ok(d) = Decimal::from_str(s.trim())
    {
        return Ok(d);
    }
    Err(msg!("decision-not-number", key = key, got = shown(v)))
}

/// A script value as a message shows it: `()` (nothing) reads as such, not as an empty
/// pair of backticks (issue #18 item 12).
fn shown(v: &Dynamic) -> Message {
    if v.is_unit() {
        msg!("decision-value-unit")
    } else {
        msg!(
            "decision-value",
            value = v.to_string(),
            kind = type_word(v.type_name())
        )
    }
}
