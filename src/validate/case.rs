//! Validates a case file and builds a [`Case`], parsing every cell once.

use super::Validated;
use crate::diagnostic::codes::CaseCode;
use crate::diagnostic::{Diagnostic, from_toml_error};
use crate::i18n::{Lang, Message, msg};
use crate::import::grid::NoteKind;
use crate::load::raw_case::{self, RawCell};
use crate::model::{Case, Cell, FundsRow, Indicator, Number};
use crate::source::{Field, FormMap, FormPlace, Place, Source};
use crate::value::{self, Value};
use rust_decimal::Decimal;
use std::sync::Arc;

mod builder;
pub use builder::Builder;

/// Parses and validates a case file.
pub fn validate(source: &Source) -> Validated<Case> {
    let raw = match parse(source) {
        Ok(raw) => raw,
        Err(diagnostics) => {
            return Validated {
                value: None,
                diagnostics,
            };
        }
    };
    from_raw(&raw, source)
}

/// Validates a case file's mirror into a [`Case`]: what [`validate`] does once the text is
/// parsed. `raw`'s spans are byte offsets into `source`'s text. Its tables are fed, in file
/// order, to the [`Builder`] an imported form is validated by as it is written (#15): one
/// validation, whether the form comes from a file or from an importer.
pub fn from_raw(raw: &raw_case::RawCase, source: &Source) -> Validated<Case> {
    fed(raw).finish(source)
}

/// A [`Builder`] fed a case file's mirror, its tables in file order: [`from_raw`] before the
/// case is placed.
pub fn fed(raw: &raw_case::RawCase) -> Builder {
    let mut builder = Builder::default();
    builder.rows(raw.funds.len(), raw.goals.len(), raw.indicators.len());
    builder.form(&raw.form);
    builder.header(&raw.header);
    for row in &raw.funds {
        builder.funds(row);
    }
    for row in &raw.goals {
        builder.goal(row);
    }
    for row in &raw.indicators {
        builder.indicator(row);
    }
    if let Some(total) = &raw.total {
        builder.total(total);
    }
    if let Some(expect) = &raw.expect {
        builder.expect(expect);
    }
    builder
}

/// The case file as its serde mirror, or every problem that stops it from being read: unknown
/// keys, full-width marks where TOML needs ASCII, TOML's own error.
fn parse(source: &Source) -> Result<raw_case::RawCase, Vec<Diagnostic>> {
    let (raw, unknown) = raw_case::parse_reporting(&source.text);
    if (raw.is_err() || !unknown.is_empty())
        && let Some(rule_file) = rule_file(source)
    {
        return Err(vec![rule_file]);
    }
    let diagnostics = super::keys::unknown_keys::<raw_case::RawCase>(
        CaseCode::UnknownKey,
        &source.text,
        &unknown,
        &|span| (source.clone(), span),
    );
    match raw {
        Ok(raw) if diagnostics.is_empty() => Ok(raw),
        Ok(_) => Err(diagnostics),
        Err(e) => {
            let mut slips = crate::load::full_width::diagnostics(CaseCode::FullWidth, source);
            if !slips.is_empty() {
                // The keys the file would still have wrong once the slips are fixed are said
                // in the same round (tester s12b N7).
                let fixed = crate::load::full_width::Fixed::of(&source.text);
                slips.extend(super::keys::unknown_keys::<raw_case::RawCase>(
                    CaseCode::UnknownKey,
                    &fixed.text,
                    &crate::load::unknown::every_unknown::<raw_case::RawCase>(&fixed.text),
                    &|span| (source.clone(), fixed.written(span)),
                ));
                slips.sort_by_key(|d| d.source.as_ref().map(|(_, span)| span.start));
                return Err(slips);
            }
            // As serde stopped at the error, the unknown keys after it are found by a walk
            // over the file; the error itself is reported unless a misspelt key came first
            // (a misspelt required key makes it "missing").
            let mut diagnostics = super::keys::unknown_keys::<raw_case::RawCase>(
                CaseCode::UnknownKey,
                &source.text,
                &crate::load::unknown::every_unknown::<raw_case::RawCase>(&source.text),
                &|span| (source.clone(), span),
            );
            if unknown.is_empty() {
                diagnostics.push(from_toml_error(CaseCode::Syntax, source, &e));
            }
            Err(diagnostics)
        }
    }
}

