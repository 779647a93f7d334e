//! Importer for text copied from Word or a web page with one table cell per paragraph: cells
//! separated by blank lines (an empty cell is an empty paragraph: three blank lines between two
//! cells), or — when the text has no blank-line separators at all — one cell per line.
//!
//! The row boundaries are lost in such text, so rows are rebuilt from the content: the section
//! headers (项目资金 …, 年度总体目标 …, 年度绩效指标完成情况 / 一级指标 …) name the columns and so
//! the width of the rows under them, level-1/level-2 labels open indicator rows, and a title,
//! 总分 or the next section cuts a row short (a form cut off mid-row is read as far as it goes).
//! The rows then go to the same [`grid`](super::grid) reader as every other format, including
//! forms of other templates (指标性质 column, no 分值/得分 columns).

use crate::i18n::{msg, quoted};

use super::grid::{
    self, Cell, Import, ImportNote, NoteKind, Row, funds_column, indicator_column, is_full_label,
    is_funds_header, is_funds_label, is_goals_header, is_indicators_header, is_level1, is_level2,
    is_placeholder, is_title, is_total_label, is_year,
};

/// Imports every form in `text`.
pub fn import(source_name: &str, text: &str, rules: Option<&str>) -> Import {
    read(source_name, text, rules).write()
}

/// The forms of `text` read, not yet written as case files (#15).
pub(crate) fn read(source_name: &str, text: &str, rules: Option<&str>) -> super::Pending {
    let mut cells = paragraphs(text);
    let rewritten = grid::half_width(&mut cells);
    let (cells, mut notes) = join_lines(cells);
    // One cell a line with not one empty cell: the copy (out of a PDF viewer, most often)
    // dropped the empty cells, as flattening does, so the rows are rebuilt as for flattened
    // text — a blank target put back by where the numbers fall — and read by what their cells
    // hold, each guess said. Told before broken cells are joined (`实施单位` / `(盖章)`), which
    // leaves a gap in the lines (tester s7 F10).
    let dropped =
        cells.len() > 1 && cells.iter().all(|c| !c.text.is_empty()) && one_cell_a_line(&cells);
    // A page break's marker and header printed again between a cell's pieces (`全年执行数`,
    // footer, header, `（B）`: tester s11b G2) are left out before the pieces are joined.
    let (cells, page) = match super::page::without_markers(&cells) {
        (std::borrow::Cow::Owned(kept), page) => (kept, page),
        (std::borrow::Cow::Borrowed(_), page) => (cells, page),
    };
    notes.extend(page);
    let (cells, broken) = join_broken(cells);
    notes.extend(broken);
    let cells = match dropped {
        true => {
            let (cells, continued) = join_continued(cells);
            notes.extend(continued);
            cells
        }
        false => cells,
    };
    // Split after the shape is told: the title's line holds one paragraph as written.
    let (cells, cut) = title_then_label(cells);
    notes.extend(cut);
    let (rows, guessed) = rows(&cells, dropped);
    notes.extend(guessed);
    let mut parsed = match dropped {
        true => grid::read_flat(rows),
        false => grid::read(rows, None),
    };
    grid::attach_notes(&mut parsed, notes);
    grid::note_half_width(&mut parsed, rewritten, None);
    // A title alone was said when it was left out: "no cell reads the title" would be false.
    if parsed.forms.is_empty() && parsed.bare_titles == 0 {
        parsed.problems.push(grid::no_form_note());
    }
    let lines: Vec<&str> = text.lines().collect();
    let split = match one_cell_per_line(&lines) {
        true => crate::i18n::msg!("import-note-cells-per-line"),
        false => crate::i18n::msg!("import-note-cells-per-paragraph"),
    };
    parsed.pending_noted(split, source_name, rules)
}

/// A paragraph holding a form's title and a header label after it (the 永德 page:
/// `2022年度项目支出绩效自评表 | 部门:某局`) is the title's cell and the label's: the title
/// opens the form, and the grid reader reads the label and value after it as a header row
/// ([`grid::title_line`], which says so).
fn title_then_label(cells: Vec<Cell<'_>>) -> (Vec<Cell<'_>>, Vec<ImportNote>) {
    if !cells
        .iter()
        .any(|c| grid::title_line::split_cell(&c.text).is_some())
    {
        return (cells, Vec::new());
    }
    let mut out = Vec::with_capacity(cells.len() + 2);
    let mut notes = Vec::new();
    for cell in cells {
        let Some((title, label, value)) = grid::title_line::split_cell(&cell.text) else {
            out.push(cell);
            continue;
        };
        let header: Vec<&str> = [label, value]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect();
        let at = (cell.line, cell.number);
        notes.push(grid::title_line::cut_note(title, &header, at, None));
        for text in [title, label, value] {
            if !text.is_empty() {
                out.push(Cell::text(text.to_owned(), cell.number, cell.line));
            }
        }
    }
    (out, notes)
}

/// Header texts that Word and web pages break over two paragraphs (`年初` / `预算数`,
/// `经济效益` / `指标`, `项目资金` / `(万元)`): two cells whose texts make one of these are
/// joined.
const BROKEN_HEADERS: [&str; 18] = [
    "项目资金(万元)",
    "项目资金（万元）",
    // The 20分×执行率 template's funds header (`预算执行` / `情况(万元)` / `(20分)`).
    "预算执行情况(万元)",
    "预算执行情况（万元）",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "年度指标值",
    "实际完成值",
    "全年完成值",
    "经济效益指标",
    "社会效益指标",
    "生态效益指标",
    "可持续影响指标",
    "满意度指标",
    "服务对象满意度指标",
    "偏差原因分析及改进措施",
    "年度总体目标",
];

/// Column headers of the funds and indicator blocks that a PDF's narrow column wraps, besides
/// [`BROKEN_HEADERS`]: each may carry its column letter, formula or unit in parentheses
/// (`全年预算数（A）`, `执行率(B/A)`, `分值（分）`), which the wrap often puts on a line of its own.
const COLUMN_HEADERS: [&str; 8] = [
    "调整后预算数",
    "执行率",
    "预算执行率",
    "分值",
    "得分",
    "三级指标",
    "二级指标",
    "一级指标",
];

/// The most cells one header text is broken over (`服务对象` / `满意度指` / `标`, `全年` /
/// `预算数` / `（A）`).
const MOST_PIECES: usize = 4;

/// A broken header's first piece is never longer than this, in characters (the longest header,
/// `偏差原因分析及改进措施`, has 11): longer cells are not tried, which keeps the joins cheap on
/// the cells of a form's content.
const LONGEST_PIECE: usize = 12;

/// How text copied out of a PDF shows itself ([`spaced_header`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PdfText {
    /// A row's cells side by side on one line, separated by spaces.
    Rows,
    /// The table read column by column.
    Columns,
    /// The table's text in the order it was drawn: the template's labels out of their order
    /// ([`super::pdf_order`]).
    Drawn,
}

/// The first line of `text` that shows the cells of a form's row side by side, separated by
/// spaces, with its number from 1 and its words: the shape of text copied out of a PDF or its
/// preview, whose table lost its cells (tester s16p P1). Read one cell a line, such text gives
/// forms named by a header label and errors blamed on the department, so it is refused
/// instead. Told by a header line (`一级指标 二级指标 三级指标 年度指标值 …`, or a narrow
/// table's `年初 全年 全年 分值 执行 得分`: three columns named), or else by the second line that
/// opens with a row's label and goes on with its cells (`总分 100 97.9`, `数量指标 指标1：水样`);
/// or text in column order, whose `总分` comes before any figure.
pub(crate) fn spaced_header(text: &str) -> Option<(usize, String, PdfText)> {
    let mut rows = 0;
    let mut numbers = false;
    // The first column's labels in their order: one straight under the one before it is
    // column order (in row order a label is followed by its value).
    const FIRST_COLUMN: [&str; 4] = ["项目名称", "主管部门", "项目资金", "年度总体"];
    let first_column = |cell: &str| {
        // The label alone (`项目资金(万元)`), not a row of the label and its value.
        (cell.split_whitespace().nth(1).is_none())
            .then(|| FIRST_COLUMN.iter().position(|l| cell.starts_with(l)))
            .flatten()
    };
    let mut above: Option<usize> = None;
    // Blank lines between two cells that stand next to each other: none in text of one cell a
    // line, one where blank lines part the cells; more is an empty cell between (tester s16r
    // N-I: a real form's empty 项目名称 cell between its label and 主管部门).
    let lines: Vec<&str> = text.lines().collect();
    let apart = usize::from(!one_cell_per_line(&lines));
    let mut blank = 0;
    let mut chain = 0;
    let mut pair: Option<(usize, usize)> = None;
    let pair_found = |at: usize| {
        let cell = lines.get(at).map_or("", |l| l.trim());
        Some((at + 1, cell.to_owned(), PdfText::Columns))
    };
    lines.iter().enumerate().find_map(|(i, line)| {
        // Column order (`pdftotext`'s default, pdfminer): the first column's labels one under
        // the other — 项目名称 straight above 主管部门, 总分 before any figure of the form.
        let cell = line.trim();
        if cell.is_empty() {
            blank += 1;
            return None;
        }
        let columns = Some((i + 1, cell.to_owned(), PdfText::Columns));
        numbers |= is_number(cell);
        let label = first_column(cell);
        let follows = blank <= apart && matches!((above, label), (Some(a), Some(b)) if b == a + 1);
        // Three labels in a row: two may meet where a copy dropped the empty cell between
        // them (tester s16r N-I).
        // Two labels meeting decide it where nothing could have been dropped between them (no
        // blank line where the text parts its cells with one),
        // or where the title, or two values, come next (pdfminer: `项目名称` / `主管部门` /
        // `项目支出绩效自评表`; pdftotext: `项目名称` / `主管部门` / the name / the department).
        if let Some((at, values)) = pair.take() {
            match (is_title(cell), !grid::is_form_label(cell)) {
                (true, _) => return pair_found(at),
                (false, true) if values == 1 => return pair_found(at),
                (false, true) => pair = Some((at, values + 1)),
                _ => {}
            }
        }
        chain = if follows { chain + 1 } else { 0 };
        let close = follows && blank < apart;
        if !numbers && is_total_label(cell) || chain >= 2 || close {
            return columns;
        }
        if follows {
            pair = Some((i, 0));
        }
        above = label;
        blank = 0;
        // Cells parted by `|` are no PDF's line (a table written with pipes: tester s16r N-B).
        if cell.contains(['|', '｜']) {
            return None;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.len() < 2 || words.len() > 24 {
            return None;
        }
        let found = || Some((i + 1, words.join(" "), PdfText::Rows));
        let labelled = words.len() >= 3
            && (is_total_label(words[0]) || exact_funds_label(words[0]) || is_full_label(words[0]));
        if labelled {
            rows += 1;
            if rows >= 2 {
                return found();
            }
        }
        let mut columns = std::collections::BTreeSet::new();
        let mut named = 0;
        for word in words.iter().filter(|w| w.chars().count() <= 12) {
            let column = indicator_column(word)
                .map(|c| c as usize)
                .or_else(|| funds_column(word).map(|c| 100 + c));
            if let Some(column) = column {
                columns.insert(column);
                named += 1;
            }
        }
        match columns.len() >= 3 && named * 5 >= words.len() * 2 {
            true => found(),
            false => None,
        }
    })
}

/// Joins cells broken over two or more paragraphs or lines — a header text (see
/// [`header_text`]: `年初` / `预算数`, `服务对象` / `满意度指` / `标`, `全年预算数` / `（A）`) and a
/// header label split from its remark (`实施单位` `(盖章)`) — each join reported.
pub(crate) fn join_broken(cells: Vec<Cell>) -> (Vec<Cell>, Vec<ImportNote>) {
    let squeeze = |t: &str| -> String { t.chars().filter(|c| !c.is_whitespace()).collect() };
    let mut out: Vec<Cell> = Vec::with_capacity(cells.len());
    let mut notes = Vec::new();
    let mut cells = std::collections::VecDeque::from(cells);
    while let Some(mut cell) = cells.pop_front() {
        let first = squeeze(&cell.text);
        // Only a header's first piece is joined to more than one cell: most cells (values,
        // names) are asked for the one after them alone, as before (#15: this runs on every
        // cell of every text form).
        let more = match first.chars().count() {
            n if n > LONGEST_PIECE => 0,
            _ if opens_header(&first) => MOST_PIECES - 1,
            _ => 1,
        };
        // A title's first piece (tester s13 T2) is joined to up to three lines after it.
        let title = grid::opens_title(&first);
        let pieces: Vec<String> = std::iter::once(first)
            .chain(
                cells
                    .iter()
                    .take(if title { grid::TITLE_PIECES - 1 } else { more })
                    .map(|c| squeeze(&c.text)),
            )
            .collect();
        let taken = (2..=pieces.len())
            .rev()
            .find(|&k| {
                pieces.get(..k).is_some_and(|p| {
                    (k <= more + 1 && broken_header(p)) || (title && grid::broken_title(p))
                })
            })
            .or_else(|| match pieces.as_slice() {
                [a, b, ..]
                    if (grid::header_key(a).is_some() && is_remark(b))
                        || broken_label(a, b, &format!("{a}{b}")) =>
                {
                    Some(2)
                }
                _ => None,
            });
        if let Some(parts) = taken.and_then(|k| pieces.get(..k)) {
            let joined = parts.concat();
            let message = match parts {
                [a, b] => msg!(
                    "import-note-cells-joined",
                    first = quoted(a.as_str()),
                    second = quoted(b.as_str()),
                    joined = quoted(joined.as_str())
                ),
                _ => msg!(
                    "import-note-cells-joined-lines",
                    cells = quoted(parts.join(" / ")),
                    count = parts.len(),
                    joined = quoted(joined.as_str())
                ),
            };
            notes.push(cell.note(NoteKind::Recognised, message));
            cell.text = joined.into();
            cells.drain(..parts.len() - 1);
        }
        // The joined cell keeps the first half's number and the cells after it theirs: a
        // note's cell number counts the input's cells, as the user counts them (it was the
        // count after joins, one off after each, s6 doubt).
        out.push(cell);
    }
    (out, notes)
}

/// True when `pieces`, cells in a row, are one header text broken over them ([`header_text`]):
/// none is blank or a number, and the first is no header text alone — unless all after it is
/// the header's column mark (`全年预算数` / `（A）`, `产出指标` / `（50分）`).
fn broken_header(pieces: &[String]) -> bool {
    let Some((first, rest)) = pieces.split_first() else {
        return false;
    };
    let joined = pieces.concat();
    // A first piece that is a header alone may still begin a longer one the pieces spell out
    // (`预算执行`, a level-1 label, / `情况(万元)` / `(20分)`: session 20).
    let named = split_column_mark(&joined).map_or(joined.as_str(), |(head, _)| head);
    let longer = BROKEN_HEADERS.contains(&named) && rest.first().is_some_and(|r| !header_text(r));
    pieces.iter().all(|p| !p.is_empty() && !is_number(p))
        && header_text(&joined)
        && (!header_text(first) || is_column_mark(&rest.concat()) || longer)
}

/// A header text as printed whole: a name of [`BROKEN_HEADERS`] or [`COLUMN_HEADERS`], a
/// level-1/level-2 label written in full (with its points, `产出指标（50分）`), or a name
/// followed by its column mark (`全年预算数（A）`, `执行率（B/A×100%）`, `得分（分）`).
fn header_text(text: &str) -> bool {
    let name =
        |t: &str| BROKEN_HEADERS.contains(&t) || COLUMN_HEADERS.contains(&t) || is_full_label(t);
    name(text) || split_column_mark(text).is_some_and(|(head, _)| name(head))
}

/// True when `text` is the start of a header text (or one whole, before its column mark):
/// a name of [`BROKEN_HEADERS`], [`COLUMN_HEADERS`] or a level-1/level-2 label starts with it.
fn opens_header(text: &str) -> bool {
    !text.is_empty()
        && BROKEN_HEADERS
            .iter()
            .chain(&COLUMN_HEADERS)
            .chain(&grid::LEVEL1)
            .chain(&grid::LEVEL2)
            .any(|name| name.starts_with(text))
}

/// `text` cut before its trailing column mark ([`is_column_mark`]): `全年预算数（A）` →
/// (`全年预算数`, `（A）`).
fn split_column_mark(text: &str) -> Option<(&str, &str)> {
    let at = text.rfind(['(', '（'])?;
    let (head, mark) = text.split_at(at);
    is_column_mark(mark).then_some((head, mark))
}

/// True for a header's column mark in parentheses (ASCII or full width): a column letter or a
/// formula of letters (`（A）`, `(B/A)`, `（A×100%）`), a unit (`（分）`, `(万元)`, `（%）`),
/// points (`（50分）`), or the points the execution is reckoned with (`（20分*执行率）`, the
/// 20分×执行率 template's 得分 column, read by [`grid::points_times_rate`] as the grid reads it).
fn is_column_mark(text: &str) -> bool {
    let Some(inner) = text
        .strip_prefix(['(', '（'])
        .and_then(|t| t.strip_suffix([')', '）']))
    else {
        return false;
    };
    let letter = |c: char| c.is_ascii_uppercase() || ('Ａ'..='Ｚ').contains(&c);
    let formula = inner.chars().any(letter)
        && inner.chars().count() <= 12
        && inner
            .chars()
            .all(|c| letter(c) || c.is_ascii_digit() || "/／×*xX÷+-－%％.".contains(c));
    let unit = matches!(inner, "分" | "万元" | "元" | "%" | "％");
    let points = inner
        .strip_suffix('分')
        .is_some_and(|n| !n.is_empty() && is_plain(n));
    formula || unit || points || grid::points_times_rate(text).is_some()
}

/// A header label (`主管` / `部门`), a funds column (`执行` / `率`) or a funds row label
/// (`其中:当年` / `财政拨款`) broken over two cells: the two texts make the label and neither
/// is one alone (tester s6 F2: the halves shifted every cell after them, and the form lost its
/// 主管部门 and its 执行得分).
fn broken_label(a: &str, b: &str, joined: &str) -> bool {
    let label = |t: &str| {
        grid::header_key(t).is_some() || exact_funds_label(t) || matches!(t, "执行率" | "分值")
    };
    let number = |t: &str| is_number(t);
    // `年度资金` / `总额`: Sichuan's row label 总额 is the second half of the standard one.
    let standard = grid::FUNDS_LABELS.contains(&joined.trim_end_matches([':', '：']));
    !a.is_empty()
        && !b.is_empty()
        && !number(a)
        && !number(b)
        && label(joined)
        && !label(a)
        && (!label(b) || standard)
}

/// A funds row label written in full (`其中:当年财政拨款`, `上年结转资金`), not a part of one.
fn exact_funds_label(text: &str) -> bool {
    let t = text.trim();
    let t = t
        .strip_prefix("其中")
        .map_or(t, |r| r.trim_start_matches([':', '：']))
        .trim_end_matches([':', '：']);
    grid::FUNDS_LABELS.contains(&t) || grid::OTHER_FUNDS_LABELS.contains(&t)
}

/// A remark in parentheses that a header label carries (`(盖章)`, `（签章）`), with no digits:
/// a cell of its own when a space split it from its label.
fn is_remark(text: &str) -> bool {
    let inner = text
        .strip_prefix(['(', '（'])
        .and_then(|t| t.strip_suffix([')', '）']));
    inner.is_some_and(|t| !t.is_empty() && !t.chars().any(|c| c.is_ascii_digit()))
}

/// Joins the lines of a cell that Word, a web page or a PDF broke over two lines
/// (`部分达成预期指标` / `并具有一定效果`, `全年执行数` / `(B)`): a line break inside Chinese text
/// is layout, not a word boundary, so the lines are joined with nothing between them (with a
/// space between two ASCII words). Each join is reported (#15, F12).
fn join_lines(mut cells: Vec<Cell>) -> (Vec<Cell>, Vec<ImportNote>) {
    let mut notes = Vec::new();
    for cell in &mut cells {
        if !cell.text.contains('\n') {
            continue;
        }
        let mut joined = String::with_capacity(cell.text.len());
        for line in cell.text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let ascii_end = joined
                .chars()
                .last()
                .is_some_and(|c| c.is_ascii_alphanumeric());
            let ascii_start = line
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric());
            if ascii_end && ascii_start {
                joined.push(' ');
            }
            joined.push_str(line);
        }
        notes.push(cell.note(
            NoteKind::Recognised,
            msg!(
                "import-lines-joined",
                lines = cell.text.lines().count(),
                text = joined.as_str()
            ),
        ));
        cell.text = joined.into();
    }
    (cells, notes)
}

