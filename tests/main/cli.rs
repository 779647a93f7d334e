//! The real `jixiao` binary, driven as a user would: exit codes, rendered output (insta
//! snapshots), import round trips, and every shipped rule set and case.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::*;
use crate::test::{Test, redact_hashes};

#[test]
fn score_with_no_arguments_scores_the_shipped_cases_as_a_table() {
    // Form 12 contradicts itself: exit 1 (findings of error severity).
    let out = Test::new()
        .arg("score")
        .expect_status(1)
        .expect_stdout_contains("淮南市电子政务云计算中心租赁服务及")
        .run();
    insta::assert_snapshot!("score_table", out.stdout);
}

#[test]
fn score_json_covers_all_14_forms() {
    let out = Test::new()
        .args([
            "score",
            "cases/huainan-2023",
            "--format",
            "json",
            "--explain",
        ])
        .expect_status(1)
        // Numbers are exact JSON numbers, not floats rounded through f64.
        .expect_stdout_contains("\"rate\": 70.96399")
        .expect_stdout_contains("\"total\": 97,")
        .run();
    let v = out.json();
    let cases = v["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 14);
    for c in cases {
        for key in [
            "file",
            "project",
            "rules",
            "total",
            "grade",
            "reported_total",
            "execution",
            "indicators",
            "findings",
        ] {
            assert!(c.get(key).is_some(), "missing {key}");
        }
        assert_eq!(c["rules"]["id"], "anhui-2023");
        let i = &c["indicators"][0];
        for key in [
            "level1", "level2", "level3", "points", "score", "method", "trace",
        ] {
            assert!(i.get(key).is_some(), "indicator missing {key}");
        }
    }
    insta::assert_snapshot!("score_json", redact_hashes(&out.stdout));
    // Without --explain the same document carries empty traces.
    let plain = Test::new()
        .args(["score", "cases/huainan-2023", "--format", "json"])
        .expect_status(1)
        .run()
        .json();
    assert_eq!(
        plain["cases"][0]["indicators"][0]["trace"],
        serde_json::json!([])
    );
    assert_eq!(plain["cases"][11]["total"], v["cases"][11]["total"]);
    assert_eq!(plain["summary"], v["summary"]);
}

#[test]
fn score_jsonl_writes_each_case_of_the_json_document_on_one_line() {
    for explain in [false, true] {
        let run = |format: &str| {
            let mut args = vec!["score", "cases", "--format", format];
            if explain {
                args.push("--explain");
            }
            Test::new().args(args).expect_status(1).run()
        };
        let (json, jsonl) = (run("json"), run("jsonl"));
        assert_eq!(json.stderr, jsonl.stderr);
        let document = json.json();
        let text = jsonl.stdout;
        assert!(text.ends_with('\n'));
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect();
        assert!(lines.len() >= 14, "{} lines", lines.len());
        assert_eq!(&serde_json::Value::Array(lines), &document["cases"]);
        // Exact decimal digits, as in the JSON document.
        assert!(
            text.contains("\"rate\":70.96399"),
            "rate as an exact JSON number"
        );
    }
    // No case: no line.
    let empty = tempfile::tempdir().unwrap();
    Test::new()
        .args(["score", "--format", "jsonl"])
        .arg(empty.path())
        .expect_stdout("")
        .run();
}

#[test]
fn explain_prints_the_trace_of_every_number() {
    let out = Test::new()
        .args(["score", "--explain", "cases/huainan-2023/2023-12-淮南市电子政务云计算中心租赁服务及政府协同办公系统租用服务项目.toml"])
        .expect_status(1)
        .expect_stdout_contains("rules/anhui-2023/rules.toml:")
        .expect_stdout_contains("rate = spent / budget = 305.5 / 430.5")
        .run();
    insta::assert_snapshot!("score_explain_form_12", out.stdout);
}

#[test]
fn csv_and_markdown_have_one_row_per_case() {
    let csv = Test::new()
        .args(["score", "cases/huainan-2023", "--format", "csv"])
        .expect_status(1)
        .run()
        .stdout;
    assert_eq!(csv.lines().count(), 15);
    // Excel on a Chinese Windows reads a CSV without a byte-order mark as GBK (#16 item 4).
    let csv = csv
        .strip_prefix('\u{FEFF}')
        .expect("the CSV starts with a UTF-8 BOM");
    assert!(
        csv.starts_with("File,Project,Department,Implementing unit,"),
        "{csv}"
    );
    assert!(csv.contains(",淮南市数据资源管理局,"), "{csv}");
    insta::assert_snapshot!("score_csv", redact_hashes(csv));
    // Chinese by default: the form's own words, after the same byte-order mark.
    let zh = Test::new()
        .args([
            "score",
            "cases/huainan-2023",
            "--format",
            "csv",
            "--lang",
            "zh",
        ])
        .expect_status(1)
        .run()
        .stdout;
    assert!(
        zh.starts_with("\u{FEFF}文件,项目名称,主管部门,实施单位,规则,规则哈希,计算总分,完整性,满分,等级,自评总分,执行率(%),执行得分,错误,警告,发现,分值依据,未复核分值,差异（自评−计算）\n"),
        "{zh}"
    );
    let md = Test::new()
        .args(["score", "cases/huainan-2023", "--format", "md"])
        .expect_status(1)
        .run()
        .stdout;
    assert!(
        md.starts_with("# Performance self-evaluation review"),
        "{md}"
    );
    assert_eq!(md.matches("\n## ").count(), 14);
}

/// `--by department` (#16 item 4): per 主管部门, forms, Σ A and B, execution rate ΣB/ΣA, the
/// plain and budget-weighted average, grade counts; in the table and the JSON summary.
#[test]
fn by_department_sums_each_supervising_department() {
    let table = Test::new()
        .args(["score", "cases", "--by", "department"])
        .expect_status(1)
        .run()
        .stdout;
    let block = &table[table.find("By department").expect("a department block")..];
    insta::assert_snapshot!("score_by_department", block);
    let out = Test::new()
        .args(["score", "cases/huainan-2023", "--format", "json"])
        .args(["--by", "department"])
        .expect_status(1)
        .run();
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let d = &json["summary"]["departments"][0];
    assert_eq!(d["department"], "淮南市数据资源管理局");
    assert_eq!(d["forms"], 14);
    assert_eq!(d["budget"].to_string(), "4884.34");
    assert_eq!(d["spent"].to_string(), "4634.27");
    // 4634.27 / 4884.34 = 94.880…%; Σ(total × A) / ΣA = 99.479…; Σ total / 14 = 99.071…
    assert_eq!(d["execution_rate"].to_string(), "94.88");
    assert_eq!(d["weighted_average"].to_string(), "99.48");
    assert_eq!(d["average"].to_string(), "99.07");
    assert_eq!(d["grades"], serde_json::json!({"优": 14}));
    // Without `--by` the summary is as it was.
    let out = Test::new()
        .args(["score", "cases/huainan-2023", "--format", "json"])
        .expect_status(1)
        .run();
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert!(json["summary"].get("departments").is_none());
    // CSV has one row per form: `--by` is refused in words, not ignored.
    Test::new()
        .args(["score", "cases/huainan-2023", "--format", "csv"])
        .args(["--by", "department"])
        .expect_status(2)
        .expect_stdout("")
        .expect_stderr_contains("`--by department`")
        .run();
}

#[test]
fn table_columns_align_chinese_text() {
    let stdout = Test::new()
        .args(["score", "cases/huainan-2023"])
        .expect_status(1)
        .run()
        .stdout;
    let widths: Vec<usize> = stdout
        .lines()
        .take_while(|l| !l.is_empty())
        .map(jixiao::render::display_width)
        .collect();
    assert!(widths.len() > 10);
    assert!(widths.iter().all(|w| *w == widths[0]), "{widths:?}");
}

#[test]
fn every_shipped_rule_set_validates_and_every_case_meets_its_expectations() {
    let out = Test::new().args(["check", "--error-format", "plain"]).run();
    assert!(!out.stderr.contains("error"), "{}", out.stderr);
    let out = Test::new()
        .args(["score", "--check-expect", "--format", "csv"])
        .run();
    assert!(
        !out.stderr.contains("expectation not met"),
        "{}",
        out.stderr
    );
}

/// `jixiao import` of the seed text into `out`, with `--force` when asked.
fn import_seed(out: &std::path::Path, force: bool) -> Test {
    Test::new()
        .args([
            "import",
            "tests/data/seed-2023-huainan.txt",
            "--rules",
            "anhui-2023",
        ])
        .args(force.then_some("--force"))
        .arg("--out")
        .arg(out)
}

#[test]
fn reimporting_the_seed_reproduces_the_shipped_cases_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    import_seed(dir.path(), false).run();
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names.len(), 14);
    for n in names {
        let fresh = std::fs::read(dir.path().join(&n)).unwrap();
        let shipped = std::fs::read(root().join("cases/huainan-2023").join(&n)).unwrap();
        assert!(fresh == shipped, "{n:?} differs from the shipped case");
    }
    // Importing again changes nothing and is not an error; a differing file is not overwritten.
    import_seed(dir.path(), false)
        .expect_stderr_contains("0 written, 14 unchanged")
        .run();
    let first = std::fs::read_dir(dir.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::write(&first, "edited by hand").unwrap();
    import_seed(dir.path(), false)
        .expect_status(2)
        .expect_stderr_contains("--force")
        .run();
    assert_eq!(std::fs::read_to_string(&first).unwrap(), "edited by hand");
    import_seed(dir.path(), true).run();
    assert_ne!(std::fs::read_to_string(&first).unwrap(), "edited by hand");
}

