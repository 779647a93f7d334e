//! `jixiao watch` driven for real: the binary runs on a temporary copy of a rule set and a few
//! cases, the test edits files the way editors do and waits (bounded) for the expected output.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use crate::test::Test;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// Generous: the machine is shared with other builds.
const WAIT: Duration = Duration::from_secs(20);

/// A running `jixiao watch` with its output (stdout and stderr) read line by line on threads.
struct Watch {
    child: Child,
    lines: Receiver<String>,
    seen: Vec<String>,
}

impl Watch {
    fn spawn(dir: &Path, args: &[&str]) -> Watch {
        let mut child = Test::new()
            .current_dir(dir)
            .arg("watch")
            .args(args)
            .command()
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, rx) = channel();
        let out = child.stdout.take().unwrap();
        let err = child.stderr.take().unwrap();
        let tx2 = tx.clone();
        std::thread::spawn(move || {
            for l in BufReader::new(out).lines().map_while(Result::ok) {
                let _ = tx.send(l);
            }
        });
        std::thread::spawn(move || {
            for l in BufReader::new(err).lines().map_while(Result::ok) {
                let _ = tx2.send(l);
            }
        });
        let mut w = Watch {
            child,
            lines: rx,
            seen: Vec::new(),
        };
        // The watches are in place once this is printed: edits before it could be missed.
        w.wait_for("watching; Ctrl-C to stop");
        w
    }

    /// Reads output until a line contains `needle`; returns the lines read (bounded by
    /// [`WAIT`]: the test fails with everything seen rather than hanging).
    fn wait_for(&mut self, needle: &str) -> Vec<String> {
        let deadline = Instant::now() + WAIT;
        let mut block = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(l) => {
                    self.seen.push(l.clone());
                    let found = l.contains(needle);
                    block.push(l);
                    if found {
                        return block;
                    }
                }
                Err(_) => panic!(
                    "no line containing `{needle}` within {WAIT:?}; output so far:\n{}",
                    self.seen.join("\n")
                ),
            }
        }
    }

    /// Reads output until a line contains `needle`, then the rest of that evaluation's block
    /// (up to the next header or a quiet moment).
    fn block_with(&mut self, needle: &str) -> String {
        let mut block = self.wait_for(needle);
        while let Ok(l) = self.lines.recv_timeout(Duration::from_millis(300)) {
            self.seen.push(l.clone());
            if l.starts_with("── #") {
                break;
            }
            block.push(l);
        }
        block.join("\n")
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A temporary directory with `rules/anhui-2023` (and its scripts) and three seed cases.
fn workspace() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let root = common::root();
    let rules = tmp.path().join("rules/anhui-2023/scripts");
    std::fs::create_dir_all(&rules).unwrap();
    std::fs::copy(
        root.join("rules/anhui-2023/rules.toml"),
        tmp.path().join("rules/anhui-2023/rules.toml"),
    )
    .unwrap();
    for e in std::fs::read_dir(root.join("rules/anhui-2023/scripts")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, rules.join(p.file_name().unwrap())).unwrap();
    }
    std::fs::create_dir_all(tmp.path().join("cases")).unwrap();
    for n in [1, 2, 5] {
        let src = common::seed_file(n);
        std::fs::copy(
            &src,
            tmp.path().join("cases").join(src.file_name().unwrap()),
        )
        .unwrap();
    }
    tmp
}

fn rules_file(tmp: &Path) -> PathBuf {
    tmp.join("rules/anhui-2023/rules.toml")
}

/// The rule file with the top qualitative band scored at its lower bound (80%) instead of its
/// upper bound and reported scores no longer accepted: every 达成 indicator loses a fifth of
/// its points (100 → 84, 优 → 良 on the three seed forms).
fn lowered(tmp: &Path) -> String {
    let text = std::fs::read_to_string(rules_file(tmp)).unwrap();
    let edited = text
        .replacen("score_at = \"upper\"", "score_at = \"lower\"", 1)
        .replacen(
            "accept_reported_in_band = true",
            "accept_reported_in_band = false",
            1,
        );
    assert_ne!(text, edited);
    edited
}

const ARGS: [&str; 3] = ["--rules", "rules/anhui-2023", "cases"];

