//! Writes case files back as form sheets in the standard layout (`jixiao export`): one sheet per
//! form, 12 grid columns, merged cells where the printed form merges them (title, labels,
//! level-1/level-2 groups, shared 分值/得分 cells). Every cell is written as text, exactly as
//! the case file holds it, so importing the workbook again gives the same case (and the same
//! score). The layout is the one the xlsx importer reads (docs/import.md).

use super::draft::{Draft, FUNDS_KEYS, Funds, Goal, Indicator, Total};
use crate::load::raw_case::{RawCase, RawCell};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

fn text(cell: &RawCell) -> String {
    cell.get_ref().0.to_string()
}

fn opt(cell: Option<&RawCell>) -> Option<String> {
    cell.map(text)
}

/// The draft a case file was written from (the cells as written).
pub fn draft_of(raw: &RawCase) -> Draft {
    let header = raw.header.get_ref();
    Draft {
        origin: String::new(),
        notes: raw.notes.clone(),
        source: raw.form.source.clone(),
        index: raw.form.index,
        rules: raw.form.rules.as_ref().map(|r| r.get_ref().clone()),
        constructed: raw.form.constructed,
        incomplete: raw.form.incomplete,
        import_notes: Vec::new(),
        title: opt(header.title.as_ref()),
        year: opt(header.year.as_ref()),
        project: text(&header.project),
        department: opt(header.department.as_ref()),
        unit: opt(header.unit.as_ref()),
        funds: raw
            .funds
            .iter()
            .map(|f| {
                let f = f.get_ref();
                let cells = f.cells();
                let columns: Vec<usize> = (0..FUNDS_KEYS.len())
                    .filter(|&i| cells.get(i).is_some_and(|c| c.is_some()))
                    .collect();
                Funds {
                    cells: Vec::new(),
                    label: text(&f.label),
                    values: cells.iter().filter_map(|c| opt(c.as_ref())).collect(),
                    columns,
                    reason: opt(f.reason.as_ref()),
                }
            })
            .collect(),
        goals: raw
            .goals
            .iter()
            .map(|g| Goal {
                expected: opt(g.get_ref().expected.as_ref()),
                actual: opt(g.get_ref().actual.as_ref()),
            })
            .collect(),
        indicators: raw
            .indicators
            .iter()
            .map(|i| {
                let i = i.get_ref();
                Indicator {
                    cells: Vec::new(),
                    level1: text(&i.level1),
                    level2: text(&i.level2),
                    level3: text(&i.level3),
                    nature: opt(i.nature.as_ref()),
                    target: opt(i.target.as_ref()),
                    actual: opt(i.actual.as_ref()),
                    completion: opt(i.completion.as_ref()),
                    points: opt(i.points.as_ref()),
                    score: opt(i.score.as_ref()),
                    deduction: opt(i.deduction.as_ref()),
                    deviation: opt(i.deviation.as_ref()),
                    scoring: opt(i.scoring.as_ref()),
                    shares_points: i.shares_points,
                }
            })
            .collect(),
        total: raw.total.as_ref().map(|t| Total {
            cells: Vec::new(),
            points: opt(t.get_ref().points.as_ref()),
            score: opt(t.get_ref().score.as_ref()),
            shown_rounding: opt(t.get_ref().shown_rounding.as_ref()),
        }),
    }
}

/// Grid width of the standard layout.
const WIDTH: u16 = 12;

struct Sheet<'a> {
    ws: &'a mut Worksheet,
    cell: Format,
    head: Format,
    row: u32,
}

impl Sheet<'_> {
    /// Writes `value` over columns `first..=last` of rows `row..=last_row`.
    fn put(
        &mut self,
        rows: (u32, u32),
        cols: (u16, u16),
        value: &str,
        head: bool,
    ) -> Result<(), XlsxError> {
        let format = if head { &self.head } else { &self.cell };
        if rows.0 == rows.1 && cols.0 == cols.1 {
            self.ws
                .write_string_with_format(rows.0, cols.0, value, format)?;
        } else {
            self.ws
                .merge_range(rows.0, cols.0, rows.1, cols.1, value, format)?;
        }
        Ok(())
    }

    /// A row of cells, each spanning the given columns.
    fn line(&mut self, cells: &[(u16, u16, &str)], head: bool) -> Result<(), XlsxError> {
        let r = self.row;
        for &(a, b, v) in cells {
            self.put((r, r), (a, b), v, head)?;
        }
        self.row += 1;
        Ok(())
    }
}

