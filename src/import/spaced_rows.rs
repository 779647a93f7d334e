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
//!
//! The Sichuan 部门预算项目支出绩效自评表 (年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重
//! / 得分 / 原因; 指标性质, 指标值, 度量单位, 完成值, 权重) is read too (s24): its funds and
//! indicator lines are handed on as written and the grid reader places their cells by what
//! each holds, as it places a form flattened onto one line ([`grid::read_flat`]) — the one
//! placement of that template's rows whose empty cells are gone.

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
    let (lone, mut cells): (Vec<Cell>, Vec<Cell>) = cells.into_iter().partition(alone);
    // The funds label's unit broken onto the next line (`项目资金` / `(万元) 年度资金总额 …`)
    // is the label's, not the last header cell's (`得分(万元)`, which join_broken would make).
    let unit_notes = unit_below_label(&mut cells);
    let (mut cells, mut notes) = paragraphs::join_broken(cells);
    notes.extend(unit_notes);
    for cell in lone {
        let at = cells.partition_point(|c| (c.line, c.number) < (cell.line, cell.number));
        cells.insert(at, cell);
    }
    let (rows, built, layout) = rows(cells)?;
    notes.extend(built);
    let mut parsed = match layout {
        Layout::Placed => grid::read(rows, None),
        Layout::AsWritten => grid::read_flat(rows),
    };
    let count = parsed.forms.len();
    let checks: Vec<Check> = (parsed.forms.iter().enumerate())
        .map(|(k, form)| checks_out(form, k + 1 == count))
        .collect::<Option<_>>()?;
    if checks.is_empty() {
        return None;
    }
    grid::attach_notes(&mut parsed, notes);
    grid::note_half_width(&mut parsed, rewritten, None);
    let message = match checks.contains(&Check::Cut) {
        true => msg!("import-note-spaced-rows-cut"),
        false => msg!("import-note-spaced-rows"),
    };
    Some(parsed.pending_noted(message, source_name, rules))
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
    /// The funds (`false`) or indicators (`true`) of the Sichuan template: each line handed
    /// on as written.
    AsWritten(bool),
    After,
}

/// How the rows' cells stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Every row's empty cells put back here: read in column order.
    Placed,
    /// Some rows as written, their empty cells gone (the Sichuan template's): placed by the
    /// grid reader by what each cell holds.
    AsWritten,
}

/// The standard funds header's columns (indexes into the funds keys): 年初预算数, 全年预算数,
/// 全年执行数, 分值, 执行率, 得分.
const STANDARD_FUNDS: [usize; 6] = [0, 1, 2, 3, 4, 5];

/// True when a funds header's columns are the Sichuan template's ([`grid::sichuan`]): 年初预算,
/// 调整后预算数, 预算执行数, 预算执行率, 权重, 得分, then 原因 or not.
fn sichuan_funds(columns: &[usize]) -> bool {
    let sichuan: Vec<usize> = (grid::sichuan::FUNDS_COLUMNS.iter())
        .filter_map(|t| funds_column(t))
        .collect();
    columns.len() + 1 >= sichuan.len() && sichuan.starts_with(columns)
}

