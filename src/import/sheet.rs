//! A sparse grid of cells — a worksheet, a Word table, an HTML table — as the readers of
//! structured sources collect it: only the cells that hold text, and the merged regions. Turned
//! into [`Row`]s for the grid reader ([`grid::read_aligned`]) only over the rows and columns
//! that hold something, so a stray cell at `XFD1048576` costs one more row and one more column,
//! never the 17 billion cells between. Every limit is in [`super::limits`] and is reported as
//! a note naming the sheet when hit.

use super::grid::{self, Cell, ImportNote, NoteKind, Row};
use super::limits;
use crate::i18n::{Message, msg};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// A merged region: (first row, first column), (last row, last column), 0-based, inclusive.
pub(crate) type Region = ((u32, u32), (u32, u32));

/// One sheet or table as read.
#[derive(Debug, Default)]
pub(crate) struct Sheet {
    /// The name notes use for it (`表1`, `table 2`).
    pub(crate) name: String,
    /// Non-empty cells by (row, column), 0-based: the text and whether it was a number.
    cells: BTreeMap<(u32, u32), (String, bool)>,
    merges: Vec<Region>,
    /// What the reader noticed in single cells (a formula with no cached value …).
    notes: Vec<ImportNote>,
    /// Set when a limit stopped the reading: the rest of the sheet was not read.
    pub(crate) stopped: bool,
    /// The text of a worksheet's printed page header (页眉), where a sheet without a title
    /// cell may carry the form's title (tester s9 F25).
    pub(crate) page_header: Option<String>,
    /// The outermost tables of a Word document or web page (first row, last row, 0-based,
    /// inclusive), in order: a place in one is said as the user finds it — table 2, row 7 —
    /// not as a row counted over the whole document (#16). Empty for a worksheet.
    tables: Vec<(u32, u32)>,
    /// The rows of `tables` up to and including each: how a row between tables is counted
    /// without a pass over every table above it.
    rows_through: Vec<u32>,
    /// Set when a table was recorded out of order or overlapping the one before: places are
    /// then found by going through every table.
    unordered: bool,
    /// A worksheet's rows and column ranges (first, last) hidden on screen, 0-based: their
    /// cells are left out (tester s11 F8).
    hidden_rows: BTreeSet<u32>,
    hidden_columns: Vec<(u32, u32)>,
    /// The first cell holding text of each hidden row (false) or column (true) whose text was
    /// left out, with that text: said once a row or column.
    hidden_text: BTreeMap<(bool, u32), ((u32, u32), String)>,
    /// How far each number read as its cell shows it lies from the number the cell stores
    /// (`9.5` shown as `10` under the format `0`: 0.5), by cell: what a form's total may
    /// differ from the sum of its shown lines when Excel added the stored ones (tester s11 F3).
    rounded: HashMap<(u32, u32), Decimal>,
    /// A hidden worksheet: read, but its forms are not scored ([`grid::HiddenForms`]); the
    /// note said when it holds none. True when hidden so deep only a macro shows it.
    pub(crate) hidden_sheet: Option<(bool, Message)>,
}

impl Sheet {
    /// An empty sheet called `name`.
    pub(crate) fn new(name: &str) -> Sheet {
        Sheet {
            name: name.to_owned(),
            ..Sheet::default()
        }
    }

    /// Hides rows and column ranges (0-based) as the workbook does: cells put in them after
    /// are left out and said ([`Sheet::hidden_notes`]).
    pub(crate) fn hide(&mut self, rows: &[u32], columns: &[(u32, u32)]) {
        self.hidden_rows.extend(rows);
        self.hidden_columns.extend(columns);
    }

    /// True when (row, column) is in a hidden row or column.
    pub(crate) fn is_hidden(&self, row: u32, column: u32) -> bool {
        self.hidden_rows.contains(&row)
            || self
                .hidden_columns
                .iter()
                .any(|&(first, last)| (first..=last).contains(&column))
    }

    /// Records how far the number read at (row, column) lies from the number stored there.
    pub(crate) fn rounded(&mut self, row: u32, column: u32, lost: Decimal) {
        if !lost.is_zero() {
            self.rounded.insert((row, column), lost);
        }
    }

    /// Puts a cell's text. Empty text is not kept; neither is a cell in a hidden row or column
    /// (its first text is kept for the note), but the top-left cell of a merged region that
    /// reaches a row on screen, which stands in that row. Returns false (and notes it once)
    /// when the sheet has reached [`limits::MAX_SHEET_CELLS`].
    pub(crate) fn put(&mut self, row: u32, column: u32, text: String, numeric: bool) -> bool {
        if text.is_empty() {
            return true;
        }
        let mut row = row;
        if self.is_hidden(row, column) {
            match self.merge_shown_from(row, column) {
                Some(shown) => row = shown,
                None => {
                    let key = match self.hidden_rows.contains(&row) {
                        true => (false, row),
                        false => (true, column),
                    };
                    self.hidden_text.entry(key).or_insert(((row, column), text));
                    return true;
                }
            }
        }
        if self.cells.len() >= limits::MAX_SHEET_CELLS {
            self.stop(
                row,
                column,
                msg!(
                    "import-sheet-too-many-cells",
                    max = limits::MAX_SHEET_CELLS.to_string()
                ),
            );
            return false;
        }
        self.cells.insert((row, column), (text, numeric));
        true
    }

    /// Adds a merged region. Returns false when the sheet has too many.
    pub(crate) fn merge(&mut self, region: Region) -> bool {
        if self.merges.len() >= limits::MAX_SHEET_MERGES {
            self.stop(
                region.0.0,
                region.0.1,
                msg!(
                    "import-sheet-too-many-merges",
                    max = limits::MAX_SHEET_MERGES.to_string()
                ),
            );
            return false;
        }
        if region.0.0 <= region.1.0 && region.0.1 <= region.1.1 {
            self.merges.push(region);
        }
        true
    }

