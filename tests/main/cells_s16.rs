//! Session 16, engineer `cells`: what a cell really holds, said in the officer's words. Excel's
//! error values (`#DIV/0!`, `#VALUE!`, `#N/A`, `#REF!`) in a workbook's error cells and in
//! pasted text are a formula that failed, said as such and read as unreadable — never a blank
//! that quietly scores, nor the `0` inside `#DIV/0!`; an unreadable cell is said once. Inputs
//! under `tests/data/cells-s16/` (made by its `make_cells_s16.py`, see SOURCES.md); every total
//! by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{json_codes, score_json};
use crate::test::Test;
use serde_json::Value;

const DATA: &str = "tests/data/cells-s16";

fn scored(file: &str) -> (Value, String) {
    let (json, stderr) = score_json(&format!("{DATA}/{file}"), "anhui-2023", false);
    (json["cases"][0].clone(), stderr)
}

/// The messages of the findings coded `code`.
fn said(case: &Value, code: &str) -> Vec<String> {
    let findings = case["findings"].as_array().unwrap();
    let of = |f: &&Value| f["code"] == code;
    findings
        .iter()
        .filter(of)
        .map(|f| f["message"].to_string())
        .collect()
}

/// The form as the department meant it (全年执行数 190 / 200): indicators 20 + 10 + 0 (late) +
/// 10 + 2.7/3 × 15 = 13.5 + 11 (部分达成, its self-score in the band) + 10 = 74.5, execution
/// 95% × 10 = 9.5 → 10 (whole points): 84.5 / 良.
#[test]
fn the_base_form_scores_84_5() {
    let (case, _) = scored("v8a-spent-190.txt");
    assert_eq!(case["total"].to_string(), "84.5");
    assert_eq!(case["grade"], "良");
}

/// Pasted `#DIV/0!` in 全年执行数 read as 0 spent: 0% → execution 0, total 74.5 / 中, a
/// silently wrong number. It is unreadable: the execution is unknown (74.5 partial, no grade)
/// and the `no-grade` finding names Excel's error and what to do; the cell's own finding and
/// the validator's `case::not-a-number` are not said beside it (one message per cell).
#[test]
fn a_pasted_div0_in_spent_is_no_amount_and_said_once() {
    let (case, stderr) = scored("text-spent-div0.txt");
    assert_eq!(case["total"].to_string(), "74.5");
    assert_eq!(case["partial"], true);
    assert_eq!(case["grade"], Value::Null);
    assert_eq!(case["execution"]["rate"], Value::Null);
    let no_grade = said(&case, "no-grade").join("\n");
    assert!(
        no_grade.contains("全年执行数是 Excel 的错误值 `#DIV/0!`")
            && no_grade.contains("请在自评表上填写部门提供的数值（或请部门修正公式后重新报送）"),
        "{no_grade}"
    );
    assert!(said(&case, "unreadable-value").is_empty(), "{case}");
    assert!(!stderr.contains("not-a-number"), "{stderr}");
}

/// The s14b N3 form: `待决算后填报` in 全年执行数 of 年度资金总额 and of 本年财政拨款. The
/// total row's cell is said by `no-grade` only (it was said by a `case::not-a-number` above the
/// table too); the 本年财政拨款 cell, which no finding names, keeps its one warning.
#[test]
fn an_unreadable_funds_cell_is_said_once() {
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("n3.txt");
    let text = std::fs::read_to_string(format!("{DATA}/v8a-spent-190.txt")).unwrap();
    std::fs::write(&form, text.replace("\t190\t", "\t待决算后填报\t")).unwrap();
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/anhui-2023"])
        .arg(&form)
        .output();
    assert_eq!(
        out.stderr.matches("case::not-a-number").count(),
        1,
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("本年财政拨款 · 全年执行数"),
        "{}",
        out.stderr
    );
    assert!(
        out.stdout
            .contains("全年执行数“待决算后填报”无法识别为金额"),
        "{}",
        out.stdout
    );
    // JSON keeps the finding naming the cell.
    let json = Test::new()
        .args(["score", "--rules", "rules/anhui-2023", "--format", "json"])
        .arg(&form)
        .output()
        .json();
    let case = &json["cases"][0];
    assert!(
        said(case, "no-grade").join("").contains("待决算后填报"),
        "{case}"
    );
}

