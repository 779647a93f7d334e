//! `--format xlsx`: a workbook staff can filter and sort. Sheet 1 (汇总) has one row per form
//! with an autofilter and a frozen header; then one sheet per form with its indicators, the
//! trace of every number (rule line, form fields) and its findings. Scores are written as
//! numbers (Decimal → f64 only for display, with a number format of two places); amounts and
//! texts as written stay text.

use crate::outcome::{Outcome, Severity, Step};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet, XlsxError};

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique by prefix.
fn sheet_name(i: usize, project: &str) -> String {
    let clean: String = project
        .chars()
        .filter(|c| !"[]:*?/\\'".contains(*c))
        .collect();
    let name = format!("{} {clean}", i + 1);
    name.chars().take(31).collect()
}

/// The trace as lines of text: step, then its rule and inputs.
pub(crate) fn trace_text(trace: &[Step]) -> String {
    let mut out = Vec::new();
    for s in trace {
        out.push(s.text.clone());
    }
    out.join("\n")
}

fn rules_text(trace: &[Step]) -> String {
    let mut out: Vec<String> = trace
        .iter()
        .filter_map(|s| s.rule.as_ref())
        .map(|r| format!("{}:{} {}", r.file, r.line, r.key))
        .collect();
    out.dedup();
    out.join("\n")
}

fn inputs_text(trace: &[Step]) -> String {
    let mut out: Vec<String> = trace
        .iter()
        .flat_map(|s| &s.inputs)
        .map(|i| format!("{} = {}", i.location, i.text))
        .collect();
    out.dedup();
    out.join("\n")
}

struct Formats {
    head: Format,
    num: Format,
    pct: Format,
    wrap: Format,
}

