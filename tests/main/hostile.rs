//! Issue #18: hostile and broken inputs against the real binary — nothing overwritten,
//! nothing read outside its place, no hang, no crash.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use crate::test::Test;
use common::*;
use std::path::Path;
use std::time::Duration;

/// A copy of one shipped case in a fresh directory.
fn one_case(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("case.toml");
    std::fs::copy(seed_file(1), &path).unwrap();
    path
}

/// Item 9: `score x.toml --format json --out x.toml` replaced the case with JSON.
#[test]
fn score_refuses_to_write_over_its_own_input_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let case = one_case(dir.path());
    let before = std::fs::read(&case).unwrap();
    for force in [false, true] {
        Test::new()
            .arg("score")
            .arg(&case)
            .args(["--format", "json", "--out"])
            .arg(&case)
            .args(force.then_some("--force"))
            .expect_status(2)
            .expect_stderr_contains("output::is-input")
            .run();
        assert_eq!(
            std::fs::read(&case).unwrap(),
            before,
            "the case was overwritten"
        );
    }
}

/// Item 9: `export x.toml --out x.toml` replaced the case with a workbook.
#[test]
fn export_refuses_to_write_over_its_own_input() {
    let dir = tempfile::tempdir().unwrap();
    let case = one_case(dir.path());
    let before = std::fs::read(&case).unwrap();
    Test::new()
        .arg("export")
        .arg(&case)
        .arg("--out")
        .arg(&case)
        .arg("--force")
        .expect_status(2)
        .expect_stderr_contains("output::is-input")
        .run();
    assert_eq!(std::fs::read(&case).unwrap(), before);
}

/// Item 9: any existing file was overwritten silently; now only with `--force`, and then
/// through a temporary file (none is left behind).
#[test]
fn an_existing_output_is_replaced_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let case = one_case(dir.path());
    let report = dir.path().join("notes.json");
    std::fs::write(&report, "hand-written notes").unwrap();
    let score_to_report = |force: bool| {
        Test::new()
            .arg("score")
            .arg(&case)
            .args(["--format", "json", "--out"])
            .arg(&report)
            .args(force.then_some("--force"))
    };
    score_to_report(false)
        .expect_status(2)
        .expect_stderr_contains("output::exists")
        .expect_stderr_contains("--force")
        .run();
    assert_eq!(
        std::fs::read_to_string(&report).unwrap(),
        "hand-written notes"
    );
    score_to_report(true).run();
    assert!(std::fs::read_to_string(&report).unwrap().starts_with('{'));
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// Item 9: `gen` overwrote hand-written files of the same name.
#[test]
fn gen_leaves_hand_written_files_alone_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let gen_into = |force: bool| {
        Test::new()
            .args(["gen", "--count", "2", "--out"])
            .arg(dir.path())
            .args(force.then_some("--force"))
    };
    gen_into(false).run();
    // Generating the same again is idempotent.
    gen_into(false).run();
    let first = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "toml"))
        .unwrap();
    std::fs::write(&first, "# my own case\n").unwrap();
    gen_into(false)
        .expect_status(2)
        .expect_stderr_contains("output::exists")
        .run();
    assert_eq!(std::fs::read_to_string(&first).unwrap(), "# my own case\n");
    gen_into(true).run();
    assert_ne!(std::fs::read_to_string(&first).unwrap(), "# my own case\n");
}