/// The rows, one a line: label lines joined to the row they open, header values broken by
/// spaces joined, the cells a row's empty cells left out put back. `None` when a line of the
/// funds or indicator block is no row of it.
fn rows(cells: Vec<Cell<'_>>) -> Option<(Vec<Row<'_>>, Vec<ImportNote>, Layout)> {
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
    let mut layout = Layout::Placed;
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
            let (line, columns) = funds_header(line, &mut lines);
            block = match columns.as_slice() {
                c if c == STANDARD_FUNDS => Block::Funds(c.len()),
                c if sichuan_funds(c) => Block::AsWritten(false),
                c => Block::Funds(c.len()),
            };
            rows.push(Row { cells: line });
            continue;
        }
        if is_goals_header(&first) {
            block = Block::Goals;
            rows.push(Row { cells: line });
            continue;
        }
        let in_indicators = matches!(block, Block::Indicators | Block::AsWritten(true));
        if is_indicators_header(&first) && !in_indicators {
            let (line, header) = indicators_header(line, &mut lines)?;
            block = match header {
                Header::Standard(note) => {
                    notes.extend(note);
                    Block::Indicators
                }
                Header::Sichuan => Block::AsWritten(true),
            };
            rows.push(Row { cells: line });
            continue;
        }
        if matches!(block, Block::AsWritten(_)) {
            layout = Layout::AsWritten;
        }
        match block {
            Block::Header => rows.push(header_row(line)),
            Block::Goals | Block::After | Block::AsWritten(_) => rows.push(Row { cells: line }),
            Block::Funds(width) => {
                let (row, note) = funds_row(line, width)?;
                notes.extend(note);
                rows.push(row);
            }
            Block::Indicators => {
                notes.extend(scores_below(&mut line, &mut lines));
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
    Some((rows, notes, layout))
}

/// True when a line ends in a 分值 and a 得分.
fn ends_in_scores(line: &[Cell]) -> bool {
    matches!(line, [.., p, s] if grid::is_points_cell(&p.text) && grid::is_score_cell(&s.text))
}

/// True for a line holding only a 分值 and a 得分, both figures: the row above's, broken onto
/// a line of its own. One figure alone is no such line (a number wrapped in its cell, `97.9` /
/// `1`, is PDF text's, s16p P1).
fn is_scores_line(line: &[Cell]) -> bool {
    let figure = |t: &str| t.starts_with(|c: char| c.is_ascii_digit()) && grid::is_points_cell(t);
    matches!(line, [p, s] if figure(&p.text) && figure(&s.text))
}

/// The indicators header whose cells are broken in two, their lower halves on the next line
/// (`… 年度 实际 分值 得分 …` / `指标值 完成值`): each half below joined to one of a run of
/// cells above, in order, where that makes the standard columns. `None` when no run does.
fn header_halves<'a>(
    head: Vec<Cell<'a>>,
    below: Vec<Vec<Cell<'a>>>,
) -> Option<(Vec<Cell<'a>>, ImportNote)> {
    let [below] = below.as_slice() else {
        return None;
    };
    let k = below.len();
    (0..head.len().saturating_sub(k - 1)).find_map(|start| {
        let mut line = head.clone();
        let mut joined = Vec::with_capacity(k);
        for (cell, half) in line.iter_mut().skip(start).zip(below) {
            cell.text = format!("{}{}", cell.text, half.text).into();
            joined.push(cell.text.to_string());
        }
        standard_indicators(&line).then(|| {
            let note = head[start].note(
                NoteKind::Recognised,
                msg!(
                    "import-note-spaced-header-halves",
                    columns = quoted(joined.join(" / "))
                ),
            );
            (line, note)
        })
    })
}

/// The lines still to read, one a row.
type Lines<'a> = std::iter::Peekable<std::vec::IntoIter<Vec<Cell<'a>>>>;

/// The funds header, with its columns when they follow on the next line (`项目资金` /
/// `(万元)` on lines of their own; the Sichuan `预算执行情况(10分)` over `年度预算数(万元) 年初预算
/// …`), and the columns it names (indexes into the funds keys), in order.
fn funds_header<'a>(mut line: Vec<Cell<'a>>, lines: &mut Lines<'a>) -> (Vec<Cell<'a>>, Vec<usize>) {
    let columns =
        |l: &[Cell]| -> Vec<usize> { l.iter().filter_map(|c| funds_column(&c.text)).collect() };
    while columns(&line).is_empty() {
        let next = lines.next_if(|l| {
            l.iter().all(|c| funds_column(&c.text).is_some())
                || grid::is_funds_columns(&Row { cells: l.clone() })
        });
        match next {
            Some(next) => line.extend(next),
            None => break,
        }
    }
    let named = columns(&line);
    (line, named)
}

/// Which template an indicators header is of.
enum Header {
    /// The standard columns, with the note on a header broken in two, if it was.
    Standard(Option<ImportNote>),
    /// The Sichuan template's: its lines handed on as written.
    Sichuan,
}

