//! Reading rows of a real grid — a worksheet, a Word or HTML table — where a cell's number is
//! its column, empty cells are present and cells merged over are left out. Section and header
//! rows are matched on their non-empty cells ([`filled`]); funds, indicator and 总分 rows are
//! read by the columns their headers name, so a funds label in the third column, a 总分 label
//! merged across six columns, an extra column or a stray far cell do not shift a value. A
//! points cell merged over (absent) is told from an empty one (present): only the first is a
//! shared 分值/得分 cell.

use crate::i18n::{Message, list, msg, quoted};

use super::{
    Cell, Column, FUNDS_KEYS, Form, FormCell, Indicator, NoteKind, Row, Section, Total,
    column_name, funds_column, funds_columns_message, header_column, indicator_column,
    is_full_label, is_funds_header, is_goals_header, is_indicators_header, is_notes_label,
    is_total_label, scored_cells, split_points, squeeze,
};

/// The row's non-empty cells, numbers kept.
pub(crate) fn filled<'a>(row: &Row<'a>) -> Row<'a> {
    Row {
        cells: row
            .cells
            .iter()
            .filter(|c| !c.text.is_empty())
            .cloned()
            .collect(),
    }
}

/// True for a first cell that ends the indicators: 总分, or the notes under the form.
fn ends_indicators(first: &str) -> bool {
    // The closing 说明/备注 block too, read as the text readers read it (the Hunan template
    // ends `说明 | 无`; tester s7 F4: in a Word table it was a row "with labels only").
    is_total_label(first) || is_notes_label(first)
}

/// True for a first cell that ends the funds rows.
fn ends_funds(first: &str) -> bool {
    // A numbered heading between the funds table and the next (`二、绩效指标完成情况`) is
    // handed to the row reader, which says it is page text (tester s14 F5).
    // `合计` among the funds rows is their total (a 部门整体 form's 年度资金总额, tester s21
    // T2), not the form's 总分.
    is_goals_header(first)
        || is_indicators_header(first)
        || (is_total_label(first) && !first.contains('计'))
        || super::is_numbered_heading(first)
}

/// The header cells (indexes into `header`) that name a column another header cell names
/// too — a department's `上年得分` or `备注(分值说明)` beside the form's 得分 and 分值 — and so
/// are not the form's, each with the index of the cell read instead: of the cells naming one
/// column, the form's is the one written as the template writes it (`得分`, `分值`), else one
/// naming the column exactly (`指标值`, `目标值`: tester s22 B1, exact before contained),
/// else the first after the column the template puts before it (得分 after 分值, 分值 after
/// 实际完成值), else the first.
fn repeated_columns(header: &Row, kinds: &[Option<Column>]) -> Vec<(usize, usize)> {
    // Header cells only, a few a form: the copies cost nothing per row.
    let texts: Vec<String> = header.cells.iter().map(|c| exact_header(&c.text)).collect();
    let position = |kind: Column| kinds.iter().position(|k| *k == Some(kind));
    let mut second = Vec::new();
    for kind in STANDARD_ORDER {
        let all: Vec<usize> = (0..kinds.len())
            .filter(|&i| kinds.get(i) == Some(&Some(kind)))
            .collect();
        if all.len() < 2 {
            continue;
        }
        let plain = |i: &&usize| {
            texts
                .get(**i)
                .is_some_and(|t| PLAIN_HEADERS.contains(&t.as_str()))
        };
        let exact = |i: &&usize| {
            texts
                .get(**i)
                .is_some_and(|t| EXACT_HEADERS.contains(&t.as_str()))
        };
        let before = STANDARD_ORDER
            .iter()
            .position(|k| *k == kind)
            .and_then(|at| at.checked_sub(1))
            .and_then(|at| STANDARD_ORDER.get(at))
            .and_then(|&k| position(k));
        let keep = all
            .iter()
            .find(plain)
            .or_else(|| all.iter().find(exact))
            .or_else(|| all.iter().find(|&&i| before.is_some_and(|b| i > b)))
            .or(all.first())
            .copied();
        if let Some(keep) = keep {
            second.extend(all.into_iter().filter(|&i| i != keep).map(|i| (i, keep)));
        }
    }
    second
}

/// A header cell's text as compared with the names written exactly: without white space, a
/// leading required-field mark (`*指标值`, the Hunan template's) or a closing colon.
fn exact_header(text: &str) -> String {
    let t = super::squeeze(text);
    t.trim_start_matches(['*', '＊'])
        .trim_end_matches([':', '：'])
        .to_owned()
}

/// The indicator columns in the order the standard template has them.
const STANDARD_ORDER: [Column; 6] = [
    Column::Level3,
    Column::Target,
    Column::Actual,
    Column::Points,
    Column::Score,
    Column::Deviation,
];

/// Header texts written exactly as the standard template writes them.
const PLAIN_HEADERS: [&str; 7] = [
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
    "权重",
];

/// Other names of one column written exactly, the column alone (`指标值`, not `指标值类型`).
const EXACT_HEADERS: [&str; 6] = [
    "指标值",
    "目标值",
    "年度目标值",
    "完成值",
    "实际值",
    "实际完成情况",
];

