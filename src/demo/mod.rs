//! `baoku demo`: a small sample news site on 127.0.0.1 and the whole pipeline
//! run against it with a temporary archive, so a newcomer sees baoku work
//! with no network and no configuration.
//!
//! The site (under `src/demo/site/`, built by `make_site.py`) has three
//! sources: 河北日报 (UTF-8 RSS), 石家庄日报 (GB2312-declared RSS, GBK pages,
//! reprinting a provincial story under its own headline) and the provincial
//! government portal (Atom, TRS-style pages) carrying the same story.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::config::Config;
use crate::store::FeedQuery;

/// (path, content type, bytes). Feeds contain `{{BASE}}`, replaced when served.
const SITE: &[(&str, &str, &[u8])] = &[
    ("hebrb/rss.xml", "application/rss+xml; charset=utf-8", include_bytes!("site/hebrb/rss.xml")),
    ("hebrb/content_1001.html", "text/html; charset=utf-8", include_bytes!("site/hebrb/content_1001.html")),
    ("hebrb/content_1002.html", "text/html; charset=utf-8", include_bytes!("site/hebrb/content_1002.html")),
    // The city daily sends no charset in the header: only its declarations say GB2312.
    ("sjzrb/rss.xml", "application/xml", include_bytes!("site/sjzrb/rss.xml")),
    ("sjzrb/content_2001.html", "text/html", include_bytes!("site/sjzrb/content_2001.html")),
    ("sjzrb/content_2002.html", "text/html", include_bytes!("site/sjzrb/content_2002.html")),
    ("hebgov/atom.xml", "application/atom+xml", include_bytes!("site/hebgov/atom.xml")),
    ("hebgov/t20220329_3001.html", "text/html; charset=utf-8", include_bytes!("site/hebgov/t20220329_3001.html")),
    ("hebgov/t20220329_3002.html", "text/html; charset=utf-8", include_bytes!("site/hebgov/t20220329_3002.html")),
];

/// Starts the sample site on 127.0.0.1 (random port); returns its base URL.
pub async fn start_site(cancel: CancellationToken, tracker: &TaskTracker) -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let app = Router::new().route("/{*path}", get(serve_file)).with_state(Arc::new(base.clone()));
    tracker.spawn(async move {
        let _ = axum::serve(listener, app).with_graceful_shutdown(cancel.cancelled_owned()).await;
    });
    Ok(base)
}

async fn serve_file(State(base): State<Arc<String>>, Path(path): Path<String>) -> impl IntoResponse {
    match SITE.iter().find(|(p, _, _)| *p == path) {
        Some((_, ctype, bytes)) => {
            let body = replace_bytes(bytes, b"{{BASE}}", base.as_bytes());
            (StatusCode::OK, [(header::CONTENT_TYPE, *ctype)], body).into_response()
        }
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

/// Byte-level replacement: safe in GBK text because the pattern is ASCII.
fn replace_bytes(hay: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    while i < hay.len() {
        if hay[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(hay[i]);
            i += 1;
        }
    }
    out
}

/// The configuration the demo runs with: the three sample sources.
pub fn demo_config(site: &str, db: &std::path::Path, listen: SocketAddr) -> Config {
    let text = format!(
        r#"
[storage]
path = "{db}"

[server]
listen = "{listen}"
title = "baoku demo: 河北 news, one entry per story"

[fetch]
user_agent_contact = "https://example.org/baoku-demo"
per_host_delay_ms = 20
allow_private_addresses = true

[[source]]
key = "hebrb"
name = "河北日报"
url = "{site}/hebrb/rss.xml"
kind = "feed"
region = ["河北省"]
level = "province"

[[source]]
key = "sjzrb"
name = "石家庄日报"
url = "{site}/sjzrb/rss.xml"
kind = "feed"
region = ["河北省", "石家庄市"]
level = "city"

[[source]]
key = "hebgov"
name = "河北省人民政府"
url = "{site}/hebgov/atom.xml"
kind = "feed"
region = ["河北省"]
level = "province"
"#,
        db = db.display().to_string().replace('\\', "\\\\"),
    );
    Config::parse(&text, std::path::Path::new("<demo>")).expect("the demo configuration is valid")
}

/// `baoku demo`.
pub fn run(once: bool) -> ExitCode {
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("tokio runtime");
    match rt.block_on(run_async(once)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("baoku demo: {e}");
            ExitCode::from(1)
        }
    }
}

async fn run_async(once: bool) -> Result<(), Box<dyn std::error::Error>> {
    let cancel = CancellationToken::new();
    let tracker = TaskTracker::new();
    let site = start_site(cancel.clone(), &tracker).await?;
    // A fresh archive every run: the process id alone can name a directory
    // an earlier, killed run left behind (ids wrap around), whose articles
    // would then count as already archived.
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let dir = std::env::temp_dir().join(format!("baoku-demo-{}-{nanos}", std::process::id()));
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(&dir)?;
    let db = dir.join("baoku.db");
    // Bind the feed server first so that the config can name its real port.
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let listen = listener.local_addr()?;
    let config = Arc::new(demo_config(&site, &db, listen));
    println!("sample news site: {site}/ (3 sources: 河北日报 RSS, 石家庄日报 GB2312 RSS, 河北省人民政府 Atom)");
    println!("temporary archive: {}", db.display());
    let ctx = crate::daemon::open(config.clone())?;
    for (key, s) in crate::daemon::poll_once(&ctx).await {
        match s.error {
            Some((kind, msg)) => println!("  polled {key}: error {kind}: {msg}"),
            None => println!("  polled {key}: {} entries, {} new articles", s.entries, s.new_articles),
        }
    }
    let addr = crate::daemon::serve_on(&ctx, listener, cancel.clone(), &tracker)?;
    let counts = ctx.store.counts()?;
    let entries = ctx.store.reader()?.feed_entries(&FeedQuery { limit: 50, ..Default::default() })?;
    println!(
        "\narchived {} articles from {} sources as {} stories; the unified feed has one entry per story:",
        counts.articles, counts.sources, counts.stories
    );
    for e in &entries {
        let also: Vec<&str> = e.also.iter().map(|(_, n, _)| n.as_str()).collect();
        println!(
            "  - [{}] {}{}",
            e.source_name,
            crate::text::truncate_chars(&e.title, 40),
            if also.is_empty() { String::new() } else { format!("  (also: {})", also.join("、")) }
        );
    }
    println!("\nunified feed:  http://{addr}/feed.atom   (also /feed.rss, /feed.json, /healthz, /metrics, /)");
    println!("search:        baoku --config <file> search 疫情   (or http://{addr}/search?q=疫情)");
    if once {
        cancel.cancel();
    } else {
        println!("\nserving until Ctrl-C ...");
        let _ = tokio::signal::ctrl_c().await;
        cancel.cancel();
    }
    tracker.close();
    tracker.wait().await;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
