//! Shared helpers for the integration tests: a fixture HTTP server on
//! 127.0.0.1 (random port) and a config writer.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{Response, StatusCode, Uri};

/// How the fixture server answers one path.
#[derive(Clone)]
pub enum Reply {
    /// Status, headers, body. `{{NOW}}` in the body becomes a changing value.
    Fixed { status: u16, headers: Vec<(String, String)>, body: Vec<u8> },
    /// Sleeps before answering 200 with the body.
    Slow { delay: Duration, body: Vec<u8> },
}

impl Reply {
    pub fn ok(ctype: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply::Fixed { status: 200, headers: vec![("content-type".into(), ctype.into())], body: body.into() }
    }
    pub fn status(status: u16) -> Reply {
        Reply::Fixed { status, headers: vec![], body: format!("status {status}").into_bytes() }
    }
}

pub struct FixtureServer {
    pub base: String,
    pub hits: Arc<HashMap<String, AtomicUsize>>,
}

struct ServerState {
    routes: HashMap<String, Reply>,
    hits: Arc<HashMap<String, AtomicUsize>>,
    counter: AtomicUsize,
}

impl FixtureServer {
    pub async fn start(routes: Vec<(&str, Reply)>) -> FixtureServer {
        let hits: HashMap<String, AtomicUsize> = routes.iter().map(|(p, _)| (p.to_string(), AtomicUsize::new(0))).collect();
        let hits = Arc::new(hits);
        let state = Arc::new(ServerState {
            routes: routes.into_iter().map(|(p, r)| (p.to_string(), r)).collect(),
            hits: hits.clone(),
            counter: AtomicUsize::new(0),
        });
        let app = Router::new().fallback(handle).with_state(state);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        FixtureServer { base, hits }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub fn hits(&self, path: &str) -> usize {
        self.hits.get(path).map_or(0, |h| h.load(Ordering::SeqCst))
    }
}

async fn handle(State(st): State<Arc<ServerState>>, uri: Uri) -> Response<Body> {
    let path = uri.path().to_string();
    if let Some(h) = st.hits.get(&path) {
        h.fetch_add(1, Ordering::SeqCst);
    }
    match st.routes.get(&path) {
        Some(Reply::Fixed { status, headers, body }) => {
            let n = st.counter.fetch_add(1, Ordering::SeqCst);
            let body = String::from_utf8(body.clone())
                .map(|s| s.replace("{{NOW}}", &format!("poll-{n}")).into_bytes())
                .unwrap_or_else(|e| e.into_bytes());
            let mut b = Response::builder().status(*status);
            for (k, v) in headers {
                b = b.header(k.as_str(), v.as_str());
            }
            b.body(Body::from(body)).unwrap()
        }
        Some(Reply::Slow { delay, body }) => {
            tokio::time::sleep(*delay).await;
            Response::builder().status(200).body(Body::from(body.clone())).unwrap()
        }
        None => Response::builder().status(StatusCode::NOT_FOUND).body(Body::from("not found")).unwrap(),
    }
}

pub fn fixture(rel: &str) -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Writes a config with the given `[[source]]` blocks; returns its path.
pub fn write_config(dir: &Path, extra_fetch: &str, sources: &str) -> PathBuf {
    let db = dir.join("archive.db");
    let text = format!(
        r#"[storage]
path = "{}"

[server]
listen = "127.0.0.1:0"
public_url = "http://feeds.example.org/"

[fetch]
user_agent_contact = "https://example.org/contact"
per_host_delay_ms = 0
allow_private_addresses = true
{extra_fetch}

{sources}
"#,
        db.display()
    );
    let path = dir.join("baoku.toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// A `[[source]]` block for a feed.
pub fn feed_source(key: &str, name: &str, url: &str, region: &[&str], level: &str) -> String {
    let region: Vec<String> = region.iter().map(|r| format!("\"{r}\"")).collect();
    format!(
        "[[source]]\nkey = \"{key}\"\nname = \"{name}\"\nurl = \"{url}\"\nkind = \"feed\"\nregion = [{}]\nlevel = \"{level}\"\n\n",
        region.join(", ")
    )
}

pub fn open_db(dir: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(dir.join("archive.db")).unwrap()
}
