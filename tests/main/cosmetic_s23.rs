//! What the results say (session 23, tester s21/s22 leftovers): a target the 重庆 部门整体
//! form gives no direction for takes the one its rule set gives its name (`结转结余率` is a
//! ceiling); the HTML report's heading names the kind of form it holds; a flat list's places
//! print only the levels written; a sum failing on guessed rows names those rows; a cut form's
//! 满分 is said to be the points read, not the rule's.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{json_codes, score_json};
use crate::test::Test;
use calamine::{Data, Reader, Xlsx};
use std::io::Read as _;

const CHONGQING: &str = "tests/data/import/s22/chongqing-dept-overall.txt";
const TEMPLATE: &str = "tests/data/import/standard-template-example.xlsx";
/// A real form cut short before its 总分 row (anhui-2022: 90 of 90 read, `不完整（表不全）`).
const CUT: &str = "tests/data/import/real/chizhou-guichi-tangxi-2022-weituo.txt";
/// s23/README.md: the Yunnan form one cell a line, its indicator rows read by guessed columns.
const GUESSED: &str = "tests/data/import/s23/guessed-columns-cells.txt";

/// The finding of `code` on the indicator `level3` of a JSON case, if any.
fn finding_on<'a>(
    case: &'a serde_json::Value,
    code: &str,
    level3: &str,
) -> Option<&'a serde_json::Value> {
    case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == code && f["location"]["indicator"]["level3"] == level3)
}

/// Item 1: department-overall reads 结余率 and 人员控制率 as ceilings when the form gives no
/// direction: 结转结余率 0 against 2% keeps its 2 points, and the choice is said in the
/// finding and in the trace, citing the rule and its policy.
#[test]
fn the_rule_set_names_the_indicators_whose_bare_target_is_a_ceiling() {
    let (json, stderr) = score_json(CHONGQING, "department-overall", true);
    let case = &json["cases"][0];
    assert_eq!(case["total"], 97.45, "{stderr}");
    let said = finding_on(case, "direction-by-name", "结转结余率").unwrap();
    assert_eq!(said["severity"], "info");
    assert_eq!(
        said["message"],
        "“结转结余率”：表上未写年度指标值“2%”的方向，规则对名称含“结余率”的指标按反向指标计分"
    );
    assert!(finding_on(case, "direction-by-name", "财政供养人员控制率").is_some());
    // A rate to reach keeps the default: no word of the rule in its name.
    assert!(finding_on(case, "direction-by-name", "政府采购执行率").is_none());
    assert!(finding_on(case, "score-mismatch", "结转结余率").is_none());
    let codes = json_codes(case);
    assert_eq!(
        codes.iter().filter(|c| *c == "direction-by-name").count(),
        2
    );
    let line = case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["level3"] == "结转结余率")
        .unwrap();
    assert_eq!(line["score"], 2);
    let steps = line["trace"].to_string();
    assert!(
        steps.contains("表上未写方向，指标名称含“结余率”：按反向指标"),
        "{steps}"
    );
    assert!(
        steps.contains("quantitative.bare_target_by_name[0]"),
        "{steps}"
    );
    assert!(steps.contains("control-ratios"), "{steps}");
}

/// Item 1: the rule is the rule set's, not the engine's: under a project rule set without it,
/// the same line is read positive by default (0 against 2 scores 0), as before.
#[test]
fn without_the_rule_the_bare_target_keeps_the_default() {
    let (json, stderr) = score_json(CHONGQING, "national-2020", false);
    let case = &json["cases"][0];
    assert!(
        finding_on(case, "direction-by-name", "结转结余率").is_none(),
        "{stderr}"
    );
    assert!(finding_on(case, "score-mismatch", "结转结余率").is_some());
}

/// Item 1: `rules show` and `check` know the new key; a shipped child writing its own `ref`
/// on each item is not told `rules::cite-inherited`.
#[test]
fn the_rule_is_listed_and_checks_clean() {
    Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["check", "rules/department-overall"])
        .expect_stderr_contains("已检查 1 个规则集")
        .run();
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["check", "rules/department-overall"])
        .run();
    assert!(!out.stderr.contains("cite-inherited"), "{}", out.stderr);
    assert!(!out.stderr.contains("警告"), "{}", out.stderr);
}

fn html_heading(files: &[&str], rules: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("r.html");
    Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", rules, "--format", "html", "--out"])
        .arg(&page)
        .args(files)
        .output();
    let html = std::fs::read_to_string(&page).unwrap();
    let start = html.find("<h1>").unwrap() + 4;
    let end = html[start..].find("</h1>").unwrap() + start;
    html[start..end].to_owned()
}

