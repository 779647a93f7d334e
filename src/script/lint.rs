//! The comparisons a script makes between a field of its view and a string literal
//! (`ind.target_unit == "年月"`, `ind.level1 != "服务满意度指标"`, `ind.actual_value < "80"`),
//! found on the compiled AST
//! (Rhai's `internals`), never by searching the text: a comment or a string that only mentions
//! the field is no comparison. Validation, which knows the rule set's names, decides which of
//! them can never hold and warns at their line (`validate::scripts`).

use crate::source::Source;
use rhai::{AST, ASTNode, Expr, FnCallExpr, Position, Stmt};
use std::ops::Range;

/// A field compared with a string literal by `==`, `!=`, `<`, `<=`, `>` or `>=`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compared {
    /// The operator (`==`, `<`…).
    pub op: &'static str,
    /// The object whose field is read, when it is a plain variable (`ind`, `i`).
    pub object: Option<String>,
    /// The field read last (`target_unit`, `level1`).
    pub field: String,
    /// The literal it is compared with.
    pub literal: String,
    /// `!=`: a comparison that can never be true is then always true.
    pub negated: bool,
    /// Where the comparison stands in the script (bytes), both sides included.
    pub span: Range<usize>,
    /// The field's name in it (`target_unit`).
    pub field_span: Range<usize>,
    /// The literal in it, quotes included.
    pub literal_span: Range<usize>,
    /// Its 1-based line.
    pub line: usize,
}

/// Every `field == "literal"`, `field != "literal"`, `field < "literal"`… in `ast` (either
/// side first), in the order of the script's text. `source` is the text `ast` was compiled from.
pub fn comparisons(ast: &AST, source: &Source) -> Vec<Compared> {
    let mut found = Vec::new();
    ast.walk(&mut |path: &[ASTNode]| {
        // A call is an expression, or a statement of its own (a function's last line).
        let call = match path.last() {
            Some(ASTNode::Expr(Expr::FnCall(call, _))) => Some(call),
            Some(ASTNode::Stmt(Stmt::FnCall(call, _))) => Some(call),
            _ => None,
        };
        if let Some(c) = call.and_then(|call| compared(call, source)) {
            found.push(c);
        }
        true
    });
    found.sort_by_key(|c| c.span.start);
    found.dedup();
    found
}

fn compared(call: &FnCallExpr, source: &Source) -> Option<Compared> {
    let op = ["==", "!=", "<", "<=", ">", ">="]
        .into_iter()
        .find(|op| call.name.as_str() == *op)?;
    let negated = op == "!=";
    let [a, b] = call.args.as_slice() else {
        return None;
    };
    let (read, literal, at) = match (a, b) {
        (read, Expr::StringConstant(s, at)) | (Expr::StringConstant(s, at), read) => (read, s, *at),
        _ => return None,
    };
    let (field, field_at) = last_property(read)?;
    let object = match read {
        Expr::Dot(x, ..) => match &x.lhs {
            Expr::Variable(v, ..) => Some(v.1.to_string()),
            _ => None,
        },
        _ => None,
    };
    let literal_start = offset(source, at)?;
    let literal_end = string_end(source, literal_start);
    let read_start = offset(source, read.start_position())?;
    let field_start = offset(source, field_at)?;
    let field_span = field_start..field_start + field.len();
    let span = read_start.min(literal_start)..field_span.end.max(literal_end);
    Some(Compared {
        op,
        object,
        field,
        literal: literal.to_string(),
        negated,
        line: source.line_col(span.start).line,
        span,
        field_span,
        literal_span: literal_start..literal_end,
    })
}

/// The property an expression reads last (`ind.target_unit` → `target_unit`,
/// `form.indicators[0].level1` → `level1`), with its position; none for anything else (a
/// variable, a call, `a.b[0]`).
fn last_property(e: &Expr) -> Option<(String, Position)> {
    match e {
        Expr::Dot(x, ..) | Expr::Index(x, ..) => last_property(&x.rhs),
        Expr::Property(p, at) => Some((p.2.to_string(), *at)),
        _ => None,
    }
}

fn offset(source: &Source, at: Position) -> Option<usize> {
    Some(source.offset(at.line()?, at.position().unwrap_or(1)))
}

