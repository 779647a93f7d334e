//! The text between the Sichuan template's labels cut into cells: a header or goal cell, a
//! funds row's figures, indicator rows split at their 指标性质, the 合计 figures (#15 item 1).

use super::figures::{number, read_values, split_amounts, split_points_score};
use super::{Cut, OPERATORS, Part, TOTAL};
use crate::i18n::{msg, quoted};
use crate::import::glued_text::note;
use crate::import::glued_text::reason::{self, Tail};
use rust_decimal::Decimal;

impl Cut<'_> {
    /// Text between two labels: a header or goal cell, a funds row's figures, indicator rows,
    /// the 合计 figures.
    pub(super) fn free_text(&mut self, run: &str) {
        match self.part {
            Part::Funds => {
                let total = self
                    .rows
                    .last()
                    .and_then(|r| r.first())
                    .is_some_and(|l| l == "总额");
                let (cells, instruction) = self.split_funds(run, total);
                if let Some(row) = self.rows.last_mut() {
                    row.extend(cells);
                }
                // The template's instruction on a row of its own, as the PDF copy has it.
                self.rows.extend(instruction.map(|i| vec![i]));
            }
            Part::Indicators => {
                for row in self.split_indicators(run) {
                    let mut full = vec![self.level1.clone(), self.level2.clone()];
                    full.extend(row);
                    self.rows.push(full);
                }
            }
            Part::End if self.rows.last().is_some_and(|r| r == &[TOTAL]) => {
                let points = self
                    .funds_points
                    .zip(self.indicator_points)
                    .map(|(a, b)| a + b);
                let cells = split_total(run, points);
                if let Some(row) = self.rows.last_mut() {
                    row.extend(cells);
                }
            }
            Part::Goals if self.rows.last().is_some_and(Vec::is_empty) => {
                let (expected, actual) = split_goals(run);
                if !actual.is_empty() {
                    self.notes.push(note(
                        self.line,
                        msg!(
                            "import-note-glued-goals",
                            expected = format!("{expected:?}"),
                            actual = format!("{actual:?}")
                        ),
                    ));
                }
                if let Some(row) = self.rows.last_mut() {
                    row.extend([expected, actual]);
                }
            }
            // After 合计: the 评价结论 … texts, each a row as the notes under a form are.
            Part::End => self.rows.push(vec![run.to_owned()]),
            _ => {
                if let Some(row) = self.rows.last_mut() {
                    row.push(run.to_owned());
                }
            }
        }
    }

    /// A funds row's figures: 年初预算, A, B, the rate, 权重, 得分 and 原因, blanks put back;
    /// and the template's printed instruction when the 原因 runs on into it.
    fn split_funds(&mut self, run: &str, total: bool) -> (Vec<String>, Option<String>) {
        let (figures, rest) = match run.find('%') {
            Some(at) => (run.get(..at).unwrap_or(""), run.get(at + 1..).unwrap_or("")),
            None if run.starts_with(|c: char| c.is_ascii_digit()) => {
                self.notes.push(note(
                    self.line,
                    msg!(
                        "import-note-glued-figures-kept",
                        figures = format!("{run:?}")
                    ),
                ));
                return (vec![run.to_owned()], None);
            }
            None => ("", run),
        };
        let mut cells = match figures {
            "" => vec![String::new(); 4],
            _ => match split_amounts(figures) {
                Some(amounts) => {
                    self.notes.push(note(
                        self.line,
                        msg!(
                            "import-note-glued-funds",
                            figures = format!("{figures:?}"),
                            values = amounts
                                .iter()
                                .filter(|a| !a.is_empty())
                                .cloned()
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                    amounts
                }
                None => {
                    self.notes.push(note(
                        self.line,
                        msg!(
                            "import-note-glued-figures-kept",
                            figures = format!("{figures:?}")
                        ),
                    ));
                    vec![
                        String::new(),
                        String::new(),
                        String::new(),
                        format!("{figures}%"),
                    ]
                }
            },
        };
        let points = if total {
            self.funds_points.or(Some(Decimal::TEN))
        } else {
            None
        };
        cells.extend(split_points_score(rest, points));
        // The 原因 the department wrote runs on into the template's printed instruction
        // (`年中追加30万元…。1.预算执行率=…`): cut there, as the `|` and PDF copies have them,
        // so the explanation is kept and the instruction is one of the form's notes.
        let mut instruction = None;
        if let Some(reason) = cells.last_mut()
            && let Some(at) = instruction_start(reason).filter(|&at| at > 0)
        {
            instruction = Some(reason.split_off(at));
            self.notes.push(note(
                self.line,
                msg!(
                    "import-note-glued-funds-reason",
                    reason = quoted(reason.as_str())
                ),
            ));
        }
        (cells, instruction)
    }

    /// An indicator run cut into rows at their 指标性质: 三级指标, 指标性质, 指标值, 度量单位,
    /// 完成值, 权重, 得分, 未完成原因分析.
    fn split_indicators(&mut self, run: &str) -> Vec<Vec<String>> {
        let chars: Vec<char> = run.chars().collect();
        let text =
            |a: usize, b: usize| -> String { chars.get(a..b).unwrap_or_default().iter().collect() };
        let ops: Vec<usize> = (0..chars.len())
            .filter(|&k| chars.get(k).is_some_and(|c| OPERATORS.contains(c)))
            .filter(|&k| k == 0 || chars.get(k - 1).is_none_or(|c| !OPERATORS.contains(c)))
            .collect();
        if ops.is_empty() {
            return vec![vec![run.to_owned()]];
        }
        let total = self.indicator_points.unwrap_or(Decimal::ONE_HUNDRED);
        let mut rows = Vec::new();
        let mut start = 0;
        for (n, &op) in ops.iter().enumerate() {
            let next = ops.get(n + 1).copied().unwrap_or(chars.len());
            let mut after = op;
            while chars.get(after).is_some_and(|c| OPERATORS.contains(c)) {
                after += 1;
            }
            let level3 = text(start, op);
            let values = text(after, next);
            let (mut row, tail) = read_values(&text(op, after), &values, total);
            // The text after the figures: this row's 未完成原因 when the run ends, else shared
            // between it and the next row's 三级指标.
            let (reason, name) = if n + 1 == ops.len() {
                (tail, String::new())
            } else {
                let split = reason::split(&tail, &row);
                self.note_reason(&tail, &split);
                let (reason, name) = split.parts();
                (reason.to_owned(), name.to_owned())
            };
            row.insert(0, level3);
            row.push(reason);
            self.notes.push(note(self.line, split_message(&row)));
            rows.push(row);
            // The next row's 三级指标 starts after this row's figures.
            start = next - name.chars().count();
        }
        rows
    }
}

impl Cut<'_> {
    /// Says how the text between two rows' figures was shared when no `。` decided it.
    fn note_reason(&mut self, tail: &str, split: &Tail) {
        let message = match split {
            Tail::Sentence { .. } | Tail::Name { .. } => return,
            Tail::Worded { reason, name } => msg!(
                "import-note-glued-sichuan-reason",
                text = quoted(tail),
                reason = quoted(reason),
                name = quoted(name)
            ),
            Tail::Unsplit { name } => {
                msg!(
                    "import-note-glued-sichuan-reason-unsplit",
                    name = quoted(name)
                )
            }
        };
        self.notes.push(note(self.line, message));
    }
}

/// Where the Sichuan template's printed instruction under the funds (`1.预算执行率=预算执行数/调整
/// 后预算数,…`) starts in a 原因 run, its number (`1.`, `1、`) and a `注:` before it included.
fn instruction_start(text: &str) -> Option<usize> {
    let key = text.find("预算执行率=")?;
    let before = text.get(..key)?;
    let number = before.trim_end_matches(['.', '、', '．']);
    let number = match number.len() < before.len() {
        true => number.trim_end_matches(|c: char| c.is_ascii_digit()),
        false => before,
    };
    let start = number
        .strip_suffix("注:")
        .or_else(|| number.strip_suffix("注："))
        .unwrap_or(number);
    Some(start.len())
}

/// The note on an indicator row split from glued text: where every cell went.
fn split_message(row: &[String]) -> crate::i18n::Message {
    let cells: Vec<String> = row
        .iter()
        .map(|c| match c.is_empty() {
            true => "_".to_owned(),
            false => format!("{c:?}"),
        })
        .collect();
    msg!("import-note-glued-sichuan-row", cells = cells.join(", "))
}

/// The goal texts glued: expected and actual, split after the first sentence end that more text
/// follows.
fn split_goals(run: &str) -> (String, String) {
    let at = run
        .char_indices()
        .find(|(i, c)| "。;;!".contains(*c) && i + c.len_utf8() < run.len())
        .map(|(i, c)| i + c.len_utf8());
    match at {
        Some(at) => (
            run.get(..at).unwrap_or("").to_owned(),
            run.get(at..).unwrap_or("").to_owned(),
        ),
        None => (run.to_owned(), String::new()),
    }
}

/// The 合计 figures: the form's points (when known and written first) and its score.
fn split_total(run: &str, points: Option<Decimal>) -> Vec<String> {
    if let Some(p) = points.map(|p| p.normalize().to_string())
        && let Some(score) = run.strip_prefix(&p)
        && (score.is_empty() || number(score).is_some())
    {
        return vec![p, score.to_owned()];
    }
    vec![run.to_owned()]
}

#[cfg(test)]
mod tests {
    use super::instruction_start;

    #[test]
    fn the_printed_instruction_starts_at_its_number() {
        let run = "年中追加30万元用于汛期应急抢修。1.预算执行率=预算执行数/调整后预算数";
        let at = instruction_start(run);
        assert_eq!(
            at.and_then(|at| run.get(..at)),
            Some("年中追加30万元用于汛期应急抢修。")
        );
        assert_eq!(instruction_start("1.预算执行率=…"), Some(0));
        assert_eq!(
            instruction_start("调减20万元。注:1、预算执行率=…"),
            Some(17)
        );
        assert_eq!(instruction_start("年中追加30万元"), None);
    }
}
