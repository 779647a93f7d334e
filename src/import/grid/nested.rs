//! Numbered parent and child indicators (tester s19 P9): a form that lists an indicator and
//! then its parts, numbered `1` / `1.1` / `1.2` or `（1）` / `①` / `②`, with the parent's 分值
//! (and 得分) the sum of its parts'. Read as lines, every point was counted twice: points over
//! 100 and false `total-not-sum` findings. Once a form is read, such a parent is taken out of
//! the scored lines and kept among the form's notes, as a ★ indicator's 其中 rows are
//! ([`Form::take_breakdown`]), and the children are scored; numbered children with no 分值 and
//! no 得分 under a scored parent are its breakdown and kept as notes the same way. A parent
//! told only by its position (no numbering: its points the sum of the rest of its 二级 group)
//! is taken out only when the form's 总分 分值 then adds up, and the note says it is a guess;
//! numbered rows whose sums do not agree are all scored and a note names them.

use super::{Form, Indicator, NoteKind};
use crate::i18n::{Message, list, msg, quoted};
use rust_decimal::Decimal;

/// How an indicator's name is numbered.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Number {
    /// `1`, `1.`, `1、`, `1.2`, `1.2.1`: the path of numbers.
    Dotted(Vec<u32>),
    /// `（1）`, `(1)`.
    Bracketed(u32),
    /// `①` … `⑳`.
    Circled(u32),
}

impl Number {
    /// True when `child` numbers a part of `self`: `1.1` of `1`, `①` of `（1）` or of `1`.
    fn has_part(&self, child: &Number) -> bool {
        match (self, child) {
            (Number::Dotted(p), Number::Dotted(c)) => c.len() == p.len() + 1 && c.starts_with(p),
            (Number::Bracketed(_) | Number::Dotted(_), Number::Circled(_)) => true,
            _ => false,
        }
    }

    /// The place a part numbers among its siblings: `1.2` and `②` the second.
    fn place(&self) -> u32 {
        match self {
            Number::Dotted(path) => path.last().copied().unwrap_or_default(),
            Number::Bracketed(n) | Number::Circled(n) => *n,
        }
    }
}

/// The numbering a 三级指标 opens with, when it opens with one followed by its text.
fn numbering(name: &str) -> Option<Number> {
    let t = name.trim_start();
    let first = t.chars().next()?;
    if let Some(n) = ('①'..='⑳').position(|c| c == first) {
        return Some(Number::Circled(u32::try_from(n).ok()? + 1));
    }
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(rest) = t.strip_prefix(open)
            && let Some((digits, after)) = rest.split_once(close)
            && !after.trim().is_empty()
        {
            return digits.trim().parse().ok().map(Number::Bracketed);
        }
    }
    let end = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '．'))
        .unwrap_or(t.len());
    let (head, after) = t.split_at(end);
    let head = head.trim_end_matches(['.', '．']);
    let after = after.trim_start_matches(['、', ' ', '\u{3000}']);
    // A number and nothing after it is a value, not a numbering; a whole number runs into its
    // text only as an amount (`2023年`, `100%`), a dotted one may (`1.1线上培训`).
    let separated = end > head.len() || after.len() < t.len() - end;
    if head.is_empty() || after.trim().is_empty() || (!separated && !head.contains(['.', '．'])) {
        return None;
    }
    let path: Option<Vec<u32>> = head.split(['.', '．']).map(|n| n.parse().ok()).collect();
    path.filter(|p| p.len() <= 3).map(Number::Dotted)
}

/// A points or score cell as a number (`10`, `10分`); none when blank or not a number.
fn amount(cell: &Option<String>) -> Option<Decimal> {
    let t = cell.as_deref()?.trim();
    t.strip_suffix('分').unwrap_or(t).trim().parse().ok()
}

fn blank(cell: &Option<String>) -> bool {
    cell.as_deref().is_none_or(|t| t.trim().is_empty())
}

