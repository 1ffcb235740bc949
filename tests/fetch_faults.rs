//! Fault tests for the fetcher against a hostile local server: every limit
//! holds, every failure is classified, and a stuck host never delays another.

mod fetch_support;

use std::io::Write;
use std::time::{Duration, Instant};

use baoku::fetch::{FetchError, Fetcher, Purpose, Request};
use fetch_support::{KeepAliveServer, Reply, Server, fetch_config, rss};

fn req(url: url::Url) -> Request {
    Request::new(url, Purpose::Feed)
}

/// Runs a test body with a hard wall-clock bound, so a broken limit fails instead of hanging.
async fn bounded<T>(secs: u64, f: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(secs), f)
        .await
        .expect("test exceeded its time bound")
}

#[tokio::test]
async fn a_drip_feed_hits_the_total_timeout() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::Drip {
            body: rss(&[("a", "标题")]).into_bytes(),
            every: Duration::from_secs(1),
        },
    })
    .await;
    let mut cfg = fetch_config();
    cfg.timeout = Duration::from_millis(1500);
    let f = Fetcher::new(&cfg).unwrap();
    let t0 = Instant::now();
    let err = bounded(10, f.get(&req(server.url("/rss.xml"))))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "timeout", "{err}");
    let took = t0.elapsed();
    assert!(
        took >= Duration::from_millis(1400) && took < Duration::from_secs(4),
        "{took:?}"
    );
}

#[tokio::test]
async fn an_endless_body_is_cut_at_the_limit() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::Endless,
    })
    .await;
    let f = Fetcher::new(&fetch_config()).unwrap();
    let resp = bounded(10, f.get(&req(server.url("/page.html"))))
        .await
        .unwrap();
    assert!(resp.truncated);
    assert_eq!(resp.body.len(), 1024 * 1024);
}

#[tokio::test]
async fn a_gzip_bomb_stops_at_the_limit_after_decompression() {
    // 64 MiB of zeros compress to about 64 KiB.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let zeros = vec![0u8; 1024 * 1024];
    for _ in 0..64 {
        gz.write_all(&zeros).unwrap();
    }
    let bomb = gz.finish().unwrap();
    assert!(bomb.len() < 512 * 1024);
    let server = Server::start(move |h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::ok("application/rss+xml", bomb.clone()).with_header("Content-Encoding", "gzip"),
    })
    .await;
    let f = Fetcher::new(&fetch_config()).unwrap();
    let resp = bounded(20, f.get(&req(server.url("/rss.xml"))))
        .await
        .unwrap();
    assert!(resp.truncated, "a 64 MiB body must be cut");
    assert_eq!(
        resp.body.len(),
        1024 * 1024,
        "decompressed bytes are capped, not compressed ones"
    );
}

#[tokio::test]
async fn server_errors_come_back_as_responses_that_classify_by_their_status() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::status(500),
    })
    .await;
    let f = Fetcher::new(&fetch_config()).unwrap();
    let resp = bounded(10, f.get(&req(server.url("/rss.xml"))))
        .await
        .unwrap();
    assert_eq!(resp.status, 500);
    let err = resp.error_for_status().unwrap_err();
    assert_eq!(err.kind(), "http-500");
    assert!(err.to_string().contains("500"));
}

#[tokio::test]
async fn too_many_requests_carries_retry_after() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::status(429).with_header("Retry-After", "120"),
    })
    .await;
    let f = Fetcher::new(&fetch_config()).unwrap();
    let resp = bounded(10, f.get(&req(server.url("/rss.xml"))))
        .await
        .unwrap();
    let err = resp.error_for_status().unwrap_err();
    assert_eq!(err.kind(), "http-429");
    assert_eq!(err.retry_after(), Some(Duration::from_secs(120)));
}

#[tokio::test]
async fn a_redirect_loop_stops_after_five_hops() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        "/a" => Reply::redirect(302, "/b"),
        _ => Reply::redirect(302, "/a"),
    })
    .await;
    let f = Fetcher::new(&fetch_config()).unwrap();
    let err = bounded(10, f.get(&req(server.url("/a"))))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "redirect-loop");
    let requests = server
        .hits()
        .iter()
        .filter(|h| h.path != "/robots.txt")
        .count();
    assert_eq!(requests, 6, "the first request and five redirects, no more");
}

