//! The 重庆 部门整体绩效自评表 (2021 layout; tester s21 B1, C1), as a workbook and as `|` text
//! one row a line: a header row `主管部门 | … | 财政处室 | | 自评总分(分) | 98`, the funds block
//! `部门预算执行情况(万元)` with 执行率权重 / 执行率得分 and one unnamed row, and ONE flat list
//! `指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数(%) |
//! 指标权重(分) | 指标得分(分) | 是否核心指标` with no 一级/二级 columns and no 总分 row. It was
//! refused whole (`标题…之后没有表格内容`, `import::no-forms`).
//!
//! Hand-worked under department-overall (bare targets positive, ratio, 2 decimals): execution
//! 400 / 500 = 80% × 10 = 8. Lines: 96% of a 100% 财政供养人员控制率 and 0 of a 2% 结转结余率
//! are ceilings kept (s23: the rule set's `bare_target_by_name`, 人员控制率 / 结余率 reverse,
//! said as `direction-by-name`): 2 + 2 (before s23, read positive: 1.92 and 0); 80 / 70
//! capped 2; 72.74 / 100 × 2 = 1.45; 健全 / 合规 met 3 + 5; 52 / 50 (the adjusted target)
//! capped 10; 2600 / 2000 capped 10; 20 / 10 capped 5; 95 / 90 capped 10; 95 / 90 capped 39.
//! 8 + 2 + 2 + 2 + 1.45 + 8 + 10 + 10 + 5 + 10 + 39 = 97.45 against the form's 98.

use crate::common::{json_codes, score_json};
use jixiao::import;

const XLSX: &str = "tests/data/import/s22/chongqing-dept-overall.xlsx";
const TEXT: &str = "tests/data/import/s22/chongqing-dept-overall.txt";

/// The one form of `file` imported: its case-file text and the notes said.
fn imported(file: &str) -> (String, String) {
    let bytes = std::fs::read(file).unwrap();
    let (_, imported) = import::import(file, &bytes, None).unwrap();
    let said = crate::common::import_summary(&imported);
    let [form] = imported.forms.as_slice() else {
        panic!("one form expected\n{said}")
    };
    assert!(!form.incomplete, "{said}");
    (form.toml.clone(), said)
}

/// The `[[indicators]]` tables of a case file, parsed.
fn indicators(toml_text: &str) -> Vec<toml::Table> {
    let doc: toml::Table = toml_text.parse().unwrap();
    doc["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_table().unwrap().clone())
        .collect()
}

fn field<'a>(row: &'a toml::Table, key: &str) -> &'a str {
    row.get(key).and_then(|v| v.as_str()).unwrap_or("")
}

#[test]
fn the_flat_list_is_read_row_by_row_from_the_workbook_and_the_text() {
    for file in [XLSX, TEXT] {
        let (case, said) = imported(file);
        let rows = indicators(&case);
        assert_eq!(rows.len(), 11, "{file}\n{said}");
        let row = |name: &str| rows.iter().find(|r| field(r, "level3") == name).unwrap();
        // No level 1 or 2 on a flat list: left blank, not guessed.
        assert!(rows.iter().all(|r| field(r, "level1").is_empty()), "{file}");
        // The 计量单位 joined to a bare target and actual; a unit written in them kept.
        let ads = row("组织宣传活动次数");
        assert_eq!(field(ads, "target"), "50次", "{file}: the adjusted target");
        assert_eq!(field(ads, "actual"), "52次");
        assert_eq!(field(row("制作宣传品数量"), "target"), "10份");
        assert_eq!(field(row("播发稿件数量"), "target"), "2000篇");
        assert_eq!(field(row("结转结余率"), "actual"), "0%");
        // 指标性质 kept as written (定量/定性: no direction of its own).
        assert_eq!(field(row("政府采购执行率"), "nature"), "定量指标");
        assert_eq!(field(row("管理制度健全性"), "nature"), "定性指标");
        assert_eq!(field(row("管理制度健全性"), "target"), "健全");
        // 指标权重 is the points, 指标得分 the self-score; 得分系数 not a score.
        let purchase = row("政府采购执行率");
        assert_eq!(field(purchase, "points"), "2");
        assert_eq!(field(purchase, "score"), "2");
        assert_eq!(field(row("公共服务满意度"), "points"), "39");
        // The header: named by its 主管部门, the 自评总分 the form's reported total.
        assert!(case.contains("project = \"某区文化传媒中心\""), "{case}");
        assert!(case.contains("department = \"某区文化传媒中心\""), "{case}");
        assert!(case.contains("label = \"年度资金总额\""), "{case}");
        for note in [
            "the adjusted target \"50\" replaces the initial target \"40\"",
            "it is named by its header's 主管部门 \"某区文化传媒中心\"",
            "6 line(s) are marked core",
            "the execution's 10 points and the lines' 90 make 100: the form is whole",
            "the header's \"自评总分(分)\" is 98",
            "read as the 年度资金总额 row",
        ] {
            assert!(said.contains(note), "{file}: {note}\n{said}");
        }
        assert!(!said.contains("unreadable"), "{file}\n{said}");
        assert!(!said.contains("guessed"), "{file}\n{said}");
    }
}