    /// When (row, column) is the top-left cell of a merged region starting in a hidden row and
    /// reaching one on screen (a 一级指标 label merged over a hidden row and those below it),
    /// the region starts at that row instead, and its row is returned.
    fn merge_shown_from(&mut self, row: u32, column: u32) -> Option<u32> {
        let hidden_rows = &self.hidden_rows;
        let region = self
            .merges
            .iter_mut()
            .find(|(start, _)| *start == (row, column))?;
        let shown = (row + 1..=region.1.0).find(|r| !hidden_rows.contains(r))?;
        if self
            .hidden_columns
            .iter()
            .any(|&(a, b)| (a..=b).contains(&column))
        {
            return None;
        }
        region.0.0 = shown;
        Some(shown)
    }

    /// The notes saying which hidden rows and columns held text, with their first text: left
    /// out, the form read as it shows on screen (tester s11 F8).
    fn hidden_notes(&mut self) {
        for ((column_kind, at), ((row, column), text)) in std::mem::take(&mut self.hidden_text) {
            let text: String = text.chars().take(40).collect();
            let message = if column_kind {
                msg!(
                    "import-column-hidden",
                    sheet = &self.name,
                    column = grid::column_name(to_usize(at) + 1),
                    text = text
                )
            } else if !self.tables.is_empty() {
                // A web page's row hidden by its style (Excel's "save as web page" writes a
                // hidden row `display:none`): the note's place names the table and its row.
                msg!("import-row-hidden-page", text = text)
            } else {
                msg!(
                    "import-row-hidden",
                    sheet = &self.name,
                    row = to_usize(at) + 1,
                    text = text
                )
            };
            self.note(row, column, NoteKind::Recognised, message);
        }
    }

    /// The merged region covering (row, column) that starts in a row above: its top-left
    /// cell's text and its first and last columns.
    pub(crate) fn merge_over(&self, row: u32, column: u32) -> Option<(String, u32, u32)> {
        let &((top, first), (_, last)) = self.merges.iter().rev().find(|&&(start, end)| {
            start.0 < row && row <= end.0 && (start.1..=end.1).contains(&column)
        })?;
        let text = self.cells.get(&(top, first)).map(|(t, _)| t.clone());
        Some((text.unwrap_or_default(), first, last))
    }

    /// Ends the merged region covering (row, column) from a row above at the row before.
    pub(crate) fn end_merge_above(&mut self, row: u32, column: u32) {
        if let Some(region) = self.merges.iter_mut().rev().find(|(start, end)| {
            start.0 < row && row <= end.0 && (start.1..=end.1).contains(&column)
        }) {
            region.1.0 = row - 1;
        }
    }

    /// Stretches down by `by` rows every merged region over `row`, and each of `cells` of
    /// that row ((first column, last column)) that is no region yet: rows a page inserts
    /// below `row` (a table inside one of its cells laid out as rows) stand beside them, as
    /// under a rowspan. Returns false when the sheet has too many merged regions.
    pub(crate) fn stretch_down(&mut self, row: u32, by: u32, cells: &[(u32, u32)]) -> bool {
        for region in &mut self.merges {
            if region.0.0 <= row && row <= region.1.0 {
                region.1.0 = region.1.0.saturating_add(by);
            }
        }
        for &(first, last) in cells {
            if !self.merges.iter().any(|(start, _)| *start == (row, first))
                && !self.merge(((row, first), (row.saturating_add(by), last)))
            {
                return false;
            }
        }
        true
    }

    /// Records an outermost table of a document or page (rows 0-based, inclusive): places
    /// in it are then said by table and row ([`Sheet::relocate`]).
    pub(crate) fn table(&mut self, first: u32, last: u32) {
        if first <= last {
            self.unordered |= self.tables.last().is_some_and(|&(_, end)| end >= first);
            let through = self.rows_through.last().copied().unwrap_or(0);
            self.rows_through
                .push(through.saturating_add(last - first + 1));
            self.tables.push((first, last));
        }
    }

    /// Where a 1-based row of a document or page stands as the user finds it: in table `k`
    /// (`document#k`, the row within that table), or outside the tables (`document#0`, the
    /// n-th paragraph or block of text outside them). None for a worksheet, whose rows are
    /// the user's own.
    fn relocate(&self, line: usize) -> Option<(String, usize)> {
        if self.tables.is_empty() {
            return None;
        }
        let row = u32::try_from(line.checked_sub(1)?).ok()?;
        if !self.unordered {
            // Tables one after another: the last one starting at or above `row` is the only
            // one that can hold it (#15: every table was gone through for every cell of a
            // form, quadratic in a document of many forms).
            let above = self.tables.partition_point(|&(first, _)| first <= row);
            if let Some(&(first, last)) = above.checked_sub(1).and_then(|k| self.tables.get(k))
                && row <= last
            {
                return Some((format!("{}#{above}", self.name), to_usize(row - first) + 1));
            }
            let inside = above
                .checked_sub(1)
                .and_then(|k| self.rows_through.get(k))
                .copied()
                .unwrap_or(0);
            return Some((
                format!("{}#0", self.name),
                to_usize(row.saturating_sub(inside)) + 1,
            ));
        }
        let mut inside = 0u32;
        for (k, &(first, last)) in self.tables.iter().enumerate() {
            if (first..=last).contains(&row) {
                return Some((
                    format!("{}#{}", self.name, k + 1),
                    to_usize(row - first) + 1,
                ));
            }
            if last < row {
                inside = inside.saturating_add(last - first + 1);
            }
        }
        Some((
            format!("{}#0", self.name),
            to_usize(row.saturating_sub(inside)) + 1,
        ))
    }

