//! Stories, not copies: canonical URLs, fingerprints and the match index.
//!
//! Entry point: [`Index::decide`], which says whether a new article is a copy
//! of one already archived (`exact`, `near`, `contained`) or a new story.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use url::Url;
use xxhash_rust::xxh3::xxh3_64;

/// An article as dedup sees it.
#[derive(Debug, Clone)]
pub struct Doc {
    pub id: i64,
    pub title: String,
    pub text: String,
    /// Source key of the publisher.
    pub source: String,
    pub published: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    New,
    Exact,
    Near,
    Contained,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::New => "new",
            Relation::Exact => "exact",
            Relation::Near => "near",
            Relation::Contained => "contained",
        }
    }
}

/// The archived article a new one copies, and how.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    pub relation: Relation,
    pub of: i64,
    pub score: f64,
}

/// The in-memory match index; rebuilt from the archive at start.
#[derive(Debug, Default)]
pub struct Index {
    exact: HashMap<u64, i64>,
}

impl Index {
    pub fn new() -> Index {
        Index::default()
    }

    /// The best match for `doc` among the indexed articles, if any.
    pub fn decide(&self, doc: &Doc) -> Option<Match> {
        let fp = fingerprint(&doc.text)?;
        self.exact.get(&fp).map(|&of| Match { relation: Relation::Exact, of, score: 1.0 })
    }

    /// Adds an archived article to the index.
    pub fn insert(&mut self, doc: &Doc) {
        if let Some(fp) = fingerprint(&doc.text) {
            self.exact.entry(fp).or_insert(doc.id);
        }
    }
}

/// xxh3 of the text with NFKC applied and whitespace and punctuation removed;
/// `None` for texts too short to identify a story.
pub fn fingerprint(text: &str) -> Option<u64> {
    let norm: String = crate::text::nfkc(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    if norm.chars().count() < 20 {
        return None;
    }
    Some(xxh3_64(norm.as_bytes()))
}

/// The URL with fragment and common tracking parameters removed and the
/// scheme folded to `https`, for matching copies of one page.
pub fn canonical_url(url: &Url) -> String {
    let mut u = url.clone();
    u.set_fragment(None);
    let kept: Vec<(String, String)> = u
        .query_pairs()
        .filter(|(k, _)| {
            let k = k.to_ascii_lowercase();
            !(k.starts_with("utm_") || matches!(k.as_str(), "spm" | "from" | "share" | "fbclid" | "gclid" | "div"))
        })
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        u.set_query(None);
    } else {
        u.query_pairs_mut().clear().extend_pairs(kept);
    }
    if u.scheme() == "http" {
        let _ = u.set_scheme("https");
    }
    u.to_string()
}

pub mod cli {
    //! `baoku cluster`: dedup as a filter over JSONL.
    use std::path::Path;
    use std::process::ExitCode;

    pub fn run(_file: &Path) -> ExitCode {
        eprintln!("baoku cluster: not implemented yet");
        ExitCode::from(1)
    }
}
