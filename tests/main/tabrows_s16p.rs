//! Tab-separated text as table extractors and editors give it (tester s16p P2, P9): a merged
//! label printed again as a line of one cell when a PDF's table runs over two pages, and rows
//! that lost their trailing empty cells. Inputs under `tests/data/import/s16p/` (see
//! `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, json_codes as codes};
use serde_json::Value;

const DATA: &str = "tests/data/import/s16p";

/// The template's two forms read right. By hand, form 1: 114 / 120 = 95% → 10; 参保人数
/// 20 × 7600 / 8000 = 19, 10, 10, 10; 参保率 20 × 98 / 99 = 19.8, 长效保障机制 部分达成 7;
/// 满意度 10 → 95.8. Form 2: 72 / 90 = 80% → 8; 15, 15, 开放天数 10 × 290 / 300 = 9.67,
/// 单场成本 10 × 0.5 / 0.55 = 9.09; 读者人次 20 × 18 / 20 = 18, 不涉及, 10; 满意度 10 → 94.76.
const TEMPLATE: [(&str, &str, &str); 2] = [
    ("城乡居民医保参保补助项目", "95.8", "95.8"),
    ("公共图书馆免费开放补助", "94.76", "94.76"),
];

/// `jixiao score FILE --rules rules/anhui-2023 --format json` in Chinese, and its stderr.
fn scored(file: &str) -> (Value, String) {
    common::score_json(&format!("{DATA}/{file}"), "anhui-2023", false)
}

/// Each case's (project, total, self-reported total).
fn totals(json: &Value) -> Vec<(String, String, String)> {
    json["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["project"].as_str().unwrap_or_default().to_owned(),
                c["total"].to_string().trim_matches('"').to_owned(),
                c["reported_total"].to_string().trim_matches('"').to_owned(),
            )
        })
        .collect()
}

fn owned(forms: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    forms
        .iter()
        .map(|(p, t, r)| (p.to_string(), t.to_string(), r.to_string()))
        .collect()
}

