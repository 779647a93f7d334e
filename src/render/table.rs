//! The terminal table and its Markdown twin.

use super::departments::{
    By, DEPARTMENT_HEADER, DEPARTMENT_TITLE, Department, Departments, UNGRADED, grade_count,
    grade_names,
};
use super::text::num;
use super::text::truncate;
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
        "#",
        "项目名称",
        "规则",
        "计算总分",
        "自评总分",
        "等级",
        "执行率",
        "执行得分",
        "发现",
    ]);
    for (i, o) in outcomes.iter().enumerate() {
        t.add_row(vec![
            (i + 1).to_string(),
            truncate(&o.project, 36),
            o.rules.id.clone(),
            opt(o.total),
            opt(o.reported_total),
            o.grade.clone().unwrap_or_else(|| "—".into()),
            o.execution
                .rate
                .map(|r| format!("{}%", num(r.round_dp(2))))
                .unwrap_or_else(|| "—".into()),
            num(o.execution.score),
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
    let mut header: Vec<String> = DEPARTMENT_HEADER.iter().map(|h| (*h).to_owned()).collect();
    header.extend(grades.iter().cloned());
    header.extend([UNGRADED.to_owned(), "发现".to_owned()]);
    t.set_header(header);
    let pct = |d: Option<Decimal>| d.map_or_else(|| "—".into(), |d| format!("{}%", num(d)));
    for r in rows {
        let mut row = vec![
            truncate(&r.department, 30),
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
    for c in 1..DEPARTMENT_HEADER.len() + grades.len() + 1 {
        if let Some(col) = t.column_mut(c) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    t
}

fn severity_counts(e: usize, w: usize, i: usize) -> String {
    let mut parts = Vec::new();
    for (n, name) in [(e, "错误"), (w, "警告"), (i, "提示")] {
        if n > 0 {
            parts.push(format!("{n} {name}"));
        }
    }
    if parts.is_empty() {
        "—".into()
    } else {
        parts.join(" ")
    }
}

/// The department summary as a titled block (table or Markdown).
fn department_block(outcomes: &[Outcome], style: &str) -> String {
    let rows = Departments::of(outcomes);
    let title = match style {
        "md" => format!("\n## {DEPARTMENT_TITLE}\n\n"),
        _ => format!("\n{DEPARTMENT_TITLE}\n"),
    };
    format!("{title}{}\n", department_table(&rows, style))
}

fn indicator_table(o: &Outcome, style: &str) -> Table {
    let mut t = new_table(style);
    t.set_header(vec![
        "一级指标",
        "二级指标",
        "三级指标",
        "分值",
        "得分",
        "自评得分",
        "方法",
    ]);
    for i in &o.indicators {
        t.add_row(vec![
            i.level1.to_string(),
            truncate(&i.level2, 12),
            truncate(&i.level3, 40),
            opt(i.points),
            num(i.score),
            opt(i.reported_score),
            crate::outcome::words::method(i.method).to_string(),
        ]);
    }
    t.add_row(vec![
        "预算执行".to_owned(),
        String::new(),
        format!(
            "执行率 {}",
            o.execution
                .rate
                .map(|r| format!("{}%", num(r.round_dp(2))))
                .unwrap_or_else(|| "—".into())
        ),
        num(o.execution.points),
        num(o.execution.score),
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
        let sev = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let at = f.location.line_col();
        // Where it stands on the form comes first, the case-file line after it (#16).
        let on_form = f
            .location
            .on_form()
            .map(|p| format!("{p} — "))
            .unwrap_or_default();
        out.push_str(&format!(
            "  {on_form}{}:{}:{} {sev}[{}] {}\n",
            f.location.file(),
            at.line,
            at.column,
            f.code,
            f.message
        ));
    }
}

/// The summary table, then each case's findings; with `explain`, each case's indicator table
/// and the trace of every number; with `by`, the department summary last.
pub fn table(outcomes: &[Outcome], layout: super::Layout) -> String {
    let explain = layout.explain;
    let mut out = summary_table(outcomes, "table").to_string();
    out.push('\n');
    for (i, o) in outcomes.iter().enumerate() {
        if !explain && o.findings.is_empty() {
            continue;
        }
        out.push_str(&format!("\n#{} {} ({})\n", i + 1, o.project, o.file));
        if explain {
            out.push_str(&indicator_table(o, "table").to_string());
            out.push('\n');
            for ind in &o.indicators {
                if ind.trace.is_empty() {
                    continue;
                }
                out.push_str(&format!(
                    "  {} / {}\n",
                    ind.level2,
                    truncate(&ind.level3, 60)
                ));
                trace_lines(&ind.trace, &mut out);
            }
            out.push_str("  预算执行\n");
            trace_lines(&o.execution.trace, &mut out);
            out.push_str("  总分\n");
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
    for s in trace {
        out.push_str(&format!("    {}", s.text));
        if let Some(r) = &s.rule {
            out.push_str(&format!("  [{}]", crate::outcome::words::rule_ref(r)));
        }
        out.push('\n');
        for i in &s.inputs {
            out.push_str(&format!("      ← {} = `{}`\n", i.location, i.text));
        }
    }
}

/// Markdown: the summary table (with `by`, the department summary after it), then per case
/// its indicator table and findings.
pub fn markdown(outcomes: &[Outcome], by: Option<By>) -> String {
    let mut out = String::from("# 绩效自评复核结果\n\n");
    out.push_str(&summary_table(outcomes, "md").to_string());
    out.push('\n');
    if by == Some(By::Department) {
        out.push_str(&department_block(outcomes, "md"));
    }
    for (i, o) in outcomes.iter().enumerate() {
        out.push_str(&format!(
            "\n## {}. {}\n\n`{}`\n\n",
            i + 1,
            o.project,
            o.file
        ));
        out.push_str(&indicator_table(o, "md").to_string());
        out.push('\n');
        if !o.findings.is_empty() {
            out.push('\n');
            for f in &o.findings {
                let on_form = f
                    .location
                    .on_form()
                    .map(|p| format!("{p}; "))
                    .unwrap_or_default();
                out.push_str(&format!(
                    "- **{}** `{}` {} ({on_form}{}:{})\n",
                    match f.severity {
                        Severity::Error => "错误",
                        Severity::Warning => "警告",
                        Severity::Info => "提示",
                    },
                    f.code,
                    f.message,
                    f.location.line_col().line,
                    f.location.line_col().column
                ));
            }
        }
    }
    out
}
