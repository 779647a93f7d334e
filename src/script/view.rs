//! The read-only view of a case and of the rule parameters that scripts receive: custom Rhai
//! types over `Arc`s with getters only, so `ind.score = 10` is an error in the script and
//! nothing a script does can reach the engine's data. Numbers are Decimals; a blank or
//! unreadable cell is `()`. Fields are kept as Rust values and turned into Rhai values only
//! when a script reads them: a view costs few allocations, and most fields are never read.

use crate::value::DateParts;
use rhai::{Array, Dynamic, Engine, ImmutableString, Map};
use rust_decimal::Decimal;
use std::sync::{Arc, OnceLock};

/// One level-3 indicator as scripts see it (`case.indicators[i]`).
#[derive(Debug, Clone)]
pub struct IndicatorView(pub Arc<IndicatorData>);

/// The fields of an [`IndicatorView`]; docs/scripting.md lists them.
#[derive(Debug, Clone, Default)]
pub struct IndicatorData {
    /// 0-based position among the case's indicators.
    pub index: i64,
    /// 一级 as written.
    pub level1: Arc<str>,
    /// 一级 resolved to the rule set's name (`产` → 产出指标), or "".
    pub level1_name: Arc<str>,
    /// 二级 as written.
    pub level2: Arc<str>,
    /// 三级 as written.
    pub level3: Arc<str>,
    /// 年度指标值 as written.
    pub target: Arc<str>,
    /// What the target says: `blank`, `not_applicable`, `quantity`, `date`, `qualitative`,
    /// `unreadable`.
    pub target_kind: &'static str,
    /// The target's number (Decimal) or (): () for a date, which is not a number (tester
    /// s14r F1: `2024年10月底前` was 202410, and a 10% deviation rule did sums on it).
    pub target_value: Option<Decimal>,
    /// The target's unit, e.g. `%`, `万元`; "" for a date.
    pub target_unit: String,
    /// The target's comparator: `>=`, `>`, `<=`, `<`, `=` or "" (a deadline `…底前` is `<=`).
    pub target_comparator: &'static str,
    /// The target's date (`target_kind == "date"`), else none.
    pub target_date: Option<DateParts>,
    /// 实际完成值 as written.
    pub actual: Arc<str>,
    /// What the actual says (as `target_kind`).
    pub actual_kind: &'static str,
    /// The actual's number or ().
    pub actual_value: Option<Decimal>,
    /// The actual's unit.
    pub actual_unit: String,
    /// The actual's date (`actual_kind == "date"`), else none.
    pub actual_date: Option<DateParts>,
    /// 分值 of the row (a shared cell on the first row of its group), or ().
    pub points: Option<Decimal>,
    /// 得分 written on the form, or ().
    pub score: Option<Decimal>,
    /// 扣分 column, or ().
    pub deduction: Option<Decimal>,
    /// 偏差原因分析及改进措施.
    pub deviation: Arc<str>,
    /// 完成情况 as written (`已完成`), or "" on a form without that column.
    pub completion: Arc<str>,
    /// What the 完成情况 cell claims: `done`, `not_done`, `partly`, `other`, or "" on a form
    /// without that column.
    pub completion_claim: &'static str,
    /// Shares the 分值/得分 cell of the row above.
    pub shares_points: bool,
    /// The engine found it not applicable (`本项目不涉及`, `无`).
    pub not_applicable: bool,
}

/// A 项目资金 row (`case.funds[i]`), amounts in 万元.
#[derive(Debug, Clone)]
pub struct FundsView(pub Arc<FundsData>);

/// The fields of a [`FundsView`].
#[derive(Debug, Clone, Default)]
pub struct FundsData {
    /// `total`, `appropriation`, `carryover`, `other`, `unknown`.
    pub kind: &'static str,
    /// Label as written.
    pub label: Arc<str>,
    /// 年初预算数.
    pub initial_budget: Option<Decimal>,
    /// 全年预算数(A).
    pub full_year_budget: Option<Decimal>,
    /// 全年执行数(B).
    pub spent: Option<Decimal>,
    /// 分值.
    pub points: Option<Decimal>,
    /// 执行率 as a percent number (`70.96%` → 70.96).
    pub rate: Option<Decimal>,
    /// 得分.
    pub score: Option<Decimal>,
}

/// A case as scripts see it (the first argument of every hook).
#[derive(Debug, Clone)]
pub struct CaseView(pub Arc<CaseData>);