#[test]
fn the_adjusted_target_is_placed_at_its_own_cell_in_the_workbook() {
    let (case, _) = imported(XLSX);
    let rows = indicators(&case);
    let ads = rows
        .iter()
        .find(|r| field(r, "level3") == "组织宣传活动次数")
        .unwrap();
    let cells = ads["cells"].as_table().unwrap();
    assert_eq!(cells["target"].as_str(), Some("部门整体绩效自评表!E15"));
}

#[test]
fn the_form_scores_the_same_from_both_and_the_self_scores_that_disagree_are_found() {
    let mut scored = Vec::new();
    for file in [XLSX, TEXT] {
        let (json, stderr) = score_json(file, "department-overall", true);
        let case = json["cases"][0].clone();
        assert_eq!(case["project"], "某区文化传媒中心", "{stderr}");
        // The funds: B / A, the execution points (执行率权重) and self-score (执行率得分).
        assert_eq!(case["execution"]["budget"], 500);
        assert_eq!(case["execution"]["spent"], 400);
        assert_eq!(case["execution"]["rate"], 80);
        assert_eq!(case["execution"]["points"], 10);
        assert_eq!(case["execution"]["score"], 8);
        assert_eq!(case["execution"]["reported_score"], 8);
        assert_eq!(case["total"], 97.45, "{stderr}");
        assert_eq!(case["reported_total"], 98);
        assert_eq!(case["total_points"], 100);
        assert_eq!(case["grade"], "优");
        let codes = json_codes(&case);
        assert_eq!(
            codes,
            [
                "direction-by-name",
                "direction-by-name",
                "score-mismatch",
                "total-mismatch",
                "no-level1",
            ],
            "{file}"
        );
        let mismatch = |name: &str| {
            case["findings"]
                .as_array()
                .unwrap()
                .iter()
                .find(|f| {
                    f["code"] == "score-mismatch" && f["location"]["indicator"]["level3"] == name
                })
                .map(|f| f["message"].as_str().unwrap().to_owned())
        };
        // 政府采购执行率: 72.74% of a 100% target, yet 得分系数 100% and the full 2 points.
        assert_eq!(
            mismatch("政府采购执行率").as_deref(),
            Some("自评得分 2 与计算得分 1.45 不一致")
        );
        // 结转结余率 0 against 2%: a ceiling kept (s23), so the self-score 2 stands.
        assert_eq!(mismatch("结转结余率"), None);
        // No unknown-level1 on every line, no level-1 weights compared with nothing.
        assert!(!codes.iter().any(|c| c == "unknown-level1"), "{codes:?}");
        assert!(!codes.iter().any(|c| c == "weights-adjusted"), "{codes:?}");
        let flat = case["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["code"] == "no-level1")
            .unwrap();
        assert!(
            flat["message"]
                .as_str()
                .unwrap()
                .contains("表上的 11 项绩效指标平列成一张清单，没有一级指标"),
            "{flat}"
        );
        let lines: Vec<(String, serde_json::Value, serde_json::Value)> = case["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                (
                    i["level3"].as_str().unwrap().to_owned(),
                    i["score"].clone(),
                    i["reported_score"].clone(),
                )
            })
            .collect();
        scored.push((lines, case["total"].clone(), codes));
    }
    assert_eq!(
        scored[0], scored[1],
        "the workbook and the text score alike"
    );
}

#[test]
fn a_title_whose_rows_are_not_read_says_so_and_the_hint_names_the_department_form() {
    let out = crate::test::Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/department-overall"])
        .arg("tests/data/import/s22/title-rows-unread.txt")
        .output();
    assert!(
        out.stderr
            .contains("标题“部门整体绩效自评表”之后的 3 行都没有认出是自评表的哪一部分"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("之后没有表格内容"), "{}", out.stderr);
    assert!(
        out.stderr.contains("“部门整体支出绩效自评表”也可"),
        "{}",
        out.stderr
    );
}
