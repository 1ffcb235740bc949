//! One poll of one source, stage by stage: the only place that knows the order.
//!
//! fetch (conditional GET) → capture → decode → discover → for each new entry:
//! fetch article → capture → decode → extract → store → dedup → story.
//! Every failure is recorded on the source (poll row, error count, next poll
//! time); none of them escapes to stop other sources.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use tracing::Instrument;
use url::Url;

use crate::config::{Config, SourceConfig, SourceKind};
use crate::dedup;
use crate::discover::{self, Discovered, Entry};
use crate::extract;
use crate::fetch::{self, Fetcher, Purpose, Request, Response};
use crate::scheduler;
use crate::store::{CacheEntry, CaptureRecord, NewArticle, PollRecord, Store, Upsert};

/// Everything a poll needs; shared by all source tasks.
pub struct Context {
    pub config: Arc<Config>,
    pub store: Arc<Store>,
    pub fetcher: Fetcher,
    /// The dedup index. An async mutex, held from the decision until the
    /// story is written and the article indexed: two copies of one story
    /// arriving at once from two sources must not both start a story.
    pub dedup: tokio::sync::Mutex<dedup::Index>,
    /// Source key → archive id.
    pub source_ids: HashMap<String, i64>,
    pub metrics: Arc<crate::serve::Metrics>,
    /// Which polls may run now (see [`PollGates`]).
    gates: PollGates,
}

/// Admission of polls. A running poll holds its whole state (tens of KB);
/// thousands of sources falling due together (a daemon's first minute)
/// would otherwise all be in memory at once, most of them only waiting for
/// their host's turn. So a poll first waits, small, for its feed host
/// ([`fetch::HostBudgets::admit_poll`]: as many polls per host as
/// `per_host_concurrency`), then for one of `4 × max_connections` slots
/// overall. A poll holding a slot therefore never waits behind another poll
/// of its own host, and one slow or crowded host cannot take the slots of
/// the others.
struct PollGates {
    slots: Arc<tokio::sync::Semaphore>,
}

impl PollGates {
    fn new(cfg: &crate::config::FetchConfig) -> PollGates {
        PollGates { slots: Arc::new(tokio::sync::Semaphore::new(cfg.max_connections.max(1) * 4)) }
    }

    async fn enter(&self, budgets: &fetch::HostBudgets, url: &Url) -> (tokio::sync::OwnedSemaphorePermit, tokio::sync::OwnedSemaphorePermit) {
        let host = budgets.admit_poll(&fetch::authority(url)).await;
        let slot = self.slots.clone().acquire_owned().await.expect("poll gates are never closed");
        (host, slot)
    }
}

impl Context {
    /// Opens what a poll needs: syncs the configured sources into the archive
    /// and rebuilds the dedup index from it.
    pub fn new(config: Arc<Config>, store: Arc<Store>) -> Result<Context, crate::daemon::StartError> {
        let fetcher = Fetcher::new(&config.fetch).map_err(|e| crate::daemon::StartError::Fetcher(e.to_string()))?;
        Context::with_fetcher(config, store, fetcher)
    }

    /// As [`Context::new`], with a fetcher built by the caller (benchmarks
    /// resolving many host names to one local server).
    pub fn with_fetcher(config: Arc<Config>, store: Arc<Store>, fetcher: Fetcher) -> Result<Context, crate::daemon::StartError> {
        let fetcher = fetcher.with_robots_observer(robots_archiver(store.clone()));
        prime_robots(&fetcher, &store)?;
        let source_ids = store.sync_sources(&config.sources)?;
        let index = dedup::Index::load_with(&store, config.dedup_urls.clone())?;
        let gates = PollGates::new(&config.fetch);
        Ok(Context {
            config,
            store,
            fetcher,
            dedup: tokio::sync::Mutex::new(index),
            source_ids,
            metrics: Arc::default(),
            gates,
        })
    }
}

