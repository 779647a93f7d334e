//! Accepted results: the reviewed result of every case of a corpus, as a readable, diffable
//! TOML file (`<rules-root>/<rule set id>/accepted/<corpus>.toml`, docs/regression.md).
//! Built from outcomes, rendered to text and parsed back; no I/O here.

use crate::outcome::{Method, Outcome};

use crate::i18n::msg;
pub use crate::load::accepted::{
    Acceptance, AcceptedCase, AcceptedFile, NOT_APPLICABLE, PLACE_MARK, Record, UNKNOWN,
};

impl AcceptedCase {
    /// The result of an outcome, not yet accepted.
    pub fn from_outcome(o: &Outcome) -> AcceptedCase {
        let indicators = o
            .indicators
            .iter()
            .enumerate()
            .map(|(i, ind)| {
                let key = format!("{:02} {} {}", i + 1, ind.level2.trim(), ind.level3.trim());
                // A line that could not be scored is unknown, not 0, as an execution score is.
                let value = match ind.method {
                    Method::NotApplicable => NOT_APPLICABLE.to_owned(),
                    Method::Unscored => UNKNOWN.to_owned(),
                    _ => ind.score.normalize().to_string(),
                };
                (key, value)
            })
            .collect();
        let (findings, places) = crate::compare::placed::Placed::all(&o.findings)
            .into_iter()
            .map(|p| (p.code, p.place))
            .unzip();
        AcceptedCase {
            project: o.project.to_string(),
            rules: o.rules.id.clone(),
            rules_hash: o.rules.hash.clone(),
            total: o
                .total
                .map_or_else(|| NOT_APPLICABLE.to_owned(), |t| t.normalize().to_string()),
            grade: o.grade.clone(),
            // Unknown, not 0: a 0 would compare equal with a form that truly scored 0.
            execution: if o.execution.unknown {
                UNKNOWN.to_owned()
            } else {
                o.execution.score.normalize().to_string()
            },
            indicators,
            findings,
            places: Some(places),
            acceptance: None,
            case_hash: None,
            reported_total: o.reported_total.map(|t| t.normalize().to_string()),
            partial: o.partial,
            history: Vec::new(),
        }
    }

    /// Accepts `self` (the result now) in place of `old`: `old`'s acceptance goes to the
    /// history, oldest first (tester s15c F3), with what it accepted.
    pub fn accepted_over(mut self, old: Option<&AcceptedCase>, acceptance: &Acceptance) -> Self {
        if let Some(old) = old {
            self.history = old.history.clone();
            self.history.extend(old.record());
        }
        self.acceptance = Some(acceptance.clone());
        self
    }

    /// What this entry's acceptance accepted, as a history record; none when it was never
    /// accepted (its acceptance fields are missing).
    pub fn record(&self) -> Option<Record> {
        Some(Record {
            acceptance: self.acceptance.clone()?,
            rules: self.rules.clone(),
            rules_hash: self.rules_hash.clone(),
            total: self.total.clone(),
            grade: self.grade.clone(),
        })
    }

    /// Each finding as `code @ line`, or its code alone when the lines were not kept.
    pub fn finding_entries(&self) -> Vec<String> {
        match &self.places {
            Some(places) if places.len() == self.findings.len() => self
                .findings
                .iter()
                .zip(places)
                .map(|(c, p)| format!("{c}{PLACE_MARK}{p}"))
                .collect(),
            _ => self.findings.clone(),
        }
    }

    /// The findings as compared: code and line (an empty line when the lines were not kept).
    pub fn placed(&self) -> Vec<crate::compare::placed::Placed> {
        let none = Vec::new();
        let places = self.places.as_ref().unwrap_or(&none);
        let mut out: Vec<_> = self
            .findings
            .iter()
            .enumerate()
            .map(|(i, code)| crate::compare::placed::Placed {
                code: code.clone(),
                place: places.get(i).cloned().unwrap_or_default(),
            })
            .collect();
        out.sort();
        out
    }

    /// The compared fields as `(field, value)` lines in a fixed order: rule set, total,
    /// grade, execution, each indicator, findings. The rule set hash and the acceptance
    /// record are not results and are left out.
    pub fn fields(&self) -> Vec<(String, String)> {
        let mut out = vec![
            ("rules".to_owned(), self.rules.clone()),
            ("total".to_owned(), self.total.clone()),
            (
                "grade".to_owned(),
                self.grade.clone().unwrap_or_else(|| "-".into()),
            ),
            ("execution".to_owned(), self.execution.clone()),
        ];
        out.extend(
            self.indicators
                .iter()
                .map(|(k, v)| (format!("indicator {k}"), v.clone())),
        );
        out.push(("findings".to_owned(), self.finding_entries().join(", ")));
        out
    }

    /// Whether the results (not the hash or acceptance record) are the same.
    pub fn same_results(&self, other: &AcceptedCase) -> bool {
        self.fields() == other.fields()
    }
}

