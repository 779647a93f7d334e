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

/// Item 3: each JSON indicator row carries its 完成情况 as written and what it claims, on a
/// template with that column (N3's case, three cells edited); a form without the column has
/// no `completion` key.
#[test]
fn json_indicator_rows_carry_their_completion() {
    let (json, stderr) = common::score_json(
        "tests/data/import/s12b/t2-wancheng-edited.toml",
        "hunan-2020-target",
        false,
    );
    let rows = json["cases"][0]["indicators"].as_array().unwrap().clone();
    let completion: Vec<String> = rows
        .iter()
        .map(|r| format!("{}={}", r["completion"]["text"], r["completion"]["claim"]))
        .collect();
    assert_eq!(
        completion,
        [
            r#""已完成"="done""#,
            r#""未完成"="not_done""#,
            r#""未完成"="not_done""#,
            r#""已完成"="done""#,
            r#""基本完成"="partly""#,
            r#""是"="done""#,
        ],
        "{stderr}"
    );
    let (json, _) = common::score_json(
        "cases/constructed-edge/edge-01-追加预算.toml",
        "anhui-2023",
        false,
    );
    let row = &json["cases"][0]["indicators"][0];
    assert!(row.get("completion").is_none(), "{row}");
}

/// `edge-01` (50 + 30 + 10 by the lines; 45 / 50 = 90% → 9: 99 优) with its funds cells
/// replaced, and without its `[expect]`.
fn edge01_with(edit: impl Fn(&str) -> String) -> (tempfile::TempDir, std::path::PathBuf) {
    let text = std::fs::read_to_string("cases/constructed-edge/edge-01-追加预算.toml").unwrap();
    let text = edit(text.split("\n[expect]").next().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.toml");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

fn findings_of<'a>(case: &'a serde_json::Value, code: &str) -> Vec<&'a serde_json::Value> {
    case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == code)
        .collect()
}

/// Item 1: 全年预算数 and 全年执行数 of 年度资金总额 left blank. The execution score is
/// unknown, not 0: JSON `score` null, the total 50 + 30 + 10 = 90 partial, no grade, and one
/// `no-grade` finding on the 全年预算数 cell naming both cells to fill in. The form's own
/// execution 得分 (9) is not called a mismatch of a 0 never computed, nor its total 99 (within
/// 90 + the 10 execution points). Before: execution 0, 90 → 优, `score-mismatch` 9 ≠ 0 and
/// `total-mismatch` 99 ≠ 90.
#[test]
fn blank_execution_figures_make_the_score_unknown_and_the_total_partial() {
    let (_dir, path) = edge01_with(|t| {
        t.replace("full_year_budget = \"50\"", "full_year_budget = \"\"")
            .replace("spent = \"45\"", "spent = \"\"")
    });
    let (json, stderr) = common::score_json(path.to_str().unwrap(), "anhui-2023", true);
    let case = &json["cases"][0];
    assert!(
        case["execution"]["score"].is_null(),
        "{}",
        case["execution"]
    );
    assert_eq!(case["total"], 90);
    assert_eq!(case["partial"], true);
    assert!(case["grade"].is_null());
    // One finding for the cells (s14): the `no-grade` that names them.
    assert_eq!(codes(case), ["no-grade"], "{stderr}");
    let no_grade = findings_of(case, "no-grade");
    let message = no_grade[0]["message"].as_str().unwrap();
    assert_eq!(
        message,
        "预算执行率无法计算：“年度资金总额”的全年预算数、全年执行数未填写，执行得分未知（不按 0 分计），\
         总分只是部分合计（未评级）；请在自评表上填写后重新评分"
    );
    assert_eq!(
        no_grade[0]["location"]["field"],
        "funds[0].full_year_budget"
    );
    let trace = case["execution"]["trace"].to_string();
    assert!(trace.contains("执行得分未知"), "{trace}");
    // Reports show the score as unknown (—) and the total as partial.
    let table = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/anhui-2023"])
        .arg(&path)
        .run()
        .stdout;
    assert!(table.contains("90（不完整：执行得分未知）"), "{table}");
    assert!(!table.contains("优"), "{table}");
}

