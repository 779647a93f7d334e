//! The glued standard template's runs of figures cut into numbers by what the template fixes
//! (tester s9 F5, #15 item 1): funds figures into the header's columns, an indicator row's
//! values, 分值 and 得分, the 总分 row's 分值 and 得分. Pure functions over text.

use super::{DASHES, Reading, RowCut, text};
use crate::import::glued_text::sichuan::figures::{number, splits};
use crate::import::glued_text::{date_end, value_ends};
use rust_decimal::Decimal;

/// Every reading of the 总分 row's digits: 分值 and 得分 (得分 ≤ 分值), or the 分值 alone.
pub(super) fn total_readings(written: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = points_and_score(written)
        .into_iter()
        .map(|(p, s)| {
            let mut cells = vec![p];
            cells.extend(s);
            cells
        })
        .collect();
    // The 分值 alone is no more than 100: `100100` is 100 | 100, never a 分值 of 100100.
    let alone = number(written).is_some_and(|n| n <= Decimal::ONE_HUNDRED);
    if alone && !out.iter().any(|c| c.len() == 1) {
        out.push(vec![written.to_owned()]);
    }
    out
}

/// Every split of a run of digits into 分值 and 得分 (得分 ≤ 分值 ≤ 100), and the 分值 alone
/// (≤ 100).
pub(super) fn points_and_score(figures: &str) -> Vec<(String, Option<String>)> {
    let hundred = Decimal::ONE_HUNDRED;
    let mut out = Vec::new();
    for parts in splits(figures, 2) {
        let (Some(p), Some(s)) = (
            parts.first().and_then(|t| number(t)),
            parts.get(1).and_then(|t| number(t)),
        ) else {
            continue;
        };
        let places = |t: Option<&&str>| t.and_then(|t| t.split('.').nth(1)).map_or(0, str::len);
        if s <= p
            && p <= hundred
            && !p.is_zero()
            && places(parts.first()) <= 2
            && places(parts.get(1)) <= 2
        {
            out.push((
                parts.first().map_or(String::new(), |t| (*t).to_owned()),
                parts.get(1).map(|t| (*t).to_owned()),
            ));
        }
    }
    if number(figures).is_some_and(|p| p <= hundred && !p.is_zero()) {
        out.push((figures.to_owned(), None));
    }
    out
}

/// An indicator row's values starting at `p` (after its 三级指标): the row and where it ends.
///
/// A date (`2023年12月底前`, `2023年11月`) is one block: its digits are never the row's
/// figures, nor is a cell cut inside it (tester s12 S8: `2023年 | 1 | 2` and a phantom row
/// `月底前`). A row whose target is a date and whose values cannot be read is handed on with
/// no reading, so the form stops there with a note instead of a guessed row. An actual does
/// not end inside the number of an actual carrying the target's unit (`190万元1010` after
/// `≤200万元` is `190万元 | 10 | 10`, never `1 | 9 | 0`).
pub(super) fn row_at(chars: &[char], p: usize) -> Option<(RowCut, usize)> {
    if let Some(found) = not_applicable_at(chars, p) {
        return Some(found);
    }
    let digit = |k: usize| chars.get(k).is_some_and(char::is_ascii_digit);
    let dated = date_end(chars, p);
    let targets = match dated {
        Some(d) => vec![d],
        None => value_ends(chars, p),
    };
    for t_end in targets.into_iter().rev() {
        // A target does not end inside a run of digits.
        if digit(t_end - 1) && digit(t_end) {
            continue;
        }
        let mut readings = Vec::new();
        let mut end = t_end;
        for a_end in actual_ends(chars, p, t_end) {
            let d_end = a_end
                + chars
                    .iter()
                    .skip(a_end)
                    .take_while(|c| c.is_ascii_digit() || **c == '.')
                    .count();
            if d_end == a_end || chars.get(d_end).is_some_and(|c| *c == '%') {
                continue;
            }
            let figures = text(chars, a_end, d_end);
            for (points, score) in points_and_score(&figures) {
                readings.push(Reading {
                    actual: text(chars, t_end, a_end),
                    points,
                    score,
                });
            }
            end = end.max(d_end);
        }
        if !readings.is_empty() || dated.is_some() {
            if readings.is_empty() {
                // Unread: the text after the date up to the end of its figures, for the note.
                let words = chars.iter().skip(t_end).take_while(|c| !c.is_ascii_digit());
                let at = t_end + words.count();
                let figures = chars
                    .iter()
                    .skip(at)
                    .take_while(|c| c.is_ascii_digit() || **c == '.');
                end = at + figures.count();
            }
            let row = RowCut {
                name: String::new(),
                target: text(chars, p, t_end),
                written: text(chars, t_end, end),
                readings,
                fixed: Vec::new(),
                reason: String::new(),
            };
            return Some((row, end));
        }
    }
    None
}

