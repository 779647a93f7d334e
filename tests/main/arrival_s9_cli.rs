//! The command line on what a performance office really has (tester s9, #16): a folder of
//! forms as received (F21), a rule set kept outside `rules/` (F10), and `watch` on a folder
//! with nothing it can score (F12).

use crate::common;
use crate::test::Test;
use std::path::Path;

/// The 计算总分 column of a `--format csv` output, by the CSV's first column (the file).
fn totals(csv: &str) -> Vec<(String, String)> {
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let at = header.iter().position(|h| *h == "Total").unwrap();
    lines
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            (cells[0].to_owned(), cells[at].to_owned())
        })
        .collect()
}

/// A folder as a bureau receives it: two text copies and a Word form, a workbook of the
/// standard template, a note and the lock file Excel leaves beside an open workbook, and a
/// subfolder of case files.
fn inbox(dir: &Path) {
    let data = common::root().join("tests/data/import");
    for name in [
        "flat-one-line.txt",
        "template.docx",
        "standard-template-example.xlsx",
    ] {
        std::fs::copy(data.join(name), dir.join(name)).unwrap();
    }
    std::fs::write(dir.join("说明.md"), "收到的自评表\n").unwrap();
    std::fs::write(dir.join("~$standard-template-example.xlsx"), [0u8; 165]).unwrap();
    std::fs::write(dir.join(".DS_Store"), "x").unwrap();
    let cases = dir.join("cases");
    std::fs::create_dir(&cases).unwrap();
    let one = "2023-01-窗口人员月度考核奖.toml";
    std::fs::copy(
        common::root().join("cases/huainan-2023").join(one),
        cases.join(one),
    )
    .unwrap();
}

#[test]
fn a_folder_of_forms_is_scored_file_by_file_as_the_files_are() {
    let dir = tempfile::tempdir().unwrap();
    inbox(dir.path());
    let folder = Test::new()
        .args(["score", "--rules", "rules/anhui-2023", "--format", "csv"])
        .arg(dir.path())
        .expect_stderr_contains("import::skipped")
        .run();
    // Each file named on the command line, in the order the folder is read, gives the same.
    let names = [
        "cases/2023-01-窗口人员月度考核奖.toml",
        "flat-one-line.txt",
        "standard-template-example.xlsx",
        "template.docx",
    ];
    let one_by_one = Test::new()
        .args(["score", "--rules", "rules/anhui-2023", "--format", "csv"])
        .args(names.iter().map(|n| dir.path().join(n)))
        .run();
    // The files the folder walk passed over end its CSV as rows of their own, 完整性 `not
    // read` (session 22, tester s21 B4); the forms' rows are those of the files one by one.
    let (passed_over, got): (Vec<_>, Vec<_>) = folder
        .stdout
        .lines()
        .skip(1)
        .zip(totals(&folder.stdout))
        .partition(|(line, _)| line.contains(",not read,"));
    let got: Vec<(String, String)> = got.into_iter().map(|(_, t)| t).collect();
    assert_eq!(passed_over.len(), 1, "{}", folder.stdout);
    assert!(passed_over.iter().any(|(l, _)| l.contains("说明.md")));
    assert_eq!(got, totals(&one_by_one.stdout));
    assert!(got.len() >= 5, "{got:?}");
    // A form scored straight from its input is named by the input and its number (#16).
    assert!(
        got.iter()
            .any(|(f, _)| f.ends_with("template.docx (form 1)"))
    );
    assert!(
        got.iter()
            .any(|(f, _)| f.ends_with("flat-one-line.txt (form 1)"))
    );
    // What was passed over is named, with why; a hidden file is not.
    assert!(folder.stderr.contains("说明.md"), "{}", folder.stderr);
    assert!(folder.stderr.contains("a .md file"), "{}", folder.stderr);
    assert!(folder.stderr.contains("~$standard-template-example.xlsx"));
    assert!(folder.stderr.contains("temporary file"));
    assert!(!folder.stderr.contains(".DS_Store"));
}

#[test]
fn a_folder_of_forms_without_rules_asks_for_them() {
    let dir = tempfile::tempdir().unwrap();
    inbox(dir.path());
    Test::new()
        .arg("score")
        .arg(dir.path())
        .expect_status(2)
        .expect_stderr_contains("case::no-rules")
        .run();
}

#[test]
fn a_folder_of_case_files_says_nothing_of_its_other_files_kinds() {
    // Case-file folders keep working: the shipped corpus reads as before.
    let out = Test::new()
        .args(["score", "cases/huainan-2023", "--format", "csv"])
        .expect_status(1)
        .run();
    assert_eq!(totals(&out.stdout).len(), 14);
    assert!(!out.stderr.contains("import::"), "{}", out.stderr);
}

