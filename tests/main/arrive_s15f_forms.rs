//! Forms from other provinces, from the s15f user test (notes s15f-tester, engineer
//! `formsread`): a section row `绩效指标` above the indicators header (F-A1), a funds block
//! with no 年度资金总额 row (F-A2), a 自评报告 with its own `合计` table after the form (F-B1),
//! and `偏差原因分析 | 改进措施` split in two columns (F-B3). The inputs are the tester's,
//! copied unchanged to `tests/data/import/s15f/`, and two variants made there (see
//! `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, json_codes as codes, json_errors as errors};

const DATA: &str = "tests/data/import/s15f";

/// The score of the indicator whose 三级指标 is `level3`.
fn score_of(case: &serde_json::Value, level3: &str) -> f64 {
    case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["level3"] == level3)
        .unwrap_or_else(|| panic!("no {level3}"))["score"]
        .as_f64()
        .unwrap()
}

/// F-A1 and F-A2: the Guangdong county form, `绩效指标` merged across A10:I10 above the header
/// (standard column order, 分值 before 年度指标值, and `年度绩效指标（90分）`), funds
/// `其中：财政拨款 300 320 304` and `其他资金 0 20 18` with no total row. By hand (central-2020):
/// 15 × 1180 / 1200 = 14.75, 10, 5, 5, 时限 5, 5, 5, 8 (self, 较好), 5, 10 (self, √), 5, 10 =
/// 87.75; execution (304 + 18) / (320 + 20) = 322 / 340 = 94.7059% → 9.47 → 9; 96.75, the
/// form's own. The 时限 line's `2022.12` is F-A3 (another fix): 0 or 5, the total moves with
/// it. Before: the header read as `绩效指标` alone, the first indicator of 产出 and of 效益
/// dropped (25 points), level 1 blank, 70 (中) — or 192 (优) with 分值 first; execution 304 / 320
/// = 95% → 10, the department's right 94.71% / 9 called wrong.
#[test]
fn a_section_row_above_the_header_and_funds_without_a_total_row_read_whole() {
    for file in [
        "a2-guangdong-stdorder.xlsx",
        "a-guangdong-2022-gonglu.xlsx",
        "v-a2-label-points.xlsx",
    ] {
        let (json, stderr) = common::score_json(&format!("{DATA}/{file}"), "central-2020", false);
        let case = &json["cases"][0];
        assert!(!stderr.contains("import::unreadable"), "{file}: {stderr}");
        assert!(!stderr.contains("import::guessed"), "{file}: {stderr}");
        assert!(
            stderr.contains("是绩效指标部分的标题行"),
            "{file}: {stderr}"
        );
        let indicators = case["indicators"].as_array().unwrap();
        assert_eq!(indicators.len(), 12, "{file}");
        assert!(
            indicators.iter().all(|i| i["level1"] != ""),
            "{file}: a blank level 1"
        );
        assert_eq!(score_of(case, "1.养护农村公路里程"), 14.75, "{file}");
        assert_eq!(score_of(case, "(1)群众出行条件改善"), 8.0, "{file}");
        assert_eq!(case["execution"]["score"].to_string(), "9", "{file}");
        assert_eq!(case["execution"]["budget"].to_string(), "340", "{file}");
        assert_eq!(case["execution"]["spent"].to_string(), "322", "{file}");
        let on_time = score_of(case, "①养护任务完成时间");
        let total = case["total"].as_f64().unwrap();
        assert!((total - (91.75 + on_time)).abs() < 1e-9, "{file}: {total}");
        let found = codes(case);
        for wrong in ["rate-mismatch", "unknown-level1", "total-not-sum"] {
            assert!(!found.iter().any(|c| c == wrong), "{file}: {found:?}");
        }
        // The only score-mismatch is the 时限 line's own (F-A3), none on the execution.
        let mismatches = found.iter().filter(|c| *c == "score-mismatch").count();
        assert_eq!(mismatches, usize::from(on_time == 0.0), "{file}: {found:?}");
        assert!(found.contains(&"funds-total-blank".to_owned()), "{found:?}");
        assert!(errors(case).is_empty(), "{file}: {:?}", errors(case));
    }
}

