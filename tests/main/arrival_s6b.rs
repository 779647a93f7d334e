//! #15: import findings of the s6 user test (notes s6-tester, F7 F5 F3 F4), each on a fixture
//! under `tests/data/import/arrived/` (sources in `tests/data/import/SOURCES.md`) with its
//! result worked by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use jixiao::import::{self, InputFormat};
use jixiao::outcome::Outcome;
use rust_decimal::Decimal;

fn arrived(name: &str) -> std::path::PathBuf {
    common::root().join("tests/data/import/arrived").join(name)
}

/// Imports a fixture as `score FILE` does and scores every form under `rules`: the import and
/// each form's outcome (the case files must validate).
fn score(name: &str, rules: &str) -> (InputFormat, import::Import, Vec<Outcome>) {
    let bytes = std::fs::read(arrived(name)).unwrap();
    let imported = jixiao::pipeline::forms::cases(name, &bytes, Some(rules)).unwrap();
    let rule_set = common::rules(rules);
    let outcomes = imported
        .cases
        .iter()
        .map(|v| {
            let case = v.value.as_ref().expect("the case file validates");
            jixiao::evaluate::evaluate(&rule_set, case, jixiao::evaluate::Options::default())
        })
        .collect();
    (imported.format, imported.import, outcomes)
}

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

/// F7: a page laid out as tables (old county sites, Word's and WPS's "save as web page") holds
/// the form table inside a layout table's cell. The whole layout table was read as one grid,
/// the form's rows flattened into one cell of it, and the page refused (`import::no-forms`,
/// "no cell reads 项目支出绩效自评表"). A table holding another table is page text now; the
/// innermost tables are read as grids. Hand-worked (anhui-2023, the template README's 表1):
/// 114 / 120 = 95% → 10, indicators 85.8, total 95.8 / 优 — in one layout table (`-min`) and in
/// three levels of them with a navigation table, a 联系人 table and a footer table (the
/// tables after the form hold no form label: page text, said once).
#[test]
fn a_form_table_inside_a_layout_table_is_read() {
    for (name, before, tables) in [
        ("gov-nested-min.html", 1, None),
        ("gov-nested.html", 6, Some((2, 5))),
    ] {
        let (read_as, imported, outcomes) = score(name, "anhui-2023");
        let said = common::import_summary(&imported);
        assert_eq!(read_as, InputFormat::Html, "{name}");
        let [o] = outcomes.as_slice() else {
            panic!("{name}: one form expected\n{said}")
        };
        assert_eq!(o.total, Some(dec("95.8")), "{name}\n{said}");
        assert_eq!(o.grade.as_deref(), Some("优"), "{name}");
        assert_eq!(o.execution.score, dec("10"), "{name}");
        assert!(o.findings.is_empty(), "{name}: {:?}", common::codes(o));
        assert!(imported.forms.iter().all(|f| f.notes.is_empty()), "{said}");
        let mut page_notes = vec![format!(
            "recognised at page!A1: skipped {before} cells of text before the first form"
        )];
        if let Some((tables, cells)) = tables {
            page_notes.push(format!(
                "recognised at page!A27: skipped {tables} tables of the page after the first form holding no part of a form ({cells} cells of page text: the site's navigation or footer)"
            ));
        }
        let notes: Vec<String> = imported.problems.iter().map(ToString::to_string).collect();
        assert_eq!(notes, page_notes, "{name}\n{said}");
    }
}
