//! The 重庆 部门整体绩效自评表 (2021 layout, s22, after tester s21 B1): a header row
//! `主管部门 | … | 财政处室 | … | 自评总分(分) | 97.6`, a funds block `部门预算执行情况(万元)`
//! whose one row has no name, goals in three columns (年初 / 全年(调整) / 实际完成), and ONE
//! flat list of indicators `指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 |
//! 得分系数(%) | 指标权重(分) | 指标得分(分) | 是否核心指标` with no 一级/二级 columns and no 总分
//! row. The grid reader reads it through its own mechanism (the section headers, the columns by
//! name, the header's pairs of labels and values); what is particular to this layout is here:
//! the three columns the case file has no key for, the unnamed funds row, the goals' adjusted
//! column, the form's name and its end.

use rust_decimal::Decimal;

use super::{Column, Form, FormCell, Goal, Indicator, NoteKind, Row, first_squeezed, squeeze};
use crate::i18n::{list, msg, quoted};

/// What the flat list's reading keeps until the form ends.
#[derive(Debug, Clone, Default)]
pub(super) struct Listed {
    /// The goals header has a 全年(调整)绩效目标 column between the initial goal and what was
    /// achieved.
    pub(super) goals_adjusted: bool,
    /// The 得分系数 header cell (cell, line, text), when the list has one.
    pub(super) coefficient: Option<(usize, usize, String)>,
    /// The 是否核心指标 header cell (cell, line, text), when the list has one.
    pub(super) core: Option<(usize, usize, String)>,
    /// The names of the lines marked core (`是`).
    pub(super) core_names: Vec<String>,
}

/// The column a header cell of the flat list names that no other template has: 调整指标值,
/// 得分系数(%), 是否核心指标, and 指标名称 (the list's names, read as the 三级指标). Ruled out by
/// the first character before anything else: asked of every cell of a repeated-header test.
pub(super) fn column(text: &str) -> Option<Column> {
    if !matches!(first_squeezed(text), Some('调' | '得' | '是' | '指')) {
        return None;
    }
    let t = squeeze(text);
    let t = t.split_once(['(', '（']).map_or(&*t, |(head, _)| head);
    match t.trim_end_matches([':', '：']) {
        "指标名称" => Some(Column::Level3),
        "调整指标值" | "调整后指标值" | "全年(调整)指标值" => {
            Some(Column::Adjusted)
        }
        "得分系数" => Some(Column::Coefficient),
        "是否核心指标" | "核心指标" => Some(Column::Core),
        _ => None,
    }
}

/// True for an indicators header of column names only, opening with the names' column
/// (`三级指标 | 计量单位 | 指标性质 | 年初指标值 | …`, the flat list relabelled; tester s21
/// 07c): every filled cell names an indicator column, four at least. The first cell's first
/// character rules a row out first.
pub(super) fn names_columns(row: &Row) -> bool {
    let first = row.first();
    matches!(first_squeezed(first), Some('三' | '指'))
        && super::indicator_column(first) == Some(Column::Level3)
        && super::is_repeated_indicators_header(row)
}

/// True for a 年度指标值 cell left as the template's blank (`无`, `/`, `-`, empty).
fn unfilled(text: &str) -> bool {
    let t = text.trim();
    t.is_empty() || super::is_blank_mark(t) || matches!(t, "无" | "不调整" | "未调整")
}

/// The values of one list row the case file has no key for, as read from its cells.
#[derive(Debug, Default)]
pub(super) struct RowExtras {
    adjusted: Option<String>,
    /// In a grid, the adjusted target's cell: the target read is placed there.
    adjusted_at: Option<FormCell>,
    coefficient: Option<String>,
    core: Option<String>,
}

impl RowExtras {
    /// True for the three columns kept here.
    pub(super) fn wants(&self, column: Column) -> bool {
        matches!(
            column,
            Column::Adjusted | Column::Coefficient | Column::Core
        )
    }

    /// Keeps a grid cell's `text` of one of the three columns, with its place.
    pub(super) fn take_at(&mut self, column: Column, text: Option<String>, at: Option<FormCell>) {
        if column == Column::Adjusted {
            self.adjusted_at = at;
        }
        self.take(column, text);
    }

