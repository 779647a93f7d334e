//! The target/actual parser (placeholder until implemented).
use super::{Quantity, Value};

/// Parses one cell of a target or actual column.
pub fn parse(text: &str) -> Value {
    let t = text.trim();
    if t.is_empty() {
        Value::Blank
    } else {
        Value::Qualitative { text: t.to_owned() }
    }
}

/// Every quantity with a comparator written inside a free text (an indicator's own name).
pub fn extract_quantities(_text: &str) -> Vec<Quantity> {
    Vec::new()
}