/// A rule file read as a case file — one saved loose among the forms (`我县规则2024.toml`,
/// tester s12b N6) — has a `[rule_set]` table: it is said once, as passed over, instead of an
/// error for each of its tables. Looked for only in a file that did not read as a case.
fn rule_file(source: &Source) -> Option<Diagnostic> {
    source
        .text
        .lines()
        .any(|l| l.trim() == "[rule_set]")
        .then(|| {
            Diagnostic {
                severity: crate::diagnostic::Severity::Info,
                ..Diagnostic::warning(
                    crate::diagnostic::codes::ImportCode::Skipped,
                    msg!("import-skipped-rule-file", file = source.name.clone()),
                )
            }
            .help(msg!("import-skipped-rule-set-help"))
        })
}

/// An import note that asks for a check (`guessed …`, `unreadable …`), in the language the
/// case file was written in.
fn is_doubtful_note(note: &str) -> bool {
    // The words, in every language, worded once (#15: four catalog look-ups a note).
    static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        (Lang::ALL.iter())
            .flat_map(|lang| {
                [NoteKind::Guessed, NoteKind::Unreadable].map(|kind| kind.message().render(*lang))
            })
            .collect()
    });
    words.iter().any(|word| {
        note.strip_prefix(word.as_str())
            .is_some_and(|rest| rest.starts_with([' ', '（']))
    })
}

/// A cell of the case file, blank when the key is absent.
fn cell(c: &Option<RawCell>, field: Field) -> Cell {
    to_cell(c.as_ref(), field)
}

/// A cell of a row of the case file; when its key is absent (a row cut short on an
/// incomplete form), blank and placed at the row's start, so a finding about it names the
/// row's line instead of line 1 (tester F11).
fn row_cell(c: &Option<RawCell>, field: Field, row: &std::ops::Range<usize>) -> Cell {
    let mut cell = to_cell(c.as_ref(), field);
    if c.is_none() {
        cell.span = row.start..row.start;
    }
    cell
}

/// The quantities an indicator's own name states in its target's unit (`满意度≥85%` beside
/// `≧90%`): what the name can contradict the target with. A name is scanned only when the
/// target is a quantity with a unit — for the others nothing it states is compared (#15: every
/// name was scanned, a quarter of validating a form).
fn stated_quantities(name: &str, target: &Value) -> Vec<value::Quantity> {
    match target {
        Value::Quantity(t) if !t.unit.is_empty() => {
            let mut all = value::extract_quantities(name);
            all.retain(|q| q.unit == t.unit);
            all
        }
        _ => Vec::new(),
    }
}

/// One note for the cells written with full-width digits or number signs (`９０％`): they are
/// read as half-width, and the note says so once per case, at the first of them (with which
/// it is handed on).
fn full_width_note<'a>(cells: impl Iterator<Item = &'a Cell>) -> Option<(Diagnostic, Cell)> {
    let mut first: Option<(&Cell, String)> = None;
    let mut more = 0usize;
    for c in cells {
        if let Some(read) = value::full_width_reading(&c.text) {
            match first {
                None => first = Some((c, read)),
                Some(_) => more += 1,
            }
        }
    }
    let (cell, read) = first?;
    let mut d = Diagnostic::warning(
        CaseCode::FullWidthRead,
        msg!(
            "case-full-width-read",
            text = cell.text.trim(),
            read = read,
            more = more
        ),
    )
    .help(msg!("case-full-width-read-help"));
    d.severity = crate::diagnostic::Severity::Info;
    Some((d, cell.clone()))
}