/// P2: a line holding only `绩效指标`, `产出指标` or `项目资金(万元)` among the template's Excel
/// tab copy — a merged cell printed again at the top of page 2 — is skipped with a recognised
/// note and decides nothing: both forms keep their names and read 95.8 / 94.76, no guess.
/// Before: the file was read as a Word copy, every name lost, 92.3 (the label an indicator
/// sharing the points above), 69 with five errors, or names, units and goals lost.
#[test]
fn a_merged_label_printed_again_on_page_two_is_skipped() {
    for (file, label) in [
        ("excel-copy-lone-label.txt", "绩效指标"),
        ("excel-copy-lone-level1.txt", "产出指标"),
        ("excel-copy-lone-funds.txt", "项目资金(万元)"),
    ] {
        let (json, stderr) = scored(file);
        assert_eq!(totals(&json), owned(&TEMPLATE), "{file}: {stderr}");
        let said = format!("只有“{label}”一格的一行是跨行合并的单元格在表格分页后再次印出");
        assert_eq!(stderr.matches(&said).count(), 1, "{file}: {stderr}");
        assert!(stderr.contains("import::recognised"), "{file}: {stderr}");
        for kind in ["import::guessed", "import::unreadable", "从 Word 复制"] {
            assert!(!stderr.contains(kind), "{file}: {stderr}");
        }
        let units: Vec<&str> = json["cases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["unit"].as_str().unwrap_or_default())
            .collect();
        assert_eq!(units, ["某县医疗保障事务中心", "某市图书馆"], "{file}");
        for case in json["cases"].as_array().unwrap() {
            for code in ["import-guessed", "score-mismatch", "total-mismatch"] {
                assert!(!codes(case).contains(&code.to_owned()), "{file}: {stderr}");
            }
        }
    }
}

/// P2, the real case: `extract_tables.py` over the two-page template PDF, the title lines
/// outside the tables bare, `绩效指标` printed again on page 2 of each form and `效益指标` on
/// form 2's. As its workbook twin (`t-template-fmt.pdf2xlsx.xlsx`) reads: 95.8 and 94.76.
/// Before: 92.3 / 优 and 84.76 / 良 with errors against the department, both names lost.
#[test]
fn a_two_page_template_taken_from_a_pdf_as_tab_text_reads_as_its_workbook() {
    let (json, stderr) = scored("t-template-fmt.tables2-tab.txt");
    assert_eq!(totals(&json), owned(&TEMPLATE), "{stderr}");
    // Form 2's 效益指标, printed on page 2 only (its rows on page 1 have no level 1), is no
    // repeat of the 产出指标 carried above: the text of its merged cell, parted from its rows,
    // heads the rows above whose level 2 is its own and the rows below (engineer pagesplit),
    // as in the workbook — no labels-only guess, no weights moved to 产出指标.
    assert_eq!(stderr.matches("一格的一行是跨行合并的单元格").count(), 2);
    assert_eq!(
        stderr.matches("单独成行的一级指标“效益指标”").count(),
        1,
        "{stderr}"
    );
    assert!(!stderr.contains("只有指标名称的指标行"), "{stderr}");
    assert!(!stderr.contains("weights-adjusted"), "{stderr}");
    assert!(!stderr.contains("import::unreadable"), "{stderr}");
    for case in json["cases"].as_array().unwrap() {
        assert!(common::json_errors(case).is_empty(), "{stderr}");
    }
}

/// P9: rows that lost trailing empty cells are rows of the table. Form 1 with its last four
/// lines one tab short (page 2 a column narrower) reads 95.8 (before: 59, incomplete); the
/// real case `w-emptycol.tables2-tab.txt` (page 2's rows 10 cells, page 1's 11) reads 97
/// against its 98 as its workbook twin: 120 / 150 = 80% → 8; 20 + 10 + 10 + 10; 消除D级危房比例
/// 20 × 95 / 100 = 19 (self 20); 建立 / 已建立 10; 96 ≥ 95 → 10 (before: 58, incomplete).
#[test]
fn rows_one_cell_short_on_page_two_are_rows_of_the_table() {
    let (json, stderr) = scored("excel-copy-form1-page2-one-tab-less.txt");
    assert_eq!(totals(&json), owned(&TEMPLATE[..1]), "{stderr}");
    assert!(!stderr.contains("比复制的表格的行窄"), "{stderr}");
    let (json, stderr) = scored("w-emptycol.tables2-tab.txt");
    let want = [("中小学校舍安全维修项目", "97", "98")];
    assert_eq!(totals(&json), owned(&want), "{stderr}");
    let case = &json["cases"][0];
    assert_eq!(case["indicators"].as_array().unwrap().len(), 7);
    assert!(common::json_errors(case).is_empty(), "{stderr}");
    assert!(!stderr.contains("比复制的表格的行窄"), "{stderr}");
}

/// P9: every line's trailing tabs trimmed (an editor, a chat box): still Excel's grid, each
/// 总分's figure standing in the 分值 column. Totals as the template, and the names kept, so
/// `import --out` names the case files by project. Before: `2023-01-unnamed.toml`.
#[test]
fn a_copy_with_every_lines_end_trimmed_keeps_the_project_names() {
    let (json, stderr) = scored("excel-copy-trailing-trimmed.txt");
    assert_eq!(totals(&json), owned(&TEMPLATE), "{stderr}");
    assert!(!stderr.contains("import::unreadable"), "{stderr}");
    let dir = tempfile::tempdir().unwrap();
    crate::test::Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["import", "--rules", "anhui-2023", "--out"])
        .arg(dir.path())
        .arg(format!("{DATA}/excel-copy-trailing-trimmed.txt"))
        .output();
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "2023-01-城乡居民医保参保补助项目.toml",
            "2023-02-公共图书馆免费开放补助.toml"
        ]
    );
}

/// P8: a table written as `| a | b |` rows (a Markdown table, as converters and chat tools give
/// it), the title lines as rows of one cell or bare, reads as its tab rows read. By hand:
/// 1,221 / 1,320 = 92.5% → 9; 15 × 1,150 / 1,200 = 14.38, 10, 10, 5, 10; 群众出行条件 部分达成
/// 15 × 0.6 = 9 (self 12), 15; 10 × 88 / 90 = 9.78 → 92.16 against 95.16. Before: taken for the
/// seed's `|` layout, "no table content", no form.
#[test]
fn rows_written_between_pipes_read_as_tab_rows() {
    for file in [
        "w-split-pagebreak.tables2-pipe-all.txt",
        "w-split-pagebreak.tables2-pipe.txt",
    ] {
        let (json, stderr) = scored(file);
        let want = [("农村公路养护补助项目", "92.16", "95.16")];
        assert_eq!(totals(&json), owned(&want), "{file}: {stderr}");
        assert!(
            stderr.contains("按以 `|`（或全角 `｜`）分隔单元格、每行一行的表格文字"),
            "{stderr}"
        );
        let case = &json["cases"][0];
        assert_eq!(case["indicators"].as_array().unwrap().len(), 8, "{stderr}");
        assert_eq!(case["unit"], "某县公路事业发展中心", "{stderr}");
        assert!(common::json_errors(case).is_empty(), "{stderr}");
        assert!(!stderr.contains("import::unreadable"), "{file}: {stderr}");
    }
}

