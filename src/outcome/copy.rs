//! What tells the copies of one form apart from other forms (s21 D3): a department's Word file
//! and the text copied from its web page, one of them cut short, hold the same form. Not the
//! `duplicate-form` key of identical readings (`pipeline::duplicates`), which a cut copy
//! fails, but the form's identity: its project name and unit, folded to one script
//! (`import::traditional::name_key`), its year and its funds figures A and B. A form without
//! both A and B is told by every figure it holds instead (s23: the same form read twice with
//! no budget figures was counted twice in 部门汇总), the figures `duplicate-form` compares
//! ([`form_figures`]): only a form read alike is its copy. Forms that share only a department
//! never share it.

use crate::model::{Case, Number};
use rust_decimal::Decimal;

/// The identity of one form's copies. None for a form without a project name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CopyKey {
    project: Box<str>,
    unit: Box<str>,
    year: Option<i64>,
    figures: CopyFigures,
}

/// What a [`CopyKey`] compares beside the names and the year.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum CopyFigures {
    /// 全年预算数 A and 全年执行数 B: a copy cut short still has them.
    Funds { budget: Decimal, spent: Decimal },
    /// Without A or B: every figure of the form ([`form_figures`]), so that only a copy read
    /// alike shares the key.
    Form(Box<[Figure]>),
}

impl CopyKey {
    /// The key of a form with these names (as written), year and figures A and B; none
    /// without both figures (a form is not told a copy by its names alone).
    pub fn new(
        project: &str,
        unit: &str,
        year: Option<i64>,
        budget: Option<Decimal>,
        spent: Option<Decimal>,
    ) -> Option<CopyKey> {
        let figures = CopyFigures::Funds {
            budget: budget?.normalize(),
            spent: spent?.normalize(),
        };
        CopyKey::named(project, unit, year, figures)
    }

    /// The key of `case` of this year, with the A and B execution read: by A and B when it
    /// has both, else by all its figures ([`form_figures`]; s23).
    pub fn of_case(
        case: &Case,
        year: Option<i64>,
        budget: Option<Decimal>,
        spent: Option<Decimal>,
    ) -> Option<CopyKey> {
        let (project, unit) = (&case.project.text, &case.unit.text);
        match (budget, spent) {
            (Some(_), Some(_)) => CopyKey::new(project, unit, year, budget, spent),
            _ => {
                let figures = CopyFigures::Form(form_figures(case).into_boxed_slice());
                CopyKey::named(project, unit, year, figures)
            }
        }
    }

    fn named(
        project: &str,
        unit: &str,
        year: Option<i64>,
        figures: CopyFigures,
    ) -> Option<CopyKey> {
        let project = crate::import::traditional::name_key(project);
        // A project named with the form's title after it (`…补助经费支出绩效自评表`, as one
        // site's copy writes it) is that project.
        let bare = ["项目支出绩效自评表", "支出绩效自评表", "绩效自评表"]
            .iter()
            .find_map(|t| project.strip_suffix(t))
            .unwrap_or(&project)
            .trim();
        if bare.is_empty() {
            return None;
        }
        Some(CopyKey {
            project: bare.into(),
            unit: crate::import::traditional::name_key(unit).into(),
            year,
            figures,
        })
    }
}

/// One figure of a form as `duplicate-form` and a [`CopyKey`] without A and B compare it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Figure {
    /// A number, normalised (`95.00` is `95`).
    Value(Decimal),
    /// Left blank.
    Blank,
    /// Written, but no number.
    Other,
}

impl From<&Number> for Figure {
    fn from(n: &Number) -> Figure {
        match n {
            Number::Value(v) => Figure::Value(v.normalize()),
            Number::Blank => Figure::Blank,
            _ => Figure::Other,
        }
    }
}

/// Every figure `case` holds, in form order: each funds row's five amounts and marks, each
/// indicator's points and score, the total's points and score — as numbers, so that a
/// workbook's `95.00` and the PDF text's `95` are one figure.
pub fn form_figures(case: &Case) -> Vec<Figure> {
    let mut figures = Vec::with_capacity(case.funds.len() * 5 + case.indicators.len() * 2 + 2);
    for f in &case.funds {
        for (_, n) in [
            &f.initial_budget,
            &f.full_year_budget,
            &f.spent,
            &f.points,
            &f.score,
        ] {
            figures.push(Figure::from(n));
        }
    }
    for i in &case.indicators {
        figures.push(Figure::from(&i.points.1));
        figures.push(Figure::from(&i.score.1));
    }
    figures.push(Figure::from(&case.total_points.1));
    figures.push(Figure::from(&case.total_score.1));
    figures
}

/// How complete a copy is, compared between two copies of one form (more is more complete):
/// whole before cut short or partial, then the more indicator rows, then a written total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Completeness {
    whole: bool,
    indicators: usize,
    total_written: bool,
}