/// The note for a header cell whose column is left out: one naming no column of the form, or
/// (`repeated`) one read as the same column as the cell `kept`, which is read instead.
fn left_out_column(cell: &Cell, kept: Option<&Cell>) -> Message {
    let column = column_name(cell.number);
    if let Some(kept) = kept {
        msg!(
            "import-column-repeated",
            column = column,
            header = &*cell.text,
            kept = column_name(kept.number),
            kept_header = &*kept.text
        )
    } else {
        msg!(
            "import-note-column-unknown",
            column = column,
            header = quoted(&*cell.text)
        )
    }
}

/// A column a department adds beside the form's — `备注`, `评分标准`, `计分方法`, `指标解释` —
/// that the case file has no place for (tester s9 F4): its header is told once, with what its
/// cells hold, and its cells are not "unreadable" (which put the form's numbers in doubt).
#[derive(Debug, Clone)]
pub(crate) struct ExtraColumn {
    section: Section,
    column: usize,
    line: usize,
    header: String,
    texts: Vec<String>,
}

/// True for the header of a remark or scoring-note column a department adds to the funds or
/// the indicators (`备注`, `备 注`, `评分标准`, `计分方法`, `评分办法`, `指标解释`, `说明`).
pub(crate) fn is_extra_header(text: &str) -> bool {
    matches!(
        &*header_head(text),
        "备注" | "说明" | "备注说明" | "指标解释" | "指标说明"
    ) || is_scoring_header(text)
        || super::is_method_header(text)
}

/// A header cell's words before any bracket, white space and a closing colon left out
/// (`评分标准（分）：` → `评分标准`).
fn header_head(text: &str) -> String {
    let t = super::squeeze(text);
    let t = t.split_once(['(', '（']).map_or(&*t, |(head, _)| head);
    t.trim_end_matches([':', '：']).to_owned()
}

/// True for the header of a column holding the department's own scoring rule for each line
/// (`评分标准`, `评分办法`, `计分方法`): one kind of [`is_extra_header`], its cells kept as the
/// line's `scoring` (tester s23 D2).
pub(crate) fn is_scoring_header(text: &str) -> bool {
    if !matches!(text.trim_start().chars().next(), Some('评' | '计')) {
        return false;
    }
    matches!(
        &*header_head(text),
        "评分标准"
            | "评分办法"
            | "评分方法"
            | "评分细则"
            | "评分依据"
            | "计分方法"
            | "计分标准"
            | "计分办法"
    )
}

/// True for the header of a column of corrective measures beside the 偏差原因 one
/// (`改进措施`, `整改措施`, `改进措施及建议`, `下一步措施`, `改进方向`: tester s16r N7 n7c,
/// `存在的问题 | 改进方向`).
fn is_measures_header(text: &str) -> bool {
    let t = super::squeeze(text);
    let t = t.split_once(['(', '（']).map_or(&*t, |(head, _)| head);
    matches!(
        t.trim_end_matches([':', '：']),
        "改进措施"
            | "整改措施"
            | "改进措施及建议"
            | "改进建议"
            | "改进意见"
            | "改进方向"
            | "整改方向"
            | "下一步措施"
            | "下一步改进措施"
    )
}

/// The cell in `column`, if present (not merged over).
pub(super) fn at<'a, 'b>(row: &'a Row<'b>, column: usize) -> Option<&'a Cell<'b>> {
    row.cells.iter().find(|c| c.number == column)
}

/// The cell of `row` merged across `column` from its left, when that is one of `named`'s
/// columns (placed `(column, kind)`) of a kind `from` accepts: one value written for two
/// columns — 年度指标值 across 实际完成值, 全年预算数 across 全年执行数 (tester s13 T7) — told
/// from a cell merged down from the row above, which leaves `column` empty the same way.
fn across<'a, 'b, T: Copy>(
    row: &'a Row<'b>,
    column: usize,
    named: &[(usize, T)],
    from: impl Fn(T) -> bool,
) -> Option<&'a Cell<'b>> {
    if at(row, column).is_some() {
        return None;
    }
    let wide = row.cells.iter().rev().find(|c| c.number < column)?;
    let kind = named.iter().find(|(n, _)| *n == wide.number)?.1;
    (wide.covers(column) && from(kind)).then_some(wide)
}

