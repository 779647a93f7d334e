//! Forms as they arrive, from the s12 user test (notes s12-tester, engineer `arrive`): a
//! table copied out of Word as tab text (S7), a year row `（2022年）` (S11), a funds block
//! nested in one cell of a page (S14), the Sichuan template's printed captions on a web form
//! (S10), a dated line in glued text (S8) and a row blanked with `——` (S5). The inputs are
//! the tester's, copied unchanged to `tests/data/import/s12/` (see `SOURCES.md`; the two pages the cellwords
//! tests also read are in `tests/data/cellwords-s12/`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, json_codes as codes, json_errors as errors};
use crate::test::Test;
use serde_json::Value;

const DATA: &str = "tests/data/import/s12";

/// `jixiao score FILE --rules rules/RULES --format json` in Chinese, and its stderr. The
/// tester's pages the cellwords tests read too are kept once, with them.
fn scored(file: &str, rules: &str) -> (Value, String) {
    common::score_json(&format!("{}/{file}", dir_of(file)), rules, false)
}

fn dir_of(file: &str) -> &'static str {
    match file {
        "h6-wording.html" | "s1-sichuan-web-gbk.html" => "tests/data/cellwords-s12",
        _ => DATA,
    }
}

/// S7, `t4-word-copy.txt`: form A as Word copies a table, each row-spanned cell an empty
/// cell in the rows below it. By hand 20 + 10 + 10 + 10 + 13.5 + 11 + 10 = 84.5, execution
/// 190 / 200 = 95% → 9.5 → 10, total 94.5 = the form's 94.5, 优 — as the same form as a Word
/// document (`w1-form-a.docx`). Before: funds rows unreadable, every indicator a column
/// off, 20 with three error-level findings.
#[test]
fn a_table_copied_out_of_word_as_tab_text_reads_as_the_document_does() {
    for file in ["t4-word-copy.txt", "w1-form-a.docx"] {
        let (json, stderr) = scored(file, "anhui-2023");
        let case = &json["cases"][0];
        assert_eq!(case["total"].to_string(), "94.5", "{file}: {stderr}");
        assert_eq!(case["reported_total"].to_string(), "94.5", "{file}");
        assert_eq!(case["execution"]["rate"].to_string(), "95", "{file}");
        assert_eq!(case["execution"]["score"].to_string(), "10", "{file}");
        assert!(errors(case).is_empty(), "{file}: {:?}", codes(case));
        assert!(!stderr.contains("import::unreadable"), "{file}: {stderr}");
        assert!(!stderr.contains("import::guessed"), "{file}: {stderr}");
    }
    let (_, stderr) = scored("t4-word-copy.txt", "anhui-2023");
    // The alignment is said once a section, at the first row it applies to.
    for label in ["“项目资金(万元)”下", "“年度总体目标”下", "“绩效指标”下"]
    {
        assert_eq!(stderr.matches(label).count(), 1, "{label}: {stderr}");
    }
    assert!(stderr.contains("从 Word 复制的表格"), "{stderr}");
}

/// S11: the year on a row of its own written `（2022年）` (h15) is read as `(2022年度)` is
/// (h14): a 2022 form under anhui-2023 gets `year-mismatch`, and the row is no unreadable
/// header that casts doubt on the numbers. `（2023年）` (h12) is the rule set's year: no
/// warning. The scores are form A's, 94.5 each.
#[test]
fn a_year_row_without_du_is_the_forms_year() {
    for file in ["h15-2022-nian-row.html", "h14-2022-paren-row.html"] {
        let (json, stderr) = scored(file, "anhui-2023");
        let case = &json["cases"][0];
        let codes = codes(case);
        assert!(
            codes.contains(&"year-mismatch".to_owned()),
            "{file}: {codes:?}"
        );
        assert!(
            !codes.contains(&"import-guessed".to_owned()),
            "{file}: {codes:?}"
        );
        assert!(!stderr.contains("import::unreadable"), "{file}: {stderr}");
        assert_eq!(case["total"].to_string(), "94.5", "{file}");
    }
    let (json, stderr) = scored("h12-year-paren-nianyear.html", "anhui-2023");
    let codes = codes(&json["cases"][0]);
    assert!(!codes.contains(&"year-mismatch".to_owned()), "{codes:?}");
    assert!(!codes.contains(&"import-guessed".to_owned()), "{codes:?}");
    assert!(!stderr.contains("import::unreadable"), "{stderr}");
}