/// Where the 实际完成值 after a target `p..t_end` may end: a date as one block; otherwise
/// [`value_ends`], less the ends inside the number of an actual written with the target's
/// unit.
fn actual_ends(chars: &[char], p: usize, t_end: usize) -> Vec<usize> {
    if let Some(d) = date_end(chars, t_end) {
        return vec![d];
    }
    let ends = value_ends(chars, t_end);
    let unit: String = chars
        .get(p..t_end)
        .unwrap_or_default()
        .iter()
        .rev()
        .take_while(|c| !c.is_ascii_digit())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let with_unit = ends
        .iter()
        .copied()
        .filter(|_| !unit.is_empty())
        .find(|&e| text(chars, t_end, e).ends_with(&unit));
    let digit = |k: usize| chars.get(k).is_some_and(char::is_ascii_digit);
    ends.into_iter()
        .filter(|&e| with_unit.is_none_or(|u| e >= u || !digit(e)))
        .collect()
}

/// A not-applicable row's values at `p`: `不适用` and the dashes of its empty cells.
pub(super) fn not_applicable_at(chars: &[char], p: usize) -> Option<(RowCut, usize)> {
    let word: Vec<char> = "不适用".chars().collect();
    if chars.get(p..p + word.len()) != Some(&word[..]) {
        return None;
    }
    let at = p + word.len();
    let dashes = chars
        .iter()
        .skip(at)
        .take_while(|c| DASHES.contains(c))
        .count();
    // Each empty cell one dash (`———`), or every cell the same run of them (`——————`).
    let per_cell = match dashes {
        0..=3 => 1,
        n if n % 3 == 0 => n / 3,
        n if n % 2 == 0 => 2,
        _ => 1,
    };
    let fixed: Vec<String> = chars
        .get(at..at + dashes)
        .unwrap_or_default()
        .chunks(per_cell)
        .map(|c| c.iter().collect())
        .collect();
    let row = RowCut {
        name: String::new(),
        target: "不适用".to_owned(),
        written: text(chars, p, at + dashes),
        readings: Vec::new(),
        fixed,
        reason: String::new(),
    };
    Some((row, at + dashes))
}

/// The funds total row's figures split into `columns`: B / A × 100 the written rate (within
/// 0.5), the 得分 no more than the 分值, each number as a form writes it; the 得分 may be
/// missing (a form not scored). None when no split or several fit.
pub(super) fn split_funds(figures: &str, columns: &[&str]) -> Option<Vec<String>> {
    let find = |names: &[&str]| columns.iter().position(|c| names.contains(c));
    let a = find(&["全年预算数(A)", "全年预算数", "年初预算数(A)"])?;
    let b = find(&["全年执行数(B)", "全年执行数"])?;
    let rate = find(&["执行率(B/A)", "执行率"])?;
    let (before, after) = figures.split_once('%')?;
    let mut fits: Vec<Vec<String>> = Vec::new();
    let widths = match columns.last() == Some(&"得分") {
        true => vec![columns.len(), columns.len() - 1],
        false => vec![columns.len()],
    };
    for width in widths {
        let head = splits(before, rate + 1);
        let tail = match width - rate - 1 {
            0 if after.is_empty() => vec![Vec::new()],
            0 => Vec::new(),
            n => splits(after, n),
        };
        for h in &head {
            for t in &tail {
                let cells: Vec<&str> = h.iter().chain(t.iter()).copied().collect();
                if funds_fit(&cells, columns, (a, b, rate)) {
                    let mut cells: Vec<String> = cells.iter().map(|c| (*c).to_owned()).collect();
                    if let Some(r) = cells.get_mut(rate) {
                        r.push('%');
                    }
                    fits.push(cells);
                }
            }
        }
        if !fits.is_empty() {
            break;
        }
    }
    // Several splits fit (`202010100.00%10`: 20 | 20 | 10 | 100.00% | 10, or 2020 | 10 | 10 |
    // 0.00% | 10, a rate of 0.495% rounded): the one whose 得分 is its 分值 × 执行率 (within 1,
    // as a form rounds it) is the form's, when only one is (tester s17w F3).
    if fits.len() > 1 {
        let (points, score) = (find(&["分值"]), find(&["得分"]));
        let consistent = |cells: &Vec<String>| {
            let value = |k: Option<usize>| {
                k.and_then(|k| cells.get(k))
                    .and_then(|t| number(t.trim_end_matches('%')))
            };
            match (value(points), value(Some(rate)), value(score)) {
                (Some(p), Some(r), Some(s)) => p
                    .checked_mul(r.min(Decimal::ONE_HUNDRED))
                    .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED))
                    .is_some_and(|x| (x - s).abs() <= Decimal::ONE),
                _ => false,
            }
        };
        fits.retain(consistent);
    }
    match fits.len() {
        1 => fits.pop(),
        _ => None,
    }
}

