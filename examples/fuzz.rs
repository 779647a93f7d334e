//! Deterministic fuzz harness that runs on the stable toolchain (docs/reliability.md). Feeds
//! pseudo-random and mutated inputs into every stage that reads user input and catches panics:
//!
//! - `import`: windows of the seed text, mutated, into `import::seed_text::import`, and the
//!   case files it writes into the case validator;
//! - `value`: value strings (from the shipped cases, generated from a numeric alphabet, and
//!   mutated) into `value::parse` and `value::extract_quantities`;
//! - `rules`: the shipped rule files, mutated (bytes, keys, values), into
//!   `validate::rules::validate`, and the rule sets that still validate score a shipped case;
//! - `case`: the shipped case files, mutated (bytes, and cell values replaced by absurd
//!   numbers), into `validate::case::validate` and `evaluate` under anhui-2023 (with its
//!   scripts) and central-2016; the fast case reader must read each one exactly as the TOML
//!   parser does, or leave it to the TOML parser.
//!
//! - `workbook`: generated `.xlsx` workbooks (random sheets, form labels and numbers, far cells
//!   up to `XFD1048576`, merges, formulas with and without cached values, hidden sheets), some
//!   with bytes flipped, into `import::import`; one in 25 iterations (a workbook costs a
//!   thousand times a value string);
//! - `worddoc` (one in 25 iterations): the `.doc` fixture `s18-doc/template.doc` with 1–40
//!   bytes past its header replaced and a fifth cut short, into `import::import`;
//! - `markup` (one in four iterations): generated HTML pages and Word `document.xml` bodies (tag soup, huge
//!   `rowspan`/`colspan`/`gridSpan`, unclosed cells, entities) into `import::import`.
//!
//! Run: `cargo run --release --example fuzz -- [--per-target N] [--seed S] [--target NAME]`.
//! A panic prints the target, the iteration and the input (Rust string escape), writes it to
//! `target/fuzz-crashes/`, and makes the run exit 1.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use jixiao::evaluate::{Options, evaluate};
use jixiao::model::RuleSet;
use jixiao::source::SourceFile;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::time::Instant;

#[global_allocator]
static GLOBAL: jixiao::allocator::Allocator = jixiao::allocator::Allocator;

/// splitmix64: small, fast and deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

/// Pieces that matter to the parsers: digits, separators, comparators, units, multipliers,
/// band words, TOML punctuation.
const TOKENS: &[&str] = &[
    "0",
    "1",
    "5",
    "9",
    ".",
    ",",
    "%",
    "‰",
    "-",
    "+",
    "≥",
    "≤",
    ">",
    "<",
    "=",
    "≧",
    "≦",
    "以上",
    "以下",
    "以内",
    "不低于",
    "不超过",
    "大于",
    "小于",
    "达到",
    "万",
    "亿",
    "万元",
    "元",
    "个",
    "件",
    "人",
    "次",
    "天",
    "级",
    "第",
    "三",
    "十",
    "百",
    "千",
    "无",
    "不涉及",
    "N/A",
    "/",
    "——",
    "…",
    " ",
    "\n",
    "\t",
    "|",
    "||||",
    "\"",
    "'",
    "[",
    "]",
    "{",
    "}",
    "=",
    "#",
    "\\",
    "达成预期指标",
    "部分达成",
    "未达成",
    "产出指标",
    "效益",
    "满意度",
    "项目支出绩效自评表",
    "年度资金总额",
    "总分",
    "9O",
    "e",
    "E",
    "１",
    "％",
    "：",
    "·",
    "\u{200b}",
    "\u{feff}",
    "🙂",
    "\r\n",
];

/// Values a cell may be replaced with: absurd, huge, tiny, negative, malformed.
const ABSURD: &[&str] = &[
    "0",
    "-0",
    "-5",
    "-100",
    "0.0000000000000000000000000001",
    "79228162514264337593543950335",
    "7922816251426433759354395033.5",
    "99999999999999999999999999999",
    "999999999999999999999999999999999",
    "1e5",
    "1000%",
    "100000%",
    "-20%",
    "≥0",
    "≤0",
    "=0",
    "≥79228162514264337593543950335",
    "≤0.0000000000000000000000000001",
    "9999999999999亿",
    "1.2万亿",
    "5万亿亿",
    "十五",
    "",
    " ",
    "/",
    "无",
    "达成预期指",
    "达成预期指标",
    "产",
    "不涉及",
    "1,000,000,000,000,000,000,000,000,000",
    "第三级",
    "第九千九百九十九亿级",
];

fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let at = rng.below(chars.len() + 1);
        match rng.below(7) {
            0 if !chars.is_empty() => {
                let end = (at + 1 + rng.below(8)).min(chars.len());
                chars.drain(at.min(end)..end);
            }
            1 => {
                let t = rng.pick(TOKENS);
                chars.splice(at..at, t.chars());
            }
            2 if at < chars.len() => {
                chars[at] = char::from_u32(rng.below(0x3000) as u32).unwrap_or('?');
            }
            3 if !chars.is_empty() => {
                // duplicate a run
                let start = rng.below(chars.len());
                let end = (start + 1 + rng.below(40)).min(chars.len());
                let run: Vec<char> = chars[start..end].to_vec();
                chars.splice(at..at, run);
            }
            4 => {
                let t = rng.pick(ABSURD);
                chars.splice(at..at, t.chars());
            }
            5 if chars.len() > 2 => {
                // swap two characters
                let b = rng.below(chars.len());
                let a = at.min(chars.len() - 1);
                chars.swap(a, b);
            }
            _ => {
                let t = rng.pick(TOKENS);
                chars.splice(at..at, t.chars());
            }
        }
    }
    chars.into_iter().collect()
}

/// Replaces the content of `k` random quoted strings (`"…"`) with absurd values or mutations.
fn mutate_values(rng: &mut Rng, text: &str, k: usize) -> String {
    let quotes: Vec<usize> = text.match_indices('"').map(|(i, _)| i).collect();
    let pairs: Vec<(usize, usize)> = quotes.chunks_exact(2).map(|c| (c[0], c[1])).collect();
    if pairs.is_empty() {
        return text.to_owned();
    }
    let mut chosen: Vec<(usize, usize)> = (0..k).map(|_| *rng.pick(&pairs)).collect();
    chosen.sort_unstable();
    chosen.dedup();
    let mut out = String::with_capacity(text.len() + 64);
    let mut last = 0;
    for (a, b) in chosen {
        if a < last {
            continue;
        }
        out.push_str(&text[last..=a]);
        let inner = &text[a + 1..b];
        let new = if rng.chance(2) {
            (*rng.pick(ABSURD)).to_owned()
        } else {
            mutate(rng, inner)
        };
        // keep the string a TOML string most of the time
        let new = if rng.chance(10) {
            new
        } else {
            new.replace(['"', '\\', '\n', '\r'], "")
        };
        out.push_str(&new);
        last = b;
    }
    out.push_str(&text[last..]);
    out
}

/// Renames a key (`points =` → a near miss), or changes a value's type.
fn mutate_keys(rng: &mut Rng, text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let i = rng.below(lines.len());
    let mut out: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    let line = &lines[i];
    if let Some((k, v)) = line.split_once(" = ") {
        let new = match rng.below(5) {
            0 => format!("{} = {v}", mutate(rng, k)),
            1 => format!("{k} = 7.5"),
            2 => format!("{k} = true"),
            3 => format!("{k} = [{v}, {v}]"),
            _ => format!("{k} = {{ x = {v} }}"),
        };
        out[i] = new;
    } else {
        out[i] = mutate(rng, line);
    }
    out.join("\n")
}

/// A fuzz target: its name and one run on iteration `i`, false when it panicked.
type Target<'a> = (&'a str, &'a dyn Fn(&mut Rng, u64) -> bool);

struct Outcome {
    runs: u64,
    crashes: u64,
}

fn run_one(target: &str, i: u64, input: &str, f: impl FnOnce()) -> bool {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(()) => true,
        Err(e) => {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            let dir = Path::new("target/fuzz-crashes");
            let file = dir.join(format!("{target}-{i}.txt"));
            let _ = std::fs::create_dir_all(dir);
            let _ = std::fs::write(&file, input);
            let head: String = input.chars().take(300).collect();
            eprintln!(
                "CRASH in `{target}` at iteration {i}: {msg}\ninput ({} bytes, written to {}): {head:?}…",
                input.len(),
                file.display()
            );
            false
        }
    }
}

