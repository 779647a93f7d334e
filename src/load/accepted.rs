//! Reading and writing accepted-results files (docs/regression.md): the serde mirror, the
//! parse into [`AcceptedFile`], and the atomic write used by `jixiao regress --accept`.

use super::LoadError;
use crate::diagnostic::{Diagnostic, from_toml_error};
use crate::regress::accepted::{Acceptance, AcceptedCase, AcceptedFile, NOT_APPLICABLE};
use crate::source::Source;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

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

/// Parses the text of an accepted file.
pub fn parse_text(text: &str) -> Result<AcceptedFile, ParseError> {
    let raw: RawAccepted = toml::from_str(text).map_err(ParseError::Toml)?;
    let mut cases = BTreeMap::new();
    for (id, c) in raw.cases {
        let mut indicators = BTreeMap::new();
        for (k, v) in c.indicators {
            let v = if v == NOT_APPLICABLE {
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
        let case = AcceptedCase {
            total: number(&id, "total", &c.total)?,
            execution: number(&id, "execution", &c.execution)?,
            project: c.project,
            rules: c.rules,
            rules_hash: c.rules_hash,
            grade: c.grade,
            indicators,
            findings: c.findings,
            acceptance,
        };
        cases.insert(id, case);
    }
    Ok(AcceptedFile { cases })
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
            ParseError::Toml(e) => from_toml_error("accepted::syntax", &source, &e),
            ParseError::Number(id, field, text) => Diagnostic::error(
                "accepted::number",
                format!("case `{id}`: `{field}` = `{text}` is not a number"),
            )
            .at(&source, 0..0)
            .help("accepted files are written by `jixiao regress --accept`; restore it from git"),
        }
    })))
}

/// Test hook: milliseconds to sleep between writing the temporary file and renaming it, so a
/// test can kill the process in the middle of an accept.
pub const PAUSE_ENV: &str = "JIXIAO_TEST_PAUSE_BEFORE_RENAME_MS";

/// Writes `text` to `path` atomically: a temporary file in the same directory, flushed to
/// disk, renamed over `path`, then the directory flushed. An interrupted write leaves `path`
/// as it was (and at worst a `.<name>.tmp-<pid>` file beside it).
pub fn write_atomic(path: &Path, text: &str) -> Result<(), LoadError> {
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
        f.sync_all()?;
        drop(f);
        if let Some(ms) = std::env::var(PAUSE_ENV)
            .ok()
            .and_then(|v| v.parse::<u64>().ok())
        {
            std::thread::sleep(std::time::Duration::from_millis(ms));
        }
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    // The rename is durable once the directory entry is.
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}
