//! The engine's own names in words (#16): directions, formulas, rounding modes, scoring
//! methods and how a rule stands to its policy. Rule files and JSON keep the stable English
//! names (`positive`, `half_up`, `not_met`); traces and reports show these words, in English
//! too (`half up`, `not met`): no report shows a code to a person.

use crate::i18n::{Lang, Message, msg};
use crate::model::{Direction, FormulaKind, Provenance, RoundMode, RuleKind, RuleRef};
use crate::outcome::Method;

/// `positive` / 正向.
pub fn direction(d: Direction) -> Message {
    match d {
        Direction::Positive => msg!("word-direction-positive"),
        Direction::Reverse => msg!("word-direction-reverse"),
        Direction::Equal => msg!("word-direction-equal"),
    }
}

/// `ratio` / 比例计分.
pub fn formula(k: FormulaKind) -> Message {
    match k {
        FormulaKind::Ratio => msg!("word-formula-ratio"),
        FormulaKind::AllOrNothing => msg!("word-formula-all-or-nothing"),
        FormulaKind::MetOrRatio => msg!("word-formula-met-or-ratio"),
        FormulaKind::PerPoint { .. } => msg!("word-formula-per-point"),
        FormulaKind::LinearCut { .. } => msg!("word-formula-linear-cut"),
    }
}

/// `half_up` / 四舍五入.
pub fn round_mode(m: RoundMode) -> Message {
    match m {
        RoundMode::HalfUp => msg!("word-round-half-up"),
        RoundMode::Truncate => msg!("word-round-truncate"),
        RoundMode::HalfEven => msg!("word-round-half-even"),
    }
}

/// `quoted` / 原文.
pub fn provenance(p: Provenance) -> Message {
    match p {
        Provenance::Quoted => msg!("word-source-quoted"),
        Provenance::Inferred => msg!("word-source-inferred"),
        Provenance::Assumed => msg!("word-source-assumed"),
    }
}

/// How an indicator was scored, for the tables' 方法 column (`band` / 定性分档).
pub fn method(m: Method) -> Message {
    match m {
        Method::Band => msg!("word-method-band"),
        Method::Ratio => msg!("word-method-ratio"),
        Method::AllOrNothing => msg!("word-method-all-or-nothing"),
        Method::LinearCut => msg!("word-method-linear-cut"),
        Method::PerPoint => msg!("word-method-per-point"),
        Method::NotApplicable => msg!("word-method-not-applicable"),
        Method::ReportedKept => msg!("word-method-reported-kept"),
        Method::Unscored => msg!("word-method-unscored"),
        Method::Missing => msg!("word-method-missing"),
        Method::Script => msg!("word-method-script"),
        Method::Met => msg!("word-method-met"),
        Method::NotMet => msg!("word-method-not-met"),
        Method::Unjudged => msg!("word-method-unjudged"),
    }
}

/// What a rule governs, as a coverage report heads its group (`level-1 weights`).
pub fn rule_kind(k: RuleKind) -> Message {
    match k {
        RuleKind::Weight => msg!("report-kind-weight"),
        RuleKind::Band => msg!("report-kind-band"),
        RuleKind::Formula => msg!("report-kind-formula"),
        RuleKind::BareTarget => msg!("report-kind-bare-target"),
        RuleKind::NotApplicable => msg!("report-kind-not-applicable"),
        RuleKind::Execution => msg!("report-kind-execution"),
        RuleKind::Rounding => msg!("report-kind-rounding"),
        RuleKind::Grade => msg!("report-kind-grade"),
    }
}

