//! Stage: load. Rule set inheritance: a rule file may say `extends = "<id>"` under
//! `[rule_set]` and override only what changed. The chain of files is resolved at the TOML value
//! level, before deserializing, into one resolved TOML text; every line of it remembers the file
//! and span its value came from, so diagnostics and rule references point at the right file.
//!
//! Merge rules (docs/rules-format.md, "extends"):
//! - tables (`[execution]`, inline `{ … }` tables) merge key by key, recursively;
//! - every other value replaces the parent's as a whole, arrays of tables included
//!   (`[[qualitative.bands]]`: a child that lists bands lists all of them);
//! - the parent is the sibling directory named by the id (`rules/<id>/rules.toml`).

mod said;

use super::files::{Disk, Files};
use super::{LoadError, RULES_FILE};
use crate::diagnostic::codes::RulesCode;
use crate::diagnostic::{Diagnostic, Severity, did_you_mean, from_toml_error};
use crate::i18n::{Message, msg};
use crate::source::{Source, SourceFile};
use sha2::{Digest, Sha256};
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// Where a value came from: a file of the chain and a byte span in it.
#[derive(Debug, Clone)]
struct Origin {
    file: usize,
    span: Range<usize>,
}

#[derive(Debug, Clone)]
enum Node {
    /// A value kept verbatim (its TOML text in the origin file).
    Leaf { text: String, origin: Origin },
    /// A table, merged key by key.
    Table {
        entries: Vec<(String, Node)>,
        origin: Origin,
    },
    /// An array of tables, replaced as a whole.
    Array {
        items: Vec<(Origin, Vec<(String, Node)>)>,
    },
    /// An inherited table switched off by a child's `key = false` (tester s18 R1): left out of
    /// the resolved text but for a comment saying so, so `rules show` tells where it went.
    Off { origin: Origin },
}

/// One piece of the resolved text and where it came from.
#[derive(Debug, Clone)]
pub struct Segment {
    /// Byte range of the line(s) in the resolved text.
    pub resolved: Range<usize>,
    /// Where the verbatim value starts in the resolved text (the line start for headers).
    pub value_start: usize,
    /// Index into [`Resolved::files`].
    pub file: usize,
    /// Byte span of the value in that file.
    pub origin: Range<usize>,
}

/// A rule set with its parents merged into one TOML text.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The chain of files, the rule set's own first, then its parent, and so on.
    pub files: Vec<Source>,
    /// The resolved TOML as one source (named after the first file, marked `(resolved)`).
    pub source: Source,
    /// Provenance of the resolved text, in text order.
    pub segments: Vec<Segment>,
    /// Hash over every file of the chain (first 16 hex digits of SHA-256).
    pub hash: String,
    /// Problems found while reading the chain (syntax, missing or circular parents).
    pub diagnostics: Vec<Diagnostic>,
}

impl Resolved {
    /// Whether the chain could be resolved (no error diagnostics).
    pub fn ok(&self) -> bool {
        self.diagnostics
            .iter()
            .all(|d| d.severity != Severity::Error)
    }

    /// The resolved text.
    pub fn text(&self) -> &str {
        &self.source.text
    }

    /// Maps a span of the resolved text to the file and span it came from.
    pub fn map(&self, span: Range<usize>) -> (Source, Range<usize>) {
        let i = self
            .segments
            .partition_point(|s| s.resolved.start <= span.start);
        let Some(seg) = i.checked_sub(1).and_then(|i| self.segments.get(i)) else {
            return (self.source.clone(), span);
        };
        let Some(file) = self.files.get(seg.file) else {
            return (self.source.clone(), span);
        };
        let start = if span.start >= seg.value_start {
            (seg.origin.start + (span.start - seg.value_start)).min(seg.origin.end)
        } else {
            // A key (or header) before the value: find the same text on the value's line in
            // the origin file, else point at the value.
            let key = self.source.slice(span.clone());
            let line_start = file
                .text
                .get(..seg.origin.start)
                .and_then(|t| t.rfind('\n'))
                .map_or(0, |i| i + 1);
            file.text
                .get(line_start..seg.origin.start)
                .filter(|_| !key.is_empty())
                .and_then(|line| line.find(key))
                .map_or(seg.origin.start, |i| line_start + i)
        };
        let len = span.end.saturating_sub(span.start);
        let end = (start + len).min(seg.origin.end.max(start));
        (file.clone(), start..end)
    }

