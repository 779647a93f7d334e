//! Rule scripts: Rhai files next to a rule file that the rule set calls at defined points
//! (hooks) for the special cases its declarative rules cannot express. This module compiles
//! them once per rule set ([`compile`], at validation), calls them ([`Scripts::call`]) and
//! reads their answers into typed decisions ([`decision`]); the evaluator applies and checks
//! those decisions. [`engine`] is the only place that builds a Rhai engine. docs/scripting.md
//! is the user's guide.

pub mod decision;
mod engine;
mod fault;
pub mod lint;
mod parse_words;
mod variant;
pub mod view;

use crate::diagnostic::Diagnostic;
use crate::diagnostic::codes::RulesCode;
use crate::i18n::{Message, msg};
use crate::model::RuleRef;
use crate::source::Source;
use rhai::{AST, CallFnOptions, Dynamic, Engine, EvalAltResult, Map, Scope};
use std::ops::Range;
use std::sync::Arc;
use std::time::Duration;

pub use fault::Fault;
pub use view::{CaseView, RulesData, RulesView};

/// Sandbox limits of a rule set's scripts (`[script_limits]`, every key optional).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Operations one hook call may run (a loop iteration, a call, an expression: each counts).
    pub max_operations: u64,
    /// Nesting of function calls (runaway recursion stops here).
    pub max_call_levels: usize,
    /// Nesting of expressions, checked when the script is compiled.
    pub max_expr_depth: usize,
    /// Bytes in one string.
    pub max_string_size: usize,
    /// Items in one array.
    pub max_array_size: usize,
    /// Entries in one object map.
    pub max_map_size: usize,
    /// Variables alive at once.
    pub max_variables: usize,
    /// Wall-clock time one hook call may take.
    pub timeout: Duration,
}

/// Stack of every thread that runs scripts (the rayon workers and the command's own thread,
/// see [`run_on_script_threads`]): reserved, not used, until a script recurses deep.
pub const STACK_SIZE: usize = 256 << 20;

/// Nesting a script may reach on one [`STACK_SIZE`] stack, counted as call levels times the
/// expression depth of a function body. Measured on a debug build (the larger frames): about
/// 10 KB of stack per level, so 16,384 levels take some 160 MB (docs/reliability.md).
pub const STACK_LEVELS: usize = 16_384;

impl Limits {
    /// How deep expressions inside a function body may nest: `max_expr_depth`, lowered so
    /// that `max_call_levels` nested calls of such bodies fit on the stack (issue #18 item 2).
    pub fn function_expr_depth(&self) -> usize {
        self.max_expr_depth
            .min(STACK_LEVELS / self.max_call_levels.max(1))
            .max(1)
    }
}

/// Runs `f` on a thread with a [`STACK_SIZE`] stack, after sizing the rayon workers' stacks
/// alike, so scripts inside the documented limits stop at a limit instead of overflowing the
/// stack (a stack overflow aborts the whole process). Every command runs through it. Fails
/// only when no such thread can be made.
pub fn run_on_script_threads<T: Send>(f: impl FnOnce() -> T + Send) -> std::io::Result<T> {
    // Fails only when the global pool was already built (a second call): it then has the
    // stack this function gave it.
    let _ = rayon::ThreadPoolBuilder::new()
        .stack_size(STACK_SIZE)
        .build_global();
    std::thread::scope(|scope| {
        let handle = std::thread::Builder::new()
            .name("jixiao".into())
            .stack_size(STACK_SIZE)
            .spawn_scoped(scope, f)?;
        match handle.join() {
            Ok(v) => Ok(v),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_operations: 100_000,
            max_call_levels: 32,
            max_expr_depth: 64,
            max_string_size: 10_000,
            max_array_size: 10_000,
            max_map_size: 1_000,
            max_variables: 1_000,
            timeout: Duration::from_millis(200),
        }
    }
}

/// A point where the engine calls scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Hook {
    /// Before scoring a case: `before(form, rules)`.
    Before,
    /// After each applicable indicator is scored: `indicator(form, rules, ind, result)`.
    Indicator,
    /// After the total is computed: `after(form, rules, result)`.
    After,
}

impl Hook {
    /// Every hook.
    pub const ALL: [Hook; 3] = [Hook::Before, Hook::Indicator, Hook::After];

