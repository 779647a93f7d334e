//! Every command a finance officer reads, in both languages (#16 item 1): `score` (with the
//! trace of every number), `diff`, `regress`, `watch --once`, `--help` and clap's own errors
//! print Chinese by default and English with `--lang en`. One snapshot per command and
//! language; the Chinese ones were read for aligned columns and the form's own words.

use crate::test::{Test, redact_hashes};

/// The two languages as a user picks them: nothing (Chinese) and `--lang en`.
const LANGS: [(&str, Option<&str>); 2] = [("zh", None), ("en", Some("en"))];

/// Runs `args` in `lang` (none: the users' default, no variable set) and returns the output.
fn run(args: &[&str], lang: Option<&str>, status: i32) -> crate::test::Output {
    let mut t = Test::new().args(args);
    if let Some(l) = lang {
        t = t.args(["--lang", l]);
    }
    let mut c = t.command();
    c.env_remove("JIXIAO_LANG");
    let out = c.output().unwrap();
    let o = crate::test::Output {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    };
    assert_eq!(
        o.status, status,
        "{args:?} {lang:?}\n{}\n{}",
        o.stdout, o.stderr
    );
    o
}

#[test]
fn score_with_its_trace_in_both_languages() {
    let case = "cases/constructed-2022/2022-01-政务服务培训项目.toml";
    for (name, lang) in LANGS {
        let out = run(&["score", case, "--explain"], lang, 0);
        insta::assert_snapshot!(format!("score_explain_{name}"), out.stdout);
    }
    let zh = run(&["score", case, "--explain"], None, 0).stdout;
    for words in [
        // Tester s6 F10: a policy in words, not the rule file's id alone; #16: its name
        // first, then the rule in words (tester s8 F10: not its key) and its line.
        "[财预〔2020〕10号：等级第 2 档（rules/anhui-2023/rules.toml:168，[policy.grades]，假定）]",
        "[规则集自定：指标得分的舍入（rules/anhui-2023/rules.toml:161，[policy.rounding]，假定）]",
        "自评得分",
        "分值",
        "预算执行率 = 全年执行数 / 全年预算数",
        "等级 良",
    ] {
        assert!(zh.contains(words), "{words}\n{zh}");
    }
    let en = run(&["score", case, "--explain"], Some("en"), 0).stdout;
    assert!(
        en.contains("rate = spent / budget = 80 / 100 = 80%"),
        "{en}"
    );
}