/// A note for each cell whose value is followed by a bracketed remark (`92%（注：抽样调查300人）`,
/// tester s12 S6): the value is read without it, and the note says what was set aside.
fn remark_notes<'a>(cells: impl Iterator<Item = &'a Cell>) -> Vec<(Diagnostic, Cell)> {
    cells
        .filter_map(|c| {
            let remark = value::remark(&c.text)?;
            let text = c.text.trim();
            let read = text.strip_suffix(remark).unwrap_or(text).trim();
            let message = msg!(
                "case-remark-read",
                text = text,
                read = read,
                remark = remark
            );
            let mut d = Diagnostic::warning(CaseCode::RemarkRead, message)
                .help(msg!("case-remark-read-help"));
            d.severity = crate::diagnostic::Severity::Info;
            Some((d, c.clone()))
        })
        .collect()
}

/// A note for each actual written as words with a bracketed remark after them
/// (`已建立（制度文件已印发）`, tester s14 F4) that does not repeat its target: the band matcher
/// judges the words when the whole cell is judged by nothing (`evaluate::indicator`), and the
/// note says what was set aside.
fn word_remark_notes<'a>(
    lines: impl Iterator<Item = (&'a Cell, &'a Cell)>,
) -> Vec<(Diagnostic, Cell)> {
    lines
        .filter(|(target, actual)| target.text.trim() != actual.text.trim())
        .filter_map(|(_, actual)| {
            let (read, remark) = value::word_remark(&actual.text)?;
            let message = msg!(
                "case-remark-read-words",
                text = actual.text.trim(),
                read = read,
                remark = remark
            );
            let mut d = Diagnostic::warning(CaseCode::RemarkRead, message)
                .help(msg!("case-remark-read-words-help"));
            d.severity = crate::diagnostic::Severity::Info;
            Some((d, actual.clone()))
        })
        .collect()
}

/// One note for the cells holding characters that do not show on screen (a zero-width space
/// in `2&#8203;85`, tester s11 F4): the values are read without them, and the note says so
/// once per case, at the first such cell, naming the characters.
fn invisible_note<'a>(cells: impl Iterator<Item = &'a Cell>) -> Option<(Diagnostic, Cell)> {
    let mut first: Option<(&Cell, String)> = None;
    let mut more = 0usize;
    for c in cells {
        if let Some(read) = value::without_invisible(&c.text) {
            match first {
                None => first = Some((c, read)),
                Some(_) => more += 1,
            }
        }
    }
    let (cell, read) = first?;
    let mut seen: Vec<char> = cell
        .text
        .chars()
        .filter(|c| value::is_invisible(*c))
        .collect();
    seen.sort_unstable();
    seen.dedup();
    let names: Vec<String> = seen
        .into_iter()
        .map(|c| value::invisible_name(c).to_string())
        .collect();
    let mut d = Diagnostic::warning(
        CaseCode::InvisibleRead,
        msg!(
            "case-invisible-read",
            read = read.trim(),
            chars = names.join("、"),
            more = more
        ),
    )
    .help(msg!("case-invisible-read-help"));
    d.severity = crate::diagnostic::Severity::Info;
    Some((d, cell.clone()))
}

/// A form scored straight from its input (`score FILE`), which has no case file (#16 F5):
/// what [`Builder::finish_on_form`] places its case and diagnostics with.
pub struct OnForm<'a> {
    /// The case's name: `SOURCE#FILE_NAME`, the case file `import --out` would write.
    pub name: String,
    /// The input's text, when the form's places name its lines (text inputs): a diagnostic
    /// frames the line its cell was read from.
    pub input: Option<&'a Source>,
    /// Where the form starts (its title row): the place of what is about the whole form.
    pub start: Option<FormPlace>,
    /// The input and the form's number in it, shown where a case file's name would be.
    pub of: crate::model::FormOf,
}

/// A diagnostic about `cell` of a form scored straight from its input placed on the form
/// (#16 F5), as the form has no case file: the message names where the cell stands — its
/// indicator, the form's name of the field and the cell or line it was read from (a cell's
/// text is in the message already) — and the diagnostic frames that line of a text input.
fn on_form(d: Diagnostic, cell: &Cell, map: &Arc<FormMap>, input: Option<&Source>) -> Diagnostic {
    let Some(said) = Place::form_only(cell.field, map).on_form() else {
        return d;
    };
    let message = msg!("case-on-form", message = d.message.clone(), place = said);
    let d = Diagnostic { message, ..d };
    match (input, map.place(cell.field)) {
        (Some(input), Some((FormPlace::Text { line, .. }, _))) => {
            let span = input.line_span(line);
            d.at(input, span)
        }
        _ => d,
    }
}