/// True when every cell stands on a line of its own, one after the other (no blank lines, no
/// cell of several lines).
fn one_cell_a_line(cells: &[Cell]) -> bool {
    cells.windows(2).all(|w| match w {
        [a, b] => b.line == a.line + 1,
        _ => true,
    })
}

/// In text of one cell a line, a line ending in `,`, `，`, `、` or `;` does not end a cell:
/// the cell's text (a long 偏差原因, a goal) was wrapped onto the next line. Joined, and said.
fn join_continued(cells: Vec<Cell>) -> (Vec<Cell>, Vec<ImportNote>) {
    let mut out: Vec<Cell> = Vec::with_capacity(cells.len());
    let mut notes = Vec::new();
    let mut open: Option<usize> = None;
    for cell in cells {
        if let Some(at) = open
            && let Some(last) = out.get_mut(at)
        {
            last.text.to_mut().push_str(&cell.text);
            notes.push(last.note(
                NoteKind::Guessed,
                msg!("import-wrapped-line-joined", text = &*last.text),
            ));
        } else {
            // Numbered as in the input (see `join_broken`).
            out.push(cell);
        }
        open = out
            .last()
            .filter(|c| c.text.ends_with([',', '，', '、', ';', '；']))
            .map(|_| out.len() - 1);
    }
    (out, notes)
}

/// True when the text has (nearly) no blank lines between its cells, so that each line is a
/// cell: more lines follow their line directly than after one blank line. The choice is said in
/// every form's notes (#15 item 4).
fn one_cell_per_line(lines: &[&str]) -> bool {
    let blank = |l: &str| l.trim().is_empty();
    let (mut single_gaps, mut adjacent, mut run) = (0usize, 0usize, 0usize);
    for (i, l) in lines.iter().enumerate() {
        if blank(l) {
            run += 1;
            continue;
        }
        if i > 0 {
            if run == 0 {
                adjacent += 1;
            } else if run == 1 {
                single_gaps += 1;
            }
        }
        run = 0;
    }
    single_gaps <= adjacent
}

/// Splits the text into cells, each numbered in its line ([`grid::number_in_lines`]): a
/// paragraph stands alone on the line it starts on.
fn paragraphs(text: &str) -> Vec<Cell<'_>> {
    let lines: Vec<&str> = text.lines().collect();
    let blank = |l: &str| l.trim().is_empty();
    let mut cells: Vec<Cell> = Vec::new();
    let push = |cells: &mut Vec<Cell>, text: String, line: usize| {
        let number = cells.len() + 1;
        cells.push(Cell {
            text: text.into(),
            number,
            line,
            numeric: false,
            across: 0,
        });
    };
    if one_cell_per_line(&lines) {
        // One cell per line; a blank line inside the table is an empty cell.
        let mut seen = false;
        for (i, l) in lines.iter().enumerate() {
            if blank(l) && !seen {
                continue;
            }
            seen = true;
            push(&mut cells, l.trim().to_owned(), i + 1);
        }
        while cells.last().is_some_and(|c| c.text.is_empty()) {
            cells.pop();
        }
        grid::number_in_lines(&mut cells);
        return cells;
    }
    let mut current: Option<(usize, String)> = None;
    let mut run = 0usize;
    for (i, l) in lines.iter().enumerate() {
        if blank(l) {
            if let Some((line, text)) = current.take() {
                push(&mut cells, text, line);
            }
            run += 1;
            continue;
        }
        if current.is_none() {
            if !cells.is_empty() {
                for _ in 0..run.saturating_sub(1) / 2 {
                    push(&mut cells, String::new(), i);
                }
            }
            run = 0;
            current = Some((i + 1, l.trim().to_owned()));
        } else if let Some((_, text)) = current.as_mut() {
            text.push('\n');
            text.push_str(l.trim());
        }
    }
    if let Some((line, text)) = current {
        push(&mut cells, text, line);
    }
    grid::number_in_lines(&mut cells);
    cells
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Header,
    Funds(usize),
    Goals(usize),
    /// The indicators: how many columns their header names after the level labels, and
    /// whether one is a remark column (`评分标准`), which puts the columns out of the
    /// template's order: such rows are cut by the width alone, never placed as the standard
    /// template's (tester s23 B1).
    Indicators(usize, bool),
    After,
}

/// A cell that always starts a row of its own.
fn starts_row(text: &str) -> bool {
    is_title(text)
        || is_total_label(text)
        || is_funds_header(text)
        || is_goals_header(text)
        || text == "年度绩效指标完成情况"
        || is_indicators_header(text)
        || text.starts_with("注:")
        || text.starts_with("注：")
}

/// An empty cell, or one written with the mark departments put in a cell the template leaves
/// blank (`/`, `-`, `—`, [`grid::is_blank_mark`]): blank wherever the template leaves a cell
/// blank.
fn is_blank(text: &str) -> bool {
    text.trim().is_empty() || grid::is_blank_mark(text)
}

/// A cell holding a plain number (points, scores, amounts), blank-free.
fn is_number(text: &str) -> bool {
    let t = text.trim().trim_end_matches('%');
    !t.is_empty() && t.parse::<rust_decimal::Decimal>().is_ok()
}

/// A cell holding a plain number without a percent sign (points, scores).
fn is_plain(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.parse::<rust_decimal::Decimal>().is_ok()
}

/// The number of label cells (level 1, level 2) a row starting at `j` opens with.
fn labels_at(text: &dyn Fn(usize) -> String, j: usize) -> usize {
    let (a, b) = (text(j), text(j + 1));
    if is_level1(&a) && is_level2(&b) {
        2
    } else {
        usize::from(is_level1(&a) || is_level2(&a))
    }
}

/// How a flattened standard indicator row is read: the cells it takes, and the empty cells
/// that were dropped from it and are put back (a blank target; the deviation of a row whose
/// 分值/得分 are merged with the row above, so that it reads as sharing them).
struct FlatRow {
    take: usize,
    blank_target: bool,
    /// The 三级指标 was wrapped onto the next cell (tester s10 F2): the two are one.
    wrapped: bool,
    blank_deviation: bool,
    /// The cell after the score was read as the row's 偏差原因.
    deviation: bool,
    /// … because the row is the last (总分, a note or the end follows), not because the next
    /// row's numbers stand in place.
    deviation_last: bool,
    /// The cells the 偏差原因 was read from: 1, or 2–4 when a space broke it before 总分.
    deviation_cells: usize,
}

/// In flattened text (empty cells dropped), how the standard indicator row whose level 3
/// stands at `start` is read. Points and score are plain numbers: found after level 3, target
/// and actual, or one cell earlier when the target (or actual) was blank; a row without them
/// shares the row above's. A 偏差原因 cell follows only when the row after it again has its
/// numbers where they belong (or nothing follows: 总分, the end).
fn flat_indicator(text: &dyn Fn(usize) -> String, start: usize) -> FlatRow {
    // A row's points and score stand `k` cells after its level 3, with no cell opening a row
    // (总分, 注, a title) between: the numbers of the 总分 row after a last row's 偏差原因 are
    // not that 偏差原因's own (tester s6 F1: it was read as a phantom indicator sharing the
    // last row's points, 9.79 → 4.89).
    // A 分值/得分 cell may carry its unit (`15分`) or be a mark for an empty cell (`-`, `/`,
    // `不适用`): one cell each, in place (tester s7 F1, F8).
    // Nor a level-1/level-2 label written in full: a row's name, target and actual are never
    // one, so the `/` cells of a not-applicable row under the next group's labels are not the
    // numbers of a row named by the 偏差原因 before the labels (tester s10 F1: `场地费上涨
    // 效益指标(30分) 生态效益指标 / / / / /` was read as a row `场地费上涨` sharing the points).
    let has_numbers = |j: usize, k: usize| {
        grid::is_points_cell(&text(j + k))
            && grid::is_score_cell(&text(j + k + 1))
            && (j..j + k).all(|x| !starts_row(&text(x)) && !is_full_label(&text(x)))
    };
    // A 三级指标 wrapped onto a second line by a PDF's narrow column stands one cell more before
    // the numbers — only when no reading without a join fits (tester s10 F2).
    // A cut level-1 label (`产`) with the next group's level 2 or `指标N` after it opens a row.
    let opens_group = |j: usize| is_level2(&text(j)) || is_level3(&text(j));
    let wrapped_at =
        |j: usize| has_numbers(j, 4) && wrapped_tail(&text(j), &text(j + 1)) && !opens_group(j + 2);
    let found = [3, 2].into_iter().find(|&k| has_numbers(start, k));
    let wrapped = found.is_none() && wrapped_at(start);
    let Some(k) = found.or(wrapped.then_some(4)) else {
        return sharing_row(text, start, &has_numbers);
    };
    let at = start + k + 2;
    let candidate = text(at);
    // A row opens with its name, never with a target (`≥6座`, `100%`): a reading that makes a
    // target a 三级指标 took the name before it into a 偏差原因 (tester s13 T1).
    // A name numbered in outline (`1.2工程验收合格率`) reads as a target; it is the name where
    // a whole row follows it (session 24).
    let named_at = |j: usize| {
        let s = j + labels_at(text, j);
        let name = text(s);
        (!is_target_cell(&name) || (outline_numbered(&name) && has_numbers(s, 3))).then_some(s)
    };
    let row_at = |j: usize| {
        named_at(j).is_some_and(|s| has_numbers(s, 3) || has_numbers(s, 2) || wrapped_at(s))
    };
    let lost = lost_points(&text(start + k), &text(start + k + 1));
    // After a row that lost points (the template asks it for a 偏差原因), a cell followed by a
    // whole row — name, target, actual, points, score — is that 偏差原因, not the first line of
    // a wrapped name, unless the second line is as short as a name's cut tail (`度`, `人次`), as
    // for a name before its 指标性质 (s10 F3; s13 T1: `部分渠段因征地问题未施工` / `维修泵站数量`
    // was read as one name, and the row after it lost its name).
    // A cell worded as a reason ([`REASON_WORDS`]) is one whatever follows it.
    let reason_then_row = ((lost && text(at + 1).trim().chars().count() > SHORT_TAIL)
        || holds_reason_word(&candidate))
        && named_at(at + 1).is_some_and(|s| s == at + 1 && has_numbers(s, 3));
    let row_here = named_at(at).is_some_and(|s| {
        has_numbers(s, 3) || has_numbers(s, 2) || (wrapped_at(s) && !reason_then_row)
    });
    let ends = |j: usize| {
        let t = text(j);
        t.is_empty() || starts_row(&t) || grid::is_notes_label(&t)
    };
    let next_row = row_at(at + 1);
    let deviation = !(candidate.is_empty()
        || starts_row(&candidate)
        || is_full_label(&candidate)
        || is_level3(&candidate)
        || row_here)
        && (next_row || ends(at + 1));
    // A 偏差原因 broken by spaces, before the form's closing row or the next row (#15, F9).
    let broken = match deviation {
        true => 1,
        false => broken_deviation(text, at, &row_at, lost).unwrap_or(0),
    };
    FlatRow {
        take: k + 2 + broken,
        blank_target: k == 2,
        wrapped,
        blank_deviation: false,
        deviation: broken > 0,
        deviation_last: broken > 0 && !row_at(at + broken),
        deviation_cells: broken,
    }
}

