//! The one HTTP client every request goes through (feeds, pages, robots.txt).
//!
//! Callers hand it a [`Request`] and get a [`Response`] whose body is already
//! size-capped; nobody else touches reqwest. On the way, each request:
//! - waits for its host's budget ([`budget`]: requests in flight per host,
//!   least delay between starts, robots.txt `Crawl-delay`);
//! - is checked against the host's robots.txt ([`robots`]; skipped for
//!   sources with `ignore_robots`);
//! - follows redirects by hand so that each hop is checked (http/https only,
//!   private addresses refused unless allowed, at most `max_redirects`);
//! - is bounded by a connect timeout and a total timeout over all hops (time
//!   spent waiting for the host's budget does not count: waiting is not a fault);
//! - has its body streamed and cut at `max_body_bytes` after decompression,
//!   so a gzip bomb stops at the limit.
//!
//! Conditional GET lives in [`conditional`]: the caller adds the stored
//! validators with [`Request::with_cache`] and asks the response for its
//! [`Response::freshness`] and the [`Response::cache_entry`] to store.
//! All HTTP statuses come back as `Ok(Response)`; [`Response::error_for_status`]
//! turns the ones that mean failure into a [`FetchError`].

pub mod budget;
pub mod conditional;
pub mod decode;
pub mod robots;

use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use tokio::sync::Semaphore;
use tokio::time::Instant;
use url::Url;

use crate::config::{FetchConfig, SourceConfig};

pub use budget::HostBudgets;
pub use conditional::Freshness;
use robots::{CachedRules, RobotsDenial, Rules};

/// What a request is for; recorded with its capture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Feed,
    List,
    Epaper,
    Article,
    Robots,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Feed => "feed",
            Purpose::List => "list",
            Purpose::Epaper => "epaper",
            Purpose::Article => "article",
            Purpose::Robots => "robots",
        }
    }
}

/// One GET.
#[derive(Debug, Clone)]
pub struct Request {
    pub url: Url,
    pub purpose: Purpose,
    /// Source key, for logs and per-source settings.
    pub source: Option<String>,
    /// Validators from the previous response, sent as If-None-Match / If-Modified-Since.
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Skip robots.txt (the source's `ignore_robots`).
    pub ignore_robots: bool,
    /// The source's own least delay between requests to its host.
    pub per_host_delay: Option<Duration>,
}

impl Request {
    pub fn new(url: Url, purpose: Purpose) -> Request {
        Request {
            url,
            purpose,
            source: None,
            etag: None,
            last_modified: None,
            ignore_robots: false,
            per_host_delay: None,
        }
    }