/// A rule as a trace, the table's trace and the xlsx/HTML 依据(规则) column name it: the
/// policy's name first, as the policy's `source` writes it, then the key, file and line
/// (`自评表注2：qualitative.bands[0]（rules/anhui-2023/rules.toml:115，[policy.note2]，原文）`);
/// a policy without a Chinese name is named by its id (`规则集的 [policy.na] 条：indicators（…）`).
pub fn rule_ref(r: &RuleRef) -> Message {
    let (name, policy) = match (&r.policy, &r.policy_name) {
        (Some(p), Some(name)) => (Some(msg!("word-rule-name", name = name)), Some(p)),
        (Some(p), None) => (Some(msg!("word-rule-name-unnamed")), Some(p)),
        (None, _) => (None, None),
    };
    let policy = policy.map(|p| msg!("word-rule-policy", policy = p));
    msg!(
        "word-rule",
        name = name,
        key = rule_key(&r.key),
        file = &r.file,
        line = r.line.to_string(),
        policy = policy,
        source = r
            .source
            .map(|s| msg!("word-rule-source", source = provenance(s)))
    )
}

/// What a rule of a rule file governs, in words (tester s8 F10: `rounding.indicator`,
/// `qualitative.bands[0]` were keys a reader cannot follow): `指标得分的舍入`, `定性指标第 1
/// 档`, `第 2 个规则脚本：逐项评分`. The file and line beside it find the key; a key this
/// does not know is shown as written.
pub fn rule_key(key: &str) -> Message {
    // The path without its indexes (`qualitative.bands`), and the last index, from 1.
    let mut path = String::with_capacity(key.len());
    let mut n = None;
    let mut rest = key;
    while let Some(open) = rest.find('[') {
        path.push_str(&rest[..open]);
        let Some(close) = rest[open..].find(']') else {
            return Message::verbatim(key);
        };
        n = rest[open + 1..open + close]
            .parse::<usize>()
            .ok()
            .map(|i| i + 1);
        rest = &rest[open + close + 1..];
    }
    path.push_str(rest);
    let n = n.unwrap_or(1).to_string();
    let id = match path.as_str() {
        "weights" => "rule-key-weights",
        "weights.level1" => "rule-key-weights-level1",
        "weights.adjustable" => "rule-key-weights-adjustable",
        "execution" => "rule-key-execution",
        "execution.rounding" => "rule-key-execution-rounding",
        "qualitative" => "rule-key-qualitative",
        "qualitative.bands" => "rule-key-qualitative-bands",
        "qualitative.accept_reported_in_band" => "rule-key-qualitative-accept-in-band",
        "quantitative" => "rule-key-quantitative",
        "quantitative.positive" => "rule-key-quantitative-positive",
        "quantitative.reverse" => "rule-key-quantitative-reverse",
        "quantitative.equal" => "rule-key-quantitative-equal",
        "quantitative.bare_target" => "rule-key-quantitative-bare-target",
        "quantitative.bare_target_by_level2" => "rule-key-quantitative-bare-target-by-level2",
        "quantitative.bare_target_by_name" => "rule-key-quantitative-bare-target-by-name",
        "quantitative.zero_target" => "rule-key-quantitative-zero-target",
        "quantitative.deadline" => "rule-key-quantitative-deadline",
        "quantitative.far_exceeded" => "rule-key-quantitative-far-exceeded",
        "quantitative.qualitative_actual" => "rule-key-quantitative-qualitative-actual",
        "indicators" => "rule-key-indicators",
        "indicators.shared_points" => "rule-key-indicators-shared-points",
        "indicators.explain_below_points" => "rule-key-indicators-explain-below-points",
        "indicators.not_applicable_points" => "rule-key-indicators-not-applicable-points",
        "satisfaction" => "rule-key-satisfaction",
        "satisfaction.minimum_sample" => "rule-key-satisfaction-minimum-sample",
        "rounding" => "rule-key-rounding",
        "rounding.indicator" => "rule-key-rounding-indicator",
        "rounding.total" => "rule-key-rounding-total",
        "grades" => "rule-key-grades",
        "grades.levels" => "rule-key-grades-levels",
        "grades.optional" => "rule-key-grades-optional",
        "scripts" => "rule-key-scripts",
        "scripts.before" => "rule-key-scripts-before",
        "scripts.indicator" => "rule-key-scripts-indicator",
        "scripts.after" => "rule-key-scripts-after",
        _ => return Message::verbatim(key),
    };
    Message::new(id).arg("n", n)
}