    /// Name as written in rule files.
    pub fn name(self) -> &'static str {
        match self {
            Hook::Before => "before",
            Hook::Indicator => "indicator",
            Hook::After => "after",
        }
    }

    /// Parses a hook name.
    pub fn parse(s: &str) -> Option<Hook> {
        Hook::ALL.into_iter().find(|h| h.name() == s)
    }

    /// The parameters the hook function takes.
    pub fn params(self) -> &'static [&'static str] {
        match self {
            Hook::Before => &["form", "rules"],
            Hook::Indicator => &["form", "rules", "ind", "result"],
            Hook::After => &["form", "rules", "result"],
        }
    }

    fn slot(self) -> usize {
        self as usize
    }
}

/// The function a script runs for a hook.
#[derive(Debug, Clone)]
pub struct HookFn {
    /// Function name.
    pub name: String,
    /// Line of its `fn` (the trace names it when the decision carries no line of its own).
    pub line: usize,
    /// Whether the script may read the function's first parameter, the case view (`form`).
    /// When it cannot, the engine passes `()` and skips building the view: no script can
    /// tell the difference.
    pub reads_form: bool,
}

/// The `when` filter of a script's `indicator` hook: conditions on the indicator, all of which
/// must hold for the hook to be called. Empty: called for every indicator.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct When {
    /// Level 1 begins with this (as written or resolved).
    pub level1: Option<String>,
    /// Level 2 begins with this.
    pub level2: Option<String>,
    /// Kind of the target value.
    pub target_kind: Option<String>,
    /// Kind of the actual value.
    pub actual_kind: Option<String>,
    /// The target's number.
    pub target_value: Option<rust_decimal::Decimal>,
    /// Has a filled deduction cell.
    pub has_deduction: Option<bool>,
    /// The case's execution rate (percent) equals this; applies to every hook.
    pub execution_rate: Option<rust_decimal::Decimal>,
}

/// One compiled script.
#[derive(Clone)]
pub struct Script {
    /// The file as the rule file names it (`scripts/zero_target.rhai`).
    pub name: String,
    /// The script's text (its name is the path it was read from).
    pub source: Source,
    /// Functions by hook (`Hook as usize`).
    hooks: [Option<HookFn>; 3],
    /// Where the script is declared (`scripts[0]`) and the policy it cites.
    pub rule: RuleRef,
    /// Which indicators its `indicator` hook is called for.
    pub when: When,
    rules_view: RulesView,
    ast: AST,
}

impl Script {
    /// The function run for a hook, if the script takes part in it.
    pub fn hook(&self, hook: Hook) -> Option<&HookFn> {
        self.hooks.get(hook.slot()).and_then(Option::as_ref)
    }

    /// The read-only rules view handed to this script.
    pub fn rules_view(&self) -> &RulesView {
        &self.rules_view
    }

    /// Every field the script compares with a string literal ([`lint::comparisons`]).
    pub fn comparisons(&self) -> Vec<lint::Compared> {
        lint::comparisons(&self.ast, &self.source)
    }
}

/// A rule set's scripts, compiled once, with the engine that runs them (shared by every case
/// and thread).
pub struct Scripts {
    engine: Arc<Engine>,
    /// The limits the engine enforces.
    pub limits: Limits,
    /// Scripts in rule-file order; hooks run in this order.
    pub scripts: Vec<Script>,
    /// Time-outs so far by script (same order): a script that keeps running out of time is
    /// disabled for the rest of the run (issue #18 item 11).
    timeouts: Vec<std::sync::atomic::AtomicU32>,
    /// The engine's function signatures, listed when a script first calls one it lacks.
    signatures: std::sync::OnceLock<Vec<String>>,
}

/// Time-outs after which a script is disabled for the rest of the run: a script that times
/// out at every hook cost 200 ms a call (17.5 s for 14 forms, hours for 10,000).
pub const MAX_TIMEOUTS: u32 = 3;

/// Script time one case may take in all, in multiples of `timeout_ms` (1 s by default):
/// past it the case's remaining hooks are not run.
pub const CASE_BUDGET_TIMEOUTS: u32 = 5;

impl std::fmt::Debug for Scripts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scripts")
            .field("limits", &self.limits)
            .field(
                "scripts",
                &self.scripts.iter().map(|s| &s.name).collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// A script call that failed: a broken limit, a `throw`, a runtime error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptError {
    /// The script file (path as read).
    pub file: String,
    /// 1-based line, 0 when Rhai gave none.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// The hook function.
    pub function: String,
    /// The limit broken (`max_operations = 100000`), when a limit stopped it.
    pub limit: Option<String>,
    /// What happened: in words for the usual mistakes ([`Fault`]), else Rhai's own text.
    pub message: Message,
    /// What kind of mistake, for the help a diagnostic gives.
    pub fault: Fault,
}

