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
//!
//! Names are kept as written and grouped by one folded key (s21 D1,
//! `import::traditional::name_key`): `麗江市自然資源和規劃局` and `丽江市自然资源和规划局` are one
//! row, shown as first written, with a note. Two copies of one form (the same
//! [`crate::outcome::CopyKey`]: a Word file and its web page's text cut short, s21 D3) are
//! counted once, the more complete one ([`crate::outcome::Completeness`]; the first read when
//! alike), and the note under the table names the copy left out and the one kept.

use crate::i18n::{Message, msg};
use crate::outcome::{Completeness, CopyGroup, CopyOf, Outcome, Severity, Versions};
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
    /// Which form's copy it is, how complete, and the form as outputs name it.
    /// Boxed: most forms have one, and every streamed part carries its figures.
    copy: Option<Box<(CopyOf, Completeness, Message)>>,
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
            copy: (o.copy.clone())
                .map(|copy| Box::new((copy, Completeness::of(o), o.shown_message()))),
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
    /// Copies of a form counted once (s21 D3): for each, the copy counted and those left out,
    /// as the outputs name them. Absent from JSON when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub copies: Vec<CountedOnce>,
}

/// One form read more than once, counted once in its department's row.
#[derive(Debug, Clone, Serialize)]
pub struct CountedOnce {
    /// The copy counted: the most complete; of equals the first read, but of versions with
    /// figures of their own the last read (s24).
    pub counted: String,
    /// The copies left out, in the order read.
    pub left_out: Vec<String>,
    /// Some of the copies are versions of the form with figures of their own (a corrected
    /// form sent again, `revised-form`), not copies alike or cut short (s24). Absent from
    /// JSON when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub revised: bool,
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
    /// Row by the folded key of its name ([`crate::import::traditional::name_key`]).
    index: std::collections::HashMap<Arc<str>, usize>,
    /// The copy of each form counted, by its group ([`CopyGroup`]): an index into `counted`.
    copies: std::collections::HashMap<CopyGroup, usize>,
    /// The copies counted, in the order their forms were first read, with those left out.
    counted: Vec<Counted>,
}

/// The copy of a form a summary counts, and the copies of it left out.
#[derive(Debug, Clone)]
struct Counted {
    figures: FormFigures,
    versions: Versions,
    left_out: Vec<Message>,
    /// Some copy met is a version with figures of its own.
    revised: bool,
}

fn add_to(sum: &mut Option<Decimal>, d: Decimal) {
    *sum = sum.and_then(|s| s.checked_add(d));
}

/// Adds `d` to `sum`, or takes it away when `remove`.
fn step(sum: &mut Option<Decimal>, d: Decimal, remove: bool) {
    match remove {
        false => add_to(sum, d),
        true => *sum = sum.and_then(|s| s.checked_sub(d)),
    }
}

/// Adds one to `n`, or takes one away when `remove`.
fn count(n: &mut usize, remove: bool) {
    match remove {
        false => *n += 1,
        true => *n = n.saturating_sub(1),
    }
}

/// Adds one to the count of `key` in `counts`, or takes one away (the entry gone at 0).
fn count_in<K: PartialEq + Clone>(counts: &mut Vec<(K, usize)>, key: &K, remove: bool) {
    match counts.iter().position(|(k, _)| k == key) {
        Some(at) => {
            if let Some((_, n)) = counts.get_mut(at) {
                count(n, remove);
                if *n == 0 {
                    counts.remove(at);
                }
            }
        }
        None if !remove => counts.push((key.clone(), 1)),
        None => {}
    }
}

