//! Forms as they arrive, from the s12b user test (notes s12b-tester, engineer `arrive2`): an
//! Excel table pasted as tab text under a line of other text (N2) and a 绩效目标自评表 with a
//! 完成情况 column (N3). The inputs are the tester's, copied unchanged to
//! `tests/data/import/s12b/` (see `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::test::Test;
use serde_json::Value;

const DATA: &str = "tests/data/import/s12b";

/// `jixiao score FILE --rules rules/RULES --format json` in Chinese, and its stderr.
fn scored(file: &str, rules: &str) -> (Value, String) {
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", &format!("rules/{rules}")])
        .args(["--format", "json"])
        .arg(format!("{DATA}/{file}"))
        .output();
    let json = out.json();
    (json, out.stderr)
}

fn codes(case: &Value) -> Vec<String> {
    case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect()
}

/// N2: Excel's copy of a form pasted as tab text, every line ten cells, under one line of
/// other text (a heading the sender typed, with or without a blank line after it; the
/// Sichuan form's 报表编号 as one cell). The table is read by its columns as without that
/// line: the standard form 84.5 against the form's 86 (受益人口 15 × 2.7 / 3 = 13.5; 190 /
/// 200 = 95% → 10), Sichuan 94.75 = self (423 / 450 = 94% → 9.4; 20 + 14.85 + 10 + 10 +
/// 10.5 + 20). The line is said left out once, as text before the first form. Before: read
/// row by row, the project name lost and rows unreadable (20 差; Sichuan 85.35 with errors).
#[test]
fn an_excel_copy_under_a_line_of_text_is_read_by_its_columns() {
    let cases = [
        (
            "h1v-words-excel-tab.txt",
            "anhui-2023",
            "84.5",
            "饮水工程维修养护项目(满分写法)",
        ),
        (
            "h1v-words-excel-tab-heading.txt",
            "anhui-2023",
            "84.5",
            "饮水工程维修养护项目(满分写法)",
        ),
        (
            "h1v-words-excel-tab-heading-blank.txt",
            "anhui-2023",
            "84.5",
            "饮水工程维修养护项目(满分写法)",
        ),
        (
            "sc1b-tab-nocode.txt",
            "sichuan-2023",
            "94.75",
            "51000023R000000067890-城乡居民医疗救助",
        ),
        (
            "sc1-sichuan-excel-tab.txt",
            "sichuan-2023",
            "94.75",
            "51000023R000000067890-城乡居民医疗救助",
        ),
    ];
    for (file, rules, total, project) in cases {
        let (json, stderr) = scored(file, rules);
        let case = &json["cases"][0];
        assert_eq!(case["total"].to_string(), total, "{file}: {stderr}");
        assert_eq!(case["project"], project, "{file}");
        let severities: Vec<&Value> = case["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| &f["severity"])
            .collect();
        assert!(
            !severities.contains(&&Value::from("error")),
            "{file}: {:?}",
            codes(case)
        );
        assert!(!stderr.contains("import::unreadable"), "{file}: {stderr}");
        assert!(
            !codes(case).contains(&"import-guessed".to_owned()),
            "{file}: {stderr}"
        );
        let said = stderr
            .matches("第一张表之前的 1 格文字未导入（文字!A1）")
            .count();
        let expected = usize::from(!file.contains("nocode") && file != "h1v-words-excel-tab.txt");
        assert_eq!(said, expected, "{file}: {stderr}");
    }
}
