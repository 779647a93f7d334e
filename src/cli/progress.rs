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

/// Files of forms this large in all are read long enough to be worth saying so.
const MIN_READING_BYTES: u64 = 1 << 20;

/// A line on stderr saying `files` files of forms (`bytes` in all) are being read, with the
/// time taken, ticking on its own; none unless stderr is a terminal and the files are large
/// (#16: importing one big workbook or text showed nothing while it was read).
pub(crate) fn reading(files: usize, bytes: u64) -> Option<ProgressBar> {
    if bytes < MIN_READING_BYTES || !std::io::stderr().is_terminal() {
        return None;
    }
    let text = crate::i18n::msg!(
        "progress-reading",
        files = files,
        size = {
            let tenths = bytes.saturating_mul(10) / (1 << 20);
            format!("{}.{}", tenths / 10, tenths % 10)
        }
    )
    .to_string()
    .replace('{', "{{")
    .replace('}', "}}");
    let bar = ProgressBar::new_spinner();
    bar.set_draw_target(ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(&format!("{{spinner}} {text} {{elapsed}}")) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    Some(bar)
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