impl Departments {
    /// Adds one form; a second copy of a form already added ([`CopyGroup`]: a copy of it, or
    /// a version with other figures) is counted instead of it when [`Versions::meet`] says
    /// so — more complete, or the later version of two alike in completeness — else left
    /// out, and said under the table either way.
    pub fn add(&mut self, f: &FormFigures) {
        let Some((copy, completeness, form)) = f.copy.as_deref() else {
            self.apply(f, false);
            return;
        };
        let group = copy.group();
        let Some(&at) = self.copies.get(&group) else {
            self.copies.insert(group, self.counted.len());
            self.counted.push(Counted {
                figures: f.clone(),
                versions: Versions::new(copy, *completeness),
                left_out: Vec::new(),
                revised: false,
            });
            self.apply(f, false);
            return;
        };
        let Some(counted) = self.counted.get_mut(at) else {
            return;
        };
        let met = counted.versions.meet(copy, *completeness);
        counted.revised |= met.revised;
        if !met.counted {
            counted.left_out.push(form.clone());
            return;
        }
        let old = std::mem::replace(&mut counted.figures, f.clone());
        if let Some((_, _, name)) = old.copy.as_deref() {
            counted.left_out.push(name.clone());
        }
        self.apply(&old, true);
        self.apply(f, false);
    }

    /// The row of a 主管部门 as written, made when it is the first of its name.
    fn row_of(&mut self, department: &Arc<str>) -> usize {
        let written = department.trim();
        let (_, name) = split_code(written);
        // A space typed inside the name (`某县 交通运输局`) is no other department (tester
        // s11 F13): names are compared without white space, and the spelling noted as merged.
        let name: Arc<str> = match name {
            "" => Arc::from(NO_DEPARTMENT),
            n if n.contains(char::is_whitespace) => {
                Arc::from(n.chars().filter(|c| !c.is_whitespace()).collect::<String>())
            }
            n if n.len() == department.len() => department.clone(),
            n => Arc::from(n),
        };
        // Grouped by the name folded to one script, shown as first written (s21 D1).
        let key: Arc<str> = match crate::import::traditional::name_key(&name) {
            std::borrow::Cow::Borrowed(_) => name.clone(),
            std::borrow::Cow::Owned(k) => Arc::from(k),
        };
        *self.index.entry(key).or_insert_with(|| {
            self.rows.push((empty_row(name), Sums::new()));
            self.rows.len() - 1
        })
    }

