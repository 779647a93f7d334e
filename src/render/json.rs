//! `--format json`: one document `{ "cases": [...], "summary": {...} }` (docs/json-output.md).

use crate::outcome::{Outcome, Severity};
use serde::Serialize;

#[derive(Serialize)]
struct Document<'a> {
    cases: &'a [Outcome],
    summary: Summary,
}

#[derive(Serialize)]
struct Summary {
    cases: usize,
    with_errors: usize,
    findings: usize,
}

/// Renders outcomes as one pretty-printed JSON document.
pub fn json(outcomes: &[Outcome]) -> String {
    let doc = Document {
        cases: outcomes,
        summary: Summary {
            cases: outcomes.len(),
            with_errors: outcomes.iter().filter(|o| o.has_errors()).count(),
            findings: outcomes.iter().map(|o| o.findings.len()).sum(),
        },
    };
    let _ = Severity::Error;
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}")) + "\n"
}
