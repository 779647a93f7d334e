//! Session 21 (`deptfunds`): 部门整体支出绩效自评表 whose funds block or points the readers
//! dropped (tester s21). T2, after 贵州绥阳 form 03: a funds header of column names only,
//! `年初预算数(A) | 全年执行数(B) | …`, over rows 年度资金总额 (or 合计) / 基本支出 / 项目支出 —
//! its rows were each "cells that do not fit the header" and the 108% overspend was never seen.
//! T7, after 桐城 forms 08 / 08b: a form scored 20 + 80 whose indicator rows carry a 得分 and no
//! 分值, the points only in the level-1 labels (`产出指标(40分)`) or nowhere. The fixtures are
//! written for the purpose after those patterns (`tests/data/import/s21/`, see `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::json_codes as codes;
use crate::test::Test;
use serde_json::Value;

const DATA: &str = "tests/data/import/s21";

/// The one case `score FILE --format json` gives for `file` under department-overall, exiting
/// `status` (1 when the case has an error-level finding).
fn scored(file: &str, status: i32) -> Value {
    let json = Test::new()
        .args(["--lang", "zh", "score", &format!("{DATA}/{file}")])
        .args(["--rules", "rules/department-overall", "--format", "json"])
        .expect_status(status)
        .run()
        .json();
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1, "{json}");
    cases[0].clone()
}

/// The message of the first finding of `case` with `code`.
fn message<'a>(case: &'a Value, code: &str) -> &'a str {
    let findings = case["findings"].as_array().unwrap();
    let found = findings.iter().find(|f| f["code"] == code);
    found.unwrap_or_else(|| panic!("no {code}: {case}"))["message"]
        .as_str()
        .unwrap()
}

/// The funds rows `jixiao import` writes for `file`: (label, full-year budget, spent, rate).
fn imported_funds(file: &str) -> Vec<(String, String, String, String)> {
    let out = tempfile::tempdir().unwrap();
    Test::new()
        .args(["--lang", "zh", "import", &format!("{DATA}/{file}"), "--out"])
        .arg(out.path())
        .run();
    let mut written: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    let text = std::fs::read_to_string(written.pop().unwrap()).unwrap();
    let case: toml::Value = toml::from_str(&text).unwrap();
    let field =
        |r: &toml::Value, k: &str| r.get(k).and_then(|v| v.as_str()).unwrap_or("").to_owned();
    case["funds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let (label, budget) = (field(r, "label"), field(r, "full_year_budget"));
            (label, budget, field(r, "spent"), field(r, "rate"))
        })
        .collect()
}

fn row(label: &str, budget: &str, spent: &str, rate: &str) -> (String, String, String, String) {
    (label.into(), budget.into(), spent.into(), rate.into())
}

/// T2 as `|` text: the header's label cell blank. By hand: 540 / 500 = 108%, capped at 100%
/// for scoring → 10 of 10; lines 20 + 15 + 15 + 18 + 10 + 10 = 88; total 98 (form 98), 优.
#[test]
fn a_funds_header_of_column_names_reads_its_rows_and_sees_the_overspend() {
    assert_eq!(
        imported_funds("suiyang-department-funds-ab.txt"),
        [
            row("年度资金总额", "500.00", "540.00", "108.00%"),
            row("基本支出", "300.00", "318.00", "106.00%"),
            row("其中：人员经费", "260.00", "272.00", "104.62%"),
            row("公用经费", "40.00", "46.00", "115.00%"),
            row("项目支出", "200.00", "222.00", "111.00%"),
        ]
    );
    let case = scored("suiyang-department-funds-ab.txt", 0);
    let execution = &case["execution"];
    assert_eq!(
        (
            &execution["budget"],
            &execution["spent"],
            &execution["rate"]
        ),
        (&Value::from(500), &Value::from(540), &Value::from(108)),
        "{execution}"
    );
    assert_eq!(execution["score"], 10, "{execution}");
    assert_eq!(codes(&case), ["overspent", "weights-adjusted"]);
    // One note for the form's four weights (s24: it was one a weight).
    assert!(
        message(&case, "weights-adjusted").starts_with(
            "4 项一级指标分值按表上的计分：投入指标 0（示例为 15）、过程指标 10（示例为 25）、\
             产出指标 50（示例为 35）、效果指标 40（示例为 25）"
        ),
        "{case}"
    );
    assert!(
        message(&case, "overspent")
            .contains("全年执行数 540 超过全年预算数 500（超出 40，执行率 B/A = 108%）"),
        "{case}"
    );
    assert_eq!(
        (&case["total"], &case["grade"]),
        (&Value::from(98), &Value::from("优"))
    );
    let notes = case["import_notes"].as_array().unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n["message"].as_str().unwrap().contains("只写了资金的列名")),
        "{case}"
    );
    // No row was dropped as cells not fitting a header.
    assert!(
        !notes
            .iter()
            .any(|n| n["message"].as_str().unwrap().contains("不符合")),
        "{case}"
    );
}

