//! Stories, not copies: canonical URLs, fingerprints and the match index.
//!
//! Entry point: [`Index::decide`], which says whether a new article is a copy
//! of one already archived (`exact`, `near`, `contained`) or a new story.
//! The daemon goes through [`admit`], which also files the article into its
//! story and keeps the index's signature in the archive, so that a restart
//! rebuilds the same index ([`Index::load`]) without re-reading texts.
//!
//! - [`normalize`]: text → comparable characters and entities.
//! - [`fingerprint`]: exact fingerprint and anchors (sampled shingles), xxh3.
//! - [`table`]: the anchor posting table.
//! - [`index`]: the decision over URL/GUID, exact, near and contained.
//! - [`canonical`]: canonical URLs.
//! - [`origin`]: credits and the origin of a story.
//! - [`cli`]: `baoku cluster`.

pub mod canonical;
pub mod cli;
pub mod fingerprint;
pub mod index;
pub mod normalize;
pub mod origin;
pub mod table;

use chrono::{DateTime, Utc};
use xxhash_rust::xxh3::xxh3_64;

pub use canonical::UrlRules;
pub use fingerprint::{Params, Signature};
pub use index::{Entry, Rules};

use crate::store::{Store, StoreError};

/// An article as dedup sees it. Build with `..Default::default()`: fields
/// may be added.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub id: i64,
    pub title: String,
    pub text: String,
    /// Source key of the publisher.
    pub source: String,
    pub published: Option<DateTime<Utc>>,
    /// The article's URL, if it has one (canonicalized here).
    pub url: Option<String>,
    /// The feed GUID; only GUIDs that are URLs or URNs count across sources.
    pub guid: Option<String>,
    /// The paper or agency the page credits, from extraction.
    pub credited: Option<String>,
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

    pub fn parse(s: &str) -> Option<Relation> {
        Some(match s {
            "new" => Relation::New,
            "exact" => Relation::Exact,
            "near" => Relation::Near,
            "contained" => Relation::Contained,
            _ => return None,
        })
    }
}

/// The archived article a new one copies, and how. `score` is 1 for
/// `exact`, the anchor resemblance for `near`, and for `contained` the share
/// of the shorter text found in the longer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    pub relation: Relation,
    pub of: i64,
    pub score: f64,
}

/// The canonical spelling of `url` under the default rules (see [`canonical`]).
pub fn canonical_url(url: &url::Url) -> String {
    canonical::canonical_url(url.as_str(), &UrlRules::default()).unwrap_or_else(|| url.to_string())
}

/// The exact fingerprint of a text (xxh3 of its normalized form), as the
/// index's exact layer uses it; `None` for texts too short to identify a story.
pub fn fingerprint(text: &str) -> Option<u64> {
    fingerprint::signature(&normalize::normalize(text), Params::DEFAULT).exact
}

/// Turns a [`Doc`] into the [`Entry`] the index compares; cheap to clone,
/// so worker threads can sign articles while one thread decides.
#[derive(Debug, Clone)]
pub struct Signer {
    params: Params,
    urls: UrlRules,
}

impl Signer {
    pub fn new(params: Params, urls: UrlRules) -> Signer {
        Signer { params, urls }
    }

    /// The index's view of `doc`: signature, time, URL keys.
    pub fn prepare(&self, doc: &Doc) -> Entry {
        let n = normalize::normalize(&doc.text);
        let sig = fingerprint::signature(&n, self.params);
        let mut keys = Vec::new();
        if let Some(u) = doc.url.as_deref().and_then(|u| canonical::canonical_url(u, &self.urls)) {
            keys.push(xxh3_64(format!("url {u}").as_bytes()));
        }
        if let Some(g) = doc.guid.as_deref().map(str::trim).filter(|g| g.contains(':') && g.len() >= 8) {
            let g = canonical::canonical_url(g, &self.urls).unwrap_or_else(|| g.to_owned());
            let k = xxh3_64(format!("url {g}").as_bytes());
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        Entry { sig, published: doc.published.map(|t| t.timestamp()), keys }
    }
}

/// The match index over archived articles.
#[derive(Debug)]
pub struct Index {
    signer: Signer,
    inner: index::AnchorIndex,
}

impl Default for Index {
    fn default() -> Self {
        Index::new()
    }
}

impl Index {
    /// An empty index with the default parameters and rules.
    pub fn new() -> Index {
        Index::with_settings(Params::DEFAULT, Rules::DEFAULT, UrlRules::default(), 1024, 2000)
    }