#[test]
fn import_of_a_folder_writes_every_form_and_score_reads_them() {
    let dir = tempfile::tempdir().unwrap();
    let forms = dir.path().join("inbox");
    std::fs::create_dir(&forms).unwrap();
    inbox(&forms);
    let out = dir.path().join("out");
    let imported = Test::new()
        .args(["import", "--rules", "anhui-2023", "--out"])
        .arg(&out)
        .arg(&forms)
        .expect_stderr_contains("files of forms in the folder")
        .run();
    assert!(!imported.stderr.contains("os error"), "{}", imported.stderr);
    let written = std::fs::read_dir(&out).unwrap().count();
    let scored = Test::new()
        .args(["score", "--format", "csv"])
        .arg(&out)
        .run();
    let direct = Test::new()
        .args(["score", "--rules", "rules/anhui-2023", "--format", "csv"])
        .args(
            [
                "flat-one-line.txt",
                "standard-template-example.xlsx",
                "template.docx",
            ]
            .map(|n| forms.join(n)),
        )
        .run();
    let mut a: Vec<String> = totals(&scored.stdout).into_iter().map(|t| t.1).collect();
    let mut b: Vec<String> = totals(&direct.stdout).into_iter().map(|t| t.1).collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
    assert_eq!(written, b.len());
}

#[test]
fn an_empty_folder_is_no_import() {
    let dir = tempfile::tempdir().unwrap();
    Test::new()
        .args(["import", "--out"])
        .arg(dir.path().join("out"))
        .arg(dir.path())
        .expect_status(2)
        .expect_stderr_contains("holds no file of forms")
        .run();
}

/// `rules/anhui-2023` copied to a rules root of the county's own, as `shouxian-2024`.
fn own_root(dir: &Path) -> std::path::PathBuf {
    let root = dir.join("own-rules");
    let set = root.join("shouxian-2024");
    std::fs::create_dir_all(&set).unwrap();
    let text = std::fs::read_to_string(common::root().join("rules/anhui-2023/rules.toml"))
        .unwrap()
        .replace("id = \"anhui-2023\"", "id = \"shouxian-2024\"");
    std::fs::write(set.join("rules.toml"), text).unwrap();
    let scripts = common::root().join("rules/anhui-2023/scripts");
    if scripts.is_dir() {
        std::fs::create_dir(set.join("scripts")).unwrap();
        for e in std::fs::read_dir(scripts).unwrap() {
            let e = e.unwrap();
            std::fs::copy(e.path(), set.join("scripts").join(e.file_name())).unwrap();
        }
    }
    root
}

#[test]
fn import_with_a_rule_set_folder_writes_its_id_and_says_the_root() {
    let dir = tempfile::tempdir().unwrap();
    let root = own_root(dir.path());
    let out = dir.path().join("cases");
    let imported = Test::new()
        .args(["import", "tests/data/import/flat-one-line.txt", "--out"])
        .arg(&out)
        .arg("--rules")
        .arg(root.join("shouxian-2024"))
        .expect_stderr_contains("--rules-root")
        .run();
    assert!(
        imported.stderr.contains(&root.display().to_string()),
        "{}",
        imported.stderr
    );
    let case = std::fs::read_dir(&out)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let text = std::fs::read_to_string(&case).unwrap();
    assert!(text.contains("rules = \"shouxian-2024\""), "{text}");
    // The next command reads what import wrote, with the root it named.
    let scored = Test::new()
        .args(["score", "--format", "csv", "--rules-root"])
        .arg(&root)
        .arg(&out)
        .run();
    assert!(
        !scored.stderr.contains("rules-not-an-id"),
        "{}",
        scored.stderr
    );
    let direct = Test::new()
        .args([
            "score",
            "tests/data/import/flat-one-line.txt",
            "--format",
            "csv",
        ])
        .arg("--rules")
        .arg(root.join("shouxian-2024"))
        .run();
    let total = |csv: &str| totals(csv).into_iter().map(|t| t.1).collect::<Vec<_>>();
    assert_eq!(total(&scored.stdout), total(&direct.stdout));
    // Under the default root the same folder is written without a word.
    let quiet = Test::new()
        .args(["import", "tests/data/import/flat-one-line.txt", "--out"])
        .arg(dir.path().join("quiet"))
        .args(["--rules", "rules/anhui-2023"])
        .run();
    assert!(!quiet.stderr.contains("--rules-root"), "{}", quiet.stderr);
}