/// What a parent and the rows under it were found to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// The parent's points and score are its children's sums: the parent is a note.
    Sum,
    /// The children have no points and no score: they are the parent's breakdown, notes.
    Breakdown,
    /// Numbered as parts, but the sums disagree: all scored, said.
    Unsure,
}

/// A parent at `at` and its children `at + 1 .. end` in the form's indicators.
#[derive(Debug, Clone, Copy)]
struct Family {
    at: usize,
    end: usize,
    verdict: Verdict,
    numbered: bool,
}

/// The children's sums against the parent's cells.
fn judge(parent: &Indicator, children: &[Indicator]) -> Verdict {
    if children.iter().all(|c| blank(&c.points) && blank(&c.score)) && !blank(&parent.points) {
        return Verdict::Breakdown;
    }
    let sum = |f: fn(&Indicator) -> &Option<String>| -> Option<Decimal> {
        children.iter().map(|c| amount(f(c))).sum()
    };
    let own = children.iter().all(|c| !c.shares_points);
    let points = own && amount(&parent.points).is_some_and(|p| Some(p) == sum(|c| &c.points));
    let score = blank(&parent.score) || amount(&parent.score) == sum(|c| &c.score);
    match points && score {
        true => Verdict::Sum,
        false => Verdict::Unsure,
    }
}

/// The same 一级 and 二级 (as carried down to each row).
fn same_group(a: &Indicator, b: &Indicator) -> bool {
    a.level1 == b.level1 && a.level2 == b.level2
}

/// The numbered families of `rows`: a numbered row followed by rows numbered as its parts.
fn numbered_families(rows: &[Indicator]) -> Vec<Family> {
    let numbers: Vec<Option<Number>> = rows.iter().map(|r| numbering(&r.level3)).collect();
    let mut out = Vec::new();
    let mut at = 0;
    while at < rows.len() {
        let (Some(parent), Some(row)) = (&numbers[at], rows.get(at)) else {
            at += 1;
            continue;
        };
        // Parts are numbered in order from 1 (`1.1`, `1.2`; `①`, `②`): a name opening with a
        // decimal quantity (`1.5亩土地整治` under `1.土地平整`, `2.3公里道路硬化` under
        // `2.田间道路建设`) reads as `1.5` and `2.3`, out of order, and stays a line of its own
        // (s21 doubt 4: the row above it was taken out as its parent, 10 points lost).
        let in_order =
            |k: usize, n: &Number| usize::try_from(n.place()).is_ok_and(|place| place == k - at);
        let end = (at + 1..rows.len())
            .find(|&k| {
                !numbers[k]
                    .as_ref()
                    .is_some_and(|n| parent.has_part(n) && in_order(k, n))
                    || !same_group(row, &rows[k])
            })
            .unwrap_or(rows.len());
        if end > at + 1 {
            let verdict = judge(row, &rows[at + 1..end]);
            out.push(Family {
                at,
                end,
                verdict,
                numbered: true,
            });
            at = end;
        } else {
            at += 1;
        }
    }
    out
}

/// The points the form's lines declare beyond the 分值 its indicators may have (`full`, the
/// 总分's less the funds block's): above 0 when some points are counted twice.
fn points_over(rows: &[Indicator], full: Decimal) -> Option<Decimal> {
    let declared: Option<Decimal> = rows
        .iter()
        .filter(|r| !r.shares_points)
        .map(|r| match blank(&r.points) {
            true => Some(Decimal::ZERO),
            false => amount(&r.points),
        })
        .sum();
    declared.map(|d| d - full)
}

