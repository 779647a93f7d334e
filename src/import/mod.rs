//! Stage: load. Importers turn forms as they arrive — `.xlsx` workbooks, text copied from Word
//! or a web page (one cell per paragraph), the seed's text format — into case files. Every
//! importer builds rows of cells and hands them to the one [`grid`] reader; [`detect`] chooses
//! the importer by content, not by file name. [`export`] writes cases back as form sheets.

mod damaged;
mod declaration;
pub mod docx;
pub mod draft;
pub mod encoding;
pub mod export;
pub mod flat_text;
pub mod glued_text;
pub mod grid;
pub mod html;
pub mod limits;
pub mod mime;
pub(crate) mod page;
pub mod paragraphs;
mod pdf_order;
pub mod pending;
pub mod seed_text;
pub(crate) mod sheet;
pub(crate) mod spaced_rows;
pub mod tabbed;
pub(crate) mod traditional;
pub mod word97;
pub mod xlsx;
mod xml_text;
pub mod zipped;

use crate::i18n::{Message, msg};
use crate::source::{Source, SourceFile};

pub use grid::{HiddenForms, Import, ImportNote, ImportedForm, NoteKind};
pub use pending::{Fed, Pending, PendingForm, Writing};

/// The input formats `jixiao import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// An `.xlsx` workbook (a zip holding `xl/workbook.xml`).
    Xlsx,
    /// An `.xls` workbook (Excel 97–2003, an OLE compound file).
    Xls,
    /// Excel's XML spreadsheet of 2003 (SpreadsheetML), often named `.xls` or `.xml`.
    SpreadsheetMl,
    /// A Word `.docx` document (a zip holding `word/document.xml`): its tables.
    Docx,
    /// A Word 97–2003 `.doc` document (an OLE compound file holding `WordDocument`).
    Doc,
    /// A web page: its `<table>`s.
    Html,
    /// The seed's text format (`|` closes a cell).
    SeedText,
    /// One table cell per paragraph (text copied from Word or a web page).
    Paragraphs,
    /// A whole form flattened onto one line, cells separated by spaces.
    FlatText,
    /// A form whose cells were glued together with no separator (a site's preview).
    GluedText,
    /// Tab-separated text: a table copied from Excel or a browser and pasted as text.
    TabText,
    /// A table with `|` or `｜` between its cells, one row a line, with outer pipes
    /// (`| a | b |`, Markdown; a converter's or chat tool's table) or without (an Excel copy
    /// whose tabs became ` | `), read as tab-separated text.
    PipeText,
    /// Comma-separated text (a sheet saved as CSV), read as tab-separated text.
    CsvText,
}

impl InputFormat {
    /// A short name for messages.
    pub fn name(self) -> Message {
        match self {
            InputFormat::Xlsx => msg!("import-format-xlsx"),
            InputFormat::Xls => msg!("import-format-xls"),
            InputFormat::SpreadsheetMl => msg!("import-format-spreadsheet-ml"),
            InputFormat::Docx => msg!("import-format-docx"),
            InputFormat::Doc => msg!("import-format-doc"),
            InputFormat::Html => msg!("import-format-html"),
            InputFormat::SeedText => msg!("import-format-seed-text"),
            InputFormat::Paragraphs => msg!("import-format-paragraphs"),
            InputFormat::FlatText => msg!("import-format-flat-text"),
            InputFormat::GluedText => msg!("import-format-glued-text"),
            InputFormat::TabText => msg!("import-format-tab-text"),
            InputFormat::PipeText => msg!("import-format-pipe-text"),
            InputFormat::CsvText => msg!("import-format-csv-text"),
        }
    }
}

/// The first bytes of an OLE compound file (`.xls`, `.doc`).
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Chooses the importer by content: a zip is a Word document when it holds
/// `word/document.xml`, else a workbook; an OLE file a `.doc` when it names a `WordDocument`
/// stream and no workbook stream, else an `.xls`; Excel's XML spreadsheet of 2003 by its
/// namespace, a page with HTML tags a web
/// page, text whose lines are tab-separated cells a copied table, text most of whose lines
/// hold several cells parted by `|` or `｜` a table written with pipes, text with `|`-closed
/// lines (one cell of text a line) is the seed's format, text with a whole form on one line is
/// flattened text, a form glued together with no separators is glued text, other text is one
/// cell per paragraph. Text in GBK or GB18030 is told apart from UTF-8 first
/// ([`encoding::decode`]).
pub fn detect(bytes: &[u8]) -> InputFormat {
    binary_format(bytes).unwrap_or_else(|| text_format(&encoding::decode(bytes).text))
}

