//! Text exports of the standard template written as Word tables (session 18, wordtext): Word's
//! 纯文本 (one line a row, tabs between cells, a cell of two paragraphs breaking its row) and
//! LibreOffice's `--convert-to txt` (one cell a line, a merged cell's covered cells empty
//! lines). Fixtures in `tests/data/import/s18/` (see `SOURCES.md`); each reads as the .docx:
//! 95.8 / 优 and 94.76 / 优 under anhui-2023.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::test::{Output, Test};
use serde_json::Value;

fn scored(file: &str) -> (Value, Output) {
    let test = Test::new()
        .args(["--lang", "zh", "score", file, "--rules", "anhui-2023"])
        .args(["--format", "json"]);
    let output = test.output();
    (output.json(), output)
}

/// By hand (the workbook's forms): form 1 114 / 120 = 95% → 10; 19 + 10 + 10 + 10 + 19.8 +
/// 7 + 10 = 85.8; 95.8. Form 2 72 / 90 = 80% → 8; 15 + 15 + 9.67 + 9.09 + 18 + 10 + 10 =
/// 86.76; 94.76. Every cell is read: no `import-guessed` but for the rows Word's text broke, no
/// warning of a cell not read.
#[test]
fn word_and_libreoffice_text_read_as_the_document() {
    for file in [
        "tests/data/import/s18/word-plain.txt",
        "tests/data/import/s18/word-plain-broken.txt",
        "tests/data/import/s18/lo-template.txt",
        "tests/data/import/s18/lo-template-two-para.txt",
    ] {
        let (json, output) = scored(file);
        let cases = json["cases"].as_array().unwrap();
        let got: Vec<(String, Option<f64>, String)> = cases
            .iter()
            .map(|c| {
                (
                    c["project"].as_str().unwrap_or("").to_owned(),
                    c["total"].as_f64(),
                    c["grade"].as_str().unwrap_or("").to_owned(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "城乡居民医保参保补助项目".to_owned(),
                    Some(95.8),
                    "优".to_owned()
                ),
                (
                    "公共图书馆免费开放补助".to_owned(),
                    Some(94.76),
                    "优".to_owned()
                ),
            ],
            "{file}: {}",
            output.stderr
        );
        for case in cases {
            assert_eq!(case["reported_total"], case["total"], "{file}");
            assert_eq!(
                case["execution"]["score"],
                case["execution"]["reported_score"]
            );
        }
        for never in ["import::unreadable", "未导入", "空单元格组成的指标行"] {
            assert!(
                !output.stderr.contains(never),
                "{file}: {never}\n{}",
                output.stderr
            );
        }
    }
}

/// Each row Word's text broke at a paragraph mark is joined again and said with its line: the
/// 项目名称 (line 4 onto 3), the 项目资金 label (7 onto 6), a 三级指标 (16 onto 15), two 偏差原因
/// (21 onto 20, 44 onto 43); the joined 三级指标 and 偏差原因 are read whole.
#[test]
fn rows_broken_by_a_paragraph_mark_are_joined_and_said() {
    let file = "tests/data/import/s18/word-plain-broken.txt";
    let (json, output) = scored(file);
    let joins: Vec<&str> = output
        .stderr
        .lines()
        .filter(|l| l.contains("段落处断了行"))
        .collect();
    assert_eq!(joins.len(), 5, "{}", output.stderr);
    for (line, above) in [(4, 3), (7, 6), (16, 15), (21, 20), (44, 43)] {
        let said = format!("第 {line} 行开头的");
        let at = format!("（第 {above} 行");
        assert!(
            joins.iter().any(|l| l.contains(&said) && l.contains(&at)),
            "{line}: {joins:?}"
        );
    }
    let indicators = json["cases"][0]["indicators"].as_array().unwrap();
    let names: Vec<&str> = indicators
        .iter()
        .map(|i| i["level3"].as_str().unwrap_or(""))
        .collect();
    assert!(
        names.contains(&"指标1:资助参保人数(含特困人员)"),
        "{names:?}"
    );
    // LibreOffice's text of a cell of two paragraphs: two lines, joined by where the points fall.
    let (_, lo) = scored("tests/data/import/s18/lo-template-two-para.txt");
    assert!(
        lo.stderr.contains("“指标1:资助参保人数(含特困人员)”"),
        "{}",
        lo.stderr
    );
}
