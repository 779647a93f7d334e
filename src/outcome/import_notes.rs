//! A form's import notes as the reports list them (#16, tester s8 F10): what the importer
//! recognised, guessed or could not read, and where on the form. The person reporting to the
//! bureau chief reads the HTML or xlsx report, not the terminal the notes were printed on.
//!
//! A case holds its `[form] import_notes` as written — by `import --out` into a case file, or
//! by `score FILE` into the form's case text, in the language of that run (`推测（第 3 行第 5
//! 格）：…`, `guessed at line 3, cell 5: …`). Both reach the outcome by the same path: the
//! strings are shared with the case, and read back into kind, place and message only when a
//! report lists them, so a run that writes CSV pays one reference count per form.

use crate::diagnostic::Severity;
use crate::diagnostic::codes::ImportCode;
use crate::i18n::{Lang, Message, msg};
use crate::import::NoteKind;
use serde::ser::{SerializeSeq, SerializeStruct};
use std::sync::Arc;

/// A form's import notes, as its case holds them.
#[derive(Debug, Clone, Default)]
pub struct ImportNotes(Arc<[String]>);

impl ImportNotes {
    /// The notes of a case.
    pub fn new(notes: Arc<[String]>) -> ImportNotes {
        ImportNotes(notes)
    }

    /// True when the form has none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Each note read back, in the order the importer made them.
    pub fn iter(&self) -> impl Iterator<Item = FormNote<'_>> {
        self.0.iter().map(|n| FormNote::read(n))
    }
}

/// Where a note points, as the note wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotePlace<'a> {
    /// A text input's line and cell number (`第 3 行第 5 格`, `line 3, cell 5`): said again
    /// in the report's language.
    Text {
        /// The line, from 1.
        line: usize,
        /// The cell's number in the input, from 1.
        cell: usize,
    },
    /// Anything else, shown as written: a workbook's cell (`表3!F14`), a document's cell in
    /// words (`Word 文档第 2 个表格第 7 行第 3 列`).
    Written(&'a str),
}

impl NotePlace<'_> {
    /// The place in the report's language where it is a text input's (`第 3 行第 5 格`), else
    /// as written.
    pub fn message(&self) -> Message {
        match self {
            NotePlace::Text { line, cell } => msg!(
                "import-place-line-cell",
                line = line.to_string(),
                cell = cell.to_string()
            ),
            NotePlace::Written(text) => Message::verbatim(*text),
        }
    }
}

/// One import note read back from its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormNote<'a> {
    /// What kind of note; none for a note that does not start with a kind (edited by hand).
    pub kind: Option<NoteKind>,
    /// Where it points, when it says.
    pub place: Option<NotePlace<'a>>,
    /// What happened, in the language of the import.
    pub text: &'a str,
}

impl<'a> FormNote<'a> {
    /// Reads a note as `import-note` writes it in either language: `推测（第 3 行第 5 格）：…`,
    /// `guessed at line 3, cell 5: …`, `已识别（表1!C7）：…`. A note in another shape is all
    /// text, with no kind or place.
    pub fn read(note: &'a str) -> FormNote<'a> {
        for lang in Lang::ALL {
            for kind in [
                NoteKind::Recognised,
                NoteKind::Guessed,
                NoteKind::Unreadable,
            ] {
                let word = kind.message().render(lang);
                let Some(rest) = note.strip_prefix(word.as_str()) else {
                    continue;
                };
                let split = match lang {
                    Lang::Zh => rest.strip_prefix('（').and_then(|r| r.split_once("）：")),
                    Lang::En => rest.strip_prefix(" at ").and_then(|r| r.split_once(": ")),
                };
                if let Some((place, text)) = split {
                    return FormNote {
                        kind: Some(kind),
                        place: Some(read_place(place)),
                        text,
                    };
                }
            }
        }
        FormNote {
            kind: None,
            place: None,
            text: note,
        }
    }

    /// The stable code, as the diagnostic printed for the note has it (`import::guessed`).
    pub fn code(&self) -> ImportCode {
        match self.kind {
            Some(NoteKind::Guessed) => ImportCode::Guessed,
            Some(NoteKind::Unreadable) => ImportCode::Unreadable,
            Some(NoteKind::Recognised) | None => ImportCode::Recognised,
        }
    }

    /// A guess or an unreadable place is a warning, as when it was printed; a shape the
    /// importer recognised (or a note of no known kind) is for information.
    pub fn severity(&self) -> Severity {
        match self.kind {
            Some(NoteKind::Guessed | NoteKind::Unreadable) => Severity::Warning,
            Some(NoteKind::Recognised) | None => Severity::Info,
        }
    }

    /// The note's kind and text in the report's language as far as it can be (`推测：…`);
    /// the text itself stays in the language of the import.
    pub fn message(&self) -> Message {
        match self.kind {
            Some(kind) => msg!(
                "import-note-listed",
                kind = kind.message(),
                text = Message::verbatim(self.text)
            ),
            None => Message::verbatim(self.text),
        }
    }

    /// The place in the report's language (`第 3 行第 5 格`, `表3!F14`); empty when the note
    /// names none.
    pub fn place_text(&self) -> String {
        self.place
            .map(|p| p.message().to_string())
            .unwrap_or_default()
    }
}

/// A place as a note writes it: a text input's line and cell in either language, else as
/// written.
fn read_place(place: &str) -> NotePlace<'_> {
    let numbers = |s: &str| -> Option<(usize, usize)> {
        let (line, cell) = s.split_once(|c: char| !c.is_ascii_digit())?;
        let cell = cell.trim_start_matches(|c: char| !c.is_ascii_digit());
        Some((line.parse().ok()?, cell.parse().ok()?))
    };
    let text = place
        .strip_prefix("第 ")
        .and_then(|r| r.strip_suffix(" 格"))
        .filter(|r| r.contains(" 行第 "))
        .or_else(|| {
            place
                .strip_prefix("line ")
                .filter(|r| r.contains(", cell "))
        })
        .and_then(numbers);
    match text {
        Some((line, cell)) => NotePlace::Text { line, cell },
        None => NotePlace::Written(place),
    }
}

