//! Session 24, engineer `outdoubts`: leftovers on findings, copies and outputs. 2: the form's
//! own 评分标准 quoted in `score-mismatch` names the cell it stands in; 3: a level-2 label
//! carrying its points (`成本指标（5分）`) in a one-cell-a-line text is read by its words, not
//! guessed by the row's count; 4: one `weights-adjusted` note a form; 5: a workbook's failing
//! sums name their guessed rows. Fixtures: `tests/data/import/s23/headers/` and
//! `tests/data/import/s24/` (README.md there).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{json_codes, score_json};
use crate::test::Test;

const HEADERS: &str = "tests/data/import/s23/headers";

/// The messages of the findings of `code` on a JSON case.
fn messages<'a>(case: &'a serde_json::Value, code: &str) -> Vec<&'a str> {
    (case["findings"].as_array().into_iter().flatten())
        .filter(|f| f["code"] == code)
        .map(|f| f["message"].as_str().unwrap())
        .collect()
}

/// `jixiao import --rules RULES --out DIR FILE` in Chinese: the case files written, by name,
/// and the stderr.
fn import_to(dir: &std::path::Path, rules: &str, file: &str) -> (Vec<std::path::PathBuf>, String) {
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["import", "--rules", rules, "--out"])
        .arg(dir)
        .arg(file)
        .output();
    assert_eq!(out.status, 0, "{}", out.stderr);
    let mut files: Vec<_> = (std::fs::read_dir(dir).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    (files, out.stderr)
}

/// 2: the 评分标准 cell of a line is recorded in the case file `import` writes (`cells = {
/// …, scoring = "Sheet1!G13" }`), the case file scored says the same, and a case file written
/// by hand without the cell quotes the rule without a place. The import note on the column
/// says its cells were kept, not left out (it said "not imported" since s23 kept them).
#[test]
fn the_scoring_rule_s_cell_is_kept_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let (files, stderr) = import_to(
        dir.path(),
        "national-2020",
        &format!("{HEADERS}/jx-scorecol.xlsx"),
    );
    assert!(
        stderr.contains("是单位自己的评分标准：其中 6 格文字按行保留为各行的评分标准"),
        "{stderr}"
    );
    assert!(!stderr.contains("未导入，也不影响分数"), "{stderr}");
    let file = &files[0];
    let text = std::fs::read_to_string(file).unwrap();
    assert!(
        text.contains("score = \"Sheet1!I13\", scoring = \"Sheet1!G13\" }"),
        "{text}"
    );
    let (json, stderr) = score_json(file.to_str().unwrap(), "national-2020", false);
    assert!(!stderr.contains("unknown-cell-key"), "{stderr}");
    assert_eq!(
        messages(&json["cases"][0], "score-mismatch"),
        ["自评得分 13 与计算得分 14.7 不一致（表上的评分标准：“每降1%扣1分”，位置：Sheet1!G13）"]
    );
    let bare = dir.path().join("bare.toml");
    let without = text.replace(", scoring = \"Sheet1!G13\"", "");
    std::fs::write(&bare, without).unwrap();
    let (json, _) = score_json(bare.to_str().unwrap(), "national-2020", false);
    assert_eq!(
        messages(&json["cases"][0], "score-mismatch"),
        ["自评得分 13 与计算得分 14.7 不一致（表上的评分标准：“每降1%扣1分”）"]
    );
}

/// 3: the 江西 form one cell a line: its `成本指标（5分）` row is read by the label's words —
/// no guess said at line 64, no `import-guessed` on the form — and scores as before (99.7, the
/// workbook's figure). Before: `7 个单元格对应 6 列：按单元格个数将第一个单元格读作二级指标`.
#[test]
fn a_level2_label_with_its_points_is_read_by_its_words_in_cells_text() {
    let file = format!("{HEADERS}/jx-scorecol.cells.txt");
    let (json, stderr) = score_json(&file, "national-2020", false);
    let case = &json["cases"][0];
    assert_eq!(case["total"], 99.7, "{stderr}");
    assert!(!stderr.contains("按单元格个数"), "{stderr}");
    assert!(!stderr.contains("import::guessed"), "{stderr}");
    assert!(!json_codes(case).contains(&"import-guessed".to_owned()));
    let cost = (case["indicators"].as_array().unwrap().iter())
        .find(|i| i["level3"] == "培训成本控制率")
        .unwrap();
    assert_eq!(cost["level1"], "产出指标");
    assert_eq!(cost["level2"], "成本指标（5分）");
}

