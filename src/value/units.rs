//! Stage: load. The unit table: which units forms write for one kind of quantity, and how
//! they convert (issue #18 item 6). [`align`] re-expresses an actual in its target's unit,
//! or says why it cannot; the evaluator scores the aligned actual and notes the conversion.
//!
//! The table is data: one row a unit, `(unit, family, numerator, denominator)`, the unit's
//! size in the family's base unit being numerator / denominator (1 亩 = 10000/15 平方米).
//! 万 and 亿 before a unit are multipliers already applied by the parser (`90万元` is
//! 900000 `元`), so `万元` and `亿元` only appear here for units written apart.

use super::Quantity;
use rust_decimal::Decimal;

/// Every unit that converts to another: (unit, family, numerator, denominator).
pub const UNITS: &[(&str, &str, u64, u64)] = &[
    ("元", "money", 1, 1),
    ("万元", "money", 10_000, 1),
    ("亿元", "money", 100_000_000, 1),
    ("米", "length", 1, 1),
    ("m", "length", 1, 1),
    ("千米", "length", 1_000, 1),
    ("公里", "length", 1_000, 1),
    ("km", "length", 1_000, 1),
    ("平方米", "area", 1, 1),
    ("㎡", "area", 1, 1),
    ("亩", "area", 10_000, 15),
    ("公顷", "area", 10_000, 1),
    ("平方公里", "area", 1_000_000, 1),
    ("平方千米", "area", 1_000_000, 1),
    ("克", "mass", 1, 1),
    ("g", "mass", 1, 1),
    ("斤", "mass", 500, 1),
    ("千克", "mass", 1_000, 1),
    ("公斤", "mass", 1_000, 1),
    ("kg", "mass", 1_000, 1),
    ("吨", "mass", 1_000_000, 1),
    ("小时", "time", 1, 1),
    ("天", "time", 24, 1),
    ("日", "time", 24, 1),
    ("周", "time", 168, 1),
    // A month is counted as 30 days and a year as 12 months, so 12个月 is exactly 1年.
    ("月", "time", 720, 1),
    ("个月", "time", 720, 1),
    ("季度", "time", 2_160, 1),
    ("年", "time", 8_640, 1),
    ("人", "people", 1, 1),
    ("人次", "people", 1, 1),
    ("%", "share", 1, 100),
    ("百分比", "share", 1, 100),
    ("‰", "share", 1, 1_000),
];

/// How an actual relates to its target's unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Aligned {
    /// Same unit (or the target has none): compare the numbers as written.
    Same,
    /// The actual's value re-expressed in the target's unit, and why.
    Converted {
        /// The actual in the target's unit (with the target's multiplier applied).
        value: Decimal,
        /// What was done.
        how: Conversion,
    },
    /// Units of different kinds (`公里` and `公斤`), or units the table does not relate.
    Mismatch,
    /// The conversion overflows a Decimal.
    TooLarge,
    /// A bare actual that is of its target's size in no reading: in the target's multiplier
    /// it is more than [`PLAUSIBLE`] times the target, and in every smaller multiplier less
    /// than its [`PLAUSIBLE`]th or still more than [`PLAUSIBLE`] times (`≤50万元` vs
    /// `90000000`). Not scored as a miss: the unit must be checked.
    Implausible {
        /// The actual read in the target's unit and multiplier.
        value: Decimal,
        /// That reading divided by the target.
        times: Decimal,
    },
}

/// How far from its target a bare actual may be and still be read in the unit that gives it
/// (tester s15f F-C1). A 年度指标值 is the year's plan and its 实际完成值 the year's result: a
/// result a hundred times its plan, or a hundredth of it, is not a plan missed or beaten but a
/// number written in another unit. 100 is the square root of 万 (10000), the step between
/// `万元` and `元`: the two readings of one bare number are 10000 apart, so at most one of them
/// lies within 100 times either way of the target, and the choice is never a close call.
pub const PLAUSIBLE: u64 = 100;

