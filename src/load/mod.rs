//! Stage: load. Reads files into `Raw*` serde mirrors with spans. The only stage that touches
//! the filesystem.

pub mod raw_case;
pub mod raw_rules;
