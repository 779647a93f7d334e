//! Stage: load. The one parser for what forms write in their target (年度指标值) and actual
//! (实际完成值) columns, and in the indicator's own text. Everything the engine knows about a
//! target or an actual comes from [`parse`]; nothing else reads these texts. A 得分 cell is
//! read by [`score`]: [`parse`], but for full or no marks written in words (`满分`, `不得分`).
//!
//! Parsing never fails: text it cannot read becomes [`Value::Unreadable`], which the evaluator
//! turns into a finding on that indicator.

mod claim;
mod dates;
mod excel;
pub mod funds;
mod marks;
mod parse;
mod reason;
mod survey;
pub mod units;

pub use claim::{Claim, claim, claim_in_sentence};
pub use dates::{DateAnswer, date_answer, october_reading};
pub use excel::excel_error;
pub use funds::{Amount, FundsKind, amount, amount_of};

pub use marks::{Marks, Score, score};
pub use parse::{
    comparator_sign, date_time, extract_quantities, full_width_reading, is_blank,
    may_be_not_applicable, parse, remark, word_remark,
};
pub(crate) use parse::{full_width_number_at, invisible_name, is_invisible, without_invisible};
pub use reason::UnreadableReason;
pub use survey::{Survey, SurveyPart, SurveyProblem, survey};

/// The unit of a date read from a 时效 cell with its year (`2023年11月` → 202311 年月).
pub const DATE_UNIT: &str = "年月";
/// The unit of a date read without a year (`12月底前` → ≤ 12 月份).
pub const MONTH_UNIT: &str = "月份";
/// The unit of a date read with its day (`2023年11月20日` → 20231120 年月日), as a date typed
/// into a workbook cell is imported (#15).
pub const DAY_UNIT: &str = "年月日";
/// The unit of a date read with its day but no year (`12月31日前` → ≤ 1231 月日, tester s12
/// S1).
pub const MONTH_DAY_UNIT: &str = "月日";

impl Quantity {
    /// True for a date or deadline (`2023年11月底前`), compared as a date, not as an amount.
    pub fn is_date(&self) -> bool {
        self.unit == DATE_UNIT
            || self.unit == MONTH_UNIT
            || self.unit == DAY_UNIT
            || self.unit == MONTH_DAY_UNIT
    }
}

/// A target date and an actual date brought to one scale by [`comparable_dates`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatePair {
    /// The target as a comparable number (`yyyymm`, `yyyymmdd`, or without the year when
    /// neither side has one).
    pub target: Decimal,
    /// The actual on the same scale.
    pub actual: Decimal,
    /// True when one side's day was left out to compare at the month.
    pub at_month: bool,
    /// The form's year, when it was given to the side written without one (`12月底前` on a
    /// 2023 form is `2023年12月底前`).
    pub year_from_form: Option<i64>,
    /// True when the form's year went to the target (false: to the actual, or to neither).
    pub target_without_year: bool,
}

/// Why a target date and an actual date cannot be compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateDoubt {
    /// One side is not a date at all.
    NotDates,
    /// One side has a year, the other none, and the form says no year to give it: `12月底前`
    /// against `2024年1月` may be late or not.
    NoYear,
    /// A deadline with its day against an actual month in that same month (`12月20日前`
    /// against `2023年12月`).
    SameMonth,
}

/// A date's year (when written), month and day (when written).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateParts {
    /// The year, when written (`2024年10月底前`), else none (`12月底前`).
    pub year: Option<u32>,
    /// The month, 1 to 12.
    pub month: u32,
    /// The day, when written (`2023年11月20日`).
    pub day: Option<u32>,
}

impl DateParts {
    /// The parts of `q` when it is a date ([`Quantity::is_date`]), or — when `other` is a
    /// date — a bare month answering it (`9月` against `2024年10月底前`), as
    /// [`comparable_dates`] reads the pair; none otherwise.
    pub fn of(q: &Quantity, other: Option<&Quantity>) -> Option<DateParts> {
        date_parts(q).or_else(|| {
            let month = u32::try_from(q.value).ok().filter(|m| (1..=12).contains(m));
            let bare = q.unit == "月" && q.comparator.is_none() && q.upper.is_none();
            (bare && other.is_some_and(Quantity::is_date)).then_some(DateParts {
                year: None,
                month: month?,
                day: None,
            })
        })
    }
}

fn date_parts(q: &Quantity) -> Option<DateParts> {
    let v = u32::try_from(q.value).ok()?;
    let (year, month, day) = match q.unit.as_str() {
        DATE_UNIT => (Some(v / 100), v % 100, None),
        MONTH_UNIT => (None, v, None),
        DAY_UNIT => (Some(v / 10_000), v / 100 % 100, Some(v % 100)),
        MONTH_DAY_UNIT => (None, v / 100, Some(v % 100)),
        _ => return None,
    };
    Some(DateParts { year, month, day })
}

