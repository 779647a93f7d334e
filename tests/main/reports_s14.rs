//! What the officer reads in reports and notes (tester s14 F3, F4, F6, F7): a nameless form's
//! name in the reports, a word with a bracketed remark, import notes that name the right
//! place, and trace fields listed once.

use crate::test::Test;
use calamine::{Data, Reader, Xlsx};
use std::path::Path;

fn s14(name: &str) -> String {
    format!("tests/data/import/s14/{name}")
}

/// The column ranges (`<col min max>`) of a worksheet's XML, as rust_xlsxwriter writes them.
fn widths(book: &Path, sheet: usize) -> Vec<(u32, u32)> {
    let file = std::fs::File::open(book).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip
            .by_name(&format!("xl/worksheets/sheet{sheet}.xml"))
            .unwrap(),
        &mut xml,
    )
    .unwrap();
    let number = |tag: &str, key: &str| -> u32 {
        let at = tag.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
        tag[at..tag[at..].find('"').unwrap() + at].parse().unwrap()
    };
    xml.split("<col ")
        .skip(1)
        .map(|tag| (number(tag, "min"), number(tag, "max")))
        .collect()
}

/// Tester s14 F3: a form whose 项目名称 is blank showed the link's target `'表3'!A1` as its
/// name in 汇总 and 发现明细, and the HTML report a heading `1. ` with nothing to click. The
/// name reads `（未填项目名称）`, still linked to the form's sheet. Every column of every sheet
/// has its width set (the tester read openpyxl's merged `<col min="3" max="4">` as D unset).
#[test]
fn a_nameless_form_is_named_in_words_and_every_column_has_a_width() {
    let dir = tempfile::tempdir().unwrap();
    let case = crate::common::root().join("cases/huainan-2023/2023-01-窗口人员月度考核奖.toml");
    let text = std::fs::read_to_string(case).unwrap();
    let text = text.replacen("project = \"窗口人员月度考核奖\"", "project = \"\"", 1);
    let file = dir.path().join("nameless.toml");
    std::fs::write(&file, text).unwrap();
    let book = dir.path().join("r.xlsx");
    let page = dir.path().join("r.html");
    for (format, out) in [("xlsx", &book), ("html", &page)] {
        Test::new()
            .env("JIXIAO_LANG", "zh")
            .args(["score", "--format", format, "--out"])
            .arg(out)
            .arg(&file)
            .run();
    }
    let mut wb: Xlsx<_> = calamine::open_workbook(&book).unwrap();
    let summary = wb.worksheet_range("汇总").unwrap();
    assert_eq!(
        summary.get_value((1, 1)),
        Some(&Data::String("（未填项目名称）".into()))
    );
    let found = wb.worksheet_range("发现明细").unwrap();
    let names: Vec<String> = found.rows().skip(1).map(|r| r[1].to_string()).collect();
    assert!(!names.is_empty());
    assert!(names.iter().all(|n| n == "（未填项目名称）"), "{names:?}");
    // Still a link to the form's sheet (`表1`), its text the placeholder, not the target.
    let file = std::fs::File::open(&book).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut xml,
    )
    .unwrap();
    assert!(
        xml.contains("<hyperlink ref=\"B2\" location=\"'表1'!A1\" display=\"（未填项目名称）\"/>"),
        "{xml}"
    );
    // 汇总 18 columns, 部门汇总 16, 发现明细 14, the form's sheet 10: each has a width.
    for (sheet, columns) in [(1, 18), (2, 16), (3, 14), (4, 10)] {
        let set = widths(&book, sheet);
        for c in 1..=columns {
            assert!(
                set.iter().any(|(min, max)| (*min..=*max).contains(&c)),
                "sheet {sheet} column {c}: {set:?}"
            );
        }
    }
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("<h2>1. （未填项目名称）</h2>"), "{html}");
    assert!(html.contains("<a href=\"#form-1\">（未填项目名称）</a>"));
}

