//! Stage: load, pure I/O. Reads files into `Raw*` serde mirrors with spans, resolves rule set
//! chains and reads their scripts (through [`files::Files`]: the disk or memory), finds case
//! files, reads and writes accepted results. Validation is the next stage's
//! ([`crate::pipeline::rule_sets`] runs both).

pub mod accepted;
mod fast_case;
mod fast_toml;
pub mod files;
pub mod full_width;
pub mod inherit;
pub mod raw_case;
pub mod raw_rules;
pub mod saved_page;
pub mod unknown;

use crate::i18n::{Message, msg};
use crate::source::{Source, SourceFile};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Operational failures: files that cannot be read or written. Shown in the user's language
/// ([`LoadError::message`]): the path as given, the cause in words (#16).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A file or directory could not be read.
    #[error("{}", self.message())]
    Read {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A file could not be written.
    #[error("{}", self.message())]
    Write {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

impl LoadError {
    /// The failure in words: `cannot read `x.toml`: …` (无法读取“x.toml”：…).
    pub fn message(&self) -> Message {
        match self {
            LoadError::Read { path, source } => msg!(
                "load-cannot-read",
                path = path.display().to_string(),
                reason = io_reason(source)
            ),
            LoadError::Write { path, source } => msg!(
                "load-cannot-write",
                path = path.display().to_string(),
                reason = io_reason(source)
            ),
        }
    }
}

/// A cause jixiao words itself (a file too large, not UTF-8), carried inside an
/// [`std::io::Error`] and shown in the user's language.
#[derive(Debug)]
struct Worded(Message);

impl std::fmt::Display for Worded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Worded {}

/// An I/O error carrying a cause in words.
pub(crate) fn worded_io_error(kind: std::io::ErrorKind, message: Message) -> std::io::Error {
    std::io::Error::new(kind, Worded(message))
}

/// Why a file could not be read or written, in words: jixiao's own cause as it worded it, the
/// usual operating-system causes in the user's language (English shows the system's text, as
/// before), any other as the system words it.
pub fn io_reason(e: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    if let Some(worded) = e.get_ref().and_then(|inner| inner.downcast_ref::<Worded>()) {
        return worded.0.clone();
    }
    // The system's own causes only (a cause in memory or a library's keeps its words). The
    // English texts are the system's (Linux's) words for these codes.
    let Some(code) = e.raw_os_error() else {
        return msg!("io-other", os = e.to_string());
    };
    let code = code.to_string();
    match e.kind() {
        ErrorKind::NotFound => msg!("io-not-found", code = code),
        ErrorKind::PermissionDenied => msg!("io-permission-denied", code = code),
        ErrorKind::IsADirectory => msg!("io-is-a-directory", code = code),
        ErrorKind::NotADirectory => msg!("io-not-a-directory", code = code),
        ErrorKind::ReadOnlyFilesystem => msg!("io-read-only", code = code),
        ErrorKind::StorageFull => msg!("io-storage-full", code = code),
        ErrorKind::AlreadyExists => msg!("io-already-exists", code = code),
        _ => msg!("io-other", os = e.to_string()),
    }
}

/// Reads a UTF-8 file into a [`Source`] named by its path as given. A file in another
/// encoding (GBK, the usual one of Chinese Windows tools) is refused with where and how to
/// re-save it (#18).
pub fn read_source(path: &Path) -> Result<Source, LoadError> {
    let read_error = |source| LoadError::Read {
        path: path.to_owned(),
        source,
    };
    let bytes = read_capped(path, MAX_SOURCE_BYTES).map_err(read_error)?;
    source_from_bytes(path, bytes)
}

/// The bytes of the file at `path`, already read, as a [`Source`] named by the path as given;
/// refused as [`read_source`] refuses a file that is not UTF-8.
pub fn source_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Source, LoadError> {
    let text = String::from_utf8(bytes).map_err(|e| LoadError::Read {
        path: path.to_owned(),
        source: worded_io_error(
            std::io::ErrorKind::InvalidData,
            not_utf8_message(e.as_bytes(), e.utf8_error().valid_up_to()),
        ),
    })?;
    Ok(SourceFile::new(path.display().to_string(), text))
}

/// The largest rule, case or script file read (8 MiB). A form's case file is a few KB; a
/// 200 MB case file with 1.89 million indicators took 4.2 GB to score (issue #18 item 11).
pub const MAX_SOURCE_BYTES: u64 = 8 << 20;

/// Reads a file of at most `limit` bytes; a larger one is refused unread, with its size.
pub fn read_capped(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    // One byte past the limit tells a file at the limit from a larger one, even one that
    // grows while it is read.
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        let size = std::fs::metadata(path).map_or(limit, |m| m.len().max(limit));
        return Err(worded_io_error(
            std::io::ErrorKind::InvalidData,
            too_large_message(size, limit),
        ));
    }
    Ok(bytes)
}

fn too_large_message(size: u64, limit: u64) -> Message {
    msg!(
        "load-too-large",
        size = size.div_ceil(1 << 20).to_string(),
        limit = (limit >> 20).to_string()
    )
}

/// Why a rule or case file that is not UTF-8 was refused, and how to re-save it.
fn not_utf8_message(bytes: &[u8], valid_up_to: usize) -> Message {
    let before = bytes.get(..valid_up_to).unwrap_or(&[]);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(before.get(line_start..).unwrap_or(&[]))
        .chars()
        .count()
        + 1;
    let (_, gbk_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    msg!(
        "load-not-utf8",
        gbk = if gbk_errors { "no" } else { "yes" },
        line = line.to_string(),
        column = column.to_string()
    )
}

/// Reads a file's bytes (forms to import may be binary workbooks).
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    std::fs::read(path).map_err(|source| LoadError::Read {
        path: path.to_owned(),
        source,
    })
}

/// Writes a file's bytes (reports, workbooks, case files) through a temporary file beside it,
/// renamed into place when complete: an interrupted write never leaves half a file, and
/// never half of the file it replaces.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), LoadError> {
    let temp = temp_path(path);
    let written = std::fs::File::create(&temp)
        .and_then(|mut f| {
            std::io::Write::write_all(&mut f, bytes)?;
            f.sync_all()
        })
        .and_then(|()| std::fs::rename(&temp, path));
    written.map_err(|source| {
        let _ = std::fs::remove_file(&temp);
        LoadError::Write {
            path: path.to_owned(),
            source,
        }
    })
}