    /// A request made on behalf of a source: carries its key, its robots.txt
    /// choice and its per-host delay.
    pub fn for_source(url: Url, purpose: Purpose, source: &SourceConfig) -> Request {
        Request {
            source: Some(source.key.clone()),
            ignore_robots: source.ignore_robots,
            per_host_delay: source.per_host_delay,
            ..Request::new(url, purpose)
        }
    }
}

/// A received response with its body read (possibly cut at the limit).
#[derive(Debug, Clone)]
pub struct Response {
    pub url: Url,
    pub final_url: Url,
    pub status: u16,
    pub request_headers: Vec<(String, String)>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub truncated: bool,
    pub fetched_at: DateTime<Utc>,
    pub elapsed_ms: u64,
    /// Redirect hops taken: (status, target).
    pub redirects: Vec<(u16, Url)>,
}

impl Response {
    /// First header of that name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn etag(&self) -> Option<&str> {
        self.header("etag")
    }
    pub fn last_modified(&self) -> Option<&str> {
        self.header("last-modified")
    }
    pub fn content_type(&self) -> Option<&str> {
        self.header("content-type")
    }
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
    pub fn not_modified(&self) -> bool {
        self.status == 304
    }
    /// `Retry-After` as a duration from now (seconds or an HTTP date).
    pub fn retry_after(&self) -> Option<Duration> {
        let v = self.header("retry-after")?.trim();
        if let Ok(secs) = v.parse::<u64>() {
            return Some(Duration::from_secs(secs));
        }
        let when = httpdate::parse_http_date(v).ok()?;
        when.duration_since(std::time::SystemTime::now()).ok()
    }
    /// `Cache-Control: max-age` (or `s-maxage`); `None` with `no-store`/`no-cache`.
    pub fn max_age(&self) -> Option<Duration> {
        let cc = self.header("cache-control")?.to_ascii_lowercase();
        let mut age = None;
        for part in cc.split(',').map(str::trim) {
            if part == "no-store" || part == "no-cache" {
                return None;
            }
            if let Some(v) = part.strip_prefix("max-age=").or_else(|| part.strip_prefix("s-maxage=")) {
                if let Ok(secs) = v.trim_matches('"').parse::<u64>() {
                    age = Some(age.map_or(secs, |a: u64| a.max(secs)));
                }
            }
        }
        age.map(Duration::from_secs)
    }
    /// Where a permanent redirect (301/308 from the requested URL, through
    /// permanent hops only) leads; `None` when the first hop was temporary
    /// or there was none.
    pub fn permanent_redirect(&self) -> Option<&Url> {
        let mut target = None;
        for (status, to) in &self.redirects {
            if matches!(status, 301 | 308) {
                target = Some(to);
            } else {
                break;
            }
        }
        target
    }
    /// `Ok` for 2xx and 304; every other status as the error it stands for.
    pub fn error_for_status(&self) -> Result<(), FetchError> {
        if self.is_success() || self.not_modified() {
            Ok(())
        } else {
            Err(FetchError::Http { status: self.status, retry_after: self.retry_after() })
        }
    }
    /// `sha256:<hex>` of the body.
    pub fn digest(&self) -> String {
        digest(&self.body)
    }
    /// The body as UTF-8 with the charset and why it was chosen.
    pub fn decode(&self) -> decode::Decoded {
        decode::decode(&self.body, self.content_type())
    }
}

pub fn digest(body: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(body)))
}

/// Why a request failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum FetchError {
    #[error("timed out after {0} ms")]
    Timeout(u64),
    #[error("cannot connect: {0}")]
    Connect(String),
    #[error("too many redirects (more than {0})")]
    TooManyRedirects(usize),
    #[error("redirect to a disallowed URL: {0}")]
    BadRedirect(String),
    #[error("address {0} is private and allow_private_addresses is off")]
    PrivateAddress(String),
    #[error("cannot resolve host: {0}")]
    Dns(String),
    #[error("transfer failed: {0}")]
    Body(String),
    #[error("disallowed by robots.txt")]
    Robots,
    /// robots.txt could not be fetched (5xx, network): RFC 9309 says assume
    /// complete disallow until it can.
    #[error("robots.txt unreachable, crawling disallowed for now: {0}")]
    RobotsUnreachable(String),
    /// The body was cut at `max_body_bytes` where a whole one was needed.
    #[error("response larger than {0} bytes")]
    TooLarge(usize),
    /// An HTTP status that means failure (see [`Response::error_for_status`]).
    #[error("HTTP {status}")]
    Http { status: u16, retry_after: Option<Duration> },
    #[error("{0}")]
    Other(String),
}

impl FetchError {
    /// A short stable name, stored as the source's last error kind. A
    /// failing HTTP status is `http-<status>` (`http-404`, `http-429`,
    /// `http-503`), so operators see exactly what the server said.
    pub fn kind(&self) -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed(match self {
            FetchError::Timeout(_) => "timeout",
            FetchError::Connect(_) => "connect",
            FetchError::TooManyRedirects(_) => "redirect-loop",
            FetchError::BadRedirect(_) => "bad-redirect",
            FetchError::PrivateAddress(_) => "private-address",
            FetchError::Dns(_) => "dns",
            FetchError::Body(_) => "body",
            FetchError::Robots => "robots",
            FetchError::RobotsUnreachable(_) => "robots-unreachable",
            FetchError::TooLarge(_) => "too-large",
            FetchError::Http { status, .. } => return format!("http-{status}").into(),
            FetchError::Other(_) => "other",
        })
    }

    /// The server's `Retry-After`, for the schedule.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            FetchError::Http { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

