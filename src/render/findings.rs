//! One row per finding (#16 item 1): `--format csv-findings` and the xlsx report's 发现明细
//! sheet. The per-form CSV names only the kinds of finding a form has (its 发现 column); a
//! finance officer filtering in Excel needs each finding on its own row, with the indicator
//! (level 1 / 2 / 3), the form's own field, the cell and what is wrong, so that a filter on
//! 一级指标 or 发现 shows exactly those findings. A form's import notes have rows of the same
//! columns, named 导入说明 with their place on the form (#16): after the form's findings in the
//! CSV, on a sheet of their own in the xlsx report (tester s11c H3).

use crate::i18n::msg;
use crate::outcome::{Finding, FormNote, Outcome};

/// How many columns a finding adds after the form's four ([`header`]).
pub const FINDING_COLUMNS: usize = 10;

/// The columns of a finding row: the form's file, project, department and unit (the per-form
/// CSV's first columns, same headers), then the finding's [`FINDING_COLUMNS`].
pub fn header() -> Vec<String> {
    [
        msg!("label-file"),
        msg!("label-project"),
        msg!("label-department"),
        msg!("label-unit"),
        msg!("label-severity"),
        msg!("label-finding"),
        msg!("label-finding-code"),
        msg!("label-level1"),
        msg!("label-level2"),
        msg!("label-level3"),
        msg!("label-form-field"),
        msg!("label-form-cell"),
        msg!("label-description"),
        msg!("label-case-place"),
    ]
    .iter()
    .map(ToString::to_string)
    .collect()
}

/// A finding's cells in the order of [`header`] after the form's four: severity in words,
/// the finding's name, its code, level 1, level 2, level 3 (empty for a finding not about an
/// indicator), the form's field (`实际完成值`, `年度资金总额 · 全年执行数`), the cell it was read
/// from (`表3!F14`, `Word 文档第 2 个表格第 7 行第 3 列`, `forms.txt 第 12 行第 3 格`; empty for a
/// case file written by hand), the message, and the case-file place (`file:line:column`).
pub fn cells(f: &Finding) -> [String; FINDING_COLUMNS] {
    let at = f.location.location();
    let (level1, level2, level3) = match at.indicator {
        Some(i) => (i.level1, i.level2, i.level3),
        None => Default::default(),
    };
    [
        f.severity.word().to_string(),
        crate::outcome::words::finding_name(f.code.as_str()),
        f.code.as_str().to_owned(),
        level1,
        level2,
        level3,
        at.form_field.unwrap_or_default(),
        at.form_place.or(at.form_cell).unwrap_or_default(),
        f.message.to_string(),
        // None on a form scored straight from its input: it has no case file (#16 F5).
        at.at.map(|at| at.to_string()).unwrap_or_default(),
    ]
}

/// An import note's cells in the order of [`header`] after the form's four: severity in
/// words, `导入说明`, its code (`import::guessed`), no indicator or field, the place on the
/// form as the note names it (`第 3 行第 5 格`, `表3!F14`), the note's kind and text
/// (`推测：…`), and no case-file place (the note is about the form, not a line of the case).
pub fn note_cells(n: &FormNote) -> [String; FINDING_COLUMNS] {
    [
        n.severity().word().to_string(),
        msg!("label-import-note").to_string(),
        n.code().as_str().to_owned(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        n.place_text(),
        n.message().to_string(),
        String::new(),
    ]
}

/// A form's rows after its four columns: one per finding, in the order they were raised,
/// then one per import note.
pub fn rows(o: &Outcome) -> impl Iterator<Item = [String; FINDING_COLUMNS]> + '_ {
    finding_rows(o).chain(note_rows(o))
}

/// A form's findings, one row each after its four columns, in the order they were raised.
pub fn finding_rows(o: &Outcome) -> impl Iterator<Item = [String; FINDING_COLUMNS]> + '_ {
    o.findings.iter().map(cells)
}

/// A form's import notes, one row each after its four columns, in the importer's order.
pub fn note_rows(o: &Outcome) -> impl Iterator<Item = [String; FINDING_COLUMNS]> + '_ {
    o.import_notes.iter().map(|n| note_cells(&n))
}

