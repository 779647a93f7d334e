//! The terminal table and its Markdown twin.

use super::departments::{
    By, Department, Departments, grade_count, grade_names, grouping_notes, with_codes,
};
use super::labels::{
    DEPARTMENT_COLUMNS, department_header, department_title, severity_counts, ungraded,
};
use super::text::num;
use super::text::truncate;
use crate::i18n::msg;
use crate::outcome::{Outcome, Severity};
use comfy_table::{CellAlignment, ContentArrangement, Table, presets};
use rust_decimal::Decimal;

fn opt(d: Option<Decimal>) -> String {
    d.map(num).unwrap_or_else(|| "—".into())
}

fn counts(o: &Outcome) -> String {
    let c = |s| o.findings.iter().filter(|f| f.severity == s).count();
    severity_counts(c(Severity::Error), c(Severity::Warning), c(Severity::Info))
}

fn new_table(style: &str) -> Table {
    let mut t = Table::new();
    t.load_style(if style == "md" {
        presets::ASCII_MARKDOWN
    } else {
        presets::UTF8_FULL_CONDENSED
    });
    t.set_content_arrangement(ContentArrangement::Disabled);
    t.force_no_tty();
    t
}

fn summary_table(outcomes: &[Outcome], style: &str) -> Table {
    let mut t = new_table(style);
    t.set_header(vec![
        "#".to_owned(),
        msg!("label-project").to_string(),
        msg!("label-rules").to_string(),
        msg!("label-total").to_string(),
        msg!("label-reported-total").to_string(),
        msg!("label-grade").to_string(),
        msg!("label-rate").to_string(),
        msg!("label-execution-score").to_string(),
        msg!("label-findings").to_string(),
    ]);
    for (i, o) in outcomes.iter().enumerate() {
        t.add_row(vec![
            (i + 1).to_string(),
            truncate(&super::labels::project_name(&o.project), 36),
            o.rules.id.clone(),
            super::text::total_text(o).unwrap_or_else(|| "—".into()),
            opt(o.reported_total),
            o.grade.clone().unwrap_or_else(|| "—".into()),
            o.execution
                .rate_shown
                .map(|r| format!("{}%", num(r)))
                .unwrap_or_else(|| "—".into()),
            opt(o.execution_score()),
            counts(o),
        ]);
    }
    for c in [0, 3, 4, 6, 7] {
        if let Some(col) = t.column_mut(c) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    t
}

/// One row per 主管部门 (`--by department`): forms, Σ A and B, execution rate, average and
/// budget-weighted average total, grade counts, finding counts.
fn department_table(rows: &[Department], style: &str) -> Table {
    let mut t = new_table(style);
    let grades = grade_names(rows);
    let mut header = department_header();
    header.extend(grades.iter().cloned());
    header.extend([ungraded(), msg!("label-findings").to_string()]);
    t.set_header(header);
    let pct = |d: Option<Decimal>| d.map_or_else(|| "—".into(), |d| format!("{}%", num(d)));
    for r in rows {
        let mut row = vec![
            with_codes(&truncate(&r.department, 30), r),
            r.forms.to_string(),
            opt(r.budget),
            opt(r.spent),
            pct(r.execution_rate),
            opt(r.average),
            opt(r.weighted_average),
        ];
        row.extend(grades.iter().map(|g| grade_count(r, g).to_string()));
        row.push(r.ungraded.to_string());
        row.push(severity_counts(r.errors, r.warnings, r.infos));
        t.add_row(row);
    }
    for c in 1..DEPARTMENT_COLUMNS + grades.len() + 1 {
        if let Some(col) = t.column_mut(c) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    t
}

/// The department summary as a titled block (table or Markdown).
fn department_block(outcomes: &[Outcome], style: &str) -> String {
    let rows = Departments::of(outcomes);
    let title = department_title();
    let title = match style {
        "md" => format!("\n## {title}\n\n"),
        _ => format!("\n{title}\n"),
    };
    let note: String = partial_note(&rows)
        .into_iter()
        .chain(grouping_notes(&rows))
        .map(|n| format!("{n}\n"))
        .collect();
    format!("{title}{}\n{note}", department_table(&rows, style))
}

/// The line under the summary of forms scored under a what-if (`--points rules`): their own
/// totals stand beside the computed ones but are not set against them (tester s15r N8).
fn what_if_note(outcomes: &[Outcome]) -> String {
    if outcomes.iter().any(|o| o.what_if) {
        format!("{}\n", msg!("report-what-if"))
    } else {
        String::new()
    }
}

/// The line under a department summary that says how many partial totals the averages left
/// out (F6); none when there were none.
pub(crate) fn partial_note(rows: &[Department]) -> Option<String> {
    let partial: usize = rows.iter().map(|r| r.partial).sum();
    (partial > 0)
        .then(|| crate::i18n::msg!("departments-partial-left-out", count = partial).to_string())
}

fn indicator_table(o: &Outcome, style: &str) -> Table {
    let mut t = new_table(style);
    t.set_header(vec![
        msg!("label-level1").to_string(),
        msg!("label-level2").to_string(),
        msg!("label-level3").to_string(),
        msg!("label-points").to_string(),
        msg!("label-score").to_string(),
        msg!("label-reported-score").to_string(),
        msg!("label-method").to_string(),
    ]);
    for i in &o.indicators {
        t.add_row(vec![
            i.shown_level1().to_string(),
            truncate(&i.level2, 12),
            truncate(&i.level3, 40),
            opt(i.points),
            // A judged row of a form with no points, or a row not applicable: its judgement in
            // words, as the workbook and the page show it, not a 0 read as "scored zero"
            // (tester s7 F4, F13). A line left unscored: `—`, not a scored 0.
            super::text::judgement(o, i).unwrap_or_else(|| opt(i.shown_score())),
            opt(i.reported_score),
            crate::outcome::words::method(i.method).to_string(),
        ]);
    }
    t.add_row(vec![
        msg!("label-execution").to_string(),
        String::new(),
        msg!(
            "label-execution-rate",
            rate = o
                .execution
                .rate_shown
                .map(|r| format!("{}%", num(r)))
                .unwrap_or_else(|| "—".into())
        )
        .to_string(),
        opt(o.has_points().then_some(o.execution.points)),
        opt(o.execution_score()),
        opt(o.execution.reported_score),
        String::new(),
    ]);
    for c in [3, 4, 5] {
        if let Some(col) = t.column_mut(c) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    t
}

fn findings_block(o: &Outcome, out: &mut String) {
    for f in &o.findings {
        let sev = f.severity.word();
        // Where it stands on the form comes first, the case-file line after it (#16); a
        // form scored straight from its input has no case file (F5).
        let place = match (f.location.on_form(), f.location.in_file()) {
            (Some(on_form), Some(at)) => format!("{on_form} — {at}"),
            (None, Some(at)) => at.to_string(),
            (Some(on_form), None) => on_form,
            (None, None) => f.location.field().to_string(),
        };
        out.push_str(&format!("  {place} {sev}[{}] {}\n", f.code, f.message));
    }
}

/// `jixiao rules list`: the rule sets under `root`, one row each (id, year, jurisdiction —
/// or, for a constructed example, that it is one — title), a rule set that does not validate said as such, then how to choose one.
pub fn rule_sets(sets: &[(String, Option<crate::model::Rules>)], root: &str) -> String {
    let mut t = new_table("");
    t.set_header(vec![
        msg!("label-rules-id").to_string(),
        msg!("label-rules-year").to_string(),
        msg!("label-rules-jurisdiction").to_string(),
        msg!("label-rules-title").to_string(),
    ]);
    let or_dash = |s: &str| match s.trim() {
        "" => "—".to_owned(),
        s => s.to_owned(),
    };
    for (id, rules) in sets {
        t.add_row(match rules {
            Some(r) => vec![
                id.clone(),
                if r.year > 0 {
                    r.year.to_string()
                } else {
                    "—".into()
                },
                if r.example {
                    msg!("rules-list-example").to_string()
                } else {
                    or_dash(&r.jurisdiction)
                },
                or_dash(&r.title),
            ],
            None => vec![
                id.clone(),
                "—".into(),
                "—".into(),
                msg!("rules-list-broken", root = root, id = id.as_str()).to_string(),
            ],
        });
    }
    // The first of the latest rule sets (ids are in order), else the first id.
    let latest = sets
        .iter()
        .filter_map(|(_, r)| r.as_ref())
        .filter(|r| !r.example)
        .map(|r| r.year)
        .max();
    let example = sets
        .iter()
        .find(|(_, r)| r.as_ref().map(|r| (r.year, r.example)) == latest.map(|y| (y, false)))
        .or(sets.first())
        .map_or("", |(id, _)| id.as_str());
    format!(
        "{}\n{t}\n{}\n",
        msg!("rules-list-head", root = root, count = sets.len()),
        msg!("rules-list-use", id = example)
    )
}

/// The summary table, then each case's findings; with `explain`, each case's indicator table
/// and the trace of every number; with `by`, the department summary last.
pub fn table(outcomes: &[Outcome], layout: super::Layout) -> String {
    let explain = layout.explain;
    let mut out = summary_table(outcomes, "table").to_string();
    out.push('\n');
    out.push_str(&what_if_note(outcomes));
    for (i, o) in outcomes.iter().enumerate() {
        if !explain && o.findings.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "\n#{} {} ({})\n",
            i + 1,
            super::labels::project_name(&o.project),
            o.shown()
        ));
        if explain {
            out.push_str(&indicator_table(o, "table").to_string());
            out.push('\n');
            for ind in &o.indicators {
                if ind.trace.is_empty() {
                    continue;
                }
                let name = crate::source::levels_joined([
                    &*ind.level2,
                    truncate(&ind.level3, 60).as_str(),
                ]);
                out.push_str(&format!("  {name}\n"));
                trace_lines(&ind.trace, &mut out);
            }
            out.push_str(&format!("  {}\n", msg!("label-execution")));
            trace_lines(&o.execution.trace, &mut out);
            out.push_str(&format!("  {}\n", msg!("label-total-row")));
            trace_lines(&o.total_trace, &mut out);
        }
        findings_block(o, &mut out);
    }
    if layout.by == Some(By::Department) {
        out.push_str(&department_block(outcomes, "table"));
    }
    let errors = outcomes.iter().filter(|o| o.has_errors()).count();
    let summary = crate::i18n::msg!("table-summary", scored = outcomes.len(), errors = errors);
    out.push_str(&format!("\n{summary}\n"));
    out
}

fn trace_lines(trace: &[crate::outcome::Step], out: &mut String) {
    for (s, inputs) in super::text::first_reads(trace) {
        out.push_str(&format!("    {}", s.text));
        if let Some(r) = &s.rule {
            out.push_str(&format!("  [{}]", crate::outcome::words::rule_ref(r)));
        }
        out.push('\n');
        for i in inputs {
            out.push_str(&format!("      ← {}\n", super::text::input_at(i)));
        }
    }
}

/// Markdown: the summary table (with `by`, the department summary after it), then per case
/// its indicator table and findings.
pub fn markdown(outcomes: &[Outcome], by: Option<By>) -> String {
    let mut out = format!("# {}\n\n", msg!("label-markdown-title"));
    out.push_str(&summary_table(outcomes, "md").to_string());
    out.push('\n');
    out.push_str(&what_if_note(outcomes));
    if by == Some(By::Department) {
        out.push_str(&department_block(outcomes, "md"));
    }
    for (i, o) in outcomes.iter().enumerate() {
        out.push_str(&format!(
            "\n## {}. {}\n\n`{}`\n\n",
            i + 1,
            super::labels::project_name(&o.project),
            o.shown()
        ));
        out.push_str(&indicator_table(o, "md").to_string());
        out.push('\n');
        if !o.findings.is_empty() {
            out.push('\n');
            for f in &o.findings {
                let place = match (f.location.on_form(), f.location.in_file()) {
                    (Some(on_form), Some(at)) => format!("{on_form}; {}:{}", at.line, at.column),
                    (None, Some(at)) => format!("{}:{}", at.line, at.column),
                    (Some(on_form), None) => on_form,
                    (None, None) => f.location.field().to_string(),
                };
                out.push_str(&format!(
                    "- **{}** `{}` {} ({place})\n",
                    f.severity.word(),
                    f.code,
                    f.message,
                ));
            }
        }
    }
    out
}