/// The HTTP client. Cheap to clone: clones share connections, host budgets
/// and the robots.txt cache.
#[derive(Clone)]
pub struct Fetcher {
    /// Keeps an idle connection per host for a while: article and e-paper
    /// pages come in bursts to one host, a second or so apart.
    client: reqwest::Client,
    /// Closes each connection after its response: a source's feed, list page
    /// and robots.txt are asked for once a poll, minutes or hours apart, and
    /// an idle connection kept for each of thousands of hosts costs about
    /// 26 KB of buffers apiece (68 MB over 2,500 hosts in the fetch benchmark).
    one_shot: reqwest::Client,
    cfg: Arc<FetchConfig>,
    user_agent: String,
    budgets: Arc<HostBudgets>,
    /// Requests in flight over all hosts (`max_connections`).
    connections: Arc<Semaphore>,
    robots: Arc<RobotsCache>,
    /// Sees every robots.txt response (the pipeline archives them as captures).
    robots_observer: Option<RobotsObserver>,
}

/// A callback given each robots.txt response the fetcher receives.
pub type RobotsObserver = Arc<dyn Fn(&Response) + Send + Sync>;

/// robots.txt answers by `scheme://host:port`. Each entry has its own async
/// lock so that one fetch of a host's robots.txt serves every request waiting for it.
#[derive(Default)]
struct RobotsCache {
    // A std Mutex guards only the map lookup; the per-host tokio Mutex is the one held across the fetch.
    hosts: Mutex<HashMap<String, Arc<tokio::sync::Mutex<Option<CachedRules>>>>>,
}

impl RobotsCache {
    /// The cache entry of one origin, created empty on first use.
    fn slot(&self, origin: &str) -> Arc<tokio::sync::Mutex<Option<CachedRules>>> {
        let mut hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
        hosts.entry(origin.to_owned()).or_default().clone()
    }
}

/// One hop's result.
enum Hop {
    Redirect(u16, String),
    Done { status: u16, headers: Vec<(String, String)>, body: Vec<u8>, truncated: bool },
}

impl Fetcher {
    pub fn new(cfg: &FetchConfig) -> Result<Fetcher, FetchError> {
        Fetcher::build(cfg, None)
    }

    /// A fetcher whose host names are resolved by `resolver` (benchmarks,
    /// tests with many host names on one local server).
    pub fn with_resolver(cfg: &FetchConfig, resolver: Arc<dyn reqwest::dns::Resolve>) -> Result<Fetcher, FetchError> {
        Fetcher::build(cfg, Some(resolver))
    }