/// Reuses the robots.txt answers archived in the last day, so a restart does
/// not ask every host again.
fn prime_robots(fetcher: &Fetcher, store: &Store) -> Result<(), crate::store::StoreError> {
    let now = Utc::now();
    let mut primed = 0;
    for r in store.recent_robots(now - chrono::Duration::hours(24))? {
        let Ok(url) = url::Url::parse(&r.url) else { continue };
        let age = (now - r.fetched_at).to_std().unwrap_or_default();
        primed += usize::from(fetcher.prime_robots(&url, r.status, &r.body, age));
    }
    if primed > 0 {
        tracing::info!(hosts = primed, "robots.txt answers reused from the archive");
    }
    Ok(())
}

/// Archives each robots.txt response as a capture (purpose `robots`, no source:
/// one host's robots.txt serves every source on it).
fn robots_archiver(store: Arc<Store>) -> fetch::RobotsObserver {
    Arc::new(move |resp: &Response| {
        // A direct (blocking) write on the runtime thread: it happens once per
        // host a day, and being synchronous it is stored before the poll that
        // needed the robots.txt goes on (a one-shot round cannot exit first).
        let decoded = resp.is_success().then(|| resp.decode());
        let charset = decoded.as_ref().map(|d| (d.charset, d.reason.as_str()));
        let record = capture_record(None, Purpose::Robots, resp, charset);
        if let Err(e) = store.insert_capture(&record) {
            tracing::warn!(url = %resp.url, error = %e, "robots.txt capture not stored");
        }
    })
}

/// What a poll did, for logs and the schedule.
#[derive(Debug, Clone, Default)]
pub struct PollSummary {
    pub entries: usize,
    pub new_articles: usize,
    pub not_modified: bool,
    pub error: Option<(String, String)>,
    pub next_poll_at: Option<DateTime<Utc>>,
}

