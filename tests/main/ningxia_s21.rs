//! The 宁夏 银川 2021 项目支出绩效自评表 as a Word document (tester s21 A2, B2): 项目名称 and
//! 主管部门 on one row, 实施单位 beside 自评得分, 年度资金总额 heading the funds' name column,
//! and 预算执行率 scored as an indicator row whose target is `—`.

use crate::common::{json_codes, score_json};

const FILE: &str = "tests/data/import/s21/ningxia-yinchuan-2021.docx";

#[test]
fn the_ningxia_form_keeps_its_names_funds_and_scores_its_execution_row() {
    let (json, stderr) = score_json(FILE, "national-2020", true);
    let case = &json["cases"][0];
    // B2: the header rows of two labels each are read.
    assert_eq!(case["project"], "初中公用经费", "{stderr}");
    assert_eq!(case["department"], "银川市教育局");
    assert_eq!(case["unit"], "银川市第六中学");
    assert!(!stderr.contains("不符合"), "{stderr}");
    // The unnamed values row under 年度资金总额 is that row, said.
    assert_eq!(case["execution"]["budget"], 64.8);
    assert_eq!(case["execution"]["spent"], 64.8);
    assert_eq!(case["execution"]["rate"], 100);
    assert!(
        stderr.contains("资金表头在行名的位置写着“年度资金总额”"),
        "{stderr}"
    );
    assert!(!stderr.contains("不是导入程序认识的行名"), "{stderr}");
    // A2: the 预算执行率 row is scored by the execution rule from 64.8 / 64.8, the
    // department's 9 against it a score-mismatch, not kept unverified.
    let indicators = case["indicators"].as_array().unwrap();
    let row = indicators
        .iter()
        .find(|i| i["level3"] == "预算执行率")
        .unwrap();
    assert_eq!(row["score"], 10);
    assert_eq!(row["reported_score"], 9);
    assert_eq!(row["method"], "ratio");
    let mismatch = case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["code"] == "score-mismatch" && f["location"]["indicator"]["level3"] == "预算执行率"
        })
        .expect("the execution row's score-mismatch");
    assert_eq!(mismatch["message"], "自评得分 9 与计算得分 10 不一致");
    let codes = json_codes(case);
    assert!(!codes.contains(&"unscorable".to_owned()), "{codes:?}");
    // Counted once: no execution points beside the row.
    assert_eq!(case["execution"]["score"], 0);
    assert_eq!(case["total"], 96);
    assert_eq!(case["reported_total"], 98);
    assert_eq!(case["grade"], "优");
    let trace = serde_json::to_string(&row["trace"]).unwrap();
    assert!(trace.contains("不是可比较的数值"), "{trace}");
}
