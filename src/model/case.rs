//! A validated case: one form, every cell kept as written with its location, and every target,
//! actual and number parsed once.

use crate::source::{Field, FormMap, Place, Source};
use crate::value::{Quantity, Value};
use rust_decimal::Decimal;
use std::sync::Arc;

/// A cell as written on the form, with where it stands in the case file.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    /// The text exactly as written (shared: outcomes and script views refer to it without
    /// copying).
    pub text: Arc<str>,
    /// Byte span in the case file (empty span when the key is absent).
    pub span: std::ops::Range<usize>,
    /// Key path, e.g. `indicators[3].actual`.
    pub field: Field,
}

/// A numeric cell: its text and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Number {
    /// Nothing written (or `-`).
    Blank,
    /// A number (percent cells keep their written number: `70.96%` → 70.96).
    Value(Decimal),
    /// Text that is not a number.
    Unreadable(String),
    /// A 得分 cell written in words (`满分`, `不得分`): resolved against its line's points when
    /// the case is scored (`evaluate::marks`), never seen by the scoring itself.
    Marks(crate::value::Marks),
}

impl Number {
    /// The value, if one was written.
    pub fn value(&self) -> Option<Decimal> {
        match self {
            Number::Value(v) => Some(*v),
            _ => None,
        }
    }
}

/// Kind of a funds row: read from its label by the value layer, so importers and the
/// validator share one classifier.
pub use crate::value::FundsKind;

/// A 项目资金 row (万元).
#[derive(Debug, Clone)]
pub struct FundsRow {
    /// Kind.
    pub kind: FundsKind,
    /// Label cell.
    pub label: Cell,
    /// 年初预算数.
    pub initial_budget: (Cell, Number),
    /// 全年预算数(A).
    pub full_year_budget: (Cell, Number),
    /// 全年执行数(B).
    pub spent: (Cell, Number),
    /// 分值.
    pub points: (Cell, Number),
    /// 执行率(B/A), percent.
    pub rate: (Cell, Number),
    /// 得分.
    pub score: (Cell, Number),
    /// 原因/说明 where the template has that column, as written (blank otherwise): why the
    /// budget was adjusted or execution fell short.
    pub reason: Cell,
    /// Span of the whole row.
    pub span: std::ops::Range<usize>,
}

/// A goal row.
#[derive(Debug, Clone)]
pub struct Goal {
    /// 预期目标.
    pub expected: Cell,
    /// 实际完成情况.
    pub actual: Cell,
}

/// A level-3 indicator row.
#[derive(Debug, Clone)]
pub struct Indicator {
    /// 0-based position among the case's indicators.
    pub index: usize,
    /// 一级 as written.
    pub level1: Cell,
    /// 二级 as written.
    pub level2: Cell,
    /// 三级 as written.
    pub level3: Cell,
    /// 指标性质 column, when the template has one.
    pub nature: Option<(Cell, Value)>,
    /// 年度指标值 and what it says.
    pub target: (Cell, Value),
    /// 实际完成值 and what it says.
    pub actual: (Cell, Value),
    /// 完成情况 and what it claims, when the template has that column (tester s12b N3).
    pub completion: Option<(Cell, crate::value::Claim)>,
    /// 分值.
    pub points: (Cell, Number),
    /// 得分.
    pub score: (Cell, Number),
    /// 扣分 column of some local templates.
    pub deduction: Option<(Cell, Number)>,
    /// 偏差原因分析及改进措施.
    pub deviation: Cell,
    /// 评分标准: the department's own scoring rule, quoted where its score differs (empty
    /// when the form has no such column; tester s23 D2).
    pub scoring: Cell,
    /// Shares the 分值/得分 cell of the row above.
    pub shares_points: bool,
    /// Quantities with a comparator written in the indicator's own name (`满意度≥85%`), in
    /// the unit of the target column: all a name can contradict its target with. Empty when
    /// the target column holds no quantity with a unit.
    pub text_quantities: Vec<Quantity>,
    /// The name without its numbering and end punctuation, as a byte range of `level3.text`
    /// (`指标1:本项目不涉及。` → `本项目不涉及`): what not-applicable phrases are compared with.
    pub bare_name: std::ops::Range<usize>,
    /// Span of the whole row.
    pub span: std::ops::Range<usize>,
}

/// What the scored result must be.
#[derive(Debug, Clone, Default)]
pub struct Expect {
    /// Total.
    pub total: Option<(Decimal, std::ops::Range<usize>)>,
    /// Grade.
    pub grade: Option<(String, std::ops::Range<usize>)>,
    /// Finding codes.
    pub findings: Option<(Vec<String>, std::ops::Range<usize>)>,
}

