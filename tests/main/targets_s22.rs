//! Session 22, engineer `targets`: forms that state targets only — a 绩效目标表 (整体绩效目标表,
//! 省级部门预算项目支出绩效目标表) and a 绩效目标申报表 — are refused as what they are, whatever
//! their script or layout, before any PDF-text or no-form refusal; a form whose top was not
//! copied names its indicator rows; web text with space-separated cells is told how to copy a
//! page. Fixtures in `tests/data/import/s22/` (see its README: each written after a real form
//! of the s22 tester's, findings B3, B4, C2, C5).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::score_json;
use crate::test::{Output, Test};

const DATA: &str = "tests/data/import/s22";

/// `score` of one fixture as a finance officer runs it (Chinese), expecting `status`.
fn score(file: &str, status: i32) -> Output {
    Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/anhui-2022"])
        .arg(format!("{DATA}/{file}"))
        .expect_status(status)
        .run()
}

/// B4, C2: an 整體績效目標表 (Traditional, as `|` text and as a page with its title in a layout
/// table) and an OCR'd 省级部门预算项目支出绩效目标表 on one line are refused once each, as a
/// 绩效目标表, quoting the title as written. Before: the first two were imported as a
/// 部门整体支出绩效自评表 with 6 indicators and no error, the third said "no form".
#[test]
fn a_target_table_is_refused_as_one_in_every_layout() {
    for (file, title) in [
        (
            "targets-trad-pipes.txt",
            "“某區公共資源交易服務中心2024年度整體績效目標表”",
        ),
        (
            "targets-trad-rowspan.html",
            "“某區公共資源交易服務中心2024年度整體績效目標表”",
        ),
        (
            "targets-flat.txt",
            "第 1 行“省级部门预算项目支出绩效目标表(2024年度)”",
        ),
    ] {
        let out = score(file, 2);
        let said = &out.stderr;
        assert!(said.contains("错误[import::refused]"), "{file}: {said}");
        assert!(
            said.contains(&format!("{title}表明这是绩效目标表：目标表只列出")),
            "{file}: {said}"
        );
        assert_eq!(
            said.matches("[import::refused]").count(),
            1,
            "{file}: {said}"
        );
        assert!(!said.contains("没有找到自评表"), "{file}: {said}");
        assert!(!said.contains("PDF"), "{file}: {said}");
        assert!(!said.contains("部门整体支出绩效自评表”"), "{file}: {said}");
    }
}

/// C2: a 申报表 whose line breaks were lost (an .xls as a document site shows it) is refused as
/// a 申报表, quoting its title and year, not the whole line.
#[test]
fn a_flattened_declaration_quotes_its_title_only() {
    let out = score("declaration-spaced.txt", 2);
    assert!(
        out.stderr.contains(
            "第 1 行“某市县(区)级预算部门(单位)项目支出绩效目标申报表 (2024年度)”表明这是绩效目标申报表"
        ),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("2024年非遗保护经费"), "{}", out.stderr);
}

/// B4: a 部门整体绩效目标表 above the 自评表 on one page is named where it stands, and the
/// 自评表 is scored as it is alone (`arrived/gov-nested-min.html`).
#[test]
fn a_target_table_above_a_form_is_named_and_the_form_scored() {
    let (json, stderr) = score_json(
        &format!("{DATA}/targets-then-form.html"),
        "anhui-2023",
        false,
    );
    let (alone, _) = score_json(
        "tests/data/import/arrived/gov-nested-min.html",
        "anhui-2023",
        false,
    );
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1, "{stderr}");
    assert_eq!(cases[0]["project"], "城乡居民医保参保补助项目");
    assert_eq!(cases[0]["total"], alone["cases"][0]["total"]);
    assert!(
        stderr.contains("格文字是一张绩效目标表（第")
            && stderr.contains("“某县医疗保障局2023年度部门整体绩效目标表”"),
        "{stderr}"
    );
}

/// B4's guard: a 绩效目标自评表 is a 自评表 and is read (the real Hunan form).
#[test]
fn a_target_self_evaluation_is_still_read() {
    let (json, stderr) = score_json(
        "tests/data/import/real/hunan-hengshan-liangshi-2020-chubeiliang.txt",
        "hunan-2020-target",
        false,
    );
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1, "{stderr}");
    assert_eq!(cases[0]["project"], "县级储备粮");
    assert!(!stderr.contains("表明这是绩效目标"), "{stderr}");
}

/// C5: a 自评表 whose top was not copied (its indicator rows and 合计 only) still has no form,
/// and says which rows were seen and that the title and header are missing.
#[test]
fn a_form_without_its_top_names_its_indicator_rows() {
    let out = score("tail-only.txt", 2);
    let said = &out.stderr;
    assert!(said.contains("错误[import::no-forms]"), "{said}");
    assert!(
        said.contains("第 1 行起是绩效指标的各行（“产出指标数量指标补助发放率=100% 30"),
        "{said}"
    );
    assert!(said.contains("表格的上部没有复制下来"), "{said}");
}

/// B3: web text whose cells are parted by spaces, and that the row-a-line reading cannot
/// place, is still refused, and the advice fits a web page: copy the table from the page, or
/// save the page as .html. (s23 reads the fixture itself, its scores on the line below its
/// row: `webtext_s23.rs`; here a row lost its 分值 and 得分.)
#[test]
fn spaced_web_text_is_told_how_to_copy_a_page() {
    let text = std::fs::read_to_string(format!("{DATA}/webcopy-spaced.txt")).unwrap();
    let cut = text.replace(
        "指标2:展演活动场次 ≥6场 7场 10 10",
        "指标2:展演活动场次 ≥6场 7场",
    );
    assert_ne!(cut, text);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("webcopy-spaced.txt");
    std::fs::write(&file, cut).unwrap();
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/anhui-2022"])
        .arg(&file)
        .expect_status(2)
        .run();
    let said = &out.stderr;
    assert!(said.contains("错误[import::refused]"), "{said}");
    assert!(
        said.contains("表格来自网页时：在网页上选中整张表格复制") && said.contains(".html"),
        "{said}"
    );
}
