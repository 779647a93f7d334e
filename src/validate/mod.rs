//! Stage: validate. Turns `Raw*` mirrors into the checked [`crate::model`], collecting every
//! problem as a [`crate::diagnostic::Diagnostic`] instead of stopping at the first.

pub mod case;
mod enum_words;
pub mod keys;
pub mod rules;
mod script_compare;
mod scripts;
pub mod vocabulary;

use crate::diagnostic::Diagnostic;

/// The result of validation: the model when it is usable, and every diagnostic found.
#[derive(Debug)]
pub struct Validated<T> {
    /// The model, absent when an error made it unusable.
    pub value: Option<T>,
    /// Everything found, errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
}