    /// A note placed on this sheet, placed by table and row instead (see [`Sheet::relocate`]).
    pub(crate) fn relocate_note(&self, note: &mut ImportNote) {
        if note.sheet.as_deref() == Some(self.name.as_str())
            && let Some((sheet, line)) = self.relocate(note.line)
        {
            note.sheet = Some(sheet);
            note.line = line;
        }
    }

    /// A form's cell references (`document!C37`) by table and row (`document#2!C7`).
    fn relocate_cells(&self, form: &mut grid::Form) {
        form.relocate_start(|line| self.relocate(line));
        let cells = form
            .funds
            .iter_mut()
            .flat_map(|f| f.cells.iter_mut())
            .chain(form.indicators.iter_mut().flat_map(|i| i.cells.iter_mut()))
            .chain(form.total.iter_mut().flat_map(|t| t.cells.iter_mut()));
        for (_, cell) in cells {
            let super::draft::FormCell::Named(cell) = cell else {
                continue;
            };
            let Some(a1) = cell
                .strip_prefix(self.name.as_str())
                .and_then(|c| c.strip_prefix('!'))
            else {
                continue;
            };
            let letters = a1.chars().take_while(char::is_ascii_uppercase).count();
            let (column, row) = a1.split_at(letters);
            if let Ok(line) = row.parse::<usize>()
                && let Some((sheet, line)) = self.relocate(line)
            {
                *cell = format!("{sheet}!{column}{line}").into();
            }
        }
    }

    /// Notes something about one cell (0-based position).
    pub(crate) fn note(&mut self, row: u32, column: u32, kind: NoteKind, message: Message) {
        self.notes.push(ImportNote {
            form: 0,
            cell: to_usize(column) + 1,
            line: to_usize(row) + 1,
            sheet: Some(self.name.clone()),
            kind,
            message,
            piece: None,
        });
    }

    /// Leaves out the tables (first row, last row, 0-based, inclusive) after the first form's
    /// title that are no part of a form: a page's navigation or footer (#15, s5 F4), a Word
    /// document's 联系人/签字 or 填报说明 table under a form (#15), which were charged to the
    /// form above as notes that fit no shape. Such a table holds no cell a form holds
    /// ([`grid::is_form_label`]), and either stands after the form above reached its 总分/合计
    /// or holds no figure: a form's rows continued in a table of their own after a page break
    /// (labels merged away, figures kept) stay. One note for the input (`what` words it, by the
    /// number of tables and cells) says what was left out; none when nothing was.
    pub(crate) fn skip_tables_without_form(
        &mut self,
        tables: &[(u32, u32)],
        what: fn(usize, usize) -> Message,
    ) -> Option<ImportNote> {
        let title = self
            .cells
            .iter()
            .find(|(_, (text, _))| grid::is_title(text))
            .map(|(&(row, _), _)| row)?;
        let mut skipped = 0usize;
        let mut cells = 0usize;
        let mut first = None;
        for &(top, bottom) in tables.iter().filter(|&&(top, _)| top > title) {
            let inside = || self.cells.range((top, 0)..=(bottom, u32::MAX));
            // After the form's 总分 row only a table starting a form (or the form's notes) is
            // read: a report's `表1 项目资金使用情况` with its `合计` row is no part of the form
            // above (tester s15f F-B1: its 合计 replaced the form's 总分).
            let ended = self.form_ended_before(top);
            let kept = |text: &str| match ended {
                true => grid::starts_form_part(text),
                false => grid::is_form_label(text),
            };
            if inside().any(|(_, (text, _))| kept(text)) {
                continue;
            }
            let figures = inside().any(|(_, (text, numeric))| *numeric || is_figure(text));
            if figures && !ended {
                continue;
            }
            let keys: Vec<(u32, u32)> = inside().map(|(&k, _)| k).collect();
            first = first.or(keys.first().copied());
            cells += keys.len();
            skipped += 1;
            for key in keys {
                self.cells.remove(&key);
            }
            self.merges.retain(|m| m.0.0 < top || m.0.0 > bottom);
        }
        let (row, column) = first?;
        Some(ImportNote {
            form: 0,
            cell: to_usize(column) + 1,
            line: to_usize(row) + 1,
            sheet: Some(self.name.clone()),
            kind: NoteKind::Recognised,
            message: what(skipped, cells),
            piece: None,
        })
    }

    /// True when a 总分/合计 row stands between the last form title above `row` and `row`,
    /// after the form's indicators header when it has one (a funds block's own `合计` row
    /// does not end the form).
    fn form_ended_before(&self, row: u32) -> bool {
        let above = self.cells.range(..(row, 0));
        let title = above
            .clone()
            .rev()
            .find(|(_, (text, _))| grid::is_title(text))
            .map_or(0, |(&(r, _), _)| r);
        let form = || self.cells.range((title, 0)..(row, 0));
        let from = form()
            .find(|(_, (text, _))| grid::is_indicators_header(text))
            .map_or(title, |(&(r, _), _)| r);
        self.cells
            .range((from, 0)..(row, 0))
            .any(|(_, (text, _))| matches!(grid::squeeze(text).trim(), "总分" | "合计"))
    }

    fn stop(&mut self, row: u32, column: u32, message: Message) {
        if !self.stopped {
            self.stopped = true;
            self.note(row, column, NoteKind::Unreadable, message);
        }
    }

    /// The columns (first, last, 1-based) each merged region spans: a form's last column may
    /// hold no cell of its own, only the right half of a merged one (tester s14 F6).
    pub(crate) fn merged_columns(&self) -> Vec<(usize, usize)> {
        (self.merges.iter())
            .map(|&(start, end)| (to_usize(start.1) + 1, to_usize(end.1) + 1))
            .collect()
    }

