//! `--format json`: one document `{ "cases": [...], "summary": {...} }` (docs/json-output.md),
//! written case by case so that a corpus of any size streams through in bounded memory.

use crate::outcome::Outcome;
use rayon::prelude::*;
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct Summary {
    cases: usize,
    with_errors: usize,
    findings: usize,
}

/// Streams outcomes into one pretty-printed JSON document, chunk by chunk: memory stays flat
/// however many cases pass.
#[derive(Debug, Default)]
pub struct JsonWriter {
    cases: usize,
    with_errors: usize,
    findings: usize,
}

impl JsonWriter {
    /// Writes the next outcomes. Each case is serialised on its own (in parallel: for large
    /// corpora this is a good part of the run), then written in order.
    pub fn write(&mut self, outcomes: &[Outcome], w: &mut dyn Write) -> std::io::Result<()> {
        let parts: Vec<std::io::Result<Vec<u8>>> = outcomes.par_iter().map(case_bytes).collect();
        for (o, part) in outcomes.iter().zip(parts) {
            w.write_all(if self.cases == 0 {
                b"{\n  \"cases\": [\n"
            } else {
                b",\n"
            })?;
            self.cases += 1;
            self.with_errors += usize::from(o.has_errors());
            self.findings += o.findings.len();
            w.write_all(&part?)?;
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

/// One case, pretty-printed and indented by two levels (it sits inside `"cases": [ ... ]`).
fn case_bytes(o: &Outcome) -> std::io::Result<Vec<u8>> {
    let pretty = serde_json::to_vec_pretty(o).map_err(std::io::Error::other)?;
    let mut out = Vec::with_capacity(pretty.len() + pretty.len() / 8);
    for (i, line) in pretty.split(|b| *b == b'\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        out.extend_from_slice(b"    ");
        out.extend_from_slice(line);
    }
    Ok(out)
}

/// Renders outcomes as one pretty-printed JSON document.
pub fn json(outcomes: &[Outcome]) -> String {
    let mut w = JsonWriter::default();
    let mut out = Vec::new();
    let _ = w.write(outcomes, &mut out);
    let _ = w.finish(&mut out);
    String::from_utf8(out).unwrap_or_default()
}
