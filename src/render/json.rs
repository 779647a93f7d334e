//! `--format json`: one document `{ "cases": [...], "summary": {...} }`, and `--format jsonl`:
//! one case per line (docs/json-output.md); both written case by case so that a corpus of any
//! size streams through in bounded memory.

use super::Part;
use super::departments::{By, Department, Departments};
use crate::outcome::Outcome;
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct Summary {
    cases: usize,
    with_errors: usize,
    findings: usize,
    /// With `--by department`.
    #[serde(skip_serializing_if = "Option::is_none")]
    departments: Option<Vec<Department>>,
}

/// Streams cases into one pretty-printed JSON document, chunk by chunk: memory stays flat
/// however many cases pass.
#[derive(Debug, Default)]
pub struct JsonWriter {
    cases: usize,
    with_errors: usize,
    findings: usize,
    departments: Option<Departments>,
}

impl JsonWriter {
    /// A writer whose summary groups the cases `by` department, when asked.
    pub fn new(by: Option<By>) -> JsonWriter {
        JsonWriter {
            departments: by.map(|_| Departments::default()),
            ..JsonWriter::default()
        }
    }

    /// Writes cases already rendered by [`part`], in order.
    pub fn write_parts(&mut self, parts: &[Part], w: &mut dyn Write) -> std::io::Result<()> {
        for p in parts {
            w.write_all(if self.cases == 0 {
                b"{\n  \"cases\": [\n"
            } else {
                b",\n"
            })?;
            self.cases += 1;
            self.with_errors += usize::from(p.errors);
            self.findings += p.findings;
            if let (Some(d), Some(f)) = (&mut self.departments, &p.figures) {
                d.add(f);
            }
            w.write_all(&p.bytes)?;
        }
        Ok(())
    }

    /// Writes the closing text, with the summary, then the files not read as forms (when
    /// any): `"files_not_read": [{"path", "code", "reason"}]`.
    pub fn finish(
        &mut self,
        not_read: &[crate::diagnostic::NotRead],
        w: &mut dyn Write,
    ) -> std::io::Result<()> {
        let summary = Summary {
            cases: self.cases,
            with_errors: self.with_errors,
            findings: self.findings,
            departments: self.departments.as_ref().map(Departments::rows),
        };
        let summary = serde_json::to_string_pretty(&summary).unwrap_or_default();
        let summary = summary.replace('\n', "\n  ");
        let head = if self.cases == 0 {
            "{\n  \"cases\": [],\n"
        } else {
            "\n  ],\n"
        };
        write!(w, "{head}  \"summary\": {summary}")?;
        if !not_read.is_empty() {
            let files: Vec<serde_json::Value> = not_read
                .iter()
                .map(|f| {
                    serde_json::json!({
                        "path": f.file,
                        "code": f.code,
                        "reason": f.reason.to_string(),
                    })
                })
                .collect();
            let files = serde_json::to_string_pretty(&files).unwrap_or_default();
            write!(
                w,
                ",\n  \"files_not_read\": {}",
                files.replace('\n', "\n  ")
            )?;
        }
        writeln!(w, "\n}}")
    }
}

/// One case, pretty-printed as it sits inside `"cases": [ ... ]` (two levels in).
pub fn part(o: &Outcome) -> Part {
    let mut bytes = Vec::with_capacity(8 * 1024);
    let mut ser = serde_json::Serializer::with_formatter(&mut bytes, Indented::at(2));
    // Serialising an outcome cannot fail: every map key is a string.
    let _ = o.serialize(&mut ser);
    Part {
        bytes,
        errors: o.has_errors(),
        findings: o.findings.len(),
        figures: None,
    }
}

/// One case as one line of JSON Lines: the object of [`part`] without whitespace, then `\n`.
pub fn line(o: &Outcome) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(4 * 1024);
    // Serialising an outcome cannot fail: every map key is a string.
    let _ = serde_json::to_writer(&mut bytes, o);
    bytes.push(b'\n');
    bytes
}

/// A file of the run not read as forms as one line of JSON Lines, after the cases (s23: the
/// CSV, xlsx and JSON had it, JSON Lines did not): `file` as a case's line names its input,
/// `not_read: true` where a case has its figures, and the `code` and `reason` of JSON's
/// `files_not_read`, then `\n`.
pub fn not_read_line(f: &crate::diagnostic::NotRead) -> Vec<u8> {
    let line = serde_json::json!({
        "file": f.file,
        "not_read": true,
        "code": f.code,
        "reason": f.reason.to_string(),
    });
    let mut bytes = serde_json::to_vec(&line).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// serde_json's pretty layout (two spaces a level), starting `base` levels in, so a case is
/// written in place inside the document instead of being re-indented afterwards.
struct Indented {
    base: usize,
    depth: usize,
    has_value: bool,
}

impl Indented {
    fn at(base: usize) -> Indented {
        Indented {
            base,
            depth: 0,
            has_value: false,
        }
    }

    fn indent<W: ?Sized + Write>(&self, w: &mut W) -> std::io::Result<()> {
        const SPACES: &[u8; 64] = &[b' '; 64];
        let mut n = 2 * (self.base + self.depth);
        while n > 0 {
            let k = n.min(SPACES.len());
            w.write_all(&SPACES[..k])?;
            n -= k;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, w: &mut W, b: &[u8]) -> std::io::Result<()> {
        if self.depth == 0 {
            self.indent(w)?;
        }
        self.depth += 1;
        self.has_value = false;
        w.write_all(b)
    }

    fn close<W: ?Sized + Write>(&mut self, w: &mut W, b: &[u8]) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            w.write_all(b"\n")?;
            self.indent(w)?;
        }
        w.write_all(b)
    }

    fn item<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        w.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(w)
    }
}

impl serde_json::ser::Formatter for Indented {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Indented;
    use serde::Serialize;

    /// A file not read is one compact line: its file, `not_read`, the code and the reason
    /// (a comma and a quote in them kept as JSON writes them).
    #[test]
    fn a_file_not_read_is_one_line_of_json_lines() {
        let f = crate::diagnostic::NotRead {
            file: "收件/a,\"b\".xlsx".into(),
            code: "import::refused",
            reason: crate::i18n::Message::verbatim("没有表，也没有数字"),
        };
        let bytes = super::not_read_line(&f);
        let text = String::from_utf8(bytes).unwrap_or_default();
        assert_eq!(text.matches('\n').count(), 1, "{text}");
        assert!(text.ends_with('\n'), "{text}");
        let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(value["file"], "收件/a,\"b\".xlsx");
        assert_eq!(value["not_read"], true);
        assert_eq!(value["code"], "import::refused");
        assert_eq!(value["reason"], "没有表，也没有数字");
    }

    /// The in-place layout is serde_json's pretty layout, indented two levels.
    #[test]
    fn indented_matches_pretty_printing_shifted() {
        let value = serde_json::json!({
            "a": [1, 2, {"b": [], "c": {}}],
            "d": {"e": [[]], "f": null},
            "g": "文本",
            "h": []
        });
        let pretty = serde_json::to_string_pretty(&value).unwrap_or_default();
        let shifted: Vec<String> = pretty.lines().map(|l| format!("    {l}")).collect();
        let mut bytes = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(&mut bytes, Indented::at(2));
        assert!(value.serialize(&mut ser).is_ok());
        assert_eq!(
            String::from_utf8(bytes).unwrap_or_default(),
            shifted.join("\n")
        );
    }
}