/// Why a poll failed, with the kind stored on the source.
#[derive(Debug, thiserror::Error)]
enum PollError {
    #[error(transparent)]
    Fetch(#[from] fetch::FetchError),
    #[error(transparent)]
    Discover(#[from] discover::DiscoverError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// A response whose status means failure, as the error recorded on the source.
fn status_error(resp: &Response) -> PollError {
    PollError::Fetch(fetch::FetchError::Http { status: resp.status, retry_after: resp.retry_after() })
}

impl PollError {
    fn kind(&self) -> String {
        match self {
            PollError::Fetch(e) => e.kind().into_owned(),
            PollError::Discover(e) => e.kind().to_owned(),
            PollError::Store(_) => "archive".to_owned(),
        }
    }
}

/// Runs a blocking archive call off the async threads.
async fn db<T: Send + 'static>(
    store: &Arc<Store>,
    f: impl FnOnce(&Store) -> crate::store::Result<T> + Send + 'static,
) -> crate::store::Result<T> {
    let store = store.clone();
    tokio::task::spawn_blocking(move || f(&store)).await.expect("archive task panicked")
}

/// Polls one source once and records the outcome. Never fails: errors are
/// recorded on the source and returned in the summary.
pub async fn poll_source(ctx: &Context, source: &SourceConfig) -> PollSummary {
    let started_at = Utc::now();
    let source_id = ctx.source_ids[&source.key];
    let span = tracing::info_span!("poll", source = %source.key);
    poll_source_in(ctx, source, source_id, started_at).instrument(span).await
}

async fn poll_source_in(
    ctx: &Context,
    source: &SourceConfig,
    source_id: i64,
    started_at: DateTime<Utc>,
) -> PollSummary {
    let result = poll_inner(ctx, source, source_id).await;
    let finished_at = Utc::now();
    let previous = db(&ctx.store, move |s| s.poll_state(source_id)).await.ok().flatten();
    let mut summary = PollSummary::default();
    let mut outcome = scheduler::Outcome::default();
    match &result {
        Ok(r) => {
            summary.entries = r.entries;
            summary.new_articles = r.new_articles;
            summary.not_modified = r.not_modified;
            outcome.new_entries = r.new_articles;
            outcome.since_last_poll =
                previous.as_ref().and_then(|p| p.last_poll_at).and_then(|t| (finished_at - t).to_std().ok());
            outcome.ttl = r.ttl;
            outcome.max_age = r.max_age;
            tracing::info!(entries = r.entries, new = r.new_articles, not_modified = r.not_modified, elapsed_ms = (finished_at - started_at).num_milliseconds(), "polled");
        }
        Err(e) => {
            outcome.failed = true;
            outcome.error_count = previous.as_ref().map_or(0, |p| p.error_count as u32) + 1;
            match e {
                PollError::Fetch(f) => outcome.retry_after = f.retry_after(),
                _ => {}
            }
            summary.error = Some((e.kind(), e.to_string()));
            tracing::warn!(error = %e, kind = %e.kind(), "poll failed");
        }
    }
    let prev_interval = previous
        .as_ref()
        .and_then(|p| p.interval_secs)
        .map(|s| Duration::from_secs(s.max(0) as u64));
    let (next, interval) = scheduler::next_poll(finished_at, prev_interval, &outcome, source, &ctx.config.schedule);
    summary.next_poll_at = Some(next);
    let ok = result.as_ref().ok();
    let record = PollRecord {
        started_at,
        finished_at,
        error: summary.error.clone(),
        not_modified: summary.not_modified,
        entries: summary.entries,
        new_articles: summary.new_articles,
        next_poll_at: next,
        interval_secs: interval.as_secs() as i64,
        title: ok.and_then(|r| r.title.clone()),
        site_url: ok.and_then(|r| r.site_url.clone()),
    };
    if let Err(e) = db(&ctx.store, move |s| s.record_poll(source_id, &record)).await {
        tracing::error!(error = %e, "cannot record poll");
    }
    ctx.metrics.record_poll(&summary);
    summary
}

#[derive(Debug, Default)]
struct Polled {
    entries: usize,
    new_articles: usize,
    not_modified: bool,
    ttl: Option<Duration>,
    max_age: Option<Duration>,
    title: Option<String>,
    site_url: Option<String>,
}

async fn poll_inner(ctx: &Context, source: &SourceConfig, source_id: i64) -> Result<Polled, PollError> {
    // A permanent redirect seen on three polls in a row is polled directly.
    let url = db(&ctx.store, move |s| s.poll_url(source_id))
        .await?
        .and_then(|u| Url::parse(&u).ok())
        .unwrap_or_else(|| source.url.clone());
    let cache = {
        let u = url.to_string();
        db(&ctx.store, move |s| s.http_cache(&u)).await?
    };
    let req = Request::for_source(url.clone(), purpose_of(source.kind), source).with_cache(cache.as_ref());
    let resp = ctx.fetcher.get(&req).await?;
    let decoded = resp.is_success().then(|| resp.decode());
    capture(ctx, Some(source_id), req.purpose, &resp, decoded.as_ref()).await?;
    let max_age = resp.max_age();
    if !resp.is_success() && !resp.not_modified() {
        return Err(status_error(&resp));
    }
    if resp.truncated {
        // A feed or list page cut at the limit cannot be read whole.
        return Err(fetch::FetchError::TooLarge(ctx.config.fetch.max_body_bytes).into());
    }
    let redirect = resp.permanent_redirect().map(|u| u.to_string());
    if let Some(adopted) = db(&ctx.store, move |s| s.note_permanent_redirect(source_id, redirect.as_deref())).await? {
        tracing::warn!(url = %adopted, "permanent redirect seen on 3 polls in a row: now polling the new URL; update the config");
    }
    if resp.freshness(cache.as_ref()).unchanged() {
        // 304, or the server ignored the validators but sent the same bytes.
        remember_validators(ctx, &resp, cache.as_ref()).await?;
        return Ok(Polled { not_modified: true, max_age, ..Default::default() });
    }
    let decoded = decoded.expect("decoded for success");
    let found: Discovered = match source.kind {
        SourceKind::Feed => discover::feed::parse(&decoded.text, &resp.final_url)?,
        SourceKind::List => {
            discover::list::parse(&decoded.text, &resp.final_url, source.preset.as_deref(), &source.selectors)?
        }
        SourceKind::Epaper => crawl_epaper(ctx, source, source_id, &resp.final_url, &decoded.text).await?,
    };
    let guids: Vec<String> = found.entries.iter().map(|e| e.guid.clone()).collect();
    let known = {
        let g = guids.clone();
        db(&ctx.store, move |s| s.known_guids(source_id, &g)).await?
    };
    let seen_at = Utc::now();
    let known_guids: Vec<String> = guids.iter().zip(&known).filter(|(_, k)| **k).map(|(g, _)| g.clone()).collect();
    db(&ctx.store, move |s| s.touch_articles(source_id, &known_guids, seen_at)).await?;

    let mut new_articles = 0;
    let mut page_budget = ctx.config.fetch.max_articles_per_poll;
    // Oldest first, so that arrival order follows publication order.
    let mut fresh: Vec<&Entry> = found.entries.iter().zip(&known).filter(|(_, k)| !**k).map(|(e, _)| e).collect();
    fresh.reverse();
    fresh.sort_by_key(|e| e.published);
    let mut deferred = 0;
    for entry in fresh {
        let wants_page = source.fetch_articles && entry.url.is_some();
        let has_feed_text = entry.content_html.is_some() || entry.summary.is_some();
        if wants_page && page_budget == 0 && !has_feed_text {
            // Nothing to archive without its page: the next poll takes it.
            deferred += 1;
            continue;
        }
        let fetch_page = wants_page && page_budget > 0;
        if fetch_page {
            page_budget -= 1;
        }
        match archive_entry(ctx, source, source_id, entry, fetch_page).await {
            Ok(n) => new_articles += n,
            Err(e) => tracing::warn!(url = entry.url.as_deref().unwrap_or(""), error = %e, "entry not archived"),
        }
    }
    if deferred > 0 {
        // Forget the validators so that the next poll reads this page again.
        tracing::info!(deferred, "article pages left for the next poll (max_articles_per_poll)");
        let url = resp.url.to_string();
        db(&ctx.store, move |s| s.forget_http_cache(&url)).await?;
    } else {
        remember_validators(ctx, &resp, cache.as_ref()).await?;
    }
    Ok(Polled {
        entries: found.entries.len(),
        new_articles,
        not_modified: false,
        ttl: found.ttl_minutes.map(|m| Duration::from_secs(u64::from(m) * 60)),
        max_age,
        title: found.title,
        site_url: found.site_url,
    })
}

/// Most pages an e-paper edition is crawled through in one poll.
const MAX_EPAPER_PAGES: usize = 64;

/// Follows an e-paper's entry page to today's edition and collects the
/// articles of every page (版面) it lists.
async fn crawl_epaper(
    ctx: &Context,
    source: &SourceConfig,
    source_id: i64,
    url: &Url,
    html: &str,
) -> Result<Discovered, PollError> {
    use discover::epaper::parse_page;
    let mut here = url.clone();
    let mut page = parse_page(html, &here, &source.selectors)?;
    let mut hops = 0;
    while page.pages.is_empty() && page.articles.is_empty() {
        let Some(next) = page.redirect.clone() else { break };
        hops += 1;
        if hops > 6 {
            return Err(fetch::FetchError::TooManyRedirects(6).into());
        }
        let (final_url, text) = fetch_text(ctx, source, source_id, next, Purpose::Epaper).await?;
        page = parse_page(&text, &final_url, &source.selectors)?;
        here = final_url;
    }
    let mut seen: std::collections::HashSet<String> = page.articles.iter().map(|e| e.guid.clone()).collect();
    let mut entries = page.articles;
    let mut crawled = 0;
    for (label, page_url) in page.pages.iter().filter(|(_, u)| *u != here).take(MAX_EPAPER_PAGES) {
        crawled += 1;
        match fetch_text(ctx, source, source_id, page_url.clone(), Purpose::Epaper).await {
            Ok((final_url, text)) => match parse_page(&text, &final_url, &source.selectors) {
                Ok(p) => entries.extend(p.articles.into_iter().filter(|e| seen.insert(e.guid.clone()))),
                Err(e) => tracing::warn!(url = %page_url, page = %label, error = %e, "e-paper page not read"),
            },
            Err(e) => tracing::warn!(url = %page_url, page = %label, error = %e, "e-paper page not fetched"),
        }
    }
    if entries.is_empty() {
        return Err(discover::DiscoverError::NoEntries(format!(
            "no articles found in the e-paper edition at {here} ({crawled} pages crawled)"
        ))
        .into());
    }
    Ok(Discovered { title: None, site_url: Some(here.to_string()), ttl_minutes: None, entries })
}

/// GET, capture and decode one page; HTTP errors are errors.
async fn fetch_text(
    ctx: &Context,
    source: &SourceConfig,
    source_id: i64,
    url: Url,
    purpose: Purpose,
) -> Result<(Url, String), PollError> {
    let req = Request::for_source(url, purpose, source);
    let resp = ctx.fetcher.get(&req).await?;
    let decoded = resp.is_success().then(|| resp.decode());
    capture(ctx, Some(source_id), purpose, &resp, decoded.as_ref()).await?;
    match decoded {
        Some(d) => Ok((resp.final_url.clone(), d.text)),
        None => Err(status_error(&resp)),
    }
}

fn purpose_of(kind: SourceKind) -> Purpose {
    match kind {
        SourceKind::Feed => Purpose::Feed,
        SourceKind::List => Purpose::List,
        SourceKind::Epaper => Purpose::Epaper,
    }
}

/// Stores what the response says about its URL for the next conditional GET
/// (nothing for errors and cut bodies; a 304 keeps what it does not resend).
async fn remember_validators(ctx: &Context, resp: &Response, cached: Option<&CacheEntry>) -> Result<(), PollError> {
    if let Some(entry) = resp.cache_entry(cached) {
        let url = resp.url.to_string();
        db(&ctx.store, move |s| s.set_http_cache(&url, &entry)).await?;
    }
    Ok(())
}

async fn capture(
    ctx: &Context,
    source_id: Option<i64>,
    purpose: Purpose,
    resp: &Response,
    decoded: Option<&fetch::decode::Decoded>,
) -> Result<i64, PollError> {
    let resp = resp.clone();
    let charset = decoded.map(|d| (d.charset.to_owned(), d.reason.as_str().to_owned()));
    let id = db(&ctx.store, move |s| {
        let charset = charset.as_ref().map(|c| (c.0.as_str(), c.1.as_str()));
        s.insert_capture(&capture_record(source_id, purpose, &resp, charset))
    })
    .await?;
    Ok(id)
}

/// The archive's record of a response: `charset` is (name, reason) when decoded.
fn capture_record<'a>(
    source_id: Option<i64>,
    purpose: Purpose,
    resp: &'a Response,
    charset: Option<(&'a str, &'a str)>,
) -> CaptureRecord<'a> {
    CaptureRecord {
        source_id,
        purpose: purpose.as_str(),
        url: resp.url.as_str(),
        final_url: resp.final_url.as_str(),
        status: resp.status,
        request_headers: &resp.request_headers,
        response_headers: &resp.headers,
        fetched_at: resp.fetched_at,
        elapsed_ms: resp.elapsed_ms,
        body: &resp.body,
        truncated: resp.truncated,
        charset: charset.map(|c| c.0),
        charset_reason: charset.map(|c| c.1),
    }
}

