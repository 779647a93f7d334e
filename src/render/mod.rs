//! Stage: render. Turns outcomes into text: an aligned table (Chinese text counted by display
//! width), one JSON document, CSV, or Markdown; or into files: an xlsx workbook and a
//! self-contained HTML page. Pure functions returning strings or bytes; only the CLI prints or
//! writes them.

mod diff;
mod html;
mod json;
mod table;
mod text;
mod watch;
mod xlsx;

pub use diff::{change_list, changelog, diff_json, diff_markdown, diff_table};
pub use html::{diff_html, esc, html};
pub use json::{JsonWriter, json};
pub use table::{markdown, table};
pub use text::{csv, display_width, truncate};
pub use watch::{watch_body, watch_header};
pub use xlsx::{FORM_HEADER, SUMMARY_HEADER, xlsx};

/// Output formats of `score`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned table for a terminal.
    Table,
    /// One JSON document with a `cases` array.
    Json,
    /// One row per case.
    Csv,
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
}

/// Writes outcomes chunk by chunk in one format. JSON and CSV stream; the table and Markdown
/// need every row for their column widths and are written at the end.
#[derive(Debug)]
pub struct Writer {
    format: Format,
    explain: bool,
    json: JsonWriter,
    csv_header: bool,
    kept: Vec<crate::outcome::Outcome>,
}

impl Writer {
    /// A writer for a format.
    pub fn new(format: Format, explain: bool) -> Writer {
        Writer {
            format,
            explain,
            json: JsonWriter::default(),
            csv_header: false,
            kept: Vec::new(),
        }
    }

    /// The text for the next outcomes (empty for formats written at the end).
    pub fn push(&mut self, outcomes: Vec<crate::outcome::Outcome>) -> String {
        match self.format {
            Format::Json => self.json.push(&outcomes),
            Format::Csv => {
                let text = csv(&outcomes);
                if self.csv_header {
                    text.split_once('\n')
                        .map(|(_, rows)| rows.to_owned())
                        .unwrap_or_default()
                } else {
                    self.csv_header = true;
                    text
                }
            }
            Format::Table | Format::Md | Format::Xlsx | Format::Html => {
                self.kept.extend(outcomes);
                String::new()
            }
        }
    }

    /// The rest of the output.
    pub fn finish(&mut self) -> String {
        match self.format {
            Format::Json => self.json.finish(),
            Format::Csv if !self.csv_header => csv(&[]),
            Format::Csv => String::new(),
            Format::Table => table(&self.kept, self.explain),
            Format::Md => markdown(&self.kept),
            Format::Xlsx | Format::Html => String::new(),
        }
    }

    /// The file for the formats written at the end as a whole (xlsx, HTML); the text of the
    /// others.
    pub fn finish_bytes(&mut self) -> Result<Vec<u8>, String> {
        match self.format {
            Format::Xlsx => xlsx(&self.kept).map_err(|e| format!("cannot build the workbook: {e}")),
            Format::Html => Ok(html(&self.kept).into_bytes()),
            _ => Ok(self.finish().into_bytes()),
        }
    }
}
