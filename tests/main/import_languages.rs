//! Import notes and file messages in the user's language (#16 item 1): `import` and `score`
//! of every form under `tests/data/import` under `--lang zh` say nothing in English, and the
//! import reports of two real forms are snapshotted in both languages.

use crate::test::Test;
use std::path::{Path, PathBuf};

/// Every form file under `tests/data/import` (the real forms among them), sorted.
fn form_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/import")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if !matches!(
                p.extension().and_then(|x| x.to_str()),
                Some("py" | "md") | None
            ) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// `line` without what is not the program's own words: the severity and code
/// (`warning[import::guessed]:`), code spans, user text in quotes, paths and the input lines
/// a diagnostic quotes.
fn own_words(line: &str, paths: &[&str]) -> String {
    let t = line.trim_start();
    // The input line a diagnostic underlines, and its frame.
    let frame = t.starts_with('│')
        || t.starts_with('┌')
        || t.split_once('│')
            .is_some_and(|(n, _)| n.trim().chars().all(|c| c.is_ascii_digit()));
    if frame {
        return String::new();
    }
    let mut t = t.to_owned();
    for p in paths {
        t = t.replace(p, " ");
    }
    // The severity tag in the users' words, then the code (`错误[import::no-forms]:`).
    for sev in ["错误", "警告", "提示"] {
        if let Some(rest) = t.strip_prefix(sev)
            && (rest.starts_with('[') || rest.starts_with(':'))
        {
            // After the code's `]:` (a code holds `::` itself: `case::unknown-funds-row`).
            let at = match rest.starts_with('[') {
                true => rest.find("]:").map_or(0, |i| i + 2),
                false => rest.find(':').map_or(0, |i| i + 1),
            };
            t = rest[at..].to_owned();
            break;
        }
    }
    for (open, close) in [('`', '`'), ('“', '”'), ('"', '"')] {
        t = without_spans(&t, open, close);
    }
    without_paths(&t)
}

/// `text` with every path or file name (`docs/import.md`, `a.xlsx`) blanked.
fn without_paths(text: &str) -> String {
    let path_char = |c: char| c.is_ascii_alphanumeric() || "_./-".contains(c);
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if path_char(c) {
            word.push(c);
            continue;
        }
        if !word.contains(['/', '.']) {
            out.push_str(&word);
        }
        word.clear();
        out.push(c);
    }
    out.pop();
    out
}

