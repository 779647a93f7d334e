//! Stage: load. An import whose forms are read but not yet written as case files (#15): the
//! text readers hand their forms on as read, and each form's case text and mirror are written
//! only when it is asked for — a chunk at a time by `jixiao score FILE`, all at once by
//! [`Pending::write`] for `jixiao import`. So scoring a file of 10,000 forms never holds all
//! their case texts and mirrors at once, and a note on the whole input (its encoding, how its
//! cells were split) is written into each form's `import_notes` with the rest, the mirror
//! kept.

use super::draft::Mirror;
use super::grid::{self, Form, Import, ImportNote, ImportedForm};
use crate::i18n::{Message, msg};
use crate::load::raw_case::{CaseMirror, CaseTables};
use rayon::prelude::*;
use std::sync::Arc;

/// An import whose forms are not all written yet: what a reader found, in input order.
#[derive(Debug)]
pub struct Pending {
    /// The forms, in input order.
    pub forms: Vec<PendingForm>,
    /// Notes not attached to a form, as [`Import::problems`].
    pub problems: Vec<ImportNote>,
    /// Where the forms are written from: the input's name and the rule set they name.
    source_name: String,
    rules: Option<String>,
    /// A sheet (a workbook's, a document's, a page's) found to be a 绩效目标申报表 when no
    /// sheet held a form: its row and title, for the refusal ([`super::declaration`]).
    pub(crate) declaration: Option<super::declaration::Found>,
    /// Every form read is an empty template, no number filled in anywhere
    /// ([`Form::blank`]): the first form's line and title, for the refusal, as a
    /// 申报表's (tester s21 C3).
    pub(crate) blank: Option<(usize, String)>,
    /// The hidden sheets holding forms, not scored ([`grid::HiddenForms`]).
    pub hidden: Vec<grid::HiddenForms>,
}

/// What a blank form is named by: its title, else its project's name.
fn blank_title(form: &Form) -> &str {
    (form.title.as_deref())
        .or(form.project.as_deref())
        .unwrap_or_default()
}

/// The warning on an empty template set aside beside filled forms: the form's number and
/// title, at its title's place.
fn blank_form_note(form: &Form) -> ImportNote {
    let (line, cell) = form.start();
    ImportNote {
        form: 0,
        cell,
        line,
        sheet: form.sheet().map(str::to_owned),
        kind: grid::NoteKind::Unreadable,
        message: msg!(
            "import-blank-form-skipped",
            form = form.index,
            line = line,
            text = blank_title(form)
        ),
        piece: None,
    }
}

/// One form of a [`Pending`] import.
#[derive(Debug)]
pub struct PendingForm(Kind);

#[derive(Debug)]
enum Kind {
    /// Read, not written: written by [`PendingForm::write`].
    Read(Box<ReadForm>),
    /// Written already (by a reader that writes its forms itself: workbooks, documents, pages).
    Written(ImportedForm),
}

/// A form read and the notes on the whole input its case file begins `import_notes` with.
#[derive(Debug)]
struct ReadForm {
    form: Form,
    /// How the input's cells were split or its rows rebuilt ([`grid::Parsed::pending_noted`]):
    /// written into `import_notes`, not kept among the form's notes (the report says it once).
    read_note: Option<ImportNote>,
    /// The encoding note ([`Pending::note_encoding`]) stands first in `form.notes`, and so
    /// before `read_note` in `import_notes`.
    encoded: bool,
}

impl PendingForm {
    /// The form's position (1-based) in the input.
    pub fn index(&self) -> u32 {
        match &self.0 {
            Kind::Read(r) => r.form.index,
            Kind::Written(f) => f.index,
        }
    }

    /// Where the form starts in its input (its title row), when it was read here; none for a
    /// form its reader wrote already.
    pub fn start(&self) -> Option<crate::source::FormPlace> {
        match &self.0 {
            Kind::Read(r) => Some(r.form.start_place()),
            Kind::Written(_) => None,
        }
    }

    /// What the importer recognised, guessed or could not read in this form, as
    /// [`ImportedForm::notes`].
    pub fn notes(&self) -> &[ImportNote] {
        match &self.0 {
            Kind::Read(r) => &r.form.notes,
            Kind::Written(f) => &f.notes,
        }
    }

