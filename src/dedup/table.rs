//! The anchor posting table: anchor key → the articles holding it, in one
//! flat open-addressing array of packed `(key, slot)` words.
//!
//! A million articles hold tens of millions of anchors; a map of vectors
//! would spend more on headers than on postings. Here a posting is 8 bytes.
//! Keys shared by very many articles are stock phrases (`深入学习贯彻…`),
//! which say nothing about which story a text is: after [`AnchorTable::cap`]
//! postings a key takes no more and lookups ignore it.

/// Open addressing with linear probing; a word is `key << 32 | (slot + 1)`, 0 is empty.
#[derive(Debug, Clone)]
pub struct AnchorTable {
    words: Vec<u64>,
    len: usize,
    cap: usize,
}

/// Most load the table is allowed before it grows.
const MAX_LOAD: f64 = 0.85;

impl AnchorTable {
    /// A table for about `postings` postings without growing, ignoring keys
    /// held by more than `cap` articles.
    pub fn with_capacity(postings: usize, cap: usize) -> AnchorTable {
        let size = ((postings as f64 / MAX_LOAD) as usize + 1).max(1024);
        AnchorTable { words: vec![0; size], len: 0, cap }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The most postings one key keeps.
    pub fn cap(&self) -> usize {
        self.cap
    }

    /// Bytes held by the table.
    pub fn bytes(&self) -> usize {
        self.words.len() * 8
    }

    #[inline]
    fn home(&self, key: u32) -> usize {
        // Keys are hash bits already; spread them over any table size
        // by multiply-shift instead of a power-of-two mask.
        let mixed = (key as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32;
        ((mixed * self.words.len() as u64) >> 32) as usize
    }

    /// Adds `slot` under `key` unless the key is full; true if added.
    pub fn insert(&mut self, key: u32, slot: u32) -> bool {
        if (self.len + 1) as f64 > self.words.len() as f64 * MAX_LOAD {
            self.grow();
        }
        let n = self.words.len();
        let mut i = self.home(key);
        let mut seen = 0;
        loop {
            let w = self.words[i];
            if w == 0 {
                if seen >= self.cap {
                    return false;
                }
                self.words[i] = (key as u64) << 32 | (slot as u64 + 1);
                self.len += 1;
                return true;
            }
            if (w >> 32) as u32 == key {
                seen += 1;
                if seen >= self.cap {
                    return false;
                }
            }
            i += 1;
            if i == n {
                i = 0;
            }
        }
    }

    /// Appends the slots under `key` to `out`; nothing for a full (stock)
    /// key, for which it returns false.
    pub fn lookup(&self, key: u32, out: &mut Vec<u32>) -> bool {
        let n = self.words.len();
        let start = out.len();
        let mut i = self.home(key);
        loop {
            let w = self.words[i];
            if w == 0 {
                break;
            }
            if (w >> 32) as u32 == key {
                out.push((w & 0xFFFF_FFFF) as u32 - 1);
            }
            i += 1;
            if i == n {
                i = 0;
            }
        }
        if out.len() - start >= self.cap {
            out.truncate(start);
            return false;
        }
        true
    }

    fn grow(&mut self) {
        let size = self.words.len() + self.words.len() / 2 + 1024;
        let old = std::mem::replace(&mut self.words, vec![0; size]);
        self.len = 0;
        // Re-insert in slot order so equal keys keep their arrival order;
        // lookups return sets anyway, but the cap must count the same keys.
        let mut entries: Vec<u64> = old.into_iter().filter(|&w| w != 0).collect();
        entries.sort_unstable_by_key(|&w| w & 0xFFFF_FFFF);
        for w in entries {
            self.insert((w >> 32) as u32, (w & 0xFFFF_FFFF) as u32 - 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_posting_through_growth() {
        let mut t = AnchorTable::with_capacity(10, 8);
        for slot in 0..5000u32 {
            for k in 0..4u32 {
                assert!(t.insert(slot.wrapping_mul(2654435761) ^ k, slot));
            }
        }
        let mut out = Vec::new();
        t.lookup(1234u32.wrapping_mul(2654435761) ^ 2, &mut out);
        assert_eq!(out, vec![1234]);
    }

    #[test]
    fn stock_keys_are_capped_and_ignored() {
        let mut t = AnchorTable::with_capacity(100, 3);
        assert!(t.insert(7, 0));
        assert!(t.insert(7, 1));
        let mut out = Vec::new();
        t.lookup(7, &mut out);
        out.sort();
        assert_eq!(out, vec![0, 1]);
        assert!(t.insert(7, 2), "the third posting fills the key");
        assert!(!t.insert(7, 3), "a full key takes no more");
        out.clear();
        t.lookup(7, &mut out);
        assert!(out.is_empty(), "a full key is a stock phrase: ignored");
        t.lookup(8, &mut out);
        assert!(out.is_empty());
    }
}