/// The end of the string literal whose opening quote stands at `start` (past its closing
/// quote; escapes skipped), or the end of its line.
fn string_end(source: &Source, start: usize) -> usize {
    let text = source.text.get(start..).unwrap_or("");
    let mut chars = text.char_indices();
    let Some((_, quote)) = chars.next() else {
        return start;
    };
    let mut escaped = false;
    for (i, c) in chars {
        match c {
            '\n' => return start + i,
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            _ if c == quote => return start + i + c.len_utf8(),
            _ => {}
        }
    }
    source.text.len()
}

#[cfg(test)]
#[allow(clippy::panic)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn found(script: &str) -> Vec<(String, String, bool, String, usize)> {
        let source = SourceFile::new("t.rhai", script);
        let engine = super::super::engine::build(&super::super::Limits::default());
        let ast = engine.compile(script).unwrap_or_else(|e| panic!("{e}"));
        comparisons(&ast, &source)
            .into_iter()
            .map(|c| {
                (
                    c.field,
                    c.literal,
                    c.negated,
                    source.slice(c.span).to_owned(),
                    c.line,
                )
            })
            .collect()
    }

    #[test]
    fn finds_a_field_compared_with_a_literal_either_way_round() {
        let script = "fn indicator(form, rules, ind, result) {\n\
            // ind.target_unit == \"年月\" in a comment is no comparison\n\
            if ind.target_unit == \"年月\" { return (); }\n\
            if \"服务满意度指标\" != ind.level1 && ind.actual_unit==\"%\" { return (); }\n\
            let s = \"ind.level2 == 质量\";\n\
            for i in form.indicators { if i.level2 == \"质量指标\" { return (); } }\n\
            if form.indicators[0].level1 == \"产出\" { return (); }\n\
            ()\n}\n";
        let f = found(script);
        let row = |field: &str, lit: &str, neg, text: &str, line| {
            (field.into(), lit.into(), neg, text.into(), line)
        };
        assert_eq!(
            f,
            vec![
                row(
                    "target_unit",
                    "年月",
                    false,
                    "ind.target_unit == \"年月\"",
                    3
                ),
                row(
                    "level1",
                    "服务满意度指标",
                    true,
                    "\"服务满意度指标\" != ind.level1",
                    4
                ),
                row("actual_unit", "%", false, "ind.actual_unit==\"%\"", 4),
                row("level2", "质量指标", false, "i.level2 == \"质量指标\"", 6),
                row(
                    "level1",
                    "产出",
                    false,
                    "form.indicators[0].level1 == \"产出\"",
                    7
                ),
            ]
        );
    }

    #[test]
    fn other_comparisons_are_not_taken() {
        let script = "fn indicator(form, rules, ind, result) {\n\
            let u = ind.target_unit;\n\
            if u == \"年月\" { return (); }\n\
            if ind.target_unit.starts_with(\"年\") { return (); }\n\
            if ind.level1 == ind.level2 { return (); }\n\
            if ind.target_value == 3 { return (); }\n\
            if rules.level1[\"满意度指标\"] == () { return (); }\n\
            ()\n}\n";
        assert_eq!(found(script), vec![]);
    }

    #[test]
    fn an_order_with_a_literal_is_taken_with_its_operator() {
        let script = "fn indicator(form, rules, ind, result) {\n\
            if ind.actual_value < \"80\" { return (); }\n\
            if \"5\" >= ind.points { return (); }\n\
            if ind.actual_value < 80 { return (); }\n\
            ()\n}\n";
        let source = SourceFile::new("t.rhai", script);
        let engine = super::super::engine::build(&super::super::Limits::default());
        let ast = engine.compile(script).unwrap_or_else(|e| panic!("{e}"));
        let f: Vec<_> = comparisons(&ast, &source)
            .into_iter()
            .map(|c| {
                (
                    c.op,
                    c.field,
                    c.literal,
                    source.slice(c.literal_span).to_owned(),
                )
            })
            .collect();
        assert_eq!(
            f,
            vec![
                ("<", "actual_value".into(), "80".into(), "\"80\"".into()),
                (">=", "points".into(), "5".into(), "\"5\"".into()),
            ]
        );
    }

    #[test]
    fn a_literal_with_an_escaped_quote_is_spanned_to_its_end() {
        let script = "fn f(ind) { ind.level1 == \"a\\\"b\" }\n";
        let f = found(script);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].3, "ind.level1 == \"a\\\"b\"");
    }
}