/// Parents told by position alone: a row of its own points whose points and score are the
/// sums of the two or more rows after it up to its 二级 group's end. Kept only when taking
/// them out leaves exactly the points the form's lines may have (`over`, [`points_over`]).
fn positional_families(rows: &[Indicator], mut over: Decimal, taken: &[Family]) -> Vec<Family> {
    let inside = |k: usize| taken.iter().any(|f| (f.at..f.end).contains(&k));
    // What the numbered parents taken out leave over.
    for f in taken.iter().filter(|f| f.verdict == Verdict::Sum) {
        over -= amount(&rows[f.at].points).unwrap_or_default();
    }
    let mut out = Vec::new();
    for at in 0..rows.len() {
        let row = &rows[at];
        if over <= Decimal::ZERO {
            break;
        }
        if inside(at) || row.shares_points || numbering(&row.level3).is_some() {
            continue;
        }
        let end = (at + 1..rows.len())
            .find(|&k| !same_group(row, &rows[k]))
            .unwrap_or(rows.len());
        let first = at == 0 || !same_group(&rows[at - 1], row);
        if end < at + 3 || (at + 1..end).any(inside) || !first {
            continue;
        }
        let points = amount(&row.points).unwrap_or_default();
        if judge(row, &rows[at + 1..end]) == Verdict::Sum && points <= over {
            over -= points;
            out.push(Family {
                at,
                end,
                verdict: Verdict::Sum,
                numbered: false,
            });
        }
    }
    match over.is_zero() {
        true => out,
        false => Vec::new(),
    }
}

impl Form {
    /// Takes numbered (or, when the 总分 confirms it, positional) parent indicators out of the
    /// scored lines once the form is read; `rows`: the (cell, line) each indicator was read
    /// from, for the notes.
    pub(super) fn take_parent_rows(&mut self, rows: &[(usize, usize)]) {
        if rows.len() != self.indicators.len() || self.indicators.len() < 3 {
            return;
        }
        let full = self.total.as_ref().and_then(|t| amount(&t.points));
        let over = full.and_then(|f| points_over(&self.indicators, f - self.funds_points()));
        let twice = over.is_none_or(|o| o > Decimal::ZERO);
        let mut families = numbered_families(&self.indicators);
        // Lines that make the form's points exactly are each a line, numbered as they may be;
        // sums that do not agree are said only where points are counted twice.
        families.retain(|f| match f.verdict {
            Verdict::Breakdown => true,
            Verdict::Sum => twice,
            Verdict::Unsure => over.is_some_and(|o| o > Decimal::ZERO),
        });
        if let Some(over) = over.filter(|o| *o > Decimal::ZERO) {
            let more = positional_families(&self.indicators, over, &families);
            families.extend(more);
        }
        families.sort_by_key(|f| f.at);
        let mut drop = vec![false; self.indicators.len()];
        for family in &families {
            let (cell, line) = rows[family.at];
            let (kind, message, kept) = self.family_note(family);
            self.note_at(cell, line, kind, message);
            for k in kept {
                drop[k] = true;
                let written = written(&self.indicators[k]);
                let parent = self.indicators[family.at].level3.trim().to_owned();
                self.form_notes.push(match k == family.at {
                    true => written,
                    false => format!("{parent}：{written}"),
                });
            }
        }
        let mut k = 0;
        self.indicators.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
    }

    /// The 分值 of the funds block (its rows', or the one its header declares): 0 when none.
    fn funds_points(&self) -> Decimal {
        let points = |f: &super::Funds| {
            let at = match f.columns.is_empty() {
                true => Some(3),
                false => f.columns.iter().position(|&c| c == 3),
            };
            at.and_then(|k| f.values.get(k)).cloned()
        };
        let rows: Decimal = self.funds.iter().filter_map(|f| amount(&points(f))).sum();
        let declared = self
            .declared_points
            .as_ref()
            .and_then(|d| amount(&Some(d.0.clone())));
        match rows.is_zero() {
            true => declared.unwrap_or_default(),
            false => rows,
        }
    }