/// The case-file keys a `cells` table may name, per table.
const FUNDS_CELL_KEYS: [&str; 7] = [
    "label",
    "initial_budget",
    "full_year_budget",
    "spent",
    "points",
    "rate",
    "score",
];
const INDICATOR_CELL_KEYS: [&str; 12] = [
    "level1",
    "level2",
    "level3",
    "nature",
    "target",
    "actual",
    "completion",
    "points",
    "score",
    "deduction",
    "deviation",
    "scoring",
];
const TOTAL_CELL_KEYS: [&str; 2] = ["points", "score"];
/// Where each of [`FUNDS_CELL_KEYS`] stands in alphabetical order (the order of a case's
/// form cells within a row).
const FUNDS_CELL_RANKS: [u8; 7] = [2, 1, 0, 6, 3, 4, 5];
/// Where each of [`INDICATOR_CELL_KEYS`] stands in alphabetical order.
const INDICATOR_CELL_RANKS: [u8; 12] = [4, 5, 6, 7, 11, 0, 1, 8, 9, 2, 3, 10];

/// Where the case's fields stand on the form: indicator names and funds labels as written,
/// and the workbook cells (or input lines) the importer recorded.
fn form_map(
    funds: &[FundsRow],
    indicators: &[Indicator],
    cells: Vec<(Field, FormPlace)>,
) -> FormMap {
    FormMap {
        indicators: indicators
            .iter()
            .map(|i| {
                [
                    i.level1.text.clone(),
                    i.level2.text.clone(),
                    i.level3.text.clone(),
                ]
            })
            .collect(),
        funds: funds.iter().map(|r| r.label.text.clone()).collect(),
        cells,
        input: None,
        start: None,
    }
}

fn to_cell(c: Option<&RawCell>, field: Field) -> Cell {
    match c {
        Some(c) => Cell {
            text: c.get_ref().0.clone(),
            span: c.span(),
            field,
        },
        None => Cell {
            text: Arc::from(""),
            span: 0..0,
            field,
        },
    }
}

/// The largest magnitude a numeric cell may hold (10^15): no form's points, scores, amounts
/// (万元) or rates come near it, and every sum and product of such cells stays far inside
/// `Decimal`'s range, so scoring arithmetic cannot overflow on them.
pub const MAX_CELL: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0);

/// Reads a numeric cell (points, scores, amounts, rates) with the one value parser. A number
/// beyond [`MAX_CELL`] is unreadable: no form means it. So is a number with a unit other than
/// 分 or %: `7.92万元` or `2850户` under 分值 is a cell of another column that slipped into it
/// (a cell broken in two shifts the row), never 79,200 points (tester s6 F2). `无` or `不适用`
/// written under 分值/得分 marks the cell empty, as `/` or `-` does (tester s7 F1).
pub fn number(text: &str) -> Number {
    number_of(text, value::parse(text))
}

/// Reads a 得分 cell as [`number`] does, but for full or no marks written in words (`满分`,
/// `满分10分`, `不得分`: [`value::score`]), kept as [`Number::Marks`] for evaluation to
/// resolve against the line's points (tester s11c H1).
pub fn score(text: &str) -> Number {
    match value::score(text) {
        value::Score::Marks(m) => Number::Marks(m),
        value::Score::Value(v) => number_of(text, v),
    }
}

/// [`number`] of `text` already parsed into `value`.
fn number_of(text: &str, value: Value) -> Number {
    match value {
        Value::Blank | Value::NotApplicable => Number::Blank,
        Value::Quantity(q)
            if q.comparator.is_none()
                && !q.ordinal
                && q.value.abs() <= MAX_CELL
                && matches!(q.unit.as_str(), "" | "分" | "%") =>
        {
            Number::Value(q.value)
        }
        _ => Number::Unreadable(text.trim().to_owned()),
    }
}

