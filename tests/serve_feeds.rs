//! The output feeds over HTTP: fetched, parsed back with feed-rs, revalidated with ETags.

mod common;

use std::sync::Arc;

use baoku::config::Config;
use common::*;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// Archives three fixture feeds (one story carried by two of them) and serves the result.
async fn served() -> (String, tempfile::TempDir, CancellationToken) {
    let dup_a = r#"<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>河北日报</title><link>http://hbrb.example.cn/</link>
<item><title>全省春季植树造林全面展开</title><link>http://hbrb.example.cn/c/1.html</link><guid>hbrb-1</guid><pubDate>2024-03-12 07:00</pubDate>
<description><![CDATA[<p>本报讯（记者 李华）全省春季造林绿化工作全面展开，各地抢抓有利时机，组织干部群众开展义务植树活动，截至目前已完成造林八十六万亩。</p>]]></description></item>
<item><title>雄安新区新开工项目四十个</title><link>http://hbrb.example.cn/c/2.html</link><guid>hbrb-2</guid><pubDate>2024-03-12 08:00</pubDate>
<description><![CDATA[<p>记者从雄安新区管委会获悉，今年以来新区新开工项目四十个，总投资超过一千亿元，启动区建设全面提速。</p>]]></description></item>
</channel></rss>"#;
    let dup_b = r#"<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>石家庄日报</title><link>http://sjzrb.example.cn/</link>
<item><title>我省春季造林绿化工作启动</title><link>http://sjzrb.example.cn/c/9.html</link><guid>sjzrb-9</guid><pubDate>2024-03-12 09:00</pubDate>
<description><![CDATA[<p>本报讯（记者 李华）全省春季造林绿化工作全面展开，各地抢抓有利时机，组织干部群众开展义务植树活动，截至目前已完成造林八十六万亩。</p>]]></description></item>
</channel></rss>"#;
    let other = r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>浙江省人民政府</title><id>urn:zj</id><updated>2024-03-12T10:00:00+08:00</updated>
<entry><title>浙江发布数字经济促进条例实施细则</title><id>urn:zj:1</id><link href="http://zj.example.cn/art/1.html"/><updated>2024-03-12T10:00:00+08:00</updated>
<content type="html">&lt;p&gt;省政府办公厅日前印发实施细则，推动数字经济高质量发展。&lt;/p&gt;</content></entry></feed>"#;
    let server = FixtureServer::start(vec![
        ("/hbrb.xml", Reply::ok("application/rss+xml", dup_a)),
        ("/sjzrb.xml", Reply::ok("application/rss+xml", dup_b)),
        ("/zj.xml", Reply::ok("application/atom+xml", other)),
    ])
    .await;
    let dir = tempfile::tempdir().unwrap();
    let sources = [
        feed_source("hbrb", "河北日报", &server.url("/hbrb.xml"), &["河北省"], "province"),
        feed_source("sjzrb", "石家庄日报", &server.url("/sjzrb.xml"), &["河北省", "石家庄市"], "city"),
        feed_source("zjgov", "浙江省人民政府", &server.url("/zj.xml"), &["浙江省"], "province"),
    ]
    .concat();
    let cfg = write_config(dir.path(), "fetch_articles = false", &sources);
    let config = Arc::new(Config::load(&cfg).unwrap());
    let ctx = baoku::daemon::open(config).unwrap();
    baoku::daemon::poll_once(&ctx).await;
    let cancel = CancellationToken::new();
    let tracker = TaskTracker::new();
    let addr = baoku::daemon::start_server(&ctx, "127.0.0.1:0".parse().unwrap(), cancel.clone(), &tracker)
        .await
        .unwrap();
    (format!("http://{addr}"), dir, cancel)
}

async fn get(url: &str) -> reqwest::Response {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new().get(url).send().await.unwrap()
}

