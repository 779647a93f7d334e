//! Files saved "some other way" (notes s17s-tester F2, F3, F4, F8, F13): an old Word `.doc`
//! whose text or styles hold the letters "Book", OpenDocument files, RTF and RAR/7z archives are
//! each refused naming what they are and the route that works — not "a broken workbook", "a
//! zip", "no form found" or GBK text. The `.doc`, `.ods` and `.odt` are the tester's, copied
//! unchanged to `tests/data/import/s17s/` (see `SOURCES.md`); the others are built here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::test::Test;

const DATA: &str = "tests/data/import/s17s";

/// `score FILE` and `import FILE` refuse `path` saying `says`, exit 2, writing nothing.
fn refused(path: &std::path::Path, says: &str, not: &str) {
    let out = tempfile::tempdir().unwrap();
    for command in ["score", "import"] {
        let mut t = Test::new().args(["--lang", "zh", command]).arg(path);
        t = match command {
            "score" => t.args(["--rules", "rules/anhui-2023"]),
            _ => t
                .args(["--rules", "anhui-2023", "--out"])
                .arg(out.path().join("out")),
        };
        let stderr = t
            .expect_status(2)
            .expect_stderr_contains("import::refused")
            .expect_stderr_contains(says)
            .run()
            .stderr;
        assert!(!stderr.contains(not), "{path:?} {command}: {stderr}");
    }
    assert!(!out.path().join("out").exists(), "nothing written");
}

/// F2: a `.doc` LibreOffice wrote holds the style name "Book Title" in UTF-16 — the name of an
/// Excel 5 workbook's stream: it was told it is a broken workbook to open in Excel. Since s18
/// a `.doc` is read (94 / 优, as its `.docx`), and so is it renamed `.wps`.
#[test]
fn a_word_97_document_holding_the_word_book_is_a_word_document() {
    let doc = std::path::Path::new(DATA).join("wd1-word97.doc");
    let bytes = std::fs::read(&doc).unwrap();
    let book: Vec<u8> = "Book".encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert!(
        bytes.windows(book.len()).any(|w| w == book.as_slice()),
        "the input holds the letters"
    );
    // Renamed `.wps` (WPS's Word-97-style document): the same.
    let dir = tempfile::tempdir().unwrap();
    let wps = dir.path().join("自评表.wps");
    std::fs::write(&wps, &bytes).unwrap();
    for path in [doc.as_path(), wps.as_path()] {
        let (json, stderr) = crate::common::score_json(path.to_str().unwrap(), "anhui-2023", false);
        assert!(!stderr.contains("Excel 97–2003 工作簿"), "{stderr}");
        assert!(stderr.contains("按旧版 Word 文档"), "{stderr}");
        let case = &json["cases"][0];
        assert_eq!(case["total"].as_f64(), Some(94.0), "{stderr}");
        assert_eq!(case["grade"].as_str(), Some("优"), "{stderr}");
    }
}

/// F3: an OpenDocument spreadsheet or text (WPS and LibreOffice save these) was "a zip, unpack
/// it"; named `.xls` too (F8).
#[test]
fn open_document_files_are_named_with_the_format_to_save_as() {
    let ods = std::path::Path::new(DATA).join("o1-tpl.ods");
    refused(&ods, "这是 OpenDocument 表格（.ods", "压缩包");
    refused(
        &std::path::Path::new(DATA).join("wd1.odt"),
        "另存为 .docx",
        "压缩包",
    );
    let dir = tempfile::tempdir().unwrap();
    let xls = dir.path().join("系统导出.xls");
    std::fs::copy(&ods, &xls).unwrap();
    refused(&xls, "另存为 .xlsx", "压缩包");
}

/// F4, F8, F13: an RTF (also named `.doc`, as systems' "导出 Word" write it) was read as
/// paragraph text or "plain text named .doc"; a RAR or 7z archive as GBK text.
#[test]
fn rtf_and_rar_or_7z_archives_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let rtf = "{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 SimSun;}}\\f0 \\'cf\\'ee\\'c4\\'bf\\par}";
    for name in ["自评表.rtf", "自评表.doc"] {
        let path = dir.path().join(name);
        std::fs::write(&path, rtf).unwrap();
        refused(&path, "这是 RTF 格式的文档", "纯文字");
    }
    let mut rar = b"Rar!\x1a\x07\x01\x00".to_vec();
    rar.extend((0..600u32).map(|i| (i * 37 % 251) as u8));
    let mut seven = b"7z\xbc\xaf\x27\x1c\x00\x04".to_vec();
    seven.extend((0..600u32).map(|i| (i * 53 % 251) as u8));
    for (name, bytes) in [("自评表.rar", rar), ("自评表.7z", seven)] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        refused(&path, "这是 RAR 或 7z 压缩包", "GB18030");
    }
}

/// (project, total, grade) of each form `score --format json` read from `file`.
fn forms(file: &str) -> Vec<(String, Option<f64>, String)> {
    let (json, stderr) = crate::common::score_json(file, "anhui-2023", false);
    assert!(stderr.contains("逗号分隔的文本（CSV"), "{file}: {stderr}");
    crate::common::forms(&json)
}

/// F1, F8: a sheet saved as CSV (UTF-8 with a BOM as Excel's "CSV UTF-8", GBK as Excel's "CSV"
/// on Chinese Windows, two forms one below the other, a quoted cell holding a comma, a quote
/// and a line break, a CSV a system named `.xls`) was refused as "a PDF's text in column order".
/// By hand (anhui-2023), the template's form 1: 114 / 120 = 95% → 10; 19, 10, 10, 10; 19.8, 7;
/// 10 → 95.8; form 2: 72 / 90 = 80% → 8; 15, 15, 9.67, 9.09; 18, 不涉及, 10; 10 → 94.76.
#[test]
fn a_sheet_saved_as_csv_reads_as_the_workbook() {
    let one = || {
        vec![(
            "城乡居民医保参保补助项目".to_owned(),
            Some(95.8),
            "优".to_owned(),
        )]
    };
    for file in [
        "c1b-biao1-utf8-bom.csv",
        "c2-biao1-gbk.csv",
        "r2-xls-really-csv-gbk.xls",
    ] {
        assert_eq!(forms(&format!("{DATA}/{file}")), one(), "{file}");
    }
    let mut two = one();
    two.push((
        "公共图书馆免费开放补助".to_owned(),
        Some(94.76),
        "优".to_owned(),
    ));
    assert_eq!(
        forms(&format!("{DATA}/c3-two-forms-one-sheet-gbk.csv")),
        two
    );
    let quoted = forms(&format!("{DATA}/c4-comma-newline-gbk.csv"));
    assert_eq!(
        quoted[0].0, "城乡居民医保参保补助项目(含\"两类人群\",资助)",
        "the quoted name whole"
    );
    assert_eq!((quoted[0].1, quoted[0].2.as_str()), (Some(95.8), "优"));
}
