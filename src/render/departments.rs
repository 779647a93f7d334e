//! The department summary (`score --by department`, and the xlsx report's 部门汇总 sheet):
//! per 主管部门, how many forms, Σ 全年预算数(A) and Σ 全年执行数(B), the execution rate ΣB/ΣA,
//! the plain and the budget-weighted average total, grade counts and findings by code. Built
//! case by case ([`Departments::add`]), so a streamed output keeps only one row per
//! department, never the outcomes.
//!
//! A 主管部门 is grouped by its name with a leading budget-system code set aside
//! ([`split_code`]): `301-某县交通运输局` and `某县交通运输局` are one department, shown by the
//! name with its codes listed, and a note under the table says which spellings were merged
//! (tester F10). `某局本级` stays apart from `某局` (the department's own budget unit, not the
//! whole department): the note only says that the two look alike.

use crate::i18n::{Message, msg};
use crate::outcome::{Outcome, Severity};
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};
use std::sync::Arc;

/// How `score` groups its summary (`--by`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    /// One row per 主管部门 (supervising department).
    Department,
}

/// The name a form without a 主管部门 is counted under.
pub const NO_DEPARTMENT: &str = "(未填主管部门)";

/// Grades in the order reports list them; other grade names follow in the order first met.
const GRADE_ORDER: [&str; 4] = ["优", "良", "中", "差"];

/// What one form adds to its department's row: taken from an outcome on the worker that
/// scored it, so the outcome itself can be dropped.
#[derive(Debug, Clone)]
pub struct FormFigures {
    department: Arc<str>,
    budget: Option<Decimal>,
    spent: Option<Decimal>,
    total: Option<Decimal>,
    partial: bool,
    grade: Option<String>,
    severities: [usize; 3],
    codes: Vec<&'static str>,
}

impl FormFigures {
    /// The figures of one outcome.
    pub fn of(o: &Outcome) -> FormFigures {
        let mut severities = [0; 3];
        for f in &o.findings {
            severities[severity_slot(f.severity)] += 1;
        }
        FormFigures {
            department: o.department.clone(),
            budget: o.execution.budget,
            spent: o.execution.spent,
            total: o.total,
            partial: o.partial,
            grade: o.grade.clone(),
            severities,
            codes: o.findings.iter().map(|f| f.code.as_str()).collect(),
        }
    }
}

fn severity_slot(s: Severity) -> usize {
    match s {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    }
}

/// One department's row.
#[derive(Debug, Clone, Serialize)]
pub struct Department {
    /// 主管部门 with any leading budget-system code set aside ([`split_code`];
    /// [`NO_DEPARTMENT`] when blank).
    pub department: Arc<str>,
    /// The budget-system codes its forms wrote before the name (`301` of
    /// `301-某县交通运输局`), in the order met. Absent from JSON when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Arc<str>>,
    /// The spellings merged into this row, as written, in the order met, when there is more
    /// than one (`301-某县交通运输局` and `某县交通运输局`). Absent from JSON otherwise.
    #[serde(skip_serializing_if = "one_or_none")]
    pub spellings: Vec<Arc<str>>,
    /// Another department whose name this one's is with `本级` added (`某局本级` beside
    /// `某局`): counted apart, as a different unit, but said to look alike. Absent from JSON
    /// when none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub looks_like: Option<Arc<str>>,
    /// Forms.
    pub forms: usize,
    /// Σ 全年预算数(A), 万元, over the forms that give both A and B (none if the sum
    /// overflowed).
    pub budget: Option<Decimal>,
    /// Σ 全年执行数(B), 万元, over the same forms.
    pub spent: Option<Decimal>,
    /// Forms left out of the sums because A or B is blank or unreadable.
    pub without_amounts: usize,
    /// ΣB / ΣA in percent, rounded to 2 places; none when ΣA is 0.
    pub execution_rate: Option<Decimal>,
    /// Forms whose total is only a partial sum (cut short, actuals never filled): left out of
    /// both averages, counted with the ungraded (F6). Absent from JSON when 0.
    #[serde(skip_serializing_if = "is_zero")]
    pub partial: usize,
    /// Mean total of the forms that have a whole one (a form with no points has none, a
    /// partial sum is none), 2 places.
    pub average: Option<Decimal>,
    /// Σ(total × A) / ΣA over the forms with a whole total and a budget A above 0, 2 places.
    pub weighted_average: Option<Decimal>,
    /// Forms per grade, 优 良 中 差 first.
    #[serde(serialize_with = "as_map")]
    pub grades: Vec<(String, usize)>,
    /// Forms with no grade.
    pub ungraded: usize,
    /// Findings of error, warning and info severity.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
    /// Findings per code, most frequent first.
    #[serde(serialize_with = "as_map")]
    pub findings: Vec<(&'static str, usize)>,
}

fn one_or_none<T>(v: &[T]) -> bool {
    v.len() < 2
}

/// A 主管部门 as written split into the budget-system code it starts with, if any, and its
/// name: `301-某县交通运输局`, `301－某县交通运输局` and `301 某县交通运输局` give
/// `(Some("301"), "某县交通运输局")`. The code is digits (ASCII or full-width) followed by a
/// `-`, `－` or space; a name that is only digits, or digits followed by other text
/// (`2023年…`), has no code.
pub fn split_code(written: &str) -> (Option<&str>, &str) {
    let written = written.trim();
    let digits = written
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || ('０'..='９').contains(c)))
        .map_or(written.len(), |(i, _)| i);
    let rest = &written[digits..];
    let name = rest.trim_start_matches(['-', '－', ' ', '\u{3000}']);
    if digits == 0 || name.len() == rest.len() || name.trim().is_empty() {
        return (None, written);
    }
    (Some(&written[..digits]), name.trim())
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

