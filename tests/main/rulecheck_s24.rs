//! Tester s24's rule writers' mistakes (A4, B3, C1–C5, C9): each caught at `check` and said in
//! the writer's words, at the writer's own file and line. The rule set is the tester's own
//! `fy-2024` (it extends the shipped `anhui-2023`), copied into a rules root with one mistake
//! made in it as the tester made it (`mkvar.sh`: a text replacement).

use crate::common::{copy_dir, root};
use crate::test::Test;
use std::path::{Path, PathBuf};

/// A rules root holding `anhui-2023` and `fy-2024` with `from` replaced by `to` in `file`
/// (under `fy-2024/`), and the path of `fy-2024` in it.
fn variant(file: &str, from: &str, to: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &root().join("rules/anhui-2023"),
        &dir.path().join("anhui-2023"),
    );
    let set = dir.path().join("fy-2024");
    copy_dir(&root().join("tests/data/rulecheck-s24/rules/fy-2024"), &set);
    let path = set.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} lacks {from}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    (dir, set)
}

/// `jixiao check SET --rules-root ROOT` in Chinese, plain: its stderr, with the status asked.
fn check(root_dir: &Path, set: &Path, status: i32) -> String {
    Test::new()
        .arg("check")
        .arg(set)
        .arg("--rules-root")
        .arg(root_dir)
        .args(["--error-format", "plain", "--lang", "zh"])
        .expect_status(status)
        .run()
        .stderr
}

#[test]
fn the_tester_rule_set_checks_clean() {
    let (dir, set) = variant("rules.toml", "id = \"fy-2024\"", "id = \"fy-2024\"");
    let err = check(dir.path(), &set, 0);
    assert!(!err.contains("错误"), "{err}");
}

/// A4: `ind.actual_value < "80"` compared a number with text, false for every line: the
/// 满意度 rule was dead and `check` passed. Now an error with the line unquoted.
#[test]
fn a4_a_quoted_number_in_a_script_is_an_error_with_the_line_unquoted() {
    let (dir, set) = variant(
        "scripts/satisfaction.rhai",
        "ind.actual_value < 80",
        "ind.actual_value < \"80\"",
    );
    let err = check(dir.path(), &set, 2);
    assert!(
        err.contains("scripts/satisfaction.rhai:5:8: 错误[rules::script-number-text]"),
        "{err}"
    );
    assert!(
        err.contains("`ind.actual_value < \"80\"` 拿数和文字比较"),
        "{err}"
    );
    assert!(err.contains("脚本里的数不加引号"), "{err}");
    assert!(
        err.contains("这一行应写成：`if ind.actual_value < 80 {`"),
        "{err}"
    );
}

/// B3: `check` said `该项将得 0 分` for words `score` keeps the self-score for (an unknown
/// word) or reads otherwise (`按月足额发放` against `按月发放`: on time). It now says what
/// scoring does, and only where scoring finds the word unknown.
#[test]
fn b3_check_says_what_score_does_with_words_no_band_holds() {
    let err = Test::new()
        .args(["check", "tests/data/rulecheck-s24/band-words.toml"])
        .args(["--error-format", "plain", "--lang", "zh"])
        .expect_status(0)
        .run()
        .stderr;
    assert!(
        err.contains(
            "band-words.toml:128:10: 警告[case::unknown-band]: 按规则集 `anhui-2023` 评分时，\
             实际完成值“大体健全”不属于任何定性档次：无法按规则计分，采用自评得分 8（未复核）"
        ),
        "{err}"
    );
    assert!(!err.contains("按月足额发放"), "{err}");
    assert!(!err.contains("将得 0 分"), "{err}");
    assert_eq!(err.matches("case::unknown-band").count(), 1, "{err}");
}

/// C1: `分值 = "40"` was told to be quoted, then (quoted) that it is an unknown key; the
/// English key it means was never said.
#[test]
fn c1_a_chinese_key_is_told_its_english_key_quoted_or_not() {
    let (dir, set) = variant("rules.toml", "points = \"40\"", "分值 = \"40\"");
    let err = check(dir.path(), &set, 2);
    assert!(
        err.contains("rules.toml:40:1: 错误[rules::syntax]: 键名 `分值` 是中文"),
        "{err}"
    );
    assert!(
        err.contains("`分值` 写作 `points`；这一行应写成：`points = \"40\"`"),
        "{err}"
    );
    let (dir, set) = variant(
        "rules.toml",
        "name = \"成本指标\"",
        "\"名称\" = \"成本指标\"",
    );
    let err = check(dir.path(), &set, 2);
    assert!(err.contains("错误[rules::unknown-key]"), "{err}");
    assert!(
        err.contains("`名称` 写作 `name`；这一行应写成：`name = \"成本指标\"`"),
        "{err}"
    );
}

