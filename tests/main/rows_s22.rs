//! Rows a person reads that jixiao dropped or put in the wrong column (tester s21 B3, A3, C4,
//! A4): the 四川 大英 form's goal pair under a header written beside the section labels, its
//! indicators header running on into the first indicator row and that row cut at the end of the
//! copy, a previous form's tail before the first title; a 云南 funds 其中 row whose `%` landed
//! under 分值; an `=` money target passed and silently counted met.

use crate::common::{json_codes, score_json};
use crate::test::Test;

const CUT: &str = "tests/data/import/s22/sichuan-cut-after-header.txt";
const RUN_ON: &str = "tests/data/import/s22/sichuan-runon-then-cut.txt";
const YUNNAN: &str = "tests/data/import/s22/yunnan-subrow-equal.txt";

/// `jixiao import FILE --rules RULES --out DIR`: the one case file written.
fn imported(file: &str, rules: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["import", "--rules", rules, "--out"])
        .arg(dir.path())
        .arg(file)
        .run();
    let mut cases = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"));
    let case = cases.next().expect("one case file");
    assert!(cases.next().is_none());
    std::fs::read_to_string(case).unwrap()
}

#[test]
fn the_goal_pair_under_a_header_beside_the_section_labels_is_a_goal() {
    let (_, stderr) = score_json(CUT, "sichuan-2023", false);
    assert!(!stderr.contains("不符合表头的格式"), "{stderr}");
    assert!(
        stderr.contains(
            "年度目标的表头 “项目年度目标 | 年度目标完成情况” 与“1.项目年度目标完成情况”写在同一行"
        ),
        "{stderr}"
    );
    let case = imported(CUT, "sichuan-2023");
    assert!(
        case.contains(
            "[[goals]]\nexpected = \"按要求购置信创设备,并完成资金支付。\"\nactual = \"完成\""
        ),
        "{case}"
    );
    // The labels row is no note of the form's any more; the 2. paragraph still is.
    assert!(!case.contains("1.项目年度目标完成情况："), "{case}");
    assert!(
        case.contains("2.项目实施内容及过程概述：2023年购置8台信创电脑"),
        "{case}"
    );
}

#[test]
fn a_row_cut_right_after_a_header_that_ran_on_into_it_is_read_and_nothing_is_invented() {
    let (json, stderr) = score_json(CUT, "sichuan-2023", false);
    let case = &json["cases"][0];
    assert!(
        stderr.contains("绩效指标表头这一行与下一行之间没有分隔（表头各列都有文字，行末没有空单元格）：从“产出指标”起的 5 格是下一行"),
        "{stderr}"
    );
    // Read in column order, said as a guess: 三级指标, 指标性质, 年度指标值 and nothing more.
    assert!(
        stderr.contains("警告[import::guessed]: 第 1 张表：指标名称之后有 3 个单元格，表头有 8 列"),
        "{stderr}"
    );
    let codes = json_codes(case);
    assert!(!codes.contains(&"no-indicators".to_owned()), "{codes:?}");
    let indicators = case["indicators"].as_array().unwrap();
    assert_eq!(indicators.len(), 1);
    let row = &indicators[0];
    assert_eq!(row["level2"], "质量指标");
    assert_eq!(row["level3"], "完成信创设备购置并按要求支付资金");
    assert_eq!(row["method"], "missing");
    assert_eq!(row["score"], 0);
    assert!(row["reported_score"].is_null());
    // What the cut took stays missing: no actual, no points, no self-score; the form is
    // incomplete and ungraded, its execution still scored (the cut row does not make it a form
    // "without a 分值 column").
    let case_file = imported(CUT, "sichuan-2023");
    let at = case_file.find("[[indicators]]").expect("the cut row");
    let ind = &case_file[at..];
    assert!(ind.contains("target = \"100\""), "{ind}");
    assert!(!ind.contains("actual ="), "{ind}");
    assert!(!ind.contains("points ="), "{ind}");
    assert!(!ind.contains("score ="), "{ind}");
    assert!(case_file.contains("incomplete = true"), "{case_file}");
    assert_eq!(case["partial"], true);
    assert!(case["grade"].is_null());
    assert_eq!(case["execution"]["score"], 10);
    assert_eq!(case["total"], 10);
    assert!(codes.contains(&"missing-actual".to_owned()), "{codes:?}");
    assert!(!codes.contains(&"score-mismatch".to_owned()), "{codes:?}");
}