fn as_map<S: Serializer, K: Serialize>(v: &[(K, usize)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(v.iter().map(|(k, n)| (k, n)))
}

/// Sums kept while forms are added.
#[derive(Debug, Clone, Default)]
struct Sums {
    scored: usize,
    totals: Option<Decimal>,
    weighted: Option<Decimal>,
    weights: Option<Decimal>,
}

/// Department rows in the order their first form came.
#[derive(Debug, Clone, Default)]
pub struct Departments {
    rows: Vec<(Department, Sums)>,
    index: std::collections::HashMap<Arc<str>, usize>,
}

fn add_to(sum: &mut Option<Decimal>, d: Decimal) {
    *sum = sum.and_then(|s| s.checked_add(d));
}

impl Departments {
    /// Adds one form.
    pub fn add(&mut self, f: &FormFigures) {
        let written = f.department.trim();
        let (code, name) = split_code(written);
        // A space typed inside the name (`某县 交通运输局`) is no other department (tester
        // s11 F13): names are compared without white space, and the spelling noted as merged.
        let name: Arc<str> = match name {
            "" => Arc::from(NO_DEPARTMENT),
            n if n.contains(char::is_whitespace) => {
                Arc::from(n.chars().filter(|c| !c.is_whitespace()).collect::<String>())
            }
            n if n.len() == f.department.len() => f.department.clone(),
            n => Arc::from(n),
        };
        let at = *self.index.entry(name.clone()).or_insert_with(|| {
            self.rows.push((empty_row(name), Sums::new()));
            self.rows.len() - 1
        });
        let Some((row, sums)) = self.rows.get_mut(at) else {
            return;
        };
        if let Some(code) = code.filter(|c| !row.codes.iter().any(|k| &**k == *c)) {
            row.codes.push(Arc::from(code));
        }
        if !written.is_empty() && !row.spellings.iter().any(|s| &**s == written) {
            row.spellings.push(Arc::from(written));
        }
        row.forms += 1;
        match (f.budget, f.spent) {
            (Some(a), Some(b)) => {
                add_to(&mut row.budget, a);
                add_to(&mut row.spent, b);
            }
            _ => row.without_amounts += 1,
        }
        if f.partial {
            row.partial += 1;
        }
        if let Some(t) = f.total.filter(|_| !f.partial) {
            sums.scored += 1;
            add_to(&mut sums.totals, t);
            if let Some(a) = f.budget.filter(|a| *a > Decimal::ZERO) {
                match t.checked_mul(a) {
                    Some(ta) => add_to(&mut sums.weighted, ta),
                    None => sums.weighted = None,
                }
                add_to(&mut sums.weights, a);
            }
        }
        match &f.grade {
            Some(g) => match row.grades.iter_mut().find(|(n, _)| n == g) {
                Some((_, n)) => *n += 1,
                None => row.grades.push((g.clone(), 1)),
            },
            None => row.ungraded += 1,
        }
        row.errors += f.severities[0];
        row.warnings += f.severities[1];
        row.infos += f.severities[2];
        for code in &f.codes {
            match row.findings.iter_mut().find(|(c, _)| c == code) {
                Some((_, n)) => *n += 1,
                None => row.findings.push((code, 1)),
            }
        }
    }

    /// Adds one outcome.
    pub fn add_outcome(&mut self, o: &Outcome) {
        self.add(&FormFigures::of(o));
    }

    /// Every department's finished row, in the order their first form came.
    pub fn rows(&self) -> Vec<Department> {
        let mut rows: Vec<Department> = self
            .rows
            .iter()
            .map(|(row, sums)| finish(row, sums))
            .collect();
        for row in &mut rows {
            row.looks_like = ["（本级）", "(本级)", "本级"]
                .iter()
                .find_map(|s| row.department.strip_suffix(s))
                .and_then(|parent| self.index.get_key_value(parent.trim()))
                .map(|(parent, _)| parent.clone());
        }
        rows
    }

    /// The rows of a list of outcomes.
    pub fn of(outcomes: &[Outcome]) -> Vec<Department> {
        let mut d = Departments::default();
        for o in outcomes {
            d.add_outcome(o);
        }
        d.rows()
    }

    /// Whether no form was added.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

impl Sums {
    fn new() -> Sums {
        Sums {
            scored: 0,
            totals: Some(Decimal::ZERO),
            weighted: Some(Decimal::ZERO),
            weights: Some(Decimal::ZERO),
        }
    }
}

fn empty_row(department: Arc<str>) -> Department {
    Department {
        department,
        codes: Vec::new(),
        spellings: Vec::new(),
        looks_like: None,
        forms: 0,
        budget: Some(Decimal::ZERO),
        spent: Some(Decimal::ZERO),
        without_amounts: 0,
        partial: 0,
        execution_rate: None,
        average: None,
        weighted_average: None,
        grades: Vec::new(),
        ungraded: 0,
        errors: 0,
        warnings: 0,
        infos: 0,
        findings: Vec::new(),
    }
}

/// `n / d` rounded half up to 2 places; none when `d` is 0 or the quotient does not fit.
fn ratio(n: Option<Decimal>, d: Option<Decimal>) -> Option<Decimal> {
    let (n, d) = (n?, d?);
    if d.is_zero() {
        return None;
    }
    n.checked_div(d).map(|q| {
        q.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            .normalize()
    })
}

fn finish(row: &Department, sums: &Sums) -> Department {
    let mut row = row.clone();
    let hundred_b = row.spent.and_then(|b| b.checked_mul(Decimal::ONE_HUNDRED));
    let counted = row.forms - row.without_amounts;
    row.execution_rate = if counted == 0 {
        None
    } else {
        ratio(hundred_b, row.budget)
    };
    row.budget = row.budget.map(|d| d.normalize());
    row.spent = row.spent.map(|d| d.normalize());
    row.average = ratio(sums.totals, Some(Decimal::from(sums.scored)));
    row.weighted_average = ratio(sums.weighted, sums.weights);
    let rank = |g: &str| GRADE_ORDER.iter().position(|k| *k == g).unwrap_or(4);
    row.grades.sort_by_key(|(g, _)| rank(g));
    row.findings
        .sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    row
}

/// A department's name as the tables show it: with the codes its forms wrote before it
/// (`某县交通运输局（代码 301）`), or as it is when they wrote none.
pub fn shown_name(row: &Department) -> String {
    with_codes(&row.department, row)
}

/// A 主管部门 as written, shown as the department table shows it: `412-某县水利局` as
/// `某县水利局（代码 412）` (tester s7 F13: the HTML summary showed one, the department table
/// the other).
pub fn written_name(written: &str) -> String {
    match split_code(written) {
        (Some(code), name) => {
            msg!("departments-name-with-codes", name = name, codes = code).to_string()
        }
        (None, _) => written.to_owned(),
    }
}

/// `name` (the row's name, perhaps shortened for a narrow column) with the row's codes.
pub fn with_codes(name: &str, row: &Department) -> String {
    if row.codes.is_empty() {
        return name.to_owned();
    }
    msg!(
        "departments-name-with-codes",
        name = name,
        codes = row.codes.join("、")
    )
    .to_string()
}

/// The lines under a department summary that say how names were grouped: spellings merged
/// because they differ only by a leading code, and names that look alike but were counted
/// apart (`某局本级` beside `某局`).
pub fn grouping_notes(rows: &[Department]) -> Vec<String> {
    let quoted = |v: &[Arc<str>]| {
        v.iter()
            .map(|s| msg!("departments-quoted", text = &**s).to_string())
            .collect::<Vec<_>>()
            .join("、")
    };
    let mut notes = Vec::new();
    for r in rows.iter().filter(|r| r.spellings.len() > 1) {
        notes.push(
            msg!(
                "departments-spellings-merged",
                name = &*r.department,
                count = r.spellings.len(),
                spellings = quoted(&r.spellings)
            )
            .to_string(),
        );
    }
    // Two budget codes under one name: one department written with a wrong code, or two
    // units of the same name (tester s11b G6); counted as one, and said so to be checked.
    for r in rows.iter().filter(|r| r.codes.len() > 1) {
        notes.push(
            msg!(
                "departments-codes-differ",
                name = &*r.department,
                codes = crate::i18n::list(r.codes.iter().map(|c| Message::verbatim(&**c)))
            )
            .to_string(),
        );
    }
    for r in rows {
        if let Some(parent) = &r.looks_like {
            notes.push(
                msg!(
                    "departments-look-alike",
                    unit = &*r.department,
                    parent = &**parent
                )
                .to_string(),
            );
        }
    }
    notes
}

/// The grade names of a set of rows, 优 良 中 差 first, then others in the order met.
pub fn grade_names(rows: &[Department]) -> Vec<String> {
    let mut names: Vec<String> = GRADE_ORDER.iter().map(|g| (*g).to_owned()).collect();
    for r in rows {
        for (g, _) in &r.grades {
            if !names.contains(g) {
                names.push(g.clone());
            }
        }
    }
    names
}

/// How many forms of a row have a grade.
pub fn grade_count(row: &Department, grade: &str) -> usize {
    row.grades
        .iter()
        .find(|(g, _)| g == grade)
        .map_or(0, |(_, n)| *n)
}

/// Findings per kind as text, in the run's language (`自评得分与计算得分不一致 ×3；指标不适用
/// ×2`; English `score-mismatch ×3, not-applicable ×2`).
pub fn findings_text(row: &Department) -> String {
    super::labels::finding_counts(&row.findings)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn form(
        dep: &str,
        a: Option<&str>,
        b: Option<&str>,
        total: Option<&str>,
        g: Option<&str>,
    ) -> FormFigures {
        FormFigures {
            department: Arc::from(dep),
            budget: a.map(d),
            spent: b.map(d),
            total: total.map(d),
            partial: false,
            grade: g.map(str::to_owned),
            severities: [1, 0, 2],
            codes: vec!["score-mismatch", "not-applicable", "not-applicable"],
        }
    }

    #[test]
    fn sums_rates_and_budget_weighted_averages_per_department() {
        let mut ds = Departments::default();
        ds.add(&form(
            "甲局",
            Some("100"),
            Some("90"),
            Some("90"),
            Some("优"),
        ));
        ds.add(&form("乙局", Some("10"), Some("5"), Some("60"), Some("中")));
        ds.add(&form(
            "甲局",
            Some("300"),
            Some("150"),
            Some("70"),
            Some("中"),
        ));
        // No points: no total, no grade; its money still counts.
        ds.add(&form("甲局", Some("100"), Some("100"), None, None));
        // No amounts: left out of the sums and the weighting, counted.
        ds.add(&form("甲局", None, Some("1"), Some("100"), Some("优")));
        ds.add(&form(" ", Some("1"), Some("1"), Some("50"), Some("差")));
        let rows = ds.rows();
        assert_eq!(rows.len(), 3);
        let a = &rows[0];
        assert_eq!(&*a.department, "甲局");
        assert_eq!(a.forms, 4);
        assert_eq!((a.budget, a.spent), (Some(d("500")), Some(d("340"))));
        assert_eq!(a.without_amounts, 1);
        assert_eq!(a.execution_rate, Some(d("68")));
        // (90 + 70 + 100) / 3
        assert_eq!(a.average, Some(d("86.67")));
        // (90×100 + 70×300) / 400 = 75
        assert_eq!(a.weighted_average, Some(d("75")));
        assert_eq!(a.grades, vec![("优".to_owned(), 2), ("中".to_owned(), 1)]);
        assert_eq!(a.ungraded, 1);
        assert_eq!((a.errors, a.warnings, a.infos), (4, 0, 8));
        assert_eq!(
            a.findings,
            vec![("not-applicable", 8), ("score-mismatch", 4)]
        );
        assert_eq!(&*rows[2].department, NO_DEPARTMENT);
        let json = serde_json::to_value(&rows[1]).unwrap();
        assert_eq!(json["grades"], serde_json::json!({"中": 1}));
        assert_eq!(json["execution_rate"], serde_json::json!(50));
    }

    #[test]
    fn a_department_without_budgets_has_no_rate_nor_weighted_average() {
        let mut ds = Departments::default();
        ds.add(&form("甲局", Some("0"), Some("0"), Some("80"), Some("良")));
        ds.add(&form("甲局", None, None, Some("90"), Some("优")));
        let row = &ds.rows()[0];
        assert_eq!(row.execution_rate, None);
        assert_eq!(row.weighted_average, None);
        assert_eq!(row.average, Some(d("85")));
    }

    /// The tester's F10: `301-某县交通运输局` and `某县交通运输局` were two departments, each
    /// with half the forms and money. One row now, under the name, with the code listed and
    /// the merge said; `某县交通运输局本级` stays apart, said to look alike.
    #[test]
    fn a_leading_budget_code_is_set_aside_when_grouping() {
        assert_eq!(
            split_code("301-某县交通运输局"),
            (Some("301"), "某县交通运输局")
        );
        assert_eq!(split_code(" ２１９－某镇 "), (Some("２１９"), "某镇"));
        assert_eq!(split_code("219 某镇"), (Some("219"), "某镇"));
        assert_eq!(split_code("2023年某局"), (None, "2023年某局"));
        assert_eq!(split_code("301-"), (None, "301-"));
        assert_eq!(split_code("某局"), (None, "某局"));
        let mut ds = Departments::default();
        ds.add(&form(
            "301-某县交通运输局",
            Some("200"),
            Some("180"),
            Some("90"),
            Some("优"),
        ));
        ds.add(&form(
            "某县交通运输局",
            Some("200"),
            Some("180"),
            Some("80"),
            Some("良"),
        ));
        ds.add(&form(
            "某县交通运输局本级",
            Some("1"),
            Some("1"),
            Some("70"),
            Some("中"),
        ));
        let rows = ds.rows();
        assert_eq!(rows.len(), 2);
        let r = &rows[0];
        assert_eq!(&*r.department, "某县交通运输局");
        assert_eq!(
            (r.forms, r.budget, r.average),
            (2, Some(d("400")), Some(d("85")))
        );
        assert_eq!(r.codes, vec![Arc::from("301")]);
        assert_eq!(shown_name(r), "某县交通运输局 (code 301)");
        assert_eq!(rows[1].looks_like.as_deref(), Some("某县交通运输局"));
        assert_eq!(shown_name(&rows[1]), "某县交通运输局本级");
        let notes = grouping_notes(&rows);
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert!(
            notes[0].contains("2 spellings")
                && notes[0].contains("`301-某县交通运输局`、`某县交通运输局`"),
            "{notes:?}"
        );
        assert!(
            notes[1].contains("`某县交通运输局本级` and `某县交通运输局` look alike"),
            "{notes:?}"
        );
        let json = serde_json::to_value(&rows[0]).unwrap();
        assert_eq!(json["codes"], serde_json::json!(["301"]));
        assert_eq!(json["spellings"].as_array().map(Vec::len), Some(2));
        let json = serde_json::to_value(&rows[1]).unwrap();
        assert_eq!(json.get("codes"), None);
        assert_eq!(json.get("spellings"), None);
        assert_eq!(json["looks_like"], "某县交通运输局");
    }

    /// Tester s11 F13: a space typed inside the name is the same department (its spelling
    /// said as merged), and `某局（本级）` looks like `某局` as `某局本级` does.
    #[test]
    fn a_space_inside_the_name_is_the_same_department() {
        let mut ds = Departments::default();
        for dep in [
            "某县交通运输局",
            "某县 交通运输局",
            "某县交通运输局（本级）",
        ] {
            ds.add(&form(dep, Some("10"), Some("9"), Some("90"), Some("优")));
        }
        let rows = ds.rows();
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert_eq!((&*rows[0].department, rows[0].forms), ("某县交通运输局", 2));
        assert_eq!(rows[0].spellings.len(), 2);
        assert_eq!(rows[1].looks_like.as_deref(), Some("某县交通运输局"));
    }

    /// Tester s11b G6: one name under two budget codes is counted as one department and said
    /// to be checked.
    #[test]
    fn two_codes_under_one_name_are_said() {
        let mut ds = Departments::default();
        for dep in ["301-某县交通运输局", "302-某县交通运输局"] {
            ds.add(&form(dep, Some("10"), Some("9"), Some("90"), Some("优")));
        }
        let rows = ds.rows();
        assert_eq!(rows.len(), 1);
        let notes = grouping_notes(&rows);
        assert!(
            notes
                .iter()
                .any(|n| n.contains("(301, 302)") || n.contains("（301、302）")),
            "{notes:?}"
        );
    }
}
