//! The integration tests: one binary (`cargo test --test main`), one module per area. Each
//! module drives the real `jixiao` binary or the library as a user's files would; shared data
//! helpers live in `common`. Snapshots are in `tests/main/snapshots/main__<module>__<name>.snap`.
//!
//! One binary instead of one per file: the crate and its dependencies are linked once, not ten
//! times, and the tests of every area run side by side in one harness.

// A test crate: failing loudly is the point.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod arrival;
mod arrival_s10_fix4;
mod arrival_s10_lines;
mod arrival_s11_xlsx;
mod arrival_s13_flatreason;
mod arrival_s17s;
mod arrival_s5;
mod arrival_s6_text;
mod arrival_s6b;
mod arrival_s7_hunan;
mod arrival_s7_oneline;
mod arrival_s7_paragraphs;
mod arrival_s8;
mod arrival_s8_forms;
mod arrival_s9_cli;
mod arrival_s9_fix1;
mod arrival_s9_forms;
mod arrival_s9_tables;
mod arrival_s9_values;
mod arrive_s12;
mod arrive_s12b;
mod arrive_s13_titles;
mod arrive_s14_deptform;
mod arrive_s15f_forms;
mod broken;
mod browser;
mod cells_s16;
mod cellwords_s12;
mod cli;
mod common;
mod diff;
mod doubts_s7;
mod errpoints_s16;
mod families;
mod findplace_s12b;
mod fix5_s10;
mod fn_length;
mod folder_not_read_s17;
mod funds_s11;
mod fundsrow_s17;
mod glued_s13;
mod glued_s14;
mod glued_s15;
mod hbtemplate_s17;
mod hints_s11;
mod hostile;
mod import;
mod import_languages;
mod languages;
mod layers;
mod lead_s11;
mod lead_s12;
mod linear;
mod loose_ends_s16;
mod mime_s17s;
mod no_english;
mod notes_s10;
mod on_form;
mod outputs;
mod pagesplit_s16p;
mod pdf_s11;
mod places_s12;
mod points_s15c;
mod printtitles_s16r;
mod readings_s15;
mod regress;
mod regresshist_s15;
mod report_words_s11c;
mod reports_s14;
mod rescale_s17r;
mod rowtail_s16r;
mod rules_choice_s15;
mod score_words;
mod script_trace_s15c;
mod scripts;
mod scripts_s14r;
mod seed;
mod shipped;
mod smallfix_s15;
mod spans_s14;
mod structured;
mod survey;
mod tabrows_s16p;
mod test;
mod text_around_s13;
mod unknownexec_s14;
mod unread_s13;
mod unread_s16;
mod unscoredout_s17;
mod voice_s10;
mod watch;
mod webrows_s17;
mod worddoc_s18;
mod xianjie_s17;
mod yearsum_s11c;
mod yunnan_s17;
