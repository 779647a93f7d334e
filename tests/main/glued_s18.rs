//! Glued and flattened text, session 18: a title with a header label after it on its line
//! (the 永德 page, Yunnan 2022: `2022年度项目支出绩效自评表 | 部门:…`) and several forms glued
//! one after another (the 新洲 page, Hubei). Fixtures under `tests/data/import/s18/`, made after
//! the pattern with our own names and figures (`tests/data/import/SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, json_errors};

const DATA: &str = "tests/data/import/s18";

/// By hand (the form of `s17/yunnan-nature-value-unit-pipes.txt` under the title line): 50 / 50
/// = 100% → 10; 15 + 15 + 10 + 10 + 15 + 15 + 10 → computed 100, the form's own 96 / 优. Was
/// "no form" when the title line was one paragraph (`import::no-forms`), and in `|` rows the
/// 部门 cell after the title was not read.
#[test]
fn a_title_with_the_department_on_its_line_reads_as_title_and_header() {
    for file in [
        "yongde-title-department-paragraphs.txt",
        "yongde-title-department-pipes.txt",
    ] {
        let (json, stderr) = common::score_json(&format!("{DATA}/{file}"), "central-2020", false);
        let cases = json["cases"].as_array().unwrap();
        assert_eq!(cases.len(), 1, "{file}: {stderr}");
        let case = &cases[0];
        assert_eq!(case["total"], 100, "{file}: {stderr}");
        assert_eq!(case["reported_total"], 96, "{file}");
        assert_eq!(case["project"], "乡村学校饮用水改造项目", "{file}");
        assert_eq!(case["department"], "某县教育体育局", "{file}");
        assert!(json_errors(case).is_empty(), "{file}: {case}");
        assert!(
            stderr.contains("与表头“部门 某县教育体育局”写在同一行"),
            "{file}: {stderr}"
        );
        assert!(!stderr.contains("未导入（文字!B1）"), "{file}: {stderr}");
    }
}

/// Two forms glued one after another, the second with no title: `…总分10098项目名称…` (the
/// 新洲 page). By hand (`SOURCES.md`): A computed 100, self 98; B computed 99 (90% → 9), self
/// 97. Read as one form before, they scored as A alone with no total (its 总分 `10098项目…`).
#[test]
fn forms_glued_at_the_total_are_cut_before_the_next_project() {
    for file in [
        "xinzhou-two-forms-glued.txt",
        "xinzhou-two-forms-wrapped.txt",
    ] {
        let (json, stderr) = common::score_json(&format!("{DATA}/{file}"), "central-2020", false);
        let cases = json["cases"].as_array().unwrap();
        assert_eq!(cases.len(), 2, "{file}: {stderr}");
        let got: Vec<(&str, i64, i64)> = cases
            .iter()
            .map(|c| {
                (
                    c["project"].as_str().unwrap(),
                    c["total"].as_i64().unwrap(),
                    c["reported_total"].as_i64().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [("农村公路日常养护", 100, 98), ("中小河道日常保洁", 99, 97)],
            "{file}: {stderr}"
        );
        for case in cases {
            assert!(json_errors(case).is_empty(), "{file}: {case}");
        }
        assert!(
            stderr.contains("第 2 张表：上一张表的总分行“总分10098”之后紧接着另一个项目"),
            "{file}: {stderr}"
        );
    }
}
