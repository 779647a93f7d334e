//! `jixiao watch`: wires a notify watcher (debounced, or polling with `--poll`) and Ctrl-C to
//! [`crate::watch::State`] and prints one block per evaluation. The event logic is in
//! [`crate::watch`]; this file only connects it to the terminal and the file system.

use super::{ErrorFormat, Exit, Output};
use crate::diagnostic::Diagnostic;
use crate::i18n::msg;
use crate::pipeline::rule_sets::load_arg;
use crate::watch::{Changes, Config, Round, State, classify};
use notify::{PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};
use notify_debouncer_full::{DebounceEventResult, Debouncer, FileIdCache, new_debouncer_opt};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

/// Arguments of `watch`.
#[derive(Debug, clap::Args)]
pub struct WatchArgs {
    /// Case files or directories of them (default: `cases`).
    pub paths: Vec<PathBuf>,
    /// Score every case under this rule set directory instead of the one each case names.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// Also compare every evaluation with this rule set (an id under the rules root or a
    /// directory), e.g. last year's.
    #[arg(long, value_name = "DIR")]
    pub baseline: Option<String>,
    /// Where rule sets named by id are found.
    #[arg(long, value_name = "DIR", default_value = "rules")]
    pub rules_root: PathBuf,
    /// Evaluate once and exit (for scripts and tests).
    #[arg(long)]
    pub once: bool,
    /// Poll the files instead of using the operating system's notifications (network drives,
    /// containers).
    #[arg(long)]
    pub poll: bool,
    /// Milliseconds of quiet after the last event before evaluating.
    #[arg(long, value_name = "MS", default_value_t = 50)]
    pub debounce: u64,
}

/// What the loop waits for.
enum Message {
    Events(DebounceEventResult),
    Stop,
}

/// A debounced watcher of either kind.
trait Watch {
    fn watch(&mut self, path: &std::path::Path, mode: RecursiveMode) -> notify::Result<()>;
    fn unwatch(&mut self, path: &std::path::Path) -> notify::Result<()>;
}

impl<T: Watcher, C: FileIdCache> Watch for Debouncer<T, C> {
    fn watch(&mut self, path: &std::path::Path, mode: RecursiveMode) -> notify::Result<()> {
        Debouncer::watch(self, path, mode)
    }
    fn unwatch(&mut self, path: &std::path::Path) -> notify::Result<()> {
        Debouncer::unwatch(self, path)
    }
}

/// A watched directory: recursive or not, and which directory it was (device and inode),
/// so one deleted and recreated (a `git checkout`, a directory copied back) is seen as new
/// and watched again (issue #18 item 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Watched {
    recursive: bool,
    id: Option<(u64, u64)>,
}

/// The identity of a directory, where the platform gives one.
fn dir_id(dir: &std::path::Path) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(dir).ok().map(|m| (m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        None
    }
}

/// How often directories are checked for having been recreated, between events.
const REARM_EVERY: Duration = Duration::from_millis(500);

fn watcher(args: &WatchArgs, tx: mpsc::Sender<Message>) -> notify::Result<Box<dyn Watch>> {
    let timeout = Duration::from_millis(args.debounce.max(10));
    let handler = move |r: DebounceEventResult| {
        let _ = tx.send(Message::Events(r));
    };
    if args.poll {
        let config = notify::Config::default()
            .with_poll_interval(Duration::from_millis(200))
            .with_compare_contents(true);
        let d = new_debouncer_opt::<_, PollWatcher, _>(
            timeout,
            None,
            handler,
            notify_debouncer_full::NoCache,
            config,
        )?;
        Ok(Box::new(d))
    } else {
        let d = new_debouncer_opt::<_, RecommendedWatcher, _>(
            timeout,
            None,
            handler,
            notify_debouncer_full::RecommendedCache::new(),
            notify::Config::default(),
        )?;
        Ok(Box::new(d))
    }
}