/// What [`align`] did to an actual.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conversion {
    /// An actual with no unit read in the target's unit and multiplier (`≤90万元` vs `90`).
    TargetUnit {
        /// The multiplier taken from the target (1 when it has none).
        scale: Decimal,
    },
    /// A bare actual of at most 1 against a percentage target read as a fraction (`0.95`).
    Fraction,
    /// A unit of the same family converted by the table (`1平方公里` → 1000000 平方米).
    Table,
    /// A bare actual read with a smaller multiplier than its target's because read in the
    /// target's it is absurd (more than [`PLAUSIBLE`] times the target) and read so it is of
    /// the target's size: `462000` against `≤50万元` is 462000 元, not 462000 万元 (tester s15f
    /// F-C1, a form filled in 元 under a 万元 header).
    SmallerMultiplier {
        /// The multiplier used (1: the unit's base, `元` for `万元`; 10000 under `亿元`).
        scale: Decimal,
        /// The actual read in the target's multiplier, set aside.
        set_aside: Decimal,
    },
    /// A bare actual of at most 1 on a rate line (`合格率`) whose target is a bare number above
    /// 1 and at most 100 (`100`): a fraction written for a percentage, as [`Conversion::Fraction`]
    /// reads one against a target in `%` (tester s15f F-A4).
    RateFraction,
    /// The other way round (tester s24 A1): a bare target of at most 1 against an actual above
    /// 1 in `%` or `‰` (`≥0.9` vs `85%`) is a fraction written for a share, as
    /// [`Conversion::Fraction`] reads such an actual. The aligned value is the actual as a
    /// fraction (0.85), so a caller that only compares numbers needs nothing more; the
    /// evaluator reads the target in the actual's unit instead (`≥0.9` → 90 %, × `per`), so
    /// that gaps are counted in points of the share (`per_point`).
    TargetFraction {
        /// What one of the target stands for in the actual's unit: 100 for `%`, 1000 for `‰`.
        per: Decimal,
    },
    /// [`Conversion::TargetFraction`] on a rate line with no `%` on either side (`≥0.9`
    /// vs `85` on `签约覆盖率`), as [`Conversion::RateFraction`] reads such an actual: a guess
    /// (`per` is 100).
    RateTargetFraction,
    /// A bare actual read in its target's `%` that would be nearer the target ten times
    /// larger (`8.8` against `≥85%` is 8.8 %; tester s24 C8, [`far_below_share`]): the
    /// reading stands, but a digit left out (`88`) or a mark out of 10 (8.8 of 10) is as
    /// likely, so the user must check the cell.
    FarBelowShare,
}

impl Conversion {
    /// Whether the conversion changed the number (the user should see it, not only the trace).
    pub fn changes_number(&self) -> bool {
        match self {
            Conversion::TargetUnit { scale } => *scale != Decimal::ONE,
            Conversion::Fraction | Conversion::Table => true,
            Conversion::SmallerMultiplier { .. } | Conversion::RateFraction => true,
            Conversion::TargetFraction { .. } | Conversion::RateTargetFraction => true,
            // The number stands as written: only the doubt is said (a warning, [`is_guess`]).
            Conversion::FarBelowShare => false,
        }
    }

    /// Whether the conversion rests on the actual's size alone, not on anything written (the
    /// user must check the cell: a warning, not a note).
    pub fn is_guess(&self) -> bool {
        matches!(
            self,
            Conversion::SmallerMultiplier { .. }
                | Conversion::RateFraction
                | Conversion::RateTargetFraction
                | Conversion::FarBelowShare
        )
    }

    /// For a conversion of the target ([`Conversion::TargetFraction`],
    /// [`Conversion::RateTargetFraction`]): what one of the target stands for in the actual's
    /// unit. None for a conversion of the actual.
    pub fn target_per(&self) -> Option<Decimal> {
        match self {
            Conversion::TargetFraction { per } => Some(*per),
            Conversion::RateTargetFraction => Some(Decimal::ONE_HUNDRED),
            _ => None,
        }
    }
}

