//! Stage: compare, over past years. Regression runs re-score every corpus of cases (a
//! sub-directory of `cases/`, one year or jurisdiction) and compare each result with the
//! corpus's [`accepted`] results; [`compare`] says exactly which cases and indicators changed;
//! [`coverage`] says which rules the corpus exercised. Pure: [`crate::pipeline::regress`] reads
//! and writes the files through [`crate::load::accepted`]; the CLI prints the [`report`].

pub mod accepted;
pub mod compare;
pub mod coverage;
pub mod report;
