//! The HTTP side: output feeds (Atom, RSS, JSON Feed), health, metrics, a small page.
//!
//! Entry point: [`router`]. Every response body is computed per request from
//! a read-only archive connection; a strong ETag (xxh3 of the body) lets
//! feed readers revalidate with `If-None-Match` and get `304 Not Modified`.

pub mod feeds;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::Utc;
use serde::Deserialize;
use xxhash_rust::xxh3::xxh3_128;

use crate::config::Config;
use crate::store::{FeedQuery, Store};

/// Counters the pipeline bumps and `/metrics` shows.
#[derive(Debug, Default)]
pub struct Metrics {
    pub polls_ok: AtomicU64,
    pub polls_not_modified: AtomicU64,
    pub polls_failed: AtomicU64,
    pub articles_new: AtomicU64,
    /// Polls waiting for admission (their host's gate or an overall slot).
    pub polls_waiting: AtomicU64,
    /// Polls admitted and running.
    pub polls_running: AtomicU64,
}

/// Counts one unit on a gauge for as long as it lives (also when the future
/// holding it is dropped, as at shutdown).
pub struct GaugeGuard<'a>(&'a AtomicU64);

impl<'a> GaugeGuard<'a> {
    pub fn new(g: &'a AtomicU64) -> GaugeGuard<'a> {
        g.fetch_add(1, Ordering::Relaxed);
        GaugeGuard(g)
    }
}

impl Drop for GaugeGuard<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Metrics {
    pub fn record_poll(&self, s: &crate::pipeline::PollSummary) {
        let c = if s.error.is_some() {
            &self.polls_failed
        } else if s.not_modified {
            &self.polls_not_modified
        } else {
            &self.polls_ok
        };
        c.fetch_add(1, Ordering::Relaxed);
        self.articles_new.fetch_add(s.new_articles as u64, Ordering::Relaxed);
    }
}

/// Shared state of the HTTP handlers.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub store: Arc<Store>,
    pub metrics: Arc<Metrics>,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/feed.atom", get(feed_atom))
        .route("/feed.rss", get(feed_rss))
        .route("/feed.json", get(feed_json))
        .route("/search", get(search))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .layer(tower_http::compression::CompressionLayer::new())
        .with_state(state)
}

#[derive(Debug, Deserialize, Default)]
pub struct FeedParams {
    source: Option<String>,
    region: Option<String>,
    q: Option<String>,
    limit: Option<usize>,
}

#[derive(Clone, Copy)]
enum Format {
    Atom,
    Rss,
    Json,
}

async fn feed_atom(s: State<AppState>, p: Query<FeedParams>, uri: Uri, h: HeaderMap) -> Response {
    feed(s, p, uri, h, Format::Atom).await
}
async fn feed_rss(s: State<AppState>, p: Query<FeedParams>, uri: Uri, h: HeaderMap) -> Response {
    feed(s, p, uri, h, Format::Rss).await
}
async fn feed_json(s: State<AppState>, p: Query<FeedParams>, uri: Uri, h: HeaderMap) -> Response {
    feed(s, p, uri, h, Format::Json).await
}

async fn feed(
    State(st): State<AppState>,
    Query(p): Query<FeedParams>,
    uri: Uri,
    headers: HeaderMap,
    format: Format,
) -> Response {
    let limit = p.limit.unwrap_or(st.config.server.feed_limit).clamp(1, 500);
    let q = FeedQuery {
        source: p.source.filter(|s| !s.is_empty()),
        region: p.region.filter(|s| !s.is_empty()),
        q: p.q.filter(|s| !s.trim().is_empty()),
        limit,
    };
    let store = st.store.clone();
    let entries = match tokio::task::spawn_blocking(move || store.reader()?.feed_entries(&q)).await {
        Ok(Ok(e)) => e,
        Ok(Err(e)) => return error(StatusCode::SERVICE_UNAVAILABLE, &e.to_string()),
        Err(e) => return error(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
    };
    let base = st.config.server.public_url.as_str();
    let self_url = format!(
        "{}{}",
        base.trim_end_matches('/'),
        uri.path_and_query().map(|pq| pq.as_str()).unwrap_or("/")
    );
    let updated = entries.iter().map(|e| e.updated_at).max().unwrap_or_else(|| {
        chrono::DateTime::<Utc>::from_timestamp(0, 0).expect("epoch")
    });
    let meta = feeds::FeedMeta { title: &st.config.server.title, base, self_url: &self_url, updated };
    let (body, ctype) = match format {
        Format::Atom => (feeds::atom(&meta, &entries), "application/atom+xml; charset=utf-8"),
        Format::Rss => (feeds::rss(&meta, &entries), "application/rss+xml; charset=utf-8"),
        Format::Json => (feeds::json_feed(&meta, &entries), "application/feed+json; charset=utf-8"),
    };
    with_etag(&headers, body, ctype)
}

/// A strong ETag over the exact body; `304` when the client already has it.
fn with_etag(req: &HeaderMap, body: String, ctype: &'static str) -> Response {
    let etag = format!("\"{:032x}\"", xxh3_128(body.as_bytes()));
    let matches = req
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let etag_value = HeaderValue::from_str(&etag).expect("hex ETag is a valid header");
    if matches {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag_value)]).into_response();
    }
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(ctype)),
            (header::ETAG, etag_value),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=60")),
        ],
        body,
    )
        .into_response()
}