/// A rule set `deep` under `root/rules` with the largest script limits allowed and a script
/// that recurses as deep as they let it, with function bodies nested as deep as they compile;
/// and a corpus `root/cases/deep` of four seed cases naming it.
fn deepest_scripts(root: &Path) {
    let rules = root.join("rules/deep");
    std::fs::create_dir_all(rules.join("scripts")).unwrap();
    let shipped =
        std::fs::read_to_string(common::root().join("rules/anhui-2023/rules.toml")).unwrap();
    let base = &shipped[..shipped.find("[[scripts]]").unwrap()];
    let toml = base.replacen("id = \"anhui-2023\"", "id = \"deep\"", 1)
        + "\n[script_limits]\nmax_call_levels = 256\nmax_expr_depth = 1000\n\
           max_operations = 1000000000\ntimeout_ms = 60000\n\n\
           [[scripts]]\nref = \"practice\"\nfile = \"scripts/deep.rhai\"\nhooks = [\"after\"]\n";
    std::fs::write(rules.join("rules.toml"), toml).unwrap();
    // The deepest body that compiles: each `(1 + ` nests the recursive call one level more.
    let script = |depth: usize| {
        format!(
            "fn f(n) {{ if n <= 0 {{ return 0; }} {}f(n - 1){} }}\n\
             fn after(form, rules, result) {{ f(100000); () }}\n",
            "(1 + ".repeat(depth),
            ")".repeat(depth)
        )
    };
    let compiles = |depth: usize| {
        std::fs::write(rules.join("scripts/deep.rhai"), script(depth)).unwrap();
        jixiao::pipeline::load_rule_set(&rules)
            .unwrap()
            .value
            .is_some()
    };
    let depth = (1..200).take_while(|d| compiles(*d)).last().unwrap();
    assert!(depth >= 3, "the issue's three parentheses must compile");
    std::fs::write(rules.join("scripts/deep.rhai"), script(depth)).unwrap();
    let cases = root.join("cases/deep");
    std::fs::create_dir_all(&cases).unwrap();
    for n in 1..=4 {
        let text = std::fs::read_to_string(seed_file(n)).unwrap();
        let text = text.replacen("rules = \"anhui-2023\"", "rules = \"deep\"", 1);
        std::fs::write(cases.join(format!("{n}.toml")), text).unwrap();
    }
}

/// Item 2: a script inside the documented limits overflowed a rayon worker's stack and
/// aborted the run (exit 134, no output). Every command that scores on the workers now
/// reports the limit as a finding.
#[test]
fn the_largest_script_limits_stop_at_a_limit_on_every_scoring_thread() {
    let dir = tempfile::tempdir().unwrap();
    deepest_scripts(dir.path());
    // Before: the first three died of a signal (no exit status) with no output.
    let runs = [
        (vec!["score", "cases/deep"], 1),
        (
            vec!["diff", "--from", "deep", "--to", "deep", "cases/deep"],
            0,
        ),
        (
            vec!["regress", "deep", "--accept", "--note", "t", "--by", "t"],
            0,
        ),
        // `watch --once` exits as `score` does on forms with an error-level finding (#16).
        (vec!["watch", "--once", "cases/deep"], 1),
    ];
    for (args, status) in runs {
        let scores = args[0] == "score";
        let out = Test::new()
            .current_dir(dir.path())
            .args(args)
            .expect_status(status)
            .run();
        let text = format!("{}{}", out.stdout, out.stderr);
        assert!(!text.contains("overflowed its stack"), "{text}");
        if scores {
            assert!(
                text.contains("broke the limit `max_call_levels = 256`"),
                "{text}"
            );
        }
    }
}

/// Item 8: a script `file` naming an absolute path outside the rule set was read and its
/// first line printed in a diagnostic.
#[test]
fn a_script_outside_its_rule_set_is_not_read_nor_echoed() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "password = hunter2\n").unwrap();
    let rules = dir.path().join("rules/leaky");
    std::fs::create_dir_all(&rules).unwrap();
    let shipped =
        std::fs::read_to_string(common::root().join("rules/anhui-2023/rules.toml")).unwrap();
    let base = &shipped[..shipped.find("[[scripts]]").unwrap()];
    let toml = format!(
        "{}\n[[scripts]]\nref = \"practice\"\nfile = {:?}\nhooks = [\"after\"]\n",
        base.replacen("id = \"anhui-2023\"", "id = \"leaky\"", 1),
        secret.display().to_string()
    );
    std::fs::write(rules.join("rules.toml"), toml).unwrap();
    let out = Test::new().arg("check").arg(&rules).expect_status(2).run();
    let text = format!("{}{}", out.stderr, out.stdout);
    assert!(text.contains("outside the rule set's directory"), "{text}");
    assert!(!text.contains("hunter2"), "{text}");
}