#[test]
fn a_whole_row_after_a_run_on_header_scores_and_the_cut_row_after_it_stays_cut() {
    let (json, stderr) = score_json(RUN_ON, "sichuan-2023", false);
    let case = &json["cases"][0];
    assert!(stderr.contains("从“产出指标”起的 9 格是下一行"), "{stderr}");
    let indicators = case["indicators"].as_array().unwrap();
    let names: Vec<&str> = indicators
        .iter()
        .map(|i| i["level3"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["更新办公电脑数量", "验收及时率"]);
    assert_eq!(indicators[0]["score"], 45);
    assert_eq!(indicators[0]["reported_score"], 45);
    assert_eq!(indicators[1]["method"], "missing");
    assert_eq!(case["execution"]["score"], 9.5);
    assert_eq!(case["total"], 54.5);
    assert_eq!(case["partial"], true);
}

#[test]
fn a_previous_forms_tail_before_the_first_title_is_named_with_its_lines() {
    let (json, stderr) = score_json(CUT, "sichuan-2023", false);
    assert_eq!(json["cases"].as_array().unwrap().len(), 1);
    assert!(
        stderr.contains(
            "第一张表的标题之前，第 1 至 5 行有 26 格文字未导入：从“绩效指标(90分)”起是另一张表的末尾（绩效指标、合计等行），这张表的标题和表头不在文件中，没有导入，也没有评分"
        ),
        "{stderr}"
    );
    // English says the same.
    Test::new()
        .env("JIXIAO_LANG", "en")
        .args(["score", "--rules", "rules/sichuan-2023", CUT])
        .expect_stderr_contains("before the first form's title, lines 1 to 5 hold 26 cells")
        .run();
}

#[test]
fn a_percentage_in_a_short_funds_row_is_its_rate_never_its_points() {
    let (json, stderr) = score_json(YUNNAN, "central-2020", false);
    assert!(
        stderr.contains(
            "资金行有 5 个单元格，应为 7 个；“100%”带 %，是执行率，不是分值：按执行率读取，分值空着（其中行的分值、得分模板不填）：年初预算数 7.50、全年预算数 7.50、全年执行数 7.50、执行率 100%"
        ),
        "{stderr}"
    );
    let case_file = imported(YUNNAN, "central-2020");
    let at = case_file.find("label = \"其中:当年财政拨款\"").unwrap();
    let row = &case_file[at..at + case_file[at..].find("\n\n").unwrap()];
    assert!(row.contains("rate = \"100%\""), "{row}");
    assert!(!row.contains("points = \"100%\""), "{row}");
    // Its cell is the one it was written in: line 6, the row's 5th cell.
    assert!(row.contains("rate = \"6:5\""), "{row}");
    assert!(row.contains("points = \"\"\n"), "{row}");
    let case = &json["cases"][0];
    assert_eq!(case["execution"]["score"], 10);
    assert_eq!(case["total"], 100);
}

#[test]
fn a_short_funds_row_read_in_column_order_says_which_value_went_where() {
    let (_, stderr) = score_json(CUT, "sichuan-2023", false);
    assert!(
        stderr.contains(
            "资金行有 7 个单元格，应为 8 个；按列的顺序读取：年初预算数 0.00、全年预算数 4.80、全年执行数 4.80、执行率 100.00%、分值 /、得分 /"
        ),
        "{stderr}"
    );
}

#[test]
fn an_equal_money_target_passed_is_flagged_with_target_actual_and_gap() {
    let (json, _) = score_json(YUNNAN, "central-2020", false);
    let case = &json["cases"][0];
    let finding = case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "equal-exceeded")
        .expect("equal-exceeded");
    assert_eq!(finding["severity"], "warning");
    assert_eq!(
        finding["message"],
        "年度指标值“72890元”要求等于 72890元，实际完成值“75000元”为 75000元，高出 2110元（目标值的 2.89%）：规则“完成的记满分”把超过等值目标算作达成，计满分；但等值指标超出目标不一定是完成（如金额超支、数量超出计划），请人工核对"
    );
    assert_eq!(finding["location"]["indicator"]["level3"], "执法补助经费");
    // The rule's score stands: the finding asks a person, it does not cut.
    let row = &case["indicators"][0];
    assert_eq!(row["score"], 50);
    // One finding, on that row only: the ≥ rows above their targets are not "=" targets.
    let codes = json_codes(case);
    assert_eq!(
        codes.iter().filter(|c| *c == "equal-exceeded").count(),
        1,
        "{codes:?}"
    );
}
