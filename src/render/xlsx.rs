//! `--format xlsx`: a workbook staff can filter and sort. Sheet 1 (汇总) has one row per form
//! (主管部门 and 实施单位 included) with an autofilter and a frozen header, each project name
//! linking to its form sheet; sheet 2 (部门汇总) one row per 主管部门 with a native Excel chart
//! of grades by department; sheet 3 (发现明细) one row per finding, filterable by indicator and
//! kind (the columns of `--format csv-findings`); sheet 4 (导入说明, when a form was imported
//! with notes) the import notes in the same columns; then one sheet per form, named after its project, with its
//! indicators, the trace of every number (rule line, form fields) and its findings. Scores
//! and amounts are written as numbers (Decimal → f64 only for display, with a number format
//! of two places); texts as written stay text. A self-score that differs from the computed
//! one is highlighted as on the HTML page.

use super::departments::{
    Department, Departments, findings_text, grade_count, grade_names, grouping_notes, shown_name,
};
use super::labels::{DEPARTMENT_COLUMNS, department_header, form_header, summary_header, ungraded};
use crate::i18n::msg;
use crate::outcome::{Outcome, Severity, Step};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{
    Chart, ChartLegendPosition, ChartType, Format, FormatAlign, Note, Url, Workbook, Worksheet,
    XlsxError,
};
use std::collections::HashSet;

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// The per-form sheets of the xlsx report (`--sheets`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Sheets {
    // `--help` shows the doc line below as it is: the number is written out, and a test holds
    // it to `DEFAULT_SHEETS_UP_TO`.
    /// One sheet per form up to 300 forms, none above (a workbook of thousands of sheets is
    /// slow to open and to page through).
    #[default]
    Auto,
    /// One sheet per form, however many.
    All,
    /// Only the summary sheets.
    None,
}

/// With `--sheets auto`, the most forms that still get a sheet each.
pub const DEFAULT_SHEETS_UP_TO: usize = 300;

impl Sheets {
    /// Whether a report of `forms` forms gets one sheet per form.
    pub fn per_form(self, forms: usize) -> bool {
        match self {
            Sheets::Auto => forms <= DEFAULT_SHEETS_UP_TO,
            Sheets::All => true,
            Sheets::None => false,
        }
    }
}

/// Names of the summary sheets.
const SUMMARY_SHEET: &str = "汇总";
const DEPARTMENT_SHEET: &str = "部门汇总";
const FINDINGS_SHEET: &str = "发现明细";
const IMPORT_NOTES_SHEET: &str = "导入说明";
const NOT_READ_SHEET: &str = "未读取的文件";

/// Sheet names Excel accepts, given out once each: at most 31 characters, none of
/// `[]:*?/\`, no leading or trailing `'`, and unique ignoring case (as Excel compares them).
struct SheetNames {
    taken: HashSet<String>,
}

impl SheetNames {
    fn new() -> SheetNames {
        let taken = [
            SUMMARY_SHEET,
            DEPARTMENT_SHEET,
            FINDINGS_SHEET,
            IMPORT_NOTES_SHEET,
            NOT_READ_SHEET,
            "history",
        ]
        .iter()
        .map(|n| n.to_lowercase())
        .collect();
        SheetNames { taken }
    }

    /// The project's name made a sheet name; `表N` when nothing is left of it; ` (2)`, ` (3)`…
    /// after a name already given (cut to leave room within 31 characters).
    fn give(&mut self, n: usize, project: &str) -> String {
        let clean: String = project
            .chars()
            .filter(|c| !"[]:*?/\\'".contains(*c) && !c.is_control())
            .collect();
        let clean = clean.trim();
        let base = if clean.is_empty() {
            format!("表{n}")
        } else {
            clean.to_owned()
        };
        let mut name: String = base.chars().take(31).collect();
        let mut k = 1;
        while !self.taken.insert(name.to_lowercase()) {
            k += 1;
            let tail = format!(" ({k})");
            let keep = 31 - tail.chars().count();
            let head: String = base.chars().take(keep).collect();
            name = format!("{}{tail}", head.trim_end());
        }
        name
    }
}