fn shipped(dir: &str) -> Vec<String> {
    let files = jixiao::load::case_files(&[dir.into()]).unwrap();
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect()
}

fn load_rules(id: &str) -> RuleSet {
    jixiao::pipeline::load_rule_set(&Path::new("rules").join(id))
        .unwrap()
        .value
        .unwrap()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let per_target: u64 = arg("--per-target")
        .and_then(|s| s.replace('_', "").parse().ok())
        .unwrap_or(1_000_000);
    let seed: u64 = arg("--seed").and_then(|s| s.parse().ok()).unwrap_or(7);
    let only = arg("--target");
    // Panics are caught and reported by `run_one`; keep the default hook quiet.
    std::panic::set_hook(Box::new(|_| {}));

    let seed_text = std::fs::read_to_string("tests/data/seed-2023-huainan.txt").unwrap();
    let seed_chars: Vec<char> = seed_text.chars().collect();
    let cases = shipped("cases");
    let doc = std::fs::read("tests/data/import/s18-doc/template.doc").unwrap_or_default();
    let mut rule_texts: Vec<String> = Vec::new();
    for id in jixiao::pipeline::Catalog::new("rules").ids() {
        let text =
            std::fs::read_to_string(Path::new("rules").join(&id).join("rules.toml")).unwrap();
        rule_texts.push(text);
    }
    let anhui = load_rules("anhui-2023");
    let central = load_rules("central-2016");
    let sample_case = jixiao::validate::case::validate(&SourceFile::new(
        "sample.toml",
        cases
            .iter()
            .find(|c| c.contains("anhui-2023"))
            .cloned()
            .unwrap(),
    ))
    .value
    .unwrap();
    // Value strings from the shipped cases' cells.
    let mut values: Vec<String> = Vec::new();
    for c in &cases {
        for line in c.lines() {
            if let Some((_, v)) = line.split_once(" = \"") {
                values.push(v.trim_end_matches('"').to_owned());
            }
        }
    }
    values.extend(ABSURD.iter().map(|s| (*s).to_owned()));

    let workbook_every = 25;
    let markup_every = 4;
    let targets: [Target; 7] = [
        ("import", &|rng, i| {
            // A window of the seed (one to a few forms' worth), mutated.
            let len = 200 + rng.below(6000);
            let start = rng.below(seed_chars.len().saturating_sub(len));
            let window: String = seed_chars[start..(start + len).min(seed_chars.len())]
                .iter()
                .collect();
            let input = if rng.chance(20) {
                window
            } else {
                mutate(rng, &window)
            };
            run_one("import", i, &input, || {
                let imported = jixiao::import::seed_text::import("fuzz.txt", &input, None);
                for f in imported.forms.iter().take(1) {
                    let src = SourceFile::new(f.file_name.clone(), f.toml.clone());
                    let v = jixiao::validate::case::validate(&src);
                    assert!(
                        v.value.is_some(),
                        "imported case does not validate: {:?}\n{}",
                        v.diagnostics.first().map(|d| d.render_plain()),
                        f.toml
                    );
                }
            })
        }),
        ("value", &|rng, i| {
            let input = match rng.below(3) {
                0 => {
                    let v = rng_pick_owned(rng, &values);
                    mutate(rng, &v)
                }
                1 => {
                    let n = 1 + rng.below(8);
                    (0..n).map(|_| *rng.pick(TOKENS)).collect()
                }
                _ => {
                    let n = 1 + rng.below(6);
                    (0..n)
                        .map(|_| {
                            if rng.chance(2) {
                                *rng.pick(ABSURD)
                            } else {
                                *rng.pick(TOKENS)
                            }
                        })
                        .collect()
                }
            };
            run_one("value", i, &input, || {
                let _ = jixiao::value::parse(&input);
                let _ = jixiao::value::extract_quantities(&input);
                let _ = jixiao::validate::case::number(&input);
            })
        }),
        ("rules", &|rng, i| {
            let base = rng.pick(&rule_texts);
            let input = match rng.below(3) {
                0 => mutate(rng, base),
                1 => {
                    let k = 1 + rng.below(3);
                    mutate_values(rng, base, k)
                }
                _ => mutate_keys(rng, base),
            };
            run_one("rules", i, &input, || {
                let src = SourceFile::new("rules.toml", input.clone());
                let v = jixiao::validate::rules::validate(&src, "fuzz");
                for d in &v.diagnostics {
                    let _ = d.render_human(false);
                    let _ = d.to_json();
                }
                if let Some(rules) = v.value {
                    let _ = evaluate(&rules, &sample_case, Options::default());
                }
            })
        }),
        ("case", &|rng, i| {
            let base = rng.pick(&cases);
            let input = match rng.below(4) {
                0 => mutate(rng, base),
                1 => mutate_keys(rng, base),
                _ => {
                    let k = 1 + rng.below(6);
                    mutate_values(rng, base, k)
                }
            };
            run_one("case", i, &input, || {
                // The fast case reader must read what the TOML parser reads, or decline.
                if let Ok(fast) = jixiao::load::raw_case::parse(&input) {
                    let full = jixiao::load::raw_case::parse_toml(&input);
                    assert!(full.is_ok(), "read a file TOML refuses: {full:?}");
                    if let Ok(full) = full {
                        assert_eq!(format!("{fast:?}"), format!("{full:?}"), "readers differ");
                    }
                }
                let src = SourceFile::new("case.toml", input.clone());
                let v = jixiao::validate::case::validate(&src);
                for d in &v.diagnostics {
                    let _ = d.render_human(false);
                }
                if let Some(case) = v.value {
                    let rules = if rng_bit(i) { &anhui } else { &central };
                    let o = evaluate(
                        rules,
                        &case,
                        Options {
                            trace: i % 4 == 0,
                            scores_only: false,
                        },
                    );
                    assert!(
                        o.total_or_zero() >= rust_decimal::Decimal::ZERO,
                        "negative total"
                    );
                    for ind in &o.indicators {
                        // Within the points rounded by the rule's indicator rounding (a full
                        // score on points 151.599 is 151.60 at 2 places).
                        let p = rules.round_indicator.apply(ind.points.unwrap_or_default());
                        assert!(
                            ind.score >= rust_decimal::Decimal::ZERO && ind.score <= p,
                            "score {} outside 0..{p}",
                            ind.score
                        );
                    }
                }
            })
        }),
        ("workbook", &|rng, i| {
            if i % workbook_every != 0 {
                return true;
            }
            let bytes = random_workbook(rng);
            let input = format!("workbook of {} bytes (seed iteration {i})", bytes.len());
            run_one("workbook", i, &input, || {
                let _ = jixiao::import::import("fuzz.xlsx", &bytes, None);
            })
        }),
        ("worddoc", &|rng, i| {
            if i % workbook_every != 0 {
                return true;
            }
            let bytes = mutated_doc(rng, &doc);
            let input = format!("`.doc` of {} bytes (seed iteration {i})", bytes.len());
            run_one("worddoc", i, &input, || {
                let _ = jixiao::import::import("fuzz.doc", &bytes, None);
            })
        }),
        ("markup", &|rng, i| {
            if i % markup_every != 0 {
                return true;
            }
            let (name, bytes) = if rng.chance(2) {
                ("fuzz.html", random_html(rng).into_bytes())
            } else {
                ("fuzz.docx", random_docx(rng))
            };
            let input = String::from_utf8_lossy(&bytes).into_owned();
            run_one("markup", i, &input, || {
                let _ = jixiao::import::import(name, &bytes, None);
            })
        }),
    ];

    let mut failed = false;
    for (name, target) in targets {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let mut rng = Rng(seed ^ fnv(name));
        let t = Instant::now();
        let mut out = Outcome {
            runs: 0,
            crashes: 0,
        };
        for i in 0..per_target {
            out.runs += 1;
            if !target(&mut rng, i) {
                out.crashes += 1;
                if out.crashes >= 5 {
                    break;
                }
            }
        }
        let secs = t.elapsed().as_secs_f64();
        println!(
            "{name:>7}: {} inputs in {secs:.1} s ({:.0}/s), {} crashes",
            out.runs,
            out.runs as f64 / secs,
            out.crashes
        );
        failed |= out.crashes > 0;
    }
    if failed {
        std::process::exit(1);
    }
}

