//! Coverage in policy terms: which rules of a rule set (weights, bands, formulas per
//! direction, execution, rounding steps, grade thresholds, …) the cases of a corpus exercised,
//! read from the rule keys their traces name. Outcomes must be evaluated with traces on.

use crate::model::{RuleKind, RuleSet};
use crate::outcome::{Outcome, RulesId};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

/// One rule and how many trace steps named it.
#[derive(Debug, Clone, Serialize)]
pub struct CoveredRule {
    /// What it governs.
    pub kind: RuleKind,
    /// Key in the rule file, e.g. `qualitative.bands[1]`.
    pub key: String,
    /// The rule in policy words.
    pub label: String,
    /// Rule file line.
    pub line: usize,
    /// Trace steps that named it, over all cases.
    pub hits: usize,
    /// Cases whose trace named it.
    pub cases: usize,
}

/// Coverage of one rule set by the cases scored under it.
#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    /// The rule set.
    pub rules: RulesId,
    /// Cases scored under it.
    pub cases: usize,
    /// Every rule, in [`RuleSet::rule_items`] order.
    pub items: Vec<CoveredRule>,
}

impl Coverage {
    /// Rules exercised at least once.
    pub fn exercised(&self) -> usize {
        self.items.iter().filter(|i| i.hits > 0).count()
    }

    /// Percentage of rules exercised, to one decimal (100 for a rule set without rules).
    pub fn percent(&self) -> Decimal {
        let total = self.items.len();
        if total == 0 {
            return Decimal::ONE_HUNDRED;
        }
        (Decimal::from(self.exercised()) * Decimal::ONE_HUNDRED / Decimal::from(total)).round_dp(1)
    }
}

/// Every rule key an outcome's traces name, with how often.
pub fn trace_keys(o: &Outcome) -> BTreeMap<&str, usize> {
    let mut keys = BTreeMap::new();
    for s in o.steps() {
        if let Some(r) = &s.rule {
            *keys.entry(r.key.as_str()).or_insert(0) += 1;
        }
    }
    keys
}

/// Coverage of `rules` by the outcomes (those scored under it).
pub fn coverage<'o>(rules: &RuleSet, outcomes: impl IntoIterator<Item = &'o Outcome>) -> Coverage {
    let mut c = Coverage::none(rules);
    for o in outcomes {
        c.add(o);
    }
    c
}

impl Coverage {
    /// Coverage of `rules` by no case yet; [`Coverage::add`] counts cases one at a time, so
    /// their outcomes need not be kept.
    pub fn none(rules: &RuleSet) -> Coverage {
        let items = rules
            .rule_items()
            .into_iter()
            .map(|i| CoveredRule {
                kind: i.kind,
                key: i.rule.key.clone(),
                label: i.label.to_string(),
                line: i.rule.line,
                hits: 0,
                cases: 0,
            })
            .collect();
        Coverage {
            rules: RulesId {
                id: rules.id.clone(),
                hash: rules.hash.clone(),
            },
            cases: 0,
            items,
        }
    }

    /// Counts one more case, scored with traces under this coverage's rule set.
    pub fn add(&mut self, o: &Outcome) {
        self.cases += 1;
        for (key, n) in trace_keys(o) {
            if let Some(item) = self.items.iter_mut().find(|i| i.key == key) {
                item.hits += n;
                item.cases += 1;
            }
        }
    }

    /// Adds the counts of `other`, coverage of the same rule set by other cases.
    pub fn absorb(&mut self, other: &Coverage) {
        self.cases += other.cases;
        for (item, more) in self.items.iter_mut().zip(&other.items) {
            item.hits += more.hits;
            item.cases += more.cases;
        }
    }
}