/// The trace as lines of text: step, then its rule and inputs.
pub(crate) fn trace_text(trace: &[Step]) -> String {
    let mut out = Vec::new();
    for s in trace {
        out.push(s.text.to_string());
    }
    out.join("\n")
}

/// The rules a trace rests on, as the trace names them: key, file and line, and the policy
/// in words (`依据自评表注3（[policy.note3]）`, tester s6 F11).
fn rules_text(trace: &[Step]) -> String {
    let mut out: Vec<String> = trace
        .iter()
        .filter_map(|s| s.rule.as_ref())
        .map(|r| crate::outcome::words::rule_ref(r).to_string())
        .collect();
    out.dedup();
    out.join("\n")
}

/// The form's fields a trace read, by the form's names (`年度指标值 = ≥12公里`), each once.
fn inputs_text(trace: &[Step]) -> String {
    let out: Vec<String> = super::text::first_reads(trace)
        .into_iter()
        .flat_map(|(_, inputs)| inputs)
        .map(super::text::input_text)
        .collect();
    out.join("\n")
}

struct Formats {
    head: Format,
    num: Format,
    pct: Format,
    wrap: Format,
    /// A self-score that differs from the computed one (the HTML page's colour).
    differs: Format,
    link: Format,
}

fn write_header(
    ws: &mut Worksheet,
    row: u32,
    names: &[String],
    head: &Format,
) -> Result<(), XlsxError> {
    for (c, n) in names.iter().enumerate() {
        ws.write_string_with_format(row, u16::try_from(c).unwrap_or(0), n, head)?;
    }
    Ok(())
}

fn opt_num(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    d: Option<Decimal>,
    fm: &Format,
) -> Result<(), XlsxError> {
    if let Some(d) = d {
        ws.write_number_with_format(r, c, f(d), fm)?;
    }
    Ok(())
}

/// The computed total, a number even when it is only a partial sum (tester s9 F18: the text
/// `45.65（不完整）` stood in a column of numbers); the words saying it is partial (`不完整`)
/// stand in a cell of their own (the summary's 完整性 column, beside it on a form's sheet).
fn total_cell(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    o: &Outcome,
    fm: &Format,
) -> Result<(), XlsxError> {
    opt_num(ws, r, c, o.total, fm)
}

fn set_widths(ws: &mut Worksheet, widths: &[f64]) -> Result<(), XlsxError> {
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(u16::try_from(c).unwrap_or(u16::MAX), *w)?;
    }
    Ok(())
}