fn error(status: StatusCode, msg: &str) -> Response {
    (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], format!("{msg}\n")).into_response()
}

#[derive(Debug, Deserialize)]
struct SearchParams {
    q: String,
    limit: Option<usize>,
}

async fn search(State(st): State<AppState>, Query(p): Query<SearchParams>) -> Response {
    let store = st.store.clone();
    let limit = p.limit.unwrap_or(20).clamp(1, 200);
    match tokio::task::spawn_blocking(move || store.reader()?.search(&p.q, limit)).await {
        Ok(Ok(hits)) => axum::Json(hits).into_response(),
        Ok(Err(e)) => error(StatusCode::SERVICE_UNAVAILABLE, &e.to_string()),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
    }
}

async fn healthz(State(st): State<AppState>) -> Response {
    let store = st.store.clone();
    match tokio::task::spawn_blocking(move || store.counts()).await {
        Ok(Ok(c)) => axum::Json(serde_json::json!({
            "status": "ok",
            "sources": c.sources,
            "failing_sources": c.failing_sources,
            "articles": c.articles,
            "stories": c.stories,
        }))
        .into_response(),
        Ok(Err(e)) => error(StatusCode::SERVICE_UNAVAILABLE, &e.to_string()),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
    }
}

async fn metrics(State(st): State<AppState>) -> Response {
    let store = st.store.clone();
    let counts = tokio::task::spawn_blocking(move || store.counts()).await.ok().and_then(Result::ok).unwrap_or_default();
    let m = &st.metrics;
    let mut out = String::new();
    let mut metric = |name: &str, kind: &str, help: &str, lines: &[(String, u64)]| {
        out.push_str(&format!("# HELP {name} {help}\n# TYPE {name} {kind}\n"));
        for (labels, v) in lines {
            out.push_str(&format!("{name}{labels} {v}\n"));
        }
    };
    metric(
        "baoku_polls_total",
        "counter",
        "Source polls since start, by outcome.",
        &[
            ("{outcome=\"ok\"}".into(), m.polls_ok.load(Ordering::Relaxed)),
            ("{outcome=\"not_modified\"}".into(), m.polls_not_modified.load(Ordering::Relaxed)),
            ("{outcome=\"error\"}".into(), m.polls_failed.load(Ordering::Relaxed)),
        ],
    );
    metric("baoku_articles_new_total", "counter", "Articles archived since start.", &[(String::new(), m.articles_new.load(Ordering::Relaxed))]);
    metric("baoku_polls_waiting", "gauge", "Polls waiting for their host or a free slot.", &[(String::new(), m.polls_waiting.load(Ordering::Relaxed))]);
    metric("baoku_polls_running", "gauge", "Polls running now.", &[(String::new(), m.polls_running.load(Ordering::Relaxed))]);
    metric("baoku_sources", "gauge", "Configured sources.", &[(String::new(), counts.sources as u64)]);
    metric("baoku_sources_failing", "gauge", "Sources whose last poll failed.", &[(String::new(), counts.failing_sources as u64)]);
    metric("baoku_articles", "gauge", "Articles in the archive.", &[(String::new(), counts.articles as u64)]);
    metric("baoku_stories", "gauge", "Stories in the archive.", &[(String::new(), counts.stories as u64)]);
    metric("baoku_captures", "gauge", "HTTP captures in the archive.", &[(String::new(), counts.captures as u64)]);
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], out).into_response()
}

async fn index(State(st): State<AppState>) -> Response {
    let store = st.store.clone();
    let q = FeedQuery { limit: 30, ..Default::default() };
    let entries = tokio::task::spawn_blocking(move || store.reader()?.feed_entries(&q)).await.ok().and_then(Result::ok).unwrap_or_default();
    use crate::extract::html_escape as esc;
    let mut html = format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{t}</title>\
         <link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.atom\">\
         <style>body{{font-family:sans-serif;max-width:50em;margin:2em auto}}li{{margin:.6em 0}}small{{color:#666}}</style></head>\
         <body><h1>{t}</h1><p><a href=\"feed.atom\">Atom</a> · <a href=\"feed.rss\">RSS</a> · <a href=\"feed.json\">JSON Feed</a> · \
         <a href=\"healthz\">health</a> · <a href=\"metrics\">metrics</a></p>\
         <form action=\"search\"><input name=\"q\" placeholder=\"搜索\"> <button>搜索</button></form><ol>",
        t = esc(&st.config.server.title)
    );
    for e in &entries {
        let also: Vec<&str> = e.also.iter().map(|(_, n, _)| n.as_str()).collect();
        html.push_str(&format!(
            "<li><a href=\"{}\">{}</a><br><small>{} · {}{}</small></li>",
            esc(&e.url),
            esc(&e.title),
            esc(&e.source_name),
            e.published_at.map(|p| p.with_timezone(&crate::dates::china()).format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default(),
            if also.is_empty() { String::new() } else { format!(" · 也见于 {}", esc(&also.join("、"))) }
        ));
    }
    html.push_str("</ol></body></html>");
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}
