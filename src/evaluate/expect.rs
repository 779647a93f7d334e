//! Compares an outcome with the case's `[expect]` table (the accepted result).

use crate::model::Case;
use crate::outcome::Outcome;

/// Differences between the outcome and the case's expectations, one line each; empty when
/// they agree or the case has none.
pub fn check(case: &Case, outcome: &Outcome) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(expect) = &case.expect else {
        return problems;
    };
    if let Some((total, _)) = &expect.total
        && Some(*total) != outcome.total
    {
        problems.push(format!(
            "{}: expected total {}, got {}",
            case.file(),
            total.normalize(),
            outcome.total.map_or_else(
                || "none (the form has no points)".into(),
                |t| t.normalize().to_string()
            )
        ));
    }
    if let Some((grade, _)) = &expect.grade
        && outcome.grade.as_deref() != Some(grade.as_str())
    {
        problems.push(format!(
            "{}: expected grade {grade}, got {}",
            case.file(),
            outcome.grade.as_deref().unwrap_or("none")
        ));
    }
    if let Some((codes, _)) = &expect.findings {
        let mut want: Vec<&str> = codes.iter().map(String::as_str).collect();
        let mut got: Vec<&str> = outcome.findings.iter().map(|f| f.code).collect();
        want.sort_unstable();
        got.sort_unstable();
        got.dedup();
        want.dedup();
        if want != got {
            problems.push(format!(
                "{}: expected findings [{}], got [{}]",
                case.file(),
                want.join(", "),
                got.join(", ")
            ));
        }
    }
    problems
}