async fn get_json(url: &str) -> serde_json::Value {
    serde_json::from_slice(&get(url).await.bytes().await.unwrap()).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn atom_feed_parses_back_with_one_entry_per_story() {
    let (base, _dir, cancel) = served().await;
    let resp = get(&format!("{base}/feed.atom")).await;
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["content-type"], "application/atom+xml; charset=utf-8");
    let body = resp.bytes().await.unwrap();
    let feed = feed_rs::parser::parse(&body[..]).unwrap();
    assert_eq!(feed.feed_type, feed_rs::model::FeedType::Atom);
    assert_eq!(feed.id, "http://feeds.example.org/feed");
    assert!(feed.links.iter().any(|l| l.rel.as_deref() == Some("self") && l.href == "http://feeds.example.org/feed.atom"));
    // Four articles, three stories: the reprint is folded into the provincial story.
    assert_eq!(feed.entries.len(), 3);
    let titles: Vec<String> = feed.entries.iter().map(|e| e.title.as_ref().unwrap().content.clone()).collect();
    assert!(titles.contains(&"全省春季植树造林全面展开".to_string()), "{titles:?}");
    assert!(!titles.contains(&"我省春季造林绿化工作启动".to_string()), "{titles:?}");
    // Newest first.
    assert_eq!(titles[0], "浙江发布数字经济促进条例实施细则");
    let story = feed.entries.iter().find(|e| e.title.as_ref().unwrap().content == "全省春季植树造林全面展开").unwrap();
    assert!(story.id.starts_with("http://feeds.example.org/story/"));
    assert!(story.updated.is_some());
    assert!(story.links.iter().any(|l| l.rel.as_deref() == Some("related") && l.href == "http://sjzrb.example.cn/c/9.html"));
    let html = story.content.as_ref().unwrap().body.as_ref().unwrap();
    assert!(html.contains("石家庄日报"), "{html}");
    cancel.cancel();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn etag_revalidation_gets_304() {
    let (base, _dir, cancel) = served().await;
    for path in ["/feed.atom", "/feed.rss", "/feed.json"] {
        let first = get(&format!("{base}{path}")).await;
        assert_eq!(first.status(), 200, "{path}");
        let etag = first.headers()["etag"].to_str().unwrap().to_owned();
        assert!(etag.starts_with('"') && etag.ends_with('"'), "strong ETag: {etag}");
        let again = reqwest::Client::new()
            .get(format!("{base}{path}"))
            .header("If-None-Match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{path}");
        assert!(again.bytes().await.unwrap().is_empty());
        let stale = reqwest::Client::new()
            .get(format!("{base}{path}"))
            .header("If-None-Match", "\"something-else\"")
            .send()
            .await
            .unwrap();
        assert_eq!(stale.status(), 200, "{path}");
    }
    cancel.cancel();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rss_and_json_feeds_parse_and_filters_apply() {
    let (base, _dir, cancel) = served().await;
    let rss = get(&format!("{base}/feed.rss")).await.bytes().await.unwrap();
    let feed = feed_rs::parser::parse(&rss[..]).unwrap();
    assert_eq!(feed.entries.len(), 3);

    let feed_json: serde_json::Value = get_json(&format!("{base}/feed.json")).await;
    assert_eq!(feed_json["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(feed_json["items"].as_array().unwrap().len(), 3);
    let parsed = feed_rs::parser::parse(serde_json::to_vec(&feed_json).unwrap().as_slice()).unwrap();
    assert_eq!(parsed.entries.len(), 3);

    let by_region: serde_json::Value = get_json(&format!("{base}/feed.json?region=浙江省")).await;
    let items = by_region["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["title"], "浙江发布数字经济促进条例实施细则");

    // A source filter shows that source's own copy of a shared story.
    let by_source: serde_json::Value = get_json(&format!("{base}/feed.json?source=sjzrb")).await;
    let items = by_source["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["title"], "我省春季造林绿化工作启动");

    let limited: serde_json::Value = get_json(&format!("{base}/feed.json?limit=1")).await;
    assert_eq!(limited["items"].as_array().unwrap().len(), 1);

    let q: serde_json::Value = get_json(&format!("{base}/feed.json?q=雄安")).await;
    assert_eq!(q["items"].as_array().unwrap().len(), 1);
    assert_eq!(q["items"][0]["title"], "雄安新区新开工项目四十个");
    cancel.cancel();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_and_metrics() {
    let (base, _dir, cancel) = served().await;
    let h: serde_json::Value = get_json(&format!("{base}/healthz")).await;
    assert_eq!(h["status"], "ok");
    assert_eq!(h["articles"], 4);
    assert_eq!(h["stories"], 3);
    let m = get(&format!("{base}/metrics")).await.text().await.unwrap();
    assert!(m.contains("baoku_polls_total{outcome=\"ok\"} 3"), "{m}");
    assert!(m.contains("baoku_stories 3"), "{m}");
    // The round is over: nothing waits or runs.
    assert!(m.contains("baoku_polls_waiting 0\n"), "{m}");
    assert!(m.contains("baoku_polls_running 0\n"), "{m}");
    cancel.cancel();
}
