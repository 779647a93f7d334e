//! The funds row's 分值 that is not the execution weight, department forms and spending over
//! the budget (notes s17w-tester F1, F6, F8; engineer `fundsrow`). The inputs are built from the
//! patterns of the real pages (never copies), under `tests/data/import/s17/` (see `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, json_codes as codes};

const DATA: &str = "tests/data/import/s17";

/// The one case of a `--format json` document.
fn only(json: &serde_json::Value) -> &serde_json::Value {
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1, "{json}");
    &cases[0]
}

/// The finding with `code`'s message.
fn message(case: &serde_json::Value, code: &str) -> String {
    case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == code)
        .map(|f| f["message"].as_str().unwrap().to_owned())
        .unwrap_or_default()
}

/// F1 and F8: a central-style form cut at a level-2 label, whose 年度资金总额 row carries 分值
/// 100 / 得分 96 (the form's total points and self-scored total) while budget execution is an
/// indicator row (产出 / 数量 / 预算执行率, 20 points). By hand: 72万 / 80万 = 90%; 预算执行率
/// 20 × 90 / 100 = 18, 拨款率 10, 考核合格率 10 × 95 / 100 = 9.5, 保洁服务费 72万 ≤ 80万 → 10,
/// 投诉处理率 10: 57.5, incomplete, no grade; 自评总分 96 (from the funds row); no execution score
/// of its own. Before: 执行得分 90 of 100, 计算总分 147.5, `weights-adjusted` 100 "allowed", a
/// `score-mismatch` 96 vs 90, and `可持续影响 指标` a zero-scored indicator.
#[test]
fn a_funds_row_holding_the_form_total_is_no_execution_weight() {
    for (rules, more) in [
        ("central-2020", &[][..]),
        (
            "hb-module",
            &["points-weight-mismatch", "year-mismatch"][..],
        ),
    ] {
        let (json, stderr) = common::score_json(
            &format!("{DATA}/funds-row-form-total-cut.txt"),
            rules,
            false,
        );
        let case = only(&json);
        assert_eq!(case["total"].as_f64(), Some(57.5), "{rules}: {stderr}");
        assert_eq!(case["grade"], serde_json::Value::Null, "{rules}");
        assert_eq!(case["reported_total"].as_f64(), Some(96.0), "{rules}");
        assert_eq!(case["execution"]["score"].as_f64(), Some(0.0), "{rules}");
        assert_eq!(case["execution"]["rate"].as_f64(), Some(90.0), "{rules}");
        let mut want = vec![
            "funds-points-not-execution",
            "import-guessed",
            "incomplete-form",
            "no-grade",
        ];
        want.extend(more);
        let mut got = codes(case);
        got.sort();
        want.sort();
        assert_eq!(got, want, "{rules}");
        let said = message(case, "funds-points-not-execution");
        assert!(
            said.contains("分值 100、得分 96") && said.contains("“预算执行率”"),
            "{said}"
        );
        // The cut level-2 label is no indicator.
        let names: Vec<&str> = case["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["level3"].as_str().unwrap())
            .collect();
        assert_eq!(names.len(), 5, "{names:?}");
        assert!(names.iter().all(|n| !n.contains("指标")), "{names:?}");
        // Said by the note on a level label alone on its row (the 衔接资金 template carries
        // such a label down; here nothing follows it).
        assert!(stderr.contains("“可持续影响 指标”"), "{stderr}");
    }
}

/// F1 on a whole form: 分值 100 / 得分 99 on the funds row, a 总分 row 100 / 99, no indicator
/// row for execution. By hand: the indicators hold 20 + 15 + 15 + 30 + 10 = 90 points, all met
/// (90); the form leaves 100 − 90 = 10 for execution: 45 / 50 = 90% → 9; 99, 优. Under
/// hb-module (execution 20 by the rules) the form's own 10 still counts: 99, the weights said.
/// Before: 执行得分 90 of 100, 计算总分 180, `total-not-sum` and `total-points-not-sum` errors.
#[test]
fn a_whole_form_scores_execution_out_of_the_points_it_leaves() {
    for (rules, more) in [
        ("central-2020", &[][..]),
        (
            "hb-module",
            &[
                "points-weight-mismatch",
                "points-weight-mismatch",
                "year-mismatch",
            ][..],
        ),
    ] {
        let (json, stderr) = common::score_json(
            &format!("{DATA}/funds-row-form-total-complete.txt"),
            rules,
            false,
        );
        let case = only(&json);
        assert_eq!(case["total"].as_f64(), Some(99.0), "{rules}: {stderr}");
        assert_eq!(case["grade"], "优", "{rules}");
        assert_eq!(case["reported_total"].as_f64(), Some(99.0), "{rules}");
        assert_eq!(case["execution"]["score"].as_f64(), Some(9.0), "{rules}");
        assert_eq!(case["execution"]["points"].as_f64(), Some(10.0), "{rules}");
        let mut want = vec!["funds-points-not-execution"];
        want.extend(more);
        let mut got = codes(case);
        got.sort();
        want.sort();
        assert_eq!(got, want, "{rules}");
        assert!(
            message(case, "funds-points-not-execution").contains("余下的 10 分"),
            "{rules}"
        );
    }
}

/// F6: a 部门整体支出绩效自评表 labelled `部门 | name`, funds under `预算资金 (万元)`, spending
/// over the full-year budget. By hand: 262.5 / 250 = 105%, over by 12.5, capped at 100% → 10;
/// indicators 10 + 10 + 10 + 10 + 5 = 45; 55, cut at 成本指标 → no grade. Before: the name and
/// every funds row dropped, 计算总分 45, nothing said of the overspending.
#[test]
fn a_department_form_reads_its_name_and_funds_and_says_the_overspending() {
    let (json, stderr) = common::score_json(
        &format!("{DATA}/department-overall-overspent.txt"),
        "department-overall",
        false,
    );
    let case = only(&json);
    assert_eq!(case["project"], "某县城乡环境卫生管理中心", "{stderr}");
    assert_eq!(case["total"].as_f64(), Some(55.0));
    assert_eq!(case["grade"], serde_json::Value::Null);
    assert_eq!(case["execution"]["rate"].as_f64(), Some(105.0));
    assert_eq!(case["execution"]["score"].as_f64(), Some(10.0));
    let mut got = codes(case);
    got.sort();
    assert_eq!(
        got,
        [
            "budget-added",
            "import-guessed",
            "incomplete-form",
            "missing-reported",
            "no-grade",
            "overspent",
            "weights-adjusted"
        ]
    );
    let over = case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "overspent")
        .unwrap();
    assert_eq!(over["severity"], "warning");
    let said = over["message"].as_str().unwrap();
    assert!(
        said.contains("超出 12.5") && said.contains("105%"),
        "{said}"
    );
    assert!(!stderr.contains("不符合表头的格式"), "{stderr}");
}
