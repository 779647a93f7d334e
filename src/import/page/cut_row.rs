//! A row of a PDF's indicators cut by a page break line by line (tester s11b G2 p7): every
//! cell of the row whose text wraps has its first lines before the page's footer and the
//! indicators' header printed again, and its last line after them —
//! `满意度指 服务对象 满意度指 指标1：沿线群众满意 ≥90% 93% 10 10` / footer / header / `标 标 度`.
//! Each line after the break continues one of the cells before it, in column order. The
//! lines are put back after the cells they continue, so the row reads as a copy without the
//! break (`满意度指 标 服务对象 满意度指 标 指标1：沿线群众满意 度 ≥90% …`), where the readers join a
//! wrapped cell's lines as they do anywhere. Where the lines cannot be placed safely the row
//! is left as it stands and a note says so.

use super::super::grid::{self, Cell, ImportNote, NoteKind};
use crate::i18n::{msg, quoted};

/// The longest line taken for the end of a cut cell: a label's last characters (`标`, `指标`,
/// `度`), not a cell of its own.
const MAX_PIECE: usize = 4;

/// How many lines from `i` (right after a page break's page text) were put back into `kept`
/// after the cells they continue, said in a note. `None` when the break fell between rows or
/// only one line follows it (the join of a single cut cell decides those), and when the lines
/// cannot be placed: a note then says the row may be read wrong, and the cells stay as they
/// stand.
pub(super) fn mend<'a>(
    kept: &mut Vec<Cell<'a>>,
    cells: &[Cell<'a>],
    i: usize,
    notes: &mut Vec<ImportNote>,
) -> Option<usize> {
    let pieces = cells.get(i..)?;
    let n = pieces.iter().take_while(|c| is_piece(&c.text)).count();
    let after = pieces.get(n);
    if n < 2 || after.is_some_and(|c| !super::opens_row(c.text.trim())) {
        return None;
    }
    let pieces = pieces.get(..n)?;
    let texts = |cs: &mut dyn Iterator<Item = &Cell>| {
        let t: Vec<&str> = cs.map(|c| c.text.trim()).collect();
        quoted(t.join(" "))
    };
    let Some(at) = places(kept, pieces) else {
        let first = pieces.first()?;
        notes.push(first.note(
            NoteKind::Guessed,
            msg!(
                "import-note-page-cut-row-unplaced",
                pieces = texts(&mut pieces.iter())
            ),
        ));
        return None;
    };
    let continued = texts(&mut at.iter().filter_map(|&k| kept.get(k)));
    if let Some(first) = kept.get(at.first().copied().unwrap_or_default()) {
        notes.push(first.note(
            NoteKind::Recognised,
            msg!(
                "import-note-page-cut-row",
                pieces = texts(&mut pieces.iter()),
                cells = continued
            ),
        ));
    }
    for (&k, piece) in at.iter().zip(pieces).rev() {
        kept.insert(k + 1, piece.clone());
    }
    Some(n)
}

/// A line that can end a cell cut by the break: short text, no value, no sentence, nothing
/// that opens a row (a label, even a cut one: `可持续影` starts the next row) or names a column
/// or a page.
fn is_piece(text: &str) -> bool {
    let t = text.trim();
    let len = t.chars().count();
    (1..=MAX_PIECE).contains(&len)
        && !t.starts_with(|c: char| c.is_ascii_digit() || "≥≤≧≦=<>＞＜/-—".contains(c))
        && !t.ends_with(super::SENTENCE_ENDS)
        && !super::opens_row(t)
        && grid::indicator_column(t).is_none()
        && !super::is_marker(t)
}

