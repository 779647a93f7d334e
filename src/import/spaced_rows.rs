//! Importer for a web page's table copied as text (a browser's or a crawler's text of an HTML
//! table): one table row per line, its cells separated by single spaces, empty cells gone, a
//! label written vertically (`产出指标` rotated) lost but for its points (`(50分)` on a line of
//! its own), a label cell broken over two lines (`经济效益` / `指标`) — tester s17w F2b.
//!
//! Such text looks like text copied out of a PDF ([`paragraphs::spaced_header`]), which is
//! refused: a PDF's lines are not the table's rows. Here each line is taken for a row and
//! segmented with what the template fixes — the header's columns, the funds row's six columns
//! and B/A, an indicator row's points and score as its last numbers — and the reading is kept
//! only when it checks out: every line of the funds and indicator blocks is a row of its
//! block, and the points and scores add up to the form's own 总分 row. Otherwise the caller
//! refuses the text as before. The rows then go to the same [`grid`](super::grid) reader as
//! every other format; every cell put back or label guessed is said.

use crate::i18n::{list, msg, quoted};
use rust_decimal::Decimal;

use super::grid::{
    self, Cell, ImportNote, NoteKind, Row, funds_column, indicator_column, is_funds_header,
    is_funds_label, is_goals_header, is_indicators_header, is_level1, is_level2, is_placeholder,
    is_total_label,
};
use super::paragraphs;

/// The forms of `text` read one row a line, or `None` when the reading does not check out
/// (the text is then refused as text copied out of a PDF).
pub(crate) fn read(source_name: &str, text: &str, rules: Option<&str>) -> Option<super::Pending> {
    let mut cells = cells(text);
    let rewritten = grid::half_width(&mut cells);
    // A lost level 1's points alone on a line (`(50分)`) are no piece of a header broken
    // over lines (`偏差原因分析及改进措施` above them): kept out of the joins.
    let alone = |c: &Cell| c.number == 0 && lost_level1(&c.text);
    let (lone, cells): (Vec<Cell>, Vec<Cell>) = cells.into_iter().partition(alone);
    let (mut cells, mut notes) = paragraphs::join_broken(cells);
    for cell in lone {
        let at = cells.partition_point(|c| (c.line, c.number) < (cell.line, cell.number));
        cells.insert(at, cell);
    }
    let (rows, built) = rows(cells)?;
    notes.extend(built);
    let mut parsed = grid::read(rows, None);
    if parsed.forms.is_empty() || !parsed.forms.iter().all(checks_out) {
        return None;
    }
    grid::attach_notes(&mut parsed, notes);
    grid::note_half_width(&mut parsed, rewritten, None);
    Some(parsed.pending_noted(msg!("import-note-spaced-rows"), source_name, rules))
}

/// Every non-blank line split at white space, each piece a cell of that line.
fn cells(text: &str) -> Vec<Cell<'_>> {
    let mut cells = Vec::new();
    for (i, line) in text.lines().enumerate() {
        for (k, piece) in line.split_whitespace().enumerate() {
            cells.push(Cell::text(piece, k + 1, i + 1));
        }
    }
    grid::number_in_lines(&mut cells);
    cells
}

/// Where a line stands in the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    Header,
    Funds(usize),
    Goals,
    Indicators,
    After,
}

