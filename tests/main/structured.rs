//! #15 / #18: structured sources as departments send them — the standard template in Excel
//! (.xlsx and .xls) with merged labels, numbers as numbers, extra columns, hidden sheets,
//! formulas; GBK text; hostile workbooks (a far cell, a zip bomb). Each imports and scores
//! like its plain twin, and every guess or skip is a note naming the cell.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use jixiao::evaluate::{Options, evaluate};
use jixiao::import::{self, InputFormat};
use jixiao::source::SourceFile;
use std::io::Write;
use std::path::PathBuf;

fn data(name: &str) -> PathBuf {
    common::root().join("tests/data/import").join(name)
}

fn import_bytes(name: &str, bytes: &[u8]) -> (InputFormat, import::Import) {
    import::import(
        &format!("tests/data/import/{name}"),
        bytes,
        Some("anhui-2023"),
    )
    .unwrap()
}

fn import_file(name: &str) -> (InputFormat, import::Import) {
    import_bytes(name, &std::fs::read(data(name)).unwrap())
}

/// Per form: project, computed total, reported total, execution rate and score.
fn scores(import: &import::Import) -> Vec<String> {
    let rules = common::rules("anhui-2023");
    import
        .forms
        .iter()
        .map(|f| {
            let source = SourceFile::new(f.file_name.clone(), f.toml.clone());
            let case = jixiao::validate::case::validate(&source).value.unwrap();
            let o = evaluate(&rules, &case, Options::default());
            format!(
                "{} {} / {} execution {}% → {}",
                o.project,
                o.total.map(|d| d.to_string()).unwrap_or_default(),
                o.reported_total.map(|d| d.to_string()).unwrap_or_default(),
                o.execution
                    .rate
                    .map(|d| d.normalize().to_string())
                    .unwrap_or_default(),
                o.execution.score
            )
        })
        .collect()
}

const TEMPLATE_SCORES: [&str; 2] = [
    "城乡居民医保参保补助项目 95.8 / 95.8 execution 95% → 10",
    "公共图书馆免费开放补助 94.76 / 94.76 execution 80% → 8",
];

#[test]
fn standard_template_scores_as_its_readme_says() {
    let (format, imported) = import_file("standard-template-example.xlsx");
    assert_eq!(format, InputFormat::Xlsx);
    assert_eq!(scores(&imported), TEMPLATE_SCORES);
    insta::assert_snapshot!("standard_template", common::import_summary(&imported));
    insta::assert_snapshot!(
        "standard_template_case_1",
        imported.forms.first().unwrap().toml
    );
}

#[test]
fn standard_template_scores_like_its_text_twin() {
    let (_, book) = import_file("standard-template-example.xlsx");
    let (format, text) = import_file("standard-template-twin.txt");
    assert_eq!(format, InputFormat::SeedText);
    assert_eq!(scores(&text), scores(&book));
}

#[test]
fn xls_reads_like_xlsx() {
    let (format, imported) = import_file("standard-template.xls");
    assert_eq!(format, InputFormat::Xls);
    assert_eq!(scores(&imported), TEMPLATE_SCORES[..1]);
}

/// #15: an .xls whose percentages are stored as Excel stores a typed percentage — a fraction
/// under a percent format (`0.00%`, `0%` built in; `0.0%` a custom FORMAT record) — reads
/// them as the percentages shown, as an .xlsx does: no rate guessed back as a percent, no
/// actual read as a proportion of its target's percent, no `import-guessed`. calamine gives
/// no cell formats for .xls; they are read from the workbook's XF records.
#[test]
fn xls_percent_cells_read_as_the_percentage_shown() {
    let (format, imported) = import_file("xls-percent.xls");
    assert_eq!(format, InputFormat::Xls);
    assert_eq!(scores(&imported), TEMPLATE_SCORES);
    let report = common::import_summary(&imported);
    assert!(!report.contains("guessed"), "{report}");
    let [first, second] = imported.forms.as_slice() else {
        panic!("{report}")
    };
    for (form, cells) in [
        (
            first,
            ["rate = \"95%\"", "actual = \"100%\"", "actual = \"98%\""],
        ),
        (
            second,
            ["rate = \"80%\"", "actual = \"96%\"", "actual = \"45场\""],
        ),
    ] {
        for cell in cells {
            assert!(form.toml.contains(cell), "{cell}\n{}", form.toml);
        }
        assert!(!form.toml.contains("0.9"), "{}", form.toml);
    }
    let rules = common::rules("anhui-2023");
    for f in &imported.forms {
        let source = SourceFile::new(f.file_name.clone(), f.toml.clone());
        let case = jixiao::validate::case::validate(&source).value.unwrap();
        let o = evaluate(&rules, &case, Options::default());
        let codes: Vec<&str> = o.findings.iter().map(|f| f.code.as_str()).collect();
        assert!(
            !codes.contains(&"import-guessed") && !codes.contains(&"unit-assumed"),
            "{codes:?}"
        );
    }
}

