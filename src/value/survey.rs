//! Survey counts written in a 满意度 cell (issue #17): `455/500`, `样本500人，满意455人`,
//! `发放问卷520份，有效问卷500份，其中满意455份`, `调查500人，不满意45人`,
//! `满意度91%（455/500）`. Read with the same number scanner as every other cell
//! ([`super::parse`]); what the counts mean for a score is the rules' business
//! (`[satisfaction]`, [`crate::evaluate`]).
//!
//! Each number is given a part by the word nearest to it: the last survey word before it
//! (`有效样本500`, `其中满意455`), else the first after it (`455人满意`, `500人参与调查`).
//! Two numbers joined by `/` with no words of their own are satisfied / sample. A number in
//! `%` is the reported rate. The sample is the number named 有效 (`有效问卷500份`) when
//! several numbers name a sample (`发放问卷520份`). Numbers naming no part (`较上年提高3个
//! 百分点`) are left alone.

use super::UnreadableReason;
use super::parse::{find_number_start, normalize, read_at};
use rust_decimal::Decimal;

/// The counts of a satisfaction survey as a cell gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Survey {
    /// 满意人数: the people satisfied, when written.
    pub satisfied: Option<Decimal>,
    /// 不满意人数, when written (the satisfied are then the sample less these).
    pub dissatisfied: Option<Decimal>,
    /// 有效样本 / 调查人数: the people whose answers count.
    pub sample: Decimal,
    /// The 满意度 written beside the counts, in percent (`91%` → 91).
    pub rate: Option<Decimal>,
    /// The answer levels whose counts make `satisfied`, when more than one is written
    /// (`非常满意300人，满意100人，基本满意55人`: each level once, summed; tester s18 R8).
    pub levels: Vec<(String, Decimal)>,
}

/// A part of a survey a cell can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveyPart {
    /// 满意人数.
    Satisfied,
    /// 不满意人数.
    Dissatisfied,
    /// 有效样本.
    Sample,
    /// 满意度 in %.
    Rate,
}

/// Why a cell that gives survey counts cannot be read as a survey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SurveyProblem {
    /// Satisfied (or dissatisfied) people are given, the sample is not.
    NoSample,
    /// The sample is given, but neither the satisfied nor a rate.
    NoSatisfied,
    /// Two numbers give the same part (`满意455人，满意460人`).
    Twice(SurveyPart),
    /// A count that is not a whole number of people (`满意45.5人`, `满意455元`): the number as
    /// written.
    NotACount(String),
    /// A number that cannot be read, with the parser's reason.
    Unreadable(UnreadableReason),
}

/// Survey words, each with the part it names. Whole words are matched, the longest first:
/// `不满意` and the answer levels `非常满意` `比较满意` `基本满意` before the `满意` inside them
/// (tester s18 R8: `基本满意` is an answer level of real surveys, not 满意 written twice).
const WORDS: &[(&str, SurveyPart)] = &[
    ("不满意", SurveyPart::Dissatisfied),
    ("非常满意", SurveyPart::Satisfied),
    ("比较满意", SurveyPart::Satisfied),
    ("基本满意", SurveyPart::Satisfied),
    ("满意", SurveyPart::Satisfied),
    ("样本", SurveyPart::Sample),
    ("调查", SurveyPart::Sample),
    ("问卷", SurveyPart::Sample),
    ("受访", SurveyPart::Sample),
    ("参与", SurveyPart::Sample),
    ("抽样", SurveyPart::Sample),
    ("抽取", SurveyPart::Sample),
    ("测评", SurveyPart::Sample),
    ("总人数", SurveyPart::Sample),
    ("有效", SurveyPart::Sample),
];

/// Units a count of people or answers may carry.
const COUNT_UNITS: &[&str] = &[
    "", "人", "人次", "份", "户", "户次", "名", "位", "个", "家", "张",
];

