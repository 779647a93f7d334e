//! #15: forms as they arrive from departments — found by a user test (notes s4, F12 F20 F22
//! F23 F25 F27 F29): extra 得分 columns, text copied from a PDF, cells broken over two lines,
//! stray titles, tab-separated copies, and files that are not forms at all. Fixtures are under
//! `tests/data/import/arrived/` (their sources in `tests/data/import/SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use crate::test::Test;
use jixiao::import::{self, InputFormat};
use jixiao::outcome::Outcome;

fn arrived(name: &str) -> std::path::PathBuf {
    common::root().join("tests/data/import/arrived").join(name)
}

/// Imports a fixture as `score FILE` does and scores every form under anhui-2023: the import
/// and, per form, its outcome (none when its case file did not validate).
fn score(name: &str) -> (InputFormat, import::Import, Vec<Option<Outcome>>) {
    let bytes = std::fs::read(arrived(name)).unwrap();
    let imported = jixiao::pipeline::forms::cases(name, &bytes, Some("anhui-2023")).unwrap();
    let rules = common::rules("anhui-2023");
    let outcomes = imported
        .cases
        .iter()
        .map(|v| {
            v.value.as_ref().map(|case| {
                jixiao::evaluate::evaluate(&rules, case, jixiao::evaluate::Options::default())
            })
        })
        .collect();
    (imported.format, imported.import, outcomes)
}

/// Total and grade of each form, `-` for a form that did not validate.
fn totals(outcomes: &[Option<Outcome>]) -> Vec<String> {
    outcomes
        .iter()
        .map(|o| match o {
            Some(o) => format!(
                "{}/{}",
                o.total.map_or("—".to_owned(), |t| t.to_string()),
                o.grade.as_deref().unwrap_or("—")
            ),
            None => "-".to_owned(),
        })
        .collect()
}

fn notes(import: &import::Import) -> String {
    common::import_summary(import)
}

/// F23: an extra column headed 上年得分 (hidden), 自评得分(调整后) or 备注(分值说明) beside the
/// form's 得分/分值: the form's own column is read, the other left out and said; the case file
/// parses and the form is scored (it used to vanish with a `duplicate key` error).
#[test]
fn an_extra_score_column_is_left_out_and_the_form_kept() {
    for name in [
        "hiddencol.xlsx",
        "extra-score-col.xlsx",
        "extra-fenzhi-col.xlsx",
    ] {
        let (format, imported, outcomes) = score(name);
        assert_eq!(format, InputFormat::Xlsx);
        assert_eq!(totals(&outcomes), ["95.8/优", "94.76/优"], "{name}");
        let said = notes(&imported);
        assert!(said.contains("column K"), "{name}:\n{said}");
        // A hidden column is not on screen: left out as such (tester s11 F8).
        let why = match name {
            "hiddencol.xlsx" => "column K of 表1 is hidden (上年得分)",
            _ => "is read as the same column as column",
        };
        assert!(said.contains(why), "{name}:\n{said}");
    }
}

/// F12: cells broken over two lines in paragraph text (`部分达成预期指标` / `并具有一定效果`,
/// `指标1:困难群众` / `参保率`, `全年执行数` / `(B)`) are read as one cell each, said in a
/// note, and the form scores as written: 95.8 / 优 (it was 88.8 / 良, the band not matched).
#[test]
fn a_cell_broken_over_two_lines_is_one_cell() {
    let (format, imported, outcomes) = score("para-broken.txt");
    assert_eq!(format, InputFormat::Paragraphs);
    assert_eq!(totals(&outcomes), ["95.8/优"]);
    let form = imported.forms.first().unwrap();
    assert!(
        form.toml
            .contains("actual = \"部分达成预期指标并具有一定效果\"")
    );
    assert!(form.toml.contains("level3 = \"指标1:困难群众参保率\""));
    assert!(!form.toml.contains("\\n"), "{}", form.toml);
    let said = notes(&imported);
    assert_eq!(
        said.matches("lines of one cell read as one").count(),
        3,
        "{said}"
    );
}