    /// Keeps `text` if `column` is one of the three; true when it was.
    pub(super) fn take(&mut self, column: Column, text: Option<String>) -> bool {
        let slot = match column {
            Column::Adjusted => &mut self.adjusted,
            Column::Coefficient => &mut self.coefficient,
            Column::Core => &mut self.core,
            _ => return false,
        };
        *slot = text;
        true
    }
}

impl Form {
    /// True when the form's title names a department's (unit's) whole spending
    /// (`部门整体绩效自评表`, `部门（单位）整体支出绩效自评表`).
    pub(super) fn is_department_form(&self) -> bool {
        self.title
            .as_deref()
            .is_some_and(|t| super::has(t, "整体") && !super::has(t, "项目"))
    }

    /// Says once, at the indicators header, that the list's 得分系数 and 是否核心指标 columns
    /// have no place in the case file and what is done with them; remembers their cells.
    pub(super) fn note_listed_columns(&mut self, header: &Row) {
        for cell in &header.cells {
            let (slot, id) = match column(&cell.text) {
                Some(Column::Coefficient) => (
                    &mut self.listed.coefficient,
                    "import-note-coefficient-column",
                ),
                Some(Column::Core) => (&mut self.listed.core, "import-note-core-column"),
                Some(Column::Adjusted) => {
                    let message = msg!(
                        "import-note-adjusted-column",
                        header = quoted(cell.text.trim())
                    );
                    self.note_at(cell.number, cell.line, NoteKind::Recognised, message);
                    continue;
                }
                _ => continue,
            };
            *slot = Some((cell.number, cell.line, cell.text.trim().to_owned()));
            if id == "import-note-coefficient-column" {
                let message = msg!(
                    "import-note-coefficient-column",
                    header = quoted(cell.text.trim())
                );
                self.note_at(cell.number, cell.line, NoteKind::Recognised, message);
            }
        }
    }

    /// Applies a list row's own columns to the indicator read from it: the adjusted target
    /// over the initial one when filled (said), the 得分系数 checked against 指标得分 ÷ 指标权重
    /// (a disagreement said: the 指标得分 is the self-score scored), a core line remembered.
    /// In a grid the adjusted target read is placed at its own cell, not the initial one's;
    /// in text the values are placed again by what they hold (`places`).
    pub(super) fn apply_listed(&mut self, row: &Row, indicator: &mut Indicator, extras: RowExtras) {
        if let Some(adjusted) = extras.adjusted.filter(|a| !unfilled(a)) {
            if let Some(place) = extras.adjusted_at {
                indicator.cells.retain(|(k, _)| *k != "target");
                indicator.cells.push(("target", place));
            }
            let initial = indicator.target.clone().unwrap_or_default();
            let message = msg!(
                "import-note-adjusted-target",
                initial = quoted(initial.trim()),
                adjusted = quoted(adjusted.trim())
            );
            self.note(row, NoteKind::Recognised, message);
            indicator.target = Some(adjusted.trim().to_owned());
        }
        if let Some(coefficient) = extras.coefficient {
            self.check_coefficient(row, indicator, &coefficient);
        }
        if extras.core.as_deref().map(str::trim) == Some("是") {
            self.listed
                .core_names
                .push(indicator.level3.trim().to_owned());
        }
    }

    /// A 得分系数 that is not the line's 指标得分 ÷ 指标权重 (to the cent), said at the row.
    fn check_coefficient(&mut self, row: &Row, indicator: &Indicator, coefficient: &str) {
        let number = |t: Option<&str>| t.and_then(|t| t.trim().parse::<Decimal>().ok());
        let written = coefficient.trim();
        let factor = match written.strip_suffix('%') {
            Some(p) => number(Some(p)).map(|p| p / Decimal::ONE_HUNDRED),
            None => number(Some(written)),
        };
        let (Some(factor), Some(points), Some(score)) = (
            factor,
            number(indicator.points.as_deref()),
            number(indicator.score.as_deref()),
        ) else {
            return;
        };
        if (factor * points - score).abs() < Decimal::new(1, 2) {
            return;
        }
        let message = msg!(
            "import-note-coefficient-differs",
            coefficient = written,
            points = points.normalize().to_string(),
            score = score.normalize().to_string()
        );
        self.note(row, NoteKind::Recognised, message);
    }

