//! Session 23, engineer `outputs2`: every file a row, every form counted once (session 22's
//! leftovers). 1: JSON Lines ends with a line for each file not read, as the CSV ends with a
//! row. 2: an empty template (空白表样) beside a filled form in one file is said, where it
//! stands, and neither scored nor counted. 3: the same form read twice with no budget figures
//! (A, B) is counted once in 部门汇总, and two different forms of one unit stay two.
//! Fixtures: `tests/data/import/s23/` (README.md there).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{json_codes, root};
use crate::test::Test;
use std::path::Path;

const S22: &str = "tests/data/import/s22";
const S23: &str = "tests/data/import/s23";
const QINGSHEN: &str = "tests/data/import/real/sichuan-qingshen-fgj-2023-gongzi.txt";

/// `jixiao --lang zh score ARGS --rules rules/RULES --format FORMAT`, not checked.
fn score(args: &[&str], rules: &str, format: &str) -> crate::test::Output {
    Test::new()
        .args(["--lang", "zh", "score"])
        .args(args)
        .args(["--rules", &format!("rules/{rules}"), "--format", format])
        .output()
}

/// A folder holding `files` (fixture path, name in the folder).
fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (from, name) in files {
        std::fs::copy(root().join(from), dir.path().join(name)).unwrap();
    }
    dir
}

/// 1: a run of a read form and a refused file in JSON Lines: the form's line, then the
/// refused file's — its `file`, `not_read`, and the `code` and `reason` the JSON document's
/// `files_not_read` gives it and the CSV's row says — and nothing else. Before: the form's
/// line only.
#[test]
fn json_lines_has_a_line_for_a_file_not_read() {
    let blank = format!("{S22}/blank-template-pipe.txt");
    let out = score(&[QINGSHEN, &blank], "sichuan-2023", "jsonl");
    assert_eq!(out.status, 2, "{}", out.stderr);
    let lines: Vec<serde_json::Value> = (out.stdout.lines())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{}", out.stdout);
    assert_eq!(lines[0]["file"], QINGSHEN);
    assert!(lines[0].get("not_read").is_none(), "{:?}", lines[0]);
    let line = &lines[1];
    assert_eq!(line["file"], blank.as_str());
    assert_eq!(line["not_read"], true);

    let json: serde_json::Value =
        serde_json::from_str(&score(&[QINGSHEN, &blank], "sichuan-2023", "json").stdout).unwrap();
    let listed = &json["files_not_read"][0];
    assert_eq!(line["code"], listed["code"]);
    assert_eq!(line["reason"], listed["reason"]);
    let csv = score(&[QINGSHEN, &blank], "sichuan-2023", "csv").stdout;
    let row = csv.lines().last().unwrap();
    assert!(
        row.starts_with(&blank) && row.contains(line["reason"].as_str().unwrap()),
        "{row}"
    );
}

/// 1: a run that read no form still ends with the file's line (the CSV has its header and
/// the row).
#[test]
fn json_lines_of_a_run_that_read_nothing_is_the_files_lines() {
    let blank = format!("{S22}/blank-template-pipe.txt");
    let out = score(&[&blank], "anhui-2022", "jsonl");
    assert_eq!(out.status, 2, "{}", out.stderr);
    let line: serde_json::Value = serde_json::from_str(out.stdout.trim_end()).unwrap();
    assert_eq!(line["file"], blank.as_str());
    assert!(line["reason"].as_str().unwrap().contains("空白表样"));
}

