//! Stories and the stored dedup index: filing an article into its story,
//! recording how copies relate, choosing a story's origin, and keeping each
//! article's dedup signature so the index survives restarts.

use chrono::Utc;
use rusqlite::{OptionalExtension, params};

use super::{Result, Store, parse_ts, ts};
use crate::dedup::origin::{self, Copy};
use crate::dedup::{Doc, Entry, Match, Relation, Signature};

impl Store {
    /// Puts an article into a story: the matched article's story, or a new one.
    /// The story's first copy and origin are recomputed (see [`origin::choose`]).
    pub fn assign_story(&self, article_id: i64, m: Option<&Match>) -> Result<i64> {
        let matches: Vec<Match> = m.copied().into_iter().collect();
        self.file_into_story(article_id, &matches)
    }

    /// Files an article into the story of its best match (`matches[0]`), or a
    /// new story when there is none; every match goes into `relations`.
    pub fn file_into_story(&self, article_id: i64, matches: &[Match]) -> Result<i64> {
        let mut conn = self.w();
        let tx = conn.transaction()?;
        let now = ts(Utc::now());
        for m in matches {
            tx.execute(
                "INSERT INTO relations (article_id, other_id, relation, score, found_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT DO UPDATE SET relation = excluded.relation, score = excluded.score",
                params![article_id, m.of, m.relation.as_str(), m.score, now],
            )?;
        }
        let story_id: i64 = match matches.first() {
            Some(m) => {
                tx.execute(
                    "UPDATE articles SET relation = ?2, relation_of = ?3, relation_score = ?4 WHERE id = ?1",
                    params![article_id, m.relation.as_str(), m.of, m.score],
                )?;
                let story: Option<i64> = tx
                    .query_row("SELECT story_id FROM articles WHERE id = ?1", [m.of], |r| r.get(0))
                    .optional()?
                    .flatten();
                match story {
                    Some(s) => s,
                    None => new_story(&tx, m.of, &now)?,
                }
            }
            None => {
                tx.execute(
                    "UPDATE articles SET relation = 'new', relation_of = NULL, relation_score = NULL WHERE id = ?1",
                    [article_id],
                )?;
                new_story(&tx, article_id, &now)?
            }
        };
        tx.execute("UPDATE articles SET story_id = ?2 WHERE id = ?1", params![article_id, story_id])?;
        refresh_story(&tx, story_id, &now)?;
        tx.commit()?;
        Ok(story_id)
    }

    /// Files an article into its story ([`Store::file_into_story`]) and
    /// stores its dedup signature: the archive side of `dedup::admit`.
    pub fn file_article(&self, article_id: i64, matches: &[Match], version: i64, e: &Entry) -> Result<i64> {
        let story = self.file_into_story(article_id, matches)?;
        self.save_dedup_entry(article_id, version, e)?;
        Ok(story)
    }

    /// Stores the dedup signature of an article (replacing an older one).
    pub fn save_dedup_entry(&self, article_id: i64, version: i64, e: &Entry) -> Result<()> {
        let keys: Vec<u8> = e.keys.iter().flat_map(|k| k.to_le_bytes()).collect();
        self.w().execute(
            "INSERT INTO dedup_signatures (article_id, version, published, keys, sig) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, published = excluded.published,
                keys = excluded.keys, sig = excluded.sig",
            params![article_id, version, e.published, keys, e.sig.to_bytes()],
        )?;
        Ok(())
    }