#[test]
fn once_scores_and_exits() {
    let tmp = workspace();
    let out = Test::new()
        .current_dir(tmp.path())
        .args(["watch", "--once", "--baseline", "central-2020"])
        .args(ARGS)
        .arg("--rules-root")
        .arg(common::root().join("rules"))
        .expect_stdout_contains("── #1 ")
        .expect_stdout_contains("anhui-2023 @ ")
        .expect_stdout_contains("3 cases")
        .expect_stdout_contains("scored 3 cases")
        .expect_stdout_contains("against baseline central-2020")
        .run();
    assert!(
        !out.stdout.contains("\x1b["),
        "no colour with NO_COLOR or a pipe"
    );
}

/// `watch --once` counts the forms `score` reports with errors and warnings, and exits 1 on a
/// form with an error as `score` does: huainan-2023's form 12 reports a total that is not the
/// sum of its lines (#16, tester's F11: the block said 优 14 and nothing else, exit 0).
#[test]
fn once_counts_the_forms_with_findings_and_exits_as_score() {
    let args = ["--rules", "rules/anhui-2023", "cases/huainan-2023"];
    Test::new()
        .args(["score"])
        .args(args)
        .expect_status(1)
        .run();
    Test::new()
        .args(["watch", "--once"])
        .args(args)
        .expect_status(1)
        .expect_stdout_contains("findings: 1 form with errors, 6 forms with warnings")
        .run();
    Test::new()
        .args(["--lang", "zh", "watch", "--once"])
        .args(args)
        .expect_status(1)
        .expect_stdout_contains("问题：有错误的表 1 张，有警告的表 6 张")
        .run();
}

/// A rule set that never validated is not "kept at its last good version" — there is none
/// (tester F19): watch says it is not used until fixed, then waits.
#[test]
fn a_rule_set_that_never_validated_is_not_said_to_be_kept() {
    let tmp = workspace();
    let text = std::fs::read_to_string(rules_file(tmp.path())).unwrap();
    let broken = text.replacen("points = \"50\"", "points = \"55\"", 1);
    assert_ne!(broken, text);
    std::fs::write(rules_file(tmp.path()), broken).unwrap();
    let out = Test::new()
        .current_dir(tmp.path())
        .args(["watch", "--once"])
        .args(ARGS)
        .expect_status(2)
        .expect_stdout_contains("no good version yet, not used until fixed: ")
        .expect_stdout_contains("no good rule set yet: waiting for a fix")
        .run();
    assert!(
        !out.stdout.contains("kept the last good version"),
        "{}",
        out.stdout
    );
}

/// A slip in the only case file is the case file's to fix, not the rules' (tester s8 F7: the
/// screen said "no good rule set" and waited for a rule fix): the header names the rule set
/// the case file names, and the last line says which case file to fix.
#[test]
fn a_slip_in_a_case_file_is_said_of_the_case_file_not_the_rules() {
    let tmp = workspace();
    let cases = tmp.path().join("cases");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&cases)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for extra in &files[1..] {
        std::fs::remove_file(extra).unwrap();
    }
    let text = std::fs::read_to_string(&files[0]).unwrap();
    let slipped = text.replacen("\nactual = \"", "\nactual ＝ \"", 1);
    assert_ne!(slipped, text);
    std::fs::write(&files[0], slipped).unwrap();
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    let out = Test::new()
        .current_dir(tmp.path())
        .args(["watch", "--once", "cases"])
        .expect_status(2)
        .expect_stdout_contains("anhui-2023 @ ")
        .expect_stdout_contains(format!(
            "case files with errors, scored once fixed: cases/{name}"
        ))
        .run();
    assert!(!out.stdout.contains("no good rule set"), "{}", out.stdout);
    assert!(
        !out.stdout.contains("not used until fixed"),
        "{}",
        out.stdout
    );
    let zh = Test::new()
        .current_dir(tmp.path())
        .args(["--lang", "zh", "watch", "--once", "cases"])
        .expect_status(2)
        .run();
    assert!(
        zh.stdout.contains("案卷文件有错误，修正后重新评分："),
        "{}",
        zh.stdout
    );
    assert!(!zh.stdout.contains("没有可用的规则"), "{}", zh.stdout);
}