/// 2: the filled form and the blank template in one `|` text: the blank one (form 2, from
/// line 23) is said as a warning where it stands, not scored and not in 部门汇总; the filled
/// one is scored as before (100). Before: two cases, the second with no total and no grade,
/// and a department of 2 forms.
#[test]
fn a_blank_form_beside_a_filled_one_is_said_not_scored() {
    let file = format!("{S22}/filled-and-blank-pipe.txt");
    let out = score(&[&file, "--by", "department"], "anhui-2022", "json");
    assert_eq!(out.status, 0, "{}", out.stderr);
    let json = out.json();
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1, "{}", out.stderr);
    assert_eq!(cases[0]["form"], 1);
    assert_eq!(cases[0]["total"], 100);
    assert!(json.get("files_not_read").is_none(), "the file was read");
    let rows = json["summary"]["departments"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert_eq!(rows[0]["forms"], 1);
    let warning = (out.stderr.lines())
        .find(|l| l.contains("空白表样"))
        .unwrap_or_else(|| panic!("{}", out.stderr));
    assert!(
        warning
            .starts_with("警告[import::unreadable]: 第 2 张表（第 23 行“项目支出绩效自评表”起）"),
        "{warning}"
    );
    assert!(warning.contains("未评分，不计入汇总"), "{warning}");
    assert!(warning.ends_with("（文字!A23）"), "{warning}");
}

/// 2: the blank template on a workbook's second sheet: said with its sheet, the form of the
/// first sheet scored alone. And a text whose blank template comes first: the filled form
/// keeps its number in the file (`第 2 张表`), so that the number still finds it.
#[test]
fn a_blank_form_is_said_with_its_sheet_and_the_others_keep_their_numbers() {
    let out = score(
        &[&format!("{S23}/blank-beside-filled.xlsx")],
        "anhui-2022",
        "csv",
    );
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), 2, "{}", out.stdout);
    assert!(out.stdout.contains("第 1 张表,老旧小区改造配套设施项目"));
    assert!(
        out.stderr
            .contains("第 2 张表（第 1 行“项目支出绩效自评表”起）")
            && out.stderr.contains("（空白表样!A1）"),
        "{}",
        out.stderr
    );

    let text = std::fs::read_to_string(root().join(S22).join("filled-and-blank-pipe.txt")).unwrap();
    let (filled, blank) = text.split_once("\n\n").unwrap();
    // The fixture's first line says where it comes from (`s21/…`): a digit in text after the
    // blank form, which would make it no template (`Form::is_blank_in`).
    let filled = filled.split_once('\n').unwrap().1;
    let dir = tempfile::tempdir().unwrap();
    let swapped = dir.path().join("blank-first.txt");
    std::fs::write(&swapped, format!("{blank}\n\n{filled}\n")).unwrap();
    let out = Test::new()
        .args(["--lang", "zh", "score", "--rules", "rules/anhui-2022"])
        .args(["--format", "json"])
        .arg(&swapped)
        .output();
    let json = out.json();
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1, "{}", out.stderr);
    assert_eq!(cases[0]["form"], 2, "{}", out.stderr);
    assert_eq!(cases[0]["total"], 100);
    assert!(out.stderr.contains("第 1 张表（第 1 行"), "{}", out.stderr);
}

/// `score DIR --by department --format json`.
fn by_department(dir: &Path) -> serde_json::Value {
    Test::new()
        .args(["--lang", "zh", "score", "--rules", "rules/anhui-2022"])
        .args(["--by", "department", "--format", "json"])
        .arg(dir)
        .output()
        .json()
}

/// 3: the same form with no 全年预算数 or 全年执行数 in two files, and another form of the same
/// unit: three forms scored as read, the copy a `duplicate-form` naming the first; the
/// department counts two — the copy once, named under `copies`, the other form apart.
/// Before: three forms, the copy counted twice.
#[test]
fn the_same_form_twice_without_budget_figures_is_counted_once() {
    let form = format!("{S23}/no-funds-form-pipe.txt");
    let other = format!("{S23}/no-funds-other-form-pipe.txt");
    let dir = folder(&[(&form, "a.txt"), (&form, "b.txt"), (&other, "c.txt")]);
    let json = by_department(dir.path());
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 3, "every file is scored, as read");
    assert_eq!(cases[0]["execution"]["budget"], serde_json::Value::Null);
    let dup = |c: &serde_json::Value| json_codes(c).contains(&"duplicate-form".to_owned());
    assert_eq!(
        (dup(&cases[0]), dup(&cases[1]), dup(&cases[2])),
        (false, true, false)
    );
    let rows = json["summary"]["departments"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "{rows:#?}");
    let row = &rows[0];
    assert_eq!(row["forms"], 2, "{row:#?}");
    assert_eq!(row["without_amounts"], 2, "{row:#?}");
    let copies = row["copies"].as_array().unwrap();
    assert_eq!(copies.len(), 1, "{row:#?}");
    assert!(
        copies[0]["counted"]
            .as_str()
            .unwrap()
            .ends_with("a.txt 第 1 张表")
    );
    assert!(
        copies[0]["left_out"][0]
            .as_str()
            .unwrap()
            .ends_with("b.txt 第 1 张表")
    );
}

