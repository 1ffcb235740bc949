//! The TOML configuration: parsed once, validated into a typed [`Config`].
//!
//! Raw serde structs (in [`raw`]) mirror the file and reject unknown keys;
//! [`Config::load`] turns them into the validated form the rest of the
//! program sees. Every error names the file, the line and, where there is
//! one, the source key.

mod raw;

use std::collections::HashSet;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use url::Url;

pub use raw::SelectorsConfig;

/// A configuration error, with where it was found.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.render())]
pub struct ConfigError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub source_key: Option<String>,
    pub message: String,
}

impl ConfigError {
    fn render(&self) -> String {
        let mut s = self.file.display().to_string();
        if let Some(line) = self.line {
            s.push_str(&format!(":{line}"));
        }
        s.push_str(": ");
        if let Some(key) = &self.source_key {
            s.push_str(&format!("source `{key}`: "));
        }
        s.push_str(&self.message);
        s
    }
}

/// What kind of page a source's URL points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceKind {
    /// An RSS, Atom or JSON feed.
    Feed,
    /// An HTML list page (government portals).
    List,
    /// An e-paper (数字报) edition.
    Epaper,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Feed => "feed",
            SourceKind::List => "list",
            SourceKind::Epaper => "epaper",
        }
    }
}

/// Administrative level of the publisher.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    National,
    Province,
    City,
    County,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Province => "province",
            Level::City => "city",
            Level::County => "county",
        }
    }
}

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file it was read from (for messages).
    pub path: PathBuf,
    pub storage: StorageConfig,
    pub server: ServerConfig,
    pub fetch: FetchConfig,
    pub schedule: ScheduleConfig,
    /// Canonical-URL rules for dedup (`[dedup.urls]`); defaults when absent.
    pub dedup_urls: crate::dedup::UrlRules,
    pub sources: Vec<SourceConfig>,
}

#[derive(Debug, Clone)]
pub struct StorageConfig {
    /// The SQLite archive file.
    pub path: PathBuf,
    /// How long captures of `304 Not Modified` answers are kept (`None`:
    /// forever). They carry no body, only that a poll found nothing new,
    /// and are most of the captures a large archive takes in.
    pub keep_not_modified: Option<Duration>,
}

#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub listen: SocketAddr,
    /// Base of self links and feed ids; always ends in `/`.
    pub public_url: Url,
    pub title: String,
    /// Entries in an output feed when the request names no `limit`.
    pub feed_limit: usize,
}

#[derive(Debug, Clone)]
pub struct FetchConfig {
    pub user_agent_contact: String,
    pub per_host_concurrency: usize,
    pub per_host_delay: Duration,
    pub allow_private_addresses: bool,
    pub connect_timeout: Duration,
    pub timeout: Duration,
    pub max_body_bytes: usize,
    pub max_redirects: usize,
    /// Fetch each new entry's article page and extract its full text.
    pub fetch_articles: bool,
    /// How many article pages one poll of one source may fetch.
    pub max_articles_per_poll: usize,
    /// Requests in flight over all hosts together (default 64).
    pub max_connections: usize,
    /// Least delay between requests per host name, overriding `per_host_delay`
    /// (a source's own `per_host_delay_ms` overrides both).
    pub host_delays: std::collections::HashMap<String, Duration>,
}

impl FetchConfig {
    fn from_raw(f: &raw::RawFetch) -> FetchConfig {
        FetchConfig {
            user_agent_contact: f.user_agent_contact.clone(),
            per_host_concurrency: f.per_host_concurrency,
            per_host_delay: Duration::from_millis(f.per_host_delay_ms),
            allow_private_addresses: f.allow_private_addresses,
            connect_timeout: Duration::from_millis(f.connect_timeout_ms),
            timeout: Duration::from_millis(f.timeout_ms),
            max_body_bytes: f.max_body_bytes,
            max_redirects: f.max_redirects,
            fetch_articles: f.fetch_articles,
            max_articles_per_poll: f.max_articles_per_poll,
            max_connections: f.max_connections.max(1),
            host_delays: f
                .host_delay_ms
                .iter()
                .map(|(h, ms)| (h.to_ascii_lowercase(), Duration::from_millis(*ms)))
                .collect(),
        }
    }
}

/// The documented defaults, as a file without a `[fetch]` table gets them.
impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig::from_raw(&raw::RawFetch::default())
    }
}

#[derive(Debug, Clone)]
pub struct ScheduleConfig {
    pub default_interval: Duration,
    pub min_interval: Duration,
    pub max_interval: Duration,
}

#[derive(Debug, Clone)]
pub struct SourceConfig {
    pub key: String,
    pub name: String,
    pub url: Url,
    pub kind: SourceKind,
    pub region: Vec<String>,
    pub level: Level,
    pub preset: Option<String>,
    /// Overrides the default poll interval (the adaptive schedule stays within min/max).
    pub interval: Option<Duration>,
    pub fetch_articles: bool,
    pub ignore_robots: bool,
    pub per_host_delay: Option<Duration>,
    pub selectors: SelectorsConfig,
    /// Line of the `[[source]]` header in the file.
    pub line: usize,
}