/// The name of a multiplier the parser applies (`万` for 10000), empty for 1 or any other.
pub fn multiplier_name(scale: Decimal) -> &'static str {
    match u64::try_from(scale) {
        Ok(1_000) => "千",
        Ok(10_000) => "万",
        Ok(1_000_000) => "百万",
        Ok(100_000_000) => "亿",
        _ => "",
    }
}

/// True for an indicator named as a rate (`工程验收合格率`, `覆盖率`) or a share (`合格比例`,
/// `占比`, tester s15r N5): its numbers are percentages even when the form writes no `%`.
pub fn is_rate(name: &str) -> bool {
    name.contains('率') || name.contains("比例") || name.contains("占比")
}

/// The family of a unit and its size in the family's base unit (numerator, denominator).
pub(crate) fn lookup(unit: &str) -> Option<(&'static str, u64, u64)> {
    UNITS
        .iter()
        .find(|(u, ..)| *u == unit)
        .map(|(_, family, num, den)| (*family, *num, *den))
}

/// The actual re-expressed in the target's unit: the unit table for units of one family,
/// the target's unit and multiplier for an actual written without one. `rate` says the line
/// is named as a rate ([`is_rate`]), so a bare fraction answering a bare `100` is a share.
pub fn align(target: &Quantity, actual: &Quantity, rate: bool) -> Aligned {
    let bare = actual.unit.is_empty() && actual.scale == Decimal::ONE;
    let same =
        target.unit == actual.unit && (target.scale == actual.scale || !actual.unit.is_empty());
    if let Some(aligned) = fraction_target(target, actual, rate && bare) {
        return aligned;
    }
    if same && !(rate && bare) {
        return Aligned::Same;
    }
    if bare {
        return bare_actual(target, actual, rate);
    }
    if target.unit.is_empty() || actual.unit.is_empty() || target.unit == actual.unit {
        // One side has a multiplier the other lacks but no unit tells what is meant
        // (`≥5` vs `6万`): compare the numbers as written, as forms mean them.
        return Aligned::Same;
    }
    let (Some((tf, tn, td)), Some((af, an, ad))) = (lookup(&target.unit), lookup(&actual.unit))
    else {
        return Aligned::Mismatch;
    };
    if tf != af {
        return Aligned::Mismatch;
    }
    // value × (an / ad) / (tn / td), multiplied before dividing.
    let num = Decimal::from(an).checked_mul(Decimal::from(td));
    let den = Decimal::from(ad).checked_mul(Decimal::from(tn));
    match (num, den) {
        (Some(n), Some(d)) => match actual.value.checked_mul(n).and_then(|v| v.checked_div(d)) {
            Some(value) => Aligned::Converted {
                value: value.normalize(),
                how: Conversion::Table,
            },
            None => Aligned::TooLarge,
        },
        _ => Aligned::TooLarge,
    }
}

/// A bare target of at most 1 (`≥0.9`, a range `0.8-0.9` too) against an actual above 1 in
/// `%` or `‰` (`85%`) — or, on a rate line (`rate_bare`: the actual is bare too), against a
/// bare actual above 1 and at most 100 — is a fraction written for a share: the mirror of
/// [`Conversion::Fraction`] and [`Conversion::RateFraction`] (tester s24 A1: `85` / `0.9`
/// capped at full marks, silently). The aligned value is the actual as a fraction.
///
/// Only where that reading puts the actual nearer its target than the plain one: more than
/// [`TENFOLD`] times the target as written (`85%` against `0.9`: 90 % and 85 %, not 0.9 %
/// and 85 %). A small share against a small bare target (`≤1` vs `2%`, an accident rate) is
/// the target's `%` left out, and is compared as written.
fn fraction_target(target: &Quantity, actual: &Quantity, rate_bare: bool) -> Option<Aligned> {
    let fraction = |v: Decimal| v > Decimal::ZERO && v <= Decimal::ONE;
    let bare_target = target.unit.is_empty() && target.scale == Decimal::ONE && !target.ordinal;
    let top = target.upper.unwrap_or(target.value).max(target.value);
    if !bare_target
        || !fraction(target.value)
        || !fraction(top)
        || actual.scale != Decimal::ONE
        || actual.value <= Decimal::ONE
        || top.checked_mul(TENFOLD).is_none_or(|t| actual.value <= t)
    {
        return None;
    }
    let (per, how) = match actual.unit.as_str() {
        "%" => (
            Decimal::ONE_HUNDRED,
            Conversion::TargetFraction {
                per: Decimal::ONE_HUNDRED,
            },
        ),
        "‰" => (
            Decimal::ONE_THOUSAND,
            Conversion::TargetFraction {
                per: Decimal::ONE_THOUSAND,
            },
        ),
        "" if rate_bare && actual.value <= Decimal::ONE_HUNDRED => {
            (Decimal::ONE_HUNDRED, Conversion::RateTargetFraction)
        }
        _ => return None,
    };
    Some(match actual.value.checked_div(per) {
        Some(value) => Aligned::Converted {
            value: value.normalize(),
            how,
        },
        None => Aligned::TooLarge,
    })
}

