//! A deterministic generator of realistic case files for benchmarks and tests (`jixiao gen`).
//! Forms are drawn from the patterns of domain.md: qualitative and quantitative indicators with
//! targets written every way forms write them, shared points cells, not-applicable indicators,
//! budgets added mid-year or cut, execution below 100%, and the usual slips (a total that is not
//! the sum of its lines, a score above its points). The same seed always gives the same bytes.

use crate::import::draft::{Draft, Funds, Goal, Indicator, Total};

/// A small, fast, seedable generator (SplitMix64): no dependency, stable across platforms.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One of the items.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        let i = usize::try_from(self.below(items.len() as u64)).unwrap_or(0);
        items.get(i).copied().unwrap_or("")
    }
}

const DEPARTMENTS: &[&str] = &[
    "某市数据资源管理局",
    "某市财政局",
    "某市教育局",
    "某市卫生健康委员会",
    "某县农业农村局",
    "某区住房和城乡建设局",
];

const QUALITATIVE_ACTUALS: &[&str] = &[
    "达成预期指标",
    "达成预期指标",
    "达成预期指标",
    "完成",
    "部分达成预期指标并具有一定效果",
    "基本完成",
    "未达成预期指标且效果较差",
];

/// `(level2, level3 text, target, actual)` templates; `{n}` is replaced by a number.
struct Template {
    level2: &'static str,
    name: &'static str,
    kind: Kind,
}

#[derive(Clone, Copy)]
enum Kind {
    Qualitative,
    Count,
    Percent,
    Cost,
    ZeroIncidents,
    Ordinal,
}

const OUTPUT: &[Template] = &[
    Template {
        level2: "数量指标",
        name: "指标1:完成服务事项数量",
        kind: Kind::Count,
    },
    Template {
        level2: "数量指标",
        name: "指标2:覆盖单位数量",
        kind: Kind::Count,
    },
    Template {
        level2: "质量指标",
        name: "指标1:验收合格率",
        kind: Kind::Percent,
    },
    Template {
        level2: "质量指标",
        name: "指标2:网络安全等级测评",
        kind: Kind::Ordinal,
    },
    Template {
        level2: "质量指标",
        name: "指标3:重大安全事故",
        kind: Kind::ZeroIncidents,
    },
    Template {
        level2: "时效指标",
        name: "指标1:按合同约定时间完成",
        kind: Kind::Qualitative,
    },
    Template {
        level2: "成本指标",
        name: "指标1:控制在年度预算金额范围内",
        kind: Kind::Cost,
    },
];

const BENEFIT: &[Template] = &[
    Template {
        level2: "经济效益",
        name: "指标1:减少重复投资",
        kind: Kind::Qualitative,
    },
    Template {
        level2: "社会效益",
        name: "指标1:提高办事效率",
        kind: Kind::Qualitative,
    },
    Template {
        level2: "社会效益",
        name: "指标2:群众办事时间缩短比例",
        kind: Kind::Percent,
    },
    Template {
        level2: "可持续影响",
        name: "指标1:长效运行机制",
        kind: Kind::Qualitative,
    },
];

/// One generated form (a case file's text) and its file name.
pub fn case(seed: u64, index: u64, rules: &str) -> (String, String) {
    let mut rng = Rng::new(seed ^ index.wrapping_mul(0xA24B_AED4_963E_E407));
    let (funds, exec_score) = funds(&mut rng);

    let mut indicators = Vec::new();
    let mut reported_sum = exec_score;
    let output_points: &[u64] = match rng.below(3) {
        0 => &[15, 15, 10, 10],
        1 => &[20, 10, 10, 10],
        _ => &[10, 10, 10, 10, 10],
    };
    section(
        &mut rng,
        "产出指标",
        OUTPUT,
        output_points,
        &mut indicators,
        &mut reported_sum,
    );
    section(
        &mut rng,
        "效益指标",
        BENEFIT,
        &[10, 10, 10],
        &mut indicators,
        &mut reported_sum,
    );
    indicators.push(not_applicable());
    let (satisfaction, sat_score) = satisfaction(&mut rng);
    reported_sum += sat_score;
    indicators.push(satisfaction);
    let reported_total = if rng.chance(5) {
        reported_sum.saturating_sub(4)
    } else {
        reported_sum
    };
    let project = format!("生成项目{index:06}");
    let draft = Draft {
        origin: crate::i18n::msg!(
            "import-origin-generated",
            seed = seed.to_string(),
            form = index.to_string()
        )
        .to_string(),
        notes: Vec::new(),
        source: format!("jixiao gen --seed {seed}"),
        index: u32::try_from(index).ok(),
        rules: Some(rules.to_owned()),
        constructed: true,
        incomplete: false,
        import_notes: Vec::new(),
        title: Some("项目支出绩效自评表".into()),
        year: Some("(2023年度)".into()),
        project: project.clone(),
        department: Some(rng.pick(DEPARTMENTS).to_owned()),
        unit: None,
        funds,
        goals: vec![Goal {
            expected: Some("按计划完成项目建设和运行维护任务".into()),
            actual: Some(rng.pick(&["完成", "完成", "基本完成"]).to_owned()),
        }],
        indicators,
        total: Some(Total {
            cells: Vec::new(),
            points: Some("100".into()),
            score: Some(reported_total.to_string()),
            shown_rounding: None,
        }),
    };
    (format!("gen-{index:07}.toml"), draft.to_toml())
}