/// Writes many files as [`write_bytes`] writes one (a temporary file beside each, synced, then
/// renamed into place), several at a time: a sync waits for the disk, and one file after
/// another made `import` of 10,000 forms wait 10,000 times (#15). The results are in the
/// order of `files`.
pub fn write_all(files: &[(PathBuf, &[u8])]) -> Vec<Result<(), LoadError>> {
    /// Files in flight at once: enough for the file system to commit their syncs together.
    const AT_ONCE: usize = 16;
    let per = files.len().div_ceil(AT_ONCE).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = files
            .chunks(per)
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|(path, bytes)| write_bytes(path, bytes))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .zip(files.chunks(per))
            .flat_map(|(worker, chunk)| {
                worker.join().unwrap_or_else(|_| {
                    chunk
                        .iter()
                        .map(|(path, _)| {
                            Err(LoadError::Write {
                                path: path.clone(),
                                source: worded_io_error(
                                    std::io::ErrorKind::Other,
                                    msg!("load-writer-failed"),
                                ),
                            })
                        })
                        .collect()
                })
            })
            .collect()
    })
}

/// The temporary file an output is written to before it is renamed to `path`: hidden,
/// beside it (a rename within one directory is atomic), named by the process.
pub fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// The file of a rule set directory.
pub const RULES_FILE: &str = "rules.toml";

/// The script files a resolved rule set names (`[[scripts]] file`), each read beside the rule
/// file that declares it (#19), and the rule set's hash: the hash of its chain of rule files
/// and of every script read, so any edit changes it.
#[derive(Debug)]
pub struct ScriptsRead {
    /// Each script's text, or why it could not be read, by the name the rule file gives.
    pub sources: ScriptSources,
    /// Every `[[scripts]] file` as written, in order (the watch loop watches these names).
    pub names: Vec<String>,
    /// The rule set's hash.
    pub hash: String,
}

/// Reads the scripts a resolved rule set names; pure I/O, no validation (a script that cannot
/// be read is kept as the reason, which validation reports at the `file` key).
pub fn read_scripts(resolved: &inherit::Resolved) -> ScriptsRead {
    read_scripts_in(&files::Disk, resolved)
}

