//! `Test`: one fluent builder for running the real `jixiao` binary, in the manner of
//! casey/just's `tests/test.rs`.
//!
//! ```ignore
//! let out = Test::new()
//!     .args(["score", "cases/huainan-2023", "--format", "json"])
//!     .expect_status(1)
//!     .expect_stdout_contains("\"total\": 97,")
//!     .run();
//! insta::assert_snapshot!("score_json", redact_hashes(&out.stdout));
//! ```
//!
//! - The command runs in the repository root unless `current_dir` says otherwise (a relative
//!   directory is taken from the root), with `NO_COLOR=1` and none of the caller's `JIXIAO_*`
//!   variables (only those the test sets with `env`).
//! - `run` checks the exit status — 0 unless `expect_status` says otherwise, so a command that
//!   fails unexpectedly fails the test — and every `expect_*` given; on a mismatch it panics
//!   with the command, its status, stdout and stderr.
//! - A command that outlives its time-out (300 s unless `timeout` says otherwise) is killed
//!   and the test fails: a hang is a bug, not a stuck CI run.
//! - `output` runs without checking expectations; `command` gives the configured
//!   `std::process::Command` for the few tests that drive a long-running process themselves
//!   (`watch`, a kill in the middle of `regress --accept`).
//!
//! Snapshots: name them (`insta::assert_snapshot!("name", …)`); insta stores them as
//! `tests/main/snapshots/main__<module>__<name>.snap`. `redact_hashes` takes out what changes
//! with every edit of a rule file.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A run of the `jixiao` binary: what to pass it and what to expect back.
#[must_use]
pub struct Test {
    args: Vec<OsString>,
    current_dir: PathBuf,
    env: Vec<(OsString, OsString)>,
    stdin: Option<Vec<u8>>,
    status: i32,
    stdout: Option<String>,
    stderr: Option<String>,
    stdout_contains: Vec<String>,
    stderr_contains: Vec<String>,
    timeout: Duration,
}

/// What the binary wrote and how it exited (stdout and stderr as UTF-8, which jixiao promises).
#[derive(Debug)]
pub struct Output {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Default for Test {
    fn default() -> Self {
        Self::new()
    }
}

impl Test {
    /// `jixiao` with no arguments, run in the repository root, expected to exit 0.
    pub fn new() -> Self {
        Self {
            args: Vec::new(),
            current_dir: crate::common::root(),
            // The snapshots are the English ones; a Chinese test passes `--lang zh` or removes
            // the variable (users get Chinese when nothing says otherwise, #16 item 1).
            env: vec![
                ("NO_COLOR".into(), "1".into()),
                ("JIXIAO_LANG".into(), "en".into()),
            ],
            stdin: None,
            status: 0,
            stdout: None,
            stderr: None,
            stdout_contains: Vec::new(),
            stderr_contains: Vec::new(),
            timeout: Duration::from_secs(300),
        }
    }

    pub fn arg(mut self, arg: impl Into<OsString>) -> Self {
        self.args.push(arg.into());
        self
    }

    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    /// The working directory: absolute, or relative to the repository root.
    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.current_dir = crate::common::root().join(dir);
        self
    }