#[test]
fn template_variants_extra_column_stacked_hidden_formulas() {
    let (_, imported) = import_file("template-variants.xlsx");
    let [first, second] = TEMPLATE_SCORES;
    let got = scores(&imported);
    assert_eq!(got.get(..3).unwrap(), [first, second, first]);
    // The formula with no cached value leaves the reported total blank — and says so.
    assert_eq!(
        got.get(3).unwrap(),
        "公共图书馆免费开放补助 94.76 /  execution 80% → 8"
    );
    let report = common::import_summary(&imported);
    assert!(
        report.contains(
            "隐藏!A1: the form in the hidden sheet \"隐藏\" (\"城乡居民医保参保补助项目\") names the \
             same project as a form on screen: taken as an old version or a copy, not scored"
        ),
        "{report}"
    );
    assert!(report.contains("未计算!H21: the formula `=SUM(H13:H20)` has no saved value"));
    // The department's 备注 column is said once, with what it holds (tester s9 F4).
    assert!(report.contains(
        "表1改!K13: column K (\"备注\") is a remarks column a department added, which the case \
         file has no place for: its 1 cell(s) are not imported and take no part in the scores: \
         \"已核实\""
    ));
    let last = imported.forms.get(3).unwrap();
    assert!(last.toml.contains("has no saved value"), "{}", last.toml);
    insta::assert_snapshot!("template_variants", report);
}

