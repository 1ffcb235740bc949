//! A poll round against a fixture server on 127.0.0.1, asserted on the archive rows.

mod common;

use std::sync::Arc;
use std::time::Duration;

use baoku::config::Config;
use common::*;

fn feeds_routes() -> Vec<(&'static str, Reply)> {
    vec![
        ("/utf8.xml", Reply::ok("application/rss+xml; charset=utf-8", fixture("feeds/utf8.xml"))),
        ("/gbk-declared.xml", Reply::ok("application/xml", fixture("feeds/gbk_declared.xml"))),
        ("/gbk-header.xml", Reply::ok("application/rss+xml; charset=GBK", fixture("feeds/gbk_header.xml"))),
        ("/lying.xml", Reply::ok("text/xml", fixture("feeds/lying.xml"))),
        ("/dates.xml", Reply::ok("application/rss+xml", fixture("feeds/dates.xml"))),
        ("/noguid.xml", Reply::ok("application/rss+xml", fixture("feeds/noguid.xml"))),
        ("/broken.xml", Reply::status(500)),
        ("/error-page.xml", Reply::ok("text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>系统维护中</title></head><body><p>网站正在维护，请稍后访问。</p></body></html>")),
        ("/slow.xml", Reply::Slow { delay: Duration::from_secs(10), body: fixture("feeds/utf8.xml") }),
    ]
}

async fn poll(config_path: &std::path::Path) -> Arc<baoku::pipeline::Context> {
    let config = Arc::new(Config::load(config_path).unwrap());
    let ctx = baoku::daemon::open(config).unwrap();
    baoku::daemon::poll_once(&ctx).await;
    ctx
}

