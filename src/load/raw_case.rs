//! Stage: load. The serde mirror of a case file (`cases/*.toml`), exactly as written. Every
//! cell is kept as text with its byte span so findings can point back at it; nothing here is
//! interpreted. [`crate::validate::case`] turns it into a [`crate::model::Case`].

use serde::{Deserialize, Deserializer};
use std::sync::Arc;
use toml::Spanned;

/// A form cell as written: a TOML string (preferred) or an integer. Floats are refused because
/// TOML floats pass through `f64` and lose digits (`124.940`); write decimals in quotes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CellText(pub Arc<str>);

impl<'de> Deserialize<'de> for CellText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = CellText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("the cell's text as a string, e.g. \"124.94\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<CellText, E> {
                Ok(CellText(Arc::from(v)))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<CellText, E> {
                Ok(CellText(Arc::from(v.to_string())))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<CellText, E> {
                Ok(CellText(Arc::from(v.to_string())))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<CellText, E> {
                Err(E::custom(format!(
                    "decimal numbers must be written in quotes to stay exact: write \"{v}\" as it stands on the form"
                )))
            }
        }
        d.deserialize_any(V)
    }
}

/// A cell with its span in the case file.
pub type RawCell = Spanned<CellText>;

/// The whole case file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCase {
    /// Where the form came from and how to score it.
    #[serde(default)]
    pub form: RawForm,
    /// 表头: project, department, implementing unit, year.
    pub header: Spanned<RawHeader>,
    /// 项目资金 rows.
    #[serde(default)]
    pub funds: Vec<Spanned<RawFunds>>,
    /// 年度总体目标.
    #[serde(default)]
    pub goals: Vec<Spanned<RawGoal>>,
    /// 绩效指标 rows.
    #[serde(default)]
    pub indicators: Vec<Spanned<RawIndicator>>,
    /// 总分 row.
    #[serde(default)]
    pub total: Option<Spanned<RawTotal>>,
    /// The notes printed under the form (注), as written.
    #[serde(default)]
    pub notes: Vec<String>,
    /// What the scored result must be (checked by `cargo test` and `jixiao score --check-expect`).
    #[serde(default)]
    pub expect: Option<Spanned<RawExpect>>,
}

/// `[form]`: provenance and the rule set to use.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawForm {
    /// The file the form was imported from.
    #[serde(default)]
    pub source: String,
    /// The form's position (1-based) in that file.
    #[serde(default)]
    pub index: Option<u32>,
    /// True when the form was constructed for testing rather than filed by a department.
    #[serde(default)]
    pub constructed: bool,
    /// Id of the rule set to score with, when none is given on the command line.
    #[serde(default)]
    pub rules: Option<Spanned<String>>,
    /// True when the importer found the form cut short.
    #[serde(default)]
    pub incomplete: bool,
    /// What the importer recognised, guessed or could not read.
    #[serde(default)]
    pub import_notes: Vec<String>,
}

/// `[header]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHeader {
    /// Form title, e.g. 项目支出绩效自评表.
    #[serde(default)]
    pub title: Option<RawCell>,
    /// 年度 as written, e.g. `(2023年度)`.
    #[serde(default)]
    pub year: Option<RawCell>,
    /// 项目名称.
    pub project: RawCell,
    /// 主管部门.
    #[serde(default)]
    pub department: Option<RawCell>,
    /// 实施单位.
    #[serde(default)]
    pub unit: Option<RawCell>,
}

/// One `[[funds]]` row of 项目资金 (万元).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFunds {
    /// Row label as written: 年度资金总额:, 其中:本年财政拨款, 上年结转资金, 其他资金.
    pub label: RawCell,
    /// 年初预算数.
    #[serde(default)]
    pub initial_budget: Option<RawCell>,
    /// 全年预算数(A).
    #[serde(default)]
    pub full_year_budget: Option<RawCell>,
    /// 全年执行数(B).
    #[serde(default)]
    pub spent: Option<RawCell>,
    /// 分值.
    #[serde(default)]
    pub points: Option<RawCell>,
    /// 执行率(B/A).
    #[serde(default)]
    pub rate: Option<RawCell>,
    /// 得分.
    #[serde(default)]
    pub score: Option<RawCell>,
    /// Where each value stood in the workbook or document it was imported from (#16):
    /// `cells = { actual = "表1!E14" }`, keys as in this table.
    #[serde(default)]
    pub cells: Option<Spanned<std::collections::BTreeMap<String, String>>>,
}