/// Reads an amount cell of the 项目资金 block in the block's unit (万元) with the one value
/// parser (`120万元` and `120` are both 120, #15 / the tester's F16); a unit that is not money
/// (`120人`) or anything beyond [`MAX_CELL`] is unreadable.
pub fn amount(text: &str) -> Number {
    amount_number(text, value::amount(text))
}

/// [`amount`] of `text` already read as `amount`.
fn amount_number(text: &str, amount: value::Amount) -> Number {
    match amount {
        value::Amount::Blank => Number::Blank,
        value::Amount::Value(v) if v.abs() <= MAX_CELL => Number::Value(v),
        _ => Number::Unreadable(text.trim().to_owned()),
    }
}

/// True for a numeric cell [`check_number`] has nothing to say about: blank, or a number
/// that is not negative (most cells: the message is not even built for them).
fn number_is_fine(n: &Number) -> bool {
    matches!(n, Number::Blank | Number::Marks(_))
        || matches!(n, Number::Value(v) if !v.is_sign_negative() || v.is_zero())
}

/// The warning about a numeric cell that cannot be used as written: not a number (`十五`), too
/// large, or negative; placed at the cell by the caller. The form is still scored; the
/// evaluator reports a finding too.
fn check_number(what: Message, cell: &Cell, n: &Number) -> Option<Diagnostic> {
    // Most cells are fine: the text is trimmed only for a message.
    if number_is_fine(n) {
        return None;
    }
    let text = cell.text.trim();
    let d = match n {
        Number::Unreadable(_) if value::excel_error(text).is_some() => Diagnostic::warning(
            CaseCode::NotANumber,
            msg!("case-cell-excel-error", what = what, text = text),
        )
        .help(msg!("case-cell-excel-error-help")),
        Number::Unreadable(_) => {
            let plain = match value::parse(text) {
                Value::Quantity(q) if q.comparator.is_none() && !q.ordinal => Some(q),
                _ => None,
            };
            let too_large = plain.as_ref().is_some_and(|q| q.value.abs() > MAX_CELL);
            if let Some(q) = plain.filter(|_| !too_large) {
                // A unit no point count has (`7.92万元`): a cell of another column.
                let unit = format!(
                    "{}{}",
                    if q.scale > Decimal::ONE { "万" } else { "" },
                    q.unit
                );
                Diagnostic::warning(
                    CaseCode::NotANumber,
                    msg!(
                        "case-cell-unit",
                        what = what,
                        text = text,
                        unit = unit.as_str()
                    ),
                )
                .help(msg!("case-cell-unit-help"))
            } else if too_large {
                Diagnostic::warning(
                    CaseCode::TooLarge,
                    msg!("case-cell-too-large", what = what, text = text),
                )
                .help(msg!("case-cell-too-large-help"))
            } else {
                Diagnostic::warning(
                    CaseCode::NotANumber,
                    msg!("case-cell-not-a-number", what = what, text = text),
                )
                .help(msg!("case-cell-not-a-number-help"))
            }
        }
        Number::Value(v) if v.is_sign_negative() && !v.is_zero() => Diagnostic::warning(
            CaseCode::Negative,
            msg!("case-cell-negative", what = what, text = text),
        )
        .help(msg!("case-cell-negative-help")),
        _ => return None,
    };
    Some(d)
}