    /// The form written as a case file (its text, mirror and file name), exactly as
    /// [`Pending::write`] writes it.
    pub fn write(self, source_name: &str, rules: Option<&str>) -> ImportedForm {
        let mut mirror = CaseMirror::default();
        match self.write_to(source_name, rules, &mut mirror) {
            Writing::Written(form) => form,
            Writing::Fed(fed) => ImportedForm {
                index: fed.index,
                file_name: fed.file_name,
                mirror: Mirror(Some(Arc::new(mirror.into_case(fed.notes_above)))),
                toml: fed.toml,
                incomplete: fed.incomplete,
                notes: fed.notes,
            },
        }
    }

    /// The form's case file written, each table handed to `tables` as it is written (the
    /// validator, for `score FILE`: #15), or the form as a reader wrote it already (a
    /// workbook's, a document's, a page's: with its mirror).
    pub fn write_to(
        self,
        source_name: &str,
        rules: Option<&str>,
        tables: &mut impl CaseTables,
    ) -> Writing {
        self.draft_to(source_name, rules, |draft| {
            // In the language of the import, as its notes (#16 item 4): worded only here, for
            // the text (#15: a form fed without its text never shows it).
            draft.origin = msg!(
                "import-origin",
                file = source_name,
                form = draft.index.unwrap_or_default().to_string()
            )
            .to_string();
            draft.write_to(tables)
        })
    }

    /// The form's tables handed to `tables` as [`PendingForm::write_to`] hands them, without
    /// writing its case text (the [`Fed`]'s `toml` is empty; every span is): for a form scored
    /// straight from its input, which has no case file (#15, #16 F5). A form its reader
    /// wrote already is handed back as it is.
    ///
    /// `listed` false: no output lists the form's import notes (CSV, the table): they are
    /// not worded into `[form] import_notes`, which is handed on empty (#15: wording them
    /// was 2% of scoring a file of forms); [`Fed::doubtful_notes`] still counts them.
    pub fn feed(
        self,
        source_name: &str,
        rules: Option<&str>,
        tables: &mut impl CaseTables,
        listed: bool,
    ) -> Writing {
        let Kind::Read(mut read) = self.0 else {
            return self.draft_to(source_name, rules, |_| String::new());
        };
        if listed {
            return PendingForm(Kind::Read(read)).draft_to(source_name, rules, |draft| {
                draft.feed(tables);
                String::new()
            });
        }
        // The notes are kept aside while the draft is made, so that none is worded.
        let notes = std::mem::take(&mut read.form.notes);
        let read_note = read.read_note.take();
        let doubtful = (notes.iter().chain(&read_note))
            .filter(|n| matches!(n.kind, grid::NoteKind::Guessed | grid::NoteKind::Unreadable))
            .count();
        let guessed_at = (notes.iter().chain(&read_note))
            .filter(|n| n.kind == grid::NoteKind::Guessed)
            .filter_map(ImportNote::form_place)
            .collect();
        let fed = PendingForm(Kind::Read(read)).draft_to(source_name, rules, |draft| {
            draft.feed(tables);
            String::new()
        });
        match fed {
            Writing::Fed(fed) => Writing::Fed(Fed {
                notes,
                doubtful_notes: Some(doubtful),
                guessed_at,
                ..fed
            }),
            written => written,
        }
    }

    /// The form's draft, as its case file is written, handed to `write` (which gives the
    /// case text).
    fn draft_to(
        self,
        source_name: &str,
        rules: Option<&str>,
        write: impl FnOnce(&mut super::draft::Draft) -> String,
    ) -> Writing {
        let read = match self.0 {
            Kind::Written(f) => return Writing::Written(f),
            Kind::Read(r) => *r,
        };
        let ReadForm {
            mut form,
            read_note,
            encoded,
        } = read;
        let file_name = grid::file_name(&form);
        let mut draft = grid::draft(&mut form, source_name, rules);
        if let Some(note) = &read_note {
            let at = usize::from(encoded).min(draft.import_notes.len());
            draft.import_notes.insert(at, note.to_string());
        }
        let toml = write(&mut draft);
        Writing::Fed(Fed {
            index: form.index,
            file_name,
            toml,
            notes_above: draft.notes,
            incomplete: !form.complete,
            notes: form.notes,
            doubtful_notes: None,
            guessed_at: Vec::new(),
        })
    }
}

