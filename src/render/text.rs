//! Text helpers shared by the renderers: display width of Chinese text, truncation, CSV.

use crate::outcome::Outcome;
use unicode_width::UnicodeWidthStr;

/// Columns a string takes in a terminal (CJK characters take two).
pub fn display_width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Cuts `s` to at most `width` columns, ending with `…` when cut.
pub fn truncate(s: &str, width: usize) -> String {
    if display_width(s) <= width {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

/// A decimal without trailing zeros (`97.00` → `97`).
pub(crate) fn num(d: rust_decimal::Decimal) -> String {
    d.normalize().to_string()
}

/// A line's score, or 未知 for an execution score that could not be worked out (none).
pub(crate) fn score_or_unknown(d: Option<rust_decimal::Decimal>) -> String {
    d.map_or_else(
        || crate::i18n::msg!("report-score-unknown").to_string(),
        num,
    )
}

/// A change with its sign (`+0.09`, `-16`, `0`).
pub(crate) fn signed(d: rust_decimal::Decimal) -> String {
    if d.is_sign_positive() && !d.is_zero() {
        format!("+{}", num(d))
    } else {
        num(d)
    }
}

/// The computed total as reports show it: the number, marked when it is only a partial sum
/// and why (`90（不完整：表不全）`, `90 (partial: cut short)`: the form was cut short or its actuals never filled, F6) so
/// that nobody reads it as a score — in a spreadsheet it is text, which sums and averages
/// skip; none on a form with no points.
pub fn total_text(o: &Outcome) -> Option<String> {
    let t = num(o.total?);
    Some(match partial_why(o) {
        Some(why) => crate::i18n::msg!("total-partial-why", total = t, why = why).to_string(),
        None => t,
    })
}

/// Why the total is partial, in words (`未填完成值`, `表不全`), none when it is whole: the
/// one wording the total's mark and the 完整性 column share (tester s21 C5).
fn partial_why(o: &Outcome) -> Option<crate::i18n::Message> {
    if !o.partial {
        return None;
    }
    Some(o.partial_reason.map_or_else(
        || crate::i18n::Message::new("partial-unknown"),
        crate::outcome::PartialReason::message,
    ))
}

/// Whether the computed total is the whole score or only a partial sum, in words (`完整`,
/// `不完整（未填完成值）`, the reason in brackets: tester s21 C5): the column beside the total in the CSV and the xlsx summary, where the total is
/// a number (tester s9 F18: a text `45.65（不完整）` in a column of numbers sorted and summed as
/// text); none on a form with no points.
pub fn completeness(o: &Outcome) -> Option<String> {
    o.total?;
    Some(match partial_why(o) {
        Some(why) => crate::i18n::msg!("total-complete-no", why = why).to_string(),
        None => crate::i18n::Message::new("total-complete-yes").to_string(),
    })
}

/// The line under a summary of forms some of which were cut short (表不全): their 满分 is the
/// points of the rows read, not the rule's full marks (`74`, tester s22 D3), naming up to three
/// of them; none when no form was cut short.
pub fn cut_full_marks_note(outcomes: &[Outcome]) -> Option<String> {
    let cut = || {
        outcomes.iter().filter(|o| {
            o.partial_reason == Some(crate::outcome::PartialReason::CutShort)
                && o.points_of_total().is_some()
        })
    };
    let count = cut().count();
    if count == 0 {
        return None;
    }
    let forms = cut().take(3).map(|o| {
        crate::i18n::msg!(
            "report-cut-full-marks-form",
            project = super::labels::project_name(&o.project).into_owned(),
            points = num(o.total_points)
        )
    });
    Some(
        crate::i18n::msg!(
            "report-cut-full-marks",
            count = count,
            forms = crate::i18n::list(forms)
        )
        .to_string(),
    )
}

/// On a form with no points (a template without 分值/得分, #15), an indicator's judgement in
/// words — 达成 / 未达成 / 不适用 / 无法判断 — shown where its score would stand, instead of a 0
/// that reads as a score (the tester's F8); none on a scored form.
pub fn judgement(o: &Outcome, ind: &crate::outcome::IndicatorOutcome) -> Option<String> {
    // A row that is not applicable scores nothing and counts nowhere: `不适用`, not a 0 that
    // reads as "scored zero" (tester s6 F11).
    let not_applicable = ind.method == crate::outcome::Method::NotApplicable;
    (o.total.is_none() || not_applicable)
        .then(|| crate::outcome::words::method(ind.method).to_string())
}

/// Each step of a trace with the form fields it read that no earlier step of it read: a field
/// two steps read (the actual's unit assumed, then the score computed from it) is listed once,
/// under the first (tester s14 F7: the xlsx 表内字段 column and the HTML trace listed every
/// field twice). JSON keeps every step's inputs.
pub fn first_reads(
    trace: &[crate::outcome::Step],
) -> Vec<(&crate::outcome::Step, Vec<&crate::outcome::Input>)> {
    let mut seen = std::collections::HashSet::new();
    trace
        .iter()
        .map(|s| {
            let fresh = (s.inputs.iter())
                .filter(|i| seen.insert((i.location.to_string(), i.text.as_str())))
                .collect();
            (s, fresh)
        })
        .collect()
}

/// A trace input as a report for people shows it: the form's name of the field and the text
/// (`年度指标值 = ≥12公里`); the case-file place only for a field the form has no name for
/// (tester s6 F11).
pub fn input_text(i: &crate::outcome::Input) -> String {
    match i.location.form_name() {
        Some(name) => format!("{name} = {}", i.text),
        None => format!("{} = {}", i.location, i.text),
    }
}

/// A trace input as `--explain` lists it: the form's name of the field, the text, and where
/// it was read (`实际完成值 = `100%`（cases/x.toml:72:10）`), not the case file's key path
/// (`(indicators[6].target)`, tester s9 F18); a field the form has no name for, and a place on
/// a form scored straight from its input (which names the field already), as before.
pub fn input_at(i: &crate::outcome::Input) -> String {
    match (i.location.form_name(), i.location.in_file()) {
        (Some(name), Some(at)) => crate::i18n::msg!(
            "trace-input-at",
            field = name,
            text = i.text.as_str(),
            at = at.to_string()
        )
        .to_string(),
        _ => format!("{} = `{}`", i.location, i.text),
    }
}

/// Appends `s` to a CSV line as one field: quoted (its quotes doubled) when it holds a comma,
/// a quote or a line break.
pub(crate) fn push_csv_field(line: &mut String, s: &str) {
    // The four are ASCII: a byte test is the character test, without a pattern a call.
    if s.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r')) {
        line.push('"');
        line.push_str(&s.replace('"', "\"\""));
        line.push('"');
    } else {
        line.push_str(s);
    }
}

/// The UTF-8 byte-order mark the CSV output starts with: without it, Excel on a Chinese
/// Windows reads the file as GBK and shows mojibake (#16 item 4).
pub const CSV_BOM: &str = "\u{FEFF}";

/// One case's CSV row, with its newline: file, project, department, unit, rules, hash,
/// total (empty on a form with no points), whether it is complete, points, grade, reported
/// total, execution rate and score, finding counts and codes, and the points it was worked
/// out against ([`points_basis`]), and the points taken unverified on the department's word
/// ([`Outcome::unverified_points`], appended last so the columns before keep their places;
/// see [`super::csv_header`]), then the difference 自评 − 计算 ([`Outcome::total_difference`],
/// tester s24 D1). Written field by field
/// into one line (#15: a list of fifteen strings, each copied again to be quoted, was most
/// of the cost of a row).
pub fn csv_row(o: &Outcome) -> String {
    use std::fmt::Write;
    let count = |s| o.findings.iter().filter(|f| f.severity == s).count();
    let codes = super::labels::finding_kinds(o);
    let mut line = String::with_capacity(256);
    let shown = o.shown();
    for text in [
        shown.as_str(),
        &o.project,
        &o.department,
        &o.unit,
        &o.rules.id,
        &o.rules.hash,
    ] {
        push_csv_field(&mut line, text);
        line.push(',');
    }
    // Numbers hold no comma, quote or line break: written as they are.
    let number = |line: &mut String, d: Option<rust_decimal::Decimal>| {
        if let Some(d) = d {
            let _ = write!(line, "{}", d.normalize());
        }
    };
    number(&mut line, o.total);
    line.push(',');
    push_csv_field(&mut line, &completeness(o).unwrap_or_default());
    line.push(',');
    number(&mut line, o.points_of_total());
    line.push(',');
    push_csv_field(&mut line, o.grade.as_deref().unwrap_or_default());
    line.push(',');
    number(&mut line, o.reported_total);
    line.push(',');
    number(&mut line, o.execution.rate_shown);
    line.push(',');
    number(&mut line, o.execution_score());
    let errors = count(crate::outcome::Severity::Error);
    let warnings = count(crate::outcome::Severity::Warning);
    let _ = write!(line, ",{errors},{warnings},");
    push_csv_field(&mut line, &super::labels::finding_labels(&codes));
    line.push(',');
    push_csv_field(&mut line, &points_basis(o));
    line.push(',');
    let _ = write!(line, "{}", o.unverified_points.normalize());
    // 自评 − 计算, last so that the columns before keep their places (tester s24 D1).
    line.push(',');
    number(&mut line, o.total_difference());
    line.push('\n');
    line
}

/// A file of the run that was not read as forms, as a row of the per-form outputs (tester
/// s21 B4: the CSV read in Excel never showed a refused file, said only on the terminal): its
/// file, no figures, [`not_read_status`] in the 完整性 column and why in the 发现 column. The
/// xlsx 汇总 puts the same words in the same columns.
pub fn csv_not_read_row(f: &crate::diagnostic::NotRead) -> String {
    let status = not_read_status();
    let reason = f.reason.to_string();
    let mut fields = [""; 19];
    fields[0] = &f.file;
    fields[7] = &status;
    fields[15] = &reason;
    let mut line = String::with_capacity(128);
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        push_csv_field(&mut line, field);
    }
    line.push('\n');
    line
}