/// A flattened row without points of its own (it shares the row above's): level 3 and up to
/// two values, up to the next row's opening cell.
fn sharing_row(
    text: &dyn Fn(usize) -> String,
    start: usize,
    has_numbers: &dyn Fn(usize, usize) -> bool,
) -> FlatRow {
    // No points: level 3 and up to two values, up to the next row's opening cell.
    let opens = |j: usize| {
        let t = text(j);
        t.is_empty()
            || starts_row(&t)
            || is_level3(&t)
            || is_ellipsis(&t)
            || is_full_label(&t)
            || (is_level2(&t) && is_level3(&text(j + 1)))
    };
    // Nor does it take the name of a whole row after it — name, target, actual, points,
    // score: a row never opens with its target (tester s13b N1: a row sharing the points
    // took `配备留样冷柜数量` as its actual and left `≥12台` to open the next row).
    let whole_row = |j: usize| {
        let t = text(j);
        (!is_target_cell(&t) || outline_numbered(&t))
            && is_target_cell(&text(j + 1))
            && has_numbers(j, 3)
    };
    let take = (1..3)
        .find(|&n| opens(start + n) || whole_row(start + n))
        .unwrap_or(3);
    FlatRow {
        take,
        blank_target: take <= 2,
        wrapped: false,
        blank_deviation: true,
        deviation: false,
        deviation_last: false,
        deviation_cells: 0,
    }
}

/// The row lost points: its 得分 is a number below its 分值 (`15 11`), so the template asks
/// it for a 偏差原因.
fn lost_points(points: &str, score: &str) -> bool {
    let number = |t: &str| {
        let t = t.trim();
        t.strip_suffix('分')
            .unwrap_or(t)
            .trim()
            .parse::<rust_decimal::Decimal>()
            .ok()
    };
    matches!((number(points), number(score)), (Some(p), Some(s)) if s < p)
}

/// Words only a 偏差原因 is made of — a cause, a delay, an opinion, a next step — never a
/// 三级指标 name, which names what is measured (`个别群众对施工期间`, `尚在观测期`).
///
/// What the list rests on (checked in session 9): the template's own column header
/// (偏差原因分析及改进措施, domain.md's 偏差原因: `偏差`, `原因`), and the reasons of the tester
/// forms (`个别`, `尚在`, `延迟`, `推迟`, `意见`, `不足`, `下一步`: 61 reasons of the 145 shipped
/// and tester files). The four real forms of shared/real-forms hold three reasons, none with a
/// word of the list, so no word is confirmed by a real form yet; the others (`由于`, `因为`,
/// `导致`, `尚未`, `尚需`, `滞后`, `有待`) are the common words of a cause or a shortfall, seen in
/// no file. The seed's real Huainan forms (104 三级指标 names in 14 forms) hold none of them —
/// but 6 of their names hold `加强` or `改进` (`…加强对窗口工作人员的考核管理…`, `改进窗口作风`),
/// so those two are not on the list: a row of its own sharing the points above, so named
/// (`加强巡查管理 巡查到位 较好`), was read as a reason and lost without a warning.
const REASON_WORDS: [&str; 16] = [
    "原因",
    "由于",
    "因为",
    "导致",
    "尚未",
    "尚在",
    "尚需",
    "个别",
    "延迟",
    "滞后",
    "推迟",
    "意见",
    "下一步",
    "有待",
    "不足",
    "偏差",
];

/// A piece holding a word of [`REASON_WORDS`].
fn holds_reason_word(text: &str) -> bool {
    REASON_WORDS.iter().any(|w| text.contains(w))
}

/// A row's 偏差原因 broken by spaces (or a PDF's line ends) into `n` cells, 2 to 4, standing
/// between the row's 得分 at `at - 1` and what the template puts next: the form's closing row
/// — the 总分 row of exactly its two numbers (分值, 得分: the template's shape, so no number
/// before it is another row's) or the 注 — or, in the middle of the table, the next indicator
/// row with its numbers in place (`row_at`).
///
/// The only other reading of such cells is a row sharing the points of the row above (the
/// only row without numbers of its own), which still has an 实际完成值 a rule can score. So
/// the cells are one 偏差原因 only when they could be no row: the cells after the first hold no
/// value mark (digit, operator, `%`), no result word (达成, 完成, 无 …) and no cell repeats
/// another's words (`高` / `高`, a target met as worded). In the middle of the table, where a
/// merged 分值/得分 is more common, the template must also ask for the reason: the row above
/// lost points (`lost`), or a cell holds words only a reason is made of ([`REASON_WORDS`]; a
/// 三级指标 name never is). Otherwise none: the cells stay a row sharing the points, a guess
/// that moves a number and is said as one (tester s6 F1, s7 F9: 95.68 → 90.18).
fn broken_deviation(
    text: &dyn Fn(usize) -> String,
    at: usize,
    row_at: &dyn Fn(usize) -> bool,
    lost: bool,
) -> Option<usize> {
    let closing = |j: usize| {
        let t = text(j);
        (is_total_label(&t) && is_plain(&text(j + 1)) && is_plain(&text(j + 2)))
            || grid::is_notes_label(&t)
    };
    let (n, last) = (2..=4).find_map(|n| match (closing(at + n), row_at(at + n)) {
        (true, _) => Some((n, true)),
        (false, true) => Some((n, false)),
        _ => None,
    })?;
    let cells: Vec<String> = (at..at + n).map(text).collect();
    let text_only = |t: &str| {
        !(t.is_empty()
            || starts_row(t)
            || is_full_label(t)
            || is_level1(t)
            || is_level2(t)
            || is_level3(t)
            || is_ellipsis(t))
    };
    // A clause with a figure in it (`因设备更换停运2个月`) is no value cell when the template
    // asks the row above for a reason (tester s9 F13: read as a row sharing its points, it
    // halved them).
    // So is, there, a figure after words (`单价超支0.11万元`, not `约2个月`) or a result word
    // after a clause (`主要因征地未完成`): a value cell opens with its figure or comparator, or
    // is the result word (`基本完成`) (tester s13 T1: read as a row sharing the points, it
    // halved them).
    let clause = |t: &str| lost && words_before_mark(t) >= CLAUSE_WORDS;
    // So is a result word after words that grade no result (`下学期完成`, `暑假后完成`): a value
    // cell written in a result word is one the value parser reads as a claim up to that word —
    // `完成`, `基本完成`, `未达成` (`value::claim`) — while a plan or a time to come before it is a
    // clause, the end of a reason (tester s13b N1: the reason was read as a row sharing the
    // points, and the next row's name as its actual; a list of plan words missed `暑假后`).
    let reason_clause = |t: &str| {
        lost && !is_target_cell(t)
            && (words_before_result(t) >= CLAUSE_WORDS || clause_before_result(t))
    };
    let figure_in_words = |t: &str| figure_in_words(t);
    // So is a plan naming its date (`计划2024年6月完成`, `2024年3月前完成`) after a row that
    // lost points (tester s14b F); and there a bare date before a result word (`2024年6月完成`)
    // right after the first cell: read as a row, it would be a 时效 row with no deadline to
    // meet (a date is only an actual against a date target) sharing the points of a row that
    // lost them — no row a template has (s15 glued4's left item: it halved the points, 93.34).
    let bare_plan = |t: &str| n == 2 && date_before_result(t).is_some();
    let plan = |t: &str| lost && (dated_plan(t) || bare_plan(t));
    let no_value = |t: &str| {
        (!holds_value_mark(t) || clause(t) || figure_in_words(t) || plan(t))
            && (!is_result_word(t) || reason_clause(t) || plan(t))
    };
    let repeated = cells.iter().enumerate().any(|(i, a)| {
        cells
            .iter()
            .skip(i + 1)
            .any(|b| crate::value::same_words(a, b))
    });
    let could_be_no_row = cells.iter().all(|t| text_only(t))
        && cells.iter().skip(1).all(|t| no_value(t))
        && !repeated;
    // A figure written inside words (`材料价格上涨2.9%`) is a statement, not a value a row is
    // scored by: the pieces say why, as a reason does, even under a full self-score.
    let asked = last
        || lost
        || cells
            .iter()
            .any(|t| holds_reason_word(t) || figure_in_words(t));
    (could_be_no_row && asked).then_some(n)
}

/// The four result words a band value is written in.
const RESULT_WORDS: [&str; 4] = ["达成", "完成", "达标", "达到"];

/// A result word after words that do not grade it (`暑假后完成`, `下学期完成`, `明年完成`): the
/// improvement a 偏差原因 ends with. A band value a row is scored by says what was reached,
/// and up to its first result word reads as a claim (`完成`, `基本完成`, `未达成`,
/// `部分达成预期指标…`: [`crate::value::claim`], the one reading of such words); none is a
/// clause.
fn clause_before_result(text: &str) -> bool {
    let t = text.trim();
    let Some(end) = RESULT_WORDS
        .iter()
        .filter_map(|w| t.find(w).map(|at| at + w.len()))
        .min()
    else {
        return false;
    };
    let head = t.get(..end).unwrap_or(t);
    crate::value::claim(head) == crate::value::Claim::Other
}

/// A result word after a date (`2024年6月完成`, `计划2024年6月完成`, `预计12月底完成`): the date
/// as the value parser reads a date cell (`target_kind = "date"`), found where it starts in
/// the words before the first result word, and the number of characters of words before it.
fn date_before_result(text: &str) -> Option<(usize, crate::value::Quantity)> {
    let t = text.trim();
    let at = RESULT_WORDS.iter().filter_map(|w| t.find(w)).min()?;
    let head = t.get(..at)?;
    head.char_indices()
        .filter(|&(i, c)| i == 0 || c.is_ascii_digit())
        .find_map(|(i, _)| match crate::value::parse(head.get(i..)?) {
            crate::value::Value::Quantity(q) if q.is_date() => {
                Some((head.get(..i).map_or(0, |w| w.chars().count()), q))
            }
            _ => None,
        })
}

/// A plan naming its date — `计划2024年6月完成`, `预计12月底完成` (words before the date), or
/// `2024年3月前完成` (a deadline before the result word): how a 偏差原因 says when a shortfall
/// will be made up. A row's 实际完成值 says when the work was done (`2021年12月完成`: no words,
/// no deadline) and stays a value.
fn dated_plan(text: &str) -> bool {
    date_before_result(text).is_some_and(|(words, q)| words > 0 || q.comparator.is_some())
}

/// The characters of words a clause opens with before its first figure: a value cell opens
/// with its figure or a word or two (`约2个月`, `较上年提高2%`), a reason's clause with more
/// (`因设备更换停运2个月`).
const CLAUSE_WORDS: usize = 6;

/// The characters before the first result word of `text` (达成, 完成 …; all of them when it
/// has none).
fn words_before_result(text: &str) -> usize {
    let t = text.trim();
    RESULT_WORDS
        .iter()
        .filter_map(|w| t.find(w))
        .min()
        .map_or(t.chars().count(), |at| {
            t.get(..at).map_or(0, |s| s.chars().count())
        })
}

/// A figure written inside words (`单价超支0.11万元`, `完成率93.3%`, not `约2个月` nor `≥6座`):
/// no value a row is scored by, which opens with its figure or comparator.
fn figure_in_words(text: &str) -> bool {
    holds_value_mark(text) && !is_target_cell(text) && words_before_mark(text) > 1
}

/// A cell written as a target (`≥6座`, `100%`, `3000户`): it opens with a comparator or a
/// figure, is short, and the value parser reads it whole as a quantity — a 三级指标 name opens
/// with words and a 偏差原因 is longer (tester s13 T1, T4: a target read as the next row's
/// name after the name was read as the 偏差原因 before it).
fn is_target_cell(text: &str) -> bool {
    let t = text.trim();
    t.starts_with(|c: char| c.is_ascii_digit() || "≥≤≧≦=<>＞＜".contains(c))
        && t.chars().count() <= 12
        && matches!(crate::value::parse(t), crate::value::Value::Quantity(_))
}

/// A cell opening with an outline number of two or more parts before words (`1.1公里道路硬化`,
/// `2.3群众满意度`, `1.2、验收合格率`): the numbering of a 三级指标 under its level 1 and level 2
/// (session 24). The value parser reads it as a quantity (`1.1` `公里` and words after, as
/// `90个乡镇` is 90 `个`), so it passes for a target cell ([`is_target_cell`]); it is a row's
/// name only where a whole row follows it, as a target `1.1公里` is never followed.
fn outline_numbered(text: &str) -> bool {
    let t = text.trim();
    let end = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (number, words) = t.split_at(end);
    let mut parts = number.split('.');
    let whole = parts.clone().all(|p| !p.is_empty());
    let opens_words = words
        .trim_start_matches(['、', ' ', '\u{3000}'])
        .starts_with(|c: char| !c.is_ascii() && c.is_alphabetic());
    parts.nth(1).is_some() && whole && opens_words
}

/// The characters before the first value mark of `text` (all of them when it has none).
fn words_before_mark(text: &str) -> usize {
    text.trim()
        .chars()
        .take_while(|c| !holds_value_mark(c.encode_utf8(&mut [0; 4])))
        .count()
}

/// A value's mark: a digit, an operator or a percent sign (a name's or a reason's words hold
/// none).
fn holds_value_mark(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_ascii_digit() || c.is_numeric() || "≥≤≧≦=<>%＞＜％".contains(c))
}

/// Words a rule scores a qualitative 实际完成值 by, or reads as not applicable: a band's words
/// (达成, 完成, 达标, 达到 and their 未/部分 forms) and 无 / 不涉及 / 不适用.
fn is_result_word(text: &str) -> bool {
    let t = text.trim();
    RESULT_WORDS.iter().any(|w| t.contains(w))
        || matches!(
            crate::value::parse(t),
            crate::value::Value::NotApplicable | crate::value::Value::Blank
        )
}

/// A 指标性质 cell: the operator that gives an indicator its direction.
fn is_operator(text: &str) -> bool {
    crate::value::comparator_sign(text).is_some()
}

