//! Sites without feeds: a government list page and an e-paper edition, polled
//! against a fixture server and asserted on the archive rows.

mod common;

use std::sync::Arc;

use baoku::config::Config;
use common::*;

fn gbk(s: &str) -> Vec<u8> {
    encoding_rs::GB18030.encode(s).0.into_owned()
}

fn trs_article(title: &str, date: &str, source: &str, paras: &[&str]) -> String {
    let body: String = paras.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date}"><meta name="ContentSource" content="{source}">
<title>{title}_山西省人民政府门户网站</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/yw/">要闻动态</a></div>
<div class="article"><h1>{title}</h1><div class="info">发布时间：{date} 来源：{source}</div>
<div class="TRS_Editor">{body}</div></div>
<div class="footer">主办：山西省人民政府办公厅</div></body></html>"#
    )
}

fn list_page() -> String {
    r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>山西要闻</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zw/">政务公开</a></div>
<ul class="list">
<li><a href="./202405/t20240514_201.shtml" title="山西省召开全省优化营商环境工作推进会议">山西省召开全省优化营商环境工作推进会议</a><span>2024-05-14</span></li>
<li><a href="./202405/t20240513_202.shtml">太原市启动城市更新三年行动计划</a><span>2024-05-13</span></li>
</ul><div class="page"><a href="index_1.shtml">下一页</a></div></body></html>"#
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trs_list_page_and_its_articles_are_archived() {
    let a1 = trs_article(
        "山西省召开全省优化营商环境工作推进会议",
        "2024-05-14 09:30",
        "山西日报",
        &["5月13日，全省优化营商环境工作推进会议在太原召开。会议总结了一季度工作，部署了下一阶段重点任务。", "会议强调，要以市场主体需求为导向，持续深化“放管服”改革，打造一流营商环境。"],
    );
    let a2 = trs_article(
        "太原市启动城市更新三年行动计划",
        "2024-05-13 16:00",
        "太原日报",
        &["太原市日前印发城市更新三年行动计划，提出到2026年完成老旧小区改造六百个。", "计划明确了街区更新、设施提升、生态修复等八项重点任务，并建立项目清单。"],
    );
    let server = FixtureServer::start(vec![
        ("/yw/sxyw/", Reply::ok("text/html; charset=utf-8", list_page())),
        ("/yw/sxyw/202405/t20240514_201.shtml", Reply::ok("text/html; charset=utf-8", a1)),
        ("/yw/sxyw/202405/t20240513_202.shtml", Reply::ok("text/html; charset=utf-8", a2)),
    ])
    .await;
    let dir = tempfile::tempdir().unwrap();
    let source = format!(
        "[[source]]\nkey = \"shanxi\"\nname = \"山西省人民政府\"\nurl = \"{}\"\nkind = \"list\"\npreset = \"trs\"\nregion = [\"山西省\"]\nlevel = \"province\"\n",
        server.url("/yw/sxyw/")
    );
    // One article page per poll: the second waits for the next poll, it is not lost.
    let cfg = write_config(dir.path(), "max_articles_per_poll = 1", &source);
    let config = Arc::new(Config::load(&cfg).unwrap());
    let ctx = baoku::daemon::open(config).unwrap();
    let r = baoku::daemon::poll_once(&ctx).await;
    assert!(r[0].1.error.is_none(), "{:?}", r[0].1.error);
    let db = open_db(dir.path());
    let count = || -> i64 { db.query_row("SELECT count(*) FROM articles", [], |r| r.get(0)).unwrap() };
    assert_eq!(count(), 1);
    baoku::daemon::poll_once(&ctx).await;
    assert_eq!(count(), 2);
    let (title, text, published, text_from): (String, String, String, String) = db
        .query_row(
            "SELECT title, text, published_at, text_from FROM articles WHERE url LIKE '%t20240513_202.shtml'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(title, "太原市启动城市更新三年行动计划");
    assert!(text.starts_with("太原市日前印发城市更新三年行动计划"), "{text}");
    assert_eq!(text_from, "page");
    // The list gives the day (00:00 Beijing time); a page time, when extracted, refines it.
    assert!(published == "2024-05-12T16:00:00Z" || published == "2024-05-13T08:00:00Z", "{published}");
    let pages: i64 = db.query_row("SELECT count(*) FROM captures WHERE purpose = 'article'", [], |r| r.get(0)).unwrap();
    assert_eq!(pages, 2);
}

fn founder_article(title: &str, paras: &[&str]) -> Vec<u8> {
    let body: String = paras.iter().map(|p| format!("<P>{p}</P>\n")).collect();
    gbk(&format!(
        r#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>石家庄日报数字报</title></head><body>
<!--enpproperty <articleid>1</articleid><date>2022-03-29 00:00:00.0</date><author></author><title>{title}</title><subtitle></subtitle><introtitle></introtitle>/enpproperty-->
<table><tr><td class="font01">{title}</td></tr><tr><td><div id="ozoom"><!--enpcontent-->{body}<!--/enpcontent--></div></td></tr></table>
<div class="footer">版权所有 石家庄日报社</div></body></html>"#
    ))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_epaper_edition_is_followed_from_its_entry_page() {
    let index = r#"<html><head><META HTTP-EQUIV="REFRESH" CONTENT="0; URL=html/2022-03/29/node_2.htm"></head><body></body></html>"#;
    let node2 = gbk(r#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>
<table><tr><td><a id="pageLink" href="node_2.htm">第01版：要闻</a></td><td><a id="pageLink" href="node_3.htm">第02版：综合</a></td></tr></table>
<map name="PagePicMap"><area coords="1,2,3,4" href="content_101.htm?div=-1"></map>
<table><tr><td><a href="content_101.htm?div=-1">市委常委会召开会议</a></td></tr><tr><td><a href="content_199.htm?div=-1">本版责编：王五</a></td></tr></table></body></html>"#);
    let node3 = gbk(r#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>
<a id="pageLink" href="node_2.htm">第01版：要闻</a><a id="pageLink" href="node_3.htm">第02版：综合</a>
<ul><li><a href="content_102.htm">正定古城迎来旅游高峰</a></li></ul></body></html>"#);
    let server = FixtureServer::start(vec![
        ("/sjzrb/paperindex.htm", Reply::ok("text/html", index)),
        ("/sjzrb/html/2022-03/29/node_2.htm", Reply::ok("text/html", node2)),
        ("/sjzrb/html/2022-03/29/node_3.htm", Reply::ok("text/html", node3)),
        (
            "/sjzrb/html/2022-03/29/content_101.htm",
            Reply::ok("text/html", founder_article("市委常委会召开会议", &["本报讯（记者 齐广君）3月28日，市委常委会召开会议，研究部署近期重点工作。", "会议强调，要抓好各项重点工作落实，确保实现首季“开门红”。"])),
        ),
        (
            "/sjzrb/html/2022-03/29/content_102.htm",
            Reply::ok("text/html", founder_article("正定古城迎来旅游高峰", &["本报讯（记者 李华）清明假期以来，正定古城接待游客人数明显增加，各景区秩序井然。", "当地文旅部门加强客流疏导，推出多项便民服务措施。"])),
        ),
    ])
    .await;
    let dir = tempfile::tempdir().unwrap();
    let source = format!(
        "[[source]]\nkey = \"sjzrb\"\nname = \"石家庄日报\"\nurl = \"{}\"\nkind = \"epaper\"\npreset = \"founder\"\nregion = [\"河北省\", \"石家庄市\"]\nlevel = \"city\"\n",
        server.url("/sjzrb/paperindex.htm")
    );
    let cfg = write_config(dir.path(), "", &source);
    let config = Arc::new(Config::load(&cfg).unwrap());
    let ctx = baoku::daemon::open(config).unwrap();
    let r = baoku::daemon::poll_once(&ctx).await;
    assert!(r[0].1.error.is_none(), "{:?}", r[0].1.error);
    let db = open_db(dir.path());
    let mut st = db.prepare("SELECT url, title, text, published_at FROM articles ORDER BY url").unwrap();
    let rows: Vec<(String, String, String, String)> =
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).unwrap().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows[0].0.ends_with("/sjzrb/html/2022-03/29/content_101.htm"));
    assert_eq!(rows[0].1, "市委常委会召开会议");
    assert!(rows[0].2.contains("研究部署近期重点工作"), "{}", rows[0].2);
    assert_eq!(rows[0].3, "2022-03-28T16:00:00Z");
    assert_eq!(rows[1].1, "正定古城迎来旅游高峰");
    // The editor line listed like an article was not fetched.
    assert_eq!(server.hits("/sjzrb/html/2022-03/29/content_199.htm"), 0);
}