/// One number of the cell with what was read around it.
struct Number {
    value: Decimal,
    text: String,
    percent: bool,
    /// Whether its unit is one a count may carry.
    count_unit: bool,
    part: Option<SurveyPart>,
    /// The survey word that gave it its part (`基本满意`), none for a slash's.
    word: Option<&'static str>,
    /// Its words say 有效 (`有效问卷500份`).
    valid: bool,
    end: usize,
}

/// The survey counts `text` gives: `None` when it gives none (a plain rate `91%`, words, any
/// cell naming no satisfied, dissatisfied or sample count), else the counts or why they cannot
/// be read.
pub fn survey(text: &str) -> Option<Result<Survey, SurveyProblem>> {
    // Most cells are no survey: only those with a slash or a survey word are scanned.
    if !text.contains('/') && !text.contains('／') && !WORDS.iter().any(|(w, _)| text.contains(w))
    {
        return None;
    }
    let chars = normalize(text);
    let numbers = match numbers(&chars) {
        Ok(n) => n,
        Err(reason) => return Some(Err(SurveyProblem::Unreadable(reason))),
    };
    let counted = |n: &&Number| n.part.is_some_and(|p| p != SurveyPart::Rate);
    if !numbers.iter().any(|n| counted(&n)) {
        return None;
    }
    Some(assemble(&numbers))
}

/// Every number of the cell, each with the part its words (or a slash) give it.
fn numbers(chars: &[char]) -> Result<Vec<Number>, UnreadableReason> {
    let mut out: Vec<Number> = Vec::new();
    let mut from = 0;
    while let Some(start) = find_number_start(chars, from) {
        let scan = read_at(chars, start)?;
        let before: String = chars.get(from..start).unwrap_or_default().iter().collect();
        let percent = scan.unit == "%";
        // `455满意`: no measure word, so the scanner took the words for the unit.
        let words_as_unit = !percent
            && !COUNT_UNITS.contains(&scan.unit.as_str())
            && first_word(&scan.unit).is_some();
        let count_unit = words_as_unit || COUNT_UNITS.contains(&scan.unit.as_str());
        let mut after: String = chars
            .get(scan.unit_end..scan.run_end)
            .unwrap_or_default()
            .iter()
            .collect();
        if words_as_unit {
            after.insert_str(0, &scan.unit);
        }
        let nearest = last_word(&before).or_else(|| first_word(&after));
        let word = nearest.map(|(w, _)| w);
        let nearest = nearest.map(|(_, p)| p);
        let part = if percent {
            match nearest {
                Some(SurveyPart::Dissatisfied) => None,
                _ => Some(SurveyPart::Rate),
            }
        } else {
            nearest
        };
        let slash = out
            .last()
            .is_some_and(|p| chars.get(p.end..start) == Some(&['/'][..]));
        let mut n = Number {
            value: scan.value,
            text: chars
                .get(start..scan.end)
                .unwrap_or_default()
                .iter()
                .collect(),
            percent,
            count_unit,
            part,
            word,
            valid: before.contains("有效") || after.contains("有效"),
            end: scan.end,
        };
        if slash && !percent {
            if let Some(p) = out.last_mut().filter(|p| p.part.is_none() && !p.percent) {
                p.part = Some(SurveyPart::Satisfied);
            }
            if n.part.is_none() {
                n.part = Some(SurveyPart::Sample);
            }
        }
        from = scan.end.max(start.saturating_add(1));
        out.push(n);
    }
    Ok(out)
}

/// The survey word ending nearest the end of `words` (the longest of those ending there), with
/// the part it names.
fn last_word(words: &str) -> Option<(&'static str, SurveyPart)> {
    WORDS
        .iter()
        .filter_map(|(w, p)| words.rfind(w).map(|at| (at + w.len(), w.len(), *w, *p)))
        .max_by_key(|(end, len, _, _)| (*end, *len))
        .map(|(_, _, w, p)| (w, p))
}

/// The survey word starting nearest the start of `words` (the longest of those starting
/// there), with the part it names.
fn first_word(words: &str) -> Option<(&'static str, SurveyPart)> {
    WORDS
        .iter()
        .filter_map(|(w, p)| words.find(w).map(|at| (at, w.len(), *w, *p)))
        .min_by_key(|(at, len, _, _)| (*at, std::cmp::Reverse(*len)))
        .map(|(_, _, w, p)| (w, p))
}