/// A level-3 cell (`指标1:…`) starts a new indicator row.
fn is_level3(text: &str) -> bool {
    let mut chars = text.strip_prefix("指标").unwrap_or("").chars();
    chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// A placeholder row's `……` (or `...`): a row of an unfilled template, never a value of the
/// row before it (#15: read as the actual of a placeholder `指标2`, it made that row share the
/// points of the filled row above and halved it).
fn is_ellipsis(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.chars().all(|c| matches!(c, '…' | '.'))
}

/// A 三级指标 wrapped onto a second line by a PDF's narrow column (tester s10 F2, F3:
/// `指标2：改造管网长` / `度`, `培训农村实用人才` / `人次`): `tail` can go on from `head` and be no
/// cell of a row on its own. `head` is text that ends no sentence and no figure (a unit after a
/// figure is the value's: `≥3000` / `户`); `tail` is no longer than the line it goes on from and
/// holds no value mark (digit, operator, `%`), no band or result word (达成, 无 …), no label
/// written in full, `指标N`, 指标性质 or anything that opens a row (a cut label, `产` of
/// `项目区亩均增` / `产`, is left to the caller's layout). Where the layout alone says so, the caller
/// asks: the row is one cell too long with the two apart, and fits when they are one.
fn wrapped_tail(head: &str, tail: &str) -> bool {
    let (head, tail) = (head.trim(), tail.trim());
    let label = |t: &str| starts_row(t) || is_full_label(t);
    let head_ok = !head.is_empty()
        && !label(head)
        && !is_level1(head)
        && !is_level2(head)
        && !is_blank(head)
        && !grid::is_nature(head)
        && !head.ends_with(|c: char| c.is_ascii_digit() || c == '%' || c == '％')
        && !head.ends_with(super::page::SENTENCE_ENDS)
        // A result word after a date ends a plan or a value, never a name's first line
        // (`计划2024年6月完成` / `配备留样冷柜数量`: tester s14b F).
        && date_before_result(head).is_none();
    let tail_ok = !tail.is_empty()
        && tail.chars().count() <= head.chars().count()
        && !label(tail)
        && !is_level3(tail)
        && !is_ellipsis(tail)
        && !grid::is_nature(tail)
        && !holds_value_mark(tail)
        && !is_result_word(tail)
        && !BAND_LABELS.contains(&tail);
    head_ok && tail_ok
}

/// The tail of a wrapped name is this short, at most, where nothing but its length tells it
/// from a 三级指标 of its own (`积`, `度`): after another row's numbers or 偏差原因.
const SHORT_TAIL: usize = 2;

/// In a flattened copy of a template with a 指标性质 column (Sichuan, Hunan), a 三级指标
/// wrapped by the PDF (`培训农村实用人才` / `人次` / `≥`): the row's 指标性质 stands one cell
/// late, where a row has its name alone before it. Read apart, the first line was an empty
/// 0-point row and the second the row's name (tester s10 F3). Joined when the name stands
/// right after its level-1/level-2 label; after another row's numbers or 偏差原因 (a reason and
/// the next row's name read the same), only when the tail is [`SHORT_TAIL`] characters at most
/// and the row above asks for no reason (it lost no points, the first line holds no reason
/// word). Each join said.
fn join_wrapped_names<'a>(cells: Vec<Cell<'a>>) -> (Vec<Cell<'a>>, Vec<ImportNote>) {
    let mut notes = Vec::new();
    if !cells.iter().any(|c| grid::is_nature(&c.text)) {
        return (cells, notes);
    }
    let mut out: Vec<Cell> = Vec::with_capacity(cells.len());
    let mut in_indicators = false;
    let mut skip = false;
    for (i, cell) in cells.iter().enumerate() {
        if std::mem::take(&mut skip) {
            continue;
        }
        let t = cell.text.trim();
        if grid::is_indicators_header(t) {
            in_indicators = true;
        } else if is_total_label(t) || is_title(t) {
            in_indicators = false;
        }
        out.push(cell.clone());
        let (Some(tail), Some(nature)) = (cells.get(i + 1), cells.get(i + 2)) else {
            continue;
        };
        let back = |k: usize| {
            out.len()
                .checked_sub(k + 1)
                .and_then(|j| out.get(j))
                .map_or("", |c| c.text.trim())
        };
        let (head, before) = (back(0), back(1));
        let fits = in_indicators
            && grid::is_nature(&nature.text)
            && wrapped_tail(head, &tail.text)
            && (is_level1(before)
                || is_level2(before)
                || (tail.text.trim().chars().count() <= SHORT_TAIL
                    && !holds_reason_word(head)
                    && !lost_points(back(2), before)));
        if fits {
            let at = out.len() - 1;
            out.push(tail.clone());
            notes.extend(join_wrapped(&mut out, at));
            skip = true;
        }
    }
    (out, notes)
}

/// Joins the cell after `at` onto the cell at `at`, a 三级指标 wrapped by a PDF (see
/// [`wrapped_tail`]), with nothing between as a line break inside Chinese text is joined, and
/// the note saying so.
fn join_wrapped(cells: &mut Vec<Cell<'_>>, at: usize) -> Option<ImportNote> {
    if at + 1 >= cells.len() {
        return None;
    }
    let tail = cells.remove(at + 1);
    let head = cells.get_mut(at)?;
    let joined = format!("{}{}", head.text.trim(), tail.text.trim());
    let note = head.note(
        NoteKind::Recognised,
        msg!(
            "import-note-name-wrapped",
            first = quoted(head.text.trim()),
            second = quoted(tail.text.trim()),
            joined = quoted(joined.as_str())
        ),
    );
    head.text = joined.into();
    Some(note)
}

/// In flattened text of the standard indicator table (三级指标, 年度指标值, 实际完成值, 分值,
/// 得分, 偏差原因), a target or actual a PDF's narrow column broke over two lines
/// (`完成六安市罗氏宗祠、李氏` / `宗祠、英布墓日常维护等`, tester s22 B2): the row's numbers
/// stand one or two cells late, and read apart the first piece was a row of its own — a false
/// indicator taking the points, the real one left with none. The template fixes two text cells
/// between a row's name and its numbers; three or four pieces there are joined back when the
/// joins make the target and the actual read alike (a target met as worded, the common case of
/// a worded target): `a b | c d` with `ab` = `cd`, `a b | c` with `ab` = `c`, `a | b c` with
/// `a` = `bc` — or when the pieces hold a figure cut mid-way (`≥9` / `5%`, session 24:
/// [`grid::cut_figure`], [`figure_joins`]). A row's name is told by where it stands: after a
/// level-1/level-2 label or after the row above's 分值 and 得分 (for a cut figure, after its
/// 偏差原因 too). Each join said. A wrapped 三级指标 is left to [`join_wrapped_names`] and to
/// the row reader (`wrapped_tail`).
fn join_broken_values<'a>(cells: Vec<Cell<'a>>) -> (Vec<Cell<'a>>, Vec<ImportNote>) {
    // A 指标性质 column's rows are longer: their wraps are `join_wrapped_names`'s.
    if cells.iter().any(|c| grid::is_nature(&c.text)) {
        return (cells, Vec::new());
    }
    let text = |j: usize| cells.get(j).map_or("", |c| c.text.trim());
    // A piece of a target or actual: words, no cell that opens or closes a row.
    let piece = |j: usize| !grid::is_points_cell(text(j)) && figure_half(text(j));
    let numbers = |j: usize| grid::is_points_cell(text(j)) && grid::is_score_cell(text(j + 1));
    // Which pieces after a row's name at `i` make one cell: (first piece, pieces) per join.
    let joins_at = |i: usize| -> Option<Vec<Join>> {
        let joined = |from: usize, n: usize| -> String { (from..from + n).map(text).collect() };
        let words = |at: usize| Join {
            at,
            n: 2,
            figure: false,
        };
        if numbers(i + 5) && (1..=4).all(|k| piece(i + k)) {
            let alike = crate::value::same_words(&joined(i + 1, 2), &joined(i + 3, 2));
            return alike.then(|| vec![words(i + 1), words(i + 3)]);
        }
        if numbers(i + 4) && (1..=3).all(|k| piece(i + k)) {
            let (a, c) = (text(i + 1), text(i + 3));
            if crate::value::same_words(&joined(i + 1, 2), c) {
                return Some(vec![words(i + 1)]);
            }
            if crate::value::same_words(a, &joined(i + 2, 2)) {
                return Some(vec![words(i + 2)]);
            }
        }
        None
    };
    let mut in_indicators = false;
    let mut merge: Vec<Join> = Vec::new();
    let mut i = 0;
    while i < cells.len() {
        let t = text(i);
        // The cheap first test: a row's name follows a label or a score.
        let after = |k: usize| i.checked_sub(k).map_or("", text);
        let after_numbers =
            |k: usize| grid::is_points_cell(after(k + 1)) && grid::is_score_cell(after(k));
        let after_label = is_level1(after(1)) || is_level2(after(1));
        let name_here = in_indicators && !t.is_empty() && (after_label || after_numbers(1));
        if grid::is_indicators_header(t) {
            in_indicators = true;
        } else if is_total_label(t) || is_title(t) {
            in_indicators = false;
        }
        let joins = match name_here && piece(i + 1) {
            true => joins_at(i),
            false => None,
        };
        // A cut figure's row also after the row above's 偏差原因.
        let after_reason =
            in_indicators && !t.is_empty() && after_numbers(2) && !after(1).is_empty();
        let joins = joins.or_else(|| {
            (name_here || after_reason)
                .then(|| figure_joins(&text, i))
                .flatten()
        });
        if let Some(joins) = joins {
            merge.extend(joins);
            i += 5;
            continue;
        }
        i += 1;
    }
    merge_pieces(cells, &merge)
}

/// A join of `n` pieces from cell `at` into one cell, said as a wrapped text or a wrapped
/// figure.
struct Join {
    at: usize,
    n: usize,
    figure: bool,
}

/// A piece that can be half of a wrapped value: text that opens no row and is no label.
fn figure_half(t: &str) -> bool {
    !t.is_empty()
        && !starts_row(t)
        && !is_full_label(t)
        && !is_level1(t)
        && !is_level2(t)
        && !is_level3(t)
        && !is_ellipsis(t)
}

/// The joins of a figure cut mid-way (`≥9` / `5%`, [`grid::cut_figure`]) in the row whose name
/// stands at `i`: its numbers stand one cell late (no reading without a join fits) and one
/// pair of neighbouring pieces is the two lines of one figure; or two cells late, after a
/// wrapped name (`…完成` / `率`, [`wrapped_tail`]) or with both values cut (`≥9` / `5%` / `9` /
/// `0%`). Read apart, `≥9` was the target, `5%` the actual and the actual the 分值.
fn figure_joins<'a>(text: &dyn Fn(usize) -> &'a str, i: usize) -> Option<Vec<Join>> {
    let numbers = |j: usize| grid::is_points_cell(text(j)) && grid::is_score_cell(text(j + 1));
    let cut = |j: usize| grid::cut_figure(text(j), text(j + 1)).is_some();
    let figure = |at: usize| Join {
        at,
        n: 2,
        figure: true,
    };
    // The one cut among the pieces from `from` to `to` (each pair's first piece).
    let one_cut = |from: usize, to: usize| {
        let mut cuts = (from..=to).filter(|&j| cut(j));
        let first = cuts.next()?;
        cuts.next().is_none().then(|| vec![figure(first)])
    };
    let halves = |n: usize| (1..=n).all(|k| figure_half(text(i + k)));
    if numbers(i + 4) && !numbers(i + 3) && !numbers(i + 2) && halves(3) {
        return one_cut(i + 1, i + 2);
    }
    // Two cells late, and no reading one cell late or in place fits.
    let two_late = numbers(i + 5) && !numbers(i + 4) && !numbers(i + 3) && halves(4);
    if !two_late {
        return None;
    }
    if wrapped_tail(text(i), text(i + 1)) {
        return one_cut(i + 2, i + 3);
    }
    (cut(i + 1) && cut(i + 3)).then(|| vec![figure(i + 1), figure(i + 3)])
}

/// The cells with each join's pieces made one cell (`a` `b` → `ab`), each said.
fn merge_pieces<'a>(cells: Vec<Cell<'a>>, merge: &[Join]) -> (Vec<Cell<'a>>, Vec<ImportNote>) {
    let mut notes = Vec::new();
    if merge.is_empty() {
        return (cells, notes);
    }
    let text = |j: usize| cells.get(j).map_or("", |c| c.text.trim());
    let mut out: Vec<Cell> = Vec::with_capacity(cells.len());
    let mut skip = 0;
    for (j, cell) in cells.iter().enumerate() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let Some(join) = merge.iter().find(|join| join.at == j) else {
            out.push(cell.clone());
            continue;
        };
        let pieces: Vec<&str> = (j..j + join.n).map(text).collect();
        let joined: String = pieces.concat();
        let (first, second) = (
            quoted(pieces.first().copied().unwrap_or_default()),
            quoted(pieces.get(1).copied().unwrap_or_default()),
        );
        let message = match join.figure {
            true => msg!(
                "import-note-figure-wrapped",
                first = first,
                second = second,
                joined = quoted(joined.as_str())
            ),
            false => msg!(
                "import-note-value-wrapped",
                first = first,
                second = second,
                joined = quoted(joined.as_str())
            ),
        };
        notes.push(cell.note(NoteKind::Recognised, message));
        let mut kept = cell.clone();
        kept.text = joined.into();
        out.push(kept);
        skip = join.n - 1;
    }
    (out, notes)
}

/// Rebuilds rows from cells in order. `flat`: the text was flattened onto one line and its
/// empty cells are gone, so an indicator row's optional last cell (偏差原因) is decided by what
/// follows.
pub(crate) fn rows<'a>(cells: &[Cell<'a>], flat: bool) -> (Vec<Row<'a>>, Vec<ImportNote>) {
    // A PDF's page markers between the cells are page text, not cells (#15).
    let (mut cells, mut notes) = super::page::without_markers(cells);
    // Labels in Traditional characters or with pinyin beside them are the template's labels
    // to the planner as to the grid reader (session 20: the `|` text of a 繁體 page lost its
    // rows), said at the input's first cell.
    if super::traditional::may_fold(&cells)
        && let Some(folded) = super::traditional::fold_cells(cells.to_mut())
        && let Some(first) = cells.first()
    {
        for message in grid::folded_messages(&folded) {
            notes.push(first.note(NoteKind::Recognised, message));
        }
    }
    let cells = match flat {
        true => {
            let (joined, said) = join_wrapped_names(cells.into_owned());
            notes.extend(said);
            let (joined, said) = join_broken_values(joined);
            notes.extend(said);
            std::borrow::Cow::Owned(joined)
        }
        false => cells,
    };
    let cells = &*cells;
    let mut rows = Vec::new();
    let mut section = Section::Header;
    let mut i = 0;
    // The section whose rows' leading empty cells were said to be merged cells' (once each).
    let mut spanned: Option<usize> = None;
    let text = |j: usize| cells.get(j).map_or("", |c| &*c.text);
    while i < cells.len() {
        let planned = plan_row(&text, cells.len(), i, section, flat);
        let n = cut_before_next_row(
            &text,
            cells.len(),
            i,
            planned.take,
            (section, planned.next),
            flat,
        );
        if !flat
            && let Some((skip, note)) =
                covered_cells(cells, i, n, (section, &planned), &mut spanned)
        {
            notes.extend(note);
            i += skip;
            continue;
        }
        if !flat
            && let Some((row, taken, note)) = rejoined_row(cells, &text, i, n, (section, &planned))
        {
            notes.push(note);
            rows.push(row);
            section = planned.next;
            i += taken;
            continue;
        }
        let mut row = Row {
            cells: cells.iter().skip(i).take(n).cloned().collect(),
        };
        let body = matches!(section, Section::Indicators(..)) && planned.next == section;
        if flat
            && body
            && planned.pad.is_none()
            && let Some(note) = join_wrapped_reason(&mut row)
        {
            notes.push(note);
        }
        // In a flattened copy (a PDF's one cell a line) only where the planner did not place
        // the row's empty cells (the 8-column templates): there a 偏差原因 wrapped over lines
        // has no 、 or ， to end its lines (tester s7 leftover, #15).
        let prose = match flat {
            false => is_prose,
            true => is_reason_line,
        };
        if (!flat || planned.pad.is_none())
            && body
            && i + n < cells.len()
            && let Some(note) = continue_deviation(rows.last_mut(), &row, &text, i, prose)
        {
            notes.push(note);
            i += n;
            continue;
        }
        if n == planned.take
            && let Some(pad) = planned.pad
        {
            if pad.wrapped {
                notes.extend(join_wrapped(&mut row.cells, pad.labels));
            }
            notes.extend(flat_row_notes(&row, pad));
            put_back_dropped(&mut row, pad);
        }
        rows.push(row);
        section = planned.next;
        i += n;
    }
    (rows, notes)
}