/// `text` with every `open … close` span blanked.
fn without_spans(text: &str, open: char, close: char) -> String {
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    for c in text.chars() {
        if inside {
            inside = c != close;
            continue;
        }
        if c == open {
            inside = true;
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// The first run of three or more ASCII words (`cells fit no`), if any.
fn english_run(text: &str) -> Option<String> {
    let mut run: Vec<&str> = Vec::new();
    let mut best = None;
    for token in text.split(|c: char| !(c.is_ascii_alphabetic() || c == '\'')) {
        // A letter alone (`B / A`, `Ctrl-C`) is a symbol, not a word.
        if token.len() < 2 {
            continue;
        }
        // Words are split by spaces and ASCII punctuation only: Chinese text ends a run.
        run.push(token);
        if run.len() >= 3 && best.is_none() {
            best = Some(run.join(" "));
        }
    }
    best
}

/// The run of ASCII words: the text between two words must be ASCII separators only.
fn english_in(line: &str) -> Option<String> {
    line.split(|c: char| !c.is_ascii() || c.is_ascii_digit())
        .find_map(english_run)
}

#[test]
fn english_runs_are_found_and_code_spans_and_quotes_are_not() {
    let paths = ["x.txt"];
    assert_eq!(
        english_in(&own_words(
            "警告[import::guessed]: 第 1 张表：5 cells after the labels（第 2 行）",
            &paths
        )),
        Some("cells after the".to_owned())
    );
    for fine in [
        "提示[import::recognised]: 第 1 张表：单元格“a b c d”与“x”按一个单元格读取",
        "`x.txt`：按种子文本（以 `|` 分格）读取",
        "错误：无法读取“x.txt”：文件或文件夹不存在（系统错误 2）",
        "12 │ # Source: some English text from the input",
        "提示：可导入 Excel 工作簿（.xlsx、.xls）、Word 文档（.docx）",
        "见 docs/import.md，大小限制见 docs/reliability.md",
    ] {
        assert_eq!(english_in(&own_words(fine, &paths)), None, "{fine}");
    }
}

/// Every line `import` and `score` print on stderr for every form file, under `--lang zh`,
/// is in Chinese: no run of three English words outside code spans, quoted form text, file
/// names and codes (a `format!` note or an untranslated message shows here).
#[test]
fn import_and_score_of_every_form_file_speak_chinese() {
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().display().to_string();
    let mut english = Vec::new();
    for file in form_files() {
        let name = file.display().to_string();
        let paths = [name.as_str(), out_dir.as_str()];
        let import = Test::new()
            .args([
                "--lang", "zh", "import", "--force", "--out", &out_dir, &name,
            ])
            .output();
        let score = Test::new()
            .args([
                "--lang",
                "zh",
                "score",
                "--rules",
                "rules/anhui-2023",
                &name,
            ])
            .output();
        for (command, stderr) in [("import", &import.stderr), ("score", &score.stderr)] {
            for line in stderr.lines() {
                if let Some(run) = english_in(&own_words(line, &paths)) {
                    english.push(format!("{command} {name}: `{run}` in: {line}"));
                }
            }
        }
    }
    assert!(english.is_empty(), "{}", english.join("\n"));
}

/// Reading and writing files: the messages of a missing file, a directory given as a case
/// file and an output that cannot be written are Chinese under `--lang zh`, English with
/// `--lang en` as before.
#[test]
fn file_errors_speak_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("没有这个文件.toml");
    let missing = missing.display().to_string();
    let zh = Test::new()
        .args(["--lang", "zh", "score", &missing])
        .output();
    assert!(
        zh.stderr.contains(&format!(
            "无法读取“{missing}”：文件或文件夹不存在（系统错误 2）"
        )),
        "{}",
        zh.stderr
    );
    let en = Test::new()
        .args(["--lang", "en", "score", &missing])
        .output();
    assert!(
        en.stderr.contains(&format!(
            "cannot read `{missing}`: No such file or directory (os error 2)"
        )),
        "{}",
        en.stderr
    );
    // A folder with nothing to score says so, not only an empty table.
    let empty = dir.path().join("空文件夹");
    std::fs::create_dir(&empty).unwrap();
    let empty = empty.display().to_string();
    let zh = Test::new().args(["--lang", "zh", "score", &empty]).output();
    assert!(
        zh.stderr
            .contains(&format!("“{empty}”下没有案卷文件（.toml）或自评表文件")),
        "{}",
        zh.stderr
    );
    let out = dir.path().join("no-such-dir/x.csv").display().to_string();
    let case = "cases/constructed-2022/2022-01-政务服务培训项目.toml";
    let zh = Test::new()
        .args([
            "--lang", "zh", "score", case, "--format", "csv", "--out", &out,
        ])
        .output();
    assert_eq!(zh.status, 2, "{}", zh.stderr);
    assert!(
        zh.stderr
            .contains(&format!("无法写入“{out}”：文件或文件夹不存在")),
        "{}",
        zh.stderr
    );
}

/// The import report (stderr) of a file, paths made stable.
fn import_report(file: &str, lang: &str) -> String {
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().display().to_string();
    let o = Test::new()
        .args(["--lang", lang, "import", "--out", &out_dir, file])
        .output();
    o.stderr.replace(&out_dir, "[out]")
}

/// Two real forms' import reports, read in both languages: every note names its place on the
/// form (第 L 行第 C 格) and says what was read in the user's words.
#[test]
fn import_reports_of_real_forms_in_both_languages() {
    for (name, file) in [
        (
            "chizhou",
            "tests/data/import/real/chizhou-guichi-tangxi-2022-weituo.txt",
        ),
        (
            "hunan",
            "tests/data/import/real/hunan-hengshan-liangshi-2020-chubeiliang.txt",
        ),
    ] {
        for lang in ["zh", "en"] {
            insta::assert_snapshot!(
                format!("import_report_{name}_{lang}"),
                import_report(file, lang)
            );
        }
    }
}

/// A workbook's note names its sheet and cell (`表1改!K13`) in both languages, and a text
/// input's note its line and cell in the user's words.
#[test]
fn places_are_written_in_the_users_language() {
    let zh = import_report("tests/data/import/template-variants.xlsx", "zh");
    assert!(zh.contains("（表1改!K13）"), "{zh}");
    let zh = import_report(
        "tests/data/import/real/chizhou-guichi-tangxi-2022-weituo.txt",
        "zh",
    );
    assert!(zh.contains("（第 2 行第 26 格）"), "{zh}");
    let en = import_report(
        "tests/data/import/real/chizhou-guichi-tangxi-2022-weituo.txt",
        "en",
    );
    assert!(en.contains("(line 2, cell 26)"), "{en}");
}

/// A form from a Word document is placed by its table, row and column, as the user finds the
/// cell in Word — not by a row counted over the whole document (`document!D37`): the case
/// file keeps the stable `document#3!D16`, findings say it in the user's words (#16).
#[test]
fn word_cells_are_said_by_table_and_row() {
    let docx = "tests/data/import/arrived/docx-split.docx";
    let score = |lang: &str| {
        Test::new()
            .args(["--lang", lang, "score", "--rules", "rules/anhui-2023", docx])
            .output()
            .stdout
    };
    let zh = score("zh");
    // Scored straight from the document: no case file to point into after it (#16 F5).
    assert!(
        zh.contains("三级指标 · Word 文档第 3 个表格第 16 行第 4 列 提示[not-applicable]"),
        "{zh}"
    );
    let en = score("en");
    assert!(
        en.contains(" · Word document table 3, row 16, column 4 info[not-applicable]"),
        "{en}"
    );
    let json = Test::new()
        .args([
            "score",
            "--rules",
            "rules/anhui-2023",
            "--format",
            "json",
            docx,
        ])
        .output()
        .stdout;
    assert!(json.contains(r#""form_cell": "document#3!D16""#), "{json}");
    assert!(
        json.contains(r#""form_place": "Word document table 3, row 16, column 4""#),
        "{json}"
    );
}

/// The comments a user reads on opening an imported case file are in the language of the
/// import, as its notes: Chinese by default, English (as the shipped cases) with `--lang en`.
#[test]
fn case_file_comments_speak_the_language_of_the_import() {
    for (lang, origin, notes) in [
        (
            "zh",
            "# jixiao 案卷文件 — 导入自 tests/data/seed-2023-huainan.txt 的第 1 张表\n",
            "# 注：自评表下方所印的注，照录原文\n",
        ),
        (
            "en",
            "# jixiao case file — imported from tests/data/seed-2023-huainan.txt, form 1\n",
            "# 注: the notes printed under the form, as written\n",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        Test::new()
            .args(["--lang", lang, "import", "tests/data/seed-2023-huainan.txt"])
            .args(["--rules", "anhui-2023", "--out"])
            .arg(dir.path())
            .run();
        let text =
            std::fs::read_to_string(dir.path().join("2023-01-窗口人员月度考核奖.toml")).unwrap();
        assert!(text.starts_with(origin), "{lang}: {text}");
        assert!(text.contains(notes), "{lang}: {text}");
    }
}

/// How the whole input was read is said once, for the input, not again for its first form.
#[test]
fn a_gbk_page_says_its_encoding_once() {
    let zh = import_report("tests/data/import/template-page-gbk.html", "zh");
    assert_eq!(zh.matches("gb18030").count(), 1, "{zh}");
}

/// Every note the readers make on every form file is a catalog message all through (no
/// verbatim text, which would read the same in both languages): a `format!(…).into()` note
/// that slipped past the constructors' `Message` type fails here.
#[test]
fn every_import_note_comes_from_the_catalogs() {
    let mut verbatim = Vec::new();
    for file in form_files() {
        let name = file.display().to_string();
        let bytes = std::fs::read(&file).unwrap();
        let Ok((_, imported)) = jixiao::import::import(&name, &bytes, None) else {
            continue;
        };
        let notes = imported.forms.iter().flat_map(|f| &f.notes);
        for n in imported.problems.iter().chain(notes) {
            if !n.message.is_catalog() || !n.place().is_catalog() {
                verbatim.push(format!("{name}: {n}"));
            }
        }
    }
    assert!(verbatim.is_empty(), "{}", verbatim.join("\n"));
}

/// #16: a file that is empty, cut short, password-protected or text named `.docx` is refused
/// with what is wrong with it and what to do, in Chinese and in English; a library's text only
/// as a detail in backticks.
#[test]
fn damaged_files_are_refused_in_the_users_words() {
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().display().to_string();
    let mut report = String::new();
    for name in [
        "empty.xlsx",
        "cut-short.xlsx",
        "password.xlsx",
        "text-named.docx",
    ] {
        let file = format!("tests/data/import/damaged/{name}");
        for lang in ["zh", "en"] {
            let o = Test::new()
                .args(["--lang", lang, "import", "--out", &out_dir, &file])
                .output();
            assert_eq!(o.status, 2, "{file}: {}", o.stderr);
            report.push_str(&format!("--- {name} --lang {lang}\n{}\n", o.stderr));
        }
    }
    insta::assert_snapshot!(report);
}