/// A finding's name in the user's words (`指标不适用` for `not-applicable`), from the catalogs'
/// `code-<code>` entries; the code itself when there is none.
pub fn finding_name(code: &str) -> String {
    crate::i18n::lookup(crate::i18n::lang(), &format!("code-{code}"))
        .unwrap_or_else(|| code.to_owned())
}

/// How a list of findings by kind names one (the CSV 发现 column, the xlsx summaries, the
/// HTML form sheets, `diff` and `regress`): its name in Chinese (`指标不适用`), since a finance
/// officer cannot read `not-applicable`; its code in English, where the code is already words
/// and what filters and scripts match (tester F10, #16).
pub fn finding_label(code: &str) -> String {
    match crate::i18n::lang() {
        Lang::Zh => finding_name(code),
        Lang::En => code.to_owned(),
    }
}

/// One finding kind that came (`+`) or went (`-`) in a case, with how often: a line of
/// `diff`, `regress` and `watch` (`问题 +一级指标权重经调整 (×2)`), and what those outputs
/// compare to say a change many cases share once (s11c H4).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FindingChange {
    /// Came (`+`) rather than went (`-`).
    pub added: bool,
    /// The finding code.
    pub code: String,
    /// How many findings of the code came or went.
    pub times: usize,
}

impl FindingChange {
    /// The line in words: `问题 +一级指标权重经调整 (×2)`.
    pub fn text(&self) -> String {
        let times = if self.times > 1 {
            format!(" (×{})", self.times)
        } else {
            String::new()
        };
        msg!(
            "report-diff-finding",
            sign = if self.added { "+" } else { "-" },
            code = finding_label(&self.code),
            times = times
        )
        .to_string()
    }
}

/// The finding kinds that came and went, added first: `added` and `removed` sorted, as
/// `diff` and `regress` keep them.
pub fn finding_change_list(added: &[String], removed: &[String]) -> Vec<FindingChange> {
    let mut out = Vec::new();
    for (sign, codes) in [(true, added), (false, removed)] {
        let mut rest = codes;
        while let Some(code) = rest.first() {
            let n = rest.iter().take_while(|c| *c == code).count();
            out.push(FindingChange {
                added: sign,
                code: code.clone(),
                times: n,
            });
            rest = rest.get(n..).unwrap_or_default();
        }
    }
    out
}