fn rng_pick_owned(rng: &mut Rng, items: &[String]) -> String {
    rng.pick(items).clone()
}

fn rng_bit(i: u64) -> bool {
    i.is_multiple_of(2)
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Cell texts of a form, and numbers, for generated workbooks and pages.
const FORM_WORDS: &[&str] = &[
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "主管部门",
    "实施单位",
    "项目资金(万元)",
    "年初预算数",
    "全年预算数(A)",
    "全年执行数(B)",
    "分值",
    "执行率(B/A)",
    "得分",
    "年度资金总额:",
    "其中:本年财政拨款",
    "上年结转资金",
    "年度总体目标",
    "预期目标",
    "实际完成情况",
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "偏差原因分析及改进措施",
    "产出指标",
    "数量指标",
    "效益指标",
    "满意度指标",
    "指标1:参保人数",
    "≥90%",
    "≤150元",
    "达成预期指标",
    "总分",
    "注:",
    "100",
    "95.8",
    "-",
    "",
    "0.7096",
    "1e308",
    "-5",
    "备注",
];

/// A random workbook: sheets of form words in a form-sized grid, far cells, merges (some
/// overlapping or huge), formulas with and without results; sometimes with bytes flipped.
fn random_workbook(rng: &mut Rng) -> Vec<u8> {
    use rust_xlsxwriter::{Format, Formula, Workbook};
    let mut book = Workbook::new();
    let plain = Format::new();
    for s in 0..1 + rng.below(3) {
        let ws = book.add_worksheet();
        let _ = ws.set_name(format!("表{s}"));
        if rng.chance(15) {
            let _ = ws.set_hidden(true);
        }
        for _ in 0..rng.below(120) {
            let (r, c) = (rng.below(30) as u32, rng.below(12) as u16);
            let word = *rng.pick(FORM_WORDS);
            let _ = match rng.below(10) {
                0 => ws.write_number(r, c, rng.below(10_000) as f64 / 100.0),
                1 => ws.write_formula(r, c, Formula::new("=SUM(A1:B2)")),
                2 => ws.write_formula(r, c, Formula::new("=1/0").set_result("95.8")),
                _ => ws.write_string(r, c, word),
            };
        }
        // rust_xlsxwriter panics on some overlapping merges: keep them apart.
        let mut merged: Vec<(u32, u16, u32, u16)> = Vec::new();
        for _ in 0..rng.below(20) {
            let (r, c) = (rng.below(30) as u32, rng.below(12) as u16);
            let (h, w) = (rng.below(6) as u32, rng.below(6) as u16);
            let last_r = (r + h).min(1_048_575);
            let last_c = c.saturating_add(w).min(16_383);
            let overlaps = merged
                .iter()
                .any(|m| r <= m.2 && m.0 <= last_r && c <= m.3 && m.1 <= last_c);
            if (last_r, last_c) != (r, c) && !overlaps {
                merged.push((r, c, last_r, last_c));
                let _ = ws.merge_range(r, c, last_r, last_c, rng.pick::<&str>(FORM_WORDS), &plain);
            }
        }
    }
    let mut bytes = book.save_to_buffer().unwrap_or_default();
    // Far cells and a merge over the rest of the sheet go into the XML directly:
    // rust_xlsxwriter would walk every row (or cell) up to them.
    let (far, huge) = (rng.chance(3), rng.chance(5));
    if far || huge {
        bytes = with_far_cells(&bytes, far, huge);
    }
    if rng.chance(3) && !bytes.is_empty() {
        for _ in 0..1 + rng.below(8) {
            let at = rng.below(bytes.len());
            bytes[at] = rng.below(256) as u8;
        }
    }
    bytes
}

/// The workbook with a cell at `XFD1048576` and/or `B2:XFD1048576` merged (when it has no
/// merges yet) on its first sheet.
fn with_far_cells(bytes: &[u8], far: bool, huge: bool) -> Vec<u8> {
    use std::io::{Read, Write};
    let Ok(mut zin) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return bytes.to_vec();
    };
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zin.len() {
        let Ok(mut f) = zin.by_index(i) else {
            return bytes.to_vec();
        };
        let name = f.name().map(|n| n.into_owned()).unwrap_or_default();
        let mut data = Vec::new();
        let _ = f.read_to_end(&mut data);
        if name == "xl/worksheets/sheet1.xml" {
            let mut xml = String::from_utf8_lossy(&data).into_owned();
            if far {
                let cell = r#"<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>"#;
                xml = xml.replace("</sheetData>", &format!("{cell}</sheetData>"));
            }
            if huge && !xml.contains("<mergeCells") {
                let merge =
                    r#"<mergeCells count="1"><mergeCell ref="B2:XFD1048576"/></mergeCells>"#;
                xml = xml.replace("</sheetData>", &format!("</sheetData>{merge}"));
            }
            data = xml.into_bytes();
        }
        let _ = out.start_file(name, zip::write::SimpleFileOptions::default());
        let _ = out.write_all(&data);
    }
    out.finish().map(|c| c.into_inner()).unwrap_or_default()
}

