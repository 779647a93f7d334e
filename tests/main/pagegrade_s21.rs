//! Session 21 (`pagegrade`): page marks inside a PDF preview flattened onto one line (tester
//! s21 T4, after 广水 form 09: `— 1 —`, `- 2 -`, `第 1 页 共 3 页` between the cells were read
//! as cells, 83.78 / 良 with three errors for 98.3 / 优), and no grade for a form whose points
//! rest mostly on self-scores nothing on it can check (T6, after 天长 form 04: 60 of 100
//! points taken unverified, graded 优). The fixtures are built after the patterns
//! (`tests/data/import/s21/`, see `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::json_codes as codes;
use crate::test::Test;
use serde_json::Value;

/// The one case `score FILE --format json` gives for `file` under `rules`.
fn scored(file: &str, rules: &str) -> Value {
    let json = Test::new()
        .args(["--lang", "zh", "score", file, "--rules", rules])
        .args(["--format", "json"])
        .run()
        .json();
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1, "{json}");
    cases[0].clone()
}

/// The import notes of `case` saying a page mark was left out, with the mark.
fn page_marks(case: &Value) -> Vec<String> {
    case["import_notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n["message"].as_str())
        .filter(|m| m.contains("是页面上的文字"))
        .map(str::to_owned)
        .collect()
}

/// The rows as `name points score`.
fn rows(case: &Value) -> Vec<String> {
    case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| format!("{} {} {}", i["level3"], i["points"], i["score"]))
        .collect()
}

/// By hand (as `arrived/anhui-flat-2025.txt`, the same form with no marks): 15 + 10 + 10 +
/// 14.52 + 15 + 15 + 9.78 + execution 9 = 98.3 → 优. With the marks read as cells the 成本
/// row took `2` as its points and its reason as a row of its own.
#[test]
fn page_marks_in_a_one_line_form_are_left_out() {
    for (file, marks) in [
        (
            "tests/data/import/s21/guangshui-flat-pagemarks.txt",
            ["— 1 —", "— 2 —", "— 3 —"],
        ),
        (
            "tests/data/import/s21/guangshui-flat-pagemarks-hyphen.txt",
            ["第 1 页 共 3 页", "- 2 -", "- 3 -"],
        ),
    ] {
        let case = scored(file, "anhui-2023");
        assert_eq!(case["total"], 98.3, "{file}");
        assert_eq!(case["grade"], "优", "{file}");
        assert_eq!(
            rows(&case),
            [
                "\"新建改造供水管网长度\" 15 15",
                "\"水质达标率\" 10 10",
                "\"工程完工时间\" 10 10",
                "\"每公里管网改造成本\" 15 14.52",
                "\"水源地保护\" null 0",
                "\"受益人口\" 15 15",
                "\"工程设计使用年限\" 15 15",
                "\"受益群众满意度\" 10 9.78",
            ],
            "{file}"
        );
        assert_eq!(codes(&case), ["not-applicable", "budget-added"], "{file}");
        let said = page_marks(&case);
        assert_eq!(said.len(), 3, "{file}: {said:?}");
        for (note, mark) in said.iter().zip(marks) {
            assert!(note.contains(&format!("页码“{mark}”")), "{note}");
        }
    }
}

/// The 生态效益 row `水源地保护 不适用 — — —` keeps its dashes: three dashes are no page
/// mark, and the form reads as with no marks at all.
#[test]
fn a_rows_dashes_are_no_page_mark() {
    let case = scored(
        "tests/data/import/s21/guangshui-flat-pagemarks.txt",
        "anhui-2023",
    );
    let row = case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["level3"] == "水源地保护")
        .unwrap();
    assert_eq!(row["method"], "not_applicable", "{row}");
}

/// By hand: execution 10 (96%, whole points) + 15 + 15 + 10 + 10 + 15 + 15 + 10 = 100; the
/// rows 质量 (15, no target or actual), 时效 (10, `按计划有序推进`), 成本 (10, `控制在预算内`),
/// 社会效益 (15, a sentence) and 满意度 (10, `居民普遍满意`) are taken as claimed: 60 of 100.
#[test]
fn a_form_mostly_taken_unverified_gets_no_grade_in_any_output() {
    let file = "tests/data/import/s21/tianchang-unverified-pipe.txt";
    let case = scored(file, "anhui-2023");
    assert_eq!(case["total"], 100, "{case}");
    assert_eq!(case["grade"], Value::Null, "{case}");
    let kept = case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["method"] == "reported_kept")
        .count();
    assert_eq!(kept, 5, "{case}");
    let codes = codes(&case);
    assert_eq!(
        codes.iter().filter(|c| *c == "no-grade").count(),
        1,
        "{codes:?}"
    );
    let no_grade = case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "no-grade")
        .unwrap();
    let message = no_grade["message"].as_str().unwrap();
    assert!(message.contains("满分 100 分中有 60 分"), "{message}");
    assert!(message.contains("5 项指标"), "{message}");
    assert!(message.contains("“指标1:改造工程推进”"), "{message}");
    // The CSV's 等级 (the tenth column) is empty, the total still shown.
    let out = Test::new()
        .args(["--lang", "zh", "score", file, "--rules", "anhui-2023"])
        .args(["--format", "csv"])
        .run();
    let row = out.stdout.lines().nth(1).unwrap().to_owned();
    let cells: Vec<&str> = row.split(',').collect();
    assert_eq!((cells[6], cells[9]), ("100", ""), "{row}");
    // The table says it too, in English as in Chinese.
    Test::new()
        .args(["--lang", "en", "score", file, "--rules", "anhui-2023"])
        .expect_stdout_contains("60 of the form's 100 points rest on self-scores")
        .run();
}

/// Half the points or fewer taken unverified: the checked rows decide, the grade stands.
#[test]
fn a_form_half_taken_unverified_keeps_its_grade() {
    let case = scored(
        "tests/data/import/s21/tianchang-unverified-half-pipe.txt",
        "anhui-2023",
    );
    assert_eq!(case["total"], 100, "{case}");
    assert_eq!(case["grade"], "优", "{case}");
    assert!(!codes(&case).iter().any(|c| c == "no-grade"), "{case}");
}