fn write_header(
    ws: &mut Worksheet,
    row: u32,
    names: &[&str],
    head: &Format,
) -> Result<(), XlsxError> {
    for (c, n) in names.iter().enumerate() {
        ws.write_string_with_format(row, u16::try_from(c).unwrap_or(0), *n, head)?;
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

/// The summary columns of sheet 1.
pub const SUMMARY_HEADER: [&str; 15] = [
    "序号",
    "项目名称",
    "文件",
    "规则",
    "计算总分",
    "满分",
    "自评总分",
    "差异",
    "等级",
    "执行率",
    "执行得分",
    "错误",
    "警告",
    "提示",
    "发现",
];

fn summary(ws: &mut Worksheet, outcomes: &[Outcome], fm: &Formats) -> Result<(), XlsxError> {
    ws.set_name("汇总")?;
    write_header(ws, 0, &SUMMARY_HEADER, &fm.head)?;
    for (i, o) in outcomes.iter().enumerate() {
        let r = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let count =
            |s| u32::try_from(o.findings.iter().filter(|f| f.severity == s).count()).unwrap_or(0);
        let mut codes: Vec<&str> = o.findings.iter().map(|f| f.code).collect();
        codes.sort_unstable();
        codes.dedup();
        ws.write_number(r, 0, u32::try_from(i + 1).unwrap_or(0))?;
        ws.write_string(r, 1, &*o.project)?;
        ws.write_string(r, 2, &o.file)?;
        ws.write_string(r, 3, &o.rules.id)?;
        ws.write_number_with_format(r, 4, f(o.total), &fm.num)?;
        ws.write_number_with_format(r, 5, f(o.total_points), &fm.num)?;
        opt_num(ws, r, 6, o.reported_total, &fm.num)?;
        opt_num(ws, r, 7, o.reported_total.map(|t| t - o.total), &fm.num)?;
        ws.write_string(r, 8, o.grade.as_deref().unwrap_or(""))?;
        opt_num(
            ws,
            r,
            9,
            o.execution
                .rate
                .map(|p| p.round_dp(2) / Decimal::ONE_HUNDRED),
            &fm.pct,
        )?;
        ws.write_number_with_format(r, 10, f(o.execution.score), &fm.num)?;
        ws.write_number(r, 11, count(Severity::Error))?;
        ws.write_number(r, 12, count(Severity::Warning))?;
        ws.write_number(r, 13, count(Severity::Info))?;
        ws.write_string(r, 14, codes.join(" "))?;
    }
    let last = u32::try_from(outcomes.len()).unwrap_or(0);
    ws.autofilter(0, 0, last, 14)?;
    ws.set_freeze_panes(1, 0)?;
    for (c, w) in [(1u16, 40.0), (2, 36.0), (3, 16.0), (14, 40.0)] {
        ws.set_column_width(c, w)?;
    }
    Ok(())
}

/// Columns of a form sheet's indicator table.
pub const FORM_HEADER: [&str; 10] = [
    "一级指标",
    "二级指标",
    "三级指标",
    "分值",
    "得分",
    "自评得分",
    "计算方法",
    "计算过程",
    "依据(规则)",
    "表内字段",
];

fn form_sheet(ws: &mut Worksheet, i: usize, o: &Outcome, fm: &Formats) -> Result<(), XlsxError> {
    ws.set_name(sheet_name(i, &o.project))?;
    let info: [(&str, String); 6] = [
        ("项目名称", o.project.to_string()),
        ("文件", o.file.clone()),
        ("规则", format!("{} ({})", o.rules.id, o.rules.hash)),
        (
            "总分",
            format!("{} / {}", o.total.normalize(), o.total_points.normalize()),
        ),
        (
            "自评总分",
            o.reported_total
                .map(|d| d.normalize().to_string())
                .unwrap_or_default(),
        ),
        ("等级", o.grade.clone().unwrap_or_default()),
    ];
    for (r, (k, v)) in info.iter().enumerate() {
        let r = u32::try_from(r).unwrap_or(0);
        ws.write_string_with_format(r, 0, *k, &fm.head)?;
        ws.write_string(r, 1, v)?;
    }
    let top = 7;
    write_header(ws, top, &FORM_HEADER, &fm.head)?;
    let mut r = top + 1;
    for ind in &o.indicators {
        ws.write_string(r, 0, &*ind.level1)?;
        ws.write_string(r, 1, &*ind.level2)?;
        ws.write_string_with_format(r, 2, &*ind.level3, &fm.wrap)?;
        opt_num(ws, r, 3, ind.points, &fm.num)?;
        ws.write_number_with_format(r, 4, f(ind.score), &fm.num)?;
        opt_num(ws, r, 5, ind.reported_score, &fm.num)?;
        ws.write_string(r, 6, ind.method.name())?;
        ws.write_string_with_format(r, 7, trace_text(&ind.trace), &fm.wrap)?;
        ws.write_string_with_format(r, 8, rules_text(&ind.trace), &fm.wrap)?;
        ws.write_string_with_format(r, 9, inputs_text(&ind.trace), &fm.wrap)?;
        r += 1;
    }
    let e = &o.execution;
    ws.write_string(r, 0, "预算执行率")?;
    ws.write_string(
        r,
        1,
        e.rate
            .map(|p| format!("执行率 {}%", p.round_dp(2).normalize()))
            .unwrap_or_default(),
    )?;
    ws.write_number_with_format(r, 3, f(e.points), &fm.num)?;
    ws.write_number_with_format(r, 4, f(e.score), &fm.num)?;
    opt_num(ws, r, 5, e.reported_score, &fm.num)?;
    ws.write_string_with_format(r, 7, trace_text(&e.trace), &fm.wrap)?;
    ws.write_string_with_format(r, 8, rules_text(&e.trace), &fm.wrap)?;
    ws.write_string_with_format(r, 9, inputs_text(&e.trace), &fm.wrap)?;
    r += 1;
    ws.write_string(r, 0, "总分")?;
    ws.write_number_with_format(r, 3, f(o.total_points), &fm.num)?;
    ws.write_number_with_format(r, 4, f(o.total), &fm.num)?;
    opt_num(ws, r, 5, o.reported_total, &fm.num)?;
    ws.write_string_with_format(r, 7, trace_text(&o.total_trace), &fm.wrap)?;
    ws.write_string_with_format(r, 8, rules_text(&o.total_trace), &fm.wrap)?;
    r += 2;
    write_header(
        ws,
        r,
        &["发现代码", "级别", "说明", "表上位置", "位置"],
        &fm.head,
    )?;
    for fd in &o.findings {
        r += 1;
        ws.write_string(r, 0, fd.code)?;
        ws.write_string(r, 1, severity_name(fd.severity))?;
        ws.write_string_with_format(r, 2, &fd.message, &fm.wrap)?;
        // Where it stands on the form (indicator · form field · cell), then the case file (#16).
        ws.write_string_with_format(r, 3, fd.location.on_form().unwrap_or_default(), &fm.wrap)?;
        ws.write_string(r, 4, fd.location.to_string())?;
    }
    for (c, w) in [
        (0u16, 14.0),
        (1, 14.0),
        (2, 40.0),
        (6, 12.0),
        (7, 40.0),
        (8, 30.0),
        (9, 40.0),
    ] {
        ws.set_column_width(c, w)?;
    }
    Ok(())
}

/// A severity in the users' words.
pub(crate) fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "错误",
        Severity::Warning => "警告",
        Severity::Info => "提示",
    }
}

/// The workbook's bytes.
pub fn xlsx(outcomes: &[Outcome]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let fm = Formats {
        head: Format::new()
            .set_bold()
            .set_background_color(0x00DD_EBF7)
            .set_align(FormatAlign::Center),
        num: Format::new().set_num_format("0.00"),
        pct: Format::new().set_num_format("0.00%"),
        wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
    };
    summary(book.add_worksheet(), outcomes, &fm)?;
    for (i, o) in outcomes.iter().enumerate() {
        form_sheet(book.add_worksheet(), i, o, &fm)?;
    }
    book.save_to_buffer()
}
