//! Scripts as rules that change (#19): what makes two scripts score alike, and rule set
//! variants that take one script from another rule set, so `compare` can attribute a case's
//! movement to an added, removed or edited script like any other rule change.

use super::{Script, Scripts};
use sha2::{Digest, Sha256};
use std::sync::Arc;

impl Script {
    /// A short hash of what makes the script score as it does: its text (line endings
    /// normalised), the function of each hook, its `when` filter and its `params`. Two
    /// scripts with the same name and fingerprint are the same rule.
    pub fn fingerprint(&self) -> String {
        let mut h = Sha256::new();
        h.update(crate::load::inherit::hash_text(&self.source.text).as_bytes());
        h.update([0]);
        for hook in super::Hook::ALL {
            let f = self.hook(hook).map_or("", |f| f.name.as_str());
            h.update(format!("{}={f};", hook.name()).as_bytes());
        }
        h.update(format!("{:?}", self.when).as_bytes());
        h.update(format!("{:?}", self.rules_view.0.params).as_bytes());
        h.finalize()
            .iter()
            .take(4)
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

impl Scripts {
    /// `set`'s scripts with the script named `name` made as in `to`: replaced, inserted where
    /// `to` has it (among the scripts `set` has), or removed. The engine and limits stay
    /// `set`'s (a limits change is its own step), or are `to`'s when `set` has none.
    pub fn with_script_of(
        set: Option<&Arc<Scripts>>,
        to: Option<&Arc<Scripts>>,
        name: &str,
    ) -> Option<Arc<Scripts>> {
        let base = set.or(to)?;
        let mut list: Vec<Script> = set
            .map(|s| {
                s.scripts
                    .iter()
                    .filter(|x| x.name != name)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        if let Some(to) = to
            && let Some(i) = to.scripts.iter().position(|x| x.name == name)
        {
            let before = to
                .scripts
                .iter()
                .take(i)
                .filter(|x| list.iter().any(|y| y.name == x.name))
                .count();
            if let Some(script) = to.scripts.get(i) {
                list.insert(before.min(list.len()), script.clone());
            }
        }
        Some(Arc::new(Scripts {
            engine: Arc::clone(&base.engine),
            limits: base.limits.clone(),
            timeouts: list.iter().map(|_| Default::default()).collect(),
            signatures: Default::default(),
            scripts: list,
        }))
        .filter(|s| !s.scripts.is_empty())
    }

    /// `set`'s scripts run with `to`'s limits (and engine).
    pub fn with_limits_of(
        set: Option<&Arc<Scripts>>,
        to: Option<&Arc<Scripts>>,
    ) -> Option<Arc<Scripts>> {
        match (set, to) {
            (Some(s), Some(t)) => Some(Arc::new(Scripts {
                engine: Arc::clone(&t.engine),
                limits: t.limits.clone(),
                timeouts: s.scripts.iter().map(|_| Default::default()).collect(),
                signatures: Default::default(),
                scripts: s.scripts.clone(),
            })),
            (s, _) => s.cloned(),
        }
    }
}
