//! Stage: load. A 得分 (self-score) cell written in words: `满分`, `满分10分`, `得满分`,
//! `全部得分`, `全得` are the line's full points; `不得分`, `未得分`, `零分` are 0. Departments
//! write full marks this way as a matter of course (tester s11c H1).
//!
//! Only a score cell is read so ([`score`]): `满分` in a target, actual or 分值 cell means
//! nothing of the kind, and [`super::parse`] reads it as before. The points full marks stand
//! for are known only at the line (its 分值, the execution points, the form's 总分), so the
//! reading is a marker ([`Marks::Full`]) that evaluation resolves there, with a note.

use super::Value;
use rust_decimal::Decimal;
use serde::Serialize;

/// Marks written in words in a 得分 cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "marks", rename_all = "snake_case")]
pub enum Marks {
    /// `满分`, `得满分`, `全部得分`, `全得`: the line's points. `stated`: the points written
    /// after the word (`满分10分` → 10), checked against the line's.
    Full {
        /// The number written after the word, if any.
        stated: Option<Decimal>,
    },
    /// `不得分`, `未得分`, `零分`: 0.
    Zero,
}

/// What a 得分 cell says: marks in words, or what [`super::parse`] reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Score {
    /// Marks written in words.
    Marks(Marks),
    /// Anything else, read as any cell.
    Value(Value),
}

/// The words for full marks, longest first so `得满分` is not read as `满分` with a label.
const FULL: &[&str] = &["全部得分", "得满分", "全得分", "满分", "全得"];
/// The words for no marks.
const ZERO: &[&str] = &["不得分", "未得分", "零分"];

/// Reads one 得分 cell: `满分` and its kin are [`Marks`], anything else what
/// [`super::parse`] reads. Every word holds `满`, `得` or `零`: a cell without them (nearly
/// every score, a number) is not looked at again.
pub fn score(text: &str) -> Score {
    let worded = ["满", "得", "零"].iter().any(|w| super::has(text, w));
    match worded.then(|| marks(text)).flatten() {
        Some(m) => Score::Marks(m),
        None => Score::Value(super::parse(text)),
    }
}

/// The marks a cell's words say, if it is nothing but one of the words, maybe followed by
/// the points (`满分10分`, `满分：10分`, `满分（10分）`) and closing punctuation.
fn marks(text: &str) -> Option<Marks> {
    let chars = super::parse::normalize(text);
    let mut end = chars.len();
    while end > 0 && chars.get(end - 1).is_some_and(|c| "。.!！".contains(*c)) {
        end -= 1;
    }
    let t: String = chars.get(..end)?.iter().collect();
    if ZERO.contains(&t.as_str()) {
        return Some(Marks::Zero);
    }
    let word = FULL.iter().find(|w| t.starts_with(**w))?;
    let rest = t.get(word.len()..)?;
    let rest = rest.trim_start_matches([':', '：', ',', '，', '(', '（']);
    let rest = rest.strip_suffix([')', '）']).unwrap_or(rest);
    if rest.is_empty() {
        return Some(Marks::Full { stated: None });
    }
    // The points written after the word, read by the one parser: a plain number of 分.
    match super::parse(rest) {
        Value::Quantity(q)
            if q.comparator.is_none()
                && !q.ordinal
                && q.upper.is_none()
                && matches!(q.unit.as_str(), "" | "分") =>
        {
            Some(Marks::Full {
                stated: Some(q.value),
            })
        }
        _ => None,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::{Marks, Score, score};
    use crate::value::{Value, parse};
    use rust_decimal::Decimal;

    fn full(stated: Option<i64>) -> Score {
        Score::Marks(Marks::Full {
            stated: stated.map(Decimal::from),
        })
    }

    #[test]
    fn full_marks_in_words_are_the_lines_points() {
        for t in [
            "满分",
            " 满分 ",
            "满 分",
            "得满分",
            "全部得分",
            "全得",
            "全得分",
            "满分。",
        ] {
            assert_eq!(score(t), full(None), "{t}");
        }
    }

    #[test]
    fn full_marks_with_their_points_keep_the_points_written() {
        for t in [
            "满分10分",
            "满分10",
            "满分：10分",
            "满分（10分）",
            "满分(１０分)",
        ] {
            assert_eq!(score(t), full(Some(10)), "{t}");
        }
        assert_eq!(
            score("满分2.5分"),
            Score::Marks(Marks::Full {
                stated: Some(Decimal::new(25, 1))
            })
        );
    }

    #[test]
    fn no_marks_in_words_are_zero() {
        for t in ["不得分", "未得分", "零分", "不得分。"] {
            assert_eq!(score(t), Score::Marks(Marks::Zero), "{t}");
        }
    }

    /// Numbers, blanks and other words are what the one parser reads: a sentence that
    /// merely mentions 满分 is not full marks.
    #[test]
    fn anything_else_is_read_as_any_cell() {
        for t in [
            "9分",
            "30",
            "",
            "/",
            "无",
            "满分的一半",
            "未满分",
            "满分≥10分",
            "满分10人",
            "较好",
            "基本得分",
        ] {
            assert_eq!(score(t), Score::Value(parse(t)), "{t}");
        }
    }

    /// Target and actual cells are not score cells: `满分` stays words there.
    #[test]
    fn the_target_and_actual_parser_is_unchanged() {
        assert!(matches!(parse("满分"), Value::Qualitative { .. }));
        assert!(matches!(parse("不得分"), Value::Qualitative { .. }));
    }
}
