//! Section rows some templates print on a row of their own (#15, tester s8 F1). The Sichuan
//! 部门预算 template gives each section its title alone, above the section's column header:
//!
//! ```text
//! 预算执行情况(10分)
//! 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因
//! …
//! 绩效指标(90分)
//! 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析
//! ```
//!
//! and closes the form, after its 合计, with rows of text (`评价结论 | …`, `项目负责人: |
//! 财务负责人:`). The text readers rebuild a title and its header into one row (the cells of
//! one cell a line, a line flattened at its spaces, glued text); a grid — a worksheet, a Word or
//! HTML table, Excel's or a browser's tab copy — keeps them on two rows. A title alone, right
//! above the header whose columns it names, is that header's title: the header row is read as
//! the section's header, by the same column names ([`super::funds_column`],
//! [`super::indicator_column`]) every reader uses. Read on its own the title was a header of
//! one cell naming no column, the real header a funds row of 8 cells or a repeated 绩效指标
//! header, and 7 of 8 indicator rows were left out (97.75 instead of 96.65).

use super::{
    Form, Row, funds_column, indicator_column, is_funds_header, is_indicators_header,
    is_repeated_indicators_header, squeeze,
};

/// The section a title alone on its row opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Title {
    /// `预算执行情况(10分)`, `项目资金(万元)`.
    Funds,
    /// `绩效指标(90分)`, `年度绩效指标完成情况`.
    Indicators,
}

/// The non-empty cells' texts of a row.
fn texts<'r>(row: &'r Row) -> impl Iterator<Item = &'r str> {
    row.cells
        .iter()
        .map(|c| crate::value::trim(&c.text))
        .filter(|t| !t.is_empty())
}

/// The section `title` opens when it is a section title alone on its row and `next`, the row
/// under it, is that section's column header; none otherwise (the title is then read as it
/// always was).
pub(super) fn title_over_header(title: &Row, next: &Row) -> Option<Title> {
    let mut cells = texts(title);
    let (Some(only), None) = (cells.next(), cells.next()) else {
        return None;
    };
    if is_funds_header(only) && is_funds_columns(next) {
        return Some(Title::Funds);
    }
    // The cheap first-character test first: a long note alone on its row (`注:` …) is walked
    // by the column test only when it could be a header (#15: 13 M instructions a thousand
    // seed forms).
    let names_no_column = || indicator_column(only).is_none();
    (is_indicators_header(only) && names_no_column() && is_repeated_indicators_header(next))
        .then_some(Title::Indicators)
}

/// True for a funds header without its title: a heading over the amount columns (or a label
/// naming no column, `年度预算数(万元)`) and three or more cells naming funds columns.
pub(crate) fn is_funds_columns(row: &Row) -> bool {
    let mut cells = texts(row);
    let Some(first) = cells.next() else {
        return false;
    };
    if funds_column(first).is_some() || indicator_column(first).is_some() {
        return false;
    }
    let mut named = 0;
    for cell in cells {
        match funds_column(cell) {
            Some(_) => named += 1,
            None => return false,
        }
    }
    named >= 3
}

/// How a funds header without a label of its own lays its columns out (tester s21 T2, after
/// 贵州绥阳's 部门整体 form: `年初预算数(A) | 全年执行数(B) | 分值 | 执行率 | 得分` over rows
/// `年度资金总额 | 500 | 540 | …`, its label cell left blank or merged away).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum BareFunds {
    /// Every cell names a funds column: the rows' values fall under them in order.
    Columns,
    /// A short heading naming no column (`项目`, `类别`) over the rows' labels, then the
    /// columns: read as a funds header is, its first cell the label's.
    Headed,
}