/// Tester s14 F7: when the actual's unit was assumed (`0.97` read as 97 % for `≥95%`), the
/// unit step and the score step both read 年度指标值 and 实际完成值, and the xlsx 表内字段
/// column and the HTML trace listed each twice. Each field is listed once, under the first
/// step that read it.
#[test]
fn a_field_two_steps_read_is_listed_once() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("r.xlsx");
    let page = dir.path().join("r.html");
    for (format, out) in [("xlsx", &book), ("html", &page)] {
        Test::new()
            .env("JIXIAO_LANG", "zh")
            .args(["score", "--rules", "rules/anhui-2023", "--format", format])
            .arg("--out")
            .arg(out)
            .arg(s14("x5c-fraction-actuals-general.xlsx"))
            .run();
    }
    let mut wb: Xlsx<_> = calamine::open_workbook(&book).unwrap();
    let form = wb.worksheet_range("农村公路养护补助项目").unwrap();
    let row = form
        .rows()
        .find(|r| r[2] == "指标1:养护工程验收合格率")
        .unwrap();
    assert_eq!(row[9].to_string(), "年度指标值 = ≥95%\n实际完成值 = 0.97");
    let html = std::fs::read_to_string(&page).unwrap();
    let trace = &html[html
        .find("<summary>指标1:养护工程验收合格率 的计算过程")
        .unwrap()..];
    let trace = &trace[..trace.find("</details>").unwrap()];
    assert_eq!(
        trace.matches(">实际完成值</span> = 0.97").count(),
        1,
        "{trace}"
    );
    assert_eq!(
        trace.matches(">年度指标值</span> = ≥95%").count(),
        1,
        "{trace}"
    );
}

/// Tester s14 F4: `已建立` / `（制度文件已印发）` (two paragraphs of a Word cell) answering
/// `建立` was "in no band" and the self-score 10 kept unreviewed. The bracket is a remark, as
/// after a number: `已建立` is the target's words done → 达成 → 10, with a note naming the
/// remark. By hand: 8 + 20 + 10 + 10 + 10 + 19 + 10 + 10 = 97 against the form's 98.
#[test]
fn a_remark_in_brackets_after_a_word_is_a_remark() {
    let (json, stderr) =
        crate::common::score_json(&s14("d2-emptycol-multipara.docx"), "anhui-2023", false);
    let case = &json["cases"][0];
    assert_eq!(case["total"].to_string(), "97", "{stderr}");
    let codes = crate::common::json_codes(case);
    assert!(!codes.contains(&"unknown-band".to_owned()), "{codes:?}");
    let line = case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["level3"] == "指标1:校舍安全管理制度")
        .unwrap();
    assert_eq!(line["score"].to_string(), "10");
    assert_ne!(line["method"], "reported-kept", "{line}");
    assert!(
        stderr.contains("按“已建立”判断完成情况：括号中的“（制度文件已印发）”是说明"),
        "{stderr}"
    );
}

/// Tester s14 F6: import notes that named the wrong place. A 填报说明 sheet after every form
/// was "before the first form"; a page's navigation table before the form "after the first
/// form"; a form side by side in L–U (the right half of its merged cells in U) "L to T"; the
/// site's footer paragraph kept as a note printed under the last form.
#[test]
fn import_notes_name_the_right_place() {
    let said = |file: &str| {
        Test::new()
            .env("JIXIAO_LANG", "zh")
            .args(["score", "--rules", "rules/anhui-2023"])
            .arg(s14(file))
            .output()
            .stderr
    };
    let x2 = said("x2-sheet-per-project-summary.xlsx");
    assert!(
        x2.contains("这里没有自评表（没有自评表的标题），其中 3 格文字未导入（填报说明!A1）"),
        "{x2}"
    );
    assert!(!x2.contains("第一张表之前"), "{x2}");
    let h3 = said("h3-layout-nested.html");
    assert!(h3.contains("跳过不含自评表内容的 1 个网页表格"), "{h3}");
    assert!(!h3.contains("第一张表之后"), "{h3}");
    let x1 = said("x1-three-side-by-side.xlsx");
    assert!(x1.contains("（第 L 列至第 U 列）"), "{x1}");
    assert!(x1.contains("（第 W 列至第 AF 列）"), "{x1}");
    let x5a = said("x5a-adjacent-no-gap.xlsx");
    assert!(x5a.contains("（第 K 列至第 T 列）"), "{x5a}");
    let h2 = said("h2-gbk-two-headings.html");
    assert!(
        h2.contains("是网站页面底部的文字（主办单位、网站标识码、备案号等），不是表的内容，已略去"),
        "{h2}"
    );
    // Not among the notes printed under form 2 (`notes = [` of its case file).
    let dir = tempfile::tempdir().unwrap();
    Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["import", "--rules", "anhui-2023", "--out"])
        .arg(dir.path())
        .arg(s14("h2-gbk-two-headings.html"))
        .run();
    let case =
        std::fs::read_to_string(dir.path().join("2023-02-老年人意外伤害保险补助.toml")).unwrap();
    assert!(!case.contains("\n  \"主办单位"), "{case}");
    assert!(
        case.contains("皖ICP备05001234号”是网站页面底部的文字"),
        "{case}"
    );
}