    /// Adds one form's figures to its row, or takes them away (`remove`: a copy of a form
    /// left out for a more complete one).
    fn apply(&mut self, f: &FormFigures, remove: bool) {
        let written = f.department.trim();
        let (code, _) = split_code(written);
        let at = self.row_of(&f.department);
        let Some((row, sums)) = self.rows.get_mut(at) else {
            return;
        };
        if let Some(code) = code.filter(|c| !row.codes.iter().any(|k| &**k == *c)) {
            row.codes.push(Arc::from(code));
        }
        if !written.is_empty() && !row.spellings.iter().any(|s| &**s == written) {
            row.spellings.push(Arc::from(written));
        }
        count(&mut row.forms, remove);
        match (f.budget, f.spent) {
            (Some(a), Some(b)) => {
                step(&mut row.budget, a, remove);
                step(&mut row.spent, b, remove);
            }
            _ => count(&mut row.without_amounts, remove),
        }
        if f.partial {
            count(&mut row.partial, remove);
        }
        if let Some(t) = f.total.filter(|_| !f.partial) {
            count(&mut sums.scored, remove);
            step(&mut sums.totals, t, remove);
            if let Some(a) = f.budget.filter(|a| *a > Decimal::ZERO) {
                match t.checked_mul(a) {
                    Some(ta) => step(&mut sums.weighted, ta, remove),
                    None => sums.weighted = None,
                }
                step(&mut sums.weights, a, remove);
            }
        }
        match &f.grade {
            Some(g) => count_in(&mut row.grades, g, remove),
            None => count(&mut row.ungraded, remove),
        }
        let severities = [&mut row.errors, &mut row.warnings, &mut row.infos];
        for (n, by) in severities.into_iter().zip(f.severities) {
            *n = match remove {
                false => *n + by,
                true => n.saturating_sub(by),
            };
        }
        for code in &f.codes {
            count_in(&mut row.findings, code, remove);
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
        for counted in self.counted.iter().filter(|c| !c.left_out.is_empty()) {
            let Some((_, _, name)) = counted.figures.copy.as_deref() else {
                continue;
            };
            let at = self.index.get(&*row_key(&counted.figures.department));
            if let Some(row) = at.and_then(|&at| rows.get_mut(at)) {
                row.copies.push(CountedOnce {
                    counted: name.to_string(),
                    left_out: counted.left_out.iter().map(Message::to_string).collect(),
                    revised: counted.revised,
                });
            }
        }
        let shown: Vec<Arc<str>> = rows.iter().map(|r| r.department.clone()).collect();
        for row in &mut rows {
            let key = crate::import::traditional::name_key(&row.department);
            row.looks_like = ["（本级）", "(本级)", "本级"]
                .iter()
                .find_map(|s| key.strip_suffix(s))
                .and_then(|parent| self.index.get(&*row_key(parent)))
                .and_then(|&at| shown.get(at))
                .cloned();
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

/// The key of the row a 主管部门 as written is counted in, as [`Departments::row_of`] makes
/// it.
fn row_key(department: &str) -> String {
    let (_, name) = split_code(department.trim());
    let name: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    match name.as_str() {
        "" => NO_DEPARTMENT.to_owned(),
        n => crate::import::traditional::name_key(n).into_owned(),
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
        copies: Vec::new(),
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
        // Spellings apart by more than a code and spaces differ in script (s21 D1).
        let bare = |s: &str| -> String {
            (split_code(s).1.chars())
                .filter(|c| !c.is_whitespace())
                .collect()
        };
        let first = r.spellings.first().map(|s| bare(s));
        let (name, count, spellings) = (&*r.department, r.spellings.len(), quoted(&r.spellings));
        let note = match r.spellings.iter().all(|s| Some(bare(s)) == first) {
            true => msg!(
                "departments-spellings-merged",
                name = name,
                count = count,
                spellings = spellings
            ),
            false => msg!(
                "departments-spellings-merged-script",
                name = name,
                count = count,
                spellings = spellings
            ),
        };
        notes.push(note.to_string());
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
    // One form read twice, counted once (s21 D3); versions of one form, counted once (s24).
    for r in rows {
        for c in &r.copies {
            let (name, counted, count) = (&*r.department, &*c.counted, c.left_out.len() + 1);
            let left_out =
                crate::i18n::list(c.left_out.iter().map(|s| Message::verbatim(s.as_str())));
            let note = match c.revised {
                false => msg!(
                    "departments-copies-counted-once",
                    name = name,
                    counted = counted,
                    count = count - 1,
                    left_out = left_out
                ),
                true => msg!(
                    "departments-versions-counted-once",
                    name = name,
                    counted = counted,
                    count = count,
                    left_out = left_out
                ),
            };
            notes.push(note.to_string());
        }
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
    use crate::outcome::CopyKey;

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
            copy: None,
        }
    }

    /// A copy of one form (the same [`CopyKey`]), `whole` or cut short, named `name`.
    fn copy(dep: &str, whole: bool, grade: Option<&str>, name: &str) -> FormFigures {
        let key = CopyKey::new(
            "委托业务项目",
            "某镇",
            Some(2022),
            Some(d("90")),
            Some(d("89.974")),
        );
        let mut f = form(dep, Some("90"), Some("89.974"), Some("90"), grade);
        f.partial = !whole;
        let c = Completeness::new(whole, 9, whole);
        let print = u64::from(whole);
        f.copy = key.map(|key| Box::new((CopyOf { key, print }, c, Message::verbatim(name))));
        f
    }

    /// s24: a form sent again with other figures (its A and B too) is counted once, the
    /// later version, and the note says they are versions; a form of another year is another.
    #[test]
    fn a_corrected_form_sent_again_is_counted_once_the_later() {
        let version = |spent: &str, year: i64, total: &str, name: &str| {
            let key = CopyKey::new(
                "委托业务项目",
                "某镇",
                Some(year),
                Some(d("90")),
                Some(d(spent)),
            );
            let mut f = form(
                "某镇人民政府",
                Some("90"),
                Some(spent),
                Some(total),
                Some("优"),
            );
            let c = Completeness::new(true, 9, true);
            let print = u64::try_from(year).unwrap_or_default() * 1000 + total.len() as u64;
            f.copy = key.map(|key| Box::new((CopyOf { key, print }, c, Message::verbatim(name))));
            f
        };
        let mut ds = Departments::default();
        ds.add(&version("80", 2022, "90", "first.xlsx"));
        ds.add(&version("89.974", 2022, "95.5", "corrected.xlsx"));
        ds.add(&version("70", 2021, "80", "last-year.xlsx"));
        let rows = ds.rows();
        let r = &rows[0];
        assert_eq!(r.forms, 2);
        assert_eq!(r.spent, Some(d("159.974")));
        assert_eq!(r.copies.len(), 1);
        assert_eq!(r.copies[0].counted, "corrected.xlsx");
        assert_eq!(r.copies[0].left_out, ["first.xlsx"]);
        assert!(r.copies[0].revised);
        let notes = grouping_notes(&rows);
        assert!(
            notes
                .iter()
                .any(|n| n.contains("versions of one form")
                    && n.contains("corrected.xlsx is counted")),
            "{notes:?}"
        );
    }

    /// s21 D3: the cut copy read first is taken back when the whole one comes; a copy after
    /// the whole one is left out; each said under the table. A form that only shares the
    /// department is still counted.
    #[test]
    fn a_form_read_twice_is_counted_once_the_more_complete_copy() {
        let mut ds = Departments::default();
        ds.add(&copy("219-某镇人民政府", false, None, "cut.txt"));
        ds.add(&copy("219-某镇人民政府", true, Some("优"), "whole.docx"));
        ds.add(&copy("某镇人民政府", false, None, "cut2.txt"));
        ds.add(&form(
            "某镇人民政府",
            Some("10"),
            Some("10"),
            Some("100"),
            Some("优"),
        ));
        let rows = ds.rows();
        assert_eq!(rows.len(), 1);
        let r = &rows[0];
        assert_eq!(r.forms, 2);
        assert_eq!(r.budget, Some(d("100")));
        assert_eq!(r.spent, Some(d("99.974")));
        assert_eq!((r.partial, r.ungraded), (0, 0));
        assert_eq!(r.grades, [("优".to_owned(), 2)]);
        assert_eq!(r.errors, 2);
        assert_eq!(r.findings, [("not-applicable", 4), ("score-mismatch", 2)]);
        assert_eq!(r.copies.len(), 1);
        assert_eq!(r.copies[0].counted, "whole.docx");
        assert_eq!(r.copies[0].left_out, ["cut.txt", "cut2.txt"]);
        let notes = grouping_notes(&rows);
        assert!(
            notes.iter().any(|n| n
                .contains("the more complete whole.docx is counted, cut.txt, cut2.txt are not")),
            "{notes:?}"
        );
    }

    /// s21 D1: one department in Traditional and Simplified characters is one row, shown as
    /// first written; the note says the spellings differ in script.
    #[test]
    fn a_department_in_two_scripts_is_one_row() {
        let mut ds = Departments::default();
        ds.add(&form(
            "麗江市自然資源和規劃局",
            Some("7"),
            Some("7"),
            Some("90"),
            Some("优"),
        ));
        ds.add(&form(
            "丽江市自然资源和规划局",
            Some("3"),
            Some("3"),
            Some("80"),
            Some("良"),
        ));
        ds.add(&form(
            "麗江市自然資源和規劃局本級",
            Some("1"),
            Some("1"),
            Some("80"),
            Some("良"),
        ));
        let rows = ds.rows();
        assert_eq!(rows.len(), 2);
        assert_eq!(&*rows[0].department, "麗江市自然資源和規劃局");
        assert_eq!(rows[0].forms, 2);
        assert_eq!(
            rows[1].looks_like.as_deref(),
            Some("麗江市自然資源和規劃局")
        );
        let notes = grouping_notes(&rows);
        assert!(
            notes[0].contains("differ only in Traditional and Simplified"),
            "{notes:?}"
        );
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