    /// Articles without a signature of `version`, oldest first, as dedup sees them.
    pub fn dedup_unsigned(&self, version: i64) -> Result<Vec<Doc>> {
        let conn = self.w();
        let mut stmt = conn.prepare(
            "SELECT a.id, a.title, a.text, s.key, coalesce(a.published_at, a.fetched_at), a.url, a.guid, a.credited
             FROM articles a JOIN sources s ON s.id = a.source_id
             LEFT JOIN dedup_signatures d ON d.article_id = a.id AND d.version = ?1
             WHERE d.article_id IS NULL ORDER BY a.id",
        )?;
        let rows = stmt.query_map([version], |r| {
            Ok(Doc {
                id: r.get(0)?,
                title: r.get(1)?,
                text: r.get(2)?,
                source: r.get(3)?,
                published: r.get::<_, Option<String>>(4)?.as_deref().and_then(parse_ts),
                url: r.get(5)?,
                guid: r.get(6)?,
                credited: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Ids of articles that belong to no story yet (stored, then stopped
    /// before dedup filed them).
    pub fn unfiled_articles(&self) -> Result<std::collections::HashSet<i64>> {
        let conn = self.w();
        let mut stmt = conn.prepare("SELECT id FROM articles WHERE story_id IS NULL")?;
        let ids = stmt.query_map([], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// Every article archived so far, oldest first (the texts: for tools
    /// that re-run dedup; the daemon loads signatures instead).
    pub fn dedup_docs(&self) -> Result<Vec<Doc>> {
        self.dedup_unsigned(i64::MIN)
    }

    /// Calls `f(article_id, entry, decided)` for every stored signature of
    /// `version`, in arrival order, with the decision the article was filed
    /// under: replaying them rebuilds the index the daemon had.
    pub fn dedup_entries(&self, version: i64, mut f: impl FnMut(i64, Entry, Option<Match>)) -> Result<()> {
        let conn = self.w();
        let mut stmt = conn.prepare(
            "SELECT a.id, d.published, d.keys, d.sig, a.relation, a.relation_of, a.relation_score
             FROM dedup_signatures d JOIN articles a ON a.id = d.article_id
             WHERE d.version = ?1 ORDER BY a.id",
        )?;
        let mut rows = stmt.query([version])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let keys: Vec<u8> = r.get(2)?;
            let sig: Vec<u8> = r.get(3)?;
            // A damaged blob is re-signed on the next start; skip it now.
            let Some(sig) = Signature::from_bytes(&sig) else {
                tracing::warn!(error = "damaged dedup signature", "article {id}");
                continue;
            };
            let keys = keys.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes"))).collect();
            let relation: Option<String> = r.get(4)?;
            let decided = match (relation.as_deref().and_then(Relation::parse), r.get::<_, Option<i64>>(5)?) {
                (Some(rel), Some(of)) if rel != Relation::New => {
                    Some(Match { relation: rel, of, score: r.get::<_, Option<f64>>(6)?.unwrap_or(0.0) })
                }
                _ => None,
            };
            f(id, Entry { sig, published: r.get(1)?, keys }, decided);
        }
        Ok(())
    }

    /// How an article relates to others: (other article, relation, score), strongest first.
    pub fn relations_of(&self, article_id: i64) -> Result<Vec<(i64, Relation, f64)>> {
        let conn = self.w();
        let mut stmt = conn.prepare(
            "SELECT other_id, relation, score FROM relations WHERE article_id = ?1
             UNION SELECT article_id, relation, score FROM relations WHERE other_id = ?1
             ORDER BY 3 DESC, 1",
        )?;
        let rows = stmt.query_map([article_id], |r| {
            let rel: String = r.get(1)?;
            Ok((r.get(0)?, Relation::parse(&rel).unwrap_or(Relation::Near), r.get(2)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The story an article is in, with its first and origin copies:
    /// `(story_id, first_article_id, origin_article_id, copies)`.
    pub fn story_of(&self, article_id: i64) -> Result<Option<(i64, i64, i64, i64)>> {
        Ok(self
            .w()
            .query_row(
                "SELECT st.id, st.first_article_id, st.origin_article_id, st.copies
                 FROM articles a JOIN stories st ON st.id = a.story_id WHERE a.id = ?1",
                [article_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?)
    }
}

fn new_story(tx: &rusqlite::Transaction, article_id: i64, now: &str) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO stories (title, first_article_id, origin_article_id, created_at, updated_at)
         SELECT title, id, id, ?2, ?2 FROM articles WHERE id = ?1",
        params![article_id, now],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute("UPDATE articles SET story_id = ?2 WHERE id = ?1 AND story_id IS NULL", params![article_id, id])?;
    Ok(id)
}

/// Recomputes a story's first copy, origin, count and title.
fn refresh_story(tx: &rusqlite::Transaction, story_id: i64, now: &str) -> rusqlite::Result<()> {
    let mut stmt = tx.prepare_cached(
        "SELECT a.id, s.name, s.key, coalesce(a.published_at, a.fetched_at), a.credited,
                substr(a.text, 1, 400), substr(a.text, -300)
         FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.story_id = ?1 ORDER BY a.id",
    )?;
    let copies: Vec<Copy> = stmt
        .query_map([story_id], |r| {
            let credited: Option<String> = r.get(4)?;
            let head: String = r.get::<_, Option<String>>(5)?.unwrap_or_default();
            let tail: String = r.get::<_, Option<String>>(6)?.unwrap_or_default();
            Ok(Copy {
                article_id: r.get(0)?,
                source_name: r.get(1)?,
                source_key: r.get(2)?,
                at: r.get::<_, Option<String>>(3)?.as_deref().and_then(parse_ts).map_or(i64::MAX, |t| t.timestamp()),
                credited: credited
                    .filter(|c| !c.trim().is_empty())
                    .or_else(|| origin::credited(&format!("{head}\n{tail}"))),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let Some(origin_i) = origin::choose(&copies) else { return Ok(()) };
    let first = copies.iter().min_by_key(|c| (c.at, c.article_id)).map_or(origin_i, |f| {
        copies.iter().position(|c| c.article_id == f.article_id).unwrap_or(origin_i)
    });
    tx.execute(
        "UPDATE stories SET first_article_id = ?2, origin_article_id = ?3,
            origin_source_id = (SELECT source_id FROM articles WHERE id = ?3),
            title = (SELECT title FROM articles WHERE id = ?3),
            first_published_at = (SELECT coalesce(published_at, fetched_at) FROM articles WHERE id = ?2),
            copies = ?5, updated_at = ?4
         WHERE id = ?1",
        params![story_id, copies[first].article_id, copies[origin_i].article_id, now, copies.len() as i64],
    )?;
    Ok(())
}