#[test]
fn the_json_trace_keeps_english_keys_and_carries_localised_text() {
    let case = "cases/constructed-2022/2022-01-政务服务培训项目.toml";
    let out = run(&["score", case, "--format", "json", "--explain"], None, 0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let step = &v["cases"][0]["execution"]["trace"][0];
    assert_eq!(
        step["text"],
        "预算执行率 = 全年执行数 / 全年预算数 = 80 / 100 = 80%"
    );
    assert_eq!(step["rule"]["key"], "execution");
}

#[test]
fn diff_in_both_languages() {
    let args = [
        "diff",
        "--from",
        "anhui-2023",
        "--to",
        "hb-module",
        "cases/huainan-2023/2023-12-淮南市电子政务云计算中心租赁服务及政府协同办公系统租用服务项目.toml",
    ];
    for (name, lang) in LANGS {
        let out = run(&args, lang, 1);
        insta::assert_snapshot!(format!("diff_{name}"), redact_hashes(&out.stdout));
    }
    // Tester s6 F10: findings by their names, as the CSV and xlsx name them, not codes.
    let zh = run(&args, None, 1).stdout;
    assert!(
        zh.contains("问题 +自评得分与计算得分不一致：年度资金总额\n"),
        "{zh}"
    );
    assert!(!zh.contains("score-mismatch"), "{zh}");
}

#[test]
fn regress_with_coverage_in_both_languages() {
    for (name, lang) in LANGS {
        let out = run(&["regress", "huainan-2023", "--coverage"], lang, 0);
        insta::assert_snapshot!(format!("regress_{name}"), redact_hashes(&out.stdout));
    }
}

/// The header's clock time and milliseconds change with every run.
fn redact_watch(text: &str) -> String {
    text.lines()
        .map(|l| match l.strip_prefix("── #1 ") {
            Some(rest) => {
                let parts: Vec<&str> = rest.split(" · ").collect();
                let middle = parts.get(1..parts.len().saturating_sub(1)).unwrap_or(&[]);
                format!("── #1 [time] · {} · [ms] ──", middle.join(" · "))
            }
            None => l.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn watch_once_in_both_languages() {
    let args = [
        "watch",
        "--once",
        "--baseline",
        "anhui-2022",
        "cases/constructed-2022",
    ];
    for (name, lang) in LANGS {
        // Exit 1 as `score` on the same forms: two have a finding of error severity (#16).
        let out = run(&args, lang, 1);
        insta::assert_snapshot!(
            format!("watch_{name}"),
            redact_hashes(&redact_watch(&out.stdout))
        );
    }
}

#[test]
fn help_in_both_languages() {
    for (name, lang) in LANGS {
        let top = run(&["--help"], lang, 0);
        insta::assert_snapshot!(format!("help_{name}"), top.stdout);
        let diff = run(&["diff", "--help"], lang, 0);
        insta::assert_snapshot!(format!("diff_help_{name}"), diff.stdout);
    }
    let zh = run(&["--help"], None, 0).stdout;
    assert!(!zh.contains("Print this message"), "{zh}");
    assert!(!zh.contains("[possible values"), "{zh}");
    assert!(!zh.contains("Possible values"), "{zh}");
    assert!(zh.contains("- zh：简体中文"), "{zh}");
    let short = run(&["-h"], None, 0).stdout;
    assert!(short.contains("[可选值：zh、en]"), "{short}");
}

/// A typo, an unknown flag or a bad value: a message in the user's language with clap's
/// suggestion, the usage line, and exit code 2 (docs/cli.md).
#[test]
fn command_line_mistakes_are_explained_in_both_languages() {
    let mistakes: [(&str, &[&str]); 6] = [
        ("typo", &["scroe"]),
        ("unknown_flag", &["score", "--explian"]),
        ("bad_value", &["score", "--format", "tabel"]),
        ("missing", &["diff"]),
        // Tester F12: never offered `--force`, however close the spelling.
        ("risky_tip", &["score", "--forc"]),
        // Tester F12: a failure of the command itself, not clap's.
        (
            "failure",
            &["score", "cases/constructed-2022", "--format", "xlsx"],
        ),
    ];
    for (what, args) in mistakes {
        for (name, lang) in LANGS {
            let out = run(args, lang, 2);
            assert!(out.stdout.is_empty(), "{}", out.stdout);
            insta::assert_snapshot!(format!("mistake_{what}_{name}"), out.stderr);
        }
    }
    let zh = run(&["scroe"], None, 2).stderr;
    assert!(zh.starts_with("错误：没有“scroe”这个命令"), "{zh}");
    assert!(zh.contains("提示：是不是要用命令“score”？"), "{zh}");
    let zh = run(&["score", "--format", "tabel"], None, 2).stderr;
    assert!(zh.contains("[可选值：table、json"), "{zh}");
}

/// Tester F12: `--trace` (what users call the 计算过程) is `--explain`; no unknown option is
/// answered with `--force` (it overwrites files) or `--accept` (it accepts new results);
/// every error line starts with 错误 in Chinese, not English `error:`.
#[test]
fn trace_is_explain_and_no_tip_offers_an_option_that_overwrites() {
    let case = "cases/constructed-2022/2022-01-政务服务培训项目.toml";
    let explain = run(&["score", case, "--explain"], None, 0).stdout;
    assert_eq!(run(&["score", case, "--trace"], None, 0).stdout, explain);
    for args in [
        &["score", "--forc", case][..],
        &["score", "--forse", case],
        &["import", "--forec", "x.txt"],
        &["regress", "--acept", "x"],
    ] {
        for (_, lang) in LANGS {
            let err = run(args, lang, 2).stderr;
            assert!(!err.contains("--force"), "{args:?}\n{err}");
            assert!(!err.contains("--accept"), "{args:?}\n{err}");
            assert!(err.contains("[OPTIONS]"), "{args:?}\n{err}");
        }
    }
    let zh = run(&["score", "--explian", case], None, 2).stderr;
    assert!(zh.contains("提示：是不是要用参数“--explain”？"), "{zh}");
    let missing = "tests/data/no-such-form.html";
    let zh = run(&["score", missing, "--rules", "rules/anhui-2023"], None, 2).stderr;
    assert!(zh.starts_with("错误: 无法读取"), "{zh}");
    assert!(!zh.contains("error"), "{zh}");
    let en = run(
        &["score", missing, "--rules", "rules/anhui-2023"],
        Some("en"),
        2,
    )
    .stderr;
    assert!(en.starts_with("error: "), "{en}");
}

/// The CSV's 发现 column and the xlsx summaries name each kind of finding in Chinese by
/// default (`自评得分与计算得分不一致`), a finance officer cannot read `score-mismatch`
/// (tester F10); English keeps the codes.
#[test]
fn finding_kinds_are_named_in_the_csv_by_default() {
    let zh = run(
        &["score", "cases/constructed-2022", "--format", "csv"],
        None,
        1,
    )
    .stdout;
    assert!(
        zh.contains("自评得分与计算得分不一致；自评总分与计算总分不一致"),
        "{zh}"
    );
    assert!(!zh.contains("score-mismatch"), "{zh}");
    let en = run(
        &["score", "cases/constructed-2022", "--format", "csv"],
        Some("en"),
        1,
    )
    .stdout;
    // 发现 is the last column but the points basis (session 17) and the unverified points
    // (session 22).
    assert!(
        en.contains(",score-mismatch total-mismatch,form,0,"),
        "{en}"
    );
}

/// The tester's leftovers on the real forms (F11, F14, F24), as a finance officer reads them.
#[test]
fn real_forms_findings_read_as_a_finance_officer_words_them() {
    let chizhou = run(
        &[
            "score",
            "tests/data/import/real/chizhou-guichi-tangxi-2022-weituo.txt",
            "--rules",
            "rules/anhui-2022",
        ],
        None,
        0,
    )
    .stdout;
    // F14: the blank 年度资金总额 row is one finding, not three.
    let total_row = chizhou
        .lines()
        .filter(|l| l.contains("年度资金总额"))
        .count();
    assert_eq!(total_row, 1, "{chizhou}");
    assert!(!chizhou.contains("rate-mismatch"), "{chizhou}");
    assert!(!chizhou.contains("score-mismatch"), "{chizhou}");
    // F11: no `weights` key, no points "missing" that are the cut rows, no line 1:1.
    assert!(!chizhou.contains("weights"), "{chizhou}");
    assert!(!chizhou.contains("points-total-mismatch"), "{chizhou}");
    assert!(!chizhou.contains(":1:1 "), "{chizhou}");
    // #16 item 2: the blank cell of a form read from text shows its row's input line.
    assert!(
        chizhou
            .contains("公众满 · 实际完成值 · chizhou-guichi-tangxi-2022-weituo.txt 第 2 行 警告"),
        "{chizhou}"
    );
    let sichuan = run(
        &[
            "score",
            "tests/data/import/real/sichuan-qingshen-fgj-2023-gongzi.txt",
            "--rules",
            "rules/sichuan-2023",
        ],
        None,
        0,
    )
    .stdout;
    // F24: 12.96 / 238.93 = 5.424…%, and a share of 0 is "every adjustment".
    assert!(
        sichuan.contains(
            "相差 12.96（年中追加，5.42%）：规则要求年中调整预算（追加或调减）都须单独说明理由"
        ),
        "{sichuan}"
    );
    assert!(!sichuan.contains("0% 的调整"), "{sichuan}");
    assert!(!sichuan.contains(":1:1 "), "{sichuan}");
}

/// #16 item 2: a finding on a form imported from text shows the input's line and cell the value
/// came from — in the table and JSON `location.form_cell` (the HTML and xlsx reports show the
/// same `Location::on_form`) — in the run's language, and keeps
/// nothing else: scored straight from the file, the form has no case file (#16 F5); a blank
/// cell shows its row's line. Cell 88 of line 2 of the flattened
/// Chizhou form is the cost indicator's actual `90` (read in 万元).
#[test]
fn findings_on_a_text_form_show_the_input_line_and_cell() {
    let args = |format: &str| {
        [
            "score",
            "tests/data/import/real/chizhou-guichi-tangxi-2022-weituo.txt",
            "--rules",
            "rules/anhui-2022",
            "--format",
            format,
        ]
        .map(str::to_owned)
    };
    let run_as = |format: &str, lang: &str| {
        let a = args(format);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        run(&a, Some(lang), 0).stdout
    };
    let table = run_as("table", "zh");
    assert!(
        table.contains(
            "项目总成本 · 实际完成值 · chizhou-guichi-tangxi-2022-weituo.txt 第 2 行第 88 格 提示"
        ),
        "{table}"
    );
    assert!(!table.contains(".toml:"), "{table}");
    let json: serde_json::Value = serde_json::from_str(&run_as("json", "en")).unwrap();
    let text = serde_json::to_string(&json).unwrap();
    assert!(
        text.contains(r#""form_cell":"chizhou-guichi-tangxi-2022-weituo.txt line 2, cell 88""#),
        "{text}"
    );
    assert!(
        text.contains(r#""form_cell":"chizhou-guichi-tangxi-2022-weituo.txt line 2""#),
        "blank cell: its row's line"
    );
}
