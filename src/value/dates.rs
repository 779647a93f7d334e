//! Stage: load. An actual read as a date because its target is one (tester s15f F-A3): the
//! ways officers write a month or a quarter in a 实际完成值 cell that [`parse`](super::parse)
//! does not read as a date on its own, since out of a deadline's context they are numbers or
//! words (`2022.12` is also a decimal). The evaluator asks [`date_answer`] only on a line whose
//! target is a date and whose actual is not one, and says the reading in a note.

use super::{DATE_UNIT, DAY_UNIT, MONTH_DAY_UNIT, MONTH_UNIT, Quantity};
use rust_decimal::Decimal;

/// How a [`date_answer`] read its cell, for the note that says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateAnswer {
    /// A year and month, or a month and day, written with a mark between them (`2022.12`,
    /// `2022-12`, `2022/12`, `12.31`).
    Month,
    /// A quarter (`Q4`, `第四季度`, `2022年四季度`), read as its last day.
    Quarter(u32),
}

/// The date an actual cell names when read against a date target: `2022.12`, `2022-12` or
/// `2022/12` (a year and a month), `12.31` (a month and a day, in the form's year), or a quarter — `Q4`, `4季度`, `第四季度`, `四季度`, with or
/// without the year before it (`2022年第四季度`, `2022Q4`) — read as the quarter's last day
/// (`2022年12月31日`; `12月31日` without a year, which takes the form's year as other dates
/// do). A closing `完成`, `底`, `末` or `前` is allowed; anything else reads as none.
pub fn date_answer(text: &str) -> Option<(Quantity, DateAnswer)> {
    let chars = super::parse::normalize(text);
    let s: String = chars.into_iter().collect();
    let s = s.trim_end_matches(['。', '.']);
    let s = ["完成", "完工", "前", "底", "末", "内"]
        .iter()
        .fold(s, |s, end| s.strip_suffix(end).unwrap_or(s));
    let s = s.trim_end_matches(['底', '末']);
    month(s)
        .map(|(y, m)| (date(Some(y), m, None), DateAnswer::Month))
        .or_else(|| month_day(s).map(|(m, d)| (date(None, m, Some(d)), DateAnswer::Month)))
        .or_else(|| {
            let (year, q) = quarter(s)?;
            let m = q * 3;
            let day = if q == 1 || q == 4 { 31 } else { 30 };
            Some((date(year, m, Some(day)), DateAnswer::Quarter(q)))
        })
}

/// `2022.1` read the other way: Excel shows a `2022.10` typed into a number cell as `2022.1`
/// (it drops the trailing 0 of a decimal), so a year, a point and the month 1 may be October
/// as well as January — both are said, and where they score apart neither is picked (s15
/// readings). The October reading (`2022年10月`) for such a text, trimmed; none for any other
/// (`2022.01`, `2022-1`, `2022.1月`: written as text, never shortened by Excel).
pub fn october_reading(text: &str) -> Option<Quantity> {
    let chars = super::parse::normalize(super::trim(text));
    let s: String = chars.into_iter().collect();
    let year = s.strip_suffix(".1")?;
    let (y, m) = month(&format!("{year}.10"))?;
    Some(date(Some(y), m, None))
}

/// `2022.12`, `2022-12`, `2022/12`, `2022.12月`: a year from 1900 to 2199 and a month.
fn month(s: &str) -> Option<(u32, u32)> {
    let s = s.strip_suffix('月').unwrap_or(s);
    let (year, month) = s.split_once(['.', '-', '/'])?;
    let digits = |t: &str, n: std::ops::RangeInclusive<usize>| {
        (n.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse::<u32>().ok())
            .flatten()
    };
    let year = digits(year, 4..=4).filter(|y| (1900..2200).contains(y))?;
    let month = digits(month, 1..=2).filter(|m| (1..=12).contains(m))?;
    Some((year, month))
}

/// `12.31`, `12-31`, `12/31`: a month and a day with a mark between them and no year (tester
/// s15r N4), which takes the form's year as `12月31日` does.
fn month_day(s: &str) -> Option<(u32, u32)> {
    let (month, day) = s.split_once(['.', '-', '/'])?;
    let digits = |t: &str| {
        (matches!(t.len(), 1 | 2) && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse::<u32>().ok())
            .flatten()
    };
    let month = digits(month).filter(|m| (1..=12).contains(m))?;
    let day = digits(day).filter(|d| (1..=31).contains(d))?;
    Some((month, day))
}

