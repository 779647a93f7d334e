//! An execution rate written as a bare fraction in text (#15, tester s8 F1): Excel's tab copy
//! of a workbook or a dump without cell formats writes the 95% a cell shows as `0.95`. A
//! workbook's numeric cell says it stored a number (read as a percentage with a `guessed`
//! note, see `Form::keep_funds`); text does not, so `0.95` was read as 0.95% — a
//! `rate-mismatch` beside B/A = 95%, and on a form whose other cells were misread, an
//! execution score of 0.9. The row's own amounts decide: when B / A, rounded to the decimals
//! written, is the bare number, the rate is that fraction as a percentage — no other reading
//! of the row fits — and read so with a `recognised` note. So is B / A cut (not rounded) to
//! the decimals written, two or more (tester s22 A1: `0.958` for 27.8 / 29 = 0.95862, as the
//! Anhui forms cut their figures); one decimal is too coarse to confirm a reading.

use super::{Cell, FUNDS_KEYS};
use crate::value::{Amount, amount};
use rust_decimal::Decimal;

/// The index in `values` of a rate written as a bare fraction that the row's amounts confirm,
/// and the percentage it reads as (`0.95` → `95%`). `columns` are the funds keys of `values`;
/// `cells` the cells they came from (a workbook's numeric cell is left to the workbook rule).
pub(super) fn confirmed_fraction(
    values: &[String],
    columns: &[usize],
    cells: &[&Cell],
) -> Option<(usize, String, Confirmed)> {
    let at = |key: usize| columns.iter().position(|&c| c == key);
    let rate_at = at(4)?;
    if cells.get(rate_at).is_some_and(|c| c.numeric) {
        return None;
    }
    let written = values.get(rate_at)?.trim();
    let fraction: Decimal = written.parse().ok()?;
    if fraction <= Decimal::ZERO || fraction > Decimal::TWO {
        return None;
    }
    let money = |key: usize| match amount(values.get(at(key)?)?) {
        Amount::Value(d) => Some(d),
        _ => None,
    };
    let (full_year, spent) = (money(1)?, money(2)?);
    let ratio = spent.checked_div(full_year)?;
    let places = fraction.scale();
    let how = if ratio.round_dp(places) == fraction {
        Confirmed::Rounded
    } else if places >= 2
        && ratio.round_dp_with_strategy(places, rust_decimal::RoundingStrategy::ToZero) == fraction
    {
        Confirmed::Cut(ratio.round_dp(places + 2).normalize())
    } else {
        return None;
    };
    let percent = fraction.checked_mul(Decimal::ONE_HUNDRED)?;
    debug_assert!(FUNDS_KEYS.get(4) == Some(&"rate"));
    Some((rate_at, format!("{}%", percent.normalize()), how))
}

/// How the row's B / A confirms a bare fraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Confirmed {
    /// B / A rounded to the decimals written is the fraction.
    Rounded,
    /// B / A (given here to two more decimals) cut to the decimals written is the fraction.
    Cut(Decimal),
}

