//! Per-host politeness: how many requests may be in flight to one host and
//! how far apart their starts must be.
//!
//! Every request kind (feed, list, article, robots.txt) draws on the same
//! budget of its host. Over-budget work waits for its slot; waiting is never
//! an error. A request starts no sooner than the delay after the previous
//! start *and* after the previous request finished, so a slow host gets
//! its full pause between our requests, not just spaced arrivals; with
//! `per_host_concurrency = 1` it never sees two of ours at once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

/// `Crawl-delay` values above this are clamped: a robots.txt asking for one
/// request an hour would otherwise starve every source on that host.
pub const MAX_CRAWL_DELAY: Duration = Duration::from_secs(60);

/// The budgets of every host seen so far. Cheap to share behind an `Arc`.
pub struct HostBudgets {
    concurrency: usize,
    default_delay: Duration,
    /// Configured per-host delays (`[fetch.host_delay_ms]`), by host name.
    overrides: HashMap<String, Duration>,
    // A std Mutex: it is only held to look up or insert an entry, never across an await.
    hosts: Mutex<HashMap<String, Arc<Host>>>,
}

struct Host {
    permits: Arc<Semaphore>,
    /// Whole polls whose source lives on this host (see [`HostBudgets::admit_poll`]).
    polls: Arc<Semaphore>,
    /// Earliest start of the next request, and the host's robots.txt Crawl-delay.
    state: Mutex<HostState>,
}

#[derive(Default)]
struct HostState {
    next_start: Option<Instant>,
    crawl_delay: Option<Duration>,
}

/// Held while a request to the host is in flight; dropping it frees the slot.
pub struct HostPermit {
    _permit: OwnedSemaphorePermit,
    host: Arc<Host>,
    delay: Duration,
    /// How long the caller waited for its turn.
    pub waited: Duration,
}

impl Drop for HostPermit {
    /// The request is over: the host's next one waits the delay from now.
    fn drop(&mut self) {
        let mut st = self.host.state.lock().unwrap_or_else(|p| p.into_inner());
        let after = Instant::now() + self.delay;
        st.next_start = Some(st.next_start.map_or(after, |n| n.max(after)));
    }
}

impl HostBudgets {
    pub fn new(
        concurrency: usize,
        default_delay: Duration,
        overrides: HashMap<String, Duration>,
    ) -> HostBudgets {
        HostBudgets {
            concurrency: concurrency.max(1),
            default_delay,
            overrides: overrides
                .into_iter()
                .map(|(h, d)| (h.to_ascii_lowercase(), d))
                .collect(),
            hosts: Mutex::new(HashMap::new()),
        }
    }

    fn host(&self, key: &str) -> Arc<Host> {
        let mut hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
        hosts
            .entry(key.to_owned())
            .or_insert_with(|| {
                Arc::new(Host {
                    permits: Arc::new(Semaphore::new(self.concurrency)),
                    polls: Arc::new(Semaphore::new(self.concurrency)),
                    state: Mutex::new(HostState::default()),
                })
            })
            .clone()
    }

    /// Records a robots.txt `Crawl-delay` for the host (clamped to [`MAX_CRAWL_DELAY`]).
    pub fn set_crawl_delay(&self, key: &str, delay: Option<Duration>) {
        let host = self.host(key);
        let mut st = host.state.lock().unwrap_or_else(|p| p.into_inner());
        st.crawl_delay = delay.map(|d| d.min(MAX_CRAWL_DELAY));
    }

    /// The delay that applies to `key` (a `host:port` authority) for a
    /// request carrying `source_delay` (the source's `per_host_delay`).
    pub fn delay_for(&self, key: &str, source_delay: Option<Duration>) -> Duration {
        let name = key.rsplit_once(':').map_or(key, |(h, _)| h);
        let configured = source_delay
            .or_else(|| self.overrides.get(name).copied())
            .unwrap_or(self.default_delay);
        let crawl = {
            let host = self.host(key);
            let st = host.state.lock().unwrap_or_else(|p| p.into_inner());
            st.crawl_delay
        };
        configured.max(crawl.unwrap_or_default())
    }

    /// Waits until a request to `key` may start, then holds one of its slots.
    pub async fn acquire(&self, key: &str, source_delay: Option<Duration>) -> HostPermit {
        let asked = Instant::now();
        let delay = self.delay_for(key, source_delay);
        let host = self.host(key);
        let permit = host
            .permits
            .clone()
            .acquire_owned()
            .await
            .expect("host semaphores are never closed");
        let start = {
            let mut st = host.state.lock().unwrap_or_else(|p| p.into_inner());
            let now = Instant::now();
            let start = st.next_start.map_or(now, |n| n.max(now));
            st.next_start = Some(start + delay);
            start
        };
        tokio::time::sleep_until(start).await;
        HostPermit {
            _permit: permit,
            host,
            delay,
            waited: asked.elapsed(),
        }
    }

