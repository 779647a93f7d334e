//! The reports of the s11c user test's mixed folder (notes s11c-tester, H2 and H3), on the
//! tester's forms copied to `tests/data/report-s11c/` (sources and hand readings in its
//! `SOURCES.md`): a trace input is named by its funds row in the xlsx and HTML as in the
//! terminal (H2); import notes stand on a sheet of their own, not between the findings, and
//! a text read one cell a line places them by the line alone (H3).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::test::Test;
use calamine::{Data, Reader, Xlsx};
use std::path::Path;

const DATA: &str = "tests/data/report-s11c";

/// `jixiao score FILES --format FORMAT --out OUT` in Chinese under anhui-2023.
fn report(format: &str, out: &Path, files: &[&str]) {
    let mut t = Test::new()
        .args(["--lang", "zh", "score", "--rules", "rules/anhui-2023"])
        .args(["--format", format, "--out"])
        .arg(out);
    for f in files {
        t = t.arg(format!("{DATA}/{f}"));
    }
    t.output();
}

/// Every row of a sheet as text.
fn rows(book: &mut Xlsx<std::io::BufReader<std::fs::File>>, sheet: &str) -> Vec<Vec<String>> {
    let range = book.worksheet_range(sheet).unwrap();
    range
        .rows()
        .map(|r| r.iter().map(Data::to_string).collect())
        .collect()
}