/// Rewrites one entry of a zip (an .xlsx) with `edit`.
fn rezip(bytes: &[u8], entry: &str, edit: impl Fn(String) -> String) -> Vec<u8> {
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zin.len() {
        let mut f = zin.by_index(i).unwrap();
        let name = f.name().unwrap().into_owned();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut f, &mut data).unwrap();
        if name == entry {
            data = edit(String::from_utf8(data).unwrap()).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn a_cell_at_xfd1048576_costs_one_row_not_the_sheet() {
    // #18 item 1: this allocated 512 GiB before sheets were read sparsely.
    let template = std::fs::read(data("standard-template-example.xlsx")).unwrap();
    let far = r#"<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>"#;
    let bytes = rezip(&template, "xl/worksheets/sheet1.xml", |xml| {
        xml.replace("</sheetData>", &format!("{far}</sheetData>"))
    });
    let (_, imported) = import_bytes("far-cell.xlsx", &bytes);
    assert_eq!(scores(&imported), TEMPLATE_SCORES);
    // The stray cell sits below 总分: kept as a note under the form, not lost.
    let first = imported.forms.first().unwrap();
    assert!(first.toml.contains("  \"x\","), "{}", first.toml);
}

#[test]
fn a_zip_bomb_is_refused_with_the_limit() {
    // 130 MB of XML packed into a small file: refused before any reader unpacks it.
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    out.start_file("xl/workbook.xml", options).unwrap();
    out.write_all(b"<workbook/>").unwrap();
    out.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    let block = vec![b' '; 1 << 20];
    for _ in 0..130 {
        out.write_all(&block).unwrap();
    }
    let bomb = out.finish().unwrap().into_inner();
    assert!(bomb.len() < 1 << 20, "{} bytes", bomb.len());
    let err = import::import("bomb.xlsx", &bomb, None).unwrap_err();
    assert!(
        err.contains("`xl/worksheets/sheet1.xml` inside the file unpacks to more than 128 MB"),
        "{err}"
    );
}

#[test]
fn gbk_text_imports_and_scores_like_utf8() {
    let utf8 = std::fs::read_to_string(data("standard-template-twin.txt")).unwrap();
    let (gbk, _, lossy) = encoding_rs::GBK.encode(&utf8);
    assert!(!lossy);
    assert!(std::str::from_utf8(&gbk).is_err());
    let (format, from_gbk) = import_bytes("twin-gbk.txt", &gbk);
    let (_, from_utf8) = import_bytes("twin-gbk.txt", utf8.as_bytes());
    assert_eq!(format, InputFormat::SeedText);
    assert_eq!(scores(&from_gbk), scores(&from_utf8));
    for (a, b) in from_gbk.forms.iter().zip(&from_utf8.forms) {
        let note = "recognised at line 1: the file is not UTF-8; read as GB18030 (GBK) text";
        assert!(a.toml.contains(note), "{}", a.toml);
        let without: String = a
            .toml
            .lines()
            .filter(|l| !l.contains(note))
            .map(|l| format!("{l}\n"))
            .collect();
        let plain: String = b.toml.lines().map(|l| format!("{l}\n")).collect();
        assert_eq!(without.replace("import_notes = [\n]\n", ""), plain);
    }
}

#[test]
fn gbk_case_and_rule_files_say_how_to_resave() {
    let utf8 = std::fs::read_to_string(common::seed_file(1)).unwrap();
    let (line, column) = utf8
        .lines()
        .enumerate()
        .find_map(|(i, l)| {
            l.chars()
                .position(|c| !c.is_ascii())
                .map(|c| (i + 1, c + 1))
        })
        .unwrap();
    let (gbk, _, _) = encoding_rs::GBK.encode(&utf8);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gbk.toml");
    std::fs::write(&path, &gbk).unwrap();
    let err = jixiao::pipeline::load_case(&path).unwrap_err().to_string();
    assert!(
        err.contains(&format!(
            "the file is GBK/GB18030 text (the encoding of Chinese Windows tools), not UTF-8 (first other byte at line {line}, column {column})"
        )),
        "{err}"
    );
    assert!(err.contains("re-save it as UTF-8"), "{err}");
    std::fs::create_dir(dir.path().join("r")).unwrap();
    std::fs::write(dir.path().join("r/rules.toml"), b"id = \"\xd5\xfe\"\n").unwrap();
    let err = jixiao::pipeline::load_rule_set(&dir.path().join("r"))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("GBK/GB18030") && err.contains("line 1, column 7"),
        "{err}"
    );
}

#[test]
fn word_document_tables_read_like_the_workbook() {
    let (format, imported) = import_file("template.docx");
    assert_eq!(format, InputFormat::Docx);
    assert_eq!(scores(&imported), TEMPLATE_SCORES);
    insta::assert_snapshot!("docx", common::import_summary(&imported));
}

/// #15: a Word document with a table under each form that is no part of it — a 联系人/签字
/// table (填报单位(盖章), 填表人, 联系电话, 单位负责人(签字), 填报日期) and a 填报说明 table
/// (`make_docx_tables.py`) — reads both forms as the workbook does; the two tables are left
/// out with one note for the document, not charged to the forms as cells that fit no shape.
#[test]
fn word_tables_under_the_forms_are_no_part_of_them() {
    let (format, imported) = import_file("template-after-tables.docx");
    assert_eq!(format, InputFormat::Docx);
    assert_eq!(scores(&imported), TEMPLATE_SCORES);
    let report = common::import_summary(&imported);
    for form in &imported.forms {
        assert!(form.notes.is_empty(), "{report}");
        for text in ["联系电话", "填报说明", "0554-6661234", "2024年3月15日"] {
            assert!(!form.toml.contains(text), "{text}: {}", form.toml);
        }
    }
    let skipped: Vec<_> = imported
        .problems
        .iter()
        .filter(|n| n.message.id() == Some("import-skipped-document-tables"))
        .collect();
    assert_eq!(skipped.len(), 1, "{report}");
    // The forms read as from the document without those tables.
    let (_, plain) = import_file("template.docx");
    let body = |toml: &str| toml.split_once("[header]").unwrap().1.to_owned();
    for (a, b) in imported.forms.iter().zip(&plain.forms) {
        assert_eq!(
            body(&a.toml)
                .lines()
                .filter(|l| !l.starts_with("cells"))
                .collect::<Vec<_>>(),
            body(&b.toml)
                .lines()
                .filter(|l| !l.starts_with("cells"))
                .collect::<Vec<_>>()
        );
    }
    insta::assert_snapshot!("docx_after_tables", report);
}

#[test]
fn web_page_tables_read_like_the_workbook() {
    for name in ["template-page.html", "template-page-gbk.html"] {
        let (format, imported) = import_file(name);
        assert_eq!(format, InputFormat::Html, "{name}");
        assert_eq!(scores(&imported), TEMPLATE_SCORES, "{name}");
    }
    let (_, gbk) = import_file("template-page-gbk.html");
    let report = common::import_summary(&gbk);
    assert!(
        report.contains("the page declares charset=gb2312; read as gb18030 text"),
        "{report}"
    );
    assert!(gbk.forms.iter().all(|f| f.toml.contains("charset=gb2312")));
    insta::assert_snapshot!(
        "html",
        common::import_summary(&import_file("template-page.html").1)
    );
}

/// #16 item 2: a finding on a form imported from a workbook names its indicator, the form's
/// own field and the workbook cell before the case-file line — in the table, Markdown, HTML,
/// JSON and xlsx outputs.
#[test]
fn findings_on_an_imported_workbook_name_indicator_field_and_cell() {
    let (_, imported) = import_file("standard-template-example.xlsx");
    let form = imported.forms.first().unwrap();
    assert!(form.toml.contains(r#"actual = "表1!F13""#), "{}", form.toml);
    assert!(form.toml.contains(r#"score = "表1!H20""#), "{}", form.toml);
    // The department's self-score of 指标1:资助参保人数 read 18 instead of 19: a mismatch.
    let toml = form.toml.replacen("score = \"19\"", "score = \"18\"", 1);
    let source = SourceFile::new("表1.toml", toml);
    let case = jixiao::validate::case::validate(&source).value.unwrap();
    let o = evaluate(&common::rules("anhui-2023"), &case, Options::default());
    let mismatch = o
        .findings
        .iter()
        .find(|f| f.code == "score-mismatch")
        .unwrap();
    assert_eq!(
        mismatch.location.on_form().as_deref(),
        Some("产出指标 / 数量指标 / 指标1:资助参保人数 · 得分 · 表1!H13")
    );
    let outcomes = vec![o];
    let finding_lines = |text: &str, marker: &str| -> String {
        text.lines()
            .filter(|l| l.contains(marker))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let table = jixiao::render::table(&outcomes, jixiao::render::Layout::default());
    let markdown = jixiao::render::markdown(&outcomes, None);
    let html = jixiao::render::html(&outcomes, None, &[]);
    let json: Vec<String> = outcomes[0]
        .findings
        .iter()
        .map(|f| serde_json::to_string(&f.location).unwrap())
        .collect();
    let bytes = jixiao::render::xlsx(&outcomes, jixiao::render::Sheets::All, &[]).unwrap();
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    use calamine::Reader;
    let mut xlsx_rows = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        let mut in_findings = false;
        for row in range.rows() {
            let mut cells: Vec<String> = row.iter().map(|c| c.to_string()).collect();
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            if cells.first().is_some_and(|c| c == "发现代码") {
                in_findings = true;
            }
            if in_findings {
                xlsx_rows.push(cells.join(" | "));
            }
        }
    }
    insta::assert_snapshot!(
        "findings_on_the_form",
        format!(
            "table:\n{}\n\nmarkdown:\n{}\n\nhtml:\n{}\n\njson:\n{}\n\nxlsx:\n{}\n",
            finding_lines(&table, "[score-mismatch]"),
            finding_lines(&markdown, "`score-mismatch`"),
            finding_lines(
                &html,
                "title=\"score-mismatch\">score-mismatch</span> reported"
            ),
            json.join("\n"),
            xlsx_rows.join("\n")
        )
    );
}

/// #15 item 2: a deadline typed into Excel as a date (a serial number with a date format) is
/// read as the date it shows, with a note; a plain number stays a number. The date then scores
/// against a month deadline at its month: in time, or late.
#[test]
fn excel_date_cells_read_as_dates() {
    let (_, imported) = import_file("dates.xlsx");
    let form = imported.forms.first().unwrap();
    assert!(
        form.toml.contains("actual = \"2023年11月20日\""),
        "{}",
        form.toml
    );
    assert!(form.toml.contains("full_year_budget = \"120\""));
    assert!(form.toml.contains(
        "recognised at 表1!F15: the cell holds a date (stored as the number 45250 with a date format); read as 2023年11月20日"
    ));
    let rules = common::rules("anhui-2023");
    let score_of = |toml: &str| {
        let source = SourceFile::new("dates.toml", toml.to_owned());
        let case = jixiao::validate::case::validate(&source).value.unwrap();
        let o = evaluate(&rules, &case, Options::default());
        let ind = o
            .indicators
            .iter()
            .find(|i| i.level3.contains("资金拨付及时性"))
            .unwrap();
        (ind.score, ind.method.name())
    };
    assert_eq!(score_of(&form.toml), (common::d("10"), "all_or_nothing"));
    let late = form.toml.replace("2023年11月20日\"", "2023年12月1日\"");
    assert_eq!(score_of(&late), (common::d("0"), "all_or_nothing"));
}

/// #15 item 3: a date with a time of day in a 时效 cell — an Excel date-time cell, or text
/// written `2023-12-31 12:00`, `2023年12月31日 12:00` — is read at its day (a note on the cell,
/// a trace step saying the time is left out), and scores against a day deadline: in time on
/// the day itself, late the day after.
#[test]
fn dates_with_times_read_at_their_day() {
    let (_, imported) = import_file("date-times.xlsx");
    let form = imported.forms.first().unwrap();
    assert!(
        form.toml.contains("actual = \"2023年11月30日 12:00\""),
        "{}",
        form.toml
    );
    assert!(form.toml.contains("read as 2023年11月30日 12:00"));
    let rules = common::rules("anhui-2023");
    let scored = |toml: &str| {
        let source = SourceFile::new("date-times.toml", toml.to_owned());
        let case = jixiao::validate::case::validate(&source).value.unwrap();
        let o = evaluate(
            &rules,
            &case,
            Options {
                trace: true,
                ..Options::default()
            },
        );
        let ind = o
            .indicators
            .iter()
            .find(|i| i.level3.contains("资金拨付及时性"))
            .unwrap()
            .clone();
        let trace: Vec<String> = ind.trace.iter().map(|s| s.text.to_string()).collect();
        (ind.score, ind.method.name(), trace.join("\n"))
    };
    let (score, method, trace) = scored(&form.toml);
    assert_eq!(
        (score, method),
        (common::d("10"), "all_or_nothing"),
        "{trace}"
    );
    assert!(trace.contains("the time 12:00 is left out"), "{trace}");
    for (actual, points) in [
        ("2023-11-30 23:59", "10"),
        ("2023年11月30日 8:30", "10"),
        ("2023/11/30", "10"),
        ("2023-12-01 00:00", "0"),
        ("2023年12月1日 08:00", "0"),
    ] {
        let toml = form.toml.replace(
            "actual = \"2023年11月30日 12:00\"",
            &format!("actual = \"{actual}\""),
        );
        let (score, method, trace) = scored(&toml);
        assert_eq!(
            (score, method),
            (common::d(points), "all_or_nothing"),
            "{actual}: {trace}"
        );
    }
}