/// 4: the 江西 form under `national-2020`, whose level-1 weights are assumed examples: one
/// `weights-adjusted` note for the form, naming the four weights with the form's points and
/// the examples, at the first one's cell (决策指标 has no line: the 总分 分值). Before: four
/// notes, one a weight.
#[test]
fn a_form_s_own_weights_are_one_note_under_assumed_weights() {
    let (json, stderr) = score_json(
        &format!("{HEADERS}/jx-scorecol.xlsx"),
        "national-2020",
        false,
    );
    let case = &json["cases"][0];
    assert_eq!(
        messages(case, "weights-adjusted"),
        [
            "4 项一级指标分值按表上的计分：决策指标 0（示例为 15）、过程指标 10（示例为 25）、\
             产出指标 50（示例为 35）、效益指标 40（示例为 25）；规则集的这些分值只是假定的示例，\
             以表上的为准"
        ],
        "{stderr}"
    );
    let note = (case["findings"].as_array().unwrap().iter())
        .find(|f| f["code"] == "weights-adjusted")
        .unwrap();
    assert_eq!(note["severity"], "info");
    assert_eq!(note["location"]["form_cell"], "Sheet1!D18");
    let en = Test::new()
        .env("JIXIAO_LANG", "en")
        .args(["score", "--rules", "rules/national-2020"])
        .arg(format!("{HEADERS}/jx-scorecol.xlsx"))
        .output();
    assert!(
        en.stdout.contains(
            "the level-1 weights are scored as the form gives them: 决策指标 0 (the example: 15)"
        ),
        "{}",
        en.stdout
    );
}

/// 4: under rules that lay down the weights and let forms adjust them (`anhui-2022`), a form
/// moving 10 points from 产出 to 效益 gets one note naming both, at the first adjusted
/// label's cell; a form with the rule's weights gets none.
#[test]
fn adjusted_weights_under_fixed_rules_are_one_note_naming_each() {
    let shipped = "cases/constructed-2022/2022-01-政务服务培训项目.toml";
    let text = std::fs::read_to_string(crate::common::root().join(shipped)).unwrap();
    let (json, _) = score_json(shipped, "anhui-2022", false);
    assert!(messages(&json["cases"][0], "weights-adjusted").is_empty());
    let moved = text
        .replace(
            "points = \"15\"\nscore = \"9\"",
            "points = \"5\"\nscore = \"3\"",
        )
        .replace(
            "points = \"30\"\nscore = \"30\"",
            "points = \"40\"\nscore = \"40\"",
        );
    assert_ne!(moved, text);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("moved.toml");
    std::fs::write(&file, moved.split("\n[expect]").next().unwrap()).unwrap();
    let (json, stderr) = score_json(file.to_str().unwrap(), "anhui-2022", false);
    let case = &json["cases"][0];
    assert_eq!(
        messages(case, "weights-adjusted"),
        [
            "2 项一级指标分值按表上的计分：产出指标 40（规则为 50）、效益指标 40（规则为 30）；规则允许调整"
        ],
        "{stderr}"
    );
    let note = (case["findings"].as_array().unwrap().iter())
        .find(|f| f["code"] == "weights-adjusted")
        .unwrap();
    assert_eq!(note["location"]["field"], "indicators[0].level1");
}