/// A form's rows of `--format csv-findings`, each with its newline: one per finding, in the
/// order the form's findings were raised, then one per import note; a form with neither has
/// one row with the finding's columns empty, so that every form scored is in the file.
pub fn csv_rows(o: &Outcome) -> String {
    let mut out = String::new();
    let shown = o.shown();
    let form = [
        shown.as_str(),
        o.project.as_ref(),
        o.department.as_ref(),
        o.unit.as_ref(),
    ];
    let mut row = |finding: &[String]| {
        let fields = form
            .iter()
            .copied()
            .chain(finding.iter().map(String::as_str));
        for (i, field) in fields.enumerate() {
            if i > 0 {
                out.push(',');
            }
            super::text::push_csv_field(&mut out, field);
        }
        out.push('\n');
    };
    if o.findings.is_empty() && o.import_notes.is_empty() {
        row(&<[String; FINDING_COLUMNS]>::default());
    }
    for cells in rows(o) {
        row(&cells);
    }
    out
}

/// A file of the run not read as forms, as a row of `--format csv-findings` with its newline
/// (tester s21 B4): the file, no project, the finding named 未读取的文件 with the code that
/// said so (`import::refused`) and why; the other columns empty.
pub fn csv_not_read_row(f: &crate::diagnostic::NotRead) -> String {
    let name = msg!("not-read-title").to_string();
    let reason = f.reason.to_string();
    let mut fields = [""; 4 + FINDING_COLUMNS];
    fields[0] = &f.file;
    fields[5] = &name;
    fields[6] = f.code;
    fields[12] = &reason;
    let mut line = String::with_capacity(128);
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        super::text::push_csv_field(&mut line, field);
    }
    line.push('\n');
    line
}

/// The header line of `--format csv-findings`, with its newline.
pub fn csv_header() -> String {
    let mut line = String::new();
    for (i, h) in header().iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        super::text::push_csv_field(&mut line, h);
    }
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn outcome(case: &str, rules: &str) -> Outcome {
        let rules = crate::pipeline::load_rule_set(std::path::Path::new(rules))
            .unwrap()
            .value
            .unwrap();
        let case = crate::pipeline::load_case(std::path::Path::new(case))
            .unwrap()
            .value
            .unwrap();
        crate::evaluate::evaluate(&rules, &case, Default::default())
    }

    /// Every row has the header's columns; a finding about an indicator names its three
    /// levels and the form's field, one about the funds names the funds row.
    #[test]
    fn each_finding_is_a_row_naming_its_indicator_and_field() {
        let o = outcome(
            "cases/constructed-edge/edge-06-超支与文字矛盾.toml",
            "rules/anhui-2023",
        );
        assert!(!o.findings.is_empty());
        let csv = csv_rows(&o);
        assert_eq!(csv.lines().count(), o.findings.len(), "{csv}");
        for line in csv.lines() {
            assert_eq!(line.matches(',').count(), header().len() - 1, "{line}");
        }
        let on_indicator = o
            .findings
            .iter()
            .find(|f| f.location.location().indicator.is_some())
            .unwrap();
        let c = cells(on_indicator);
        let name = on_indicator.location.location().indicator.unwrap();
        assert_eq!(
            (&c[3], &c[4], &c[5]),
            (&name.level1, &name.level2, &name.level3)
        );
        assert!(!c[6].is_empty(), "{c:?}");
    }

    /// A file not read is a row of the header's columns: its file, the finding named 未读取的
    /// 文件 with its code, and the reason under 说明 (tester s21 B4).
    #[test]
    fn a_file_not_read_is_a_row_of_the_headers_columns() {
        let f = crate::diagnostic::NotRead {
            file: "a.docx".into(),
            code: "import::refused",
            reason: crate::i18n::Message::verbatim("空白表样"),
        };
        let row = csv_not_read_row(&f);
        let fields: Vec<&str> = row.trim_end().split(',').collect();
        let header = header();
        assert_eq!(fields.len(), header.len());
        assert_eq!(header[12], msg!("label-description").to_string());
        assert_eq!(header[6], msg!("label-finding-code").to_string());
        assert_eq!(
            (fields[0], fields[6], fields[12]),
            ("a.docx", "import::refused", "空白表样")
        );
    }

    /// A form with no findings is one row whose finding columns are empty.
    #[test]
    fn a_form_without_findings_is_one_row() {
        let mut o = outcome(
            "cases/constructed-edge/edge-06-超支与文字矛盾.toml",
            "rules/anhui-2023",
        );
        o.findings.clear();
        let csv = csv_rows(&o);
        assert_eq!(csv.lines().count(), 1);
        assert!(
            csv.ends_with(&format!("{}\n", ",".repeat(FINDING_COLUMNS))),
            "{csv}"
        );
        assert_eq!(csv.matches(',').count(), header().len() - 1, "{csv}");
    }
}