/// The rows, one a line: label lines joined to the row they open, header values broken by
/// spaces joined, the cells a row's empty cells left out put back. `None` when a line of the
/// funds or indicator block is no row of it.
fn rows(cells: Vec<Cell<'_>>) -> Option<(Vec<Row<'_>>, Vec<ImportNote>)> {
    let mut lines: Vec<Vec<Cell>> = Vec::new();
    for cell in cells {
        match lines.last_mut() {
            Some(line) if line.first().is_some_and(|c| c.line == cell.line) => line.push(cell),
            _ => lines.push(vec![cell]),
        }
    }
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    let mut block = Block::Header;
    // Label lines waiting for the row they open; a lost level 1's points (`(50分)`).
    let mut labels: Vec<Cell> = Vec::new();
    let mut lost: Option<Cell> = None;
    let mut lines = lines.into_iter().peekable();
    while let Some(mut line) = lines.next() {
        let first = line.first().map_or(String::new(), |c| c.text.to_string());
        if grid::is_title(&first) {
            block = Block::Header;
            rows.push(Row { cells: line });
            continue;
        }
        if is_total_label(&first) {
            block = Block::After;
            rows.push(Row { cells: line });
            continue;
        }
        if is_funds_header(&first) {
            // `项目资金` / `(万元)` on lines of their own: the columns follow on the next line.
            while line.iter().all(|c| funds_column(&c.text).is_none()) {
                let next = lines.next_if(|l| l.iter().all(|c| funds_column(&c.text).is_some()));
                match next {
                    Some(next) => line.extend(next),
                    None => break,
                }
            }
            let width = line
                .iter()
                .filter(|c| funds_column(&c.text).is_some())
                .count();
            block = Block::Funds(width);
            rows.push(Row { cells: line });
            continue;
        }
        if is_goals_header(&first) {
            block = Block::Goals;
            rows.push(Row { cells: line });
            continue;
        }
        if is_indicators_header(&first) && block != Block::Indicators {
            // The header broken over lines (`… 一级` / `指标` / `二级指标 三级指标 …`).
            while let Some(next) =
                lines.next_if(|l| l.iter().all(|c| indicator_column(&c.text).is_some()))
            {
                line.extend(next);
            }
            if !standard_indicators(&line) {
                return None;
            }
            block = Block::Indicators;
            rows.push(Row { cells: line });
            continue;
        }
        match block {
            Block::Header => rows.push(header_row(line)),
            Block::Goals | Block::After => rows.push(Row { cells: line }),
            Block::Funds(width) => {
                let (row, note) = funds_row(line, width)?;
                notes.extend(note);
                rows.push(row);
            }
            Block::Indicators => {
                if let [only] = line.as_slice()
                    && lost_level1(&only.text)
                {
                    lost = line.pop();
                    continue;
                }
                if line.iter().all(|c| is_label(&c.text)) {
                    labels.extend(line);
                    continue;
                }
                let mut cells = std::mem::take(&mut labels);
                cells.extend(line);
                let (row, said) = indicator_row(cells, lost.take())?;
                notes.extend(said);
                rows.extend(row);
            }
        }
    }
    // Labels with no row after them: the form was cut.
    if !labels.is_empty() {
        return None;
    }
    Some((rows, notes))
}

/// True for a label cell of the indicator block: a level 1 or level 2, whole or cut.
fn is_label(text: &str) -> bool {
    is_level1(text) || is_level2(text)
}

/// True for a level-1 label whose name was lost, leaving its points: `(50分)`, `（30分）`.
fn lost_level1(text: &str) -> bool {
    let t = text.trim();
    let inner = t
        .strip_prefix(['(', '（'])
        .and_then(|t| t.strip_suffix([')', '）']))
        .and_then(|t| t.strip_suffix('分'));
    inner.is_some_and(|n| !n.is_empty() && n.parse::<Decimal>().is_ok())
}

/// True when the indicator header names the standard columns: 二级指标, 三级指标, 年度指标值,
/// 实际完成值, 分值, 得分 (偏差原因 after them, or not). Other templates are not read this way.
fn standard_indicators(line: &[Cell]) -> bool {
    use grid::Column;
    let columns: Vec<Column> = line
        .iter()
        .filter_map(|c| indicator_column(&c.text))
        .filter(|c| !matches!(c, Column::Level1))
        .collect();
    matches!(
        columns.as_slice(),
        [
            Column::Level2,
            Column::Level3,
            Column::Target,
            Column::Actual,
            Column::Points,
            Column::Score,
            ..
        ]
    ) && columns.len() <= 7
}

