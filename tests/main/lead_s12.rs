//! Tester s12 S15: a folder of forms that also holds the officer's own rule copies, and a
//! folder of generator scripts beside the forms.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, copy_dir};
use crate::test::Test;

#[test]
fn a_rule_set_folder_among_the_forms_is_skipped_in_one_line_not_read_as_cases() {
    let dir = tempfile::tempdir().unwrap();
    let data = common::root().join("tests/data/import");
    std::fs::copy(data.join("template.docx"), dir.path().join("template.docx")).unwrap();
    // The officer's county copy and the provincial rules it extends, kept beside the forms.
    copy_dir(
        &common::root().join("rules/anhui-2023"),
        &dir.path().join("rules/anhui-2023"),
    );
    for i in 0..5 {
        std::fs::write(dir.path().join(format!("gen{i}.py")), "print()\n").unwrap();
    }
    let out = Test::new()
        .args([
            "--lang",
            "en",
            "score",
            "--rules",
            "rules/anhui-2023",
            "--format",
            "csv",
        ])
        .arg(dir.path())
        .run();
    // Before: each rules.toml was read as a case file, an error for every table in it.
    assert!(!out.stderr.contains("case::unknown-key"), "{}", out.stderr);
    assert!(!out.stderr.contains("error"), "{}", out.stderr);
    let skipped: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.contains("import::skipped"))
        .collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(skipped[0].contains("skipped 5 .py files"), "{}", skipped[0]);
    assert!(
        skipped[1].contains("anhui-2023`: it holds a rules.toml"),
        "{}",
        skipped[1]
    );
    // The forms' rows, then a row per file passed over (session 22, tester s21 B4).
    let rows: Vec<&str> = out.stdout.lines().skip(1).collect();
    let passed_over = rows.iter().filter(|r| r.contains(",not read,")).count();
    assert_eq!(rows.len() - passed_over, 2, "{}", out.stdout);
    assert!(passed_over > 0, "{}", out.stdout);
}

#[test]
fn a_few_files_of_another_kind_are_each_named() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.py", "b.py", "说明.md"] {
        std::fs::write(dir.path().join(name), "x\n").unwrap();
    }
    let out = Test::new()
        .args([
            "--lang",
            "en",
            "score",
            "--rules",
            "rules/anhui-2023",
            "--format",
            "csv",
        ])
        .arg(dir.path())
        .output();
    for name in ["a.py", "b.py", "说明.md"] {
        assert!(out.stderr.contains(name), "{}", out.stderr);
    }
}

/// A rules root with anhui-2023 and a county rule set `wo-2024` of the given text.
fn county(rules: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &common::root().join("rules/anhui-2023"),
        &dir.path().join("anhui-2023"),
    );
    std::fs::create_dir(dir.path().join("wo-2024")).unwrap();
    std::fs::write(dir.path().join("wo-2024/rules.toml"), rules).unwrap();
    dir
}

/// `jixiao check wo-2024` in that root, in Chinese.
fn check_county(dir: &tempfile::TempDir) -> crate::test::Output {
    Test::new()
        .current_dir(dir.path())
        .args(["--lang", "zh", "check", "wo-2024", "--rules-root", "."])
        .output()
}