fn row_of(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

fn summary(
    ws: &mut Worksheet,
    outcomes: &[Outcome],
    not_read: &[crate::diagnostic::NotRead],
    sheets: Option<&[String]>,
    fm: &Formats,
) -> Result<(), XlsxError> {
    ws.set_name(SUMMARY_SHEET)?;
    write_header(ws, 0, &summary_header(), &fm.head)?;
    // What 满分 is: the points the form carries, not the rule's (tester s22 D3).
    let note = Note::new(msg!("report-full-marks-note").to_string()).set_author("jixiao");
    ws.insert_note(0, 8, &note)?;
    // The 差异 column's sign (tester s24 D1: a bare 差异 left 95 − 86 or 86 − 95 to guess).
    let note = Note::new(msg!("label-difference-note").to_string()).set_author("jixiao");
    ws.insert_note(0, 10, &note)?;
    for (i, o) in outcomes.iter().enumerate() {
        let r = row_of(i + 1);
        let count =
            |s| u32::try_from(o.findings.iter().filter(|f| f.severity == s).count()).unwrap_or(0);
        let codes = super::labels::finding_kinds(o);
        ws.write_number(r, 0, u32::try_from(i + 1).unwrap_or(0))?;
        match sheets.and_then(|s| s.get(i)) {
            Some(sheet) => {
                let url = Url::new(format!("internal:'{sheet}'!A1"))
                    .set_text(super::labels::project_name(&o.project));
                ws.write_url_with_format(r, 1, url, &fm.link)?;
            }
            None => {
                ws.write_string_with_format(
                    r,
                    1,
                    &*super::labels::project_name(&o.project),
                    &fm.wrap,
                )?;
            }
        }
        let department = super::departments::written_name(&o.department);
        ws.write_string_with_format(r, 2, department, &fm.wrap)?;
        ws.write_string_with_format(r, 3, &*o.unit, &fm.wrap)?;
        ws.write_string(r, 4, o.shown())?;
        ws.write_string(r, 5, &o.rules.id)?;
        total_cell(ws, r, 6, o, &fm.num)?;
        ws.write_string(r, 7, super::text::completeness(o).unwrap_or_default())?;
        opt_num(ws, r, 8, o.points_of_total(), &fm.num)?;
        let differs = o.total_differs();
        let mark = if differs { &fm.differs } else { &fm.num };
        opt_num(ws, r, 9, o.reported_total, mark)?;
        opt_num(ws, r, 10, o.total_difference(), mark)?;
        ws.write_string(r, 11, o.grade.as_deref().unwrap_or(""))?;
        opt_num(
            ws,
            r,
            12,
            o.execution.rate_shown.map(|p| p / Decimal::ONE_HUNDRED),
            &fm.pct,
        )?;
        opt_num(ws, r, 13, o.execution_score(), &fm.num)?;
        ws.write_number(r, 14, count(Severity::Error))?;
        ws.write_number(r, 15, count(Severity::Warning))?;
        ws.write_number(r, 16, count(Severity::Info))?;
        ws.write_string_with_format(r, 17, super::labels::finding_labels(&codes), &fm.wrap)?;
        ws.write_number_with_format(r, 18, f(o.unverified_points), &fm.num)?;
    }
    // The files not read, in the same columns the CSV says them (tester s21 B4).
    let status = super::text::not_read_status();
    for (r, f) in (row_of(outcomes.len() + 1)..).zip(not_read) {
        ws.write_string(r, 4, &f.file)?;
        ws.write_string(r, 7, &status)?;
        ws.write_string_with_format(r, 17, f.reason.to_string(), &fm.wrap)?;
    }
    let last = row_of(outcomes.len() + not_read.len());
    let notes = (outcomes.iter().any(|o| o.what_if))
        .then(|| msg!("report-what-if").to_string())
        .into_iter()
        .chain(super::text::cut_full_marks_note(outcomes));
    for (r, note) in (last + 2..).zip(notes) {
        ws.write_string(r, 1, note)?;
    }
    ws.autofilter(0, 0, last, 18)?;
    ws.set_freeze_panes(1, 2)?;
    set_widths(
        ws,
        &[
            6.0, 36.0, 24.0, 24.0, 30.0, 14.0, 10.0, 8.0, 8.0, 10.0, 8.0, 6.0, 10.0, 10.0, 6.0,
            6.0, 6.0, 36.0, 10.0,
        ],
    )
}

/// Sheet 2: one row per 主管部门 and a stacked column chart of its forms' grades.
fn department_sheet(
    ws: &mut Worksheet,
    rows: &[Department],
    fm: &Formats,
) -> Result<(), XlsxError> {
    ws.set_name(DEPARTMENT_SHEET)?;
    let grades = grade_names(rows);
    let mut header = department_header();
    header.extend(grades.iter().cloned());
    header.extend([
        ungraded(),
        msg!("label-errors").to_string(),
        msg!("label-warnings").to_string(),
        msg!("label-infos").to_string(),
        msg!("label-findings-by-code").to_string(),
    ]);
    write_header(ws, 0, &header, &fm.head)?;
    let g0 = u16::try_from(DEPARTMENT_COLUMNS).unwrap_or(0);
    let after = g0 + u16::try_from(grades.len()).unwrap_or(0);
    for (i, d) in rows.iter().enumerate() {
        let r = row_of(i + 1);
        ws.write_string_with_format(r, 0, shown_name(d), &fm.wrap)?;
        ws.write_number(r, 1, u32::try_from(d.forms).unwrap_or(u32::MAX))?;
        opt_num(ws, r, 2, d.budget, &fm.num)?;
        opt_num(ws, r, 3, d.spent, &fm.num)?;
        opt_num(
            ws,
            r,
            4,
            d.execution_rate.map(|p| p / Decimal::ONE_HUNDRED),
            &fm.pct,
        )?;
        opt_num(ws, r, 5, d.average, &fm.num)?;
        opt_num(ws, r, 6, d.weighted_average, &fm.num)?;
        for (k, g) in grades.iter().enumerate() {
            let c = g0 + u16::try_from(k).unwrap_or(0);
            ws.write_number(r, c, u32::try_from(grade_count(d, g)).unwrap_or(0))?;
        }
        for (k, n) in [d.ungraded, d.errors, d.warnings, d.infos]
            .into_iter()
            .enumerate()
        {
            let c = after + u16::try_from(k).unwrap_or(0);
            ws.write_number(r, c, u32::try_from(n).unwrap_or(u32::MAX))?;
        }
        ws.write_string_with_format(r, after + 4, findings_text(d), &fm.wrap)?;
    }
    let last = row_of(rows.len());
    let notes: Vec<String> = super::table::partial_note(rows)
        .into_iter()
        .chain(grouping_notes(rows))
        .collect();
    for (k, note) in (last + 2..).zip(&notes) {
        ws.write_string(k, 0, note)?;
    }
    // The chart goes below the notes, so that it does not cover them.
    let chart_row = last + 2 + u32::try_from(notes.len()).unwrap_or(0);
    ws.set_freeze_panes(1, 1)?;
    let mut widths = vec![30.0, 6.0, 16.0, 16.0, 9.0, 9.0, 14.0];
    widths.extend(grades.iter().map(|_| 6.0));
    widths.extend([8.0, 6.0, 6.0, 6.0, 48.0]);
    set_widths(ws, &widths)?;
    if rows.is_empty() {
        return Ok(());
    }
    // Grades by department: one stacked column per department, one series per grade.
    let mut chart = Chart::new(ChartType::ColumnStacked);
    for (k, _) in grades.iter().enumerate() {
        let c = g0 + u16::try_from(k).unwrap_or(0);
        chart
            .add_series()
            .set_name((DEPARTMENT_SHEET, 0, c))
            .set_categories((DEPARTMENT_SHEET, 1, 0, last, 0))
            .set_values((DEPARTMENT_SHEET, 1, c, last, c));
    }
    chart.title().set_name(
        msg!("label-chart-grades-by-department")
            .to_string()
            .as_str(),
    );
    chart
        .x_axis()
        .set_name(msg!("label-department").to_string().as_str());
    chart
        .y_axis()
        .set_name(msg!("label-forms").to_string().as_str());
    chart.legend().set_position(ChartLegendPosition::Bottom);
    chart.set_width(720).set_height(360);
    ws.insert_chart(chart_row, 0, &chart)?;
    Ok(())
}

/// A form sheet's header block (project, department, unit, file, rules, totals, budget) as
/// label and value rows from the top: texts as text, and scores and amounts as numbers (F9:
/// they were text, `'95.8 / 100'`, so Excel could not add them up), the total beside its
/// points; how many rows it took.
fn form_info(ws: &mut Worksheet, o: &Outcome, fm: &Formats) -> Result<usize, XlsxError> {
    let labels: [crate::i18n::Message; 10] = [
        msg!("label-project"),
        msg!("label-department"),
        msg!("label-unit"),
        msg!("label-file"),
        msg!("label-rules"),
        msg!("label-total-of-points"),
        msg!("label-reported-total"),
        msg!("label-grade"),
        msg!("label-budget"),
        msg!("label-spent"),
    ];
    for (r, k) in labels.iter().enumerate() {
        ws.write_string_with_format(row_of(r), 0, k.to_string(), &fm.head)?;
    }
    let texts = [
        super::labels::project_name(&o.project).into_owned(),
        o.department.to_string(),
        o.unit.to_string(),
        o.shown(),
        format!("{} ({})", o.rules.id, o.rules.hash),
    ];
    for (r, v) in texts.iter().enumerate() {
        ws.write_string_with_format(row_of(r), 1, v, &fm.wrap)?;
    }
    total_cell(ws, row_of(5), 1, o, &fm.num)?;
    if o.total.is_some() {
        ws.write_number_with_format(row_of(5), 2, f(o.total_points), &fm.num)?;
    }
    if o.partial {
        let words = super::text::completeness(o).unwrap_or_default();
        ws.write_string(row_of(5), 3, words)?;
    }
    opt_num(ws, row_of(6), 1, o.reported_total, &fm.num)?;
    ws.write_string_with_format(row_of(7), 1, o.grade.clone().unwrap_or_default(), &fm.wrap)?;
    opt_num(ws, row_of(8), 1, o.execution.budget, &fm.num)?;
    opt_num(ws, row_of(9), 1, o.execution.spent, &fm.num)?;
    Ok(labels.len())
}

/// One indicator's row of a form's sheet, at row `r`.
fn indicator_row(
    ws: &mut Worksheet,
    r: u32,
    o: &Outcome,
    ind: &crate::outcome::IndicatorOutcome,
    fm: &Formats,
) -> Result<(), XlsxError> {
    let differs = o.differs(ind.reported_score, Some(ind.score));
    let mark = if differs { &fm.differs } else { &fm.num };
    ws.write_string_with_format(r, 0, ind.shown_level1(), &fm.wrap)?;
    ws.write_string_with_format(r, 1, &*ind.level2, &fm.wrap)?;
    ws.write_string_with_format(r, 2, &*ind.level3, &fm.wrap)?;
    opt_num(ws, r, 3, ind.points, &fm.num)?;
    match super::text::judgement(o, ind) {
        Some(word) => {
            ws.write_string(r, 4, word)?;
        }
        // A line left unscored: an empty cell, as an unknown execution score's.
        None => opt_num(ws, r, 4, ind.shown_score(), mark)?,
    }
    opt_num(ws, r, 5, ind.reported_score, mark)?;
    ws.write_string(r, 6, crate::outcome::words::method(ind.method).to_string())?;
    ws.write_string_with_format(r, 7, trace_text(&ind.trace), &fm.wrap)?;
    ws.write_string_with_format(r, 8, rules_text(&ind.trace), &fm.wrap)?;
    ws.write_string_with_format(r, 9, inputs_text(&ind.trace), &fm.wrap)?;
    Ok(())
}

fn form_sheet(ws: &mut Worksheet, name: &str, o: &Outcome, fm: &Formats) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    let rows = form_info(ws, o, fm)?;
    ws.write_url_with_format(
        0,
        3,
        Url::new(format!("internal:'{SUMMARY_SHEET}'!A1"))
            .set_text(msg!("label-back-to-summary").to_string()),
        &fm.link,
    )?;
    let top = row_of(rows + 1);
    write_header(ws, top, &form_header(), &fm.head)?;
    let mut r = top + 1;
    let mark = |differs: bool| if differs { &fm.differs } else { &fm.num };
    for ind in &o.indicators {
        indicator_row(ws, r, o, ind, fm)?;
        r += 1;
    }
    let e = &o.execution;
    ws.write_string(r, 0, msg!("label-execution").to_string())?;
    ws.write_string(
        r,
        1,
        e.rate_shown
            .map(|p| msg!("label-execution-rate", rate = format!("{}%", p)).to_string())
            .unwrap_or_default(),
    )?;
    // A form with no points has no execution points nor score: blank, not 0 (F7).
    opt_num(ws, r, 3, o.has_points().then_some(e.points), &fm.num)?;
    let differs = o.differs(e.reported_score, Some(e.score));
    opt_num(ws, r, 4, o.execution_score(), mark(differs))?;
    opt_num(ws, r, 5, e.reported_score, mark(differs))?;
    ws.write_string_with_format(r, 7, trace_text(&e.trace), &fm.wrap)?;
    ws.write_string_with_format(r, 8, rules_text(&e.trace), &fm.wrap)?;
    ws.write_string_with_format(r, 9, inputs_text(&e.trace), &fm.wrap)?;
    r += 1;
    ws.write_string(r, 0, msg!("label-total-row").to_string())?;
    opt_num(ws, r, 3, o.points_of_total(), &fm.num)?;
    let differs = o.total_differs();
    total_cell(ws, r, 4, o, mark(differs))?;
    // Under a what-if the column holds the self-scores restated to the rule set's points; the
    // form's own total (on another basis) stands above, under 自评总分, and is said so.
    if !o.what_if {
        opt_num(ws, r, 5, o.reported_total, mark(differs))?;
    }
    if o.partial {
        ws.write_string(r, 6, super::text::completeness(o).unwrap_or_default())?;
    }
    ws.write_string_with_format(r, 7, trace_text(&o.total_trace), &fm.wrap)?;
    ws.write_string_with_format(r, 8, rules_text(&o.total_trace), &fm.wrap)?;
    if o.what_if {
        r += 1;
        ws.write_string(r, 0, super::what_if_form(o))?;
    }
    r += 2;
    write_header(
        ws,
        r,
        &[
            msg!("label-finding").to_string(),
            msg!("label-severity").to_string(),
            msg!("label-description").to_string(),
            msg!("label-on-form").to_string(),
            msg!("label-location").to_string(),
        ],
        &fm.head,
    )?;
    for fd in &o.findings {
        r += 1;
        // The finding's name in Chinese (`自评得分与计算得分不一致`), its code in English.
        ws.write_string(r, 0, super::labels::finding_label(fd.code.as_str()))?;
        ws.write_string(r, 1, severity_name(fd.severity))?;
        ws.write_string_with_format(r, 2, fd.message.to_string(), &fm.wrap)?;
        // Where it stands on the form (indicator · form field · cell), then the case file (#16).
        ws.write_string_with_format(r, 3, fd.location.on_form().unwrap_or_default(), &fm.wrap)?;
        // The case file's place without its key path (`(indicators[0].score)`, tester s8
        // F10); none on a form scored straight from its input (#16 F5).
        let at = fd.location.location().at;
        ws.write_string(r, 4, at.map(|a| a.to_string()).unwrap_or_default())?;
    }
    import_notes_block(ws, r + 2, o, fm)?;
    set_widths(
        ws,
        &[14.0, 16.0, 40.0, 8.0, 8.0, 9.0, 12.0, 48.0, 30.0, 44.0],
    )
}

