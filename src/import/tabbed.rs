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

/// Imports every form in `text`.
pub fn import(source_name: &str, text: &str, rules: Option<&str>) -> Import {
    read(source_name, text, rules).write()
}

/// The forms of `text` read, not yet written as case files (#15).
pub(crate) fn read(source_name: &str, text: &str, rules: Option<&str>) -> super::Pending {
    let records = records(text);
    if is_grid(&records) {
        let mut sheet = Sheet::new(SHEET);
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
        return sheet::import_sheets(vec![sheet], Vec::new(), source_name, rules).into();
    }
    let mut spans = RowSpans::default();
    let rows = records
        .into_iter()
        .filter(|(_, fields)| fields.iter().any(|f| !f.is_empty()))
        .map(|(line, mut fields)| {
            // A browser ends a row with a tab: the empty cell after it is no cell of the form.
            while fields.last().is_some_and(String::is_empty) {
                fields.pop();
            }
            let skip = spans.covered(line, &fields);
            let mut cells: Vec<Cell> = fields
                .into_iter()
                .enumerate()
                .skip(skip)
                .map(|(i, text)| Cell::text(text, i + 1, line))
                .collect();
            // The column is the cell's place in its line; a line of one cell is said by the line.
            // The empty cells a Word copy's merged labels leave are out, and the cells after
            // them keep their columns.
            if skip == 0 {
                grid::number_in_lines(&mut cells);
            }
            Row { cells }
        })
        .collect();
    let mut parsed = grid::read(rows, None);
    grid::attach_notes(&mut parsed, spans.notes);
    if parsed.forms.is_empty() && parsed.bare_titles == 0 {
        parsed.problems.push(grid::no_form_note());
    }
    parsed.pending(source_name, rules)
}

/// True when `records` are Excel's grid: every line of the table has the same number of cells.
/// Lines of page text above the table — a heading the sender typed, the 报表编号 copied as one
/// cell (tester s12b N2) — have fewer and do not decide: the table is the run of lines as wide
/// as the last, and it opens with the form's title or its 项目名称 row. The lines above it go on
/// the sheet too, where the grid reader leaves them out as text before the first form, with
/// its note. A browser's copy has no such run: its title is a line of one cell and its rows
/// differ in length.
fn is_grid(records: &[(usize, Vec<String>)]) -> bool {
    let lines: Vec<&[String]> = records
        .iter()
        .map(|(_, fields)| fields.as_slice())
        .filter(|fields| fields.iter().any(|f| !f.is_empty()))
        .collect();
    let width = lines.last().map_or(0, |fields| fields.len());
    let start = lines
        .iter()
        .rposition(|fields| fields.len() != width)
        .map_or(0, |i| i + 1);
    if start == 0 {
        return true;
    }
    let opens = lines.get(start).is_some_and(|fields| {
        fields
            .iter()
            .find(|f| !f.is_empty())
            .is_some_and(|f| grid::is_title(f) || grid::squeeze(f) == "项目名称")
    });
    let above = lines.get(..start).unwrap_or(&[]);
    opens && lines.len() - start >= 3 && above.iter().all(|fields| fields.len() < width)
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
    fn of(fields: &[String]) -> Option<Columns> {
        let at = |name: &str| fields.iter().position(|f| grid::squeeze(f) == name);
        Some(Columns {
            level2: at("二级指标")?,
            level3: at("三级指标")?,
            actual: at("实际完成值").or_else(|| at("全年完成值"))?,
            points: at("分值")?,
            score: at("得分")?,
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
fn records(text: &str) -> Vec<(usize, Vec<String>)> {
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
            '\t' if !quoted => {
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
mod tests {
    use super::*;

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
        assert!(is_grid(&records(grid)));
        assert!(is_grid(&records(&format!("某局报送\r\n\r\n{grid}"))));
        assert!(is_grid(&records(&format!("报表编号\t510000\n{grid}"))));
        // A browser's copy: the title is a line of one cell and the rows differ in length.
        let browser = "项目支出绩效自评表\n项目名称\t某项目\n主管部门\t某局\t实施单位\t某站\n";
        assert!(!is_grid(&records(browser)));
        // Rows of one width under rows of others are no grid unless a title opens them.
        let tail = "项目名称\t某项目\n一级\t二级\t三级\n产出\t数量\t指标1\n效益\t社会\t指标1\n";
        assert!(!is_grid(&records(tail)));
    }

    #[test]
    fn text_of_tabbed_lines_is_told_from_text_with_a_stray_tab() {
        assert!(looks_like("a\tb\tc\nd\te\tf\ng\th\ti\n"));
        assert!(!looks_like("a\tb\tc\none\ntwo\nthree\nfour\nfive\nsix\n"));
        assert!(!looks_like("项目支出绩效自评表\n项目名称\n"));
    }
}