/// The last day of a month (February 29 when the year is not known).
fn month_end(year: Option<u32>, month: u32) -> u32 {
    match month {
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A target date and an actual date as two comparable numbers (tester s12 S1). A side written
/// without its year takes the form's year (`form_year`) when the other side has one; with no
/// year on the form that pair is a [`DateDoubt::NoYear`], never a comparison of `202311` with
/// `12`. Two sides both without a year are compared as written. A day against a month is
/// compared at the month (`at_month`); a deadline's day against an actual in the same month
/// cannot be told unless the day is the month's last.
pub fn comparable_dates(
    target: &Quantity,
    actual: &Quantity,
    form_year: Option<i64>,
) -> Result<DatePair, DateDoubt> {
    // `9月` alone reads as a number of months; answering a date target it is the month.
    let parts = |q: &Quantity, other: &Quantity| DateParts::of(q, Some(other));
    let (Some(mut t), Some(mut a)) = (parts(target, actual), parts(actual, target)) else {
        return Err(DateDoubt::NotDates);
    };
    let mut year_from_form = None;
    let target_without_year = t.year.is_none();
    if t.year.is_some() != a.year.is_some() {
        let year = form_year.and_then(|y| u32::try_from(y).ok());
        let Some(year) = year else {
            return Err(DateDoubt::NoYear);
        };
        for side in [&mut t, &mut a] {
            side.year.get_or_insert(year);
        }
        year_from_form = form_year;
    }
    let month = |d: &DateParts| d.year.unwrap_or(0) * 100 + d.month;
    let pair = |target: u32, actual: u32, at_month: bool| DatePair {
        target: Decimal::from(target),
        actual: Decimal::from(actual),
        at_month,
        year_from_form,
        target_without_year: target_without_year && year_from_form.is_some(),
    };
    match (t.day, a.day) {
        (Some(td), Some(ad)) => Ok(pair(month(&t) * 100 + td, month(&a) * 100 + ad, false)),
        (None, None) => Ok(pair(month(&t), month(&a), false)),
        (Some(td), None) if month(&t) == month(&a) && td < month_end(t.year, t.month) => {
            Err(DateDoubt::SameMonth)
        }
        _ => Ok(pair(month(&t), month(&a), true)),
    }
}

/// Exactly `text.trim()`. The readers and the parser trim every cell, nearly all of them
/// trimmed already, and `str::trim` decodes a character at each end and looks it up in
/// Unicode's white space (about 80 instructions a call, 27 M for 1,008 seed forms, #15 item
/// 6). Outside ASCII only characters encoded from `C2`, `E1`, `E2` or `E3` are white space:
/// a text whose first byte starts none and whose last character is none is its own trim,
/// told by a few bytes; any other text is handed to `str::trim`.
#[inline]
pub fn trim(text: &str) -> &str {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let ascii_space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return text;
    };
    let may_start = ascii_space(first) || matches!(first, 0xC2 | 0xE1..=0xE3);
    let may_end = ascii_space(last)
        || (n >= 2 && bytes.get(n - 2) == Some(&0xC2))
        || (n >= 3 && bytes.get(n - 3).is_some_and(|b| matches!(b, 0xE1..=0xE3)));
    match may_start || may_end {
        true => text.trim(),
        false => text,
    }
}

/// Exactly `text.contains(needle)`, for the short texts of cells: the needle's last byte is
/// looked for (a `memchr`) and the bytes before it compared. `str::contains` sets up a
/// substring searcher on every call, which costs more than the search of a short label (a
/// funds label is asked up to a dozen times, #15). A match of the bytes is a match of the
/// characters: UTF-8 never starts a character inside another.
pub(crate) fn has(text: &str, needle: &str) -> bool {
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    let Some((&last, _)) = needle.split_last() else {
        return true;
    };
    let start = needle.len() - 1;
    memchr::memchr_iter(last, hay.get(start..).unwrap_or_default())
        .any(|at| hay.get(at..at + needle.len()) == Some(needle))
}

/// True when two worded values say the same words: equal once whitespace — a line break
/// left inside a cell by a copy from Word, a web page or a PDF (`部分达成预期指标` /
/// `并具有一定效果`), padding — and a closing `。`/`.` are set aside. Chinese text has no spaces
/// between words, so a break inside it is a break in the layout, not in the words (#15, F12).
pub fn same_words(a: &str, b: &str) -> bool {
    let words = |t: &str| {
        let t = t.trim().trim_end_matches(['。', '.']);
        t.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<Vec<char>>()
    };
    words(a) == words(b)
}

/// A label without the points written after it, and those points: `产出指标(50分)` →
/// (`产出指标`, 50); `产出指标（５０分）` (full-width) likewise; `产出指标` → (`产出指标`, none).
pub fn label_points(text: &str) -> (&str, Option<Decimal>) {
    let t = text.trim();
    for (open, close) in [('(', ')'), ('（', '）')] {
        if let Some(body) = t.strip_suffix(close)
            && let Some(at) = body.rfind(open)
            && let Some(points) = body
                .get(at + open.len_utf8()..)
                .and_then(|p| p.trim().strip_suffix('分'))
            && let Ok(value) = full_width_reading(points)
                .as_deref()
                .unwrap_or(points)
                .trim()
                .parse::<Decimal>()
        {
            return (body.get(..at).unwrap_or("").trim_end(), Some(value));
        }
    }
    (t, None)
}

use rust_decimal::Decimal;
use serde::Serialize;

/// A comparator written before (≥, 大于等于, 不低于) or after (以上, 以下) a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparator {
    /// ≥ ≧ 大于等于 不低于 不少于 以上 达到
    Ge,
    /// > 大于 高于 超过
    Gt,
    /// ≤ ≦ 小于等于 不超过 不高于 以下 以内 控制在
    Le,
    /// < 小于 低于
    Lt,
    /// = 等于
    Eq,
}

