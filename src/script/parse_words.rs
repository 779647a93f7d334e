//! Every way Rhai (the version in Cargo.lock, 1.27) can refuse a script, in the rule writer's
//! words (tester s9 F11): each `ParseErrorType` and `LexError` kind has its own message in
//! the catalogs, so no English sentence of Rhai's reaches a reader of Chinese. Rhai's text is
//! kept as a detail only where it names something the words cannot (a token list, a type).
//! Kinds `fault::syntax` words with the script's names (undefined variables, missing tokens,
//! duplicated functions) are handled there first.

use crate::i18n::{Message, msg};
use rhai::{LexError, ParseErrorType};

/// The message and help for a parse error kind `fault::syntax` does not word itself.
pub(super) fn words(err: &ParseErrorType) -> (Message, Message) {
    let help = || msg!("script-syntax-help");
    match err {
        ParseErrorType::BadInput(lex) => lex_words(lex),
        ParseErrorType::UnknownOperator(op) => (msg!("script-unknown-operator", text = op), help()),
        ParseErrorType::MalformedIndexExpr(_) => {
            (msg!("script-bad-index"), msg!("script-bad-index-help"))
        }
        ParseErrorType::MalformedCapture(_) => (msg!("script-bad-capture"), help()),
        ParseErrorType::DuplicatedProperty(name) => {
            (msg!("script-duplicated-property", name = name), help())
        }
        ParseErrorType::DuplicatedVariable(name) => {
            (msg!("script-duplicated-variable", name = name), help())
        }
        ParseErrorType::WrongSwitchIntegerCase => (msg!("script-switch-order"), help()),
        ParseErrorType::WrongSwitchDefaultCase => (msg!("script-switch-default"), help()),
        ParseErrorType::WrongSwitchCaseCondition => (msg!("script-switch-condition"), help()),
        ParseErrorType::PropertyExpected => (msg!("script-property-expected"), help()),
        ParseErrorType::VariableExpected => (msg!("script-variable-expected"), help()),
        ParseErrorType::ForbiddenVariable(name) => {
            (msg!("script-forbidden-variable", name = name), help())
        }
        ParseErrorType::MismatchedType(wanted, _) if wanted.contains("boolean") => (
            msg!("script-condition-not-bool"),
            msg!("script-condition-help"),
        ),
        ParseErrorType::MismatchedType(wanted, _) if wanted.contains("iterable") => {
            (msg!("script-for"), help())
        }
        ParseErrorType::MismatchedType(..) => (
            msg!("script-mismatched-type", detail = err.to_string()),
            help(),
        ),
        ParseErrorType::ExprExpected(_) => (msg!("script-expr-expected"), help()),
        ParseErrorType::WrongDocComment => {
            (msg!("script-doc-comment"), msg!("script-doc-comment-help"))
        }
        ParseErrorType::WrongFnDefinition => (msg!("script-fn-nested"), help()),
        ParseErrorType::FnMissingName => (msg!("script-fn-no-name"), help()),
        ParseErrorType::FnMissingParams(name) => (msg!("script-fn-no-params", name = name), help()),
        ParseErrorType::FnDuplicatedParam(name, param) => (
            msg!("script-fn-param-twice", name = name, param = param),
            help(),
        ),
        ParseErrorType::FnMissingBody(name) => (msg!("script-fn-no-body", name = name), help()),
        ParseErrorType::WrongExport => (
            msg!("script-keyword-disabled", keyword = "export"),
            msg!("script-eval-disabled-help"),
        ),
        ParseErrorType::AssignmentToInvalidLHS(_) => (
            msg!("script-assign-invalid"),
            msg!("script-assign-invalid-help"),
        ),
        ParseErrorType::VariableExists(name) => {
            (msg!("script-variable-exists", name = name), help())
        }
        ParseErrorType::ModuleUndefined(name) => (
            msg!("script-module-undefined", name = name),
            msg!("script-eval-disabled-help"),
        ),
        ParseErrorType::TooManyFunctions => (msg!("script-too-many-functions"), help()),
        ParseErrorType::LiteralTooLarge(_, max) => {
            (msg!("script-literal-too-large", max = *max), help())
        }
        ParseErrorType::LoopBreak => (msg!("script-loop-break"), help()),
        ParseErrorType::ExprTooDeep => (msg!("script-too-deep"), help()),
        // Kinds Rhai marks deprecated and no longer returns, and any a later Rhai adds: the
        // floor is a sentence in words with Rhai's text as the detail.
        _ => (
            msg!("script-syntax-other", detail = err.to_string()),
            help(),
        ),
    }
}

