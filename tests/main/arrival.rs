//! #15: forms as they arrive from departments — found by a user test (notes s4, F12 F20 F22
//! F23 F25 F27 F29): extra 得分 columns, text copied from a PDF, cells broken over two lines,
//! stray titles, tab-separated copies, and files that are not forms at all. Fixtures are under
//! `tests/data/import/arrived/` (their sources in `tests/data/import/SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use jixiao::import::{self, InputFormat};
use jixiao::outcome::Outcome;

fn arrived(name: &str) -> std::path::PathBuf {
    common::root().join("tests/data/import/arrived").join(name)
}

/// Imports a fixture as `score FILE` does and scores every form under anhui-2023: the import
/// and, per form, its outcome (none when its case file did not validate).
fn score(name: &str) -> (InputFormat, import::Import, Vec<Option<Outcome>>) {
    let bytes = std::fs::read(arrived(name)).unwrap();
    let imported = jixiao::pipeline::forms::cases(name, &bytes, Some("anhui-2023")).unwrap();
    let rules = common::rules("anhui-2023");
    let outcomes = imported
        .cases
        .iter()
        .map(|v| {
            v.value.as_ref().map(|case| {
                jixiao::evaluate::evaluate(&rules, case, jixiao::evaluate::Options::default())
            })
        })
        .collect();
    (imported.format, imported.import, outcomes)
}

/// Total and grade of each form, `-` for a form that did not validate.
fn totals(outcomes: &[Option<Outcome>]) -> Vec<String> {
    outcomes
        .iter()
        .map(|o| match o {
            Some(o) => format!(
                "{}/{}",
                o.total.map_or("—".to_owned(), |t| t.to_string()),
                o.grade.as_deref().unwrap_or("—")
            ),
            None => "-".to_owned(),
        })
        .collect()
}

fn notes(import: &import::Import) -> String {
    common::import_summary(import)
}

/// F23: an extra column headed 上年得分 (hidden), 自评得分(调整后) or 备注(分值说明) beside the
/// form's 得分/分值: the form's own column is read, the other left out and said; the case file
/// parses and the form is scored (it used to vanish with a `duplicate key` error).
#[test]
fn an_extra_score_column_is_left_out_and_the_form_kept() {
    for name in [
        "hiddencol.xlsx",
        "extra-score-col.xlsx",
        "extra-fenzhi-col.xlsx",
    ] {
        let (format, imported, outcomes) = score(name);
        assert_eq!(format, InputFormat::Xlsx);
        assert_eq!(totals(&outcomes), ["95.8/优", "94.76/优"], "{name}");
        let said = notes(&imported);
        assert!(said.contains("column K"), "{name}:\n{said}");
        assert!(said.contains("repeats a column"), "{name}:\n{said}");
    }
}
