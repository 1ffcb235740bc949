//! Conditional GET against a local server: validators are sent back, a 304
//! refreshes them, and an unchanged body is recognised by its digest when
//! the server ignores validators.

mod fetch_support;

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use baoku::fetch::{Fetcher, Freshness, Purpose, Request};
use baoku::store::CacheEntry;
use fetch_support::{Reply, Server, fetch_config, rss};

#[tokio::test]
async fn validators_are_sent_and_a_304_updates_them() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ if h.header("if-none-match") == Some("\"v1\"") => Reply::Full {
            status: 304,
            headers: vec![("ETag".into(), "\"v2\"".into())],
            body: vec![],
        },
        _ => Reply::ok("application/rss+xml", rss(&[("a", "标题")]))
            .with_header("ETag", "\"v1\"")
            .with_header("Last-Modified", "Tue, 29 Mar 2022 00:15:00 GMT"),
    })
    .await;
    let f = Fetcher::new(&fetch_config()).unwrap();
    let url = server.url("/rss.xml");

    let first = f
        .get(&Request::new(url.clone(), Purpose::Feed))
        .await
        .unwrap();
    assert_eq!(first.freshness(None), Freshness::Changed);
    let stored = first.cache_entry(None).unwrap();
    assert_eq!(stored.etag.as_deref(), Some("\"v1\""));
    assert_eq!(stored.digest.as_deref(), Some(first.digest().as_str()));

    let second = f
        .get(&Request::new(url, Purpose::Feed).with_cache(Some(&stored)))
        .await
        .unwrap();
    let hit = server
        .hits()
        .into_iter()
        .rfind(|h| h.path == "/rss.xml")
        .unwrap();
    assert_eq!(hit.header("if-none-match"), Some("\"v1\""));
    assert_eq!(
        hit.header("if-modified-since"),
        Some("Tue, 29 Mar 2022 00:15:00 GMT")
    );
    assert_eq!(second.status, 304);
    assert_eq!(second.freshness(Some(&stored)), Freshness::NotModified);
    let updated = second.cache_entry(Some(&stored)).unwrap();
    assert_eq!(
        updated,
        CacheEntry {
            etag: Some("\"v2\"".into()),
            last_modified: Some("Tue, 29 Mar 2022 00:15:00 GMT".into()),
            digest: stored.digest.clone(),
        }
    );
}

#[tokio::test]
async fn a_server_that_ignores_validators_is_caught_by_the_digest() {
    let polls = Arc::new(AtomicU32::new(0));
    let p = polls.clone();
    let server = Server::start(move |h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => {
            // A fresh ETag on every response, same bytes until the third poll.
            let n = p.fetch_add(1, Ordering::SeqCst);
            let items: &[(&str, &str)] = if n < 2 {
                &[("a", "标题")]
            } else {
                &[("a", "标题"), ("b", "新闻")]
            };
            Reply::ok("application/rss+xml", rss(items)).with_header("ETag", &format!("\"r{n}\""))
        }
    })
    .await;
    let f = Fetcher::new(&fetch_config()).unwrap();
    let url = server.url("/rss.xml");
    let first = f
        .get(&Request::new(url.clone(), Purpose::Feed))
        .await
        .unwrap();
    let stored = first.cache_entry(None).unwrap();
    let second = f
        .get(&Request::new(url.clone(), Purpose::Feed).with_cache(Some(&stored)))
        .await
        .unwrap();
    assert_eq!(second.status, 200);
    assert_eq!(second.freshness(Some(&stored)), Freshness::SameBody);
    let stored = second.cache_entry(Some(&stored)).unwrap();
    let third = f
        .get(&Request::new(url, Purpose::Feed).with_cache(Some(&stored)))
        .await
        .unwrap();
    assert_eq!(third.freshness(Some(&stored)), Freshness::Changed);
}

#[tokio::test]
async fn errors_and_truncated_bodies_do_not_replace_the_cache() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        "/big" => {
            Reply::ok("text/html", vec![b'x'; 2 * 1024 * 1024]).with_header("ETag", "\"big\"")
        }
        _ => Reply::status(503).with_header("ETag", "\"err\""),
    })
    .await;
    let f = Fetcher::new(&fetch_config()).unwrap();
    let prev = CacheEntry {
        etag: Some("\"ok\"".into()),
        last_modified: None,
        digest: Some("sha256:00".into()),
    };
    let resp = f
        .get(&Request::new(server.url("/down"), Purpose::Feed))
        .await
        .unwrap();
    assert_eq!(resp.cache_entry(Some(&prev)), None);
    assert_eq!(resp.freshness(Some(&prev)), Freshness::Changed);
    let resp = f
        .get(&Request::new(server.url("/big"), Purpose::Feed))
        .await
        .unwrap();
    assert!(resp.truncated);
    assert_eq!(resp.cache_entry(Some(&prev)), None);
}
