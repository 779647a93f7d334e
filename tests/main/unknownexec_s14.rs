//! Session 14, engineer `unknownexec`: an execution score that could not be worked out (its
//! 全年预算数 / 全年执行数 blank or unreadable) is unknown all the way through — accepted
//! results keep it as `unknown`, `regress`, `diff` and `watch` compare unknown with unknown as
//! equal and say 未知 against a number — and one blank cell gives one finding (tester s13b N3).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, copy_dir, json_codes as codes, root};
use crate::test::Test;
use std::path::Path;

/// `edge-01` (50 + 30 + 10 by the lines; 45 / 50 = 90% → 9: 99 优) without its `[expect]`,
/// with `edit` applied.
fn edge01(edit: impl Fn(&str) -> String) -> String {
    let text = std::fs::read_to_string(root().join("cases/constructed-edge/edge-01-追加预算.toml"))
        .unwrap();
    edit(text.split("\n[expect]").next().unwrap())
}

fn spent_blank(t: &str) -> String {
    t.replace("spent = \"45\"", "spent = \"\"")
}

/// The shipped rules and corpus `u`: edge-01 with its 全年执行数 left blank.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("rules"), &dir.path().join("rules"));
    std::fs::create_dir_all(dir.path().join("cases/u")).unwrap();
    std::fs::write(dir.path().join(CASE), edge01(spent_blank)).unwrap();
    dir
}

const CASE: &str = "cases/u/2023-01-a.toml";
const ACCEPTED: &str = "rules/anhui-2023/accepted/u.toml";

fn regress(dir: &Path) -> Test {
    Test::new()
        .current_dir(dir)
        .args(["--lang", "zh", "regress", "u"])
}