/// Colour only on a terminal, and never with `NO_COLOR` set (https://no-color.org).
fn colour() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// `HH:MM:SS` UTC (the standard library knows no time zones).
fn now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        % 86_400;
    format!(
        "{:02}:{:02}:{:02} UTC",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

fn print_round(round: &Round, format: ErrorFormat, colour: bool, out: &mut Output) {
    let mut text = crate::render::watch_header(round, &now(), colour);
    for d in &round.diagnostics {
        text.push_str(&render(d, format, colour));
    }
    text.push_str(&crate::render::watch_body(round, colour));
    out.stdout(&text);
}

/// Prints a round only when it moved a score or has something to say.
fn print_if_moved(round: &Round, format: ErrorFormat, colour: bool, out: &mut Output) {
    if !round.changed.is_empty() || !round.diagnostics.is_empty() {
        print_round(round, format, colour, out);
    }
}

/// Reads everything again (a watched directory was recreated) and prints what moved.
fn rescan(state: &mut State, format: ErrorFormat, colour: bool, out: &mut Output) {
    let round = state.update(&Changes {
        rescan: true,
        ..Changes::default()
    });
    print_if_moved(&round, format, colour, out);
}

/// Diagnostics go to stdout with the rest of the block (a bad edit is part of the session, not
/// a failure of the command).
fn render(d: &Diagnostic, format: ErrorFormat, colour: bool) -> String {
    match format {
        ErrorFormat::Human => d.render_human(colour),
        ErrorFormat::Plain => d.render_plain() + "\n",
        ErrorFormat::Json => d.to_json().to_string() + "\n",
    }
}

/// Runs `watch`: exit 0 on Ctrl-C; with `--once`, 2 when a file did not validate, else 1 when
/// a form has a finding of error severity (as `score`), else 0.
pub fn run(args: WatchArgs, out: &mut Output) -> Exit {
    let baseline = match &args.baseline {
        Some(b) => match load_arg(b, &args.rules_root, out) {
            Some(r) => Some(r),
            None => return Exit::Invalid,
        },
        None => None,
    };
    let format = out.format;
    let colour = colour();
    let mut state = State::new(Config {
        rules: args.rules.clone(),
        rules_root: args.rules_root.clone(),
        cases: args.paths.clone(),
        baseline,
    });
    let first = state.start();
    print_round(&first, format, colour, out);
    if args.once {
        if first.cases == 0 && !once_without_cases(&args, out) {
            return Exit::Invalid;
        }
        // As `score`: 2 for a file that does not validate, 1 for a form with an error finding.
        return if State::errors(&first) || !first.broken.is_empty() {
            Exit::Invalid
        } else if first.with_errors > 0 {
            Exit::Findings
        } else {
            Exit::Ok
        };
    }

    let (tx, rx) = mpsc::channel();
    let stop = tx.clone();
    if let Err(e) = ctrlc::set_handler(move || {
        let _ = stop.send(Message::Stop);
    }) {
        out.fail(&msg!("watch-cannot-handle-ctrl-c", error = e.to_string()));
        return Exit::Invalid;
    }
    let mut watcher = match watcher(&args, tx) {
        Ok(w) => w,
        Err(e) => {
            out.fail(&msg!("watch-cannot-watch-files", error = e.to_string()));
            return Exit::Invalid;
        }
    };
    let mut watched: BTreeMap<PathBuf, Watched> = BTreeMap::new();
    watch_new(&mut *watcher, &state, &mut watched, out);
    out.note(&msg!("watch-watching").to_string());
    let mut said = std::collections::BTreeSet::new();

    loop {
        let message = match rx.recv_timeout(REARM_EVERY) {
            Ok(m) => m,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                // A directory recreated between events: watch it again and read everything.
                if watch_new(&mut *watcher, &state, &mut watched, out) {
                    rescan(&mut state, format, colour, out);
                }
                continue;
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        };
        let mut changes = Changes::default();
        let mut stop = handle(message, &state, &mut changes, &mut said, out);
        // Merge batches that queued up while the last one was evaluated.
        while let Ok(m) = rx.try_recv() {
            stop |= handle(m, &state, &mut changes, &mut said, out);
        }
        if stop {
            break;
        }
        if changes.is_empty() {
            continue;
        }
        print_if_moved(&state.update(&changes), format, colour, out);
        if watch_new(&mut *watcher, &state, &mut watched, out) {
            rescan(&mut state, format, colour, out);
        }
    }
    Exit::Ok
}

/// `watch --once` over no case file (tester s24 C9: a folder of received forms said 没有案卷文件
/// and exited 0, the broken rule set named never read): the rule set named is still checked,
/// and forms `score` would read (the one lister, `pipeline::corpus::input_files`) are said,
/// with what to run. False when either holds: the run exits 2.
fn once_without_cases(args: &WatchArgs, out: &mut Output) -> bool {
    let rules_ok = match &args.rules {
        Some(r) => load_arg(&r.to_string_lossy(), &args.rules_root, out).is_some(),
        None => true,
    };
    let forms = crate::pipeline::corpus::input_files(&args.paths, out);
    if let Some(first) = forms.first() {
        let path = args
            .paths
            .first()
            .unwrap_or(first)
            .to_string_lossy()
            .into_owned();
        out.fail(&msg!("watch-once-forms", count = forms.len(), path = path));
    }
    rules_ok && forms.is_empty()
}

/// Adds one message to the changes; true for Ctrl-C. A watcher error is said once per
/// path, in words (a polling watcher repeats it every interval while a directory is gone).
fn handle(
    m: Message,
    state: &State,
    changes: &mut Changes,
    said: &mut std::collections::BTreeSet<String>,
    out: &mut Output,
) -> bool {
    match m {
        Message::Stop => true,
        Message::Events(Ok(events)) => {
            changes.merge(classify(events.iter().map(|e| &e.event), &state.scope()));
            false
        }
        Message::Events(Err(errors)) => {
            for e in errors {
                let place = e
                    .paths
                    .iter()
                    .map(|p| format!("`{}`", p.display()))
                    .collect::<Vec<_>>()
                    .join(", ");
                if said.insert(place.clone()) {
                    out.note(&watch_error_message(&place));
                }
            }
            changes.rescan = true;
            false
        }
    }
}

/// A watched path the watcher lost (deleted or moved), in the user's language.
fn watch_error_message(place: &str) -> String {
    let place = match place.is_empty() {
        true => crate::i18n::msg!("watch-lost-a-directory"),
        false => crate::i18n::Message::verbatim(place),
    };
    crate::i18n::msg!("watch-lost", place = place).to_string()
}

/// Watches directories that came into scope (a new parent in the `extends` chain, a new
/// script directory) and directories that were deleted and recreated since they were
/// watched; a directory that cannot be watched is reported, and the session goes on. True
/// when a recreated directory was watched again: what it holds must be read anew.
fn watch_new(
    watcher: &mut dyn Watch,
    state: &State,
    watched: &mut BTreeMap<PathBuf, Watched>,
    out: &mut Output,
) -> bool {
    let mut rearmed = false;
    // A watched directory that is gone forgets its identity: when it comes back it is watched
    // and read anew even if the file system gave the new directory the old one's inode (ext4
    // and overlayfs reuse a freed inode at once, so device and inode alone miss a directory
    // deleted and recreated).
    for (dir, w) in watched.iter_mut() {
        if w.id.is_some() && dir_id(dir).is_none() {
            w.id = None;
        }
    }
    for (dir, recursive) in state.watch_dirs() {
        let now = Watched {
            recursive,
            id: dir_id(&dir),
        };
        let before = watched.get(&dir).copied();
        let recreated = before.is_some_and(|b| b.id != now.id);
        if !recreated && before.is_some_and(|b| b.recursive || b.recursive == recursive) {
            continue;
        }
        if recreated {
            // The old watch died with the old directory; dropping it may fail, harmlessly.
            let _ = watcher.unwatch(&dir);
        }
        let mode = if recursive || before.is_some_and(|b| b.recursive) {
            RecursiveMode::Recursive
        } else {
            RecursiveMode::NonRecursive
        };
        match watcher.watch(&dir, mode) {
            Ok(()) => {
                let recursive = mode == RecursiveMode::Recursive;
                watched.insert(dir, Watched { recursive, ..now });
                rearmed |= recreated;
            }
            Err(e) => out.note(
                &msg!(
                    "watch-cannot-watch-dir",
                    path = dir.display().to_string(),
                    error = e.to_string()
                )
                .to_string(),
            ),
        }
    }
    rearmed
}