    /// An empty index sized for `articles` articles of about `chars` characters.
    pub fn with_settings(params: Params, rules: Rules, urls: UrlRules, articles: usize, chars: usize) -> Index {
        Index { signer: Signer::new(params, urls), inner: index::AnchorIndex::with_capacity(params, rules, articles, chars) }
    }

    /// The index as it was when the daemon stopped: every archived article's
    /// stored signature, in arrival order; articles without one (archived
    /// before this version, or under other parameters) are signed now and
    /// the signature stored.
    pub fn load(store: &Store) -> Result<Index, StoreError> {
        Index::load_with(store, UrlRules::default())
    }

    /// [`Index::load`] with the operator's canonical-URL rules.
    pub fn load_with(store: &Store, urls: UrlRules) -> Result<Index, StoreError> {
        let mut idx = Index::with_settings(Params::DEFAULT, Rules::DEFAULT, urls, 1024, 2000);
        let version = idx.inner.params().version();
        // Articles without a signature of this version: filed ones (signed
        // by an older version) are only signed again; unfiled ones were
        // archived just before a crash, between being stored and being
        // judged, and are judged now, after everything filed is loaded.
        let unfiled = store.unfiled_articles()?;
        let mut pending = Vec::new();
        for doc in store.dedup_unsigned(version)? {
            if unfiled.contains(&doc.id) {
                pending.push(doc);
                continue;
            }
            let e = idx.prepare(&doc);
            store.save_dedup_entry(doc.id, version, &e)?;
        }
        store.dedup_entries(version, |id, entry, m| idx.inner.insert(id, &entry, m.as_ref()))?;
        if !pending.is_empty() {
            tracing::info!(articles = pending.len(), "filing articles archived but not filed before the last stop");
        }
        for doc in pending {
            let (entry, matches) = idx.judge(&doc);
            store.file_article(doc.id, &matches, version, &entry)?;
            idx.insert_entry(doc.id, &entry, matches.first());
        }
        Ok(idx)
    }

    /// The index's view of `doc`: signature, time, URL keys.
    pub fn prepare(&self, doc: &Doc) -> Entry {
        self.signer.prepare(doc)
    }

    /// A signer with this index's settings.
    pub fn signer(&self) -> Signer {
        self.signer.clone()
    }

    /// The best match for `doc` among the indexed articles, if any.
    pub fn decide(&self, doc: &Doc) -> Option<Match> {
        self.inner.decide(&self.prepare(doc))
    }

    /// Every match of `doc`, best first (what the `relations` table records).
    pub fn matches(&self, doc: &Doc) -> Vec<Match> {
        self.inner.matches(&self.prepare(doc))
    }

    /// `doc` prepared, with every match of it, best first: what a caller that
    /// writes the archive on another thread needs ([`admit`] in pieces).
    pub fn judge(&self, doc: &Doc) -> (Entry, Vec<Match>) {
        let e = self.prepare(doc);
        let m = self.inner.matches(&e);
        (e, m)
    }

    /// Adds an article prepared by [`Index::judge`] and filed under `decided`.
    pub fn insert_entry(&mut self, id: i64, e: &Entry, decided: Option<&Match>) {
        self.inner.insert(id, e, decided);
    }

    /// The version stored with signatures of this index's parameters.
    pub fn signature_version(&self) -> i64 {
        self.inner.params().version()
    }

    /// Adds an archived article that was decided as `decided`.
    pub fn insert(&mut self, doc: &Doc, decided: Option<&Match>) {
        let e = self.prepare(doc);
        self.inner.insert(doc.id, &e, decided);
    }

    /// The lower layer, for callers that prepare entries themselves (`cluster`).
    pub fn anchors(&mut self) -> &mut index::AnchorIndex {
        &mut self.inner
    }

    pub fn len(&self) -> usize {
        self.inner.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }
}

/// What [`admit`] decided and where the article was filed.
#[derive(Debug, Clone, PartialEq)]
pub struct Admitted {
    pub story_id: i64,
    /// The best match, `None` for a new story.
    pub decided: Option<Match>,
    /// Every match recorded in `relations`.
    pub matches: Vec<Match>,
}

/// Decides an archived article against the index, files it into its story
/// (recording every relation and the story's origin), stores its signature
/// and adds it to the index: the daemon's one call per new article.
pub fn admit(index: &mut Index, store: &Store, doc: &Doc) -> Result<Admitted, StoreError> {
    let e = index.prepare(doc);
    let matches = index.inner.matches(&e);
    let decided = matches.first().copied();
    let story_id = store.file_article(doc.id, &matches, index.inner.params().version(), &e)?;
    index.inner.insert(doc.id, &e, decided.as_ref());
    Ok(Admitted { story_id, decided, matches })
}
