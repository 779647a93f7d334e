//! `--format html`: one self-contained page (inline CSS, JS and SVG; nothing fetched) with the
//! score sheet of every form. Every number links to its trace — the rule line and the form
//! fields (`file:line:col`) it was computed from — and carries the same as a tooltip; each
//! indicator links to its findings. A grade distribution chart (inline SVG) heads the page.
//! Also the before/after page of `jixiao diff --format html`.

use super::labels;
use super::text::num;
use super::xlsx::severity_name;
use crate::compare::Report;
use crate::i18n::msg;
use crate::outcome::{Outcome, Step, codes};
use rust_decimal::Decimal;
use std::fmt::Write as _;

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:24px;color:#1f2933;background:#fff}
h1{font-size:24px}h2{font-size:19px;margin-top:32px;border-bottom:2px solid #2b6cb0;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0 16px;font-size:14px}
th,td{border:1px solid #cbd2d9;padding:4px 8px;vertical-align:top}
th{background:#ebf4fb}td.n{text-align:right;font-variant-numeric:tabular-nums}
a.num{color:#1a56db;text-decoration:none;border-bottom:1px dotted #1a56db}
tr.diff td.n{background:#fff4e5}.error{color:#b91c1c}.warning{color:#b45309}.info{color:#4b5563}
details{margin:2px 0 8px 16px;font-size:13px}details code{font-size:12px;color:#52606d}
details.import-notes{margin-left:0;font-size:inherit}details.import-notes summary h3{display:inline}
.meta{color:#52606d;font-size:13px}#filter{padding:4px 8px;width:320px;margin:8px 0}
#departments td{white-space:nowrap}#departments th{word-break:keep-all}#departments td.kinds{white-space:normal;min-width:12em}.kind{display:inline-block;white-space:nowrap;margin-right:1em}
.up{color:#047857}.down{color:#b91c1c}#js-errors:empty{display:none}#js-errors{color:#b91c1c}
"#;

const SCRIPT: &str = r#"
window.addEventListener('error',function(e){var p=document.getElementById('js-errors');if(p){p.textContent+=String(e.message)+'\n';}});
function filterRows(q){q=q.trim();var rows=document.querySelectorAll('#summary tbody tr');for(var i=0;i<rows.length;i++){var t=rows[i].textContent;rows[i].style.display=(q===''||t.indexOf(q)>=0)?'':'none';}}
"#;

fn page(title: &str, body: &str) -> String {
    let lang = match crate::i18n::lang() {
        crate::i18n::Lang::Zh => "zh-CN",
        crate::i18n::Lang::En => "en",
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n<script>{SCRIPT}</script>\n</head>\n<body>\n<pre id=\"js-errors\"></pre>\n{body}</body>\n</html>\n",
        esc(title)
    )
}

/// The tooltip of a number: its trace, rules and fields as plain lines.
fn tooltip(trace: &[Step]) -> String {
    let mut lines = Vec::new();
    for (s, inputs) in super::text::first_reads(trace) {
        lines.push(s.text.to_string());
        if let Some(r) = &s.rule {
            lines.push(format!(
                "  {} {}",
                msg!("label-rules"),
                crate::outcome::words::rule_ref(r)
            ));
        }
        for i in inputs {
            lines.push(format!(
                "  {} {}",
                msg!("label-field"),
                super::text::input_text(i)
            ));
        }
    }
    esc(&lines.join("\n"))
}

/// A number linked to its trace.
fn linked(d: Option<Decimal>, anchor: &str, trace: &[Step]) -> String {
    match d {
        Some(d) => format!(
            "<a class=\"num\" href=\"#{anchor}\" title=\"{}\">{}</a>",
            tooltip(trace),
            num(d)
        ),
        None => "—".to_owned(),
    }
}

/// The computed total linked to its trace, marked when it is only a partial sum (F6).
fn linked_total(o: &Outcome, anchor: &str) -> String {
    match super::text::total_text(o) {
        Some(t) => format!(
            "<a class=\"num\" href=\"#{anchor}\" title=\"{}\">{}</a>",
            tooltip(&o.total_trace),
            esc(&t)
        ),
        None => "—".to_owned(),
    }
}

fn trace_details(out: &mut String, id: &str, label: &str, trace: &[Step]) {
    let _ = write!(
        out,
        "<details id=\"{id}\"><summary>{}</summary><ol>",
        esc(&msg!("html-trace-of", what = label).to_string())
    );
    for (s, inputs) in super::text::first_reads(trace) {
        let _ = write!(out, "<li>{}", esc(&s.text.to_string()));
        if let Some(r) = &s.rule {
            // The policy's name first, then the rule's key and line (#16), as the xlsx's
            // 依据(规则) column and the table's trace say it.
            let _ = write!(
                out,
                "<br>{} {}",
                msg!("label-rules"),
                esc(&crate::outcome::words::rule_ref(r).to_string())
            );
        }
        for i in inputs {
            // The form's name of the field, the case-file place as its tooltip (F11).
            let place = i.location.to_string();
            let field = match i.location.form_name() {
                Some(name) => format!("<span title=\"{}\">{}</span>", esc(&place), esc(&name)),
                None => format!("<code>{}</code>", esc(&place)),
            };
            let _ = write!(
                out,
                "<br>{} {field} = {}",
                msg!("label-field"),
                esc(&i.text)
            );
        }
        out.push_str("</li>");
    }
    if trace.is_empty() {
        let _ = write!(out, "<li>{}</li>", msg!("label-none"));
    }
    out.push_str("</ol></details>\n");
}

/// Grade buckets (label, count), best first: the rule set's grades (forms without one under
/// 未评级), else score bands. The rules grade when any form got a grade or was refused one
/// (`no-grade`: only said under rules with grades) — not only when some form got one (F7: a
/// single cut-short form made the chart say the rules had no grades). Partial sums are no
/// scores: they stand in a bar of their own, never in a score band (F6).
fn distribution(outcomes: &[Outcome]) -> (String, Vec<(String, usize)>) {
    let order = ["优", "良", "中", "差"];
    let graded = outcomes
        .iter()
        .any(|o| o.grade.is_some() || o.findings.iter().any(|f| f.code == codes::NO_GRADE));
    let ungraded = crate::i18n::msg!("chart-ungraded").to_string();
    if graded {
        let mut names: Vec<String> = order.iter().map(|s| (*s).to_owned()).collect();
        for o in outcomes {
            let g = o.grade.clone().unwrap_or_else(|| ungraded.clone());
            if !names.contains(&g) {
                names.push(g);
            }
        }
        let counts = names
            .into_iter()
            .map(|n| {
                let c = outcomes
                    .iter()
                    .filter(|o| o.grade.as_deref().unwrap_or(&ungraded) == n)
                    .count();
                (n, c)
            })
            .collect();
        return (msg!("html-grades").to_string(), counts);
    }
    let bands = [
        ("≥90", Decimal::from(90), Decimal::MAX),
        ("80–90", Decimal::from(80), Decimal::from(90)),
        ("60–80", Decimal::from(60), Decimal::from(80)),
        ("<60", Decimal::MIN, Decimal::from(60)),
    ];
    let mut counts: Vec<(String, usize)> = bands
        .iter()
        .map(|(n, lo, hi)| {
            let c = outcomes
                .iter()
                .filter(|o| !o.partial && o.total.is_some_and(|t| t >= *lo && t < *hi))
                .count();
            ((*n).to_owned(), c)
        })
        .collect();
    let partial = outcomes.iter().filter(|o| o.partial).count();
    if partial > 0 {
        counts.push((msg!("chart-partial").to_string(), partial));
    }
    (msg!("html-totals").to_string(), counts)
}

/// An inline SVG bar chart.
fn chart(title: &str, bars: &[(String, usize)]) -> String {
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0).max(1);
    let (w, h, left, bottom) = (560usize, 240usize, 40usize, 40usize);
    let step = (w - left) / bars.len().max(1);
    let mut svg = format!(
        "<svg id=\"grade-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{t}\"><title>{t}</title>",
        t = esc(title)
    );
    let _ = write!(
        svg,
        "<line x1=\"{left}\" y1=\"{y}\" x2=\"{w}\" y2=\"{y}\" stroke=\"#52606d\"/>",
        y = h - bottom
    );
    for (i, (label, count)) in bars.iter().enumerate() {
        let bh = (h - bottom - 20) * count / max;
        let x = left + i * step + step / 6;
        let bw = step * 2 / 3;
        let y = h - bottom - bh;
        let _ = write!(
            svg,
            "<rect class=\"bar\" x=\"{x}\" y=\"{y}\" width=\"{bw}\" height=\"{bh}\" fill=\"#2b6cb0\"><title>{l}: {count}</title></rect><text x=\"{cx}\" y=\"{ty}\" text-anchor=\"middle\" font-size=\"13\">{count}</text><text x=\"{cx}\" y=\"{ly}\" text-anchor=\"middle\" font-size=\"14\">{l}</text>",
            l = esc(label),
            cx = x + bw / 2,
            ty = y.saturating_sub(4),
            ly = h - bottom + 20
        );
    }
    svg.push_str("</svg>");
    svg
}

/// The department summary (`--by department`) as an HTML table.
fn departments(b: &mut String, outcomes: &[Outcome]) {
    use super::departments as d;
    let rows = d::Departments::of(outcomes);
    let grades = d::grade_names(&rows);
    let _ = write!(
        b,
        "<h2>{}</h2>\n<table id=\"departments\"><thead><tr>",
        esc(&labels::department_title())
    );
    for h in labels::department_header()
        .into_iter()
        .chain(grades.iter().cloned())
        .chain([
            labels::ungraded(),
            msg!("label-errors").to_string(),
            msg!("label-warnings").to_string(),
            msg!("label-infos").to_string(),
            msg!("label-findings").to_string(),
        ])
    {
        let _ = write!(b, "<th>{}</th>", esc(&h));
    }
    b.push_str("</tr></thead><tbody>\n");
    let opt = |x: Option<Decimal>| x.map_or_else(|| "—".into(), num);
    for r in &rows {
        let _ = write!(
            b,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>",
            esc(&d::shown_name(r)),
            r.forms,
            opt(r.budget),
            opt(r.spent),
            r.execution_rate
                .map_or_else(|| "—".into(), |p| format!("{}%", num(p))),
            opt(r.average),
            opt(r.weighted_average),
        );
        for g in &grades {
            let _ = write!(b, "<td class=\"n\">{}</td>", d::grade_count(r, g));
        }
        let _ = writeln!(
            b,
            "<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"kinds\">{}</td></tr>",
            r.ungraded,
            r.errors,
            r.warnings,
            r.infos,
            finding_names(r)
        );
    }
    b.push_str("</tbody></table>\n");
    for note in super::table::partial_note(&rows)
        .into_iter()
        .chain(d::grouping_notes(&rows))
    {
        let _ = writeln!(b, "<p class=\"meta\">{}</p>", esc(&note));
    }
}

/// The page's heading, by the kind of the forms on it: 项目支出 when every form is a
/// project's, 部门整体支出 when every one is a department's whole spending (the 重庆 form's
/// report said 项目支出, s23), neither when both are there.
fn heading(outcomes: &[Outcome]) -> crate::i18n::Message {
    let departments = outcomes.iter().filter(|o| o.department_form).count();
    match departments {
        0 => msg!("html-title"),
        n if n == outcomes.len() => msg!("html-title-department"),
        _ => msg!("html-page-title"),
    }
}

/// The score sheets of every form as one page; with `by`, a department summary after the
/// chart.
pub fn html(
    outcomes: &[Outcome],
    by: Option<super::By>,
    not_read: &[crate::diagnostic::NotRead],
) -> String {
    let mut b = String::new();
    let _ = writeln!(b, "<h1>{}</h1>", esc(&heading(outcomes).to_string()));
    let _ = writeln!(
        b,
        "<p class=\"meta\">{}</p>",
        esc(&msg!("html-meta", count = outcomes.len()).to_string())
    );
    if outcomes.iter().any(|o| o.what_if) {
        let note = msg!("report-what-if").to_string();
        let _ = writeln!(b, "<p class=\"meta\">{}</p>", esc(&note));
    }
    not_read_section(&mut b, not_read);
    let (title, bars) = distribution(outcomes);
    let _ = writeln!(b, "<h2>{}</h2>\n{}", esc(&title), chart(&title, &bars));
    if by == Some(super::By::Department) {
        departments(&mut b, outcomes);
    }
    let _ = writeln!(
        b,
        "<h2>{}</h2>\n<input id=\"filter\" placeholder=\"{}\" oninput=\"filterRows(this.value)\">",
        msg!("html-summary"),
        esc(&msg!("html-filter").to_string())
    );
    head_row(
        &mut b,
        "<table id=\"summary\"><thead><tr>",
        &[
            msg!("label-index"),
            msg!("label-project"),
            msg!("label-department"),
            msg!("label-rules"),
            msg!("label-total"),
            msg!("label-reported-total"),
            // The sign in the header itself (tester s24 D1).
            msg!("label-difference-signed"),
            msg!("label-grade"),
            msg!("label-rate"),
            msg!("label-execution-score"),
            msg!("label-findings"),
        ],
    );
    for (i, o) in outcomes.iter().enumerate() {
        let n = i + 1;
        let differs = o.total_differs();
        let _ = writeln!(
            b,
            "<tr{}><td class=\"n\">{n}</td><td><a href=\"#form-{n}\">{}</a></td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            if differs { " class=\"diff\"" } else { "" },
            esc(&super::labels::project_name(&o.project)),
            esc(&super::departments::written_name(&o.department)),
            esc(&o.rules.id),
            linked_total(o, &format!("form-{n}-total")),
            o.reported_total.map(num).unwrap_or_else(|| "—".into()),
            o.total_difference().map(num).unwrap_or_else(|| "—".into()),
            esc(o.grade.as_deref().unwrap_or("—")),
            o.execution
                .rate_shown
                .map(|r| format!("{}%", num(r)))
                .unwrap_or_else(|| "—".into()),
            linked(
                o.execution_score(),
                &format!("form-{n}-exec"),
                &o.execution.trace
            ),
            o.findings.len()
        );
    }
    b.push_str("</tbody></table>\n");
    for (i, o) in outcomes.iter().enumerate() {
        form(&mut b, i + 1, o);
    }
    page(&msg!("html-page-title").to_string(), &b)
}

fn form(b: &mut String, n: usize, o: &Outcome) {
    let _ = writeln!(
        b,
        "<section id=\"form-{n}\"><h2>{n}. {}</h2>",
        esc(&super::labels::project_name(&o.project))
    );
    let _ = writeln!(
        b,
        "<p class=\"meta\">{} <code>{}</code> · {} {} (<code>{}</code>) · {} {} / {} · {} {} · {} {}</p>",
        msg!("label-file"),
        esc(&o.shown()),
        msg!("label-rules"),
        esc(&o.rules.id),
        esc(&o.rules.hash),
        msg!("label-total-row"),
        esc(&super::text::total_text(o).unwrap_or_else(|| "—".into())),
        o.points_of_total().map_or_else(|| "—".into(), num),
        msg!("label-reported-total"),
        o.reported_total.map(num).unwrap_or_else(|| "—".into()),
        msg!("label-grade"),
        esc(o.grade.as_deref().unwrap_or("—"))
    );
    if o.what_if {
        let note = super::what_if_form(o);
        let _ = writeln!(b, "<p class=\"meta\">{}</p>", esc(&note));
    }
    head_row(
        b,
        "<table class=\"sheet\"><thead><tr>",
        &[
            msg!("label-level1"),
            msg!("label-level2"),
            msg!("label-level3"),
            msg!("label-points"),
            msg!("label-score"),
            msg!("label-reported-score"),
            msg!("label-findings"),
        ],
    );
    indicator_rows(b, n, o);
    let e = &o.execution;
    let _ = writeln!(
        b,
        "<tr><td>{}</td><td colspan=\"2\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td></td></tr>",
        msg!("label-execution"),
        msg!(
            "label-execution-rate",
            rate = e
                .rate_shown
                .map(|r| format!("{}%", num(r)))
                .unwrap_or_else(|| "—".into())
        ),
        // A form with no points (no total) has no execution points nor score: `—`, not 0 (F8).
        linked(
            o.total.and(Some(e.points)),
            &format!("form-{n}-exec"),
            &e.trace
        ),
        // An execution score that cannot be worked out: `—`, as in the table (not its 0).
        linked(o.execution_score(), &format!("form-{n}-exec"), &e.trace),
        e.reported_score.map(num).unwrap_or_else(|| "—".into()),
    );
    let _ = writeln!(
        b,
        "<tr><th colspan=\"3\">{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td></td></tr></tbody></table>",
        msg!("label-total-row"),
        o.total.map_or_else(|| "—".into(), |_| num(o.total_points)),
        linked(o.total, &format!("form-{n}-total"), &o.total_trace),
        // Under a what-if the column is the restated self-scores: the form's own total, on
        // its own points, stands in the line above (tester s15r N8).
        o.reported_total
            .filter(|_| !o.what_if)
            .map(num)
            .unwrap_or_else(|| "—".into()),
    );
    for (k, ind) in o.indicators.iter().enumerate() {
        trace_details(
            b,
            &format!("form-{n}-ind-{k}-trace"),
            &ind.level3,
            &ind.trace,
        );
    }
    let exec = msg!("html-execution-score").to_string();
    trace_details(b, &format!("form-{n}-exec"), &exec, &e.trace);
    let total = msg!("label-total-row").to_string();
    trace_details(b, &format!("form-{n}-total"), &total, &o.total_trace);
    findings_list(b, n, o);
    b.push_str("</ul>");
    import_notes_list(b, o);
    b.push_str("</section>\n");
}

/// A form's indicator rows, each number linked to its trace and each row to its findings.
fn indicator_rows(b: &mut String, n: usize, o: &Outcome) {
    for (k, ind) in o.indicators.iter().enumerate() {
        let anchor = format!("form-{n}-ind-{k}");
        let links: Vec<String> = o
            .findings
            .iter()
            .enumerate()
            .filter(|(_, f)| {
                let at = f.location.field();
                at.table == "indicators" && at.index == Some(k)
            })
            .map(|(j, f)| {
                format!(
                    "<a class=\"{}\" href=\"#form-{n}-finding-{j}\" title=\"{}\">{}</a>",
                    sev_class(f.severity),
                    esc(&f.message.to_string()),
                    esc(&labels::finding_label(f.code.as_str()))
                )
            })
            .collect();
        let differs = o.differs(ind.reported_score, Some(ind.score));
        let _ = writeln!(
            b,
            "<tr{}><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            if differs { " class=\"diff\"" } else { "" },
            esc(ind.shown_level1()),
            esc(&ind.level2),
            esc(&ind.level3),
            linked(ind.points, &format!("{anchor}-trace"), &ind.trace),
            match super::text::judgement(o, ind) {
                Some(word) => format!(
                    "<a class=\"num\" href=\"#{anchor}-trace\" title=\"{}\">{}</a>",
                    tooltip(&ind.trace),
                    esc(&word)
                ),
                // A line left unscored: `—`, still linked to the trace saying why.
                None => match ind.shown_score() {
                    Some(score) => linked(Some(score), &format!("{anchor}-trace"), &ind.trace),
                    None => format!(
                        "<a class=\"num\" href=\"#{anchor}-trace\" title=\"{}\">—</a>",
                        tooltip(&ind.trace)
                    ),
                },
            },
            ind.reported_score.map(num).unwrap_or_else(|| "—".into()),
            links.join(" ")
        );
    }
}

/// A form's findings, each with its anchor, severity, code, message and place.
fn findings_list(b: &mut String, n: usize, o: &Outcome) {
    let _ = writeln!(b, "<h3>{}</h3>\n<ul>", msg!("label-findings"));
    for (j, f) in o.findings.iter().enumerate() {
        let _ = writeln!(
            b,
            "<li id=\"form-{n}-finding-{j}\" class=\"{}\">[{}] <span class=\"kind\" title=\"{}\">{}</span> {} — {}</li>",
            sev_class(f.severity),
            severity_name(f.severity),
            esc(f.code.as_str()),
            esc(&labels::finding_label(f.code.as_str())),
            esc(&f.message.to_string()),
            finding_place(&f.location),
        );
    }
    if o.findings.is_empty() {
        let _ = writeln!(b, "<li>{}</li>", msg!("label-none"));
    }
}

/// A form's import notes under its findings (#16): what the importer recognised, guessed or
/// could not read, each with its severity, kind (its code as the tooltip), text and place on
/// the form. Folded under a 导入说明（N 条） heading, so that one text form's many notes do
/// not stand between the findings (tester s11c H3); open when a note is a guess or unread,
/// which a reader must check. Nothing when the form has none.
fn import_notes_list(b: &mut String, o: &Outcome) {
    if o.import_notes.is_empty() {
        return;
    }
    let open = o
        .import_notes
        .iter()
        .any(|n| n.severity() != crate::diagnostic::Severity::Info);
    let _ = write!(
        b,
        "\n<details class=\"import-notes\"{}><summary><h3>{}</h3></summary>\n<ul class=\"import-notes\">",
        if open { " open" } else { "" },
        esc(&msg!("html-import-notes-count", count = o.import_notes.len()).to_string())
    );
    for note in o.import_notes.iter() {
        let _ = write!(
            b,
            "\n<li class=\"{}\">[{}] ",
            sev_class(note.severity()),
            severity_name(note.severity())
        );
        if let Some(kind) = note.kind {
            let _ = write!(
                b,
                "<span class=\"kind\" title=\"{}\">{}</span> ",
                note.code().as_str(),
                esc(&kind.message().to_string())
            );
        }
        b.push_str(&esc(note.text));
        if note.place.is_some() {
            let _ = write!(
                b,
                " — <span class=\"on-form\">{}</span>",
                esc(&note.place_text())
            );
        }
        b.push_str("</li>");
    }
    b.push_str("\n</ul></details>");
}

/// A table's header row after `open`, its labels escaped.
/// The files of the run not read as forms, near the top (tester s17s F6): what it means,
/// then a row per file with its code and why.
fn not_read_section(b: &mut String, files: &[crate::diagnostic::NotRead]) {
    if files.is_empty() {
        return;
    }
    let _ = writeln!(
        b,
        "<h2 id=\"not-read\">{}</h2>\n<p class=\"meta\">{}</p>",
        esc(&msg!("not-read-title").to_string()),
        esc(&msg!("not-read-intro", count = files.len()).to_string())
    );
    head_row(
        b,
        "<table class=\"not-read\"><thead><tr>",
        &[
            msg!("not-read-file"),
            msg!("not-read-code"),
            msg!("not-read-reason"),
        ],
    );
    for f in files {
        let _ = writeln!(
            b,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&f.file),
            esc(f.code),
            esc(&f.reason.to_string())
        );
    }
    b.push_str("</tbody></table>\n");
}

fn head_row(b: &mut String, open: &str, labels: &[crate::i18n::Message]) {
    b.push_str(open);
    for l in labels {
        let _ = write!(b, "<th>{}</th>", esc(&l.to_string()));
    }
    b.push_str("</tr></thead><tbody>\n");
}

/// A department's findings in words, each kind with its code as the tooltip and a count:
/// `<span class="kind" title="score-mismatch">自评得分与计算得分不一致 ×3</span>`. A kind
/// never breaks inside; the kinds wrap inside the column, so a long list makes the row taller
/// instead of pushing the table off the page.
fn finding_names(row: &super::Department) -> String {
    row.findings
        .iter()
        .map(|(code, n)| {
            format!(
                "<span class=\"kind\" title=\"{}\">{} ×{n}</span>",
                esc(code),
                esc(&labels::finding_name(code))
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where a finding stands, for the reader of the page: on the form (indicator, form field,
/// cell), the case-file place as its tooltip; the case-file place itself only when the form
/// names nothing there (tester s6 F11: `(indicators[4].level3)` read as code).
fn finding_place(place: &crate::source::Place) -> String {
    let file = place.to_string();
    match place.on_form() {
        Some(p) => format!(
            "<span class=\"on-form\" title=\"{}\">{}</span>",
            esc(&file),
            esc(&p)
        ),
        None => format!("<code>{}</code>", esc(&file)),
    }
}

fn sev_class(s: crate::outcome::Severity) -> &'static str {
    match s {
        crate::outcome::Severity::Error => "error",
        crate::outcome::Severity::Warning => "warning",
        crate::outcome::Severity::Info => "info",
    }
}

/// The before/after page of `jixiao diff --format html`.
pub fn diff_html(r: &Report) -> String {
    let mut b = String::new();
    let title = msg!("report-diff-title", from = &r.from.id, to = &r.to.id).to_string();
    let meta = msg!(
        "html-diff-meta",
        cases = r.cases.len(),
        moved = r.moved.to_string()
    );
    let _ = writeln!(
        b,
        "<h1>{}</h1>\n<p class=\"meta\">{} (<code>{}</code>) → {} (<code>{}</code>): {}</p>",
        esc(&title),
        esc(&r.from.id),
        esc(&r.from.hash),
        esc(&r.to.id),
        esc(&r.to.hash),
        esc(&meta.to_string())
    );
    diff_changes(&mut b, r);
    let after: Vec<(String, usize)> = r
        .grades
        .iter()
        .enumerate()
        .map(|(j, g)| {
            (
                g.clone(),
                r.transitions.iter().filter_map(|row| row.get(j)).sum(),
            )
        })
        .collect();
    let grades = msg!("html-diff-grades-after").to_string();
    let _ = writeln!(b, "<h2>{}</h2>\n{}", esc(&grades), chart(&grades, &after));
    diff_cases(&mut b, r);
    diff_matrix(&mut b, r);
    diff_details(&mut b, r);
    page(&title, &b)
}

/// The numbered rule changes, those that cannot move a total marked.
fn diff_changes(b: &mut String, r: &Report) {
    let _ = writeln!(
        b,
        "<h2>{}</h2>\n<ol>",
        esc(&msg!("report-diff-changes").to_string())
    );
    for c in &r.changes {
        // A weight change moves totals under `--points rules`: not "findings only" (tester
        // s10 F11), as the terminal's † says.
        let label = match (c.scores, c.rule_points) {
            (true, _) => None,
            (false, true) => Some(msg!("html-diff-points-only")),
            (false, false) => Some(msg!("html-diff-findings-only")),
        };
        let mark = label.map_or_else(String::new, |m| {
            format!(" <span class=\"meta\">{}</span>", esc(&m.to_string()))
        });
        let _ = writeln!(b, "<li>{}{mark}</li>", esc(&c.text));
    }
    b.push_str("</ol>\n");
}

/// Every case's totals and grades before and after, filterable, moved ones linked.
fn diff_cases(b: &mut String, r: &Report) {
    let _ = writeln!(
        b,
        "<h2>{}</h2>\n<input id=\"filter\" placeholder=\"{}\" oninput=\"filterRows(this.value)\">",
        esc(&msg!("html-diff-totals").to_string()),
        esc(&msg!("html-diff-filter").to_string())
    );
    head_row(
        b,
        "<table id=\"summary\"><thead><tr>",
        &[
            msg!("label-index"),
            msg!("label-project"),
            msg!("html-diff-total-before"),
            msg!("html-diff-total-after"),
            msg!("html-diff-change"),
            msg!("html-diff-grade-before"),
            msg!("html-diff-grade-after"),
            // Where each form is: two forms of one name told apart (tester s23 C4).
            msg!("label-file"),
        ],
    );
    for (i, c) in r.cases.iter().enumerate() {
        let class = if c.delta > Decimal::ZERO {
            "up"
        } else if c.delta < Decimal::ZERO {
            "down"
        } else {
            ""
        };
        let name = if c.moved {
            format!(
                "<a href=\"#case-{}\">{}</a>",
                i + 1,
                esc(&super::labels::project_name(&c.project))
            )
        } else {
            esc(&super::labels::project_name(&c.project))
        };
        let _ = writeln!(
            b,
            "<tr><td class=\"n\">{}</td><td>{name}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n {class}\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            i + 1,
            c.before_text(),
            c.after_text(),
            if c.moved { num(c.delta) } else { String::new() },
            esc(c.grade_before.as_deref().unwrap_or("—")),
            esc(c.grade_after.as_deref().unwrap_or("—")),
            esc(&c.shown()),
        );
    }
    b.push_str("</tbody></table>\n");
}

/// Grade transitions: rows before, columns after.
fn diff_matrix(b: &mut String, r: &Report) {
    let _ = write!(
        b,
        "<h2>{}</h2>\n<table><thead><tr><th></th>",
        esc(&msg!("html-diff-transitions").to_string())
    );
    for g in &r.grades {
        let _ = write!(b, "<th>{}</th>", esc(g));
    }
    b.push_str("</tr></thead><tbody>\n");
    for (g, row) in r.grades.iter().zip(&r.transitions) {
        let _ = write!(b, "<tr><th>{}</th>", esc(g));
        for n in row {
            let _ = write!(b, "<td class=\"n\">{n}</td>");
        }
        b.push_str("</tr>\n");
    }
    b.push_str("</tbody></table>\n");
}

/// Each moved case: its lines before and after, and which rule change moved it.
fn diff_details(b: &mut String, r: &Report) {
    let _ = writeln!(
        b,
        "<h2>{}</h2>",
        esc(&msg!("html-diff-details").to_string())
    );
    for (i, c) in r.cases.iter().enumerate().filter(|(_, c)| c.moved) {
        let _ = writeln!(
            b,
            "<section id=\"case-{}\"><h3>{}. {}: {} → {} ({})</h3><p class=\"meta\"><code>{}</code></p>",
            i + 1,
            i + 1,
            esc(&super::labels::project_name(&c.project)),
            c.before_text(),
            c.after_text(),
            num(c.delta),
            esc(&c.shown())
        );
        head_row(
            b,
            "<table><thead><tr>",
            &[
                msg!("label-level1"),
                msg!("label-indicator"),
                msg!("html-diff-score-before"),
                msg!("html-diff-score-after"),
            ],
        );
        for l in &c.lines {
            let _ = writeln!(
                b,
                "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                esc(&l.level1),
                esc(&l.name),
                super::text::score_or_unknown(l.before),
                super::text::score_or_unknown(l.after)
            );
        }
        b.push_str("</tbody></table>\n<ul>\n");
        for a in &c.attribution {
            let line = msg!(
                "report-diff-from-change",
                delta = num(a.delta),
                change = a.numbers(),
                text = a.text(&r.changes)
            );
            let _ = writeln!(b, "<li>{}</li>", esc(&line.to_string()));
        }
        if let Some(i) = &c.interaction {
            let line = msg!(
                "report-diff-from-interaction",
                delta = num(i.delta),
                what = super::diff::interaction_text(&i.changes)
            );
            let _ = writeln!(b, "<li>{}</li>", esc(&line.to_string()));
        }
        b.push_str("</ul></section>\n");
    }
}
