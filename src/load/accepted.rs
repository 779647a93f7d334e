//! Reading and writing accepted-results files (docs/regression.md): the serde mirror, the
//! parse into [`AcceptedFile`], and the atomic write used by `jixiao regress --accept`.

use super::LoadError;
use crate::diagnostic::codes::AcceptedCode;
use crate::diagnostic::{Diagnostic, from_toml_error};
use crate::i18n::msg;
use crate::source::Source;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// Who accepted a case's result, when and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Acceptance {
    /// Who accepted (`--by`, `$USER`).
    pub by: String,
    /// Date, `YYYY-MM-DD`.
    pub date: String,
    /// Why (`--note`).
    pub note: String,
}

/// An earlier acceptance of a case, kept when it was accepted again (tester s15c F3: a
/// re-accept replaced last year's sign-off in place): who, when, why, and what was accepted.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Record {
    /// Who accepted, when and why.
    pub acceptance: Acceptance,
    /// The rule set id the result was computed under.
    pub rules: String,
    /// Its content hash then.
    pub rules_hash: String,
    /// The computed total then.
    pub total: String,
    /// The grade then.
    pub grade: Option<String>,
}

/// The accepted result of one case. Numbers are kept as normalised decimal text (`96.5`, not
/// `96.50`), so equal values compare equal and the file shows them as written.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AcceptedCase {
    /// 项目名称.
    pub project: String,
    /// Rule set id the result was computed under.
    pub rules: String,
    /// That rule set's content hash.
    pub rules_hash: String,
    /// Computed total.
    pub total: String,
    /// Grade, when the rule set has grades.
    pub grade: Option<String>,
    /// Budget execution score; [`UNKNOWN`] when it could not be worked out (its 全年预算数
    /// or 全年执行数 blank or unreadable, or no 项目资金 row read). A file accepted before
    /// this was kept holds `0` for such a case.
    pub execution: String,
    /// Indicator scores by key (`01 数量指标 指标1:…`, form order), `n/a` when not applicable.
    pub indicators: BTreeMap<String, String>,
    /// Finding codes, sorted, repeated as often as they occur.
    pub findings: Vec<String>,
    /// The line of the form each finding is on, in the order of `findings`
    /// ([`crate::source::Place::row`]; written `"code @ line"`); none in a file accepted
    /// before places were kept, whose findings are compared by code only (tester s12b N5).
    pub places: Option<Vec<String>>,
    /// Who accepted it; none for a result computed now and not yet accepted.
    pub acceptance: Option<Acceptance>,
    /// The hash of the case file as accepted ([`crate::load::inherit::content_hash`]), so
    /// `regress` can tell a re-submitted form from a rule change (tester s15c F2); none in a
    /// file accepted before it was kept.
    pub case_hash: Option<String>,
    /// The total written on the form, normalised; none when the form has none. Kept for the
    /// reader of the file (tester s15c F4), not compared.
    pub reported_total: Option<String>,
    /// The total is only a partial sum (the form cut short, its execution score unknown…).
    /// Kept for the reader, not compared: the findings say why.
    pub partial: bool,
    /// Earlier acceptances, oldest first (tester s15c F3).
    pub history: Vec<Record>,
}

/// The accepted results of one corpus, by case id (the case file's path inside the corpus
/// directory, without `.toml`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AcceptedFile {
    /// Cases by id, sorted.
    pub cases: BTreeMap<String, AcceptedCase>,
}

/// What an indicator score is written as when the indicator is not applicable.
pub const NOT_APPLICABLE: &str = "n/a";

