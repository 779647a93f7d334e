//! `jixiao diff` and `jixiao rules changelog` output: a [`Report`] as a table, Markdown or
//! JSON, and a changelog as text.

use super::text::truncate;
use super::text::{score_or_unknown, signed};
use crate::compare::placed::{
    PlaceChange, SharedFindings, kind_change, kind_text, texts, why_without, why_without_kind,
};
use crate::compare::shared::alike;
use crate::compare::{Change, Report};
use crate::i18n::msg;
use comfy_table::{CellAlignment, ContentArrangement, Table, presets};

fn grade(g: &Option<String>) -> String {
    g.clone().unwrap_or_else(|| "—".into())
}

fn new_table(md: bool) -> Table {
    let mut t = Table::new();
    t.load_style(if md {
        presets::ASCII_MARKDOWN
    } else {
        presets::UTF8_FULL_CONDENSED
    });
    t.set_content_arrangement(ContentArrangement::Disabled);
    t.force_no_tty();
    t
}

fn right(t: &mut Table, cols: &[usize]) {
    for c in cols {
        if let Some(col) = t.column_mut(*c) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
}

/// The numbered list of rule changes, `*` marking those that cannot move a total; under an
/// edited script, its changed lines.
pub fn change_list(changes: &[Change]) -> String {
    if changes.is_empty() {
        return format!("  {}\n", msg!("report-changes-none"));
    }
    let mut out = String::new();
    for (i, c) in changes.iter().enumerate() {
        let mark = match (c.scores, c.rule_points) {
            (true, _) => "",
            (false, true) => " †",
            (false, false) => " *",
        };
        out.push_str(&format!("  {:>2}. {}{mark}\n", i + 1, c.text));
        // An edited script's changed lines, under its item (#16).
        for line in &c.lines {
            out.push_str(&format!("      {line}\n"));
        }
    }
    if changes.iter().any(|c| !c.scores && !c.rule_points) {
        out.push_str(&format!("  {}\n", msg!("report-changes-note-findings")));
    }
    if changes.iter().any(|c| !c.scores && c.rule_points) {
        out.push_str(&format!("  {}\n", msg!("report-changes-note-points")));
    }
    out
}

fn cases_table(r: &Report, md: bool) -> Table {
    let mut t = new_table(md);
    t.set_header(vec![
        "#".to_owned(),
        msg!("label-project").to_string(),
        msg!("label-total-a").to_string(),
        msg!("label-total-b").to_string(),
        "Δ".to_owned(),
        msg!("label-grade-a").to_string(),
        msg!("label-grade-b").to_string(),
        // Where each form is: two forms of one name told apart (tester s23 C4).
        msg!("label-file").to_string(),
    ]);
    for (i, c) in r.cases.iter().enumerate() {
        t.add_row(vec![
            (i + 1).to_string(),
            truncate(&c.project, 36),
            c.before_text(),
            c.after_text(),
            if c.moved {
                signed(c.delta)
            } else {
                String::new()
            },
            grade(&c.grade_before),
            grade(&c.grade_after),
            c.shown(),
        ]);
    }
    right(&mut t, &[0, 2, 3, 4]);
    t
}

fn matrix(r: &Report, md: bool) -> Table {
    let mut t = new_table(md);
    let mut header = vec![format!("A \\ B")];
    header.extend(r.grades.iter().cloned());
    t.set_header(header);
    for (g, row) in r.grades.iter().zip(&r.transitions) {
        let mut cells = vec![g.clone()];
        cells.extend(row.iter().map(|n| n.to_string()));
        t.add_row(cells);
    }
    right(&mut t, &(1..=r.grades.len()).collect::<Vec<_>>());
    t
}

/// Each case's finding changes by place, and those most cases share: said once under the
/// heading and left out of the cases' blocks (s11c H4, s12b N5).
pub(super) struct FindingLines {
    cases: Vec<Vec<PlaceChange>>,
    shared: SharedFindings,
}

impl FindingLines {
    pub(super) fn of(r: &Report) -> FindingLines {
        let cases: Vec<Vec<PlaceChange>> =
            r.cases.iter().map(|c| c.finding_changes.clone()).collect();
        let shared = SharedFindings::of(&cases);
        FindingLines { cases, shared }
    }

    /// Case `i`'s finding changes that not most cases share, as lines.
    pub(super) fn own(&self, i: usize) -> Vec<String> {
        texts(&self.shared.own(self.cases.get(i).map_or(&[][..], |c| c)))
    }

    /// How many cases have finding changes of their own.
    fn with_own(&self) -> usize {
        (0..self.cases.len())
            .filter(|&i| !self.own(i).is_empty())
            .count()
    }

    /// Whether any change is said once.
    fn any_shared(&self) -> bool {
        !self.shared.placed.is_empty() || !self.shared.kinds.is_empty()
    }
}

/// The changes most cases share, one line each, with their wording when every case words
/// them alike (`diff` under its heading, `watch` under a comparison's line).
/// `name` names a case without one as the output names cases (`#5`, a file); such a case
/// whose finding of the code moved here, or stood here all along, is said so (s12b N5).
pub(super) fn shared_text(
    r: &Report,
    f: &FindingLines,
    indent: &str,
    md: bool,
    name: impl Fn(usize) -> String,
) -> String {
    let mut out = String::new();
    let bullet = if md { "- " } else { "" };
    let sub = if md { "  - " } else { "    " };
    for s in &f.shared.placed {
        let why = |i: usize, shown: &str| {
            let c = r.cases.get(i)?;
            why_without(&s.item, shown, &c.finding_changes, &c.kept)
        };
        let line = s.line(&s.item.text(), r.cases.len(), &name, why);
        out.push_str(&format!("{indent}{bullet}{line}\n"));
        let having = r
            .cases
            .iter()
            .zip(&f.cases)
            .filter(|(_, changes)| changes.contains(&s.item));
        if let Some(m) = alike(having.map(|(c, _)| c.wording.get(&s.item))) {
            out.push_str(&format!("{indent}{sub}{m}\n"));
        }
    }
    for s in &f.shared.kinds {
        let why = |i: usize, shown: &str| {
            why_without_kind(&s.item, shown, &r.cases.get(i)?.finding_changes)
        };
        let line = s.line(&kind_text(&s.item), r.cases.len(), &name, why);
        out.push_str(&format!("{indent}{bullet}{line}\n"));
        let change = kind_change(&s.item);
        let having = r.cases.iter().zip(&f.cases).filter(|(_, changes)| {
            changes.iter().any(|c| {
                std::mem::discriminant(c) == std::mem::discriminant(&change) && c.code() == s.item.1
            })
        });
        if let Some(m) = alike(having.map(|(c, _)| c.wording.get(&change))) {
            out.push_str(&format!("{indent}{sub}{m}\n"));
        }
    }
    out
}

fn details(r: &Report, f: &FindingLines, out: &mut String, md: bool) {
    let bullet = if md { "- " } else { "    " };
    for (i, c) in r
        .cases
        .iter()
        .enumerate()
        .filter(|(i, c)| c.moved || !f.own(*i).is_empty())
    {
        out.push_str(&format!(
            "{}#{} {}: {} → {} ({}), {} → {} · {}\n",
            if md { "### " } else { "" },
            i + 1,
            c.project,
            c.before_text(),
            c.after_text(),
            signed(c.delta),
            grade(&c.grade_before),
            grade(&c.grade_after),
            c.shown()
        ));
        if md {
            out.push('\n');
        }
        for l in &c.lines {
            out.push_str(&format!(
                "{bullet}{} {}: {} → {}\n",
                l.level1,
                truncate(&l.name, 40),
                score_or_unknown(l.before),
                score_or_unknown(l.after)
            ));
        }
        for a in &c.attribution {
            let line = msg!(
                "report-diff-from-change",
                delta = signed(a.delta),
                change = a.numbers(),
                text = a.text(&r.changes)
            );
            out.push_str(&format!("{bullet}{line}\n"));
        }
        if !c.grade_moved_by.is_empty() {
            let line = msg!(
                "report-diff-grade-from-change",
                from = grade(&c.grade_before),
                to = grade(&c.grade_after),
                change = c
                    .grade_moved_by
                    .iter()
                    .map(|i| (i + 1).to_string())
                    .collect::<Vec<_>>()
                    .join("、"),
                text = c
                    .grade_moved_by
                    .iter()
                    .filter_map(|i| r.changes.get(*i).map(|ch| ch.text.as_str()))
                    .collect::<Vec<_>>()
                    .join("；")
            );
            out.push_str(&format!("{bullet}{line}\n"));
        }
        if let Some(i) = &c.interaction {
            let line = msg!(
                "report-diff-from-interaction",
                delta = signed(i.delta),
                what = interaction_text(&i.changes)
            );
            out.push_str(&format!("{bullet}{line}\n"));
        }
        for line in f.own(i) {
            out.push_str(&format!("{bullet}{line}\n"));
        }
        out.push('\n');
    }
}

/// `interaction of changes 3 and 5` (1-based, as the change list numbers them).
pub fn interaction_text(changes: &[usize]) -> crate::i18n::Message {
    let n: Vec<String> = changes.iter().map(|c| (c + 1).to_string()).collect();
    match n.as_slice() {
        [] => msg!("report-interaction-together"),
        [one] => msg!("report-interaction-one", change = one),
        [init @ .., last] => msg!("report-interaction", changes = init.join(", "), last = last),
    }
}

fn render(r: &Report, md: bool) -> String {
    let h = |s: &str| {
        if md {
            format!("## {s}\n\n")
        } else {
            format!("{s}\n")
        }
    };
    let mut out = String::new();
    if md {
        let title = msg!("report-diff-title", from = &r.from.id, to = &r.to.id);
        out.push_str(&format!("# {title}\n\n"));
    }
    let lines = FindingLines::of(r);
    let findings = head_findings(&lines);
    let head = msg!(
        "report-diff-head",
        from = &r.from.id,
        from_hash = &r.from.hash,
        to = &r.to.id,
        to_hash = &r.to.hash,
        cases = r.cases.len(),
        moved = r.totals_moved().to_string(),
        lines = head_lines(r),
        findings = findings
    );
    out.push_str(&format!("{head}\n"));
    if md && lines.any_shared() {
        out.push('\n');
    }
    out.push_str(&shared_text(r, &lines, "", md, |i| format!("#{}", i + 1)));
    out.push('\n');
    out.push_str(&h(&msg!("report-diff-changes").to_string()));
    out.push_str(&change_list(&r.changes));
    out.push('\n');
    out.push_str(&h(&msg!("report-diff-cases").to_string()));
    // A table of every case where none moved says nothing the head line does not (tester
    // s14r F8: 34 rows of equal totals); the grade matrix likewise.
    let still = !r
        .cases
        .iter()
        .any(|c| c.moved || c.grade_before != c.grade_after);
    if still {
        let line = msg!("report-diff-none-moved-cases", cases = r.cases.len());
        out.push_str(&format!("  {line}\n\n"));
    } else {
        out.push_str(&format!("{}\n\n", cases_table(r, md)));
        out.push_str(&h(&msg!("report-diff-grades").to_string()));
        out.push_str(&format!("{}\n\n", matrix(r, md)));
    }
    out.push_str(&h(&msg!("report-diff-biggest").to_string()));
    if r.biggest.is_empty() {
        out.push_str(&format!("  {}\n", msg!("report-diff-none-moved")));
    }
    for &i in &r.biggest {
        if let Some(c) = r.cases.get(i) {
            out.push_str(&format!(
                "{}#{} {} {} · {}\n",
                if md { "- " } else { "  " },
                i + 1,
                truncate(&c.project, 36),
                signed(c.delta),
                c.shown()
            ));
        }
    }
    out.push('\n');
    out.push_str(&h(&msg!("report-diff-details").to_string()));
    details(r, &lines, &mut out, md);
    out
}

/// The diff report as an aligned table for a terminal.
pub fn diff_table(r: &Report) -> String {
    render(r, false)
}

/// The diff report as Markdown.
pub fn diff_markdown(r: &Report) -> String {
    render(r, true)
}

/// The diff report as one JSON document (the [`Report`] type, docs/cli.md).
pub fn diff_json(r: &Report) -> String {
    serde_json::to_string_pretty(r).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}")) + "\n"
}

