//! Tester s11c H4: a child rule set whose `year` is later than the forms' (`my-2024`, copied
//! from the tester: `extends = "anhui-2023"`, `year = 2024`, execution rounded to 1 place)
//! adds `year-mismatch` to all 14 seed forms. `diff`, `regress` and `watch` said it under
//! every form, burying the one real move (#12, 97 → 97.1); they now say it once above the
//! forms and show per form only what differs. JSON keeps every form's findings. `regress
//! --rules` names the rule change behind #12's move, as `diff` does.

use crate::common::{copy_dir, root};
use crate::test::{Test, redact_hashes};
use std::path::Path;

/// The shipped rules and cases, with the tester's `my-2024` beside `anhui-2023`.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("rules"), &dir.path().join("rules"));
    copy_dir(&root().join("cases"), &dir.path().join("cases"));
    copy_dir(
        &root().join("tests/data/rules-s11c/my-2024"),
        &dir.path().join("rules/my-2024"),
    );
    dir
}

fn diff(dir: &Path, lang: &str) -> Test {
    Test::new().current_dir(dir).args([
        "--lang",
        lang,
        "diff",
        "--from",
        "anhui-2023",
        "--to",
        "my-2024",
        "cases/huainan-2023",
    ])
}

const YEAR: &str = "表的年度与规则不一致";
const YEAR_WORDS: &str = "表的年度 2023 与规则“my-2024”的年度 2024 不一致：按晚于该年度的规则评分，请改用 2023 年度的规则";

#[test]
fn diff_says_a_finding_on_every_form_once() {
    let ws = workspace();
    let out = diff(ws.path(), "zh").expect_status(1).run().stdout;
    // Once, with its wording, and the heading counts only what differs per form.
    assert_eq!(out.matches(YEAR).count(), 1, "{out}");
    assert!(
        out.contains(&format!(
            "\n14 张表都有同一变动：问题 +{YEAR}\n    {YEAR_WORDS}\n"
        )),
        "{out}"
    );
    assert!(
        out.lines()
            .next()
            .unwrap()
            .ends_with("共 14 张表，1 张总分或等级变动，1 张另有各自的问题变化"),
        "{out}"
    );
    // The one block left is #12's: its move, the rule change behind it, its own finding.
    let details = out.split("变动内容及引起变动的规则变化").nth(1).unwrap();
    assert_eq!(details.matches("\n#").count(), 1, "{details}");
    assert!(
        details.contains("+0.1 来自变化 1：预算执行率得分的小数位数：0 → 1"),
        "{details}"
    );
    insta::assert_snapshot!("diff_year_zh", redact_hashes(&out));
    let en = diff(ws.path(), "en").expect_status(1).run().stdout;
    assert_eq!(en.matches("year-mismatch").count(), 1, "{en}");
    insta::assert_snapshot!("diff_year_en", redact_hashes(&en));
}

