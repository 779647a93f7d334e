//! A form printed with its title rows repeated on every page, then converted from PDF (notes
//! s16r-tester N-A, N-E2; engineer `printtitles`): Excel's 打印标题 prints `项目支出绩效自评表` /
//! `(2023年度)` again inside each form, Word's 重复标题行 its 项目名称 row. The inputs are the
//! tester's, copied unchanged to `tests/data/import/s16r/`, and two variants made there (see
//! `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, forms, json_codes as codes};

const DATA: &str = "tests/data/import/s16r";

/// The import notes of a case, as `code: message`.
fn notes(case: &serde_json::Value) -> String {
    case["import_notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| format!("{}: {}", n["code"].as_str().unwrap(), n["message"]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// N-A: the standard template's two forms printed with 打印标题 `1:2`, to PDF, back to Word
/// (pdf2docx), to Excel and tab text (a table extractor), and the minimal repros (the title and
/// year inserted before form 1's 效益指标 row, with and without a page marker). By hand
/// (anhui-2023): form 1 114 / 120 = 95% → 10; 20 × 7600 / 8000 = 19, 10, 10, 10; 20 × 98 / 99
/// = 19.8, 部分达成 7; 10 → 95.8; form 2 72 / 90 = 80% → 8; 15, 15, 9.67, 9.09; 18, 不涉及, 10;
/// 10 → 94.76, as the workbook reads. Before: each form cut in two, a nameless half with
/// `total-not-sum` and `total-points-not-sum` errors, the other 85.8（不完整）.
#[test]
fn a_title_printed_again_inside_a_form_is_page_text() {
    let both = [
        (
            "城乡居民医保参保补助项目".to_owned(),
            Some(95.8),
            "优".to_owned(),
        ),
        (
            "公共图书馆免费开放补助".to_owned(),
            Some(94.76),
            "优".to_owned(),
        ),
    ];
    let files = [
        ("t-printtitles.pdf2docx.docx", 2),
        ("t-printtitles.pdf2xlsx.xlsx", 2),
        ("t-printtitles.tables2-tab.txt", 2),
        ("v2g-print-titles-no-pagemark.txt", 1),
        ("v2d-title-repeated-midform.txt", 1),
        ("v2d-title-repeated-midform.xlsx", 1),
    ];
    for (file, n) in files {
        let (json, stderr) = common::score_json(&format!("{DATA}/{file}"), "anhui-2023", false);
        assert_eq!(forms(&json), both[..n].to_vec(), "{file}: {stderr}");
        for case in json["cases"].as_array().unwrap() {
            assert!(codes(case).iter().all(|c| c != "incomplete-form"), "{file}");
            assert_eq!(case["reported_total"], case["total"], "{file}");
            let said = notes(case);
            assert!(
                said.contains(
                    "import::recognised: \"已识别：下一页顶端重复印出的表名“项目支出绩效自评表"
                ),
                "{file}: {said}"
            );
            assert!(!said.contains("import::guessed"), "{file}: {said}");
        }
        assert!(!stderr.contains("下一张表已经开始"), "{file}: {stderr}");
    }
}

/// N-A's fence: a form really cut short before the next form's title is still said to be cut
/// short, whether the next form is another project or the same project again (its funds
/// header, which the first form had, opens it). Form 1 up to its 数量 … 成本 rows: 10 + 19 +
/// 10 + 10 + 10 = 59（不完整）; the second form whole, 95.8.
#[test]
fn a_form_cut_short_before_a_new_form_is_still_cut_short() {
    for (file, second) in [
        (
            "v2g-cut-short-then-new-form.txt",
            "基层医疗卫生机构能力提升项目",
        ),
        (
            "v2g-cut-short-then-same-project.txt",
            "城乡居民医保参保补助项目",
        ),
    ] {
        let (json, stderr) = common::score_json(&format!("{DATA}/{file}"), "anhui-2023", false);
        let read = forms(&json);
        assert_eq!(read.len(), 2, "{file}: {read:?}");
        assert_eq!(read[0].0, "城乡居民医保参保补助项目", "{file}");
        assert_eq!(read[0].1, Some(59.0), "{file}");
        assert_eq!(
            read[1],
            (second.to_owned(), Some(95.8), "优".to_owned()),
            "{file}"
        );
        assert!(
            codes(&json["cases"][0])
                .iter()
                .any(|c| c == "incomplete-form"),
            "{file}"
        );
        assert!(
            stderr.contains("总分行之前下一张表已经开始"),
            "{file}: {stderr}"
        );
        assert!(!stderr.contains("重复印出的表名"), "{file}: {stderr}");
    }
}

/// N-E2: the s16p P7 form (m-shuizhi) with Word's 重复标题行 on its first row, to PDF and back
/// (pdf2docx): page 2 opens with `项目名称 | 项目名称 | 农村饮用水水质监测项目`, then the tails of
/// the row the break cut. The repeated row is page text; the tails are joined to the row above.
/// By hand as s16p P7: 9 + 88.91 = 97.91 / 优. Before: the row read as an indicator and
/// skipped (`import::guessed`), a level 1 `标` (unknown-level1 ×3, missing-actual), 效益指标
/// weighted 10 instead of 30.
#[test]
fn the_first_row_repeated_after_a_page_break_is_page_text() {
    let file = format!("{DATA}/v7-hdrrepeat.pdf2docx.docx");
    let (json, _) = common::score_json(&file, "anhui-2023", false);
    let case = &json["cases"][0];
    assert_eq!(case["total"].as_f64(), Some(97.91));
    assert_eq!(case["grade"], "优");
    for wrong in [
        "unknown-level1",
        "missing-actual",
        "missing-reported",
        "weights-adjusted",
        "import-guessed",
    ] {
        assert!(!codes(case).iter().any(|c| c == wrong), "{:?}", codes(case));
    }
    let said = notes(case);
    assert!(
        said.contains("分页后重复印出的表格首行“项目名称 农村饮用水水质监测项目”"),
        "{said}"
    );
    assert!(
        said.contains("读作“效益指标 / 社会效益指标 / 指标1：饮水安全知晓率”"),
        "{said}"
    );
    assert!(!said.contains("import::guessed"), "{said}");
}