    fn build(cfg: &FetchConfig, resolver: Option<Arc<dyn reqwest::dns::Resolve>>) -> Result<Fetcher, FetchError> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let contact = if cfg.user_agent_contact.is_empty() {
            "https://github.com/baoku/baoku"
        } else {
            cfg.user_agent_contact.as_str()
        };
        let user_agent = format!("{}/{} (+{contact})", robots::PRODUCT_TOKEN, env!("CARGO_PKG_VERSION"));
        let builder = |keep_alive: bool| {
            let mut b = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .connect_timeout(cfg.connect_timeout)
                .user_agent(user_agent.clone())
                .gzip(true)
                .brotli(true)
                .deflate(true)
                .zstd(true);
            b = if keep_alive {
                // Long enough to carry a burst across the host's delay, short
                // enough that finished hosts do not pile up.
                let idle = (cfg.per_host_delay * 2).clamp(Duration::from_secs(15), Duration::from_secs(120));
                b.pool_idle_timeout(idle).pool_max_idle_per_host(cfg.per_host_concurrency)
            } else {
                b.pool_max_idle_per_host(0)
            };
            if let Some(r) = resolver.clone() {
                b = b.dns_resolver(r);
            }
            b.build().map_err(|e| FetchError::Other(e.to_string()))
        };
        let client = builder(true)?;
        let one_shot = builder(false)?;
        Ok(Fetcher {
            client,
            one_shot,
            budgets: Arc::new(HostBudgets::new(
                cfg.per_host_concurrency,
                cfg.per_host_delay,
                cfg.host_delays.clone(),
            )),
            connections: Arc::new(Semaphore::new(cfg.max_connections.max(1))),
            robots: Arc::new(RobotsCache::default()),
            robots_observer: None,
            cfg: Arc::new(cfg.clone()),
            user_agent,
        })
    }

    pub fn user_agent(&self) -> &str {
        &self.user_agent
    }

    /// Hands every robots.txt response to `observer` (robots.txt is fetched
    /// inside [`Fetcher::get`], so callers would not see it otherwise).
    pub fn with_robots_observer(mut self, observer: RobotsObserver) -> Fetcher {
        self.robots_observer = Some(observer);
        self
    }

    /// The per-host budgets (shared by every clone of this fetcher).
    pub fn budgets(&self) -> &HostBudgets {
        &self.budgets
    }

    /// GET with robots.txt, the host budget, hand-followed redirects, timeouts and the body cap.
    pub async fn get(&self, req: &Request) -> Result<Response, FetchError> {
        let fetched_at = Utc::now();
        let mut network = Duration::ZERO;
        let mut url = req.url.clone();
        let mut redirects: Vec<(u16, Url)> = Vec::new();
        let max_body = match req.purpose {
            Purpose::Robots => self.cfg.max_body_bytes.min(robots::MAX_ROBOTS_BYTES),
            _ => self.cfg.max_body_bytes,
        };
        loop {
            self.check_url(&url).await?;
            if req.purpose != Purpose::Robots && !req.ignore_robots {
                self.robots_allow(&url).await?;
            }
            let mut request_headers = vec![("User-Agent".to_owned(), self.user_agent.clone())];
            if redirects.is_empty() {
                if let Some(e) = &req.etag {
                    request_headers.push(("If-None-Match".into(), e.clone()));
                }
                if let Some(lm) = &req.last_modified {
                    request_headers.push(("If-Modified-Since".into(), lm.clone()));
                }
            }
            let host = authority(&url);
            let permit = self.budgets.acquire(&host, req.per_host_delay).await;
            let _connection = self.connections.acquire().await.expect("never closed");
            if !permit.waited.is_zero() {
                tracing::trace!(url = %url, waited_ms = permit.waited.as_millis() as u64, "waited for host budget");
            }
            let remaining = self.cfg.timeout.saturating_sub(network);
            let hop_started = Instant::now();
            let hop = tokio::time::timeout(remaining, self.hop(req.purpose, &url, &request_headers[1..], max_body)).await;
            network += hop_started.elapsed();
            drop(permit);
            let hop = match hop {
                Ok(r) => r?,
                Err(_) => return Err(FetchError::Timeout(self.cfg.timeout.as_millis() as u64)),
            };
            match hop {
                Hop::Redirect(status, location) => {
                    let next = url.join(&location).map_err(|_| FetchError::BadRedirect(location.clone()))?;
                    if !matches!(next.scheme(), "http" | "https") {
                        return Err(FetchError::BadRedirect(next.to_string()));
                    }
                    if redirects.len() >= self.cfg.max_redirects {
                        return Err(FetchError::TooManyRedirects(self.cfg.max_redirects));
                    }
                    redirects.push((status, next.clone()));
                    url = next;
                }
                Hop::Done { status, headers, body, truncated } => {
                    return Ok(Response {
                        url: req.url.clone(),
                        final_url: url,
                        status,
                        request_headers,
                        headers,
                        body,
                        truncated,
                        fetched_at,
                        elapsed_ms: network.as_millis() as u64,
                        redirects,
                    });
                }
            }
        }
    }

    /// One request/response exchange, without following redirects.
    async fn hop(&self, purpose: Purpose, url: &Url, headers: &[(String, String)], max_body: usize) -> Result<Hop, FetchError> {
        let client = match purpose {
            Purpose::Article | Purpose::Epaper => &self.client,
            Purpose::Feed | Purpose::List | Purpose::Robots => &self.one_shot,
        };
        let mut rb = client.get(url.clone());
        for (k, v) in headers {
            rb = rb.header(k.as_str(), v.as_str());
        }
        let resp = rb.send().await.map_err(|e| self.classify(e))?;
        let status = resp.status().as_u16();
        let headers: Vec<(String, String)> = resp
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str().to_owned(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
            .collect();
        if matches!(status, 301 | 302 | 303 | 307 | 308) {
            let location = headers
                .iter()
                .find(|(k, _)| k == "location")
                .map(|(_, v)| v.clone())
                .ok_or_else(|| FetchError::BadRedirect("redirect without Location".into()))?;
            return Ok(Hop::Redirect(status, location));
        }
        let (body, truncated) = read_capped(resp, max_body).await.map_err(|e| self.classify(e))?;
        Ok(Hop::Done { status, headers, body, truncated })
    }

    /// Seeds the robots.txt cache with an answer fetched `age` ago (from the
    /// archive, after a restart). Answers older than their lifetime (24 h,
    /// or the short retry time of an unreachable one) are ignored; a host
    /// already cached keeps its entry. Returns whether it was used.
    pub fn prime_robots(&self, robots_url: &Url, status: u16, body: &[u8], age: Duration) -> bool {
        let rules = Rules::from_response(status, body);
        let Some(left) = rules.ttl().checked_sub(age).filter(|d| !d.is_zero()) else {
            return false;
        };
        let slot = self.robots.slot(&origin(robots_url));
        let Ok(mut cached) = slot.try_lock() else { return false };
        if cached.is_some() {
            return false;
        }
        self.budgets.set_crawl_delay(&authority(robots_url), rules.crawl_delay());
        *cached = Some(CachedRules { rules, expires: Instant::now() + left });
        true
    }

    /// Checks `url` against its host's robots.txt, fetching that first when
    /// it is not cached or has expired.
    async fn robots_allow(&self, url: &Url) -> Result<(), FetchError> {
        let origin = origin(url);
        let slot = self.robots.slot(&origin);
        let mut cached = slot.lock().await;
        let now = Instant::now();
        if !cached.as_ref().is_some_and(|c| c.fresh(now)) {
            let rules = self.fetch_robots(&origin).await;
            self.budgets.set_crawl_delay(&authority(url), rules.crawl_delay());
            let expires = Instant::now() + rules.ttl();
            *cached = Some(CachedRules { rules, expires });
        }
        let rules = &cached.as_ref().expect("filled above").rules;
        rules.check(url).map_err(|d| match d {
            RobotsDenial::Disallowed => FetchError::Robots,
            RobotsDenial::Unreachable(why) => FetchError::RobotsUnreachable(why),
        })
    }

    // Boxed because it calls `get`, which calls it (robots.txt requests themselves skip the check).
    fn fetch_robots<'a>(&'a self, origin: &'a str) -> Pin<Box<dyn Future<Output = Rules> + Send + 'a>> {
        Box::pin(async move {
            let Ok(url) = Url::parse(&format!("{origin}/robots.txt")) else {
                return Rules::AllowAll;
            };
            match self.get(&Request::new(url.clone(), Purpose::Robots)).await {
                Ok(resp) => {
                    if let Some(observe) = &self.robots_observer {
                        observe(&resp);
                    }
                    let rules = Rules::from_response(resp.status, &resp.body);
                    tracing::debug!(url = %url, status = resp.status, "robots.txt");
                    rules
                }
                // RFC 9309 §2.3.1.2: more redirects than followed means "unavailable".
                Err(FetchError::TooManyRedirects(_) | FetchError::BadRedirect(_)) => Rules::AllowAll,
                Err(e) => {
                    tracing::debug!(url = %url, error = %e, "robots.txt unreachable");
                    Rules::Unreachable(e.to_string())
                }
            }
        })
    }

    /// Refuses non-http(s) URLs, and private, loopback and link-local targets unless allowed.
    async fn check_url(&self, url: &Url) -> Result<(), FetchError> {
        if !matches!(url.scheme(), "http" | "https") {
            return Err(FetchError::BadRedirect(url.to_string()));
        }
        if self.cfg.allow_private_addresses {
            return Ok(());
        }
        let host = url.host_str().ok_or_else(|| FetchError::Dns(url.to_string()))?;
        let port = url.port_or_known_default().unwrap_or(80);
        let host_for_lookup = host.trim_start_matches('[').trim_end_matches(']');
        let addrs: Vec<IpAddr> = match host_for_lookup.parse::<IpAddr>() {
            Ok(ip) => vec![ip],
            Err(_) => tokio::net::lookup_host((host_for_lookup, port))
                .await
                .map_err(|e| FetchError::Dns(format!("{host}: {e}")))?
                .map(|a| a.ip())
                .collect(),
        };
        if let Some(ip) = addrs.iter().find(|ip| is_private(ip)) {
            return Err(FetchError::PrivateAddress(ip.to_string()));
        }
        Ok(())
    }

    fn classify(&self, e: reqwest::Error) -> FetchError {
        if e.is_timeout() {
            FetchError::Timeout(self.cfg.timeout.as_millis() as u64)
        } else if e.is_connect() {
            FetchError::Connect(error_chain(&e))
        } else if e.is_body() || e.is_decode() {
            FetchError::Body(error_chain(&e))
        } else if e.is_request() {
            // The connection was set up but the exchange failed (reset, closed before the headers).
            FetchError::Connect(error_chain(&e))
        } else {
            FetchError::Other(error_chain(&e))
        }
    }
}