/// A funds row short of cells whose percentage, read in column order, falls before the rate
/// column (tester s21 A3, 丽江: `其中:當年財政撥款 | 7.29 | 7.29 | 7.29 | 100%` under `年初预算数 |
/// 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分`, the template leaving 分值 and 得分 blank on
/// a sub-row, read `分值 = 100%`). A value with `%` in a funds row is an execution rate, never
/// 分值 or 得分: the row with blanks put before it so that it stands under the rate column, and
/// where it was put (its index in `values`, the number of blanks); none when no `%` value
/// stands before the rate column or the row would not fit. Asked of short rows only: a rate is
/// told by its last character before any other test.
pub(super) fn shifted_rate(
    values: &[String],
    columns: &[usize],
) -> Option<(Vec<String>, usize, usize)> {
    let at = values.iter().position(|v| v.trim_end().ends_with('%'))?;
    let rate_at = columns.iter().position(|&c| c == 4)?;
    let blanks = rate_at.checked_sub(at).filter(|&n| n > 0)?;
    if values.len() + blanks > columns.len() {
        return None;
    }
    let mut out = Vec::with_capacity(values.len() + blanks);
    out.extend(values.get(..at)?.iter().cloned());
    out.resize(rate_at, String::new());
    out.extend(values.get(at..)?.iter().cloned());
    Some((out, at, blanks))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shifted(values: &[&str], columns: &[usize]) -> Option<Vec<String>> {
        let values: Vec<String> = values.iter().map(|v| (*v).to_owned()).collect();
        shifted_rate(&values, columns).map(|(out, _, _)| out)
    }

    #[test]
    fn a_percentage_before_the_rate_column_moves_under_it() {
        // Central 2020 order: 年初 全年 执行 分值 执行率 得分.
        let central = [0, 1, 2, 3, 4, 5];
        assert_eq!(
            shifted(&["7.29", "7.29", "7.29", "100%"], &central),
            Some(
                vec!["7.29", "7.29", "7.29", "", "100%"]
                    .into_iter()
                    .map(String::from)
                    .collect()
            )
        );
        // Already under the rate column (Sichuan order 年初 调整后 执行 执行率 权重 得分), no `%`,
        // or too many cells to move: as read.
        let sichuan = [0, 1, 2, 4, 3, 5];
        assert_eq!(
            shifted(&["0.00", "3.36", "3.36", "100.00%", "/", "/"], &sichuan),
            None
        );
        assert_eq!(shifted(&["7.29", "7.29", "7.29", "10"], &central), None);
        assert_eq!(
            shifted(&["7.29", "7.29", "7.29", "100%", "a", "b"], &central),
            None
        );
        assert_eq!(shifted(&[], &central), None);
    }

    fn read(values: &[&str]) -> Option<(usize, String)> {
        let values: Vec<String> = values.iter().map(|v| (*v).to_owned()).collect();
        let cell = Cell::default();
        let cells = vec![&cell; values.len()];
        confirmed_fraction(&values, &[0, 1, 2, 4, 3, 5], &cells).map(|(at, read, _)| (at, read))
    }

    /// Tester s22 A1: 27.8 / 29 = 0.958620… written `0.958`, cut to three decimals.
    #[test]
    fn a_fraction_cut_to_the_decimals_written_is_confirmed_too() {
        let values: Vec<String> = ["29", "29", "27.8", "0.958", "9", "8"]
            .iter()
            .map(|v| (*v).to_owned())
            .collect();
        let cell = Cell::default();
        let cells = vec![&cell; values.len()];
        let read = confirmed_fraction(&values, &[0, 1, 2, 4, 3, 5], &cells);
        assert_eq!(
            read,
            Some((
                3,
                "95.8%".to_owned(),
                Confirmed::Cut(Decimal::new(95862, 5))
            ))
        );
        // One decimal cut confirms nothing: 0.9 for 0.95 stays as written.
        assert_eq!(read_raw(&["500", "560", "532", "0.9"]), None);
        // Cut too far: 0.957 is neither B / A rounded nor cut.
        assert_eq!(read_raw(&["29", "29", "27.8", "0.957"]), None);
    }

    fn read_raw(values: &[&str]) -> Option<(usize, String)> {
        read(values)
    }

    #[test]
    fn a_bare_fraction_is_read_as_a_percentage_when_b_over_a_is_it() {
        assert_eq!(
            read(&["500", "560", "532", "0.95", "10", "9.5"]),
            Some((3, "95%".to_owned()))
        );
        assert_eq!(
            read(&["1,500.00", "1,680.00", "1,596.00", "0.9500"]),
            Some((3, "95%".to_owned()))
        );
        assert_eq!(read(&["0", "80", "80", "1"]), Some((3, "100%".to_owned())));
        // A rate B / A does not confirm, a percentage, a plain percent figure, no amounts.
        assert_eq!(read(&["500", "560", "532", "0.9"]), None);
        assert_eq!(read(&["500", "560", "532", "95%"]), None);
        assert_eq!(read(&["500", "560", "532", "95"]), None);
        assert_eq!(read(&["", "", "", "0.95"]), None);
        assert_eq!(read(&["0", "0", "0", "0"]), None);
    }
}