impl ScriptError {
    /// The failure in words, in the language of the run: where, in which function, and what
    /// happened (the limit broken, when one was).
    pub fn describe(&self) -> Message {
        let at = format!("{}:{}:{}", self.file, self.line, self.column);
        match &self.limit {
            Some(limit) => msg!(
                "script-error-limit",
                at = at,
                function = &self.function,
                limit = limit,
                message = self.message.clone()
            ),
            None => msg!(
                "script-error-failed",
                at = at,
                function = &self.function,
                message = self.message.clone()
            ),
        }
    }
}

/// The failure as [`ScriptError::describe`] words it, in the run's language (#16): the same
/// catalog text the findings and diagnostics show, never an English-only string.
impl std::fmt::Display for ScriptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.describe().fmt(f)
    }
}

impl Scripts {
    /// Calls `script`'s function for `hook` with `args`; `Ok(None)` when the script does not
    /// take part in the hook.
    pub fn call<'s>(
        &self,
        script: &'s Script,
        hook: Hook,
        args: Vec<Dynamic>,
    ) -> Result<Option<(Dynamic, &'s HookFn)>, Box<ScriptError>> {
        let Some(f) = script.hook(hook) else {
            return Ok(None);
        };
        let slot = self.slot(script);
        if self.is_disabled(slot) {
            return Err(Box::new(self.disabled_error(script, f)));
        }
        let mut scope = Scope::new();
        let result = engine::with_deadline(self.limits.timeout, || {
            self.engine.call_fn_with_options::<Dynamic>(
                CallFnOptions::new().eval_ast(false).rewind_scope(true),
                &mut scope,
                &script.ast,
                &f.name,
                args,
            )
        });
        result.map(|v| Some((v, f))).map_err(|e| {
            if matches!(e.unwrap_inner(), EvalAltResult::ErrorTerminated(..))
                && let Some(n) = slot.and_then(|i| self.timeouts.get(i))
            {
                n.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
            Box::new(self.error(script, f, &e))
        })
    }

    /// The script time one case may take in all.
    pub fn case_budget(&self) -> std::time::Duration {
        self.limits.timeout.saturating_mul(CASE_BUDGET_TIMEOUTS)
    }

    /// The scripts disabled for the rest of the run, by name (for a diagnostic at its end).
    pub fn disabled(&self) -> Vec<&str> {
        (0..self.scripts.len())
            .filter(|i| self.is_disabled(Some(*i)))
            .filter_map(|i| self.scripts.get(i).map(|s| s.name.as_str()))
            .collect()
    }

    fn slot(&self, script: &Script) -> Option<usize> {
        self.scripts.iter().position(|s| std::ptr::eq(s, script))
    }

    fn is_disabled(&self, slot: Option<usize>) -> bool {
        slot.and_then(|i| self.timeouts.get(i))
            .is_some_and(|n| n.load(std::sync::atomic::Ordering::Relaxed) >= MAX_TIMEOUTS)
    }

    fn disabled_error(&self, script: &Script, f: &HookFn) -> ScriptError {
        ScriptError {
            file: script.source.name.clone(),
            line: f.line,
            column: 1,
            function: f.name.clone(),
            limit: Some(format!("timeout_ms = {}", self.limits.timeout.as_millis())),
            message: msg!("script-disabled-not-run", times = MAX_TIMEOUTS),
            fault: Fault::Limit {
                key: "timeout_ms".into(),
            },
        }
    }

    /// The error for a hook not run because its case spent its script time budget.
    pub fn case_budget_error(&self, script: &Script, hook: Hook) -> Option<ScriptError> {
        let f = script.hook(hook)?;
        Some(ScriptError {
            file: script.source.name.clone(),
            line: f.line,
            column: 1,
            function: f.name.clone(),
            limit: Some(format!(
                "{CASE_BUDGET_TIMEOUTS} × timeout_ms = {} ms",
                self.case_budget().as_millis()
            )),
            message: msg!("script-case-budget-not-run"),
            fault: Fault::Limit {
                key: "timeout_ms".into(),
            },
        })
    }

    fn error(&self, script: &Script, f: &HookFn, err: &EvalAltResult) -> ScriptError {
        let inner = err.unwrap_inner();
        // Rhai gives no position for some limits (operations, data size, time): the hook
        // function's own line is named then.
        let (line, column) = engine::line_col(inner.position())
            .or_else(|| engine::line_col(err.position()))
            .unwrap_or((f.line, 1));
        let limit = engine::limit_broken(inner, &self.limits);
        let (message, fault) = match (inner, &limit) {
            (_, Some(limit)) => (
                engine::limit_message(inner),
                Fault::Limit {
                    key: limit.split(' ').next().unwrap_or(limit).to_owned(),
                },
            ),
            (EvalAltResult::ErrorDotExpr(text, _), None) => fault::field_fault(text)
                .unwrap_or_else(|| {
                    (
                        msg!("script-runtime", detail = fault::rhai_text(inner)),
                        Fault::Other,
                    )
                }),
            // A map's missing key, under strict property access.
            (EvalAltResult::ErrorPropertyNotFound(name, _), None) => (
                msg!("script-unknown-field", field = name),
                Fault::UnknownField {
                    did_you_mean: None,
                    fields: String::new(),
                },
            ),
            (other, None) => fault::runtime(other, &self.known(script)),
        };
        ScriptError {
            file: script.source.name.clone(),
            line,
            column,
            function: f.name.clone(),
            limit,
            message,
            fault,
        }
    }

    /// What `script` may call and name, for "did you mean" (the engine's functions listed on
    /// the first failure only).
    fn known<'a>(&'a self, script: &Script) -> fault::Known<'a> {
        let engine = self
            .signatures
            .get_or_init(|| self.engine.gen_fn_signatures(true));
        fault::Known {
            engine,
            script: script
                .ast
                .iter_functions()
                .map(|f| {
                    (
                        f.name.to_owned(),
                        f.params.iter().map(|p| (*p).to_owned()).collect(),
                    )
                })
                .collect(),
            variables: fault::defined_names(&script.source.text),
        }
    }
}

