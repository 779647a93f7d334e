//! 满意度 from survey counts (`[satisfaction]`, issue #17): a satisfaction indicator whose
//! actual gives 满意人数 and 有效样本 (`455/500`, `样本500人，满意455人`) is scored on the share
//! satisfied, 满意人数 × 100 / 有效样本 %, compared with its target by the direction's formula
//! like any percentage. Counts that contradict themselves keep the reported score with a
//! finding; a reported rate that the counts do not give is a finding, and the counts win; a
//! sample below the rules' minimum is a finding and may cap the score.
//!
//! The counts are read here, not in validation, because only a rule set with `[satisfaction]`
//! gives them a meaning and only on satisfaction indicators (`455/500` under 数量指标 is
//! something else); every other row is never scanned for them.

use super::indicator::{Fraction, kept, score_quantity};
use super::{Context, fmt};
use crate::i18n::{Message, msg};
use crate::model::{Indicator, Satisfaction};
use crate::outcome::{Method, Step, codes};
use crate::value::{Quantity, Survey, SurveyPart, SurveyProblem};
use rust_decimal::Decimal;

/// The indicator's survey counts under `rule`, when it is a satisfaction indicator and its
/// actual gives counts.
pub(super) fn reading(
    rule: &Satisfaction,
    ind: &Indicator,
) -> Option<Result<Survey, SurveyProblem>> {
    if !rule.applies(&ind.level1.text, &ind.level2.text, &ind.level3.text) {
        return None;
    }
    crate::value::survey(&ind.actual.0.text)
}

/// Scores a satisfaction indicator from its survey counts: the unrounded, uncapped score.
pub(super) fn score(
    cx: &mut Context,
    rule: &Satisfaction,
    ind: &Indicator,
    reading: Result<Survey, SurveyProblem>,
    points: Decimal,
    reported: Fraction,
    trace: &mut Vec<Step>,
) -> (Decimal, Method) {
    let survey = match reading {
        Ok(s) => s,
        Err(problem) => {
            cx.finding(
                codes::UNREADABLE_VALUE,
                problem_message(&problem, &ind.actual.0.text),
                &ind.actual.0,
            );
            return kept(cx, ind, points, reported, trace);
        }
    };
    let Some(rate) = rate(cx, rule, ind, &survey, trace) else {
        return kept(cx, ind, points, reported, trace);
    };
    let actual = Quantity {
        comparator: None,
        value: rate,
        unit: "%".to_owned(),
        ordinal: false,
        scale: Decimal::ONE,
        upper: None,
    };
    let (raw, method) = score_quantity(cx, ind, &actual, points, reported, trace);
    (
        small_sample(cx, rule, ind, &survey, points, raw, trace),
        method,
    )
}

/// The 满意度 in percent the counts give (or, with no satisfied count, the rate written beside
/// the sample); none, with a finding, when the counts contradict themselves.
fn rate(
    cx: &mut Context,
    rule: &Satisfaction,
    ind: &Indicator,
    s: &Survey,
    trace: &mut Vec<Step>,
) -> Option<Decimal> {
    let cell = &ind.actual.0;
    if s.sample.is_zero() {
        cx.finding(
            codes::SURVEY_COUNTS_INVALID,
            msg!("finding-survey-zero-sample", actual = &cell.text),
            cell,
        );
        return None;
    }
    for (count, part) in [
        (s.satisfied, msg!("survey-part-satisfied-people")),
        (s.dissatisfied, msg!("survey-part-dissatisfied-people")),
    ] {
        if let Some(n) = count.filter(|n| *n > s.sample) {
            cx.finding(
                codes::SURVEY_COUNTS_INVALID,
                msg!(
                    "finding-survey-more-than-sample",
                    actual = &cell.text,
                    count = fmt(n),
                    part = part,
                    sample = fmt(s.sample)
                ),
                cell,
            );
            return None;
        }
    }
    // Checked: the sample is at least the dissatisfied count (above).
    let satisfied = s
        .satisfied
        .or_else(|| s.dissatisfied.and_then(|d| s.sample.checked_sub(d)));
    let Some(satisfied) = satisfied else {
        // Only a rate beside the sample: the rate as written, the sample for its minimum.
        let rate = s.rate?;
        cx.step(trace, Some(&rule.rule), &[cell], || {
            msg!(
                "trace-survey-rate-as-written",
                rate = fmt(rate),
                sample = fmt(s.sample)
            )
        });
        return Some(rate);
    };
    // Multiply before dividing: 455 × 100 / 500 is exactly 91.
    let computed = satisfied
        .checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(s.sample)?;
    if let Some(written) = s.rate
        && contradicts(written, computed)
    {
        cx.finding(
            codes::SURVEY_RATE_MISMATCH,
            msg!(
                "finding-survey-rate-mismatch",
                rate = fmt(written),
                actual = &cell.text,
                satisfied = fmt(satisfied),
                sample = fmt(s.sample),
                computed = fmt(computed)
            ),
            cell,
        );
    }
    cx.step(trace, Some(&rule.rule), &[cell], || {
        let from = counted_from(s);
        msg!(
            "trace-survey-rate",
            satisfied = fmt(satisfied),
            from = from,
            sample = fmt(s.sample),
            rate = fmt(computed)
        )
    });
    Some(computed)
}