#[test]
fn a_broken_case_file_is_reported_with_line_and_column_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "[form]\nrules = \"anhui-2023\"\n[header]\nproject = \"项目\"\n[[indicators]]\nlevel1 = \"产\"\nlevel2 = \"数量指标\"\nlevel3 = \"指标1\"\npionts = \"10\"\n",
    )
    .unwrap();
    Test::new()
        .arg("score")
        .arg(&bad)
        .args(["--error-format", "plain"])
        .expect_status(2)
        .expect_stderr_contains("bad.toml:9:1: error[case::unknown-key]")
        .expect_stderr_contains("did you mean `points`?")
        .run();
}

#[test]
fn an_unknown_rule_set_is_named_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let case =
        std::fs::read_to_string(root().join("cases/huainan-2023/2023-01-窗口人员月度考核奖.toml"))
            .unwrap()
            .replace("rules = \"anhui-2023\"", "rules = \"anhiu-2023\"");
    let path = dir.path().join("c.toml");
    std::fs::write(&path, case).unwrap();
    Test::new()
        .arg("score")
        .arg(&path)
        .expect_status(2)
        .expect_stderr_contains("no rule set `anhiu-2023`")
        .expect_stderr_contains("did you mean `anhui-2023`?")
        .run();
}

#[test]
fn a_broken_rule_file_reports_every_problem_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("bad");
    std::fs::create_dir(&set).unwrap();
    let text = std::fs::read_to_string(root().join("rules/anhui-2023/rules.toml"))
        .unwrap()
        .replace("range = \"[60%, 80%)\"", "range = \"[50%, 80%)\"")
        .replace(
            "kind = \"ratio\" }\nreverse",
            "kind = \"ration\" }\nreverse",
        )
        .replace("mode = \"half_up\" }\ntotal", "mode = \"round\" }\ntotal");
    std::fs::write(set.join("rules.toml"), text).unwrap();
    Test::new()
        .arg("check")
        .arg(&set)
        .args(["--error-format", "plain"])
        .expect_status(2)
        .expect_stderr_contains("error[rules::band-overlap]")
        // Tester s8 F4: bands overlapping by a stretch get the ranges as they would read, not
        // the hint about a shared end point.
        .expect_stderr_contains(
            "the bands share a stretch: change [0%, 60%) to [0%, 50%), or [50%, 80%) to [60%, 80%)",
        )
        .expect_stderr_contains("did you mean `ratio`?")
        .expect_stderr_contains("error[rules::unknown-rounding]")
        .run();
}

