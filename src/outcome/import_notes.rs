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
use crate::source::FormPlace;
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

/// Where a note points: the place type findings use (#16) — a text input's line and cell
/// number (`第 3 行第 5 格`, `line 3, cell 5`, said again in the report's language), or a named
/// cell kept stable in both languages: a workbook's (`表3!F14`) and a Word document's or web
/// page's (`document#2!C7`), which notes write in words and are read back from them.
pub type NotePlace = FormPlace;

/// The place in the report's language: a text input's line and cell, a Word or page cell in
/// words (`Word 文档第 2 个表格第 7 行第 3 列`), a workbook's cell as Excel writes it.
pub fn place_message(place: &NotePlace) -> Message {
    match place {
        FormPlace::Text { line, cell } => crate::source::text_place_message(None, *line, *cell),
        FormPlace::Named(name) => {
            crate::source::document_place(name).unwrap_or_else(|| Message::verbatim(&**name))
        }
    }
}

/// One import note read back from its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormNote<'a> {
    /// What kind of note; none for a note that does not start with a kind (edited by hand).
    pub kind: Option<NoteKind>,
    /// Where it points, when it says.
    pub place: Option<NotePlace>,
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
            .as_ref()
            .map(|p| place_message(p).to_string())
            .unwrap_or_default()
    }

    /// The place as JSON's `form_cell` gives it, as a finding's: a named cell stable in both
    /// languages (`表3!F14`, `document#2!C7`), a text input's line and cell in the report's
    /// language.
    pub fn form_cell(&self) -> Option<String> {
        Some(match self.place.as_ref()? {
            FormPlace::Named(name) => name.to_string(),
            text => place_message(text).to_string(),
        })
    }

    /// A Word or page cell in the report's language (JSON's `form_place`, as a finding's);
    /// none for other places.
    pub fn form_place(&self) -> Option<String> {
        match self.place.as_ref()? {
            FormPlace::Named(name) => crate::source::document_place(name).map(|m| m.to_string()),
            FormPlace::Text { .. } => None,
        }
    }
}

/// A place as a note writes it: a text input's line and cell in either language, a Word or
/// page cell in words in either language (read back into its stable name), else as written.
fn read_place(place: &str) -> NotePlace {
    match crate::source::read_text_place(place) {
        Some((line, cell)) => FormPlace::Text { line, cell },
        None => FormPlace::Named(Arc::from(
            document_cell(place).unwrap_or_else(|| place.to_owned()),
        )),
    }
}

