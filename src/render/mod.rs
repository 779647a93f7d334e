//! Stage: render. Turns outcomes into text: an aligned table (Chinese text counted by display
//! width), one JSON document, CSV, or Markdown. Pure functions returning strings; only the CLI
//! prints them.

mod diff;
mod json;
mod table;
mod text;

pub use diff::{change_list, changelog, diff_json, diff_markdown, diff_table};
pub use json::json;
pub use table::{markdown, table};
pub use text::{csv, display_width, truncate};

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
}