/// Item 8: a case's `rules` naming an absolute path was read by `score` while `check`
/// passed it.
#[test]
fn a_case_naming_its_rules_by_path_is_refused_by_check_and_score() {
    let dir = tempfile::tempdir().unwrap();
    let case = one_case(dir.path());
    let abs = common::root().join("rules/anhui-2023");
    let text = std::fs::read_to_string(&case).unwrap().replacen(
        "rules = \"anhui-2023\"",
        &format!("rules = {:?}", abs.display().to_string()),
        1,
    );
    std::fs::write(&case, text).unwrap();
    for cmd in ["check", "score"] {
        let out = Test::new()
            .arg(cmd)
            .arg(&case)
            .expect_status(2)
            .expect_stderr_contains("case::rules-not-an-id")
            .run();
        assert!(!out.stdout.contains("窗口人员"), "{cmd} scored it");
    }
}

/// Item 3: `ln -s .. loop` inside a corpus made one case be scored 41 times (and `regress`
/// report "41 added"); links into a directory's own ancestors are not followed, and said.
#[cfg(unix)]
#[test]
fn a_link_into_its_own_ancestors_is_skipped_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("cases/c");
    std::fs::create_dir_all(corpus.join("sub")).unwrap();
    std::fs::copy(seed_file(1), corpus.join("sub/1.toml")).unwrap();
    std::os::unix::fs::symlink("..", corpus.join("sub/loop")).unwrap();
    // A second link to a directory already read: its cases are not read twice.
    std::os::unix::fs::symlink("sub", corpus.join("again")).unwrap();
    let rules = dir.path().join("rules/anhui-2023");
    std::fs::create_dir_all(rules.join("scripts")).unwrap();
    for f in [
        "rules.toml",
        "scripts/zero_target.rhai",
        "scripts/execution_zero.rhai",
    ] {
        std::fs::copy(
            common::root().join("rules/anhui-2023").join(f),
            rules.join(f),
        )
        .unwrap();
    }
    // A loop that is followed never ends: a minute is far more than one case needs.
    let in_dir = |args: &[&str]| {
        Test::new()
            .current_dir(dir.path())
            .args(args)
            .timeout(Duration::from_secs(60))
    };
    let out = in_dir(&["score", "cases/c", "--format", "json"])
        .expect_stderr_contains("case::link-skipped")
        .expect_stderr_contains("loop")
        .run();
    assert_eq!(out.json()["cases"].as_array().unwrap().len(), 1);
    let out = in_dir(&["regress", "c", "--accept", "--note", "t", "--by", "t"]).run();
    let text = format!("{}{}", out.stdout, out.stderr);
    assert!(text.contains("c: 1 case, 0 changed, 1 added"), "{text}");
    in_dir(&["watch", "--once", "cases/c"])
        .expect_stdout_contains("1 case")
        .run();
}

/// Item 11: a 200 MB case file with 1.89 M indicators took 4.2 GB; case, rule and script
/// files are capped at 8 MB and a larger one is refused unread, with its size.
#[test]
fn a_case_file_over_the_size_cap_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let case = one_case(dir.path());
    let mut text = std::fs::read_to_string(&case).unwrap();
    let line = "# padding\n".repeat(1 << 16);
    while text.len() <= 8 << 20 {
        text.push_str(&line);
    }
    std::fs::write(&case, &text).unwrap();
    for cmd in ["score", "check"] {
        Test::new()
            .arg(cmd)
            .arg(&case)
            .expect_status(2)
            .expect_stderr_contains("over the 8 MB limit")
            .run();
    }
}

