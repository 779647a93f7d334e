//! #15: table shapes found by the s9 user tester (notes s9-tester: F14 forms side by side, F22
//! a Word form nested in a layout table, F17 a `（续）` heading between Word tables, F26 an
//! HTML rowspan running into the 总分 row, F4 备注/评分标准 columns, F25 a title in the page
//! header), each on a fixture under `tests/data/import/s9/` (sources in
//! `tests/data/import/SOURCES.md`) with its scores worked by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, Scored, d};
use jixiao::outcome::{FindingCode, Outcome};

/// A fixture of `tests/data/import/s9/`, imported as `score FILE` does and scored.
fn score(name: &str, rules: &str) -> Scored {
    let path = common::root().join("tests/data/import/s9").join(name);
    common::score_bytes(name, &std::fs::read(path).unwrap(), rules)
}

/// Each form's case file name, 计算总分, 自评总分 and grade, and the import's report.
fn totals(name: &str, rules: &str) -> (Vec<(String, Outcome)>, String) {
    let (_, imported, outcomes) = score(name, rules);
    let said = common::import_summary(&imported);
    let names = imported.forms.iter().map(|f| f.file_name.clone());
    (names.zip(outcomes).collect(), said)
}

fn has(o: &Outcome, code: FindingCode) -> bool {
    o.findings.iter().any(|f| f.code == code)
}

/// F14: the tester's two standard forms side by side on one sheet (A–J and L–U, printed on
/// A3). Left: make_habits.py's form, 108 / 120 = 90% → 9; 13.5 + 15 + 10 + 9.09 + n/a + 15 +
/// 15 + 9.78 = 96.37. Right: the same with 数量 `≥10公里` / `10公里` 15 of 15: 97.87. Both 优,
/// both complete, each with its own 项目名称 and its cells at the sheet's own places (the right
/// form's 得分 in column S). One form was read, without its 项目名称, with 71 guesses.
#[test]
fn two_forms_side_by_side_on_one_sheet_are_two_forms() {
    let (forms, said) = totals("sidebyside.xlsx", "anhui-2023");
    let read: Vec<_> = forms
        .iter()
        .map(|(file, o)| (file.as_str(), o.total, o.reported_total, o.grade.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            (
                "2024-01-农村公路提质改造（左）.toml",
                Some(d("96.37")),
                Some(d("96.37")),
                Some("优")
            ),
            (
                "2024-02-乡村道路安保工程（右）.toml",
                Some(d("97.87")),
                Some(d("97.87")),
                Some("优")
            ),
        ],
        "{said}"
    );
    for (_, o) in &forms {
        assert_eq!(o.execution.rate, Some(d("90")), "{said}");
        for code in [FindingCode::ImportGuessed, FindingCode::TotalNotSum] {
            assert!(!has(o, code), "{code:?}\n{said}");
        }
    }
    let right = &forms[1].1;
    let cost = common::indicator(right, "指标1:提质改造里程");
    assert_eq!(cost.score, d("15"), "{said}");
    let toml = &score("sidebyside.xlsx", "anhui-2023").1.forms[1].toml;
    assert!(toml.contains("\"自评表!S13\""), "{toml}");
    assert!(
        said.contains(
            "stands beside the one on its left on the same sheet (or table) (columns L to T)"
        ),
        "{said}"
    );
}