/// Writes one form in the standard layout from `start_row`; returns the row after it.
pub fn write_form(ws: &mut Worksheet, draft: &Draft, start_row: u32) -> Result<u32, XlsxError> {
    let border = Format::new()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter);
    let mut s = Sheet {
        ws,
        head: border.clone().set_bold().set_align(FormatAlign::Center),
        cell: border,
        row: start_row,
    };
    let last = WIDTH - 1;
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    s.line(
        &[(
            0,
            last,
            draft.title.as_deref().unwrap_or(super::grid::TITLE),
        )],
        true,
    )?;
    if let Some(year) = &draft.year {
        s.line(&[(0, last, year)], true)?;
    }
    s.line(&[(0, 1, "项目名称"), (2, last, &draft.project)], false)?;
    let (dept, unit) = (o(&draft.department), o(&draft.unit));
    s.line(
        &[
            (0, 1, "主管部门"),
            (2, 5, &dept),
            (6, 7, "实施单位"),
            (8, last, &unit),
        ],
        false,
    )?;
    write_funds(&mut s, &draft.funds)?;
    write_goals(&mut s, &draft.goals)?;
    write_indicators(&mut s, &draft.indicators)?;
    if let Some(t) = &draft.total {
        s.line(
            &[
                (0, 4, "总分"),
                (5, 5, ""),
                (6, 6, ""),
                (7, 7, &o(&t.points)),
                (8, 8, &o(&t.score)),
                (9, last, ""),
            ],
            true,
        )?;
    }
    for n in &draft.notes {
        s.line(&[(0, last, n)], false)?;
    }
    Ok(s.row)
}

/// The 项目资金 block: its header row and one row per funds line, each value in its column.
fn write_funds(s: &mut Sheet<'_>, funds: &[Funds]) -> Result<(), XlsxError> {
    let last = WIDTH - 1;
    if !funds.is_empty() {
        s.line(
            &[
                (0, 1, "项目资金(万元)"),
                (2, 3, ""),
                (4, 4, "年初预算数"),
                (5, 5, "全年预算数(A)"),
                (6, 6, "全年执行数(B)"),
                (7, 7, "分值"),
                (8, 8, "执行率(B/A)"),
                (9, last, "得分"),
            ],
            true,
        )?;
        for f in funds {
            let mut values = vec![String::new(); FUNDS_KEYS.len()];
            let columns: Vec<usize> = if f.columns.is_empty() {
                (0..FUNDS_KEYS.len()).collect()
            } else {
                f.columns.clone()
            };
            for (c, v) in columns.iter().zip(&f.values) {
                if let Some(slot) = values.get_mut(*c) {
                    slot.clone_from(v);
                }
            }
            let v = |i: usize| values.get(i).map_or("", String::as_str);
            s.line(
                &[
                    (0, 3, &f.label),
                    (4, 4, v(0)),
                    (5, 5, v(1)),
                    (6, 6, v(2)),
                    (7, 7, v(3)),
                    (8, 8, v(4)),
                    (9, last, v(5)),
                ],
                false,
            )?;
        }
    }
    Ok(())
}

/// The 年度总体目标完成情况 block: its header and one row per goal (预期目标, 实际完成情况).
fn write_goals(s: &mut Sheet<'_>, goals: &[Goal]) -> Result<(), XlsxError> {
    let last = WIDTH - 1;
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    if !goals.is_empty() {
        let top = s.row;
        let bottom = top + u32::try_from(goals.len()).unwrap_or(0);
        s.put((top, bottom), (0, 1), "年度总体目标完成情况", true)?;
        s.line(&[(2, 6, "预期目标"), (7, last, "实际完成情况")], true)?;
        for g in goals {
            s.line(&[(2, 6, &o(&g.expected)), (7, last, &o(&g.actual))], false)?;
        }
    }
    Ok(())
}

fn write_indicators(s: &mut Sheet<'_>, indicators: &[Indicator]) -> Result<(), XlsxError> {
    if indicators.is_empty() {
        return Ok(());
    }
    let last = WIDTH - 1;
    let optional = Optional {
        nature: indicators.iter().any(|i| i.nature.is_some()),
        completion: indicators.iter().any(|i| i.completion.is_some()),
        deduction: indicators.iter().any(|i| i.deduction.is_some()),
        points: indicators
            .iter()
            .any(|i| i.points.is_some() || i.score.is_some()),
    };
    let names = value_columns(optional);
    // 三级指标 spans D:E, or only D when every optional column is there (eight values).
    let first_value: u16 = if names.len() > usize::from(WIDTH - 5) {
        4
    } else {
        5
    };
    let span = |k: usize| -> (u16, u16) {
        let c = first_value + u16::try_from(k).unwrap_or(0);
        if k + 1 == names.len() {
            (c, last)
        } else {
            (c, c)
        }
    };
    let top = s.row;
    let bottom = top + u32::try_from(indicators.len()).unwrap_or(0);
    s.put((top, bottom), (0, 0), "年度绩效指标完成情况", true)?;
    let mut header = vec![
        (1u16, 1u16, "一级指标"),
        (2, 2, "二级指标"),
        (3, first_value - 1, "三级指标"),
    ];
    for (k, n) in names.iter().enumerate() {
        let (a, b) = span(k);
        header.push((a, b, n));
    }
    s.line(&header, true)?;
    let points_k = names
        .iter()
        .position(|n| *n == "分值")
        .unwrap_or(usize::MAX - 1);
    let r0 = s.row;
    let row_of = |i: usize| r0 + u32::try_from(i).unwrap_or(0);
    write_levels(s, indicators, r0)?;
    let groups = points_groups(indicators);
    for (i, ind) in indicators.iter().enumerate() {
        let r = row_of(i);
        s.put((r, r), (3, first_value - 1), &ind.level3, false)?;
        let values = indicator_values(ind, optional);
        for (k, v) in values.iter().enumerate() {
            let (a, b) = span(k);
            let is_points = k == points_k || k == points_k + 1;
            if is_points {
                match groups.iter().find(|g| g.0 <= i && i <= g.1) {
                    Some(&(g0, g1)) if g0 == i => s.put((r, row_of(g1)), (a, b), v, false)?,
                    Some(_) => {}
                    None => s.put((r, r), (a, b), v, false)?,
                }
            } else {
                s.put((r, r), (a, b), v, false)?;
            }
        }
    }
    s.row = row_of(indicators.len());
    Ok(())
}