fn titles(db: &rusqlite::Connection, key: &str) -> Vec<String> {
    let mut st = db
        .prepare("SELECT a.title FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.key = ?1 ORDER BY a.title")
        .unwrap();
    st.query_map([key], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
}

fn capture_reason(db: &rusqlite::Connection, key: &str) -> (String, String) {
    db.query_row(
        "SELECT c.charset, c.charset_reason FROM captures c JOIN sources s ON s.id = c.source_id
         WHERE s.key = ?1 AND c.purpose = 'feed' ORDER BY c.id LIMIT 1",
        [key],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap()
}

fn no_articles() -> &'static str {
    "fetch_articles = false"
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn utf8_gbk_and_lying_feeds_are_decoded_and_archived() {
    let server = FixtureServer::start(feeds_routes()).await;
    let dir = tempfile::tempdir().unwrap();
    let sources = [
        feed_source("hebnews", "河北新闻网", &server.url("/utf8.xml"), &["河北省"], "province"),
        feed_source("sjznews", "石家庄新闻网", &server.url("/gbk-declared.xml"), &["河北省", "石家庄市"], "city"),
        feed_source("bdrb", "保定日报", &server.url("/gbk-header.xml"), &["河北省", "保定市"], "city"),
        feed_source("handan", "邯郸市人民政府", &server.url("/lying.xml"), &["河北省", "邯郸市"], "city"),
    ]
    .concat();
    let cfg = write_config(dir.path(), no_articles(), &sources);
    poll(&cfg).await;
    let db = open_db(dir.path());

    assert_eq!(titles(&db, "hebnews"), vec!["唐山港货物吞吐量同比增长", "雄安新区启动区建设全面提速"]);
    assert_eq!(titles(&db, "sjznews"), vec!["正定古城迎来旅游高峰", "石家庄地铁四号线开通运营"]);
    assert_eq!(titles(&db, "bdrb"), vec!["保定市召开优化营商环境推进会"]);
    assert_eq!(titles(&db, "handan"), vec!["邯郸市发布防汛应急预案"]);

    assert_eq!(capture_reason(&db, "hebnews"), ("UTF-8".into(), "http-header".into()));
    assert_eq!(capture_reason(&db, "sjznews"), ("gb18030".into(), "xml-decl".into()));
    assert_eq!(capture_reason(&db, "bdrb"), ("gb18030".into(), "http-header".into()));
    assert_eq!(capture_reason(&db, "handan"), ("UTF-8".into(), "utf8-valid-over-declared".into()));

    // The feed's own fields are kept: guid, link, summary text, author, times seen.
    let (guid, url, text, authors, first, last): (String, String, String, String, String, String) = db
        .query_row(
            "SELECT guid, url, text, authors, first_seen_at, last_seen_at FROM articles WHERE guid = 'hb-1'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .unwrap();
    assert_eq!(guid, "hb-1");
    assert_eq!(url, "http://news.example.cn/2024-05/14/content_1.htm");
    assert_eq!(text, "记者从雄安新区管委会获悉，启动区建设全面提速。\n今年以来，新开工项目四十个。");
    assert_eq!(authors, "[\"河北新闻网\"]");
    assert_eq!(first, last);

    // Every article belongs to a story; the raw feed body is kept compressed.
    let orphans: i64 = db.query_row("SELECT count(*) FROM articles WHERE story_id IS NULL", [], |r| r.get(0)).unwrap();
    assert_eq!(orphans, 0);
    let raw: Vec<u8> = db
        .query_row(
            "SELECT b.body_zstd FROM captures c JOIN capture_bodies b ON b.digest = c.digest
             JOIN sources s ON s.id = c.source_id WHERE s.key = 'sjznews'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(zstd::decode_all(&raw[..]).unwrap(), fixture("feeds/gbk_declared.xml"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chinese_date_formats_are_read_as_beijing_time() {
    let server = FixtureServer::start(feeds_routes()).await;
    let dir = tempfile::tempdir().unwrap();
    let cfg = write_config(dir.path(), no_articles(), &feed_source("hnrb", "河南日报", &server.url("/dates.xml"), &["河南省"], "province"));
    poll(&cfg).await;
    let db = open_db(dir.path());
    let mut st = db.prepare("SELECT guid, published_at FROM articles ORDER BY guid").unwrap();
    let got: Vec<(String, String)> = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect();
    assert_eq!(
        got,
        vec![
            ("d1".into(), "2024-05-14T02:30:00Z".into()),
            ("d2".into(), "2024-05-14T02:30:00Z".into()),
            ("d3".into(), "2024-05-13T16:00:00Z".into()),
            ("d4".into(), "2024-05-14T02:30:00Z".into()),
            ("d5".into(), "2024-05-14T02:30:00Z".into()),
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_feed_without_guids_polled_twice_has_no_duplicates() {
    let server = FixtureServer::start(feeds_routes()).await;
    let dir = tempfile::tempdir().unwrap();
    let cfg = write_config(dir.path(), no_articles(), &feed_source("hubei", "湖北省人民政府", &server.url("/noguid.xml"), &["湖北省"], "province"));
    poll(&cfg).await;
    let db = open_db(dir.path());
    let count = || -> i64 { db.query_row("SELECT count(*) FROM articles", [], |r| r.get(0)).unwrap() };
    assert_eq!(count(), 4);
    let first_ids: Vec<String> = {
        let mut st = db.prepare("SELECT guid FROM articles ORDER BY guid").unwrap();
        st.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    // The second response differs (lastBuildDate), so it is really parsed again.
    poll(&cfg).await;
    assert_eq!(server.hits("/noguid.xml"), 2);
    assert_eq!(count(), 4);
    let polls: i64 = db.query_row("SELECT count(*) FROM polls WHERE outcome = 'ok'", [], |r| r.get(0)).unwrap();
    assert_eq!(polls, 2);
    let second_ids: Vec<String> = {
        let mut st = db.prepare("SELECT guid FROM articles ORDER BY guid").unwrap();
        st.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    assert_eq!(first_ids, second_ids);
    assert!(first_ids.iter().any(|g| g == "http://hb.example.cn/art/2024/5/14/art_1_1.html"));
    assert_eq!(first_ids.iter().filter(|g| g.starts_with("urn:baoku:xxh3:")).count(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failing_sources_are_recorded_and_do_not_stop_the_others() {
    let server = FixtureServer::start(feeds_routes()).await;
    let dir = tempfile::tempdir().unwrap();
    let sources = [
        feed_source("good", "河北新闻网", &server.url("/utf8.xml"), &["河北省"], "province"),
        feed_source("broken", "坏源", &server.url("/broken.xml"), &["河北省"], "city"),
        feed_source("errpage", "错误页", &server.url("/error-page.xml"), &["河北省"], "city"),
        feed_source("slow", "慢源", &server.url("/slow.xml"), &["河北省"], "city"),
    ]
    .concat();
    let cfg = write_config(dir.path(), "fetch_articles = false\ntimeout_ms = 1500", &sources);
    poll(&cfg).await;
    let db = open_db(dir.path());
    let state = |key: &str| -> (i64, Option<String>, Option<String>, Option<String>) {
        db.query_row(
            "SELECT error_count, last_error_kind, last_error_at, next_poll_at FROM sources WHERE key = ?1",
            [key],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap()
    };
    assert_eq!(titles(&db, "good").len(), 2);
    assert_eq!(state("good").0, 0);
    for (key, kind) in [("broken", "http-500"), ("errpage", "not-a-feed"), ("slow", "timeout")] {
        let (count, k, at, next) = state(key);
        assert_eq!(count, 1, "{key}");
        assert_eq!(k.as_deref(), Some(kind), "{key}");
        assert!(at.is_some() && next.is_some(), "{key}");
    }
    let errors: i64 = db.query_row("SELECT count(*) FROM polls WHERE outcome = 'error'", [], |r| r.get(0)).unwrap();
    assert_eq!(errors, 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn poll_once_command_exits_zero_despite_a_failing_source() {
    let server = FixtureServer::start(feeds_routes()).await;
    let dir = tempfile::tempdir().unwrap();
    let sources = [
        feed_source("good", "河北新闻网", &server.url("/utf8.xml"), &["河北省"], "province"),
        feed_source("broken", "坏源", &server.url("/broken.xml"), &["河北省"], "city"),
    ]
    .concat();
    let cfg = write_config(dir.path(), no_articles(), &sources);
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_baoku"))
        .arg("--config")
        .arg(&cfg)
        .args(["poll", "--once"])
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("broken: error (http-500)"), "{stdout}");
    assert!(stdout.contains("good: 2 entries, 2 new articles"), "{stdout}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn configured_mirror_hosts_make_one_story_of_one_url() {
    // The mobile site and the main site publish the same page; the two feeds
    // summarise it differently, so only the URL says it is one story.
    let a = r#"<rss version="2.0"><channel><title>河北新闻网</title>
<item><title>雄安新区启动区建设全面提速</title><link>https://hebnews.cn/2024-05/14/content_1.htm</link><guid>a-1</guid>
<description>记者从雄安新区管委会获悉，启动区建设全面提速，今年以来新开工项目四十个，总投资超过一千亿元。</description></item></channel></rss>"#;
    let b = r#"<rss version="2.0"><channel><title>河北新闻网手机版</title>
<item><title>雄安：启动区建设提速</title><link>http://m.hebnews.cn/2024-05/14/content_1.htm?from=timeline</link><guid>b-1</guid>
<description>雄安新区多个重点项目集中开工，建设现场一派繁忙景象，工人们正在加紧施工。</description></item></channel></rss>"#;
    let stories = |extra_dedup: &'static str| async move {
        let server = FixtureServer::start(vec![
            ("/a.xml", Reply::ok("application/rss+xml", a)),
            ("/b.xml", Reply::ok("application/rss+xml", b)),
        ])
        .await;
        let dir = tempfile::tempdir().unwrap();
        let sources = [
            feed_source("heb", "河北新闻网", &server.url("/a.xml"), &["河北省"], "province"),
            feed_source("hebm", "河北新闻网手机版", &server.url("/b.xml"), &["河北省"], "province"),
        ]
        .concat();
        let cfg = write_config(dir.path(), "fetch_articles = false", &format!("{extra_dedup}\n{sources}"));
        poll(&cfg).await;
        let db = open_db(dir.path());
        let n: i64 = db.query_row("SELECT count(DISTINCT story_id) FROM articles", [], |r| r.get(0)).unwrap();
        n
    };
    assert_eq!(stories("").await, 2);
    assert_eq!(stories("[dedup.urls]\nmirror_hosts = [[\"m.hebnews.cn\", \"hebnews.cn\"]]\n").await, 1);
}
