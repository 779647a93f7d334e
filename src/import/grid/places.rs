//! Where each value of a form read from text stood in the input (#16 item 2): the line and the
//! cell number (the n-th `|` cell, paragraph or flattened cell) of the cell it was read from,
//! recorded as `line:cell` in the row's `cells = { … }`, as a workbook's are `表1!F13`. A
//! finding then shows the input's line (`forms.txt 第 1234 行第 5 格`) beside the case-file
//! place. The readers change a row in many ways before its values are kept (labels carried
//! from the rows above, blanks put back, a unit joined to its target), so the values are
//! found again among the row's cells, in column order: a value that no cell of the row holds
//! as written (a label carried from above, a copied actual) gets no place.

use super::{Cell, Column, Form, FormCell, Row};

impl Form {
    /// Where the form starts, its title row: a workbook's or document's cell (`表1!A1`), or
    /// the line and cell of a text input. The place of a finding about the whole form scored
    /// straight from its input, which has no case-file line to point at (#16 F5).
    pub(crate) fn start_place(&self) -> FormCell {
        let (line, cell) = self.start;
        match &self.sheet {
            Some(sheet) => FormCell::from(format!("{sheet}!{}{line}", super::column_name(cell))),
            None => FormCell::Text { line, cell },
        }
    }

    /// Places the form's start by a document's or page's table and row once the form is
    /// read (`relocate`: a row of the whole document to its table's name and row there), as
    /// its cells are (`document#2!A1`).
    pub(crate) fn relocate_start(&mut self, relocate: impl Fn(usize) -> Option<(String, usize)>) {
        if self.sheet.is_some()
            && let Some((sheet, line)) = relocate(self.start.0)
        {
            self.sheet = Some(sheet);
            self.start.0 = line;
        }
    }

    /// Every text place of the form said by its line alone (`第 4 行`): a glued text's cells
    /// are pieces the reader cut, whose number along the line means nothing to a person
    /// (tester s12). Done once the notes are given to their forms, which the numbers order.
    pub(crate) fn place_by_line(&mut self) {
        let cells = self.funds.iter_mut().map(|r| &mut r.cells);
        let cells = cells.chain(self.indicators.iter_mut().map(|r| &mut r.cells));
        let cells = cells.chain(self.total.iter_mut().map(|r| &mut r.cells));
        for (_, place) in cells.flatten() {
            if let FormCell::Text { cell, .. } = place {
                *cell = 0;
            }
        }
        if self.sheet.is_none() {
            self.start.1 = 0;
        }
    }

    /// How many funds and indicator rows, and whether a 总分 row, were kept so far.
    pub(super) fn kept(&self) -> (usize, usize, bool) {
        (
            self.funds.len(),
            self.indicators.len(),
            self.total.is_some(),
        )
    }

