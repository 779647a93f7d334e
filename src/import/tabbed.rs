//! Importer for tab-separated text: a table copied from Excel or a web browser and pasted into
//! Notepad, WeChat or an e-mail — one line a row, cells separated by tabs (#15, tester F25).
//!
//! Excel's copy is a real grid: every line has the same number of cells, a merged area's
//! covered cells are empty and a cell holding a line break is quoted (`"全年预算数\n(A)"`). It
//! is laid out as a sheet called `文字` ([`sheet::Sheet`]) and read by the columns its headers
//! name, as a workbook is. A browser's copy leaves the cells a merged cell covers out, so its
//! lines differ in length and its columns do not line up: each line is then one row of cells
//! read in order, as the seed's `|` text is. Either way the rows go to the one grid reader.

use super::grid::{self, Cell, Import, Row};
use super::sheet::{self, Sheet};

mod broken;

/// The name notes give the grid of an Excel copy (`文字!H13`).
pub const SHEET: &str = "文字";

/// True for text most of whose lines are tab-separated cells: at least three lines with two
/// or more tabs, and tabs on at least half of the non-blank lines.
pub fn looks_like(text: &str) -> bool {
    let lines = text.lines().filter(|l| !l.trim().is_empty());
    let (mut all, mut tabbed, mut wide) = (0usize, 0usize, 0usize);
    for line in lines {
        all += 1;
        let tabs = line.matches('\t').count();
        tabbed += usize::from(tabs > 0);
        wide += usize::from(tabs >= 2);
    }
    wide >= 3 && tabbed * 2 >= all
}

/// The marks that part the cells of a row written with pipes: `|`, and the full-width `｜` a
/// Chinese keyboard types for it (tester s16r N-B). Both are the one separator: every reading
/// of such a row splits on these, so there is no second reader for either.
const PIPES: [char; 2] = ['|', '｜'];

/// How many cells holding text a line parts with pipes: 0 for a line of pipes alone (the seed's
/// padding runs `||||`, a Markdown table's empty row).
fn text_cells(line: &str) -> usize {
    line.split(PIPES).filter(|c| !c.trim().is_empty()).count()
}

/// True for text whose table rows are written with pipes between their cells, one row a line:
/// a Markdown table `| 项目名称 | 某项目 |` (tester s16p P8), an Excel copy whose tabs were
/// replaced by ` | ` (`项目名称 |  | 某项目`, no outer pipes), either with the full-width `｜`
/// (tester s16r N-B). Told by content from the seed's layout, where a `|` closes a cell and a
/// line holds one cell of text at most: among the first 40 non-blank lines, at least three
/// hold two cells of text or more, and they outnumber the lines of one cell closed by a pipe.
/// A `|` written inside one of the seed's cells (rare) makes one such line, not most.
pub fn looks_like_pipes(text: &str) -> bool {
    let (mut rows, mut closed) = (0usize, 0usize);
    let lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    for line in lines.take(40).filter(|l| l.contains(PIPES)) {
        match text_cells(line) {
            0 => {}
            // A run of three pipes with nothing between them pads a row of the seed's layout
            // (`名称 | 值 | |||||`, as sites publish the 衔接资金 form): no pipe table writes one.
            _ if line.contains("|||") => closed += 1,
            1 => closed += 1,
            _ => rows += 1,
        }
    }
    rows >= 3 && rows > closed
}

/// True when the rows of a pipe text are written between outer pipes (`| a | b |`, Markdown):
/// the lines holding text and a pipe start with one, but for fewer than one in five (a row
/// whose opening pipe was lost is read as its neighbours are). A row of an Excel copy whose
/// tabs were replaced by pipes starts with its first cell, a label (`项目名称 |  | 某项目`) on
/// a form's 项目名称, 主管部门, 项目资金, 年度总体目标, 绩效指标 and 总分 rows — a third of
/// them or more; only the rows whose first cell is empty start with a pipe there.
fn outer_pipes(text: &str) -> bool {
    let (mut open, mut bare) = (0usize, 0usize);
    let lines = text.lines().map(str::trim);
    for line in lines.filter(|l| l.contains(PIPES) && text_cells(l) > 0) {
        match line.starts_with(PIPES) {
            true => open += 1,
            false => bare += 1,
        }
    }
    bare * 4 < open
}

