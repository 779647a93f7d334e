//! Column headers and titles of the outputs, from the catalogs (`label-*` in
//! i18n/*/reports.ftl): the form's own words in Chinese by default, English with `--lang en`.
//! Rendered in the current language ([`crate::i18n::lang`]), which the CLI sets first.

use crate::i18n::{Lang, Message, msg};

/// A project's name as reports for people show it: the name as written, or `（未填项目名称）`
/// when the form left it blank (tester s14 F3: a blank name left the summary's link showing
/// its target `'表3'!A1`, and the HTML report a heading `3. ` with nothing to click).
/// Data outputs (CSV, JSON) keep the blank.
pub fn project_name(project: &str) -> std::borrow::Cow<'_, str> {
    if project.trim().is_empty() {
        msg!("label-project-blank").to_string().into()
    } else {
        project.into()
    }
}

fn texts(messages: &[Message]) -> Vec<String> {
    messages.iter().map(ToString::to_string).collect()
}

/// The header line of the CSV output, with its newline (no field needs quoting).
pub fn csv_header() -> String {
    let mut line = texts(&[
        msg!("label-file"),
        msg!("label-project"),
        msg!("label-department"),
        msg!("label-unit"),
        msg!("label-rules"),
        msg!("label-rules-hash"),
        msg!("label-total"),
        msg!("label-complete"),
        msg!("label-total-points"),
        msg!("label-grade"),
        msg!("label-reported-total"),
        msg!("label-rate-percent"),
        msg!("label-execution-score"),
        msg!("label-errors"),
        msg!("label-warnings"),
        msg!("label-findings"),
        msg!("label-points-basis"),
        msg!("label-unverified-points"),
        msg!("label-difference-signed"),
    ])
    .join(",");
    line.push('\n');
    line
}

/// The columns of the xlsx report's summary sheet.
pub fn summary_header() -> Vec<String> {
    texts(&[
        msg!("label-index"),
        msg!("label-project"),
        msg!("label-department"),
        msg!("label-unit"),
        msg!("label-file"),
        msg!("label-rules"),
        msg!("label-total"),
        msg!("label-complete"),
        msg!("label-total-points"),
        msg!("label-reported-total"),
        msg!("label-difference"),
        msg!("label-grade"),
        msg!("label-rate"),
        msg!("label-execution-score"),
        msg!("label-errors"),
        msg!("label-warnings"),
        msg!("label-infos"),
        msg!("label-findings"),
        msg!("label-unverified-points"),
    ])
}

/// The columns of a form sheet's indicator table (xlsx).
pub fn form_header() -> Vec<String> {
    texts(&[
        msg!("label-level1"),
        msg!("label-level2"),
        msg!("label-level3"),
        msg!("label-points"),
        msg!("label-score"),
        msg!("label-reported-score"),
        msg!("label-method-full"),
        msg!("label-trace"),
        msg!("label-basis"),
        msg!("label-fields"),
    ])
}

/// The columns of the department summary before the grade columns.
pub fn department_header() -> Vec<String> {
    texts(&[
        msg!("label-department"),
        msg!("label-forms"),
        msg!("label-budget-sum"),
        msg!("label-spent-sum"),
        msg!("label-rate"),
        msg!("label-average"),
        msg!("label-weighted-average"),
    ])
}

/// How many columns [`department_header`] has.
pub const DEPARTMENT_COLUMNS: usize = 7;

/// Title of the department summary.
pub fn department_title() -> String {
    msg!("label-by-department").to_string()
}

/// The column after the grades: forms without a grade.
pub fn ungraded() -> String {
    msg!("label-ungraded").to_string()
}

/// Error, warning and info counts (`1 错误 2 警告`), `—` when there are none.
pub fn severity_counts(errors: usize, warnings: usize, infos: usize) -> String {
    let mut parts = Vec::new();
    if errors > 0 {
        parts.push(msg!("label-severity-error", count = errors).to_string());
    }
    if warnings > 0 {
        parts.push(msg!("label-severity-warning", count = warnings).to_string());
    }
    if infos > 0 {
        parts.push(msg!("label-severity-info", count = infos).to_string());
    }
    if parts.is_empty() {
        "—".into()
    } else {
        parts.join(" ")
    }
}

pub use crate::outcome::words::{finding_label, finding_name};

/// The kinds of finding a form has, each once, in code order: one list for the CSV's and the
/// workbook's 发现 cells (tester s7 F13: the CSV named `应填项目空白` twice when another kind
/// stood between).
pub fn finding_kinds(o: &crate::outcome::Outcome) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = o.findings.iter().map(|f| f.code.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// The kinds of finding of one form, as a cell lists them: names joined by `；` in Chinese,
/// codes joined by spaces in English ([`finding_label`]).
pub fn finding_labels(codes: &[&str]) -> String {
    let labels: Vec<String> = codes.iter().map(|c| finding_label(c)).collect();
    match crate::i18n::lang() {
        Lang::Zh => labels.join("；"),
        Lang::En => labels.join(" "),
    }
}

/// Findings per kind with their counts (`自评得分与计算得分不一致 ×3；指标不适用 ×2`, English
/// `score-mismatch ×3, not-applicable ×2`).
pub fn finding_counts(counts: &[(&str, usize)]) -> String {
    let items: Vec<String> = counts
        .iter()
        .map(|(c, n)| format!("{} ×{n}", finding_label(c)))
        .collect();
    match crate::i18n::lang() {
        Lang::Zh => items.join("；"),
        Lang::En => items.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::lookup;
    use crate::outcome::FindingCode;

    #[test]
    fn every_finding_code_has_a_name_in_both_languages() {
        for code in FindingCode::ALL {
            for lang in Lang::ALL {
                let id = format!("code-{}", code.as_str());
                assert!(lookup(lang, &id).is_some(), "{id} missing in {lang:?}");
            }
        }
    }

    #[test]
    fn headers_have_their_column_counts() {
        assert_eq!(department_header().len(), DEPARTMENT_COLUMNS);
        assert_eq!(summary_header().len(), 19);
        assert_eq!(form_header().len(), 10);
        assert_eq!(csv_header().matches(',').count(), 18);
    }
}
