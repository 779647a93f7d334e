//! `jixiao watch` output: one block per evaluation, a header (time, rule sets, counts) and
//! what moved since the previous good evaluation and against the baseline. Colour only when
//! the caller says the terminal wants it.

use super::diff::{FindingLines, change_list, head_findings, head_lines, shared_text};
use super::text::truncate;
use super::text::{num, score_or_unknown, signed};
use crate::compare::round::{BASELINE_LISTED, LISTED, Round};
use crate::compare::{CaseDiff, Report};
use crate::i18n::msg;
use rust_decimal::Decimal;

/// How many moved cases, and moved lines per case, are listed before `… and N more`.
pub const MAX_CASES: usize = LISTED;
const MAX_LINES: usize = 6;

/// ANSI styles, empty without colour.
#[derive(Debug, Clone, Copy)]
struct Style {
    colour: bool,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        if self.colour {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
    fn bold(self, t: &str) -> String {
        self.paint("1", t)
    }
    fn red(self, t: &str) -> String {
        self.paint("31", t)
    }
    fn green(self, t: &str) -> String {
        self.paint("32", t)
    }
    fn yellow(self, t: &str) -> String {
        self.paint("33", t)
    }
    fn delta(self, d: Decimal) -> String {
        let text = signed(d);
        if d.is_sign_negative() && !d.is_zero() {
            self.red(&text)
        } else if d.is_zero() {
            text
        } else {
            self.green(&text)
        }
    }
}

fn grade(g: &Option<String>) -> &str {
    g.as_deref().unwrap_or("—")
}

/// The header line of an evaluation: `── #2 12:03:07 · anhui-2023 @ 1a2b… · 14 cases · … ──`.
pub fn watch_header(round: &Round, time: &str, colour: bool) -> String {
    let s = Style { colour };
    let rules = if let Some(why) = without_rules(round) {
        why.header().to_string()
    } else {
        round
            .rule_sets
            .iter()
            .map(|r| format!("{} @ {}", r.id, r.hash))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut parts = vec![
        format!("#{} {time}", round.number),
        rules,
        msg!("report-watch-cases", count = round.cases).to_string(),
        msg!("report-watch-rescored", count = round.rescored.to_string()).to_string(),
    ];
    if round.unscored > 0 {
        parts.push(msg!("report-watch-unscored", count = round.unscored.to_string()).to_string());
    }
    parts.push(format!("{} ms", round.elapsed.as_millis()));
    format!("{}\n", s.bold(&format!("── {} ──", parts.join(" · "))))
}

/// The body of an evaluation (diagnostics are printed by the caller, between header and body).
pub fn watch_body(round: &Round, colour: bool) -> String {
    let s = Style { colour };
    let mut out = String::new();
    rule_set_status(&mut out, round, s);
    for r in &round.moved {
        if r.from.hash != r.to.hash {
            line(
                &mut out,
                msg!(
                    "report-watch-rule-changes",
                    from = &r.from.id,
                    from_hash = &r.from.hash,
                    to = &r.to.id,
                    to_hash = &r.to.hash
                ),
            );
            out.push_str(&change_list(&r.changes));
        }
        moved(&mut out, r, s);
    }
    // Findings that came or went are a change too (tester s12: `没有变动` was said under the
    // line of a finding every form gained).
    let quiet = round
        .moved
        .iter()
        .all(|r| r.moved == 0 && !r.findings_changed())
        && round.added.is_empty()
        && round.removed.is_empty();
    if round.number > 1 && quiet && (round.scored() || round.broken.is_empty()) {
        line(&mut out, msg!("report-watch-quiet", count = round.rescored));
    }
    cases_added_and_removed(&mut out, round);
    summary(&mut out, round, s);
    for b in &round.baseline {
        baseline(&mut out, b, s);
    }
    out
}

/// Which files changed, and which rule sets are broken (kept at their last good version, or
/// never good) or missing.
fn rule_set_status(out: &mut String, round: &Round, s: Style) {
    match round.changed.len() {
        0 => {}
        _ if round.number == 1 => {}
        n if n > MAX_LINES => line(out, msg!("report-watch-changed-count", count = n)),
        _ => line(
            out,
            msg!("report-watch-changed", files = round.changed.join(", ")),
        ),
    }
    if !round.broken.is_empty() {
        let kept = msg!("report-watch-kept", files = round.broken.join(", "));
        out.push_str(&s.yellow(&format!("{kept}\n")));
    }
    if !round.never_good.is_empty() {
        let unusable = msg!(
            "report-watch-never-good",
            files = round.never_good.join(", ")
        );
        out.push_str(&s.yellow(&format!("{unusable}\n")));
    }
    if !round.cases_to_fix.is_empty() {
        let files = round.cases_to_fix.join(", ");
        let fix = msg!("report-watch-cases-to-fix", files = files);
        out.push_str(&s.yellow(&format!("{fix}\n")));
    }
    // The rules are not what waits for a fix when only case files failed (tester s8 F7).
    let rules_failed = !round.never_good.is_empty() || round.cases_to_fix.is_empty();
    if let Some(why) = without_rules(round)
        && rules_failed
    {
        out.push_str(&s.yellow(&format!("{}\n", why.waiting())));
    }
}

/// Why a round scored under no rule set (s9 F12: "no usable rules" was said of a folder with
/// no case file, and of cases naming a rule set that is not there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WithoutRules {
    /// A rule set did not validate (or only case files failed, tester s8 F7).
    Broken,
    /// The folder holds no case file.
    NoCases,
    /// The cases name rule sets that are not under the rules root (or none).
    NotFound,
}

impl WithoutRules {
    fn header(self) -> crate::i18n::Message {
        match self {
            WithoutRules::Broken => msg!("report-watch-no-rules"),
            WithoutRules::NoCases => msg!("report-watch-no-cases"),
            WithoutRules::NotFound => msg!("report-watch-rules-not-found"),
        }
    }