/// T2 as a page: the header's first cell empty, the total row `合计` — the funds' total, not
/// the form's 总分. Same figures: 98, 优, the overspend on the 合计 row's spent cell.
#[test]
fn a_page_with_a_heji_funds_row_reads_it_as_the_funds_total() {
    let case = scored("suiyang-department-funds-heji.html", 0);
    let execution = &case["execution"];
    assert_eq!(
        (
            &execution["budget"],
            &execution["spent"],
            &execution["rate"]
        ),
        (&Value::from(500), &Value::from(540), &Value::from(108)),
        "{execution}"
    );
    assert_eq!(codes(&case)[0], "overspent");
    assert_eq!(
        (&case["total"], &case["total_points"]),
        (&Value::from(98), &Value::from(100))
    );
    assert_eq!(
        (&case["reported_total"], &case["grade"]),
        (&Value::from(98), &Value::from("优"))
    );
    assert_eq!(case["indicators"].as_array().unwrap().len(), 4, "{case}");
}

/// T2 without its total row: 基本支出 300 / 318 and 项目支出 200 / 222 make the department's
/// 500 / 540 (the 其中 rows 人员经费, 公用经费 are parts of 基本支出, not added), said; the
/// 基本支出 row's own 106% is not compared with the department's 108%. Its execution 得分 is
/// nowhere on the form: said, and the department's 98 is not the sum of the 得分 filled (88).
#[test]
fn a_missing_total_row_adds_up_basic_and_project_spending_and_says_so() {
    let case = scored("suiyang-department-funds-no-total.txt", 1);
    let execution = &case["execution"];
    assert_eq!(
        (
            &execution["budget"],
            &execution["spent"],
            &execution["rate"]
        ),
        (&Value::from(500), &Value::from(540), &Value::from(108)),
        "{execution}"
    );
    let found = codes(&case);
    for code in [
        "funds-total-blank",
        "overspent",
        "missing-reported",
        "total-not-sum",
    ] {
        assert!(found.contains(&code.to_owned()), "{code}: {found:?}");
    }
    assert!(!found.contains(&"rate-mismatch".to_owned()), "{found:?}");
    let said = message(&case, "funds-total-blank");
    assert!(said.contains("没有年度资金总额（合计）行"), "{said}");
    assert!(said.contains("“基本支出”、“项目支出”共 2 行"), "{said}");
}

/// T7: 产出指标(40分), 效益指标(30分), 满意度指标(10分) over rows with a 得分 only. By hand:
/// execution 779 / 820 = 95% → 20 × 95% = 19 (form 19); 产出 10 + 10 + 10 + 8 = 38 of 40, 效益
/// 15 + 14 = 29 of 30, 满意度 10 of 10; total 19 + 38 + 29 + 10 = 96 of 100 (form 96). No
/// grade: 77 of the 100 points are the department's self-scores, taken unverified (tester s21
/// T6's rule, `no-grade`). Before: 19（不完整）, no grade.
#[test]
fn self_scores_under_labels_with_points_are_weighed_against_them() {
    let case = scored("tongcheng-department-label-points.txt", 0);
    assert_eq!(case["execution"]["score"], 19, "{}", case["execution"]);
    assert_eq!(case["execution"]["points"], 20, "{}", case["execution"]);
    assert_eq!(
        (&case["total"], &case["total_points"]),
        (&Value::from(96), &Value::from(100))
    );
    assert_eq!(
        (&case["reported_total"], &case["grade"]),
        (&Value::from(96), &Value::Null)
    );
    let unverified = message(&case, "no-grade");
    assert!(
        unverified.contains("有 77 分的自评得分无法复核"),
        "{unverified}"
    );
    let lines = case["indicators"].as_array().unwrap();
    assert_eq!(lines.len(), 7, "{case}");
    assert!(
        lines.iter().all(|l| l["method"] == "reported_kept"),
        "{case}"
    );
    let kept: Vec<&Value> = (case["findings"].as_array().unwrap().iter())
        .filter(|f| f["code"] == "reported-kept")
        .collect();
    assert_eq!(kept.len(), 3, "{case}");
    let first = kept[0]["message"].as_str().unwrap();
    assert!(
        first.contains("“产出指标(40分)”标明 40 分：其下 4 项指标的自评得分合计 38"),
        "{first}"
    );
}

/// T7b: the same form with no points on its labels. The indicators' points are nowhere: no
/// silent 0 — each line named in a `no-grade`, the total partial (the execution's 19 only).
#[test]
fn self_scores_with_no_points_anywhere_name_the_rows_and_get_no_grade() {
    let case = scored("tongcheng-department-no-points.txt", 0);
    assert_eq!(case["grade"], Value::Null, "{case}");
    assert_eq!(case["total"], 19, "{case}");
    let said = message(&case, "no-grade");
    assert!(said.contains("一级指标也没有标明分值"), "{said}");
    assert!(said.contains("“开展业务培训次数”"), "{said}");
    assert!(
        said.contains("“服务对象满意度”共 7 项指标的分值在表上找不到"),
        "{said}"
    );
    let lines = case["indicators"].as_array().unwrap();
    assert!(lines.iter().all(|l| l["method"] == "unscored"), "{case}");
}
