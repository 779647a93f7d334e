//! Tester s17r R5: "不适用的指标不考核，适用指标得分汇总后按百分制折算" written declaratively,
//! `[indicators] not_applicable_points = "rescale_total"` (a constructed rule set over
//! central-2020 and two constructed forms under `tests/data/rescale-s17r/`, hand readings in
//! its `SOURCES.md`): the total is the applicable scores ÷ the applicable points × 100, rounded
//! once, traced; the form that followed the policy is no `total-not-sum`; `check` passes and
//! `diff` names the switch for the move.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{copy_dir, root};
use crate::test::Test;
use std::path::PathBuf;

const DATA: &str = "tests/data/rescale-s17r";
const A: &str = "tests/data/rescale-s17r/cases/a-不适用折算.toml";
const B: &str = "tests/data/rescale-s17r/cases/b-未折算.toml";

/// A rules root holding the shipped central-2016 and central-2020 and the constructed set.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    for id in ["central-2016", "central-2020"] {
        copy_dir(&root().join("rules").join(id), &rules.join(id));
    }
    copy_dir(
        &root().join(DATA).join("baifenzhi-demo"),
        &rules.join("baifenzhi-demo"),
    );
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
    assert_eq!(codes(b), ["not-applicable", "total-mismatch"], "{b:#}");
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
        .arg(DATA)
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
