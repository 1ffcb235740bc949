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
    /// Dense anchors (short texts only; 0 for long ones).
    dense: u32,
    ent_start: u32,
    ent_len: u16,
    /// For a page filed because it holds an archived article: that article's slot.
    container_of: u32,
}

const NO_TIME: i64 = i64::MIN;
const NO_SLOT: u32 = u32::MAX;

/// The in-memory index over archived articles.
#[derive(Debug)]
pub struct AnchorIndex {
    params: Params,
    rules: Rules,
    slots: Vec<Slot>,
    entities: Vec<u32>,
    exact: HashMap<u64, u32>,
    keys: HashMap<u64, u32>,
    slot_of: HashMap<i64, u32>,
    anchors: AnchorTable,
    dense: AnchorTable,
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
            slot_of: HashMap::with_capacity(articles),
            anchors: AnchorTable::with_capacity(postings, rules.stock_postings),
            dense: AnchorTable::with_capacity(1024, rules.stock_postings),
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
        // Short texts compare with short texts on dense anchors, everything
        // else on sparse ones; stock anchors say nothing either way and are
        // left out of both sides (a copy of a template notice would
        // otherwise look half new).
        let q_short = e.sig.chars < self.params.short_chars as u32;
        let (sparse, stock) = self.candidates(&self.anchors, &e.sig.anchors);
        let (dense, dense_stock) =
            if q_short { self.candidates(&self.dense, &e.sig.dense) } else { (Vec::new(), 0) };
        let mut scored: Vec<(u8, f64, f64, u32)> = Vec::new();
        let layers = [(&dense, e.sig.dense.len(), dense_stock, true), (&sparse, e.sig.anchors.len(), stock, false)];
        for (cands, n, stock, is_dense) in layers {
            let nq = n - stock;
            if nq < self.rules.min_shared {
                continue;
            }
            for &(s, shared) in cands.iter() {
                let slot = &self.slots[s as usize];
                let c_short = slot.dense > 0;
                // Each pair is judged on exactly one layer.
                if is_dense != (q_short && c_short) || shared < self.rules.min_shared {
                    continue;
                }
                if !self.in_window(e.published, slot.published) {
                    continue;
                }
                let total = if is_dense { slot.dense } else { slot.anchors } as usize;
                let nc = total.saturating_sub(stock).max(shared);
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
        }
        // A page filed under a story because it holds that story's article
        // also holds other stories: a text matching the page joins through
        // it only if it matches the held article too, so that the second
        // story on a page is not merged into the first.
        let qualified: Vec<u32> = scored.iter().map(|x| x.3).collect();
        scored.retain(|x| {
            let held = self.slots[x.3 as usize].container_of;
            held == NO_SLOT || qualified.contains(&held)
        });
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
        // A text filed under an article it is a fifth longer than holds
        // more than that article: likely a page with a second story.
        let container_of = match decided {
            Some(m) if matches!(m.relation, Relation::Contained | Relation::Near) => match self.slot_of.get(&m.of) {
                Some(&held) if e.sig.chars as f64 > 1.2 * self.slots[held as usize].chars as f64 => held,
                _ => NO_SLOT,
            },
            _ => NO_SLOT,
        };
        self.slot_of.insert(id, slot);
        let mut ents: Vec<u32> = e.sig.entities.clone();
        ents.truncate(self.rules.max_entities);
        self.slots.push(Slot {
            id,
            published: e.published.unwrap_or(NO_TIME),
            chars: e.sig.chars,
            anchors: e.sig.anchors.len() as u32,
            dense: e.sig.dense.len() as u32,
            ent_start: self.entities.len() as u32,
            ent_len: ents.len() as u16,
            container_of,
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
            for &a in &e.sig.dense {
                self.dense.insert(a, slot);
            }
        }
    }

    /// Slots sharing anchors with `anchors` in `table`, with how many they
    /// share (in slot order), and how many of `anchors` are stock.
    fn candidates(&self, table: &AnchorTable, anchors: &[u32]) -> (Vec<(u32, usize)>, usize) {
        let mut hits = Vec::with_capacity(anchors.len() * 2);
        let mut stock = 0;
        for &a in anchors {
            if !table.lookup(a, &mut hits) {
                stock += 1;
            }
        }
        hits.sort_unstable();
        let mut out = Vec::new();
        let mut i = 0;
        while i < hits.len() {
            let j = i + hits[i..].iter().take_while(|&&h| h == hits[i]).count();
            out.push((hits[i], j - i));
            i = j;
        }
        (out, stock)
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
        // A full sample may have cut its last slot's values short: compare
        // only slots strictly below it.
        let horizon = |v: &[u32], full: bool| if full { v.last().map_or(0, |x| x >> shift) } else { u32::MAX };
        let limit = horizon(q, q.len() >= self.rules.max_entities).min(horizon(c, c.len() >= self.rules.max_entities));
        let (mut i, mut j) = (0, 0);
        while i < q.len() && j < c.len() {
            let (sq, sc) = (q[i] >> shift, c[j] >> shift);
            if sq >= limit || sc >= limit {
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
        self.anchors.bytes() + self.dense.bytes()
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