/// A quarter with the year before it when written: (`2022年第四季度` → (2022, 4)).
fn quarter(s: &str) -> Option<(Option<u32>, u32)> {
    let (year, rest) = match s.get(..4).and_then(|y| y.parse::<u32>().ok()) {
        Some(y)
            if (1900..2200).contains(&y)
                && s.get(..4)
                    .is_some_and(|t| t.bytes().all(|b| b.is_ascii_digit())) =>
        {
            let rest = s.get(4..).unwrap_or("");
            (Some(y), rest.strip_prefix('年').unwrap_or(rest))
        }
        _ => (None, s),
    };
    let rest = rest.strip_prefix('第').unwrap_or(rest);
    let n = if let Some(q) = rest.strip_prefix(['Q', 'q']) {
        q
    } else {
        rest.strip_suffix("季度")?
    };
    let q = match n {
        "1" | "一" => 1,
        "2" | "二" => 2,
        "3" | "三" => 3,
        "4" | "四" => 4,
        _ => return None,
    };
    Some((year, q))
}

fn date(year: Option<u32>, month: u32, day: Option<u32>) -> Quantity {
    let (value, unit) = match (year, day) {
        (Some(y), Some(d)) => ((y * 100 + month) * 100 + d, DAY_UNIT),
        (Some(y), None) => (y * 100 + month, DATE_UNIT),
        (None, Some(d)) => (month * 100 + d, MONTH_DAY_UNIT),
        (None, None) => (month, MONTH_UNIT),
    };
    Quantity {
        comparator: None,
        value: Decimal::from(value),
        unit: unit.to_owned(),
        ordinal: false,
        scale: Decimal::ONE,
        upper: None,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(u32, &'static str, DateAnswer)> {
        let (q, how) = date_answer(text)?;
        let unit = [DATE_UNIT, DAY_UNIT, MONTH_DAY_UNIT, MONTH_UNIT]
            .into_iter()
            .find(|u| *u == q.unit)
            .unwrap();
        Some((u32::try_from(q.value).unwrap(), unit, how))
    }

    #[test]
    fn a_year_and_month_with_a_mark_between() {
        for t in [
            "2022.12",
            "2022-12",
            "2022/12",
            "２０２２．１２",
            "2022.12月",
            "2022.12前完成",
        ] {
            assert_eq!(read(t), Some((202212, DATE_UNIT, DateAnswer::Month)), "{t}");
        }
        assert_eq!(read("2022.1"), Some((202201, DATE_UNIT, DateAnswer::Month)));
        for t in [
            "2022.13",
            "22.12",
            "2022.",
            "2022.12.5.1",
            "96.5",
            "2022.123",
        ] {
            assert_eq!(read(t), None, "{t}");
        }
    }

    /// `2022.1` may be a `2022.10` Excel shows without its 0: only a year, a point and 1.
    #[test]
    fn a_year_point_one_may_be_october() {
        let oct = |t: &str| october_reading(t).map(|q| u32::try_from(q.value).unwrap());
        assert_eq!(oct("2022.1"), Some(202210));
        assert_eq!(oct(" ２０２２．１ "), Some(202210));
        for t in [
            "2022.10",
            "2022.01",
            "2022-1",
            "2022/1",
            "2022.1月",
            "2022.11",
            "12.1",
            "1899.1",
        ] {
            assert_eq!(oct(t), None, "{t}");
        }
    }

    /// Tester s15r N4: `12.31` against a deadline is 31 December of the form's year; a month
    /// past 12 or a day past 31 is none.
    #[test]
    fn a_month_and_day_with_a_mark_between() {
        for t in ["12.31", "12-31", "12/31", "12.31前"] {
            assert_eq!(
                read(t),
                Some((1231, MONTH_DAY_UNIT, DateAnswer::Month)),
                "{t}"
            );
        }
        assert_eq!(
            read("12.5"),
            Some((1205, MONTH_DAY_UNIT, DateAnswer::Month))
        );
        for t in ["13.1", "12.32", "96.5", "0.98", "12.345"] {
            assert_eq!(read(t), None, "{t}");
        }
    }

    #[test]
    fn a_quarter_is_its_last_day() {
        let q4 = Some((1231, MONTH_DAY_UNIT, DateAnswer::Quarter(4)));
        for t in [
            "Q4",
            "q4",
            "第四季度",
            "四季度",
            "4季度",
            "第4季度",
            "四季度末",
            "Q4完成",
        ] {
            assert_eq!(read(t), q4, "{t}");
        }
        let with_year = Some((20221231, DAY_UNIT, DateAnswer::Quarter(4)));
        for t in ["2022年第四季度", "2022年Q4", "2022Q4", "2022年四季度完成"] {
            assert_eq!(read(t), with_year, "{t}");
        }
        assert_eq!(
            read("2023年第二季度"),
            Some((20230630, DAY_UNIT, DateAnswer::Quarter(2)))
        );
        assert_eq!(
            read("Q3"),
            Some((930, MONTH_DAY_UNIT, DateAnswer::Quarter(3)))
        );
        for t in ["Q5", "第五季度", "季度", "每季度", "按季度"] {
            assert_eq!(read(t), None, "{t}");
        }
    }
}