/// A pasted `#VALUE!` 得分: the line is scored from its target and actual (190万元 ≤ 200万元 →
/// 10; total 84.5), its self-score unknown — said as Excel's error with what to do, once — and
/// the reported 86 is the others' 76 plus at most the line's 10 points: the sum cannot be
/// checked, a warning (tester s16r N-H), not a `total-not-sum` error.
#[test]
fn a_pasted_value_error_in_a_score_is_excels_error() {
    let (case, stderr) = scored("text-score-value.txt");
    assert_eq!(case["total"].to_string(), "84.5");
    let unread = said(&case, "unreadable-value").join("\n");
    assert!(
        unread.contains("得分是 Excel 的错误值 `#VALUE!`")
            && unread.contains("不当作空白")
            && unread.contains("请向部门索取这一格的数值"),
        "{unread}"
    );
    assert!(said(&case, "missing-reported").is_empty(), "{case}");
    assert!(said(&case, "total-not-sum").is_empty(), "{case}");
    assert!(
        said(&case, "total-unchecked")
            .join("")
            .contains("其余各项得分之和为 76"),
        "{case}"
    );
    assert!(!stderr.contains("not-a-number"), "{stderr}");
}

/// A pasted `#N/A` 实际完成值 was read as words (`qualitative-actual`, `unknown-band`). It is
/// unreadable, said as Excel's error; the line keeps its self-score 20 (said, 未复核): 84.5.
#[test]
fn a_pasted_na_actual_is_excels_error() {
    let (case, _) = scored("text-actual-na.txt");
    assert_eq!(case["total"].to_string(), "84.5");
    let codes = json_codes(&case);
    for gone in ["qualitative-actual", "unknown-band"] {
        assert!(!codes.iter().any(|c| c == gone), "{codes:?}");
    }
    let unread = said(&case, "unreadable-value").join("\n");
    assert!(unread.contains("这是 Excel 的错误值 `#N/A`"), "{unread}");
    assert!(
        said(&case, "reported-kept").join("").contains("20"),
        "{case}"
    );
}

/// A pasted `#REF!` 总分: no reported total, said as Excel's error; the computed 84.5 stands.
#[test]
fn a_pasted_ref_total_is_excels_error() {
    let (case, _) = scored("text-total-ref.txt");
    assert_eq!(case["total"].to_string(), "84.5");
    assert_eq!(case["reported_total"], Value::Null);
    let unread = said(&case, "unreadable-value").join("\n");
    assert!(
        unread.contains("自评总分是 Excel 的错误值 `#REF!`"),
        "{unread}"
    );
}

/// The workbook: error cells (`t="e"`) F6, F7 `#DIV/0!` (全年执行数), F13 `#N/A` (实际完成值),
/// H16 `#VALUE!` (得分). Each is read as the text Excel shows and noted with its cell; the
/// execution is unknown; 20 (kept) + 10 + 0 + 10 + 13.5 + 11 + 10 = 74.5, partial, no grade.
#[test]
fn a_workbooks_error_cells_are_excels_errors() {
    let (case, _) = scored("errors.xlsx");
    assert_eq!(case["total"].to_string(), "74.5");
    assert_eq!(case["partial"], true);
    assert_eq!(case["grade"], Value::Null);
    let notes = case["import_notes"].as_array().unwrap();
    for (cell, error) in [
        ("自评表!F6", "#DIV/0!"),
        ("自评表!F7", "#DIV/0!"),
        ("自评表!F13", "#N/A"),
        ("自评表!H16", "#VALUE!"),
    ] {
        assert!(
            notes.iter().any(|n| n["form_cell"] == cell
                && n["message"]
                    .as_str()
                    .unwrap()
                    .contains(&format!("Excel 的错误值 `{error}`"))),
            "{cell}: {notes:?}"
        );
    }
    assert!(
        said(&case, "no-grade").join("").contains("`#DIV/0!`"),
        "{case}"
    );
    let unread = said(&case, "unreadable-value").join("\n");
    assert!(
        unread.contains("`#N/A`") && unread.contains("`#VALUE!`"),
        "{unread}"
    );
}