/// Under a form sheet's findings from row `r` on, its import notes (#16): what the importer
/// recognised, guessed or could not read — kind, severity, text and place on the form. Nothing
/// when the form has none.
fn import_notes_block(
    ws: &mut Worksheet,
    mut r: u32,
    o: &Outcome,
    fm: &Formats,
) -> Result<(), XlsxError> {
    if o.import_notes.is_empty() {
        return Ok(());
    }
    write_header(
        ws,
        r,
        &[
            msg!("label-import-notes").to_string(),
            msg!("label-severity").to_string(),
            msg!("label-description").to_string(),
            msg!("label-on-form").to_string(),
        ],
        &fm.head,
    )?;
    for note in o.import_notes.iter() {
        r += 1;
        let kind = note.kind.map(|k| k.message().to_string());
        ws.write_string(r, 0, kind.unwrap_or_default())?;
        ws.write_string(r, 1, severity_name(note.severity()))?;
        ws.write_string_with_format(r, 2, note.text, &fm.wrap)?;
        ws.write_string_with_format(r, 3, note.place_text(), &fm.wrap)?;
    }
    Ok(())
}

/// Sheet 3 (发现明细): one row per finding of every form, with the columns of `--format
/// csv-findings` — the form, then the finding's severity, name, code, indicator (level 1 / 2
/// / 3), the form's field, the cell, the message and the case-file place — under an
/// autofilter, so that a filter on 一级指标 or 发现 lists those findings across all forms
/// (#16 item 1); kept when the per-form sheets are left out (`--sheets none`). Each project
/// links to its form sheet when there is one. The import notes go to a sheet of their own
/// ([`import_notes_sheet`]): one text form's 29 notes buried five forms' findings (tester
/// s11c H3).
fn findings_sheet(
    ws: &mut Worksheet,
    outcomes: &[Outcome],
    sheets: Option<&[String]>,
    fm: &Formats,
) -> Result<(), XlsxError> {
    ws.set_name(FINDINGS_SHEET)?;
    rows_sheet(ws, outcomes, sheets, fm, |o| {
        super::findings::finding_rows(o).collect()
    })
}

