//! When each source is polled next: adaptive intervals, backoff, jitter.
//!
//! Entry point: [`next_poll`]. The state it works from (the source's current
//! interval, its consecutive error count, when it was last polled) is stored
//! on the source in the archive, so a restart resumes the schedule instead of
//! polling everything at once.
//!
//! - **Adaptive interval.** A poll that found `k` new entries `T` after the
//!   previous poll suggests one entry per `T / k`; the interval moves halfway
//!   (geometrically) towards that. A poll with nothing new lengthens it by
//!   half. Always within `[min_interval, max_interval]`.
//! - **Server hints** are lower bounds: RSS `<ttl>` and `Cache-Control:
//!   max-age` (polling sooner is pointless), `Retry-After` (polling sooner is rude).
//! - **Backoff.** The n-th consecutive failure waits `base · 2^(n-1)`, capped
//!   at `max_interval`, plus jitter. There is no permanent stop: a source that
//!   keeps failing is tried at the max interval forever, and its first success
//!   returns it to its adaptive interval, which failures do not change.
//! - **Jitter** (up to +10 %, +20 % when backing off) keeps sources that
//!   started together from polling in lockstep.

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
    /// Time since the source's previous poll, when there was one: with
    /// `new_entries` it gives the publishing rate.
    pub since_last_poll: Option<Duration>,
    /// RSS `<ttl>`.
    pub ttl: Option<Duration>,
    /// `Cache-Control: max-age`.
    pub max_age: Option<Duration>,
    /// `Retry-After` (429, 503).
    pub retry_after: Option<Duration>,
}

/// The next poll time, and the source's adaptive interval to store (after a
/// failure that is the unchanged previous interval: backoff does not teach
/// the schedule anything about how often the source publishes).
pub fn next_poll(
    now: DateTime<Utc>,
    previous: Option<Duration>,
    outcome: &Outcome,
    source: &SourceConfig,
    cfg: &ScheduleConfig,
) -> (DateTime<Utc>, Duration) {
    let (wait, interval) = plan(
        previous,
        outcome,
        source.interval,
        cfg,
        rand::random_range(0.0..1.0),
    );
    (
        now + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::MAX),
        interval,
    )
}

/// The wait until the next poll and the interval to store; `unit` in [0, 1)
/// draws the jitter (a parameter so that tests can pin it).
pub fn plan(
    previous: Option<Duration>,
    outcome: &Outcome,
    configured: Option<Duration>,
    cfg: &ScheduleConfig,
    unit: f64,
) -> (Duration, Duration) {
    let clamp = |d: Duration| d.clamp(cfg.min_interval, cfg.max_interval);
    let base = clamp(configured.unwrap_or(cfg.default_interval));
    let current = clamp(previous.unwrap_or(base));
    if outcome.failed {
        let wait = backoff(base, outcome.error_count, cfg.max_interval);
        let mut wait = wait + wait.mul_f64(0.2 * unit);
        if let Some(ra) = outcome.retry_after {
            wait = wait.max(ra.min(cfg.max_interval));
        }
        return (wait, current);
    }
    let mut interval = match (outcome.new_entries, outcome.since_last_poll) {
        (0, _) => current.mul_f64(1.5),
        (k, Some(since)) if !since.is_zero() => {
            let per_entry = since.div_f64(k as f64).max(cfg.min_interval);
            Duration::from_secs_f64((current.as_secs_f64() * per_entry.as_secs_f64()).sqrt())
        }
        // New entries but no rate to go by (first poll): keep the interval.
        (_, _) => current,
    };
    for hint in [outcome.ttl, outcome.max_age, outcome.retry_after]
        .into_iter()
        .flatten()
    {
        interval = interval.max(hint);
    }
    let interval = clamp(interval);
    (interval + interval.mul_f64(0.1 * unit), interval)
}