/// What an execution score is written as when it is unknown, not 0 (session 13: its
/// figures could not be read), and an indicator's that could not be scored (tester s15r N3).
pub const UNKNOWN: &str = "unknown";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccepted {
    #[serde(default)]
    cases: BTreeMap<String, RawAcceptedCase>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAcceptedCase {
    project: String,
    rules: String,
    rules_hash: String,
    total: String,
    #[serde(default)]
    grade: Option<String>,
    execution: String,
    #[serde(default)]
    accepted_by: Option<String>,
    #[serde(default)]
    accepted_on: Option<String>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    findings: Vec<String>,
    #[serde(default)]
    indicators: BTreeMap<String, String>,
    #[serde(default)]
    case_hash: Option<String>,
    #[serde(default)]
    reported_total: Option<String>,
    #[serde(default)]
    partial: bool,
    #[serde(default)]
    history: Vec<RawRecord>,
}

/// `[[cases."<id>".history]]`: an earlier acceptance.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecord {
    #[serde(default)]
    accepted_on: Option<String>,
    #[serde(default)]
    accepted_by: Option<String>,
    #[serde(default)]
    note: Option<String>,
    rules: String,
    rules_hash: String,
    total: String,
    #[serde(default)]
    grade: Option<String>,
}

/// Why an accepted file's text could not be used.
#[derive(Debug)]
pub enum ParseError {
    /// Not TOML of the expected shape.
    Toml(toml::de::Error),
    /// A number that is not a decimal: (case id, field, text).
    Number(String, String, String),
}

fn number(id: &str, field: &str, text: &str) -> Result<String, ParseError> {
    rust_decimal::Decimal::from_str_exact(text.trim())
        .map(|d| d.normalize().to_string())
        .map_err(|_| ParseError::Number(id.to_owned(), field.to_owned(), text.to_owned()))
}

/// Parses the text of an accepted file: the fast reader for files in the layout
/// `jixiao regress --accept` writes, the TOML parser for anything else and every error.
pub fn parse_text(text: &str) -> Result<AcceptedFile, ParseError> {
    let raw = match read_fast(text) {
        Some(raw) => raw,
        None => toml::from_str(text).map_err(ParseError::Toml)?,
    };
    let mut cases = BTreeMap::new();
    for (id, c) in raw.cases {
        let mut indicators = BTreeMap::new();
        for (k, v) in c.indicators {
            // `unknown`: a line that could not be scored (tester s15r N3).
            let v = if v == NOT_APPLICABLE || v == UNKNOWN {
                v
            } else {
                number(&id, &k, &v)?
            };
            indicators.insert(k, v);
        }
        let acceptance = match (c.accepted_by, c.accepted_on, c.note) {
            (None, None, None) => None,
            (by, date, note) => Some(Acceptance {
                by: by.unwrap_or_default(),
                date: date.unwrap_or_default(),
                note: note.unwrap_or_default(),
            }),
        };
        let (findings, places) = split_places(c.findings);
        let reported_total = match c.reported_total {
            Some(t) => Some(number(&id, "reported_total", &t)?),
            None => None,
        };
        let history = c
            .history
            .into_iter()
            .map(|r| record(&id, r))
            .collect::<Result<Vec<_>, _>>()?;
        let case = AcceptedCase {
            // A form with no points has no total (#15).
            total: if c.total == NOT_APPLICABLE {
                c.total
            } else {
                number(&id, "total", &c.total)?
            },
            execution: if c.execution == UNKNOWN {
                c.execution
            } else {
                number(&id, "execution", &c.execution)?
            },
            project: c.project,
            rules: c.rules,
            rules_hash: c.rules_hash,
            grade: c.grade,
            indicators,
            findings,
            places,
            acceptance,
            case_hash: c.case_hash,
            reported_total,
            partial: c.partial,
            history,
        };
        cases.insert(id, case);
    }
    Ok(AcceptedFile { cases })
}

/// An earlier acceptance as read: a total that is not a number (nor `n/a`) is an error, as
/// at the top of the entry.
fn record(id: &str, r: RawRecord) -> Result<Record, ParseError> {
    let total = r.total;
    Ok(Record {
        acceptance: Acceptance {
            by: r.accepted_by.unwrap_or_default(),
            date: r.accepted_on.unwrap_or_default(),
            note: r.note.unwrap_or_default(),
        },
        rules: r.rules,
        rules_hash: r.rules_hash,
        total: if total == NOT_APPLICABLE {
            total
        } else {
            number(id, "history.total", &total)?
        },
        grade: r.grade,
    })
}