/// S14, `h16-funds-nested-table.html`: form A with its 项目资金 block (the columns' header
/// and four rows) as a `<table>` inside the cell beside `项目资金(万元)`. Its rows are read in
/// place of the cell: 190 / 200 = 95% → 10, total 94.5 = self, with a note saying so. Before:
/// one funds column read, no funds rows, execution 0 and an error-level `total-not-sum`.
#[test]
fn a_funds_block_nested_in_a_cell_is_read_as_its_rows() {
    let (json, stderr) = scored("h16-funds-nested-table.html", "anhui-2023");
    let case = &json["cases"][0];
    assert_eq!(case["total"].to_string(), "94.5", "{stderr}");
    assert_eq!(case["execution"]["rate"].to_string(), "95");
    assert_eq!(case["execution"]["budget"].to_string(), "200");
    assert_eq!(case["execution"]["spent"].to_string(), "190");
    assert!(codes(case).is_empty(), "{:?}", codes(case));
    assert!(stderr.contains("嵌着一张表格"), "{stderr}");
    assert!(
        stderr.contains("按其 5 行读作项目资金的表头和各行"),
        "{stderr}"
    );
}

/// S14, the case the page reader cannot lay out (`h16b-funds-cell-two-tables.html`: a second
/// small table in the funds cell): the funds are said unread, and the form's total — its line
/// scores 84.5 plus an execution 得分 the import could not see, within its 10 points — is no
/// error of the form's: a `missing-reported` warning, no `total-not-sum`. Since s13 the
/// execution score is unknown, not 0: the 84.5 is partial, with no grade (`no-grade`), and the
/// form's total within 84.5 + 10 is no `total-mismatch` either.
#[test]
fn a_funds_block_not_read_is_said_and_no_error_is_blamed_on_the_form() {
    let (json, stderr) = scored("h16b-funds-cell-two-tables.html", "anhui-2023");
    let case = &json["cases"][0];
    assert!(stderr.contains("项目资金未导入"), "{stderr}");
    assert!(stderr.contains("import::unreadable"), "{stderr}");
    assert!(errors(case).is_empty(), "{:?}", codes(case));
    let codes = codes(case);
    // Since s14 the `no-grade` finding is the one that says no funds row was read.
    assert_eq!(codes, ["import-guessed", "no-grade"]);
    assert_eq!(case["total"].to_string(), "84.5");
    assert_eq!(case["partial"], true);
    assert!(case["grade"].is_null());
    assert!(case["execution"]["score"].is_null());
}

/// S10, `s1-sichuan-web-gbk.html` (a Sichuan form published as a GB2312 page): the printed
/// captions row `项目基本情况 | 1.项目年度目标完成情况` is the template's (no unreadable note,
/// no doubt cast on the numbers), `2.项目实施内容及过程概述 | 按学期发放…` is kept among the
/// notes, not read as a second 年度目标, and the page's `扫一扫在手机打开当前页` is left out of
/// the notes with a note of its own.
#[test]
fn sichuan_captions_and_page_chrome_on_a_web_form_are_no_part_of_the_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["import", "--out"])
        .arg(dir.path())
        .arg(format!(
            "{}/s1-sichuan-web-gbk.html",
            dir_of("s1-sichuan-web-gbk.html")
        ))
        .output();
    assert!(!out.stderr.contains("import::unreadable"), "{}", out.stderr);
    assert!(!out.stderr.contains("import::guessed"), "{}", out.stderr);
    assert!(
        out.stderr.contains("是网站页面自带的文字"),
        "{}",
        out.stderr
    );
    let file = std::fs::read_dir(dir.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    let case = std::fs::read_to_string(file.path()).unwrap();
    assert_eq!(case.matches("[[goals]]").count(), 1, "{case}");
    assert!(
        case.contains("\"2.项目实施内容及过程概述：按学期发放营养膳食补助。\""),
        "{case}"
    );
    assert!(!case.contains("\"扫一扫在手机打开当前页\""), "{case}");
    let (json, _) = scored("s1-sichuan-web-gbk.html", "sichuan-2023");
    let codes = codes(&json["cases"][0]);
    assert!(!codes.contains(&"import-guessed".to_owned()), "{codes:?}");
}

/// S5, `h6-wording.html` and `x1-wording.xlsx`: the row `效益指标 | 生态效益指标 | —— | —— |
/// —— | / | / | /` is a not-applicable row, skipped with a note like a row written `无`.
/// Before: an indicator named `——` with `missing-actual` and `missing-reported`.
#[test]
fn a_row_blanked_with_dashes_is_skipped_as_not_applicable() {
    for file in ["h6-wording.html", "x1-wording.xlsx"] {
        let (json, stderr) = scored(file, "anhui-2023");
        let case = &json["cases"][0];
        let names: Vec<&str> = case["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["level3"].as_str().unwrap())
            .collect();
        assert_eq!(names.len(), 10, "{file}: {names:?}");
        assert!(!names.contains(&"——"), "{file}: {names:?}");
        let codes = codes(case);
        assert!(
            !codes.contains(&"missing-actual".to_owned()),
            "{file}: {codes:?}"
        );
        assert!(
            stderr.contains("二级指标“生态效益指标”下的三级指标写的是“——”"),
            "{file}: {stderr}"
        );
    }
}
