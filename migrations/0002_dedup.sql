-- baoku archive, schema version 2: the dedup index kept in the archive.
-- One row per article: the signature the match index holds for it, so a
-- restarted daemon rebuilds exactly the index it had without re-reading texts.
-- version names the signature parameters (shingle length, anchor rate); rows
-- of another version are recomputed from the article text at start-up.
CREATE TABLE dedup_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    version    INTEGER NOT NULL,
    published  INTEGER,               -- unix seconds the window compares (published, else fetched)
    keys       BLOB NOT NULL,         -- little-endian u64 xxh3 of canonical URL / global GUID
    sig        BLOB NOT NULL          -- exact fingerprint, length, anchors, entities (see src/dedup/fingerprint.rs)
);