/// F27: one cell a line with the empty cells dropped (a table copied out of a PDF viewer),
/// also with a 偏差原因 wrapped over two lines: read as the flattened form it is, the blank
/// targets put back and said — 95.8 / 优, not 78.8 / 中 with false error findings.
#[test]
fn one_cell_a_line_without_empty_cells_reads_as_a_pdf_copy() {
    for name in ["pdf-lines.txt", "pdf-dev.txt", "pdf-wrapped.txt"] {
        let (_, imported, outcomes) = score(name);
        assert_eq!(
            totals(&outcomes),
            ["95.8/优"],
            "{name}\n{}",
            notes(&imported)
        );
        let o = outcomes.first().unwrap().as_ref().unwrap();
        assert!(
            !o.findings
                .iter()
                .any(|f| f.severity == jixiao::outcome::Severity::Error),
            "{name}: {:?}",
            o.findings
                .iter()
                .map(|f| f.code.as_str())
                .collect::<Vec<_>>()
        );
        let said = notes(&imported);
        assert_eq!(
            said.matches("was read as blank").count(),
            2,
            "{name}:\n{said}"
        );
    }
    let (_, imported, _) = score("pdf-dev.txt");
    let form = imported.forms.first().unwrap();
    assert!(
        form.toml
            .contains("deviation = \"部分困难群众已通过单位参加职工医保,未重复资助。\""),
        "{}",
        form.toml
    );
}

/// F20: a table of contents line `二、项目支出绩效自评表` is no form (it was a phantom form
/// scored 0); the real form after it is form 1. A file holding the title alone has no form:
/// `score` refuses it with exit 2, naming the file.
#[test]
fn a_title_with_no_form_after_it_is_skipped() {
    let (_, imported, outcomes) = score("toc.txt");
    assert_eq!(totals(&outcomes), ["95.8/优"]);
    assert!(
        imported
            .forms
            .first()
            .unwrap()
            .file_name
            .starts_with("2023-01-")
    );
    let said = notes(&imported);
    assert!(
        said.contains("`二、项目支出绩效自评表` has no form after it"),
        "{said}"
    );
    let (_, imported, outcomes) = score("titleonly.txt");
    assert!(outcomes.is_empty() && imported.forms.is_empty());
    let out = Test::new()
        .args(["score", "tests/data/import/arrived/titleonly.txt"])
        .args(["--rules", "rules/anhui-2023", "--format", "csv"])
        .expect_status(2)
        .expect_stderr_contains("import::no-forms")
        .expect_stderr_contains("arrived/titleonly.txt")
        .run();
    // The header, then the file not read as a row of its own (session 22, tester s21 B4).
    assert_eq!(out.stdout.lines().count(), 2, "{}", out.stdout);
    let row = out.stdout.lines().nth(1).unwrap();
    assert!(
        row.starts_with("tests/data/import/arrived/titleonly.txt,"),
        "{row}"
    );
    Test::new()
        .args([
            "--lang",
            "zh",
            "score",
            "tests/data/import/arrived/titleonly.txt",
        ])
        .args(["--rules", "rules/anhui-2023"])
        .expect_status(2)
        .expect_stderr_contains("“tests/data/import/arrived/titleonly.txt”中没有找到自评表")
        .run();
}

/// F22/F29: a PDF, a zip of forms, an old Word `.doc` and an OLE file that is no workbook are
/// refused with what they are and what to do, in Chinese by default, naming the file.
#[test]
fn files_that_are_not_forms_are_refused_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    // A zip of forms as a department sends it: a workbook and a document in a folder.
    let zip_path = dir.path().join("forms.zip");
    {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("自评表/表1.xlsx", opts).unwrap();
        zip.write_all(&std::fs::read(arrived("hiddencol.xlsx")).unwrap())
            .unwrap();
        zip.start_file("自评表/表2.docx", opts).unwrap();
        zip.write_all(b"not really").unwrap();
        zip.finish().unwrap();
    }
    // An OLE compound file naming a `WordDocument` stream (a Word 97-2003 .doc), and one
    // naming neither that nor a workbook.
    let ole = |stream: &str| {
        let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
        bytes.resize(512, 0);
        bytes.extend(stream.encode_utf16().flat_map(u16::to_le_bytes));
        bytes.resize(2048, 0);
        bytes
    };
    let doc = dir.path().join("自评表.doc");
    std::fs::write(&doc, ole("WordDocument")).unwrap();
    let other = dir.path().join("other.xls");
    std::fs::write(&other, ole("PowerPoint Document")).unwrap();
    let pdf = arrived("fake.pdf");
    let cases: [(&std::path::Path, &str); 5] = [
        // A scan with a line of text (a scanner app's footer) names a font and gets this
        // advice too: it says what a scan gives (tester s16r N-C).
        (&pdf, "这是 PDF 文件"),
        (&pdf, "若这个 PDF 是扫描件"),
        (
            &zip_path,
            "这是压缩包，内有 2 个文件（表1.xlsx、表2.docx）：请先解压",
        ),
        (&doc, "另存为 .docx"),
        (&other, "既不是 Excel 工作簿也不是 Word 文档"),
    ];
    for (path, says) in cases {
        for command in ["score", "import"] {
            let mut t = Test::new().args(["--lang", "zh", command]).arg(path).args([
                "--rules",
                if command == "score" {
                    "rules/anhui-2023"
                } else {
                    "anhui-2023"
                },
            ]);
            if command == "import" {
                t = t.arg("--out").arg(dir.path().join("out"));
            }
            t.expect_status(2)
                .expect_stderr_contains("import::refused")
                .expect_stderr_contains(says)
                .expect_stderr_contains(path.file_name().unwrap().to_string_lossy())
                .run();
        }
    }
    // Nothing was read as GB18030 text.
    let out = Test::new()
        .args([
            "score",
            "tests/data/import/arrived/fake.pdf",
            "--rules",
            "rules/anhui-2023",
        ])
        .expect_status(2)
        .run();
    assert!(!out.stderr.contains("GB18030"), "{}", out.stderr);
}