/// Item 1: accepted as `unknown`, not `0`; unknown against unknown is no change; the figure
/// filled in is a change from 未知 to 9; a file accepted before (`0`) still loads and says
/// 0 → 未知.
#[test]
fn regress_keeps_an_unknown_execution_as_unknown() {
    let ws = workspace();
    regress(ws.path())
        .args(["--accept", "--note", "blank spent"])
        .expect_status(0)
        .run();
    let accepted = std::fs::read_to_string(ws.path().join(ACCEPTED)).unwrap();
    assert!(accepted.contains("execution = \"unknown\"\n"), "{accepted}");
    assert!(accepted.contains("total = \"90\"\n"), "{accepted}");
    let out = regress(ws.path()).expect_status(0).run().stdout;
    assert!(out.contains("1 张未变"), "{out}");
    // The department fills in 全年执行数: 45 / 50 = 90% → 9.
    std::fs::write(ws.path().join(CASE), edge01(|t| t.to_owned())).unwrap();
    let out = regress(ws.path()).expect_status(1).run().stdout;
    assert!(out.contains("    执行得分 未知 → 9\n"), "{out}");
    assert!(out.contains("    计算总分 90 → 99\n"), "{out}");
    let doc = regress(ws.path())
        .args(["--format", "json"])
        .expect_status(1)
        .run()
        .json();
    let changes = doc["corpora"][0]["cases"][0]["changes"].to_string();
    assert!(
        changes.contains(r#"{"field":"execution","new":"9","old":"unknown"}"#)
            || changes.contains(r#"{"field":"execution","old":"unknown","new":"9"}"#),
        "{changes}"
    );
    // A file accepted before unknown was kept: `0`. It loads, and the blank form says so.
    std::fs::write(ws.path().join(CASE), edge01(spent_blank)).unwrap();
    std::fs::write(
        ws.path().join(ACCEPTED),
        accepted.replace("execution = \"unknown\"", "execution = \"0\""),
    )
    .unwrap();
    let out = regress(ws.path()).expect_status(1).run().stdout;
    assert!(out.contains("    执行得分 0 → 未知\n"), "{out}");
    let en = Test::new()
        .current_dir(ws.path())
        .args(["--lang", "en", "regress", "u"])
        .expect_status(1)
        .run()
        .stdout;
    assert!(en.contains(" 0 → unknown\n"), "{en}");
}

/// Item 1, `diff`: a rule set that reads 年初预算数 (known) against one that reads 全年预算数
/// (left blank: unknown) says the execution line as 未知 → its score; two rule sets that
/// both find it unknown list no execution line (before, both were 0 and equal by chance).
#[test]
fn diff_says_unknown_against_a_number_and_not_unknown_against_unknown() {
    let ws = workspace();
    let text = edge01(|t| {
        t.replace("full_year_budget = \"50\"", "full_year_budget = \"\"")
            .replace("initial_budget = \"0\"", "initial_budget = \"50\"")
    });
    std::fs::write(ws.path().join(CASE), text).unwrap();
    let initial = ws.path().join("rules/initial");
    std::fs::create_dir_all(&initial).unwrap();
    std::fs::write(
        initial.join("rules.toml"),
        "[rule_set]\nid = \"initial\"\nextends = \"anhui-2023\"\n\n\
         [execution]\ndenominator = \"initial_budget\"\n",
    )
    .unwrap();
    let diff = |to: &str| {
        Test::new().current_dir(ws.path()).args([
            "--lang",
            "zh",
            "diff",
            "--from",
            "anhui-2023",
            "--to",
            to,
            "cases/u",
        ])
    };
    let out = diff("initial").expect_status(1).run().stdout;
    assert!(out.contains("预算执行 执行率 90%: 未知 → 9\n"), "{out}");
    let doc = diff("initial")
        .args(["--format", "json"])
        .expect_status(1)
        .run()
        .json();
    let line = &doc["cases"][0]["lines"][0];
    assert!(line["before"].is_null(), "{line}");
    assert_eq!(line["after"], 9, "{line}");
    let out = diff("anhui-2023-threshold").run().stdout;
    assert!(!out.contains("预算执行 执行率"), "{out}");
}

/// Item 2: one finding per cell. The `no-grade` finding names the cell and what it holds;
/// the cell's own `missing-reported` / `unreadable-value` are folded into it. The tester's
/// three forms (s13b v8a blank, v8b `一百九十`, v8c both blank), copied under
/// tests/data/unknownexec-s14.
#[test]
fn one_blank_or_unreadable_funds_cell_gives_one_finding() {
    let data = root().join("tests/data/unknownexec-s14");
    let cases = [
        (
            "v8a-excel-tab-funds-blank.txt",
            "文字!F6",
            "预算执行率无法计算：“年度资金总额”的全年执行数未填写，执行得分未知（不按 0 分计），\
             总分只是部分合计（未评级）；请在自评表上填写后重新评分",
        ),
        (
            "v8b-excel-tab-funds-unreadable.txt",
            "文字!F6",
            "预算执行率无法计算：“年度资金总额”的全年执行数“一百九十”无法识别为金额，执行得分未知\
             （不按 0 分计），总分只是部分合计（未评级）；请在自评表上改用阿拉伯数字填写金额（万元）后重新评分",
        ),
        (
            "v8c-excel-tab-funds-allblank.txt",
            "文字!E6",
            "预算执行率无法计算：“年度资金总额”的全年预算数、全年执行数未填写，执行得分未知（不按 0 分计），\
             总分只是部分合计（未评级）；请在自评表上填写后重新评分",
        ),
    ];
    for (file, cell, message) in cases {
        let path = data.join(file);
        let (json, stderr) = common::score_json(path.to_str().unwrap(), "anhui-2023", false);
        let case = &json["cases"][0];
        let all = codes(case);
        assert!(
            !all.contains(&"missing-reported".to_owned()),
            "{file}: {all:?}"
        );
        assert!(
            !all.contains(&"unreadable-value".to_owned()),
            "{file}: {all:?}"
        );
        let no_grade: Vec<_> = case["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "no-grade")
            .collect();
        assert_eq!(no_grade.len(), 1, "{file}: {stderr}");
        assert_eq!(no_grade[0]["message"], message, "{file}");
        assert!(
            no_grade[0].to_string().contains(cell),
            "{file}: {}",
            no_grade[0]
        );
        // Warnings only, as before: the exit code of a blank cell stays 0.
        Test::new()
            .args(["score", "--rules", "rules/anhui-2023"])
            .arg(&path)
            .expect_status(0)
            .run();
    }
}

/// Item 2: a row with one cell unreadable and one blank says each as it is, in the form's
/// column order, and in English too.
#[test]
fn a_mixed_row_says_each_cell_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.toml");
    std::fs::write(
        &path,
        edge01(|t| {
            spent_blank(t).replace("full_year_budget = \"50\"", "full_year_budget = \"五十\"")
        }),
    )
    .unwrap();
    let (json, _) = common::score_json(path.to_str().unwrap(), "anhui-2023", false);
    let case = &json["cases"][0];
    assert_eq!(codes(case), ["no-grade"]);
    assert_eq!(
        case["findings"][0]["message"],
        "预算执行率无法计算：“年度资金总额”的全年预算数“五十”无法识别为金额、全年执行数未填写，\
         执行得分未知（不按 0 分计），总分只是部分合计（未评级）；请在自评表上填写金额（阿拉伯数字，万元）后重新评分"
    );
    let en = Test::new()
        .env("JIXIAO_LANG", "en")
        .args(["score", "--rules", "rules/anhui-2023", "--format", "json"])
        .arg(&path)
        .output()
        .json();
    assert_eq!(
        en["cases"][0]["findings"][0]["message"],
        "the execution rate cannot be worked out: \"年度资金总额\": 全年预算数 `五十` cannot be read \
         as an amount, 全年执行数 left blank; the execution score is unknown (not counted as 0) and \
         the total is only a partial sum (no grade given); fill in the amounts in Arabic figures \
         (万元) on the form and score it again"
    );
}

/// Item 3: a form whose 项目资金 header was read with no funds row under it says so at the
/// header (`文字!A5`), apart from a form without the block; the `no-grade` finding points to
/// the import notes. (Before: nothing said where, and a `missing-reported` beside the
/// `no-grade`.)
#[test]
fn a_funds_header_with_no_row_read_under_it_is_said_at_the_header() {
    let data = root().join("tests/data/unknownexec-s14");
    let path = data.join("v8d-excel-tab-funds-rows-gone.txt");
    let (json, stderr) = common::score_json(path.to_str().unwrap(), "anhui-2023", false);
    assert!(
        stderr.contains(
            "警告[import::unreadable]: 第 1 张表：这里是项目资金的表头（年初预算数、全年预算数、全年执行数……），\
             但其下没有读出任何资金行（年度资金总额等）"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("（文字!A5）"), "{stderr}");
    let case = &json["cases"][0];
    assert_eq!(codes(case).iter().filter(|c| *c == "no-grade").count(), 1);
    assert!(!codes(case).contains(&"missing-reported".to_owned()));
    assert_eq!(case["total"], serde_json::json!(74.5));
    // A form whose funds rows were read says nothing of the kind.
    let (_, stderr) = common::score_json(
        data.join("v8a-excel-tab-funds-blank.txt").to_str().unwrap(),
        "anhui-2023",
        false,
    );
    assert!(!stderr.contains("没有读出任何资金行"), "{stderr}");
}

/// Item 4: two `score-mismatch` findings move at once. Accepted with the self-scores of
/// 产 指标1:窗口… (15 → 5) and 效 指标1:通过统一… (10 → 3) wrong, then with those right and 效
/// 指标1:为群众… and 满意度指标 指标1:群众满意率… wrong instead (seed case 2023-01). The one
/// that left a 效 line is paired with the one that came on the other 效 line, and the 产 one
/// with the 满意度 one. Before, the first gone was paired with the first come in sorted order:
/// 产 → 效 and 效 → 满意度.
#[test]
fn two_moves_of_one_code_are_paired_by_the_most_similar_line() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("rules"), &dir.path().join("rules"));
    std::fs::create_dir_all(dir.path().join("cases/m")).unwrap();
    let text = std::fs::read_to_string(common::seed_file(1)).unwrap();
    // Set the 得分 of the indicator named `name` (its first row after the name).
    let set = |t: &str, name: &str, score: &str| {
        let at = t.find(name).unwrap();
        let rel = t[at..].find("\nscore = \"").unwrap() + at + 1;
        let end = rel + t[rel..].find('\n').unwrap();
        format!("{}score = \"{score}\"{}", &t[..rel], &t[end..])
    };
    let first = set(
        &set(&text, "指标1:窗口和工作人员", "5"),
        "指标1:通过统一的财政资金",
        "3",
    );
    let second = set(
        &set(&text, "指标1:为群众提供7×24", "3"),
        "指标1:群众满意率90%以上",
        "3",
    );
    let case = dir.path().join("cases/m/c.toml");
    std::fs::write(&case, first).unwrap();
    let regress = || {
        Test::new()
            .current_dir(dir.path())
            .args(["--lang", "zh", "regress", "m"])
    };
    regress().args(["--accept", "--note", "a"]).run();
    std::fs::write(&case, second).unwrap();
    let out = regress().expect_status(1).run().stdout;
    let moves: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("自评得分与计算得分不一致："))
        .map(str::trim)
        .collect();
    assert_eq!(
        moves,
        [
            "问题 自评得分与计算得分不一致：产 指标1:窗口和工作人员月度绩效考核全覆盖,优秀比例不超过20% → \
             满意度指标 指标1:群众满意率90%以上",
            "问题 自评得分与计算得分不一致：效 指标1:通过统一的财政资金投入,实现资金的节约 → \
             效 指标1:为群众提供7×24小时全天候服务,改进窗口作风,优化窗口服务,提高办事效率",
        ],
        "{out}"
    );
}
