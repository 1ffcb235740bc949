//! The match index: which archived article a new one copies, and how.
//!
//! Layers, cheapest first: canonical URL and global feed GUID, the exact
//! fingerprint of the normalized text, then the anchor table, whose shared
//! anchors give resemblance (`near`) and containment (`contained`) in one
//! pass. Candidates from the anchors must also fall inside a time window and
//! must not fill the same number or name slot with different values: that is
//! what keeps template notices and daily reports apart when their wording is
//! the same.

use std::collections::HashMap;

use super::fingerprint::{Params, Signature};
use super::normalize::ENTITY_SLOT_BITS;
use super::table::AnchorTable;
use super::{Match, Relation};

/// Decision thresholds. Defaults are set from what republishing does to a
/// text, not fitted to one evaluation set; see BENCHMARKS.md.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rules {
    /// Least anchor resemblance (shared / union) for `near`.
    pub near: f64,
    /// Least share of the smaller text's anchors found in the larger for `contained`.
    pub contained: f64,
    /// Least shared anchors for any anchor-based match.
    pub min_shared: usize,
    /// Copies farther apart than this in publication time are different stories
    /// (`near`, `contained`, and `exact` for short texts).
    pub window_secs: i64,
    /// Exact copies at least this long match whatever their dates.
    pub exact_any_time_chars: u32,
    /// An anchor held by this many articles is a stock phrase.
    pub stock_postings: usize,
    /// Entities kept per article (a consistent sample: smallest slot hashes).
    pub max_entities: usize,
}

impl Rules {
    pub const DEFAULT: Rules = Rules {
        near: 0.7,
        contained: 0.8,
        min_shared: 3,
        window_secs: 10 * 86_400,
        exact_any_time_chars: 200,
        stock_postings: 48,
        max_entities: 48,
    };
}

impl Default for Rules {
    fn default() -> Self {
        Rules::DEFAULT
    }
}

/// One article prepared for the index: signature, publication time, URL/GUID keys.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub sig: Signature,
    /// Unix seconds, if known.
    pub published: Option<i64>,
    /// xxh3 of the canonical URL and of a global feed GUID.
    pub keys: Vec<u64>,
}

#[derive(Debug, Clone, Copy)]
struct Slot {
    id: i64,
    published: i64,
    chars: u32,
    anchors: u32,
    ent_start: u32,
    ent_len: u16,
}

const NO_TIME: i64 = i64::MIN;

/// The in-memory index over archived articles.
#[derive(Debug)]
pub struct AnchorIndex {
    params: Params,
    rules: Rules,
    slots: Vec<Slot>,
    entities: Vec<u32>,
    exact: HashMap<u64, u32>,
    keys: HashMap<u64, u32>,
    anchors: AnchorTable,
}

impl AnchorIndex {
    /// An empty index sized for about `articles` articles of `chars` characters.
    pub fn with_capacity(params: Params, rules: Rules, articles: usize, chars: usize) -> AnchorIndex {
        let postings = articles.saturating_mul(chars / params.anchor_rate as usize + 1);
        AnchorIndex {
            params,
            rules,
            slots: Vec::with_capacity(articles),
            entities: Vec::with_capacity(articles * 8),
            exact: HashMap::with_capacity(articles),
            keys: HashMap::new(),
            anchors: AnchorTable::with_capacity(postings, rules.stock_postings),
        }
    }

    pub fn params(&self) -> Params {
        self.params
    }

