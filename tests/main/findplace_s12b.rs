//! Tester s12b N5: `diff`, `watch` and `regress` compared a form's findings as counts per code,
//! so a `score-mismatch` that moved from 管护机制 (an inflated self-score, 15 vs 9) to the
//! funds row (10 vs 9.5) read as "no change", and the shared line said `#1 没有` of a finding
//! #1 had on another line. Findings are now compared by code and line of the form; accepted
//! results keep the line, and old ones without it compare by code with one note.

use crate::common::{copy_dir, root};
use crate::test::{Test, redact_hashes};
use std::path::Path;

/// The shipped rules, the tester's `wo-2024e` beside `anhui-2023`, and the four forms as
/// corpus `c2023`.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let data = root().join("tests/data/findplace-s12b");
    copy_dir(&root().join("rules"), &dir.path().join("rules"));
    copy_dir(&data.join("wo-2024e"), &dir.path().join("rules/wo-2024e"));
    copy_dir(&data.join("cases"), &dir.path().join("cases"));
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
        "wo-2024e",
        "cases/c2023",
    ])
}

const MOVE: &str = "问题 自评得分与计算得分不一致：效益指标 指标1:管护机制 → 年度资金总额";

#[test]
fn diff_says_a_finding_moved_to_another_line() {
    let ws = workspace();
    let out = diff(ws.path(), "zh").expect_status(1).run().stdout;
    let first = out.split("\n#2 ").next().unwrap();
    let block = first.split("\n#1 ").nth(1).unwrap();
    assert!(block.contains(&format!("    {MOVE}\n")), "{out}");
    // The shared line does not call #1 "没有": it says where #1's went from.
    assert!(
        out.contains(
            "4 张表中 3 张有同一变动：问题 +自评得分与计算得分不一致：年度资金总额\
             （其余的：#1 的这一问题原在效益指标 指标1:管护机制，移到了这里）\n"
        ),
        "{out}"
    );
    assert!(!out.contains("#1 没有"), "{out}");
    // A finding about the whole form is said as before, once.
    assert!(
        out.contains("\n4 张表都有同一变动：问题 +表的年度与规则不一致\n"),
        "{out}"
    );
    insta::assert_snapshot!("findplace_diff_zh", redact_hashes(&out));
    let en = diff(ws.path(), "en").expect_status(1).run().stdout;
    assert!(
        en.contains("finding score-mismatch: 效益指标 指标1:管护机制 → 年度资金总额"),
        "{en}"
    );
    insta::assert_snapshot!("findplace_diff_en", redact_hashes(&en));
}

#[test]
fn diff_json_carries_the_place_of_each_changed_finding() {
    let ws = workspace();
    let doc = diff(ws.path(), "zh")
        .args(["--format", "json"])
        .expect_status(1)
        .run()
        .json();
    let one = &doc["cases"][0];
    let changes = one["finding_changes"].as_array().unwrap();
    assert!(
        changes.contains(&serde_json::json!({
            "change": "moved",
            "code": "score-mismatch",
            "from": "效益指标 指标1:管护机制",
            "to": "年度资金总额",
        })),
        "{one}"
    );
    assert!(
        changes.contains(&serde_json::json!({
            "change": "came", "code": "year-mismatch", "place": "全表",
        })),
        "{one}"
    );
    // The counts per code stay: nothing of score-mismatch came or went as a code.
    let added = one["findings_added"].as_array().unwrap();
    assert!(!added.iter().any(|c| c == "score-mismatch"), "{one}");
}

fn regress(dir: &Path) -> Test {
    Test::new()
        .current_dir(dir)
        .args(["--lang", "zh", "regress", "c2023"])
}

const ACCEPTED: &str = "rules/anhui-2023/accepted/c2023.toml";
const NOTE: &str = "已认可结果没有记录问题所在的行";

/// Accepted under anhui-2023, then scored under wo-2024e: the move said by `regress` too,
/// from the line the accepted file keeps.
#[test]
fn regress_says_the_move_from_the_accepted_line() {
    let ws = workspace();
    regress(ws.path())
        .args(["--accept", "--note", "first"])
        .expect_status(0)
        .run();
    let accepted = std::fs::read_to_string(ws.path().join(ACCEPTED)).unwrap();
    assert!(
        accepted.contains("\"score-mismatch @ 效益指标 指标1:管护机制\""),
        "{accepted}"
    );
    let out = regress(ws.path())
        .arg("--rules")
        .arg(ws.path().join("rules/wo-2024e"))
        .expect_status(1)
        .run()
        .stdout;
    assert!(out.contains(&format!("    {MOVE}\n")), "{out}");
    assert!(!out.contains(NOTE), "{out}");
    let doc = regress(ws.path())
        .arg("--rules")
        .arg(ws.path().join("rules/wo-2024e"))
        .args(["--format", "json"])
        .expect_status(1)
        .run()
        .json();
    let text = doc.to_string();
    assert!(
        text.contains(r#"{"change":"moved","code":"score-mismatch","from":"效益指标 指标1:管护机制","to":"年度资金总额"}"#),
        "{text}"
    );
}

/// An accepted file written before places were kept still loads and compares by code, with
/// one note; `--accept` then records the lines and keeps who accepted.
#[test]
fn an_accepted_file_without_places_compares_by_code() {
    let ws = workspace();
    regress(ws.path())
        .args(["--accept", "--note", "first"])
        .expect_status(0)
        .run();
    let path = ws.path().join(ACCEPTED);
    let placed = std::fs::read_to_string(&path).unwrap();
    let old: String = placed
        .lines()
        .map(|l| match l.split_once(" @ ") {
            Some((code, _)) => format!("{code}\","),
            None => l.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    assert_ne!(old, placed);
    std::fs::write(&path, &old).unwrap();
    let out = regress(ws.path()).expect_status(0).run().stdout;
    assert_eq!(out.matches(NOTE).count(), 1, "{out}");
    assert!(out.contains("4 张未变"), "{out}");
    // Under wo-2024e: by code, the mismatch neither came nor went on #1.
    let out = regress(ws.path())
        .arg("--rules")
        .arg(ws.path().join("rules/wo-2024e"))
        .expect_status(1)
        .run()
        .stdout;
    assert!(!out.contains("→ 年度资金总额"), "{out}");
    assert_eq!(out.matches(NOTE).count(), 1, "{out}");
    regress(ws.path())
        .args(["--accept", "--note", "places"])
        .expect_status(0)
        .run();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), placed);
    let out = regress(ws.path()).expect_status(0).run().stdout;
    assert!(!out.contains(NOTE), "{out}");
}
