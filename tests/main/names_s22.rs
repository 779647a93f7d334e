//! s22 (tester s21 D1, D3): one department, one form, counted once. Names in Traditional
//! characters are kept as written — never half folded — and grouped by one folded key; a
//! second copy of one form (cut short, or in the other script) is a `duplicate-form` finding
//! naming both, counted once in the department summary. Fixtures: `tests/data/import/s22/`
//! (SOURCES.md there).

use crate::common::json_codes;
use crate::test::Test;
use calamine::{Data, Reader, Xlsx};
use std::path::Path;

const S22: &str = "tests/data/import/s22";

/// A folder holding the fixtures `names`, in that order of their names.
fn folder(names: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in names {
        let from = crate::common::root().join(S22).join(name);
        std::fs::copy(from, dir.path().join(name)).unwrap();
    }
    dir
}

/// `score DIR --by department --format json` under `rules`.
fn by_department(dir: &Path, rules: &str) -> serde_json::Value {
    Test::new()
        .env("JIXIAO_LANG", "zh")
        .args([
            "score",
            "--rules",
            rules,
            "--by",
            "department",
            "--format",
            "json",
        ])
        .arg(dir)
        .output()
        .json()
}

/// The 部门汇总 sheet of the xlsx report of `dir`, as text rows.
fn department_sheet(dir: &Path, rules: &str) -> Vec<Vec<String>> {
    let report = dir.join("报告.xlsx");
    Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", rules, "--format", "xlsx", "--out"])
        .arg(&report)
        .arg(dir)
        .output();
    let mut book: Xlsx<_> = calamine::open_workbook(&report).unwrap();
    let sheet = book.worksheet_range("部门汇总").unwrap();
    let text = |c: &Data| c.to_string();
    sheet.rows().map(|r| r.iter().map(text).collect()).collect()
}

/// D1: the project named with the form's title after it (`…經費支出績效自評表`), the
/// department and the indicators keep every character as written: before, the project was
/// folded as a title by the labels' table, which has no 國, and read `2020年國土空间规划编制
/// 经费支出绩效自评表`.
#[test]
fn traditional_names_are_kept_as_written_never_half_folded() {
    let (json, _) = crate::common::score_json(
        &format!("{S22}/lijiang-guotu-traditional.txt"),
        "central-2020",
        false,
    );
    let case = &json["cases"][0];
    assert_eq!(case["project"], "2020年國土空間規劃編制經費支出績效自評表");
    assert_eq!(case["department"], "麗江市示例自然資源和規劃局");
    assert_eq!(case["unit"], "麗江市古城區示例自然資源局");
    let names: Vec<&str> = (case["indicators"].as_array().unwrap().iter())
        .map(|i| i["level3"].as_str().unwrap())
        .collect();
    assert_eq!(
        names[..4],
        [
            "規劃成果編制數量",
            "項目驗收合格率",
            "項目完成及時率",
            "違法行為責停率"
        ]
    );
    assert_eq!(case["total"], 100.0);
    assert_eq!(case["grade"], "优");
}

/// D1: a department written in Traditional characters on one form and in Simplified on
/// another is one row of the department summary, shown as first written, with a note; two
/// forms that only share the department are both counted.
#[test]
fn one_department_in_two_scripts_is_one_row() {
    let dir = folder(&[
        "lijiang-guotu-traditional.txt",
        "lijiang-weipian-simplified.txt",
    ]);
    let json = by_department(dir.path(), "rules/central-2020");
    let rows = json["summary"]["departments"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "{rows:#?}");
    let row = &rows[0];
    assert_eq!(row["department"], "麗江市示例自然資源和規劃局");
    assert_eq!(row["forms"], 2);
    assert_eq!(row["budget"], 70.0);
    assert_eq!(row["spent"], 68.0);
    assert!(row.get("copies").is_none(), "{row:#?}");
    let sheet = department_sheet(dir.path(), "rules/central-2020");
    let named: Vec<&Vec<String>> = sheet
        .iter()
        .filter(|r| {
            r.iter()
                .any(|c| c.contains("自然資源和規劃局") || c.contains("自然资源和规划局"))
        })
        .collect();
    assert_eq!(named.len(), 2, "one row and its note: {sheet:#?}");
    let note = named[1].join("");
    assert!(note.contains("只差繁体与简体字"), "{note}");
    assert!(note.contains("“丽江市示例自然资源和规划局”"), "{note}");
}