    /// The note on a family and the indicators it keeps as notes instead of lines.
    fn family_note(&self, f: &Family) -> (NoteKind, Message, Vec<usize>) {
        let parent = &self.indicators[f.at];
        let children = &self.indicators[f.at + 1..f.end];
        let names = list(
            children
                .iter()
                .map(|c| msg!("import-quoted-text", text = quoted(c.level3.trim()))),
        );
        let name = quoted(parent.level3.trim());
        let points = parent.points.as_deref().unwrap_or("").trim().to_owned();
        match (f.verdict, f.numbered) {
            (Verdict::Sum, true) => {
                let m = msg!(
                    "import-note-parent-row",
                    parent = name,
                    points = points,
                    children = names
                );
                (NoteKind::Recognised, m, vec![f.at])
            }
            (Verdict::Sum, false) => {
                let m = msg!(
                    "import-note-parent-row-by-position",
                    parent = name,
                    points = points,
                    children = names
                );
                (NoteKind::Guessed, m, vec![f.at])
            }
            (Verdict::Breakdown, _) => {
                let m = msg!(
                    "import-note-numbered-parts",
                    parent = name,
                    children = names
                );
                (NoteKind::Recognised, m, (f.at + 1..f.end).collect())
            }
            (Verdict::Unsure, _) => {
                let m = msg!(
                    "import-note-parent-row-unsure",
                    parent = name,
                    points = points,
                    children = names
                );
                (NoteKind::Guessed, m, Vec::new())
            }
        }
    }
}