/// Answer levels with their counts (`基本满意`, 20).
type Levels = Vec<(String, Decimal)>;

/// The satisfied people: one number for each answer level written (`满意` twice is
/// [`SurveyProblem::Twice`]), summed; with the levels when more than one is.
fn satisfied_levels(numbers: &[Number]) -> Result<(Option<Decimal>, Levels), SurveyProblem> {
    let mut levels: Vec<(Option<&str>, Decimal)> = Vec::new();
    for n in numbers
        .iter()
        .filter(|n| n.part == Some(SurveyPart::Satisfied))
    {
        if levels.iter().any(|(w, _)| *w == n.word) {
            return Err(SurveyProblem::Twice(SurveyPart::Satisfied));
        }
        levels.push((n.word, n.value));
    }
    let sum = levels
        .iter()
        .try_fold(Decimal::ZERO, |acc, (_, v)| acc.checked_add(*v));
    let shown = match levels.len() {
        0 | 1 => Vec::new(),
        _ => levels
            .iter()
            .map(|(w, v)| ((*w).unwrap_or("满意").to_owned(), *v))
            .collect(),
    };
    match (levels.is_empty(), sum) {
        (true, _) => Ok((None, shown)),
        (false, Some(sum)) => Ok((Some(sum), shown)),
        (false, None) => Err(SurveyProblem::Twice(SurveyPart::Satisfied)),
    }
}

