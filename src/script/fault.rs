//! Rhai's errors in the rule writer's words (#16): a script that does not compile or fails
//! while it runs is said from the catalogs — what is wrong, at which name, and what to do
//! (the nearest function, variable or field it may have meant) — with Rhai's own text kept
//! only as a detail where it adds something. [`Fault`] carries what the help needs.

use super::view;
use crate::i18n::{Message, list, msg};
use rhai::{EvalAltResult, ParseErrorType};

/// The kind of a script failure, as far as help can tell it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// A field the view does not have (`ind.target_comparater`), with the nearest field it
    /// has, written as the script would (`ind.target_comparator`).
    UnknownField {
        /// The nearest field, if one is near.
        did_you_mean: Option<String>,
        /// The fields the view has, `, `-separated.
        fields: String,
    },
    /// A field assigned to (`ind.points = 5`): the views are read-only.
    ReadOnlyField,
    /// A function neither the script nor the engine defines, with the nearest one that is.
    UnknownFunction {
        /// The nearest function name, if one is near.
        did_you_mean: Option<String>,
    },
    /// A function that exists, called with values of other types (`starts_with(5)`).
    WrongArguments {
        /// How it can be called (`starts_with(string: string, …) -> bool`).
        accepted: Vec<String>,
    },
    /// An operator between values it does not join (`"5" - 1`, `() + 1`).
    Operator,
    /// A variable never defined, with the nearest name the script defines (or the field of
    /// a view it may have meant: `points` → `ind.points`).
    UnknownVariable {
        /// The nearest name, if one is near.
        did_you_mean: Option<String>,
    },
    /// A division by zero.
    DivisionByZero,
    /// A limit of `[script_limits]` stopped the script (its key: `max_operations`).
    Limit {
        /// The key under `[script_limits]`.
        key: String,
    },
    /// The script's own `throw`.
    Thrown,
    /// The hook returned a decision the engine cannot take (a number where an object map
    /// goes, an unknown key, a score above the points).
    Rejected,
    /// Anything else.
    Other,
}

impl Fault {
    /// What to do, for the help of `check`'s dry run.
    pub fn hint(&self) -> Message {
        match self {
            Fault::UnknownFunction {
                did_you_mean: Some(name),
            } => msg!("script-function-did-you-mean", name = name),
            Fault::UnknownFunction { did_you_mean: None } => msg!("script-dry-run-function-hint"),
            Fault::WrongArguments { accepted } => msg!(
                "script-wrong-arguments-hint",
                accepted = list(accepted.iter().map(|s| Message::verbatim(format!("`{s}`"))))
            ),
            Fault::Operator => msg!("script-operator-hint"),
            Fault::UnknownVariable {
                did_you_mean: Some(name),
            } => msg!("script-variable-did-you-mean", name = name),
            Fault::UnknownVariable { did_you_mean: None } => msg!("script-variable-hint"),
            Fault::UnknownField {
                did_you_mean: Some(field),
                ..
            } => msg!("script-field-did-you-mean", field = field),
            Fault::UnknownField {
                did_you_mean: None,
                fields,
            } if fields.is_empty() => msg!("script-dry-run-property-hint"),
            Fault::UnknownField {
                did_you_mean: None,
                fields,
            } => msg!("script-field-list", fields = fields),
            Fault::ReadOnlyField => msg!("script-read-only-hint"),
            Fault::DivisionByZero => msg!("script-division-by-zero-hint"),
            Fault::Limit { key } => msg!("script-limit-hint", key = key),
            Fault::Thrown => msg!("script-thrown-hint"),
            Fault::Rejected => msg!("script-rejected-hint"),
            Fault::Other => msg!("script-dry-run-hint"),
        }
    }
}

/// What a script may call and name, for "did you mean": the functions the engine knows
/// (jixiao's and Rhai's standard ones) and those the script defines.
pub(super) struct Known<'a> {
    /// Signatures of every function the engine has (`starts_with(string: &str, …) -> bool`).
    pub engine: &'a [String],
    /// The script's own functions: name and parameters.
    pub script: Vec<(String, Vec<String>)>,
    /// The names the script defines (`let`, `const`, `for`, parameters).
    pub variables: Vec<String>,
}

impl Known<'_> {
    /// How `name` can be called: each signature of that name.
    fn signatures(&self, name: &str) -> Vec<String> {
        let own = self
            .script
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(n, p)| format!("{n}({})", p.join(", ")));
        let engine = self
            .engine
            .iter()
            .filter(|s| signature_name(s) == name)
            .cloned();
        // The engine lists its functions in no fixed order.
        let mut out: Vec<String> = own.chain(engine).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    fn function_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .script
            .iter()
            .map(|(n, _)| n.as_str())
            .chain(self.engine.iter().map(|s| signature_name(s)))
            .filter(|n| n.chars().all(|c| c.is_alphanumeric() || c == '_'))
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }
}