/// The funds lines (年度资金总额 and 本年财政拨款): a budget, perhaps added or cut mid-year, spent
/// at some rate; with the execution score those lines report.
fn funds(rng: &mut Rng) -> (Vec<Funds>, u64) {
    let budget_cents = 10_000 + rng.below(5_000_000); // 1万 to 50,000万, in hundredths
    let initial = match rng.below(10) {
        0 | 1 => 0,                                  // added mid-year (追加预算)
        2 => budget_cents + rng.below(budget_cents), // cut mid-year
        _ => budget_cents,
    };
    let rate_permille = match rng.below(10) {
        0 => rng.below(600),
        1..=3 => 600 + rng.below(400),
        _ => 1000,
    };
    let spent_cents = budget_cents * rate_permille / 1000;
    let amount = |c: u64| {
        let s = format!("{}.{:02}", c / 100, c % 100);
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    };
    let rate_text = format!("{}.{}%", rate_permille / 10, rate_permille % 10);
    let exec_score = ((rate_permille * 10 + 500) / 1000).min(10);
    let funds = vec![
        Funds {
            cells: Vec::new(),
            label: "年度资金总额:".into(),
            values: vec![
                amount(initial),
                amount(budget_cents),
                amount(spent_cents),
                "10".into(),
                rate_text,
                exec_score.to_string(),
            ],
            columns: Vec::new(),
            reason: None,
        },
        Funds {
            cells: Vec::new(),
            label: "其中:本年财政拨款".into(),
            values: vec![
                amount(initial),
                amount(budget_cents),
                String::new(),
                "-".into(),
                String::new(),
                "-".into(),
            ],
            columns: Vec::new(),
            reason: None,
        },
    ];
    (funds, exec_score)
}

/// One level-1 section (产出指标 or 效益指标): an indicator drawn from `pool` for each of
/// `points`, scored in full or at 80%, sometimes followed by a second indicator sharing its
/// points cell. Adds each reported score to `reported_sum`.
fn section(
    rng: &mut Rng,
    level1: &str,
    pool: &[Template],
    points: &[u64],
    indicators: &mut Vec<Indicator>,
    reported_sum: &mut u64,
) {
    for (i, p) in points.iter().enumerate() {
        let t = &pool[usize::try_from(rng.below(pool.len() as u64)).unwrap_or(0) % pool.len()];
        let (target, actual, full) = values(rng, t.kind);
        let score = if full || rng.chance(70) {
            *p
        } else {
            p * 8 / 10
        };
        *reported_sum += score;
        indicators.push(Indicator {
            cells: Vec::new(),
            nature: None,
            completion: None,
            deduction: None,
            level1: if i == 0 {
                level1.to_owned()
            } else {
                level1.chars().take(1).collect()
            },
            level2: t.level2.into(),
            level3: t.name.into(),
            target: Some(target),
            actual: Some(actual),
            points: Some(p.to_string()),
            score: Some(score.to_string()),
            deviation: Some(String::new()),
            scoring: None,
            shares_points: false,
        });
        if rng.chance(10) {
            // A second indicator sharing the points cell above.
            let (target, actual, _) = values(rng, Kind::Qualitative);
            indicators.push(Indicator {
                cells: Vec::new(),
                nature: None,
                completion: None,
                deduction: None,
                level1: level1.chars().take(1).collect(),
                level2: t.level2.into(),
                level3: "指标2:相关配套工作".into(),
                target: Some(target),
                actual: Some(actual),
                points: None,
                score: None,
                deviation: Some(String::new()),
                scoring: None,
                shares_points: true,
            });
        }
    }
}