/// The finding kinds that came (`+`) and went (`-`), one line each with how often
/// (`问题 +一级指标权重经调整 (×2)`): `codes` sorted, as `diff` and `regress` list them
/// (tester s7 F6: `regress` listed codes).
pub fn finding_changes(added: &[String], removed: &[String]) -> Vec<String> {
    finding_change_list(added, removed)
        .iter()
        .map(FindingChange::text)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// English says the names in words (#16: the English table's 方法 column showed `not_met`):
    /// a rule file's code with its `_` read as spaces where that is English already (`half_up`
    /// → `half up`), never the code itself when the code is not one word.
    #[test]
    fn english_words_are_words_not_codes() {
        let mut words: Vec<(String, Message)> = Vec::new();
        for d in [Direction::Positive, Direction::Reverse, Direction::Equal] {
            words.push((d.name().to_owned(), direction(d)));
        }
        for m in [RoundMode::HalfUp, RoundMode::Truncate, RoundMode::HalfEven] {
            words.push((m.name().to_owned(), round_mode(m)));
        }
        for p in Provenance::ALL {
            words.push((p.name().to_owned(), provenance(p)));
        }
        for k in [
            FormulaKind::Ratio,
            FormulaKind::AllOrNothing,
            FormulaKind::MetOrRatio,
        ] {
            words.push((k.name().to_owned(), formula(k)));
        }
        use Method::*;
        for m in [
            Band,
            Ratio,
            AllOrNothing,
            LinearCut,
            PerPoint,
            NotApplicable,
            ReportedKept,
            Unscored,
            Missing,
            Script,
            Met,
            NotMet,
            Unjudged,
        ] {
            words.push((format!("{m:?}"), method(m)));
        }
        for (code, word) in &words {
            let en = word.render(Lang::En);
            assert!(!en.contains('_') && !en.is_empty(), "{code}: {en}");
            assert_ne!(word.render(Lang::Zh), en, "{code}");
        }
        assert_eq!(round_mode(RoundMode::HalfUp).render(Lang::En), "half up");
        assert_eq!(method(Method::NotMet).render(Lang::En), "not met");
        assert_eq!(
            method(Method::NotApplicable).render(Lang::En),
            "not applicable"
        );
        assert_eq!(direction(Direction::Reverse).render(Lang::En), "reverse");
        for k in [
            RuleKind::Weight,
            RuleKind::Band,
            RuleKind::Formula,
            RuleKind::BareTarget,
            RuleKind::NotApplicable,
            RuleKind::Execution,
            RuleKind::Rounding,
            RuleKind::Grade,
        ] {
            assert_eq!(rule_kind(k).render(Lang::En), k.title());
        }
        assert_eq!(direction(Direction::Reverse).render(Lang::Zh), "反向");
    }

    /// #16: the 依据(规则) column and the traces name the policy first, as its source does,
    /// then the rule's key and line.
    #[test]
    fn a_rule_is_named_by_its_policy_before_its_key_and_line() {
        let rule = |policy: Option<&str>, name: Option<&str>| RuleRef {
            key: "qualitative.bands[0]".into(),
            file: "rules/anhui-2023/rules.toml".into(),
            line: 115,
            policy: policy.map(Into::into),
            source: Some(Provenance::Quoted),
            policy_name: name.map(Into::into),
        };
        let named = rule(Some("note2"), Some("自评表注2"));
        assert_eq!(
            rule_ref(&named).render(Lang::Zh),
            "自评表注2：定性指标第 1 档（rules/anhui-2023/rules.toml:115，[policy.note2]，原文）"
        );
        assert_eq!(
            rule_ref(&named).render(Lang::En),
            "自评表注2: qualitative band 1 (rules/anhui-2023/rules.toml:115, policy note2, quoted)"
        );
        let unnamed = rule(Some("na"), None);
        assert_eq!(
            rule_ref(&unnamed).render(Lang::Zh),
            "规则集自定：定性指标第 1 档（rules/anhui-2023/rules.toml:115，[policy.na]，原文）"
        );
        assert_eq!(
            rule_ref(&unnamed).render(Lang::En),
            "the rule set's own: qualitative band 1 (rules/anhui-2023/rules.toml:115, policy na, quoted)"
        );
        assert_eq!(
            rule_ref(&rule(None, None)).render(Lang::Zh),
            "定性指标第 1 档（rules/anhui-2023/rules.toml:115，原文）"
        );
    }

    /// Tester s8 F10: every key a rule file's rules are named by is said in words, in both
    /// languages, with its index from 1; a key not known is shown as written.
    #[test]
    fn rule_keys_are_said_in_words() {
        for (key, zh, en) in [
            (
                "rounding.indicator",
                "指标得分的舍入",
                "rounding of indicator scores",
            ),
            (
                "execution.rounding",
                "执行得分的舍入",
                "rounding of the execution score",
            ),
            (
                "weights.level1[2]",
                "一级指标权重第 3 项",
                "level-1 weight 3",
            ),
            (
                "quantitative.bare_target_by_level2[0]",
                "按二级指标认定未写比较符的年度指标值第 1 条",
                "bare targets by level 2, rule 1",
            ),
            (
                "scripts[1].indicator",
                "第 2 个规则脚本：逐项评分",
                "script 2: each indicator",
            ),
            ("nonsense.key", "nonsense.key", "nonsense.key"),
        ] {
            assert_eq!(rule_key(key).render(Lang::Zh), zh);
            assert_eq!(rule_key(key).render(Lang::En), en);
        }
    }
}
