//! What tells the copies of one form apart from other forms (s21 D3): a department's Word file
//! and the text copied from its web page, one of them cut short, hold the same form. Not the
//! `duplicate-form` key of identical readings (`pipeline::duplicates`), which a cut copy
//! fails, but the form's identity: its project name and unit, folded to one script
//! (`import::traditional::name_key`), its year and its funds figures A and B. Forms that share
//! only a department never share it.

use rust_decimal::Decimal;

/// The identity of one form's copies. None for a form without a project name or without
/// both funds figures (a form is not told a copy by its names alone).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CopyKey {
    project: Box<str>,
    unit: Box<str>,
    year: Option<i64>,
    budget: Decimal,
    spent: Decimal,
}

impl CopyKey {
    /// The key of a form with these names (as written), year and figures A and B.
    pub fn new(
        project: &str,
        unit: &str,
        year: Option<i64>,
        budget: Option<Decimal>,
        spent: Option<Decimal>,
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
            budget: budget?.normalize(),
            spent: spent?.normalize(),
        })
    }
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
    use super::*;

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
