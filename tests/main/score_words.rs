//! A 得分 cell written in words (tester s11c H1): `满分` and its kin are the line's points,
//! `不得分` 0, each said in a `score-in-words` note and the line's trace; `满分10分` against other
//! points is a `full-marks-mismatch`. Every shape reads the words through the one parser: the
//! tester's Word table, an Excel tab copy, a PDF's one cell per line and a case file. Worked by
//! hand in `tests/data/score-words/SOURCES.md`.

use crate::test::Test;
use serde_json::Value;

const DATA: &str = "tests/data/score-words";

/// `jixiao score FILE --rules rules/anhui-2023 --explain --format json` in Chinese, exit 0.
fn scored(file: &str) -> (Value, String) {
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/anhui-2023", "--explain"])
        .args(["--format", "json"])
        .arg(format!("{DATA}/{file}"))
        .run();
    (out.json()["cases"][0].clone(), out.stderr)
}

fn findings(case: &Value) -> Vec<(String, String)> {
    let all = case["findings"].as_array().unwrap();
    all.iter()
        .map(|f| {
            let text = |k: &str| f[k].as_str().unwrap().to_owned();
            (text("code"), text("message"))
        })
        .collect()
}

fn num(v: &Value) -> String {
    v.to_string()
}

/// The tester's d3: 95 = 95, no error, no "not a number"; the band line's self-score is 30.
#[test]
fn full_marks_in_a_word_table_are_the_lines_points() {
    let (case, stderr) = scored("d3-score-text.docx");
    assert!(!stderr.contains("不是数字"), "{stderr}");
    assert_eq!(
        (num(&case["total"]), num(&case["reported_total"])),
        ("95".into(), "95".into())
    );
    assert_eq!(
        findings(&case),
        [
            ("score-in-words".into(), "得分“满分”按本行分值 30 计".into()),
            ("score-in-words".into(), "得分“满分”按本行分值 10 计".into()),
        ]
    );
    let band = &case["indicators"][1];
    assert_eq!(band["method"], "band");
    assert_eq!(
        (num(&band["reported_score"]), num(&band["score"])),
        ("30".into(), "30".into())
    );
    let first = &band["trace"][0];
    assert_eq!(first["text"], "得分“满分”按本行分值 30 计");
    assert_eq!(first["inputs"][0]["text"], "满分");
    assert_eq!(
        first["inputs"][0]["location"]["form_place"],
        "Word 文档第 1 个表格第 12 行第 8 列"
    );
    // The band accepted the self-score as a number (it was scored from the band alone).
    let said = band["trace"][1]["text"].as_str().unwrap();
    assert!(said.contains("自评得分在该档次范围内"), "{said}");
    assert_eq!(num(&case["indicators"][2]["reported_score"]), "10");
}

/// The same form as Excel's tab copy and as a PDF's one cell per line, with `满分` on the
/// execution row, `全部得分` and `满分10分`: the readers keep the words in the 得分 column.
#[test]
fn full_marks_in_text_copies_are_read_alike() {
    for file in ["d3-score-words.tsv", "d3-score-words-lines.txt"] {
        let (case, stderr) = scored(file);
        assert!(!stderr.contains("guessed"), "{file}: {stderr}");
        assert!(!stderr.contains("推测"), "{file}: {stderr}");
        assert_eq!(num(&case["total"]), "95", "{file}");
        assert_eq!(num(&case["reported_total"]), "95", "{file}");
        assert_eq!(num(&case["execution"]["reported_score"]), "10", "{file}");
        let scores: Vec<String> = (case["indicators"].as_array().unwrap().iter())
            .map(|i| num(&i["reported_score"]))
            .collect();
        assert_eq!(scores, ["45", "30", "10"], "{file}");
        let said: Vec<String> = findings(&case)
            .into_iter()
            .map(|(c, m)| format!("{c} {m}"))
            .collect();
        assert_eq!(
            said,
            [
                "score-in-words 得分“全部得分”按本行分值 30 计",
                "score-in-words 得分“满分10分”按本行分值 10 计",
                "score-in-words 得分“满分”按本行分值 10 计",
            ],
            "{file}"
        );
        let execution = &case["execution"]["trace"][0];
        assert_eq!(execution["text"], "得分“满分”按本行分值 10 计", "{file}");
    }
}

/// `满分10分` on a line of 30 points names both figures and takes the 10 written; `满分` in the
/// 总分 row is the form's 100, which its own lines do not add up to.
#[test]
fn full_marks_naming_other_points_are_said_with_both_figures() {
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--format", "json"])
        .arg(format!("{DATA}/d3-full-marks-mismatch.toml"))
        .expect_status(1)
        .run();
    let case = &out.json()["cases"][0];
    assert_eq!(num(&case["reported_total"]), "100");
    assert_eq!(num(&case["indicators"][1]["reported_score"]), "10");
    let found = findings(case);
    assert_eq!(
        found[0],
        (
            "full-marks-mismatch".into(),
            "得分“满分10分”写明的 10 分与本行分值 30 不一致：按写明的 10 计，请核对".into()
        )
    );
    let codes: Vec<&str> = found.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(
        codes,
        [
            "full-marks-mismatch",
            "score-in-words",
            "score-in-words",
            "score-mismatch",
            "total-not-sum",
            "total-mismatch"
        ]
    );
    let total = found.iter().find(|(c, _)| c == "total-not-sum").unwrap();
    assert!(
        total
            .1
            .contains("自评总分 100 不等于表中各项得分之和（75）"),
        "{}",
        total.1
    );
}
