//! A dry run of a rule set's scripts (#19, `jixiao check`): every case scored under the rule
//! set on this thread, and every script call that failed kept with its place in the script,
//! so a mistyped property or function is reported at its line before any real run.

use super::{Options, evaluate};
use crate::model::{Case, RuleSet};
use crate::script::ScriptError;
use std::cell::RefCell;

thread_local! {
    /// The failures of the dry run under way on this thread, if one is.
    static FAILURES: RefCell<Option<Vec<ScriptError>>> = const { RefCell::new(None) };
}

/// Called where a script call fails while scoring: kept when a dry run is under way.
pub(super) fn record(err: &ScriptError) {
    FAILURES.with(|f| {
        if let Some(list) = f.borrow_mut().as_mut() {
            list.push(err.clone());
        }
    });
}

/// One distinct failure: where, what, and in how many cases (the first one named).
#[derive(Debug, Clone)]
pub struct DryRunFailure {
    /// The failure (script file, line, column, function, message).
    pub error: ScriptError,
    /// Cases in which it happened.
    pub cases: usize,
    /// The first of them.
    pub first_case: String,
}

/// Scores every case under `rules` and returns each distinct script failure, in the order
/// first seen.
pub fn dry_run(rules: &RuleSet, cases: &[Case]) -> Vec<DryRunFailure> {
    let mut out: Vec<DryRunFailure> = Vec::new();
    let options = Options {
        trace: false,
        scores_only: false,
    };
    for case in cases {
        FAILURES.with(|f| *f.borrow_mut() = Some(Vec::new()));
        let _ = evaluate(rules, case, options);
        let failures = FAILURES.with(|f| f.borrow_mut().take()).unwrap_or_default();
        let mut seen_here: Vec<ScriptError> = Vec::new();
        for e in failures {
            if seen_here.iter().any(|s| alike(s, &e)) {
                continue;
            }
            match out.iter_mut().find(|d| alike(&d.error, &e)) {
                Some(d) => d.cases += 1,
                None => out.push(DryRunFailure {
                    error: e.clone(),
                    cases: 1,
                    first_case: case.file().to_owned(),
                }),
            }
            seen_here.push(e);
        }
    }
    out
}

/// Two failures are one when they are the same kind of failure at the same place: a division
/// by zero at one line fails with each case's own numbers (`16 / 0`, `15 / 0`), and is one
/// mistake to fix, said once with the first case's numbers.
fn alike(a: &ScriptError, b: &ScriptError) -> bool {
    (&a.file, a.line, a.column, &a.function, &a.limit, &a.fault)
        == (&b.file, b.line, b.column, &b.function, &b.limit, &b.fault)
}