/// A funds header that names its columns but opens with no funds label (`项目资金`,
/// `预算执行情况`): its cells name funds columns — a budget (年初预算数, 全年预算数, `预算数(A)`)
/// and the spent amount among them —, all of them or all but a short first heading that names
/// no column. Asked of every row before the indicators: the first cell's first character, or
/// the second's for a heading, rules out the rest.
pub(super) fn bare_funds_header(row: &Row) -> Option<BareFunds> {
    let opens = |t: &str| matches!(t.chars().next(), Some('年' | '全' | '预'));
    let mut cells = texts(row);
    let first = cells.next()?;
    let shape = if opens(first) {
        BareFunds::Columns
    } else {
        // The second cell's first character first: a goal's long text is never walked.
        if !opens(cells.next()?) {
            return None;
        }
        let short = first.chars().take(7).count() <= 6;
        if !short || first.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        if funds_column(first).is_some() || indicator_column(first).is_some() {
            return None;
        }
        BareFunds::Headed
    };
    let named = texts(row).skip(usize::from(shape == BareFunds::Headed));
    names_budget_and_spent(named).then_some(shape)
}

/// True when every one of `cells` names a funds column and a budget (年初预算数, 全年预算数,
/// `预算数(A)`) and the spent amount are among them: the columns of a funds header, the one
/// test of a funds header written without its label — a grid's row ([`bare_funds_header`]) or
/// the cells of a text copy one cell a line or flattened (`paragraphs`).
pub(crate) fn names_budget_and_spent<'t>(cells: impl IntoIterator<Item = &'t str>) -> bool {
    let mut found = 0u32;
    for cell in cells {
        // A remarks column (原因, 说明) is one of the funds block's, not a named amount.
        let Some(column) = funds_column(cell) else {
            return false;
        };
        found |= 1 << column.min(31);
    }
    let budget = found & 0b011 != 0;
    let spent = found & 0b100 != 0;
    budget && spent
}

/// The Sichuan 部门预算项目支出绩效自评表's printed labels, in the order the form prints them:
/// the one list of them (s8: the glued reader kept a second copy). The glued reader
/// (`glued_text::sichuan`) cuts its text at these words; the grid reader tells the same labels
/// by its column and label tests ([`super::header_key`], [`super::funds_column`],
/// [`super::indicator_column`], [`super::is_funds_label`], [`is_closing_label`] …), and this
/// module's test keeps every label here recognised by them, so the two cannot drift apart. The
/// level-1 and level-2 labels are every template's ([`super::LEVEL1`], [`super::LEVEL2`]).
pub(crate) mod sichuan {
    /// The header's labels (the longest first where one holds another).
    pub(crate) const HEADER_KEYS: [&str; 4] =
        ["项目名称", "主管部门", "实施单位(盖章)", "实施单位"];
    /// The goals section's printed headings.
    pub(crate) const GOAL_HEADINGS: [&str; 3] = [
        "项目基本情况",
        "1.项目年度目标完成情况",
        "2.项目实施内容及过程概述",
    ];
    /// The goals section's two columns.
    pub(crate) const GOAL_COLUMNS: [&str; 2] = ["项目年度目标", "年度目标完成情况"];
    /// The funds section's title (`预算执行情况(10分)`).
    pub(crate) const FUNDS_TITLE: &str = "预算执行情况";
    /// The funds section's column header: a heading over the amounts, then the columns.
    pub(crate) const FUNDS_COLUMNS: [&str; 8] = [
        "年度预算数(万元)",
        "年初预算",
        "调整后预算数",
        "预算执行数",
        "预算执行率",
        "权重",
        "得分",
        "原因",
    ];
    /// The funds rows' labels.
    pub(crate) const FUNDS_ROWS: [&str; 6] = [
        "总额",
        "其中:财政资金",
        "财政资金",
        "财政专户管理资金",
        "单位资金",
        "其他资金",
    ];
    /// The indicators section's title (`绩效指标(90分)`).
    pub(crate) const INDICATORS_TITLE: &str = "绩效指标";
    /// The indicators section's column header.
    pub(crate) const INDICATOR_COLUMNS: [&str; 10] = [
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "指标值",
        "度量单位",
        "完成值",
        "权重",
        "得分",
        "未完成原因分析",
    ];
    /// The total row's label.
    pub(crate) const TOTAL: &str = "合计";
    /// The labels of the rows of text closing the form after its 合计, each followed by what
    /// the department wrote (the two signatures by a colon).
    pub(crate) const CLOSING_LABELS: [&str; 5] = [
        "评价结论",
        "存在问题",
        "改进措施",
        "项目负责人",
        "财务负责人",
    ];
}