/// Archives one new entry (fetching its page when asked); returns how many
/// articles were added (a page can hold several).
async fn archive_entry(
    ctx: &Context,
    source: &SourceConfig,
    source_id: i64,
    entry: &Entry,
    fetch_page: bool,
) -> Result<usize, PollError> {
    let fetched_at = Utc::now();
    let url = entry.url.clone().unwrap_or_default();
    let canonical = dedup::canonical::canonical_url(&url, &ctx.config.dedup_urls).unwrap_or_else(|| url.clone());
    let feed_text = entry
        .content_html
        .as_deref()
        .or(entry.summary.as_deref())
        .map(html_to_text)
        .unwrap_or_default();
    let mut base = NewArticle {
        source_id,
        guid: entry.guid.clone(),
        url: url.clone(),
        canonical_url: canonical,
        title: entry.title.clone(),
        authors: entry.authors.clone(),
        categories: entry.categories.clone(),
        summary: entry.summary.as_deref().map(html_to_text).filter(|s| !s.is_empty()),
        published_at: entry.published,
        date_only: entry.date_only,
        updated_at: entry.updated,
        fetched_at,
        text: feed_text,
        content_html: entry.content_html.clone(),
        text_from: "feed",
        ..Default::default()
    };
    let mut articles = Vec::new();
    if fetch_page {
        match fetch_article(ctx, source, source_id, &url).await {
            Ok((capture_id, charset, reason, found)) => {
                base.capture_id = Some(capture_id);
                base.charset = Some(charset);
                base.charset_reason = Some(reason);
                for (i, x) in found.into_iter().enumerate() {
                    let mut a = base.clone();
                    if i > 0 {
                        // A second story on the same page.
                        a.guid = format!("{}#{}", base.guid, i + 1);
                        a.title = String::new();
                    }
                    merge_extracted(&mut a, x);
                    credit_own_reporting(&mut a, &source.name);
                    articles.push(a);
                }
            }
            Err(e) if base.text.is_empty() => {
                // A list or e-paper entry has no text but its page: retry next poll.
                return Err(e);
            }
            Err(e) => {
                tracing::warn!(url = %url, error = %e, "article page not fetched; keeping the feed's text");
            }
        }
    }
    if articles.is_empty() {
        articles.push(base);
    }
    let mut added = 0;
    for a in articles {
        let doc_source = source.key.clone();
        let a2 = a.clone();
        let up = db(&ctx.store, move |s| s.upsert_article(&a2)).await?;
        if let Upsert::Inserted(id) = up {
            added += 1;
            let doc = dedup::Doc {
                id,
                title: a.title.clone(),
                text: a.text.clone(),
                source: doc_source,
                published: a.published_at.or(Some(a.fetched_at)),
                url: Some(a.url.clone()),
                guid: Some(a.guid.clone()),
                credited: a.credited.clone(),
            };
            let mut index = ctx.dedup.lock().await;
            // Every relation is recorded and the signature stored, so a
            // restart rebuilds this index without re-reading texts.
            let (entry, matches) = index.judge(&doc);
            let version = index.signature_version();
            let (e2, m2) = (entry.clone(), matches.clone());
            db(&ctx.store, move |s| s.file_article(id, &m2, version, &e2)).await?;
            index.insert_entry(id, &entry, matches.first());
        }
    }
    Ok(added)
}