impl Form {
    /// Reads one row of a grid: `raw` with its empty cells, `filled` without them.
    pub(crate) fn read_grid_row(&mut self, raw: &Row, filled: &Row) {
        let first = filled.first();
        let mark = |form: &mut Form| {
            form.last_cell = filled.number();
            form.last_line = filled.line();
        };
        if self.take_header_bottom(filled)
            || self.skip_repeated_label(filled)
            || (self.section == Section::Indicators
                && (self.skip_repeated_header(filled) || self.take_reason_subheader(filled)))
        {
            mark(self);
        } else if self.section == Section::Indicators
            && !self.indicator_at.is_empty()
            && !ends_indicators(first)
        {
            mark(self);
            self.read_indicator_at(raw, filled);
        } else if self.section == Section::Funds && !self.funds_at.is_empty() && !ends_funds(first)
        {
            mark(self);
            self.read_funds_at(raw, filled);
        } else if self.take_indicators_label(filled) {
            mark(self);
        } else if self.section < Section::Indicators && is_funds_header(first) {
            // After the goals too: the Sichuan template puts its funds there.
            mark(self);
            self.read_funds_header_at(filled);
        } else if self.section < Section::Indicators
            && let Some(shape) = super::sections::bare_funds_header(filled)
        {
            // A funds header of column names only (tester s21 T2).
            mark(self);
            self.note_bare_funds_header(filled);
            let skip = usize::from(shape == super::sections::BareFunds::Headed);
            self.read_funds_columns_at(filled, skip);
        } else if self.section < Section::Indicators
            && (is_indicators_header(first) || super::flat_list::names_columns(filled))
        {
            mark(self);
            self.read_indicators_header_at(filled);
        } else if self.headless_indicators(filled) {
            // The template's columns from the level-1 label's on.
            mark(self);
            let at = filled.cells.first().map_or(1, |c| c.number);
            let columns = [Column::Level1, Column::Level2].into_iter();
            let columns = columns.chain(super::STANDARD_INDICATOR);
            self.indicator_at = columns.enumerate().map(|(i, k)| (at + i, k)).collect();
            self.read_indicator_at(raw, filled);
        } else if is_total_label(first) && self.has_points_columns() {
            mark(self);
            self.read_total_at(raw, filled);
        } else {
            self.read(filled);
        }
    }

    /// Skips a row whose one filled cell is a label of the part it stands in — the funds
    /// block's `项目资金(万元)` among the funds rows, `年度总体目标` among the goals, `绩效指标`
    /// or a level-1 or level-2 label (`效益指标`) among the indicators — with a note; true when
    /// skipped. Such a row is a cell merged down the rows of a table that runs over two pages,
    /// printed again at the top of the second: a PDF's tables extracted page by page give it
    /// a row of its own (tester s16p P2: read as an indicator sharing the points of the row
    /// above, 95.8 became 92.3; as a funds row of no known name). A level label is such a
    /// repeat only when it is the label the rows above carry, so nothing is lost.
    fn skip_repeated_label(&mut self, filled: &Row) -> bool {
        let [cell] = filled.cells.as_slice() else {
            return false;
        };
        let text = cell.text.trim();
        let repeated = match self.section {
            Section::Funds => is_funds_header(text),
            Section::Goals => is_goals_header(text),
            Section::Indicators => {
                let squeezed = squeeze(text);
                let (label, _) = split_points(&squeezed);
                // A level label other than the one carried down is no repeat: the rows below
                // are under it (a workbook's sub-heading row carries it), or the rows above
                // lost it and the reading is a guess, said as such.
                let carried = |c: &str| !c.is_empty() && split_points(&squeeze(c)).0 == label;
                let level = is_full_label(label)
                    && (carried(&self.carry_level1) || carried(&self.carry_level2));
                level || (is_indicators_header(label) && indicator_column(label).is_none())
            }
            Section::Header | Section::AfterTotal => false,
        };
        if repeated {
            let message = msg!("import-note-repeated-label", label = quoted(text));
            self.note(filled, NoteKind::Recognised, message);
        }
        repeated
    }

    /// The indicators header: which column holds what. Header cells naming no column the
    /// importer reads (a 备注 column a department added) are said once here; their cells are
    /// left out.
    pub(super) fn read_indicators_header_at(&mut self, header: &Row) {
        let mut named = Row::default();
        let kinds: Vec<Option<Column>> = header
            .cells
            .iter()
            .map(|c| header_column(&c.text))
            .collect();
        let second = repeated_columns(header, &kinds);
        let kept = |i: usize| {
            let &(_, keep) = second.iter().find(|&&(s, _)| s == i)?;
            header.cells.get(keep)
        };
        for (i, cell) in header.cells.iter().enumerate() {
            let repeat = kept(i);
            if i == 0 || (kinds.get(i).is_some_and(Option::is_some) && repeat.is_none()) {
                named.cells.push(cell.clone());
            } else if kinds.get(i).is_some_and(Option::is_none) && is_measures_header(&cell.text) {
                self.measures_column(cell);
            } else if kinds.get(i).is_some_and(Option::is_none) && is_extra_header(&cell.text) {
                self.extra_column(Section::Indicators, cell);
            } else {
                // A repeated column headed exactly as the form's own — `指标值`, `得分` — holds
                // the values a person reads the form by: leaving it out is a choice the
                // importer made, a warning (tester s22 C4: the 指标值 column of every target
                // went out as a 提示). A `上年得分` beside 得分 stays a remark.
                let exact = || {
                    let t = exact_header(&cell.text);
                    PLAIN_HEADERS.contains(&t.as_str()) || EXACT_HEADERS.contains(&t.as_str())
                };
                let kind = if repeat.is_some() && exact() {
                    NoteKind::Guessed
                } else {
                    NoteKind::Recognised
                };
                self.note_at(cell.number, cell.line, kind, left_out_column(cell, repeat));
            }
        }
        self.read_indicators_header(&named);
        self.indicator_at = named
            .cells
            .iter()
            .filter_map(|c| header_column(&c.text).map(|k| (c.number, k)))
            .collect();
    }