/// Closing labels other forms print, told in a cell of their own only: in glued text a cut at
/// `审核人` would fall inside `审核人员`.
const OTHER_CLOSING_LABELS: [&str; 7] = [
    "单位负责人",
    "填表人",
    "审核人",
    "联系电话",
    "填报日期",
    // The 20分×执行率 template's two rows after its 总分 (tester s17w F5).
    "偏差大或目标未完成原因分析",
    "改进措施及结果应用方案",
];

/// The label of a row of text closing a form after its 总分/合计 — the Sichuan template's
/// `评价结论`, `存在问题`, `改进措施` with what the department wrote beside it, the signature
/// line `项目负责人:` / `财务负责人:` ([`sichuan::CLOSING_LABELS`]), as the glued Sichuan
/// reader cuts them — or another form's (`填表人`, `联系电话` …).
pub(crate) fn is_closing_label(text: &str) -> bool {
    let t = squeeze(text);
    let head = t.split_once([':', '：']).map_or(&*t, |(head, _)| head);
    sichuan::CLOSING_LABELS.contains(&head) || OTHER_CLOSING_LABELS.contains(&head)
}

impl Form {
    /// Reads `header`, the row under a section title alone on its row, as that section's
    /// column header.
    pub(super) fn read_titled_header(&mut self, title: Title, header: &Row) {
        self.last_cell = header.number();
        self.last_line = header.line();
        match (title, self.aligned) {
            (Title::Funds, true) => self.read_funds_header_at(header),
            (Title::Funds, false) => self.read_funds_header(header),
            (Title::Indicators, true) => self.read_indicators_header_at(header),
            (Title::Indicators, false) => self.read_indicators_header(header),
        }
    }

    /// A row of text after the 总分 row opening with a closing label (`评价结论 | 项目完成情况
    /// 较好。`): one of the form's notes, its cells joined (`评价结论：项目完成情况较好。`).
    pub(super) fn read_closing_row(&mut self, row: &Row) {
        let mut note = String::new();
        for text in texts(row) {
            if !note.is_empty() {
                note.push_str(match note.ends_with([':', '：']) {
                    true => " ",
                    false => "：",
                });
            }
            note.push_str(text);
        }
        self.form_notes.push(note);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Row<'static> {
        crate::import::grid::test_row(cells, 1)
    }

    /// Tester s21 T2 (贵州绥阳): the funds header's columns with no funds label before them.
    #[test]
    fn a_row_of_funds_column_names_is_a_bare_funds_header() {
        let columns = ["年初预算数(A)", "全年执行数(B)", "分值", "执行率", "得分"];
        assert_eq!(bare_funds_header(&row(&columns)), Some(BareFunds::Columns));
        let blank_first = row(&["", "年初预算数(A)", "全年执行数(B)"]);
        assert_eq!(bare_funds_header(&blank_first), Some(BareFunds::Columns));
        let headed = row(&["项目", "年初预算数", "全年预算数", "全年执行数"]);
        assert_eq!(bare_funds_header(&headed), Some(BareFunds::Headed));
        // Not without the spent amount, nor with a cell naming no funds column, nor under a
        // long label or a funds row's figures.
        assert_eq!(bare_funds_header(&row(&["年初预算数", "全年预算数"])), None);
        assert_eq!(
            bare_funds_header(&row(&["年初预算数", "全年执行数", "年度指标值"])),
            None
        );
        let long = row(&["年度主要任务完成情况", "年初预算数", "全年执行数"]);
        assert_eq!(bare_funds_header(&long), None);
        assert_eq!(
            bare_funds_header(&row(&["年度资金总额", "500", "540"])),
            None
        );
        assert_eq!(
            bare_funds_header(&row(&["一级指标", "年度指标值", "实际完成值"])),
            None
        );
    }