/// `jixiao rules changelog`: the semantic changes, then the text diff of the resolved files.
pub fn changelog(from: &str, to: &str, changes: &[Change], text_diff: &str) -> String {
    let mut out = format!("{}\n", msg!("changelog-header", from = from, to = to));
    out.push_str(&change_list(changes));
    out.push_str(&format!("\n{}\n", msg!("changelog-resolved-files")));
    if text_diff.is_empty() {
        out.push_str(&format!("  {}\n", msg!("changelog-identical")));
    } else {
        out.push_str(text_diff);
    }
    out
}

/// The head line's count of cases whose line scores moved while their total and grade did
/// not (none when no case's did), said apart from the total or grade moves (tester s15r N8:
/// `16 张得分或等级变动` where 13 totals and every grade stood still).
pub(super) fn head_lines(r: &Report) -> Option<crate::i18n::Message> {
    let count = r.lines_only();
    (count > 0).then(|| msg!("report-diff-head-lines", count = count))
}

/// The head line's count of cases whose findings changed (none when no case's did), said
/// apart from the moved count: `，3 张的问题有变化`, or `，3 张另有各自的问题变化` when a
/// change most cases share is said on its own line below.
pub(super) fn head_findings(lines: &FindingLines) -> Option<crate::i18n::Message> {
    let count = lines.with_own();
    (count > 0).then(|| {
        if !lines.any_shared() {
            msg!("report-diff-head-findings", count = count)
        } else {
            msg!("report-diff-head-findings-own", count = count)
        }
    })
}