/// The not-applicable line every generated form has (生态效益 / 本项目不涉及, all cells empty).
fn not_applicable() -> Indicator {
    Indicator {
        cells: Vec::new(),
        nature: None,
        completion: None,
        deduction: None,
        level1: "效".into(),
        level2: "生态效益".into(),
        level3: "指标1:本项目不涉及".into(),
        target: Some(String::new()),
        actual: Some(String::new()),
        points: Some(String::new()),
        score: Some(String::new()),
        deviation: Some(String::new()),
        scoring: None,
        shares_points: false,
    }
}

/// The 满意度指标 line (85% to 100% satisfied, target written one of the usual ways) and the
/// score it reports.
fn satisfaction(rng: &mut Rng) -> (Indicator, u64) {
    let satisfaction = 85 + rng.below(16);
    let sat_score = if satisfaction >= 90 { 10 } else { 9 };
    let indicator = Indicator {
        cells: Vec::new(),
        nature: None,
        completion: None,
        deduction: None,
        level1: "满意度指标".into(),
        level2: "服务对象满意度".into(),
        level3: "指标1:服务对象满意度≥90%".into(),
        target: Some(
            rng.pick(&["≥90%", "≧90%", "90%以上", "不低于90%"])
                .to_owned(),
        ),
        actual: Some(format!("{satisfaction}%")),
        points: Some("10".into()),
        score: Some(sat_score.to_string()),
        deviation: Some(String::new()),
        scoring: None,
        shares_points: false,
    };
    (indicator, sat_score)
}

/// (target, actual, whether the actual meets the target) for an indicator kind.
fn values(rng: &mut Rng, kind: Kind) -> (String, String, bool) {
    match kind {
        Kind::Qualitative => {
            let a = rng.pick(QUALITATIVE_ACTUALS);
            (
                String::new(),
                a.to_owned(),
                a == "达成预期指标" || a == "完成",
            )
        }
        Kind::Count => {
            let t = 10 + rng.below(5000);
            let a = t * (80 + rng.below(40)) / 100;
            let unit = rng.pick(&["件", "个", "人次", "户"]);
            let target = match rng.below(5) {
                0 => format!("≥{t}{unit}"),
                1 => format!("大于等于{t}{unit}"),
                2 => format!("{t}{unit}以上"),
                3 => format!("≧{t}{unit}"),
                _ => format!("{t}{unit}"),
            };
            let actual = if rng.chance(20) {
                "达成预期指标".to_owned()
            } else {
                format!("{a}{unit}")
            };
            (target, actual, a >= t)
        }
        Kind::Percent => {
            let t = 80 + rng.below(20);
            let a = t - 5 + rng.below(10);
            (format!("≥{t}%"), format!("{a}%"), a >= t)
        }
        Kind::Cost => {
            let t = 10 + rng.below(2000);
            let a = t * (85 + rng.below(25)) / 100;
            let target = match rng.below(3) {
                0 => format!("≤{t}万元"),
                1 => format!("{t}万"),
                _ => format!("不超过{t}万元"),
            };
            (target, format!("{a}万"), a <= t)
        }
        Kind::ZeroIncidents => {
            let a = u64::from(rng.chance(5));
            (
                rng.pick(&["0起", "=0"]).to_owned(),
                format!("{a}起"),
                a == 0,
            )
        }
        Kind::Ordinal => (
            "第三级".to_owned(),
            rng.pick(&["第三级", "第三级", "第二级"]).to_owned(),
            true,
        ),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_bytes_and_cases_load() {
        for i in 0..200 {
            let (name, a) = case(7, i, "anhui-2023");
            let (_, b) = case(7, i, "anhui-2023");
            assert_eq!(a, b);
            assert!(name.starts_with("gen-"));
            let src = crate::source::SourceFile::new(name, a);
            let v = crate::validate::case::validate(&src);
            assert!(v.value.is_some(), "{:?}", v.diagnostics);
            assert!(v.diagnostics.is_empty(), "{:?}", v.diagnostics);
        }
        assert_ne!(case(7, 1, "x").1, case(8, 1, "x").1);
    }
}