/// The cells of a line parted by pipes, trimmed; with `outer`, a pipe opening or closing the
/// line is no separator (`| a | b |` is two cells). `None` for a line without a pipe.
fn pipe_cells(line: &str, outer: bool) -> Option<Vec<&str>> {
    if !line.contains(PIPES) {
        return None;
    }
    let mut inner = line.trim();
    if outer {
        inner = inner.strip_prefix(PIPES).unwrap_or(inner);
        inner = inner.strip_suffix(PIPES).unwrap_or(inner);
    }
    Some(inner.split(PIPES).map(str::trim).collect())
}

/// True for a Markdown table's rule line under its first row (`|---|:---:|`): every cell that
/// is not empty is hyphens, with colons for alignment. A lone `-` is a form's "not applicable"
/// mark (the 分值 of a 其中 row), so a rule cell has two hyphens at least.
fn is_rule(cells: &[&str]) -> bool {
    let mut filled = cells.iter().filter(|c| !c.is_empty()).peekable();
    filled.peek().is_some()
        && filled.all(|c| c.contains("--") && c.chars().all(|c| matches!(c, '-' | ':')))
}

/// The forms of a text whose rows are written with pipes ([`looks_like_pipes`]), read as tab
/// text is: each such row becomes a line of tab-separated cells, so one reader reads both and
/// each note names the line it named. Without outer pipes a row keeps its empty first and
/// last cells, as the tabs it was written from did (` |  | 年度资金总额: | 120 | … | `).
pub(crate) fn read_pipes(source_name: &str, text: &str, rules: Option<&str>) -> super::Pending {
    let outer = outer_pipes(text);
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| match pipe_cells(line, outer) {
            Some(cells) if is_rule(&cells) => String::new(),
            Some(cells) => cells.join("\t"),
            None => line.to_owned(),
        })
        .collect();
    read(source_name, &lines.join("\n"), rules)
}

/// True for comma-separated text as Excel, WPS and finance systems write a sheet "另存为 CSV"
/// (tester s17s F1: refused as a PDF's text in column order): among its first lines, at least
/// three rows of four or more cells (quoted cells may hold commas and line breaks), four in
/// five of them as wide as the widest-spread width — a sheet's rows all reach its last column.
/// Prose with commas (a form's one-cell-a-line text copied from a web page) splits into rows
/// of every width. Only the head is read: a file of many forms is told by it (#15).
pub fn looks_like_csv(text: &str) -> bool {
    let mut end = text.len().min(64 * 1024);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = text.get(..end).unwrap_or_default();
    if memchr::memchr(b',', head.as_bytes()).is_none() {
        return false;
    }
    let mut rows = records_by(head, ',');
    if end < text.len() {
        // The last row may be cut by the head's end.
        rows.pop();
    }
    let widths: Vec<usize> = rows
        .iter()
        .filter(|(_, fields)| fields.iter().any(|f| !f.is_empty()))
        .map(|(_, fields)| fields.len())
        .collect();
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for &w in &widths {
        match counts.iter_mut().find(|(width, _)| *width == w) {
            Some((_, n)) => *n += 1,
            None => counts.push((w, 1)),
        }
    }
    let Some(&(width, n)) = counts.iter().max_by_key(|(w, n)| (*n, *w)) else {
        return false;
    };
    width >= 4 && n >= 3 && n * 5 >= widths.len() * 4
}

/// Imports every form in `text`.
pub fn import(source_name: &str, text: &str, rules: Option<&str>) -> Import {
    read(source_name, text, rules).write()
}

/// The forms of a CSV text (comma-separated, quoted as Excel writes it; tester s17s F1), read
/// as tab text is: Excel's grid laid out as a sheet, every note naming its line.
pub(crate) fn read_csv(source_name: &str, text: &str, rules: Option<&str>) -> super::Pending {
    read_by(source_name, text, rules, ',')
}

/// The forms of `text` read, not yet written as case files (#15).
pub(crate) fn read(source_name: &str, text: &str, rules: Option<&str>) -> super::Pending {
    read_by(source_name, text, rules, '\t')
}