/// D1 and the duplicate key: the same form in both scripts, read alike, is `duplicate-form`
/// and counted once.
#[test]
fn the_same_form_in_two_scripts_is_a_duplicate() {
    let dir = folder(&[
        "lijiang-weipian-simplified.txt",
        "lijiang-weipian-traditional.txt",
    ]);
    let json = by_department(dir.path(), "rules/central-2020");
    let cases = json["cases"].as_array().unwrap();
    assert!(!json_codes(&cases[0]).contains(&"duplicate-form".to_owned()));
    assert!(json_codes(&cases[1]).contains(&"duplicate-form".to_owned()));
    let rows = json["summary"]["departments"].as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["forms"], 1);
    assert_eq!(rows[0]["budget"], 20.0);
}

/// D3: the web copy cut short, read first, and the whole form: the whole one carries a
/// `duplicate-form` finding naming both files and saying it is the one counted; the summary
/// counts the form once, with the whole copy's figures and grade, and says which was left out.
#[test]
fn a_cut_copy_of_a_form_is_named_and_counted_once() {
    let dir = folder(&["guichi-weituo-cut.txt", "guichi-weituo-whole.txt"]);
    let json = by_department(dir.path(), "rules/anhui-2022");
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 2, "both copies are scored, as read");
    assert!(!json_codes(&cases[0]).contains(&"duplicate-form".to_owned()));
    let finding = (cases[1]["findings"].as_array().unwrap().iter())
        .find(|f| f["code"] == "duplicate-form")
        .unwrap();
    let message = finding["message"].as_str().unwrap();
    assert!(
        message.contains("guichi-weituo-cut.txt 第 1 张表”是同一张表的两份"),
        "{message}"
    );
    assert!(message.contains("计入较完整的“"), "{message}");
    assert!(
        message.ends_with("guichi-weituo-whole.txt 第 1 张表”；请核对后保留一份"),
        "{message}"
    );
    let rows = json["summary"]["departments"].as_array().unwrap();
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(row["forms"], 1);
    assert_eq!(row["budget"], 90.0);
    assert_eq!(row["spent"], 89.974);
    assert_eq!(row["grades"]["优"], 1);
    assert_eq!(row["ungraded"], 0);
    assert!(
        row.get("partial").is_none(),
        "the cut copy's partial sum is taken back"
    );
    let copies = &row["copies"][0];
    assert!(
        copies["counted"]
            .as_str()
            .unwrap()
            .ends_with("guichi-weituo-whole.txt 第 1 张表")
    );
    assert!(
        copies["left_out"][0]
            .as_str()
            .unwrap()
            .ends_with("guichi-weituo-cut.txt 第 1 张表")
    );

    let sheet = department_sheet(dir.path(), "rules/anhui-2022");
    let row = sheet
        .iter()
        .find(|r| r[0].starts_with("池州市贵池区示例镇人民政府"))
        .unwrap();
    assert_eq!(row[1], "1", "{sheet:#?}");
    assert_eq!(row[2], "90", "{sheet:#?}");
    let note = sheet
        .iter()
        .map(|r| r.join(""))
        .find(|r| r.contains("只计一次"))
        .unwrap();
    assert!(
        note.contains("未计 ") && note.contains("guichi-weituo-cut.txt 第 1 张表"),
        "{note}"
    );
}

/// D3, the other order: the whole form first, its cut copy after: the cut copy's finding says
/// the whole one is counted, and the summary never held the cut one.
#[test]
fn a_cut_copy_after_the_whole_form_is_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let from = crate::common::root().join(S22);
    std::fs::copy(
        from.join("guichi-weituo-whole.txt"),
        dir.path().join("a.txt"),
    )
    .unwrap();
    std::fs::copy(from.join("guichi-weituo-cut.txt"), dir.path().join("b.txt")).unwrap();
    let json = by_department(dir.path(), "rules/anhui-2022");
    let cases = json["cases"].as_array().unwrap();
    let message = (cases[1]["findings"].as_array().unwrap().iter())
        .find(|f| f["code"] == "duplicate-form")
        .and_then(|f| f["message"].as_str())
        .unwrap();
    assert!(
        message.contains("a.txt 第 1 张表”是同一张表的两份"),
        "{message}"
    );
    assert!(
        message.contains("计入较完整的“") && message.contains("a.txt 第 1 张表”；"),
        "{message}"
    );
    let row = &json["summary"]["departments"][0];
    assert_eq!(
        (row["forms"].as_u64(), row["budget"].as_f64()),
        (Some(1), Some(90.0))
    );
}
