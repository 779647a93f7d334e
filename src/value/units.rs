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
}

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
}

impl Conversion {
    /// Whether the conversion changed the number (the user should see it, not only the trace).
    pub fn changes_number(&self) -> bool {
        match self {
            Conversion::TargetUnit { scale } => *scale != Decimal::ONE,
            Conversion::Fraction | Conversion::Table => true,
        }
    }
}

/// The family of a unit and its size in the family's base unit (numerator, denominator).
pub(crate) fn lookup(unit: &str) -> Option<(&'static str, u64, u64)> {
    UNITS
        .iter()
        .find(|(u, ..)| *u == unit)
        .map(|(_, family, num, den)| (*family, *num, *den))
}

/// The actual re-expressed in the target's unit: the unit table for units of one family,
/// the target's unit and multiplier for an actual written without one.
pub fn align(target: &Quantity, actual: &Quantity) -> Aligned {
    if target.unit == actual.unit && (target.scale == actual.scale || !actual.unit.is_empty()) {
        return Aligned::Same;
    }
    if actual.unit.is_empty() && actual.scale == Decimal::ONE {
        return bare_actual(target, actual);
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

/// An actual written as a bare number: a fraction against a percentage, else the target's
/// unit and multiplier.
fn bare_actual(target: &Quantity, actual: &Quantity) -> Aligned {
    let per = match target.unit.as_str() {
        "%" => Some(Decimal::ONE_HUNDRED),
        "‰" => Some(Decimal::ONE_THOUSAND),
        _ => None,
    };
    if let Some(per) = per
        && target.value > Decimal::ONE
        && actual.value > Decimal::ZERO
        && actual.value <= Decimal::ONE
    {
        return match actual.value.checked_mul(per) {
            Some(value) => Aligned::Converted {
                value: value.normalize(),
                how: Conversion::Fraction,
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
                how: Conversion::TargetUnit {
                    scale: Decimal::ONE,
                },
            }
        };
    }
    match actual.value.checked_mul(target.scale) {
        Some(value) => Aligned::Converted {
            value: value.normalize(),
            how: Conversion::TargetUnit {
                scale: target.scale,
            },
        },
        None => Aligned::TooLarge,
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
        align(&q(t), &q(a))
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
