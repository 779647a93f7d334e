//! A page number between dashes split at its spaces: a PDF preview flattened onto one line
//! (`… 6.2万元 — 2 — 15 14.52 …`, tester s21 T4 after 广水 form 09) keeps the page mark
//! `— 2 —` as three cells, a dash, a number and a dash. Three such cells are far more often
//! cells of a form (`不适用 — 10 —`: a row's blank actual, its points and its blank score),
//! so they are a page mark only when the marks count up: another such mark in the stream is
//! the page before or after (`— 1 —` … `— 2 —`), or the mark is page 1 and stands among
//! other cells, not among a row's dashes (`— — 1 —`).

use super::super::grid::Cell;

/// How far (in cells) the next or previous page's mark is looked for: a page of a form
/// holds a few hundred cells at most, and the search stays bounded on hostile input.
const PAGE_CELLS: usize = 2_000;

/// True for a cell of dashes only (`—`, `-`, `－－`), the first and last piece of a split mark.
fn is_dash(text: &str) -> bool {
    // Told by its first byte (`-`, or E2 / EF for `—` `–` `‒` `―` `－`) before its characters.
    matches!(text.as_bytes().first(), Some(b'-' | 0xE2 | 0xEF))
        && text
            .chars()
            .all(|c| matches!(c, '-' | '—' | '–' | '－' | '‒' | '―'))
}

/// The page number of the mark split over `cells[i..i + 3]` (dash, 1–4 digits, dash).
fn number_at(cells: &[Cell], i: usize) -> Option<u32> {
    let [open, number, close] = cells.get(i..i.checked_add(3)?)? else {
        return None;
    };
    let digits = number.text.trim();
    let count = (1..=4).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    (is_dash(open.text.trim()) && count && is_dash(close.text.trim()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// 3 when `cells[i..]` opens a page mark split over three cells ([`number_at`]) that counts
/// with another mark near it, or that is page 1 with no dash cell beside it.
pub(super) fn pieces(cells: &[Cell], i: usize) -> Option<usize> {
    let n = number_at(cells, i)?;
    let dash_at = |k: Option<usize>| {
        k.and_then(|k| cells.get(k))
            .is_some_and(|c| is_dash(c.text.trim()))
    };
    let alone = !dash_at(i.checked_sub(1)) && !dash_at(i.checked_add(3));
    let lo = i.saturating_sub(PAGE_CELLS);
    let hi = cells.len().min(i.saturating_add(PAGE_CELLS));
    let counts = (lo..hi).any(|k| {
        // `k` and `i` are one mark apart at least: the number cell of a mark at `k` is
        // never `i`'s.
        k.abs_diff(i) >= 3
            && number_at(cells, k).is_some_and(|m| m.abs_diff(n) == 1 && (m < n) == (k < i))
    });
    (counts || (n == 1 && alone)).then_some(3)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::pieces;
    use crate::import::grid::Cell;

    fn cells<'a>(texts: &[&'a str]) -> Vec<Cell<'a>> {
        texts
            .iter()
            .enumerate()
            .map(|(k, t)| Cell {
                text: (*t).into(),
                number: k + 1,
                line: 1,
                numeric: false,
                across: 0,
            })
            .collect()
    }

    #[test]
    fn marks_that_count_up_are_page_marks() {
        let c = cells(&["a", "—", "1", "—", "b", "-", "2", "-", "c", "－", "3", "－"]);
        assert_eq!(pieces(&c, 1), Some(3));
        assert_eq!(pieces(&c, 5), Some(3));
        assert_eq!(pieces(&c, 9), Some(3));
        // A page 2 alone, and a page 1 after page 2 count nothing.
        let c = cells(&["a", "—", "2", "—", "b"]);
        assert_eq!(pieces(&c, 1), None);
        let c = cells(&["a", "—", "2", "—", "b", "—", "1", "—", "c"]);
        assert_eq!(pieces(&c, 1), None);
        // Page 1 alone among other cells is a mark.
        let c = cells(&["6.2万元", "—", "1", "—", "15"]);
        assert_eq!(pieces(&c, 1), Some(3));
    }

    #[test]
    fn numbers_between_a_rows_dashes_are_cells() {
        // A row with no actual and no score, its points 10 or 1: cells of the form.
        let c = cells(&["水源地保护", "不适用", "—", "10", "—", "社会效益指标"]);
        assert_eq!(pieces(&c, 2), None);
        let c = cells(&["水源地保护", "—", "—", "1", "—", "社会效益指标"]);
        assert_eq!(pieces(&c, 2), None);
        let c = cells(&["—", "1.5", "—", "—", "2", "—"]);
        assert_eq!(pieces(&c, 0), None);
        // Not three pieces: a dash run, a word, a dash.
        let c = cells(&["—", "一", "—"]);
        assert_eq!(pieces(&c, 0), None);
    }
}
