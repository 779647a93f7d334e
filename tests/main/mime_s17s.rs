//! Forms inside MIME containers (notes s17s-tester F5, F7; engineer `mime`): Word's and
//! Excel's "单个文件网页" (`.mht`, quoted-printable GB2312) and e-mails saved as `.eml` (an HTML
//! body, a workbook attached in base64 with an RFC 2047 or RFC 2231 name). The tester's inputs
//! are copied unchanged to `tests/data/import/s17s/`, the others made there by `make_mime.py`
//! (see `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

const DATA: &str = "tests/data/import/s17s";

/// (project, total, self total, grade) of each form read.
fn forms(json: &serde_json::Value) -> Vec<(String, Option<f64>, Option<f64>, String)> {
    json["cases"]
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
        .collect()
}

/// The import notes of a case, one a line.
fn notes(case: &serde_json::Value) -> String {
    case["import_notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["message"].as_str().unwrap_or("").to_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The template's two forms under anhui-2023, by hand: form 1 114 / 120 = 95% → 10; 20 ×
/// 7600 / 8000 = 19, 10, 10, 10; 20 × 98 / 99 = 19.8, 部分达成 7; 10 → 95.8; form 2 72 / 90 =
/// 80% → 8; 15, 15, 9.67, 9.09; 18, 不涉及, 10; 10 → 94.76.
fn template() -> Vec<(String, Option<f64>, Option<f64>, String)> {
    vec![
        (
            "城乡居民医保参保补助项目".to_owned(),
            Some(95.8),
            Some(95.8),
            "优".to_owned(),
        ),
        (
            "公共图书馆免费开放补助".to_owned(),
            Some(94.76),
            Some(94.76),
            "优".to_owned(),
        ),
    ]
}

/// F5: Word's single-file web page (`multipart/related`, the page quoted-printable GB2312) is
/// read as the page it holds, whatever its name (`.mht`, or `.doc` as systems name it): wd1 94
/// / 优 and wd2's two forms 98 / 98, as the same page saved as `.htm` and the `.docx` read.
/// Before: no Chinese text at all, "没有找到自评表". Excel's single-file page of a two-sheet
/// workbook (the frameset page, a page per sheet, the tab strip): both forms, 95.8 and 94.76.
#[test]
fn a_single_file_web_page_is_read_as_its_page() {
    let wd2 = |n: &str| (n.to_owned(), Some(98.0), Some(98.0), "优".to_owned());
    let cases = [
        (
            "wd1.mht",
            vec![(
                "乡镇卫生院医疗设备购置项目".to_owned(),
                Some(94.0),
                Some(94.0),
                "优".to_owned(),
            )],
        ),
        (
            "wd2.mht",
            vec![wd2("农村校舍改造项目"), wd2("城区道路维修项目")],
        ),
        (
            "r8-doc-really-mht.doc",
            vec![wd2("农村校舍改造项目"), wd2("城区道路维修项目")],
        ),
        ("excel-two-sheets.mht", template()),
    ];
    for (file, expected) in cases {
        let (json, stderr) = common::score_json(&format!("{DATA}/{file}"), "anhui-2023", false);
        assert_eq!(forms(&json), expected, "{file}: {stderr}");
        for case in json["cases"].as_array().unwrap() {
            let said = notes(case);
            assert!(
                said.contains("这是“单个文件网页”（.mht")
                    && said.contains("`quoted-printable` `charset=gb2312`"),
                "{file}: {said}"
            );
        }
        assert!(!stderr.contains("没有找到自评表"), "{file}: {stderr}");
    }
}

/// F7: an e-mail's HTML body (quoted-printable GB2312, as Outlook sends Chinese mail) is read
/// as the page it is (98 / 98, as the page); a workbook attached in base64 under an RFC 2047
/// name (`=?gbk?b?…?=`) or a name cut in RFC 2231 pieces is read as the workbook (95.8 and
/// 94.76), the note naming the attachment; an old `.doc` beside it is said, not read.
#[test]
fn an_e_mail_is_read_from_its_body_or_its_attachment() {
    let wd2 = |n: &str| (n.to_owned(), Some(98.0), Some(98.0), "优".to_owned());
    let cases = [
        (
            "e3-body-html-qp-gbk.eml",
            vec![wd2("农村校舍改造项目"), wd2("城区道路维修项目")],
            "这是电子邮件（.eml）：读取邮件正文（`quoted-printable` `charset=gb2312`）",
        ),
        (
            "e1-报送自评表.eml",
            template(),
            "这是电子邮件（.eml）：表格取自附件“医保局2023年项目支出绩效自评表.xlsx”",
        ),
        (
            "mail-xlsx-and-doc.eml",
            template(),
            "这是电子邮件（.eml）：表格取自附件“农业农村局2023年自评表.xlsx”",
        ),
    ];
    for (file, expected, note) in cases {
        let (json, stderr) = common::score_json(&format!("{DATA}/{file}"), "anhui-2023", false);
        assert_eq!(forms(&json), expected, "{file}: {stderr}");
        for case in json["cases"].as_array().unwrap() {
            assert!(notes(case).contains(note), "{file}: {}", notes(case));
        }
    }
    let (_, stderr) = common::score_json(
        &format!("{DATA}/mail-xlsx-and-doc.eml"),
        "anhui-2023",
        false,
    );
    assert!(
        stderr
            .contains("警告[import::unreadable]: 邮件附件“自评报告.doc”未读取：这是旧版 Word 文档"),
        "{stderr}"
    );
}

/// F7: two workbooks attached: one input's forms are one file's, so the mail is refused naming
/// both attachments and the way that reads them (save them into a folder, score the folder) —
/// never "no form found".
#[test]
fn an_e_mail_with_two_workbooks_names_them() {
    let (json, stderr) = common::score_json(
        &format!("{DATA}/mail-two-workbooks.eml"),
        "anhui-2023",
        false,
    );
    assert!(forms(&json).is_empty());
    assert!(
        stderr.contains("这是电子邮件（.eml），其中 2 处有自评表（甲项目自评表.xlsx、乙项目自评表.xlsx）：请在邮件程序中把附件保存到同一个文件夹"),
        "{stderr}"
    );
    assert!(!stderr.contains("没有找到自评表"), "{stderr}");
}

/// F11: Excel's "另存为网页" of a two-sheet workbook and Word's (not filtered) "另存为网页": a
/// folder walk reads the sheets (95.8 and 94.76) and the page (98 and 98), and passes over the
/// frameset page and the helpers in `自评表.files` with a note — before, `tabstrip.htm`,
/// `header.htm` and the frameset were each `import::no-forms` errors, exit 2. The frameset
/// named alone is refused naming its sheets.
#[test]
fn a_page_saved_by_excel_or_word_is_read_without_its_helpers() {
    let wd2 = |n: &str| (n.to_owned(), Some(98.0), Some(98.0), "优".to_owned());
    for (folder, expected, skipped) in [
        (
            "excelweb",
            template(),
            vec!["自评表.htm", "tabstrip.htm", "filelist.xml"],
        ),
        (
            "wordweb",
            vec![wd2("农村校舍改造项目"), wd2("城区道路维修项目")],
            vec![
                "header.htm",
                "filelist.xml",
                "themedata.thmx",
                "colorschememapping.xml",
            ],
        ),
    ] {
        let out = crate::test::Test::new()
            .env("JIXIAO_LANG", "zh")
            .args(["score", "--rules", "rules/anhui-2023", "--format", "json"])
            .arg(format!("{DATA}/{folder}"))
            .output();
        assert_eq!(forms(&out.json()), expected, "{folder}: {}", out.stderr);
        assert_eq!(out.status, 0, "{folder}: {}", out.stderr);
        assert!(!out.stderr.contains("no-forms"), "{folder}: {}", out.stderr);
        for name in skipped {
            assert!(
                out.stderr
                    .lines()
                    .any(|l| l.starts_with("提示[import::skipped]") && l.contains(name)),
                "{folder} {name}: {}",
                out.stderr
            );
        }
    }
    let (json, stderr) =
        common::score_json(&format!("{DATA}/excelweb/自评表.htm"), "anhui-2023", false);
    assert!(forms(&json).is_empty());
    assert!(
        stderr.contains("这是 Excel 把多张工作表的工作簿另存为网页时写的总页（分框架的网页），其中没有表格：各工作表另存在 自评表.files/sheet001.htm 等文件中"),
        "{stderr}"
    );
}