/// A header line: each label followed by its value, the value's pieces (broken by spaces)
/// joined.
fn header_row(line: Vec<Cell<'_>>) -> Row<'_> {
    let labelled = line
        .first()
        .is_some_and(|c| grid::header_key(&c.text).is_some());
    if !labelled {
        return Row { cells: line };
    }
    let mut cells: Vec<Cell> = Vec::new();
    let mut value: Option<Cell> = None;
    for cell in line {
        if grid::header_key(&cell.text).is_some() {
            // Two labels side by side: the value between them was an empty cell.
            let empty = value.is_none()
                && cells
                    .last()
                    .is_some_and(|c| grid::header_key(&c.text).is_some());
            match value.take() {
                Some(value) => cells.push(value),
                None if empty => cells.push(Cell {
                    text: "".into(),
                    ..cell.clone()
                }),
                None => {}
            }
            cells.push(cell);
            continue;
        }
        value = Some(match value.take() {
            None => cell,
            Some(mut joined) => {
                joined.text = format!("{} {}", joined.text, cell.text).into();
                joined
            }
        });
    }
    cells.extend(value);
    Row { cells }
}

/// A funds line: its label and values, the empty cells put back where the template has them —
/// 执行率 left blank (`880 880 880 10 10`: the fifth figure is no B/A), the amounts of a row
/// with only its `-` marks. `None` for a line that is no funds row.
fn funds_row(line: Vec<Cell<'_>>, width: usize) -> Option<(Row<'_>, Option<ImportNote>)> {
    let label = line.first()?;
    if width != 6 || !is_funds_label(&label.text) {
        return None;
    }
    let values: Vec<&str> = line.iter().skip(1).map(|c| &*c.text).collect();
    let is_rate = |t: &str| t.contains('%');
    // The places (in the six columns) of the values written.
    let places: Vec<usize> = match values.as_slice() {
        [_, _, _, _, _, _] => return Some((Row { cells: line }, None)),
        [_, _, _, p, s] if grid::is_points_cell(p) && grid::is_score_cell(s) && !is_rate(s) => {
            vec![0, 1, 2, 3, 5]
        }
        [_, _, _, p, r] if grid::is_points_cell(p) && is_rate(r) => vec![0, 1, 2, 3, 4],
        [_, _, _] => vec![0, 1, 2],
        [p, s] if grid::is_points_cell(p) && grid::is_score_cell(s) => vec![3, 5],
        [] => vec![],
        _ => return None,
    };
    let mut cells = vec![label.clone(); 7];
    for cell in cells.iter_mut().skip(1) {
        cell.text = "".into();
    }
    let mut blanks = (0..6).filter(|c| !places.contains(c)).collect::<Vec<_>>();
    for (cell, &place) in line.iter().skip(1).zip(&places) {
        if let Some(slot) = cells.get_mut(place + 1) {
            *slot = cell.clone();
        }
    }
    let note = (!blanks.is_empty()).then(|| {
        let named = blanks.drain(..).filter_map(grid::funds_column_message);
        label.note(
            NoteKind::Guessed,
            msg!(
                "import-note-spaced-funds",
                label = quoted(&*label.text),
                count = values.len(),
                blank = list(named)
            ),
        )
    });
    Some((Row { cells }, note))
}

/// An indicator line: its labels (those of the lines before it first), its name and values,
/// the empty cells put back — target and actual when only the points and score are written.
/// A lost level 1 (`(50分)`) is named from the level 2 under it. `None` for a line that is
/// no indicator row. A placeholder row (`指标2:`, `……`) is left out, said.
fn indicator_row<'a>(
    cells: Vec<Cell<'a>>,
    lost: Option<Cell<'a>>,
) -> Option<(Option<Row<'a>>, Vec<ImportNote>)> {
    let mut notes = Vec::new();
    let n = cells.iter().take_while(|c| is_label(&c.text)).count();
    let (mut labels, rest) = {
        let mut cells = cells;
        let rest = cells.split_off(n);
        (cells, rest)
    };
    let name = rest.first()?;
    let values: Vec<&Cell> = rest.iter().skip(1).collect();
    let placeholder = |t: &str| is_placeholder(t.trim_end_matches([':', '：']));
    if values.is_empty() && placeholder(&name.text) {
        notes.push(name.note(
            NoteKind::Recognised,
            msg!("import-note-placeholder", text = quoted(&*name.text)),
        ));
        return (labels.is_empty() && lost.is_none()).then_some((None, notes));
    }
    let numbers =
        |a: &Cell, b: &Cell| grid::is_points_cell(&a.text) && grid::is_score_cell(&b.text);
    let blank_target = match values.as_slice() {
        [p, s] if numbers(p, s) => true,
        [_, _, p, s] | [_, _, p, s, _] if numbers(p, s) => false,
        _ => return None,
    };
    // The level 1: written, or lost and named from the level 2 under it.
    let has_level1 = labels.first().is_some_and(|c| is_level1(&c.text));
    match (lost, has_level1) {
        // The level 1 written, its points on a line of their own (`满意度指标` / `(10分)`).
        (Some(lost), true) => {
            let first = labels.first_mut()?;
            if grid::split_points(&first.text).1.is_some() {
                return None;
            }
            first.text = format!("{}{}", first.text, lost.text.trim()).into();
        }
        (Some(lost), false) => {
            let level2 = labels.first()?;
            let parent = grid::level1_of(&level2.text)?;
            let text = format!("{parent}{}", lost.text.trim());
            notes.push(lost.note(
                NoteKind::Guessed,
                msg!(
                    "import-note-spaced-level1",
                    points = quoted(lost.text.trim()),
                    level2 = quoted(&*level2.text),
                    level1 = quoted(parent)
                ),
            ));
            labels.insert(
                0,
                Cell {
                    text: text.into(),
                    ..lost
                },
            );
        }
        (None, _) => {}
    }
    let mut row: Vec<Cell> = labels;
    row.push(name.clone());
    if blank_target {
        // A row of marks (`/ / /`): not applicable, its target and actual the same mark.
        let marks = values.iter().all(|c| grid::is_empty_mark(&c.text));
        let blank = Cell {
            text: match marks {
                true => values.first().map_or("".into(), |c| c.text.clone()),
                false => "".into(),
            },
            ..name.clone()
        };
        row.push(blank.clone());
        row.push(blank);
        if !marks {
            notes.push(name.note(
                NoteKind::Guessed,
                msg!("import-note-spaced-no-values", level3 = quoted(&*name.text)),
            ));
        }
    }
    row.extend(values.into_iter().cloned());
    Some((Some(Row { cells: row }), notes))
}