/// Fetches and extracts an article page.
async fn fetch_article(
    ctx: &Context,
    source: &SourceConfig,
    source_id: i64,
    url: &str,
) -> Result<(i64, String, String, Vec<extract::Extracted>), PollError> {
    let u = Url::parse(url).map_err(|e| fetch::FetchError::Other(format!("bad article URL {url}: {e}")))?;
    let req = Request::for_source(u, Purpose::Article, source);
    let resp = ctx.fetcher.get(&req).await?;
    let decoded = resp.is_success().then(|| resp.decode());
    let capture_id = capture(ctx, Some(source_id), Purpose::Article, &resp, decoded.as_ref()).await?;
    if !resp.is_success() {
        return Err(status_error(&resp));
    }
    let decoded = decoded.expect("decoded for success");
    let final_url = resp.final_url.clone();
    let preset = source.preset.clone();
    let selectors = source.selectors.clone();
    let html = decoded.text;
    let found = tokio::task::spawn_blocking(move || {
        extract::extract(
            &html,
            &extract::Options {
                url: Some(&final_url),
                preset: preset.as_deref(),
                selectors: Some(&selectors),
                // China's time: a page's `03-12` is that day in Beijing.
                fetched: chrono::FixedOffset::east_opt(8 * 3600)
                    .map(|cst| crate::dates::Stamp { at: Utc::now().with_timezone(&cst), date_only: false }),
            },
        )
    })
    .await
    .expect("extract task panicked");
    Ok((capture_id, decoded.charset.to_owned(), decoded.reason.as_str().to_owned(), found))
}