/// The indicator columns only some templates have: written when some indicator has them.
#[derive(Clone, Copy)]
struct Optional {
    /// 指标性质.
    nature: bool,
    /// 完成情况.
    completion: bool,
    /// 扣分.
    deduction: bool,
    /// 分值 and 得分: a template without them (a 绩效目标自评表) is written without them, so
    /// that reading it back does not wait for a 总分 row it never had (it was read as cut
    /// short).
    points: bool,
}

/// The indicator table's column names after 一级/二级/三级 (D:E): 指标性质, 完成情况 and 扣分
/// only when some indicator has them.
fn value_columns(optional: Optional) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    if optional.nature {
        names.push("指标性质");
    }
    names.extend(["年度指标值", "实际完成值"]);
    if optional.completion {
        names.push("完成情况");
    }
    if optional.points {
        names.extend(["分值", "得分"]);
    }
    if optional.deduction {
        names.push("扣分");
    }
    names.push("偏差原因分析及改进措施");
    names
}

/// Writes the 一级指标 and 二级指标 columns from row `r0`: runs of equal level-1 (and level-2
/// within them) are merged down.
fn write_levels(s: &mut Sheet<'_>, indicators: &[Indicator], r0: u32) -> Result<(), XlsxError> {
    let row_of = |i: usize| r0 + u32::try_from(i).unwrap_or(0);
    let runs = |key: &dyn Fn(&Indicator) -> (String, String)| -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        for i in 1..=indicators.len() {
            let same = i < indicators.len()
                && indicators.get(i).map(key) == indicators.get(start).map(key);
            if !same {
                out.push((start, i - 1));
                start = i;
            }
        }
        out
    };
    for (a, b) in runs(&|i: &Indicator| (i.level1.clone(), String::new())) {
        let v = indicators.get(a).map_or("", |i| i.level1.as_str());
        s.put((row_of(a), row_of(b)), (1, 1), v, false)?;
    }
    for (a, b) in runs(&|i: &Indicator| (i.level1.clone(), i.level2.clone())) {
        let v = indicators.get(a).map_or("", |i| i.level2.as_str());
        s.put((row_of(a), row_of(b)), (2, 2), v, false)?;
    }
    Ok(())
}

/// Shared 分值/得分 cells as (first, last) indicator indexes: a row with `shares_points` joins
/// the group of the row above.
fn points_groups(indicators: &[Indicator]) -> Vec<(usize, usize)> {
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for (i, ind) in indicators.iter().enumerate() {
        match groups.last_mut() {
            Some(g) if ind.shares_points => g.1 = i,
            _ => groups.push((i, i)),
        }
    }
    groups
}

/// One indicator's values in the order of [`value_columns`].
fn indicator_values(ind: &Indicator, optional: Optional) -> Vec<String> {
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    let mut values: Vec<String> = Vec::new();
    if optional.nature {
        values.push(o(&ind.nature));
    }
    values.extend([o(&ind.target), o(&ind.actual)]);
    if optional.completion {
        values.push(o(&ind.completion));
    }
    if optional.points {
        values.extend([o(&ind.points), o(&ind.score)]);
    }
    if optional.deduction {
        values.push(o(&ind.deduction));
    }
    values.push(o(&ind.deviation));
    values
}

/// A workbook with one form per sheet, named after the forms' order (`表1`, `表2`, …).
pub fn workbook(drafts: &[Draft]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    for (i, d) in drafts.iter().enumerate() {
        let ws = book.add_worksheet();
        ws.set_name(format!("表{}", i + 1))?;
        for (c, w) in [(0u16, 10.0), (1, 10.0), (2, 12.0), (3, 24.0), (4, 12.0)] {
            ws.set_column_width(c, w)?;
        }
        for c in 5..WIDTH {
            ws.set_column_width(c, 12.0)?;
        }
        write_form(ws, d, 0)?;
    }
    if drafts.is_empty() {
        book.add_worksheet();
    }
    book.save_to_buffer()
}