#[tokio::test]
async fn redirects_to_file_and_ftp_are_refused() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        "/file" => Reply::redirect(301, "file:///etc/passwd"),
        _ => Reply::redirect(302, "ftp://127.0.0.1/pub/feed.xml"),
    })
    .await;
    let f = Fetcher::new(&fetch_config()).unwrap();
    for path in ["/file", "/ftp"] {
        let err = bounded(10, f.get(&req(server.url(path))))
            .await
            .unwrap_err();
        assert!(matches!(err, FetchError::BadRedirect(_)), "{path}: {err:?}");
        assert_eq!(err.kind(), "bad-redirect");
    }
}

#[tokio::test]
async fn a_connection_closed_mid_body_is_a_body_error() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::CloseMidBody {
            declared: 10_000,
            sent: b"<?xml version=\"1.0\"?><rss".to_vec(),
        },
    })
    .await;
    let f = Fetcher::new(&fetch_config()).unwrap();
    let err = bounded(10, f.get(&req(server.url("/rss.xml"))))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "body", "{err:?}");
}

#[tokio::test]
async fn robots_txt_disallowing_the_feed_stops_it_unless_the_source_ignores_robots() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::ok("text/plain", "User-agent: *\nDisallow: /feeds/\n"),
        _ => Reply::ok("application/rss+xml", rss(&[("a", "标题")])),
    })
    .await;
    let f = Fetcher::new(&fetch_config()).unwrap();
    let err = bounded(10, f.get(&req(server.url("/feeds/rss.xml"))))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "robots");
    assert_eq!(
        server.hits_on("/feeds/rss.xml"),
        0,
        "a disallowed URL is never requested"
    );
    // Other paths on the host are fine, and robots.txt is fetched once.
    bounded(10, f.get(&req(server.url("/other.xml"))))
        .await
        .unwrap();
    assert_eq!(server.hits_on("/robots.txt"), 1);
    // A source that opted out of robots.txt gets its feed.
    let mut r = req(server.url("/feeds/rss.xml"));
    r.ignore_robots = true;
    let resp = bounded(10, f.get(&r)).await.unwrap();
    assert_eq!(resp.status, 200);
}

#[tokio::test]
async fn robots_txt_that_500s_disallows_for_now_and_missing_robots_allows_all() {
    let broken = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(500),
        _ => Reply::ok("application/rss+xml", rss(&[])),
    })
    .await;
    let missing = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::ok("application/rss+xml", rss(&[])),
    })
    .await;
    let f = Fetcher::new(&fetch_config()).unwrap();
    for _ in 0..2 {
        let err = bounded(10, f.get(&req(broken.url("/rss.xml"))))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), "robots-unreachable");
    }
    assert_eq!(broken.hits_on("/rss.xml"), 0);
    assert_eq!(
        broken.hits_on("/robots.txt"),
        1,
        "the failure is cached, not retried on every request"
    );
    let resp = bounded(10, f.get(&req(missing.url("/rss.xml"))))
        .await
        .unwrap();
    assert_eq!(resp.status, 200);
}

#[tokio::test]
async fn a_stuck_host_does_not_delay_another() {
    let slow = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::Drip {
            body: vec![b'x'; 100],
            every: Duration::from_secs(1),
        },
    })
    .await;
    let fast = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::ok("application/rss+xml", rss(&[("a", "标题")])),
    })
    .await;
    let mut cfg = fetch_config();
    cfg.timeout = Duration::from_secs(3);
    let f = Fetcher::new(&cfg).unwrap();
    let f2 = f.clone();
    let slow_url = slow.url("/rss.xml");
    let stuck = tokio::spawn(async move { f2.get(&req(slow_url)).await });
    tokio::time::sleep(Duration::from_millis(200)).await;
    let t0 = Instant::now();
    let resp = bounded(10, f.get(&req(fast.url("/rss.xml"))))
        .await
        .unwrap();
    assert_eq!(resp.status, 200);
    assert!(
        t0.elapsed() < Duration::from_secs(1),
        "healthy host waited {:?}",
        t0.elapsed()
    );
    assert!(!stuck.is_finished(), "the slow host is still dripping");
    assert_eq!(
        bounded(10, stuck).await.unwrap().unwrap_err().kind(),
        "timeout"
    );
}

