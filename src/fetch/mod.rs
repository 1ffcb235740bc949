//! The one HTTP client every request goes through (feeds, pages, robots.txt).
//!
//! Callers hand it a [`Request`] and get a [`Response`] whose body is already
//! size-capped; nobody else touches reqwest. Bodies are streamed and cut at
//! `max_body_bytes` (also after decompression); redirects are followed by
//! hand so that each hop is checked (http/https only, private addresses
//! refused unless allowed, at most `max_redirects`).

pub mod decode;

use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use url::Url;

use crate::config::FetchConfig;

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
}

impl Request {
    pub fn new(url: Url, purpose: Purpose) -> Request {
        Request { url, purpose, source: None, etag: None, last_modified: None }
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

/// Why a request produced no response.
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
    #[error("{0}")]
    Other(String),
}

impl FetchError {
    /// A short stable name, stored as the source's last error kind.
    pub fn kind(&self) -> &'static str {
        match self {
            FetchError::Timeout(_) => "timeout",
            FetchError::Connect(_) => "connect",
            FetchError::TooManyRedirects(_) => "redirect-loop",
            FetchError::BadRedirect(_) => "bad-redirect",
            FetchError::PrivateAddress(_) => "private-address",
            FetchError::Dns(_) => "dns",
            FetchError::Body(_) => "body",
            FetchError::Robots => "robots",
            FetchError::Other(_) => "other",
        }
    }
}

/// The HTTP client. Cheap to clone.
#[derive(Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    cfg: Arc<FetchConfig>,
    user_agent: String,
}

impl Fetcher {
    pub fn new(cfg: &FetchConfig) -> Result<Fetcher, FetchError> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let user_agent = if cfg.user_agent_contact.is_empty() {
            format!("baoku/{} (+https://github.com/baoku)", env!("CARGO_PKG_VERSION"))
        } else {
            format!("baoku/{} (+{})", env!("CARGO_PKG_VERSION"), cfg.user_agent_contact)
        };
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(cfg.connect_timeout)
            .user_agent(user_agent.clone())
            .gzip(true)
            .brotli(true)
            .deflate(true)
            .zstd(true)
            .build()
            .map_err(|e| FetchError::Other(e.to_string()))?;
        Ok(Fetcher { client, cfg: Arc::new(cfg.clone()), user_agent })
    }

    pub fn user_agent(&self) -> &str {
        &self.user_agent
    }

    /// GET with redirects followed by hand and the body capped.
    pub async fn get(&self, req: &Request) -> Result<Response, FetchError> {
        let started = Instant::now();
        let fetched_at = Utc::now();
        let total = self.cfg.timeout;
        match tokio::time::timeout(total, self.get_inner(req, started, fetched_at)).await {
            Ok(r) => r,
            Err(_) => Err(FetchError::Timeout(total.as_millis() as u64)),
        }
    }

    async fn get_inner(
        &self,
        req: &Request,
        started: Instant,
        fetched_at: DateTime<Utc>,
    ) -> Result<Response, FetchError> {
        let mut url = req.url.clone();
        let mut redirects = Vec::new();
        loop {
            self.check_url(&url).await?;
            let mut request_headers = vec![("User-Agent".to_owned(), self.user_agent.clone())];
            if redirects.is_empty() {
                if let Some(e) = &req.etag {
                    request_headers.push(("If-None-Match".into(), e.clone()));
                }
                if let Some(lm) = &req.last_modified {
                    request_headers.push(("If-Modified-Since".into(), lm.clone()));
                }
            }
            let mut rb = self.client.get(url.clone());
            for (k, v) in &request_headers[1..] {
                rb = rb.header(k.as_str(), v.as_str());
            }
            let resp = rb.send().await.map_err(classify)?;
            let status = resp.status().as_u16();
            let headers: Vec<(String, String)> = resp
                .headers()
                .iter()
                .map(|(k, v)| (k.as_str().to_owned(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
                .collect();
            if matches!(status, 301 | 302 | 303 | 307 | 308) {
                let loc = headers
                    .iter()
                    .find(|(k, _)| k == "location")
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| FetchError::BadRedirect("redirect without Location".into()))?;
                let next = url
                    .join(&loc)
                    .map_err(|_| FetchError::BadRedirect(loc.clone()))?;
                if !matches!(next.scheme(), "http" | "https") {
                    return Err(FetchError::BadRedirect(next.to_string()));
                }
                if redirects.len() >= self.cfg.max_redirects {
                    return Err(FetchError::TooManyRedirects(self.cfg.max_redirects));
                }
                redirects.push((status, next.clone()));
                url = next;
                continue;
            }
            let (body, truncated) = read_capped(resp, self.cfg.max_body_bytes).await?;
            return Ok(Response {
                url: req.url.clone(),
                final_url: url,
                status,
                request_headers,
                headers,
                body,
                truncated,
                fetched_at,
                elapsed_ms: started.elapsed().as_millis() as u64,
                redirects,
            });
        }
    }

    /// Refuses private, loopback and link-local targets unless allowed.
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

fn classify(e: reqwest::Error) -> FetchError {
    if e.is_timeout() {
        FetchError::Timeout(0)
    } else if e.is_connect() {
        FetchError::Connect(error_chain(&e))
    } else {
        FetchError::Other(error_chain(&e))
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

/// Reads at most `max` bytes of the (decompressed) body.
async fn read_capped(mut resp: reqwest::Response, max: usize) -> Result<(Vec<u8>, bool), FetchError> {
    let mut body = Vec::new();
    loop {
        match resp.chunk().await {
            Ok(Some(chunk)) => {
                let room = max - body.len();
                if chunk.len() > room {
                    body.extend_from_slice(&chunk[..room]);
                    return Ok((body, true));
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok((body, false)),
            Err(e) => return Err(FetchError::Body(error_chain(&e))),
        }
    }
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
