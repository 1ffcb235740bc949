//! The daemon as systemd runs it: `baoku run` polls, serves, and stops cleanly on SIGTERM.

mod common;

use std::time::{Duration, Instant};

use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_polls_serves_and_stops_on_sigterm() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let server = FixtureServer::start(vec![
        ("/utf8.xml", Reply::ok("application/rss+xml; charset=utf-8", fixture("feeds/utf8.xml"))),
        ("/broken.xml", Reply::status(500)),
    ])
    .await;
    let dir = tempfile::tempdir().unwrap();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let sources = [
        feed_source("good", "河北新闻网", &server.url("/utf8.xml"), &["河北省"], "province"),
        feed_source("broken", "坏源", &server.url("/broken.xml"), &["河北省"], "city"),
    ]
    .concat();
    let cfg = write_config(dir.path(), "fetch_articles = false", &sources);
    let text = std::fs::read_to_string(&cfg).unwrap().replace("127.0.0.1:0", &format!("127.0.0.1:{port}"));
    std::fs::write(&cfg, text).unwrap();

    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_baoku"))
        .arg("--config")
        .arg(&cfg)
        .arg("run")
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let client = reqwest::Client::new();
    let started = Instant::now();
    let health = loop {
        assert!(started.elapsed() < Duration::from_secs(30), "daemon did not archive within 30 s");
        if let Ok(r) = client.get(format!("http://127.0.0.1:{port}/healthz")).send().await {
            let v: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
            if v["articles"] == 2 && v["failing_sources"] == 1 {
                break v;
            }
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(health["status"], "ok");
    let feed = client.get(format!("http://127.0.0.1:{port}/feed.atom")).send().await.unwrap();
    let parsed = feed_rs::parser::parse(&feed.bytes().await.unwrap()[..]).unwrap();
    assert_eq!(parsed.entries.len(), 2);

    let pid = child.id().unwrap().to_string();
    assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    let status = tokio::time::timeout(Duration::from_secs(25), child.wait()).await.expect("stopped in time").unwrap();
    assert!(status.success(), "{status:?}");
}
