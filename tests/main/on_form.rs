//! A form scored straight from its file (`jixiao score forms.txt`, no case file written) is
//! placed on the form, never in generated TOML (#16, tester s8 F5): findings name the
//! indicator, the form's field and the cell or line; a case problem names that place and
//! frames the input's line; JSON leaves the case-file `file`, `line` and `column` out. The
//! same form imported with `import --out` and scored keeps its case-file places.

use crate::test::Test;

const SEED: &str = include_str!("../data/seed-2023-huainan.txt");

/// The seed's text with the first form's 数量指标 得分 (line 108) written `十五` and its
/// 本年财政拨款 年初预算数 (line 62) written `-5`.
fn slipped_seed() -> String {
    SEED.lines()
        .enumerate()
        .map(|(i, line)| match i + 1 {
            62 => "-5 |",
            108 => "十五 |",
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_form_scored_from_its_file_is_placed_on_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forms.txt");
    std::fs::write(&path, slipped_seed()).unwrap();
    let file = path.display().to_string();
    let out = Test::new()
        .args(["score", &file, "--rules", "rules/anhui-2023"])
        .expect_status(1)
        .run();
    // The case problem: its place on the form after the message, and the input's line framed.
    assert!(
        out.stderr
            .contains("本年财政拨款 · 年初预算数 · forms.txt line 62)"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains(&format!("┌─ {file}:62:1\n   │\n62 │ -5 |\n")),
        "{}",
        out.stderr
    );
    // `十五` is said once (session 16, one message per cell): by the finding on the form's
    // place, which says what to do, not by a `not-a-number` above the table too.
    assert!(
        !out.stderr.contains("`十五` is not a number"),
        "{}",
        out.stderr
    );
    // Nothing points into a case file that was never written.
    for text in [&out.stdout, &out.stderr] {
        assert!(!text.contains(".toml:"), "{text}");
        assert!(!text.contains("[[indicators]]"), "{text}");
    }
    assert!(
        out.stdout.contains(
            "  产 / 数量指标 / 指标1:窗口和工作人员月度绩效考核全覆盖,优秀比例不超过20% · 得分 · \
             forms.txt line 108 warning[unreadable-value] score `十五` cannot be read: write it in \
             Arabic digits on the form (15 for 十五), or leave it blank"
        ),
        "{}",
        out.stdout
    );
    // JSON: no case-file place; the form's place kept.
    let json = Test::new()
        .args([
            "score",
            &file,
            "--rules",
            "rules/anhui-2023",
            "--format",
            "json",
        ])
        .expect_status(1)
        .run()
        .json();
    let findings = json["cases"][0]["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        let at = &f["location"];
        assert!(at.get("file").is_none() && at.get("line").is_none(), "{f}");
        assert!(at.get("field").is_some(), "{f}");
    }
    assert!(
        findings
            .iter()
            .any(|f| f["location"]["form_cell"] == "forms.txt line 108"),
        "{findings:?}"
    );
}

#[test]
fn the_same_form_imported_then_scored_keeps_its_case_file_places() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forms.txt");
    std::fs::write(&path, slipped_seed()).unwrap();
    let cases = dir.path().join("cases");
    let file = path.display().to_string();
    Test::new()
        .args(["import", &file, "--rules", "anhui-2023", "--out"])
        .arg(&cases)
        .run();
    let out = Test::new()
        .args(["score", "--rules", "rules/anhui-2023"])
        .arg(&cases)
        .expect_status(1)
        .run();
    assert!(
        out.stdout.contains("forms.txt line 108 — ") && out.stdout.contains(".toml:"),
        "{}",
        out.stdout
    );
    // The `十五` 得分 is said once, by the finding that names its cell (as when the form is
    // scored straight from its input), not by `case::not-a-number` beside it (session 17).
    assert!(!out.stderr.contains("score = \"十五\""), "{}", out.stderr);
    assert!(out.stdout.contains("十五"), "{}", out.stdout);
}

/// A workbook's form: the case problem names the sheet's cell (no frame: there is no text to
/// show), and a finding about the whole form stands at the form's title row.
#[test]
fn a_workbook_form_scored_from_its_file_names_its_cells() {
    let out = Test::new()
        .args([
            "score",
            "tests/data/import/standard-template-example.xlsx",
            "--rules",
            "rules/anhui-2023",
            "--format",
            "json",
        ])
        .run()
        .json();
    let cases = out["cases"].as_array().unwrap();
    let findings: Vec<&serde_json::Value> = cases
        .iter()
        .flat_map(|c| c["findings"].as_array().unwrap())
        .collect();
    assert!(!findings.is_empty());
    for f in &findings {
        assert!(f["location"].get("file").is_none(), "{f}");
    }
    assert!(
        findings.iter().any(|f| f["location"]["form_cell"]
            .as_str()
            .is_some_and(|c| c.starts_with("表"))),
        "{findings:?}"
    );
}
