//! Stage: validate. A case built a table at a time, in the order a case file holds its tables
//! ([`CaseTables`]): the one validation of a case, fed by the walk over a case file's mirror
//! ([`super::from_raw`]) and by an importer writing a form (`import::draft`, #15). An imported
//! form is validated as its case text is written, so no mirror is built for it and walked
//! again; the diagnostics keep their spans until the text is whole ([`Builder::finish`]).

use super::{
    FUNDS_CELL_KEYS, FUNDS_CELL_RANKS, INDICATOR_CELL_KEYS, INDICATOR_CELL_RANKS, TOTAL_CELL_KEYS,
    amount_number, cell, check_number, form_map, full_width_note, invisible_note, is_doubtful_note,
    number, number_is_fine, number_of, remark_notes, row_cell, rules_not_an_id, score,
    stated_quantities, to_cell, word_remark_notes,
};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::codes::CaseCode;
use crate::i18n::{Message, msg};
use crate::load::raw_case::{
    CaseTables, RawCell, RawExpect, RawForm, RawFunds, RawGoal, RawHeader, RawIndicator, RawPlaces,
    RawTotal,
};
use crate::model::{Case, Cell, Expect, FundsKind, FundsRow, Goal, Indicator, Number};
use crate::source::{Field, FormMap, FormPlace, Source, SourceFile};
use crate::validate::Validated;
use crate::value;
use rust_decimal::Decimal;
use std::ops::Range;
use std::str::FromStr;
use std::sync::Arc;
use toml::Spanned;

/// A case being validated a table at a time; [`Builder::finish`] hands it on once its case
/// file's text is whole.
#[derive(Default)]
pub struct Builder {
    /// Diagnostics in the order the checks of a case file say them, each with the cell (or
    /// row) it is about: placed at the cell's span once the text is whole, or where the
    /// field stands on the form when there is no case file ([`Builder::finish_on_form`]).
    found: Vec<(Diagnostic, Cell)>,
    /// Keys of `cells` tables that name no field: said after every other diagnostic.
    unknown_cells: Vec<(Diagnostic, Cell)>,
    /// The "no indicators" warning has been considered (it stands after the indicators' own).
    indicators_closed: bool,
    header_span: Range<usize>,
    rules: Option<(String, Range<usize>)>,
    constructed: bool,
    incomplete: bool,
    guessed_notes: usize,
    guessed_at: Vec<crate::source::FormPlace>,
    import_notes: Arc<[String]>,
    input: Option<Arc<str>>,
    project: Cell,
    department: Cell,
    unit: Cell,
    year: Cell,
    title: Cell,
    funds: Vec<FundsRow>,
    goals: Vec<Goal>,
    indicators: Vec<Indicator>,
    total: Option<((Cell, Number), (Cell, Number))>,
    shown_rounding: Decimal,
    expect: Option<Expect>,
    /// The form cells recorded, by field: rows arrive in field order and each row's cells are
    /// sorted as they come, so the whole is sorted without a sort of the whole.
    cells: Vec<(Field, FormPlace)>,
}

impl Builder {
    /// Room for as many rows as will follow: each row is validated into its place, not moved
    /// as the lists grow (an indicator is a few hundred bytes; growing cost 13 M instructions
    /// on 1,008 seed forms, #15).
    pub fn rows(&mut self, funds: usize, goals: usize, indicators: usize) {
        self.funds.reserve_exact(funds);
        self.goals.reserve_exact(goals);
        self.indicators.reserve_exact(indicators);
    }

    /// `[form]`: the rule set named, provenance and the importer's notes.
    pub fn form(&mut self, form: &RawForm) {
        self.form_with_notes(form, Arc::from(form.import_notes.as_slice()));
    }

    /// How many import notes of the form say the importer guessed or could not read
    /// something, when its `import_notes` were not handed on (`import::PendingForm::feed`
    /// for an output that does not list them, #15): what [`Builder::form`] counts in them.
    /// `guessed_at`: where those that say the importer guessed point.
    pub fn doubtful_notes(&mut self, count: usize, guessed_at: Vec<crate::source::FormPlace>) {
        self.guessed_notes = count;
        self.guessed_at = guessed_at;
    }