/// F-A2: all the money in the 其他资金 row (`其中：财政拨款 300 0 0`, `其他资金 0 340 322`, a
/// project paid from 政府性基金): 322 / 340 = 94.71% → 9, not a division by zero scored 0 (良).
/// The note and the trace say the rows were added up; the budget change is the project's
/// (300 → 340), not one row's.
#[test]
fn funds_all_in_the_other_row_are_added_up_not_divided_by_zero() {
    let (json, _) = common::score_json(
        &format!("{DATA}/a5-funds-all-in-other.xlsx"),
        "central-2020",
        true,
    );
    let case = &json["cases"][0];
    assert_eq!(case["execution"]["score"].to_string(), "9");
    assert_eq!(case["grade"], "优");
    let found = codes(case);
    assert!(!found.contains(&"division-by-zero".to_owned()), "{found:?}");
    let text = case.to_string();
    assert!(text.contains("项目资金没有年度资金总额行"), "{text}");
    assert!(
        text.contains("全年预算数 = 其中各行之和 = 0 + 340 = 340"),
        "{text}"
    );
    assert!(
        text.contains("“项目资金各行合计”：预算在年内由 300 增至 340"),
        "{text}"
    );
}

/// F-B1: cover, 目录, the form, then a 自评报告 whose `表1 项目资金使用情况` ends in `合计 85
/// 82.45 97%`: the report's tables are no part of the form, which keeps its 总分 95 — read as
/// the same form without the report (b2). Before: the 合计 row replaced the form's 总分 row,
/// "该表未自评（未评级）". Also the variant page: a report table with `合计` after the form.
#[test]
fn a_report_table_with_a_total_row_after_the_form_is_left_out() {
    let (report, stderr) = common::score_json(
        &format!("{DATA}/b-zhejiang-2023-yanglao-report.docx"),
        "central-2020",
        false,
    );
    let (alone, _) = common::score_json(
        &format!("{DATA}/b2-zhejiang-form-only.docx"),
        "central-2020",
        false,
    );
    let case = &report["cases"][0];
    assert_eq!(case["reported_total"].to_string(), "95", "{stderr}");
    assert!(
        !codes(case).contains(&"no-grade".to_owned()),
        "{:?}",
        codes(case)
    );
    assert_eq!(case["total"], alone["cases"][0]["total"]);
    assert_eq!(case["indicators"], alone["cases"][0]["indicators"]);
    assert!(!stderr.contains("出现第二个总分行"), "{stderr}");
    assert!(
        stderr.contains("跳过自评表下方不含自评表内容的 2 个文档表格"),
        "{stderr}"
    );
    let (page, stderr) = common::score_json(
        &format!("{DATA}/v-label-twoheader-nototal-report.html"),
        "central-2020",
        false,
    );
    assert_eq!(
        page["cases"][0]["reported_total"].to_string(),
        "98",
        "{stderr}"
    );
    assert!(!stderr.contains("出现第二个总分行"), "{stderr}");
}

/// F-B3: `偏差原因分析及改进措施` merged over two columns with `原因分析 | 改进措施` under it
/// (docx, page), or one header row `偏差原因分析 | 改进措施` (xlsx): both read into the reason,
/// as the template's one column holds them; no unreadable cell, no skipped row. The variant
/// page (its own hand arithmetic): 20 × 95 / 100 = 19, 20, 10, 30, 10 = 89; funds with no
/// total row 其中：本年财政拨款 100 100 80 + 其他资金 0 100 100 → 180 / 200 = 90% → 9 (80 / 100
/// = 8 read from the first row alone); 98 = the form's.
#[test]
fn reason_and_measures_in_two_columns_are_both_kept() {
    for (file, rules, reason) in [
        (
            "b2-zhejiang-form-only.docx",
            "central-2020",
            "部分领取人员死亡停发；改进措施：加强与民政、公安数据比对",
        ),
        (
            "a2-guangdong-stdorder.xlsx",
            "central-2020",
            "部分路段汛期无法施工；改进措施：加强计划管理，汛前完成",
        ),
        (
            "v-label-twoheader-nototal-report.html",
            "central-2020",
            "部分学员因病缺课；改进措施：加强考勤管理",
        ),
    ] {
        let path = format!("{DATA}/{file}");
        let bytes = std::fs::read(&path).unwrap();
        let import = jixiao::import::import(&path, &bytes, Some(rules))
            .unwrap()
            .1;
        let toml = &import.forms[0].toml;
        assert!(
            toml.contains(&format!("deviation = \"{reason}\"")),
            "{file}: {toml}"
        );
        let (json, stderr) = common::score_json(&path, rules, false);
        assert!(!stderr.contains("import::unreadable"), "{file}: {stderr}");
        assert!(!stderr.contains("只有指标名称的指标行"), "{file}: {stderr}");
        assert!(
            !codes(&json["cases"][0]).contains(&"import-guessed".to_owned()),
            "{file}: {stderr}"
        );
    }
    let (json, _) = common::score_json(
        &format!("{DATA}/v-label-twoheader-nototal-report.html"),
        "central-2020",
        false,
    );
    let case = &json["cases"][0];
    assert_eq!(case["execution"]["score"].to_string(), "9");
    assert_eq!(case["total"].to_string(), "98");
    assert!(errors(case).is_empty(), "{:?}", errors(case));
}
