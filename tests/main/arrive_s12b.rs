//! Forms as they arrive, from the s12b user test (notes s12b-tester, engineer `arrive2`): an
//! Excel table pasted as tab text under a line of other text (N2) and a 绩效目标自评表 with a
//! 完成情况 column (N3). The inputs are the tester's, copied unchanged to
//! `tests/data/import/s12b/` (see `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, json_codes as codes};
use crate::test::Test;
use serde_json::Value;

const DATA: &str = "tests/data/import/s12b";

/// `jixiao score FILE --rules rules/RULES --format json` in Chinese, and its stderr.
fn scored(file: &str, rules: &str) -> (Value, String) {
    common::score_json(&format!("{DATA}/{file}"), rules, false)
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

/// The findings of `case` with `code`, as (level 3, place on the form, message).
fn with_code(case: &Value, code: &str) -> Vec<(String, String, String)> {
    case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == code)
        .map(|f| {
            let at = &f["location"];
            let s = |v: &Value| v.as_str().unwrap_or_default().to_owned();
            let level3 = s(&at["indicator"]["level3"]);
            (level3, s(&at["form_place"]), s(&f["message"]))
        })
        .collect()
}

/// N3: a 绩效目标自评表 (no 分值/得分) with a 完成情况 column. The column is read, not six
/// unreadable cells and an `import-guessed` note. By hand: `≥10个`/`10个` met, `100%`/`100%`
/// met, `2020年10月底前`/`2020年12月` late, `≤200万元`/`210万元` not met, `≥50场`/`45场` not met,
/// `≥90%`/`95%` met; the department wrote 已完成 on 建设成本 although 210万元 > 200万元: one
/// `completion-mismatch` on its 完成情况 cell (F11). Lines that agree have none.
#[test]
fn a_completion_column_is_read_and_compared_with_the_judgement() {
    let (json, stderr) = scored("t2-target-wancheng.docx", "hunan-2020-target");
    let case = &json["cases"][0];
    assert!(!stderr.contains("import::unreadable"), "{stderr}");
    assert!(
        stderr.contains("实际完成值、完成情况、偏差原因"),
        "{stderr}"
    );
    assert!(
        !codes(case).contains(&"import-guessed".to_owned()),
        "{stderr}"
    );
    let methods: Vec<&str> = case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["method"].as_str().unwrap())
        .collect();
    assert_eq!(
        methods,
        ["met", "met", "not_met", "not_met", "not_met", "met"]
    );
    let found = with_code(case, "completion-mismatch");
    assert_eq!(found.len(), 1, "{found:?}");
    let (indicator, place, message) = &found[0];
    assert_eq!(indicator, "建设成本");
    assert!(place.contains("第 11 行第 6 列"), "{place}");
    assert!(message.starts_with("完成情况写“已完成”"), "{message}");
    assert_eq!(with_code(case, "target-not-met").len(), 3);
}

/// N3, the case file `import --out` writes for `t2-target-wancheng.docx` with three 完成情况
/// edited: `未完成` on 工程验收合格率 (100% of 100%, met) is a mismatch, `基本完成` on the unmet
/// 群众文化活动场次 and `是` on the met 群众满意度 are not; 建设成本's `已完成` still is. The
/// exported workbook keeps the column and gives the same two.
#[test]
fn a_case_files_completion_key_is_compared_and_exported() {
    let case_file = format!("{DATA}/t2-wancheng-edited.toml");
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--format", "json", &case_file])
        .output();
    let json = out.json();
    let names = |json: &Value| -> Vec<String> {
        let mut n: Vec<String> = with_code(&json["cases"][0], "completion-mismatch")
            .into_iter()
            .map(|(level3, _, _)| level3)
            .collect();
        n.sort();
        n
    };
    assert_eq!(
        names(&json),
        ["工程验收合格率", "建设成本"],
        "{}",
        out.stderr
    );
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("e.xlsx");
    Test::new()
        .args(["export", &case_file, "--out"])
        .arg(&xlsx)
        .run();
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args([
            "score",
            "--rules",
            "rules/hunan-2020-target",
            "--format",
            "json",
        ])
        .arg(&xlsx)
        .output();
    assert_eq!(
        names(&out.json()),
        ["工程验收合格率", "建设成本"],
        "{}",
        out.stderr
    );
}

/// S8 (notes s12-tester), `s12/t3-glued.txt`: form A with every separator removed. The dated
/// line is `指标1:完成时间 | 2023年12月底前 | 2023年11月 | 10 | 10`, the cost line `≤200万元 |
/// 190万元 | 10 | 10` (the actual carries the target's unit), the 可持续影响 line `长期 |
/// 部分达成预期指标并具有一定效果 | 15 | 11`, the 其中 row `200, 200, 190, -, -`. By hand 20 +
/// 10 + 10 + 10 + 13.5 + 11 + 10 = 84.5, 190 / 200 = 95% → 10: 94.5 = self, 优. Before: a
/// phantom row `月底前` with `score-above-points` (an error) and the form cut short at 41.
#[test]
fn a_glued_dated_line_is_cut_as_a_date_and_the_form_reads_whole() {
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/anhui-2023", "--format", "json"])
        .arg("tests/data/import/s12/t3-glued.txt")
        .output();
    let json = out.json();
    let case = &json["cases"][0];
    assert_eq!(case["total"].to_string(), "94.5", "{}", out.stderr);
    assert_eq!(case["reported_total"].to_string(), "94.5");
    assert_eq!(case["grade"], "优");
    assert_eq!(codes(case), ["import-guessed"], "{}", out.stderr);
    for row in [
        "指标1:完成时间 | 2023年12月底前 | 2023年11月 | 10 | 10",
        "指标1:维修养护成本 | ≤200万元 | 190万元 | 10 | 10",
        "指标1:工程长效运行 | 长期 | 部分达成预期指标并具有一定效果 | 15 | 11",
    ] {
        assert!(out.stderr.contains(row), "{row}: {}", out.stderr);
    }
    assert!(!out.stderr.contains("拆分：月底前"), "{}", out.stderr);
    assert!(!out.stderr.contains("import::unreadable"), "{}", out.stderr);
}

/// S8: a dated line whose actual cannot be cut (`提前完成`, no value the glued reader knows)
/// stops the form there with a note — no row is cut inside the date, and no error-level
/// finding is raised on a row that is not on the form.
#[test]
fn a_glued_dated_line_that_cannot_be_cut_stops_the_form_there() {
    let text =
        std::fs::read_to_string(crate::common::root().join("tests/data/import/s12/t3-glued.txt"))
            .unwrap()
            .replace("2023年11月1010", "提前完成1010");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("t3-undecided.txt");
    std::fs::write(&file, text).unwrap();
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/anhui-2023", "--format", "json"])
        .arg(&file)
        .output();
    let json = out.json();
    let case = &json["cases"][0];
    let severities: Vec<&str> = case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["severity"].as_str().unwrap())
        .collect();
    assert!(!severities.contains(&"error"), "{:?}", codes(case));
    assert!(
        codes(case).contains(&"incomplete-form".to_owned()),
        "{:?}",
        codes(case)
    );
    assert!(
        out.stderr.contains(
            "连在一起的“提前完成1010”（“指标1:完成时间”，年度指标值 “2023年12月底前”）拆不出"
        ),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("拆分：月底前"), "{}", out.stderr);
}