const HTML_TOKENS: &[&str] = &[
    "<table>",
    "<tr>",
    "<td>",
    "</td>",
    "</tr>",
    "</table>",
    "<th colspan=2>",
    "<td rowspan=3>",
    "<td colspan=1000>",
    "<td rowspan=65534 colspan=999>",
    "<td rowspan=-1>",
    "<br>",
    "&nbsp;",
    "<p>",
    "</p>",
    "<script>",
    "</script>",
    "<head>",
    "<td colspan=\"x\">",
    "&#0;",
    "&#x110000;",
];

fn random_html(rng: &mut Rng) -> String {
    let mut out = String::from("<!DOCTYPE html><html><body>");
    for _ in 0..rng.below(300) {
        if rng.chance(2) {
            out.push_str(rng.pick::<&str>(HTML_TOKENS));
        } else {
            out.push_str(rng.pick::<&str>(FORM_WORDS));
        }
    }
    out
}

const DOCX_TOKENS: &[&str] = &[
    "<w:tbl>",
    "</w:tbl>",
    "<w:tr>",
    "</w:tr>",
    "<w:tc>",
    "</w:tc>",
    "<w:p>",
    "</w:p>",
    "<w:r><w:t>",
    "</w:t></w:r>",
    "<w:tcPr><w:gridSpan w:val=\"1000\"/></w:tcPr>",
    "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>",
    "<w:tcPr><w:vMerge/></w:tcPr>",
    "<w:gridSpan w:val=\"-3\"/>",
    "&amp;",
    "&#12345;",
    "<w:br/>",
    "<w:tab/>",
];