/// Sheet 4 (导入说明), when any form has import notes: one row per note of every form — what
/// the importer recognised, guessed or could not read — with 发现明细's columns (named
/// 导入说明, the place on the form in 单元格), so that no note is lost and none stands between
/// the findings; a form's guesses are also a finding there (`import-guessed`).
fn import_notes_sheet(
    ws: &mut Worksheet,
    outcomes: &[Outcome],
    sheets: Option<&[String]>,
    fm: &Formats,
) -> Result<(), XlsxError> {
    ws.set_name(IMPORT_NOTES_SHEET)?;
    rows_sheet(ws, outcomes, sheets, fm, |o| {
        super::findings::note_rows(o).collect()
    })
}

/// A sheet of `rows` of every form under the columns of `--format csv-findings`, each row
/// after the form's file, project (linked to its sheet), department and unit.
fn rows_sheet(
    ws: &mut Worksheet,
    outcomes: &[Outcome],
    sheets: Option<&[String]>,
    fm: &Formats,
    rows: impl Fn(&Outcome) -> Vec<[String; super::findings::FINDING_COLUMNS]>,
) -> Result<(), XlsxError> {
    let header = super::findings::header();
    write_header(ws, 0, &header, &fm.head)?;
    let mut r = 0;
    for (i, o) in outcomes.iter().enumerate() {
        for cells in rows(o) {
            r += 1;
            ws.write_string(r, 0, o.shown())?;
            match sheets.and_then(|s| s.get(i)) {
                Some(sheet) => {
                    let url = Url::new(format!("internal:'{sheet}'!A1"))
                        .set_text(super::labels::project_name(&o.project));
                    ws.write_url_with_format(r, 1, url, &fm.link)?;
                }
                None => {
                    ws.write_string_with_format(
                        r,
                        1,
                        &*super::labels::project_name(&o.project),
                        &fm.wrap,
                    )?;
                }
            }
            ws.write_string_with_format(
                r,
                2,
                super::departments::written_name(&o.department),
                &fm.wrap,
            )?;
            ws.write_string_with_format(r, 3, &*o.unit, &fm.wrap)?;
            for (c, text) in (4..).zip(cells) {
                ws.write_string_with_format(r, c, text, &fm.wrap)?;
            }
        }
    }
    let last = u16::try_from(header.len().saturating_sub(1)).unwrap_or(0);
    ws.autofilter(0, 0, r, last)?;
    ws.set_freeze_panes(1, 2)?;
    set_widths(
        ws,
        &[
            24.0, 30.0, 20.0, 20.0, 6.0, 20.0, 16.0, 10.0, 12.0, 24.0, 18.0, 14.0, 48.0, 24.0,
        ],
    )
}

