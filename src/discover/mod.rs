//! Finds article entries on a source's page: a feed, a list page or an e-paper edition.
//!
//! Each kind has one entry function that turns a fetched, decoded page into
//! [`Entry`] values; the pipeline then archives them.

pub mod epaper;
pub mod feed;
pub mod list;

use chrono::{DateTime, Utc};

/// One article a source announces.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entry {
    /// Stable id within the source: the feed's guid, else the link, else a content hash.
    pub guid: String,
    pub url: Option<String>,
    pub title: String,
    pub summary: Option<String>,
    /// Full content when the feed carries it (HTML).
    pub content_html: Option<String>,
    pub authors: Vec<String>,
    pub categories: Vec<String>,
    pub published: Option<DateTime<Utc>>,
    pub date_only: bool,
    pub updated: Option<DateTime<Utc>>,
}

/// What a source page announced.
#[derive(Debug, Clone, Default)]
pub struct Discovered {
    pub title: Option<String>,
    pub site_url: Option<String>,
    /// RSS `<ttl>` in minutes.
    pub ttl_minutes: Option<u32>,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum DiscoverError {
    #[error("not a feed: {0}")]
    NotAFeed(String),
    #[error("{0}")]
    Unsupported(String),
    #[error("{0}")]
    NoEntries(String),
    #[error("bad selector {0}")]
    Selector(String),
}

impl DiscoverError {
    pub fn kind(&self) -> &'static str {
        match self {
            DiscoverError::NotAFeed(_) => "not-a-feed",
            DiscoverError::Unsupported(_) => "unsupported",
            DiscoverError::NoEntries(_) => "no-entries",
            DiscoverError::Selector(_) => "bad-selector",
        }
    }
}
