//! Tester s24 A1, C8, A3: a number misread must never give a grade. Fixtures in
//! `tests/data/import/s24v/`, copied from the tester's forms (README there).
//!
//! - A1: a target written as a fraction (`≥0.9`) against an actual in `%` (`85%`) was scored
//!   85 / 0.9, capped at full marks, with nothing said. The target is read as 90 %: 9.44.
//! - C8: `8.8` against `≥85%` was read as 8.8 % silently; now with a warning on the cell.
//! - A3: a PDF preview's copy with `1234.56` wrapped as `1234.5` / `6` was scored 完整 and
//!   graded 优 at an execution rate of 20575 %, its own 分值 and 总分 called wrong. Now the
//!   execution score is unknown, the total partial, no grade, and one finding names the cells.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

fn finding<'a>(case: &'a serde_json::Value, code: &str, field: &str) -> &'a serde_json::Value {
    case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == code && f["location"]["field"] == field)
        .unwrap_or_else(|| panic!("no {code} on {field}: {:#}", case["findings"]))
}

#[test]
fn a_fraction_target_against_a_percent_actual_scores_in_percent() {
    let file = "tests/data/import/s24v/ratio-target-vs-percent.xlsx";
    let (json, stderr) = common::score_json(file, "anhui-2023", false);
    let case = &json["cases"][0];
    let line = &case["indicators"][1];
    assert_eq!(line["level3"], "指标1:重点人群签约覆盖率", "{stderr}");
    assert_eq!(line["score"], 9.44);
    let note = finding(case, "unit-assumed", "indicators[1].target");
    assert_eq!(note["location"]["form_cell"], "卫健委3!E14");
    assert!(
        note["message"].as_str().unwrap().contains(
            "年度指标值“≥0.9”未写单位且不大于 1，而实际完成值“85%”带“%”：年度指标值按比例读作 90 %"
        ),
        "{note:#}"
    );
    // The department's 10 is now disputed.
    finding(case, "score-mismatch", "indicators[1].score");
}

#[test]
fn a_bare_actual_far_below_its_percent_target_is_a_warning_on_the_cell() {
    let file = "tests/data/import/s24v/mixed-units.xlsx";
    let (json, stderr) = common::score_json(file, "anhui-2023", false);
    let case = &json["cases"][0];
    let line = &case["indicators"][6];
    assert_eq!(line["level3"], "指标1:居民满意度", "{stderr}");
    assert_eq!(line["score"], 1.04, "the reading stands");
    let warning = finding(case, "unit-guessed", "indicators[6].actual");
    assert_eq!(warning["severity"], "warning");
    assert_eq!(warning["location"]["form_cell"], "卫健委2!F19");
    let message = warning["message"].as_str().unwrap();
    assert!(
        message.contains("实际完成值“8.8”")
            && message.contains("“≥85%”")
            && message.contains("88 %"),
        "{message}"
    );
    // `≥0.9` against `92%` on the same form: met, full marks, said as a note.
    assert_eq!(case["indicators"][1]["score"], 10);
    finding(case, "unit-assumed", "indicators[1].target");
}

/// Whatever the text readers make of the wrapped number (another engineer works on them),
/// the form is never graded on an execution rate of 20575 %: either the funds are read right,
/// or the execution score is withheld and the form is partial, with no error against the
/// department's own 分值 and 总分.
#[test]
fn a_funds_row_read_out_of_place_gives_no_grade() {
    let file = "tests/data/import/s24v/pdf-preview-wrapped-number.txt";
    let (json, stderr) = common::score_json(file, "anhui-2023", false);
    let case = &json["cases"][0];
    assert_eq!(case["project"], "食品安全监督抽检项目", "{stderr}");
    let rate = case["execution"]["rate"].as_f64();
    if rate.is_some_and(|r| r <= 1000.0) {
        // Read right: the form is whole and its rate what it says (95%).
        assert_eq!(rate, Some(95.0), "{:#}", case["execution"]);
        return;
    }
    assert_eq!(case["execution"]["score"], serde_json::Value::Null);
    assert_eq!(case["grade"], serde_json::Value::Null);
    assert_eq!(case["partial"], true);
    assert_eq!(
        case["total_points"], 100,
        "the rule's 10 execution points, not the shifted 6"
    );
    assert!(
        common::json_errors(case).is_empty(),
        "{:#}",
        case["findings"]
    );
    let no_grade = finding(case, "no-grade", "funds[0].full_year_budget");
    let message = no_grade["message"].as_str().unwrap();
    for said in [
        "项目资金的数字可能读错了",
        "20575%",
        "3 个数字单独成行",
        "“年度资金总额”一行的全年预算数（读作 6）、全年执行数（读作 1234.5）",
    ] {
        assert!(message.contains(said), "{said}: {message}");
    }
    let codes = common::json_codes(case);
    for gone in [
        "rate-mismatch",
        "funds-parts-mismatch",
        "budget-cut",
        "absurd-value",
    ] {
        assert!(!codes.iter().any(|c| c == gone), "{gone}: {codes:?}");
    }
    // Nothing is said of the row's shifted 分值 (6) or 得分 (3): one finding, on its budget.
    let on_funds = case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            f["location"]["field"]
                .as_str()
                .unwrap_or("")
                .starts_with("funds")
        })
        .count();
    assert_eq!(on_funds, 1, "{:#}", case["findings"]);
}