/// The name of a signature `name(params) -> ret`.
fn signature_name(signature: &str) -> &str {
    signature.split('(').next().unwrap_or(signature).trim()
}

/// A runtime error other than a field, a limit or a time-out, in words.
pub(super) fn runtime(err: &EvalAltResult, known: &Known) -> (Message, Fault) {
    match err {
        EvalAltResult::ErrorRuntime(v, _) => {
            (msg!("script-thrown", value = v.to_string()), Fault::Thrown)
        }
        EvalAltResult::ErrorFunctionNotFound(signature, _) => function_not_found(signature, known),
        EvalAltResult::ErrorVariableNotFound(name, _) => {
            let did_you_mean = variable_did_you_mean(name, &known.variables);
            (
                msg!("script-unknown-variable", name = name),
                Fault::UnknownVariable { did_you_mean },
            )
        }
        // `Division by zero: 16 / 0`: the division as it ran.
        EvalAltResult::ErrorArithmetic(text, _) if text.starts_with("Division by zero") => (
            msg!(
                "script-division-by-zero",
                detail = text.split_once(": ").map_or(text.as_str(), |(_, d)| d)
            ),
            Fault::DivisionByZero,
        ),
        EvalAltResult::ErrorArithmetic(..) => (
            msg!("script-arithmetic", detail = rhai_text(err)),
            Fault::Other,
        ),
        EvalAltResult::ErrorArrayBounds(len, index, _) => (
            msg!(
                "script-array-bounds",
                index = index.to_string(),
                count = *len
            ),
            Fault::Other,
        ),
        EvalAltResult::ErrorStringBounds(len, index, _) => (
            msg!(
                "script-string-bounds",
                index = index.to_string(),
                count = *len
            ),
            Fault::Other,
        ),
        EvalAltResult::ErrorMismatchDataType(expected, got, _) => (
            msg!(
                "script-wrong-type",
                expected = type_word(expected),
                got = type_word(got)
            ),
            Fault::Other,
        ),
        EvalAltResult::ErrorIndexingType(what, _) => (
            msg!("script-indexing", what = type_word(what)),
            Fault::Other,
        ),
        EvalAltResult::ErrorFor(_) => (msg!("script-for"), Fault::Other),
        other => (
            msg!("script-runtime", detail = rhai_text(other)),
            Fault::Other,
        ),
    }
}

/// `Function not found: starts_with (&str | ImmutableString | String, i64)`: a name no
/// function has (with the nearest one), a function called with values of other types, or an
/// operator between values it does not join.
fn function_not_found(signature: &str, known: &Known) -> (Message, Fault) {
    let (name, given) = match signature.split_once(" (") {
        Some((name, rest)) => (name.trim(), rest.strip_suffix(')').unwrap_or(rest)),
        None => (signature.trim(), ""),
    };
    let types: Vec<Message> = given
        .split(", ")
        .filter(|t| !t.is_empty())
        .map(type_word)
        .collect();
    let given = match types.as_slice() {
        [] => msg!("script-type-none"),
        [one] => one.clone(),
        [a, b] => msg!("script-type-pair", a = a.clone(), b = b.clone()),
        _ => Message::new("script-type-list").arg("types", list(types)),
    };
    if !name.chars().any(|c| c.is_alphanumeric() || c == '_') {
        return (
            msg!("script-operator-types", op = name, given = given),
            Fault::Operator,
        );
    }
    let accepted = known.signatures(name);
    if !accepted.is_empty() {
        return (
            msg!("script-wrong-arguments", name = name, given = given),
            Fault::WrongArguments { accepted },
        );
    }
    let names = known.function_names();
    let did_you_mean =
        crate::diagnostic::did_you_mean(name, names.iter().copied()).map(str::to_owned);
    (
        msg!("script-unknown-function", name = name),
        Fault::UnknownFunction { did_you_mean },
    )
}

/// A Rhai type name in words (`&str | ImmutableString | String` → text, `i64` → integer,
/// a view type → the name scripts give it).
pub(super) fn type_word(rhai: &str) -> Message {
    let t = rhai.trim();
    if t.contains("String") || t == "&str" || t == "string" {
        msg!("script-type-text")
    } else if t == "i64" || t == "INT" || t == "integer" {
        msg!("script-type-integer")
    } else if t.contains("Decimal") || t == "decimal" {
        msg!("script-type-number")
    } else if t == "bool" {
        msg!("script-type-bool")
    } else if t == "()" {
        msg!("script-type-unit")
    } else if t == "array" || t.ends_with("Array") {
        msg!("script-type-array")
    } else if t == "map" || t.ends_with("Map") {
        msg!("script-type-map")
    } else if t == "char" {
        msg!("script-type-char")
    } else {
        msg!("script-type-other", name = usual_name(t))
    }
}