/// The forms of `text`, its cells separated by `separator`.
fn read_by(source_name: &str, text: &str, rules: Option<&str>, separator: char) -> super::Pending {
    let mut records = records_by(text, separator);
    if let Some(outside) = excel_grid(&records) {
        let mut sheet = Sheet::new(SHEET);
        for (line, lines) in outside.blocks() {
            let row = u32::try_from(line.saturating_sub(1)).unwrap_or(u32::MAX);
            let message = crate::i18n::msg!(
                "import-note-tab-outside-table",
                lines = lines,
                width = outside.width
            );
            sheet.note(row, 0, super::NoteKind::Recognised, message);
        }
        outside.join(&mut records);
        'rows: for (line, fields) in &records {
            let row = u32::try_from(line.saturating_sub(1)).unwrap_or(u32::MAX);
            for (column, text) in fields.iter().enumerate() {
                let column = u32::try_from(column).unwrap_or(u32::MAX);
                if !sheet.put(row, column, text.clone(), false) {
                    break 'rows;
                }
            }
        }
        share_merged_points(&records, &mut sheet);
        return sheet::read_sheets(vec![sheet], Vec::new(), source_name, rules);
    }
    // Word's rows broken by a paragraph mark inside a cell are joined first (session 18).
    let (records, rejoined) = broken::rejoin(records);
    let mut spans = RowSpans::default();
    let rows = records
        .into_iter()
        .filter(|r| r.fields.iter().any(|f| !f.is_empty()))
        .map(
            |broken::Record {
                 line,
                 mut fields,
                 places,
             }| {
                // A browser ends a row with a tab: the empty cell after it is no cell of the form.
                while fields.last().is_some_and(String::is_empty) {
                    fields.pop();
                }
                let skip = spans.covered(line, &fields);
                let mut cells: Vec<Cell> = fields
                    .into_iter()
                    .zip(places)
                    .skip(skip)
                    .map(|(text, (line, number))| Cell::text(text, number, line))
                    .collect();
                // The column is the cell's place in its line; a line of one cell is said by the line.
                // The empty cells a Word copy's merged labels leave are out, and the cells after
                // them keep their columns.
                if skip == 0 {
                    grid::number_in_lines(&mut cells);
                }
                Row { cells }
            },
        )
        .collect();
    let mut parsed = grid::read(rows, None);
    spans.notes.extend(rejoined);
    grid::attach_notes(&mut parsed, spans.notes);
    if parsed.forms.is_empty() && parsed.bare_titles == 0 {
        parsed.problems.push(grid::no_form_note());
    }
    parsed.pending(source_name, rules)
}

/// Lines of other text standing among the lines of Excel's copy: their 1-based lines, in order.
#[derive(Debug, PartialEq)]
struct Outside {
    /// How many cells each line of the table holds.
    width: usize,
    lines: Vec<usize>,
}

impl Outside {
    /// Each run of consecutive lines of other text: its first line and how many lines it holds.
    fn blocks(&self) -> Vec<(usize, usize)> {
        let mut blocks: Vec<(usize, usize)> = Vec::new();
        let mut last = None;
        for &line in &self.lines {
            match blocks.last_mut() {
                Some((_, count)) if last.is_some_and(|l: usize| l + 1 == line) => *count += 1,
                _ => blocks.push((line, 1)),
            }
            last = Some(line);
        }
        blocks
    }

    /// Joins each line of other text into one cell: its tabs are no columns of the table
    /// (`填表人：张三\t联系电话：…` typed under it), so the text is read whole, as the note
    /// under a form's 总分 row that it is.
    fn join(&self, records: &mut [(usize, Vec<String>)]) {
        for (line, fields) in records.iter_mut() {
            if self.lines.binary_search(line).is_ok() {
                let text: Vec<&str> = fields
                    .iter()
                    .map(String::as_str)
                    .filter(|f| !f.is_empty())
                    .collect();
                *fields = vec![text.join(" ")];
            }
        }
    }
}

/// A non-blank line of the text: its 1-based line, its cells, and how many of them reach its
/// last non-empty cell.
struct Line<'a> {
    line: usize,
    fields: &'a [String],
    filled: usize,
}

impl Line<'_> {
    /// The first non-empty cell.
    fn first(&self) -> Option<&str> {
        self.fields
            .iter()
            .find(|f| !f.is_empty())
            .map(String::as_str)
    }

    /// True for a line opening a form: its first cell is a form's title or `项目名称`.
    fn opens(&self) -> bool {
        self.first()
            .is_some_and(|f| grid::is_title(f) || grid::squeeze(f) == "项目名称")
    }

    /// True for a form's 总分 row, the last row of its table.
    fn is_total(&self) -> bool {
        self.first().is_some_and(grid::is_total_label)
    }
}

/// Where the walk over the lines of Excel's copy stands.
#[derive(Clone, Copy, PartialEq)]
enum At {
    /// Above the first form.
    Before,
    /// Inside a form, before its 总分 row.
    Form,
    /// After a form's 总分 row; true once a line of other text came after it.
    After(bool),
}