/// The findings on the line whose name holds `line`, as `code: message`.
fn on_line(case: &Value, line: &str) -> Vec<String> {
    let findings = case["findings"].as_array().unwrap();
    let on = |f: &&Value| {
        f["location"]["indicator"]["level3"]
            .as_str()
            .is_some_and(|n| n.contains(line))
    };
    let said = |f: &Value| format!("{}: {}", f["code"].as_str().unwrap(), f["message"]);
    findings.iter().filter(on).map(said).collect()
}

/// `2023.1` against `2023年12月底前`: January 2023, and the 2023.10 Excel shows so, are both on
/// time → 10 (self-score 不得分: a mismatch), said with both readings in a warning. By hand
/// 84.5 − 0 + 10 = 94.5 / 优.
#[test]
fn a_year_point_one_on_time_either_way_is_scored_and_said_both_ways() {
    let (case, _) = scored("text-month-1-both-on-time.txt");
    assert_eq!(case["total"].to_string(), "94.5");
    let said = on_line(&case, "完成时间").join("\n");
    assert!(
        said.contains("unit-guessed: ")
            && said.contains("“2023.1”按 2023年1月 读取；若原为 2023.10（Excel 会把 2023.10 显示为 2023.1），请核对"),
        "{said}"
    );
}

/// `2023.1` against `2023年6月底前` was January, on time → 10 (94.5). As October (a 2023.10
/// Excel shows so) it is late: the readings score apart, so neither is picked — the
/// self-score 不得分 (0) is kept, said with both readings: 84.5 / 良. The same from a
/// workbook whose cell is the number 2023.1.
#[test]
fn a_year_point_one_whose_readings_score_apart_keeps_the_self_score() {
    for file in ["text-month-1-apart.txt", "month-1-apart.xlsx"] {
        let (case, _) = scored(file);
        assert_eq!(case["total"].to_string(), "84.5", "{file}");
        let said = on_line(&case, "完成时间").join("\n");
        assert!(
            said.contains("unit-mismatch: ")
                && said.contains("看不出是否按时完成")
                && said.contains("按 2023年1月 与按 2023年10月 读取，结果不同")
                && said.contains("采用自评得分 0"),
            "{file}: {said}"
        );
        assert!(!said.contains("unit-guessed"), "{file}: {said}");
    }
}

/// Tester s14b B: `2.项目绩效目标实现情况` and the paragraph under it, between a web page's
/// tables, became two more 年度总体目标 with a guessed note ("数字可能有误"). The heading is page
/// text and the paragraph the report's text, kept among the notes, both said as recognised;
/// one goal; the numbers as before: 14.38 + 10 + 10 + 5 + 10 + 9 (明显改善 / 部分达成: 60% of
/// 15) + 15 + 9.78 = 83.16, execution 92.5% → 9: 92.16.
#[test]
fn a_numbered_heading_in_digits_and_its_text_are_no_goals() {
    let (case, stderr) = scored("f5v-heading-digit-plus-text.html");
    assert_eq!(case["total"].to_string(), "92.16");
    assert!(
        !json_codes(&case).iter().any(|c| c == "import-guessed"),
        "{case}"
    );
    assert!(!stderr.contains("import::guessed"), "{stderr}");
    assert!(
        stderr.contains("“2.项目绩效目标实现情况”是表格之间的章节标题")
            && stderr.contains("“全年共养护农村公路1,150公里。”是表格之间章节标题下的文字"),
        "{stderr}"
    );
    let dir = tempfile::tempdir().unwrap();
    Test::new()
        .args([
            "import",
            "--rules",
            "anhui-2023",
            &format!("{DATA}/f5v-heading-digit-plus-text.html"),
            "--out",
        ])
        .arg(dir.path())
        .run();
    let written = std::fs::read_dir(dir.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let toml = std::fs::read_to_string(written).unwrap();
    assert_eq!(toml.matches("[[goals]]").count(), 1, "{toml}");
    assert!(toml.contains("全年共养护农村公路1,150公里。"), "{toml}");
}