/// What separates a finding's code from its line in an accepted file: `"score-mismatch @
/// 效益指标 指标1:管护机制"`.
pub const PLACE_MARK: &str = " @ ";

/// The codes of a case's findings and their lines: none when an entry has no line (a file
/// accepted before places were kept).
fn split_places(entries: Vec<String>) -> (Vec<String>, Option<Vec<String>>) {
    let mut codes = Vec::with_capacity(entries.len());
    let mut places = Some(Vec::with_capacity(entries.len()));
    for e in entries {
        match e.split_once(PLACE_MARK) {
            Some((code, place)) => {
                codes.push(code.trim().to_owned());
                if let Some(p) = places.as_mut() {
                    p.push(place.trim().to_owned());
                }
            }
            None => {
                codes.push(e.trim().to_owned());
                places = None;
            }
        }
    }
    (codes, places)
}

/// `[cases."<id>"]` while it is read.
#[derive(Default)]
struct FastCase {
    project: Option<String>,
    rules: Option<String>,
    rules_hash: Option<String>,
    total: Option<String>,
    grade: Option<String>,
    execution: Option<String>,
    accepted_by: Option<String>,
    accepted_on: Option<String>,
    note: Option<String>,
    findings: Option<Vec<String>>,
    indicators: BTreeMap<String, String>,
    case_hash: Option<String>,
    reported_total: Option<String>,
    partial: Option<bool>,
    history: Vec<FastRecord>,
    /// Whether `[cases."<id>"]` and `[cases."<id>".indicators]` were opened (twice is an
    /// error for TOML).
    opened: (bool, bool),
}

impl FastCase {
    /// A `key = value` of `[cases."<id>"]`; `None` for a key or value it does not take.
    fn set(&mut self, key: &str, value: super::fast_toml::Value) -> Option<()> {
        use super::fast_toml::{Value, once};
        match key {
            "findings" => return once(&mut self.findings, value.strings()),
            "partial" => {
                return match value {
                    Value::Bool(b) => once(&mut self.partial, Some(b)),
                    _ => None,
                };
            }
            _ => {}
        }
        let slot = match key {
            "project" => &mut self.project,
            "rules" => &mut self.rules,
            "rules_hash" => &mut self.rules_hash,
            "total" => &mut self.total,
            "grade" => &mut self.grade,
            "execution" => &mut self.execution,
            "accepted_by" => &mut self.accepted_by,
            "accepted_on" => &mut self.accepted_on,
            "note" => &mut self.note,
            "case_hash" => &mut self.case_hash,
            "reported_total" => &mut self.reported_total,
            _ => return None,
        };
        once(slot, value.string())
    }

    /// The entry read; `None` when a key it needs is missing.
    fn raw(self) -> Option<RawAcceptedCase> {
        let history = self
            .history
            .into_iter()
            .map(FastRecord::raw)
            .collect::<Option<Vec<_>>>()?;
        Some(RawAcceptedCase {
            project: self.project?,
            rules: self.rules?,
            rules_hash: self.rules_hash?,
            total: self.total?,
            grade: self.grade,
            execution: self.execution?,
            accepted_by: self.accepted_by,
            accepted_on: self.accepted_on,
            note: self.note,
            findings: self.findings.unwrap_or_default(),
            indicators: self.indicators,
            case_hash: self.case_hash,
            reported_total: self.reported_total,
            partial: self.partial.unwrap_or(false),
            history,
        })
    }
}

/// `[[cases."<id>".history]]` while it is read.
#[derive(Default)]
struct FastRecord {
    accepted_on: Option<String>,
    accepted_by: Option<String>,
    note: Option<String>,
    rules: Option<String>,
    rules_hash: Option<String>,
    total: Option<String>,
    grade: Option<String>,
}