/// [`read_scripts`], reading through `fs` (the disk, or memory).
pub fn read_scripts_in(fs: &dyn files::Files, resolved: &inherit::Resolved) -> ScriptsRead {
    let mut hasher = Sha256::new();
    hasher.update(resolved.hash.as_bytes());
    let names = toml::from_str::<raw_rules::ScriptFiles>(&resolved.source.text).unwrap_or_default();
    let mut sources = ScriptSources::new();
    let mut all = Vec::with_capacity(names.scripts.len());
    for s in names.scripts {
        let (span, file) = (s.file.span(), s.file.into_inner());
        all.push(file.clone());
        if sources.contains_key(&file) {
            continue;
        }
        // Relative to the rule file that declares the script (#19): a parent's scripts are
        // read from the parent's directory, a child's from its own.
        let (declared_in, _) = resolved.map(span);
        let dir = Path::new(&declared_in.name)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        // A script that cannot be read is a problem in the rule set (validation reports it at
        // the `file` key), not an operational failure.
        let read = script_path(fs, std::slice::from_ref(&dir), &file).and_then(|path| {
            fs.read(&path).map_err(|e| match e {
                LoadError::Read { source, .. } => io_reason(&source).to_string(),
                LoadError::Write { source, .. } => io_reason(&source).to_string(),
            })
        });
        if let Ok(src) = &read {
            // Length-prefixed so that moving text between files changes the hash; the name as
            // the rule file writes it (relative), never the path it was read from.
            let text = inherit::hash_text(&src.text);
            hasher.update((file.len() as u64).to_le_bytes());
            hasher.update(file.as_bytes());
            hasher.update((text.len() as u64).to_le_bytes());
            hasher.update(text.as_bytes());
        }
        sources.insert(file, read);
    }
    let digest = hasher.finalize();
    let hash: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    ScriptsRead {
        sources,
        names: all,
        hash,
    }
}

/// Where a script named `file` is read from: beside the rule file that declares it (#19), and
/// only inside that rule file's directory: an absolute path, `../x` or a link out is
/// refused unread, so no file outside the rule sets is read or echoed (issue #18 item 8).
fn script_path(fs: &dyn files::Files, dirs: &[PathBuf], file: &str) -> Result<PathBuf, String> {
    for d in dirs {
        let path = d.join(file);
        if !fs.is_file(&path) {
            continue;
        }
        let inside = match (fs.canonical(d), fs.canonical(&path)) {
            (Some(d), Some(p)) => p.starts_with(d),
            _ => false,
        };
        return match inside {
            true => Ok(path),
            false => Err(msg!("script-outside-rule-set").to_string()),
        };
    }
    Ok(dirs
        .first()
        .map_or_else(|| PathBuf::from(file), |d| d.join(file)))
}

/// Script files of a rule set by the name its rule file gives them: the text, or why it could
/// not be read.
pub type ScriptSources = BTreeMap<String, Result<Source, String>>;

/// Every `*.toml` case file under the given paths (files as given, directories recursively),
/// sorted within each directory so runs are repeatable.
pub fn case_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    Ok(walk_case_files(paths)?.files)
}

/// What [`walk_case_files`] found.
#[derive(Debug, Default)]
pub struct Walked {
    /// The case files, in order (with [`Take::Inputs`], the files of forms among them).
    pub files: Vec<PathBuf>,
    /// Links to directories that were not followed: into a directory that contains them
    /// (`ln -s .. loop`), or into one already walked (issue #18 item 3).
    pub skipped_links: Vec<PathBuf>,
    /// Files in the walked directories that were not taken, and why ([`Take::Inputs`], and
    /// rule-set folders in either walk: a walk for case files passes over everything else but
    /// `*.toml` without a word).
    pub skipped: Vec<(PathBuf, Skipped)>,
}

/// What a walk over directories takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Take {
    /// `*.toml` case files only (`check`, `regress`, `export`, `watch`).
    CaseFiles,
    /// Case files and files of forms as they are received (`score DIR`, `import DIR`, #16
    /// s9 F21): workbooks, documents, pages and text, read by content as a file named on the
    /// command line is (an old Word `.doc` or WPS `.wps` too, s18). A PDF or a zip is taken
    /// too, so that the reader says what to do with it.
    Inputs,
}