/// An actual written as a bare number: a fraction against a percentage (or, on a rate
/// line, against a bare target up to 100), else the target's unit and multiplier — or a
/// smaller multiplier when the target's gives an absurd number ([`in_multiplier`]).
fn bare_actual(target: &Quantity, actual: &Quantity, rate: bool) -> Aligned {
    let per = match target.unit.as_str() {
        "%" => Some((Decimal::ONE_HUNDRED, Conversion::Fraction)),
        "‰" => Some((Decimal::ONE_THOUSAND, Conversion::Fraction)),
        "" if rate && target.scale == Decimal::ONE && target.value <= Decimal::ONE_HUNDRED => {
            Some((Decimal::ONE_HUNDRED, Conversion::RateFraction))
        }
        _ => None,
    };
    if let Some((per, how)) = per
        && target.value > Decimal::ONE
        && actual.value > Decimal::ZERO
        && actual.value <= Decimal::ONE
    {
        return match actual.value.checked_mul(per) {
            Some(value) => Aligned::Converted {
                value: value.normalize(),
                how,
            },
            None => Aligned::TooLarge,
        };
    }
    if target.scale == Decimal::ONE {
        return if target.unit.is_empty() {
            Aligned::Same
        } else {
            Aligned::Converted {
                value: actual.value,
                how: match far_below_share(target, actual) {
                    true => Conversion::FarBelowShare,
                    false => Conversion::TargetUnit {
                        scale: Decimal::ONE,
                    },
                },
            }
        };
    }
    in_multiplier(target, actual)
}

/// Ten: the step between `88` and `8.8`, and between a percentage and a mark out of 10. A
/// bare target of at most 1 is read as a fraction of a share written in `%` above ten times
/// it ([`fraction_target`]): ten is the square root of the hundred between the two readings
/// (0.9 and 90), so the nearer one is taken.
const TENFOLD: Decimal = Decimal::TEN;

/// Whether a bare actual read in its target's `%` (`8.8` against `≥85%`) would be nearer
/// its target ten times larger (88 %: a digit left out, or a mark out of 10) — nearer by
/// ratio, as [`fraction_target`] weighs its two readings: (10a / t) against (t / a), that is
/// 10 a² < t² — and ten times larger is still a share (at most 100 %, or the target where it
/// is above). On a target to reach only (`≥85%`, `85%`, `=100%`): under a ceiling (`≤5%`) a
/// small actual is the achievement (tester s24 C8).
fn far_below_share(target: &Quantity, actual: &Quantity) -> bool {
    use super::Comparator;
    let (t, a) = (target.value, actual.value);
    let nearer = || {
        let a2 = a.checked_mul(a)?.checked_mul(TENFOLD)?;
        Some(a2 < t.checked_mul(t)?)
    };
    let tenfold = a.checked_mul(TENFOLD);
    target.unit == "%"
        && !matches!(target.comparator, Some(Comparator::Le | Comparator::Lt))
        && t > Decimal::ZERO
        && a > Decimal::ZERO
        && tenfold.is_some_and(|x| x <= t.max(Decimal::ONE_HUNDRED))
        && nearer() == Some(true)
}