    pub fn env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    /// Bytes written to the binary's standard input (closed after them; empty by default).
    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(input.into());
        self
    }

    pub fn expect_status(mut self, status: i32) -> Self {
        self.status = status;
        self
    }

    /// The whole of stdout.
    pub fn expect_stdout(mut self, stdout: impl Into<String>) -> Self {
        self.stdout = Some(stdout.into());
        self
    }

    /// The whole of stderr.
    pub fn expect_stderr(mut self, stderr: impl Into<String>) -> Self {
        self.stderr = Some(stderr.into());
        self
    }

    pub fn expect_stdout_contains(mut self, part: impl Into<String>) -> Self {
        self.stdout_contains.push(part.into());
        self
    }

    pub fn expect_stderr_contains(mut self, part: impl Into<String>) -> Self {
        self.stderr_contains.push(part.into());
        self
    }

    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The configured command, for a test that manages the process itself (no expectations
    /// are checked and no time-out applies).
    pub fn command(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_jixiao"));
        c.args(&self.args).current_dir(&self.current_dir);
        // A developer's own settings (`JIXIAO_LANG=en`, say) must not change what a test
        // sees: the binary gets a `JIXIAO_*` variable only when the test sets it.
        for (k, _) in std::env::vars_os() {
            if k.to_string_lossy().starts_with("JIXIAO_") {
                c.env_remove(k);
            }
        }
        for (k, v) in &self.env {
            c.env(k, v);
        }
        c
    }

    /// Runs the binary and checks every expectation; the output, for further assertions.
    #[track_caller]
    pub fn run(self) -> Output {
        let out = self.output();
        let mut wrong = Vec::new();
        if out.status != self.status {
            wrong.push(format!(
                "exit status {}, expected {}",
                out.status, self.status
            ));
        }
        let streams = [
            ("stdout", &out.stdout, &self.stdout, &self.stdout_contains),
            ("stderr", &out.stderr, &self.stderr, &self.stderr_contains),
        ];
        for (name, have, whole, parts) in streams {
            if let Some(want) = whole.as_ref().filter(|want| *want != have) {
                let diff = similar::TextDiff::from_lines(want.as_str(), have.as_str());
                wrong.push(format!(
                    "{name} differs (- expected, + actual):\n{}",
                    diff.unified_diff()
                ));
            }
            for part in parts.iter().filter(|p| !have.contains(p.as_str())) {
                wrong.push(format!("{name} lacks {part:?}"));
            }
        }
        assert!(
            wrong.is_empty(),
            "{}\n{}\n--- stdout\n{}\n--- stderr\n{}",
            self.describe(),
            wrong.join("\n"),
            out.stdout,
            out.stderr
        );
        out
    }

    /// Runs the binary without checking any expectation: for a test that works out what to
    /// expect from the output itself (the broken corpus: the exit status follows the severity
    /// of the diagnostic it reports). The time-out still applies.
    #[track_caller]
    pub fn output(&self) -> Output {
        let mut child = self
            .command()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{}: cannot start: {e}", self.describe()));
        let input = self.stdin.clone().unwrap_or_default();
        let mut stdin = child.stdin.take().unwrap();
        let writer = std::thread::spawn(move || stdin.write_all(&input));
        let stdout = read_all(child.stdout.take().unwrap());
        let stderr = read_all(child.stderr.take().unwrap());
        let deadline = Instant::now() + self.timeout;
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "{}: still running after {:?}",
                    self.describe(),
                    self.timeout
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        // The binary need not read all of its input: a closed pipe is not a failure.
        let _ = writer.join().unwrap();
        let text = |name: &str, bytes: Vec<u8>| {
            String::from_utf8(bytes)
                .unwrap_or_else(|e| panic!("{}: {name} is not UTF-8: {e}", self.describe()))
        };
        Output {
            // Killed by a signal: no exit code.
            status: status.code().unwrap_or(-1),
            stdout: text("stdout", stdout.join().unwrap()),
            stderr: text("stderr", stderr.join().unwrap()),
        }
    }

    fn describe(&self) -> String {
        let args: Vec<String> = self
            .args
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        format!(
            "`jixiao {}` in {}",
            args.join(" "),
            self.current_dir.display()
        )
    }
}

fn read_all(mut from: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        from.read_to_end(&mut bytes).unwrap();
        bytes
    })
}

impl Output {
    /// Stdout as a JSON document.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}{}", self.stdout, self.stderr))
    }
}