impl FastRecord {
    fn set(&mut self, key: &str, value: super::fast_toml::Value) -> Option<()> {
        let slot = match key {
            "accepted_on" => &mut self.accepted_on,
            "accepted_by" => &mut self.accepted_by,
            "note" => &mut self.note,
            "rules" => &mut self.rules,
            "rules_hash" => &mut self.rules_hash,
            "total" => &mut self.total,
            "grade" => &mut self.grade,
            _ => return None,
        };
        super::fast_toml::once(slot, value.string())
    }

    fn raw(self) -> Option<RawRecord> {
        Some(RawRecord {
            accepted_on: self.accepted_on,
            accepted_by: self.accepted_by,
            note: self.note,
            rules: self.rules?,
            rules_hash: self.rules_hash?,
            total: self.total?,
            grade: self.grade,
        })
    }
}

/// Where the fast reader puts the keys it reads.
enum At {
    /// `[cases."<id>"]`.
    Case(String),
    /// `[cases."<id>".indicators]`.
    Indicators(String),
    /// The last `[[cases."<id>".history]]`.
    History(String),
}

/// Reads an accepted file in the layout [`crate::regress::accepted::render`] writes, on the
/// line reader of [`super::fast_toml`] (a 100,000-case file took the TOML parser 4 s and
/// 1.3 GB). `None` for anything else, and for every mistake: the TOML parser decides those. A
/// test checks that both read the same.
fn read_fast(text: &str) -> Option<RawAccepted> {
    use super::fast_toml::{Line, Reader};
    let mut r = Reader::new(text)?;
    let mut cases: BTreeMap<String, FastCase> = BTreeMap::new();
    // Where keys go: nowhere yet (the root takes none), a case, its indicators or its last
    // earlier acceptance.
    let mut at: Option<At> = None;
    while let Some(line) = r.next()? {
        match line {
            Line::Table {
                path, array: false, ..
            } => {
                let (id, indicators) = match path.as_slice() {
                    [c, id] if c == "cases" => (id.to_string(), false),
                    [c, id, i] if c == "cases" && i == "indicators" => (id.to_string(), true),
                    _ => return None,
                };
                let case = cases.entry(id.clone()).or_default();
                let opened = match indicators {
                    false => &mut case.opened.0,
                    true => &mut case.opened.1,
                };
                if *opened {
                    return None;
                }
                *opened = true;
                at = Some(match indicators {
                    false => At::Case(id),
                    true => At::Indicators(id),
                });
            }
            Line::Table {
                path, array: true, ..
            } => {
                let id = match path.as_slice() {
                    [c, id, h] if c == "cases" && h == "history" => id.to_string(),
                    _ => return None,
                };
                cases
                    .entry(id.clone())
                    .or_default()
                    .history
                    .push(FastRecord::default());
                at = Some(At::History(id));
            }
            Line::Pair { key, value } => {
                let case = match at.as_ref()? {
                    At::Indicators(id) => {
                        let case = cases.get_mut(id)?;
                        let v = value.string()?;
                        if case.indicators.insert(key.into_owned(), v).is_some() {
                            return None;
                        }
                        continue;
                    }
                    At::History(id) => {
                        cases.get_mut(id)?.history.last_mut()?.set(&key, value)?;
                        continue;
                    }
                    At::Case(id) => cases.get_mut(id)?,
                };
                case.set(&key, value)?;
            }
        }
    }
    let mut out = BTreeMap::new();
    for (id, c) in cases {
        out.insert(id, c.raw()?);
    }
    Some(RawAccepted { cases: out })
}