impl serde::Serialize for ImportNotes {
    /// `[{code, severity, message, form_cell}]` (docs/json-output.md): the code and severity
    /// stable English, the message in the language of the run (the note's own text in that
    /// of the import), `form_cell` the place in the run's language, absent when the note names
    /// none.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for note in self.iter() {
            seq.serialize_element(&Listed(note))?;
        }
        seq.end()
    }
}

/// A note as JSON lists it.
struct Listed<'a>(FormNote<'a>);

impl serde::Serialize for Listed<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let note = &self.0;
        let fields = 3 + usize::from(note.place.is_some());
        let mut s = serializer.serialize_struct("ImportNote", fields)?;
        s.serialize_field("code", note.code().as_str())?;
        s.serialize_field("severity", &note.severity())?;
        s.serialize_field("message", &note.message().to_string())?;
        match note.place {
            Some(_) => s.serialize_field("form_cell", &note.place_text())?,
            None => s.skip_field("form_cell")?,
        }
        s.end()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn notes_are_read_back_in_either_language() {
        let zh = FormNote::read("推测（第 1849 行第 3390 格）：指标名称之后有 3 个单元格");
        assert_eq!(zh.kind, Some(NoteKind::Guessed));
        assert_eq!(
            zh.place,
            Some(NotePlace::Text {
                line: 1849,
                cell: 3390
            })
        );
        assert_eq!(zh.text, "指标名称之后有 3 个单元格");
        let en = FormNote::read("recognised at line 1525, cell 2788: 分值/得分 merged: x");
        assert_eq!(en.kind, Some(NoteKind::Recognised));
        assert_eq!(
            en.place,
            Some(NotePlace::Text {
                line: 1525,
                cell: 2788
            })
        );
        assert_eq!(en.text, "分值/得分 merged: x");
        let sheet = FormNote::read("无法读取（表1!C7）：这 3 个单元格不符合…");
        assert_eq!(sheet.kind, Some(NoteKind::Unreadable));
        assert_eq!(sheet.place, Some(NotePlace::Written("表1!C7")));
        assert_eq!(sheet.code(), ImportCode::Unreadable);
        assert_eq!(sheet.severity(), Severity::Warning);
        let doc = FormNote::read("guessed at Word document table 2, row 7, column 3: y");
        assert_eq!(
            doc.place,
            Some(NotePlace::Written("Word document table 2, row 7, column 3"))
        );
        let edited = FormNote::read("我核对过：第 3 行无误");
        assert_eq!((edited.kind, edited.place), (None, None));
        assert_eq!(edited.text, "我核对过：第 3 行无误");
        assert_eq!(edited.severity(), Severity::Info);
    }

    #[test]
    fn a_text_place_is_said_in_the_reports_language() {
        let en = FormNote::read("guessed at line 3, cell 5: x");
        assert_eq!(
            en.place.unwrap().message().render(Lang::Zh),
            "第 3 行第 5 格"
        );
        let zh = FormNote::read("推测（第 3 行第 5 格）：x");
        assert_eq!(
            zh.place.unwrap().message().render(Lang::En),
            "line 3, cell 5"
        );
        assert_eq!(zh.message().render(Lang::En), "guessed: x");
        assert_eq!(zh.message().render(Lang::Zh), "推测：x");
    }

    #[test]
    fn json_lists_code_severity_message_and_cell() {
        let notes = ImportNotes::new(Arc::from(vec![
            "推测（表3!F14）：x".to_owned(),
            "hand-written".to_owned(),
        ]));
        let json = serde_json::to_string(&notes).unwrap();
        assert!(json.starts_with(r#"[{"code":"import::guessed","severity":"warning","message":""#));
        assert!(json.contains(r#""form_cell":"表3!F14"}"#));
        assert!(json.ends_with(
            r#"{"code":"import::recognised","severity":"info","message":"hand-written"}]"#
        ));
    }
}