impl Comparator {
    /// The symbol used in traces.
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::Ge => "≥",
            Comparator::Gt => ">",
            Comparator::Le => "≤",
            Comparator::Lt => "<",
            Comparator::Eq => "=",
        }
    }
}

/// A number with its comparator and unit, as read from a cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quantity {
    /// The comparator, if one was written.
    pub comparator: Option<Comparator>,
    /// The value with 万/亿 multipliers applied (`60万件` → 600000). Percentages keep their
    /// written number (`90%` → 90).
    pub value: Decimal,
    /// The unit after the multiplier (`件`, `元`, `%`, `人`, `级`), or empty when none was written.
    pub unit: String,
    /// True for ordinals such as `第三级` (value 3, unit `级`).
    pub ordinal: bool,
    /// The 万/亿 multiplier written before the unit (`90万元` → 10000), 1 when none: an actual
    /// written without unit is read with its target's (issue #15).
    #[serde(skip)]
    pub scale: Decimal,
    /// The upper end of a range target (`8000-9000人`: value 8000, upper 9000; `90%-95%`),
    /// none for a single number. A range is met from its lower end up, or — on an indicator
    /// the form or rules make reverse — at or below its upper end (tester's F21).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upper: Option<Decimal>,
}

/// What a target or actual cell says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Value {
    /// Nothing written (or only whitespace, `/`, `-`, `——`, `……`).
    Blank,
    /// Written as not applicable: `无`, `不涉及`, `本项目不涉及`, `不适用`.
    NotApplicable,
    /// A number, possibly with a comparator and unit.
    Quantity(Quantity),
    /// Words such as `达成预期指标`, `完成`, `影响程度(较高)`: matched against band labels by the rules.
    Qualitative {
        /// The text, trimmed.
        text: String,
    },
    /// Something that looks numeric but could not be read (e.g. `≥` with no number, `9O%`).
    Unreadable {
        /// The text, trimmed.
        text: String,
        /// Why it could not be read: worded from the catalogs when shown.
        #[serde(flatten)]
        reason: UnreadableReason,
    },
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use super::{label_points, same_words};

    proptest::proptest! {
        /// The fast search is `str::contains`, on the funds labels' characters and any others.
        #[test]
        fn has_is_contains(
            text in "[其中:：本年财政拨款资金总额合计结转余他补助级a-c ]{0,12}",
            needle in "[其中:本年财政拨款资金总额结转a-c]{0,4}",
        ) {
            proptest::prop_assert_eq!(super::has(&text, &needle), text.contains(needle.as_str()));
        }

        /// The fast trim is `str::trim`: on white space in and outside ASCII, the characters
        /// that share its lead bytes (`·` C2, `ᚁ` E1, `—` `…` E2, `。` `、` E3), Chinese text and
        /// characters outside the plane.
        #[test]
        fn trim_is_str_trim(
            text in "[ \t\n\r\u{b}\u{c}\u{1c}\u{85}\u{a0}\u{b7}\u{1680}\u{1681}\u{2003}\u{2014}\u{2026}\u{2028}\u{202f}\u{205f}\u{3000}\u{3001}\u{3002}达成预期指标a1%|\u{1f600}]{0,10}",
        ) {
            proptest::prop_assert_eq!(super::trim(&text), text.trim());
        }
    }

    /// Tester s12 S1: the year on one side only takes the form's year; without one the pair is
    /// a doubt, never `202311` against `12`; a day reads against a month at the month.
    #[test]
    fn dates_with_the_year_on_one_side_take_the_forms_year() {
        use super::{DateDoubt, comparable_dates, parse};
        let date = |t: &str| match parse(t) {
            super::Value::Quantity(q) => q,
            other => panic!("{t}: {other:?}"),
        };
        // (target, actual, at the month, the form's year given to the target / actual)
        type Read = (u32, u32, bool, &'static str);
        let cmp = |t: &str, a: &str, y: Option<i64>| -> Result<Read, DateDoubt> {
            let p = comparable_dates(&date(t), &date(a), y)?;
            let to = match (p.year_from_form, p.target_without_year) {
                (None, _) => "",
                (Some(_), true) => "target",
                (Some(_), false) => "actual",
            };
            let n = |d: rust_decimal::Decimal| u32::try_from(d).unwrap();
            Ok((n(p.target), n(p.actual), p.at_month, to))
        };
        let y = Some(2023);
        assert_eq!(
            cmp("12月底前", "2023年11月", y),
            Ok((202312, 202311, false, "target"))
        );
        assert_eq!(
            cmp("2023年10月底前", "9月", y),
            Ok((202310, 202309, false, "actual"))
        );
        assert_eq!(
            cmp("12月底前", "2024年1月", y),
            Ok((202312, 202401, false, "target"))
        );
        assert_eq!(
            cmp("12月31日前", "2023年12月20日", y),
            Ok((20231231, 20231220, false, "target"))
        );
        // The month's last day: the actual month is in time; an earlier day cannot be told.
        assert_eq!(
            cmp("12月31日前", "2023年12月", y),
            Ok((202312, 202312, true, "target"))
        );
        assert_eq!(
            cmp("12月20日前", "2023年12月", y),
            Err(DateDoubt::SameMonth)
        );
        assert_eq!(
            cmp("12月20日前", "2023年11月", y),
            Ok((202312, 202311, true, "target"))
        );
        assert_eq!(
            cmp("2023年11月底前", "2023年11月20日", None),
            Ok((202311, 202311, true, ""))
        );
        // No year on the form: a one-sided pair is not compared; both without a year are.
        assert_eq!(cmp("12月底前", "2020年11月", None), Err(DateDoubt::NoYear));
        assert_eq!(cmp("12月底前", "11月", None), Ok((12, 11, false, "")));
        assert_eq!(cmp("12月底前", "11月", y), Ok((12, 11, false, "")));
        assert_eq!(
            cmp("12月31日前", "12月20日", None),
            Ok((1231, 1220, false, ""))
        );
        assert_eq!(
            cmp("2023年6月前", "2023年5月完成", None),
            Ok((202306, 202305, false, ""))
        );
        assert_eq!(cmp("2023年6月前", "50%", y), Err(DateDoubt::NotDates));
        assert_eq!(cmp("2023年6月前", "13月", y), Err(DateDoubt::NotDates));
        assert_eq!(cmp("3个月", "2个月", y), Err(DateDoubt::NotDates));
        // February's last day depends on the year.
        assert_eq!(
            cmp("2月28日前", "2023年2月", y),
            Ok((202302, 202302, true, "target"))
        );
        assert_eq!(
            cmp("2月28日前", "2024年2月", Some(2024)),
            Err(DateDoubt::SameMonth)
        );
    }

    #[test]
    fn words_are_the_same_across_line_breaks_and_spaces() {
        assert!(same_words(
            "部分达成预期指标\n并具有一定效果",
            "部分达成预期指标并具有一定效果"
        ));
        assert!(same_words(" 达成预期指标。", "达成预期指标"));
        assert!(!same_words("达成预期指标", "未达成预期指标"));
    }

    use rust_decimal::Decimal;

    #[test]
    fn points_after_a_label_in_half_or_full_width() {
        let fifty = Some(Decimal::from(50));
        assert_eq!(label_points("产出指标(50分)"), ("产出指标", fifty));
        assert_eq!(label_points("产出指标（50分）"), ("产出指标", fifty));
        assert_eq!(label_points("产出指标（５０分）"), ("产出指标", fifty));
        assert_eq!(label_points("产出指标"), ("产出指标", None));
        assert_eq!(label_points("影响程度（较高）"), ("影响程度（较高）", None));
    }
}