/// Tester s12 S12: a county copy that lists only the level-1 weight it changes is told, at
/// its list, that the parent's other items are gone and where to copy them from — before,
/// only `weights-sum` was said, and following it gave a file `check` accepted.
#[test]
fn a_child_listing_one_of_the_parents_weights_is_told_the_others_are_gone() {
    let dir = county(
        "# 我县规则：产出指标降到 45 分，预算执行率提高到 15 分\n[rule_set]\nid = \"wo-2024\"\nextends = \"anhui-2023\"\ndescription = \"我县 2024\"\n\n[execution]\npoints = \"15\"\n\n[[weights.level1]]\nname = \"产出指标\"\npoints = \"85\"\n",
    );
    let out = check_county(&dir);
    assert!(
        out.stderr.contains("警告[rules::list-replaced]"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("“效益指标”、“满意度指标” 这里没有写"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("wo-2024/rules.toml:10:1"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("anhui-2023/rules.toml 第 84 行起"),
        "{}",
        out.stderr
    );
}

/// Session 13: a county that drops 效益指标 and 满意度指标 on purpose says so with
/// `lists_replaced`, and `check` no longer warns about that list (the help of the warning
/// names the line to write): 产出指标 90 and execution 10 make 100, and the file checks clean.
#[test]
fn a_list_replaced_on_purpose_is_not_warned() {
    let rules = "[rule_set]\nid = \"wo-2024\"\nextends = \"anhui-2023\"\ndescription = \"我县 2024\"\n\n[[weights.level1]]\nname = \"产出指标\"\npoints = \"90\"\n";
    let dir = county(rules);
    let out = check_county(&dir);
    assert!(
        out.stderr
            .contains("在本文件的 `[rule_set]` 下写 `lists_replaced = [\"weights.level1\"]`"),
        "{}",
        out.stderr
    );
    std::fs::write(
        dir.path().join("wo-2024/rules.toml"),
        rules.replace(
            "description",
            "lists_replaced = [\"weights.level1\"]\ndescription",
        ),
    )
    .unwrap();
    let out = check_county(&dir);
    assert!(
        !out.stderr.contains("rules::list-replaced"),
        "{}",
        out.stderr
    );
    // Only the changed rules' inherited citations are said (`cite-inherited`, session 18).
    let others = out
        .stderr
        .lines()
        .filter(|l| l.contains("rules::") && !l.contains("rules::cite-inherited"))
        .count();
    assert_eq!(others, 0, "{}", out.stderr);
    assert!(out.stderr.contains("已检查 1 个规则集"), "{}", out.stderr);
}

/// Tester s12b N6: a rule file saved loose among the forms, under a name of its own, is passed
/// over in one line, not read as a case file with an error for each of its tables.
#[test]
fn a_loose_rule_file_among_the_forms_is_passed_over_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::root().join("tests/data/import/template.docx"),
        dir.path().join("template.docx"),
    )
    .unwrap();
    std::fs::copy(
        common::root().join("rules/anhui-2023/rules.toml"),
        dir.path().join("我县规则2024.toml"),
    )
    .unwrap();
    let out = Test::new()
        .args([
            "--lang",
            "zh",
            "score",
            "--rules",
            "rules/anhui-2023",
            "--format",
            "csv",
        ])
        .arg(dir.path())
        .run();
    assert!(!out.stderr.contains("case::unknown-key"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("我县规则2024.toml”：其中有 [rule_set]，这是规则文件，不是案卷"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout.lines().count(), 3, "{}", out.stdout);
}

/// Tester s12b N4: a child of another year that keeps its parent's title naming the old year
/// is told, with the title as it should read; the year is listed as a rule change.
#[test]
fn a_child_of_another_year_keeping_the_old_title_is_told_and_the_year_is_a_change() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &common::root().join("rules/anhui-2023"),
        &dir.path().join("anhui-2023"),
    );
    std::fs::create_dir(dir.path().join("wo-2024e")).unwrap();
    std::fs::write(
        dir.path().join("wo-2024e/rules.toml"),
        "[rule_set]\nid = \"wo-2024e\"\nextends = \"anhui-2023\"\nyear = 2024\n",
    )
    .unwrap();
    let out = Test::new()
        .current_dir(dir.path())
        .args(["--lang", "zh", "check", "wo-2024e", "--rules-root", "."])
        .output();
    assert!(
        out.stderr
            .contains("这个规则集的年度是 2024，标题却沿用了上级的“安徽省项目支出绩效自评表评分规则(2023年度)”"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("`title = \"安徽省项目支出绩效自评表评分规则(2024年度)\"`"),
        "{}",
        out.stderr
    );
    let log = Test::new()
        .current_dir(dir.path())
        .args([
            "--lang",
            "zh",
            "rules",
            "changelog",
            "anhui-2023",
            "wo-2024e",
        ])
        .args(["--rules-root", "."])
        .output();
    assert!(
        log.stdout.contains("规则的年度：2023 → 2024 *"),
        "{}",
        log.stdout
    );
}

/// Tester s12b N7: a hand-edited case file with a full-width `＝` and a misspelt key gets both
/// said in one `check`, the key at its own line.
#[test]
fn a_case_files_slips_and_misspelt_keys_are_said_in_one_round() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(
        common::root().join("cases/huainan-2023/2023-01-窗口人员月度考核奖.toml"),
    )
    .unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    assert_eq!(lines[27], "points = \"10\"");
    assert_eq!(lines[29], "score = \"10\"");
    lines[27] = "points ＝ \"10\"".into();
    lines[29] = "scroe = \"10\"".into();
    let file = dir.path().join("e1.toml");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let out = Test::new()
        .args(["--lang", "en", "--error-format", "json", "check"])
        .arg(&file)
        .output();
    let said: Vec<(String, u64)> = out
        .stderr
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|d| d["code"] != "note")
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        said,
        [
            ("case::full-width".to_owned(), 28),
            ("case::unknown-key".to_owned(), 30)
        ],
        "{}",
        out.stderr
    );
}