/// C3: a hook naming a function the script lacks, in a rule set that extends another, was
/// placed at `rules.toml (resolved):287`, a line of the merged text no one sees.
#[test]
fn c3_a_script_error_of_a_child_rule_set_is_at_its_own_line() {
    let (dir, set) = variant(
        "scripts/satisfaction.rhai",
        "fn indicator(",
        "fn indicater(",
    );
    let err = check(dir.path(), &set, 2);
    assert!(!err.contains("(resolved)"), "{err}");
    assert!(
        err.contains("fy-2024/rules.toml:95:9: 错误[rules::script-hook]"),
        "{err}"
    );
    assert!(err.contains("indicater/4"), "{err}");
}

/// C4: execution bands written from 0% up gave four `band-order` errors and a `band-gap`;
/// now one error with the list reversed, as grades written low to high get.
#[test]
fn c4_execution_bands_written_low_to_high_are_one_error_with_the_list_reversed() {
    let (dir, set) = variant(
        "rules.toml",
        "  { from = \"95%\", score = \"10\" },\n  { from = \"90%\", score = \"8\" },\n  { from = \"80%\", score = \"6\" },\n  { from = \"60%\", score = \"3\" },\n  { from = \"0%\", score = \"0\" },",
        "  { from = \"0%\", score = \"0\" },\n  { from = \"60%\", score = \"3\" },\n  { from = \"80%\", score = \"6\" },\n  { from = \"90%\", score = \"8\" },\n  { from = \"95%\", score = \"10\" },",
    );
    let err = check(dir.path(), &set, 2);
    assert_eq!(err.matches("错误[").count(), 1, "{err}");
    assert!(
        err.contains("错误[rules::band-order]: 执行率档次写反了"),
        "{err}"
    );
    assert!(
        err.contains(
            "bands = [ { from = \"95%\", score = \"10\" }, { from = \"90%\", score = \"8\" },"
        ),
        "{err}"
    );
    assert!(!err.contains("band-gap"), "{err}");
}

/// C5: a `when` selecting no level 1 switched the 满意度 rule off with a warning that did
/// not say which rule; it now names the policy line that will not take effect.
#[test]
fn c5_a_when_that_selects_nothing_names_the_policy_that_will_not_take_effect() {
    let (dir, set) = variant(
        "rules.toml",
        "when = { level1 = \"满意度指标\" }",
        "when = { level1 = \"群众满意度\" }",
    );
    let err = check(dir.path(), &set, 0);
    assert!(err.contains("警告[rules::when-unmatched]"), "{err}");
    assert!(
        err.contains(
            "“满意度低于80%的，该项指标不得分”（阜财绩〔2024〕5号 第六条）这条规定不会生效"
        ),
        "{err}"
    );
}

/// C9: `watch --once` on a folder of received forms said 没有案卷文件 and exited 0 without
/// reading the broken rule set it was given. The rule set is now checked and the forms said.
#[test]
fn c9_watch_once_on_a_folder_of_forms_checks_the_rules_and_says_the_forms() {
    let (dir, set) = variant("scripts/satisfaction.rhai", "score: 0,", "score: 0；");
    let forms = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("tests/data/import/noisy.xlsx"),
        forms.path().join("noisy.xlsx"),
    )
    .unwrap();
    let err = Test::new()
        .args(["watch", "--once", "--lang", "zh", "--rules"])
        .arg(&set)
        .arg("--rules-root")
        .arg(dir.path())
        .arg(forms.path())
        .expect_status(2)
        .run()
        .stderr;
    assert!(err.contains("rules::full-width"), "{err}");
    assert!(
        err.contains("下有 1 个自评表文件，但没有案卷文件（.toml）"),
        "{err}"
    );
    assert!(err.contains("直接评分用 `jixiao score "), "{err}");
}
