//! Score columns and header words as other provinces write them (tester s23 A2, A3, B1, C1),
//! on forms written for the purpose after the tester's (tests/data/import/s23/headers/README.md):
//! a `自评分`/`实际得分` score column is the 得分 column in every format, Excel's copy with
//! those headers is read as the workbook is, a 江西 `评分标准` column copied one cell a line is
//! counted, and a vertical 一级 label is its word, placed at its own cell.

use crate::common::{json_codes, score_json};

const DIR: &str = "tests/data/import/s23/headers";

/// (total, reported total, grade, execution score) of the one form of `file`, and its codes.
fn scored(file: &str) -> (serde_json::Value, Vec<String>, String) {
    let (json, stderr) = score_json(&format!("{DIR}/{file}"), "national-2020", false);
    let case = json["cases"][0].clone();
    let codes = json_codes(&case);
    (case, codes, stderr)
}

/// A3, A2: the 浙江 form reads 97.33 of 100 with its self-scores checked, its funds 9 of 10 and
/// grade 优, as xlsx and as Excel's trimmed tab copy alike; `实际得分` is the score column too.
#[test]
fn zhejiang_score_headers_are_the_score_column_in_every_format() {
    for file in [
        "zj-scorecols.xlsx",
        "zj-scorecols.tsv.txt",
        "zj-actual-score.xlsx",
    ] {
        let (case, codes, stderr) = scored(file);
        assert_eq!(case["total"], 97.33, "{file}: {stderr}");
        assert_eq!(case["total_points"], 100, "{file}");
        assert_eq!(case["reported_total"], 97.33, "{file}");
        assert_eq!(case["grade"], "优", "{file}");
        assert_eq!(
            case["execution"]["score"], 9,
            "{file}: {}",
            case["execution"]
        );
        for wrong in [
            "no-grade",
            "total-not-sum",
            "score-missing",
            "missing-reported",
        ] {
            assert!(!codes.iter().any(|c| c == wrong), "{file}: {codes:?}");
        }
        let notes = case["import_notes"].to_string();
        for said in ["不是自评表中的列", "读作同一列", "不符合资金行的格式"] {
            assert!(!notes.contains(said), "{file}: {notes}");
        }
    }
}

/// B1: the 江西 layout copied one cell a line reads as its workbook does: 99.7 of 100, every
/// actual read, no 评分标准 text in a value column.
#[test]
fn jiangxi_scoring_note_column_is_counted_in_cells_text() {
    let mut totals = Vec::new();
    for file in ["jx-scorecol.xlsx", "jx-scorecol.cells.txt"] {
        let (case, codes, stderr) = scored(file);
        assert_eq!(case["total_points"], 100, "{file}: {stderr}");
        assert!(
            !codes.iter().any(|c| c == "missing-actual"),
            "{file}: {codes:?}"
        );
        assert!(
            !codes.iter().any(|c| c == "unreadable-value"),
            "{file}: {codes:?}"
        );
        let indicators = case["indicators"].as_array().unwrap();
        assert_eq!(indicators.len(), 6, "{file}");
        let text = case["indicators"].to_string();
        assert!(!text.contains("每降1%扣1分"), "{file}: {text}");
        totals.push(case["total"].clone());
    }
    assert_eq!(totals, [99.7, 99.7]);
}

/// C1: a vertical label is its word (no `unknown-level1` for 产出指标 or 满意度指标, no line
/// break in a message), and the label no rule knows is placed at its merged cell on both
/// lines under it, not at a whole row.
#[test]
fn a_vertical_level1_label_is_its_word_at_its_own_cell() {
    let (case, codes, stderr) = scored("vertical-l1.xlsx");
    assert_eq!(case["total"], 100, "{stderr}");
    let unknown: Vec<&serde_json::Value> = case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "unknown-level1")
        .collect();
    assert_eq!(unknown.len(), 2, "{codes:?}");
    for f in &unknown {
        assert_eq!(f["location"]["indicator"]["level1"], "业务指标");
        assert_eq!(f["location"]["form_cell"], "Sheet1!B15", "{f}");
        assert!(!f["message"].as_str().unwrap().contains('\n'));
    }
    let notes = case["import_notes"].to_string();
    assert!(
        notes.contains("竖排书写、每字一行的标签读作“产出指标”"),
        "{notes}"
    );
}

/// D2: the department's 评分标准 for a line is quoted in that line's `score-mismatch`, from the
/// workbook and from the cells text alike, and kept in the case file as `scoring`.
#[test]
fn the_forms_scoring_rule_is_quoted_where_the_score_differs() {
    // Since s24 the rule's own cell is named too.
    for (file, at) in [
        ("jx-scorecol.xlsx", "Sheet1!G13"),
        ("jx-scorecol.cells.txt", "第 54 行"),
    ] {
        let (case, codes, stderr) = scored(file);
        let mismatch: Vec<&str> = case["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "score-mismatch")
            .map(|f| f["message"].as_str().unwrap())
            .collect();
        assert_eq!(
            mismatch,
            [format!(
                "自评得分 13 与计算得分 14.7 不一致（表上的评分标准：“每降1%扣1分”，位置：{at}）"
            )],
            "{file}: {codes:?} {stderr}"
        );
        let path = crate::common::root().join(DIR).join(file);
        let bytes = std::fs::read(&path).unwrap();
        let imported = jixiao::pipeline::forms::cases(file, &bytes, Some("national-2020")).unwrap();
        let case = imported.cases[0].value.as_ref().unwrap();
        let kept: Vec<&str> = case.indicators.iter().map(|i| &*i.scoring.text).collect();
        assert_eq!(kept[1], "每降1%扣1分", "{file}: {kept:?}");
        assert_eq!(kept[2], "按时完成得10分", "{file}: {kept:?}");
    }
}