    #[test]
    fn a_title_over_its_header_opens_the_section() {
        let funds = row(&[
            "年度预算数(万元)",
            "年初预算",
            "调整后预算数",
            "预算执行数",
            "预算执行率",
            "权重",
            "得分",
            "原因",
        ]);
        let title = row(&["预算执行情况(10分)", "", ""]);
        assert_eq!(title_over_header(&title, &funds), Some(Title::Funds));
        let indicators = row(&[
            "一级指标",
            "二级指标",
            "三级指标",
            "指标性质",
            "指标值",
            "度量单位",
            "完成值",
            "权重",
            "得分",
            "未完成原因分析",
        ]);
        let title = row(&["绩效指标(90分)"]);
        assert_eq!(
            title_over_header(&title, &indicators),
            Some(Title::Indicators)
        );
        // A title followed by anything else, a header of several cells, the wrong header.
        assert_eq!(title_over_header(&title, &funds), None);
        let total = row(&["总额", "500", "560", "532", "95%", "10", "9.5"]);
        assert_eq!(
            title_over_header(&row(&["预算执行情况(10分)"]), &total),
            None
        );
        assert_eq!(
            title_over_header(&row(&["预算执行情况(10分)", "年初预算"]), &funds),
            None
        );
        assert_eq!(title_over_header(&row(&["一级指标"]), &indicators), None);
    }

    /// The one list of the Sichuan template's labels reads in the grid reader as each label
    /// does on the form: the glued reader's cuts and the grid reader's cells agree.
    #[test]
    fn the_sichuan_labels_are_the_grid_reader_s() {
        use super::super::{
            LEVEL1, LEVEL2, funds_column, header_key, is_funds_header, is_funds_label,
            is_goals_header, is_indicators_header, is_level1, is_level2, is_section_label,
        };
        for key in sichuan::HEADER_KEYS {
            assert!(header_key(key).is_some(), "{key}");
        }
        for heading in sichuan::GOAL_HEADINGS {
            assert!(is_section_label(heading), "{heading}");
        }
        assert!(is_goals_header(sichuan::GOAL_COLUMNS[0]));
        for title in [sichuan::FUNDS_TITLE, "预算执行情况(10分)"] {
            assert!(is_funds_header(title), "{title}");
        }
        let funds = row(&sichuan::FUNDS_COLUMNS);
        assert!(is_funds_columns(&funds));
        for column in &sichuan::FUNDS_COLUMNS[1..] {
            assert!(funds_column(column).is_some(), "{column}");
        }
        for label in sichuan::FUNDS_ROWS {
            assert!(is_funds_label(label), "{label}");
        }
        for title in [sichuan::INDICATORS_TITLE, "绩效指标(90分)"] {
            assert!(is_indicators_header(title), "{title}");
        }
        let indicators = row(&sichuan::INDICATOR_COLUMNS);
        assert!(is_repeated_indicators_header(&indicators));
        for column in sichuan::INDICATOR_COLUMNS {
            assert!(indicator_column(column).is_some(), "{column}");
        }
        for label in LEVEL1 {
            assert!(is_level1(label), "{label}");
        }
        for label in LEVEL2 {
            assert!(is_level2(label), "{label}");
        }
        for label in sichuan::CLOSING_LABELS {
            assert!(is_closing_label(label), "{label}");
            assert!(is_closing_label(&format!("{label}:")), "{label}");
        }
    }

    #[test]
    fn closing_labels() {
        for label in ["评价结论", "项目负责人:", "财务负责人：", "存在问题"] {
            assert!(is_closing_label(label), "{label}");
        }
        for text in ["合计", "注:", "项目完成情况较好。", "产出指标"] {
            assert!(!is_closing_label(text), "{text}");
        }
    }
}