/// 5: a workbook's failing sums name the rows whose figures the import guessed, by their
/// indicators, with the notes' cells (only text was tested): `s24/guessed-sums.xlsx`, two
/// rows of each form with 分值/得分 cells formatted as percentages. 表1's 自评总分 97.8 is not
/// its lines' 95.8 (`total-not-sum`), 表2's 总分值 110 not its 100 (`total-points-not-sum`);
/// each stays an error. The case file `import` writes says the same.
#[test]
fn a_workbook_s_failing_sums_name_their_guessed_rows() {
    let file = "tests/data/import/s24/guessed-sums.xlsx";
    let expected = [
        (
            "total-not-sum",
            "自评总分 97.8 不等于表中各项得分之和（95.8）；但其中 2 行是导入时按推测的列读取的：\
             指标1:资助参保人数、指标1:困难群众参保率（见导入说明：表1!G13、表1!H13、表1!G17、\
             表1!H17）：相差可能是读错了格，不一定是表本身填错，请先与原表核对这几行",
        ),
        (
            "total-points-not-sum",
            "填写的总分值 110 不等于各项分值之和（100）；但其中 2 行是导入时按推测的列读取的：\
             指标1:开展阅读推广活动、指标1:年接待读者人次（见导入说明：表2!G13、表2!H13、表2!G17、\
             表2!H17）：相差可能是读错了格，不一定是表本身填错，请先与原表核对这几行",
        ),
    ];
    let (json, stderr) = score_json(file, "anhui-2023", false);
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 2, "{stderr}");
    for (case, (code, message)) in cases.iter().zip(expected) {
        assert_eq!(messages(case, code), [message], "{stderr}");
        let finding = (case["findings"].as_array().unwrap().iter())
            .find(|f| f["code"] == code)
            .unwrap();
        assert_eq!(finding["severity"], "error");
    }
    let dir = tempfile::tempdir().unwrap();
    let (files, _) = import_to(dir.path(), "anhui-2023", file);
    assert_eq!(files.len(), 2);
    for (path, (code, message)) in files.iter().zip(expected) {
        let (json, _) = score_json(path.to_str().unwrap(), "anhui-2023", false);
        assert_eq!(
            messages(&json["cases"][0], code),
            [message],
            "{}",
            path.display()
        );
    }
}

/// `score DIR --by department --format json` under anhui-2023, and the 部门汇总 sheet's notes
/// of the xlsx report of the same folder.
fn by_department(dir: &std::path::Path) -> (serde_json::Value, Vec<String>) {
    let json = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/anhui-2023", "--by", "department"])
        .args(["--format", "json"])
        .arg(dir)
        .output()
        .json();
    let report = dir.with_extension("xlsx");
    Test::new()
        .env("JIXIAO_LANG", "zh")
        .args([
            "score",
            "--rules",
            "rules/anhui-2023",
            "--format",
            "xlsx",
            "--out",
        ])
        .arg(&report)
        .arg(dir)
        .output();
    use calamine::Reader as _;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&report).unwrap();
    let sheet = book.worksheet_range("部门汇总").unwrap();
    let notes = (sheet.rows())
        .map(|r| r.iter().map(ToString::to_string).collect::<String>())
        .filter(|r| r.contains("只计一次"))
        .collect();
    (json, notes)
}

/// A folder holding the fixtures `files` (path, name in the folder).
fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (from, name) in files {
        std::fs::copy(crate::common::root().join(from), dir.path().join(name)).unwrap();
    }
    dir
}

const FIRST: &str = "tests/data/import/s24/revised-first.xlsx";
const SECOND: &str = "tests/data/import/s24/revised-second.xlsx";