    /// Says which lines the list marks as core, once, at the 是否核心指标 header.
    pub(super) fn note_core_lines(&mut self) {
        let Some((cell, line, header)) = self.listed.core.take() else {
            return;
        };
        let names = std::mem::take(&mut self.listed.core_names);
        let message = msg!(
            "import-note-core-column",
            header = quoted(header.as_str()),
            count = names.len(),
            names = list(
                names
                    .iter()
                    .map(|n| msg!("import-quoted-text", text = quoted(n.as_str())))
            )
        );
        self.note_at(cell, line, NoteKind::Recognised, message);
    }

    /// The goals header of the list's form: `当年绩效目标 | 年初绩效目标 | 全年(调整)绩效目标 |
    /// 全年目标实际完成情况`. True when `row` is one (the adjusted column remembered).
    pub(super) fn take_adjusted_goals_header(&mut self, row: &Row) -> bool {
        let filled: Vec<&str> = row
            .cells
            .iter()
            .map(|c| c.text.trim())
            .filter(|t| !t.is_empty())
            .collect();
        let adjusted = filled.len() == 4 && filled.get(2).is_some_and(|t| super::has(t, "调整"));
        self.listed.goals_adjusted = adjusted;
        adjusted
    }

    /// A goal row under the adjusted goals header (three cells): the adjusted goal when it is
    /// filled (said), else the initial one, and what was achieved. False for another shape.
    pub(super) fn read_adjusted_goal(&mut self, row: &Row) -> bool {
        let cells: Vec<&str> = row
            .cells
            .iter()
            .map(|c| c.text.trim())
            .filter(|t| !t.is_empty())
            .collect();
        let (true, [initial, adjusted, actual]) = (self.listed.goals_adjusted, cells.as_slice())
        else {
            return false;
        };
        let expected = match unfilled(adjusted) {
            true => *initial,
            false => {
                let message = msg!("import-note-adjusted-goal", adjusted = quoted(*adjusted));
                self.note(row, NoteKind::Recognised, message);
                *adjusted
            }
        };
        self.goals.push(Goal {
            expected: Some(expected.to_owned()),
            actual: Some((*actual).to_owned()),
        });
        true
    }

    /// The one funds row of a department's form, with no name of its own under the funds
    /// header merged down beside it (`部门预算执行情况(万元)`): the department's whole budget,
    /// read as the 年度资金总额 row (said). None on another form, or for a row after the first.
    pub(super) fn unnamed_funds_total(&mut self, row: &Row, label: &str) -> Option<String> {
        if !label.trim().is_empty() || !self.funds.is_empty() || !self.is_department_form() {
            return None;
        }
        self.note(
            row,
            NoteKind::Recognised,
            msg!("import-note-funds-unnamed-total"),
        );
        Some(super::FUNDS_LABELS[0].to_owned())
    }

    /// In rows of text, the department's unnamed funds row starts at its first amount
    /// (`500 | 500 | 400 | 80% | 10 | 8`): its cells are the values, every column's.
    pub(super) fn unnamed_funds_in_text(&self, texts: &[&str]) -> bool {
        let width = self
            .funds_columns
            .as_ref()
            .map_or(super::FUNDS_KEYS.len(), Vec::len);
        self.funds.is_empty()
            && self.is_department_form()
            && texts.len() == width
            && texts.first().is_some_and(|t| super::is_plain_amount(t))
    }

    /// A department's form with no name row whose header names its 主管部门: named by it,
    /// as a `部门名称` row names it (said).
    pub(super) fn name_by_department(&mut self) {
        if self.project.is_some() || !self.is_department_form() {
            return;
        }
        let Some(department) = self.department.clone().filter(|d| !d.trim().is_empty()) else {
            return;
        };
        let (line, cell) = self.start;
        let message = msg!(
            "import-note-named-by-department",
            department = quoted(department.as_str())
        );
        self.note_at(cell, line, NoteKind::Recognised, message);
        self.project = Some(department);
    }

