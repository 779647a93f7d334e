//! Two projects typed into one table (tester s24 B1: a Word table holding a second
//! `项目名称 | 城区绿化管养项目` row and its own funds block halfway down): the second project's
//! rows were read as indicators of the first (计算总分 196.95, 17 warnings). A form runs from
//! its title to the next title, so a 项目名称 row naming another project, with the funds
//! header (项目资金) within a few rows after it, is taken as the start of a new form, as a
//! second title starts one: a title row is put in before it, and the form read there says
//! so. A 项目名称 row naming the same project again is a header printed again, not a new form.

use super::{
    Cell, NoteKind, Row, TITLE, header_key, is_department_name_label, is_funds_header,
    is_indicators_header, is_title, squeeze,
};
use crate::i18n::{Message, msg, quoted};
use std::borrow::Cow;

/// How many filled rows after a 项目名称 row the funds header may stand (the 主管部门 and
/// 实施单位 rows come between, on one row or two).
const FUNDS_WITHIN: usize = 4;

/// Where a form is put in (its 项目名称 cell: line, column), and its note.
pub(super) type Started = ((usize, usize), NoteKind, Message);

/// Puts a title row in before each 项目名称 row that starts another project inside a form
/// (after a title) and hands back each such start with its note, for the form read there.
pub(super) fn split(rows: &mut Vec<Row>) -> Vec<Started> {
    let starts = starts(rows);
    let mut started = Vec::new();
    for (at, project) in starts.into_iter().rev() {
        let Some(cell) = rows.get(at).and_then(|r| first_cell(r)) else {
            continue;
        };
        let (line, number) = (cell.line, cell.number);
        let title = Cell {
            text: Cow::Borrowed(TITLE),
            number,
            line,
            numeric: false,
            across: 0,
        };
        rows.insert(at, Row { cells: vec![title] });
        let message = msg!("import-note-second-project", project = quoted(&project));
        started.push(((line, number), NoteKind::Recognised, message));
    }
    started.reverse();
    started
}

/// The rows (with the project each names) where another project starts inside a form: a
/// 项目名称 row after a title and after the form's indicators header, whose value is not the
/// form's project, the funds header after it. (A 单位名称 row beside the 项目名称 one, which
/// the header reads as the name of a department's form, is no second project.)
fn starts(rows: &[Row]) -> Vec<(usize, String)> {
    let mut starts = Vec::new();
    // The project of the form being read: none before its 项目名称 row, or before any title.
    let mut project: Option<String> = None;
    let mut titled = false;
    let mut after_name = false;
    // The form being read has its indicators header: its body is under way.
    let mut indicators = false;
    for (i, row) in rows.iter().enumerate() {
        let Some(cell) = first_cell(row) else {
            continue;
        };
        let text = cell.text.trim();
        // A title standing as the 项目名称's value (a project named `…自评表`) is no title.
        if is_title(text) && !after_name {
            titled = true;
            project = None;
            continue;
        }
        after_name = false;
        if is_indicators_header(text) {
            indicators = true;
            continue;
        }
        if header_key(text) != Some("项目名称") || is_department_name_label(&squeeze(text)) {
            continue;
        }
        let value = name_value(row);
        after_name = value.is_none();
        let Some(value) = value else {
            continue;
        };
        match &project {
            None => {
                project = Some(value);
                indicators = false;
            }
            Some(known) if titled && indicators && *known != value && funds_follow(rows, i) => {
                project = Some(value.clone());
                indicators = false;
                starts.push((i, value));
            }
            Some(_) => {}
        }
    }
    starts
}

/// The first filled cell of a row.
fn first_cell<'r, 'a>(row: &'r Row<'a>) -> Option<&'r Cell<'a>> {
    row.cells.iter().find(|c| !c.text.trim().is_empty())
}

/// The project a 项目名称 row names: the first filled cell after its label.
fn name_value(row: &Row) -> Option<String> {
    row.cells
        .iter()
        .filter(|c| !c.text.trim().is_empty())
        .nth(1)
        .map(|c| c.text.trim().to_owned())
}

/// True when the funds header (项目资金) starts one of the few filled rows after row `at`.
fn funds_follow(rows: &[Row], at: usize) -> bool {
    rows.iter()
        .skip(at + 1)
        .filter_map(first_cell)
        .take(FUNDS_WITHIN)
        .any(|c| is_funds_header(c.text.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::grid::test_row;

    fn form(project: &str, at: usize) -> Vec<Row<'static>> {
        vec![
            test_row(&["项目名称", project], at),
            test_row(&["主管部门", "某局", "实施单位", "某中心"], at + 1),
            test_row(&["项目资金(万元)", "年初预算数", "全年预算数(A)"], at + 2),
            test_row(&["年度资金总额", "10", "10"], at + 3),
            test_row(&["绩效指标", "一级指标", "二级指标", "三级指标"], at + 4),
        ]
    }

    /// A second project inside a titled form starts a form of its own; the same project's
    /// header printed again, or a second project with no funds header, does not.
    #[test]
    fn a_second_project_with_its_funds_starts_a_form() {
        let mut rows = vec![test_row(&[TITLE], 1)];
        rows.extend(form("甲项目", 2));
        rows.extend(form("乙项目", 7));
        let started = split(&mut rows);
        assert_eq!(started.len(), 1);
        assert_eq!(started[0].0, (7, 1));
        assert_eq!(rows[6].first(), TITLE);
        assert_eq!(rows[7].first(), "项目名称");

        let mut again = vec![test_row(&[TITLE], 1)];
        again.extend(form("甲项目", 2));
        again.extend(form("甲项目", 7));
        assert!(split(&mut again).is_empty());

        let mut no_funds = vec![test_row(&[TITLE], 1)];
        no_funds.extend(form("甲项目", 2));
        no_funds.push(test_row(&["项目名称", "乙项目"], 7));
        no_funds.push(test_row(&["绩效指标", "一级指标"], 8));
        assert!(split(&mut no_funds).is_empty());
    }

    /// A 单位名称 row before the 项目名称 one (a header naming both) starts nothing: it stands
    /// before the form's indicators header, and names no project.
    #[test]
    fn a_unit_name_beside_the_project_name_starts_nothing() {
        let mut rows = vec![
            test_row(&[TITLE], 1),
            test_row(&["单位名称", "某所"], 2),
            test_row(&["项目名称", "甲项目"], 3),
            test_row(&["项目资金(万元)", "年初预算数"], 4),
        ];
        assert!(split(&mut rows).is_empty());
    }

    /// With no title in the rows nothing is cut here ([`super::super::untitled_form`] reads
    /// one untitled body).
    #[test]
    fn rows_without_a_title_are_left_alone() {
        let mut rows = form("甲项目", 1);
        rows.extend(form("乙项目", 6));
        assert!(split(&mut rows).is_empty());
    }
}