    /// A 改进措施 column beside the 偏差原因 one (`偏差原因分析 | 改进措施`, the template's one
    /// column split in two): its cells are read into the reason after it, as the template's
    /// one column would hold them, and said once at its header (tester s15f F-B3: they were
    /// left out, each cell "unreadable").
    fn measures_column(&mut self, cell: &Cell) {
        let header = cell.text.trim().to_owned();
        let message = msg!(
            "import-note-measures-column",
            column = column_name(cell.number),
            header = header.as_str()
        );
        self.note_at(cell.number, cell.line, NoteKind::Recognised, message);
        self.measures_at = Some((cell.number, header));
    }

    /// The second row of a two-row indicators header under `偏差原因分析及改进措施` merged over
    /// two columns (`原因分析 | 改进措施`, the other header cells merged down): it names where
    /// the reason and the measures stand, so it is taken as header, not read as an indicator
    /// (tester s15f F-B3). True when taken.
    fn take_reason_subheader(&mut self, filled: &Row) -> bool {
        let has_reason = self
            .indicator_at
            .iter()
            .any(|(_, k)| *k == Column::Deviation);
        if !has_reason || !self.indicators.is_empty() || filled.cells.len() < 2 {
            return false;
        }
        let reason = |c: &Cell| header_column(&c.text) == Some(Column::Deviation);
        let sub_header = filled
            .cells
            .iter()
            .all(|c| reason(c) || is_measures_header(&c.text));
        let reason_at = filled.cells.iter().find(|c| reason(c)).map(|c| c.number);
        let measures = filled.cells.iter().find(|c| is_measures_header(&c.text));
        let (Some(reason_at), Some(measures), true) = (reason_at, measures, sub_header) else {
            return false;
        };
        for (column, kind) in &mut self.indicator_at {
            if *kind == Column::Deviation {
                *column = reason_at;
            }
        }
        self.measures_column(measures);
        true
    }

    /// The reason with the measures written beside it joined after it (`部分人员停发；改进
    /// 措施：加强数据比对`): both, as the template's one column holds them.
    fn join_measures(&self, raw: &Row, indicator: &mut Indicator) {
        let Some((column, header)) = &self.measures_at else {
            return;
        };
        let Some(measures) = at(raw, *column)
            .map(|c| c.text.trim())
            .filter(|t| !t.is_empty())
        else {
            return;
        };
        let labelled = format!("{header}：{measures}");
        indicator.deviation = Some(match indicator.deviation.as_deref().map(str::trim) {
            Some(reason) if !reason.is_empty() => format!("{reason}；{labelled}"),
            _ => labelled,
        });
    }

    fn has_points_columns(&self) -> bool {
        self.indicator_at
            .iter()
            .any(|(_, k)| matches!(k, Column::Points | Column::Score))
    }

    /// The funds header: which column holds which value. A second column naming a value
    /// already named (a `上年得分` beside 得分) is left out and said, as in the indicators.
    pub(super) fn read_funds_header_at(&mut self, header: &Row) {
        self.read_funds_columns_at(header, 1);
    }

    /// The funds header's columns, named by its cells after the first `skip` (the label's).
    fn read_funds_columns_at(&mut self, header: &Row, skip: usize) {
        self.section = Section::Funds;
        self.funds_header
            .get_or_insert((header.number(), header.line()));
        self.amounts_in_yuan(header, header.first());
        self.funds_at = Vec::new();
        self.funds_label_in_header = None;
        for cell in header.cells.iter().skip(skip) {
            let Some(k) = funds_column(&cell.text) else {
                // The first row's name as a column header left of the values (`项目资金(万元) |
                // 年度资金总额 | 年初预算数 …`, the Ningxia 2021 template; tester s21 B2).
                if self.funds_at.is_empty() && super::is_funds_label(&cell.text) {
                    self.funds_label_in_header = Some(cell.text.trim().to_owned());
                }
                if is_extra_header(&cell.text) {
                    self.extra_column(Section::Funds, cell);
                }
                continue;
            };
            if k < FUNDS_KEYS.len()
                && let Some(&(number, _)) = self.funds_at.iter().find(|&&(_, seen)| seen == k)
            {
                let kept = at(header, number);
                self.note_at(
                    cell.number,
                    cell.line,
                    NoteKind::Recognised,
                    left_out_column(cell, kept),
                );
                continue;
            }
            if super::is_initial_budget_a(&cell.text) {
                self.note_initial_budget_a(cell.number, cell.line, &cell.text);
            }
            self.funds_at.push((cell.number, k));
        }
        let keys: Vec<usize> = self.funds_at.iter().map(|&(_, k)| k).collect();
        if keys == [0, 1, 2, 3, 4, 5] {
            return;
        }
        if keys.is_empty() {
            self.note(
                header,
                NoteKind::Guessed,
                msg!("import-note-funds-header-none"),
            );
            return;
        }
        self.note(header, NoteKind::Recognised, funds_columns_message(&keys));
        if !keys.contains(&super::FUNDS_POINTS) {
            self.declared_points = super::declared_points(header);
        }
        self.funds_columns = Some(keys);
    }