/// The indicators header, broken over lines (`… 一级` / `指标` / `二级指标 三级指标 …`) or its
/// cells broken in two (`年度 实际` / `指标值 完成值`, s23). `None` when it names neither the
/// standard columns nor the Sichuan template's.
fn indicators_header<'a>(
    mut line: Vec<Cell<'a>>,
    lines: &mut Lines<'a>,
) -> Option<(Vec<Cell<'a>>, Header)> {
    let head = line.clone();
    let mut below = Vec::new();
    while let Some(next) = lines.next_if(|l| l.iter().all(|c| indicator_column(&c.text).is_some()))
    {
        below.push(next.clone());
        line.extend(next);
    }
    if standard_indicators(&line) {
        return Some((line, Header::Standard(None)));
    }
    if sichuan_indicators(&line) {
        return Some((line, Header::Sichuan));
    }
    let (joined, note) = header_halves(head, below)?;
    Some((joined, Header::Standard(Some(note))))
}

/// A row's 分值 and 得分 alone on the next line (`7 7`, s23): joined to the row when it does not
/// end in its own, said.
fn scores_below<'a>(line: &mut Vec<Cell<'a>>, lines: &mut Lines<'a>) -> Option<ImportNote> {
    if ends_in_scores(line) {
        return None;
    }
    let next = lines.next_if(|l| is_scores_line(l))?;
    let note = next.first().map(|c| {
        c.note(
            NoteKind::Recognised,
            msg!("import-note-spaced-scores-below"),
        )
    });
    line.extend(next);
    note
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

/// True when the indicators header names the Sichuan template's columns: 二级指标, 三级指标,
/// 指标性质, 指标值, 度量单位, 完成值, 权重, 得分 (未完成原因分析 after them, or not).
fn sichuan_indicators(line: &[Cell]) -> bool {
    let named = |texts: &mut dyn Iterator<Item = &str>| -> Vec<grid::Column> {
        texts
            .filter_map(indicator_column)
            .filter(|c| *c != grid::Column::Level1)
            .collect()
    };
    let columns = named(&mut line.iter().map(|c| &*c.text));
    let sichuan = named(&mut grid::sichuan::INDICATOR_COLUMNS.into_iter());
    columns.len() + 1 >= sichuan.len() && sichuan.starts_with(&columns)
}

/// The funds label's unit broken onto the line after it by the copy: the label (`项目资金`)
/// opens the funds header's line and its unit (`(万元)`, `（元）`) the next line, before the
/// first funds row's label (`(万元) 年度资金总额 29 29 …`). The unit is joined to the label
/// (`项目资金(万元)`), said; left where it was, it was joined to the header's last cell
/// (`得分(万元)`) and a 元 label was not read.
fn unit_below_label(cells: &mut Vec<Cell<'_>>) -> Vec<ImportNote> {
    let mut notes = Vec::new();
    let mut k = 1;
    while k < cells.len() {
        let opens = |c: &Cell| c.number <= 1;
        let unit = cells
            .get(k)
            .filter(|c| opens(c) && is_amounts_unit(&c.text));
        let label = unit.and_then(|u| {
            let above = cells.get(k - 1)?.line;
            (above < u.line)
                .then(|| cells.iter().position(|c| c.line == above))
                .flatten()
        });
        let Some(at) = label.filter(|&at| {
            cells
                .get(at)
                .is_some_and(|c| is_funds_header(&c.text) && !c.text.contains(['(', '（']))
        }) else {
            k += 1;
            continue;
        };
        let unit = cells.remove(k);
        if let Some(label) = cells.get_mut(at) {
            let joined = format!("{}{}", label.text, unit.text);
            notes.push(label.note(
                NoteKind::Recognised,
                msg!(
                    "import-note-cells-joined",
                    first = quoted(&*label.text),
                    second = quoted(&*unit.text),
                    joined = quoted(joined.as_str())
                ),
            ));
            label.text = joined.into();
        }
    }
    notes
}

