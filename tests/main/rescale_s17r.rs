//! Tester s17r R5 and R9, written declaratively. R5: "不适用的指标不考核，适用指标得分汇总后按百分制折算",
//! `[indicators] not_applicable_points = "rescale_total"` (a constructed rule set over
//! central-2020 and two constructed forms under `tests/data/rescale-s17r/`, hand readings in
//! its `SOURCES.md`): the total is the applicable scores ÷ the applicable points × 100, rounded
//! once, traced; the form that followed the policy is no `total-not-sum`; `check` passes and
//! `diff` names the switch for the move. R9: "预算数为调整后财政资金总额，执行数为财政资金实际
//! 支出数", `[execution] funds = ["appropriation", "carryover"]` (`caizheng-demo`): A and B from
//! those rows only, the rate shown is the rate scored.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{copy_dir, root};
use crate::test::Test;
use std::path::PathBuf;

const DATA: &str = "tests/data/rescale-s17r";
const A: &str = "tests/data/rescale-s17r/cases/a-不适用折算.toml";
const B: &str = "tests/data/rescale-s17r/cases/b-未折算.toml";
const C: &str = "tests/data/rescale-s17r/cases/c-其他资金.toml";

/// A rules root holding the shipped central-2016 and central-2020 and the constructed set.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    for id in ["central-2016", "central-2020"] {
        copy_dir(&root().join("rules").join(id), &rules.join(id));
    }
    for id in ["baifenzhi-demo", "caizheng-demo"] {
        copy_dir(&root().join(DATA).join(id), &rules.join(id));
    }
    (dir, rules)
}

fn codes(case: &serde_json::Value) -> Vec<String> {
    case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect()
}

/// 9 + 25 + 13.78 + 10 + 20 + 10 = 87.78 of the 90 applicable points → 87.78 ÷ 90 × 100 =
/// 97.5333… → 97.53 优 (87.78 良 when the 10 points are only left out).
#[test]
fn a_total_rescaled_to_full_marks_when_a_line_is_not_applicable() {
    let (_dir, rules) = workspace();
    let doc = Test::new()
        .args(["--lang", "zh", "score", "--format", "json", "--explain"])
        .arg("--rules-root")
        .arg(&rules)
        .args([A, B])
        .output()
        .json();
    let a = &doc["cases"][0];
    assert_eq!(a["total"].to_string(), "97.53", "{a:#}");
    assert_eq!(a["total_points"].to_string(), "100");
    assert_eq!(a["grade"], "优");
    assert_eq!(codes(a), ["not-applicable"], "{a:#}");
    let steps: Vec<&str> = a["total_trace"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    let step = steps.iter().find(|s| s.contains("百分制")).unwrap();
    assert!(
        step.contains("87.78 ÷ 适用分值 90 × 100 = 97.533333…")
            && step.ends_with("保留 2 位小数 = 97.53"),
        "{step}"
    );
    // The form wrote the plain sum: its own arithmetic holds, the policy's total differs.
    let b = &doc["cases"][1];
    assert_eq!(b["total"].to_string(), "97.53");
    // The same project, unit, year and figures A and B as the first, its 总分 written
    // otherwise and as complete: a second version of one form, said (s22, tester s21 D3: a
    // second copy; s24: a version with figures of its own, `revised-form`).
    assert_eq!(
        codes(b),
        [
            "not-applicable",
            "total-mismatch",
            "grade-mismatch",
            "revised-form"
        ],
        "{b:#}"
    );
    let revised = (b["findings"].as_array().unwrap().iter())
        .find(|f| f["code"] == "revised-form")
        .unwrap();
    assert!(
        revised["message"]
            .as_str()
            .unwrap()
            .contains("数字不同：自评总分 97.53 → 87.78"),
        "{revised:#}"
    );
}

/// `check` passes the rule set and both forms (their `[expect]` included), and `diff` from
/// central-2020 names the switch for the move of each form.
#[test]
fn check_passes_and_diff_names_the_switch() {
    let (_dir, rules) = workspace();
    Test::new()
        .args(["--lang", "zh", "check", "--rules-root"])
        .arg(&rules)
        .args([A, B])
        .expect_status(0)
        .run();
    Test::new()
        .args(["--lang", "zh", "score", "--check-expect", "--rules-root"])
        .arg(&rules)
        .args([A, B])
        .expect_status(0)
        .run();
    let out = Test::new()
        .args(["--lang", "zh", "diff", "--from"])
        .arg(rules.join("central-2020"))
        .arg("--to")
        .arg(rules.join("baifenzhi-demo"))
        .args([A, B])
        .output();
    let text = &out.stdout;
    assert!(
        text.contains(
            "1. 不适用指标的分值：剔除（总分的满分相应减少） → 剔除后按百分制折算（适用指标得分 ÷ 适用分值 × 满分）"
        ),
        "{text}"
    );
    assert!(
        text.contains("87.78 → 97.53 (+9.75), 良 → 优") && text.contains("+9.75 来自变化 1"),
        "{text}"
    );
}

/// R9: A = 150 + 50 = 200, B = 144 + 50 = 194 → 97% → 9.7 → 10 (the 年度资金总额 row would
/// give 210 / 240 = 87.5% → 9): 100 优, the form's 97% and 10 agree, and `diff` from
/// central-2020 (99) names the switch.
#[test]
fn execution_from_the_funds_rows_the_rules_name() {
    let (_dir, rules) = workspace();
    let doc = Test::new()
        .args(["--lang", "zh", "score", "--format", "json", "--explain"])
        .arg("--rules-root")
        .arg(&rules)
        .arg(C)
        .output()
        .json();
    let c = &doc["cases"][0];
    assert_eq!(c["total"].to_string(), "100", "{c:#}");
    assert_eq!(c["execution"]["rate"].to_string(), "97");
    assert_eq!(c["execution"]["score"].to_string(), "10");
    assert_eq!(codes(c), Vec::<String>::new(), "{c:#}");
    let steps: Vec<&str> = c["execution"]["trace"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(
        steps.contains(
            &"只计本年财政拨款、上年结转（[execution] funds）：全年预算数 = 150 + 50 = 200"
        ),
        "{steps:#?}"
    );
    let out = Test::new()
        .args(["--lang", "zh", "diff", "--from"])
        .arg(rules.join("central-2020"))
        .arg("--to")
        .arg(rules.join("caizheng-demo"))
        .arg(C)
        .output();
    assert!(
        out.stdout.contains("+1 来自变化 1：预算执行率的预算数、执行数取自：年度资金总额一行 → 本年财政拨款, 上年结转"),
        "{}",
        out.stdout
    );
}
