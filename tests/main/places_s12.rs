//! Places in text read as a person finds them in an editor (tester s12): a cell is counted in
//! its own line as its reader split it (`第 12 行第 3 格`), a line holding one cell is said
//! by the line (`第 1849 行`), a glued text's guessed piece by its line and text — on every
//! text shape, in notes, findings and case files; case files written before still read.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::test::Test;

fn import(file: &str, lang: &str, out: &std::path::Path) -> String {
    Test::new()
        .args([
            "--lang",
            lang,
            "import",
            file,
            "--rules",
            "anhui-2023",
            "--out",
        ])
        .arg(out)
        .output()
        .stderr
}

/// The seed's `|` text, one cell a line: no place counts the cells of the whole file
/// (`第 1849 行第 3390 格`); its notes and findings say the line.
#[test]
fn the_seeds_places_say_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let zh = import("tests/data/seed-2023-huainan.txt", "zh", dir.path());
    assert!(zh.contains("复制到本行（第 1849 行）"), "{zh}");
    assert!(!zh.contains(" 格）"), "{zh}");
    let out = Test::new()
        .args(["--lang", "zh", "score", "tests/data/seed-2023-huainan.txt"])
        .args(["--rules", "rules/anhui-2023"])
        .output();
    assert!(
        out.stdout
            .contains("实际完成值 · seed-2023-huainan.txt 第 263 行 提示"),
        "{}",
        out.stdout
    );
}

/// `|` text with several cells a line: each is counted in its line (the 实际完成值 is the
/// fifth cell of line 10), a line of one cell is said by the line.
#[test]
fn several_cells_a_line_are_counted_in_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let en = import(
        "tests/data/import/places-several-a-line.txt",
        "en",
        dir.path(),
    );
    assert!(
        en.contains("expected 9; rows read by cell count (line 8)"),
        "{en}"
    );
    assert!(
        en.contains("fit no indicator row shape; left out (line 12, cell 1)"),
        "{en}"
    );
    let case = std::fs::read_dir(dir.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    let text = std::fs::read_to_string(case.path()).unwrap();
    assert!(text.contains(r#"actual = "10:5""#), "{text}");
}

/// A tab copy's cell numbers are its columns, also where the column is the line's number
/// (`第 13 行第 1 格` was said, `第 1 行第 1 格` was said `第 1 行` and lost its column); a line
/// of one cell (the title) is said by the line.
#[test]
fn a_tab_copys_cells_keep_their_column() {
    let out = Test::new()
        .args([
            "--lang",
            "en",
            "score",
            "tests/data/import/arrived/tab-cut-row.txt",
        ])
        .args(["--rules", "rules/anhui-2023"])
        .output();
    assert!(
        out.stderr.contains("(no deviation cell) (line 13, cell 1)"),
        "{}",
        out.stderr
    );
    assert!(
        out.stdout.contains("项目名称 · tab-cut-row.txt line 1 "),
        "{}",
        out.stdout
    );
}

/// Flattened text (a form on one line, cut at spaces) keeps each cell's place in its line;
/// a line of text before the form, one cell, is said by its line.
#[test]
fn a_flattened_lines_cells_are_counted_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let en = import("tests/data/import/flat-one-line.txt", "en", dir.path());
    assert!(en.contains("(line 2, cell 24)"), "{en}");
}

/// A glued text's cells are pieces the reader guessed: a note names its line and the
/// piece's text, the reader's notes on the whole text the line alone.
#[test]
fn a_glued_texts_places_name_the_piece() {
    let dir = tempfile::tempdir().unwrap();
    let en = import("tests/data/import/sichuan-real-glued.txt", "en", dir.path());
    assert!(en.contains(r#"(line 4, at "合计")"#), "{en}");
    assert!(en.contains("lines joined (line 4)"), "{en}");
    assert!(!en.contains(", cell "), "{en}");
    let zh = import("tests/data/import/sichuan-real-glued.txt", "zh", dir.path());
    assert!(zh.contains("（第 4 行“合计”处）"), "{zh}");
}

/// A case file written before places were counted in their line keeps its notes' places
/// as written: read back and listed, not lost.
#[test]
fn old_case_files_notes_still_read() {
    let dir = tempfile::tempdir().unwrap();
    import("tests/data/seed-2023-huainan.txt", "en", dir.path());
    let name = "2023-12-淮南市电子政务云计算中心租赁服务及政府协同办公系统租用服务项目.toml";
    let path = dir.path().join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let old = text.replace("guessed at line 1849:", "guessed at line 1849, cell 3390:");
    assert_ne!(old, text);
    std::fs::write(&path, old).unwrap();
    let json = Test::new()
        .args(["--lang", "en", "score", "--format", "json"])
        .arg(&path)
        .output()
        .stdout;
    assert!(
        json.contains(r#""form_cell": "line 1849, cell 3390""#),
        "{json}"
    );
    assert!(json.contains(r#""form_cell": "line 1861""#), "{json}");
}