/// An indicator kept as a note, as written: its name, target, actual, 分值 and 得分.
fn written(i: &Indicator) -> String {
    let mut parts = vec![i.level3.trim().to_owned()];
    for v in [&i.target, &i.actual].into_iter().flatten() {
        if !v.trim().is_empty() {
            parts.push(v.trim().to_owned());
        }
    }
    for (label, v) in [("分值", &i.points), ("得分", &i.score)] {
        if let Some(v) = v.as_deref().filter(|v| !v.trim().is_empty()) {
            parts.push(format!("{label}{}", v.trim()));
        }
    }
    parts.join(" ")
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn numberings_are_read_and_amounts_are_not() {
        let dotted = |p: &[u32]| Some(Number::Dotted(p.to_vec()));
        assert_eq!(numbering("1.培训人次"), dotted(&[1]));
        assert_eq!(numbering("1、培训人次"), dotted(&[1]));
        assert_eq!(numbering("1.1线上培训人次"), dotted(&[1, 1]));
        assert_eq!(numbering("1.2 线下培训人次"), dotted(&[1, 2]));
        assert_eq!(numbering("（1）设备采购"), Some(Number::Bracketed(1)));
        assert_eq!(numbering("(2)设备采购"), Some(Number::Bracketed(2)));
        assert_eq!(numbering("②服务器"), Some(Number::Circled(2)));
        for not in ["100%", "指标1:完成", "2023年完成", "1", "（1）", "培训1次"] {
            assert_eq!(numbering(not), None, "{not}");
        }
        assert!(Number::Dotted(vec![1]).has_part(&Number::Dotted(vec![1, 2])));
        assert!(!Number::Dotted(vec![1]).has_part(&Number::Dotted(vec![2, 1])));
        assert!(Number::Bracketed(1).has_part(&Number::Circled(1)));
    }

    /// s21 doubt 4: a name opening with a decimal quantity reads as a dotted number but is out
    /// of order under the row above it, so no family is found; real parts in order are.
    #[test]
    fn a_decimal_quantity_is_no_part() {
        let rows = [
            ind("1.土地平整面积", "5", "5"),
            ind("1.5亩土地整治示范片建设", "5", "5"),
            ind("2.田间道路建设", "5", "5"),
            ind("2.3公里道路硬化", "5", "5"),
        ];
        assert!(numbered_families(&rows).is_empty());
        let rows = [
            ind("3.培训人次", "10", "10"),
            ind("3.1线上培训人次", "5", "5"),
            ind("3.2线下培训人次", "5", "5"),
        ];
        let families = numbered_families(&rows);
        assert_eq!(families.len(), 1);
        assert_eq!((families[0].at, families[0].end), (0, 3));
        assert_eq!(families[0].verdict, Verdict::Sum);
    }

    fn ind(level3: &str, points: &str, score: &str) -> Indicator {
        Indicator {
            level1: "产出指标".into(),
            level2: "数量指标".into(),
            level3: level3.into(),
            points: Some(points.into()),
            score: Some(score.into()),
            ..Indicator::default()
        }
    }

    fn form(rows: Vec<Indicator>, total: &str) -> Form {
        let title = super::super::test_row(&["项目支出绩效自评表"], 1);
        let mut form = Form::new(1, &title, None);
        form.indicators = rows;
        form.total = Some(super::super::Total {
            points: Some(total.into()),
            ..Default::default()
        });
        form
    }

    fn positions(n: usize) -> Vec<(usize, usize)> {
        (0..n).map(|k| (1, k + 10)).collect()
    }

    #[test]
    fn a_numbered_parent_whose_points_are_its_parts_sum_becomes_a_note() {
        let rows = vec![
            ind("1.培训人次", "20", "19"),
            ind("1.1线上培训人次", "10", "10"),
            ind("1.2线下培训人次", "10", "9"),
            ind("2.验收合格率", "30", "30"),
        ];
        let mut f = form(rows, "50");
        f.take_parent_rows(&positions(4));
        let names: Vec<&str> = f.indicators.iter().map(|i| i.level3.as_str()).collect();
        assert_eq!(
            names,
            ["1.1线上培训人次", "1.2线下培训人次", "2.验收合格率"]
        );
        assert_eq!(f.form_notes, ["1.培训人次 分值20 得分19"]);
        assert_eq!(f.notes.len(), 1);
        assert_eq!(f.notes[0].kind, NoteKind::Recognised);
        assert_eq!(f.notes[0].line, 10);
    }

    #[test]
    fn parts_that_do_not_add_up_are_all_scored_and_said() {
        let rows = vec![
            ind("（1）设备采购", "20", "20"),
            ind("①服务器", "10", "10"),
            ind("②交换机", "5", "5"),
        ];
        let mut f = form(rows, "30");
        f.take_parent_rows(&positions(3));
        assert_eq!(f.indicators.len(), 3);
        assert!(f.form_notes.is_empty());
        assert_eq!(f.notes[0].kind, NoteKind::Guessed);
    }

    #[test]
    fn numbered_parts_without_points_are_the_parents_breakdown() {
        let mut parts = vec![ind("（1）设备采购", "20", "20")];
        for name in ["①服务器", "②交换机"] {
            parts.push(Indicator {
                points: None,
                score: None,
                ..ind(name, "", "")
            });
        }
        let mut f = form(parts, "20");
        f.take_parent_rows(&positions(3));
        assert_eq!(f.indicators.len(), 1);
        assert_eq!(
            f.form_notes,
            ["（1）设备采购：①服务器", "（1）设备采购：②交换机"]
        );
    }

    #[test]
    fn an_unnumbered_parent_is_taken_out_only_when_the_total_agrees() {
        let rows = || {
            vec![
                ind("培训人次", "20", "19"),
                ind("线上培训人次", "10", "10"),
                ind("线下培训人次", "10", "9"),
                Indicator {
                    level2: "质量指标".into(),
                    ..ind("验收合格率", "30", "30")
                },
            ]
        };
        let mut f = form(rows(), "50");
        f.take_parent_rows(&positions(4));
        assert_eq!(f.indicators.len(), 3);
        assert_eq!(f.notes[0].kind, NoteKind::Guessed);
        // Points of 70 against a 总分 of 70: the same rows are three indicators of their own.
        let mut f = form(rows(), "70");
        f.take_parent_rows(&positions(4));
        assert_eq!(f.indicators.len(), 4);
        assert!(f.notes.is_empty());
    }
}
