//! A fast reader for case files in the layout jixiao writes them (`import`, `gen`: see
//! [`crate::import::draft`]), on the line reader of [`super::fast_toml`]. It builds the same
//! [`RawCase`] as the TOML parser, spans included, at a fraction of the cost (reading case
//! files is most of what `score` does on a large corpus).
//!
//! It is an accelerator, not a second definition of the format: whenever a file uses anything
//! else TOML allows (multi-line strings, inline tables, dotted keys, …), or anything is wrong
//! with it (unknown or repeated keys, a missing required key, a value of the wrong type, bad
//! syntax), [`read`] returns `None` and the caller parses the file with the `toml` crate,
//! which accepts every valid file and reports every error. A test compares the two readers on
//! every shipped case, thousands of generated ones and mutations of them; the fuzz harness
//! does the same (`cargo run --example fuzz`).

use super::fast_toml::{Line, Reader, Value, once};
use super::raw_case::{
    CellText, RawCase, RawCell, RawExpect, RawForm, RawFunds, RawGoal, RawHeader, RawIndicator,
    RawTotal,
};
use std::ops::Range;
use std::sync::Arc;
use toml::Spanned;

/// Reads a case file written in the canonical layout; `None` when the TOML parser must decide.
pub fn read(text: &str) -> Option<RawCase> {
    let mut r = Reader::new(text)?;
    let mut doc = Doc::default();
    let mut section = Section::Root;
    while let Some(line) = r.next()? {
        match line {
            Line::Table { path, array, span } => {
                let [name] = path.as_slice() else {
                    return None;
                };
                section = doc.open(name, array, span)?;
            }
            Line::Pair { key, value } => doc.set(section, &key, value)?,
        }
    }
    doc.finish()
}

/// A cell: a string, or an integer kept as its digits.
fn cell(v: Value<'_>) -> Option<RawCell> {
    match v {
        Value::Str(s, span) => Some(Spanned::new(span, CellText(Arc::from(&*s)))),
        Value::Int(i, span) => Some(Spanned::new(span, CellText(Arc::from(i.to_string())))),
        _ => None,
    }
}

/// A string with its span.
fn spanned_string(v: Value<'_>) -> Option<Spanned<String>> {
    match v {
        Value::Str(s, span) => Some(Spanned::new(span, s.into_owned())),
        _ => None,
    }
}

/// Which table the following keys belong to.
#[derive(Clone, Copy)]
enum Section {
    Root,
    Form,
    Header,
    Funds,
    Goals,
    Indicators,
    Total,
    Expect,
}

/// The tables read so far.
#[derive(Default)]
struct Doc {
    notes: Option<Vec<String>>,
    form: Option<Form>,
    header: Option<(Range<usize>, Header)>,
    funds: Vec<(Range<usize>, Funds)>,
    goals: Vec<Spanned<RawGoal>>,
    indicators: Vec<(Range<usize>, Indicator)>,
    total: Option<(Range<usize>, RawTotal)>,
    expect: Option<(Range<usize>, RawExpect)>,
}

/// `[form]` while it is read.
#[derive(Default)]
struct Form {
    source: Option<String>,
    index: Option<u32>,
    constructed: Option<bool>,
    rules: Option<Spanned<String>>,
    incomplete: Option<bool>,
    import_notes: Option<Vec<String>>,
}

/// `[header]` while it is read (`project` is required).
#[derive(Default)]
struct Header {
    title: Option<RawCell>,
    year: Option<RawCell>,
    project: Option<RawCell>,
    department: Option<RawCell>,
    unit: Option<RawCell>,
}

/// An `[[indicators]]` row while it is read (the three labels are required).
#[derive(Default)]
struct Indicator {
    level1: Option<RawCell>,
    level2: Option<RawCell>,
    level3: Option<RawCell>,
    nature: Option<RawCell>,
    target: Option<RawCell>,
    actual: Option<RawCell>,
    points: Option<RawCell>,
    score: Option<RawCell>,
    deduction: Option<RawCell>,
    deviation: Option<RawCell>,
    shares_points: Option<bool>,
    cells: Option<RawCells>,
}

/// `[[funds]]` while it is read (`label` is required).
#[derive(Default)]
struct Funds {
    label: Option<RawCell>,
    initial_budget: Option<RawCell>,
    full_year_budget: Option<RawCell>,
    spent: Option<RawCell>,
    points: Option<RawCell>,
    rate: Option<RawCell>,
    score: Option<RawCell>,
    cells: Option<RawCells>,
}

