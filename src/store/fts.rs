//! Text → the token stream of the full-text index.
//!
//! Han runs become overlapping character bigrams (a lone Han character stays
//! a unigram); other letters and digits become lower-case words. The same
//! function turns a query into an FTS5 expression, so a two-character word
//! is one token and a longer phrase a quoted run of bigrams.

use crate::text::is_han;

/// Tokens of `text`, joined by spaces, for the `unicode61` tokenizer.
pub fn index_tokens(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for unit in units(text) {
        for t in unit.tokens() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&t);
        }
    }
    out
}

/// An FTS5 MATCH expression for a user query: every word must occur
/// (phrases of bigrams for Han runs, a prefix match for a lone character).
/// `None` when the query holds nothing searchable.
pub fn match_expression(query: &str) -> Option<String> {
    let parts: Vec<String> = units(query)
        .into_iter()
        .map(|u| match u {
            Unit::Han(chars) if chars.len() == 1 => format!("\"{}\" *", chars[0]),
            u => format!("\"{}\"", u.tokens().join(" ")),
        })
        .collect();
    if parts.is_empty() { None } else { Some(parts.join(" AND ")) }
}

enum Unit {
    Han(Vec<char>),
    Word(String),
}

impl Unit {
    fn tokens(&self) -> Vec<String> {
        match self {
            Unit::Han(chars) if chars.len() == 1 => vec![chars[0].to_string()],
            Unit::Han(chars) => chars.windows(2).map(|w| w.iter().collect()).collect(),
            Unit::Word(w) => vec![w.clone()],
        }
    }
}

fn units(text: &str) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut han: Vec<char> = Vec::new();
    let mut word = String::new();
    let flush_han = |han: &mut Vec<char>, out: &mut Vec<Unit>| {
        if !han.is_empty() {
            out.push(Unit::Han(std::mem::take(han)));
        }
    };
    let flush_word = |word: &mut String, out: &mut Vec<Unit>| {
        if !word.is_empty() {
            out.push(Unit::Word(std::mem::take(word)));
        }
    };
    for c in text.chars() {
        if is_han(c) {
            flush_word(&mut word, &mut out);
            han.push(c);
        } else if c.is_alphanumeric() {
            flush_han(&mut han, &mut out);
            word.extend(c.to_lowercase());
        } else {
            flush_han(&mut han, &mut out);
            flush_word(&mut word, &mut out);
        }
    }
    flush_han(&mut han, &mut out);
    flush_word(&mut word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_runs_become_bigrams() {
        assert_eq!(index_tokens("疫情防控，GDP增长"), "疫情 情防 防控 gdp 增长");
        assert_eq!(index_tokens("省 委"), "省 委");
    }

    #[test]
    fn queries_become_phrases() {
        assert_eq!(match_expression("疫情").unwrap(), "\"疫情\"");
        assert_eq!(match_expression("疫情防控").unwrap(), "\"疫情 情防 防控\"");
        assert_eq!(match_expression("河北 GDP").unwrap(), "\"河北\" AND \"gdp\"");
        assert_eq!(match_expression("疫").unwrap(), "\"疫\" *");
        assert!(match_expression("，。").is_none());
    }
}
