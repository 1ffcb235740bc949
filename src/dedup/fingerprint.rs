//! Normalized text → the signature the index stores: an exact fingerprint,
//! content-defined anchors (sampled character shingles) and entities.
//!
//! Anchors are the shingles whose xxh3 hash falls in a fixed residue class
//! (1 in [`Params::anchor_rate`]). The choice depends only on the shingle,
//! so two texts sharing a passage share that passage's anchors wherever it
//! sits in either text: the overlap of anchor sets estimates resemblance
//! (near-duplicates) and containment (a short item inside a long page)
//! alike, from one index. xxh3 is fixed by its specification, so stored
//! signatures stay valid across builds and platforms.

use xxhash_rust::xxh3::xxh3_64;

use super::normalize::Normalized;

/// Tunables that change signatures; stored signatures record their version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Params {
    /// Characters per shingle.
    pub shingle: usize,
    /// One shingle in this many becomes an anchor (on average).
    pub anchor_rate: u64,
    /// Texts shorter than this (normalized characters) also get dense anchors:
    /// sparse sampling leaves a 150-character notice with a handful of anchors,
    /// too few to tell a copy from a template twin.
    pub short_chars: usize,
    /// One shingle in this many becomes a dense anchor (short texts only).
    pub dense_rate: u64,
}

impl Params {
    pub const DEFAULT: Params = Params { shingle: 8, anchor_rate: 16, short_chars: 1000, dense_rate: 4 };

    /// A number naming these parameters and the signature layout, stored
    /// with each signature so a change forces recomputation, never a mix.
    pub fn version(&self) -> i64 {
        // Layout 2: dense anchors added to the blob.
        2_000_000_000
            + (self.shingle as i64) * 10_000_000
            + (self.short_chars as i64) * 1000
            + self.anchor_rate as i64 * 10
            + self.dense_rate as i64
    }
}

impl Default for Params {
    fn default() -> Self {
        Params::DEFAULT
    }
}

/// What the index keeps of one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signature {
    /// xxh3 of the whole normalized text; `None` if too short to identify a story.
    pub exact: Option<u64>,
    /// Normalized length in characters.
    pub chars: u32,
    /// Anchor keys, sorted and unique.
    pub anchors: Vec<u32>,
    /// Dense anchor keys (texts shorter than [`Params::short_chars`] only), sorted and unique.
    pub dense: Vec<u32>,
    /// Entity hashes (numbers, notice names), sorted and unique.
    pub entities: Vec<u32>,
}

/// Texts shorter than this (normalized) say too little to call two copies
/// one story by their bytes alone: `今日无新增病例` repeats every day.
pub const MIN_EXACT_CHARS: usize = 16;

/// The signature of a normalized text.
pub fn signature(n: &Normalized, p: Params) -> Signature {
    let chars = n.chars.len();
    let owned;
    let bytes: &[u8] = if cfg!(target_endian = "little") {
        // SAFETY: a char is a 4-byte value with no padding, so the slice's
        // memory is 4 × len initialized bytes: the code points in
        // little-endian order, the same bytes the other branch builds.
        unsafe { std::slice::from_raw_parts(n.chars.as_ptr().cast::<u8>(), chars * 4) }
    } else {
        owned = n.chars.iter().flat_map(|&c| (c as u32).to_le_bytes()).collect::<Vec<u8>>();
        &owned
    };
    let exact = (chars >= MIN_EXACT_CHARS).then(|| xxh3_64(bytes));
    let mut anchors = Vec::with_capacity(chars / p.anchor_rate as usize + 4);
    let short = chars < p.short_chars;
    let mut dense = Vec::with_capacity(if short { chars / p.dense_rate as usize + 4 } else { 0 });
    let k = p.shingle;
    if chars >= k {
        for i in 0..=chars - k {
            let h = xxh3_64(&bytes[4 * i..4 * (i + k)]);
            // Low bits choose, high bits name: independent parts of one hash.
            if h % p.anchor_rate == 0 {
                anchors.push((h >> 32) as u32);
            }
            if short && h % p.dense_rate == 0 {
                dense.push((h >> 32) as u32);
            }
        }
    }
    for v in [&mut anchors, &mut dense] {
        v.sort_unstable();
        v.dedup();
    }
    Signature { exact, chars: chars as u32, anchors, dense, entities: n.entities.clone() }
}

impl Signature {
    /// Compact little-endian bytes for the archive:
    /// `exact(u64, 0 = none) chars(u32) n_anchors(u32) n_dense(u32) n_entities(u32) anchors… dense… entities…`.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(24 + 4 * (self.anchors.len() + self.dense.len() + self.entities.len()));
        b.extend_from_slice(&self.exact.unwrap_or(0).to_le_bytes());
        b.extend_from_slice(&self.chars.to_le_bytes());
        b.extend_from_slice(&(self.anchors.len() as u32).to_le_bytes());
        b.extend_from_slice(&(self.dense.len() as u32).to_le_bytes());
        b.extend_from_slice(&(self.entities.len() as u32).to_le_bytes());
        for v in self.anchors.iter().chain(&self.dense).chain(&self.entities) {
            b.extend_from_slice(&v.to_le_bytes());
        }
        b
    }

    /// The inverse of [`Signature::to_bytes`]; `None` for a damaged blob.
    pub fn from_bytes(b: &[u8]) -> Option<Signature> {
        let u32_at = |i: usize| b.get(i..i + 4).map(|s| u32::from_le_bytes(s.try_into().expect("4 bytes")));
        let exact = u64::from_le_bytes(b.get(0..8)?.try_into().ok()?);
        let chars = u32_at(8)?;
        let na = u32_at(12)? as usize;
        let nd = u32_at(16)? as usize;
        let ne = u32_at(20)? as usize;
        if b.len() != 24 + 4 * (na + nd + ne) {
            return None;
        }
        let vals: Vec<u32> = (0..na + nd + ne).map(|i| u32_at(24 + 4 * i)).collect::<Option<_>>()?;
        Some(Signature {
            exact: (exact != 0).then_some(exact),
            chars,
            anchors: vals[..na].to_vec(),
            dense: vals[na..na + nd].to_vec(),
            entities: vals[na + nd..].to_vec(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::normalize::normalize;
    use super::*;

    #[test]
    fn shared_passages_share_anchors_wherever_they_sit() {
        let story = "会议强调要持续巩固拓展疫情防控成果分类施策科学精准实行封控和管控廊坊要加强隔离点和定点医院规范管理安次霸州等区县要继续严格封控其他区县要根据疫情防控形势分类施策分步解封";
        let a = signature(&normalize(story), Params { anchor_rate: 8, ..Params::DEFAULT });
        let page = format!("另一篇报道的开头文字在这里出现了很多字{story}后面还有别的内容");
        let b = signature(&normalize(&page), Params { anchor_rate: 8, ..Params::DEFAULT });
        assert!(!a.anchors.is_empty());
        assert!(a.anchors.iter().all(|x| b.anchors.binary_search(x).is_ok()));
        assert!(a.dense.len() > a.anchors.len(), "short texts get dense anchors too");
        assert!(a.dense.iter().all(|x| b.dense.binary_search(x).is_ok()));
    }

    #[test]
    fn bytes_round_trip() {
        let s = signature(&normalize("张三，男，1975年6月生，拟任某某局局长，公示期为5个工作日。"), Params::DEFAULT);
        assert_eq!(Signature::from_bytes(&s.to_bytes()), Some(s.clone()));
        assert_eq!(Signature::from_bytes(&s.to_bytes()[1..]), None);
    }
}
