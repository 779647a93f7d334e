//! Watch mode (`jixiao watch`): re-validate and re-score on every save of a rule set, script or
//! case file, and show what moved since the previous good evaluation.
//!
//! - [`events`]: pure; which paths of a batch of watcher events may have changed content.
//! - [`state`]: the last good state; reads the candidates (content hashes first), re-resolves
//!   the rule sets they belong to (loaded and validated through [`crate::pipeline::rule_sets`],
//!   as every command loads them), re-scores only what they affect, and compares with
//!   [`crate::compare::diff_scored`] into a [`Round`] for [`crate::render::watch_body`].
//!
//! The watcher itself (notify, debouncing, Ctrl-C) lives in the CLI, which only wires these.

pub mod events;
pub mod state;

pub use crate::compare::round::{Added, Round};
pub use events::{Changes, Scope, classify};
pub use state::{Config, State};
