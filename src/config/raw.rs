//! The configuration file as written: serde structs with defaults, no logic.

use std::path::PathBuf;

use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    pub storage: RawStorage,
    #[serde(default)]
    pub server: RawServer,
    #[serde(default)]
    pub fetch: RawFetch,
    #[serde(default)]
    pub schedule: RawSchedule,
    #[serde(default)]
    pub dedup: RawDedup,
    #[serde(default)]
    pub source: Vec<Spanned<RawSource>>,
}

/// `[dedup]`: rules for matching copies across sources.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDedup {
    /// `[dedup.urls]`: how URLs are canonicalised (tracking parameters, mirror hosts).
    #[serde(default)]
    pub urls: crate::dedup::UrlRules,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStorage {
    pub path: PathBuf,
    /// Days a `304 Not Modified` capture is kept (0: forever).
    #[serde(default = "default_keep_not_modified_days")]
    pub keep_not_modified_days: u64,
}

fn default_keep_not_modified_days() -> u64 {
    90
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawServer {
    pub listen: String,
    pub public_url: Option<String>,
    pub title: String,
    pub feed_limit: usize,
}

impl Default for RawServer {
    fn default() -> Self {
        RawServer {
            listen: "127.0.0.1:8080".into(),
            public_url: None,
            title: "baoku".into(),
            feed_limit: 50,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawFetch {
    pub user_agent_contact: String,
    pub per_host_concurrency: usize,
    pub per_host_delay_ms: u64,
    pub allow_private_addresses: bool,
    pub connect_timeout_ms: u64,
    pub timeout_ms: u64,
    pub max_body_bytes: usize,
    pub max_redirects: usize,
    pub fetch_articles: bool,
    pub max_articles_per_poll: usize,
    /// Requests in flight over all hosts together.
    pub max_connections: usize,
    /// Per-host least delay between requests, by host name (`"www.example.gov.cn" = 3000`).
    pub host_delay_ms: std::collections::BTreeMap<String, u64>,
}

impl Default for RawFetch {
    fn default() -> Self {
        RawFetch {
            user_agent_contact: String::new(),
            per_host_concurrency: 1,
            per_host_delay_ms: 1000,
            allow_private_addresses: false,
            connect_timeout_ms: 10_000,
            timeout_ms: 30_000,
            max_body_bytes: 10 * 1024 * 1024,
            max_redirects: 5,
            fetch_articles: true,
            max_articles_per_poll: 50,
            max_connections: 64,
            host_delay_ms: Default::default(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawSchedule {
    pub default_interval_secs: u64,
    pub min_interval_secs: u64,
    pub max_interval_secs: u64,
}

impl Default for RawSchedule {
    fn default() -> Self {
        RawSchedule {
            default_interval_secs: 1800,
            min_interval_secs: 300,
            max_interval_secs: 86_400,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub key: String,
    pub name: String,
    pub url: String,
    pub kind: String,
    #[serde(default)]
    pub region: Vec<String>,
    pub level: String,
    pub preset: Option<String>,
    pub interval_secs: Option<u64>,
    pub fetch_articles: Option<bool>,
    #[serde(default)]
    pub ignore_robots: bool,
    pub per_host_delay_ms: Option<u64>,
    #[serde(default)]
    pub selectors: SelectorsConfig,
}

/// CSS selectors that override a preset (or stand alone) for one site.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SelectorsConfig {
    /// List pages: one element per entry.
    pub item: Option<String>,
    /// List pages: the entry's link inside `item` (default `a`).
    pub link: Option<String>,
    /// List pages: the entry's date inside `item`.
    pub date: Option<String>,
    /// E-papers: links to the edition's pages.
    pub page: Option<String>,
    /// Article pages: title, subtitle, author, date, source paper, body.
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub body: Option<String>,
}

impl SelectorsConfig {
    pub fn is_empty(&self) -> bool {
        *self == SelectorsConfig::default()
    }
}