/// A row's `cells = { … }` as the TOML parser reads it.
type RawCells = Spanned<std::collections::BTreeMap<String, String>>;

/// `cells = { actual = "表1!F13" }`: an inline table of strings, spanned as TOML spans it.
fn cells(v: Value<'_>) -> Option<RawCells> {
    let (pairs, span) = v.table()?;
    Some(Spanned::new(span, pairs.into_iter().collect()))
}

impl Doc {
    /// Opens the table a header names; `None` for a table the case format does not have or
    /// one opened twice.
    fn open(&mut self, name: &str, array: bool, span: Range<usize>) -> Option<Section> {
        let section = match (array, name) {
            (false, "form") if self.form.is_none() => {
                self.form = Some(Form::default());
                Section::Form
            }
            (false, "header") if self.header.is_none() => {
                self.header = Some((span, Header::default()));
                Section::Header
            }
            (false, "total") if self.total.is_none() => {
                self.total = Some((span, RawTotal::default()));
                Section::Total
            }
            (false, "expect") if self.expect.is_none() => {
                self.expect = Some((span, RawExpect::default()));
                Section::Expect
            }
            (true, "funds") => {
                self.funds.push((span, Funds::default()));
                Section::Funds
            }
            (true, "goals") => {
                self.goals.push(Spanned::new(span, RawGoal::default()));
                Section::Goals
            }
            (true, "indicators") => {
                self.indicators.push((span, Indicator::default()));
                Section::Indicators
            }
            _ => return None,
        };
        Some(section)
    }

    /// Stores `key = v` of `section`; `None` for a key the case format does not have, a
    /// repeated key or a value of the wrong type.
    fn set(&mut self, section: Section, key: &str, v: Value<'_>) -> Option<()> {
        match section {
            Section::Root => match key {
                "notes" => once(&mut self.notes, v.strings()),
                _ => None,
            },
            Section::Form => {
                let f = self.form.as_mut()?;
                match key {
                    "source" => once(&mut f.source, v.string()),
                    "index" => match v {
                        Value::Int(i, _) => once(&mut f.index, u32::try_from(i).ok()),
                        _ => None,
                    },
                    "constructed" => once(&mut f.constructed, v.bool()),
                    "rules" => once(&mut f.rules, spanned_string(v)),
                    "incomplete" => once(&mut f.incomplete, v.bool()),
                    "import_notes" => once(&mut f.import_notes, v.strings()),
                    _ => None,
                }
            }
            Section::Header => {
                let h = &mut self.header.as_mut()?.1;
                let slot = match key {
                    "title" => &mut h.title,
                    "year" => &mut h.year,
                    "project" => &mut h.project,
                    "department" => &mut h.department,
                    "unit" => &mut h.unit,
                    _ => return None,
                };
                once(slot, cell(v))
            }
            Section::Funds => {
                let f = &mut self.funds.last_mut()?.1;
                if key == "cells" {
                    return once(&mut f.cells, cells(v));
                }
                let slot = match key {
                    "label" => &mut f.label,
                    "initial_budget" => &mut f.initial_budget,
                    "full_year_budget" => &mut f.full_year_budget,
                    "spent" => &mut f.spent,
                    "points" => &mut f.points,
                    "rate" => &mut f.rate,
                    "score" => &mut f.score,
                    _ => return None,
                };
                once(slot, cell(v))
            }
            Section::Goals => {
                let g = self.goals.last_mut()?.as_mut();
                let slot = match key {
                    "expected" => &mut g.expected,
                    "actual" => &mut g.actual,
                    _ => return None,
                };
                once(slot, cell(v))
            }
            Section::Indicators => {
                let i = &mut self.indicators.last_mut()?.1;
                if key == "shares_points" {
                    return once(&mut i.shares_points, v.bool());
                }
                if key == "cells" {
                    return once(&mut i.cells, cells(v));
                }
                let slot = match key {
                    "level1" => &mut i.level1,
                    "level2" => &mut i.level2,
                    "level3" => &mut i.level3,
                    "nature" => &mut i.nature,
                    "target" => &mut i.target,
                    "actual" => &mut i.actual,
                    "points" => &mut i.points,
                    "score" => &mut i.score,
                    "deduction" => &mut i.deduction,
                    "deviation" => &mut i.deviation,
                    _ => return None,
                };
                once(slot, cell(v))
            }
            Section::Total => {
                let t = &mut self.total.as_mut()?.1;
                if key == "cells" {
                    return once(&mut t.cells, cells(v));
                }
                let slot = match key {
                    "points" => &mut t.points,
                    "score" => &mut t.score,
                    _ => return None,
                };
                once(slot, cell(v))
            }
            Section::Expect => {
                let e = &mut self.expect.as_mut()?.1;
                match key {
                    "total" => once(&mut e.total, spanned_string(v)),
                    "grade" => once(&mut e.grade, spanned_string(v)),
                    "findings" => match v {
                        Value::Array(list, span) => {
                            once(&mut e.findings, Some(Spanned::new(span, list)))
                        }
                        _ => None,
                    },
                    _ => None,
                }
            }
        }
    }