/// The fields of a [`CaseView`].
#[derive(Debug, Clone, Default)]
pub struct CaseData {
    /// Case file.
    pub file: Arc<str>,
    /// 项目名称.
    pub project: Arc<str>,
    /// 主管部门.
    pub department: Arc<str>,
    /// 实施单位.
    pub unit: Arc<str>,
    /// 年度 as written.
    pub year: Arc<str>,
    /// Funds rows (`FundsView`s).
    pub funds: Array,
    /// Indicators (`IndicatorView`s).
    pub indicators: Array,
    /// 总分 分值, or ().
    pub total_points: Option<Decimal>,
    /// 总分 得分, or ().
    pub total_score: Option<Decimal>,
}

/// The rule set as a script sees it (the second argument of every hook).
#[derive(Debug, Clone)]
pub struct RulesView(pub Arc<RulesData>);

/// The fields of a [`RulesView`].
#[derive(Debug, Clone, Default)]
pub struct RulesData {
    /// Rule set id.
    pub id: ImmutableString,
    /// Year.
    pub year: i64,
    /// `weights.total`.
    pub total: Dynamic,
    /// Level-1 name → points.
    pub level1: Map,
    /// `execution.points`.
    pub execution_points: Dynamic,
    /// This script's `params` table from the rule file.
    pub params: Map,
    /// The script's file, as named in the rule file.
    pub script: ImmutableString,
}

/// One scored indicator in the `after` hook's `result.indicators`.
#[derive(Debug, Clone)]
pub struct ScoredView(pub Arc<ScoredData>);

/// The fields of a [`ScoredView`]; docs/scripting.md lists them.
#[derive(Debug, Clone)]
pub struct ScoredData {
    /// 0-based position.
    pub index: i64,
    /// Level 1 as resolved.
    pub level1: crate::outcome::Label,
    /// Level 2 as written.
    pub level2: crate::outcome::Label,
    /// Level 3 as written.
    pub level3: Arc<str>,
    /// False when not applicable (excluded).
    pub applicable: bool,
    /// Points carried, or ().
    pub points: Option<Decimal>,
    /// Computed score.
    pub score: Decimal,
    /// How it was scored.
    pub method: &'static str,
}

/// Budget execution in the `after` hook's `result.execution`.
#[derive(Debug, Clone)]
pub struct ExecutionView(pub Arc<ExecutionData>);

/// The fields of an [`ExecutionView`].
#[derive(Debug, Clone)]
pub struct ExecutionData {
    /// Rate in percent, or ().
    pub rate: Option<Decimal>,
    /// Points.
    pub points: Decimal,
    /// Score, or () when it is unknown (全年预算数 or 全年执行数 blank or unreadable).
    pub score: Option<Decimal>,
}

/// The fields scripts may read on a view type (`Indicator`, `Case`…), for "did you mean" when
/// a script reads one that does not exist; empty for a type that is not a view.
pub fn fields(type_name: &str) -> Vec<&'static str> {
    known()
        .fields
        .iter()
        .find(|(t, _)| *t == type_name)
        .map(|(_, f)| f.clone())
        .unwrap_or_default()
}

/// Whether a field of some view reads as a number (`actual_value`, `points`, `rate`…): a
/// script comparing it with text (`ind.actual_value < "80"`) compares a number with a string,
/// which Rhai answers `false` in silence (tester s24 A4).
pub fn is_number_field(name: &str) -> bool {
    known().numbers.contains(&name)
}

/// The views' fields, once: read from [`views`] on an engine of its own.
fn known() -> &'static Views {
    static VIEWS: OnceLock<Views> = OnceLock::new();
    VIEWS.get_or_init(|| views(&mut Engine::new_raw()))
}

/// What [`views`] registered: each type's fields, and the fields that read as numbers.
struct Views {
    fields: Vec<(&'static str, Vec<&'static str>)>,
    numbers: Vec<&'static str>,
}

/// Registers the view types and their getters (called by the engine builder only).
pub(super) fn register(engine: &mut Engine) {
    views(engine);
    register_decision(engine);
}

