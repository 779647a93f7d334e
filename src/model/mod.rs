//! The checked model that evaluation works on: a [`Case`] (one form, every cell parsed once)
//! and a [`RuleSet`] (every rule resolved, each with the line it came from). Built by
//! [`crate::validate`]; read by [`crate::evaluate`].

mod case;
mod rules;

pub use case::*;
pub use rules::*;
