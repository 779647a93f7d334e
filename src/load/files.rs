//! Where rule files and scripts are read from: the disk, or memory (zen's loader trait), so
//! that rule sets can be loaded, resolved and validated in tests and tools with no files,
//! through exactly the code that reads them from disk.

use super::{LoadError, RULES_FILE, read_source};
use crate::source::{Source, SourceFile};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

/// The few file operations loading a rule set needs.
pub trait Files: Sync {
    /// The text of a file (UTF-8, size-capped), named by its path as given.
    fn read(&self, path: &Path) -> Result<Source, LoadError>;
    /// Whether a file exists at `path`.
    fn is_file(&self, path: &Path) -> bool;
    /// The path with `.`, `..` and links resolved, when it exists (to keep reads inside a
    /// root).
    fn canonical(&self, path: &Path) -> Option<PathBuf>;
    /// The names of the directories directly under `root` that hold a rule file, sorted.
    fn rule_set_ids(&self, root: &Path) -> Vec<String>;
}

/// The file system.
#[derive(Debug, Clone, Copy, Default)]
pub struct Disk;

impl Files for Disk {
    fn read(&self, path: &Path) -> Result<Source, LoadError> {
        read_source(path)
    }

    fn is_file(&self, path: &Path) -> bool {
        path.is_file()
    }

    fn canonical(&self, path: &Path) -> Option<PathBuf> {
        path.canonicalize().ok()
    }

    fn rule_set_ids(&self, root: &Path) -> Vec<String> {
        let mut ids: Vec<String> = std::fs::read_dir(root)
            .map(|rd| {
                rd.filter_map(|e| e.ok())
                    .filter(|e| e.path().join(RULES_FILE).is_file())
                    .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        ids.sort();
        ids
    }
}

/// Files held in memory by path (relative paths as a rules root would have them, e.g.
/// `rules/anhui-2023/rules.toml`).
#[derive(Debug, Clone, Default)]
pub struct Memory {
    files: BTreeMap<PathBuf, String>,
}

impl Memory {
    /// No files.
    pub fn new() -> Memory {
        Memory::default()
    }

    /// Adds (or replaces) a file.
    pub fn with(mut self, path: impl AsRef<Path>, text: impl Into<String>) -> Memory {
        self.files.insert(normal(path.as_ref()), text.into());
        self
    }
}

/// `path` with `.` dropped and `..` taken back (no file system: links do not exist here).
fn normal(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            c => out.push(c),
        }
    }
    out
}

impl Files for Memory {
    fn read(&self, path: &Path) -> Result<Source, LoadError> {
        match self.files.get(&normal(path)) {
            Some(text) => Ok(SourceFile::new(path.display().to_string(), text.clone())),
            None => Err(LoadError::Read {
                path: path.to_owned(),
                source: std::io::ErrorKind::NotFound.into(),
            }),
        }
    }

    fn is_file(&self, path: &Path) -> bool {
        self.files.contains_key(&normal(path))
    }

    fn canonical(&self, path: &Path) -> Option<PathBuf> {
        let path = normal(path);
        let exists = self.files.keys().any(|f| f.starts_with(&path));
        exists.then_some(path)
    }

    fn rule_set_ids(&self, root: &Path) -> Vec<String> {
        let root = normal(root);
        let ids: BTreeSet<String> = self
            .files
            .keys()
            .filter_map(|f| {
                let rest = f.strip_prefix(&root).ok()?;
                let mut parts = rest.components();
                let id = parts.next()?.as_os_str().to_str()?.to_owned();
                let file = parts.next()?;
                (parts.next().is_none() && file.as_os_str() == RULES_FILE).then_some(id)
            })
            .collect();
        ids.into_iter().collect()
    }
}

/// The files of `base` with one file's text replaced: a rule file checked again with an edit
/// (a bare word quoted, #16) through the `extends` chain it belongs to, with nothing written.
pub struct Overlay<'a> {
    base: &'a dyn Files,
    path: PathBuf,
    text: String,
}

impl<'a> Overlay<'a> {
    /// `base`, with the file at `path` read as `text`.
    pub fn new(base: &'a dyn Files, path: &Path, text: String) -> Overlay<'a> {
        Overlay {
            base,
            path: normal(path),
            text,
        }
    }
}

impl Files for Overlay<'_> {
    fn read(&self, path: &Path) -> Result<Source, LoadError> {
        match normal(path) == self.path {
            true => Ok(SourceFile::new(
                path.display().to_string(),
                self.text.clone(),
            )),
            false => self.base.read(path),
        }
    }

    fn is_file(&self, path: &Path) -> bool {
        normal(path) == self.path || self.base.is_file(path)
    }

    fn canonical(&self, path: &Path) -> Option<PathBuf> {
        self.base.canonical(path)
    }

    fn rule_set_ids(&self, root: &Path) -> Vec<String> {
        self.base.rule_set_ids(root)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn memory_finds_rule_sets_and_keeps_paths_inside() {
        let m = Memory::new()
            .with("rules/a/rules.toml", "x")
            .with("rules/b/rules.toml", "y")
            .with("rules/b/scripts/s.rhai", "z")
            .with("rules/c/notes.txt", "n");
        assert_eq!(m.rule_set_ids(Path::new("rules")), ["a", "b"]);
        assert!(m.is_file(Path::new("rules/./b/../a/rules.toml")));
        assert_eq!(
            m.canonical(Path::new("rules/b/../a")),
            Some(PathBuf::from("rules/a"))
        );
        assert_eq!(m.canonical(Path::new("rules/zz")), None);
        let o = Overlay::new(&m, Path::new("rules/./a/rules.toml"), "edited".into());
        assert_eq!(
            o.read(Path::new("rules/a/rules.toml"))
                .map(|s| s.text.clone())
                .ok(),
            Some("edited".into())
        );
        assert_eq!(
            o.read(Path::new("rules/b/rules.toml"))
                .map(|s| s.text.clone())
                .ok(),
            Some("y".into())
        );
        assert!(m.read(Path::new("rules/zz/rules.toml")).is_err());
        assert_eq!(
            m.read(Path::new("rules/a/rules.toml"))
                .map(|s| s.text.clone())
                .ok(),
            Some("x".into())
        );
    }
}
