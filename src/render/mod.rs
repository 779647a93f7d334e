//! Stage: render. Turns outcomes into text: an aligned table (Chinese text counted by display
//! width), one JSON document, CSV, or Markdown; or into files: an xlsx workbook and a
//! self-contained HTML page. Pure functions returning strings or bytes; only the CLI prints or
//! writes them.

mod departments;
mod diff;
mod findings;
mod html;
mod json;
mod labels;
mod provenance;
mod table;
mod text;
mod watch;
mod xlsx;

pub use departments::{By, Department, Departments, FormFigures, NO_DEPARTMENT};
pub use diff::{change_list, changelog, diff_json, diff_markdown, diff_table, interaction_text};
pub use html::{diff_html, esc, html};
pub use json::JsonWriter;
pub use labels::{
    DEPARTMENT_COLUMNS, csv_header, department_header, department_title, finding_name, form_header,
    summary_header,
};
pub use provenance::provenance_table;
pub use table::{markdown, rule_sets, table};
pub(crate) use text::signed;
pub use text::{CSV_BOM, csv_row, display_width, truncate};
pub use watch::{MAX_CASES as WATCH_MAX_CASES, watch_body, watch_header};
pub use xlsx::{DEFAULT_SHEETS_UP_TO, Sheets, xlsx};

/// Output formats of `score`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned table for a terminal.
    Table,
    /// One JSON document with a `cases` array.
    Json,
    /// JSON Lines: one compact JSON object per case and line, no summary (for bulk runs and
    /// line-oriented tools).
    Jsonl,
    /// One row per case.
    Csv,
    /// CSV with one row per finding, for filtering in Excel: the form's file, project,
    /// department and unit, then the finding's severity, name and code, its indicator (level
    /// 1 / 2 / 3), the form's field, the cell, the message and the case-file place; a form
    /// with no findings has one row with these empty.
    CsvFindings,
    /// Markdown tables.
    Md,
    /// An xlsx workbook (needs `--out FILE`): a filterable summary sheet, then one sheet per
    /// form with the trace of every number and its findings.
    Xlsx,
    /// One self-contained HTML page (needs `--out FILE`) with every form's score sheet, each
    /// number linked to its trace, and a grade distribution chart.
    Html,
}

impl Format {
    /// True for formats written to a file (`--out`), not to a terminal.
    pub fn is_file(self) -> bool {
        matches!(self, Format::Xlsx | Format::Html)
    }

    /// True for outputs that end with the line naming the files not read, after their summary
    /// line (the table and Markdown); the others have it said on the terminal.
    pub fn ends_with_not_read(self) -> bool {
        matches!(self, Format::Table | Format::Md)
    }

    /// True for formats written case by case as they are scored (JSON, JSON Lines, CSV); the
    /// others need every case before they can write.
    pub fn streams(self) -> bool {
        matches!(
            self,
            Format::Json | Format::Jsonl | Format::Csv | Format::CsvFindings
        )
    }
}

/// How a report is laid out beyond its format: `--explain`, `--by`, `--sheets`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Layout {
    /// Each case's indicators and the trace of every number (table).
    pub explain: bool,
    /// A summary grouped by department (table, Markdown, JSON, HTML; the xlsx report always
    /// has it).
    pub by: Option<By>,
    /// The xlsx report's per-form sheets.
    pub sheets: Sheets,
}

/// One case rendered for a streamed output (JSON, CSV), with what the JSON summary counts of
/// it. Cases are rendered on their own, in parallel, and written in order.
#[derive(Debug)]
pub struct Part {
    /// The case's text in the output.
    pub bytes: Vec<u8>,
    /// Whether the case has error findings.
    pub errors: bool,
    /// How many findings the case has.
    pub findings: usize,
    /// What the case adds to the department summary, when one is asked for.
    pub figures: Option<FormFigures>,
}

/// One case's part of a streamed output ([`Format::streams`]); the other formats have no
/// parts (empty bytes): they are written from the outcomes at the end. With `by`, the part
/// carries what the case adds to the department summary.
pub fn part(format: Format, o: &crate::outcome::Outcome, by: Option<By>) -> Part {
    let figures = by.map(|_| FormFigures::of(o));
    let bytes = match format {
        Format::Json => {
            return Part {
                figures,
                ..json::part(o)
            };
        }
        Format::Jsonl => json::line(o),
        Format::Csv => csv_row(o).into_bytes(),
        Format::CsvFindings => findings::csv_rows(o).into_bytes(),
        Format::Table | Format::Md | Format::Xlsx | Format::Html => Vec::new(),
    };
    Part {
        bytes,
        errors: o.has_errors(),
        findings: o.findings.len(),
        figures,
    }
}

/// Writes outcomes chunk by chunk in one format. JSON and CSV stream; the table and Markdown
/// need every row for their column widths and are written at the end.
#[derive(Debug)]
pub struct Writer {
    format: Format,
    layout: Layout,
    json: JsonWriter,
    csv_header: bool,
    kept: Vec<crate::outcome::Outcome>,
    /// The files of the run that were not read as forms: listed by the table, Markdown, JSON,
    /// HTML and xlsx (tester s17s F6).
    not_read: Vec<crate::diagnostic::NotRead>,
    /// The paths the run was given, which the end line names the files not read against.
    given: Vec<std::path::PathBuf>,
}

impl Writer {
    /// A writer for a format.
    pub fn new(format: Format, layout: Layout) -> Writer {
        Writer {
            format,
            layout,
            json: JsonWriter::new(layout.by),
            csv_header: false,
            kept: Vec::new(),
            not_read: Vec::new(),
            given: Vec::new(),
        }
    }