/// One form, validated.
#[derive(Debug, Clone)]
pub struct Case {
    /// The case file.
    pub source: Source,
    /// Rule set id named by the file.
    pub rules: Option<(String, std::ops::Range<usize>)>,
    /// Constructed for testing rather than filed.
    pub constructed: bool,
    /// The importer found the form cut short.
    pub incomplete: bool,
    /// How many of `[form] import_notes` say the importer guessed or could not read something.
    pub guessed_notes: usize,
    /// Where those of them that say the importer guessed point, in the order of the notes:
    /// a sum of figures read on such a row may fail on the reading (`evaluate::guessed`).
    /// Kept when the notes are not handed on (an output that does not list them).
    pub guessed_at: Vec<crate::source::FormPlace>,
    /// `[form] import_notes` as written, shared with the outcome, which lists them (#16).
    pub import_notes: Arc<[String]>,
    /// 项目名称.
    pub project: Cell,
    /// 主管部门.
    pub department: Cell,
    /// 实施单位.
    pub unit: Cell,
    /// 年度 as written.
    pub year: Cell,
    /// The form's title as written (项目支出绩效自评表, 部门预算项目支出绩效自评表(2023年度)…):
    /// which template it is, and its year when the 年度 cell is blank.
    pub title: Cell,
    /// Funds rows.
    pub funds: Vec<FundsRow>,
    /// Goals.
    pub goals: Vec<Goal>,
    /// Indicators.
    pub indicators: Vec<Indicator>,
    /// 总分 points.
    pub total_points: (Cell, Number),
    /// 总分 score.
    pub total_score: (Cell, Number),
    /// How far the shown line scores and total may lie from the numbers the workbook added
    /// (`[total] shown_rounding`, tester s11 F3); zero for a form not read from a workbook.
    pub shown_rounding: rust_decimal::Decimal,
    /// Expectations.
    pub expect: Option<Expect>,
    /// Where the fields stand on the form (indicator names, funds labels, workbook cells),
    /// shared by every finding's place.
    pub form_map: Arc<FormMap>,
    /// False for a form scored straight from its input (`score FILE`), which has no case
    /// file: its places are on the form only (#16 F5), and `source` names the case file
    /// `import --out` would write.
    pub case_file: bool,
    /// For a form scored straight from its input: the input and the form's number in it,
    /// what outputs show where a case file's name stands (#16).
    pub form_of: Option<FormOf>,
}

/// A form of an input scored straight from it (`score FILE`): what outputs show as its name,
/// `f.txt 第 3 张表`, where a case's name is its case file. The case's own name (the case
/// file `import --out` would write, `f.txt#2023-03-名称.toml`) stays the key that pairs it
/// with itself under two rule sets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormOf {
    /// The input file as given.
    pub input: String,
    /// The form's number in the input, from 1.
    pub index: u32,
}

impl Indicator {
    /// The name without its numbering and end punctuation (see [`Indicator::bare_name`]).
    pub fn bare_name(&self) -> &str {
        self.level3.text.get(self.bare_name.clone()).unwrap_or("")
    }
}

/// The byte range of a level-3 name without its numbering and end punctuation:
/// `指标1:本项目不涉及。` → the range of `本项目不涉及`.
pub(crate) fn bare_name(text: &str) -> std::ops::Range<usize> {
    let t = text.trim();
    let stripped = t
        .strip_prefix("指标")
        .and_then(|rest| {
            let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.strip_prefix(':').or_else(|| rest.strip_prefix(':'))
        })
        .map_or(t, str::trim);
    let name = stripped.trim_end_matches(['。', '.', ';', ';', ' ']);
    // `name` is a slice of `text`: its offset is the distance between their starts.
    let start = name.as_ptr() as usize - text.as_ptr() as usize;
    start..start + name.len()
}

impl Case {
    /// The file name.
    pub fn file(&self) -> &str {
        &self.source.name
    }

    /// The place of a cell (its line and column are worked out when shown).
    pub fn locate(&self, cell: &Cell) -> Place {
        match self.case_file {
            true => Place::new(&self.source, &cell.span, cell.field),
            false => Place::form_only(cell.field, &self.form_map),
        }
    }

    /// The place of a cell that also names where it stands on the form — indicator, the
    /// form's field, the workbook cell (#16): for findings.
    pub fn locate_on_form(&self, cell: &Cell) -> Place {
        match self.case_file {
            true => Place::with_form(&self.source, &cell.span, cell.field, &self.form_map),
            false => Place::form_only(cell.field, &self.form_map),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{FundsKind, bare_name};

    #[test]
    fn funds_labels_are_read_by_pattern_as_templates_write_them() {
        use FundsKind::*;
        for (label, kind) in [
            ("年度资金总额:", Total),
            ("总额", Total),
            ("合计", Total),
            ("其中:本年财政拨款", Appropriation),
            ("其中：财政拨款", Appropriation),
            ("其中:财政资金", Appropriation),
            ("当年财政拨款", Appropriation),
            ("上年结转资金", Carryover),
            ("其他资金", Other),
            ("单位资金", Other),
            ("财政专户管理资金", Other),
            ("自筹资金", Other),
            ("单位自筹资金", Other),
            ("单位自有资金", Other),
            ("其中:中央、省、市补助县级资金", Part),
            ("其中：上级补助", Part),
            ("本级安排资金", Part),
            ("其中:专项经费", Part),
            ("县级安排资金", Part),
            ("市级安排资金", Part),
            ("中央资金", Part),
            ("地方配套资金", Part),
            ("按收入性质分：一般公共预算", Part),
            ("按支出性质分:项目支出", Part),
            ("其中：政府性基金预算", Part),
            ("基本支出", Part),
            ("县级", Unknown),
            ("备注", Unknown),
            ("资金", Unknown),
        ] {
            assert_eq!(FundsKind::of_label(label), kind, "{label}");
        }
    }

    #[test]
    fn bare_names_drop_numbering_and_end_punctuation() {
        for (text, bare) in [
            ("指标1:本项目不涉及。", "本项目不涉及"),
            (" 指标12: 不适用; ", "不适用"),
            ("指标:本指标不适用", "本指标不适用"),
            ("不涉及.", "不涉及"),
            ("指标一:不涉及", "指标一:不涉及"),
            ("指标2 完成率", "指标2 完成率"),
            ("", ""),
        ] {
            let range = bare_name(text);
            assert_eq!(&text[range], bare, "{text}");
        }
    }
}