    /// A funds row: the label is the text left of the first value column, each value the cell
    /// under its header.
    fn read_funds_at(&mut self, raw: &Row, filled: &Row) {
        let first_value = self.funds_at.iter().map(|&(c, _)| c).min().unwrap_or(0);
        let mut label = filled
            .cells
            .iter()
            .filter(|c| c.number < first_value)
            .map(|c| &*c.text)
            .collect::<Vec<_>>()
            .join(" ");
        // A department's one funds row with no name, under the header merged down (s22).
        if let Some(total) = self.unnamed_funds_total(filled, &label) {
            label = total;
        }
        // The first row under a header naming it where the names stand, with no name of its
        // own: that row (said, at the row).
        if let Some(named) = self.funds_label_in_header.take()
            && label.trim().is_empty()
            && self.funds.is_empty()
            && filled.cells.iter().any(|c| !c.text.trim().is_empty())
        {
            let message = msg!(
                "import-note-funds-label-in-header",
                label = super::quoted(named.as_str())
            );
            self.note(filled, NoteKind::Recognised, message);
            label = named;
        }
        let placed: Vec<(usize, usize)> = self.funds_at.clone();
        let blank = Cell::default();
        // An amount written once across two amount columns is both's (tester s13 T7).
        let amount = |key: usize| key < 3;
        let spread: Vec<Option<&Cell>> = placed
            .iter()
            .map(|&(c, key)| across(raw, c, &placed, amount).filter(|_| amount(key)))
            .collect();
        let cells: Vec<&Cell> = placed
            .iter()
            .zip(&spread)
            .map(|(&(c, _), wide)| at(raw, c).or(*wide).unwrap_or(&blank))
            .collect();
        let mut values: Vec<String> = cells.iter().map(|c| c.text.to_string()).collect();
        for ((value, cell), &(_, key)) in values.iter_mut().zip(&cells).zip(&placed) {
            // 分值 (3) and 得分 (5): never a percentage.
            if matches!(key, 3 | 5)
                && let Some(read) = self.points_not_percent(cell)
            {
                *value = read;
            }
        }
        // The template's printed instruction on a row of its own (merged across the row, the
        // Sichuan template under its 总额 row) is one of the form's notes, as in text.
        if super::is_funds_instruction(&label) && values.iter().all(|v| v.is_empty()) {
            self.form_notes.push(label);
            return;
        }
        self.left_out(filled, first_value, &placed);
        let mapped = self.funds_columns.clone();
        let mut refs: Vec<(&'static str, FormCell)> = filled
            .cells
            .iter()
            .find(|c| c.number < first_value)
            .and_then(|c| self.cell_ref(c))
            .map(|r| ("label", r))
            .into_iter()
            .collect();
        for (&(column, key), wide) in placed.iter().zip(&spread) {
            if let (Some(cell), Some(name)) = (at(raw, column).or(*wide), FUNDS_KEYS.get(key))
                && let Some(r) = self.cell_ref(cell)
            {
                refs.push((name, r));
            }
        }
        for (&(_, key), wide) in placed.iter().zip(&spread) {
            let from = wide.and_then(|w| placed.iter().find(|(n, _)| *n == w.number));
            if let (Some(wide), Some(&(_, from))) = (wide, from) {
                let names = (
                    super::funds_column_message(from),
                    super::funds_column_message(key),
                );
                self.note_value_across(wide, names);
            }
        }
        self.keep_funds(filled, &label, values, &cells, mapped);
        if let Some(kept) = self.funds.last_mut() {
            kept.cells = refs;
        }
    }

    /// A 分值 or 得分 cell a workbook shows as a percentage — 10 in a cell formatted `0.00%`
    /// shows `1000%`: the number the cell holds (10), with a note naming the cell. A points
    /// cell is never a percentage, and the department typed 10: read as shown, the form had
    /// 1000 points and a total of 987 (tester s9 F3). None for any other cell.
    fn points_not_percent(&mut self, cell: &Cell) -> Option<String> {
        let shown = cell.text.trim();
        let percent = shown.strip_suffix('%').filter(|_| cell.numeric)?;
        let held = percent
            .parse::<rust_decimal::Decimal>()
            .ok()?
            .checked_div(rust_decimal::Decimal::ONE_HUNDRED)?
            .normalize()
            .to_string();
        let message = msg!(
            "import-note-points-percent",
            shown = shown,
            read = held.as_str()
        );
        self.note_at(cell.number, cell.line, NoteKind::Guessed, message);
        Some(held)
    }

    /// `表1!E14`: where a cell stands in the workbook or document (#16); none for text.
    fn cell_ref(&self, cell: &Cell) -> Option<FormCell> {
        let sheet = self.sheet.as_deref()?;
        Some(FormCell::from(format!(
            "{sheet}!{}{}",
            column_name(cell.number),
            cell.line
        )))
    }

    /// A remark column's header ([`ExtraColumn`]) in `section`.
    fn extra_column(&mut self, section: Section, cell: &Cell) {
        self.extra_columns.push(ExtraColumn {
            section,
            column: cell.number,
            line: cell.line,
            header: cell.text.to_string(),
            texts: Vec::new(),
        });
    }

    /// Says each remark column once, at its header, with the texts its cells held: the case
    /// file has no place for them — but for a column of the lines' scoring rules, kept as
    /// their `scoring`. An empty one in the funds is not said (it never was).
    pub(crate) fn note_extra_columns(&mut self) {
        for extra in std::mem::take(&mut self.extra_columns) {
            let method = super::is_method_header(&extra.header);
            let mut distinct: Vec<&String> = Vec::new();
            for t in &extra.texts {
                if !method || !distinct.contains(&t) {
                    distinct.push(t);
                }
            }
            let texts = distinct
                .iter()
                .map(|t| msg!("import-quoted-text", text = quoted(t.as_str())));
            // An empty one is said as any column not of the form is (none in the funds).
            let message = match extra.texts.len() {
                0 if extra.section == Section::Funds => continue,
                0 => msg!(
                    "import-note-column-unknown",
                    column = column_name(extra.column),
                    header = quoted(extra.header.as_str())
                ),
                // The department's scoring rules are kept, line by line (tester s23 D2): said
                // as kept, not as left out (s24).
                n if extra.section == Section::Indicators && is_scoring_header(&extra.header) => {
                    msg!(
                        "import-note-scoring-column",
                        column = column_name(extra.column),
                        header = quoted(extra.header.as_str()),
                        cells = n
                    )
                }
                n if method => msg!(
                    "import-note-method-column",
                    column = column_name(extra.column),
                    header = quoted(extra.header.as_str()),
                    cells = n,
                    texts = list(texts)
                ),
                n => msg!(
                    "import-note-extra-column",
                    column = column_name(extra.column),
                    header = quoted(extra.header.as_str()),
                    cells = n,
                    texts = list(texts)
                ),
            };
            self.note_at(extra.column, extra.line, NoteKind::Recognised, message);
        }
    }

    /// Notes every non-empty cell right of `from` in a column no header names; a remark
    /// column's cells are kept for its one note.
    fn left_out<T>(&mut self, filled: &Row, from: usize, named: &[(usize, T)]) {
        let section = self.section;
        let stray: Vec<(usize, usize, String)> = filled
            .cells
            .iter()
            .filter(|c| c.number >= from && !named.iter().any(|(n, _)| *n == c.number))
            .map(|c| (c.number, c.line, c.text.to_string()))
            .collect();
        for (number, line, text) in stray {
            let extra = self
                .extra_columns
                .iter_mut()
                .find(|e| e.section == section && e.column == number);
            if let Some(extra) = extra {
                extra.texts.push(text);
                continue;
            }
            self.note_at(
                number,
                line,
                NoteKind::Unreadable,
                msg!(
                    "import-note-cell-unnamed-column",
                    text = quoted(text),
                    column = column_name(number)
                ),
            );
        }
    }

    /// An indicator row, each value under its header; a label merged down carries on, a
    /// 分值/得分 cell merged over is shared with the row above.
    fn read_indicator_at(&mut self, raw: &Row, filled: &Row) {
        if self.take_lone_label(filled) || self.mend_page_cut(raw, filled) {
            return;
        }
        let placed = self.indicator_at.clone();
        let first_named = placed.iter().map(|&(c, _)| c).min().unwrap_or(0);
        let mut read = placed.clone();
        read.extend(
            self.measures_at
                .as_ref()
                .map(|(c, _)| (*c, Column::Deviation)),
        );
        self.left_out(filled, first_named, &read);
        let mut indicator = Indicator::default();
        let (mut merged_points, mut merged_actual) = (false, false);
        let (mut spread, mut unit) = (None, None);
        let mut extras = super::flat_list::RowExtras::default();
        for &(column, kind) in &placed {
            let cell = at(raw, column);
            if let Some(key) = kind.case_key()
                && let Some(r) = cell.and_then(|c| self.cell_ref(c))
            {
                indicator.cells.push((key, r));
            }
            let text = cell.map(|c| c.text.to_string());
            match kind {
                Column::Level1 | Column::Level2 => self.read_label_cell(kind, filled, cell, text),
                Column::Level3 => indicator.level3 = text.unwrap_or_default(),
                Column::Actual => {
                    let target = |k: Column| k == Column::Target;
                    spread = across(raw, column, &placed, target);
                    if let Some(r) = spread.and_then(|wide| self.cell_ref(wide)) {
                        indicator.cells.push(("actual", r));
                    }
                    merged_actual = cell.is_none() && spread.is_none();
                    indicator.actual = text.or_else(|| spread.map(|w| w.text.to_string()));
                }
                Column::Points => {
                    merged_points |= cell.is_none();
                    indicator.points = cell.and_then(|c| self.points_not_percent(c)).or(text);
                }
                Column::Score => {
                    merged_points |= cell.is_none();
                    indicator.score = cell.and_then(|c| self.points_not_percent(c)).or(text);
                }
                Column::Unit => unit = text,
                own if extras.wants(own) => {
                    extras.take_at(own, text, cell.and_then(|c| self.cell_ref(c)))
                }
                words => {
                    if let Some(value) = words.text_of(&mut indicator) {
                        *value = text;
                    }
                }
            }
        }
        self.apply_listed(filled, &mut indicator, extras);
        self.join_unit(filled, &mut indicator, unit);
        self.join_measures(raw, &mut indicator);
        if let Some((text, place)) = self.scoring_cell(raw) {
            indicator.scoring = Some(text);
            indicator.cells.extend(place.map(|r| ("scoring", r)));
        }
        indicator.level1.clone_from(&self.carry_level1);
        indicator.level2.clone_from(&self.carry_level2);
        if self.nothing_to_keep(filled, &indicator) {
            return;
        }
        if self.take_grid_breakdown(filled, &indicator, merged_points) {
            return;
        }
        if merged_points && !self.indicators.is_empty() {
            indicator.shares_points = true;
            indicator.points = None;
            indicator.score = None;
            indicator
                .cells
                .retain(|(k, _)| !matches!(*k, "points" | "score"));
            self.note(
                filled,
                NoteKind::Recognised,
                msg!("import-note-shares-points"),
            );
        }
        if merged_actual {
            self.copy_merged_actual(filled, &mut indicator);
        }
        if let Some(wide) = spread {
            let names = (
                Some(Column::Target.message()),
                Some(Column::Actual.message()),
            );
            self.note_value_across(wide, names);
        }
        self.last_row_full = true;
        self.indicator_line = filled.line();
        self.indicators.push(indicator);
    }

    /// A ★ indicator's 其中 row, its 分值 and 得分 blank or merged over from the ★ row
    /// (`merged_points`): kept among the form's notes ([`Form::take_breakdown`]).
    fn take_grid_breakdown(&mut self, filled: &Row, read: &Indicator, merged_points: bool) -> bool {
        let mut unscored = read.clone();
        if merged_points {
            unscored.points = None;
            unscored.score = None;
        }
        self.take_breakdown(filled, &unscored)
    }

    /// A row's level-1 or level-2 cell, a vertical label read as its word: a label written
    /// carries down over the rows below.
    fn read_label_cell(
        &mut self,
        kind: Column,
        filled: &Row,
        cell: Option<&Cell>,
        text: Option<String>,
    ) {
        let text = text.map(|t| self.vertical_label(cell, t));
        if kind == Column::Level1 {
            self.read_level1_cell(filled, text);
        } else if let Some(t) = text.filter(|t| !t.is_empty()) {
            self.carry_level2 = t;
        }
    }

    /// A level label written one character a line (`产\n出\n指\n标`, a vertical cell typed with
    /// Alt+Enter) as its word, said at its cell; any other text as it is (tester s23 C1: eight
    /// `unknown-level1` warnings printed with the line breaks).
    fn vertical_label(&mut self, cell: Option<&Cell>, text: String) -> String {
        let Some(word) = super::vertical_word(&text) else {
            return text;
        };
        if let Some(cell) = cell {
            let message = msg!("import-note-vertical-label", label = quoted(word.as_str()));
            self.note_at(cell.number, cell.line, NoteKind::Recognised, message);
        }
        word
    }

    /// The row's cell under a scoring-rule column ([`is_scoring_header`]), if written, and
    /// its place: a finding quoting it names the cell (s24).
    fn scoring_cell(&self, raw: &Row) -> Option<(String, Option<FormCell>)> {
        let column = self
            .extra_columns
            .iter()
            .find(|e| e.section == Section::Indicators && is_scoring_header(&e.header))?
            .column;
        let cell = at(raw, column)?;
        let text = cell.text.trim();
        (!text.is_empty()).then(|| (text.to_owned(), self.cell_ref(cell)))
    }

    /// A row's level-1 cell: a label written carries down over the rows below (a cut label's
    /// tail repeated under it reads as the label mended, and a label's tail is said).
    fn read_level1_cell(&mut self, filled: &Row, text: Option<String>) {
        let Some(t) = text.filter(|t| !t.is_empty()) else {
            return;
        };
        if self.take_cut_level1(filled, &t) {
            return;
        }
        self.note_level1_tail(filled, &t);
        self.settle_lone_label(false);
        self.cut_level1 = None;
        self.level1_row = self.indicators.len();
        self.carry_level1 = t;
        self.carry_level2.clear();
    }

    /// A row with labels only, or with none of its values written (said): not a line.
    fn nothing_to_keep(&mut self, filled: &Row, indicator: &Indicator) -> bool {
        let values = [
            &indicator.target,
            &indicator.actual,
            &indicator.points,
            &indicator.score,
        ];
        if indicator.level3.is_empty()
            && values
                .iter()
                .all(|v| v.as_deref().is_none_or(str::is_empty))
        {
            self.note(
                filled,
                NoteKind::Guessed,
                msg!("import-note-labels-only-row"),
            );
            return true;
        }
        self.skip_none_written(filled, &scored_cells(indicator))
    }

    /// An 实际完成值 merged over this row and the one above: the one above's, with a note, and
    /// its place (the merged cell), so that a finding on it names the cell the value is in.
    fn copy_merged_actual(&mut self, filled: &Row, indicator: &mut Indicator) {
        let above = self.indicators.last().and_then(|i| i.actual.clone());
        let place = self.indicators.last().and_then(|i| {
            i.cells
                .iter()
                .find(|(k, _)| *k == "actual")
                .map(|(_, r)| r.clone())
        });
        indicator.cells.extend(place.map(|r| ("actual", r)));
        self.note(
            filled,
            NoteKind::Guessed,
            msg!(
                "import-note-actual-merged",
                actual = quoted(above.clone().unwrap_or_default())
            ),
        );
        indicator.actual = above;
    }

    /// The note on a value cell merged across a second column (`names`: the two columns) and
    /// read as both's: a guess, said at the cell.
    fn note_value_across(&mut self, wide: &Cell, names: (Option<Message>, Option<Message>)) {
        if wide.text.is_empty() {
            return;
        }
        let message = msg!(
            "import-note-value-across",
            from = names.0,
            to = names.1,
            value = quoted(&*wide.text)
        );
        self.note_at(wide.number, wide.line, NoteKind::Guessed, message);
    }

    /// The 总分 row: points and score under the indicators' 分值 and 得分 columns, wherever its
    /// merged label ends.
    fn read_total_at(&mut self, raw: &Row, filled: &Row) {
        let column = |kind: Column| {
            self.indicator_at
                .iter()
                .find(|(_, k)| *k == kind)
                .map(|&(c, _)| c)
        };
        let (points_at, score_at) = (column(Column::Points), column(Column::Score));
        let mut text = |c: Option<usize>| {
            let cell = at(raw, c?)?;
            Some(
                self.points_not_percent(cell)
                    .unwrap_or_else(|| cell.text.to_string()),
            )
        };
        let (points, score) = (text(points_at), text(score_at));
        let cells = [("points", points_at), ("score", score_at)]
            .into_iter()
            .filter_map(|(k, c)| Some((k, self.cell_ref(at(raw, c?)?)?)))
            .collect();
        let total = Total {
            points,
            score,
            shown_rounding: None,
            cells,
        };
        let named: Vec<(usize, ())> = [points_at, score_at]
            .into_iter()
            .flatten()
            .map(|c| (c, ()))
            .collect();
        let from = filled.cells.get(1).map_or(usize::MAX, |c| c.number);
        self.left_out(filled, from, &named);
        if self.total.is_some() {
            self.note(filled, NoteKind::Guessed, msg!("import-note-second-total"));
        }
        self.total = Some(total);
        self.complete = true;
        self.section = Section::AfterTotal;
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn repeats(texts: &[&str]) -> Vec<(usize, usize)> {
        let header = super::super::test_row(texts, 1);
        let kinds: Vec<Option<Column>> = header
            .cells
            .iter()
            .map(|c| header_column(&c.text))
            .collect();
        repeated_columns(&header, &kinds)
    }

    /// Tester s22 B1: of two cells naming the target, the one naming it exactly is read,
    /// though the other stands first; the template's own name still goes before both.
    #[test]
    fn the_column_named_exactly_is_read_before_one_that_contains_the_name() {
        let texts = [
            "三级指标",
            "指标值(上年)",
            "*指标值",
            "实际完成值",
            "分值",
            "得分",
        ];
        assert_eq!(repeats(&texts), [(1, 2)]);
        let texts = [
            "三级指标",
            "指标值",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
        ];
        assert_eq!(repeats(&texts), [(1, 2)]);
        // The kind column is no repeat: 指标值类型 is the 指标性质.
        let texts = [
            "三级指标",
            "指标值类型",
            "指标值",
            "实际完成值",
            "分值",
            "得分",
        ];
        assert_eq!(repeats(&texts), []);
        // A department's 上年得分 beside 得分, as before.
        let texts = [
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "上年得分",
        ];
        assert_eq!(repeats(&texts), [(5, 4)]);
    }

    #[test]
    fn the_repeat_note_names_the_column_read_instead() {
        let header = super::super::test_row(&["指标值类型", "指标值"], 1);
        let message = left_out_column(&header.cells[1], header.cells.first());
        let zh = message.render(crate::i18n::Lang::Zh);
        assert!(zh.contains("与第 A 列（“指标值类型”）读作同一列"), "{zh}");
        assert!(!zh.contains("同名"), "{zh}");
    }
}