/// Reads an accepted file: none when it does not exist yet, a diagnostic when it cannot be
/// used.
pub fn read(path: &Path) -> Result<Option<Result<AcceptedFile, Diagnostic>>, LoadError> {
    if !path.exists() {
        return Ok(None);
    }
    let source: Source = super::read_source(path)?;
    Ok(Some(parse_text(&source.text).map_err(|e| {
        match e {
            ParseError::Toml(e) => from_toml_error(AcceptedCode::Syntax, &source, &e),
            ParseError::Number(id, field, text) => Diagnostic::error(
                AcceptedCode::Number,
                msg!("accepted-not-a-number", id = id, field = field, text = text),
            )
            .at(&source, 0..0)
            .help(msg!("accepted-not-a-number-help")),
        }
    })))
}

/// Test hook: milliseconds to sleep between writing the temporary file and renaming it, so a
/// test can kill the process in the middle of an accept.
pub const PAUSE_ENV: &str = "JIXIAO_TEST_PAUSE_BEFORE_RENAME_MS";

/// Writes `text` to `path` atomically: a temporary file in the same directory, flushed to
/// disk, renamed over `path`, then the directory flushed. An interrupted write leaves `path`
/// as it was (and at worst a `.<name>.tmp-<pid>` file beside it, which [`recover`] removes).
pub fn write_atomic(path: &Path, text: &str) -> Result<(), LoadError> {
    let tmp = stage(path, text)?;
    if let Err(source) = std::fs::rename(&tmp, path) {
        let _ = std::fs::remove_file(&tmp);
        return Err(LoadError::Write {
            path: path.to_owned(),
            source,
        });
    }
    sync_dir(path);
    Ok(())
}

