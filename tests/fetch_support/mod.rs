//! A hostile HTTP fixture server on 127.0.0.1 for the fetcher's fault tests.
//!
//! Hand-written on raw TCP so that it can misbehave in ways a real HTTP
//! library would not let it: drip bytes, never end, lie about the length,
//! hang up half-way. Every connection serves one request and is closed.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One request the server received.
#[derive(Debug, Clone)]
pub struct Hit {
    pub path: String,
    pub host: String,
    pub headers: Vec<(String, String)>,
    pub at: Instant,
}

impl Hit {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// How to answer.
pub enum Reply {
    /// A normal response (Content-Length set from the body).
    Full {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Headers at once, then the body one byte per `every`.
    Drip { body: Vec<u8>, every: Duration },
    /// 200 with no length, then bytes until the client hangs up.
    Endless,
    /// Declares `declared` bytes, sends `sent`, closes.
    CloseMidBody { declared: usize, sent: Vec<u8> },
}

impl Reply {
    pub fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply::Full {
            status: 200,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
        }
    }
    pub fn status(status: u16) -> Reply {
        Reply::Full {
            status,
            headers: vec![],
            body: format!("status {status}").into_bytes(),
        }
    }
    pub fn redirect(status: u16, location: &str) -> Reply {
        Reply::Full {
            status,
            headers: vec![("Location".into(), location.into())],
            body: vec![],
        }
    }
    pub fn with_header(mut self, k: &str, v: &str) -> Reply {
        if let Reply::Full { headers, .. } = &mut self {
            headers.push((k.into(), v.into()));
        }
        self
    }
}

pub type Handler = Arc<dyn Fn(&Hit) -> Reply + Send + Sync>;

pub struct Server {
    pub addr: SocketAddr,
    pub hits: Arc<Mutex<Vec<Hit>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    pub async fn start(handler: impl Fn(&Hit) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let hits = Arc::new(Mutex::new(Vec::new()));
        let handler: Handler = Arc::new(handler);
        let h2 = hits.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let handler = handler.clone();
                let hits = h2.clone();
                tokio::spawn(async move {
                    let _ = serve(stream, handler, hits).await;
                });
            }
        });
        Server { addr, hits, task }
    }

    pub fn url(&self, path: &str) -> url::Url {
        url::Url::parse(&format!("http://{}{}", self.addr, path)).unwrap()
    }

    pub fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap().clone()
    }

    pub fn hits_on(&self, path: &str) -> usize {
        self.hits().iter().filter(|h| h.path == path).count()
    }
}

async fn serve(
    mut stream: TcpStream,
    handler: Handler,
    hits: Arc<Mutex<Vec<Hit>>>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut tmp = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut tmp).await?;
        if n == 0 || buf.len() > 64 * 1024 {
            return Ok(());
        }
        buf.extend_from_slice(&tmp[..n]);
    }
    let head = String::from_utf8_lossy(&buf).into_owned();
    let mut lines = head.split("\r\n");
    let path = lines
        .next()
        .unwrap_or("")
        .split(' ')
        .nth(1)
        .unwrap_or("/")
        .to_owned();
    let headers: Vec<(String, String)> = lines
        .take_while(|l| !l.is_empty())
        .filter_map(|l| {
            l.split_once(':')
                .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        })
        .collect();
    let host = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("host"))
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let hit = Hit {
        path,
        host,
        headers,
        at: Instant::now(),
    };
    hits.lock().unwrap().push(hit.clone());
    match handler(&hit) {
        Reply::Full {
            status,
            headers,
            body,
        } => {
            let mut out = format!(
                "HTTP/1.1 {status} X\r\nConnection: close\r\nContent-Length: {}\r\n",
                body.len()
            );
            for (k, v) in headers {
                out.push_str(&format!("{k}: {v}\r\n"));
            }
            out.push_str("\r\n");
            stream.write_all(out.as_bytes()).await?;
            stream.write_all(&body).await?;
        }
        Reply::Drip { body, every } => {
            let out = format!(
                "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/rss+xml\r\nContent-Length: {}\r\n\r\n",
                body.len()
            );
            stream.write_all(out.as_bytes()).await?;
            for b in body {
                stream.write_all(&[b]).await?;
                stream.flush().await?;
                tokio::time::sleep(every).await;
            }
        }
        Reply::Endless => {
            stream
                .write_all(
                    b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\n\r\n",
                )
                .await?;
            let chunk = vec![b'x'; 64 * 1024];
            loop {
                stream.write_all(&chunk).await?;
            }
        }
        Reply::CloseMidBody { declared, sent } => {
            let out = format!(
                "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/rss+xml\r\nContent-Length: {declared}\r\n\r\n"
            );
            stream.write_all(out.as_bytes()).await?;
            stream.write_all(&sent).await?;
            stream.flush().await?;
            // Dropping the stream closes the connection mid-body.
        }
    }
    stream.shutdown().await?;
    Ok(())
}

