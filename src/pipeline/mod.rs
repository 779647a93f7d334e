//! The library façade: what the CLI and the watch loop call to run the pipeline over files
//! (ripgrep's "the binary is glue"). It stands after every stage (load → validate → model →
//! evaluate → outcome → compare → render) and drives them; it never prints, and reports what
//! it finds as it goes through a [`crate::diagnostic::Reporter`], handing results back as
//! data.
//!
//! - [`rule_sets`]: rule sets read (disk or memory), validated, found by id in a catalog;
//! - [`corpus`]: case files read, paired with their rule sets and scored a chunk at a time;
//! - [`check`]: rule sets and case files validated and cross-checked (`jixiao check`);
//! - [`diff`]: the same cases under two rule sets, compared;
//! - [`forms`]: files of forms (text, workbooks, documents, pages) imported in memory and
//!   read as cases, without writing case files;
//! - [`regress`]: a regression run over past years' corpora, with accepting and coverage.

pub mod check;
pub mod corpus;
pub mod diff;
mod duplicates;
pub mod forms;
pub mod regress;
pub mod rule_sets;

pub use corpus::{
    CHUNK, Corpus, Kept, ScoredCase, Scoring, case_files, input_files, load_cases, load_rules,
};
pub use rule_sets::{
    Catalog, Lookup, Written, load_case, load_rule_set, rule_set_to_write, validate_resolved,
};
