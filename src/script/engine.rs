//! The one place that builds a Rhai [`Engine`]: a raw engine with only the packages scripts
//! need, every limit set from the rule set's `[script_limits]`, no `eval`, no module loading,
//! no printing, strict variables, and a wall-clock cut-off checked from `on_progress`.

use super::Limits;
use super::view;
use crate::i18n::{Message, msg};
use rhai::packages::{
    ArithmeticPackage, BasicArrayPackage, BasicIteratorPackage, BasicMapPackage, BasicMathPackage,
    BasicStringPackage, LogicPackage, MoreStringPackage, Package,
};
use rhai::{Dynamic, Engine, EvalAltResult, Position};
use std::cell::Cell;
use std::time::{Duration, Instant};

thread_local! {
    /// When the script call running on this thread must stop. One engine serves many threads,
    /// so the deadline is per thread, set around each call.
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// How often (in operations) the clock is read: reading it on every operation would cost
/// more than most scripts.
const CLOCK_EVERY: u64 = 256;

/// The value `on_progress` stops a script with when its time is up.
pub(super) const TIMEOUT_TOKEN: &str = "timeout";

/// Builds the sandboxed engine for a rule set.
pub(super) fn build(limits: &Limits) -> Engine {
    let mut engine = Engine::new_raw();
    // Only pure packages: no `LanguageCorePackage` (it has `sleep`, which would block without
    // counting operations), no `BasicTimePackage` (`timestamp()` makes results differ between
    // runs), no `BasicFnPackage`, no debugging.
    for lib in [
        ArithmeticPackage::new().as_shared_module(),
        LogicPackage::new().as_shared_module(),
        BasicStringPackage::new().as_shared_module(),
        MoreStringPackage::new().as_shared_module(),
        BasicIteratorPackage::new().as_shared_module(),
        BasicArrayPackage::new().as_shared_module(),
        BasicMapPackage::new().as_shared_module(),
        BasicMathPackage::new().as_shared_module(),
    ] {
        engine.register_global_module(lib);
    }
    engine
        .set_max_operations(limits.max_operations)
        .set_max_call_levels(limits.max_call_levels)
        .set_max_expr_depths(limits.max_expr_depth, limits.function_expr_depth())
        .set_max_string_size(limits.max_string_size)
        .set_max_array_size(limits.max_array_size)
        .set_max_map_size(limits.max_map_size)
        .set_max_variables(limits.max_variables)
        .set_max_modules(0)
        .set_strict_variables(true)
        .set_fail_on_invalid_map_property(false)
        .set_module_resolver(rhai::module_resolvers::DummyModuleResolver::new())
        .disable_symbol("eval")
        .disable_symbol("import")
        .disable_symbol("export")
        .on_print(|_| {})
        .on_debug(|_, _, _| {});
    engine.on_progress(|ops| {
        if ops % CLOCK_EVERY != 0 {
            return None;
        }
        DEADLINE.with(|d| match d.get() {
            Some(deadline) if Instant::now() >= deadline => Some(Dynamic::from(TIMEOUT_TOKEN)),
            _ => None,
        })
    });
    view::register(&mut engine);
    engine
}

/// Runs `call` with this thread's deadline set `timeout` from now.
pub(super) fn with_deadline<T>(
    timeout: Duration,
    call: impl FnOnce() -> Result<T, Box<EvalAltResult>>,
) -> Result<T, Box<EvalAltResult>> {
    let previous = DEADLINE.with(|d| d.replace(Some(Instant::now() + timeout)));
    let result = call();
    DEADLINE.with(|d| d.set(previous));
    result
}

/// Which limit a runtime error broke, with its configured value, or none for other errors.
pub(super) fn limit_broken(err: &EvalAltResult, limits: &Limits) -> Option<String> {
    let l = limits;
    Some(match err {
        EvalAltResult::ErrorTooManyOperations(_) => {
            format!("max_operations = {}", l.max_operations)
        }
        EvalAltResult::ErrorStackOverflow(_) => format!("max_call_levels = {}", l.max_call_levels),
        EvalAltResult::ErrorTooManyVariables(_) => format!("max_variables = {}", l.max_variables),
        EvalAltResult::ErrorTerminated(..) => format!("timeout_ms = {}", l.timeout.as_millis()),
        EvalAltResult::ErrorDataTooLarge(what, _) => {
            let what = what.to_lowercase();
            if what.contains("string") {
                format!("max_string_size = {}", l.max_string_size)
            } else if what.contains("array") {
                format!("max_array_size = {}", l.max_array_size)
            } else if what.contains("map") {
                format!("max_map_size = {}", l.max_map_size)
            } else {
                format!("data size ({what})")
            }
        }
        _ => return None,
    })
}

/// What a broken limit did, in words ([`limit_broken`] names the limit).
pub(super) fn limit_message(err: &EvalAltResult) -> Message {
    match err {
        EvalAltResult::ErrorTooManyOperations(_) => msg!("script-too-many-operations"),
        EvalAltResult::ErrorStackOverflow(_) => msg!("script-stack-overflow"),
        EvalAltResult::ErrorTooManyVariables(_) => msg!("script-too-many-variables"),
        EvalAltResult::ErrorTerminated(..) => msg!("script-timeout"),
        _ => msg!("script-data-too-large"),
    }
}

/// Line and column (1-based, columns in characters) of a Rhai position.
pub(super) fn line_col(pos: Position) -> Option<(usize, usize)> {
    Some((pos.line()?, pos.position().unwrap_or(1)))
}