/// What the 完整性 column says of a file not read as forms (`未读取`).
pub fn not_read_status() -> String {
    crate::i18n::Message::new("not-read-status").to_string()
}

/// Which points the total was worked out against, in words: the form's own (`表中分值`), or
/// the rule set's in a what-if (`规则分值（试算）`, `--points rules`) — the CSV's last column
/// (appended, so that the columns before it keep their places), a row's own mark where the table and the workbook put a note under the forms (tester s16r:
/// JSON had `what_if`, the CSV nothing).
pub fn points_basis(o: &Outcome) -> String {
    let id = if o.what_if {
        "points-basis-rules"
    } else {
        "points-basis-form"
    };
    crate::i18n::Message::new(id).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv_field(s: &str) -> String {
        let mut out = String::new();
        push_csv_field(&mut out, s);
        out
    }

    #[test]
    fn widths_count_chinese_as_two_columns() {
        assert_eq!(display_width("产出指标"), 8);
        assert_eq!(display_width("ab"), 2);
        assert_eq!(truncate("政务中心网络运行维护外包费", 10), "政务中心…");
        assert_eq!(
            display_width(&truncate("政务中心网络运行维护外包费", 10)),
            9
        );
        assert_eq!(truncate("短", 10), "短");
    }

    /// The row as it was built before it was written field by field: eighteen strings, each
    /// quoted, joined by commas.
    fn plain_csv_row(o: &Outcome) -> String {
        let count = |s| o.findings.iter().filter(|f| f.severity == s).count();
        let codes = super::super::labels::finding_kinds(o);
        let number = |d: Option<rust_decimal::Decimal>| {
            d.map(|d| d.normalize().to_string()).unwrap_or_default()
        };
        let row = [
            o.shown(),
            o.project.to_string(),
            o.department.to_string(),
            o.unit.to_string(),
            o.rules.id.clone(),
            o.rules.hash.clone(),
            number(o.total),
            completeness(o).unwrap_or_default(),
            number(o.points_of_total()),
            o.grade.clone().unwrap_or_default(),
            number(o.reported_total),
            number(o.execution.rate_shown),
            number(o.execution_score()),
            count(crate::outcome::Severity::Error).to_string(),
            count(crate::outcome::Severity::Warning).to_string(),
            super::super::labels::finding_labels(&codes),
            points_basis(o),
            o.unverified_points.normalize().to_string(),
            number(o.total_difference()),
        ];
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        fields.join(",") + "\n"
    }

    /// Every shipped case's row, and rows whose names need quoting or whose total is
    /// partial, are the bytes the plain row gives.
    #[test]
    #[allow(clippy::unwrap_used)]
    fn a_row_is_the_plain_rows_bytes() {
        let mut outcomes = Vec::new();
        for dir in std::fs::read_dir("cases").unwrap() {
            let dir = dir.unwrap().path();
            for p in crate::load::case_files(std::slice::from_ref(&dir)).unwrap() {
                let Some(case) = crate::pipeline::load_case(&p).unwrap().value else {
                    continue;
                };
                let Some((id, _)) = &case.rules else {
                    continue;
                };
                let Ok(rules) =
                    crate::pipeline::load_rule_set(&std::path::Path::new("rules").join(id))
                else {
                    continue;
                };
                let Some(rules) = rules.value else { continue };
                outcomes.push(crate::evaluate::evaluate(&rules, &case, Default::default()));
            }
        }
        assert!(outcomes.len() >= 30, "{}", outcomes.len());
        let mut odd = outcomes[0].clone();
        odd.project = "项目,\"甲\"\n乙".into();
        odd.file = "a,b.toml".into();
        odd.partial = true;
        odd.grade = None;
        outcomes.push(odd);
        for o in &outcomes {
            assert_eq!(csv_row(o), plain_csv_row(o), "{}", o.file);
        }
    }

    /// A file not read is a row of the header's columns, its status under 完整性 and its
    /// reason, quoted where it holds a comma, under 发现 (tester s21 B4).
    #[test]
    fn a_file_not_read_is_a_row_under_the_headers_columns() {
        let f = crate::diagnostic::NotRead {
            file: "收件/a,b.xlsx".into(),
            code: "import::refused",
            reason: crate::i18n::Message::verbatim("没有表，也没有数字"),
        };
        let row = csv_not_read_row(&f);
        let line = super::super::csv_header();
        let header: Vec<&str> = line.trim_end().split(',').collect();
        assert_eq!(header.len(), 19);
        assert_eq!(header[7], crate::i18n::msg!("label-complete").to_string());
        assert_eq!(header[15], crate::i18n::msg!("label-findings").to_string());
        let expected = format!(
            "\"收件/a,b.xlsx\",,,,,,,{},,,,,,,,没有表，也没有数字,,,\n",
            not_read_status()
        );
        assert_eq!(row, expected);
    }

    #[test]
    fn csv_quotes_commas_and_quotes() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
    }
}