/// A script declared by a rule file, read but not yet compiled.
#[derive(Debug)]
pub struct Declared {
    /// The file as the rule file names it.
    pub name: String,
    /// Its text, named by the path it was read from.
    pub source: Source,
    /// Hook → function name, and the span in the rule file that says so.
    pub hooks: Vec<(Hook, String, Range<usize>)>,
    /// The `params` table.
    pub params: Map,
    /// Where it is declared.
    pub rule: RuleRef,
    /// The `when` filter of its `indicator` hook.
    pub when: When,
}

/// Compiles a rule set's scripts with one engine built from `limits`. Every script that does
/// not compile, and every hook naming a function the script lacks, is a diagnostic; all are
/// reported, and the scripts are handed on only when none is an error (a warning never drops
/// them). `rules` is the rule set's part of the view each script gets.
pub fn compile(
    limits: Limits,
    declared: Vec<Declared>,
    rules: &RulesData,
    rule_file: &Source,
) -> (Option<Arc<Scripts>>, Vec<Diagnostic>) {
    let engine = engine::build(&limits);
    let mut diagnostics = Vec::new();
    let mut scripts = Vec::new();
    for d in declared {
        let ast = match engine.compile(&d.source.text) {
            Ok(ast) => ast,
            Err(e) => {
                // A Chinese input method's `；` or `（）` in the code: said in words, each line
                // with the fix, instead of Rhai's `Unexpected '；'` (#16).
                let slips =
                    crate::load::full_width::script_diagnostics(RulesCode::FullWidth, &d.source);
                if slips.is_empty() {
                    diagnostics.push(syntax_error(&limits, &d, &e));
                } else {
                    diagnostics.extend(slips);
                }
                continue;
            }
        };
        let Some(hooks) = bind_hooks(&d, &ast, rule_file, &mut diagnostics) else {
            continue;
        };
        let rules_view = RulesView(Arc::new(RulesData {
            params: d.params,
            script: d.name.as_str().into(),
            ..rules.clone()
        }));
        scripts.push(Script {
            name: d.name,
            source: d.source,
            hooks,
            rule: d.rule,
            when: d.when,
            rules_view,
            ast,
        });
    }
    let failed = diagnostics
        .iter()
        .any(|d| d.severity == crate::diagnostic::Severity::Error);
    if !failed {
        (
            Some(Arc::new(Scripts {
                engine: Arc::new(engine),
                limits,
                timeouts: scripts.iter().map(|_| Default::default()).collect(),
                signatures: std::sync::OnceLock::new(),
                scripts,
            })),
            diagnostics,
        )
    } else {
        (None, diagnostics)
    }
}