/// Item 2: the HTML report's heading names the forms it holds: 部门整体支出 for the 重庆
/// form, 项目支出 for the template, neither for both.
#[test]
fn the_html_heading_names_the_kind_of_form() {
    assert_eq!(
        html_heading(&[CHONGQING], "rules/department-overall"),
        "部门整体支出绩效自评评分结果"
    );
    assert_eq!(
        html_heading(&[TEMPLATE], "rules/anhui-2023"),
        "项目支出绩效自评评分结果"
    );
    assert_eq!(
        html_heading(&[CHONGQING, TEMPLATE], "rules/department-overall"),
        "绩效自评评分结果"
    );
}

/// Item 3: a flat list's line has no level 1 or 2: its places print its name alone, in the
/// findings and in the trace, not ` /  / 名称`.
#[test]
fn a_flat_list_s_places_print_only_what_is_there() {
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/department-overall", "--explain"])
        .arg(CHONGQING)
        .output();
    assert!(!out.stdout.contains(" /  / "), "{}", out.stdout);
    assert!(!out.stdout.contains("\n   / "), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("结转结余率 · 年度指标值 · chongqing-dept-overall.txt 第 12 行第 4 格"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("\n  结转结余率\n"), "{}", out.stdout);
    // A form with all three levels prints them as before.
    let template = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/anhui-2023", "--explain"])
        .arg(TEMPLATE)
        .output();
    assert!(
        template.stdout.contains("产出指标 / 数量指标 / "),
        "{}",
        template.stdout
    );
}

/// Item 4: a sum failing on rows whose columns the import guessed names those rows by their
/// indicators beside the places of the notes, on a form read as a grid of cells.
#[test]
fn a_sum_failing_on_guessed_rows_names_them() {
    let (json, stderr) = score_json(GUESSED, "central-2020", false);
    let case = &json["cases"][0];
    let sum = case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "total-not-sum")
        .unwrap_or_else(|| panic!("{stderr}"));
    assert_eq!(sum["severity"], "error");
    assert_eq!(
        sum["message"],
        "自评总分 96 不等于表中各项得分之和（317）；但其中 4 行是导入时按推测的列读取的：\
         设备验收合格率、改造完成及时率、学生饮水安全保障、师生满意度（见导入说明：第 55 行、\
         第 63 行、第 79 行、第 96 行）：相差可能是读错了格，不一定是表本身填错，请先与原表核对这几行"
    );
    let en = Test::new()
        .env("JIXIAO_LANG", "en")
        .args(["score", "--rules", "rules/central-2020"])
        .arg(GUESSED)
        .output();
    assert!(
        en.stdout.contains(
            "the import guessed which column the figures of 4 summed rows came from: 设备验收合格率"
        ),
        "{}",
        en.stdout
    );
}

/// Item 5: the workbook says what 满分 is — a note on its header — and, under the summary,
/// that a cut form's 满分 counts only the rows read; the CSV keeps its columns.
#[test]
fn a_cut_form_s_full_marks_are_said_to_be_the_points_read() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("r.xlsx");
    Test::new()
        .env("JIXIAO_LANG", "zh")
        .args([
            "score",
            "--rules",
            "rules/anhui-2022",
            "--format",
            "xlsx",
            "--out",
        ])
        .arg(&report)
        .arg(CUT)
        .output();
    let mut book: Xlsx<_> = calamine::open_workbook(&report).unwrap();
    let sheet = book.worksheet_range("汇总").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(Data::to_string).collect())
        .collect();
    assert_eq!(rows[0][8], "满分");
    assert_eq!(rows[1][7], "不完整（表不全）");
    assert_eq!(rows[1][8], "90");
    let note = rows
        .iter()
        .map(|r| r.join(""))
        .find(|r| r.contains("表不全的"));
    assert_eq!(
        note.as_deref(),
        Some("表不全的 1 张表，“满分”只是读到的行的分值合计，不是规则的满分：“委托业务项目”90 分")
    );
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&report).unwrap()).unwrap();
    let mut comments = String::new();
    zip.by_name("xl/comments1.xml")
        .unwrap()
        .read_to_string(&mut comments)
        .unwrap();
    assert!(comments.contains("不一定是规则的满分"), "{comments}");
    // The CSV: the same columns in the same order.
    let csv = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/anhui-2022", "--format", "csv"])
        .arg(CUT)
        .output();
    let header = csv.stdout.lines().next().unwrap();
    assert!(
        header.contains(",计算总分,完整性,满分,等级,自评总分,"),
        "{header}"
    );
}
