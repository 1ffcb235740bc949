//! Conditional GET: which validators to send, whether a response brought
//! anything new, and what to remember for next time.
//!
//! Servers differ: some answer `If-None-Match` with 304, some ignore it and
//! send the same bytes again, some change the ETag on every response. The
//! body digest catches the last two, so "unchanged" does not depend on the
//! server's honesty.

use crate::store::CacheEntry;

use super::{Request, Response};

/// What a response means relative to the previous one of the same URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// 304 Not Modified.
    NotModified,
    /// A full response whose body has the digest stored last time.
    SameBody,
    /// New content (or the first time this URL is seen).
    Changed,
}

impl Freshness {
    /// True when there is nothing new to process.
    pub fn unchanged(self) -> bool {
        !matches!(self, Freshness::Changed)
    }
}

impl Request {
    /// Adds the stored validators (`If-None-Match`, `If-Modified-Since`).
    pub fn with_cache(mut self, cached: Option<&CacheEntry>) -> Request {
        if let Some(c) = cached {
            self.etag = c.etag.clone();
            self.last_modified = c.last_modified.clone();
        }
        self
    }
}

impl Response {
    /// Compares this response with what was stored for its URL.
    pub fn freshness(&self, cached: Option<&CacheEntry>) -> Freshness {
        if self.not_modified() {
            return Freshness::NotModified;
        }
        match cached.and_then(|c| c.digest.as_deref()) {
            Some(d) if self.is_success() && !self.truncated && d == self.digest() => {
                Freshness::SameBody
            }
            _ => Freshness::Changed,
        }
    }

    /// What to store for this URL after this response, or `None` when the
    /// response should not replace what is stored (errors, truncated bodies).
    /// A 304 keeps the stored digest and takes any validators it carries.
    pub fn cache_entry(&self, cached: Option<&CacheEntry>) -> Option<CacheEntry> {
        if self.not_modified() {
            let prev = cached.cloned().unwrap_or_default();
            return Some(CacheEntry {
                etag: self.etag().map(str::to_owned).or(prev.etag),
                last_modified: self
                    .last_modified()
                    .map(str::to_owned)
                    .or(prev.last_modified),
                digest: prev.digest,
            });
        }
        if !self.is_success() || self.truncated {
            return None;
        }
        Some(CacheEntry {
            etag: self.etag().map(str::to_owned),
            last_modified: self.last_modified().map(str::to_owned),
            digest: Some(self.digest()),
        })
    }
}
