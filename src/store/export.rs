//! Reading the whole archive out in order, for `baoku export`.

use rusqlite::params;

use super::{Reader, Result};

/// One capture with its raw body, for WARC records.
#[derive(Debug, Clone)]
pub struct CaptureRow {
    pub id: i64,
    pub url: String,
    pub final_url: String,
    pub status: i64,
    pub request_headers: Vec<(String, String)>,
    pub response_headers: Vec<(String, String)>,
    pub fetched_at: String,
    pub truncated: bool,
    pub body: Vec<u8>,
}

impl Reader {
    /// Calls `f` for every capture, oldest first, with its body decompressed.
    pub fn for_each_capture(&self, mut f: impl FnMut(CaptureRow) -> std::io::Result<()>) -> Result<u64> {
        let mut stmt = self.conn.prepare(
            "SELECT c.id, c.url, c.final_url, c.status, c.request_headers, c.response_headers, c.fetched_at,
                    c.truncated, b.body_zstd
             FROM captures c LEFT JOIN capture_bodies b ON b.digest = c.digest ORDER BY c.id",
        )?;
        let mut rows = stmt.query([])?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let blob: Option<Vec<u8>> = r.get(8)?;
            let row = CaptureRow {
                id: r.get(0)?,
                url: r.get(1)?,
                final_url: r.get(2)?,
                status: r.get(3)?,
                request_headers: serde_json::from_str(&r.get::<_, String>(4)?)?,
                response_headers: serde_json::from_str(&r.get::<_, String>(5)?)?,
                fetched_at: r.get(6)?,
                truncated: r.get(7)?,
                body: blob.as_deref().map(super::decompress).unwrap_or_default(),
            };
            f(row).map_err(|e| super::StoreError::Io(e.to_string()))?;
            n += 1;
        }
        Ok(n)
    }

    /// Calls `f` for every article as a JSON object, oldest first.
    pub fn for_each_article_json(&self, mut f: impl FnMut(serde_json::Value) -> std::io::Result<()>) -> Result<u64> {
        let mut stmt = self.conn.prepare(
            "SELECT a.id, s.key, s.name, a.guid, a.url, a.canonical_url, a.title, a.subtitle, a.kicker, a.authors,
                    a.editors, a.categories, a.summary, a.published_at, a.date_only, a.updated_at, a.fetched_at,
                    a.first_seen_at, a.last_seen_at, a.credited, a.original_url, a.text, a.content_html, a.text_from,
                    a.charset, a.charset_reason, a.capture_id, a.version, a.story_id, a.relation, a.relation_of,
                    a.relation_score, s.region
             FROM articles a JOIN sources s ON s.id = a.source_id ORDER BY a.id",
        )?;
        let mut rows = stmt.query(params![])?;
        let mut n = 0;
        let arr = |s: String| serde_json::from_str::<serde_json::Value>(&s).unwrap_or(serde_json::Value::Null);
        while let Some(r) = rows.next()? {
            let v = serde_json::json!({
                "id": r.get::<_, i64>(0)?,
                "source": r.get::<_, String>(1)?,
                "source_name": r.get::<_, String>(2)?,
                "region": arr(r.get(32)?),
                "guid": r.get::<_, String>(3)?,
                "url": r.get::<_, String>(4)?,
                "canonical_url": r.get::<_, String>(5)?,
                "title": r.get::<_, String>(6)?,
                "subtitle": r.get::<_, Option<String>>(7)?,
                "kicker": r.get::<_, Option<String>>(8)?,
                "authors": arr(r.get(9)?),
                "editors": arr(r.get(10)?),
                "categories": arr(r.get(11)?),
                "summary": r.get::<_, Option<String>>(12)?,
                "published": r.get::<_, Option<String>>(13)?,
                "date_only": r.get::<_, bool>(14)?,
                "updated": r.get::<_, Option<String>>(15)?,
                "fetched_at": r.get::<_, String>(16)?,
                "first_seen_at": r.get::<_, String>(17)?,
                "last_seen_at": r.get::<_, String>(18)?,
                "credited": r.get::<_, Option<String>>(19)?,
                "original_url": r.get::<_, Option<String>>(20)?,
                "text": r.get::<_, String>(21)?,
                "content_html": r.get::<_, Option<String>>(22)?,
                "text_from": r.get::<_, String>(23)?,
                "charset": r.get::<_, Option<String>>(24)?,
                "charset_reason": r.get::<_, Option<String>>(25)?,
                "capture_id": r.get::<_, Option<i64>>(26)?,
                "version": r.get::<_, i64>(27)?,
                "story_id": r.get::<_, Option<i64>>(28)?,
                "relation": r.get::<_, Option<String>>(29)?,
                "relation_of": r.get::<_, Option<i64>>(30)?,
                "relation_score": r.get::<_, Option<f64>>(31)?,
            });
            f(v).map_err(|e| super::StoreError::Io(e.to_string()))?;
            n += 1;
        }
        Ok(n)
    }
}