/// A form of a [`Pending`] import written ([`PendingForm::write_to`]).
#[derive(Debug)]
pub enum Writing {
    /// Written now, its tables handed on as they were written.
    Fed(Fed),
    /// Written by its reader already, with its mirror.
    Written(ImportedForm),
}

/// A form written now, its tables handed on: as [`ImportedForm`] without the mirror.
#[derive(Debug)]
pub struct Fed {
    /// The form's position (1-based) in the input.
    pub index: u32,
    /// The case file's name, as `import --out` writes it.
    pub file_name: String,
    /// The case file's text.
    pub toml: String,
    /// The notes printed under the form (注), written above the case file's tables.
    notes_above: Vec<String>,
    /// The importer found the form cut short.
    pub incomplete: bool,
    /// What the importer recognised, guessed or could not read, as [`ImportedForm::notes`].
    pub notes: Vec<ImportNote>,
    /// Fed with its notes unlisted ([`PendingForm::feed`]): how many of them its
    /// `import_notes` would have held that say the importer guessed or could not read
    /// something (none: the notes were handed on).
    pub doubtful_notes: Option<usize>,
    /// With [`Fed::doubtful_notes`]: where those that say the importer guessed point.
    pub guessed_at: Vec<crate::source::FormPlace>,
}

impl Pending {
    /// Forms read and the notes that belong to no form, to be written under `source_name`
    /// naming `rules`.
    pub(crate) fn new(
        forms: Vec<Form>,
        problems: Vec<ImportNote>,
        source_name: &str,
        rules: Option<&str>,
    ) -> Pending {
        let blank = match forms.first() {
            Some(first) if forms.iter().all(|f| f.blank) => {
                Some((first.start_line(), blank_title(first).to_owned()))
            }
            _ => None,
        };
        let forms = forms
            .into_iter()
            .map(|form| {
                PendingForm(Kind::Read(Box::new(ReadForm {
                    form,
                    read_note: None,
                    encoded: false,
                })))
            })
            .collect();
        Pending {
            forms,
            problems,
            source_name: source_name.to_owned(),
            rules: rules.map(str::to_owned),
            declaration: None,
            blank,
            hidden: Vec::new(),
        }
    }

    /// Sets aside the empty templates (空白表样, [`Form::blank`]) of an input that holds filled
    /// forms too — each one whole to its 总分 row, not a form cut short — and says each where
    /// it stands, a warning that it was not scored (s23: one beside a filled form was scored
    /// with no total and no grade, and counted in 部门汇总), as a 申报表 beside a form is
    /// (`import-declaration-sheet-skipped`). The forms kept keep their numbers, so that
    /// `第 3 张表` is still the input's third. An input whose every form is blank is refused
    /// instead ([`Pending::blank`]).
    pub(crate) fn set_aside_blank(&mut self) {
        let blank = |f: &PendingForm| match &f.0 {
            Kind::Read(r) => r.form.blank && r.form.complete,
            Kind::Written(_) => false,
        };
        if !self.forms.iter().any(blank) {
            return;
        }
        let (set_aside, kept): (Vec<PendingForm>, Vec<PendingForm>) =
            std::mem::take(&mut self.forms).into_iter().partition(blank);
        self.forms = kept;
        for f in &set_aside {
            if let Kind::Read(r) = &f.0 {
                self.problems.push(blank_form_note(&r.form));
            }
        }
    }

    /// Like [`Pending::new`], with a note on how the whole input was read written first in
    /// every form's `import_notes` and said once among the input's notes
    /// ([`grid::Parsed::pending_noted`]).
    pub(crate) fn noted(
        forms: Vec<Form>,
        mut problems: Vec<ImportNote>,
        note: impl Fn(u32) -> ImportNote,
        source_name: &str,
        rules: Option<&str>,
    ) -> Pending {
        problems.insert(0, note(0));
        let mut pending = Pending::new(forms, problems, source_name, rules);
        for form in &mut pending.forms {
            if let Kind::Read(r) = &mut form.0 {
                r.read_note = Some(note(r.form.index));
            }
        }
        pending
    }

    /// The input's name the forms are written under.
    pub fn source_name(&self) -> &str {
        &self.source_name
    }

    /// The rule set the forms name.
    pub fn rules(&self) -> Option<&str> {
        self.rules.as_deref()
    }

