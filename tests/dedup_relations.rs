//! Each relation on small fixtures, the seed page against its two stories,
//! and the hard negatives that must stay apart.

mod dedup_common;

use baoku::dedup::{Doc, Index, Match, Relation};
use chrono::{DateTime, Duration, TimeZone, Utc};
use dedup_common::*;

fn day(d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2023, 4, d, 2, 0, 0).unwrap()
}

fn doc(id: i64, text: &str, at: DateTime<Utc>) -> Doc {
    Doc { id, text: text.to_owned(), source: format!("s{id}"), published: Some(at), ..Default::default() }
}

/// Archives `docs` in order, returning each one's decision.
fn run(docs: &[Doc]) -> Vec<Option<Match>> {
    let mut idx = Index::new();
    docs.iter()
        .map(|d| {
            let m = idx.decide(d);
            idx.insert(d, m.as_ref());
            m
        })
        .collect()
}

fn rel(m: &Option<Match>) -> (Relation, i64) {
    m.map_or((Relation::New, 0), |m| (m.relation, m.of))
}

#[test]
fn each_relation_on_small_fixtures() {
    let reservoir = fixture("reservoir.txt");
    let farm = fixture("farm.txt");
    // Only furniture differs: editor and 来源 lines, punctuation width, layout breaks.
    let same = format!(
        "来源：石家庄日报\n{}\n\n（责任编辑：赵六）",
        reservoir.replace(',', "，").replace("主体完工", "主体\n\n完工")
    );
    let docs = [
        doc(1, &reservoir, day(12)),
        doc(2, &farm, day(12)),
        doc(3, &same, day(12)),
        doc(4, &reprint(&reservoir, "山区群众今夏喝上放心水"), day(13)),
        doc(5, &lead(&farm, 2), day(13)),
    ];
    let got = run(&docs);
    assert_eq!(rel(&got[0]), (Relation::New, 0));
    assert_eq!(rel(&got[1]), (Relation::New, 0), "a different story is new");
    assert_eq!(rel(&got[2]), (Relation::Exact, 1));
    assert_eq!(rel(&got[3]), (Relation::Near, 1), "new headline and lines: near, {:?}", got[3]);
    assert!(got[3].unwrap().score >= 0.6 && got[3].unwrap().score < 1.0);
    assert_eq!(rel(&got[4]), (Relation::Contained, 2), "a lead excerpt is contained, {:?}", got[4]);
}

#[test]
fn traditional_character_reprint_is_near_or_exact() {
    let farm = fixture("farm.txt");
    // A Hong Kong site's reprint, converted character by character.
    let trad: String = farm
        .chars()
        .map(|c| match c {
            '间' => '間',
            '处' => '處',
            '场' => '場',
            '农' => '農',
            '业' => '業',
            '数' => '數',
            '据' => '據',
            '术' => '術',
            '导' => '導',
            '药' => '藥',
            '气' => '氣',
            '时' => '時',
            '发' => '發',
            '风' => '風',
            c => c,
        })
        .collect();
    assert_ne!(trad, farm);
    let got = run(&[doc(1, &farm, day(6)), doc(2, &trad, day(7))]);
    assert_eq!(got[1].map(|m| m.of), Some(1), "{:?}", got[1]);
    assert!(matches!(got[1].unwrap().relation, Relation::Exact | Relation::Near));
}

#[test]
fn seed_page_contains_both_of_its_stories_archived_separately() {
    let (page, hebei, shijiazhuang) = seed_stories();
    let mut idx = Index::new();
    let a = doc(1, &hebei, day(28));
    let b = doc(2, &shijiazhuang, day(28));
    assert_eq!(idx.decide(&a), None);
    idx.insert(&a, None);
    assert_eq!(idx.decide(&b), None, "two meetings with the same stock phrases stay apart");
    idx.insert(&b, None);
    let p = doc(3, &page, day(29));
    let ms = idx.matches(&p);
    let rels: Vec<(Relation, i64)> = ms.iter().map(|m| (m.relation, m.of)).collect();
    assert!(rels.contains(&(Relation::Contained, 1)), "{ms:?}");
    assert!(rels.contains(&(Relation::Contained, 2)), "{ms:?}");
    assert_eq!(idx.decide(&p).map(|m| m.relation), Some(Relation::Contained));
}