/// Why a file in a walked directory was not taken ([`Take::Inputs`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skipped {
    /// The temporary file Excel, WPS or Word keeps beside a document while it is open
    /// (`~$表.xlsx`): not a form.
    OfficeLock,
    /// A file of another kind (its extension, empty when it has none).
    OtherKind(String),
    /// A report jixiao wrote (`score --format html|xlsx --out` into the folder it scores).
    OwnReport,
    /// A helper file of a page Word or Excel saved as a web page (`表.files/filelist.xml`,
    /// `tabstrip.htm`, `header.htm`): the page's name (tester s17s F11).
    PagePart(String),
    /// The frameset page of a workbook Excel saved as a web page: its frames (the sheets,
    /// read as files of their own in the walk; tester s17s F11).
    Frameset(Vec<String>),
    /// A folder holding a rule set (its `rules.toml`, scripts and accepted copies): rules, not
    /// forms or case files (tester s12 S15: an officer's rule copy kept beside the forms).
    RuleSet,
}

/// The custom document property jixiao's xlsx report carries (`score --format xlsx`), by which
/// a folder walk knows the workbook is a report it wrote, not a workbook of forms.
pub const OWN_REPORT_PROPERTY: &str = "jixiao-report";

/// True for an xlsx report jixiao wrote into the folder it scores (`score DIR --format xlsx
/// --out DIR/r.xlsx`, then `score DIR`): its document properties carry
/// [`OWN_REPORT_PROPERTY`], or — a report written before they did — its sheets are the
/// report's (`汇总` and `发现明细`). Only the zip's directory and two small parts are read.
fn is_own_workbook(path: &Path) -> bool {
    use std::io::Read;
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let Ok(mut zip) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return false;
    };
    let mut part = |name: &str| -> String {
        let mut text = String::new();
        if let Ok(entry) = zip.by_name(name) {
            // A workbook's list of sheets and its properties are small; a bomb is cut short.
            let _ = entry.take(1 << 20).read_to_string(&mut text);
        }
        text
    };
    part("docProps/custom.xml").contains(&format!("name=\"{OWN_REPORT_PROPERTY}\"")) || {
        let sheets = part("xl/workbook.xml");
        sheets.contains("name=\"汇总\"") && sheets.contains("name=\"发现明细\"")
    }
}

/// True for an HTML report jixiao wrote: its page holds the report's error box.
fn is_own_report(path: &Path) -> bool {
    std::fs::read(path).is_ok_and(|bytes| {
        let marker: &[u8] = b"<pre id=\"js-errors\"></pre>";
        bytes.windows(marker.len()).any(|w| w == marker)
    })
}

/// The frames of a page that is a frameset ([`saved_page::frames`]); none for anything else.
fn frameset(path: &Path, ext: &str) -> Option<Vec<String>> {
    if !matches!(ext, "html" | "htm") {
        return None;
    }
    saved_page::frames(&std::fs::read(path).ok()?)
}

/// Extensions of the files a directory walk reads as forms ([`Take::Inputs`]); what each
/// holds is decided by its content, as for a file named on the command line.
/// Kinds refused with what to do (`.ods`, `.rtf`, `.rar` …) are taken too: their refusal names
/// the format and the route, where a skipped file was a note at the top (tester s17s F6).
const FORM_EXTENSIONS: &[&str] = &[
    "xlsx", "xlsm", "xltx", "xltm", "xls", "et", "ett", "docx", "docm", "dotx", "doc", "wps",
    "html", "htm", "mht", "mhtml", "eml", "txt", "tsv", "csv", "pdf", "zip", "rar", "7z", "ods",
    "odt", "rtf",
];