    fn finish(self) -> Option<RawCase> {
        let (header_span, h) = self.header?;
        let header = RawHeader {
            title: h.title,
            year: h.year,
            project: h.project?,
            department: h.department,
            unit: h.unit,
        };
        let mut funds = Vec::with_capacity(self.funds.len());
        for (span, f) in self.funds {
            funds.push(Spanned::new(
                span,
                RawFunds {
                    label: f.label?,
                    initial_budget: f.initial_budget,
                    full_year_budget: f.full_year_budget,
                    spent: f.spent,
                    points: f.points,
                    rate: f.rate,
                    score: f.score,
                    cells: f.cells,
                },
            ));
        }
        let form = self.form.unwrap_or_default();
        let form = RawForm {
            source: form.source.unwrap_or_default(),
            index: form.index,
            constructed: form.constructed.unwrap_or(false),
            rules: form.rules,
            incomplete: form.incomplete.unwrap_or(false),
            import_notes: form.import_notes.unwrap_or_default(),
        };
        let mut indicators = Vec::with_capacity(self.indicators.len());
        for (span, i) in self.indicators {
            indicators.push(Spanned::new(
                span,
                RawIndicator {
                    level1: i.level1?,
                    level2: i.level2?,
                    level3: i.level3?,
                    nature: i.nature,
                    target: i.target,
                    actual: i.actual,
                    points: i.points,
                    score: i.score,
                    deduction: i.deduction,
                    deviation: i.deviation,
                    shares_points: i.shares_points.unwrap_or(false),
                    cells: i.cells,
                },
            ));
        }
        Some(RawCase {
            form,
            header: Spanned::new(header_span, header),
            funds,
            goals: self.goals,
            indicators,
            total: self.total.map(|(s, t)| Spanned::new(s, t)),
            notes: self.notes.unwrap_or_default(),
            expect: self.expect.map(|(s, e)| Spanned::new(s, e)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::read;
    use crate::load::raw_case::parse_toml;

    /// The fast reader either declines or reads exactly what the TOML parser reads, spans
    /// included; it never accepts a file the TOML parser refuses.
    fn agrees(name: &str, text: &str) {
        crate::load::fast_toml::assert_agrees(name, read(text), parse_toml(text));
    }

    fn shipped() -> Vec<(String, String)> {
        let mut out = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let files = crate::load::case_files(&[root.join("cases"), root.join("tests/broken")])
            .unwrap_or_default();
        for f in files {
            if let Ok(text) = std::fs::read_to_string(&f) {
                out.push((f.display().to_string(), text));
            }
        }
        out
    }

    #[test]
    fn reads_every_shipped_and_generated_case_as_toml_does() {
        let shipped = shipped();
        assert!(shipped.len() > 30, "found {} case files", shipped.len());
        let mut read_fast = 0;
        for (name, text) in &shipped {
            agrees(name, text);
            read_fast += usize::from(read(text).is_some());
        }
        // Files jixiao wrote itself take the fast path.
        assert!(read_fast >= 30, "only {read_fast} shipped cases read fast");
        for i in 0..2000 {
            let (name, text) = crate::generate::case(7, i, "anhui-2023");
            agrees(&name, &text);
            assert!(read(&text).is_some(), "{name} not read fast");
        }
    }

    /// `cells = { … }` written by `import` from a workbook (#16) is read fast, spans as TOML's.
    #[test]
    fn reads_imported_cells_as_toml_does() {
        let text = "[header]\nproject = \"p\"\n\n[[funds]]\nlabel = \"年度资金总额:\"\nspent = \"1\"\ncells = { label = \"表1!C6\", spent = \"表1!F6\" }\n\n[[indicators]]\nlevel1 = \"产出指标\"\nlevel2 = \"数量指标\"\nlevel3 = \"指标1\"\nactual = \"1\"\ncells = { level3 = \"表1!D13\", actual = \"表1!F13\" }\n\n[total]\nscore = \"1\"\ncells = { score = \"表1!H20\" }\n";
        let cells_read = |raw: super::RawCase| {
            raw.indicators
                .first()
                .and_then(|i| i.get_ref().cells.as_ref())
                .map(|c| c.get_ref().len())
        };
        assert_eq!(read(text).and_then(cells_read), Some(2));
        agrees("cells", text);
        for declined in [
            "[header]\nproject = \"p\"\n[total]\ncells = { score = \"a\", }\n",
            "[header]\nproject = \"p\"\n[total]\ncells = { score = \"a\", score = \"b\" }\n",
        ] {
            assert!(read(declined).is_none(), "{declined}");
            agrees(declined, declined);
        }
        assert!(read("[header]\nproject = \"p\"\n[total]\ncells = { score = \"a\" }\n").is_some());
    }

    /// Small edits of real files: every one either declined or read as TOML reads it.
    #[test]
    fn agrees_with_toml_on_mutated_files() {
        const SNIPPETS: &[&str] = &[
            "\"",
            "'",
            "\\",
            "\\u00e9",
            "\\U0001F600",
            "\\x41",
            "\\e",
            "#",
            "[",
            "]",
            "[[",
            "=",
            " = ",
            ",",
            "\n",
            "\r\n",
            "\t",
            "\u{7f}",
            "\u{1}",
            "1",
            "0",
            "-",
            "+",
            "_",
            ".5",
            "e3",
            "true",
            "false",
            "inf",
            "nan",
            "1979-05-27",
            "[form]",
            "[header]",
            "[[funds]]",
            "[total]",
            "[expect]",
            "[[indicators]]",
            "notes = []",
            "points = 5\n",
            "level1 = \"产\"\n",
            "x = 1\n",
            "a.b = 1\n",
            "\"k\" = \"v\"\n",
            "target = '≥5'\n",
            "score = \"\"\"7\"\"\"\n",
            "{ a = 1 }",
            "\u{feff}",
            "shares_points = true\n",
            "index = -1\n",
            "index = 4294967296\n",
            "findings = [\"a\",]\n",
            "findings = [ # c\n\"a\"\n]\n",
            "cells = { actual = \"表1!F13\" }\n",
            "cells = { a = \"x\", }\n",
            "cells = { a = \"x\", a = \"y\" }\n",
            "cells = { a.b = \"x\" }\n",
            "cells = {}\n",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut bases = shipped();
        bases.truncate(40);
        for i in 0..20 {
            bases.push(crate::generate::case(3, i, "anhui-2023"));
        }
        let mut declined = 0;
        let mut total = 0;
        for (name, text) in &bases {
            for round in 0..150 {
                let mut t = text.clone();
                for _ in 0..=next(3) {
                    let mut at = next(t.len() + 1);
                    while !t.is_char_boundary(at) {
                        at -= 1;
                    }
                    match next(4) {
                        0 => {
                            let mut end = at + 1;
                            while end < t.len() && !t.is_char_boundary(end) {
                                end += 1;
                            }
                            if end <= t.len() {
                                t.replace_range(at..end, "");
                            }
                        }
                        1 => {
                            // Repeat the line under the cursor.
                            let start = t[..at].rfind('\n').map_or(0, |p| p + 1);
                            let end = t[at..].find('\n').map_or(t.len(), |p| at + p);
                            let line = format!("{}\n", &t[start..end]);
                            t.insert_str(start, &line);
                        }
                        _ => t.insert_str(at, SNIPPETS[next(SNIPPETS.len())]),
                    }
                }
                total += 1;
                declined += usize::from(read(&t).is_none());
                agrees(&format!("{name} (mutation {round})"), &t);
            }
        }
        // Both paths are exercised.
        assert!(
            declined > total / 10 && declined < total,
            "{declined} of {total} declined"
        );
    }
}
