//! Word 97–2003 `.doc` files (engineer worddoc, s18): government sites published forms as
//! `.doc` attachments, WPS saves them. The `.doc`s under `tests/data/import/s18-doc/` were made
//! by LibreOffice ("MS Word 97") from the `.docx` fixtures (see `SOURCES.md`): each must score
//! as its `.docx` does. A document cut short or garbled is refused naming the file.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use crate::test::Test;

const DATA: &str = "tests/data/import/s18-doc";

/// (project, total, self total, grade) of a form read.
type Form = (String, Option<f64>, Option<f64>, String);

/// Each form read, and the stderr.
fn forms(file: &str) -> (Vec<Form>, String) {
    let (json, stderr) = common::score_json(file, "anhui-2023", false);
    let forms = json["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["project"].as_str().unwrap_or("").to_owned(),
                c["total"].as_f64(),
                c["reported_total"].as_f64(),
                c["grade"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    (forms, stderr)
}

/// Each `.doc` gives the forms, totals and grades of the `.docx` it was saved from: the
/// template's two forms (95.8 / 优, 94.76 / 优 by hand: 114 / 120 = 95% → 10, …), the first
/// split over two tables with its header repeated, and s11's form with merged cells.
#[test]
fn a_doc_scores_as_the_docx_it_was_saved_from() {
    let pairs = [
        ("template.doc", "tests/data/import/template.docx"),
        (
            "docx-split-hdr.doc",
            "tests/data/import/arrived/docx-split-hdr.docx",
        ),
        (
            "c1-word-merged.doc",
            "tests/data/funds-s11/c1-word-merged.docx",
        ),
    ];
    for (doc, docx) in pairs {
        let (from_doc, stderr) = forms(&format!("{DATA}/{doc}"));
        let (from_docx, _) = forms(docx);
        assert_eq!(from_doc, from_docx, "{doc}: {stderr}");
        assert!(
            stderr.contains("按旧版 Word 文档（.doc，其中的表格）读取"),
            "{doc}: {stderr}"
        );
    }
    let (template, _) = forms(&format!("{DATA}/template.doc"));
    let totals: Vec<_> = template.iter().map(|f| (f.1, f.3.as_str())).collect();
    assert_eq!(totals, [(Some(95.8), "优"), (Some(94.76), "优")]);
}

/// A `.doc` holding no table (its paragraphs only) is read as the `.docx` of such a document
/// is, with no panic: each paragraph a row, the grid reader saying what does not fit.
#[test]
fn a_doc_of_paragraphs_only_is_read_as_paragraph_rows() {
    let (forms, stderr) = forms(&format!("{DATA}/paragraphs-only.doc"));
    assert_eq!(forms.len(), 1, "{stderr}");
    assert!(stderr.contains("document!A"), "{stderr}");
}

/// A `.doc` cut short (its directory lost) or with its header garbled is refused naming the
/// file and what to do — never a panic, nothing written.
#[test]
fn a_damaged_doc_is_refused_naming_the_file() {
    for (file, says) in [
        (
            "template-cut.doc",
            "文件不完整或已损坏：开头是 Office 97–2003 文件",
        ),
        (
            "template-garbled.doc",
            "这是旧版 Word 文档（.doc，Word 97–2003），但文件不完整或已损坏",
        ),
    ] {
        let path = format!("{DATA}/{file}");
        Test::new()
            .args([
                "--lang",
                "zh",
                "score",
                &path,
                "--rules",
                "rules/anhui-2023",
            ])
            .expect_status(2)
            .expect_stderr_contains(format!("“{path}”未导入"))
            .expect_stderr_contains(says)
            .run();
    }
}
