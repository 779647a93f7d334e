//! `score --notes` (#15 item 6, session 10): a file of thousands of forms printed thousands of
//! import notes with a code frame each (about 30,000 lines of stderr for 10,010 seed forms)
//! that no one reads. Above 50 notes, the first three of each kind are printed in full and one
//! line says how many more there were and on which forms; `--notes all` prints every one, and
//! the reports list every one either way.

use crate::test::Test;

/// A file of `copies` seed texts (14 forms each, about half of them with a note) in a fresh
/// folder, named `forms.txt` there.
fn seed_copies(copies: usize) -> tempfile::TempDir {
    let seed =
        std::fs::read_to_string(crate::common::root().join("tests/data/seed-2023-huainan.txt"))
            .unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("forms.txt"), seed.repeat(copies)).unwrap();
    dir
}

/// `score forms.txt` in `dir`, in `lang`, with `extra` arguments: stdout and stderr.
fn score(dir: &tempfile::TempDir, lang: &str, extra: &[&str]) -> (String, String) {
    let rules = crate::common::root().join("rules/anhui-2023");
    let out = Test::new()
        .current_dir(dir.path())
        .args(["--lang", lang, "score", "forms.txt", "--rules"])
        .arg(rules)
        .args(extra)
        .expect_status(1)
        .run();
    (out.stdout, out.stderr)
}

/// How many import notes stderr prints in full (each under its code).
fn printed(stderr: &str) -> usize {
    stderr.matches("[import::").count()
}

/// A file of 140 forms: the first three notes of each kind, then one line per kind with how
/// many more and on which forms — in Chinese and in English.
#[test]
fn a_file_with_many_notes_prints_the_first_of_each_kind_and_counts_the_rest() {
    let dir = seed_copies(10);
    for lang in ["zh", "en"] {
        let (_, stderr) = score(&dir, lang, &[]);
        insta::assert_snapshot!(format!("summary_{lang}"), stderr);
    }
}

/// `--notes all` prints every note, as before: as many as the summary printed and left out,
/// and no summary line. The stdout is the same either way.
#[test]
fn notes_all_prints_every_note() {
    let dir = seed_copies(10);
    let (summary_out, summary) = score(&dir, "en", &[]);
    let (all_out, all) = score(&dir, "en", &["--notes", "all"]);
    assert_eq!(summary_out, all_out);
    assert!(!all.contains("not printed"), "{all}");
    let left_out: usize = summary
        .lines()
        .filter_map(|l| l.split(" more import note").next()?.parse::<usize>().ok())
        .sum();
    assert!(left_out > 0, "{summary}");
    assert_eq!(printed(&all), printed(&summary) + left_out, "{summary}");
    assert!(printed(&all) > 50);
}

/// A file with few notes (the seed itself) prints every one: the summary changes nothing.
#[test]
fn a_file_with_few_notes_prints_every_one() {
    let dir = seed_copies(1);
    let (_, summary) = score(&dir, "en", &[]);
    let (_, all) = score(&dir, "en", &["--notes", "all"]);
    assert_eq!(summary, all);
    assert!(printed(&all) > 0);
}

/// The notes left out of stderr are all in the reports: the JSON lists as many import notes
/// whichever `--notes` is given.
#[test]
fn notes_left_out_of_stderr_are_in_the_report() {
    let dir = seed_copies(10);
    let (summary_json, summary) = score(&dir, "en", &["--format", "json"]);
    let (all_json, all) = score(&dir, "en", &["--format", "json", "--notes", "all"]);
    assert_eq!(summary_json, all_json);
    let json: serde_json::Value = serde_json::from_str(&summary_json).unwrap();
    let listed: usize = json["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["import_notes"].as_array().map_or(0, Vec::len))
        .sum();
    // Every note on a form is listed under its form (the notes on no form, before the first
    // form and after the last, belong to none).
    assert!(listed + 2 >= printed(&all), "{listed} {}", printed(&all));
    assert!(printed(&summary) < printed(&all));
}
