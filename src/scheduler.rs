//! When each source is polled next: adaptive intervals, backoff, jitter.
//!
//! Entry point: [`next_poll`]. The state it works from (last interval, error
//! count) is stored on the source in the archive, so a restart resumes the
//! schedule instead of polling everything at once.

use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::config::{ScheduleConfig, SourceConfig};

/// What one poll found, as far as the schedule cares.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// The poll failed (transport error, HTTP error, unparsable body).
    pub failed: bool,
    /// Consecutive failures including this one (0 after a success).
    pub error_count: u32,
    /// Entries not seen before.
    pub new_entries: usize,
    /// RSS `<ttl>`.
    pub ttl: Option<Duration>,
    /// `Cache-Control: max-age`.
    pub max_age: Option<Duration>,
    /// `Retry-After` (429, 503).
    pub retry_after: Option<Duration>,
}

/// The next poll time and the interval it is based on.
pub fn next_poll(
    now: DateTime<Utc>,
    previous: Option<Duration>,
    outcome: &Outcome,
    source: &SourceConfig,
    cfg: &ScheduleConfig,
) -> (DateTime<Utc>, Duration) {
    let base = source.interval.unwrap_or(cfg.default_interval);
    let mut interval = if outcome.failed {
        // Exponential backoff, capped at the max interval, never a permanent stop.
        let exp = 2u32.saturating_pow(outcome.error_count.min(16));
        base.saturating_mul(exp).min(cfg.max_interval)
    } else {
        let prev = previous.unwrap_or(base);
        if outcome.new_entries > 0 { prev.mul_f64(0.75) } else { prev.mul_f64(1.25) }
    };
    for hint in [outcome.ttl, outcome.max_age, outcome.retry_after].into_iter().flatten() {
        interval = interval.max(hint);
    }
    interval = interval.clamp(cfg.min_interval, cfg.max_interval);
    if let Some(ra) = outcome.retry_after {
        interval = interval.max(ra.min(cfg.max_interval));
    }
    let jitter = interval.mul_f64(rand::random_range(0.0..0.1));
    let wait = interval + jitter;
    (now + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::MAX), interval)
}