/// An amounts' unit in brackets alone: `(万元)`, `（元）`.
fn is_amounts_unit(text: &str) -> bool {
    let inner = text
        .trim()
        .strip_prefix(['(', '（'])
        .and_then(|t| t.strip_suffix([')', '）']));
    matches!(inner, Some("万元" | "元"))
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
    // A label alone: nothing written, nothing guessed.
    let note = (!blanks.is_empty() && !values.is_empty()).then(|| {
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
    let rest = match rest.get(1..).and_then(blank_target) {
        Some(_) => rest,
        None if rest.len() > 4 => fit_pieces(rest, &mut notes)?,
        None => rest,
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
    let blank_target = blank_target(rest.get(1..)?)?;
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

/// Whether an indicator line's values (after its name) leave the target and actual blank
/// (`10 10`), or hold them (`4 4 10 10`, a 偏差原因 after): `None` for no such values.
fn blank_target(values: &[Cell]) -> Option<bool> {
    let numbers =
        |a: &Cell, b: &Cell| grid::is_points_cell(&a.text) && grid::is_score_cell(&b.text);
    match values {
        [p, s] if numbers(p, s) => Some(true),
        [_, _, p, s] | [_, _, p, s, _] if numbers(p, s) => Some(false),
        _ => None,
    }
}

/// An indicator line with more pieces than columns: a cell's text with a space in it (s23).
/// Its 分值 and 得分 are its last two pieces (or the last two figures with only words after
/// them, its 偏差原因, joined); the pieces before them are split into name, target and actual
/// by what the columns allow — a lone comparator (`≥` `95%`) joined to its figure, a target
/// and actual written alike (`完成 维护` `完成 维护`), or two quantities last (`6000平方米`
/// `6000平方米`). When exactly one split fits, it is taken and said; otherwise the whole text
/// is the name, the target and actual are left blank (the score kept unverified) and said.
fn fit_pieces<'a>(rest: Vec<Cell<'a>>, notes: &mut Vec<ImportNote>) -> Option<Vec<Cell<'a>>> {
    let n = rest.len();
    let pair = |k: usize| match (rest.get(k), rest.get(k + 1)) {
        (Some(p), Some(s)) => grid::is_points_cell(&p.text) && grid::is_score_cell(&s.text),
        _ => false,
    };
    let words_after = |k: usize| {
        rest.get(k + 2..)
            .is_some_and(|r| r.iter().all(|c| !grid::is_points_cell(&c.text)))
    };
    let at = (3..n - 1)
        .rev()
        .find(|&k| pair(k) && k + 2 == n)
        .or_else(|| (3..n - 1).rev().find(|&k| pair(k) && words_after(k)))?;
    let mut before: Vec<Cell> = rest.get(..at)?.to_vec();
    join_comparators(&mut before);
    let joined = |cells: &[Cell<'a>]| -> Option<Cell<'a>> {
        let first = cells.first()?;
        let text: Vec<&str> = cells.iter().map(|c| &*c.text).collect();
        Some(Cell {
            text: text.join(" ").into(),
            ..first.clone()
        })
    };
    let first = rest.first()?;
    let mut out = match split(&before) {
        Some((a, b)) => {
            let cells = [
                joined(before.get(..a)?)?,
                joined(before.get(a..b)?)?,
                joined(before.get(b..)?)?,
            ];
            if at > 3 {
                notes.push(first.note(
                    NoteKind::Guessed,
                    msg!(
                        "import-note-spaced-joined",
                        count = at,
                        level3 = quoted(&*cells[0].text),
                        target = quoted(&*cells[1].text),
                        actual = quoted(&*cells[2].text)
                    ),
                ));
            }
            cells.to_vec()
        }
        None => {
            let name = joined(&before)?;
            notes.push(first.note(
                NoteKind::Guessed,
                msg!(
                    "import-note-spaced-unsplit",
                    count = at,
                    text = quoted(&*name.text)
                ),
            ));
            let blank = Cell {
                text: "".into(),
                ..name.clone()
            };
            vec![name, blank.clone(), blank]
        }
    };
    out.extend(rest.get(at..at + 2)?.iter().cloned());
    out.extend(rest.get(at + 2..).and_then(joined));
    Some(out)
}

/// Joins a lone comparator (`≥`, `≤`, `>`, `<`, `=`) to the piece after it: no cell is a
/// comparator alone in a row with no 指标性质 column.
fn join_comparators(cells: &mut Vec<Cell>) {
    let mut k = 0;
    while k + 1 < cells.len() {
        let lone = cells.get(k).is_some_and(|c| {
            c.text.chars().count() == 1 && crate::value::comparator_sign(&c.text).is_some()
        });
        if lone {
            let next = cells.remove(k + 1);
            if let Some(cell) = cells.get_mut(k) {
                cell.text = format!("{}{}", cell.text, next.text).into();
            }
        }
        k += 1;
    }
}

/// Where the pieces before an indicator line's 分值 split into name, target and actual
/// (`(a, b)`: name `..a`, target `a..b`, actual `b..`): three pieces one each; more, the one
/// split the columns allow — a target and actual written alike, or two quantities last —
/// `None` when none or more than one does.
fn split(before: &[Cell]) -> Option<(usize, usize)> {
    let m = before.len();
    if m == 3 {
        return Some((1, 2));
    }
    if m < 3 {
        return None;
    }
    let texts: Vec<&str> = before.iter().map(|c| &*c.text).collect();
    let mut fits: Vec<(usize, usize)> = (1..=(m - 1) / 2)
        .filter(|&k| texts.get(m - 2 * k..m - k) == texts.get(m - k..))
        .map(|k| (m - 2 * k, m - k))
        .collect();
    let quantity = |t: &str| matches!(crate::value::parse(t), crate::value::Value::Quantity(_));
    if quantity(texts[m - 2]) && quantity(texts[m - 1]) {
        fits.push((m - 2, m - 1));
    }
    fits.dedup();
    fits.sort_unstable();
    fits.dedup();
    match fits.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// How a form read one row a line checks out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Check {
    /// Its points and scores add up to its own 总分 row.
    Total,
    /// The input ends before its 总分 row (the page's table cut, s23): every indicator row
    /// placed, each score within its points, the points within 100 — nothing to add up to.
    Cut,
}

/// How a form read one row a line checks out, `None` when it does not: it was read to its 总分
/// row, has funds and indicator rows, and its points and scores add up to that row's (the
/// funds row's included) — or, the input's `last` form, it was cut before its 总分 row and
/// each score lies within its points, the points within 100.
fn checks_out(form: &grid::Form, last: bool) -> Option<Check> {
    let funds = form.funds.first()?;
    if form.indicators.is_empty() {
        return None;
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
    let points = sum(|i| i.points.as_ref(), value(3))?;
    let scores = sum(|i| i.score.as_ref(), value(5))?;
    if points <= Decimal::ZERO {
        return None;
    }
    let Some(total) = &form.total else {
        let within = |p: Option<&String>, s: Option<&String>| matches!((number(p), number(s)), (Some(p), Some(s)) if s <= p);
        let each = within(value(3), value(5))
            && form
                .indicators
                .iter()
                .all(|i| within(i.points.as_ref(), i.score.as_ref()));
        let cut = last && !form.complete && each && points <= Decimal::ONE_HUNDRED;
        return cut.then_some(Check::Cut);
    };
    let total_points = number(total.points.as_ref())?;
    let total_score = number(total.score.as_ref())?;
    (form.complete && points == total_points && scores == total_score).then_some(Check::Total)
}

/// A 分值 or 得分 cell's number: blank or a mark 0, `15分` 15; `None` for any other text.
fn number(t: Option<&String>) -> Option<Decimal> {
    let t = t.map_or("", |t| t.trim());
    if t.is_empty() || grid::is_empty_mark(t) {
        return Some(Decimal::ZERO);
    }
    t.trim_end_matches('分').parse::<Decimal>().ok()
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
    fn pieces_are_split_by_what_the_columns_allow() {
        let texts = |r: Vec<Cell>| r.iter().map(|c| c.text.to_string()).collect::<Vec<_>>();
        let fit = |text: &str| {
            let mut notes = Vec::new();
            let row = fit_pieces(line(text), &mut notes).map(texts);
            (row, notes.len())
        };
        // Two quantities last: the name joined.
        let (row, said) = fit("指标2 修缮面积 6000平方米 6000平方米 7 7");
        assert_eq!(
            row.unwrap(),
            ["指标2 修缮面积", "6000平方米", "6000平方米", "7", "7"]
        );
        assert_eq!(said, 1);
        // A target and actual written alike; a lone comparator joined.
        let (row, _) = fit("甲 乙 完成 维护 完成 维护 10 10");
        assert_eq!(
            row.unwrap(),
            ["甲 乙", "完成 维护", "完成 维护", "10", "10"]
        );
        let (row, _) = fit("验收率 ≥ 95% 98% 6 6");
        assert_eq!(row.unwrap(), ["验收率", "≥95%", "98%", "6", "6"]);
        // A 偏差原因 in pieces after the scores: joined, no guess.
        let (row, said) = fit("送戏场次 ≥40场 36场 20 18 部分 取消");
        assert_eq!(
            row.unwrap(),
            ["送戏场次", "≥40场", "36场", "20", "18", "部分 取消"]
        );
        assert_eq!(said, 0);
        // No one split: the whole text the name, target and actual blank, said.
        let (row, said) = fit("非遗 氛围 明显 提升 较好 提升 30 25");
        assert_eq!(
            row.unwrap(),
            ["非遗 氛围 明显 提升 较好 提升", "", "", "30", "25"]
        );
        assert_eq!(said, 1);
        // No 分值 and 得分 pair: no row.
        assert!(fit("甲 乙 丙 丁 戊").0.is_none());
    }

    #[test]
    fn a_scores_line_is_two_figures_alone() {
        assert!(is_scores_line(&line("7 7")));
        assert!(is_scores_line(&line("10 9.5")));
        assert!(!is_scores_line(&line("1")));
        assert!(!is_scores_line(&line("/ /")));
        assert!(!is_scores_line(&line("7 7 7")));
        assert!(ends_in_scores(&line("指标 100% 95% 6 5")));
        assert!(!ends_in_scores(&line("指标 完成维护 完成维护")));
    }

    #[test]
    fn a_header_broken_in_two_is_joined_half_to_half() {
        let head =
            line("绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施");
        let below = vec![line("指标值 完成值")];
        let (joined, _) = header_halves(head.clone(), below).unwrap();
        let texts: Vec<String> = joined.iter().map(|c| c.text.to_string()).collect();
        assert!(texts.contains(&"年度指标值".to_owned()), "{texts:?}");
        assert!(texts.contains(&"实际完成值".to_owned()), "{texts:?}");
        // Halves that make no standard header: none.
        assert!(header_halves(head, vec![line("计量单位 权重")]).is_none());
    }

    #[test]
    fn a_unit_broken_onto_the_first_funds_line_joins_the_label() {
        let text = "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n(万元) 年度资金总额 29 29 27.8 9 95.8% 8";
        let mut all = cells(text);
        let notes = unit_below_label(&mut all);
        assert_eq!(notes.len(), 1);
        let first: Vec<&str> = all.iter().take(8).map(|c| &*c.text).collect();
        assert_eq!(first.first(), Some(&"项目资金(万元)"));
        assert_eq!(first.last(), Some(&"年度资金总额"));
        // A label with its unit already, or a unit opening no funds line: left alone.
        for text in [
            "项目资金(万元) 年初预算数 得分\n(万元) 年度资金总额 29",
            "主管部门 某局\n(万元) 年度资金总额 29",
        ] {
            let mut all = cells(text);
            assert!(unit_below_label(&mut all).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_sichuan_headers_are_told_from_others() {
        let sichuan = "绩效指标(90分) 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分 未完成原因分析";
        assert!(sichuan_indicators(&line(sichuan)));
        assert!(!standard_indicators(&line(sichuan)));
        assert!(!sichuan_indicators(&line(
            &sichuan.replace(" 度量单位", "")
        )));
        let standard = "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分";
        assert!(!sichuan_indicators(&line(standard)));
        assert!(sichuan_funds(&[0, 1, 2, 4, 3, 5, 6]));
        assert!(sichuan_funds(&[0, 1, 2, 4, 3, 5]));
        assert!(!sichuan_funds(&STANDARD_FUNDS));
        assert!(!sichuan_funds(&[0, 1, 2, 4, 3]));
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
