//! Stage: load. Importers turn forms as they arrive (the seed's text format, …) into case files.

pub mod draft;
pub mod seed_text;
