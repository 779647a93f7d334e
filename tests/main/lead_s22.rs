//! #15, lead s22. A 绩效目标申报表 sent in one file with the 自评表 it belongs to — a workbook
//! with the 申报表 on one sheet and the 自评表 on another, a Word document with the two tables one
//! after the other — was skipped silently (workbook) or as "text before the first form" (Word).
//! The 自评表 is still scored; the 申报表 is now named as one, where it stands. Fixtures:
//! `tests/data/import/s22l/declaration-beside-form.*` (`make_mixed.py`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

const DATA: &str = "tests/data/import/s22l";

#[test]
fn a_declaration_beside_a_form_is_named_and_the_form_scored() {
    for (file, place) in [
        ("declaration-beside-form.xlsx", "工作表“申报表”第 1 行"),
        (
            "declaration-beside-form.docx",
            "第一张表之前的 44 格文字是一张绩效目标申报表",
        ),
    ] {
        let (json, stderr) = common::score_json(&format!("{DATA}/{file}"), "central-2020", false);
        let cases = json["cases"].as_array().unwrap();
        assert_eq!(cases.len(), 1, "{file}: the 自评表 alone\n{stderr}");
        // The 自评表's own reading (s21/project-unit-name-for-unit.txt): 97 优.
        assert_eq!(cases[0]["project"], "示例街巷路灯维护经费", "{file}");
        assert_eq!(cases[0]["total"], 97, "{file}");
        assert_eq!(cases[0]["grade"], "优", "{file}");
        assert!(stderr.contains(place), "{file}: {stderr}");
        assert!(
            stderr.contains("“项目支出绩效目标申报表”") && stderr.contains("未评分"),
            "{file}: {stderr}"
        );
        assert!(
            stderr.contains("警告[import::unreadable]"),
            "{file}: {stderr}"
        );
    }
}