    /// `[form]` with its `import_notes` handed over (`form`'s own are not looked at).
    fn form_with_notes(&mut self, form: &RawForm, import_notes: Arc<[String]>) {
        self.rules = form.rules.as_ref().map(|r| (r.get_ref().clone(), r.span()));
        self.constructed = form.constructed;
        self.incomplete = form.incomplete;
        self.guessed_notes = import_notes.iter().filter(|n| is_doubtful_note(n)).count();
        // Only the doubtful few are read back (each reading looks its words up).
        self.guessed_at = (import_notes.iter())
            .filter(|n| is_doubtful_note(n))
            .map(|n| crate::outcome::FormNote::read(n))
            .filter(|n| n.kind == Some(crate::import::NoteKind::Guessed))
            .filter_map(|n| n.place)
            // A glued text's piece is said by its text, no cell (`ImportNote::form_place`).
            .filter(|p| !matches!(p, FormPlace::Named(n) if !n.contains('!')))
            .collect();
        self.import_notes = import_notes;
        self.input = FormMap::input_name(&form.source);
    }

    /// `[header]`.
    pub fn header(&mut self, header: &Spanned<RawHeader>) {
        self.header_span = header.span();
        let h = header.get_ref();
        self.project = to_cell(Some(&h.project), Field::of("header", "project"));
        self.department = cell(&h.department, Field::of("header", "department"));
        self.unit = cell(&h.unit, Field::of("header", "unit"));
        self.year = cell(&h.year, Field::of("header", "year"));
        self.title = cell(&h.title, Field::of("header", "title"));
    }