/// True when a split of the funds figures fits the template.
pub(super) fn funds_fit(
    cells: &[&str],
    columns: &[&str],
    (a, b, rate): (usize, usize, usize),
) -> bool {
    let value = |k: usize| cells.get(k).and_then(|t| number(t));
    let (Some(av), Some(bv), Some(rv)) = (value(a), value(b), value(rate)) else {
        return false;
    };
    let rate_fits = match av.is_zero() {
        true => bv.is_zero() && rv.is_zero(),
        false => bv
            .checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|x| x.checked_div(av))
            .is_some_and(|c| (c - rv).abs() <= Decimal::new(5, 1)),
    };
    let at = |name: &str| columns.iter().position(|c| *c == name);
    // Points, scores and rates are written with at most two decimals.
    let two_places = [at("分值"), at("得分"), Some(rate)]
        .into_iter()
        .flatten()
        .all(|k| {
            cells
                .get(k)
                .is_none_or(|t| t.split('.').nth(1).is_none_or(|d| d.len() <= 2))
        });
    if !two_places {
        return false;
    }
    let points = at("分值").and_then(value);
    let score = at("得分").and_then(value);
    let points_fit = points.is_none_or(|p| p <= Decimal::ONE_HUNDRED && !p.is_zero());
    let score_fits = match (points, score) {
        (Some(p), Some(s)) => s <= p,
        _ => true,
    };
    rate_fits && points_fit && score_fits
}

/// A 其中 row's figures written as the total row's first ones (`809583.6` under
/// `80, 95, 83.6, …`): split as they are; dashes after them are empty cells, one a dash
/// (`200200190--` under `200, 200, 190, …` → 200, 200, 190, -, -; tester s12 S8).
pub(super) fn split_like(figures: &str, total: &[String]) -> Option<Vec<String>> {
    let digits = figures.trim_end_matches(DASHES);
    let dashes = figures.get(digits.len()..).unwrap_or_default();
    let mut joined = String::new();
    for (k, cell) in total.iter().enumerate() {
        joined.push_str(cell);
        if joined == digits {
            let mut cells: Vec<String> = total.iter().take(k + 1).cloned().collect();
            cells.extend(dashes.chars().map(String::from));
            return Some(cells);
        }
        if !digits.starts_with(&joined) {
            return None;
        }
    }
    None
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    /// (target, [actual | points | score] of each reading, what is left after the row).
    fn row(text: &str) -> (String, Vec<String>, String) {
        let c = chars(text);
        let (row, end) = row_at(&c, 0).unwrap();
        let readings = row
            .readings
            .iter()
            .map(|r| {
                format!(
                    "{} | {} | {}",
                    r.actual,
                    r.points,
                    r.score.clone().unwrap_or_default()
                )
            })
            .collect();
        (row.target, readings, super::text(&c, end, c.len()))
    }

    /// Tester s12 S8: the dated line and the cost line of form A glued.
    #[test]
    fn a_dated_row_and_an_actual_with_the_targets_unit_are_cut_once() {
        let (target, readings, rest) = row("2023年12月底前2023年11月1010成本指标");
        assert_eq!(target, "2023年12月底前");
        assert_eq!(readings, ["2023年11月 | 10 | 10"]);
        assert_eq!(rest, "成本指标");
        let (target, readings, _) = row("≤200万元190万元1010效益指标");
        assert_eq!(target, "≤200万元");
        assert_eq!(readings, ["190万元 | 10 | 10"]);
        let (_, readings, _) = row("≥3万人2.7万人1513.5部分村庄");
        assert_eq!(readings, ["2.7万人 | 15 | 13.5"]);
        // An actual without the target's unit still ends where its digits allow.
        let (_, readings, _) = row("≥50处521010");
        assert!(
            readings.contains(&"52 | 10 | 10".to_owned()),
            "{readings:?}"
        );
    }

    /// A dated row whose values cannot be read is handed on unread, so the form stops there
    /// with a note, and no row is cut inside the date (`月底前` as a name).
    #[test]
    fn a_dated_row_that_cannot_be_read_has_no_reading() {
        let (target, readings, rest) = row("2023年12月底前提前完成1010");
        assert_eq!(target, "2023年12月底前");
        assert!(readings.is_empty());
        // The text up to the end of its figures goes with it, into the note.
        assert_eq!(rest, "");
    }
}
