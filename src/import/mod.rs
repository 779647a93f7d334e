//! Stage: load. Importers turn forms as they arrive — `.xlsx` workbooks, text copied from Word
//! or a web page (one cell per paragraph), the seed's text format — into case files. Every
//! importer builds rows of cells and hands them to the one [`grid`] reader; [`detect`] chooses
//! the importer by content, not by file name. [`export`] writes cases back as form sheets.

pub mod draft;
pub mod export;
pub mod flat_text;
pub mod glued_text;
pub mod grid;
pub mod paragraphs;
pub mod seed_text;
pub mod xlsx;

pub use grid::{Import, ImportNote, ImportedForm, NoteKind};

/// The input formats `jixiao import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// An `.xlsx` workbook (a zip: `PK\x03\x04`).
    Xlsx,
    /// The seed's text format (`|` closes a cell).
    SeedText,
    /// One table cell per paragraph (text copied from Word or a web page).
    Paragraphs,
    /// A whole form flattened onto one line, cells separated by spaces.
    FlatText,
    /// A form whose cells were glued together with no separator (a site's preview).
    GluedText,
}

impl InputFormat {
    /// A short name for messages.
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Xlsx => "xlsx workbook",
            InputFormat::SeedText => "seed text (`|` cells)",
            InputFormat::Paragraphs => "paragraph text (one cell per paragraph)",
            InputFormat::FlatText => "flattened text (a form on one line, cells split at spaces)",
            InputFormat::GluedText => "glued text (cells with no separator, split by the template)",
        }
    }
}

/// Chooses the importer by content: a zip is a workbook, text with `|`-closed lines is the
/// seed's format, text with a whole form on one line is flattened text, other text is one
/// cell per paragraph.
pub fn detect(bytes: &[u8]) -> InputFormat {
    if bytes.starts_with(b"PK\x03\x04") {
        return InputFormat::Xlsx;
    }
    let text = String::from_utf8_lossy(bytes);
    if seed_text::looks_like(&text) {
        InputFormat::SeedText
    } else if flat_text::looks_like(&text) {
        InputFormat::FlatText
    } else if glued_text::looks_like(&text) {
        InputFormat::GluedText
    } else {
        InputFormat::Paragraphs
    }
}

/// Imports `bytes` in whatever format they are. `Err` when a workbook cannot be opened.
pub fn import(
    source_name: &str,
    bytes: &[u8],
    rules: Option<&str>,
) -> Result<(InputFormat, Import), String> {
    let format = detect(bytes);
    let import = match format {
        InputFormat::Xlsx => xlsx::import(source_name, bytes, rules)?,
        InputFormat::SeedText => {
            seed_text::import(source_name, &String::from_utf8_lossy(bytes), rules)
        }
        InputFormat::Paragraphs => {
            paragraphs::import(source_name, &String::from_utf8_lossy(bytes), rules)
        }
        InputFormat::FlatText => {
            flat_text::import(source_name, &String::from_utf8_lossy(bytes), rules)
        }
        InputFormat::GluedText => {
            glued_text::import(source_name, &String::from_utf8_lossy(bytes), rules)
        }
    };
    Ok((format, import))
}
