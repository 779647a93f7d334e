//! Stage: load. The serde mirror of a case file (`cases/*.toml`), exactly as written. Every
//! cell is kept as text with its byte span so findings can point back at it; nothing here is
//! interpreted. [`crate::validate::case`] turns it into a [`crate::model::Case`].

use crate::source::FormPlace;
use serde::{Deserialize, Deserializer};
use std::borrow::Cow;
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
                // Worded in the run's language here: serde carries text (#16).
                let message = crate::i18n::msg!("case-decimal-unquoted", value = v.to_string());
                Err(E::custom(message.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

/// A cell with its span in the case file.
pub type RawCell = Spanned<CellText>;

/// A row's `cells = { actual = "表1!E14", … }` (#16): where each value stood in the input it
/// was imported from, by case-file key. A table: the order its keys are held in (written
/// order when the importer hands it on, the keys' order when a file is read) is not part of
/// it, and two compare and print alike whatever their order. The keys the case format knows
/// are kept without a copy, and each place is shared with the validated case: a file of
/// 10,000 forms holds about 800,000 of them (#15).
#[derive(Clone, Default)]
pub struct RawPlaces(pub Vec<(Cow<'static, str>, FormPlace)>);

impl RawPlaces {
    /// The places in the order of their keys.
    fn sorted(&self) -> Vec<(&str, &FormPlace)> {
        let mut sorted: Vec<(&str, &FormPlace)> = self.0.iter().map(|(k, v)| (&**k, v)).collect();
        sorted.sort_unstable();
        sorted
    }
}

impl PartialEq for RawPlaces {
    fn eq(&self, other: &RawPlaces) -> bool {
        self.sorted() == other.sorted()
    }
}

impl Eq for RawPlaces {}

impl std::fmt::Debug for RawPlaces {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.sorted()).finish()
    }
}

/// Every key a `cells` table of the case format may name, in any table.
const PLACE_KEYS: [&str; 16] = [
    "label",
    "initial_budget",
    "full_year_budget",
    "spent",
    "points",
    "rate",
    "score",
    "level1",
    "level2",
    "level3",
    "nature",
    "target",
    "actual",
    "completion",
    "deduction",
    "deviation",
];

impl RawPlaces {
    /// A key as kept: the case format's own without a copy.
    pub fn key(name: &str) -> Cow<'static, str> {
        match PLACE_KEYS.iter().find(|k| **k == name) {
            Some(k) => Cow::Borrowed(k),
            None => Cow::Owned(name.to_owned()),
        }
    }
}

impl<'de> Deserialize<'de> for RawPlaces {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Read as the table it is written as, so its errors and its order are a table's.
        let table = std::collections::BTreeMap::<String, String>::deserialize(d)?;
        Ok(RawPlaces(
            table
                .into_iter()
                .map(|(k, v)| (RawPlaces::key(&k), FormPlace::read(&v)))
                .collect(),
        ))
    }
}

/// The whole case file.
#[derive(Debug, Deserialize)]
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
    /// 原因/说明 where the template has that column (the Sichuan form's 原因): why the budget
    /// was adjusted or execution fell short, as written.
    #[serde(default)]
    pub reason: Option<RawCell>,
    /// Where each value stood in the workbook or document it was imported from (#16):
    /// `cells = { actual = "表1!E14" }`, keys as in this table.
    #[serde(default)]
    pub cells: Option<Spanned<RawPlaces>>,
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
    /// 完成情况 (`已完成`, `未完成`) where the template has that column: on a form without
    /// points, the department's own word on the line (tester s12b N3).
    #[serde(default)]
    pub completion: Option<RawCell>,
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
    /// 评分标准: the department's own scoring rule for the line (`每降1%扣1分`), quoted in a
    /// `score-mismatch` (tester s23 D2); never scored.
    #[serde(default)]
    pub scoring: Option<RawCell>,
    /// True when this row's 分值/得分 cell is merged with the row above.
    #[serde(default)]
    pub shares_points: bool,
    /// Where each value stood in the workbook or document it was imported from (#16):
    /// `cells = { actual = "表1!E14" }`, keys as in this table.
    #[serde(default)]
    pub cells: Option<Spanned<RawPlaces>>,
}

/// `[total]`: the 总分 row.
#[derive(Debug, Default, Deserialize)]
pub struct RawTotal {
    /// Total points as written.
    #[serde(default)]
    pub points: Option<RawCell>,
    /// Total score as written.
    #[serde(default)]
    pub score: Option<RawCell>,
    /// How far the form's shown 得分 cells and total may lie from the numbers its workbook
    /// stores and added (written by `import`, tester s11 F3): the total is the sum of its
    /// lines when it differs from it by no more.
    #[serde(default)]
    pub shown_rounding: Option<RawCell>,
    /// Where each value stood in the workbook or document it was imported from (#16):
    /// `cells = { actual = "表1!E14" }`, keys as in this table.
    #[serde(default)]
    pub cells: Option<Spanned<RawPlaces>>,
}

