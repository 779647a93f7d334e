//! The progress bar of long runs: drawn on stderr when it is a terminal, and nothing at all
//! otherwise (pipes, files, tests), so no output changes.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// Runs of fewer forms finish before a bar would be worth drawing.
const MIN_FORMS: usize = 200;

/// A bar counting `forms` forms scored; hidden unless stderr is a terminal and the run is
/// long. `inc` may be called from any worker thread.
pub(crate) fn bar(forms: usize) -> ProgressBar {
    if forms < MIN_FORMS || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(
        Some(u64::try_from(forms).unwrap_or(u64::MAX)),
        ProgressDrawTarget::stderr(),
    );
    if let Ok(style) =
        ProgressStyle::with_template("评分 {bar:40} {pos}/{len} 张表  已用 {elapsed}  剩余约 {eta}")
    {
        bar.set_style(style);
    }
    bar
}

/// True when stdout and stderr are one terminal (the same device), where rows printed as they
/// come would interleave with the notes printed while the inputs are read: the rows are then
/// held until the run ends (#16). False when either goes to a pipe or a file.
pub(crate) fn same_terminal() -> bool {
    std::io::stdout().is_terminal()
        && std::io::stderr().is_terminal()
        && one_device("/proc/self/fd/1", "/proc/self/fd/2")
}

/// Whether two paths name the same device; true where that cannot be told (no `/proc`).
fn one_device(a: &str, b: &str) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return a.rdev() == b.rdev();
        }
    }
    let _ = (a, b);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_device_compares_devices() {
        assert!(one_device("/dev/null", "/dev/null"));
        #[cfg(unix)]
        assert!(!one_device("/dev/null", "/dev/zero"));
    }
}