/// Rule set hashes (16 hex digits standing alone) become `[hash]`: they change with every edit
/// of a rule file, snapshots should not.
pub fn redact_hashes(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let run = bytes[i..]
            .iter()
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        let alone = |j: usize| bytes.get(j).is_none_or(|b| !b.is_ascii_alphanumeric());
        if run == 16 && (i == 0 || alone(i - 1)) && alone(i + 16) {
            out.push_str(&text[start..i]);
            out.push_str("[hash]");
            start = i + 16;
        }
        i += run.max(1);
    }
    out.push_str(&text[start..]);
    out
}

#[test]
fn redact_hashes_takes_out_lone_hashes_only() {
    assert_eq!(
        redact_hashes("anhui-2023 (0123456789abcdef) \"fedcba9876543210\""),
        "anhui-2023 ([hash]) \"[hash]\""
    );
    // 15 or 17 digits, or digits inside a word, are not a hash.
    for kept in ["0123456789abcde", "0123456789abcdef0", "x0123456789abcdef"] {
        assert_eq!(redact_hashes(kept), kept);
    }
}

#[test]
fn a_test_fails_on_the_wrong_status_and_names_the_command() {
    let caught = std::panic::catch_unwind(|| {
        Test::new().args(["check", "no-such-dir"]).run();
    });
    let message = caught.unwrap_err();
    let message = message.downcast_ref::<String>().unwrap();
    assert!(message.contains("`jixiao check no-such-dir`"), "{message}");
    assert!(message.contains("expected 0"), "{message}");
    // A whole stream that differs is shown as a diff against the expected text.
    let caught = std::panic::catch_unwind(|| {
        Test::new()
            .arg("--version")
            .expect_stdout("jixiao 9.9.9\n")
            .run();
    });
    let message = caught.unwrap_err();
    let message = message.downcast_ref::<String>().unwrap();
    assert!(message.contains("-jixiao 9.9.9"), "{message}");
    assert!(message.contains("+jixiao 0."), "{message}");
}

#[test]
fn a_test_runs_where_it_is_told_and_feeds_stdin() {
    // `.` is the empty directory, not the repository root (whose cases would print lines).
    let empty = tempfile::tempdir().unwrap();
    Test::new()
        .current_dir(empty.path())
        .env("JIXIAO_UNUSED", "1")
        .stdin("input the binary does not read")
        .args(["score", "--format", "jsonl", "."])
        .expect_stdout("")
        // An empty folder says it held nothing to score (#16).
        .expect_stderr("no case file (.toml) or form file found under `.`: nothing to score\n")
        .run();
}

#[test]
fn a_hung_command_is_killed_at_its_time_out() {
    let started = Instant::now();
    let caught = std::panic::catch_unwind(|| {
        // `watch` runs until interrupted.
        Test::new()
            .args(["watch", "cases/huainan-2023"])
            .timeout(Duration::from_secs(2))
            .run();
    });
    let message = caught.unwrap_err();
    let message = message.downcast_ref::<String>().unwrap();
    assert!(message.contains("still running after 2s"), "{message}");
    assert!(started.elapsed() < Duration::from_secs(60));
}

/// The integration tests stay one binary: a `tests/<name>.rs` would be linked as a binary of
/// its own, and a snapshot left in `tests/snapshots/` is one no test reads any more.
#[test]
fn the_integration_tests_are_modules_of_one_binary() {
    let tests = crate::common::root().join("tests");
    let mut strays = Vec::new();
    for e in std::fs::read_dir(&tests).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        if let Some(module) = name.strip_suffix(".rs") {
            strays.push(format!(
                "tests/{name}: git mv it to tests/main/{module}.rs and add `mod {module};` \
                 to tests/main/main.rs"
            ));
        }
    }
    let old_snapshots = tests.join("snapshots");
    for e in std::fs::read_dir(&old_snapshots).into_iter().flatten() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        strays.push(format!(
            "tests/snapshots/{name}: git mv it to tests/main/snapshots/main__{name}"
        ));
    }
    assert!(strays.is_empty(), "{}", strays.join("\n"));
}
