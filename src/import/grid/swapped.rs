//! A funds row whose 全年执行数 and 执行率 cells stand in each other's place (tester s9 F6: a
//! PDF copy, one cell a line, gave `200 180 95% 10 171 10`): the 执行数 cell holds a percent
//! and the 执行率 cell an amount. The template fixes B / A = 执行率, so when the amount over
//! 全年预算数 (A) is that percent, the two cells are read back in their places, with a note;
//! read as they stood, the row had no amount spent and execution scored 0.

use rust_decimal::Decimal;

/// The index in `values` of the 全年执行数 and the 执行率 cells (their columns, `columns[i]`,
/// are 2 and 4 as [`super::FUNDS_KEYS`] orders them) when they are swapped: the 执行数 cell
/// is a percent `p%`, the 执行率 cell a plain amount `b`, and `b / A` is `p%` to the
/// precision `p` is written with.
pub(super) fn spent_and_rate(values: &[String], columns: &[usize]) -> Option<(usize, usize)> {
    let at = |column: usize| columns.iter().position(|&c| c == column);
    let (a, b, r) = (at(1)?, at(2)?, at(4)?);
    let number = |text: &str| text.trim().parse::<Decimal>().ok();
    let percent = values.get(b)?.trim().strip_suffix(['%', '％'])?;
    let p = number(percent)?;
    let budget = number(values.get(a)?)?;
    let spent = number(values.get(r)?)?;
    if budget <= Decimal::ZERO || spent <= Decimal::ZERO {
        return None;
    }
    let ratio = spent
        .checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(budget)?;
    // Half a unit of the percent's last written place: 95% stands for 94.5% to 95.5%.
    let half = Decimal::new(5, p.scale() + 1);
    ((ratio - p).abs() <= half).then_some((b, r))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn a_percent_in_the_spent_cell_and_its_amount_in_the_rate_cell_are_swapped() {
        let columns = [0, 1, 2, 3, 4, 5];
        let swapped = row(&["200", "180", "95%", "10", "171", "10"]);
        assert_eq!(spent_and_rate(&swapped, &columns), Some((2, 4)));
        let decimals = row(&["200", "180", "95.00%", "10", "171", "10"]);
        assert_eq!(spent_and_rate(&decimals, &columns), Some((2, 4)));
    }

    #[test]
    fn cells_that_are_not_each_other_s_stay() {
        let columns = [0, 1, 2, 3, 4, 5];
        for cells in [
            ["200", "180", "171", "10", "95%", "10"],
            ["200", "180", "90%", "10", "171", "10"],
            ["200", "0", "95%", "10", "171", "10"],
            ["200", "180", "95%", "10", "", "10"],
        ] {
            assert_eq!(spent_and_rate(&row(&cells), &columns), None, "{cells:?}");
        }
    }
}