    /// Records the input place of each value of the row just read from text, when it kept a
    /// funds, indicator or 总分 row (`before`: [`Form::kept`] before the row was read).
    pub(super) fn place_text_values(&mut self, row: &Row, before: (usize, usize, bool)) {
        let (funds, indicators, total) = before;
        if self.funds.len() > funds
            && let Some(kept) = self.funds.last_mut()
        {
            let keys = kept.columns.iter().copied();
            let keys: Vec<usize> = match kept.columns.is_empty() {
                true => (0..kept.values.len()).collect(),
                false => keys.collect(),
            };
            let mut values: Vec<(&'static str, &str)> = Vec::new();
            for (key, value) in keys.iter().zip(&kept.values) {
                if let Some(name) = super::FUNDS_KEYS.get(*key) {
                    values.push((name, value.as_str()));
                }
            }
            let cells = places(&row.cells, &values);
            kept.cells = cells;
        }
        if self.indicators.len() > indicators
            && let Some(kept) = self.indicators.last_mut()
        {
            // The cells findings point at; a finding on another (a label, the 指标性质) shows
            // the row's line. Each place is written into the case file and read back for every
            // form of a 10,000-form input: kept to what is shown.
            // In the order the header names the columns: the 衔接资金 template puts 分值
            // before 年度指标值 (tester s17w F4).
            let order = self
                .indicator_columns
                .as_deref()
                .unwrap_or(&super::STANDARD_INDICATOR);
            let values: Vec<(&'static str, &str)> = order
                .iter()
                .filter_map(|column| {
                    let value = match column {
                        Column::Level3 => kept.level3.as_str(),
                        Column::Target => text(&kept.target),
                        Column::Actual => text(&kept.actual),
                        Column::Points => text(&kept.points),
                        Column::Score => text(&kept.score),
                        Column::Deviation => text(&kept.deviation),
                        // Quoted in the line's `score-mismatch`, with its place (s24).
                        Column::Scoring => text(&kept.scoring),
                        _ => return None,
                    };
                    Some((column.case_key()?, value))
                })
                .collect();
            let cells = places(&row.cells, &values);
            kept.cells = cells;
        }
        if self.total.is_some()
            && !total
            && let Some(kept) = self.total.as_mut()
        {
            let values = [("points", text(&kept.points)), ("score", text(&kept.score))];
            let cells = places(&row.cells, &values);
            kept.cells = cells;
        }
    }
}

/// A value the form may leave out, as text.
fn text(value: &Option<String>) -> &str {
    value.as_deref().unwrap_or("")
}

/// The line and cell of the cell each value was read from: the first cell at or after the last
/// one found holding the value as written, or the start of it (`40` of the target `40处`,
/// joined with its 度量单位). Blank values and values no cell holds get none. Kept as numbers:
/// only the case file's text spells them (`12:3`), and a finding that shows one (#15).
fn places(cells: &[Cell], values: &[(&'static str, &str)]) -> Vec<(&'static str, FormCell)> {
    let mut out = Vec::with_capacity(values.len());
    let mut from = 0;
    for &(key, value) in values {
        let value = crate::value::trim(value);
        if value.is_empty() {
            continue;
        }
        // A cell's text is trimmed already.
        let rest = cells.get(from..).unwrap_or_default();
        let exact = rest.iter().position(|c| c.text == value);
        let start = || {
            rest.iter()
                .position(|c| !c.text.is_empty() && value.starts_with(&*c.text))
        };
        if let Some(i) = exact.or_else(start)
            && let Some(cell) = rest.get(i)
        {
            out.push((
                key,
                FormCell::Text {
                    line: cell.line,
                    cell: cell.number,
                },
            ));
            from += i + 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(text: &str, line: usize, number: usize) -> Cell<'static> {
        Cell {
            text: text.to_owned().into(),
            number,
            line,
            numeric: false,
            across: 0,
        }
    }

    #[test]
    fn values_are_found_again_in_column_order() {
        let row = [
            cell("指标1:参保人数", 7, 1),
            cell("≥100%", 7, 2),
            cell("100%", 7, 3),
            cell("10", 7, 4),
            cell("10", 7, 5),
        ];
        let values = [
            ("level2", "数量指标"),
            ("level3", "指标1:参保人数"),
            ("target", "≥100%"),
            ("actual", "100%"),
            ("points", "10"),
            ("score", "10"),
            ("deviation", ""),
        ];
        let found = places(&row, &values);
        let found: Vec<(&str, String)> = found.iter().map(|(k, v)| (*k, v.to_string())).collect();
        let found: Vec<(&str, &str)> = found.iter().map(|(k, v)| (*k, v.as_str())).collect();
        // The carried level 2 is in no cell; 分值 and 得分 both `10`, each its own cell.
        assert_eq!(
            found,
            [
                ("level3", "7:1"),
                ("target", "7:2"),
                ("actual", "7:3"),
                ("points", "7:4"),
                ("score", "7:5")
            ]
        );
        // A target joined with its 度量单位 (`40` + `处`) is placed at its number.
        let row = [cell("40", 12, 3), cell("处", 13, 4), cell("36", 14, 5)];
        let found = places(&row, &[("target", "40处"), ("actual", "36")]);
        let text = |line, cell| FormCell::Text { line, cell };
        assert_eq!(found, [("target", text(12, 3)), ("actual", text(14, 5))]);
    }
}
