//! The broken corpus (issue #7): `tests/broken/rules/<name>/rules.toml` and
//! `tests/broken/cases/<name>.toml`, one mistake each. Each file starts with
//! `# mistake: <what is wrong>` and `# expect: <line>:<column> <code>` (or
//! `# expect: <file beside it>:<line>:<column> <code>`, for a script). For every file this
//! test runs `jixiao check` on it and asserts that
//! - a diagnostic with that code names that line and column (`--error-format json`), and the
//!   exit code is 2 for an error, 0 for a warning;
//! - the human rendering (source line, underline, help) matches its insta snapshot
//!   (`tests/main/snapshots/main__broken__<kind>-<name>.snap`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::root;
use crate::test::{Output, Test};
use std::path::{Path, PathBuf};

/// `(kind, name, path relative to the root, path of the file holding the headers)`.
fn corpus() -> Vec<(&'static str, String, PathBuf, PathBuf)> {
    let mut out = Vec::new();
    let sorted = |dir: &Path| {
        let mut v: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        v.sort();
        v
    };
    for d in sorted(Path::new("tests/broken/rules")) {
        let name = d.file_name().unwrap().to_string_lossy().into_owned();
        let rel = PathBuf::from("tests/broken/rules").join(&name);
        out.push(("rules", name, rel.clone(), rel.join("rules.toml")));
    }
    for f in sorted(Path::new("tests/broken/cases")) {
        let name = f.file_stem().unwrap().to_string_lossy().into_owned();
        let rel = PathBuf::from("tests/broken/cases").join(f.file_name().unwrap());
        out.push(("cases", name, rel.clone(), rel));
    }
    out
}

/// `jixiao check` on one broken file; the exit status is checked by the caller, which knows
/// the severity only from the diagnostic.
fn check(path: &Path, format: &str) -> Output {
    Test::new()
        .args(["--error-format", format, "check"])
        .arg(path)
        .output()
}

