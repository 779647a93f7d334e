//! Stage: load. Importers turn forms as they arrive — `.xlsx` workbooks, text copied from Word
//! or a web page (one cell per paragraph), the seed's text format — into case files. Every
//! importer builds rows of cells and hands them to the one [`grid`] reader; [`detect`] chooses
//! the importer by content, not by file name. [`export`] writes cases back as form sheets.

pub mod draft;
pub mod encoding;
pub mod export;
pub mod grid;
pub mod limits;
pub mod paragraphs;
pub mod seed_text;
pub(crate) mod sheet;
pub mod xlsx;
pub mod zipped;

pub use grid::{Import, ImportNote, ImportedForm, NoteKind};

/// The input formats `jixiao import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// An `.xlsx` workbook (a zip holding `xl/workbook.xml`).
    Xlsx,
    /// An `.xls` workbook (Excel 97–2003, an OLE compound file).
    Xls,
    /// The seed's text format (`|` closes a cell).
    SeedText,
    /// One table cell per paragraph (text copied from Word or a web page).
    Paragraphs,
}

impl InputFormat {
    /// A short name for messages.
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Xlsx => "xlsx workbook",
            InputFormat::Xls => "xls workbook (Excel 97-2003)",
            InputFormat::SeedText => "seed text (`|` cells)",
            InputFormat::Paragraphs => "paragraph text (one cell per paragraph)",
        }
    }
}

/// The first bytes of an OLE compound file (`.xls`, `.doc`).
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Chooses the importer by content: a zip is a workbook, an OLE file an `.xls`, text with
/// `|`-closed lines is the seed's format, other text is one cell per paragraph. Text in GBK or
/// GB18030 is told apart from UTF-8 first ([`encoding::decode`]).
pub fn detect(bytes: &[u8]) -> InputFormat {
    if bytes.starts_with(b"PK\x03\x04") {
        return InputFormat::Xlsx;
    }
    if bytes.starts_with(OLE_MAGIC) {
        return InputFormat::Xls;
    }
    if seed_text::looks_like(&encoding::decode(bytes).text) {
        InputFormat::SeedText
    } else {
        InputFormat::Paragraphs
    }
}

/// Imports `bytes` in whatever format they are. `Err` when the input is over
/// [`limits::MAX_INPUT_BYTES`], or a workbook cannot be opened or unpacks past the limits.
pub fn import(
    source_name: &str,
    bytes: &[u8],
    rules: Option<&str>,
) -> Result<(InputFormat, Import), String> {
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > limits::MAX_INPUT_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let format = detect(bytes);
    let import = match format {
        InputFormat::Xlsx => xlsx::import(source_name, bytes, rules)?,
        InputFormat::Xls => xlsx::import_xls(source_name, bytes, rules)?,
        InputFormat::SeedText | InputFormat::Paragraphs => {
            let decoded = encoding::decode(bytes);
            let mut import = if format == InputFormat::SeedText {
                seed_text::import(source_name, &decoded.text, rules)
            } else {
                paragraphs::import(source_name, &decoded.text, rules)
            };
            if let Some(message) = decoded.message() {
                import.note_encoding(message);
            }
            import
        }
    };
    Ok((format, import))
}

/// The message for an input over [`limits::MAX_INPUT_BYTES`].
pub fn too_large(size: u64) -> String {
    format!(
        "the file is {} MB, more than the {} MB `import` reads; split it into smaller files",
        size / (1024 * 1024),
        limits::MAX_INPUT_BYTES / (1024 * 1024)
    )
}
