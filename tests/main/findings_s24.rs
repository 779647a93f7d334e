//! Tester s24, the answer to "who scored wrong, by how much, why" (fixtures and their
//! generator in `tests/data/import/s24-findings/`, the tester's forms A and D with their
//! rule set `fy-2024`):
//! B2 — a department reporting 95 (优) for a form that earns 86 (良) gets an error, so the
//! exit code and the 错误 column show it; C7 — a score a script set says the script's reason
//! in its `score-mismatch`; C6 — under the not-applicable rescale script, rows scored at full
//! marks agree with their full marks out of the new points, and the not-applicable row says
//! what the script did with its points.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{copy_dir, json_codes, root};
use crate::test::Test;
use std::path::PathBuf;

const DATA: &str = "tests/data/import/s24-findings";

/// A rules root holding the shipped `anhui-2023` and the tester's `fy-2024` beside it.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    copy_dir(&root().join("rules/anhui-2023"), &rules.join("anhui-2023"));
    copy_dir(
        &root().join(DATA).join("rules/fy-2024"),
        &rules.join("fy-2024"),
    );
    (dir, rules)
}

fn score(form: &str, extra: &[&str], status: i32) -> crate::test::Output {
    let (_dir, rules) = workspace();
    Test::new()
        .args(["--lang", "zh", "score"])
        .args(extra.iter().copied())
        .arg("--rules-root")
        .arg(&rules)
        .arg("--rules")
        .arg(rules.join("fy-2024"))
        .arg(root().join(DATA).join(form))
        .expect_status(status)
        .run()
}

fn messages(case: &serde_json::Value, code: &str) -> Vec<String> {
    case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == code)
        .map(|f| f["message"].as_str().unwrap().to_owned())
        .collect()
}

/// B2: 95 reported, 86 computed: 优 → 良 is an error (exit 1), beside the total's warning.
#[test]
fn an_overstated_grade_is_an_error() {
    let out = score("交通局-单表.xlsx", &[], 1);
    assert!(
        out.stdout.contains(
            "错误[grade-mismatch] 等级 优 → 良：自评总分 95 评为“优”，计算总分 86 评为“良”（自评高出 9 分）"
        ),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("其中 1 张有错误级问题"),
        "{}",
        out.stdout
    );
    let doc = score("交通局-单表.xlsx", &["--format", "json"], 1).json();
    let case = &doc["cases"][0];
    assert_eq!(case["grade"], "良");
    let codes = json_codes(case);
    assert!(codes.contains(&"total-mismatch".to_owned()), "{codes:?}");
}

/// C7: the 满意度 rule's 0 says why, as the trace does.
#[test]
fn a_score_a_script_set_says_the_scripts_reason() {
    let doc = score("交通局-单表.xlsx", &["--format", "json"], 1).json();
    let case = &doc["cases"][0];
    let found = messages(case, "score-mismatch");
    assert!(
        found.contains(
            &"自评得分 7.8 与计算得分 0 不一致：计算得分来自脚本“scripts/satisfaction.rhai”第 6 行：满意度 78% 低于 80%，不得分"
                .to_owned()
        ),
        "{found:?}"
    );
}

/// C6: seven rows at full marks (10 of 10, 20 of 20) are their full marks out of 11.25 and
/// 22.5 after the script's rescale: no `score-mismatch`; the not-applicable row names the
/// script instead of saying its points are left out of the total.
#[test]
fn full_marks_under_a_rescale_script_agree_and_the_texts_match() {
    let doc = score("农业农村局-不适用.xlsx", &["--format", "json"], 1).json();
    let case = &doc["cases"][0];
    assert!(messages(case, "score-mismatch").is_empty(), "{case:#}");
    let na = messages(case, "not-applicable");
    assert_eq!(na.len(), 1, "{na:?}");
    assert!(na[0].contains("分值已由规则脚本重新设定"), "{na:?}");
    assert!(na[0].contains("其分值按比例分给其余 7 个指标"), "{na:?}");
    assert!(!na[0].contains("不计入总分"), "{na:?}");
}