#[test]
fn broken_corpus_is_diagnosed_at_the_right_place() {
    let corpus = corpus();
    assert!(corpus.len() >= 30, "only {} broken files", corpus.len());
    let mut failures = Vec::new();
    for (kind, name, path, file) in &corpus {
        let text = std::fs::read_to_string(root().join(file)).unwrap();
        let mut lines = text.lines();
        let mistake = lines.next().unwrap_or_default();
        assert!(
            mistake.starts_with("# mistake: "),
            "{}: first line must say the mistake",
            file.display()
        );
        let expect = lines
            .next()
            .and_then(|l| l.strip_prefix("# expect: "))
            .unwrap_or_else(|| {
                panic!(
                    "{}: second line must be `# expect: L:C code`",
                    file.display()
                )
            });
        let (pos, code) = expect.split_once(' ').unwrap();
        // `L:C`, or `path:L:C` for a file beside the rule file (a script, #19).
        let mut parts: Vec<&str> = pos.rsplitn(3, ':').collect();
        parts.reverse();
        let (at_file, line, column) = match parts.as_slice() {
            [f, l, c] => (file.parent().unwrap().join(f), *l, *c),
            [l, c] => (file.clone(), *l, *c),
            _ => panic!("{}: bad `# expect: {pos}`", file.display()),
        };
        let file = &at_file;
        let (line, column): (u64, u64) = (line.parse().unwrap(), column.parse().unwrap());

        let Output {
            status,
            stderr: json,
            ..
        } = check(path, "json");
        let diagnostics: Vec<serde_json::Value> = json
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
            .collect();
        let hit = diagnostics.iter().find(|d| {
            d["code"] == code
                && d["line"] == line
                && d["column"] == column
                && d["file"]
                    .as_str()
                    .is_some_and(|f| Path::new(f).ends_with(file))
        });
        match hit {
            None => failures.push(format!(
                "{}: expected {code} at {line}:{column}, got:\n{json}",
                file.display()
            )),
            Some(d) => {
                let want = if d["severity"] == "error" { 2 } else { 0 };
                if status != want {
                    failures.push(format!(
                        "{}: exit {status}, expected {want}",
                        file.display()
                    ));
                }
            }
        }

        let human = check(path, "human").stderr;
        insta::assert_snapshot!(format!("{kind}-{name}"), human, mistake);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// `check` speaks the reader's language (#16): a broken rule file, a broken case file, the
/// full-width slips and a Chinese word for an enum value in Chinese with `--lang zh`, and in
/// English with `--lang en` exactly as the corpus snapshots above (run in English).
#[test]
fn broken_files_are_diagnosed_in_chinese_and_english() {
    let files = [
        ("rules", "tests/broken/rules/weights-sum"),
        ("rules", "tests/broken/rules/points-chinese"),
        ("rules", "tests/broken/rules/full-width-colon"),
        ("rules", "tests/broken/rules/full-width-digits"),
        ("rules", "tests/broken/rules/full-width-comma-band"),
        ("rules", "tests/broken/rules/script-full-width"),
        ("rules", "tests/broken/rules/script-unknown-property"),
        ("rules", "tests/broken/rules/script-misspelt-function"),
        ("rules", "tests/broken/rules/script-argument-type"),
        ("rules", "tests/broken/rules/script-undefined-variable"),
        ("rules", "tests/broken/rules/script-missing-brace"),
        ("rules", "tests/broken/rules/script-throws"),
        ("rules", "tests/broken/rules/script-returns-number"),
        ("rules", "tests/broken/rules/script-blank-points"),
        ("rules", "tests/broken/rules/script-endless-loop"),
        ("rules", "tests/broken/rules/rounding-chinese-word"),
        ("rules", "tests/broken/rules/unknown-keys"),
        // Tester s6 F10: the TOML library's errors in the rule writer's words.
        ("rules", "tests/broken/rules/yes-no-unquoted"),
        ("rules", "tests/broken/rules/yes-no-quoted"),
        ("rules", "tests/broken/rules/toml-syntax"),
        // Tester s7 F7: `score_at = "下限"` told what to write, `"90分"` told to drop 分.
        ("rules", "tests/broken/rules/score-at-chinese-word"),
        ("rules", "tests/broken/rules/grades-min-with-unit"),
        // #16: an unquoted enum value keeps the did-you-mean of a quoted one.
        ("rules", "tests/broken/rules/unquoted-enum-word"),
        ("rules", "tests/broken/rules/unquoted-enum-typo"),
        // Tester s9 F11: a string closed with `”`, one not closed, a bare number that is no
        // exact decimal, `score_at = "下限"` under its own code.
        ("rules", "tests/broken/rules/script-curly-closing-quote"),
        ("rules", "tests/broken/rules/script-open-string"),
        ("rules", "tests/broken/rules/points-bare-exponent"),
        // Tester s11 F9–F12: hints that led to a new mistake or did not name the real one.
        ("rules", "tests/broken/rules/aliases-words-in-one-string"),
        ("rules", "tests/broken/rules/aliases-joined-words"),
        ("rules", "tests/broken/rules/full-width-comma-line-end"),
        ("rules", "tests/broken/rules/full-width-stop-line-end"),
        ("rules", "tests/broken/rules/band-range-no-percent"),
        ("rules", "tests/broken/rules/table-name-misspelt"),
        ("rules", "tests/broken/rules/key-under-wrong-table"),
        ("rules", "tests/broken/rules/grades-low-to-high"),
        ("cases", "tests/broken/cases/points-chinese.toml"),
        ("cases", "tests/broken/cases/full-width-colon.toml"),
        ("cases", "tests/broken/cases/unknown-band.toml"),
        // #16: serde's own errors in the reader's words too.
        ("cases", "tests/broken/cases/points-float.toml"),
    ];
    for (kind, path) in files {
        let name = Path::new(path).file_stem().unwrap().to_string_lossy();
        let zh = Test::new()
            .args(["--lang", "zh", "check", path])
            .output()
            .stderr;
        let plain = Test::new()
            .args(["--lang", "zh", "--error-format", "plain", "check", path])
            .output()
            .stderr;
        insta::assert_snapshot!(
            format!("zh-{kind}-{name}"),
            format!("{zh}\n--- --error-format plain ---\n{plain}"),
            path
        );
        let en = Test::new()
            .env("JIXIAO_LANG", "zh")
            .args(["--lang", "en", "check", path])
            .output()
            .stderr;
        assert_eq!(en, check(Path::new(path), "human").stderr, "{path}");
        assert_ne!(zh, en, "{path}: the Chinese is not translated");
        let json = Test::new()
            .args(["--lang", "zh", "--error-format", "json", "check", path])
            .output()
            .stderr;
        // JSON keeps its English keys and codes beside the Chinese message.
        let first: serde_json::Value = serde_json::from_str(json.lines().next().unwrap()).unwrap();
        assert!(first["code"].as_str().unwrap().contains("::"), "{json}");
        let message = first["message"].as_str().unwrap();
        assert!(
            message
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{path}: {message}"
        );
    }
}

/// #16 item 3: a county's own rule file that `extends` the shipped anhui-2023 and writes
/// `mode = 截尾` without quotes (tests/data/extends/county-2024) is told that `截尾` is written
/// `truncate`, as a file complete on its own is (`unquoted-enum-word`): the word is checked
/// again quoted through the `extends` chain, not in the file alone, which lacks what its
/// parent gives. The rule files are copied side by side, as a rules root holds them.
#[test]
fn an_unquoted_enum_word_is_worded_through_extends() {
    let tmp = tempfile::tempdir().unwrap();
    let rules = tmp.path().join("rules");
    crate::common::copy_dir(&root().join("rules/anhui-2023"), &rules.join("anhui-2023"));
    crate::common::copy_dir(
        &root().join("tests/data/extends/county-2024"),
        &rules.join("county-2024"),
    );
    let check = |lang: &str, format: &str| {
        Test::new()
            .current_dir(tmp.path())
            .args(["--lang", lang, "--error-format", format])
            .args(["check", "rules/county-2024"])
            .expect_status(2)
            .run()
            .stderr
    };
    let json: serde_json::Value =
        serde_json::from_str(check("en", "json").lines().next().unwrap()).unwrap();
    assert_eq!(json["code"], "rules::syntax", "{json}");
    assert_eq!(
        (&json["line"], &json["column"]),
        (&17.into(), &34.into()),
        "{json}"
    );
    for (lang, says) in [
        ("zh", "规则文件里“截尾”要写成 `truncate`"),
        ("en", "`truncate`"),
    ] {
        let human = check(lang, "human");
        assert!(human.contains(says), "{human}");
        insta::assert_snapshot!(format!("extends_unquoted_enum_word_{lang}"), human);
    }
}