    /// `file:line` of the value on each line of the resolved text (none for blank lines).
    pub fn line_origins(&self) -> Vec<Option<(String, usize)>> {
        let text = self.text();
        let mut out = Vec::new();
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            let covered = self
                .segments
                .iter()
                .any(|s| s.resolved.start <= start && start < s.resolved.end);
            out.push(covered.then(|| {
                let (src, span) = self.map(start..start);
                (src.name.clone(), src.line_col(span.start).line)
            }));
            start += line.len();
        }
        out
    }

    /// The resolved text with `# file:line` after each line, for `jixiao rules show`; a line
    /// from a parent's file says `继承` before it (tester s18 R2: a child's reader sees at a
    /// glance which rules, and which citations, it did not write).
    pub fn annotated(&self) -> String {
        let origins = self.line_origins();
        let own = self.files.first().map(|f| f.name.as_str());
        let inherited = msg!("rules-show-inherited").to_string();
        let width = self
            .text()
            .lines()
            .map(unicode_width::UnicodeWidthStr::width)
            .max()
            .unwrap_or(0)
            .min(60);
        let mut out = String::new();
        for (line, origin) in self.text().lines().zip(origins) {
            match origin {
                Some((file, n)) => {
                    let pad = width.saturating_sub(unicode_width::UnicodeWidthStr::width(line));
                    let from = match Some(file.as_str()) == own {
                        true => String::new(),
                        false => format!("{inherited} "),
                    };
                    out.push_str(&format!("{line}{}  # {from}{file}:{n}\n", " ".repeat(pad)));
                }
                None => {
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
        out
    }
}

/// The diagnostic for an `extends` that leads outside the rules root (the directory holding
/// the rule set being loaded): an absolute path, `../../x`, or a link out. Rule sets are
/// shared between offices, so nothing outside the root is read (issue #18 item 8).
fn outside_rules_root(
    fs: &dyn Files,
    first: &Path,
    parent_dir: &Path,
    parent: &str,
    file: &Source,
    span: &Range<usize>,
) -> Option<Diagnostic> {
    let root = first.parent().unwrap_or(Path::new("."));
    let root = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    let (Some(root), Some(target)) = (fs.canonical(root), fs.canonical(parent_dir)) else {
        // A parent that does not exist is `extends-missing`, said without reading anything.
        return None;
    };
    if target.starts_with(&root) {
        return None;
    }
    // An id or a path that stays inside the root by its words (no `..`, not absolute) leads
    // out only through a link: say so, with where it leads (tester s13b N4: an officer who
    // linked the province's rule set into the folder was told to use the id they had used).
    let written = Path::new(parent);
    let by_link = !written.is_absolute()
        && !written
            .components()
            .any(|c| matches!(c, std::path::Component::ParentDir));
    let help = match by_link {
        true => msg!(
            "rules-extends-outside-link-help",
            parent = parent,
            target = target.display().to_string()
        ),
        false => msg!("rules-extends-outside-help"),
    };
    Some(
        Diagnostic::error(
            RulesCode::ExtendsOutside,
            msg!("rules-extends-outside", parent = parent),
        )
        .at(file, span.clone())
        .help(help),
    )
}

/// The rule sets named in an `extends-missing` help: the nearest ten by spelling, and how
/// many more there are (a shared root holds thousands).
fn siblings_help(parent: &str, ids: &[String]) -> Message {
    const SHOWN: usize = 10;
    if ids.is_empty() {
        return msg!("rules-extends-no-siblings");
    }
    let nearest = crate::diagnostic::nearest(parent, ids.iter().map(String::as_str), SHOWN);
    let more = ids.len().saturating_sub(nearest.len());
    match more {
        0 => msg!("rules-extends-siblings", names = nearest.join(", ")),
        _ => msg!(
            "rules-extends-nearest-siblings",
            count = ids.len(),
            names = nearest.join(", "),
            more = more
        ),
    }
}

/// Reads `dir/rules.toml` and every parent it extends, and merges them.
pub fn resolve(dir: &Path) -> Result<Resolved, LoadError> {
    resolve_in(&Disk, dir)
}

/// [`resolve`], reading through `fs` (the disk, or memory).
pub fn resolve_in(fs: &dyn Files, dir: &Path) -> Result<Resolved, LoadError> {
    let Chain {
        files,
        layers,
        diagnostics,
    } = read_chain(fs, dir)?;
    let mut diagnostics = diagnostics;
    let mut merged: Vec<(String, Node)> = Vec::new();
    let mut replaced: Vec<Replaced> = Vec::new();
    let mut said: Vec<said::Said> = Vec::new();
    for (file, mut layer) in layers.into_iter().enumerate().rev() {
        inherit_scripts(&merged, &mut layer);
        said::citations(&merged, &layer, file, &mut said);
        let meant = lists_replaced(&layer);
        if let Some(at) = &meant.at {
            diagnostics.extend(
                meant
                    .paths
                    .iter()
                    .filter(|p| !names_a_list(&layer, p))
                    .map(|p| unknown_list(&files, at, p, &layer)),
            );
        }
        let meant = meant.paths;
        let before = replaced.len();
        merge(
            &mut merged,
            layer,
            &mut Vec::new(),
            &mut replaced,
            &mut said,
        );
        // The lists the layer says it replaces on purpose are not warned about.
        let mut index = 0;
        replaced.retain(|r| {
            index += 1;
            index <= before || !meant.contains(&r.path)
        });
    }
    diagnostics.extend(replaced.iter().map(|r| r.diagnostic(&files)));
    diagnostics.extend(said.iter().map(|s| s.diagnostic(&files)));
    let mut emitter = Emitter {
        files: &files,
        text: String::new(),
        segments: Vec::new(),
    };
    emitter.table(&[], &merged);
    let Emitter { text, segments, .. } = emitter;
    let name = files.first().map_or_else(String::new, |f| f.name.clone());
    let hash = chain_hash(&files);
    Ok(Resolved {
        source: SourceFile::new(format!("{name} (resolved)"), text),
        files,
        segments,
        hash,
        diagnostics,
    })
}

/// The files of a rule set's `extends` chain, own first, each parsed into its entries; the
/// chain stops at the first file that does not parse or names a parent that cannot be used.
struct Chain {
    files: Vec<Source>,
    layers: Vec<Vec<(String, Node)>>,
    diagnostics: Vec<Diagnostic>,
}

/// Reads `dir/rules.toml` and the parents it `extends`, one after the other, until a file
/// extends nothing or its `extends` is a cycle, outside the rules root or missing.
fn read_chain(fs: &dyn Files, dir: &Path) -> Result<Chain, LoadError> {
    let first = fs.read(&dir.join(RULES_FILE))?;
    let mut files = vec![first];
    let mut diagnostics = Vec::new();
    let mut layers: Vec<Vec<(String, Node)>> = Vec::new();
    let mut seen: Vec<String> = vec![dir_id(dir)];
    let mut current = dir.to_path_buf();
    let mut first_extends: Option<(Source, Range<usize>)> = None;
    loop {
        let index = files.len() - 1;
        let Some(file) = files.get(index).cloned() else {
            break;
        };
        let table = match DeTable::parse(&file.text) {
            Ok(t) => t,
            Err(e) => {
                // A full-width `：` or `“` is what TOML's error would be about: say so instead.
                let slips = super::full_width::diagnostics(RulesCode::FullWidth, &file);
                match slips.is_empty() {
                    true => diagnostics.push(from_toml_error(RulesCode::Syntax, &file, &e)),
                    false => diagnostics.extend(slips),
                }
                break;
            }
        };
        let entries = from_table(table.get_ref(), index, &file.text);
        let extends = extends_of(table.get_ref());
        layers.push(entries);
        let Some((parent, span)) = extends else { break };
        // Problems of the chain are reported at the checked rule set's own `extends`, where its
        // author looks; the message names the whole chain.
        let (at_file, at_span) = first_extends
            .get_or_insert_with(|| (file.clone(), span.clone()))
            .clone();
        let root = current
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from(".."));
        let parent_dir = root.join(&parent);
        if seen.contains(&parent) {
            let mut chain = seen.clone();
            chain.push(parent.clone());
            diagnostics.push(
                Diagnostic::error(
                    RulesCode::ExtendsCycle,
                    msg!("rules-extends-cycle", chain = chain.join(" → ")),
                )
                .at(&at_file, at_span)
                .help(msg!("rules-extends-cycle-help")),
            );
            break;
        }
        if let Some(d) = outside_rules_root(fs, dir, &parent_dir, &parent, &file, &span) {
            diagnostics.push(d);
            break;
        }
        if !fs.is_file(&parent_dir.join(RULES_FILE)) {
            let ids = fs.rule_set_ids(&root);
            let help = match did_you_mean(&parent, ids.iter().map(String::as_str)) {
                Some(m) => msg!("did-you-mean", name = m),
                None => siblings_help(&parent, &ids),
            };
            diagnostics.push(
                Diagnostic::error(
                    RulesCode::ExtendsMissing,
                    msg!(
                        "rules-extends-missing",
                        parent = &parent,
                        root = root.display().to_string()
                    ),
                )
                .at(&file, span)
                .help(help),
            );
            break;
        }
        files.push(fs.read(&parent_dir.join(RULES_FILE))?);
        seen.push(parent);
        current = parent_dir;
    }
    Ok(Chain {
        files,
        layers,
        diagnostics,
    })
}

/// The rule set hash: the first 8 bytes (hex) of a SHA-256 over every file of the chain.
fn chain_hash(files: &[Source]) -> String {
    let mut hasher = Sha256::new();
    for f in files {
        hasher.update(hash_text(&f.text).as_bytes());
        hasher.update([0]);
    }
    hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The hash of one file's text, as the rule set hash takes it ([`hash_text`]; 16 hex
/// digits): a case file's as accepted (tester s15c F2), each file of a kept rule set's chain.
pub fn content_hash(text: &str) -> String {
    Sha256::digest(hash_text(text).as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A file's text as the rule set hash sees it: line endings normalised to `\n` and a leading
/// byte-order mark dropped, so that the same rules hash the same on every checkout (git may
/// turn `\n` into `\r\n` on Windows, an editor may add a BOM) and accepted results stay
/// current (#19).
pub fn hash_text(text: &str) -> std::borrow::Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

fn dir_id(dir: &Path) -> String {
    dir.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned()
}

fn extends_of(root: &DeTable) -> Option<(String, Range<usize>)> {
    let (_, rs) = root.iter().find(|(k, _)| k.get_ref() == "rule_set")?;
    let DeValue::Table(t) = rs.get_ref() else {
        return None;
    };
    let (_, v) = t.iter().find(|(k, _)| k.get_ref() == "extends")?;
    v.get_ref().as_str().map(|s| (s.to_owned(), v.span()))
}

/// Entries in file order (the parser's map is sorted by key).
fn from_table(t: &DeTable, file: usize, text: &str) -> Vec<(String, Node)> {
    let mut entries: Vec<(&Spanned<std::borrow::Cow<str>>, &Spanned<DeValue>)> = t.iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    entries
        .into_iter()
        .map(|(k, v)| (k.get_ref().to_string(), node(v, file, text)))
        .collect()
}

fn node(v: &Spanned<DeValue>, file: usize, text: &str) -> Node {
    let origin = Origin {
        file,
        span: v.span(),
    };
    match v.get_ref() {
        DeValue::Table(t) => Node::Table {
            entries: from_table(t, file, text),
            origin,
        },
        DeValue::Array(a) if !a.is_empty() && a.iter().all(|i| i.get_ref().is_table()) => {
            Node::Array {
                items: a
                    .iter()
                    .map(|i| {
                        let entries = match i.get_ref() {
                            DeValue::Table(t) => from_table(t, file, text),
                            _ => Vec::new(),
                        };
                        (
                            Origin {
                                file,
                                span: i.span(),
                            },
                            entries,
                        )
                    })
                    .collect(),
            }
        }
        _ => Node::Leaf {
            text: text.get(v.span()).unwrap_or_default().to_owned(),
            origin,
        },
    }
}

/// Scripts are inherited (#19): a child's `[[scripts]]` add to its parent's, a child's script
/// with the same `file` as a parent's takes its place (and position), unless the child says
/// `scripts_inherit = "replace"` under `[rule_set]`: then its own scripts (or none) are all
/// there are. Each entry keeps the file it came from, so its `file` is read relative to that
/// rule file.
fn inherit_scripts(base: &[(String, Node)], layer: &mut Vec<(String, Node)>) {
    const KEY: &str = "scripts";
    if let Some(origin) = replaces_scripts(layer) {
        if !layer.iter().any(|(k, _)| k == KEY) {
            layer.push((
                KEY.to_owned(),
                Node::Leaf {
                    text: "[]".to_owned(),
                    origin,
                },
            ));
        }
        return;
    }
    let Some((_, Node::Array { items: parent })) = base.iter().find(|(k, _)| k == KEY) else {
        return;
    };
    let Some((_, Node::Array { items: child })) = layer.iter_mut().find(|(k, _)| k == KEY) else {
        return;
    };
    let mut all = parent.clone();
    for item in std::mem::take(child) {
        let same = script_file(&item.1)
            .and_then(|f| all.iter().position(|p| script_file(&p.1) == Some(f)));
        match same.and_then(|i| all.get_mut(i)) {
            Some(slot) => *slot = item,
            None => all.push(item),
        }
    }
    *child = all;
}

/// The origin of `scripts_inherit = "replace"` in a layer's `[rule_set]`, if it says so.
fn replaces_scripts(layer: &[(String, Node)]) -> Option<Origin> {
    let (_, Node::Table { entries, .. }) = layer.iter().find(|(k, _)| k == "rule_set")? else {
        return None;
    };
    match entries.iter().find(|(k, _)| k == "scripts_inherit") {
        Some((_, Node::Leaf { text, origin })) if unquote(text) == "replace" => {
            Some(origin.clone())
        }
        _ => None,
    }
}

/// The `file` of a `[[scripts]]` entry, as written.
fn script_file(entries: &[(String, Node)]) -> Option<&str> {
    match entries.iter().find(|(k, _)| k == "file") {
        Some((_, Node::Leaf { text, .. })) => Some(unquote(text)),
        _ => None,
    }
}

/// A TOML string literal's text without its quotes (escapes are not expected in file names).
fn unquote(text: &str) -> &str {
    text.trim().trim_matches('"').trim_matches('\'')
}

/// Merges `over` (a child) into `base` (its parent, already merged); `path` is the table the
/// two are at (`weights`), and each array of tables that replaces a parent's while keeping only
/// some of its items is recorded in `replaced`. A child's `key = false` over a parent's table
/// switches it off; an empty table over one (`far_exceeded = {}`) changes nothing, said in
/// `said` (tester s18 R1).
fn merge(
    base: &mut Vec<(String, Node)>,
    over: Vec<(String, Node)>,
    path: &mut Vec<String>,
    replaced: &mut Vec<Replaced>,
    said: &mut Vec<said::Said>,
) {
    for (key, node) in over {
        let Some((_, existing)) = base.iter_mut().find(|(k, _)| *k == key) else {
            base.push((key, node));
            continue;
        };
        match (existing, node) {
            (
                Node::Table { entries, origin },
                Node::Table {
                    entries: child,
                    origin: child_origin,
                },
            ) => {
                path.push(key);
                if child.is_empty() && !entries.is_empty() {
                    said.push(said::Said::no_change(path, &child_origin, origin));
                }
                merge(entries, child, path, replaced, said);
                path.pop();
                *origin = child_origin;
            }
            (slot @ (Node::Table { .. } | Node::Off { .. }), Node::Leaf { text, origin })
                if text.trim() == "false" =>
            {
                *slot = Node::Off { origin };
            }
            (slot, node) => {
                if let (Node::Array { items: parent }, Node::Array { items: child }) =
                    (&*slot, &node)
                {
                    let mut at = path.clone();
                    at.push(key.clone());
                    replaced.extend(Replaced::of(at.join("."), parent, child));
                }
                *slot = node;
            }
        }
    }
}

/// The lists a layer's `[rule_set] lists_replaced = ["weights.level1"]` says it replaces on
/// purpose (a county that drops a level-1 item or a band's aliases as meant): their
/// `rules::list-replaced` warnings are not given. A value that is not an array of strings is
/// the schema's to report; here it names nothing.
fn lists_replaced(layer: &[(String, Node)]) -> Meant {
    #[derive(serde::Deserialize)]
    struct Lists {
        v: Vec<String>,
    }
    let leaf = layer.iter().find_map(|(k, n)| match n {
        Node::Table { entries, .. } if k == "rule_set" => {
            entries.iter().find_map(|(k, n)| match n {
                Node::Leaf { text, origin } if k == "lists_replaced" => Some((text, origin)),
                _ => None,
            })
        }
        _ => None,
    });
    let Some((text, origin)) = leaf else {
        return Meant::default();
    };
    Meant {
        paths: toml::from_str::<Lists>(&format!("v = {text}"))
            .map(|l| l.v.into_iter().map(|p| p.trim().to_owned()).collect())
            .unwrap_or_default(),
        at: Some(origin.clone()),
    }
}

/// A file's `lists_replaced`: the dotted names, and where the value is written.
#[derive(Default)]
struct Meant {
    paths: Vec<String>,
    at: Option<Origin>,
}

/// The arrays of tables a layer writes, by dotted name (`weights.level1`).
fn layer_lists(entries: &[(String, Node)], prefix: &str, out: &mut Vec<String>) {
    for (k, n) in entries {
        let path = match prefix {
            "" => k.clone(),
            _ => format!("{prefix}.{k}"),
        };
        match n {
            Node::Table { entries, .. } => layer_lists(entries, &path, out),
            Node::Array { .. } => out.push(path),
            Node::Leaf { .. } | Node::Off { .. } => {}
        }
    }
}

/// True when the layer writes an array of tables by that dotted name.
fn names_a_list(layer: &[(String, Node)], path: &str) -> bool {
    let mut lists = Vec::new();
    layer_lists(layer, "", &mut lists);
    lists.iter().any(|l| l == path)
}

/// A `lists_replaced` name the file writes no list by: the warning it meant to quiet still
/// comes, and this says why, with the lists the file does write.
fn unknown_list(files: &[Source], at: &Origin, path: &str, layer: &[(String, Node)]) -> Diagnostic {
    let mut lists = Vec::new();
    layer_lists(layer, "", &mut lists);
    let known = match lists.is_empty() {
        true => msg!("rules-lists-replaced-none"),
        false => msg!(
            "rules-lists-replaced-known",
            lists = lists
                .iter()
                .map(|l| format!("`{l}`"))
                .collect::<Vec<_>>()
                .join(" ")
        ),
    };
    Diagnostic::warning(
        RulesCode::ListReplaced,
        msg!("rules-lists-replaced-unknown", path = path.to_owned()),
    )
    .at(&files[at.file], at.span.clone())
    .help(known)
}

/// A child's array of tables (`[[weights.level1]]`, `[[qualitative.bands]]`) that replaces
/// its parent's as a whole while keeping only part of it — the commonest slip of a rule writer
/// who means to change one item:
/// - it names only some of the parent's items (tester s12 S12: a county copy listing only
///   产出指标 lost 效益指标 and 满意度指标, and `check` said only that the weights do not add
///   up); a list with an item the parent does not have is a deliberate new list: not said;
/// - an item it names as the parent does leaves out keys the parent's item has (tester s12b
///   N1: the three bands copied without their `aliases`, so 已完成 and 基本健全 read as no band).
struct Replaced {
    /// The array's dotted name (`weights.level1`).
    path: String,
    /// Where the child's item is (its first, for dropped items).
    at: Origin,
    /// Where the parent's item is (its first, for dropped items).
    parent_at: Origin,
    what: Lost,
}

/// What a replacing list lost of its parent's.
enum Lost {
    /// Items, by name, of the parent's `count`.
    Items { count: usize, names: Vec<String> },
    /// The same keys of each of the items `names`.
    Keys {
        names: Vec<String>,
        keys: Vec<String>,
    },
}

impl Replaced {
    /// The name an item goes by: its `name`, `label`, `file` or `id`, unquoted.
    fn name(item: &[(String, Node)]) -> Option<String> {
        ["name", "label", "file", "id"].iter().find_map(|key| {
            item.iter().find_map(|(k, n)| match n {
                Node::Leaf { text, .. } if k == key => Some(unquote(text).to_owned()),
                _ => None,
            })
        })
    }

    fn of(
        path: String,
        parent: &[(Origin, Vec<(String, Node)>)],
        child: &[(Origin, Vec<(String, Node)>)],
    ) -> Vec<Replaced> {
        let names = |items: &[(Origin, Vec<(String, Node)>)]| -> Option<Vec<String>> {
            items
                .iter()
                .map(|(_, entries)| Self::name(entries))
                .collect()
        };
        let (Some(theirs), Some(ours)) = (names(parent), names(child)) else {
            return Vec::new();
        };
        // Items of its own beside the parent's (决策指标 and 过程指标 for a national rule set
        // over a provincial one) do not make the parent's that are gone meant: those are said
        // whatever was added (tester s18 R4); `lists_replaced` says a new structure is meant.
        let mut out = Vec::new();
        let dropped: Vec<String> = theirs
            .iter()
            .filter(|n| !ours.contains(n))
            .cloned()
            .collect();
        if !dropped.is_empty() {
            out.push(Replaced {
                path: path.clone(),
                at: child[0].0.clone(),
                parent_at: parent[0].0.clone(),
                what: Lost::Items {
                    count: theirs.len(),
                    names: dropped,
                },
            });
        }
        for ((at, item), name) in child.iter().zip(&ours) {
            let Some(i) = theirs.iter().position(|n| n == name) else {
                continue;
            };
            let (parent_at, parents) = &parent[i];
            let keys: Vec<String> = parents
                .iter()
                .map(|(k, _)| k)
                .filter(|k| !item.iter().any(|(c, _)| c == *k))
                .cloned()
                .collect();
            if keys.is_empty() {
                continue;
            }
            // Items that lost the same keys (three bands copied without their aliases) are
            // said once, at the first.
            let same = out.iter_mut().find_map(|r| match &mut r.what {
                Lost::Keys { names, keys: k } if *k == keys => Some(names),
                _ => None,
            });
            match same {
                Some(names) => names.push(name.clone()),
                None => out.push(Replaced {
                    path: path.clone(),
                    at: at.clone(),
                    parent_at: parent_at.clone(),
                    what: Lost::Keys {
                        names: vec![name.clone()],
                        keys,
                    },
                }),
            }
        }
        out
    }

    fn diagnostic(&self, files: &[Source]) -> Diagnostic {
        let (file, parent) = (&files[self.at.file], &files[self.parent_at.file]);
        let line = parent.line_col(self.parent_at.span.start).line;
        let list = format!("[[{}]]", self.path);
        let quoted =
            |d: &String| msg!("import-quoted-text", text = crate::i18n::quoted(d.as_str()));
        let (message, help) = match &self.what {
            Lost::Items { count, names } => (
                msg!(
                    "rules-list-replaced",
                    list = list.clone(),
                    count = *count,
                    dropped = crate::i18n::list(names.iter().map(quoted))
                ),
                msg!(
                    "rules-list-replaced-help",
                    list = list,
                    path = self.path.clone(),
                    parent = parent.name.clone(),
                    line = line
                ),
            ),
            Lost::Keys { names, keys } => (
                msg!(
                    "rules-list-item-keys",
                    list = list.clone(),
                    count = names.len(),
                    items = crate::i18n::list(names.iter().map(quoted)),
                    keys = keys
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
                msg!(
                    "rules-list-item-keys-help",
                    path = self.path.clone(),
                    parent = parent.name.clone(),
                    line = line
                ),
            ),
        };
        Diagnostic::warning(RulesCode::ListReplaced, message)
            .at(file, self.at.span.clone())
            .help(help)
    }
}

struct Emitter<'a> {
    files: &'a [Source],
    text: String,
    segments: Vec<Segment>,
}

impl Emitter<'_> {
    fn table(&mut self, path: &[String], entries: &[(String, Node)]) {
        for (k, n) in entries {
            let (text, origin, comment) = match n {
                Node::Leaf { text, origin } => (text.as_str(), origin, ""),
                Node::Off { origin } => ("false", origin, "# "),
                _ => continue,
            };
            let start = self.text.len();
            self.text.push_str(comment);
            self.text.push_str(&key(k));
            self.text.push_str(" = ");
            let value_start = self.text.len();
            self.text.push_str(text);
            self.text.push('\n');
            self.segment(start, value_start, origin);
        }
        for (k, n) in entries {
            let mut sub = path.to_vec();
            sub.push(key(k));
            match n {
                Node::Table { entries, origin } => {
                    let has_leaves = entries
                        .iter()
                        .any(|(_, n)| matches!(n, Node::Leaf { .. } | Node::Off { .. }));
                    if has_leaves || entries.is_empty() {
                        self.header(&format!("[{}]", sub.join(".")), origin);
                    }
                    self.table(&sub, entries);
                }
                Node::Array { items } => {
                    for (origin, entries) in items {
                        self.header(&format!("[[{}]]", sub.join(".")), origin);
                        self.table(&sub, entries);
                    }
                }
                Node::Leaf { .. } | Node::Off { .. } => {}
            }
        }
    }

    fn header(&mut self, header: &str, origin: &Origin) {
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        let start = self.text.len();
        self.text.push_str(header);
        self.text.push('\n');
        self.segment(start, start, origin);
    }

    fn segment(&mut self, start: usize, value_start: usize, origin: &Origin) {
        let _ = self.files;
        self.segments.push(Segment {
            resolved: start..self.text.len(),
            value_start,
            file: origin.file,
            origin: origin.span.clone(),
        });
    }
}

/// A key as TOML writes it: bare when it can be, quoted otherwise.
fn key(k: &str) -> String {
    if !k.is_empty()
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        k.to_owned()
    } else {
        format!("{k:?}")
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn write(root: &Path, id: &str, text: &str) -> PathBuf {
        let dir = root.join(id);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(RULES_FILE), text).unwrap();
        dir
    }

    #[test]
    fn child_overrides_key_by_key_and_maps_back() {
        let tmp = tempfile::tempdir().unwrap();
        write(
            tmp.path(),
            "base",
            "[rule_set]\nid = \"base\"\ntitle = \"T\"\n\n[execution]\npoints = \"10\"\nmethod = \"proportional\"\nrounding = { places = 0, mode = \"half_up\" }\n",
        );
        let child = write(
            tmp.path(),
            "child",
            "[rule_set]\nid = \"child\"\nextends = \"base\"\n\n[execution]\nrounding = { mode = \"truncate\" }\n",
        );
        let r = resolve(&child).unwrap();
        assert!(r.ok(), "{:?}", r.diagnostics);
        let text = r.text();
        assert!(text.contains("id = \"child\""), "{text}");
        assert!(text.contains("title = \"T\""), "{text}");
        assert!(text.contains("points = \"10\""), "{text}");
        assert!(text.contains("places = 0"), "{text}");
        assert!(text.contains("mode = \"truncate\""), "{text}");
        let at = text.find("\"truncate\"").unwrap();
        let (src, span) = r.map(at..at + 10);
        assert!(src.name.ends_with("child/rules.toml"), "{}", src.name);
        assert_eq!(src.slice(span), "\"truncate\"");
        let at = text.find("\"10\"").unwrap();
        let (src, span) = r.map(at..at + 4);
        assert!(src.name.ends_with("base/rules.toml"));
        assert_eq!(src.line_col(span.start).line, 6);
        let origins = r.annotated();
        assert!(origins.contains("base/rules.toml:6"), "{origins}");
    }

    /// Tester s12 S12: a child listing only the item it changes loses the others, and is told
    /// so where its list starts, also when its list has items of its own (s18 R4).
    #[test]
    fn a_child_list_keeping_only_some_of_the_parents_items_is_said() {
        let tmp = tempfile::tempdir().unwrap();
        write(
            tmp.path(),
            "base",
            "[rule_set]\nid = \"base\"\n\n[[weights.level1]]\nname = \"产出指标\"\npoints = \"50\"\n\n[[weights.level1]]\nname = \"效益指标\"\npoints = \"30\"\n\n[[weights.level1]]\nname = \"满意度指标\"\npoints = \"10\"\n",
        );
        let child = write(
            tmp.path(),
            "child",
            "[rule_set]\nid = \"child\"\nextends = \"base\"\n\n[[weights.level1]]\nname = \"产出指标\"\npoints = \"45\"\n",
        );
        let r = resolve(&child).unwrap();
        assert!(r.ok(), "a warning, not an error: {:?}", r.diagnostics);
        let said: Vec<&Diagnostic> = r
            .diagnostics
            .iter()
            .filter(|d| d.code.as_str() == "rules::list-replaced")
            .collect();
        assert_eq!(said.len(), 1, "{:?}", r.diagnostics);
        let text = said[0].message.render(crate::i18n::Lang::Zh);
        assert!(
            text.contains("上级的 3 项中，“效益指标”、“满意度指标” 这里没有写"),
            "{text}"
        );
        let help = said[0].help.as_ref().unwrap().render(crate::i18n::Lang::Zh);
        assert!(help.contains("base/rules.toml 第 4 行起"), "{help}");
        // The merged text has the child's one item: the list is still replaced, as documented.
        assert!(!r.text().contains("效益指标"));

        let new = write(
            tmp.path(),
            "new",
            "[rule_set]\nid = \"new\"\nextends = \"base\"\n\n[[weights.level1]]\nname = \"产出指标\"\npoints = \"60\"\n\n[[weights.level1]]\nname = \"过程指标\"\npoints = \"30\"\n",
        );
        // Tester s18 R4: items of its own beside the parent's do not make the dropped ones
        // meant: they are said whatever else was added.
        let r = resolve(&new).unwrap();
        assert_eq!(r.diagnostics.len(), 1, "{:?}", r.diagnostics);
        let text = r.diagnostics[0].message.render(crate::i18n::Lang::Zh);
        assert!(
            text.contains("上级的 3 项中，“效益指标”、“满意度指标” 这里没有写"),
            "{text}"
        );

        // Tester s12b N1: every item copied, none with its aliases: one warning for the list.
        write(
            tmp.path(),
            "aliased",
            "[rule_set]\nid = \"aliased\"\n\n[[bands]]\nlabel = \"达成\"\naliases = [\"完成\"]\n\n[[bands]]\nlabel = \"未达成\"\naliases = [\"未完成\"]\n",
        );
        let copied = write(
            tmp.path(),
            "copied",
            "[rule_set]\nid = \"copied\"\nextends = \"aliased\"\n\n[[bands]]\nlabel = \"达成\"\n\n[[bands]]\nlabel = \"未达成\"\n",
        );
        let r = resolve(&copied).unwrap();
        assert_eq!(r.diagnostics.len(), 1, "{:?}", r.diagnostics);
        let text = r.diagnostics[0].message.render(crate::i18n::Lang::Zh);
        assert!(
            text.contains("“达成”、“未达成” 没有写上级同名一项的 `aliases`"),
            "{text}"
        );
        assert!(text.contains("这 2 项就没有"), "{text}");
        let help = r.diagnostics[0]
            .help
            .as_ref()
            .unwrap()
            .render(crate::i18n::Lang::Zh);
        assert!(help.contains("lists_replaced = [\"bands\"]"), "{help}");
    }

    /// A list the file says it replaces on purpose (`lists_replaced`) is not warned about;
    /// another list of the same file still is, and so is the same list in a child of it.
    #[test]
    fn a_list_replaced_on_purpose_is_not_said() {
        let tmp = tempfile::tempdir().unwrap();
        write(
            tmp.path(),
            "base",
            "[rule_set]\nid = \"base\"\n\n[[weights.level1]]\nname = \"产出指标\"\npoints = \"50\"\n\n[[weights.level1]]\nname = \"效益指标\"\npoints = \"30\"\n\n[[bands]]\nlabel = \"达成\"\naliases = [\"完成\"]\n",
        );
        let meant = write(
            tmp.path(),
            "meant",
            "[rule_set]\nid = \"meant\"\nextends = \"base\"\nlists_replaced = [\"weights.level1\"]\n\n[[weights.level1]]\nname = \"产出指标\"\npoints = \"80\"\n\n[[bands]]\nlabel = \"达成\"\n",
        );
        let r = resolve(&meant).unwrap();
        let paths: Vec<String> = r
            .diagnostics
            .iter()
            .map(|d| d.message.render(crate::i18n::Lang::Zh))
            .collect();
        assert_eq!(paths.len(), 1, "{paths:?}");
        assert!(paths[0].contains("[[bands]]"), "{paths:?}");

        // A name the file writes no list by is said, with the lists it does write.
        let typo = write(
            tmp.path(),
            "typo",
            "[rule_set]\nid = \"typo\"\nextends = \"base\"\nlists_replaced = [\"weight.level1\"]\n\n[[weights.level1]]\nname = \"产出指标\"\npoints = \"80\"\n",
        );
        let r = resolve(&typo).unwrap();
        let unknown = r
            .diagnostics
            .iter()
            .find(|d| {
                d.message
                    .render(crate::i18n::Lang::Zh)
                    .contains("weight.level1")
            })
            .expect("the unknown name is said");
        let help = unknown.help.as_ref().unwrap().render(crate::i18n::Lang::Zh);
        assert!(help.contains("`weights.level1`"), "{help}");

        let grandchild = write(
            tmp.path(),
            "grandchild",
            "[rule_set]\nid = \"grandchild\"\nextends = \"meant\"\n\n[[weights.level1]]\nname = \"产出指标\"\npoints = \"70\"\n\n[[weights.level1]]\nname = \"效益指标\"\npoints = \"30\"\n",
        );
        // The grandchild's list has an item its parent's has not: a new structure, not said;
        // and the parent's own `lists_replaced` does not speak for it.
        let r = resolve(&grandchild).unwrap();
        assert!(
            r.diagnostics
                .iter()
                .all(|d| d.code.as_str() != "rules::list-replaced"
                    || d.message
                        .render(crate::i18n::Lang::Zh)
                        .contains("[[bands]]")),
            "{:?}",
            r.diagnostics
        );
    }

    fn codes(r: &Resolved) -> Vec<&str> {
        r.diagnostics.iter().map(|d| d.code.as_str()).collect()
    }

    /// Tester s18 R1: `far_exceeded = false` switches an inherited table off (a comment in the
    /// resolved text says where); `far_exceeded = {}` changes nothing and is said to.
    #[test]
    fn a_child_switches_an_inherited_table_off_with_false() {
        let tmp = tempfile::tempdir().unwrap();
        write(
            tmp.path(),
            "base",
            "[rule_set]\nid = \"base\"\n\n[quantitative]\nref = \"q\"\nfar_exceeded = { at = \"120%\", action = \"cut\", cut = \"20%\" }\n",
        );
        let off = write(
            tmp.path(),
            "off",
            "[rule_set]\nid = \"off\"\nextends = \"base\"\n\n[quantitative]\nfar_exceeded = false\n",
        );
        let r = resolve(&off).unwrap();
        assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
        assert!(!r.text().contains("120%"), "{}", r.text());
        assert!(r.text().contains("# far_exceeded = false"), "{}", r.text());
        let parsed: toml::Table = toml::from_str(r.text()).unwrap();
        assert!(parsed["quantitative"].get("far_exceeded").is_none());
        assert!(
            r.annotated().contains("off/rules.toml:5"),
            "{}",
            r.annotated()
        );
        // A grandchild may switch it on again with a table of its own.
        let on = write(
            tmp.path(),
            "on",
            "[rule_set]\nid = \"on\"\nextends = \"off\"\n\n[quantitative]\nref = \"q\"\nfar_exceeded = { at = \"150%\", action = \"review\" }\n",
        );
        let r = resolve(&on).unwrap();
        assert!(
            r.text().contains("150%") && !r.text().contains("# far"),
            "{}",
            r.text()
        );

        let empty = write(
            tmp.path(),
            "empty",
            "[rule_set]\nid = \"empty\"\nextends = \"base\"\n\n[quantitative]\nfar_exceeded = {}\n",
        );
        let r = resolve(&empty).unwrap();
        assert_eq!(codes(&r), ["rules::no-change"]);
        let d = &r.diagnostics[0];
        let text = d.message.render(crate::i18n::Lang::Zh);
        assert!(
            text.contains("`quantitative.far_exceeded` 是空表"),
            "{text}"
        );
        assert!(text.contains("base/rules.toml 第 6 行"), "{text}");
        let help = d.help.as_ref().unwrap().render(crate::i18n::Lang::Zh);
        assert!(help.contains("`far_exceeded = false`"), "{help}");
        assert!(r.text().contains("120%"));
    }

    /// Tester s18 R2/R3/R7: a rule changed in a child under the parent's `ref`, a `ref`
    /// changed under the parent's `source`, a switch changed under the parent's `cites` entry
    /// are each said at the child's line naming the parent's; restating quiets them.
    #[test]
    fn a_changed_rule_citing_the_parents_policy_is_said() {
        let tmp = tempfile::tempdir().unwrap();
        write(
            tmp.path(),
            "base",
            "[rule_set]\nid = \"base\"\n\n[execution]\nref = \"note2\"\nsource = \"quoted\"\nfull_at = \"90%\"\npoints = \"10\"\n\n[quantitative]\nref = \"q\"\nqualitative_actual = \"bands\"\ncites = { qualitative_actual = \"qa\" }\n",
        );
        let child = write(
            tmp.path(),
            "child",
            "[rule_set]\nid = \"child\"\nextends = \"base\"\n\n[execution]\npoints = \"10\"\nfull_at = \"85%\"\n\n[quantitative]\nqualitative_actual = \"zero\"\n",
        );
        let r = resolve(&child).unwrap();
        assert_eq!(
            codes(&r),
            ["rules::cite-inherited"; 2],
            "{:?}",
            r.diagnostics
        );
        let zh: Vec<String> = r
            .diagnostics
            .iter()
            .map(|d| d.message.render(crate::i18n::Lang::Zh))
            .collect();
        assert!(
            zh[0].contains("[execution] 的 `full_at` 在这里改了")
                && zh[0].contains("`ref = \"note2\"` 是上级")
                && zh[0].contains("base/rules.toml 第 5 行"),
            "{zh:?}"
        );
        let (src, span) = r.diagnostics[0].source.clone().unwrap();
        assert!(src.name.ends_with("child/rules.toml"));
        assert_eq!(src.line_col(span.start).line, 7);
        assert!(
            zh[1].contains("开关 `qualitative_actual`") && zh[1].contains("“\"qa\"”"),
            "{zh:?}"
        );

        let restated = write(
            tmp.path(),
            "restated",
            "[rule_set]\nid = \"restated\"\nextends = \"base\"\n\n[execution]\nref = \"note2\"\nfull_at = \"85%\"\n\n[quantitative]\nqualitative_actual = \"zero\"\ncites = { qualitative_actual = \"qa\" }\n",
        );
        assert!(resolve(&restated).unwrap().diagnostics.is_empty());

        let new_ref = write(
            tmp.path(),
            "new-ref",
            "[rule_set]\nid = \"new-ref\"\nextends = \"base\"\n\n[execution]\nref = \"county\"\nfull_at = \"85%\"\n",
        );
        let r = resolve(&new_ref).unwrap();
        assert_eq!(codes(&r), ["rules::cite-inherited"], "{:?}", r.diagnostics);
        let text = r.diagnostics[0].message.render(crate::i18n::Lang::Zh);
        assert!(text.contains("`source = \"quoted\"` 是上级"), "{text}");
    }

    #[test]
    fn missing_and_circular_parents_are_diagnosed() {
        let tmp = tempfile::tempdir().unwrap();
        let a = write(tmp.path(), "a", "[rule_set]\nid = \"a\"\nextends = \"b\"\n");
        write(tmp.path(), "b", "[rule_set]\nid = \"b\"\nextends = \"a\"\n");
        let r = resolve(&a).unwrap();
        assert_eq!(r.diagnostics.len(), 1);
        assert_eq!(r.diagnostics[0].code, "rules::extends-cycle");
        assert!(r.diagnostics[0].message.to_string().contains("a → b → a"));
        let c = write(
            tmp.path(),
            "c",
            "[rule_set]\nid = \"c\"\nextends = \"bb\"\n",
        );
        let r = resolve(&c).unwrap();
        assert_eq!(r.diagnostics[0].code, "rules::extends-missing");
        assert_eq!(
            r.diagnostics[0]
                .help
                .as_ref()
                .map(|h| h.to_string())
                .as_deref(),
            Some("did you mean `b`?")
        );
    }

    #[test]
    fn scripts_add_to_the_parents_unless_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        write(
            tmp.path(),
            "p",
            "[rule_set]\nid = \"p\"\n\n[[scripts]]\nfile = \"scripts/a.rhai\"\n\n[[scripts]]\nfile = \"scripts/b.rhai\"\n",
        );
        let files = |dir: &Path| -> Vec<(String, String)> {
            let r = resolve(dir).unwrap();
            let raw: crate::load::raw_rules::ScriptFiles = toml::from_str(r.text()).unwrap();
            raw.scripts
                .iter()
                .map(|s| {
                    let (src, _) = r.map(s.file.span());
                    (s.file.get_ref().clone(), src.name.clone())
                })
                .collect()
        };
        let add = write(
            tmp.path(),
            "add",
            "[rule_set]\nid = \"add\"\nextends = \"p\"\n\n[[scripts]]\nfile = \"scripts/b.rhai\"\n\n[[scripts]]\nfile = \"scripts/c.rhai\"\n",
        );
        let got = files(&add);
        let names: Vec<&str> = got.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            names,
            ["scripts/a.rhai", "scripts/b.rhai", "scripts/c.rhai"]
        );
        assert!(got[0].1.ends_with("p/rules.toml"), "{got:?}");
        assert!(got[1].1.ends_with("add/rules.toml"), "{got:?}");
        let replace = write(
            tmp.path(),
            "replace",
            "[rule_set]\nid = \"replace\"\nextends = \"p\"\nscripts_inherit = \"replace\"\n\n[[scripts]]\nfile = \"scripts/c.rhai\"\n",
        );
        let names: Vec<String> = files(&replace).into_iter().map(|(f, _)| f).collect();
        assert_eq!(names, ["scripts/c.rhai"]);
        let none = write(
            tmp.path(),
            "none",
            "[rule_set]\nid = \"none\"\nextends = \"p\"\nscripts_inherit = \"replace\"\n",
        );
        assert!(files(&none).is_empty());
        let keep = write(
            tmp.path(),
            "keep",
            "[rule_set]\nid = \"keep\"\nextends = \"p\"\n",
        );
        assert_eq!(files(&keep).len(), 2);
    }

    #[test]
    fn the_hash_covers_parents() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "p", "[rule_set]\nid = \"p\"\n");
        let c = write(tmp.path(), "c", "[rule_set]\nid = \"c\"\nextends = \"p\"\n");
        let h1 = resolve(&c).unwrap().hash;
        write(tmp.path(), "p", "[rule_set]\nid = \"p\"\ntitle = \"x\"\n");
        let h2 = resolve(&c).unwrap().hash;
        assert_ne!(h1, h2);
        // The same files with Windows line endings and a BOM hash the same.
        write(
            tmp.path(),
            "p",
            "\u{feff}[rule_set]\r\nid = \"p\"\r\ntitle = \"x\"\r\n",
        );
        assert_eq!(resolve(&c).unwrap().hash, h2);
    }
}