    /// The rows that hold text, each with a cell for every column of the sheet that holds
    /// something (empty where nothing is written), leaving out the cells merged over. `Err`
    /// with the reason when rows × columns exceed [`limits::MAX_GRID_CELLS`].
    pub(crate) fn rows(&self) -> Result<Vec<Row<'_>>, Message> {
        let used_rows: BTreeSet<u32> = self.cells.keys().map(|&(r, _)| r).collect();
        let columns: BTreeSet<u32> = self
            .cells
            .keys()
            .map(|&(_, c)| c)
            .chain(self.merges.iter().map(|m| m.0.1))
            .collect();
        let size = used_rows.len().saturating_mul(columns.len());
        if size > limits::MAX_GRID_CELLS {
            return Err(msg!(
                "import-sheet-too-large",
                rows = used_rows.len(),
                columns = columns.len(),
                max = limits::MAX_GRID_CELLS
            ));
        }
        let covered = self.covered(&used_rows, &columns)?;
        // The columns each region's top-left cell covers to its right.
        let across: HashMap<(u32, u32), u32> = self
            .merges
            .iter()
            .map(|&(start, end)| (start, end.1.saturating_sub(start.1)))
            .collect();
        let mut rows = Vec::new();
        for &r in &used_rows {
            let mut row = Row::default();
            for &c in &columns {
                if covered.contains(&(r, c)) {
                    continue;
                }
                // The cell borrows the sheet's text (#15).
                let (text, numeric) = self
                    .cells
                    .get(&(r, c))
                    .map_or(("", false), |(t, n)| (t.as_str(), *n));
                row.cells.push(Cell {
                    text: text.into(),
                    number: to_usize(c) + 1,
                    line: to_usize(r) + 1,
                    numeric,
                    across: across.get(&(r, c)).copied().unwrap_or(0),
                });
            }
            if row.cells.iter().any(|c| !c.text.is_empty()) {
                rows.push(row);
            }
        }
        Ok(rows)
    }

    /// The positions (among the used rows and columns) that a merged region covers, other
    /// than its top-left cell.
    fn covered(
        &self,
        rows: &BTreeSet<u32>,
        columns: &BTreeSet<u32>,
    ) -> Result<HashSet<(u32, u32)>, Message> {
        let mut covered = HashSet::new();
        let mut work = 0usize;
        for &(start, end) in &self.merges {
            for &r in rows.range(start.0..=end.0) {
                for &c in columns.range(start.1..=end.1) {
                    work += 1;
                    if work > limits::MAX_GRID_CELLS.saturating_mul(4) {
                        return Err(msg!("import-sheet-merges-overlap"));
                    }
                    if (r, c) != start {
                        covered.insert((r, c));
                    }
                }
            }
        }
        Ok(covered)
    }
}

/// A label of the form's grid: a header (项目名称, 主管部门 …), a funds column (全年预算数 …) or
/// an indicators column (一级指标, 年度指标值 …). A table holding another table is a layout
/// table unless three of its own cells are such labels (web pages, Word documents).
pub(crate) fn is_grid_label(cell: &str) -> bool {
    !cell.is_empty()
        && (grid::header_key(cell).is_some()
            || grid::funds_column(cell).is_some()
            || grid::indicator_column(cell).is_some())
}

fn to_usize(n: u32) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX - 1)
}

/// Reads the forms of every sheet, numbering them across the input, and attaches each cell
/// note to the form it falls in (or to no form, before the first); not yet written as case
/// files (#15).
pub(crate) fn read_sheets(
    sheets: Vec<Sheet>,
    problems: Vec<ImportNote>,
    source_name: &str,
    rules: Option<&str>,
) -> super::Pending {
    collect(sheets.into_iter().map(read), problems, source_name, rules)
}

/// One sheet's forms as read, numbered from 1 within the sheet, with the notes that belong to
/// none of them: what [`read`] hands to [`collect`], so that sheets can be read on every core
/// and numbered across the input after (#15).
#[derive(Debug)]
pub(crate) struct SheetForms {
    forms: Vec<grid::Form>,
    problems: Vec<ImportNote>,
    bare_titles: usize,
    /// The sheet's name and tables, when places in it are said by table and row.
    tables: Option<(String, Vec<(u32, u32)>)>,
    /// The sheet is a 绩效目标申报表, not read: its title's row and text, and the note said
    /// when another sheet of the input holds a form (the 申报表 is then skipped, not refused).
    declaration: Option<(super::declaration::Found, ImportNote)>,
    /// The sheet is hidden and holds forms: they are not scored, and the run says so.
    hidden: Option<grid::HiddenForms>,
}

impl SheetForms {
    /// A sheet with no form: one that could not be read (its problem) or a 申报表.
    fn empty(
        problems: Vec<ImportNote>,
        declaration: Option<(super::declaration::Found, ImportNote)>,
    ) -> SheetForms {
        SheetForms {
            forms: Vec::new(),
            problems,
            bare_titles: 0,
            tables: None,
            declaration,
            hidden: None,
        }
    }