/// The empty cells a merged label leaves in each row under it, as LibreOffice's text export
/// of a Word table writes them (one cell a line, a merged cell's covered cells empty lines,
/// session 18). In the indicators: a row planned at cell `i` that is nothing but `n` empty
/// cells cut short by the next row's level-1 or level-2 label (read as a row, each was an empty
/// indicator row skipped with a warning). Under 年度总体目标: an empty cell before a goal row
/// that fills the section's width up to the next row's opening cell (read as a cell, the goal
/// was read as an empty target and its 完成 as a row of its own). `Some` with the number of
/// cells left out, and the note said once for the section, whose header cell `spanned` holds.
fn covered_cells(
    cells: &[Cell],
    i: usize,
    n: usize,
    (section, planned): (Section, &Planned),
    spanned: &mut Option<usize>,
) -> Option<(usize, Option<ImportNote>)> {
    let text = |j: usize| cells.get(j).map_or("", |c| &*c.text);
    let skip = match section {
        _ if planned.next != section => return None,
        Section::Indicators(..) => {
            let empty = (i..i + n).all(|j| j < cells.len() && text(j).is_empty());
            let label = is_level1(text(i + n)) || is_level2(text(i + n));
            (n < planned.take && empty && label).then_some(n)?
        }
        Section::Goals(width) => {
            let after = i + width + 1;
            let ends = after >= cells.len() || starts_row(text(after));
            let filled = !text(i + width).is_empty();
            (text(i).is_empty() && filled && ends).then_some(1)?
        }
        _ => return None,
    };
    // The section's header: the last cell before `i` that opened it.
    // (A section without such a header: its rows are said once all the same.)
    let header = cells.get(..i)?.iter().rposition(|c| {
        let t = &*c.text;
        match section {
            Section::Goals(_) => is_goals_header(t),
            _ => is_indicators_header(t) && indicator_column(t).is_none(),
        }
    });
    let at = header.unwrap_or(usize::MAX);
    if *spanned == Some(at) {
        return Some((skip, None));
    }
    *spanned = Some(at);
    let first = cells.get(i)?;
    let label = match header {
        Some(k) => text(k),
        None => match section {
            Section::Goals(_) => "年度总体目标",
            _ => "绩效指标",
        },
    };
    let message = msg!(
        "import-note-cells-row-spanned",
        label = quoted(label),
        cells = skip
    );
    Some((skip, Some(first.note(NoteKind::Recognised, message))))
}

/// The paragraphs of a 偏差原因 written in several (tester s7 F2: `受疫情影响，部分物资采购延迟，` /
/// `其中3个村因土地流转纠纷推迟至2021年3月开工，…`): `row` opens with no label, holds only text —
/// no number, value, band, `指标N` or empty cell, so no cell a row of its own must have — and
/// the next row's opening cell (a label, 总分, a 三级指标) cuts it, right after a row `above`
/// whose last cell is such text too, its 偏差原因. Read as a row it was an indicator sharing the
/// row above's points and halving it; the paragraphs are joined to that 偏差原因 instead (with
/// nothing between, as a line break inside Chinese text is joined) and said. A row cut at the
/// end of the input is a form cut short, not this.
///
/// In a flattened copy (`prose` is [`is_reason_line`]) the same holds for the lines of a
/// 偏差原因 wrapped by a PDF viewer (`秋季学期部分资金发放` / `延迟，已于11月` / `补发。`): a row
/// of the 8-column templates always has its 指标性质 or a number, so lines with neither are no
/// row.
fn continue_deviation<'a>(
    above: Option<&mut Row>,
    row: &Row,
    text: &dyn Fn(usize) -> &'a str,
    i: usize,
    prose: fn(&str) -> bool,
) -> Option<ImportNote> {
    let above = above?;
    let last = above.cells.last_mut()?;
    let all_prose = !row.cells.is_empty() && row.cells.iter().all(|c| prose(&c.text));
    if !all_prose || !prose(&last.text) || label_cells(text(i), text(i + 1)) > 0 {
        return None;
    }
    let rest: String = row.cells.iter().map(|c| c.text.trim()).collect();
    let joined = format!("{}{rest}", last.text.trim());
    let note = last.note(
        NoteKind::Recognised,
        msg!(
            "import-note-deviation-continued",
            paragraphs = row.cells.len() + 1,
            rest = quoted(rest.as_str()),
            joined = quoted(joined.as_str())
        ),
    );
    last.text = joined.into();
    Some(note)
}

/// Text written as prose (a 偏差原因, or a paragraph of one): not blank, no number, no value a
/// target or an actual holds (`≥1万亩`, `0.92万亩`, `2021年3月`, `100%`, `不适用`), no band label,
/// no `指标N` or placeholder, nothing that opens a row.
fn is_prose(text: &str) -> bool {
    let t = text.trim();
    let short_value = t.chars().any(|c| c.is_ascii_digit())
        && t.chars().count() <= 12
        && !t.ends_with(['，', '。', '；', ',', ';', '：', ':']);
    let value_start = t
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || "≥≤≧≦=<>＞＜≈".contains(c));
    !is_blank(t) && !is_number(t) && !short_value && !value_start && names_no_cell(t)
}

/// Neither [`is_prose`] nor [`is_reason_line`] takes a cell the template names otherwise: a
/// `指标N` or placeholder, an ellipsis, anything that opens a row, a label, a band label, a
/// not-applicable mark.
fn names_no_cell(t: &str) -> bool {
    !is_level3(t)
        && !is_placeholder(t)
        && !is_ellipsis(t)
        && !starts_row(t)
        && !is_full_label(t)
        && !grid::is_notes_label(t)
        && !BAND_LABELS.contains(&t)
        && !matches!(crate::value::parse(t), crate::value::Value::NotApplicable)
}

/// The lines of a 偏差原因 wrapped by a PDF viewer that end a flattened row of the 8-column
/// templates (`… 10 秋季学期部分资金发放 延迟，已于11月`, a form never self-scored, so the row
/// took the next line in place of its empty 得分): two or more [`is_reason_line`]s after the
/// row's last number are one cell, joined as a line break inside Chinese text is, and said. Read
/// apart, the first line stood under 得分 (`not-a-number`) and the form got a grade.
fn join_wrapped_reason(row: &mut Row) -> Option<ImportNote> {
    let lines = row
        .cells
        .iter()
        .rev()
        .take_while(|c| is_reason_line(&c.text))
        .count();
    let at = row.cells.len().checked_sub(lines)?;
    let after_number = at
        .checked_sub(1)
        .and_then(|j| row.cells.get(j))
        .is_some_and(|c| is_number(&c.text));
    if lines < 2 || !after_number {
        return None;
    }
    let pieces = row.cells.split_off(at);
    let rest: String = pieces.iter().skip(1).map(|c| c.text.trim()).collect();
    let mut first = pieces.into_iter().next()?;
    let joined = format!("{}{rest}", first.text.trim());
    let note = first.note(
        NoteKind::Recognised,
        msg!(
            "import-note-deviation-continued",
            paragraphs = lines,
            rest = quoted(rest.as_str()),
            joined = quoted(joined.as_str())
        ),
    );
    first.text = joined.into();
    row.cells.push(first);
    Some(note)
}

/// A line of a 偏差原因 in a flattened copy, as [`is_prose`] but a short line may hold a date
/// or a count (`延迟，已于11月`): no value begins it, it is no plain number, no operator, no unit
/// of a 度量单位 cell (short, no sentence end) and nothing [`is_prose`] rules out otherwise.
fn is_reason_line(text: &str) -> bool {
    let t = text.trim();
    let value_start = t
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || "≥≤≧≦=<>＞＜≈%".contains(c));
    let unit = t.chars().count() <= 4
        && !t.ends_with(['。', '；', ';', '！', '？'])
        && !t.chars().any(|c| c.is_ascii_digit());
    !is_blank(t) && !is_number(t) && !value_start && !unit && !is_operator(t) && names_no_cell(t)
}

/// A standard indicator row of paragraph text with one of its cells broken over two
/// paragraphs (tester s6 F2): its 分值 and 得分 — plain numbers the template fixes — stand one
/// cell late, after a cell that is no number. The broken cell is the pair whose join is a band
/// label (`部分达成预期指标` / `并具有一定效果`) or a number and its unit (`≥3000` / `户`), else
/// the 三级指标 (`指标1:每公里` / `改造成本`)
/// when the cell after it is no value and the next one is; the row is rebuilt with the pair as
/// one cell and takes its 偏差原因 cell after, unless that cell opens the next row. The row and
/// the cells it took, and the note saying so; none when the row is whole or the broken cell
/// cannot be told (its points are then unreadable at scoring, never a number).
fn rejoined_row<'a, 'c>(
    cells: &[Cell<'c>],
    text: &dyn Fn(usize) -> &'a str,
    i: usize,
    n: usize,
    (section, planned): (Section, &Planned),
) -> Option<(Row<'c>, usize, ImportNote)> {
    let labels = label_cells(text(i), text(i + 1));
    let standard = section == Section::Indicators(6, false) && planned.next == section;
    if !standard || planned.pad.is_some() || n != planned.take || planned.take != labels + 6 {
        return None;
    }
    let s = i + labels;
    let k = broken_cell(text, s)?;
    let taken = cut_before_next_row(text, cells.len(), i, n + 1, (section, section), false);
    let mut row: Vec<Cell<'c>> = cells.get(i..i + taken)?.to_vec();
    let second = row.remove(labels + k + 1);
    let first = row.get_mut(labels + k)?;
    let joined = format!("{}{}", first.text, second.text);
    let note = first.note(
        NoteKind::Guessed,
        msg!(
            "import-note-cell-rejoined",
            first = quoted(&*first.text),
            second = quoted(&*second.text),
            joined = quoted(joined.as_str())
        ),
    );
    first.text = joined.into();
    Some((Row { cells: row }, taken, note))
}

/// The standard band labels a qualitative actual is written as.
const BAND_LABELS: [&str; 3] = [
    "达成预期指标",
    "部分达成预期指标并具有一定效果",
    "未达成预期指标且效果较差",
];

/// Which pair of an indicator row's cells (level 3 at `s`) is one cell broken in two: `k`
/// joins cells `s + k` and `s + k + 1`. Only when the cell under 分值 is no number (nor
/// blank) while the two after it are the row's 分值 and 得分.
fn broken_cell<'a>(text: &dyn Fn(usize) -> &'a str, s: usize) -> Option<usize> {
    let t = |k: usize| text(s + k).trim();
    let points_late = !t(3).is_empty()
        && !is_plain(t(3))
        && !starts_row(t(3))
        && is_plain(t(4))
        && (is_plain(t(5)) || t(5).is_empty());
    if !points_late {
        return None;
    }
    let band = |k: usize| {
        let joined = format!("{}{}", t(k), t(k + 1));
        BAND_LABELS.contains(&joined.as_str()) && !BAND_LABELS.contains(&t(k + 1))
    };
    // A number split from its unit (`≥3000` / `户`): the unit is short and holds no digit.
    let unit = |k: usize| {
        t(k).ends_with(|c: char| c.is_ascii_digit())
            && (1..=3).contains(&t(k + 1).chars().count())
            && !t(k + 1).chars().any(|c| c.is_ascii_digit() || c == '%')
    };
    if let Some(k) = [1, 2].into_iter().find(|&k| band(k) || unit(k)) {
        return Some(k);
    }
    // A value holds a digit, an operator or a percent sign: a name's tail holds none.
    let value = |v: &str| {
        v.chars()
            .any(|c| c.is_ascii_digit() || "≥≤≧≦=<>%＞＜".contains(c))
    };
    (!value(t(1)) && !BAND_LABELS.contains(&t(1)) && value(t(2))).then_some(0)
}

/// The notes on a flattened standard indicator row read by where its numbers fall (#15
/// item 4): a blank 年度指标值 put back, and the cell after the score read as its 偏差原因.
fn flat_row_notes(row: &Row, pad: Padding) -> Vec<ImportNote> {
    let Some(first) = row.cells.first() else {
        return Vec::new();
    };
    let note = |message: crate::i18n::Message| ImportNote {
        form: 0,
        cell: first.number,
        line: first.line,
        sheet: None,
        kind: NoteKind::Guessed,
        message,
        piece: None,
    };
    let level3 = row.cells.get(pad.labels).map_or("", |c| &*c.text);
    let mut notes = Vec::new();
    // A placeholder row (`指标2`, `……`) is skipped with a note of its own: the blank put
    // back in it moves no number.
    if pad.target && !is_placeholder(level3) {
        notes.push(note(crate::i18n::msg!(
            "import-note-flat-blank-target",
            level3 = quoted(level3)
        )));
    }
    if pad.deviation_read
        && let Some(last) = row.cells.last()
    {
        // Decided by what follows (the next row's numbers in place, or 总分): a text cell
        // that feeds no number — said, not counted as a guess (tester s6 F13).
        let (level3, text) = (quoted(level3), quoted(&*last.text));
        let pieces = row.cells.len().saturating_sub(pad.deviation_cells);
        let joined = row
            .cells
            .iter()
            .skip(pieces)
            .map(|c| &*c.text)
            .collect::<Vec<_>>()
            .join(" ");
        let message = match pad.deviation_last {
            // Broken by spaces before the form's closing row (#15): the pieces as one.
            true if pad.deviation_cells > 1 => crate::i18n::msg!(
                "import-note-flat-deviation-broken",
                level3 = level3,
                cells = pad.deviation_cells,
                text = quoted(joined.as_str())
            ),
            // … before the next row (F9): why the template asks this row for a reason.
            false if pad.deviation_cells > 1 => {
                let cell = |back: usize| {
                    pieces
                        .checked_sub(back)
                        .and_then(|j| row.cells.get(j))
                        .map_or("", |c| &*c.text)
                };
                let pieces = row.cells.iter().skip(pieces);
                let why = if lost_points(cell(2), cell(1)) {
                    "lost"
                } else if pieces.clone().any(|c| holds_reason_word(&c.text)) {
                    "words"
                } else {
                    "figure"
                };
                crate::i18n::msg!(
                    "import-note-flat-deviation-broken-mid",
                    level3 = level3,
                    cells = pad.deviation_cells,
                    text = quoted(joined.as_str()),
                    why = why
                )
            }
            true => crate::i18n::msg!(
                "import-note-flat-deviation-last",
                level3 = level3,
                text = text
            ),
            false => crate::i18n::msg!("import-note-flat-deviation", level3 = level3, text = text),
        };
        notes.push(ImportNote {
            kind: NoteKind::Recognised,
            ..note(message)
        });
    }
    notes
}

/// The row starting at a cell, as planned from its first cell and its section.
struct Planned {
    /// How many cells the row takes (at least 1).
    take: usize,
    /// The section after the row.
    next: Section,
    /// A flattened indicator row: the empty cells the flattening dropped.
    pad: Option<Padding>,
}

/// Empty cells to put back into a flattened indicator row: a blank target after the labels,
/// a blank deviation at the end.
#[derive(Clone, Copy)]
struct Padding {
    labels: usize,
    target: bool,
    /// The 三级指标 and the cell after it are one name wrapped by a PDF (tester s10 F2).
    wrapped: bool,
    deviation: bool,
    /// The row's last cell was chosen as its 偏差原因 (not the next row's 三级指标).
    deviation_read: bool,
    /// … as the last row's (总分 follows).
    deviation_last: bool,
    /// The cells it was read from (2–4: broken by spaces before 总分), joined into one.
    deviation_cells: usize,
}