/// Where in `kept` each of `pieces` goes: after the cell it continues. The row before the break
/// is its labels and 三级指标, then values up to its 得分 (`≥90% 93% 10 10`). In column order,
/// the pieces before the last each end a level-1 or level-2 label: the first place where the
/// cells since the last placed one, with the piece, make a label written in full (`满意度指` +
/// `标`; `服务对象` `满意度指` + `标`). The last piece ends a label so too, or the 三级指标: the one
/// cell after the last label and right before the row's first value (a number or a bound).
/// `None` when a piece has no such place — a qualitative row, whose 指标值 is words, is not
/// guessed.
fn places(kept: &[Cell], pieces: &[Cell]) -> Option<Vec<usize>> {
    let row = row_start(kept)?;
    let mut at = Vec::with_capacity(pieces.len());
    let mut from = row;
    for (k, piece) in pieces.iter().enumerate() {
        let piece = piece.text.trim();
        let label = (from..kept.len()).find(|&j| {
            (from..=j).any(|s| {
                let mut whole: String = kept
                    .get(s..=j)
                    .unwrap_or_default()
                    .iter()
                    .map(|c| c.text.trim())
                    .collect();
                whole.push_str(piece);
                grid::is_full_label(&whole)
            })
        });
        let j = match label {
            Some(j) => j,
            None if k + 1 == pieces.len() => {
                let value = |c: &&Cell| is_value(c.text.trim());
                kept.get(from).filter(|c| !value(c))?;
                kept.get(from + 1).filter(value)?;
                from
            }
            None => return None,
        };
        at.push(j);
        from = j + 1;
    }
    Some(at)
}

/// Where the row cut by the break starts in `kept`: after the values of the row above (its
/// 得分, a number) or its reason (a sentence), past the run of values that ends `kept` — the
/// cut row's 指标值, 实际完成值, 分值 and 得分, at least two.
fn row_start(kept: &[Cell]) -> Option<usize> {
    let values = kept
        .iter()
        .rev()
        .take_while(|c| is_value(c.text.trim()))
        .count();
    if values < 2 {
        return None;
    }
    let end = kept.len() - values;
    let labels = kept
        .get(..end)?
        .iter()
        .rev()
        .take_while(|c| {
            let t = c.text.trim();
            !is_value(t) && !t.ends_with(super::SENTENCE_ENDS)
        })
        .count();
    (labels > 0).then_some(end - labels)
}

/// A value cell: a number, a bound or a blank mark.
fn is_value(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_digit() || "≥≤≧≦=<>＞＜/-—".contains(c))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn cells(texts: &[&'static str]) -> Vec<Cell<'static>> {
        texts
            .iter()
            .enumerate()
            .map(|(k, &t)| Cell::text(t, 1, k + 1))
            .collect()
    }

    fn texts(cells: &[Cell]) -> Vec<String> {
        cells.iter().map(|c| c.text.to_string()).collect()
    }

    #[test]
    fn the_last_lines_of_a_cut_row_go_back_after_the_cells_they_end() {
        let before = [
            "10",
            "10",
            "满意度指",
            "服务对象",
            "满意度指",
            "指标1：沿线群众满意",
        ];
        let mut kept = cells(&[&before[..], &["≥90%", "93%", "10", "10"]].concat());
        let after = cells(&["标", "标", "度", "总分", "100"]);
        let mut notes = Vec::new();
        assert_eq!(mend(&mut kept, &after, 0, &mut notes), Some(3));
        assert_eq!(
            texts(&kept).get(2..9).unwrap(),
            [
                "满意度指",
                "标",
                "服务对象",
                "满意度指",
                "标",
                "指标1：沿线群众满意",
                "度"
            ]
        );
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].kind, NoteKind::Recognised);
    }

    #[test]
    fn a_qualitative_row_is_not_guessed_and_one_line_is_left_to_the_single_join() {
        let row = [
            "9.64",
            "钢材价格上涨",
            "效益指标",
            "社会效益",
            "指标1：通行安",
            "有效提升",
        ];
        let mut kept = cells(&[&row[..], &["达成预期指标", "20", "20"]].concat());
        let after = cells(&["指标", "全", "可持续影", "响指标", "指标1：桥梁设计使用"]);
        let mut notes = Vec::new();
        assert_eq!(mend(&mut kept, &after, 0, &mut notes), None);
        assert_eq!(kept.len(), 9);
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].kind, NoteKind::Guessed);
        let one = cells(&["本", "效益指标"]);
        assert_eq!(mend(&mut kept, &one, 0, &mut notes), None);
        assert_eq!(notes.len(), 1);
    }
}