    pub fn rules(&self) -> Rules {
        self.rules
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// Every match of `e` worth recording, best first: at most one per layer
    /// for URL/GUID and exact, then anchor matches by strength.
    pub fn matches(&self, e: &Entry) -> Vec<Match> {
        let mut found = Vec::new();
        for k in &e.keys {
            if let Some(&s) = self.keys.get(k) {
                found.push(Match { relation: Relation::Exact, of: self.slots[s as usize].id, score: 1.0 });
                break;
            }
        }
        if let Some(fp) = e.sig.exact {
            if let Some(&s) = self.exact.get(&fp) {
                let slot = &self.slots[s as usize];
                if e.sig.chars >= self.rules.exact_any_time_chars || self.in_window(e.published, slot.published) {
                    if !found.iter().any(|m: &Match| m.of == slot.id) {
                        found.push(Match { relation: Relation::Exact, of: slot.id, score: 1.0 });
                    }
                }
            }
        }
        let nq = e.sig.anchors.len();
        if nq < self.rules.min_shared {
            return found;
        }
        let mut hits = Vec::with_capacity(nq * 2);
        for &a in &e.sig.anchors {
            self.anchors.lookup(a, &mut hits);
        }
        hits.sort_unstable();
        let mut scored: Vec<(u8, f64, f64, u32)> = Vec::new();
        let mut i = 0;
        while i < hits.len() {
            let s = hits[i];
            let mut j = i;
            while j < hits.len() && hits[j] == s {
                j += 1;
            }
            let shared = j - i;
            i = j;
            if shared < self.rules.min_shared {
                continue;
            }
            let slot = &self.slots[s as usize];
            if !self.in_window(e.published, slot.published) {
                continue;
            }
            let nc = slot.anchors as usize;
            let resemblance = shared as f64 / (nq + nc - shared) as f64;
            let containment = shared as f64 / nq.min(nc) as f64;
            let (rank, score) = if resemblance >= self.rules.near {
                (2, resemblance)
            } else if containment >= self.rules.contained {
                (1, containment)
            } else {
                continue;
            };
            if self.conflicts(&e.sig.entities, slot) {
                continue;
            }
            scored.push((rank, score, resemblance, s));
        }
        // Strongest relation, then score, then tighter resemblance, then the
        // earliest archived: a total order, so results never depend on hashing.
        scored.sort_by(|a, b| {
            b.0.cmp(&a.0)
                .then(b.1.total_cmp(&a.1))
                .then(b.2.total_cmp(&a.2))
                .then(a.3.cmp(&b.3))
        });
        for (rank, score, _, s) in scored {
            let id = self.slots[s as usize].id;
            if found.iter().any(|m| m.of == id) {
                continue;
            }
            let relation = if rank == 2 { Relation::Near } else { Relation::Contained };
            found.push(Match { relation, of: id, score: (score * 1000.0).round() / 1000.0 });
        }
        found
    }

    /// The best match of `e`, if any.
    pub fn decide(&self, e: &Entry) -> Option<Match> {
        self.matches(e).into_iter().next()
    }

    /// Adds an article. Exact copies and close near-copies add no anchors
    /// (their story's earlier copy already holds them, and syndicated
    /// stories would otherwise fill every key to the stock cap).
    pub fn insert(&mut self, id: i64, e: &Entry, decided: Option<&Match>) {
        let slot = self.slots.len() as u32;
        let mut ents: Vec<u32> = e.sig.entities.clone();
        ents.truncate(self.rules.max_entities);
        self.slots.push(Slot {
            id,
            published: e.published.unwrap_or(NO_TIME),
            chars: e.sig.chars,
            anchors: e.sig.anchors.len() as u32,
            ent_start: self.entities.len() as u32,
            ent_len: ents.len() as u16,
        });
        self.entities.extend_from_slice(&ents);
        for k in &e.keys {
            self.keys.entry(*k).or_insert(slot);
        }
        if let Some(fp) = e.sig.exact {
            self.exact.entry(fp).or_insert(slot);
        }
        if indexes_anchors(decided) {
            for &a in &e.sig.anchors {
                self.anchors.insert(a, slot);
            }
        }
    }

    fn in_window(&self, a: Option<i64>, b: i64) -> bool {
        match a {
            Some(a) if b != NO_TIME => (a - b).abs() <= self.rules.window_secs,
            _ => true,
        }
    }

    /// Whether the two texts fill some number or name slot with different
    /// values (`1975年` vs `1980年` after `汉族`, `病例5例` vs `病例7例`).
    /// Entities are a sample (smallest slot hashes), so only slots below both
    /// samples' horizons are compared.
    fn conflicts(&self, q: &[u32], slot: &Slot) -> bool {
        let c = &self.entities[slot.ent_start as usize..slot.ent_start as usize + slot.ent_len as usize];
        let shift = 32 - ENTITY_SLOT_BITS;
        let q = &q[..q.len().min(self.rules.max_entities)];
        let horizon = |v: &[u32], full: bool| if full { v.last().map_or(0, |x| x >> shift) } else { u32::MAX };
        let limit = horizon(q, q.len() >= self.rules.max_entities).min(horizon(c, c.len() >= self.rules.max_entities));
        let (mut i, mut j) = (0, 0);
        while i < q.len() && j < c.len() {
            let (sq, sc) = (q[i] >> shift, c[j] >> shift);
            if sq > limit || sc > limit {
                break;
            }
            if sq < sc {
                i += 1;
            } else if sc < sq {
                j += 1;
            } else {
                // Same slot in both: conflict unless some value is shared.
                let ie = q[i..].iter().position(|x| x >> shift != sq).map_or(q.len(), |p| i + p);
                let je = c[j..].iter().position(|x| x >> shift != sc).map_or(c.len(), |p| j + p);
                if !q[i..ie].iter().any(|x| c[j..je].contains(x)) {
                    return true;
                }
                i = ie;
                j = je;
            }
        }
        false
    }

    /// Bytes held by the anchor table (the index's bulk).
    pub fn table_bytes(&self) -> usize {
        self.anchors.bytes()
    }

    /// Characters of the slot's text, for callers that report on matches.
    pub fn chars_of(&self, slot: usize) -> Option<u32> {
        self.slots.get(slot).map(|s| s.chars)
    }
}

/// Whether an article decided as `m` adds its anchors to the index.
pub fn indexes_anchors(m: Option<&Match>) -> bool {
    match m {
        Some(m) => match m.relation {
            Relation::Exact => false,
            Relation::Near => m.score < 0.8,
            Relation::Contained | Relation::New => true,
        },
        None => true,
    }
}
