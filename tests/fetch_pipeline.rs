//! The fetcher's faults seen through a whole poll: the recorded error kind,
//! the backoff applied, recovery, conditional GET and redirect adoption.

mod common;
mod fetch_support;

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use baoku::pipeline::{Context, poll_source};
use fetch_support::{Reply, Server, pipeline_context, rss, state};

async fn poll(ctx: &Context, key: &str) -> baoku::pipeline::PollSummary {
    let source = ctx.config.source(key).unwrap().clone();
    tokio::time::timeout(Duration::from_secs(20), poll_source(ctx, &source))
        .await
        .expect("poll exceeded its bound")
}

/// Seconds from the last poll to the next one.
fn wait_secs(ctx: &Context, key: &str) -> i64 {
    let s = state(ctx, key);
    (s.next_poll_at.unwrap() - s.last_poll_at.unwrap()).num_seconds()
}

fn server_for(feed: Reply) -> impl Fn(&fetch_support::Hit) -> Reply + Send + Sync + 'static {
    let feed = Arc::new(std::sync::Mutex::new(Some(feed)));
    move |h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => match feed.lock().unwrap().as_ref().unwrap() {
            Reply::Full {
                status,
                headers,
                body,
            } => Reply::Full {
                status: *status,
                headers: headers.clone(),
                body: body.clone(),
            },
            _ => unreachable!(),
        },
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_source_failing_ten_times_recovers_when_the_server_heals() {
    let healed = Arc::new(AtomicBool::new(false));
    let h = healed.clone();
    let server = Server::start(move |hit| match hit.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ if h.load(Ordering::SeqCst) => Reply::ok("application/rss+xml", rss(&[("a", "恢复了")])),
        _ => Reply::status(503),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let ctx = pipeline_context(
        dir.path(),
        "",
        &[("flaky", server.url("/rss.xml").to_string())],
    );
    let mut waits = Vec::new();
    for n in 1..=10 {
        let summary = poll(&ctx, "flaky").await;
        assert!(summary.error.is_some());
        let s = state(&ctx, "flaky");
        assert_eq!(s.error_count, n);
        assert_eq!(s.last_error_kind.as_deref(), Some("http-503"));
        waits.push(wait_secs(&ctx, "flaky"));
    }
    // Default schedule: 1800 s doubling, capped at one day (+ up to 20 % jitter), never a stop.
    assert!((1800..=2160).contains(&waits[0]), "{waits:?}");
    assert!((3600..=4320).contains(&waits[1]), "{waits:?}");
    assert!(
        waits[6..].iter().all(|w| (86_400..=103_680).contains(w)),
        "{waits:?}"
    );
    assert!(state(&ctx, "flaky").last_success_at.is_none());

    healed.store(true, Ordering::SeqCst);
    let summary = poll(&ctx, "flaky").await;
    assert!(summary.error.is_none(), "{:?}", summary.error);
    let s = state(&ctx, "flaky");
    assert_eq!(s.error_count, 0);
    assert!(s.last_success_at.is_some());
    assert_eq!(s.articles, 1);
    // Back on its normal schedule, not the backoff's.
    assert!(
        wait_secs(&ctx, "flaky") < 3 * 3600,
        "{}",
        wait_secs(&ctx, "flaky")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_many_requests_pushes_the_next_poll_past_retry_after() {
    let server = Server::start(server_for(
        Reply::status(429).with_header("Retry-After", "14400"),
    ))
    .await;
    let dir = tempfile::tempdir().unwrap();
    let ctx = pipeline_context(
        dir.path(),
        "",
        &[("busy", server.url("/rss.xml").to_string())],
    );
    poll(&ctx, "busy").await;
    assert_eq!(
        state(&ctx, "busy").last_error_kind.as_deref(),
        Some("http-429")
    );
    assert!(
        wait_secs(&ctx, "busy") >= 14_400,
        "{}",
        wait_secs(&ctx, "busy")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_xml_and_an_html_error_page_are_not_feeds_and_an_entity_bomb_is_not_expanded() {
    let laughs = {
        let mut s =
            String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        for i in 1..=9 {
            let prev = if i == 1 {
                "lol".to_owned()
            } else {
                format!("lol{}", i - 1)
            };
            s.push_str(&format!(
                "<!ENTITY lol{i} \"{}\">\n",
                format!("&{prev};").repeat(10)
            ));
        }
        s.push_str("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;</title><guid>x</guid></item></channel></rss>\n");
        s
    };
    let server = Server::start(move |h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        "/invalid.xml" => Reply::ok("application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>坏<item></rss"),
        "/laughs.xml" => Reply::ok("application/rss+xml", laughs.clone()),
        _ => Reply::ok(
            "text/html; charset=utf-8",
            "<!DOCTYPE html><html><head><title>系统维护中</title></head><body><h1>对不起，您访问的页面不存在</h1></body></html>",
        ),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let sources = [
        ("invalid", server.url("/invalid.xml").to_string()),
        ("errpage", server.url("/error.html").to_string()),
        ("laughs", server.url("/laughs.xml").to_string()),
    ];
    let ctx = pipeline_context(dir.path(), "", &sources);
    for (key, _) in &sources[..2] {
        let summary = poll(&ctx, key).await;
        let s = state(&ctx, key);
        assert_eq!(s.error_count, 1, "{key}: {:?}", summary);
        assert_eq!(
            s.last_error_kind.as_deref(),
            Some("not-a-feed"),
            "{key}: {:?}",
            s.last_error
        );
        assert_eq!(s.articles, 0, "{key}");
        assert!(wait_secs(&ctx, key) >= 1800, "{key}: backoff applied");
    }
    // The entity bomb: its DOCTYPE is dropped, nothing is expanded, the poll
    // is quick and what is archived stays small.
    let t0 = Instant::now();
    poll(&ctx, "laughs").await;
    assert!(t0.elapsed() < Duration::from_secs(5), "{:?}", t0.elapsed());
    let db = rusqlite::Connection::open(dir.path().join("archive.db")).unwrap();
    let (titles, text): (i64, i64) = db
        .query_row(
            "SELECT coalesce(max(length(title)), 0), coalesce(max(length(text)), 0) FROM articles",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(
        titles < 100 && text < 1000,
        "expanded: title {titles} text {text}"
    );
    let source_title: i64 = db
        .query_row(
            "SELECT coalesce(max(length(title)), 0) FROM sources",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(source_title < 100, "{source_title}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gzip_bomb_feed_is_too_large_and_robots_disallow_is_recorded() {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let zeros = vec![b' '; 1024 * 1024];
    for _ in 0..32 {
        gz.write_all(&zeros).unwrap();
    }
    let bomb = gz.finish().unwrap();
    let server = Server::start(move |h| match h.path.as_str() {
        "/robots.txt" => Reply::ok("text/plain", "User-agent: baoku\nDisallow: /private/\n"),
        _ => Reply::ok("application/rss+xml", bomb.clone()).with_header("Content-Encoding", "gzip"),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let sources = [
        ("bomb", server.url("/rss.xml").to_string()),
        ("hidden", server.url("/private/rss.xml").to_string()),
    ];
    let ctx = pipeline_context(dir.path(), "", &sources);
    poll(&ctx, "bomb").await;
    assert_eq!(
        state(&ctx, "bomb").last_error_kind.as_deref(),
        Some("too-large")
    );
    poll(&ctx, "hidden").await;
    assert_eq!(
        state(&ctx, "hidden").last_error_kind.as_deref(),
        Some("robots")
    );
    assert_eq!(server.hits_on("/private/rss.xml"), 0);
    assert!(wait_secs(&ctx, "hidden") >= 1800);
    // The robots.txt response itself is archived, once for the host.
    let db = rusqlite::Connection::open(dir.path().join("archive.db")).unwrap();
    let robots_captures = || -> i64 {
        db.query_row(
            "SELECT count(*) FROM captures WHERE purpose = 'robots' AND status = 200",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    let t0 = Instant::now();
    while robots_captures() == 0 && t0.elapsed() < Duration::from_secs(5) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(robots_captures(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stuck_source_does_not_hold_up_the_others() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        "/drip.xml" => Reply::Drip {
            body: rss(&[("a", "慢")]).into_bytes(),
            every: Duration::from_secs(1),
        },
        _ => Reply::ok("application/rss+xml", rss(&[("b", "快")])),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    // Both on one host: the budget must not let the stuck one block the other
    // beyond what per_host_concurrency asks for, so allow two in flight.
    let ctx = pipeline_context(
        dir.path(),
        "per_host_concurrency = 2",
        &[
            ("drip", server.url("/drip.xml").to_string()),
            ("fine", server.url("/fine.xml").to_string()),
        ],
    );
    let c2 = ctx.clone();
    let stuck = tokio::spawn(async move { poll(&c2, "drip").await });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let t0 = Instant::now();
    let summary = poll(&ctx, "fine").await;
    assert!(summary.error.is_none());
    assert!(t0.elapsed() < Duration::from_secs(2), "{:?}", t0.elapsed());
    assert!(!stuck.is_finished());
    stuck.await.unwrap();
    assert_eq!(
        state(&ctx, "drip").last_error_kind.as_deref(),
        Some("timeout")
    );
    assert_eq!(state(&ctx, "fine").articles, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn conditional_get_turns_a_repeat_poll_into_a_304() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ if h.header("if-none-match") == Some("\"f1\"") => Reply::Full {
            status: 304,
            headers: vec![],
            body: vec![],
        },
        _ => Reply::ok("application/rss+xml", rss(&[("a", "一")])).with_header("ETag", "\"f1\""),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let ctx = pipeline_context(dir.path(), "", &[("c", server.url("/rss.xml").to_string())]);
    assert!(!poll(&ctx, "c").await.not_modified);
    for _ in 0..2 {
        let s = poll(&ctx, "c").await;
        assert!(s.not_modified && s.error.is_none());
    }
    let hits: Vec<_> = server
        .hits()
        .into_iter()
        .filter(|h| h.path == "/rss.xml")
        .collect();
    assert_eq!(hits.len(), 3);
    // A 304 without an ETag keeps the stored one: the third request still sends it.
    assert_eq!(hits[2].header("if-none-match"), Some("\"f1\""));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_permanent_redirect_is_adopted_after_three_polls() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        "/old.xml" => Reply::redirect(301, "/new.xml"),
        _ => Reply::ok("application/rss+xml", rss(&[("a", "一")])),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let ctx = pipeline_context(
        dir.path(),
        "",
        &[("moved", server.url("/old.xml").to_string())],
    );
    for _ in 0..4 {
        assert!(poll(&ctx, "moved").await.error.is_none());
    }
    assert_eq!(
        server.hits_on("/old.xml"),
        3,
        "the fourth poll goes straight to the new URL"
    );
    assert_eq!(server.hits_on("/new.xml"), 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_reuses_robots_txt_from_the_archive_until_it_is_a_day_old() {
    let server = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::ok("text/plain", "User-agent: *\nDisallow: /private/\n"),
        _ => Reply::ok("application/rss+xml", rss(&[("a", "标题")])),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let sources = [
        ("open", server.url("/rss.xml").to_string()),
        ("closed", server.url("/private/rss.xml").to_string()),
    ];
    {
        let ctx = pipeline_context(dir.path(), "", &sources);
        let s = poll(&ctx, "open").await;
        assert!(s.error.is_none(), "{:?}", s.error);
    }
    assert_eq!(server.hits_on("/robots.txt"), 1);

    // A restart on the same archive: the stored answer is reused, rules and all.
    {
        let ctx = pipeline_context(dir.path(), "", &sources);
        let s = poll(&ctx, "open").await;
        assert!(s.error.is_none(), "{:?}", s.error);
        let closed = poll(&ctx, "closed").await;
        assert_eq!(closed.error.map(|e| e.0).as_deref(), Some("robots"));
    }
    assert_eq!(server.hits_on("/robots.txt"), 1, "robots.txt was not asked for again");
    assert_eq!(server.hits_on("/private/rss.xml"), 0);

    // Once the stored answer is a day old it is asked for again.
    rusqlite::Connection::open(dir.path().join("archive.db"))
        .unwrap()
        .execute(
            "UPDATE captures SET fetched_at = '2000-01-01T00:00:00Z' WHERE purpose = 'robots'",
            [],
        )
        .unwrap();
    let ctx = pipeline_context(dir.path(), "", &sources);
    let s = poll(&ctx, "open").await;
    assert!(s.error.is_none(), "{:?}", s.error);
    assert_eq!(server.hits_on("/robots.txt"), 2);
}

/// Through the daemon's own per-source loops (`baoku run`, as systemd runs
/// it): a host that never finishes its answer and a host that fails do not
/// hold up a healthy source, which keeps being polled on its schedule.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_daemon_polls_healthy_sources_on_time_while_one_host_hangs_and_one_fails() {
    let stuck = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::Drip {
            body: vec![b' '; 10_000],
            every: Duration::from_secs(1),
        },
    })
    .await;
    let failing = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::status(503),
    })
    .await;
    let healthy = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::ok("application/rss+xml", rss(&[("a", "标题")])),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let sources: String = [
        ("stuck", stuck.url("/rss.xml")),
        ("failing", failing.url("/rss.xml")),
        ("healthy", healthy.url("/rss.xml")),
    ]
    .iter()
    .map(|(key, url)| common::feed_source(key, &format!("源{key}"), url.as_str(), &["河北省"], "city"))
    .collect();
    // Polls every 1–3 s; the stuck host's answer outlasts the whole test.
    let extra = "fetch_articles = false\ntimeout_ms = 60000\n\n[schedule]\nmin_interval_secs = 1\ndefault_interval_secs = 2\nmax_interval_secs = 3\n";
    let cfg = common::write_config(dir.path(), extra, &sources);
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_baoku"))
        .arg("--config")
        .arg(&cfg)
        .arg("run")
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    tokio::time::sleep(Duration::from_secs(13)).await;
    let _ = child.kill().await;

    let polls: Vec<Duration> = healthy
        .hits()
        .iter()
        .filter(|h| h.path == "/rss.xml")
        .map(|h| h.at - t0)
        .collect();
    // New sources start within 3 s; the schedule then allows at most 3 s
    // (max_interval) plus 10 % jitter between polls.
    assert!(polls.len() >= 3, "healthy source polled {} times: {polls:?}", polls.len());
    assert!(polls[0] <= Duration::from_secs(5), "first poll late: {polls:?}");
    for pair in polls.windows(2) {
        assert!(pair[1] - pair[0] <= Duration::from_secs(5), "healthy source waited: {polls:?}");
    }
    assert_eq!(stuck.hits_on("/rss.xml"), 1, "the stuck poll is still hanging on its one request");
    assert!(failing.hits_on("/rss.xml") >= 2, "the failing source keeps being retried");
}

/// Polls wait for their host before they take one of the overall slots
/// (4 × max_connections), so a host with many sources queued behind a slow
/// answer cannot hold the slots every other host needs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crowded_slow_host_does_not_take_the_poll_slots_of_others() {
    let slow = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::Drip {
            body: b"<rs".to_vec(),
            every: Duration::from_secs(1),
        },
    })
    .await;
    let fast = Server::start(|h| match h.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::ok("application/rss+xml", rss(&[("a", "标题")])),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    // max_connections = 2: 8 poll slots, fewer than the slow host's 10 sources.
    let mut sources: Vec<(String, String)> = (0..10)
        .map(|i| (format!("slow{i}"), slow.url(&format!("/{i}.xml")).to_string()))
        .collect();
    sources.push(("fast".into(), fast.url("/rss.xml").to_string()));
    let refs: Vec<(&str, String)> = sources.iter().map(|(k, u)| (k.as_str(), u.clone())).collect();
    let ctx = pipeline_context(dir.path(), "max_connections = 2", &refs);
    let t0 = Instant::now();
    let round = tokio::spawn({
        let ctx = ctx.clone();
        async move { baoku::pipeline::poll_all(&ctx, 100).await }
    });
    while fast.hits_on("/rss.xml") == 0 && t0.elapsed() < Duration::from_secs(10) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let fast_at = fast.hits().iter().find(|h| h.path == "/rss.xml").map(|h| h.at - t0);
    // The fast poll finishes; the first slow one is still reading its answer
    // and the other nine wait at their host's gate.
    let gauges = || {
        use std::sync::atomic::Ordering::Relaxed;
        (ctx.metrics.polls_running.load(Relaxed), ctx.metrics.polls_waiting.load(Relaxed))
    };
    let settle = Instant::now();
    while gauges() != (1, 9) && settle.elapsed() < Duration::from_secs(1) {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(gauges(), (1, 9), "(running, waiting)");
    round.abort();
    let fast_at = fast_at.expect("the fast source was polled");
    // Each slow answer takes 3 s; had the slow host's queued polls taken the
    // slots, the fast source would have waited for the first of them.
    assert!(fast_at < Duration::from_millis(1500), "fast source waited {fast_at:?}");
    assert_eq!(slow.hits().iter().filter(|h| h.path != "/robots.txt").count(), 1, "one slow poll at a time");
}
