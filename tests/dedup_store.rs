//! Dedup with the archive: stories and their origin, relations, and an index
//! that rebuilds from SQLite to the same decisions after a restart.

mod dedup_common;

use std::path::Path;

use baoku::config::Config;
use baoku::dedup::{self, Doc, Index, Relation};
use baoku::store::{NewArticle, Store};
use chrono::{DateTime, Duration, TimeZone, Utc};
use dedup_common::*;

const CONFIG: &str = r#"
[storage]
path = "unused.db"

[[source]]
key = "hebrb"
name = "河北日报"
url = "https://hebrb.example.org/rss.xml"
kind = "feed"
region = ["河北省"]
level = "province"

[[source]]
key = "sjzrb"
name = "石家庄日报"
url = "https://sjzrb.example.org/rss.xml"
kind = "feed"
region = ["河北省", "石家庄市"]
level = "city"

[[source]]
key = "portal"
name = "某县人民政府"
url = "https://portal.example.org/rss.xml"
kind = "feed"
region = ["河北省"]
level = "county"
"#;

fn open(path: &Path) -> (Store, std::collections::HashMap<String, i64>) {
    let cfg = Config::parse(CONFIG, Path::new("test.toml")).expect("config");
    let store = Store::open(path).expect("store");
    let ids = store.sync_sources(&cfg.sources).expect("sources");
    (store, ids)
}

fn at(h: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2022, 3, 28, 12, 0, 0).unwrap() + Duration::hours(h)
}

/// Archives one article and files it through dedup, as the daemon does.
fn archive(store: &Store, idx: &mut Index, source_id: i64, guid: &str, text: &str, when: DateTime<Utc>) -> (i64, dedup::Admitted) {
    let a = NewArticle {
        source_id,
        guid: guid.into(),
        url: format!("https://example.org/{guid}"),
        canonical_url: format!("https://example.org/{guid}"),
        title: text.lines().next().unwrap_or_default().into(),
        published_at: Some(when),
        fetched_at: when,
        text: text.into(),
        text_from: "page",
        ..Default::default()
    };
    let id = store.upsert_article(&a).expect("upsert").id();
    let doc = Doc { id, text: text.into(), published: Some(when), ..Default::default() };
    let admitted = dedup::admit(idx, store, &doc).expect("admit");
    (id, admitted)
}

#[test]
fn origin_is_the_credited_source_over_the_earliest_copy() {
    let dir = tempfile::tempdir().unwrap();
    let (store, src) = open(&dir.path().join("a.db"));
    let mut idx = Index::new();
    let (_, hebei, _) = seed_stories();
    // The county portal runs the story first, crediting 河北日报 in its byline;
    // 河北日报's own copy arrives three hours later.
    let (portal_id, first) = archive(&store, &mut idx, src["portal"], "p1", &reprint(&hebei, "全省视频调度会议召开"), at(0));
    assert_eq!(first.decided, None);
    let (heb_id, second) = archive(&store, &mut idx, src["hebrb"], "h1", &hebei, at(3));
    assert_eq!(second.decided.map(|m| (m.relation, m.of)), Some((Relation::Near, portal_id)));
    let (story, first_id, origin_id, copies) = store.story_of(heb_id).unwrap().unwrap();
    assert_eq!(story, first.story_id);
    assert_eq!(first_id, portal_id, "earliest copy");
    assert_eq!(origin_id, heb_id, "origin: the credited paper, not the earliest copy");
    assert_eq!(copies, 2);
    let rels = store.relations_of(heb_id).unwrap();
    assert_eq!(rels.len(), 1);
    assert_eq!((rels[0].0, rels[0].1), (portal_id, Relation::Near));
}

#[test]
fn without_a_known_credit_the_earliest_copy_is_the_origin() {
    let dir = tempfile::tempdir().unwrap();
    let (store, src) = open(&dir.path().join("a.db"));
    let mut idx = Index::new();
    let text = fixture("reservoir.txt").replace("本报讯(记者 刘晓明 通讯员 赵静)", "");
    let (late, _) = archive(&store, &mut idx, src["sjzrb"], "s1", &text, at(5));
    let (early, m) = archive(&store, &mut idx, src["portal"], "p1", &reprint(&text, "山区供水工程完工"), at(1));
    assert!(m.decided.is_some());
    let (_, first_id, origin_id, _) = store.story_of(late).unwrap().unwrap();
    assert_eq!((first_id, origin_id), (early, early));
}

