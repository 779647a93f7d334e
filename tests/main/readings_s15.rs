//! Session 15, engineer `readings`: cells read as an officer would (tester s15f). A bare cost
//! in 元 on a 万元 form (F-C1), a deadline's actual written `2022.12`, `Q4`, `2022年第四季度`
//! (F-A3), `按期` under a 时效 line (F-B2), a rate's `1` against `100` (F-A4), `--rules` given
//! as an id (F-L1). The inputs are the tester's (`/work/tester-made/s15f/`) and variants made
//! from them, under `tests/data/readings-s15/` (see its SOURCES.md); every total is by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::score_json;
use crate::test::Test;
use serde_json::Value;

const DATA: &str = "tests/data/readings-s15";

fn scored(file: &str) -> Value {
    let (json, _) = score_json(&format!("{DATA}/{file}"), "central-2020", false);
    json["cases"][0].clone()
}

/// The findings on the line whose name holds `line`, as `code: message`.
fn on_line(case: &Value, line: &str) -> Vec<String> {
    let findings = case["findings"].as_array().unwrap();
    let on = |f: &&Value| {
        f["location"]["indicator"]["level3"]
            .as_str()
            .is_some_and(|n| n.contains(line))
    };
    let said = |f: &Value| format!("{}: {}", f["code"].as_str().unwrap(), f["message"]);
    findings.iter().filter(on).map(said).collect()
}

fn line_score(case: &Value, line: &str) -> String {
    let lines = case["indicators"].as_array().unwrap();
    let l = lines
        .iter()
        .find(|i| i["level3"].as_str().unwrap().contains(line))
        .unwrap();
    l["score"].to_string()
}

/// F-C1: `462000` against `≤50万元` on a form filled in 元 is 462000 元 = 46.2 万元, met → 5,
/// said as a warning naming both readings. By hand 14.25 + 10 + 10 + 0 + 4.93 + 5 + 10 + 0 +
/// 10 + 10 + 9 = 83.18 (it was 78.18 with 462000 万元).
#[test]
fn a_cost_in_yuan_on_a_wan_yuan_form_is_read_in_yuan_with_a_warning() {
    let case = scored("c-shandong-2021-nongmin.txt");
    assert_eq!(case["total"].to_string(), "83.18");
    assert_eq!(line_score(&case, "项目总成本"), "5");
    let said = on_line(&case, "项目总成本").join("\n");
    assert!(said.starts_with("unit-guessed: "), "{said}");
    for part in ["462000 万元", "9240 倍", "读作 462000 元"] {
        assert!(said.contains(part), "{part}: {said}");
    }
    assert!(!said.contains("score-mismatch"), "{said}");
}

/// F-A3: `2022.12`, `2022-12`, `Q4` (the form's year 2022) and `2022年第四季度` against
/// `2022年12月31日前` are on time → 5 (total 96.75, as `2022年12月` gives; execution 322/340 =
/// 94.71% → 9, both funds rows summed); `2023年Q1` ends on 2023-03-31, late → 0 (91.75). Each reading is a note on the cell.
#[test]
fn a_deadlines_month_or_quarter_written_as_officers_do_is_a_date() {
    for (file, read, total) in [
        ("a1-guangdong-nolabelrow.xlsx", "读作 2022年12月", "96.75"),
        ("a9-deadline-dash.xlsx", "读作 2022年12月", "96.75"),
        // Tester s15r N4: a month and day, in the form's year.
        ("va3-deadline-dec31.xlsx", "读作 12月31日", "96.75"),
        ("a7-deadline-Q4.xlsx", "最后一天 12月31日", "96.75"),
        (
            "a8-deadline-quarter-year.xlsx",
            "最后一天 2022年12月31日",
            "96.75",
        ),
        (
            "a11-deadline-late-quarter.xlsx",
            "最后一天 2023年3月31日",
            "91.75",
        ),
    ] {
        let case = scored(file);
        assert_eq!(case["total"].to_string(), total, "{file}");
        let said = on_line(&case, "养护任务完成时间").join("\n");
        assert!(said.contains(read), "{file}: {said}");
        assert!(!said.contains("unit-mismatch"), "{file}: {said}");
    }
}