    /// A `[[funds]]` row, with its label's kind and its numbers read.
    pub fn funds(&mut self, row: &Spanned<RawFunds>) {
        let i = self.funds.len();
        let span = row.span();
        let r = row.get_ref();
        // Each cell parsed once: what it reads as, and whether it is a number in a unit that
        // is not money (`120人`), which the evaluator's unit-mismatch finding says instead.
        let f = |name: &'static str, c: &Option<RawCell>| {
            let c = row_cell(c, Field::at("funds", i, name), &span);
            let v = value::parse(&c.text);
            let not_money = matches!(value::amount_of(&v), value::Amount::NotMoney { .. });
            let n = number_of(&c.text, v);
            ((c, n), not_money)
        };
        let money = |name: &'static str, c: &Option<RawCell>| {
            let c = row_cell(c, Field::at("funds", i, name), &span);
            let a = value::amount(&c.text);
            let not_money = matches!(a, value::Amount::NotMoney { .. });
            let n = amount_number(&c.text, a);
            ((c, n), not_money)
        };
        let label = to_cell(Some(&r.label), Field::at("funds", i, "label"));
        let kind = FundsKind::of_label(&label.text);
        if kind == FundsKind::Unknown {
            let d = Diagnostic::warning(
                CaseCode::UnknownFundsRow,
                msg!("case-unknown-funds-row", label = &label.text),
            )
            .help(msg!("case-unknown-funds-row-help"));
            self.found.push((d, label.clone()));
        }
        let (initial_budget, initial_not_money) = money("initial_budget", &r.initial_budget);
        let (full_year_budget, full_year_not_money) =
            money("full_year_budget", &r.full_year_budget);
        let (spent, spent_not_money) = money("spent", &r.spent);
        let (points, points_not_money) = f("points", &r.points);
        let score = {
            let c = row_cell(&r.score, Field::at("funds", i, "score"), &span);
            let v = value::score(&c.text);
            let not_money = matches!(&v, value::Score::Value(v)
                if matches!(value::amount_of(v), value::Amount::NotMoney { .. }));
            let n = match v {
                value::Score::Marks(m) => Number::Marks(m),
                value::Score::Value(v) => number_of(&c.text, v),
            };
            ((c, n), not_money)
        };
        let (score, score_not_money) = score;
        let row = FundsRow {
            kind,
            label,
            initial_budget,
            full_year_budget,
            spent,
            points,
            rate: f("rate", &r.rate).0,
            score,
            reason: cell(&r.reason, Field::at("funds", i, "reason")),
            span,
        };
        let checked: [(What, _, bool); 5] = [
            (
                || msg!("case-what-initial-budget"),
                &row.initial_budget,
                initial_not_money,
            ),
            (
                || msg!("case-what-full-year-budget"),
                &row.full_year_budget,
                full_year_not_money,
            ),
            (|| msg!("case-what-spent"), &row.spent, spent_not_money),
            (|| msg!("case-what-points"), &row.points, points_not_money),
            (|| msg!("case-what-score"), &row.score, score_not_money),
        ];
        for (what, (c, n), not_money) in checked {
            // A unit that is not money (`120人`) is said by the evaluator's unit-mismatch
            // finding, in the form's words; "not a number" or "too large" would be wrong.
            if !not_money && !number_is_fine(n) {
                self.number_note(what, c, n);
            }
        }
        self.form_cells(
            "funds",
            Some(i),
            (&FUNDS_CELL_KEYS, &FUNDS_CELL_RANKS),
            &r.cells,
        );
        self.funds.push(row);
    }

    /// A `[[goals]]` row.
    pub fn goal(&mut self, row: &Spanned<RawGoal>) {
        let i = self.goals.len();
        let g = row.get_ref();
        self.goals.push(Goal {
            expected: cell(&g.expected, Field::at("goals", i, "expected")),
            actual: cell(&g.actual, Field::at("goals", i, "actual")),
        });
    }

    /// An `[[indicators]]` row, with its target and actual parsed, its numbers read and its
    /// `shares_points` checked.
    pub fn indicator(&mut self, row: &Spanned<RawIndicator>) {
        let i = self.indicators.len();
        let span = row.span();
        let r = row.get_ref();
        let text = |name: &'static str, c: &Option<RawCell>| {
            row_cell(c, Field::at("indicators", i, name), &span)
        };
        let num = |name: &'static str, c: &Option<RawCell>| {
            let c = text(name, c);
            let n = number(&c.text);
            (c, n)
        };
        let parsed = |name: &'static str, c: &Option<RawCell>| {
            let c = text(name, c);
            let v = value::parse(&c.text);
            (c, v)
        };
        let level3 = to_cell(Some(&r.level3), Field::at("indicators", i, "level3"));
        if r.shares_points && (r.points.is_some() || r.score.is_some()) {
            let d = Diagnostic::error(
                CaseCode::SharedPointsWithPoints,
                msg!("case-shared-points-with-points"),
            )
            .help(msg!("case-shared-points-with-points-help"));
            self.found
                .push((d, row_at(Field::at("indicators", i, "points"), &span)));
        }
        if r.shares_points && i == 0 {
            let d = Diagnostic::error(
                CaseCode::SharedPointsFirst,
                msg!("case-shared-points-first"),
            )
            .help(msg!("case-shared-points-first-help"));
            self.found
                .push((d, row_at(Field::at("indicators", i, "points"), &span)));
        }
        let target = parsed("target", &r.target);
        let ind = Indicator {
            index: i,
            text_quantities: stated_quantities(&level3.text, &target.1),
            bare_name: crate::model::bare_name(&level3.text),
            level1: to_cell(Some(&r.level1), Field::at("indicators", i, "level1")),
            level2: to_cell(Some(&r.level2), Field::at("indicators", i, "level2")),
            level3,
            nature: r.nature.as_ref().map(|_| parsed("nature", &r.nature)),
            target,
            actual: parsed("actual", &r.actual),
            completion: r.completion.as_ref().map(|_| {
                let c = text("completion", &r.completion);
                let claim = crate::value::claim(&c.text);
                (c, claim)
            }),
            points: num("points", &r.points),
            score: {
                let c = text("score", &r.score);
                let n = score(&c.text);
                (c, n)
            },
            deduction: r.deduction.as_ref().map(|_| num("deduction", &r.deduction)),
            deviation: text("deviation", &r.deviation),
            scoring: text("scoring", &r.scoring),
            shares_points: r.shares_points,
            span,
        };
        let deduction = (ind.deduction.as_ref()).map(|d| (what_deduction as What, d));
        let points: [(What, _); 2] = [
            (|| msg!("case-what-points"), &ind.points),
            (|| msg!("case-what-score"), &ind.score),
        ];
        for (what, (c, n)) in points.into_iter().chain(deduction) {
            if !number_is_fine(n) {
                self.number_note(what, c, n);
            }
        }
        let keys = (&INDICATOR_CELL_KEYS[..], &INDICATOR_CELL_RANKS[..]);
        self.form_cells("indicators", Some(i), keys, &r.cells);
        self.indicators.push(ind);
    }

    /// `[total]`: the form's 总分 points and score, read.
    pub fn total(&mut self, row: &Spanned<RawTotal>) {
        self.close_indicators();
        let span = row.span();
        let t = row.get_ref();
        let p = row_cell(&t.points, Field::of("total", "points"), &span);
        let s = row_cell(&t.score, Field::of("total", "score"), &span);
        let (pn, sn) = (number(&p.text), score(&s.text));
        self.number_note(|| msg!("case-what-total-points"), &p, &pn);
        self.number_note(|| msg!("case-what-total-score"), &s, &sn);
        self.form_cells("total", None, (&TOTAL_CELL_KEYS, &[0, 1]), &t.cells);
        self.total = Some(((p, pn), (s, sn)));
        let rounding = row_cell(
            &t.shown_rounding,
            Field::of("total", "shown_rounding"),
            &span,
        );
        self.shown_rounding = match number(&rounding.text) {
            Number::Value(v) if !v.is_sign_negative() => v,
            Number::Blank => Decimal::ZERO,
            n => {
                self.number_note(|| msg!("case-what-shown-rounding"), &rounding, &n);
                Decimal::ZERO
            }
        };
    }

    /// `[expect]`: what a test case says the score must be (case files written by people).
    pub fn expect(&mut self, expect: &Spanned<RawExpect>) {
        self.close_indicators();
        let e = expect.get_ref();
        let total = e
            .total
            .as_ref()
            .and_then(|t| match Decimal::from_str(t.get_ref()) {
                Ok(v) => Some((v, t.span())),
                Err(_) => {
                    let d = Diagnostic::error(
                        CaseCode::BadExpect,
                        msg!("case-bad-expect", total = t.get_ref()),
                    )
                    .help(msg!("case-bad-expect-help"));
                    let at = row_at(Field::of("expect", "total"), &t.span());
                    self.found.push((d, at));
                    None
                }
            });
        self.expect = Some(Expect {
            total,
            grade: e.grade.as_ref().map(|g| (g.get_ref().clone(), g.span())),
            findings: e.findings.as_ref().map(|f| (f.get_ref().clone(), f.span())),
        });
    }

    /// The case, its case file's text being `source` (every span handed on points into it),
    /// with every diagnostic placed there.
    pub fn finish(self, source: &Source) -> Validated<Case> {
        let (case, found) = self.build(source.clone(), None);
        let diagnostics = (found.into_iter())
            .map(|(d, cell)| d.at(source, cell.span).on_field(cell.field))
            .collect();
        Validated {
            value: Some(case),
            diagnostics,
        }
    }

    /// The case of a form scored straight from its input, which has no case file (#16 F5):
    /// its places are on the form only, and so are its diagnostics ([`super::on_form`]).
    /// Whatever spans the tables came with are not looked at.
    pub fn finish_on_form(self, form: super::OnForm<'_>) -> Validated<Case> {
        let source = SourceFile::new(form.name, String::new());
        let (mut case, found) = self.build(source, Some(form.start));
        case.form_of = Some(form.of);
        let diagnostics = (found.into_iter())
            .map(|(d, cell)| {
                super::on_form(d, &cell, &case.form_map, form.input).on_field(cell.field)
            })
            .collect();
        Validated {
            value: Some(case),
            diagnostics,
        }
    }

    /// The case named by `source`, and every diagnostic with the cell it is about, in the
    /// order they are said. `start`: where the form starts on a form scored straight from its
    /// input (none: a case file's case, its places in `source`).
    fn build(
        mut self,
        source: Source,
        start: Option<Option<FormPlace>>,
    ) -> (Case, Vec<(Diagnostic, Cell)>) {
        self.close_indicators();
        self.header_checks();
        let total = self.total.take().unwrap_or_else(|| {
            (
                (Cell::default(), Number::Blank),
                (Cell::default(), Number::Blank),
            )
        });
        let numeric_cells = (self.indicators.iter())
            .flat_map(|i| {
                [&i.target.0, &i.actual.0, &i.points.0, &i.score.0]
                    .into_iter()
                    .chain(i.deduction.as_ref().map(|d| &d.0))
            })
            .chain(self.funds.iter().flat_map(|r| {
                [
                    &r.initial_budget.0,
                    &r.full_year_budget.0,
                    &r.spent.0,
                    &r.points.0,
                    &r.rate.0,
                    &r.score.0,
                ]
            }))
            .chain([&total.0.0, &total.1.0]);
        let numeric_cells: Vec<&Cell> = numeric_cells.collect();
        let full_width = full_width_note(numeric_cells.iter().copied());
        let invisible = invisible_note(numeric_cells.iter().copied());
        let remarks = remark_notes(numeric_cells.iter().copied());
        let word_remarks =
            word_remark_notes((self.indicators.iter()).map(|i| (&i.target.0, &i.actual.0)));
        let mut found = self.found;
        found.extend(invisible);
        found.extend(remarks);
        found.extend(word_remarks);
        found.extend(full_width);
        found.extend(self.unknown_cells);
        let mut map = form_map(&self.funds, &self.indicators, self.cells);
        map.input = self.input;
        map.start = start.clone().flatten();
        let case = Case {
            source,
            rules: self.rules,
            constructed: self.constructed,
            incomplete: self.incomplete,
            guessed_notes: self.guessed_notes,
            guessed_at: self.guessed_at,
            import_notes: self.import_notes,
            project: self.project,
            department: self.department,
            unit: self.unit,
            year: self.year,
            title: self.title,
            funds: self.funds,
            goals: self.goals,
            indicators: self.indicators,
            total_points: total.0,
            total_score: total.1,
            shown_rounding: self.shown_rounding,
            expect: self.expect,
            form_map: Arc::new(map),
            case_file: start.is_none(),
            form_of: None,
        };
        (case, found)
    }

    /// The warning about a numeric cell that cannot be used as written (`what`: the cell's
    /// name, built only for a warning), placed at the cell.
    fn number_note(&mut self, what: What, cell: &Cell, n: &Number) {
        if let Some(d) = check_number(what(), cell, n) {
            self.found.push((d, cell.clone()));
        }
    }

    /// A case without indicators is warned about at its header, after what its indicators'
    /// rows said and before the total's: once, when the indicators are over.
    fn close_indicators(&mut self) {
        if std::mem::replace(&mut self.indicators_closed, true) || !self.indicators.is_empty() {
            return;
        }
        let d = Diagnostic::warning(CaseCode::NoIndicators, msg!("case-no-indicators"))
            .help(msg!("case-no-indicators-help"));
        let at = row_at(Field::of("header", "title"), &self.header_span);
        self.found.push((d, at));
    }

    /// The header's project name and `[form] rules`.
    fn header_checks(&mut self) {
        if self.project.text.trim().is_empty() {
            let d = Diagnostic::warning(CaseCode::BlankProject, msg!("case-blank-project"))
                .help(msg!("case-blank-project-help"));
            self.found.push((d, self.project.clone()));
        }
        if let Some((rules, span)) = &self.rules
            && !crate::load::is_rule_set_id(rules)
        {
            let at = row_at(Field::of("form", "rules"), span);
            self.found.push((rules_not_an_id(rules), at));
        }
    }

    /// The workbook or document cells the importer recorded for one row
    /// (`cells = { actual = "表1!E14" }`), by case-file field; a key naming no field of its
    /// table is a warning (#16). `keys` are the table's keys and `ranks` their places in
    /// alphabetical order ([`FUNDS_CELL_RANKS`]).
    fn form_cells(
        &mut self,
        table: &'static str,
        index: Option<usize>,
        (keys, ranks): (&[&'static str], &[u8]),
        cells: &Option<Spanned<RawPlaces>>,
    ) {
        let Some(cells) = cells else {
            return;
        };
        let from = self.cells.len();
        let mut row_ranks: Vec<u8> = Vec::with_capacity(cells.get_ref().0.len());
        // Each place is shared with the mirror, not copied (#15).
        for (name, place) in &cells.get_ref().0 {
            let name: &str = name;
            // A key of a few letters among ten: compared inline (a `memcmp` call a key cost
            // 3.8 M instructions on 1,008 seed forms, #15).
            let same = |k: &&str| {
                k.len() == name.len() && k.bytes().zip(name.bytes()).all(|(a, b)| a == b)
            };
            match keys.iter().position(same) {
                Some(at) => {
                    let key = keys.get(at).copied().unwrap_or_default();
                    self.cells
                        .push((Field { table, index, key }, place.clone()));
                    row_ranks.push(ranks.get(at).copied().unwrap_or(u8::MAX));
                }
                None => {
                    let d = Diagnostic::warning(
                        CaseCode::UnknownCellKey,
                        msg!("case-unknown-cell-key", name = name, table = table),
                    )
                    .help(msg!("case-unknown-cell-key-help", keys = keys.join(", ")));
                    let row = Field {
                        table,
                        index,
                        key: "cells",
                    };
                    self.unknown_cells.push((d, row_at(row, &cells.span())));
                }
            }
        }
        // The rows come in field order (funds, indicators, total; each by index): only the
        // row's own cells need sorting, by key — told by rank, not by comparing the keys'
        // text (sorting the whole list by field cost 15 M instructions on 1,008 seed forms,
        // comparing the keys 13 M, #15).
        let row = self.cells.get_mut(from..).unwrap_or_default();
        for i in 1..row.len() {
            let mut j = i;
            while j > 0 {
                let (a, b) = (row_ranks.get(j - 1), row_ranks.get(j));
                let before = (a, row.get(j - 1).map(|c| &c.1));
                if before <= (b, row.get(j).map(|c| &c.1)) {
                    break;
                }
                row.swap(j - 1, j);
                row_ranks.swap(j - 1, j);
                j -= 1;
            }
        }
    }
}

/// A numeric cell's name in a warning, built only when there is one to say.
type What = fn() -> Message;

/// The name of the 扣分 column in a warning.
fn what_deduction() -> Message {
    msg!("case-what-deduction")
}

/// A row's place, for a diagnostic about the whole row (or table): `field` names it on the
/// form, `span` in the case file.
fn row_at(field: Field, span: &Range<usize>) -> Cell {
    Cell {
        text: Arc::from(""),
        span: span.clone(),
        field,
    }
}

impl CaseTables for Builder {
    fn rows(&mut self, funds: usize, goals: usize, indicators: usize) {
        Builder::rows(self, funds, goals, indicators);
    }
    fn form(&mut self, mut form: RawForm) {
        // The notes handed on are the case's: moved, not copied again (#15).
        let notes = Arc::from(std::mem::take(&mut form.import_notes));
        self.form_with_notes(&form, notes);
    }
    fn header(&mut self, header: Spanned<RawHeader>) {
        Builder::header(self, &header);
    }
    fn funds(&mut self, row: Spanned<RawFunds>) {
        Builder::funds(self, &row);
    }
    fn goal(&mut self, row: Spanned<RawGoal>) {
        Builder::goal(self, &row);
    }
    fn indicator(&mut self, row: Spanned<RawIndicator>) {
        Builder::indicator(self, &row);
    }
    fn total(&mut self, row: Spanned<RawTotal>) {
        Builder::total(self, &row);
    }
}
