//! Fetch and schedule state in the archive: which URL a source is polled at
//! (permanent redirects adopted once seen consistently) and its polling state.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::{Result, Store, parse_ts, ts};

/// A stored robots.txt answer.
#[derive(Debug, Clone)]
pub struct RobotsCapture {
    /// The robots.txt URL as requested (`scheme://host[:port]/robots.txt`).
    pub url: String,
    pub status: u16,
    pub body: Vec<u8>,
    pub fetched_at: DateTime<Utc>,
}

/// A permanent redirect becomes the source's polling URL once it has been
/// seen on this many consecutive successful polls.
pub const ADOPT_REDIRECT_AFTER: i64 = 3;

impl Store {
    /// Deletes captures of `304 Not Modified` answers fetched before
    /// `before`, at most `batch` rows per transaction (so that polls are not
    /// held up behind one long delete). No article points at such a capture:
    /// an article is only made from a `2xx` page. Returns how many were deleted.
    pub fn prune_not_modified(&self, before: DateTime<Utc>, batch: usize) -> Result<usize> {
        let before = ts(before);
        let mut total = 0;
        loop {
            let n = self.w().execute(
                "DELETE FROM captures WHERE id IN (
                    SELECT c.id FROM captures c
                    WHERE c.purpose IN ('feed', 'list', 'epaper', 'article', 'robots')
                      AND c.fetched_at < ?1 AND c.status = 304
                    LIMIT ?2)",
                params![before, batch as i64],
            )?;
            total += n;
            if n < batch {
                return Ok(total);
            }
        }
    }

    /// The latest robots.txt capture of each host fetched at or after `since`.
    pub fn recent_robots(&self, since: DateTime<Utc>) -> Result<Vec<RobotsCapture>> {
        let conn = self.w();
        let mut stmt = conn.prepare(
            "SELECT c.url, c.status, c.fetched_at, b.body_zstd
             FROM captures c LEFT JOIN capture_bodies b ON b.digest = c.digest
             WHERE c.purpose = 'robots' AND c.fetched_at >= ?1
               AND c.id = (SELECT max(id) FROM captures l WHERE l.purpose = 'robots' AND l.url = c.url)",
        )?;
        let rows = stmt.query_map([ts(since)], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?, r.get::<_, Option<Vec<u8>>>(3)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (url, status, fetched_at, blob) = row?;
            let Some(fetched_at) = parse_ts(&fetched_at) else { continue };
            let body = blob.as_deref().map(super::decompress).unwrap_or_default();
            out.push(RobotsCapture { url, status: status as u16, body, fetched_at });
        }
        Ok(out)
    }

    /// The URL to poll for a source: its adopted permanent redirect, else the configured URL.
    pub fn poll_url(&self, source_id: i64) -> Result<Option<String>> {
        let conn = self.w();
        Ok(conn
            .query_row(
                "SELECT CASE WHEN redirect_url IS NOT NULL AND redirect_seen >= ?2 THEN redirect_url ELSE url END
                 FROM sources WHERE id = ?1",
                params![source_id, ADOPT_REDIRECT_AFTER],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Records where a successful poll's permanent redirect led (`None`: it
    /// was not redirected permanently). The same target on consecutive polls
    /// counts up; a different target starts over; no redirect forgets a
    /// candidate that was not adopted yet (an adopted one is kept: polls now
    /// go straight to it). Returns the adopted URL when this poll adopted it.
    pub fn note_permanent_redirect(
        &self,
        source_id: i64,
        target: Option<&str>,
    ) -> Result<Option<String>> {
        let mut conn = self.w();
        let tx = conn.transaction()?;
        let (current, seen): (Option<String>, i64) = tx.query_row(
            "SELECT redirect_url, redirect_seen FROM sources WHERE id = ?1",
            [source_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let adopted_now = match target {
            None if seen >= ADOPT_REDIRECT_AFTER => None,
            None => {
                tx.execute(
                    "UPDATE sources SET redirect_url = NULL, redirect_seen = 0 WHERE id = ?1",
                    [source_id],
                )?;
                None
            }
            Some(t) if current.as_deref() == Some(t) => {
                tx.execute(
                    "UPDATE sources SET redirect_seen = redirect_seen + 1 WHERE id = ?1",
                    [source_id],
                )?;
                (seen + 1 == ADOPT_REDIRECT_AFTER).then(|| t.to_owned())
            }
            Some(t) => {
                tx.execute(
                    "UPDATE sources SET redirect_url = ?2, redirect_seen = 1 WHERE id = ?1",
                    params![source_id, t],
                )?;
                (ADOPT_REDIRECT_AFTER <= 1).then(|| t.to_owned())
            }
        };
        tx.commit()?;
        Ok(adopted_now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with_source() -> (tempfile::TempDir, Store, i64) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("a.db")).unwrap();
        let text = r#"
[storage]
path = "x.db"
[[source]]
key = "a"
name = "甲"
url = "http://old.example.org/rss.xml"
kind = "feed"
level = "city"
"#;
        let cfg = crate::config::Config::parse(text, std::path::Path::new("t.toml")).unwrap();
        let ids = store.sync_sources(&cfg.sources).unwrap();
        (dir, store, ids["a"])
    }

    #[test]
    fn old_not_modified_captures_are_pruned_and_everything_else_is_kept() {
        let (_d, s, id) = store_with_source();
        let now = Utc::now();
        let capture = |status: u16, days_ago: i64, body: &[u8]| {
            s.insert_capture(&crate::store::CaptureRecord {
                source_id: Some(id),
                purpose: "feed",
                url: "http://old.example.org/rss.xml",
                final_url: "http://old.example.org/rss.xml",
                status,
                request_headers: &[],
                response_headers: &[],
                fetched_at: now - chrono::Duration::days(days_ago),
                elapsed_ms: 3,
                body,
                truncated: false,
                charset: None,
                charset_reason: None,
            })
            .unwrap()
        };
        let old_304s: Vec<i64> = (0..7).map(|_| capture(304, 100, b"")).collect();
        let recent_304 = capture(304, 10, b"");
        let old_200 = capture(200, 100, b"<rss/>");
        let old_500 = capture(500, 100, b"error");
        // Batches of 3: the loop has to come back for the rest.
        let deleted = s.prune_not_modified(now - chrono::Duration::days(90), 3).unwrap();
        assert_eq!(deleted, 7);
        let conn = s.w();
        let left: Vec<i64> = conn
            .prepare("SELECT id FROM captures ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(left, vec![recent_304, old_200, old_500]);
        assert!(old_304s.iter().all(|id| !left.contains(id)));
    }

    #[test]
    fn a_permanent_redirect_is_adopted_after_three_consecutive_polls() {
        let (_d, s, id) = store_with_source();
        let new = "https://new.example.org/rss.xml";
        assert_eq!(s.note_permanent_redirect(id, Some(new)).unwrap(), None);
        assert_eq!(s.note_permanent_redirect(id, Some(new)).unwrap(), None);
        assert_eq!(
            s.poll_url(id).unwrap().as_deref(),
            Some("http://old.example.org/rss.xml")
        );
        assert_eq!(
            s.note_permanent_redirect(id, Some(new)).unwrap().as_deref(),
            Some(new)
        );
        assert_eq!(s.poll_url(id).unwrap().as_deref(), Some(new));
        // Polled at the new URL there is no redirect any more: it stays adopted.
        assert_eq!(s.note_permanent_redirect(id, None).unwrap(), None);
        assert_eq!(s.poll_url(id).unwrap().as_deref(), Some(new));
    }

    #[test]
    fn an_interrupted_or_changing_redirect_starts_over() {
        let (_d, s, id) = store_with_source();
        s.note_permanent_redirect(id, Some("https://a.example/"))
            .unwrap();
        s.note_permanent_redirect(id, Some("https://a.example/"))
            .unwrap();
        s.note_permanent_redirect(id, None).unwrap();
        s.note_permanent_redirect(id, Some("https://a.example/"))
            .unwrap();
        s.note_permanent_redirect(id, Some("https://b.example/"))
            .unwrap();
        s.note_permanent_redirect(id, Some("https://b.example/"))
            .unwrap();
        assert_eq!(
            s.poll_url(id).unwrap().as_deref(),
            Some("http://old.example.org/rss.xml")
        );
        assert!(
            s.note_permanent_redirect(id, Some("https://b.example/"))
                .unwrap()
                .is_some()
        );
    }
}