#[test]
fn decisions_are_the_same_across_a_restart_and_across_runs() {
    let (page, hebei, shijiazhuang) = seed_stories();
    let n = notices();
    let reservoir = fixture("reservoir.txt");
    let farm = fixture("farm.txt");
    let texts: Vec<String> = vec![
        hebei.clone(),
        reservoir.clone(),
        n[0].clone(),
        reprint(&hebei, "新标题"),
        n[1].clone(),
        shijiazhuang.clone(),
        // restart here
        page.clone(),
        lead(&reservoir, 2),
        farm.clone(),
        reprint(&reservoir, "又一标题"),
        n[0].replace(',', "，"),
    ];
    let decide_all = |restart_at: Option<usize>| -> Vec<(i64, Option<(Relation, i64)>, i64)> {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("a.db");
        let (mut store, mut src) = open(&db);
        let mut idx = Index::new();
        let mut out = Vec::new();
        for (i, t) in texts.iter().enumerate() {
            if Some(i) == restart_at {
                drop(store);
                (store, src) = open(&db);
                idx = Index::load(&store).expect("rebuild from SQLite");
            }
            let key = ["hebrb", "sjzrb", "portal"][i % 3];
            let (id, a) = archive(&store, &mut idx, src[key], &format!("g{i}"), t, at(i as i64));
            out.push((id, a.decided.map(|m| (m.relation, m.of)), a.story_id));
        }
        out
    };
    let straight = decide_all(None);
    assert_eq!(straight, decide_all(None), "two runs agree");
    assert_eq!(straight, decide_all(Some(6)), "a restart changes nothing");
    // And the run found what it should, so the comparison means something.
    assert_eq!(straight[3].1.map(|r| r.0), Some(Relation::Near));
    assert_eq!(straight[4].1, None, "template notice twin stays apart");
    assert_eq!(straight[6].1.map(|r| r.0), Some(Relation::Contained));
    assert_eq!(straight[7].1.map(|r| r.0), Some(Relation::Contained));
    assert_eq!(straight[10].1.map(|r| r.0), Some(Relation::Exact));
}

#[test]
fn index_loads_articles_archived_without_a_signature() {
    let dir = tempfile::tempdir().unwrap();
    let (store, src) = open(&dir.path().join("a.db"));
    let reservoir = fixture("reservoir.txt");
    let a = NewArticle {
        source_id: src["hebrb"],
        guid: "old".into(),
        url: "https://example.org/old".into(),
        canonical_url: "https://example.org/old".into(),
        fetched_at: at(0),
        published_at: Some(at(0)),
        text: reservoir.clone(),
        text_from: "page",
        ..Default::default()
    };
    let old = store.upsert_article(&a).unwrap().id();
    store.assign_story(old, None).unwrap();
    let idx = Index::load(&store).unwrap();
    assert_eq!(idx.len(), 1);
    let copy = Doc { id: 99, text: reservoir, published: Some(at(2)), ..Default::default() };
    assert_eq!(idx.decide(&copy).map(|m| (m.relation, m.of)), Some((Relation::Exact, old)));
}

#[test]
fn an_article_stored_but_not_filed_before_a_crash_is_filed_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    let reservoir = fixture("reservoir.txt");
    let (first, copy) = {
        let (store, src) = open(&path);
        let mut idx = Index::load(&store).unwrap();
        let (first, _) = archive(&store, &mut idx, src["hebrb"], "first", &reservoir, at(0));
        // The copy is stored, then the process stops before dedup sees it.
        let a = NewArticle {
            source_id: src["sjzrb"],
            guid: "copy".into(),
            url: "https://example.org/copy".into(),
            canonical_url: "https://example.org/copy".into(),
            fetched_at: at(3),
            published_at: Some(at(3)),
            text: reservoir.clone(),
            text_from: "page",
            ..Default::default()
        };
        (first, store.upsert_article(&a).unwrap().id())
    };
    let story = |id: i64| -> Option<i64> {
        rusqlite::Connection::open(&path)
            .unwrap()
            .query_row("SELECT story_id FROM articles WHERE id = ?1", [id], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(story(copy), None);
    let (store, _) = open(&path);
    let idx = Index::load(&store).unwrap();
    assert_eq!(idx.len(), 2);
    assert!(story(first).is_some());
    assert_eq!(story(copy), story(first), "the copy joined the first article's story");
    let relation: String = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("SELECT relation FROM articles WHERE id = ?1", [copy], |r| r.get(0))
        .unwrap();
    assert_eq!(relation, "exact");
}