pub const PRESETS: &[&str] = &["trs", "hanweb", "founder", "founder-pc", "ucap", "generic"];

impl Config {
    /// Reads and validates a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            file: path.to_path_buf(),
            line: None,
            source_key: None,
            message: format!("cannot read: {e}"),
        })?;
        Config::parse(&text, path)
    }

    /// Validates configuration text; `path` is only used in messages.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let err = |line: Option<usize>, key: Option<&str>, message: String| ConfigError {
            file: path.to_path_buf(),
            line,
            source_key: key.map(str::to_owned),
            message,
        };
        let raw: raw::RawConfig = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start));
            err(line, None, e.message().to_owned())
        })?;

        let storage = StorageConfig {
            path: raw.storage.path.clone(),
            keep_not_modified: (raw.storage.keep_not_modified_days > 0)
                .then(|| Duration::from_secs(raw.storage.keep_not_modified_days.saturating_mul(86_400))),
        };
        let listen: SocketAddr = raw.server.listen.parse().map_err(|e| {
            err(None, None, format!("[server] listen `{}`: {e}", raw.server.listen))
        })?;
        let mut public_url = match &raw.server.public_url {
            Some(u) => Url::parse(u)
                .map_err(|e| err(None, None, format!("[server] public_url `{u}`: {e}")))?,
            None => Url::parse(&format!("http://{listen}/")).expect("socket address forms a URL"),
        };
        if !public_url.path().ends_with('/') {
            let p = format!("{}/", public_url.path());
            public_url.set_path(&p);
        }
        let server = ServerConfig {
            listen,
            public_url,
            title: raw.server.title.clone(),
            feed_limit: raw.server.feed_limit,
        };
        let f = &raw.fetch;
        if f.per_host_concurrency == 0 {
            return Err(err(None, None, "[fetch] per_host_concurrency must be at least 1".into()));
        }
        if f.max_body_bytes < 1024 {
            return Err(err(None, None, "[fetch] max_body_bytes must be at least 1024".into()));
        }
        let fetch = FetchConfig::from_raw(f);
        let s = &raw.schedule;
        if s.min_interval_secs == 0 || s.min_interval_secs > s.max_interval_secs {
            return Err(err(
                None,
                None,
                "[schedule] needs 0 < min_interval_secs <= max_interval_secs".into(),
            ));
        }
        let schedule = ScheduleConfig {
            default_interval: Duration::from_secs(
                s.default_interval_secs.clamp(s.min_interval_secs, s.max_interval_secs),
            ),
            min_interval: Duration::from_secs(s.min_interval_secs),
            max_interval: Duration::from_secs(s.max_interval_secs),
        };

        let mut seen = HashSet::new();
        let mut sources = Vec::new();
        for spanned in &raw.source {
            let line = line_of(text, spanned.span().start);
            let r = spanned.get_ref();
            let key = r.key.as_str();
            let serr = |m: String| err(Some(line), Some(key), m);
            if key.is_empty()
                || !key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return Err(serr("key must be non-empty ASCII letters, digits, `-` or `_`".into()));
            }
            if !seen.insert(key.to_owned()) {
                return Err(serr("duplicate key".into()));
            }
            let url = Url::parse(&r.url).map_err(|e| serr(format!("url `{}`: {e}", r.url)))?;
            if !matches!(url.scheme(), "http" | "https") {
                return Err(serr(format!("url `{}`: only http and https are fetched", r.url)));
            }
            let kind = match r.kind.as_str() {
                "feed" => SourceKind::Feed,
                "list" => SourceKind::List,
                "epaper" => SourceKind::Epaper,
                other => return Err(serr(format!("kind `{other}`: expected feed, list or epaper"))),
            };
            let level = match r.level.as_str() {
                "national" => Level::National,
                "province" => Level::Province,
                "city" => Level::City,
                "county" => Level::County,
                other => {
                    return Err(serr(format!(
                        "level `{other}`: expected province, city, county or national"
                    )));
                }
            };
            if let Some(p) = &r.preset {
                if !PRESETS.contains(&p.as_str()) {
                    return Err(serr(format!("preset `{p}`: expected one of {}", PRESETS.join(", "))));
                }
            }
            if kind != SourceKind::Feed && r.preset.is_none() && r.selectors.is_empty() {
                return Err(serr(format!(
                    "a `{}` source needs a preset ({}) or [source.selectors]",
                    kind.as_str(),
                    PRESETS.join(", ")
                )));
            }
            if r.name.trim().is_empty() {
                return Err(serr("name is empty".into()));
            }
            sources.push(SourceConfig {
                key: key.to_owned(),
                name: r.name.clone(),
                url,
                kind,
                region: r.region.clone(),
                level,
                preset: r.preset.clone(),
                interval: r.interval_secs.map(Duration::from_secs),
                fetch_articles: r.fetch_articles.unwrap_or(fetch.fetch_articles),
                ignore_robots: r.ignore_robots,
                per_host_delay: r.per_host_delay_ms.map(Duration::from_millis),
                selectors: r.selectors.clone(),
                line,
            });
        }
        Ok(Config {
            path: path.to_path_buf(),
            storage,
            server,
            fetch,
            schedule,
            dedup_urls: raw.dedup.urls.clone(),
            sources,
        })
    }

    pub fn source(&self, key: &str) -> Option<&SourceConfig> {
        self.sources.iter().find(|s| s.key == key)
    }
}