impl RawFunds {
    /// The six value cells in column order (the order of `import::draft::FUNDS_KEYS`).
    pub fn cells(&self) -> [&Option<RawCell>; 6] {
        [
            &self.initial_budget,
            &self.full_year_budget,
            &self.spent,
            &self.points,
            &self.rate,
            &self.score,
        ]
    }
}

/// One `[[goals]]` row of 年度总体目标.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGoal {
    /// 预期目标.
    #[serde(default)]
    pub expected: Option<RawCell>,
    /// 实际完成情况.
    #[serde(default)]
    pub actual: Option<RawCell>,
}

/// One `[[indicators]]` row (a level-3 indicator).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicator {
    /// 一级指标 as written (labels are often cut: `产`, `效`).
    pub level1: RawCell,
    /// 二级指标 as written.
    pub level2: RawCell,
    /// 三级指标 as written.
    pub level3: RawCell,
    /// 指标性质 (=, ≤, ≥) where the template has that column.
    #[serde(default)]
    pub nature: Option<RawCell>,
    /// 年度指标值.
    #[serde(default)]
    pub target: Option<RawCell>,
    /// 实际完成值.
    #[serde(default)]
    pub actual: Option<RawCell>,
    /// 分值.
    #[serde(default)]
    pub points: Option<RawCell>,
    /// 得分.
    #[serde(default)]
    pub score: Option<RawCell>,
    /// 扣分 (deduction column of some local templates).
    #[serde(default)]
    pub deduction: Option<RawCell>,
    /// 偏差原因分析及改进措施.
    #[serde(default)]
    pub deviation: Option<RawCell>,
    /// True when this row's 分值/得分 cell is merged with the row above.
    #[serde(default)]
    pub shares_points: bool,
    /// Where each value stood in the workbook or document it was imported from (#16):
    /// `cells = { actual = "表1!E14" }`, keys as in this table.
    #[serde(default)]
    pub cells: Option<Spanned<std::collections::BTreeMap<String, String>>>,
}

/// `[total]`: the 总分 row.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTotal {
    /// Total points as written.
    #[serde(default)]
    pub points: Option<RawCell>,
    /// Total score as written.
    #[serde(default)]
    pub score: Option<RawCell>,
    /// Where each value stood in the workbook or document it was imported from (#16):
    /// `cells = { actual = "表1!E14" }`, keys as in this table.
    #[serde(default)]
    pub cells: Option<Spanned<std::collections::BTreeMap<String, String>>>,
}

/// `[expect]`: the accepted result of scoring this case.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawExpect {
    /// Expected computed total, e.g. "97".
    #[serde(default)]
    pub total: Option<Spanned<String>>,
    /// Expected grade, e.g. "优".
    #[serde(default)]
    pub grade: Option<Spanned<String>>,
    /// Finding codes that must be present (each listed once, order free).
    #[serde(default)]
    pub findings: Option<Spanned<Vec<String>>>,
}

/// Parses a case file's text: the fast reader for files in the layout jixiao writes
/// ([`super::fast_case`]), the TOML parser for anything else and for every error.
pub fn parse(text: &str) -> Result<RawCase, toml::de::Error> {
    match super::fast_case::read(text) {
        Some(raw) => Ok(raw),
        None => parse_toml(text),
    }
}

/// Parses a case file's text with the TOML parser only: the reference [`parse`] must agree
/// with.
pub fn parse_toml(text: &str) -> Result<RawCase, toml::de::Error> {
    toml::from_str(text)
}