    /// Marks the forms of a workbook a document embeds (`entry`, its zip entry) as read from
    /// it, with a note on each, and leaves out those a sheet read before holds already — the
    /// same project, 总分 and number of indicator rows: a form both pasted as an Excel object
    /// and typed as a table is scored once — said.
    pub(crate) fn embedded_in(&mut self, entry: &str, before: &[SheetForms]) {
        let key = |f: &grid::Form| {
            f.project.clone().map(|p| {
                let total = f.total.as_ref().and_then(|t| t.score.clone());
                (p, total, f.indicators.len())
            })
        };
        let seen: HashSet<_> = (before.iter())
            .flat_map(|s| s.forms.iter())
            .filter_map(key)
            .collect();
        let (twins, kept): (Vec<grid::Form>, Vec<grid::Form>) = std::mem::take(&mut self.forms)
            .into_iter()
            .partition(|f| key(f).is_some_and(|k| seen.contains(&k)));
        for twin in twins {
            let project = twin.project.clone().unwrap_or_default();
            self.problems.push(input_note(
                entry,
                msg!(
                    "import-embedded-duplicate",
                    entry = entry,
                    project = project
                ),
            ));
        }
        self.forms = kept;
        for form in &mut self.forms {
            form.notes.insert(
                0,
                ImportNote {
                    form: form.index,
                    cell: form.start().1,
                    line: form.start_line(),
                    sheet: form.sheet().map(str::to_owned),
                    kind: NoteKind::Recognised,
                    message: msg!("import-embedded-workbook", entry = entry),
                    piece: None,
                },
            );
        }
    }
}

/// A note on an input (or a part of it, `name`) as a whole.
pub(crate) fn input_note(name: &str, message: Message) -> ImportNote {
    ImportNote {
        form: 0,
        cell: 1,
        line: 1,
        sheet: Some(name.to_owned()),
        kind: NoteKind::Recognised,
        message,
        piece: None,
    }
}