#[test]
fn seed_stories_arriving_after_the_page_are_contained_in_it() {
    let (page, hebei, shijiazhuang) = seed_stories();
    let got = run(&[doc(1, &page, day(28)), doc(2, &hebei, day(29)), doc(3, &shijiazhuang, day(29))]);
    assert_eq!(rel(&got[1]), (Relation::Contained, 1));
    assert_eq!(rel(&got[2]), (Relation::Contained, 1));
}

#[test]
fn hard_negatives_stay_apart_while_their_reprints_match() {
    let n = notices();
    assert_eq!(n.len(), 6);
    for pair in n.chunks(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let got = run(&[doc(1, a, day(3)), doc(2, b, day(4)), doc(3, &format!("{}\n编辑：张三", a.replace(',', "，")), day(4))]);
        assert_eq!(got[1], None, "template twin must be new:\n{a}\n{b}\n{:?}", got[1]);
        assert_eq!(got[2].map(|m| m.of), Some(1), "its own reprint still matches: {a}");
    }
}

#[test]
fn same_text_far_apart_in_time_is_a_new_story_when_short() {
    let short = "今日全市无新增本土确诊病例,无新增无症状感染者。";
    let got = run(&[doc(1, short, day(1)), doc(2, short, day(1) + Duration::days(30)), doc(3, short, day(1) + Duration::hours(5))]);
    assert_eq!(got[1], None);
    assert_eq!(rel(&got[2]), (Relation::Exact, 1));
    // A long text copied much later is still the same story.
    let long = fixture("reservoir.txt");
    let got = run(&[doc(1, &long, day(1)), doc(2, &long, day(1) + Duration::days(90))]);
    assert_eq!(rel(&got[1]), (Relation::Exact, 1));
    // But an edited copy far outside the window is not matched by resemblance.
    let got = run(&[doc(1, &long, day(1)), doc(2, &reprint(&long, "旧闻重发"), day(1) + Duration::days(90))]);
    assert_eq!(got[1], None);
}

#[test]
fn canonical_url_and_global_guid_match_before_text() {
    let mut idx = Index::new();
    let a = Doc {
        id: 1,
        text: "短讯".into(),
        url: Some("http://www.hebnews.cn/a/1.htm?utm_source=x".into()),
        ..Default::default()
    };
    idx.insert(&a, None);
    let b = Doc { id: 2, text: "短讯(更新)".into(), url: Some("https://hebnews.cn/a/1.htm".into()), ..Default::default() };
    assert_eq!(idx.decide(&b).map(|m| (m.relation, m.of)), Some((Relation::Exact, 1)));
    let c = Doc { id: 3, text: "另一条".into(), guid: Some("https://hebnews.cn/a/1.htm#x".into()), ..Default::default() };
    assert_eq!(idx.decide(&c).map(|m| m.of), Some(1));
    let d = Doc { id: 4, text: "另一条".into(), guid: Some("12345".into()), ..Default::default() };
    assert_eq!(idx.decide(&d), None, "a bare number is only unique within its feed");
}

#[test]
fn the_second_story_on_a_page_does_not_join_the_first_through_the_page() {
    let (page, hebei, shijiazhuang) = seed_stories();
    let got = run(&[doc(1, &hebei, day(28)), doc(2, &page, day(28)), doc(3, &shijiazhuang, day(29)), doc(4, &lead(&hebei, 5), day(29))]);
    assert_eq!(rel(&got[1]), (Relation::Contained, 1), "the page holds the archived story");
    assert_eq!(got[2], None, "the page's other story is a story of its own: {:?}", got[2]);
    assert_eq!(got[3].map(|m| m.of), Some(1), "an excerpt of the held story still joins it");
}

#[test]
fn short_notice_copies_match_on_dense_anchors() {
    // 60-odd characters: too few sparse anchors to judge on, enough dense ones.
    let a = "市第一中学教学楼维修改造工程今日开标,共有7家单位参与投标,最终由市建工集团以185.6万元中标。";
    let b = "市第一中学教学楼维修改造工程今日开标，共有7家单位参与投标，最终由市建工集团以185.6万元中标。\n（编辑 张三）";
    let c = "市第三中学教学楼维修改造工程今日开标,共有9家单位参与投标,最终由市路桥公司以212.3万元中标。";
    let got = run(&[doc(1, a, day(3)), doc(2, c, day(3)), doc(3, &format!("开标结果\n{b}"), day(4))]);
    assert_eq!(got[1], None, "template twin");
    assert_eq!(got[2].map(|m| m.of), Some(1), "{:?}", got[2]);
}
