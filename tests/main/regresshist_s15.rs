//! Tester s15c F2, F3, F4, F9: `regress` says why a case moved when its case file changed (or
//! nothing but jixiao did), keeps each case's earlier acceptances, writes the accepted file in
//! the user's language with the findings' names, the form's own total and whether the total is
//! partial, and says what a re-stamp did.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::copy_dir;
use crate::test::Test;
use std::path::{Path, PathBuf};

const EDGE01: &str = "cases/constructed-edge/edge-01-追加预算.toml";
const ACCEPTED: &str = "rules/anhui-2023/accepted/constructed-edge.toml";

fn workspace() -> tempfile::TempDir {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo.join("rules"), &dir.path().join("rules"));
    copy_dir(&repo.join("cases"), &dir.path().join("cases"));
    dir
}

/// `jixiao regress constructed-edge …` in Chinese.
fn regress(dir: &Path, args: &[&str]) -> Test {
    Test::new()
        .current_dir(dir)
        .env("JIXIAO_LANG", "zh")
        .arg("regress")
        .arg("constructed-edge")
        .args(args)
}

/// The department re-submits edge-01 with 满意度 92% → `pct` (target ≥90%).
fn resubmit(dir: &Path, pct: &str) {
    let path = dir.join(EDGE01);
    let text = std::fs::read_to_string(&path).unwrap();
    let line = "target = \"≥90%\"\nactual = \"";
    let at = text.find(line).unwrap() + line.len();
    let end = at + text[at..].find('"').unwrap();
    std::fs::write(&path, format!("{}{pct}{}", &text[..at], &text[end..])).unwrap();
}

fn accepted(dir: &Path) -> String {
    std::fs::read_to_string(dir.join(ACCEPTED)).unwrap()
}

#[test]
fn a_resubmitted_form_is_said_as_such_and_its_earlier_acceptance_is_kept() {
    let ws = workspace();
    let dir = ws.path();
    // 85/90 × 10 = 9.44; 99 − 10 + 9.44 = 98.44.
    resubmit(dir, "85%");
    let out = regress(dir, &["--accept", "--note", "部门更正重报", "--by", "张三"]).run();
    // What was replaced is said, and kept (F3).
    assert!(
        out.stderr.contains("已替换 edge-01-追加预算 以前的认可（")
            && out.stderr.contains("计算总分 99，"),
        "{}",
        out.stderr
    );
    let text = accepted(dir);
    // F4: the header in the user's language, each finding's name, the form's own total.
    assert!(
        text.starts_with("# 案卷批次“constructed-edge”的已认可结果"),
        "{text}"
    );
    assert!(!text.contains("Accepted results"), "{text}");
    assert!(
        text.contains("  \"total-mismatch @ 总分\",  # 自评总分与计算总分不一致\n"),
        "{text}"
    );
    assert!(
        text.contains("total = \"98.44\"\nreported_total = \"99\"\n"),
        "{text}"
    );
    assert!(text.contains("\n[[cases.\"edge-01-追加预算\".history]]\naccepted_by = \"fixa\"\n"));
    // A partial total says so (edge-07: its execution score is unknown), once accepted
    // anew: its accepted total hand-edited, so that it moved.
    let text = accepted(dir);
    let at = text.find("[cases.\"edge-07").unwrap();
    let edited = format!(
        "{}{}",
        &text[..at],
        text[at..].replacen("total = \"56\"", "total = \"55\"", 1)
    );
    std::fs::write(dir.join(ACCEPTED), edited).unwrap();
    regress(
        dir,
        &["--accept", "edge-07-空白与无法识别", "--note", "补记"],
    )
    .run();
    let text = accepted(dir);
    let edge07 = &text[text.find("[cases.\"edge-07").unwrap()..];
    assert!(edge07.contains("\npartial = true\n"), "{edge07}");

    // Re-submitted again (88/90 × 10 = 9.78): the move is the case file's (F2).
    resubmit(dir, "88%");
    let out = regress(dir, &[]).expect_status(1).run();
    insta::assert_snapshot!("resubmitted_form", out.stdout);
    // Back to the accepted file, with the accepted total hand-edited: neither the case file
    // nor the rule set changed since, so the scoring did.
    resubmit(dir, "85%");
    let text = accepted(dir);
    std::fs::write(
        dir.join(ACCEPTED),
        text.replacen("total = \"98.44\"", "total = \"98.4\"", 1),
    )
    .unwrap();
    let out = regress(dir, &[]).expect_status(1).run();
    insta::assert_snapshot!("scoring_moved", out.stdout);
    std::fs::write(dir.join(ACCEPTED), &text).unwrap();

    // The history is shown when asked.
    let out = regress(dir, &["--history"]).run();
    assert!(
        out.stdout
            .contains("认可历史 edge-01-追加预算（追加预算项目(年初预算为0)）：\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("fixa：计算总分 99，等级 优，规则 anhui-2023 @ ")
            && out
                .stdout
                .contains("张三：计算总分 98.44，等级 优，规则 anhui-2023 @ ")
            && out.stdout.contains("说明“部门更正重报”（当前）\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_restamp_keeps_its_note_and_says_what_it_did_and_an_accept_under_edited_rules_says_so() {
    let ws = workspace();
    let dir = ws.path();
    let rules = dir.join("rules/anhui-2023/rules.toml");
    let text = std::fs::read_to_string(&rules).unwrap();
    std::fs::write(&rules, format!("{text}# 只加了一行注释\n")).unwrap();
    let out = regress(dir, &[]).run();
    assert!(out.stdout.contains("重新记录"), "{}", out.stdout);
    let out = regress(
        dir,
        &["--accept", "--note", "规则误改已撤回，重新登记规则哈希"],
    )
    .run();
    // F9: what was done, not the advice to do it.
    assert!(
        out.stdout
            .contains("已按本次认可重新登记：规则集 anhui-2023 的哈希 ")
            && !out.stdout.contains("重新记录"),
        "{}",
        out.stdout
    );
    let after = accepted(dir);
    assert_eq!(
        after
            .matches("note = \"规则误改已撤回，重新登记规则哈希\"")
            .count(),
        7,
        "{after}"
    );
    assert_eq!(after.matches(".history]]\n").count(), 7, "{after}");
    regress(dir, &[]).run();

    // A rule edit that moves edge-04, accepted by name: the accept says the case now stands
    // under the edited rules (F3).
    let text = std::fs::read_to_string(&rules).unwrap();
    let band = "range = \"[60%, 80%)\"\nscore_at = \"lower\"";
    assert!(text.contains(band));
    std::fs::write(
        &rules,
        text.replace(band, "range = \"[60%, 80%)\"\nscore_at = \"middle\""),
    )
    .unwrap();
    let out = regress(dir, &["--accept", "edge-04-反向指标目标为0", "--note", "n"]).run();
    assert!(
        out.stderr
            .contains("注意：1 张表按认可以来已修改的规则集 anhui-2023（哈希 "),
        "{}",
        out.stderr
    );
}