/// A Word or page cell said in words in either language (`Word 文档第 2 个表格第 7 行第 3 列`,
/// `web page paragraph 3 outside the tables`) as its stable name (`document#2!C7`,
/// `page#0!A3`), checked by saying the name again: none for anything else.
fn document_cell(place: &str) -> Option<String> {
    let numbers: Vec<usize> = place
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    let kind = if Lang::ALL
        .iter()
        .any(|l| place.starts_with(&msg!("place-word-document").render(*l)))
    {
        "document"
    } else {
        "page"
    };
    let name = match numbers.as_slice() {
        [table, row, column] => format!(
            "{kind}#{table}!{}{row}",
            crate::import::grid::column_name(*column)
        ),
        [paragraph] => format!("{kind}#0!A{paragraph}"),
        _ => return None,
    };
    let said = crate::source::document_place(&name)?;
    Lang::ALL
        .iter()
        .any(|l| said.render(*l) == place)
        .then_some(name)
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
        let fields =
            3 + usize::from(note.place.is_some()) + usize::from(note.form_place().is_some());
        let mut s = serializer.serialize_struct("ImportNote", fields)?;
        s.serialize_field("code", note.code().as_str())?;
        s.serialize_field("severity", &note.severity())?;
        s.serialize_field("message", &note.message().to_string())?;
        match note.form_cell() {
            Some(cell) => s.serialize_field("form_cell", &cell)?,
            None => s.skip_field("form_cell")?,
        }
        match note.form_place() {
            Some(words) => s.serialize_field("form_place", &words)?,
            None => s.skip_field("form_place")?,
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
            Some(FormPlace::Text {
                line: 1849,
                cell: 3390
            })
        );
        assert_eq!(zh.text, "指标名称之后有 3 个单元格");
        let en = FormNote::read("recognised at line 1525, cell 2788: 分值/得分 merged: x");
        assert_eq!(en.kind, Some(NoteKind::Recognised));
        assert_eq!(
            en.place,
            Some(FormPlace::Text {
                line: 1525,
                cell: 2788
            })
        );
        assert_eq!(en.text, "分值/得分 merged: x");
        let sheet = FormNote::read("无法读取（表1!C7）：这 3 个单元格不符合…");
        assert_eq!(sheet.kind, Some(NoteKind::Unreadable));
        assert_eq!(sheet.place, Some(FormPlace::from("表1!C7")));
        assert_eq!(sheet.code(), ImportCode::Unreadable);
        assert_eq!(sheet.severity(), Severity::Warning);
        // A Word or page cell in words, in either language, is its stable place (#16).
        let doc = FormNote::read("guessed at Word document table 2, row 7, column 3: y");
        assert_eq!(doc.place, Some(FormPlace::from("document#2!C7")));
        let doc = FormNote::read("推测（Word 文档第 2 个表格第 7 行第 3 列）：y");
        assert_eq!(doc.place, Some(FormPlace::from("document#2!C7")));
        let page = FormNote::read("推测（网页表格外第 3 段）：y");
        assert_eq!(page.place, Some(FormPlace::from("page#0!A3")));
        let odd = FormNote::read("推测（Word 文档的第 2 段附近）：y");
        assert_eq!(odd.place, Some(FormPlace::from("Word 文档的第 2 段附近")));
        let edited = FormNote::read("我核对过：第 3 行无误");
        assert_eq!((edited.kind, edited.place.clone()), (None, None));
        assert_eq!(edited.text, "我核对过：第 3 行无误");
        assert_eq!(edited.severity(), Severity::Info);
    }

    #[test]
    fn a_text_place_is_said_in_the_reports_language() {
        let en = FormNote::read("guessed at line 3, cell 5: x");
        assert_eq!(
            place_message(&en.place.unwrap()).render(Lang::Zh),
            "第 3 行第 5 格"
        );
        let zh = FormNote::read("推测（第 3 行第 5 格）：x");
        assert_eq!(
            place_message(zh.place.as_ref().unwrap()).render(Lang::En),
            "line 3, cell 5"
        );
        assert_eq!(zh.message().render(Lang::En), "guessed: x");
        assert_eq!(zh.message().render(Lang::Zh), "推测：x");
    }

    /// A line holding one cell is said as the line alone (`第 19 行`, its cell 0), read back
    /// in either language and said again the same way in the other; a cell of a line of
    /// several keeps its place in the line (tester s12), and a column equal to the line is
    /// said too (a tab copy's cell 3 on line 3 lost its column).
    #[test]
    fn a_line_holding_one_cell_is_said_as_the_line() {
        let zh = FormNote::read("已识别（第 19 行）：x");
        let place = zh.place.clone().unwrap();
        assert_eq!(place, FormPlace::Text { line: 19, cell: 0 });
        assert_eq!(place_message(&place).render(Lang::Zh), "第 19 行");
        assert_eq!(place_message(&place).render(Lang::En), "line 19");
        assert_eq!(zh.text, "x");
        let en = FormNote::read("recognised at line 19: x");
        assert_eq!(en.place, Some(place));
        let several = FormPlace::Text { line: 2, cell: 4 };
        assert_eq!(place_message(&several).render(Lang::Zh), "第 2 行第 4 格");
        let column = FormPlace::Text { line: 3, cell: 3 };
        assert_eq!(place_message(&column).render(Lang::Zh), "第 3 行第 3 格");
        assert_eq!(place_message(&column).render(Lang::En), "line 3, cell 3");
        // A case file written before: the cell counted through the file, read as written.
        let old = FormNote::read("推测（第 1935 行第 3538 格）：x");
        let old = old.place.unwrap();
        assert_eq!(place_message(&old).render(Lang::Zh), "第 1935 行第 3538 格");
        // A glued text's piece: its words kept as written.
        let glued = FormNote::read("推测（第 4 行“三级指标”处）：x");
        assert_eq!(glued.text, "x");
        assert_eq!(glued.place_text(), "第 4 行“三级指标”处");
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
        // A Word cell: the stable place findings use, and the words beside it.
        let word = ImportNotes::new(Arc::from(vec![
            "推测（Word 文档第 2 个表格第 7 行第 3 列）：x".to_owned(),
        ]));
        let word = serde_json::to_string(&word).unwrap();
        assert!(
            word.contains(r#""form_cell":"document#2!C7","form_place":"#),
            "{word}"
        );
        assert!(json.ends_with(
            r#"{"code":"import::recognised","severity":"info","message":"hand-written"}]"#
        ));
    }
}
