//! A valid case checked against the rule set it will be scored with (`jixiao check`): its
//! labels and words matched exactly as evaluation matches them, so `check` warns about what
//! scoring would quietly score 0. Words no band holds are found by scoring the case (tester
//! s24 B3): `check` says what `score` will do with them (keep the self-score, or leave the
//! line to be judged by hand), never a guess of its own.

use super::labels;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::codes::CaseCode;
use crate::i18n::msg;
use crate::model::{Case, RuleSet};
use crate::outcome::codes;
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
                    CaseCode::UnknownLevel1,
                    msg!(
                        "case-unknown-level1",
                        label = &ind.level1.text,
                        rules = &rules.id
                    ),
                )
                .at(source, ind.level1.span.clone())
                .help(match hint {
                    None => msg!("case-level1-names", names = names.join(", ")),
                    Some(h) => h
                        .to_string()
                        .trim()
                        .trim_matches(['(', ')', '（', '）'])
                        .to_owned()
                        .into(),
                }),
            );
        }
    }
    out.extend(unknown_bands(rules, case));
    let declared = case
        .indicators
        .iter()
        .filter(|i| !i.shares_points)
        .filter_map(|i| i.points.1.value())
        .chain(labels::funds_total_row(case).and_then(|r| r.points.1.value()))
        .try_fold(Decimal::ZERO, |a, b| a.checked_add(b));
    // A template without 分值/得分 (a 绩效目标自评表) declares no points to add up: its lines
    // are judged met or not, and no total is computed (`import --out` then `check` warned).
    if let Some(sum) = declared
        && !case.indicators.is_empty()
        && !labels::pointless(case)
        && sum != rules.weights.total
    {
        let span = match &case.total_points.0 {
            c if !c.span.is_empty() => c.span.clone(),
            _ => 0..0,
        };
        out.push(
            Diagnostic::warning(
                CaseCode::PointsSum,
                msg!(
                    "case-points-sum",
                    sum = sum.normalize().to_string(),
                    total = rules.weights.total.normalize().to_string(),
                    rules = &rules.id
                ),
            )
            .at(source, span)
            .help(if rules.weights.adjustable {
                msg!("case-points-sum-adjustable-help")
            } else {
                msg!("case-points-sum-fixed-help")
            }),
        );
    }
    out
}

/// Actuals whose words hold no band, as scoring finds them: the case is scored once with the
/// rule set and each `unknown-band` finding is said at its actual, in the finding's own words
/// (what scoring does with the line). Words scoring reads otherwise (`按月足额发放` on a
/// timeliness line: on time; a word repeating the target) raise no finding, so no warning.
fn unknown_bands(rules: &RuleSet, case: &Case) -> Vec<Diagnostic> {
    let outcome = super::evaluate(rules, case, super::Options::default());
    let source = &case.source;
    let bands: Vec<&str> = rules
        .qualitative
        .bands
        .iter()
        .map(|b| b.label.as_str())
        .collect();
    outcome
        .findings
        .iter()
        .filter(|f| f.code == codes::UNKNOWN_BAND)
        .filter_map(|f| {
            let at = f.location.in_file()?;
            let ind = case.indicators.iter().find(|i| {
                let lc = source.line_col(i.actual.0.span.start);
                !i.actual.0.span.is_empty() && (lc.line, lc.column) == (at.line, at.column)
            })?;
            if !matches!(ind.actual.1, Value::Qualitative { .. }) {
                return None;
            }
            // The finding says did you mean where a band is near; the help lists them all.
            let help = msg!("case-band-names", names = bands.join(", "));
            Some(
                Diagnostic::warning(
                    CaseCode::UnknownBand,
                    msg!(
                        "case-unknown-band",
                        rules = &rules.id,
                        finding = f.message.clone()
                    ),
                )
                .at(source, ind.actual.0.span.clone())
                .help(help),
            )
        })
        .collect()
}
