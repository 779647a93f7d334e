//! Session 18 formats: Excel's XML spreadsheet of 2003 (SpreadsheetML, often named `.xls` or
//! `.xml`) and a form pasted into a Word document as an Excel object (the workbook kept in
//! `word/embeddings/`, the body showing its picture) were "no form". Both are read into the
//! one sheet model and score as the workbook they came from (表1 95.8 优, 表2 94.76 优 under
//! anhui-2023). Fixtures in `tests/data/import/s18/` (`make_s18.py`; `lo-standard-template.xls`
//! is LibreOffice's own output, see `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

const DATA: &str = "tests/data/import/s18";

/// (project, total, grade) of each case scored from `file`, and the stderr.
fn scored(file: &str) -> (Vec<(String, String, String)>, String) {
    let (json, stderr) = common::score_json(file, "anhui-2023", false);
    let cases = json["cases"].as_array().cloned().unwrap_or_default();
    let rows = cases
        .iter()
        .map(|c| {
            (
                c["project"].as_str().unwrap_or_default().to_owned(),
                c["total"].to_string(),
                c["grade"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    (rows, stderr)
}

fn standard_two() -> Vec<(String, String, String)> {
    vec![
        (
            "城乡居民医保参保补助项目".into(),
            "95.8".into(),
            "优".into(),
        ),
        ("公共图书馆免费开放补助".into(), "94.76".into(), "优".into()),
    ]
}

/// LibreOffice's "MS Excel 2003 XML" of the standard template, named `.xls`: its `ss:Index`
/// leaves out the columns merged down from above, which is said once a sheet.
#[test]
fn libreoffice_xml_spreadsheet_scores_as_the_workbook() {
    let (cases, stderr) = scored(&format!("{DATA}/lo-standard-template.xls"));
    assert_eq!(cases, standard_two(), "{stderr}");
    assert!(stderr.contains("按 Excel XML 电子表格"), "{stderr}");
    assert!(
        stderr.contains("LibreOffice 写出的 XML 电子表格"),
        "{stderr}"
    );
    assert!(!stderr.contains("没有自评表"), "{stderr}");
}

/// The same file named `.xml` in a folder is taken by the walk (other `.xml` is not).
#[test]
fn an_xml_spreadsheet_in_a_folder_is_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        format!("{DATA}/excel-2003.xml"),
        dir.path().join("自评表.xml"),
    )
    .unwrap();
    std::fs::write(dir.path().join("filelist.xml"), "<xml><o:File/></xml>").unwrap();
    let (cases, stderr) = scored(dir.path().to_str().unwrap());
    assert_eq!(cases, standard_two(), "{stderr}");
}

/// Excel's own layout: absolute `ss:Index`, a Percent style (0.95 read as 95%), the title in
/// rich text, an entity, a comment (not the cell's text), a hidden row and column (left out
/// and said), a hidden worksheet holding an old copy of a form on screen (not scored, said).
#[test]
fn excel_xml_spreadsheet_reads_styles_rich_text_and_hidden_parts() {
    let file = format!("{DATA}/excel-2003.xml");
    let (cases, stderr) = scored(&file);
    assert_eq!(cases, standard_two(), "{stderr}");
    for said in [
        // The hidden 旧版 sheet holds an old copy of a form on screen (tester s24 A2).
        "隐藏的工作表“旧版”里的 1 张自评表（“公共图书馆免费开放补助”）与屏幕上可见的表项目名称相同，按旧版或副本处理",
        "（旧版!A1）",
        "表1 第 3 行是隐藏行（草稿：勿填）",
        "表1 第 L 列是隐藏列（备用列）",
    ] {
        assert!(stderr.contains(said), "{said}: {stderr}");
    }
    assert!(!stderr.contains("LibreOffice"), "{stderr}");
    // The case files written: the entity resolved, the comment no part of the cell.
    let out = tempfile::tempdir().unwrap();
    crate::test::Test::new()
        .args(["--lang", "zh", "import", "--rules", "anhui-2023", "--out"])
        .arg(out.path())
        .arg(&file)
        .expect_status(0)
        .run();
    let mut text = String::new();
    for entry in std::fs::read_dir(out.path()).unwrap() {
        text += &std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
    }
    assert!(
        text.contains("保障困难群众&低收入人群"),
        "the entity resolved: {text}"
    );
    assert!(!text.contains("请核对"), "a comment is not the cell's text");
    assert!(text.contains("项目支出绩效自评表"), "the rich-text title");
}

/// A form pasted into Word as an Excel object: the embedded workbook's forms, each with a
/// note naming the embedding; an `.xls` embedded as `oleObject1.bin` too.
#[test]
fn forms_pasted_into_word_as_excel_objects_are_read() {
    let (cases, stderr) = scored(&format!("{DATA}/embedded-workbook.docx"));
    assert_eq!(cases, standard_two(), "{stderr}");
    assert!(
        stderr.contains(
            "本表读自文档中嵌入的 Excel 对象 word/embeddings/Microsoft_Excel_Worksheet.xlsx"
        ),
        "{stderr}"
    );
    let (cases, stderr) = scored(&format!("{DATA}/embedded-xls.docx"));
    assert_eq!(cases, standard_two()[..1], "{stderr}");
    assert!(
        stderr.contains("word/embeddings/oleObject1.bin"),
        "{stderr}"
    );
}

/// The body's table and the same form embedded as an object: scored once, said.
#[test]
fn a_form_both_typed_and_embedded_is_scored_once() {
    let (cases, stderr) = scored(&format!("{DATA}/embedded-and-table.docx"));
    assert_eq!(cases, standard_two(), "{stderr}");
    assert!(stderr.contains("重复，只评一次"), "{stderr}");
}