/// 3: two different forms of one unit, neither with budget figures, are two forms: another
/// project — no `duplicate-form`, nothing counted once. The same project of the same year with
/// other figures (a score of 9 for 10) was two forms too; since s24 it is a version of the
/// form sent again (`revised-form` naming both and the scores that differ), and the summary
/// counts the form once, the later version.
#[test]
fn two_different_forms_of_one_unit_without_budget_figures_stay_two() {
    let form = format!("{S23}/no-funds-form-pipe.txt");
    let other = format!("{S23}/no-funds-other-form-pipe.txt");
    let text = std::fs::read_to_string(root().join(&other)).unwrap();
    let same_project = text.replace("小区燃气管道更新项目", "老旧小区改造配套设施项目");
    let dir = folder(&[(&form, "a.txt"), (&other, "c.txt")]);
    std::fs::write(dir.path().join("d.txt"), same_project).unwrap();
    let json = by_department(dir.path());
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 3);
    assert_eq!(cases[0]["project"], cases[2]["project"]);
    for case in cases {
        assert!(
            !json_codes(case).contains(&"duplicate-form".to_owned()),
            "{case:#?}"
        );
    }
    let revised: Vec<Vec<String>> = cases.iter().map(json_codes).collect();
    assert!(!revised[0].contains(&"revised-form".to_owned()));
    assert!(!revised[1].contains(&"revised-form".to_owned()));
    let message = (cases[2]["findings"].as_array().unwrap().iter())
        .find(|f| f["code"] == "revised-form")
        .and_then(|f| f["message"].as_str())
        .unwrap_or_else(|| panic!("{:#?}", cases[2]));
    assert!(
        message.contains("a.txt 第 1 张表”是同一项目同一年度的两份")
            && message.contains(
                "数字不同：自评总分 100 → 99、计算总分 90 → 89、“指标1:改造工程推进”的自评得分 10 → 9"
            )
            && message.contains("计入后读到的“")
            && message.contains("d.txt 第 1 张表”"),
        "{message}"
    );
    let row = &json["summary"]["departments"][0];
    assert_eq!(row["forms"], 2, "{row:#?}");
    let copies = row["copies"].as_array().unwrap();
    assert_eq!(copies.len(), 1, "{row:#?}");
    assert_eq!(copies[0]["revised"], true);
    assert!(
        copies[0]["counted"]
            .as_str()
            .unwrap()
            .ends_with("d.txt 第 1 张表")
    );
}

/// What a finance officer reads of a run of the filled form beside its blank template, a
/// refused blank template and JSON Lines: the import's lines on the terminal, and the output
/// (the refused file's line last).
#[test]
fn the_run_of_a_blank_beside_a_filled_form_reads_as_the_officer_sees_it() {
    let both = format!("{S22}/filled-and-blank-pipe.txt");
    let blank = format!("{S22}/blank-template-pipe.txt");
    let out = score(&[&both, &blank], "anhui-2022", "jsonl");
    let last = out.stdout.lines().last().unwrap();
    let said: Vec<&str> = (out.stderr.lines())
        .filter(|l| l.contains("空白表样") || l.contains("张表评分") || l.contains("未读取"))
        .collect();
    let text = format!(
        "stderr (lines on blank forms):\n{}\n\nlast line of stdout:\n{last}\n",
        said.join("\n")
    );
    insta::assert_snapshot!("outputs_s23_blank_beside_filled_jsonl", text);
}