/// Tester s8 F4: a script that cites its policy (`ref`) but does not say how it stands to it
/// is named by its file, and the help asks only for the `source` it lacks.
#[test]
fn an_unsourced_script_is_named_by_its_file_and_asked_only_for_what_it_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("anhui-2023");
    std::fs::create_dir_all(set.join("scripts")).unwrap();
    for e in std::fs::read_dir(root().join("rules/anhui-2023/scripts")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, set.join("scripts").join(p.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        set.join("scripts/eco_na.rhai"),
        "fn indicator(form, rules, ind, result) {\n    ()\n}\n",
    )
    .unwrap();
    let text = std::fs::read_to_string(root().join("rules/anhui-2023/rules.toml")).unwrap()
        + "\n[policy.eco-na]\nsource = \"某县财政局通知（第三条）\"\ntext = \"生态效益指标不适用。\"\n\n\
           [[scripts]]\nref = \"eco-na\"\nfile = \"scripts/eco_na.rhai\"\nhooks = [\"indicator\"]\n";
    std::fs::write(set.join("rules.toml"), text).unwrap();
    let out = Test::new()
        .arg("check")
        .arg(&set)
        .args(["--cases", "cases/huainan-2023"])
        .expect_status(0)
        .expect_stderr_contains(
            "warning[rules::unsourced]: rule `scripts/eco_na.rhai` does not say how it stands to its policy",
        )
        .expect_stderr_contains("add `source = \"quoted\"`, `\"inferred\"` or `\"assumed\"` under `ref = \"eco-na\"`")
        .run();
    assert!(!out.stderr.contains("add `ref = "), "{}", out.stderr);
    assert!(!out.stderr.contains("scripts[2]"), "{}", out.stderr);
}

