//! `--format json`: one document `{ "cases": [...], "summary": {...} }` (docs/json-output.md),
//! written case by case so that a corpus of any size streams through in bounded memory.

use crate::outcome::Outcome;
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct Summary {
    cases: usize,
    with_errors: usize,
    findings: usize,
}

/// Streams outcomes into one pretty-printed JSON document, case by case, through one reused
/// buffer: memory stays flat however many cases pass.
#[derive(Debug, Default)]
pub struct JsonWriter {
    cases: usize,
    with_errors: usize,
    findings: usize,
    buf: Vec<u8>,
}

impl JsonWriter {
    /// Writes the next outcomes.
    pub fn write(&mut self, outcomes: &[Outcome], w: &mut dyn Write) -> std::io::Result<()> {
        for o in outcomes {
            w.write_all(if self.cases == 0 {
                b"{\n  \"cases\": [\n"
            } else {
                b",\n"
            })?;
            self.cases += 1;
            self.with_errors += usize::from(o.has_errors());
            self.findings += o.findings.len();
            self.buf.clear();
            serde_json::to_writer_pretty(&mut self.buf, o).map_err(std::io::Error::other)?;
            // Indent the case by two levels: it sits inside `"cases": [ ... ]`.
            for (i, line) in self.buf.split(|b| *b == b'\n').enumerate() {
                if i > 0 {
                    w.write_all(b"\n")?;
                }
                w.write_all(b"    ")?;
                w.write_all(line)?;
            }
        }
        Ok(())
    }

    /// Writes the closing text, with the summary.
    pub fn finish(&mut self, w: &mut dyn Write) -> std::io::Result<()> {
        let summary = Summary {
            cases: self.cases,
            with_errors: self.with_errors,
            findings: self.findings,
        };
        let summary = serde_json::to_string_pretty(&summary).unwrap_or_default();
        let summary = summary.replace('\n', "\n  ");
        let head = if self.cases == 0 {
            "{\n  \"cases\": [],\n"
        } else {
            "\n  ],\n"
        };
        write!(w, "{head}  \"summary\": {summary}\n}}\n")
    }
}

/// Renders outcomes as one pretty-printed JSON document.
pub fn json(outcomes: &[Outcome]) -> String {
    let mut w = JsonWriter::default();
    let mut out = Vec::new();
    let _ = w.write(outcomes, &mut out);
    let _ = w.finish(&mut out);
    String::from_utf8(out).unwrap_or_default()
}