/// The number of level-1/level-2 label cells a row starting with `t` (then `next`) opens with.
fn label_cells(t: &str, next: &str) -> usize {
    if is_level1(t) && grid::is_level2_label(next) {
        2
    } else {
        usize::from(is_level1(t) || grid::is_level2_label(t))
    }
}

/// Plans the row starting at cell `i`: header and section rows by their first cell, others by
/// the width their section's header gave.
fn plan_row<'a>(
    text: &dyn Fn(usize) -> &'a str,
    len: usize,
    i: usize,
    section: Section,
    flat: bool,
) -> Planned {
    let plain = |(take, next)| Planned {
        take,
        next,
        pad: None,
    };
    if let Some(planned) = plan_header_row(text, len, i, section) {
        return plain(planned);
    }
    let t = text(i);
    match section {
        Section::Funds(width) if is_funds_label(t) => plain((1 + width, section)),
        Section::Goals(width) => plain((width, section)),
        Section::Indicators(width, remark) => {
            let labels = label_cells(t, text(i + 1));
            if flat && width == 6 && !remark {
                let owned = |j: usize| text(j).to_owned();
                let row = flat_indicator(&owned, i + labels);
                // A row under new labels cannot share another group's points: one without
                // numbers there is cut short, and is left as it is.
                let merged = row.blank_deviation && labels > 0;
                Planned {
                    take: labels + row.take,
                    next: section,
                    pad: (!merged).then_some(Padding {
                        labels,
                        target: row.blank_target,
                        wrapped: row.wrapped,
                        deviation: row.blank_deviation,
                        deviation_read: row.deviation,
                        deviation_last: row.deviation_last,
                        deviation_cells: row.deviation_cells,
                    }),
                }
            } else {
                plain((labels + width, section))
            }
        }
        _ => plain((1, section)),
    }
}

/// The cells a title, header, section header or 总分 row takes and the section after it; none
/// for a row of the section's body.
fn plan_header_row<'a>(
    text: &dyn Fn(usize) -> &'a str,
    len: usize,
    i: usize,
    section: Section,
) -> Option<(usize, Section)> {
    let t = text(i);
    Some(if is_title(t) {
        (1, Section::Header)
    } else if header_label(t) == Some("项目名称") || header_label(t) == Some("实施单位") {
        (2, section)
    } else if section == Section::Header
        && grid::squeeze(t).trim_end_matches([':', '：']) == "部门"
        && !starts_row(text(i + 1))
    {
        // `部门 | 某局` beside the title (the 永德 page), as the grid reads it.
        (2, section)
    } else if header_label(t) == Some("主管部门") {
        let unit_next = header_label(text(i + 2)) == Some("实施单位");
        (if unit_next { 4 } else { 2 }, section)
    } else if is_year(t) && section == Section::Header {
        (1, section)
    } else if is_funds_header(t) {
        let mut n = 1;
        // A group heading over the amount columns (`年度预算数(万元)`) or an empty cell may
        // stand before the first column — empty, or written `/` as the template's blank
        // (tester s7 F12: the whole funds block was unread).
        let heading = |c: &str| is_blank(c) || c.contains("万元");
        while funds_column(text(i + n)).is_some()
            || (heading(text(i + n)) && funds_column(text(i + n + 1)).is_some())
        {
            n += 1;
        }
        let width = (1..n)
            .filter(|k| funds_column(text(i + k)).is_some())
            .count();
        (n, Section::Funds(width))
    } else if section == Section::Header
        && let Some(n) = bare_funds_header(text, i)
    {
        (n, Section::Funds(n))
    } else if t == "项目年度目标" {
        // Sichuan: the header is two cells, then one row of goal and how it was met.
        let n = if text(i + 1).contains("完成") { 2 } else { 1 };
        (n, Section::Goals(2))
    } else if is_goals_header(t) {
        let mut n = 1;
        while n < 3
            && ["目标", "完成", "实际"]
                .iter()
                .any(|w| text(i + n).contains(w))
        {
            n += 1;
        }
        (n, Section::Goals((n - 1).max(1)))
    } else if is_indicators_header(t) && !matches!(section, Section::Indicators(..)) {
        let mut n = usize::from(indicator_column(t).is_none());
        // The label's points in a paragraph of their own (`年度绩效目标` / `(80分)`, tester
        // s17x G1) belong to the label, not to the first row.
        if n == 1 && is_points_alone(text(i + 1)) {
            n += 1;
        }
        // A remark column (`评分标准`) is a column of the header: counted, or the cells after it
        // are read one place early (tester s23 B1, the 江西 layout).
        while grid::ordered_header_column(text(i + n)).is_some() {
            n += 1;
        }
        let columns = (0..n).filter_map(|k| grid::ordered_header_column(text(i + k)));
        let columns = columns.filter(|c| !matches!(c, grid::Column::Level1 | grid::Column::Level2));
        let (width, remark) = columns.fold((0, false), |(width, remark), c| {
            (
                width + 1,
                remark || matches!(c, grid::Column::Remark | grid::Column::Scoring),
            )
        });
        (n.max(1), Section::Indicators(width.max(1), remark))
    } else if let Section::Indicators(..) = section
        && is_indicators_header(t)
        && (1..=4).all(|k| indicator_column(text(i + k)).is_some())
    {
        // The header repeated inside the indicators (a page break): one row, which the grid
        // reader skips with a note; the section's width stays (#15, s5 F3).
        let mut n = 1;
        while indicator_column(text(i + n)).is_some() {
            n += 1;
        }
        (n, section)
    } else if is_total_label(t) {
        // The 总分 row holds numbers or nothing (its label may be merged over empty cells): its
        // points may carry their unit (`100分`), its score be full marks in words (`满分`).
        let mut n = 1;
        let value = |t: &str| is_blank(t) || is_number(t) || grid::is_score_cell(t);
        while n < 6 && value(text(i + n)) && i + n < len {
            n += 1;
        }
        (n, Section::After)
    } else {
        return None;
    })
}

/// A funds header written without its label (`年初预算数 全年预算数 全年执行数 分值 执行率
/// 得分`, the label cell left blank or merged away: session 24, read in grids since s21): the
/// cells its columns take from `i` — three or more naming funds columns, a budget and the spent
/// amount among them, told as a grid's row is ([`grid::names_budget_and_spent`]). Read as
/// header cells of their own, every cell of the funds block was left out and the execution
/// score unknown.
fn bare_funds_header<'a>(text: &dyn Fn(usize) -> &'a str, i: usize) -> Option<usize> {
    let n = (i..)
        .take_while(|&j| funds_column(text(j)).is_some())
        .count();
    (n >= 3 && grid::names_budget_and_spent((i..i + n).map(text))).then_some(n)
}

/// How many of the `take` cells planned from cell `i` the row really takes: it never runs into
/// the next row's opening cell — a title, 总分, a section header, or in the indicators a new
/// level-1/level-2 pair or a second `指标N` cell (the row above had merged, left-out cells).
/// In flattened text a cell before a 指标性质 operator (`=`, `≥`, `≤`) is the next row's
/// 三级指标: the rows under merged labels have lost their widths with their empty cells.
/// There, too, the template's printed funds instruction (`1.预算执行率=…`) is no cell of a
/// funds row: a row that lost its blank 得分 took it as its 原因 (tester s7 F10).
fn cut_before_next_row<'a>(
    text: &dyn Fn(usize) -> &'a str,
    len: usize,
    i: usize,
    take: usize,
    (section, next): (Section, Section),
    flat: bool,
) -> usize {
    let t = text(i);
    let in_indicators = matches!(section, Section::Indicators(..)) && next == section;
    let in_funds = matches!(section, Section::Funds(_)) && next == section;
    let level3_at = (0..3).find(|k| is_level3(text(i + k)));
    // Where the label cells end: a label written in full after them opens the next row.
    let labels_end = label_cells(t, text(i + 1));
    let mut n = 1;
    while n < take && i + n < len {
        let t = text(i + n);
        let new_group = is_level1(t) && is_level2(text(i + n + 1));
        let second_level3 = is_level3(t) && level3_at.is_some_and(|k| n > k);
        // A label written in full, or a cut level-2 label before an `指标N` cell.
        let new_label =
            n > labels_end && (is_full_label(t) || (is_level2(t) && is_level3(text(i + n + 1))));
        let header_cell = is_indicators_header(text(i)) && indicator_column(t).is_some();
        let before_nature =
            flat && n > labels_end && !grid::is_nature(t) && grid::is_nature(text(i + n + 1));
        // The closing 说明/备注 block is no cell of the last row (tester s6 F6).
        let notes = grid::is_notes_label(t);
        // A template of 三级指标, 年度指标值, 完成值, 原因 (Hunan's 绩效目标自评表): a cell in the
        // 原因 place followed by a target (`≥1.2万人`, `100%`) is the next row's name, the row
        // having no 原因 (tester s13 T4: the name was read as the reason, the target as a name).
        let before_target = flat
            && section == Section::Indicators(4, false)
            && n == labels_end + 3
            && !is_target_cell(t)
            && is_target_cell(text(i + n + 1));
        // A 项目名称's value is its value, even one ending in `…支出绩效自评表` (tester s17w F7).
        let named = n == 1 && header_label(text(i)) == Some("项目名称");
        if (starts_row(t) && !header_cell && !named)
            || (in_indicators
                && (new_group
                    || second_level3
                    || new_label
                    || before_nature
                    || before_target
                    || notes))
            || (in_funds && (is_funds_label(t) || (flat && grid::is_funds_instruction(t))))
        {
            break;
        }
        n += 1;
    }
    n
}

/// A flattened row: the empty cells the flattening dropped, put back.
fn put_back_dropped(row: &mut Row, pad: Padding) {
    let Some(last) = row.cells.last().cloned() else {
        return;
    };
    let blank = Cell {
        text: "".into(),
        ..last
    };
    if pad.target {
        row.cells
            .insert((pad.labels + 1).min(row.cells.len()), blank.clone());
    }
    if pad.deviation {
        row.cells.push(blank);
    }
    // A 偏差原因 broken by spaces: its pieces joined as the copy showed them.
    if pad.deviation_cells > 1 {
        let at = row.cells.len().saturating_sub(pad.deviation_cells);
        let pieces: Vec<Cell> = row.cells.split_off(at);
        if let Some(first) = pieces.first() {
            let joined: Vec<&str> = pieces.iter().map(|c| &*c.text).collect();
            row.cells.push(Cell {
                text: joined.join(" ").into(),
                ..first.clone()
            });
        }
    }
}

/// The header label a cell stands for (`实施单位 (盖章)` → `实施单位`), as the grid reads it.
fn header_label(text: &str) -> Option<&'static str> {
    grid::header_key(text)
}