/// Fetch settings for tests: local addresses allowed, short limits, no per-host delay.
pub fn fetch_config() -> baoku::config::FetchConfig {
    baoku::config::FetchConfig {
        user_agent_contact: "https://example.org/contact".into(),
        allow_private_addresses: true,
        per_host_delay: Duration::ZERO,
        connect_timeout: Duration::from_secs(2),
        timeout: Duration::from_secs(5),
        max_body_bytes: 1024 * 1024,
        ..Default::default()
    }
}

/// A small valid RSS feed.
pub fn rss(items: &[(&str, &str)]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>测试日报</title><link>http://example.org/</link>\n",
    );
    for (guid, title) in items {
        s.push_str(&format!(
            "<item><title>{title}</title><link>http://example.org/{guid}.html</link><guid>{guid}</guid><pubDate>Tue, 29 Mar 2022 08:15:00 +0800</pubDate></item>\n"
        ));
    }
    s.push_str("</channel></rss>\n");
    s
}

/// A pipeline context over a fresh archive in `dir`, polling the given sources
/// (`(key, url)`, all feeds) with local addresses allowed and no per-host delay.
pub fn pipeline_context(
    dir: &std::path::Path,
    fetch_extra: &str,
    sources: &[(&str, String)],
) -> Arc<baoku::pipeline::Context> {
    let mut text = format!(
        "[storage]\npath = \"{}\"\n\n[fetch]\nuser_agent_contact = \"https://example.org/contact\"\nper_host_delay_ms = 0\nallow_private_addresses = true\nfetch_articles = false\ntimeout_ms = 3000\nmax_body_bytes = 1048576\n{fetch_extra}\n\n",
        dir.join("archive.db").display()
    );
    for (key, url) in sources {
        text.push_str(&format!(
            "[[source]]\nkey = \"{key}\"\nname = \"源{key}\"\nurl = \"{url}\"\nkind = \"feed\"\nregion = [\"河北省\"]\nlevel = \"city\"\n\n"
        ));
    }
    let config =
        Arc::new(baoku::config::Config::parse(&text, std::path::Path::new("test.toml")).unwrap());
    let store = Arc::new(baoku::store::Store::open(&config.storage.path).unwrap());
    Arc::new(baoku::pipeline::Context::new(config, store).unwrap())
}

/// The source's stored state.
pub fn state(ctx: &baoku::pipeline::Context, key: &str) -> baoku::store::SourceState {
    ctx.store
        .source_states()
        .unwrap()
        .into_iter()
        .find(|s| s.key == key)
        .unwrap()
}

/// A well-behaved HTTP/1.1 server that keeps connections open (keep-alive)
/// and counts how many it accepted. Answers every request with a small 200
/// (robots.txt: 404).
pub struct KeepAliveServer {
    pub addr: SocketAddr,
    accepted: Arc<std::sync::atomic::AtomicUsize>,
    requests: Arc<std::sync::atomic::AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for KeepAliveServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl KeepAliveServer {
    pub async fn start() -> KeepAliveServer {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let accepted = Arc::new(AtomicUsize::new(0));
        let requests = Arc::new(AtomicUsize::new(0));
        let (a2, r2) = (accepted.clone(), requests.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((mut stream, _)) = listener.accept().await else {
                    continue;
                };
                a2.fetch_add(1, Ordering::SeqCst);
                let requests = r2.clone();
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let mut tmp = [0u8; 4096];
                    loop {
                        // One request head at a time; GETs carry no body.
                        let end = loop {
                            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                                break i + 4;
                            }
                            match stream.read(&mut tmp).await {
                                Ok(0) | Err(_) => return,
                                Ok(n) => buf.extend_from_slice(&tmp[..n]),
                            }
                        };
                        let head = String::from_utf8_lossy(&buf[..end]).into_owned();
                        buf.drain(..end);
                        requests.fetch_add(1, Ordering::SeqCst);
                        let reply: &[u8] = if head.starts_with("GET /robots.txt ") {
                            b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
                        } else {
                            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n\r\n<html></html>"
                        };
                        if stream.write_all(reply).await.is_err() {
                            return;
                        }
                    }
                });
            }
        });
        KeepAliveServer { addr, accepted, requests, task }
    }

    pub fn url(&self, path: &str) -> url::Url {
        url::Url::parse(&format!("http://{}{}", self.addr, path)).unwrap()
    }

    pub fn connections(&self) -> usize {
        self.accepted.load(std::sync::atomic::Ordering::SeqCst)
    }

    pub fn requests(&self) -> usize {
        self.requests.load(std::sync::atomic::Ordering::SeqCst)
    }
}
