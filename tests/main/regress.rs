//! `jixiao regress` over the shipped corpora, over an edited rule set, through `--accept`
//! (including a kill in the middle of one), and its coverage report (issue #5).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::test::{Output, Test, redact_hashes};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

use crate::common::copy_dir;

/// A copy of the repository's rules and cases.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("rules"), &dir.path().join("rules"));
    copy_dir(&repo().join("cases"), &dir.path().join("cases"));
    dir
}

/// One rule parameter changed: band 2 (部分达成) now scores its middle (70%), not its lower
/// bound (60%).
fn edit_band2(rules_dir: &Path) {
    let path = rules_dir.join("rules.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let old = "range = \"[60%, 80%)\"\nscore_at = \"lower\"";
    assert!(text.contains(old));
    std::fs::write(
        &path,
        text.replace(old, "range = \"[60%, 80%)\"\nscore_at = \"middle\""),
    )
    .unwrap();
}

/// `jixiao regress` run in `dir`.
fn regress(dir: &Path) -> Test {
    Test::new().current_dir(dir).arg("regress")
}

#[test]
fn every_shipped_corpus_matches_its_accepted_results() {
    let Output { stdout, stderr, .. } = regress(&repo()).run();
    for corpus in ["constructed-2022", "constructed-edge", "huainan-2023"] {
        assert!(
            stdout.contains(&format!("{corpus}: "))
                && stdout.contains("0 changed, 0 added, 0 removed"),
            "{stdout}"
        );
    }
    assert!(
        stdout.contains("huainan-2023: 14 cases, 0 changed"),
        "{stdout}"
    );
    // Nothing but the summary (#19): this fails when a shipped rule set or script is edited
    // and its accepted results are not reviewed and re-stamped
    // (`jixiao regress --accept --note "…"`, docs/regression.md).
    for line in stdout.lines() {
        assert!(
            (line.contains(" cases, ") || line.contains(" case, ")) && line.ends_with(" unchanged"),
            "a shipped rule set changed since its results were accepted: {line}\n{stdout}"
        );
    }
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn accepting_one_case_changes_one_accepted_file() {
    let ws = workspace();
    let dir = ws.path();
    edit_band2(&dir.join("rules/anhui-2023"));
    let read_all = || -> Vec<(PathBuf, String)> {
        let mut files = Vec::new();
        for set in std::fs::read_dir(dir.join("rules")).unwrap().flatten() {
            for f in std::fs::read_dir(set.path().join("accepted"))
                .into_iter()
                .flatten()
                .flatten()
            {
                if f.path().is_file() {
                    files.push((f.path(), std::fs::read_to_string(f.path()).unwrap()));
                }
            }
        }
        files.sort();
        files
    };
    let before = read_all();
    regress(dir)
        .args([
            "--accept",
            "edge-04-反向指标目标为0",
            "--note",
            "n",
            "--by",
            "t",
            // anhui-2023's own corpora: the edit also reaches anhui-2022's through `extends` (#17).
            "constructed-edge",
            "constructed-scripts",
            "huainan-2023",
        ])
        .run();
    let after = read_all();
    let changed: Vec<&PathBuf> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b.1 != a.1)
        .map(|(b, _)| &b.0)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(changed[0].ends_with("anhui-2023/accepted/constructed-edge.toml"));
    let (old, new) = (
        cases_of(&before.iter().find(|f| &f.0 == changed[0]).unwrap().1),
        cases_of(&after.iter().find(|f| &f.0 == changed[0]).unwrap().1),
    );
    let moved: Vec<&String> = old.keys().filter(|id| old[*id] != new[*id]).collect();
    assert_eq!(
        moved,
        ["edge-04-反向指标目标为0"],
        "only the accepted case is re-stamped"
    );
    // Its earlier acceptance is kept (tester s15c F3).
    let entry = &new["edge-04-反向指标目标为0"];
    let history = entry["history"].as_array().unwrap();
    assert_eq!(history.len(), 1, "{entry:#?}");
    assert_eq!(history[0]["total"].as_str(), Some("88"), "{entry:#?}");
    assert_eq!(
        history[0]["rules_hash"],
        old["edge-04-反向指标目标为0"]["rules_hash"]
    );
    assert_eq!(entry["accepted_by"].as_str(), Some("t"));
}

/// The case tables of an accepted file, by id.
fn cases_of(text: &str) -> toml::Table {
    let doc: toml::Table = toml::from_str(text).unwrap();
    doc["cases"].as_table().unwrap().clone()
}

#[test]
fn one_rule_change_shows_exactly_the_affected_cases_then_accept_makes_it_pass() {
    let ws = workspace();
    let dir = ws.path();
    let accepted = dir.join("rules/anhui-2023/accepted");
    let before_edge = std::fs::read_to_string(accepted.join("constructed-edge.toml")).unwrap();
    let before_seed = std::fs::read_to_string(accepted.join("huainan-2023.toml")).unwrap();
    edit_band2(&dir.join("rules/anhui-2023"));

    // anhui-2022 and anhui-2023-local extend anhui-2023 (issue #17): the edit reaches their
    // corpora too, which is what inheriting means.
    let stdout = regress(dir).expect_status(1).run().stdout;
    assert!(
        stdout.contains("constructed-2022: 5 cases, 2 changed"),
        "{stdout}"
    );
    // The rest of the test follows anhui-2023's own corpora.
    let own = ["constructed-edge", "constructed-scripts", "huainan-2023"];
    let stdout = regress(dir).args(own).expect_status(1).run().stdout;
    assert!(
        stdout.contains("constructed-edge: 7 cases, 1 changed, 0 added, 0 removed, 6 unchanged"),
        "{stdout}"
    );
    assert!(
        stdout.contains("huainan-2023: 14 cases, 0 changed"),
        "{stdout}"
    );
    let changed: Vec<&str> = stdout.lines().filter(|l| l.starts_with("~ ")).collect();
    assert_eq!(
        changed,
        ["~ edge-04-反向指标目标为0 (网络安全运维项目)"],
        "{stdout}"
    );
    // The accepted rule set itself was edited (tester s12: said apart from another rule set
    // chosen with `--rules`): where a result moved, and where none did, with the re-stamp.
    assert!(
        stdout.contains("  note: rule set anhui-2023 was edited since acceptance (hash "),
        "{stdout}"
    );
    assert!(
        stdout.contains("but no result moved; re-stamp with `jixiao regress huainan-2023"),
        "{stdout}"
    );
    assert!(!stdout.contains("another rule set"), "{stdout}");
    // In words, as `diff` says them (tester s7 F6): only the total, the grade and one indicator,
    // and the department's 94 (优) no longer earning another grade than the total (s24 B2).
    let block: Vec<&str> = stdout
        .lines()
        .skip_while(|l| !l.starts_with("~ edge-04"))
        .skip(1)
        .take_while(|l| l.starts_with("    ") && !l.contains("moved by"))
        .collect();
    assert_eq!(
        block,
        [
            "    Total 88 → 91",
            "    Grade 良 → 优",
            "    indicator 02 质量指标 指标2:系统可用率 18 → 21",
            "    finding -grade-mismatch: 总分",
        ],
        "{stdout}"
    );

    let stdout = regress(dir)
        .args([
            "--accept",
            "--note",
            "band 2 scores its middle",
            "--by",
            "tester",
            "constructed-edge",
            "constructed-scripts",
            "huainan-2023",
        ])
        .run()
        .stdout;
    assert!(
        stdout.contains("~ edge-04-反向指标目标为0 (网络安全运维项目) — accepted"),
        "{stdout}"
    );
    assert!(
        stdout.contains("    Total 88 → 91"),
        "accept shows what it accepts: {stdout}"
    );
    regress(dir).args(own).run();

    // The accepted files: the edited case's new values and acceptance, and every case of the
    // edited rule set re-stamped as an acceptance of its own, the earlier one kept in its
    // history (tester s15c F3, F9).
    let after_edge = std::fs::read_to_string(accepted.join("constructed-edge.toml")).unwrap();
    let (old, new) = (cases_of(&before_edge), cases_of(&after_edge));
    assert_eq!(old.len(), 7);
    for (id, entry) in &new {
        let was = &old[id];
        assert_ne!(entry["rules_hash"], was["rules_hash"], "{id}");
        assert_eq!(entry["accepted_by"].as_str(), Some("tester"), "{id}");
        assert_eq!(
            entry["note"].as_str(),
            Some("band 2 scores its middle"),
            "{id}"
        );
        let history = entry["history"].as_array().unwrap();
        assert_eq!(history.len(), 1, "{id}");
        assert_eq!(history[0]["rules_hash"], was["rules_hash"], "{id}");
        assert_eq!(history[0]["note"], was["note"], "{id}");
        assert_eq!(history[0]["total"], was["total"], "{id}");
        let moved = id == "edge-04-反向指标目标为0";
        assert_eq!(entry["total"] != was["total"], moved, "{id}");
        assert_eq!(entry["indicators"] != was["indicators"], moved, "{id}");
    }
    let edge04 = &new["edge-04-反向指标目标为0"];
    assert_eq!(edge04["total"].as_str(), Some("91"));
    assert_eq!(edge04["grade"].as_str(), Some("优"));
    assert_eq!(
        edge04["indicators"]["02 质量指标 指标2:系统可用率"].as_str(),
        Some("21")
    );
    let after_seed = std::fs::read_to_string(accepted.join("huainan-2023.toml")).unwrap();
    let (old, new) = (cases_of(&before_seed), cases_of(&after_seed));
    assert_eq!(new.len(), 14);
    for (id, entry) in &new {
        let was = &old[id];
        for same in [
            "total",
            "grade",
            "execution",
            "indicators",
            "project",
            "rules",
        ] {
            assert_eq!(entry.get(same), was.get(same), "{id} {same}");
        }
        assert_ne!(entry["rules_hash"], was["rules_hash"], "{id}");
    }
}

#[test]
fn new_rules_on_an_old_year() {
    let ws = tempfile::tempdir().unwrap();
    let edited = ws.path().join("anhui-2023");
    copy_dir(&repo().join("rules/anhui-2023"), &edited);
    edit_band2(&edited);
    let stdout = regress(&repo())
        .args(["constructed-edge", "--rules", edited.to_str().unwrap()])
        .expect_status(1)
        .run()
        .stdout;
    assert!(
        stdout.contains("constructed-edge: 7 cases, 1 changed"),
        "{stdout}"
    );
    assert!(!stdout.contains("huainan-2023"), "{stdout}");

    let xml = regress(&repo())
        .args([
            "constructed-edge",
            "--rules",
            edited.to_str().unwrap(),
            "--format",
            "junit",
        ])
        .expect_status(1)
        .run()
        .stdout;
    assert!(xml.starts_with("<?xml"), "{xml}");
    assert!(
        xml.contains("<testsuite name=\"constructed-edge\" tests=\"7\" failures=\"1\">"),
        "{xml}"
    );
    assert!(
        xml.contains("name=\"edge-04-反向指标目标为0\">\n      <failure type=\"changed\""),
        "{xml}"
    );
    assert_eq!(xml.matches("<failure").count(), 1, "{xml}");

    let json = regress(&repo())
        .args([
            "constructed-edge",
            "--rules",
            edited.to_str().unwrap(),
            "--format",
            "json",
        ])
        .expect_status(1)
        .run()
        .stdout;
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["summary"][0]["changed"], 1, "{json}");
    let case = v["corpora"][0]["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["status"] == "changed")
        .unwrap();
    assert_eq!(case["changes"][0]["field"], "total");
    assert_eq!(case["changes"][0]["old"], "88");
    assert_eq!(case["changes"][0]["new"], "91");
}

#[test]
fn invalid_input_exits_2() {
    let stderr = regress(&repo())
        .args(["huainan-2032"])
        .expect_status(2)
        .run()
        .stderr;
    assert!(stderr.contains("did you mean `huainan-2023`"), "{stderr}");
    let ws = workspace();
    let stderr = regress(ws.path())
        .args(["--accept"])
        .expect_status(2)
        .run()
        .stderr;
    assert!(stderr.contains("`--accept` needs `--note`"), "{stderr}");
    regress(ws.path())
        .args(["--accept", "no-such-case", "--note", "x"])
        .expect_status(2)
        .run();
    std::fs::write(
        ws.path()
            .join("rules/anhui-2023/accepted/huainan-2023.toml"),
        "[cases.x]\ntotal = 1\n",
    )
    .unwrap();
    regress(ws.path())
        .args(["huainan-2023"])
        .expect_status(2)
        .run();
}

#[test]
fn coverage_names_the_rules_never_exercised() {
    let stdout = regress(&repo()).args(["--coverage"]).run().stdout;
    assert!(stdout.contains("coverage of anhui-2023"), "{stdout}");
    assert!(stdout.contains("  level-1 weights\n"), "{stdout}");
    assert!(stdout.contains("  grade thresholds\n"), "{stdout}");
    assert!(
        stdout.contains("✗ never      quantitative.equal — equal: full if met, else ratio"),
        "{stdout}"
    );
    let stdout = regress(&repo())
        .args(["--min-coverage", "100"])
        .expect_status(1)
        .run()
        .stdout;
    assert!(stdout.contains("below the minimum 100%"), "{stdout}");
    regress(&repo()).args(["--min-coverage", "50"]).run();
}

#[test]
fn a_killed_accept_leaves_every_accepted_file_old_or_new() {
    // Workspace A is killed in the middle of an accept; B accepts the same change in full.
    let (a, b) = (workspace(), workspace());
    for ws in [&a, &b] {
        edit_band2(&ws.path().join("rules/anhui-2023"));
    }
    let accepted = |ws: &tempfile::TempDir| ws.path().join("rules/anhui-2023/accepted");
    let files = ["constructed-edge.toml", "huainan-2023.toml"];
    let read = |dir: &Path| -> Vec<String> {
        files
            .iter()
            .map(|f| std::fs::read_to_string(dir.join(f)).unwrap())
            .collect()
    };
    let old = read(&accepted(&a));
    let args = ["regress", "--accept", "--note", "n", "--by", "t"];
    Test::new().current_dir(b.path()).args(args).run();
    let new = read(&accepted(&b));
    assert_ne!(old, new);

    let mut child = Test::new()
        .current_dir(a.path())
        .args(args)
        .env("JIXIAO_TEST_PAUSE_BEFORE_RENAME_MS", "1500")
        .command()
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until every file is staged and the journal written, and kill the process before
    // it renames any (#18 item 10: a multi-corpus accept is all or nothing).
    let deadline = Instant::now() + Duration::from_secs(60);
    let journal = a.path().join("rules/.jixiao-accept-journal");
    while !journal.is_file() {
        assert!(Instant::now() < deadline, "no journal appeared");
        assert!(
            child.try_wait().unwrap().is_none(),
            "finished before it could be killed"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(read(&accepted(&a)), old, "nothing renamed before the kill");
    // The next run, whatever it is, completes the decided accept.
    let stderr = regress(a.path()).run().stderr;
    assert!(
        // anhui-2022 and anhui-2023-local extend anhui-2023 (#17): their accepted files are
        // re-stamped by the same accept, 5 files in all.
        stderr.contains("completed an interrupted accept: 5 accepted files brought up to date"),
        "{stderr}"
    );
    assert_eq!(read(&accepted(&a)), new);
    assert!(!journal.exists());
    let leftovers: Vec<_> = std::fs::read_dir(accepted(&a))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn staged_files_of_an_accept_killed_before_its_journal_are_removed() {
    let ws = workspace();
    let dir = ws.path().join("rules/anhui-2023/accepted");
    let stray = dir.join(".huainan-2023.toml.tmp-999999");
    std::fs::write(&stray, "half").unwrap();
    let before = std::fs::read_to_string(dir.join("huainan-2023.toml")).unwrap();
    let stderr = regress(ws.path()).run().stderr;
    assert!(!stray.exists(), "{stderr}");
    assert!(
        stderr.contains("huainan-2023.toml.tmp-999999`, left by an interrupted accept"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("huainan-2023.toml")).unwrap(),
        before
    );
}

#[test]
fn constructed_cases_meet_their_hand_checked_expectations() {
    let stderr = Test::new()
        .args([
            "score",
            "cases/constructed-2022",
            "cases/constructed-edge",
            "--check-expect",
        ])
        .run()
        .stderr;
    assert!(!stderr.contains("expectation not met"), "{stderr}");
    assert!(!stderr.contains("error["), "{stderr}");
}

/// #19: a changed case says which rule change since acceptance moved it, from the copy of the
/// rule set kept when its result was accepted (`accepted/rules/<hash>/`).
#[test]
fn a_changed_case_names_the_rule_change_that_moved_it() {
    let ws = workspace();
    let dir = ws.path();
    let kept = dir.join("rules/anhui-2023/accepted/rules");
    let hashes: Vec<String> = std::fs::read_dir(&kept)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        hashes.len(),
        1,
        "the shipped results keep the rule set they were accepted under"
    );
    edit_band2(&dir.join("rules/anhui-2023"));
    let stdout = regress(dir)
        .args(["constructed-edge"])
        .expect_status(1)
        .run()
        .stdout;
    assert!(
        stdout.contains(
            "    moved by +3 from: 部分达成预期指标并具有一定效果 band scores at: 60% → 70%\n"
        ),
        "{stdout}"
    );
    // Accepting keeps the new rule set beside the old one.
    let stderr = regress(dir)
        .args(["--accept", "--note", "n", "--by", "t"])
        .run()
        .stderr;
    assert!(
        stderr.contains("kept the rule set as accepted: "),
        "{stderr}"
    );
    assert_eq!(std::fs::read_dir(&kept).unwrap().count(), 2);
    // Without a kept copy the case is still reported, with no attribution.
    std::fs::remove_dir_all(&kept).unwrap();
    let edited = dir.join("rules/anhui-2023/rules.toml");
    let text = std::fs::read_to_string(&edited).unwrap();
    std::fs::write(
        &edited,
        text.replace("score_at = \"middle\"", "score_at = \"lower\""),
    )
    .unwrap();
    let stdout = regress(dir)
        .args(["constructed-edge"])
        .expect_status(1)
        .run()
        .stdout;
    assert!(stdout.contains("~ edge-04-"), "{stdout}");
    assert!(!stdout.contains("moved by"), "{stdout}");
}

/// Tester s7 F6: `regress --rules` lists what moved in the reports' words — `规则 anhui-2022 →
/// anhui-2023`, `计算总分 …`, `指标 …`, and findings by name (`问题 +…`) — not key names and
/// finding codes (`- findings = score-mismatch, {+year-mismatch+}`); the JSON diff marks words
/// as `rules changelog` does (`{-…-}`), never `[-…-]`.
#[test]
fn regress_under_other_rules_lists_changes_in_words() {
    let ws = workspace();
    let dir = ws.path();
    let rules = dir.join("rules/anhui-2023");
    let run = |lang: &str, format: &str| {
        regress(dir)
            .args(["--lang", lang, "--format", format, "--rules"])
            .arg(&rules)
            .arg("constructed-2022")
            .expect_status(1)
            .run()
            .stdout
    };
    for lang in ["zh", "en"] {
        let out = run(lang, "table");
        // The corpus's block: the changes every case shares said once (s11c H4), then the
        // cases with changes of their own.
        let first: String = out
            .lines()
            .take_while(|l| !l.is_empty())
            .take(12)
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(
            !first.contains("findings =") && !first.contains("[-"),
            "{out}"
        );
        insta::assert_snapshot!(
            format!("regress_rules_in_words_{lang}"),
            redact_hashes(&first)
        );
    }
    let json = run("zh", "json");
    assert!(!json.contains("[-") && json.contains("{-"), "{json}");
}