/// Item 11: a script that times out at every hook cost its full time-out per call (17.5 s for
/// 14 forms). After three time-outs it is disabled for the run: every case still says the
/// script did not run, and a diagnostic names the script once.
#[test]
fn a_script_that_keeps_timing_out_is_disabled_for_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules/slow");
    std::fs::create_dir_all(rules.join("scripts")).unwrap();
    let shipped =
        std::fs::read_to_string(common::root().join("rules/anhui-2023/rules.toml")).unwrap();
    let base = &shipped[..shipped.find("[[scripts]]").unwrap()];
    let toml = format!(
        "{}\n[script_limits]\ntimeout_ms = 300\nmax_operations = 1000000000\n\n\
         [[scripts]]\nref = \"practice\"\nfile = \"scripts/slow.rhai\"\nhooks = [\"after\"]\n",
        base.replacen("id = \"anhui-2023\"", "id = \"slow\"", 1)
    );
    std::fs::write(rules.join("rules.toml"), toml).unwrap();
    std::fs::write(
        rules.join("scripts/slow.rhai"),
        "fn after(form, rules, result) { let n = 0; loop { n += 1; } }\n",
    )
    .unwrap();
    let cases = dir.path().join("cases");
    std::fs::create_dir_all(&cases).unwrap();
    for n in 1..=14 {
        let text = std::fs::read_to_string(seed_file(n)).unwrap();
        let text = text.replacen("rules = \"anhui-2023\"", "rules = \"slow\"", 1);
        std::fs::write(cases.join(format!("{n:02}.toml")), text).unwrap();
    }
    let started = std::time::Instant::now();
    let out = Test::new()
        .current_dir(dir.path())
        .args(["score", "cases", "--format", "json"])
        .expect_status(1)
        .run();
    let took = started.elapsed();
    let v = out.json();
    let cases = v["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 14);
    let (mut timed_out, mut skipped) = (0, 0);
    for c in cases {
        let failed: Vec<&str> = c["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "script-failed")
            .map(|f| f["message"].as_str().unwrap())
            .collect();
        assert_eq!(failed.len(), 1, "{c}");
        if failed[0].contains("disabled for the rest of it") {
            skipped += 1;
        } else {
            timed_out += 1;
        }
    }
    // Three time-outs disable it; the other workers may each be inside one more call.
    let workers = std::thread::available_parallelism().map_or(2, usize::from);
    assert!(timed_out <= 2 + workers, "{timed_out} time-outs");
    assert_eq!(timed_out + skipped, 14);
    let err = out.stderr;
    assert_eq!(err.matches("rules::script-disabled").count(), 1, "{err}");
    // Before: 14 time-outs of 300 ms, 4.2 s of script time.
    assert!(took < std::time::Duration::from_secs(30), "{took:?}");
}

/// Tester s13b N4: a parent rule set linked into the rules root from outside is still not
/// read, and the help says it is a link and to copy the folder in — not "use the id", which
/// the officer had done.
#[cfg(unix)]
#[test]
fn a_parent_linked_in_from_outside_is_said_to_be_a_link() {
    let outside = tempfile::tempdir().unwrap();
    copy_dir(
        &common::root().join("rules/anhui-2023"),
        &outside.path().join("anhui-2023"),
    );
    let root = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("anhui-2023"),
        root.path().join("anhui-2023"),
    )
    .unwrap();
    std::fs::create_dir(root.path().join("wo-2025")).unwrap();
    std::fs::write(
        root.path().join("wo-2025/rules.toml"),
        "[rule_set]\nid = \"wo-2025\"\nextends = \"anhui-2023\"\ndescription = \"我县\"\n",
    )
    .unwrap();
    let out = Test::new()
        .current_dir(root.path())
        .args(["--lang", "zh", "check", "wo-2025", "--rules-root", "."])
        .output();
    assert_ne!(out.status, 0);
    assert!(
        out.stderr.contains("rules::extends-outside"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("规则目录中的 `anhui-2023` 是一个链接（快捷方式），指向规则目录之外的"),
        "{}",
        out.stderr
    );
}

/// The CI fuzz pass (s24): a funds row's 分值 of `0.0000000000000000000000000001` made the
/// shown rate's rounding turns divide past Decimal's range, and `score` panicked. It scores,
/// with the tiny points said, and exits as a form with findings does.
#[test]
fn absurdly_small_execution_points_score_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.toml");
    let text = std::fs::read_to_string(seed_file(1)).unwrap();
    let funds = text.find("[[funds]]").unwrap();
    let at = funds + text[funds..].find("points = \"").unwrap();
    let end = at + text[at..].find('\n').unwrap();
    let text = format!(
        "{}points = \"0.0000000000000000000000000001\"{}",
        &text[..at],
        &text[end..]
    );
    std::fs::write(&case, text).unwrap();
    for rules in ["rules/anhui-2023", "rules/central-2016"] {
        let out = Test::new()
            .arg("score")
            .arg(&case)
            .args(["--rules", rules])
            .output();
        assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
        assert!(out.status <= 1, "{}: {}", out.status, out.stderr);
    }
}