/// 1-based line number of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].bytes().filter(|&b| b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
[storage]
path = "/tmp/x.db"

[server]
listen = "127.0.0.1:8080"
public_url = "https://news.example.org/"

[fetch]
user_agent_contact = "https://example.org/contact"
per_host_concurrency = 1
per_host_delay_ms = 1000
allow_private_addresses = false

[[source]]
key = "hebrb"
name = "河北日报"
url = "https://example.org/rss.xml"
kind = "feed"
region = ["河北省"]
level = "province"

[[source]]
key = "sjzrb"
name = "石家庄日报"
url = "http://sjzrb.sjzdaily.com.cn/sjzrbpaper/pc/layout/index.html"
kind = "epaper"
preset = "founder-pc"
region = ["河北省", "石家庄市"]
level = "city"
"#;

    #[test]
    fn not_modified_captures_are_kept_90_days_unless_configured() {
        let c = Config::parse(MINIMAL, Path::new("t.toml")).unwrap();
        assert_eq!(c.storage.keep_not_modified, Some(Duration::from_secs(90 * 86_400)));
        let text = MINIMAL.replace("path = \"/tmp/x.db\"", "path = \"/tmp/x.db\"\nkeep_not_modified_days = 0");
        assert_eq!(Config::parse(&text, Path::new("t.toml")).unwrap().storage.keep_not_modified, None);
        let text = MINIMAL.replace("path = \"/tmp/x.db\"", "path = \"/tmp/x.db\"\nkeep_not_modified_days = 7");
        assert_eq!(
            Config::parse(&text, Path::new("t.toml")).unwrap().storage.keep_not_modified,
            Some(Duration::from_secs(7 * 86_400))
        );
    }

    #[test]
    fn the_design_example_is_valid_and_fills_defaults() {
        let c = Config::parse(MINIMAL, Path::new("t.toml")).unwrap();
        assert_eq!(c.sources.len(), 2);
        assert_eq!(c.sources[1].kind, SourceKind::Epaper);
        assert_eq!(c.sources[1].region, vec!["河北省", "石家庄市"]);
        assert_eq!(c.sources[0].line, 15);
        assert_eq!(c.fetch.max_body_bytes, 10 * 1024 * 1024);
        assert_eq!(c.server.public_url.as_str(), "https://news.example.org/");
    }

    #[test]
    fn unknown_key_names_file_and_line() {
        let text = MINIMAL.replace("level = \"city\"", "level = \"city\"\ncolour = \"red\"");
        let e = Config::parse(&text, Path::new("conf/b.toml")).unwrap_err();
        let msg = e.to_string();
        assert!(msg.starts_with("conf/b.toml:"), "{msg}");
        assert!(msg.contains("colour"), "{msg}");
        assert!(e.line.is_some());
    }

    #[test]
    fn bad_source_value_names_source_and_line() {
        let text = MINIMAL.replace("kind = \"feed\"", "kind = \"podcast\"");
        let e = Config::parse(&text, Path::new("b.toml")).unwrap_err();
        assert_eq!(e.source_key.as_deref(), Some("hebrb"));
        assert_eq!(e.line, Some(15));
        assert!(e.to_string().contains("b.toml:15: source `hebrb`: kind `podcast`"), "{e}");
    }

    #[test]
    fn dedup_url_rules_are_read_and_checked() {
        let text = MINIMAL.replace(
            "[[source]]\nkey = \"hebrb\"",
            "[dedup.urls]\nmirror_hosts = [[\"m.hebnews.cn\", \"hebnews.cn\"]]\nstrip_params = [\"from\"]\n\n[[source]]\nkey = \"hebrb\"",
        );
        let c = Config::parse(&text, Path::new("d.toml")).unwrap();
        assert_eq!(c.dedup_urls.mirror_hosts, vec![["m.hebnews.cn".to_string(), "hebnews.cn".to_string()]]);
        assert_eq!(c.dedup_urls.strip_params, vec!["from"]);
        assert!(c.dedup_urls.fold_www, "unset keys keep their defaults");
        let bad = text.replace("strip_params", "strip_parms");
        let e = Config::parse(&bad, Path::new("d.toml")).unwrap_err();
        assert!(e.to_string().contains("strip_parms"), "{e}");
    }

    #[test]
    fn duplicate_keys_are_rejected() {
        let text = MINIMAL.replace("key = \"sjzrb\"", "key = \"hebrb\"");
        let e = Config::parse(&text, Path::new("b.toml")).unwrap_err();
        assert!(e.to_string().contains("duplicate key"), "{e}");
    }

    #[test]
    fn list_source_without_preset_or_selectors_is_rejected() {
        let text = MINIMAL.replace("preset = \"founder-pc\"\n", "");
        let e = Config::parse(&text, Path::new("b.toml")).unwrap_err();
        assert!(e.to_string().contains("needs a preset"), "{e}");
    }
}