/// True when a form read one row a line checks out: it was read to its 总分 row, has funds and
/// indicator rows, and its points and scores add up to that row's (the funds row's included).
fn checks_out(form: &grid::Form) -> bool {
    let number = |t: Option<&String>| -> Option<Decimal> {
        let t = t.map_or("", |t| t.trim());
        if t.is_empty() || grid::is_empty_mark(t) {
            return Some(Decimal::ZERO);
        }
        t.trim_end_matches('分').parse::<Decimal>().ok()
    };
    let Some(total) = &form.total else {
        return false;
    };
    let Some(funds) = form.funds.first() else {
        return false;
    };
    if !form.complete || form.indicators.is_empty() {
        return false;
    }
    // The funds row's 分值 and 得分, by its columns when the reader named them.
    let value = |key: usize| match funds.columns.as_slice() {
        [] => funds.values.get(key),
        columns => columns
            .iter()
            .position(|&c| c == key)
            .and_then(|k| funds.values.get(k)),
    };
    let sum = |pick: fn(&super::draft::Indicator) -> Option<&String>, funds: Option<&String>| {
        form.indicators
            .iter()
            .try_fold(number(funds)?, |sum, i| Some(sum + number(pick(i))?))
    };
    let points = sum(|i| i.points.as_ref(), value(3));
    let scores = sum(|i| i.score.as_ref(), value(5));
    let (Some(points), Some(scores)) = (points, scores) else {
        return false;
    };
    let (Some(total_points), Some(total_score)) =
        (number(total.points.as_ref()), number(total.score.as_ref()))
    else {
        return false;
    };
    points == total_points && scores == total_score && points > Decimal::ZERO
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn line(text: &str) -> Vec<Cell<'_>> {
        cells(text)
    }

    fn texts(row: &Row) -> Vec<String> {
        row.cells.iter().map(|c| c.text.to_string()).collect()
    }

    #[test]
    fn a_funds_line_gets_its_dropped_cells_back_where_the_template_has_them() {
        let cases = [
            (
                "年度资金总额: 880 880 880 10 10",
                vec!["年度资金总额:", "880", "880", "880", "10", "", "10"],
            ),
            (
                "年度资金总额: 880 880 792 10 90%",
                vec!["年度资金总额:", "880", "880", "792", "10", "90%", ""],
            ),
            (
                "其中:本年财政拨款 880 880 880 - -",
                vec!["其中:本年财政拨款", "880", "880", "880", "-", "", "-"],
            ),
            (
                "上年结转资金 - -",
                vec!["上年结转资金", "", "", "", "-", "", "-"],
            ),
            (
                "其他资金 5 5 5",
                vec!["其他资金", "5", "5", "5", "", "", ""],
            ),
            (
                "年度资金总额: 1 2 3 10 100% 10",
                vec!["年度资金总额:", "1", "2", "3", "10", "100%", "10"],
            ),
        ];
        for (text, want) in cases {
            let (row, _) = funds_row(line(text), 6).unwrap();
            assert_eq!(texts(&row), want, "{text}");
        }
        // Four figures, or no funds label: no funds row of this template.
        assert!(funds_row(line("年度资金总额: 880 880 10 10"), 6).is_none());
        assert!(funds_row(line("合计 880 880 880 10 10"), 6).is_none());
    }

    #[test]
    fn a_header_line_pairs_each_label_with_its_value() {
        let row = header_row(line("主管部门 实施单位 某县水利局"));
        assert_eq!(texts(&row), ["主管部门", "", "实施单位", "某县水利局"]);
        let row = header_row(line("项目名称 农村 供水 保障"));
        assert_eq!(texts(&row), ["项目名称", "农村 供水 保障"]);
    }

    #[test]
    fn an_indicator_line_is_read_by_where_its_numbers_fall() {
        let (row, _) = indicator_row(line("数量指标 指标1:泵站 4 4 10 10"), None).unwrap();
        assert_eq!(
            texts(&row.unwrap()),
            ["数量指标", "指标1:泵站", "4", "4", "10", "10"]
        );
        let lost = line("(50分)").pop();
        let (row, notes) = indicator_row(line("质量指标 指标1:验收合格 10 10"), lost).unwrap();
        assert_eq!(
            texts(&row.unwrap()),
            [
                "产出指标(50分)",
                "质量指标",
                "指标1:验收合格",
                "",
                "",
                "10",
                "10"
            ]
        );
        assert_eq!(notes.len(), 2);
        // A placeholder is left out; a name with one figure, or none, is no row.
        let (row, _) = indicator_row(line("指标2:"), None).unwrap();
        assert!(row.is_none());
        assert!(indicator_row(line("指标1:新建村级排涝"), None).is_none());
    }

    #[test]
    fn a_lost_level1_is_its_points_alone() {
        assert!(lost_level1("(50分)"));
        assert!(lost_level1("（30分）"));
        assert!(!lost_level1("(分)"));
        assert!(!lost_level1("产出指标(50分)"));
        assert!(!lost_level1("50分"));
    }
}