#[test]
fn every_finding_and_diagnostic_code_is_documented() {
    let findings = std::fs::read_to_string(root().join("docs/findings.md")).unwrap();
    for code in jixiao::outcome::FindingCode::ALL {
        assert!(
            findings.contains(&format!("`{code}`")),
            "docs/findings.md lacks {code}"
        );
    }
    let diagnostics = std::fs::read_to_string(root().join("docs/diagnostics.md")).unwrap();
    for code in jixiao::diagnostic::DiagnosticCode::all() {
        assert!(
            diagnostics.contains(&format!("`{code}`")),
            "docs/diagnostics.md lacks {code}"
        );
    }
}

#[test]
fn a_missing_rule_set_is_reported_once_with_a_count_of_the_other_cases() {
    let empty = tempfile::tempdir().unwrap();
    let stderr = Test::new()
        .args(["score", "cases/huainan-2023", "--rules-root"])
        .arg(empty.path())
        .args(["--format", "csv", "--error-format", "plain"])
        .expect_status(2)
        .expect_stderr_contains("there are no rule sets under")
        .expect_stderr_contains("13 more case(s) name the missing rule set `anhui-2023`")
        .run()
        .stderr;
    assert_eq!(
        stderr.matches("no rule set `anhui-2023`").count(),
        1,
        "{stderr}"
    );
}