/// Whether a file found in a walked directory is taken, and if not why (`None`: passed over
/// without a word: a hidden file, or anything but a case file in a walk for case files).
fn take(path: &Path, what: Take) -> Option<Result<(), Skipped>> {
    if path.extension().is_some_and(|x| x == "toml") {
        return Some(Ok(()));
    }
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if what == Take::CaseFiles || name.starts_with('.') || is_system_file(name) {
        return None;
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if !name.starts_with("~$") {
        if let Some(page) = saved_page::helper_of(path) {
            return Some(Err(Skipped::PagePart(page)));
        }
        if let Some(frames) = frameset(path, &ext) {
            return Some(Err(Skipped::Frameset(frames)));
        }
    }
    Some(match name {
        _ if name.starts_with("~$") => Err(Skipped::OfficeLock),
        _ if ext == "toml" => Ok(()),
        _ if matches!(ext.as_str(), "html" | "htm") && is_own_report(path) => {
            Err(Skipped::OwnReport)
        }
        _ if ext == "xlsx" && is_own_workbook(path) => Err(Skipped::OwnReport),
        _ if FORM_EXTENSIONS.contains(&ext.as_str()) => Ok(()),
        // Excel's XML spreadsheet of 2003 saved as `.xml`: other XML is no form.
        _ if ext == "xml" && form_by_content(path) => Ok(()),
        _ if !OTHER_KNOWN.contains(&ext.as_str()) && form_by_content(path) => Ok(()),
        _ => Err(Skipped::OtherKind(ext)),
    })
}

/// The files Windows keeps in a folder for itself (`desktop.ini`, `Thumbs.db`): passed over
/// without a word, as hidden files are — they are never forms.
fn is_system_file(name: &str) -> bool {
    name.eq_ignore_ascii_case("desktop.ini") || name.eq_ignore_ascii_case("thumbs.db")
}

/// Extensions of files whose content is not looked at: common kinds that are never a form
/// (pictures, scripts), so that a folder of them is not opened file by file.
const OTHER_KNOWN: &[&str] = &[
    "py", "sh", "bat", "md", "json", "xml", "jpg", "jpeg", "png", "gif", "bmp", "mp4", "exe",
    "dll", "js", "css", "log",
];

/// Whether a file with no extension or one no form has (`医保局自评表`, `教育局自评表.xlsx.1`, as
/// downloads and chat caches name them) holds a workbook, a document or a page by its first
/// bytes, as a file named on the command line is told (tester s17s F6): taken then, and read
/// by content. Text is not taken: the notes and scripts beside the forms are text too.
fn form_by_content(path: &Path) -> bool {
    use std::io::Read;
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = Vec::with_capacity(4096);
    if file.take(4096).read_to_end(&mut head).is_err() {
        return false;
    }
    if head.starts_with(b"PK\x03\x04") {
        return is_office_zip(path);
    }
    head.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
        || looks_like_spreadsheet_ml(&head)
        || looks_like_page(&head)
}

/// True when `bytes` are Excel's XML spreadsheet of 2003 (SpreadsheetML): the first 4 KB
/// declare its namespace and open a `Workbook` element. Told before a page: its `<Table>`
/// would read as a page's tag.
pub fn looks_like_spreadsheet_ml(bytes: &[u8]) -> bool {
    let head = bytes.get(..bytes.len().min(4096)).unwrap_or(bytes);
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace());
    if start.is_none_or(|s| head.get(s) != Some(&b'<')) {
        return false;
    }
    let has = |word: &[u8]| memchr::memmem::find(head, word).is_some();
    has(b"urn:schemas-microsoft-com:office:spreadsheet") && (has(b"<Workbook") || has(b":Workbook"))
}

/// True when `bytes` look like an HTML page: a tag that only HTML has near the start. The
/// importer reads such a file as a web page; a folder walk takes a file with no extension
/// that looks like one.
pub fn looks_like_page(bytes: &[u8]) -> bool {
    let head = bytes.get(..bytes.len().min(4096)).unwrap_or(bytes);
    let lower = String::from_utf8_lossy(head).to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<table",
        "<body",
        "<meta",
        "<head",
    ]
    .iter()
    .any(|tag| lower.contains(tag))
}

/// A zip that is an Excel workbook or a Word document (not any archive): by its directory.
fn is_office_zip(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let Ok(zip) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return false;
    };
    ["xl/workbook.xml", "word/document.xml"]
        .iter()
        .any(|n| zip.index_for_name(n).is_some())
}

/// [`case_files`], also naming the links it did not follow. A link to a directory is
/// followed once: never into its own ancestors (a loop), never into a directory already
/// walked (the same cases twice).
pub fn walk_case_files(paths: &[PathBuf]) -> Result<Walked, LoadError> {
    walk_paths(paths, Take::CaseFiles)
}

/// The files under the given paths (files as given, directories recursively, sorted within
/// each directory) that a walk taking `what` takes, the links it did not follow and the
/// files it passed over.
pub fn walk_paths(paths: &[PathBuf], what: Take) -> Result<Walked, LoadError> {
    let mut walked = Walked::default();
    let mut seen = std::collections::HashSet::new();
    for p in paths {
        if p.is_dir() && p.join(RULES_FILE).is_file() {
            walked.skipped.push((p.clone(), Skipped::RuleSet));
        } else if p.is_dir() {
            if let Ok(c) = p.canonicalize() {
                seen.insert(c);
            }
            walk(p, what, &mut walked, &mut seen)?;
        } else {
            walked.files.push(p.clone());
        }
    }
    Ok(walked)
}