/// `Some` when `records` are Excel's grid: every line of the table has the same number of
/// cells. Lines of other text have fewer and do not decide (tester s12b N2): above the table a
/// heading the sender typed or the 报表编号 copied as one cell; between two forms `表2：` or a
/// department's name; after the table the signature line `填表人：… 联系电话：…` or a note.
/// A table opens at a line as wide as most lines that holds a form's title or its 项目名称
/// row, with two such lines under it. Every line goes on the sheet: lines above the first
/// form are left out by the grid reader as text before it, with its note; the narrower lines
/// after a form's 总分 row and before the next form are handed back (`Outside`), each said once
/// and read as one cell, which the grid reader keeps as a note of the form above. A browser's
/// copy has no such table: its title is a line of one cell and its rows differ in length.
///
/// Inside a form, up to its 总分 row, every line is a row of the table, whatever its width
/// (tester s16p P2, P9): a table taken from a PDF page by page prints a merged label again as
/// a line of one cell (`绩效指标`, the grid reader skips it), and rows lose their trailing
/// empty cells when page 2 of the table has a column fewer or an editor trims the line's end:
/// every non-empty cell still stands in its column. A copy whose every line was trimmed has
/// lines wider than most; it is still Excel's grid when each 总分's first figure stands in the
/// 分值 column of the indicators header above it — a browser's or Word's copy joins the cells
/// the 总分 label spans, so its figure stands right after the label.
fn excel_grid(records: &[(usize, Vec<String>)]) -> Option<Outside> {
    let lines: Vec<Line<'_>> = records
        .iter()
        .filter(|(_, fields)| fields.iter().any(|f| !f.is_empty()))
        .map(|(line, fields)| Line {
            line: *line,
            fields,
            filled: fields
                .iter()
                .rposition(|f| !f.is_empty())
                .map_or(0, |i| i + 1),
        })
        .collect();
    let width = table_width(lines.iter().map(|l| l.fields.len()))?;
    if lines.iter().all(|l| l.fields.len() == width) {
        return Some(Outside {
            width,
            lines: Vec::new(),
        });
    }
    let strict = lines.iter().all(|l| l.filled <= width);
    strict
        .then(|| table_of(&lines, width, false))
        .flatten()
        .or_else(|| {
            let width = lines.iter().map(|l| l.filled).max()?;
            totals_in_points_column(&lines).then(|| table_of(&lines, width, true))?
        })
}