/// The format of an input known by its first bytes or its tags: a zip, an OLE file, a page.
fn binary_format(bytes: &[u8]) -> Option<InputFormat> {
    if bytes.starts_with(b"PK\x03\x04") {
        return Some(match zipped::kind(bytes) {
            zipped::ZipKind::Document => InputFormat::Docx,
            zipped::ZipKind::Workbook | zipped::ZipKind::Other => InputFormat::Xlsx,
        });
    }
    if bytes.starts_with(OLE_MAGIC) {
        return Some(match is_word_97(bytes) {
            true => InputFormat::Doc,
            false => InputFormat::Xls,
        });
    }
    // Before the page: its `<Table>` reads as a page's tag.
    if xlsx::spreadsheet_ml::looks_like(bytes) {
        return Some(InputFormat::SpreadsheetMl);
    }
    html::looks_like(bytes).then_some(InputFormat::Html)
}

/// The format of a text input, as [`detect`] tells it.
fn text_format(text: &str) -> InputFormat {
    // Text without a single tab is no copied table: one SIMD search saves a pass over every
    // line of a large file (#15).
    if memchr::memchr(b'\t', text.as_bytes()).is_some() && tabbed::looks_like(text) {
        InputFormat::TabText
    } else if tabbed::looks_like_csv(text) {
        InputFormat::CsvText
    } else if tabbed::looks_like_pipes(text) {
        InputFormat::PipeText
    } else if seed_text::looks_like(text) {
        InputFormat::SeedText
    } else if flat_text::looks_like(text) {
        InputFormat::FlatText
    } else if glued_text::looks_like(text) {
        InputFormat::GluedText
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
    let (format, import, _) = import_with_text(source_name, bytes, rules)?;
    Ok((format, import))
}

/// Like [`import`], and keeps the text the input was decoded into, once, as the source its
/// notes point into: `Some` for text whose notes name an input line (the seed's text, one
/// cell per paragraph, tab-separated text), `None` for workbooks, documents and pages (whose
/// notes name a sheet's cell) and for a form flattened onto one line.
pub fn import_with_text(
    source_name: &str,
    bytes: &[u8],
    rules: Option<&str>,
) -> Result<(InputFormat, Import, Option<Source>), String> {
    let (format, pending, text) = read_with_text(source_name, bytes, rules)?;
    Ok((format, pending.write(), text))
}

/// Like [`import_with_text`], with the forms of a text input read but not yet written as case
/// files: each is written when it is asked for ([`PendingForm::write`]), so that `score FILE`
/// never holds every form's case text at once (#15).
pub fn read_with_text(
    source_name: &str,
    bytes: &[u8],
    rules: Option<&str>,
) -> Result<(InputFormat, Pending, Option<Source>), String> {
    let (format, reading, text) = read_any(source_name, bytes, rules, false)?;
    let pending = match reading {
        Reading::Read(pending) => pending,
        Reading::Streamed(stream) => stream.into_pending(),
    };
    Ok((format, pending, text))
}

/// A file of forms as `score FILE` reads it (#15).
pub enum Reading {
    /// Every form read at once.
    Read(Pending),
    /// The seed's text with its padding runs: its forms handed on a few pieces at a time as
    /// they are read, its notes given once the input is all read ([`seed_text::Stream`]).
    Streamed(Box<seed_text::Stream>),
}

/// Like [`read_with_text`], handing the forms of the seed's text on as they are read
/// ([`Reading::Streamed`]), so that scoring starts on the first while the rest is read, and
/// the forms are never all held at once (#15).
pub fn read_streamed(
    source_name: &str,
    bytes: &[u8],
    rules: Option<&str>,
) -> Result<(InputFormat, Reading, Option<Source>), String> {
    read_any(source_name, bytes, rules, true)
}

/// [`read_with_text`], the seed's text handed on as read when `stream` is asked.
fn read_any(
    source_name: &str,
    bytes: &[u8],
    rules: Option<&str>,
    stream: bool,
) -> Result<(InputFormat, Reading, Option<Source>), String> {
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > limits::MAX_INPUT_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    if mime::looks_like(bytes) {
        // A web archive (.mht) or an e-mail (.eml), whatever its name: the part holding the
        // forms is read for what it is (tester s17s F5, F7).
        return mime::read(source_name, bytes, rules);
    }
    if let Some(frames) = crate::load::saved_page::frames(bytes) {
        // Excel's page of a workbook of several sheets: the sheets are files of their own.
        return Err(msg!("import-refused-frameset", frames = frames.join("、")).to_string());
    }
    if let Some(why) = damaged::why(source_name, bytes).or_else(|| not_forms(bytes)) {
        return Err(why);
    }
    if let Some(format) = binary_format(bytes) {
        let pending = read_binary(format, source_name, bytes, rules)?;
        return Ok((format, Reading::Read(pending), None));
    }
    // Decoded once: the format is told, the forms read and the notes placed on this text.
    // The caller's bytes stay until the forms are read: letting them go first measured 85 MB
    // more at the peak for 10,010 forms (under mimalloc; why was not found).
    let decoded = encoding::decode(bytes);
    let message = decoded.message();
    let source = SourceFile::new(source_name, decoded.text.into_owned());
    let text = source.text.as_str();
    let format = text_format(text);
    if let Some(found) = declaration::found(text) {
        // A 绩效目标申报表 or 目标表 states targets only: nothing to score, whatever its layout
        // (tester s20 T5: one was refused as a PDF's text; s22 C2: a 目标表 as "no form").
        return Err(refused_declaration(found));
    }
    if let Some(refusal) = pdf_text(format, text) {
        // A web page's table copied as text, one row a line, is read so when the reading
        // checks out (tester s17w F2b).
        if refusal.kind == paragraphs::PdfText::Rows
            && let Some(mut pending) = spaced_rows::read(source_name, text, rules)
        {
            if let Some(message) = message {
                pending.note_encoding(message);
            }
            return Ok((format, Reading::Read(refuse_blank(pending)?), Some(source)));
        }
        return Err(refusal.message.to_string());
    }
    if stream && format == InputFormat::SeedText && seed_text::streams(text) {
        let stream = seed_text::Stream::new(source.clone(), source_name, rules, message);
        return Ok((format, Reading::Streamed(Box::new(stream)), Some(source)));
    }
    let mut pending = match format {
        InputFormat::SeedText => seed_text::read(source_name, text, rules),
        InputFormat::FlatText => flat_text::read(source_name, text, rules),
        InputFormat::GluedText => glued_text::read(source_name, text, rules),
        InputFormat::TabText => tabbed::read(source_name, text, rules),
        InputFormat::PipeText => tabbed::read_pipes(source_name, text, rules),
        InputFormat::CsvText => tabbed::read_csv(source_name, text, rules),
        _ => paragraphs::read(source_name, text, rules),
    };
    if let Some(message) = message {
        // Written with each form: its mirror is kept (a GBK input's forms were parsed again).
        pending.note_encoding(message);
    }
    if pending.forms.is_empty()
        && let Some(note) = declaration::headless(text)
    {
        // A form's tail: its indicator rows seen, its title and header not (tester s22 C5).
        pending.problems.push(note);
    }
    let lines = matches!(
        format,
        InputFormat::SeedText
            | InputFormat::Paragraphs
            | InputFormat::TabText
            | InputFormat::PipeText
            | InputFormat::CsvText
    );
    Ok((
        format,
        Reading::Read(refuse_blank(pending)?),
        lines.then_some(source),
    ))
}

/// The forms of a workbook, a Word document or a web page (`format`), read, not written:
/// `score FILE` writes and validates a workbook's forms a chunk at a time as it does a text
/// file's (#15). A 申报表 or 目标表 is refused as its text is (s21 doubt 3), and so is an
/// empty template.
fn read_binary(
    format: InputFormat,
    source_name: &str,
    bytes: &[u8],
    rules: Option<&str>,
) -> Result<Pending, String> {
    let pending = match format {
        InputFormat::Xls => xlsx::read_xls(source_name, bytes, rules)?,
        InputFormat::SpreadsheetMl => xlsx::read_xml(source_name, bytes, rules)?,
        InputFormat::Docx => docx::read(source_name, bytes, rules)?,
        InputFormat::Doc => word97::read(source_name, bytes, rules)?,
        InputFormat::Html => html::read(source_name, bytes, rules),
        _ => xlsx::read(source_name, bytes, rules)?,
    };
    if let Some(found) = pending.declaration {
        return Err(refused_declaration(found));
    }
    if pending.forms.is_empty() && !pending.hidden.is_empty() {
        return Err(refused_hidden(&pending.hidden));
    }
    refuse_blank(pending)
}

/// Why a workbook whose every form is in a hidden sheet is not read (tester s24 B4: "the
/// sheet is hidden, skipped" and "no form found" were both said): where the forms are, and
/// to show the sheet and score again.
fn refused_hidden(hidden: &[HiddenForms]) -> String {
    let sheets = crate::i18n::list(
        hidden
            .iter()
            .map(|h| msg!("import-quoted-text", text = crate::i18n::quoted(&h.sheet))),
    );
    let forms: usize = hidden.iter().map(|h| h.projects.len()).sum();
    let very = hidden.iter().any(|h| h.very);
    match (forms, very) {
        (1, false) => msg!("import-refused-hidden-only", sheets = sheets),
        (_, false) => msg!("import-refused-hidden-all", sheets = sheets, count = forms),
        (_, true) => msg!("import-refused-very-hidden", sheets = sheets, count = forms),
    }
    .to_string()
}

/// The forms read, or the refusal of an input whose every form is an empty template — no
/// number filled in anywhere — as a 申报表 is refused: nothing to score (tester s21 C3: a
/// blank 绩效目标自评表 was scored `0（不完整）`). Beside filled forms, an empty template is set
/// aside and said ([`Pending::set_aside_blank`], s23).
fn refuse_blank(mut pending: Pending) -> Result<Pending, String> {
    match &pending.blank {
        Some((line, title)) => {
            Err(msg!("import-refused-blank", line = *line, text = title.as_str()).to_string())
        }
        None => {
            pending.set_aside_blank();
            Ok(pending)
        }
    }
}

/// Why a text input is refused as a PDF's text, and how it showed itself.
struct PdfRefusal {
    kind: paragraphs::PdfText,
    message: Message,
}

/// The one refusal of a text taken out of a PDF, the most specific of what it shows (tester
/// s20 P2: one input, one refusal): text in column order (its first column's labels one under
/// the other), then text in drawing order (the template's labels out of their order, s20 P1),
/// then a row's cells side by side. Read one cell a line, such text gives forms named by a
/// header label and errors blamed on the department (tester s16p P1, P6); read flattened, junk
/// indicators and a false "no 分值 column". Only text read one cell a paragraph or flattened
/// onto a line is asked: the other readers see cells the copy kept.
fn pdf_text(format: InputFormat, text: &str) -> Option<PdfRefusal> {
    if !matches!(format, InputFormat::Paragraphs | InputFormat::FlatText) {
        return None;
    }
    let spaced = match format {
        InputFormat::Paragraphs => paragraphs::spaced_header(text),
        _ => None,
    };
    if let Some((line, spaced, paragraphs::PdfText::Columns)) = &spaced {
        return Some(PdfRefusal {
            kind: paragraphs::PdfText::Columns,
            message: msg!(
                "import-refused-pdf-columns",
                line = *line,
                text = spaced.as_str()
            ),
        });
    }
    if let Some(found) = pdf_order::misplaced(text) {
        let message = msg!(
            "import-refused-pdf-order",
            line = found.line,
            label = found.label,
            after = found.after,
            count = found.count
        );
        return Some(PdfRefusal {
            kind: paragraphs::PdfText::Drawn,
            message,
        });
    }
    let (line, spaced, kind) = spaced?;
    Some(PdfRefusal {
        kind,
        message: msg!("import-refused-pdf-text", line = line, text = spaced),
    })
}

/// Why `bytes` cannot hold forms `import` reads, for files it knows by their first bytes: a
/// PDF, a zip that is not an office document (a zip of forms as departments send them), an OLE
/// file that is neither a workbook nor a Word `.doc`. The message says what to do; none for
/// anything else (#15, tester F22/F29: these got a library's message, or a PDF was read as
/// GB18030 text).
fn not_forms(bytes: &[u8]) -> Option<String> {
    use crate::i18n::msg;
    if is_image(bytes) {
        return Some(msg!("import-refused-image").to_string());
    }
    if bytes.starts_with(b"%PDF-") {
        return Some(match is_scan(bytes) {
            true => msg!("import-refused-pdf-scanned").to_string(),
            false => msg!("import-refused-pdf").to_string(),
        });
    }
    if let Some(kind) = open_document(bytes) {
        return Some(match kind {
            OpenDocument::Spreadsheet => msg!("import-refused-ods").to_string(),
            OpenDocument::Text => msg!("import-refused-odt").to_string(),
        });
    }
    if bytes.starts_with(b"{\\rtf") {
        return Some(msg!("import-refused-rtf").to_string());
    }
    if bytes.starts_with(b"Rar!\x1a\x07") || bytes.starts_with(b"7z\xbc\xaf\x27\x1c") {
        return Some(msg!("import-refused-archive").to_string());
    }
    if bytes.starts_with(b"PK\x03\x04") && zipped::kind(bytes) == zipped::ZipKind::Other {
        let inside = zipped::form_files(bytes);
        if inside.is_empty() && zipped::is_office(bytes) {
            // An office file of another kind (or a broken workbook): the workbook reader says.
            return None;
        }
        return Some(match inside.as_slice() {
            [] => msg!("import-refused-zip-empty").to_string(),
            names => msg!(
                "import-refused-zip",
                count = names.len(),
                files = names.iter().take(3).cloned().collect::<Vec<_>>().join("、")
            )
            .to_string(),
        });
    }
    if bytes.starts_with(OLE_MAGIC)
        && !has_stream_name(bytes, "Workbook")
        && !has_stream_name(bytes, "Book")
        && !has_stream_name(bytes, "WordDocument")
    {
        // No stream name found: the directory may be missing (a `.doc` or `.xls` cut short,
        // whose directory LibreOffice and Word write near the end) behind a whole header
        // (its byte-order mark `FE FF`).
        if bytes.get(28..30) == Some(&[0xFE, 0xFF])
            && let Err(e) = cfb::CompoundFile::open(std::io::Cursor::new(bytes))
        {
            return Some(msg!("import-refused-ole-cut-short", error = e.to_string()).to_string());
        }
        return Some(msg!("import-refused-ole").to_string());
    }
    None
}

/// True for an OLE file that is a Word 97–2003 document: it names a `WordDocument` stream and
/// no workbook stream (a workbook stream first: an `.xls` may embed a Word object, whose
/// storage names a `WordDocument` stream too).
fn is_word_97(bytes: &[u8]) -> bool {
    has_stream_name(bytes, "WordDocument")
        && !has_stream_name(bytes, "Workbook")
        && !has_stream_name(bytes, "Book")
}

/// The refusal of a 绩效目标申报表 or 目标表: where it says so, and what to import instead.
fn refused_declaration(found: declaration::Found) -> String {
    msg!(
        "import-refused-declaration",
        line = found.line,
        text = found.text,
        kind = found.kind.arg()
    )
    .to_string()
}

/// True for a picture by its first bytes — PNG, JPEG, GIF, TIFF, WebP, HEIC — a photo of a
/// form as it arrives by WeChat (tester s16r N-C: read as GBK text, "no form found").
fn is_image(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n")
        || bytes.starts_with(b"\xff\xd8\xff")
        || bytes.starts_with(b"GIF87a")
        || bytes.starts_with(b"GIF89a")
        || bytes.starts_with(b"II*\0")
        || bytes.starts_with(b"MM\0*")
        || (bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP"))
        || bytes
            .get(4..12)
            .is_some_and(|b| matches!(b, b"ftypheic" | b"ftypheix" | b"ftypmif1"))
}

/// An OpenDocument file (WPS or LibreOffice's own format), told by the `mimetype` entry
/// every one stores first and uncompressed (tester s17s F3: called "a zip, unpack it").
#[derive(Debug, PartialEq, Eq)]
enum OpenDocument {
    Spreadsheet,
    Text,
}

fn open_document(bytes: &[u8]) -> Option<OpenDocument> {
    if !bytes.starts_with(b"PK\x03\x04") || bytes.get(30..38) != Some(b"mimetype") {
        return None;
    }
    let mime = bytes.get(38..)?;
    let kind = mime.strip_prefix(b"application/vnd.oasis.opendocument.")?;
    if kind.starts_with(b"spreadsheet") {
        Some(OpenDocument::Spreadsheet)
    } else if kind.starts_with(b"text") {
        Some(OpenDocument::Text)
    } else {
        None
    }
}

/// True when a PDF is a scan: it draws images and names no font, so it holds no text to
/// convert or copy (tester s16p P5: a scan was told to copy its text). A PDF whose objects are
/// packed into object streams (`/ObjStm`) may hide its fonts there: never called a scan.
fn is_scan(pdf: &[u8]) -> bool {
    let has = |word: &[u8]| memchr::memmem::find(pdf, word).is_some();
    has(b"/Image") && !has(b"/Font") && !has(b"/ObjStm")
}

/// True when an OLE compound file names a stream `name` (`WordDocument` in a Word 97–2003
/// `.doc`, `Workbook`/`Book` in an `.xls`, `EncryptedPackage` in a workbook with a password).
/// Directory entries are 128-byte records in sectors that start at multiples of 512 (or
/// 4,096), each opening with its name in UTF-16LE ended by a 0: only such a place counts.
/// The same letters elsewhere are text (tester s17s F2: every `.doc` LibreOffice saves holds
/// the style name "Book Title", and was refused as a broken workbook). One SIMD search for
/// the candidates (#15: comparing every window of the file took a fifth of the instructions
/// of `score` on a 200-form `.xls`).
fn has_stream_name(bytes: &[u8], name: &str) -> bool {
    let mut wide: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
    wide.extend([0, 0]);
    memchr::memmem::find_iter(bytes, &wide).any(|at| at >= 512 && at % 128 == 0)
}

/// The message for an input over [`limits::MAX_INPUT_BYTES`].
pub fn too_large(size: u64) -> String {
    crate::i18n::msg!(
        "import-refused-too-large",
        size = (size / (1024 * 1024)).to_string(),
        max = (limits::MAX_INPUT_BYTES / (1024 * 1024)).to_string()
    )
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::{InputFormat, text_format};

    /// The pipes that part a table's cells and the seed's closing `|` are told apart by
    /// content (tester s16r N-B): lines of several cells are a table's rows, with or without
    /// outer pipes, `|` or `｜`; lines of one cell closed by `|` are the seed's, a `|` inside
    /// one of its cells or a row written whole among them included.
    #[test]
    fn rows_parted_by_pipes_are_told_from_the_seeds_closed_cells() {
        let rows = [
            "项目支出绩效自评表 |  |  |  | ",
            "(2023年度) |  |  |  | ",
            "项目名称 |  | 某项目 |  | ",
            "主管部门 |  | 某局 | 实施单位 | 某中心",
            " |  | 年度资金总额: | 120 | 114",
            "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 分值",
            "总分 |  |  | 100 | 95.8",
        ];
        let excel = rows.join("\n");
        assert_eq!(text_format(&excel), InputFormat::PipeText);
        let trimmed: Vec<&str> = rows
            .iter()
            .map(|l| l.trim_end_matches([' ', '|']))
            .collect();
        assert_eq!(text_format(&trimmed.join("\n")), InputFormat::PipeText);
        let full_width: Vec<String> = rows
            .iter()
            .map(|l| format!("｜{}｜", l.replace(" | ", "｜")))
            .collect();
        assert_eq!(text_format(&full_width.join("\n")), InputFormat::PipeText);
        let seed = "项目支出绩效自评表 |\n|||||||||||\n(2023年度) |\n项目名称 |\n某项目 |\n\
                    ||||||||||\n主管部门 |\n某局 |\n实施单位 |\n某中心 |\n指标1：A|B 完成率 |\n\
                    产 | 数量指标 | 指标1:x | ≥1 | 1 | 10 | 10 | |\n总分 |\n100 |\n95.8 |\n";
        assert_eq!(text_format(seed), InputFormat::SeedText);
        // Lines of one cell closed by `｜` are no table's rows either.
        assert_ne!(text_format(&seed.replace('|', "｜")), InputFormat::PipeText);
    }
}
