//! A valid case checked against the rule set it will be scored with (`jixiao check`): its
//! labels and words matched exactly as evaluation matches them, so `check` warns about what
//! scoring would quietly score 0.

use super::labels;
use crate::diagnostic::Diagnostic;
use crate::model::{Case, RuleSet};
use crate::value::Value;
use rust_decimal::Decimal;

/// Cross-checks a valid case against the rule set it will be scored with (for `jixiao check`):
/// level-1 labels that match no level-1 indicator, actuals whose words match no band, and
/// declared points that do not add up to the rule set's total. Warnings: the case can still
/// be scored, with findings.
pub fn cross_check(rules: &RuleSet, case: &Case) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let source = &case.source;
    for ind in &case.indicators {
        if !ind.shares_points && labels::level1_name(rules, &ind.level1.text).is_none() {
            let hint = labels::level1_hint(rules, &ind.level1.text);
            let names: Vec<&str> = rules.weights.level1.iter().map(|l| &*l.name).collect();
            out.push(
                Diagnostic::warning(
                    "case::unknown-level1",
                    format!(
                        "level-1 label `{}` matches no level-1 indicator of `{}`",
                        ind.level1.text, rules.id
                    ),
                )
                .at(source, ind.level1.span.clone())
                .help(match hint.is_empty() {
                    true => format!("the level-1 indicators are: {}", names.join(", ")),
                    false => hint.trim().trim_matches(['(', ')']).to_owned(),
                }),
            );
        }
        if let Value::Qualitative { text } = &ind.actual.1
            && !labels::is_not_applicable(rules, ind)
            && labels::match_band(rules, text).is_none()
        {
            let bands: Vec<&str> = rules
                .qualitative
                .bands
                .iter()
                .map(|b| b.label.as_str())
                .collect();
            let help = match crate::diagnostic::did_you_mean(text, bands.iter().copied()) {
                Some(m) => format!("did you mean `{m}`?"),
                None => format!("the bands are: {}", bands.join(", ")),
            };
            out.push(
                Diagnostic::warning(
                    "case::unknown-band",
                    format!(
                        "actual `{text}` matches no qualitative band of `{}`: it scores 0",
                        rules.id
                    ),
                )
                .at(source, ind.actual.0.span.clone())
                .help(help),
            );
        }
    }
    let declared = case
        .indicators
        .iter()
        .filter(|i| !i.shares_points)
        .filter_map(|i| i.points.1.value())
        .chain(labels::funds_total_row(case).and_then(|r| r.points.1.value()))
        .try_fold(Decimal::ZERO, |a, b| a.checked_add(b));
    if let Some(sum) = declared
        && !case.indicators.is_empty()
        && sum != rules.weights.total
    {
        let (span, what) = match &case.total_points.0 {
            c if !c.span.is_empty() => (c.span.clone(), "declared"),
            _ => (0..0, "declared"),
        };
        out.push(
            Diagnostic::warning(
                "case::points-sum",
                format!(
                    "the {what} points of indicators and execution add up to {}, not {} as `{}` requires",
                    sum.normalize(),
                    rules.weights.total.normalize(),
                    rules.id
                ),
            )
            .at(source, span)
            .help(if rules.weights.adjustable {
                "the rules allow adjusting level-1 weights, but they must still add up to the total"
            } else {
                "the rules fix the weights: use the points of the rule set"
            }),
        );
    }
    out
}
