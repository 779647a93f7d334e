//! jixiao (绩效) scores Chinese government project performance self-evaluation forms
//! (项目支出绩效自评表) against declarative rule sets.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`load`] reads case files, rule files and seed text into `Raw*` serde mirrors, keeping
//!    spans (and [`import`] turns other formats into case files);
//! 2. [`validate`] checks them and builds the [`model`] (collecting every [`diagnostic`] at once),
//!    parsing every target and actual once with [`value`];
//! 3. [`evaluate`] scores a case under a rule set, purely, producing an [`outcome::Outcome`]
//!    with a trace for each number and findings where the form contradicts itself or the rules;
//! 4. [`render`] turns outcomes into tables, JSON, CSV and Markdown;
//! 5. [`regress`] compares outcomes with a corpus's accepted results and measures which rules
//!    a corpus exercises.
//!
//! [`pipeline`] is the façade the CLI and the watch loop call to run these stages over files;
//! no module uses one that stands after it (docs/architecture.md, checked by a test). Only
//! [`cli`] prints; [`load`] and the watch loop touch the filesystem.

pub mod allocator;
pub mod cli;
pub mod compare;
pub mod diagnostic;
pub mod evaluate;
pub mod generate;
pub mod import;
pub mod load;
pub mod model;
pub mod outcome;
pub mod pipeline;
pub mod regress;
pub mod render;
pub mod script;
pub mod source;
pub mod validate;
pub mod value;
pub mod watch;
