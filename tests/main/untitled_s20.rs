//! Session 20, engineer `untitled` (tester s20 T3, T5, T7 naming): a `|` table copied from its
//! name row on, with no title line, is read as a form whose start is guessed; a 部门整体 form
//! naming itself with `单位名称` takes that name; a 绩效目标申报表 is refused as one. Inputs
//! are constructed after the patterns of real published pages (never copies), under
//! `tests/data/import/s20/` (see `SOURCES.md`); every expected number is worked out by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use crate::test::Test;

const DATA: &str = "tests/data/import/s20";

/// The one case of `file` scored under `rules` (JSON) and the run's stderr.
fn scored(file: &str, rules: &str) -> (serde_json::Value, String) {
    let (json, stderr) = common::score_json(&format!("{DATA}/{file}"), rules, false);
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1, "{stderr}");
    (cases[0].clone(), stderr)
}

/// T3 (南华 pattern): a project form from `项目名称 |` on, cut in its 效益 block. By hand:
/// 180 / 200 = 90% → 9 (form 9), 20 + 15 + 15 = 50, a partial 59, no grade (incomplete); the
/// missing title is a guess, said at the name row (line 1). Before s20: `没有找到自评表`.
#[test]
fn a_project_table_without_its_title_is_read_from_its_name_row() {
    let (case, stderr) = scored("untitled-project-pipes.txt", "central-2020");
    assert_eq!(case["total"].as_f64(), Some(59.0), "{stderr}");
    assert!(case["grade"].is_null(), "{case}");
    assert_eq!(case["project"], "某县乡村振兴示范园冷链仓储建设项目(续建)");
    assert!(
        stderr.contains("警告[import::guessed]: 第 1 张表：没有表名：表格从“项目名称”一行起")
            && stderr.contains("起点为推断")
            && stderr.contains("表名按模板记作“项目支出绩效自评表”"),
        "{stderr}"
    );
    assert!(!stderr.contains("没有找到自评表"), "{stderr}");
}

/// T3 + T7 (桐城 pattern): a 部门整体 form pasted from its `单位名称:… 填报日期:…` line, named
/// by `单位名称 |`. By hand: 500 / 500 = 100% → 20, 30 + 30 + 20 = 80, total 100 (form 100) 优;
/// named 某镇人民政府 and titled as a 部门整体 form (no template-mismatch under
/// department-overall); the line above the table is text before the form.
#[test]
fn a_department_table_named_by_its_unit_is_read_without_a_title() {
    let (case, stderr) = scored("untitled-department-pipes.txt", "department-overall");
    assert_eq!(case["total"].as_f64(), Some(100.0), "{stderr}");
    assert_eq!(case["project"], "某镇人民政府", "{stderr}");
    assert!(
        stderr.contains("没有表名：表格从“单位名称”一行起")
            && stderr.contains("表名按模板记作“部门整体支出绩效自评表”"),
        "{stderr}"
    );
    assert!(
        stderr.contains("第一张表之前的 1 格文字未导入（第 1 行）"),
        "{stderr}"
    );
    let codes = common::json_codes(&case);
    assert!(!codes.iter().any(|c| c == "template-mismatch"), "{codes:?}");
    assert!(!codes.iter().any(|c| c == "blank-project"), "{codes:?}");
}

/// T7 naming (桐城 with its title): `单位名称 |` names the form as `部门名称` does, and the
/// `单位名称:… 填报日期:…` line under the title is the filing unit's line, noted, not an
/// unreadable cell. Before s20: `项目名称是空的`. Same numbers as above, 100.
#[test]
fn unit_name_names_a_titled_department_form() {
    let (case, stderr) = scored("department-unit-name-titled.txt", "department-overall");
    assert_eq!(case["project"], "某镇人民政府", "{stderr}");
    assert_eq!(case["total"].as_f64(), Some(100.0), "{stderr}");
    assert!(!stderr.contains("项目名称是空的"), "{stderr}");
    assert!(
        stderr.contains("表头旁所填的填报单位“单位名称:某镇政府 填报日期:2022.4.20”未导入"),
        "{stderr}"
    );
    assert!(!stderr.contains("没有表名"), "{stderr}");
}

/// T5 (南岳 pattern): a 绩效目标申报表 copied from its web page is refused once as a 申报表,
/// naming its title line — not as a PDF's text — in Chinese and in English.
#[test]
fn a_declaration_form_is_refused_as_one() {
    let path = format!("{DATA}/declaration-rows.txt");
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/central-2020", &path])
        .expect_status(2)
        .run();
    let errors: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("错误["))
        .collect();
    assert_eq!(errors.len(), 1, "{}", out.stderr);
    assert!(
        errors[0].starts_with("错误[import::refused]"),
        "{}",
        errors[0]
    );
    assert!(
        errors[0]
            .contains("第 1 行“2019年某县农村道路硬化工程绩效目标申报表”表明这是绩效目标申报表")
            && errors[0].contains("没有可评分的内容"),
        "{}",
        errors[0]
    );
    assert!(!out.stderr.contains("PDF"), "{}", out.stderr);
    let en = Test::new()
        .env("JIXIAO_LANG", "en")
        .args(["import", &path, "--out", "target/untitled-s20-unused"])
        .expect_status(2)
        .run();
    assert!(
        en.stderr.contains("performance target declaration")
            && en.stderr.contains("nothing to score"),
        "{}",
        en.stderr
    );
}