/// A TOML string literal (also used for quoted keys).
fn quote(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// Renders the file: a header comment in the user's language saying what each key holds
/// (tester s15c F4: a colleague next year reads it without the docs), then one
/// `[cases."<id>"]` table per case in id order, one value per line, so that accepting one
/// changed case changes a few lines; each finding with its name as a comment, and the
/// earlier acceptances as `[[cases."<id>".history]]` tables.
pub fn render(corpus: &str, file: &AcceptedFile) -> String {
    let mut s = String::new();
    for line in msg!("accepted-file-header", corpus = corpus)
        .to_string()
        .lines()
    {
        s.push_str(&format!("# {line}\n"));
    }
    for (id, c) in &file.cases {
        let key = format!("cases.{}", quote(id));
        s.push_str(&format!("\n[{key}]\n"));
        let mut line = |k: &str, v: &str| s.push_str(&format!("{k} = {}\n", quote(v)));
        line("project", &c.project);
        line("rules", &c.rules);
        line("rules_hash", &c.rules_hash);
        if let Some(h) = &c.case_hash {
            line("case_hash", h);
        }
        line("total", &c.total);
        if let Some(t) = &c.reported_total {
            line("reported_total", t);
        }
        if let Some(g) = &c.grade {
            line("grade", g);
        }
        line("execution", &c.execution);
        if let Some(a) = &c.acceptance {
            acceptance_lines(&mut line, a);
        }
        if c.partial {
            s.push_str("partial = true\n");
        }
        findings_lines(&mut s, c);
        s.push_str(&format!("\n[{key}.indicators]\n"));
        for (k, v) in &c.indicators {
            s.push_str(&format!("{} = {}\n", quote(k), quote(v)));
        }
        for r in &c.history {
            s.push_str(&format!("\n[[{key}.history]]\n"));
            let mut line = |k: &str, v: &str| s.push_str(&format!("{k} = {}\n", quote(v)));
            acceptance_lines(&mut line, &r.acceptance);
            line("rules", &r.rules);
            line("rules_hash", &r.rules_hash);
            line("total", &r.total);
            if let Some(g) = &r.grade {
                line("grade", g);
            }
        }
    }
    s
}

fn acceptance_lines(line: &mut impl FnMut(&str, &str), a: &Acceptance) {
    line("accepted_by", &a.by);
    line("accepted_on", &a.date);
    line("note", &a.note);
}

/// `findings = [ … ]`, each entry followed by its name in the user's words.
fn findings_lines(s: &mut String, c: &AcceptedCase) {
    if c.findings.is_empty() {
        s.push_str("findings = []\n");
        return;
    }
    s.push_str("findings = [\n");
    for (f, code) in c.finding_entries().iter().zip(&c.findings) {
        let name = crate::outcome::words::finding_name(code);
        s.push_str(&format!("  {},  # {}\n", quote(f), name.replace('\n', " ")));
    }
    s.push_str("]\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case() -> AcceptedCase {
        AcceptedCase {
            project: "窗口人员“月度”考核奖".into(),
            rules: "anhui-2023".into(),
            rules_hash: "0123456789abcdef".into(),
            total: "96.5".into(),
            grade: Some("优".into()),
            execution: "7".into(),
            indicators: [
                (
                    "01 数量指标 指标1:覆盖率\"100%\"".to_owned(),
                    "15".to_owned(),
                ),
                (
                    "02 生态效益 指标1:本项目不涉及".to_owned(),
                    NOT_APPLICABLE.to_owned(),
                ),
            ]
            .into_iter()
            .collect(),
            findings: vec!["not-applicable".into(), "score-mismatch".into()],
            places: Some(vec!["生态效益 指标1:本项目不涉及".into(), "总分".into()]),
            acceptance: Some(Acceptance {
                by: "alice".into(),
                date: "2026-05-02".into(),
                note: "first".into(),
            }),
            case_hash: Some("00ff00ff00ff00ff".into()),
            reported_total: Some("93".into()),
            partial: true,
            history: vec![Record {
                acceptance: Acceptance {
                    by: "张三".into(),
                    date: "2025-01-10".into(),
                    note: "2023年度复核完成".into(),
                },
                rules: "anhui-2023".into(),
                rules_hash: "c0ad2c7b889720c5".into(),
                total: "95.8".into(),
                grade: Some("优".into()),
            }],
        }
    }

    #[test]
    fn renders_one_value_per_line_and_parses_back() {
        let mut file = AcceptedFile::default();
        file.cases.insert("2023-01-a".into(), case());
        let text = render("huainan-2023", &file);
        assert!(text.contains("[cases.\"2023-01-a\"]\n"), "{text}");
        assert!(text.contains("total = \"96.5\"\n"), "{text}");
        assert!(
            text.contains("findings = [\n  \"not-applicable @ 生态效益 指标1:本项目不涉及\",  # "),
            "{text}"
        );
        assert!(
            text.contains("\n[[cases.\"2023-01-a\".history]]\naccepted_by = \"张三\"\n"),
            "{text}"
        );
        let back = crate::load::accepted::parse_text(&text);
        assert_eq!(back.ok(), Some(file));
    }

    #[test]
    fn fields_leave_out_hash_and_acceptance() {
        let a = case();
        let mut b = case();
        b.rules_hash = "ffff".into();
        b.acceptance = None;
        assert!(a.same_results(&b));
        b.total = "96".into();
        assert!(!a.same_results(&b));
    }
}