/// `[expect]`: the accepted result of scoring this case.
#[derive(Debug, Default, Deserialize)]
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

/// What takes a case file's tables one at a time, in the order the file holds them (`[form]`,
/// `[header]`, `[[funds]]`, `[[goals]]`, `[[indicators]]`, `[total]`): the one way a form
/// written by `import::draft` is handed on (#15). Collected, they are the file's mirror
/// ([`RawCase`], [`CaseMirror`]); fed to `validate::case::Builder`, each is validated into
/// the model as it is written, so an imported form is scored without a mirror being built and
/// walked again — through the very checks a case file read from disk goes through.
pub trait CaseTables {
    /// How many rows of each array of tables will follow (handed on before `[form]`), so
    /// that what collects them can make room once.
    fn rows(&mut self, funds: usize, goals: usize, indicators: usize) {
        let _ = (funds, goals, indicators);
    }
    /// `[form]`.
    fn form(&mut self, form: RawForm);
    /// `[header]`.
    fn header(&mut self, header: Spanned<RawHeader>);
    /// A `[[funds]]` row.
    fn funds(&mut self, row: Spanned<RawFunds>);
    /// A `[[goals]]` row.
    fn goal(&mut self, row: Spanned<RawGoal>);
    /// An `[[indicators]]` row.
    fn indicator(&mut self, row: Spanned<RawIndicator>);
    /// `[total]`.
    fn total(&mut self, row: Spanned<RawTotal>);
}

/// A case file's tables collected into its mirror, as a writer hands them on
/// ([`CaseTables`]).
#[derive(Debug, Default)]
pub struct CaseMirror {
    form: RawForm,
    header: Option<Spanned<RawHeader>>,
    funds: Vec<Spanned<RawFunds>>,
    goals: Vec<Spanned<RawGoal>>,
    indicators: Vec<Spanned<RawIndicator>>,
    total: Option<Spanned<RawTotal>>,
}

impl CaseMirror {
    /// The mirror, with the notes written above the tables (a writer always hands on a
    /// `[header]`; without one the header is blank, at the file's start).
    pub fn into_case(self, notes: Vec<String>) -> RawCase {
        let header = self.header.unwrap_or_else(|| {
            Spanned::new(
                0..0,
                RawHeader {
                    title: None,
                    year: None,
                    project: Spanned::new(0..0, CellText::default()),
                    department: None,
                    unit: None,
                },
            )
        });
        RawCase {
            form: self.form,
            header,
            funds: self.funds,
            goals: self.goals,
            indicators: self.indicators,
            total: self.total,
            notes,
            expect: None,
        }
    }
}

impl CaseTables for CaseMirror {
    fn rows(&mut self, funds: usize, goals: usize, indicators: usize) {
        self.funds.reserve_exact(funds);
        self.goals.reserve_exact(goals);
        self.indicators.reserve_exact(indicators);
    }
    fn form(&mut self, form: RawForm) {
        self.form = form;
    }
    fn header(&mut self, header: Spanned<RawHeader>) {
        self.header = Some(header);
    }
    fn funds(&mut self, row: Spanned<RawFunds>) {
        self.funds.push(row);
    }
    fn goal(&mut self, row: Spanned<RawGoal>) {
        self.goals.push(row);
    }
    fn indicator(&mut self, row: Spanned<RawIndicator>) {
        self.indicators.push(row);
    }
    fn total(&mut self, row: Spanned<RawTotal>) {
        self.total = Some(row);
    }
}

/// Parses a case file's text: the fast reader for files in the layout jixiao writes
/// ([`super::fast_case`]), the TOML parser for anything else and for every error. A key the
/// format does not have is an error.
pub fn parse(text: &str) -> Result<RawCase, toml::de::Error> {
    match super::fast_case::read(text) {
        Some(raw) => Ok(raw),
        None => parse_toml(text),
    }
}

/// [`parse`], with the path of every key the format does not have instead of an error for the
/// first (the fast reader declines a file with one).
pub fn parse_reporting(
    text: &str,
) -> (
    Result<RawCase, toml::de::Error>,
    Vec<super::unknown::KeyPath>,
) {
    match super::fast_case::read(text) {
        Some(raw) => (Ok(raw), Vec::new()),
        None => super::unknown::deserialize(text),
    }
}

