//! Text copies that went wrong in session 13's brief: an Excel table pasted as tab text with
//! other text between two forms or after the table (the follow-up of tester s12b N2), and a
//! PDF row cut line by line across a page break (tester s11b G2 p7). Inputs under
//! `tests/data/import/s13/` (see `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, json_codes as codes};
use serde_json::Value;

const DATA: &str = "tests/data/import/s13";

/// `jixiao score FILE --rules rules/anhui-2023 --format json` in Chinese, and its stderr.
fn scored(file: &str) -> (Value, String) {
    common::score_json(&format!("{DATA}/{file}"), "anhui-2023", false)
}

/// Each case's (project, total, grade, number of indicators).
fn summary(json: &Value) -> Vec<(String, String, String, usize)> {
    json["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["project"].as_str().unwrap_or_default().to_owned(),
                c["total"].to_string(),
                c["grade"].as_str().unwrap_or_default().to_owned(),
                c["indicators"].as_array().map_or(0, Vec::len),
            )
        })
        .collect()
}

/// Excel's copy of the s12b form (ten cells a line) with other text between two copies of
/// it or after it. By hand: form 1 84.5 against its 86 (10 + 20 + 10 + 0 + 10 + 受益人口 15 ×
/// 2.7 / 3 = 13.5 + 11 + 10), form 2 (受益人口 3.2万人 ≥ 3万人 → 15) 86 = self; both 良, seven
/// indicators each. The lines of other text are said once per run and kept as the form's
/// notes. Before: read row by row, project names lost and every merged-cell row unreadable.
#[test]
fn text_between_and_after_excels_forms_is_outside_the_table() {
    let first = ("饮水工程维修养护项目(满分写法)", "84.5");
    let second = ("饮水工程维修养护项目(第二批)", "86");
    // (file, the forms' project and total, how many runs of other text are said)
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], usize);
    let cases: [Case; 5] = [
        ("tab-between-table2.txt", &[first, second], 1),
        ("tab-between-dept.txt", &[first, second], 1),
        ("tab-after-signature.txt", &[first], 1),
        ("tab-after-note.txt", &[first], 1),
        ("tab-between-and-after.txt", &[first, second], 2),
    ];
    for (file, forms, said) in cases {
        let (json, stderr) = scored(file);
        let got = summary(&json);
        let want: Vec<_> = forms
            .iter()
            .map(|(p, t)| (p.to_string(), t.to_string(), "良".to_owned(), 7))
            .collect();
        assert_eq!(got, want, "{file}: {stderr}");
        assert!(!stderr.contains("import::unreadable"), "{file}: {stderr}");
        assert_eq!(
            stderr
                .matches("比复制的表格的行窄（表格每行 10 格）")
                .count(),
            said,
            "{file}: {stderr}"
        );
        for case in json["cases"].as_array().unwrap() {
            assert!(
                !codes(case).contains(&"import-guessed".to_owned()),
                "{file}: {stderr}"
            );
        }
    }
}

/// The text after the table is kept with the form, not lost: `import` writes it as the
/// form's notes.
#[test]
fn the_signature_line_after_excels_copy_is_kept_as_the_forms_note() {
    let dir = tempfile::tempdir().unwrap();
    crate::test::Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["import", "--rules", "anhui-2023", "--out"])
        .arg(dir.path())
        .arg(format!("{DATA}/tab-after-note.txt"))
        .output();
    let case = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect::<String>();
    assert!(
        case.contains("\"填表人：张三    联系电话：0554-1234567\""),
        "{case}"
    );
    assert!(case.contains("说明：1.本表由项目单位填报"), "{case}");
}

/// s11b G2 p7: the 满意度 row cut by the page break line by line (`满意度指`, `服务对象`,
/// `满意度指`, `指标1：沿线群众满意` and its values, then the footer and the indicators' header
/// printed again, then `标`, `标`, `度`). By hand as the control `p2b-row-split-l3.txt`: 18.33 +
/// 10 + 10 + 9.64 + 20 + 10 + 10 (93 / 90 capped) + execution 456 / 480 = 95% → 10 = 97.97 优,
/// seven indicators, the last 满意度指标 / 服务对象满意度指标 / 指标1：沿线群众满意度. Before:
/// phantom rows `满意度指` and `标`, its 10 points split 5 / 5.
#[test]
fn a_row_cut_line_by_line_by_a_page_break_is_put_back_together() {
    let (json, stderr) = scored("p7-row-split-sat.txt");
    let case = &json["cases"][0];
    assert_eq!(
        summary(&json),
        [(
            "农村公路危桥改造项目".to_owned(),
            "97.97".to_owned(),
            "优".to_owned(),
            7
        )]
    );
    let last = case["indicators"].as_array().unwrap().last().unwrap();
    let labels = ["level1", "level2", "level3"].map(|k| last[k].as_str().unwrap());
    assert_eq!(
        labels,
        ["满意度指标", "服务对象满意度指标", "指标1：沿线群众满意度"]
    );
    assert_eq!(last["score"].to_string(), "10");
    assert!(
        stderr.contains(
            "分页后的“标 标 度”是分页前“满意度指 满意度指 指标1：沿线群众满意”的最后一行"
        ),
        "{stderr}"
    );
    for code in [
        "unknown-band",
        "missing-actual",
        "missing-reported",
        "score-mismatch",
    ] {
        assert!(!codes(case).contains(&code.to_owned()), "{stderr}");
    }
}

/// A qualitative row cut so (`社会效益` / `指标`, `指标1：通行安` / `全`, its 指标值 words): where
/// the last line goes cannot be told from the cells, so nothing is guessed: a warning says the
/// row may be read wrong and `import-guessed` marks the form.
#[test]
fn a_cut_row_that_cannot_be_put_back_is_said() {
    let (json, stderr) = scored("p8-row-split-qualitative.txt");
    let case = &json["cases"][0];
    assert!(
        stderr.contains(
            "警告[import::guessed]: 第 1 张表：分页断开了这一行，分页后的“指标 全”接不回"
        ),
        "{stderr}"
    );
    assert!(
        codes(case).contains(&"import-guessed".to_owned()),
        "{stderr}"
    );
}