#[test]
fn import_refuses_a_rule_set_it_cannot_find() {
    let dir = tempfile::tempdir().unwrap();
    Test::new()
        .args(["import", "tests/data/import/flat-one-line.txt", "--out"])
        .arg(dir.path().join("a"))
        .args(["--rules", "anhui-2033"])
        .expect_status(2)
        .expect_stderr_contains("case::unknown-rules")
        .expect_stderr_contains("anhui-2023")
        .run();
    Test::new()
        .args(["import", "tests/data/import/flat-one-line.txt", "--out"])
        .arg(dir.path().join("b"))
        .arg("--rules")
        .arg(dir.path())
        .expect_status(2)
        .expect_stderr_contains("no rules.toml")
        .run();
    assert!(!dir.path().join("a").exists() && !dir.path().join("b").exists());
    // With its root, an id outside `rules/` is taken.
    let root = own_root(dir.path());
    Test::new()
        .args(["import", "tests/data/import/flat-one-line.txt", "--out"])
        .arg(dir.path().join("c"))
        .args(["--rules", "shouxian-2024", "--rules-root"])
        .arg(&root)
        .run();
}

#[test]
fn watch_on_a_folder_without_case_files_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = Test::new().args(["watch", "--once"]).arg(dir.path()).run();
    assert!(out.stdout.contains("no case files"), "{}", out.stdout);
    assert!(out.stdout.contains("jixiao import"), "{}", out.stdout);
    assert!(!out.stdout.contains("no good rule set"), "{}", out.stdout);
}

#[test]
fn watch_on_cases_naming_a_rule_set_elsewhere_says_which() {
    let dir = tempfile::tempdir().unwrap();
    let root = own_root(dir.path());
    let cases = dir.path().join("cases");
    Test::new()
        .args(["import", "tests/data/import/flat-one-line.txt", "--out"])
        .arg(&cases)
        .arg("--rules")
        .arg(root.join("shouxian-2024"))
        .run();
    let out = Test::new().args(["watch", "--once"]).arg(&cases).output();
    let all = format!("{}{}", out.stdout, out.stderr);
    assert!(all.contains("case::unknown-rules"), "{all}");
    assert!(all.contains("--rules-root"), "{all}");
    assert!(!all.contains("no good rule set"), "{all}");
    let found = Test::new()
        .args(["watch", "--once", "--rules-root"])
        .arg(&root)
        .arg(&cases)
        .run();
    assert!(found.stdout.contains("shouxian-2024 @"), "{}", found.stdout);
}

#[test]
fn a_numbering_column_in_front_of_the_form_is_no_form_content() {
    // Tester s9 F1: `序号` over 1..8 in column A, the form from column B on. Read as form
    // content it hid the indicators' header: every indicator left out, 9 / 差.
    let out = Test::new()
        .args([
            "score",
            "tests/data/import/s9/numbering-column.xlsx",
            "--rules",
            "rules/anhui-2023",
            "--format",
            "json",
        ])
        .run();
    let json = out.json();
    let case = &json["cases"][0];
    assert_eq!(case["total"], serde_json::json!(96.37), "{}", out.stderr);
    assert_eq!(case["grade"], "优");
    assert!(
        out.stderr.contains("numbering column") && out.stderr.contains("序号!A12"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("import::unreadable"), "{}", out.stderr);
}

#[test]
fn a_funds_row_with_spent_and_rate_swapped_is_read_by_b_over_a() {
    // Tester s9 F6: `200 180 95% 10 171 10`; 171 / 180 = 95%, so the cells are swapped back:
    // 94 as hand-worked, where the 执行数 `95%` gave no amount spent and execution 0 (84).
    let out = Test::new()
        .args([
            "score",
            "tests/data/import/s9/hebei-pdf-swap.txt",
            "--rules",
            "rules/central-2016",
            "--format",
            "json",
        ])
        .run();
    let json = out.json();
    let case = &json["cases"][0];
    assert_eq!(case["total"], serde_json::json!(94), "{}", out.stderr);
    assert_eq!(case["execution"]["spent"], serde_json::json!(171));
    assert_eq!(case["execution"]["score"], serde_json::json!(10));
    assert!(
        out.stderr.contains("stand in each other's place"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("unit-mismatch"), "{}", out.stderr);
}

#[test]
fn footer_lines_under_a_form_are_its_notes_not_an_indicator() {
    // Tester s9 F19/F7: `填表人：刘明` was read as the last row's 偏差原因 and
    // `联系电话：0734-5512345` as an indicator, each a guess ("numbers may be wrong").
    let out = Test::new()
        .args([
            "score",
            "tests/data/import/s9/hunan-pdf-xingzhi.txt",
            "--rules",
            "rules/hunan-2020-target",
            "--format",
            "json",
        ])
        .run();
    let json = out.json();
    let indicators = json["cases"][0]["indicators"].as_array().unwrap();
    assert_eq!(indicators.len(), 10, "{}", out.stdout);
    let text = serde_json::to_string(indicators).unwrap();
    assert!(
        !text.contains("联系电话") && !text.contains("填表人"),
        "{text}"
    );
    assert!(
        !out.stderr.contains("联系电话：0734-5512345\", _"),
        "{}",
        out.stderr
    );
}