/// s16r N-B: the template's form 1 copied from Excel with each tab replaced by ` | ` — no outer
/// pipes, the trailing empty cells kept (`v8b`) or dropped (`v8d`) — and written with the
/// full-width `｜` a Chinese keyboard types (`v8c`) read as its tab copy: 95.8 / 优 (by hand as
/// [`TEMPLATE`]: 114 / 120 = 95% → 10; 19 + 10 + 10 + 10 + 19.8 + 7 + 10 = 85.8). Before: `v8b`
/// was taken for the seed's layout (60 / 中 with no 总分 found), `v8d` refused as text copied
/// out of a PDF, `v8c` "no form found".
#[test]
fn rows_parted_by_pipes_without_outer_pipes_or_full_width_read_as_tab_rows() {
    for file in [
        "v8b-no-outer-pipes.txt",
        "v8d-no-outer-pipes-trimmed.txt",
        "v8c-fullwidth-pipes.txt",
    ] {
        let path = format!("tests/data/import/s16r/{file}");
        let (json, stderr) = common::score_json(&path, "anhui-2023", false);
        assert_eq!(totals(&json), owned(&TEMPLATE[..1]), "{file}: {stderr}");
        let case = &json["cases"][0];
        assert_eq!(case["grade"], "优", "{file}: {stderr}");
        assert_eq!(case["unit"], "某县医疗保障事务中心", "{file}: {stderr}");
        assert_eq!(case["indicators"].as_array().unwrap().len(), 7, "{file}");
        assert!(common::json_errors(case).is_empty(), "{file}: {stderr}");
        assert!(
            stderr.contains("按以 `|`（或全角 `｜`）分隔单元格"),
            "{file}: {stderr}"
        );
        assert!(!stderr.contains("import::"), "{file}: {stderr}");
    }
}

/// The same copy without its indicators header line (`绩效指标 | 一级指标 | …`): the first
/// row opening with a level-1 label (`产出指标`) starts the indicators, read in the template's
/// columns, and the guess is said there. 95.8 / 优 as above. Before: each indicator row was a
/// goal row that could not be read, and the form scored 10 / 差 on its execution alone.
#[test]
fn indicator_rows_without_their_header_line_are_read_in_the_templates_columns() {
    let path = "tests/data/import/s16r/v8b-no-indicators-header.txt";
    let (json, stderr) = common::score_json(path, "anhui-2023", false);
    assert_eq!(totals(&json), owned(&TEMPLATE[..1]), "{stderr}");
    let case = &json["cases"][0];
    assert_eq!(case["grade"], "优", "{stderr}");
    assert_eq!(case["indicators"].as_array().unwrap().len(), 7, "{stderr}");
    assert!(common::json_errors(case).is_empty(), "{stderr}");
    assert!(
        stderr.contains("警告[import::guessed]: 第 1 张表：指标行“产出指标”之前没有绩效指标的表头"),
        "{stderr}"
    );
}

/// A level-1 label alone in its column above its rows (a sub-heading, not the label the rows
/// above carry) is no repeat: it still carries down. Form 1 as above, 95.8, its 效益 rows
/// under 效益指标 and no points moved between level 1s.
#[test]
fn a_level1_sub_heading_is_no_repeat_and_carries_down() {
    let (json, stderr) = scored("excel-copy-form1-level1-subheading.txt");
    assert_eq!(totals(&json), owned(&TEMPLATE[..1]), "{stderr}");
    let case = &json["cases"][0];
    let level1: Vec<&str> = case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["level1"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        level1,
        [
            "产出指标",
            "产出指标",
            "产出指标",
            "产出指标",
            "效益指标",
            "效益指标",
            "满意度指标"
        ]
    );
    assert!(
        !codes(case).contains(&"weights-adjusted".to_owned()),
        "{stderr}"
    );
    assert!(!stderr.contains("一格的一行是跨行合并的单元格"), "{stderr}");
}