/// `base · 2^(failures-1)`, capped: the wait after the n-th consecutive failure.
pub fn backoff(base: Duration, failures: u32, max: Duration) -> Duration {
    let exp = failures.saturating_sub(1).min(30);
    base.saturating_mul(1u32 << exp).min(max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> ScheduleConfig {
        ScheduleConfig {
            default_interval: Duration::from_secs(1800),
            min_interval: Duration::from_secs(300),
            max_interval: Duration::from_secs(86_400),
        }
    }

    const MIN: Duration = Duration::from_secs(60);

    fn failed(n: u32) -> Outcome {
        Outcome {
            failed: true,
            error_count: n,
            ..Default::default()
        }
    }

    #[test]
    fn backoff_doubles_then_stays_at_the_max_forever() {
        let waits: Vec<u64> = (1..=12)
            .map(|n| plan(None, &failed(n), None, &cfg(), 0.0).0.as_secs())
            .collect();
        assert_eq!(
            waits,
            vec![
                1800, 3600, 7200, 14_400, 28_800, 57_600, 86_400, 86_400, 86_400, 86_400, 86_400,
                86_400
            ]
        );
        // A thousand failures later the source is still tried once a day.
        assert_eq!(
            plan(None, &failed(1000), None, &cfg(), 0.0).0,
            Duration::from_secs(86_400)
        );
    }

    #[test]
    fn failures_do_not_change_the_stored_interval_so_recovery_is_immediate() {
        let prev = Some(Duration::from_secs(900));
        let (_, stored) = plan(prev, &failed(10), None, &cfg(), 0.5);
        assert_eq!(stored, Duration::from_secs(900));
        let ok = Outcome {
            new_entries: 1,
            since_last_poll: Some(Duration::from_secs(900)),
            ..Default::default()
        };
        let (wait, _) = plan(Some(stored), &ok, None, &cfg(), 0.0);
        assert_eq!(wait, Duration::from_secs(900));
    }

    #[test]
    fn retry_after_is_honoured_but_capped() {
        let mut o = failed(1);
        o.retry_after = Some(Duration::from_secs(7200));
        assert_eq!(
            plan(None, &o, None, &cfg(), 0.0).0,
            Duration::from_secs(7200)
        );
        o.retry_after = Some(Duration::from_secs(10 * 86_400));
        assert_eq!(
            plan(None, &o, None, &cfg(), 0.0).0,
            Duration::from_secs(86_400)
        );
    }

    #[test]
    fn interval_follows_the_publishing_rate_within_bounds() {
        // Ten new entries in 30 minutes: one every 3 minutes; the interval halves towards it, not below min.
        let busy = Outcome {
            new_entries: 10,
            since_last_poll: Some(Duration::from_secs(1800)),
            ..Default::default()
        };
        let mut iv = Duration::from_secs(1800);
        for _ in 0..10 {
            iv = plan(Some(iv), &busy, None, &cfg(), 0.0).1;
        }
        assert_eq!(iv.as_secs(), 300);
        // Nothing new, again and again: it grows to the max and stays.
        let quiet = Outcome {
            since_last_poll: Some(iv),
            ..Default::default()
        };
        let first = plan(Some(iv), &quiet, None, &cfg(), 0.0).1;
        assert_eq!(first.as_secs(), 450);
        for _ in 0..30 {
            iv = plan(Some(iv), &quiet, None, &cfg(), 0.0).1;
        }
        assert_eq!(iv, Duration::from_secs(86_400));
    }

    #[test]
    fn ttl_and_max_age_are_lower_bounds() {
        let o = Outcome {
            new_entries: 5,
            since_last_poll: Some(MIN),
            ttl: Some(Duration::from_secs(3600)),
            ..Default::default()
        };
        assert_eq!(
            plan(None, &o, None, &cfg(), 0.0).1,
            Duration::from_secs(3600)
        );
        let o = Outcome {
            max_age: Some(Duration::from_secs(7200)),
            ..Default::default()
        };
        assert_eq!(
            plan(Some(Duration::from_secs(600)), &o, None, &cfg(), 0.0).1,
            Duration::from_secs(7200)
        );
    }

    #[test]
    fn jitter_spreads_sources_that_start_together() {
        let o = Outcome::default();
        let lo = plan(None, &o, None, &cfg(), 0.0).0;
        let hi = plan(None, &o, None, &cfg(), 0.999).0;
        assert_eq!(lo, Duration::from_secs(2700));
        assert!(
            hi > lo + Duration::from_secs(260) && hi <= lo.mul_f64(1.1),
            "{hi:?}"
        );
        let now = Utc::now();
        let src = test_source();
        let times: std::collections::HashSet<_> = (0..20)
            .map(|_| next_poll(now, None, &o, &src, &cfg()).0)
            .collect();
        assert!(times.len() > 10, "next_poll draws its own jitter");
    }

    #[test]
    fn a_configured_interval_is_the_starting_point() {
        let o = Outcome {
            new_entries: 1,
            ..Default::default()
        };
        assert_eq!(
            plan(None, &o, Some(Duration::from_secs(600)), &cfg(), 0.0).1,
            Duration::from_secs(600)
        );
        // Still clamped by the global bounds.
        assert_eq!(
            plan(None, &o, Some(Duration::from_secs(5)), &cfg(), 0.0).1,
            Duration::from_secs(300)
        );
    }

    fn test_source() -> SourceConfig {
        let text = r#"
[storage]
path = "x.db"
[[source]]
key = "a"
name = "甲"
url = "https://example.org/rss.xml"
kind = "feed"
level = "city"
"#;
        crate::config::Config::parse(text, std::path::Path::new("t.toml"))
            .unwrap()
            .sources
            .remove(0)
    }
}
