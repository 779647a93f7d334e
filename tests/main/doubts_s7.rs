//! #15: the doubts the s6 engineers left (notes s6, "Helpers' own doubts"), each on a fixture
//! that showed the fault before its fix.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use jixiao::outcome::Outcome;

fn variant(name: &str) -> String {
    std::fs::read_to_string(common::root().join("tests/data/import/variants").join(name)).unwrap()
}

fn one(name: &str, scored: &common::Scored) -> (Outcome, String) {
    let (_, imported, outcomes) = scored;
    let said = common::import_summary(imported);
    let [o] = outcomes.as_slice() else {
        panic!("{name}: one form expected\n{said}")
    };
    (o.clone(), said)
}

/// A glued Sichuan 三级指标 holding a reason word (`工期延误影响天数`) after a row that lost
/// points and wrote no 未完成原因: the name was cut into the reason `工期延误影响` and the name
/// `天数`. The 2024 water-bureau variant with its second row so named (`≤10天`, 8 → 10 of 10,
/// as the row it replaces) and the first row's reason left out: the name is whole, the first
/// row has no reason, and the form still scores 96.94.
#[test]
fn a_glued_name_holding_a_reason_word_is_not_cut_inside() {
    let text = variant("sichuan-glued-shuiwu.txt");
    let row = "部分工程因汛期停工更换供水管网长度≥12公里121010";
    assert!(text.contains(row));
    let input = text.replace(row, "工期延误影响天数≤10天81010");
    let scored = common::score_bytes("glued.txt", input.as_bytes(), "sichuan-2023");
    let (o, said) = one("glued.txt", &scored);
    let names: Vec<&str> = o.indicators.iter().map(|i| &*i.level3).collect();
    assert_eq!(names.get(1), Some(&"工期延误影响天数"), "{said}");
    assert_eq!(o.total, Some(common::d("96.94")), "{said}");
    let case = &scored.1.forms.first().unwrap().toml;
    assert!(!case.contains("deviation = \"工期延误影响\""), "{case}");
    assert!(said.contains("could not be told apart"), "{said}");
}

/// A note's or a value's cell number counts the input's cells as the user counts them — on a
/// one-line form, the n-th piece of the line split at its spaces — also after cells the reader
/// joined (`项目资金 (万元)`): it counted the cells after the joins, one less after each.
#[test]
fn cell_numbers_count_the_input_s_cells_after_joins() {
    let text = std::fs::read_to_string(common::arrived("anhui-flat-liangdeng.txt")).unwrap();
    let pieces: Vec<&str> = text.lines().next().unwrap().split_whitespace().collect();
    let at = |t: &str| pieces.iter().position(|p| *p == t).unwrap() + 1;
    assert!(at("(万元)") < at("0.38"), "a join stands before the cell");
    let scored = common::score_bytes("flat.txt", text.as_bytes(), "anhui-2023");
    let case = &scored.1.forms.first().unwrap().toml;
    let place = format!("actual = \"1:{}\"", at("0.38"));
    assert!(case.contains(&place), "{place}\n{case}");
    let said = common::import_summary(&scored.1);
    let row = format!(
        "line 1, cell {}: 5 cells after the labels",
        at("产出指标(50分)")
    );
    assert!(said.contains(&row), "{row}\n{said}");
}

/// A form table holding a small table in one of its cells (a 偏差原因 cell written as a 2×2
/// table of 原因 / 措施) was taken for a layout table: its own cells became page text and the
/// page had no form (`no-forms`). A table whose own cells hold the form's labels is the form;
/// the small table's text is its cell's text. The template page so changed scores as it does
/// (95.8 and 94.76, 优).
#[test]
fn a_form_table_holding_a_small_table_is_the_form() {
    let page = std::fs::read_to_string(common::root().join("tests/data/import/template-page.html"))
        .unwrap();
    let cell = "<td>19</td>\n    <td colspan=\"2\">&nbsp;</td>";
    assert!(page.contains(cell));
    let nested = "<td>19</td>\n    <td colspan=\"2\"><table border=\"1\"><tr><td>原因</td><td>措施</td></tr>\
                  <tr><td>部分人员外出务工</td><td>加强动态核查</td></tr></table></td>";
    let input = page.replacen(cell, nested, 1);
    let scored = common::score_bytes("nested.html", input.as_bytes(), "anhui-2023");
    let (_, imported, outcomes) = &scored;
    let said = common::import_summary(imported);
    let totals: Vec<String> = outcomes
        .iter()
        .map(|o| format!("{:?} {:?}", o.total, o.grade))
        .collect();
    assert_eq!(
        totals,
        [
            "Some(95.8) Some(\"优\")".to_owned(),
            "Some(94.76) Some(\"优\")".to_owned()
        ],
        "{said}"
    );
    let case = &imported.forms.first().unwrap().toml;
    assert!(
        case.contains("deviation = \"原因 措施 部分人员外出务工 加强动态核查\""),
        "{case}"
    );
}

/// A bare percentage under 成本指标 (`成本超支率 5%` against `6%`) is a ceiling under
/// central-2016, as a bare amount is: the rule `bare_target_by_level2` (成本指标 → reverse)
/// covers every bare target of a cost row, and 财预〔2021〕101号's 指引 defines the cost
/// indicators (经济/社会/生态环境成本指标) as the expected control range of what the project
/// costs — a limit, written as an amount or as a rate. 5 / 6 × 10 = 8.33 (read as a floor it
/// would be 10); `--explain` names the cost rule and its policy.
#[test]
fn a_bare_percentage_cost_target_is_a_ceiling() {
    let text = std::fs::read_to_string(common::arrived("anhui-flat-liangdeng.txt")).unwrap();
    let row = "每盏路灯成本 ≤0.4万元 0.38 10 10";
    assert!(text.contains(row));
    let input = text.replace(row, "成本超支率 5% 6% 10 8.33");
    let scored = common::score_bytes("cost.txt", input.as_bytes(), "central-2016");
    let (o, said) = one("cost.txt", &scored);
    let cost = common::indicator(&o, "成本超支率");
    assert_eq!(cost.score, common::d("8.33"), "{said}");
}
