//! The SQLite archive: the only module with SQL.
//!
//! One writer connection behind a mutex (SQLite has one writer anyway; the
//! mutex is never held across an `.await` because every method here is
//! synchronous: async callers go through `spawn_blocking`). Readers open
//! their own connections, which WAL lets run beside the writer. Migrations
//! are the SQL files in `migrations/`, applied in order at open and counted
//! in `PRAGMA user_version`.

pub mod dedup;
pub mod export;
pub mod fetch;
pub mod fts;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::config::SourceConfig;

/// Migrations, in order. Never edit one that has shipped: add a new file.
pub const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_init", include_str!("../../migrations/0001_init.sql")),
    ("0002_dedup", include_str!("../../migrations/0002_dedup.sql")),
    ("0003_robots_index", include_str!("../../migrations/0003_robots_index.sql")),
];

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("archive {path}: {source}")]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error("archive migration {name}: {source}")]
    Migration { name: String, source: rusqlite::Error },
    #[error("archive {path} has schema version {found}, newer than this baoku knows ({known})")]
    TooNew { path: PathBuf, found: usize, known: usize },
    #[error("archive: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("archive: {0}")]
    Json(#[from] serde_json::Error),
    #[error("writing: {0}")]
    Io(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// RFC 3339 UTC with a `Z`, the archive's one time format.
pub fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A stored `capture_bodies.body_zstd` back to the body (empty if damaged).
pub(crate) fn decompress(blob: &[u8]) -> Vec<u8> {
    zstd::decode_all(blob).unwrap_or_default()
}

pub fn parse_ts(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s).ok().map(|d| d.with_timezone(&Utc))
}

pub struct Store {
    path: PathBuf,
    writer: Mutex<Connection>,
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    Ok(())
}

impl Store {
    /// Opens (creating if needed) the archive and applies pending migrations.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent() {
            if !dir.as_os_str().is_empty() {
                let _ = std::fs::create_dir_all(dir);
            }
        }
        let open_err = |source| StoreError::Open { path: path.to_path_buf(), source };
        let mut conn = Connection::open(path).map_err(open_err)?;
        configure(&conn).map_err(open_err)?;
        migrate(&mut conn, path)?;
        Ok(Store { path: path.to_path_buf(), writer: Mutex::new(conn) })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A new read-only connection for queries that should not wait for the writer.
    pub fn reader(&self) -> Result<Reader> {
        let conn = Connection::open_with_flags(
            &self.path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open { path: self.path.clone(), source })?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        Ok(Reader { conn })
    }

    fn w(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (each
        // method is one transaction), so a poisoned lock is still usable.
        self.writer.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Inserts or updates the configured sources; sources no longer in the
    /// config are kept (their articles stay) but marked inactive.
    pub fn sync_sources(&self, sources: &[SourceConfig]) -> Result<HashMap<String, i64>> {
        let mut conn = self.w();
        let tx = conn.transaction()?;
        let now = ts(Utc::now());
        tx.execute("UPDATE sources SET active = 0", [])?;
        let mut ids = HashMap::new();
        for s in sources {
            let region = serde_json::to_string(&s.region)?;
            let id: i64 = tx.query_row(
                "INSERT INTO sources (key, name, url, kind, region, level, preset, active, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8)
                 ON CONFLICT (key) DO UPDATE SET name = excluded.name, url = excluded.url,
                    kind = excluded.kind, region = excluded.region, level = excluded.level,
                    preset = excluded.preset, active = 1,
                    redirect_url = CASE WHEN sources.url = excluded.url THEN sources.redirect_url END
                 RETURNING id",
                params![s.key, s.name, s.url.as_str(), s.kind.as_str(), region, s.level.as_str(), s.preset, now],
                |r| r.get(0),
            )?;
            ids.insert(s.key.clone(), id);
        }
        tx.commit()?;
        Ok(ids)
    }

    /// Polling state of every source, active or not.
    pub fn source_states(&self) -> Result<Vec<SourceState>> {
        let conn = self.w();
        let mut stmt = conn.prepare(
            "SELECT id, key, name, active, last_poll_at, last_success_at, last_error_at,
                    last_error_kind, last_error, error_count, next_poll_at, interval_secs,
                    redirect_url, redirect_seen,
                    (SELECT count(*) FROM articles a WHERE a.source_id = sources.id)
             FROM sources ORDER BY key",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(SourceState {
                id: r.get(0)?,
                key: r.get(1)?,
                name: r.get(2)?,
                active: r.get(3)?,
                last_poll_at: opt_ts(r, 4)?,
                last_success_at: opt_ts(r, 5)?,
                last_error_at: opt_ts(r, 6)?,
                last_error_kind: r.get(7)?,
                last_error: r.get(8)?,
                error_count: r.get(9)?,
                next_poll_at: opt_ts(r, 10)?,
                interval_secs: r.get(11)?,
                redirect_url: r.get(12)?,
                redirect_seen: r.get(13)?,
                articles: r.get(14)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One source's schedule state: (consecutive errors, last interval).
    pub fn poll_state(&self, source_id: i64) -> Result<Option<PollState>> {
        Ok(self
            .w()
            .query_row(
                "SELECT error_count, interval_secs, last_poll_at FROM sources WHERE id = ?1",
                [source_id],
                |r| Ok(PollState { error_count: r.get(0)?, interval_secs: r.get(1)?, last_poll_at: opt_ts(r, 2)? }),
            )
            .optional()?)
    }

    /// Records the outcome of one poll on the source and in `polls`.
    pub fn record_poll(&self, source_id: i64, p: &PollRecord) -> Result<()> {
        let mut conn = self.w();
        let tx = conn.transaction()?;
        let outcome = match (&p.error, p.not_modified) {
            (Some(_), _) => "error",
            (None, true) => "not-modified",
            (None, false) => "ok",
        };
        tx.execute(
            "INSERT INTO polls (source_id, started_at, finished_at, outcome, error_kind, error, entries, new_articles)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                source_id,
                ts(p.started_at),
                ts(p.finished_at),
                outcome,
                p.error.as_ref().map(|e| e.0.as_str()),
                p.error.as_ref().map(|e| e.1.as_str()),
                p.entries as i64,
                p.new_articles as i64
            ],
        )?;
        match &p.error {
            Some((kind, msg)) => tx.execute(
                "UPDATE sources SET last_poll_at = ?2, last_error_at = ?2, last_error_kind = ?3,
                    last_error = ?4, error_count = error_count + 1, next_poll_at = ?5, interval_secs = ?6
                 WHERE id = ?1",
                params![source_id, ts(p.finished_at), kind, msg, ts(p.next_poll_at), p.interval_secs],
            )?,
            None => tx.execute(
                "UPDATE sources SET last_poll_at = ?2, last_success_at = ?2, error_count = 0,
                    next_poll_at = ?3, interval_secs = ?4,
                    title = coalesce(?5, title), site_url = coalesce(?6, site_url)
                 WHERE id = ?1",
                params![source_id, ts(p.finished_at), ts(p.next_poll_at), p.interval_secs, p.title, p.site_url],
            )?,
        };
        tx.commit()?;
        Ok(())
    }

    /// Stores a response and its body (once per digest); returns the capture id.
    pub fn insert_capture(&self, c: &CaptureRecord) -> Result<i64> {
        let mut conn = self.w();
        let tx = conn.transaction()?;
        let digest = crate::fetch::digest(c.body);
        let exists: bool = tx
            .query_row("SELECT 1 FROM capture_bodies WHERE digest = ?1", [&digest], |_| Ok(true))
            .optional()?
            .unwrap_or(false);
        if !exists {
            // The one-shot API tells zstd the input size, so its tables are
            // sized for a web page; the streaming `encode_all` allocates
            // level 9's full tables (tens of MB) for every body, which left
            // the heap fragmented and resident memory high after a busy poll.
            let compressed = zstd::bulk::compress(c.body, 9).expect("zstd into a Vec cannot fail");
            tx.execute(
                "INSERT INTO capture_bodies (digest, size, body_zstd) VALUES (?1, ?2, ?3)",
                params![digest, c.body.len() as i64, compressed],
            )?;
        }
        tx.execute(
            "INSERT INTO captures (source_id, purpose, url, final_url, status, request_headers,
                response_headers, fetched_at, elapsed_ms, size, truncated, digest, charset, charset_reason)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            params![
                c.source_id,
                c.purpose,
                c.url,
                c.final_url,
                c.status,
                serde_json::to_string(c.request_headers)?,
                serde_json::to_string(c.response_headers)?,
                ts(c.fetched_at),
                c.elapsed_ms as i64,
                c.body.len() as i64,
                c.truncated,
                digest,
                c.charset,
                c.charset_reason
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// The raw body of a capture, decompressed.
    pub fn capture_body(&self, capture_id: i64) -> Result<Option<Vec<u8>>> {
        let conn = self.w();
        let blob: Option<Vec<u8>> = conn
            .query_row(
                "SELECT b.body_zstd FROM captures c JOIN capture_bodies b ON b.digest = c.digest WHERE c.id = ?1",
                [capture_id],
                |r| r.get(0),
            )
            .optional()?;
        Ok(blob.as_deref().map(decompress))
    }

    pub fn http_cache(&self, url: &str) -> Result<Option<CacheEntry>> {
        let conn = self.w();
        Ok(conn
            .query_row(
                "SELECT etag, last_modified, digest FROM http_cache WHERE url = ?1",
                [url],
                |r| Ok(CacheEntry { etag: r.get(0)?, last_modified: r.get(1)?, digest: r.get(2)? }),
            )
            .optional()?)
    }

    /// Drops a URL's validators and digest: its next GET is unconditional.
    pub fn forget_http_cache(&self, url: &str) -> Result<()> {
        self.w().execute("DELETE FROM http_cache WHERE url = ?1", [url])?;
        Ok(())
    }

    pub fn set_http_cache(&self, url: &str, e: &CacheEntry) -> Result<()> {
        self.w().execute(
            "INSERT INTO http_cache (url, etag, last_modified, digest, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                digest = coalesce(excluded.digest, http_cache.digest), updated_at = excluded.updated_at",
            params![url, e.etag, e.last_modified, e.digest, ts(Utc::now())],
        )?;
        Ok(())
    }

    /// Which of these guids the source already has (known entries are never re-scraped).
    pub fn known_guids(&self, source_id: i64, guids: &[String]) -> Result<Vec<bool>> {
        let conn = self.w();
        let mut stmt = conn.prepare_cached("SELECT 1 FROM articles WHERE source_id = ?1 AND guid = ?2")?;
        guids
            .iter()
            .map(|g| Ok(stmt.query_row(params![source_id, g], |_| Ok(())).optional()?.is_some()))
            .collect()
    }

    /// Marks entries seen again in a feed.
    pub fn touch_articles(&self, source_id: i64, guids: &[String], seen: DateTime<Utc>) -> Result<()> {
        let mut conn = self.w();
        let tx = conn.transaction()?;
        {
            let mut stmt =
                tx.prepare_cached("UPDATE articles SET last_seen_at = ?3 WHERE source_id = ?1 AND guid = ?2")?;
            for g in guids {
                stmt.execute(params![source_id, g, ts(seen)])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Inserts a new article, or records a new version when an existing
    /// one's title or text changed. Index entries are kept in step.
    pub fn upsert_article(&self, a: &NewArticle) -> Result<Upsert> {
        let mut conn = self.w();
        let tx = conn.transaction()?;
        let existing: Option<(i64, String, String, Option<String>, i64, Option<i64>)> = tx
            .query_row(
                "SELECT id, title, text, content_html, version, capture_id FROM articles WHERE source_id = ?1 AND guid = ?2",
                params![a.source_id, a.guid],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
            )
            .optional()?;
        let now = ts(a.fetched_at);
        let authors = serde_json::to_string(&a.authors)?;
        let editors = serde_json::to_string(&a.editors)?;
        let categories = serde_json::to_string(&a.categories)?;
        let result = match existing {
            Some((id, title, text, _, _, _)) if title == a.title && text == a.text => {
                tx.execute("UPDATE articles SET last_seen_at = ?2 WHERE id = ?1", params![id, now])?;
                Upsert::Unchanged(id)
            }
            Some((id, title, text, html, version, capture)) => {
                tx.execute(
                    "INSERT INTO article_versions (article_id, version, title, text, content_html, capture_id, replaced_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![id, version, title, text, html, capture, now],
                )?;
                tx.execute(
                    "UPDATE articles SET url = ?2, canonical_url = ?3, title = ?4, subtitle = ?5, kicker = ?6,
                        authors = ?7, editors = ?8, categories = ?9, summary = ?10, published_at = coalesce(?11, published_at),
                        date_only = ?12, updated_at = ?13, last_seen_at = ?14, credited = ?15, original_url = ?16,
                        text = ?17, content_html = ?18, text_from = ?19, charset = ?20, charset_reason = ?21,
                        capture_id = coalesce(?22, capture_id), version = version + 1, fingerprint = ?23
                     WHERE id = ?1",
                    params![
                        id, a.url, a.canonical_url, a.title, a.subtitle, a.kicker, authors, editors, categories,
                        a.summary, a.published_at.map(ts), a.date_only, a.updated_at.map(ts), now, a.credited,
                        a.original_url, a.text, a.content_html, a.text_from, a.charset, a.charset_reason,
                        a.capture_id, a.fingerprint
                    ],
                )?;
                tx.execute("DELETE FROM articles_fts WHERE rowid = ?1", [id])?;
                index_fts(&tx, id, &a.title, &a.text)?;
                Upsert::Updated(id)
            }
            None => {
                tx.execute(
                    "INSERT INTO articles (source_id, guid, url, canonical_url, title, subtitle, kicker, authors,
                        editors, categories, summary, published_at, date_only, updated_at, fetched_at,
                        first_seen_at, last_seen_at, credited, original_url, text, content_html, text_from,
                        charset, charset_reason, capture_id, fingerprint)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15, ?15,
                        ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)",
                    params![
                        a.source_id, a.guid, a.url, a.canonical_url, a.title, a.subtitle, a.kicker, authors,
                        editors, categories, a.summary, a.published_at.map(ts), a.date_only,
                        a.updated_at.map(ts), now, a.credited, a.original_url, a.text, a.content_html,
                        a.text_from, a.charset, a.charset_reason, a.capture_id, a.fingerprint
                    ],
                )?;
                let id = tx.last_insert_rowid();
                index_fts(&tx, id, &a.title, &a.text)?;
                Upsert::Inserted(id)
            }
        };
        tx.commit()?;
        Ok(result)
    }

    /// Articles archived by canonical URL (an exact dedup key across sources).
    pub fn article_by_canonical_url(&self, canonical: &str, exclude: i64) -> Result<Option<i64>> {
        Ok(self
            .w()
            .query_row(
                "SELECT id FROM articles WHERE canonical_url = ?1 AND id != ?2 AND story_id IS NOT NULL ORDER BY id LIMIT 1",
                params![canonical, exclude],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Quick totals for health and metrics.
    pub fn counts(&self) -> Result<Counts> {
        let conn = self.w();
        Ok(conn.query_row(
            "SELECT (SELECT count(*) FROM sources WHERE active = 1), (SELECT count(*) FROM articles),
                    (SELECT count(*) FROM stories), (SELECT count(*) FROM captures),
                    (SELECT count(*) FROM sources WHERE active = 1 AND error_count > 0)",
            [],
            |r| Ok(Counts { sources: r.get(0)?, articles: r.get(1)?, stories: r.get(2)?, captures: r.get(3)?, failing_sources: r.get(4)? }),
        )?)
    }
}

fn index_fts(tx: &rusqlite::Transaction, id: i64, title: &str, text: &str) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO articles_fts (rowid, title, body) VALUES (?1, ?2, ?3)",
        params![id, fts::index_tokens(title), fts::index_tokens(text)],
    )?;
    Ok(())
}

fn opt_ts(r: &Row, i: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    Ok(r.get::<_, Option<String>>(i)?.as_deref().and_then(parse_ts))
}

fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let version: usize = conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))? as usize;
    if version > MIGRATIONS.len() {
        return Err(StoreError::TooNew { path: path.to_path_buf(), found: version, known: MIGRATIONS.len() });
    }
    for (i, (name, sql)) in MIGRATIONS.iter().enumerate().skip(version) {
        let merr = |source| StoreError::Migration { name: name.to_string(), source };
        let tx = conn.transaction().map_err(merr)?;
        tx.execute_batch(sql).map_err(merr)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64).map_err(merr)?;
        tx.commit().map_err(merr)?;
        tracing::info!(migration = name, "applied archive migration");
    }
    Ok(())
}

/// A source's polling state as stored.
#[derive(Debug, Clone)]
pub struct SourceState {
    pub id: i64,
    pub key: String,
    pub name: String,
    pub active: bool,
    pub last_poll_at: Option<DateTime<Utc>>,
    pub last_success_at: Option<DateTime<Utc>>,
    pub last_error_at: Option<DateTime<Utc>>,
    pub last_error_kind: Option<String>,
    pub last_error: Option<String>,
    pub error_count: i64,
    pub next_poll_at: Option<DateTime<Utc>>,
    pub interval_secs: Option<i64>,
    pub redirect_url: Option<String>,
    pub redirect_seen: i64,
    pub articles: i64,
}

/// What the scheduler needs to know about a source's past polls.
#[derive(Debug, Clone)]
pub struct PollState {
    pub error_count: i64,
    pub interval_secs: Option<i64>,
    /// The previous poll: with the new entries it found, the publishing rate.
    pub last_poll_at: Option<DateTime<Utc>>,
}

/// The outcome of one poll.
#[derive(Debug, Clone)]
pub struct PollRecord {
    pub started_at: DateTime<Utc>,
    pub finished_at: DateTime<Utc>,
    /// (kind, message) when the poll failed.
    pub error: Option<(String, String)>,
    pub not_modified: bool,
    pub entries: usize,
    pub new_articles: usize,
    pub next_poll_at: DateTime<Utc>,
    pub interval_secs: i64,
    pub title: Option<String>,
    pub site_url: Option<String>,
}

/// One HTTP response to archive.
#[derive(Debug, Clone)]
pub struct CaptureRecord<'a> {
    pub source_id: Option<i64>,
    pub purpose: &'a str,
    pub url: &'a str,
    pub final_url: &'a str,
    pub status: u16,
    pub request_headers: &'a [(String, String)],
    pub response_headers: &'a [(String, String)],
    pub fetched_at: DateTime<Utc>,
    pub elapsed_ms: u64,
    pub body: &'a [u8],
    pub truncated: bool,
    pub charset: Option<&'a str>,
    pub charset_reason: Option<&'a str>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CacheEntry {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub digest: Option<String>,
}

/// An article to archive.
#[derive(Debug, Clone, Default)]
pub struct NewArticle {
    pub source_id: i64,
    pub guid: String,
    pub url: String,
    pub canonical_url: String,
    pub title: String,
    pub subtitle: Option<String>,
    pub kicker: Option<String>,
    pub authors: Vec<String>,
    pub editors: Vec<String>,
    pub categories: Vec<String>,
    pub summary: Option<String>,
    pub published_at: Option<DateTime<Utc>>,
    pub date_only: bool,
    pub updated_at: Option<DateTime<Utc>>,
    pub fetched_at: DateTime<Utc>,
    pub credited: Option<String>,
    pub original_url: Option<String>,
    pub text: String,
    pub content_html: Option<String>,
    pub text_from: &'static str,
    pub charset: Option<String>,
    pub charset_reason: Option<String>,
    pub capture_id: Option<i64>,
    pub fingerprint: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upsert {
    Inserted(i64),
    Updated(i64),
    Unchanged(i64),
}

impl Upsert {
    pub fn id(self) -> i64 {
        match self {
            Upsert::Inserted(id) | Upsert::Updated(id) | Upsert::Unchanged(id) => id,
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub sources: i64,
    pub articles: i64,
    pub stories: i64,
    pub captures: i64,
    pub failing_sources: i64,
}

/// A read-only connection for the HTTP side and the command line.
pub struct Reader {
    pub(crate) conn: Connection,
}

/// Filters of the output feeds.
#[derive(Debug, Clone, Default)]
pub struct FeedQuery {
    pub source: Option<String>,
    pub region: Option<String>,
    pub q: Option<String>,
    pub limit: usize,
}

/// One story as the output feeds show it.
#[derive(Debug, Clone)]
pub struct FeedEntry {
    pub story_id: i64,
    pub article_id: i64,
    pub title: String,
    pub subtitle: Option<String>,
    pub url: String,
    pub authors: Vec<String>,
    pub published_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
    pub summary: Option<String>,
    pub text: String,
    pub content_html: Option<String>,
    pub source_key: String,
    pub source_name: String,
    pub region: Vec<String>,
    pub credited: Option<String>,
    /// Every other copy: (source key, source name, url).
    pub also: Vec<(String, String, String)>,
}

/// One search result.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SearchHit {
    #[serde(skip)]
    pub article_id: i64,
    pub url: String,
    pub title: String,
    pub source: String,
    pub published: Option<String>,
    pub snippet: String,
}

impl Reader {
    /// Stories for the output feed, newest first: one entry per story, shown
    /// by its origin copy (or, with a source filter, that source's copy).
    pub fn feed_entries(&self, q: &FeedQuery) -> Result<Vec<FeedEntry>> {
        let fts = q.q.as_deref().and_then(fts::match_expression);
        let region_like = q.region.as_ref().map(|r| format!("%\"{}\"%", r.replace('"', "")));
        // The shown copy: the origin, unless filters exclude it; then the
        // earliest copy that passes them.
        let sql = "
            WITH eligible AS (
                SELECT a.id, a.story_id FROM articles a JOIN sources s ON s.id = a.source_id
                WHERE a.story_id IS NOT NULL
                  AND (?1 IS NULL OR s.key = ?1)
                  AND (?2 IS NULL OR s.region LIKE ?2)
                  AND (?3 IS NULL OR a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?3))
            ),
            shown AS (
                SELECT e.story_id,
                       coalesce(max(CASE WHEN e.id = st.origin_article_id THEN e.id END), min(e.id)) AS id
                FROM eligible e JOIN stories st ON st.id = e.story_id
                GROUP BY e.story_id
            )
            SELECT a.id, a.story_id, a.title, a.subtitle, a.url, a.authors, a.published_at, st.updated_at,
                   a.summary, a.text, a.content_html, s.key, s.name, s.region, a.credited, a.fetched_at
            FROM shown JOIN articles a ON a.id = shown.id JOIN sources s ON s.id = a.source_id
                 JOIN stories st ON st.id = a.story_id
            ORDER BY coalesce(st.first_published_at, a.published_at, a.fetched_at) DESC, a.story_id DESC
            LIMIT ?4";
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map(params![q.source, region_like, fts, q.limit as i64], |r| {
            let published_at = opt_ts(r, 6)?;
            let fetched: Option<DateTime<Utc>> = opt_ts(r, 15)?;
            Ok(FeedEntry {
                article_id: r.get(0)?,
                story_id: r.get(1)?,
                title: r.get(2)?,
                subtitle: r.get(3)?,
                url: r.get(4)?,
                authors: serde_json::from_str(&r.get::<_, String>(5)?).unwrap_or_default(),
                published_at,
                updated_at: opt_ts(r, 7)?.or(fetched).unwrap_or_else(Utc::now),
                summary: r.get(8)?,
                text: r.get(9)?,
                content_html: r.get(10)?,
                source_key: r.get(11)?,
                source_name: r.get(12)?,
                region: serde_json::from_str(&r.get::<_, String>(13)?).unwrap_or_default(),
                credited: r.get(14)?,
                also: Vec::new(),
            })
        })?;
        let mut entries: Vec<FeedEntry> = rows.collect::<rusqlite::Result<_>>()?;
        let mut also = self.conn.prepare_cached(
            "SELECT s.key, s.name, a.url FROM articles a JOIN sources s ON s.id = a.source_id
             WHERE a.story_id = ?1 AND a.id != ?2 ORDER BY coalesce(a.published_at, a.fetched_at), a.id",
        )?;
        for e in &mut entries {
            e.also = also
                .query_map(params![e.story_id, e.article_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?;
        }
        Ok(entries)
    }

    /// Full-text search, best matches first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let Some(expr) = fts::match_expression(query) else { return Ok(Vec::new()) };
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.url, a.title, coalesce(a.credited, s.name), a.published_at, a.text
             FROM articles_fts f JOIN articles a ON a.id = f.rowid JOIN sources s ON s.id = a.source_id
             WHERE articles_fts MATCH ?1 ORDER BY bm25(articles_fts, 5.0, 1.0), a.id DESC LIMIT ?2",
        )?;
        let terms: Vec<String> = query.split_whitespace().map(str::to_owned).collect();
        let rows = stmt.query_map(params![expr, limit as i64], |r| {
            let text: String = r.get(5)?;
            Ok(SearchHit {
                article_id: r.get(0)?,
                url: r.get(1)?,
                title: r.get(2)?,
                source: r.get(3)?,
                published: r.get(4)?,
                snippet: snippet(&text, &terms),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Most recent update time over all stories, for cheap cache validation.
    pub fn last_change(&self) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT max(updated_at) FROM stories", [], |r| r.get(0))?)
    }
}

/// About 80 characters of `text` around the first query term, terms in 【】.
fn snippet(text: &str, terms: &[String]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let lower = text.to_lowercase();
    let pos = terms
        .iter()
        .filter_map(|t| lower.find(&t.to_lowercase()))
        .min()
        .map(|byte| text[..byte.min(text.len())].chars().count())
        .unwrap_or(0);
    let start = pos.saturating_sub(30);
    let end = (start + 80).min(chars.len());
    let mut s: String = chars[start..end].iter().collect::<String>().replace('\n', " ");
    for t in terms {
        if !t.is_empty() {
            s = s.replace(t.as_str(), &format!("【{t}】"));
        }
    }
    if start > 0 {
        s.insert(0, '…');
    }
    if end < chars.len() {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_apply_and_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.db");
        drop(Store::open(&p).unwrap());
        let s = Store::open(&p).unwrap();
        let v: i64 = s.w().pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(v as usize, MIGRATIONS.len());
    }

    #[test]
    fn snippets_mark_terms() {
        assert_eq!(snippet("今年全省疫情防控形势平稳", &["疫情".into()]), "今年全省【疫情】防控形势平稳");
    }
}