#[tokio::test]
async fn requests_to_one_host_are_spaced_and_crawl_delay_widens_the_gap() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::ok("text/plain", "User-agent: *\nCrawl-delay: 1\n"),
        _ => Reply::ok("text/html", "<html></html>"),
    })
    .await;
    let mut cfg = fetch_config();
    cfg.per_host_delay = Duration::from_millis(300);
    let f = Fetcher::new(&cfg).unwrap();
    let a = f.clone();
    let b = f.clone();
    let (u1, u2) = (server.url("/1.html"), server.url("/2.html"));
    let (r1, r2) = bounded(10, async {
        tokio::join!(
            async move { a.get(&Request::new(u1, Purpose::Article)).await },
            async move { b.get(&Request::new(u2, Purpose::Article)).await }
        )
    })
    .await;
    r1.unwrap();
    r2.unwrap();
    let hits = server.hits();
    assert_eq!(hits.len(), 3);
    assert_eq!(hits[0].path, "/robots.txt");
    // robots.txt → first page: the configured 300 ms (Crawl-delay was not known yet);
    // first → second page: the 1 s Crawl-delay. The delay runs from the end
    // of the previous exchange, which the server saw begin earlier still, so
    // the gaps it measures are at least the delays however loaded the machine.
    let gap1 = hits[1].at - hits[0].at;
    let gap2 = hits[2].at - hits[1].at;
    assert!(gap1 >= Duration::from_millis(300), "{gap1:?}");
    assert!(gap2 >= Duration::from_millis(1000), "{gap2:?}");
}

#[tokio::test]
async fn user_agent_names_baoku_its_version_and_the_contact() {
    let server = Server::start(|_| Reply::status(404)).await;
    let f = Fetcher::new(&fetch_config()).unwrap();
    bounded(10, f.get(&req(server.url("/x")))).await.unwrap();
    for hit in server.hits() {
        let ua = hit.header("user-agent").unwrap();
        assert_eq!(
            ua,
            format!(
                "baoku/{} (+https://example.org/contact)",
                env!("CARGO_PKG_VERSION")
            )
        );
    }
}

#[tokio::test]
async fn permanent_redirects_are_reported_and_temporary_ones_are_not() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        "/old.xml" => Reply::redirect(301, "/moved.xml"),
        "/moved.xml" => Reply::redirect(308, "/new.xml"),
        "/tmp.xml" => Reply::redirect(302, "/new.xml"),
        _ => Reply::ok("application/rss+xml", rss(&[])),
    })
    .await;
    let f = Fetcher::new(&fetch_config()).unwrap();
    let resp = bounded(10, f.get(&req(server.url("/old.xml"))))
        .await
        .unwrap();
    assert_eq!(resp.final_url.path(), "/new.xml");
    assert_eq!(
        resp.permanent_redirect().map(|u| u.path()),
        Some("/new.xml")
    );
    let resp = bounded(10, f.get(&req(server.url("/tmp.xml"))))
        .await
        .unwrap();
    assert_eq!(resp.permanent_redirect(), None);
}

#[tokio::test]
async fn feed_polls_leave_no_idle_connection_but_article_bursts_reuse_one() {
    let server = KeepAliveServer::start().await;
    let f = Fetcher::new(&fetch_config()).unwrap();
    bounded(10, async {
        // robots.txt and three feed polls: each on its own connection, closed after use.
        for i in 0..3 {
            let r = f.get(&req(server.url(&format!("/feed{i}.xml")))).await.unwrap();
            assert_eq!(r.status, 200);
        }
    })
    .await;
    assert_eq!(server.requests(), 4, "robots.txt + 3 feeds");
    assert_eq!(server.connections(), 4, "no connection was kept for the next feed poll");
    bounded(10, async {
        for i in 0..3 {
            let r = f
                .get(&Request::new(server.url(&format!("/a/{i}.html")), Purpose::Article))
                .await
                .unwrap();
            assert_eq!(r.status, 200);
        }
    })
    .await;
    assert_eq!(server.requests(), 7);
    assert_eq!(server.connections(), 5, "the three article pages shared one kept-alive connection");
}