/// The nearest name the script defines, or a view's field of that name (`points` →
/// `ind.points`).
fn variable_did_you_mean(name: &str, defined: &[String]) -> Option<String> {
    if let Some(m) = crate::diagnostic::did_you_mean(name, defined.iter().map(String::as_str)) {
        return Some(m.to_owned());
    }
    ["Indicator", "Scored", "Case", "Execution", "Rules"]
        .into_iter()
        .find(|t| view::fields(t).contains(&name))
        .map(|t| format!("{}.{name}", usual_name(t)))
}

/// The names a script defines: `let x`, `const x`, `for x in`, `for (x, i) in` and the
/// parameters of its functions (`fn f(a, b)`) — what an undefined variable may have meant.
/// Read from the text, so it serves a script that does not compile too.
pub(super) fn defined_names(text: &str) -> Vec<String> {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut out: Vec<String> = Vec::new();
    let words: Vec<&str> = text
        .split(|c: char| !ident(c))
        .filter(|w| !w.is_empty())
        .collect();
    for pair in words.windows(2) {
        if let [keyword, name] = pair
            && matches!(*keyword, "let" | "const" | "for")
        {
            out.push((*name).to_owned());
        }
    }
    for line in text.lines() {
        let Some(rest) = line.trim_start().strip_prefix("fn ") else {
            continue;
        };
        let params = rest
            .split_once('(')
            .and_then(|(_, p)| p.split_once(')'))
            .map_or("", |(p, _)| p);
        out.extend(
            params
                .split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned),
        );
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// A script that does not compile, in words: the message and the help.
pub(super) fn syntax(err: &ParseErrorType, defined: &[String]) -> (Message, Message) {
    let detail = err.to_string();
    match err {
        ParseErrorType::VariableUndefined(name) => {
            let help = match variable_did_you_mean(name, defined) {
                Some(m) => msg!("script-variable-did-you-mean", name = m),
                None => msg!("script-variable-hint"),
            };
            (msg!("script-unknown-variable", name = name), help)
        }
        // `#{ score: 0; reason: … }` (tester s24 C2): a map's items are parted by `,`.
        ParseErrorType::MissingToken(token, why) if token == "}" && why.contains("object map") => (
            msg!("script-missing-token", token = token, detail = detail),
            msg!("script-map-items-help"),
        ),
        ParseErrorType::MissingToken(token, _) | ParseErrorType::MissingSymbol(token) => (
            msg!("script-missing-token", token = token, detail = detail),
            msg!("script-brackets-help"),
        ),
        ParseErrorType::UnexpectedEOF => {
            (msg!("script-unexpected-end"), msg!("script-brackets-help"))
        }
        ParseErrorType::FnDuplicatedDefinition(name, params) => (
            msg!("script-function-twice", name = name, params = *params),
            msg!("script-syntax-help"),
        ),
        ParseErrorType::AssignmentToConstant(name) => (
            msg!("script-assign-constant", name = name),
            msg!("script-assign-constant-help"),
        ),
        ParseErrorType::Reserved(word) => (
            msg!("script-reserved", word = word),
            msg!("script-syntax-help"),
        ),
        _ => super::parse_words::words(err),
    }
}

/// Rhai's text for an error, without the position it appends (` (line 3, position 5)`): the
/// position is given separately.
pub(super) fn rhai_text(err: &EvalAltResult) -> String {
    let text = err.to_string();
    match text.rfind(" (line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// The name a script usually gives a value of a view type (docs/scripting.md).
pub(super) fn usual_name(type_name: &str) -> &str {
    match type_name {
        "Indicator" => "ind",
        "Case" => "form",
        "Funds" => "form.funds[i]",
        "Scored" => "result",
        "Execution" => "result.execution",
        "Rules" => "rules",
        other => other,
    }
}

/// A field a view does not have, read or written, in words (#16): Rhai says `Unknown property
/// 'x' - a getter is not registered for type 'Indicator'` (or `No writable property 'x' - a
/// setter …`); none for another dot-expression error.
pub(super) fn field_fault(text: &str) -> Option<(Message, Fault)> {
    let quoted = |s: &str, after: &str| -> Option<String> {
        let rest = s.split_once(after)?.1.strip_prefix('\'')?;
        Some(rest.split_once('\'')?.0.to_owned())
    };
    let property = quoted(text, "property ")?;
    let type_name = quoted(text, "for type ")?;
    let usual = usual_name(&type_name);
    if text.starts_with("No writable property") {
        let message = msg!(
            "script-read-only-field",
            field = format!("{usual}.{property}")
        );
        return Some((message, Fault::ReadOnlyField));
    }
    let fields = view::fields(&type_name);
    let did_you_mean = crate::diagnostic::did_you_mean(&property, fields.iter().copied())
        .map(|f| format!("{usual}.{f}"));
    let message = msg!(
        "script-unknown-field",
        field = format!("{usual}.{property}")
    );
    let fields = fields.join(", ");
    Some((
        message,
        Fault::UnknownField {
            did_you_mean,
            fields,
        },
    ))
}