/// `[form] rules` naming a path (`/etc/x`, `../../x`): rule sets are shared between offices
/// and found by id under the rules root only; nothing outside it is read (issue #18 item 8).
fn rules_not_an_id(rules: &str) -> Diagnostic {
    Diagnostic::error(
        CaseCode::RulesNotAnId,
        msg!("case-rules-not-an-id", rules = rules),
    )
    .help(msg!("case-rules-not-an-id-help"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use crate::source::SourceFile;

    const CASE: &str = "[header]\nproject = \"p\"\n\n[[indicators]]\nlevel1 = \"产出指标\"\nlevel2 = \"数量指标\"\nlevel3 = \"指标1\"\ntarget = \"≥85.5%\"\nactual = \"25,000件\"\npoints = \"50\"\nscore = \"-5\"\n";

    /// A name's stated quantities are those in its target's unit, and none beside a target
    /// that is no quantity with a unit: exactly what the contradiction check compares.
    #[test]
    fn a_name_states_quantities_in_its_targets_unit_only() {
        let name = "满意度≥85%，投诉不超过3件";
        let stated = |target: &str| {
            super::stated_quantities(name, &crate::value::parse(target))
                .iter()
                .map(|q| (q.value.to_string(), q.unit.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(stated("≥90%"), [("85".to_owned(), "%".to_owned())]);
        assert_eq!(stated("≤5件"), [("3".to_owned(), "件".to_owned())]);
        assert!(stated("达成预期指标").is_empty());
        assert!(stated("90").is_empty());
        assert!(stated("≥90人").is_empty());
        let all = crate::value::extract_quantities(name);
        assert_eq!(all.len(), 2, "{all:?}");
    }

    /// A 得分 cell reads full or no marks in words for evaluation to resolve; a 分值 cell
    /// written `满分` is still not a number (tester s11c H1).
    #[test]
    fn a_score_cell_reads_marks_in_words_and_a_points_cell_does_not() {
        use crate::model::Number;
        use crate::value::Marks;
        let full = Number::Marks(Marks::Full { stated: None });
        assert_eq!(super::score("满分"), full);
        assert_eq!(super::score("不得分"), Number::Marks(Marks::Zero));
        assert_eq!(super::score("9分"), Number::Value(9.into()));
        assert_eq!(super::score(""), Number::Blank);
        assert_eq!(super::number("满分"), Number::Unreadable("满分".into()));
        assert!(super::number_is_fine(&full));
    }

    /// A table's cell ranks are its keys' places in alphabetical order.
    #[test]
    fn cell_key_ranks_are_the_alphabetical_order() {
        fn ranks(keys: &[&str]) -> Vec<u8> {
            let mut sorted = keys.to_vec();
            sorted.sort_unstable();
            let at = |k| sorted.iter().position(|s| s == k).unwrap();
            keys.iter().map(|k| u8::try_from(at(k)).unwrap()).collect()
        }
        assert_eq!(ranks(&super::FUNDS_CELL_KEYS), super::FUNDS_CELL_RANKS);
        assert_eq!(
            ranks(&super::INDICATOR_CELL_KEYS),
            super::INDICATOR_CELL_RANKS
        );
        assert_eq!(ranks(&super::TOTAL_CELL_KEYS), [0, 1]);
    }

    /// Full-width cells read exactly as their half-width twins, with one note at the first.
    #[test]
    fn full_width_cells_read_as_half_width_with_one_note() {
        let full = CASE
            .replace("≥85.5%", "≥８５．５％")
            .replace("25,000件", "２５，０００件")
            .replace("\"50\"", "\"５０\"")
            .replace("-5", "﹣5");
        let half = super::validate(&SourceFile::new("h.toml", CASE));
        let full = super::validate(&SourceFile::new("f.toml", full));
        let (h, f) = (half.value.unwrap(), full.value.unwrap());
        for (a, b) in h.indicators.iter().zip(&f.indicators) {
            assert_eq!(a.target.1, b.target.1);
            assert_eq!(a.actual.1, b.actual.1);
            assert_eq!(a.points.1, b.points.1);
            assert_eq!(a.score.1, b.score.1);
        }
        let notes: Vec<_> = full
            .diagnostics
            .iter()
            .filter(|d| d.code == "case::full-width-read")
            .collect();
        assert_eq!(notes.len(), 1, "{:?}", full.diagnostics);
        assert!(
            notes[0].message.to_string().contains("(and 3 more cells)"),
            "{}",
            notes[0].message
        );
        assert!(
            !half
                .diagnostics
                .iter()
                .any(|d| d.code == "case::full-width-read")
        );
    }
}
