-- baoku archive, schema version 1.
-- Times are RFC 3339 text in UTC ("2022-03-29T00:15:00Z") unless a column says otherwise.
-- JSON columns hold arrays of strings. docs/ARCHIVE.md documents every column.

CREATE TABLE sources (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    url             TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('feed', 'list', 'epaper')),
    region          TEXT NOT NULL DEFAULT '[]',
    level           TEXT NOT NULL,
    preset          TEXT,
    active          INTEGER NOT NULL DEFAULT 1,
    title           TEXT,
    site_url        TEXT,
    created_at      TEXT NOT NULL,
    -- polling state: the schedule survives restarts
    last_poll_at    TEXT,
    last_success_at TEXT,
    last_error_at   TEXT,
    last_error_kind TEXT,
    last_error      TEXT,
    error_count     INTEGER NOT NULL DEFAULT 0,
    next_poll_at    TEXT,
    interval_secs   INTEGER,
    -- permanent redirects are adopted only when seen several polls in a row
    redirect_url    TEXT,
    redirect_seen   INTEGER NOT NULL DEFAULT 0
);

-- One row per real-world story; every copy in articles points to it.
CREATE TABLE stories (
    id                 INTEGER PRIMARY KEY,
    title              TEXT,
    first_article_id   INTEGER,
    origin_article_id  INTEGER,
    origin_source_id   INTEGER REFERENCES sources(id),
    first_published_at TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    copies             INTEGER NOT NULL DEFAULT 1
);

-- Raw bodies, compressed with zstd, stored once per distinct digest.
CREATE TABLE capture_bodies (
    digest     TEXT PRIMARY KEY,          -- "sha256:<hex>" of the raw (decompressed) body
    size       INTEGER NOT NULL,
    body_zstd  BLOB NOT NULL
);

-- Every HTTP response baoku received: the evidence behind each article.
CREATE TABLE captures (
    id               INTEGER PRIMARY KEY,
    source_id        INTEGER REFERENCES sources(id),
    purpose          TEXT NOT NULL,       -- feed | list | epaper | article | robots
    url              TEXT NOT NULL,       -- as requested
    final_url        TEXT NOT NULL,       -- after redirects
    status           INTEGER NOT NULL,
    request_headers  TEXT NOT NULL DEFAULT '[]',  -- JSON [[name, value], ...]
    response_headers TEXT NOT NULL DEFAULT '[]',
    fetched_at       TEXT NOT NULL,
    elapsed_ms       INTEGER NOT NULL,
    size             INTEGER NOT NULL,    -- body bytes received (after content decoding)
    truncated        INTEGER NOT NULL DEFAULT 0,
    digest           TEXT REFERENCES capture_bodies(digest),
    charset          TEXT,
    charset_reason   TEXT
);
CREATE INDEX captures_url ON captures(url, fetched_at);
CREATE INDEX captures_source ON captures(source_id, fetched_at);

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    source_id      INTEGER NOT NULL REFERENCES sources(id),
    guid           TEXT NOT NULL,         -- stable id within the source: feed guid, else link, else content hash
    url            TEXT NOT NULL,
    canonical_url  TEXT NOT NULL,
    title          TEXT NOT NULL DEFAULT '',
    subtitle       TEXT,
    kicker         TEXT,                  -- 引题, the line above the headline
    authors        TEXT NOT NULL DEFAULT '[]',
    editors        TEXT NOT NULL DEFAULT '[]',
    categories     TEXT NOT NULL DEFAULT '[]',
    summary        TEXT,
    published_at   TEXT,
    date_only      INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT,
    fetched_at     TEXT NOT NULL,         -- when first archived
    first_seen_at  TEXT NOT NULL,
    last_seen_at   TEXT NOT NULL,
    credited       TEXT,                  -- paper or agency the page credits (来源, 新华社…电, 本报讯(X日报…))
    original_url   TEXT,                  -- link back to the original, when the page gives one
    text           TEXT NOT NULL DEFAULT '',
    content_html   TEXT,
    text_from      TEXT NOT NULL DEFAULT 'feed',  -- feed | page
    charset        TEXT,
    charset_reason TEXT,
    capture_id     INTEGER REFERENCES captures(id),
    version        INTEGER NOT NULL DEFAULT 1,
    story_id       INTEGER REFERENCES stories(id),
    relation       TEXT CHECK (relation IN ('new', 'exact', 'near', 'contained')),
    relation_of    INTEGER REFERENCES articles(id),
    relation_score REAL,
    fingerprint    TEXT,
    UNIQUE (source_id, guid)
);
CREATE INDEX articles_published ON articles(published_at);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_canonical ON articles(canonical_url);
CREATE INDEX articles_fingerprint ON articles(fingerprint);

-- Earlier versions of an article whose text or title changed.
CREATE TABLE article_versions (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id),
    version      INTEGER NOT NULL,
    title        TEXT NOT NULL,
    text         TEXT NOT NULL,
    content_html TEXT,
    capture_id   INTEGER REFERENCES captures(id),
    replaced_at  TEXT NOT NULL,
    UNIQUE (article_id, version)
);

-- How two articles were found to be copies of one story.
CREATE TABLE relations (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    other_id   INTEGER NOT NULL REFERENCES articles(id),
    relation   TEXT NOT NULL CHECK (relation IN ('exact', 'near', 'contained')),
    score      REAL NOT NULL,
    found_at   TEXT NOT NULL,
    PRIMARY KEY (article_id, other_id)
);

-- Conditional GET state per URL.
CREATE TABLE http_cache (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    digest        TEXT,
    updated_at    TEXT NOT NULL
);

-- One row per poll of a source.
CREATE TABLE polls (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES sources(id),
    started_at   TEXT NOT NULL,
    finished_at  TEXT NOT NULL,
    outcome      TEXT NOT NULL,           -- ok | not-modified | error
    error_kind   TEXT,
    error        TEXT,
    entries      INTEGER NOT NULL DEFAULT 0,
    new_articles INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX polls_source ON polls(source_id, started_at);

-- Full-text index. Han text is indexed as overlapping character bigrams
-- (疫情防控 → "疫情 情防 防控"), other text as lower-case words, with the
-- standard unicode61 tokenizer, so plain sqlite3 can query it: a two-character
-- word is one token (MATCH '疫情'), a longer phrase is its bigrams in quotes
-- (MATCH '"疫情 情防 防控"'). rowid = articles.id.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- Views for sqlite3 and Datasette users.
CREATE VIEW article_list AS
SELECT a.id, s.key AS source, s.name AS source_name, a.title, a.subtitle, a.authors,
       a.published_at, a.fetched_at, a.url, a.credited, a.story_id, a.relation,
       length(a.text) AS chars
FROM articles a JOIN sources s ON s.id = a.source_id;

CREATE VIEW story_copies AS
SELECT st.id AS story_id, st.title AS story_title, a.id AS article_id, s.key AS source,
       s.name AS source_name, a.title, a.published_at, a.url, a.relation, a.relation_score,
       (a.id = st.origin_article_id) AS is_origin, (a.id = st.first_article_id) AS is_first
FROM stories st JOIN articles a ON a.story_id = st.id JOIN sources s ON s.id = a.source_id;

CREATE VIEW source_status AS
SELECT s.key, s.name, s.kind, s.active, s.last_poll_at, s.last_success_at, s.error_count,
       s.last_error_kind, s.last_error, s.last_error_at, s.next_poll_at,
       (SELECT count(*) FROM articles a WHERE a.source_id = s.id) AS articles
FROM sources s;