/// Tester s13b N3: a reported total outside what the unknown execution score allows
/// (99 + 3 = 102 against 90 to 100) is a `total-mismatch` that gives the range, so that the
/// gap is not read as the department's by the 10 points it could not be checked on.
#[test]
fn a_total_outside_the_unknown_executions_range_says_the_range() {
    let (_dir, path) = edge01_with(|t| {
        t.replace("full_year_budget = \"50\"", "full_year_budget = \"\"")
            .replace("spent = \"45\"", "spent = \"\"")
            .replace("score = \"99\"", "score = \"102\"")
    });
    let (json, stderr) = common::score_json(path.to_str().unwrap(), "anhui-2023", true);
    let case = &json["cases"][0];
    let mismatch = findings_of(case, "total-mismatch");
    assert_eq!(mismatch.len(), 1, "{stderr}");
    assert_eq!(
        mismatch[0]["message"],
        "自评总分 102 与计算总分不一致：执行得分无法计算（最多 10 分），计算总分应在 90 到 100 之间，\
         自评总分比最高的 100 还高"
    );
}

/// Item 1: a figure that cannot be read (`一百`) is unknown too, and said apart from a blank
/// one: the `no-grade` finding says each cell as it is, the unreadable one with its text
/// (s14: the one finding on those cells; `unreadable-value` folded into it). A form whose figures give a rate is unchanged
/// (edge-01: 99 优).
#[test]
fn an_unreadable_figure_is_unknown_and_said_apart_from_a_blank_one() {
    let (_dir, path) = edge01_with(|t| {
        t.replace("full_year_budget = \"50\"", "full_year_budget = \"一百\"")
            .replace("spent = \"45\"", "spent = \"\"")
    });
    let (json, _) = common::score_json(path.to_str().unwrap(), "anhui-2023", false);
    let case = &json["cases"][0];
    assert!(case["grade"].is_null());
    assert_eq!(findings_of(case, "unreadable-value").len(), 0);
    let message = findings_of(case, "no-grade")[0]["message"]
        .as_str()
        .unwrap();
    assert!(
        message.contains("全年预算数“一百”无法识别为金额、全年执行数未填写"),
        "{message}"
    );
    let (json, _) = common::score_json(
        "cases/constructed-edge/edge-01-追加预算.toml",
        "anhui-2023",
        false,
    );
    let case = &json["cases"][0];
    assert_eq!(case["execution"]["score"], 9);
    assert_eq!(case["grade"], "优");
    assert!(case.get("partial").is_none());
}

/// Item 1: no 项目资金 row read at all (the form has none, or import could not read them):
/// the execution score is unknown, the total partial and ungraded, and the findings say the
/// rows were not read — apart from cells left blank — and which cells to fill in. Before:
/// execution 0 and a grade from the rest.
#[test]
fn a_form_without_funds_rows_gets_no_grade_and_says_so() {
    let (_dir, path) = edge01_with(|t| {
        let start = t.find("[[funds]]").unwrap();
        let end = t.find("[[indicators]]").unwrap();
        format!("{}{}", &t[..start], &t[end..])
    });
    let (json, stderr) = common::score_json(path.to_str().unwrap(), "anhui-2023", false);
    let case = &json["cases"][0];
    assert!(case["execution"]["score"].is_null());
    assert_eq!(case["partial"], true, "{stderr}");
    assert!(case["grade"].is_null());
    // One finding says it (s14): the `no-grade`, with what the `missing-reported` said.
    assert!(findings_of(case, "missing-reported").is_empty(), "{stderr}");
    let no_grade = findings_of(case, "no-grade")[0]["message"]
        .as_str()
        .unwrap();
    assert!(
        no_grade.starts_with("没有读到项目资金行（表上没有，或导入时未能读取"),
        "{no_grade}"
    );
    assert!(no_grade.contains("全年预算数和全年执行数"), "{no_grade}");
    // English too.
    let out = Test::new()
        .env("JIXIAO_LANG", "en")
        .args(["score", "--rules", "rules/anhui-2023", "--format", "json"])
        .arg(&path)
        .output();
    let case = &out.json()["cases"][0];
    let no_grade = findings_of(case, "no-grade")[0]["message"]
        .as_str()
        .unwrap();
    assert!(no_grade.starts_with("no 项目资金 was read"), "{no_grade}");
}