/// The page's extraction wins for the body when it found more than the feed
/// carried; the feed's own fields win where the page has nothing.
fn merge_extracted(a: &mut NewArticle, x: extract::Extracted) {
    if a.title.is_empty() {
        if let Some(t) = x.title.clone() {
            a.title = t;
        }
    }
    if x.text.chars().count() >= a.text.chars().count() / 2 && !x.text.is_empty() {
        a.text = x.text;
        a.content_html = Some(x.content_html).filter(|h| !h.is_empty()).or(a.content_html.take());
        a.text_from = "page";
    }
    a.subtitle = x.subtitle;
    a.kicker = x.kicker;
    if !x.authors.is_empty() {
        a.authors = x.authors;
    }
    a.editors = x.editors;
    // A list page or e-paper gives only the day; the page may know the time.
    let page_is_finer = a.date_only && x.published.is_some_and(|st| !st.date_only);
    if a.published_at.is_none() || page_is_finer {
        if let Some(st) = x.published {
            a.published_at = Some(st.at.with_timezone(&Utc));
            a.date_only = st.date_only;
        }
    }
    a.credited = x.source;
    a.original_url = x.original_url;
    a.fingerprint = dedup::fingerprint(&a.text).map(|f| format!("{f:016x}"));
}

/// `本报讯` / `本报记者` with no paper named means "this paper": the copy
/// credits its own publisher, which makes it the origin of reprints.
fn credit_own_reporting(a: &mut NewArticle, publisher: &str) {
    if a.credited.is_some() {
        return;
    }
    let head: String = a.text.chars().take(80).collect();
    if head.contains("本报讯") || head.contains("本报记者") || head.trim_start().starts_with("本报") {
        a.credited = Some(publisher.to_owned());
    }
}