    /// The files of the run not read as forms, for the output's end (set before
    /// [`Writer::finish`]): the CSV formats end with a row for each (tester s21 B4) and
    /// JSON Lines with a line for each (s23), the others list them in their own way.
    pub fn not_read(&mut self, files: Vec<crate::diagnostic::NotRead>) {
        self.not_read = files;
    }

    /// The paths the run was given: the table's end line names the files not read relative
    /// to them; the reports keep each path as the walk found it.
    pub fn given(self, paths: &[std::path::PathBuf]) -> Writer {
        Writer {
            given: paths.to_vec(),
            ..self
        }
    }

    /// Writes the next outcomes; formats written at the end keep them instead. (`score`
    /// renders streamed formats on its workers with [`part`] and writes them with
    /// [`Writer::push_parts`]; this renders them here.)
    pub fn push(
        &mut self,
        outcomes: Vec<crate::outcome::Outcome>,
        w: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        if self.format.streams() {
            let parts: Vec<Part> = outcomes
                .iter()
                .map(|o| part(self.format, o, self.layout.by))
                .collect();
            return self.push_parts(&parts, w);
        }
        self.kept.extend(outcomes);
        Ok(())
    }

    /// Writes the next cases of a streamed format, rendered by [`part`], in order.
    pub fn push_parts(
        &mut self,
        parts: &[Part],
        w: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        match self.format {
            Format::Json => return self.json.write_parts(parts, w),
            Format::Csv | Format::CsvFindings if !self.csv_header => {
                self.csv_header = true;
                self.write_csv_header(w)?;
            }
            _ => {}
        }
        for p in parts {
            w.write_all(&p.bytes)?;
        }
        Ok(())
    }

    /// The byte-order mark and the header line of a CSV format.
    fn write_csv_header(&self, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        w.write_all(CSV_BOM.as_bytes())?;
        match self.format {
            Format::CsvFindings => w.write_all(findings::csv_header().as_bytes()),
            _ => w.write_all(csv_header().as_bytes()),
        }
    }

    /// Writes the rest of the output.
    pub fn finish(&mut self, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        match self.format {
            Format::Json => self.json.finish(&self.not_read, w),
            Format::Csv | Format::CsvFindings => {
                if !self.csv_header {
                    self.csv_header = true;
                    self.write_csv_header(w)?;
                }
                for f in &self.not_read {
                    let row = match self.format {
                        Format::CsvFindings => findings::csv_not_read_row(f),
                        _ => text::csv_not_read_row(f),
                    };
                    w.write_all(row.as_bytes())?;
                }
                Ok(())
            }
            Format::Jsonl => {
                for f in &self.not_read {
                    w.write_all(&json::not_read_line(f))?;
                }
                Ok(())
            }
            Format::Table => {
                w.write_all(table(&self.kept, self.layout).as_bytes())?;
                self.write_not_read_line(w)
            }
            Format::Md => {
                w.write_all(markdown(&self.kept, self.layout.by).as_bytes())?;
                self.write_not_read_line(w)
            }
            Format::Xlsx => {
                let bytes = xlsx(&self.kept, self.layout.sheets, &self.not_read).map_err(|e| {
                    let error = e.to_string();
                    std::io::Error::other(
                        crate::i18n::msg!("export-cannot-build", error = error).to_string(),
                    )
                })?;
                w.write_all(&bytes)
            }
            Format::Html => {
                let page = html(&self.kept, self.layout.by, &self.not_read);
                w.write_all(page.as_bytes())
            }
        }
    }

    /// The line naming the files not read, after the summary line of the table or Markdown.
    fn write_not_read_line(&self, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        match crate::diagnostic::NotRead::summary(&self.not_read, &self.given) {
            Some(line) => writeln!(w, "{line}"),
            None => Ok(()),
        }
    }
}

/// The note on a form's sheet scored under a what-if (`--points rules`): which basis its
/// self-score column is on, and that the form's own total is not set against the computed one
/// (tester s15r N8).
fn what_if_form(o: &crate::outcome::Outcome) -> String {
    let total = o
        .reported_total
        .map_or_else(|| "—".to_owned(), |t| t.normalize().to_string());
    crate::i18n::msg!("report-what-if-form", total = total).to_string()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// Outcomes pushed to a writer come out as the parts `score` renders on its workers.
    #[test]
    fn pushed_outcomes_write_as_their_parts() {
        let rules = crate::pipeline::load_rule_set(std::path::Path::new("rules/anhui-2023"))
            .unwrap()
            .value
            .unwrap();
        let outcomes: Vec<crate::outcome::Outcome> =
            crate::load::case_files(&["cases/huainan-2023".into()])
                .unwrap()
                .iter()
                .map(|p| crate::pipeline::load_case(p).unwrap().value.unwrap())
                .map(|c| crate::evaluate::evaluate(&rules, &c, Default::default()))
                .collect();
        for format in [
            Format::Json,
            Format::Jsonl,
            Format::Csv,
            Format::CsvFindings,
        ] {
            let (mut pushed, mut parted) = (Vec::new(), Vec::new());
            let layout = Layout {
                by: Some(By::Department),
                ..Layout::default()
            };
            let mut w = Writer::new(format, layout);
            w.push(outcomes.clone(), &mut pushed).unwrap();
            w.finish(&mut pushed).unwrap();
            let parts: Vec<Part> = outcomes
                .iter()
                .map(|o| part(format, o, layout.by))
                .collect();
            let mut w = Writer::new(format, layout);
            w.push_parts(&parts, &mut parted).unwrap();
            w.finish(&mut parted).unwrap();
            assert!(pushed.len() > 1000, "{format:?}");
            assert_eq!(pushed, parted, "{format:?}");
        }
    }
}
