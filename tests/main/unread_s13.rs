//! Session 13, engineer `unread`: a number that could not be read is unknown, not 0 (funds
//! whose 全年预算数 / 全年执行数 are blank, unreadable or not read at all); a form with no
//! points round-trips through `import --out` → `check` and `export` → `import`; the 完成情况
//! column in JSON and scripts.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, json_codes as codes};
use crate::test::Test;

/// The Hunan real form: a 绩效目标自评表 without 分值/得分 columns or a 总分 row.
const HUNAN: &str = "tests/data/import/real/hunan-hengshan-liangshi-2020-chubeiliang.txt";

/// Item 2: `import --out` then `check` of a form with no points. Before: `case::points-sum`
/// (分值合计 0，不是 100) and `case::unknown-band` on `高` / `高`, which scoring judges met
/// by its wording — both false: the form declares no points, and no line scores 0 for it.
#[test]
fn a_form_with_no_points_imports_to_a_case_that_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    Test::new()
        .args(["import", HUNAN, "--rules", "hunan-2020-target", "--out"])
        .arg(dir.path())
        .run();
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .arg("check")
        .arg(dir.path())
        .output();
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(!out.stderr.contains("case::"), "{}", out.stderr);
    assert!(out.stderr.contains("1 个案卷文件"), "{}", out.stderr);
}

/// Item 2: `export` of a form with no points, then `import` of the workbook. Before: the
/// sheet had 分值/得分 columns (blank) and no 总分 row, so reading it back waited for the
/// 总分 row and marked the form cut short (`incomplete-form`, no grade for it). Now the sheet
/// has the form's own columns, and the case read back has the same lines as the original.
#[test]
fn a_form_with_no_points_exports_and_imports_back_whole() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (dir.path().join("a"), dir.path().join("b"));
    let book = dir.path().join("h.xlsx");
    Test::new()
        .args(["import", HUNAN, "--rules", "hunan-2020-target", "--out"])
        .arg(&first)
        .run();
    Test::new()
        .arg("export")
        .arg(&first)
        .arg("--out")
        .arg(&book)
        .run();
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["import", "--rules", "hunan-2020-target", "--out"])
        .arg(&second)
        .arg(&book)
        .output();
    assert!(!out.stderr.contains("不完整"), "{}", out.stderr);
    let only = |d: &std::path::Path| {
        let mut files: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 1, "{files:?}");
        files.pop().unwrap()
    };
    let (a, b) = (only(&first), only(&second));
    let draft = |p: &std::path::Path| {
        let raw: jixiao::load::raw_case::RawCase =
            toml::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
        jixiao::import::export::draft_of(&raw)
    };
    let (x, y) = (draft(&a), draft(&b));
    assert!(!y.incomplete);
    assert_eq!(x.indicators, y.indicators);
    assert_eq!(x.total, y.total);
    Test::new().arg("check").arg(&b).run();
    let (json, stderr) = common::score_json(b.to_str().unwrap(), "hunan-2020-target", false);
    let case = &json["cases"][0];
    assert!(
        !codes(case).contains(&"incomplete-form".to_owned()),
        "{stderr}"
    );
    assert!(case["total"].is_null());
}