    /// A list with no 总分 row ends the form whole when the header gave the 自评总分 and the
    /// points add up to the full 100: the execution's points (执行率权重) and the lines'. Said
    /// at the last row; true when so.
    pub(super) fn listed_complete(&mut self) -> bool {
        if self.header_total.is_none()
            || self.total.is_some()
            || self.indicators.is_empty()
            || !self.last_row_full
        {
            return false;
        }
        let number = |t: Option<&str>| t.and_then(|t| t.trim().parse::<Decimal>().ok());
        let funds_points = self.funds.first().and_then(|f| {
            let at = match f.columns.is_empty() {
                true => Some(super::FUNDS_POINTS),
                false => f.columns.iter().position(|&k| k == super::FUNDS_POINTS),
            };
            number(at.and_then(|at| f.values.get(at)).map(String::as_str))
        });
        let lines: Option<Decimal> = self
            .indicators
            .iter()
            .map(|i| number(i.points.as_deref()))
            .sum();
        let (Some(funds), Some(lines)) = (funds_points, lines) else {
            return false;
        };
        if funds + lines != Decimal::ONE_HUNDRED {
            return false;
        }
        self.complete = true;
        let message = msg!(
            "import-note-listed-complete",
            execution = funds.normalize().to_string(),
            lines = lines.normalize().to_string()
        );
        let (cell, line) = (self.last_cell, self.last_line);
        self.note_at(cell, line, NoteKind::Recognised, message);
        true
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)]
    use super::super::{Cell, read};
    use super::*;

    fn rows(text: &str) -> Vec<Row<'static>> {
        text.lines()
            .enumerate()
            .map(|(line, l)| Row {
                cells: l
                    .split('|')
                    .enumerate()
                    .map(|(i, t)| Cell::text(t.trim().to_owned(), i + 1, line + 1))
                    .collect(),
            })
            .collect()
    }

    #[test]
    fn the_lists_own_columns_are_told_by_their_names() {
        assert_eq!(column("指标名称"), Some(Column::Level3));
        assert_eq!(column("调整指标值"), Some(Column::Adjusted));
        assert_eq!(column("得分系数(%)"), Some(Column::Coefficient));
        assert_eq!(column("是否核心指标"), Some(Column::Core));
        for other in ["得分", "指标1:参保人数", "是", "调整率", "指标得分(分)"] {
            assert_eq!(column(other), None, "{other}");
        }
        assert_eq!(
            super::super::indicator_column("指标权重(分)"),
            Some(Column::Points)
        );
        assert_eq!(super::super::funds_column("执行率权重"), Some(3));
        assert_eq!(super::super::funds_column("执行率得分(分)"), Some(5));
        assert_eq!(super::super::funds_column("执行率(%)"), Some(4));
    }

    const FORM: &str = "部门整体绩效自评表
主管部门 | 某中心 | 财政处室 |  | 自评总分(分) | 19
部门预算执行情况(万元) | 年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率(%) | 执行率权重 | 执行率得分(分)
100 | 100 | 90 | 90% | 10 | 9
指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数(%) | 指标权重(分) | 指标得分(分) | 是否核心指标
甲指标 | 次 | 定量指标 | 8 | 无 | 9 | 100% | 40 | 40 | 是
乙指标 | 次 | 定量指标 | 8 | 10 | 9 | 100% | 50 | 45 | 否";

    #[test]
    fn a_flat_list_is_read_with_its_adjusted_target_and_its_coefficient_checked() {
        let parsed = read(rows(FORM), None);
        let [form] = parsed.forms.as_slice() else {
            panic!("{:?}", parsed.problems)
        };
        assert_eq!(form.project.as_deref(), Some("某中心"));
        assert!(form.complete);
        let [a, b] = form.indicators.as_slice() else {
            panic!("{:?}", form.indicators)
        };
        assert_eq!(a.target.as_deref(), Some("8次"), "无 is no adjustment");
        assert_eq!(b.target.as_deref(), Some("10次"));
        assert_eq!(b.points.as_deref(), Some("50"));
        assert_eq!(b.score.as_deref(), Some("45"));
        let said: Vec<String> = form.notes.iter().map(|n| n.to_string()).collect();
        let said = said.join("\n");
        // 100% × 50 is not 45: said at the row; 100% × 40 = 40 is not.
        assert_eq!(said.matches("score coefficient 100%").count(), 1, "{said}");
        assert!(
            said.contains("1 line(s) are marked core: \"甲指标\""),
            "{said}"
        );
        assert_eq!(
            form.funds.first().map(|f| f.label.as_str()),
            Some("年度资金总额")
        );
    }
}