    fn waiting(self) -> crate::i18n::Message {
        match self {
            WithoutRules::Broken => msg!("report-watch-waiting"),
            WithoutRules::NoCases => msg!("report-watch-waiting-cases"),
            WithoutRules::NotFound => msg!("report-watch-waiting-rules-not-found"),
        }
    }
}

/// Why `round` has no rule set in use; none when it has one.
fn without_rules(round: &Round) -> Option<WithoutRules> {
    if !round.rule_sets.is_empty() {
        return None;
    }
    Some(
        match (round.never_good.is_empty(), round.cases_to_fix.is_empty()) {
            (false, _) | (true, false) => WithoutRules::Broken,
            (true, true) if round.cases == 0 => WithoutRules::NoCases,
            (true, true) => WithoutRules::NotFound,
        },
    )
}

/// Case files scored for the first time (each with its total, or a count) and removed.
fn cases_added_and_removed(out: &mut String, round: &Round) {
    if !round.added.is_empty() {
        if round.number == 1 || round.added.len() > MAX_CASES {
            line(out, msg!("report-watch-scored", count = round.added.len()));
        } else {
            for a in &round.added {
                line(
                    out,
                    msg!(
                        "report-watch-added",
                        file = &a.file,
                        total = a.total.map_or_else(|| "—".into(), num),
                        grade = grade(&a.grade)
                    ),
                );
            }
        }
    }
    for r in &round.removed {
        line(out, msg!("report-watch-removed", file = r));
    }
}

/// The grade counts and the forms `score` would report with findings (#16): a block of
/// grades alone read as if every form were clean.
fn summary(out: &mut String, round: &Round, s: Style) {
    if !round.grades.is_empty() {
        let g: Vec<String> = round
            .grades
            .iter()
            .map(|(g, n)| format!("{g} {n}"))
            .collect();
        line(out, msg!("report-watch-grades", grades = g.join(" · ")));
    }
    if round.with_errors > 0 || round.with_warnings > 0 {
        let text = msg!(
            "report-watch-findings",
            errors = round.with_errors,
            warnings = round.with_warnings
        )
        .to_string();
        let text = if round.with_errors > 0 {
            s.red(&text)
        } else {
            s.yellow(&text)
        };
        out.push_str(&format!("{text}\n"));
    }
}

/// A message on a line of its own.
fn line(out: &mut String, m: crate::i18n::Message) {
    out.push_str(&format!("{m}\n"));
}

fn case_line(c: &CaseDiff, s: Style) -> String {
    let grades = if c.grade_before != c.grade_after {
        format!(
            "  {} → {}",
            grade(&c.grade_before),
            s.bold(grade(&c.grade_after))
        )
    } else {
        String::new()
    };
    format!(
        "  {}  {}  {} → {} ({}){grades}\n",
        c.file,
        truncate(&c.project, 30),
        c.before_text(),
        c.after_text(),
        s.delta(c.delta)
    )
}

fn moved(out: &mut String, r: &Report, s: Style) {
    // A finding most cases gained or lost is said once, above the cases (s11c H4), and also
    // when no score moved (a rule set's `year` edited).
    let findings = FindingLines::of(r);
    if r.moved > 0 {
        moved_cases(out, r, &findings, s);
    } else {
        out.push_str(&shared_text(r, &findings, "  ", false, |i| shown(r, i)));
    }
    findings_only(out, r, &findings);
}

/// The cases whose findings changed and whose scores did not, each with its own finding
/// changes (tester s12: they were not listed, so a self-score edited to disagree with the
/// computed one showed nothing).
fn findings_only(out: &mut String, r: &Report, findings: &FindingLines) {
    let cases: Vec<(usize, &CaseDiff)> = r
        .cases
        .iter()
        .enumerate()
        .filter(|(i, c)| !c.moved && !findings.own(*i).is_empty())
        .collect();
    if cases.is_empty() {
        return;
    }
    line(out, msg!("report-watch-findings-only", count = cases.len()));
    for &(i, c) in cases.iter().take(MAX_CASES) {
        out.push_str(&format!(
            "  {}  {}  {}\n",
            c.file,
            truncate(&c.project, 30),
            num(c.after)
        ));
        own_findings(out, findings, i);
    }
    more_cases(out, cases.len());
}

/// The cases whose scores moved, biggest first, under the count.
fn moved_cases(out: &mut String, r: &Report, findings: &FindingLines, s: Style) {
    let head = msg!(
        "report-watch-moved",
        moved = r.moved.to_string(),
        cases = r.cases.len()
    );
    out.push_str(&s.bold(&format!("{head}\n")));
    out.push_str(&shared_text(r, findings, "  ", false, |i| shown(r, i)));
    let mut cases: Vec<(usize, &CaseDiff)> = r
        .cases
        .iter()
        .enumerate()
        .filter(|(_, c)| c.moved)
        .collect();
    cases.sort_by(|(_, a), (_, b)| {
        b.delta
            .abs()
            .cmp(&a.delta.abs())
            .then(a.file.cmp(&b.file))
            .then(a.form.cmp(&b.form))
    });
    for &(i, c) in cases.iter().take(MAX_CASES) {
        case_block(out, r, findings, i, c, s);
    }
    more_cases(out, cases.len());
}

/// A moved case as the screen lists it: its line, the lines of the form that moved, which
/// change moved it by how much, and its own findings.
fn case_block(
    out: &mut String,
    r: &Report,
    findings: &FindingLines,
    i: usize,
    c: &CaseDiff,
    s: Style,
) {
    out.push_str(&case_line(c, s));
    for l in c.lines.iter().take(MAX_LINES) {
        // Unknown on either side: no difference to give, the line says 未知.
        let delta = match (l.before, l.after) {
            (Some(b), Some(a)) => format!(" ({})", s.delta(a - b)),
            _ => String::new(),
        };
        out.push_str(&format!(
            "      {}: {} → {}{delta}\n",
            crate::source::levels_joined([&*l.level1, truncate(&l.name, 30).as_str()]),
            score_or_unknown(l.before),
            score_or_unknown(l.after),
        ));
    }
    if c.lines.len() > MAX_LINES {
        let more = msg!(
            "report-watch-more-lines",
            count = (c.lines.len() - MAX_LINES).to_string()
        );
        out.push_str(&format!("      {more}\n"));
    }
    for a in &c.attribution {
        if r.changes.get(a.change).is_some() {
            out.push_str(&format!(
                "      {}: {}\n",
                s.delta(a.delta),
                a.text(&r.changes)
            ));
        }
    }
    if let Some(i) = &c.interaction {
        // Watch lists no numbered changes (diff does): each is named by its text beside its
        // number, as the attribution lines above name theirs (tester s15r N9).
        let named = crate::i18n::list(i.changes.iter().filter_map(|k| {
            let change = r.changes.get(*k)?;
            Some(crate::i18n::Message::verbatim(format!(
                "{}. {}",
                k + 1,
                change.text
            )))
        }));
        let line = msg!(
            "report-interaction-named",
            what = super::diff::interaction_text(&i.changes),
            changes = named
        );
        out.push_str(&format!("      {}: {line}\n", s.delta(i.delta)));
    }
    own_findings(out, findings, i);
}

/// The line saying how many changed cases past the first `MAX_CASES` are not listed.
fn more_cases(out: &mut String, count: usize) {
    if count > MAX_CASES {
        let more = msg!(
            "report-watch-more-cases",
            count = (count - MAX_CASES).to_string()
        );
        out.push_str(&format!("  {more}\n"));
    }
}

/// The current results against the baseline rule set: counted as `diff`'s head line counts
/// (forms whose score or grade moved, findings apart: tester s15c F6 read `0 张不同` above a
/// finding all 16 gained), and its biggest movers each with its moved lines and their cause,
/// as the per-save block and `diff` give them.
fn baseline(out: &mut String, r: &Report, s: Style) {
    let findings = FindingLines::of(r);
    line(
        out,
        msg!(
            "report-watch-baseline",
            id = &r.from.id,
            hash = &r.from.hash,
            moved = r.totals_moved().to_string(),
            lines = head_lines(r),
            cases = r.cases.len(),
            findings = head_findings(&findings)
        ),
    );
    let mut moves = Vec::new();
    for (i, row) in r.transitions.iter().enumerate() {
        for (j, n) in row.iter().enumerate() {
            if i != j
                && *n > 0
                && let (Some(a), Some(b)) = (r.grades.get(i), r.grades.get(j))
            {
                moves.push(format!("{a} → {b} {n}"));
            }
        }
    }
    if !moves.is_empty() {
        let grades = msg!("report-watch-grades", grades = moves.join(" · "));
        out.push_str(&format!("  {grades}\n"));
    }
    out.push_str(&shared_text(r, &findings, "  ", false, |i| shown(r, i)));
    for &i in r.biggest.iter().take(BASELINE_LISTED) {
        if let Some(c) = r.cases.get(i) {
            case_block(out, r, &findings, i, c, s);
        }
    }
}

/// Case `i` of `r` as the screen names it.
fn shown(r: &Report, i: usize) -> String {
    r.cases.get(i).map_or_else(String::new, CaseDiff::shown)
}

/// The findings case `i` gained or lost that most cases do not share, under its line.
fn own_findings(out: &mut String, findings: &FindingLines, i: usize) {
    for line in findings.own(i) {
        out.push_str(&format!("      {line}\n"));
    }
}
