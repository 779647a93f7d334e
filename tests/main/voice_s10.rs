//! What the finance officer reads (tester s9, #16 leftovers): rule-file slips of a Chinese
//! keyboard said in words (F11).

use crate::common;
use crate::test::{Test, redact_hashes};
use std::path::Path;

/// `rules/anhui-2023` copied under `dir/rules`, its rules.toml changed by `edit`.
fn anhui_copy(dir: &Path, edit: impl Fn(String) -> String) -> std::path::PathBuf {
    let to = dir.join("rules/anhui-2023");
    std::fs::create_dir_all(to.join("scripts")).unwrap();
    let from = common::root().join("rules/anhui-2023");
    for e in std::fs::read_dir(from.join("scripts")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join("scripts").join(e.file_name())).unwrap();
    }
    let text = std::fs::read_to_string(from.join("rules.toml")).unwrap();
    std::fs::write(to.join("rules.toml"), edit(text)).unwrap();
    to
}

/// F11: `points = 45` is what a person writes; a bare integer or float is read as its digits
/// and scores exactly as the quoted string.
#[test]
fn bare_numbers_in_a_rule_file_read_as_their_digits() {
    let dir = tempfile::tempdir().unwrap();
    let bare = anhui_copy(dir.path(), |t| {
        t.replace("total = \"100\"", "total = 100")
            .replace("points = \"50\"", "points = 50")
            .replace("points = \"30\"", "points = 30.0")
            .replace("points = \"10\"", "points = 1_0")
            .replace("min = \"90\"", "min = 90.00")
    });
    let case = "cases/huainan-2023/2023-01-窗口人员月度考核奖.toml";
    Test::new().arg("check").arg(&bare).expect_status(0).run();
    let score = |rules: &Path| {
        let out = Test::new()
            .args(["--lang", "en", "score", "--format", "json", "--rules"])
            .arg(rules)
            .arg(case)
            .output()
            .stdout;
        redact_hashes(&out)
    };
    let quoted = score(&common::root().join("rules/anhui-2023"));
    assert!(quoted.contains("\"total\""), "{quoted}");
    assert_eq!(score(&bare), quoted);
}