/// A bare actual against a target with a multiplier (`≤50万元`): read in that multiplier
/// unless that makes it more than [`PLAUSIBLE`] times the target; then in the largest
/// smaller multiplier (万, then none) that brings it within [`PLAUSIBLE`] times either way
/// ([`Conversion::SmallerMultiplier`]), or, when none does, [`Aligned::Implausible`].
fn in_multiplier(target: &Quantity, actual: &Quantity) -> Aligned {
    let Some(value) = actual.value.checked_mul(target.scale) else {
        return Aligned::TooLarge;
    };
    let value = value.normalize();
    let plausible = Decimal::from(PLAUSIBLE);
    let size = |v: Decimal| v.checked_div(target.value);
    let times = match size(value) {
        Some(times) if target.value > Decimal::ZERO && times > plausible => times,
        _ => {
            return Aligned::Converted {
                value,
                how: Conversion::TargetUnit {
                    scale: target.scale,
                },
            };
        }
    };
    let wan = Decimal::from(10_000);
    let smaller = [wan, Decimal::ONE];
    for scale in smaller.into_iter().filter(|s| *s < target.scale) {
        let Some(v) = actual.value.checked_mul(scale) else {
            continue;
        };
        if size(v).is_some_and(|r| r * plausible >= Decimal::ONE && r <= plausible) {
            return Aligned::Converted {
                value: v.normalize(),
                how: Conversion::SmallerMultiplier {
                    scale,
                    set_aside: value,
                },
            };
        }
    }
    Aligned::Implausible {
        value,
        times: times.round_dp(0),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::value::{Value, parse};

    fn q(text: &str) -> Quantity {
        match parse(text) {
            Value::Quantity(q) => q,
            other => panic!("{text:?} is not a quantity: {other:?}"),
        }
    }

    fn aligned(t: &str, a: &str) -> Aligned {
        align(&q(t), &q(a), false)
    }

    fn converted(t: &str, a: &str) -> Decimal {
        match aligned(t, a) {
            Aligned::Converted { value, .. } => value,
            other => panic!("{t} vs {a}: {other:?}"),
        }
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn units_of_one_family_convert() {
        assert_eq!(converted("≥2平方公里", "1500000平方米"), d("1.5"));
        assert_eq!(converted("≥1000平方米", "1平方公里"), d("1000000"));
        assert_eq!(converted("≥10公里", "5000米"), d("5"));
        assert_eq!(converted("≥2吨", "500公斤"), d("0.5"));
        assert_eq!(converted("≥1年", "12个月"), d("1"));
        assert_eq!(converted("≤3天", "36小时"), d("1.5"));
        assert_eq!(converted("≥100人", "120人次"), d("120"));
        assert_eq!(converted("≥15亩", "1公顷"), d("15"));
        assert_eq!(converted("≥5‰", "1%"), d("10"));
    }

    #[test]
    fn units_of_different_families_or_unknown_mismatch() {
        assert_eq!(aligned("≥100公里", "50公斤"), Aligned::Mismatch);
        assert_eq!(aligned("≥10个", "10个月"), Aligned::Mismatch);
        assert_eq!(aligned("≥10件", "10人"), Aligned::Mismatch);
        assert_eq!(aligned("≥10人", "10次"), Aligned::Mismatch);
    }

    #[test]
    fn bare_actual_takes_the_targets_unit_and_multiplier() {
        assert_eq!(
            aligned("≤90万元", "90"),
            Aligned::Converted {
                value: d("900000"),
                how: Conversion::TargetUnit { scale: d("10000") }
            }
        );
        assert_eq!(converted("≥10个", "12"), d("12"));
        assert_eq!(aligned("≥10", "12"), Aligned::Same);
        assert_eq!(aligned("≤90万元", "89.5万元"), Aligned::Same);
        assert_eq!(aligned("≤90万元", "895000元"), Aligned::Same);
    }

    #[test]
    fn a_bare_fraction_against_a_percentage() {
        assert_eq!(
            aligned("≥90%", "0.95"),
            Aligned::Converted {
                value: d("95"),
                how: Conversion::Fraction
            }
        );
        assert_eq!(converted("≥90%", "95"), d("95"));
        // A target of at most 1% is not a share of a whole: 0.3 is 0.3%.
        assert_eq!(converted("≤0.5%", "0.3"), d("0.3"));
    }

    /// Tester s15f F-C1: `462000` on a form filled in 元 against `≤50万元` is 462000 元 (a
    /// warning), not 462000 万元; a number of the target's size keeps the target's multiplier.
    #[test]
    fn a_bare_actual_absurd_in_the_targets_multiplier_is_read_in_a_smaller_one() {
        assert_eq!(
            aligned("≤50万元", "462000"),
            Aligned::Converted {
                value: d("462000"),
                how: Conversion::SmallerMultiplier {
                    scale: d("1"),
                    set_aside: d("4620000000")
                }
            }
        );
        // Up to 100 times the target the target's multiplier stands: 5000 万元 vs 50 万元.
        assert_eq!(converted("≤50万元", "5000"), d("50000000"));
        assert_eq!(converted("≤50万元", "46.2"), d("462000"));
        assert_eq!(converted("≥5万人", "0.3"), d("3000"));
        // Under 亿元, 万元 is tried before 元.
        assert_eq!(
            aligned("≤2亿元", "18000"),
            Aligned::Converted {
                value: d("180000000"),
                how: Conversion::SmallerMultiplier {
                    scale: d("10000"),
                    set_aside: d("1800000000000")
                }
            }
        );
        // Of the target's size in no reading: said, not scored as a miss.
        // 600 against `≥5万人`: 600万人 is 120 times the target, 600人 a little over its
        // hundredth: read as 600人.
        assert_eq!(converted("≥5万人", "600"), d("600"));
        assert_eq!(
            aligned("≥5万人", "6000000"),
            Aligned::Implausible {
                value: d("60000000000"),
                times: d("1200000")
            }
        );
        assert_eq!(
            aligned("≤50万元", "900000000"),
            Aligned::Implausible {
                value: d("9000000000000"),
                times: d("18000000")
            }
        );
    }

    /// Tester s15f F-A4: a rate line's bare `1` against a bare `100` is 100%, said as a guess;
    /// off a rate line, or against a target of at most 1, it stays a number.
    #[test]
    fn a_line_named_as_a_rate_or_a_share_is_a_rate() {
        for name in [
            "工程验收合格率",
            "覆盖率",
            "工程验收合格比例",
            "本地产品占比",
        ] {
            assert!(is_rate(name), "{name}");
        }
        for name in ["养护农村公路里程", "项目总成本", "比对次数"] {
            assert!(!is_rate(name), "{name}");
        }
    }

    #[test]
    fn a_bare_fraction_on_a_rate_line_against_a_bare_target() {
        let rate = |t: &str, a: &str| align(&q(t), &q(a), true);
        assert_eq!(
            rate("100", "1"),
            Aligned::Converted {
                value: d("100"),
                how: Conversion::RateFraction
            }
        );
        assert_eq!(
            rate("≥95", "0.98"),
            Aligned::Converted {
                value: d("98"),
                how: Conversion::RateFraction
            }
        );
        assert_eq!(rate("≥95", "98"), Aligned::Same);
        assert_eq!(rate("1", "1"), Aligned::Same);
        assert_eq!(rate("≥500", "1"), Aligned::Same);
        assert_eq!(aligned("100", "1"), Aligned::Same);
        // With `%` on the target it stays the plain fraction reading (a note, not a guess).
        assert_eq!(
            rate("≥90%", "0.95"),
            Aligned::Converted {
                value: d("95"),
                how: Conversion::Fraction
            }
        );
    }

    /// Tester s24 A1: `≥0.9` against `85%` was 85 / 0.9, capped at full marks. A bare target
    /// of at most 1 against a share above ten times it is a fraction: the aligned value is the
    /// actual as a fraction, and the conversion says the target's factor.
    #[test]
    fn a_bare_fraction_target_against_a_share() {
        let target_fraction = |t: &str, a: &str, per: &str| {
            assert_eq!(
                aligned(t, a),
                Aligned::Converted {
                    value: d(a.trim_end_matches(['%', '‰'])) / d(per),
                    how: Conversion::TargetFraction { per: d(per) }
                },
                "{t} vs {a}"
            );
        };
        target_fraction("≥0.9", "85%", "100");
        target_fraction("≥0.9", "95%", "100");
        target_fraction("1", "100%", "100");
        target_fraction("0.8-0.9", "85%", "100");
        target_fraction("≥0.9", "850‰", "1000");
        // A small share against a small bare target is the target's `%` left out.
        assert_eq!(aligned("≤1", "2%"), Aligned::Same);
        assert_eq!(aligned("≤0.5", "3%"), Aligned::Same);
        // Both fractions, or the target a count: as written.
        assert_eq!(aligned("≥0.9", "0.85"), Aligned::Same);
        assert_eq!(aligned("≥2", "85%"), Aligned::Same);
        // A conversion of the target: changes the number, a note, not a guess.
        let how = Conversion::TargetFraction { per: d("100") };
        assert!(how.changes_number() && !how.is_guess());
        assert_eq!(how.target_per(), Some(d("100")));
        assert_eq!(Conversion::Fraction.target_per(), None);
    }

    #[test]
    fn a_bare_fraction_target_on_a_rate_line_against_a_bare_share() {
        let rate = |t: &str, a: &str| align(&q(t), &q(a), true);
        assert_eq!(
            rate("≥0.9", "85"),
            Aligned::Converted {
                value: d("0.85"),
                how: Conversion::RateTargetFraction
            }
        );
        assert!(Conversion::RateTargetFraction.is_guess());
        // Above 100 it is no share; off a rate line a bare number stays a number.
        assert_eq!(rate("≥0.9", "150"), Aligned::Same);
        assert_eq!(aligned("≥0.9", "85"), Aligned::Same);
    }

    /// Tester s24 C8: `8.8` against `≥85%` is read as 8.8 %, but said as a guess: 88 % (a
    /// digit left out, or 8.8 out of 10) is nearer the target.
    #[test]
    fn a_bare_actual_far_below_its_share_is_doubted() {
        let how = |t: &str, a: &str| match aligned(t, a) {
            Aligned::Converted { value, how } => {
                assert_eq!(value, d(a), "{t} vs {a}: the reading stands");
                how
            }
            other => panic!("{t} vs {a}: {other:?}"),
        };
        let plain = Conversion::TargetUnit { scale: d("1") };
        assert_eq!(how("≥85%", "8.8"), Conversion::FarBelowShare);
        assert_eq!(how("85%", "9"), Conversion::FarBelowShare);
        assert_eq!(how("≥85%", "10"), Conversion::FarBelowShare);
        assert!(Conversion::FarBelowShare.is_guess());
        assert!(!Conversion::FarBelowShare.changes_number());
        // Ten times larger is no share (110 %), or the actual is nearer as it is.
        assert_eq!(how("≥85%", "11"), plain);
        assert_eq!(how("≥85%", "60"), plain);
        assert_eq!(how("≥5%", "3"), plain);
        // Under a ceiling a small actual is the achievement.
        assert_eq!(how("≤20%", "1.5"), plain);
    }

    #[test]
    fn every_unit_is_parsed_whole() {
        for (unit, ..) in UNITS {
            if unit.starts_with('万') || unit.starts_with('亿') {
                continue;
            }
            assert_eq!(&q(&format!("3{unit}")).unit, unit, "unit {unit}");
        }
    }
}