/// The survey from the numbers' parts: one of each, the sample preferring 有效.
fn assemble(numbers: &[Number]) -> Result<Survey, SurveyProblem> {
    let of = |part| numbers.iter().filter(move |n| n.part == Some(part));
    for n in numbers.iter().filter(|n| {
        matches!(
            n.part,
            Some(SurveyPart::Satisfied | SurveyPart::Dissatisfied | SurveyPart::Sample)
        )
    }) {
        if !n.count_unit || n.value.is_sign_negative() || n.value.fract() != Decimal::ZERO {
            return Err(SurveyProblem::NotACount(n.text.clone()));
        }
    }
    let one = |part| -> Result<Option<Decimal>, SurveyProblem> {
        let mut found = of(part);
        match (found.next(), found.next()) {
            (None, _) => Ok(None),
            (Some(n), None) => Ok(Some(n.value)),
            (Some(_), Some(_)) => Err(SurveyProblem::Twice(part)),
        }
    };
    let (satisfied, levels) = satisfied_levels(numbers)?;
    let dissatisfied = one(SurveyPart::Dissatisfied)?;
    let samples: Vec<&Number> = of(SurveyPart::Sample).collect();
    let valid: Vec<&Number> = samples.iter().copied().filter(|n| n.valid).collect();
    let sample = match (samples.as_slice(), valid.as_slice()) {
        ([], _) => return Err(SurveyProblem::NoSample),
        ([only], _) | (_, [only]) => only.value,
        _ => return Err(SurveyProblem::Twice(SurveyPart::Sample)),
    };
    let rates: Vec<&Number> = of(SurveyPart::Rate).collect();
    let rate = match rates.as_slice() {
        [] => None,
        [only] => Some(only.value),
        _ => return Err(SurveyProblem::Twice(SurveyPart::Rate)),
    };
    if satisfied.is_none() && dissatisfied.is_none() && rate.is_none() {
        return Err(SurveyProblem::NoSatisfied);
    }
    Ok(Survey {
        satisfied,
        dissatisfied,
        sample,
        rate,
        levels,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// (satisfied, dissatisfied, sample, rate) as written.
    fn read(text: &str) -> (Option<Decimal>, Option<Decimal>, Decimal, Option<Decimal>) {
        match survey(text) {
            Some(Ok(s)) => (s.satisfied, s.dissatisfied, s.sample, s.rate),
            other => panic!("{text}: {other:?}"),
        }
    }

    /// Tester s18 R8: 非常满意 / 满意 / 基本满意 / 不满意 are answer levels, each matched as a
    /// whole word, the longest first; the satisfied levels are summed, and said.
    #[test]
    fn answer_levels_are_whole_words() {
        let s = survey("调查100人，非常满意60人，满意25人，基本满意10人，不满意5人")
            .unwrap()
            .unwrap();
        assert_eq!(s.satisfied, Some(d("95")));
        assert_eq!(s.dissatisfied, Some(d("5")));
        assert_eq!(s.sample, d("100"));
        let levels: Vec<(&str, Decimal)> = s.levels.iter().map(|(w, n)| (w.as_str(), *n)).collect();
        assert_eq!(
            levels,
            [
                ("非常满意", d("60")),
                ("满意", d("25")),
                ("基本满意", d("10"))
            ]
        );
        assert_eq!(
            read("样本200人，基本满意20人，满意170人"),
            (Some(d("190")), None, d("200"), None)
        );
        // One level is no sum to say.
        assert!(
            survey("样本500人，满意455人")
                .unwrap()
                .unwrap()
                .levels
                .is_empty()
        );
        // The same level twice is still said.
        assert_eq!(
            survey("样本500人，基本满意20人，基本满意30人"),
            Some(Err(SurveyProblem::Twice(SurveyPart::Satisfied)))
        );
    }

    #[test]
    fn counts_are_read_as_forms_write_them() {
        let counts = |sat: &str, sample: &str| (Some(d(sat)), None, d(sample), None);
        assert_eq!(read("455/500"), counts("455", "500"));
        assert_eq!(read("455人/500人"), counts("455", "500"));
        assert_eq!(read("４５５／５００"), counts("455", "500"));
        assert_eq!(read("样本500人，满意455人"), counts("455", "500"));
        assert_eq!(read("样本 500 人，满意 455 人"), counts("455", "500"));
        assert_eq!(read("满意人数455人/有效样本500人"), counts("455", "500"));
        assert_eq!(read("调查500人，其中455人满意"), counts("455", "500"));
        assert_eq!(read("500人参与调查，455人满意"), counts("455", "500"));
        assert_eq!(read("满意度调查样本500人，满意455人"), counts("455", "500"));
        assert_eq!(
            read("调查满意人数455人，样本1,000人"),
            counts("455", "1000")
        );
        // The sample is the valid answers, not the questionnaires sent out.
        assert_eq!(
            read("发放问卷520份，回收有效问卷500份，其中满意455份"),
            counts("455", "500")
        );
        assert_eq!(
            read("满意度91%（455/500）"),
            (Some(d("455")), None, d("500"), Some(d("91")))
        );
        assert_eq!(
            read("调查500人，不满意45人"),
            (None, Some(d("45")), d("500"), None)
        );
        assert_eq!(
            read("满意度95%（调查200人）"),
            (None, None, d("200"), Some(d("95")))
        );
    }

    #[test]
    fn cells_without_counts_are_not_surveys() {
        for text in [
            "95%",
            "满意度95%",
            "满意",
            "非常满意",
            "达成预期指标",
            "",
            "≥90%",
            "满意度95%，较上年提高3个百分点",
            "元/人",
            "100元/人",
        ] {
            assert_eq!(survey(text), None, "{text}");
        }
    }

    #[test]
    fn counts_that_cannot_be_read_say_why() {
        use SurveyProblem::*;
        for (text, problem) in [
            ("满意455人", NoSample),
            ("样本500人", NoSatisfied),
            (
                "满意455人，满意460人，样本500人",
                Twice(SurveyPart::Satisfied),
            ),
            ("问卷520份，调查500人，满意455人", Twice(SurveyPart::Sample)),
            ("满意45.5人，样本500人", NotACount("45.5人".into())),
            ("满意455元，样本500人", NotACount("455元".into())),
        ] {
            assert_eq!(survey(text), Some(Err(problem)), "{text}");
        }
        assert!(matches!(
            survey("满意4.5.5人/500人"),
            Some(Err(Unreadable(_)))
        ));
    }
}