impl Completeness {
    /// A completeness of these parts (tests of the summaries that compare copies).
    #[cfg(test)]
    pub(crate) fn new(whole: bool, indicators: usize, total_written: bool) -> Completeness {
        Completeness {
            whole,
            indicators,
            total_written,
        }
    }

    /// True when a copy this complete is counted instead of the copy `counted` of its form:
    /// when it is more complete; of copies alike, the first read stays. The one choice the
    /// `duplicate-form` finding (`pipeline::duplicates`) and the department summary
    /// (`render::Departments`) both make, so that the finding names the copy the summary counts.
    pub fn replaces(self, counted: Completeness) -> bool {
        self > counted
    }

    /// The completeness of an outcome.
    pub fn of(o: &super::Outcome) -> Completeness {
        Completeness {
            whole: !o.partial,
            indicators: o.indicators.len(),
            total_written: o.reported_total.is_some(),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::panic)]
    use super::*;

    /// A case of `project` whose funds row has no A or B, with one indicator scored `score`
    /// of 10.
    fn case_without_funds(project: &str, score: &str) -> Case {
        let text = format!(
            "[form]\nrules = \"anhui-2023\"\n[header]\nproject = \"{project}\"\nunit = \"某中心\"\n\
             [[funds]]\nlabel = \"年度资金总额:\"\npoints = \"10\"\n\
             [[indicators]]\nlevel1 = \"产出指标\"\nlevel2 = \"数量指标\"\nlevel3 = \"指标1:测试\"\n\
             target = \"≥6个\"\nactual = \"6个\"\npoints = \"10\"\nscore = \"{score}\"\n\
             [total]\npoints = \"20\"\nscore = \"{score}\"\n"
        );
        let src = crate::source::SourceFile::new("case.toml", text);
        let v = crate::validate::case::validate(&src);
        v.value.unwrap_or_else(|| panic!("{:?}", v.diagnostics))
    }

    /// s23: a form without A and B is keyed by its figures: the same form read twice shares
    /// its key (`10.00` and `10` one figure); another project, or the same project with
    /// another score, does not. A form with A and B is keyed by them, as before.
    #[test]
    fn a_form_without_budget_figures_is_keyed_by_all_its_figures() {
        let key = |c: &Case| CopyKey::of_case(c, Some(2023), None, None);
        let form = case_without_funds("老旧小区改造", "10");
        let again = case_without_funds("老旧小区改造", "10.00");
        assert!(key(&form).is_some());
        assert_eq!(key(&form), key(&again));
        assert_ne!(key(&form), key(&case_without_funds("燃气管道更新", "10")));
        assert_ne!(key(&form), key(&case_without_funds("老旧小区改造", "9")));
        let funds = CopyKey::of_case(&form, Some(2023), d(7), d(7));
        assert_eq!(
            funds,
            CopyKey::new("老旧小区改造", "某中心", Some(2023), d(7), d(7))
        );
        assert_ne!(funds, key(&form));
    }

    /// The copy counted is replaced only by a more complete one: of copies alike the first
    /// read stays.
    #[test]
    fn only_a_more_complete_copy_replaces_the_one_counted() {
        let whole = Completeness::new(true, 9, true);
        let cut = Completeness::new(false, 12, true);
        assert!(whole.replaces(cut));
        assert!(!cut.replaces(whole));
        assert!(!whole.replaces(whole));
        assert!(Completeness::new(true, 9, true).replaces(Completeness::new(true, 8, true)));
    }

    fn d(n: i64) -> Option<Decimal> {
        Some(Decimal::from(n))
    }

    /// One form in two scripts and two writings of its figures is one key; another year, other
    /// figures or no figures are not.
    #[test]
    fn copies_share_a_key_across_scripts_and_writings() {
        let simplified = CopyKey::new(
            "卫片执法补助经费",
            "丽江市古城区自然资源局",
            Some(2020),
            d(7),
            d(7),
        );
        let traditional = CopyKey::new(
            " 衛片執法補助經費 ",
            "麗江市古城區自然資源局",
            Some(2020),
            Some(Decimal::new(700, 2)),
            d(7),
        );
        assert!(simplified.is_some());
        assert_eq!(simplified, traditional);
        let titled = CopyKey::new(
            "衛片執法補助經費支出績效自評表",
            "麗江市古城區自然資源局",
            Some(2020),
            d(7),
            d(7),
        );
        assert_eq!(simplified, titled);
        let other_year = CopyKey::new(
            "卫片执法补助经费",
            "丽江市古城区自然资源局",
            Some(2021),
            d(7),
            d(7),
        );
        assert_ne!(simplified, other_year);
        assert_ne!(
            simplified,
            CopyKey::new(
                "卫片执法补助经费",
                "丽江市古城区自然资源局",
                Some(2020),
                d(7),
                d(6)
            )
        );
        assert_eq!(
            CopyKey::new("卫片执法补助经费", "", Some(2020), None, d(7)),
            None
        );
        assert_eq!(CopyKey::new(" ", "x", Some(2020), d(7), d(7)), None);
    }
}