/// The sheet 未读取的文件, when the run left files unread (tester s17s F6: the report went to
/// the 科长 with no trace of the departments whose files were skipped or refused): a line
/// saying what it means, then one row per file — the file, the code and why.
fn not_read_sheet(
    ws: &mut Worksheet,
    files: &[crate::diagnostic::NotRead],
    fm: &Formats,
) -> Result<(), XlsxError> {
    ws.set_name(NOT_READ_SHEET)?;
    ws.write_string(
        0,
        0,
        msg!("not-read-intro", count = files.len()).to_string(),
    )?;
    let header = [
        msg!("not-read-file").to_string(),
        msg!("not-read-code").to_string(),
        msg!("not-read-reason").to_string(),
    ];
    write_header(ws, 1, &header, &fm.head)?;
    for (r, f) in (2..).zip(files) {
        ws.write_string_with_format(r, 0, &f.file, &fm.wrap)?;
        ws.write_string_with_format(r, 1, f.code, &fm.wrap)?;
        ws.write_string_with_format(r, 2, f.reason.to_string(), &fm.wrap)?;
    }
    set_widths(ws, &[48.0, 18.0, 80.0])
}

/// A severity in the users' words.
pub(crate) fn severity_name(s: Severity) -> String {
    s.word().to_string()
}

