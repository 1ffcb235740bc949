//! The extractor on fixture pages written for these tests: a government CMS
//! page, a Founder e-paper article, a GBK page that declares no charset, and
//! the seed text as a page holding two stories from two papers.

use std::path::PathBuf;

use baoku::config::SelectorsConfig;
use baoku::extract::{Extracted, Options, extract};
use url::Url;

fn fixture(name: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extract").join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn run(name: &str, opts: &Options) -> Vec<Extracted> {
    let d = baoku::fetch::decode::decode(&fixture(name), None);
    extract(&d.text, opts)
}

fn published(a: &Extracted) -> String {
    a.published.expect("a publish time").at.to_rfc3339()
}

#[test]
fn government_cms_page_uses_its_metas_and_drops_page_furniture() {
    let url = Url::parse("http://www.hebei.gov.cn/yw/202203/t20220329_1234567.shtml").unwrap();
    let opts = Options { url: Some(&url), preset: Some("trs"), ..Default::default() };
    let a = run("gov_trs.html", &opts);
    assert_eq!(a.len(), 1);
    let a = &a[0];
    assert_eq!(a.title.as_deref(), Some("省政府召开常务会议 研究部署春季农业生产工作"));
    assert_eq!(published(a), "2022-03-29T08:15:00+08:00");
    assert_eq!(a.source.as_deref(), Some("河北日报"));
    assert_eq!(a.authors, ["王乐文", "方敏"]);
    assert_eq!(a.editors, ["李明"]);
    assert!(a.text.starts_with("本报讯（记者 王乐文 方 敏）3月28日"), "{}", a.text);
    assert!(a.text.ends_with("会议还研究了其他事项。"), "{}", a.text);
    assert_eq!(a.text.lines().count(), 5);
    for junk in ["分享到", "打印本页", "版权所有", "相关新闻", "现场推进会", "首页", "字号", "责任编辑"] {
        assert!(!a.text.contains(junk), "{junk} in {}", a.text);
    }
    assert!(
        a.content_html.contains(r#"src="http://www.hebei.gov.cn/yw/202203/W020220329301234567890.jpg""#),
        "{}",
        a.content_html
    );
    assert!(!a.content_html.contains("<script"));
}

#[test]
fn founder_article_reads_the_enpproperty_comment_and_enpcontent_body() {
    let a = run("founder_article.html", &Options { preset: Some("founder-pc"), ..Default::default() });
    assert_eq!(a.len(), 1);
    let a = &a[0];
    assert_eq!(a.title.as_deref(), Some("春耕时节农事忙"));
    assert_eq!(a.subtitle.as_deref(), Some("我省各地抢抓农时开展春季农业生产"));
    assert_eq!(a.kicker.as_deref(), Some("稳产保供"));
    // `方  敏` is one person: two-character names are padded to line up.
    assert_eq!(a.authors, ["王乐文", "方敏"]);
    let p = a.published.unwrap();
    assert_eq!(p.at.to_rfc3339(), "2022-03-29T00:00:00+08:00");
    assert_eq!(a.text.lines().count(), 3);
    assert!(a.text.starts_with("三月下旬"));
    assert!(!a.text.contains("第01版"));
    assert!(!a.text.contains("本版责编"));
}

#[test]
fn gbk_page_without_a_charset_is_sniffed_and_read() {
    let bytes = fixture("hanweb_gbk_nocharset.html");
    assert!(std::str::from_utf8(&bytes).is_err(), "the fixture must hold GBK bytes");
    let d = baoku::fetch::decode::decode(&bytes, None);
    assert_eq!(d.charset, "gb18030");
    assert_eq!(d.reason.as_str(), "sniffed");
    let a = extract(&d.text, &Options { preset: Some("hanweb"), ..Default::default() });
    let a = &a[0];
    assert_eq!(a.title.as_deref(), Some("石家庄市召开优化营商环境推进会"));
    assert_eq!(a.source.as_deref(), Some("石家庄日报"));
    assert_eq!(a.authors, ["赵丽萍", "孙伟"]);
    assert_eq!(published(a), "2022-03-30T16:40:00+08:00");
    assert_eq!(a.text.lines().count(), 3);
    assert!(!a.text.contains("打印本页"));
}

#[test]
fn seed_page_yields_two_articles_with_their_own_headlines_bylines_and_papers() {
    let a = run("seed_two_articles.html", &Options::default());
    assert_eq!(a.len(), 2, "{a:#?}");
    let (hb, sj) = (&a[0], &a[1]);
    assert_eq!(
        hb.title.as_deref(),
        Some("王东峰在省应对新冠肺炎疫情工作领导小组会议暨全省视频调度会议上强调 坚持科学精准快速处置突发疫情 毫不放松全力抓好常态化疫情防控工作")
    );
    assert_eq!(hb.subtitle.as_deref(), Some("王正谱主持 廉毅敏出席"));
    assert_eq!(hb.authors, ["四建磊", "吴韬"]);
    assert_eq!(hb.source.as_deref(), Some("河北日报"));
    assert!(hb.text.starts_with("本报讯(河北日报记者 四建磊 吴韬)3月28日晚"));
    assert!(hb.text.ends_with("张古江参加会议。"), "{}", hb.text);
    // Column-wrap repair: `工` + `作,` is one word again, real paragraphs stay.
    assert!(hb.text.contains("做好封控区生活必需品供应工作,切实保障群众就医用药等需求。"), "{}", hb.text);
    assert!(hb.text.contains("春季爱国卫生运动,努力营造"));
    assert_eq!(hb.text.lines().count(), 10, "{}", hb.text);

    assert_eq!(sj.kicker.as_deref(), Some("市委常委会召开会议"));
    assert_eq!(
        sj.title.as_deref(),
        Some("强化统筹兼顾 坚持实干兴石 锤炼过硬作风 扎实抓好各项重点工作 确保实现首季“开门红”")
    );
    assert_eq!(sj.subtitle.as_deref(), Some("张超超主持并讲话"));
    assert_eq!(sj.authors, ["齐广君"]);
    assert_eq!(sj.source.as_deref(), Some("石家庄日报"));
    assert!(sj.text.contains("要坚持问题导向"));
    assert!(sj.text.contains("应拆尽拆"), "{}", sj.text);
    assert!(sj.text.ends_with("省第一督查组有关负责同志列席会议。"));
    assert!(!hb.text.contains("市委常委会召开会议"));
}

#[test]
fn each_story_of_a_digest_page_is_dated_by_its_own_dateline() {
    // The page is the 2 January e-paper; its Xinhua story was filed on 31 December.
    let url = Url::parse("http://epaper.example.cn/html/2023-01/03/content_1001.htm").unwrap();
    let a = run("epaper_new_year.html", &Options { url: Some(&url), ..Default::default() });
    assert_eq!(a.len(), 2, "{a:#?}");
    assert_eq!(a[0].source.as_deref(), Some("新华社"));
    assert_eq!(a[0].authors, ["赵立新"]);
    assert_eq!(published(&a[0]), "2022-12-31T00:00:00+08:00");
    assert_eq!(a[1].title.as_deref(), Some("新年第一个工作日 全市重点项目集中开工"));
    assert_eq!(a[1].authors, ["钱文静", "孙浩"]);
    assert_eq!(published(&a[1]), "2023-01-02T00:00:00+08:00");
}

#[test]
fn configured_selectors_override_every_other_signal() {
    let sel = SelectorsConfig {
        title: Some("div.breadcrumb".into()),
        body: Some("div.related".into()),
        source: Some("div.footer p:nth-child(2)".into()),
        ..Default::default()
    };
    let a = run("gov_trs.html", &Options { selectors: Some(&sel), ..Default::default() });
    let a = &a[0];
    assert!(a.title.as_deref().unwrap().starts_with("当前位置"));
    assert!(a.text.contains("全省春季农业生产现场推进会在保定召开"), "{}", a.text);
    assert!(!a.text.contains("省政府召开常务会议"));
    assert!(a.source.as_deref().unwrap().starts_with("主办单位"), "{:?}", a.source);
}
