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

/// A form over its copies and versions: its project name and unit folded to one script
/// (`import::traditional::name_key`), and its year (s24: a department's corrected form, sent
/// again with other figures, is this form too).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FormId {
    project: Box<str>,
    unit: Box<str>,
    year: Option<i64>,
}

impl FormId {
    /// Whether two forms of this identity with other figures are told to be versions of one
    /// form (s24): only with a year and a unit written, so that a recurring project's forms
    /// of two years, or two units' forms of a common project name written without a unit,
    /// are never taken for one another.
    pub fn firm(&self) -> bool {
        self.year.is_some() && !self.unit.is_empty()
    }
}

/// The identity of one form's copies. None for a form without a project name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CopyKey {
    form: FormId,
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
        let form = FormId {
            project: bare.into(),
            unit: crate::import::traditional::name_key(unit.trim()).into(),
            year,
        };
        Some(CopyKey { form, figures })
    }

    /// The form this is a copy of, over its versions.
    pub fn form(&self) -> &FormId {
        &self.form
    }
}

/// What tells one form's copies and versions from other forms, as an outcome carries it
/// ([`super::Outcome::copy`]): its [`CopyKey`], and the figures a version is told by mixed into
/// one word ([`CopyOf::of_outcome`]), equal for two copies alike in them.
#[derive(Debug, Clone)]
pub struct CopyOf {
    /// The key of its copies.
    pub key: CopyKey,
    /// Its figures mixed.
    pub print: u64,
}

/// What the copies of one form are grouped by in a run: the form ([`FormId`]) when it is
/// [firm](FormId::firm), so that a version sent again with other figures is one form with
/// it (s24); else the copy key, as before.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CopyGroup {
    /// Every version of a form of a year and unit.
    Form(FormId),
    /// The copies of a form that share a key.
    Copy(CopyKey),
}

impl CopyOf {
    /// The copy an outcome is, with this key; none without one. Its print mixes the figures
    /// that move a department's summary or a line: A and B, the 自评总分 and the 计算总分, each
    /// line's 分值 and 自评得分 — what a `revised-form` finding lists when they differ
    /// (`pipeline::duplicates`). A version whose actuals alone were corrected scores
    /// otherwise; two readings differing only in a 其中 row or a 年初预算数 are alike.
    pub fn of_outcome(key: Option<CopyKey>, o: &super::Outcome) -> Option<CopyOf> {
        let key = key?;
        let whole = [
            o.execution.budget,
            o.execution.spent,
            o.reported_total,
            o.total,
        ];
        let lines = (o.indicators.iter()).flat_map(|i| [i.points, i.reported_score]);
        let print = (whole.into_iter().chain(lines)).fold(FINGERPRINT_START, |h, d| {
            mix_figure(h, d.map_or(Figure::Blank, |d| Figure::Value(d.normalize())))
        });
        Some(CopyOf { key, print })
    }

    /// The group its copies are counted in.
    pub fn group(&self) -> CopyGroup {
        match self.key.form.firm() {
            true => CopyGroup::Form(self.key.form.clone()),
            false => CopyGroup::Copy(self.key.clone()),
        }
    }
}

/// Where [`fingerprint`] starts.
const FINGERPRINT_START: u64 = 0xcbf2_9ce4_8422_2325;

/// `figures` mixed into one word, equal for equal figures (a normalised decimal has one
/// writing); two forms alike in it are compared figure by figure where it matters
/// (`pipeline::duplicates`).
pub fn fingerprint(figures: &[Figure]) -> u64 {
    figures
        .iter()
        .fold(FINGERPRINT_START, |h, f| mix_figure(h, *f))
}

fn mix_figure(h: u64, f: Figure) -> u64 {
    let mix = |h: u64, x: u64| (h ^ x).wrapping_mul(0x0100_0000_01b3).rotate_left(29);
    match f {
        Figure::Value(v) => {
            let m = v.mantissa();
            let h = mix(h, m as u64);
            let h = mix(h, (m >> 64) as u64);
            mix(h, u64::from(v.scale()) | 1 << 32)
        }
        Figure::Blank => mix(h, 2 << 32),
        Figure::Other => mix(h, 3 << 32),
    }
}

/// The copies of one form met in a run and the one counted (s21 D3, s24): the one choice
/// the findings (`pipeline::duplicates`) and the department summary (`render::Departments`)
/// both make, so that a finding names the copy the summary counts.
#[derive(Debug, Clone)]
pub struct Versions {
    counted: CopyOf,
    completeness: Completeness,
    /// The print of each copy met, in the order met.
    prints: Vec<u64>,
}

