//! The amounts' unit a form states: `单位：元` printed beside its title or year (its own row,
//! a cell after the title or the year, or the year's own cell `（2022年度）单位：元`) and the
//! funds label `项目资金（万元）` (tester s23 A1). When the two contradict each other — the
//! template's label left unedited under a subtitle saying 元, or a `单位：万元` beside the title
//! over a label saying `（元）` (s24) — the form's own figures decide which to follow (its
//! budget against the amounts its indicators name), and a guessed note names both cells and
//! the reason: never silent.

use super::{EMPTY_CELL, Form, NoteKind, Row, column_name, is_form_remark, is_year, squeeze};
use crate::i18n::{Arg, msg, quoted};
use crate::value::{Value, parse, units};
use rust_decimal::Decimal;

/// Where the form said its amounts' unit: the text as written, its cell, and whether it said
/// 元 (else 万元).
#[derive(Debug, Clone)]
pub(super) struct UnitSaid {
    text: String,
    cell: usize,
    line: usize,
    yuan: bool,
}

/// A remark and a funds label giving different units (元, 万元), until the form's figures are
/// read.
#[derive(Debug, Clone)]
pub(super) struct UnitConflict {
    remark: UnitSaid,
    label: UnitSaid,
}

/// The amount among the form's indicators that the budget is compared with.
struct Reference {
    /// In 万元.
    wan: Decimal,
    /// As written (`≤125万元`).
    text: String,
    level3: String,
}

/// Splits a year cell holding the amounts' unit after the year (`（2022年度）单位：元`,
/// `2022年度 金额单位：万元`) into the year and the remark. Asked of header rows only.
pub(super) fn split_year_remark(text: &str) -> Option<(&str, &str)> {
    text.char_indices()
        .filter(|&(_, c)| matches!(c, '单' | '金'))
        .map(|(i, _)| (text[..i].trim(), text[i..].trim()))
        .find(|(year, remark)| !year.is_empty() && is_year(year) && is_form_remark(remark))
}

impl Form {
    /// The title row's cells after the title: a remark (`单位：元`, `填报单位:(公章)`) read as
    /// one on its own row is; anything else is left out, quoted in the note (tester s23 C3).
    pub(super) fn read_title_extras(&mut self, title: &Row) {
        if let Some((cells, text)) = self.read_extras(title) {
            let message = msg!("import-note-title-extra-cells", cells = cells, text = text);
            self.note(title, NoteKind::Unreadable, message);
        }
    }

    /// A year row (`（2022年度）`, `（2022年度）单位：元` in one cell, or with the remark in a
    /// cell of its own): the year kept, the remark read as one, any other cell left out and
    /// quoted.
    pub(super) fn read_year_row(&mut self, row: &Row) {
        let first = row.first();
        match split_year_remark(first) {
            Some((year, remark)) => {
                self.year = Some(year.to_owned());
                let cell = row.cells.first().unwrap_or(&EMPTY_CELL);
                self.read_form_remark_at(cell.number, cell.line, remark);
            }
            None => self.year = Some(first.to_owned()),
        }
        if let Some((cells, text)) = self.read_extras(row) {
            let message = msg!("import-note-year-extra-cells", cells = cells, text = text);
            self.note(row, NoteKind::Guessed, message);
        }
    }

    /// The cells of `row` after its first: remarks read; the others' count and text (quoted,
    /// joined with ` | `), for the caller's note.
    fn read_extras(&mut self, row: &Row) -> Option<(usize, Arg)> {
        let mut dropped: Vec<&str> = Vec::new();
        for cell in row.cells.iter().skip(1) {
            let text = cell.text.trim();
            if is_form_remark(text) {
                self.read_form_remark_at(cell.number, cell.line, text);
            } else if !text.is_empty() {
                dropped.push(text);
            }
        }
        if dropped.is_empty() {
            return None;
        }
        Some((dropped.len(), quoted(dropped.join(" | ").as_str())))
    }

    /// A remark (`单位：元`, `单位：万元`) gave the amounts' unit at (`cell`, `line`): kept, for
    /// a funds label giving the other unit to be weighed against.
    pub(super) fn remember_unit_remark(
        &mut self,
        text: &str,
        cell: usize,
        line: usize,
        yuan: bool,
    ) {
        self.unit_remark = Some(UnitSaid {
            text: text.trim().to_owned(),
            cell,
            line,
            yuan,
        });
    }

