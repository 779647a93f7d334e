//! Which file-system events matter: from one batch of (debounced) watcher events, the paths
//! that may have changed content. Pure: no file is read here; [`super::state`] reads the
//! candidates and compares content hashes, so an event that changed nothing (a `touch`, the
//! second half of a burst split over two batches) costs one read and no evaluation.

use notify::{Event, EventKind};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What is being watched, as absolute paths.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Files the rule sets are read from: each rule file of every `extends` chain, and every
    /// place a script of the chain may be looked up.
    pub rule_files: BTreeSet<PathBuf>,
    /// Case directories (watched recursively: any `*.toml` below is a case).
    pub case_roots: Vec<PathBuf>,
    /// Case files named one by one.
    pub case_files: BTreeSet<PathBuf>,
}

/// The extensions whose files can change a result.
pub const EXTENSIONS: [&str; 2] = ["toml", "rhai"];

impl Scope {
    /// Whether a change to `path` can change a result: a rule file or script of a rule set, or
    /// a `*.toml` case file under a case root. Hidden files (editor swap and lock files such as
    /// `.#a.toml`) never do.
    pub fn relevant(&self, path: &Path) -> bool {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_none_or(|n| n.starts_with('.'));
        let ext = path.extension().and_then(|e| e.to_str());
        if hidden || !ext.is_some_and(|e| EXTENSIONS.contains(&e)) {
            return false;
        }
        self.rule_files.contains(path)
            || self.case_files.contains(path)
            || (ext == Some("toml") && self.under_case_root(path))
    }

    /// Whether `path` is read as a case file: named one by one, or a `*.toml` below a case
    /// root that is not a rule file.
    pub fn is_case(&self, path: &Path) -> bool {
        self.case_files.contains(path)
            || (path.extension().is_some_and(|e| e == "toml")
                && self.under_case_root(path)
                && !self.rule_files.contains(path))
    }

    /// Whether `path` lies below a case root.
    pub fn under_case_root(&self, path: &Path) -> bool {
        self.case_roots.iter().any(|r| path.starts_with(r))
    }
}

/// What one batch of events asks to look at again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Relevant files that may have changed (created, written, removed or renamed, either
    /// end of a rename): read each and compare its content hash.
    pub files: BTreeSet<PathBuf>,
    /// Paths without an extension under a case root that were created, removed or renamed:
    /// possibly directories of cases moving in or out; walk them.
    pub dirs: BTreeSet<PathBuf>,
    /// The watcher lost events (queue overflow): look at everything again.
    pub rescan: bool,
}

impl Changes {
    /// Nothing to look at.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty() && self.dirs.is_empty() && !self.rescan
    }

    /// Adds another batch (batches queued while the previous one was evaluated are merged).
    pub fn merge(&mut self, other: Changes) {
        self.files.extend(other.files);
        self.dirs.extend(other.dirs);
        self.rescan |= other.rescan;
    }
}