/// Test hook: sleeps [`PAUSE_ENV`] milliseconds, if set.
fn pause() {
    if let Some(ms) = std::env::var(PAUSE_ENV)
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

/// Writes `text` to `.<name>.tmp-<pid>` beside `path`, flushed to disk; returns its path.
fn stage(path: &Path, text: &str) -> Result<std::path::PathBuf, LoadError> {
    let fail = |source| LoadError::Write {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => std::path::PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(fail)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let written = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    Ok(tmp)
}

/// Flushes the directory holding `path`: a rename is durable once the directory entry is.
fn sync_dir(path: &Path) {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// The journal of an accept in progress, in the rules root: one `staged\tfinal` line per
/// file, paths relative to the root. Written once every new file is staged, removed once every
/// file is renamed: while it exists the accept is decided and is completed by the next run.
pub const JOURNAL: &str = ".jixiao-accept-journal";

/// Writes several accepted files as one change (#18 item 10): every file is staged beside its
/// target and flushed, then a journal naming them all is written, then each is renamed over
/// its target and the journal removed. A kill before the journal leaves every file old (and
/// staged files that [`recover`] removes); a kill after it leaves files that [`recover`]
/// brings forward, so no run ever sees one corpus new and another old.
pub fn write_all_atomic(
    root: &Path,
    files: &[(std::path::PathBuf, String)],
) -> Result<(), LoadError> {
    let mut staged = Vec::with_capacity(files.len());
    for (path, text) in files {
        match stage(path, text) {
            Ok(tmp) => staged.push((tmp, path.clone())),
            Err(e) => {
                for (tmp, _) in &staged {
                    let _ = std::fs::remove_file(tmp);
                }
                return Err(e);
            }
        }
    }
    let journal: String = staged
        .iter()
        .map(|(tmp, path)| format!("{}\t{}\n", relative(root, tmp), relative(root, path)))
        .collect();
    if let Err(e) = write_atomic(&root.join(JOURNAL), &journal) {
        for (tmp, _) in &staged {
            let _ = std::fs::remove_file(tmp);
        }
        return Err(e);
    }
    pause();
    for (tmp, path) in &staged {
        std::fs::rename(tmp, path).map_err(|source| LoadError::Write {
            path: path.clone(),
            source,
        })?;
        sync_dir(path);
    }
    let journal = root.join(JOURNAL);
    std::fs::remove_file(&journal).map_err(|source| LoadError::Write {
        path: journal,
        source,
    })
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Finishes or clears what an interrupted accept left under `root`: the renames of a journal
/// still present are completed, then staged files (`.<name>.tmp-<pid>`) left in any
/// `<id>/accepted/` are removed. Returns one line per thing done, for the user, in words.
pub fn recover(root: &Path) -> Result<Vec<crate::i18n::Message>, LoadError> {
    let mut done = Vec::new();
    let journal = root.join(JOURNAL);
    if journal.is_file() {
        let text = super::read_source(&journal)?.text.clone();
        let mut completed = 0usize;
        for line in text.lines() {
            let Some((tmp, path)) = line.split_once('\t') else {
                continue;
            };
            let (tmp, path) = (root.join(tmp), root.join(path));
            if tmp.is_file() {
                std::fs::rename(&tmp, &path).map_err(|source| LoadError::Write {
                    path: path.clone(),
                    source,
                })?;
                sync_dir(&path);
                completed += 1;
            }
        }
        std::fs::remove_file(&journal).map_err(|source| LoadError::Write {
            path: journal.clone(),
            source,
        })?;
        done.push(crate::i18n::msg!("accept-recovered", count = completed));
    }
    let Ok(sets) = std::fs::read_dir(root) else {
        return Ok(done);
    };
    let mut leftovers = Vec::new();
    for set in sets.flatten() {
        let Ok(entries) = std::fs::read_dir(set.path().join("accepted")) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') && name.contains(".tmp-") && e.path().is_file() {
                leftovers.push(e.path());
            }
        }
    }
    leftovers.sort();
    for path in leftovers {
        std::fs::remove_file(&path).map_err(|source| LoadError::Write {
            path: path.clone(),
            source,
        })?;
        done.push(crate::i18n::msg!(
            "accept-leftover-removed",
            path = path.display().to_string()
        ));
    }
    Ok(done)
}

/// Where the rule set a result was accepted under is kept:
/// `<rules-root>/<id>/accepted/rules/<hash>/`, a self-contained copy (the resolved rule file
/// and its scripts) that `regress` diffs against the rule set now to say which rule change
/// moved a case (#19).
pub fn snapshot_dir(root: &Path, id: &str, hash: &str) -> std::path::PathBuf {
    root.join(id).join("accepted").join("rules").join(hash)
}

/// What [`write_snapshot`] keeps of a validated rule set.
#[derive(Debug)]
pub struct Snapshot<'a> {
    /// Its id.
    pub id: &'a str,
    /// Its hash.
    pub hash: &'a str,
    /// Its scripts: the name the rule file gives each, and its text.
    pub scripts: Vec<(&'a str, &'a str)>,
}

/// Writes the snapshot of the rule set in `dir` (its resolved text without `extends`, and its
/// scripts by the names the rule file gives them) unless it exists. Returns whether it wrote.
pub fn write_snapshot(root: &Path, set: &Snapshot, dir: &Path) -> Result<bool, LoadError> {
    let target = snapshot_dir(root, set.id, set.hash);
    if target.join(super::RULES_FILE).is_file() {
        return Ok(false);
    }
    let resolved = super::inherit::resolve(dir)?;
    // Self-contained: the chain is merged already, and scripts are all beside it.
    let text: String = resolved
        .text()
        .lines()
        .filter(|l| !l.starts_with("extends = ") && !l.starts_with("scripts_inherit = "))
        .map(|l| format!("{l}\n"))
        .collect();
    let header = format!(
        "# The rule set `{}` (hash {}) as results were accepted under it, written by\n\
         # `jixiao regress --accept` so that `regress` can say which rule change moved a case.\n\n",
        set.id, set.hash
    );
    for (name, text) in &set.scripts {
        write_atomic(&target.join(name), text)?;
    }
    write_atomic(&target.join(super::RULES_FILE), &format!("{header}{text}"))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::{RawAccepted, read_fast};

    /// The fast reader declines or reads what the TOML parser reads; it never accepts a file
    /// the TOML parser refuses.
    fn agrees(name: &str, text: &str) {
        crate::load::fast_toml::assert_agrees(
            name,
            read_fast(text),
            toml::from_str::<RawAccepted>(text),
        );
    }

    #[test]
    fn reads_the_shipped_accepted_files_as_toml_does_and_declines_what_it_does_not_read() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        let mut texts = Vec::new();
        for rules in std::fs::read_dir(root).into_iter().flatten().flatten() {
            let dir = rules.path().join("accepted");
            for f in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                if let Ok(t) = std::fs::read_to_string(f.path()) {
                    texts.push((f.path().display().to_string(), t));
                }
            }
        }
        assert!(texts.len() >= 4, "found {} accepted files", texts.len());
        for (name, text) in &texts {
            assert!(read_fast(text).is_some(), "{name} not read fast");
            agrees(name, text);
        }
        // Edits: each line removed, each line repeated, and foreign lines inserted.
        let foreign = [
            "x = \"1\"\n",
            "total = 5\n",
            "[cases]\n",
            "[[cases.\"a\"]]\n",
            "indicators = {}\n",
            "'k' = 'v'\n",
            "grade = '''优'''\n",
            "[cases.\"2023-01-a\".indicators]\n\"01 a\" = \"1\"\n",
            "[cases.'2023-01-b']\nproject = 'p'\nrules = \"r\"\nrules_hash = \"h\"\ntotal = \"1\"\nexecution = \"0\"\n",
        ];
        let mut read = 0;
        for (name, text) in texts.iter().take(2) {
            let lines: Vec<&str> = text.split_inclusive('\n').collect();
            for i in 0..lines.len() {
                let mut cut = lines.clone();
                cut.remove(i);
                agrees(&format!("{name} without line {i}"), &cut.concat());
                let mut twice = lines.clone();
                twice.insert(i, lines[i]);
                agrees(&format!("{name} with line {i} twice"), &twice.concat());
                let mut with = lines.clone();
                with.insert(i, foreign[i % foreign.len()]);
                let t = with.concat();
                read += usize::from(read_fast(&t).is_some());
                agrees(&format!("{name} with a foreign line at {i}"), &t);
            }
        }
        assert!(read > 0, "no edited file was read fast");
    }

    /// A form with no points has no total (#15): accepted as `n/a`, read back as such.
    #[test]
    fn a_form_without_a_total_round_trips_as_not_applicable() {
        let text = "[cases.\"2020-01-a\"]\nproject = \"p\"\nrules = \"r\"\nrules_hash = \"h\"\ntotal = \"n/a\"\nexecution = \"0\"\nfindings = []\n";
        let total = super::parse_text(text)
            .ok()
            .and_then(|f| f.cases.get("2020-01-a").map(|c| c.total.clone()));
        assert_eq!(total.as_deref(), Some(super::NOT_APPLICABLE));
        let bad = text.replace("n/a", "n/b");
        assert!(super::parse_text(&bad).is_err());
    }

    /// An execution score that could not be worked out is kept as `unknown`, not `0`, and
    /// read back as such; a file accepted before (`0`) still loads (session 14).
    #[test]
    fn an_unknown_execution_round_trips_and_an_old_zero_still_loads() {
        let text = "[cases.\"2020-01-a\"]\nproject = \"p\"\nrules = \"r\"\nrules_hash = \"h\"\ntotal = \"74.5\"\nexecution = \"unknown\"\nfindings = []\n";
        let execution = |t: &str| {
            super::parse_text(t)
                .ok()
                .and_then(|f| f.cases.get("2020-01-a").map(|c| c.execution.clone()))
        };
        assert_eq!(execution(text).as_deref(), Some(super::UNKNOWN));
        assert_eq!(
            execution(&text.replace("\"unknown\"", "\"0\"")).as_deref(),
            Some("0")
        );
        assert!(super::parse_text(&text.replace("unknown", "unknow")).is_err());
    }
}