    /// A funds label at (`cell`, `line`) gives the amounts' unit (`yuan`: 元, else 万元). True
    /// when a remark beside the title gave the other (`单位：元` over `项目资金（万元）`): the
    /// amounts are then read as 万元 until the form's figures are weighed
    /// ([`Form::settle_unit`]). The remark is used up either way: one label answers it.
    pub(super) fn label_contradicts_remark(
        &mut self,
        label: &str,
        cell: usize,
        line: usize,
        yuan: bool,
    ) -> bool {
        let Some(remark) = self.unit_remark.take() else {
            return false;
        };
        if remark.yuan == yuan {
            return false;
        }
        // The remark's note said the amounts are read as 元: the conflict's note says instead
        // which unit the figures chose.
        self.notes.retain(|n| {
            (n.cell, n.line) != (remark.cell, remark.line)
                || n.message.id() != Some("import-note-funds-yuan")
        });
        let label = UnitSaid {
            text: label.trim().to_owned(),
            cell,
            line,
            yuan,
        };
        self.unit_conflict = Some(UnitConflict { remark, label });
        true
    }

    /// At the form's end: a remark and a funds label giving different units are decided by
    /// the figures — the largest bare amount of the funds against the largest amount in money
    /// the indicators name (a cost target `≤125万元`): 100 times that or more is 元. With no
    /// such amount, a budget of 100,000 or more (10亿元 if 万元) is read as 元. Said either way.
    pub(super) fn settle_unit(&mut self) {
        let Some(conflict) = self.unit_conflict.take() else {
            return;
        };
        let Some((budget, budget_text)) = self.largest_bare_amount() else {
            return;
        };
        let reference = self.largest_indicator_amount();
        let yuan = match &reference {
            Some(r) => budget >= r.wan * Decimal::ONE_HUNDRED,
            None => budget >= Decimal::from(100_000_u32),
        };
        let amount = budget_text.as_str();
        // Which of the two said 万元, when that is followed.
        let by = match conflict.remark.yuan {
            true => "label",
            false => "remark",
        };
        let decision = match (&reference, yuan) {
            (Some(r), true) => msg!(
                "import-unit-conflict-yuan-by-figures",
                amount = amount,
                reference = r.text.as_str(),
                level3 = quoted(r.level3.as_str())
            ),
            (Some(r), false) => msg!(
                "import-unit-conflict-wan-by-figures",
                by = by,
                amount = amount,
                reference = r.text.as_str(),
                level3 = quoted(r.level3.as_str())
            ),
            (None, true) => msg!("import-unit-conflict-yuan-by-size", amount = amount),
            (None, false) => msg!("import-unit-conflict-wan-by-size", by = by, amount = amount),
        };
        if yuan {
            for funds in &mut self.funds {
                let columns = funds.columns.clone();
                mark_yuan(&mut funds.values, &columns);
            }
        }
        let remark_says = match conflict.remark.yuan {
            true => "yuan",
            false => "wan",
        };
        let message = msg!(
            "import-note-unit-conflict",
            remark_says = remark_says,
            remark = quoted(conflict.remark.text.as_str()),
            remark_at = self.place_of(&conflict.remark),
            label = quoted(conflict.label.text.as_str()),
            label_at = self.place_of(&conflict.label),
            decision = decision
        );
        let UnitSaid { cell, line, .. } = conflict.label;
        self.note_at(cell, line, NoteKind::Guessed, message);
    }

    /// `Sheet1!B2` in a workbook or document, `第 L 行第 C 格` in text.
    fn place_of(&self, said: &UnitSaid) -> Arg {
        match (&self.sheet, said.cell) {
            (Some(sheet), cell) => Arg::Text(format!("{sheet}!{}{}", column_name(cell), said.line)),
            (None, 0) => Arg::Message(msg!("import-place-line", line = said.line)),
            (None, cell) => Arg::Message(msg!(
                "import-place-line-cell",
                line = said.line,
                cell = cell
            )),
        }
    }

    /// The largest 年初预算数, 全年预算数 or 全年执行数 written as a bare number, with its text.
    fn largest_bare_amount(&self) -> Option<(Decimal, String)> {
        let mut largest: Option<(Decimal, String)> = None;
        for funds in &self.funds {
            for (i, value) in funds.values.iter().enumerate() {
                let key = funds.columns.get(i).copied().unwrap_or(i);
                if key >= 3 {
                    continue;
                }
                if let Some(v) = bare_amount(value)
                    && largest.as_ref().is_none_or(|(l, _)| v > *l)
                {
                    largest = Some((v, value.trim().to_owned()));
                }
            }
        }
        largest
    }