/// F25: tab-separated text — 表1 copied from Excel (every line as wide, merged areas empty,
/// CRLF) or from a browser (merged-away cells left out) and pasted as text — is read as the
/// table it is: 95.8 / 优, like the workbook (it was one cell a line, a blank form scored 0).
#[test]
fn tab_separated_text_is_read_as_a_table() {
    for name in ["excel-copy.tsv", "browser-copy.txt"] {
        let (format, imported, outcomes) = score(name);
        assert_eq!(format, InputFormat::TabText, "{name}");
        assert_eq!(
            totals(&outcomes),
            ["95.8/优"],
            "{name}\n{}",
            notes(&imported)
        );
        let o = outcomes.first().unwrap().as_ref().unwrap();
        assert_eq!(o.execution.score, common::d("10"), "{name}");
    }
    // The Excel copy is a grid: findings and notes name its cells.
    let (_, imported, _) = score("excel-copy.tsv");
    assert!(
        imported
            .forms
            .first()
            .unwrap()
            .toml
            .contains("score = \"文字!H13\""),
        "{}",
        imported.forms.first().unwrap().toml
    );
}

/// F20 in a workbook: a sheet holding only the title is no form, and the import says so once
/// (not also "no cell reads the title").
#[test]
fn a_sheet_with_only_a_title_is_no_form() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, "项目支出绩效自评表").unwrap();
    ws.write_string(2, 0, "（此表另附）").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let (_, imported) = import::import("title.xlsx", &bytes, Some("anhui-2023")).unwrap();
    assert!(imported.forms.is_empty());
    let said = notes(&imported);
    assert!(said.contains("has no form after it"), "{said}");
    assert!(!said.contains("no cell reads"), "{said}");
}

/// #15 item 2: in Excel's copy a 分值/得分 merged over two indicator rows is a value in the first
/// row and empty cells in the second. A row with both empty, its actual filled and under the
/// same level 2 shares the row above's points, as the workbook with the merge reads it
/// (`make_merged_pair.py`): (7600/8000 + 100%/100%) of the shared 20 → 19.5, total 96.3 (the form
/// reports 19 and 95.8: a score mismatch in both), with a note naming the row. A row whose
/// actual says the indicator does not apply (`无`) keeps its empty cells.
#[test]
fn excel_copy_shares_merged_points_as_the_workbook() {
    let (_, _, book) = score("merged-pair.xlsx");
    let (format, imported, copy) = score("merged-pair.tsv");
    assert_eq!(format, InputFormat::TabText);
    let scores = |outcomes: &[Option<Outcome>]| -> Vec<String> {
        let o = outcomes.first().unwrap().as_ref().unwrap();
        o.indicators
            .iter()
            .map(|i| format!("{}={}/{:?}", i.level3, i.score, i.points))
            .collect()
    };
    assert_eq!(scores(&copy), scores(&book), "{}", notes(&imported));
    assert_eq!(totals(&copy), ["96.3/优"], "{}", notes(&imported));
    assert_eq!(totals(&book), totals(&copy));
    let said = notes(&imported);
    assert!(said.contains("指标2:参保资助资金发放率"), "{said}");
    insta::assert_snapshot!("excel_copy_merged_pair", said);
    // Not applicable: the empty cells stay empty (no points, not shared).
    let text = std::fs::read_to_string(arrived("merged-pair.tsv")).unwrap();
    let na = text.replace(
        "参保资助资金发放率\t100%\t100%",
        "参保资助资金发放率\t100%\t无",
    );
    assert_ne!(na, text);
    let (_, imported) = import::import("na.tsv", na.as_bytes(), Some("anhui-2023")).unwrap();
    let ids: Vec<_> = imported.forms[0]
        .notes
        .iter()
        .filter_map(|n| n.message.id())
        .collect();
    assert!(!ids.contains(&"import-note-tab-shared-points"), "{ids:?}");
}

