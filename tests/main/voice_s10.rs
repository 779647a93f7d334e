//! What the finance officer reads (tester s9, #16 leftovers): rule-file slips of a Chinese
//! keyboard said in words (F11).

use crate::common;
use crate::test::{Test, redact_hashes};
use std::path::Path;

/// `rules/anhui-2023` copied under `dir/rules`, its rules.toml changed by `edit`.
fn anhui_copy(dir: &Path, edit: impl Fn(String) -> String) -> std::path::PathBuf {
    let to = dir.join("rules/anhui-2023");
    std::fs::create_dir_all(to.join("scripts")).unwrap();
    let from = common::root().join("rules/anhui-2023");
    for e in std::fs::read_dir(from.join("scripts")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join("scripts").join(e.file_name())).unwrap();
    }
    let text = std::fs::read_to_string(from.join("rules.toml")).unwrap();
    std::fs::write(to.join("rules.toml"), edit(text)).unwrap();
    to
}

/// F11: `points = 45` is what a person writes; a bare integer or float is read as its digits
/// and scores exactly as the quoted string.
#[test]
fn bare_numbers_in_a_rule_file_read_as_their_digits() {
    let dir = tempfile::tempdir().unwrap();
    let bare = anhui_copy(dir.path(), |t| {
        t.replace("total = \"100\"", "total = 100")
            .replace("points = \"50\"", "points = 50")
            .replace("points = \"30\"", "points = 30.0")
            .replace("points = \"10\"", "points = 1_0")
            .replace("min = \"90\"", "min = 90.00")
    });
    let case = "cases/huainan-2023/2023-01-窗口人员月度考核奖.toml";
    Test::new().arg("check").arg(&bare).expect_status(0).run();
    let score = |rules: &Path| {
        let out = Test::new()
            .args(["--lang", "en", "score", "--format", "json", "--rules"])
            .arg(rules)
            .arg(case)
            .output()
            .stdout;
        redact_hashes(&out)
    };
    let quoted = score(&common::root().join("rules/anhui-2023"));
    assert!(quoted.contains("\"total\""), "{quoted}");
    assert_eq!(score(&bare), quoted);
}

/// #16: a form scored straight from its input is named by the input and its number in it
/// (`f.xlsx 第 2 张表`), in the table, JSON (`file` + `form`), CSV and `diff`, never by the
/// case file `import --out` would write (`f.xlsx#2023-02-….toml`), which stays the key that
/// pairs the form with itself under two rule sets.
#[test]
fn a_form_scored_from_its_input_is_named_by_the_input_and_its_number() {
    let xlsx = "tests/data/import/standard-template-example.xlsx";
    let score = |lang: &str, format: &str| {
        Test::new()
            .args([
                "--lang",
                lang,
                "score",
                "--rules",
                "rules/anhui-2023",
                "--explain",
            ])
            .args(["--format", format, xlsx])
            .output()
            .stdout
    };
    let table = score("zh", "table");
    assert!(
        table.contains(&format!("#2 公共图书馆免费开放补助 ({xlsx} 第 2 张表)")),
        "{table}"
    );
    let en = score("en", "table");
    assert!(en.contains(&format!("({xlsx} (form 2))")), "{en}");
    let csv = score("zh", "csv");
    assert!(
        csv.contains(&format!("\n{xlsx} 第 1 张表,城乡居民医保参保补助项目,")),
        "{csv}"
    );
    let json: serde_json::Value = serde_json::from_str(&score("en", "json")).unwrap();
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 2);
    for (i, c) in cases.iter().enumerate() {
        assert_eq!(c["file"], xlsx);
        assert_eq!(c["form"], i + 1);
    }
    let all = [table, en, csv, json.to_string()].concat();
    assert!(!all.contains("xlsx#"), "{all}");
    // `diff` still pairs each form with itself.
    let diff: serde_json::Value = serde_json::from_str(
        &Test::new()
            .args([
                "diff",
                "--from",
                "anhui-2023",
                "--to",
                "central-2016",
                "--format",
                "json",
            ])
            .arg(xlsx)
            .output()
            .stdout,
    )
    .unwrap();
    let diffs = diff["cases"].as_array().unwrap();
    assert_eq!(diffs.len(), 2, "{diff}");
    assert_eq!(diffs[1]["form"], 2);
    assert_eq!(diffs[1]["project"], "公共图书馆免费开放补助");
}

/// #16: a Word form's import notes are placed as its findings are — the stable
/// `document#2!C7` in JSON's `form_cell`, the words (`Word 文档第 2 个表格第 7 行第 3 列`) in
/// `form_place` — where a note's `form_cell` was in words.
#[test]
fn a_word_forms_notes_are_placed_as_its_findings() {
    let json = Test::new()
        .args([
            "--lang",
            "zh",
            "score",
            "--rules",
            "rules/hunan-2020-target",
        ])
        .args([
            "--format",
            "json",
            "tests/data/import/arrived/hunan-nongji.docx",
        ])
        .output()
        .json();
    let case = &json["cases"][0];
    let notes = case["import_notes"].as_array().unwrap();
    let placed: Vec<&serde_json::Value> = notes
        .iter()
        .filter(|n| n["form_cell"].is_string())
        .collect();
    assert!(!placed.is_empty(), "{notes:?}");
    for n in placed {
        let cell = n["form_cell"].as_str().unwrap();
        assert!(cell.starts_with("document#"), "{n}");
        assert!(
            n["form_place"].as_str().unwrap().starts_with("Word 文档"),
            "{n}"
        );
    }
    for f in case["findings"].as_array().unwrap() {
        if let Some(cell) = f["location"]["form_cell"].as_str() {
            assert!(cell.starts_with("document#"), "{f}");
        }
    }
}