    /// The largest amount of money an indicator's target or actual names (`≤125万元`), in 万元.
    fn largest_indicator_amount(&self) -> Option<Reference> {
        let mut largest: Option<Reference> = None;
        for ind in &self.indicators {
            for text in [&ind.target, &ind.actual].into_iter().flatten() {
                if let Some(wan) = money_in_wan(text)
                    && wan > Decimal::ZERO
                    && largest.as_ref().is_none_or(|l| wan > l.wan)
                {
                    largest = Some(Reference {
                        wan,
                        text: text.trim().to_owned(),
                        level3: ind.level3.clone(),
                    });
                }
            }
        }
        largest
    }
}

/// True for a remark giving 万元 as the amounts' unit (`单位：万元`, `金额单位:万元`).
pub(super) fn says_wan(remark: &str) -> bool {
    squeeze(remark)
        .split_once([':', '：'])
        .is_some_and(|(label, unit)| label.ends_with("单位") && unit == "万元")
}

/// A number written with no unit, no multiplier and no comparator (`1,250,000.00`).
fn bare_amount(text: &str) -> Option<Decimal> {
    match parse(text) {
        Value::Quantity(q)
            if q.unit.is_empty() && q.scale == Decimal::ONE && q.comparator.is_none() =>
        {
            Some(q.value)
        }
        _ => None,
    }
}

/// An amount of money (`≤125万元`, `118.05万元`, `3000元`) in 万元; none for anything else.
fn money_in_wan(text: &str) -> Option<Decimal> {
    // Money is written with 元: ruled out by a byte search before the parse.
    if !text.contains('元') {
        return None;
    }
    let Value::Quantity(q) = parse(text) else {
        return None;
    };
    let ("money", num, den) = units::lookup(&q.unit)? else {
        return None;
    };
    let den = Decimal::from(den).checked_mul(Decimal::from(10_000_u32))?;
    q.value.checked_mul(Decimal::from(num))?.checked_div(den)
}

/// Marks the bare 年初预算数, 全年预算数 and 全年执行数 of a funds row (`columns`: the keys of
/// its values, empty for the standard order) as 元, so that the case file holds 万元 (tester
/// s9 F2).
pub(super) fn mark_yuan(values: &mut [String], columns: &[usize]) {
    for (i, value) in values.iter_mut().enumerate() {
        let key = columns.get(i).copied().unwrap_or(i);
        if key < 3 && bare_amount(value).is_some() {
            value.push('元');
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn a_year_cell_holding_the_unit_is_split() {
        assert_eq!(
            split_year_remark("（2022年度）单位：元"),
            Some(("（2022年度）", "单位：元"))
        );
        assert_eq!(
            split_year_remark("2022年度 金额单位：万元"),
            Some(("2022年度", "金额单位：万元"))
        );
        assert_eq!(split_year_remark("（2022年度）"), None);
        assert_eq!(split_year_remark("单位：元"), None);
        assert_eq!(split_year_remark("（2022年度）填报单位：某局"), None);
    }

    #[test]
    fn a_remark_giving_wan_yuan_is_told() {
        assert!(says_wan("单位：万元"));
        assert!(says_wan("金额单位: 万元"));
        assert!(!says_wan("单位：元"));
        assert!(!says_wan("项目资金（万元）"));
        assert!(!says_wan("填报单位：万元村"));
    }

    #[test]
    fn money_is_read_in_wan_yuan() {
        assert_eq!(money_in_wan("≤125万元"), Some(Decimal::from(125)));
        assert_eq!(money_in_wan("3000元"), Some(Decimal::new(3, 1)));
        assert_eq!(money_in_wan("≥180公里"), None);
        assert_eq!(money_in_wan("100%"), None);
    }

    #[test]
    fn bare_amounts_are_marked_as_yuan() {
        let mut values: Vec<String> = ["1,250,000.00", "125万", "1180500", "10", "94.44%"]
            .map(String::from)
            .to_vec();
        mark_yuan(&mut values, &[]);
        assert_eq!(
            values,
            ["1,250,000.00元", "125万", "1180500元", "10", "94.44%"]
        );
    }
}