/// Plain text of a feed's HTML content: block elements become line breaks.
pub fn html_to_text(html: &str) -> String {
    let frag = scraper::Html::parse_fragment(html);
    let mut out = String::new();
    for node in frag.root_element().descendants() {
        match node.value() {
            scraper::Node::Text(t) => out.push_str(t),
            scraper::Node::Element(e) if matches!(e.name(), "p" | "br" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "tr") => {
                out.push('\n')
            }
            _ => {}
        }
    }
    out.lines()
        .map(crate::text::squash_ws)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// [`poll_source`] in its own task: a panic anywhere in the stages (a parser
/// bug on a hostile page) is recorded as a failed poll of that source and
/// retried later, instead of ending the source's polling for good.
pub async fn poll_source_guarded(ctx: Arc<Context>, source: SourceConfig) -> PollSummary {
    let waiting = crate::serve::GaugeGuard::new(&ctx.metrics.polls_waiting);
    // Held until the poll is over.
    let _admitted = ctx.gates.enter(ctx.fetcher.budgets(), &source.url).await;
    drop(waiting);
    let _running = crate::serve::GaugeGuard::new(&ctx.metrics.polls_running);
    let task = {
        let (ctx, source) = (ctx.clone(), source.clone());
        tokio::spawn(async move { poll_source(&ctx, &source).await })
    };
    match task.await {
        Ok(summary) => summary,
        Err(e) => {
            let message = if e.is_panic() { "internal error while polling (panic)".to_owned() } else { e.to_string() };
            tracing::error!(source = %source.key, error = %message, "poll aborted");
            let now = Utc::now();
            let retry = ctx.config.schedule.min_interval.max(Duration::from_secs(600));
            let next = now + chrono::Duration::from_std(retry).unwrap_or(chrono::Duration::minutes(10));
            let error = Some(("internal".to_owned(), message));
            let record = PollRecord {
                started_at: now,
                finished_at: now,
                error: error.clone(),
                not_modified: false,
                entries: 0,
                new_articles: 0,
                next_poll_at: next,
                interval_secs: retry.as_secs() as i64,
                title: None,
                site_url: None,
            };
            if let Some(&id) = ctx.source_ids.get(&source.key) {
                let _ = db(&ctx.store, move |s| s.record_poll(id, &record)).await;
            }
            let summary = PollSummary { error, next_poll_at: Some(next), ..Default::default() };
            ctx.metrics.record_poll(&summary);
            summary
        }
    }
}

/// One round over every source, at most `parallel` at a time.
pub async fn poll_all(ctx: &Arc<Context>, parallel: usize) -> Vec<(String, PollSummary)> {
    use futures_util::StreamExt;
    let sources = ctx.config.sources.clone();
    futures_util::stream::iter(sources)
        .map(|s| {
            let ctx = ctx.clone();
            async move {
                let key = s.key.clone();
                (key, poll_source_guarded(ctx, s).await)
            }
        })
        .buffer_unordered(parallel.max(1))
        .collect()
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_time_refines_a_list_date_but_not_a_feed_time() {
        let day = crate::dates::parse("2024-05-13").unwrap();
        let precise = crate::dates::parse("2024-05-13 16:00").unwrap();
        let mut a = NewArticle {
            published_at: Some(day.at.with_timezone(&Utc)),
            date_only: true,
            text: "列表".into(),
            ..Default::default()
        };
        merge_extracted(&mut a, extract::Extracted { published: Some(precise), ..Default::default() });
        assert_eq!(a.published_at.map(crate::store::ts).as_deref(), Some("2024-05-13T08:00:00Z"));
        assert!(!a.date_only);
        // A feed's own time is kept over the page's.
        let feed_time = crate::dates::parse("2024-05-13 09:00").unwrap().at.with_timezone(&Utc);
        let mut b = NewArticle { published_at: Some(feed_time), ..Default::default() };
        merge_extracted(&mut b, extract::Extracted { published: Some(precise), ..Default::default() });
        assert_eq!(b.published_at, Some(feed_time));
    }

    #[test]
    fn own_reporting_credits_the_publisher() {
        let mut a = NewArticle { text: "本报讯(记者 李华)全省春季造林绿化工作全面展开。".into(), ..Default::default() };
        credit_own_reporting(&mut a, "河北日报");
        assert_eq!(a.credited.as_deref(), Some("河北日报"));
        let mut b = NewArticle { text: "新华社北京3月28日电 会议召开。".into(), ..Default::default() };
        credit_own_reporting(&mut b, "河北日报");
        assert_eq!(b.credited, None);
        let mut c = NewArticle { text: "本报讯…".into(), credited: Some("石家庄日报".into()), ..Default::default() };
        credit_own_reporting(&mut c, "河北日报");
        assert_eq!(c.credited.as_deref(), Some("石家庄日报"));
    }

    #[test]
    fn feed_html_becomes_paragraphs() {
        assert_eq!(html_to_text("<p>第一段&nbsp;文字</p><p>第二段</p>"), "第一段 文字\n第二段");
        assert_eq!(html_to_text("一行<br>二行"), "一行\n二行");
    }
}