/// `host:port`: the unit of the per-host budget.
pub fn authority(url: &Url) -> String {
    format!(
        "{}:{}",
        url.host_str().unwrap_or("").to_ascii_lowercase(),
        url.port_or_known_default().unwrap_or(0)
    )
}

/// `scheme://host:port`: the unit robots.txt applies to (RFC 9309 §2.3).
fn origin(url: &Url) -> String {
    format!("{}://{}", url.scheme(), authority(url))
}

fn is_private(ip: &IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || (v4.octets()[0] == 100 && (v4.octets()[1] & 0xc0) == 64)
        }
        IpAddr::V6(v6) => {
            v6.is_loopback()
                || v6.is_unspecified()
                || (v6.segments()[0] & 0xfe00) == 0xfc00
                || (v6.segments()[0] & 0xffc0) == 0xfe80
                || v6.to_ipv4_mapped().is_some_and(|v4| is_private(&IpAddr::V4(v4)))
        }
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(inner) = cur {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        cur = inner.source();
    }
    s
}

/// Reads at most `max` bytes of the (decompressed) body; the rest is never read.
async fn read_capped(mut resp: reqwest::Response, max: usize) -> Result<(Vec<u8>, bool), reqwest::Error> {
    let mut body = Vec::with_capacity(resp.content_length().map_or(8192, |n| n.min(max as u64) as usize));
    while let Some(chunk) = resp.chunk().await? {
        let room = max - body.len();
        if chunk.len() > room {
            body.extend_from_slice(&chunk[..room]);
            return Ok((body, true));
        }
        body.extend_from_slice(&chunk);
    }
    Ok((body, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_ranges() {
        for ip in ["127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.0.1", "169.254.1.1", "::1", "fd00::1", "100.64.0.1"] {
            assert!(is_private(&ip.parse().unwrap()), "{ip}");
        }
        for ip in ["202.108.22.5", "2400:da00::6666"] {
            assert!(!is_private(&ip.parse().unwrap()), "{ip}");
        }
    }
}