/// True for a cell holding only a label's points (`(80分)`, `（20分）`).
fn is_points_alone(text: &str) -> bool {
    let (name, points) = crate::value::label_points(text.trim());
    points.is_some() && name.trim().is_empty()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// Tester s16p P1: the lines a PDF's text extraction gives are told from one cell a line.
    #[test]
    fn text_copied_out_of_a_pdf_is_told_by_a_line_of_cells_side_by_side() {
        for (text, line) in [
            (
                "项目支出绩效自评表\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值\n",
                2,
            ),
            ("项目资金（万 年初 全年 全年 分值 执行 得分\n", 1),
            (
                "  年初预算数       全年预算数(A)   全年执行数(B)   分值    执行率(B/A)      得分\n",
                1,
            ),
            ("其他资金 — — —\n数量指标\n总分 100 97.9\n", 3),
            (
                "项目支出绩效自评表\n（2023 年度）\n项目名称\n主管部门\n绩效\n指标\n总分\n100\n",
                4,
            ),
            ("项目支出绩效自评表\n10\n项目名称\n主管部门\n项目资金\n", 5),
            ("项目名称\n主管部门\n\n某项目\n某局\n", 2),
            ("项目名称\n\n主管部门\n\n项目支出绩效自评表\n", 3),
            (
                "项目名称\n\n城乡居民医保\n\n主管部门\n\n项目资金(万元)\n\n年度总体\n",
                9,
            ),
        ] {
            assert_eq!(spaced_header(text).map(|(l, _, _)| l), Some(line), "{text}");
        }
        assert_eq!(
            spaced_header("  年初预算数       全年预算数(A)   分值    得分\n").map(|(_, t, _)| t),
            Some("年初预算数 全年预算数(A) 分值 得分".to_owned())
        );
        // One cell a paragraph, a cell broken over two lines, a goal of several words, a single
        // row-like line: none is a PDF's line.
        for text in [
            "项目支出绩效自评表\n\n一级指标\n\n二级指标\n\n三级指标\n",
            "项目资金\n(万元)\n年初预算数\n全年预算数\n",
            "按标准落实 城乡居民 医保参保 补助，保障 困难群众 应保尽保\n",
            "总分 100 95.8\n",
            "项目名称\nX\n分值\n20\n得分\n19\n总分\n100\n",
            "项目名称\n\nX\n\n主管部门\n\n某局\n\n项目资金（万元）\n",
            "项目名称\n\n \n\n主管部门\n\n某局\n\n实施单位\n",
            "项目名称\n\n主管部门\n\n某局\n\n实施单位\n",
            "项目名称\n主管部门\n某局\n实施单位\n某中心\n",
            "项目资金(万元) | | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 得分\n",
            "注：本表分值为 100 分，得分按评分细则计算\n",
        ] {
            assert_eq!(spaced_header(text), None, "{text}");
        }
    }

    /// #15: the note on how the cells were cut is written with the case file, so the form keeps
    /// its mirror (it was dropped and the case file parsed again) and the mirror is exactly what
    /// parsing the text gives.
    #[test]
    fn paragraph_forms_keep_their_mirror() {
        let text = include_str!("../../tests/data/import/other-template-paragraphs.txt");
        let imported = import("p.txt", text, None);
        let form = imported.forms.first().unwrap();
        let first = imported.problems.first().unwrap();
        assert_eq!(first.message.id(), Some("import-note-cells-per-paragraph"));
        assert!(form.notes.iter().all(|n| n.message != first.message));
        // The mirror is kept.
        let mirror = form.mirror.0.as_ref().unwrap();
        let parsed = crate::load::raw_case::parse_toml(&form.toml).unwrap();
        assert_eq!(format!("{mirror:?}"), format!("{parsed:?}"));
    }

    #[test]
    fn blank_lines_separate_cells_and_three_make_an_empty_one() {
        let cells = paragraphs("a\n\nb\nc\n\n\n\nd\n\ne\n");
        let texts: Vec<&str> = cells.iter().map(|c| &*c.text).collect();
        assert_eq!(texts, ["a", "b\nc", "", "d", "e"]);
        assert_eq!(cells.get(3).unwrap().line, 8);
    }

    /// Tester s22 B2: a worded target and actual, each broken over two lines by a PDF, are
    /// joined back when the joins read alike; pieces that do not are left as they were.
    #[test]
    fn a_target_and_actual_broken_over_two_lines_are_joined_back() {
        let texts = |cells: &[Cell]| cells.iter().map(|c| c.text.to_string()).collect::<Vec<_>>();
        let row = [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
            "产出指标",
            "数量指标",
            "指标1:维护数量",
            "完成甲祠、乙",
            "祠维护",
            "完成甲祠、乙",
            "祠维护",
            "7",
            "7",
            "指标2:面积",
            "6000平方米",
            "6000平方米",
            "7",
            "7",
        ];
        let (cells, notes) = join_broken_values(crate::import::grid::test_cells(&row));
        let read = texts(&cells);
        assert_eq!(
            read[11..15],
            ["完成甲祠、乙祠维护", "完成甲祠、乙祠维护", "7", "7"]
        );
        assert_eq!(notes.len(), 2);
        // Three pieces: the actual broken, the target whole.
        let mut three: Vec<&str> = row.to_vec();
        three[11] = "完成甲祠、乙祠维护";
        three.remove(12);
        let (cells, notes) = join_broken_values(crate::import::grid::test_cells(&three));
        assert_eq!(
            texts(&cells)[11..14],
            ["完成甲祠、乙祠维护", "完成甲祠、乙祠维护", "7"]
        );
        assert_eq!(notes.len(), 1);
        // Pieces that read alike in no join: a row sharing the points above, left as it is.
        let mut apart: Vec<&str> = row.to_vec();
        apart[14] = "另一段";
        let (cells, notes) = join_broken_values(crate::import::grid::test_cells(&apart));
        assert_eq!(cells.len(), apart.len());
        assert!(notes.is_empty());
    }

    /// Session 24: a figure a PDF's narrow column wrapped mid-way (`≥9` / `5%`) is one cell,
    /// in a row after its labels, after a wrapped name, after the row above's reason, and with
    /// both values cut; a row whose numbers stand in place is never joined.
    #[test]
    fn a_figure_wrapped_mid_way_is_one_cell() {
        let read = |row: &[&str]| {
            let header = [
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "实际完成值",
            ];
            let header = [
                header.as_slice(),
                &["分值", "得分", "偏差原因分析及改进措施"],
            ]
            .concat();
            let cells: Vec<&str> = [header.as_slice(), row].concat();
            let (cells, notes) = join_broken_values(crate::import::grid::test_cells(&cells));
            let texts: Vec<String> = cells.iter().skip(8).map(|c| c.text.to_string()).collect();
            (texts, notes.len())
        };
        let labels = ["产出指标", "时效指标"];
        let row = |cells: &[&'static str]| [labels.as_slice(), cells].concat();
        let whole = ["指标1：完成率", "≥95%", "90%", "10", "9.47"];
        assert_eq!(
            read(&row(&["指标1：完成率", "≥9", "5%", "90%", "10", "9.47"])),
            (row(&whole).iter().map(|t| t.to_string()).collect(), 1)
        );
        assert_eq!(
            read(&row(&["指标1：完成率", "≥95%", "9", "0%", "10", "9.47"])).0,
            row(&whole)
        );
        assert_eq!(
            read(&row(&[
                "指标1：完成率",
                "≥9",
                "5%",
                "9",
                "0%",
                "10",
                "9.47"
            ])),
            (row(&whole).iter().map(|t| t.to_string()).collect(), 2)
        );
        // After a wrapped name: the name is left to the row reader.
        assert_eq!(
            read(&row(&[
                "指标1：完成",
                "率",
                "≥9",
                "5%",
                "90%",
                "10",
                "9.47"
            ]))
            .0,
            row(&["指标1：完成", "率", "≥95%", "90%", "10", "9.47"])
        );
        // After the row above's reason.
        let above = ["指标1：合格率", "≥95%", "93%", "10", "9.79", "个别路段返工"];
        let (texts, notes) = read(
            &[
                above.as_slice(),
                &["指标2：完成率", "≥9", "5%", "90%", "10", "9.47"],
            ]
            .concat(),
        );
        assert_eq!(texts[6..], ["指标2：完成率", "≥95%", "90%", "10", "9.47"]);
        assert_eq!(notes, 1);
        // Numbers in place, or two values side by side: nothing joined.
        for cells in [
            row(&["指标1：完成率", "≥9", "5%", "10", "9.47"]),
            row(&["指标1：完成率", "≥95%", "90%", "10", "9.47"]),
            row(&["指标1：完成率", "≥95%", "90%", "另有说明", "10", "9.47"]),
        ] {
            assert_eq!(read(&cells).1, 0, "{cells:?}");
        }
    }

    /// s6 doubt: after two cells joined, every cell keeps the number it has in the input, so
    /// a note's `第 N 格` counts the cells as the user does (it was one less after each join).
    #[test]
    fn joined_cells_keep_the_input_s_cell_numbers() {
        let cells = crate::import::grid::test_cells(&[
            "项目资金",
            "(万元)",
            "年初预算数",
            "指标1:甲,",
            "乙",
            "≥1个",
        ]);
        let (cells, _) = join_broken(cells);
        let (cells, _) = join_continued(cells);
        let numbers: Vec<(&str, usize)> = cells.iter().map(|c| (&*c.text, c.number)).collect();
        assert_eq!(
            numbers,
            [
                ("项目资金(万元)", 1),
                ("年初预算数", 3),
                ("指标1:甲,乙", 4),
                ("≥1个", 6)
            ]
        );
    }

    /// The texts of `cells` after [`join_broken`], and how many joins it said.
    fn joined(cells: &[&str]) -> (Vec<String>, usize) {
        let (cells, notes) = join_broken(crate::import::grid::test_cells(cells));
        let texts = cells.iter().map(|c| c.text.to_string()).collect();
        (texts, notes.len())
    }

    /// Tester s11 F2: a PDF's narrow funds columns wrap each header before its column letter or
    /// formula (`全年预算数` / `（A）`); read apart, the letters took the places of the next
    /// columns and the figures became funds rows named `456`, `95%`. Joined wherever the wrap
    /// falls, ASCII or full width, and each join said.
    #[test]
    fn a_header_wrapped_before_its_column_mark_is_one_cell() {
        let (texts, notes) = joined(&[
            "年初预算数",
            "全年预算数",
            "（A）",
            "全年执行数",
            "(B)",
            "分值",
            "执行率",
            "（B/A）",
            "得分",
        ]);
        let want = [
            "年初预算数",
            "全年预算数（A）",
            "全年执行数(B)",
            "分值",
            "执行率（B/A）",
            "得分",
        ];
        assert_eq!((texts, notes), (want.map(String::from).to_vec(), 3));
        for (cells, want) in [
            (
                &["年初", "预算数", "全年", "预算数（A）"][..],
                &["年初预算数", "全年预算数（A）"][..],
            ),
            (&["执行率", "(B/A)", "得分"], &["执行率(B/A)", "得分"]),
            (&["执行", "率", "（B/A×100%）"], &["执行率（B/A×100%）"]),
            (&["全年", "预算数", "（Ａ）"], &["全年预算数（Ａ）"]),
            (
                &["分值", "(分)", "得分", "（分）"],
                &["分值(分)", "得分（分）"],
            ),
            (&["偏差原因分析及", "改进措施"], &["偏差原因分析及改进措施"]),
            (
                &["产出指标", "（50分）", "数量指标"],
                &["产出指标（50分）", "数量指标"],
            ),
        ] {
            assert_eq!(joined(cells).0, want, "{cells:?}");
        }
    }

    /// Tester s13 T2, T6: a title broken over lines at any point — after the bracket, inside
    /// the year, before 年度, over three lines, inside the name — is one title cell, its year in
    /// it; each join said. A page's heading or a title followed by its year row is left alone.
    #[test]
    fn a_title_broken_over_lines_is_one_cell() {
        for (cells, want) in [
            (
                &["项目支出绩效自评表（", "2018 年度 ）", "项目名称"][..],
                &["项目支出绩效自评表（2018年度）", "项目名称"][..],
            ),
            (
                &["项目支出绩效自评表(", "2021年度)"],
                &["项目支出绩效自评表(2021年度)"],
            ),
            (
                &["项目支出绩效自评表（2021", "年度）"],
                &["项目支出绩效自评表（2021年度）"],
            ),
            (
                &["项目支出绩效自评表（", "2021", "年度）", "项目名称"],
                &["项目支出绩效自评表（2021年度）", "项目名称"],
            ),
            (
                &["部门预算项目支出绩效自评表（", "2023年度）"],
                &["部门预算项目支出绩效自评表（2023年度）"],
            ),
            (
                &["项目支出绩效自评", "表（2022年度）"],
                &["项目支出绩效自评表（2022年度）"],
            ),
        ] {
            let (texts, notes) = joined(cells);
            assert_eq!(
                (texts, notes),
                (want.iter().map(|t| t.to_string()).collect(), 1),
                "{cells:?}"
            );
            let title = grid::squeeze(want[0]).into_owned();
            assert!(is_title(&title), "{title}");
            assert!(
                grid::split_title_year(&title).1.is_some_and(is_year),
                "{title}"
            );
        }
        for cells in [
            &["项目支出绩效自评表", "（2018年度）"][..],
            &[
                "老旧小区改造配套设施补助资金 绩效自评表",
                "附件1",
                "项目支出绩效自评表（2021年度）",
            ],
            &["绩效目标", "项目支出绩效自评表"],
            &["绩效指标", "一级指标"],
            &["项目支出绩效自评表（", ""],
        ] {
            let (texts, notes) = joined(cells);
            assert_eq!(
                (texts, notes),
                (cells.iter().map(|t| t.to_string()).collect(), 0),
                "{cells:?}"
            );
        }
    }

    /// What is no column mark stays a cell of its own: a figure in parentheses, a remark, a
    /// header followed by the next header, a number after a header.
    #[test]
    fn only_a_column_mark_or_a_piece_of_a_header_is_joined() {
        for cells in [
            ["全年预算数", "(100)"],
            ["全年预算数", "（未调整）"],
            ["年度指标值", "实际完成值"],
            ["分值", "10"],
            ["得分", "(A)说明"],
            ["指标1：完成", "（A）"],
            ["满意度指标", "服务对象"],
        ] {
            let (texts, notes) = joined(&cells);
            assert_eq!((texts, notes), (cells.map(String::from).to_vec(), 0));
        }
    }

    /// Tester s11 F7: level-1/level-2 labels wrapped by a PDF, a piece as short as the last
    /// `标`, over two or three lines. `满意度指` / `标` was joined but `服务对象` / `满意度指` /
    /// `标` was not, so `服务对象` read as the level 2 and `满意度指标` opened a phantom row.
    #[test]
    fn a_label_broken_over_several_lines_is_one_label() {
        let (texts, notes) = joined(&[
            "满意度指",
            "标",
            "服务对象",
            "满意度指",
            "标",
            "指标1：沿线群众满意度",
        ]);
        let want = ["满意度指标", "服务对象满意度指标", "指标1：沿线群众满意度"];
        assert_eq!((texts, notes), (want.map(String::from).to_vec(), 2));
        for (cells, want) in [
            (
                &["产出", "指标", "数量指", "标"][..],
                &["产出指标", "数量指标"][..],
            ),
            (&["社会效益", "指标"], &["社会效益指标"]),
            (&["可持续影", "响指标"], &["可持续影响指标"]),
            (&["满意度", "指", "标", "（10分）"], &["满意度指标（10分）"]),
            (
                &["满意度指标", "服务对象", "满意度指标"],
                &["满意度指标", "服务对象满意度指标"],
            ),
        ] {
            assert_eq!(joined(cells).0, want, "{cells:?}");
        }
    }

    /// Tester s6 F1: the 总分 row's numbers after a last row's 偏差原因 are not that cell's own
    /// 分值/得分, so the cell is the row's 偏差原因, not a phantom indicator.
    #[test]
    fn the_total_s_numbers_do_not_make_a_row_of_the_last_deviation() {
        let cells = [
            "村民满意度",
            "≥95%",
            "93%",
            "10",
            "9.79",
            "群众意见",
            "总分",
            "100",
            "98.79",
        ];
        let text = |j: usize| cells.get(j).map_or(String::new(), |c| (*c).to_owned());
        let row = flat_indicator(&text, 0);
        assert_eq!(row.take, 6);
        assert!(row.deviation && row.deviation_last);
        // The next row's numbers in place decide it too, and say so.
        let cells = [
            "甲", "≥1", "1个", "10", "10", "原因", "乙", "≥2个", "2个", "5", "5",
        ];
        let text = |j: usize| cells.get(j).map_or(String::new(), |c| (*c).to_owned());
        let row = flat_indicator(&text, 0);
        assert!(row.deviation && !row.deviation_last);
    }

    /// Tester s6 F2: which pair of a row's cells is one cell broken over two paragraphs.
    #[test]
    fn a_broken_cell_is_found_by_where_the_points_fall() {
        let pair = |cells: &[&str]| {
            let text = |j: usize| cells.get(j).copied().unwrap_or("");
            broken_cell(&text, 0)
        };
        assert_eq!(
            pair(&[
                "指标1:每公里",
                "改造成本",
                "≤10万元",
                "7.92万元",
                "10",
                "10"
            ]),
            Some(0)
        );
        assert_eq!(
            pair(&[
                "指标1",
                "长期",
                "部分达成预期指标",
                "并具有一定效果",
                "15",
                "11"
            ]),
            Some(2)
        );
        assert_eq!(
            pair(&["指标1", "≥3000", "户", "2850户", "15", "14.25"]),
            Some(1)
        );
        // Undecidable: two values, no unit alone.
        assert_eq!(
            pair(&["指标1", "≥30", "00户", "2850户", "15", "14.25"]),
            None
        );
        // A whole row: its 分值 under 分值.
        assert_eq!(
            pair(&["指标1", "≥3000户", "2850户", "15", "14.25", ""]),
            None
        );
        assert!(broken_label("主管", "部门", "主管部门"));
        assert!(broken_label("执行", "率", "执行率"));
        assert!(broken_label("其中:当年", "财政拨款", "其中:当年财政拨款"));
        assert!(broken_label("年度资金", "总额", "年度资金总额"));
        assert!(!broken_label("主管部门", "某局", "主管部门某局"));
        assert!(!broken_label(
            "其中:当年财政拨款",
            "120",
            "其中:当年财政拨款120"
        ));
    }

    /// #15: the last row's 偏差原因 broken by spaces before the 总分 row is one 偏差原因 when
    /// no piece could be a value of a row sharing the points; otherwise the pieces stay a row.
    #[test]
    fn a_last_deviation_broken_by_spaces_is_one_cell_unless_a_row_could_be_there() {
        let read = |pieces: &[&str]| {
            let mut cells = vec!["村民满意度", "≥95%", "93%", "10", "9.79"];
            cells.extend_from_slice(pieces);
            cells.extend_from_slice(&["总分", "100", "98.79"]);
            let text = |j: usize| cells.get(j).map_or(String::new(), |c| (*c).to_owned());
            let row = flat_indicator(&text, 0);
            (row.take, row.deviation_cells)
        };
        assert_eq!(read(&["群众对部分路段", "亮度有意见"]), (7, 2));
        assert_eq!(read(&["群众对", "部分路段", "亮度有意见"]), (8, 3));
        // A value, a result word, a target met as worded: a row sharing the points.
        assert_eq!(read(&["夜间巡查", "≥2次/月", "3次/月"]), (5, 0));
        assert_eq!(read(&["群众评价", "基本完成"]), (5, 0));
        assert_eq!(read(&["亮度", "较高", "较高"]), (5, 0));
        // Not before the 总分 row's two numbers: no join.
        let cells = [
            "村民满意度",
            "≥95%",
            "93%",
            "10",
            "9.79",
            "群众",
            "意见",
            "总分",
        ];
        let text = |j: usize| cells.get(j).map_or(String::new(), |c| (*c).to_owned());
        assert_eq!(flat_indicator(&text, 0).deviation_cells, 0);
    }

    /// Tester s7 F2: a 偏差原因's later paragraphs are prose; a row's values are not.
    #[test]
    fn prose_is_told_from_a_row_s_values() {
        for prose in [
            "受疫情影响，部分物资采购延迟，",
            "其中3个村因土地流转纠纷推迟至2021年3月开工，已督促施工方加快进度。",
            "改进措施：",
            "加强调度。",
        ] {
            assert!(is_prose(prose), "{prose}");
        }
        for value in [
            "≥1万亩",
            "0.92万亩",
            "2021年3月",
            "100%",
            "20",
            "",
            "/",
            "本项目不涉及",
            "指标2",
            "达成预期指标",
            "质量指标",
            "总分",
        ] {
            assert!(!is_prose(value), "{value}");
        }
    }

    /// F9: in the middle of the table, broken pieces before the next row are one 偏差原因
    /// when the row lost points or they are worded as a reason, and could be no row.
    #[test]
    fn a_deviation_broken_mid_table_is_one_cell_when_the_form_asks_for_it() {
        let read = |numbers: [&str; 2], pieces: &[&str]| {
            let mut cells = vec!["下游群众防洪安全", "显著提升", "基本达成"];
            cells.extend_from_slice(&numbers);
            cells.extend_from_slice(pieces);
            cells.extend_from_slice(&["可持续影响指标", "使用年限", "≥30年", "30年", "15", "15"]);
            let text = |j: usize| cells.get(j).map_or(String::new(), |c| (*c).to_owned());
            let row = flat_indicator(&text, 0);
            (row.take, row.deviation_cells, row.deviation_last)
        };
        // Lost points (11 of 15): asked for a reason.
        assert_eq!(
            read(["15", "11"], &["部分坝段护坡", "尚在观测期"]),
            (7, 2, false)
        );
        assert_eq!(
            read(["15分", "11分"], &["部分", "坝段护坡", "尚在观测期"]),
            (8, 3, false)
        );
        // Full points: only words a reason is made of.
        assert_eq!(read(["15", "15"], &["个别群众", "有意见"]), (7, 2, false));
        assert_eq!(read(["15", "15"], &["群众知晓", "明显提升"]), (5, 0, false));
        // A value or a result word: a row sharing the points, whatever was lost.
        assert_eq!(read(["15", "11"], &["坝段护坡", "≥2处"]), (5, 0, false));
        assert_eq!(read(["15", "11"], &["坝段护坡", "基本完成"]), (5, 0, false));
        // Tester s13b N1: a result word with the time it is yet to happen in is a plan, the
        // end of a reason, in two clauses or more.
        assert_eq!(
            read(["15", "11"], &["2所学校因校舍鉴定延后", "下学期完成"]),
            (7, 2, false)
        );
        assert_eq!(
            read(["15", "11"], &["两所学校", "因校舍鉴定延后", "下学期完成"]),
            (8, 3, false)
        );
        // Session 14: whatever time or plan stands before the result word (`暑假后`, which no
        // list held), as long as it grades no result; a band value stays a row's value.
        for plan in ["暑假后完成", "明年完成", "年底前完成", "汛期后完成"] {
            assert_eq!(
                read(["15", "11"], &["2所学校因校舍鉴定延后", plan]),
                (7, 2, false),
                "{plan}"
            );
        }
        for band in [
            "基本完成",
            "按时完成",
            "部分达成预期指标并具有一定效果",
            "基本达标",
        ] {
            assert_eq!(
                read(["15", "11"], &["坝段护坡", band]),
                (5, 0, false),
                "{band}"
            );
        }
        // … only where a reason is asked for.
        assert_eq!(
            read(["15", "15"], &["坝段护坡", "下学期完成"]),
            (5, 0, false)
        );
    }

    /// Tester s14b F: a reason whose second clause is a plan naming its date, before the next
    /// row of the same 二级指标, is one reason — not a first line of the next row's name
    /// wrapped by a PDF, nor a row sharing the points.
    #[test]
    fn a_reason_ending_in_a_dated_plan_is_one_reason() {
        let read = |plan: &str| {
            let cells = [
                "改造学校食堂数量",
                "≥12所",
                "10所",
                "10",
                "8.33",
                "2所学校因资金未到位",
                plan,
                "配备留样冷柜数量",
                "≥12台",
                "9台",
                "10",
                "10",
            ];
            let text = |j: usize| cells.get(j).map_or(String::new(), |c| (*c).to_owned());
            let row = flat_indicator(&text, 0);
            (row.take, row.deviation_cells)
        };
        for plan in [
            "计划2024年6月完成",
            "预计12月底完成",
            "2024年3月前完成",
            "计划2024年6月底前完成",
            "寒假期间完成",
            "2024年6月完成",
            "2024年6月底完成",
        ] {
            assert_eq!(read(plan), (7, 2), "{plan}");
        }
        assert!(dated_plan("计划2024年6月完成"));
        assert!(dated_plan("预计12月底完成"));
        assert!(dated_plan("2024年3月前完成"));
        // When the work was done is a value, and a name holds no date before a result word.
        assert!(!dated_plan("2021年12月完成"));
        assert!(!dated_plan("项目完成率"));
        assert!(!dated_plan("基本完成"));
    }

    /// Tester s13b N1: a row sharing the points above takes no cell of a whole row after it
    /// (name, target, actual, points, score), so the next row never opens with its target.
    #[test]
    fn a_row_sharing_points_stops_before_a_whole_row() {
        let cells = ["乙", "1个", "丙", "≥3个", "3个", "10", "10"];
        let text = |j: usize| cells.get(j).map_or(String::new(), |c| (*c).to_owned());
        let row = flat_indicator(&text, 0);
        assert_eq!((row.take, row.blank_target), (2, true));
        let cells = ["乙", "≥2个", "1个", "丙", "≥3个", "3个", "10", "10"];
        let text = |j: usize| cells.get(j).map_or(String::new(), |c| (*c).to_owned());
        assert_eq!(flat_indicator(&text, 0).take, 3);
    }

    /// Session 24: a 三级指标 numbered in outline (`1.3项目按期完成率`) after the row above's
    /// 偏差原因 opens the next row, so the reason is the reason; a target `1.1公里` after a name
    /// is the target.
    #[test]
    fn a_name_numbered_in_outline_opens_its_row() {
        let read = |cells: &[&str]| {
            let text = |j: usize| cells.get(j).map_or(String::new(), |c| (*c).to_owned());
            let row = flat_indicator(&text, 0);
            (row.take, row.blank_target, row.deviation)
        };
        let row = [
            "1.2工程验收合格率",
            "≥95%",
            "93%",
            "10",
            "9.79",
            "个别路段返工",
            "1.3项目按期完成率",
            "≥95%",
            "90%",
            "10",
            "9.47",
        ];
        assert_eq!(read(&row), (6, false, true));
        let row = [
            "1.1公里道路硬化",
            "≥1.1公里",
            "1.1公里",
            "20",
            "20",
            "1.2验收合格率",
            "≥95%",
            "93%",
            "10",
            "9.79",
        ];
        assert_eq!(read(&row), (5, false, false));
        // A row sharing the points above stops before a numbered row.
        let cells = ["乙", "1个", "1.2验收合格率", "≥95%", "93%", "10", "9.79"];
        assert_eq!(read(&cells).0, 2);
        for name in [
            "1.1公里道路硬化",
            "2.3群众满意度",
            "1.2、验收合格率",
            "1.2.1 改造户数",
        ] {
            assert!(outline_numbered(name), "{name}");
        }
        for cell in [
            "≥1.1公里",
            "1.",
            "1.5",
            "95%",
            "1.1%",
            "指标1.1",
            "3个乡镇",
            ".5万元",
        ] {
            assert!(!outline_numbered(cell), "{cell}");
        }
    }

    /// Tester s10 F2: a flattened standard row whose 三级指标 a PDF wrapped onto a second
    /// line (`指标2：改造管网长` / `度`) has its numbers one cell late: the two are one name. Never
    /// when a reading without the join fits (a blank target), nor when the second line is a
    /// value, a band word or opens the next group.
    #[test]
    fn a_wrapped_name_is_found_by_where_the_points_fall() {
        let read = |cells: &[&str]| {
            let text = |j: usize| cells.get(j).map_or(String::new(), |c| (*c).to_owned());
            let row = flat_indicator(&text, 0);
            (row.take, row.wrapped, row.deviation)
        };
        let next = ["质量指标", "指标1：水质达标率", "≥95%", "96.8%", "10", "10"];
        let row = |cells: &[&'static str]| [cells, next.as_slice()].concat();
        assert_eq!(
            read(&row(&[
                "指标2：改造管网长",
                "度",
                "≥35公里",
                "33.6公里",
                "10",
                "9.6"
            ])),
            (6, true, false)
        );
        // … with its reason, and the next row's name wrapped too.
        let wrapped_next = ["指标3：管网", "长度", "≥3公里", "3公里", "5", "5"];
        let cells = [
            [
                "指标2：改造管网长",
                "度",
                "≥35公里",
                "33.6公里",
                "10",
                "9.6",
                "施工延后",
            ]
            .as_slice(),
            wrapped_next.as_slice(),
        ]
        .concat();
        assert_eq!(read(&cells), (7, true, true));
        // Counts that fit without a join: the second line is the target.
        assert_eq!(
            read(&row(&["指标1：制度", "健全", "基本健全", "10", "8"])),
            (5, false, false)
        );
        // A value, a band word, a cut label opening the next group: no join.
        for second in ["≥35", "达成预期指标", "无"] {
            let cells = row(&[
                "指标2：改造管网长",
                second,
                "≥35公里",
                "33.6公里",
                "10",
                "9.6",
            ]);
            assert!(!read(&cells).1, "{second}");
        }
        assert!(!wrapped_tail("≥3000", "户"), "a number and its unit");
        assert!(!wrapped_tail("已完成。", "度"), "a sentence ends");
        assert!(
            !wrapped_tail("长度", "改造管网"),
            "longer than the line it goes on from"
        );
        assert!(wrapped_tail("指标1：巩固提升受", "益人口"));
    }

    /// Tester s10 F3: in a template with a 指标性质 column, a name wrapped before its operator is
    /// joined right after its label; after another row's numbers only when the tail is short
    /// and the row above lost no points (else the first line is that row's 偏差原因).
    #[test]
    fn a_wrapped_name_before_its_nature_is_one_name() {
        let join = |cells: &[&str]| {
            let (out, notes) = join_wrapped_names(crate::import::grid::test_cells(cells));
            let texts: Vec<String> = out.iter().map(|c| c.text.to_string()).collect();
            (texts, notes.len())
        };
        let head = ["一级指标", "三级指标", "指标性质", "产出指标", "数量指标"];
        let cells = |rest: &[&'static str]| [head.as_slice(), rest].concat();
        let (texts, said) = join(&cells(&["培训农村实用人才", "人次", "≥", "1500"]));
        assert_eq!(
            texts.get(5).map(String::as_str),
            Some("培训农村实用人才人次")
        );
        assert_eq!(said, 1);
        // `定性`/`正向` are 指标性质 words as operators are.
        let (texts, _) = join(&cells(&["项目验收", "质量", "定性", "合格"]));
        assert_eq!(texts.get(5).map(String::as_str), Some("项目验收质量"));
        // After a row's numbers: a one-character tail joins when the row lost nothing …
        let row = ["甲", "≥", "2", "万亩", "2", "15", "15"];
        let (texts, said) = join(&cells(
            &[&row[..], &["新建高标准农田面", "积", "≥"]].concat(),
        ));
        assert!(
            texts.contains(&"新建高标准农田面积".to_owned()),
            "{texts:?}"
        );
        assert_eq!(said, 1);
        // … not after a row that lost points (the line is its reason), nor a longer tail.
        let lost = ["甲", "≥", "2", "万亩", "1.9", "15", "14.25"];
        let (_, said) = join(&cells(
            &[&lost[..], &["部分地块未实施", "工期", "="]].concat(),
        ));
        assert_eq!(said, 0);
        let (_, said) = join(&cells(
            &[&row[..], &["部分地块未实施", "受益农户", "≥"]].concat(),
        ));
        assert_eq!(said, 0);
        // Outside the indicators, or with the counts whole (the name, then its operator): none.
        let (_, said) = join(&["总额", "500", "≥", "培训农村实用人才", "人次", "≥"]);
        assert_eq!(said, 0);
        let (_, said) = join(&cells(&["培训农村实用人才人次", "≥", "1500", "人次"]));
        assert_eq!(said, 0);
    }

    /// Tester s10 F1: the `/` cells of a not-applicable row under the next group's labels are
    /// not the numbers of a row named by the 偏差原因 before the labels.
    #[test]
    fn a_reason_before_a_blank_row_under_new_labels_is_a_reason() {
        let cells = [
            "④人均培训成本",
            "≤1500元/人",
            "1,560元/人",
            "10",
            "9.62",
            "场地费上涨",
            "效益指标(30分)",
            "生态效益指标",
            "/",
            "/",
            "/",
            "/",
            "/",
            "社会效益指标",
            "1.农民就业率",
            "较上年提高",
            "有所提高",
            "15",
            "10.5",
        ];
        let text = |j: usize| cells.get(j).map_or(String::new(), |c| (*c).to_owned());
        let row = flat_indicator(&text, 0);
        assert_eq!((row.take, row.deviation), (6, true));
    }

    #[test]
    fn without_blank_lines_every_line_is_a_cell() {
        let cells = paragraphs("a\nb\nc\n");
        assert_eq!(cells.len(), 3);
    }

    /// Session 20 (昌宁, the 20分×执行率 template copied from a document preview): the score
    /// header's formula and the funds header's points stand in paragraphs of their own. Read
    /// apart, `（20分*执行率）` was a second 执行率 column and `预算执行` no funds header at all
    /// (each amount a row of its own); joined, they are the headers the grid reads the 20
    /// points from.
    #[test]
    fn the_20_points_template_s_broken_funds_headers_are_one_cell() {
        for (cells, want) in [
            (
                &["得分", "（20分*执行率）", "执行率"][..],
                &["得分（20分*执行率）", "执行率"][..],
            ),
            (
                &["得分", "(20分×执行率)", "年度资金总额"],
                &["得分(20分×执行率)", "年度资金总额"],
            ),
            (
                &["预算执行", "情况(万元)", "(20分)", "预算数(A)"],
                &["预算执行情况(万元)(20分)", "预算数(A)"],
            ),
            // A formula of something else is no mark of the 得分 column.
            (
                &["得分", "(按比例)", "执行率"],
                &["得分", "(按比例)", "执行率"],
            ),
        ] {
            assert_eq!(joined(cells).0, want, "{cells:?}");
        }
    }

    /// Session 20: the 昌宁 funds block, one cell a line with its empty cells dropped, is read
    /// as the standard one is — one row a label, the 20 points of `得分（20分*执行率）` on the
    /// 年度资金总额 row — and the sub-row that lost its blank 得分 keeps its rate.
    #[test]
    fn the_20_points_funds_block_one_cell_a_line_is_read_by_its_header() {
        let text = include_str!("../../tests/data/import/s20/changning-20fen-paragraphs.txt");
        let imported = import("p.txt", text, None);
        let toml = &imported.forms.first().unwrap().toml;
        // Each [[funds]] table's label, points, score and rate, as written.
        let funds: Vec<[String; 4]> = toml
            .split("[[funds]]")
            .skip(1)
            .map(|table| {
                let table = table.split("\n[").next().unwrap_or("");
                ["label", "points", "score", "rate"].map(|key| {
                    table
                        .lines()
                        .find_map(|l| l.strip_prefix(&format!("{key} = ")))
                        .map_or(String::new(), |v| v.trim_matches('"').to_owned())
                })
            })
            .collect();
        let row = |l: &str, p: &str, s: &str, r: &str| [l, p, s, r].map(String::from);
        assert_eq!(
            funds,
            [
                row("年度资金总额", "20", "18", "90%"),
                row("其中：当年财政拨款", "", "", "90%"),
                row("上年结转资金", "", "", ""),
                row("其他资金", "", "", ""),
            ],
            "{toml}"
        );
    }
}