/// Only the text summarises: JSON still has the finding on each of the 14 forms.
#[test]
fn diff_json_keeps_every_forms_findings() {
    let ws = workspace();
    let doc = diff(ws.path(), "zh")
        .args(["--format", "json"])
        .expect_status(1)
        .run()
        .json();
    let cases = doc["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 14);
    for c in cases {
        let added = c["findings_added"].as_array().unwrap();
        assert!(added.iter().any(|f| f == "year-mismatch"), "{c}");
    }
}

/// On most forms but not all: said once, naming the forms without it.
#[test]
fn a_finding_on_most_forms_names_the_ones_without_it() {
    let ws = workspace();
    let first = std::fs::read_dir(ws.path().join("cases/huainan-2023"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("2023-01-"))
        .unwrap();
    let text = std::fs::read_to_string(&first).unwrap();
    std::fs::write(&first, text.replace("(2023年度)", "(2024年度)")).unwrap();
    let out = diff(ws.path(), "zh").expect_status(1).run().stdout;
    assert!(
        out.contains(&format!(
            "\n14 张表中 13 张有同一变动：问题 +{YEAR}（其余的：#1 没有）\n"
        )),
        "{out}"
    );
    assert_eq!(out.matches(YEAR).count(), 1, "{out}");
    let en = diff(ws.path(), "en").expect_status(1).run().stdout;
    assert!(
        en.contains("\non 13 of 14 cases: finding +year-mismatch (not on #1)\n"),
        "{en}"
    );
}

fn regress(dir: &Path, lang: &str) -> Test {
    Test::new()
        .current_dir(dir)
        .args(["--lang", lang, "regress", "huainan-2023", "--rules"])
        .arg(dir.join("rules/my-2024"))
}

#[test]
fn regress_under_other_rules_says_the_shared_change_once_and_what_moved_12() {
    let ws = workspace();
    let out = regress(ws.path(), "zh").expect_status(1).run().stdout;
    assert_eq!(out.matches(YEAR).count(), 1, "{out}");
    assert_eq!(out.matches("规则 anhui-2023 → my-2024").count(), 1, "{out}");
    assert!(
        out.contains("    变动原因：+0.1 来自：预算执行率得分的小数位数：0 → 1\n"),
        "{out}"
    );
    assert!(out.contains("  13 张表只有以上各表共有的变化\n"), "{out}");
    // The count stays what it is: 14 results differ from the accepted ones.
    assert!(out.contains("huainan-2023：14 张表，14 张有变化"), "{out}");
    insta::assert_snapshot!(
        "regress_year_zh",
        redact_hashes(&out.replace(&ws.path().display().to_string(), "[ws]"))
    );
    let en = regress(ws.path(), "en").expect_status(1).run().stdout;
    assert!(
        en.contains("    moved by +0.1 from: execution rounding places: 0 → 1\n"),
        "{en}"
    );
    insta::assert_snapshot!(
        "regress_year_en",
        redact_hashes(&en.replace(&ws.path().display().to_string(), "[ws]"))
    );
    // JSON: every form's findings and #12's attribution.
    let doc = regress(ws.path(), "zh")
        .args(["--format", "json"])
        .expect_status(1)
        .run()
        .json();
    let cases = doc["corpora"][0]["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 14);
    for c in cases {
        let added = c["findings_added"].as_array().unwrap();
        assert!(added.iter().any(|f| f == "year-mismatch"), "{c}");
    }
    let moved: Vec<&serde_json::Value> = cases
        .iter()
        .filter(|c| c.get("moved_by").is_some())
        .collect();
    assert_eq!(moved.len(), 1, "{cases:?}");
    assert!(moved[0]["id"].as_str().unwrap().starts_with("2023-12-"));
}

/// Without the copy kept at acceptance, the rule set of that id stands in while its hash is
/// the one accepted; once it is edited too, nothing can say which change moved the form.
#[test]
fn regress_attributes_through_the_unedited_rule_set_when_no_copy_was_kept() {
    let ws = workspace();
    std::fs::remove_dir_all(ws.path().join("rules/anhui-2023/accepted/rules")).unwrap();
    let out = regress(ws.path(), "zh").expect_status(1).run().stdout;
    assert!(
        out.contains("    变动原因：+0.1 来自：预算执行率得分的小数位数：0 → 1\n"),
        "{out}"
    );
    let rules = ws.path().join("rules/anhui-2023/rules.toml");
    let text = std::fs::read_to_string(&rules).unwrap();
    std::fs::write(&rules, format!("{text}\n# edited\n")).unwrap();
    let out = regress(ws.path(), "zh").expect_status(1).run().stdout;
    assert!(out.contains("计算总分 97 → 97.1"), "{out}");
    assert!(!out.contains("变动原因"), "{out}");
}

#[test]
fn watch_says_the_shared_finding_once_against_the_baseline() {
    let ws = workspace();
    let out = Test::new()
        .current_dir(ws.path())
        .args([
            "--lang",
            "zh",
            "watch",
            "--once",
            "--rules",
            "rules/my-2024",
            "--baseline",
            "anhui-2023",
            "cases/huainan-2023",
        ])
        .expect_status(1)
        .run()
        .stdout;
    assert_eq!(out.matches(YEAR).count(), 1, "{out}");
    assert!(
        out.contains(&format!(
            "共 14 张表，1 张总分或等级变动，1 张另有各自的问题变化\n  14 张表都有同一变动：问题 +{YEAR}\n      {YEAR_WORDS}\n"
        )),
        "{out}"
    );
    // #12's moved line (70.96% → 7.096, to 1 place 7.1) and its cause, as the per-save
    // block gives them (tester s15c F6), then its own finding.
    assert!(
        out.contains(
            "97 → 97.1 (+0.1)\n      预算执行 / 执行率 70.96%: 7 → 7.1 (+0.1)\n      \
             +0.1: 预算执行率得分的小数位数：0 → 1\n      问题 +自评得分与计算得分不一致：年度资金总额\n"
        ),
        "{out}"
    );
}