    /// Waits until a poll of a source on `key` may run: as many at once as
    /// requests may be in flight to the host. A poll waiting here holds no
    /// state but its place in the queue.
    pub async fn admit_poll(&self, key: &str) -> OwnedSemaphorePermit {
        self.host(key).polls.clone().acquire_owned().await.expect("host semaphores are never closed")
    }

    /// Number of hosts with a budget (for metrics).
    pub fn hosts(&self) -> usize {
        self.hosts.lock().unwrap_or_else(|p| p.into_inner()).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budgets(conc: usize, delay_ms: u64) -> Arc<HostBudgets> {
        Arc::new(HostBudgets::new(
            conc,
            Duration::from_millis(delay_ms),
            HashMap::new(),
        ))
    }

    #[tokio::test(start_paused = true)]
    async fn requests_to_one_host_are_spaced_by_the_delay() {
        let b = budgets(1, 1000);
        let t0 = Instant::now();
        let mut starts = Vec::new();
        for _ in 0..3 {
            let p = b.acquire("a.example:80", None).await;
            starts.push(t0.elapsed());
            drop(p);
        }
        assert_eq!(
            starts,
            vec![
                Duration::ZERO,
                Duration::from_secs(1),
                Duration::from_secs(2)
            ]
        );
    }

    #[tokio::test(start_paused = true)]
    async fn the_delay_counts_from_the_end_of_a_slow_request() {
        let b = budgets(1, 1000);
        let t0 = Instant::now();
        let p = b.acquire("a.example:80", None).await;
        // The response takes 3 s to arrive.
        tokio::time::sleep(Duration::from_secs(3)).await;
        drop(p);
        let _p = b.acquire("a.example:80", None).await;
        assert_eq!(t0.elapsed(), Duration::from_secs(4));
    }

    #[tokio::test(start_paused = true)]
    async fn other_hosts_do_not_wait() {
        let b = budgets(1, 5000);
        let _held = b.acquire("slow.example:80", None).await;
        let t0 = Instant::now();
        let _p = b.acquire("fast.example:80", None).await;
        assert_eq!(t0.elapsed(), Duration::ZERO);
    }

    #[tokio::test(start_paused = true)]
    async fn concurrency_limit_holds_until_a_slot_is_freed() {
        let b = budgets(1, 0);
        let first = b.acquire("h:80", None).await;
        let b2 = b.clone();
        let waiter = tokio::spawn(async move {
            let t0 = Instant::now();
            let _p = b2.acquire("h:80", None).await;
            t0.elapsed()
        });
        tokio::time::sleep(Duration::from_secs(7)).await;
        drop(first);
        let waited = waiter.await.unwrap();
        assert_eq!(waited, Duration::from_secs(7));
    }

    #[tokio::test(start_paused = true)]
    async fn crawl_delay_wins_when_larger_and_is_clamped() {
        let b = budgets(1, 1000);
        b.set_crawl_delay("h:80", Some(Duration::from_secs(5)));
        assert_eq!(b.delay_for("h:80", None), Duration::from_secs(5));
        b.set_crawl_delay("h:80", Some(Duration::from_millis(10)));
        assert_eq!(b.delay_for("h:80", None), Duration::from_secs(1));
        b.set_crawl_delay("h:80", Some(Duration::from_secs(100_000)));
        assert_eq!(b.delay_for("h:80", None), MAX_CRAWL_DELAY);
    }

    #[test]
    fn host_delays_come_from_the_config_file() {
        let text = "[storage]\npath = \"x.db\"\n[fetch]\nper_host_delay_ms = 500\nmax_connections = 8\n[fetch.host_delay_ms]\n\"WWW.Hebei.gov.cn\" = 3000\n";
        let cfg = crate::config::Config::parse(text, std::path::Path::new("t.toml"))
            .unwrap()
            .fetch;
        assert_eq!(cfg.max_connections, 8);
        let b = HostBudgets::new(
            cfg.per_host_concurrency,
            cfg.per_host_delay,
            cfg.host_delays,
        );
        assert_eq!(
            b.delay_for("www.hebei.gov.cn:443", None),
            Duration::from_secs(3)
        );
        assert_eq!(
            b.delay_for("www.sjz.gov.cn:80", None),
            Duration::from_millis(500)
        );
    }

    #[tokio::test(start_paused = true)]
    async fn source_and_host_overrides_replace_the_default() {
        let mut o = HashMap::new();
        o.insert("Slow.Example".to_owned(), Duration::from_secs(3));
        let b = HostBudgets::new(1, Duration::from_secs(1), o);
        assert_eq!(
            b.delay_for("slow.example:443", None),
            Duration::from_secs(3)
        );
        assert_eq!(
            b.delay_for("slow.example:443", Some(Duration::from_secs(9))),
            Duration::from_secs(9)
        );
        assert_eq!(
            b.delay_for("other.example:443", None),
            Duration::from_secs(1)
        );
    }
}