/// 1: a form and its corrected version (s24/revised-*.xlsx: the same project, unit and year;
/// 全年执行数, one self-score and the 自评总分 corrected): both scored as read; the second
/// carries a `revised-form` warning naming the first and every figure that differs, and
/// that the summary counts it, the later; 部门汇总 counts one form with the corrected figures
/// (B 120, 96.8) and says so under the table. Before: two forms, A 240, B 234, average 96.3.
#[test]
fn a_corrected_form_sent_again_is_said_and_counted_once() {
    let dir = folder(&[(FIRST, "a.xlsx"), (SECOND, "b.xlsx")]);
    let (json, notes) = by_department(&dir.path().join(""));
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 2, "both versions are scored, as read");
    assert_eq!(
        (cases[0]["total"].as_f64(), cases[1]["total"].as_f64()),
        (Some(95.8), Some(96.8))
    );
    assert!(json_codes(&cases[0]).is_empty(), "{:#?}", cases[0]);
    let said = messages(&cases[1], "revised-form");
    assert_eq!(said.len(), 1, "{:#?}", cases[1]);
    let message = said[0];
    assert!(
        message.contains(
            "a.xlsx 第 1 张表”是同一项目同一年度的两份（项目名称、实施单位、年度相同），\
             数字不同：全年执行数 114 → 120、自评总分 95.8 → 96.8、计算总分 95.8 → 96.8、\
             “指标1:资助参保人数”的自评得分 19 → 20。"
        ),
        "{message}"
    );
    assert!(message.contains("计入后读到的“"), "{message}");
    assert!(
        message.contains("b.xlsx 第 1 张表”；请与部门核对哪一份是最终版本"),
        "{message}"
    );
    let finding = (cases[1]["findings"].as_array().unwrap().iter())
        .find(|f| f["code"] == "revised-form")
        .unwrap();
    assert_eq!(finding["severity"], "warning");
    assert_eq!(finding["location"]["form_field"], "项目名称");
    let rows = json["summary"]["departments"].as_array().unwrap();
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(row["forms"], 1, "{row:#?}");
    assert_eq!(
        (row["budget"].as_f64(), row["spent"].as_f64()),
        (Some(120.0), Some(120.0))
    );
    assert_eq!(row["average"].as_f64(), Some(96.8));
    assert_eq!(row["findings"]["revised-form"], 1, "{row:#?}");
    let copies = &row["copies"][0];
    assert_eq!(copies["revised"], true);
    assert!(
        copies["counted"]
            .as_str()
            .unwrap()
            .ends_with("b.xlsx 第 1 张表")
    );
    assert!(
        copies["left_out"][0]
            .as_str()
            .unwrap()
            .ends_with("a.xlsx 第 1 张表")
    );
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].contains("是同一项目同一年度的 2 份表")
            && notes[0].contains("一样完整时计后读到的一份"),
        "{notes:?}"
    );
}

/// 1, the other order: the corrected version read first (its file name sorts first), the
/// first version after it. The later read is counted — the one rule the run can keep — and
/// the finding, on the later, says so by name, for the officer to check which is final.
#[test]
fn versions_read_in_the_other_order_count_the_later_and_say_which() {
    let dir = folder(&[(SECOND, "a.xlsx"), (FIRST, "b.xlsx")]);
    let (json, _) = by_department(&dir.path().join(""));
    let cases = json["cases"].as_array().unwrap();
    let message = messages(&cases[1], "revised-form")[0];
    assert!(message.contains("全年执行数 120 → 114"), "{message}");
    assert!(message.contains("计入后读到的“"), "{message}");
    let row = &json["summary"]["departments"][0];
    assert_eq!(row["forms"], 1);
    assert_eq!(row["average"].as_f64(), Some(95.8));
}

/// 1: what is not a version: the same form of another year, and — a unit not written — two
/// forms only alike in their project name: each counted, nothing said. A copy alike is still
/// `duplicate-form`, not `revised-form`.
#[test]
fn another_year_or_no_unit_is_no_version() {
    let form = "tests/data/import/s23/no-funds-form-pipe.txt";
    let text = std::fs::read_to_string(crate::common::root().join(form)).unwrap();
    let other_score = text
        .replace(
            "| 按计划有序推进 | 10 | 10 |",
            "| 按计划有序推进 | 10 | 9 |",
        )
        .replace("| 100 | 100 |", "| 100 | 99 |");
    assert_ne!(other_score, text);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), &text).unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        other_score.replace("(2023年度)", "(2022年度)"),
    )
    .unwrap();
    let no_unit = |t: &str| t.replace("| 天长市城市建设服务中心 |", "|  |");
    std::fs::write(dir.path().join("c.txt"), no_unit(&text)).unwrap();
    std::fs::write(dir.path().join("d.txt"), no_unit(&other_score)).unwrap();
    std::fs::write(dir.path().join("e.txt"), &text).unwrap();
    let (json, _) = by_department(&dir.path().join(""));
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 5);
    let codes: Vec<Vec<String>> = cases.iter().map(json_codes).collect();
    for c in &codes {
        assert!(!c.contains(&"revised-form".to_owned()), "{codes:?}");
    }
    assert!(codes[4].contains(&"duplicate-form".to_owned()), "{codes:?}");
    // The form without its unit is read without its 主管部门 too (the row left out, said):
    // its two copies are counted under 未填主管部门, apart.
    let rows = json["summary"]["departments"].as_array().unwrap();
    let forms: Vec<u64> = rows.iter().map(|r| r["forms"].as_u64().unwrap()).collect();
    assert_eq!(forms, [2, 2], "{rows:#?}");
    assert!(rows[1].get("copies").is_none(), "{rows:#?}");
}