/// Chinese when nothing says otherwise (#16 item 1): the tests' environment sets
/// `JIXIAO_LANG=en` (.cargo/config.toml), so removing it shows the users' default.
#[test]
fn findings_are_chinese_by_default_and_english_on_request() {
    let case = "cases/constructed-2022/2022-02-政务服务站点建设项目.toml";
    let run = |lang: Option<&str>, env: Option<&str>| {
        let mut t = Test::new().args(["score", case]);
        if let Some(l) = lang {
            t = t.args(["--lang", l]);
        }
        let mut c = t.command();
        c.env_remove("JIXIAO_LANG");
        if let Some(e) = env {
            c.env("JIXIAO_LANG", e);
        }
        let out = c.output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stdout).unwrap()
    };
    let default = run(None, None);
    assert!(
        default.contains("自评总分 76 不等于表中已填各项得分之和（58）：有 1 项得分未填或无法识别"),
        "{default}"
    );
    assert_eq!(
        run(Some("zh"), Some("en")),
        default,
        "--lang beats the variable"
    );
    let english = run(Some("en"), None);
    assert!(
        english.contains("reported total 76 is not the sum of the line scores filled in (58): 1 line score is not filled in"),
        "{english}"
    );
    assert_eq!(run(None, Some("en")), english);
    assert_eq!(run(None, Some("zh_CN.UTF-8")), default);
    insta::assert_snapshot!("score_zh", default);
}

#[test]
fn json_findings_carry_the_message_in_the_chosen_language_beside_the_stable_code() {
    let out = Test::new()
        .args([
            "score",
            "cases/constructed-2022/2022-02-政务服务站点建设项目.toml",
            "--format",
            "json",
            "--lang",
            "zh",
        ])
        .expect_status(1)
        .run();
    let v = out.json();
    let f = v["cases"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "total-not-sum")
        .unwrap()
        .clone();
    assert_eq!(
        f["message"],
        "自评总分 76 不等于表中已填各项得分之和（58）：有 1 项得分未填或无法识别（见该行）"
    );
}

/// `--help` is Chinese by default and English with `--lang en` (#16 item 1).
#[test]
fn help_is_chinese_by_default_and_english_on_request() {
    let mut c = Test::new().args(["score", "--help"]).command();
    c.env_remove("JIXIAO_LANG");
    let out = c.output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let zh = String::from_utf8(out.stdout).unwrap();
    assert!(zh.contains("用法: jixiao score"), "{zh}");
    insta::assert_snapshot!("score_help_zh", zh);
    let en = Test::new().args(["--lang", "en", "score", "--help"]).run();
    assert!(en.stdout.starts_with("Score case files"), "{}", en.stdout);
    assert!(en.stdout.contains("Usage: jixiao score"));
}

/// #16: the Chinese `--help` and `-h` of every command fit the terminal (`COLUMNS`), a CJK
/// character counting two columns, and a wrapped line continues under its help text instead
/// of running past the edge (where the terminal broke it at column 0).
#[test]
fn chinese_help_is_wrapped_to_the_width_with_its_indent() {
    use unicode_width::UnicodeWidthStr;
    for command in [
        "score", "import", "check", "diff", "regress", "watch", "rules",
    ] {
        for flag in ["-h", "--help"] {
            let out = Test::new()
                .env("COLUMNS", "72")
                .args(["--lang", "zh", command, flag])
                .run();
            let lines: Vec<&str> = out.stdout.lines().collect();
            for l in &lines {
                assert!(l.width() <= 72, "{command} {flag}: {l}");
            }
            // A continuation line of an option's help starts at a help column, never at 0.
            let options = lines.iter().skip_while(|l| !l.starts_with("选项"));
            for l in options.skip(1).filter(|l| !l.trim().is_empty()) {
                assert!(l.starts_with("  "), "{command} {flag}: {l}");
            }
        }
    }
}

/// A path that is not there — a mistyped name or a pattern the shell left unexpanded — is
/// reported as not found, not as "holds forms" (which any non-`.toml` path used to be).
#[test]
fn a_missing_path_is_not_taken_for_a_file_of_forms() {
    Test::new()
        .args(["score", "cases/*/2023-12-0*"])
        .expect_status(2)
        .expect_stderr_contains("cannot read `cases/*/2023-12-0*`")
        .run();
}

