//! `--format json`: one document `{ "cases": [...], "summary": {...} }` (docs/json-output.md),
//! written case by case so that a corpus of any size streams through in bounded memory.

use crate::outcome::Outcome;
use serde::Serialize;

#[derive(Serialize)]
struct Summary {
    cases: usize,
    with_errors: usize,
    findings: usize,
}

/// Streams outcomes into one pretty-printed JSON document.
#[derive(Debug, Default)]
pub struct JsonWriter {
    cases: usize,
    with_errors: usize,
    findings: usize,
}

impl JsonWriter {
    /// The text for the next outcomes.
    pub fn push(&mut self, outcomes: &[Outcome]) -> String {
        let mut out = String::new();
        for o in outcomes {
            out.push_str(if self.cases == 0 {
                "{\n  \"cases\": [\n"
            } else {
                ",\n"
            });
            self.cases += 1;
            self.with_errors += usize::from(o.has_errors());
            self.findings += o.findings.len();
            let text = serde_json::to_string_pretty(o)
                .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
            for (i, line) in text.lines().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str("    ");
                out.push_str(line);
            }
        }
        out
    }

    /// The closing text, with the summary.
    pub fn finish(&mut self) -> String {
        let summary = Summary {
            cases: self.cases,
            with_errors: self.with_errors,
            findings: self.findings,
        };
        let summary = serde_json::to_string_pretty(&summary).unwrap_or_default();
        let summary = summary.replace('\n', "\n  ");
        let head = if self.cases == 0 {
            "{\n  \"cases\": [],\n".to_owned()
        } else {
            "\n  ],\n".to_owned()
        };
        format!("{head}  \"summary\": {summary}\n}}\n")
    }
}

/// Renders outcomes as one pretty-printed JSON document.
pub fn json(outcomes: &[Outcome]) -> String {
    let mut w = JsonWriter::default();
    let mut s = w.push(outcomes);
    s.push_str(&w.finish());
    s
}