fn walk(
    dir: &Path,
    what: Take,
    out: &mut Walked,
    seen: &mut std::collections::HashSet<PathBuf>,
) -> Result<(), LoadError> {
    let read = |path: &Path| {
        std::fs::read_dir(path).map_err(|source| LoadError::Read {
            path: path.to_owned(),
            source,
        })
    };
    // The entry's own type saves a `stat` per file (100,000 of them in a large corpus);
    // symbolic links are followed, once (see `walk_case_files`).
    let mut entries: Vec<(PathBuf, bool, bool)> = read(dir)?
        .filter_map(|e| e.ok())
        .map(|e| {
            let path = e.path();
            let (is_dir, is_link) = match e.file_type() {
                Ok(t) if !t.is_symlink() => (t.is_dir(), false),
                _ => (path.is_dir(), true),
            };
            (path, is_dir, is_link)
        })
        .collect();
    entries.sort();
    for (e, is_dir, is_link) in entries {
        if is_dir && e.join(RULES_FILE).is_file() {
            out.skipped.push((e, Skipped::RuleSet));
        } else if is_dir {
            if !first_visit(&e, seen) {
                // A plain directory seen before was reached through a link first.
                if is_link {
                    out.skipped_links.push(e);
                }
                continue;
            }
            walk(&e, what, out, seen)?;
        } else {
            match take(&e, what) {
                Some(Ok(())) => out.files.push(e),
                Some(Err(why)) => out.skipped.push((e, why)),
                None => {}
            }
        }
    }
    Ok(())
}

/// Whether a directory is walked for the first time (recorded if so): not one walked
/// before, nor an ancestor of one (a link into its own ancestors would loop).
fn first_visit(dir: &Path, seen: &mut std::collections::HashSet<PathBuf>) -> bool {
    match dir.canonicalize() {
        Ok(target) => {
            let ancestor = seen.iter().any(|s| s.starts_with(&target));
            !ancestor && seen.insert(target)
        }
        // Reading it will say what is wrong.
        Err(_) => true,
    }
}

/// Whether `id` names a rule set directly under a rules root: one path component, not `.`
/// or `..`, no separator, not absolute (issue #18 item 8: nothing outside the root is read).
pub fn is_rule_set_id(id: &str) -> bool {
    !id.is_empty() && id != "." && id != ".." && !id.contains(['/', '\\', ':'])
}
#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod write_tests {
    use super::*;

    #[test]
    fn write_all_writes_every_file_and_reports_each_failure_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let texts: Vec<String> = (0..40).map(|i| format!("case {i}\n")).collect();
        let mut files: Vec<(PathBuf, &[u8])> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| (dir.path().join(format!("{i}.toml")), t.as_bytes()))
            .collect();
        files[17].0 = dir.path().join("missing").join("17.toml");
        let results = write_all(&files);
        assert_eq!(results.len(), 40);
        for (i, ((path, bytes), result)) in files.iter().zip(&results).enumerate() {
            match i {
                17 => assert!(matches!(result, Err(LoadError::Write { path: p, .. }) if p == path)),
                _ => {
                    assert!(result.is_ok(), "{i}: {result:?}");
                    assert_eq!(std::fs::read(path).unwrap(), *bytes);
                }
            }
        }
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 39);
    }

    /// A report written before it carried its property is known by its sheets; a workbook of
    /// forms with a sheet named 汇总 alone, or a property of another name, is not a report.
    #[test]
    fn own_workbooks_are_known_by_property_or_by_their_sheets() {
        use rust_xlsxwriter::{DocProperties, Workbook};
        let dir = tempfile::tempdir().unwrap();
        let book = |name: &str, sheets: &[&str], property: Option<&str>| {
            let mut b = Workbook::new();
            for s in sheets {
                b.add_worksheet().set_name(*s).unwrap();
            }
            if let Some(p) = property {
                b.set_properties(&DocProperties::new().set_custom_property(p, "1"));
            }
            let path = dir.path().join(name);
            b.save(&path).unwrap();
            is_own_workbook(&path)
        };
        assert!(book(
            "old.xlsx",
            &["汇总", "部门汇总", "发现明细", "表1"],
            None
        ));
        assert!(book("new.xlsx", &["Sheet1"], Some(OWN_REPORT_PROPERTY)));
        assert!(!book("forms.xlsx", &["汇总", "表1"], None));
        assert!(!book("wps.xlsx", &["自评表"], Some("KSOProductBuildVer")));
        assert!(!is_own_workbook(&dir.path().join("absent.xlsx")));
    }
}
