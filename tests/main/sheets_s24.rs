//! Forms left out or run together (tester s24 A2, B4, B1, D3), on the tester's files copied
//! into tests/data/import/s24s (README.md there): a hidden sheet's form is an error naming
//! it, a file not read in every report, exit 2; a workbook whose only form is hidden is
//! refused saying where the form is; a second project inside one table is a form of its own
//! in Word, Excel and a web page alike; a 汇总 sheet's unsaved formula says nothing.

use crate::test::Test;

const DIR: &str = "tests/data/import/s24s";

/// `score FILE --rules anhui-2023` in Chinese with `args` after, expecting `status`.
fn score(file: &str, args: &[&str], status: i32) -> crate::test::Output {
    Test::new()
        .args(["--lang", "zh", "score", "--rules", "rules/anhui-2023"])
        .arg(format!("{DIR}/{file}"))
        .args(args)
        .expect_status(status)
        .run()
}

/// A2: the visible form is scored, the hidden one named — by sheet and project — as an error
/// and as a file not read in the CSV, and the run exits 2.
#[test]
fn a_hidden_sheets_form_is_an_error_and_a_file_not_read() {
    let out = score("两部门-一张隐藏.xlsx", &["--format", "csv"], 2);
    assert!(
        out.stderr.contains(
            "错误[import::hidden-sheet]: “tests/data/import/s24s/两部门-一张隐藏.xlsx”中隐藏的工作表\
             “文旅局”里有 1 张自评表（“公共文化场馆免费开放项目”），没有评分，不在报告中"
        ),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("已跳过"), "{}", out.stderr);
    // The end line does not call the file unread: its other form was scored (lead s24).
    assert!(
        out.stderr.contains(
            "另有 1 个文件未读取或有表未评分（tests/data/import/s24s/两部门-一张隐藏.xlsx）：\
             其中 1 个文件只有隐藏工作表中的自评表未评分，其余各表已评分；"
        ),
        "{}",
        out.stderr
    );
    let rows: Vec<&str> = out.stdout.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{}", out.stdout);
    assert!(rows[0].contains("基本公共卫生服务项目"), "{}", rows[0]);
    assert!(
        rows[1].contains(",未读取,")
            && rows[1]
                .contains("隐藏的工作表“文旅局”中有 1 张自评表（“公共文化场馆免费开放项目”）"),
        "{}",
        rows[1]
    );
}

/// A2: `import` says the same and exits 2, writing the visible form.
#[test]
fn import_says_the_hidden_form_too() {
    let dir = tempfile::tempdir().unwrap();
    let out = Test::new()
        .args(["--lang", "zh", "import"])
        .arg(format!("{DIR}/两部门-一张隐藏.xlsx"))
        .arg("--out")
        .arg(dir.path())
        .expect_status(2)
        .run();
    assert!(
        out.stderr.contains("错误[import::hidden-sheet]"),
        "{}",
        out.stderr
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

/// B4: the only form in a hidden sheet: one refusal saying where it is and what to do, no
/// "skipped" note, no "no form found".
#[test]
fn the_only_form_hidden_is_refused_naming_its_sheet() {
    let out = score("文旅局-自评表（工作表被隐藏）.xlsx", &[], 2);
    assert!(
        out.stderr.contains(
            "未导入：唯一的自评表在隐藏的工作表“文旅局”中，没有评分：在 Excel 或 WPS 中取消隐藏这张工作表"
        ),
        "{}",
        out.stderr
    );
    for wrong in ["没有找到自评表", "已跳过"] {
        assert!(!out.stderr.contains(wrong), "{wrong}: {}", out.stderr);
    }
}

/// B1: two projects in one table are two forms in every format that reads a grid: the first
/// (no 总分 row: 不完整) and the second 96.95 优 as filled, with a note at the second 项目名称.
#[test]
fn a_second_project_in_one_table_is_a_form_of_its_own() {
    for file in [
        "城管局-两个项目（合在一张表）.docx",
        "两个项目（合在一张表）.xlsx",
        "两个项目（合在一张表）.html",
    ] {
        let out = score(file, &["--format", "csv"], 0);
        let rows: Vec<Vec<&str>> = (out.stdout.lines().skip(1))
            .map(|l| l.split(',').collect())
            .collect();
        assert_eq!(rows.len(), 2, "{file}: {}", out.stdout);
        assert_eq!(rows[0][1], "城区路灯维护项目", "{file}");
        assert_eq!(rows[0][7], "不完整（表不全）", "{file}");
        assert_eq!(rows[1][1], "城区绿化管养项目", "{file}");
        assert_eq!((rows[1][6], rows[1][9]), ("96.95", "优"), "{file}");
        assert!(
            out.stderr.contains(
                "第 2 张表：表中又有一个项目“城区绿化管养项目”（“项目名称”一行），其后是它自己的\
                 “项目资金”表头"
            ),
            "{file}: {}",
            out.stderr
        );
    }
}

/// D3: the 汇总 sheet's `=AVERAGE(D2:D6)` with no saved value is not a form's cell: nothing
/// is said of it; the hidden 文旅局 sheet of the same workbook is.
#[test]
fn an_unsaved_formula_on_a_summary_sheet_says_nothing() {
    let out = score(
        "2024年度市直部门项目自评表汇编.xlsx",
        &["--format", "csv"],
        2,
    );
    assert!(!out.stderr.contains("AVERAGE"), "{}", out.stderr);
    assert!(!out.stderr.contains("汇总!D7"), "{}", out.stderr);
    assert!(
        out.stderr.contains("隐藏的工作表“文旅局”里有 1 张自评表"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout.lines().count(), 1 + 4 + 1, "{}", out.stdout);
}

/// A2: a hidden sheet holding an empty template (a 模板 sheet to copy from,
/// `make_hidden_template.py`) is no department's form: one note, exit 0.
#[test]
fn a_hidden_blank_template_is_a_note_only() {
    let out = score("隐藏的空白模板.xlsx", &["--format", "csv"], 0);
    assert!(
        out.stderr.contains(
            "这张工作表是隐藏的，已跳过（在 Excel 或 WPS 中取消隐藏后才能导入其中的表）（模板!A1）"
        ),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("hidden-sheet"), "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), 2, "{}", out.stdout);
}