/// F-B2: `按期` answering `每月15日前` on a 时效指标 line with a blank 得分 is met → 10 (it was
/// "in no band" → 0): 85.78 + 10 = 95.78, 优. `--rules central-2020` (the id, F-L1) is taken
/// as `rules/central-2020`.
#[test]
fn on_schedule_under_a_time_limit_is_met() {
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "central-2020", "--format", "json"])
        .arg(format!("{DATA}/b2-zhejiang-form-only.docx"))
        .output();
    let case = &out.json()["cases"][0];
    assert_eq!(case["total"].to_string(), "95.78");
    assert_eq!(case["grade"], "优");
    assert_eq!(line_score(case, "养老金按月足额发放"), "10");
    let said = on_line(case, "养老金按月足额发放").join("\n");
    assert!(said.contains("qualitative-actual"), "{said}");
    assert!(!said.contains("unknown-band"), "{said}");
    // `-8%` on `较上年增减` against `≤0%` is a fall, not an absurd value.
    let said = on_line(case, "较上年增减").join("\n");
    assert!(!said.contains("absurd-value"), "{said}");
    // Under a target date, `按期` is met by the same words (was kept unreviewed).
    let case = scored("a10-deadline-anqi.xlsx");
    assert_eq!(case["total"].to_string(), "96.75");
    let said = on_line(&case, "养护任务完成时间").join("\n");
    assert!(!said.contains("unknown-band"), "{said}");
}

/// F-A4: a 合格率 line's `1` against `100`, neither with `%`, is 100% → 5 with a warning (it was
/// 5 × 1 / 100 = 0.05): 96.75, as `100%` / `1` gives (`2022.12` on the deadline line on time).
#[test]
fn a_rates_fraction_against_a_bare_hundred_is_a_percentage() {
    let case = scored("a6-target100-actual1.xlsx");
    assert_eq!(case["total"].to_string(), "96.75");
    assert_eq!(line_score(&case, "工程验收合格率"), "5");
    let said = on_line(&case, "工程验收合格率").join("\n");
    assert!(said.starts_with("unit-guessed: "), "{said}");
    assert!(said.contains("100%"), "{said}");
    // Tester s15r N5: the same on a line named as a share (`合格比例`, no 率): `0.98` against `100`
    // is 98% → 5 × 98 / 100 = 4.9 (it was 0.05): 96.75 − 5 + 4.9 = 96.65.
    let case = scored("va4-bili.xlsx");
    assert_eq!(line_score(&case, "工程验收合格比例"), "4.9");
    assert_eq!(case["total"].to_string(), "96.65");
    let said = on_line(&case, "工程验收合格比例").join("\n");
    assert!(said.contains("unit-guessed"), "{said}");
}

/// Tester s15r N2: a funds block with no 年度资金总额 row whose rows are `财政资金` and
/// `单位自筹资金` (a unit's own money, 其他资金 by another name): the rows are summed as for
/// `其中：财政拨款` / `其他资金` — 322 / 340 = 94.71% → 9, 96.75 as the form says (it was 304 / 320 =
/// 95% → 10 with an unknown-row warning and two false findings against the department).
#[test]
fn a_units_own_money_row_is_other_funds_and_summed() {
    let case = scored("va2-funds-zichou.xlsx");
    assert_eq!(case["total"].to_string(), "96.75");
    let codes: Vec<String> = case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert!(codes.contains(&"funds-total-blank".to_owned()), "{codes:?}");
    assert!(!codes.contains(&"rate-mismatch".to_owned()), "{codes:?}");
    assert!(!codes.contains(&"score-mismatch".to_owned()), "{codes:?}");
}
