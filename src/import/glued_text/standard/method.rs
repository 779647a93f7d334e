//! The Beijing 2016 layout glued (`…三级指标分值年度指标值(A)全年实际值(B)得分计算方法得分
//! 未完成原因分析…`): each indicator row is written name, 分值, target, actual, the scoring
//! method's text, 得分, reason — `维护公共设施数量20≥120处126处完成值达到指标值,…记分。20`. The
//! method is the template's own sentence, ending `。` right before the 得分's digits: it is cut
//! out of the row, kept for a note and never scored. Pure functions over text.

use super::{Reading, RowCut, text};
use crate::import::glued_text::sichuan::figures::number;
use crate::import::glued_text::{date_end, value_ends};
use rust_decimal::Decimal;

/// A row whose 分值 ends at `p` (its digits after `start`), read as name, 分值, target,
/// actual, method, 得分: the row (name left to the caller), where its 分值 starts, where it
/// ends and the method's text. The 得分 is no more than the 分值 (which decides where the
/// 分值's digits end: `15100%100%` is `15 | 100% | 100%`), the method a text holding `分`
/// that ends `。` before the 得分's digits.
pub(in crate::import::glued_text) fn row_with_method(
    run: &[char],
    start: usize,
    p: usize,
) -> Option<(RowCut, usize, usize, String)> {
    let digit = |k: usize| run.get(k).is_some_and(char::is_ascii_digit);
    let (points_at, points, points_n) = super::points_ending_at(run, start, p)?;
    let ends = |at: usize| date_end(run, at).map_or_else(|| value_ends(run, at), |d| vec![d]);
    // A number is never cut (`12.5|12.5` is no `12.51|2.5`), nor read with two points.
    let whole = |a: usize, b: usize| {
        !(digit(b - 1) && matches!(run.get(b), Some(c) if c.is_ascii_digit() || *c == '.'))
            && run.get(a) != Some(&'.')
            && text(run, a, b)
                .split(|c: char| !c.is_ascii_digit() && c != '.')
                .all(|n| n.matches('.').count() <= 1)
    };
    let mut targets: Vec<(usize, bool)> = ends(p).into_iter().rev().map(|e| (e, false)).collect();
    // The one split of a run of digits: two equal numbers (`12.512.5`, a target met exactly).
    targets.extend(equal_halves(run, p).map(|e| (e, true)));
    for (t_end, halves) in targets {
        if !halves && !whole(p, t_end) {
            continue;
        }
        for a_end in ends(t_end).into_iter().rev() {
            if a_end <= t_end || !whole(t_end, a_end) {
                continue;
            }
            if let Some((method, score, end)) = method_and_score(run, a_end, points_n) {
                let row = RowCut {
                    name: String::new(),
                    target: text(run, p, t_end),
                    written: text(run, t_end, end),
                    readings: vec![Reading {
                        actual: text(run, t_end, a_end),
                        points: points.clone(),
                        score: Some(score),
                    }],
                    fixed: Vec::new(),
                    reason: String::new(),
                };
                return Some((row, points_at, end, method));
            }
        }
    }
    None
}

/// Where the first of two equal numbers glued at `p` ends (`12.512.5` → after `12.5`).
fn equal_halves(run: &[char], p: usize) -> Option<usize> {
    let n = run
        .iter()
        .skip(p)
        .take_while(|c| c.is_ascii_digit() || **c == '.')
        .count();
    let half = n / 2;
    let (a, b) = (text(run, p, p + half), text(run, p + half, p + n));
    (n % 2 == 0 && half > 0 && a == b && number(&a).is_some()).then_some(p + half)
}

/// The method's text from `at` to the first `。` a digit follows, and the 得分 after it (no
/// more than `points`, at most two decimals), with where the 得分 ends.
fn method_and_score(run: &[char], at: usize, points: Decimal) -> Option<(String, String, usize)> {
    let stop = (at..run.len())
        .find(|&k| run.get(k) == Some(&'。') && run.get(k + 1).is_some_and(char::is_ascii_digit))?;
    let method = text(run, at, stop + 1);
    if !method.contains('分') {
        return None;
    }
    let from = stop + 1;
    let end = from
        + run
            .iter()
            .skip(from)
            .take_while(|c| c.is_ascii_digit() || **c == '.')
            .count();
    let score = text(run, from, end);
    let places = score.split('.').nth(1).map_or(0, str::len);
    let fits = number(&score).is_some_and(|s| s <= points) && places <= 2;
    fits.then_some((method, score, end))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn row(glued: &str) -> (String, String, String, String, String) {
        let run: Vec<char> = glued.chars().collect();
        let (row, points_at, end, method) = (1..run.len())
            .find_map(|p| row_with_method(&run, 0, p))
            .unwrap();
        let r = row.readings.first().unwrap();
        assert!(points_at > 0 && end <= run.len());
        (
            r.points.clone(),
            row.target,
            r.actual.clone(),
            method,
            r.score.clone().unwrap(),
        )
    }

    #[test]
    fn a_row_is_cut_around_its_method() {
        let m = "完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。";
        let (p, t, a, method, s) = row(&format!("维护公共设施数量20≥120处126处{m}20"));
        assert_eq!(
            (p.as_str(), t.as_str(), a.as_str()),
            ("20", "≥120处", "126处")
        );
        assert_eq!((method.as_str(), s.as_str()), (m, "20"));
        let (p, t, a, _, s) = row(&format!("维修及时率15100%100%{m}15时效"));
        assert_eq!(
            (p, t, a, s),
            ("15".into(), "100%".into(), "100%".into(), "15".into())
        );
        let (p, _, _, _, s) = row(&format!("设施维修合格率15≥95%90%{m}14.21部分设施老化"));
        assert_eq!((p, s), ("15".into(), "14.21".into()));
        let (_, t, a, _, s) = row("出行环境30明显改善达成预期指标定性指标按三档记分。27");
        assert_eq!(
            (t, a, s),
            ("明显改善".into(), "达成预期指标".into(), "27".into())
        );
    }

    /// The 海淀 2016 page's first row: 分值, target and actual all `12.5`, glued.
    #[test]
    fn equal_numbers_glued_are_the_target_and_the_actual() {
        let (p, t, a, _, s) = row("申报的数量12.512.512.5完成值达到指标值,按比例记分。12.5产出");
        assert_eq!(
            (p, t, a, s),
            ("12.5".into(), "12.5".into(), "12.5".into(), "12.5".into())
        );
    }

    #[test]
    fn a_score_above_the_points_is_no_reading() {
        let run: Vec<char> = "合格率15≥95%90%按比例记分。16".chars().collect();
        assert!((1..run.len()).all(|p| row_with_method(&run, 0, p).is_none()));
    }
}