/// How the satisfied count was made, when not written as one number: the sample less the
/// dissatisfied, or the answer levels summed.
fn counted_from(s: &Survey) -> Option<Message> {
    match s.dissatisfied {
        Some(d) if s.satisfied.is_none() => Some(msg!(
            "trace-survey-less-dissatisfied",
            sample = fmt(s.sample),
            dissatisfied = fmt(d)
        )),
        _ if !s.levels.is_empty() => Some(msg!(
            "trace-survey-levels",
            levels = s
                .levels
                .iter()
                .map(
                    |(w, n)| msg!("trace-survey-level", level = w.as_str(), count = fmt(*n))
                        .to_string()
                )
                .collect::<Vec<_>>()
                .join(" + ")
        )),
        _ => None,
    }
}

/// A written rate contradicts the counts when it differs from their share by a unit of its own
/// last place or more: `91%` and `90.9%` both agree with 909 / 1000 = 90.9; `66.67%` and `67%`
/// with 2 / 3; `90%` does not agree with 455 / 500 = 91.
fn contradicts(written: Decimal, computed: Decimal) -> bool {
    let unit = Decimal::new(1, written.scale());
    computed
        .checked_sub(written)
        .is_none_or(|gap| gap.abs() >= unit)
}

/// A sample below the rules' minimum: a finding, and the score capped at the rule's share of
/// the points when it sets one.
fn small_sample(
    cx: &mut Context,
    rule: &Satisfaction,
    ind: &Indicator,
    s: &Survey,
    points: Decimal,
    raw: Decimal,
    trace: &mut Vec<Step>,
) -> Decimal {
    let Some(min) = rule.minimum_sample.as_ref().filter(|m| s.sample < m.size) else {
        return raw;
    };
    let (minimum, cell) = (min.size, &ind.actual.0);
    let Some(share) = min.cap else {
        cx.finding(
            codes::SURVEY_SAMPLE_SMALL,
            msg!(
                "finding-survey-sample-small",
                actual = &cell.text,
                sample = fmt(s.sample),
                minimum = fmt(minimum)
            ),
            cell,
        );
        return raw;
    };
    let cap = points.checked_mul(share).unwrap_or(points);
    cx.finding(
        codes::SURVEY_SAMPLE_SMALL,
        msg!(
            "finding-survey-sample-small-cap",
            actual = &cell.text,
            sample = fmt(s.sample),
            minimum = fmt(minimum),
            share = fmt(share * Decimal::ONE_HUNDRED),
            cap = fmt(cap)
        ),
        cell,
    );
    if raw <= cap {
        return raw;
    }
    cx.step(trace, Some(&min.rule), &[cell], || {
        msg!(
            "trace-survey-sample-cap",
            sample = fmt(s.sample),
            minimum = fmt(minimum),
            share = fmt(share * Decimal::ONE_HUNDRED),
            points = fmt(points),
            cap = fmt(cap),
            raw = fmt(raw)
        )
    });
    cap
}

/// The finding's message for counts that cannot be read as a survey.
fn problem_message(problem: &SurveyProblem, actual: &str) -> Message {
    let part = |p: &SurveyPart| match p {
        SurveyPart::Satisfied => msg!("survey-part-satisfied"),
        SurveyPart::Dissatisfied => msg!("survey-part-dissatisfied"),
        SurveyPart::Sample => msg!("survey-part-sample"),
        SurveyPart::Rate => msg!("survey-part-rate"),
    };
    match problem {
        SurveyProblem::NoSample => msg!("finding-survey-no-sample", actual = actual),
        SurveyProblem::NoSatisfied => msg!("finding-survey-no-satisfied", actual = actual),
        SurveyProblem::Twice(p) => msg!("finding-survey-twice", actual = actual, part = part(p)),
        SurveyProblem::NotACount(n) => {
            msg!("finding-survey-not-a-count", actual = actual, count = n)
        }
        SurveyProblem::Unreadable(reason) => {
            msg!(
                "finding-survey-unreadable",
                actual = actual,
                reason = reason.message()
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::contradicts;
    use rust_decimal::Decimal;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn a_written_rate_agrees_to_its_own_last_place() {
        let two_thirds = d("200") / d("3");
        assert!(!contradicts(d("91"), d("91")));
        assert!(!contradicts(d("90.9"), d("90.9")));
        assert!(!contradicts(d("66.67"), two_thirds));
        assert!(!contradicts(d("66.66"), two_thirds));
        assert!(!contradicts(d("67"), two_thirds));
        assert!(contradicts(d("90"), d("91")));
        assert!(contradicts(d("66.6"), two_thirds + d("0.1")));
    }
}
