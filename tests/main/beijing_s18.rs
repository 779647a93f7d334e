//! The Beijing 2016 layout (`年初预算数(A)` and no 全年预算数, `分值(10分)`, a `得分计算方法`
//! column beside the funds' and the indicators' 得分) as a web page's table, glued as a
//! preview copies it, and the page converted to Traditional characters by a site's 简/繁
//! switch. Inputs under `tests/data/import/s18/` (see `SOURCES.md`), made after the pattern of
//! a 2016 海淀区 page with our own names and numbers.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, json_errors};
use serde_json::Value;

const DATA: &str = "tests/data/import/s18";

/// By hand under central-2016: 184 / 200 = 92% → 10 × 92% = 9.2 → 9 (whole points); 数量
/// ≥120处 → 126处 20; 质量 ≥95% → 90%: 90 / 95 × 15 = 14.21; 时效 100% → 100% 15; 社会效益
/// 定性 达成预期指标 self 27 of 30 (in the 80–100% band, accepted); 满意度 ≥90% → 93% 10.
/// 9 + 20 + 14.21 + 15 + 27 + 10 = 95.21, the form's own total.
fn read_right(json: &Value, stderr: &str, what: &str) {
    let case = &json["cases"][0];
    assert_eq!(case["total"], 95.21, "{what}: {stderr}");
    assert_eq!(case["reported_total"], 95.21, "{what}");
    assert_eq!(case["indicators"].as_array().unwrap().len(), 5, "{what}");
    assert!(json_errors(case).is_empty(), "{what}: {case}");
}

#[test]
fn the_beijing_2016_table_reads_its_a_and_keeps_the_method_as_a_note() {
    let (json, stderr) = common::score_json(
        &format!("{DATA}/beijing-2016-grid.html"),
        "central-2016",
        false,
    );
    read_right(&json, &stderr, "grid");
    assert!(stderr.contains("按全年预算数(A)读取"), "{stderr}");
    assert!(stderr.contains("得分计算方法栏"), "{stderr}");
    // The method's cells are no unread cells: nothing of the form is put in doubt for them.
    assert!(!stderr.contains("本部分的表头没有这一列"), "{stderr}");
    assert_eq!(json["cases"][0]["execution"]["rate"], 92, "{json}");
}

#[test]
fn the_beijing_2016_glued_text_is_split_by_its_rate_and_its_method_cut_out() {
    let (json, stderr) = common::score_json(
        &format!("{DATA}/beijing-2016-glued.txt"),
        "central-2016",
        false,
    );
    read_right(&json, &stderr, "glued");
    assert!(stderr.contains("拆分为 200, 184, 10, 92%, 9"), "{stderr}");
    assert!(stderr.contains("已从数字之间剔除"), "{stderr}");
    assert_eq!(json["cases"][0]["project"], "街道社区公共设施维护经费");
}

#[test]
fn a_page_in_traditional_characters_reads_its_labels_and_keeps_its_text() {
    let (json, stderr) = common::score_json(
        &format!("{DATA}/beijing-2016-traditional.html"),
        "central-2016",
        false,
    );
    let case = &json["cases"][0];
    assert_eq!(case["total"], 95.21, "{stderr}");
    assert!(stderr.contains("这张表用繁体字写成"), "{stderr}");
    // The project's name is the user's text: kept as written.
    assert_eq!(case["project"], "街道社區公共設施維護經费", "{case}");
}
