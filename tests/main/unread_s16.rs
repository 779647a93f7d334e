//! Session 16, engineer `unread`: an answer the rules cannot read, with no self-score, is not
//! a scored 0 (tester s15r N3): a short completion sentence under a deadline is read as a
//! person reads it, and a line still unread is left for a person — the total partial, no
//! grade — through every path that used to count it 0. The inputs are the tester's, copied to
//! `tests/data/import/s15r/`, and case files made from them (see `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, copy_dir, json_codes as codes};
use crate::test::Test;

const DATA: &str = "tests/data/import/s15r";

/// The indicator whose 三级指标 is `level3`.
fn line<'a>(case: &'a serde_json::Value, level3: &str) -> &'a serde_json::Value {
    case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["level3"] == level3)
        .unwrap_or_else(|| panic!("no {level3}"))
}

const ON_TIME: &str = "指标1：养老金按月足额发放";

/// N3: `已按期发放`, `按月足额发放` and `每月15日前发放到位` answering `每月15日前` on the
/// 时效 line, self-scores blank. By hand (central-2020): 10 + 9.78 (17.6 / 18 × 10) + 10 + 10
/// (时效, met) + 10 = 49.78 产出; 10 + 10 + 6 (有效提升, band 2 at 60%) = 26 效益; 10 满意度;
/// execution 82.45 / 85 = 97% → 10 (whole points); 95.78, 优 — as the bare `按期` gives.
/// Before: `unknown-band … 计 0 分（未复核）`, 85.78, 良.
#[test]
fn a_completion_sentence_under_a_deadline_is_met() {
    for file in ["vb2-yian.docx", "vb2-anyue.docx", "vb2-15ri.docx"] {
        let (json, _) = common::score_json(&format!("{DATA}/{file}"), "central-2020", true);
        let case = &json["cases"][0];
        assert_eq!(case["total"].to_string(), "95.78", "{file}");
        assert_eq!(case["grade"], "优", "{file}");
        assert!(case.get("partial").is_none(), "{file}");
        let on_time = line(case, ON_TIME);
        assert_eq!(on_time["score"].to_string(), "10", "{file}");
        assert_eq!(on_time["method"], "band", "{file}");
        let found = codes(case);
        assert!(
            !found.contains(&"unknown-band".to_owned()),
            "{file}: {found:?}"
        );
        // The trace says which words it was read by.
        let trace = on_time["trace"].to_string();
        assert!(trace.contains("读作已按期完成"), "{file}: {trace}");
    }
}

/// The root of N3: `部分按期发放` is not read as met (a mixed sentence), and with no self-score
/// the line is not scored — the total is partial (85.78 = 95.78 − 10, marked 不完整) and the form
/// gets no grade, with a finding on the line's cell saying a person must judge it and one on
/// the form. The reported 95 lies within 85.78 … 95.78, so it is not called wrong.
#[test]
fn an_unread_actual_without_a_self_score_leaves_the_total_partial_and_ungraded() {
    let (json, _) = common::score_json(&format!("{DATA}/vb2-mixed.toml"), "central-2020", false);
    let case = &json["cases"][0];
    assert_eq!(case["total"].to_string(), "85.78");
    assert_eq!(case["partial"], true);
    assert!(case["grade"].is_null(), "{case:#}");
    let on_time = line(case, ON_TIME);
    assert_eq!(on_time["method"], "unscored");
    let found = codes(case);
    for code in ["unknown-band", "no-grade"] {
        assert!(found.contains(&code.to_owned()), "{found:?}");
    }
    assert!(!found.contains(&"total-mismatch".to_owned()), "{found:?}");
    let said = case["findings"].to_string();
    assert!(said.contains("须人工评定"), "{said}");
    assert!(!said.contains("计 0 分"), "{said}");
    // Every output marks the total as partial, in the officer's words.
    let table = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", &format!("{DATA}/vb2-mixed.toml")])
        .output();
    assert!(
        table.stdout.contains("85.78（不完整：有指标无法评分）"),
        "{}",
        table.stdout
    );
    let csv = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args([
            "score",
            "--format",
            "csv",
            &format!("{DATA}/vb2-mixed.toml"),
        ])
        .output();
    assert!(
        csv.stdout
            .contains(",85.78,不完整（有指标无法评分）,100,,95,"),
        "{}",
        csv.stdout
    );
}