    /// Every form written as a case file, on every core, in input order.
    pub fn write(self) -> Import {
        let (name, rules) = (self.source_name.as_str(), self.rules.as_deref());
        let forms = self
            .forms
            .into_par_iter()
            .map(|f| f.write(name, rules))
            .collect();
        Import {
            forms,
            problems: self.problems,
            hidden: self.hidden,
        }
    }

    /// The notes of `form` the import report shows, as [`Import::reported_notes`].
    pub fn reported_notes<'a>(
        &'a self,
        form: &'a PendingForm,
    ) -> impl Iterator<Item = &'a ImportNote> + 'a {
        form.notes()
            .iter()
            .filter(move |n| !grid::repeats_input_note(&self.problems, n))
    }

    /// Records how the whole input was read — its text decoded (GBK, a byte-order mark …):
    /// in the report, and first in every form's `import_notes`, since each case file stands
    /// alone. Forms not yet written keep their mirror, the note being written with them; a
    /// form written already is written again with the note, and parsed.
    pub(crate) fn note_encoding(&mut self, message: Message) {
        let note = |form: u32| grid::input_note(form, message.clone());
        for form in &mut self.forms {
            match &mut form.0 {
                Kind::Read(r) => {
                    r.form.notes.insert(0, note(r.form.index));
                    r.encoded = true;
                }
                Kind::Written(f) => grid::note_written_form(f, note(f.index)),
            }
        }
        self.problems.insert(0, note(0));
    }
}

impl From<Import> for Pending {
    /// An import whose forms are written already (workbooks, documents, pages).
    fn from(import: Import) -> Pending {
        Pending {
            forms: import
                .forms
                .into_iter()
                .map(|f| PendingForm(Kind::Written(f)))
                .collect(),
            problems: import.problems,
            source_name: String::new(),
            rules: None,
            declaration: None,
            blank: None,
            hidden: import.hidden,
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::load::raw_case::parse_toml;

    const SEED: &str = include_str!("../../tests/data/seed-2023-huainan.txt");

    /// The seed with every `||||` padding run gone: its rows are rebuilt, a note on the whole
    /// input ([`grid::Parsed::pending_noted`]).
    fn rebuilt_seed() -> String {
        SEED.lines()
            .filter(|l| !l.trim_start().starts_with("||"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// What writing every form at once gave before forms were held unwritten: the case
    /// texts written by the reader, then the encoding note put first in each of them, the
    /// mirrors let go.
    fn written_then_noted(text: &str, message: Option<Message>) -> Import {
        let mut import = super::super::seed_text::import("in.txt", text, Some("anhui-2023"));
        if let Some(m) = message {
            for form in &mut import.forms {
                grid::note_written_form(form, grid::input_note(form.index, m.clone()));
            }
            import.problems.insert(0, grid::input_note(0, m));
        }
        import
    }

    /// A GBK (and a UTF-16, byte-order-marked) input's forms are written with the encoding note as
    /// before, byte for byte, and now keep their mirror: exactly what parsing their text gives
    /// (#15: each of them was parsed again as TOML).
    #[test]
    fn an_encoded_input_keeps_each_forms_mirror_and_writes_the_same_case_files() {
        let rebuilt = rebuilt_seed();
        for text in [SEED, rebuilt.as_str()] {
            let (gbk, _, lossy) = encoding_rs::GBK.encode(text);
            assert!(!lossy);
            let utf16: Vec<u8> = [0xFF, 0xFE]
                .into_iter()
                .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
                .collect();
            for bytes in [gbk.to_vec(), utf16] {
                let decoded = super::super::encoding::decode(&bytes);
                let message = decoded.message();
                assert!(message.is_some(), "no note on the encoding");
                let before = written_then_noted(&decoded.text, message);
                let (_, pending, _) =
                    super::super::read_with_text("in.txt", &bytes, Some("anhui-2023")).unwrap();
                let after = pending.write();
                assert_eq!(after, before, "the case files and notes differ");
                assert_eq!(after.forms.len(), 14);
                for form in &after.forms {
                    let mirror = form.mirror.0.as_ref().expect("the mirror is kept");
                    let parsed = parse_toml(&form.toml).unwrap();
                    assert_eq!(format!("{mirror:?}"), format!("{parsed:?}"));
                }
            }
        }
    }
}