/// The workbook's bytes: 汇总, 未读取的文件 (when files of the run were not read), 部门汇总,
/// 发现明细, 导入说明 (when a form has import notes), then, as `sheets` says, one sheet per
/// form.
pub fn xlsx(
    outcomes: &[Outcome],
    sheets: Sheets,
    not_read: &[crate::diagnostic::NotRead],
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    // The mark a folder walk knows its own report by (`load::OWN_REPORT_PROPERTY`).
    book.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_custom_property(crate::load::OWN_REPORT_PROPERTY, env!("CARGO_PKG_VERSION")),
    );
    let fm = Formats {
        head: Format::new()
            .set_bold()
            .set_background_color(0x00DD_EBF7)
            .set_align(FormatAlign::Center)
            .set_text_wrap(),
        num: Format::new().set_num_format("0.00"),
        // 2 places, or up to 8 where a rate is shown with more to tell the side of a step.
        pct: Format::new().set_num_format("0.00######%"),
        wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        differs: Format::new()
            .set_num_format("0.00")
            .set_background_color(0x00FF_F4E5),
        link: Format::new()
            .set_font_color(0x001A_56DB)
            .set_underline(rust_xlsxwriter::FormatUnderline::Single)
            .set_text_wrap()
            .set_align(FormatAlign::Top),
    };
    let names: Option<Vec<String>> = sheets.per_form(outcomes.len()).then(|| {
        let mut given = SheetNames::new();
        outcomes
            .iter()
            .enumerate()
            .map(|(i, o)| given.give(i + 1, &o.project))
            .collect()
    });
    summary(
        book.add_worksheet(),
        outcomes,
        not_read,
        names.as_deref(),
        &fm,
    )?;
    // Next to 汇总, where the 科长 looks: the forms it lacks.
    if !not_read.is_empty() {
        not_read_sheet(book.add_worksheet(), not_read, &fm)?;
    }
    department_sheet(book.add_worksheet(), &Departments::of(outcomes), &fm)?;
    findings_sheet(book.add_worksheet(), outcomes, names.as_deref(), &fm)?;
    if outcomes.iter().any(|o| !o.import_notes.is_empty()) {
        import_notes_sheet(book.add_worksheet(), outcomes, names.as_deref(), &fm)?;
    }
    for (name, o) in names.iter().flatten().zip(outcomes) {
        form_sheet(book.add_worksheet(), name, o, &fm)?;
    }
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `--help` words `--sheets auto` with the number written out (a doc link showed as
    /// `[`DEFAULT_SHEETS_UP_TO`]`, the tester's F1): the text and the constant agree.
    #[test]
    fn sheets_auto_help_names_the_limit() {
        use clap::ValueEnum;
        let help = Sheets::Auto
            .to_possible_value()
            .and_then(|v| v.get_help().map(ToString::to_string))
            .unwrap_or_default();
        assert!(
            help.contains(&format!("up to {DEFAULT_SHEETS_UP_TO} forms")),
            "{help}"
        );
        assert!(!help.contains('['), "{help}");
    }

    #[test]
    fn sheet_names_fit_excel_and_never_repeat() {
        let mut names = SheetNames::new();
        assert_eq!(
            names.give(1, "政务服务中心[2023]:运行/维护*?"),
            "政务服务中心2023运行维护"
        );
        let long = "淮南市数据资源管理局政务服务中心网络运行维护外包服务项目经费及配套";
        let a = names.give(2, long);
        let b = names.give(3, long);
        assert_eq!(a.chars().count(), 31);
        assert!(b.ends_with(" (2)") && b.chars().count() == 31, "{b}");
        assert_ne!(a, b);
        assert_eq!(names.give(4, " '' "), "表4");
        assert_eq!(names.give(5, "汇总"), "汇总 (2)");
        // Every fixed sheet is taken, 发现明细 too (tester s11 F5: a project of that name
        // stopped the whole workbook with the writer's English error).
        assert_eq!(names.give(8, "发现明细"), "发现明细 (2)");
        assert_eq!(names.give(11, "导入说明"), "导入说明 (2)");
        assert_eq!(names.give(9, "部门汇总"), "部门汇总 (2)");
        assert_eq!(names.give(10, "History"), "History (2)");
        assert_eq!(names.give(6, "Abc"), "Abc");
        assert_eq!(names.give(7, "aBC"), "aBC (2)");
    }

    #[test]
    fn auto_keeps_form_sheets_up_to_a_few_hundred_forms() {
        assert!(Sheets::Auto.per_form(DEFAULT_SHEETS_UP_TO));
        assert!(!Sheets::Auto.per_form(DEFAULT_SHEETS_UP_TO + 1));
        assert!(Sheets::All.per_form(100_000));
        assert!(!Sheets::None.per_form(1));
    }
}