/// The `.doc` fixture with 1–40 bytes past its OLE header replaced, a fifth cut short.
fn mutated_doc(rng: &mut Rng, doc: &[u8]) -> Vec<u8> {
    let mut bytes = doc.to_vec();
    if bytes.len() <= 512 {
        return bytes;
    }
    for _ in 0..=rng.below(40) {
        let at = 512 + rng.below(bytes.len() - 512);
        if let Some(b) = bytes.get_mut(at) {
            *b = rng.next() as u8;
        }
    }
    if rng.chance(5) {
        bytes.truncate(512 + rng.below(bytes.len() - 512));
    }
    bytes
}

fn random_docx(rng: &mut Rng) -> Vec<u8> {
    use std::io::Write;
    let mut xml = String::from("<w:document><w:body>");
    for _ in 0..rng.below(300) {
        if rng.below(5) < 3 {
            xml.push_str(rng.pick::<&str>(DOCX_TOKENS));
        } else {
            xml.push_str(rng.pick::<&str>(FORM_WORDS));
        }
    }
    if rng.below(10) < 7 {
        xml.push_str("</w:body></w:document>");
    }
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let _ = zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    );
    let _ = zip.write_all(xml.as_bytes());
    zip.finish().map(|c| c.into_inner()).unwrap_or_default()
}