/// Tester s16p P1, P3, P5, P6: forms that arrive as PDF. A PDF is refused with the route that
/// works (convert it to Word or Excel with WPS or Word), a scan is told it is a scan, and the
/// text any extractor gives — header cells side by side separated by spaces, numbers wrapped
/// inside cells — is refused as a whole with that advice instead of being scored as forms
/// named by a header label, with errors blamed on the department or `0（不完整）` and exit 0.
#[test]
fn forms_arriving_as_pdf_are_refused_with_the_route_that_works() {
    let s16p = |name: &str| format!("tests/data/import/s16p/{name}");
    let cases = [
        ("t-template-1page.pdf", "“PDF 转 Word”"),
        ("s-scanned.pdf", "这是扫描件"),
        (
            "s-scanned.pdftotext-default.txt",
            "只有 1 个分页符，没有文字",
        ),
        (
            "t-template-1page.pdftotext-layout.txt",
            "第 8 行“年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分”把表格中的几格写在同一行里",
        ),
        (
            "t-template.pdftotext-default.txt",
            "从第 4 行“主管部门”看，这段文字是表格一列一列排下来的",
        ),
        (
            "w-xiaoshe.plumber.txt",
            "第 5 行“项目资金（万 年初 全年 全年 分值 执行 得分”",
        ),
        ("m-shuizhi.pypdf.txt", "从 PDF（或其预览）中复制出来的文字"),
        (
            "t-template-fmt.pdftotext-default.txt",
            "从第 11 行“年度总体”看，这段文字是表格一列一列排下来的",
        ),
        ("w-henan.pdftotext-default.txt", "从第 6 行“项目资金”看"),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (name, says) in cases {
        for command in ["score", "import"] {
            let mut t = Test::new()
                .args(["--lang", "zh", command])
                .arg(s16p(name))
                .args(["--rules", "anhui-2023"]);
            if command == "import" {
                t = t.arg("--out").arg(dir.path().join("out"));
            }
            let out = t
                .expect_status(2)
                .expect_stderr_contains("import::refused")
                .expect_stderr_contains(says)
                .run();
            assert!(
                !out.stderr.contains("复制到 .txt"),
                "{name}: {}",
                out.stderr
            );
        }
    }
    assert!(!dir.path().join("out").exists());
    // In English too.
    Test::new()
        .args(["--lang", "en", "score"])
        .arg(s16p("w-xiaoshe.plumber.txt"))
        .args(["--rules", "anhui-2023"])
        .expect_status(2)
        .expect_stderr_contains("text copied out of a PDF")
        .run();
}

/// Tester s16r N-I, N-C: a real form's empty 项目名称 (one cell a paragraph) is no PDF text in
/// column order, and a photo of a form is said to be a picture (it was read as GBK text).
#[test]
fn an_empty_name_cell_is_read_and_a_photo_is_a_picture() {
    for name in [
        "v3b-langfang-blank-name-nbsp.txt",
        "v4-langfang-name-cell-dropped.txt",
    ] {
        let out = Test::new()
            .args(["--lang", "zh", "score", "--format", "csv"])
            .arg(format!("tests/data/import/s16p/{name}"))
            .args(["--rules", "central-2016"])
            .run();
        assert!(
            !out.stderr.contains("import::refused"),
            "{name}: {}",
            out.stderr
        );
        assert!(out.stdout.contains("97.62"), "{name}: {}", out.stdout);
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, head) in [
        ("表.png", &b"\x89PNG\r\n\x1a\n"[..]),
        ("表.jpg", &b"\xff\xd8\xff\xe0\0\x10JFIF"[..]),
        ("微信图片", &b"GIF89a"[..]),
    ] {
        let path = dir.path().join(name);
        let mut bytes = head.to_vec();
        bytes.resize(4096, 0x5a);
        std::fs::write(&path, bytes).unwrap();
        Test::new()
            .args(["--lang", "zh", "score"])
            .arg(&path)
            .args(["--rules", "anhui-2023"])
            .expect_status(2)
            .expect_stderr_contains("这是图片（照片、截图或扫描件）")
            .run();
    }
}