/// The lines of other text around the forms of a table `width` cells wide, or `None` when the
/// lines are no such table. A `trimmed` table's lines may be narrower anywhere: it opens at
/// any line holding a title or 项目名称.
fn table_of(lines: &[Line<'_>], width: usize, trimmed: bool) -> Option<Outside> {
    let full = |l: &Line<'_>| l.fields.len() >= width;
    let mut outside = Outside {
        width,
        lines: Vec::new(),
    };
    let mut at = At::Before;
    for (k, l) in lines.iter().enumerate() {
        at = match at {
            At::Before | At::After(_) if l.opens() && (trimmed || full(l)) => {
                let rows = lines.get(k..).unwrap_or_default();
                if !trimmed && rows.iter().take_while(|l| full(l)).count() < 3 {
                    return None;
                }
                At::Form
            }
            At::Form if l.is_total() => At::After(false),
            At::Form => At::Form,
            At::Before if full(l) && !trimmed => return None,
            At::Before => At::Before,
            At::After(false) if full(l) => At::After(false),
            At::After(true) if full(l) => return None,
            At::After(_) => {
                outside.lines.push(l.line);
                At::After(true)
            }
        };
    }
    Some(outside)
}

/// True when the text has a 总分 row and each 总分 row's first figure stands in the 分值 column of
/// the indicators header above it, as it does in Excel's copy, trimmed or not.
fn totals_in_points_column(lines: &[Line<'_>]) -> bool {
    let mut points = None;
    let mut totals = 0;
    for l in lines {
        if let Some(columns) = Columns::of(l.fields) {
            points = Some(columns.points);
        } else if l.is_total() {
            let label = l.fields.iter().position(|f| !f.is_empty()).unwrap_or(0);
            let figure = l
                .fields
                .iter()
                .skip(label + 1)
                .position(|f| !f.is_empty())
                .map(|i| i + label + 1);
            if figure.is_none() || figure != points {
                return false;
            }
            totals += 1;
        }
    }
    totals > 0
}

/// The number of cells most lines hold (the wider on a tie): the width of Excel's table.
fn table_width(widths: impl Iterator<Item = usize>) -> Option<usize> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for width in widths {
        match counts.iter_mut().find(|(w, _)| *w == width) {
            Some((_, n)) => *n += 1,
            None => counts.push((width, 1)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(width, n)| (n, width))
        .map(|(width, _)| width)
}

/// Word's copy of a table (tester s12 S7): a cell spanning columns is one cell, as a browser
/// copies it, but a cell spanning rows — the template's `项目资金`, `年度总体目标` and
/// `绩效指标` labels, a level 1 over its level 2s — leaves an empty cell in each row below
/// it, so those rows start with empty cells and every value stands a column to the right.
/// Under a section whose header row starts with such a label, a row's leading empty cells are
/// the cells merged into the ones above: they are left out, as a workbook's or a document's
/// reader leaves a merged region's covered cells out, and the grid reader carries the labels
/// down. Once a section, a note says so (the cells left out were empty: nothing is lost).
#[derive(Default)]
struct RowSpans {
    /// The label of the section header whose rows are read, while rows still start empty.
    label: Option<String>,
    /// True once this section's note is written.
    noted: bool,
    notes: Vec<grid::ImportNote>,
}

impl RowSpans {
    /// How many leading cells of `fields` (line `line`) are left out as covered by a merge.
    fn covered(&mut self, line: usize, fields: &[String]) -> usize {
        let first = fields.first().map_or("", String::as_str);
        if !first.is_empty() {
            let spans = grid::is_funds_header(first)
                || grid::is_goals_header(first)
                || grid::is_indicators_header(first);
            self.label = spans.then(|| first.to_owned());
            self.noted = false;
            return 0;
        }
        let Some(label) = &self.label else { return 0 };
        let skip = fields.iter().take_while(|f| f.is_empty()).count();
        if !self.noted {
            self.noted = true;
            let cell = Cell::text("", skip + 1, line);
            self.notes.push(cell.note(
                super::NoteKind::Recognised,
                crate::i18n::msg!(
                    "import-note-tab-row-spanned",
                    label = crate::i18n::quoted(label),
                    cells = skip
                ),
            ));
        }
        skip
    }
}

/// The columns of an indicator header line (`三级指标 … 分值 得分`): level 2, level 3, actual,
/// points and score.
struct Columns {
    level2: usize,
    level3: usize,
    actual: usize,
    points: usize,
    score: usize,
}

impl Columns {
    /// The columns an indicators header line names, in the one header vocabulary of every
    /// reader ([`grid::header_column`]): `权重 | 自评分` are 分值 and 得分 here as in a
    /// workbook (tester s23 A2: only `分值 | 得分` written exactly were known here, so a 浙江
    /// header made the copy no Excel grid and its funds were read cell by cell, 76 of 76).
    fn of(fields: &[String]) -> Option<Columns> {
        // Asked of every line: one naming no 三级 column is ruled out by its first characters.
        let level3 = |f: &String| {
            f.trim_start().starts_with('三')
                && grid::indicator_column(f) == Some(grid::Column::Level3)
        };
        let level3 = fields.iter().position(level3)?;
        let named: Vec<Option<grid::Column>> =
            fields.iter().map(|f| grid::header_column(f)).collect();
        let at = |kind: grid::Column| named.iter().position(|k| *k == Some(kind));
        Some(Columns {
            level2: at(grid::Column::Level2)?,
            level3,
            actual: at(grid::Column::Actual)?,
            points: at(grid::Column::Points)?,
            score: at(grid::Column::Score)?,
        })
    }
}

/// In Excel's copy a 分值/得分 merged over several indicator rows is a value in the first row and
/// empty cells under it, like any empty cell. Where the shape says the cells were merged — an
/// indicator row with its 分值 and 得分 both empty, a filled 实际完成值, and the level 2 of the row
/// above (its cell empty or the same) — under a row that has its 分值, the rows share the points,
/// as the workbook reader reads the merge (#15 item 2): the region is merged on the sheet and a
/// note names the row. A not-applicable row (its actual blank, `无`, `/` or `…不涉及`) or one
/// under another level 2 keeps its empty cells.
fn share_merged_points(records: &[(usize, Vec<String>)], sheet: &mut Sheet) {
    let mut columns: Option<Columns> = None;
    // The row that holds the points, the last row sharing them, and the level 2 they are under.
    let mut run: Option<(usize, usize, String)> = None;
    let close = |run: Option<(usize, usize, String)>, sheet: &mut Sheet, c: &Columns| {
        if let Some((first, last, _)) = run.filter(|(first, last, _)| last > first) {
            let row = |line: usize| u32::try_from(line.saturating_sub(1)).unwrap_or(u32::MAX);
            let (a, b) = (row(first), row(last));
            for column in [c.points, c.score] {
                let column = u32::try_from(column).unwrap_or(u32::MAX);
                sheet.merge(((a, column), (b, column)));
            }
        }
    };
    for (line, fields) in records {
        let cell = |k: usize| fields.get(k).map_or("", String::as_str);
        if let Some(found) = Columns::of(fields) {
            if let Some(c) = &columns {
                close(run.take(), sheet, c);
            }
            columns = Some(found);
            continue;
        }
        let Some(c) = &columns else { continue };
        if fields
            .iter()
            .any(|f| f.starts_with("总分") || f.starts_with("合计"))
        {
            close(run.take(), sheet, c);
            columns = None;
            continue;
        }
        if cell(c.level3).is_empty() {
            continue;
        }
        let level2 = cell(c.level2);
        if !cell(c.points).is_empty() {
            close(run.take(), sheet, c);
            run = Some((*line, *line, level2.to_owned()));
            continue;
        }
        let actual = cell(c.actual);
        let applies =
            !(actual.is_empty() || ["无", "/", "-"].contains(&actual) || actual.contains("不涉及"));
        let same = |under: &str| level2.is_empty() || level2 == under;
        match run.as_mut() {
            Some((_, last, under)) if cell(c.score).is_empty() && applies && same(under) => {
                *last = *line;
                let column = u32::try_from(c.points).unwrap_or(u32::MAX);
                let row = u32::try_from(line.saturating_sub(1)).unwrap_or(u32::MAX);
                sheet.note(
                    row,
                    column,
                    super::NoteKind::Guessed,
                    crate::i18n::msg!(
                        "import-note-tab-shared-points",
                        level3 = format!("{:?}", cell(c.level3))
                    ),
                );
            }
            _ => close(run.take(), sheet, c),
        }
    }
    if let Some(c) = &columns {
        close(run.take(), sheet, c);
    }
}

/// The lines of `text` as (1-based line, trimmed fields). A field in double quotes runs over
/// line breaks (Excel quotes a cell holding one) with `""` for a quote; the line break inside
/// a cell is kept out, as a break inside Chinese text is layout.
#[cfg(test)]
fn records(text: &str) -> Vec<(usize, Vec<String>)> {
    records_by(text, '\t')
}

/// The lines of `text` as [`records`] gives them, cells separated by `separator` (a tab, or
/// a CSV's comma).
fn records_by(text: &str, separator: char) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut at_start = true;
    let (mut line, mut first_line) = (1usize, 1usize);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if at_start && field.is_empty() => {
                quoted = true;
                at_start = false;
            }
            '"' if quoted => {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            }
            '\r' => {}
            '\n' if quoted => line += 1,
            c if c == separator && !quoted => {
                fields.push(field.trim().to_owned());
                field.clear();
                at_start = true;
            }
            '\n' => {
                fields.push(field.trim().to_owned());
                field.clear();
                out.push((first_line, std::mem::take(&mut fields)));
                line += 1;
                first_line = line;
                at_start = true;
            }
            c => {
                field.push(c);
                at_start = false;
            }
        }
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field.trim().to_owned());
        out.push((first_line, fields));
    }
    out
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    /// A sheet saved as CSV is told by its rows of one width; prose with ASCII commas (a web
    /// page's form text, one cell a line) and the one-line forms are not (tester s17s F1).
    #[test]
    fn csv_is_told_by_rows_of_one_width() {
        let csv = "项目支出绩效自评表,,,,,\r\n项目名称,,\"某项目(含\"\"两类\"\",资助)\",,,\r\n\
                   主管部门,,某局,实施单位,,某中心\r\n,,年度资金总额:,120,120,114\r\n\
                   ,产出指标,数量指标,\"原因,\n下一步\",1,2\r\n总分,,,,100,95.8\r\n";
        assert!(looks_like_csv(csv));
        let records = records_by(csv, ',');
        assert_eq!(records[1].1[2], "某项目(含\"两类\",资助)");
        assert_eq!(
            records[4].1[3], "原因,下一步",
            "a quoted line break is layout"
        );
        for real in [
            "tests/data/import/real/langfang-shipin-2019-nuantong.txt",
            "tests/data/import/real/chizhou-guichi-tangxi-2022-weituo.txt",
            "tests/data/import/real/sichuan-qingshen-fgj-2023-gongzi.txt",
            "tests/data/import/real/hunan-hengshan-liangshi-2020-chubeiliang.txt",
            "tests/data/seed-2023-huainan.txt",
        ] {
            let text = std::fs::read_to_string(real).expect("test data");
            assert!(!looks_like_csv(&text), "{real}");
        }
        let prose = "本项目共申请预算资金90万元,其中30万元用于预算编制,30万元用于审计。\n\
                     完成,达到预期\n项目名称\n某项目,二期\n";
        assert!(!looks_like_csv(prose));
    }

    #[test]
    fn tabs_split_cells_and_quotes_hold_line_breaks() {
        let r = records("a\tb\t\r\n\"全年预算数\n(A)\"\t\"x\"\"y\"\n");
        assert_eq!(
            r,
            [
                (1, vec!["a".to_owned(), "b".to_owned(), String::new()]),
                (2, vec!["全年预算数(A)".to_owned(), "x\"y".to_owned()]),
            ]
        );
    }

    #[test]
    fn leading_empty_cells_under_a_row_spanning_label_are_left_out_once_noted() {
        let fields = |t: &str| t.split('\t').map(str::to_owned).collect::<Vec<_>>();
        let mut spans = RowSpans::default();
        assert_eq!(spans.covered(1, &fields("项目名称\t某项目")), 0);
        // No section label above: an empty first cell is a cell.
        assert_eq!(spans.covered(2, &fields("\t某县")), 0);
        assert_eq!(spans.covered(3, &fields("绩效指标\t一级指标\t二级指标")), 0);
        assert_eq!(spans.covered(4, &fields("\t产出指标\t数量指标\t指标1")), 1);
        assert_eq!(spans.covered(5, &fields("\t\t质量指标\t指标1")), 2);
        assert_eq!(spans.covered(6, &fields("总分\t\t100")), 0);
        assert_eq!(spans.covered(7, &fields("\t备注")), 0);
        assert_eq!(spans.notes.len(), 1);
        assert_eq!((spans.notes[0].line, spans.notes[0].cell), (4, 2));
    }

    #[test]
    fn a_line_of_page_text_above_excels_grid_leaves_it_a_grid() {
        let grid = "项目支出绩效自评表\t\t\n(2023年度)\t\t\n项目名称\t\t某项目\n主管部门\t某局\t\n";
        let is_grid = |r: &[(usize, Vec<String>)]| excel_grid(r).is_some();
        let none = Outside {
            width: 3,
            lines: Vec::new(),
        };
        assert_eq!(excel_grid(&records(grid)).as_ref(), Some(&none));
        let above = excel_grid(&records(&format!("某局报送\r\n\r\n{grid}")));
        assert_eq!(above.as_ref(), Some(&none));
        assert!(is_grid(&records(&format!("报表编号\t510000\n{grid}"))));
        // A browser's copy: the title is a line of one cell and the rows differ in length.
        let browser = "项目支出绩效自评表\n项目名称\t某项目\n主管部门\t某局\t实施单位\t某站\n";
        assert!(!is_grid(&records(browser)));
        // Rows of one width under rows of others are no grid unless a title opens them.
        let tail = "项目名称\t某项目\n一级\t二级\t三级\n产出\t数量\t指标1\n效益\t社会\t指标1\n";
        assert!(!is_grid(&records(tail)));
    }

    #[test]
    fn lines_of_text_between_and_after_excels_forms_are_outside_the_table() {
        let form = "项目支出绩效自评表\t\t\n项目名称\t\t某项目\n主管部门\t某局\t\n总分\t100\t90\n";
        let text = format!("{form}表2：\n{form}\n填表人：张三\t联系电话：1\n说明：本表…\n");
        let mut r = records(&text);
        let outside = excel_grid(&r).expect("a grid");
        assert_eq!(
            (outside.width, outside.lines.as_slice()),
            (3, &[5, 11, 12][..])
        );
        assert_eq!(outside.blocks(), [(5, 1), (11, 2)]);
        outside.join(&mut r);
        assert_eq!(r[10], (11, vec!["填表人：张三 联系电话：1".to_owned()]));
        assert_eq!(r[4], (5, vec!["表2：".to_owned()]));
        // A narrow line inside a form, before its 总分, is a row of the table (tester s16p P2).
        let cut = "项目支出绩效自评表\t\t\n项目名称\t\t某项目\n主管部门\t某局\t\n绩效指标\n一级\t二级\t三级\n产出\t数量\t指标1\n效益\t社会\t指标1\n";
        let inside = excel_grid(&records(cut)).expect("a grid");
        assert_eq!(inside.lines, Vec::<usize>::new());
        // A line wider than the table's is no text around it.
        assert_eq!(excel_grid(&records(&format!("{form}a\tb\tc\td\n"))), None);
    }

    #[test]
    fn rows_that_lost_their_trailing_empty_cells_are_rows_of_the_table() {
        let header = "绩效指标\t一级指标\t二级指标\t三级指标\t实际完成值\t分值\t得分\t";
        let form = format!(
            "项目支出绩效自评表\t\t\t\t\t\t\t\n项目名称\t\t某项目\t\t\t\t\t\n{header}\n\
             \t产出指标\t数量指标\t指标1\t90%\t50\t50\t\n\t效益指标\t社会效益\t指标1\t95%\t50\t45\n\
             总分\t\t\t\t\t100\t95\n"
        );
        // Page 2 of the table one column fewer: the last two lines are rows of the form.
        let one_less = excel_grid(&records(&form)).expect("a grid");
        assert_eq!((one_less.width, one_less.lines), (8, Vec::new()));
        // Every line's end trimmed: the 总分's figure stands in the 分值 column, so Excel's grid.
        let trimmed: String = form
            .lines()
            .map(|l| format!("{}\n", l.trim_end()))
            .collect();
        let outside = excel_grid(&records(&format!("{trimmed}填表人：张三\t\t联系电话：1\n")));
        assert_eq!(outside.map(|o| (o.width, o.lines)), Some((7, vec![7])));
        // A browser's copy joins the cells the 总分 label spans: no grid.
        let browser = trimmed.replace("总分\t\t\t\t\t100", "总分\t100");
        assert_eq!(excel_grid(&records(&browser)), None);
    }

    #[test]
    fn rows_written_between_pipes_are_told_from_the_seeds_closed_cells() {
        let rows = "| 项目支出绩效自评表 |\n| 项目名称 | 某项目 |  |\n|---|---|---|\n| 主管部门 | 某局 | 实施单位 |\n| 总分 | 100 | 90 |\n";
        assert!(looks_like_pipes(rows));
        assert!(looks_like_pipes(&format!(
            "附件3\n项目支出绩效自评表\n\n{rows}"
        )));
        // An Excel copy with its tabs replaced by pipes (tester s16r N-B): no outer pipes, the
        // trailing empty cells kept or dropped; or the full-width `｜`.
        let excel = "项目支出绩效自评表 |  |  | \n项目名称 |  | 某项目 | \n |  | 年度资金总额: | 120 \n绩效指标 | 一级指标 | 二级指标 | \n总分 |  | 100 | 90\n";
        assert!(looks_like_pipes(excel));
        assert!(looks_like_pipes(&excel.replace(" | \n", "\n")));
        assert!(looks_like_pipes(&rows.replace('|', "｜")));
        // The seed's layout: one cell of text a line, closed by `|`, padding runs of `|` alone;
        // a few lines of several cells (a `|` inside a cell, a row written whole) do not flip it.
        let seed = "序号 |\n项目名称 |\n|||||\n某项目 |\n主管部门 |\n某局 |\n";
        assert!(!looks_like_pipes(&format!(
            "{seed}| a | b |\n产 | 数量 | 指标1 |\n指标1：a|b |\n"
        )));
        assert!(!looks_like_pipes("|||||\n||||\n|\n"));
        assert_eq!(pipe_cells("| a |  | b |", true), Some(vec!["a", "", "b"]));
        assert_eq!(
            pipe_cells(" |  | 年度资金总额: | 120 | ", false),
            Some(vec!["", "", "年度资金总额:", "120", ""])
        );
        assert_eq!(pipe_cells("｜a｜｜b｜", true), Some(vec!["a", "", "b"]));
        assert_eq!(pipe_cells("项目支出绩效自评表", false), None);
        assert!(outer_pipes(rows));
        assert!(!outer_pipes(excel));
        // A Markdown row that lost its opening pipe is read as its neighbours.
        let lost = format!("{rows}{rows}").replacen("| 总分 |", "总分 |", 1);
        assert!(outer_pipes(&lost));
        assert_eq!(
            pipe_cells("总分 | 100 | 90 |", true),
            Some(vec!["总分", "100", "90"])
        );
        assert!(is_rule(&["", "---", ":--:", ""]));
        assert!(!is_rule(&["", "", "-", "", "-"]));
    }

    #[test]
    fn text_of_tabbed_lines_is_told_from_text_with_a_stray_tab() {
        assert!(looks_like("a\tb\tc\nd\te\tf\ng\th\ti\n"));
        assert!(!looks_like("a\tb\tc\none\ntwo\nthree\nfour\nfive\nsix\n"));
        assert!(!looks_like("项目支出绩效自评表\n项目名称\n"));
    }
}