/// True when a cell of `rows` is a self-evaluation form's title ([`grid::is_title`]).
fn holds_title(rows: &[Row<'_>]) -> bool {
    rows.iter()
        .flat_map(|r| r.cells.iter())
        .any(|c| grid::is_title(&c.text))
}

/// Reads the forms of one sheet and attaches each cell note to the form it falls in (or to
/// no form, before the first). The forms are numbered within the sheet. A hidden sheet's
/// forms are not scored but named ([`grid::HiddenForms`], tester s24 A2); one holding no
/// form is said by its note alone, its cells' notes not (nothing of it is read).
pub(crate) fn read(mut sheet: Sheet) -> SheetForms {
    let Some((very, message)) = sheet.hidden_sheet.take() else {
        return read_shown(sheet);
    };
    let name = sheet.name.clone();
    let read = read_shown(sheet);
    // An empty template kept hidden (a 模板 sheet to copy from) is no department's form.
    if read.forms.iter().all(|f| f.blank) {
        return SheetForms::empty(vec![input_note(&name, message)], None);
    }
    let projects = (read.forms.iter())
        .filter(|f| !f.blank)
        .map(|f| f.project.clone().unwrap_or_default())
        .collect();
    let mut left_out = SheetForms::empty(Vec::new(), None);
    left_out.hidden = Some(grid::HiddenForms {
        sheet: name,
        very,
        projects,
    });
    left_out
}

/// A sheet holding no form (a 汇总 sheet, a list of departments): what its cells hold — a
/// formula never recalculated, an error value, a date — matters to no form, and is not said
/// (tester s24 D3: `=AVERAGE(D2:D6)` on the 汇总 sheet asked to open and save the workbook).
/// A sheet a limit stopped keeps its note: the form may lie beyond it.
fn forget_cells_of_no_form(sheet: &mut Sheet, forms: &[grid::Form]) {
    if forms.is_empty() && !sheet.stopped {
        sheet.notes.clear();
    }
}

/// [`read`] for a sheet on screen.
fn read_shown(mut sheet: Sheet) -> SheetForms {
    sheet.hidden_notes();
    let rows = match sheet.rows() {
        Ok(rows) => rows,
        Err(message) => {
            let problem = ImportNote {
                form: 0,
                cell: 1,
                line: 1,
                sheet: Some(sheet.name.clone()),
                kind: NoteKind::Unreadable,
                message,
                piece: None,
            };
            return SheetForms::empty(vec![problem], None);
        }
    };
    // A 绩效目标申报表 states targets only: nothing to score (s21 doubt 3: a workbook, a Word
    // table or a page of one was read as a form with every line unscorable). Refused as its
    // text is when no sheet of the input holds a form ([`collect`]). A sheet holding a
    // 自评表 below the 申报表 is read on: the grid reader names the 申报表 before the form
    // (s23 lead: a 申报表 longer than the rows looked at hid the 自评表 under it).
    if let Some(found) = super::declaration::found_in_rows(&rows)
        && !holds_title(&rows)
    {
        let note = declaration_note(&sheet.name, &found);
        return SheetForms::empty(Vec::new(), Some((found, note)));
    }
    // A numbering column in front of the form (tester s9 F1) is taken out, said at its header.
    let mut rows = rows;
    let numbering = grid::numbering::take_out(&mut rows);
    let merged = sheet.merged_columns();
    let tables: Vec<usize> = (sheet.tables.iter())
        .map(|&(first, _)| to_usize(first) + 1)
        .collect();
    let parsed = grid::read_aligned(
        rows,
        Some(&sheet.name),
        sheet.page_header.as_deref(),
        &merged,
        &tables,
    );
    if let Some(numbering) = numbering {
        let column = grid::column_name(numbering.column);
        sheet.notes.push(ImportNote {
            form: 0,
            cell: numbering.column,
            line: numbering.line,
            sheet: Some(sheet.name.clone()),
            kind: NoteKind::Recognised,
            message: crate::i18n::msg!("import-numbering-column", column = column),
            piece: None,
        });
    }
    let mut forms = parsed.forms;
    let mut problems = parsed.problems;
    forget_cells_of_no_form(&mut sheet, &forms);
    if !sheet.rounded.is_empty() {
        forms.iter_mut().for_each(|f| shown_rounding(&sheet, f));
    }
    for mut note in std::mem::take(&mut sheet.notes) {
        // The last form starting at or above the note's row (a bare title left out is none of
        // them), among those standing over its column when forms stand side by side.
        let within = forms.iter().rposition(|f| {
            f.start_line() <= note.line
                && f.band
                    .is_none_or(|(first, last)| (first..=last).contains(&note.cell))
        });
        match within.and_then(|k| forms.get_mut(k)) {
            Some(form) => {
                note.form = form.index;
                form.notes.push(note);
            }
            _ => problems.push(note),
        }
    }
    // Places in a document or page, said by table and row once the forms are cut (the cut
    // goes by rows of the whole document).
    let tables = (!sheet.tables.is_empty()).then(|| {
        for form in &mut forms {
            sheet.relocate_cells(form);
            form.notes.iter_mut().for_each(|n| sheet.relocate_note(n));
        }
        problems.iter_mut().for_each(|n| sheet.relocate_note(n));
        (
            std::mem::take(&mut sheet.name),
            std::mem::take(&mut sheet.tables),
        )
    });
    SheetForms {
        forms,
        problems,
        bare_titles: parsed.bare_titles,
        tables,
        declaration: None,
        hidden: None,
    }
}

/// The forms of every sheet read, numbered across the input in sheet order, with the notes
/// of the input (`problems`, said first) and of each sheet.
pub(crate) fn collect(
    sheets: impl IntoIterator<Item = SheetForms>,
    mut problems: Vec<ImportNote>,
    source_name: &str,
    rules: Option<&str>,
) -> super::Pending {
    let mut forms = Vec::new();
    let mut bare_titles = 0;
    let mut declaration = None;
    let mut declarations = Vec::new();
    let mut hidden = Vec::new();
    for sheet in sheets {
        bare_titles += sheet.bare_titles;
        hidden.extend(sheet.hidden);
        if let Some((found, note)) = sheet.declaration {
            declaration = declaration.or(Some(found));
            declarations.push(note);
        }
        for mut form in sheet.forms {
            form.renumber(u32::try_from(forms.len() + 1).unwrap_or(u32::MAX));
            forms.push(form);
        }
        // The input's own notes on this document or page, said by table and row too.
        if let Some((name, tables)) = &sheet.tables {
            let mut places = Sheet::new(name);
            tables
                .iter()
                .for_each(|&(first, last)| places.table(first, last));
            problems.iter_mut().for_each(|n| places.relocate_note(n));
        }
        problems.extend(sheet.problems);
    }
    // A title alone was said when it was left out: "no cell reads the title" would be false.
    // Forms in hidden sheets only: the refusal names them (tester s24 B4).
    if forms.is_empty() && bare_titles == 0 && declaration.is_none() && hidden.is_empty() {
        problems.push(grid::no_form_note());
    }
    // A 申报表 beside the forms is skipped, said (s21 doubt: it was left out silently); with
    // no form at all the input is refused as a 申报表 instead.
    if !forms.is_empty() {
        problems.extend(declarations);
    }
    let hidden = hidden_copies(hidden, &forms, &mut problems);
    let mut pending = super::Pending::new(forms, problems, source_name, rules);
    if pending.forms.is_empty() {
        pending.declaration = declaration;
    }
    pending.hidden = hidden;
    pending
}

/// The hidden sheets whose forms are not all copies of forms on screen: a hidden sheet whose
/// every form names a project a sheet on screen holds too (an old version kept, `旧版`) is a
/// warning among `problems` — said, but no department is missing — not a form left out.
fn hidden_copies(
    hidden: Vec<grid::HiddenForms>,
    forms: &[grid::Form],
    problems: &mut Vec<ImportNote>,
) -> Vec<grid::HiddenForms> {
    let shown: HashSet<&str> = forms.iter().filter_map(|f| f.project.as_deref()).collect();
    let (copies, left_out): (Vec<_>, Vec<_>) = hidden
        .into_iter()
        .partition(|h| (h.projects.iter()).all(|p| !p.is_empty() && shown.contains(p.as_str())));
    for copy in copies {
        let mut note = input_note(
            &copy.sheet,
            msg!(
                "import-hidden-sheet-copies",
                sheet = crate::i18n::quoted(&copy.sheet),
                count = copy.projects.len(),
                projects = crate::i18n::list(
                    (copy.projects.iter())
                        .map(|p| msg!("import-quoted-text", text = crate::i18n::quoted(p)))
                )
            ),
        );
        note.kind = NoteKind::Unreadable;
        problems.push(note);
    }
    left_out
}

/// The note on a sheet found to be a 申报表 or 目标表, said when another sheet holds a form.
fn declaration_note(name: &str, found: &super::declaration::Found) -> ImportNote {
    ImportNote {
        form: 0,
        cell: 1,
        line: found.line,
        sheet: Some(name.to_owned()),
        kind: NoteKind::Unreadable,
        message: msg!(
            "import-declaration-sheet-skipped",
            sheet = name,
            line = found.line,
            text = found.text.as_str(),
            kind = found.kind.arg()
        ),
        piece: None,
    }
}

/// How far a form's shown line scores and total may lie from the stored numbers Excel added
/// (tester s11 F3): the sum, over its 得分 cells and its 总分, of what each lost when read as
/// shown ([`Sheet::rounded`]); written into its `[total]` so that the `total-not-sum` check
/// does not call Excel's own SUM wrong. Left unset when no such cell was rounded.
fn shown_rounding(sheet: &Sheet, form: &mut grid::Form) {
    let prefix = format!("{}!", sheet.name);
    let lost = |cells: &[(&'static str, super::draft::FormCell)]| -> Decimal {
        cells
            .iter()
            .filter(|(key, _)| *key == "score")
            .filter_map(|(_, cell)| match cell {
                super::draft::FormCell::Named(name) => name.strip_prefix(prefix.as_str()),
                super::draft::FormCell::Text { .. } => None,
            })
            .filter_map(|a1| sheet.rounded.get(&cell_position(a1)?))
            .sum()
    };
    let lines: Decimal = form.funds.iter().map(|f| lost(&f.cells)).sum::<Decimal>()
        + form
            .indicators
            .iter()
            .map(|i| lost(&i.cells))
            .sum::<Decimal>();
    let Some(total) = form.total.as_mut() else {
        return;
    };
    let sum = lines + lost(&total.cells);
    if !sum.is_zero() {
        // Rounded up, with room for the float noise of Excel's own sum.
        let room = (sum + Decimal::new(1, 9))
            .round_dp_with_strategy(9, rust_decimal::RoundingStrategy::AwayFromZero);
        total.shown_rounding = Some(room.normalize().to_string());
    }
}

/// An `A1` reference as (row, column), 0-based.
fn cell_position(a1: &str) -> Option<(u32, u32)> {
    let letters = a1.chars().take_while(char::is_ascii_uppercase).count();
    let (column, row) = a1.split_at(letters);
    let column = column.chars().try_fold(0u32, |n, c| {
        n.checked_mul(26)?
            .checked_add(u32::from(c) - u32::from('A') + 1)
    })?;
    let row = row.parse::<u32>().ok()?;
    Some((row.checked_sub(1)?, column.checked_sub(1)?))
}

/// A cell holding a figure alone (`90`, `95%`, `12.5`), as a form's value cells do; a phone
/// number, a date or words are not.
fn is_figure(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['%', '％']);
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| c.is_ascii_digit() || c == '.')
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// Rows of text put from `row` on, one table (first, last) per call.
    fn table(sheet: &mut Sheet, row: u32, rows: &[&[&str]]) -> (u32, u32) {
        for (i, cells) in rows.iter().enumerate() {
            for (c, text) in cells.iter().enumerate() {
                let at = row + u32::try_from(i).unwrap();
                sheet.put(at, u32::try_from(c).unwrap(), (*text).to_owned(), false);
            }
        }
        (row, row + u32::try_from(rows.len()).unwrap() - 1)
    }

    fn left(sheet: &Sheet) -> Vec<String> {
        sheet.cells.values().map(|(t, _)| t.clone()).collect()
    }

    /// Places found by binary search over tables one after another are those found by going
    /// through every table (#15), in a table, between tables, before and after them.
    #[test]
    fn places_in_ordered_tables_are_found_as_by_going_through_every_table() {
        let mut fast = Sheet::new("document");
        for (first, last) in [(2, 4), (5, 5), (9, 20), (22, 30)] {
            fast.table(first, last);
        }
        let mut slow = Sheet::new("document");
        slow.tables = fast.tables.clone();
        slow.unordered = true;
        assert!(!fast.unordered);
        for line in 0..40 {
            assert_eq!(fast.relocate(line), slow.relocate(line), "line {line}");
        }
        assert_eq!(fast.relocate(11), Some(("document#3".to_owned(), 2)));
        assert_eq!(fast.relocate(22), Some(("document#0".to_owned(), 6)));
        fast.table(10, 12);
        assert!(fast.unordered);
    }

    #[test]
    fn a_form_continued_without_labels_stays_and_tables_after_its_total_go() {
        let mut sheet = Sheet::new("document");
        sheet.put(0, 0, "项目支出绩效自评表".into(), false);
        let form = table(
            &mut sheet,
            1,
            &[&["项目名称", "某项目"], &["产出指标", "数量指标"]],
        );
        // After a page break: an indicator row whose labels were merged away, figures kept.
        let continued = table(
            &mut sheet,
            3,
            &[&["", "", "群众满意度", "≥90%", "95%", "10", "10"]],
        );
        let contact = table(
            &mut sheet,
            4,
            &[&["填表人", "张三", "联系电话", "0554-6661234"]],
        );
        let total = table(&mut sheet, 5, &[&["总分", "100", "95"]]);
        let after = table(&mut sheet, 6, &[&["份数", "2"], &["填报说明"]]);
        let note = sheet
            .skip_tables_without_form(&[form, continued, contact, total, after], |t, c| {
                msg!("import-skipped-document-tables", tables = t, cells = c)
            })
            .unwrap();
        let kept = left(&sheet);
        assert!(kept.contains(&"群众满意度".to_owned()), "{kept:?}");
        for gone in ["联系电话", "张三", "份数", "2", "填报说明"] {
            assert!(!kept.contains(&gone.to_owned()), "{gone}: {kept:?}");
        }
        assert_eq!((note.line, note.cell), (5, 1));
    }

    /// Tester s15f F-B1: after the form's 总分 row a report's table with a `合计` row
    /// (`资金来源 | 预算数 …`, `合计 85 82.45 97%`) is no part of it, while a table opening a
    /// form's part (a second form's 项目名称) is kept. A funds block's own `合计` above the
    /// indicators header does not end the form: the indicators table after it stays.
    #[test]
    fn a_report_table_after_the_total_goes_even_with_a_total_row() {
        let mut sheet = Sheet::new("document");
        sheet.put(0, 0, "项目支出绩效自评表".into(), false);
        let funds = table(
            &mut sheet,
            1,
            &[&["项目名称", "某项目"], &["合计", "85", "82.45"]],
        );
        let indicators = table(
            &mut sheet,
            3,
            &[
                &["一级指标", "二级指标", "三级指标", "年度指标值"],
                &["产出指标", "数量指标", "培训人数", "100"],
                &["总分", "100", "95"],
            ],
        );
        let report = table(
            &mut sheet,
            6,
            &[
                &["资金来源", "预算数", "执行数", "执行率"],
                &["财政拨款", "85", "82.45", "97%"],
                &["合计", "85", "82.45", "97%"],
            ],
        );
        let next = table(&mut sheet, 9, &[&["项目名称", "另一项目"]]);
        sheet
            .skip_tables_without_form(&[funds, indicators, report, next], |t, c| {
                msg!("import-skipped-document-tables", tables = t, cells = c)
            })
            .unwrap();
        let kept = left(&sheet);
        for stays in ["培训人数", "总分", "另一项目"] {
            assert!(kept.contains(&stays.to_owned()), "{stays}: {kept:?}");
        }
        for gone in ["资金来源", "财政拨款", "97%"] {
            assert!(!kept.contains(&gone.to_owned()), "{gone}: {kept:?}");
        }
    }

    /// Tester s11 F8: a hidden row's and a hidden column's cells are left out, said once each
    /// with the first text; a label merged from a hidden row over rows on screen stands in
    /// the first of them.
    #[test]
    fn hidden_rows_and_columns_are_left_out_and_said() {
        let mut sheet = Sheet::new("表1");
        sheet.hide(&[3], &[(10, 10)]);
        sheet.merge(((3, 1), (5, 1)));
        for (row, column, text) in [
            (2, 3, "指标1:培训人数"),
            (3, 1, "数量指标"),
            (3, 3, "指标2:去年的培训班次（已取消）"),
            (3, 6, "10"),
            (4, 3, "指标3:结业人数"),
            (2, 10, "上年得分"),
            (4, 10, "9"),
        ] {
            assert!(sheet.put(row, column, text.to_owned(), false));
        }
        assert_eq!(
            left(&sheet),
            ["指标1:培训人数", "数量指标", "指标3:结业人数"]
        );
        assert_eq!(sheet.merges, [((4, 1), (5, 1))]);
        assert!(sheet.is_hidden(3, 0) && sheet.is_hidden(0, 10) && !sheet.is_hidden(4, 9));
        sheet.hidden_notes();
        let said: Vec<(String, String)> = sheet
            .notes
            .iter()
            .map(|n| (n.place().to_string(), n.message.to_string()))
            .collect();
        assert_eq!(said.len(), 2, "{said:?}");
        assert_eq!(said[0].0, "表1!D4");
        assert!(
            said[0].1.contains("指标2:去年的培训班次（已取消）"),
            "{said:?}"
        );
        assert_eq!(said[1].0, "表1!K3");
        assert!(said[1].1.contains("上年得分"), "{said:?}");
    }

    /// A merged region's top-left cell says how many columns of its row it covers; a cell
    /// merged down says none, and the cells merged over are left out (tester s13 T7).
    #[test]
    fn a_cell_merged_across_says_the_columns_it_covers() {
        let mut sheet = Sheet::new("表1");
        table(
            &mut sheet,
            0,
            &[
                &["合格率", "100%", "", "说明"],
                &["完成时间", "12月31日前", "12月20日", ""],
                &["归档时间", "12月31日前", "", ""],
            ],
        );
        sheet.merge(((0, 1), (0, 2)));
        sheet.merge(((1, 2), (2, 2)));
        let rows = sheet.rows().unwrap();
        let cells = |r: usize| -> Vec<(usize, u32)> {
            rows[r].cells.iter().map(|c| (c.number, c.across)).collect()
        };
        assert_eq!(cells(0), [(1, 0), (2, 1), (4, 0)]);
        assert!(rows[0].cells[1].covers(3) && !rows[0].cells[1].covers(4));
        assert_eq!(cells(1), [(1, 0), (2, 0), (3, 0), (4, 0)]);
        assert_eq!(cells(2), [(1, 0), (2, 0), (4, 0)]);
    }

    #[test]
    fn cell_positions_read_back() {
        assert_eq!(cell_position("H11"), Some((10, 7)));
        assert_eq!(cell_position("AB1"), Some((0, 27)));
        assert_eq!(cell_position("H0"), None);
        assert_eq!(cell_position("11"), None);
    }

    /// Tester s9 F14: a reader's note on a cell of the right one of two forms side by side
    /// goes to the right form, though both start on the same row.
    #[test]
    fn a_note_goes_to_the_form_standing_over_its_column() {
        let form: [&[&str]; 5] = [
            &["项目支出绩效自评表"],
            &["项目名称", "某项目"],
            &[
                "绩效指标",
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "实际完成值",
                "分值",
                "得分",
            ],
            &[
                "",
                "产出指标",
                "数量指标",
                "里程",
                "≥10公里",
                "10公里",
                "90",
                "90",
            ],
            &["总分", "", "", "", "", "", "100", "99"],
        ];
        let mut sheet = Sheet::new("表1");
        table(&mut sheet, 0, &form);
        for (i, cells) in form.iter().enumerate() {
            for (c, text) in cells.iter().enumerate() {
                let (row, column) = (u32::try_from(i).unwrap(), u32::try_from(c + 9).unwrap());
                sheet.put(row, column, (*text).to_owned(), false);
            }
        }
        // The right form's 得分 (Q4), and the left form's (H4).
        sheet.note(
            3,
            16,
            NoteKind::Unreadable,
            msg!("import-formula-no-value", formula = "=R"),
        );
        sheet.note(
            3,
            7,
            NoteKind::Unreadable,
            msg!("import-formula-no-value", formula = "=L"),
        );
        let read = read(sheet);
        let notes: Vec<Vec<String>> = read
            .forms
            .iter()
            .map(|f| {
                let formulas = f.notes.iter().filter(|n| n.kind == NoteKind::Unreadable);
                formulas.map(|n| n.place().to_string()).collect()
            })
            .collect();
        assert_eq!(
            notes,
            [vec!["表1!H4".to_owned()], vec!["表1!Q4".to_owned()]]
        );
        assert!(read.problems.is_empty(), "{:?}", read.problems);
    }
}