/// Registers the view types and their getters on `engine`, and names each type's fields (the
/// one list of them: [`fields`] and [`is_number_field`] read it).
fn views(engine: &mut Engine) -> Views {
    let mut fields: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    let mut numbers: Vec<&'static str> = Vec::new();
    // Each kind of field becomes its Rhai value when a script reads it: `text` (shared or
    // static text) a Rhai string, `number` (an optional Decimal) a Decimal or (), `decimal` a
    // Decimal; other fields are cloned as they are.
    macro_rules! getters {
        ($ty:ty, $name:literal, [$($field:ident),* $(,)?]
            $(, text [$($text:ident),* $(,)?])?
            $(, number [$($number:ident),* $(,)?])?
            $(, decimal [$($decimal:ident),* $(,)?])?) => {
            engine.register_type_with_name::<$ty>($name);
            $( engine.register_get(stringify!($field), |v: &mut $ty| v.0.$field.clone()); )*
            $($( engine.register_get(stringify!($text), |v: &mut $ty| ImmutableString::from(&*v.0.$text)); )*)?
            $($( engine.register_get(stringify!($number), |v: &mut $ty| number(v.0.$number)); )*)?
            $($( engine.register_get(stringify!($decimal), |v: &mut $ty| Dynamic::from_decimal(v.0.$decimal)); )*)?
            $($( numbers.push(stringify!($number)); )*)? $($( numbers.push(stringify!($decimal)); )*)?
            fields.push(($name, vec![
                $(stringify!($field),)*
                $($(stringify!($text),)*)?
                $($(stringify!($number),)*)?
                $($(stringify!($decimal),)*)?
            ]));
        };
    }
    getters!(
        IndicatorView,
        "Indicator",
        [index, shares_points, not_applicable],
        text [
            level1,
            level1_name,
            level2,
            level3,
            target,
            target_kind,
            target_unit,
            target_comparator,
            actual,
            actual_kind,
            actual_unit,
            deviation,
            completion,
            completion_claim
        ],
        number [target_value, actual_value, points, score, deduction]
    );
    getters!(
        FundsView,
        "Funds",
        [],
        text [kind, label],
        number [initial_budget, full_year_budget, spent, points, rate, score]
    );
    getters!(
        CaseView,
        "Case",
        [funds, indicators],
        text [file, project, department, unit, year],
        number [total_points, total_score]
    );
    getters!(
        ScoredView,
        "Scored",
        [index, applicable],
        text [level1, level2, level3, method],
        number [points],
        decimal [score]
    );
    getters!(
        ExecutionView,
        "Execution",
        [],
        number [rate, score],
        decimal [points]
    );
    getters!(
        RulesView,
        "Rules",
        [id, year, total, level1, execution_points, params, script]
    );
    // `rules.lang`: the language of the run (`"zh"` or `"en"`), for a script that words its
    // reasons and findings in both (docs/scripting.md). Read when the script reads it.
    engine.register_get("lang", |_: &mut RulesView| {
        ImmutableString::from(crate::i18n::lang().as_str())
    });
    if let Some((_, f)) = fields.last_mut() {
        f.push("lang");
    }
    // `ind.target_date`, `ind.actual_date`: a date as `#{ year, month, day }` (year and day
    // `()` when not written), `()` when the cell is not a date.
    engine.register_get("target_date", |v: &mut IndicatorView| date(v.0.target_date));
    engine.register_get("actual_date", |v: &mut IndicatorView| date(v.0.actual_date));
    if let Some((_, f)) = fields.iter_mut().find(|(t, _)| *t == "Indicator") {
        f.extend(["target_date", "actual_date"]);
    }
    Views { fields, numbers }
}

/// A date as scripts see it: `#{ year, month, day }`, year and day `()` when not written.
fn date(d: Option<DateParts>) -> Dynamic {
    let Some(d) = d else { return Dynamic::UNIT };
    let part = |p: Option<u32>| p.map_or(Dynamic::UNIT, |n| Dynamic::from(i64::from(n)));
    let mut map = Map::new();
    map.insert("year".into(), part(d.year));
    map.insert("month".into(), Dynamic::from(i64::from(d.month)));
    map.insert("day".into(), part(d.day));
    Dynamic::from_map(map)
}

/// Registers `decision(#{...})`.
fn register_decision(engine: &mut Engine) {
    // `decision(#{...})` returns its map tagged with the caller's line and column, so the
    // trace can name the line that decided.
    engine.register_fn(
        "decision",
        |ctx: rhai::NativeCallContext, mut map: Map| -> Map {
            let pos = ctx.call_position();
            if let Some(line) = pos.line() {
                map.insert(LINE_KEY.into(), Dynamic::from(line as i64));
                map.insert(
                    COLUMN_KEY.into(),
                    Dynamic::from(pos.position().unwrap_or(1) as i64),
                );
            }
            map
        },
    );
}

/// Key under which `decision()` records the line.
pub(crate) const LINE_KEY: &str = "__line";
/// Key under which `decision()` records the column.
pub(crate) const COLUMN_KEY: &str = "__column";

/// A Decimal as a Dynamic, `()` for none.
pub fn number(d: Option<Decimal>) -> Dynamic {
    d.map_or(Dynamic::UNIT, Dynamic::from_decimal)
}