/// A script's text that Rhai cannot even cut into words (`LexError`).
fn lex_words(err: &LexError) -> (Message, Message) {
    let help = || msg!("script-syntax-help");
    match err {
        LexError::UnexpectedInput(text) => (
            msg!("script-lex-unexpected", text = text),
            msg!("script-lex-unexpected-help"),
        ),
        LexError::UnterminatedString => (
            msg!("script-lex-open-string"),
            msg!("script-lex-open-string-help"),
        ),
        LexError::StringTooLong(max) => (msg!("script-lex-too-long", max = *max), help()),
        LexError::MalformedEscapeSequence(text) => (
            msg!("script-lex-escape", text = text),
            msg!("script-lex-escape-help"),
        ),
        LexError::MalformedNumber(text) => (
            msg!("script-lex-number", text = text),
            msg!("script-lex-number-help"),
        ),
        LexError::MalformedChar(text) => (
            msg!("script-lex-char", text = text),
            msg!("script-lex-char-help"),
        ),
        LexError::MalformedIdentifier(text) => (
            msg!("script-lex-name", text = text),
            msg!("script-variable-hint"),
        ),
        LexError::ImproperSymbol(symbol, _) => {
            let instead = match symbol.as_str() {
                "===" => Some("=="),
                "!==" => Some("!="),
                ":=" => Some("="),
                "->" | "<-" | "::<" | "(*" | "*)" | ":;" | "# {" => None,
                _ => None,
            };
            let help = match instead {
                Some(instead) => msg!("script-lex-symbol-instead", instead = instead),
                None => help(),
            };
            (msg!("script-lex-symbol", text = symbol), help)
        }
        _ => (
            msg!("script-syntax-other", detail = err.to_string()),
            help(),
        ),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// One of every kind Rhai 1.27 returns (the deprecated ones it no longer returns aside).
    fn every_kind() -> Vec<ParseErrorType> {
        let s = || "x".to_owned();
        let mut kinds: Vec<ParseErrorType> = [
            LexError::UnexpectedInput(s()),
            LexError::UnterminatedString,
            LexError::StringTooLong(10),
            LexError::MalformedEscapeSequence(s()),
            LexError::MalformedNumber(s()),
            LexError::MalformedChar(s()),
            LexError::MalformedIdentifier(s()),
            LexError::ImproperSymbol("===".into(), "not JavaScript".into()),
            LexError::ImproperSymbol("@".into(), String::new()),
        ]
        .into_iter()
        .map(ParseErrorType::BadInput)
        .collect();
        kinds.extend([
            ParseErrorType::UnknownOperator(s()),
            ParseErrorType::MalformedIndexExpr(s()),
            ParseErrorType::MalformedCapture(s()),
            ParseErrorType::DuplicatedProperty(s()),
            ParseErrorType::DuplicatedVariable(s()),
            ParseErrorType::WrongSwitchIntegerCase,
            ParseErrorType::WrongSwitchDefaultCase,
            ParseErrorType::WrongSwitchCaseCondition,
            ParseErrorType::PropertyExpected,
            ParseErrorType::VariableExpected,
            ParseErrorType::ForbiddenVariable(s()),
            ParseErrorType::MismatchedType("a boolean expression".into(), "i64".into()),
            ParseErrorType::MismatchedType("an iterable value".into(), "i64".into()),
            ParseErrorType::ExprExpected(s()),
            ParseErrorType::WrongDocComment,
            ParseErrorType::WrongFnDefinition,
            ParseErrorType::FnMissingName,
            ParseErrorType::FnMissingParams(s()),
            ParseErrorType::FnDuplicatedParam(s(), s()),
            ParseErrorType::FnMissingBody(s()),
            ParseErrorType::WrongExport,
            ParseErrorType::AssignmentToInvalidLHS(s()),
            ParseErrorType::VariableExists(s()),
            ParseErrorType::ModuleUndefined(s()),
            ParseErrorType::TooManyFunctions,
            ParseErrorType::LiteralTooLarge("Length of string".into(), 10),
            ParseErrorType::LoopBreak,
            ParseErrorType::ExprTooDeep,
        ]);
        kinds
    }

    #[test]
    fn every_parse_error_kind_has_words_of_its_own() {
        for kind in every_kind() {
            let (message, help) = words(&kind);
            let zh = message.render(Lang::Zh);
            assert!(
                !zh.contains("Rhai") && !zh.contains(&kind.to_string()),
                "{kind:?}: {zh}"
            );
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{zh}"
            );
            assert!(!help.render(Lang::Zh).is_empty());
            assert_ne!(message.render(Lang::En), zh, "{kind:?}");
        }
        let (m, h) = words(&ParseErrorType::BadInput(LexError::UnterminatedString));
        assert_eq!(m.render(Lang::Zh), "这一行的字符串没有用半角的 `\"` 结尾");
        assert!(h.render(Lang::Zh).contains("`”`"));
        let (_, h) = words(&ParseErrorType::BadInput(LexError::ImproperSymbol(
            "===".into(),
            String::new(),
        )));
        assert!(h.render(Lang::Zh).contains("`==`"));
    }
}