/// A case file saved as GBK is refused by watch as `score` refuses it: where the first other
/// byte is and how to re-save it (watch loads cases through the same façade).
#[test]
fn a_gbk_case_file_is_refused_as_score_refuses_it() {
    let tmp = workspace();
    // `project = "项目"` in GBK.
    std::fs::write(
        tmp.path().join("cases/gbk.toml"),
        b"[header]\nproject = \"\xcf\xee\xc4\xbf\"\n",
    )
    .unwrap();
    let said = "the file is GBK/GB18030 text (the encoding of Chinese Windows tools), not UTF-8 \
                (first other byte at line 2, column 12)";
    Test::new()
        .current_dir(tmp.path())
        .args(["score", "cases/gbk.toml", "--rules", "rules/anhui-2023"])
        .expect_status(2)
        .expect_stderr_contains(said)
        .run();
    let out = Test::new()
        .current_dir(tmp.path())
        .args(["watch", "--once"])
        .args(ARGS)
        .expect_status(2)
        .run();
    let all = format!("{}{}", out.stdout, out.stderr);
    assert!(all.contains("cases/gbk.toml"), "{all}");
    assert!(all.contains(said), "{all}");
}

#[test]
fn good_edit_shows_what_moved() {
    let tmp = workspace();
    let mut w = Watch::spawn(tmp.path(), &ARGS);
    std::fs::write(rules_file(tmp.path()), lowered(tmp.path())).unwrap();
    let block = w.block_with("moved: 3 of 3 cases");
    assert!(block.contains("rule changes (anhui-2023 @ "), "{block}");
    assert!(block.contains("band scores at: 100% → 80%"), "{block}");
    assert!(block.contains("100 → 84 (-16)  优 → 良"), "{block}");
    assert!(block.contains("grades: 良 3"), "{block}");
    assert!(
        block.contains("changed: rules/anhui-2023/rules.toml"),
        "{block}"
    );
}

#[test]
fn broken_edit_keeps_last_good_state_and_the_fix_compares_with_it() {
    let tmp = workspace();
    let mut w = Watch::spawn(tmp.path(), &ARGS);
    let good = std::fs::read_to_string(rules_file(tmp.path())).unwrap();
    std::fs::write(rules_file(tmp.path()), format!("{good}\nbroken = [\n")).unwrap();
    let block = w.block_with("kept the last good version of: rules/anhui-2023/rules.toml");
    assert!(block.contains("error[rules::syntax]"), "{block}");
    assert!(block.contains("rules/anhui-2023/rules.toml:"), "{block}");
    assert!(block.contains("broken = ["), "the snippet: {block}");
    // The fix (with a real change) is compared with the last good state, not the broken one.
    std::fs::write(
        rules_file(tmp.path()),
        lowered(tmp.path()).replace("\nbroken = [\n", ""),
    )
    .unwrap();
    let block = w.block_with("moved: ");
    assert!(block.contains("rule changes"), "{block}");
    assert!(!block.contains("kept the last good"), "{block}");
    assert!(
        w.child.try_wait().unwrap().is_none(),
        "the watcher never exits on a bad edit"
    );
}

/// How many editors save: write a temporary file beside the original, rename it over it.
#[test]
fn rename_into_place_is_seen() {
    let tmp = workspace();
    let mut w = Watch::spawn(tmp.path(), &ARGS);
    let temp = tmp.path().join("rules/anhui-2023/.rules.toml.swp");
    std::fs::write(&temp, lowered(tmp.path())).unwrap();
    std::fs::rename(&temp, rules_file(tmp.path())).unwrap();
    w.block_with("moved: ");
    // And again: the watch on the directory survives the first rename.
    let back = std::fs::read_to_string(rules_file(tmp.path()))
        .unwrap()
        .replacen("score_at = \"lower\"", "score_at = \"upper\"", 1);
    std::fs::write(&temp, back).unwrap();
    std::fs::rename(&temp, rules_file(tmp.path())).unwrap();
    let block = w.block_with("moved: ");
    assert!(block.contains("band scores at: 80% → 100%"), "{block}");
}

#[test]
fn deleted_and_recreated_files_are_recovered() {
    let tmp = workspace();
    let mut w = Watch::spawn(tmp.path(), &ARGS);
    // A case file goes away and comes back.
    let case = tmp
        .path()
        .join("cases")
        .join(common::seed_file(2).file_name().unwrap());
    let text = std::fs::read(&case).unwrap();
    std::fs::remove_file(&case).unwrap();
    w.block_with("removed: cases/2023-02-");
    std::fs::write(&case, &text).unwrap();
    w.block_with("added: cases/2023-02-");
    // The rule file goes away: the last good state is kept; it comes back edited.
    let edited = lowered(tmp.path());
    std::fs::remove_file(rules_file(tmp.path())).unwrap();
    w.block_with("kept the last good version of: rules/anhui-2023/rules.toml");
    std::fs::write(rules_file(tmp.path()), edited).unwrap();
    w.block_with("moved: ");
}

