//! A figure a PDF's narrow column wrapped over two lines (session 24): a 年度指标值 `≥95%` in
//! a column two characters wide prints as `≥9` over `5%`, `≥10公里` as `≥10公` over `里`. A copy
//! of the page keeps the two lines apart — two cells of a text copied one cell a line or
//! flattened, two rows of a converter's `|` table — and read apart the row had a cell too many:
//! `≥9` was the target, `5%` the actual, the actual the 分值 … (a 99.26 form read as 89.73 with
//! two errors). The readers join the halves where the row's layout asks for one cell fewer
//! (`paragraphs`) or where the second row holds nothing but the halves' tails (`page_cut`);
//! this module says which two texts are halves of one figure.

use crate::value::{Value, parse};

/// The longest half of a cut figure, in characters: a column wraps a short cell.
const LONGEST_HALF: usize = 8;

/// The longest unit cut off a figure (`%`, `里`, `平方米`).
const LONGEST_UNIT: usize = 3;

/// `head` and `tail` joined when they are the two lines of one figure wrapped mid-way: the
/// digits cut (`≥9` + `5%`, `9` + `0%`, `1.` + `5万元`), the unit cut off (`≥95` + `%`,
/// `≥10公` + `里`), or a comparator alone on the first line (`≥` + `95%`, `不低于` + `90%`);
/// and the two together read as one quantity. `None` for anything else — two values side by
/// side (`≥95%` + `90%`), a name and its value, words.
pub(crate) fn cut_figure(head: &str, tail: &str) -> Option<String> {
    let (head, tail) = (head.trim(), tail.trim());
    let short = |t: &str| !t.is_empty() && t.chars().nth(LONGEST_HALF).is_none();
    if !short(head) || !short(tail) {
        return None;
    }
    let digit = |c: char| c.is_ascii_digit();
    let joined = format!("{head}{tail}");
    let Value::Quantity(q) = parse(&joined) else {
        return None;
    };
    let cut = if tail.starts_with(|c: char| digit(c) || c == '.') {
        // The digits cut, or a comparator alone before them.
        let words_only = !head.contains(digit) && !matches!(parse(head), Value::Quantity(_));
        head.ends_with(|c: char| digit(c) || c == '.') || (words_only && q.comparator.is_some())
    } else {
        // The unit cut off: the first line holds the number, the second only the unit's end.
        !tail.contains(digit)
            && head.contains(digit)
            && tail.chars().nth(LONGEST_UNIT).is_none()
            && !q.unit.is_empty()
            && q.unit.ends_with(tail)
    };
    cut.then_some(joined)
}

#[cfg(test)]
mod tests {
    use super::cut_figure;

    #[test]
    fn the_halves_of_a_wrapped_figure_are_one_figure() {
        for (head, tail, joined) in [
            ("≥9", "5%", "≥95%"),
            ("9", "0%", "90%"),
            ("≥95", "%", "≥95%"),
            ("≥10公", "里", "≥10公里"),
            ("≥10", "公里", "≥10公里"),
            ("≥", "95%", "≥95%"),
            ("不低于", "90%", "不低于90%"),
            ("1.", "5万元", "1.5万元"),
            ("≤50", "0万元", "≤500万元"),
        ] {
            assert_eq!(
                cut_figure(head, tail).as_deref(),
                Some(joined),
                "{head} {tail}"
            );
        }
        for (head, tail) in [
            ("≥95%", "90%"),
            ("≥95%", "以上"),
            ("指标1：完成", "率"),
            ("完成", "95%"),
            ("明显", "改善"),
            ("95", "达成预期指标"),
            ("", "95%"),
            ("≥95", ""),
        ] {
            assert_eq!(cut_figure(head, tail), None, "{head} {tail}");
        }
    }
}