/// The diagnostic for a script that does not compile: where rhai stopped, what it says, and
/// help for the usual causes (a disabled `eval`/`import`, expressions nested too deep).
fn syntax_error(limits: &Limits, d: &Declared, e: &rhai::ParseError) -> Diagnostic {
    let (line, col) = engine::line_col(e.position()).unwrap_or((1, 1));
    let at = d.source.offset(line, col);
    // The name Rhai points at (an undefined variable), else one character.
    let end = d.source.word_span(at).end;
    let what = e.err_type().to_string();
    let (error, help) = fault::syntax(e.err_type(), &fault::defined_names(&d.source.text));
    let (error, help) = if what.contains("'eval'") || what.contains("'import'") {
        let keyword = if what.contains("'eval'") {
            "eval"
        } else {
            "import"
        };
        (
            msg!("script-keyword-disabled", keyword = keyword),
            msg!("script-eval-disabled-help"),
        )
    } else if matches!(e.err_type(), rhai::ParseErrorType::ExprTooDeep) {
        let help = msg!(
            "script-too-deep-help",
            depth = limits.max_expr_depth.to_string(),
            function_depth = limits.function_expr_depth().to_string(),
            call_levels = limits.max_call_levels.to_string()
        );
        (msg!("script-too-deep"), help)
    } else {
        (error, help)
    };
    Diagnostic::error(
        RulesCode::ScriptSyntax,
        msg!("script-syntax", script = &d.name, error = error),
    )
    .at(&d.source, at..end)
    .help(help)
}

/// Binds each hook `d` declares to the script function of that name taking the hook's
/// parameters. Every hook without one is a diagnostic; `None` when any is missing.
fn bind_hooks(
    d: &Declared,
    ast: &rhai::AST,
    rule_file: &Source,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<[Option<HookFn>; 3]> {
    let defined: Vec<(String, usize, Option<String>)> = ast
        .iter_functions()
        .map(|f| {
            let first = f.params.first().map(|p| (*p).to_owned());
            (f.name.to_owned(), f.params.len(), first)
        })
        .collect();
    let mut hooks: [Option<HookFn>; 3] = [None, None, None];
    let mut ok = true;
    for (hook, name, span) in &d.hooks {
        let want = hook.params().len();
        if let Some((_, _, first)) = defined.iter().find(|(n, a, _)| n == name && *a == want) {
            if let Some(slot) = hooks.get_mut(hook.slot()) {
                *slot = Some(HookFn {
                    name: name.clone(),
                    line: fn_line(&d.source.text, name),
                    reads_form: first
                        .as_deref()
                        .is_none_or(|p| word_count(&d.source.text, p) > 1),
                });
            }
            continue;
        }
        ok = false;
        let signature = format!("fn {name}({})", hook.params().join(", "));
        let help = match defined.iter().find(|(n, _, _)| n == name) {
            Some((_, a, _)) => msg!(
                "script-hook-arity-help",
                name = name,
                takes = *a,
                hook = hook.name(),
                passes = want,
                signature = &signature
            ),
            None if defined.is_empty() => {
                msg!("script-no-functions-help", signature = &signature)
            }
            None => msg!(
                "script-add-function-help",
                signature = &signature,
                defined = defined
                    .iter()
                    .map(|(n, a, _)| format!("{n}/{a}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        diagnostics.push(
            Diagnostic::error(
                RulesCode::ScriptHook,
                msg!(
                    "script-no-hook-function",
                    script = &d.name,
                    name = name,
                    params = want,
                    hook = hook.name()
                ),
            )
            .at(rule_file, span.clone())
            .help(help),
        );
    }
    ok.then_some(hooks)
}

/// How often `word` stands in `text` as a whole word: not preceded or followed by an ASCII
/// letter, digit or `_`. Comments and strings count too, and so does `word` inside a longer
/// Chinese identifier: the count is never below the number of times a script names a
/// variable `word`, which is what [`HookFn::reads_form`] needs. Rhai has no way to reach a
/// variable but by its name (`eval` is disabled).
fn word_count(text: &str, word: &str) -> usize {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    if word.is_empty() {
        return usize::MAX;
    }
    text.match_indices(word)
        .filter(|(i, _)| {
            let before = text.get(..*i).and_then(|t| t.chars().next_back());
            let after = text.get(i + word.len()..).and_then(|t| t.chars().next());
            !before.is_some_and(ident) && !after.is_some_and(ident)
        })
        .count()
}

/// The line of `fn name(` in a script, 1 when not found.
fn fn_line(text: &str, name: &str) -> usize {
    let pattern = format!("fn {name}(");
    text.lines()
        .position(|l| l.trim_start().starts_with(&pattern))
        .map_or(1, |i| i + 1)
}

#[cfg(test)]
mod tests;