/// Classifies a batch of events. `Access` events (opening, reading, closing) never change
/// content and are ignored; every other kind of event on a relevant path makes it a candidate,
/// metadata changes included (a polling watcher reports writes as modification-time changes).
pub fn classify<'a>(events: impl IntoIterator<Item = &'a Event>, scope: &Scope) -> Changes {
    let mut changes = Changes::default();
    for e in events {
        if e.need_rescan() {
            changes.rescan = true;
        }
        let structural = match e.kind {
            EventKind::Access(_) => continue,
            EventKind::Create(_) | EventKind::Remove(_) => true,
            EventKind::Modify(notify::event::ModifyKind::Name(_)) => true,
            EventKind::Modify(_) | EventKind::Any | EventKind::Other => false,
        };
        for p in &e.paths {
            if scope.relevant(p) {
                changes.files.insert(p.clone());
            } else if structural && p.extension().is_none() && scope.under_case_root(p) {
                changes.dirs.insert(p.clone());
            }
        }
    }
    changes
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use notify::event::{
        AccessKind, AccessMode, CreateKind, DataChange, Flag, MetadataKind, ModifyKind, RemoveKind,
        RenameMode,
    };

    fn scope() -> Scope {
        Scope {
            rule_files: ["/w/rules/a/rules.toml", "/w/rules/a/scripts/s.rhai"]
                .into_iter()
                .map(PathBuf::from)
                .collect(),
            case_roots: vec![PathBuf::from("/w/cases")],
            case_files: [PathBuf::from("/w/one.toml")].into_iter().collect(),
        }
    }

    fn ev(kind: EventKind, paths: &[&str]) -> Event {
        paths
            .iter()
            .fold(Event::new(kind), |e, p| e.add_path(PathBuf::from(p)))
    }

    fn files(c: &Changes) -> Vec<&str> {
        c.files.iter().map(|p| p.to_str().unwrap()).collect()
    }

    #[test]
    fn a_write_to_a_case_or_rule_file_is_a_candidate() {
        let batch = [
            ev(
                EventKind::Modify(ModifyKind::Data(DataChange::Content)),
                &["/w/cases/x/1.toml"],
            ),
            ev(
                EventKind::Modify(ModifyKind::Any),
                &["/w/rules/a/rules.toml"],
            ),
        ];
        let c = classify(&batch, &scope());
        assert_eq!(files(&c), ["/w/cases/x/1.toml", "/w/rules/a/rules.toml"]);
        assert!(!c.rescan && c.dirs.is_empty());
    }

    #[test]
    fn access_events_are_ignored() {
        let batch = [
            ev(
                EventKind::Access(AccessKind::Close(AccessMode::Write)),
                &["/w/cases/1.toml"],
            ),
            ev(
                EventKind::Access(AccessKind::Open(AccessMode::Read)),
                &["/w/rules/a/rules.toml"],
            ),
        ];
        assert!(classify(&batch, &scope()).is_empty());
    }

    #[test]
    fn other_extensions_hidden_files_and_unwatched_paths_are_ignored() {
        let batch = [
            ev(
                EventKind::Create(CreateKind::File),
                &["/w/cases/1.toml.tmp", "/w/cases/.#1.toml", "/w/cases/4913"],
            ),
            ev(
                EventKind::Modify(ModifyKind::Any),
                &["/w/rules/a/notes.md", "/w/rules/a/accepted/seed.toml"],
            ),
            // A script under a case root is not a case.
            ev(EventKind::Modify(ModifyKind::Any), &["/w/cases/s.rhai"]),
            ev(EventKind::Modify(ModifyKind::Any), &["/w/two.toml"]),
        ];
        let c = classify(&batch, &scope());
        assert!(c.files.is_empty(), "{c:?}");
        // `4913` (vim's probe file) has no extension: it may be a directory, walked cheaply.
        assert_eq!(
            c.dirs,
            [PathBuf::from("/w/cases/4913")].into_iter().collect()
        );
    }

    /// How many editors save: write a temporary file, rename it over the original.
    #[test]
    fn rename_into_place_makes_the_target_a_candidate() {
        let batch = [
            ev(
                EventKind::Create(CreateKind::File),
                &["/w/cases/1.toml.swp"],
            ),
            ev(
                EventKind::Modify(ModifyKind::Name(RenameMode::Both)),
                &["/w/cases/1.toml.swp", "/w/cases/1.toml"],
            ),
        ];
        assert_eq!(files(&classify(&batch, &scope())), ["/w/cases/1.toml"]);
        let script = [ev(
            EventKind::Modify(ModifyKind::Name(RenameMode::To)),
            &["/w/rules/a/scripts/s.rhai"],
        )];
        assert_eq!(
            files(&classify(&script, &scope())),
            ["/w/rules/a/scripts/s.rhai"]
        );
    }

    #[test]
    fn delete_and_recreate_is_one_candidate() {
        let batch = [
            ev(
                EventKind::Remove(RemoveKind::File),
                &["/w/rules/a/rules.toml"],
            ),
            ev(
                EventKind::Create(CreateKind::File),
                &["/w/rules/a/rules.toml"],
            ),
            ev(
                EventKind::Modify(ModifyKind::Metadata(MetadataKind::WriteTime)),
                &["/w/rules/a/rules.toml"],
            ),
        ];
        assert_eq!(
            files(&classify(&batch, &scope())),
            ["/w/rules/a/rules.toml"]
        );
    }

    #[test]
    fn renaming_a_case_out_makes_both_ends_candidates() {
        let batch = [ev(
            EventKind::Modify(ModifyKind::Name(RenameMode::Both)),
            &["/w/cases/1.toml", "/w/cases/1.bak"],
        )];
        assert_eq!(files(&classify(&batch, &scope())), ["/w/cases/1.toml"]);
    }

    #[test]
    fn a_directory_moved_in_is_walked_and_overflow_rescans() {
        let batch = [
            ev(
                EventKind::Modify(ModifyKind::Name(RenameMode::To)),
                &["/w/cases/2024"],
            ),
            Event::new(EventKind::Other).set_flag(Flag::Rescan),
        ];
        let c = classify(&batch, &scope());
        assert_eq!(
            c.dirs,
            [PathBuf::from("/w/cases/2024")].into_iter().collect()
        );
        assert!(c.rescan);
    }

    #[test]
    fn batches_merge() {
        let s = scope();
        let mut a = classify(
            &[ev(EventKind::Modify(ModifyKind::Any), &["/w/cases/1.toml"])],
            &s,
        );
        a.merge(classify(
            &[ev(EventKind::Modify(ModifyKind::Any), &["/w/one.toml"])],
            &s,
        ));
        assert_eq!(files(&a), ["/w/cases/1.toml", "/w/one.toml"]);
    }
}
