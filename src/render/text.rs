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

/// A change with its sign (`+0.09`, `-16`, `0`).
pub(crate) fn signed(d: rust_decimal::Decimal) -> String {
    if d.is_sign_positive() && !d.is_zero() {
        format!("+{}", num(d))
    } else {
        num(d)
    }
}

/// The computed total as reports show it: the number, marked when it is only a partial sum
/// (`90（不完整）`, `90 (partial)`: the form was cut short or its actuals never filled, F6) so
/// that nobody reads it as a score — in a spreadsheet it is text, which sums and averages
/// skip; none on a form with no points.
pub fn total_text(o: &Outcome) -> Option<String> {
    let t = num(o.total?);
    Some(if o.partial {
        crate::i18n::msg!("total-partial", total = t).to_string()
    } else {
        t
    })
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

/// A trace input as a report for people shows it: the form's name of the field and the text
/// (`年度指标值 = ≥12公里`); the case-file place only for a field the form has no name for
/// (tester s6 F11).
pub fn input_text(i: &crate::outcome::Input) -> String {
    match i.location.field().form_name() {
        Some(name) => format!("{name} = {}", i.text),
        None => format!("{} = {}", i.location, i.text),
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// The UTF-8 byte-order mark the CSV output starts with: without it, Excel on a Chinese
/// Windows reads the file as GBK and shows mojibake (#16 item 4).
pub const CSV_BOM: &str = "\u{FEFF}";

/// One case's CSV row, with its newline: file, project, department, unit, rules, hash,
/// total (empty on a form with no points), points, grade, reported total, execution rate
/// and score, finding counts and codes (see [`super::csv_header`]).
pub fn csv_row(o: &Outcome) -> String {
    let count = |s| o.findings.iter().filter(|f| f.severity == s).count();
    let codes = super::labels::finding_kinds(o);
    let row = [
        o.file.clone(),
        o.project.to_string(),
        o.department.to_string(),
        o.unit.to_string(),
        o.rules.id.clone(),
        o.rules.hash.clone(),
        total_text(o).unwrap_or_default(),
        o.points_of_total()
            .map(|d| d.normalize().to_string())
            .unwrap_or_default(),
        o.grade.clone().unwrap_or_default(),
        o.reported_total
            .map(|d| d.normalize().to_string())
            .unwrap_or_default(),
        o.execution
            .rate
            .map(|d| d.round_dp(2).normalize().to_string())
            .unwrap_or_default(),
        o.execution_score()
            .map(|d| d.normalize().to_string())
            .unwrap_or_default(),
        count(crate::outcome::Severity::Error).to_string(),
        count(crate::outcome::Severity::Warning).to_string(),
        super::labels::finding_labels(&codes),
    ];
    let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
    let mut line = fields.join(",");
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn csv_quotes_commas_and_quotes() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
    }
}