/// One mechanism for every path that counted such a line 0: a number against a worded target
/// (`95%` for `明显提升`, `reported-kept`) beside the mixed sentence (`unknown-band`) — 95.78 −
/// 10 − 6 = 79.78, two lines for a person — and a deadline that cannot be decided
/// (`2023年12月` against `2023年12月20日前`, `dates-undecided`) — 85.78. A line with a
/// self-score keeps it as before and the form is graded.
#[test]
fn every_path_that_counted_an_unread_line_zero_leaves_it_for_a_person() {
    for (file, total, lines) in [
        ("vb2-mixed-two.toml", "79.78", 2),
        ("vb2-samemonth.toml", "85.78", 1),
    ] {
        let (json, _) = common::score_json(&format!("{DATA}/{file}"), "central-2020", false);
        let case = &json["cases"][0];
        assert_eq!(case["total"].to_string(), total, "{file}");
        assert_eq!(case["partial"], true, "{file}");
        assert!(case["grade"].is_null(), "{file}");
        let unscored = case["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["method"] == "unscored")
            .count();
        assert_eq!(unscored, lines, "{file}");
    }
    // The same line with a self-score of 8: kept, said, and the form graded (93.78 优).
    let text = std::fs::read_to_string(format!("{DATA}/vb2-mixed.toml")).unwrap();
    let scored = text.replacen(
        "actual = \"部分按期发放\"\npoints = \"10\"\nscore = \"\"",
        "actual = \"部分按期发放\"\npoints = \"10\"\nscore = \"8\"",
        1,
    );
    assert_ne!(scored, text);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("scored.toml");
    std::fs::write(&path, scored).unwrap();
    let (json, _) = common::score_json(path.to_str().unwrap(), "central-2020", false);
    let case = &json["cases"][0];
    assert_eq!(case["total"].to_string(), "93.78");
    assert_eq!(case["grade"], "优");
    assert!(case.get("partial").is_none());
    assert_eq!(line(case, ON_TIME)["method"], "reported_kept");
}

/// regress and accept: the unscored line is accepted as `unknown` (not 0, which would equal a
/// line that truly scored 0) with `partial = true` and no grade; once the department writes
/// `已按期发放` the change reads `未知 → 10`, `85.78 → 95.78`, grade `- → 优`.
#[test]
fn an_unscored_line_is_accepted_as_unknown_and_compared_so() {
    let ws = tempfile::tempdir().unwrap();
    let dir = ws.path();
    copy_dir(&common::root().join("rules"), &dir.join("rules"));
    let corpus = dir.join("cases/s16");
    std::fs::create_dir_all(&corpus).unwrap();
    let text = std::fs::read_to_string(common::root().join(DATA).join("vb2-mixed.toml")).unwrap();
    std::fs::write(corpus.join("a.toml"), &text).unwrap();
    let regress = || {
        Test::new()
            .current_dir(dir)
            .env("JIXIAO_LANG", "zh")
            .arg("regress")
    };
    regress()
        .args(["--accept", "--note", "n", "--by", "t", "s16"])
        .run();
    let accepted =
        std::fs::read_to_string(dir.join("rules/central-2020/accepted/s16.toml")).unwrap();
    assert!(accepted.contains("partial = true"), "{accepted}");
    assert!(
        accepted.contains(&format!("\"04 时效指标 {ON_TIME}\" = \"unknown\"")),
        "{accepted}"
    );
    assert!(!accepted.contains("\ngrade = "), "{accepted}");
    regress().arg("s16").run();
    std::fs::write(
        corpus.join("a.toml"),
        text.replacen("部分按期发放", "已按期发放", 1),
    )
    .unwrap();
    let out = regress().arg("s16").output();
    for said in ["未知 → 10", "85.78 → 95.78", "- → 优"] {
        assert!(out.stdout.contains(said), "{said}: {}", out.stdout);
    }
}

/// The case file `jixiao import FILE --out DIR --rules central-2020` writes, and stderr.
fn imported(file: &str) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["import", file, "--rules", "central-2020", "--out"])
        .arg(dir.path())
        .output();
    let case = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .find(|f| f.path().extension().is_some_and(|e| e == "toml"))
        .map(|f| std::fs::read_to_string(f.path()).unwrap())
        .unwrap_or_else(|| panic!("{file}: nothing written: {}", out.stderr));
    (case, out.stderr)
}

/// N7: `存在问题 | 整改措施` in two columns (H11, I11) is the template's reason column split, as
/// `原因分析 | 改进措施` is: the problem is the reason and the measures follow it. Before: `第 H 列
/// （“存在问题”）不是自评表中的列`, the reason lost. The same from Excel's copy pasted as text
/// (tab-separated, one grid). Scores unchanged: 96.75, the form's own.
#[test]
fn a_problem_column_beside_the_measures_is_the_reason() {
    for file in ["va5-zhenggai.xlsx", "va5-zhenggai-excel-copy.tsv"] {
        let (case, stderr) = imported(&format!("{DATA}/{file}"));
        assert!(
            case.contains("deviation = \"部分路段汛期无法施工；整改措施：加强计划管理，汛前完成\""),
            "{file}: {case}"
        );
        assert!(
            case.contains("deviation = \"个别路段仍有坑槽；整改措施：纳入明年计划\""),
            "{file}: {case}"
        );
        assert!(!stderr.contains("不是自评表中的列"), "{file}: {stderr}");
        assert!(!stderr.contains("import::unreadable"), "{file}: {stderr}");
        let (json, _) = common::score_json(&format!("{DATA}/{file}"), "central-2020", false);
        assert_eq!(json["cases"][0]["total"].to_string(), "96.75", "{file}");
    }
}

/// N11: `绩效指标完成情况` alone in A10, not merged, is the indicators part's title, not a goal
/// (`目标行只有一个单元格，按预期目标读取`); one goal, and the total is still 96.75.
#[test]
fn a_lone_part_title_is_no_goal() {
    let file = format!("{DATA}/va1-label-unmerged.xlsx");
    let (case, stderr) = imported(&file);
    assert!(!stderr.contains("import::guessed"), "{stderr}");
    assert!(stderr.contains("是绩效指标部分的标题行"), "{stderr}");
    assert_eq!(case.matches("[[goals]]").count(), 1, "{case}");
    assert!(!case.contains("expected = \"绩效指标完成情况\""), "{case}");
    let (json, _) = common::score_json(&file, "central-2020", false);
    assert_eq!(json["cases"][0]["total"].to_string(), "96.75");
}
