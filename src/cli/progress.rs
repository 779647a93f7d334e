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