/// What a copy met is to the copies of its form before it ([`Versions::meet`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Met {
    /// Another version of the form: figures of its own, not those of a copy met before nor of
    /// the copy counted cut short (the same A and B, more or less complete).
    pub revised: bool,
    /// It is counted now, instead of the copy counted before.
    pub counted: bool,
    /// It is counted because it is more complete (else, when `counted`: as the later of two
    /// versions alike in completeness).
    pub more_complete: bool,
}

impl Versions {
    /// The first copy of a form.
    pub fn new(copy: &CopyOf, completeness: Completeness) -> Versions {
        Versions {
            counted: copy.clone(),
            completeness,
            prints: vec![copy.print],
        }
    }

    /// Meets another copy of the form. The more complete is counted; of two alike in
    /// completeness, the copy counted stays, but for a revised version, counted as the
    /// later: a department's corrected form is the one it sent last (s24).
    pub fn meet(&mut self, copy: &CopyOf, completeness: Completeness) -> Met {
        let known = self.prints.contains(&copy.print);
        let cut = copy.key == self.counted.key && completeness != self.completeness;
        let revised = !known && !cut;
        if !known {
            self.prints.push(copy.print);
        }
        let more_complete = completeness.replaces(self.completeness);
        let counted = more_complete || (revised && completeness == self.completeness);
        if counted {
            self.counted = copy.clone();
            self.completeness = completeness;
        }
        Met {
            revised,
            counted,
            more_complete,
        }
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

    /// True when a copy this complete is more complete than the copy `counted` of its form,
    /// and is counted instead ([`Versions::meet`]).
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

    /// A copy of 委托业务项目 (某镇, 2022) with this A and B and print.
    fn copy_of(budget: i64, spent: i64, print: u64) -> CopyOf {
        let key = CopyKey::new("委托业务项目", "某镇", Some(2022), d(budget), d(spent));
        CopyOf {
            key: key.unwrap_or_else(|| panic!("a key")),
            print,
        }
    }

    /// s24: a copy cut short (the same A and B) is no version, and the more complete is
    /// counted; a version with other figures is, counted as the later when as complete, not
    /// when less complete; a copy alike a version met before is none again; the same A and B
    /// with other figures and alike in completeness (a corrected score) is a version.
    #[test]
    fn versions_are_told_from_copies_and_the_later_is_counted() {
        let (whole, cut) = (
            Completeness::new(true, 9, true),
            Completeness::new(false, 5, false),
        );
        let mut versions = Versions::new(&copy_of(90, 89, 1), cut);
        let met = versions.meet(&copy_of(90, 89, 2), whole);
        assert_eq!(
            (met.revised, met.counted, met.more_complete),
            (false, true, true)
        );
        let met = versions.meet(&copy_of(90, 90, 3), whole);
        assert_eq!(
            (met.revised, met.counted, met.more_complete),
            (true, true, false)
        );
        let met = versions.meet(&copy_of(90, 85, 4), cut);
        assert_eq!((met.revised, met.counted), (true, false));
        let met = versions.meet(&copy_of(90, 89, 2), whole);
        assert_eq!((met.revised, met.counted), (false, false));
        let met = versions.meet(&copy_of(90, 90, 5), whole);
        assert_eq!((met.revised, met.counted), (true, true));
    }

    /// s24: copies are grouped by the form when its year and unit are written, else by their
    /// key as before.
    #[test]
    fn a_form_with_a_year_and_a_unit_groups_its_versions() {
        let (a, b) = (copy_of(90, 89, 1), copy_of(90, 90, 2));
        assert_eq!(a.group(), b.group());
        let no_year = |spent| CopyOf {
            key: CopyKey::new("委托业务项目", "某镇", None, d(90), d(spent))
                .unwrap_or_else(|| panic!("a key")),
            print: 1,
        };
        assert_ne!(no_year(89).group(), no_year(90).group());
        let no_unit = |spent| CopyOf {
            key: CopyKey::new("委托业务项目", " ", Some(2022), d(90), d(spent))
                .unwrap_or_else(|| panic!("a key")),
            print: 1,
        };
        assert_ne!(no_unit(89).group(), no_unit(90).group());
        assert_eq!(no_unit(89).group(), no_unit(89).group());
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
