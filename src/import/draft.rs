//! Stage: load (writing side). A form as importers and the generator build it — every cell as
//! text — and the one writer of case-file TOML. Deterministic: the same draft always gives the
//! same bytes. See docs/case-format.md.

use std::fmt::Write as _;

/// A funds row as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Funds {
    /// Row label as written.
    pub label: String,
    /// initial_budget, full_year_budget, spent, points, rate, score (as many as were written).
    pub values: Vec<String>,
    /// The columns of `values` as indexes into [`FUNDS_KEYS`] when the template has other
    /// columns than the standard six (no 分值/得分 …); empty: `values` are in standard order.
    pub columns: Vec<usize>,
    /// The workbook or document cell each key was read from (`("spent", "表1!F7")`).
    pub cells: Vec<(&'static str, String)>,
}

/// The keys of a funds row's values, in column order.
pub const FUNDS_KEYS: [&str; 6] = [
    "initial_budget",
    "full_year_budget",
    "spent",
    "points",
    "rate",
    "score",
];

#[derive(Debug, Clone, Default, PartialEq, Eq)]
/// A goal row.
pub struct Goal {
    /// 预期目标.
    pub expected: Option<String>,
    /// 实际完成情况.
    pub actual: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
/// An indicator row; `None` leaves the key out.
pub struct Indicator {
    /// 一级 as written.
    pub level1: String,
    /// 二级 as written.
    pub level2: String,
    /// 三级 as written.
    pub level3: String,
    /// 指标性质 (=, ≤, ≥) where the template has that column.
    pub nature: Option<String>,
    /// 年度指标值.
    pub target: Option<String>,
    /// 实际完成值.
    pub actual: Option<String>,
    /// 分值.
    pub points: Option<String>,
    /// 得分.
    pub score: Option<String>,
    /// 扣分 where the template has that column.
    pub deduction: Option<String>,
    /// 偏差原因分析及改进措施.
    pub deviation: Option<String>,
    /// 分值/得分 merged with the row above.
    pub shares_points: bool,
    /// The workbook or document cell each key was read from (`("actual", "表1!E14")`).
    pub cells: Vec<(&'static str, String)>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
/// The 总分 row.
pub struct Total {
    /// Total points.
    pub points: Option<String>,
    /// Total score.
    pub score: Option<String>,
    /// The workbook or document cell each key was read from.
    pub cells: Vec<(&'static str, String)>,
}

/// One form, ready to be written as a case file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// The first comment line: where the form came from.
    pub origin: String,
    /// The notes printed under the form (注).
    pub notes: Vec<String>,
    /// `[form] source`.
    pub source: String,
    /// `[form] index`.
    pub index: Option<u32>,
    /// `[form] rules`.
    pub rules: Option<String>,
    /// `[form] constructed`.
    pub constructed: bool,
    /// `[form] incomplete`.
    pub incomplete: bool,
    /// `[form] import_notes`.
    pub import_notes: Vec<String>,
    /// 表头 title.
    pub title: Option<String>,
    /// 年度 as written.
    pub year: Option<String>,
    /// 项目名称.
    pub project: String,
    /// 主管部门.
    pub department: Option<String>,
    /// 实施单位.
    pub unit: Option<String>,
    /// 项目资金 rows.
    pub funds: Vec<Funds>,
    /// 年度总体目标 rows.
    pub goals: Vec<Goal>,
    /// 绩效指标 rows.
    pub indicators: Vec<Indicator>,
    /// 总分.
    pub total: Option<Total>,
}

/// A TOML basic string, quoted and escaped.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c.is_control() && (c <= '\u{1f}' || c == '\u{7f}') => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn key(out: &mut String, name: &str, value: &str) {
    let _ = writeln!(out, "{name} = {}", quote(value));
}

fn opt_key(out: &mut String, name: &str, value: Option<&String>) {
    if let Some(value) = value {
        key(out, name, value);
    }
}

fn string_array(out: &mut String, name: &str, values: &[String]) {
    let _ = writeln!(out, "{name} = [");
    for value in values {
        let _ = writeln!(out, "  {},", quote(value));
    }
    out.push_str("]\n");
}

/// `cells = { actual = "表1!E14", … }`: where each value stood in the workbook or document
/// (#16), so that findings can name the cell. A key given twice is written once, the first
/// place kept: a duplicate key would make the whole case file unreadable (#15, F23).
fn cells_key(out: &mut String, cells: &[(&'static str, String)]) {
    if cells.is_empty() {
        return;
    }
    let mut seen: Vec<&str> = Vec::with_capacity(cells.len());
    let pairs: Vec<String> = cells
        .iter()
        .filter(|(k, _)| {
            let first = !seen.contains(k);
            seen.push(k);
            first
        })
        .map(|(k, v)| format!("{k} = {}", quote(v)))
        .collect();
    let _ = writeln!(out, "cells = {{ {} }}", pairs.join(", "));
}

/// Replaces line breaks and other control characters so the text fits in a comment.
fn comment_safe(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

impl Draft {
    /// The case file's text.
    pub fn to_toml(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "# jixiao case file — {}", comment_safe(&self.origin));
        if self.constructed {
            out.push_str("# CONSTRUCTED for testing: not a form filed by a department\n");
        }
        if !self.notes.is_empty() {
            // TOML puts top-level keys before the first table, so the notes printed under the
            // form (注) come first.
            out.push('\n');
            out.push_str("# 注: the notes printed under the form, as written\n");
            string_array(&mut out, "notes", &self.notes);
        }

        out.push_str("\n[form]\n");
        key(&mut out, "source", &self.source);
        if let Some(index) = self.index {
            let _ = writeln!(out, "index = {index}");
        }
        opt_key(&mut out, "rules", self.rules.as_ref());
        let _ = writeln!(out, "constructed = {}", self.constructed);
        if self.incomplete {
            out.push_str("incomplete = true\n");
        }
        if !self.import_notes.is_empty() {
            string_array(&mut out, "import_notes", &self.import_notes);
        }

        out.push_str("\n[header]\n");
        opt_key(&mut out, "title", self.title.as_ref());
        opt_key(&mut out, "year", self.year.as_ref());
        key(&mut out, "project", &self.project);
        opt_key(&mut out, "department", self.department.as_ref());
        opt_key(&mut out, "unit", self.unit.as_ref());

        for funds in &self.funds {
            out.push_str("\n[[funds]]\n");
            key(&mut out, "label", &funds.label);
            if funds.columns.is_empty() {
                for (name, value) in FUNDS_KEYS.iter().zip(&funds.values) {
                    key(&mut out, name, value);
                }
            } else {
                // Keys in standard order, whatever the template's column order.
                let mut pairs: Vec<(usize, &String)> =
                    funds.columns.iter().copied().zip(&funds.values).collect();
                pairs.sort_by_key(|(c, _)| *c);
                pairs.dedup_by_key(|(c, _)| *c);
                for (column, value) in pairs {
                    if let Some(name) = FUNDS_KEYS.get(column) {
                        key(&mut out, name, value);
                    }
                }
            }
            cells_key(&mut out, &funds.cells);
        }

        for goal in &self.goals {
            out.push_str("\n[[goals]]\n");
            opt_key(&mut out, "expected", goal.expected.as_ref());
            opt_key(&mut out, "actual", goal.actual.as_ref());
        }

        for ind in &self.indicators {
            out.push_str("\n[[indicators]]\n");
            key(&mut out, "level1", &ind.level1);
            key(&mut out, "level2", &ind.level2);
            key(&mut out, "level3", &ind.level3);
            opt_key(&mut out, "nature", ind.nature.as_ref());
            opt_key(&mut out, "target", ind.target.as_ref());
            opt_key(&mut out, "actual", ind.actual.as_ref());
            opt_key(&mut out, "points", ind.points.as_ref());
            opt_key(&mut out, "score", ind.score.as_ref());
            opt_key(&mut out, "deduction", ind.deduction.as_ref());
            opt_key(&mut out, "deviation", ind.deviation.as_ref());
            if ind.shares_points {
                out.push_str("shares_points = true\n");
            }
            cells_key(&mut out, &ind.cells);
        }

        if let Some(total) = &self.total {
            out.push_str("\n[total]\n");
            opt_key(&mut out, "points", total.points.as_ref());
            opt_key(&mut out, "score", total.score.as_ref());
            cells_key(&mut out, &total.cells);
        }
        out
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// #15 F23: a reader that hands the writer one key twice (a second 得分 column's cell) must
    /// still get a case file that parses: the writer keeps the first and never repeats a key.
    #[test]
    fn a_key_given_twice_is_written_once() {
        let draft = Draft {
            project: "p".into(),
            funds: vec![Funds {
                label: "年度资金总额".into(),
                values: vec!["1".into(), "2".into()],
                columns: vec![5, 5],
                cells: vec![("score", "表1!H6".into()), ("score", "表1!K6".into())],
            }],
            indicators: vec![Indicator {
                level3: "指标1".into(),
                score: Some("19".into()),
                cells: vec![
                    ("score", "表1!H13".into()),
                    ("deviation", "表1!I13".into()),
                    ("score", "表1!K13".into()),
                ],
                ..Indicator::default()
            }],
            total: Some(Total {
                points: Some("100".into()),
                score: None,
                cells: vec![("points", "表1!G20".into()), ("points", "表1!K20".into())],
            }),
            ..Draft::default()
        };
        let text = draft.to_toml();
        let parsed: Result<toml::Table, _> = toml::from_str(&text);
        assert!(parsed.is_ok(), "{parsed:?}\n{text}");
        assert!(text.contains(r#"cells = { score = "表1!H13", deviation = "表1!I13" }"#));
        assert!(!text.contains("K13") && !text.contains("K6") && !text.contains("K20"));
    }
}