#[test]
fn script_edits_are_seen() {
    let tmp = workspace();
    let mut w = Watch::spawn(tmp.path(), &ARGS);
    let script = tmp.path().join("rules/anhui-2023/scripts/zero_target.rhai");
    let good = std::fs::read_to_string(&script).unwrap();
    std::fs::write(&script, good.replace("fn indicator(", "fn indicator((")).unwrap();
    let block = w.block_with("kept the last good version of");
    assert!(block.contains("zero_target.rhai"), "{block}");
    assert!(block.contains("error["), "{block}");
    std::fs::write(&script, format!("// edited\n{good}")).unwrap();
    let block = w.block_with("nothing moved");
    assert!(
        block.contains("changed: rules/anhui-2023/scripts/zero_target.rhai"),
        "{block}"
    );
}

#[test]
fn saving_the_same_content_twice_scores_once() {
    let tmp = workspace();
    let mut w = Watch::spawn(tmp.path(), &ARGS);
    let edited = lowered(tmp.path());
    std::fs::write(rules_file(tmp.path()), &edited).unwrap();
    std::fs::write(rules_file(tmp.path()), &edited).unwrap();
    w.block_with("moved: ");
    // A case edit afterwards shows only the case: the double save left nothing behind.
    let case = tmp
        .path()
        .join("cases")
        .join(common::seed_file(1).file_name().unwrap());
    let text = std::fs::read_to_string(&case).unwrap();
    std::fs::write(&case, format!("# a comment\n{text}")).unwrap();
    let block = w.block_with("nothing moved");
    assert!(!block.contains("rule changes"), "{block}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_exits_cleanly() {
    let tmp = workspace();
    let mut w = Watch::spawn(tmp.path(), &ARGS);
    let pid = w.child.id().to_string();
    let status = Command::new("kill").args(["-INT", &pid]).status().unwrap();
    assert!(status.success());
    let deadline = Instant::now() + WAIT;
    loop {
        if let Some(s) = w.child.try_wait().unwrap() {
            assert_eq!(s.code(), Some(0));
            break;
        }
        assert!(Instant::now() < deadline, "still running after Ctrl-C");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A save that changes no rule (a comment) re-scores nothing; a real change after it is still
/// compared with the last good meaning.
#[test]
fn a_comment_only_rule_edit_rescores_nothing() {
    let tmp = workspace();
    let mut w = Watch::spawn(tmp.path(), &ARGS);
    let good = std::fs::read_to_string(rules_file(tmp.path())).unwrap();
    std::fs::write(
        rules_file(tmp.path()),
        format!("# a note while drafting\n{good}"),
    )
    .unwrap();
    let block = w.block_with("changed: rules/anhui-2023/rules.toml");
    assert!(block.contains("0 re-scored"), "{block}");
    std::fs::write(rules_file(tmp.path()), lowered(tmp.path())).unwrap();
    let block = w.block_with("moved: 3 of 3 cases");
    assert!(block.contains("band scores at: 100% → 80%"), "{block}");
}

/// Issue #18 item 7: after the rules directory was deleted and recreated (a `git checkout`,
/// a directory copied back), watch no longer saw rule changes and later case edits were
/// scored under the stale rule set. With `--poll`, the gone directory printed raw
/// `watch error: IO error…` lines in a loop.
fn recreate_rules_dir(tmp: &Path, rules: &str) {
    let dir = tmp.join("rules/anhui-2023");
    let scripts: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(dir.join("scripts"))
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    std::fs::remove_dir_all(&dir).unwrap();
    std::thread::sleep(Duration::from_millis(700));
    std::fs::create_dir_all(dir.join("scripts")).unwrap();
    for (p, bytes) in scripts {
        std::fs::write(p, bytes).unwrap();
    }
    std::fs::write(dir.join("rules.toml"), rules).unwrap();
}

#[test]
fn a_recreated_rules_directory_is_watched_again() {
    for poll in [false, true] {
        let tmp = workspace();
        let args: Vec<&str> = if poll {
            ["--poll"].iter().chain(ARGS.iter()).copied().collect()
        } else {
            ARGS.to_vec()
        };
        let mut w = Watch::spawn(tmp.path(), &args);
        let original = std::fs::read_to_string(rules_file(tmp.path())).unwrap();
        recreate_rules_dir(tmp.path(), &original);
        // Now an edit of the recreated rule file must be seen.
        std::thread::sleep(Duration::from_millis(1500));
        std::fs::write(rules_file(tmp.path()), lowered(tmp.path())).unwrap();
        let block = w.block_with("moved: ");
        assert!(block.contains("band scores at"), "poll {poll}: {block}");
        let raw = w.seen.iter().filter(|l| l.contains("watch error")).count();
        assert_eq!(raw, 0, "poll {poll}: {}", w.seen.join("\n"));
        let said = w
            .seen
            .iter()
            .filter(|l| l.contains("cannot be read (deleted"))
            .count();
        assert!(
            said <= 3,
            "poll {poll}: said {said} times:\n{}",
            w.seen.join("\n")
        );
    }
}

/// Tester s12: a form whose findings changed and whose score did not was not listed, and a
/// round where only findings changed said `nothing moved`. A 总分 self-score edited from 100
/// to 99 leaves every computed score as it was (100) and adds a finding: the form is listed
/// with it, and the round does not say nothing moved.
#[test]
fn a_form_whose_findings_changed_is_listed_though_its_score_did_not_move() {
    let tmp = workspace();
    let mut w = Watch::spawn(tmp.path(), &ARGS);
    let case = tmp
        .path()
        .join("cases")
        .join(common::seed_file(1).file_name().unwrap());
    let text = std::fs::read_to_string(&case).unwrap();
    let edited = text.replacen(
        "points = \"100\"\nscore = \"100\"",
        "points = \"100\"\nscore = \"99\"",
        1,
    );
    assert_ne!(text, edited);
    std::fs::write(&case, edited).unwrap();
    let block = w.block_with("findings changed, scores did not: 1 case");
    assert!(block.contains("窗口人员月度考核奖  100\n"), "{block}");
    assert!(block.contains("      finding +"), "{block}");
    assert!(!block.contains("nothing moved"), "{block}");
}

/// Tester s12: a rule set's `year` edited adds a finding to every form and moves no score;
/// the shared line says so once, and the round does not say nothing moved beside it.
#[test]
fn a_finding_every_form_gained_is_not_called_nothing_moved() {
    let tmp = workspace();
    let mut w = Watch::spawn(tmp.path(), &ARGS);
    let text = std::fs::read_to_string(rules_file(tmp.path())).unwrap();
    let edited = text.replacen("\nyear = 2023\n", "\nyear = 2024\n", 1);
    assert_ne!(text, edited);
    std::fs::write(rules_file(tmp.path()), edited).unwrap();
    let block = w.block_with("on all 3 cases");
    assert!(block.contains("year-mismatch"), "{block}");
    assert!(!block.contains("nothing moved"), "{block}");
}

/// Session 14 (unknownexec): a case whose 全年执行数 is filled in after the watch started
/// moves from an unknown execution score to its score, said as `unknown → 9` with no
/// difference (not `0 → 9 (+9)`: the score was never 0).
#[test]
fn an_unknown_execution_score_filled_in_says_unknown_to_its_score() {
    let tmp = workspace();
    let text = std::fs::read_to_string(
        common::root().join("cases/constructed-edge/edge-01-追加预算.toml"),
    )
    .unwrap();
    let filled = text.split("\n[expect]").next().unwrap().to_owned();
    let blank = filled.replace("spent = \"45\"", "spent = \"\"");
    assert_ne!(blank, filled);
    let case = tmp.path().join("cases/2023-09-edge.toml");
    std::fs::write(&case, &blank).unwrap();
    let mut w = Watch::spawn(tmp.path(), &ARGS);
    std::fs::write(&case, &filled).unwrap();
    let block = w.block_with("预算执行");
    let line = block
        .lines()
        .find(|l| l.contains("预算执行 / "))
        .unwrap_or_default();
    assert_eq!(line.trim(), "预算执行 / 执行率 90%: unknown → 9", "{block}");
}
