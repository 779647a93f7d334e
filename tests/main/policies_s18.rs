//! Tester s18: rule sets as policies are written. Constructed child rule sets under
//! `tests/data/policies-s18/` (see its `SOURCES.md`) over the shipped hb-module and anhui-2023:
//! `far_exceeded = false` switches the inherited table off, `far_exceeded = {}` is
//! `rules::no-change`, and `[execution] low_targets_met_below` moves (or, at `０％`, switches
//! off) `execution-low-targets-met`, with a value outside 0–100% refused.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{copy_dir, root, seed_file};
use crate::test::Test;
use std::path::PathBuf;

const DATA: &str = "tests/data/policies-s18";

/// A rules root holding the shipped parents and the constructed children.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    for id in ["hb-module", "anhui-2023"] {
        copy_dir(&root().join("rules").join(id), &rules.join(id));
    }
    for id in ["far-off", "far-empty", "low-off", "low-bad"] {
        copy_dir(&root().join(DATA).join(id), &rules.join(id));
    }
    (dir, rules)
}

fn check(rules: &std::path::Path, id: &str) -> crate::test::Output {
    Test::new()
        .args(["--lang", "zh", "check"])
        .arg(rules.join(id))
        .output()
}

#[test]
fn an_inherited_far_exceeded_is_switched_off_by_false_not_by_an_empty_table() {
    let (_dir, rules) = workspace();
    let off = check(&rules, "far-off");
    assert_eq!(off.status, 0, "{}", off.stderr);
    assert!(!off.stderr.contains("rules::"), "{}", off.stderr);
    let shown = Test::new()
        .args(["--lang", "zh", "rules", "show", "far-off", "--rules-root"])
        .arg(&rules)
        .output();
    assert!(
        shown.stdout.contains("# far_exceeded = false") && !shown.stdout.contains("\"120%\""),
        "{}",
        shown.stdout
    );
    assert!(shown.stdout.contains("# 继承 "), "{}", shown.stdout);

    let empty = check(&rules, "far-empty");
    assert!(
        empty.stderr.contains("警告[rules::no-change]")
            && empty.stderr.contains("far-empty/rules.toml:9")
            && empty.stderr.contains("hb-module/rules.toml 第 141 行")
            && empty.stderr.contains("`far_exceeded = false`"),
        "{}",
        empty.stderr
    );
}

#[test]
fn the_low_execution_threshold_is_a_rule_key() {
    let (_dir, rules) = workspace();
    let form = seed_file(11);
    let codes = |id: &str| {
        let doc = Test::new()
            .args(["--lang", "zh", "score", "--format", "json", "--rules"])
            .arg(rules.join(id))
            .arg(&form)
            .output();
        doc.stdout
    };
    assert!(codes("anhui-2023").contains("execution-low-targets-met"));
    assert!(!codes("low-off").contains("execution-low-targets-met"));
    let bad = check(&rules, "low-bad");
    assert_ne!(bad.status, 0);
    assert!(
        bad.stderr.contains("错误[rules::not-a-percentage]")
            && bad
                .stderr
                .contains("`low_targets_met_below` 要写 0% 到 100% 之间的百分比，这里写的是“120%”"),
        "{}",
        bad.stderr
    );
}