/// Tester s6 F10: `import --help` names every kind of file docs/import.md says it reads, in
/// both languages (it listed three of nine). A reader added to the docs' table without a word
/// here fails the test.
#[test]
fn import_help_lists_every_file_the_readers_take() {
    let docs = std::fs::read_to_string(crate::common::root().join("docs/import.md")).unwrap();
    let readers: Vec<&str> = docs
        .lines()
        .take_while(|l| !l.starts_with("**Files that hold no forms"))
        .filter_map(|l| l.split("`import::").nth(1)?.split('`').next())
        .collect();
    // Each reader and the words that name its files: English, Chinese.
    let words: [(&str, &str, &str); 14] = [
        ("mime", "(`.mht`)", "（`.mht`）"),
        ("word97", "`.doc` (Word 97–2003)", "`.doc`（Word 97–2003）"),
        (
            "xlsx::read_xml",
            "XML spreadsheet (`.xml`",
            "XML 电子表格（`.xml`",
        ),
        ("tabbed::read_csv", "`.csv`", "`.csv`"),
        ("docx", ".docx", ".docx"),
        ("xlsx", ".xlsx", ".xlsx"),
        ("xlsx::import_xls", ".xls`", ".xls`"),
        ("html", ".html", ".html"),
        ("tabbed", "tabs", "制表符"),
        ("tabbed::read_pipes", "`a | b` rows", "`a | b` 的表格"),
        ("seed_text", "`|`", "`|`"),
        ("flat_text", "onto one line", "压成一行"),
        ("glued_text", "glued together", "连在一起"),
        (
            "paragraphs",
            "one table cell per paragraph",
            "每段一个单元格",
        ),
    ];
    let mut known: Vec<&str> = words.iter().map(|w| w.0).collect();
    let mut listed = readers.clone();
    known.sort_unstable();
    listed.sort_unstable();
    assert_eq!(listed, known, "docs/import.md's readers");
    for (lang, pick) in [("en", 1), ("zh", 2)] {
        let help = Test::new()
            .args(["--lang", lang, "import", "--help"])
            .output()
            .stdout;
        // clap wraps the help: compare without the line breaks and indents.
        let flat: String = help.split_whitespace().collect();
        for w in &words {
            let word: String = if pick == 1 { w.1 } else { w.2 }
                .split_whitespace()
                .collect();
            assert!(flat.contains(&word), "{lang}: {} not in\n{help}", w.0);
        }
    }
}

/// Tester s8 F5: a form never self-scored writes `未填` (or `未评`, `未自评`) in its 得分 cells.
/// That is an empty cell, as `-` or `/` is: the same findings and diagnostics, no "not a
/// number" and no "cannot be read".
#[test]
fn unfilled_score_cells_read_as_empty_cells() {
    let case = std::fs::read_to_string(seed_file(1)).unwrap();
    let with = |mark: &str| {
        let text: String = case
            .lines()
            .map(|l| match l.starts_with("score = ") {
                true => format!("score = \"{mark}\"\n"),
                false => format!("{l}\n"),
            })
            .collect();
        assert_ne!(text, case);
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("case.toml"), text).unwrap();
        let out = Test::new()
            .current_dir(dir.path())
            .args(["score", "case.toml", "--format", "csv", "--rules-root"])
            .arg(root().join("rules"))
            .output();
        (out.status, out.stdout, out.stderr)
    };
    let dash = with("-");
    for mark in ["未填", "未评", "未自评"] {
        let unfilled = with(mark);
        assert_eq!(unfilled, dash, "{mark}");
    }
    assert!(!dash.1.contains("unreadable-value"), "{}", dash.1);
    assert!(!dash.2.contains("not-a-number"), "{}", dash.2);
}