/// Parses a case file's text with the TOML parser only: the reference [`parse`] must agree
/// with.
pub fn parse_toml(text: &str) -> Result<RawCase, toml::de::Error> {
    super::unknown::deserialize_strict(text)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::import::draft;

    fn text(c: Option<RawCell>) -> Option<String> {
        c.map(|c| c.into_inner().0.to_string())
    }

    type Cells = std::collections::BTreeMap<String, String>;

    fn cell_map(c: Option<Spanned<RawPlaces>>) -> Cells {
        c.map(Spanned::into_inner)
            .unwrap_or_default()
            .0
            .into_iter()
            .map(|(k, v)| (k.into_owned(), v.to_string()))
            .collect()
    }

    fn cell_map_of(pairs: &[(&str, &str)]) -> Cells {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn s(v: &str) -> Option<String> {
        Some(v.to_owned())
    }

    /// Every field of a form survives draft → TOML → raw (fast reader and TOML parser alike) →
    /// model. The struct literals and destructurings here are exhaustive: a field added to the
    /// draft or to a `Raw*` type does not compile until this test shows the writer, both
    /// readers and the validator carrying it (#14 item 2). `[expect]` is written by people, not
    /// by the draft.
    #[test]
    fn every_field_round_trips_from_draft_to_model() {
        let funds_values = ["1", "2", "3", "4", "5%", "6"].map(String::from).to_vec();
        let d = draft::Draft {
            origin: "round trip".into(),
            notes: vec!["注1".into()],
            source: "src.xlsx".into(),
            index: Some(3),
            rules: s("anhui-2023"),
            constructed: true,
            incomplete: true,
            import_notes: vec!["guessed x".into()],
            title: s("项目支出绩效自评表"),
            year: s("(2023年度)"),
            project: "项目".into(),
            department: s("部门"),
            unit: s("单位"),
            funds: vec![draft::Funds {
                label: "年度资金总额:".into(),
                values: funds_values.clone(),
                columns: Vec::new(),
                reason: s("年中调减"),
                cells: vec![("spent", "表1!D5".into())],
            }],
            goals: vec![draft::Goal {
                expected: s("预期"),
                actual: s("实际"),
            }],
            indicators: vec![
                draft::Indicator {
                    level1: "产出指标".into(),
                    level2: "数量指标".into(),
                    level3: "指标1".into(),
                    nature: s("≥"),
                    target: s("≥90%"),
                    actual: s("95%"),
                    completion: s("未完成"),
                    points: s("10"),
                    score: s("9"),
                    deduction: s("1"),
                    deviation: s("偏差"),
                    scoring: s("每降1%扣1分"),
                    shares_points: false,
                    cells: vec![
                        ("actual", "表1!F13".into()),
                        ("completion", "表1!G13".into()),
                        ("score", "表1!H13".into()),
                    ],
                },
                draft::Indicator {
                    level1: "产出指标".into(),
                    level2: "数量指标".into(),
                    level3: "指标2".into(),
                    shares_points: true,
                    ..Default::default()
                },
            ],
            total: Some(draft::Total {
                points: s("100"),
                score: s("90"),
                shown_rounding: s("0.005"),
                cells: vec![("score", "表1!H30".into())],
            }),
        };
        let toml_text = d.to_toml();
        let fast = super::super::fast_case::read(&toml_text).expect("read fast");
        let full = parse_toml(&toml_text).unwrap();
        assert_eq!(format!("{fast:?}"), format!("{full:?}"));

        let RawCase {
            form,
            header,
            funds,
            goals,
            indicators,
            total,
            notes,
            expect,
        } = full;
        assert_eq!(notes, d.notes);
        assert!(expect.is_none());
        let RawForm {
            source,
            index,
            constructed,
            rules,
            incomplete,
            import_notes,
        } = form;
        assert_eq!(source, d.source);
        assert_eq!(index, d.index);
        assert_eq!(rules.map(Spanned::into_inner), d.rules);
        assert_eq!((constructed, incomplete), (d.constructed, d.incomplete));
        assert_eq!(import_notes, d.import_notes);
        let RawHeader {
            title,
            year,
            project,
            department,
            unit,
        } = header.into_inner();
        assert_eq!(
            [
                text(title),
                text(year),
                text(Some(project)),
                text(department),
                text(unit)
            ],
            [
                d.title.clone(),
                d.year.clone(),
                s(&d.project),
                d.department.clone(),
                d.unit.clone()
            ]
        );
        let [row] = <[_; 1]>::try_from(funds).unwrap();
        let RawFunds {
            label,
            initial_budget,
            full_year_budget,
            spent,
            points,
            rate,
            score,
            reason,
            cells,
        } = row.into_inner();
        assert_eq!(cell_map(cells), cell_map_of(&[("spent", "表1!D5")]));
        assert_eq!(text(reason), s("年中调减"));
        assert_eq!(text(Some(label)), s("年度资金总额:"));
        let values: Vec<Option<String>> =
            [initial_budget, full_year_budget, spent, points, rate, score]
                .into_iter()
                .map(text)
                .collect();
        assert_eq!(
            values,
            funds_values.iter().map(|v| s(v)).collect::<Vec<_>>()
        );
        let [goal] = <[_; 1]>::try_from(goals).unwrap();
        let RawGoal { expected, actual } = goal.into_inner();
        assert_eq!([text(expected), text(actual)], [s("预期"), s("实际")]);
        for (raw, want) in indicators.into_iter().zip(&d.indicators) {
            let RawIndicator {
                level1,
                level2,
                level3,
                nature,
                target,
                actual,
                completion,
                points,
                score,
                deduction,
                deviation,
                scoring,
                shares_points,
                cells,
            } = raw.into_inner();
            let draft::Indicator {
                level1: w1,
                level2: w2,
                level3: w3,
                nature: wn,
                target: wt,
                actual: wa,
                completion: wc2,
                points: wp,
                score: ws,
                deduction: wd,
                deviation: wv,
                scoring: wsc,
                shares_points: wsp,
                cells: wc,
            } = want.clone();
            let wc: Vec<(&str, String)> = wc.iter().map(|(k, v)| (*k, v.to_string())).collect();
            let wc: Vec<(&str, &str)> = wc.iter().map(|(k, v)| (*k, v.as_str())).collect();
            assert_eq!(cell_map(cells), cell_map_of(&wc));
            assert_eq!(
                [text(Some(level1)), text(Some(level2)), text(Some(level3))],
                [Some(w1), Some(w2), Some(w3)]
            );
            assert_eq!(
                [
                    text(nature),
                    text(target),
                    text(actual),
                    text(completion),
                    text(points),
                    text(score),
                    text(deduction),
                    text(deviation),
                    text(scoring)
                ],
                [wn, wt, wa, wc2, wp, ws, wd, wv, wsc]
            );
            assert_eq!(shares_points, wsp);
        }
        let RawTotal {
            points,
            score,
            shown_rounding,
            cells,
        } = total.unwrap().into_inner();
        assert_eq!(cell_map(cells), cell_map_of(&[("score", "表1!H30")]));
        assert_eq!(
            [text(points), text(score), text(shown_rounding)],
            [s("100"), s("90"), s("0.005")]
        );

        // The model carries every cell the validator reads.
        let source = crate::source::SourceFile::new("rt.toml", toml_text);
        let case = crate::validate::case::validate(&source).value.unwrap();
        assert_eq!(case.rules.map(|r| r.0), d.rules);
        assert!(case.constructed && case.incomplete);
        assert_eq!(case.guessed_notes, 1);
        assert_eq!(case.shown_rounding, rust_decimal::Decimal::new(5, 3));
        let cell = |c: &crate::model::Cell| c.text.to_string();
        assert_eq!(
            [
                cell(&case.project),
                cell(&case.department),
                cell(&case.unit),
                cell(&case.year)
            ],
            ["项目", "部门", "单位", "(2023年度)"]
        );
        let f = &case.funds[0];
        assert_eq!(
            [
                &f.initial_budget,
                &f.full_year_budget,
                &f.spent,
                &f.points,
                &f.rate,
                &f.score
            ]
            .map(|(c, _)| cell(c))
            .to_vec(),
            funds_values
        );
        assert_eq!(
            [cell(&case.goals[0].expected), cell(&case.goals[0].actual)],
            ["预期", "实际"]
        );
        let i = &case.indicators[0];
        assert_eq!(
            [
                cell(&i.level1),
                cell(&i.level2),
                cell(&i.level3),
                i.nature.as_ref().map(|n| cell(&n.0)).unwrap(),
                cell(&i.target.0),
                cell(&i.actual.0),
                cell(&i.points.0),
                cell(&i.score.0),
                i.deduction.as_ref().map(|n| cell(&n.0)).unwrap(),
                cell(&i.deviation),
            ],
            [
                "产出指标",
                "数量指标",
                "指标1",
                "≥",
                "≥90%",
                "95%",
                "10",
                "9",
                "1",
                "偏差"
            ]
        );
        let completion = i.completion.as_ref().map(|(c, claim)| (cell(c), *claim));
        assert_eq!(
            completion,
            Some(("未完成".to_owned(), crate::value::Claim::NotDone))
        );
        assert!(case.indicators[1].completion.is_none());
        assert!(!i.shares_points && case.indicators[1].shares_points);
        assert_eq!(
            [cell(&case.total_points.0), cell(&case.total_score.0)],
            ["100", "90"]
        );
    }
}