/// H2: the execution row's 表内字段 named 42 and 40 `项目资金 · 全年执行数` (the field's name
/// with no form at hand) where the terminal named their rows; d1's are `本年财政拨款` and
/// `上年结转资金` (B = 42 + 40 = 82), m1's 90 is the 年度资金总额 row's — in the xlsx, the
/// HTML trace, and `--explain` of the form's case file as of the form itself.
#[test]
fn trace_inputs_are_named_by_their_funds_row_in_every_report() {
    let dir = tempfile::tempdir().unwrap();
    let book_path = dir.path().join("r.xlsx");
    let files = ["d1-total-exec-blank.docx", "m1-parts-mismatch-absurd.docx"];
    report("xlsx", &book_path, &files);
    let mut book: Xlsx<_> = calamine::open_workbook(&book_path).unwrap();
    let execution = |book: &mut Xlsx<_>, sheet: &str| -> String {
        let rows = rows(book, sheet);
        let row = rows.iter().find(|r| r[0] == "预算执行").unwrap();
        row[9].clone()
    };
    let d1 = execution(&mut book, "农村校舍改造项目");
    assert_eq!(
        d1.lines().collect::<Vec<_>>(),
        [
            "本年财政拨款 · 全年执行数 = 42",
            "上年结转资金 · 全年执行数 = 40",
            "年度资金总额 · 全年预算数 = 100",
            "年度资金总额 · 分值 = 10",
        ],
        "{d1}"
    );
    let m1 = execution(&mut book, "乡镇卫生院改造项目");
    assert!(m1.starts_with("年度资金总额 · 全年执行数 = 90\n"), "{m1}");
    assert!(!format!("{d1}{m1}").contains("项目资金"), "{d1}\n{m1}");

    let page = dir.path().join("r.html");
    report("html", &page, &files);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains(">本年财政拨款 · 全年执行数</span> = 42"),
        "html"
    );
    assert!(
        html.contains(">年度资金总额 · 全年执行数</span> = 90"),
        "html"
    );
    assert!(!html.contains(">项目资金 · "), "html");

    // The form's case file: its trace names the rows too (the terminal's and JSON's).
    let cases = dir.path().join("cases");
    Test::new()
        .args(["--lang", "zh", "import", "--out"])
        .arg(&cases)
        .arg(format!("{DATA}/d1-total-exec-blank.docx"))
        .output();
    let out = Test::new()
        .args([
            "--lang",
            "zh",
            "score",
            "--rules",
            "rules/anhui-2023",
            "--explain",
        ])
        .arg(&cases)
        .output();
    assert!(
        out.stdout.contains("← 本年财政拨款 · 全年执行数 = `42`（"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("← 上年结转资金 · 全年执行数 = `40`（"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("项目资金 · "), "{}", out.stdout);
}

/// H3: of 40 rows of 发现明细, 29 were import notes of the one text form. 发现明细 now holds
/// the findings (d1 1, m1 4, m3 2: `budget-cut` and `import-guessed`), and a sheet 导入说明
/// with the same columns every note (m3's 27), none lost; the HTML folds them under
/// 导入说明（27 条）, open because one is a guess. One cell a line, a note's place is its line.
#[test]
fn import_notes_stand_on_a_sheet_of_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let book_path = dir.path().join("r.xlsx");
    let files = [
        "d1-total-exec-blank.docx",
        "m1-parts-mismatch-absurd.docx",
        "m3-pdf.txt",
    ];
    report("xlsx", &book_path, &files);
    let mut book: Xlsx<_> = calamine::open_workbook(&book_path).unwrap();
    let names = book.sheet_names();
    assert_eq!(
        names[..4],
        ["汇总", "部门汇总", "发现明细", "导入说明"],
        "{names:?}"
    );
    let header = rows(&mut book, "发现明细")[0].clone();
    let findings = rows(&mut book, "发现明细");
    let codes: Vec<&str> = findings[1..].iter().map(|r| r[6].as_str()).collect();
    assert_eq!(
        codes,
        [
            "funds-total-blank",
            "absurd-value",
            "score-mismatch",
            "funds-parts-mismatch",
            "total-mismatch",
            "grade-mismatch",
            "budget-cut",
            "import-guessed",
        ],
        "{findings:?}"
    );
    let cut = &findings[7];
    assert_eq!(cut[11], "m3-pdf.txt 第 19 行", "{cut:?}");

    let notes = rows(&mut book, "导入说明");
    assert_eq!(notes[0], header, "the same columns");
    assert_eq!(notes.len(), 1 + 27, "{notes:?}");
    assert!(
        notes[1..]
            .iter()
            .all(|r| r[5] == "导入说明" && r[0].contains("m3-pdf.txt"))
    );
    let guessed: Vec<&Vec<String>> = notes.iter().filter(|r| r[6] == "import::guessed").collect();
    assert_eq!(guessed.len(), 1, "{notes:?}");
    assert_eq!(guessed[0][11], "第 42 行", "{:?}", guessed[0]);
    assert_eq!(guessed[0][4], "警告");
    // No place says a line's number twice (`第 74 行第 74 格`).
    for r in &notes[1..] {
        assert!(!r[11].contains('格'), "{r:?}");
    }
    let page = notes
        .iter()
        .find(|r| r[12].contains("第 1 页 共 2 页"))
        .unwrap();
    assert_eq!(page[11], "第 74 行", "{page:?}");

    let html_path = dir.path().join("r.html");
    report("html", &html_path, &files);
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert_eq!(html.matches("<details class=\"import-notes\"").count(), 1);
    assert!(
        html.contains("<details class=\"import-notes\" open><summary><h3>导入说明（27 条）</h3>"),
        "html"
    );
    let listed = &html[html.find("<ul class=\"import-notes\">").unwrap()..];
    let listed = &listed[..listed.find("</ul>").unwrap()];
    assert_eq!(listed.matches("<li").count(), 27, "{listed}");
    assert!(
        listed.contains("— <span class=\"on-form\">第 42 行</span>"),
        "{listed}"
    );
}

/// H3: text of several cells a line keeps the cell's number beside its line: the flattened
/// one-line form (`flat-one-line.txt`, every cell on line 2) says `第 2 行第 24 格`.
#[test]
fn a_line_of_several_cells_keeps_the_cells_number() {
    let out = Test::new()
        .args(["--lang", "zh", "score", "--rules", "rules/anhui-2023"])
        .arg("tests/data/import/flat-one-line.txt")
        .output();
    assert!(out.stderr.contains("（第 2 行第 24 格）"), "{}", out.stderr);
}
